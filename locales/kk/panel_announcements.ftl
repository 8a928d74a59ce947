## Қызметкерлердің веб-панелі: хабарландырулар (bot/panel/announcements.py)

panel-nav-announcements = Хабарландырулар
panel-ann-title = Хабарландырулар
panel-ann-new = Жаңа хабарландыру
panel-ann-one = Хабарландыру №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Әзірге хабарландыру жоқ.
panel-ann-not-allowed = Сізде бұған рұқсат жоқ. Мұны тек әкімдіктің хабарландыру жариялайтын қызметкерлері көреді.
panel-ann-municipality = Әкімдік
panel-ann-audience = Кім алады
panel-ann-audience-hint = Тек кейбір ауылдарға жіберу үшін оларды белгілеңіз. Ештеңе белгіленбесе, барлығы алады.
panel-ann-everyone = Әкімдіктің барлық тұрғындары
panel-ann-topic = Тақырып
panel-ann-texts = Мәтін
panel-ann-texts-hint = Мәтінді кемінде бір тілде жазыңыз, әр тілде { $max } таңбаға дейін. Басқа тілде оқитын тұрғындар жазылғандардың ең жақынын алады.
panel-ann-more-languages = Тіл қосу:
panel-ann-attachment = Тіркеме
panel-ann-attachment-hint = Қаласаңыз, сурет немесе құжат (мысалы, PDF) тіркеңіз, { $mb } МБ-қа дейін.
panel-ann-attachment-remove = Алып тастау
panel-too-large = Бұл файл тым үлкен. Кішірек файлды таңдаңыз: шегі өрістің астында жазылған.
panel-ann-when = Қашан
panel-ann-send-now = Қазір жіберу
panel-ann-send-at = Осы уақытта ({ $zone }):
panel-ann-now = қазір
panel-ann-when-quiet = { $when } (тыныштық сағаттары: жіберу { $start } басталады)
panel-ann-preview = Алдын ала қарау
panel-ann-reach = Оны { $count ->
        [one] { $count } тұрғын
       *[other] { $count } тұрғын
    } алады.
panel-ann-publish = ✅ Жіберу
panel-ann-test = Маған сынақ көшірмесін жіберу
panel-ann-test-hint = Сынақ көшірмесі тек ботпен өз чатыңызға келеді. Тұрғындар оны алмайды.
panel-ann-test-sent = Сынақ көшірмесі чатыңызға жіберілді. Тұрғындар ештеңе алған жоқ.
panel-ann-change = Өзгерту
panel-ann-topic-missing = Тақырыпты таңдаңыз.
panel-ann-text-missing = Мәтінді кемінде бір тілде жазыңыз.
panel-ann-text-too-long = «{ $language }» тіліндегі мәтінде { $length } таңба бар, ал шегі { $max }. Оны қысқартыңыз.
panel-ann-time-invalid = Күн мен уақытты таңдаңыз немесе «Қазір жіберу» белгілеңіз.
panel-ann-time-past = Бұл уақыт өтіп кетті немесе бір минуттан аз қалды. Кейінірек уақытты таңдаңыз.
panel-ann-invalid = Бұл хабарландыруды жіберу мүмкін емес. Пішінді тексеріңіз.
panel-ann-too-late = Мұны енді істеу мүмкін емес: хабарландыру осы уақытта өзгерді. Оның бетін жаңартыңыз.
panel-ann-status-scheduled = жоспарланған
panel-ann-status-released = жіберілген
panel-ann-status-cancelled = болдырылмаған
panel-ann-status-withdrawn = қайтарып алынған
panel-ann-sent = Жіберілді
panel-ann-delivered = Жеткізілді
panel-ann-read = Оқылды
panel-ann-failed = Қате
panel-ann-waiting = Күтуде
panel-ann-number = { $count }
panel-ann-of-reported = { $reported } ішінен { $count }
panel-ann-receipts-note = Хабардың жеткізілгенін және оқылғанын тек WhatsApp хабарлайды; Telegram хабарламайды. «—» бұл белгісіз екенін білдіреді. «8 ішінен 5» тек WhatsApp көшірмелерін санайды.
panel-ann-chart-title = Уақыт бойынша жеткізу
panel-ann-chart-note = әр сәттегі жиынтық, уақыт { $zone } бойынша
panel-ann-chart-empty = Әзірге ештеңе жіберілген жоқ.
panel-ann-no-receipts = Бірде-бір көшірме WhatsApp арқылы кеткен жоқ, сондықтан жеткізу мен оқу белгісіз.
panel-ann-correct = ✏️ «{ $language }» тіліндегі мәтінді түзету
panel-ann-correct-sure = «{ $language }» тіліндегі жаңа мәтін ескісін { $count ->
        [one] { $count } тұрғынның чатында
       *[other] { $count } тұрғынның чатында
    } ауыстырады. Әлі жіберілмеген көшірмелер ({ $waiting }) жаңа мәтінмен кетеді.
panel-ann-correct-yes = ✏️ Иә, түзету
panel-ann-back = Артқа, ештеңе өзгертпеу
panel-ann-done-sent = Жіберілді. Көшірмелер жолда; төмендегі сандар жеткізуді көрсетеді.
panel-ann-done-scheduled = Жоспарланды. Хабарландыру белгіленген уақытта кетеді.
panel-ann-done-corrected = Түзетілді. Тұрғындардың чаттарындағы көшірмелер өзгертілуде.
panel-ann-done-withdrawn = Қайтарып алынды. Көшірмелер тұрғындардың чаттарынан жойылуда.
panel-ann-done-cancelled = Болдырылмады. Ештеңе жіберілген жоқ.
panel-audit-announcement-publish = хабарландыру жіберді
panel-audit-announcement-schedule = хабарландыруды жоспарлады
panel-audit-announcement-test-copy = өзіне сынақ көшірмесін жіберді
panel-audit-announcement-correct = хабарландыруды түзетті
panel-audit-announcement-withdraw = хабарландыруды қайтарып алды
panel-audit-announcement-cancel = хабарландыруды болдырмады

# Қызметкердің чатындағы сынақ көшірмесі
announce-test-copy =
    🧪 Сынақ көшірмесі: тұрғындар оны алған жоқ.

    { $text }
