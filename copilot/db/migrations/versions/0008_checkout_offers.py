"""Proactive help at checkout: the offers made to shoppers, their acceptance and the carts completed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkout_offers",
        sa.Column("offer_id", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.String(length=200), nullable=True),
        sa.Column("visitor_id", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("cart_value", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("cart", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("conversation_id", sa.String(length=100), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("offer_id"),
    )
    with op.batch_alter_table("checkout_offers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkout_offers_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkout_offers_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkout_offers_visitor_id"), ["visitor_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checkout_offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkout_offers_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_checkout_offers_customer_id"))
        batch_op.drop_index(batch_op.f("ix_checkout_offers_created_at"))
    op.drop_table("checkout_offers")
