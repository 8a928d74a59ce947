## The staff web panel, and the staff's queue tools in chat

# /panel in chat
panel-staff-only = The web panel is for municipality staff. If you work for the municipality, please ask its administrator for a role.
panel-link =
    Here is your link to the staff web panel:
    { $link }

    It works once and for { $minutes } minutes. Do not share it.
panel-open = 🖥 Open the panel

# /queue and /p in chat
moderation-queue-page = { $what }: { $count ->
        [one] { $count } proposal shown.
       *[other] { $count } proposals shown.
    }
moderation-queue-empty = { $what }: there are no more proposals.
moderation-queue-next = Next page ▸
moderation-queue-filter = 🔎 Filter
moderation-queue-filters = Now shown: { $status }. Choose a status, or a topic within it.
moderation-card-status = Status: { $status }
moderation-open-how = Please type the proposal's number after /p, for example: /p QUB-2026-0042
moderation-open-not-found = Proposal { $number } was not found among the municipalities you moderate.

# Pages
panel-title = Staff panel
panel-nav-queue = Moderation queue
panel-nav-audit = Audit trail
panel-language = Language
panel-apply = Apply
panel-logout = Sign out
panel-logout-all = Sign out everywhere
panel-signin-title = Sign in
panel-signin-how = To sign in, send /panel to the bot in a private chat and open the link it sends you.
panel-login-confirm = Press the button to sign in to the staff panel. The link works only once.
panel-login-button = Sign in
panel-link-refused = This link does not work any more: it was used already, or more than 10 minutes have passed. Please send /panel to the bot again.
panel-signed-out = You have signed out.
panel-signed-out-everywhere = You have signed out on every device.
panel-csrf-refused = This request was refused because it did not come from a page of the panel. Please reload the page and try again.
panel-not-allowed = You do not have access to this. Only moderators of the municipality can see it.
panel-not-found = Nothing was found at this address.

# The queue
panel-queue-title = Moderation queue
panel-queue-pending = { $count ->
        [one] { $count } proposal is waiting for a decision.
       *[other] { $count } proposals are waiting for a decision.
    }
panel-queue-pending-many = At least { $count } proposals are waiting for a decision.
panel-queue-empty = No proposals match these filters.
panel-filter-status = Status
panel-filter-category = Topic
panel-filter-community = Community
panel-filter-since = From
panel-filter-until = To
panel-filter-search = Number or words
panel-filter-any = Any
panel-filter-apply = Show
panel-col-number = Number
panel-col-submitted = Sent
panel-col-place = Place
panel-col-category = Topic
panel-col-text = Text
panel-col-status = Status
panel-col-when = When
panel-col-what = What
panel-col-who = Who
panel-col-channel = Channel
panel-col-target = Destination
panel-col-sent = Sent at
panel-col-error = Error
panel-next-page = Next page ▸
panel-first-page = ◂ First page
panel-bulk-title = With the ticked proposals
panel-bulk-approve = ✅ Approve all ticked
panel-bulk-reject = ❌ Reject all ticked
panel-bulk-done = { $count ->
        [one] { $count } proposal decided.
       *[other] { $count } proposals decided.
    }

# One proposal
panel-location = Place on the map
panel-open-map = Open the map
panel-photos = Photos
panel-photo = Photo { $number }
panel-photo-in-telegram = Photo { $number } (in Telegram)
panel-approve = ✅ Approve
panel-reject = ❌ Reject
panel-reason = Reason
panel-note = Note
panel-ask-changes = ✏️ Ask for changes
panel-what-to-change = What to change
panel-duplicate = 🔁 Duplicate of
panel-original = Number of the original
panel-undo = ↩ Undo
panel-decided-by = Decided by { $who }
panel-answer = Answer of the authority
panel-history = History
panel-forwards = Forwards to the authority
panel-no-forwards = Not forwarded yet.
panel-decided = Saved. Nothing reaches the resident or the authority until the undo time is over.
panel-undone = The decision was taken back.
panel-already-decided = Someone else decided on this proposal already.
panel-original-not-found = No proposal of this municipality has that number.
panel-decision-incomplete = Please fill in what this decision needs: a reason, or the words for the resident.
panel-too-late = It is too late to undo this decision.
panel-delivery-queued = waiting
panel-delivery-sending = sending
panel-delivery-sent = delivered
panel-delivery-failed = failed
panel-delivery-skipped = skipped

# The audit trail
panel-audit-title = Audit trail
panel-audit-empty = Nothing was recorded for these filters.
panel-older = Older entries ▸
panel-audit-login = signed in to the panel
panel-audit-logout = signed out
panel-audit-logout-all = signed out everywhere
panel-audit-bulk-approved = approved several at once
panel-audit-bulk-rejected = rejected several at once
panel-event-forward-sent = the forward was delivered
panel-event-forward-failed = the forward could not be delivered
