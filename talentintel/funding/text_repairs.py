"""Repairs for text that lost its spaces or its bullets on the way in (PDF renderings, scraped newsletters)."""

from __future__ import annotations

import re

# "headed into a pivotal study.Polaris Partners led the round" (b18-ancora-tessa-degron, a PDF-to-text newsletter): a
# sentence's full stop glued to the next sentence's capitalised word. Three lower-case letters before the stop and a
# word after it keep domains ("Booking.com"), initials ("U.S.Army") and "e.g.Apple" as they are.
_RUN_ON = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]{2,}[\s,])")


def space_run_on_sentences(text: str) -> str:
    """Put back the space after a full stop that runs into the next sentence."""
    return _RUN_ON.sub(". ", text)


# "β’Cure Ventures led the seed round" (b19-newzbits-tortugas-skyfire): the bullet "•" (E2 80 A2) decoded as Greek
# (cp1253) or Latin-1 text glues a mojibake to the first name of the line; it is read as the bullet it was.
_MOJIBAKE_BULLET = re.compile(r"(?m)^[ \t]*(?:β’|â€¢)[ \t]*")


def repair_bullets(text: str) -> str:
    """Lines that open on a mis-decoded bullet open on "• " instead."""
    return _MOJIBAKE_BULLET.sub("• ", text)


# "阿里領(lǐng)投了核聚變初創(chuàng)企業(yè)諾瓦聚變" (b58-cnmusu-nova-fusion-angel-alibaba-zh): a converter's mirror page writes a
# character's pinyin reading after it, which breaks the words the Chinese rules read ("領投" read as nothing, so the
# investor was the company). 24 tuning texts from 24 publishers carry such readings; a reading is the lower-case syllable
# in brackets right after a Han character. A tone mark says it is pinyin; on a page with two or more marked readings
# the neutral-tone ones ("的(de)") are readings too, while a lone "(tencent)" on another page stays.
# The CJK rules (cjk, cjk_subject, cjk_registered, deals_cjk, fund_cjk_sponsors, fund_roles) strip every reading with
# PINYIN_READING, tone mark or not, from the part they read.
PINYIN_READING = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
_MARKED_READING = re.compile(r"(?<=[\u3400-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def without_pinyin_readings(text: str) -> str:
    """Han text without the pinyin readings a mirror page writes after its characters."""
    marked = _MARKED_READING.findall(text)
    if not marked:
        return text
    return PINYIN_READING.sub("", text) if len(marked) >= 2 else _MARKED_READING.sub("", text)
