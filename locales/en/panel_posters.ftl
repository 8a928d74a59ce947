## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Posters
panel-posters-title = QR posters
panel-posters-intro = Print a poster for a notice board, a shop window or a bus stop. Residents point their phone camera at its code, and the bot opens with their place already chosen.
panel-posters-language = Poster language
panel-posters-local = Each place's own language
panel-posters-col-place = Place
panel-posters-col-code = Code
panel-posters-col-language = Language
panel-posters-col-download = Download
panel-posters-preview = Poster for { $place }
panel-posters-no-telegram = Telegram is left out of the posters: the bot's Telegram username is not known. Please ask the administrator to set it.
panel-posters-no-whatsapp = WhatsApp is left out of the posters: the bot's WhatsApp number is not set. Please ask the administrator to set it.
panel-posters-none = No poster can be made yet: the bot has neither a Telegram username nor a WhatsApp number. Please ask the administrator to set one of them.

# The poster itself (printed in the place's language)
poster-headline = Stay in touch with your municipality
poster-offer-proposals = Send your proposals
poster-offer-announcements = Get announcements
poster-offer-payments = Learn to pay bills online
poster-scan = Point your phone camera at a code and open the link.
poster-stop = To stop messages at any time, write STOP.
