"""The words that open a sentence before its subject, one list for every reader that must not take them for a name.

A sentence's first word is capitalised, so the name readers (the company grammar, the fund-manager subject reader,
the lead-investor cleaner) read "Yesterday", "Meanwhile" or "Comme" as the start of a name: "Yesterday, the
re-staking project Symbiotic announced" gave "Yesterday" (hs7-coinlive-symbiotic-seed), "Yesterday Allocadia
announced" gave "Yesterday Allocadia" (b14-inovia-allocadia-seed), "As Pitango successfully closed their 5th fund"
gave "As Pitango" (tuning_funds16), "Eventually, a career in tech" gave "Eventually" for Iron Ox
(hs4-inc-ironox-seed), "Comme aux plus belles heures de 2021, Mistral AI signe" (tuning_batch23). Until session 9
five readers each kept a list of their own, each missing words the others had; this is the one list.
"""

from __future__ import annotations

import re

# Sentence and time adverbs, connectives of English, German, French, Spanish, Portuguese and Italian. A closed list:
# single "-ly" names exist (Grammarly, Calendly), so no suffix rule.
SENTENCE_ADVERBS = (
    # English time adverbs
    "yesterday|today|tomorrow|tonight|now|currently|recently|lately|earlier|later|previously|subsequently|afterwards|"
    "finally|lastly|firstly|secondly|initially|eventually|ultimately|originally|still|yet|just|officially|"
    # English connectives and stance adverbs
    "however|moreover|furthermore|nevertheless|nonetheless|meanwhile|additionally|also|besides|separately|elsewhere|"
    "similarly|likewise|instead|therefore|hence|thus|consequently|accordingly|overall|notably|reportedly|importantly|"
    "interestingly|unsurprisingly|apparently|arguably|essentially|fortunately|unfortunately|historically|"
    "traditionally|specifically|alternatively|increasingly|altogether|otherwise|regardless|indeed|"
    # English stance adverbs: "Frankly, the economics are hard to ignore" gave "Frankly" for an unnamed miner's raise
    # (b43-payney-unnamed-bitcoin-miner-11m-ai-pivot)
    "frankly|honestly|admittedly|obviously|undoubtedly|ironically|understandably|presumably|evidently|"
    # English adverbs of place and scope: "Nationally, the total funds raised by startups have been declining"
    # gave "Nationally" (hs10-riazhaq-karachi-startups-2022-total)
    "nationally|globally|regionally|locally|internationally|domestically|worldwide|"
    # English discourse markers and adverbs of viewpoint: "Well, the company just raised $1.1 billion in Series G
    # funding" gave "Well" for Cerebras (hs17-najib-cerebras-1-1bn-series-g-fidelity-atreides), "Commercially, the
    # facility is sized up to $500 million" gave "Commercially" for Sharon AI (hs17-chainreport-sharon-ai-500m-usd-ai-
    # gpu-loan).
    "well|anyway|commercially|financially|operationally|technically|strategically|practically|economically|"
    # German, French, Spanish, Portuguese, Italian
    "gestern|heute|zudem|außerdem|ausserdem|inzwischen|aujourd['’]hui|demain|ayer|hoy|mañana|ontem|hoje|amanhã|ieri|"
    "oggi|domani|"
    # French, Spanish, Portuguese and Italian connectives: "Contudo, a euforia em torno do aporte pode ser abalada"
    # gave "Contudo" (however) for Manus AI (hs18-iafeed-manus-ai-75m-benchmark-pt).
    "cependant|toutefois|pourtant|néanmoins|d['’]ailleurs|désormais|ensuite|actuellement|"
    "sin\\sembargo|además|asimismo|actualmente|finalmente|"
    "contudo|todavia|porém|entretanto|no\\sentanto|além\\sdisso|atualmente|"
    "tuttavia|inoltre|infatti|intanto|comunque|attualmente"
)
# Conjunctions and prepositions that open a clause before its subject: "As Pitango closed", "While ...", "Comme aux
# plus belles heures ..., Mistral AI signe", "Como parte del acuerdo", "Wie das Startup mitteilte".
SUBORDINATORS = (
    "as|while|whilst|when|whereas|after|before|since|although|though|because|if|once|"
    "comme|como|wie|come|quand|lorsque|alors|tandis|cuando|mientras|quando|wenn|als|während|nachdem|pendant|durante|"
    "avec|sans|sin|sem|ohne|selon|según|segundo|secondo|laut|dopo|après|après\\sque|tras|trotz|malgré|pese|"
    # Portuguese, Spanish and Italian "with": "Com apenas três meses de operação e cerca de 20 funcionários, a Humans&
    # alcançou ..." gave "Com" (b45-gazetamercantil-humans-480m-pt); "Con una ronda de ...".
    "com|con"
)
# Words that only introduce what follows in a headline or a list: "Meet Acme", "Introducing Spellbook's $50M Series B",
# "And Acme", "But Acme", "So", "Then"; "Announcing Credit — an automated ... lending system" (b34-hantiv-credit-6-6m-
# paradigm).
_INTRODUCERS = "meet|introducing|announcing|and|but|so|then"

# Turkish and Korean sentence openers, kept out of the lists above (those are matched capitalised and glued before a
# name by `_BEFORE_NAME`, for every reader): each language's own reader checks its set whole-word. Turkish (turkish.py):
# "Ancak" (however), "Ayrıca" (also), "Şimdilik" (for now), "Peki" (well), "Oysa" (whereas), "Ve" (and). Korean topics
# (cjk_ko_topic.py, read before 는/은): "이를" (this), "이번" (this time), "최근" (recently), "올해" (this year),
# "지난해" (last year), "현재" (now), "특히" (especially) ...
TURKISH_OPENERS = frozenset({"Şimdilik", "Ancak", "Ayrıca", "Peki", "Oysa", "Ve"})
KOREAN_OPENERS = frozenset({"이를", "이번", "이", "그", "최근", "이는", "이에", "올해", "지난해", "현재", "특히"})

_ADVERB = re.compile(f"(?i:{SENTENCE_ADVERBS})")
_CLAUSE = re.compile(f"(?i:{SUBORDINATORS})(?:\\s\\S.*)?")
# A capitalised opener glued before a capitalised name ("Yesterday Allocadia", "As Pitango", "While Acme").
_BEFORE_NAME = re.compile(
    rf"^(?:{'|'.join(w.capitalize() for w in f'{SENTENCE_ADVERBS}|{SUBORDINATORS}|{_INTRODUCERS}'.split('|'))})"
    r",?\s+(?=[A-Z0-9])"
)


def is_sentence_adverb(span: str) -> bool:
    """The whole span is a sentence or time adverb ("Yesterday", "However", "Heute"): the frame of a sentence."""
    return bool(_ADVERB.fullmatch(span))


def is_clause_opener(span: str) -> bool:
    """The span starts with a subordinating conjunction or a clause-opening preposition ("Comme aux ...")."""
    return bool(_CLAUSE.fullmatch(span))


def strip_opener(name: str) -> str:
    """`name` without a capitalised opener read with it: "Yesterday Allocadia" -> "Allocadia"."""
    return _BEFORE_NAME.sub("", name)
