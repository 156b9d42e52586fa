"""Rules from unseen batch 25 (tests/fixtures/tagging/unseen25.jsonl: real postings at unlisted employers chosen for
hard locations, issue 18, branch tag27): a subdivision code before its country's name, a title's middle slots and its
territory word beside a concrete place, a Brazilian state's code in a Portuguese posting, a hybrid job is no worldwide
remote, and a location field's small town.

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.brazil_states import brazil_state_slot
from talentintel.tagging.hybrid_mode import hybrid_mode
from talentintel.tagging.locations import locate
from talentintel.tagging.small_towns import small_town
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

BATCH25 = by_id("unseen25")
BATCH21 = by_id("unseen21")


def _tag(item: dict) -> tuple[list[str], list[str]]:
    result = tag_posting(
        title=item["title"],
        description=item["description"],
        company=item.get("company") or None,
        locations=[item["location"]] if isinstance(item["location"], str) else item["location"],
    )
    return result.regions, result.countries


def test_subdivision_code_before_its_country() -> None:
    # real: un25-splunk-swe-early-career read CO as Colombia and NC as New Caledonia
    item = BATCH25["un25-splunk-swe-early-career"]
    assert _tag(item) == (["us"], ["US"])
    # SYNTHETIC: other codes and spellings of the country after them; the country-then-code order still holds
    assert locate("WA, USA").countries == ("US",)
    assert locate("IN, US").countries == ("US",)
    assert locate("PE, Brazil").countries == ("BR",)
    assert locate("Brazil, SE").countries == ("BR",)
    # SYNTHETIC: a country code with no such subdivision stays the country ("GB" is no US state)
    assert locate("Lisbon, PT").countries == ("PT",)


def test_title_territory_yields_to_a_concrete_title_place() -> None:
    # real: "Lead Engineer - ANZ - Wellington - Permanent" (ANZ the bank) read as Australia + New Zealand
    item = BATCH25["un25-anz-lead-engineer-wellington"]
    assert _tag(item) == (["oceania"], ["NZ"])
    # SYNTHETIC: a middle slot names the city, a region word the territory, the tail the contract
    result = tag_posting(title="Account Manager - EMEA - Dublin - Full time", description="Sell our CRM.")
    assert (result.regions, result.countries) == (["europe"], ["IE"])
    # SYNTHETIC: a territory word alone in the title still counts (README rule 3)
    result = tag_posting(title="Account Manager - EMEA", description="Sell our CRM.")
    assert result.regions == ["africa", "europe", "mena"]


def test_brazilian_state_code_in_a_portuguese_posting() -> None:
    # real: "Desenvolvedor Mobile SR | Hibrido - SP" with location "Híbrido - 70% Remoto + 30% Presencial" was global
    item = BATCH25["un25-vestcasa-mobile-hibrido-sp"]
    assert brazil_state_slot(item["title"], [item["location"]], item["description"]) == "SP"
    assert _tag(item) == (["latam"], ["BR"])
    # SYNTHETIC: an on-site Portuguese ad placed only by its state's code
    text = "Descrição da vaga\nDesenvolvedora back-end PHP, contratação CLT, benefícios e vale-refeição."
    result = tag_posting(title="[Presencial - RJ] Desenvolvedora PHP", description=text)
    assert (result.regions, result.countries) == (["latam"], ["BR"])
    # SYNTHETIC: the same letters in an English or Spanish ad name nothing ("PA" is no Pará there)
    assert brazil_state_slot("Sales Associate - PA", [], "Retail sales role, weekends required.") is None
    assert brazil_state_slot("Analista - MA", [], "Requisitos: experiencia en ventas, empresa líder.") is None


def test_hybrid_job_is_no_worldwide_remote() -> None:
    # real: the same VEST CASA location offers a hybrid week, not work from anywhere
    item = BATCH25["un25-vestcasa-mobile-hibrido-sp"]
    assert hybrid_mode(item["title"], [item["location"]]) is not None
    # SYNTHETIC: a hybrid location and no place anywhere has no region (it was global)
    result = tag_posting(title="Backend Engineer", description="Build our APIs in Go.", locations=["Hybrid Remote"])
    assert result.regions == []
    # SYNTHETIC: a plain remote alternative beside the hybrid one is still worldwide
    result = tag_posting(title="Backend Engineer", description="Build our APIs in Go.", locations=["Remote / Hybrid"])
    assert result.regions == ["global"]


def test_location_field_small_town() -> None:
    # real: unseen21's "Pérols" (France) and "María Elena" (Chile) location fields named no place
    assert _tag(BATCH21["un21-ofb-gestionnaire-comptable"]) == (["europe"], ["FR"])
    assert _tag(BATCH21["un21-timeline-antucoya-relevos"]) == (["latam"], ["CL"])
    # SYNTHETIC: another small town (Kitzbühel, Austria, 8k people), and words that are no town
    town = small_town("Kitzbühel")
    assert town is not None and town.countries == ("AT",)
    assert small_town("Office") is None
    assert small_town("flexible") is None


def test_restriction_phrases_beyond_the_english_cues() -> None:
    from talentintel.tagging.restriction_phrases import restriction_places

    # real: a recruiter's answer under f2etw/jobs issue #787 (2020-12-18), Spanish, the place after a line break
    real_es = "No, por requerimiento del cliente los candidatos deben estar ubicados en\nMéxico."
    assert [loc.countries for _, loc in restriction_places(real_es)] == [("MX",)]
    result = tag_posting(title="Software Engineer", description=real_es, locations=["Remote"])
    assert (result.regions, result.countries) == (["latam"], ["MX"])
    # real: SimplifyJobs/New-Grad-Positions issue #952's edit reason (2024-11-02)
    real_only = "Not offering sponsorship. US applicants only."
    assert [loc.countries for _, loc in restriction_places(real_only)] == [("US",)]
    # SYNTHETIC: Portuguese, French and German clauses, and "<place> only" in brackets
    for text, country in (
        ("Vaga 100% remota, somente para residentes no Brasil.", "BR"),
        ("Poste en télétravail complet, réservé aux résidents en France.", "FR"),
        ("Vollständig remote, nur für Bewerber mit Wohnsitz in Deutschland.", "DE"),
        ("Fully distributed team (Canada only).", "CA"),
    ):
        result = tag_posting(title="Backend Engineer", description=text, locations=["Remote"])
        assert result.countries == [country], text
    # SYNTHETIC: the employer's seat restricts nothing, and a remote job with no restriction stays worldwide
    seat = "Somos uma empresa baseada em Lisboa. Trabalho 100% remoto."
    assert restriction_places(seat) == []
    assert tag_posting(title="Backend Engineer", description=seat, locations=["Remote"]).regions == ["global"]


def test_us_state_in_the_text_of_an_on_site_job() -> None:
    from talentintel.tagging.us_state_text import us_state_in_text

    # real: unseen21's Turner Staffing geologist ("a mining project in the Carlin Trend of Nevada") named no place
    item = BATCH21["un21-wayup-turner-exploration-geologist"]
    assert us_state_in_text(item["description"]) == "Nevada"
    assert _tag(item) == (["us"], ["US"])
    # SYNTHETIC: another state after a preposition; an incorporation clause and a remote job place nothing
    assert us_state_in_text("Our plant near Toledo, in Ohio, runs three shifts.") == "Ohio"
    assert us_state_in_text("Acme is incorporated in Delaware and hires engineers.") is None
    notice = "Work from anywhere. Pay transparency notice for roles in Colorado: $120k-$150k."
    assert tag_posting(title="Backend Engineer", description=notice, locations=["Remote"]).regions == ["global"]


def test_state_code_after_a_slash_or_a_city_of_its_country() -> None:
    # real: soujava/vagas-java issue #68 (2018-02-28), "…clientes, localizado em Belo Horizonte/MG" (MG was Madagascar)
    assert locate("Belo Horizonte/MG").countries == ("BR",)
    real = "Vaga para atuação em um dos nossos clientes, localizado em Belo Horizonte/MG"
    assert tag_posting(title="Desenvolvedor Java Sênior", description=real).countries == ["BR"]
    # real: a work place as a public GitHub portfolio file writes it (search-tool file id 1550267277), "TATA ELXSI,
    # Chennai, TN" (TN was Tennessee)
    assert locate("TATA ELXSI, Chennai, TN").countries == ("IN",)
    # real: SimplifyJobs/New-Grad-Positions issues #2835 and #1852, US cities with the same code stay the US
    assert locate("Chattanooga, TN").countries == ("US",)
    assert locate("Nashville, TN").countries == ("US",)
    # SYNTHETIC: other Brazilian capitals and their states, a US city and its state, a code no country subdivides
    assert locate("Recife/PE").countries == ("BR",)
    assert locate("Salvador/BA").countries == ("BR",)
    assert locate("Austin/TX").countries == ("US",)
    assert locate("Remote / US").countries == ("US",)


def test_a_title_slot_naming_the_employer_is_no_place() -> None:
    # real: "[BELO HORIZONTE, MG] VAGA DESENVOLVEDOR JAVA [EFETIVA] | BHS" read BHS as the Bahamas (ISO alpha-3), an
    # item scored on arrival after the other rules
    item = BATCH25["un25-bhs-java-belo-horizonte"]
    assert _tag(item) == (["latam"], ["BR"])
    # SYNTHETIC: another employer whose name is a country code, and the same title with no employer given
    title = "Analista de Dados - Recife | PER"
    assert tag_posting(title=title, description="Vaga CLT.", company="PER").countries == ["BR"]
    assert "PE" in tag_posting(title=title, description="Vaga CLT.").countries
