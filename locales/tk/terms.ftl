# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: gen, dat, loc.

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] munisipalitet
        [KZ] etrap
        [AM] jemgyýet
        [KG] aýyl aýmak
        [UZ] etrap
        [TJ] jamagat
        [TM] etrap
       *[other] geňeş
    }
    .gen = { $country ->
            [AZ] munisipalitetiň
            [KZ] etrabyň
            [AM] jemgyýetiň
            [KG] aýyl aýmagyň
            [UZ] etrabyň
            [TJ] jamagatyň
            [TM] etrabyň
           *[other] geňeşiň
        }
    .loc = { $country ->
            [AZ] munisipalitetde
            [KZ] etrapda
            [AM] jemgyýetde
            [KG] aýyl aýmakda
            [UZ] etrapda
            [TJ] jamagatda
            [TM] etrapda
           *[other] geňeşde
        }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] munisipalitet
        [KZ] äkimlik
        [AM] munisipalitet
        [KG] aýyl ökmötü
        [UZ] häkimlik
        [TJ] jamagat
        [TM] geňeş
       *[other] ýerli häkimiýet
    }
    .gen = { $country ->
            [AZ] munisipalitetiň
            [KZ] äkimligiň
            [AM] munisipalitetiň
            [KG] aýyl ökmötüniň
            [UZ] häkimligiň
            [TJ] jamagatyň
            [TM] geňeşiň
           *[other] ýerli häkimiýetiň
        }
    .dat = { $country ->
            [AZ] munisipalitete
            [KZ] äkimlige
            [AM] munisipalitete
            [KG] aýyl ökmötüne
            [UZ] häkimlige
            [TJ] jamagata
            [TM] geňeşe
           *[other] ýerli häkimiýete
        }
