## WhatsApp: words the channel adds, and words residents write to opt out or in

# Opening a list of choices (at most 20 characters).
whatsapp-choose = Таңдау
# The last row of a list that has more choices (at most 24 characters).
whatsapp-more = Тағы…
more-choices = Басқа нұсқалар:
# WhatsApp cannot edit or delete a message already delivered: we send these instead.
whatsapp-corrected =
    Хабарландыруға түзету:

    { $text }

# Written alone (any case), these stop or restart notices, as /stop and /start do. Comma-separated.
keywords-stop = STOP, СТОП, ТОҚТАТУ
keywords-start = START, СТАРТ, БАСТАУ
