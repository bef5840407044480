"""Second, final holdout: realistic travel/food vlog bundles with ground truth.

Same format as /work/shared/eval/cases_dev.py. Written blind (without reading
the extraction code, its tests or the first holdout). Do not tune on it.
Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    {
        # 📍 lines with addresses, Korean, palace + café + market alley + street
        "id": "iKsEoNdOng1",
        "lang": "ko",
        "title": "익선동 한옥 카페 → 창덕궁 → 을지로 노가리 골목 | 종로 하루 코스 🏯",
        "channel": "서울산책 하루",
        "duration": 52,
        "description": (
            "종로 하루 코스 브이로그 입니다 :)\n"
            "한복 대여는 궁 앞에서 2시간 15,000원이었어요.\n\n"
            "📍 창덕궁 | 서울 종로구 율곡로 99\n"
            "📍 청수당 | 서울 종로구 돈화문로11나길 31-9\n"
            "📍 세운상가 | 서울 중구 청계천로 159\n"
            "📍 을지로 노가리골목 | 서울 중구 을지로13길 일대\n\n"
            "00:00 익선동 도착\n00:08 청수당\n00:20 창덕궁\n00:34 세운상가\n00:42 노가리골목\n\n"
            "카메라: 캐논 G7X Mark III\n"
            "#익선동 #창덕궁 #을지로 #힙지로 #서울데이트"
        ),
        "chapters": [(0, "익선동 도착"), (8, "청수당"), (20, "창덕궁"), (34, "세운상가"), (42, "노가리골목")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 하루입니다 오늘은 종로3가역에서 내려서 익선동부터 걸어볼게요"),
            (8.5, 4.0, "첫 번째 카페는 청수당이에요 안에 대나무 숲이랑 물길이 있어요"),
            (13.0, 4.0, "말차 라떼랑 수플레 팬케이크 시켰는데 팬케이크가 만 육천 원이에요"),
            (20.5, 4.0, "한복 입고 창덕궁 들어왔어요 한복 입으면 입장료가 무료예요"),
            (25.0, 4.0, "후원 관람은 따로 예약해야 해서 다음에 다시 오기로 했어요"),
            (34.5, 4.0, "해 질 때쯤 세운상가 옥상에 올라가서 종묘 쪽 노을 봤어요"),
            (42.5, 4.0, "마지막은 을지로 노가리골목에서 노가리에 생맥주 한잔"),
            (47.0, 4.0, "오늘 영상 좋으셨으면 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 6, "익선동 한옥거리", "outline"),
            (8, 18, "📍 청수당", "box"),
            (12, 18, "수플레 팬케이크 16,000원", "small"),
            (20, 32, "📍 창덕궁", "box"),
            (26, 32, "한복 착용 시 무료입장", "small"),
            (34, 40, "📍 세운상가 옥상", "box"),
            (42, 50, "📍 을지로 노가리골목", "box"),
            (50, 52, "구독 & 좋아요", "outline"),
        ],
        "places": [
            {"name": "창덕궁", "aliases": ["Changdeokgung", "Changdeokgung Palace"], "address": "서울 종로구 율곡로 99", "lat": 37.5794, "lng": 126.9910},
            {"name": "청수당", "aliases": ["청수당 익선", "Cheongsudang"], "address": "서울 종로구 돈화문로11나길 31-9", "lat": 37.5738, "lng": 126.9904},
            {"name": "세운상가", "aliases": ["세운상가 옥상", "Sewoon Sangga", "Sewoon Plaza"], "address": "서울 중구 청계천로 159", "lat": 37.5685, "lng": 126.9958},
            {"name": "을지로 노가리골목", "aliases": ["노가리골목", "을지로노가리골목", "노가리 골목", "Eulji-ro Nogari Alley"], "address": "서울 중구 을지로13길", "lat": 37.5662, "lng": 126.9918},
        ],
        "optional": ["익선동", "익선동 한옥거리", "종로", "종로3가역", "종로3가", "을지로", "힙지로", "종묘", "후원", "서울"],
    },
    {
        # chapters only (description has no place names), Korean
        "id": "mAnGwOnYn02",
        "lang": "ko",
        "title": "망원동 & 연남동 주말 브이로그 🧺 시장 먹방하고 한강에서 피크닉",
        "channel": "주말엔 소풍",
        "duration": 48,
        "description": (
            "날 좋은 토요일 동네 산책 기록 🌿\n"
            "돗자리는 다이소 5천원짜리, 블루투스 스피커는 JBL 고 3\n"
            "오늘 쓴 돈: 약 32,000원\n\n"
            "#망원동 #연남동 #한강피크닉 #주말브이로그 #vlog"
        ),
        "chapters": [(0, "6호선 타고 출발"), (6, "망원시장 먹거리"), (20, "망원한강공원 피크닉"), (34, "연트럴파크 산책")],
        "transcript": [
            (0.5, 4.0, "오늘은 지하철 타고 망원역에서 내렸어요"),
            (6.5, 4.0, "시장 들어오자마자 고로케 하나 천 원에 샀어요 아직 따뜻해요"),
            (11.0, 4.0, "닭강정 작은 컵이 오천 원이고 떡볶이도 조금 샀어요"),
            (20.5, 4.0, "걸어서 십오 분 정도면 한강이 나와요 돗자리 펴고 자리 잡았어요"),
            (25.0, 4.0, "편의점 라면 끓여 먹는 기계 있어서 한강 라면도 먹었어요"),
            (34.5, 4.0, "저녁에는 버스 타고 연남동 넘어와서 숲길 따라 걸었어요"),
            (39.0, 4.0, "사람 진짜 많네요 다음 주에 또 올게요 안녕"),
        ],
        "captions": [
            (0, 5, "SAT 11:00"),
            (7, 12, "고로케 1,000원"),
            (12, 18, "닭강정 5,000원"),
            (22, 30, "한강 라면 🍜", "yellow"),
            (40, 46, "다음 주에 또 만나요", "outline"),
        ],
        "places": [
            {"name": "망원시장", "aliases": ["망원 시장", "Mangwon Market"], "address": "서울 마포구 포은로8길 14", "lat": 37.5560, "lng": 126.9060},
            {"name": "망원한강공원", "aliases": ["망원 한강공원", "망원한강지구", "Mangwon Hangang Park"], "address": "서울 마포구 마포나루길 467", "lat": 37.5547, "lng": 126.8957},
            {"name": "연트럴파크", "aliases": ["경의선숲길", "경의선 숲길", "경의선숲길 연남동 구간", "Yeontral Park", "Gyeongui Line Forest Park"], "address": "서울 마포구 연남동", "lat": 37.5622, "lng": 126.9251},
        ],
        "optional": ["망원동", "연남동", "망원역", "6호선", "한강", "서울", "마포"],
    },
    {
        # speech only, rolling auto-captions, Korean
        "id": "gWaNgAlLi03",
        "lang": "ko",
        "auto_captions": True,
        "title": "부산 1박 2일 | 절벽 위 사찰부터 바닷가 마을, 밤바다까지 🌊",
        "channel": "여행가는 날",
        "duration": 58,
        "description": (
            "부산 두 번째 날 영상입니다.\n"
            "이동은 전부 동해선이랑 버스로 했어요. 교통카드 필수!\n"
            "숙소 제휴 아님 / 내돈내산\n\n"
            "장비: 아이폰 15 프로, 인스타360 X3\n"
            "#부산여행 #부산브이로그 #국내여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.5, "좋은 아침입니다 오늘은 부산 이틀째 아침 일찍 기장으로 가고 있어요"),
            (5.5, 4.5, "오시리아역에서 내려서 버스 타고 해동용궁사에 왔어요"),
            (10.5, 4.5, "바다 바로 옆에 절이 있는 게 너무 신기하고 계단 내려가는 길이 예뻐요"),
            (16.0, 4.0, "점심은 근처에서 밀면 한 그릇 먹었는데 구천 원이었어요"),
            (21.0, 4.5, "오후에는 영도로 넘어와서 흰여울문화마을을 걸었어요"),
            (26.0, 4.5, "바다 보이는 골목이 이어져 있고 중간에 터널 포토존이 있어요"),
            (31.0, 4.0, "카페에서 바다 보면서 잠깐 쉬었다 갈게요"),
            (36.0, 4.5, "해 지고 나서 광안리해수욕장으로 왔습니다"),
            (41.0, 4.5, "광안대교 불 켜지니까 진짜 예쁘네요 드론쇼는 토요일에만 해요"),
            (46.0, 4.5, "저녁은 민락수변공원 쪽에서 회 포장해서 먹었어요"),
            (51.0, 4.5, "오늘도 봐주셔서 감사하고 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 5, "DAY 2"),
            (16, 20, "밀면 9,000원"),
            (41, 46, "드론쇼 매주 토요일", "small"),
        ],
        "places": [
            {"name": "해동용궁사", "aliases": ["해동 용궁사", "용궁사", "Haedong Yonggungsa", "Haedong Yonggungsa Temple"], "address": "부산 기장군 기장읍 용궁길 86", "lat": 35.1884, "lng": 129.2233},
            {"name": "흰여울문화마을", "aliases": ["흰여울 문화마을", "흰여울마을", "Huinnyeoul Culture Village"], "address": "부산 영도구 영선동4가", "lat": 35.0786, "lng": 129.0450},
            {"name": "광안리해수욕장", "aliases": ["광안리 해수욕장", "광안리", "Gwangalli Beach"], "address": "부산 수영구 광안해변로 219", "lat": 35.1532, "lng": 129.1187},
        ],
        "optional": ["부산", "기장", "영도", "오시리아역", "오시리아", "동해선", "광안대교", "민락수변공원", "터널 포토존"],
    },
    {
        # on-screen captions only, busy scene, Korean
        "id": "hYeOpJaE04w",
        "scene": "busy",
        "lang": "ko",
        "title": "제주 서쪽 감성 여행 🍵 에메랄드 바다 & 녹차밭 (자막 ON)",
        "channel": "바람따라 제주",
        "duration": 50,
        "description": (
            "제주 서쪽 하루 코스!\n"
            "렌트카는 제주패스로 예약했어요 (소정의 수수료를 받을 수 있어요)\n"
            "장소는 영상 자막 참고해주세요 🙂\n\n"
            "#제주서쪽 #제주여행 #애월 #한림"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "공항에서 차 빌려서 서쪽으로 한 시간 정도 달려왔어요"),
            (6.5, 4.5, "와 물 색깔 좀 보세요 진짜 에메랄드빛이에요 앞에 보이는 섬도 너무 예쁘다"),
            (12.0, 4.0, "모래가 하얘서 사진이 잘 나와요"),
            (18.5, 4.5, "야자수 길이랑 동굴도 있어서 한 바퀴 도는 데 한 시간 걸렸어요"),
            (30.5, 4.5, "녹차밭 앞에 있는 박물관 카페에 왔어요 녹차 롤케이크 먹어야죠"),
            (36.0, 4.0, "녹차 아이스크림이랑 롤케이크 같이 시켰어요"),
            (44.0, 4.0, "다음 영상은 남쪽 편이에요 기대해주세요"),
        ],
        "captions": [
            (0, 6, "제주공항 → 서쪽 1시간", "small"),
            (6, 16, "📍 협재해수욕장", "outline"),
            (10, 16, "비양도 view", "small"),
            (18, 28, "📍 한림공원", "yellow"),
            (22, 28, "입장료 15,000원", "box"),
            (30, 42, "📍 오설록 티뮤지엄", "outline"),
            (36, 42, "녹차 롤케이크 7,500원", "small"),
            (44, 50, "NEXT ▶ 제주 남쪽", "box"),
        ],
        "places": [
            {"name": "협재해수욕장", "aliases": ["협재 해수욕장", "협재해변", "협재", "Hyeopjae Beach"], "address": "제주 제주시 한림읍 협재리 2497-1", "lat": 33.3940, "lng": 126.2397},
            {"name": "한림공원", "aliases": ["Hallim Park"], "address": "제주 제주시 한림읍 한림로 300", "lat": 33.3893, "lng": 126.2394},
            {"name": "오설록 티뮤지엄", "aliases": ["오설록", "오설록티뮤지엄", "오설록 티 뮤지엄", "Osulloc Tea Museum"], "address": "제주 서귀포시 안덕면 신화역사로 15", "lat": 33.3058, "lng": 126.2894},
        ],
        "optional": ["제주", "제주도", "제주공항", "제주국제공항", "제주 서쪽", "제주 남쪽", "비양도", "애월", "한림"],
    },
    {
        # description with a different list format, chapters, Korean
        "id": "sUwOnHwA05s",
        "lang": "ko",
        "title": "수원 당일치기 | 수원화성 성곽길 한 바퀴 + 통닭거리 치킨 🍗",
        "channel": "뚜벅이 여행기",
        "duration": 54,
        "description": (
            "서울에서 지하철로 1시간! 수원 당일치기 다녀왔습니다.\n\n"
            "[오늘 간 곳]\n"
            "- 수원 화성 (경기 수원시 팔달구 정조로 910)\n"
            "- 화성행궁 (경기 수원시 팔달구 정조로 825)\n"
            "- 방화수류정 (경기 수원시 팔달구 수원천로 392)\n"
            "- 수원 통닭거리 (경기 수원시 팔달구 정조로800번길)\n\n"
            "화성행궁 입장료 2,000원 / 화성어차 4,000원\n"
            "#수원여행 #수원화성 #행리단길 #통닭거리"
        ),
        "chapters": [(0, "수원역 도착"), (6, "화성행궁"), (20, "성곽길 & 방화수류정"), (36, "통닭거리에서 저녁")],
        "transcript": [
            (0.5, 4.5, "수원역에서 버스 타고 팔달문 앞에서 내렸어요"),
            (6.5, 4.5, "먼저 화성행궁에 왔어요 정조대왕이 머물던 행궁이래요"),
            (11.5, 4.5, "입장료는 이천 원이고 오전 열한 시에 무예 공연도 해요"),
            (20.5, 4.5, "이제 수원 화성 성곽길을 따라 걷는 중인데 생각보다 길어요"),
            (25.5, 4.5, "여기가 방화수류정인데 앞에 연못이 있어서 사진 찍기 좋아요"),
            (31.0, 4.0, "다리 아프신 분들은 화성어차 타셔도 돼요"),
            (36.5, 4.5, "저녁은 통닭거리에서 옛날 통닭 한 마리 시켰어요"),
            (41.5, 4.5, "닭똥집 튀김도 서비스로 주셨어요 만 육천 원"),
            (47.0, 4.5, "행리단길 카페는 다음 영상에서 보여드릴게요"),
        ],
        "captions": [
            (0, 5, "수원역 도착", "outline"),
            (6, 18, "화성행궁", "yellow"),
            (12, 18, "입장료 2,000원"),
            (20, 34, "수원 화성 성곽길", "yellow"),
            (25, 34, "방화수류정", "small"),
            (36, 46, "통닭거리", "yellow"),
            (41, 46, "옛날통닭 16,000원"),
        ],
        "places": [
            {"name": "수원 화성", "aliases": ["수원화성", "화성", "Hwaseong Fortress", "Suwon Hwaseong"], "address": "경기 수원시 팔달구 정조로 910", "lat": 37.2871, "lng": 127.0117},
            {"name": "화성행궁", "aliases": ["Hwaseong Haenggung", "Hwaseong Haenggung Palace"], "address": "경기 수원시 팔달구 정조로 825", "lat": 37.2818, "lng": 127.0135},
            {"name": "방화수류정", "aliases": ["Banghwasuryujeong"], "address": "경기 수원시 팔달구 수원천로 392", "lat": 37.2878, "lng": 127.0188},
            {"name": "수원 통닭거리", "aliases": ["통닭거리", "수원통닭거리", "Suwon Chicken Street"], "address": "경기 수원시 팔달구 정조로800번길", "lat": 37.2795, "lng": 127.0163},
        ],
        "optional": ["수원", "수원역", "서울", "팔달문", "행리단길", "화성어차", "성곽길", "수원 화성 성곽길"],
    },
    {
        # foreign places written in Korean, native script in parentheses, Korean
        "id": "fUkUoKa06kr",
        "lang": "ko",
        "title": "후쿠오카 2박 3일 🇯🇵 라멘, 야타이, 다자이후까지 먹고 또 먹기",
        "channel": "먹으러 떠나요",
        "duration": 56,
        "description": (
            "후쿠오카 여행 브이로그 1편!\n"
            "공항에서 시내까지 지하철로 10분이라 너무 편해요.\n\n"
            "📍 다자이후 텐만구 (太宰府天満宮)\n"
            "📍 캐널시티 하카타 (キャナルシティ博多) - 1-2 Sumiyoshi, Hakata Ward, Fukuoka\n"
            "📍 나카스 야타이 거리 (中洲屋台)\n"
            "📍 잇푸도 다이묘 본점 (一風堂 大名本店)\n\n"
            "니시테츠 다자이후 산책 티켓 1,000엔 (전철 왕복 + 우메가에모치)\n"
            "환전: 트래블로그 카드 (광고 아님)\n"
            "#후쿠오카 #하카타 #일본여행"
        ),
        "chapters": [(0, "후쿠오카 도착"), (8, "잇푸도 라멘"), (20, "다자이후 텐만구"), (34, "캐널시티"), (44, "나카스 야타이")],
        "transcript": [
            (0.5, 4.5, "인천에서 한 시간 반 만에 후쿠오카 공항 도착했어요"),
            (8.5, 4.5, "첫 끼는 무조건 라멘이죠 잇푸도 다이묘 본점에 왔어요"),
            (13.5, 4.0, "시로마루 모토아지 하나랑 교자 시켰어요 구백 엔 정도"),
            (20.5, 4.5, "텐진에서 니시테츠 전철 타고 다자이후 텐만구 왔습니다"),
            (25.5, 4.5, "참배길에서 우메가에모치 먹었는데 갓 구워서 바삭해요"),
            (34.5, 4.5, "오후엔 캐널시티 하카타에서 쇼핑하고 분수쇼 봤어요"),
            (44.5, 4.5, "밤에는 나카스 강변 야타이에서 꼬치랑 맥주 한잔"),
            (50.0, 4.5, "내일은 유후인 편으로 돌아올게요 구독 좋아요 부탁해요"),
        ],
        "captions": [
            (0, 6, "후쿠오카 공항 도착 ✈", "outline"),
            (8, 18, "잇푸도 다이묘 본점 一風堂", "box"),
            (13, 18, "시로마루 모토아지 ¥890", "small"),
            (20, 32, "다자이후 텐만구 太宰府天満宮", "box"),
            (25, 32, "우메가에모치 ¥150", "small"),
            (34, 42, "캐널시티 하카타", "box"),
            (44, 54, "나카스 야타이 中洲屋台", "box"),
        ],
        "places": [
            {"name": "잇푸도 다이묘 본점", "aliases": ["잇푸도 본점", "잇푸도", "一風堂 大名本店", "一風堂", "Ippudo Daimyo Honten", "Ippudo"], "address": "1-13-14 Daimyo, Chuo Ward, Fukuoka", "lat": 33.5895, "lng": 130.3932},
            {"name": "다자이후 텐만구", "aliases": ["다자이후텐만구", "太宰府天満宮", "Dazaifu Tenmangu"], "address": "4-7-1 Saifu, Dazaifu, Fukuoka", "lat": 33.5215, "lng": 130.5349},
            {"name": "캐널시티 하카타", "aliases": ["캐널시티", "キャナルシティ博多", "Canal City Hakata"], "address": "1-2 Sumiyoshi, Hakata Ward, Fukuoka", "lat": 33.5898, "lng": 130.4108},
            {"name": "나카스 야타이 거리", "aliases": ["나카스 야타이", "中洲屋台", "Nakasu Yatai"], "address": "Nakasu, Hakata Ward, Fukuoka", "lat": 33.5925, "lng": 130.4048},
        ],
        "optional": ["후쿠오카", "후쿠오카 공항", "후쿠오카공항", "하카타", "텐진", "다이묘", "나카스", "다자이후", "인천", "유후인", "일본", "참배길"],
    },
    {
        # numbered English list with addresses, rolling auto-captions, English
        "id": "sInGaPoRe07",
        "lang": "en",
        "auto_captions": True,
        "title": "Singapore on a Budget 🇸🇬 Hawker Food, Gardens by the Bay & Haji Lane",
        "channel": "Two Backpacks",
        "duration": 58,
        "description": (
            "Our first 24 hours in Singapore and we spent under SGD 60 each!\n\n"
            "WHERE WE WENT\n"
            "1) Maxwell Food Centre - 1 Kadayanallur St, Singapore 069184\n"
            "2) Tian Tian Hainanese Chicken Rice - Stall #01-10/11, Maxwell Food Centre\n"
            "3) Haji Lane - Kampong Glam, Singapore\n"
            "4) Gardens by the Bay - 18 Marina Gardens Dr, Singapore 018953\n"
            "5) Marina Bay Sands - 10 Bayfront Ave, Singapore 018956\n\n"
            "We got around with the MRT and an EZ-Link card, and Grab at night.\n"
            "Gear: GoPro Hero 12, Rode Wireless Go II\n"
            "Use code BACKPACKS10 for 10% off our Lightroom presets"
        ),
        "chapters": [(0, "Arrival"), (6, "Maxwell Food Centre"), (22, "Haji Lane"), (34, "Gardens by the Bay"), (48, "Marina Bay Sands")],
        "transcript": [
            (0.5, 4.5, "we just landed at Changi and took the MRT straight into the city"),
            (6.5, 4.5, "first stop is Maxwell Food Centre one of the most famous hawker centres"),
            (11.5, 4.5, "we queued twenty minutes for Tian Tian Hainanese Chicken Rice"),
            (16.5, 4.5, "a plate is six dollars and honestly the rice alone is worth it"),
            (22.5, 4.5, "then we walked around Haji Lane with all the murals and little boutiques"),
            (28.0, 4.5, "grabbed a teh tarik for two dollars and kept walking"),
            (34.5, 4.5, "in the evening we went to Gardens by the Bay for the light show"),
            (40.0, 4.5, "the Supertree Grove show is free and runs at seven forty five"),
            (48.5, 4.5, "and we ended the night looking at Marina Bay Sands from across the water"),
            (53.5, 4.0, "subscribe for part two where we eat in Little India"),
        ],
        "captions": [
            (0, 6, "DAY 1 · SINGAPORE"),
            (6, 16, "Maxwell Food Centre", "yellow"),
            (12, 22, "Chicken Rice  SGD 6", "small"),
            (22, 32, "Haji Lane", "yellow"),
            (28, 32, "Teh Tarik  $2", "small"),
            (34, 46, "Gardens by the Bay", "yellow"),
            (48, 56, "Marina Bay Sands", "yellow"),
        ],
        "places": [
            {"name": "Maxwell Food Centre", "aliases": ["Maxwell Hawker Centre", "Maxwell", "맥스웰 푸드센터"], "address": "1 Kadayanallur St, Singapore 069184", "lat": 1.2803, "lng": 103.8447},
            {"name": "Tian Tian Hainanese Chicken Rice", "aliases": ["Tian Tian Chicken Rice", "Tian Tian", "티안티안"], "address": "1 Kadayanallur St, #01-10/11, Singapore 069184", "lat": 1.2804, "lng": 103.8446},
            {"name": "Haji Lane", "aliases": ["하지 레인"], "address": "Haji Ln, Kampong Glam, Singapore", "lat": 1.3007, "lng": 103.8589},
            {"name": "Gardens by the Bay", "aliases": ["가든스 바이 더 베이", "Supertree Grove"], "address": "18 Marina Gardens Dr, Singapore 018953", "lat": 1.2816, "lng": 103.8636},
            {"name": "Marina Bay Sands", "aliases": ["MBS", "마리나 베이 샌즈"], "address": "10 Bayfront Ave, Singapore 018956", "lat": 1.2834, "lng": 103.8607},
        ],
        "optional": ["Singapore", "Changi", "Changi Airport", "Kampong Glam", "Little India", "Marina Bay", "MRT", "Chinatown"],
    },
    {
        # chapters + places said in speech, one restaurant only in speech, English
        "id": "rOmEeAtS08x",
        "lang": "en",
        "title": "ROME IN ONE DAY 🇮🇹 Colosseum, Pantheon, the BEST carbonara & gelato",
        "channel": "Lena Eats the World",
        "duration": 56,
        "description": (
            "One very full day in Rome - walking about 22,000 steps!\n\n"
            "0:00 Good morning Rome\n0:06 Colosseum\n0:18 Roscioli\n0:30 Pantheon\n0:40 Trevi Fountain\n\n"
            "Tickets: the Colosseum + Roman Forum combo was 18 euros, book ahead.\n"
            "This video is sponsored by Airalo - get an eSIM before you fly.\n"
            "Music: Epidemic Sound\n"
            "#rome #italy #travelvlog #carbonara"
        ),
        "chapters": [(0, "Good morning Rome"), (6, "Colosseum"), (18, "Roscioli"), (30, "Pantheon"), (40, "Trevi Fountain")],
        "transcript": [
            (0.5, 4.5, "good morning from Rome we took the metro from Termini to start early"),
            (6.5, 4.5, "we are at the Colosseum before the crowds and it is just enormous"),
            (11.5, 4.5, "the ticket also covers the Roman Forum so we walked through there too"),
            (18.5, 4.5, "lunch is at Roscioli in the old town everybody says the carbonara here is the best"),
            (24.0, 4.5, "a plate was sixteen euros and I would pay double"),
            (30.5, 4.5, "the Pantheon is free on weekdays you just need to book a time slot"),
            (35.0, 4.0, "then a quick gelato stop at Giolitti pistachio and stracciatella"),
            (40.5, 4.5, "and finally the Trevi Fountain at sunset I threw my coin in"),
            (46.0, 4.5, "tomorrow we are heading to Trastevere so stay tuned"),
            (51.0, 4.0, "thanks again to Airalo for sponsoring this video"),
        ],
        "captions": [
            (0, 6, "ROME · DAY 1", "outline"),
            (6, 16, "Colosseum", "outline"),
            (12, 16, "€18 combo ticket", "small"),
            (18, 28, "Roscioli", "outline"),
            (24, 28, "Carbonara €16", "small"),
            (30, 38, "Pantheon", "outline"),
            (35, 40, "Giolitti 🍨", "small"),
            (40, 50, "Trevi Fountain", "outline"),
        ],
        "places": [
            {"name": "Colosseum", "aliases": ["Colosseo", "콜로세움", "Roman Colosseum"], "address": "Piazza del Colosseo, 1, 00184 Roma RM, Italy", "lat": 41.8902, "lng": 12.4922},
            {"name": "Roscioli", "aliases": ["Roscioli Salumeria con Cucina", "Salumeria Roscioli"], "address": "Via dei Giubbonari, 21, 00186 Roma RM, Italy", "lat": 41.8939, "lng": 12.4733},
            {"name": "Pantheon", "aliases": ["판테온", "Pantheon Rome"], "address": "Piazza della Rotonda, 00186 Roma RM, Italy", "lat": 41.8986, "lng": 12.4769},
            {"name": "Giolitti", "aliases": ["Gelateria Giolitti"], "address": "Via degli Uffici del Vicario, 40, 00186 Roma RM, Italy", "lat": 41.9010, "lng": 12.4778},
            {"name": "Trevi Fountain", "aliases": ["Fontana di Trevi", "트레비 분수"], "address": "Piazza di Trevi, 00187 Roma RM, Italy", "lat": 41.9009, "lng": 12.4833},
        ],
        "optional": ["Rome", "Roma", "Italy", "Termini", "Roma Termini", "Roman Forum", "Trastevere", "old town"],
    },
    {
        # foreign places in Korean with Vietnamese in parentheses, rolling auto-captions, Korean
        "id": "hAnOiTrIp09",
        "lang": "ko",
        "auto_captions": True,
        "title": "하노이 3박 4일 🇻🇳 분짜 먹고 기찻길 카페 가고 호수 산책까지",
        "channel": "혼자서도 잘 다녀요",
        "duration": 54,
        "description": (
            "혼자 떠난 하노이 여행 첫째 날!\n"
            "그랩 바이크로 이동했고 하루 교통비 5만 동 정도 나왔어요.\n\n"
            "장소 정리\n"
            "- 분짜 흐엉리엔 (Bún chả Hương Liên) / 24 Lê Văn Hưu, Hai Bà Trưng, Hà Nội\n"
            "- 문묘 (Văn Miếu - Quốc Tử Giám) / 58 Quốc Tử Giám, Đống Đa, Hà Nội\n"
            "- 하노이 기찻길 (Train Street)\n"
            "- 호안끼엠 호수 (Hồ Hoàn Kiếm)\n\n"
            "유심: 비엣텔 7일 무제한\n"
            "#하노이 #베트남여행 #혼행"
        ),
        "chapters": [(0, "노이바이 공항 → 시내"), (6, "분짜 흐엉리엔"), (18, "문묘"), (30, "기찻길 마을"), (42, "호안끼엠 호수")],
        "transcript": [
            (0.5, 4.5, "노이바이 공항에서 그랩 타고 구시가지 호텔까지 사십 분 걸렸어요"),
            (6.5, 4.5, "점심은 오바마 분짜로 유명한 분짜 흐엉리엔에 왔어요"),
            (11.5, 4.5, "분짜에 넴 추가해서 십만 동 정도 나왔어요 한국 돈으로 오천 원"),
            (18.5, 4.5, "그다음 베트남 최초의 대학이라는 문묘에 갔어요 입장료 칠만 동"),
            (24.0, 4.0, "정원이 조용하고 졸업 사진 찍는 학생들이 많았어요"),
            (30.5, 4.5, "기찻길 마을에서 에그 커피 마시면서 기차 지나가는 거 기다렸어요"),
            (36.0, 4.0, "기차가 진짜 코앞으로 지나가요 너무 신기해요"),
            (42.5, 4.5, "해 질 녘에 호안끼엠 호수 한 바퀴 산책하고 마무리했어요"),
            (48.0, 4.5, "내일은 하롱베이 투어 갑니다 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "하노이 DAY 1"),
            (6, 16, "분짜 흐엉리엔", "outline"),
            (12, 16, "분짜 + 넴 100,000동"),
            (18, 28, "문묘 Văn Miếu", "outline"),
            (30, 40, "기찻길 마을 · 에그커피", "outline"),
            (42, 50, "호안끼엠 호수", "outline"),
        ],
        "places": [
            {"name": "분짜 흐엉리엔", "aliases": ["분짜흐엉리엔", "Bún chả Hương Liên", "Bun Cha Huong Lien", "오바마 분짜"], "address": "24 Lê Văn Hưu, Hai Bà Trưng, Hà Nội", "lat": 21.0180, "lng": 105.8538},
            {"name": "문묘", "aliases": ["Văn Miếu", "Văn Miếu - Quốc Tử Giám", "Van Mieu", "Temple of Literature", "문묘 국자감"], "address": "58 Quốc Tử Giám, Đống Đa, Hà Nội", "lat": 21.0277, "lng": 105.8355},
            {"name": "하노이 기찻길", "aliases": ["기찻길 마을", "하노이 기찻길 마을", "기찻길", "Train Street", "Hanoi Train Street"], "address": "Trần Phú, Hoàn Kiếm, Hà Nội", "lat": 21.0266, "lng": 105.8443},
            {"name": "호안끼엠 호수", "aliases": ["호안끼엠호수", "호안끼엠", "Hồ Hoàn Kiếm", "Hoan Kiem Lake"], "address": "Hoàn Kiếm, Hà Nội", "lat": 21.0287, "lng": 105.8524},
        ],
        "optional": ["하노이", "베트남", "노이바이 공항", "노이바이", "구시가지", "하롱베이", "Hà Nội", "Hanoi", "한국"],
    },
    {
        # no places at all: meal prep + home workout, food words that contain place names
        "id": "mEaLpReP10z",
        "lang": "ko",
        "title": "다이어트 도시락 5일치 밀프렙 🥗 닭가슴살 3가지 맛 + 홈트 20분",
        "channel": "핏소연 FITSOYEON",
        "duration": 46,
        "description": (
            "일주일 점심 도시락 한 번에 만들기!\n"
            "장보기 총 38,500원 (쿠팡 로켓프레시)\n\n"
            "재료: 닭가슴살 1kg, 현미밥, 브로콜리, 방울토마토, 고구마\n"
            "소스: 춘천 닭갈비 양념, 스리라차, 제주 한라봉 드레싱\n\n"
            "00:00 장본 것\n00:10 닭가슴살 손질\n00:22 도시락 담기\n00:34 홈트 20분\n\n"
            "단백질 쉐이크: 마이프로틴 임팩트 웨이 (코드 SOYEON 할인)\n"
            "#밀프렙 #다이어트도시락 #홈트 #식단"
        ),
        "chapters": [(0, "장본 것"), (10, "닭가슴살 손질"), (22, "도시락 담기"), (34, "홈트 20분")],
        "transcript": [
            (0.5, 4.5, "안녕하세요 소연입니다 오늘은 일주일 도시락 한 번에 만들어 볼게요"),
            (5.5, 4.0, "장보기는 전부 합쳐서 삼만 팔천 오백 원 나왔어요"),
            (10.5, 4.5, "닭가슴살은 우유에 이십 분 재워두면 잡내가 없어져요"),
            (15.5, 4.5, "첫 번째 맛은 춘천 닭갈비 양념 두 번째는 스리라차 마지막은 허브 솔트"),
            (22.5, 4.5, "현미밥 150그램에 브로콜리랑 방울토마토 넣고 한라봉 드레싱 뿌려요"),
            (28.0, 4.0, "냉장고에 넣으면 사흘 냉동하면 이 주까지 괜찮아요"),
            (34.5, 4.5, "이제 스쿼트 런지 버피로 이십 분 홈트 할게요"),
            (40.0, 4.5, "같이 하실 분들은 댓글로 인증해주세요 안녕"),
        ],
        "captions": [
            (0, 8, "장보기 38,500원"),
            (10, 20, "닭가슴살 1kg", "yellow"),
            (15, 20, "춘천 닭갈비 양념 / 스리라차 / 허브솔트", "small"),
            (22, 32, "1끼 420kcal", "yellow"),
            (34, 44, "스쿼트 · 런지 · 버피 20분", "box"),
        ],
        "places": [],
        "optional": [],
    },
]

for _c in CASES:
    assert len(_c["id"]) == 11, _c["id"]
    assert 30 <= _c["duration"] <= 60, _c["id"]
