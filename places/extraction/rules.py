"""Structured lines: 📍 lines, name | address, numbered lists, 주소:/Address: blocks, and
title cards (chapter titles, timestamp lines, held on-screen captions) that are only a name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pind.texts import VideoTexts
from places import lexicon
from places.extraction.base import STRONG, TITLE_CARD, Extractor, RawCandidate, Snippet
from places.extraction.english import capitalised_spans
from places.extraction.heads import only_heads
from places.extraction.korean import (
    Tok,
    compound_head,
    is_proper_phrase,
    merge_unknown_words,
    tokens,
)
from places.extraction.text import (
    PAREN,
    category_of,
    city_dish,
    clean_name,
    drop_latin_debris,
    en_food,
    has_price_or_time,
    is_debris,
    is_generic,
    is_noise,
    is_places_header,
    is_product,
    ko_food,
    looks_like_address,
    split_name_address,
    split_paren_address,
    strip_decoration,
    trim_activity,
)
from places.normalize import normalize_name
from places.regions import is_area_name, lookup_region

_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|[①-⑳]|[-•·*▶►▸➤→★☆◆◇■□●○▪])\s*(.+)$")
# "[왓 아룬] 158 Thanon …", "【Cafe Name】 주소": a bracketed name and then its address.
_BRACKETED = re.compile(r"^\s*[\[【「『]([^\]】」』]{2,40})[\]】」』]\s*[-:|]?\s*(.+)$")
# "Where we ate: A · B · C", "오늘 간 곳: A, B, C": a label, then names on one line.
_INLINE_LIST = re.compile(r"^\s*([^:：]{2,40})[:：]\s*(.+)$")
_LIST_SEPARATOR = re.compile(r"\s+[·•|/>→➡➝➜]\s+|\s*[·•]\s*|,\s+")
_HUNG_ADDRESS = re.compile(r"^\s*(?:└|↳|ㄴ|┗|→|>)\s*(.+)$")
_ADDRESS_LABEL = re.compile(r"^\s*(?:주소|address|addr\.?|위치|location)\s*[:：]\s*(.+)$", re.I)
_NAME_LABEL = re.compile(r"^\s*(?:상호|가게|매장|장소|name|place)\s*[:：]\s*(.+)$", re.I)
# A name, then a link to it on a map service.
_MAP_LINK = re.compile(
    r"^[\s\-•·*>]*(.{2,40}?)\s*(?:위치|지도|location|on\s+(?:google\s+)?maps?|map)?\s*"
    r"[:：👉➡→▶►\-–—|]*\s*(?:[^\w\s]\ufe0f?\s*)?"
    r"https?://(?:maps\.app\.goo\.gl|goo\.gl/maps|(?:www\.)?google\.[a-z.]+/maps|maps\.google\.|"
    r"naver\.me|(?:m\.)?map\.naver\.com|place\.map\.kakao\.com|map\.kakao\.com|kko\.to)\S*\s*$",
    re.IGNORECASE,
)
# "구글맵 리스트", "Google Maps list", "지도 링크": a link to a map of everything.
_MAP_WORDS = re.compile(
    r"구글\s*맵|네이버\s*지도|카카오\s*맵|지도|리스트|링크|모음|저장|전체|"
    r"\b(?:google|naver|kakao|maps?|list|link|all|saved|pins?)\b",
    re.IGNORECASE,
)
_ADMISSION = re.compile(
    r"\s*(?:입장료?\s*(?:무료|free)|무료\s*입장|free\s+(?:entry|admission)|admission\s+free)\s*$",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(
    r"(?:^|\s)(?:근처|주변|부근|인근|시내)(?:\s|$)|^(?:숙소|점심|저녁|아침|오늘)(?:은|는)\s"
)
# Kinds of place a town has one of, so "town + kind" names it: "달랏 야시장".
_TOWN_LANDMARKS = frozenset("야시장".split())
_ITEM_AND_WHAT = re.compile(r"^(.{2,60}?)\s+[-–—|]\s+(.+)$")
# A bullet or an emoji, a name, then a tip after a colon or a dash.
_TIPPED = re.compile(
    r"^\s*(?:#\d{1,2}\s+|[^\w\s(\[「『【#@]{1,3}\s*)(?P<name>[^:：—–|]{2,60}?)\s*(?:[:：]|\s[—–]\s|\s-\s)"
    r"\s*(?P<tip>\S.*)$"
)
# Small words inside names in Latin script ("Hierve el Agua", "Mercado 20 de Noviembre").
_NAME_JOINERS = frozenset(
    "de del la el los las da das do dos di du des le of the and y e & i".split()
)


# Labels before a tip that is not about a place: "Flight: ICN → OAX", "Visa: on arrival".
_TIP_LABELS = frozenset(
    "flight flights hotel hotels stay transport transportation visa sim esim currency money "
    "exchange tickets ticket train trains bus taxi uber grab wifi budget total cost costs "
    "insurance weather season tip tips note notes music gear camera 항공 항공권 비행기 숙소 교통 "
    "환전 유심 날씨 팁 꿀팁 비용 경비 총 총액 입장료 주차 예약 준비물".split()
)


def _outside_parens(text: str, sep: str) -> int:
    """Where `sep` first stands outside brackets in `text`, or -1."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([（【":
            depth += 1
        elif ch in ")]）】":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(sep, i):
            return i
    return -1


def _capitalised_name(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS or w[:1] in "'’"
            for w in words
        )
    )


_HEADER = re.compile(r"^[A-Z\s!&:]+$|[:：]\s*$")
MAX_NAME_CHARS = 40
MAX_NAME_WORDS = 6
MIN_OCR_CONFIDENCE = 0.6


_AND = re.compile(r"\s+[&+]\s+")


def _card_text_part(part: str) -> str:
    part = part.strip()
    if part.count(")") + part.count("]") > part.count("(") + part.count("["):
        # "라오허제 야시장 rh)": what OCR left of a bracket it could not read.
        part = re.sub(r"\s+\S*[)\]]\s*$", "", part).strip()
    return part if plausible_name(part) else ""


# A heading over a list of things, not places: "☕ 오늘의 원두", "🧴 사용한 제품", "Ingredients".
_THINGS_HEADING = re.compile(
    r"원두|제품|아이템|추천템|준비물|도구|장비|재료|화장품|향수|스킨케어|하울|장바구니|쇼핑\s*리스트|구매\s*목록|"
    r"(?:소개한|추천하는|사용한|구매한|리뷰한)\s*(?!곳|장소|맛집|카페|식당|빵집)[가-힣]+$|"
    r"레시피|메뉴|도서|책\s*(?:목록|리스트)|읽은\s*책|영화|노래|음악|플레이리스트|와인|위스키|"
    r"\b(?:products?|items?|ingredients|beans|coffees|gear|kit|haul|recipe|menu|books?|perfumes?|"
    r"fragrances?|skincare|makeup|"
    r"playlist|songs?|wines?|whiskies|whiskeys)\b|what'?s\s+in\s+my",
    re.IGNORECASE,
)


# An aside in brackets, however long.
_ASIDE = re.compile(r"\s*[(\[（【][^)\]）】]*[)\]）】]")


def _product_list_lines(snippets: list[Snippet]) -> list[Snippet]:
    """Description list items under a heading that says they are things ("☕ 오늘의 원두")."""
    out, things = [], False
    for snippet in snippets:
        if snippet.source != "description" or not snippet.text.strip():
            continue
        m = _NUMBERED.match(snippet.text)
        if m is None:
            # A heading is short once its aside is set apart: "GEAR LINKS (some are
            # affiliate links, thank you!)" is the heading "GEAR LINKS".
            heading = _ASIDE.sub(" ", snippet.text).strip()
            things = bool(_THINGS_HEADING.search(heading)) and len(heading) <= 40
        elif things:
            out.append(snippet)
    return out


def listed_products(snippets: list[Snippet]) -> set[str]:
    """The keys of description list items that are products ("1. 헬리녹스 체어원 (의자)", or
    anything listed under "☕ 오늘의 원두")."""
    out = set()
    under_heading = {id(s) for s in _product_list_lines(snippets)}
    for snippet in snippets:
        m = _NUMBERED.match(snippet.text) if snippet.source == "description" else None
        if m is None:
            continue
        body = m.group(1)
        paren = PAREN.search(body)
        name = PAREN.sub(" ", body).strip()
        if (
            id(snippet) in under_heading
            or is_product(name)
            or (paren and is_product(paren.group(1).strip()))
        ):
            out.add(normalize_name(name))
            # "조 말론 런던 – 우드 세이지 앤 씨 솔트": the brand and the product, each named alone.
            out.update(normalize_name(part) for part in re.split(r"\s[-–—]\s", name)[:2])
    return {p for p in out if len(p) >= 3}


def names_a_product(key: str, products: set[str]) -> bool:
    return len(key) >= 4 and any(p.startswith(key) or key.startswith(p) for p in products)


def _ends_in_city(text: str) -> bool:
    """ "Vạn Thạnh, Nha Trang": a neighbourhood and the city, a location with no number."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2:
        return False
    region = lookup_region(parts[-1])
    return region is not None and region.kind != "country"


def plausible_name(name: str) -> bool:
    if not (2 <= len(name) <= MAX_NAME_CHARS) or len(name.split()) > MAX_NAME_WORDS:
        return False
    if is_noise(name) or has_price_or_time(name) or is_generic(name) or is_debris(name):
        return False
    if is_product(name):
        return False
    if re.fullmatch(r"[\d\s\W]+", name):
        return False
    if name.lower() in _TIP_LABELS:
        return False  # "교통: 청량리역 → 제천역 …": a label
    if _DESCRIBED.search(name):
        return False  # "숙소는 경포 근처 에어비앤비": a sentence about where, not a name
    return not looks_like_address(name)


class RulesExtractor(Extractor):
    name = "rules"

    def extract(self, texts: VideoTexts, snippets: list[Snippet]) -> list[RawCandidate]:
        out: list[RawCandidate] = []
        cards: list[tuple[Snippet, str]] = []
        previous: Snippet | None = None
        things = {id(s) for s in _product_list_lines(snippets)}
        for snippet in snippets:
            if snippet.source in ("description", "ocr") and id(snippet) not in things:
                out.extend(self._structured(snippet, previous))
            if (
                snippet.source == "chapter"
                or (snippet.source == "description" and snippet.start_s is not None)
                or (snippet.source == "ocr" and not lexicon.PIN.match(snippet.text))
            ):
                # "왓포 & 와불상": two things on one title, each its own.
                text = _card_text(snippet)
                parts = _AND.split(text) if re.search(r"[가-힣]", text) else [text]
                cards.extend((snippet, _card_text_part(p)) for p in parts)
            previous = snippet
        # A caption or chapter naming what the description lists as gear is gear too.
        products = listed_products(snippets)
        out.extend(
            raw
            for raw in self._title_cards(cards)
            if not names_a_product(normalize_name(raw.name), products)
        )
        return out

    def _structured(self, snippet: Snippet, previous: Snippet | None) -> list[RawCandidate]:
        """The formats of a structured line, tried in order; the first that applies decides
        (None: it does not apply)."""
        for read in (
            self._map_link_line,
            self._noise_line,
            self._address_under_name,
            self._description_list,
            self._item_line,
        ):
            found = read(snippet, previous)
            if found is not None:
                return found
        return []

    def _map_link_line(self, snippet: Snippet, previous: Snippet | None) -> list | None:
        mapped = _MAP_LINK.match(snippet.text) if snippet.source == "description" else None
        if not mapped:
            return None
        # "카오소이 매싸이 위치 👉 https://maps.app.goo.gl/…": a name and where it is on a map.
        name, aliases = clean_name(mapped.group(1))
        if plausible_name(name) and not is_places_header(name) and not _MAP_WORDS.search(name):
            return [self._raw(name, snippet, STRONG, "", aliases)]
        return []

    def _noise_line(self, snippet: Snippet, previous: Snippet | None) -> list | None:
        return [] if is_noise(snippet.text) else None

    def _address_under_name(self, snippet: Snippet, previous: Snippet | None) -> list | None:
        line = snippet.text
        label = _ADDRESS_LABEL.match(line)
        if label is None and snippet.source == "description":
            # "[4] 수덕사" then "└ 충남 예산군 덕산면 수덕사안길 79": the address on the next
            # line, hung under the name.
            hung = _HUNG_ADDRESS.match(line)
            label = hung if hung and looks_like_address(hung.group(1)) else None
        if not (label and previous is not None and previous.source == snippet.source):
            return None
        name_line = previous.text
        named = _NAME_LABEL.match(name_line)
        name, aliases = clean_name(named.group(1) if named else name_line)
        if plausible_name(name) and not _HEADER.search(name_line):
            return [self._raw(name, snippet, STRONG, label.group(1).strip(), aliases)]
        return []

    def _description_list(self, snippet: Snippet, previous: Snippet | None) -> list | None:
        if snippet.source != "description":
            return None
        line = snippet.text
        if lexicon.PIN.match(line):
            # "🗺 코스: 한반도지형 > 청령포 > 서부시장": a pinned route is a list, not a name.
            return self._inline_list(snippet, lexicon.PIN.sub("", line)) or None
        bracketed = _BRACKETED.match(line)
        if bracketed and (
            looks_like_address(bracketed.group(2)) or _ends_in_city(bracketed.group(2))
        ):
            name, aliases = clean_name(bracketed.group(1))
            if plausible_name(name):
                return [self._raw(name, snippet, STRONG, bracketed.group(2).strip(), aliases)]
            return []
        return self._inline_list(snippet) or None

    def _item_line(self, snippet: Snippet, previous: Snippet | None) -> list | None:
        line = snippet.text
        in_description = snippet.source == "description"
        pinned = bool(lexicon.PIN.match(line))
        numbered = _NUMBERED.match(line) if in_description else None
        body = lexicon.PIN.sub("", line) if pinned else (numbered.group(1) if numbered else line)
        if in_description and not pinned:
            tipped = self._tipped_item(snippet)
            if tipped:
                return tipped
        name_part, address = split_name_address(body)
        if not address:
            name_part, address = split_paren_address(name_part)
        name, aliases = clean_name(name_part)
        item = _ITEM_AND_WHAT.match(body) if numbered and not (pinned or address) else None
        if item and in_description:
            return self._item_and_what(snippet, item)
        if not plausible_name(name):
            return []
        if pinned or address:
            return [self._raw(name, snippet, STRONG, address, aliases)]
        if numbered and in_description:
            return self._numbered_name(snippet, body, name, aliases)
        return []

    def _item_and_what(self, snippet: Snippet, item: re.Match) -> list[RawCandidate]:
        """ "2. 커피한약방 - 핸드드립, 수제 디저트", "- 크레이지 하우스 (Biệt thự …) | 입장
        100,000동": the name, then what was had or paid there; "1. 점심 - 우래옥": a label,
        then the name. A list item that needs an echo."""
        for part in item.groups():
            name, aliases = clean_name(part)
            if plausible_name(name) and not (en_food(name) or ko_food(name) or city_dish(name)):
                return [self._raw(name, snippet, TITLE_CARD, "", aliases, card=True)]
        return []

    def _numbered_name(
        self, snippet: Snippet, body: str, name: str, aliases: tuple[str, ...]
    ) -> list[RawCandidate]:
        """A list item without an address: a name in a list, if it reads like one."""
        paren = PAREN.search(body)
        if paren and is_product(paren.group(1).strip()):
            return []  # "노르디스크 알페임 12.6 (텐트)": gear, named by its kind
        if not en_food(name) and not city_dish(name) and not has_price_or_time(body):
            return [self._raw(name, snippet, TITLE_CARD, "", aliases, card=True)]
        return []

    def _tipped_item(self, snippet: Snippet) -> list[RawCandidate]:
        """ "🔥 Mercado 20 de Noviembre: walk into the smoke hallway", "→ Café Santiago — THE
        francesinha", "✔ Samikitno / 사미키트노 — 힌칼리": a bulleted name and a tip about it.
        A list item that needs an echo; the tip may hold prices and dishes."""
        m = _TIPPED.match(snippet.text)
        if not m or looks_like_address(m.group("tip")):
            return []
        name_part = m.group("name").strip()
        labelled = self._labelled_name(name_part, m.group("tip"), snippet)
        if labelled is not None:
            return labelled
        aliases: tuple[str, ...] = ()
        slash = _outside_parens(name_part, " / ")
        if slash >= 0:
            # "Chreli Abano / 오르벨리아니 유황온천 (…)": one name in two scripts.
            first, second = name_part[:slash].strip(), name_part[slash + 3 :].strip()
            if bool(re.search(r"[가-힣]", first)) == bool(re.search(r"[가-힣]", second)):
                return []
            second_name, second_aliases = clean_name(second)
            aliases = (second_name, *second_aliases)
            name_part = first
        name, more = clean_name(name_part)
        aliases = tuple(a for a in (*more, *aliases) if a and a != name)
        if (
            not plausible_name(name)
            or is_places_header(name)
            or name.lower() in _TIP_LABELS
            or en_food(name)
            or ko_food(name)
            or city_dish(name)
            # One Latin word before a colon is as often a label ("Desk: …", "Plant: …").
            or (
                not re.search(r"[가-힣]", name)
                and (not _capitalised_name(name) or (len(name.split()) < 2 and not aliases))
            )
            or (re.search(r"[가-힣]", name) and not _name_like(name, typed=True))
            # "🧥 아우터: …": one word before a colon is a label unless it is a kind of place
            # or comes with its native spelling.
            or (
                re.search(r"[가-힣]", name)
                and len(name.split()) < 2
                and not aliases
                and not any(name.endswith(h) for h in lexicon.KO_HEADS if len(h) >= 2)
            )
        ):
            return []
        return [self._raw(name, snippet, TITLE_CARD, "", aliases, card=True)]

    def _labelled_name(self, label: str, tip: str, snippet: Snippet) -> list[RawCandidate] | None:
        """ "✔️ 반미 맛집: Bánh Mì Phượng (2B Phan Châu Trinh)": a kind of place, then its name
        (and where it is). None when `label` is no such kind."""
        if not re.search(r"[가-힣]", label):
            return None
        latin_tip = _capitalised_name(PAREN.sub(" ", tip).strip()) and len(tip.split()) >= 2
        if not latin_tip and any(t.tag == "NNP" for t in tokens([label])[0]):
            return None
        if not (
            only_heads(normalize_name(label.split()[-1]))
            or label.split()[-1] in ("맛집", "집", "곳")
        ):
            return None
        name_part, address = split_paren_address(tip.strip())
        name, aliases = clean_name(name_part)
        if not plausible_name(name) or not (
            _capitalised_name(name) or (re.search(r"[가-힣]", name) and _name_like(name))
        ):
            return []
        strength = STRONG if address else TITLE_CARD
        return [self._raw(name, snippet, strength, address, aliases, card=not address)]

    def _inline_list(self, snippet: Snippet, text: str | None = None) -> list[RawCandidate]:
        """Names listed on one line after a label, each a list item that needs an echo."""
        m = _INLINE_LIST.match(snippet.text if text is None else text)
        if not m or _HEADER.search(m.group(2)) or re.search(r"https?://|@", m.group(2)):
            return []
        if looks_like_address(m.group(2)) or (
            _NUMBERED.match(snippet.text) and not is_places_header(m.group(1))
        ):
            return []  # "- Name: 1-1 Osakajo, Chuo Ward, Osaka" is one name and its address
        items = [i for i in _LIST_SEPARATOR.split(m.group(2)) if i.strip()]
        # "오늘 간 곳: A, B": the label says what the items are, so a restaurant named after
        # its dish ("카오소이 매싸이") is one of them, and two items make a list.
        places = is_places_header(m.group(1))
        if len(items) < (2 if places else 3):
            return []
        out = []
        for item in items:
            item, address = split_paren_address(item.strip())
            name, aliases = clean_name(item)
            if (
                not plausible_name(name)
                or (not places and (en_food(name) or ko_food(name)))
                or has_price_or_time(item)
            ):
                return []  # one item that is not a name: a list of something else
            out.append(self._raw(name, snippet, TITLE_CARD, address, aliases, card=True))
        if not places and not all(_name_like(r.name) for r in out):
            return []  # "우산 · 보조배터리 · 선크림": things, not names
        return out

    def _raw(
        self,
        name: str,
        snippet: Snippet,
        strength: float,
        address: str = "",
        aliases: tuple[str, ...] = (),
        card: bool = False,
    ) -> RawCandidate:
        return RawCandidate(
            name=name,
            snippet=snippet,
            strength=strength,
            extractor=self.name + (":card" if card else ""),
            category=category_of(name),
            address=address,
            aliases=aliases,
            # A pinned name or one with its address is somewhere to go: only a city or country
            # stays context there; a word that merely ends like a district ("…구") is a place.
            # A name given with its native spelling ("아지모리 (あぢもり)") is abroad: not a
            # Korean village (…리) or district, only a city GeoNames knows.
            area=lookup_region(name) is not None
            if strength >= STRONG or any(not re.search(r"[가-힣]", a) for a in aliases)
            else is_area_name(name),
        )

    def _title_cards(self, cards: list[tuple[Snippet, str]]) -> list[RawCandidate]:
        """Chapter titles and held captions that are nothing but a proper name."""
        kept = [
            (s, t)
            for s, t in cards
            if t and not (s.source == "ocr" and (s.confidence or 1.0) < MIN_OCR_CONFIDENCE)
        ]
        korean = [(s, t) for s, t in kept if re.search(r"[가-힣]", t)]
        out = []
        typed = [s.source != "ocr" for s, _ in korean]
        analysed = tokens([t for _, t in korean], typed)
        for (snippet, text), toks in zip(korean, analysed, strict=True):
            words = text.split()
            if (
                len(words) > 1
                and is_area_name(words[0])
                and only_heads(normalize_name("".join(words[1:])))
                and words[-1] not in _TOWN_LANDMARKS
            ):
                # "성수동 카페": a kind of place in an area, not a name.
                continue
            toks = merge_unknown_words(text, toks)
            text, toks = _noun_prefix(text, toks)
            if not text or _ends_in_stray_syllable(text):
                continue
            if len(text.split()) > 1 and text.split()[-1] in _POSITION_WORDS:
                continue  # "원주 남쪽", "터미널 근처": a direction, not a name
            if (
                _DAY_TITLE.match(snippet.text)
                and len(text.split()) > 1
                and is_area_name(text.split()[0])
                and not _head_word(toks[-1])
            ):
                continue  # "DAY 1 남해 도착": the day's area and what happened, not a name
            if is_proper_phrase(text, toks):
                named = any(t.tag == "NNP" and not is_area_name(t.form) for t in toks)
                if not named and not any(_head_word(t) for t in toks):
                    # "제주 남쪽", "부산 바다": an area and a common word, not a name.
                    continue
                out.append(self._card(snippet, text, named=named))
        for snippet, text in kept:
            if re.search(r"[가-힣]", text):
                continue
            spans = capitalised_spans(text)
            if len(spans) != 1 or spans[0] != text or en_food(text):
                continue
            # One short Latin word on screen is signage or OCR debris ("Bi", "Exit"); a name
            # has at least one real word in it ("Ae 2" is not one).
            if not re.search(r"[A-Za-z]{3}", text):
                continue
            if only_heads(normalize_name(text)):
                continue  # "Market", "Night Market": a kind of place, not which one
            if re.search(r"\b(?:19|20)\d{2}$", text):
                continue  # "Desk Setup 2026": a title with its year
            if len(text.split()) >= 2 or len(text) >= 5:
                out.append(self._card(snippet, text))
        return out

    def _card(self, snippet: Snippet, text: str, named: bool = False) -> RawCandidate:
        strength = TITLE_CARD
        if snippet.source == "ocr" and (snippet.end_s or 0) - (snippet.start_s or 0) >= 3:
            # A caption held on screen for seconds is a deliberate title, not stray signage.
            strength += 0.1
        elif snippet.source != "ocr" and named and len(normalize_name(text)) >= 3:
            # A chapter named after a proper noun ("오동도"): the video goes there.
            strength += 0.05
        return self._raw(text, snippet, strength, card=True)


_DAY_TITLE = re.compile(r"^\s*(?:day\s*\d+|\d+\s*일\s*차)\b", re.I)
_COMPANION = re.compile(r"\s*[(\[]?\b(?:with|feat\.?|ft\.?|w/)\s+[^)\]]*[)\]]?\s*$", re.I)
_POSITION_WORDS = frozenset(
    "남쪽 북쪽 동쪽 서쪽 남부 북부 동부 서부 근처 일대 주변 방면 방향 쪽 앞 뒤 옆 건너편 "
    "맞은편".split()
)
_PREDICATE_TAGS = ("VV", "VA", "VX", "XSV", "XSA", "EF", "EC", "EP", "ETM", "ETN", "VCP")


def _noun_prefix(text: str, toks: Sequence[Tok]) -> tuple[str, list]:
    """ "케이블카 크리스탈캐빈 타봄" → "케이블카 크리스탈캐빈": a title that ends in what was done
    there keeps the nouns before the verb."""
    # Irregular verbs carry a suffix on their tag ("VV-I" for 걷다).
    cut = next((i for i, t in enumerate(toks) if t.tag.split("-")[0] in _PREDICATE_TAGS), None)
    if cut is None:
        return text, toks
    if cut == 0:
        return "", []
    # The verb's own stem may be glued to the last noun ("산책하기"): cut at the word before.
    start = toks[cut].start
    prefix = text[:start]
    if not prefix.endswith(" "):
        prefix = prefix.rsplit(" ", 1)[0] if " " in prefix.strip() else ""
    prefix = prefix.strip()
    return prefix, [t for t in toks if t.start + t.len <= len(prefix)]


def _ends_in_stray_syllable(text: str) -> bool:
    """ "바타 멍": a name does not end in a lone syllable unless that is a place word
    ("오사카 성")."""
    words = text.split()
    last = words[-1] if words else ""
    return (
        len(words) >= 2
        and len(last) == 1
        and bool(re.fullmatch(r"[가-힣]", last))
        and last not in lexicon.KO_SHORT_HEADS
    )


def _head_word(tok: Tok) -> bool:
    return (
        tok.form in lexicon.KO_HEADS
        or bool(compound_head(tok.form))
        or (tok.tag == "SL" and tok.form.lower() in lexicon.EN_HEAD_SET)
    )


def _name_like(item: str, typed: bool = False) -> bool:
    """A list item that reads as a name: capitalised, or Korean with a proper noun or a place
    word in it (the analyser knows "우산" as a common noun)."""
    if not re.search(r"[가-힣]", item):
        return item[:1].isupper() or item[:1].isdigit()
    toks = list(tokens([item], [typed])[0])
    return any(t.tag in ("NNP", "SL") for t in toks) or any(
        t.tag == "NNG" and (compound_head(t.form) or t.form in lexicon.KO_HEADS) for t in toks
    )


def _menu_line(snippet: Snippet, text: str) -> bool:
    """ "Pad Krapow 9.50", "쌀국수 65": a caption ending in a bare amount is a dish and its
    price, unless the number follows a place word and is part of the name ("Pier 39")."""
    if snippet.source != "ocr" or not lexicon.TRAILING_AMOUNT.search(text):
        return False
    before = text[: lexicon.TRAILING_AMOUNT.search(text).start()].split()
    if before and re.fullmatch(r"(?i)no\.?|#", before[-1]):
        return False  # "Los Pollos No. 2": a numbered branch
    return not before or not only_heads(normalize_name(before[-1]))


def _priced_place(text: str) -> str:
    """What is left of a price caption when it ends in a place word, else nothing."""
    name = lexicon.TRAILING_AMOUNT.sub("", lexicon.PRICE.sub(" ", text)).strip(" -–—:|/,.·")
    name = re.sub(r"\s+", " ", name)
    last = name.split()[-1] if name.split() else ""
    if not last:
        return ""
    ends_in_head = last.lower().strip(".") in lexicon.EN_HEAD_SET or any(
        last.endswith(h) and (len(h) >= 2 or len(last) >= 3) for h in lexicon.KO_HEADS
    )
    return name if ends_in_head else ""


def _drop_latin_debris(text: str) -> str:
    if re.search(r"[가-힣]", text):
        # Latin debris OCR leaves beside Korean captions ("감천문화 tS", "절주 AS").
        text = re.sub(r"(?:\s+[A-Za-z]{1,2})+$", "", text)
    return text


def _card_text(snippet: Snippet) -> str:
    text = snippet.text
    if snippet.source == "description":
        text = re.sub(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*[-–—:|)]?\s*", "", text)
    if is_noise(text):
        return ""
    # "천마총 입장료 무료": a sight and its ticket.
    text = _ADMISSION.sub("", text)
    if lexicon.PRICE.search(text) or _menu_line(snippet, text):
        # A price caption names a dish, or a place with its ticket ("Grand Palace 500 THB").
        text = _priced_place(text)
        if not text:
            return ""
    text = lexicon.TIME_OF_DAY.sub(" ", text)
    text = strip_decoration(text)
    if snippet.source == "ocr":
        # "신지 . 명사십리 해수욕장": a separator OCR read as a lone dot.
        text = re.sub(r"(?<=[가-힣])\s+[.·]\s+(?=[가-힣])", " ", text)
        cleaned = drop_latin_debris(text)
        if cleaned.split()[:1] != text.split()[:1] and len(cleaned.split()) == 1:
            # "QWE 바다": what is left after the debris is one word; a name needs more, or a
            # place word in it, to stand on its own.
            toks = tokens([cleaned])[0]
            if not any(_head_word(t) for t in toks):
                return ""
        text = cleaned
    # OCR may render an undrawable emoji as a stray symbol or letter before the name.
    text = re.sub(r"^[^\w가-힣]+|^[A-Za-z]{1,2}\s+(?=[가-힣])", "", text).strip()
    # A number before a name is debris ("907 시장") unless a place word follows it ("83 타워").
    m = re.match(r"^\d{1,4}\s+(?=[가-힣])", text)
    if m and not only_heads(normalize_name(text[m.end() :].split()[0])):
        text = text[m.end() :]
    if snippet.source != "ocr" and " | " in text:
        # "인트로 | 여수엑스포역 도착": the part of a chapter title that is not a video part.
        parts = [p for p in text.split(" | ") if p.strip() and not is_generic(p.strip())]
        text = parts[0] if len(parts) == 1 else text
    text = _drop_latin_debris(text)
    if re.search(r"[가-힣]", text):
        # "성북동 노포 투어 with 수빈", "부산 먹방 (feat. 엄마)": who came along is no part of it.
        text = _COMPANION.sub("", text).strip()
    name, _ = clean_name(text)
    name = _drop_latin_debris(trim_activity(name))
    if not plausible_name(name):
        return ""
    return name
