# Citizen proposals: residents, moderators and the local authority.

## Residents

proposals-title = Send your proposal to the { term-authority }, or see what became of yours.
proposals-new = ✍️ New proposal
proposals-mine = 📂 My proposals
proposals-none = You have not sent any proposals yet.
proposals-mine-title = Your proposals. Tap one to see its history:
proposal-limit = You have sent { $count ->
        [one] one proposal
       *[other] { $count } proposals
    } in the last 24 hours, which is the daily limit. Thank you for your activity! Please send the next one tomorrow.
proposal-choose-category = What is your proposal about?
proposal-category-roads = 🛣 Roads
proposal-category-water = 🚰 Water
proposal-category-lighting = 💡 Street lighting
proposal-category-schools = 🏫 Schools
proposal-category-eservices = 💳 E-services, terminals
proposal-category-other = 📝 Other
proposal-write = Please describe your proposal in one message: what, where, and why it matters ({ $min } to { $max } characters).
proposal-text-first = Please write the text of your proposal first ({ $min } to { $max } characters). You can add photos next.
proposal-too-short = This is a bit short ({ $length } characters). Please write at least { $min } characters so the { term-authority } understands what you propose.
proposal-too-long = This is too long ({ $length } characters). Please keep it within { $max } characters.
proposal-ask-photos = You can add up to { $max } photos. Send them now, or press Skip.
proposal-photo-saved = Photo saved ({ $count } of { $max }). Send another, or press Done.
proposal-photos-done = Done ▸
proposal-skip = Skip ▸
proposal-ask-location = You can share the place on the map: tap 📎 and choose Location. Or press Skip.
proposal-preview =
    Please check your proposal.
    Topic: { $category }
    Place: { $place }
    Photos: { $photos }
    Map: { $location }

    { $text }
proposal-send = ✅ Send
proposal-edit-text = ✏️ Edit text
proposal-cancel = ✖ Cancel
proposal-cancelled = Cancelled. Nothing was sent.
proposal-received = Thank you! Your proposal is received. Its number is { $number }. Moderators will check it, and I will tell you what happens next.
proposal-rewrite =
    The moderator asked for changes:
    { $note }

    Please write the new text ({ $min } to { $max } characters).
proposal-edit-resubmit = ✏️ Edit and resend
proposal-open = 📄 Open
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Answer: { $answer }

    History:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ being checked
proposal-status-changes = ✏️ changes requested
proposal-status-rejected = ❌ not accepted
proposal-status-duplicate = 🔁 duplicate
proposal-status-approved = ✅ forwarded
proposal-status-answered = 💬 answered
proposal-status-done = ✔️ done
proposal-event-submitted = sent
proposal-event-resubmitted = sent again after changes
proposal-event-approved = approved by a moderator
proposal-event-rejected = not accepted
proposal-event-changes = changes requested
proposal-event-duplicate = marked as a duplicate
proposal-event-undone = decision taken back
proposal-event-forwarded = forwarded to the { term-authority }
proposal-event-answered = the { term-authority } answered
proposal-event-done = done

## What residents are told

proposal-now-approved = Good news: your proposal { $number } was approved and forwarded to the { term-authority }. I will send you their answer.
proposal-now-rejected = Your proposal { $number } was not accepted. Reason: { $reason }.
proposal-now-changes = The moderator asks you to change your proposal { $number } a little before it is forwarded.
proposal-now-duplicate = Your proposal { $number } repeats proposal { $original }, which is already being handled. Thank you for your support!
proposal-now-answered =
    The { term-authority } answered your proposal { $number }:

    { $answer }
proposal-now-done = Your proposal { $number } is done. Thank you for helping your community!
proposal-moderator-note = Moderator's note: { $note }
reason-offtopic = it is not a proposal for the { term-authority }
reason-private = it contains private information
reason-rude = it contains rude words
reason-unclear = it is not clear what is proposed
reason-notlocal = this is not the { term-authority }'s responsibility

## Moderators

moderation-card =
    🆕 Proposal { $number }
    { $category } · { $place }
    Photos: { $photos } · Map: { $location }

    { $text }
moderation-approve = ✅ Approve
moderation-reject = ❌ Reject
moderation-changes = ✏️ Ask for changes
moderation-duplicate = 🔁 Duplicate of…
moderation-not-allowed = Only moderators of this { term-municipality } can do this.
moderation-choose-reason = Why is { $number } not accepted?
moderation-add-note = Add a few words for the resident, or press “No note”.
moderation-no-note = No note ▸
moderation-what-to-change = What should the resident change in { $number }? Please write it in one message (up to { $max } characters).
moderation-which-original = Which proposal does { $number } repeat? Please type its number, for example QUB-2026-0012.
moderation-note-length = Please write up to { $max } characters.
moderation-original-not-found = I could not find that proposal in this { term-municipality }. Please type the number of the original, not { $number }.
moderation-decided = Saved: { $number } is { $status }. You can undo this within { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }; only then does it go further.
moderation-undo = ↩ Undo
moderation-already-decided = { $number } was already decided by { $who }: { $status }.
moderation-too-late = The decision on { $number } can no longer be undone.
moderation-undone = The decision on { $number } is taken back. It waits in the queue again:
moderation-queue =
    Proposals waiting: { $count }
    { $summary }
    Forwards to the authority not yet delivered: { $stuck }
moderation-queue-line = { $place }: { $count }

## The local authority

authority-not-allowed = Only staff of the { term-authority } can answer proposals.
authority-not-open = Proposal { $number } cannot be answered now.
authority-write-answer = Please write the answer to proposal { $number } in one message (up to { $max } characters). The resident will receive it.
authority-answer-length = Please write an answer of up to { $max } characters.
authority-answer-sent = Thank you! The answer to { $number } was sent to the resident.
authority-marked-done = Proposal { $number } is marked as done; the resident is told.
