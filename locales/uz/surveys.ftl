# Soʻrovnomalar va tezkor soʻrovlar (handlers/surveys.py, handlers/survey_admin.py, bot/survey_notices.py)

menu-surveys = 📋 Soʻrovnomalar
survey-list = Hozir Siz uchun ochiq soʻrovnomalar. Birini tanlang:
survey-none-open = Hozir Siz uchun ochiq soʻrovnoma yoʻq.
survey-invite =
    📋 Soʻrovnoma: { $title }
    { $intro }

    Iltimos, { $closes } gacha javob bering. Istalgan vaqtda toʻxtab, keyin davom ettirishingiz mumkin.
survey-start = Soʻrovnomani boshlash
survey-continue = Soʻrovnomani davom ettirish
survey-welcome =
    📋 { $title }
    { $intro }
survey-question =
    Savol { $number } / { $total }
    { $text }

    { $how }
survey-how-single = Bitta javobni tanlang.
survey-how-multiple = { $max } tagacha javobni belgilang, keyin “Tayyor” tugmasini bosing.
survey-how-scale = 1 (eng past) dan 5 (eng yuqori) gacha tanlang.
survey-how-number = Iltimos, { $min } dan { $max } gacha butun son yozing.
survey-how-text = Iltimos, javobingizni yozing ({ $max } belgigacha).
survey-scale-value = { $value }
survey-your-answer = Hozirgi javobingiz: { $answer }
survey-done = ✔ Tayyor
survey-later = ⏸ Keyinroq
survey-review =
    📋 { $title }
    Barcha savollarga javob berdingiz:
    { $answers }

    Javoblaringizni yuborish uchun “Yakunlash” tugmasini bosing. Undan oldin javobni hali oʻzgartirishingiz mumkin.
survey-finish = ✔ Yakunlash
survey-change = ✏️ Javobni tuzatish
survey-change-which = Qaysi javobni oʻzgartirmoqchisiz?
survey-thanks = Rahmat! “{ $title }” boʻyicha javoblaringiz saqlandi. Soʻrovnoma yopilganda natijalarni olasiz.
survey-paused = “{ $title }” boʻyicha javoblaringiz saqlandi. Keyinroq menyudan davom ettirishingiz mumkin.
survey-already-done = Siz “{ $title }” ga javob bergansiz. Rahmat!
survey-closed = “{ $title }” soʻrovnomasi yopilgan. Bergan javoblaringiz saqlangan.
survey-closed-midway = “{ $title }” soʻrovnomasi yopildi. Yopilishidan oldin bergan javoblaringiz saqlandi va hisobga olindi.
survey-reminder = 📋 “{ $title }” soʻrovnomasi tez orada yopiladi. Toʻxtagan joyingizdan davom ettirishingiz mumkin.
survey-hint-buttons = Iltimos, tugmalar bilan javob bering.
survey-hint-pick = Iltimos, koʻrsatilgan javoblardan birini tanlang.
survey-hint-too-many = Koʻpi bilan { $max } ta javobni belgilashingiz mumkin.
survey-hint-number = Iltimos, { $min } dan { $max } gacha butun son yozing.
survey-hint-text-empty = Iltimos, javobingizni yozing ({ $max } belgigacha).
survey-hint-text-long = Javobingizda { $length } ta belgi bor; chegara { $max }. Iltimos, qisqartiring.
survey-hint-old-button = Bu tugma oldingi savolga tegishli. Iltimos, koʻrsatilgan savolga javob bering.
survey-results-title = 📊 “{ $title }” natijalari. Javob bergan aholi: { $count }.
survey-results-line = { $label }: { $percent }%
survey-results-average = Oʻrtacha: { $average }
survey-chart-footer = Javob bergan aholi: { $count }

# Staff: /survey
survey-build-audience = { $municipality }da soʻrovnoma kim uchun? Aholi punktlarini belgilang yoki hammani qoldiring.
survey-build-filter = Faqat baʼzi tillar yoki kanallardan foydalanadigan aholimi? Ularni belgilang yoki hamma uchun hech narsani belgilamang.
survey-build-title = Iltimos, soʻrovnoma nomini yozing ({ $language }).
survey-build-intro = Iltimos, qisqa kirish soʻzini yozing yoki oʻtkazib yuboring.
survey-build-no-intro = Oʻtkazib yuborish
survey-build-kind = Hozircha savollar: { $count }. Keyingi savol qanday boʻladi?
survey-kind-single = Bitta javob
survey-kind-multiple = Bir necha javob
survey-kind-scale = 1–5 shkala
survey-kind-number = Son
survey-kind-text = Erkin matn
survey-build-questions-done = ✔ Boshqa savol yoʻq
survey-build-question = Iltimos, { $number }-savolni yozing ({ $max } belgigacha).
survey-build-options = Iltimos, tanlash uchun javoblarni yozing, har birini alohida qatorda: 2 dan { $max } tagacha javob, har biri { $length } belgigacha.
survey-build-max-choices = Aholi nechta javobni belgilashi mumkin (1 dan { $max } gacha)? Yoki oʻtkazib yuboring: istalgancha.
survey-build-max-length = Javob necha belgidan iborat boʻlishi mumkin (1 dan { $max } gacha)? Yoki oʻtkazib yuboring: { $max }.
survey-build-no-limit = Oʻtkazib yuborish
survey-build-bounds = Iltimos, ruxsat etilgan eng kichik va eng katta sonni yozing, masalan: 0-100
survey-build-skip = Oʻtish mantigʻi: baʼzi javoblar keyingi biror savolga olib borsinmi? Har bir javob uchun bitta qator yozing, masalan “2 > 5” (2-javob 5-savolga oʻtadi) yoki “3 > end”. Bu savol — { $position }-savol.
survey-build-no-skip = Oʻtishlarsiz
survey-build-too-many = Soʻrovnomada koʻpi bilan { $max } ta savol boʻlishi mumkin.
survey-build-too-long = Iltimos, 1 dan { $max } gacha belgi yozing.
survey-build-languages = Matnlarni boshqa tilda qoʻshing yoki “Tayyor” tugmasini bosing.
survey-build-translate-title = Nomi ({ $language }). Asl matn: { $original }
survey-build-translate-intro = Kirish soʻzi ({ $language }). Asl matn: { $original }
survey-build-translate-q = Savol ({ $language }). Asl matn: { $original }
survey-build-translate-o =
    Javoblar ({ $language }), har biri alohida qatorda, xuddi shu tartibda. Asl matn:
    { $original }
survey-build-translate-count = Iltimos, aynan { $count } ta javob yozing, har birini alohida qatorda.
survey-build-anonymous = Soʻrovnoma anonim boʻlsinmi? Unda hech bir ekran yoki eksport kim javob berganini koʻrsatmaydi.
survey-build-anonymous-yes = Anonim
survey-build-anonymous-no = Anonim emas
survey-build-opens = Qachon ochilsin? “Hozir” tugmasini bosing yoki vaqtni yozing ({ $place } vaqti bilan), masalan { $example }.
survey-build-open-now = Hozir
survey-build-closes = Qachon yopilsin? Muddatni tanlang yoki vaqtni yozing ({ $place } vaqti bilan), masalan { $example }.
survey-build-closes-past = Yopilish vaqti ochilishdan keyin boʻlishi kerak. Iltimos, qayta tanlang ({ $place } vaqti bilan, masalan { $example }).
survey-days = { $days } kun
survey-build-time-invalid = Bu vaqtni oʻqiy olmadim. Iltimos, { $example } kabi yozing.
survey-build-preview =
    Soʻrovnoma: { $title }
    Savollar: { $questions }
    Tillar: { $languages }
    { $anonymous }
    Ochiladi: { $opens }
    Yopiladi: { $closes }
    Taklif qilingan aholi: { $count }
survey-build-publish = ✔ Eʼlon qilish
survey-build-cancelled = Soʻrovnoma eʼlon qilinmadi.
survey-published-open = #{ NUMBER($id, useGrouping: 0) } soʻrovnoma ochildi. Yuborilayotgan taklifnomalar: { $count }.
survey-published-later = #{ NUMBER($id, useGrouping: 0) } soʻrovnoma { $when } da ochiladi.

# Staff: /poll
poll-question = Tezkor soʻrov, 1-qadam, jami 3: iltimos, savolni yozing ({ $max } belgigacha).
poll-closes = 3-qadam, jami 3: soʻrov qancha vaqt ochiq tursin? Tanlashingiz bilan u ochiladi.

# Staff: /surveys
survey-staff-none = Hozircha soʻrovnoma yoʻq. /survey yoki /poll bilan yarating.
survey-staff-item =
    #{ NUMBER($id, useGrouping: 0) } { $title }
    { $status } · { $opens } – { $closes }
    Boshlagan: { $started } · Tugatgan: { $finished }
survey-status-scheduled = Rejalashtirilgan
survey-status-open = Ochiq
survey-status-closed = Yopilgan
survey-status-cancelled = Bekor qilingan
survey-staff-results = 📊 Natijalar
survey-staff-close = Hozir yopish
survey-staff-closing = #{ NUMBER($id, useGrouping: 0) } soʻrovnoma hozir yopiladi: boshqa javob qabul qilinmaydi, natijalar bir daqiqa ichida javob berganlarga yuboriladi.
survey-staff-cancelled = #{ NUMBER($id, useGrouping: 0) } soʻrovnoma bekor qilindi.
survey-staff-figures =
    📊 #{ NUMBER($id, useGrouping: 0) } { $title }
    Taklif qilingan: { $invited } · Boshlagan: { $started } · Tugatgan: { $finished }
survey-staff-line = { $label }: { $count } ({ $percent }%)
survey-staff-number = Oʻrtacha { $average } ({ $low } dan { $high } gacha)
survey-staff-by-community = Aholi punktlari boʻyicha
survey-staff-by-locale = Tillar boʻyicha
survey-staff-by-channel = Kanallar boʻyicha
survey-staff-group = { $group }: { $count } kishi javob berdi
survey-staff-none-group = Koʻrsatilmagan
survey-staff-no-answers = Hali javob yoʻq.
survey-staff-csv = CSV fayl
survey-staff-xlsx = XLSX fayl
survey-staff-export = #{ NUMBER($id, useGrouping: 0) } soʻrovnomaga javoblar.
