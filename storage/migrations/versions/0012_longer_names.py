"""room for the longest names the platforms allow; a button link kept through onboarding

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 06:30:00

A Telegram name is a first name and a last name of up to 64 characters each (129 with the space);
`residents.display_name` held 128, so PostgreSQL refused every message of such a person. It now
holds 256, and the channels cut longer names to that (`bot.inbound.LIMITS`).

`residents.pending_choice` keeps the button of a staff group's link that someone opened as their
first contact, to press it once the greeting, language and place are done.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.alter_column(
            "display_name", existing_type=sa.String(length=128), type_=sa.String(length=256)
        )
        batch_op.add_column(sa.Column("pending_choice", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_column("pending_choice")
    op.execute("UPDATE residents SET display_name = substr(display_name, 1, 128)")
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.alter_column(
            "display_name", existing_type=sa.String(length=256), type_=sa.String(length=128)
        )
