# Surveys and polls (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Surveys
survey-list = Surveys open for you now. Choose one:
survey-none-open = There are no open surveys for you right now.
survey-invite =
    📋 Survey: { $title }
    { $intro }

    Please answer by { $closes }. You can stop at any time and continue later.
survey-start = Start the survey
survey-continue = Continue the survey
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    Question { $number } of { $total }
    { $text }

    { $how }
survey-how-single = Choose one answer.
survey-how-multiple = Tick up to { $max } answers, then press Done.
survey-how-scale = Choose from 1 (lowest) to 5 (highest).
survey-how-number = Please type a whole number from { $min } to { $max }.
survey-how-text = Please type your answer (up to { $max } characters).
survey-scale-value = { $value }
survey-your-answer = Your answer now: { $answer }
survey-done = ✔ Done
survey-later = ⏸ Continue later
survey-review =
    📋 { $title }
    You have answered every question:
    { $answers }

    Press Finish to send your answers. You can still change an answer before that.
survey-finish = ✔ Finish
survey-change = ✏️ Change an answer
survey-change-which = Which answer would you like to change?
survey-thanks = Thank you! Your answers to “{ $title }” are saved. You will get the results when the survey closes.
survey-paused = Your answers to “{ $title }” are saved. You can continue later from the menu.
survey-already-done = You have already answered “{ $title }”. Thank you!
survey-closed = The survey “{ $title }” is closed. The answers you gave are saved.
survey-closed-midway = The survey “{ $title }” has closed. The answers you gave before it closed are saved and counted.
survey-reminder = 📋 The survey “{ $title }” closes soon. You can continue where you stopped.
survey-hint-buttons = Please answer with the buttons.
survey-hint-pick = Please choose one of the answers shown.
survey-hint-too-many = You can tick at most { $max } answers.
survey-hint-number = Please type a whole number from { $min } to { $max }.
survey-hint-text-empty = Please type your answer (up to { $max } characters).
survey-hint-text-long = Your answer has { $length } characters; the limit is { $max }. Please make it shorter.
survey-hint-old-button = This button belongs to an older question. Please answer the question shown.
survey-results-title = 📊 Results of “{ $title }”. Residents who answered: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Average: { $average }
survey-chart-footer = Residents who answered: { $count }

# Staff: /survey
survey-build-audience = Who is the survey for in { $municipality }? Tick villages, or keep everyone.
survey-build-filter = Only residents who use some languages or channels? Tick them, or tick nothing for everyone.
survey-build-title = Please type the survey's title in { $language }.
survey-build-intro = Please type a short introduction, or skip it.
survey-build-no-intro = Skip
survey-build-kind = Questions so far: { $count }. What kind of question comes next?
survey-kind-single = One answer
survey-kind-multiple = Several answers
survey-kind-scale = Scale 1–5
survey-kind-number = Number
survey-kind-text = Free text
survey-build-questions-done = ✔ No more questions
survey-build-question = Please type question { $number } (up to { $max } characters).
survey-build-options = Please type the answers to choose from, one on each line: 2 to { $max } answers, each up to { $length } characters.
survey-build-max-choices = How many answers may a resident tick (1 to { $max })? Or skip: any number.
survey-build-max-length = How many characters may an answer have (1 to { $max })? Or skip: { $max }.
survey-build-no-limit = Skip
survey-build-bounds = Please type the smallest and the largest number allowed, for example: 0-100
survey-build-skip = Skip logic: should some answers lead to a later question? Type one line per answer, for example “2 > 5” (answer 2 goes to question 5) or “3 > end”. Question { $position } is this one.
survey-build-no-skip = No skip logic
survey-build-too-many = A survey can have at most { $max } questions.
survey-build-too-long = Please type 1 to { $max } characters.
survey-build-languages = Add the texts in another language, or press Done.
survey-build-translate-title = Title in { $language }. The original: { $original }
survey-build-translate-intro = Introduction in { $language }. The original: { $original }
survey-build-translate-q = Question in { $language }. The original: { $original }
survey-build-translate-o =
    Answers in { $language }, one on each line, in the same order. The original:
    { $original }
survey-build-translate-count = Please type exactly { $count } answers, one on each line.
survey-build-anonymous = Should the survey be anonymous? Then no screen or export shows who answered.
survey-build-anonymous-yes = Anonymous
survey-build-anonymous-no = Not anonymous
survey-build-opens = When should it open? Press Now, or type a time in { $place }, for example { $example }.
survey-build-open-now = Now
survey-build-closes = When should it close? Choose a duration, or type a time in { $place }, for example { $example }.
survey-build-closes-past = The close time must come after the opening. Please choose again ({ $place }, for example { $example }).
survey-days = { $days } d
survey-build-time-invalid = I could not read that time. Please type it like { $example }.
survey-build-preview =
    Survey: { $title }
    Questions: { $questions }
    Languages: { $languages }
    { $anonymous }
    Opens: { $opens }
    Closes: { $closes }
    Residents invited: { $count }
survey-build-publish = ✔ Publish
survey-build-cancelled = The survey was not published.
survey-published-open = Survey #{ $id } is open. Invitations on their way: { $count }.
survey-published-later = Survey #{ $id } will open at { $when }.

# Staff: /poll
poll-question = Quick poll, step 1 of 3: please type the question (up to { $max } characters).
poll-closes = Step 3 of 3: how long should the poll stay open? It opens as soon as you choose.

# Staff: /surveys
survey-staff-none = There are no surveys yet. Create one with /survey or /poll.
survey-staff-item =
    #{ $id } { $title }
    { $status } · { $opens } – { $closes }
    Started: { $started } · Finished: { $finished }
survey-status-scheduled = Scheduled
survey-status-open = Open
survey-status-closed = Closed
survey-status-cancelled = Cancelled
survey-staff-results = 📊 Results
survey-staff-close = Close now
survey-staff-closing = Survey #{ $id } closes now: no more answers are taken, and the results go to those who answered within a minute.
survey-staff-cancelled = Survey #{ $id } was cancelled.
survey-staff-figures =
    📊 #{ $id } { $title }
    Invited: { $invited } · Started: { $started } · Finished: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Average { $average } (from { $low } to { $high })
survey-staff-by-community = By village
survey-staff-by-locale = By language
survey-staff-by-channel = By channel
survey-staff-group = { $group }: { $count } responded
survey-staff-none-group = Not given
survey-staff-no-answers = No answers yet.
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = Responses to survey #{ $id }.
