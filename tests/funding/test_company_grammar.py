"""Company selection across languages (issue 13): real texts read by id from
tests/fixtures/funding/tuning_batch6.jsonl, and SYNTHETIC sentences that show each rule on its own."""

import json
from pathlib import Path

import pytest

from talentintel.funding import parse_deals
from talentintel.funding.company import find_company
from talentintel.funding.investors import normalize_company
from tests.funding.tuning_texts import tuning_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "funding"


_text = tuning_text


@pytest.mark.parametrize(
    ("item_id", "company"),
    [
        ("fusoes-terradot-a", "Terradot"),  # "a startup Terradot quer adotar ..."
        ("folha-cargox", "CargoX"),  # "A start-up brasileira CargoX, que ..., anunciou ter recebido"
        (
            "brasilagro-monarch",
            "Monarch Tractor",
        ),  # "a Monarch Tractor, com sede em Livermore, na Califórnia, anunciou"
        ("repubblica-genenta", "Genenta Science"),  # "finanziamento raccolto da Genenta Science"
        ("ilsole24ore-startupitalia", "StartupItalia"),  # "deliberato a fine aprile da StartupItalia"
        ("forbesec-shield-seed", "Shield"),  # "Shield acaba de anunciar que recaudó"
        ("zeitenvogel-muenchen-tubulis", "Tubulis"),  # "stockt Tubulis seine Series C ... auf"
        (
            "startupinsider-isar",
            "Isar Aerospace",
        ),  # "das deutsche Raumfahrt-Startup Isar Aerospace hat ... eingeworben"
        ("databrief-helsing-d", "Helsing"),  # "Der Drohnenhersteller Helsing, ein ..., hat ... gesammelt"
        ("pharmaletter-signature", "Signature BioScience"),  # "X of the USA, a ...company ..., has raised"
        ("thespoon-starship-seed", "Starship Technologies"),  # "X, makers of ..., announced"
        (
            "heralddiary-botcompany",
            "The Bot Company",
        ),  # a founder "secured $150 million ... for his robotics startup, X"
        ("cryptonews-blast-20m", "Blast"),  # the founder raised; "launch Blast, a new layer-2 network"
        ("coinnewsextra-yield-seed", "Yield Protocol"),  # "Niemberg also announced that Yield Protocol has received"
        (
            "econtentmag-mcg",
            "Media Convergence Group",
        ),  # "Dec 11, 2009\n\nThe Media Convergence Group": no line-spanning name
        ("ellemorrill-firstparty-seed", "Firstparty"),  # "Seed Funding for Firstparty"; "I" is no company
        ("adityabansod-luma-b", "Luma Health"),  # "We’ve raised $16M for Luma Health’s B Round"
        ("pocketgamer-animoca-50m", "Animoca Brands"),  # a known investor announcing its own funding
        ("snackfax-ptal-a", "P•TAL"),  # "Handcrafted Metalware Brand P•TAL"
        ("cqonews-blast", "Blast"),  # "Blur Founder Launches New Layer 2 Network Blast": a founder is a person
        (
            "platum-bearrobotics-seed",
            "베어로보틱스",
        ),  # Korean object of 투자: "베어로보틱스(...)에 200만 달러(...)를 투자했다"
        ("cstimes-afreeca-freecs", "아프리카 프릭스"),  # "아프리카TV는 프로게임단 '아프리카 프릭스'가 ... 투자받았다고"
        ("workstyle-sakana-200oku", "Sakana AI"),  # "日本のAIスタートアップSakana AIが"
        ("venturesquare-jp-23seiki-seed", "23世紀の子供たち"),  # "…スタートアップ23世紀の子供たちは…投資を誘致"
        # batch6b (gathered after the rules above; fixed after its first score):
        ("segundoasegundo-clip", "Clip"),  # "La empresa emergente de pagos mexicana Clip se ha convertido"
        ("acessa-trampay", "Trampay"),  # "A Trampay ainda recebeu um investimento"
        (
            "scrip-viela-a",
            "Viela Bio",
        ),  # "MedImmune Spinout Viela Lands $250m Series A", then "Viela Bio, a new company"
        ("fundinno-mescuejanusys", "メスキュージェナシス"),  # a line holding only "メスキュージェナシス株式会社"
    ],
)
def test_batch6_company(item_id: str, company: str) -> None:
    got = parse_deals(_text(item_id))[0].company
    assert got and normalize_company(got) == normalize_company(company)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        # SYNTHETIC: German verb-second after a fronted phrase.
        ("Im April sammelt Kolibri Robotics rund 5 Millionen Euro ein.", "Kolibri Robotics"),
        # SYNTHETIC: German verb-final with a compound description before the name.
        ("Das Kölner Logistik-Startup Fahrwerk hat 3 Millionen Euro eingeworben.", "Fahrwerk"),
        # SYNTHETIC: Romance article + description + adjective + name, then a relative clause.
        (
            "Nesta semana, a fintech mineira Pagali, que atende pequenos lojistas, anunciou um aporte de R$ 10 milhões.",
            "Pagali",
        ),
        # SYNTHETIC: Italian passive agent; "guidato da" would be the lead, not the raiser.
        ("Il round da 4 milioni, guidato da Primo Ventures, è stato annunciato ieri da Bioverde.", "Bioverde"),
        # SYNTHETIC: a person's appositive holds the company they founded before, not the raiser.
        (
            "Jane Roe, the founder of payments company Paylane, has raised $8 million for her new startup, Orbital Kitchens.",
            "Orbital Kitchens",
        ),
    ],
)
def test_grammar_synthetic(body: str, company: str) -> None:
    assert find_company("", body) == company


def test_an_object_after_a_preposition_is_not_the_romance_subject() -> None:
    # SYNTHETIC: "para a startup X" is who a round is for, reported as sought; the rule reads clause-initial subjects.
    assert (
        find_company("", "A Sequoia teria entrado numa rodada para a startup de IA Claudia, segundo a imprensa.")
        != "Claudia"
    )


def _any_text(item_id: str) -> str:
    for path in sorted(FIXTURES.glob("tuning_*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            if row["id"] == item_id:
                return row["text"]
    raise KeyError(item_id)


@pytest.mark.parametrize(
    ("item_id", "company"),
    [
        ("t3n-movinga-17m", "Movinga"),  # "Movinga: Investoren pumpen 17 Millionen Euro in ...", named again below
        ("wiwo-woche-outfittery", "Outfittery"),  # "Den Start machte am Montag das Start-up Outfittery."
        ("polesocietes-mistral-c", "Mistral AI"),  # "- Mistral AI (IA générative), 1,7 Md€ en Série C"
        ("medium-bac-paradigm", "Paradigm"),  # "Polychain Leads Paradigm Seed Round": a known investor's name as object
        ("sustainabl-ineffable", "Ineffable Intelligence"),  # "David Silver, one of the most respected researchers"
        ("bestcrypto-dmm-tokensale", "DeFi Money Market"),  # "an ecosystem called the DeFi Money Market."
    ],
)
def test_earlier_tuning_company(item_id: str, company: str) -> None:
    got = parse_deals(_any_text(item_id))[0].company
    assert got and normalize_company(got) == normalize_company(company)


def test_a_newsletter_title_before_a_colon_is_no_company() -> None:
    # SYNTHETIC: the title is never named again, so it is not the raiser.
    assert (
        find_company("Startup Wire: Kolibri raises $5 million", "Kolibri raised $5 million from Acme Ventures.")
        == "Kolibri"
    )


def test_a_nameless_raise_is_the_named_raise_told_first() -> None:
    # fintechtakes-kennek-seed: "A London-based fintech infrastructure company raised a seed round:" then
    # "Kennek has raised $12.5 million in a seed funding round": one deal, Kennek's.
    deals = parse_deals(_text("fintechtakes-kennek-seed"))
    assert [d.company for d in deals] == ["Kennek"]


def _devset_text(item_id: str) -> str:
    for path in [FIXTURES / "devset.jsonl", *sorted(FIXTURES.glob("tuning_*.jsonl"))]:
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            if row["id"] == item_id:
                return row["text"]
    raise KeyError(item_id)


@pytest.mark.parametrize(
    ("item_id", "companies"),
    [
        # "The creators of the open source project vLLM have announced ... a VC-backed startup, Inferact, raising"
        ("dd-inferact-tc", ["Inferact"]),
        # 人工智能平台"小冰公司"宣布已完成A轮融资 (a quoted name keeps its 公司), then a paragraph later
        # "通用人工智能公司启元世界也于同日宣布,已经完成3亿元人民币A轮融资": a second deal after a 。-ended paragraph.
        ("jjckb-xiaoice", ["小冰公司", "启元世界"]),
        # "아프리카 프릭스, … 투자 유치" over "프로게임단 아프리카 프릭스는 … 투자를 유치했다": a two-word Korean name.
        ("datanet-afreeca-freecs", ["아프리카 프릭스"]),
    ],
)
def test_people_of_a_project_quoted_cjk_names_and_two_word_korean_names(item_id: str, companies: list[str]) -> None:
    got = [d.company for d in parse_deals(_devset_text(item_id))][: len(companies)]
    assert got == companies


@pytest.mark.parametrize(
    ("body", "company"),
    [
        # SYNTHETIC: a raise again ("又融资了", "再获").
        ("9月3日,阿克米又融资了。", "阿克米"),
        ("人工智能公司阿克米再获1亿元融资。", "阿克米"),
        # SYNTHETIC: a Korean description before the name is not part of it, even when repeated.
        ("AI 스타트업 아크미는 10억원의 투자를 유치했다. AI 스타트업 아크미는 2020년 설립됐다.", "아크미"),
    ],
)
def test_cjk_synthetic(body: str, company: str) -> None:
    assert parse_deals(body)[0].company == company


def test_english_rules_name_no_cjk_company() -> None:
    # ifuun-sensetime-softbank: the headline "為什麼AI公司都在一邊融資,一邊投資?" is a question, not a raiser.
    assert parse_deals(_devset_text("ifuun-sensetime-softbank"))[0].company == "商湯"


@pytest.mark.parametrize(
    "text",
    [
        # SYNTHETIC: a Business Wire dateline whose wire name was cut as a parenthetical.
        "SAN FRANCISCO--(BUSINESS WIRE)--Kolibri, the leading provider of payroll software, today announced it has "
        "raised $20 million in Series B funding led by Accel.",
        # SYNTHETIC: German verb-second with the money fronted, a round noun after the verb, the money "für" the name.
        "10 Millionen Euro erhält das Berliner Startup Kolibri von Earlybird.",
        "Kolibri schließt Finanzierungsrunde über 5 Millionen Euro ab.",
        "Frisches Kapital für Kolibri: Das Startup erhält 5 Millionen Euro.",
        "Kolibri holt sich 5 Millionen Euro.",
        # SYNTHETIC: French, Portuguese and Italian verbs of raising.
        "Kolibri obtient 5 millions d'euros.",
        "Kolibri décroche 5 millions d'euros.",
        "Kolibri fecha rodada de R$ 50 milhões liderada pela Kaszek.",
        "Kolibri recebe aporte de R$ 10 milhões.",
        "Kolibri incassa 5 milioni di euro.",
    ],
)
def test_wire_datelines_german_and_romance_verbs_synthetic(text: str) -> None:
    assert parse_deals(text)[0].company == "Kolibri"


def test_a_headline_description_before_the_name_the_body_writes() -> None:
    # blockworks-bitlayer-wrap: "Funding Wrap: Franklin Templeton backs Bitcoin L2 Bitlayer" over "First up is
    # Bitlayer."; "Plus, Galaxy Ventures unveils ..." names no "Plus".
    assert parse_deals(_devset_text("blockworks-bitlayer-wrap"))[0].company == "Bitlayer"
    # SYNTHETIC: the whole name is kept when the body writes it whole.
    assert find_company("Sequoia backs Acme Robotics", "Acme Robotics makes arms. Acme Robotics is 3 years old.") == (
        "Acme Robotics"
    )


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # biakelsey-praized: "congratulations to our friend Sebastien Provencher and his Praized Media team for
        # getting $1 million from Garage Ventures Technology Canada".
        (_devset_text("biakelsey-praized"), "Praized Media"),
        # SYNTHETIC: the raiser of "on closing its seed round" after a preposition.
        ("Kudos to Acme Robotics on closing its seed round, led by Sequoia.", "Acme Robotics"),
    ],
)
def test_congratulations_name_the_raiser(text: str, company: str) -> None:
    assert parse_deals(text)[0].company == company


def test_a_flag_between_name_and_verb_is_no_word() -> None:
    # dealflowla-47: "Frota 162 π§π· raised a $423,000 Pre-Seed round" (a flag emoji's bytes read as Greek).
    assert [d.company for d in parse_deals(_devset_text("dealflowla-47"))][:3] == ["Frota 162", "Erathos", "Tera"]
    # SYNTHETIC: the same with the emoji itself.
    assert find_company("", "Kolibri \U0001f1e7\U0001f1f7 raised a $2 million seed round.") == "Kolibri"


def test_a_total_headline_over_named_rounds_keeps_the_first_round() -> None:
    # thutasarpay-ton-drift: "Crypto VC Funding Surges: The Open Network Raises $30M, Drift Protocol Secures $25M",
    # then "The Open Network (TON) ... has successfully raised $30 million in fresh venture capital".
    got = [(d.company, d.amount_usd) for d in parse_deals(_devset_text("thutasarpay-ton-drift"))]
    assert got[:2] == [("The Open Network", 30_000_000.0), ("Drift Protocol", 25_000_000.0)]
