"""Session 26 (helper company_f26) company rules, each with the real sentence it came from (tuning file ids)."""

from __future__ import annotations

import pytest

from talentintel.funding import company_span
from tests.funding.tuning_texts import tuning_text


def test_a_glued_name_split_at_its_script_boundary_is_the_rules_whole_name() -> None:
    # real names the span model cut at the script boundary while the rules read them whole (tuning, shipped modes):
    # "蜻蜓FM" (b62-guangxilong-qingting-fm-new-round-zhongwen-online-zh), "オープンAI" (b38-auone-openai-9600oku-ja),
    # "ofo小黄车" (b17-whahsh-ofo-700m), "靈寶CASBOT" (dignews-casbot-angel)
    assert company_span.glued_part_of("蜻蜓", "蜻蜓FM") and company_span.glued_part_of("オープン", "オープンAI")
    assert company_span.glued_part_of("小黄车", "ofo小黄车") and company_span.glued_part_of("CASBOT", "靈寶CASBOT")
    # SYNTHETIC: not a script boundary, or a spaced name, or the same name: the model's choice is kept
    assert not company_span.glued_part_of("Open", "OpenAI") and not company_span.glued_part_of("智谱", "智谱华章")
    assert not company_span.glued_part_of("Mistral", "Mistral AI") and not company_span.glued_part_of("蜻蜓", "蜻蜓")


@pytest.mark.shipped_modes
def test_the_shipped_span_keeps_a_glued_name_whole() -> None:
    # real: the shipped modes read "蜻蜓" for the raiser of "在线音频平台蜻蜓FM宣布完成新一轮融资" (guangxilong.com)
    text = tuning_text("b62-guangxilong-qingting-fm-new-round-zhongwen-online-zh")
    assert company_span.choose(text, "蜻蜓FM", mode="hybrid") == "蜻蜓FM"
