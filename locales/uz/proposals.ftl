# Aholi takliflari: aholi, moderatorlar va mahalliy hokimiyat.

## Residents

proposals-title = Taklifingizni { term-authority.dat } yuboring yoki takliflaringiz holatini koʻring.
proposals-new = ✍️ Yangi taklif
proposals-mine = 📂 Takliflarim
proposals-none = Siz hali taklif yubormagansiz.
proposals-mine-title = Takliflaringiz. Tarixini koʻrish uchun birini bosing:
proposal-limit = Soʻnggi 24 soatda { $count ->
        [one] { $count } ta taklif
       *[other] { $count } ta taklif
    } yubordingiz, bu kunlik chegara. Faolligingiz uchun rahmat! Iltimos, keyingisini ertaga yuboring.
proposal-choose-category = Taklifingiz nima haqida?
proposal-category-roads = 🛣 Yoʻllar
proposal-category-water = 🚰 Suv
proposal-category-lighting = 💡 Koʻcha yoritilishi
proposal-category-schools = 🏫 Maktablar
proposal-category-eservices = 💳 E-xizmatlar
proposal-category-other = 📝 Boshqa
proposal-write = Iltimos, taklifingizni bitta xabarda yozing: nima, qayerda va nega muhim ({ $min }–{ $max } belgi).
proposal-text-first = Iltimos, avval taklif matnini yozing ({ $min }–{ $max } belgi). Rasmlarni keyin qoʻshishingiz mumkin.
proposal-too-short = Bu biroz qisqa ({ $length } belgi). Kamida { $min } belgi yozing: { term-authority } nimani taklif qilayotganingizni tushunishi kerak.
proposal-too-long = Bu juda uzun ({ $length } belgi). Iltimos, { $max } belgidan oshirmang.
proposal-ask-photos = { $max } tagacha rasm qoʻshishingiz mumkin. Hozir yuboring yoki “Oʻtkazib yuborish” tugmasini bosing.
proposal-photo-saved = Rasm saqlandi ({ $count } / { $max }). Yana yuboring yoki “Tayyor” tugmasini bosing.
proposal-photos-done = Tayyor ▸
proposal-skip = Oʻtkazib yuborish ▸
proposal-ask-location = Joyni xaritada koʻrsatishingiz mumkin: 📎 ni bosib, “Joylashuv” ni tanlang. Yoki “Oʻtkazib yuborish” tugmasini bosing.
proposal-preview =
    Iltimos, taklifingizni tekshiring.
    Mavzu: { $category }
    Joy: { $place }
    Rasmlar: { $photos }
    Xarita: { $location }

    { $text }
proposal-send = ✅ Yuborish
proposal-edit-text = ✏️ Matnni tuzatish
proposal-cancel = ✖ Bekor qilish
proposal-cancelled = Bekor qilindi. Hech narsa yuborilmadi.
proposal-received = Rahmat! Taklifingiz qabul qilindi. Uning raqami: { $number }. Moderatorlar tekshiradi, keyin nima boʻlishini Sizga aytaman.
proposal-rewrite =
    Moderator oʻzgartirish soʻradi:
    { $note }

    Iltimos, yangi matnni yozing ({ $min }–{ $max } belgi).
proposal-edit-resubmit = ✏️ Tuzatib yuborish
proposal-open = 📄 Ochish
proposal-details =
    { $number } · { $status }
    { $category }

    { $text }

    Javob: { $answer }

    Tarix:
    { $history }
proposal-history-line = { $when } — { $what }
proposal-status-pending = ⏳ tekshirilmoqda
proposal-status-changes = ✏️ oʻzgartirish soʻralgan
proposal-status-rejected = ❌ qabul qilinmadi
proposal-status-duplicate = 🔁 takror
proposal-status-approved = ✅ yuborildi
proposal-status-answered = 💬 javob berildi
proposal-status-done = ✔️ bajarildi
proposal-event-submitted = yuborildi
proposal-event-resubmitted = oʻzgartirishdan keyin qayta yuborildi
proposal-event-approved = moderator maʼqulladi
proposal-event-rejected = qabul qilinmadi
proposal-event-changes = oʻzgartirish soʻraldi
proposal-event-duplicate = takror deb belgilandi
proposal-event-undone = qaror bekor qilindi
proposal-event-forwarded = { term-authority.dat } yuborildi
proposal-event-answered = { term-authority } javob berdi
proposal-event-done = bajarildi

## What residents are told

proposal-now-approved = Xushxabar: { $number } taklifingiz maʼqullandi va { term-authority.dat } yuborildi. Javobini Sizga yuboraman.
proposal-now-rejected = { $number } taklifingiz qabul qilinmadi. Sababi: { $reason }.
proposal-now-changes = Moderator { $number } taklifingizni yuborishdan oldin biroz oʻzgartirishni soʻraydi.
proposal-now-duplicate = { $number } taklifingiz { $original } taklifini takrorlaydi, u koʻrib chiqilmoqda. Qoʻllab-quvvatlaganingiz uchun rahmat!
proposal-now-answered =
    { $number } taklifingizga { term-authority.gen } javobi:

    { $answer }
proposal-now-done = { $number } taklifingiz bajarildi. Jamoangizga yordam berganingiz uchun rahmat!
proposal-moderator-note = Moderator izohi: { $note }
reason-offtopic = bu { term-authority.dat } taklif emas
reason-private = unda shaxsiy maʼlumot bor
reason-rude = unda qoʻpol soʻzlar bor
reason-unclear = nima taklif qilinayotgani tushunarsiz
reason-notlocal = bu { term-authority.gen } vazifasi emas

## Moderators

moderation-card =
    🆕 Taklif { $number }
    { $category } · { $place }
    Rasmlar: { $photos } · Xarita: { $location }

    { $text }
moderation-approve = ✅ Maʼqullash
moderation-reject = ❌ Rad etish
moderation-changes = ✏️ Tuzatish soʻrash
moderation-duplicate = 🔁 Takror…
moderation-not-allowed = Buni faqat shu { term-municipality } moderatorlari qila oladi.
moderation-choose-reason = { $number } nega qabul qilinmaydi?
moderation-add-note = Aholiga bir necha soʻz yozing yoki “Izohsiz” tugmasini bosing.
moderation-no-note = Izohsiz ▸
moderation-what-to-change = Aholi { $number } taklifida nimani oʻzgartirishi kerak? Iltimos, bitta xabarda yozing ({ $max } belgigacha).
moderation-which-original = { $number } qaysi taklifni takrorlaydi? Uning raqamini yozing, masalan QUB-2026-0012.
moderation-note-length = Iltimos, { $max } belgigacha yozing.
moderation-original-not-found = Bu { term-municipality.loc } bunday taklif topilmadi. Iltimos, { $number } emas, asl taklif raqamini yozing.
moderation-decided = Saqlandi: { $number } — { $status }. Buni { $minutes ->
        [one] { $minutes } daqiqa
       *[other] { $minutes } daqiqa
    } ichida bekor qilishingiz mumkin; shundan keyingina u oldinga ketadi.
moderation-undo = ↩ Bekor qilish
moderation-already-decided = { $number } boʻyicha { $who } qaror qabul qilgan: { $status }.
moderation-too-late = { $number } boʻyicha qarorni endi bekor qilib boʻlmaydi.
moderation-undone = { $number } boʻyicha qaror bekor qilindi. U yana navbatda:
moderation-queue =
    Kutayotgan takliflar: { $count }
    { $summary }
    Hokimiyatga yetkazilmagan takliflar: { $stuck }
moderation-queue-line = { $place }: { $count }

## The local authority

authority-not-allowed = Takliflarga faqat { term-authority } xodimlari javob bera oladi.
authority-not-open = { $number } taklifga hozir javob berib boʻlmaydi.
authority-write-answer = Iltimos, { $number } taklifga javobni bitta xabarda yozing ({ $max } belgigacha). Aholi uni oladi.
authority-answer-length = Iltimos, { $max } belgigacha javob yozing.
authority-answer-sent = Rahmat! { $number } boʻyicha javob aholiga yuborildi.
authority-marked-done = { $number } taklif bajarildi deb belgilandi; aholiga xabar berildi.
