"""Investor phrases in Korean and Japanese that name a kind of investor, not one (issue 13, tuning_batch22 study;
branch fund32).

Read as the lead before this module: "해외 유수의 국부펀드로부터 약 1조2000억원 규모의 투자를 유치" ("from leading
overseas sovereign funds", techm-kakaoent-1trn), "잇따라 크립토펀드로부터 추가 투자를 유치" ("from crypto funds",
b19-fnnews-ko-cosmochain), "海外VCをリード投資家に迎え" ("an overseas VC as the lead", hs7-eelements-meleap-5oku),
"国内外の新規投資家と既存株主を引受先とする" ("new domestic and overseas investors and existing shareholders",
ampmedia-smartnews-f). A kind of fund or investor, with or without a place or "new/existing", names nobody.
Nor does a kind with its own class word or a head count: "エンジェル投資家複数名を引受先として" ("several angel investors as
allottees", b32-storys-hopscotch-60m-yen-j-kiss-ja, read as the lead), "個人投資家3名", "엔젤투자자들".
"""

from __future__ import annotations

import re

_KIND = (
    r"(?:投資家|投资者|投資者|株主|VC|ファンド|基金|투자자|투자사|주주|(?:국부|크립토|사모|벤처)?펀드|벤처캐피털|VC들)"
)
_GENERIC = re.compile(
    rf"^(?:(?:国内外|国内|海外|国外|해외|국내외|국내|글로벌)\s?(?:の|의)?\s?)?(?:유수의\s?)?(?:新規|既存|신규|기존)?(?:の)?"
    rf"(?:エンジェル|個人|機関|事業会社|엔젤|개인|기관)?\s?{_KIND}"
    rf"(?:(?:と|및|와|과|、)\s?(?:(?:国内外|国内|海外|해외|국내)(?:の|의)?)?(?:新規|既存|신규|기존)?(?:の)?{_KIND})*"
    r"(?:複数名|複数社|数名|数社|\d+名|\d+社|들|ら|等|たち)?$"
)


# Bare category words (a headline's "전문 벤처로부터 5억원 투자 유치" names no investor); moved from cjk.py.
_WORDS = frozenset(
    {"벤처", "투자사", "투자자", "기관", "펀드", "조합", "VC", "投资方", "投資方", "投资者", "投資者", "投資家"}
)


# A count of investors names none of them: "2つの国営株式投資プラットフォームが主導" (two state investment platforms
# led; tuning_batch50's MetaX, whose next sentence names the two), "两家国资基金", "세 곳의 투자사".
_COUNTED = re.compile(r"^(?:[\d一二三四五六七八九十两兩]+|数|複数の?)(?:つの|家|个|個|곳의?|개의?)")


def generic_investor(name: str) -> bool:
    """The phrase is a kind of investor ("국부펀드", "海外VC", "国内外の新規投資家と既存株主") or a count of investors,
    not a named one."""
    bare = name.strip("'‘’\" ")
    return bare in _WORDS or bool(_GENERIC.match(bare)) or bool(_COUNTED.match(bare))
