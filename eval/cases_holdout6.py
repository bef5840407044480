"""Sixth holdout evaluation cases (blind): realistic travel/food vlog bundles with ground truth.

Ten cases: Seoul (용산), 인천 개항장, 순천/보성, 안동, 단양, Macau written in
Korean, Penang and Copenhagen in English, and two videos with no places
(a skincare routine, a home-café brunch) full of city-named products and dishes.
Written without reading the extraction code, its tests or the other holdouts'
cases. Do not tune on it. Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    {
        "id": "yOnGmUsE6q1",
        "lang": "ko",
        "title": "용산 박물관 데이트 🏛️ 사유의 방 → 미술관 → 우대갈비까지 (비 오는 날 코스)",
        "channel": "주말엔 박물관",
        "duration": 58,
        "description": (
            "비 오는 토요일, 용산에서 실내 데이트 코스로 다녀왔어요 ☔\n"
            "4호선 이촌역 2번 출구에서 지하로 바로 연결돼요.\n\n"
            "국립중앙박물관 (서울 용산구 서빙고로 137)\n"
            "아모레퍼시픽미술관 (서울 용산구 한강대로 100)\n"
            "전쟁기념관 (서울 용산구 이태원로 29)\n\n"
            "사유의 방은 무료, 미술관 특별전 ₩15,000 (얼리버드 ₩12,000)\n"
            "저녁 웨이팅은 2시간 40분 걸렸어요 🥲\n\n"
            "📷 Sony ZV-1 II / 🎙 RØDE Wireless GO\n"
            "BGM: Lukrembo - Biscuit\n"
            "💌 business: weekend.museum@example.com\n"
            "#용산데이트 #국립중앙박물관 #사유의방 #전쟁기념관 #삼각지맛집 #용리단길"
        ),
        "chapters": [(0, "오프닝"), (8, "사유의 방"), (22, "미술관 전시"), (34, "야외 전시장"), (46, "저녁 🍖")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 오늘은 비가 와서 실내 데이트 코스로 용산에 왔어요"),
            (5.0, 3.0, "이촌역에서 내려서 지하로 바로 연결돼서 우산도 필요 없어요"),
            (8.5, 4.5, "국립중앙박물관 사유의 방부터 왔는데요 반가사유상 두 점이 나란히 있어요"),
            (13.5, 4.0, "조명이 어두워서 진짜 명상하는 기분이에요 여기는 무료입니다"),
            (22.5, 4.0, "신용산역 쪽으로 넘어와서 아모레퍼시픽 본사 건물에 있는 미술관에 왔어요"),
            (27.0, 4.0, "지하 전시실이 생각보다 넓고 이번 전시는 만 오천 원이었어요"),
            (34.5, 4.0, "삼각지역 쪽으로 걸어와서 전쟁기념관 야외 전시장 비행기들 구경했어요"),
            (39.0, 4.0, "형제의 상 앞에서 사진 찍고 실내 전시관도 잠깐 봤어요"),
            (46.5, 4.5, "저녁은 몽탄이라는 고깃집에서 우대갈비 먹었어요 짚불 향이 진짜 좋아요"),
            (51.5, 5.0, "웨이팅이 길긴 했는데 그만한 가치가 있어요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 7, "☔ 비 오는 날 용산 실내 데이트", "yellow"),
            (8, 20, "국립중앙박물관 · 사유의 방", "yellow"),
            (14, 20, "입장료 무료", "small"),
            (22, 32, "아모레퍼시픽미술관", "yellow"),
            (27, 32, "특별전 15,000원", "small"),
            (34, 44, "전쟁기념관", "yellow"),
            (46, 56, "삼각지 몽탄 🍖 우대갈비", "yellow"),
            (51, 56, "웨이팅 2시간 40분", "small"),
        ],
        "places": [
            {"name": "국립중앙박물관", "aliases": ["National Museum of Korea", "중앙박물관"], "address": "서울 용산구 서빙고로 137", "lat": 37.5240, "lng": 126.9804},
            {"name": "아모레퍼시픽미술관", "aliases": ["아모레퍼시픽 미술관", "Amorepacific Museum of Art", "APMA"], "address": "서울 용산구 한강대로 100", "lat": 37.5290, "lng": 126.9683},
            {"name": "전쟁기념관", "aliases": ["The War Memorial of Korea", "War Memorial of Korea", "용산 전쟁기념관"], "address": "서울 용산구 이태원로 29", "lat": 37.5364, "lng": 126.9770},
            {"name": "몽탄", "aliases": ["삼각지 몽탄", "몽탄 짚불구이", "Mongtan"], "address": "서울 용산구 백범로99길 50", "lat": 37.5347, "lng": 126.9722},
        ],
        "optional": ["용산", "서울", "이촌역", "신용산역", "삼각지역", "삼각지", "4호선", "사유의 방",
                     "아모레퍼시픽 본사", "형제의 상", "용리단길"],
    },
    {
        "id": "gAeHaNg6iC2",
        "lang": "ko",
        "title": "인천 개항장 뚜벅이 여행 | 1호선 타고 떠나는 당일치기 🚃",
        "channel": "뚜벅이 수진",
        "duration": 62,
        "description": (
            "서울에서 1호선 타고 한 시간! 인천역에서 시작하는 개항장 산책 코스예요.\n\n"
            "📍 짜장면박물관 | 인천 중구 차이나타운로 56-14\n"
            "📍 자유공원 | 인천 중구 자유공원남로 25\n"
            "📍 신포국제시장 | 인천 중구 우현로49번길 11-5\n\n"
            "💰 짜장면박물관 입장료 1,000원 / 닭강정 중 18,000원 / 단팥죽 8,000원\n"
            "🚃 인천역(1호선·수인분당선) 1번 출구\n\n"
            "동화마을이랑 월미도는 다음 편에서!\n"
            "구독 좋아요 알림설정 부탁드려요 🙏\n"
            "#인천여행 #개항장 #차이나타운 #당일치기 #뚜벅이여행"
        ),
        "chapters": [(0, "인천역 도착"), (10, "짜장면박물관"), (24, "자유공원 산책"), (36, "카페에서 쉬어가기"), (48, "신포국제시장 닭강정")],
        "transcript": [
            (0.5, 4.0, "여러분 저 인천역에 도착했어요 서울역에서 1호선 타고 한 시간 좀 넘게 걸렸어요"),
            (5.0, 4.0, "역 바로 앞에 차이나타운 패루가 보이네요 오늘은 개항장 쪽을 걸어볼게요"),
            (10.5, 4.0, "첫 번째는 짜장면박물관인데요 옛날 공화춘 건물이라고 해요"),
            (15.0, 4.5, "철가방 변천사가 제일 재밌었어요 입장료는 천 원이에요"),
            (24.5, 4.0, "계단 따라 쭉 올라오면 자유공원이에요 인천항이 한눈에 보여요"),
            (29.0, 4.0, "맥아더 장군 동상 앞에서 잠깐 쉬었다 갈게요"),
            (36.5, 4.5, "내려오는 길에 팟알이라는 카페에 들렀어요 백 년 넘은 일본식 목조 건물이래요"),
            (41.5, 4.0, "단팥죽이랑 나가사키 카스테라 시켰는데 팥이 진짜 진해요"),
            (48.5, 4.0, "마지막은 신포국제시장 닭강정 줄 서서 중짜 하나 샀어요"),
            (53.0, 5.0, "동화마을은 시간이 없어서 다음 편에 갈게요 오늘도 봐주셔서 감사해요"),
        ],
        "captions": [
            (0, 8, "인천역 도착 🚃", "outline"),
            (10, 20, "짜장면박물관", "box"),
            (15, 22, "입장료 1,000원", "small"),
            (24, 34, "자유공원", "box"),
            (36, 46, "단팥죽 8,000원", "outline"),
            (48, 58, "신포국제시장 닭강정", "box"),
            (58, 62, "다음 편: 동화마을 & 월미도", "outline"),
        ],
        "places": [
            {"name": "짜장면박물관", "aliases": ["짜장면 박물관", "자장면박물관", "Jajangmyeon Museum"], "address": "인천 중구 차이나타운로 56-14", "lat": 37.4757, "lng": 126.6176},
            {"name": "자유공원", "aliases": ["인천 자유공원", "Jayu Park"], "address": "인천 중구 자유공원남로 25", "lat": 37.4747, "lng": 126.6227},
            {"name": "팟알", "aliases": ["카페 팟알", "Cafe Pot-R", "POT-R"], "address": "인천 중구 신포로27번길 96-2", "lat": 37.4737, "lng": 126.6210},
            {"name": "신포국제시장", "aliases": ["신포시장", "Sinpo International Market"], "address": "인천 중구 우현로49번길 11-5", "lat": 37.4715, "lng": 126.6263},
        ],
        "optional": ["인천", "인천역", "서울", "서울역", "1호선", "수인분당선", "차이나타운", "인천 차이나타운",
                     "개항장", "공화춘", "인천항", "맥아더 장군 동상", "동화마을", "송월동 동화마을", "월미도"],
    },
    {
        "id": "sUnChEoN6b3",
        "lang": "ko",
        "auto_captions": True,
        "title": "전남 1박2일 🌾 순천만 갈대밭 & 보성 녹차밭 (KTX 순천역 출발)",
        "channel": "느린여행 다이어리",
        "duration": 66,
        "description": (
            "가을 전남 여행 1박 2일 기록 🍂\n\n"
            "오늘의 코스\n"
            "순천역 → 순천만국가정원 → 순천만습지 → (1박) → 낙안읍성 → 보성 대한다원\n\n"
            "▶ 순천만국가정원 : 전남 순천시 국가정원1호길 47\n"
            "▶ 순천만습지 : 전남 순천시 순천만길 513-25\n"
            "▶ 낙안읍성 : 전남 순천시 낙안면 충민길 30\n"
            "▶ 대한다원 : 전남 보성군 보성읍 녹차로 763-67\n\n"
            "통합권 입장료 10,000원 (순천만국가정원+순천만습지)\n"
            "렌터카 1일 58,000원 / 숙소는 순천 시내 게스트하우스\n"
            "벌교 꼬막정식은 시간이 없어서 패스 😢\n\n"
            "🎥 Osmo Pocket 3 | ✂ VLLO\n"
            "#순천여행 #순천만 #보성녹차밭 #전남여행 #1박2일"
        ),
        "chapters": [(0, "순천역"), (8, "국가정원"), (22, "갈대밭 일몰"), (36, "DAY 2 낙안읍성"), (50, "녹차밭")],
        "transcript": [
            (0.5, 4.0, "용산역에서 케이티엑스 타고 순천역에 도착했어요 두 시간 반 정도 걸렸어요"),
            (5.0, 3.0, "역 앞에서 렌터카 받아서 바로 출발합니다"),
            (8.5, 4.5, "첫 번째 코스는 순천만국가정원이에요 정원이 나라별로 꾸며져 있어요"),
            (13.5, 4.0, "네덜란드 정원 풍차 앞이 포토존인데 사람이 엄청 많네요"),
            (22.5, 4.5, "해 질 무렵 순천만습지로 넘어왔어요 갈대밭 사이로 데크길이 쭉 있어요"),
            (27.5, 4.5, "용산 전망대까지 올라가면 에스자 물길이랑 일몰이 보인대요"),
            (36.5, 4.5, "둘째 날 아침은 낙안읍성에서 시작했어요 초가집에 실제로 사람이 살고 있어요"),
            (41.5, 4.0, "성곽 위로 한 바퀴 걸으면 마을이 다 내려다보여요"),
            (50.5, 4.5, "마지막으로 보성으로 넘어와서 대한다원 녹차밭에 왔습니다"),
            (55.5, 4.5, "녹차 아이스크림 하나 먹고 이번 여행 마무리할게요 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 8, "DAY 1 순천역", "small"),
            (8, 20, "순천만국가정원", "small"),
            (14, 20, "통합권 10,000원", "box"),
            (22, 34, "순천만습지 갈대밭", "small"),
            (36, 48, "DAY 2 낙안읍성", "small"),
            (50, 62, "보성 대한다원", "small"),
            (56, 62, "녹차 아이스크림 4,000원", "box"),
        ],
        "places": [
            {"name": "순천만국가정원", "aliases": ["순천만 국가정원", "Suncheonman Bay National Garden", "국가정원"], "address": "전남 순천시 국가정원1호길 47", "lat": 34.9300, "lng": 127.5000},
            {"name": "순천만습지", "aliases": ["순천만 습지", "순천만자연생태공원", "순천만 갈대밭", "Suncheonman Bay Wetland"], "address": "전남 순천시 순천만길 513-25", "lat": 34.8860, "lng": 127.5093},
            {"name": "낙안읍성", "aliases": ["낙안읍성 민속마을", "Naganeupseong Folk Village"], "address": "전남 순천시 낙안면 충민길 30", "lat": 34.9069, "lng": 127.3417},
            {"name": "대한다원", "aliases": ["보성 대한다원", "보성녹차밭 대한다원", "보성 녹차밭", "Daehan Dawon"], "address": "전남 보성군 보성읍 녹차로 763-67", "lat": 34.7163, "lng": 127.0829},
        ],
        "optional": ["순천", "보성", "전남", "순천역", "용산역", "벌교", "순천만", "순천 시내",
                     "네덜란드 정원", "용산 전망대", "용산전망대"],
    },
    {
        "id": "aNdOnG6hH04",
        "lang": "ko",
        "auto_captions": True,
        "title": "안동 당일치기 | 하회마을부터 빵지순례까지 (feat. 엄마랑)",
        "channel": "하루짜리 여행",
        "duration": 64,
        "description": (
            "엄마랑 안동 당일치기 다녀왔어요 🚌\n"
            "동서울터미널에서 버스로 2시간 50분!\n\n"
            "00:00 안동터미널 도착\n"
            "00:09 하회마을\n"
            "00:22 병산서원\n"
            "00:34 빵지순례 🥐\n"
            "00:46 월영교 야경\n\n"
            "찜닭은 구시장 찜닭골목에서 먹었는데 2인 32,000원이었어요.\n"
            "하회마을 입장료 5,000원 (셔틀 포함)\n\n"
            "문의 oneday.trip.kr@example.com\n"
            "#안동여행 #하회마을 #월영교 #엄마랑여행"
        ),
        "chapters": [(0, "안동터미널 도착"), (9, "하회마을"), (22, "병산서원"), (34, "빵지순례 🥐"), (46, "월영교 야경")],
        "transcript": [
            (0.5, 4.0, "엄마랑 안동 당일치기 왔어요 터미널 도착해서 바로 버스 갈아탔어요"),
            (5.0, 3.5, "46번 버스 타면 하회마을까지 한 번에 가요"),
            (9.5, 4.5, "하회마을 도착 강이 마을을 이렇게 휘감고 돌아가요"),
            (14.5, 4.0, "부용대 쪽에서 보면 마을 전체가 보이는데 오늘은 시간상 패스"),
            (22.5, 4.5, "하회마을에서 비포장 길로 조금 가면 병산서원이 나와요"),
            (27.5, 4.0, "만대루에 앉아서 보는 풍경이 진짜 그림 같아요"),
            (34.5, 4.5, "시내로 돌아와서 맘모스제과라는 빵집에 왔어요 전국 삼대 빵집이래요"),
            (39.5, 4.5, "크림치즈빵이랑 유자 파운드 샀어요 엄마가 제일 좋아하셨어요"),
            (46.5, 4.5, "해 지고 월영교 왔는데 다리에 불이 들어오니까 너무 예뻐요"),
            (51.5, 4.5, "찜닭까지 먹고 이제 서울 올라갑니다 오늘도 봐주셔서 감사해요"),
        ],
        "captions": [
            (0, 8, "안동 당일치기 with 엄마 👩‍👧", "outline"),
            (9, 20, "하회마을", "outline"),
            (22, 32, "병산서원 · 만대루", "outline"),
            (34, 44, "크림치즈빵 & 유자파운드", "outline"),
            (46, 56, "월영교 야경 🌙", "outline"),
            (56, 64, "찜닭 2인 32,000원", "small"),
        ],
        "places": [
            {"name": "하회마을", "aliases": ["안동 하회마을", "하회민속마을", "Hahoe Folk Village"], "address": "경북 안동시 풍천면 전서로 186", "lat": 36.5392, "lng": 128.5186},
            {"name": "병산서원", "aliases": ["Byeongsan Seowon"], "address": "경북 안동시 풍천면 병산길 386", "lat": 36.5418, "lng": 128.5532},
            {"name": "맘모스제과", "aliases": ["맘모스 제과", "맘모스베이커리", "Mammoth Bakery"], "address": "경북 안동시 문화광장길 34", "lat": 36.5662, "lng": 128.7270},
            {"name": "월영교", "aliases": ["Woryeonggyo Bridge", "Woryeonggyo"], "address": "경북 안동시 상아동", "lat": 36.5771, "lng": 128.7555},
        ],
        "optional": ["안동", "서울", "안동터미널", "안동버스터미널", "동서울터미널", "부용대", "만대루",
                     "구시장", "안동구시장", "찜닭골목", "구시장 찜닭골목"],
    },
    {
        "id": "dAnYaNg6bS5",
        "scene": "busy",
        "lang": "ko",
        "title": "충북 단양 브이로그 🏞 (장소는 자막 참고)",
        "channel": "산으로 간 다람쥐",
        "duration": 56,
        "description": (
            "단양 한 바퀴 드라이브 🚗\n"
            "장소는 영상 속 자막으로 확인해 주세요!\n\n"
            "📷 iPhone 16 Pro / DJI Mini 4 Pro\n"
            "Music: Epidemic Sound\n"
            "#단양 #단양여행 #충북여행 #드라이브"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 3.5, "아침 일찍 출발했는데 벌써 도착했어요"),
            (5.0, 4.0, "강 한가운데 봉우리 세 개가 떠 있는 거 보이시죠 단양 팔경 중 첫 번째래요"),
            (15.5, 4.0, "셔틀버스 타고 올라왔는데 유리 바닥이라 다리가 후들거려요"),
            (20.0, 4.0, "아래로 남한강이 쫙 보여요 저는 짚와이어는 무서워서 못 타겠어요"),
            (28.5, 4.0, "점심은 시장에서 마늘 순대랑 마늘 만두 먹었어요"),
            (33.0, 3.5, "마늘 닭강정도 하나 포장했어요"),
            (40.5, 4.0, "마지막은 동굴 탐험 안이 엄청 시원해요 반팔 입고 오면 추워요"),
            (46.0, 4.0, "허리 숙이고 지나가야 하는 구간이 많아서 운동 제대로 했네요"),
            (51.0, 4.0, "구독 좋아요 눌러주시면 다음엔 제천 편으로 올게요"),
        ],
        "captions": [
            (0, 5, "DAY TRIP 🚗 단양", "yellow"),
            (5, 14, "📍 도담삼봉", "box"),
            (10, 14, "주차 무료", "small"),
            (15, 26, "📍 만천하스카이워크", "box"),
            (21, 26, "입장료 4,000원", "small"),
            (28, 38, "📍 단양구경시장", "box"),
            (30, 38, "마늘순대 12,000원", "yellow"),
            (40, 50, "📍 고수동굴", "box"),
            (44, 50, "관람료 11,000원", "small"),
            (51, 56, "다음 편 : 제천 의림지", "yellow"),
        ],
        "places": [
            {"name": "도담삼봉", "aliases": ["Dodamsambong"], "address": "충북 단양군 매포읍 삼봉로 644-13", "lat": 36.9998, "lng": 128.3446},
            {"name": "만천하스카이워크", "aliases": ["만천하 스카이워크", "Mancheonha Skywalk"], "address": "충북 단양군 적성면 옷바위길 10", "lat": 36.9850, "lng": 128.3500},
            {"name": "단양구경시장", "aliases": ["구경시장", "단양 구경시장", "Danyang Gugyeong Market"], "address": "충북 단양군 단양읍 도전5길 31", "lat": 36.9843, "lng": 128.3658},
            {"name": "고수동굴", "aliases": ["Gosu Cave", "Gosudonggul Cave"], "address": "충북 단양군 단양읍 고수동굴길 8", "lat": 36.9912, "lng": 128.3800},
        ],
        "optional": ["단양", "충북", "제천", "의림지", "제천 의림지", "남한강", "단양팔경", "단양 팔경"],
    },
    {
        "id": "mAcAu6eGg06",
        "scene": "busy",
        "lang": "ko",
        "title": "마카오 당일치기 에그타르트 투어 🥧 세나도 광장부터 콜로안까지",
        "channel": "지구별 먹방러",
        "duration": 60,
        "description": (
            "홍콩에서 페리 타고 마카오 당일치기! (터보젯 HK$175)\n\n"
            "오늘 간 곳\n"
            "• 세나도 광장 (議事亭前地 / Largo do Senado)\n"
            "• 성 바울 성당 유적 (大三巴牌坊 / Ruins of St. Paul's)\n"
            "• 로드 스토우 베이커리 (安德魯餅店 / Lord Stow's Bakery) - 1 Rua da Tassara, Coloane\n\n"
            "에그타르트 1개 MOP 12, 육포 거리 시식은 무료 😋\n"
            "버스는 MOP 6, 마카오패스 충전해서 다녔어요\n"
            "환전: 홍콩달러 그대로 써도 돼요 (거의 1:1)\n\n"
            "#마카오 #마카오여행 #에그타르트 #澳門 #Macau"
        ),
        "chapters": [(0, "페리 터미널"), (8, "세나도 광장"), (20, "점심 🍜"), (32, "대삼파"), (44, "콜로안 에그타르트")],
        "transcript": [
            (0.5, 4.0, "홍콩에서 페리 타고 한 시간 마카오 외항 페리 터미널 도착했어요"),
            (5.0, 3.0, "무료 셔틀 타고 시내로 들어갑니다"),
            (8.5, 4.5, "세나도 광장이에요 바닥 물결무늬 타일이 진짜 포르투갈 같아요"),
            (13.5, 4.0, "분수대 앞은 사람이 너무 많아서 사진 찍기 힘들어요"),
            (20.5, 4.5, "점심은 광장 바로 옆 국수집에서 새우알 비빔면이랑 완탕면 먹었어요"),
            (25.5, 4.0, "면이 엄청 꼬들꼬들해요 두 개 합쳐서 팔십 파타카 정도"),
            (32.5, 4.5, "육포 거리 지나서 계단 올라가면 성 바울 성당 유적이 나와요"),
            (37.5, 4.0, "앞면 벽만 남아 있는데 그래서 더 웅장해요"),
            (44.5, 4.5, "버스 타고 콜로안 마을로 넘어와서 로드 스토우 베이커리 에그타르트 먹었어요"),
            (49.5, 4.5, "갓 나와서 뜨거운데 겉이 바삭바삭해요 여러분 꼭 드세요"),
            (55.0, 4.0, "다음 영상은 타이파 야경 편이에요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 7, "HONG KONG ➜ MACAU ⛴", "outline"),
            (8, 18, "세나도 광장 議事亭前地", "outline"),
            (20, 30, "윙치케이 黃枝記", "box"),
            (24, 30, "새우알 비빔면 MOP 48", "small"),
            (32, 42, "성 바울 성당 유적", "outline"),
            (44, 54, "Lord Stow's Bakery", "box"),
            (48, 54, "에그타르트 MOP 12", "small"),
            (55, 60, "NEXT ▶ 타이파", "yellow"),
        ],
        "places": [
            {"name": "세나도 광장", "aliases": ["세나도광장", "議事亭前地", "Largo do Senado", "Senado Square"], "address": "Largo do Senado, Macau", "lat": 22.1935, "lng": 113.5393},
            {"name": "윙치케이", "aliases": ["웡치케이", "黃枝記", "黄枝记", "Wong Chi Kei"], "address": "17 Largo do Senado, Macau", "lat": 22.1937, "lng": 113.5397},
            {"name": "성 바울 성당 유적", "aliases": ["성바울 성당 유적", "성 바울 성당", "대삼파", "大三巴牌坊", "大三巴", "Ruins of St. Paul's", "Ruins of St. Paul"], "address": "Rua de São Paulo, Macau", "lat": 22.1975, "lng": 113.5409},
            {"name": "로드 스토우 베이커리", "aliases": ["로드스토우 베이커리", "로드 스토우", "安德魯餅店", "Lord Stow's Bakery", "Lord Stow's"], "address": "1 Rua da Tassara, Coloane, Macau", "lat": 22.1171, "lng": 113.5613},
        ],
        "optional": ["마카오", "Macau", "澳門", "홍콩", "Hong Kong", "마카오 외항 페리 터미널", "외항 페리 터미널",
                     "페리 터미널", "육포 거리", "콜로안", "콜로안 마을", "Coloane", "타이파", "포르투갈"],
    },
    {
        "id": "pEnAnG6hWk7",
        "lang": "en",
        "auto_captions": True,
        "title": "3 Days in Penang 🇲🇾 George Town Food + Temples (what I ate & what it cost)",
        "channel": "Backpack & Broth",
        "duration": 68,
        "description": (
            "Day one in Penang! George Town is honestly one of the best food cities in Asia.\n\n"
            "WHERE WE WENT\n"
            "1. Cheong Fatt Tze - The Blue Mansion, 14 Leith Street, George Town\n"
            "2. Penang Road Famous Teochew Chendul - 27 & 29 Lebuh Keng Kwee\n"
            "3. Kek Lok Si Temple (Air Itam)\n\n"
            "Costs: chendul RM4.50, Blue Mansion guided tour RM25, Grab from George Town to Air Itam ~RM18, "
            "lunch for two RM62.\n\n"
            "We flew in from KL on AirAsia (AK6118) and stayed near Love Lane.\n"
            "Penang Hill is coming in the next video!\n\n"
            "🎒 Gear: Sony ZV-E1, Rode VideoMic GO II\n"
            "💸 Use code BROTH10 for 10% off our Lightroom presets\n"
            "#Penang #GeorgeTown #MalaysiaTravel #StreetFood"
        ),
        "chapters": [(0, "Arriving in George Town"), (8, "The Blue Mansion"), (22, "Lunch"), (34, "Chendul break"), (46, "Kek Lok Si at sunset")],
        "transcript": [
            (0.5, 4.0, "good morning from George Town Penang we just landed from Kuala Lumpur"),
            (5.0, 3.0, "we're staying right by Love Lane so everything is walkable"),
            (8.5, 4.5, "first stop the Cheong Fatt Tze mansion everyone calls it the Blue Mansion"),
            (13.5, 4.5, "the guided tour is twenty five ringgit and the indigo walls are unreal"),
            (22.5, 4.5, "we grabbed lunch at Tek Sen on Carnarvon Street and the queue was already out the door"),
            (27.5, 4.5, "you have to get the double roasted pork with chili padi it's sticky sweet and spicy"),
            (34.5, 4.5, "then a chendul break at the famous Teochew chendul stall on Keng Kwee Street"),
            (39.5, 4.0, "four fifty for a bowl of shaved ice pandan jelly and gula melaka"),
            (46.5, 4.5, "we took a Grab out to Air Itam for Kek Lok Si temple right before sunset"),
            (51.5, 4.5, "the pagoda is huge and the giant Guan Yin statue is up the hill behind it"),
            (57.0, 5.0, "tomorrow we're doing Penang Hill so make sure you subscribe"),
        ],
        "captions": [
            (0, 7, "DAY 1 · GEORGE TOWN", "yellow"),
            (8, 20, "The Blue Mansion", "yellow"),
            (14, 20, "Tour RM25", "small"),
            (22, 32, "Double roasted pork 🔥", "yellow"),
            (34, 44, "Teochew Chendul RM4.50", "yellow"),
            (46, 56, "Kek Lok Si 極樂寺", "yellow"),
            (62, 68, "NEXT: Penang Hill", "small"),
        ],
        "places": [
            {"name": "Cheong Fatt Tze - The Blue Mansion", "aliases": ["Cheong Fatt Tze Mansion", "The Blue Mansion", "Blue Mansion", "張弼士故居"], "address": "14 Leith Street, George Town, Penang", "lat": 5.4215, "lng": 100.3351},
            {"name": "Tek Sen Restaurant", "aliases": ["Tek Sen", "Teksen", "德成饭店"], "address": "18 & 20 Lebuh Carnarvon, George Town, Penang", "lat": 5.4177, "lng": 100.3359},
            {"name": "Penang Road Famous Teochew Chendul", "aliases": ["Teochew Chendul", "Penang Road Chendul", "Penang Road Famous Teochew Cendol"], "address": "27 & 29 Lebuh Keng Kwee, George Town, Penang", "lat": 5.4168, "lng": 100.3314},
            {"name": "Kek Lok Si Temple", "aliases": ["Kek Lok Si", "極樂寺", "극락사"], "address": "Air Itam, Penang", "lat": 5.3997, "lng": 100.2733},
        ],
        "optional": ["Penang", "George Town", "Georgetown", "Malaysia", "Asia", "Kuala Lumpur", "KL", "Love Lane",
                     "Carnarvon Street", "Lebuh Carnarvon", "Keng Kwee Street", "Lebuh Keng Kwee", "Penang Road",
                     "Leith Street", "Air Itam", "Guan Yin statue", "Penang Hill"],
    },
    {
        "id": "cPh6NoRdIc8",
        "lang": "en",
        "title": "Copenhagen on a Budget?! 🇩🇰 One Day of Food, Bikes & Cardamom Buns",
        "channel": "Lena Wanders",
        "duration": 62,
        "description": (
            "Copenhagen is expensive, so here's how I spent one day without going broke (mostly).\n\n"
            "Places: Torvehallerne · Rundetårn · Reffen\n\n"
            "Prices: cardamom bun 38 DKK, smørrebrød 85 DKK, Round Tower ticket 40 DKK, "
            "Donkey Republic bike 24h 150 DKK.\n"
            "Flight: Norwegian from Berlin BER, then metro M2 from the airport to Nørreport.\n\n"
            "Next week: a day trip to Malmö across the bridge!\n"
            "Business: lena.wanders@example.com\n"
            "#copenhagen #københavn #denmark #cardamombun #travelvlog"
        ),
        "chapters": [(0, "Morning bun run"), (12, "Market lunch"), (26, "Views from the tower"), (38, "Harbour ride"), (48, "Street food by the water")],
        "transcript": [
            (0.5, 4.5, "morning from Østerbro I biked over early because the line at Juno the Bakery gets crazy"),
            (5.5, 4.5, "this is their cardamom bun it's 38 kroner and honestly worth every single one"),
            (12.5, 4.5, "then I took the bike down to Nørreport for lunch at Torvehallerne the glass market halls"),
            (17.5, 4.5, "I got an open-faced smørrebrød with egg and shrimp from one of the stalls"),
            (26.5, 4.5, "after lunch I climbed the Round Tower no stairs just this spiral ramp all the way up"),
            (31.5, 4.0, "the view over the rooftops is so good on a clear day"),
            (38.5, 4.5, "riding past Nyhavn along the harbour everyone is out in the sun"),
            (43.5, 4.0, "I didn't stop there because honestly it's a tourist trap for food"),
            (48.5, 4.5, "dinner was at Reffen the street food place on Refshaleøen right on the water"),
            (53.5, 4.5, "next week I'm taking the train to Malmö so subscribe if you want to see Sweden"),
        ],
        "captions": [
            (0, 6, "COPENHAGEN ☀ DAY 1", "outline"),
            (5, 11, "cardamom bun · 38 DKK", "box"),
            (12, 24, "Torvehallerne", "outline"),
            (17, 24, "smørrebrød 85 DKK", "box"),
            (26, 36, "Rundetårn", "outline"),
            (38, 46, "Nyhavn 🚲", "small"),
            (48, 58, "Reffen street food", "outline"),
            (58, 62, "next: Malmö 🇸🇪", "small"),
        ],
        "places": [
            {"name": "Juno the Bakery", "aliases": ["Juno The Bakery", "Juno"], "address": "Århusgade 48, 2100 København Ø", "lat": 55.7038, "lng": 12.5886},
            {"name": "Torvehallerne", "aliases": ["Torvehallerne KBH"], "address": "Frederiksborggade 21, 1360 København K", "lat": 55.6838, "lng": 12.5696},
            {"name": "Rundetårn", "aliases": ["Rundetaarn", "Round Tower", "The Round Tower"], "address": "Købmagergade 52A, 1150 København K", "lat": 55.6813, "lng": 12.5758},
            {"name": "Reffen", "aliases": ["Reffen Copenhagen Street Food", "Reffen street food"], "address": "Refshalevej 167, 1432 København K", "lat": 55.6934, "lng": 12.6087},
        ],
        "optional": ["Copenhagen", "København", "Denmark", "Østerbro", "Nørreport", "Nyhavn", "Refshaleøen",
                     "Malmö", "Sweden", "Berlin", "BER"],
    },
    {
        "id": "sKiN6rOuT09",
        "lang": "en",
        "title": "My Night Skincare Routine 2026 🌙 (dry, sensitive skin) + what I use on my hair",
        "channel": "glow with hana",
        "duration": 52,
        "description": (
            "My current PM routine! Nothing here is sponsored except the cleansing oil (thank you Beauty of Joseon 🫶).\n\n"
            "PRODUCTS\n"
            "- Beauty of Joseon Ginseng Cleansing Oil\n"
            "- Round Lab 1025 Dokdo Toner\n"
            "- innisfree Volcanic Pore Clay Mask (Jeju volcanic clusters) - once a week\n"
            "- Anua Heartleaf 77% Soothing Toner\n"
            "- Laneige Lip Sleeping Mask in Berry\n"
            "- Sol de Janeiro Brazilian Bum Bum Cream\n"
            "- Bondi Sands tanning mitt (don't ask)\n"
            "Fragrance: Aesop Marrakech Intense\n"
            "Claw clip: the big one in the colour 'Brooklyn' 🤎 / headband in 'Malibu'\n\n"
            "Code HANA15 for 15% off at YesStyle\n"
            "Email: hello.glowwithhana@example.com\n"
            "#skincareroutine #kbeauty #nightroutine #dryskin"
        ),
        "chapters": [(0, "Hair up"), (6, "Double cleanse"), (18, "Toners"), (30, "Mask night"), (42, "Lips & body")],
        "transcript": [
            (0.5, 4.0, "hi guys welcome back it's Sunday night so it's time for the full routine"),
            (4.6, 1.8, "hair up with my Brooklyn claw clip"),
            (6.5, 4.5, "first the ginseng cleansing oil from Beauty of Joseon massage for about a minute"),
            (11.5, 4.5, "then a gentle foam cleanser I'm almost out so I'll link a dupe"),
            (18.5, 4.5, "toner time this is the Round Lab Dokdo toner it has deep sea water in it"),
            (23.5, 4.0, "and the heartleaf one from Anua for when my skin is angry"),
            (30.5, 4.5, "on Sundays I do the innisfree volcanic clay mask it's made with Jeju volcanic clusters"),
            (35.5, 4.5, "ten minutes max or it gets way too tight on dry skin"),
            (42.5, 4.0, "Laneige lip sleeping mask in Berry and the Brazilian bum bum cream on my legs"),
            (47.0, 4.0, "one spray of Marrakech Intense and I'm done good night"),
        ],
        "captions": [
            (0, 6, "PM ROUTINE 🌙", "outline"),
            (6, 16, "Ginseng Cleansing Oil", "small"),
            (18, 28, "1025 Dokdo Toner", "small"),
            (30, 40, "Volcanic Pore Clay Mask", "small"),
            (36, 40, "₩18,000 at Olive Young", "box"),
            (42, 50, "Lip Sleeping Mask · Berry", "small"),
            (47, 52, "code HANA15 = 15% off", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
    {
        "id": "hOmEcAfE610",
        "lang": "ko",
        "title": "홈카페 브런치 ☕ 비엔나 커피 & 뉴욕 치즈케이크 & 나폴리 피자 토스트 만들기",
        "channel": "오늘도 홈카페",
        "duration": 58,
        "description": (
            "주말 아침 홈카페 브런치 레시피 🍞\n\n"
            "MENU\n"
            "1. 비엔나 커피 (아인슈페너)\n"
            "2. 제주 말차 라떼 - 오설록 말차 파우더\n"
            "3. 뉴욕 치즈케이크 (에어프라이어 버전)\n"
            "4. 나폴리 피자 토스트\n\n"
            "원두: 에티오피아 예가체프 + 과테말라 안티구아 블렌드 (200g 14,900원)\n"
            "모카포트: 비알레띠 브리카 / 토스터: 발뮤다 더 토스터\n"
            "머그: 이케아 (3,900원) 🤍\n"
            "크림치즈는 필라델피아, 우유랑 생크림은 서울우유 🥛\n\n"
            "협찬 아님 · 내돈내산\n"
            "레시피 문의는 댓글로! 구독 좋아요 🙏\n"
            "#홈카페 #비엔나커피 #뉴욕치즈케이크 #브런치 #homecafe"
        ),
        "chapters": [(0, "오늘의 메뉴"), (8, "비엔나 커피"), (22, "말차 라떼"), (32, "뉴욕 치즈케이크"), (44, "나폴리 피자 토스트")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 오늘도 홈카페입니다 주말 아침 브런치 만들어 볼게요"),
            (4.8, 3.0, "오늘 메뉴는 네 가지예요"),
            (8.5, 4.5, "먼저 비엔나 커피 모카포트로 에스프레소를 진하게 내려 주세요"),
            (13.5, 4.5, "생크림에 설탕 조금 넣고 꾸덕하게 휘핑해서 위에 듬뿍 올려요"),
            (22.5, 4.5, "말차 라떼는 오설록 말차 파우더 두 스푼을 따뜻한 물에 먼저 풀어주세요"),
            (27.0, 4.0, "우유는 차갑게 넣어야 층이 예쁘게 나뉘어요"),
            (32.5, 4.5, "뉴욕 치즈케이크는 필라델피아 크림치즈 한 통이랑 계란 두 개면 돼요"),
            (37.5, 4.5, "에어프라이어 백육십 도에서 이십오 분 굽고 냉장고에서 하룻밤 식혀주세요"),
            (44.5, 4.5, "마지막 나폴리 피자 토스트 식빵에 토마토소스 바르고 모짜렐라랑 바질 올려요"),
            (49.5, 4.5, "발뮤다에 사 분이면 끝 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 8, "오늘의 메뉴 4가지", "yellow"),
            (8, 20, "비엔나 커피", "yellow"),
            (14, 20, "생크림 200ml", "small"),
            (22, 30, "제주 말차 라떼", "yellow"),
            (32, 42, "뉴욕 치즈케이크", "yellow"),
            (38, 42, "160℃ 25분", "box"),
            (44, 54, "나폴리 피자 토스트", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
]
