"""Lead-list rules from tuning_batch38 (scored once before them: lead F1 0.516 on the file), each quoting its real text."""

from talentintel.funding.investor_lists import lead_investors


def test_present_tense_co_leading_with_descriptor_and_dash_appositive() -> None:
    # b38-xierle-moonshot-1b-series-b, https://xierle.com/chinas-moonshot-ai-zooms-to-2-5b-valuation-raising-1b-for-an-llm-focused-on-long-context
    text = (
        "Meanwhile, the reports say the funding is coming from a list of big-name investors that include a number of "
        "potentially interesting strategic partners. Co-leading the round are e-commerce giant Alibaba and HongShan — "
        "the VC firm formerly known as Sequoia China, according to South China Morning Post."
    )
    assert lead_investors(text) == ["Alibaba", "HongShan"]


def test_indonesian_and_including_and_according_to_end_the_list() -> None:
    # b38-bisnisupdate-openai-6-6b-thrive-id, https://bisnisupdate.com/tekno/openai-mengumpulkan-miliaran-sambil-berjanji-bekerja-dengan-pemerintah-as-dan-sekutu/110092
    text = (
        "Putaran pendanaan dipimpin oleh Thrive Capital, yang menginvestasikan $1.25 miliar, dan termasuk Microsoft "
        "(sekitar $1 miliar), SoftBank ($500 juta), dan Nvidia ($100 juta) menurut Wall Street Journal."
    )
    assert lead_investors(text) == ["Thrive Capital"]


def test_heading_above_leading_the_round_is_no_subject() -> None:
    # b38-mashviral-mistral-105m-113m-seed, https://mashviral.com/mistral-ai-seed-funding/
    text = (
        "According to Dealroom. Co, which tracks private tech investments, the funding is the largest-ever seed round "
        "in Europe.\n\nInvestment Overview\n\nLeading the round of funding was Lightspeed Venture Partners, a reputed "
        "backer of companies like Snapchat, Epic Games, and StabilityAI."
    )
    assert lead_investors(text) == ["Lightspeed Venture Partners"]
