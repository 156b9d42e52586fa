"""The verbs a raiser is the subject of, in the languages the rules read ("raises", "sammelt", "lève", "levanta",
"haalt", "tar in"), and the time words that may stand between the subject and its verb ("on Friday", "this week").

Moved out of `company` (399 lines, fund73) unchanged: `company._SUBJECT_VERB` and `company_pronoun_subject` build
their patterns from these.
"""

from __future__ import annotations

RAISE_VERB = (
    # "recently" as "today": "Prophet Security recently announced it secured $30 million in funding"
    # (b48-omeganext-prophet-security-30m), "Gardin recently announced" (hortidaily-gardin-seed), "Black Founders Matter
    # recently announced" (f14-pulse2-black-founders-matter-fund-i), "Polychain Capital recently announced" (f18-fxstreet-...).
    r"(?i:(?:has\s|have\s|had\s)?(?:now\s|today\s|just\s|officially\s|also\s|reportedly\s|recently\s|ainda\s|também\s|"
    r"también\s|ya\s|hoje\s|hoy\s|oggi\s|successfully\s)?"
    r"(?:rais(?:ed|es|e)|secur(?:ed|es)|clos(?:ed|es)|complet(?:ed|es)|announc(?:ed|es)|unveil(?:s|ed)|land(?:s|ed)|nab(?:s|bed)|"
    r"snag(?:s|ged)|bag(?:s|ged)|clinch(?:es|ed)|banks|scores|snares|inks|emerged|emerges|launch(?:ed|es)|receiv(?:ed|es)|gets|"
    r"lands|hits|picks\sup|pull(?:s|ed)\sin|br(?:ought|ings)\sin|net(?:s|ted)|grab(?:s|bed)|scoop(?:s|ed)(?:\sup)?|rak(?:es|ed)\sin|haul(?:s|ed)\sin|"
    r"attract(?:s|ed)|fetch(?:es|ed)|is\snow\svalued|is\s(?:excited|thrilled|pleased|proud)\sto\sannounce|"
    r"a\sfinalisé|a\slevé|lève|annonce|levanta|levantó|recauda|recaudó|ha\sconseguido|obtuvo|arrecadou|capta|"
    r"sammelt|haalt|erhält|erhielt|bekommt|bekam|sichert\ssich|schließt|schliesst|holt\ssich|holt|stockt|verbucht|anunci(?:ó|a)|cierra|cerró|consigue|consiguió|ha\s(?:cerrado|levantado|recaudado|captado|"
    r"obtenido|anunciado)|(?:a|avait|ont|avaient)\s(?:annoncé|obtenu|bouclé|réalisé|levé|décroché|récolté|sécurisé)|boucle|obtient|décroche|sécurise|finalise|recebe|recibe|fecha|ganha|consegue|ottiene|incassa|anunciou|captou|fechou|concluiu|recebeu|recibió|raccoglie|chiude|annuncia|"
    r"ha\s(?:chiuso|raccolto|ottenuto|annunciato)|acaba\sde\s(?:levantar|recaudar|cerrar|anunciar|obtener|captar|"
    r"conseguir|ganhar|receber|fechar|captar)|vient\sde\s(?:lever|boucler|finaliser|annoncer)|"
    # Swedish, Danish, Norwegian: "Elscooterbolaget Voi tar in 820 miljoner kronor" (fund49, hs11: no subject read).
    r"tar\sin|tog\sin|har\stagit\sin|henter|hentede|hentet|har\shentet|rejser|rejste|har\srejst|säkrar|säkrade|"
    r"har\ssäkrat|sikrer|sikret|har\ssikret|"
    # European Portuguese "angariar" (raise) and the imperfect of report: "a Sword Health anunciava a primeira grande
    # ronda ... angariava um total de 30 milhões de dólares" (hs11-expresso-sword-health-30m-oscar-pt, fund49).
    r"angariou|angariava|angaria|anunciava)(?!\w))"
)
# "Cipher Mining on Friday announced", "Acme this week raised": a time between the subject and its verb.
WHEN = r"(?:(?:on|this|last|earlier this)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\s|today\s)?"
