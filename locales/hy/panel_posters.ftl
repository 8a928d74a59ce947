## QR posters: the staff panel's page, and the words printed on the posters

# The page
panel-nav-posters = Պաստառներ
panel-posters-title = QR կոդով պաստառներ
panel-posters-intro = Տպեք պաստառ հայտարարությունների տախտակի, խանութի ցուցափեղկի կամ կանգառի համար։ Բնակիչները հեռախոսի տեսախցիկն ուղղում են կոդին, և բոտը բացվում է արդեն ընտրված բնակավայրով։
panel-posters-language = Պաստառի լեզուն
panel-posters-local = Յուրաքանչյուր վայրի իր լեզուն
panel-posters-col-place = Վայր
panel-posters-col-code = Կոդ
panel-posters-col-language = Լեզու
panel-posters-col-download = Ներբեռնել
panel-posters-preview = Պաստառ՝ { $place }
panel-posters-no-telegram = Telegram-ը պաստառներում չի լինի. բոտի Telegram անունը հայտնի չէ։ Խնդրեք ադմինիստրատորին նշել այն։
panel-posters-no-whatsapp = WhatsApp-ը պաստառներում չի լինի. բոտի WhatsApp համարը նշված չէ։ Խնդրեք ադմինիստրատորին նշել այն։
panel-posters-none = Պաստառ դեռ հնարավոր չէ պատրաստել. բոտը չունի ո՛չ Telegram անուն, ո՛չ WhatsApp համար։ Խնդրեք ադմինիստրատորին նշել դրանցից մեկը։

# The poster itself (printed in the place's language)
poster-headline = Կապ պահեք Ձեր համայնքի հետ
poster-offer-proposals = Ուղարկեք Ձեր առաջարկները
poster-offer-announcements = Ստացեք հայտարարություններ
poster-offer-payments = Սովորեք վճարել առցանց
poster-scan = Ուղղեք հեռախոսի տեսախցիկը կոդին և բացեք հղումը։
poster-stop = Ծանուցումները ցանկացած պահի դադարեցնելու համար գրեք STOP։
