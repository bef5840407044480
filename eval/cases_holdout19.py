"""Nineteenth blind holdout: realistic travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Places are real; coordinates are approximate (WGS84). Do not tune on it.

Labelling follows ../shared/eval/real-dev/README.md: venues and attractions the
video visits are required; cities, regions, neighbourhoods, stations, transit,
parts of a visited place, places passed or announced for later are optional.
Metonyms that are not places at all (Wall Street and Main Street in a housing
explainer, a TV drama, a song, brands and products) are left out of optional on
purpose: naming them is a false positive.
"""

CASES = [
    {
        "id": "cJuMmCa19aQ",
        "lang": "ko",
        "title": "청주 당일치기🚌 미술관 수장고 구경하고 수암골에서 노을까지 (feat. 육거리시장 순대)",
        "channel": "혼자서도 잘 놀아요 지은",
        "duration": 54,
        "description": (
            "서울에서 고속버스 타고 1시간 40분! 청주 혼여 브이로그에요 🙂\n"
            "동선은 미술관 → 시장 → 수암골 순서 추천드려요 (역순은 언덕때매 힘듬ㅋㅋ)\n\n"
            "📍국립현대미술관 청주 ➜ 청주시 청원구 상당로 314 (문화제조창 옆 건물, 무료 관람!)\n"
            "📍육거리종합시장 ➜ 상당구 청남로2197번길 일대 / 순대골목은 시장 안쪽\n"
            "📍수암골 ➜ 상당구 수동 / 주차 헬이라 걸어가는거 추천\n\n"
            "00:00 청주 도착\n"
            "00:06 국립현대미술관 청주 (보이는 수장고)\n"
            "00:20 육거리시장 순대 먹방\n"
            "00:34 수암골 노을\n"
            "00:48 오늘의 지출\n\n"
            "🚌 서울경부 → 청주고속버스터미널 10,500원\n"
            "📷 아이폰15 프로 / 편집 캡컷\n"
            "#청주여행 #청주가볼만한곳 #혼자여행 #국내여행 #수암골 #국현청주"
        ),
        "chapters": [
            (0, "청주 도착"),
            (6, "국립현대미술관 청주 (보이는 수장고)"),
            (20, "육거리시장 순대 먹방"),
            (34, "수암골 노을"),
            (48, "오늘의 지출"),
        ],
        "transcript": [
            (0.5, 4.0, "안녕하세요 지은이에요 오늘은 청주에 혼자 놀러왔어요 터미널 도착!"),
            (6.5, 4.0, "첫번째로 국립현대미술관 청주관에 왔는데요 여기가 원래 담배 공장이었대요"),
            (11.0, 4.5, "보이는 수장고라고 해서 작품 보관하는 데를 유리 너머로 볼 수 있어요 신기하죠"),
            (16.0, 3.5, "입장료는 무료! 진짜 혜자"),
            (20.5, 4.0, "점심은 육거리 시장으로 왔어요 순대골목이 따로 있더라구요"),
            (25.0, 4.5, "순대국밥 한 그릇에 구천원 순대 진짜 꽉 차있어요 ㅠㅠ"),
            (30.0, 3.5, "시장 구경하면서 호떡도 하나 사먹었어요"),
            (34.5, 4.5, "마지막은 수암골 제빵왕 김탁구 촬영지로 유명한 곳인데 벽화가 넘 귀여워요"),
            (39.5, 4.0, "언덕 위 카페에서 노을 보는게 오늘의 하이라이트에요"),
            (48.5, 4.0, "오늘 쓴 돈은 교통비 포함 사만 삼천원 정도 나왔어요"),
        ],
        "captions": [
            (0, 5, "청주 혼여 DAY", "yellow"),
            (6, 16, "국립현대미술관 청주", "outline"),
            (11, 16, "보이는 수장고", "small"),
            (20, 30, "육거리종합시장 순대골목", "box"),
            (25, 30, "순대국밥 9,000원"),
            (34, 44, "수암골", "outline"),
            (39, 44, "노을 맛집 🌅", "small"),
            (48, 54, "총 지출 43,000원", "box"),
        ],
        "places": [
            {"name": "국립현대미술관 청주", "aliases": ["국립현대미술관 청주관", "국현 청주", "청주 국립현대미술관", "MMCA 청주", "MMCA Cheongju"], "address": "충북 청주시 청원구 상당로 314", "lat": 36.6536, "lng": 127.4882},
            {"name": "육거리종합시장", "aliases": ["육거리시장", "육거리 시장", "육거리종합시장 순대골목", "Yukgeori Market"], "address": "충북 청주시 상당구 청남로2197번길 일대", "lat": 36.6268, "lng": 127.4889},
            {"name": "수암골", "aliases": ["수암골 벽화마을", "Suamgol"], "address": "충북 청주시 상당구 수동", "lat": 36.6395, "lng": 127.4958},
        ],
        "optional": ["청주", "청주시", "청원구", "상당구", "수동", "문화제조창", "보이는 수장고", "순대골목", "청주고속버스터미널", "서울경부", "서울경부고속버스터미널", "서울"],
    },
    {
        "id": "jAmSiL19bRk",
        "lang": "ko",
        "title": "퇴근하고 벚꽃 보러 간 잠실🌸 석촌호수 밤벚꽃 + 서울스카이 야경 (다음날 올팍 피크닉까지)",
        "channel": "직장인 소소로그",
        "duration": 52,
        "description": (
            "벚꽃 엔딩 전에 급하게 다녀왔어요ㅠㅠ 평일 저녁인데도 사람 엄청 많았음\n"
            "서울스카이는 미리 온라인 예매하면 조금 더 싸요!\n\n"
            "0:00 퇴근길 2호선\n"
            "0:06 석촌호수 밤벚꽃\n"
            "0:20 서울스카이 118층\n"
            "0:36 다음날 올림픽공원 피크닉\n"
            "0:48 아웃트로\n\n"
            "🎧 BGM: 버스커버스커 - 벚꽃엔딩 (커버)\n"
            "👗 원피스 - 무신사 스탠다드\n"
            "#석촌호수벚꽃 #잠실데이트 #서울벚꽃명소 #직장인브이로그"
        ),
        "chapters": [
            (0, "퇴근길 2호선"),
            (6, "석촌호수 밤벚꽃"),
            (20, "서울스카이 118층"),
            (36, "다음날 올림픽공원 피크닉"),
            (48, "아웃트로"),
        ],
        "transcript": [
            (0.5, 4.0, "퇴근하자마자 2호선 타고 잠실역 왔어요 벚꽃 끝나기 전에 꼭 보고싶었거든요"),
            (6.5, 4.0, "석촌호수 도착 와 조명 켜지니까 분위기 완전 달라요"),
            (11.0, 4.5, "동호랑 서호 중에 서호 쪽이 좀 덜 붐벼요 참고하세요"),
            (16.0, 3.5, "벚꽃 라떼 하나 들고 한 바퀴 돌았어요"),
            (20.5, 4.5, "그리고 롯데월드타워 서울스카이 올라왔습니다 118층이에요"),
            (25.5, 4.0, "유리 바닥 위에 서 있는데 다리 후들후들 ㅋㅋㅋ"),
            (30.0, 4.0, "롯데월드 야경도 보이고 한강까지 다 보여요"),
            (36.5, 4.5, "다음날은 친구랑 올림픽공원 가서 피크닉 했어요 나홀로나무 앞에서 사진도 찍고"),
            (41.5, 4.0, "돗자리는 다이소에서 오천원 주고 샀어요"),
            (48.5, 3.0, "다들 벚꽃 엔딩 전에 꼭 다녀오세요"),
        ],
        "captions": [
            (0, 5, "퇴근길 🚇", "small"),
            (6, 18, "석촌호수 밤벚꽃", "yellow"),
            (16, 19, "벚꽃라떼 6,500원"),
            (20, 34, "SEOUL SKY 118F", "outline"),
            (25, 30, "유리 바닥 스카이데크", "small"),
            (36, 46, "올림픽공원 🌳", "box"),
            (38, 46, "나홀로나무", "small"),
        ],
        "places": [
            {"name": "석촌호수", "aliases": ["석촌 호수", "Seokchon Lake"], "address": "서울 송파구 잠실동", "lat": 37.5088, "lng": 127.1035},
            {"name": "서울스카이", "aliases": ["서울 스카이", "SEOUL SKY", "롯데월드타워 서울스카이", "롯데월드타워 전망대", "롯데월드타워", "롯데타워", "Lotte World Tower"], "address": "서울 송파구 올림픽로 300", "lat": 37.5126, "lng": 127.1026},
            {"name": "올림픽공원", "aliases": ["올림픽 공원", "올팍", "Olympic Park"], "address": "서울 송파구 올림픽로 424", "lat": 37.5206, "lng": 127.1214},
        ],
        "optional": ["잠실", "잠실역", "2호선", "송파구", "서울", "롯데월드", "한강", "동호", "서호", "나홀로나무", "스카이데크", "다이소"],
    },
    {
        "id": "pOhAnG19cSp",
        "lang": "ko",
        "auto_captions": True,
        "title": "포항 1박2일 ep.1 | 먹고 걷고 또 먹고🦀 (대게 과메기 물회 뿌심)",
        "channel": "먹보커플 도도",
        "duration": 58,
        "description": (
            "ep.1 포항 첫째날!!\n"
            "어디어디 갔는지는 영상에서 다 말해드려여 ㅎㅎ 고정댓글에도 적어둘게요\n"
            "숙소는 영일대 근처 오션뷰 호텔 (내돈내산)\n\n"
            "KTX 포항역 도착 → 렌트 → 하루종일 먹방\n"
            "총 경비 2인 28만원 (숙소 포함)\n\n"
            "ep.2는 구룡포 + 경주 넘어갑니당\n"
            "#포항여행 #포항맛집 #대게 #과메기 #커플여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "안녕하세요 도도 커플입니다 저희 지금 포항역 도착했어요"),
            (5.0, 4.0, "렌트카 받아서 바로 시장으로 갑니다 배고파 죽겠어요"),
            (9.5, 4.5, "여기가 죽도 시장인데요 진짜 엄청 커요 대게 냄새 미쳤다"),
            (14.5, 4.5, "대게 두 마리 골라서 위층 식당에서 쪄 먹었어요 키로에 육만원"),
            (19.5, 4.0, "과메기도 한 접시 시켰는데 저는 좀 비려서 오빠가 다 먹음"),
            (24.0, 4.5, "배 꺼트리러 환호 공원 왔어요 여기 스페이스 워크라는 거 있는데"),
            (29.0, 4.5, "롤러코스터처럼 생긴 계단을 걸어 올라가는 거예요 흔들려서 무서워요"),
            (34.0, 4.0, "위에서 보면 영일대 바다까지 다 보여요"),
            (38.5, 4.5, "해지기 전에 호미 곶 도착 바다에 손 있는 데 상생의 손 여기 있어요"),
            (43.5, 4.0, "해맞이 광장 옆에서 과메기 말리는 것도 구경했어요"),
            (48.0, 4.5, "저녁은 물회 먹으러 영일대 쪽으로 다시 넘어갈게요"),
            (53.0, 4.0, "내일은 구룡포 가요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 5, "DAY 1 🦀", "yellow"),
            (14, 19, "대게 1kg 60,000원", "box"),
            (19, 23, "과메기 🐟", "small"),
            (29, 34, "무서움 주의 ⚠️", "outline"),
            (53, 58, "구독 & 좋아요", "small"),
        ],
        "places": [
            {"name": "죽도시장", "aliases": ["죽도 시장", "Jukdo Market"], "address": "경북 포항시 북구 죽도시장13길 13-1", "lat": 36.0363, "lng": 129.3666},
            {"name": "스페이스워크", "aliases": ["스페이스 워크", "환호공원 스페이스워크", "환호공원", "환호 공원", "Space Walk"], "address": "경북 포항시 북구 환호공원길 30", "lat": 36.0642, "lng": 129.3935},
            {"name": "호미곶", "aliases": ["호미 곶", "호미곶 해맞이광장", "해맞이 광장", "상생의 손"], "address": "경북 포항시 남구 호미곶면 대보리", "lat": 36.0770, "lng": 129.5680},
        ],
        "optional": ["포항", "포항역", "KTX 포항역", "영일대", "영일대 해수욕장", "영일대 바다", "구룡포", "경주"],
    },
    {
        "id": "bUyEo19dLtS",
        "lang": "ko",
        "title": "부여 여행 브이로그 | 7월 궁남지 연꽃 보러 다녀왔어요 🪷 백제 감성 가득",
        "channel": "쭈니의 여행일기",
        "duration": 50,
        "description": (
            "7월 부여는 연꽃이 진짜 장관이에요!! 단 덥습니다… 양산 필수 ☀️\n\n"
            "오늘 코스 👉 정림사지 → 국립부여박물관 → (점심 연잎밥) → 궁남지\n"
            "부소산성은 넘 더워서 다음에 가기로 ㅠ\n\n"
            "✔ 정림사지 입장료 1,500원\n"
            "✔ 박물관 무료\n"
            "✔ 궁남지 무료 (야간 조명 있음)\n\n"
            "🚌 서울남부터미널 → 부여시외버스터미널 2시간\n"
            "#부여여행 #궁남지 #연꽃 #충남여행 #백제"
        ),
        "chapters": [
            (0, "부여 도착"),
            (6, "정림사지 오층석탑"),
            (18, "박물관 금동대향로"),
            (30, "연잎밥 점심"),
            (38, "궁남지 연꽃🪷"),
        ],
        "transcript": [
            (0.5, 4.0, "부여 터미널 도착 했는데 벌써 너무 더워요 ㅋㅋ"),
            (6.5, 4.5, "첫 코스는 정림사지에요 가운데 오층석탑 하나 딱 서있는데 멋있어요"),
            (11.5, 4.5, "천오백년 가까이 된 탑이라는데 아직도 이렇게 서있는게 신기"),
            (18.5, 4.5, "걸어서 국립부여박물관으로 왔어요 에어컨 최고"),
            (23.5, 4.5, "여기 백제금동대향로 실물 보는데 진짜 디테일 장난아니에요"),
            (30.5, 4.5, "점심은 근처에서 연잎밥 정식 먹었어요 만 팔천원"),
            (38.5, 4.5, "마지막은 궁남지! 연꽃이 온 연못에 가득 피어있어요"),
            (43.5, 4.5, "가운데 포룡정까지 다리 건너서 갈 수 있어요 다음엔 부소산성도 올라가볼게요"),
        ],
        "captions": [
            (0, 5, "부여 도착 🚌", "small"),
            (6, 16, "정림사지", "yellow"),
            (9, 16, "정림사지 오층석탑 (국보)", "small"),
            (18, 28, "국립부여박물관", "yellow"),
            (23, 28, "백제금동대향로", "box"),
            (30, 36, "연잎밥 정식 18,000원"),
            (38, 50, "궁남지 🪷", "yellow"),
            (44, 50, "포룡정", "small"),
        ],
        "places": [
            {"name": "정림사지", "aliases": ["정림사지 오층석탑", "정림사", "Jeongnimsa Temple Site"], "address": "충남 부여군 부여읍 정림로 83", "lat": 36.2793, "lng": 126.9137},
            {"name": "국립부여박물관", "aliases": ["부여박물관", "Buyeo National Museum"], "address": "충남 부여군 부여읍 금성로 5", "lat": 36.2768, "lng": 126.9210},
            {"name": "궁남지", "aliases": ["궁남지 연꽃", "Gungnamji"], "address": "충남 부여군 부여읍 동남리 117", "lat": 36.2705, "lng": 126.9142},
        ],
        "optional": ["부여", "부여읍", "충남", "백제", "부소산성", "포룡정", "부여시외버스터미널", "부여 터미널", "서울남부터미널"],
    },
    {
        "id": "cNgMaI19eWp",
        "lang": "ko",
        "auto_captions": True,
        "title": "치앙마이 한달살기 D+3 | 도이수텝 썽태우 흥정 성공?! 카오소이 맛집 & 왓프라싱",
        "channel": "느린걸음 하루",
        "duration": 56,
        "description": (
            "한달살기 3일차 기록 🐘\n"
            "오늘은 올드시티 → 님만 → 도이수텝 순서로 다녀왔어요\n\n"
            "[오늘 간 곳]\n"
            "· 왓 프라싱 Wat Phra Singh — 입장료 40바트, 반바지 안돼요!\n"
            "· 카오소이 매싸이 Khao Soi Mae Sai — 카오소이 50바트, 11시 전에 가야 줄 짧음\n"
            "· 도이수텝 Wat Phra That Doi Suthep — 썽태우 왕복 1인 100바트 (흥정함)\n\n"
            "내일은 와로롯 시장이랑 일요일 야시장 갈거에요\n"
            "💸 트래블로그 카드 썼어요 (광고X)\n"
            "📩 haru.slowwalk@example.com\n"
            "#치앙마이 #치앙마이한달살기 #태국여행 #도이수텝 #카오소이"
        ),
        "chapters": [
            (0, "아침 산책"),
            (8, "Wat Phra Singh"),
            (20, "카오소이 먹방"),
            (32, "썽태우 타고 산으로"),
            (40, "도이수텝 일몰"),
            (52, "마무리"),
        ],
        "transcript": [
            (0.5, 4.0, "좋은 아침이에요 치앙마이 삼일차 올드시티 숙소 앞이에요"),
            (5.0, 3.0, "오늘 진짜 덥대요 삼십육도"),
            (8.5, 4.5, "먼저 왓 프라 싱 왔어요 올드시티에서 제일 중요한 사원이래요"),
            (13.5, 4.5, "황금색 탑이 햇빛 받으니까 눈부셔요 반바지는 안돼서 천 빌렸어요"),
            (20.5, 4.5, "점심은 님만 쪽에 카오 소이 매 싸이 라는 집 왔어요 현지인 맛집"),
            (25.5, 4.5, "코코넛 커리 국물에 튀긴 면 올라가 있는데 와 이거 인생 국수다"),
            (32.5, 4.0, "치앙마이 대학교 앞에서 빨간 썽태우 흥정해서 타고 올라가요"),
            (37.0, 3.0, "꼬불꼬불 길 사십 분"),
            (40.5, 4.5, "도이 수텝 도착 계단 삼백 개 올라가야 돼요 헉헉"),
            (45.5, 4.5, "위에서 치앙마이 시내 다 보이고 해 지는 거 진짜 예뻐요"),
            (52.5, 3.0, "내일은 와로롯 시장 갈게요 안녕"),
        ],
        "captions": [
            (0, 6, "D+3 Chiang Mai ☀️ 36°C", "small"),
            (8, 18, "วัดพระสิงห์ Wat Phra Singh", "outline"),
            (14, 18, "입장료 40฿", "box"),
            (20, 30, "카오소이 매싸이", "yellow"),
            (25, 30, "Khao Soi 50฿", "small"),
            (32, 38, "빨간 썽태우 🚕", "small"),
            (40, 50, "Doi Suthep", "outline"),
            (46, 50, "계단 306개", "small"),
        ],
        "places": [
            {"name": "왓 프라싱", "aliases": ["Wat Phra Singh", "왓프라싱", "왓 프라 싱", "วัดพระสิงห์"], "address": "2 Samlarn Rd, Phra Sing, Mueang Chiang Mai, Thailand", "lat": 18.7887, "lng": 98.9817},
            {"name": "카오소이 매싸이", "aliases": ["Khao Soi Mae Sai", "Khao Soi Maesai", "카오 소이 매 싸이", "카오소이매싸이"], "address": "Ratchaphuek Rd, Chang Phueak, Mueang Chiang Mai, Thailand", "lat": 18.7986, "lng": 98.9796},
            {"name": "도이수텝", "aliases": ["도이 수텝", "Doi Suthep", "Wat Phra That Doi Suthep", "왓 프라탓 도이수텝", "왓프라탓도이수텝"], "address": "Suthep, Mueang Chiang Mai, Thailand", "lat": 18.8048, "lng": 98.9216},
        ],
        "optional": ["치앙마이", "Chiang Mai", "태국", "올드시티", "님만", "님만해민", "치앙마이 대학교", "치앙마이대학교", "와로롯 시장", "Warorot Market", "일요일 야시장", "썽태우"],
    },
    {
        "id": "kNzWa19fGrd",
        "scene": "busy",
        "lang": "ko",
        "title": "金沢 가나자와 하루 산책 (no talking) | 시장 카이센동, 정원, 찻집 거리",
        "channel": "sora film 소라필름",
        "duration": 50,
        "description": (
            "말 없이 걷기만 하는 가나자와 브이로그 🍃\n"
            "다녀온 곳은 영상 속 자막으로 남겨뒀어요.\n\n"
            "오사카에서 썬더버드 → 츠루가 환승 → 호쿠리쿠 신칸센\n"
            "🎞 Sony FX30 + Sigma 18-50\n"
            "🎵 Music by Artlist\n"
            "#가나자와 #金沢 #일본여행 #노토크브이로그"
        ),
        "chapters": [],
        "transcript": [],
        "captions": [
            (0, 5, "金沢 KANAZAWA", "yellow"),
            (6, 16, "📍 오미초 시장 (近江町市場)", "box"),
            (10, 16, "카이센동 ¥3,800", "small"),
            (18, 30, "📍 겐로쿠엔 兼六園", "box"),
            (22, 30, "입장료 ¥320", "small"),
            (32, 44, "📍 히가시차야가이 ひがし茶屋街", "box"),
            (36, 44, "금박 소프트 아이스크림 ¥1,200", "small"),
            (45, 50, "またね 👋", "outline"),
        ],
        "places": [
            {"name": "오미초 시장", "aliases": ["近江町市場", "오미초시장", "오미초", "Omicho Market"], "address": "50 Kamiomicho, Kanazawa, Ishikawa, Japan", "lat": 36.5716, "lng": 136.6564},
            {"name": "겐로쿠엔", "aliases": ["兼六園", "겐로쿠엔 정원", "Kenrokuen"], "address": "1 Kenrokumachi, Kanazawa, Ishikawa, Japan", "lat": 36.5621, "lng": 136.6627},
            {"name": "히가시차야가이", "aliases": ["ひがし茶屋街", "히가시 차야가이", "히가시차야 거리", "Higashi Chaya", "Higashi Chaya District"], "address": "Higashiyama, Kanazawa, Ishikawa, Japan", "lat": 36.5724, "lng": 136.6665},
        ],
        "optional": ["가나자와", "金沢", "Kanazawa", "KANAZAWA", "일본", "오사카", "츠루가", "썬더버드", "호쿠리쿠 신칸센"],
    },
    {
        "id": "pHiLlY19gCs",
        "lang": "en",
        "title": "Philly Cheesesteak SHOWDOWN 🥩 Pat's vs Geno's + Reading Terminal Market",
        "channel": "Marco & Jess Eat",
        "duration": 60,
        "description": (
            "We took the train down from NYC for one day in Philadelphia and ate WAY too much.\n"
            "Which cheesesteak won? Tell us in the comments 👇\n\n"
            "0:00 Intro\n"
            "0:05 Reading Terminal Market\n"
            "0:18 The roast pork sandwich\n"
            "0:28 Liberty Bell\n"
            "0:38 Pat's vs Geno's\n"
            "0:54 Verdict\n\n"
            "Get 15% off your first spice box with code MARCOJESS15\n"
            "(none of the places we eat at sponsor us!)\n"
            "Filmed on DJI Osmo Pocket 3 + iPhone 15 Pro\n"
            "Instagram: @marcoandjess.eats\n"
            "#philly #cheesesteak #philadelphia #foodvlog"
        ),
        "chapters": [
            (0, "Intro"),
            (5, "Reading Terminal Market"),
            (18, "The roast pork sandwich"),
            (28, "Liberty Bell"),
            (38, "Pat's vs Geno's"),
            (54, "Verdict"),
        ],
        "transcript": [
            (0.5, 4.0, "Good morning from Philadelphia! We just got off the Amtrak from New York."),
            (5.5, 4.0, "Let's head into Reading Terminal Market, it's been here since 1893."),
            (10.0, 4.5, "There are like eighty vendors in here. We're grabbing a soft pretzel first."),
            (15.0, 3.0, "Okay, okay, that's really good."),
            (18.5, 4.5, "Now the real reason we came: the roast pork sandwich from DiNic's."),
            (23.5, 4.0, "Broccoli rabe, sharp provolone. Honestly? Better than a cheesesteak."),
            (28.5, 4.5, "Quick walk over to see the Liberty Bell. The crack is bigger than I expected."),
            (33.5, 4.0, "Independence Hall is right across the street but the tour was sold out."),
            (38.5, 4.5, "Okay, South Philly. On this corner, Pat's King of Steaks, and right across,"),
            (43.0, 4.0, "Geno's Steaks, all neon. We're getting one wit Whiz from each."),
            (47.5, 4.0, "Pat's first. The bread is soft, the Cheez Whiz is everywhere."),
            (51.5, 2.5, "And Geno's. Thinner slices."),
            (54.5, 4.5, "Verdict: Pat's for Marco, Geno's for me, and DiNic's beats them both."),
        ],
        "captions": [
            (0, 5, "ONE DAY IN PHILLY 🔔", "yellow"),
            (5, 17, "Reading Terminal Market", "outline"),
            (10, 15, "Soft pretzel $3.50", "small"),
            (18, 27, "DiNic's Roast Pork", "box"),
            (23, 27, "$15.50"),
            (28, 37, "Liberty Bell", "outline"),
            (38, 47, "PAT'S vs GENO'S", "yellow"),
            (43, 47, "Cheesesteak wit Whiz $16", "small"),
            (54, 60, "WINNER? 🤔", "box"),
        ],
        "places": [
            {"name": "Reading Terminal Market", "aliases": ["Reading Terminal"], "address": "51 N 12th St, Philadelphia, PA", "lat": 39.9533, "lng": -75.1590},
            {"name": "DiNic's", "aliases": ["DiNic's Roast Pork", "DiNic's Roast Pork and Beef", "Dinics"], "address": "Reading Terminal Market, 51 N 12th St, Philadelphia, PA", "lat": 39.9531, "lng": -75.1592},
            {"name": "Liberty Bell", "aliases": ["Liberty Bell Center", "the Liberty Bell"], "address": "526 Market St, Philadelphia, PA", "lat": 39.9496, "lng": -75.1503},
            {"name": "Pat's King of Steaks", "aliases": ["Pat's", "Pats King of Steaks", "Pat's Steaks"], "address": "1237 E Passyunk Ave, Philadelphia, PA", "lat": 39.9332, "lng": -75.1592},
            {"name": "Geno's Steaks", "aliases": ["Geno's", "Genos Steaks"], "address": "1219 S 9th St, Philadelphia, PA", "lat": 39.9339, "lng": -75.1587},
        ],
        "optional": ["Philadelphia", "Philly", "South Philly", "New York", "NYC", "Independence Hall", "Amtrak"],
    },
    {
        "id": "pOrTo19hBkS",
        "lang": "en",
        "auto_captions": True,
        "title": "porto in one day 🇵🇹 harry potter bookshop, francesinha & the bridge",
        "channel": "lena wanders",
        "duration": 56,
        "description": (
            "first time in portugal!! we only had one day in porto so we packed it in\n\n"
            "• Livraria Lello – book your ticket online, the voucher comes off a book\n"
            "• Café Santiago – the francesinha everyone told us about\n\n"
            "music: lofi girl\n"
            "next video: lisbon 🚋\n"
            "#porto #portugal #travelvlog"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "good morning from porto it is raining a tiny bit but we're not complaining"),
            (5.0, 4.0, "first stop is the one everyone told us about we're going to livraria"),
            (9.0, 4.5, "lello which is the bookshop people say inspired harry potter"),
            (13.5, 4.5, "the red staircase is unreal but it's so crowded get there at opening"),
            (18.5, 4.0, "okay let's head into the bolhao market it just reopened after the renovation"),
            (22.5, 4.5, "so many fish stalls and we got a bifana and a glass of port for six euros"),
            (27.5, 4.5, "lunch time this place is called cafe santiago and they're famous for the"),
            (32.0, 4.5, "francesinha which is basically a meat sandwich drowned in beer sauce"),
            (37.0, 4.0, "i will need a nap after this honestly"),
            (41.5, 4.5, "and we're walking across the dom luis bridge on the top deck with the metro"),
            (46.0, 4.5, "the view of ribeira from up here is the best thing we did all day"),
            (51.0, 4.0, "tomorrow we take the train to lisbon see you there"),
        ],
        "captions": [
            (0, 5, "PORTO 🇵🇹", "yellow"),
            (5, 17, "Livraria Lello", "outline"),
            (14, 17, "ticket €15 (off a book!)", "small"),
            (18, 27, "Mercado do Bolhão", "box"),
            (23, 27, "bifana + port €6", "small"),
            (28, 40, "Café Santiago", "outline"),
            (41, 50, "Ponte Dom Luís I", "yellow"),
        ],
        "places": [
            {"name": "Livraria Lello", "aliases": ["Lello", "Lello Bookshop", "Livraria Lello & Irmão"], "address": "R. das Carmelitas 144, Porto, Portugal", "lat": 41.1469, "lng": -8.6149},
            {"name": "Mercado do Bolhão", "aliases": ["Mercado do Bolhao", "Bolhão Market", "Bolhao Market", "Bolhão"], "address": "R. Formosa 322, Porto, Portugal", "lat": 41.1497, "lng": -8.6065},
            {"name": "Café Santiago", "aliases": ["Cafe Santiago"], "address": "R. de Passos Manuel 226, Porto, Portugal", "lat": 41.1472, "lng": -8.6059},
            {"name": "Dom Luís I Bridge", "aliases": ["Ponte Dom Luís I", "Ponte Luís I", "Dom Luis Bridge", "Luís I Bridge", "Ponte Dom Luis I"], "address": "Ponte Luís I, Porto / Vila Nova de Gaia, Portugal", "lat": 41.1400, "lng": -8.6094},
        ],
        "optional": ["Porto", "Portugal", "Lisbon", "Ribeira", "Vila Nova de Gaia", "metro"],
    },
    {
        "id": "bUdApS19iBt",
        "lang": "en",
        "title": "Budapest in 48 Hours 🇭🇺 Thermal Baths, Ruin Bars & Lángos",
        "channel": "Oliver Travels Slow",
        "duration": 54,
        "description": (
            "Two days in Budapest on a budget. Everything we paid is on screen.\n\n"
            "WHERE WE WENT\n"
            "1) Great Market Hall – Vámház krt. 1-3 (go upstairs for lángos)\n"
            "2) Széchenyi Thermal Bath – Állatkerti krt. 9-11 (weekday ticket ~11,000 HUF)\n"
            "3) Szimpla Kert – Kazinczy u. 14\n\n"
            "Next time: Fisherman's Bastion at sunrise + the Parliament tour.\n"
            "Stayed at an Airbnb in District VII (link for €25 off: airbnb.com/c/oliverts)\n"
            "Gear: Sony ZV-1 II, Rode Wireless Go\n"
            "#budapest #hungary #travelguide"
        ),
        "chapters": [
            (0, "Arrival"),
            (6, "Lángos upstairs"),
            (20, "An afternoon in hot water"),
            (36, "Ruin bar night"),
            (50, "Costs"),
        ],
        "transcript": [
            (0.5, 4.5, "Welcome to Budapest! We took the 100E airport bus straight into the centre."),
            (6.5, 4.5, "First stop, the Great Market Hall. Paprika downstairs, food counters upstairs."),
            (11.5, 4.5, "This is lángos, fried dough with sour cream and cheese. 2,800 forints."),
            (16.0, 3.5, "We also grabbed a bottle of Tokaji to take home."),
            (20.5, 4.5, "Afternoon at Széchenyi. Eighteen pools, and the outdoor one is 38 degrees."),
            (25.5, 4.5, "Old men playing chess in the water, exactly like the photos."),
            (30.5, 4.0, "Tip: bring flip-flops, the lockers work with a wristband."),
            (36.5, 4.5, "At night we ended up at Szimpla. The original ruin bar, in the old Jewish quarter."),
            (41.5, 4.5, "Every room is different. There's a bathtub you can sit in, and a Trabant."),
            (46.5, 3.0, "One Unicum shot was enough for me."),
            (50.5, 3.5, "Forty-eight hours cost us about two hundred euros each."),
        ],
        "captions": [
            (0, 5, "BUDAPEST 48H", "yellow"),
            (6, 16, "Great Market Hall", "outline"),
            (11, 16, "Lángos 2,800 HUF", "small"),
            (20, 34, "Széchenyi Baths", "outline"),
            (22, 28, "Ticket 11,000 HUF", "box"),
            (36, 49, "SZIMPLA KERT", "yellow"),
            (46, 49, "Unicum 🥃", "small"),
            (50, 54, "Total ≈ €200 pp", "box"),
        ],
        "places": [
            {"name": "Great Market Hall", "aliases": ["Central Market Hall", "Nagy Vásárcsarnok", "Nagycsarnok"], "address": "Vámház krt. 1-3, 1093 Budapest, Hungary", "lat": 47.4870, "lng": 19.0586},
            {"name": "Széchenyi Thermal Bath", "aliases": ["Széchenyi Baths", "Széchenyi Bath", "Szechenyi Thermal Bath", "Szechenyi Baths", "Széchenyi", "Széchenyi fürdő"], "address": "Állatkerti krt. 9-11, 1146 Budapest, Hungary", "lat": 47.5189, "lng": 19.0820},
            {"name": "Szimpla Kert", "aliases": ["Szimpla", "SZIMPLA KERT"], "address": "Kazinczy u. 14, 1075 Budapest, Hungary", "lat": 47.4970, "lng": 19.0632},
        ],
        "optional": ["Budapest", "Hungary", "District VII", "Jewish quarter", "Fisherman's Bastion", "Parliament", "Hungarian Parliament", "100E"],
    },
    {
        "id": "nOlA19jBgNt",
        "lang": "en",
        "title": "New Orleans Food & Jazz Weekend 🎺 beignets, gumbo and a night on Frenchmen",
        "channel": "Dana Eats the South",
        "duration": 60,
        "description": (
            "A long weekend in NOLA! I tried to skip the tourist traps but honestly some of them are worth it.\n\n"
            "Day 1 — beignets, the French Quarter, live jazz\n"
            "Day 2 — Creole lunch in Tremé, music on Frenchmen Street\n\n"
            "Shout out to Leah Chase, whose story is worth reading before you go.\n"
            "Flights: Southwest (points!) | Hotel: Hilton points in the CBD\n"
            "Code DANASOUTH for 10% off my spice blend 🌶\n"
            "#neworleans #nola #foodtravel #jazz"
        ),
        "chapters": [
            (0, "Landing"),
            (5, "Beignets at dawn"),
            (18, "Jackson Square"),
            (24, "Jazz, no phones"),
            (36, "Gumbo & fried chicken"),
            (48, "Frenchmen Street"),
        ],
        "transcript": [
            (0.5, 4.0, "We just landed at Louis Armstrong airport and I'm already hungry."),
            (5.5, 4.5, "It's seven a.m. and the line at Café du"),
            (10.0, 4.0, "Monde is already around the corner. Beignets, three to an order."),
            (14.5, 3.0, "Powdered sugar on everything. Everything."),
            (18.5, 4.5, "Walking it off in Jackson Square. St. Louis Cathedral looks unreal this morning."),
            (24.5, 4.5, "Tonight we queued for Preservation"),
            (29.0, 4.5, "Hall. No phones during the set, so this is all you get. Pure jazz."),
            (36.5, 4.5, "Day two. Lunch is at Dooky"),
            (41.0, 4.5, "Chase's in Tremé. Leah Chase cooked here for over seventy years."),
            (45.5, 2.5, "That gumbo. Oh my gosh."),
            (48.5, 4.5, "Last night: Frenchmen Street. Skip Bourbon, come here for the brass bands."),
            (53.5, 5.0, "We bounced between three clubs and spent, like, twenty dollars on cover. Bye NOLA!"),
        ],
        "captions": [
            (0, 5, "NOLA WEEKEND 🎺", "yellow"),
            (5, 17, "Café du Monde", "outline"),
            (10, 17, "Beignets $4.84 / order", "small"),
            (18, 24, "Jackson Square", "outline"),
            (24, 35, "Preservation Hall", "box"),
            (29, 35, "📵 no filming during the set", "small"),
            (36, 47, "Dooky Chase's Restaurant", "outline"),
            (41, 47, "Gumbo z'herbes", "small"),
            (48, 60, "Frenchmen St.", "yellow"),
        ],
        "places": [
            {"name": "Café du Monde", "aliases": ["Cafe du Monde", "Café Du Monde French Market"], "address": "800 Decatur St, New Orleans, LA", "lat": 29.9575, "lng": -90.0618},
            {"name": "Jackson Square", "aliases": [], "address": "700 Chartres St, New Orleans, LA", "lat": 29.9574, "lng": -90.0629},
            {"name": "Preservation Hall", "aliases": [], "address": "726 St Peter St, New Orleans, LA", "lat": 29.9584, "lng": -90.0652},
            {"name": "Dooky Chase's Restaurant", "aliases": ["Dooky Chase's", "Dooky Chase", "Dooky Chase Restaurant"], "address": "2301 Orleans Ave, New Orleans, LA", "lat": 29.9699, "lng": -90.0781},
            {"name": "Frenchmen Street", "aliases": ["Frenchmen St", "Frenchmen St."], "address": "Frenchmen St, New Orleans, LA", "lat": 29.9642, "lng": -90.0577},
        ],
        "optional": ["New Orleans", "NOLA", "French Quarter", "Tremé", "Treme", "CBD", "Louis Armstrong airport", "Louis Armstrong New Orleans International Airport", "St. Louis Cathedral", "Bourbon Street", "Bourbon", "Southwest"],
    },
    {
        "id": "hOuSiNg19kX",
        "lang": "en",
        "auto_captions": True,
        "title": "Is the Housing Market About to Crash? (2026, explained simply)",
        "channel": "Money in Plain English",
        "duration": 50,
        "description": (
            "Mortgage rates, inventory, and why your city's market may not follow the national one.\n\n"
            "0:00 The question everyone asks\n"
            "0:10 What 'the market' actually means\n"
            "0:22 Rates vs prices\n"
            "0:34 Toronto, Phoenix and Shenzhen\n"
            "0:44 What I'm doing\n\n"
            "Not financial advice. Sources: Federal Reserve, Case-Shiller index, Zillow.\n"
            "Sponsored by Monarch Money — 50% off with code PLAIN50\n"
            "#housingmarket #realestate #economics"
        ),
        "chapters": [
            (0, "The question everyone asks"),
            (10, "What 'the market' actually means"),
            (22, "Rates vs prices"),
            (34, "Toronto, Phoenix and Shenzhen"),
            (44, "What I'm doing"),
        ],
        "transcript": [
            (0.5, 4.5, "so is the housing market about to crash that's the question in my comments every week"),
            (5.5, 4.0, "short answer probably not but it depends a lot on where you live"),
            (10.5, 4.5, "when people say the market they mean millions of sales not a place you can go"),
            (15.5, 4.5, "wall street cares about mortgage backed securities main street cares about payments"),
            (22.5, 4.5, "the fed raised rates so fast that buyers lost about a third of their buying power"),
            (27.5, 4.5, "but prices stayed sticky because nobody wants to give up a three percent mortgage"),
            (34.5, 4.5, "look at toronto prices fell twenty percent phoenix gave back its pandemic gains"),
            (39.5, 4.0, "and in shenzhen developers like evergrande show what a real crash looks like"),
            (44.5, 4.5, "me i'm keeping my index funds and not trying to time anything see you next week"),
        ],
        "captions": [
            (0, 9, "WILL IT CRASH? 📉", "yellow"),
            (10, 20, "\"the market\" = all buyers + sellers", "box"),
            (22, 33, "30-yr mortgage 6.8%", "outline"),
            (34, 44, "Toronto -20% | Phoenix -15%", "small"),
            (44, 50, "NOT FINANCIAL ADVICE", "box"),
        ],
        "places": [],
        "optional": ["Toronto", "Phoenix", "Shenzhen"],
    },
    {
        "id": "bUdSrEv19lZ",
        "lang": "ko",
        "title": "에어팟 프로2 vs 갤럭시 버즈3 프로 한 달 실사용 비교 🎧 노캔 승자는?",
        "channel": "테크하는 민수",
        "duration": 54,
        "description": (
            "두 제품 모두 내돈내산 입니다 (쿠팡 로켓배송으로 구매)\n"
            "노이즈캔슬링은 출근길 지하철이랑 동네 카페에서 테스트했어요\n\n"
            "00:00 언박싱\n"
            "00:10 디자인 & 착용감\n"
            "00:22 노캔 테스트\n"
            "00:36 통화 품질\n"
            "00:46 결론\n\n"
            "📦 에어팟 프로2 (USB-C) 329,000원\n"
            "📦 갤럭시 버즈3 프로 실버 319,000원\n"
            "비교용: 소니 WF-1000XM5, 보스 QC 울트라 이어버드\n"
            "이 영상은 쿠팡 파트너스 활동의 일환으로 수수료를 받을 수 있습니다\n"
            "#에어팟프로2 #갤럭시버즈3프로 #무선이어폰추천"
        ),
        "chapters": [
            (0, "언박싱"),
            (10, "디자인 & 착용감"),
            (22, "노캔 테스트"),
            (36, "통화 품질"),
            (46, "결론"),
        ],
        "transcript": [
            (0.5, 4.5, "안녕하세요 민수입니다 오늘은 에어팟 프로2랑 버즈3 프로 한 달 써본 후기에요"),
            (5.5, 4.0, "박스 뒷면에 디자인드 바이 애플 인 캘리포니아 이 문구 여전하네요"),
            (10.5, 4.5, "착용감은 버즈가 좀 더 깊게 들어가요 귀 작으신 분들은 에어팟이 편할 수도"),
            (15.5, 4.0, "버즈는 색상이 실버랑 화이트 뿐이라 좀 아쉬워요"),
            (22.5, 4.5, "노캔 테스트는 출근길 2호선에서 했는데 둘 다 열차 소음 거의 다 잡아줘요"),
            (27.5, 4.5, "카페 백색소음에서는 에어팟이 사람 목소리를 조금 더 잘 지워요"),
            (36.5, 4.5, "통화는 바람 많이 부는 날 밖에서 해봤는데 버즈가 살짝 더 깨끗했어요"),
            (41.5, 3.5, "아이폰 쓰시면 에어팟 갤럭시 쓰시면 버즈 이게 정답"),
            (46.5, 4.5, "다음 영상은 소니 헤드폰 리뷰로 찾아올게요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 9, "AirPods Pro 2 vs Galaxy Buds3 Pro", "outline"),
            (5, 10, "Designed by Apple in California", "small"),
            (10, 20, "착용감 👂", "yellow"),
            (22, 34, "노캔 테스트 🚇", "box"),
            (27, 34, "카페 소음 72dB", "small"),
            (36, 44, "통화 품질 📞", "yellow"),
            (46, 54, "결론: 폰 따라 사세요", "box"),
        ],
        "places": [],
        "optional": ["2호선", "캘리포니아", "California"],
    },
]
