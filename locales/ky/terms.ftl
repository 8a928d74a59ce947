# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: gen, dat, loc.

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] муниципалитет
        [KZ] район
        [AM] жамаат
        [KG] айыл аймагы
        [UZ] район
        [TJ] жамаат
        [TM] этрап
       *[other] айыл аймагы
    }
    .gen = { $country ->
            [AZ] муниципалитеттин
            [KZ] райондун
            [AM] жамааттын
            [KG] айыл аймагынын
            [UZ] райондун
            [TJ] жамааттын
            [TM] этраптын
           *[other] айыл аймагынын
        }
    .loc = { $country ->
            [AZ] муниципалитетте
            [KZ] райондо
            [AM] жамаатта
            [KG] айыл аймагында
            [UZ] райондо
            [TJ] жамаатта
            [TM] этрапта
           *[other] айыл аймагында
        }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] муниципалитет
        [KZ] акимчилик
        [AM] муниципалитет
        [KG] айыл өкмөтү
        [UZ] хокимият
        [TJ] жамаат
        [TM] геңеш
       *[other] жергиликтүү бийлик
    }
    .gen = { $country ->
            [AZ] муниципалитеттин
            [KZ] акимчиликтин
            [AM] муниципалитеттин
            [KG] айыл өкмөтүнүн
            [UZ] хокимияттын
            [TJ] жамааттын
            [TM] геңештин
           *[other] жергиликтүү бийликтин
        }
    .dat = { $country ->
            [AZ] муниципалитетке
            [KZ] акимчиликке
            [AM] муниципалитетке
            [KG] айыл өкмөтүнө
            [UZ] хокимиятка
            [TJ] жамаатка
            [TM] геңешке
           *[other] жергиликтүү бийликке
        }
