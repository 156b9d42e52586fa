"""Span features for the span scorer (`company_span_features`) that read alike across the tuning texts' languages.

The first features learned their cues mostly from English (a raise verb's stem right after the span, "startup X");
the languages the rules read elsewhere put the raiser in the same place with other words: the grammatical subject
of "a levé", "levanta", "ha cerrado", "привлекла", "meraih", "gọi vốn" (the rules' own verb list, `company_raise_verbs`,
plus the Russian, Indonesian, Vietnamese and Turkish verbs of `deals_ru`, `deals_vi`, `deals_tr`), a description
before it in those languages ("la fintech X", "стартап X", "perusahaan X", "công ty X"), and in Korean and Japanese
press the company's representative or head office in brackets after it ("X(대표 ...)", "X（本社：...）"). Where it
stands against the text's first amount and whether it also stands mid-sentence (capitalised where no sentence
opens: a name, not an opener) hold in every language. No feature names a company.
"""

from __future__ import annotations

import re

from talentintel.funding.company_raise_verbs import RAISE_VERB, WHEN

_OTHER_RAISE = (
    r"(?i:привлек(?:ла|ло|ли)?|получил[аио]?|закрыл[аио]?|объявил[аио]?|meraih|mendapatkan|mendapat|mengumpulkan|"
    r"memperoleh|mengamankan|menerima|menutup|mengantongi|gọi\svốn|huy\sđộng|nhận\sđược|hoàn\stất|hoàn\sthành|"
    r"công\sbố|yatırım\s(?:aldı|topladı)|ottenuto|raccolto|chiuso)(?!\w)"
)
_LEGAL = r"(?:,?\s(?:Inc|Ltd|LLC|Corp|Co|GmbH|PLC|S\.A|SAS|AG|Pte|Pvt|BV|SpA|SL)\b\.?)?"
# After the span: a legal suffix, a time ("on Friday"), then a raise verb of any language the rules read.
_RAISE_AFTER_ANY = re.compile(rf"^{_LEGAL},?\s{WHEN}(?:{RAISE_VERB}|{_OTHER_RAISE})")
_DESCRIBED_BEFORE_INTL = re.compile(
    r"(?:\b(?:la|le|l['’]|el|o|a|die|der|das|lo|il)\s?(?:jeune\s|nueva\s|nova\s|junge\s)?(?:startup|start-up|fintech|"
    r"plateforme|plataforma|piattaforma|plattform|empresa|entreprise|société|compañía|companhia|azienda|società|"
    r"firma|unternehmen|scale-up|insurtech|proptech|healthtech|edtech|biotech|néobanque|neobank)|"
    r"\b(?:стартап|компания|компании|сервис|платформа|проект|perusahaan(?:\srintisan)?|startup|công\sty|"
    r"nền\stảng|kỳ\slân|girişim|şirket)|(?:[A-Za-zÀ-ÿ-]+-(?:Startup|Start-up|Plattform|Unternehmen)))\s$",
    re.IGNORECASE,
)
# Korean and Japanese releases: "쏘카(대표 박재욱)", "株式会社X（本社：東京都...）", "X（代表取締役：...）".
_HEAD_PAREN_AFTER = re.compile(r"^\s?[（(]\s?(?:대표|代表|本社|总部|總部|本部|CEO|창업자|설립)")


# The funding and business words that Chinese, Japanese and Korean write without spaces, so that a span of them alone
# looks like a name: the grouped-CV model's best span on Chinese, Japanese and Korean rounds was one of these on 20 of
# 57 where a right span existed ("ラウンド", "資金", "億円", "初創公司", "亿元人民币", "스타트업", "투자", "블록체인").
_CJK_COMMON = re.compile(
    r"(?:ラウンド|スタートアップ|ベンチャー|企業|会社|資金|調達|億|万|米ドル|ドル|円|人民元|シリーズ|キャピタル|ファンド|"
    r"ミッション|ブロックチェーン|公司|企业|初创|初創|新创|新創|亿|元|美元|人民币|人民幣|融资|融資|投资|投資|资本|資本|"
    r"基金|独角兽|獨角獸|记者|記者|作者|区块链|區塊鏈|人工智能|机构|機構|集团|集團|平台|轮|輪|스타트업|투자|유치|펀드|"
    r"블록체인|기업|업체|캐피털|벤처|시리즈|억|원|달러|라운드|인공지능|자금|조달|기자)+"
)
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def intl_shape(name: str) -> dict[str, float]:
    """Features of the span's own words: a run of Chinese, Japanese or Korean funding words, not a name."""
    return {"cjk_common_word": float(bool(_CJK_NAME.search(name)) and _CJK_COMMON.fullmatch(name) is not None)}


def intl_context(before: str, after: str, start: int, first_money: int | None) -> dict[str, float]:
    """Features of one mention from the text around it (`first_money`: where the opening's first amount starts)."""
    return {
        "raise_after_any": float(bool(_RAISE_AFTER_ANY.match(after))),
        "described_before_intl": float(bool(_DESCRIBED_BEFORE_INTL.search(before))),
        "head_paren_after": float(bool(_HEAD_PAREN_AFTER.match(after))),
        "before_first_money": float(first_money is not None and start < first_money),
    }


def mid_sentence(opener: bool, in_headline: bool) -> float:
    """A body mention where no sentence opens: capitalised there, the span is a name rather than an opener."""
    return float(not opener and not in_headline)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def capital_share(body: str) -> float:
    """The share of the opening body's words that start with a capital: German capitalises every noun
    ("Unternehmen", "Woche", "Spitzensummen" were the grouped-CV model's picks on German rounds), English headlines
    every word; a capital says less about a span where this share is high."""
    words = _WORD.findall(body)
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0
