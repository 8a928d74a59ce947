"""residents: every resident has a conversation state row

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01 21:00:00

An update's lookup locks the resident's row and their state's together (`storage.repos`): on
PostgreSQL a statement that waited for a lock reads the rows it did not lock as they were
before the wait, so the state must be locked too, and that takes an inner join. The app always
creates the two together; this adds a state to any resident stored without one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.models
from storage.clock import EXECUTION_OPTION, system_clock

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    clock = op.get_bind().get_execution_options().get(EXECUTION_OPTION, system_clock)
    residents = sa.table("residents", sa.column("id", sa.Integer()))
    states = sa.table(
        "conversation_states",
        sa.column("resident_id", sa.Integer()),
        sa.column("name", sa.String()),
        sa.column("data", sa.JSON()),
        sa.column("offered", sa.JSON()),
        sa.column("updated_at", storage.models.UTCDateTime(timezone=True)),
    )
    stateless = sa.select(
        residents.c.id,
        sa.literal("", sa.String()),
        sa.literal({}, sa.JSON()),
        sa.literal([], sa.JSON()),
        sa.literal(clock(), storage.models.UTCDateTime(timezone=True)),
    ).where(~sa.exists().where(states.c.resident_id == residents.c.id))
    op.execute(
        states.insert().from_select(
            ["resident_id", "name", "data", "offered", "updated_at"], stateless
        )
    )


def downgrade() -> None:
    pass  # the states added are empty ones, which the app would have created
