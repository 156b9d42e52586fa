"""A new issue of a fund announced in Chinese: "五源资本宣布了新一期双币基金，总规模折合人民币超过130亿元".

The fund-close words of `fund_cjk` (基金…募集/设立/关账, 完成…基金的募资) miss a firm that announces its new fund by its
issue alone; the round path then read nothing and the text fell to `other` (tuning_cjk4, c4-sina-wuyuan). A new issue
(新一期, 首支/首只, 第N期) announced or completed, with 基金 close after it, is a fund close in the opening.
"""

from __future__ import annotations

import re

_NEW_ISSUE = re.compile(
    r"(?:宣布|完成|推出|成立)了?[^，。,]{0,6}?(?:新一期|新一支|新一只|首支|首只|第[一二三四五六七八九十\d]+期)"
    r"[^，。,；;]{0,10}?基金(?![^，。,]{0,6}(?:投资|投資|领投|領投|出资|出資)(?!人))"
)


def announces_new_issue(opening: str) -> bool:
    return bool(_NEW_ISSUE.search(opening))
