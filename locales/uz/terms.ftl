# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: gen, dat, loc.

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] munitsipalitet
        [KZ] tuman
        [AM] jamoa
        [KG] ayil aymagʻi
        [UZ] tuman
        [TJ] jamoat
        [TM] etrap
       *[other] mahalla
    }
    .gen = { $country ->
            [AZ] munitsipalitetning
            [KZ] tumanning
            [AM] jamoaning
            [KG] ayil aymagʻining
            [UZ] tumanning
            [TJ] jamoatning
            [TM] etrapning
           *[other] mahallaning
        }
    .loc = { $country ->
            [AZ] munitsipalitetda
            [KZ] tumanda
            [AM] jamoada
            [KG] ayil aymagʻida
            [UZ] tumanda
            [TJ] jamoatda
            [TM] etrapda
           *[other] mahallada
        }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] munitsipalitet
        [KZ] akimat
        [AM] munitsipalitet
        [KG] ayil okmotu
        [UZ] hokimlik
        [TJ] jamoat
        [TM] kengash
       *[other] mahalliy hokimiyat
    }
    .gen = { $country ->
            [AZ] munitsipalitetning
            [KZ] akimatning
            [AM] munitsipalitetning
            [KG] ayil okmotusining
            [UZ] hokimlikning
            [TJ] jamoatning
            [TM] kengashning
           *[other] mahalliy hokimiyatning
        }
    .dat = { $country ->
            [AZ] munitsipalitetga
            [KZ] akimatga
            [AM] munitsipalitetga
            [KG] ayil okmotusiga
            [UZ] hokimlikka
            [TJ] jamoatga
            [TM] kengashga
           *[other] mahalliy hokimiyatga
        }
