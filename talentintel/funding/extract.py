"""`parse_announcement`: a funding announcement's text -> company, amount, round, investors and date."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from talentintel.funding.company import find_company
from talentintel.funding.company_anaphor import anaphor_company, definite_raiser, pronoun_company
from talentintel.funding.company_appositive import appositive_subject
from talentintel.funding.company_appositive_name import appositive_name
from talentintel.funding.company_called import called_after_raise, called_company
from talentintel.funding.company_descriptor_comma import set_off_company
from talentintel.funding.company_fa import persian_described_company
from talentintel.funding.company_founder_startup import founders_startup
from talentintel.funding.company_indefinite import indefinite_lede_company
from talentintel.funding.company_invested_object import invested_object
from talentintel.funding.company_named_kind import named_kind_company
from talentintel.funding.company_nl_inverted import inverted_announcer
from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.company_possessive_round import possessive_round_company
from talentintel.funding.company_pronoun_subject import pronoun_subject_company
from talentintel.funding.company_role_raise import role_raise_company
from talentintel.funding.company_romance_appositive import appositive_raise_company
from talentintel.funding.company_romance_raise import described_raise
from talentintel.funding.company_romance_round import romance_round_company
from talentintel.funding.company_round_of import round_of_company
from talentintel.funding.company_salience import headline_brand, salient_company
from talentintel.funding.company_sector_prefix import without_sector_word
from talentintel.funding.company_ticker_sale import ticker_sale_issuer
from talentintel.funding.company_voice import own_company
from talentintel.funding.dateline import opens_on_wire, without_dateline
from talentintel.funding.debt_parties import borrower, lender_lead
from talentintel.funding.fund_raise import is_fund_raise
from talentintel.funding.fx import to_usd
from talentintel.funding.german_stake import (
    led_by_before_noun,
    reporting_company,
    single_investor,
    stake_amount,
    stake_company,
    without_management,
)
from talentintel.funding.investor_lists import all_investors, lead_investors
from talentintel.funding.investors import normalize_company
from talentintel.funding.kind import reports_raise
from talentintel.funding.lead_answered import answered_lead
from talentintel.funding.lead_appositive import drop_appositive_owners
from talentintel.funding.lead_described_list import described_list_leads
from talentintel.funding.lead_german import german_leads
from talentintel.funding.lead_marked import marked_leads
from talentintel.funding.lead_noise import clean_leads
from talentintel.funding.lead_not_raiser import raiser_too
from talentintel.funding.lead_other_raise import other_raise_leads
from talentintel.funding.lead_partner_firm import partner_firm_leads
from talentintel.funding.lead_roles import role_leads
from talentintel.funding.lead_romance_subject import subject_leads
from talentintel.funding.lead_ru_fa import ru_fa_leads
from talentintel.funding.lead_sole import sole_investor
from talentintel.funding.lead_stage import this_rounds_leads
from talentintel.funding.money import round_amount
from talentintel.funding.money_year import cited_year, raised_in_year, rate_year
from talentintel.funding.names import sentence_end
from talentintel.funding.rounds import classify_round
from talentintel.funding.segment_items import bullet_subject, label_subject
from talentintel.funding.text_repairs import repair_bullets, space_run_on_sentences, without_pinyin_readings
from talentintel.funding.text_spun import unspin


@dataclass
class Announcement:
    company: str | None
    amount_usd: float | None
    currency: str | None
    amount_original: str | None
    round: str | None
    investors: list[str] = field(default_factory=list)
    lead_investors: list[str] = field(default_factory=list)
    announced_on: date | None = None
    fund_raise: bool = False  # a venture firm raising its own fund: no company round, so the round fields are empty


_MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_MONTH = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DATE_MDY = re.compile(rf"\b{_MONTH}\s{_DAY},?\s(?P<year>20\d\d)\b")
_DATE_DMY = re.compile(rf"\b{_DAY}\s(?:of\s)?{_MONTH},?\s(?P<year>20\d\d)\b")
_LED_FIRST = r"led\sthe\s(?:wave|charge|pack|way|field|list|rankings|tally|leaderboard)\b"
_DATE_ISO = re.compile(r"\b(?P<year>20\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")


# A run of 200+ Latin letters and digits is no word of an announcement but a data URI, a base64 blob or a hash pasted
# into a page. Dropped, because several patterns scan a word run to its end from each of its characters: a 100 KB blob
# inside a real announcement took 60 s to parse (2026-12-05), and a 1 MB one would outlast the task's time limit.
# Chinese and Japanese runs stay: their punctuation (，。) ends a run within a sentence.
_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/=_-]{200,}")


# A Markdown link is its words: "[Archestra](https://www.archestra.ai/), a platform ..., has raised $3.3m pre-seed
# funding in a round led by [Concept Ventures](https://www.conceptventures.vc/)" (hs12-archestra-3-3m-pre-seed, fund56).
# Left in, the address's host ("linkedin.com" of an angel's profile) stood as a name and the brackets clung to the lead.
_MD_LINK = re.compile(r"!?\[([^\]\n]{1,200})\]\((?:https?://|/|mailto:)[^)\s]*\)")

# A Kramdown attribute list after a link: "[Reality Accelerator](https://reality.vc){:target="blank"} 様にご出資いただきました"
# (hs19-deraru-foretop-seed-reality-accelerator-ja, fund82, a Jekyll blog). Left in, it stood between the investor and
# its particle, so no lead was read.
_KRAMDOWN_ATTRS = re.compile(r"\{:[^{}\n]{0,120}\}")


def _link_words(m: re.Match[str]) -> str:
    before = " " if m.start() > 0 and (m.string[m.start() - 1].isalnum()) else ""
    after = " " if m.end() < len(m.string) and m.string[m.end()].isalnum() else ""
    return f"{before}{m.group(1)}{after}"


def clean_text(text: str) -> str:
    """Plain text: HTML tags and entities removed, odd spaces made ordinary, runs of spaces collapsed, blobs dropped."""
    # A link glued to the words around it ("for[Ben’s Bites Pro](...)goes live", "[Essential AI raises $56.5M](...)to
    # build", b45-bensbites-essential-ai-56-5m) keeps a space on each side, or "$56.5Mto" is no amount.
    text = _MD_LINK.sub(_link_words, _KRAMDOWN_ATTRS.sub("", _LONG_TOKEN.sub(" ", text)))
    if "<" in text and re.search(r"</?[a-zA-Z][^>]*>", text):
        text = re.sub(r"<(?:br|/p|/div|/li|/h\d)[^>]*>", "\n", text, flags=re.IGNORECASE)
        text = re.sub(r"<[^>]+>", " ", text)
    text = unspin(html.unescape(text))
    text = re.sub(r"[\u00a0\u202f\u2009\u2007\u200b]", " ", text)
    text = re.sub(r"[ \t]+", " ", text)
    return without_pinyin_readings(repair_bullets(space_run_on_sentences(re.sub(r" *\n *", "\n", text).strip())))


def split_headline(text: str) -> tuple[str, str]:
    """A short first line is a headline; the rest is the body (which may be the whole text)."""
    first, _, rest = text.partition("\n")
    if rest.strip() and len(first) <= 220 and not opens_on_wire(first):  # a wire's lede is body (dateline)
        return first, rest.strip()
    return "", text


def date_in(text: str) -> date | None:
    """The date in the dateline or first sentence; later sentences date other events (an earlier round, a founding)."""
    end = sentence_end(text)
    while end < len(text) and re.search(r"(?:^|\s)[A-Z]{2,3}$", text[:end]):
        end = sentence_end(text, end + 1)  # "ST. LOUIS, March 3, 2026": a dateline's abbreviation, not an end
    opening = text[: min(end, 400)]
    found: list[tuple[int, date]] = []
    for pattern in (_DATE_MDY, _DATE_DMY, _DATE_ISO):
        for m in pattern.finditer(opening):
            mon = m.group("mon")
            try:
                when = date(
                    int(m.group("year")), int(mon) if mon.isdigit() else _MONTHS[mon[:3].lower()], int(m.group("day"))
                )
            except ValueError:
                continue
            found.append((m.start(), when))
            break
    return min(found)[1] if found else None


def _not_the_company(names: list[str], company: str | None) -> list[str]:
    """Investor lists without the raising company ("Acme, which Sequoia backed, ...": Acme is no investor) and without
    a place or a kind of company read as a lead ("Neobanks have led the charge", brandmoiahora-fairmoney-b)."""
    names = [n for n in names if not not_a_name(re.sub(r"['’]s$", "", n))]  # "China’s" too
    if not company:
        return names
    key = normalize_company(company)
    return [n for n in names if normalize_company(n) != key]


def extract_round(text: str, *, published: date | None = None) -> Announcement:
    """Extract the round one deal's text describes (`deals.parse_deals` cuts a text into deals first). Fields the text does not state are None/empty.

    `published` (the feed entry's or page's date) is the fallback for the announcement date and picks the
    year of the exchange rate used for non-USD amounts.
    """
    if not isinstance(text, str):
        raise TypeError("text: expected a string")
    if isinstance(published, datetime):
        published = published.date()
    text = clean_text(text)
    header, body = split_headline(text)
    joined = f"{header}\n{body}" if header else body
    body_start = len(header) + 1 if header else 0

    announced_on = date_in(body) or published
    if is_fund_raise(text):
        return Announcement(None, None, None, None, None, announced_on=announced_on, fund_raise=True)
    found = round_amount(joined, body_start)
    stake = None if found else stake_amount(joined)  # "beteiligen sich ... mit 15 Millionen Dollar am Startup"
    if stake is not None:
        found = (stake, None)
    amount_usd = currency = original = None
    amount_end = None
    if found:
        money, echo = found
        amount_end = money.end
        currency, original = money.currency, money.original
        year = rate_year(joined, original, announced_on.year if announced_on else None)  # "in March last year"
        # Undated: "In March 2023, X raised €105M", then "€450 million (https://...-2024-06-20/)", then the URL's year.
        year = year if announced_on else raised_in_year(joined, original) or cited_year(joined, original)
        amount_usd = echo.amount if echo else to_usd(money.amount, money.currency, year)
    # A wire dateline ("New Delhi, March 29 (IANS) ...") is no raiser: the company is read without it (dateline.py).
    c_joined = without_dateline(joined)
    c_header, c_body = (header, body) if c_joined == joined else split_headline(c_joined)
    company = label_subject(c_joined)  # "• Betterness (US): Raised $2.5M seed" (segment_items)
    company = company or set_off_company(
        c_joined
    )  # "Startup Afrika, Mara, ... telah mengumpulkan" (company_descriptor_comma)
    company = company or persian_described_company(c_joined)  # "DualEntry، یک استارتاپ ..." (company_fa)
    company = company or inverted_announcer(c_joined)  # "Op 21 augustus kondigde Story, een L1-platform, ... aan"
    company = company or round_of_company(c_joined) or appositive_subject(c_joined) or own_company(c_joined)
    company = company or reporting_company(c_joined) or stake_company(c_joined)  # German report or stake (german_stake)
    company = company or called_after_raise(c_joined)  # "raised ... for his new company called Foundation"
    company = (
        company or find_company(c_header, c_body) or pronoun_company(c_joined) or pronoun_subject_company(c_joined)
    )
    company = company or headline_brand(c_header, c_body) or indefinite_lede_company(c_joined)
    company = company or role_raise_company(c_joined) or named_kind_company(c_joined) or bullet_subject(c_joined)
    company = company or called_company(c_joined)  # "a startup called Story that ... is announcing $83 million"
    company = company or possessive_round_company(c_joined)  # "Sakana AI’s JPY30.1 billion Series C round"
    company = company or invested_object(c_joined)  # "Softbank ... invierte US$ 1.000 millones en app ... Rappi"
    company = definite_raiser(joined, amount_end, company, c_header, c_body)  # "The company has raised $2.5 million"
    # "MatX led the wave with a $500m Series B" (b13-globalpractice-chip-tuesday): an idiom of coming first, whose
    # subject raised, not a lead investor.
    led_text = without_management(joined)  # "unter der Führung von Chef X" runs the firm (german_stake)
    leads = [n for n in lead_investors(led_text) if not re.search(rf"\b{re.escape(n)}\s{_LED_FIRST}", joined)]
    # German role sentences, "X lead $N" (lead_roles, tuning_batch20); names cut from the wrong words (lead_noise).
    leads = clean_leads(leads) or clean_leads(role_leads(joined))
    leads = drop_appositive_owners(leads, joined)  # "led by TWG Global, the vehicle of Thomas Tull and Mark Walter"
    leads = described_list_leads(joined, leads)  # "led by A, which is ..., B — ..., and C — ..." (tuning_batch24)
    lead_named = company if company and company in leads else None
    if lead_named:
        # A lead is no raiser: "Lux announced big news today: we are leading a $30 million founding seed round into
        # Sakana AI" (b12-luxcapital-sakana-seed) names the fund first; the text's next reading is the company. With
        # no other reading the name stays an investor, whatever its shape: "a été mené par Ambrova, une société de
        # capital-risque" read Ambrova as the raiser, where "Kelvar Capital" was read as the lead (invariance
        # harness, session 12: a lead found by its role, not by the list or a firm word).
        company = find_company(c_header, c_body, exclude=company)
    if company is None and (leads or stake is not None or reports_raise(joined)):
        # Only a raise that is a round anyway (a lead named, or a raise reported) takes a company referred back to.
        company = anaphor_company(c_header, c_body)
    if company is None:
        # "Así nació Ripio ... el proyecto ... consiguió una inversión inicial de US$600.000" (company_romance_raise)
        company, told = described_raise(c_joined)
        if told is not None and amount_usd is None:
            currency, original = told.currency, told.original
            amount_usd = to_usd(told.amount, told.currency, announced_on.year if announced_on else None)
    if company is None and amount_usd is not None:
        company = romance_round_company(c_joined)  # "ronda ... para Story", "Monzo collecte" (company_romance_round)
        # "Miscusi, brand italiano ..., ha annunciato ... un round" (company_romance_appositive, fund43)
        company = company or appositive_raise_company(c_joined)
    if company is None and amount_usd is not None and classify_round(joined, amount_end) == "debt":
        company = borrower(c_joined)  # "Sharon AI arranged a debt facility of up to $500 million" (debt_parties)
    if company is None and (leads or amount_usd is not None or reports_raise(joined)):
        # "An Oxford University company ... has won £4m of early-stage backing": a raise no clause gives a name, in a
        # text that keeps naming one company (telegraph-spybiotech-seed, turkeynewsgazette-trendyol).
        company = salient_company(c_header, c_body)
    if lead_named and company in (None, lead_named):
        company = lead_named if raiser_too(lead_named, joined) else None
    company = without_sector_word(company, c_body)  # "AI Writer Startup Gets ..." / "Writer, an AI framework, ..."
    company = appositive_name(company, c_header, c_joined)  # "crypto Exchange, Binance, secured"
    company = founders_startup(company, c_joined) or company  # "Niessner's startup, SpAItial," (not the researcher)
    if classify_round(joined, amount_end) == "token_sale":
        company = ticker_sale_issuer(c_joined) or company  # "Fetch AI (FET) token sale" (company_ticker_sale)
    leads = this_rounds_leads(joined, _not_the_company(leads, company), classify_round(joined, amount_end))
    leads = other_raise_leads(joined, leads, company)  # "Por otro, Rain ... liderada por X" (lead_other_raise)
    leads = marked_leads(joined, company) or leads  # "Investors: X (lead), Y" (lead_marked, fund84)
    # A round one investor made alone names no "led": "Vertex Ventures has invested in Binance" (lead_sole.py).
    leads = leads or clean_leads(_not_the_company(sole_investor(joined, company, all_investors(joined, [])), company))
    leads = leads or single_investor(joined)  # "bei einem Grossinvestor ... der Investmentfirma SBI" (german_stake)
    leads = leads or led_by_before_noun(joined)  # "Das von Paradigm angeführte Funding" (german_stake)
    leads = leads or subject_leads(joined)  # "X e Y hanno guidato la vendita" (lead_romance_subject, fund43)
    leads = leads or ru_fa_leads(joined, company)  # "X возглавила раунд", "با رهبری X و Y" (lead_ru_fa, fund84)
    leads = leads or german_leads(joined)  # "X, ein ..., führt Mistrals Runde an" (lead_german, fund47batch)
    leads = leads or answered_lead(joined)  # "¿Quién está detrás? Andreessen Horowitz, uno de los fondos" (fund82)
    if not leads and classify_round(joined, amount_end) == "debt":
        leads = _not_the_company(lender_lead(joined), company)  # a loan's one lender (debt_parties)
    leads = partner_firm_leads(leads, joined)  # "led by X, managing partner at Acme Capital": Acme leads
    return Announcement(
        company=company,
        amount_usd=round(amount_usd, 2) if amount_usd is not None else None,
        currency=currency,
        amount_original=original,
        round=classify_round(joined, amount_end),
        investors=_not_the_company(all_investors(joined, leads), company),
        lead_investors=leads,
        announced_on=announced_on,
    )
