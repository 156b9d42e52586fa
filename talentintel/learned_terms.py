"""The word tokens the learned models read (funding's kind model, tagging's sector model): one tokenizer for both, so
a model's shipped weights and its scoring at run time can never drift apart."""

from __future__ import annotations

import re

_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W\d_{_CJK}]+(?:['’][^\W\d_{_CJK}]+)?|\d+(?:[.,]\d+)*|[$€£¥₹]")
_CJK_RUN = re.compile(rf"[{_CJK}]+")


def words(text: str) -> list[str]:
    """Lowercased word tokens; a CJK run gives its character pairs (no spaces to cut at), a number gives `0`."""
    out: list[str] = []
    for m in _TOKEN.finditer(text.lower()):
        tok = m.group()
        if _CJK_RUN.fullmatch(tok):
            out += [tok[i : i + 2] for i in range(len(tok) - 1)] if len(tok) > 1 else [tok]
        elif tok[0].isdigit():
            out.append("0")
        else:
            out.append(tok)
    return out
