"""Manager candidates of a fund announcement and their features, for the learned fund-manager ranker.

A fund text names several organisations: the manager that raised or launched the fund, its limited partners (a
state council, a pension fund, a development bank), a sponsor, the fund itself ("AfricInvest IV Fund"), people
("John W. Manzetti") and places ("Tunisia-based"). The company ranker's candidates (`company_features.candidates`)
cover the spans; these features add how a fund text uses each one: the subject of "closed/raised/launched ... fund",
the owner of "its/X's new fund", named by a role ("managed by", "administered by", "administrado pela", "gestionado
por"), described as a firm ("venture capital firm X", "X, a ... investor"), or an LP ("committed $100 million",
"investors include", "sponsor"), and whether the span is a fund's own name ("... Fund IV"). No feature names a firm.
"""

from __future__ import annotations

import re

from talentintel.funding.company_features import Candidate, candidates

_FUND_WORD = r"(?:fund|funds|fonds|fondo|fondos|fundo|fundos|vehicle|vintage|FCPR|FPCI)"
# "Serena Capital annonce la première clôture de son deuxième fonds", "AfricInvest ... has closed its fourth fund".
_SUBJECT_FUND = re.compile(
    r"^(?:,[^,.]{0,90},)?\s(?:(?:has|have|had|just|today|now|officially|also|reportedly|recently|finally|said\sit|"
    r"announced\sit)\s)*(?:clos|rais|launch|announc|held|hold|complet|secur|reach|hit|unveil|debut|establish|form|set\sup|"
    r"creat|introduc|roll|lanc|annonc|boucl|lève|lev|cierra|cerró|lanza|lança|fech|captou|captó|schließt|legt|sammelt|"
    r"auflegt|gathered|garnered|amassed|collected|nabs?|snag|land|bag|pull|draw|wrap)\w*\b[^.;]{0,90}?\b" + _FUND_WORD,
    re.IGNORECASE,
)
# "Pitango’s fifth fund", "March Capital's new gaming fund": the owner of a fund.
_POSSESSIVE_FUND = re.compile(r"^['’]s?\s(?:[\w-]+\s){0,4}?" + _FUND_WORD + r"\b", re.IGNORECASE)
_MANAGED_BY = re.compile(
    r"\b(?:managed|administered|run|operated|advised|helmed|overseen|gestionado|gestionada|administrado|administrada|"
    r"géré|gérée|geführt|verwaltet|operado|operada)\s(?:by|por|pela|pelo|par|von)\s(?:the\s|la\s|le\s|el\s|a\s|o\s)?$",
    re.IGNORECASE,
)
# LPs and sponsors: "commitment from X", "investors include X", "sponsored by X", "anchored by X".
_LP_BEFORE = re.compile(
    r"\b(?:commitments?\s(?:from|of|by)|committed\sby|(?:investors|backers|LPs|limited\spartners|subscribers|"
    r"souscripteurs|contributors?|donors)\s(?:include|including|such\sas|are|were|like)|sponsored\sby|anchored\sby|"
    r"backed\sby|supported\sby|(?:LP|anchor|cornerstone)\s(?:investor\s)?)\s(?:[^.;]{0,90}?)$",
    re.IGNORECASE,
)
_LP_AFTER = re.compile(
    r"^(?:,[^,.]{0,60},)?\s(?:has\s|have\s|had\s|also\s)*(?:commit|pledg|anchor|contribut|inject|subscrib|approv)\w*"
    r"|^\s(?:is|was|are|were)\s(?:an?\s|the\s)?(?:anchor|LP|limited\spartner|sponsor|cornerstone|investor)\b",
    re.IGNORECASE,
)
_FIRM_BEFORE = re.compile(
    r"\b(?:venture(?:\s|-)capital|VC|investment|private(?:\s|-)equity|PE|crypto|growth|asset(?:\s|-)management|"
    r"alternative\sasset\smanagement|climate|impact|seed|early-stage)\s(?:firm|company|investor|house|manager|group|"
    r"arm|platform|outfit)\s$|\b(?:venture\s)?capitalists?\s$|\bsociété\sde\s(?:gestion|capital-risque)\s$|"
    r"\b(?:gestora|gestor)\s$",
    re.IGNORECASE,
)
_FIRM_AFTER = re.compile(
    r"^,\s(?:a|an|the|one\sof)\s[^,.]{0,70}?\b(?:firm|investor|manager|VC|venture\scapital|fund\smanager|gestora)\b",
    re.IGNORECASE,
)
# A person quoted ("Nick Chirls said", "said Jacobs", "Marcelo Claure, the founder") or a news source ("according
# to Bloomberg", "told CNBC", "Bloomberg reported"): neither manages the fund.
_SPEAKER_AFTER = re.compile(r"^(?:,\s[^,.]{0,40},)?\s(?:said|says|told|added|wrote|explained|noted|commented)\b")
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|added|according\sto|partner|founder|CEO|chairman)\s$", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\sto|told|reported\sby|first\sreported\sby|cited\sby|as\sreported\sby|via|per)\s(?:the\s)?$",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(r"^\s(?:reported|reports|said\sin\sa\sreport|first\sreported)\b|^['’]s\s(?:report|data)\b")
_FUND_NAME = re.compile(r"\b(?:Fund|Funds|Fonds|Fondo|Fundo|Vehicle)\b")
_ROMAN_END = re.compile(r"\s(?:I|II|III|IV|V|VI|VII|VIII|IX|X|\d{1,2})$")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]|\n|$)")
_FUND_IN_SENTENCE = re.compile(_FUND_WORD, re.IGNORECASE)

FEATURES = (
    "fm_subject_fund_verb",
    "fm_possessive_fund",
    "fm_managed_by",
    "fm_lp_cue",
    "fm_firm_descriptor",
    "fm_fund_name",
    "fm_roman_end",
    "fm_fund_sentence",
    "fm_speaker",
    "fm_news_source",
    "fm_inside_longer",
    "fm_contains_shorter",
)


def _mention_features(text: str, start: int, end: int) -> dict[str, float]:
    before, after = text[max(0, start - 120) : start], text[end : end + 140]
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return {
        "fm_subject_fund_verb": float(bool(_SUBJECT_FUND.match(after))),
        "fm_possessive_fund": float(bool(_POSSESSIVE_FUND.match(after))),
        "fm_managed_by": float(bool(_MANAGED_BY.search(before))),
        "fm_lp_cue": float(bool(_LP_BEFORE.search(before) or _LP_AFTER.match(after))),
        "fm_firm_descriptor": float(bool(_FIRM_BEFORE.search(before) or _FIRM_AFTER.match(after))),
        "fm_fund_sentence": float(bool(_FUND_IN_SENTENCE.search(text[sentence_start:sentence_end]))),
        "fm_speaker": float(bool(_SPEAKER_AFTER.match(after) or _SPEAKER_BEFORE.search(before))),
        "fm_news_source": float(bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after))),
    }


def add_fund_features(cand: Candidate, text: str) -> None:
    """Set the fund features of one candidate in place, the most telling over its mentions in `text`."""
    feats = dict.fromkeys(FEATURES, 0.0)
    feats["fm_fund_name"] = float(bool(_FUND_NAME.search(cand.name)))
    feats["fm_roman_end"] = float(bool(_ROMAN_END.search(cand.name)))
    pattern = re.compile(rf"(?<![\w]){re.escape(cand.name)}(?![\w])")
    for m in pattern.finditer(text):
        for key, value in _mention_features(text, m.start(), m.end()).items():
            feats[key] = max(feats[key], value)
    cand.features.update(feats)


def fund_candidates(header: str, body: str, rule_choice: str | None) -> list[Candidate]:
    """The company ranker's candidates of a fund text, each with the fund features added."""
    text = f"{header}\n{body}" if header else body
    found = candidates(header, body, rule_choice)
    for cand in found:
        add_fund_features(cand, text)
    # "Startups" of "500 Startups", "Grand Est" of "Capital Grand Est", "AfricInvest" of "AfricInvest IV Fund": a span
    # inside a longer candidate is a part of a name (or the firm inside its fund's name; the fund features tell which).
    for cand in found:
        inner = re.compile(rf"(?<![\w]){re.escape(cand.name)}(?![\w])")
        longer = [o for o in found if o is not cand and len(o.name) > len(cand.name) and inner.search(o.name)]
        cand.features["fm_inside_longer"] = float(bool(longer))
        for o in longer:
            o.features["fm_contains_shorter"] = 1.0
    return found
