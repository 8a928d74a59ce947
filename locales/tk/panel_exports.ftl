## Işgärleriň panelinde faýl göçürip almak

panel-nav-exports = Faýllar
panel-export-title = Faýl göçürip almak
panel-export-how = Nämäni, haýsy geňeş boýunça we haýsy görnüşde göçürip aljakdygyňyzy saýlaň. Faýlda diňe panelde size elýeterli zatlar bolýar, göçürip almak bolsa hereketler žurnalyna ýazylýar.
panel-export-what = Näme
panel-export-proposals = Teklipler, taryhy bilen
panel-export-events = Maslahatlaşyklar, jogaplaryň sany bilen
panel-export-answers = Maslahatlaşyklara jogaplar, her setirde biri
panel-export-indicators = Töleg gollanmalary: başlady, geçdi, onlaýn töledi
panel-export-of = Haýsy geňeş boýunça, haýsy görnüşde
panel-export-format = Faýlyň görnüşi
panel-export-download = Göçürip al
panel-export-period-hint = Döwür diňe töleg gollanmalary üçin hasaba alynýar.
panel-export-safe = Tablisa formulalaryna meňzeýän tekstler ýönekeý tekst hökmünde saklanýar.
panel-export-not-allowed = Bu faýly almaga elýeterliligiňiz ýok. Geňeşiň dolandyryjysyndan rol soraň.
