"""A Chinese raiser written as its registered name with the city in brackets: "零重力飛機工業(合肥)有限公司完成A++++輪融資".

The name rule of `cjk` stops at a bracket, so it read "有限公司" (then refused as a kind word) and took a later
sentence's subject instead ("至此,零重力已在兩個月內連續完成三輪融資" gave "零重力已"; tuning_hs5, shccc.net). A registered
name is "<trade name>(<city or province>)<legal form>", the form every Chinese business licence uses for a company
registered outside its parent's city; the whole name, as the text writes it, is the raiser.

Japanese news tells a round from the investors' side: "…のファンドなどが、シリコンバレーのAIチップの新興企業ルミナス・
コンピューティングに出資した" (hs5-nikkei-luminous-seed): the startup named after its kind word (新興企業, スタートアップ,
ベンチャー) and before "に出資" is the raiser, read when no subject rule named one.
"""

from __future__ import annotations

import re

from talentintel.funding.text_repairs import PINYIN_READING

_HAN = r"[\u3400-\u9fff]"
_REGISTERED_RAISER = re.compile(
    rf"(?:^|[，,。\s：:])({_HAN}{{2,20}}[(（]{_HAN}{{2,4}}[)）](?:{_HAN}{{0,4}}?)(?:股份)?有限(?:责任|責任)?公司)"
    # The raise said right after the name: "完成…融資", "宣布完成", "获得…融资" (no other clause between).
    r"(?:近日|日前|今日|今天)?(?:宣布|正式|已)?(?:完成|获得|獲得|新获|新獲)[^，,。]{0,30}?(?:融资|融資)"
)


# "专注于高精度力觉传感器研发与生产的坤维（北京）科技有限公司宣布完成 B 轮融资" (b41-iyiou-kunwei-series-b-zh): a clause
# ending in 的 describes the registered name after it (as `cjk_names` cuts it from other names).
_CLAUSE_OF = re.compile(rf"^{_HAN}{{3,40}}的(?={_HAN}{{2,}})")


def registered_raiser(text: str) -> str | None:
    """The registered name (with its bracketed city) of the company the text says raised, or None."""
    m = _REGISTERED_RAISER.search(PINYIN_READING.sub("", text))
    return _CLAUSE_OF.sub("", m.group(1)) if m else None


_INVESTED_STARTUP = re.compile(
    r"(?:新興企業|スタートアップ|ベンチャー企業|ベンチャー)(?:の|である)?"
    r"([\u30a0-\u30ffA-Za-z0-9][\u30a0-\u30ffA-Za-z0-9・&.\- ]{1,40}?)(?:社)?に(?:出資|投資)(?:した|する|し|を)"
)


def invested_startup(text: str) -> str | None:
    """The startup a Japanese sentence says investors put money in ("新興企業Xに出資した"), or None."""
    m = _INVESTED_STARTUP.search(text)
    return m.group(1).strip() if m else None


# The investors are the sentence's topic and the company the object of their investment: "アグリビジネス投資育成(東京・
# 千代田)は28日、農産品輸出を手掛けるスタートアップの日本農業(東京・品川)に出資したと発表しました" (b30-universalitem: the
# subject rule read "アグリ社", the investor), "…住友商事の4社・団体は27日、農業ベンチャーのファームノートホールディングス(HD、
# 北海道帯広市、小林晋也社長)の第三者割当増資を引き受け" (b58-keiei: none read), "エヌビディア(…)は9月22日、オープンAIに最大
# 1,000億ドルを段階的に出資し" (b44-worldconect: "Vera Rubin" read). The object may be a kanji name (日本農業), carry an
# aside in brackets, and follow a kind word with の; the sum may sit between に and 出資.
_INVESTOR_TOPIC_OBJECT = re.compile(
    r"(?:は|が)[^、。]{0,12}?、(?:[^。、]{0,40}?(?:スタートアップ|ベンチャー|新興企業|企業|会社)の)?"
    r"([\u30a0-\u30ffA-Za-z0-9\u3400-\u9fff][\u30a0-\u30ffA-Za-z0-9\u3400-\u9fff・&.\- ]{1,30}?)"
    r"(?:[（(][^)）]{1,40}[)）])?"
    r"(?:に[^。、]{0,20}?(?:出資|投資)(?:した|し|する|を行)|(?:が行う[^。、]{0,20}?)?の第三者割当増資を引き?受け)"
)


def investor_topic_object(text: str) -> str | None:
    """The company a Japanese sentence's investors (its topic) invest in or take an allotment of, or None."""
    m = _INVESTOR_TOPIC_OBJECT.search(text)
    name = m.group(1).strip() if m else ""
    return None if not name or re.search(r"(?:ファンド|基金|投資|企業|会社)$", name) else name


# "天使投资人雷军投资的APP开发团队小米科技最新融资3500万美元" (hs5-gongming-xiaomi-2010): "angel investor" describes a person
# who backed the company, not the round; `cjk` reads every 天使/엔젤/エンジェル as a seed round.
_SEED_WORD = re.compile(r"种子|種子|天使|엔젤|시드|シード|エンジェル|seed", re.IGNORECASE)
_ANGEL_PERSON = re.compile(r"\s?(?:投资人|投資人|投资者|投資者|投資家|투자자)")


def seed_only_as_angel_investor(text: str) -> bool:
    """Every seed or angel word in the text describes an angel investor (a person), none a round."""
    words = list(_SEED_WORD.finditer(text))
    return bool(words) and all(_ANGEL_PERSON.match(text, m.end()) for m in words)
