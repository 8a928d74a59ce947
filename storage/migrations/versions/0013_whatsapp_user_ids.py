"""whatsapp user ids: room for business-scoped user ids as resident references

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 06:10:00

A WhatsApp user with a username may come without a phone number, known only by a
business-scoped user id ("AZ." or "AZ.ENT." and up to 128 letters and digits; Meta,
"Business-scoped user IDs"). `residents.external_id` grows from 64 to 140 characters, and the
columns that keep a resident's "channel:id" reference (history actors, who answered, who
recorded attendance) from 128 to 160. `residents.platform_user_id` keeps the user id of a
resident known by phone, so that they stay one resident when Meta leaves the phone out.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WIDER = (
    ("residents", "external_id", 64, 140, False),
    ("proposal_events", "actor", 128, 160, False),
    ("proposals", "answered_by", 128, 160, True),
    ("event_answers", "attendance_by", 128, 160, True),
)


def upgrade() -> None:
    for table, column, before, after, nullable in WIDER:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                column, existing_type=sa.String(length=before), type_=sa.String(length=after),
                existing_nullable=nullable,
            )  # fmt: skip
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("platform_user_id", sa.String(length=140), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_residents_platform_user_id"), ["platform_user_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_residents_platform_user_id"))
        batch_op.drop_column("platform_user_id")
    for table, column, before, after, nullable in WIDER:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                column, existing_type=sa.String(length=after), type_=sa.String(length=before),
                existing_nullable=nullable,
            )  # fmt: skip
