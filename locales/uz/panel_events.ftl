## Xodimlar veb-paneli: muhokamalar (eʼlon qiluvchilar uchun)

panel-nav-events = Muhokamalar
panel-events-title = Muhokamalar
panel-events-not-allowed = Bunga ruxsatingiz yoʻq. Buni faqat mahalla muhokamalarini eʼlon qiladigan xodimlar koʻra oladi.
panel-events-upcoming = Kelgusi
panel-events-past = Oʻtgan
panel-events-none = Bu yerda hozircha muhokama yoʻq.
panel-event-new = Yangi muhokama
panel-col-event = Muhokama
panel-col-going = Keladi
panel-col-maybe = Balki
panel-col-cant = Kela olmaydi
panel-col-waitlist = Kutish roʻyxati
panel-col-attended = Keldi
panel-col-resident = Fuqaro
panel-col-answer = Javob
panel-col-answered = Javob sanasi

# Shakl
panel-event-who = Kim taklif qilinadi
panel-event-communities = Taklif qilingan qishloqlar (hech biri belgilanmasa, butun mahalla):
panel-event-kind = Turi
panel-event-what = Nomi va tavsifi
panel-event-other-languages = Boshqa tillar (ixtiyoriy)
panel-event-title-in = Nomi ({ $language })
panel-event-text-in = Tavsifi ({ $language })
panel-event-when-where = Vaqti va joyi
panel-event-start = Boshlanishi (mahallaning mahalliy vaqti)
panel-event-minutes = Davomiyligi, daqiqada
panel-event-link = Onlayn qoʻshilish havolasi (ixtiyoriy)
panel-event-place = Manzil (havola boʻlsa, shart emas)
panel-event-capacity = Oʻrinlar soni (boʻsh: cheklovsiz)
panel-event-invite-hint = Tanlangan joylar aholisi eʼlon qilishingiz bilan botda taklifnoma oladi.
panel-event-create = Eʼlon qilish va taklif qilish
panel-event-error-time = Iltimos, boshlanish sanasi va vaqtini koʻrsating.
panel-event-error-too-soon = Bu vaqt oʻtib ketgan yoki juda yaqin. Iltimos, kechroq boshlanishni tanlang.
panel-event-error-minutes = Iltimos, davomiylikni butun daqiqalarda, 15 dan { $max } gacha koʻrsating.
panel-event-error-link = Iltimos, https:// bilan boshlanadigan toʻliq havolani koʻrsating.
panel-event-error-place = Manzil juda uzun: koʻpi bilan { $max } belgi.
panel-event-error-capacity = Iltimos, oʻrinlar sonini butun son bilan, koʻpi bilan { $max } koʻrsating.
panel-event-error-text = Iltimos, toʻldirayotgan har bir tilda nom (koʻpi bilan { $number } belgi) va tavsif (koʻpi bilan { $max }) yozing.
panel-event-error-where = Iltimos, onlayn qoʻshilish havolasini, manzilni yoki ikkalasini koʻrsating.
panel-event-error-nothing = Hech narsa oʻzgarmadi.
panel-event-error-incomplete = Shaklda nimadir yetishmayapti. Iltimos, tekshirib, qayta urinib koʻring.

# Oʻzgartirish va bekor qilish
panel-event-edit-title = “{ $title }” ni oʻzgartirish
panel-event-edit-hint = Javob bergan fuqarolar yangi vaqt, davomiylik, havola yoki manzil haqida xabar oladi. Oʻrinlar koʻpaysa, kutish roʻyxatidagilar oʻrin oladi.
panel-event-save = Saqlash
panel-event-cancel-title = “{ $title }” bekor qilinsinmi?
panel-event-cancel-confirm = Javob bergan fuqarolar ({ $count }) bekor qilingani haqida xabar oladi. Buni qaytarib boʻlmaydi.
panel-event-cancel-yes = Ha, bekor qilish
panel-event-cancel-back = Yoʻq, qaytish
panel-event-created = Eʼlon qilindi. Navbatdagi taklifnomalar: { $count }.
panel-event-saved = Saqlandi. Oʻzgarish haqida xabar olgan fuqarolar: { $count }.
panel-event-cancelled = Muhokama bekor qilindi. Xabar olgan fuqarolar: { $count }.
panel-event-closed = Bu muhokamani endi oʻzgartirib boʻlmaydi: u oʻtib ketgan yoki bekor qilingan.

# Bitta muhokama
panel-event-duration = { $minutes } daqiqa
panel-event-where = Qayerda
panel-event-places = Oʻrinlar soni
panel-event-code = Roʻyxatdan oʻtish kodi
panel-event-invited = Taklifnomalar
panel-event-edit = ✏️ Oʻzgartirish
panel-event-cancel = ✖ Muhokamani bekor qilish
panel-event-answers = Javoblar
panel-event-answers-none = Hozircha hech kim javob bermadi.
panel-event-by-checkin = oʻzi roʻyxatdan oʻtdi
panel-event-by-staff = xodim belgiladi
panel-event-waitlist = Kutish roʻyxati, navbat boʻyicha
panel-event-feedback = Fikrlar
panel-event-feedback-line = Baholar: { $count }, oʻrtacha 5 dan { $average }.
panel-event-feedback-none = Hozircha baho yoʻq.
panel-event-summary = Matbuot uchun matn
panel-event-summary-hint = Muhokama haqida sizning tilingizdagi qisqa matn. Uni belgilab, nusxa oling.

# Matnning oʻzi
panel-summary-cancelled = { $municipality } mahallasining { $when } ga rejalashtirilgan “{ $title }” ({ $kind }) tadbiri bekor qilindi.
panel-summary-planned = { $when } { $municipality } muhokama oʻtkazadi: { $kind } “{ $title }”. Joyi: { $where }.
panel-summary-held = { $when } { $municipality } muhokama oʻtkazdi: { $kind } “{ $title }”. Joyi: { $where }.
panel-summary-people = Qatnashgan fuqarolar: { $count } (kelishini aytganlar: { $going }).
panel-summary-proposals = Qatnashchilar { $count } ta taklif berdi:
panel-summary-no-proposals = Muhokamada taklif berilmadi.
panel-summary-feedback = Baho bergan qatnashchilar: { $count }, oʻrtacha 5 dan { $average }.
panel-summary-where-both = { $place }, shuningdek onlayn
panel-summary-where-online = onlayn

# Amallar jurnali
panel-audit-event-create = muhokama eʼlon qildi
panel-audit-event-edit = muhokamani oʻzgartirdi
panel-audit-event-cancel = muhokamani bekor qildi
