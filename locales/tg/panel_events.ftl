## Панели веби кормандон: муҳокимаҳо (барои нашркунандагон)

panel-nav-events = Муҳокимаҳо
panel-events-title = Муҳокимаҳо
panel-events-not-allowed = Шумо ба ин дастрасӣ надоред. Инро танҳо кормандоне мебинанд, ки муҳокимаҳои ҷамоатро нашр мекунанд.
panel-events-upcoming = Дар пеш
panel-events-past = Гузашта
panel-events-none = Дар ин ҷо ҳоло муҳокима нест.
panel-event-new = Муҳокимаи нав
panel-col-event = Муҳокима
panel-col-going = Меоянд
panel-col-maybe = Шояд
panel-col-cant = Омада наметавонанд
panel-col-waitlist = Рӯйхати интизорӣ
panel-col-attended = Омаданд
panel-col-resident = Сокин
panel-col-answer = Ҷавоб
panel-col-answered = Санаи ҷавоб

# Шакл
panel-event-who = Кӣ даъват мешавад
panel-event-communities = Деҳаҳои даъватшуда (агар ҳеҷ кадом қайд нашавад, тамоми ҷамоат):
panel-event-kind = Навъ
panel-event-what = Ном ва тавсиф
panel-event-other-languages = Забонҳои дигар (ихтиёрӣ)
panel-event-title-in = Ном ({ $language })
panel-event-text-in = Тавсиф ({ $language })
panel-event-when-where = Вақт ва ҷой
panel-event-start = Оғоз (вақти маҳаллии ҷамоат)
panel-event-minutes = Давомнокӣ, бо дақиқа
panel-event-link = Истинод барои пайвастан онлайн (ихтиёрӣ)
panel-event-place = Суроға (агар истинод бошад, ҳатмӣ нест)
panel-event-capacity = Шумораи ҷойҳо (холӣ: бе маҳдудият)
panel-event-invite-hint = Сокинони ҷойҳои интихобшуда баъд аз нашр дар бот даъватнома мегиранд.
panel-event-create = Нашр ва даъват кардан
panel-event-error-time = Лутфан, сана ва вақти оғозро нишон диҳед.
panel-event-error-too-soon = Ин вақт гузаштааст ё хеле наздик аст. Лутфан, оғози дертарро интихоб кунед.
panel-event-error-minutes = Лутфан, давомнокиро бо дақиқаҳои пурра, аз 15 то { $max } нишон диҳед.
panel-event-error-link = Лутфан, истиноди пурраро, ки бо https:// оғоз мешавад, нишон диҳед.
panel-event-error-place = Суроға хеле дароз аст: на зиёда аз { $max } аломат.
panel-event-error-capacity = Лутфан, шумораи ҷойҳоро бо адади бутун, на зиёда аз { $max } нишон диҳед.
panel-event-error-text = Лутфан, дар ҳар забоне, ки пур мекунед, ном (то { $number } аломат) ва тавсиф (то { $max }) нависед.
panel-event-error-where = Лутфан, истинод барои пайвастан онлайн, суроға ё ҳардуро нишон диҳед.
panel-event-error-nothing = Ҳеҷ чиз тағйир наёфт.
panel-event-error-incomplete = Дар шакл чизе намерасад. Лутфан, санҷед ва боз кӯшиш кунед.

# Тағйир ва бекор кардан
panel-event-edit-title = Тағйир додани «{ $title }»
panel-event-edit-hint = Сокиноне, ки ҷавоб додаанд, дар бораи вақт, давомнокӣ, истинод ё суроғаи нав хабар мегиранд. Агар ҷойҳо зиёд шаванд, одамони рӯйхати интизорӣ ҷой мегиранд.
panel-event-save = Нигоҳ доштан
panel-event-cancel-title = «{ $title }» бекор карда шавад?
panel-event-cancel-confirm = Сокиноне, ки ҷавоб додаанд ({ $count }), дар бораи бекоршавӣ хабар мегиранд. Инро баргардондан мумкин нест.
panel-event-cancel-yes = Ҳа, бекор кун
panel-event-cancel-back = Не, бозгашт
panel-event-created = Нашр шуд. Даъватномаҳо дар навбат: { $count }.
panel-event-saved = Нигоҳ дошта шуд. Сокинони огоҳшуда дар бораи тағйир: { $count }.
panel-event-cancelled = Муҳокима бекор шуд. Сокинони огоҳшуда: { $count }.
panel-event-closed = Ин муҳокимаро дигар тағйир додан мумкин нест: он гузаштааст ё бекор шудааст.

# Як муҳокима
panel-event-duration = { $minutes } дақ
panel-event-where = Дар куҷо
panel-event-places = Шумораи ҷойҳо
panel-event-code = Рамзи бақайдгирӣ
panel-event-invited = Даъватномаҳо
panel-event-edit = ✏️ Тағйир додан
panel-event-cancel = ✖ Бекор кардани муҳокима
panel-event-answers = Ҷавобҳо
panel-event-answers-none = Ҳоло касе ҷавоб надодааст.
panel-event-by-checkin = худаш қайд шуд
panel-event-by-staff = корманд қайд кард
panel-event-waitlist = Рӯйхати интизорӣ, бо навбат
panel-event-feedback = Фикрҳо
panel-event-feedback-line = Баҳоҳо: { $count }, ба ҳисоби миёна { $average } аз 5.
panel-event-feedback-none = Ҳоло баҳо нест.
panel-event-summary = Матн барои матбуот
panel-event-summary-hint = Матни кӯтоҳ дар бораи муҳокима бо забони Шумо. Онро интихоб карда, нусха бардоред.

# Худи матн
panel-summary-cancelled = Чорабинии «{ $title }» ({ $kind })-и ҷамоати { $municipality }, ки ба { $when } ба нақша гирифта шуда буд, бекор шуд.
panel-summary-planned = { $when } { $municipality } муҳокима мегузаронад: { $kind } «{ $title }». Ҷой: { $where }.
panel-summary-held = { $when } { $municipality } муҳокима гузаронд: { $kind } «{ $title }». Ҷой: { $where }.
panel-summary-people = Сокинони иштироккунанда: { $count } (омаданашонро гуфта буданд: { $going }).
panel-summary-proposals = Иштирокчиён { $count } пешниҳод доданд:
panel-summary-no-proposals = Дар муҳокима пешниҳод дода нашуд.
panel-summary-feedback = Иштирокчиёни баҳодода: { $count }, ба ҳисоби миёна { $average } аз 5.
panel-summary-where-both = { $place }, инчунин онлайн
panel-summary-where-online = онлайн

# Дафтари амалҳо
panel-audit-event-create = муҳокимаро нашр кард
panel-audit-event-edit = муҳокимаро тағйир дод
panel-audit-event-cancel = муҳокимаро бекор кард
