"""Text helpers for extractors: cleaning names, spotting addresses, judging title cards."""

from __future__ import annotations

import re

from places import lexicon

_BULLET = re.compile(r"^[\s\-–—•·*>~=#\d.)\]]*")
# A number inside a name, before a Romance joiner: streets, squares and markets named for a
# date ("Plaza 25 de Mayo", "Mercado 12 de Octubre"). Part of a name pattern, not compiled.
DATE_JOIN = r"\d{1,2}\s+(?:de|del|di|da)\s+"
PAREN = re.compile(r"\s*[(\[（【]([^)\]）】]{1,60})[)\]）】]\s*")
# "숙소: 라궁", "Stay: Hotel X": a label before the name.
_LABEL = re.compile(
    r"^(?:숙소|장소|위치|상호|가게|매장|맛집|카페|식당|호텔|점심|저녁|아침|stay|hotel|place|spot|"
    r"cafe|café|restaurant|lunch|dinner|breakfast)\s*[:：]\s*",
    re.IGNORECASE,
)
_QUOTES = str.maketrans("", "", '"“”‘「」『』《》<>')


def _unquote(text: str) -> str:
    # An apostrophe inside a word is part of the name ("Joe's"); around words it quotes.
    text = re.sub(r"(?<![A-Za-z])['’]|['’](?![A-Za-z])", "", text)
    return text.translate(_QUOTES)


# Korean road / lot addresses: "서울 성동구 아차산로9길 8", "제주 서귀포시 성산읍 성산리 1".
_KO_PROVINCE = (
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주|"
    r"충청북|충청남|전라북|전라남|경상북|경상남)(?:특별시|광역시|특별자치시|특별자치도|도|시)?"
)
_KO_AREA = rf"(?:{_KO_PROVINCE}|[가-힣]{{1,5}}시)"
KO_ADDRESS = re.compile(
    rf"(?:(?<=\s)|^){_KO_AREA}(?:\s+[가-힣]{{1,6}}(?:시|군|구))?(?:\s+[가-힣]{{1,6}}(?:구|읍|면))?\s+"
    r"(?:[가-힣\d]{1,12}(?:로|길)\s*\d+(?:-\d+)?|"
    r"[가-힣\d]{1,10}(?:동|리|가)(?:\s*\d+(?:-\d+)?(?:\s*번지)?)?(?=\s|$|,))"
)
_KO_ADMIN_WORD = re.compile(r"[가-힣]{1,6}(?:시|군|구)\b")
# A street address in Latin script, in any of three forms.
_STREET = re.compile(
    # The number, then the street: "12 Main Street", "8 Achasan-ro", "1 Chome-2-3".
    r"\b\d{1,5}(?:-\d+)*[A-Za-z]?,?\s+(?:[A-Z][\w'’.-]*\s+){0,4}?"
    r"(?:[\w'-]*-(?:ro|gil|daero|dong|gu)|Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|"
    r"Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Highway|Hwy)\b"
    r"|\b\d+\s*Chome(?:-\d+)+"
    # A stall or unit inside a building, as hawker centres, malls and food halls number them:
    # "Stall #02-15", "Unit 3B", "#01-23" ("Shop 24" is as often a name as an address).
    r"|\b(?:stall|unit|booth|kiosk)\s*(?:no\.?\s*)?#?\s*\d{1,4}[A-Za-z]?\b"
    r"|(?<![\w#])#\d{1,2}-\d{1,4}\b"
    # Continental: the street word first, the number after ("Calle Betis 12",
    # "Rua Augusta 24", "Plaza de la Encarnación, 41003 Sevilla", "Via del Corso 1").
    r"|\b(?:Calle|C/|Plaza|Pl\.|Avenida|Av\.|Avda\.?|Paseo|Rua|R\.|Travessa|Largo|Praça|"
    r"Via|Viale|Piazza|Corso|Rue|Place|Quai|Straße|Strasse|Platz|Gasse|Ulica|Náměstí)\s+"
    r"[^,\d]{2,40}?,?\s*(?:\d{1,4}\b|s/n\b|[^,]*,\s*\d{4,5}(?:-\d{3})?\s+\w)",
    re.IGNORECASE,
)


# Japanese and Chinese addresses: "札幌市中央区北1条西2丁目", "東京都台東区谷中7-18-1",
# "臺南市中西區民族路二段 25 號": an admin unit, then a block, lot or house number.
_CJK_ADDRESS = re.compile(
    r"[都道府県市区町村郡]\S{0,20}?(?:\d+|[一二三四五六七八九十]+)\s*(?:丁目|番地?|号|条)"
    r"|[都道府県市区]\S{0,20}?\d+(?:-\d+){1,2}"
    r"|[都市]\S{0,12}?区\S{0,16}?\d+"
    r"|[市區縣鄉鎮]\S{0,20}?(?:路|街|巷|弄|段)\S{0,12}?\d+\s*(?:號|号)"
)
# Postcodes that only an address carries: British "EH8 8AZ", Canadian "M5V 3L9",
# and an American state and ZIP ("NY 10012").
_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s\d[A-Z]\d\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b"
)


def looks_like_address(text: str) -> bool:
    """A Korean road/lot address or a street address, not just any text with a number."""
    text = text.strip()
    if not text or len(text) > 160:
        return False
    if lexicon.PRICE.search(text):
        # "(¥680 one way)", "€1.85 per ride": a tip with a fare, not an address.
        return False
    if KO_ADDRESS.search(text) or _CJK_ADDRESS.search(text) or _POSTCODE.search(text):
        return True
    if _STREET.search(text):
        return True
    # "Jongno-gu, Seoul", "Tsukiji, Chuo City, Tokyo": several comma-separated place parts.
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return (
        len(parts) >= 3
        and all(len(p) <= 40 for p in parts)
        # A house number, not a model code ("V60 드리퍼, C40 그라인더, EKG 주전자" is gear).
        and any(
            re.search(
                # Not "ZV-1", "31번", "25분".
                r"(?<![A-Za-z\d-])\d+(?![A-Za-z\d가-힣])|City|Ward|-gu\b|-si\b|Prefecture|District",
                p,
            )
            for p in parts
        )
    )


def strip_decoration(text: str) -> str:
    text = lexicon.EMOJI.sub(" ", text)
    text = lexicon.HASHTAG.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def clean_name(raw: str) -> tuple[str, tuple[str, ...]]:
    """ "📍 센소지 (浅草寺)" → ("센소지", ("浅草寺",)). Parenthesised words become aliases."""
    text = lexicon.PIN.sub("", raw)
    text = strip_decoration(text)
    text = _BULLET.sub("", text) if re.match(r"^[\s\-–—•·*>~]|\d{1,2}[.)]\s", text) else text
    text = _LABEL.sub("", text)
    # "A: 에티오피아 예가체프?", "B: …" (which OCR may read "6: …"): an item's letter.
    text = re.sub(r"^[A-Za-z0-9]\s*[:：]\s+", "", text)
    aliases = []
    outside = PAREN.sub(" ", text)
    for m in PAREN.finditer(text):
        inner = _unquote(m.group(1).strip()).strip()
        if inner and _alias_like(inner, outside):
            aliases.append(inner)
    text = _unquote(outside)
    text = re.sub(r"\s+", " ", text).strip(" -–—:|/,.·!?~")
    return text, tuple(a for a in aliases if a and a != text)


def _script(text: str) -> str:
    if re.search(r"[가-힣]", text):
        return "hangul"
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return "cjk"
    return "latin"


def _alias_like(inner: str, name: str) -> bool:
    """ "센소지 (浅草寺)" names the place again; "텀블러 (뉴욕 블루 색상)" describes the item
    and "Pizza (Carmine St)" says where it is: only the first is an alias."""
    if re.search(r"광고|ad\b|sponsored|협찬|본점|branch|main", inner, re.I):
        return False
    if (looks_like_address(inner) or paren_address(inner)) and not translated_street(name, inner):
        return False
    if _script(inner) != _script(name):
        # The same name in another script: the usual reason for a parenthesis after a name.
        return True
    # Same script: an alias is one short name, not a description of several words.
    return len(inner.split()) == 1 and len(inner) >= 2


# A street or neighbourhood on its own, as people write it beside a name: "(Carmine St)",
# "(대구 중구 남산동, 명덕역 3번 출구 근처)".
_STREET_WORD = re.compile(
    r"\b(?:St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Blvd|Boulevard|Dr|Drive|Sq|Square)\.?$", re.I
)
_KO_ADMIN_PART = re.compile(r"^[가-힣]{1,6}(?:시|군|구|동|읍|면|리|로|길)$")


def paren_address(inner: str) -> bool:
    """A parenthesised location hint: a street name, or Korean admin parts ("대구 중구 남산동")."""
    inner = inner.strip()
    if _STREET_WORD.search(inner) and len(inner.split()) <= 4:
        return True
    words = inner.replace(",", " ").split()
    admin = [w for w in words if _KO_ADMIN_PART.match(w)]
    return len(admin) >= 2 or (bool(KO_ADDRESS.search(inner)))


def translated_street(name: str, inner: str) -> bool:
    """ "기찻길 (Rail Street)", "벽화골목 (Mural Alley)": a Korean street-kind name with its
    English name in brackets is one name in two scripts, not a street it stands on."""
    name = PAREN.sub(" ", name).strip()
    return (
        bool(re.search(r"[가-힣]", name))
        and not re.search(r"[가-힣\d]", inner)
        and bool(re.search(r"(?:길|거리|골목|로|스트리트)$", name))
    )


def split_paren_address(text: str) -> tuple[str, str]:
    """ "서문시장 (대구 중구 큰장로26길 45)" → ("서문시장", "대구 중구 큰장로26길 45")."""
    for m in PAREN.finditer(text):
        inner = m.group(1).strip()
        if translated_street(text, inner):
            continue
        if has_price_or_time(inner):
            continue  # "(1회 40,000~70,000동)": what it costs, not where it is
        if looks_like_address(inner) or paren_address(inner):
            return (text[: m.start()] + " " + text[m.end() :]).strip(), inner
    return text, ""


SEPARATORS = (" | ", "|", " - ", " – ", " — ", " : ", ": ", " / ", "／", " ,", " · ", " • ")


def split_name_address(line: str) -> tuple[str, str]:
    """ "어니언 성수 | 서울 성동구 아차산로9길 8" → ("어니언 성수", "서울 성동구 아차산로9길 8")."""
    for sep in SEPARATORS:
        if sep in line:
            left, right = line.split(sep, 1)
            if left.count("(") > left.count(")"):
                # "문묘 (Văn Miếu - Quốc Tử Giám) / 58 …": a separator inside the alias.
                continue
            if looks_like_address(right) and left.strip():
                return left.strip(), right.strip()
    m = KO_ADDRESS.search(line)
    if m and m.start() > 1:
        left = line[: m.start()]
        if left.count("(") > left.count(")"):
            # "수원 화성 (경기 수원시 팔달구 정조로 910)": the address is the parenthesis.
            return split_paren_address(line)
        return left.strip(" -–—:|/,"), line[m.start() :].strip()
    return line.strip(), ""


_JAMO = re.compile(r"[ㄱ-ㅎㅏ-ㅣ]")
# A stand-alone symbol that is no part of a name ("롬앤 # 피그피그", "브 + ㅜ").
_LONE_SYMBOL = re.compile(r"(?:^|\s)[^\w\s&'’.·-]+(?=\s|$)")
# Letters and digits run together, as in camera and product model codes ("ZV-E10", "A7C").
_MODEL_CODE = re.compile(r"(?<![\w.])(?!\d+(?:st|nd|rd|th)\b)[\w-]*(?:[A-Za-z]\d|\d[A-Za-z])[\w-]*")
# Two capitals then lower case in a short word is OCR debris ("INo.7"), not a name.
_CAPS_DEBRIS = re.compile(r"(?<![\w])(?:[A-Z]{2}[a-z]{1,2}|[A-Z][a-z][A-Z])(?![a-z])")


def is_debris(name: str) -> bool:
    """Text that cannot be a place name however it was found: OCR fragments with lone jamo,
    stray symbols, runs of single letters, or a product's model code."""
    if _JAMO.search(name) or _LONE_SYMBOL.search(name):
        return True
    words = name.split()
    latin = [w for w in words if re.fullmatch(r"[A-Za-z]+\.?", w)]
    if len(words) >= 2 and len(latin) == len(words) and all(len(w.rstrip(".")) == 1 for w in latin):
        return True
    if _MODEL_CODE.search(name) or _CAPS_DEBRIS.search(name):
        return True
    # "일장료 40 0005": numbers outweigh the words, a misread price tag.
    digits = sum(ch.isdigit() for ch in name)
    letters = sum(ch.isalpha() for ch in name)
    return len(re.findall(r"\d+", name)) >= 2 and digits >= 4 and digits > letters


_LATIN_TOKEN = re.compile(r"[^\s가-힣]*[A-Za-z][^\s가-힣]*")
_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]+|\d+")


def latin_debris_spans(text: str) -> list[tuple[int, int]]:
    """Where OCR left Latin letters around a Korean caption, as (start, end) spans:
    - a Latin tail after the Korean name is a garbled transliteration or a comment on it
      ("해변 이름 Bi Bn", "섬 이름 view"): the name is the Korean part;
    - Latin before the Korean part is debris when any word of it is not a plain word:
      capitals only, odd capitals ("atZ"), no vowel, or symbols ("SALE 카페", "7\\xQ 시장")."""
    if not re.search(r"[가-힣]", text):
        return []
    words = list(re.finditer(r"\S+", text))
    spans = []
    lead = []
    for w in words:
        if re.search(r"[가-힣]", w.group(0)):
            break
        lead.append(w)
    if lead and any(_LATIN_TOKEN.fullmatch(w.group(0)) for w in lead):
        plain = all(
            _PLAIN_WORD.fullmatch(w.group(0)) and re.search(r"[aeiouyAEIOUY]|^\d+$", w.group(0))
            for w in lead
        )
        if not plain:
            spans.append((lead[0].start(), lead[-1].end()))
    tail = []
    for w in reversed(words):
        if not re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", w.group(0)):
            break
        tail.append(w)
    if tail and len(tail) < len(words):
        spans.append((tail[-1].start(), tail[0].end()))
    return spans


def drop_latin_debris(text: str) -> str:
    """The caption without the Latin debris around its Korean part."""
    for start, end in sorted(latin_debris_spans(text), reverse=True):
        text = text[:start] + text[end:]
    return re.sub(r"\s+", " ", text).strip()


def is_product(name: str) -> bool:
    """ "이니스프리 화산송이 마스크", "Stanley Quencher Tumbler": an item, named by its kind."""
    # "… Sleeping Mask in Berry": a product in a shade or flavour.
    words = re.sub(r"\s+in\s+[A-Z][\w-]*$", "", name).split()
    if not words:
        return False
    last = words[-1]
    if last.lower().strip(".") in lexicon.EN_PRODUCT:
        return True
    return any(last == p or (len(p) >= 2 and last.endswith(p)) for p in lexicon.KO_PRODUCT)


def is_noise(text: str) -> bool:
    return bool(lexicon.NOISE_LINE.search(text.lower()))


def has_price_or_time(text: str) -> bool:
    return bool(lexicon.PRICE.search(text) or lexicon.TIME_OF_DAY.search(text))


def trim_activity(text: str) -> str:
    """ "해운대 해수욕장 야경" → "해운대 해수욕장"; "N Seoul Tower at night" → "N Seoul Tower"."""
    text = re.sub(r"^(?:day|DAY|Day)\s*\d+\s*[:.\-–]?\s*", "", text)
    text = re.sub(r"^\d+\s*일\s*차\s*", "", text)
    text = lexicon.EN_ACTIVITY.sub(" ", text).strip()
    changed = True
    while changed:
        changed = False
        for word in lexicon.KO_ACTIVITY:
            if text.endswith(word) and len(text) > len(word):
                text = text[: -len(word)].rstrip(" -–:&,")
                changed = True
    return re.sub(r"\s+", " ", text).strip(" -–—:|/,.&+")


def ko_food(word: str) -> bool:
    """A dish or food word ("김치찌개", "소금빵", "모둠회")."""
    return any(word.endswith(f) and (len(f) >= 2 or len(word) <= 3) for f in lexicon.KO_FOOD)


def city_dish(phrase: str) -> bool:
    """ "뉴욕 치즈케이크", "나폴리 피자 토스트", "춘천 닭갈비": a dish named after a city."""
    from places.regions import is_area_name, lookup_region

    words = phrase.split()
    return (
        len(words) >= 2
        and (lookup_region(words[0]) is not None or is_area_name(words[0]))
        and (ko_food(words[-1]) or en_food(" ".join(words[1:])))
    )


def en_food(phrase: str) -> bool:
    if re.match(r"^[A-Z][\w.-]*['’]s\s+[A-Z]", phrase):
        # "Joe's Pizza", "Nathan's Famous": someone's shop, named after what it sells.
        return False
    words = phrase.lower().split()
    if not words:
        return False
    last = words[-1]
    # "Bagels", "Dumplings": the plural of a food.
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    return (
        last in lexicon.EN_FOOD
        or singular in lexicon.EN_FOOD
        or " ".join(words[-2:]) in lexicon.EN_FOOD
    )


# Headers over a list of the places in a video: "다녀온 곳", "오늘 간 곳 정리", "Places we visited".
_PLACES_HEADER = re.compile(
    r"^(?:오늘\s*|\d+\s*일\s*차\s*|day\s*\d+\s*)?"
    r"(?:다녀온|다닌|돌아본|둘러본|가\s?본|간|갔던|들른|들렀던|방문한|소개한|나온|먹은|추천)\s*"
    r"(?:곳|장소|맛집|카페|식당)(?:들)?(?:\s*(?:정리|리스트|목록|모음|list))?$"
    r"|^(?:the\s+)?(?:places|spots|stops)(?:\s+(?:we|i)\s+(?:visited|went(?:\s+to)?|ate\s+at))?$"
    r"|^where\s+(?:we|i)\s+(?:went|ate|stayed)$"
    r"|^where\s+to\s+(?:find|eat|go)(?:\s+it(?:\s+all)?)?$"
    # A route: "코스: A > B > C", "오늘의 동선".
    r"|^(?:오늘의?\s*|여행\s*)?(?:코스|동선|루트)$|^(?:route|itinerary)$",
    re.IGNORECASE,
)


def is_places_header(phrase: str) -> bool:
    """ "다녀온 곳", "Places we visited": a label over the places in the video."""
    phrase = re.sub(r"^[^\w가-힣]+", "", lexicon.EMOJI.sub("", phrase))
    return bool(_PLACES_HEADER.match(phrase.lower().strip()))


def is_generic(phrase: str) -> bool:
    phrase = phrase.lower().strip()
    return phrase in lexicon.GENERIC_TITLES or bool(_PLACES_HEADER.match(phrase))


_CATEGORY = (
    (
        (
            "카페",
            "커피",
            "베이커리",
            "빵집",
            "제과",
            "Cafe",
            "Café",
            "Coffee",
            "Bakery",
            "Teahouse",
        ),
        "cafe",
    ),
    (("시장", "마켓", "Market", "Markets", "Arcade"), "market"),
    (
        (
            "식당",
            "레스토랑",
            "횟집",
            "국밥집",
            "고깃집",
            "주점",
            "포차",
            "이자카야",
            "본점",
            "분점",
            "Restaurant",
            "Diner",
            "Bistro",
            "Kitchen",
            "Eatery",
            "Izakaya",
            "Tavern",
            "Pub",
            "Bar",
            "Brewery",
            "브루어리",
        ),
        "restaurant",
    ),
    (
        (
            "호텔",
            "리조트",
            "펜션",
            "게스트하우스",
            "스테이",
            "Hotel",
            "Hostel",
            "Resort",
            "Inn",
            "Lodge",
        ),
        "stay",
    ),
    (("역", "터미널", "공항", "Station", "Terminal", "Airport"), "transit"),
    (("백화점", "아울렛", "몰", "쇼핑몰", "서점", "Mall"), "shop"),
)


def category_of(name: str) -> str:
    last = name.split()[-1] if name.split() else ""
    for heads, category in _CATEGORY:
        for head in heads:
            if last == head or (not head.isascii() and name.endswith(head)):
                return category
    if name.endswith(lexicon.KO_HEADS) or last.lower() in lexicon.EN_HEAD_SET:
        return "sight"
    return ""
