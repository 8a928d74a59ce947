## Işgärleriň web paneli: maslahatlaşyklar (çap edýänler üçin)

panel-nav-events = Maslahatlaşyklar
panel-events-title = Maslahatlaşyklar
panel-events-not-allowed = Muňa elýeterliligiňiz ýok. Ony diňe geňeşiň maslahatlaşyklaryny çap edýän işgärler görüp bilýär.
panel-events-upcoming = Öňdäkiler
panel-events-past = Geçenler
panel-events-none = Bu ýerde häzirlikçe maslahatlaşyk ýok.
panel-event-new = Täze maslahatlaşyk
panel-col-event = Maslahatlaşyk
panel-col-going = Geler
panel-col-maybe = Belki
panel-col-cant = Gelip bilmez
panel-col-waitlist = Garaşyş sanawy
panel-col-attended = Geldi
panel-col-resident = Ýaşaýjy
panel-col-answer = Jogap
panel-col-answered = Jogap senesi

# Forma
panel-event-who = Kim çagyrylýar
panel-event-communities = Çagyrylan obalar (hiç biri bellenmese, tutuş geňeş):
panel-event-kind = Görnüşi
panel-event-what = Ady we beýany
panel-event-other-languages = Başga diller (islege görä)
panel-event-title-in = Ady ({ $language })
panel-event-text-in = Beýany ({ $language })
panel-event-when-where = Wagty we ýeri
panel-event-start = Başlanýan wagty (geňeşiň ýerli wagty)
panel-event-minutes = Dowamlylygy, minutda
panel-event-link = Onlaýn goşulmak üçin salgy (islege görä)
panel-event-place = Salgy ýeri (onlaýn salgy bar bolsa, hökman däl)
panel-event-capacity = Ýer sany (boş: çäklendirme ýok)
panel-event-invite-hint = Saýlan ýerleriňiziň ýaşaýjylary çap edilen badyna botda çakylyk alarlar.
panel-event-create = Çap et we çagyr
panel-event-error-time = Haýyş, başlanýan senäni we wagty görkeziň.
panel-event-error-too-soon = Bu wagt geçdi ýa-da gaty ýakyn. Haýyş, has giç başlanýan wagty saýlaň.
panel-event-error-minutes = Haýyş, dowamlylygy bitin minutlarda, 15-den { $max }-e çenli görkeziň.
panel-event-error-link = Haýyş, https:// bilen başlanýan doly salgyny görkeziň.
panel-event-error-place = Salgy ýeri gaty uzyn: köp bolsa { $max } belgi.
panel-event-error-capacity = Haýyş, ýer sanyny bitin san bilen, köp bolsa { $max } görkeziň.
panel-event-error-text = Haýyş, dolduran her diliňizde ady (köp bolsa { $number } belgi) we beýany (köp bolsa { $max }) ýazyň.
panel-event-error-where = Haýyş, onlaýn goşulmak üçin salgyny, ýeriň salgysyny ýa-da ikisini hem görkeziň.
panel-event-error-nothing = Hiç zat üýtgemedi.
panel-event-error-incomplete = Formada bir zat ýetmeýär. Haýyş, barlaň we täzeden synanyşyň.

# Üýtgetmek we ýatyrmak
panel-event-edit-title = “{ $title }” üýtgetmek
panel-event-edit-hint = Jogap beren ýaşaýjylar täze wagt, dowamlylyk, onlaýn salgy ýa-da ýeriň salgysy barada habar alarlar. Ýer köpelse, garaşyş sanawyndakylar ýer alarlar.
panel-event-save = Ýatda sakla
panel-event-cancel-title = “{ $title }” ýatyrylsynmy?
panel-event-cancel-confirm = Jogap beren ýaşaýjylar ({ $count }) ýatyrylandygy barada habar alarlar. Muny yzyna gaýtaryp bolmaýar.
panel-event-cancel-yes = Hawa, ýatyr
panel-event-cancel-back = Ýok, yza dolan
panel-event-created = Çap edildi. Nobatdaky çakylyklar: { $count }.
panel-event-saved = Ýatda saklandy. Üýtgeşme barada habar alan ýaşaýjylar: { $count }.
panel-event-cancelled = Maslahatlaşyk ýatyryldy. Habar alan ýaşaýjylar: { $count }.
panel-event-closed = Bu maslahatlaşygy indi üýtgedip bolmaýar: ol geçdi ýa-da ýatyryldy.

# Bir maslahatlaşyk
panel-event-duration = { $minutes } minut
panel-event-where = Nirede
panel-event-places = Ýer sany
panel-event-code = Bellige alyş kody
panel-event-invited = Çakylyklar
panel-event-edit = ✏️ Üýtgetmek
panel-event-cancel = ✖ Maslahatlaşygy ýatyr
panel-event-answers = Jogaplar
panel-event-answers-none = Entek hiç kim jogap bermedi.
panel-event-by-checkin = özi bellige alyndy
panel-event-by-staff = işgär belledi
panel-event-waitlist = Garaşyş sanawy, nobat boýunça
panel-event-feedback = Pikirler
panel-event-feedback-line = Bahalar: { $count }, ortaça 5-den { $average }.
panel-event-feedback-none = Entek baha ýok.
panel-event-summary = Metbugat üçin tekst
panel-event-summary-hint = Maslahatlaşyk barada siziň diliňizdäki gysga tekst. Ony saýlap, göçürip alyň.

# Tekstiň özi
panel-summary-cancelled = { $municipality } geňeşiniň { $when } senesine meýilleşdirilen “{ $title }” ({ $kind }) çäresi ýatyryldy.
panel-summary-planned = { $when } { $municipality } maslahatlaşyk geçirýär: { $kind } “{ $title }”. Ýeri: { $where }.
panel-summary-held = { $when } { $municipality } maslahatlaşyk geçirdi: { $kind } “{ $title }”. Ýeri: { $where }.
panel-summary-people = Gatnaşan ýaşaýjylar: { $count } (geljekdigini aýdanlar: { $going }).
panel-summary-proposals = Gatnaşyjylar { $count } teklip berdiler:
panel-summary-no-proposals = Maslahatlaşykda teklip berilmedi.
panel-summary-feedback = Baha beren gatnaşyjylar: { $count }, ortaça 5-den { $average }.
panel-summary-where-both = { $place }, şeýle hem onlaýn
panel-summary-where-online = onlaýn

# Hereketler žurnaly
panel-audit-event-create = maslahatlaşyk çap etdi
panel-audit-event-edit = maslahatlaşygy üýtgetdi
panel-audit-event-cancel = maslahatlaşygy ýatyrdy
