"""Tenth holdout evaluation cases (blind): ten Korean and English travel/food
vlog bundles with ground truth, covering domestic Korean trips, Korean vlogs
abroad, an English vlog abroad and two videos with no places at all.

Written without reading the extraction code, its tests or the other holdouts'
cases. Do not tune on it. Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    {
        "id": "kAngNeung4Z",
        "lang": "ko",
        "title": "강릉 1박 2일 🌊 커피 성지 테라로사부터 짬뽕순두부, 중앙시장 닭강정까지",
        "channel": "오늘도 떠나는 수아",
        "duration": 58,
        "description": (
            "서울역에서 KTX 타고 강릉 다녀왔어요 🚄\n"
            "1박 2일 동안 간 곳 정리해둘게요!\n\n"
            "📍 테라로사 커피공장 강릉본점\n"
            "강원 강릉시 구정면 현천길 7\n"
            "📍 동화가든 (짬뽕순두부)\n"
            "강원 강릉시 초당순두부길77번길 15\n"
            "📍 경포해변\n"
            "강원 강릉시 창해로 514\n"
            "📍 강릉중앙시장\n"
            "강원 강릉시 금성로 21\n\n"
            "🚄 서울역 → 강릉역 KTX 편도 27,600원\n"
            "🏨 숙소는 경포 근처 에어비앤비 (링크 X)\n\n"
            "📷 캐논 G7X Mark III / 아이폰 15 Pro\n"
            "🎵 Music by Epidemic Sound\n\n"
            "비즈니스 문의 📩 sua.travels@example.com\n"
            "구독 좋아요 알림설정 부탁드려요 💙\n"
            "#강릉여행 #강릉카페 #초당순두부 #경포해변 #1박2일"
        ),
        "chapters": [(0, "서울역 출발"), (8, "테라로사"), (20, "초당 짬뽕순두부"), (32, "경포해변 산책"),
                     (44, "중앙시장 야식"), (54, "숙소 & 마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 수아예요 지금 서울역에서 KTX 타고 강릉 가는 중이에요"),
            (4.8, 3.0, "두 시간 정도 걸려요"),
            (8.5, 4.0, "강릉역에서 택시 타고 테라로사 커피공장에 왔어요"),
            (13.0, 4.0, "건물이 진짜 크고 원두 향이 가득해요 핸드드립 하나랑 스콘 시켰어요"),
            (20.5, 4.0, "점심은 초당순두부 마을에 있는 동화가든이에요"),
            (25.0, 4.5, "짬뽕순두부 만이천 원인데 웨이팅 사십 분 했어요 그래도 맛있어요"),
            (32.5, 4.0, "배부르니까 경포해변 걸으면서 소화 좀 시킬게요"),
            (37.0, 4.0, "바람이 엄청 불어요 바다색 진짜 예쁘죠"),
            (44.5, 4.0, "저녁엔 강릉중앙시장 와서 닭강정이랑 감자전 포장했어요"),
            (49.0, 4.0, "숙소 가서 먹을 거예요"),
            (54.5, 3.0, "내일 영상도 기대해 주세요 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 6, "서울역 → 강릉역 🚄", "outline"),
            (8, 18, "테라로사 커피공장", "outline"),
            (14, 20, "핸드드립 8,000원", "yellow"),
            (20, 30, "동화가든 짬뽕순두부", "outline"),
            (26, 30, "웨이팅 40분...", "small"),
            (32, 42, "경포해변", "outline"),
            (44, 52, "강릉중앙시장", "outline"),
            (48, 52, "닭강정 (중) 18,000원", "yellow"),
        ],
        "places": [
            {"name": "테라로사 커피공장 강릉본점", "aliases": ["테라로사 커피공장", "테라로사", "Terarosa Coffee Factory"], "address": "강원 강릉시 구정면 현천길 7", "lat": 37.7053, "lng": 128.8659},
            {"name": "동화가든", "aliases": ["동화가든 짬뽕순두부", "Donghwa Garden"], "address": "강원 강릉시 초당순두부길77번길 15", "lat": 37.7907, "lng": 128.9145},
            {"name": "경포해변", "aliases": ["경포해수욕장", "경포대해수욕장", "Gyeongpo Beach"], "address": "강원 강릉시 창해로 514", "lat": 37.8055, "lng": 128.9083},
            {"name": "강릉중앙시장", "aliases": ["강릉 중앙시장", "중앙시장", "Gangneung Jungang Market"], "address": "강원 강릉시 금성로 21", "lat": 37.7545, "lng": 128.8990},
        ],
        "optional": ["강릉", "서울역", "강릉역", "초당순두부 마을", "초당순두부마을", "초당", "경포"],
    },
    {
        "id": "eUlJiRo7mQ2",
        "lang": "ko",
        "auto_captions": True,
        "title": "을지로 노포 투어 | 평양냉면 → 레트로 카페 → 노가리 골목 (퇴근 후 코스)",
        "channel": "퇴근하고 한 잔",
        "duration": 54,
        "description": (
            "퇴근하고 을지로 한 바퀴 🍻\n\n"
            "[오늘의 코스]\n"
            "1. 우래옥 - 평양냉면 (물냉면 16,000원)\n"
            "2. 커피한약방 - 핸드드립, 수제 디저트\n"
            "3. 만선호프 - 노가리 + 생맥주\n\n"
            "🚇 2호선 을지로3가역 / 2·5호선 을지로4가역 도보 5분\n\n"
            "00:00 퇴근길\n00:06 우래옥\n00:20 커피한약방\n00:34 만선호프\n00:48 아웃트로\n\n"
            "함께한 친구: 대현 (@daehyun_eats)\n"
            "#을지로 #힙지로 #평양냉면 #노가리골목"
        ),
        "chapters": [(0, "퇴근길"), (6, "우래옥"), (20, "커피한약방"), (34, "만선호프"), (48, "아웃트로")],
        "transcript": [
            (0.5, 4.0, "자 퇴근했습니다 오늘은 을지로 삼가역에서 내렸어요"),
            (6.5, 4.0, "첫 번째는 우래옥 평양냉면 먹으러 왔어요"),
            (11.0, 4.0, "육수가 슴슴한데 계속 들어가요 불고기도 하나 시켰습니다"),
            (20.5, 4.0, "골목 안쪽에 있는 커피 한약방 왔는데 분위기가 완전 옛날 다방이에요"),
            (25.0, 4.0, "이층으로 올라가면 자리가 더 있어요"),
            (34.5, 4.0, "마지막은 노가리 골목 만선호프 사람 진짜 많네요"),
            (39.0, 4.0, "노가리 한 마리에 천 원대 생맥주 오천 원"),
            (48.5, 4.0, "오늘 코스 어떠셨나요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "퇴근 후 을지로 🚇", "outline"),
            (6, 16, "우래옥 물냉면 16,000원", "box"),
            (20, 30, "커피한약방", "small"),
            (34, 44, "만선호프 🍺", "small"),
            (39, 44, "생맥주 5,000원", "box"),
        ],
        "places": [
            {"name": "우래옥", "aliases": ["우래옥 본점", "Wooraeok"], "address": "서울 중구 창경궁로 62-29", "lat": 37.5682, "lng": 126.9987},
            {"name": "커피한약방", "aliases": ["커피 한약방", "Coffee Hanyakbang"], "address": "서울 중구 삼일대로12길 16-6", "lat": 37.5662, "lng": 126.9888},
            {"name": "만선호프", "aliases": ["만선 호프", "Manseon Hof"], "address": "서울 중구 을지로13길 19", "lat": 37.5660, "lng": 126.9916},
        ],
        "optional": ["을지로", "힙지로", "을지로3가역", "을지로3가", "을지로 삼가역", "을지로4가역", "노가리 골목",
                     "노가리골목", "을지로 노가리골목", "2호선", "5호선"],
    },
    {
        "id": "gYeOngJu9Tb",
        "scene": "busy",
        "lang": "ko",
        "title": "경주 뚜벅이 하루 코스 🚶‍♀️ 자막에 장소 다 있어요",
        "channel": "하루한컷 여행",
        "duration": 50,
        "description": (
            "혼자 떠난 경주 당일치기!\n"
            "장소 정보는 영상 속 자막 참고해 주세요 🙂\n\n"
            "신경주역에서 시내버스로 약 30분\n"
            "뚜벅이 총 경비 52,300원\n\n"
            "#경주여행 #뚜벅이여행 #황리단길 #경주야경"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "신경주역 도착 생각보다 시내랑 멀어요"),
            (6.5, 4.0, "여기 고분들 사이로 걷는 길이 너무 예뻐요"),
            (11.0, 4.0, "안에 들어가면 천마총도 볼 수 있어요"),
            (18.5, 4.0, "조금만 걸어가면 바로 보여요 생각보다 작아요"),
            (26.5, 4.0, "출출해서 빵 사러 왔어요 따끈따끈해요"),
            (31.0, 4.0, "골목에서 십원빵도 하나 샀어요 치즈가 쭉 늘어나요"),
            (38.5, 4.0, "해 지고 야경 보러 왔는데 연못에 비친 게 진짜 예술이에요"),
            (45.0, 4.0, "오늘 하루 알차게 보냈다 다음에 또 올게요"),
        ],
        "captions": [
            (0, 6, "신경주역 도착", "small"),
            (6, 16, "📍 대릉원", "yellow"),
            (11, 16, "천마총 입장료 무료", "box"),
            (18, 26, "📍 첨성대", "yellow"),
            (26, 32, "📍 황남빵 본점", "yellow"),
            (28, 32, "20개입 24,000원", "box"),
            (32, 38, "황리단길 산책", "small"),
            (32, 38, "십원빵 3,500원", "box"),
            (38, 46, "📍 동궁과 월지", "yellow"),
            (40, 46, "야경 명소 ✨ 18:00~22:00", "small"),
            (46, 50, "오늘도 수고했어 🙂", "outline"),
        ],
        "places": [
            {"name": "대릉원", "aliases": ["대릉원 고분군", "Daereungwon"], "address": "경북 경주시 황남동 31-1", "lat": 35.8382, "lng": 129.2118},
            {"name": "첨성대", "aliases": ["Cheomseongdae"], "address": "경북 경주시 인왕동 839-1", "lat": 35.8347, "lng": 129.2190},
            {"name": "황남빵 본점", "aliases": ["황남빵", "Hwangnam Bread"], "address": "경북 경주시 태종로 783", "lat": 35.8383, "lng": 129.2102},
            {"name": "동궁과 월지", "aliases": ["동궁과월지", "안압지", "Donggung Palace and Wolji Pond"], "address": "경북 경주시 원화로 102", "lat": 35.8348, "lng": 129.2266},
        ],
        "optional": ["경주", "신경주역", "천마총", "황리단길"],
    },
    {
        "id": "jEoNjU3kAlg",
        "lang": "ko",
        "title": "엄마랑 전주 여행 👩‍👧 한복 입고 데이트 (feat. 칼국수 웨이팅)",
        "channel": "지은이네 일상",
        "duration": 48,
        "description": (
            "엄마 생신 기념으로 다녀온 전주 ❤️\n"
            "한복 대여 2인 30,000원 / 2시간\n\n"
            "00:00 인트로\n00:06 점심 먹방\n00:20 한복 입고 산책\n00:40 엄마 인터뷰\n\n"
            "📸 DJI Pocket 3\n"
            "#전주 #전주한옥마을 #모녀여행 #한복"
        ),
        "chapters": [(0, "인트로"), (6, "점심 먹방"), (20, "한복 입고 산책"), (40, "엄마 인터뷰")],
        "transcript": [
            (0.5, 4.0, "엄마랑 둘이 전주에 왔어요 용산역에서 KTX 타고 한 시간 반 넘게 걸렸어요"),
            (6.5, 4.0, "점심은 엄마가 꼭 가보고 싶다던 베테랑 칼국수"),
            (11.0, 4.0, "들깨 듬뿍 들어간 칼국수랑 쫄면 만두 시켰어요 칼국수 구천 원"),
            (20.5, 4.0, "한복으로 갈아입고 경기전부터 들어왔어요 대나무 숲이 너무 예뻐요"),
            (26.0, 4.0, "태조 어진도 봤어요 엄마가 설명 다 읽으심"),
            (31.0, 4.0, "길 건너서 전동성당 앞에서 사진 백 장 찍었어요"),
            (40.5, 4.0, "엄마 오늘 어땠어 딸이랑 오니까 너무 좋지"),
            (45.0, 2.5, "다음엔 아빠도 같이 와요"),
        ],
        "captions": [
            (0, 6, "엄마랑 전주 데이트 💕", "outline"),
            (10, 16, "칼국수 9,000원 · 쫄면 · 만두", "yellow"),
            (20, 30, "한복 대여 2시간", "small"),
            (40, 48, "엄마 인터뷰 🎤", "outline"),
        ],
        "places": [
            {"name": "베테랑 칼국수", "aliases": ["베테랑칼국수", "베테랑", "Veteran Kalguksu"], "address": "전북 전주시 완산구 경기전길 135", "lat": 35.8187, "lng": 127.1529},
            {"name": "경기전", "aliases": ["Gyeonggijeon"], "address": "전북 전주시 완산구 태조로 44", "lat": 35.8152, "lng": 127.1497},
            {"name": "전동성당", "aliases": ["전주 전동성당", "Jeondong Cathedral"], "address": "전북 전주시 완산구 태조로 51", "lat": 35.8133, "lng": 127.1492},
        ],
        "optional": ["전주", "전주한옥마을", "한옥마을", "용산역", "대나무 숲"],
    },
    {
        "id": "tAiPeI5xNt8",
        "lang": "ko",
        "auto_captions": True,
        "title": "대만 타이베이 2박 3일 🇹🇼 딘타이펑 본점 & 스린야시장 먹방 여행",
        "channel": "먹으러 떠나요 Eat&Go",
        "duration": 62,
        "description": (
            "타이베이 먹방 여행 총정리 🥟\n\n"
            "1. 딘타이펑 신의본점 (鼎泰豐 信義店) - 台北市大安區信義路二段277號\n"
            "2. 중정기념당 (中正紀念堂) - 台北市中正區中山南路21號\n"
            "3. 타이베이 101 (台北101) - 台北市信義區信義路五段7號\n"
            "4. 스린 야시장 (士林夜市) - 台北市士林區基河路101號\n\n"
            "✈️ 인천 → 타오위안 공항 2시간 30분\n"
            "💳 환율 1 TWD ≈ 43원 / 이지카드 충전 NT$500\n"
            "📶 유심 할인코드 EATGO10 (10% 할인)\n\n"
            "00:00 타오위안 공항\n00:08 딘타이펑\n00:22 중정기념당\n00:34 타이베이 101 전망대\n00:46 스린야시장\n\n"
            "#대만여행 #타이베이 #딘타이펑 #야시장"
        ),
        "chapters": [(0, "타오위안 공항"), (8, "딘타이펑"), (22, "중정기념당"), (34, "타이베이 101 전망대"),
                     (46, "스린야시장")],
        "transcript": [
            (0.5, 4.0, "드디어 대만 도착 타오위안 공항에서 공항철도 타고 시내로 갑니다"),
            (8.5, 4.0, "첫 끼는 무조건 딘타이펑 본점이죠 번호표 받고 삼십 분 기다렸어요"),
            (13.0, 4.5, "샤오롱바오 열 개에 이백오십 대만 달러 육즙이 장난 아니에요"),
            (22.5, 4.0, "중정기념당 왔는데 마침 근위병 교대식 하고 있어요"),
            (27.0, 4.0, "광장이 진짜 넓어요 MRT 중정기념당역 바로 앞이에요"),
            (34.5, 4.0, "타이베이 일공일 전망대 올라왔어요 엘리베이터가 삼십칠 초 만에 올라가요"),
            (39.0, 4.0, "야경 보니까 여행 온 실감 나네요"),
            (46.5, 4.0, "마지막은 스린 야시장 지파이랑 버블티 먹으러 왔어요"),
            (51.0, 4.0, "지엔탄역에서 내리면 바로예요 사람 엄청 많아요"),
            (56.5, 4.0, "내일은 지우펀 갈 거예요 구독하고 기다려 주세요"),
        ],
        "captions": [
            (8, 13, "鼎泰豐 딘타이펑", "outline"),
            (13, 20, "샤오롱바오 10개 NT$250", "yellow"),
            (34, 44, "TAIPEI 101 · 89F", "small"),
            (46, 56, "士林夜市", "outline"),
            (50, 56, "지파이 NT$100", "yellow"),
        ],
        "places": [
            {"name": "딘타이펑 신의본점", "aliases": ["鼎泰豐 信義店", "鼎泰豐", "딘타이펑 본점", "딘타이펑", "Din Tai Fung Xinyi"], "address": "台北市大安區信義路二段277號", "lat": 25.0334, "lng": 121.5298},
            {"name": "중정기념당", "aliases": ["中正紀念堂", "Chiang Kai-shek Memorial Hall", "장제스 기념관"], "address": "台北市中正區中山南路21號", "lat": 25.0346, "lng": 121.5218},
            {"name": "타이베이 101", "aliases": ["台北101", "Taipei 101", "타이베이101", "타이베이 일공일"], "address": "台北市信義區信義路五段7號", "lat": 25.0340, "lng": 121.5645},
            {"name": "스린 야시장", "aliases": ["士林夜市", "스린야시장", "Shilin Night Market"], "address": "台北市士林區基河路101號", "lat": 25.0880, "lng": 121.5240},
        ],
        "optional": ["대만", "타이베이", "타오위안 공항", "타오위안", "인천", "공항철도", "MRT", "중정기념당역",
                     "지엔탄역", "지우펀"],
    },
    {
        "id": "dAnAnG2bUsY",
        "scene": "busy",
        "lang": "ko",
        "title": "다낭 3박 5일 브이로그 🇻🇳 (장소는 자막으로!)",
        "channel": "여름이네 여행일기",
        "duration": 52,
        "description": (
            "다낭 가족여행 2일차 🌴\n"
            "장소는 영상 자막에 적어뒀어요!\n\n"
            "💸 그랩 1회 40,000~70,000동\n"
            "💱 환전: 공항보다 시내 금은방이 환율 좋아요\n"
            "🩴 준비물: 선크림, 모자, 아쿠아슈즈\n\n"
            "#다낭 #다낭여행 #베트남 #가족여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "아침 바다 너무 예쁘죠 물 온도 딱 좋아요"),
            (6.0, 4.0, "아이들은 벌써 모래놀이 시작했어요"),
            (12.5, 4.0, "그랩 타고 이십 분 정도 와서 동굴 안으로 들어가요 계단이 꽤 많아요"),
            (18.0, 4.0, "위에서 보니까 바다랑 시내가 다 보여요"),
            (24.5, 4.0, "점심은 반미 하나씩 먹고 분홍색 성당 보러 왔어요"),
            (30.0, 4.0, "사진 찍는 사람 진짜 많아요 미사 시간엔 못 들어가요"),
            (36.5, 4.0, "바로 앞 시장에서 망고랑 라탄백 샀어요 흥정 필수"),
            (42.5, 4.0, "밤에는 강가 다리에서 불 쇼 보고 들어갈 거예요"),
            (47.0, 4.0, "오늘도 시청해 주셔서 감사합니다"),
        ],
        "captions": [
            (0, 10, "📍 미케비치 My Khe Beach", "box"),
            (12, 22, "📍 마블마운틴 Ngũ Hành Sơn", "box"),
            (16, 22, "입장료 40,000동", "small"),
            (24, 28, "반미 25,000동", "small"),
            (26, 34, "📍 핑크성당 (다낭 대성당)", "box"),
            (36, 44, "📍 한시장 Chợ Hàn", "box"),
            (38, 44, "망고 1kg 50,000동", "small"),
            (44, 48, "용다리 불쇼 토·일 21:00", "small"),
            (48, 52, "구독 & 좋아요 🙏", "outline"),
        ],
        "places": [
            {"name": "미케비치", "aliases": ["미케 비치", "미케해변", "My Khe Beach", "Bãi biển Mỹ Khê"], "address": "Võ Nguyên Giáp, Phước Mỹ, Sơn Trà, Đà Nẵng", "lat": 16.0610, "lng": 108.2475},
            {"name": "마블마운틴", "aliases": ["마블 마운틴", "오행산", "Ngũ Hành Sơn", "Marble Mountains"], "address": "81 Huyền Trân Công Chúa, Hòa Hải, Ngũ Hành Sơn, Đà Nẵng", "lat": 16.0036, "lng": 108.2628},
            {"name": "다낭 대성당", "aliases": ["핑크성당", "Da Nang Cathedral", "Nhà thờ Chính tòa Đà Nẵng", "Nhà thờ Con Gà"], "address": "156 Trần Phú, Hải Châu, Đà Nẵng", "lat": 16.0668, "lng": 108.2233},
            {"name": "한시장", "aliases": ["한 시장", "Chợ Hàn", "Han Market"], "address": "119 Trần Phú, Hải Châu, Đà Nẵng", "lat": 16.0682, "lng": 108.2243},
        ],
        "optional": ["다낭", "베트남", "용다리", "Dragon Bridge", "Cầu Rồng"],
    },
    {
        "id": "fUkUoKa6Hyt",
        "lang": "ko",
        "title": "후쿠오카 2박 3일 🇯🇵 라멘 먹고 다자이후 가고 | 첫 일본 여행 브이로그",
        "channel": "여행하는 하루 HARU",
        "duration": 60,
        "description": (
            "첫 해외여행 후쿠오카! 비행기로 1시간이면 도착해요 ✈️\n\n"
            "[방문한 곳]\n"
            "이치란 본사총본점 (一蘭 本社総本店) | 福岡県福岡市博多区中洲5-3-2\n"
            "캐널시티 하카타 (キャナルシティ博多) | 福岡県福岡市博多区住吉1-2\n"
            "오호리 공원 (大濠公園) | 福岡県福岡市中央区大濠公園1-2\n"
            "다자이후 텐만구 (太宰府天満宮) | 福岡県太宰府市宰府4-7-1\n\n"
            "🚃 텐진 → 니시테츠 다자이후역 (후쓰카이치 환승) 편도 ¥420\n"
            "🍜 라멘 ¥980 / 우메가에모치 ¥150\n"
            "🎒 캐리어: 산리오 콜라보 (협찬X) / 카메라: 소니 ZV-E1\n\n"
            "00:00 후쿠오카 공항 도착\n00:08 이치란 본점\n00:22 캐널시티 분수쇼\n00:34 오호리 공원 산책\n"
            "00:46 다자이후 텐만구\n\n"
            "📧 haru.trip@example.com\n"
            "#후쿠오카 #후쿠오카여행 #이치란 #다자이후"
        ),
        "chapters": [(0, "후쿠오카 공항 도착"), (8, "이치란 본점"), (22, "캐널시티 분수쇼"), (34, "오호리 공원 산책"),
                     (46, "다자이후 텐만구")],
        "transcript": [
            (0.5, 4.0, "후쿠오카 공항 도착 비행기 한 시간 십오 분 진짜 가까워요"),
            (4.8, 3.0, "지하철 타고 나카스카와바타역으로 가요"),
            (8.5, 4.0, "이치란 본점 왔어요 독서실처럼 칸막이 되어 있는 자리예요"),
            (13.0, 4.0, "면은 카타메 국물 진하게 하고 반숙 달걀 추가했어요"),
            (22.5, 4.0, "캐널시티 하카타 분수쇼 매 시간 정각에 한대요"),
            (27.0, 4.0, "쇼핑하다가 지갑 털렸어요"),
            (34.5, 4.0, "오호리 공원 한 바퀴 돌았어요 호수 둘레가 이 킬로래요"),
            (39.0, 4.0, "오리배 타는 사람들도 있어요 날씨 최고"),
            (46.5, 4.0, "다자이후 텐만구 학문의 신을 모신 곳이래요"),
            (51.0, 4.0, "참배길에서 우메가에모치 따끈할 때 먹었어요"),
            (55.5, 4.0, "내일은 유후인 당일치기 갑니다 구독 부탁드려요"),
        ],
        "captions": [
            (0, 6, "FUKUOKA DAY 1 ✈", "outline"),
            (8, 18, "一蘭 本社総本店", "small"),
            (13, 20, "라멘 ¥980 + 반숙란 ¥140", "yellow"),
            (22, 30, "분수쇼 매시 정각 ⛲", "small"),
            (46, 56, "太宰府天満宮", "outline"),
            (51, 56, "우메가에모치 ¥150", "yellow"),
        ],
        "places": [
            {"name": "이치란 본사총본점", "aliases": ["一蘭 本社総本店", "이치란 본점", "이치란", "Ichiran Main Store"], "address": "福岡県福岡市博多区中洲5-3-2", "lat": 33.5936, "lng": 130.4062},
            {"name": "캐널시티 하카타", "aliases": ["キャナルシティ博多", "캐널시티", "Canal City Hakata"], "address": "福岡県福岡市博多区住吉1-2", "lat": 33.5898, "lng": 130.4111},
            {"name": "오호리 공원", "aliases": ["大濠公園", "오호리공원", "Ohori Park"], "address": "福岡県福岡市中央区大濠公園1-2", "lat": 33.5860, "lng": 130.3763},
            {"name": "다자이후 텐만구", "aliases": ["太宰府天満宮", "다자이후텐만구", "Dazaifu Tenmangu"], "address": "福岡県太宰府市宰府4-7-1", "lat": 33.5215, "lng": 130.5349},
        ],
        "optional": ["후쿠오카", "일본", "후쿠오카 공항", "나카스카와바타역", "텐진", "니시테츠 다자이후역", "다자이후역",
                     "후쓰카이치", "다자이후", "하카타", "유후인"],
    },
    {
        "id": "LiSbOn8eAtS",
        "lang": "en",
        "auto_captions": True,
        "title": "What to Eat in Lisbon 🇵🇹 Best Pastéis de Nata, Seafood & Viewpoints (48 Hours)",
        "channel": "Two Forks Abroad",
        "duration": 64,
        "description": (
            "48 hours eating our way around Lisbon! Here's everywhere we went 👇\n\n"
            "WHERE WE ATE & WENT\n"
            "- Time Out Market Lisboa (Av. 24 de Julho 49, 1200-479 Lisboa)\n"
            "- Pastéis de Belém (R. de Belém 84-92, 1300-085 Lisboa)\n"
            "- Miradouro da Senhora do Monte (Largo Monte, 1170-107 Lisboa)\n"
            "- Cervejaria Ramiro (Av. Almirante Reis 1 H, 1150-007 Lisboa)\n\n"
            "Getting around: Viva Viagem card, €1.85 per metro ride, Tram 28 from Martim Moniz\n"
            "Our eSIM: use code FORKS15 for 15% off\n\n"
            "GEAR\nSony ZV-E10 II | Rode Wireless GO II | DJI Mini 4 Pro\n\n"
            "0:00 Landing in Lisbon\n0:08 Time Out Market\n0:20 Pastéis de Belém\n"
            "0:34 Tram 28 & the viewpoint\n0:48 Cervejaria Ramiro\n0:58 Bye!\n\n"
            "Business: twoforksabroad@example.com\n"
            "#lisbon #portugal #foodtravel"
        ),
        "chapters": [(0, "Landing in Lisbon"), (8, "Time Out Market"), (20, "Pastéis de Belém"),
                     (34, "Tram 28 & the viewpoint"), (48, "Cervejaria Ramiro"), (58, "Bye!")],
        "transcript": [
            (0.5, 4.0, "hey guys we just landed in lisbon and we are starving so let's go eat"),
            (8.5, 4.0, "first stop is the time out market down by cais do sodre"),
            (13.0, 4.0, "we got the suckling pig sandwich and a glass of vinho verde for like twelve euros"),
            (20.5, 4.0, "now we're out in belem at pasteis de belem the original custard tarts"),
            (25.0, 4.5, "the line looks long but it moves fast get them warm with cinnamon and sugar"),
            (29.8, 3.5, "one fifty each honestly we could eat ten"),
            (34.5, 4.0, "we took the twenty eight tram up through alfama and walked to the miradouro da senhora do monte"),
            (39.0, 4.0, "this is the highest viewpoint in the city and the sunset is unreal"),
            (48.5, 4.0, "dinner at cervejaria ramiro garlic prawns clams and the steak sandwich for dessert"),
            (53.0, 4.0, "yes the prego is dessert here that's the rule"),
            (58.5, 4.0, "thanks for watching subscribe and we'll see you in porto next week"),
        ],
        "captions": [
            (0, 6, "48H IN LISBON", "outline"),
            (8, 18, "TIME OUT MARKET", "outline"),
            (13, 18, "Suckling pig sandwich €8.50", "yellow"),
            (20, 30, "PASTÉIS DE BELÉM", "outline"),
            (26, 32, "€1.50 each", "yellow"),
            (48, 56, "Cervejaria Ramiro 🦐", "outline"),
        ],
        "places": [
            {"name": "Time Out Market Lisboa", "aliases": ["Time Out Market", "Mercado da Ribeira"], "address": "Av. 24 de Julho 49, 1200-479 Lisboa, Portugal", "lat": 38.7069, "lng": -9.1458},
            {"name": "Pastéis de Belém", "aliases": ["Pasteis de Belem", "Antiga Confeitaria de Belém"], "address": "R. de Belém 84-92, 1300-085 Lisboa, Portugal", "lat": 38.6975, "lng": -9.2032},
            {"name": "Miradouro da Senhora do Monte", "aliases": ["Miradouro Senhora do Monte", "Senhora do Monte"], "address": "Largo Monte, 1170-107 Lisboa, Portugal", "lat": 38.7193, "lng": -9.1326},
            {"name": "Cervejaria Ramiro", "aliases": ["Ramiro"], "address": "Av. Almirante Reis 1 H, 1150-007 Lisboa, Portugal", "lat": 38.7206, "lng": -9.1357},
        ],
        "optional": ["Lisbon", "Lisboa", "Portugal", "Belém", "Belem", "Alfama", "Cais do Sodré", "Cais do Sodre",
                     "Martim Moniz", "Tram 28", "Porto"],
    },
    {
        "id": "cVsNeW1rEvu",
        "lang": "ko",
        "title": "편의점 신상 솔직 리뷰 🍙 전주비빔 삼각김밥 vs 춘천닭갈비맛 컵라면, 제주 한라봉 에이드까지",
        "channel": "자취왕 김대리",
        "duration": 44,
        "description": (
            "이번 주 편의점 신상 싹 다 사 왔습니다 (내돈내산)\n\n"
            "오늘 먹은 것\n"
            "1. 전주비빔 삼각김밥 1,500원\n"
            "2. 춘천닭갈비맛 컵라면 1,800원\n"
            "3. 제주 한라봉 에이드 2,500원\n"
            "4. 의정부 부대찌개 도시락 5,900원\n"
            "5. 뉴욕 치즈케이크 3,300원\n\n"
            "00:00 언박싱\n00:08 전주비빔 삼각김밥\n00:18 춘천닭갈비맛 컵라면\n00:28 부대찌개 도시락\n00:38 총평\n\n"
            "⭐ 별점은 제 입맛 기준이에요\n"
            "광고 문의 kimdaeri.review@example.com\n"
            "#편의점신상 #편의점리뷰 #내돈내산"
        ),
        "chapters": [(0, "언박싱"), (8, "전주비빔 삼각김밥"), (18, "춘천닭갈비맛 컵라면"), (28, "부대찌개 도시락"),
                     (38, "총평")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 김대리입니다 오늘도 퇴근길에 편의점 털어왔어요"),
            (8.5, 4.0, "첫 번째 전주비빔 삼각김밥 고추장 맛이 꽤 진해요"),
            (13.0, 4.0, "천오백 원에 이 정도면 괜찮네요 별 세 개"),
            (18.5, 4.0, "춘천 닭갈비맛 컵라면인데 냄새는 진짜 닭갈비 같아요"),
            (23.0, 4.0, "근데 좀 많이 매워요 우유 필수"),
            (28.5, 4.0, "의정부 부대찌개 도시락 햄이 넉넉하게 들어있어요"),
            (33.0, 4.0, "한라봉 에이드랑 같이 먹으니까 딱이네요"),
            (38.5, 4.0, "오늘의 일등은 부대찌개 도시락 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "이번 주 편의점 신상 🛒", "outline"),
            (8, 16, "전주비빔 삼각김밥 1,500원", "box"),
            (18, 26, "춘천닭갈비맛 컵라면 🔥", "yellow"),
            (28, 36, "의정부 부대찌개 도시락 5,900원", "box"),
            (33, 36, "제주 한라봉 에이드 2,500원", "small"),
            (38, 44, "1위 🏆 부대찌개 도시락", "outline"),
        ],
        "places": [],
        "optional": [],
    },
    {
        "id": "piZzA0dOuGh",
        "lang": "en",
        "title": "I Made Real Neapolitan Pizza at Home (72-Hour Dough) 🍕",
        "channel": "Crust Issues",
        "duration": 46,
        "description": (
            "Finally nailed a leopard-spotted Neapolitan crust in a home oven setup!\n\n"
            "INGREDIENTS\n"
            "- 500g Caputo Pizzeria 00 flour\n"
            "- 325g water (65%)\n"
            "- 15g sea salt\n"
            "- 1g fresh yeast\n"
            "- San Marzano tomatoes DOP\n"
            "- Fior di latte or buffalo mozzarella\n"
            "- Fresh basil, olive oil\n\n"
            "GEAR\n"
            "- Ooni Koda 16 (code CRUST10 saves 10%)\n"
            "- Pizza steel & peel\n"
            "- Infrared thermometer\n\n"
            "0:00 Why 72 hours?\n0:10 Mixing the dough\n0:22 San Marzano sauce\n0:32 Baking at 450°C\n0:40 Taste test\n\n"
            "Not sponsored except the Ooni link. Email: crustissues@example.com\n"
            "#pizza #neapolitanpizza #homemade"
        ),
        "chapters": [(0, "Why 72 hours?"), (10, "Mixing the dough"), (22, "San Marzano sauce"), (32, "Baking at 450°C"),
                     (40, "Taste test")],
        "transcript": [
            (0.5, 4.0, "Today we're making proper Neapolitan pizza, the kind you'd get in Naples."),
            (5.0, 4.0, "The secret is a long cold ferment, seventy-two hours in the fridge."),
            (10.5, 4.0, "Caputo double zero flour, water, salt and just a tiny bit of fresh yeast."),
            (22.5, 4.0, "For the sauce it's just crushed San Marzano tomatoes and salt. That's it."),
            (27.0, 4.0, "No cooking, no garlic. Don't @ me, New York style people."),
            (32.5, 4.0, "The oven is at four fifty Celsius so this bakes in about ninety seconds."),
            (40.5, 4.0, "Look at that leopard spotting. Honestly better than my last Detroit style attempt."),
        ],
        "captions": [
            (0, 8, "72-HOUR NEAPOLITAN", "outline"),
            (10, 20, "500g 00 flour · 65% water", "small"),
            (22, 30, "SAN MARZANO DOP", "yellow"),
            (32, 40, "450°C · 90 sec", "box"),
            (40, 46, "10/10 would fold again", "outline"),
        ],
        "places": [],
        "optional": ["Naples"],
    },
]
