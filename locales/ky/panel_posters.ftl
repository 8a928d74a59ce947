## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Плакаттар
panel-posters-title = QR коду бар плакаттар
panel-posters-intro = Кулактандыруу тактасына, дүкөндүн витринасына же аялдамага плакат басып чыгарыңыз. Тургундар телефондун камерасын кодго багыттайт, бот алардын жашаган жери тандалган абалда ачылат.
panel-posters-language = Плакаттын тили
panel-posters-local = Ар бир жердин өз тили
panel-posters-col-place = Жер
panel-posters-col-code = Код
panel-posters-col-language = Тил
panel-posters-col-download = Жүктөп алуу
panel-posters-preview = Плакат: { $place }
panel-posters-no-telegram = Telegram плакаттарга кирбейт: боттун Telegram аты белгисиз. Администратордон аны көрсөтүүнү сураныңыз.
panel-posters-no-whatsapp = WhatsApp плакаттарга кирбейт: боттун WhatsApp номери көрсөтүлгөн эмес. Администратордон аны көрсөтүүнү сураныңыз.
panel-posters-none = Азырынча плакат жасоого болбойт: боттун Telegram аты да, WhatsApp номери да жок. Администратордон бирөөсүн көрсөтүүнү сураныңыз.

# The poster itself (printed in the place's language)
poster-headline = Айыл аймагыңыз менен байланышта болуңуз
poster-offer-proposals = Сунуштарыңызды жөнөтүңүз
poster-offer-announcements = Кулактандырууларды алыңыз
poster-offer-payments = Онлайн төлөөнү үйрөнүңүз
poster-scan = Телефондун камерасын кодго багыттап, шилтемени ачыңыз.
poster-stop = Билдирүүлөрдү каалаган убакта токтотуу үчүн ТОКТОТ деп жазыңыз.
