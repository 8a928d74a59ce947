## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Плакатҳо
panel-posters-title = Плакатҳо бо QR-код
panel-posters-intro = Барои лавҳаи эълонҳо, витринаи мағоза ё истгоҳ плакат чоп кунед. Сокинон камераи телефонро ба код равона мекунанд ва бот бо ҷои зисти интихобшудаи онҳо кушода мешавад.
panel-posters-language = Забони плакат
panel-posters-local = Забони худи ҳар як ҷой
panel-posters-col-place = Ҷой
panel-posters-col-code = Код
panel-posters-col-language = Забон
panel-posters-col-download = Боргирӣ
panel-posters-preview = Плакат: { $place }
panel-posters-no-telegram = Telegram ба плакатҳо намедарояд: номи бот дар Telegram маълум нест. Аз маъмур хоҳиш кунед, ки онро нишон диҳад.
panel-posters-no-whatsapp = WhatsApp ба плакатҳо намедарояд: рақами WhatsApp-и бот нишон дода нашудааст. Аз маъмур хоҳиш кунед, ки онро нишон диҳад.
panel-posters-none = Ҳоло плакат сохтан ғайриимкон аст: бот на номи Telegram дорад, на рақами WhatsApp. Аз маъмур хоҳиш кунед, ки яке аз онҳоро нишон диҳад.

# The poster itself (printed in the place's language)
poster-headline = Бо ҷамоати худ дар тамос бошед
poster-offer-proposals = Пешниҳодҳои худро фиристед
poster-offer-announcements = Эълонҳоро гиред
poster-offer-payments = Пардохти онлайнро омӯзед
poster-scan = Камераи телефонро ба код равона кунед ва истинодро кушоед.
poster-stop = Барои қатъ кардани хабарҳо ҳар вақт ҚАТЪ нависед.
