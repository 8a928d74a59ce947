# Տեքստեր իշխանության մարմնի համար (bot/forwarding.py)՝ Telegram խումբ և էլ. փոստ։ Միայն պարզ տեքստ։

forward-chat-new = 📨 Բնակչի նոր առաջարկ՝ հաստատված մոդերատորի կողմից
forward-body =
    Առաջարկ { $number }
    Կատեգորիա՝ { $category }
    Վայր՝ { $place }
    Ուղարկվել է՝ { $when }

    { $text }
forward-photos =
    { $count ->
        [one] 📷 { $count } լուսանկար
       *[other] 📷 { $count } լուսանկար
    }
forward-location = 📍 Քարտեզի վրա՝
forward-answer = ✍️ Պատասխանել
forward-done = ✅ Կատարված է
forward-email-subject = Առաջարկ { $number }՝ { $category }
forward-email-footer = Բնակիչը ({ $municipality }) այս առաջարկն ուղարկել է համայնքային բոտի միջոցով, և մոդերատորը հաստատել է այն։ Խնդրում ենք պատասխանում նշել { $number } համարը։
