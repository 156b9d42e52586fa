"""Rules added for issue 13's funds17 batch (deal kind, fund manager, fund size, debt rounds), each checked on the real
text that showed the miss and on a SYNTHETIC variant written to pin the same grammar with other names.

Real texts are read by id from tests/fixtures/funding/tuning_funds17.jsonl (PROVENANCE.md cites each page). Every
input written here is marked SYNTHETIC.
"""

from __future__ import annotations

import pytest

from talentintel.funding import parse_deals
from talentintel.funding.fund_manager_phrases import phrase_manager
from talentintel.funding.fund_size_phrases import decided_size
from talentintel.funding.fund_starts import starts_fund
from talentintel.funding.kind import other_reason
from tests.funding.tuning_texts import assert_fund as _fund
from tests.funding.tuning_texts import tuning_deals

# --- kind_fund_events: fund news that raises nothing -----------------------------------------------------------------


@pytest.mark.parametrize(
    "item_id",
    [
        "f17-innovationamerica-covington-vengrowth-merger",  # "won approval to combine with five ... funds"
        "f17-ceobusinessafrica-fmo-ezdehar-ii",  # "has invested US$20 million in Ezdehar Mid-Cap Fund II"
        "f17-forbespt-portugal-ventures-fiep-wound-up",  # "fechou o FIEP, um fundo ... criado em 2004"
        "f17-cryptofreepress-contents-protocol-shutdown",  # "will return 26,877 Ether ... to holders"
        "f17-elconfidencial-brain-vc-fund-liquidated",  # "liquida el primer 'venture capital'"
        "f17-pauta-chile-fondo-de-fondos-bill",  # "busca recaudar US$ 200 millones"
        "f17-pblc-kptl-bossanova-fip-offer",  # "fará oferta pública"
        "f17-theonlinereport-veteran-fund-target",  # "Aims for $50M Fund", "Targeting a sum of $50M"
        "f17-rponline-gabriel-wachstumsfonds-plan",  # "Minister Gabriel will Millionenfonds für Start-ups"
        "f17-bisnis-merah-putih-fund-permit",  # "belum memproses perizinan"
    ],
)
def test_fund_event_without_raise_is_other_real(item_id: str) -> None:
    assert tuning_deals(item_id)[0].kind == "other"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # SYNTHETIC
        (
            "Northgate Growth Fund Inc. said Monday it agreed to combine with three Redwood Capital funds.",
            "acquisition",
        ),
        # SYNTHETIC
        (
            "The Nordic Development Bank has invested US$15 million in Sahel Growth Fund III, a fund run by Sahel "
            "Partners.",
            "lp commitment",
        ),
        # SYNTHETIC
        (
            "A agência pública fechou o FINOVA, um fundo de capital de risco criado em 2006 com 40 milhões de euros.",
            "shutdown",
        ),
        # SYNTHETIC
        ("The project Lumen Chain will return 12,000 Ether ($3 million) to holders of its LMN token.", "shutdown"),
        # SYNTHETIC
        ("La gestora Nova liquida su vehículo de inversión en robótica tras dos años.", "shutdown"),
        # SYNTHETIC
        ("El ministerio presentó un proyecto que busca recaudar US$ 100 millones para startups.", "not closed"),
        # SYNTHETIC
        ("A gestora Aurora fará oferta pública de R$ 80 milhões para o seu novo fundo.", "not closed"),
        # SYNTHETIC
        (
            "Climate-focused VC Aims for $30M Fund\nTargeting a sum of $30M, the fund plans to invest in 20 startups.",
            "not closed",
        ),
        # SYNTHETIC
        ("Ministerin Weber will Milliardenfonds für Gründer\nDie Ministerin nannte erstmals Details.", "not closed"),
        # SYNTHETIC
        ("OJK belum memberikan izin untuk Garuda Fund karena dokumen belum lengkap.", "not closed"),
        # SYNTHETIC
        ("The Harbor Fund has yet to receive a licence from the regulator, its sponsor said.", "not closed"),
    ],
)
def test_fund_event_without_raise_is_other_synthetic(text: str, reason: str) -> None:
    assert other_reason(text) == reason


def test_launched_fund_that_seeks_money_is_no_plan_synthetic() -> None:
    # SYNTHETIC: a fund launched is the news; what it seeks is its target ("lanzó el fondo que busca recaudar").
    text = "El inversor Pablo Ruiz lanzó el fondo que busca recaudar US$ 300 millones para startups de la región."
    assert other_reason(text) is None


# --- fund_starts: a fund closed, set up or launched -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC
        "Il Fondo Alpha Tech ha effettuato la chiusura della raccolta a 90 milioni di euro.",
        # SYNTHETIC
        "Orion Gestion annonce le premier closing pour un montant de 80 millions d’euros du fonds Orion Impact I.",
        # SYNTHETIC
        "Le fonds d’investissement spécialisé dans la santé (cliniques, etc.) vient de réaliser une levée de 150 "
        "millions d’euros.",
        # SYNTHETIC
        "Hessen legt einen neuen Wagniskapitalfonds auf, um Gründer zu unterstützen.",
        # SYNTHETIC
        "Chalmers Tekniska Högskola, CTH, startar en egen riskkapitalfond för unga bolag.",
        # SYNTHETIC
        "The Ohio State University Board of Trustees has approved a university-managed venture capital fund.",
        # SYNTHETIC
        "The Thai Chamber of Commerce is establishing a 2 billion baht fund with three banks.",
    ],
)
def test_fund_start_phrases_synthetic(text: str) -> None:
    assert starts_fund(text)


def test_round_is_no_fund_start_synthetic() -> None:
    # SYNTHETIC: a company's round says none of the fund phrases.
    assert not starts_fund("Acme lève 10 millions d’euros auprès de Serena pour recruter 40 ingénieurs.")


# --- fund_manager_phrases and fund_size_phrases: the manager and amount of those funds ------------------------------


@pytest.mark.parametrize(
    ("item_id", "company", "amount"),
    [
        ("f17-economyup-fondo-dei-fondi-vc-final-close", "Fondo Italiano d’Investimento SGR", None),  # "gestito dal"
        ("f17-zonebourse-amiral-acs-debt-fund-first-closing", "Amiral Gestion", 124293785.31),  # "annonce le premier"
        ("f17-decideurs-montefiore-240m", "Montefiore", 271186440.68),  # "Montefiore lève 240 millions"
        ("f17-eirventures-first-close-interview", "Eir Ventures", 89907950.82),  # "the first close of Eir Ventures"
        ("f17-butterfly-fund-iv-first-closing", "Butterfly Ventures", 49509800.31),  # "our new ... fund", "partner of"
        ("f17-vcmagazin-wellington-iv-first-closing", "Wellington Partners", None),  # "für Wellington Partners IV"
        ("f17-tonline-bw-startup-fund-mbg", "Mittelständische Beteiligungsgesellschaft Baden-Württemberg", 41404977.35),
        ("f17-etn-kth-seed-capital-127m-sek", "Kungliga Tekniska Högskolan", 12937295.88),  # "miljoner kronor"
        ("f17-mbelr-umich-mints-25m", "University of Michigan", 25000000.0),  # not the $7.8 billion endowment
        ("f17-nationthailand-fti-innovation-one-fund", "Federation of Thai Industries", 28748767.4),  # baht
    ],
)
def test_fund_manager_and_size_real(item_id: str, company: str, amount: float | None) -> None:
    _fund(tuning_deals(item_id), company, amount)


def test_target_volume_is_no_size_real() -> None:
    # "Das Zielvolumen liegt bei 120 Mio. EUR", a first closing's only figure: relabeled EUR 120M by the fund-amount
    # convention of session 22 (fund22; the target is the figure when nothing closed is stated).
    assert tuning_deals("f17-vcmagazin-wellington-iv-first-closing")[0].amount_usd == pytest.approx(
        135_332_495.02
    )  # EUR 2025 at the ECB row (money_f23)


@pytest.mark.parametrize(
    ("text", "manager"),
    [
        # SYNTHETIC
        ("Il veicolo è gestito dalla Beta Capital SGR. Secondo la nota, il fondo è chiuso.", "Beta Capital SGR"),
        # SYNTHETIC
        (
            "Das Fondsmanagement übernimmt die Beteiligungsgesellschaft Hessen. Gründer erhalten Kapital.",
            "Beteiligungsgesellschaft Hessen",
        ),
        # SYNTHETIC
        (
            "Orion Gestion annonce le premier closing pour un montant de 80 millions d’euros du fonds Orion I.",
            "Orion Gestion",
        ),
        # SYNTHETIC
        ("Carlisle lève 150 millions d’euros\nLe fonds vient de réaliser sa levée.", "Carlisle"),
        # SYNTHETIC
        ("We reached the first close of Lindqvist Ventures in May. Obviously the road was long.", "Lindqvist Ventures"),
        # SYNTHETIC
        ("First Closing für Alpen Partners III Medtech\n\nDer Fonds investiert in Europa.", "Alpen Partners"),
        # SYNTHETIC
        (
            "The Thai Chamber of Commerce is establishing a 2 billion baht fund with three banks.",
            "Thai Chamber of Commerce",
        ),
        # SYNTHETIC
        (
            "Chalmers Tekniska Högskola, CTH, startar en egen riskkapitalfond för unga bolag.",
            "Chalmers Tekniska Högskola",
        ),
        # SYNTHETIC
        (
            "The Ohio State University Board of Trustees has approved a university-managed venture capital fund.",
            "Ohio State University",
        ),
        # SYNTHETIC
        (
            "We are pleased to announce the first closing of 30 million euros of our new seed fund. “It is a milestone,” "
            "said Anna Berg, founder and partner of Fjord Ventures.",
            "Fjord Ventures",
        ),
    ],
)
def test_phrase_manager_synthetic(text: str, manager: str) -> None:
    assert phrase_manager(text) == manager


def test_decided_size_synthetic() -> None:
    # SYNTHETIC: what is gathered so far over the planned volume; a target volume alone is no size; an endowment
    # is not the fund carved from it.
    gathered = "Von geplanten 80 Millionen Euro seien bisher 30 Millionen Euro bei Banken eingesammelt worden."
    decided, money = decided_size(gathered)
    assert decided and money is not None and money.amount == 30e6 and money.currency == "EUR"
    assert decided_size("First Closing für Alpen Partners III\n\nDas Zielvolumen liegt bei 90 Mio. EUR.") == (
        True,
        None,
    )
    decided, money = decided_size("Part of the $6 billion endowment, the $20 million fund will invest in spinouts.")
    assert decided and money is not None and money.amount == 20e6
    assert decided_size("Acme Ventures closed its $50 million second fund.") == (False, None)


# --- round_loan_of: a loan named before its amount -------------------------------------------------------------------


def test_loan_before_amount_is_debt_real() -> None:
    assert tuning_deals("f17-observerbd-lankabangla-blueorchard-loan")[0].round == "debt"


def test_loan_before_amount_is_debt_synthetic() -> None:
    # SYNTHETIC
    text = "Delta Microfinance Limited, a lender in Nepal, has received a loan of $10 million from Alpha Impact Fund."
    assert parse_deals(text)[0].round == "debt"
