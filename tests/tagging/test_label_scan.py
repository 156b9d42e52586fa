"""label_scan.location_lines yields exactly regions._LOCATION_LINE.finditer's matches (tagperf4: a speed change)."""

from __future__ import annotations

import random

from talentintel.tagging import regions
from talentintel.tagging.label_scan import location_lines


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def test_location_lines_are_finditer_on_synthetic_texts() -> None:
    # SYNTHETIC: label words in any case, glued to words ("database", "relocation"), at line starts and not, with
    # the characters IGNORECASE folds apart from str.lower and the CJK labels' first characters
    pieces = (
        "Location",
        "LOCATIONS",
        "location",
        "relocation",
        "Work Location",
        "work  location",
        "Based",
        "database",
        "base 地",
        "Base城市",
        "baſe",
        "locatıon",
        "Locatİon",
        "wor\u212a mode",
        "Work Arrangement",
        "work model",
        "Workplace Type",
        "work setup",
        "## ",
        "# ",
        "* ",
        "- ",
        "\t",
        "工作地点",
        "地址",
        "근무 장소",
        "勤務地",
        ": ",
        "：",
        ":",
        "\n",
        "\n",
        " ",
        "’",
        "Berlin",
        "Remote",
        "remote (US)",
        ";",
        "|",
        "x",
    )
    rng = random.Random(18)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        expected = _spans(regions._LOCATION_LINE.finditer(text))
        assert _spans(location_lines(regions._LOCATION_LINE, text)) == expected, text
        matched += bool(expected)
    assert matched > 2000  # the texts do hold labels
