"""Find money mentions in announcement text and pick the one that is the round's size.

A mention is currency + number + scale ("$25M", "US$1.2bn", "€10 million", "Rs 10 crore",
"25 million dollars"). The round's amount is the mention best placed next to a raise verb or a
round word, excluding valuations and running totals, which announcements quote just as often.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.funding import money_history, money_languages
from talentintel.funding.clause import clause_before
from talentintel.funding.money_bet import bought_or_bet
from talentintel.funding.money_cataphor import told_back
from talentintel.funding.money_context import landed_deal, led_round_after, not_this_round
from talentintel.funding.money_history import apart_penalty, new_money_after, raise_word, round_total
from talentintel.funding.money_local import find_local_money
from talentintel.funding.money_number_words import PHRASE as _WORDS
from talentintel.funding.money_number_words import english_number
from talentintel.funding.money_other_company import investor_vehicle, round_of_amount, told_of_another
from talentintel.funding.money_parts import whole_of
from talentintel.funding.money_record import field_amount
from talentintel.funding.money_restated import local_echo, restated_elsewhere
from talentintel.funding.money_ru_fa import find_persian_money
from talentintel.funding.money_share import bullet_item_amount, named_financing_of, share_or_running_total
from talentintel.funding.money_target import planned_size
from talentintel.funding.money_units import CASED_PREFIXES as _CASED
from talentintel.funding.money_units import PREFIX as _PREFIX
from talentintel.funding.money_units import SCALE as _SCALE
from talentintel.funding.money_units import SUFFIX as _SUFFIX
from talentintel.funding.money_valuation import measures_valuation, prices_the_company
from talentintel.funding.money_words import find_foreign_money
from talentintel.funding.segment_turns import list_item_amount

_prefix_alt = "|".join(
    f"(?-i:{re.escape(p)})" if p in _CASED else re.escape(p) for p in sorted(_PREFIX, key=len, reverse=True)
)
_scale_alt = "|".join(sorted(_SCALE, key=len, reverse=True))
_suffix_alt = "|".join(sorted(_SUFFIX, key=len, reverse=True))
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# Amounts spelled out in words ("five million dollars", "two hundred million dollars": money_number_words); "eight-figure"
# or "multimillion" state no amount.
_MONEY = re.compile(
    # A lettered or "$" prefix starts a word: "SUS$193.6 million" (a typo for S$) names no US dollars.
    rf"(?:(?:(?<![A-Za-z])|(?=[€£¥₹₩₪]))(?P<pre>{_prefix_alt})\$?\s?|(?<![A-Za-z])(?P<rand>R)(?=\d)){_NUM}"
    rf"(?:-?plus|\+)?(?:\s?-?\s?(?P<scale>{_scale_alt})\b)?(?:\s(?P<suf>{_suffix_alt})\b)?"
    rf"|(?<![\w$€£])(?P<num2>\d+(?:\.\d+)?)\s?-?(?P<scale2>{_scale_alt})\s(?P<suf2>{_suffix_alt})\b"
    # "several hundred million dollars" states no figure (b37-vacuumtj-stepstar read it as $100M): no quantifier before.
    rf"|(?<![\w-])(?<!several\s)(?<!few\s)(?<!many\s)(?P<word>{_WORDS})\s(?P<scale3>million|billion)\s(?P<suf3>{_suffix_alt})\b",
    re.IGNORECASE,
)
_RAISE = re.compile(
    r"\b(rais\w*|upsiz\w*|closed?|closes|closing|secur\w*|complet\w*|receiv\w*|land(?:s|ed)?|nab(?:s|bed)?|"
    r"snag(?:s|ged)?|bag(?:s|ged|ging)?|clinch\w*|banks?|banked|extend(?:s|ed|ing)?|scor\w*|snare[sd]?|inks?|announc\w*|emerg\w*|"
    r"launch\w*|totall?(?:ing|ed)|invest\w*|lead(?:s|ing)?|led|gets|got|getting|fundraise|pulls? in|brings? in|brought in|"
    r"picks? up|picked up|picking up|drum(?:s|med|ming)? up|injects?|infusion|nets?|netted|grab\w*|draw(?:s|ing)? in|drew in|scoop\w*|rak(?:es|ed) in|haul(?:s|ed)? in|attract\w*|"
    r"fetch\w*|funding of|round of|worth|lève|lever|levé|levée|réuni|tour de table|reçu|reçoit|obtenu|obtient|récolt\w*|boucl\w*|"
    r"décroch\w*|financement|(?:\w+-)?(?:financierings|investerings)?ronde\svan|"  # Dutch "Serie B-financieringsronde van"
    r"anunci\w*|obtain\w*|obten\w*|obtien\w*|recaud\w*|levant\w*|consegui\w*|obtuvo|capt[aoó]\w*|arrecad\w*|rodada|ronda|sammelt|erhält|erhielt|bekommt|bekam|receb\w*|geholt|holt sich|"
    r"sichert|Finanzierung\w*|in Höhe von|inyección|cierre|financiamiento|financiamento|aporte|"
    # Italian: "ha chiuso un nuovo finanziamento da 13,2 milioni", "aumento di capitale da 7,3 milioni"; "un cheque de".
    r"chius[oa]|raccolt[oia]|incassat[oa]|finanziamento|aumento\sdi\scapitale|cheque|check|haalt|opgehaald|"
    # German "X steckt 100 Millionen Euro in ... Y" (hs11-digitaleakten-helsing, fund49), Czech/Slovak "získal", pt "angariou".
    # Indonesian and Malay: "suntikan modal" (idntimes.com), "modal yang dihimpun" (openpunks.io), "mengantongi" (money_f23).
    r"mengumpulkan|menghimpun|dihimpun|meraih|meraup|mengantongi|menggalang|mengamankan|suntikan|menyuntikkan|disuntikkan|"
    r"mendapat(?:kan)?|memperoleh|menerima|pendanaan|steck(?:t|e|te|ten)|pumpte?|získal[aoi]?|angari\w*)\b",
    re.IGNORECASE,
)
_ROUNDWORD = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,5}?(round|funding|financing|series|seed|investment|raise|fundraise|"
    r"token sale|capital|equity|venture debt|tranche|loans?|green loan|notes|credit facility|debt|private placement|"
    r"in fresh funds|in new funds|in fresh capital|in new capital|boost|"
    # German puts the verb after the amount: "hat 10 Millionen Euro eingesammelt", "sammelt 10 Millionen Euro ein".
    # ... or an infinitive or subordinate verb: "konnte sich 50 Millionen Euro sichern", "... US-Dollar einnahm".
    r"eingesammelt|gesammelt|eingeworben|opgehaald|erhalten|gesichert|sichern|einsammeln|einnahm|eingenommen|bekommen|ein|(?:\w+-)?Finanzierungsrunde|Runde|rodada|ronda|en deuda|em dívida|"
    r"de inversión|de investimento|en fondos|em fundos|de financiación|de financiamiento|dalam\sputaran|pendanaan|"
    # French, Italian and Portuguese name the money as financing after it: "un milliard de dollars de financement"
    # (b49-senefoot-ssi-1bn-seed-fr), "105 millions d’euros de financement" (hs18-45secondes-mistral-105m-eur-seed-fr),
    # "1 million de dollars de financement de démarrage" (b30-breakingnews), "105 milioni di finanziamento"
    # (b35-illeggibile), "US$ 150 bilhões em financiamento" (b29-onovonormal). Right after the amount only: "lever environ
    # 500 millions de dollars lors d’un tour de financement" (hs7-pressgpt-crusoe-686m-fr) names talks, not this sum.
    r"(?<!\w\s)(?:(?:de|en|di|em)\sfinancement|(?:de|em)\sfinanciamento|di\sfinanziamento))\b",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"(total funding|total raised|funding to[- ]date|raised to[- ]date|total capital|total investment|"
    r"(?:bringing|brings?|brought) (?:the company['’]s |its |their |the )?total|in total funding|cumulative|capital total|"
    r"total levantado|total recaudado|total captado|en total|no total|"
    # "insgesamt" alone sums one round's investors ("hat bei Investoren insgesamt 6,6 Milliarden US-Dollar ...
    # eingesammelt", b42-jungewelt-openai-6-6bn-de); with "bisher", "bereits", "damit" it is the running total.
    r"(?:bisher|bislang|bereits|schon|mittlerweile|damit)\s(?:[\w-]+\s){0,4}?insgesamt|insgesamt\s(?:bisher|bislang|bereits|schon)|seit\s(?:seiner|ihrer)\sGründung|"
    # ", totalizando mais de 50 milhões de dólares em financiamento" after the round's own sum: the running total
    # (hs20-zysh-gensyn-43m-series-a-a16z-interview-pt, fund84); the gerund after a comma, not "o aporte totalizou".
    r"portando\sa|complessiv\w*|,\stotalizando)[^.]{0,40}$",
    re.IGNORECASE,
)
# Money described as raised over the company's life, not in this round: "$40M to date", "since its founding".
_TOTAL_AFTER = re.compile(
    r"^[\s)]{0,3}(?:(?:in\s)?(?:total\s)?(?:funding\s|capital\s)?(?:to[- ]date|since\s(?:its|the|it|launch|founding|"
    r"inception|being|20\d\d))\b|across\s(?:all|(?:its\s)?(?:\w+\s)?(?:funding\s)?rounds)\b|in\stotal\s(?:funding|financings?)\b"
    # "fund raising of $85.4 million across a total of 17 deals": a market's total, not one round.
    r"|across\s(?:a\stotal\sof\s)?\d+\s(?:\w+\s)?(?:deals|rounds|transactions|startups|companies)\b"
    # "has raised $67.1 million in known venture funding to date"
    r"|(?:in\s)?(?:[\w-]+\s){1,3}(?:funding|capital|financing)\s(?:to[- ]date|so\sfar)\b"
    # "The rebrand follows $140 million in cumulative venture funding led by ... a16z crypto" (b45-alphascala-story-data-
    # foundation-rebrand): "cumulative" after the amount sums the rounds before.
    r"|(?:in\s)?cumulative\s(?:[\w-]+\s){0,2}?(?:funding|capital|financing|investments?|raises)\b"
    # Portuguese and Spanish "since its founding", "to date" (fund83): "totalizando US$ 50 milhões captados desde 2019",
    # "ha levantado un total de 50 millones de dólares desde su fundación".
    r"|(?:[\w-]+\s){0,3}?(?:desde\s(?:a\s|sua\s|su\s|la\s|el\s)?(?:funda|cria|crea|lan[çz]a|in[íi]cio|(?:19|20)\d\d)"
    r"|at[ée]\s(?:hoje|agora|o\smomento)|hasta\s(?:la\sfecha|ahora|el\smomento)|em\ssua\shist[óo]ria|en\ssu\shistoria))",
    re.IGNORECASE,
)
_NOW_RAISED = re.compile(
    r"\b(?:(?:has|have)\s(?:(?:now|so far)\s(?:raised|netted|secured|received|collected)|raised(?=\sa\stotal\sof\s))|já\s(?:captou|levantou|arrecadou|recebeu)|(?:ha|hanno)\s(?:raccolto|ottenuto|incassato)\s(?:finora|fino\sad\soggi|in\stotale)(?:\scirca|\soltre)?|ya\s(?:ha\s)?(?:recaudado|levantado|captado)"
    # "Con esta ronda, la compañía ha levantado un total de 50 millones", "alcanzando un total de 118 millones de
    # dólares" after the round's 85 millones (hs4-cooperativa-notco): the company's sum so far (fund83).
    r"|(?:ha|han)\s(?:levantado|recaudado|captado|conseguido|obtenido)\sun\stotal\sde"
    r"|(?:alcanzando|sumando|suma|acumula|acumulando|chegando\sa|somando|soma|acumulou)\sun?m?\stotal\sde)"
    r"\s(?:a total of\s)?(?:over\s|more than\s|about\s|roughly\s|nearly\s|almost\s|around\s|some\s|mais de\s|más de\s|cerca de\s)?$",
    re.I,
)
_STAGE_AFTER = re.compile(
    # "A Gensyn já arrecadou 43 milhões de dólares em uma rodada Série A" (hs20-zysh-gensyn-43m-series-a-a16z-interview-pt,
    # fund84): "já" (already) names this round when its stage follows, in Portuguese and Spanish too.
    r"^\W{0,3}(?:\w+\W+){0,4}?(?:series|(?:pre-?)?seed|round|tranche|extension|token sale|rodada|ronda|s[ée]rie)\b",
    re.IGNORECASE,
)
# One end of a range ("$5 million to $7 million", "between $5M and $7M"): the text gives no single amount.
_RANGE_AFTER = re.compile(r"^\s?(?:-|–|—|to)\s?(?:US)?[$€£¥]?\d", re.IGNORECASE)
_RANGE_BEFORE = re.compile(
    r"(?:\d\s?(?:[mbk]|mn|bn|million|billion)?\s?(?:-|–|—|to)\s?|\bbetween\s(?:about\s|roughly\s)?(?:(?:US)?[$€£¥][\d.,]+\s?(?:\w+\s)?and\s)?)$",
    re.IGNORECASE,
)
# An amount re-stated in dollars right after a local-currency figure: "CA$2.3 million (US$1.81 million)".
_USD_ECHO = re.compile(
    r"^\s?\((?:~|about |approx\.? |approximately |around |roughly |nearly |close to |or |ca\.? |rund |env\.? |aprox\.? )?"
    # "54 Mio. Euro (ca. 57 Mio. Dollar)", "46 milhões de euros (50,5 milhões de dólares)" (b19-publico-pt-definedcrowd-b)
    r"(?=[US$]|USD|\d[\d.,]*\s?(?:\w+\.?\s){0,2}(?:US-?)?(?:Dollar|dollars?|d[óo]lares)\b)"
    # Set off by "or" after a comma: "approved about 800 billion won, or roughly $533 million, of investment for
    # FuriosaAI" (hs15-berritmedia-furiosaai-800bn-won-national-growth-fund read the won at the year's rate).
    r"|^,\sor\s(?:about\s|roughly\s|around\s|approximately\s|nearly\s|some\s)?(?=US\$|\$|USD\s?\d)"
)
# A market's or a cohort's total, not one company's round: "startups raised", "start-ups saw fund raising of".
_MARKET_BEFORE = re.compile(
    r"\b(?:start-?ups|companies|firms|founders|rounds|deals)\s(?:\w+\s){0,2}?(?:raised|attracted|secured|received|pulled\sin|"
    r"saw\s(?:\w+\s)?(?:fund\s?raising|funding|investments?)\sof)\s(?:a\s(?:total|combined)\sof\s)?"
    r"(?:about\s|over\s|more\sthan\s|nearly\s|some\s)?$",
    re.IGNORECASE,
)
_RAISED_BY_AFTER = re.compile(  # "les 200 millions de dollars levés par la start-up anglaise Graphcore" (b16) too
    r"^\s?(?:\w+\s)?(?:raised|secured|collected|received)\sby\s(?=[A-Z])"
    r"|^\s?(?:lev[ée]e?s?|recaudad[oa]s?|captad[oa]s?|levantad[oa]s?|arrecadad[oa]s?|raccolt[oi])\s(?:par|por|pel[oa]|da)\s"
    # German and Dutch end the clause on the raise's participle: "hat umgerechnet weitere 110 Millionen Euro von
    # Investoren eingesammelt" beat "Beteiligungen des Bundes in Höhe von 300 Millionen Euro" (hs9-swp-curevac-110m-de).
    # Only the givers may come between ("in einer Serie-B-Finanzierung eingesammelt" told 2021's round, refurbed).
    r"|^\s(?:(?:von|bei|van|bij)\s(?:[\w-]+\s){1,2}?)?(?:eingesammelt|eingeworben|gesichert|opgehaald)(?=[\s.,;]|$)"
)
# "Exscientia’s latest €434.9M ($525M) financing last month" beat "pledged an additional €248.5M ($300M) equity
# commitment" (hs9-autonomoussites-exscientia-525m): a company's latest or new round by its possessive.
_OWNER_LATEST_BEFORE = re.compile(r"\b[A-Z][\w.&-]*['’]s\s(?:latest|new|newest|fresh)\s$")
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:which|who)\s(?:had\s)?(?:\w+\s)?(?:announced|raised|secured|closed)\s(?:an?\s)?$", re.IGNORECASE
)
_PREVIOUS_ROUND_WAS = re.compile(
    r"\b(?:[A-Z][\w.&-]*['’]s|[Ii]ts|[Tt]heir)\s(?:last|previous|prior)\s(?:funding\s|financing\s)?round\b[^.;\n]{0,40}?"
    r"\b(?:closed|raised|was|totall?ed)\s(?:at\s)?(?:about\s|over\s|nearly\s|some\s)?$"
    # "This round follows a previous Series A round of $25 million" (hs21-coindeskcc-polymarket-45m-series-b-founders-
    # fund-en took the 25 for the $45 million Series B; fund86): an earlier round named by its size.
    r"|\b(?:previous|prior|earlier)\s(?:[\w-]+\s){0,3}?(?:round|financing|raise)\s(?:of\s)?(?:about\s|over\s|nearly\s)?$"
)
_EARLIER_AFTER = re.compile(
    r"^\s?(?:\w+\s){0,3}?(?:last|earlier\sthis)\s(?:year|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    start: int
    end: int
    original: str


def find_money(text: str) -> list[Money]:
    """Every currency amount in `text`, in order. Bare small numbers ("€24.7" with no scale) are noise."""
    found: list[Money] = []
    for m in _MONEY.finditer(text):
        if re.search(r"\d[,.]$", text[max(0, m.start() - 2) : m.start()]):
            continue  # "45,6 Mio Euro": the English reading starts inside a decimal-comma number
        if m.group("word"):
            num, scale, cur = (
                str(english_number(m.group("word"))),
                m.group("scale3"),
                _SUFFIX[m.group("suf3").lower()],
            )
        elif m.group("num2"):
            num, scale, cur = m.group("num2"), m.group("scale2"), _SUFFIX[m.group("suf2").lower()]
        else:
            num, scale = m.group("num"), m.group("scale")
            if m.group("rand"):
                cur = "ZAR"
            else:
                pre = m.group("pre")
                key = next((k for k in _PREFIX if k.lower() == pre.lower()), pre)
                cur = _PREFIX[key]
                if m.group("suf") and cur == "USD" and pre == "$":
                    cur = _SUFFIX.get(m.group("suf").lower(), cur)
                if pre == "a$":  # the article glued to the sign: "you had closed a$ 1.1 billion um third Fund"
                    cur = "USD"  # (hs18-zappermint-elad-gil-1-1bn-third-fund, a transcript, read AUD); "A$" stays AUD

        value = float(num.replace(",", "")) * (_SCALE[scale.lower()] if scale else 1.0)
        if not scale and value < 10_000:
            continue
        found.append(Money(value, cur, m.start(), m.end(), m.group(0).strip()))
    # French, Spanish, Portuguese, German forms, where they do not overlap an English reading.
    foreign = [*find_foreign_money(text), *find_local_money(text), *find_persian_money(text)]  # money_local, _ru_fa
    for start, end, value, cur, original in foreign:
        if not any(f.start < end and start < f.end for f in found):
            found.append(Money(value, cur, start, end, original))
    return sorted(found, key=lambda f: f.start)


def _score(text: str, money: Money, after_end: int) -> float | None:
    before = clause_before(text, money.start, 70)
    # The words after an amount describe it up to the sentence's end ("$535 million. That round was led by ..." is
    # another round), unless the next sentence opens on the round: "$17.4 million. The round was led by ...".
    tail = text[after_end : after_end + 60]
    after = re.split(r"(?<=[.;!?])\s+|\n+", tail, maxsplit=1)[0]
    opens_on_round = re.match(
        r"(?:The|This)\s(?:\w+\s)?(?:round|funding|financing|investment)\b", tail[len(after) :].lstrip()
    )
    if round_total(before, after):
        return 6.0  # "for a total of $6 million this year", "closed a hefty total funding of $2.5 million"
    if prices_the_company(before, after) or measures_valuation(text, money.start) or _TOTAL_BEFORE.search(before):
        return None  # a valuation or a price per share (money_valuation)
    if money_languages.not_the_round(before, after):
        return None  # a valuation, an earlier raise or a total in a language of money_languages' table
    if investor_vehicle(before, after):
        return None  # "through its $10 billion venture arm" sizes the investor (money_other_company)
    if _TOTAL_AFTER.match(after) or _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before):
        return None
    if _NOW_RAISED.search(before) and not _STAGE_AFTER.match(after) and not new_money_after(after):
        return None  # "they have now raised $30M in funding": the running total; "$15M in a Series A" is the round
    if _MARKET_BEFORE.search(before) or not_this_round(before, after) or share_or_running_total(before, after):
        return None  # "Indian fintech startups raised US$436 million in the July-September period"; money_share
    score = 0.0
    if _RAISED_BY_AFTER.match(after) or led_round_after(after) or bought_or_bet(before, after):
        score += 3  # "the US$50 million raised by Credgenics": the raise is named after the amount
    if (
        raise_word(_RAISE, before)
        or list_item_amount(before)
        or bullet_item_amount(before)
        or money_languages.raised_before(before, after)
    ):
        score += 3
        if re.search(r"\b(?:today|new|newly|latest)\b", before, re.IGNORECASE):
            score += 0.5  # "raised $5M in 2024 and today announced a $20M Series A": the news is today's
    score += 3 if field_amount(text, money.start) else 0  # "funding_amount: "$3M"" (money_record)
    named = round_of_amount(before) or named_financing_of(before)  # "uma rodada seed de ", "Moove's financing of "
    if _OWNER_LATEST_BEFORE.search(before) and _ROUNDWORD.match(tail if opens_on_round else after):
        score += 3  # "Exscientia’s latest €434.9M ($525M) financing": the owner's new round, named as a raise is
    if _ROUNDWORD.match(tail if opens_on_round else after) or landed_deal(before, after) or named:
        score += 2
    score += 3 if told_back(text, after_end) else 0  # "... $32 million seed round ... that’s how much X raised"
    if re.search(
        r"\b(up to|as much as|previous(?:ly)?|prior|last year|earlier|building on|on top of|anteriormente|previamente|"
        r"había recaudado|habían recaudado|havia captado|já havia)"
        r"\W*(?:\w+\W+){0,2}$|\b(?:years?|months?|after|since)\s(?:\w+\s){0,3}"
        r"(?:raised|raising|secured|securing|closed|closing)\s(?:about\s|over\s|nearly\s|some\s)?$"
        # "había recaudado poco más de $26 millones": had raised before this round
        r"|\b(?:había|habían|havia|haviam)\s(?:\w+\s)?(?:recaudado|levantado|captado|arrecadado|conseguido)\s(?:\w+\s){0,4}$"
        # "It wasn't so long ago that DoorDash raised ...", "Two years ago, the company raised ...": an earlier raise;
        # "And not long before that, ChatGPT-creator OpenAI landed $6.6 billion" (hs19-newslettercollector-perplexity-
        # 500m-9bn: another company's earlier raise beat "the startup just raised $500 million"), "shortly before that".
        r"|(?:\bnot|n['’]t)\s(?:so\s|that\s)?long\s(?:ago|before\s(?:that|this|then))\b"
        r"|\b(?:shortly|(?:days|weeks|months)|a\s(?:day|week|month))\sbefore\s(?:that|this|then),"
        r"|\b(?:weeks|months|years)\sago,?\s(?:the\s)?\w+\s(?:had\s)?(?:raised|secured|closed)\b",
        before,
        re.I,
    ):
        score -= 2
    # "Moffett’s last round from March 2020 closed at 100 million yuan (around $16 million)": the owner's previous round
    # told as its subject, the verb just before the sum (b42-coron-moffett-series-a-costone, fund75: taken for the new
    # Series A, whose size the text gives only as "several tens of millions of dollars").
    if _PREVIOUS_ROUND_WAS.search(before):
        score -= 3
    # "raised an additional $200 million, as well as an additional $250 million in convertible debt": the debt added
    # to an equity raise is not the round (ipm-tempus-g2).
    if re.search(
        r"\b(?:as\swell\sas|plus|along\swith|in\saddition\sto)\s(?:an?\s)?(?:additional\s|further\s)?$", before
    ) and (
        re.match(
            r"^\s?(?:in\s)?(?:\w+\s){0,2}?(?:convertible\s|venture\s)?(?:debt|notes?|loans?|credit)\b", after, re.I
        )
    ):
        score -= 2
    # "— which announced a $110 million investment last October, received over $10 million from Visa": the background
    # clause and a dated earlier month describe another raise; "including a $23.75 million equity investment" a part.
    for described_apart in (_BACKGROUND_BEFORE.search(before), _EARLIER_AFTER.match(after)):
        if described_apart:
            score -= 2
    score -= apart_penalty(before, after)  # a dated earlier round, an investor's ticket, a part (money_history)
    score -= 3 if planned_size(before, after) else 0  # "as part of a planned $818 million raise" (money_target)
    score -= (
        3 if money_history.told_earlier(text, money.start) else 0
    )  # "It was just two months back when ..." (money_history)
    score -= 2 if told_of_another(text, money.start) else 0  # "another China-based firm, SenseTime, ... raised $600M"
    # "ahead of NuBank's $400 million fundraise", "Chime's $200 million March 2019 funding round": another company's
    # raise the text compares with, or an earlier round it dates.
    if re.search(r"\b(?:ahead\sof|compared\s(?:with|to)|surpass\w*|eclips\w*|overtak\w*)\s(?:\S+\s){0,3}$", before) or (
        re.match(r"^\s(?:[A-Z][a-z]+\s)?(?:19|20)\d\d\s(?:\w+\s)?(?:round|funding|financing|raise)\b", after)
    ):
        score -= 2
    return score


def round_amount(text: str, body_start: int = 0) -> tuple[Money, Money | None] | None:
    """The mention most likely to be the round's size, with its US-dollar restatement if the text gives one."""
    mentions = find_money(text)
    echoes = {id(m): usd_echo(text, m) for m in mentions}
    echo_starts = {e.start for e in echoes.values() if e is not None}
    local_echoes = [e for e in (local_echo(text, m, mentions) for m in mentions) if e is not None]
    echo_starts |= {e.start for e in local_echoes}
    best: tuple[float, int, Money] | None = None
    talks: Money | None = None
    candidates: list[Money] = []
    for money in mentions:
        if money.start in echo_starts or restated_elsewhere(money, local_echoes):
            continue  # scored through the figure it restates
        echo = echoes[id(money)] or local_echo(text, money, mentions)
        after_end = _echo_end(text, money, echo)
        score = _score(text, money, after_end or money.end)
        if score is not None and score < 1 and talks is None and money_history.in_talks(text, money.start):
            talks = money  # kept in case no closed sum is told (money_history.in_talks)
        if score is None or score < 1:
            continue
        candidates.append(money)
        if money.start >= body_start:
            score += 0.5  # the body's own sentence beats a headline's rounding or typo
            if any(h.start < body_start and abs(h.amount - money.amount) <= 0.02 * money.amount for h in mentions):
                score += 0.25  # the body's figure the headline confirms beats an earlier report's figure
        if best is None or (score, -money.start) > best[:2]:
            best = (score, -money.start, money)
    if best is None and talks is not None:
        return talks, echoes[id(talks)]
    if best is None:
        return None
    chosen = whole_of(
        text, best[2], candidates, mentions
    )  # "$75 million ... consists of $15 million ... and $60 million"
    return chosen, echoes[id(chosen)]


def _echo_end(text: str, money: Money, echo: Money | None) -> int:
    """Where the amount's words end: after its restatement's closing parenthesis, or after a ", or $N" restatement."""
    if echo is None:
        return money.end
    if text[money.end : echo.start].lstrip().startswith("("):
        return text.find(")", echo.end) + 1
    return echo.end


def usd_echo(text: str, money: Money) -> Money | None:
    """The US-dollar restatement in parentheses right after a local-currency amount, if any."""
    # "$28.35m (US$20m)": a bare "$" restated in US dollars was another dollar (Singapore, Hong Kong...).
    if money.currency == "USD" and not money.original.startswith("$"):
        return None
    tail = text[money.end : money.end + 40]
    if not _USD_ECHO.match(tail):
        return None
    for echo in find_money(tail):
        if echo.currency == "USD" and (money.currency != "USD" or echo.original.upper().startswith(("US", "USD"))):
            return Money(echo.amount, "USD", money.end + echo.start, money.end + echo.end, echo.original)
    return None
