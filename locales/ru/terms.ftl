# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: gen, dat, prep.

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] муниципалитет
        [KZ] район
        [AM] община
        [KG] айыл аймак
        [UZ] район
        [TJ] джамоат
        [TM] этрап
       *[other] муниципалитет
    }
    .gen = { $country ->
            [AZ] муниципалитета
            [KZ] района
            [AM] общины
            [KG] айыл аймака
            [UZ] района
            [TJ] джамоата
            [TM] этрапа
           *[other] муниципалитета
        }
    .prep = { $country ->
            [AZ] муниципалитете
            [KZ] районе
            [AM] общине
            [KG] айыл аймаке
            [UZ] районе
            [TJ] джамоате
            [TM] этрапе
           *[other] муниципалитете
        }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] муниципалитет
        [KZ] акимат
        [AM] муниципалитет
        [KG] айыл окмоту
        [UZ] хокимият
        [TJ] джамоат
        [TM] генгеш
       *[other] местная администрация
    }
    .gen = { $country ->
            [AZ] муниципалитета
            [KZ] акимата
            [AM] муниципалитета
            [KG] айыл окмоту
            [UZ] хокимията
            [TJ] джамоата
            [TM] генгеша
           *[other] местной администрации
        }
    .dat = { $country ->
            [AZ] муниципалитету
            [KZ] акимату
            [AM] муниципалитету
            [KG] айыл окмоту
            [UZ] хокимияту
            [TJ] джамоату
            [TM] генгешу
           *[other] местной администрации
        }
    .prep = { $country ->
            [AZ] муниципалитете
            [KZ] акимате
            [AM] муниципалитете
            [KG] айыл окмоту
            [UZ] хокимияте
            [TJ] джамоате
            [TM] генгеше
           *[other] местной администрации
        }
