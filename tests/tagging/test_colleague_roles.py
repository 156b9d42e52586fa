"""ML people named as colleagues are a mention (colleague_roles.py, TAGGER_VERSION 2026.12.101)."""

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
