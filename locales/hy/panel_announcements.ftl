## Աշխատակիցների վեբ վահանակ՝ հայտարարություններ (bot/panel/announcements.py)

panel-nav-announcements = Հայտարարություններ
panel-ann-title = Հայտարարություններ
panel-ann-new = Նոր հայտարարություն
panel-ann-one = Հայտարարություն №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Դեռ հայտարարություններ չկան։
panel-ann-not-allowed = Դուք սրա թույլտվությունը չունեք։ Սա տեսնում են միայն համայնքի այն աշխատակիցները, որոնք հայտարարություններ են հրապարակում։
panel-ann-municipality = Համայնք
panel-ann-audience = Ով կստանա
panel-ann-audience-hint = Նշեք գյուղերը՝ միայն նրանց ուղարկելու համար։ Եթե ոչինչ նշված չէ, կստանան բոլորը։
panel-ann-everyone = Համայնքի բոլոր բնակիչները
panel-ann-topic = Թեմա
panel-ann-texts = Տեքստ
panel-ann-texts-hint = Գրեք տեքստը առնվազն մեկ լեզվով, յուրաքանչյուրում մինչև { $max } նիշ։ Այլ լեզվով կարդացող բնակիչները կստանան գրվածներից ամենամոտը։
panel-ann-more-languages = Ավելացնել լեզու՝
panel-ann-attachment = Կցորդ
panel-ann-attachment-hint = Ցանկության դեպքում կցեք լուսանկար կամ փաստաթուղթ, օրինակ՝ PDF, մինչև { $mb } ՄԲ։
panel-ann-attachment-remove = Հեռացնել
panel-too-large = Այս ֆայլը չափազանց մեծ է։ Խնդրում ենք ընտրել ավելի փոքր ֆայլ․ սահմանը գրված է դաշտի տակ։
panel-ann-when = Երբ
panel-ann-send-now = Ուղարկել հիմա
panel-ann-send-at = Այս ժամին ({ $zone })՝
panel-ann-now = հիմա
panel-ann-when-quiet = { $when } (լռության ժամեր՝ ուղարկումը կսկսվի { $start })
panel-ann-preview = Նախադիտում
panel-ann-reach = Այն կստանա { $count ->
        [one] { $count } բնակիչ
       *[other] { $count } բնակիչ
    }։
panel-ann-publish = ✅ Ուղարկել
panel-ann-test = Ուղարկել ինձ փորձնական պատճենը
panel-ann-test-hint = Փորձնական պատճենը կգա միայն բոտի հետ Ձեր զրույցին։ Բնակիչները այն չեն ստանա։
panel-ann-test-sent = Փորձնական պատճենն ուղարկվեց Ձեր զրույցին։ Բնակիչները ոչինչ չեն ստացել։
panel-ann-change = Փոխել
panel-ann-topic-missing = Խնդրում ենք ընտրել թեմա։
panel-ann-text-missing = Խնդրում ենք գրել տեքստը առնվազն մեկ լեզվով։
panel-ann-text-too-long = { $language } տեքստն ունի { $length } նիշ, իսկ սահմանը { $max } է։ Խնդրում ենք կրճատել այն։
panel-ann-time-invalid = Խնդրում ենք ընտրել ամսաթիվ և ժամ կամ «Ուղարկել հիմա»։
panel-ann-time-past = Այս ժամն անցել է կամ մեկ րոպեից քիչ է մնացել։ Խնդրում ենք ընտրել ավելի ուշ ժամ։
panel-ann-invalid = Այս հայտարարությունը հնարավոր չէ ուղարկել։ Խնդրում ենք ստուգել ձևը։
panel-ann-too-late = Սա այլևս հնարավոր չէ անել․ հայտարարությունն այդ ընթացքում փոխվել է։ Խնդրում ենք թարմացնել դրա էջը։
panel-ann-status-scheduled = պլանավորված
panel-ann-status-released = ուղարկված
panel-ann-status-cancelled = չեղարկված
panel-ann-status-withdrawn = հետ կանչված
panel-ann-sent = Ուղարկված
panel-ann-delivered = Առաքված
panel-ann-read = Կարդացված
panel-ann-failed = Սխալ
panel-ann-waiting = Սպասում է
panel-ann-number = { $count }
panel-ann-of-reported = { $count }՝ { $reported }-ից
panel-ann-receipts-note = Միայն WhatsApp-ն է հայտնում, թե արդյոք հաղորդագրությունն առաքվել և կարդացվել է․ Telegram-ը չի հայտնում։ «—» նշանակում է, որ դա հայտնի չէ։ «5՝ 8-ից» հաշվում է միայն WhatsApp-ի պատճենները։
panel-ann-chart-title = Առաքումն ըստ ժամանակի
panel-ann-chart-note = ընդհանուրը յուրաքանչյուր պահին, ժամը՝ { $zone }
panel-ann-chart-empty = Դեռ ոչինչ չի ուղարկվել։
panel-ann-no-receipts = Ոչ մի պատճեն WhatsApp-ով չի գնացել, ուստի առաքումն ու կարդացումը հայտնի չեն։
panel-ann-correct = ✏️ Ուղղել { $language } տեքստը
panel-ann-correct-sure = Նոր { $language } տեքստը կփոխարինի հինը { $count ->
        [one] { $count } բնակչի զրույցում
       *[other] { $count } բնակչի զրույցում
    }։ Դեռ չուղարկված պատճենները ({ $waiting }) կգնան նոր տեքստով։
panel-ann-correct-yes = ✏️ Այո, ուղղել
panel-ann-back = Հետ, ոչինչ չփոխել
panel-ann-done-sent = Ուղարկվեց։ Պատճենները ճանապարհին են․ ներքևի թվերը ցույց են տալիս առաքումը։
panel-ann-done-scheduled = Պլանավորվեց։ Հայտարարությունը կուղարկվի իր ժամին։
panel-ann-done-corrected = Ուղղվեց։ Բնակիչների զրույցներում պատճենները խմբագրվում են։
panel-ann-done-withdrawn = Հետ կանչվեց։ Պատճենները ջնջվում են բնակիչների զրույցներից։
panel-ann-done-cancelled = Չեղարկվեց։ Ոչինչ չի ուղարկվել։
panel-audit-announcement-publish = ուղարկել է հայտարարություն
panel-audit-announcement-schedule = պլանավորել է հայտարարություն
panel-audit-announcement-test-copy = իրեն ուղարկել է փորձնական պատճեն
panel-audit-announcement-correct = ուղղել է հայտարարությունը
panel-audit-announcement-withdraw = հետ է կանչել հայտարարությունը
panel-audit-announcement-cancel = չեղարկել է հայտարարությունը

# Փորձնական պատճեն աշխատակցի զրույցում
announce-test-copy =
    🧪 Փորձնական պատճեն․ բնակիչները այն չեն ստացել։

    { $text }
