"""The shapes real pages and feeds take, beyond the four recordings: every JSON-LD variant below is derived from a REAL
recording in tests/fixtures/scrapers/jsonld/ by changing its JSON-LD in the test (the recorded files stay untouched).
RSS/Atom and Getro have no recordings (SOURCES.md): their responses are SYNTHETIC, built here and named so.
"""

from __future__ import annotations

import copy
import html
import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from scrapers import getro, jsonld, rss
from scrapers import html as html_kind
from scrapers.base import Page, ParseError, Request, Response, ScrapedJob, SourceSpec
from scrapers.crawl import crawl
from scrapers.fetch import Fetcher, FetchPolicy
from scrapers.registry import get_kind
from tests.scrapers.conftest import FIXTURES, LocalServer, Reply

JPMORGAN = "cryptojobslist_job_jpmorgan_jsonld_excerpt.html"  # @graph, salary range, hiringOrganization object
SOLANA = "cryptovalley_job_solana_jsonld_excerpt.html"  # flat posting, employmentType string
SPOTIFY = "lever_spotify_android-engineer_page.html"  # full page, two jobLocation places with null fields
HUGGINGFACE = "workable_huggingface_python-engineer_page.html"  # full page, TELECOMMUTE, identifier, directApply
_BLOCK = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.DOTALL)
PAGE_URL = "https://careers.example.org/jobs/view/1"


def recorded(name: str) -> dict[str, Any]:
    """The JobPosting object of a real recording (unwrapped from @graph where the page uses one)."""
    data = json.loads(_BLOCK.findall((FIXTURES / "jsonld" / name).read_text(encoding="utf-8"))[0], strict=False)
    return copy.deepcopy(data["@graph"][0] if "@graph" in data else data)


def page(name: str, *blocks: str, script_type: str = "application/ld+json") -> bytes:
    """The recorded page with its JSON-LD block replaced by `blocks` (raw script texts, in order)."""
    source = (FIXTURES / "jsonld" / name).read_text(encoding="utf-8")
    scripts = "".join(f'<script type="{script_type}">{b}</script>' for b in blocks)
    m = _BLOCK.search(source)
    assert m is not None
    return (source[: m.start()] + scripts + source[m.end() :]).encode()


def parse_page(
    body: bytes,
    url: str = PAGE_URL,
    meta: dict[str, Any] | None = None,
    company: str | None = None,
    headers: dict[str, str] | None = None,
) -> Page:
    spec = SourceSpec("variants", "jsonld", url, company=company)
    return jsonld.parse(spec, Request(url, meta=meta or {}), Response(url, 200, headers or {}, body))


def one_job(name: str, posting: Any, **kwargs: Any) -> ScrapedJob:
    # "</" written as "<\/", as JSON encoders for HTML pages do (a raw "</script>" would end the block)
    result = parse_page(page(name, json.dumps(posting).replace("</", "<\\/")), **kwargs)
    assert result.errors == [] and len(result.jobs) == 1
    return result.jobs[0]


def _crawl(server: LocalServer, policy: FetchPolicy, kind: str, path: str, config: dict[str, Any] | None = None) -> Any:
    spec = SourceSpec("variants", kind, server.url(path), config or {})
    with Fetcher(policy) as fetcher:
        return crawl(spec, get_kind(kind), fetcher)


# --- JSON-LD containers and blocks -----------------------------------------------------------------------------------


def test_graph_with_references_and_type_as_list() -> None:
    # variant derived from the real recording workable_huggingface: the posting moves into a Yoast-style @graph,
    # its @type becomes a list and hiringOrganization an @id reference to an Organization node of the graph.
    posting = recorded(HUGGINGFACE)
    org = posting.pop("hiringOrganization")
    posting["@type"] = ["JobPosting"]
    posting["hiringOrganization"] = {"@id": "https://huggingface.co/#org"}
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": PAGE_URL, "mainEntity": {"@id": "#job"}},
            {**org, "@id": "https://huggingface.co/#org"},
            {**posting, "@id": "#job"},
        ],
    }
    job = one_job(HUGGINGFACE, graph)
    assert job.title == recorded(HUGGINGFACE)["title"]
    assert (job.company, job.company_domain) == ("Hugging Face", "huggingface.co")
    assert job.external_id == "DB4D7C0EC8" and job.remote


@pytest.mark.parametrize("wrap", ["array", "main_entity", "item_list", "prefixed_type", "twice"])
def test_posting_containers(wrap: str) -> None:
    # variant derived from the real recording cryptovalley_job_solana: the same posting in the containers pages use.
    posting = recorded(SOLANA)
    if wrap == "array":
        blocks = [json.dumps([{"@type": "BreadcrumbList", "itemListElement": []}, posting])]
    elif wrap == "main_entity":
        blocks = [json.dumps({"@context": "https://schema.org", "@type": "WebPage", "mainEntity": posting})]
    elif wrap == "item_list":
        blocks = [json.dumps({"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": posting}]})]
    elif wrap == "prefixed_type":
        blocks = [json.dumps({**posting, "@type": "http://schema.org/JobPosting"})]
    else:  # the same block printed twice by the page template: one posting
        blocks = [json.dumps(posting), json.dumps(posting)]
    result = parse_page(page(SOLANA, *blocks))
    assert [j.title for j in result.jobs] == ["Data Scientist - Fraud Risk"] and result.errors == []


def test_several_blocks_one_broken() -> None:
    # variant derived from the real recording lever_spotify: an Organization block, a block cut off mid-way, then
    # the recorded posting; the broken block does not stop the posting.
    posting = json.dumps(recorded(SPOTIFY))
    body = page(
        SPOTIFY, json.dumps({"@type": "Organization", "name": "Spotify"}), posting[: len(posting) // 3], posting
    )
    result = parse_page(body)
    assert [j.title for j in result.jobs] == ["Android Engineer - Experience"] and result.errors == []
    assert result.jobs[0].locations == ["Stockholm", "London"]


@pytest.mark.parametrize(
    "dress",
    [
        "entities",
        "cdata",
        "comment",
        "trailing_commas",
        "control_chars",
        "bad_escape",
        "semicolon",
        "type_with_charset",
    ],
)
def test_loosely_written_json(dress: str) -> None:
    # variant derived from the real recording cryptojobslist_job_jpmorgan: the same JSON-LD as sloppy pages print it.
    data = {"@context": "https://schema.org", "@graph": [recorded(JPMORGAN)]}
    text = json.dumps(data, indent=1, ensure_ascii=False)
    script_type = "application/ld+json"
    if dress == "entities":
        text = html.escape(text)  # {&quot;@context&quot;: ...}
    elif dress == "cdata":
        text = f"//<![CDATA[\n{text}\n//]]>"
    elif dress == "comment":
        text = f"<!--\n{text}\n-->"
    elif dress == "trailing_commas":
        text = re.sub(r"(\S)(\n\s*[}\]])", r"\1,\2", text)
    elif dress == "control_chars":
        text = text.replace('"title"', '\x0b"title"').replace("secure wallet", "secure\twallet\x01")
    elif dress == "bad_escape":
        text = text.replace("Design and operate", "Design \\'and\\' operate")
    elif dress == "semicolon":
        text += ";"
    else:
        script_type = "Application/LD+JSON; charset=utf-8"
    job = parse_page(page(JPMORGAN, text, script_type=script_type)).jobs[0]
    assert job.title == "Blockchain - Sr Lead Security Engineer" and job.company == "JPMorgan Chase & Co"
    assert (job.salary_min, job.salary_max) == (180000, 250000)
    assert "operate secure" in job.description.replace("'", "").replace("\x01", "").replace("\t", " ")


def test_unreadable_block_never_crashes() -> None:
    # variant derived from the real recording cryptovalley_job_solana: only a hopeless block is left.
    broken = json.dumps(recorded(SOLANA))[:60]
    with pytest.raises(ParseError, match="malformed JSON-LD"):
        parse_page(page(SOLANA, broken))
    followed = parse_page(page(SOLANA, broken), meta={"external_id": PAGE_URL})  # a job page from a listing
    assert followed.jobs == [] and [e.external_id for e in followed.errors] == [PAGE_URL]


def test_broken_posting_is_an_item_error_the_others_parse() -> None:
    # variant derived from the real recording cryptovalley_job_solana: a listing page carrying three postings (an
    # ItemList), the second without a title.
    posting = recorded(SOLANA)
    items = [dict(posting, url=f"https://cryptovalley.jobs/jobs/role-{i}") for i in range(3)]
    del items[1]["title"]
    body = page(SOLANA, json.dumps({"@type": "ItemList", "itemListElement": items}))
    result = parse_page(body)
    assert [j.external_id for j in result.jobs] == [
        "https://cryptovalley.jobs/jobs/role-0",
        "https://cryptovalley.jobs/jobs/role-2",
    ]
    assert [e.external_id for e in result.errors] == ["https://cryptovalley.jobs/jobs/role-1"]
    assert "title" in result.errors[0].error


# --- JobPosting fields --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("org", "company", "domain"),
    [
        ("Solana Foundation", "Solana Foundation", None),
        (
            {
                "@type": "Organization",
                "name": "Solana Foundation",
                "sameAs": ["https://www.linkedin.com/company/solana", "https://www.solana.com"],
            },
            "Solana Foundation",
            "solana.com",
        ),
        (
            [{"@type": "Organization", "name": "Solana &amp; Co", "url": "https://solana.com/"}],
            "Solana & Co",
            "solana.com",
        ),
        (None, "Acme", None),
    ],
)
def test_hiring_organization_shapes(org: Any, company: str, domain: str | None) -> None:
    # variant derived from the real recording cryptovalley_job_solana: hiringOrganization as string, object, list, absent.
    posting = recorded(SOLANA)
    posting["hiringOrganization"] = org
    job = one_job(SOLANA, posting, company="Acme")
    assert (job.company, job.company_domain) == (company, domain)


@pytest.mark.parametrize(
    ("where", "locations"),
    [
        ({"@type": "Place", "address": "Stockholm, Sweden"}, ["Stockholm, Sweden"]),
        (
            [
                {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "Stockholm",
                        "addressCountry": {"@type": "Country", "name": "Sweden"},
                    },
                },
                {
                    "@type": "Place",
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": "London",
                        "addressRegion": "",
                        "addressCountry": "GB",
                    },
                },
            ],
            ["Stockholm, Sweden", "London, GB"],
        ),
        ({"@type": "Place", "name": "Spotify HQ"}, ["Spotify HQ"]),
        ({"@type": "PostalAddress", "addressLocality": "Singapore", "addressCountry": "Singapore"}, ["Singapore"]),
        (
            {"@type": "Place", "address": [{"@type": "PostalAddress", "addressRegion": "CA", "addressCountry": "US"}]},
            ["CA, US"],
        ),
        ("Stockholm", ["Stockholm"]),
        (None, []),
    ],
)
def test_job_location_shapes(where: Any, locations: list[str]) -> None:
    # variant derived from the real recording lever_spotify: jobLocation as object, list, bare address, string, absent.
    posting = recorded(SPOTIFY)
    posting["jobLocation"] = where
    job = one_job(SPOTIFY, posting)
    assert job.locations == locations and not job.remote


@pytest.mark.parametrize(
    ("required", "locations"),
    [
        (
            [{"@type": "Country", "name": "France"}, {"@type": "State", "name": "California"}],
            ["Remote (France)", "Remote (California)"],
        ),
        ({"@type": "Country", "name": "Germany"}, ["Remote (Germany)"]),
        ("EMEA", ["Remote (EMEA)"]),
        (None, ["Remote"]),
    ],
)
def test_telecommute_and_applicant_locations(required: Any, locations: list[str]) -> None:
    # variant derived from the real recording workable_huggingface (jobLocationType TELECOMMUTE as recorded).
    posting = recorded(HUGGINGFACE)
    posting["applicantLocationRequirements"] = required
    job = one_job(HUGGINGFACE, posting)
    assert job.locations == locations and job.remote and job.workplace_type == "remote"
    posting["jobLocationType"] = ["TELECOMMUTE"]
    assert one_job(HUGGINGFACE, posting).remote


@pytest.mark.parametrize(
    ("salary", "extra", "expected"),
    [
        ({"@type": "MonetaryAmount", "currency": "EUR", "value": 85000}, {}, (85000, 85000, "EUR", None)),
        (
            {
                "@type": "MonetaryAmount",
                "currency": "USD",
                "value": {"@type": "QuantitativeValue", "value": 45.5, "unitText": "HOUR"},
            },
            {},
            (45.5, 45.5, "USD", "hour"),
        ),
        (
            {
                "@type": "MonetaryAmount",
                "value": {"@type": "QuantitativeValue", "minValue": "600", "maxValue": "900", "unitText": "DAY"},
            },
            {"salaryCurrency": "chf"},
            (600, 900, "CHF", "day"),
        ),
        (
            {
                "@type": "MonetaryAmount",
                "currency": "GBP",
                "value": {"minValue": 1000, "maxValue": 1200, "unitText": "WEEK"},
            },
            {},
            (1000, 1200, "GBP", "week"),
        ),
        (
            {
                "@type": "MonetaryAmount",
                "currency": "USD",
                "value": {"minValue": 9000, "maxValue": 11000, "unitText": "MONTH"},
            },
            {},
            (9000, 11000, "USD", "month"),
        ),
        (
            {
                "@type": "MonetaryAmount",
                "currency": "USD",
                "value": {"value": "$100,000 - $150,000", "unitText": "YEAR"},
            },
            {},
            (100000, 150000, "USD", "year"),
        ),
        (
            {"@type": "MonetaryAmount", "currency": "USD", "value": {"minValue": 95000, "unitText": "YEAR"}},
            {},
            (95000, 95000, "USD", "year"),
        ),
        (120000, {"salaryCurrency": "USD"}, (120000, 120000, "USD", None)),
        (
            {"@type": "MonetaryAmount", "currency": "USD", "value": {"minValue": 0, "maxValue": 0}},
            {},
            (None, None, None, None),
        ),
        (
            [
                {
                    "@type": "MonetaryAmount",
                    "currency": "USD",
                    "value": {"minValue": 150000, "maxValue": 130000, "unitCode": "ANN"},
                }
            ],
            {},
            (130000, 150000, "USD", "year"),
        ),
    ],
)
def test_base_salary_shapes(salary: Any, extra: dict[str, Any], expected: tuple[Any, ...]) -> None:
    # variant derived from the real recording cryptojobslist_job_jpmorgan (recorded: min/max YEAR in USD).
    posting = recorded(JPMORGAN) | extra
    posting["baseSalary"] = salary
    job = one_job(JPMORGAN, posting)
    assert (job.salary_min, job.salary_max, job.salary_currency, job.salary_period) == expected


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("FULL_TIME", "full_time"),
        (["Full-time"], "full_time"),
        ("CONTRACTOR", "contract"),
        (["PART_TIME", "FULL_TIME"], "part_time"),
        ("INTERN", "internship"),
        ("TEMPORARY", "temporary"),
        ("", None),
        ([], None),
        (None, None),
    ],
)
def test_employment_type_shapes(value: Any, kind: str | None) -> None:
    # variant derived from the real recording cryptovalley_job_solana (recorded: "FULL_TIME").
    posting = recorded(SOLANA)
    posting["employmentType"] = value
    assert one_job(SOLANA, posting).employment_type == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-09-21", datetime(2026, 9, 21, tzinfo=UTC)),
        ("2026-09-21T10:30:00", datetime(2026, 9, 21, 10, 30, tzinfo=UTC)),
        ("2026-09-21T10:30:00+02:00", datetime(2026, 9, 21, 8, 30, tzinfo=UTC)),
        ("2026-09-21T10:30:00.123Z", datetime(2026, 9, 21, 10, 30, 0, 123000, tzinfo=UTC)),
        ("20260921", datetime(2026, 9, 21, tzinfo=UTC)),
        ("Mon, 21 Sep 2026 10:30:00 GMT", datetime(2026, 9, 21, 10, 30, tzinfo=UTC)),
        ("September 21, 2026", datetime(2026, 9, 21, tzinfo=UTC)),
        ("soon", None),
        (None, None),
    ],
)
def test_date_posted_shapes(value: Any, expected: datetime | None) -> None:
    # variant derived from the real recording workable_huggingface (recorded: a plain date); validThrough varies too
    # (no field keeps it, it must only never break the posting).
    posting = recorded(HUGGINGFACE)
    posting["datePosted"] = value
    posting["validThrough"] = value
    assert one_job(HUGGINGFACE, posting).posted_at == expected


@pytest.mark.parametrize(
    ("identifier", "url", "external_id", "job_url"),
    [
        ({"@type": "PropertyValue", "name": "Hugging Face", "value": "DB4D7C0EC8"}, None, "DB4D7C0EC8", PAGE_URL),
        ("REQ-1234", "/huggingface/j/DB4D7C0EC8/", "REQ-1234", "https://careers.example.org/huggingface/j/DB4D7C0EC8/"),
        (
            6125026,
            "https://apply.workable.com/huggingface/j/DB4D7C0EC8/#apply",
            "6125026",
            "https://apply.workable.com/huggingface/j/DB4D7C0EC8/",
        ),
        (
            [{"@type": "PropertyValue", "name": "Hugging Face"}, {"@type": "PropertyValue", "value": "X1"}],
            None,
            "X1",
            PAGE_URL,
        ),
        ({"@type": "PropertyValue", "name": "Hugging Face"}, None, PAGE_URL, PAGE_URL),
        (None, None, PAGE_URL, PAGE_URL),
    ],
)
def test_identifier_and_url_shapes(identifier: Any, url: str | None, external_id: str, job_url: str) -> None:
    # variant derived from the real recording workable_huggingface: identifier and url changed; no url means the page.
    posting = recorded(HUGGINGFACE)
    posting["identifier"] = identifier
    posting["url"] = url
    job = one_job(HUGGINGFACE, posting)
    assert (job.external_id, job.url, job.apply_url) == (external_id, job_url, job_url)


@pytest.mark.parametrize("escaped", [False, True])
def test_description_is_clean_text_and_safe_html(escaped: bool) -> None:
    # variant derived from the real recording cryptojobslist_job_jpmorgan: a script, a handler and a javascript: link
    # added to the recorded description, plain or entity-escaped (&lt;p&gt;) as some boards print it.
    posting = recorded(JPMORGAN)
    markup = posting["description"] + (
        '<p onclick="steal()">Apply <a href="javascript:alert(1)">here</a> or '
        '<a href="https://example.org/apply">there</a></p><script>alert(1)</script>'
    )
    posting["description"] = html.escape(markup) if escaped else markup
    posting["directApply"] = "false"
    job = one_job(JPMORGAN, posting)
    assert job.description.splitlines() == ["Design and operate secure wallet infrastructure.", "Apply here or there"]
    assert job.description_html is not None and "<script" not in job.description_html
    assert "onclick" not in job.description_html and "javascript:" not in job.description_html
    assert 'href="https://example.org/apply"' in job.description_html


def test_title_from_name_and_entities() -> None:
    # variant derived from the real recording cryptovalley_job_solana: no title, the schema.org `name` instead.
    posting = recorded(SOLANA)
    posting["name"] = "Data Scientist &amp; Analyst"
    del posting["title"]
    assert one_job(SOLANA, posting).title == "Data Scientist & Analyst"


# --- fetching: encodings, listings, failed job pages ----------------------------------------------------------------


def test_utf8_page_without_declared_charset(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    # variant derived from the real recording cryptojobslist_job_jpmorgan (no <meta charset>): non-ASCII text, served
    # with a bare text/html Content-Type, must not be read as Latin-1.
    posting = recorded(JPMORGAN)
    posting["title"] = "Ingénieur sécurité – Zürich"
    http_server.reply(
        "/jobs/fr", Reply(200, page(JPMORGAN, json.dumps(posting, ensure_ascii=False)), {"Content-Type": "text/html"})
    )
    job = _crawl(http_server, fast_policy, "jsonld", "/jobs/fr").jobs[0]
    assert job.title == "Ingénieur sécurité – Zürich"


@pytest.mark.parametrize(
    ("encoding", "content_type"),
    [
        ("utf-8", "text/html; charset=ISO-8859-1"),  # a server default on a UTF-8 page
        ("utf-8-sig", "text/html"),  # a byte-order mark
        ("cp1252", "text/html"),  # neither header nor meta names the encoding
        ("cp1252", "text/html; charset=windows-1252"),
    ],
)
def test_page_encodings(encoding: str, content_type: str) -> None:
    # variant derived from the real recording cryptojobslist_job_jpmorgan: non-ASCII title in several encodings.
    posting = recorded(JPMORGAN)
    posting["title"] = "Ingénieur sécurité – Zürich"
    body = page(JPMORGAN, json.dumps(posting, ensure_ascii=False)).decode().encode(encoding)
    job = parse_page(body, headers={"content-type": content_type}).jobs[0]
    assert job.title == "Ingénieur sécurité – Zürich"


def test_listing_relative_duplicate_and_missing_links(http_server: LocalServer, fast_policy: FetchPolicy) -> None:
    # Listing page (SYNTHETIC markup) linking to job pages that are variants of real recordings: relative links, the
    # same page twice, a <base href>, a page that answers 404 and a link to another host.
    http_server.reply(
        "/careers/",
        Reply(
            200,
            (
                b'<html><head><base href="/careers/"></head><body><a href="../jobs/a">A</a><a href="/jobs/a#apply">A again</a>'
                b'<a href="../jobs/b?ref=list">B</a><a href="../jobs/gone">Gone</a>'
                b'<a href="https://elsewhere.example/jobs/x">X</a><a href="mailto:jobs@example.org">mail</a></body></html>'
            ),
            {"Content-Type": "text/html; charset=utf-8"},
        ),
    )
    solana = recorded(SOLANA)
    del solana["url"]  # the job's own page URL stands in
    http_server.reply("/jobs/a", Reply(200, page(SOLANA, json.dumps(solana)), {"Content-Type": "text/html"}))
    http_server.file("/jobs/b", FIXTURES / "jsonld" / JPMORGAN)
    harvest = _crawl(http_server, fast_policy, "jsonld", "/careers/")
    assert sorted(j.external_id for j in harvest.jobs) == [
        http_server.url("/jobs/a"),
        http_server.url("/jobs/b?ref=list"),
    ]
    assert next(j for j in harvest.jobs if j.title.startswith("Data")).url == http_server.url("/jobs/a")
    assert [e.external_id for e in harvest.errors] == [http_server.url("/jobs/gone")] and "404" in harvest.errors[
        0
    ].error
    assert harvest.complete and len(http_server.hits_to("/jobs/a")) == 1


# --- RSS / Atom (SYNTHETIC feeds: no job feed was recorded) -----------------------------------------------------------

RSS_FEED = """\ufeff
  <?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Synthetic jobs</title><link>https://board.example.org/</link>
<item><title>Smart Contract Engineer at Synthetic Labs</title><link>/jobs/smart-contract-engineer</link>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>Full text.</p><ul><li>Solidity</li></ul><p>Pay: $140,000 - $170,000 per year</p>]]></content:encoded>
  <category>Engineering</category><category>Full-Time</category><category>Remote</category>
  <pubDate>Tue, 03 Nov 2026 09:15:00 +0100</pubDate></item>
<item><title>ML Researcher</title><link>https://board.example.org/jobs/ml-researcher</link><guid isPermaLink="false">ml-7</guid>
  <dc:creator>Synthetic AI</dc:creator><description>&lt;p&gt;Research.&lt;/p&gt;</description>
  <category>International Relations</category><pubDate>2026-11-01T08:00:00Z</pubDate></item>
<item><link>https://board.example.org/jobs/untitled</link><description>No title.</description></item>
</channel></rss>"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Synthetic Atom jobs</title><id>urn:board</id>
<updated>2026-11-02T10:00:00Z</updated>
<entry><title type="html">Protocol Engineer &amp;amp; Researcher</title><id>urn:job:42</id>
  <link rel="alternate" href="https://board.example.org/jobs/42"/><link rel="enclosure" href="https://board.example.org/logo.png"/>
  <published>2026-11-01T12:00:00+02:00</published><updated>2026-11-02T10:00:00Z</updated>
  <author><name>Synthetic Chain</name></author><category term="Contract"/><category term="Protocol"/>
  <content type="html">&lt;p&gt;Build the protocol.&lt;/p&gt;</content></entry>
</feed>"""


def _feed(body: str | bytes, content_type: str = "application/rss+xml") -> Page:
    data = body.encode() if isinstance(body, str) else body
    url = "https://board.example.org/feed"
    return rss.parse(
        SourceSpec("feed", "rss", url), Request(url), Response(url, 200, {"content-type": content_type}, data)
    )


def test_rss_feed_with_bom_content_encoded_categories_and_no_guid() -> None:
    result = _feed(RSS_FEED)
    first, second = result.jobs
    assert first.external_id == first.url == "https://board.example.org/jobs/smart-contract-engineer"  # no guid: link
    assert (first.title, first.company) == ("Smart Contract Engineer", "Synthetic Labs")
    assert first.description.startswith("Full text.") and "Solidity" in first.description  # content:encoded wins
    assert (first.employment_type, first.department, first.remote) == ("full_time", "Engineering", True)
    assert (first.salary_min, first.salary_max, first.salary_period) == (140000, 170000, "year")
    assert first.posted_at == datetime(2026, 11, 3, 8, 15, tzinfo=UTC)
    assert (second.external_id, second.company, second.description) == ("ml-7", "Synthetic AI", "Research.")
    assert second.employment_type is None and second.department == "International Relations"  # not an internship
    assert second.posted_at == datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    assert [e.external_id for e in result.errors] == ["https://board.example.org/jobs/untitled"]


def test_atom_feed() -> None:
    job = _feed(ATOM_FEED, "application/atom+xml").jobs[0]
    assert (job.external_id, job.url, job.title) == (
        "urn:job:42",
        "https://board.example.org/jobs/42",
        "Protocol Engineer & Researcher",
    )
    assert (job.company, job.employment_type, job.department) == ("Synthetic Chain", "contract", "Protocol")
    assert job.posted_at == datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
    assert job.updated_at == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    assert job.description == "Build the protocol."


def test_empty_feed_served_as_html_is_an_empty_board() -> None:
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>None open</title></channel></rss>'
    result = _feed(empty, "text/html; charset=utf-8")
    assert result.jobs == [] and result.errors == []


def test_truncated_feed_fails_instead_of_closing_jobs() -> None:
    with pytest.raises(ParseError, match="truncated"):
        _feed(RSS_FEED[: RSS_FEED.index("<item><link>")])


# --- html kind: variants of the real Lever page -------------------------------------------------------------------

HTML_CONFIG = {
    "item": "body",
    "title": ".posting-headline h2",
    "link": "a[href*='/apply']",
    "location": ".location",
    "department": ".department",
    "description": "div[data-qa='job-description']",
}


def test_html_kind_link_shapes() -> None:
    # variant derived from the real recording lever_spotify: relative apply links under a <base href>, then links
    # that name no page ("#", javascript:), which must not all collapse onto the page's own URL.
    source = (FIXTURES / "jsonld" / SPOTIFY).read_text(encoding="utf-8")
    absolute = "https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1/apply"
    spec = SourceSpec("lever-page", "html", "https://jobs.example.org/x", HTML_CONFIG, company="Spotify")
    relative = source.replace("</head>", '<base href="https://jobs.lever.co/spotify/"></head>', 1).replace(
        absolute, "2193db3f-77c5-43b8-b030-8f92c9882bf1/apply"
    )
    job = html_kind.parse(spec, Request(spec.url), Response(spec.url, 200, {}, relative.encode())).jobs[0]
    assert job.url == absolute and job.ats_key == "lever:2193db3f-77c5-43b8-b030-8f92c9882bf1"
    for href in ("#", "javascript:void(0)"):
        body = source.replace(absolute, href).encode()
        job = html_kind.parse(spec, Request(spec.url), Response(spec.url, 200, {}, body)).jobs[0]
        assert job.url is None and job.external_id == "Android Engineer - Experience|London / Stockholm"


def test_html_kind_bad_selector_fails_the_source() -> None:
    with pytest.raises(ParseError, match=r"config\.location is not a valid CSS selector"):
        html_kind.start(SourceSpec("x", "html", "https://jobs.example.org/", {**HTML_CONFIG, "location": "div[["}))


def test_html_kind_next_link_to_itself_is_not_followed() -> None:
    # variant derived from the real recording lever_spotify: a "next" selector that points back at the same page.
    body = (FIXTURES / "jsonld" / SPOTIFY).read_bytes()
    spec = SourceSpec(
        "lever-page", "html", "https://jobs.example.org/x", {**HTML_CONFIG, "next": "a.missing, a[href='#']"}
    )
    assert html_kind.parse(spec, Request(spec.url, meta={"page": 0}), Response(spec.url, 200, {}, body)).follow == []


# --- Getro: null, absent and odd fields of the documented format (SYNTHETIC hits) ------------------------------------


def _getro(jobs: list[Any], count: Any = None, page_no: int = 0) -> Page:
    url = "https://api.getro.com/api/v2/collections/1/search/jobs"
    spec = SourceSpec("getro", "getro", url, company="Fallback Co")
    req = getro._request(spec, page_no)
    results: dict[str, Any] = {"jobs": jobs} if count is None else {"jobs": jobs, "count": count}
    return getro.parse(spec, req, Response(url, 200, {}, json.dumps({"results": results}).encode()))


def test_getro_null_and_odd_fields() -> None:
    hits: list[Any] = [
        {
            "id": 1,
            "title": "Null everything",
            "url": None,
            "organization": None,
            "locations": None,
            "work_mode": None,
            "employment_type": None,
            "created_at": None,
            "compensation_amount_min_cents": None,
        },
        {
            "id": 2,
            "title": "Odd shapes",
            "url": "https://example.org/2",
            "organization": "String Org",
            "locations": "Lisbon, Portugal",
            "employment_type": ["full_time"],
            "work_mode": "hybrid",
            "compensation_amount_min_cents": "9000000",
            "compensation_amount_max_cents": 12000000,
            "compensation_currency": "eur",
            "compensation_period": "yearly",
            "created_at": "2026-10-01T12:00:00Z",
        },
        {
            "id": None,
            "slug": "camel-case",
            "title": "Embedded state spelling",
            "organization": {"name": "Camel"},
            "searchableLocations": [{"name": "Berlin, Germany"}],
            "workMode": "remote",
            "createdAt": 1767225600,
        },
        {"id": 4, "title": "Hidden pay", "compensation_public": False, "compensation_amount_min_cents": 100},
        {"id": None, "title": "No id at all"},
        "not an object",
    ]
    result = _getro(hits, count=6)
    by_id = {j.external_id: j for j in result.jobs}
    assert set(by_id) == {"1", "2", "camel-case", "4"} and len(result.errors) == 2
    assert (by_id["1"].company, by_id["1"].locations, by_id["1"].url) == ("Fallback Co", [], None)
    odd = by_id["2"]
    assert (odd.company, odd.locations, odd.employment_type, odd.workplace_type) == (
        "String Org",
        ["Lisbon, Portugal"],
        "full_time",
        "hybrid",
    )
    assert (odd.salary_min, odd.salary_max, odd.salary_currency, odd.salary_period) == (90000, 120000, "EUR", "year")
    camel = by_id["camel-case"]
    assert (camel.locations, camel.remote, camel.posted_at) == (
        ["Berlin, Germany"],
        True,
        datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert by_id["4"].salary_min is None
    assert result.follow == []  # count says this was all


def test_getro_without_count_pages_while_pages_are_full() -> None:
    full = [{"id": i, "title": f"Role {i}"} for i in range(getro.HITS_PER_PAGE)]
    assert [r.meta["page"] for r in _getro(full).follow] == [1]
    assert _getro(full[:5], page_no=1).follow == []
