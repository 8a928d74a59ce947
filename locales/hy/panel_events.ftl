## Աշխատակիցների վեբ վահանակ՝ խորհրդակցություններ (հրապարակողների համար)

panel-nav-events = Խորհրդակցություններ
panel-events-title = Խորհրդակցություններ
panel-events-not-allowed = Դուք սրա թույլտվությունը չունեք։ Սա տեսնում են միայն համայնքի խորհրդակցությունները հրապարակող աշխատակիցները։
panel-events-upcoming = Առաջիկա
panel-events-past = Անցած
panel-events-none = Այստեղ դեռ խորհրդակցություններ չկան։
panel-event-new = Նոր խորհրդակցություն
panel-col-event = Խորհրդակցություն
panel-col-going = Կգան
panel-col-maybe = Գուցե
panel-col-cant = Չեն կարող
panel-col-waitlist = Սպասման ցուցակ
panel-col-attended = Եկան
panel-col-resident = Բնակիչ
panel-col-answer = Պատասխան
panel-col-answered = Պատասխանի ամսաթիվ

# Ձևը
panel-event-who = Ում հրավիրել
panel-event-communities = Հրավիրված գյուղերը (եթե ոչինչ նշված չէ՝ ամբողջ համայնքը).
panel-event-kind = Տեսակ
panel-event-what = Անվանում և նկարագրություն
panel-event-other-languages = Այլ լեզուներ (ըստ ցանկության)
panel-event-title-in = Անվանում ({ $language })
panel-event-text-in = Նկարագրություն ({ $language })
panel-event-when-where = Ժամանակ և վայր
panel-event-start = Սկիզբ (համայնքի տեղական ժամանակով)
panel-event-minutes = Տևողություն՝ րոպեներով
panel-event-link = Առցանց միանալու հղում (ըստ ցանկության)
panel-event-place = Հասցե (հղում լինելու դեպքում պարտադիր չէ)
panel-event-capacity = Տեղերի թիվ (դատարկ՝ առանց սահմանափակման)
panel-event-invite-hint = Ընտրված վայրերի բնակիչները հրավերը կստանան բոտում՝ հրապարակելուց անմիջապես հետո։
panel-event-create = Հրապարակել և հրավիրել
panel-event-error-time = Խնդրում ենք նշել սկզբի ամսաթիվը և ժամը։
panel-event-error-too-soon = Այդ ժամանակն անցել է կամ շատ մոտ է։ Խնդրում ենք ընտրել ավելի ուշ սկիզբ։
panel-event-error-minutes = Խնդրում ենք նշել տևողությունը ամբողջ րոպեներով՝ 15-ից { $max }։
panel-event-error-link = Խնդրում ենք նշել https://-ով սկսվող ամբողջական հղում։
panel-event-error-place = Հասցեն շատ երկար է. առավելագույնը { $max } նիշ։
panel-event-error-capacity = Խնդրում ենք նշել տեղերի թիվը ամբողջ թվով, առավելագույնը { $max }։
panel-event-error-text = Խնդրում ենք ձեր լրացրած յուրաքանչյուր լեզվով գրել անվանում (մինչև { $number } նիշ) և նկարագրություն (մինչև { $max })։
panel-event-error-where = Խնդրում ենք նշել առցանց միանալու հղում, հասցե կամ երկուսն էլ։
panel-event-error-nothing = Ոչինչ չի փոխվել։
panel-event-error-incomplete = Ձևում ինչ-որ բան պակասում է։ Խնդրում ենք ստուգել և նորից փորձել։

# Փոխել և չեղարկել
panel-event-edit-title = Փոխել «{ $title }»
panel-event-edit-hint = Պատասխանած բնակիչները կիմանան նոր ժամանակի, տևողության, հղման կամ հասցեի մասին։ Եթե տեղերն ավելանան, սպասման ցուցակից մարդիկ տեղ կստանան։
panel-event-save = Պահպանել
panel-event-cancel-title = Չեղարկե՞լ «{ $title }»
panel-event-cancel-confirm = Պատասխանած բնակիչները ({ $count }) կիմանան չեղարկման մասին։ Սա հնարավոր չէ հետ վերադարձնել։
panel-event-cancel-yes = Այո, չեղարկել
panel-event-cancel-back = Ոչ, վերադառնալ
panel-event-created = Հրապարակված է։ Հերթում հրավերներ՝ { $count }։
panel-event-saved = Պահպանված է։ Փոփոխության մասին տեղեկացված բնակիչներ՝ { $count }։
panel-event-cancelled = Խորհրդակցությունը չեղարկված է։ Տեղեկացված բնակիչներ՝ { $count }։
panel-event-closed = Այս խորհրդակցությունն այլևս հնարավոր չէ փոխել. այն անցել է կամ չեղարկված է։

# Մեկ խորհրդակցություն
panel-event-duration = { $minutes } րոպե
panel-event-where = Որտեղ
panel-event-places = Տեղերի թիվ
panel-event-code = Գրանցման կոդ
panel-event-invited = Հրավերներ
panel-event-edit = ✏️ Փոխել
panel-event-cancel = ✖ Չեղարկել խորհրդակցությունը
panel-event-answers = Պատասխաններ
panel-event-answers-none = Դեռ ոչ ոք չի պատասխանել։
panel-event-by-checkin = ինքն է գրանցվել
panel-event-by-staff = նշել է աշխատակիցը
panel-event-waitlist = Սպասման ցուցակ՝ ըստ հերթի
panel-event-feedback = Կարծիքներ
panel-event-feedback-line = Գնահատականներ՝ { $count }, միջինը՝ { $average }՝ 5-ից։
panel-event-feedback-none = Գնահատականներ դեռ չկան։
panel-event-summary = Տեքստ մամուլի համար
panel-event-summary-hint = Կարճ տեքստ խորհրդակցության մասին ձեր լեզվով։ Ընտրեք և պատճենեք այն։

# Տեքստը
panel-summary-cancelled = { $municipality } համայնքի «{ $title }» ({ $kind }) միջոցառումը, որը նախատեսված էր { $when }, չեղարկվել է։
panel-summary-planned = { $when } { $municipality } համայնքն անցկացնում է խորհրդակցություն՝ { $kind } «{ $title }»։ Վայրը՝ { $where }։
panel-summary-held = { $when } { $municipality } համայնքն անցկացրեց խորհրդակցություն՝ { $kind } «{ $title }»։ Վայրը՝ { $where }։
panel-summary-people = Մասնակցած բնակիչներ՝ { $count } (գալու մասին ասել էին՝ { $going })։
panel-summary-proposals = Մասնակիցներն արեցին առաջարկներ ({ $count })՝
panel-summary-no-proposals = Խորհրդակցությանն առաջարկներ չեն արվել։
panel-summary-feedback = Գնահատած մասնակիցներ՝ { $count }, միջինը՝ { $average }՝ 5-ից։
panel-summary-where-both = { $place }, նաև առցանց
panel-summary-where-online = առցանց

# Գործողությունների մատյան
panel-audit-event-create = հրապարակեց խորհրդակցություն
panel-audit-event-edit = փոխեց խորհրդակցությունը
panel-audit-event-cancel = չեղարկեց խորհրդակցությունը
