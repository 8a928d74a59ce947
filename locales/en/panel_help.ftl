## The staff web panel: residents' help requests

panel-nav-help = Help requests
panel-help-title = Help requests
panel-help-not-allowed = You do not have access to this. Only staff who answer residents' help requests in the municipality can see it.
panel-help-open = { $count ->
        [one] { $count } request is waiting for an answer.
       *[other] { $count } requests are waiting for an answer.
    }
panel-help-none = There are no open requests. Thank you!
panel-help-sent = Your answer to request #{ $id } is on its way to the resident.
panel-help-asked = Asked on
panel-help-step = Step
panel-help-step-of = { $number } of { $total }
panel-help-attached = The resident attached a photo or a voice message: you can see it in the bot.
panel-help-your-answer = Your answer to the resident
panel-help-send = Send the answer
panel-help-answered = Answered in the last { $days } days
panel-help-guide = Guide
panel-help-answer = Answer
panel-help-by = Answered by
panel-help-already-answered = This request was already answered, perhaps by a colleague just now.
panel-help-answer-length = Please write an answer of up to { $max } characters.
panel-audit-help-answer = answered a help request
