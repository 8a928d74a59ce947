# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: none needed.

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] municipality
        [KZ] district
        [AM] community
        [KG] aiyl aimak
        [UZ] district
        [TJ] jamoat
        [TM] etrap
       *[other] municipality
    }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] municipality
        [KZ] akimat
        [AM] municipality
        [KG] aiyl okmotu
        [UZ] hokimlik
        [TJ] jamoat
        [TM] gengesh
       *[other] local authority
    }
