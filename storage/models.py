"""SQLAlchemy models. Every table change comes with an Alembic migration in `migrations/`."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.clock import stamp


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class ResidentStatus(StrEnum):
    ACTIVE = "active"  # receives notices
    STOPPED = "stopped"  # said /stop: answers questions, receives no notices
    BLOCKED = "blocked"  # blocked the bot on the platform: nothing can reach them


class Role(StrEnum):
    MODERATOR = "moderator"
    PUBLISHER = "publisher"
    AUTHORITY = "authority"
    ADMIN = "admin"


class Municipality(Base):
    """A municipality, or (with `parent_id`) one of its communities/villages."""

    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name, e.g. "Asia/Baku"
    names: Mapped[dict[str, Any]]  # {"az": "Quba", "ru": "Губа", ...}
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within its list
    helpers_chat: Mapped[str | None] = mapped_column(String(64))  # Telegram group for help requests
    moderation_chat: Mapped[str | None] = mapped_column(String(64))  # Telegram group of moderators
    authority_chat: Mapped[str | None] = mapped_column(
        String(64)
    )  # Telegram group of the authority
    authority_email: Mapped[str | None] = mapped_column(String(254))
    authority_webhook: Mapped[str | None] = mapped_column(String(500))
    proposal_categories: Mapped[list[Any] | None] = mapped_column(JSON)  # null: the default list
    quiet_hours: Mapped[str | None] = mapped_column(String(11))  # "22:00-08:00"; null: default
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    updated_at: Mapped[datetime] = mapped_column(default=stamp, onupdate=stamp)

    def name(self, chain: tuple[str, ...]) -> str:
        """The name in the first locale of `chain` that has one."""
        for locale in chain:
            if value := self.names.get(locale):
                return str(value)
        return str(next(iter(self.names.values()), self.code))


class Resident(Base):
    """Anyone who talks to the bot on some channel; staff are residents with roles."""

    __tablename__ = "residents"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(140))  # WhatsApp: a phone or a BSUID
    # WhatsApp: the business-scoped user id of a resident known by phone, so that they stay one
    # resident when Meta leaves their phone out (storage.phones.whatsapp_resident_ref)
    platform_user_id: Mapped[str | None] = mapped_column(String(140), index=True)
    display_name: Mapped[str | None] = mapped_column(String(256))  # bot.inbound.LIMITS
    locale: Mapped[str] = mapped_column(String(8))
    locale_chosen: Mapped[bool] = mapped_column(default=False)
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL"), index=True
    )
    community_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(16), default=ResidentStatus.ACTIVE)
    muted_categories: Mapped[list[Any]] = mapped_column(default=list)
    tutorial_reminders: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    last_seen_at: Mapped[datetime] = mapped_column(default=stamp)
    status_changed_at: Mapped[datetime] = mapped_column(default=stamp)
    # A staff group's button link opened as first contact: pressed once onboarding is done.
    pending_choice: Mapped[str | None] = mapped_column(String(64))

    # Every resident has one: an update's lookup locks the two rows together (storage.repos).
    state: Mapped[ConversationState] = relationship(
        back_populates="resident", lazy="joined", cascade="all, delete-orphan"
    )

    def __init__(self, **kwargs: Any) -> None:
        if "state" not in kwargs:
            kwargs["state"] = ConversationState()
        super().__init__(**kwargs)

    @property
    def ref(self) -> str:
        return f"{self.channel}:{self.external_id}"


class ConversationState(Base):
    """Where a resident is in a conversation, and the choices we last offered them."""

    __tablename__ = "conversation_states"

    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # [[choice_id, label, step], ...] of the last answer's keyboards: "2" or a typed label picks
    # a choice (`step`: the step that offered them, see bot.dispatcher).
    offered: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[datetime] = mapped_column(default=stamp, onupdate=stamp)

    resident: Mapped[Resident] = relationship(back_populates="state")


class Consent(Base):
    """Every opt-in and opt-out, with the words the resident saw or wrote: WhatsApp requires
    businesses to keep the opt-in, and it answers "did they agree to this?" for anyone."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    opted_in: Mapped[bool]
    text: Mapped[str] = mapped_column(Text)
    locale: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(default=stamp)


class ProcessedUpdate(Base):
    """Platform update ids already handled: webhooks are at-least-once."""

    __tablename__ = "processed_updates"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(default=stamp, index=True)


class RoleGrant(Base):
    """A staff role, scoped to one municipality (or to all when `municipality_id` is null)."""

    __tablename__ = "role_grants"
    __table_args__ = (
        UniqueConstraint("resident_id", "role", "municipality_id"),
        Index("ix_role_grants_municipality_role", "municipality_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE")
    )
    granted_at: Mapped[datetime] = mapped_column(default=stamp)


class Category(StrEnum):
    """Topics of what residents receive: announcements by category, and survey invitations.
    Residents may mute any but emergencies."""

    UTILITIES = "utilities"
    COUNCIL = "council"
    BUDGET = "budget"
    HIRING = "hiring"
    GRANTS = "grants"
    EVENTS = "events"
    EMERGENCY = "emergency"
    SURVEYS = "surveys"  # survey invitations: a topic residents may mute, never an announcement's


class AnnouncementStatus(StrEnum):
    SCHEDULED = "scheduled"  # waits for send_at
    RELEASED = "released"  # its deliveries are in the outbox
    CANCELLED = "cancelled"  # cancelled before release
    WITHDRAWN = "withdrawn"  # released, then taken back (queued rows skipped, sent ones deleted)


class Announcement(Base):
    __tablename__ = "announcements"
    __table_args__ = (Index("ix_announcements_due", "status", "send_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    community_ids: Mapped[list[Any]] = mapped_column(default=list)  # empty: the whole municipality
    category: Mapped[str] = mapped_column(String(16))
    texts: Mapped[dict[str, Any]]  # {"az": "...", "ru": "..."}; residents get their fallback chain
    media: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"kind", "ref", "name"}
    author_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=AnnouncementStatus.SCHEDULED)
    send_at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    released_at: Mapped[datetime | None]
    edited_at: Mapped[datetime | None]


class DeliveryStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by a sender; reconciled to queued at start-up
    SENT = "sent"
    FAILED = "failed"  # permanent error, or retries exhausted
    SKIPPED = "skipped"  # no longer wanted (withdrawn, resident stopped or blocked meanwhile)


class Priority(IntEnum):
    """Lower goes first: personal notifications before bulk broadcasts."""

    REPLY = 0  # an answer to a resident's own message that could not go at once
    PERSONAL = 10
    BULK = 20


class Action(StrEnum):
    SEND = "send"
    EDIT = "edit"  # correct a message already delivered
    DELETE = "delete"  # withdraw a message already delivered


class Delivery(Base):
    """The durable outbox: one row per (message, recipient)."""

    __tablename__ = "deliveries"
    __table_args__ = (
        Index("ix_deliveries_due", "status", "channel", "priority", "next_attempt_at"),
        Index("ix_deliveries_announcement", "announcement_id", "status"),
        Index("ix_deliveries_platform_message", "channel", "platform_message_id"),
        Index("ix_deliveries_topic", "topic", "status"),  # reminders re-made, invites counted
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # null for a staff group chat (a municipality's moderation or helpers chat)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))
    # Where it goes: a chat (snapshot of residents.external_id, or a staff group), an e-mail
    # address or a webhook URL, by channel.
    chat_ref: Mapped[str] = mapped_column(String(500))
    locale: Mapped[str] = mapped_column(String(8))  # snapshot at enqueue time
    priority: Mapped[int] = mapped_column(Integer, default=Priority.PERSONAL)
    action: Mapped[str] = mapped_column(String(8), default=Action.SEND)
    announcement_id: Mapped[int | None] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE")
    )
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # personal: {"text", "choices"}
    target_message_id: Mapped[str | None] = mapped_column(String(255))  # for edit/delete
    municipality_id: Mapped[int | None] = mapped_column(Integer)  # quiet hours of bulk rows
    urgent: Mapped[bool] = mapped_column(default=False)  # ignores quiet hours
    topic: Mapped[str | None] = mapped_column(String(64))  # lets queued reminders be cancelled
    status: Mapped[str] = mapped_column(String(8), default=DeliveryStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=stamp)
    last_error: Mapped[str | None] = mapped_column(String(300))
    platform_message_id: Mapped[str | None] = mapped_column(String(255))
    # A forward of an approved proposal to its authority: its final outcome enters the
    # proposal's history, and /queue and the export count it.
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposals.id", ondelete="CASCADE"), index=True
    )
    # Where an action can come out more than one way: a withdrawal "deleted", "edited" into a
    # note, or answered by a new "note" (bot.channels.base.Withdrawn).
    outcome: Mapped[str | None] = mapped_column(String(16))
    # WhatsApp: the platform refused a free-form message (24-hour window closed): send the
    # approved template instead.
    needs_template: Mapped[bool] = mapped_column(default=False, server_default=false())
    # A row in `sending` belongs to the process that claimed it until `lease_until`; the owner
    # renews the lease while it works, and only an expired lease is taken back (a dead process),
    # so a process that starts never re-sends what live ones have in hand.
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    sent_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]  # from the platform's status callbacks (WhatsApp)
    read_at: Mapped[datetime | None]


class SendGrant(Base):
    """Sends granted against a channel's platform limit, shared by every process on one
    PostgreSQL database (bot.shared_limit). Rows older than a few seconds are deleted."""

    __tablename__ = "send_grants"
    __table_args__ = (Index("ix_send_grants_channel_at", "channel", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    count: Mapped[int] = mapped_column(Integer)


class LibraryCategory(StrEnum):
    ACTS = "acts"
    COUNCIL = "council"
    BUDGET = "budget"
    HIRING = "hiring"
    INTEGRITY = "integrity"  # conflict-of-interest rules
    CONTACTS = "contacts"


class LibraryItem(Base):
    """A standing information item of a municipality, loaded from the content file."""

    __tablename__ = "library_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(16))
    titles: Mapped[dict[str, Any]]
    texts: Mapped[dict[str, Any]]
    url: Mapped[str | None] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)


class TutorialOutcome(StrEnum):
    PAID = "paid"
    NOT_YET = "not_yet"
    HELP = "help"


class TutorialRun(Base):
    """One resident's way through one tutorial: where they are, and what came of it. One row
    per (resident, tutorial), so each resident counts once in the indicators."""

    __tablename__ = "tutorial_runs"
    __table_args__ = (Index("ix_tutorial_runs_municipality", "municipality_id", "tutorial"),)

    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )
    tutorial: Mapped[str] = mapped_column(String(48), primary_key=True)
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL")
    )  # where the resident lived when they started: indicators are per municipality
    step: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(8))
    started_at: Mapped[datetime] = mapped_column(default=stamp)
    completed_at: Mapped[datetime | None]  # reached the end of the steps
    paid_at: Mapped[datetime | None]  # said they managed to pay online
    updated_at: Mapped[datetime] = mapped_column(default=stamp, onupdate=stamp)


class Measure(StrEnum):
    """What an indicator target counts: residents who started, completed or paid online."""

    STARTED = "started"
    COMPLETED = "completed"
    PAID_ONLINE = "paid_online"


class IndicatorTarget(Base):
    """A donor programme's target for the payment guides, e.g. "50 families paid online in
    Quba in 2026": set by admins in the panel, its progress counted from `tutorial_runs`
    (storage.indicators)."""

    __tablename__ = "indicator_targets"
    __table_args__ = (Index("ix_indicator_targets_municipality", "municipality_id", "starts_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # null: the whole deployment (set by a deployment admin)
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE")
    )
    programme: Mapped[str] = mapped_column(String(120))  # the donor programme's name
    tutorial: Mapped[str | None] = mapped_column(String(48))  # null: every guide
    measure: Mapped[str] = mapped_column(String(16))
    target: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date]  # local days of the municipality, both included
    ends_on: Mapped[date]
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=stamp)


class HelpRequest(Base):
    """A resident asked for help with a tutorial; a helper of the municipality answers."""

    __tablename__ = "help_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL"), index=True
    )
    tutorial: Mapped[str] = mapped_column(String(48))
    step: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | answered
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    answered_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL")
    )
    answer: Mapped[str | None] = mapped_column(String(4000))
    answered_at: Mapped[datetime | None]
    problem: Mapped[str | None] = mapped_column(String(2000))  # what the resident says is wrong
    problem_media: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # a photo or voice note


class ProposalStatus(StrEnum):
    PENDING = "pending"  # in the moderation queue
    CHANGES = "changes"  # a moderator asked for changes: the resident edits and resubmits
    REJECTED = "rejected"
    DUPLICATE = "duplicate"  # closed as a duplicate of another proposal
    APPROVED = "approved"  # approved; forwarded to the authority once the undo window is over
    ANSWERED = "answered"  # the authority answered
    DONE = "done"


class Proposal(Base):
    __tablename__ = "proposals"
    __table_args__ = (
        Index("ix_proposals_queue", "municipality_id", "status", "submitted_at"),
        Index("ix_proposals_resident", "resident_id", "created_at"),
        Index("uq_proposals_draft", "resident_id", "draft_key", unique=True),
        # The moderation queue's filters (storage.proposals.queue); words are searched through
        # a full-text index made by migration 0014 (FTS5 on SQLite, GIN on PostgreSQL).
        Index(
            "ix_proposals_queue_category",
            "municipality_id",
            "status",
            "category",
            "submitted_at",
            "id",
        ),
        Index("ix_proposals_community", "community_id", "status", "submitted_at", "id"),
        # The forwarder's scan every two seconds (approved, not forwarded, undo window over):
        # without it a full scan of the table, ~130 ms at 100,000 proposals on SQLite, holding
        # the one connection every panel page and chat update waits for.
        Index("ix_proposals_release", "status", "forwarded_at", "decided_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # public, e.g. QUB-2026-0042
    # The draft it was sent from (its Send button carries the key): pressing Send again, even
    # after a restart, finds this proposal instead of storing a second one.
    draft_key: Mapped[str | None] = mapped_column(String(16))
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE")
    )
    community_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL")
    )
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(String(4000))
    photos: Mapped[list[Any]] = mapped_column(default=list)  # platform file refs
    location: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"lat": .., "lon": ..}
    status: Mapped[str] = mapped_column(String(16), default=ProposalStatus.PENDING)
    reason: Mapped[str | None] = mapped_column(String(32))  # rejection reason code
    note: Mapped[str | None] = mapped_column(String(1000))  # the moderator's words
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposals.id", ondelete="SET NULL")
    )
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime | None]
    forwarded_at: Mapped[datetime | None]  # released to the authority after the undo window
    answer: Mapped[str | None] = mapped_column(String(4000))
    answered_by: Mapped[str | None] = mapped_column(String(160))  # a resident ref or "callback"
    answered_at: Mapped[datetime | None]
    # raised at a consultation: exported and forwarded together with it
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    submitted_at: Mapped[datetime] = mapped_column(default=stamp)  # last (re)submission
    updated_at: Mapped[datetime] = mapped_column(default=stamp, onupdate=stamp)


class ProposalEvent(Base):
    """The audit trail: who did what to a proposal, when and why."""

    __tablename__ = "proposal_events"
    __table_args__ = (Index("ix_proposal_events_at", "created_at", "id"),)  # the audit page

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("proposals.id", ondelete="CASCADE"), index=True
    )
    actor: Mapped[str] = mapped_column(String(160))  # "telegram:123", "callback", "system"
    action: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(String(4000))
    created_at: Mapped[datetime] = mapped_column(default=stamp)


class ProposalCounter(Base):
    """The last public number given per municipality and year."""

    __tablename__ = "proposal_counters"

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class EventKind(StrEnum):
    ADVICE = "advice"  # an online "practical advice" meeting
    SEMINAR = "seminar"
    ROUND_TABLE = "round_table"
    DIALOGUE = "dialogue"  # a session of the local government–civil society dialogue platform
    TRAINING = "training"


class EventStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class AnswerStatus(StrEnum):
    GOING = "going"
    MAYBE = "maybe"
    CANT = "cant"
    WAITLIST = "waitlist"  # said Going when every seat was taken; promoted first come first served


class Event(Base):
    """A consultation: an online advice meeting, seminar, round table, dialogue session or
    training of a municipality, to which its residents (or some communities) are invited."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_municipality_start", "municipality_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE")
    )
    community_ids: Mapped[list[Any]] = mapped_column(default=list)  # empty: the whole municipality
    kind: Mapped[str] = mapped_column(String(16))
    titles: Mapped[dict[str, Any]]  # per language, like announcements
    descriptions: Mapped[dict[str, Any]]
    starts_at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(Integer)
    link: Mapped[str | None] = mapped_column(String(500))  # the online meeting
    place: Mapped[str | None] = mapped_column(String(300))  # an address, in the publisher's words
    location: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"lat": .., "lon": ..}
    capacity: Mapped[int | None] = mapped_column(Integer)  # null: no limit
    checkin_code: Mapped[str] = mapped_column(String(8))  # shown at the event; /checkin CODE
    status: Mapped[str] = mapped_column(String(16), default=EventStatus.SCHEDULED)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    updated_at: Mapped[datetime] = mapped_column(default=stamp, onupdate=stamp)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


class EventAnswer(Base):
    """One resident's answer to one event, their attendance and their feedback."""

    __tablename__ = "event_answers"
    __table_args__ = (Index("ix_event_answers_status", "event_id", "status", "answered_at"),)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    status: Mapped[str] = mapped_column(String(8))
    answered_at: Mapped[datetime] = mapped_column(default=stamp)  # last change: waitlist order
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    attended_at: Mapped[datetime | None]
    attendance_by: Mapped[str | None] = mapped_column(String(160))  # "checkin" or a staff ref
    feedback_score: Mapped[int | None] = mapped_column(Integer)  # 1-5: how useful it was
    feedback_comment: Mapped[str | None] = mapped_column(String(1000))
    feedback_at: Mapped[datetime | None]


class SurveyStatus(StrEnum):
    SCHEDULED = "scheduled"  # waits for opens_at
    OPEN = "open"  # invitations queued; residents answer
    CLOSED = "closed"  # closes_at came (or staff closed it): results went back
    CANCELLED = "cancelled"  # taken back before it opened


class QuestionKind(StrEnum):
    SINGLE = "single"  # one option, by button
    MULTIPLE = "multiple"  # up to `max_choices` options, ticked, then Done
    SCALE = "scale"  # 1 to 5, by button
    NUMBER = "number"  # a whole number typed, within `min_value`..`max_value`
    TEXT = "text"  # free text typed, at most `max_length` characters


class ResponseState(StrEnum):
    STARTED = "started"
    FINISHED = "finished"


class Survey(Base):
    """A survey (or a quick poll: one question) of a municipality, to an audience chosen with
    the announcements' picker. Times are stored in UTC; staff type them in the municipality's
    time zone."""

    __tablename__ = "surveys"
    __table_args__ = (Index("ix_surveys_status", "status", "closes_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    community_ids: Mapped[list[Any]] = mapped_column(default=list)  # empty: the whole municipality
    locales: Mapped[list[Any]] = mapped_column(default=list)  # audience's languages; empty: all
    channels: Mapped[list[Any]] = mapped_column(default=list)  # audience's channels; empty: all
    titles: Mapped[dict[str, Any]]  # {"az": "...", "ru": "..."}
    intros: Mapped[dict[str, Any]] = mapped_column(default=dict)
    anonymous: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16), default=SurveyStatus.SCHEDULED)
    opens_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    author_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    opened_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]  # the one reminder to those who have not finished
    closed_at: Mapped[datetime | None]


class SurveyQuestion(Base):
    """One question; `skip` sends some answers elsewhere: {"<option index>": <position>} (a
    position after the last, or -1, ends the survey). Options are [{"az": ..., "ru": ...}]."""

    __tablename__ = "survey_questions"
    __table_args__ = (UniqueConstraint("survey_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # 0, 1, 2 ...
    kind: Mapped[str] = mapped_column(String(8))
    texts: Mapped[dict[str, Any]]
    options: Mapped[list[Any]] = mapped_column(default=list)
    max_choices: Mapped[int | None] = mapped_column(Integer)  # multiple choice
    min_value: Mapped[int | None] = mapped_column(Integer)  # number
    max_value: Mapped[int | None] = mapped_column(Integer)
    max_length: Mapped[int | None] = mapped_column(Integer)  # free text
    skip: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SurveyResponse(Base):
    """One resident's way through one survey. `community_id`, `locale` and `channel` are a
    snapshot taken at the start, for the breakdowns. `resident_id` keeps them to one response
    and lets them resume; for an anonymous survey it is never shown or exported, and it is
    cleared once the survey closes and the results went back (see `storage.surveys`)."""

    __tablename__ = "survey_responses"
    __table_args__ = (
        UniqueConstraint("survey_id", "resident_id"),
        Index("ix_survey_responses_state", "survey_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    community_id: Mapped[int | None] = mapped_column(Integer)
    locale: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(8), default=ResponseState.STARTED)
    current_question_id: Mapped[int | None] = mapped_column(Integer)  # asked again (a change)
    started_at: Mapped[datetime] = mapped_column(default=stamp)
    finished_at: Mapped[datetime | None]


class SurveyAnswer(Base):
    """One answer: `number` for a scale or a number, `text` for free text; the options chosen
    are rows of `survey_choices` (counted with GROUP BY)."""

    __tablename__ = "survey_answers"
    __table_args__ = (
        UniqueConstraint("response_id", "question_id"),
        # covers the results: counts, averages and the scale per question read the index only
        Index("ix_survey_answers_question", "question_id", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("survey_responses.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_questions.id", ondelete="CASCADE"))
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(String(2000))
    answered_at: Mapped[datetime] = mapped_column(default=stamp)


class SurveyChoice(Base):
    """An option chosen in an answer (one row each: a multiple choice has several)."""

    __tablename__ = "survey_choices"
    __table_args__ = (Index("ix_survey_choices_question", "question_id", "option"),)

    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_questions.id", ondelete="CASCADE"), primary_key=True
    )
    option: Mapped[int] = mapped_column(Integer, primary_key=True)


class StaffLink(Base):
    """A single-use login link to the staff web panel, sent by the bot in a private chat. Only
    the SHA-256 of its token is stored: a leaked database opens no session."""

    __tablename__ = "staff_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class StaffSession(Base):
    """A signed-in browser. The encrypted cookie carries only `key`; the row says whether the
    session still holds (expiry, sign-out, "log out everywhere")."""

    __tablename__ = "staff_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the cookie's secret
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    csrf: Mapped[str] = mapped_column(String(64))  # the token every POST of this session carries
    locale: Mapped[str | None] = mapped_column(String(8))  # chosen in the panel; null: resident's
    created_at: Mapped[datetime] = mapped_column(default=stamp)
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class StaffAudit(Base):
    """What staff did in the web panel that is no proposal's history: logins, sign-outs, bulk
    decisions. Decisions themselves are in `proposal_events`; the panel's audit page shows both."""

    __tablename__ = "staff_audit"
    __table_args__ = (Index("ix_staff_audit_at", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), index=True
    )
    actor: Mapped[str] = mapped_column(String(128))  # the resident's ref, as in proposal_events
    action: Mapped[str] = mapped_column(String(24))  # "login", "logout", "logout-all", ...
    detail: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=stamp)
