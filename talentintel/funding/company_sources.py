"""A name the text cites as its source, or that speaks of the raiser in the third person, is not the raiser.

tuning_batch37 (fund67; scored once at company 0.667): "Nigerian startups have raised over $1.2 billion, according to
Africa: The Big Deal, a newsletter that tracks fundraising" (b37-technext-nigeria-top5-2022-flutterwave) read the
newsletter as the company of the Flutterwave round after it; "Michael Hunter, the company’s co-founder and chief
executive, told Reuters the firm raised $2.3m" (b37-plantsneedco2-spear-ai-2-3m) read the speaker.
A company that tells a paper of its own raise says "it": "Acme told TechCrunch it raised" stays Acme's (`company`'s
_SAYS_IT); only "told Reuters the firm/the company/his startup raised" names a speaker who is not the raiser.
"""

from __future__ import annotations

import re

from talentintel.funding.company_backer_appositive import described_as_investor
from talentintel.funding.company_backer_predicate import investor_predicate
from talentintel.funding.company_employer import named_as_employer

# "according to Africa: The Big Deal", "according to data from Crunchbase", "citing PitchBook": up to three words
# (a newsletter's place or a "data from") between the phrase and the name.
_CITED_BEFORE = re.compile(
    r"\b(?i:according\sto|citing|per\sdata\sfrom|data\sfrom|a\sreport\sby|reported\sby)\s(?:the\s)?"
    r"(?:(?i:data|figures|numbers|research|a\sreport)\s(?i:from|by)\s)?(?:[\w'’&.-]+:?\s){0,3}?$"
)
# "X told Reuters the firm raised", "X, ..., tells Bloomberg that his company has closed": the speaker's raiser is
# another, named by a common noun or a possessive pronoun.
_SPEAKER_AFTER = re.compile(
    r"(?:,[^,.;\n]{1,100},)?\s(?:told|tells|said\sto)\s(?:[A-Z][\w.&-]*\s){1,3}(?:that\s)?"
    r"(?:the|his|her|their|our)\s(?:[\w-]+\s)?(?:firm|company|startup|start-up|business|venture|platform)\b"
)

# "Investors in the venture include prominent firms such as Andreessen Horowitz, ... and SV Angel, as well as NFDG, a
# partnership co-run by SSI executive Daniel Gross" (hs16-bwdisrupt-safe-superintelligence-1bn): a name inside the
# sentence's list of investors is one of them.
_INVESTOR_LIST_BEFORE = re.compile(
    r"\b(?i:investors|backers|participants)\s(?:(?i:in|of)\s[^,.;\n]{1,40}?\s)?(?i:include|included|includes|including)\b"
    r"[^.;\n]*$"
    # "Parmi les bailleurs de fonds de Mistral AI, figurent ... la banque BNP Paribas" (b44-tahitiinfos-mistral): the
    # French, Spanish, Portuguese and Italian "among the investors of X are ...".
    r"|\b(?i:parmi\sles|entre\slos|entre\sos|tra\sgli|fra\si)\s(?i:bailleurs\sde\sfonds|investisseurs|actionnaires|"
    r"inversores|inversionistas|investidores|investitori|finanziatori)\b[^.;\n]*$"
)
# "Parker McKee, a principal at Pillar VC, said in a statement" (hs16-inkl-spherex-8-2m-seed-aleph): an appositive
# giving a person's job at an organisation describes a person, never the raiser.
_PERSON_ROLE_AFTER = re.compile(
    r",\s(?:a|an|the|its)\s(?:[\w-]+\s)?(?i:principal|partner|general\spartner|managing\spartner|managing\sdirector|"
    r"associate|analyst|co-?founder|founder|CEO|CTO|COO|CFO|chief\s\w+\sofficer|president|director|head\sof\s\w+|"
    r"vice\spresident|VP|investor|spokes(?:person|man|woman))\s(?:at|of|with)\s[A-Z]"
)

# "Named for renowned mathematician Alan Turing, the Turing award is given out yearly" (hs15-coinage-conflux-35m-
# sequoia-baidu): the namesake of something else.
_NAMESAKE_BEFORE = re.compile(r"\b(?i:named|renamed|called)\s(?:for|after)\s(?:[\w-]+\s){0,3}?$")


def cited_or_speaking(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is cited as a source or speaks of the raiser in the third person."""
    return bool(_CITED_BEFORE.search(text[max(0, start - 60) : start]) or _SPEAKER_AFTER.match(text, end))


# A name on an item of a list of the company's own projects, products or customers: "Current projects include:" then
# "• Vulavula, a service that provides multilingual intent detection" and "• An unnamed data-mining service for Open
# Restitution Africa, a nonprofit ..." (b46-deeplearning-lelapa-2-5m read the product, then the client, for the maker).
_LISTED_ITEM_BEFORE = re.compile(
    r"\b(?i:projects|products|services|offerings|customers|clients|partners)\s(?i:include[sd]?|are):[^\S\n]*\n"
    r"(?:[^\n]*\n){0,12}?[^\S\n]*[•*–-][^\n]*$"
)


def not_raiser(text: str, start: int, end: int) -> bool:
    """The name's own context calls it an investor (an appositive, a predicate, the sentence's investor list), a
    person (a job at a firm), or a source or speaker."""
    if _PERSON_ROLE_AFTER.match(text, end) or _NAMESAKE_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    if named_as_employer(text, start):
        return True  # "anciens chercheurs de Meta et Google": the founders' employer (company_employer)
    if _LISTED_ITEM_BEFORE.search(text[max(0, start - 600) : start]):
        return True
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    if _INVESTOR_LIST_BEFORE.search(text[sentence_start:start]):
        return True
    return described_as_investor(text, end) or investor_predicate(text, end) or cited_or_speaking(text, start, end)
