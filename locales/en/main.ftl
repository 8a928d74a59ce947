# English. Plain, polite and short: written for residents of small towns.

language-self-name = English

## First contact and language

greeting =
    Hello! I am the community bot of your municipality.
    Here you can read announcements, learn to pay bills online, join consultations and send proposals to your local authority.

    Please choose your language:
language-choose = Please choose your language:
language-changed = Done. I will write to you in English.

## Where the resident lives

place-choose-country = Which country do you live in?
place-choose-municipality = Which municipality do you live in?
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
coming-soon = This section is coming soon. Thank you for your patience!
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
settings-change-language = 🌐 Change language
settings-change-place = 📍 Change place
settings-notices-off = 🔕 Stop notices
settings-notices-on = 🔔 Receive notices
notices-off = You will not receive notices any more. You can still use the menu. To receive them again, send /start.
notices-on-again = Notices are on again.

## Help and commands

help =
    I can help you with:
    📢 announcements from your municipality
    💳 paying bills online, step by step
    🗓 consultations and meetings
    ✍️ proposals to your local authority

    Commands:
    /menu – main menu
    /language – change language
    /settings – your settings
    /stop – stop notices
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
