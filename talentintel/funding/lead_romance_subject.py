"""Leads told as the subject of "led" in Italian, Spanish, Portuguese or French, not as "guidato da" / "liderada por"
after the round (tuning_batch26, branch fund43):

- "Andresseen Horowitz e Polychain Capital hanno guidato la vendita di token privati" (b26-coinsider-solana-314m-it);
- the same shape: "X lideró la ronda", "X e Y lideraram a rodada", "X a mené le tour de table";
- Czech and Slovak, with no article (tuning_hs11, branch fund49): "brněnský fond Purple Ventures vedl investiční kolo do
  tamního start-upu Tass Vision" (hs11-hn-tass-vision-purple-ventures-cs), "X viedol investičné kolo";
- "captação" / "captación" (the fundraising), Brazilian and Spanish press's usual word for a round: "A Sequoia Capital
  India liderou a captação de recursos da Polygon" (hs13-portalcripto-polygon-450m-token-sale-pt, branch fund62).
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME

# "X e a Y" / "X y la Y": the article comes again after "and".
_AND = r"(?:,\s|\se\s(?:(?:a|o)\s)?|\sy\s(?:(?:la|el)\s)?|\set\s|\s&\s)"
_LED = (
    r"(?:ha|hanno)\sguidato|(?:lideró|lideraron|liderou|lideraram)|(?:a|ont)\smené|(?:ha|han)\sliderado|"
    r"(?:ha|hanno)\scapitanato|vedl[aoi]?|viedol|viedla|viedli"
)
_OBJECT = (
    r"(?:(?:la|il|l['’]|el|a|o|le)\s?(?:vendita|round|raccolta|finanziamento|tornata|ronda|rodada|tour|levée|operación|"
    r"operação|operazione|aumento|captação|captación)|(?:investiční\s|investičné\s)?kolo)"
)
# Portuguese and Spanish put an article before a firm's name at a sentence start ("A Sequoia Capital India liderou").
_ARTICLE = re.compile(r"^(?:A|O|As|Os|La|El|Las|Los)\s(?=[A-Z0-9])")
_SUBJECT_LED = re.compile(r"(?P<names>" + NAME + r"(?:" + _AND + NAME + r"){0,3})\s(?:" + _LED + r")\s" + _OBJECT)


def subject_leads(text: str) -> list[str]:
    """The names before "hanno guidato la vendita" / "lideró la ronda", split on "e", "y", "et", "&" and commas."""
    m = _SUBJECT_LED.search(text)
    if not m:
        return []
    return [_ARTICLE.sub("", n.strip()) for n in re.split(_AND, m.group("names")) if n.strip()]
