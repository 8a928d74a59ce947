# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: gen, dat, loc.

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] bələdiyyə
        [KZ] rayon
        [AM] icma
        [KG] ayıl aymak
        [UZ] rayon
        [TJ] camaat
        [TM] etrap
       *[other] bələdiyyə
    }
    .gen = { $country ->
            [AZ] bələdiyyənin
            [KZ] rayonun
            [AM] icmanın
            [KG] ayıl aymağın
            [UZ] rayonun
            [TJ] camaatın
            [TM] etrapın
           *[other] bələdiyyənin
        }
    .loc = { $country ->
            [AZ] bələdiyyədə
            [KZ] rayonda
            [AM] icmada
            [KG] ayıl aymakda
            [UZ] rayonda
            [TJ] camaatda
            [TM] etrapda
           *[other] bələdiyyədə
        }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] bələdiyyə
        [KZ] akimlik
        [AM] bələdiyyə
        [KG] ayıl ökmötü
        [UZ] hokimlik
        [TJ] camaat
        [TM] gəngəş
       *[other] yerli hakimiyyət
    }
    .gen = { $country ->
            [AZ] bələdiyyənin
            [KZ] akimliyin
            [AM] bələdiyyənin
            [KG] ayıl ökmötünün
            [UZ] hokimliyin
            [TJ] camaatın
            [TM] gəngəşin
           *[other] yerli hakimiyyətin
        }
    .dat = { $country ->
            [AZ] bələdiyyəyə
            [KZ] akimliyə
            [AM] bələdiyyəyə
            [KG] ayıl ökmötünə
            [UZ] hokimliyə
            [TJ] camaata
            [TM] gəngəşə
           *[other] yerli hakimiyyətə
        }
