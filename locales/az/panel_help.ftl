## İşçilərin veb-paneli: sakinlərin kömək sorğuları

panel-nav-help = Kömək sorğuları
panel-help-title = Kömək sorğuları
panel-help-not-allowed = Bunun üçün icazəniz yoxdur. Bunu yalnız bələdiyyədə sakinlərin kömək sorğularına cavab verən işçilər görür.
panel-help-open = Cavab gözləyən sorğular: { $count }.
panel-help-none = Açıq sorğu yoxdur. Təşəkkür edirik!
panel-help-sent = №{ $id } sorğuya cavabınız sakinə göndərilir.
panel-help-asked = Sorğu tarixi
panel-help-step = Addım
panel-help-step-of = { $number } / { $total }
panel-help-attached = Sakin foto və ya səsli mesaj əlavə edib: onu botda görmək olar.
panel-help-your-answer = Sakinə cavabınız
panel-help-send = Cavabı göndər
panel-help-answered = Son günlərdə cavablananlar: { $days }
panel-help-guide = Təlimat
panel-help-answer = Cavab
panel-help-by = Kim cavab verdi
panel-help-already-answered = Bu sorğuya artıq cavab verilib, bəlkə də həmkarınız indicə cavab verib.
panel-help-answer-length = Zəhmət olmasa, ən çox { $max } simvolluq cavab yazın.
panel-audit-help-answer = kömək sorğusuna cavab verdi
