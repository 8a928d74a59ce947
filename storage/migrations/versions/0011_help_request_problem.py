"""help requests say what is wrong: the resident's words and an attached photo or voice note

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-01 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("help_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("problem", sa.String(length=2000), nullable=True))
        batch_op.add_column(sa.Column("problem_media", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("help_requests", schema=None) as batch_op:
        batch_op.drop_column("problem_media")
        batch_op.drop_column("problem")
