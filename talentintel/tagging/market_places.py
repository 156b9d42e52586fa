"""Places that are a business's markets, investors, partners or press, not the job's: blanked before the free-text
place scan, like the customers' places of customer_places.py and the investors' place of README rule 11.

Issue 18, unseen40 (Korean Wanted postings with no location field, labeled with no place):
- a product's markets: "MVL TADA 는 현재 싱가폴, 캄보디아, 베트남 등 동남아시아 지역에서 운영되고 있는 글로벌 승차 공유
  플랫폼" (un40-wnt-mvl-blockchain-backend), "the US and European markets", "拓展东南亚市场", "海外市場";
- its investors: "한국 외 미국, 일본, 홍콩, 싱가포르 등의 주요 기관 투자자들의 자금을 ... 운용" (un40-wnt-hyperism-defi-
  vault), "investors in Japan and Korea", "leading Silicon Valley investors";
- its partners: "서울시전통시장연합회"와 각각 MOU체결" (un40-wnt-starzip-blockchain-backend), "signed an MOU with the
  Seoul Metropolitan Government", "業務提携";
- the press that covered it: "featured in The New York Times", "뉴욕타임즈", "纽约时报";
- a rank over a region, in Korean ("아시아 최고의 암호화폐 금융 서비스", Hyperism; Chinese ranks are cjk._MODIFIER's) and
  a head count by office ("글로벌 200여명, 한국오피스 60여명으로 구성된", MVL: who works where, as footprint._TEAM).
"""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.marked_places import places_before
from talentintel.tagging.matcher import CJK_CHAR
from talentintel.tagging.place_gates import finditer_at, literal_starts

_CAP = r"[A-Z][\w.&'’-]*"
_CAPS = rf"((?:the\s+)?{_CAP}(?:(?:,\s*|\s+|\s+(?:and|or|&)\s+)(?:the\s+)?{_CAP}){{0,4}})"
# the place after the marker: "investors in Japan and Korea", "expanding into Europe", "an MOU with the Seoul ..."
_AFTER_MARKERS = (
    r"(?:investors|VCs|backers|markets?)\s+(?:in|from|across|throughout|such as|like|including)"
    r"|(?:expand|expands|expanding|expansion)\s+(?:in)?to"
    r"|(?:MOUs?|memorandum of understanding|partnership|partnered|partnering)\s+with"
    # the area a firm serves: "a leading ICT ... services provider across the Asia-Pacific region", headquartered
    # in Singapore (issue 18, unseen45: the region read as asia + oceania beside Singapore)
    r"|(?:provider|providers|operations|presence)\s+(?:across|throughout)"
)
_AFTER = re.compile(rf"\b(?:{_AFTER_MARKERS})\s+{_CAPS}")
_AFTER_CUES = (
    "nvestor",
    "VC",
    "acker",
    "arket",
    "xpan",
    "MOU",
    "emorandum",
    "artner",
    "rovider",
    "peration",
    "resence",
)
# Markers found first, the place read in a window before them (marked_places): ~170 us a 6 KB text otherwise.
_ENGLISH_BEFORE = re.compile(
    r"\s(?:investors|VCs|venture capital(?:ists| firms)?|markets?"
    r"|Times|Post|Journal|Herald|Tribune|Chronicle|Gazette|Globe|Business Journal)\b"
)
# Where _AFTER can match: it opens with \b, which gives the regex engine no first character to skip to, so finditer
# tried every place of the text (16.8 us a 2 KB description without a location); its first words are found with
# str.find and the regex tried only there (place_gates.finditer_at: 11.9 us with literal_starts' 11 words). The same
# for _ENGLISH_BEFORE (one white space, then its words) was no faster: its 13 words cost 13 finds, as much as the scan.
_AFTER_STARTS = literal_starts(_AFTER_MARKERS)
# the place, "-based" glued on ("Japan-based investors") as _CAP's hyphen and word characters take it
_ENGLISH_PLACE = re.compile(rf"(?<![\w.])({_CAP}(?:(?:,\s*|\s+|\s+(?:and|or|&)\s+)(?:the\s+)?{_CAP}){{0,4}})$")
_BEFORE_CUES = (
    "nvestor",
    "VC",
    "enture",
    "arket",
    "Times",
    "Post",
    "Journal",
    "Herald",
    "Tribune",
    "Chronicle",
    "Gazette",
    "Globe",
)
# Korean: up to seven words (a place list: "싱가폴, 캄보디아, 베트남 등 동남아시아") right before the marker
_KO_WORD = r"[\uac00-\ud7af]{1,10}"
_KO_SEP = r"(?:\s*[,·/\"'“”‘’]\s*|\s+)"
_KOREAN_MARKER = re.compile(
    r"(?:지역에서\s*(?:운영|서비스)|에서\s*운영|시장|투자자|투자사|투자\s?기관|벤처캐피[털탈]|최고의|최대의|1위|강자"
    r"|기관\s*네트워크|타임즈|타임스|포스트|저널|헤럴드|오피스\s*\d+\s*여?\s*명|지사\s*\d+\s*여?\s*명)"
)
_KOREAN_PLACE = re.compile(
    rf"(?<![\uac00-\ud7af])((?:{_KO_WORD}{_KO_SEP}){{0,6}}{_KO_WORD})\s*(?:등의|등|의)?\s*(?:(?:주요|현지|글로벌|해외|기관|지역|국가)\s*)*$"
)
# Chinese and Japanese: the Han / kana run right before the marker
_HAN_MARKER = re.compile(
    # 市场 is also "marketing": "协助北京市场负责人" is the Beijing marketing lead (unseen_hs9 hs9t-myzd-market-manager)
    r"(?:市场|市場)(?![负負经經部专專总總营營推主运運人担擔課])|投资人|投资者|投资机构|投資家|投資機関|时报|時報|日报|邮报|郵報"
    # Japanese "for companies / customers in X" names the market: "主に中央アジアや南米の企業向けにツールを作ってる"
    # (a remote hedge fund's tools for its clients, unseen41 un41-hnja-narraduct read asia)
    r"|(?:企業|顧客|お客様|事業者)向け"
)
_HAN_PLACE = re.compile(r"([\u3040-\u30ff\u3400-\u9fff、・/]{1,16}?)(?:的|の|等|など)?$")
_WINDOW = 80
# A partnership sentence: what comes before the marker on its line names the partner ("…서울시전통시장연합회"와 각각
# MOU체결"); a span, since Korean glues the partner's place into its name
_PARTNER = re.compile(r"MOU|업무\s?협약|협약을?\s?체결|파트너십을?\s?체결|業務提携|資本提携|合作协议|战略合作|戰略合作")
_PARTNER_SPAN = 100


def _before(spans: list[tuple[int, int]], text: str, marker: re.Pattern[str], place: re.Pattern[str]) -> None:
    spans += [found.span(1) for found in places_before(text, marker, place, _WINDOW)]


_AFTER_CUE_WORDS = Cues(_AFTER_CUES)
_BEFORE_CUE_WORDS = Cues(_BEFORE_CUES)


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if holds_any(text, _AFTER_CUE_WORDS):  # cheap tests first: most texts hold none of the markers
        spans += [m.span(1) for m in finditer_at(_AFTER, _AFTER_STARTS, text)]
    if holds_any(text, _BEFORE_CUE_WORDS):
        _before(spans, text, _ENGLISH_BEFORE, _ENGLISH_PLACE)
    # Every Korean, Han and partner marker but "MOU" holds a Hangul, kana or Han character: most texts beyond ASCII are
    # English with a curly quote, where one search for such a character (~7 us a 2 KB text) spares the three scans
    # (_HAN_MARKER alone ~54 us: bench_tagging, speed_24)
    cjk = not text.isascii() and CJK_CHAR.search(text) is not None
    if cjk:
        _before(spans, text, _KOREAN_MARKER, _KOREAN_PLACE)
        _before(spans, text, _HAN_MARKER, _HAN_PLACE)
    if cjk or "MOU" in text:
        for match in _PARTNER.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            spans.append((max(line_start, match.start() - _PARTNER_SPAN), match.start()))
    return spans


def without_market_places(text: str) -> str:
    """The text with its markets', investors', partners', press and office head counts' places blanked, same
    length."""
    spans = _spans(text)
    if not spans:
        return text
    out = list(text)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)
