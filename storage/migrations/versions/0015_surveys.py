"""surveys and polls: surveys, their questions, residents' responses, answers and choices

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 05:50:09

One response per (survey, resident), one answer per (response, question): answering twice
changes the answer instead of counting it twice. Chosen options are rows of their own, so the
results are counted with GROUP BY.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("community_ids", sa.JSON(), nullable=False),
        sa.Column("locales", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("intros", sa.JSON(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("opens_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closes_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("opened_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["residents.id"],
            name=op.f("fk_surveys_author_id_residents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_surveys_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
    )
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_surveys_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index("ix_surveys_status", ["status", "closes_at"], unique=False)

    op.create_table(
        "survey_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("max_choices", sa.Integer(), nullable=True),
        sa.Column("min_value", sa.Integer(), nullable=True),
        sa.Column("max_value", sa.Integer(), nullable=True),
        sa.Column("max_length", sa.Integer(), nullable=True),
        sa.Column("skip", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_questions_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_questions")),
        sa.UniqueConstraint("survey_id", "position", name=op.f("uq_survey_questions_survey_id")),
    )
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("current_question_id", sa.Integer(), nullable=True),
        sa.Column("started_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_survey_responses_resident_id_residents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_responses_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
        sa.UniqueConstraint("survey_id", "resident_id", name=op.f("uq_survey_responses_survey_id")),
    )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.create_index("ix_survey_responses_state", ["survey_id", "state"], unique=False)

    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(length=2000), nullable=True),
        sa.Column("answered_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_questions.id"],
            name=op.f("fk_survey_answers_question_id_survey_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_responses.id"],
            name=op.f("fk_survey_answers_response_id_survey_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint(
            "response_id", "question_id", name=op.f("uq_survey_answers_response_id")
        ),
    )
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.create_index("ix_survey_answers_question", ["question_id", "number"], unique=False)

    op.create_table(
        "survey_choices",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("option", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["survey_questions.id"],
            name=op.f("fk_survey_choices_question_id_survey_questions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["survey_responses.id"],
            name=op.f("fk_survey_choices_response_id_survey_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "response_id", "question_id", "option", name=op.f("pk_survey_choices")
        ),
    )
    with op.batch_alter_table("survey_choices", schema=None) as batch_op:
        batch_op.create_index("ix_survey_choices_question", ["question_id", "option"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("survey_choices", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_choices_question")

    op.drop_table("survey_choices")
    with op.batch_alter_table("survey_answers", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_answers_question")

    op.drop_table("survey_answers")
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_responses_state")

    op.drop_table("survey_responses")
    op.drop_table("survey_questions")
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.drop_index("ix_surveys_status")
        batch_op.drop_index(batch_op.f("ix_surveys_municipality_id"))

    op.drop_table("surveys")
