"""Rules from unseen44 (tests/fixtures/tagging/unseen44.jsonl: VietnamWorks and ITviec postings and listings; scored
once before these rules), issue 18, branch tag63: Vietnamese boards name the fields in Vietnamese words as often as in
English ones, so the taxonomy reads them as core terms ("trí tuệ nhân tạo", "thị giác máy tính", "học máy";
"chuỗi khối", "tiền mã hóa", "tài sản mã hóa", "tiền điện tử", "hợp đồng thông minh"), and "học máy" not inside "khoa
học máy tính" (computer science), the degree line of most Vietnamese IT postings.

Strings written here to pin a rule's edge are SYNTHETIC (marked so); the batch items are real.
"""

from __future__ import annotations

from talentintel.tagging.evaluate import tag_item
from talentintel.tagging.tagger import tag_posting
from tests.tagging.batches import by_id

UN44 = by_id("unseen44")
UN43 = by_id("unseen43")
HS17 = by_id("unseen_hs17")


def _sector(item: dict[str, object]) -> list[str]:
    return sorted(tag_item(item).sector)


def test_artificial_intelligence_in_vietnamese_words_is_ai() -> None:
    # "Kỹ Sư Phát Triển Trí Tuệ Nhân Tạo (C++, Python, Opencv)", a listing with only its skill tags
    assert _sector(UN44["un44-vnwl-vinsmart-ai"]) == ["ai"]
    # SYNTHETIC: the other AI field words, and the same written without diacritics
    assert tag_posting(title="Kỹ sư thị giác máy tính").sector == ["ai"]
    assert tag_posting(title="Kỹ sư học máy (Python)").sector == ["ai"]
    assert tag_posting(title="Ky su tri tue nhan tao").sector == ["ai"]


def test_computer_science_degree_is_not_machine_learning() -> None:
    # "Tốt nghiệp Khoa học Máy tính ..." in real TopCV / VietnamWorks postings that do no ML work
    assert _sector(UN43["un43-topcv-viettelidc-dba"]) == []
    assert _sector(UN44["un44-vnw-bidv-appsw"]) == []
    # SYNTHETIC: the degree line alone, and beside the field itself
    backend = "Yêu cầu: Tốt nghiệp chuyên ngành Khoa học máy tính, 3 năm kinh nghiệm Java."
    assert tag_posting(title="Lập trình viên Java", description=backend).sector == []
    ml = "Xây dựng mô hình học máy cho hệ thống gợi ý. Yêu cầu: Tốt nghiệp Khoa học máy tính."
    assert tag_posting(title="Kỹ sư phần mềm", description=ml).sector == ["ai"]


def test_crypto_in_vietnamese_words_is_crypto() -> None:
    # a real ITviec posting whose crypto evidence now includes the law's word for crypto assets
    found = tag_item(HS17["hs17-itv-caex-devops-engineer"])
    assert found.sector == ["crypto"]
    assert "tai san ma hoa" in {hit["term"] for hit in found.evidence["crypto"]}
    # SYNTHETIC: an employer's self-description, and a duty, in Vietnamese
    exchange = "Chúng tôi là sàn giao dịch tiền mã hóa hàng đầu Việt Nam."
    assert tag_posting(title="Chuyên viên vận hành", description=exchange).sector == ["crypto"]
    contracts = "Phát triển và kiểm thử hợp đồng thông minh trên nền tảng chuỗi khối."
    assert tag_posting(title="Lập trình viên", description=contracts).sector == ["crypto"]


def test_an_e_wallet_is_no_crypto() -> None:
    # SYNTHETIC: "ví điện tử" (an e-wallet) and "thanh toán điện tử" (e-payments) hold "điện tử" but no crypto word
    wallet = "Phát triển ứng dụng ví điện tử và cổng thanh toán điện tử cho ngân hàng."
    assert tag_posting(title="Lập trình viên Android", description=wallet).sector == []
