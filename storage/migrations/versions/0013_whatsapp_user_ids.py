"""whatsapp user ids: room for business-scoped user ids as resident references

Revision ID: 0013
Revises: 0009
Create Date: 2026-12-01 06:10:00

A WhatsApp user with a username may come without a phone number, known only by a
business-scoped user id ("AZ." or "AZ.ENT." and up to 128 letters and digits; Meta,
"Business-scoped user IDs"). `residents.external_id` grows from 64 to 140 characters, and the
columns that keep a resident's "channel:id" reference (history actors, who answered, who
recorded attendance) from 128 to 160.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0009"
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


def downgrade() -> None:
    for table, column, before, after, nullable in WIDER:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                column, existing_type=sa.String(length=after), type_=sa.String(length=before),
                existing_nullable=nullable,
            )  # fmt: skip
