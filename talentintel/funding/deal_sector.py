"""A deal's sector (ai / crypto) and regions from the announcement's own words, and a fund's focus sectors."""

from __future__ import annotations

import re

from talentintel.funding.kind import opening
from talentintel.funding.money import find_money
from talentintel.funding.types import Deal
from talentintel.tagging import tag_text

# What the company is, said in the deal's opening: the tagger's rules read job postings and can miss an
# announcement's short description ("a consumer-credit AI platform", "humanoid robots", "区块链").
_AI_WORDS = re.compile(
    # "startups de Inteligência Artificial" (b19-publico-pt-definedcrowd-b): the words in the press's other languages.
    r"\b(?:AI|A\.I\.|artificial intelligence|(?i:intelig[êe]ncia\sartificial|intelligence\sartificielle|"
    r"künstliche[rn]?\sIntelligenz|intelligenza\sartificiale|yapay\szek[aâ]\w*|kunstmatige\sintelligentie|"
    r"kecerdasan\sbuatan|trí\stuệ\snhân\stạo)|machine learning|deep learning|LLMs?|large language models?|AGI|"
    # "a next-generation DeFAI trading and portfolio management platform" (b46-coinbrit-velvet-capital): DeFi's AI agents.
    r"generative|humanoid robots?|AI-(?:powered|native|driven|first|based)|AI agents?|computer vision|DeFAI|"
    r"foundation models?|inference|GPU cloud|GPUs?|(?i:humanoid(?:e[nr]?)?)\s(?i:robot\w*|roboter))\b|人工智能|人工智慧|大模型|生成AI|生成式|具身智能|인공지능|AI\s?반도체"
    # Hebrew (b35-makorrishon-xai-6b-he, fund59): "בשוק הבינה המלאכותית", with or without the article.
    r"|(?:ה)?בינה\s(?:ה)?מלאכותית"
    # Icelandic (b35-vbis-helsing-100m-eur-is): "með aðstoð gervigreindar", "gervigreindarbúnað".
    r"|(?i:gervigreind\w*)"
    # Russian (hs16-sudamerica-xai-6bn-series-b-ru): "по производству искусственного интеллекта", "(ИИ)".
    r"|(?i:искусственн\w+\sинтеллект\w*)|(?<![\u0400-\u04ff])ИИ(?![\u0400-\u04ff])"
    # The same words in the other European presses (fund86, tuning_hs21: "ШІ- компанія Ілона Маска xAI", Ukrainian):
    # Ukrainian "штучний інтелект"/"ШІ", Bulgarian "изкуствен интелект", Polish "sztuczna inteligencja", Czech/Slovak
    # "umělá/umelá inteligencia", Hungarian "mesterséges intelligencia", Romanian "inteligență artificială", Greek
    # "τεχνητή νοημοσύνη", Finnish "tekoäly", Scandinavian "kunstig/artificiell intelligens".
    r"|(?i:штучн\w+\sінтелект\w*|изкуствен\w*\sинтелект\w*|sztuczn\w+\sinteligencj\w*|um[ěe]l\w+\sinteligenc\w*|"
    r"mesterséges\sintelligenci\w*|inteligen[țt]\w*\sartificial\w*|τεχνητ\w+\sνοημοσύν\w+|tekoäly\w*|"
    r"kunstig\w*\sintelligens\w*|artificiell\w*\sintelligens\w*)|(?<![\u0400-\u04ff])ШІ(?![\u0400-\u04ff])"
    # Persian (hs20-deepto-dualentry-90m-series-a-lightspeed-khosla-fa, fund84): "مبتنی بر هوش مصنوعی" (AI-based).
    r"|هوش\s?مصنوعی"
    # "AI" written onto Chinese characters has no word boundary (the characters are word characters): "乐享科技定位在
    # AI+消费硬件市场" (b41-lieyunpro-lexiang-angel-2yi-zh) and c3-shrmw-aispeech-pre-ipo read no sector. (Chinese and
    # Korean "humanoid robot" was tried beside it: two rounds gained, two lost, the tuning labels differ on such makers.)
    r"|(?<![A-Za-z0-9])AI(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])AI(?![A-Za-z0-9])"
)
_CRYPTO_WORDS = re.compile(
    r"\b(?:crypto\w*|blockchains?|web3|DeFi|stablecoins?|bitcoin|ethereum|Solana|on-chain|onchain|NFTs?|"
    r"layer[- ]?[12]|DePIN|restaking|tokeni[sz]\w*|Bitcoin mining|Polygon|MATIC|[kc]ripto\w*|Krypto\w*)\b|区块链|區塊鏈|加密货币|블록체인|"
    r"암호화폐|暗号資産|ブロックチェーン|крипт\w+|блокчейн\w*",
    re.IGNORECASE,
)

# "The trio developed software that uses machine learning to predict ...": what the company's product runs on, told
# after the opening.
_USES_AI = re.compile(
    # "Monumental's robots use AI technology pioneered for self-driving cars" (hs4-eualternatives-monumental).
    r"\b(?:software|platform|technology|system|tools?|products?|app|robots?|machines?|drones?|devices?)\s(?:that\s)?"
    r"(?:uses?|using|leverages?|"
    r"powered\sby|built\son)\s(?:AI|artificial\sintelligence|machine\slearning|deep\slearning|computer\svision)\b"
)
_INVESTOR_AFTER = re.compile(r"\s(?:investors?|VCs?|funds?|venture\s(?:firm|capital))\b", re.IGNORECASE)


# The lede may spell the name out with its legal form before the description: "Salience Labs Limited, a leader in
# photonic solutions targeting connectivity for AI datacenter infrastructure, today announced"
# (b41-morningstar-salience-30m-series-a read no sector: the AI word is only in that description).
_LEGAL_FORM = (
    r"(?:,?\s(?:Limited|Ltd\.?|Inc\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|GmbH|AG|plc|PLC|S\.A\.|SA|B\.V\.|N\.V\.))?"
)


def described(part: str, company: str | None) -> str:
    """The description set off after the company's name where the text tells its raise: "Archestra, a platform which
    enables companies to securely use AI agents and connect them to internal data sources safely, has raised $3.3m"
    (hs12-archestra-3-3m-pre-seed, fund56: a press release after a blog's two-sentence intro, past the opening)."""
    if not company:
        return ""
    m = re.search(
        rf"(?<![\w-]){re.escape(company)}{_LEGAL_FORM},\s(?:a|an|the)\s([^.;\n]{{3,200}}?),\s(?:has\s|have\s|today\s)?"
        r"(?:raised|secured|closed|landed|announced|completed)\b",
        part,
    )
    return m.group(1) if m else ""


def raise_sentence(part: str, company: str | None) -> str:
    """The first sentence that names the company beside a sum: "Spécialisée dans l’intelligence artificielle, la start-up
    InstaDeep a annoncé ... avoir levé 100 millions de dollars" (b46-webdo-instadeep-100m-biontech-fr, past an opening
    of a headline and a photo caption), where the raise's own sentence says what the company does."""
    if not company:
        return ""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", part):
        if re.search(rf"(?<![\w-]){re.escape(company)}(?![\w-])", sentence) and find_money(sentence):
            return sentence
    return ""


def _sector(part: str, tagged: list[str], company: str | None = None) -> list[str]:
    head = opening(part) + "\n" + described(part, company) + "\n" + raise_sentence(part, company)
    found = set(tagged)
    if _AI_WORDS.search(head) or _USES_AI.search(part):
        found.add("ai")
    # "gaming and Web3 investor Bitkraft Ventures": a crypto word that describes an investor, not the company.
    if any(not _INVESTOR_AFTER.match(head, m.end()) for m in _CRYPTO_WORDS.finditer(head)):
        found.add("crypto")
    return sorted(found)


# The job tagger counts "model" as AI evidence; in an announcement a bare "model" is a business's ("the credit-led
# model", "business model"), so a sector resting on it is read again without it (brandmoiahora-fairmoney-b).
_BARE_MODEL = re.compile(
    r"\b(?<!foundation )(?<!language )(?<!AI )(?<!ML )(?<!diffusion )(?<!reasoning )models?\b", re.IGNORECASE
)


# What the company was before it pivoted is no sector of the round (tuning labels: a former miner's round is `ai`,
# a listed miner's is both): "Crusoe, a company that previously focused on Bitcoin mining, has secured $1.375
# billion", "Crusoe started as a Bitcoin mining company" (b32-worldnews-crusoe-1-375bn-series-e), "The company,
# originally focused on cooling technologies for Bitcoin mining, has successfully pivoted" (hs8-wayrtoday-firmus-505m),
# "Nscale 成立于 2024 年,脱胎于一家澳大利亚比特币挖矿公司", "从比特币挖矿到 AI 基础设施" (b32-yumiok-nscale-2bn-series-c-zh),
# "spun out of Australian crypto-mining infrastructure provider, Arkon Energy" (b50-computerweekly-nscale).
# The clause is read out up to its comma or stop; a company that still mines says so in the present.
_PAST_BUSINESS = re.compile(
    r"\b(?:previously|formerly|originally|initially)\s(?:[\w-]+\s){0,2}?(?:focused\son|known\sfor|an?|as)\s[^,.;\n]{0,80}|"
    r"\b(?:started|began)\s(?:out\s|life\s)?as\s[^,.;\n]{0,80}|"
    # "incorporated in May 2024 after being spun out of Australian crypto-mining infrastructure provider, Arkon Energy"
    # (tuning_batch50's Nscale): the parent it was spun out of is what it came from.
    r"\b(?:spun|spin)[\s-](?:out|off)\s(?:of|from)\s[^,.;\n]{0,80}|"
    r"\b(?:pivot(?:ed|ing)?|shift(?:ed|ing)?|transition(?:ed|ing)?)\s(?:away\s)?from\s[^,.;\n]{0,60}?\s(?=to|into|toward)|"
    r"脱胎于[^，。,\n]{0,30}|脫胎於[^，。,\n]{0,30}|从[^，。,\n]{0,20}?到|從[^，。,\n]{0,20}?到",
    re.IGNORECASE,
)


# What the text says the company is not is no sector of it: "This is not another crypto wallet or payment processor.
# Catena Labs is building ... 'financial rails for AI agents'" (hs15-brokertestedreviews-catena-labs-30m-series-a,
# labeled ai only). The denied description is read out up to its comma or stop.
_DENIED = re.compile(
    r"\b(?:is|are)\s(?:not|n['’]t)\s(?:just\s|simply\s|merely\s)?(?:another|your\s(?:typical|average|usual))\s[^,.;\n]{0,80}",
    re.IGNORECASE,
)


def tag_deal(deal: Deal, part: str) -> None:
    part = _DENIED.sub(" ", _PAST_BUSINESS.sub(" ", part))
    tags = tag_text(part)
    sector = tags.sector
    if "ai" in sector and _BARE_MODEL.search(part):
        sector = tag_text(_BARE_MODEL.sub("plan", part)).sector
    deal.sector, deal.regions = _sector(part, sector, deal.company), tags.regions
    if deal.kind == "fund":
        deal.focus = sector
