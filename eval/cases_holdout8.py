"""Eighth holdout evaluation cases (blind): ten realistic travel/food vlog bundles
with ground truth, in Korean and English, including two videos with no places.

Written without reading the extraction code, its tests or the other holdouts'
cases. Do not tune on it. Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    {
        "id": "sB8nGbUk_1q",
        "lang": "ko",
        "title": "성북동 한옥 골목 산책 🍂 빵집부터 찻집, 절까지 반나절 코스",
        "channel": "느린 걸음 서울",
        "duration": 58,
        "description": (
            "한성대입구역에서 시작하는 성북동 반나절 코스예요.\n"
            "4호선 한성대입구역 6번 출구 → 도보 or 마을버스 성북02\n\n"
            "📍 나폴레옹과자점 성북본점 | 서울 성북구 성북로 7\n"
            "📍 금왕돈까스 | 서울 성북구 성북로 138\n"
            "📍 수연산방 | 서울 성북구 성북로26길 8\n"
            "📍 길상사 | 서울 성북구 선잠로5길 68\n\n"
            "00:00 인트로\n00:06 빵 쇼핑\n00:18 점심 돈까스\n00:30 한옥 찻집\n00:43 길상사 산책\n00:52 마무리\n\n"
            "💰 오늘 쓴 돈: 빵 18,500원 / 돈까스 2인 26,000원 / 대추차+단호박빙수 23,000원\n"
            "🎥 Sony ZV-E1 + 시그마 24mm F2\n"
            "📩 비즈니스 문의 slowseoul.walk@example.com\n\n"
            "#성북동 #서울산책 #한옥카페 #빵지순례"
        ),
        "chapters": [(0, "인트로"), (6, "빵 쇼핑"), (18, "점심 돈까스"), (30, "한옥 찻집"), (43, "길상사 산책"), (52, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 오늘은 한성대입구역에서 내려서 성북동 한 바퀴 돌아볼게요"),
            (6.5, 4.5, "첫 코스는 나폴레옹과자점 본점이에요 사라다빵이랑 슈크림이 유명하대요"),
            (11.5, 4.0, "빵 욕심 부리다가 벌써 만팔천 원 넘게 샀어요"),
            (18.5, 4.5, "점심은 성북로 쭉 올라가서 금왕돈까스 왔습니다 옛날 경양식 스타일이에요"),
            (23.5, 4.0, "돈까스 한 장이 얼굴만 해요 수프도 먼저 나와요"),
            (30.5, 4.5, "가는 길에 최순우 옛집도 있는데 오늘은 휴관이라 밖에서만 봤어요"),
            (35.5, 5.0, "그리고 이태준 작가 고택이었던 수연산방 도착했어요 대추차가 진하고 맛있어요"),
            (43.5, 4.5, "마지막은 길상사예요 가을이라 단풍이 예쁘게 들었어요"),
            (48.5, 3.5, "절 안에서는 조용히 촬영했습니다"),
            (52.5, 4.5, "다음 영상에서는 정릉 쪽 산책길 가볼게요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "성북동 반나절 산책", "outline"),
            (6, 12, "나폴레옹과자점", "outline"),
            (12, 17, "사라다빵 3,500원", "small"),
            (18, 24, "금왕돈까스", "outline"),
            (30, 35, "최순우 옛집 (휴관)", "small"),
            (35, 42, "수연산방", "outline"),
            (43, 50, "길상사", "outline"),
            (52, 58, "다음 영상에서 만나요 👋", "outline"),
        ],
        "places": [
            {"name": "나폴레옹과자점 성북본점", "aliases": ["나폴레옹과자점", "나폴레옹 과자점", "나폴레옹과자점 본점", "Napoleon Bakery"], "address": "서울 성북구 성북로 7", "lat": 37.5890, "lng": 127.0035},
            {"name": "금왕돈까스", "aliases": ["금왕 돈까스", "금왕돈가스", "Geumwang Donkatsu"], "address": "서울 성북구 성북로 138", "lat": 37.5939, "lng": 126.9973},
            {"name": "수연산방", "aliases": ["수연산방 찻집", "Suyeon Sanbang"], "address": "서울 성북구 성북로26길 8", "lat": 37.5947, "lng": 126.9951},
            {"name": "길상사", "aliases": ["Gilsangsa", "Gilsangsa Temple"], "address": "서울 성북구 선잠로5길 68", "lat": 37.6001, "lng": 126.9943},
        ],
        "optional": ["성북동", "한성대입구역", "한성대입구", "4호선", "성북로", "최순우 옛집", "최순우옛집", "정릉", "서울"],
    },
    {
        "id": "gK8sAn-mOd2",
        "lang": "ko",
        "auto_captions": True,
        "title": "군산 근대거리 1박2일 🚂 빵지순례 성지랑 8월의 크리스마스 촬영지까지",
        "channel": "하루여행 수진",
        "duration": 62,
        "description": (
            "용산역에서 ITX 타고 군산 다녀왔어요!\n"
            "군산역에서 시내까지는 버스로 30분 정도 걸려요.\n\n"
            "오늘 코스\n"
            "- 이성당 (전북 군산시 중앙로 177)\n"
            "- 군산근대역사박물관 (전북 군산시 해망로 240)\n"
            "- 동국사 (전북 군산시 동국사길 16)\n"
            "- 초원사진관 (전북 군산시 구영2길 12-1)\n\n"
            "✔ 근대역사박물관 통합권 3,000원 (박물관+미술관+건축관)\n"
            "✔ 이성당 단팥빵 2,000원 / 야채빵 2,500원\n\n"
            "카메라: 아이폰 15 프로 / 짐벌: DJI OM6\n"
            "음악: Epidemic Sound\n\n"
            "구독 좋아요 알림설정 🔔\n"
            "#군산여행 #군산 #근대거리 #빵지순례"
        ),
        "chapters": [(0, "오프닝"), (8, "빵지순례"), (22, "박물관"), (36, "언덕 위 절"), (48, "영화 촬영지"), (56, "다음 편 예고")],
        "transcript": [
            (0.5, 4.0, "여러분 안녕하세요 지금 군산역에 막 도착했어요"),
            (5.0, 3.0, "시내까지 버스 타고 가볼게요"),
            (8.5, 4.5, "첫 번째는 역시 이성당이죠 아침인데도 줄이 벌써 길어요"),
            (13.5, 4.5, "단팥빵이랑 야채빵 두 개씩 샀어요 빵이 아직 따뜻해요"),
            (22.5, 4.5, "다음은 바닷가 쪽에 있는 근대역사박물관 왔어요"),
            (27.5, 4.5, "통합권 사면 옆에 미술관이랑 건축관도 같이 볼 수 있어요"),
            (36.5, 4.5, "언덕 위로 조금 걸어서 동국사에 도착했어요 일본식 사찰이라 분위기가 달라요"),
            (42.0, 4.0, "가는 길에 한일옥도 지나갔는데 웨이팅이 너무 길어서 패스"),
            (48.5, 4.5, "그리고 팔월의 크리스마스 촬영지 초원사진관 앞이에요"),
            (53.5, 2.5, "사진 한 장 찍고 갈게요"),
            (56.5, 5.0, "내일은 경암동 철길마을 가볼 건데 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 8, "DAY 1 군산역 도착", "small"),
            (8, 20, "이성당 단팥빵 2,000원", "small"),
            (22, 34, "군산근대역사박물관", "small"),
            (36, 46, "동국사", "small"),
            (48, 56, "초원사진관", "small"),
            (56, 62, "NEXT ▶ 경암동 철길마을", "small"),
        ],
        "places": [
            {"name": "이성당", "aliases": ["이성당 본점", "Lee Sung Dang", "Leesungdang"], "address": "전북 군산시 중앙로 177", "lat": 35.9873, "lng": 126.7114},
            {"name": "군산근대역사박물관", "aliases": ["군산 근대역사박물관", "근대역사박물관", "Gunsan Modern History Museum"], "address": "전북 군산시 해망로 240", "lat": 35.9896, "lng": 126.7074},
            {"name": "동국사", "aliases": ["군산 동국사", "Dongguksa", "Dongguksa Temple"], "address": "전북 군산시 동국사길 16", "lat": 35.9838, "lng": 126.7053},
            {"name": "초원사진관", "aliases": ["초원 사진관", "Chowon Photo Studio"], "address": "전북 군산시 구영2길 12-1", "lat": 35.9845, "lng": 126.7064},
        ],
        "optional": ["군산", "군산역", "용산역", "근대거리", "한일옥", "경암동 철길마을", "경암동", "미술관", "건축관",
                     "군산근대미술관", "군산근대건축관"],
    },
    {
        "id": "hC8iNjE_rD3",
        "lang": "ko",
        "auto_captions": True,
        "title": "서울양양고속도로 타고 강원도 드라이브 🚗 홍천·인제 당일치기 힐링",
        "channel": "주말엔 드라이브",
        "duration": 66,
        "description": (
            "주말에 훌쩍 떠난 강원도 당일치기 드라이브!\n"
            "새벽 6시 출발, 총 주행거리 약 390km 나왔어요.\n\n"
            "방문한 곳 👇\n"
            "수타사 (홍천)\n"
            "원대리 자작나무숲 (인제)\n\n"
            "⛽ 주유비 62,000원 / 통행료 편도 7,900원\n"
            "🚙 차량: 투싼 하이브리드 (협찬 아님)\n"
            "☕ 커피는 휴게소에서 해결\n\n"
            "0:00 출발\n0:09 수타사 산소길\n0:22 점심 막국수\n0:33 자작나무숲 트레킹\n0:50 하루 마무리\n\n"
            "#강원도드라이브 #홍천 #인제 #자작나무숲 #당일치기"
        ),
        "chapters": [(0, "출발"), (9, "수타사 산소길"), (22, "점심 막국수"), (33, "자작나무숲 트레킹"), (50, "하루 마무리")],
        "transcript": [
            (0.5, 4.0, "새벽 여섯 시 서울 출발합니다 고속도로 안 막혀서 다행이에요"),
            (5.0, 3.5, "첫 번째 목적지 홍천 가는 길이에요"),
            (9.5, 4.5, "수타사에 도착했어요 절 뒤로 산소길이라고 계곡 따라 걷는 길이 있어요"),
            (14.5, 5.0, "물소리가 너무 좋아서 한 시간 정도 천천히 걸었어요"),
            (22.5, 4.5, "점심은 인제 넘어가서 막국수 먹었는데 간판이 작아서 이름은 못 봤어요"),
            (27.5, 4.0, "들기름 막국수에 메밀전병 추가 둘이서 이만 사천 원"),
            (33.5, 4.5, "원대리 자작나무숲 왔습니다 주차장에서 한 시간 정도 올라가야 돼요"),
            (38.5, 5.0, "하얀 나무들이 쭉 서 있는데 진짜 다른 나라 온 것 같아요"),
            (44.0, 4.0, "입장료는 무료고 월요일 화요일은 입산 통제라 꼭 확인하세요"),
            (50.5, 5.0, "해 지기 전에 백담사 가는 셔틀버스 마지막 차 겨우 탔어요"),
            (56.0, 4.5, "백담사에 도착했어요 계곡에 돌탑이 정말 많네요"),
            (61.0, 4.5, "오늘 영상 어떠셨나요 다음 주에는 양양 편으로 찾아올게요"),
        ],
        "captions": [
            (0, 8, "AM 06:00 출발"),
            (9, 20, "수타사 산소길 🌿", "outline"),
            (27, 32, "막국수 + 전병 24,000원", "small"),
            (33, 48, "원대리 자작나무숲", "yellow"),
            (60, 66, "구독 · 좋아요 · 알림설정", "outline"),
        ],
        "places": [
            {"name": "수타사", "aliases": ["홍천 수타사", "Sutasa", "Sutasa Temple"], "address": "강원 홍천군 동면 수타사로 473", "lat": 37.7337, "lng": 127.9889},
            {"name": "원대리 자작나무숲", "aliases": ["인제 자작나무숲", "자작나무숲", "속삭이는 자작나무숲", "원대리 자작나무 숲", "Wondae-ri Birch Forest"], "address": "강원 인제군 인제읍 자작나무숲길 760", "lat": 37.9990, "lng": 128.2110},
            {"name": "백담사", "aliases": ["Baekdamsa", "Baekdamsa Temple"], "address": "강원 인제군 북면 백담로 746", "lat": 38.1646, "lng": 128.3735},
        ],
        "optional": ["홍천", "인제", "강원도", "서울", "서울양양고속도로", "양양", "원대리", "수타사 산소길", "산소길"],
    },
    {
        "id": "dH8mUkHo-b4",
        "scene": "busy",
        "lang": "ko",
        "title": "바다 보러 동해 갔다가 심장 떨어질 뻔한 날 😱 (자막 ON)",
        "channel": "오늘도 바다",
        "duration": 52,
        "description": (
            "KTX 타고 동해 당일치기 🌊\n"
            "장소는 영상 속 자막으로 확인해 주세요!\n\n"
            "🚆 서울역 → 동해역 KTX-이음 약 2시간 40분\n"
            "👟 오늘 걸음 수 21,384보\n\n"
            "#동해여행 #묵호 #국내여행 #바다뷰 #당일치기"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 3.5, "드디어 바다다 공기부터 달라요"),
            (6.5, 4.5, "여기 유리 바닥 위를 걸어가는 건데 밑에 바다가 다 보여요"),
            (11.5, 4.0, "솔직히 너무 무서워서 다리가 후들거려요"),
            (16.5, 4.0, "옆에 미끄럼틀 타고 내려오는 것도 있어요"),
            (22.5, 4.5, "골목 따라 벽화 보면서 언덕 위로 올라왔어요"),
            (28.0, 4.0, "하얀 등대 앞에서 보는 바다가 진짜 파래요"),
            (34.5, 4.5, "택시 타고 남쪽으로 십오 분 정도 내려왔어요"),
            (39.5, 4.5, "바다 위에 뾰족하게 솟은 바위 보이시죠 일출 명소래요"),
            (45.5, 4.5, "오늘 영상 여기까지 좋아요 한 번씩 눌러주세요"),
        ],
        "captions": [
            (0, 6, "DAY TRIP 🌊 동해", "yellow"),
            (6, 20, "📍 도째비골 스카이밸리", "box"),
            (12, 20, "입장료 2,000원", "small"),
            (22, 28, "논골담길 벽화 골목", "yellow"),
            (26, 34, "📍 묵호등대", "box"),
            (34, 38, "🚕 택시 12,800원", "small"),
            (38, 46, "📍 추암 촛대바위", "box"),
            (46, 52, "구독 & 좋아요 ♥", "yellow"),
        ],
        "places": [
            {"name": "도째비골 스카이밸리", "aliases": ["도째비골스카이밸리", "스카이밸리", "Dojjaebigol Sky Valley"], "address": "강원 동해시 묵호진동 2-109", "lat": 37.5464, "lng": 129.1172},
            {"name": "묵호등대", "aliases": ["묵호 등대", "Mukho Lighthouse"], "address": "강원 동해시 해맞이길 289", "lat": 37.5502, "lng": 129.1162},
            {"name": "추암 촛대바위", "aliases": ["촛대바위", "추암촛대바위", "Chuam Candlestick Rock"], "address": "강원 동해시 추암동", "lat": 37.4770, "lng": 129.1625},
        ],
        "optional": ["동해", "동해시", "묵호", "논골담길", "서울역", "동해역", "추암해변", "추암"],
    },
    {
        "id": "kZ8nAwA_kE5",
        "lang": "ko",
        "title": "가나자와 2박3일 🇯🇵 소도시 여행의 정석 | 금박 아이스크림, 노도구로 덮밥",
        "channel": "소도시 여행자 윤",
        "duration": 64,
        "description": (
            "도쿄에서 호쿠리쿠 신칸센 타고 가나자와 왔어요 (약 2시간 30분)\n"
            "JR 호쿠리쿠 아치 패스 사용 🎫\n\n"
            "방문한 곳 👇\n"
            "★ 오미초 시장 (近江町市場)\n"
            "★ 겐로쿠엔 (兼六園)\n"
            "★ 가나자와 21세기 미술관 (金沢21世紀美術館)\n"
            "★ 히가시차야가이 (ひがし茶屋街)\n\n"
            "💴 노도구로 덮밥 ¥3,800 / 금박 소프트크림 ¥1,000 / 겐로쿠엔 입장료 ¥320\n"
            "💳 트래블로그 카드 썼어요\n\n"
            "00:00 가나자와역 도착\n00:08 아침 시장\n00:22 일본 3대 정원\n00:36 미술관\n00:48 찻집 거리\n00:58 아웃트로\n\n"
            "다음 편은 시라카와고 당일치기예요!\n"
            "#가나자와 #金沢 #일본소도시 #호쿠리쿠"
        ),
        "chapters": [(0, "가나자와역 도착"), (8, "아침 시장"), (22, "일본 3대 정원"), (36, "미술관"), (48, "찻집 거리"), (58, "아웃트로")],
        "transcript": [
            (0.5, 4.5, "가나자와역 도착했어요 이 커다란 나무 문이 츠즈미몬이에요"),
            (5.5, 2.5, "짐 맡기고 바로 출발"),
            (8.5, 4.5, "아침은 오미초 시장에서 해산물 덮밥 먹으려고 왔어요"),
            (13.5, 5.0, "노도구로라는 생선이 여기 명물인데 기름이 진짜 많아요"),
            (22.5, 4.5, "버스 타고 겐로쿠엔으로 왔습니다 일본 삼대 정원 중 하나래요"),
            (27.5, 4.5, "가나자와성 공원이 바로 옆이라 같이 걸어도 좋아요"),
            (36.5, 4.5, "바로 건너편에 있는 이십일세기 미술관 수영장 작품 보러 왔어요"),
            (41.5, 4.0, "유료 전시 티켓은 따로 사야 해요"),
            (48.5, 4.5, "해 질 무렵 히가시차야가이 도착 나무 건물들이 쭉 이어져 있어요"),
            (53.5, 4.0, "금박 아이스크림 먹어봤는데 맛은 그냥 바닐라예요"),
            (58.5, 4.5, "다음 영상은 시라카와고 편이에요 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 8, "가나자와역 도착", "small"),
            (8, 20, "오미초 시장", "small"),
            (14, 20, "노도구로 덮밥 ¥3,800"),
            (22, 34, "겐로쿠엔 兼六園", "small"),
            (36, 46, "21세기 미술관", "small"),
            (48, 58, "히가시차야가이", "small"),
            (53, 58, "금박 소프트크림 ¥1,000"),
        ],
        "places": [
            {"name": "오미초 시장", "aliases": ["近江町市場", "오미초시장", "오미쵸 시장", "Omicho Market"], "address": "50 Kamiomicho, Kanazawa, Ishikawa, Japan", "lat": 36.5716, "lng": 136.6566},
            {"name": "겐로쿠엔", "aliases": ["兼六園", "Kenroku-en", "Kenrokuen", "겐로쿠엔 정원"], "address": "1 Kenrokumachi, Kanazawa, Ishikawa, Japan", "lat": 36.5621, "lng": 136.6627},
            {"name": "가나자와 21세기 미술관", "aliases": ["金沢21世紀美術館", "21세기 미술관", "가나자와21세기미술관", "21st Century Museum of Contemporary Art, Kanazawa"], "address": "1-2-1 Hirosaka, Kanazawa, Ishikawa, Japan", "lat": 36.5609, "lng": 136.6582},
            {"name": "히가시차야가이", "aliases": ["ひがし茶屋街", "히가시 차야가이", "히가시차야 거리", "Higashi Chaya District"], "address": "1 Chome Higashiyama, Kanazawa, Ishikawa, Japan", "lat": 36.5724, "lng": 136.6665},
        ],
        "optional": ["가나자와", "金沢", "가나자와역", "츠즈미몬", "鼓門", "가나자와성 공원", "가나자와성", "시라카와고", "도쿄", "호쿠리쿠", "일본"],
    },
    {
        "id": "cR8aI-wHt6t",
        "scene": "busy",
        "lang": "ko",
        "title": "하얀 사원, 파란 사원, 검은 집?! 치앙라이 하루 투어 🇹🇭",
        "channel": "동남아 한달살기 민",
        "duration": 54,
        "description": (
            "치앙마이에서 그린버스 타고 치앙라이 당일치기 (편도 약 3시간, 260바트)\n"
            "그랩으로 하루 종일 이동했어요. 장소 이름은 영상 자막 참고!\n\n"
            "💸 오늘 경비: 입장료 총 180바트 / 그랩 620바트 / 카오소이 60바트\n"
            "📷 인스타 @min_monthlylife\n\n"
            "#치앙라이 #태국여행 #한달살기 #ChiangRai"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "아침 일찍 버스 타고 도착했어요 생각보다 덥지 않아요"),
            (6.5, 4.5, "와 여기 진짜 온통 하얗게 반짝거려요 눈이 부셔요"),
            (11.5, 4.5, "다리 건널 때는 뒤돌아보면 안 된대요 법당 안은 촬영 금지예요"),
            (20.5, 4.5, "그랩 타고 이십 분 이번엔 완전 파란색이에요"),
            (25.5, 4.0, "여긴 입장료가 없어서 더 좋았어요"),
            (32.5, 4.5, "점심은 길거리에서 카오소이 한 그릇 육십 바트"),
            (38.5, 4.5, "마지막은 검은 집이에요 분위기가 좀 으스스해요"),
            (44.0, 4.5, "까만 목조 건물이 사십 채 정도 있대요 버스 시간 때문에 이만 돌아갈게요"),
            (49.0, 4.0, "구독이랑 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "DAY TRIP ✦ CHIANG RAI", "yellow"),
            (6, 18, "📍 왓 롱쿤 (백색사원)", "box"),
            (12, 18, "입장료 100฿", "small"),
            (20, 30, "📍 왓 롱수아텐 (블루템플)", "box"),
            (32, 38, "카오소이 60바트", "yellow"),
            (38, 48, "📍 반담 박물관 (Baan Dam)", "box"),
            (48, 54, "다음 영상에서 만나요", "yellow"),
        ],
        "places": [
            {"name": "왓 롱쿤", "aliases": ["백색사원", "왓롱쿤", "Wat Rong Khun", "White Temple", "화이트 템플"], "address": "Pa O Don Chai, Mueang Chiang Rai District, Chiang Rai 57000, Thailand", "lat": 19.8242, "lng": 99.7632},
            {"name": "왓 롱수아텐", "aliases": ["블루템플", "블루 템플", "왓롱수아텐", "Wat Rong Suea Ten", "Blue Temple"], "address": "Rim Kok, Mueang Chiang Rai District, Chiang Rai 57100, Thailand", "lat": 19.9236, "lng": 99.8408},
            {"name": "반담 박물관", "aliases": ["반담", "반담 뮤지엄", "Baan Dam", "Baan Dam Museum", "블랙하우스", "Black House"], "address": "Nang Lae, Mueang Chiang Rai District, Chiang Rai 57100, Thailand", "lat": 19.9920, "lng": 99.8605},
        ],
        "optional": ["치앙라이", "Chiang Rai", "CHIANG RAI", "ChiangRai", "치앙마이", "태국"],
    },
    {
        "id": "sV8lLa_tPs7",
        "lang": "en",
        "auto_captions": True,
        "title": "Seville in 48 Hours 🇪🇸 Palaces, Tapas & the Best Sunset Spot",
        "channel": "Two Passports Deep",
        "duration": 60,
        "description": (
            "Our first time in Andalusia and Seville absolutely delivered.\n"
            "We took the AVE from Madrid Atocha (2h30, €38 each with early booking).\n\n"
            "WHERE WE WENT\n"
            "1) Real Alcázar de Sevilla – Patio de Banderas\n"
            "2) Plaza de España – Av. de Isabel la Católica\n"
            "3) Setas de Sevilla (Metropol Parasol) – Plaza de la Encarnación\n\n"
            "Tickets: Alcázar €15.50 (book online!), Setas rooftop €15 at sunset\n\n"
            "🎒 Gear: Sony A7C II, Tamron 28-200, Rode Wireless GO II\n"
            "💳 Get 10% off travel insurance with code TWOPASS10\n"
            "📧 hello@twopassportsdeep.example.com\n\n"
            "0:00 Arriving in Seville\n0:08 Royal Alcázar\n0:22 Plaza de España\n0:34 Tapas crawl\n0:46 Sunset at Las Setas\n0:55 Outro\n\n"
            "#seville #sevilla #spaintravel #andalusia"
        ),
        "chapters": [(0, "Arriving in Seville"), (8, "Royal Alcázar"), (22, "Plaza de España"), (34, "Tapas crawl"), (46, "Sunset at Las Setas"), (55, "Outro")],
        "transcript": [
            (0.5, 4.0, "hey guys welcome to seville it is thirty one degrees and it's only ten a.m."),
            (5.0, 3.0, "we just dropped our bags at the apartment"),
            (8.5, 4.5, "first stop is the real alcazar the royal palace and the gardens are unreal"),
            (13.5, 4.5, "game of thrones fans this is the water gardens of dorne"),
            (22.5, 4.5, "next we walked through maria luisa park to plaza de espana"),
            (27.5, 4.5, "every province of spain has its own little tiled alcove here"),
            (34.5, 4.5, "lunch was at el rinconcillo which has apparently been open since sixteen seventy"),
            (39.5, 4.5, "we got espinacas con garbanzos and the salmorejo for like twelve euros total"),
            (46.5, 4.5, "and we ended the day up on top of las setas watching the sunset"),
            (51.5, 3.0, "the view over the cathedral is incredible"),
            (55.5, 4.0, "tomorrow we're heading to cordoba so subscribe and see you there"),
        ],
        "captions": [
            (0, 8, "SEVILLE 🇪🇸 DAY 1", "outline"),
            (8, 20, "Real Alcázar", "outline"),
            (22, 32, "Plaza de España", "outline"),
            (38, 44, "Espinacas con garbanzos €4.50", "small"),
            (46, 54, "Las Setas at sunset", "outline"),
        ],
        "places": [
            {"name": "Real Alcázar de Sevilla", "aliases": ["Real Alcázar", "Real Alcazar", "Royal Alcázar", "Royal Alcazar", "Alcázar of Seville", "Alcazar of Seville"], "address": "Patio de Banderas, s/n, 41004 Sevilla, Spain", "lat": 37.3831, "lng": -5.9903},
            {"name": "Plaza de España", "aliases": ["Plaza de Espana", "Plaza de España Sevilla"], "address": "Av. de Isabel la Católica, 41004 Sevilla, Spain", "lat": 37.3772, "lng": -5.9869},
            {"name": "Setas de Sevilla", "aliases": ["Metropol Parasol", "Las Setas", "Las Setas de Sevilla"], "address": "Plaza de la Encarnación, s/n, 41003 Sevilla, Spain", "lat": 37.3933, "lng": -5.9917},
            {"name": "El Rinconcillo", "aliases": ["Rinconcillo", "El Rinconcillo Sevilla"], "address": "C. Gerona, 40, 41003 Sevilla, Spain", "lat": 37.3943, "lng": -5.9881},
        ],
        "optional": ["Seville", "Sevilla", "Andalusia", "Spain", "Madrid", "Madrid Atocha", "Atocha", "Maria Luisa Park",
                     "Parque de María Luisa", "Seville Cathedral", "cathedral", "Cordoba", "Córdoba", "Patio de Banderas",
                     "Plaza de la Encarnación"],
    },
    {
        "id": "vC8oUv-eR8x",
        "lang": "en",
        "title": "A Perfect Rainy Day in Vancouver ☔ (locals approved!)",
        "channel": "Maple & Miso",
        "duration": 68,
        "description": (
            "Vancouver gets a bad rap for the rain but honestly it's the best excuse to eat.\n"
            "We used a Compass Card for the SkyTrain and SeaBus all day (about $11 CAD for a DayPass).\n\n"
            "Chapters\n"
            "0:00 Morning coffee\n0:10 Capilano Suspension Bridge\n0:24 Stanley Park seawall\n"
            "0:36 Granville Island Public Market\n0:50 Aburi sushi dinner\n1:02 Outro\n\n"
            "This video is sponsored by Airalo – use code MAPLEMISO for 15% off your first eSIM.\n"
            "Music: Artlist | Edited on Final Cut Pro\n"
            "Business: mapleandmiso@example.com\n"
            "#vancouver #bc #canadatravel #rainyday"
        ),
        "chapters": [(0, "Morning coffee"), (10, "Capilano Suspension Bridge"), (24, "Stanley Park seawall"),
                     (36, "Granville Island Public Market"), (50, "Aburi sushi dinner"), (62, "Outro")],
        "transcript": [
            (0.5, 4.5, "good morning from Gastown it's pouring rain so first things first coffee"),
            (5.5, 4.0, "we grabbed flat whites at Revolver on Cambie Street it's our favourite in the city"),
            (10.5, 4.5, "then we took the free shuttle from Canada Place up to Capilano Suspension Bridge Park"),
            (15.5, 4.5, "the bridge is a hundred and forty metres long and it bounces a lot"),
            (24.5, 4.5, "back in town we rented bikes and did a loop of the Stanley Park seawall"),
            (29.5, 4.0, "we stopped at Siwash Rock for a minute and then the rain came back"),
            (36.5, 4.5, "Granville Island Public Market is perfect on a wet day because everything's indoors"),
            (41.5, 4.5, "we got the honey dip from Lee's Donuts and some smoked salmon candy"),
            (50.5, 4.5, "dinner was at Miku by the waterfront the aburi salmon oshi is a must"),
            (55.5, 4.0, "it came to about ninety dollars for two with tip"),
            (62.5, 4.5, "next week we're doing Whistler so make sure you're subscribed"),
        ],
        "captions": [
            (0, 8, "VANCOUVER ☔", "yellow"),
            (5, 10, "Flat white $5.75", "small"),
            (10, 22, "Capilano Suspension Bridge", "outline"),
            (24, 34, "Stanley Park Seawall", "outline"),
            (36, 48, "Granville Island", "outline"),
            (41, 47, "Honey dip $2.25", "small"),
            (50, 60, "Aburi salmon oshi $32", "small"),
            (62, 68, "See you in Whistler!", "yellow"),
        ],
        "places": [
            {"name": "Revolver", "aliases": ["Revolver Coffee", "Revolver Vancouver"], "address": "325 Cambie St, Vancouver, BC, Canada", "lat": 49.2830, "lng": -123.1094},
            {"name": "Capilano Suspension Bridge Park", "aliases": ["Capilano Suspension Bridge", "Capilano Bridge"], "address": "3735 Capilano Rd, North Vancouver, BC, Canada", "lat": 49.3429, "lng": -123.1149},
            {"name": "Stanley Park Seawall", "aliases": ["Stanley Park", "Stanley Park seawall", "Seawall"], "address": "Stanley Park, Vancouver, BC, Canada", "lat": 49.3017, "lng": -123.1417},
            {"name": "Granville Island Public Market", "aliases": ["Granville Island Market", "Granville Island", "Public Market"], "address": "1669 Johnston St, Vancouver, BC, Canada", "lat": 49.2727, "lng": -123.1350},
            {"name": "Miku", "aliases": ["Miku Vancouver", "Miku Restaurant"], "address": "200 Granville St #70, Vancouver, BC, Canada", "lat": 49.2870, "lng": -123.1128},
        ],
        "optional": ["Vancouver", "Gastown", "Cambie Street", "Cambie St", "Canada Place", "North Vancouver", "Siwash Rock",
                     "Lee's Donuts", "Whistler", "SkyTrain", "SeaBus", "BC", "Canada", "waterfront"],
    },
    {
        "id": "dS8kTpRd_9m",
        "lang": "en",
        "title": "My 5AM Productivity Routine + Desk Setup Tour 2026 (WFH edition)",
        "channel": "Quiet Hours Studio",
        "duration": 56,
        "description": (
            "A slow morning at home, my full desk setup, and how I plan my week.\n"
            "Nothing fancy, just what works for me in a small one-bedroom.\n\n"
            "DESK SETUP\n"
            "- Desk: IKEA Karlby countertop on Alex drawers\n"
            "- Keyboard: Keychron Q1 with Boba U4T switches\n"
            "- Monitor: LG 27\" 4K\n"
            "- Lamp: BenQ ScreenBar Halo\n"
            "- Mug: \"Paris is always a good idea\" mug (gift from my sister)\n"
            "- Plant: Boston fern (still alive!)\n\n"
            "☕ Coffee: Ethiopia Yirgacheffe on the Hario V60\n"
            "🎧 Focus playlist: lofi + Florence + the Machine\n"
            "📓 Notion template: link in my community tab\n"
            "✨ 20% off Ugmonk Gather with code QUIET20\n\n"
            "00:00 5AM wake up\n00:09 Coffee ritual\n00:20 Desk tour\n00:35 Weekly planning\n00:47 Deep work block\n\n"
            "#desksetup #productivity #wfh #morningroutine"
        ),
        "chapters": [(0, "5AM wake up"), (9, "Coffee ritual"), (20, "Desk tour"), (35, "Weekly planning"), (47, "Deep work block")],
        "transcript": [
            (0.5, 4.0, "it's five a.m. and the apartment is still completely dark"),
            (5.0, 3.5, "I'm not going anywhere today it's a full work from home day"),
            (9.5, 4.5, "first coffee these are Yirgacheffe beans a light roast so it's really fruity"),
            (14.5, 4.5, "I'm also making a London Fog for later earl grey with steamed oat milk"),
            (20.5, 4.5, "okay desk tour this is the Karlby countertop from IKEA on two Alex drawers"),
            (25.5, 4.5, "my wallpaper is the macOS Sonoma one and the font on my widgets is Montserrat"),
            (30.5, 4.0, "this little Boston fern has survived two winters"),
            (35.5, 4.5, "on Sundays I plan the week in Notion and copy the top three tasks onto paper"),
            (40.5, 4.0, "Brooklyn Nine-Nine is on in the background while I do admin"),
            (47.5, 4.5, "then the phone goes in the drawer and it's a ninety minute deep work block"),
            (52.5, 3.5, "see you in the next one"),
        ],
        "captions": [
            (0, 8, "5:00 AM", "box"),
            (9, 18, "Hario V60 · 15g : 250g", "box"),
            (20, 34, "Desk Setup 2026", "outline"),
            (35, 46, "Weekly Review ✔", "box"),
            (47, 56, "90 min focus", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
    {
        "id": "cP8gEaR-r0v",
        "lang": "ko",
        "title": "올해 산 캠핑 장비 솔직 리뷰 ⛺ 거실에서 다 펼쳐봤어요 (내돈내산)",
        "channel": "캠핑하는 곰돌이",
        "duration": 60,
        "description": (
            "비 와서 캠핑 못 가는 주말, 거실에서 장비 리뷰해 봤어요 😂\n"
            "전부 내돈내산이고 협찬 없습니다.\n\n"
            "리뷰한 장비\n"
            "- 텐트: 노르디스크 아스가르드 12.6 (약 180만 원)\n"
            "- 체어: 헬리녹스 체어원 (149,000원)\n"
            "- 테이블: 스노우피크 원액션 테이블\n"
            "- 랜턴: 루메나 M3 / 베어본즈 비치 랜턴\n"
            "- 버너: 코베아 큐브\n"
            "- 아이스박스: 콜맨 54QT 스틸벨트\n\n"
            "🎁 댓글 이벤트: 랜턴 1명 추첨 (발표는 다음 영상에서)\n"
            "📩 문의 bearcamping@example.com\n\n"
            "00:00 인트로\n00:07 텐트\n00:20 체어 & 테이블\n00:32 랜턴\n00:42 버너 & 먹거리\n00:52 총평\n\n"
            "#캠핑장비 #캠핑리뷰 #내돈내산 #노르디스크"
        ),
        "chapters": [(0, "인트로"), (7, "텐트"), (20, "체어 & 테이블"), (32, "랜턴"), (42, "버너 & 먹거리"), (52, "총평")],
        "transcript": [
            (0.5, 4.0, "비가 와서 오늘은 캠핑장 대신 거실에서 장비 리뷰합니다"),
            (5.0, 2.0, "소파 다 밀었어요"),
            (7.5, 4.5, "먼저 텐트 노르디스크 아스가르드 거실에 치니까 천장에 닿아요"),
            (12.5, 5.0, "면 소재라 결로가 적은 게 장점인데 무게가 이십삼 킬로라 혼자 치기 힘들어요"),
            (20.5, 4.5, "헬리녹스 체어원은 가볍고 작게 접혀서 백패킹 갈 때도 좋아요"),
            (25.5, 4.0, "테이블은 스노우피크 원액션 테이블 쓰고 있어요"),
            (32.5, 4.5, "랜턴은 루메나 M3 이거 하나면 텐트 안이 다 밝아요"),
            (42.5, 4.5, "버너는 코베아 큐브 여기다 한강라면처럼 라면 끓여 먹으면 최고예요"),
            (47.5, 4.0, "밀키트는 춘천 닭갈비랑 부산 어묵탕 사 봤는데 둘 다 괜찮았어요"),
            (52.5, 5.0, "총평 텐트는 비싸지만 만족 랜턴은 가성비 최고 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 7, "거실 캠핑 ⛺", "outline"),
            (7, 18, "노르디스크 아스가르드 12.6", "yellow"),
            (20, 30, "헬리녹스 체어원 149,000원", "yellow"),
            (32, 40, "루메나 M3", "yellow"),
            (42, 52, "코베아 큐브 + 제주 삼다수 2L", "small"),
            (52, 60, "★★★★☆", "outline"),
        ],
        "places": [],
        "optional": [],
    },
]
