# English. Plain, polite and short: written for residents of small towns.

language-self-name = English

## First contact and language

greeting =
    Hello! I am the community bot for residents of your { term-municipality }.
    Here you can read announcements, learn to pay bills online, join consultations and send proposals to the { term-authority }.

    I will send you notices from the { term-authority }. To stop them at any time, write STOP.

    Please choose your language:
language-choose = Please choose your language:
language-changed = Done. I will write to you in English.

## Where the resident lives

place-choose-country = Which country do you live in?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Which municipality do you live in?
        [KZ] Which district do you live in?
        [AM] Which community do you live in?
        [KG] Which aiyl aimak (rural municipality) do you live in?
        [UZ] Which district or mahalla do you live in?
        [TJ] Which jamoat or district do you live in?
        [TM] Which etrap (district) do you live in?
       *[other] Which municipality do you live in?
    }
place-choose-community =
    { $municipality } has { $count ->
        [one] one community
       *[other] { $count } communities
    }. Which one do you live in?
place-community-none = Not in the list
place-saved = Saved: { $place }.
place-not-found = I could not find this place. Please choose one from the list.
deep-link-unknown = I do not know the code “{ $code }”. Please choose your municipality from the list.
back = ← Back

## Main menu

menu-title = Main menu. What would you like to do?
menu-announcements = 📢 Announcements
menu-payments = 💳 Pay online
menu-consultations = 🗓 Consultations
menu-proposal = ✍️ Send a proposal
menu-settings = ⚙️ Settings
back-to-menu = ← Main menu
welcome-back = Welcome back! What would you like to do?

## Settings and notices

settings-summary =
    Your settings:
    Language: { $language }
    Place: { $place }
    Notices: { $notices ->
        [on] on
       *[off] off
    }
    Guide reminders: { $reminders ->
        [on] on
       *[off] off
    }
settings-change-language = 🌐 Change language
settings-change-place = 📍 Change place
settings-notices-off = 🔕 Stop notices
settings-notices-on = 🔔 Receive notices
notices-off = You will not receive notices any more. You can still use the menu. To receive them again, write START.
notices-on-again = Notices are on again.

## Help and commands

help =
    I can help you with:
    📢 announcements from the { term-authority }
    💳 paying bills online, step by step
    🗓 consultations and meetings
    ✍️ proposals to the { term-authority }

    Commands:
    /menu – main menu
    /language – change language
    /settings – your settings
    /checkin – check in at a consultation with its code
    /stop – stop notices (or write STOP)
    /start – start again
command-start = Start again
command-menu = Main menu
command-language = Change language
command-settings = My settings
command-help = What this bot can do
command-stop = Stop notices

## When input does not fit

hint-use-buttons = Sorry, I did not understand. Please press a button below or type its number.
hint-text-only = I can only read text and buttons here. Please press a button below or type its number.
button-expired = This button is no longer active. Here is the main menu.
unknown-command = I do not know this command. Send /help to see what I can do.
edit-not-supported = I do not see changes to messages you have already sent. Please send a new message instead.
group-only-private = I only work in private chats. Please write to me directly.
error-generic = Sorry, something went wrong on our side. Please try again in a minute.

## Announcements: categories

category-utilities = 💧 Water, gas, power
category-council = 🏛 Council decisions
category-budget = 💰 Budget
category-hiring = 💼 Jobs
category-grants = 🏆 Grants, competitions
category-events = 🗓 Events
category-emergency = 🚨 Emergency
category-surveys = 📋 Surveys

## Announcements: residents

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = These are the latest announcements.
news-older = ◂ Older
news-none = There are no announcements from the { term-authority } yet.
news-no-more = There are no older announcements.
news-no-place = Please choose your municipality first in /settings.

## Announcements: publishers

announce-not-allowed = Only staff of the { term-authority } who publish announcements can do this.
announce-choose-municipality = Which municipality is this announcement for?
announce-choose-audience = Who in { $municipality } should receive it? Tap villages to choose them, then press Continue.
announce-audience-all = { $mark } Everyone
announce-continue = Continue ▸
announce-choose-category = What is the announcement about?
announce-write-text = Please write the announcement in { $language } (up to { $max } characters).
announce-text-too-long = This text has { $length } characters; the limit is { $max }. Please shorten it and send it again.
announce-add-language = Saved. Residents who read another language get the closest one you wrote. Add a translation, or press Done.
announce-languages-done = ✔ Done
announce-attach = You can attach a photo or a document (for example a PDF of the decision). Send it now, or press “No attachment”.
announce-no-attachment = No attachment
announce-choose-time = When should it go out?
announce-send-now = Send now
announce-schedule = Choose a time
announce-now = now
announce-write-time = Please type the date and time in { $municipality } time, for example { $example }.
announce-time-invalid = I could not read this date. Please type it like { $example }.
announce-time-past = This time has passed. Please type a time in the future, like { $example }.
announce-preview =
    Please check the announcement.
    Place: { $place }
    Topic: { $category }
    Languages: { $languages }
    Attachment: { $attachment ->
        [photo] photo
        [document] document
       *[none] none
    }
    When: { $when }
    It will reach { $count ->
        [one] one resident
       *[other] { $count } residents
    }.

    { $text }
announce-confirm = ✅ Send
announce-cancel = ✖ Cancel
announce-cancelled = Cancelled. Nothing was sent.
announce-scheduled = Scheduled for { $when }.
announce-sending = Sending to { $count ->
        [one] one resident
       *[other] { $count } residents
    }.
announce-sending-later = It is quiet hours in { $place } now. The announcement will go to { $count ->
        [one] one resident
       *[other] { $count } residents
    } from { $start }.
announce-when-quiet = { $when } (quiet hours: sending starts { $start })
announcements-none = There are no announcements yet.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] scheduled
        [cancelled] cancelled
        [withdrawn] withdrawn
       *[released] released
    }
    Sent: { $sent }, waiting: { $queued }, failed: { $failed }, blocked: { $blocked }
    { $text }
announcements-cancel = ✖ Cancel
announcements-correct = ✏️ Correct
announcements-withdraw = 🗑 Withdraw
announcements-cancelled = Announcement #{ NUMBER($id, useGrouping: 0) } is cancelled.
announcements-withdrawn = Announcement #{ NUMBER($id, useGrouping: 0) } is withdrawn. Its copies are being removed from { $count ->
        [one] one chat
       *[other] { $count } chats
    }; /announcements shows how it went.
announcements-withdrawal = Withdrawal: removed { $deleted }, replaced by a note { $noted }, waiting { $waiting }, failed { $failed }
announcements-choose-language = Which language do you want to correct?
announcements-corrected = Announcement #{ NUMBER($id, useGrouping: 0) } is corrected in { $count ->
        [one] one chat
       *[other] { $count } chats
    }.

## Settings: announcement topics

settings-reminders-off = ⏰ Stop reminders
settings-reminders-on = ⏰ Get reminders
settings-topics = 🗂 Topics
topics-title = Choose the announcements you want to receive. Tap a topic to switch it on or off. Emergency warnings always come.
topics-saved = Saved. Tap a topic to switch it on or off.

## Information library

news-library = 📚 Information
library-title = Information from the { term-authority }. Choose a topic:
library-empty = The { term-authority } has not published information here yet.
library-choose-item = { $category }: choose an item.
library-acts = 📜 Legal acts
library-council = 🏛 Council decisions
library-budget = 💰 Budget execution
library-hiring = 💼 Jobs
library-integrity = ⚖️ Conflict of interest
library-contacts = ☎️ Contacts

## Pay online: tutorials

tutorials-title = Learn to pay online, step by step. Choose a guide:
tutorials-none = There are no payment guides for your country yet.
tutorial-step =
    { $title } · step { $number } of { $total }

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Welcome back! We continue from step { $number }.
tutorial-first-step = This is the first step.
tutorial-next = Next ▸
tutorial-finish = Done ▸
tutorial-back = ◂ Back
tutorial-restart = ↺ Start over
tutorial-stuck = 🆘 I'm stuck
tutorial-did-you-pay = Did you manage to pay online?
tutorial-paid-yes = ✅ Yes
tutorial-paid-not-yet = ⏳ Not yet
tutorial-paid-help = 🆘 I need help
tutorial-paid-thanks = Well done, and thank you for telling us! Paying online saves you a trip and a queue.
tutorial-not-yet = No problem. I will remind you in { $days ->
        [one] one day
       *[other] { $days } days
    }. You can also open the guide again any time from the menu.
tutorial-not-yet-no-reminder = No problem. You can open the guide again any time from the menu.
tutorial-reminder = Hello! Some days ago you looked at the guide “{ $title }”. Would you like to try paying online again?
tutorial-reminder-open = 📖 Open the guide
tutorial-reminders-off = 🔕 No reminders
tutorial-reminders-stopped = I will not send you reminders about the guides any more.

## Help requests

help-sent = Your question (#{ NUMBER($id, useGrouping: 0) }) has been passed to helpers in your { term-municipality }. Their answer will come here.
help-stored = Your question (#{ NUMBER($id, useGrouping: 0) }) is saved. Helpers in your { term-municipality } will answer here as soon as they can.
help-request =
    🆘 Help request #{ NUMBER($id, useGrouping: 0) }
    Guide: { $title }, step { $number } of { $total }
    The resident writes in { $language }.
help-answer = ✍️ Answer
help-not-allowed = Only helpers of this { term-municipality } can answer this request.
help-already-answered = Request #{ NUMBER($id, useGrouping: 0) } has already been answered.
help-write-answer = Please write your answer to request #{ NUMBER($id, useGrouping: 0) }. The resident will receive it here in the chat with the bot.
help-answer-length = Please write an answer of up to { $max } characters.
help-answer-sent = Thank you! Your answer was sent; request #{ NUMBER($id, useGrouping: 0) } is closed.
help-answer-for-resident =
    💬 Answer to your question about “{ $title }”:

    { $answer }
announcement-withdrawn-note = Please disregard this announcement, it was withdrawn: “{ $text }”
