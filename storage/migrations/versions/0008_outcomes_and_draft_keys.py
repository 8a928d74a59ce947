"""how a withdrawal came out (deleted, edited into a note, a new note); proposals' draft keys

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("draft_key", sa.String(length=16), nullable=True))
        # One proposal per draft, whichever process takes the press (NULLs do not collide).
        batch_op.create_index("uq_proposals_draft", ["resident_id", "draft_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.drop_index("uq_proposals_draft")
        batch_op.drop_column("draft_key")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_column("outcome")
