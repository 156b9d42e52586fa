"""Fund closes in German, French, Spanish, Portuguese and Italian, and the manager each names.

"X schließt neuen Fonds mit 200 Millionen Euro", "X lance un fonds de 150 millions d'euros", "La gestora X ha cerrado
su tercer fondo", "X lança fundo de R$ 500 milhões": the manager, its verb, then the fund with its own determiner.
German puts the participle last ("Der High-Tech Gründerfonds (HTGF) hat einen neuen Fonds aufgelegt") and may name
the firm in one sentence and close the fund in the next with a descriptor ("... die Nachricht des High-Tech
Gründerfonds (HTGF) ... Der Frühphaseninvestor hat ... seinen größten Fonds ... geschlossen"). French and Spanish
also call funds vehicles ("annonce ainsi la levée de deux nouveaux véhicules").
"""

from __future__ import annotations

import re

from talentintel.funding.fund_opening import opening_sentences

_EU_VERB = (
    r"(?:schlie(?:ß|ss)t|schloss|hat\s(?:[^.]{0,60}?)(?:geschlossen|aufgelegt|eingesammelt)|legt\s|sammelt|startet|"
    r"lance|a\slancé|a\sannoncé|boucle|a\sbouclé|clôture|a\sclôturé|lève|a\slevé|annonce|finalise|a\sfinalisé|"
    r"cierra|ha\scerrado|cerró|lanza|ha\slanzado|lanzó|levanta|ha\slevantado|capta|ha\scaptado|alcanza|"
    r"lança|lançou|fecha|fechou|captou|anuncia|anunciou|"
    # Italian: "L'editore di giochi blockchain Immutable ha lanciato un fondo da 100 milioni di dollari".
    r"ha\slanciato|lancia|ha\schiuso|chiude|ha\sraccolto|raccoglie|annuncia|ha\sannunciato)"
)
# A fund, or a vehicle ("véhicule", "vehículo", "Vehikel"), as a noun.
_FUND_NOUN = r"(?:Fonds|fonds|fondos?|fundos?|véhicules?|vehículos?|veículos?|Vehikel)\b"
# A short form in brackets after the name: "Der High-Tech Gründerfonds (HTGF) hat".
_SHORT_FORM = r"(?:\s\([^()]{1,20}\))?"
_NAME = r"((?:[A-Z][\w.&'’-]*\s){0,3}[A-Z][\w.&'’-]*)"
_EU_FUND = re.compile(
    rf"{_NAME}{_SHORT_FORM}\s(?:(?:bereits|nun|jetzt|hoy|ya)\s)?{_EU_VERB}"
    # The fund is the verb's object, with its own determiner ("son deuxième fonds", "un fondo", "neuen Fonds", "deux
    # nouveaux véhicules"), not the investor of a round ("lève 10 millions d'euros auprès du fonds X").
    # An ordinal alone may stand for the determiner: "Vox Capital lança terceiro fundo" (tuning_funds16 capitalreset).
    r"(?:\s(?:(?:novo|nuevo|nouveau|neuen|segundo|terceiro|tercer|quarto|cuarto|quinto)\s)?|(?:[^.\n]|\.(?=\d)){0,30}?\b(?:un|une|son|sa|ses|leur|leurs|nouveau|"
    r"nouvel|nouveaux|deux|trois|su|sus|el|los|nuevo|nuevos|dos|tres|um|uma|seu|novo|novos|dois|três|ein|einen|"
    r"seinen|ihren|neuen|den|zwei|drei|il|suo|nuovo)\s(?:[\w-]+\s){0,2}?)" + _FUND_NOUN
)
# German with the participle last: "X (HTGF) hat einen neuen Fonds aufgelegt", "X hat seinen dritten Fonds geschlossen".
_DE_FUND_LAST = re.compile(
    # The fund is the object with its own article ("einen neuen Fonds"), not the source of a round ("vom Fonds X").
    rf"{_NAME}{_SHORT_FORM}\shat\s(?:[^.]{{0,80}}?)\b(?:einen|seinen|ihren|den)\s(?:[\w-]+\s){{0,3}}?(?:Fonds|Vehikel)\b"
    r"(?:[^.]|\.(?=\d)){0,80}?"
    r"\b(?:aufgelegt|geschlossen|eingesammelt|gestartet|aufgesetzt)\b"
)
# "Der Frühphaseninvestor hat ... seinen größten Fonds ... geschlossen": a descriptor for the firm named before.
_DE_ANAPHOR = re.compile(
    r"\b(?:Der|Die|Das)\s(?:[\w-]+\s)?(?:Frühphaseninvestor|Investor|Risikokapitalgeber|Wagniskapitalgeber|"
    r"Geldgeber|Kapitalgeber|VC|Fondsmanager|Beteiligungsgesellschaft)\shat\s(?:[^.]|\.(?=\d)){0,120}?\b(?:Fonds|Vehikel)\b"
    r"(?:[^.]|\.(?=\d)){0,80}?\b(?:aufgelegt|geschlossen|eingesammelt)\b"
)
# The firm a descriptor refers back to: a name given with its short form ("des High-Tech Gründerfonds (HTGF)").
_NAMED_WITH_SHORT_FORM = re.compile(r"((?:[A-Z][\w.&'’-]*\s){0,3}[A-Z][\w.&'’-]*)\s\([A-Z][A-Za-z]{1,7}\)")
_EU_ROUND = re.compile(r"\b(?:ronda|tour de table|levée de fonds|Finanzierungsrunde|rodada|Runde)\b", re.IGNORECASE)
_EU_DESCRIPTOR = re.compile(
    r"^(?:(?:La|Le|Les|El|Los|Der|Die|Das|A|O)\s)?(?:(?:gestora|gestionnaire|fonds|fondo|VC|Investor|Wagniskapitalgeber|"
    r"Berliner|Münchner|Hamburger|société|firma|empresa)\s)*",
)


def _anaphor_firm(text: str, sentence: str) -> str | None:
    if not _DE_ANAPHOR.search(sentence):
        return None
    start = text.find(sentence[:60])
    named = list(_NAMED_WITH_SHORT_FORM.finditer(text[: max(start, 0)]))
    return named[-1].group(1) if named else None


def eu_fund_manager(text: str) -> str | None:
    """The manager of a German/French/Spanish/Portuguese fund close in the opening, or None."""
    for sentence in opening_sentences(text):
        if _EU_ROUND.search(sentence):
            continue
        # The descriptor first: German capitalises it like a name ("Der Frühphaseninvestor hat ...").
        firm = _anaphor_firm(text, sentence)
        if firm:
            return _EU_DESCRIPTOR.sub("", firm).strip() or None
        m = _EU_FUND.search(sentence) or _DE_FUND_LAST.search(sentence)
        if m:
            name = _EU_DESCRIPTOR.sub("", m.group(1)).strip()
            return name or None
    return None
