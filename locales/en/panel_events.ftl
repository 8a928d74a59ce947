## The staff web panel: consultations (events) for publishers

panel-nav-events = Consultations
panel-events-title = Consultations
panel-events-not-allowed = You do not have access to this. Only staff who publish consultations for the municipality can see it.
panel-events-upcoming = Upcoming
panel-events-past = Past
panel-events-none = There are no consultations here yet.
panel-event-new = New consultation
panel-col-event = Consultation
panel-col-going = Going
panel-col-maybe = Maybe
panel-col-cant = Can't come
panel-col-waitlist = Waiting list
panel-col-attended = Came
panel-col-resident = Resident
panel-col-answer = Answer
panel-col-answered = Answered on

# The form
panel-event-who = Who is invited
panel-event-communities = Villages invited (none ticked: the whole municipality):
panel-event-kind = Kind
panel-event-what = Title and description
panel-event-other-languages = Other languages (optional)
panel-event-title-in = Title ({ $language })
panel-event-text-in = Description ({ $language })
panel-event-when-where = Time and place
panel-event-start = Start (local time of the municipality)
panel-event-minutes = Length in minutes
panel-event-link = Link to join online (optional)
panel-event-place = Address (optional if there is a link)
panel-event-capacity = Places (empty: no limit)
panel-event-invite-hint = Residents of the places you chose get the invitation in the bot as soon as you publish.
panel-event-create = Publish and invite
panel-event-error-time = Please give the date and time of the start.
panel-event-error-too-soon = This time has passed or is too close. Please choose a later start.
panel-event-error-minutes = Please give the length in whole minutes, from 15 to { $max }.
panel-event-error-link = Please give a full link that starts with https://
panel-event-error-place = The address is too long: the limit is { $max } characters.
panel-event-error-capacity = Please give the number of places as a whole number, up to { $max }.
panel-event-error-text = Please write a title (up to { $number } characters) and a description (up to { $max }) in every language you fill in.
panel-event-error-where = Please give a link to join online, an address, or both.
panel-event-error-nothing = Nothing was changed.
panel-event-error-incomplete = Something in the form is missing. Please check it and try again.

# Edit and cancel
panel-event-edit-title = Change “{ $title }”
panel-event-edit-hint = Residents who answered are told about a new time, length, link or address. More places move people up from the waiting list.
panel-event-save = Save
panel-event-cancel-title = Cancel “{ $title }”?
panel-event-cancel-confirm = { $count ->
        [one] { $count } resident who answered will be told that it is cancelled. This cannot be undone.
       *[other] { $count } residents who answered will be told that it is cancelled. This cannot be undone.
    }
panel-event-cancel-yes = Yes, cancel it
panel-event-cancel-back = No, go back
panel-event-created = Published. Invitations queued: { $count }.
panel-event-saved = Saved. Residents told about the change: { $count }.
panel-event-cancelled = The consultation is cancelled. Residents told: { $count }.
panel-event-closed = This consultation can no longer be changed: it is over or cancelled.

# One event
panel-event-duration = { $minutes } min
panel-event-where = Where
panel-event-places = Places
panel-event-code = Check-in code
panel-event-invited = Invitations
panel-event-edit = ✏️ Change
panel-event-cancel = ✖ Cancel consultation
panel-event-answers = Answers
panel-event-answers-none = Nobody has answered yet.
panel-event-by-checkin = checked in
panel-event-by-staff = marked by staff
panel-event-waitlist = Waiting list, in order
panel-event-feedback = Feedback
panel-event-feedback-line = { $count ->
        [one] { $count } rating, average { $average } of 5.
       *[other] { $count } ratings, average { $average } of 5.
    }
panel-event-feedback-none = No ratings yet.
panel-event-summary = Summary for the press
panel-event-summary-hint = A short text about the consultation in your language. Select it and copy it.

# The summary itself
panel-summary-cancelled = The { $kind } “{ $title }” of { $municipality }, planned for { $when }, was cancelled.
panel-summary-planned = On { $when }, { $municipality } holds a consultation: { $kind } “{ $title }”. Where: { $where }.
panel-summary-held = On { $when }, { $municipality } held a consultation: { $kind } “{ $title }”. Where: { $where }.
panel-summary-people = { $count ->
        [one] { $count } resident took part ({ $going } had said they would come).
       *[other] { $count } residents took part ({ $going } had said they would come).
    }
panel-summary-proposals = { $count ->
        [one] Participants made { $count } proposal:
       *[other] Participants made { $count } proposals:
    }
panel-summary-no-proposals = No proposals were made at the consultation.
panel-summary-feedback = { $count ->
        [one] { $count } participant rated it: { $average } of 5 on average.
       *[other] { $count } participants rated it: { $average } of 5 on average.
    }
panel-summary-where-both = { $place }, and online
panel-summary-where-online = online

# The audit trail
panel-audit-event-create = published a consultation
panel-audit-event-edit = changed a consultation
panel-audit-event-cancel = cancelled a consultation
