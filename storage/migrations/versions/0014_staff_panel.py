"""staff web panel: login links, sessions, audit; the moderation queue's indexes and word search

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 06:00:00

Words in proposals are found through each database's own full-text index: an FTS5 table kept in
step by triggers on SQLite, a GIN index on `to_tsvector('simple', text)` on PostgreSQL. Neither
needs code on the write path, so every way a proposal is written stays searchable.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = storage.models.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "staff_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
        sa.Column("expires_at", UTC(timezone=True), nullable=False),
        sa.Column("used_at", UTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_staff_links_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_staff_links_token_hash")),
    )
    op.create_index(op.f("ix_staff_links_resident_id"), "staff_links", ["resident_id"])
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=True),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
        sa.Column("expires_at", UTC(timezone=True), nullable=False),
        sa.Column("ended_at", UTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_staff_sessions_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
        sa.UniqueConstraint("key", name=op.f("uq_staff_sessions_key")),
    )
    op.create_index(op.f("ix_staff_sessions_resident_id"), "staff_sessions", ["resident_id"])
    op.create_table(
        "staff_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("detail", sa.String(length=500), nullable=True),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_staff_audit_resident_id_residents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_audit")),
    )
    op.create_index(op.f("ix_staff_audit_resident_id"), "staff_audit", ["resident_id"])
    op.create_index("ix_staff_audit_at", "staff_audit", ["created_at", "id"])

    op.create_index(
        "ix_proposals_queue_category", "proposals",
        ["municipality_id", "status", "category", "submitted_at", "id"],
    )  # fmt: skip
    op.create_index(
        "ix_proposals_community", "proposals", ["community_id", "status", "submitted_at", "id"]
    )
    op.create_index("ix_proposal_events_at", "proposal_events", ["created_at", "id"])

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_proposals_words ON proposals USING gin (to_tsvector('simple', text))"
        )
    else:
        op.execute(
            "CREATE VIRTUAL TABLE proposals_fts USING fts5(text, content='proposals', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute("INSERT INTO proposals_fts(rowid, text) SELECT id, text FROM proposals")
        op.execute(
            "CREATE TRIGGER proposals_fts_insert AFTER INSERT ON proposals BEGIN "
            "INSERT INTO proposals_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER proposals_fts_delete AFTER DELETE ON proposals BEGIN "
            "INSERT INTO proposals_fts(proposals_fts, rowid, text) "
            "VALUES ('delete', old.id, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER proposals_fts_update AFTER UPDATE OF text ON proposals BEGIN "
            "INSERT INTO proposals_fts(proposals_fts, rowid, text) "
            "VALUES ('delete', old.id, old.text); "
            "INSERT INTO proposals_fts(rowid, text) VALUES (new.id, new.text); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_proposals_words")
    else:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER proposals_fts_{trigger}")
        op.execute("DROP TABLE proposals_fts")
    op.drop_index("ix_proposal_events_at", table_name="proposal_events")
    op.drop_index("ix_proposals_community", table_name="proposals")
    op.drop_index("ix_proposals_queue_category", table_name="proposals")
    op.drop_table("staff_audit")
    op.drop_table("staff_sessions")
    op.drop_table("staff_links")
