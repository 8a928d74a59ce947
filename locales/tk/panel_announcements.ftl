## Işgärleriň web paneli: bildirişler (bot/panel/announcements.py)

panel-nav-announcements = Bildirişler
panel-ann-title = Bildirişler
panel-ann-new = Täze bildiriş
panel-ann-one = Bildiriş №{ NUMBER($id, useGrouping: 0) }
panel-ann-none = Entek bildiriş ýok.
panel-ann-not-allowed = Muňa elýeterliligiňiz ýok. Ony diňe geňeşiň bildiriş çap edýän işgärleri görüp bilýär.
panel-ann-municipality = Geňeş
panel-ann-audience = Kim alar
panel-ann-audience-hint = Diňe käbir obalara ibermek üçin olary belläň. Hiç zat bellenmese, hemmeler alar.
panel-ann-everyone = Geňeşiň ähli ýaşaýjylary
panel-ann-topic = Tema
panel-ann-texts = Tekst
panel-ann-texts-hint = Teksti iň bolmanda bir dilde ýazyň, her dilde { $max } belgä çenli. Başga dilde okaýan ýaşaýjylar ýazylanlaryň iň ýakynyny alar.
panel-ann-more-languages = Dil goşmak:
panel-ann-attachment = Goşundy
panel-ann-attachment-hint = Isleseňiz, surat (JPEG ýa-da PNG) ýa-da resminama, meselem PDF, goşuň, { $mb } MB çenli.
panel-ann-attachment-remove = Aýyrmak
panel-too-large = Bu faýl örän uly. Haýyş, has kiçi faýly saýlaň: çägi meýdançanyň aşagynda ýazylan.
panel-ann-when = Haçan
panel-ann-send-now = Häzir ibermek
panel-ann-send-at = Şu wagtda ({ $zone }):
panel-ann-now = häzir
panel-ann-when-quiet = { $when } (dynç sagatlary: ibermek { $start } başlar)
panel-ann-preview = Öňünden görmek
panel-ann-reach = Ony { $count ->
        [one] { $count } ýaşaýjy
       *[other] { $count } ýaşaýjy
    } alar.
panel-ann-publish = ✅ Ibermek
panel-ann-test = Maňa synag nusgasyny ibermek
panel-ann-test-hint = Synag nusgasy diňe bot bilen öz söhbetdeşligiňize geler. Ýaşaýjylar ony almaz.
panel-ann-test-sent = Synag nusgasy söhbetdeşligiňize iberildi. Ýaşaýjylar hiç zat almady.
panel-ann-change = Üýtgetmek
panel-ann-topic-missing = Haýyş, temany saýlaň.
panel-ann-text-missing = Haýyş, teksti iň bolmanda bir dilde ýazyň.
panel-ann-text-too-long = { $language } dilindäki tekstde { $length } belgi bar, çägi bolsa { $max }. Haýyş, ony gysgaldyň.
panel-ann-time-invalid = Haýyş, senäni we wagty ýa-da “Häzir ibermek” saýlaň.
panel-ann-time-past = Bu wagt geçdi ýa-da bir minutdan az galdy. Haýyş, has giç wagty saýlaň.
panel-ann-invalid = Bu bildirişi iberip bolmaýar. Haýyş, görnüşi barlaň.
panel-ann-too-late = Muny indi edip bolmaýar: bildiriş şol arada üýtgedi. Haýyş, onuň sahypasyny täzeläň.
panel-ann-status-scheduled = meýilleşdirildi
panel-ann-status-released = iberildi
panel-ann-status-cancelled = ýatyryldy
panel-ann-status-withdrawn = yzyna alyndy
panel-ann-sent = Iberildi
panel-ann-delivered = Gowşuryldy
panel-ann-read = Okaldy
panel-ann-failed = Ýalňyşlyk
panel-ann-waiting = Garaşýar
panel-ann-number = { $count }
panel-ann-of-reported = { $reported } nusgadan { $count }
panel-ann-receipts-note = Habaryň gowşurylandygyny we okalandygyny diňe WhatsApp habar berýär; Telegram habar bermeýär. “—” munuň belli däldigini aňladýar. “8 nusgadan 5” diňe WhatsApp nusgalaryny sanaýar.
panel-ann-chart-title = Wagt boýunça gowşurmak
panel-ann-chart-note = her pursatdaky jemi, wagt { $zone } boýunça
panel-ann-chart-empty = Entek hiç zat iberilmedi.
panel-ann-no-receipts = Hiç bir nusga WhatsApp arkaly gitmedi, şonuň üçin gowşurmak we okamak belli däl.
panel-ann-correct = ✏️ { $language } dilindäki teksti düzetmek
panel-ann-correct-sure = { $language } dilindäki täze tekst köne teksti { $count ->
        [one] { $count } ýaşaýjynyň söhbetdeşliginde
       *[other] { $count } ýaşaýjynyň söhbetdeşliginde
    } çalşar. Entek iberilmedik nusgalar ({ $waiting }) täze tekst bilen gider.
panel-ann-correct-yes = ✏️ Hawa, düzetmek
panel-ann-back = Yza, hiç zady üýtgetmezlik
panel-ann-done-sent = Iberildi. Nusgalar ýolda; aşakdaky sanlar gowşurmagy görkezýär.
panel-ann-done-scheduled = Meýilleşdirildi. Bildiriş öz wagtynda iberiler.
panel-ann-done-corrected = Düzedildi. Ýaşaýjylaryň söhbetdeşliklerindäki nusgalar üýtgedilýär.
panel-ann-done-withdrawn = Yzyna alyndy. Nusgalar ýaşaýjylaryň söhbetdeşliklerinden pozulýar.
panel-ann-done-cancelled = Ýatyryldy. Hiç zat iberilmedi.
panel-audit-announcement-publish = bildiriş iberdi
panel-audit-announcement-schedule = bildirişi meýilleşdirdi
panel-audit-announcement-test-copy = özüne synag nusgasyny iberdi
panel-audit-announcement-correct = bildirişi düzetdi
panel-audit-announcement-withdraw = bildirişi yzyna aldy
panel-audit-announcement-cancel = bildirişi ýatyrdy

# Işgäriň söhbetdeşligindäki synag nusgasy
announce-test-copy =
    🧪 Synag nusgasy: ýaşaýjylar ony almadylar.

    { $text }
