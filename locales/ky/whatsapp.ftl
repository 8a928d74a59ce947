## WhatsApp: words the channel adds, and words residents write to opt out or in

# Opening a list of choices (at most 20 characters).
whatsapp-choose = Тандоо
# The last row of a list that has more choices (at most 24 characters).
whatsapp-more = Дагы…
more-choices = Дагы варианттар:
# WhatsApp cannot edit or delete a message already delivered: we send these instead.
whatsapp-corrected =
    Мурунку кулактандырууга оңдоо:

    { $text }

# Written alone (any case), these stop or restart notices, as /stop and /start do. Comma-separated.
keywords-stop = STOP, СТОП, ТОКТОТ
keywords-start = START, СТАРТ, БАШТА
