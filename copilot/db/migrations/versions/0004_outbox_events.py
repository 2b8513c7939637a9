"""The outbox carries every event that leaves, not only handoff packets: rows are keyed by an
idempotency key instead of a packet id.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_packet_id"))
        batch_op.alter_column(
            "packet_id",
            new_column_name="idempotency_key",
            existing_type=sa.String(length=64),
            type_=sa.String(length=200),
            existing_nullable=False,
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:  # the renamed column exists now
        batch_op.create_index(batch_op.f("ix_outbox_idempotency_key"), ["idempotency_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_idempotency_key"))
        batch_op.alter_column(
            "idempotency_key",
            new_column_name="packet_id",
            existing_type=sa.String(length=200),
            type_=sa.String(length=64),
            existing_nullable=False,
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_packet_id"), ["packet_id"], unique=False)
