# Residents' conversations that forgive mistakes (issue 13): kept drafts, resuming, typed place
# names, help requests that say what is wrong, proposals' reasons.

place-did-you-mean = { $place } diýjek bolduňyzmy? Sanawdan saýlaň.
draft-kept = Siz { $what } tamamlamadyňyz. Dowam etmek isleýärsiňizmi ýa-da ony pozmalymy?
draft-continue = ✍️ Dowam etmek
draft-discard = 🗑 Pozmak
draft-discarded = Garalama pozuldy.
draft-proposal = teklibiňizi
draft-help = meseläňizi beýan etmegi
resumed = Hoş geldiňiz! Ine, togtan ýeriňiz.
proposal-needs-words = Teklibiňizi sözler bilen beýan ediň: azyndan { $min } harp ulanyň, diňe emoji, san ýa-da belgi däl.
proposal-why = Sebäbi: { $reason }
proposal-history-detail = { $what } ({ $details })
tutorial-exit = ✖️ Gollanmany ýapmak
help-describe =
    “{ $title }” gollanmasynda näme başartmady? Bir habarda beýan ediň. Ekran suratyny ýa-da sesli habary hem iberip bilersiňiz.
help-describe-skip = Şeýle ibermek ▸
help-describe-back = ← Gollanma dolanmak
help-sent-admins = Soragyňyz (#{ $id }) botuň administratorlaryna iberildi, sebäbi { term-municipality.loc } entek kömekçi ýok. Jogap şu ýere geler.
help-request-problem = Ýaşaýjy ýazýar: { $text }
help-request-attached = Goşulan: { $kind }
