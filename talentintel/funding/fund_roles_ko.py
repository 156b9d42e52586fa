"""More Korean forms that name a fund's manager (운용사, GP) by its role, for fund_roles._ROLE_KO.

tuning_hs8 (scored once: fund manager 0.375): "운용사로 선정된 케이브릿지인베스트먼트와 지역 중견기업이 출자한다" and
"운용사 케이브릿지인베스트먼트는 ..." (hs8-kookje-dongnam-jobs-fund-kbridge-ko: the manager read as "이상 스타트업에
투자하"), "해당 펀드는 30억 원 규모로 부산 창조경제혁신센터가 운용(GP)한다" (hs8-mby-busan-unicorn-startup-fund-ko). The
role word before the name ("운용사 X는", "운용사로 선정된 X") or the verb after it ("X가 운용한다") says who runs the
money. Each alternative captures one group, numbered after _ROLE_KO's own two.
"""

from __future__ import annotations

# A Korean name: no particle-ending word before it ("펀드는 X가" keeps X); one leading place word may belong to it
# ("부산 창조경제혁신센터").
_KO_NAME = r"(?<![가-힣A-Za-z0-9])((?:[가-힣]{2,6}(?<![는은를을로에의도와과가이])\s)?[가-힣A-Za-z0-9&]{2,20}?)"
# A Korean firm's legal-form mark, before or after its name: "㈜티인베스트먼트", "대덕인베스트먼트(주)" (tuning_funds25 thesejong,
# joongdo: the role phrases below missed both names for the mark).
_MARK = r"(?:㈜|\(주\)|\(유\))?"
# What a role word may be followed by that is no name: the selection itself ("운용사 선정", "운용사 모집").
_NOT_NAME = r"(?!선정|모집|공모|후보|경우)"  # ... or a condition: "운용사인 경우에는" (if it is the manager)

KO_GP_ROLE = (
    rf"(?:위탁\s?)?운용사로\s?(?:최종\s)?선정된\s{_NOT_NAME}([가-힣A-Za-z0-9&]{{2,20}}?)(?:와|과|가|이|는|은|,|\s)|"
    rf"(?<![가-힣])(?:위탁\s?)?운용사인?\s{_NOT_NAME}㈜?([가-힣A-Za-z0-9&]{{2,20}}?)(?:\((?:주|유)\)(?:는|은|가|이)?|는|은|가|이)\s|"
    # "운용은 ㈜X가 담당할 예정" (the verb beside 맡다), "㈜X를 운용사로 선발한" (the name before its role).
    rf"운용은\s[^.。\n]{{0,60}}?{_MARK}([가-힣A-Za-z0-9&]{{2,20}}){_MARK}(?:가|이)\s?담당|"
    rf"{_MARK}([가-힣A-Za-z0-9&]{{2,20}}?){_MARK}(?:을|를)\s?(?:위탁\s?)?운용사로\s?(?:최종\s?)?(?:선정|선발)|"
    rf"{_KO_NAME}(?:가|이)\s?운용(?:\(GP\)|사\s?\(GP\))?(?:한다|하며|하고|하게|을\s?맡)"
)
