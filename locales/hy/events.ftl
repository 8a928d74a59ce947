## Խորհրդակցություններ. բնակիչներ

command-checkin = Հանդիպմանն եմ. գրանցվել
events-title = Մոտակա խորհրդակցություններ՝ { $count }։ Ընտրեք մեկը՝ դիտելու և պատասխանելու համար։
events-item = { $title } · { $when } { $answer }
events-none = Ձեր բնակավայրի համար դեռ խորհրդակցություն չկա։ Երբ լինի, մենք հրավեր կուղարկենք։
events-all = 🗓 Բոլորը
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = «Գործնական խորհուրդ» առցանց հանդիպում
event-kind-seminar = Սեմինար
event-kind-round_table = Կլոր սեղան
event-kind-dialogue = Երկխոսության հարթակի նիստ
event-kind-training = Դասընթաց
event-details =
    { $kind }՝ { $title }
    🕒 { $date }, { $time } ({ $minutes } րոպե)
    { $where }

    { $text }
event-where-online = 💻 Առցանց
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 նաև առցանց
event-place-map = { $place } ({ $link })
event-invite =
    Հրավիրում ենք Ձեզ։

    { $details }

    Կգա՞ք։
event-card =
    { $details }

    Ձեր պատասխանը՝ { $answer }
event-answer-going = կգամ
event-answer-maybe = գուցե
event-answer-cant = չեմ կարող գալ
event-answer-waitlist = սպասման ցուցակում
event-answer-none = դեռ պատասխան չկա
event-going = ✅ Կգամ
event-maybe = ❔ Գուցե
event-cant = ✖ Չեմ կարող
event-calendar = 📅 Օրացույց
event-open = 🗓 Բացել
event-here = 📍 Այստեղ եմ
event-propose = ✍️ Առաջարկել
event-answered-going = Շնորհակալություն։ Դուք գալիս եք «{ $title }» հանդիպմանը, { $date }, ժամը { $time }։ Սկսվելուց առաջ կհիշեցնենք։
event-answered-maybe = Նշեցինք՝ գուցե։ Կհիշեցնենք հանդիպման մասին՝ «{ $title }», { $date }, ժամը { $time }։
event-answered-cant = Նշեցինք՝ չեք կարող գալ «{ $title }» հանդիպմանը։ Պատասխանը կարող եք փոխել «Խորհրդակցություններ» բաժնում։
event-answered-waitlist = Բոլոր տեղերը զբաղված են՝ «{ $title }»։ Դուք սպասման ցուցակում եք․ եթե տեղ ազատվի, այն Ձերն է, և մենք կտեղեկացնենք։
event-link = Միանալու հղումը՝ { $link }
event-calendar-file = «{ $title }»․ բացեք այս ֆայլը՝ օրացույցին ավելացնելու համար։
event-gone = Այս խորհրդակցությունն այլևս հասանելի չէ։ Ահա գլխավոր ընտրացանկը։
event-was-cancelled = Չեղարկվել է՝ «{ $title }»։ Ահա գլխավոր ընտրացանկը։
event-started = Արդեն սկսվել է՝ «{ $title }», պատասխանները փակ են։
event-not-yet = Դեռ չի կայացել՝ «{ $title }»։
event-reminder =
    Հիշեցում՝ «{ $title }», սկիզբը՝ { $date }, ժամը { $time }։
    { $where }
event-reminder-link =
    Հիշեցում՝ «{ $title }», սկիզբը՝ { $date }, ժամը { $time }։
    { $where }
    Միանալու հղումը՝ { $link }
event-changed =
    Փոփոխություններ կան՝ «{ $title }»։ Նոր տվյալները՝

    { $details }
event-cancelled-notice = Ցավոք, չեղարկվել է՝ «{ $title }» ({ $date }, ժամը { $time })։
event-promoted = Լավ լուր․ տեղ ազատվեց, և այն Ձերն է։ Դուք գալիս եք «{ $title }» հանդիպմանը, { $date }, ժամը { $time }։
event-feedback-ask = Շնորհակալություն մասնակցության համար՝ «{ $title }»։ Որքանո՞վ էր օգտակար։ Ընտրեք 1-ից (օգտակար չէր) 5 (շատ օգտակար էր)։
event-feedback-comment = Շնորհակալություն։ Կցանկանա՞ք մեկնաբանություն ավելացնել (մինչև { $max } նիշ)։ Գրեք կամ սեղմեք «Բաց թողնել»։
event-feedback-skip = Բաց թողնել
event-feedback-thanks = Շնորհակալություն կարծիքի համար։
event-text-too-long = Այս տեքստն ունի { $length } նիշ, իսկ սահմանը { $max } է։ Խնդրում ենք նորից գրել։
event-propose-not-yet = Խորհրդակցության վերաբերյալ առաջարկ կարող են անել դրա մասնակիցները՝ հանդիպման սկսվելուց հետո։
checkin-ask = Գրեք հանդիպմանը ցուցադրված կոդը (4 թիվ)։
checkin-wrong = Կոդը ճիշտ չէ։ Ստուգեք հանդիպմանը ցուցադրված կոդը և նորից գրեք։
checkin-too-many = Չափազանց շատ սխալ կոդեր։ Խնդրում ենք դիմել կազմակերպիչներին։
checkin-closed = Գրանցումը («{ $title }») բացվում է սկսվելուց մեկ ժամ առաջ և փակվում ավարտից մեկ ժամ հետո։
checkin-none-now = Այս պահին գրանցվելու համար խորհրդակցություն չկա։
checkin-done = Բարի գալուստ։ Դուք գրանցված եք՝ «{ $title }»։

## Խորհրդակցություններ. աշխատակիցներ

event-not-allowed = Խորհրդակցությունները կարող են կառավարել միայն հայտարարություններ հրապարակող { term-authority.gen } աշխատակիցները։
event-choose-municipality = Ո՞ր համայնքի համար է այս խորհրդակցությունը։
event-choose-audience = Ո՞ւմ հրավիրել։ Համայնք՝ { $municipality }։ Ընտրեք գյուղերը, ապա սեղմեք «Շարունակել»։
event-choose-kind = Ի՞նչ տեսակի հանդիպում է։
event-write-title = Գրեք անվանումը այս լեզվով՝ { $language } (մինչև { $max } նիշ)։
event-write-text = Այժմ կարճ նկարագրություն այս լեզվով՝ { $language }․ ինչի մասին է և ում համար (մինչև { $max } նիշ)։
event-add-language = Պահպանված է։ Ավելացրեք թարգմանություն կամ սեղմեք «Պատրաստ է»։
event-write-time = Ե՞րբ է սկսվում։ Գրեք ամսաթիվը և ժամը (տեղական ժամանակով, { $municipality }), օրինակ՝ { $example }։
event-time-invalid = Չկարողացա կարդալ այս ամսաթիվը։ Խնդրում ենք գրել այսպես՝ { $example }։
event-time-past = Այս ժամն արդեն անցել է։ Գրեք ապագա ժամ, օրինակ՝ { $example }։
event-write-duration = Որքա՞ն է տևում։ Գրեք րոպեների թիվը (օրինակ՝ 90) կամ ժամերն ու րոպեները (1:30), կամ սեղմեք կոճակը։ Այստեղ գրված թիվը րոպեներ է։
event-duration-invalid = Գրեք տևողությունը րոպեներով (15-ից { $max }), օրինակ՝ 90 կամ 1:30։
event-write-link = Ուղարկեք առցանց միանալու հղումը (https://...) կամ սեղմեք «Առանց առցանց հղման»։
event-no-link = Առանց առցանց հղման
event-link-invalid = Սա վեբ հղում չէ։ Ուղարկեք https://-ով սկսվող հղում։
event-write-place = Որտե՞ղ է անցկացվում։ Գրեք հասցեն (մինչև { $max } նիշ) կամ ուղարկեք տեղորոշում։
event-no-place = Միայն առցանց
event-ask-map = Կարող եք ուղարկել տեղորոշում, որ բնակիչները տեղը գտնեն քարտեզում, կամ սեղմեք «Առանց քարտեզի»։
event-no-map = Առանց քարտեզի
event-write-capacity = Քանի՞ մարդ կարող է մասնակցել։ Գրեք թիվ կամ սեղմեք «Առանց սահմանափակման»։
event-no-limit = Առանց սահմանափակման
event-capacity-invalid = Գրեք ամբողջ թիվ 1-ից { $max }, կամ սեղմեք «Առանց սահմանափակման»։
event-preview =
    Ստուգեք խորհրդակցությունը։

    { $details }

    Տեղեր՝ { $capacity ->
        [0] առանց սահմանափակման
       *[other] { $capacity }
    }
    Լեզուներ՝ { $languages }
    Կհրավիրվեն բնակիչներ՝ { $count }
event-publish = ✅ Հրապարակել
event-draft-cancelled = Չեղարկված է։ Ոչինչ չի հրապարակվել։
event-published = Հրապարակված է։ Հերթում հրավերներ՝ { $count }։ Հանդիպմանը գրանցման կոդը՝ { $code }
events-admin-none = Խորհրդակցություններ դեռ չկան։ Ստեղծեք /event հրամանով։
event-status-scheduled = պլանավորված
event-status-cancelled = չեղարկված
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Կգան՝ { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }/ { $capacity }
    } · Գուցե՝ { $maybe } · Սպասման ցուցակ՝ { $waitlist }
    Գրանցման կոդը՝ { $code }
event-edit = ✏️ Փոխել
event-cancel = ✖ Չեղարկել
event-attendance = ☑️ Մասնակցություն
event-report = 📊 Հաշվետվություն
event-edit-what = Ի՞նչ եք ուզում փոխել։ Բոլոր պատասխանողները կտեղեկացվեն։
event-field-time = 🕒 Ամսաթիվ և ժամ
event-field-dur = ⏱ Տևողություն
event-field-link = 💻 Առցանց հղում
event-field-place = 📍 Վայր
event-field-cap = 👥 Տեղեր
event-edit-time = Գրեք նոր ամսաթիվը և ժամը, օրինակ՝ { $example }։
event-edit-dur = Գրեք նոր տևողությունը րոպեներով, օրինակ՝ 90։
event-edit-link = Ուղարկեք նոր հղումը (https://...)։
event-edit-place = Գրեք նոր հասցեն (մինչև { $max } նիշ) կամ ուղարկեք տեղորոշում։
event-edit-cap = Գրեք տեղերի նոր քանակը։
event-saved = Պահպանված է։ Փոփոխության մասին տեղեկացված բնակիչներ՝ { $count }։
event-cancel-confirm = Չեղարկե՞լ հանդիպումը՝ «{ $title }»։ { $count ->
        [one] Պատասխանած { $count } բնակիչը կտեղեկացվի։
       *[other] Պատասխանած { $count } բնակիչները կտեղեկացվեն։
    } Սա հետ բերել հնարավոր չի լինի։
event-cancel-yes = ✖ Այո, չեղարկել
event-cancelled = Խորհրդակցությունը չեղարկված է։ Տեղեկացված բնակիչներ՝ { $count }։
event-closed = Այս խորհրդակցությունն այլևս հնարավոր չէ փոխել (չեղարկված է կամ ավարտված)։
event-attendance-none = Դեռ ոչ ոք չի ասել, որ կգա։
event-attendance-title = Նշեք եկածներին («կգամ» պատասխանածներ՝ { $count })։ ✅ — ներկա էր։
event-report-choose = Ո՞ր խորհրդակցությունը։
event-report-text =
    Հաշվետվություն #{ NUMBER($id, useGrouping: 0) }՝ { $title } ({ $when }, { $status })
    Հրավիրված՝ { $invited }
    Կգան՝ { $going } · Գուցե՝ { $maybe } · Չեն կարող՝ { $cant } · Սպասման ցուցակ՝ { $waitlist }
    Ներկա էին՝ { $attended }
    Կարծիքներ՝ { $count }, միջին գնահատական՝ { $average } / 5
    Մեկնաբանություններ՝
    { $comments }

## Խորհրդակցությանը արված առաջարկներ՝ իշխանության մարմնին ուղարկվածում

forward-event = Արվել է հանդիպմանը՝ { $title } ({ $when })
