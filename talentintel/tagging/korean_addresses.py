"""Korean address words that name the country when no city is written: a district (구) of a metropolitan city
("해운대구 재반보건지소", "서울 강남구") and a subway station with a walking cue ("성수역에 위치하고 있으며", "삼성역에서
10분", "이수역 근처", "신림역 7번 출구"). Worknet (work.go.kr) descriptions name the office so and nothing else:
unseen_hs21's autosemantics and Haeundae postings read no region (issue 18, tag70).

Korean ends many everyday words in 구 (연구 research, 도구 tool, 요구 demand) and 역 (지역 region, 영역 field, 번역
translation, 병역 military service, 용역 service contract), so neither ending alone is a place: a district is one of
the autonomous and city districts by name (a closed list, the directional 중/동/서/남/북구 only after their city), and
a station a whole word before a walking cue, never one of the everyday 역 words. Read by cjk._address_country, only
when a text names no place the gazetteer knows.

A capital code glued to the Hangul noun after it is a piece of a building's or a company's name, not a country code:
"2층(SG아트타워)" (unseen_hs15 Chainapsis: read KR + Singapore), "SK하이닉스" (Slovakia), "GS타워", "LS일렉트릭",
"DK메디컬"; a particle or an entity word after the code keeps it a place ("US에서 근무", "SG법인"). Read by locations._locate
for location strings and label lines, beside its rule for Latin letters glued on both sides ("인천IT타워").
"""

from __future__ import annotations

import re

# The autonomous districts (자치구) of Seoul, Busan, Daegu, Incheon, Gwangju and Daejeon, and the city districts (일반구)
# of Suwon, Seongnam, Goyang, Yongin, Anyang, Ansan, Bucheon, Cheongju, Cheonan, Jeonju and Changwon, whose names no
# other district shares; the directional ones (중구, 동구, 서구, 남구, 북구) are in _CITY_DISTRICT.
_DISTRICTS = (
    "종로 용산 성동 광진 동대문 중랑 성북 강북 도봉 노원 은평 서대문 마포 양천 강서 구로 금천 영등포 동작 관악 서초 강남 "
    "송파 강동 영도 부산진 동래 해운대 사하 금정 연제 수영 사상 수성 달서 미추홀 연수 남동 부평 계양 광산 유성 대덕 "
    "장안 권선 팔달 영통 수정 중원 분당 덕양 일산동 일산서 처인 기흥 수지 만안 동안 상록 단원 원미 소사 오정 상당 "
    "서원 흥덕 청원 동남 서북 완산 덕진 의창 성산 마산합포 마산회원 진해"
).split()
_HANGUL = "\uac00-\ud7af"
# a whole word: no Hangul before; after it a non-Hangul character or a particle / office word (강남구에, 강남구청, 강남구 내)
_AFTER = rf"(?=[^{_HANGUL}]|$|에|의|청|내|소재|일대)"
_DISTRICT = re.compile(rf"(?<![{_HANGUL}])(?:{'|'.join(sorted(_DISTRICTS, key=len, reverse=True))})구{_AFTER}")
_CITY_DISTRICT = re.compile(
    rf"(?<![{_HANGUL}])(?:서울|부산|대구|인천|광주|대전|울산)(?:특별시|광역시|시)? ?(?:중|동|서|남|북)구{_AFTER}"
)
# A station: a whole Hangul word ending in 역, then a walking cue: an exit number, 도보 (on foot), 인근 / 근처 / 부근
# (near), 역세권, "에 위치" (located at), "에서" with a distance or 도보.
_STATION = re.compile(
    rf"(?<![{_HANGUL}])([{_HANGUL}]{{1,7}})역"
    r"(?= ?\d{1,2}번 ?출구| ?도보| ?인근| ?근처| ?부근| ?역세권|에 ?위치|에서 ?(?:도보|\d))"
)
# Everyday words ending in 역: none is a station's name ("지역에 위치한", "서비스 영역에서 도보로"...)
_WORDS = frozenset(
    "지역 영역 구역 전역 광역 권역 해역 수역 무역 번역 통역 병역 현역 예비역 방역 면역 용역 성역 공역 노역 역역".split()
)


def korean_address(text: str) -> bool:
    """Whether the text names a Korean district or a station with a walking cue."""
    if _DISTRICT.search(text) or _CITY_DISTRICT.search(text):
        return True
    return any(m.group(1) + "역" not in _WORDS for m in _STATION.finditer(text))


_PARTICLES = "에서|에|의|와|과|으로|로|은|는|이|가|을|를|도|만|및|지역|법인|지사|현지"
_NAME_CODE = re.compile(rf"(?<![A-Za-z])[A-Z]{{2,3}}(?=[{_HANGUL}])(?!(?:{_PARTICLES})(?![{_HANGUL}]))")


def without_name_codes(location: str) -> str:
    """The location with the capital codes glued to a Hangul name blanked ("SG아트타워" -> " 아트타워")."""
    return _NAME_CODE.sub(" ", location)
