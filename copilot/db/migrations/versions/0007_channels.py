"""Messaging channels: contacts (who writes from where, in which thread), consent, handled inbound
message ids, messages sent through providers, and shop events.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_contacts",
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("address", sa.String(320), primary_key=True),
        sa.Column("conversation_id", sa.String(100), index=True),
        sa.Column("customer_id", sa.String(200), index=True),
        sa.Column("last_inbound_at", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "channel_consents",
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("address", sa.String(320), primary_key=True),
        sa.Column("customer_id", sa.String(200), index=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("preferred", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "channel_inbound",
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("provider_id", sa.String(200), primary_key=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "channel_sends",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("conversation_id", sa.String(100), index=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(12), index=True, nullable=False),
        sa.Column("provider_id", sa.String(200), index=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("leased_until", sa.DateTime(timezone=True)),
        sa.Column("error", sa.Text()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "shop_events",
        sa.Column("event_id", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("order_id", sa.String(200), nullable=False),
        sa.Column("customer_id", sa.String(200), index=True, nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("shop_events", "channel_sends", "channel_inbound", "channel_consents", "channel_contacts"):
        op.drop_table(table)
