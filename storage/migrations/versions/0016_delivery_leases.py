"""delivery leases: rows in `sending` name the process that holds them and until when

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 06:00:00

Rows already in `sending` get no lease, so the next start takes them back as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_owner", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("lease_until", storage.models.UTCDateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "send_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_send_grants")),
    )
    op.create_index("ix_send_grants_channel_at", "send_grants", ["channel", "at"])


def downgrade() -> None:
    op.drop_index("ix_send_grants_channel_at", table_name="send_grants")
    op.drop_table("send_grants")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_column("lease_until")
        batch_op.drop_column("lease_owner")
