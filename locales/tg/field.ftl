# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Якҷоя қабул шуд: { $total }. Ҳама сабт шуданд.
album-partly-kept = Якҷоя қабул шуд: { $total }. Сабт шуд: { $kept }. Сабт нашуд: { $dropped }, чунки ин қадам бештар қабул намекунад.
# A photo with words (its caption): the words were taken, and this step takes no photo.
caption-media-not-kept = Суханонеро, ки бо акс навиштед, қабул кардам. Худи акс дар ин ҷо сабт нашуд.
