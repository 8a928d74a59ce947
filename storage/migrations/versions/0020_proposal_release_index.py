"""proposals: an index for the forwarder's scan of approved proposals not yet forwarded

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 11:00:00

`bot.forwarding` looks every two seconds for approved proposals whose undo window is over
(status, forwarded_at IS NULL, decided_at <= cutoff, ordered by decided_at). Without an index
that was a full scan: ~130 ms at 100,000 proposals on SQLite, on the connection the panel and
the dispatcher share (bench/panel.py).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_proposals_release", "proposals", ["status", "forwarded_at", "decided_at"])


def downgrade() -> None:
    op.drop_index("ix_proposals_release", table_name="proposals")
