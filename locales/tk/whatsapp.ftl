## WhatsApp: words the channel adds, and words residents write to opt out or in

# Opening a list of choices (at most 20 characters).
whatsapp-choose = Saýlamak
# The last row of a list that has more choices (at most 24 characters).
whatsapp-more = Ýene…
more-choices = Başga mümkinçilikler:
# WhatsApp cannot edit or delete a message already delivered: we send these instead.
whatsapp-corrected =
    Öňki bildirişe düzediş:

    { $text }

# Written alone (any case), these stop or restart notices, as /stop and /start do. Comma-separated.
keywords-stop = STOP, BES
keywords-start = START, BAŞLA
