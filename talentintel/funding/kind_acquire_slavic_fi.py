"""An acquisition told in a Slavic language (Bulgarian, Russian, Ukrainian, Polish) or in Finnish, which neither the
English trigger (kind._ACQUIRE) nor the Romance one (kind_acquire_intl) reads (issue 13, tuning_hs21; branch fund86).

Seen on the session-21 holdout, both read as rounds: "Apple потвърди придобиването на израелския стартъп Q.ai ...
Сделката е струвала на Apple почти 2 милиарда" (hs21-businessnovinite-apple-acquires-q-ai-2bn-bg) and "teknologiajätti
Apple olisi ostanut Suomesta tekoälyosaamista ... Apple osti sen viime vuoden lopussa" (hs21-talouselama-apple-curious-
ai-reported-acquisition-fi). The same grammar on the tuning set's other texts: "NVIDIA согласилась приобрести Groq"
(hs8-finecho-nvidia-groq-20b-ru). Buying a stake or shares is an investment, not an acquisition: "Google приобретает
5,4% акций биткоин-майнера Cipher" (b44-teststar-google-cipher-backstop-ru) and "для приобретения процессоров"
(buying chips, hs21-rambler-xai-up-to-20bn-nvidia-spv-ru) stay out: the verb must take a company (a capitalised name,
or a word for a company or start-up) as its object, and the bare noun must be followed by "на"/"компании"/a name.
"""

from __future__ import annotations

import re

# What a buyer acquires: a capitalised name or a company noun, optionally after one adjective ("израелския стартъп").
_COMPANY_OBJECT = (
    r"(?:\s+(?-i:[a-zа-яёіїєąćęłńóśźż])[\w-]*(?:ия|ата|ски|ая|ую|ый|ий|ой|ого|ому|ну|ego|ą))?\s+"
    r"(?:(?-i:[A-ZА-ЯЁІЇЄ])|(?:компани|стартап|стартъп|фирм|разработчик|spółk|firm|startup)\w*)"
)

ACQUIRE_SLAVIC_FI = re.compile(
    # Bulgarian: "придобиването на", "придоби", "придобива", "купи компанията"; Russian: "приобрела", "приобрести",
    # "приобретает", "поглощение", "купила"; Ukrainian: "придбала", "придбання", "поглинання"; Polish: "przejęcie",
    # "przejął", "przejmuje", "kupił".
    r"(?<![\w-])(?:"
    r"придобиване(?:то)?\sна|придоби(?:ва)?|поглъщане(?:то)?\sна|"
    r"приобре(?:л|ла|ли|сти|тает|тают)|приобретени[ея]\s(?:компании|стартапа)|поглощени[ея]|"
    r"придба(?:в|ла|ли|ти|ння)|поглинання|купи(?:л|ла|ли|ть|ва)?|"
    r"przej(?:ęcie|ął|ęła|muje|mie)|kupi(?:ł|ła|ło)"
    rf")(?=(?:{_COMPANY_OBJECT})|\s(?:на|от)\s)(?!\s+\d)"
    # Finnish: "on ostanut", "osti", "ostaa yhtiön", "hankkinut", "yrityskauppa", "yritysosto", "ostokohteena".
    r"|(?<![\w-])(?:ostanut|osti|hankkinut|yrityskaup\w*|yritysost\w*|ostokohtee\w*)(?![\w-])(?!\s+(?:osakkeita|osuuden))",
    re.IGNORECASE,
)
