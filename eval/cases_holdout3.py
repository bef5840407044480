"""Third holdout (final): vlog bundles in the format of /work/shared/eval/cases_dev.py.

Written blind (without reading places/, videos/, tests/ or the other holdouts'
cases). Do not tune on it. Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    {
        "id": "hAnNaMbAk01",
        "lang": "ko",
        "title": "한남동 빵지순례 🥐 패션5 케이크부터 앤트러사이트 커피까지 (+리움 전시)",
        "channel": "소연의 빵일기",
        "duration": 52,
        "description": (
            "주말에 한남동 빵지순례 다녀왔어요 🍞\n"
            "이태원역 3번 출구에서 걸어서 10분 정도예요.\n\n"
            "📍 패션5 | 서울 용산구 이태원로 272\n"
            "📍 앤트러사이트 한남 | 서울 용산구 이태원로 240\n"
            "📍 리움미술관 | 서울 용산구 이태원로55길 60-16\n\n"
            "00:00 인트로\n00:07 패션5\n00:21 앤트러사이트 한남\n00:37 리움미술관\n\n"
            "카메라: 캐논 G7X Mark III\n"
            "#한남동 #빵지순례 #한남동카페 #케이크맛집\n"
            "구독 좋아요 알림설정 부탁드려요 💛"
        ),
        "chapters": [(0, "인트로"), (7, "패션5"), (21, "앤트러사이트 한남"), (37, "리움미술관")],
        "transcript": [
            (0.5, 3.5, "안녕하세요 소연이에요 오늘은 한남동 빵지순례 왔어요"),
            (4.0, 3.0, "이태원역에서 내려서 천천히 걸어가고 있어요"),
            (7.5, 4.0, "첫 번째는 패션5 케이크랑 빵 종류가 진짜 많아요"),
            (12.0, 4.5, "딸기 생크림 케이크랑 크루아상 두 개 골랐어요 만 팔천 원 나왔어요"),
            (21.5, 4.0, "커피는 앤트러사이트 한남점에서 마시기로 했어요"),
            (26.0, 4.5, "핸드드립으로 에티오피아 원두 시켰는데 산미가 좋아요"),
            (37.5, 4.0, "마지막으로 리움미술관 전시 보러 왔습니다 예약 필수예요"),
            (42.0, 4.0, "오늘 영상 재밌으셨으면 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 6, "한남동 빵지순례", "yellow"),
            (7, 14, "📍 패션5"),
            (14, 20, "딸기 생크림 케이크 9,500원", "small"),
            (21, 30, "📍 앤트러사이트 한남", "box"),
            (30, 36, "핸드드립 7,000원", "small"),
            (37, 46, "📍 리움미술관", "box"),
            (46, 52, "구독 & 좋아요 ♥", "outline"),
        ],
        "places": [
            {"name": "패션5", "aliases": ["패션파이브", "PASSION5", "Passion 5"], "address": "서울 용산구 이태원로 272", "lat": 37.5378, "lng": 126.9990},
            {"name": "앤트러사이트 한남", "aliases": ["앤트러사이트 한남점", "앤트러사이트", "Anthracite Hannam"], "address": "서울 용산구 이태원로 240", "lat": 37.5376, "lng": 126.9966},
            {"name": "리움미술관", "aliases": ["리움", "Leeum", "Leeum Museum of Art"], "address": "서울 용산구 이태원로55길 60-16", "lat": 37.5384, "lng": 126.9990},
        ],
        "optional": ["한남동", "한남", "이태원", "이태원역", "이태원역 3번 출구"],
    },
    {
        "id": "gUnSaNdAy02",
        "lang": "ko",
        "auto_captions": True,
        "title": "군산 당일치기 🚂 경암동 철길마을 & 이성당 빵 & 근대 골목 여행 코스",
        "channel": "주말엔 기차여행",
        "duration": 58,
        "description": (
            "용산에서 KTX 타고 익산 환승해서 군산 당일치기!\n"
            "총 경비는 영상 마지막에 정리했어요.\n\n"
            "0:00 군산 도착\n0:08 경암동 철길마을\n0:22 이성당\n0:34 초원사진관\n0:46 근대역사박물관\n\n"
            "촬영: 아이폰 15 프로, DJI 오즈모 모바일 6\n"
            "음악: Epidemic Sound\n"
            "#군산여행 #당일치기 #이성당 #단팥빵"
        ),
        "chapters": [(0, "군산 도착"), (8, "경암동 철길마을"), (22, "이성당"), (34, "초원사진관"), (46, "근대역사박물관")],
        "transcript": [
            (0.5, 4.0, "여러분 군산에 도착했습니다 익산에서 갈아타고 왔어요"),
            (4.5, 3.0, "오늘 하루 동안 알차게 돌아볼게요"),
            (8.5, 4.0, "처음 온 곳은 경암동 철길마을입니다 철길 옆으로 가게들이 쭉 있어요"),
            (13.0, 4.5, "여기서 교복 대여도 하고 쫀드기 구워 먹었어요 이천 원이에요"),
            (22.5, 4.0, "군산 오면 무조건 이성당 가야죠 줄이 벌써 엄청 길어요"),
            (27.0, 4.0, "단팥빵이랑 야채빵 사서 나왔습니다"),
            (34.5, 4.0, "걸어서 초원사진관에 왔어요 팔월의 크리스마스 촬영지래요"),
            (39.0, 4.0, "사진관 앞에서 사진 한 장 찍었어요"),
            (46.5, 4.0, "마지막은 군산 근대역사박물관 입장료 이천 원이에요"),
            (51.0, 4.5, "오늘 교통비 포함해서 총 팔만 원 정도 썼습니다"),
        ],
        "captions": [
            (0, 7, "군산 당일치기", "yellow"),
            (8, 18, "경암동 철길마을"),
            (13, 20, "쫀드기 2,000원", "small"),
            (22, 32, "이성당", "yellow"),
            (27, 32, "단팥빵 2,000원 · 야채빵 2,500원", "small"),
            (34, 44, "초원사진관"),
            (46, 54, "군산 근대역사박물관", "outline"),
            (54, 58, "총 경비 80,000원"),
        ],
        "places": [
            {"name": "경암동 철길마을", "aliases": ["경암동철길마을", "Gyeongam-dong Railroad Village"], "address": "전북 군산시 경촌4길 14", "lat": 35.9800, "lng": 126.7292},
            {"name": "이성당", "aliases": ["이성당 본점", "Lee Sung Dang"], "address": "전북 군산시 중앙로 177", "lat": 35.9872, "lng": 126.7114},
            {"name": "초원사진관", "aliases": ["Chowon Photo Studio"], "address": "전북 군산시 구영2길 12-1", "lat": 35.9844, "lng": 126.7073},
            {"name": "군산 근대역사박물관", "aliases": ["근대역사박물관", "군산근대역사박물관", "Gunsan Modern History Museum"], "address": "전북 군산시 해망로 240", "lat": 35.9904, "lng": 126.7089},
        ],
        "optional": ["군산", "익산", "익산역", "용산", "용산역", "군산역"],
    },
    {
        "id": "hKsTrEeT03c",
        "lang": "en",
        "auto_captions": True,
        "title": "$30 Hong Kong Street Food Challenge 🇭🇰 Dim Sum, Milk Tea & Night Market",
        "channel": "Two Forks Travel",
        "duration": 54,
        "description": (
            "Can we eat for a whole day in Hong Kong with just $30 USD? Let's find out!\n\n"
            "PLACES WE VISITED\n"
            "1. Tim Ho Wan (Sham Shui Po) - 9-11 Fuk Wing St, Sham Shui Po, Kowloon, Hong Kong\n"
            "2. Kau Kee Restaurant - 21 Gough St, Central, Hong Kong\n"
            "3. Temple Street Night Market - Temple St, Yau Ma Tei, Kowloon, Hong Kong\n\n"
            "🎥 Gear: Sony ZV-1 II, Rode Wireless GO II\n"
            "✈️ Get 10% off your eSIM with code TWOFORKS\n"
            "Music by Artlist | Instagram: @twoforkstravel"
        ),
        "chapters": [(0, "Intro"), (6, "Tim Ho Wan"), (22, "Kau Kee"), (38, "Temple Street Night Market")],
        "transcript": [
            (0.5, 4.0, "good morning from Hong Kong we have thirty dollars for the whole day"),
            (6.5, 4.0, "first stop Tim Ho Wan the cheapest Michelin starred dim sum in the world"),
            (11.0, 4.5, "these baked barbecue pork buns are crispy on top and so sweet inside"),
            (16.0, 4.0, "breakfast for two came to about eighty Hong Kong dollars"),
            (22.5, 4.0, "we took the Star Ferry over to Central for lunch at Kau Kee"),
            (27.0, 4.5, "they are famous for beef brisket noodles in clear broth"),
            (32.0, 4.0, "and a Hong Kong style milk tea of course"),
            (38.5, 4.0, "at night we went to Temple Street Night Market for claypot rice"),
            (43.0, 4.5, "we ended up with three dollars left so challenge complete"),
            (48.0, 4.0, "subscribe and tell us which city we should do next"),
        ],
        "captions": [
            (0, 6, "$30 HONG KONG CHALLENGE", "yellow"),
            (6, 16, "Tim Ho Wan", "box"),
            (11, 16, "BBQ Pork Buns HK$28", "small"),
            (22, 34, "Kau Kee Restaurant", "box"),
            (27, 34, "Beef Brisket Noodles HK$75", "small"),
            (38, 48, "Temple Street Night Market", "outline"),
            (48, 54, "BUDGET LEFT: $3", "yellow"),
        ],
        "places": [
            {"name": "Tim Ho Wan", "aliases": ["Tim Ho Wan Sham Shui Po", "添好運", "添好運點心專門店"], "address": "9-11 Fuk Wing St, Sham Shui Po, Kowloon, Hong Kong", "lat": 22.3308, "lng": 114.1626},
            {"name": "Kau Kee Restaurant", "aliases": ["Kau Kee", "九記牛腩"], "address": "21 Gough St, Central, Hong Kong", "lat": 22.2844, "lng": 114.1522},
            {"name": "Temple Street Night Market", "aliases": ["Temple Street", "廟街夜市", "廟街"], "address": "Temple St, Yau Ma Tei, Kowloon, Hong Kong", "lat": 22.3060, "lng": 114.1700},
        ],
        "optional": ["Hong Kong", "Central", "Kowloon", "Sham Shui Po", "Yau Ma Tei", "Star Ferry"],
    },
    {
        "id": "gYeOnGjU04d",
        "scene": "busy",
        "lang": "ko",
        "title": "경주 1박 2일 여행 브이로그 🌙 (장소는 자막 참고)",
        "channel": "하루한컷",
        "duration": 50,
        "description": (
            "경주 1박 2일 첫째 날 🌸\n"
            "장소는 영상 속 자막에 다 적어뒀어요!\n\n"
            "숙소는 한옥 게스트하우스 (협찬 아님)\n"
            "#경주여행 #경주야경 #1박2일 #국내여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 3.5, "신경주역 도착 버스 타고 시내로 들어갑니다"),
            (6.5, 4.0, "큰 무덤들 사이로 산책하는데 너무 평화로워요"),
            (11.0, 4.0, "여기가 목련 포토 스팟인데 봄에 오면 진짜 예쁘대요"),
            (18.5, 4.0, "교과서에서만 보던 건데 생각보다 아담하네요"),
            (24.5, 4.0, "점심은 십원빵이랑 쫀득한 찰보리빵 사 먹었어요"),
            (32.5, 4.0, "해 지고 야경 보러 왔는데 연못에 비친 모습이 대박이에요"),
            (40.0, 4.0, "사람이 많으니까 조금 일찍 오시는 거 추천해요"),
            (45.0, 4.0, "내일은 자전거 빌려서 한 바퀴 돌 거예요"),
        ],
        "captions": [
            (0, 6, "DAY 1 🚌", "yellow"),
            (6, 16, "📍 대릉원"),
            (11, 16, "목련 포토존", "small"),
            (18, 24, "📍 첨성대", "box"),
            (24, 30, "십원빵 3,000원", "small"),
            (24, 30, "황리단길 간식 타임", "outline"),
            (32, 44, "📍 동궁과 월지", "box"),
            (44, 50, "구독 좋아요 🙏"),
        ],
        "places": [
            {"name": "대릉원", "aliases": ["경주 대릉원", "Daereungwon", "Daereungwon Tomb Complex"], "address": "경북 경주시 계림로 9", "lat": 35.8383, "lng": 129.2112},
            {"name": "첨성대", "aliases": ["경주 첨성대", "Cheomseongdae"], "address": "경북 경주시 인왕동 839-1", "lat": 35.8347, "lng": 129.2190},
            {"name": "동궁과 월지", "aliases": ["동궁과월지", "안압지", "Donggung Palace and Wolji Pond"], "address": "경북 경주시 원화로 102", "lat": 35.8345, "lng": 129.2265},
        ],
        "optional": ["경주", "신경주역", "황리단길", "목련 포토존"],
    },
    {
        "id": "kYoToTrIp05",
        "scene": "busy",
        "lang": "ko",
        "title": "교토 2박3일 ⛩️ 후시미 이나리 새벽 산책 & 기요미즈데라 & 니시키 시장 먹방",
        "channel": "여행작가 지훈",
        "duration": 56,
        "description": (
            "간사이공항에서 하루카 타고 교토로!\n"
            "교토 여행 첫째 날 기록입니다.\n\n"
            "📍 후시미 이나리 타이샤 (伏見稲荷大社) - 68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto\n"
            "📍 기요미즈데라 (清水寺) - 1 Chome-294 Kiyomizu, Higashiyama Ward, Kyoto\n"
            "📍 니시키 시장\n\n"
            "이코카 카드 충전해서 버스랑 전철 탔어요\n"
            "환전: 토스 외화통장 (광고 아님)\n"
            "#교토여행 #일본여행 #후시미이나리"
        ),
        "chapters": [(0, "교토 도착"), (8, "후시미 이나리"), (24, "기요미즈데라"), (40, "니시키 시장")],
        "transcript": [
            (0.5, 4.0, "간사이공항에서 하루카 타고 교토역에 도착했어요"),
            (8.5, 4.0, "아침 일찍 후시미 이나리 타이샤에 왔어요 사람이 아직 별로 없어요"),
            (13.0, 4.5, "주황색 도리이가 끝없이 이어지는 센본도리이 진짜 장관이에요"),
            (24.5, 4.0, "버스 타고 기요미즈데라로 이동했습니다 니넨자카 골목을 지나서 올라가요"),
            (29.0, 4.5, "본당 무대에서 보는 교토 시내 풍경이 너무 예뻐요 입장료는 사백 엔"),
            (40.5, 4.0, "저녁은 니시키 시장에서 먹방 타코 타마고랑 두유 도넛 먹었어요"),
            (45.0, 4.0, "시장은 다섯 시쯤 문 닫는 가게가 많으니까 일찍 가세요"),
            (50.0, 4.0, "내일은 아라시야마 갈 예정이에요 구독 부탁드려요"),
        ],
        "captions": [
            (0, 7, "간사이공항 → 교토역", "yellow"),
            (8, 20, "후시미 이나리 타이샤 伏見稲荷大社", "outline"),
            (13, 20, "센본도리이", "small"),
            (24, 36, "기요미즈데라 清水寺", "outline"),
            (29, 36, "입장료 ¥400", "small"),
            (40, 52, "니시키 시장 錦市場", "yellow"),
            (44, 50, "두유 도넛 ¥350", "small"),
        ],
        "places": [
            {"name": "후시미 이나리 타이샤", "aliases": ["伏見稲荷大社", "후시미 이나리", "후시미이나리", "후시미 이나리 신사", "Fushimi Inari Taisha", "Fushimi Inari"], "address": "68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto", "lat": 34.9671, "lng": 135.7727},
            {"name": "기요미즈데라", "aliases": ["清水寺", "기요미즈 데라", "청수사", "Kiyomizu-dera", "Kiyomizudera"], "address": "1 Chome-294 Kiyomizu, Higashiyama Ward, Kyoto", "lat": 34.9949, "lng": 135.7850},
            {"name": "니시키 시장", "aliases": ["錦市場", "니시키시장", "Nishiki Market"], "address": "Nishikikoji-dori, Nakagyo Ward, Kyoto", "lat": 35.0050, "lng": 135.7649},
        ],
        "optional": ["교토", "교토역", "간사이공항", "간사이국제공항", "하루카", "센본도리이", "니넨자카", "아라시야마", "일본"],
    },
    {
        "id": "LiSbOnGuI06",
        "lang": "en",
        "title": "LISBON TRAVEL GUIDE 2026 🇵🇹 | Best Views, Pastries & Food Hall (1 Day Itinerary)",
        "channel": "Wander with Claire",
        "duration": 58,
        "description": (
            "My perfect first day in Lisbon, Portugal! Everything is walkable or one tram ride away.\n\n"
            "CHAPTERS\n"
            "0:00 Why Lisbon?\n0:07 Belém Tower\n0:19 Pastéis de Belém\n"
            "0:31 Time Out Market\n0:45 Miradouro da Senhora do Monte\n\n"
            "Tips: buy a Viva Viagem card for trams and the metro. Tram 28 gets packed, go early!\n"
            "This video is sponsored by Holafly eSIM - use code CLAIRE for 5% off.\n"
            "Filmed on GoPro HERO12 & iPhone 15 Pro | Presets on my website"
        ),
        "chapters": [(0, "Why Lisbon?"), (7, "Belém Tower"), (19, "Pastéis de Belém"), (31, "Time Out Market"), (45, "Miradouro da Senhora do Monte")],
        "transcript": [
            (0.5, 4.0, "Lisbon is sunny, affordable and honestly one of my favourite cities in Europe"),
            (7.5, 4.0, "we're starting out west at Belém Tower right on the river"),
            (12.0, 4.5, "tickets are about eight euros but the outside is the best part anyway"),
            (19.5, 4.5, "just down the road is Pastéis de Belém where the custard tart was invented"),
            (24.5, 4.0, "one pastel de nata is one euro forty, get them warm with cinnamon"),
            (31.5, 4.0, "for lunch take the tram to Time Out Market by Cais do Sodré"),
            (36.0, 4.5, "I had grilled octopus and a glass of vinho verde for about twenty euros"),
            (45.5, 4.0, "end your day at Miradouro da Senhora do Monte for sunset"),
            (50.0, 4.5, "it's the highest viewpoint in the city, thanks for watching and see you in Porto"),
        ],
        "captions": [
            (0, 6, "LISBON IN 1 DAY", "yellow"),
            (7, 18, "Belém Tower", "outline"),
            (12, 18, "Ticket €8", "small"),
            (19, 30, "Pastéis de Belém", "box"),
            (24, 30, "Pastel de nata €1.40", "small"),
            (31, 44, "Time Out Market", "box"),
            (45, 56, "Miradouro da Senhora do Monte", "outline"),
        ],
        "places": [
            {"name": "Belém Tower", "aliases": ["Torre de Belém", "Tower of Belém", "벨렝탑"], "address": "Av. Brasília, 1400-038 Lisboa, Portugal", "lat": 38.6916, "lng": -9.2160},
            {"name": "Pastéis de Belém", "aliases": ["Pasteis de Belem", "Fábrica de Pastéis de Belém"], "address": "R. de Belém 84-92, 1300-085 Lisboa, Portugal", "lat": 38.6975, "lng": -9.2032},
            {"name": "Time Out Market", "aliases": ["Time Out Market Lisboa", "Mercado da Ribeira"], "address": "Av. 24 de Julho 49, 1200-479 Lisboa, Portugal", "lat": 38.7069, "lng": -9.1458},
            {"name": "Miradouro da Senhora do Monte", "aliases": ["Senhora do Monte", "Miradouro Senhora do Monte"], "address": "Largo Monte, 1170-107 Lisboa, Portugal", "lat": 38.7191, "lng": -9.1327},
        ],
        "optional": ["Lisbon", "Lisboa", "Portugal", "Europe", "Belém", "Cais do Sodré", "Tram 28", "Porto"],
    },
    {
        "id": "dAeJeOnMaT7",
        "lang": "ko",
        "title": "대전 빵지순례는 핑계고 맛집 투어 🍞 (튀김소보로, 두부두루치기, 물총칼국수)",
        "channel": "먹는게 남는거",
        "duration": 54,
        "description": (
            "대전 먹방 브이로그!\n"
            "오늘 먹은 거: 튀김소보로, 부추빵, 두부두루치기, 물총칼국수\n\n"
            "00:00 대전 도착\n00:08 빵 쇼핑\n00:24 점심\n00:40 저녁\n\n"
            "인스타 @eat_nam_geo 로 맛집 제보 받아요\n"
            "#대전맛집 #빵지순례 #먹방 #브이로그"
        ),
        "chapters": [(0, "대전 도착"), (8, "빵 쇼핑"), (24, "점심"), (40, "저녁")],
        "transcript": [
            (0.5, 4.0, "여러분 대전역 도착했습니다 SRT 타고 한 시간 만에 왔어요"),
            (4.5, 3.0, "오늘은 하루 종일 먹기만 할 거예요"),
            (8.5, 4.5, "대전 오면 성심당 본점은 무조건 들러야죠 은행동까지 걸어왔어요"),
            (13.5, 4.5, "튀김소보로랑 부추빵 담았는데 벌써 쇼핑백이 꽉 찼어요"),
            (24.5, 4.5, "점심은 광천식당 두부두루치기 먹으러 왔어요 오십 년 넘은 노포래요"),
            (29.5, 4.0, "양념이 엄청 매콤한데 칼국수 사리 추가해서 비벼 먹으면 최고예요"),
            (40.5, 4.5, "저녁은 오씨칼국수에서 물총칼국수 먹을 거예요 조개가 진짜 많이 들어가요"),
            (45.5, 4.0, "국물이 시원해서 해장 제대로 됩니다"),
            (50.0, 3.5, "다음 먹방도 기대해 주세요 구독 좋아요"),
        ],
        "captions": [
            (0, 7, "대전 먹방 투어", "yellow"),
            (13, 22, "튀김소보로 1,700원", "small"),
            (16, 22, "빵 쇼핑 끝!"),
            (29, 38, "두부두루치기 + 칼국수 사리", "outline"),
            (40, 50, "물총칼국수 10,000원"),
            (50, 54, "구독 & 좋아요 💕", "box"),
        ],
        "places": [
            {"name": "성심당 본점", "aliases": ["성심당", "Sungsimdang"], "address": "대전 중구 대종로480번길 15", "lat": 36.3277, "lng": 127.4273},
            {"name": "광천식당", "aliases": ["Gwangcheon Sikdang"], "address": "대전 중구 대종로505번길 29", "lat": 36.3294, "lng": 127.4281},
            {"name": "오씨칼국수", "aliases": ["오씨 칼국수", "오씨칼국수 본점"], "address": "대전 동구 옛신탄진로 13", "lat": 36.3406, "lng": 127.4288},
        ],
        "optional": ["대전", "대전역", "은행동", "SRT"],
    },
    {
        "id": "cLeAnInG08h",
        "lang": "ko",
        "title": "자취방 대청소 브이로그 🧹 냉장고 파먹기로 나폴리탄 & 안동찜닭 만들기",
        "channel": "혼자서도 잘해요",
        "duration": 44,
        "description": (
            "한 달 만에 대청소하고 냉장고 파먹기 했어요!\n"
            "재료: 스파게티면, 소시지, 케첩, 닭다리살, 당면, 감자\n\n"
            "00:00 대청소 시작\n00:12 냉장고 정리\n00:22 나폴리탄\n00:33 안동찜닭\n\n"
            "청소기: 다이슨 V12 (내돈내산)\n"
            "반찬통: 락앤락 비스프리\n"
            "#자취 #냉장고파먹기 #청소브이로그"
        ),
        "chapters": [(0, "대청소 시작"), (12, "냉장고 정리"), (22, "나폴리탄"), (33, "안동찜닭")],
        "transcript": [
            (0.5, 4.0, "오늘은 미루고 미뤘던 대청소를 해볼게요"),
            (5.0, 4.0, "창틀 먼지는 물티슈로 닦고 바닥은 청소기 돌려줬어요"),
            (12.5, 4.0, "냉장고에 유통기한 지난 소스가 세 개나 있었어요"),
            (22.5, 4.5, "남은 소시지랑 케첩으로 일본식 나폴리탄 스파게티 만들어요"),
            (27.5, 4.0, "버터 한 조각 넣으면 풍미가 훨씬 좋아져요"),
            (33.5, 4.5, "닭다리살 남은 걸로 안동찜닭 간장 양념에 당면 넣고 졸여줬어요"),
            (38.5, 4.0, "오늘 장 본 건 만 이천 원밖에 안 들었어요"),
        ],
        "captions": [
            (0, 8, "대청소 DAY 🧹", "yellow"),
            (12, 20, "유통기한 체크!", "box"),
            (22, 32, "나폴리탄 스파게티", "outline"),
            (33, 40, "안동찜닭", "outline"),
            (38, 44, "오늘 장보기 12,000원", "small"),
        ],
        "places": [],
        "optional": [],
    },
]
