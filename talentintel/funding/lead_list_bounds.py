"""Where a list of lead investors ends, and what in it is no investor: a time adverbial, an owner's appositive, a
clause that moves on, an item that describes the name before it, an earlier raise's backer.

Split out of lead_phrases (which keeps the phrases that open a lead list) when that file reached its size limit; the
patterns are unchanged (tests/funding pass before and after the move)."""

from __future__ import annotations

import re

# "In December", "Last year", "In 2020": a time adverbial before the subject is no investor.
TIME_ITEM = re.compile(
    r"(?i)(?:in|on|since|by|last|this|earlier|early|late)\s(?:(?:early|late|mid-?)\s?)?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|year|month|week|"
    r"(?:19|20)\d\d)(?:\s(?:19|20)\d\d)?"
)
# "GV, the venture capital arm of Google's parent company, Alphabet": the owner named after the appositive is not
# another investor (the appositive ends with a lower-case owner noun).
OWNER_APPOSITIVE = re.compile(
    r",\s(?:the|a|an)\s[^,]{0,80}?(?:\sof\s|['’]s\s)[^,]{0,60}?\s(?-i:company|parent|owner|conglomerate|giant|group)"
    r",\s[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}(?=,|\.|$)"
)

# A list ends where the sentence moves on to something other than names.
LIST_STOP = re.compile(
    # "was led by Bain Capital Crypto, and Syncracy Capital, 1kx, Robot Ventures, Placeholder and others participated"
    # (b23-bitgetapps-celestia-chaincatcher-copy): ", and" opens a clause whose own verb names the participants.
    r",\sand\s(?=[^.;\n]{0,100}?\s(?:also\s)?(?:participated|joined|invested|took\spart)\b)|"
    # "SPARX Asset Management Co. Ltd. New investors include ..." (b20-crains-maymobility-c): a company suffix's full
    # stop is also the sentence's when a capitalised word and a lower-case one follow.
    r"(?:(?<=\bLtd\.)|(?<=\bInc\.)|(?<=\bCo\.)|(?<=\bCorp\.)|(?<=\bLLC\.)|(?<=\bPlc\.)|(?<=\bGmbH\.))"
    r"\s(?=[A-Z][a-z]+\s[a-z])|"
    # "Worldcoin, led by Blockchain Capital, raises $115M for ..." (hs14-digitalc-worldcoin-...): a headline's raise
    # verb after the appositive lead.
    r",\s(?i:raises|raised|secures|secured|lands|landed|closes|closed|bags|nabs|gets|snags)\s|"
    # "LED BY ... THRIVE CAPITAL AND GREENOAKS: FORTUNE" (b34-hantiv-tempo-500m-thrive-greenoaks): a colon after a name
    # hands over to the source or to what follows, not to more leads.
    r"(?<=\w):\s|"
    # "led by Franklin Templeton along with ABCDE and Framework Ventures" (hs15-techtelegraph-bitlayer-11m-series-a-...):
    # "along with" adds the others as "alongside" does, where its "along" was read into the lead's name.
    r",?\s(?:with\s|alongside|along\swith\b|bringing|which\b|who\b|according|consisting|comprised|"
    # The Romance "alongside": "porté par le fonds Lightspeed Venture, aux côtés des grands patrons ..." (b45-societe-
    # mistral), "junto a", "ao lado de": the names after it invest beside the lead.
    r"aux\scôtés\b|(?:junto|conjuntamente)\s(?:a|con)\b|ao\slado\sd[aoe]s?\b|"
    # The Romance "with (the) participation(s) of" in any number: "liderada pela Khosla Ventures, com participações do
    # atleta Steven Adams" (b30-veganbusiness-leaft-foods-15m-khosla-pt) took the participants for leads.
    r"(?:(?:e|y|et)\s)?(?:com|con|avec)\s(?:(?:a|as|la|las|il|le|les)\s)?(?:participa[çc](?:ão|ões)|participaci(?:ón|ones)|"
    r"partecipazion[ei]|participations?)\b|"
    r"con\s(?:il\s|la\s)?(?:sostegno|supporto|partecipazione|contributo)|met\sdeelname|"
    r"(?:y\s)?con (?:la )?participación|(?:y|et|e|und)\s(?:han|ha|ont|participaram|contou|haben|hat)\b|(?:et\s)?avec (?:la )?participation|mit Beteiligung|und umfasst|y la participación|"
    # Indonesian and Vietnamese participation: "dipimpin oleh East Ventures, dengan partisipasi dari ...", "với sự
    # tham gia của".
    r"(?:dengan|serta)\s(?:partisipasi|keikutsertaan|dukungan)\b|serta\b|với\ssự\stham\sgia\b|"
    # "dipimpin oleh Thrive Capital, yang menginvestasikan $1.25 miliar, dan termasuk Microsoft ... menurut Wall Street
    # Journal" (b38-bisnisupdate-openai-6-6b-thrive-id): "and including" adds participants, "menurut" names the source.
    r"(?:dan\s)?termasuk\b|and\sincluding\b|menurut\b|"
    # "under the lead of Hack VC, including Multicoin Capital, ... and other participation" (hs16-bitchainhorizon-io-
    # net-30m-series-a-hack-vc): ", including" whose list the sentence calls participation adds participants.
    r"(?<=,\s)including\s(?=[^.;]{0,250}?\bparticipat\w*)|"
    r"in addition to|as well as|among others|to date|at an?\s|the company|the startup|to\s(?=[A-Z])|"
    r"to\s(?=[a-z])|para\s(?=[a-z])|for\s(?:a|an|the|its|their|his|her|our|my)\b|in\s(?:its|their|his|her)\s|"
    r"at\s(?:its|their)\s|"
    # A purpose clause after the lead: "led by VC firm Disruptech in a bid to drive expansion" (hs12-techstuff-...).
    r"in\san?\s(?:bid|effort|attempt|push|move)\sto\b|"
    # "co-led by Mubadala Capital and Valor Equity Partners, and attracted backing from major investors including
    # Nvidia ..." (tuning_batch50's Crusoe): a verb after "and" opens the round's next clause, its backers no leads.
    r"and\s(?:also\s)?(?:that|is|will|brings|plans|other|several|a number|included|includes|saw|had|has|featured|was|were|"
    r"attracted|drew|received|garnered|gained|secured|won)\b|"
    r"while\b|whereas\b|alors\squ|afin\sde|"
    # German verb-second order after a fronted lead phrase: "Angeführt von der Investmentfirma Maverick Capital hat das
    # Unternehmen ... eingesammelt" (b45-automobilwoche-sima-ai): the finite verb and its subject's article end the name.
    r"(?-i:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden)\s(?-i:das|die|der|den|dem|sich|es|man)\b|"
    # "a $25M Series A led by Archetype and strategic investment from Polychain Capital" (b32-cuckoo-ritual-25m-...):
    # the money "from" someone after "and" is a second, unled contribution, not a co-lead.
    r"and\s(?:an?\s)?(?:strategic\s|additional\s|further\s|follow-on\s)?(?:investments?|participation|backing|support|"
    r"contributions?|funding)\s(?:from|by)\b|"
    r"(?:and\s)?joined by|valuing|bringing|and\s(?:was\s)?(?:supported|backed|funded|followed|accompanied)\sby|"
    # "liderada por 33N Ventures, ... y donde también participan", "pela Foxconn, com sede em Taiwan".
    r"(?:y|e|et)\s(?:donde|onde|où|dove)\b|(?:com|con)\ssede\b|"
    # "from the Indian two-wheeler maker Hero Motocorp as the latter looks to expand": a clause about the investor.
    # "jointly led by ... Fund Management and also participated in by nine institutions" (b19-macedon-moorethreads-a).
    # "Hivello Secures Strategic Investment Led by Animoca Brands Ahead of Token Listing" (b41-globenewswire-hivello):
    # a title-case headline's time clause after the lead ("Ahead of", "Amid") is no part of its name.
    r"(?i:ahead\sof|amid(?:st)?)\b|"
    r"as\s(?:the\s(?:latter|former)|part\sof|it|they)\b|following|after\s|(?:and\s)?(?:also|all|each|both)\s(?:participat|join|invest|took\spart|taking\spart|contribut)\w*|"
    r"(?:participated|invested|took\spart)\b"
    # "led by THE FUND Limited Partnership in Japan and backed by ..." (hs4-investegate-astroscale-f): the investor's
    # country, one capitalised word closing the clause.
    r"|in\s(?=(?-i:[A-Z][a-z]+)(?:[.,;]|\sand\b|$))"
    # "completed a $35 million Pre-Seed investment led by Hack VC round of financing" (tuning_batch43, b43-phpcn-0g-
    # labs): the round's own noun after the lead closes the name; a name's "Round" is capitalised ("Round Hill").
    r"|(?-i:round)\b"
    # "led by Pembani Remgro Infrastructure Fund and existing investors VLTCM and ICV" (hs4-rew-nova-lumos): the
    # existing investors joined the round the one named first led.
    r"|(?:and|with)\s(?:other\s|several\s)?(?:existing|returning|previous|current)\s(?:investors|backers|shareholders)\b)"
    r"|,\s(?:que|qui|quien|cuyo|cuya|che)\b|"
    # ", and" + lower-case words holding a preposition or a verb opens a new clause, not a further name: "mené par
    # Lightspeed Venture Partners, et parmi le reste de ses actionnaires figurent Eric Schmidt" (hs18-45secondes-
    # mistral-105m-eur-seed-fr). A bare description stays: "led by M2 Asset Management, ..., and asset management firm
    # Coeli" (fh-1092) holds no such word before the name (lead83).
    r",\s(?:and|et|y|e|und)\s(?=(?-i:(?:[a-zà-ÿ'’]+\s){0,5}?(?:of|de|des|du|del|among|amongst|parmi|entre|tra|is|are|"
    r"was|were|has|have|ont|sont|son|est|figurent|include|includes)\s))|"
    # "The funding round, spearheaded by Archetype, saw contributions from ... Accomplice and Robot Ventures"
    # (hs5-cryptohead-ritual): the round's own verb after the lead's participle clause ends the list of leads.
    r",\s(?:also\s)?(?:saw|drew|attracted|included|featured|got|received)\s(?!(?:\S+\s){0,2}?(?:lead|co-lead)\b)|"
    # The Romance main clause after the participle clause: "La operación, liderada por Greenoaks Capital, incluyó la
    # participación de Andreessen Horowitz, ... y Nvidia" (hs19-1eye-ssi-2bn-greenoaks-es, fund82), "contou com",
    # "a attiré", "ha visto": the round's own verb ends the list of leads, as the English "saw" / "included".
    r",\s(?:también\s|também\s|aussi\s|anche\s)?(?-i:incluyó|incluye|contó\scon|cuenta\scon|sumó|atrajo|reunió|"
    r"incluiu|contou\scom|atraiu|reuniu|a\sinclus|inclut|a\sattiré|a\sréuni|ha\svisto|ha\sincluso|ha\sattirato)\b|"
    # "Led by Deerfield Management, the funding round saw participation from existing investors ..." (b18-pbr-aurion):
    # the participle clause naming the lead ends where the main clause's subject, the round, begins.
    r",\s(?:the|this)\s(?:[\w-]+\s){0,2}?(?:round|funding|financing|raise)\s(?:also\s)?"
    r"(?:saw|drew|attracted|included|includes|featured|received|got|brings|comes|will|was\s(?!(?:co-)?led\b))|"
    # A title-case headline goes on after the list: "Led by VC Grid and Zerodha's Rainmatter, Eyes ₹150 Crore ARR".
    # "led by Movendo Capital, CEO Audrey Wystrach told Axios" (hs4-vetadvantage-petfolk-b): who said it, not a backer.
    r",\s(?:[^,.;]{1,50}\s)?(?:told|tells|said|says)\b|"
    # "liderada por Alibaba Group Holding Ltd, la valorara en unos US$ 4.500 millones, publicó este lunes Reuters"
    # (b42-merca20-sensetime-600m-series-c-es, fund75: the source took for a lead): an object pronoun and a past or
    # subjunctive verb after the comma open the main clause again.
    # "La operación, liderada por Andreessen Horowitz y Lightspeed Ventures, no responde a ... sino al historial de su
    # fundador, Naveen Rao" (b47-nexuspacifico-unconventional-ai-475m-seed-es read the founder as a third lead): a
    # negated verb after the comma is the main clause's predicate, its names no investors.
    r",\s(?-i:no|não|non|ne|n’|n')\s?(?-i:[a-záéíóúàèêñç]{3,})\b|"
    r",\s(?-i:la|lo|las|los|le|les|o|os|a|as)\s(?!(?-i:firma|empresa|gestora|compañía|sociedad|plataforma)\b)"
    r"(?-i:[a-záéíóúñ]{2,}(?:ó|aron|ara|aran|ará|ía|ían|ou|aram))\b|"
    # "Paid Secures $21.6M Seed Round Led by Lightspeed, Revolutionizing AI Billing with ..." (tuning_batch43,
    # b43-nabil-paid): an -izing/-ising participle after the comma goes on with the headline, it names no investor.
    r",\s(?-i:Eyes|Eyeing|Plans|Aims|Targets|Looks|Seeks|Hits|Expands|Launches|Unveils|Valued|To|[A-Z][a-z]+i[sz]ing)\s|(?<!such)\s(?:for|as)\s(?=[A-Z][\w-]+\s[A-Z])|;|\s[-–•]\s|\s?—|\n",
)

# An item that describes the name listed before it, not another investor: "UOB Venture Management, part of
# Singapore's United Overseas Bank", "Seven Seven Six, la firma de Alexis Ohanian", "33N Ventures, fondo de
# ciberseguridad respaldado por Alantra", "Rainmatter, the venture fund backed by ...", "Lux Capital, known for
# investing in ... like Hugging Face".
DESCRIBES_PREVIOUS = re.compile(
    r"(?i:(?:(?:a|an|the)\s)?(?:part|unit|arm|subsidiary|division|affiliate)\s(?:of|de)\s)"
    r"|(?i:(?:la|el|il|the|a|o)\s(?:firma|fondo|empresa|gestora|firm|fund|company|vehicle)\s(?:de|del|di|of|da|do)\s)"
    r"|(?:(?:the|a|an|la|el|le|un|una|une|o|um|uma)\s)?(?:[a-z][\w-]*\s){0,3}?(?:fund|fondo|fonds|fundo|firm|firma)\b"
    r"[^,]*?\b(?:backed|respaldad[oa]|apoyad[oa]|soutenu|apoiad[oa]|owned|run)\b"
    r"|(?i:(?:known|famous|noted|renowned|best\sknown)\s(?:for|as)\b|(?:which|who)\s)"
)
# "Investment Group of Santa Barbara": a name of generic words only keeps its "of <place>".
GENERIC_FIRM = re.compile(r"(?:(?:The|Investment|Capital|Group|Partners|Ventures?|Fund|Bank|Holdings|Equity)\s?)+")
# "Cdp Venture Capital Sgr, il fondo di Cassa Depositi e Prestiti, ...": the owner in the appositive is no investor
# (cut before the list is split at "e"/"and").
_FUND_OF_APPOSITIVE = re.compile(
    r",\s(?i:la|el|il|the|o)\s(?i:firma|fondo|gestora|firm|fund|vehicle)\s(?i:de|del|di|of|da|do)\s[^,;]*"
)


def drop_appositives(segment: str) -> str:
    """A list without the appositives that name an investor's owner."""
    return _FUND_OF_APPOSITIVE.sub("", OWNER_APPOSITIVE.sub("", segment))


# "Darktrace, with its first funding from Mike Lynch's Invoke Capital, has just raised its 2nd round": the investor of
# an earlier raise.
EARLIER_FROM = re.compile(r"\b(?:first|initial|earlier|previous|prior)\s(?:\w+\s)?$", re.IGNORECASE)
# "has taken $100 million from MegaChips. The rest comes from Blackbird Ventures, ...": one of several investors.
REST_FROM = re.compile(r"\b(?:the\s)?(?:rest|remainder|balance)\s(?:comes|came|is|was)\s(?:from|provided\sby)\b", re.I)
