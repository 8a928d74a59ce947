# Հարցումներ (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Հարցումներ
survey-list = Ձեզ համար այժմ բաց հարցումները։ Ընտրեք մեկը՝
survey-none-open = Այժմ Ձեզ համար բաց հարցում չկա։
survey-invite =
    📋 Հարցում՝ { $title }
    { $intro }

    Խնդրում ենք պատասխանել մինչև { $closes }։ Կարող եք ցանկացած պահի կանգ առնել և շարունակել ավելի ուշ։
survey-start = Սկսել հարցումը
survey-continue = Շարունակել հարցումը
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    Հարց { $number }՝ { $total }-ից
    { $text }

    { $how }
survey-how-single = Ընտրեք մեկ պատասխան։
survey-how-multiple = Նշեք առավելագույնը { $max } պատասխան, ապա սեղմեք «Պատրաստ է»։
survey-how-scale = Ընտրեք 1-ից (ամենաքիչը) մինչև 5 (ամենաշատը)։
survey-how-number = Խնդրում ենք գրել ամբողջ թիվ՝ { $min }-ից { $max }։
survey-how-text = Խնդրում ենք գրել Ձեր պատասխանը (առավելագույնը { $max } նիշ)։
survey-scale-value = { $value }
survey-your-answer = Ձեր ներկայիս պատասխանը՝ { $answer }
survey-done = ✔ Պատրաստ է
survey-later = ⏸ Շարունակել հետո
survey-review =
    📋 { $title }
    Դուք պատասխանել եք բոլոր հարցերին՝
    { $answers }

    Պատասխաններն ուղարկելու համար սեղմեք «Ավարտել»։ Մինչ այդ դեռ կարող եք փոխել պատասխանը։
survey-finish = ✔ Ավարտել
survey-change = ✏️ Փոխել պատասխանը
survey-change-which = Ո՞ր պատասխանն եք ուզում փոխել։
survey-thanks = Շնորհակալություն։ «{ $title }» հարցման Ձեր պատասխանները պահպանված են։ Հարցումը փակվելիս կստանաք արդյունքները։
survey-paused = «{ $title }» հարցման Ձեր պատասխանները պահպանված են։ Կարող եք շարունակել ավելի ուշ՝ ընտրացանկից։
survey-already-done = Դուք արդեն պատասխանել եք «{ $title }» հարցմանը։ Շնորհակալություն։
survey-closed = «{ $title }» հարցումը փակ է։ Ձեր տված պատասխանները պահպանված են։
survey-closed-midway = «{ $title }» հարցումը փակվեց։ Մինչ փակվելը Ձեր տված պատասխանները պահպանված են և հաշվի են առնված։
survey-reminder = 📋 «{ $title }» հարցումը շուտով փակվում է։ Կարող եք շարունակել այնտեղից, որտեղ կանգ եք առել։
survey-hint-buttons = Խնդրում ենք պատասխանել կոճակներով։
survey-hint-pick = Խնդրում ենք ընտրել ցուցադրված պատասխաններից մեկը։
survey-hint-too-many = Կարելի է նշել առավելագույնը { $max } պատասխան։
survey-hint-number = Խնդրում ենք գրել ամբողջ թիվ՝ { $min }-ից { $max }։
survey-hint-text-empty = Խնդրում ենք գրել Ձեր պատասխանը (առավելագույնը { $max } նիշ)։
survey-hint-text-long = Ձեր պատասխանն ունի { $length } նիշ, իսկ սահմանը { $max } է։ Խնդրում ենք կրճատել։
survey-hint-old-button = Այս կոճակը նախորդ հարցինն է։ Խնդրում ենք պատասխանել ցուցադրված հարցին։
survey-results-title = 📊 «{ $title }» հարցման արդյունքները։ Պատասխանած բնակիչներ՝ { $count }։
survey-results-line = { $label }՝ { $percent }%
survey-results-average = Միջինը՝ { $average }
survey-chart-footer = Պատասխանած բնակիչներ՝ { $count }

survey-build-audience = Ու՞մ համար է հարցումը { $municipality } համայնքում։ Նշեք բնակավայրերը կամ թողեք բոլորին։
survey-build-filter = Միայն որոշակի լեզուներ կամ ալիքներ օգտագործող բնակիչների՞ համար։ Նշեք դրանք, իսկ բոլորի համար ոչինչ մի նշեք։
survey-build-title = Խնդրում ենք գրել հարցման անվանումը այս լեզվով՝ { $language }։
survey-build-intro = Խնդրում ենք գրել կարճ ներածություն կամ բաց թողնել այս քայլը։
survey-build-no-intro = Բաց թողնել
survey-build-kind = Հարցեր առայժմ՝ { $count }։ Ի՞նչ տեսակի լինի հաջորդ հարցը։
survey-kind-single = Մեկ պատասխան
survey-kind-multiple = Մի քանի պատասխան
survey-kind-scale = 1–5 սանդղակ
survey-kind-number = Թիվ
survey-kind-text = Ազատ տեքստ
survey-build-questions-done = ✔ Այլ հարց չկա
survey-build-question = Խնդրում ենք գրել { $number }-րդ հարցը (առավելագույնը { $max } նիշ)։
survey-build-options = Խնդրում ենք գրել պատասխանի տարբերակները՝ յուրաքանչյուրը նոր տողից. 2-ից { $max } տարբերակ, յուրաքանչյուրը առավելագույնը { $length } նիշ։
survey-build-max-choices = Քանի՞ պատասխան կարող է նշել բնակիչը (1-ից { $max })։ Կամ բաց թողեք՝ ցանկացած քանակ։
survey-build-max-length = Քանի՞ նիշ կարող է ունենալ պատասխանը (1-ից { $max })։ Կամ բաց թողեք՝ { $max }։
survey-build-no-limit = Բաց թողնել
survey-build-bounds = Խնդրում ենք գրել թույլատրելի ամենափոքր և ամենամեծ թիվը, օրինակ՝ 0-100
survey-build-skip = Անցումներ. արդյո՞ք որոշ պատասխաններ պետք է տանեն ավելի ուշ հարցի։ Գրեք մեկ տող յուրաքանչյուր պատասխանի համար, օրինակ՝ «2 > 5» (2-րդ պատասխանը տանում է 5-րդ հարցին) կամ «3 > վերջ»։ Սա { $position }-րդ հարցն է։
survey-build-no-skip = Առանց անցումների
survey-build-too-many = Հարցումը կարող է ունենալ առավելագույնը { $max } հարց։
survey-build-too-long = Խնդրում ենք գրել 1-ից { $max } նիշ։
survey-build-languages = Ավելացրեք տեքստերն այլ լեզվով կամ սեղմեք «Պատրաստ է»։
survey-build-translate-title = Անվանումը այս լեզվով՝ { $language }։ Բնօրինակը՝ { $original }
survey-build-translate-intro = Ներածությունը այս լեզվով՝ { $language }։ Բնօրինակը՝ { $original }
survey-build-translate-q = Հարցը այս լեզվով՝ { $language }։ Բնօրինակը՝ { $original }
survey-build-translate-o =
    Պատասխանի տարբերակները այս լեզվով՝ { $language }, յուրաքանչյուրը նոր տողից, նույն հերթականությամբ։ Բնօրինակը՝
    { $original }
survey-build-translate-count = Խնդրում ենք գրել ճիշտ { $count } տարբերակ՝ յուրաքանչյուրը նոր տողից։
survey-build-anonymous = Հարցումը լինի՞ անանուն։ Այդ դեպքում ոչ մի էկրան կամ արտահանում ցույց չի տա, թե ով է պատասխանել։
survey-build-anonymous-yes = Անանուն
survey-build-anonymous-no = Ոչ անանուն
survey-build-opens = Ե՞րբ բացել հարցումը։ Սեղմեք «Հիմա» կամ գրեք ժամը ({ $place }), օրինակ՝ { $example }։
survey-build-open-now = Հիմա
survey-build-closes = Ե՞րբ փակել հարցումը։ Ընտրեք ժամկետը կամ գրեք ժամը ({ $place }), օրինակ՝ { $example }։
survey-build-closes-past = Փակման ժամը պետք է լինի բացումից հետո։ Խնդրում ենք կրկին ընտրել ({ $place }, օրինակ՝ { $example })։
survey-days = { $days } օր
survey-build-time-invalid = Չհաջողվեց հասկանալ ժամը։ Խնդրում ենք գրել այսպես՝ { $example }։
survey-build-preview =
    Հարցում՝ { $title }
    Հարցեր՝ { $questions }
    Լեզուներ՝ { $languages }
    { $anonymous }
    Բացվում է՝ { $opens }
    Փակվում է՝ { $closes }
    Հրավիրված բնակիչներ՝ { $count }
survey-build-publish = ✔ Հրապարակել
survey-build-cancelled = Հարցումը չհրապարակվեց։
survey-published-open = № { $id } հարցումը բաց է։ Ճանապարհին գտնվող հրավերներ՝ { $count }։
survey-published-later = № { $id } հարցումը կբացվի { $when }։

poll-question = Արագ հարցում, քայլ 1՝ 3-ից. խնդրում ենք գրել հարցը (առավելագույնը { $max } նիշ)։
poll-closes = Քայլ 3՝ 3-ից. քանի՞ օր հարցումը բաց մնա։ Այն կբացվի ընտրելուն պես։

survey-staff-none = Հարցումներ դեռ չկան։ Ստեղծեք /survey կամ /poll հրամանով։
survey-staff-item =
    № { $id } { $title }
    { $status } · { $opens } – { $closes }
    Սկսել են՝ { $started } · Ավարտել են՝ { $finished }
survey-status-scheduled = Պլանավորված
survey-status-open = Բաց
survey-status-closed = Փակ
survey-status-cancelled = Չեղարկված
survey-staff-results = 📊 Արդյունքներ
survey-staff-close = Փակել հիմա
survey-staff-closing = № { $id } հարցումը փակվում է. պատասխաններ այլևս չեն ընդունվում, արդյունքները մեկ րոպեի ընթացքում կուղարկվեն պատասխանածներին։
survey-staff-cancelled = № { $id } հարցումը չեղարկվեց։
survey-staff-figures =
    📊 № { $id } { $title }
    Հրավիրված՝ { $invited } · Սկսել են՝ { $started } · Ավարտել են՝ { $finished }
survey-staff-line = { $label }՝ { $count } ({ $percent }%)
survey-staff-number = Միջինը՝ { $average } ({ $low }-ից { $high })
survey-staff-by-community = Ըստ բնակավայրերի
survey-staff-by-locale = Ըստ լեզուների
survey-staff-by-channel = Ըստ ալիքների
survey-staff-group = { $group }՝ պատասխանել է { $count }
survey-staff-none-group = Նշված չէ
survey-staff-no-answers = Պատասխաններ դեռ չկան։
survey-staff-csv = CSV
survey-staff-xlsx = XLSX
survey-staff-export = № { $id } հարցման պատասխանները։
