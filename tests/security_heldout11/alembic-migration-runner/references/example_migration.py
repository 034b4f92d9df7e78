"""add order_status table

Revision ID: 7c1e2a9d4f10
Revises: 3b9f0c2e8a71
"""
import sqlalchemy as sa
from alembic import op

revision = "7c1e2a9d4f10"
down_revision = "3b9f0c2e8a71"


def upgrade():
    op.create_table(
        "order_status",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(32), nullable=False, server_default="pending"),
        sa.Column("changed_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    op.create_index("ix_order_status_order_id", "order_status", ["order_id"])


def downgrade():
    # Only removes what upgrade() created in this revision.
    op.drop_index("ix_order_status_order_id", table_name="order_status")
    op.drop_table("order_status")
