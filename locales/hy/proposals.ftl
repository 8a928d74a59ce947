# Քաղաքացիների առաջարկներ՝ բնակիչներ, մոդերատորներ և տեղական իշխանություն։

## Բնակիչներ

proposals-title = Ուղարկեք Ձեր առաջարկը { term-authority.dat } կամ տեսեք, թե ինչ եղավ Ձեր առաջարկների հետ։
proposals-new = ✍️ Նոր առաջարկ
proposals-mine = 📂 Իմ առաջարկները
proposals-none = Դուք դեռ ոչ մի առաջարկ չեք ուղարկել։
proposals-mine-title = Ձեր առաջարկները։ Սեղմեք առաջարկի վրա՝ դրա պատմությունը տեսնելու համար։
proposal-limit = Վերջին 24 ժամում Դուք ուղարկել եք { $count ->
        [one] { $count } առաջարկ
       *[other] { $count } առաջարկ
    }, և դա օրական սահմանաչափն է։ Շնորհակալություն Ձեր ակտիվության համար։ Խնդրում ենք հաջորդն ուղարկել վաղը։
proposal-choose-category = Ինչի՞ մասին է Ձեր առաջարկը։
proposal-category-roads = 🛣 Ճանապարհներ
proposal-category-water = 🚰 Ջուր
proposal-category-lighting = 💡 Լուսավորություն
proposal-category-schools = 🏫 Դպրոցներ
proposal-category-eservices = 💳 Է-ծառայություններ
proposal-category-other = 📝 Այլ
proposal-write = Խնդրում ենք նկարագրել Ձեր առաջարկը մեկ հաղորդագրությամբ՝ ինչ, որտեղ և ինչու է դա կարևոր ({ $min }-ից { $max } նիշ)։
proposal-text-first = Խնդրում ենք նախ գրել Ձեր առաջարկի տեքստը ({ $min }-ից { $max } նիշ)։ Լուսանկարները կարող եք ավելացնել հետո։
proposal-too-short = Տեքստը մի փոքր կարճ է ({ $length } նիշ)։ Խնդրում ենք գրել առնվազն { $min } նիշ, որպեսզի { term-authority.def } հասկանա, թե ինչ եք առաջարկում։
proposal-too-long = Տեքստը չափազանց երկար է ({ $length } նիշ)։ Խնդրում ենք չգերազանցել { $max } նիշը։
proposal-ask-photos = Կարող եք ավելացնել մինչև { $max } լուսանկար։ Ուղարկեք դրանք հիմա կամ սեղմեք «Բաց թողնել»։
proposal-photo-saved = Լուսանկարը պահպանված է ({ $count }/{ $max })։ Ուղարկեք ևս մեկը կամ սեղմեք «Պատրաստ է»։
proposal-photos-done = Պատրաստ է ▸
proposal-skip = Բաց թողնել ▸
proposal-ask-location = Կարող եք վայրը նշել քարտեզի վրա՝ սեղմեք 📎 և ընտրեք «Տեղադրություն»։ Կամ սեղմեք «Բաց թողնել»։
proposal-preview =
    Խնդրում ենք ստուգել Ձեր առաջարկը։
    Թեմա՝ { $category }
    Վայր՝ { $place }
    Լուսանկարներ՝ { $photos }
    Քարտեզ՝ { $location }

    { $text }
proposal-send = ✅ Ուղարկել
proposal-edit-text = ✏️ Խմբագրել տեքստը
proposal-cancel = ✖ Չեղարկել
proposal-cancelled = Չեղարկված է։ Ոչինչ չի ուղարկվել։
proposal-received = Շնորհակալություն։ Ձեր առաջարկը ստացված է, դրա համարն է { $number }։ Մոդերատորները կստուգեն այն, և ես Ձեզ կտեղեկացնեմ, թե ինչ կլինի հետո։
proposal-rewrite =
    Մոդերատորը խնդրում է փոփոխություններ անել՝
    { $note }

    Խնդրում ենք գրել նոր տեքստը ({ $min }-ից { $max } նիշ)։
proposal-edit-resubmit = ✏️ Ուղղել և ուղարկել
proposal-open = 📄 Բացել
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Պատասխան՝ { $answer }

    Պատմություն՝
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ ստուգվում է
proposal-status-changes = ✏️ պետք են ուղղումներ
proposal-status-rejected = ❌ չի ընդունվել
proposal-status-duplicate = 🔁 կրկնօրինակ
proposal-status-approved = ✅ փոխանցված է
proposal-status-answered = 💬 պատասխանված է
proposal-status-done = ✔️ կատարված է
proposal-event-submitted = ուղարկվել է
proposal-event-resubmitted = կրկին ուղարկվել է ուղղումներից հետո
proposal-event-approved = հաստատվել է մոդերատորի կողմից
proposal-event-rejected = չի ընդունվել
proposal-event-changes = խնդրվել են ուղղումներ
proposal-event-duplicate = նշվել է որպես կրկնօրինակ
proposal-event-undone = որոշումը հետ է կանչվել
proposal-event-forwarded = փոխանցվել է { term-authority.dat }
proposal-event-answered = { term-authority.def } պատասխանել է
proposal-event-done = կատարվել է

## Ինչ են հաղորդում բնակիչներին

proposal-now-approved = Լավ լուր՝ Ձեր { $number } առաջարկը հաստատվել և փոխանցվել է { term-authority.dat }։ Ես Ձեզ կուղարկեմ պատասխանը։
proposal-now-rejected = Ձեր { $number } առաջարկը չի ընդունվել։ Պատճառը՝ { $reason }։
proposal-now-changes = Մոդերատորը խնդրում է մի փոքր փոփոխել Ձեր { $number } առաջարկը՝ նախքան այն փոխանցելը։
proposal-now-duplicate = Ձեր { $number } առաջարկը կրկնում է { $original } առաջարկը, որն արդեն քննարկվում է։ Շնորհակալություն Ձեր աջակցության համար։
proposal-now-answered =
    Ձեր { $number } առաջարկին { term-authority.def } պատասխանել է՝

    { $answer }
proposal-now-done = Ձեր { $number } առաջարկը կատարված է։ Շնորհակալություն, որ օգնում եք Ձեր համայնքին։
proposal-moderator-note = Մոդերատորի նշումը՝ { $note }
reason-offtopic = դա { term-authority.dat } ուղղված առաջարկ չէ
reason-private = այն անձնական տվյալներ է պարունակում
reason-rude = այն կոպիտ բառեր է պարունակում
reason-unclear = պարզ չէ, թե ինչ է առաջարկվում
reason-notlocal = դա { term-authority.gen } լիազորությունների մեջ չի մտնում

## Մոդերատորներ

moderation-card =
    🆕 Առաջարկ { $number }
    { $category } · { $place }
    Լուսանկարներ՝ { $photos } · Քարտեզ՝ { $location }

    { $text }
moderation-approve = ✅ Հաստատել
moderation-reject = ❌ Մերժել
moderation-changes = ✏️ Խնդրել ուղղումներ
moderation-duplicate = 🔁 Կրկնօրինակ…
moderation-not-allowed = Դա կարող են անել միայն այս { term-municipality.gen } մոդերատորները։
moderation-choose-reason = Ինչո՞ւ չի ընդունվում { $number } առաջարկը։
moderation-add-note = Ավելացրեք մի քանի բառ բնակչի համար կամ սեղմեք «Առանց նշման»։
moderation-no-note = Առանց նշման ▸
moderation-what-to-change = Ի՞նչ պետք է բնակիչը փոխի { $number } առաջարկում։ Խնդրում ենք գրել մեկ հաղորդագրությամբ (առավելագույնը { $max } նիշ)։
moderation-which-original = Ո՞ր առաջարկն է կրկնում { $number } առաջարկը։ Խնդրում ենք գրել դրա համարը, օրինակ՝ QUB-2026-0012։
moderation-note-length = Խնդրում ենք գրել առավելագույնը { $max } նիշ։
moderation-original-not-found = Այս { term-municipality.loc } այդպիսի առաջարկ չգտա։ Խնդրում ենք գրել սկզբնական առաջարկի համարը, ոչ թե { $number }։
moderation-decided = Պահպանված է՝ { $number } — { $status }։ Կարող եք հետ կանչել այս որոշումը { $minutes ->
        [one] { $minutes } րոպեի
       *[other] { $minutes } րոպեի
    } ընթացքում։ Միայն դրանից հետո այն առաջ կգնա։
moderation-undo = ↩ Հետ կանչել
moderation-already-decided = { $number } առաջարկի վերաբերյալ որոշումն արդեն կայացրել է { $who }՝ { $status }։
moderation-too-late = { $number } առաջարկի վերաբերյալ որոշումն այլևս հնարավոր չէ հետ կանչել։
moderation-undone = { $number } առաջարկի վերաբերյալ որոշումը հետ է կանչվել։ Այն կրկին սպասում է հերթում՝
moderation-queue =
    Սպասող առաջարկներ՝ { $count }
    { $summary }
    Իշխանությանը դեռ չհասած փոխանցումներ՝ { $stuck }
moderation-queue-line = { $place }՝ { $count }

## Տեղական իշխանություն

authority-not-allowed = Առաջարկներին կարող են պատասխանել միայն { term-authority.gen } աշխատակիցները։
authority-not-open = Այժմ հնարավոր չէ պատասխանել { $number } առաջարկին։
authority-write-answer = Խնդրում ենք գրել { $number } առաջարկի պատասխանը մեկ հաղորդագրությամբ (առավելագույնը { $max } նիշ)։ Բնակիչը կստանա այն։
authority-answer-length = Խնդրում ենք գրել պատասխան՝ առավելագույնը { $max } նիշ։
authority-answer-sent = Շնորհակալություն։ { $number } առաջարկի պատասխանն ուղարկվել է բնակչին։
authority-marked-done = { $number } առաջարկը նշվել է որպես կատարված, բնակիչը տեղեկացվել է։
