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
         "pradikt", "prognosemodell", "模型", "モデル", "모델")  # fmt: skip


def builds_models(description: str) -> bool:
    """Whether a duty sentence of the description (not a wish, not a perk) names building predictive models."""
    low = lowered(description)
    if not any(word in low for word in _GATE) or _MODEL_DUTY.search(low) is None:
        return False
    parts, kinds = parts_and_kinds(low)  # cached: the sector rules split the same description
    return any(
        kind != MINOR
        and _MODEL_DUTY.search(part) is not None
        and not wish_item(part)
        and not any(h in part for h in PREFERENCE_HEDGES)
        for part, kind in zip(parts, kinds, strict=True)
    )
