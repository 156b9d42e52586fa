"""Issue 18, session 27 sense rules: ML people named as colleagues (colleague_roles.py, 2026.12.105); Korean AI-tool titles (ai_use_titles.py, 2026.12.106)."""

from talentintel.tagging.tagger import tag_posting


def _sector(title: str, description: str) -> list[str]:
    return sorted(tag_posting(title=title, description=description, company="").sector)


def test_colleague_ml_title_is_a_mention() -> None:
    text = (
        "You will build batch and streaming pipelines for our maps platform. "
        "You will work together with data scientists and machine learning experts, as well as product management. "
        "You know Spark, Kafka and SQL well and have run large clusters in production for several years."
    )
    assert _sector("Big Data Engineer", text) == []


def test_ml_work_beside_a_colleague_still_counts() -> None:
    text = (
        "You will train and evaluate deep learning models for speech recognition. "
        "You will work together with ML engineers to ship the models to production. "
        "You know PyTorch and have trained neural networks on large datasets."
    )
    assert _sector("Research Engineer", text) == ["ai"]


def test_korean_ai_use_and_ai_made_media_titles_withdraw_the_bare_ai() -> None:
    """ai_use_titles.py, TAGGER_VERSION 2026.12.106: "AI 활용" and "AI 영상 제작" name AI as a tool."""
    text = "정부지원사업 자료 조사와 보고서 작성을 돕습니다. 엑셀과 한글 문서 작성에 능숙하신 분을 찾습니다."
    assert _sector("AI 활용 정부지원사업 리서치 어시스턴트", text) == []
    assert _sector("[신입] 영상 편집 및 AI 영상 제작자", "유튜브 영상 편집과 썸네일 제작을 담당합니다.") == []
    assert _sector("AI 영상 생성 모델 연구원", "확산 모델 기반 영상 생성 모델을 연구합니다.") == ["ai"]
