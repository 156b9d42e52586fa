"""Rules from unseen31 (tests/fixtures/tagging/unseen31.jsonl: Asian postings at unlisted employers, Korean board records
with no description among them; issue 18, branch tag36): a negation of the candidate's record is no employer
disclaimer (tagging/disclaimers.py), a board's tag line ends in its stamp (tagging/board_stamps.py), a title's wish
clause is no title term (tagging/title_wishes.py), and a course's syllabus list is no job (tagging/course_ads.py).

Strings written here to pin a rule are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

import pytest

from talentintel.tagging.board_stamps import without_board_stamp
from talentintel.tagging.course_ads import without_course_fields
from talentintel.tagging.disclaimers import disclaims_crypto
from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import tag_posting
from talentintel.tagging.title_wishes import without_title_wish
from tests.tagging.batches import by_id

UN31 = by_id("unseen31")
FIXED_BOTH_MODES = ("un31-foundit-cs", "un31-ictassoc-course", "un31-dandytech-python", "un31-polytech-course")


@pytest.mark.parametrize("item_id", FIXED_BOTH_MODES)
@pytest.mark.parametrize("company_blind", [False, True])
def test_un31_fixed_sectors(item_id: str, company_blind: bool) -> None:
    item = UN31[item_id]
    assert sorted(tag_item(item, company_blind=company_blind).sector) == sorted(item["label_sector"])


def test_un31_name_only_listing_is_a_known_miss() -> None:
    # 에이아이매틱스 ("AI-matics"): the title names no AI, the board's tag line is mentions only (board_stamps.py) and a name
    # opening with AI reads like "AI Foods" (unseen28's rule): labeled ai by the name, read none (PROVENANCE.md)
    item = UN31["un31-aimatics-rnd"]
    assert item["label_sector"] == ["ai"]
    assert tag_item(item).sector == []


# --- a negation of the candidate's record ---------------------------------------------------------------------------


def test_candidate_record_is_no_disclaimer_real() -> None:
    line = next(x for x in UN31["un31-foundit-cs"]["description"].splitlines() if x.startswith("Integrity"))
    assert "grey-market crypto" in line
    assert not disclaims_crypto(line)


@pytest.mark.parametrize(
    "text",
    [
        "Applicants must have no criminal record or involvement in crypto market manipulation.",  # SYNTHETIC
        "You have never been involved in black market crypto trading.",  # SYNTHETIC
    ],
)
def test_candidate_record_is_no_disclaimer_synthetic(text: str) -> None:
    assert not disclaims_crypto(text)


@pytest.mark.parametrize(
    "text",
    [
        "Embora o banco não tenha atuação direta no mercado de criptoativos, estude bitcoin.",  # SYNTHETIC
        "Although we are not a crypto company, some clients pay in bitcoin.",  # SYNTHETIC
    ],
)
def test_employer_disclaimers_still_disclaim(text: str) -> None:
    assert disclaims_crypto(text)


# --- a board's tag line and its stamp ---------------------------------------------------------------------------------


def test_board_stamp_real() -> None:
    line = UN31["un31-dandytech-python"]["description"].splitlines()[4]
    assert line.startswith("Python, 딥러닝") and "수정일" in line
    assert without_board_stamp(line) == "Python, 딥러닝, 솔루션, 신경망, 컴퓨터비전"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "머신러닝, 딥러닝, 데이터분석가, 백엔드/서버개발 외 등록일 25/01/02",
            "머신러닝, 딥러닝, 데이터분석가, 백엔드/서버개발",
        ),  # SYNTHETIC
        ("블록체인, 백엔드/서버개발, Go 수정일 25/03/04", "블록체인, 백엔드/서버개발, Go"),  # SYNTHETIC
        ("해외 및 국외 근무 가능", "해외 및 국외 근무 가능"),  # SYNTHETIC: "외" inside a word is no stamp
    ],
)
def test_board_stamp_synthetic(line: str, kept: str) -> None:
    assert without_board_stamp(line) == kept


def test_tag_line_with_stamp_is_mentions_only_synthetic() -> None:
    # SYNTHETIC: a listing whose only AI words are the board's tags
    result = tag_posting(
        title="웹 백엔드 개발자 채용",
        description="경력 2~5년\n대졸↑\n정규직\n~ 01/10(금)\nPython, 딥러닝, 머신러닝, AWS, 웹개발 외      수정일 25/01/02",
    )
    assert result.sector == []


# --- a title's wish clause --------------------------------------------------------------------------------------------


def test_title_wish_real() -> None:
    assert without_title_wish(UN31["un31-dandytech-python"]["title"]) == "파이썬 개발자 경력직 모집"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("后端开发工程师（有大模型经验者优先）", "后端开发工程师"),  # SYNTHETIC
        ("Backend Engineer - LLM experience a plus", "Backend Engineer"),  # SYNTHETIC
        ("AI 엔지니어 (석사 우대)", "AI 엔지니어"),  # SYNTHETIC: the role's AI stays
        ("블록체인 경험자 우대", "블록체인 경험자 우대"),  # SYNTHETIC: a title that is only a wish is left whole
        ("Senior ML Engineer", "Senior ML Engineer"),  # SYNTHETIC
    ],
)
def test_title_wish_synthetic(title: str, kept: str) -> None:
    assert without_title_wish(title) == kept


# --- a course's syllabus list -------------------------------------------------------------------------------------------


def test_course_fields_real() -> None:
    item = UN31["un31-ictassoc-course"]
    assert without_course_fields(item["title"], item["description"]) == "[국비무료IT취업]자바파이썬/웹개발/빅데이터/"
    item = UN31["un31-polytech-course"]
    assert (
        without_course_fields(item["title"], item["description"])
        == "IT[ ·SW] / 품질관리[바이오·이화학] 취업실무교육 모집"
    )


@pytest.mark.parametrize(
    ("title", "text", "kept"),
    [
        # SYNTHETIC: a state-funded course whose blockchain is one subject of three
        ("[국비지원] 파이썬/클라우드/블록체인 취업 과정", "수강생 모집", "[국비지원] 파이썬/클라우드/"),
        # SYNTHETIC: a job's slash list without a course word stays a title (un31-deltax-3dvision reads the same)
        ("딥러닝/3D 비전/Data Scientist 병역특례", "정규직", "딥러닝/3D 비전/Data Scientist 병역특례"),
        # SYNTHETIC: every item an AI subject: no mixed list, the title stays
        ("[국비] AI/딥러닝/머신러닝 개발자 양성과정", "교육생", "[국비] AI/딥러닝/머신러닝 개발자 양성과정"),
    ],
)
def test_course_fields_synthetic(title: str, text: str, kept: str) -> None:
    assert without_course_fields(title, text) == kept
