"""A raise told in Japanese as sought or aimed at, and one told in Chinese as a rumour or a denial.

`kind` reads both as "not closed" triggers (before the opening's first completed raise, through kind_more_intl).
Seen on tuning_batch57 (kind_f24, read as rounds at its one score in every kind mode), each labelled other:
- Japanese, a raise sought, on three publishers: "価値40億ドルとの評価目指す-関係者 ... 調達ラウンドに向け協議" (Tuhu,
  bloomberg.co.jp), "評価額を約30億ドル ... に大きく引き下げて資金を集めようとしている" (Ola, nikkan.co.jp), "新たな資金
  調達を通じて評価額を約4,000億ドル ... に引き上げることを目指している" (SpaceX, nihontechhub.com). `SOUGHT_INTL` reads
  "調達を目指" and "調達する予定"; these put the aim on the valuation, or say "is trying to gather funds".
- Chinese, a raise rumoured or denied, on two publishers: "軟銀否認參與比特大陸Pre-IPO輪融資" (SoftBank denies joining
  Bitmain's round, lin-zhou.cn), "网传喜马拉雅完成40亿元融资 ... 官方回应:假的" (a rumoured round the company calls
  false, kejilie.com). The cue comes before the raise verb, so "网传 ... 完成 ... 融资" is read before its "完成".
"""

from __future__ import annotations

import re

SOUGHT_JA = re.compile(
    # "資金を集めようとしている" (is trying to gather funds), "資金を集める方針" (intends to).
    r"資金を?集め(?:ようとして|る方針|る計画|る予定)|"
    # "調達ラウンドに向け協議" (in talks toward a round).
    r"(?:ラウンド|資金調達|調達)に向け(?:て)?(?:協議|交渉|調整)|"
    # An aim on the valuation: "評価目指す", "評価額を ... に引き上げることを目指している", "評価を得たい考え".
    r"評価(?:額)?[^。\n]{0,40}?(?:目指|を得たい考え)",
)
RUMOUR_ZH = re.compile(
    # A rumour (网传, 传闻, 据传, 盛传) or a denial (否认, 辟谣) of a round, in one clause before its 融资.
    r"(?:网传|網傳|传闻|傳聞|据传|據傳|盛传|盛傳|否认|否認|辟谣|闢謠)[^，,。；;\n]{0,30}?(?:融资|融資)"
)
