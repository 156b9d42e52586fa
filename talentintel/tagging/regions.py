"""A posting's regions: its location strings first, then hints in the title, then in the description."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from talentintel.tagging import place_gates as gates
from talentintel.tagging.cjk import cjk_places, merge
from talentintel.tagging.cloud_services import without_cloud_services
from talentintel.tagging.corporate_places import without_corporate_places
from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.currency_codes import without_currency_codes
from talentintel.tagging.customer_places import without_customer_places
from talentintel.tagging.footprint import without_footprint, without_team_places, without_zh_team_places
from talentintel.tagging.form_questions import without_declined_questions
from talentintel.tagging.german_work_labels import own_value, read_value
from talentintel.tagging.glued_words import unglued
from talentintel.tagging.heading_labels import heading_locations
from talentintel.tagging.indic_places import indic_places
from talentintel.tagging.institution_places import institution_places
from talentintel.tagging.label_gate import label_possible
from talentintel.tagging.label_scan import location_lines, without_hours_aside, work_place_labelled
from talentintel.tagging.listed_countries import countries_within
from talentintel.tagging.location_chips import state_chips
from talentintel.tagging.locations import LocationResult, locate, locate_in_text
from talentintel.tagging.markdown_labels import unbolded_labels
from talentintel.tagging.market_places import without_market_places
from talentintel.tagging.office_places import office_places
from talentintel.tagging.pin_lines import pin_places
from talentintel.tagging.place_lists import TEXT_LIST, list_items
from talentintel.tagging.remote_choice import remote_choices, without_choices
from talentintel.tagging.remote_words import remote_text, work_mode
from talentintel.tagging.text import lowered
from talentintel.tagging.thread_template import template_place
from talentintel.tagging.timezone_hints import timezone_regions
from talentintel.tagging.title_places import CAPITALIZED as _CAPITALIZED
from talentintel.tagging.title_places import title_findings
from talentintel.tagging.us_georgia import located
from talentintel.tagging.vietnamese_labels import vietnamese_work_places

# "remote within the US", "based in Berlin", "Location: London, UK"; residence and work-permit conditions name the
# place as well ("Applicants must reside in Canada", "residents of Portugal", "eligible to work in the UK", unseen17),
# and so do the applicants a remote role invites ("Qualified applicants from within the EU/EEA", unseen_hs16)
_HINT_CUES = r"remote|remotely|based|located|location|locations|hiring|work from|office|candidates|applicants"
# the conditions' cues run only over texts holding one of _CONDITION_WORDS (each cue more slows the regex)
_CONDITION_CUES = (
    r"hire|hires|reside|residing|residents?|residen(?:ce|cy)|living|(?:authori[sz]ed|eligible|right|permits?) to work"
)
_CONDITION_WORDS = ("hire", "resid", "living in", "eligible to", "authorized to", "authorised to", "right to", "permit")
_HINT_TAIL = (
    r")\b[^.\n]{0,30}?"
    # "remote within the US", "based in Berlin", "Location: London", and the bracket of "this role is remote (US)";
    # a markdown post's bold place counts the same ("Open to developers based in **Asia**", unseen32)
    r"(?:(?:\b(?:in|within|across|from|throughout|of)\b|:)\s+(?:the\s+|our\s+)?(?:\*\*|__)?|(?<=remote )\()"
    r"((?:[A-Z][\w.&'-]*|EMEA|APAC|LATAM)(?:[ ,/-]+(?:[A-Z][\w.&'-]*|or|and|&)){0,5})"
)
_DESC_HINT = re.compile(r"\b(?:" + _HINT_CUES + _HINT_TAIL)
_CONDITION_HINT = re.compile(r"\b(?:" + _CONDITION_CUES + _HINT_TAIL)
_HINT_STARTS = {_DESC_HINT: gates.literal_starts(_HINT_CUES), _CONDITION_HINT: gates.literal_starts(_CONDITION_CUES)}
# A cue inside a condition offers a place, it restricts none: "If located in Germany we can provide full employment
# with insurance" beside "Remote / WFH" (unseen_hs19, rotki: tagged Germany, a worldwide remote job).
_IF_CUE = re.compile(r"\bif\s+(?:you(?:\s+are|['’]re)?\s+)?(?:currently\s+)?$", re.IGNORECASE)
# The same "fully remote" in CJK scripts (plain "远程" / "재택" also names a benefit of an office job).
GLOBAL_FALLBACK = {"rule": "remote with no country or region restriction = global"}


@dataclass
class RegionResult:
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    remote: bool = False
    confidence: float = 0.0
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def add(self, source: str, raw: str, loc: LocationResult) -> None:
        self.countries.update(loc.countries)
        self.regions.update(loc.regions)
        self.remote = self.remote or loc.remote
        if loc.countries or loc.regions or loc.remote:
            self.evidence.append(
                {
                    "location": raw,
                    "field": source,
                    "countries": list(loc.countries),
                    "regions": list(loc.regions),
                }
            )


def posting_regions(
    title: str, description: str, locations: Sequence[str], countries: Sequence[str] = ()
) -> RegionResult:
    """Regions of a posting, by the rules in README "Region rules":

    1. the location strings and the ATS's structured country fields;
    2. the title: a territory word ("AMER", "EMEA") or a place counts only when the location names no concrete place
       ("Remote, AMER" in New York is the US, not the Americas);
    3. with no place so far: restriction phrases in the description ("remote within the US", "based in Berlin"),
       then, unless the job is remote, the places the description names, in any script (서울, 東京, 北京);
    4. remote with no country or region restriction anywhere in the posting = global.
    """
    out = RegionResult()
    chips = state_chips(locations) if len(locations) > 1 else set()
    for index, raw in enumerate(locations):
        if raw and raw.strip() and index not in chips:
            out.add("location", raw, located(raw, description))
    if not out.evidence and description:
        _labeled_location(out, description)
    elif description and out.regions == {"global"} and not out.countries and not out.remote:
        _narrow_unbounded(out, description)
    elif description and out.remote and not out.regions and work_place_labelled(description):
        _narrow_unbounded(out, description, regions_too=True)  # "Remote"; "Location: Remote, India" in the text
    _structured(out, countries)
    if out.regions:
        out.confidence = 0.95
    _title_places(out, title or "")
    if out.regions and not out.confidence:
        out.confidence = 0.85
    remote_said = remote_text(description) if description else None
    if remote_said and not out.remote:
        out.remote = True
        out.evidence.append({"remote": remote_said, "field": "description"})
    choices = remote_choices(description) if description and not out.regions else []
    if choices:  # "remote or local in Sydney": remote, and the place in that sentence is an office on offer
        out.remote = True
        out.evidence.append({"remote": choices[0].text[:120], "field": "description", "rule": "remote or local"})
    if not out.regions and description:
        _description_places(out, without_choices(description, choices) if choices else description)
    if not out.regions and description:
        _timezone_condition(out, description)
    mode = work_mode(description) if description and not out.regions and not out.remote else None
    if mode:
        out.remote = True
        out.evidence.append({"remote": mode, "field": "description"})
    if out.remote and not out.regions:
        out.regions.add("global")
        out.confidence = out.confidence or 0.6
        out.evidence.append(dict(GLOBAL_FALLBACK))
    return out


# The posting's own location field written into its text, as boards without a location field do
# ("工作地点:远程", "办公地点:香港/新加坡", "근무지: 판교", "勤務地:東京都港区", "Location: Remote (Global)").
_LOCATION_LINE = re.compile(
    r"(?:工作地点|工作地點|办公地点|辦公地點|工作地址|公司地址|地址|上班地点|工作城市|工作地|地点|地點|坐标|工作方式|办公方式|工作形式"
    r"|근무지|주소|근무 ?장소|근무 ?위치|근무 ?지역|근무 ?형태|勤務地|勤務形態"
    # Chinese posts write the base's place noun after the English word: "Base 地：深圳", "base城市：成都" (unseen20)
    r"|\b(?:location|locations|work location|base(?:\s*(?:地|城市))?|based))"
    r"\s*[:：]\s*([^\n;；。|]{1,60})"
    # an English work-mode or location label on a line of its own (a markdown heading too), its value on the next (a
    # bullet too): "Work Arrangement\nRemote" (unseen13), "## Location\n* Remote" (unseen_hs5)
    r"|^[ \t#]*(?:work arrangement|work mode|work model|workplace type|work setup|location|work location)[ \t]*[:：]?"
    r"[ \t]*\n[ \t]*(?:[*•·-][ \t]+)?([^\n;|]{1,60})$",
    re.IGNORECASE | re.MULTILINE,
)
# Spanish, Portuguese, French, German labels ("Modalidad: Remoto", "Localização: São Paulo", "Standort: München"),
# their own regex so the common English scan keeps its speed. German freelance boards label the site and the work
# mode "Einsatzort" / "Ort" and "Einsatzart", and print a share's "100" and "% Remote" on two lines (unseen_hs18;
# german_work_labels.py reads the values).
_FOREIGN_LINE = re.compile(
    r"\b(?:modalidad|modalidade|ubicaci[oó]n|localiza[cç][aã]o|lugar de trabajo|local de trabalho|lieu de travail"
    r"|standort|arbeitsort|einsatzort|einsatzart|ort)\s*[:：]\s*(\d{1,3}[ \t]*\n[ \t]*%[^\n;；。|]{1,40}|[^\n;；。|]{1,60})",
    re.IGNORECASE,
)
_FOREIGN_CUES = (
    "modalida",
    "ubicac",
    "localiza",
    "lugar de",
    "local de",
    "lieu de",
    "standort",
    "arbeitsort",
    "einsatz",
    " ort:",
    "\nort:",
)


_FOREIGN_CUE_WORDS = Cues(_FOREIGN_CUES)


def _labeled_location(out: RegionResult, description: str) -> None:
    """With no location string: the text's own "Location:" lines, read like a location field (remote words too)."""
    templated = template_place(description)  # "LOCATION: ... REMOTE: ... VISA: ..." on one line (thread_template.py)
    if templated is not None:
        out.add("description", *templated)
        out.confidence = 0.8 if out.regions else out.confidence
        return
    head = unbolded_labels(description[:6000])  # "- **Location**: Remote" (markdown_labels.py)
    # the team's places inside a label's value: "工作地点：团队分布在美国英国和国内" (footprint.py)
    head = head if head.isascii() else without_zh_team_places(head)
    # cheap tests first: the labels are rare, a regex over 6 KB is not free
    lines = [_LOCATION_LINE] if label_possible(head) else []
    # boards put these labels in the posting's first lines; "İ" -> "i̇" alone changes a length
    low = lowered(head)
    folded = "\u0130" in head[:1500]
    top = low[:1500] if not folded else head[:1500].lower()
    # a cue in top, a prefix of low, is in low: the one pass over low (cue_words) rules out most texts
    if (folded or holds_any(low, _FOREIGN_CUE_WORDS)) and any(k in top for k in _FOREIGN_CUES):
        lines.append(_FOREIGN_LINE)
    for match in (
        m for line in lines for m in (location_lines(line, head) if line is _LOCATION_LINE else line.finditer(head))
    ):
        raw = without_hours_aside(" ".join(next(g for g in match.groups() if g).split()))
        raw = own_value(raw) if match.re is _FOREIGN_LINE else raw  # "Ort: D6 Hanau ? Projekt-ID: 13299"
        loc = merge(locate(raw), cjk_places(raw, global_words=True))
        if not (loc.countries or loc.regions or loc.remote) and (split := unglued(raw)):
            loc = locate(split)  # "Work Location: BengaluruJob": the next label's word glued on
        loc = read_value(match.group(0).split(":")[0].split("：")[0].strip(), raw, loc)  # "80 % Remote", "D6"
        if loc.countries or loc.regions or loc.remote:
            out.add("description", raw, loc)
    vietnamese_work_places(head, out.add)  # "Địa điểm làm việc: Q.6"
    pin_places(head, out.add)  # "📍 Remote (Global) | 🕐 …" (pin_lines.py)
    if not out.evidence:  # "# 公司地址\n新北市新店區…" (b2etw posts): the heading's value is the location line
        for found in heading_locations(head, lambda raw: merge(locate(raw), cjk_places(raw, global_words=True))):
            out.add("description", found.raw, found.place)
    if out.regions:
        out.confidence = 0.8


def _narrow_unbounded(out: RegionResult, description: str, *, regions_too: bool = False) -> None:
    """A location field that only says "anywhere" ("不限地址", "Global") when the text names the work place
    ("工作地：北京望京"): "no restriction anywhere in the posting" does not hold, the labeled place does; a "Remote"
    field yields to a work-place line naming a region too ("Location: Remote, India", unseen42)."""
    labeled = RegionResult()
    _labeled_location(labeled, description)
    if labeled.countries or (regions_too and labeled.regions - {"global"}):
        out.regions.discard("global")
        for item in labeled.evidence:
            out.evidence.append(item)
        out.countries |= labeled.countries
        out.regions |= labeled.regions


def _structured(out: RegionResult, countries: Sequence[str]) -> None:
    """ISO codes (or names) from the ATS's own country fields."""
    for raw in countries:
        code = (raw or "").strip()
        if not code:
            continue
        loc = locate(code.upper() if len(code) in (2, 3) else code)
        if loc.countries:
            out.add("ats_country", code, LocationResult(loc.countries, loc.regions, False, loc.places))


# A place that scopes a rank or a lead: "the largest marketplace of creative products in Latin America", "o maior
# marketplace de produtos criativos da América Latina" (unseen15), "líder en México": the employer's standing, not a
# work place (the CJK rule for "中国领先" is in cjk.py).
_RANK_SCOPE = re.compile(
    r"\b(?:largest|biggest|leading|leader|top|best|fastest[- ]growing|maior|maiores|mayor|mayores|l[ií]der|l[ií]deres"
    r"|principal|principais|principales|plus grand|premier|gr[oö](?:ss|ß)te[nr]?)\b[^.\n]{0,60}?"
    r"\b(?:in|of|across|da|de|do|dos|das|en|del|du|des|im|der)\s+(?:the\s+|la\s+|le\s+)?$",
    re.IGNORECASE,
)


# "DevGrid is a Full Stack software development company based in the United Kingdom": where the employer sits, not
# where a remote job may be done.
_COMPANY_SEAT = re.compile(
    r"\b(?:company|firm|startup|start-up|agency|business|consultancy|organi[sz]ation|studio|provider|group|empresa"
    r"|companhia|compañía|société|entreprise|unternehmen"
    # an organisation's legal name before its seat: "Bedros International Group LtD, located in ... Valencia" (unseen32)
    r"|ltd\.?|llc|inc\.?|gmbh|limited)\s*,?\s+$",
    re.IGNORECASE,
)
# "backed by leading Silicon Valley venture capital firms" (unseen9): where the investors sit, not the job.
_BACKER_WORDS = ("backed by", "funded by", "financed by", "invested in by", "supported by")
_BACKERS = re.compile(r"\b(?:backed|funded|financed|invested in|supported)\s+by\b[^.\n]{0,40}$", re.IGNORECASE)
_RANK_CUES = (
    "larg",
    "bigg",
    "lead",
    "top",
    "best",
    "fastest",
    "maior",
    "mayor",
    "lider",
    "líder",
    "principa",
    "plus grand",
    "premier",
    "grö",
    "gross",
)


_CONDITION_WORD_CUES = Cues(_CONDITION_WORDS)
_RANK_CUE_WORDS = Cues(_RANK_CUES)
_BACKER_CUES = Cues(_BACKER_WORDS)


def _description_places(out: RegionResult, description: str) -> None:
    head = without_team_places(description[:6000], out.remote)  # the team's and a remote job's seat
    head = without_corporate_places(head)  # a listing's, an incorporation's place ("在美国上市")
    head = without_customer_places(head)  # "even if those customers live outside the U.S.": the market
    head = without_cloud_services(without_market_places(head))  # markets, investors, partners, press; "AWS (Athena)"
    head = without_currency_codes(head)  # "US$238 million" is money (currency_codes.py)
    head = without_declined_questions(head)  # "Is this position based in the USA?\n\nNo, it's international."
    low = lowered(head)  # made once per description (text.lowered): ~60 us for 2 KB beyond ASCII
    hints = [_DESC_HINT, _CONDITION_HINT] if holds_any(low, _CONDITION_WORD_CUES) else [_DESC_HINT]
    for match in (m for hint in hints for m in gates.finditer_at(hint, _HINT_STARTS[hint], head)):
        if out.remote and _COMPANY_SEAT.search(head, max(0, match.start() - 40), match.start()):
            continue  # a remote job's "company based in the United Kingdom" is the employer's seat (unseen15)
        if _IF_CUE.search(head, max(0, match.start() - 24), match.start()):
            continue
        loc = locate(match.group(1))
        if loc.regions:
            out.add("description", match.group(1), loc)
    if out.regions or out.remote:
        out.confidence = 0.6 if out.regions else out.confidence
        return  # a remote job's office addresses restrict nothing
    loc = cjk_places(head, global_words=False)
    if loc.countries or loc.regions:
        out.add("description", " ".join(loc.places[:5]), loc)
    if not out.regions and not low.isascii():
        loc = indic_places(head)  # "বেঙ্গালুরুতে" (indic_places.py)
        if loc.countries:
            out.add("description", " ".join(loc.places[:5]), loc)
    for chunk, place in countries_within(head[:2000], out.regions) if out.regions and not out.countries else ():
        out.add("description", chunk, place)  # "リモート (北米)、SF、NYC": the cities' country (listed_countries.py)
    if not out.regions:
        for name, loc in office_places(head[:2000]):
            out.add("description", name, loc)
    lead = without_footprint(head[:2000]) if not out.regions else ""  # a group's "present in France and China"
    if lead:
        _named_places(out, lead)
    if not out.regions:
        whole = "\u0130" not in lead  # then the cut is a prefix of low: a cue in it is in low (one pass over low)
        cut = low[:2000] if whole else lead.lower()  # "İ" -> "i̇" alone changes a length
        # cheap tests first: most texts rank nothing
        ranks = (not whole or holds_any(low, _RANK_CUE_WORDS)) and any(cue in cut for cue in _RANK_CUES)
        backers = (not whole or holds_any(low, _BACKER_CUES)) and any(w in cut for w in _BACKER_WORDS)
        for found in _CAPITALIZED.finditer(lead):
            chunk = found.group(0)
            loc = locate_in_text(chunk)  # cached per chunk; most capitalized words place nothing: tested first
            if not (loc.countries or loc.regions):
                continue
            at = found.start()
            if ranks and gates.rank_end_possible(lead, at, 80) and _RANK_SCOPE.search(lead, max(0, at - 80), at):
                continue  # "o maior marketplace ... da América Latina" ranks the employer, it places no job
            if backers and gates.backers_possible(lead, at, 60) and _BACKERS.search(lead, max(0, at - 60), at):
                continue  # "backed by leading Silicon Valley venture capital firms": the investors' place
            out.add("description", chunk, LocationResult(loc.countries, loc.regions, False, loc.places))
    if out.regions:
        out.confidence = 0.5


def _named_places(out: RegionResult, lead: str) -> None:
    """Before the big-city scan: the employer institution's town, else a list of places in 2+ countries."""
    for name, loc in institution_places(lead):
        out.add("description", name, loc)
    for found in TEXT_LIST.finditer(lead) if not out.regions and "," in lead else ():
        if items := list_items(found.group(0)):
            out.add("description", found.group(0), locate(", ".join(items)))


def _timezone_condition(out: RegionResult, description: str) -> None:
    """No place anywhere: a working-hours condition ("within UTC+/-3 hours", "overlap with EST") gives the region."""
    regions, sentence = timezone_regions(description)
    if regions:
        out.add("description", sentence, LocationResult((), tuple(sorted(regions)), False, ()))
        out.confidence = 0.5


def _title_places(out: RegionResult, title: str) -> None:
    """Places named in a title: "Sales Director, Japan", "Engineer - EMEA Remote", "Deal Strategist - CDMX".

    Only when the location names no concrete place: a location's region word ("Remote - EU") may be narrowed or
    widened by the title, a city or country in the location may not ("Remote, AMER" in New York stays the US).
    """
    adds, remote = title_findings(title, bool(out.countries))
    for raw, loc in adds:
        out.add("title", raw, loc)
    if remote:
        out.remote = True


def _region_word_keys() -> frozenset[str]:
    from talentintel.tagging.gazetteer import gazetteer

    return frozenset(gazetteer().region_words)


def text_regions(text: str) -> RegionResult:
    """Regions named in free text (announcements): capitalized place names, countries and region words."""
    out = RegionResult()
    for chunk in _CAPITALIZED.findall(text or ""):
        loc = locate_in_text(chunk)
        if loc.countries or loc.regions:
            out.add("text", chunk, LocationResult(loc.countries, loc.regions, False, loc.places))
    if out.regions:
        out.confidence = 0.7
    return out
