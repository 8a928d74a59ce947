# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Միասին ստացվեց՝ { $total }։ Բոլորը պահպանվեցին։
album-partly-kept = Միասին ստացվեց՝ { $total }։ Պահպանվեց՝ { $kept }։ Չպահպանվեց՝ { $dropped }, քանի որ այս քայլում ավելին չի ընդունվում։
# A photo with words (its caption): the words were taken, and this step takes no photo.
caption-media-not-kept = Ես ընդունեցի լուսանկարի հետ Ձեր գրած տեքստը։ Լուսանկարն ինքը այստեղ չի պահպանվել։
