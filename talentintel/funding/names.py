"""Shared text helpers for picking organisation names out of announcement prose."""

from __future__ import annotations

import re

# An investor's name as the one-investor lead rules and the loan reader read it: up to five capitalised tokens joined by
# a space, "of" or "&" ("Ontario Teachers’ Pension Plan", "Allen & Company"); a dot only inside a token ("USD.AI"),
# never the sentence's full stop. lead_sole, lead_sole_appositive, lead_sole_bet, lead_sole_commit, lead_sole_described
# and debt_parties each kept a copy of these two lines until the session-17 review.
_INVESTOR_TOKEN = r"[A-Z][\w&'’+-]*(?:\.[\w&'’+-]+)*"
INVESTOR_NAME = rf"{_INVESTOR_TOKEN}(?:\s(?:of\s|&\s)?{_INVESTOR_TOKEN}){{0,4}}"

# Words that may sit inside a name without being capitalised ("Rise of the Rest", "Allen & Company").
CONNECTORS = frozenset({"of", "de", "&", "the", "for", "and", "du", "la", "von", "van", "der", "y", "da"})
LEGAL = frozenset(
    {
        "inc",
        "inc.",
        "incorporated",
        "llc",
        "l.l.c.",
        "ltd",
        "ltd.",
        "limited",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "s.a.",
        "sas",
        "bv",
        "b.v.",
        "nv",
        "pte",
        "pvt",
        "lp",
        "l.p.",
        "llp",
        "ab",
        "oy",
        "srl",
        "pty",
        "kk",
    }
)
# Lowercase tokens that still start names: brands and fund names written in lowercase.
LOWER_NAMES = frozenset({"a16z", "iCapital".lower(), "basecase"})


def is_name_token(token: str) -> bool:
    core = token.strip("\"'“”‘’()[],.;:")
    if not core:
        return False
    if re.fullmatch(r"[a-z][a-z0-9-]*\.(?:net|io|ai|xyz|com|fi|finance|org|so|gg|app|network|money|co)", core):
        return True  # brands written as their lowercase domain: "io.net", "pump.fun"-like names
    return core[0].isupper() or core[0].isdigit() or core.lower() in LOWER_NAMES or any(c.isupper() for c in core[1:])


def trailing_name(phrase: str) -> str:
    """The run of name tokens ending the phrase: "asset management firm Coeli" -> "Coeli"."""
    tokens = phrase.split()
    out: list[str] = []
    for token in reversed(tokens):
        if is_name_token(token) or (out and token.lower() in CONNECTORS - {"and"}):
            out.append(token)
        else:
            break
    while out and out[-1].lower() in CONNECTORS:
        out.pop()
    return " ".join(reversed(out))


def strip_parentheticals(text: str) -> str:
    """Remove (nested) parenthesised asides, which in announcements are tickers, abbreviations and glosses."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\s?\([^()]*\)", "", text)
    return text


# A listing's exchange and ticker in brackets: "Cisco Investments, el brazo de inversión corporativa global de Cisco
# (NASDAQ: CSCO), ha lanzado un fondo" gave the fund to "CSCO" (b45-itnewslat-cisco-1b-ai-fund-es).
_EXCHANGE_TICKER = re.compile(
    r"\s?\((?i:nasdaq|nyse|nyse\samerican|amex|tsx(?:-?v)?|lse|aim|asx|hkex|sehk|sgx|otc(?:qx|qb)?|kosdaq|kospi|krx|tse|"
    r"euronext|xetra|six)\s?:\s?[A-Z0-9.]{1,8}\)"
)


def drop_tickers(text: str) -> str:
    """The text without "(NASDAQ: CSCO)"-style listing asides, which no manager or company reader should take."""
    return _EXCHANGE_TICKER.sub("", text)


_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Mr|Ms|Dr|No|vs|U\.S|Calif|Mass|Aug|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul))$"
)


def sentence_end(text: str, start: int = 0) -> int:
    """Index of the end of the sentence that contains `start` ("T. Rowe Price" and "Inc." do not end one)."""
    for m in re.finditer(r"[.!?](?=\s|$)|\n", text[start:]):
        pos = start + m.start()
        if text[pos] == "." and _ABBREV.search(text[max(0, pos - 6) : pos]):
            continue
        return pos
    return len(text)


def clean_name(name: str) -> str:
    name = name.strip(" \t\n,;:.\"'“”‘’")
    tokens = name.split()
    while tokens and tokens[-1].lower().strip(",") in LEGAL:
        tokens.pop()
    return " ".join(tokens).rstrip(",")


# A company's closing kind word, shared by unrelated companies: "ROME Therapeutics" and "LEXEO Therapeutics" read as
# one company by a string-similarity test (0.86) merged a roundup's deals (b13-nature-rome-lexeo-skyhawk).
_KIND_TAIL = re.compile(
    r"\s(?:therapeutics|technologies|technology|robotics|labs?|biosciences?|bio|pharma(?:ceuticals)?|systems|games|"
    r"studios?|energy|health|motors?|ai|finance|foods?|sciences?|medical|networks?|software|security|protocol)$"
)


def name_core(key: str) -> str:
    """A normalized company key without its closing kind word ("rome therapeutics" -> "rome"), never empty."""
    return _KIND_TAIL.sub("", key) or key
