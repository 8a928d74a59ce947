## Աշխատակիցների վեբ վահանակը և հերթի գործիքները զրույցում

panel-staff-only = Վեբ վահանակը համայնքի աշխատակիցների համար է։ Եթե Դուք աշխատում եք համայնքում, խնդրեք ադմինիստրատորին Ձեզ դեր տալ։
panel-link =
    Ձեր հղումը աշխատակիցների վեբ վահանակին՝
    { $link }

    Այն գործում է մեկ անգամ և { $minutes } րոպե։ Մի՛ փոխանցեք այն ուրիշին։
panel-open = 🖥 Բացել վահանակը

moderation-queue-page = { $what }. { $count ->
        [one] ցուցադրված է { $count } առաջարկ։
       *[other] ցուցադրված է { $count } առաջարկ։
    }
moderation-queue-empty = { $what }. այլ առաջարկներ չկան։
moderation-queue-next = Հաջորդ էջը ▸
moderation-queue-filter = 🔎 Զտիչ
moderation-queue-filters = Հիմա ցուցադրված է՝ { $status }։ Ընտրեք կարգավիճակ կամ դրա ներսում թեմա։
moderation-card-status = Կարգավիճակ՝ { $status }
moderation-open-how = Գրեք առաջարկի համարը /p-ից հետո, օրինակ՝ /p QUB-2026-0042
moderation-open-not-found = { $number } առաջարկը չի գտնվել այն համայնքներում, որոնք Դուք մոդերացնում եք։

panel-title = Աշխատակիցների վահանակ
panel-nav-queue = Մոդերացիայի հերթ
panel-nav-audit = Գործողությունների մատյան
panel-language = Լեզու
panel-apply = Կիրառել
panel-logout = Դուրս գալ
panel-logout-all = Դուրս գալ բոլոր սարքերից
panel-signin-title = Մուտք
panel-signin-how = Մուտք գործելու համար ուղարկեք /panel բոտին անձնական զրույցում և բացեք նրա ուղարկած հղումը։
panel-login-confirm = Սեղմեք կոճակը՝ աշխատակիցների վահանակ մուտք գործելու համար։ Հղումը գործում է միայն մեկ անգամ։
panel-login-button = Մուտք գործել
panel-link-refused = Այս հղումն այլևս չի գործում. այն արդեն օգտագործվել է, կամ անցել է ավելի քան 10 րոպե։ Կրկին ուղարկեք /panel բոտին։
panel-signed-out = Դուք դուրս եկաք վահանակից։
panel-signed-out-everywhere = Դուք դուրս եկաք վահանակից բոլոր սարքերում։
panel-csrf-refused = Հարցումը մերժվեց, քանի որ այն չի եկել վահանակի էջից։ Թարմացրեք էջը և փորձեք կրկին։
panel-not-allowed = Դուք սրա թույլտվությունը չունեք։ Սա տեսնում են միայն համայնքի մոդերատորները։
panel-not-found = Այս հասցեում ոչինչ չի գտնվել։

panel-queue-title = Մոդերացիայի հերթ
panel-queue-pending = { $count ->
        [one] { $count } առաջարկ սպասում է որոշման։
       *[other] { $count } առաջարկ սպասում է որոշման։
    }
panel-queue-pending-many = Որոշման է սպասում առնվազն { $count } առաջարկ։
panel-queue-empty = Այս զտիչներին համապատասխանող առաջարկներ չկան։
panel-filter-status = Կարգավիճակ
panel-filter-category = Թեմա
panel-filter-community = Բնակավայր
panel-filter-since = Սկսած
panel-filter-until = Մինչև
panel-filter-search = Համար կամ բառեր
panel-filter-any = Ցանկացած
panel-filter-apply = Ցույց տալ
panel-col-number = Համար
panel-col-submitted = Ուղարկված
panel-col-place = Վայր
panel-col-category = Թեմա
panel-col-text = Տեքստ
panel-col-status = Կարգավիճակ
panel-col-when = Երբ
panel-col-what = Ինչ
panel-col-who = Ով
panel-col-channel = Ալիք
panel-col-target = Ուր
panel-col-sent = Ուղարկման ժամը
panel-col-error = Սխալ
panel-next-page = Հաջորդ էջը ▸
panel-first-page = ◂ Առաջին էջը
panel-bulk-title = Նշված առաջարկների հետ
panel-bulk-approve = ✅ Հաստատել բոլոր նշվածները
panel-bulk-reject = ❌ Մերժել բոլոր նշվածները
panel-bulk-done = { $count ->
        [one] Որոշում է կայացվել { $count } առաջարկի վերաբերյալ։
       *[other] Որոշում է կայացվել { $count } առաջարկի վերաբերյալ։
    }

panel-location = Վայրը քարտեզին
panel-open-map = Բացել քարտեզը
panel-photos = Լուսանկարներ
panel-photo = Լուսանկար { $number }
panel-photo-in-telegram = Լուսանկար { $number } (Telegram-ում)
panel-approve = ✅ Հաստատել
panel-reject = ❌ Մերժել
panel-reason = Պատճառ
panel-note = Նշում
panel-ask-changes = ✏️ Խնդրել ուղղումներ
panel-what-to-change = Ինչ ուղղել
panel-duplicate = 🔁 Կրկնօրինակ
panel-original = Սկզբնական առաջարկի համարը
panel-undo = ↩ Հետ կանչել
panel-decided-by = Որոշումը կայացրել է՝ { $who }
panel-answer = Իշխանության պատասխանը
panel-history = Պատմություն
panel-forwards = Փոխանցում իշխանությանը
panel-no-forwards = Դեռ չի փոխանցվել։
panel-decided = Պահպանված է։ Մինչև հետ կանչելու ժամկետի ավարտը ոչինչ չի ուղարկվում ո՛չ բնակչին, ո՛չ իշխանությանը։
panel-undone = Որոշումը հետ է կանչվել։
panel-already-decided = Այս առաջարկի վերաբերյալ արդեն որոշում է կայացրել մեկ այլ աշխատակից։
panel-original-not-found = Այս համայնքում նման համարով առաջարկ չկա։
panel-decision-incomplete = Լրացրեք այն, ինչ անհրաժեշտ է այս որոշման համար՝ պատճառը կամ բառերը բնակչի համար։
panel-too-late = Այս որոշումն այլևս հնարավոր չէ հետ կանչել։
panel-delivery-queued = սպասում է
panel-delivery-sending = ուղարկվում է
panel-delivery-sent = առաքված է
panel-delivery-failed = չի առաքվել
panel-delivery-skipped = բաց է թողնվել

panel-audit-title = Գործողությունների մատյան
panel-audit-empty = Այս զտիչներով ոչինչ չի գրանցվել։
panel-older = Ավելի վաղ գրառումներ ▸
panel-audit-login = մուտք է գործել վահանակ
panel-audit-logout = դուրս է եկել վահանակից
panel-audit-logout-all = դուրս է եկել բոլոր սարքերից
panel-audit-bulk-approved = հաստատել է մի քանիսը միանգամից
panel-audit-bulk-rejected = մերժել է մի քանիսը միանգամից
panel-event-forward-sent = փոխանցումն առաքվել է
panel-event-forward-failed = փոխանցումը չհաջողվեց առաքել
