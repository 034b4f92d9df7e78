"""drop legacy_status from orders (contract step; code stopped reading it in 2024.05)

Revision ID: 3f9a1c2d7b10
Revises: 8c4e2a9f0d13
"""
from alembic import op
import sqlalchemy as sa

revision = "3f9a1c2d7b10"
down_revision = "8c4e2a9f0d13"


def upgrade():
    op.execute("SET lock_timeout = '3s'")
    op.execute("SET statement_timeout = '60s'")
    # keep the data so downgrade() can restore it
    op.execute(
        "CREATE TABLE IF NOT EXISTS _bak_orders_legacy_status AS "
        "SELECT id, legacy_status FROM orders WHERE legacy_status IS NOT NULL"
    )
    op.drop_column("orders", "legacy_status")


def downgrade():
    op.add_column("orders", sa.Column("legacy_status", sa.Text(), nullable=True))
    op.execute(
        "UPDATE orders o SET legacy_status = b.legacy_status "
        "FROM _bak_orders_legacy_status b WHERE b.id = o.id"
    )
    op.execute("DROP TABLE _bak_orders_legacy_status")
