## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Плакаты
panel-posters-title = Плакаты с QR-кодом
panel-posters-intro = Распечатайте плакат для доски объявлений, витрины магазина или остановки. Жители наводят камеру телефона на код, и бот открывается уже с их населённым пунктом.
panel-posters-language = Язык плаката
panel-posters-local = Свой язык каждого места
panel-posters-col-place = Место
panel-posters-col-code = Код
panel-posters-col-language = Язык
panel-posters-col-download = Скачать
panel-posters-preview = Плакат: { $place }
panel-posters-no-telegram = Telegram не попадёт на плакаты: имя бота в Telegram неизвестно. Попросите администратора указать его.
panel-posters-no-whatsapp = WhatsApp не попадёт на плакаты: номер WhatsApp бота не указан. Попросите администратора указать его.
panel-posters-none = Плакат пока нельзя сделать: у бота нет ни имени в Telegram, ни номера WhatsApp. Попросите администратора указать одно из них.

# The poster itself (printed in the place's language)
poster-headline = Будьте на связи с муниципалитетом
poster-offer-proposals = Отправляйте свои предложения
poster-offer-announcements = Получайте объявления
poster-offer-payments = Научитесь платить онлайн
poster-scan = Наведите камеру телефона на код и откройте ссылку.
poster-stop = Чтобы отказаться от уведомлений, в любой момент напишите СТОП.
