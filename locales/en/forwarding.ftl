# Texts for the authority (bot/forwarding.py): its Telegram group and e-mail. Plain text only.

forward-chat-new = 📨 A new proposal from a resident, approved by a moderator
forward-body =
    Proposal { $number }
    Category: { $category }
    Place: { $place }
    Sent: { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } photo
       *[other] 📷 { $count } photos
    }
forward-location = 📍 On the map:
forward-answer = ✍️ Answer
forward-done = ✅ Mark as done
forward-email-subject = Proposal { $number }: { $category }
forward-email-footer = A resident of { $municipality } sent this proposal through the community bot, and a moderator approved it. Please mention the number { $number } in your answer.
