## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Плакаттар
panel-posters-title = QR коды бар плакаттар
panel-posters-intro = Хабарландыру тақтасына, дүкен терезесіне немесе аялдамаға плакат басып шығарыңыз. Тұрғындар телефон камерасын кодқа бағыттайды, ал бот олардың елді мекені таңдалған күйде ашылады.
panel-posters-language = Плакат тілі
panel-posters-local = Әр жердің өз тілі
panel-posters-col-place = Жер
panel-posters-col-code = Код
panel-posters-col-language = Тіл
panel-posters-col-download = Жүктеп алу
panel-posters-preview = Плакат: { $place }
panel-posters-no-telegram = Telegram плакаттарға шықпайды: боттың Telegram-дағы аты белгісіз. Әкімшіден оны көрсетуді сұраңыз.
panel-posters-no-whatsapp = WhatsApp плакаттарға шықпайды: боттың WhatsApp нөмірі көрсетілмеген. Әкімшіден оны көрсетуді сұраңыз.
panel-posters-none = Әзірге плакат жасау мүмкін емес: боттың Telegram-дағы аты да, WhatsApp нөмірі де жоқ. Әкімшіден біреуін көрсетуді сұраңыз.

# The poster itself (printed in the place's language)
poster-headline = Әкімдікпен байланыста болыңыз
poster-offer-proposals = Ұсыныстарыңызды жіберіңіз
poster-offer-announcements = Хабарландыруларды алыңыз
poster-offer-payments = Онлайн төлеуді үйреніңіз
poster-scan = Телефон камерасын кодқа бағыттап, сілтемені ашыңыз.
poster-stop = Хабарламаларды кез келген уақытта тоқтату үшін STOP деп жазыңыз.
