# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Bilelikde alyndy: { $total }. Hemmesi ýatda saklandy.
album-partly-kept = Bilelikde alyndy: { $total }. Ýatda saklandy: { $kept }. Saklanmady: { $dropped }, sebäbi bu ädim mundan artyk kabul etmeýär.
# A photo with words (its caption): the words were taken, and this step takes no photo.
caption-media-not-kept = Surat bilen ýazan sözleriňizi aldym. Suratyň özi bu ýerde saklanmady.
