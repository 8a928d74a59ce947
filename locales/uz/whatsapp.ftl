## WhatsApp: words the channel adds, and words residents write to opt out or in

# Opening a list of choices (at most 20 characters).
whatsapp-choose = Tanlash
# The last row of a list that has more choices (at most 24 characters).
whatsapp-more = Yana…
more-choices = Yana variantlar:
# WhatsApp cannot edit or delete a message already delivered: we send these instead.
whatsapp-corrected =
    Oldingi eʼlonga tuzatish:

    { $text }

# Written alone (any case), these stop or restart notices, as /stop and /start do. Comma-separated.
keywords-stop = STOP, TOʻXTAT
keywords-start = START, BOSHLA
