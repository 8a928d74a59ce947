# Inputs from the field: albums (several photos or files sent together get one answer)
album-kept = Միասին ստացվեց՝ { $total }։ Բոլորը պահպանվեցին։
album-partly-kept = Միասին ստացվեց՝ { $total }։ Պահպանվեց՝ { $kept }։ Չպահպանվեց՝ { $dropped }, քանի որ այս քայլում ավելին չի ընդունվում։
