## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Plakatlar
panel-posters-title = QR kodly plakatlar
panel-posters-intro = Bildiriş tagtasy, dükanyň witrinasy ýa-da duralga üçin plakat çap ediň. Ýaşaýjylar telefonyň kamerasyny koda tutýarlar we bot olaryň ýaşaýan ýeri saýlanan görnüşde açylýar.
panel-posters-language = Plakatyň dili
panel-posters-local = Her ýeriň öz dili
panel-posters-col-place = Ýer
panel-posters-col-code = Kod
panel-posters-col-language = Dil
panel-posters-col-download = Ýükläp almak
panel-posters-preview = Plakat: { $place }
panel-posters-no-telegram = Telegram plakatlara girmez: botuň Telegramdaky ady belli däl. Administratordan ony görkezmegi haýyş ediň.
panel-posters-no-whatsapp = WhatsApp plakatlara girmez: botuň WhatsApp belgisi görkezilmedik. Administratordan ony görkezmegi haýyş ediň.
panel-posters-none = Häzirlikçe plakat taýýarlap bolmaýar: botuň ne Telegramdaky ady, ne-de WhatsApp belgisi bar. Administratordan olaryň birini görkezmegi haýyş ediň.

# The poster itself (printed in the place's language)
poster-headline = Geňeşiňiz bilen habarlaşyp duruň
poster-offer-proposals = Teklipleriňizi iberiň
poster-offer-announcements = Bildirişleri alyň
poster-offer-payments = Onlaýn tölemegi öwreniň
poster-scan = Telefonyňyzyň kamerasyny koda tutuň we salgyny açyň.
poster-stop = Habarlary islän wagtyňyz togtatmak üçin BES diýip ýazyň.
