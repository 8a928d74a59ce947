"""payment tutorials

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 11:42:35.666412
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "help_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("tutorial", sa.String(length=48), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.String(length=4000), nullable=True),
        sa.Column("answered_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["residents.id"],
            name=op.f("fk_help_requests_answered_by_id_residents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_help_requests_municipality_id_municipalities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_help_requests_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_requests")),
    )
    with op.batch_alter_table("help_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_help_requests_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "tutorial_runs",
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("tutorial", sa.String(length=48), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=True),
        sa.Column("started_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("paid_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_tutorial_runs_municipality_id_municipalities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_tutorial_runs_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("resident_id", "tutorial", name=op.f("pk_tutorial_runs")),
    )
    with op.batch_alter_table("tutorial_runs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tutorial_runs_municipality", ["municipality_id", "tutorial"], unique=False
        )

    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("topic", sa.String(length=64), nullable=True))
        batch_op.alter_column("resident_id", existing_type=sa.INTEGER(), nullable=True)

    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("helpers_chat", sa.String(length=64), nullable=True))

    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("tutorial_reminders", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_column("tutorial_reminders")

    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.drop_column("helpers_chat")

    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.alter_column("resident_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("topic")

    with op.batch_alter_table("tutorial_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_tutorial_runs_municipality")

    op.drop_table("tutorial_runs")
    with op.batch_alter_table("help_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_help_requests_municipality_id"))

    op.drop_table("help_requests")
