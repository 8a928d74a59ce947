# Residents' conversations that forgive mistakes (issue 13): kept drafts, resuming, typed place
# names, help requests that say what is wrong, proposals' reasons.

place-did-you-mean = Did you mean { $place }? Please choose from the list.
draft-kept = You have not finished { $what }. Would you like to continue, or discard it?
draft-continue = ✍️ Continue
draft-discard = 🗑 Discard
draft-discarded = The draft was discarded.
draft-proposal = your proposal
draft-help = describing your problem
resumed = Welcome back! Here is where you stopped.
proposal-needs-words = Please describe your proposal in words: use at least { $min } letters, not only emoji, numbers or signs.
proposal-why = Reason: { $reason }
proposal-history-detail = { $what } ({ $details })
tutorial-exit = ✖️ Exit the guide
help-describe =
    What went wrong in “{ $title }”? Please describe it in a message. You can also send a screenshot or a voice message.
help-describe-skip = Send as it is ▸
help-describe-back = ← Back to the guide
help-sent-admins = Your question (#{ $id }) has been passed to the bot's administrators, because your { term-municipality } has no helpers yet. Their answer will come here.
help-request-problem = The resident writes: { $text }
help-request-attached = Attached: { $kind }
