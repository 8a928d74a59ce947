## Consultations: residents

command-checkin = I am at an event: check in
events-title = Upcoming consultations: { $count }. Choose one to see it and answer.
events-item = { $title } · { $when } { $answer }
events-none = There are no upcoming consultations for your place yet. We will send you an invitation when there is one.
events-all = 🗓 All consultations
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = Online “practical advice” meeting
event-kind-seminar = Seminar
event-kind-round_table = Round table
event-kind-dialogue = Dialogue platform session
event-kind-training = Training
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } min)
    { $where }

    { $text }
event-where-online = 💻 Online
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 also online
event-place-map = { $place } ({ $link })
event-invite =
    You are invited!

    { $details }

    Will you come?
event-card =
    { $details }

    Your answer: { $answer }
event-answer-going = going
event-answer-maybe = maybe
event-answer-cant = can't come
event-answer-waitlist = on the waiting list
event-answer-none = not given yet
event-going = ✅ I'm going
event-maybe = ❔ Maybe
event-cant = ✖ Can't come
event-calendar = 📅 Add to calendar
event-open = 🗓 Open
event-here = 📍 I'm here
event-propose = ✍️ Make a proposal
event-answered-going = Thank you! You are going to “{ $title }”, { $date } at { $time }. We will remind you before it starts.
event-answered-maybe = Noted: maybe. We will remind you about “{ $title }”, { $date } at { $time }.
event-answered-cant = Noted: you can't come to “{ $title }”. You can change your answer in Consultations.
event-answered-waitlist = All places for “{ $title }” are taken. You are on the waiting list: if a place frees up, it is yours and we will tell you.
event-link = Link to join: { $link }
event-calendar-file = “{ $title }”: open this file to add it to your calendar.
event-gone = This consultation is not available any more. Here is the main menu.
event-was-cancelled = “{ $title }” was cancelled. Here is the main menu.
event-started = “{ $title }” has already started, so answers are closed.
event-not-yet = “{ $title }” has not taken place yet.
event-reminder =
    Reminder: “{ $title }” starts on { $date } at { $time }.
    { $where }
event-reminder-link =
    Reminder: “{ $title }” starts on { $date } at { $time }.
    { $where }
    Link to join: { $link }
event-changed =
    “{ $title }” has changed. Here are the new details:

    { $details }
event-cancelled-notice = Sorry: “{ $title }” on { $date } at { $time } is cancelled.
event-promoted = Good news: a place freed up and it is yours. You are going to “{ $title }”, { $date } at { $time }.
event-feedback-ask = Thank you for taking part in “{ $title }”. How useful was it? Choose 1 (not useful) to 5 (very useful).
event-feedback-comment = Thank you! Would you like to add a comment (up to { $max } characters)? Write it, or press Skip.
event-feedback-skip = Skip
event-feedback-thanks = Thank you for your feedback!
event-text-too-long = This text has { $length } characters; the limit is { $max }. Please write it again.
event-propose-not-yet = Proposals about a consultation can be made by those who took part, once it has started.
checkin-ask = Please type the code shown at the event (4 digits).
checkin-wrong = This code is not right. Please check the code shown at the event and type it again.
checkin-too-many = Too many wrong codes. Please ask the organisers for help.
checkin-closed = Check-in for “{ $title }” opens an hour before the start and closes an hour after the end.
checkin-none-now = There is no consultation to check in to right now.
checkin-done = Welcome! You are checked in at “{ $title }”.

## Consultations: staff

event-not-allowed = Only staff of the { term-authority } who publish announcements can manage consultations.
event-choose-municipality = Which municipality is this consultation for?
event-choose-audience = Who in { $municipality } should be invited? Tap villages to choose them, then press Continue.
event-choose-kind = What kind of event is it?
event-write-title = Please write the title in { $language } (up to { $max } characters).
event-write-text = Now a short description in { $language }: what it is about and who it is for (up to { $max } characters).
event-add-language = Saved. Add a translation, or press Done.
event-write-time = When does it start? Type the date and time in { $municipality } time, for example { $example }.
event-time-invalid = I could not read this date. Please type it like { $example }.
event-time-past = This time has passed. Please type a time in the future, like { $example }.
event-write-duration = How long is it? Type the number of minutes (for example 90) or hours and minutes (1:30), or press a button. A number you type here is minutes.
event-duration-invalid = Please type the length in minutes (15 to { $max }), for example 90 or 1:30.
event-write-link = Send the link to join online (https://...), or press “No online link”.
event-no-link = No online link
event-link-invalid = This is not a web link. Please send a link that starts with https://
event-write-place = Where does it take place? Write the address (up to { $max } characters) or send a location pin.
event-no-place = Online only
event-ask-map = You can send a location pin so residents find the place on a map, or press “No map”.
event-no-map = No map
event-write-capacity = How many people can take part? Type a number, or press “No limit”.
event-no-limit = No limit
event-capacity-invalid = Please type a whole number from 1 to { $max }, or press “No limit”.
event-preview =
    Please check the consultation.

    { $details }

    Places: { $capacity ->
        [0] no limit
       *[other] { $capacity }
    }
    Languages: { $languages }
    Residents to invite now: { $count }
event-publish = ✅ Publish and invite
event-draft-cancelled = Cancelled. Nothing was published.
event-published = Published. Invitations queued: { $count }. Check-in code for the event: { $code }
events-admin-none = There are no consultations yet. Create one with /event.
event-status-scheduled = scheduled
event-status-cancelled = cancelled
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Going: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }of { $capacity }
    } · Maybe: { $maybe } · Waiting list: { $waitlist }
    Check-in code: { $code }
event-edit = ✏️ Edit
event-cancel = ✖ Cancel event
event-attendance = ☑️ Attendance
event-report = 📊 Report
event-edit-what = What would you like to change? Everyone who answered will be told.
event-field-time = 🕒 Date and time
event-field-dur = ⏱ Length
event-field-link = 💻 Online link
event-field-place = 📍 Place
event-field-cap = 👥 Places
event-edit-time = Type the new date and time, for example { $example }.
event-edit-dur = Type the new length in minutes, for example 90.
event-edit-link = Send the new link (https://...).
event-edit-place = Write the new address (up to { $max } characters) or send a location pin.
event-edit-cap = Type the new number of places.
event-saved = Saved. Residents told about the change: { $count }.
event-cancel-confirm = Cancel “{ $title }”? { $count ->
        [one] The { $count } resident who answered will be told.
       *[other] The { $count } residents who answered will be told.
    } This cannot be taken back.
event-cancel-yes = ✖ Yes, cancel it
event-cancelled = The consultation is cancelled. Residents told: { $count }.
event-closed = This consultation can no longer be changed (it is cancelled or over).
event-attendance-none = Nobody has said they are going yet.
event-attendance-title = Tap the people who came ({ $count } going). ✅ means present.
event-report-choose = Which consultation?
event-report-text =
    Report #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Invited: { $invited }
    Going: { $going } · Maybe: { $maybe } · Can't: { $cant } · Waiting list: { $waitlist }
    Attended: { $attended }
    Feedback: { $count }, average { $average } of 5
    Comments:
    { $comments }

## Proposals raised at a consultation, in the authority's forward

forward-event = Raised at: { $title } ({ $when })
