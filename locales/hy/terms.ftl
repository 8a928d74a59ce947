# The country's own words for the municipality and its authority (see README, Languages).
# Messages, not Fluent -terms: a term sees none of the message's variables. Attributes are
# grammatical cases: gen, loc, dat, def (the definite article -ը).

# The municipality a resident lives in, in their country's own word (`$country`: ISO code, or
# other when unknown; the translator passes the reader's country to every message).
term-municipality = { $country ->
        [AZ] մունիցիպալիտետ
        [KZ] շրջան
        [AM] համայնք
        [KG] այիլ այմակ
        [UZ] շրջան
        [TJ] ջամոաթ
        [TM] էթրապ
       *[other] համայնք
    }
    .gen = { $country ->
            [AZ] մունիցիպալիտետի
            [KZ] շրջանի
            [AM] համայնքի
            [KG] այիլ այմակի
            [UZ] շրջանի
            [TJ] ջամոաթի
            [TM] էթրապի
           *[other] համայնքի
        }
    .loc = { $country ->
            [AZ] մունիցիպալիտետում
            [KZ] շրջանում
            [AM] համայնքում
            [KG] այիլ այմակում
            [UZ] շրջանում
            [TJ] ջամոաթում
            [TM] էթրապում
           *[other] համայնքում
        }

# Its local authority: who publishes announcements and answers proposals.
term-authority = { $country ->
        [AZ] մունիցիպալիտետ
        [KZ] ակիմատ
        [AM] համայնքապետարան
        [KG] գյուղական վարչակազմ
        [UZ] հոքիմիաթ
        [TJ] ջամոաթ
        [TM] գենգեշ
       *[other] տեղական իշխանություն
    }
    .gen = { $country ->
            [AZ] մունիցիպալիտետի
            [KZ] ակիմատի
            [AM] համայնքապետարանի
            [KG] գյուղական վարչակազմի
            [UZ] հոքիմիաթի
            [TJ] ջամոաթի
            [TM] գենգեշի
           *[other] տեղական իշխանության
        }
    .def = { $country ->
            [AZ] մունիցիպալիտետը
            [KZ] ակիմատը
            [AM] համայնքապետարանը
            [KG] գյուղական վարչակազմը
            [UZ] հոքիմիաթը
            [TJ] ջամոաթը
            [TM] գենգեշը
           *[other] տեղական իշխանությունը
        }
    .dat = { $country ->
            [AZ] մունիցիպալիտետին
            [KZ] ակիմատին
            [AM] համայնքապետարանին
            [KG] գյուղական վարչակազմին
            [UZ] հոքիմիաթին
            [TJ] ջամոաթին
            [TM] գենգեշին
           *[other] տեղական իշխանությանը
        }
