"""Fourth holdout evaluation cases (blind): realistic travel/food vlog bundles with ground truth.

Same format as /work/shared/eval/cases_dev.py. Written without reading the
extraction code, its tests or the other holdouts' cases. Do not tune on it.
Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    {
        # café/bookshop tour: 📍 `name | address` lines + chapters + captions
        "id": "sEoChOn41gK",
        "scene": "busy",
        "lang": "ko",
        "title": "서촌 카페 & 책방 투어 📚 경복궁역에서 걸어서 반나절 코스",
        "channel": "하루의 산책일기",
        "duration": 52,
        "description": (
            "오랜만에 서촌 골목 산책 다녀왔어요 ☕📚\n"
            "경복궁역 2번 출구에서 출발하면 다 걸어서 갈 수 있어요.\n\n"
            "📍 보안1942 | 서울 종로구 효자로 33\n"
            "📍 대오서점 | 서울 종로구 자하문로7길 55\n"
            "📍 통인시장 | 서울 종로구 자하문로15길 18\n"
            "📍 수성동계곡 | 서울 종로구 옥인동 185-3\n\n"
            "00:00 인트로\n00:07 보안1942\n00:18 대오서점\n00:30 통인시장 엽전 도시락\n00:42 수성동계곡\n\n"
            "#서촌 #서촌카페 #책방투어 #통인시장 #주말산책\n"
            "촬영: 아이폰 15 프로 | 편집: 캡컷\n"
            "비즈니스 문의 haru.walk@example.com"
        ),
        "chapters": [(0, "인트로"), (7, "보안1942"), (18, "대오서점"), (30, "통인시장 엽전 도시락"), (42, "수성동계곡")],
        "transcript": [
            (0.5, 3.5, "안녕하세요 하루예요 오늘은 서촌으로 산책 나왔어요"),
            (4.0, 3.0, "경복궁역에서 내려서 천천히 걸어가 볼게요"),
            (7.5, 4.0, "첫 번째는 보안1942예요 옛날 보안여관 건물을 그대로 살린 곳이에요"),
            (12.0, 4.0, "일층 카페에서 라떼 한 잔 마시고 위층 책방도 구경했어요"),
            (18.5, 4.0, "다음은 서울에서 제일 오래된 헌책방이라는 대오서점이에요"),
            (23.0, 4.5, "입장료에 음료가 포함돼 있어서 마당에서 유자차 마셨어요"),
            (30.5, 4.0, "점심은 통인시장에서 엽전으로 도시락 채워 먹기"),
            (35.0, 4.0, "엽전 열 개에 오천 원이고 기름떡볶이는 꼭 드세요"),
            (42.5, 4.0, "마지막은 인왕산 아래 수성동계곡까지 올라왔어요"),
            (47.0, 4.0, "오늘 영상도 재밌게 보셨다면 구독이랑 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 6, "서촌 반나절 산책 코스", "outline"),
            (7, 16, "📍 보안1942", "box"),
            (11, 16, "카페라떼 6,000원", "small"),
            (18, 28, "📍 대오서점", "box"),
            (23, 28, "입장료(음료 포함) 5,000원", "small"),
            (30, 40, "📍 통인시장", "box"),
            (34, 40, "엽전 10개 = 5,000원", "yellow"),
            (42, 50, "📍 수성동계곡", "box"),
            (48, 52, "구독 & 좋아요 ♡", "outline"),
        ],
        "places": [
            {"name": "보안1942", "aliases": ["보안여관", "Boan1942", "보안책방"], "address": "서울 종로구 효자로 33", "lat": 37.5770, "lng": 126.9740},
            {"name": "대오서점", "aliases": ["Daeo Bookstore", "Daeo Seojeom"], "address": "서울 종로구 자하문로7길 55", "lat": 37.5790, "lng": 126.9697},
            {"name": "통인시장", "aliases": ["Tongin Market", "통인시장 도시락카페"], "address": "서울 종로구 자하문로15길 18", "lat": 37.5808, "lng": 126.9700},
            {"name": "수성동계곡", "aliases": ["수성동 계곡", "Suseongdong Valley"], "address": "서울 종로구 옥인동 185-3", "lat": 37.5838, "lng": 126.9648},
        ],
        "optional": ["서촌", "경복궁역", "경복궁역 2번 출구", "인왕산", "서울", "종로"],
    },
    {
        # Korean day trip: chapters + rolling auto-captions
        "id": "mOkPoDay42x",
        "lang": "ko",
        "auto_captions": True,
        "title": "목포 당일치기 | KTX 타고 케이블카 타고 낙지까지 알차게 하루 코스",
        "channel": "기차여행자 태오",
        "duration": 58,
        "description": (
            "용산역에서 KTX 타고 목포 당일치기 다녀왔습니다 🚄\n"
            "왕복 기차표, 케이블카, 식비까지 총 경비는 영상 끝에 정리했어요.\n\n"
            "0:00 목포역 도착\n0:09 목포근대역사관\n0:21 목포해상케이블카\n0:35 세발낙지 점심\n0:45 평화광장 바다분수\n\n"
            "장비: 고프로 히어로12, 로데 와이어리스 고\n"
            "음악: Epidemic Sound\n"
            "#목포여행 #당일치기 #KTX여행"
        ),
        "chapters": [(0, "목포역 도착"), (9, "목포근대역사관"), (21, "목포해상케이블카"), (35, "세발낙지 점심"), (45, "평화광장 바다분수")],
        "transcript": [
            (0.5, 4.0, "여러분 저 방금 목포역에 도착했어요 용산에서 두 시간 반 걸렸네요"),
            (5.0, 3.5, "오늘 일정 진짜 빡빡하니까 바로 출발합니다"),
            (9.5, 4.0, "처음 온 곳은 목포근대역사관인데 옛날 일본영사관 건물이래요"),
            (14.0, 4.5, "붉은 벽돌 건물이 엄청 예쁘고 입장료는 이천 원이에요"),
            (21.5, 4.0, "이제 목포해상케이블카 타러 북항 승강장으로 왔습니다"),
            (26.0, 4.5, "유달산 위로 지나가서 고하도까지 가는데 바닥이 투명한 크리스탈 캐빈 탔어요"),
            (35.5, 4.0, "점심은 목포 오미 중 하나인 세발낙지 탕탕이 먹었어요"),
            (40.0, 4.0, "산낙지가 아직 움직여요 참기름 찍어서 먹으면 고소해요"),
            (45.5, 4.0, "해 지고 나서 평화광장으로 넘어왔어요 춤추는 바다분수 보려고요"),
            (50.0, 4.0, "오늘 총 경비는 십사만 원 정도 들었고 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 8, "목포역 도착 09:40", "outline"),
            (9, 19, "목포근대역사관", "yellow"),
            (14, 19, "입장료 2,000원", "small"),
            (21, 33, "목포해상케이블카", "yellow"),
            (27, 33, "크리스탈 캐빈 왕복 27,000원", "small"),
            (35, 43, "세발낙지 탕탕이"),
            (45, 55, "평화광장 춤추는 바다분수", "yellow"),
            (52, 58, "총 경비 140,000원"),
        ],
        "places": [
            {"name": "목포역", "aliases": ["Mokpo Station"], "address": "전남 목포시 영산로 98", "lat": 34.7913, "lng": 126.3867},
            {"name": "목포근대역사관", "aliases": ["목포근대역사관 1관", "구 목포 일본영사관", "Mokpo Modern History Museum"], "address": "전남 목포시 영산로29번길 6", "lat": 34.7873, "lng": 126.3803},
            {"name": "목포해상케이블카", "aliases": ["목포 해상케이블카", "해상케이블카", "Mokpo Marine Cable Car"], "address": "전남 목포시 해양대학로 240", "lat": 34.8007, "lng": 126.3585},
            {"name": "평화광장", "aliases": ["목포 평화광장", "춤추는 바다분수", "Peace Plaza"], "address": "전남 목포시 상동 평화광장", "lat": 34.7966, "lng": 126.4332},
        ],
        "optional": ["목포", "용산역", "용산", "유달산", "고하도", "북항 승강장", "북항", "KTX"],
    },
    {
        # English street food: numbered "PLACES WE VISITED" list with addresses, auto-captions
        "id": "CdMxTaCo43q",
        "lang": "en",
        "auto_captions": True,
        "title": "$20 Street Food Challenge in MEXICO CITY 🇲🇽 Tacos, Churros & Tostadas",
        "channel": "Two Forks Abroad",
        "duration": 54,
        "description": (
            "How far does $20 go in Mexico City? We ate tacos al pastor, churros and\n"
            "tostadas all over CDMX to find out.\n\n"
            "PLACES WE VISITED\n"
            "1. Taquería Los Cocuyos - Bolívar 56, Centro Histórico, Cuauhtémoc, CDMX\n"
            "2. Churrería El Moro - Eje Central Lázaro Cárdenas 42, Centro Histórico, CDMX\n"
            "3. Mercado de Coyoacán - Ignacio Allende s/n, Del Carmen, Coyoacán, CDMX\n\n"
            "Get 10% off your first eSIM with code TWOFORKS 📱\n"
            "Camera: Sony ZV-E1 | Mic: DJI Mic 2\n"
            "Music: Artlist\n"
            "#mexicocity #streetfood #tacos"
        ),
        "chapters": [(0, "Intro"), (6, "Taquería Los Cocuyos"), (20, "Churrería El Moro"), (32, "Mercado de Coyoacán"), (48, "Final total")],
        "transcript": [
            (0.5, 4.0, "hey guys we're in mexico city with twenty dollars for a whole day of street food"),
            (6.5, 4.0, "first stop is taqueria los cocuyos a tiny stand in the centro open basically all night"),
            (11.0, 4.5, "we got suadero and campechano tacos at twenty five pesos each"),
            (16.0, 3.5, "the salsa verde is seriously spicy"),
            (20.5, 4.0, "walking past the zocalo to churreria el moro which has been here since nineteen thirty five"),
            (25.0, 4.5, "four churros with hot chocolate mexicano for about ninety pesos"),
            (32.5, 4.0, "then we took the metro down to coyoacan for mercado de coyoacan"),
            (37.0, 5.0, "tostadas coyoacan inside the market has like twenty toppings we got shrimp and tinga"),
            (48.5, 4.0, "final total three hundred and forty pesos so about nineteen dollars"),
        ],
        "captions": [
            (0, 6, "$20 STREET FOOD CHALLENGE", "outline"),
            (6, 16, "Taquería Los Cocuyos", "outline"),
            (11, 18, "Tacos  $25 MXN", "small"),
            (20, 30, "Churrería El Moro", "outline"),
            (25, 30, "4 churros + chocolate  $90 MXN", "small"),
            (32, 46, "Mercado de Coyoacán", "outline"),
            (48, 54, "TOTAL: $340 MXN ≈ US$19", "yellow"),
        ],
        "places": [
            {"name": "Taquería Los Cocuyos", "aliases": ["Los Cocuyos", "Taqueria Los Cocuyos", "Tacos Los Cocuyos"], "address": "Bolívar 56, Centro Histórico, Cuauhtémoc, CDMX", "lat": 19.4317, "lng": -99.1390},
            {"name": "Churrería El Moro", "aliases": ["El Moro", "Churreria El Moro", "El Moro Churrería"], "address": "Eje Central Lázaro Cárdenas 42, Centro Histórico, CDMX", "lat": 19.4330, "lng": -99.1418},
            {"name": "Mercado de Coyoacán", "aliases": ["Mercado de Coyoacan", "Coyoacán Market", "Coyoacan Market"], "address": "Ignacio Allende s/n, Del Carmen, Coyoacán, CDMX", "lat": 19.3509, "lng": -99.1625},
        ],
        "optional": ["Mexico City", "CDMX", "Ciudad de México", "Centro Histórico", "Centro", "Zócalo", "Zocalo", "Coyoacán", "Coyoacan", "Tostadas Coyoacán", "Tostadas Coyoacan", "Metro", "Mexico"],
    },
    {
        # Korean vlog: places ONLY in busy-scene 📍 captions
        "id": "nAmHaE44cap",
        "scene": "busy",
        "lang": "ko",
        "title": "남해 1박 2일 🌊 드라이브 브이로그 | 자막에 장소 있어요",
        "channel": "소금빵과 바다",
        "duration": 50,
        "description": (
            "남해 1박 2일 드라이브 기록 🚗\n"
            "장소는 영상 자막으로 넣어뒀어요! 궁금한 건 댓글로 물어봐주세요.\n\n"
            "렌터카: 쏘카 (내돈내산)\n"
            "#남해여행 #드라이브코스 #국내여행 #브이로그"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "드디어 도착 다리 건너오는데 바다 색 진짜 미쳤다"),
            (6.5, 4.0, "여기 주황색 지붕 집들이 진짜 유럽 같아요 소시지랑 맥주 한 잔"),
            (12.0, 3.5, "운전해야 돼서 저는 무알콜로 마실게요"),
            (17.5, 4.0, "새벽에 일어나서 절에 올라왔어요 구름이 발 아래 있어요"),
            (23.0, 3.5, "주차장에서 셔틀버스 타고 올라오면 돼요"),
            (28.5, 4.0, "계단식 논이 바다까지 쭉 이어져요 여기 멸치쌈밥 맛있어요"),
            (38.5, 4.0, "마지막은 모래가 진짜 고운 해변 물도 엄청 맑아요"),
            (44.0, 4.0, "다음 영상은 통영 편입니다 구독 좋아요 잊지 마세요"),
        ],
        "captions": [
            (0, 5, "DAY 1 남해 도착", "outline"),
            (6, 16, "📍 남해 독일마을", "yellow"),
            (9, 16, "수제 소시지 플래터 18,000원", "small"),
            (17, 27, "📍 보리암", "box"),
            (22, 27, "셔틀버스 편도 2,000원", "small"),
            (28, 37, "📍 다랭이마을", "yellow"),
            (32, 37, "멸치쌈밥 2인 30,000원"),
            (38, 48, "📍 상주은모래비치", "box"),
        ],
        "places": [
            {"name": "남해 독일마을", "aliases": ["독일마을", "Namhae German Village", "German Village"], "address": "경남 남해군 삼동면 독일로 92", "lat": 34.7993, "lng": 128.0408},
            {"name": "보리암", "aliases": ["금산 보리암", "Boriam"], "address": "경남 남해군 상주면 보리암로 665", "lat": 34.7573, "lng": 127.9806},
            {"name": "다랭이마을", "aliases": ["가천 다랭이마을", "남해 다랭이마을", "Darangee Village"], "address": "경남 남해군 남면 남면로679번길 21", "lat": 34.7270, "lng": 127.8925},
            {"name": "상주은모래비치", "aliases": ["상주 은모래비치", "상주해수욕장", "Sangju Eunmorae Beach"], "address": "경남 남해군 상주면 상주리", "lat": 34.7210, "lng": 127.9917},
        ],
        "optional": ["남해", "남해군", "금산", "남해대교", "통영"],
    },
    {
        # Korean trip abroad: foreign places in Korean, native script in parentheses sometimes
        "id": "NaGoYa45trP",
        "scene": "busy",
        "lang": "ko",
        "title": "나고야 2박3일 🇯🇵 미소카츠 & 히츠마부시 먹으러 간 여행 1일차",
        "channel": "도쿄말고나고야",
        "duration": 56,
        "description": (
            "나고야 여행 1일차 기록입니다!\n"
            "주부국제공항(센트레아)에서 메이테츠 뮤스카이 타고 나고야역까지 28분.\n\n"
            "📍 나고야성 (名古屋城) - 1-1 Honmaru, Naka Ward, Nagoya\n"
            "📍 야바톤 본점 (矢場とん) - 3-6-18 Osu, Naka Ward, Nagoya\n"
            "📍 오스 상점가 (大須商店街)\n"
            "📍 아츠타 신궁\n\n"
            "환전은 트래블로그 카드로 했어요 (협찬 아님)\n"
            "eSIM은 말톡 5일권 사용"
        ),
        "chapters": [(0, "센트레아 도착"), (7, "나고야성"), (19, "미소카츠 점심"), (29, "오스 상점가"), (39, "아츠타 신궁 & 히츠마부시")],
        "transcript": [
            (0.5, 4.0, "인천에서 한 시간 반 만에 센트레아 도착 바로 나고야역으로 갑니다"),
            (7.5, 4.0, "첫 일정은 나고야성이에요 지붕 위에 금색 샤치호코 보이시죠"),
            (12.0, 4.5, "혼마루 어전 안에 금박 그림이 진짜 화려해요 입장료는 천 엔"),
            (19.5, 4.0, "점심은 야바톤 본점에서 미소카츠 먹었어요 웨이팅 사십 분"),
            (24.0, 4.0, "된장 소스가 달달하고 진해서 밥이 계속 들어가요"),
            (29.5, 4.0, "소화시킬 겸 오스 상점가 구경 고양이 모양 타이야키도 하나"),
            (39.5, 4.5, "저녁에는 아츠타 신궁에 들렀다가 아츠타 호라이켄 본점에서 히츠마부시 먹었어요"),
            (45.0, 4.5, "처음엔 그냥 먹고 두 번째는 파랑 와사비 마지막은 오차즈케로"),
            (50.5, 4.0, "내일은 지브리 파크 가는 날 구독 좋아요 부탁해요"),
        ],
        "captions": [
            (0, 6, "센트레아 ✈ 나고야역 28분", "small"),
            (7, 17, "나고야성 名古屋城", "outline"),
            (12, 17, "입장료 ¥1,000", "small"),
            (19, 27, "야바톤 본점 矢場とん", "yellow"),
            (23, 27, "미소카츠 정식 ¥1,800", "small"),
            (29, 37, "오스 상점가", "outline"),
            (39, 45, "아츠타 신궁 熱田神宮", "box"),
            (45, 54, "あつた蓬莱軒 본점 히츠마부시 ¥4,900", "box"),
        ],
        "places": [
            {"name": "나고야성", "aliases": ["名古屋城", "Nagoya Castle", "나고야 성"], "address": "1-1 Honmaru, Naka Ward, Nagoya", "lat": 35.1856, "lng": 136.8991},
            {"name": "야바톤 본점", "aliases": ["야바톤", "矢場とん", "矢場とん 矢場町本店", "Yabaton"], "address": "3-6-18 Osu, Naka Ward, Nagoya", "lat": 35.1622, "lng": 136.9066},
            {"name": "오스 상점가", "aliases": ["오스상점가", "大須商店街", "Osu Shopping Street", "Osu Shotengai"], "address": "Osu, Naka Ward, Nagoya", "lat": 35.1590, "lng": 136.9050},
            {"name": "아츠타 신궁", "aliases": ["아츠타신궁", "熱田神宮", "Atsuta Jingu", "Atsuta Shrine"], "address": "1-1-1 Jingu, Atsuta Ward, Nagoya", "lat": 35.1279, "lng": 136.9086},
            {"name": "아츠타 호라이켄 본점", "aliases": ["아츠타 호라이켄", "あつた蓬莱軒", "あつた蓬莱軒 본점", "Atsuta Horaiken"], "address": "2-10-26 Jingu, Atsuta Ward, Nagoya", "lat": 35.1265, "lng": 136.9066},
        ],
        "optional": ["나고야", "나고야역", "센트레아", "주부국제공항", "주부국제공항(센트레아)", "인천", "혼마루 어전", "지브리 파크", "메이테츠", "뮤스카이", "일본"],
    },
    {
        # home cooking: no places (food names containing place names, brands)
        "id": "hOmEjJiM46z",
        "lang": "ko",
        "title": "퇴근 후 30분 집밥 | 의정부식 부대찌개 & 나주곰탕 st 국밥 (자취요리)",
        "channel": "퇴근하고 밥해요",
        "duration": 42,
        "description": (
            "퇴근하고 30분 안에 끝내는 집밥 시리즈 🍲\n"
            "재료: 스팸, 비엔나소시지, 김치, 베이크드빈, 라면사리, 사골육수, 대파\n\n"
            "00:00 재료 소개\n00:10 의정부식 부대찌개\n00:26 나주곰탕 st 국밥\n\n"
            "사용한 냄비: 해피콜 양수냄비 / 밥솥: 쿠쿠\n"
            "사골육수는 비비고 제품 썼어요 (광고 아님)"
        ),
        "chapters": [(0, "재료 소개"), (10, "의정부식 부대찌개"), (26, "나주곰탕 st 국밥")],
        "transcript": [
            (0.5, 4.0, "오늘은 냉장고 털어서 부대찌개랑 국밥 만들어 볼게요"),
            (5.0, 4.0, "재료는 다 합쳐서 만 오천 원 정도 들었어요"),
            (10.5, 4.5, "의정부식은 치즈 안 넣고 김치랑 햄 맛으로 깔끔하게 먹는 거래요"),
            (15.5, 4.0, "육수에 고춧가루 한 스푼 다진 마늘 한 스푼 넣어주세요"),
            (20.0, 4.0, "라면사리는 마지막에 넣어야 안 불어요"),
            (26.5, 4.5, "국밥은 사골육수에 양지 삶아서 맑게 끓이는 나주곰탕 스타일이에요"),
            (31.5, 4.0, "밥을 토렴하듯이 국물 두세 번 부었다 따라내면 돼요"),
            (36.5, 4.0, "다음 주는 도시락 편으로 올게요 맛있게 드세요"),
        ],
        "captions": [
            (0, 9, "오늘의 재료 15,000원"),
            (10, 20, "의정부식 부대찌개", "outline"),
            (20, 25, "라면사리는 마지막에!", "yellow"),
            (26, 35, "나주곰탕 st 국밥", "outline"),
            (31, 35, "토렴 2~3회", "small"),
        ],
        "places": [],
        "optional": [],
    },
    {
        # own design: English city walk with chapters (plain subtitles)
        "id": "IsTaNbUl47w",
        "lang": "en",
        "title": "Istanbul Old City Walking Tour 🇹🇷 One Perfect Day (with prices)",
        "channel": "Wander with Priya",
        "duration": 60,
        "description": (
            "A full day walking Istanbul's old city and crossing over to Galata.\n"
            "Everything is walkable or one stop on the T1 tram.\n\n"
            "0:00 Sultanahmet morning\n0:06 Hagia Sophia\n0:18 Basilica Cistern\n0:30 Grand Bazaar\n0:44 Galata Tower at sunset\n\n"
            "🎒 Gear: Insta360 X4, Peak Design Everyday Backpack\n"
            "📱 I use Airalo for data — link in bio\n"
            "Instagram: @wanderwithpriya\n"
            "#istanbul #travelvlog #walkingtour"
        ),
        "chapters": [(0, "Sultanahmet morning"), (6, "Hagia Sophia"), (18, "Basilica Cistern"), (30, "Grand Bazaar"), (44, "Galata Tower at sunset")],
        "transcript": [
            (0.5, 5.0, "good morning from Istanbul I'm starting with a simit and a tea in Sultanahmet Square"),
            (6.5, 4.5, "first up is Hagia Sophia which is a working mosque again so bring a scarf"),
            (11.5, 5.0, "foreign visitors now pay to go up to the gallery level but honestly the dome is worth it"),
            (18.5, 4.5, "right across the street is the Basilica Cistern the underground water palace"),
            (23.5, 4.5, "look for the two Medusa heads at the back and go early to skip the queue"),
            (30.5, 4.5, "next I walked up to the Grand Bazaar it has over four thousand shops"),
            (35.5, 5.0, "I picked up some Turkish delight and a little ceramic bowl don't be afraid to haggle"),
            (44.5, 5.0, "to finish I crossed the Galata Bridge and climbed up to Galata Tower for sunset"),
            (50.0, 5.0, "the view over the Bosphorus is unreal thanks for walking with me see you in Cappadocia"),
        ],
        "captions": [
            (0, 6, "ISTANBUL • OLD CITY", "outline"),
            (6, 16, "Hagia Sophia", "outline"),
            (11, 16, "Gallery ticket €25", "small"),
            (18, 28, "Basilica Cistern", "outline"),
            (23, 28, "Entry ₺1,300", "small"),
            (30, 42, "Grand Bazaar", "outline"),
            (36, 42, "Turkish delight ₺350 / box", "small"),
            (44, 56, "Galata Tower", "yellow"),
        ],
        "places": [
            {"name": "Hagia Sophia", "aliases": ["Ayasofya", "Hagia Sophia Grand Mosque", "Ayasofya-i Kebir Camii", "아야 소피아"], "address": "Sultan Ahmet, Ayasofya Meydanı No:1, Fatih, İstanbul", "lat": 41.0086, "lng": 28.9802},
            {"name": "Basilica Cistern", "aliases": ["Yerebatan Sarnıcı", "Yerebatan Cistern", "Yerebatan Sarnici"], "address": "Alemdar, Yerebatan Cd. 1/3, Fatih, İstanbul", "lat": 41.0084, "lng": 28.9779},
            {"name": "Grand Bazaar", "aliases": ["Kapalıçarşı", "Kapalı Çarşı", "Kapalicarsi"], "address": "Beyazıt, Kalpakçılar Cd. No:22, Fatih, İstanbul", "lat": 41.0107, "lng": 28.9680},
            {"name": "Galata Tower", "aliases": ["Galata Kulesi"], "address": "Bereketzade, Galata Kulesi, Beyoğlu, İstanbul", "lat": 41.0256, "lng": 28.9741},
        ],
        "optional": ["Istanbul", "İstanbul", "Sultanahmet", "Sultanahmet Square", "Galata", "Galata Bridge", "Bosphorus", "T1", "T1 tram", "Cappadocia", "Turkey", "Türkiye"],
    },
    {
        # own design: Korean 맛집 vlog with places mainly in speech (chapters/description don't name them)
        "id": "sEoNgBuK48m",
        "lang": "ko",
        "title": "성북동 노포 맛집 투어 | 돼지불백부터 70년 된 빵집까지 (feat. 친구 수빈)",
        "channel": "먹는게 남는거",
        "duration": 54,
        "description": (
            "친구 수빈이랑 성북동 한 바퀴 먹고 걷고 왔어요 🐷🥐\n"
            "한성대입구역 5번 출구에서 시작!\n\n"
            "00:00 오프닝\n00:06 빵 사러\n00:17 점심은 돼지불백\n00:30 전통찻집에서 디저트\n00:42 소화 산책\n\n"
            "수빈 인스타 @subin.daily\n"
            "#성북동 #노포맛집 #서울데이트 #먹방"
        ),
        "chapters": [(0, "오프닝"), (6, "빵 사러"), (17, "점심은 돼지불백"), (30, "전통찻집에서 디저트"), (42, "소화 산책")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 오늘은 친구 수빈이랑 성북동에 왔어요"),
            (6.5, 4.5, "제일 먼저 나폴레옹과자점 왔어요 칠십 년 넘은 빵집이래요"),
            (11.5, 4.0, "사라다빵이랑 단팥빵 샀는데 벌써 반 먹었어요"),
            (17.5, 4.5, "점심은 쌍다리기사식당 돼지불백이에요 택시 기사님들 단골집"),
            (22.5, 4.5, "연탄불 향이 나고 반찬도 계속 리필해 주세요 일인분 만 이천 원"),
            (30.5, 4.5, "디저트는 수연산방이라는 한옥 찻집에서 먹었어요 소설가 이태준 가옥이래요"),
            (35.5, 4.0, "단호박빙수가 시그니처인데 진짜 달고 부드러워요"),
            (42.5, 4.5, "소화시키려고 길상사까지 걸어 올라왔어요 조용해서 너무 좋다"),
            (47.5, 4.5, "오늘 코스 어떠셨나요 구독 좋아요 알림 설정까지 부탁드려요"),
        ],
        "captions": [
            (0, 5, "성북동 노포 투어 with 수빈", "outline"),
            (11, 16, "사라다빵 3,500원", "small"),
            (17, 28, "돼지불백 12,000원"),
            (35, 41, "단호박빙수 15,000원", "box"),
            (42, 50, "길상사 산책", "outline"),
        ],
        "places": [
            {"name": "나폴레옹과자점", "aliases": ["나폴레옹과자점 본점", "나폴레옹 과자점", "Napoleon Bakery"], "address": "서울 성북구 성북로 7", "lat": 37.5893, "lng": 127.0041},
            {"name": "쌍다리기사식당", "aliases": ["쌍다리식당", "쌍다리 기사식당", "쌍다리돼지불백"], "address": "서울 성북구 성북로 113", "lat": 37.5945, "lng": 126.9945},
            {"name": "수연산방", "aliases": ["수연산방 찻집", "이태준 가옥", "Suyeon Sanbang"], "address": "서울 성북구 성북로26길 8", "lat": 37.5946, "lng": 126.9948},
            {"name": "길상사", "aliases": ["Gilsangsa", "Gilsangsa Temple"], "address": "서울 성북구 선잠로5길 68", "lat": 37.6008, "lng": 126.9955},
        ],
        "optional": ["성북동", "한성대입구역", "한성대입구역 5번 출구", "서울"],
    },
]
