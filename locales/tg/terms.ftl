# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: none (izofa and prepositions leave the word as it is).

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] муниципалитет
        [KZ] ноҳия
        [AM] ҷамоа
        [KG] айил аймак
        [UZ] ноҳия
        [TJ] ҷамоат
        [TM] этрап
       *[other] ҷамоат
    }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] муниципалитет
        [KZ] акимат
        [AM] муниципалитет
        [KG] айил окмоту
        [UZ] ҳокимият
        [TJ] ҷамоат
        [TM] генгеш
       *[other] мақомоти маҳаллӣ
    }
