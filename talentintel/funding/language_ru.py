"""Russian words shared by the Russian round reader (deals_ru) and the deal-kind rules (kind_sought_intl)."""

# A raise only planned, wanted or talked of: "планирует / намерена / хочет / собирается / может привлечь", "ведет
# переговоры о привлечении". Both readers once kept a copy each, the kind rules' one narrower (no хоч-/собира-/может);
# one pattern now serves both (session-17 review).
PLANNED_RU = (
    r"(?:планиру\w+|намерен\w*|хоч\w+|хотят|рассчитыва\w+|собира\w+|может|могут)\s(?:\w+\s){0,2}?привлечь"
    r"|переговор\w*\s(?:\w+\s){0,3}?о\sпривлечении"
)
