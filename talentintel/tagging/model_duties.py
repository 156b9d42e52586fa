"""A duty to build predictive or statistical models, said in any language: what makes a data scientist's job ML work.

The labeling rule (tests/fixtures/tagging/PROVENANCE.md): "a data scientist counts as ai only when the posting says
machine learning / modeling". role_skills.py read the first half (an ML role word in the title and a machine-learning
skill word in the text); a title role with a modeling duty stayed none: "Data Scientist (A) Internal Fraud Project"
whose task is "Design, develop, validate, implement and monitor predictive models" (unseen_hs18 Bosshard, missed at
first sight and still missed until this rule). Over the dev set and every tuning file, all 8 postings with an ML role
word in the title and such a phrase in the text are labeled ai (Korean 예측 모델, English "predictive modeling",
"statistical models"); no posting labeled none or crypto has the pair (branch tagcat).

The phrase is a model kind, not a field: "predictive analytics" and "forecasting" stay out (an FP&A analyst forecasts).
A sentence under a nice-to-have header, or ending in a wish, is a wish, not the job's duty.

A verb of making before "models" says the same without naming the kind: Gitcoin Passport's data scientist is to
"deliver robust models" against Sybil attackers (unseen_hs5, labeled `both`: a Web3 employer, a data scientist who
models) and read crypto only. Over the dev set and every tuning file (2,910 items, branch both_t27), 14 postings with an
ML role word in the title (data scientist, data science) have a duty sentence "build / develop / design / deliver /
deploy / train ... models"; all 14 are labeled ai or both, on 13 publishers (filtrjobs, web3.career, Locanto, Mozaic,
learn4good, role.com, LinkedIn, DeFiMatrix, Kamoro, Pitchbook x2, Socious, Tranzita, Luckbox); the 13 others were
already read ai or both by their other words. Schema, 3D and business "models" are not models a data scientist trains.
"""

from __future__ import annotations

import re

from talentintel.tagging.sections import MINOR, PREFERENCE_HEDGES, parts_and_kinds, wish_item
from talentintel.tagging.text import lowered

_MODEL_DUTY = re.compile(
    # English: "predictive models", "statistical modeling", "predictive modelling"
    r"\b(?:predictive|statistical)\s+model(?:s|ing|ling)?\b"
    # Spanish, Portuguese, French: "modelos predictivos", "modelos preditivos", "modèles prédictifs", "modelado
    # predictivo", "modelagem preditiva", "modélisation prédictive" (and their statistical kin)
    r"|\bmod(?:elos?|[èe]les?|elado|elagem|[ée]lisation)\s+(?:predictiv|preditiv|pr[ée]dicti|estad[íi]stic|estat[íi]stic|statistique)"
    # German: "prädiktive Modelle", "statistische Modelle", "Prognosemodelle"
    r"|\b(?:pr[äa]diktive?\w*|statistische?\w*)\s+modell|\bprognosemodell"
    # Chinese, Japanese, Korean
    r"|预测模型|預測模型|统计模型|統計模型|予測モデル|統計モデル|예측\s?모델|통계\s?모델"
)
# Every phrase holds one of these: a few substring tests for the many texts without one (a regex scan of a 2 KB
# text cost ~70 us, 15% of the tagger's time on bench_tagging's postings).
_GATE = ("predict", "prédict", "preditiv", "statisti", "estadíst", "estadist", "estatíst", "estatist", "prädikt",
         "pradikt", "prognosemodell", "模型", "モデル", "모델", "model")  # fmt: skip
# A verb of making, then at most 30 characters of the same clause, then "model(s)": "deliver robust models", "develop
# and deploy scalable ML models", "building and implementing analytical models".
_MADE_MODELS = re.compile(
    r"\b(?:build|builds|building|built|develop|develops|developing|design|designs|designing|deliver|delivers"
    r"|delivering|deploy|deploys|deploying|train|trains|training)\b[^.;:!?]{0,30}?\bmodels?\b"
)
# Not a model a data scientist fits: a schema, a 3D asset, a way of doing business.
_NOT_FITTED = re.compile(
    r"\b(?:data|3d|3-d|business|operating|service|delivery|engagement|governance|role)\s+models?\b"
)


def _duty(part: str) -> bool:
    """Whether a lowercased sentence names building predictive or statistical models, or making models at all."""
    if _MODEL_DUTY.search(part) is not None:
        return True
    made = _MADE_MODELS.search(part) if "model" in part else None
    return made is not None and _NOT_FITTED.search(made.group(0)) is None


def builds_models(description: str) -> bool:
    """Whether a duty sentence of the description (not a wish, not a perk) names building predictive models, or
    making models at all ("deliver robust models")."""
    low = lowered(description)
    if not any(word in low for word in _GATE) or not _duty(low):
        return False
    parts, kinds = parts_and_kinds(low)  # cached: the sector rules split the same description
    return any(
        kind != MINOR and _duty(part) and not wish_item(part) and not any(h in part for h in PREFERENCE_HEDGES)
        for part, kind in zip(parts, kinds, strict=True)
    )
