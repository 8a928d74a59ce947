# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Birlikdə alındı: { $total }. Hamısı saxlanıldı.
album-partly-kept = Birlikdə alındı: { $total }. Saxlanıldı: { $kept }. Saxlanılmadı: { $dropped }, çünki bu addımda daha çoxu qəbul edilmir.
# A photo with words (its caption): the words were taken, and this step takes no photo.
caption-media-not-kept = Fotoya yazdığınız mətni qəbul etdim. Fotonun özü burada saxlanılmadı.
