# Հայերեն։ Պարզ, քաղաքավարի և կարճ՝ փոքր քաղաքների և գյուղերի բնակիչների համար։

language-self-name = Հայերեն

## Առաջին շփում և լեզու

greeting =
    Բարև Ձեզ։ Ես Ձեր { term-municipality.gen } օգնական բոտն եմ։
    Այստեղ կարող եք կարդալ հայտարարությունները, իմանալ, թե ինչպես վճարել հաշիվներն առցանց, մասնակցել հանրային քննարկումների և առաջարկներ ուղարկել { term-authority.dat }։

    Ես Ձեզ կուղարկեմ { term-authority.gen } ծանուցումները։ Դրանք ցանկացած պահի դադարեցնելու համար գրեք STOP։

    Խնդրում ենք ընտրել լեզուն։
language-choose = Խնդրում ենք ընտրել լեզուն։
language-changed = Պատրաստ է։ Այսուհետ Ձեզ կգրեմ հայերեն։

## Որտեղ է ապրում բնակիչը

place-choose-country = Ո՞ր երկրում եք ապրում։
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Ո՞ր մունիցիպալիտետում եք ապրում։
        [KZ] Ո՞ր շրջանում եք ապրում։
        [AM] Ո՞ր համայնքում եք ապրում։
        [KG] Ո՞ր այիլ այմակում եք ապրում։
        [UZ] Ո՞ր շրջանում կամ մահալլայում եք ապրում։
        [TJ] Ո՞ր ջամոաթում կամ շրջանում եք ապրում։
        [TM] Ո՞ր էթրապում եք ապրում։
       *[other] Ո՞ր համայնքում եք ապրում։
    }
place-choose-community =
    { $municipality } համայնքն ունի { $count ->
        [one] { $count } բնակավայր
       *[other] { $count } բնակավայր
    }։ Դրանցից ո՞րում եք ապրում։
place-community-none = Ցանկում չկա
place-saved = Պահպանված է՝ { $place }։
place-not-found = Չկարողացա գտնել այս վայրը։ Խնդրում ենք ընտրել ցանկից։
deep-link-unknown = Ես չգիտեմ «{ $code }» կոդը։ Խնդրում ենք ընտրել Ձեր համայնքը ցանկից։
back = ← Հետ

## Գլխավոր ընտրացանկ

menu-title = Գլխավոր ընտրացանկ։ Ի՞նչ կցանկանաք անել։
menu-announcements = 📢 Հայտարարություններ
menu-payments = 💳 Առցանց վճարում
menu-consultations = 🗓 Խորհրդակցություններ
menu-proposal = ✍️ Ուղարկել առաջարկ
menu-settings = ⚙️ Կարգավորումներ
back-to-menu = ← Գլխավոր ընտրացանկ
welcome-back = Ուրախ ենք Ձեզ կրկին տեսնել։ Ի՞նչ կցանկանաք անել։

## Կարգավորումներ և ծանուցումներ

settings-summary =
    Ձեր կարգավորումները՝
    Լեզու՝ { $language }
    Վայր՝ { $place }
    Ծանուցումներ՝ { $notices ->
        [on] միացված են
       *[off] անջատված են
    }
    Հիշեցումներ: { $reminders ->
        [on] միացված են
       *[off] անջատված են
    }
settings-change-language = 🌐 Փոխել լեզուն
settings-change-place = 📍 Փոխել վայրը
settings-notices-off = 🔕 Չստանալ ծանուցում
settings-notices-on = 🔔 Ստանալ ծանուցում
notices-off = Այլևս ծանուցումներ չեք ստանա։ Ընտրացանկից կարող եք օգտվել ինչպես նախկինում։ Ծանուցումները կրկին ստանալու համար գրեք START։
notices-on-again = Ծանուցումները կրկին միացված են։

## Օգնություն և հրամաններ

help =
    Ես կարող եմ օգնել Ձեզ՝
    📢 { term-authority.gen } հայտարարություններով
    💳 առցանց վճարումներով՝ քայլ առ քայլ
    🗓 հանրային քննարկումներով և հանդիպումներով
    ✍️ { term-authority.dat } առաջարկներ ուղարկելով

    Հրամաններ՝
    /menu – գլխավոր ընտրացանկ
    /language – փոխել լեզուն
    /settings – Ձեր կարգավորումները
    /checkin – հանդիպմանը գրանցվել կոդով
    /stop – անջատել ծանուցումները (կամ գրեք STOP)
    /start – սկսել նորից
command-start = Սկսել նորից
command-menu = Գլխավոր ընտրացանկ
command-language = Փոխել լեզուն
command-settings = Իմ կարգավորումները
command-help = Ինչ կարող է անել բոտը
command-stop = Անջատել ծանուցումները

## Երբ գրվածը չի համապատասխանում

hint-use-buttons = Ներեցեք, չհասկացա։ Խնդրում ենք սեղմել ներքևի կոճակներից մեկը կամ գրել դրա համարը։
hint-text-only = Այստեղ ես կարող եմ կարդալ միայն տեքստ և կոճակներ։ Խնդրում ենք սեղմել ներքևի կոճակներից մեկը կամ գրել դրա համարը։
button-expired = Այս կոճակն այլևս չի գործում։ Ահա գլխավոր ընտրացանկը։
unknown-command = Ես չգիտեմ այս հրամանը։ Ուղարկեք /help՝ տեսնելու, թե ինչ կարող եմ անել։
edit-not-supported = Ես չեմ տեսնում արդեն ուղարկված հաղորդագրությունների փոփոխությունները։ Խնդրում ենք ուղարկել նոր հաղորդագրություն։
group-only-private = Ես աշխատում եմ միայն անձնական զրույցներում։ Խնդրում ենք գրել ինձ անմիջապես։
error-generic = Ներեցեք, մեր կողմից ինչ-որ բան սխալ գնաց։ Խնդրում ենք կրկին փորձել մեկ րոպեից։

## Հայտարարություններ՝ կատեգորիաներ

category-utilities = 💧 Ջուր, գազ, լույս
category-council = 🏛 Ավագանու որոշում
category-budget = 💰 Բյուջե
category-hiring = 💼 Աշխատանք
category-grants = 🏆 Գրանտ, մրցույթ
category-events = 🗓 Միջոցառումներ
category-emergency = 🚨 Արտակարգ իրավիճակ
category-surveys = 📋 Հարցումներ

## Հայտարարություններ՝ բնակիչների համար

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Սրանք վերջին հայտարարություններն են։
news-older = ◂ Ավելի հին
news-none = Դեռ { term-authority.gen } հայտարարություններ չկան։
news-no-more = Ավելի հին հայտարարություններ չկան։
news-no-place = Խնդրում ենք նախ ընտրել Ձեր համայնքը /settings բաժնում։

## Հայտարարություններ՝ հրապարակողների համար

announce-not-allowed = Դա կարող են անել միայն հայտարարություններ հրապարակող { term-authority.gen } աշխատակիցները։
announce-choose-municipality = Ո՞ր համայնքի համար է այս հայտարարությունը։
announce-choose-audience = Ո՞ւմ ուղարկել հայտարարությունը { $municipality } համայնքում։ Ընտրեք անհրաժեշտ բնակավայրերը, ապա սեղմեք «Շարունակել»։
announce-audience-all = { $mark } Բոլորին
announce-continue = Շարունակել ▸
announce-choose-category = Ինչի՞ մասին է հայտարարությունը։
announce-write-text = Խնդրում ենք գրել հայտարարությունն այս լեզվով՝ { $language } (առավելագույնը { $max } նիշ)։
announce-text-too-long = Այս տեքստում { $length } նիշ կա, իսկ սահմանը { $max } է։ Խնդրում ենք կրճատել այն և կրկին ուղարկել։
announce-add-language = Պահպանված է։ Այլ լեզվով կարդացող բնակիչները կստանան Ձեր գրած տարբերակներից այն, որի լեզուն ամենամոտն է։ Ավելացրեք թարգմանություն կամ սեղմեք «Պատրաստ է»։
announce-languages-done = ✔ Պատրաստ է
announce-attach = Կարող եք կցել լուսանկար կամ փաստաթուղթ (օրինակ՝ որոշման PDF ֆայլը)։ Ուղարկեք այն հիմա կամ սեղմեք «Առանց կցորդի»։
announce-no-attachment = Առանց կցորդի
announce-choose-time = Ե՞րբ ուղարկել հայտարարությունը։
announce-send-now = Ուղարկել հիմա
announce-schedule = Ընտրել ժամը
announce-now = հիմա
announce-write-time = Խնդրում ենք գրել ամսաթիվը և ժամը՝ ըստ { $municipality } համայնքի տեղական ժամանակի, օրինակ՝ { $example }։
announce-time-invalid = Չկարողացա կարդալ այս ամսաթիվը։ Խնդրում ենք գրել այսպես՝ { $example }։
announce-time-past = Այս ժամն արդեն անցել է։ Խնդրում ենք գրել ապագա ժամ, օրինակ՝ { $example }։
announce-preview =
    Խնդրում ենք ստուգել հայտարարությունը։
    Վայր՝ { $place }
    Թեմա՝ { $category }
    Լեզուներ՝ { $languages }
    Կցորդ՝ { $attachment ->
        [photo] լուսանկար
        [document] փաստաթուղթ
       *[none] չկա
    }
    Երբ՝ { $when }
    Այն կստանա { $count ->
        [one] { $count } բնակիչ
       *[other] { $count } բնակիչ
    }։

    { $text }
announce-confirm = ✅ Ուղարկել
announce-cancel = ✖ Չեղարկել
announce-cancelled = Չեղարկված է։ Ոչինչ չի ուղարկվել։
announce-scheduled = Ուղարկումը նախատեսված է՝ { $when }։
announce-sending = Ուղարկվում է { $count ->
        [one] { $count } բնակչի
       *[other] { $count } բնակչի
    }։
announce-sending-later = { $place } համայնքում հիմա լռության ժամեր են։ Հայտարարությունը կուղարկվի { $count ->
        [one] { $count } բնակչի
       *[other] { $count } բնակչի
    }՝ սկսած { $start }։
announce-when-quiet = { $when } (լռության ժամեր՝ ուղարկումը կսկսվի { $start })
announcements-none = Հայտարարություններ դեռ չկան։
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] նախատեսված
        [cancelled] չեղարկված
        [withdrawn] հետ կանչված
       *[released] ուղարկված
    }
    Ուղարկված՝ { $sent }, հերթում՝ { $queued }, չհաջողված՝ { $failed }, արգելափակել են բոտը՝ { $blocked }
    { $text }
announcements-cancel = ✖ Չեղարկել
announcements-correct = ✏️ Ուղղել
announcements-withdraw = 🗑 Հետ կանչել
announcements-cancelled = #{ NUMBER($id, useGrouping: 0) } հայտարարությունը չեղարկված է։
announcements-withdrawn = #{ NUMBER($id, useGrouping: 0) } հայտարարությունը հետ է կանչված։ Դրա պատճենները հեռացվում են { $count ->
        [one] { $count } զրույցից
       *[other] { $count } զրույցից
    }․ արդյունքը ցույց կտա /announcements-ը։
announcements-withdrawal = Հետկանչ՝ հեռացված { $deleted }, նշումով փոխարինված { $noted }, հերթում { $waiting }, չհաջողված { $failed }
announcements-choose-language = Ո՞ր լեզվով տեքստն եք ցանկանում ուղղել։
announcements-corrected = #{ NUMBER($id, useGrouping: 0) } հայտարարությունն ուղղվել է { $count ->
        [one] { $count } զրույցում
       *[other] { $count } զրույցում
    }։

## Կարգավորումներ՝ հայտարարությունների թեմաներ

settings-reminders-off = ⏰ Չհիշեցնել
settings-reminders-on = ⏰ Հիշեցնել
settings-topics = 🗂 Թեմաներ
topics-title = Ընտրեք, թե որ հայտարարություններն եք ցանկանում ստանալ։ Սեղմեք թեմայի վրա՝ այն միացնելու կամ անջատելու համար։ Արտակարգ իրավիճակների մասին զգուշացումները միշտ գալիս են։
topics-saved = Պահպանված է։ Սեղմեք թեմայի վրա՝ այն միացնելու կամ անջատելու համար։

## Տեղեկատվություն

news-library = 📚 Տեղեկատվություն
library-title = Այստեղ { term-authority.gen } տեղեկատվությունն է։ Ընտրեք թեման՝
library-empty = Այստեղ դեռ { term-authority.gen } տեղեկատվություն չկա։
library-choose-item = { $category }՝ ընտրեք նյութը։
library-acts = 📜 Իրավական ակտեր
library-council = 🏛 Ավագանու որոշումներ
library-budget = 💰 Բյուջեի կատարում
library-hiring = 💼 Աշխատատեղեր
library-integrity = ⚖️ Շահերի բախում
library-contacts = ☎️ Կապ

## Առցանց վճարում՝ ուղեցույցներ

tutorials-title = Սովորեք վճարել առցանց՝ քայլ առ քայլ։ Ընտրեք ուղեցույցը՝
tutorials-none = Ձեր երկրի համար վճարման ուղեցույցներ դեռ չկան։
tutorial-step =
    { $title } · քայլ { $number }/{ $total }

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Ուրախ ենք Ձեզ կրկին տեսնել։ Շարունակում ենք քայլ { $number }-ից։
tutorial-first-step = Սա առաջին քայլն է։
tutorial-next = Հաջորդ ▸
tutorial-finish = Պատրաստ է ▸
tutorial-back = ◂ Հետ
tutorial-restart = ↺ Սկսել նորից
tutorial-stuck = 🆘 Չի ստացվում
tutorial-did-you-pay = Հաջողվե՞ց վճարել առցանց։
tutorial-paid-yes = ✅ Այո
tutorial-paid-not-yet = ⏳ Դեռ ոչ
tutorial-paid-help = 🆘 Օգնություն է պետք
tutorial-paid-thanks = Հիանալի է, շնորհակալություն, որ տեղեկացրիք։ Առցանց վճարումը Ձեզ ազատում է ճանապարհից և հերթից։
tutorial-not-yet = Խնդիր չկա։ Ես կհիշեցնեմ Ձեզ { $days ->
        [one] { $days } օր
       *[other] { $days } օր
    } հետո։ Ուղեցույցը կարող եք կրկին բացել ընտրացանկից՝ ցանկացած ժամանակ։
tutorial-not-yet-no-reminder = Խնդիր չկա։ Ուղեցույցը կարող եք կրկին բացել ընտրացանկից՝ ցանկացած ժամանակ։
tutorial-reminder = Բարև Ձեզ։ Մի քանի օր առաջ Դուք նայել էիք «{ $title }» ուղեցույցը։ Կցանկանա՞ք կրկին փորձել վճարել առցանց։
tutorial-reminder-open = 📖 Բացել ուղեցույցը
tutorial-reminders-off = 🔕 Առանց հիշեցման
tutorial-reminders-stopped = Այլևս Ձեզ հիշեցումներ չեմ ուղարկի ուղեցույցների մասին։

## Օգնության հարցումներ

help-sent = Ձեր հարցը (#{ NUMBER($id, useGrouping: 0) }) փոխանցվել է Ձեր { term-municipality.gen } օգնականներին։ Նրանց պատասխանը կգա այստեղ։
help-stored = Ձեր հարցը (#{ NUMBER($id, useGrouping: 0) }) պահպանված է։ Ձեր { term-municipality.gen } օգնականները կպատասխանեն այստեղ հնարավորինս շուտ։
help-request =
    🆘 Օգնության հարցում #{ NUMBER($id, useGrouping: 0) }
    Ուղեցույց՝ { $title }, քայլ { $number }/{ $total }
    Բնակչի լեզուն՝ { $language }։
help-answer = ✍️ Պատասխանել
help-not-allowed = Այս հարցմանը կարող են պատասխանել միայն այս { term-municipality.gen } օգնականները։
help-already-answered = #{ NUMBER($id, useGrouping: 0) } հարցմանն արդեն պատասխանել են։
help-write-answer = Խնդրում ենք գրել Ձեր պատասխանը #{ NUMBER($id, useGrouping: 0) } հարցմանը։ Բնակիչն այն կստանա այստեղ՝ բոտի հետ զրույցում։
help-answer-length = Խնդրում ենք գրել պատասխան՝ առավելագույնը { $max } նիշ։
help-answer-sent = Շնորհակալություն։ Ձեր պատասխանն ուղարկված է, #{ NUMBER($id, useGrouping: 0) } հարցումը փակված է։
help-answer-for-resident =
    💬 Պատասխան Ձեր հարցին «{ $title }» ուղեցույցի վերաբերյալ՝

    { $answer }
announcement-withdrawn-note = Խնդրում ենք հաշվի չառնել այս հայտարարությունը, այն հետ է կանչվել․ «{ $text }»
