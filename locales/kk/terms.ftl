# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: gen, dat, loc.

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] муниципалитет
        [KZ] аудан
        [AM] қауымдастық
        [KG] айыл аймағы
        [UZ] аудан
        [TJ] жамағат
        [TM] этрап
       *[other] муниципалитет
    }
    .gen = { $country ->
            [AZ] муниципалитеттің
            [KZ] ауданның
            [AM] қауымдастықтың
            [KG] айыл аймағының
            [UZ] ауданның
            [TJ] жамағаттың
            [TM] этраптың
           *[other] муниципалитеттің
        }
    .loc = { $country ->
            [AZ] муниципалитетте
            [KZ] ауданда
            [AM] қауымдастықта
            [KG] айыл аймағында
            [UZ] ауданда
            [TJ] жамағатта
            [TM] этрапта
           *[other] муниципалитетте
        }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] муниципалитет
        [KZ] әкімдік
        [AM] муниципалитет
        [KG] ауыл өкіметі
        [UZ] хокимият
        [TJ] жамағат
        [TM] геңеш
       *[other] жергілікті билік
    }
    .gen = { $country ->
            [AZ] муниципалитеттің
            [KZ] әкімдіктің
            [AM] муниципалитеттің
            [KG] ауыл өкіметінің
            [UZ] хокимияттың
            [TJ] жамағаттың
            [TM] геңештің
           *[other] жергілікті биліктің
        }
    .dat = { $country ->
            [AZ] муниципалитетке
            [KZ] әкімдікке
            [AM] муниципалитетке
            [KG] ауыл өкіметіне
            [UZ] хокимиятқа
            [TJ] жамағатқа
            [TM] геңешке
           *[other] жергілікті билікке
        }
