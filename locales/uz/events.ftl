## Consultations: residents

command-checkin = Tadbirdaman: roʻyxatdan oʻtish
events-title = Yaqin muhokamalar: { $count }. Koʻrish va javob berish uchun birini tanlang.
events-item = { $title } · { $when } { $answer }
events-none = Joyingiz uchun hozircha muhokama yoʻq. Muhokama boʻlganda Sizga taklifnoma yuboramiz.
events-all = 🗓 Barcha muhokamalar
event-mark-going = ✅
event-mark-maybe = ❔
event-mark-cant = ✖
event-mark-waitlist = ⏳
event-mark-none = •
event-kind-advice = Onlayn “amaliy maslahat” uchrashuvi
event-kind-seminar = Seminar
event-kind-round_table = Davra suhbati
event-kind-dialogue = Muloqot maydoni
event-kind-training = Oʻquv mashgʻuloti
event-details =
    { $kind }: { $title }
    🕒 { $date }, { $time } ({ $minutes } daq.)
    { $where }

    { $text }
event-where-online = 💻 Onlayn
event-where-place = 📍 { $place }
event-where-both = 📍 { $place } · 💻 onlayn ham
event-place-map = { $place } ({ $link })
event-invite =
    Siz taklif qilindingiz!

    { $details }

    Kelasizmi?
event-card =
    { $details }

    Javobingiz: { $answer }
event-answer-going = kelaman
event-answer-maybe = balki
event-answer-cant = kela olmayman
event-answer-waitlist = kutish roʻyxatida
event-answer-none = hali javob yoʻq
event-going = ✅ Kelaman
event-maybe = ❔ Balki
event-cant = ✖ Kela olmayman
event-calendar = 📅 Kalendarga
event-open = 🗓 Ochish
event-here = 📍 Shu yerdaman
event-propose = ✍️ Taklif berish
event-answered-going = Rahmat! Siz kelasiz: “{ $title }”, { $date }, soat { $time }. Boshlanishidan oldin eslatamiz.
event-answered-maybe = Belgilandi: balki. “{ $title }” haqida eslatamiz, { $date }, soat { $time }.
event-answered-cant = Belgilandi: “{ $title }” ga kela olmaysiz. Javobingizni “Muhokamalar” boʻlimida oʻzgartirishingiz mumkin.
event-answered-waitlist = “{ $title }” uchun barcha joylar band. Siz kutish roʻyxatidasiz: joy boʻshasa, u Sizniki boʻladi va biz xabar beramiz.
event-link = Qoʻshilish havolasi: { $link }
event-calendar-file = “{ $title }”: kalendarga qoʻshish uchun bu faylni oching.
event-gone = Bu muhokama endi mavjud emas. Mana bosh menyu.
event-was-cancelled = “{ $title }” bekor qilindi. Mana bosh menyu.
event-started = “{ $title }” allaqachon boshlangan, javoblar yopildi.
event-not-yet = “{ $title }” hali boʻlib oʻtmagan.
event-reminder =
    Eslatma: “{ $title }” boshlanadi: { $date }, soat { $time }.
    { $where }
event-reminder-link =
    Eslatma: “{ $title }” boshlanadi: { $date }, soat { $time }.
    { $where }
    Qoʻshilish havolasi: { $link }
event-changed =
    “{ $title }” oʻzgardi. Yangi maʼlumotlar:

    { $details }
event-cancelled-notice = Kechirasiz: “{ $title }” ({ $date }, soat { $time }) bekor qilindi.
event-promoted = Xushxabar: joy boʻshadi va u Sizniki. Siz kelasiz: “{ $title }”, { $date }, soat { $time }.
event-feedback-ask = “{ $title }” da qatnashganingiz uchun rahmat. Qanchalik foydali boʻldi? 1 (foydasiz) dan 5 (juda foydali) gacha tanlang.
event-feedback-comment = Rahmat! Izoh qoʻshmoqchimisiz ({ $max } belgigacha)? Yozing yoki “Oʻtkazib yuborish” tugmasini bosing.
event-feedback-skip = Oʻtkazib yuborish
event-feedback-thanks = Fikringiz uchun rahmat!
event-text-too-long = Bu matnda { $length } belgi bor; chegara { $max }. Iltimos, qayta yozing.
event-propose-not-yet = Muhokama boʻyicha taklifni unda qatnashganlar, u boshlangandan keyin bera oladi.
checkin-ask = Iltimos, tadbirda koʻrsatilgan kodni yozing (4 raqam).
checkin-wrong = Bu kod notoʻgʻri. Tadbirda koʻrsatilgan kodni tekshirib, qayta yozing.
checkin-too-many = Notoʻgʻri kod juda koʻp marta yozildi. Iltimos, tashkilotchilardan yordam soʻrang.
checkin-closed = “{ $title }” uchun roʻyxatdan oʻtish boshlanishidan bir soat oldin ochiladi va tugaganidan bir soat keyin yopiladi.
checkin-none-now = Hozir roʻyxatdan oʻtish uchun muhokama yoʻq.
checkin-done = Xush kelibsiz! Siz “{ $title }” da roʻyxatdan oʻtdingiz.

## Consultations: staff

event-not-allowed = Muhokamalarni faqat eʼlon joylaydigan { term-authority } xodimlari boshqara oladi.
event-choose-municipality = Bu muhokama qaysi mahalla uchun?
event-choose-audience = Kimni taklif qilish kerak? Mahalla: { $municipality }. Aholi punktlarini bosib tanlang, soʻng “Davom etish” tugmasini bosing.
event-choose-kind = Bu qanday tadbir?
event-write-title = Iltimos, nomini yozing. Til: { $language } ({ $max } belgigacha).
event-write-text = Endi qisqacha tavsif. Til: { $language }. Nima haqida va kim uchun ({ $max } belgigacha).
event-add-language = Saqlandi. Tarjima qoʻshing yoki “Tayyor” tugmasini bosing.
event-write-time = Qachon boshlanadi? Sana va vaqtni yozing (mahalliy vaqt, { $municipality }), masalan { $example }.
event-time-invalid = Bu sanani oʻqiy olmadim. Iltimos, shunday yozing: { $example }.
event-time-past = Bu vaqt oʻtib ketdi. Iltimos, kelajakdagi vaqtni yozing, masalan { $example }.
event-write-duration = Qancha davom etadi? Daqiqalar sonini (masalan 90) yoki soat va daqiqani (1:30) yozing yoki tugmani bosing. Bu yerda yozilgan son daqiqa hisoblanadi.
event-duration-invalid = Iltimos, davomiylikni daqiqada yozing (15 dan { $max } gacha), masalan 90 yoki 1:30.
event-write-link = Onlayn qoʻshilish havolasini yuboring (https://...) yoki “Havolasiz” tugmasini bosing.
event-no-link = Havolasiz
event-link-invalid = Bu veb-havola emas. Iltimos, https:// bilan boshlanadigan havola yuboring.
event-write-place = Qayerda boʻladi? Manzilni yozing ({ $max } belgigacha) yoki joylashuvni yuboring.
event-no-place = Faqat onlayn
event-ask-map = Aholi joyni xaritadan topishi uchun joylashuvni yuborishingiz mumkin yoki “Xaritasiz” tugmasini bosing.
event-no-map = Xaritasiz
event-write-capacity = Necha kishi qatnasha oladi? Son yozing yoki “Cheklovsiz” tugmasini bosing.
event-no-limit = Cheklovsiz
event-capacity-invalid = Iltimos, 1 dan { $max } gacha butun son yozing yoki “Cheklovsiz” tugmasini bosing.
event-preview =
    Iltimos, muhokamani tekshiring.

    { $details }

    Joylar: { $capacity ->
        [0] cheklovsiz
       *[other] { $capacity }
    }
    Tillar: { $languages }
    Hozir taklif qilinadigan aholi: { $count }
event-publish = ✅ Eʼlon qilish
event-draft-cancelled = Bekor qilindi. Hech narsa eʼlon qilinmadi.
event-published = Eʼlon qilindi. Navbatdagi taklifnomalar: { $count }. Roʻyxatdan oʻtish kodi: { $code }
events-admin-none = Hozircha muhokama yoʻq. /event buyrugʻi bilan yarating.
event-status-scheduled = rejalashtirilgan
event-status-cancelled = bekor qilingan
event-admin-card =
    #{ NUMBER($id, useGrouping: 0) } · { $status }
    { $details }

    Keladi: { $going }{ $capacity ->
        [0] {""}
       *[other] { " " }/ { $capacity }
    } · Balki: { $maybe } · Kutish roʻyxati: { $waitlist }
    Roʻyxatdan oʻtish kodi: { $code }
event-edit = ✏️ Oʻzgartirish
event-cancel = ✖ Bekor qilish
event-attendance = ☑️ Qatnashuv
event-report = 📊 Hisobot
event-edit-what = Nimani oʻzgartirasiz? Javob berganlarning hammasiga xabar beriladi.
event-field-time = 🕒 Sana va vaqt
event-field-dur = ⏱ Davomiyligi
event-field-link = 💻 Onlayn havola
event-field-place = 📍 Joyi
event-field-cap = 👥 Joylar soni
event-edit-time = Yangi sana va vaqtni yozing, masalan { $example }.
event-edit-dur = Yangi davomiylikni daqiqada yozing, masalan 90.
event-edit-link = Yangi havolani yuboring (https://...).
event-edit-place = Yangi manzilni yozing ({ $max } belgigacha) yoki joylashuvni yuboring.
event-edit-cap = Joylarning yangi sonini yozing.
event-saved = Saqlandi. Oʻzgarish haqida xabar berilgan aholi: { $count }.
event-cancel-confirm = “{ $title }” bekor qilinsinmi? { $count ->
        [one] Javob bergan { $count } nafar aholiga xabar beriladi.
       *[other] Javob bergan { $count } nafar aholiga xabar beriladi.
    } Buni qaytarib boʻlmaydi.
event-cancel-yes = ✖ Ha, bekor qilish
event-cancelled = Muhokama bekor qilindi. Xabar berilgan aholi: { $count }.
event-closed = Bu muhokamani endi oʻzgartirib boʻlmaydi (bekor qilingan yoki tugagan).
event-attendance-none = Hali hech kim kelaman demadi.
event-attendance-title = Kelganlarni bosing ({ $count } kishi kelaman degan). ✅ qatnashdi degani.
event-report-choose = Qaysi muhokama?
event-report-text =
    Hisobot #{ NUMBER($id, useGrouping: 0) }: { $title } ({ $when }, { $status })
    Taklif qilingan: { $invited }
    Keladi: { $going } · Balki: { $maybe } · Kela olmaydi: { $cant } · Kutish roʻyxati: { $waitlist }
    Qatnashdi: { $attended }
    Fikrlar: { $count }, oʻrtacha baho { $average } / 5
    Izohlar:
    { $comments }

## Proposals raised at a consultation, in the authority's forward

forward-event = Muhokamada aytilgan: { $title } ({ $when })
