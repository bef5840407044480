"""Fifteenth holdout (blind): realistic travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Do not tune on it. Same format as /work/shared/eval/cases_dev.py; places
are real, coordinates approximate (WGS84). Names a video only passes through,
or announces for a later video, are optional.
"""

CASES = [
    {
        # Korean domestic: '#1 name — tip' list without addresses, chapters, speech, captions.
        "id": "BuAn15Drv01",
        "lang": "ko",
        "title": "부안 당일치기 드라이브 🚗 채석강은 물때 맞춰 가세요 | 내소사 전나무숲길, 곰소 찐빵",
        "channel": "주말엔 드라이브",
        "duration": 52,
        "description": (
            "서해안고속도로 타고 부안 다녀왔어요 :)\n"
            "채석강은 꼭 물때표 확인하고 가세요! 저는 바다타임 앱 봤어요\n\n"
            "#1 채석강 — 간조 2시간 전후 추천, 격포항 공영주차장 무료\n"
            "#2 내소사 — 문화재 관람료 없어짐, 전나무숲길 600m 정도\n"
            "#3 곰소염전 — 소금창고 포토스팟 (갓길 주차 조심)\n"
            "#4 슬지제빵소 — 찐빵 세트 12,000원 / 오디 라떼 6,500원\n\n"
            "다음 주는 고창 선운사 편 올라옵니다 🍂\n\n"
            "🎥 소니 ZV-1 II / 인스타360 X3\n"
            "🎵 BGM: 브금대통령\n"
            "#부안 #부안여행 #변산반도 #채석강 #당일치기 #서해안드라이브"
        ),
        "chapters": [(0, "출발"), (8, "채석강"), (20, "내소사 전나무숲길"), (32, "곰소염전"), (40, "슬지제빵소 찐빵")],
        "transcript": [
            (0.5, 4.0, "자 저희 지금 서해안고속도로 타고 부안 내려가고 있어요"),
            (5.0, 2.5, "휴게소 한 번 들르고 세 시간 정도 걸렸네요"),
            (8.5, 4.0, "드디어 채석강 도착했습니다 어 지금 물 빠진 거 보이시죠"),
            (13.0, 4.5, "바위가 책을 막 쌓아놓은 것처럼 생겨서 채석강이래요 진짜 신기해요"),
            (20.5, 4.0, "다음은 내소사 왔는데요 들어가는 길에 전나무 숲길이 진짜 유명해요"),
            (25.0, 4.5, "음 공기가 확실히 달라요 피톤치드 가득"),
            (32.5, 4.0, "가는 길에 곰소염전 잠깐 들렀어요 소금 창고가 너무 예뻐서"),
            (40.5, 4.0, "마지막은 슬지제빵소 찐빵 먹으러 왔습니다 주말이라 줄이 좀 있어요"),
            (45.0, 3.5, "팥이 안 달고 쫀득해요 오디 라떼도 꼭 드세요"),
            (49.0, 2.5, "다음 주는 고창 갑니다 안녕"),
        ],
        "captions": [
            (0, 6, "부안 당일치기 🚗", "outline"),
            (8, 16, "채석강 (간조 때 가세요!)"),
            (14, 19, "퇴적암 지층 ✨", "small"),
            (20, 30, "내소사 전나무숲길 600m", "small"),
            (32, 39, "곰소염전", "outline"),
            (40, 48, "찐빵 세트 12,000원", "yellow"),
            (44, 48, "오디 라떼 6,500원", "small"),
        ],
        "places": [
            {"name": "채석강", "aliases": ["Chaeseokgang", "부안 채석강"], "address": "전북 부안군 변산면 격포리 301-1", "lat": 35.6236, "lng": 126.4694},
            {"name": "내소사", "aliases": ["Naesosa", "부안 내소사"], "address": "전북 부안군 진서면 내소사로 243", "lat": 35.6296, "lng": 126.6166},
            {"name": "곰소염전", "aliases": ["곰소 염전", "Gomso Salt Farm"], "address": "전북 부안군 진서면 곰소리", "lat": 35.5882, "lng": 126.6230},
            {"name": "슬지제빵소", "aliases": ["슬지 제빵소", "슬지네찐빵"], "address": "전북 부안군 진서면 청자로 1068", "lat": 35.5910, "lng": 126.6175},
        ],
        "optional": ["부안", "변산", "변산반도", "격포", "격포항", "곰소", "서해안고속도로", "전나무숲길",
                     "전나무 숲길", "고창", "선운사", "고창 선운사", "휴게소"],
    },
    {
        # Korean domestic: places only in speech (fillers, ASR spacing), rolling auto-captions,
        # chapters and description timestamps that name no place.
        "id": "ChSoNg15a02",
        "lang": "ko",
        "auto_captions": True,
        "title": "청송 1박 2일 | 아빠랑 둘이 산 걷고 고택에서 하룻밤 자고 왔어요 🍎",
        "channel": "소소한 주말여행",
        "duration": 56,
        "description": (
            "아빠랑 둘이 다녀온 청송 여행\n"
            "사과 철이라 어딜 가나 사과 냄새가 솔솔 😊\n\n"
            "00:00 출발\n00:08 산행\n00:24 점심\n00:32 저수지 산책\n00:42 숙소\n\n"
            "장비: 아이폰 15 프로, 고프로 히어로12\n"
            "음악: Epidemic Sound\n"
            "#청송 #청송여행 #부녀여행 #가을여행 #사과"
        ),
        "chapters": [(0, "출발"), (8, "산행"), (24, "점심"), (32, "저수지 산책"), (42, "숙소")],
        "transcript": [
            (0.5, 4.0, "네 안녕하세요 오늘은 아빠랑 청송에 왔습니다"),
            (5.0, 3.0, "대구에서 차로 한 시간 반 정도 걸렸어요"),
            (8.5, 4.0, "어 지금 주왕산 입구 인데요 대전사 지나서 쭉 올라가 볼게요"),
            (13.0, 4.5, "음 길이 거의 평지라서 아빠도 괜찮다고 하시네요"),
            (18.0, 5.0, "여기가 용 추 폭포 예요 와 물 소리 진짜 시원하다"),
            (24.5, 4.0, "점심은 달기 약수탕 쪽으로 내려와서 닭백숙 먹었어요"),
            (29.0, 2.5, "약수로 밥을 지어서 밥이 초록색 이에요"),
            (32.5, 4.5, "그 다음에 주산지 왔는데 물속에 나무가 서 있는 거 보이시죠"),
            (37.5, 4.0, "아침에 물안개 필 때 오면 훨씬 더 예쁘대요"),
            (42.5, 4.5, "오늘 숙소는 송소 고택 이에요 한옥에서 자는 건 처음 이에요"),
            (47.5, 4.0, "온돌이 뜨끈뜨끈 해서 아빠는 벌써 주무세요"),
            (52.0, 3.5, "다음 영상은 영덕 대게 먹방 입니다 구독 부탁드려요"),
        ],
        "captions": [
            (0, 6, "아빠랑 청송 🍎", "outline"),
            (14, 20, "평지라서 다행...", "small"),
            (29, 34, "초록색 밥?!", "yellow"),
            (47, 54, "Zzz", "small"),
        ],
        "places": [
            {"name": "주왕산", "aliases": ["주왕산국립공원", "주왕산 국립공원", "Juwangsan"], "address": "경북 청송군 주왕산면 공원길 169-7", "lat": 36.3940, "lng": 129.1565},
            {"name": "용추폭포", "aliases": ["주왕산 용추폭포", "용추 폭포"], "address": "경북 청송군 주왕산면 상의리", "lat": 36.3905, "lng": 129.1735},
            {"name": "달기약수탕", "aliases": ["달기약수", "달기 약수탕", "달기약수터"], "address": "경북 청송군 청송읍 부곡리", "lat": 36.4290, "lng": 129.0800},
            {"name": "주산지", "aliases": ["Jusanji", "청송 주산지"], "address": "경북 청송군 주왕산면 주산지리", "lat": 36.3760, "lng": 129.1310},
            {"name": "송소고택", "aliases": ["송소 고택", "청송 송소고택"], "address": "경북 청송군 파천면 송소고택길 15-2", "lat": 36.4505, "lng": 129.0410},
        ],
        "optional": ["청송", "대구", "대전사", "영덕"],
    },
    {
        # Korean domestic: near-silent, busy scene; places only in on-screen 📍 captions.
        "id": "WanDo15bSy3",
        "scene": "busy",
        "lang": "ko",
        "title": "완도 vlog 🌊 혼자 떠난 남쪽 끝 바다 (말 거의 없음)",
        "channel": "혼행일기 hyun",
        "duration": 48,
        "description": (
            "말보다 바다 소리를 더 담고 싶었던 완도 여행.\n"
            "장소는 영상 속 자막으로 남겨뒀어요 📍\n\n"
            "🚌 광주 유스퀘어 → 완도 시외버스 (약 2시간 40분)\n"
            "🏨 숙소는 개인 결제, 협찬 아님\n\n"
            "#완도 #완도여행 #혼자여행 #전복 #남도여행 #힐링브이로그\n"
            "business: hyun.trip@example.com"
        ),
        "chapters": [],
        "transcript": [
            (2.0, 3.0, "바람 진짜 많이 분다"),
            (17.0, 3.0, "돌 구르는 소리 들리세요"),
            (30.0, 3.5, "모래가 진짜 곱다 발이 푹푹 빠져요"),
            (41.0, 3.0, "전복 먹으러 가야지"),
        ],
        "captions": [
            (0, 6, "DAY 1 완도 🌊", "outline"),
            (6, 15, "📍 완도타워", "yellow"),
            (9, 15, "전망대 입장료 2,000원", "small"),
            (16, 27, "📍 정도리 구계등", "box"),
            (19, 27, "몽돌 해변 · 파도 소리", "small"),
            (28, 39, "📍 신지 명사십리 해수욕장", "yellow"),
            (40, 48, "전복 한 상 35,000원", "box"),
        ],
        "places": [
            {"name": "완도타워", "aliases": ["완도 타워", "Wando Tower"], "address": "전남 완도군 완도읍 군내리", "lat": 34.3130, "lng": 126.7540},
            {"name": "정도리 구계등", "aliases": ["구계등", "완도 구계등", "정도리 구계등 몽돌해변"], "address": "전남 완도군 완도읍 정도리", "lat": 34.3050, "lng": 126.7060},
            {"name": "신지 명사십리 해수욕장", "aliases": ["명사십리 해수욕장", "신지명사십리해수욕장", "명사십리", "신지 명사십리"], "address": "전남 완도군 신지면 신리", "lat": 34.3280, "lng": 126.8380},
        ],
        "optional": ["완도", "광주", "유스퀘어", "광주 유스퀘어", "신지도", "완도읍", "남도"],
    },
    {
        # Korean domestic: a [가게 정보] block (상호/📍/⏰/💰), day-by-day arrow route, chapters.
        "id": "TaeBaek15K4",
        "lang": "ko",
        "title": "여름에도 시원한 태백 ❄️ 청량리에서 기차 타고 1박 2일 (한우 연탄구이, 바람의 언덕)",
        "channel": "기차여행 하는 곰돌이",
        "duration": 54,
        "description": (
            "청량리에서 무궁화호 타고 태백 1박 2일 다녀왔어요 🚆\n"
            "한여름인데 밤엔 긴팔 필수였어요!\n\n"
            "🗓 1일차: 태백역 → 황지연못 → 저녁 (한우)\n"
            "🗓 2일차: 바람의 언덕 → 황지시장 → 태백역\n\n"
            "━━━━━━━━━━━━\n"
            "[가게 정보]\n"
            "🥩 태성실비식당\n"
            "📍 강원 태백시 황지동 (태백역에서 걸어서 15분)\n"
            "⏰ 11:30 ~ 21:00 / 재료 소진 시 마감\n"
            "💰 한우 갈비살 38,000원(150g) · 된장찌개 4,000원\n"
            "━━━━━━━━━━━━\n\n"
            "🚕 바람의 언덕은 택시 추천 (편도 약 25,000원), 주말엔 셔틀버스 있어요\n"
            "✉ 문의 bear.train@example.com\n"
            "#태백 #태백여행 #기차여행 #여름여행 #바람의언덕 #한우"
        ),
        "chapters": [(0, "청량리역 출발"), (8, "황지연못"), (18, "저녁 🥩"), (28, "바람의 언덕"), (44, "마무리")],
        "transcript": [
            (0.5, 4.0, "청량리역에서 아침 일곱 시 기차 탔어요 무궁화호 진짜 오랜만이다"),
            (5.0, 2.5, "태백역 도착 공기부터 달라요"),
            (8.5, 4.0, "먼저 황지연못 왔는데 여기가 낙동강이 시작되는 곳이래요"),
            (13.0, 4.0, "물이 계속 솟아나서 한여름에도 엄청 차가워요"),
            (18.5, 4.0, "저녁은 태성실비식당에서 한우 연탄구이 먹으러 왔습니다"),
            (23.0, 4.0, "갈비살 먹고 마지막에 된장찌개까지 완벽했어요"),
            (28.5, 4.0, "다음 날 아침에 택시 타고 바람의 언덕 올라왔어요 풍력발전기 진짜 크다"),
            (33.0, 4.0, "배추밭이 끝도 없이 펼쳐져 있어요 고랭지 배추래요"),
            (38.0, 4.0, "내려와서 황지시장 한 바퀴 돌고 기차 타러 갑니다"),
            (44.5, 4.0, "태백 여름에 진짜 추천해요 낮에도 이십삼 도였어요"),
            (49.0, 4.0, "구독 좋아요 눌러주시면 다음엔 정선 5일장 갑니다"),
        ],
        "captions": [
            (0, 6, "청량리 → 태백 🚆", "outline"),
            (8, 16, "낙동강 발원지 황지연못"),
            (18, 26, "한우 갈비살 38,000원", "box"),
            (22, 26, "연탄불 🔥", "small"),
            (28, 38, "매봉산 바람의 언덕", "yellow"),
            (32, 38, "해발 1,250m", "small"),
            (44, 52, "낮 최고 23℃", "outline"),
        ],
        "places": [
            {"name": "황지연못", "aliases": ["황지 연못", "Hwangji Pond"], "address": "강원 태백시 황지동", "lat": 37.1642, "lng": 128.9862},
            {"name": "태성실비식당", "aliases": ["태성실비", "태성 실비식당"], "address": "강원 태백시 황지동", "lat": 37.1675, "lng": 128.9885},
            {"name": "바람의 언덕", "aliases": ["바람의언덕", "매봉산 바람의 언덕", "매봉산 바람의언덕"], "address": "강원 태백시 창죽동", "lat": 37.2195, "lng": 128.9570},
        ],
        "optional": ["태백", "청량리", "청량리역", "태백역", "황지시장", "낙동강", "매봉산", "정선", "정선 5일장"],
    },
    {
        # Korean abroad: 'STEP n. 한글 / 日本語 / price' lines, chapters partly without names,
        # Japanese in captions.
        "id": "NgSk15trip5",
        "lang": "ko",
        "title": "나가사키 2박 3일 🇯🇵 노면전차 타고 짬뽕 원조집부터 세계 신 3대 야경까지",
        "channel": "여행하는 혜린",
        "duration": 56,
        "description": (
            "후쿠오카에서 카모메 타고 나가사키 다녀왔어요!\n"
            "(타케오온센에서 신칸센 환승, 총 1시간 30분쯤)\n\n"
            "━ 1일차 동선 ━\n"
            "STEP 1. 오우라 천주당 / 大浦天主堂 / 입장료 ¥1,000\n"
            "STEP 2. 글로버 정원 / グラバー園 / ¥620\n"
            "STEP 3. 시카이로 / 四海樓 / 짬뽕 ¥1,320\n"
            "STEP 4. 이나사야마 전망대 / 稲佐山展望台 / 로프웨이 왕복 ¥1,250\n\n"
            "🚋 노면전차 1일 승차권 ¥600\n"
            "💳 트래블로그 카드 썼어요 · 클룩 할인코드 HYERIN10\n"
            "📩 hyerin.trip@example.com\n"
            "#나가사키 #나가사키여행 #규슈여행 #짬뽕 #일본소도시"
        ),
        "chapters": [(0, "나가사키역 도착"), (8, "오우라 천주당"), (18, "글로버 정원"), (28, "원조 짬뽕"), (40, "세계 신 3대 야경")],
        "transcript": [
            (0.5, 4.0, "나가사키역 도착했어요 여기서 노면전차 타고 바로 오우라 쪽으로 갑니다"),
            (8.5, 4.0, "오우라 천주당이에요 일본에서 제일 오래된 성당이래요"),
            (13.0, 4.0, "스테인드글라스가 진짜 예쁜데 안에서는 촬영 금지라 밖에서만 찍었어요"),
            (18.5, 4.0, "바로 위에 글로버 정원이 있어서 같이 봤어요 항구가 한눈에 보여요"),
            (28.5, 4.0, "점심은 짬뽕 원조라는 시카이로에 왔습니다"),
            (33.0, 4.0, "국물이 생각보다 안 짜고 진짜 고소해요 사라우동도 시켰어요"),
            (40.5, 4.0, "밤에는 로프웨이 타고 이나사야마 전망대 올라왔어요"),
            (45.0, 4.0, "와 이게 세계 신 삼대 야경이래요 바람 엄청 불어요"),
            (50.0, 4.0, "내일은 하우스텐보스 가는 날이라 오늘은 일찍 잘게요"),
        ],
        "captions": [
            (0, 6, "長崎駅 도착", "small"),
            (8, 16, "오우라 천주당 大浦天主堂", "outline"),
            (18, 26, "グラバー園 ¥620", "box"),
            (28, 38, "원조 나가사키 짬뽕 ¥1,320", "yellow"),
            (40, 50, "稲佐山 야경 ✨"),
        ],
        "places": [
            {"name": "오우라 천주당", "aliases": ["大浦天主堂", "Oura Church", "오우라 성당", "오우라천주당"], "address": "5-3 Minamiyamatemachi, Nagasaki", "lat": 32.7342, "lng": 129.8701},
            {"name": "글로버 정원", "aliases": ["グラバー園", "Glover Garden", "글로버가든", "글로버 가든"], "address": "8-1 Minamiyamatemachi, Nagasaki", "lat": 32.7335, "lng": 129.8690},
            {"name": "시카이로", "aliases": ["四海樓", "四海楼", "Shikairo", "시카이로우"], "address": "4-5 Matsugaemachi, Nagasaki", "lat": 32.7362, "lng": 129.8706},
            {"name": "이나사야마 전망대", "aliases": ["稲佐山展望台", "稲佐山", "이나사야마", "Mt. Inasa"], "address": "364 Inasamachi, Nagasaki", "lat": 32.7517, "lng": 129.8529},
        ],
        "optional": ["나가사키", "후쿠오카", "타케오온센", "나가사키역", "長崎駅", "長崎", "오우라", "하우스텐보스",
                     "규슈", "일본", "나가사키 짬뽕"],
    },
    {
        # Korean abroad: places inside an expense breakdown ('- name: RM ...'), rolling
        # auto-captions with ASR spacing, English names only in captions.
        "id": "KoTaKi15Kk6",
        "lang": "ko",
        "auto_captions": True,
        "title": "코타키나발루 3박 5일 가족여행 🌴 호핑투어, 선셋, 씨푸드 (경비 총정리)",
        "channel": "다섯식구 여행기",
        "duration": 54,
        "description": (
            "부모님 모시고 다섯 식구 코타키나발루 다녀왔어요 🌅\n"
            "인천 → 코타키나발루 직항 약 5시간\n\n"
            "💸 경비 정리 (성인 4 + 아이 1, 1링깃 ≈ 300원)\n"
            "- 마누칸 섬 호핑 투어: 1인 RM 95 (제셀톤 포인트 출발, 스노클 장비 포함)\n"
            "- 이풍 락사 (Yee Fung): RM 48\n"
            "- 탄중아루 비치: 무료! 선셋은 6시 20분쯤\n"
            "- 웰컴 씨푸드 레스토랑: RM 312 (새우 버터구이, 칠리크랩, 모닝글로리)\n"
            "- 그랩: 4일 총 RM 64\n\n"
            "숙소 리뷰는 다음 영상에서 따로 할게요!\n"
            "📷 DJI 오즈모 액션4 / 아이폰 15\n"
            "#코타키나발루 #코타키나발루여행 #가족여행 #호핑투어 #말레이시아"
        ),
        "chapters": [(0, "인트로"), (6, "호핑투어"), (20, "아침 락사"), (30, "선셋"), (42, "씨푸드 저녁")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 다섯 식구 여행기 입니다 오늘은 코타키나발루 이틀째 에요"),
            (6.5, 4.0, "제셀톤 포인트 에서 배 타고 마누 칸 섬으로 들어왔어요"),
            (11.0, 4.5, "물이 진짜 투명해요 애들이 물고기 보고 난리 났어요"),
            (16.0, 3.5, "구명조끼는 필수 입니다"),
            (20.5, 4.0, "다음 날 아침은 가야 스트리트 에 있는 이 풍 락사 먹었어요"),
            (25.0, 4.0, "국물이 코코넛 이라 진하고 살짝 매콤 해요"),
            (30.5, 4.5, "저녁에 탄중 아루 비치 왔는데 와 하늘 색깔 좀 보세요"),
            (35.5, 4.0, "여기가 세계 삼대 석양 이라고 하더라고요"),
            (42.5, 4.5, "마지막 밤은 웰컴 씨푸드 에서 먹었어요 수조에서 직접 고르는 곳 이에요"),
            (47.5, 4.0, "새우 버터 구이 꼭 드세요 진짜 맛있어요"),
        ],
        "captions": [
            (0, 6, "Kota Kinabalu 🇲🇾", "outline"),
            (6, 16, "Pulau Manukan", "small"),
            (20, 28, "Yee Fung Laksa RM 12", "box"),
            (30, 40, "Tanjung Aru Beach 🌅", "outline"),
            (42, 52, "새우 버터구이 RM 68", "yellow"),
        ],
        "places": [
            {"name": "마누칸 섬", "aliases": ["마누칸섬", "Pulau Manukan", "Manukan Island", "마누칸"], "address": "Tunku Abdul Rahman Park, Kota Kinabalu, Sabah", "lat": 5.9695, "lng": 116.0050},
            {"name": "이풍 락사", "aliases": ["Yee Fung", "Yee Fung Laksa", "이풍", "이풍락사"], "address": "127 Jalan Gaya, Kota Kinabalu", "lat": 5.9826, "lng": 116.0762},
            {"name": "탄중아루 비치", "aliases": ["Tanjung Aru Beach", "탄중 아루 비치", "탄중아루", "탄중아루 해변"], "address": "Tanjung Aru, Kota Kinabalu", "lat": 5.9480, "lng": 116.0450},
            {"name": "웰컴 씨푸드 레스토랑", "aliases": ["웰컴 씨푸드", "웰컴씨푸드", "Welcome Seafood Restaurant", "Welcome Seafood"], "address": "Kompleks Asia City, Kota Kinabalu", "lat": 5.9788, "lng": 116.0785},
        ],
        "optional": ["코타키나발루", "Kota Kinabalu", "제셀톤 포인트", "Jesselton Point", "가야 스트리트", "Gaya Street",
                     "말레이시아", "인천", "사바"],
    },
    {
        # Korean abroad, busy scene: description defers to a pinned comment; places in speech and
        # in captions with Hungarian names (ő may not render), Hungarian chapter titles.
        "id": "BuDaPe15st7",
        "scene": "busy",
        "lang": "ko",
        "title": "부다페스트 야경 보러 간 날 🇭🇺 | 유럽 3대 야경, 세상에서 제일 예쁜 카페",
        "channel": "유럽 한달살기 지은",
        "duration": 50,
        "description": (
            "한 달 유럽 여행 중 제일 기대했던 부다페스트!\n"
            "오늘 다녀온 곳들은 고정 댓글에 정리해뒀어요 📌\n\n"
            "🚇 M2 Kossuth Lajos tér 역 하차\n"
            "🎫 BKK 24시간권 2,500 HUF\n"
            "💱 100포린트 ≈ 370원\n\n"
            "다음 영상: 빈 → 잘츠부르크 기차 여행 🚄\n\n"
            "#부다페스트 #유럽여행 #헝가리 #야경 #한달살기 #유럽한달살기"
        ),
        "chapters": [(0, "숙소에서 출발"), (8, "Országház"), (20, "커피 한 잔 ☕"), (32, "Halászbástya 야경"), (44, "마무리")],
        "transcript": [
            (0.5, 4.0, "부다페스트 셋째 날이에요 오늘은 드디어 야경 보는 날"),
            (8.5, 4.0, "지하철에서 내리자마자 국회의사당이 딱 보여요 진짜 크다"),
            (13.0, 4.0, "내부 투어는 미리 예약해야 돼요 저는 한국어 오디오 가이드로 들었어요"),
            (20.5, 4.0, "커피는 뉴욕 카페에서 마셨는데 세상에서 제일 아름다운 카페래요"),
            (25.0, 4.0, "케이크랑 카푸치노 해서 만 오천 원 정도 나왔어요 분위기 값이죠"),
            (32.5, 4.0, "해 지고 세체니 다리 건너서 어부의 요새로 올라왔어요"),
            (37.0, 4.5, "여기서 보는 국회의사당 야경이 진짜 미쳤어요"),
            (44.5, 4.0, "다음 영상은 빈으로 넘어갑니다 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "🇭🇺 Budapest Day 3", "outline"),
            (8, 18, "Országház 국회의사당", "yellow"),
            (11, 18, "가이드 투어 14,000 Ft", "small"),
            (20, 30, "New York Café ☕", "box"),
            (23, 30, "카푸치노 3,900 Ft", "small"),
            (32, 42, "Halászbástya 어부의 요새", "yellow"),
            (34, 40, "Széchenyi lánchíd", "small"),
            (44, 50, "다음 영상 ▶ Wien", "outline"),
        ],
        "places": [
            {"name": "국회의사당", "aliases": ["Országház", "헝가리 국회의사당", "Hungarian Parliament Building", "부다페스트 국회의사당"], "address": "Kossuth Lajos tér 1-3, Budapest", "lat": 47.5071, "lng": 19.0456},
            {"name": "뉴욕 카페", "aliases": ["New York Café", "New York Kávéház", "뉴욕카페"], "address": "Erzsébet krt. 9-11, Budapest", "lat": 47.4985, "lng": 19.0707},
            {"name": "어부의 요새", "aliases": ["Halászbástya", "Fisherman's Bastion", "어부의요새"], "address": "Szentháromság tér, Budapest", "lat": 47.5021, "lng": 19.0347},
        ],
        "optional": ["부다페스트", "Budapest", "헝가리", "세체니 다리", "Széchenyi lánchíd", "Chain Bridge",
                     "Kossuth Lajos tér", "빈", "Wien", "잘츠부르크", "유럽"],
    },
    {
        # English: 'EAT / LISTEN' sections of '• Name — street (tip)' bullets, chapters,
        # rolling auto-captions with ASR spellings.
        "id": "NoLa15Eats8",
        "lang": "en",
        "auto_captions": True,
        "title": "What to Eat in New Orleans (first timer's guide) 🎺 beignets, muffulettas & jazz",
        "channel": "Tasha Eats the World",
        "duration": 52,
        "description": (
            "New Orleans absolutely spoiled us. Everything from this video 👇\n\n"
            "EAT\n"
            "• Café Du Monde — 800 Decatur St (go before 8am, cash is fastest)\n"
            "• Central Grocery & Deli — 923 Decatur St (a half muffuletta feeds two)\n"
            "• Dooky Chase's Restaurant — 2301 Orleans Ave\n\n"
            "LISTEN\n"
            "• Preservation Hall — 726 St Peter St (book tickets ahead)\n\n"
            "We stayed in the Marigny and rode the St. Charles streetcar ($1.25) everywhere.\n"
            "Use code TASHA15 for 15% off my Lightroom presets!\n"
            "Business: tasha.eats@example.com\n"
            "#neworleans #nola #foodtour #beignets #muffuletta"
        ),
        "chapters": [(0, "Intro"), (6, "Beignets!"), (18, "The muffuletta"), (28, "Lunch in Tremé"), (40, "Jazz night")],
        "transcript": [
            (0.5, 4.0, "hey guys welcome back it's Tasha and we are in New Orleans"),
            (6.5, 4.0, "first stop of course cafe du monde for beignets and a cafe au lait"),
            (11.0, 4.0, "there's powdered sugar literally everywhere and I wore black big mistake"),
            (18.5, 4.0, "next we walked down to central grocery for the original muffaletta"),
            (23.0, 4.0, "the olive salad is the star honestly so so good"),
            (28.5, 4.0, "we took an uber to tremé for lunch at dooky chases"),
            (33.0, 4.5, "the gumbo and the fried chicken here are legendary Leah Chase started this place"),
            (40.5, 4.0, "and we ended the night at preservation hall no phones during the set"),
            (45.0, 4.0, "tomorrow we're doing a swamp tour so make sure you're subscribed"),
        ],
        "captions": [
            (0, 6, "NEW ORLEANS 🎺", "outline"),
            (6, 16, "beignets (3) — $4.38", "yellow"),
            (18, 26, "half muffuletta $16", "box"),
            (28, 38, "fried chicken + gumbo", "small"),
            (40, 50, "no photos during the set!", "small"),
        ],
        "places": [
            {"name": "Café Du Monde", "aliases": ["Cafe Du Monde", "Café du Monde French Market"], "address": "800 Decatur St, New Orleans, LA", "lat": 29.9575, "lng": -90.0618},
            {"name": "Central Grocery & Deli", "aliases": ["Central Grocery", "Central Grocery and Deli"], "address": "923 Decatur St, New Orleans, LA", "lat": 29.9590, "lng": -90.0607},
            {"name": "Dooky Chase's Restaurant", "aliases": ["Dooky Chase's", "Dooky Chase", "Dooky Chases"], "address": "2301 Orleans Ave, New Orleans, LA", "lat": 29.9697, "lng": -90.0780},
            {"name": "Preservation Hall", "aliases": [], "address": "726 St Peter St, New Orleans, LA", "lat": 29.9583, "lng": -90.0654},
        ],
        "optional": ["New Orleans", "NOLA", "Marigny", "Tremé", "Treme", "St. Charles streetcar",
                     "Decatur St", "Louisiana", "French Quarter"],
    },
    {
        # English: chapters in the description and the video, a spend summary, box captions.
        "id": "DuBlIn15w9x",
        "lang": "en",
        "title": "48 Hours in Dublin on a Budget ☘️ (it rained the whole time)",
        "channel": "Backpack Ben",
        "duration": 46,
        "description": (
            "Dublin in two days, mostly in the rain 😅\n\n"
            "0:00 Landing\n0:06 Book of Kells\n0:18 Guinness Storehouse\n"
            "0:30 Trad session at The Cobblestone\n0:40 What I spent\n\n"
            "Total spend: €186 (hostel €38/night, Leap Card daily cap €8)\n"
            "Book of Kells: book online, around €21 · Guinness Storehouse from €26\n\n"
            "Gear: GoPro Hero 11, Rode Wireless GO II\n"
            "Music: Artlist\n"
            "Next week: Galway & the Cliffs of Moher 👀\n"
            "#dublin #ireland #budgettravel #backpacking"
        ),
        "chapters": [(0, "Landing"), (6, "Book of Kells"), (18, "Guinness Storehouse"),
                     (30, "Trad session at The Cobblestone"), (40, "What I spent")],
        "transcript": [
            (0.5, 4.0, "alright just landed in Dublin and of course it's raining"),
            (6.5, 4.0, "first thing the Book of Kells at Trinity College and the Long Room is unreal"),
            (11.0, 4.0, "no flash photos of the actual manuscript but the library is fair game"),
            (18.5, 4.0, "then the Luas across town to the Guinness Storehouse"),
            (23.0, 4.0, "a pint at the Gravity Bar up top is included with your ticket"),
            (30.5, 4.5, "tonight a trad session at The Cobblestone in Smithfield no bookings just show up"),
            (40.5, 4.0, "all in I spent about a hundred and eighty six euro not bad for Dublin"),
        ],
        "captions": [
            (0, 6, "DUBLIN ☘️", "outline"),
            (6, 16, "Trinity College · Book of Kells", "box"),
            (12, 16, "Long Room ✨", "small"),
            (18, 28, "Guinness Storehouse", "box"),
            (23, 28, "pint included 🍺", "small"),
            (30, 40, "The Cobblestone — trad every night", "box"),
            (40, 46, "TOTAL €186", "yellow"),
        ],
        "places": [
            {"name": "Trinity College Dublin", "aliases": ["Trinity College", "Book of Kells", "The Book of Kells Experience", "Long Room", "Old Library"], "address": "College Green, Dublin 2", "lat": 53.3440, "lng": -6.2567},
            {"name": "Guinness Storehouse", "aliases": ["Guinness Store House"], "address": "St James's Gate, Dublin 8", "lat": 53.3419, "lng": -6.2867},
            {"name": "The Cobblestone", "aliases": ["Cobblestone", "The Cobblestone Pub"], "address": "77 King St N, Smithfield, Dublin 7", "lat": 53.3490, "lng": -6.2784},
        ],
        "optional": ["Dublin", "Ireland", "Smithfield", "Luas", "Gravity Bar", "Galway", "Cliffs of Moher",
                     "Dublin Airport", "St James's Gate"],
    },
    {
        # English, no places and no optional names: dish, product and song names built from places.
        "id": "BaKe15noPl0",
        "lang": "en",
        "title": "Baking a Black Forest Cake from Scratch 🍒 + Boston Cream Cupcakes (cozy Sunday)",
        "channel": "Crumbs with Claire",
        "duration": 40,
        "description": (
            "Cozy Sunday baking! Full recipes are on my blog (link in bio).\n\n"
            "BLACK FOREST CAKE\n"
            "- 200g dark chocolate (70%)\n"
            "- 40g Dutch-process cocoa\n"
            "- 1 jar Morello cherries + 2 tbsp kirsch\n"
            "- Tahitian vanilla bean\n"
            "- Swiss meringue buttercream (or plain Chantilly cream)\n\n"
            "BOSTON CREAM CUPCAKES\n"
            "- Kerrygold Irish butter, Maldon sea salt, whole milk\n\n"
            "TOOLS\n"
            "- KitchenAid Artisan mixer (colour: Pistachio)\n"
            "- Nordic Ware cupcake pan, 8\" Fat Daddio's tins\n\n"
            "Playlist: 'Vienna' – Billy Joel, 'Santa Monica Dream' – Angus & Julia Stone\n"
            "This video is sponsored by Squarespace: code CLAIRE for 10% off your first site\n"
            "#baking #blackforestcake #bostoncream #sundaybaking"
        ),
        "chapters": [(0, "Intro"), (6, "Chocolate sponge"), (16, "Cherries & kirsch"), (24, "Boston cream cupcakes"), (34, "Taste test")],
        "transcript": [
            (0.5, 4.0, "hi friends welcome back to my kitchen it's a rainy Sunday so we're baking"),
            (6.5, 4.0, "for the sponge I'm using Dutch process cocoa it gives that really deep colour"),
            (11.0, 3.5, "and a pinch of Maldon salt always"),
            (16.5, 4.0, "the cherries soak in kirsch overnight but you can skip it for the kids"),
            (24.5, 4.0, "now Boston cream cupcakes with vanilla pastry cream in the middle and a chocolate glaze"),
            (29.0, 4.0, "I used Kerrygold butter it honestly makes a difference"),
            (34.5, 4.0, "okay taste test oh that is so good the cherries"),
        ],
        "captions": [
            (0, 6, "SUNDAY BAKING 🍒", "outline"),
            (6, 14, "Dutch-process cocoa", "small"),
            (16, 22, "Black Forest · layer 1/3", "box"),
            (24, 32, "Boston Cream 🧁", "yellow"),
            (28, 32, "Kerrygold 250g £2.60", "small"),
            (34, 40, "10/10 would bake again"),
        ],
        "places": [],
        "optional": [],
    },
]
