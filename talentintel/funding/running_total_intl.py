"""Running totals told in Chinese, Japanese, Korean, Portuguese and Spanish (issue 13, branch fund83).

A company's money gathered so far is no round (PROVENANCE.md: "running totals are never the amount"). The languages
mark it by a word before the raise, not by a "to date" after it as English does (`kind_running_total`):
- Chinese 累计/累計 and 迄今/至今: "GAIB已累计完成1500万美元融资" (b47-liandu24-gaib-15m-report-zh), "目前累计融资超过230亿元"
  (autopartners-weltmeister-seek), "至此,星海图累计融资额近30亿元" (c4-ebrun-galaxea-series-b);
- Japanese 累計調達額: "同社の累計調達額は443億円になる" (ampmedia-smartnews-f), "ABEJAの累計調達額は60億円を超えた"
  (forbesjp-abeja-google);
- Korean 누적 투자: "총 누적 투자유치 52억 원" (b25-sisanews-tesa-series-a-ko), "누적 투자유치금액은 25억5000만원"
  (hs6-newsbell-lightroot-pre-a), "센디의 총 누적 투자액은 약 175억원" (economyac-kr-roundup);
- Portuguese "já levantou/já captou": "a startup portuguesa já levantou investimentos no valor de 82 milhões de dólares"
  (b47-observador-feedzai-definedcrowd-forbes-pt), "o banco digital já captou mais de 420 milhões" (veja-nubank-tencent);
- Spanish "ha levantado un total de", "desde su fundación": "En los seis años que lleva en activo ha conseguido
  recaudar 1.887 millones de dólares" (emprendedoresnews.com Magic Leap, pages search).
`kind.other_reason` calls a story history when every raise its first 3,000 characters tell is one of these; a sum the
text itself calls cumulative is one too where it is first told bare ("GAIB已完成1500万美元融资" above "GAIB已累计完成
1500万美元融资": a report on the project, no round).
"""

from __future__ import annotations

import re

from talentintel.funding.kind_opening import SENTENCE_CUT as _SENTENCE

_WINDOW = 3000
_CJK_MARK = r"(?:累计|累計|迄今|至今|これまでに|누적|지금까지|현재까지)"
# The mark and the raise it qualifies: "已累计完成", "累计融资", "迄今共融资", "累計調達額", "누적 투자유치".
_CJK_RUNNING = re.compile(
    _CJK_MARK + r"(?:为止|為止)?[，,]?\s?(?:已|共|共计|共計|已经|已經|总|總)?\s?"
    r"(?:完成|获得|獲得|获|獲|募得|融资|融資|筹集|籌集|调達|調達|の調達|투자\s?유치|투자금|투자액|투자\s?유치액|투자\s?유치\s?금액)"
)
# A raise told in these languages without `kind._RAISED`'s amount-or-round context: the CJK raise words and the
# Portuguese/Spanish perfect ("já levantou", "ha levantado").
_RAISE_INTL = re.compile(
    # Not the topic word: "融资方面" (as for funding), "融资历程" (funding history) tell no raise.
    r"(?:融资|融資)(?!方面|历程|歷程|情况|情況|信息|动态|動態|市场|市場|环境|環境)|調達|투자를?\s?유치|투자\s?유치|"
    r"\b(?:levantou|captou|arrecadou|angariou|levantado|recaudado|captado|arrecadado|conseguido\srecaudar)\b|"
    # A round named is a raise however it is told ("anunciou uma rodada série B", "cerró una ronda"): a sentence that
    # names one beside the running total is the news ("Con esta ronda, la compañía ha levantado un total de").
    r"\b(?:rodada|ronda|aporte|s[ée]rie\s[A-H]|seed|pre-?seed)\b|"
    # ... and so is a sum invested: "graças a um investimento de 90 milhões de dólares feito pelo gigante chinês
    # Tencent" before "No total, o banco digital já captou mais de 420 milhões" (veja-nubank-tencent).
    r"\b(?:investimento|inversi[óo]n|financiamento|financiaci[óo]n|financiamiento)\s(?:de\s)?(?:US\$|R\$|\$|€|\d)|[A-H]\+?\s?(?:轮|輪)|种子轮|天使轮|シリーズ[A-H]|"
    r"ラウンド|시리즈\s?[A-H]|라운드|시드",
    re.IGNORECASE,
)
# Portuguese and Spanish running totals: "já" before the verb, or "un total de", "desde su fundación" after it.
_ROMANCE_RUNNING = re.compile(
    r"\bjá\s(?:\w+\s)?(?:levantou|captou|arrecadou|angariou|recebeu|obteve)\b|"
    r"\b(?:ha|han|tem|têm)\s(?:\w+\s)?(?:levantado|recaudado|captado|conseguido|obtenido|arrecadado)\s"
    r"(?:(?:un|um)\stotal\sde|en\stotal|no\stotal)\b|"
    r"\b(?:levantou|captou|arrecadou|levantado|recaudado|captado|conseguido|obtenido)\b[^.;\n]{0,80}?"
    r"\b(?:desde\s(?:a\s|sua\s|su\s|la\s)?(?:funda[çc][ãa]o|fundaci[óo]n|cria[çc][ãa]o|creaci[óo]n|lan[çz]amiento)|"
    r"hasta\s(?:la\sfecha|ahora|el\smomento)|at[ée]\s(?:hoje|agora|o\smomento))",
    re.IGNORECASE,
)
# A figure with its unit as CJK texts write it: "1500万美元", "10亿元", "443億円", "175억원".
_CJK_FIGURE = re.compile(
    r"\d[\d,.]*\s?(?:万|萬|亿|億|억|조|千万|百万)?\s?(?:美元|美金|元|人民币|人民幣|円|ドル|원|달러)"
)
_CUMULATIVE_FIGURE = re.compile(_CJK_MARK + r"[^，,。；;\n]{0,12}?(" + _CJK_FIGURE.pattern + ")")


def _cumulative_figures(window: str) -> set[str]:
    """Figures the text calls cumulative: "累计完成1500万美元" gives "1500万美元"."""
    return {re.sub(r"\s", "", m.group(1)) for m in _CUMULATIVE_FIGURE.finditer(window)}


def _raise_starts(sentence: str, raised: re.Pattern[str]) -> list[int]:
    return [m.start() for m in raised.finditer(sentence)] + [m.start() for m in _RAISE_INTL.finditer(sentence)]


def _marked(sentence: str, start: int) -> bool:
    """The raise at `start` is a running total: a CJK mark ends within a few characters before it or contains it, or
    a Portuguese/Spanish running form covers it."""
    for m in _CJK_RUNNING.finditer(sentence):
        # The mark qualifies its clause: "已累计完成1500万美元融资" up to the next comma.
        if m.start() <= start and not re.search(r"[，,；;、]", sentence[m.end() : start]):
            return True
    return any(m.start() <= start < m.end() for m in _ROMANCE_RUNNING.finditer(sentence))


def _restated(sentence: str, start: int, cumulative: set[str]) -> bool:
    """The raise at `start` sums a figure the text calls cumulative elsewhere, in a clause that names no round."""
    left = max(sentence.rfind(c, 0, start) for c in "，,；;") + 1
    ends = [e for e in (sentence.find(c, start) for c in "，,；;") if e >= 0]
    clause = sentence[left : min(ends) if ends else len(sentence)]
    figures = {re.sub(r"\s", "", f.group(0)) for f in _CJK_FIGURE.finditer(clause)}
    return bool(figures) and figures <= cumulative and not _NAMED_ROUND.search(clause)


_NAMED_ROUND = re.compile(r"[A-Ha-h]\+?\s?(?:轮|輪)|种子|天使|시리즈|シリーズ")


def _running(sentence: str, raised: re.Pattern[str], cumulative: set[str]) -> bool:
    """Every raise the sentence tells is a running total, or sums a figure the text calls cumulative."""
    return all(
        _marked(sentence, start) or _restated(sentence, start, cumulative) for start in _raise_starts(sentence, raised)
    )


def only_running_totals_intl(text: str, raised: re.Pattern[str]) -> bool:
    """Every sentence of the text's first `_WINDOW` characters that tells a raise tells a running total in one of these
    languages (and one does), in a text that names no fund."""
    window = text[:_WINDOW]
    if re.search(r"基金|ファンド|펀드|\bfundos?\b|\bfondos?\b", window, re.IGNORECASE):
        return False
    if not (_CJK_RUNNING.search(window) or _ROMANCE_RUNNING.search(window)):
        return False
    cumulative = _cumulative_figures(window)
    # Chinese and Japanese stops need no space after them ("...融资。截至2025年11月"), which `_SENTENCE` wants.
    sentences = [p for s in _SENTENCE.split(window) for p in re.split(r"(?<=[。！？])", s)]
    told = [s for s in sentences if _raise_starts(s, raised)]
    return bool(told) and all(_running(s, raised, cumulative) for s in told)
