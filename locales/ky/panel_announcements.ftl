## Кызматкерлердин веб-панели: кулактандыруулар (bot/panel/announcements.py)

panel-nav-announcements = Кулактандыруулар
panel-ann-title = Кулактандыруулар
panel-ann-new = Жаңы кулактандыруу
panel-ann-one = Кулактандыруу №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Азырынча кулактандыруу жок.
panel-ann-not-allowed = Сизде буга уруксат жок. Муну айыл аймагынын кулактандыруу жарыялаган кызматкерлери гана көрө алат.
panel-ann-municipality = Айыл аймак
panel-ann-audience = Ким алат
panel-ann-audience-hint = Айрым айылдарга гана жөнөтүү үчүн аларды белгилеңиз. Эч нерсе белгиленбесе, баары алат.
panel-ann-everyone = Айыл аймактын бардык тургундары
panel-ann-topic = Тема
panel-ann-texts = Текст
panel-ann-texts-hint = Текстти жок дегенде бир тилде жазыңыз, ар бир тилде { $max } белгиге чейин. Башка тилде окуган тургундар жазылгандардын эң жакынын алат.
panel-ann-more-languages = Тил кошуу:
panel-ann-attachment = Тиркеме
panel-ann-attachment-hint = Кааласаңыз, сүрөт же документ (мисалы, PDF) тиркеңиз, { $mb } МБга чейин.
panel-ann-attachment-remove = Алып салуу
panel-too-large = Бул файл өтө чоң. Кичирээк файлды тандаңыз: чеги талаанын астында жазылган.
panel-ann-when = Качан
panel-ann-send-now = Азыр жөнөтүү
panel-ann-send-at = Ушул убакта ({ $zone }):
panel-ann-now = азыр
panel-ann-when-quiet = { $when } (тынч саат: жөнөтүү { $start } башталат)
panel-ann-preview = Алдын ала көрүү
panel-ann-reach = Аны { $count ->
        [one] { $count } тургун
       *[other] { $count } тургун
    } алат.
panel-ann-publish = ✅ Жөнөтүү
panel-ann-test = Мага сыноо көчүрмөсүн жөнөтүү
panel-ann-test-hint = Сыноо көчүрмөсү бот менен болгон өз чатыңызга гана келет. Тургундар аны алышпайт.
panel-ann-test-sent = Сыноо көчүрмөсү чатыңызга жөнөтүлдү. Тургундар эч нерсе алышкан жок.
panel-ann-change = Өзгөртүү
panel-ann-topic-missing = Теманы тандаңыз.
panel-ann-text-missing = Текстти жок дегенде бир тилде жазыңыз.
panel-ann-text-too-long = «{ $language }» тилиндеги текстте { $length } белги бар, ал эми чеги { $max }. Аны кыскартыңыз.
panel-ann-time-invalid = Күндү жана убакытты тандаңыз же «Азыр жөнөтүү» белгилеңиз.
panel-ann-time-past = Бул убакыт өтүп кетти же бир мүнөттөн аз калды. Кийинирээк убакытты тандаңыз.
panel-ann-invalid = Бул кулактандырууну жөнөтүүгө болбойт. Форманы текшериңиз.
panel-ann-too-late = Муну эми жасоого болбойт: кулактандыруу ушул убакта өзгөрдү. Анын барагын жаңыртыңыз.
panel-ann-status-scheduled = пландалган
panel-ann-status-released = жөнөтүлгөн
panel-ann-status-cancelled = жокко чыгарылган
panel-ann-status-withdrawn = кайтарып алынган
panel-ann-sent = Жөнөтүлдү
panel-ann-delivered = Жеткирилди
panel-ann-read = Окулду
panel-ann-failed = Ката
panel-ann-waiting = Күтүүдө
panel-ann-number = { $count }
panel-ann-of-reported = { $reported } ичинен { $count }
panel-ann-receipts-note = Билдирүүнүн жеткирилгенин жана окулганын WhatsApp гана билдирет; Telegram билдирбейт. «—» бул белгисиз экенин билдирет. «8 ичинен 5» WhatsApp көчүрмөлөрүн гана эсептейт.
panel-ann-chart-title = Убакыт боюнча жеткирүү
panel-ann-chart-note = ар бир учурдагы жыйынтык, убакыт { $zone } боюнча
panel-ann-chart-empty = Азырынча эч нерсе жөнөтүлгөн жок.
panel-ann-no-receipts = Бир да көчүрмө WhatsApp аркылуу кеткен жок, ошондуктан жеткирүү жана окуу белгисиз.
panel-ann-correct = ✏️ «{ $language }» тилиндеги текстти оңдоо
panel-ann-correct-sure = «{ $language }» тилиндеги жаңы текст эскисин { $count ->
        [one] { $count } тургундун чатында
       *[other] { $count } тургундун чатында
    } алмаштырат. Али жөнөтүлбөгөн көчүрмөлөр ({ $waiting }) жаңы текст менен кетет.
panel-ann-correct-yes = ✏️ Ооба, оңдоо
panel-ann-back = Артка, эч нерсе өзгөртпөө
panel-ann-done-sent = Жөнөтүлдү. Көчүрмөлөр жолдо; төмөнкү сандар жеткирүүнү көрсөтөт.
panel-ann-done-scheduled = Пландалды. Кулактандыруу белгиленген убакта кетет.
panel-ann-done-corrected = Оңдолду. Тургундардын чаттарындагы көчүрмөлөр өзгөртүлүүдө.
panel-ann-done-withdrawn = Кайтарып алынды. Көчүрмөлөр тургундардын чаттарынан өчүрүлүүдө.
panel-ann-done-cancelled = Жокко чыгарылды. Эч нерсе жөнөтүлгөн жок.
panel-audit-announcement-publish = кулактандыруу жөнөттү
panel-audit-announcement-schedule = кулактандырууну пландады
panel-audit-announcement-test-copy = өзүнө сыноо көчүрмөсүн жөнөттү
panel-audit-announcement-correct = кулактандырууну оңдоду
panel-audit-announcement-withdraw = кулактандырууну кайтарып алды
panel-audit-announcement-cancel = кулактандырууну жокко чыгарды

# Кызматкердин чатындагы сыноо көчүрмөсү
announce-test-copy =
    🧪 Сыноо көчүрмөсү: тургундар аны алышкан жок.

    { $text }
