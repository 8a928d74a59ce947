## The staff web panel, and the staff's queue tools in chat

# /panel in chat
panel-staff-only = Web panel geňeşiň işgärleri üçin. Eger geňeşde işleýän bolsaňyz, onuň administratoryndan rol soraň.
panel-link =
    Işgärleriň web paneline salgyňyz:
    { $link }

    Ol bir gezek we { $minutes } minutlap işleýär. Ony hiç kime bermäň.
panel-open = 🖥 Paneli açmak

# /queue and /p in chat
moderation-queue-page = { $what }: { $count ->
        [one] { $count } teklip görkezildi.
       *[other] { $count } teklip görkezildi.
    }
moderation-queue-empty = { $what }: başga teklip ýok.
moderation-queue-next = Indiki sahypa ▸
moderation-queue-filter = 🔎 Süzgüç
moderation-queue-filters = Häzir görkezilýän: { $status }. Ýagdaýy ýa-da onuň içinde temany saýlaň.
moderation-card-status = Ýagdaýy: { $status }
moderation-open-how = /p buýrugyndan soň teklibiň belgisini ýazyň, meselem: /p QUB-2026-0042
moderation-open-not-found = { $number } teklip Siziň moderatorlyk edýän geňeşleriňizde tapylmady.

# Pages
panel-title = Işgärleriň paneli
panel-nav-queue = Moderasiýa nobaty
panel-nav-audit = Hereketler žurnaly
panel-language = Dil
panel-apply = Ulanmak
panel-logout = Çykmak
panel-logout-all = Ähli ýerden çykmak
panel-signin-title = Girmek
panel-signin-how = Girmek üçin bota şahsy çatda /panel iberiň we ol iberen salgyny açyň.
panel-login-confirm = Işgärleriň paneline girmek üçin düwmä basyň. Salgy diňe bir gezek işleýär.
panel-login-button = Girmek
panel-link-refused = Bu salgy indi işlemeýär: ol eýýäm ulanyldy ýa-da 10 minutdan köp wagt geçdi. Bota ýene /panel iberiň.
panel-signed-out = Siz çykdyňyz.
panel-signed-out-everywhere = Siz ähli enjamlarda çykdyňyz.
panel-csrf-refused = Bu haýyş paneliň sahypasyndan gelmändigi sebäpli ret edildi. Sahypany täzeden ýükläň we ýene synanyşyň.
panel-not-allowed = Muňa elýeterliligiňiz ýok. Ony diňe geňeşiň moderatorlary görüp bilýär.
panel-not-found = Bu salgyda hiç zat tapylmady.

# The queue
panel-queue-title = Moderasiýa nobaty
panel-queue-pending = { $count ->
        [one] { $count } teklip karara garaşýar.
       *[other] { $count } teklip karara garaşýar.
    }
panel-queue-pending-many = Azyndan { $count } teklip karara garaşýar.
panel-queue-empty = Bu süzgüçlere laýyk teklip ýok.
panel-filter-status = Ýagdaýy
panel-filter-category = Tema
panel-filter-community = Oba
panel-filter-since = Başlangyç sene
panel-filter-until = Ahyrky sene
panel-filter-search = Belgi ýa-da sözler
panel-filter-any = Islendik
panel-filter-apply = Görkezmek
panel-col-number = Belgi
panel-col-submitted = Iberildi
panel-col-place = Ýer
panel-col-category = Tema
panel-col-text = Tekst
panel-col-status = Ýagdaýy
panel-col-when = Haçan
panel-col-what = Näme
panel-col-who = Kim
panel-col-channel = Kanal
panel-col-target = Salgy
panel-col-sent = Iberilen wagty
panel-col-error = Ýalňyşlyk
panel-next-page = Indiki sahypa ▸
panel-first-page = ◂ Birinji sahypa
panel-bulk-title = Bellenen teklipler bilen
panel-bulk-approve = ✅ Ählisini tassykla
panel-bulk-reject = ❌ Ählisini ret et
panel-bulk-done = { $count ->
        [one] { $count } teklip boýunça karar berildi.
       *[other] { $count } teklip boýunça karar berildi.
    }

# One proposal
panel-location = Kartadaky ýeri
panel-open-map = Kartany açmak
panel-photos = Suratlar
panel-photo = Surat { $number }
panel-photo-in-telegram = Surat { $number } (Telegram-da)
panel-approve = ✅ Tassyklamak
panel-reject = ❌ Ret etmek
panel-reason = Sebäbi
panel-note = Bellik
panel-ask-changes = ✏️ Düzediş soramak
panel-what-to-change = Nämäni üýtgetmeli
panel-duplicate = 🔁 Gaýtalamasy
panel-original = Asyl teklibiň belgisi
panel-undo = ↩ Ýatyrmak
panel-decided-by = Karar beren: { $who }
panel-answer = Häkimiýetiň jogaby
panel-history = Taryhy
panel-forwards = Häkimiýete iberilişler
panel-no-forwards = Entek iberilmedi.
panel-decided = Ýatda saklandy. Ýatyrmak wagty geçýänçä ýaşaýja-da, häkimiýete-de hiç zat barmaz.
panel-undone = Karar yzyna alyndy.
panel-already-decided = Bu teklip boýunça başga biri eýýäm karar berdi.
panel-original-not-found = Bu geňeşde şeýle belgili teklip ýok.
panel-decision-incomplete = Bu karara gerek zatlary dolduryň: sebäbini ýa-da ýaşaýjy üçin sözleri.
panel-too-late = Bu karary ýatyrmak üçin indi giç.
panel-delivery-queued = garaşýar
panel-delivery-sending = iberilýär
panel-delivery-sent = gowşuryldy
panel-delivery-failed = başartmady
panel-delivery-skipped = geçildi

# The audit trail
panel-audit-title = Hereketler žurnaly
panel-audit-empty = Bu süzgüçler boýunça hiç zat ýazylmady.
panel-older = Köne ýazgylar ▸
panel-audit-login = panele girdi
panel-audit-logout = çykdy
panel-audit-logout-all = ähli ýerden çykdy
panel-audit-bulk-approved = birnäçesini birden tassyklady
panel-audit-bulk-rejected = birnäçesini birden ret etdi
panel-event-forward-sent = iberiliş gowşuryldy
panel-event-forward-failed = iberilişi gowşuryp bolmady
