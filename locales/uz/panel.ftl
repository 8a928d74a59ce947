## Xodimlarning veb-paneli va chatdagi navbat vositalari

# /panel in chat
panel-staff-only = Veb-panel mahalla xodimlari uchun. Agar mahallada ishlasangiz, iltimos, uning administratoridan rol soʻrang.
panel-link =
    Xodimlar veb-paneliga havolangiz:
    { $link }

    U bir marta va { $minutes } daqiqa ishlaydi. Uni hech kimga bermang.
panel-open = 🖥 Panelni ochish

# /queue and /p in chat
moderation-queue-page = { $what }: { $count ->
        [one] { $count } ta taklif koʻrsatildi.
       *[other] { $count } ta taklif koʻrsatildi.
    }
moderation-queue-empty = { $what }: boshqa taklif yoʻq.
moderation-queue-next = Keyingi sahifa ▸
moderation-queue-filter = 🔎 Saralash
moderation-queue-filters = Hozir koʻrsatilgan: { $status }. Holatni yoki uning ichidagi mavzuni tanlang.
moderation-card-status = Holati: { $status }
moderation-open-how = Iltimos, /p dan keyin taklif raqamini yozing, masalan: /p QUB-2026-0042
moderation-open-not-found = Siz moderatorlik qiladigan mahallalarda { $number } taklif topilmadi.

# Pages
panel-title = Xodimlar paneli
panel-nav-queue = Moderatsiya navbati
panel-nav-audit = Harakatlar jurnali
panel-language = Til
panel-apply = Qoʻllash
panel-logout = Chiqish
panel-logout-all = Hamma joydan chiqish
panel-signin-title = Kirish
panel-signin-how = Kirish uchun botga shaxsiy chatda /panel yuboring va u yuborgan havolani oching.
panel-login-confirm = Xodimlar paneliga kirish uchun tugmani bosing. Havola faqat bir marta ishlaydi.
panel-login-button = Kirish
panel-link-refused = Bu havola endi ishlamaydi: u allaqachon ishlatilgan yoki 10 daqiqadan koʻp vaqt oʻtgan. Iltimos, botga qayta /panel yuboring.
panel-signed-out = Siz chiqdingiz.
panel-signed-out-everywhere = Siz barcha qurilmalarda chiqdingiz.
panel-csrf-refused = Bu soʻrov rad etildi, chunki u panel sahifasidan kelmadi. Iltimos, sahifani yangilab, qayta urinib koʻring.
panel-not-allowed = Bunga ruxsatingiz yoʻq. Buni faqat mahalla moderatorlari koʻra oladi.
panel-not-found = Bu manzilda hech narsa topilmadi.

# The queue
panel-queue-title = Moderatsiya navbati
panel-queue-pending = { $count ->
        [one] { $count } ta taklif qaror kutmoqda.
       *[other] { $count } ta taklif qaror kutmoqda.
    }
panel-queue-pending-many = Kamida { $count } ta taklif qaror kutmoqda.
panel-queue-empty = Bu saralashga mos taklif yoʻq.
panel-filter-status = Holati
panel-filter-category = Mavzu
panel-filter-community = Aholi punkti
panel-filter-since = Dan
panel-filter-until = Gacha
panel-filter-search = Raqam yoki soʻzlar
panel-filter-any = Har qanday
panel-filter-apply = Koʻrsatish
panel-col-number = Raqam
panel-col-submitted = Yuborilgan
panel-col-place = Joy
panel-col-category = Mavzu
panel-col-text = Matn
panel-col-status = Holati
panel-col-when = Qachon
panel-col-what = Nima
panel-col-who = Kim
panel-col-channel = Kanal
panel-col-target = Qayerga
panel-col-sent = Yuborilgan vaqt
panel-col-error = Xato
panel-next-page = Keyingi sahifa ▸
panel-first-page = ◂ Birinchi sahifa
panel-bulk-title = Belgilangan takliflar bilan
panel-bulk-approve = ✅ Hammasini maʼqullash
panel-bulk-reject = ❌ Hammasini rad etish
panel-bulk-done = { $count ->
        [one] { $count } ta taklif boʻyicha qaror qabul qilindi.
       *[other] { $count } ta taklif boʻyicha qaror qabul qilindi.
    }

# One proposal
panel-location = Xaritadagi joy
panel-open-map = Xaritani ochish
panel-photos = Rasmlar
panel-photo = Rasm { $number }
panel-photo-in-telegram = Rasm { $number } (Telegramda)
panel-approve = ✅ Maʼqullash
panel-reject = ❌ Rad etish
panel-reason = Sababi
panel-note = Izoh
panel-ask-changes = ✏️ Tuzatish soʻrash
panel-what-to-change = Nimani oʻzgartirish kerak
panel-duplicate = 🔁 Takrori:
panel-original = Asl taklif raqami
panel-undo = ↩ Bekor qilish
panel-decided-by = Qaror qabul qilgan: { $who }
panel-answer = Hokimiyat javobi
panel-history = Tarix
panel-forwards = Hokimiyatga yuborishlar
panel-no-forwards = Hali yuborilmagan.
panel-decided = Saqlandi. Bekor qilish vaqti tugamaguncha aholiga ham, hokimiyatga ham hech narsa bormaydi.
panel-undone = Qaror bekor qilindi.
panel-already-decided = Bu taklif boʻyicha boshqa kishi qaror qabul qilib boʻlgan.
panel-original-not-found = Bu mahallada bunday raqamli taklif yoʻq.
panel-decision-incomplete = Iltimos, bu qaror uchun keraklisini toʻldiring: sababni yoki aholi uchun soʻzlarni.
panel-too-late = Bu qarorni bekor qilish uchun endi kech.
panel-delivery-queued = navbatda
panel-delivery-sending = yuborilmoqda
panel-delivery-sent = yetkazildi
panel-delivery-failed = xato
panel-delivery-skipped = oʻtkazib yuborildi

# The audit trail
panel-audit-title = Harakatlar jurnali
panel-audit-empty = Bu saralash boʻyicha hech narsa yozilmagan.
panel-older = Eskiroq yozuvlar ▸
panel-audit-login = panelga kirdi
panel-audit-logout = chiqdi
panel-audit-logout-all = hamma joydan chiqdi
panel-audit-bulk-approved = bir nechtasini birdan maʼqulladi
panel-audit-bulk-rejected = bir nechtasini birdan rad etdi
panel-event-forward-sent = yuborish yetkazildi
panel-event-forward-failed = yuborishni yetkazib boʻlmadi
