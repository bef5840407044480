"""Word lists the extractors share: what makes a phrase a place, and what makes it noise.

These are general vocabulary (kinds of places, dishes, video chatter), never the names
of particular places: names come from the texts, the curated gazetteer or a geocoder.
"""

import re

from places.vocab import entries, words

# Korean words that end a place name: "자갈치 시장", "서울숲", "감천문화마을".
KO_HEADS: tuple[str, ...] = tuple(entries("ko_heads"))
# One-syllable heads are only trusted at the end of a proper noun ("한라산", not "우산").
KO_SHORT_HEADS = frozenset(h for h in KO_HEADS if len(h) == 1)

EN_HEADS: tuple[str, ...] = tuple(entries("en_heads"))
EN_HEAD_SET = frozenset(h.lower() for h in EN_HEADS)

# Words that say what happened there, trimmed off chapter and caption titles.
KO_ACTIVITY: tuple[str, ...] = tuple(entries("ko_activity"))
EN_ACTIVITY = re.compile(
    r"\s*(?:\b(?:at|by)\s+(?:night|sunset|sunrise|dawn|dusk)\b|\b(?:tour|visit|walk|vlog|review|"
    r"haul|arrival|arrive|again|revisit|part\s*\d+|day\s*\d+|pt\.?\s*\d+)\b)\s*",
    re.IGNORECASE,
)

# Chapter and caption titles that are parts of a video, not places.
GENERIC_TITLES = words("generic_titles")

# Dishes, drinks and food words: a phrase made of these names food, not a place.
KO_FOOD: tuple[str, ...] = tuple(entries("ko_food"))
EN_FOOD = words("en_food")

# Kinds of products: a caption or list item ending in one names an item, not a place
# ("… 독도 토너", "… 여권 케이스", "Stanley Quencher Tumbler").
KO_PRODUCT: tuple[str, ...] = tuple(entries("ko_product"))
EN_PRODUCT = words("en_product")

# Lines that are about the channel or the gear, never about places.
# Matched against lower-cased text (by text.is_noise): a case-blind search of this long
# alternation is several times slower than a plain one over the lowered line.
NOISE_LINE = re.compile(
    # "좋아요" alone is "it's good"; the button is "좋아요 눌러", "좋아요와 구독", "좋아요 ♡".
    r"(구독|좋아요\s*(?:와|랑|[,&+♡❤]|눌러|부탁|꾹|버튼|한\s*번)|^\s*좋아요\s*$|알림\s*설정|subscribe|like\s+and|patreon|instagram|인스타|틱톡|tiktok|"
    r"협찬|광고|문의|business|inquir|contact|e-?mail|@\w+\.|https?://|www\.|bgm|music\s+by|"
    r"음악|촬영\s*장비|장비|camera|editing|edited\s+(?:by|with)|편집|gear|lens|렌즈|"
    r"sponsored|affiliate|copyright|discount|coupon|쿠폰|할인\s*코드|promo|"
    # Teasers for the next video: places not in this one.
    r"다음\s*(?:편|영상|화|에피소드)|next\s+(?:video|episode|vlog)|coming\s+up\s+next|"
    # Credit lines for sounds: "Ambience: "Rainy Night in a Paris Café"", "ASMR: …".
    r"^\s*(?:ambien(?:ce|t)|asmr|playlist|tracklist|soundtrack|sounds?|audio|앰비언스|효과음)"
    r"\s*[:：])",
)
# Currencies by code and by word, as menus and price captions write them ("SGD 6", "12 euros").
_CURRENCY = (
    r"(?:krw|usd|eur|gbp|jpy|cny|rmb|hkd|twd|sgd|myr|thb|vnd|idr|php|aud|nzd|cad|chf|inr|"
    r"won|yen|yuan|baht|euros?|dollars?|pounds?|ringgit|rupiah|pesos?|dong|달러|위안|바트|유로|"
    r"페소|루피아|링깃|파운드)"
)
PRICE = re.compile(
    r"(?:[₩$€£¥฿₫]\s?\d[\d,.]*|\d[\d,.]*\s?(?:원|만\s?원|천\s?원|엔|만\s?동|천\s?동)|"
    # Vietnamese đồng in Korean: "70,000동" (an address's "101동" is a building).
    r"(?:\d{1,3}(?:,\d{3})+|\d{4,})\s?동(?![가-힣])|"
    rf"\d[\d,.]*\s?{_CURRENCY}\b|"
    # A code before the amount only in capitals ("SGD 6", "RM 9"): "Seongsu-dong 2" is no price.
    r"\b(?-i:KRW|USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD|SGD|MYR|THB|VND|IDR|PHP|AUD|NZD|CAD|CHF|"
    r"INR|RM|S\$|HK\$|NT\$)\s?\d)",
    re.IGNORECASE,
)
# A caption that ends in a bare amount after a word that is not a place word is a menu line,
# a dish and its price with the currency left off ("Pad Krapow 9.50", "쌀국수 65").
# OCR often reads the currency sign as a stray mark ("_1,800" for "¥1,800").
TRAILING_AMOUNT = re.compile(r"\s(?:[^\w\s#]|_)?\d{1,3}(?:[.,]\d{1,3})?$")
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:시]\s?\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b", re.IGNORECASE)
HASHTAG = re.compile(r"#[^\s#]+")
EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2190-\u21ff\u2300-\u23ff"
    "\U0001f1e6-\U0001f1ff]+"
)
# Markers that a line names a place: 📍 🏠 📌 (and a few that vlogs use the same way).
PIN = re.compile(r"^[\s\-•·*>]*(?:📍|🏠|📌|🗺️?|🚩|🏨)\s*")
