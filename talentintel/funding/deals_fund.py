"""The fund path of `parse_deals`: whether a part announces a fund, and the fund `Deal` it gives (manager, fund name,
size). `deals` tells the kinds apart and cuts the parts; this module builds a fund part's deal.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding import cjk, fund_manager_ranker
from talentintel.funding.fund_administered import administrator, headline_fund_np
from talentintel.funding.fund_apposed_name import apposed_fund, manager_in_name
from talentintel.funding.fund_cjk_ceremony import ceremony_fund
from talentintel.funding.fund_cjk_issue import announces_new_issue
from talentintel.funding.fund_cjk_operator import clause_fragment, named_operator, topic_firm
from talentintel.funding.fund_cjk_sponsors import FUND_FORMED, sponsor_manager
from talentintel.funding.fund_closes import aimed_only, closed_so_far
from talentintel.funding.fund_closes_intl import closes_fund
from talentintel.funding.fund_closings import closing_told
from talentintel.funding.fund_commitments import fund_received_commitments
from talentintel.funding.fund_corpus import corpus_raised
from talentintel.funding.fund_described_intl import described_manager
from talentintel.funding.fund_details import fullest_name, fund_details, is_cjk_fund
from talentintel.funding.fund_firm_sets_up import headline_fund_owner
from talentintel.funding.fund_late_lede import late_fund
from talentintel.funding.fund_launched_by import financed_by, launched_by
from talentintel.funding.fund_launches_intl import launch_manager, launches_fund, sized_fund_owner
from talentintel.funding.fund_lede_subject import lede_subject
from talentintel.funding.fund_lp_lede import joint_fund_size, lp_backs_fund, lp_fund_owner
from talentintel.funding.fund_lp_stake import past_stake
from talentintel.funding.fund_manager_grammar import grammar_manager
from talentintel.funding.fund_manager_intl import intl_manager
from talentintel.funding.fund_manager_phrases import phrase_manager
from talentintel.funding.fund_manager_place import without_home_town
from talentintel.funding.fund_manager_repair import repaired
from talentintel.funding.fund_nl import dutch_fund_manager, dutch_fund_size
from talentintel.funding.fund_public_launch import launched_with_capital
from talentintel.funding.fund_roles import announces as announces_in_form
from talentintel.funding.fund_roles import first_firm, form_manager, role_manager, title_author
from talentintel.funding.fund_size import fund_size, is_aum, planned_size
from talentintel.funding.fund_size_phrases import decided_size
from talentintel.funding.fund_starts import starts_fund
from talentintel.funding.fund_target_fallback import share_committed, stated_target
from talentintel.funding.fx import to_usd
from talentintel.funding.kind import is_fund, opening
from talentintel.funding.money import find_money, round_amount
from talentintel.funding.names import drop_tickers
from talentintel.funding.types import Deal

_TARGET = re.compile(r"\s?-?\s?(?:targeted|target\b|goal\b|hard[- ]cap)", re.IGNORECASE)


def _rule_manager(part: str, dutch: str | None) -> tuple[str | None, str | None]:
    """The rules' fund manager and fund name; `dutch` is the part's `dutch_fund_manager`, read once per part."""
    manager, fund_name = fund_details(part)
    # A role ("gestionado por", "由X作为基金管理人", "운용은 X가 맡았다") names the manager over a sponsor in the subject
    # (fund_roles; tuning_funds15 fund company 0.312 on first look).
    # ... and a phrase that names the manager ("gestito dal", "annonce le premier closing", fund_manager_phrases).
    ruled = (
        dutch
        or role_manager(part)
        or administrator(part)  # "the French Development Agency (AFD) — who will administer the new fund"
        or phrase_manager(part)
        # "launched by X", "Promosso da X", "confiée à X", "a ... fund manager" (fund_manager_grammar)
        or grammar_manager(part)
        or form_manager(part)
        or title_author(part)
        or launched_by(part)  # "the launch of a Ksh5 billion ... fund by Nairobi City County" (fund_launched_by)
        or financed_by(part)  # "a $100 million initiative financed by Menlo" (fund_launched_by)
    )
    manager = ruled or repaired(manager, part)
    # "célébrer le lancement d'un fonds ... sera géré par Partech Ventures": a launch's manager by its role, before the
    # launching subject (hs12-hec-paris-saclay-seed-fund-50m-fr, fund56).
    manager = manager or (intl_manager(part) if launches_fund(part) else None)
    manager = launch_manager(part, manager)  # "CMT Digital cerró su cuarto fondo"
    owner = headline_fund_owner(part)  # "Factorial’s $25M ... Fund": Factorial Capital, in full (fund_firm_sets_up)
    owned = (fullest_name(owner, part) if owner else None) or sized_fund_owner(part)  # "fundo de US$ 500 milhões da X"
    return manager or owned or first_firm(part), fund_name


def fund_manager_rules(part: str) -> str | None:
    """The fund path's manager of a Latin-script part before any learned choice (the ranker's "rules chose this")."""
    part = drop_tickers(part)
    return _rule_manager(part, dutch_fund_manager(part))[0]


def fund_deal(part: str, published: date | None, announced: date | None) -> Deal:
    # "Cisco (NASDAQ: CSCO) ha lanzado un fondo": the ticker is no manager
    sized = _fund_deal(drop_tickers(part), published, announced)
    deal = sized.deal
    # "closes with €30 million backing from EIF ... the closing of BGV IV at €140 million": an LP's stake read as the
    # size gives way to the fund's own closing (fund_lp_stake).
    native, currency = sized.native, deal.currency
    if native is not None and currency and deal.amount_original and (own := past_stake(part, native, currency)):
        sized.set(own.amount, own.currency, own.original)
    return deal


class _Sized:
    """A fund deal and its size: `set` puts the amount on the deal (US dollars at the year's rate, its currency, its
    words as written) and keeps the amount in its own currency, so `fund_deal` reads the number it was given instead
    of parsing the words again."""

    def __init__(self, deal: Deal, when: int | None) -> None:
        self.deal, self.when = deal, when
        self.native: float | None = None

    def set(self, amount: float, currency: str, original: str | None) -> None:
        usd = to_usd(amount, currency, self.when)
        self.deal.amount_usd = round(usd, 2) if usd is not None else None
        self.deal.currency, self.deal.amount_original = currency, original
        self.native = amount


def _fund_deal(part: str, published: date | None, announced: date | None) -> _Sized:
    dutch = dutch_fund_manager(part)
    manager, fund_name = _rule_manager(part, dutch)
    if cjk.has_cjk(part):
        # "ファンドの運営や管理は…静岡キャピタルが担う": the role names the manager over the sponsors (fund_cjk_operator).
        manager = named_operator(part) or manager
    manager = manager or intl_manager(part)  # "gestionado por N+1 Capital Privado" (fund_manager_intl)
    # "Lagos-based Ventures Platform , one of ..., has raised $64 million so far for its second fund": the lede's
    # subject when no reader named one (fund_lede_subject; fund85).
    if manager is None and (subject := lede_subject(part) or described_manager(part)):
        # ... or "die Venture Capital Gesellschaft Alpha Intelligence" in a profile's later paragraph (fund85).
        manager = fullest_name(subject, part)
    # "for Paradigm One, their first venture capital fund": the fund's name, and the firm it carries (fund85).
    fund_name = fund_name or apposed_fund(part)
    manager = manager or manager_in_name(fund_name, part)
    # "Rabobank steekt geld in een tweede investeringsfonds van Innovation Industries": the firm whose fund an LP
    # joins, or the LP itself in "a joint $400 million fund" (fund_lp_lede).
    manager = manager or lp_fund_owner(part)
    if not cjk.has_cjk(part):
        # setting funding_fund_manager; default: hybrid (session 23)
        manager = fund_manager_ranker.choose(part, manager)
    # "DACE Ventures of Waltham": the firm, not its town (fund_manager_place).
    deal = Deal(kind="fund", company=without_home_town(manager), fund_name=fund_name, announced_on=announced)
    day = announced or published
    sized = _Sized(deal, day.year if day else None)
    # "bisher 35 Millionen Euro ... eingesammelt", a target volume or an endowment first (fund_size_phrases).
    decided, own = (False, None) if cjk.has_cjk(part) else decided_size(part)
    if decided:
        if own is not None:
            sized.set(own.amount, own.currency, own.original)
        elif (aim := stated_target(part)) is not None:  # a target volume alone is the figure (fund_target_fallback)
            sized.set(aim.amount, aim.currency, aim.original)
        return sized
    # "the first close of its INR 500 Cr ... Fund II at INR 250 Cr": the close, not the size planned (fund_closes);
    # "committed about half of the targeted $150 million": a share in hand (fund_target_fallback, fund22).
    size = closed_so_far(part) or share_committed(part) or fund_size(part)
    # "committed $200 million as part of a joint $400 million fund": the fund's size, not the investor's share, which
    # the size readers take first (fund_lp_lede).
    if (joint := joint_fund_size(part)) is not None:
        sized.set(joint.amount, joint.currency, joint.original)
        return sized
    if dutch:
        # A Dutch fund's size only from its own phrase, not a bitcoin purchase told for context (fund_nl).
        size = dutch_fund_size(part)
        if size is None:
            return sized
    if size is not None or cjk.has_cjk(part):
        if size is not None:
            sized.set(size.amount, size.currency, size.original)
        if cjk.has_cjk(part):
            _merge_cjk_fund(sized, part, False)
            _target_when_unsized(sized, part)  # "最終規模は100億円を目指す" alone (fund_target_fallback)
        return sized
    best = round_amount(part)
    # A fund's target is not its size: "$650 million first and final close ... the $600 million-targeted vehicle".
    mentions = [m for m in find_money(part) if not _TARGET.match(part, m.end) and not is_aum(part, m)]
    money = (best[1] or best[0]) if best else None
    if money is None or is_aum(part, money):
        money = mentions[0] if mentions else None  # the firm's assets under management are not the fund
    elif mentions and _TARGET.match(part, money.end):
        money = mentions[0]  # the round reader's pick is the target: the first mention that is no target
    if money is not None and (aimed_only(part, money) or planned_size(part, money)):
        # "aiming to secure $10 million": a plan, not a size (fund_closes); "des geplanten Fondsvolumens von 185
        # Millionen Dollar", "zwischen 300 und 400 Millionen Euro" (fund_size, fund85): read by fund_size as no size,
        # they must not come back through this fallback.
        money = None
    if money is not None:
        sized.set(money.amount, money.currency, money.original)
    if cjk.has_cjk(part):
        _merge_cjk_fund(sized, part, money is None)
    # Nothing committed or sized: the stated target, as the fund-amount convention reads it (fund_target_fallback).
    _target_when_unsized(sized, part)
    return sized


def _target_when_unsized(sized: _Sized, part: str) -> None:
    deal = sized.deal
    if deal.amount_usd is None and deal.currency is None and (aim := stated_target(part)) is not None:
        sized.set(aim.amount, aim.currency, aim.original)


def _merge_cjk_fund(sized: _Sized, part: str, amount_missing: bool) -> None:
    """CJK fund text: the manager before its particle or verb, the size said as 규모/规模 when none was read."""
    deal, found = sized.deal, cjk.fund(part)
    # "由上海国盛集团、临港集团…联合发起设立": the sponsor that manages funds, before the subject rule's reading.
    # "事業者や", "農業法人向け投資ファンドの": a clause's piece ending on a particle is no manager (fund_cjk_operator).
    deal.company = deal.company or sponsor_manager(part) or (None if clause_fragment(found.company) else found.company)
    deal.company = deal.company or topic_firm(part)  # "盛岡信用金庫は…ファンドを設立する" (fund_cjk_operator)
    if amount_missing and found.amount is not None and found.currency:
        sized.set(found.amount, found.currency, found.original)


def announces_fund(text: str) -> bool:
    return (
        is_fund(text)
        or is_cjk_fund(text)
        or announces_new_issue(opening(text, 4))
        or headline_fund_np(text)  # "Breaking down France’s new $76M Africa startup fund" (fund_administered)
        or bool(FUND_FORMED.search(opening(text, 4)))  # "…基金合伙企業(有限合伙)成立,出資額高達600.6億元"
        or announces_in_form(text)
        or fund_received_commitments(text)  # "the ... Infrastructure Fund has already received $5B in commitments"
        or starts_fund(text)  # "ha effettuato la chiusura della raccolta", "legt einen ... Fonds auf" (fund_starts)
        or closes_fund(text)  # "ha chiuso la raccolta del secondo fondo", "закрыл фонд" (fund_closes_intl)
        or closing_told(text)  # "completed a successful first closing", "il primo closing di" (fund_closings)
        or launches_fund(text)  # "cerró su cuarto fondo", "Druhý fond X již získal" (fund_launches_intl)
        or dutch_fund_manager(opening(text)) is not None  # "nieuwe investeerder X krijgt de steun van" (fund_nl)
        or launched_by(text) is not None
        or late_fund(text, is_fund)  # a commentary's lede, then "X has raised $7B for a new fund" (fund_late_lede)
        or corpus_raised(text)  # "closed its maiden fund with a corpus of ₹175 Cr" (fund_corpus)
        or ceremony_fund(text)  # "举行了上海市人工智能产业投资基金签约仪式" (fund_cjk_ceremony)
        or lp_backs_fund(text)  # "Rabobank steekt geld in een tweede investeringsfonds van X" (fund_lp_lede)
        # "se dote d'un fonds de 400 millions", "发起设立了…基金,首期规模" (fund_public_launch)
        or launched_with_capital(text)
    )
