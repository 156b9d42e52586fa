"""A fund's manager named by its role, and fund announcements in forms the raise grammar of `fund_raise` misses.

The raise grammar reads the subject of "raises/closes/launches"; a fund text often names its sponsor there and its
manager elsewhere: "La Caixa ha lanzado Caixa Innvierte Start ... el octavo de capital riesgo gestionado por Caixa
Capital Risc", "由深圳市国资委旗下的投控东海和恒星资本作为基金管理人", "산업은행은 ... 펀드 5호 결성을 완료했다 ... 위탁 운용사로
우리자산운용을 선정", "운용은 ... 하나벤처스가 맡았다" (tuning_funds15: fund company 0.312 on first look, five of eleven misses
were a sponsor, a place word or a particle read as the manager). The role names the firm that runs the money, which is
what the labels call the fund's company.

Forms of a fund announcement the grammar misses (tuning_funds15): a definition, "A spacetech-focused venture capital
fund set up by SIDBI Venture Capital Ltd." and "- Pepea Fund: A €20 million impact investing fund set up by Goodwell
Investments"; Spanish "ponía en marcha ... su segundo fondo", "El cierre definitivo de un fondo ... fondo de fondos";
German "Der Berliner Wagniskapitalinvestor hat ... 500 Mill. Dollar eingesammelt"; Chinese "為旗下...旗艦基金籌集到33億美元";
Japanese "ICJ(インクルージョン・ジャパン)は、...「ICJ1号ファンド・オブ・サーチファンド」を設立しました".
"""

from __future__ import annotations

import re

from talentintel.funding.fund_manager_repair import ROLE_ONLY
from talentintel.funding.fund_roles_ko import KO_GP_ROLE
from talentintel.funding.text_repairs import PINYIN_READING

# A firm's name: capitalised words, "&", a legal form with its point ("Ltd.", "Inc."); no sentence end inside.
_NAME = r"((?:[A-Z][\w&'’-]*\.?)(?:\s(?:[A-Z][\w&'’-]*\.?|&|de|del|y)){0,5})"
_ROLE_EN = re.compile(
    # "a state-funded venture administered by Buckeye Venture Partners LLC" (tuning_funds16 ssti).
    r"\b(?:[Ff]und|[Ff]ondo|vehicle|fund of funds)\b[^.\n]{0,80}?\b(?:set\sup|established|created|sponsored|managed|"
    r"administered|operated|gestionad[oa]|administrad[oa])\s(?:by|por)\s(?:[Tt]he\s)?(?:[\w-]+-based\s)?" + _NAME
)
_ROLE_ZH = re.compile(
    r"由([^，。；\n]{2,40}?)(?:作为|作為|担任|擔任)(?:基金)?管理人|(?:基金)?管理人为([^，。；、\n和与及]{2,30})|"
    # "由集团发起设立、上海科创基金管理的…合伙企业": the sponsor sets the fund up, the firm before 管理的 manages it.
    r"由[^，。；\n]{2,40}?(?:发起设立|發起設立|发起|發起|设立|設立)、([^，。；、\n和与及]{2,30}?)(?:负责|負責)?管理的|"
    # The manager as the subject of its role (tuning_funds25, two publishers): "由…洪山科投作为首期出资人,洪山科创负责基金
    # 管理" (laoyaoba: the LP before it, read before as a clause fragment) and "…下属眉山产投私募基金管理有限公司是全市首家…
    # 公司,作为引导基金管理人" (pedaily: read before as the first co-sponsor, 市财政局).
    r"(?:^|[，,。；;\n])([^，,。；;、\n和与及]{2,30}?)(?:负责|負責)(?:该|該)?(?:基金|母基金)(?:的)?(?:日常)?(?:投资|投資)?"
    r"(?:运作|運作)?(?:和|及)?管理|"
    r"(?:^|[，,。；;\n])([^，,。；;、\n]{2,40}?)是[^，,。；;\n]{0,30}[,，]\s?(?:作为|作為)[\u4e00-\u9fff]{0,6}?管理人"
)
_ROLE_KO = re.compile(
    # "위탁 운용사로 우리자산운용을 선정", "운용은 ... 하나벤처스가 맡았다"
    r"(?:위탁\s?운용사|운용사|GP)로\s?([가-힣A-Za-z0-9&]{2,20}?)(?:을|를)\s?선정|"
    r"운용은\s[^.。\n]{0,60}?([가-힣A-Za-z0-9&]{2,20})(?:가|이)\s?맡|" + KO_GP_ROLE
)
# "深圳市国资委旗下的投控东海", "眉山发展集团下属眉山产投…": the owner before 旗下/下属 is not the manager; of "A和B", A is
# named first.
_ZH_OWNER = re.compile(r"^.*?(?:旗下|下属|下屬)的?")
_ZH_JOINT = re.compile(r"[和与與及、]")
_LEGAL_FORM = re.compile(r"(?:^|\b)(?:Ltd|Inc|Co|Corp|S\.A|L\.P)\.$")
# Ends of a name that are the next word, not the firm: "SIDBI Venture Capital Ltd. (SVCL)" keeps "Ltd.".
_NOT_NAME_TAIL = re.compile(r"\s(?:and|y|de|del|in|on|for|to)$")


# A role names a firm, not a person: "a new $10 million seed fund called Tech Square Ventures run by Blake Patton"
# (tuning_funds14), "a fund managed by OpenAI. Founder Sam Altman ..." (tuning_hs5) keep their own readings.
_FIRM_WORD = re.compile(
    r"\b(?:Capital|Ventures?|Partners|Management|Asset|Advisors|Investments?|Group|Holdings|Bank|Risc|Ltd\.|Inc\.|"
    r"LLC|AG|GmbH|S\.A\.|SGEIC|SGIIC)(?:[\s,]|$)"
)


def _firm_name(found: str) -> str | None:
    """The name up to a word that ends a sentence ("Patton. Atlanta"), kept only when it names a firm."""
    words: list[str] = []
    for word in found.strip().split():
        words.append(word)
        if word.endswith(".") and not _LEGAL_FORM.search(word):
            words[-1] = word.rstrip(".")
            break
    name = _NOT_NAME_TAIL.sub("", " ".join(words))
    return name if _FIRM_WORD.search(name + " ") else None


# "managed by The Pittsburgh Life Sciences Greenhouse (PLSG)": a name that defines its own acronym is an
# organisation, whatever its last word (tuning_funds16 acceleratorfund).
_OWN_ACRONYM = re.compile(r"^\s?\(([A-Z][A-Z&]{1,7})\)")


def _acronymed(found: str, after: str) -> str | None:
    m = _OWN_ACRONYM.match(after)
    initials = "".join(w[0] for w in found.split() if w[:1].isupper())
    return found.strip() if m and m.group(1).replace("&", "") in initials else None


_LP_FUND = re.compile(
    r"\b(?:pension|sovereign|wealth|retirement|endowment|insurance)\s(?:[\w-]+\s)?fund|\bLPs?\b", re.I
)


def role_manager(text: str) -> str | None:
    """The manager a role phrase names in the first 2,000 characters: "managed by X", "gestionado por X",
    "由X作为基金管理人", "위탁 운용사로 X를 선정", "운용은 X가 맡았다"; None when no role is said."""
    # A release's role sentence may close it: "The PLSG Accelerator Fund is being managed by ..." at character 1,528
    # (tuning_funds16 acceleratorfund); 2,000 characters still end before a digest's other funds.
    head = text[:2000]
    m = _ROLE_EN.search(head)
    # "the state pension fund managed by Norte Asset Management committed $50M": an LP's own manager is not the one.
    lp = m and _LP_FUND.search(head[max(0, m.start() - 30) : m.end()])
    name = (_firm_name(m.group(1)) or _acronymed(m.group(1), head[m.end(1) :])) if m and not lp else None
    if name:
        return name
    m = _ROLE_ZH.search(PINYIN_READING.sub("", head))
    if m:
        name = _ZH_OWNER.sub("", next(g for g in m.groups() if g).strip())
        return _ZH_JOINT.split(name, maxsplit=1)[0].strip() or None
    m = _ROLE_KO.search(head)
    if m:
        return next(g for g in m.groups() if g).strip()
    return None


# "A spacetech-focused venture capital fund set up by SIDBI ...", "- Pepea Fund: A €20 million ... fund set up by":
# a line or sentence that defines a fund by its founder. A round word in it makes the fund an investor.
_DEFINED_FUND = re.compile(
    r"(?:^|\n|[.:]\s)(?:-\s)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}:\s)?(?:A|An)\s(?:[\w$€£.,-]+\s){0,6}?"
    r"(?:fund|fund of funds)\s(?:set\sup|established|created|launched|sponsored)\sby\s[A-Z]"
)
_ROUND_WORDS = re.compile(r"\b(?:round|series [a-h]|led by|invested in|backed by)\b", re.IGNORECASE)
_ES_FUND = re.compile(
    r"\b(?:pone|puso|ponía|pondrá|ha\spuesto|acaba\sde\sponer|acaban\sde\sponer)\sen\smarcha\s(?:[\w-]+\s){0,3}?"
    r"su\s(?:nuevo\s|primer\s|segundo\s|tercer\s|cuarto\s|quinto\s)?fondo\b|"
    r"\bcierre\s(?:definitivo|final)\sde\s(?:un|su)\s(?:nuevo\s)?fondo\b",
    re.IGNORECASE,
)
# The investor is the subject ("Der Berliner Wagniskapitalinvestor hat ... eingesammelt"), not the source of a startup's
# money ("Das Start-up hat vom Wagniskapitalinvestor Y 5 Mio. Euro eingesammelt").
_DE_FUND = re.compile(
    r"(?:^|[.!?\n]\s*)(?:Der|Die)\s(?:[A-ZÄÖÜ][\w-]+\s)?"
    r"(?:Wagniskapitalinvestor|Risikokapitalinvestor|Risikokapitalgeber|VC-Investor|Frühphaseninvestor)\s(?:hat|habe)\s"
    r"(?:[^.\n]|(?<=Mill)\.|(?<=Mio)\.|(?<=Mrd)\.){0,120}\beingesammelt\b"
)
# "为旗下…旗舰基金筹集到33亿美元", "為旗艦基金籌集33億美元": money gathered for the firm's own fund.
_ZH_FUND = re.compile(r"(?:为|為)旗下[^，。]{0,30}基金(?:籌集|筹集|募集)|(?:旗艦|旗舰)基金(?:籌集|筹集|募集)")
# A cleft names the manager last: "新たにWeb3特化ファンドを始動させたのが、ゲーム事業やIP事業などを手がけるアカツキだ"
# (signal-diamond akatsuki; the sentences before it name other firms' funds).
_JA_CLEFT = re.compile(
    r"ファンドを(?:始動|設立|組成|立ち上げ)(?:させ|し)?たのが、(?:[^。]{0,60}?(?:を手がける|である|の)\s?)?"
    r"([A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff・&]{2,20})だ"
)
# A quantity is no subject: "…を組成——最終規模は100億円を目指す\nインキュベイトファンドは12日、…" (tuning thebridge).
_JA_QUANTITY = re.compile(r"(?:規模|金額|総額|額|目標)$")
# "ICJ(インクルージョン・ジャパン)は、…「ICJ1号ファンド・オブ・サーチファンド」を設立しました".
_JA_FUND = re.compile(
    r"([A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff・&]{2,24})(?:[(（][^)）]{1,30}[)）])?は、?(?:(?!\n\n)[^。]){0,120}?"
    r"(?:ファンド|投資事業有限責任組合)(?:(?!\n\n)[^。]){0,80}?[をで](?:設立|組成)(?:しました|した)"
)


# "The new fund will be managed by Blackbird Ventures and has been backed by 96 technology entrepreneurs": a new fund's
# manager said by role is the news of a fund (tuning_funds14 australianfintech).
_MANAGED_NEW_FUND = re.compile(
    r"\bnew\s(?:[\w-]+\s){0,3}?fund\s(?:will\sbe|is|is\sto\sbe|would\sbe)\smanaged\sby\s(?:the\s)?[A-Z]"
)


def announces(text: str) -> bool:
    """The opening announces a fund in one of the forms the raise grammar misses (module docstring)."""
    head = text[:800]
    if _MANAGED_NEW_FUND.search(text[:1200]):
        return True
    defined = _DEFINED_FUND.search(head)
    if defined:
        line_end = head.find("\n", defined.end())
        line = head[defined.start() : line_end if line_end >= 0 else len(head)]
        if not _ROUND_WORDS.search(line):
            return True
    forms = (_ES_FUND, _DE_FUND, _ZH_FUND, _JA_FUND)
    return any(form.search(head) for form in forms)


_DE_HEADLINE = re.compile(r"^((?:[A-Z][\w&.-]*\s){1,4})sammelt\s")
_ZH_ANNOUNCER = re.compile(
    r"([\u4e00-\u9fff]{2,8}(?:資本|资本|創投|创投|投資|投资))(?:[(（][^)）]{1,40}[)）])?(?:宣布|表示)"
)


# "La estrategia silenciosa de Cardumen Capital y Portocolom AV ...": a Spanish close whose body names no manager
# (the page lost its names) is told by the firm its headline names first.
_HEADLINE_FIRM = re.compile(r"\b((?:[A-Z][\w&.-]*\s){0,3}(?:Capital|Ventures|Partners|Management))\b")


# "El equipo de Kfund acaba de poner en marcha su segundo fondo", "Kfund, la compañía liderada por ..., ponía en marcha".
_ES_SUBJECT = re.compile(
    r"(?:El\sequipo\sde\s|La\sgestora\s)?((?:[A-Z][\w&.-]*)(?:\s[A-Z][\w&.-]*){0,3}),?\s(?:[^,.\n]{0,80},\s)?"
    r"(?:acaba\sde\sponer|pone|puso|ponía|ha\spuesto)\sen\smarcha"
)


def form_manager(text: str) -> str | None:
    """The manager of the forms above: the German headline's subject, the Chinese announcer, the Japanese subject."""
    head = text[:800]
    if _DE_FUND.search(head):
        m = _DE_HEADLINE.match(text)
        if m:
            return m.group(1).strip()
    if _ZH_FUND.search(head):
        m = _ZH_ANNOUNCER.search(head)
        if m:
            # "淡馬錫控股的全資子公司淡明資本": the parent before 的/子公司 owns the announcer.
            return re.split(r"的|子公司|旗下", m.group(1))[-1] or None
    if _ES_FUND.search(head):
        m = _ES_SUBJECT.search(head) or _HEADLINE_FIRM.search(text.split("\n", 1)[0])
        if m:
            return m.group(1)
    cleft = _JA_CLEFT.search(text[:1500])
    if cleft:
        return cleft.group(1)
    pos = 0
    while m := _JA_FUND.search(head, pos):
        if not _JA_QUANTITY.search(m.group(1)):
            return m.group(1)
        pos = m.end(1)  # the next subject may sit inside this match's gap
    return None


# A post in the first person titled "... - Trailblaze Asset Management, inc." (a blog's "title - author"): the author
# is the manager of "この度、旗艦ファンドにおいて…ファーストクローズを完了しました" (tuning_funds15 megalodon).
_TITLE_AUTHOR = re.compile(r"\s[-–|｜]\s((?:(?:[A-Z][\w&.'’-]*|inc\.|ltd\.|llc),?\s?){1,6})$")
_FIRST_PERSON = re.compile(r"この度|当社|弊社|\b(?:[Ww]e|[Oo]ur)\b")


def title_author(text: str) -> str | None:
    """The firm a first-person post's title names as its author, or None."""
    first, _, body = text.partition("\n")
    m = _TITLE_AUTHOR.search(first.strip())
    if not m or not _FIRST_PERSON.search(body[:600]):
        return None
    name = m.group(1).strip()
    return name if _FIRM_WORD.search(name + " ") else None


# "Melbourne’s Square Peg Capital ... after his venture capital firm this week confirmed raising $US180 million for its
# first fund", "Leading the charge ... is Sai Venture Capital Private, a Lahore-based firm": when no clause names the
# manager, the first firm-shaped name of the body is the fund's (tuning_hs4 propertyinterest, tuning_funds14
# thedayspring). A name followed by "Fund" is the fund, and one after "by"/"from"/"with" an investor.
_FIRM_SHAPED = re.compile(
    r"\b((?!(?:Capital|Ventures|Partners|The|A|An)\b)(?:[A-Z][\w&.-]*\s){1,3}(?:Capital|Ventures|Partners))\b"
    r"(?!\s(?:Fund|fund|[A-Z]))"
)
# "The newly formed firm, First Close Partners, has already backed ...": a new firm named in apposition is the one
# the piece is about, before the founders' employers named earlier (f21-lowenstein-first-close-partners-launch).
_NEW_FIRM = re.compile(
    r"\b[Tt]he\s(?:newly[\s-](?:formed|created|launched|founded)|new(?:ly)?)\s(?:venture\s)?(?:firm|fund\smanager|"
    r"investment\sfirm|fund\sof\sfunds),\s((?:[A-Z][\w&.'’-]*\s){0,4}(?:Capital|Ventures|Partners|Fund|Management)),"
)
# A name after "called", "named", "dubbed" or "known as" is the fund's own name: "The VC fund is called Metaverse
# Ventures" is Digital Currency Group's fund (hs17-cryptocoinspy, fund85 catalog: read as its manager).
_NOT_MANAGER_BEFORE = re.compile(
    r"(?:\b(?:by|from|with|and|include|includes|including|called|named|dubbed|known\sas|christened|former|formerly)|"
    r"[A-Z][\w&.-]*)\s$|\bex-$"
)


def first_firm(text: str) -> str | None:
    """The first firm-shaped name ("... Capital", "... Ventures", "... Partners") in the body's first 600 characters."""
    first, _, rest = text.partition("\n")
    # A headline is skipped ("Pakistan Set To Launch Local-Currency Venture Capital Fund"); a long first line is the
    # lede itself ("A co-founder of Melbourne’s Square Peg Capital says ...", tuning_hs4 propertyinterest).
    head = (rest if rest.strip() and len(first) <= 220 else text)[:600]
    new = _NEW_FIRM.search(head)
    if new:
        return new.group(1)
    for m in _FIRM_SHAPED.finditer(head):
        # A name inside a longer one ("Bessemer Venture Partners" read from "Venture") or after an investor's word;
        # a person's former employer ("former Sequoia Capital partner Matt Huang", hs17-sivegame) or a role
        # ("General Partners", hs18-zappermint) is no manager (fund85 catalog).
        if not _NOT_MANAGER_BEFORE.search(head[max(0, m.start() - 14) : m.start()]) and not ROLE_ONLY.fullmatch(
            m.group(1)
        ):
            return m.group(1)
    return None
