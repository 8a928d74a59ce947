"""indicator targets: donor programmes' targets for the payment guides, set in the panel

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-01 11:00:00

A target counts residents who started, completed or paid online through one guide (or any)
in a municipality (or the whole deployment) between two local days.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = "0019"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "indicator_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("programme", sa.String(length=120), nullable=False),
        sa.Column("tutorial", sa.String(length=48), nullable=True),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["residents.id"],
            name=op.f("fk_indicator_targets_created_by_id_residents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_indicator_targets_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_targets")),
    )
    op.create_index(
        "ix_indicator_targets_municipality",
        "indicator_targets",
        ["municipality_id", "starts_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_indicator_targets_municipality", table_name="indicator_targets")
    op.drop_table("indicator_targets")
