"""A company filing for or going into bankruptcy, in the languages beside English (branch fund82).

`kind` reads BANKRUPTCY_INTL as a "shutdown" trigger (before the opening's first completed raise), as it reads the
English "filed for bankruptcy" (kind._SHUTDOWN) and the CJK 破産 / 파산 (kind_cjk_trend). Seen on tuning_hs19, read
as a round: "Perusahaan AI mulai bangkrut ... mengajukan permohonan perlindungan kebangkrutan di AS" (hs19-aiindonesia-
wave-computing-bankruptcy-id), whose "pendanaan Putaran E sebesar 86 juta dolar" of 2018 is the company's past. Only a
filing or a declared state counts, never the bare noun, which background clauses use ("after the FTX bankruptcy").
"""

from __future__ import annotations

import re

BANKRUPTCY_INTL = re.compile(
    # Indonesian and Malay: "mengajukan (permohonan perlindungan) kebangkrutan / pailit", "mulai / akan bangkrut".
    r"\b(?:mengajukan|ajukan|memohon)\s(?:[\w-]+\s){0,3}?(?:kebangkrutan|kepailitan|pailit)\b|"
    r"\b(?:akan|mulai|telah|sudah|resmi|dinyatakan|terancam)\s(?:bangkrut|pailit|muflis)\b|"
    # Spanish and Portuguese: "se declaró en quiebra", "solicitó la protección por bancarrota", "pediu falência".
    r"\bse\s(?:declar[óa]|declaran|declararon)\sen\s(?:quiebra|bancarrota)\b|"
    r"\bsolicit(?:ó|a|aron)\s(?:la\s)?(?:protecci[óo]n\s(?:por|de|contra)\s(?:la\s)?)?(?:quiebra|bancarrota|concurso)\b|"
    r"\b(?:pediu|pede|pediram|declarou|decretou)\s(?:a\s)?(?:recupera[çc][ãa]o\sjudicial|fal[êe]ncia)\b|"
    # French, German, Italian: "a déposé le bilan", "placée en liquidation judiciaire", "meldet Insolvenz an".
    r"\b(?:a\sdéposé\sle\sbilan|(?:placée?s?|mise?s?)\sen\s(?:liquidation|redressement)\sjudiciaire|fait\sfaillite)\b|"
    r"\b(?:meldet|meldete|melden|hat|haben)\s(?:[\w-]+\s){0,2}?Insolvenz\s(?:an|angemeldet)\b|\bInsolvenzantrag\b|"
    r"\bha\sdichiarato\s(?:il\s)?fallimento\b|"
    # Vietnamese and Russian: "nộp đơn phá sản", "подала заявление о банкротстве".
    r"(?:nộp\sđơn|tuyên\sbố|đệ\sđơn)\s(?:xin\s)?phá\ssản|(?:подал|подала|подали|объявил|объявила)\s[^.\n]{0,30}?банкрот",
    re.IGNORECASE,
)
