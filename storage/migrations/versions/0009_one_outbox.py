"""one outbox: e-mail and webhook forwards of proposals become delivery rows

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 04:10:00

`deliveries` gets `proposal_id` and room for an e-mail address or a webhook URL in `chat_ref`.
The forwards in `proposal_forwards` move over: sent ones as sent (their history), the others as
failed with no payload; `python -m bot retry-forwards` renders them again and queues them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.alter_column(
            "chat_ref", existing_type=sa.String(length=64), type_=sa.String(length=500)
        )
        batch_op.add_column(sa.Column("proposal_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_deliveries_proposal_id"), ["proposal_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_deliveries_proposal_id_proposals"), "proposals", ["proposal_id"],
            ["id"], ondelete="CASCADE",
        )  # fmt: skip
    op.execute(
        """
        INSERT INTO deliveries (channel, chat_ref, locale, priority, action, urgent, status,
            attempts, next_attempt_at, last_error, created_at, sent_at, proposal_id,
            needs_template)
        SELECT f.kind, f.target, 'en', 10, 'send', true,
            CASE WHEN f.status = 'sent' THEN 'sent' ELSE 'failed' END, f.attempts,
            f.next_attempt_at,
            CASE WHEN f.status = 'sent' THEN NULL
                 ELSE 'rejected: moved to the outbox; run retry-forwards' END,
            f.created_at, f.sent_at, f.proposal_id, false
        FROM proposal_forwards f
        """
    )
    op.drop_table("proposal_forwards")


def downgrade() -> None:
    op.create_table(
        "proposal_forwards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposals.id"],
            name=op.f("fk_proposal_forwards_proposal_id_proposals"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_forwards")),
    )  # fmt: skip
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_deliveries_proposal_id_proposals"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_deliveries_proposal_id"))
        batch_op.drop_column("proposal_id")
