## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Plakatlar
panel-posters-title = QR kodli plakatlar
panel-posters-intro = Eʼlonlar taxtasi, doʻkon vitrinasi yoki bekat uchun plakat chop eting. Aholi telefon kamerasini kodga qaratadi va bot ularning yashash joyi tanlangan holda ochiladi.
panel-posters-language = Plakat tili
panel-posters-local = Har bir joyning oʻz tili
panel-posters-col-place = Joy
panel-posters-col-code = Kod
panel-posters-col-language = Til
panel-posters-col-download = Yuklab olish
panel-posters-preview = Plakat: { $place }
panel-posters-no-telegram = Telegram plakatlarga tushmaydi: botning Telegramdagi nomi maʼlum emas. Administratordan uni koʻrsatishni soʻrang.
panel-posters-no-whatsapp = WhatsApp plakatlarga tushmaydi: botning WhatsApp raqami koʻrsatilmagan. Administratordan uni koʻrsatishni soʻrang.
panel-posters-none = Hozircha plakat tayyorlab boʻlmaydi: botning na Telegramdagi nomi, na WhatsApp raqami bor. Administratordan ulardan birini koʻrsatishni soʻrang.

# The poster itself (printed in the place's language)
poster-headline = Mahallangiz bilan aloqada boʻling
poster-offer-proposals = Takliflaringizni yuboring
poster-offer-announcements = Eʼlonlarni oling
poster-offer-payments = Onlayn toʻlashni oʻrganing
poster-scan = Telefon kamerasini kodga qarating va havolani oching.
poster-stop = Xabarlarni istalgan vaqtda toʻxtatish uchun TOʻXTAT deb yozing.
