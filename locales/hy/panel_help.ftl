## Աշխատակիցների վեբ վահանակ՝ բնակիչների օգնության հարցումներ

panel-nav-help = Օգնության հարցումներ
panel-help-title = Օգնության հարցումներ
panel-help-not-allowed = Դուք սրա թույլտվությունը չունեք։ Սա տեսնում են միայն համայնքում բնակիչների օգնության հարցումներին պատասխանող աշխատակիցները։
panel-help-open = Պատասխանի սպասող հարցումներ՝ { $count }։
panel-help-none = Բաց հարցումներ չկան։ Շնորհակալություն։
panel-help-sent = Ձեր պատասխանը №{ $id } հարցմանն ուղարկվում է բնակչին։
panel-help-asked = Հարցման ամսաթիվ
panel-help-step = Քայլ
panel-help-step-of = { $number }՝ { $total }-ից
panel-help-attached = Բնակիչը կցել է լուսանկար կամ ձայնային հաղորդագրություն. այն կարելի է տեսնել բոտում։
panel-help-your-answer = Ձեր պատասխանը բնակչին
panel-help-send = Ուղարկել պատասխանը
panel-help-answered = Պատասխանված վերջին օրերին՝ { $days }
panel-help-guide = Ուղեցույց
panel-help-answer = Պատասխան
panel-help-by = Ով պատասխանեց
panel-help-already-answered = Այս հարցմանն արդեն պատասխանել են, գուցե գործընկերը հենց նոր։
panel-help-answer-length = Խնդրում ենք գրել մինչև { $max } նիշ պատասխան։
panel-audit-help-answer = պատասխանեց օգնության հարցմանը
