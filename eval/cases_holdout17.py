"""Seventeenth holdout (blind): realistic travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Same format as /work/shared/eval/cases_dev.py. Places are real;
coordinates are approximate (WGS84). Do not tune on this set.
"""

CASES = [
    # 1. 영주: Korean domestic, rolling auto-captions, route line in the
    #    description, a snack shop named only in speech, ASR-style spacing.
    {
        "id": "yEoNgJu17aA",
        "lang": "ko",
        "auto_captions": True,
        "title": "영주 당일치기 🍂 가을에 꼭 가야 하는 절 그리고 외나무다리 (feat. 쫄면)",
        "channel": "느린여행 수아",
        "duration": 58,
        "description": (
            "단풍 끝나기 전에 영주 다녀왔어요 🍁\n"
            "청량리에서 KTX-이음 타고 영주역까지 2시간 조금 넘게 걸려요.\n\n"
            "오늘의 동선 ⬇️\n"
            "부석사 ➝ 소수서원 ➝ (시내에서 점심) ➝ 무섬마을\n\n"
            "00:00 영주역 도착\n"
            "00:09 무량수전 앞에서\n"
            "00:22 선비들의 학교\n"
            "00:33 점심은 쫄면\n"
            "00:43 외나무다리 건너기\n\n"
            "🚌 시내버스 27번 (부석사행) 배차 간격 길어요! 시간표 꼭 확인하세요\n"
            "📷 Canon G7X Mark III / 🎙 RØDE Wireless GO II\n"
            "문의 sua.slowtrip@example.com\n\n"
            "#영주여행 #경북여행 #부석사 #당일치기 #가을여행 #국내여행"
        ),
        "chapters": [(0, "영주역 도착"), (9, "무량수전 앞에서"), (22, "선비들의 학교"), (33, "점심은 쫄면"), (43, "외나무다리 건너기")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 수아예요 저 지금 영주역에 막 내렸어요"),
            (5.0, 3.5, "버스 시간이 애매해서 택시 타고 바로 올라갈게요"),
            (9.5, 4.0, "짜잔 부석 사 도착했습니다 와 계단 진짜 많네요"),
            (14.0, 4.5, "여기가 그 무량수전인데요 배흘림기둥 교과서에서 봤던 거 그대로예요"),
            (19.0, 3.0, "은행나무가 아직 노랗게 남아 있어요"),
            (22.5, 4.0, "두 번째로 소수 서원에 왔어요 우리나라 최초의 서원이래요"),
            (27.0, 4.5, "소나무 숲길이 진짜 예쁘고 옆에 선비촌도 있는데 거긴 그냥 지나갔어요"),
            (33.5, 4.5, "점심은 음 시내로 나와서 나드리라는 분식집에 왔는데요 쫄면이 유명하대요"),
            (38.5, 4.0, "쫄면이랑 만두 시켰는데 소스가 약간 달달하고 엄청 맛있어요"),
            (43.5, 4.0, "마지막은 무섬 마을 외나무다리 건너 보기"),
            (48.0, 4.5, "물이 생각보다 가까워서 좀 무서웠어요 으 흔들려"),
            (53.0, 4.5, "다음 영상은 풍기 인삼 시장이랑 소백산 편이에요 구독 눌러 주세요"),
        ],
        "captions": [
            (0, 8, "영주역 도착 🚆 09:47", "small"),
            (9, 20, "부석사 무량수전", "outline"),
            (14, 20, "국보 제18호", "box"),
            (22, 32, "소수서원", "outline"),
            (33, 42, "쫄면 6,000원 · 군만두 4,000원", "yellow"),
            (43, 52, "무섬마을 외나무다리", "outline"),
            (52, 58, "NEXT ▶ 풍기 · 소백산", "small"),
        ],
        "places": [
            {"name": "부석사", "aliases": ["영주 부석사", "Buseoksa", "부석사 무량수전", "무량수전"], "address": "경북 영주시 부석면 부석사로 345", "lat": 36.9988, "lng": 128.6869},
            {"name": "소수서원", "aliases": ["Sosu Seowon"], "address": "경북 영주시 순흥면 소백로 2740", "lat": 36.9257, "lng": 128.5823},
            {"name": "나드리", "aliases": ["나드리분식", "나드리 쫄면", "영주 나드리"], "address": "경북 영주시 광복로", "lat": 36.8258, "lng": 128.6262},
            {"name": "무섬마을", "aliases": ["무섬 마을", "무섬마을 외나무다리", "무섬 외나무다리", "Museom Village"], "address": "경북 영주시 문수면 수도리", "lat": 36.7330, "lng": 128.6236},
        ],
        "optional": ["영주", "영주역", "청량리", "청량리역", "경북", "선비촌", "풍기", "풍기 인삼 시장", "풍기인삼시장", "소백산", "외나무다리"],
    },
    # 2. 예산: Korean domestic, tree-style numbered list with addresses
    #    under each name, plain subtitles, market food noise.
    {
        "id": "YeSaN17bBqz",
        "lang": "ko",
        "title": "[예산 1박2일] 엄마랑 예산시장 먹방하고 수덕사 템플 산책까지 👩‍👧",
        "channel": "하루하루 지영",
        "duration": 54,
        "description": (
            "엄마 환갑 기념으로 예산 다녀왔어요!\n"
            "생각보다 볼 게 많아서 놀랐던 여행 ㅎㅎ\n\n"
            "[1] 예산상설시장\n"
            "  └ 충남 예산군 예산읍 예산리 (장터광장 쪽)\n"
            "[2] 예당호 출렁다리\n"
            "  └ 충남 예산군 응봉면 예당관광로 161\n"
            "[3] 추사고택\n"
            "  └ 충남 예산군 신암면 추사고택로 261\n"
            "[4] 수덕사\n"
            "  └ 충남 예산군 덕산면 수덕사안길 79\n\n"
            "숙소는 덕산온천 근처 호텔이었는데 협찬 아니라서 이름은 생략할게요 🙂\n"
            "시장 국밥 8,000원 / 파기름 국수 5,000원 / 사과 한 봉지 10,000원\n"
            "서해안고속도로 → 당진영덕고속도로 → 예산수덕사IC\n\n"
            "#예산여행 #예산시장 #충남여행 #엄마랑여행 #모녀여행"
        ),
        "chapters": [(0, "출발"), (7, "시장 구경"), (20, "출렁다리"), (31, "추사 김정희 선생님 집"), (42, "다음 날 아침 절")],
        "transcript": [
            (0.5, 4.0, "엄마랑 예산 여행 출발합니다 서울에서 두 시간 정도 걸렸어요"),
            (7.5, 4.5, "먼저 예산 시장에 왔어요 주말이라 사람이 진짜 많아요"),
            (12.5, 4.0, "국밥이랑 파기름 국수 먹고 사과도 한 봉지 샀어요"),
            (20.5, 4.5, "여기는 예당호 출렁다리예요 길이가 사백 미터가 넘는대요"),
            (25.5, 4.0, "엄마는 무섭다고 하시면서 끝까지 건너셨어요"),
            (31.5, 4.5, "오후에는 추사고택에 왔습니다 추사체로 유명한 김정희 선생님 고택이에요"),
            (36.5, 4.0, "마당에 백송 보러 가는 길도 조용해서 좋았어요"),
            (42.5, 4.5, "다음 날 아침 일찍 수덕사에 올라왔어요 대웅전이 고려 시대 건물이래요"),
            (47.5, 4.0, "엄마 생신 축하드려요 다음에는 태안 쪽으로 가 볼게요"),
        ],
        "captions": [
            (0, 6, "엄마랑 예산 1박2일", "outline"),
            (7, 19, "예산상설시장", "box"),
            (12, 19, "국밥 8,000원", None),
            (20, 30, "예당호 출렁다리 402m", "outline"),
            (31, 41, "추사고택", "box"),
            (42, 52, "수덕사 대웅전", "outline"),
        ],
        "places": [
            {"name": "예산상설시장", "aliases": ["예산시장", "예산 시장", "Yesan Market"], "address": "충남 예산군 예산읍 예산리", "lat": 36.6795, "lng": 126.8460},
            {"name": "예당호 출렁다리", "aliases": ["예당호출렁다리", "예당호"], "address": "충남 예산군 응봉면 예당관광로 161", "lat": 36.6300, "lng": 126.8240},
            {"name": "추사고택", "aliases": ["추사 고택", "김정희 고택", "Chusa Gotaek"], "address": "충남 예산군 신암면 추사고택로 261", "lat": 36.7205, "lng": 126.7815},
            {"name": "수덕사", "aliases": ["예산 수덕사", "Sudeoksa", "수덕사 대웅전"], "address": "충남 예산군 덕산면 수덕사안길 79", "lat": 36.6619, "lng": 126.6232},
        ],
        "optional": ["예산", "예산군", "충남", "서울", "덕산온천", "덕산", "서해안고속도로", "당진영덕고속도로", "예산수덕사IC", "장터광장", "태안", "백송"],
    },
    # 3. 해남: Korean domestic, busy scene, names only in on-screen captions;
    #    the description says only that the places are in the captions.
    {
        "id": "HaeNaM17cXw",
        "scene": "busy",
        "lang": "ko",
        "title": "땅끝까지 달려왔다 🚗 남도 끝 여행 vlog | 말없는 브이로그",
        "channel": "walk with 태오",
        "duration": 46,
        "description": (
            "말 없는 브이로그 🌊\n"
            "장소는 영상 속 자막으로 확인해 주세요!\n"
            "서울 → 해남 차로 5시간 ... 휴게소 두 번 들렀어요\n\n"
            "music by 브금대통령\n"
            "#해남 #남도여행 #무언브이로그 #차박 #떡갈비"
        ),
        "chapters": [],
        "transcript": [
            (6.5, 2.5, "와"),
            (20.0, 3.0, "음 진짜 맛있다"),
            (34.0, 3.0, "바람 엄청 분다"),
        ],
        "captions": [
            (0, 5, "DAY 1 · 오전 11시 출발", "small"),
            (5, 15, "📍 대흥사", "box"),
            (9, 15, "두륜산 자락 천년 고찰", "small"),
            (16, 27, "📍 천일식당", "box"),
            (19, 27, "떡갈비 정식 1인 28,000원", "yellow"),
            (28, 42, "📍 땅끝전망대", "box"),
            (33, 42, "한반도 최남단 🇰🇷", "outline"),
            (42, 46, "다음 편: 보길도", "small"),
        ],
        "places": [
            {"name": "대흥사", "aliases": ["해남 대흥사", "대둔사", "Daeheungsa"], "address": "전남 해남군 삼산면 대흥사길 400", "lat": 34.4755, "lng": 126.6175},
            {"name": "천일식당", "aliases": ["해남 천일식당"], "address": "전남 해남군 해남읍 읍내길", "lat": 34.5725, "lng": 126.5995},
            {"name": "땅끝전망대", "aliases": ["땅끝 전망대", "땅끝탑", "땅끝마을", "땅끝"], "address": "전남 해남군 송지면 땅끝마을길", "lat": 34.2985, "lng": 126.5275},
        ],
        "optional": ["해남", "서울", "두륜산", "한반도 최남단", "보길도", "남도"],
    },
    # 4. 광양: Korean domestic, inline slash list in the description,
    #    chapters naming no place, unstyled captions, teaser to 하동.
    {
        "id": "gWaNgYaNg17",
        "lang": "ko",
        "title": "광양 불고기 먹으러 광양까지 간 사람 🔥 매화마을 & 야경 코스",
        "channel": "먹고또먹고 TV",
        "duration": 50,
        "description": (
            "숯불 위에 구리 석쇠 올려서 굽는 광양 불고기... 이건 진짜 현지에서 먹어야 합니다\n\n"
            "▸ 오늘 간 곳: 청매실농원 / 삼대광양불고기집 / 구봉산 전망대\n\n"
            "🥩 광양불고기 1인분 19,000원 (2인 이상 주문)\n"
            "🍶 매실 막걸리 6,000원\n"
            "💳 결제는 광양사랑상품권 쓰면 10% 할인!\n\n"
            "0:00 인트로\n0:06 매화 보러 가는 길\n0:20 불고기 타임\n0:35 밤에 올라간 곳\n\n"
            "비즈니스 문의: mukgo.tv@example.com\n"
            "※ 본 영상은 내돈내산입니다"
        ),
        "chapters": [(0, "인트로"), (6, "매화 보러 가는 길"), (20, "불고기 타임"), (35, "밤에 올라간 곳")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 먹고또먹고입니다 오늘은 전남 광양에 왔습니다"),
            (6.5, 4.5, "섬진강 따라서 쭉 올라가면 매화마을이 나오는데요 청매실농원이 제일 유명해요"),
            (11.5, 4.5, "장독대가 수천 개 있고 언덕이 다 하얀 매화예요 냄새가 진짜 좋아요"),
            (20.5, 4.5, "자 이제 메인 삼대광양불고기집 왔습니다 웨이팅 사십 분 했어요"),
            (25.5, 4.5, "얇게 저민 소고기를 구리 석쇠에 올려서 참숯에 구워 주시는데 와 이거 미쳤다"),
            (30.5, 4.0, "매실 막걸리도 한 잔 하고요"),
            (35.5, 4.5, "밤에는 구봉산 전망대에 올라왔어요 광양항이랑 이순신대교 야경이 다 보여요"),
            (40.5, 4.5, "다음 주에는 다리 건너서 하동 재첩국 먹으러 갑니다 기대해 주세요"),
        ],
        "captions": [
            (0, 6, "광양 불고기 원정대 🔥", "yellow"),
            (6, 18, "매화마을 가는 길 🌸", None),
            (20, 34, "광양불고기 19,000원", None),
            (35, 44, "구봉산 전망대 야경", "outline"),
            (44, 50, "NEXT: 하동 재첩국", "small"),
        ],
        "places": [
            {"name": "청매실농원", "aliases": ["광양 매화마을", "매화마을", "광양매화마을", "홍쌍리 청매실농원"], "address": "전남 광양시 다압면 지막1길 55", "lat": 35.1370, "lng": 127.7310},
            {"name": "삼대광양불고기집", "aliases": ["삼대 광양불고기집", "삼대광양불고기", "삼대불고기"], "address": "전남 광양시 광양읍 서천1길 52", "lat": 34.9775, "lng": 127.5850},
            {"name": "구봉산 전망대", "aliases": ["구봉산전망대", "구봉산"], "address": "전남 광양시 구봉산", "lat": 34.9455, "lng": 127.6835},
        ],
        "optional": ["광양", "전남", "섬진강", "광양항", "이순신대교", "하동"],
    },
    # 5. 구마모토: Korean abroad, ◇ 한글 (日本語) with a Japanese postcode
    #    address on the next line, tram and station noise.
    {
        "id": "KuMaMoTo17d",
        "lang": "ko",
        "title": "구마모토 2박3일 🐻 쿠마몬 만나고 성 보고 돈코츠 라멘 원조 맛집까지",
        "channel": "여행하는 윤슬",
        "duration": 52,
        "description": (
            "인천 → 구마모토 직항 (티웨이 TW275) 타고 다녀왔어요!\n"
            "JR 큐슈 레일패스 북큐슈 3일권으로 후쿠오카까지 이어서 여행했습니다.\n\n"
            "◇ 구마모토성 (熊本城)\n"
            "〒860-0002 熊本県熊本市中央区本丸1-1\n"
            "◇ 스이젠지 조주엔 (水前寺成趣園)\n"
            "〒862-0956 熊本県熊本市中央区水前寺公園8-1\n"
            "◇ 코쿠테이 본점 (黒亭 本店)\n"
            "〒860-0072 熊本県熊本市西区二本木2-1-23\n\n"
            "🚋 시덴(노면전차) 1회 180엔, 1일권 500엔\n"
            "💴 라멘 980엔 / 입장료 800엔\n"
            "트래블로그 카드로 결제했어요 (광고 X)\n\n"
            "#구마모토 #熊本 #규슈여행 #일본소도시"
        ),
        "chapters": [(0, "구마모토역"), (8, "熊本城"), (22, "水前寺成趣園"), (36, "黒亭 라멘")],
        "transcript": [
            (0.5, 4.5, "구마모토역에 도착했어요 역 앞에 쿠마몬이 엄청 크게 있어요"),
            (5.0, 3.0, "시덴 타고 바로 성으로 갈게요"),
            (8.5, 4.5, "구마모토성 천수각이에요 지진 이후에 복구가 거의 다 됐대요"),
            (13.5, 4.5, "성벽이 진짜 높고 위로 갈수록 휘어져 있어서 무사 가에시라고 부른대요"),
            (22.5, 4.5, "오후에는 스이젠지 조주엔 정원에 왔어요 작은 후지산 모양 언덕이 있어요"),
            (27.5, 4.0, "말차 한 잔이랑 화과자 세트 먹으면서 쉬었어요"),
            (36.5, 4.5, "저녁은 코쿠테이 라멘 마늘 칩 올라간 돈코츠 라멘이에요"),
            (41.5, 4.5, "국물이 진하고 날계란 노른자가 두 개나 들어가요"),
            (46.5, 4.5, "내일은 아소산 쪽으로 넘어갑니다 구독 부탁드려요"),
        ],
        "captions": [
            (0, 7, "熊本駅 구마모토역", "small"),
            (8, 20, "구마모토성 熊本城", "yellow"),
            (14, 20, "입장료 800엔", None),
            (22, 34, "스이젠지 조주엔", "yellow"),
            (27, 34, "말차 세트 ¥700", "box"),
            (36, 46, "黒亭 코쿠테이", "yellow"),
            (46, 52, "내일은 아소 🌋", "small"),
        ],
        "places": [
            {"name": "구마모토성", "aliases": ["熊本城", "Kumamoto Castle", "구마모토 성"], "address": "熊本県熊本市中央区本丸1-1", "lat": 32.8063, "lng": 130.7058},
            {"name": "스이젠지 조주엔", "aliases": ["水前寺成趣園", "스이젠지조주엔", "스이젠지 공원", "水前寺公園", "Suizenji Jojuen"], "address": "熊本県熊本市中央区水前寺公園8-1", "lat": 32.7907, "lng": 130.7345},
            {"name": "코쿠테이 본점", "aliases": ["黒亭 本店", "黒亭", "코쿠테이", "Kokutei"], "address": "熊本県熊本市西区二本木2-1-23", "lat": 32.7930, "lng": 130.6920},
        ],
        "optional": ["구마모토", "熊本", "구마모토역", "熊本駅", "인천", "후쿠오카", "아소산", "아소", "규슈", "후지산"],
    },
    # 6. 타이중: Korean abroad, rolling auto-captions with ASR spellings,
    #    ☑ 中文 한글 | 中文地址 lines, a day trip only announced.
    {
        "id": "TaiChung17e",
        "lang": "ko",
        "auto_captions": True,
        "title": "대만 타이중 여행 🇹🇼 버블티 원조 도시에서 하루 종일 먹기만 함",
        "channel": "밍밍로그",
        "duration": 52,
        "description": (
            "타이베이에서 고속철(HSR) 타고 한 시간! 타이중 당일 코스예요\n\n"
            "☑ 宮原眼科 궁원안과 | 台中市中區中山路20號\n"
            "☑ 彩虹眷村 무지개마을 | 台中市南屯區春安路56巷\n"
            "☑ 逢甲夜市 펑지아 야시장 | 台中市西屯區文華路\n\n"
            "💰 버블티 NT$60 / 지파이 NT$90 / 아이스크림 NT$200\n"
            "이지카드(悠遊卡)로 버스 다 탈 수 있어요\n"
            "클룩 할인코드 MINGMING5 (5% 할인)\n\n"
            "0:00 타이중역\n0:08 아이스크림 맛집\n0:20 알록달록\n0:34 야시장 먹방"
        ),
        "chapters": [(0, "타이중역"), (8, "아이스크림 맛집"), (20, "알록달록"), (34, "야시장 먹방")],
        "transcript": [
            (0.5, 4.0, "여러분 타이중 역에 도착했어요 날씨 완전 덥네요"),
            (5.0, 3.0, "역에서 걸어서 오 분이면 돼요"),
            (8.5, 4.5, "여기가 궁 원 안과 예전에 안과 병원이던 건물을 디저트 가게로 바꾼 거래요"),
            (13.5, 4.5, "아이스크림 토핑을 세 개 고를 수 있는데 펑리수 올려 먹었어요"),
            (20.5, 4.5, "버스 타고 무지개 마을에 왔어요 할아버지 한 분이 벽에 다 그림을 그리셨대요"),
            (25.5, 4.0, "사진 찍기 진짜 좋아요 근데 생각보다 작아요"),
            (34.5, 4.5, "밤에는 펑 지아 야시장 대만에서 제일 큰 야시장 중 하나래요"),
            (39.5, 4.5, "지파이 얼굴보다 큰 거 하나 먹고 취두부도 도전했어요 으 냄새"),
            (44.5, 4.5, "내일은 일월담 가 볼 거예요 좋아요 구독 알림 설정 부탁해요"),
        ],
        "captions": [
            (0, 7, "台中車站", "small"),
            (8, 19, "宮原眼科", "outline"),
            (13, 19, "아이스크림 NT$200", "yellow"),
            (20, 32, "彩虹眷村 Rainbow Village", "outline"),
            (34, 44, "逢甲夜市", "outline"),
            (39, 44, "지파이 NT$90", "yellow"),
            (44, 52, "D+2 日月潭 ▶", "small"),
        ],
        "places": [
            {"name": "궁원안과", "aliases": ["宮原眼科", "궁원 안과", "미야하라", "Miyahara"], "address": "台中市中區中山路20號", "lat": 24.1375, "lng": 120.6834},
            {"name": "무지개마을", "aliases": ["彩虹眷村", "무지개 마을", "Rainbow Village", "레인보우 빌리지"], "address": "台中市南屯區春安路56巷", "lat": 24.1338, "lng": 120.6097},
            {"name": "펑지아 야시장", "aliases": ["逢甲夜市", "펑지아야시장", "펑지아", "펑자 야시장", "Fengjia Night Market", "Feng Chia Night Market"], "address": "台中市西屯區文華路", "lat": 24.1753, "lng": 120.6460},
        ],
        "optional": ["타이중", "台中", "대만", "타이베이", "타이중역", "台中車站", "일월담", "日月潭"],
    },
    # 7. 빈: Korean abroad, busy scene, German chapters and captions,
    #    a route line of German names, transit noise.
    {
        "id": "WiEn17fVnNa",
        "scene": "busy",
        "lang": "ko",
        "title": "오스트리아 빈 🇦🇹 비엔나에 비엔나커피는 없다? | 유럽 한달살기 EP.7",
        "channel": "유럽살이 도윤",
        "duration": 56,
        "description": (
            "유럽 한달살기 일곱 번째 도시 빈(Wien)!\n"
            "잘츠부르크에서 ÖBB 레일젯 타고 2시간 30분.\n\n"
            "🇦🇹 DAY 2 ROUTE\n"
            "Stephansdom → Figlmüller → Schloss Belvedere → Café Sacher\n\n"
            "🎟 벨베데레 상궁 입장권 €17.70 (온라인 예매 추천)\n"
            "🍰 자허토르테 €9.90 / 멜랑쉬 €6.40\n"
            "🚇 U1 Stephansplatz, 트램 D번, 빈 24시간권 €8\n\n"
            "카메라 Sony ZV-1 II\n"
            "Instagram @doyun.in.europe\n"
            "#비엔나 #빈여행 #오스트리아 #유럽여행 #한달살기"
        ),
        "chapters": [(0, "Stephansplatz"), (10, "Mittagessen"), (24, "Belvedere"), (40, "Kaffee und Kuchen")],
        "transcript": [
            (0.5, 4.5, "빈에서 두 번째 날이에요 지하철 타고 바로 슈테판 대성당 앞으로 왔어요"),
            (5.5, 4.0, "지붕 타일 무늬가 진짜 화려해요 남탑은 계단이 삼백 개가 넘는대요"),
            (10.5, 4.5, "점심은 피그뮐러 얼굴보다 큰 슈니첼로 유명한 집이에요"),
            (15.5, 4.5, "감자 샐러드랑 같이 먹었는데 얇고 바삭해서 금방 먹었어요"),
            (24.5, 4.5, "트램 타고 벨베데레 궁전에 왔어요 클림트의 키스 보러 왔습니다"),
            (29.5, 4.5, "실제로 보니까 금색이 훨씬 반짝거려요 사진은 찍어도 된대요"),
            (40.5, 4.5, "마무리는 카페 자허에서 원조 자허토르테 먹기"),
            (45.5, 4.5, "참고로 여기선 비엔나커피 말고 멜랑쉬나 아인슈페너라고 시켜야 돼요"),
            (50.5, 4.5, "다음 편은 할슈타트 당일치기예요 안녕"),
        ],
        "captions": [
            (0, 9, "Stephansdom", "outline"),
            (4, 9, "슈테판 대성당", "small"),
            (10, 22, "Figlmüller", "outline"),
            (15, 22, "Wiener Schnitzel €18,90", "box"),
            (24, 38, "Schloss Belvedere", "outline"),
            (29, 38, "클림트 〈키스〉", "small"),
            (40, 50, "Café Sacher Wien", "outline"),
            (44, 50, "Original Sacher-Torte €9,90", "box"),
            (50, 56, "NEXT ▶ Hallstatt", "yellow"),
        ],
        "places": [
            {"name": "슈테판 대성당", "aliases": ["Stephansdom", "St. Stephen's Cathedral", "슈테판대성당", "성 슈테판 대성당"], "address": "Stephansplatz 3, 1010 Wien", "lat": 48.2085, "lng": 16.3731},
            {"name": "피그뮐러", "aliases": ["Figlmüller", "Figlmuller", "피글뮐러"], "address": "Wollzeile 5, 1010 Wien", "lat": 48.2088, "lng": 16.3746},
            {"name": "벨베데레 궁전", "aliases": ["Schloss Belvedere", "Belvedere", "벨베데레", "Belvedere Palace", "벨베데레 상궁"], "address": "Prinz-Eugen-Straße 27, 1030 Wien", "lat": 48.1914, "lng": 16.3809},
            {"name": "카페 자허", "aliases": ["Café Sacher Wien", "Café Sacher", "Cafe Sacher", "자허", "Hotel Sacher"], "address": "Philharmoniker Str. 4, 1010 Wien", "lat": 48.2039, "lng": 16.3693},
        ],
        "optional": ["빈", "Wien", "비엔나", "Vienna", "오스트리아", "잘츠부르크", "Stephansplatz", "할슈타트", "Hallstatt", "유럽"],
    },
    # 8. Seattle: English, rolling auto-captions, emoji lines with street
    #    addresses, a park named in a chapter and speech only.
    {
        "id": "SeAtTlE17gG",
        "lang": "en",
        "auto_captions": True,
        "title": "What I Ate in Seattle in One Day (locals' picks, under $60)",
        "channel": "Ramen & Rain",
        "duration": 56,
        "description": (
            "Seattle food day! Mostly walkable + one bus ride. Everything paid for by me.\n\n"
            "🥟 Piroshky Piroshky — 1908 Pike Pl\n"
            "🐟 Pike Place Market — 85 Pike St\n"
            "🥪 Paseo (Fremont) — 4225 Fremont Ave N\n\n"
            "The viewpoint at the end is in the video 😉\n\n"
            "Use code RAINY10 for 10% off my Lightroom presets\n"
            "Gear: iPhone 15 Pro, DJI Mic 2\n"
            "Music: Epidemic Sound\n"
            "business: ramenandrain@example.com\n\n"
            "#seattle #seattlefood #pnw #foodvlog"
        ),
        "chapters": [(0, "Intro"), (6, "Breakfast pastry"), (18, "The market"), (30, "Best sandwich in town?"), (44, "Kerry Park sunset")],
        "transcript": [
            (0.5, 4.5, "hey everyone it's Jess and today I'm showing you what I actually eat in Seattle"),
            (6.5, 4.5, "first stop is Piroshky Piroshky the beef and cheese one is like nine dollars"),
            (11.5, 4.0, "the line looks long but it moves really fast"),
            (18.5, 4.5, "then we wander through Pike Place Market past the fish throwers"),
            (23.5, 4.5, "I skipped the original Starbucks line because it's always wrapped around the block"),
            (30.5, 4.5, "took the number 62 bus up to Fremont for Paseo the Caribbean roast sandwich"),
            (35.5, 4.5, "it is messy in the best way grab extra napkins"),
            (44.5, 4.5, "and we end the day at Kerry Park watching the sunset behind the Space Needle"),
            (49.5, 4.5, "next week I'm doing a Capitol Hill coffee crawl so subscribe"),
        ],
        "captions": [
            (0, 6, "SEATTLE ☔ FOOD DAY", "yellow"),
            (6, 17, "Piroshky Piroshky", "outline"),
            (11, 17, "Beef & Cheese $8.95", "box"),
            (18, 29, "Pike Place Market", "outline"),
            (30, 42, "Caribbean Roast $15.50", "box"),
            (44, 52, "sunset 7:42pm", "small"),
            (52, 56, "NEXT: Capitol Hill coffee ☕", "small"),
        ],
        "places": [
            {"name": "Piroshky Piroshky", "aliases": ["Piroshky"], "address": "1908 Pike Pl, Seattle, WA", "lat": 47.6102, "lng": -122.3425},
            {"name": "Pike Place Market", "aliases": ["Pike Place"], "address": "85 Pike St, Seattle, WA", "lat": 47.6094, "lng": -122.3417},
            {"name": "Paseo", "aliases": ["Paseo Fremont", "Paseo Caribbean Food"], "address": "4225 Fremont Ave N, Seattle, WA", "lat": 47.6585, "lng": -122.3500},
            {"name": "Kerry Park", "aliases": [], "address": "211 W Highland Dr, Seattle, WA", "lat": 47.6295, "lng": -122.3600},
        ],
        "optional": ["Seattle", "Fremont", "Space Needle", "Capitol Hill", "Starbucks", "original Starbucks", "PNW"],
    },
    # 9. Queenstown: English, bare arrow route in the description,
    #    description timestamps as chapters, NZD prices, flight noise.
    {
        "id": "qUeEnStN17h",
        "lang": "en",
        "title": "48 hours in Queenstown, New Zealand 🇳🇿 (is Fergburger worth the hype?)",
        "channel": "Two Passports Tom",
        "duration": 50,
        "description": (
            "Flew AKL → ZQN on Air New Zealand NZ613 and rented a little Jucy car.\n\n"
            "Spots (in order): Skyline Queenstown ➜ Fergburger ➜ Onsen Hot Pools\n\n"
            "0:00 Landing in ZQN\n0:07 Gondola + luge\n0:21 The burger\n0:35 Hot tub with a view\n\n"
            "💸 Gondola + 3 luge rides NZ$97 | Fergburger NZ$18.90 | Onsen 60 min NZ$150 for two\n"
            "Travel insurance I use: SafetyWing (affiliate link)\n"
            "Next up: Milford Sound day trip!\n\n"
            "#queenstown #newzealand #nztravel"
        ),
        "chapters": [(0, "Landing in ZQN"), (7, "Gondola + luge"), (21, "The burger"), (35, "Hot tub with a view")],
        "transcript": [
            (0.5, 4.5, "kia ora from Queenstown that landing between the mountains was wild"),
            (7.5, 4.5, "we're heading up the Skyline gondola first it's basically right in town"),
            (12.5, 4.5, "the view over Lake Wakatipu is unreal and we did three luge runs"),
            (21.5, 4.5, "okay Fergburger the line is maybe thirty people at four in the afternoon"),
            (26.5, 4.5, "I got the Little Lamby and honestly yeah it lives up to it"),
            (35.5, 4.5, "to finish we booked a private tub at Onsen Hot Pools out at Arthurs Point"),
            (40.5, 4.5, "the whole wall slides open onto the Shotover River canyon"),
            (45.5, 4.0, "tomorrow it's the long drive to Milford Sound see you there"),
        ],
        "captions": [
            (0, 7, "QUEENSTOWN 🇳🇿", "yellow"),
            (7, 20, "Skyline Queenstown", "outline"),
            (14, 20, "gondola + 3 luge NZ$97", "box"),
            (21, 34, "FERGBURGER", "outline"),
            (26, 34, "Little Lamby NZ$18.90", "small"),
            (35, 45, "Onsen Hot Pools", "outline"),
        ],
        "places": [
            {"name": "Skyline Queenstown", "aliases": ["Skyline Gondola", "Skyline gondola", "Queenstown Skyline"], "address": "Brecon St, Queenstown 9300, New Zealand", "lat": -45.0300, "lng": 168.6530},
            {"name": "Fergburger", "aliases": [], "address": "42 Shotover St, Queenstown 9300, New Zealand", "lat": -45.0317, "lng": 168.6588},
            {"name": "Onsen Hot Pools", "aliases": ["Onsen"], "address": "160 Arthurs Point Rd, Arthurs Point 9371, New Zealand", "lat": -44.9905, "lng": 168.6770},
        ],
        "optional": ["Queenstown", "New Zealand", "ZQN", "AKL", "Lake Wakatipu", "Arthurs Point", "Shotover River", "Milford Sound"],
    },
    # 10. No places: a Korean 다꾸 (diary decorating) video whose products,
    #     stickers and playlist are named after places.
    {
        "id": "dAkKu17iNoP",
        "lang": "ko",
        "title": "11월 다꾸 브이로그 📒 파리 감성 스티커 언박싱 + 새 다이어리 셋업",
        "channel": "문구덕후 하람",
        "duration": 44,
        "description": (
            "이번 달 다꾸 재료 하울 겸 다이어리 셋업 영상이에요 ✏️\n\n"
            "사용한 제품\n"
            "- 파리 에펠탑 빈티지 스티커팩 (3,500원)\n"
            "- 뉴욕 브루클린 엽서 세트 12매\n"
            "- 교토 말차 향 지우개\n"
            "- 몽블랑 마이스터스튁 만년필 (선물 받음)\n"
            "- 미도리 MD 노트 A5 / 모나미 153 네오\n"
            "- 마스킹테이프 '홍콩 야경' 15mm\n\n"
            "🎧 BGM: 도쿄 시티팝 플레이리스트\n"
            "☕ 오늘의 커피: 하와이 코나 드립백\n"
            "텐바이텐 쿠폰코드 HARAM7 (7% 할인)\n\n"
            "#다꾸 #다이어리꾸미기 #문구하울 #스티커"
        ),
        "chapters": [(0, "인트로"), (8, "언박싱"), (22, "다이어리 셋업"), (36, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 하람이에요 오늘은 비 와서 집에서 다꾸 해요"),
            (8.5, 4.5, "이번에 산 파리 에펠탑 스티커 색감이 진짜 빈티지하죠"),
            (13.5, 4.0, "이건 뉴욕 브루클린 엽서인데 벽에 붙여도 예뻐요"),
            (18.0, 3.5, "교토 말차 향 지우개 냄새 맡아 보세요 아 화면으론 안 되지"),
            (22.5, 4.5, "몽블랑 만년필로 이번 달 목표 적고 홍콩 야경 마스킹테이프로 마무리"),
            (28.0, 4.0, "커피는 하와이 코나 드립백 한 잔 내렸어요"),
            (36.5, 4.5, "다음 영상은 연말 다이어리 추천이에요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 8, "11월 다꾸 📒", "yellow"),
            (8, 14, "파리 에펠탑 스티커 3,500원", "box"),
            (13, 18, "뉴욕 브루클린 엽서", "small"),
            (18, 22, "교토 말차 지우개", None),
            (22, 34, "Paris · New York · Kyoto", "outline"),
            (28, 34, "하와이 코나 ☕", "small"),
            (36, 44, "구독 & 좋아요 ♥", "outline"),
        ],
        "places": [],
        "optional": [],
    },
]
