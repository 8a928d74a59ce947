# Çatda əməkdaşlar: yazılı seçim, təsdiqlər, rollara görə kömək, əməkdaşlar üçün siyahılar.
typed-choice-ambiguous = Bu adda bir neçə düymə var. Zəhmət olmasa, istədiyiniz düymənin nömrəsini yazın: { $numbers }.
event-duration-button = { $minutes } dəq
