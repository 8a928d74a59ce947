## The staff web panel: announcements (bot/panel/announcements.py)

panel-nav-announcements = Announcements
panel-ann-title = Announcements
panel-ann-new = New announcement
panel-ann-one = Announcement #{ NUMBER($id, useGrouping: 0) }
panel-ann-none = There are no announcements yet.
panel-ann-not-allowed = You do not have access to this. Only staff who publish announcements for the municipality can see it.
panel-ann-municipality = Municipality
panel-ann-audience = Who receives it
panel-ann-audience-hint = Tick villages to send it only to them. Tick none to send it to everyone.
panel-ann-everyone = Everyone in the municipality
panel-ann-topic = Topic
panel-ann-texts = Text
panel-ann-texts-hint = Write the text in at least one language, up to { $max } characters each. Residents who read another language get the closest one you wrote.
panel-ann-more-languages = Add a language:
panel-ann-attachment = Attachment
panel-ann-attachment-hint = Optional: a photo (JPEG or PNG) or a document such as a PDF, up to { $mb } MB.
panel-ann-attachment-remove = Remove
panel-too-large = This file is too large to upload. Please choose a smaller one: the limit is written under the field.
panel-ann-when = When
panel-ann-send-now = Send now
panel-ann-send-at = At this time ({ $zone }):
panel-ann-now = now
panel-ann-when-quiet = { $when } (quiet hours: sending starts { $start })
panel-ann-preview = Preview
panel-ann-reach = It will reach { $count ->
        [one] { $count } resident
       *[other] { $count } residents
    }.
panel-ann-publish = ✅ Send
panel-ann-test = Send a test copy to me
panel-ann-test-hint = The test copy goes only to your own chat with the bot. Residents do not receive it.
panel-ann-test-sent = A test copy is on its way to your chat. Residents have not received anything.
panel-ann-change = Change
panel-ann-topic-missing = Please choose a topic.
panel-ann-text-missing = Please write the text in at least one language.
panel-ann-text-too-long = The text in { $language } has { $length } characters; the limit is { $max }. Please shorten it.
panel-ann-time-invalid = Please choose a date and time, or “Send now”.
panel-ann-time-past = This time has passed or is less than a minute away. Please choose a later time.
panel-ann-invalid = This announcement cannot be sent. Please check the form.
panel-ann-too-late = This can no longer be done: the announcement has changed meanwhile. Please reload its page.
panel-ann-status-scheduled = scheduled
panel-ann-status-released = sent
panel-ann-status-cancelled = cancelled
panel-ann-status-withdrawn = withdrawn
panel-ann-sent = Sent
panel-ann-delivered = Delivered
panel-ann-read = Read
panel-ann-failed = Failed
panel-ann-waiting = Waiting
panel-ann-number = { $count }
panel-ann-of-reported = { $count } of { $reported }
panel-ann-receipts-note = Only WhatsApp reports whether a message was delivered and read; Telegram does not. “—” means nobody knows. “5 of 8” counts the WhatsApp copies only.
panel-ann-chart-title = Deliveries over time
panel-ann-chart-note = totals by each moment, time in { $zone }
panel-ann-chart-empty = Nothing has been sent yet.
panel-ann-no-receipts = No copy went to WhatsApp, so delivery and reading are not known.
panel-ann-correct = ✏️ Correct the text in { $language }
panel-ann-correct-sure = The new text in { $language } will replace the old one in { $count ->
        [one] { $count } resident's chat
       *[other] { $count } residents' chats
    }. Copies not sent yet ({ $waiting }) will go out with the new text.
panel-ann-correct-yes = ✏️ Yes, correct it
panel-ann-back = Back, change nothing
panel-ann-done-sent = Sent. The copies are on their way; the figures below follow them.
panel-ann-done-scheduled = Scheduled. It will be sent at its time.
panel-ann-done-corrected = Corrected. The copies in residents' chats are being edited.
panel-ann-done-withdrawn = Withdrawn. The copies are being removed from residents' chats.
panel-ann-done-cancelled = Cancelled. Nothing was sent.
panel-audit-announcement-publish = sent an announcement
panel-audit-announcement-schedule = scheduled an announcement
panel-audit-announcement-test-copy = sent a test copy to themselves
panel-audit-announcement-correct = corrected an announcement
panel-audit-announcement-withdraw = withdrew an announcement
panel-audit-announcement-cancel = cancelled an announcement

# A test copy in the staff member's own chat
announce-test-copy =
    🧪 Test copy: residents have not received it.

    { $text }
