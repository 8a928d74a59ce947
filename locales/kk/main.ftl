# Қазақша. Қарапайым, сыпайы және қысқа: шағын қалалар мен ауылдардың тұрғындарына арналған.

language-self-name = Қазақша

## Алғашқы танысу және тіл

greeting =
    Сәлеметсіз бе! Мен – { term-municipality.loc } тұратындарға арналған ботпын.
    Мұнда хабарландыруларды оқып, шоттарды онлайн төлеуді үйреніп, қоғамдық талқылауларға қатысып, { term-authority.dat } ұсыныс жібере аласыз.

    Сізге { term-authority.gen } хабарламаларын жіберіп отырамын. Кез келген уақытта тоқтату үшін STOP деп жазыңыз.

    Тілді таңдаңыз:
language-choose = Тілді таңдаңыз:
language-changed = Дайын. Енді Сізге қазақша жазамын.

## Тұрғын қайда тұрады

place-choose-country = Сіз қай елде тұрасыз?
# The word for a municipality differs by country: the code passes its ISO code (or other).
place-choose-municipality = { $country ->
        [AZ] Сіз қай муниципалитетте тұрасыз?
        [KZ] Сіз қай ауданда тұрасыз?
        [AM] Сіз қай қауымдастықта тұрасыз?
        [KG] Сіз қай айыл аймағында тұрасыз?
        [UZ] Сіз қай ауданда немесе махаллада тұрасыз?
        [TJ] Сіз қай жамағатта немесе ауданда тұрасыз?
        [TM] Сіз қай этрапта тұрасыз?
       *[other] Сіз қай муниципалитетте тұрасыз?
    }
place-choose-community =
    { $municipality } аумағында { $count ->
        [one] бір елді мекен
       *[other] { $count } елді мекен
    } бар. Сіз солардың қайсысында тұрасыз?
place-community-none = Тізімде жоқ
place-saved = Сақталды: { $place }.
place-not-found = Бұл жерді таба алмадым. Тізімнен таңдаңыз.
deep-link-unknown = «{ $code }» деген кодты білмеймін. Тұратын жеріңізді тізімнен таңдаңыз.
back = ← Артқа

## Басты мәзір

menu-title = Басты мәзір. Не істегіңіз келеді?
menu-announcements = 📢 Хабарландырулар
menu-payments = 💳 Онлайн төлем
menu-consultations = 🗓 Талқылаулар
menu-proposal = ✍️ Ұсыныс жіберу
menu-settings = ⚙️ Баптаулар
back-to-menu = ← Басты мәзір
welcome-back = Қайта қош келдіңіз! Не істегіңіз келеді?

## Баптаулар және хабарламалар

settings-summary =
    Сіздің баптауларыңыз:
    Тіл: { $language }
    Тұратын жер: { $place }
    Хабарламалар: { $notices ->
        [on] қосулы
       *[off] өшірулі
    }
    Еске салу: { $reminders ->
        [on] қосулы
       *[off] өшірулі
    }
settings-change-language = 🌐 Тілді өзгерту
settings-change-place = 📍 Мекенді өзгерту
settings-notices-off = 🔕 Хабарламаны өшіру
settings-notices-on = 🔔 Хабарламаны қосу
notices-off = Енді Сізге хабарлама келмейді. Мәзірді бұрынғыдай пайдалана аласыз. Хабарламаларды қайта алу үшін START деп жазыңыз.
notices-on-again = Хабарламалар қайта қосылды.

## Көмек және командалар

help =
    Мен мына істерде көмектесе аламын:
    📢 { term-authority.gen } хабарландырулары
    💳 шоттарды онлайн төлеу, қадам-қадаммен
    🗓 қоғамдық талқылаулар мен кездесулер
    ✍️ { term-authority.dat } ұсыныстар

    Командалар:
    /menu – басты мәзір
    /language – тілді өзгерту
    /settings – Сіздің баптауларыңыз
    /checkin – кездесуде кодпен белгілену
    /stop – хабарламаларды өшіру (немесе STOP деп жазыңыз)
    /start – қайта бастау
command-start = Қайта бастау
command-menu = Басты мәзір
command-language = Тілді өзгерту
command-settings = Менің баптауларым
command-help = Бот не істей алады
command-stop = Хабарламаларды өшіру

## Жазылған мәтін сәйкес келмегенде

hint-use-buttons = Кешіріңіз, түсінбедім. Төмендегі батырманы басыңыз немесе оның нөмірін жазыңыз.
hint-text-only = Мұнда тек мәтін мен батырмаларды ғана оқи аламын. Төмендегі батырманы басыңыз немесе оның нөмірін жазыңыз.
button-expired = Бұл батырма енді жұмыс істемейді. Міне, басты мәзір.
unknown-command = Мен бұл команданы білмеймін. Не істей алатынымды көру үшін /help жіберіңіз.
edit-not-supported = Бұрын жіберілген хабарламалардағы өзгерістерді көрмеймін. Жаңа хабарлама жіберіңіз.
group-only-private = Мен тек жеке чаттарда жұмыс істеймін. Маған тікелей жазыңыз.
error-generic = Кешіріңіз, бізде бір ақау шықты. Бір минуттан кейін қайталап көріңіз.

## Хабарландырулар: санаттар

category-utilities = 💧 Су, газ, жарық
category-council = 🏛 Мәслихат шешімдері
category-budget = 💰 Бюджет
category-hiring = 💼 Бос жұмыс орындары
category-grants = 🏆 Грант, байқау
category-events = 🗓 Іс-шаралар
category-emergency = 🚨 Төтенше жағдай
category-surveys = 📋 Сауалнамалар

## Хабарландырулар: тұрғындарға

news-item =
    📢 { $when } · { $category }

    { $text }
news-end = Бұл – ең соңғы хабарландырулар.
news-older = ◂ Бұрынғылары
news-none = Әзірге { term-authority.gen } хабарландырулары жоқ.
news-no-more = Бұдан бұрынғы хабарландыру жоқ.
news-no-place = Алдымен /settings бөлімінде тұратын жеріңізді таңдаңыз.

## Хабарландырулар: жариялаушыларға

announce-not-allowed = Мұны тек хабарландыру жариялайтын { term-authority } қызметкерлері жасай алады.
announce-choose-municipality = Бұл хабарландыру қай әкімдікке арналған?
announce-choose-audience = { $municipality } аумағында хабарландыруды кімдер алуы керек? Қажетті елді мекендерді таңдап, «Жалғастыру» батырмасын басыңыз.
announce-audience-all = { $mark } Барлығына
announce-continue = Жалғастыру ▸
announce-choose-category = Хабарландыру не туралы?
announce-write-text = Хабарландыруды мына тілде жазыңыз: { $language } (ең көбі { $max } таңба).
announce-text-too-long = Бұл мәтінде { $length } таңба бар, ал шегі – { $max }. Мәтінді қысқартып, қайта жіберіңіз.
announce-add-language = Сақталды. Басқа тілде оқитын тұрғындар Сіз жазған нұсқалардың ішінен тілі ең жақынын алады. Аударма қосыңыз немесе «Дайын» батырмасын басыңыз.
announce-languages-done = ✔ Дайын
announce-attach = Фото немесе құжат (мысалы, шешімнің PDF файлы) тіркей аласыз. Оны қазір жіберіңіз немесе «Тіркемесіз» батырмасын басыңыз.
announce-no-attachment = Тіркемесіз
announce-choose-time = Хабарландыруды қашан жіберу керек?
announce-send-now = Қазір жіберу
announce-schedule = Уақытын таңдау
announce-now = қазір
announce-write-time = Күні мен уақытын { $municipality } уақыты бойынша жазыңыз, мысалы: { $example }.
announce-time-invalid = Бұл күнді түсіне алмадым. Мына үлгімен жазыңыз: { $example }.
announce-time-past = Бұл уақыт өтіп кетті. Алдағы уақытты жазыңыз, мысалы: { $example }.
announce-preview =
    Хабарландыруды тексеріңіз.
    Мекен: { $place }
    Тақырып: { $category }
    Тілдер: { $languages }
    Тіркеме: { $attachment ->
        [photo] фото
        [document] құжат
       *[none] жоқ
    }
    Уақыты: { $when }
    Оны { $count ->
        [one] бір тұрғын
       *[other] { $count } тұрғын
    } алады.

    { $text }
announce-confirm = ✅ Жіберу
announce-cancel = ✖ Болдырмау
announce-cancelled = Тоқтатылды. Ештеңе жіберілген жоқ.
announce-scheduled = Хабарландыру { $when } уақытында жіберіледі.
announce-sending = Хабарландыру { $count ->
        [one] бір тұрғынға
       *[other] { $count } тұрғынға
    } жіберілуде.
announce-sending-later = { $place } үшін қазір тыныштық сағаттары. Хабарландыру { $start } бастап { $count ->
        [one] бір тұрғынға
       *[other] { $count } тұрғынға
    } жіберіледі.
announce-when-quiet = { $when } (тыныштық сағаттары: жіберу { $start } басталады)
announcements-none = Әзірге хабарландыру жоқ.
announcements-item =
    #{ NUMBER($id, useGrouping: 0) } · { $when } · { $category } · { $status ->
        [scheduled] жоспарланған
        [cancelled] тоқтатылған
        [withdrawn] қайтарып алынған
       *[released] жіберілген
    }
    Жіберілді: { $sent }, кезекте: { $queued }, жеткізілмеді: { $failed }, ботты бұғаттағандар: { $blocked }
    { $text }
announcements-cancel = ✖ Болдырмау
announcements-correct = ✏️ Түзету
announcements-withdraw = 🗑 Қайтарып алу
announcements-cancelled = #{ NUMBER($id, useGrouping: 0) } хабарландыру тоқтатылды.
announcements-withdrawn = #{ NUMBER($id, useGrouping: 0) } хабарландыру қайтарып алынды. Оның көшірмелері { $count ->
        [one] бір чаттан
       *[other] { $count } чаттан
    } өшірілуде; нәтижесін /announcements көрсетеді.
announcements-withdrawal = Қайтарып алу: өшірілді { $deleted }, белгімен ауыстырылды { $noted }, кезекте { $waiting }, жеткізілмеді { $failed }
announcements-choose-language = Қай тілдегі мәтінді түзеткіңіз келеді?
announcements-corrected = #{ NUMBER($id, useGrouping: 0) } хабарландыру { $count ->
        [one] бір чатта
       *[other] { $count } чатта
    } түзетілді.

## Баптаулар: хабарландыру тақырыптары

settings-reminders-off = ⏰ Еске салмау
settings-reminders-on = ⏰ Еске салу
settings-topics = 🗂 Тақырыптар
topics-title = Қандай хабарландыруларды алғыңыз келетінін таңдаңыз. Тақырыпты қосу не өшіру үшін оны басыңыз. Төтенше жағдай туралы ескертулер әрқашан келеді.
topics-saved = Сақталды. Тақырыпты қосу не өшіру үшін оны басыңыз.

## Ақпарат

news-library = 📚 Ақпарат
library-title = Мұнда – { term-authority.gen } ақпараты. Тақырыпты таңдаңыз:
library-empty = Мұнда әлі { term-authority.gen } ақпараты жоқ.
library-choose-item = { $category }: материалды таңдаңыз.
library-acts = 📜 Құқықтық актілер
library-council = 🏛 Мәслихат шешімдері
library-budget = 💰 Бюджеттің атқарылуы
library-hiring = 💼 Бос жұмыс орындары
library-integrity = ⚖️ Мүдделер қақтығысы
library-contacts = ☎️ Байланыс

## Онлайн төлем: нұсқаулықтар

tutorials-title = Онлайн төлеуді қадам-қадаммен үйреніңіз. Нұсқаулықты таңдаңыз:
tutorials-none = Сіздің еліңіз үшін әзірге төлем нұсқаулықтары жоқ.
tutorial-step =
    { $title } · қадам { $number }/{ $total }

    { $text }
tutorial-tip = 💡 { $tip }
tutorial-resumed = Қайта қош келдіңіз! { $number }-қадамнан жалғастырамыз.
tutorial-first-step = Бұл – бірінші қадам.
tutorial-next = Келесі ▸
tutorial-finish = Дайын ▸
tutorial-back = ◂ Артқа
tutorial-restart = ↺ Басынан бастау
tutorial-stuck = 🆘 Қиналып тұрмын
tutorial-did-you-pay = Онлайн төлей алдыңыз ба?
tutorial-paid-yes = ✅ Иә
tutorial-paid-not-yet = ⏳ Әлі жоқ
tutorial-paid-help = 🆘 Көмек керек
tutorial-paid-thanks = Жарайсыз, бізге хабарлағаныңызға рахмет! Онлайн төлем Сізді жол жүруден және кезекте тұрудан құтқарады.
tutorial-not-yet = Ештеңе етпейді. Сізге { $days ->
        [one] бір күннен
       *[other] { $days } күннен
    } кейін еске саламын. Нұсқаулықты кез келген уақытта мәзірден қайта аша аласыз.
tutorial-not-yet-no-reminder = Ештеңе етпейді. Нұсқаулықты кез келген уақытта мәзірден қайта аша аласыз.
tutorial-reminder = Сәлеметсіз бе! Бірнеше күн бұрын Сіз «{ $title }» нұсқаулығын қарадыңыз. Онлайн төлеуді тағы байқап көресіз бе?
tutorial-reminder-open = 📖 Нұсқаулықты ашу
tutorial-reminders-off = 🔕 Еске салмаңыз
tutorial-reminders-stopped = Енді Сізге нұсқаулықтар туралы еске салмаймын.

## Көмек сұрау

help-sent = Сұрағыңыз (#{ NUMBER($id, useGrouping: 0) }) { term-municipality.gen } көмекшілеріне жіберілді. Олардың жауабы осында келеді.
help-stored = Сұрағыңыз (#{ NUMBER($id, useGrouping: 0) }) сақталды. Мүмкіндік болған бойда { term-municipality.gen } көмекшілері осында жауап береді.
help-request =
    🆘 Көмек сұрау #{ NUMBER($id, useGrouping: 0) }
    Нұсқаулық: { $title }, қадам { $number }/{ $total }
    Тұрғынның тілі: { $language }.
help-answer = ✍️ Жауап беру
help-not-allowed = Бұл сұрауға тек осы { term-municipality.gen } көмекшілері жауап бере алады.
help-already-answered = #{ NUMBER($id, useGrouping: 0) } сұрауға жауап беріліп қойған.
help-write-answer = #{ NUMBER($id, useGrouping: 0) } сұрауға жауабыңызды жазыңыз. Тұрғын оны осында, ботпен чатта алады.
help-answer-length = Жауапты ең көбі { $max } таңбамен жазыңыз.
help-answer-sent = Рахмет! Жауабыңыз жіберілді, #{ NUMBER($id, useGrouping: 0) } сұрау жабылды.
help-answer-for-resident =
    💬 «{ $title }» нұсқаулығы бойынша сұрағыңызға жауап:

    { $answer }
announcement-withdrawn-note = Бұл хабарландыруды ескермеңіз, ол кері қайтарылды: «{ $text }»
