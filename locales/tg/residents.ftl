# Residents' conversations that forgive mistakes (issue 13): kept drafts, resuming, typed place
# names, help requests that say what is wrong, proposals' reasons.

place-did-you-mean = Шояд { $place }-ро дар назар доред? Лутфан, аз рӯйхат интихоб кунед.
draft-kept = Шумо { $what } ба охир нарасондед. Идома медиҳед ё нест мекунед?
draft-continue = ✍️ Идома додан
draft-discard = 🗑 Нест кардан
draft-discarded = Сиёҳнавис нест карда шуд.
draft-proposal = пешниҳоди худро
draft-help = тавсифи мушкилотро
resumed = Хуш омадед! Аз ҳамон ҷое, ки қатъ кардед, идома медиҳем.
proposal-needs-words = Лутфан, пешниҳодро бо калимаҳо тавсиф кунед: ҳадди ақал { $min } ҳарф, на танҳо эмодзи, рақам ё аломат.
proposal-why = Сабаб: { $reason }
proposal-history-detail = { $what } ({ $details })
tutorial-exit = ✖️ Хуруҷ аз дастур
help-describe =
    Дар «{ $title }» чӣ нодуруст шуд? Лутфан, онро дар як паём тавсиф кунед. Скриншот ё паёми овозӣ ҳам фиристода метавонед.
help-describe-skip = Чунин фиристодан ▸
help-describe-back = ← Ба дастур
help-sent-admins = Саволи Шумо (#{ $id }) ба маъмурони бот фиристода шуд, зеро дар { term-municipality } ҳанӯз ёрдамчӣ нест. Ҷавоб дар ҳамин ҷо меояд.
help-request-problem = Сокин менависад: { $text }
help-request-attached = Замима: { $kind }
