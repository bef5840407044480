"""Sixteenth holdout (blind): travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Same format as /work/shared/eval/cases_dev.py. Places are real;
coordinates are approximate (WGS84). Do not tune on this set.
"""

CASES = [
    {
        "id": "bOrYeOnG16a",
        "lang": "ko",
        "title": "보령 1박2일 둘째 날 🌊 충청수영성 · 상화원 · 대천 노을까지 (서해 여행 코스)",
        "channel": "주말엔 서해로",
        "duration": 54,
        "description": (
            "서해 바다 보러 보령 다녀왔어요 🌊\n"
            "1일차 영상은 지난주에 올렸으니 같이 봐주세요!\n\n"
            "⏰ 둘째 날 일정\n"
            "09:30 충청수영성\n"
            "11:40 대천항 수산시장 (점심 - 키조개 삼합 + 조개구이)\n"
            "14:00 상화원 (입장료 성인 7,000원 / 월요일 휴무)\n"
            "17:50 대천해수욕장 노을 🌅\n\n"
            "🔗 지도\n"
            "충청수영성 https://naver.me/5xQv2LpA\n"
            "상화원 https://naver.me/Gk3mTt9Z\n\n"
            "🚗 서해안고속도로 대천IC에서 10분\n"
            "🏨 숙소는 해수욕장 앞 오션뷰 호텔 (내돈내산)\n"
            "🎥 GoPro 12 / 아이폰 15 Pro\n"
            "📩 business: weekendwest@example.com\n"
            "#보령여행 #대천해수욕장 #상화원 #서해여행 #1박2일"
        ),
        "chapters": [(0, "출발"), (6, "충청수영성"), (18, "대천항 점심"), (30, "상화원"), (44, "대천해수욕장 노을")],
        "transcript": [
            (0.5, 4.0, "좋은 아침입니다 보령 둘째 날이에요 오늘도 날씨가 너무 좋네요"),
            (6.5, 4.0, "첫 번째로 온 곳은 충청수영성이에요 조선시대 수군 기지였던 곳이래요"),
            (11.0, 4.5, "성벽 따라 올라오면 오천항이 한눈에 보여요 여기 진짜 숨은 명소예요"),
            (18.5, 4.0, "점심은 대천항 수산시장에서 먹기로 했어요"),
            (23.0, 4.5, "키조개 삼합이랑 조개구이 시켰는데 둘이 먹기 딱 좋은 양이에요"),
            (30.5, 4.0, "밥 먹고 상화원으로 넘어왔어요 섬 전체가 하나의 정원이에요"),
            (35.0, 5.0, "회랑 따라 걸으면서 바다를 볼 수 있어서 너무 좋아요 월요일은 휴무니까 꼭 확인하세요"),
            (44.5, 4.0, "마지막은 대천해수욕장에서 노을 보면서 마무리할게요"),
            (49.0, 4.5, "다음 영상은 머드축제 브이로그로 찾아올게요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 5, "보령 DAY 2"),
            (6, 16, "충청수영성", "outline"),
            (11, 16, "오천항 view", "small"),
            (18, 28, "대천항 수산시장", "outline"),
            (23, 28, "키조개 삼합 45,000원"),
            (30, 42, "상화원", "outline"),
            (35, 42, "월요일 휴무 ❗", "small"),
            (44, 54, "대천해수욕장 노을 🌅", "outline"),
        ],
        "places": [
            {"name": "충청수영성", "aliases": ["보령 충청수영성", "Chungcheong Suyeongseong"], "address": "충남 보령시 오천면 소성리 661", "lat": 36.4382, "lng": 126.5193},
            {"name": "대천항 수산시장", "aliases": ["대천항수산시장", "대천항 수산물시장", "대천항"], "address": "충남 보령시 신흑동 대천항", "lat": 36.3318, "lng": 126.5140},
            {"name": "상화원", "aliases": ["Sanghwawon", "보령 상화원"], "address": "충남 보령시 남포면 남포방조제로 408-52", "lat": 36.2820, "lng": 126.5280},
            {"name": "대천해수욕장", "aliases": ["대천 해수욕장", "Daecheon Beach"], "address": "충남 보령시 신흑동", "lat": 36.3131, "lng": 126.5128},
        ],
        "optional": ["보령", "대천", "오천항", "대천IC", "서해안고속도로", "서해", "머드축제", "보령머드축제"],
    },
    {
        "id": "gOcHaNg16bB",
        "lang": "ko",
        "auto_captions": True,
        "title": "고창 혼자 여행 | 느리게 걷는 하루 (뚜벅이 브이로그)",
        "channel": "혜원의 느린여행",
        "duration": 58,
        "description": (
            "혼자 다녀온 고창 당일치기 🚌\n"
            "센트럴시티에서 첫차 타고 출발했어요.\n"
            "(고속버스 3시간 20분, 편도 22,900원)\n\n"
            "00:00 인트로\n"
            "00:07 아침 산책\n"
            "00:22 점심은 장어\n"
            "00:34 오후\n"
            "00:46 읍성 한 바퀴\n\n"
            "📷 후지필름 X100VI / 리코 GR3\n"
            "🎵 music by 브금대통령\n"
            "구독하고 다음 여행도 같이 가요 🍃"
        ),
        "chapters": [(0, "인트로"), (7, "아침 산책"), (22, "점심은 장어"), (34, "오후"), (46, "읍성 한 바퀴")],
        "transcript": [
            (0.5, 5.0, "안녕하세요 혜원입니다 오늘은 고창에 혼자 왔어요 터미널에서 바로 군내버스 탔어요"),
            (7.5, 5.0, "음 지금 선운사 들어가는 길인데요 어 계곡 물이 진짜 맑아요"),
            (13.0, 5.0, "선운사 뒤에 동백 숲이 유명한데 지금 딱 피어 있어요 너무 예뻐요"),
            (18.5, 3.5, "도솔암까지는 시간이 없어서 못 갔어요"),
            (22.5, 5.0, "점심은 당연히 풍천장어죠 절 앞에 장어집이 쫙 있어요"),
            (28.0, 5.0, "복분자 주 한 잔 하고 싶었는데 혼자라서 참았어요"),
            (34.5, 5.0, "오후에는 어 그 학원 농장 이라고 청보리밭 있는 곳에 왔어요"),
            (40.0, 5.0, "지금 보리가 딱 초록색이라 바람 불 때마다 물결 치는 게 진짜 예뻐요"),
            (46.5, 5.0, "마지막으로 고창 읍성 모양성 이라고도 하는데요 성곽 위를 한 바퀴 걸을 수 있어요"),
            (52.0, 5.0, "돌 머리에 이고 세 바퀴 돌면 무병장수 한대요 저는 한 바퀴만 돌게요 다음에 또 만나요"),
        ],
        "captions": [
            (0, 6, "DAY TRIP 🚌", "small"),
            (13, 20, "동백꽃 🌺"),
            (22, 33, "풍천장어 1인 38,000원", "box"),
            (34, 45, "청보리 🌾 4월 말 ~ 5월 초", "small"),
            (52, 58, "무병장수 기원 🙏"),
        ],
        "places": [
            {"name": "선운사", "aliases": ["Seonunsa", "선운사 동백숲", "고창 선운사"], "address": "전북 고창군 아산면 선운사로 250", "lat": 35.4998, "lng": 126.6171},
            {"name": "학원농장", "aliases": ["학원 농장", "학원관광농장", "고창 청보리밭", "학원농장 청보리밭"], "address": "전북 고창군 공음면 학원농장길 154", "lat": 35.3840, "lng": 126.5330},
            {"name": "고창읍성", "aliases": ["고창 읍성", "모양성", "Gochang Eupseong"], "address": "전북 고창군 고창읍 모양성로 1", "lat": 35.4313, "lng": 126.7042},
        ],
        "optional": ["고창", "고창터미널", "고창공영버스터미널", "센트럴시티", "센트럴시티터미널", "도솔암", "선운산"],
    },
    {
        "id": "sOnGdO16cCx",
        "scene": "busy",
        "lang": "ko",
        "title": "송도 산책 vlog 🌿 | no talking, 혼자 걷는 하루",
        "channel": "walk with yun",
        "duration": 48,
        "description": (
            "말 없이 걷기만 하는 브이로그 🎧\n"
            "이어폰 끼고 같이 걸어요.\n\n"
            "장소는 영상에 다 적어뒀어요 :)\n\n"
            "🎶 Lofi Girl - chill beats to walk to\n"
            "#송도 #인천 #산책 #노토킹브이로그 #nottalking #vlog"
        ),
        "chapters": [],
        "transcript": [],
        "captions": [
            (0, 5, "인천대입구역 3번 출구 🚇", "small"),
            (5, 15, "📍 송도 센트럴파크", "yellow"),
            (9, 15, "수상택시 1인 ₩4,000", "box"),
            (17, 27, "📍 G타워 33층 전망대", "yellow"),
            (21, 27, "무료 · 평일 10-17시", "box"),
            (29, 39, "📍 솔찬공원", "yellow"),
            (32, 39, "인천대교 view 🌉", "small"),
            (40, 48, "오늘 걸음 수 18,432보", "outline"),
        ],
        "places": [
            {"name": "송도 센트럴파크", "aliases": ["센트럴파크", "Songdo Central Park", "송도센트럴파크"], "address": "인천 연수구 컨벤시아대로 160", "lat": 37.3927, "lng": 126.6392},
            {"name": "G타워", "aliases": ["G타워 전망대", "G-Tower", "G타워 33층 전망대", "지타워"], "address": "인천 연수구 아트센터대로 175", "lat": 37.3918, "lng": 126.6343},
            {"name": "솔찬공원", "aliases": ["Solchan Park", "송도 솔찬공원"], "address": "인천 연수구 송도동", "lat": 37.3720, "lng": 126.6210},
        ],
        "optional": ["송도", "인천", "인천대입구역", "인천대교", "송도국제도시"],
    },
    {
        "id": "uLjInTrIp16",
        "lang": "ko",
        "title": "울진 2박3일 가족여행 🚝 스카이레일 타고 동굴 탐험까지 (동해선 타고 감)",
        "channel": "세 식구 여행일기",
        "duration": 56,
        "description": (
            "새로 생긴 동해선 타고 울진 다녀왔어요!\n"
            "아이랑 가기 좋은 곳 위주로 골랐습니다 👧\n\n"
            "✦ 죽변해안스카이레일\n"
            "   주소 │ 경북 울진군 죽변면 죽변중앙로 235-12\n"
            "   요금 │ 2인승 25,000원 / 3인승 35,000원\n"
            "   Tip │ 주말엔 현장 발권 1시간 대기, 온라인 예매 추천\n\n"
            "✦ 성류굴\n"
            "   주소 │ 경북 울진군 근남면 성류굴로 221\n"
            "   요금 │ 어른 5,000원 · 어린이 2,500원\n"
            "   Tip │ 안이 15도 정도라 얇은 겉옷 챙기세요\n\n"
            "✦ 등기산 스카이워크\n"
            "   주소 │ 경북 울진군 후포면 후포리 산141-1\n"
            "   요금 │ 무료\n"
            "   Tip │ 후포항 대게 골목이 바로 아래예요\n\n"
            "0:00 동해선 타고 출발\n"
            "0:09 죽변해안스카이레일\n"
            "0:22 성류굴\n"
            "0:36 등기산 스카이워크\n"
            "0:48 대게 먹방\n\n"
            "아이 카시트: 다이치 원픽스 / 유모차: 부가부 버터플라이\n"
            "#울진여행 #아이랑여행 #동해선 #죽변 #후포"
        ),
        "chapters": [(0, "동해선 타고 출발"), (9, "죽변해안스카이레일"), (22, "성류굴"), (36, "등기산 스카이워크"), (48, "대게 먹방")],
        "transcript": [
            (0.5, 4.0, "저희 지금 동해선 타고 울진역 가는 중이에요 창밖으로 바다가 계속 보여요"),
            (5.0, 3.5, "서연이는 기차 처음 타봐서 엄청 신났어요"),
            (9.5, 4.0, "첫 번째 코스는 죽변 스카이레일이에요 레일바이크랑 비슷한데 공중에 떠 있어요"),
            (14.0, 4.5, "바다 위를 천천히 지나가는데 물이 진짜 에메랄드 색이에요"),
            (22.5, 4.0, "둘째 날은 성류굴에 왔습니다 천연 동굴인데 안이 엄청 시원해요"),
            (27.0, 4.5, "허리 숙이고 지나가야 되는 구간도 있어서 아이가 제일 좋아했어요"),
            (36.5, 4.0, "후포로 내려와서 등기산 스카이워크 걸었어요 바닥이 유리라 좀 무서워요"),
            (41.0, 4.0, "아빠가 제일 무서워하는 거 실화냐"),
            (48.5, 4.5, "마무리는 대게죠 두 마리에 십오만 원 정도 했어요 다음 편은 영덕 편입니다"),
        ],
        "captions": [
            (0, 8, "동해선 타고 울진으로 🚆"),
            (9, 20, "죽변해안스카이레일"),
            (22, 34, "성류굴 내부 15℃"),
            (36, 46, "등기산 스카이워크"),
            (41, 46, "아빠 공포 지수 100%", "small"),
            (48, 56, "대게 2마리 150,000원"),
        ],
        "places": [
            {"name": "죽변해안스카이레일", "aliases": ["죽변 해안 스카이레일", "죽변 스카이레일", "울진 스카이레일", "죽변해안 스카이레일"], "address": "경북 울진군 죽변면 죽변중앙로 235-12", "lat": 37.0580, "lng": 129.4210},
            {"name": "성류굴", "aliases": ["Seongnyugul Cave", "울진 성류굴"], "address": "경북 울진군 근남면 성류굴로 221", "lat": 36.9553, "lng": 129.3827},
            {"name": "등기산 스카이워크", "aliases": ["등기산스카이워크", "후포 등기산 스카이워크"], "address": "경북 울진군 후포면 후포리 산141-1", "lat": 36.6785, "lng": 129.4590},
        ],
        "optional": ["울진", "울진역", "동해선", "죽변", "후포", "후포항", "영덕", "대게 골목", "후포항 대게 골목"],
    },
    {
        "id": "oKiNaWa16eE",
        "scene": "busy",
        "lang": "ko",
        "title": "오키나와 렌터카 여행 🚗 북부 하루 코스 | 츄라우미 수족관 · 고우리대교 · 만좌모",
        "channel": "떠나자 지니",
        "duration": 56,
        "description": (
            "오키나와 3박 4일 중 2일차 북부 드라이브 🌺\n"
            "렌터카는 나하공항 근처에서 픽업했어요 (OTS, 경차 1일 5,500엔)\n\n"
            "◎ 만좌모 (万座毛) — 주차 100엔, 입장 100엔\n"
            "◎ 오키나와 츄라우미 수족관 (沖縄美ら海水族館) — 성인 2,180엔\n"
            "◎ 고우리대교 (古宇利大橋) — 무료, 다리 건너면 해변\n"
            "저녁은 차탄에서 🌅\n\n"
            "🚙 58번 국도 → 오키나와 자동차도 타면 2시간\n"
            "💴 환율 100엔 = 약 920원 기준\n"
            "💳 트래블로그 카드 썼어요 (광고 아님)\n\n"
            "#오키나와 #沖縄 #오키나와렌터카 #츄라우미수족관 #고우리대교"
        ),
        "chapters": [(0, "렌터카 픽업"), (7, "万座毛"), (19, "美ら海水族館"), (32, "古宇利大橋"), (44, "선셋 & 저녁")],
        "transcript": [
            (0.5, 4.0, "나하공항 근처에서 렌터카 픽업했어요 일본은 운전석이 오른쪽이라 긴장돼요"),
            (7.5, 4.0, "첫 번째 목적지 만좌모 도착 코끼리 코 모양 바위 보이시나요"),
            (12.0, 4.0, "바람이 엄청 불어요 모자 날아갈 뻔했어요"),
            (19.5, 4.0, "다음은 츄라우미 수족관 고래상어 보러 왔어요"),
            (24.0, 4.5, "쿠로시오 바다 수조 앞에 앉아 있으면 시간 가는 줄 몰라요"),
            (32.5, 4.0, "고우리대교 건너가는 중인데 바다 색깔 보세요 말이 안 돼요"),
            (37.0, 4.0, "섬에 새우 트럭이 유명하다고 해서 갈릭 쉬림프도 먹었어요"),
            (44.5, 4.0, "저녁은 아메리칸 빌리지에서 선셋 보면서 블루씰 아이스크림"),
            (49.5, 4.5, "내일은 나하 국제거리랑 슈리성 갈 거예요 구독하고 기다려 주세요"),
        ],
        "captions": [
            (0, 6, "DAY 2 북부 드라이브 🚗", "small"),
            (7, 17, "万座毛 만좌모", "yellow"),
            (19, 30, "美ら海水族館", "yellow"),
            (24, 30, "입장료 ¥2,180", "box"),
            (32, 42, "古宇利大橋", "yellow"),
            (37, 42, "갈릭 쉬림프 ¥1,500", "box"),
            (44, 54, "美浜アメリカンビレッジ", "yellow"),
        ],
        "places": [
            {"name": "만좌모", "aliases": ["万座毛", "Manzamo", "만자모"], "address": "Onna, Kunigami District, Okinawa", "lat": 26.5049, "lng": 127.8500},
            {"name": "츄라우미 수족관", "aliases": ["沖縄美ら海水族館", "美ら海水族館", "오키나와 츄라우미 수족관", "Churaumi Aquarium", "추라우미 수족관", "츄라우미수족관"], "address": "424 Ishikawa, Motobu, Okinawa", "lat": 26.6943, "lng": 127.8779},
            {"name": "고우리대교", "aliases": ["古宇利大橋", "Kouri Bridge", "코우리대교", "고우리 대교"], "address": "Nakijin, Kunigami District, Okinawa", "lat": 26.6900, "lng": 128.0220},
            {"name": "아메리칸 빌리지", "aliases": ["美浜アメリカンビレッジ", "American Village", "미하마 아메리칸 빌리지", "아메리칸빌리지"], "address": "Mihama, Chatan, Okinawa", "lat": 26.3158, "lng": 127.7568},
        ],
        "optional": ["오키나와", "沖縄", "나하", "나하공항", "차탄", "고우리섬", "古宇利島", "58번 국도", "오키나와 자동차도",
                     "국제거리", "나하 국제거리", "슈리성", "쿠로시오 바다", "블루씰", "일본"],
    },
    {
        "id": "dAlAt16fFvn",
        "lang": "ko",
        "auto_captions": True,
        "title": "베트남 달랏 여행 🇻🇳 선선한 날씨, 폭포 썰매 & 야시장 (자유여행 2일차)",
        "channel": "여행하는 소이",
        "duration": 54,
        "description": (
            "베트남인데 안 더운 도시 달랏 🌲\n"
            "나트랑에서 슬리핑 버스 타고 넘어왔어요 (프엉짱 버스 160,000동)\n\n"
            "📌 2일차 다닌 곳\n"
            "- 다딴라 폭포 (Thác Datanla) | 알파인 코스터 왕복 250,000동\n"
            "- 크레이지 하우스 (Biệt thự Hằng Nga) | 입장 100,000동\n"
            "- 린프억 사원 (Chùa Linh Phước) | 무료, 그랩으로 20분\n"
            "- 달랏 야시장 (Chợ Đêm Đà Lạt) | 반짱느엉 20,000동\n\n"
            "💱 환전: 1,000,000동 ≈ 53,000원\n"
            "📱 그랩 쿠폰 코드: SOYTRAVEL (첫 탑승 할인)\n"
            "#달랏 #베트남여행 #달랏야시장 #dalat"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 5.0, "안녕하세요 소이입니다 달랏 둘째 날인데요 아침에는 약간 쌀쌀해서 가디건 입었어요"),
            (6.0, 5.0, "오늘 첫 번째는 다 딴라 폭포 예요 여기 알파인 코스터 타고 내려가요"),
            (11.5, 5.0, "와 속도 조절을 내가 할 수 있는데 저는 브레이크 계속 잡았어요"),
            (17.5, 5.0, "다음은 크레이지 하우스 진짜 이름 그대로 미로 같은 집이에요"),
            (23.0, 5.0, "계단이 좁아서 조심하셔야 되고 사진 찍을 데가 너무 많아요"),
            (29.5, 5.0, "그랩 타고 조금 멀리 린 프억 사원 왔는데 도자기 조각으로 만든 용이 있어요"),
            (35.5, 5.0, "저녁에는 달랏 야시장 반짱느엉 이라고 달랏 피자 꼭 먹어야 돼요"),
            (41.0, 5.0, "옆에서 따뜻한 두유도 팔아서 같이 먹었는데 만 오천 동이에요"),
            (47.0, 5.0, "내일은 랑비앙 산 지프 투어 갑니다 구독 좋아요 눌러 주세요"),
        ],
        "captions": [
            (0, 5, "DAY 2 · 아침 14℃", "small"),
            (6, 16, "Thác Datanla", "outline"),
            (11, 16, "알파인 코스터 250,000₫", "box"),
            (17, 28, "Biệt thự Hằng Nga", "outline"),
            (29, 34, "Chùa Linh Phước", "outline"),
            (35, 46, "Chợ Đêm Đà Lạt", "outline"),
            (41, 46, "두유 15,000동", "small"),
        ],
        "places": [
            {"name": "다딴라 폭포", "aliases": ["Thác Datanla", "Datanla Falls", "다탄라 폭포", "다딴라폭포", "Datanla", "다 딴라 폭포"], "address": "Đèo Prenn, Phường 3, Đà Lạt, Lâm Đồng", "lat": 11.9011, "lng": 108.4488},
            {"name": "크레이지 하우스", "aliases": ["Crazy House", "Biệt thự Hằng Nga", "크레이지하우스", "항응아 빌라"], "address": "3 Huỳnh Thúc Kháng, Phường 4, Đà Lạt", "lat": 11.9350, "lng": 108.4310},
            {"name": "린프억 사원", "aliases": ["Chùa Linh Phước", "Linh Phuoc Pagoda", "린 프억 사원", "린프억사원", "린푹 사원"], "address": "120 Tự Phước, Trại Mát, Đà Lạt", "lat": 11.9446, "lng": 108.4990},
            {"name": "달랏 야시장", "aliases": ["Chợ Đêm Đà Lạt", "Dalat Night Market", "달랏야시장", "Đà Lạt Night Market"], "address": "Nguyễn Thị Minh Khai, Phường 1, Đà Lạt", "lat": 11.9425, "lng": 108.4372},
        ],
        "optional": ["달랏", "Đà Lạt", "Dalat", "베트남", "나트랑", "랑비앙 산", "랑비앙", "Langbiang"],
    },
    {
        "id": "pRaHa16gGcz",
        "lang": "ko",
        "title": "프라하 하루 코스 🇨🇿 | 성에서 다리까지 걸어서, 꼴레뇨는 여기서",
        "channel": "유럽 한 달 살기 민재",
        "duration": 52,
        "description": (
            "동유럽 한 달 여행 중 프라하 편 🏰\n"
            "(체코 코루나 환율 1 CZK ≈ 60원)\n\n"
            "💶 오늘 쓴 돈\n"
            "- 트램 24시간권: 120 CZK\n"
            "- 성 입장권 (Circuit B): 450 CZK\n"
            "- 트르들로 (굴뚝빵): 150 CZK\n"
            "- 꼴레뇨 + 필스너 2잔: 520 CZK\n"
            "총 1,240 CZK (약 74,000원)\n\n"
            "00:00 말라스트라나에서 출발\n"
            "00:06 Pražský hrad\n"
            "00:18 Karlův most\n"
            "00:30 Staroměstské náměstí\n"
            "00:41 Lokál Dlouhááá\n\n"
            "🎒 가방: 오스프레이 데이라이트 / 카메라: 소니 a6700\n"
            "다음 편: 체스키크룸로프 당일치기!"
        ),
        "chapters": [(0, "말라스트라나에서 출발"), (6, "Pražský hrad"), (18, "Karlův most"), (30, "Staroměstské náměstí"), (41, "Lokál Dlouhááá")],
        "transcript": [
            (0.5, 4.5, "좋은 아침이에요 숙소가 말라스트라나 쪽이라 22번 트램 타고 성 쪽으로 올라갑니다"),
            (6.5, 4.5, "프라하성 도착했어요 성 비투스 대성당이 진짜 압도적이에요"),
            (11.5, 4.5, "황금소로도 봤는데 사람이 너무 많아서 금방 나왔어요"),
            (18.5, 4.5, "이제 카를교 건너가는 중이에요 다리 위에 화가분들이랑 악사분들이 엄청 많아요"),
            (23.5, 4.5, "성 얀 네포무크 동상 만지면 다시 온다고 해서 저도 만졌어요"),
            (30.5, 4.5, "구시가지 광장 도착 정각이라 천문시계 앞에 사람들이 모여 있어요"),
            (35.5, 4.0, "트르들로 하나 사 먹었는데 솔직히 맛은 그냥 그래요"),
            (41.5, 4.5, "저녁은 로칼이라는 체코 펍에 왔어요 탱크 필스너가 유명해요"),
            (46.5, 4.5, "꼴레뇨 진짜 부드럽고 맥주가 물보다 싸요 내일은 체스키크룸로프 갑니다"),
        ],
        "captions": [
            (0, 5, "DAY 12 · Praha"),
            (6, 16, "Pražský hrad"),
            (18, 28, "Karlův most"),
            (30, 40, "Staroměstské náměstí"),
            (35, 40, "Trdelník 150 Kč", "small"),
            (41, 51, "Lokál Dlouhááá"),
            (46, 51, "Pilsner Urquell 59 Kč", "small"),
        ],
        "places": [
            {"name": "프라하성", "aliases": ["Pražský hrad", "Prague Castle", "프라하 성"], "address": "Hradčany, 119 08 Praha 1", "lat": 50.0906, "lng": 14.4003},
            {"name": "카를교", "aliases": ["Karlův most", "Charles Bridge", "카를 교", "까를교"], "address": "Karlův most, 110 00 Praha 1", "lat": 50.0865, "lng": 14.4114},
            {"name": "구시가지 광장", "aliases": ["Staroměstské náměstí", "Old Town Square", "구시가 광장", "프라하 구시가지 광장", "구시가지광장"], "address": "Staroměstské nám., 110 00 Praha 1", "lat": 50.0875, "lng": 14.4213},
            {"name": "로칼", "aliases": ["Lokál Dlouhááá", "Lokál", "Lokal", "로칼 둘로우하"], "address": "Dlouhá 33, 110 00 Praha 1", "lat": 50.0905, "lng": 14.4258},
        ],
        "optional": ["프라하", "Praha", "Prague", "체코", "동유럽", "말라스트라나", "Malá Strana", "22번 트램", "성 비투스 대성당",
                     "황금소로", "천문시계", "성 얀 네포무크 동상", "체스키크룸로프", "구시가지"],
    },
    {
        "id": "sFeAtS16hHq",
        "lang": "en",
        "title": "What I Ate in San Francisco 🌁 Mission burritos, the best morning bun & a 45-min oyster line",
        "channel": "Tasting with Tara",
        "duration": 54,
        "description": (
            "A full eating day in SF! I stayed near Union Square and took BART + Muni everywhere.\n\n"
            "SPOTS //\n"
            "Tartine Bakery // 600 Guerrero St — morning bun + croissant ($18 total)\n"
            "La Taqueria // 2889 Mission St — super burrito dorado style, no rice\n"
            "Swan Oyster Depot // 1517 Polk St — go before 10:30am, cash only\n\n"
            "Not pictured: a very sad airport sandwich at SFO lol\n\n"
            "🎥 Sony ZV-1 II | DJI Mic 2\n"
            "💌 Use code TARA15 for 15% off my Lightroom presets\n"
            "📬 hello@tastingwithtara.com\n"
            "Next week: Ferry Building + Point Reyes oysters 🦪"
        ),
        "chapters": [(0, "Morning"), (6, "Tartine"), (20, "Walking the Mission"), (28, "Burrito time"), (40, "Oyster line")],
        "transcript": [
            (0.5, 4.0, "good morning from San Francisco, it is foggy and freezing and it's July"),
            (6.5, 4.5, "first stop Tartine Bakery on Guerrero, the line is already around the corner"),
            (11.5, 4.5, "okay this morning bun is orange and cinnamon and it's honestly life changing"),
            (20.5, 4.5, "we walked past Dolores Park to burn some of that off, the view of downtown is so pretty"),
            (28.5, 4.5, "and now the famous La Taqueria on Mission Street, I got the super burrito dorado style"),
            (33.5, 4.5, "no rice here, just meat, beans, salsa and a crispy tortilla, fourteen fifty and worth it"),
            (40.5, 4.5, "we took the 19 Polk bus up to Swan Oyster Depot and waited about forty five minutes"),
            (45.5, 4.5, "the Sicilian sashimi and a dozen oysters, cash only so bring cash, see you next week"),
        ],
        "captions": [
            (0, 5, "SAN FRANCISCO 🌁", "small"),
            (6, 18, "Tartine Bakery", "small"),
            (11, 18, "morning bun $6.75", "box"),
            (28, 38, "La Taqueria", "small"),
            (33, 38, "super burrito dorado $14.50", "box"),
            (40, 52, "Swan Oyster Depot", "small"),
            (45, 52, "CASH ONLY 💵", "box"),
        ],
        "places": [
            {"name": "Tartine Bakery", "aliases": ["Tartine", "타르틴 베이커리"], "address": "600 Guerrero St, San Francisco, CA", "lat": 37.7614, "lng": -122.4241},
            {"name": "La Taqueria", "aliases": ["라 타케리아"], "address": "2889 Mission St, San Francisco, CA", "lat": 37.7509, "lng": -122.4181},
            {"name": "Swan Oyster Depot", "aliases": ["Swan Oyster", "스완 오이스터 디포"], "address": "1517 Polk St, San Francisco, CA", "lat": 37.7905, "lng": -122.4207},
        ],
        "optional": ["San Francisco", "SF", "the Mission", "Mission", "Mission Street", "Mission St", "Mission District",
                     "Guerrero", "Guerrero St", "Dolores Park", "Union Square", "BART", "Muni", "SFO", "Ferry Building",
                     "Point Reyes", "Polk", "Polk St", "downtown"],
    },
    {
        "id": "mTlBaGeL16i",
        "lang": "en",
        "auto_captions": True,
        "title": "Montreal Bagel Battle 🥯 St-Viateur vs Fairmount (+ smoked meat & the market)",
        "channel": "Two Forks Travel",
        "duration": 56,
        "description": (
            "Which Montreal bagel is better?? We did a blind taste test between the two legendary "
            "bagel shops in Mile End, then ate way too much smoked meat.\n\n"
            "Chapters\n"
            "0:00 Bonjour Montreal\n"
            "0:06 Bagel #1\n"
            "0:16 Bagel #2\n"
            "0:27 The verdict\n"
            "0:34 Smoked meat\n"
            "0:45 Jean-Talon Market\n\n"
            "We took the Orange line to Laurier and walked. Prices are in CAD.\n"
            "🥯 sesame bagels ~$1.25 each, smoked meat sandwich $14.95\n"
            "Merch → twoforkstravel.shop (code FORKS10)\n"
            "Filmed on iPhone 16 Pro + Rode Wireless GO\n"
            "#montreal #bagels #mileend #foodvlog"
        ),
        "chapters": [(0, "Bonjour Montreal"), (6, "Bagel #1"), (16, "Bagel #2"), (27, "The verdict"), (34, "Smoked meat"), (45, "Jean-Talon Market")],
        "transcript": [
            (0.5, 5.0, "bonjour from montreal it's minus five and we are here for one thing bagels"),
            (6.5, 5.0, "bagel number one is from saint viateur bagel they've been wood firing these since 1957"),
            (12.0, 4.0, "you can literally watch them rolling the dough by hand"),
            (16.5, 5.0, "and bagel number two is from fairmount bagel just a couple blocks away and it's open 24 hours"),
            (22.0, 4.0, "fairmount is a little sweeter and denser honestly"),
            (27.5, 5.0, "okay the verdict blind test I picked saint viateur and she picked fairmount so it's a tie"),
            (34.5, 5.0, "next we walked down to schwartz's for the smoked meat sandwich medium fat with a pickle"),
            (40.0, 4.0, "the line was out the door on saint laurent but it moves fast"),
            (45.5, 5.0, "last stop jean talon market in little italy we grabbed maple taffy and some cheese curds"),
            (51.0, 4.5, "let us know which bagel team you're on see you in quebec city"),
        ],
        "captions": [
            (0, 5, "-5°C 🥶", "small"),
            (6, 15, "ST-VIATEUR BAGEL", "yellow"),
            (16, 26, "FAIRMOUNT BAGEL", "yellow"),
            (27, 33, "1 : 1", "outline"),
            (34, 44, "Schwartz's", "yellow"),
            (38, 44, "medium fat + pickle $14.95", "box"),
            (45, 55, "Marché Jean-Talon", "yellow"),
            (48, 55, "maple taffy $5", "small"),
        ],
        "places": [
            {"name": "St-Viateur Bagel", "aliases": ["St-Viateur", "Saint-Viateur Bagel", "St. Viateur Bagel", "saint viateur bagel"], "address": "263 Rue Saint-Viateur O, Montréal, QC", "lat": 45.5226, "lng": -73.6022},
            {"name": "Fairmount Bagel", "aliases": ["Fairmount Bagel Bakery", "Fairmount"], "address": "74 Av Fairmount O, Montréal, QC", "lat": 45.5228, "lng": -73.5948},
            {"name": "Schwartz's", "aliases": ["Schwartz's Deli", "Schwartz's Montreal Hebrew Delicatessen", "Schwartz"], "address": "3895 Boul Saint-Laurent, Montréal, QC", "lat": 45.5165, "lng": -73.5776},
            {"name": "Jean-Talon Market", "aliases": ["Marché Jean-Talon", "Jean Talon Market"], "address": "7070 Av Henri-Julien, Montréal, QC", "lat": 45.5364, "lng": -73.6147},
        ],
        "optional": ["Montreal", "Montréal", "Mile End", "Little Italy", "Saint-Laurent", "saint laurent", "Boulevard Saint-Laurent",
                     "Orange line", "Laurier", "Laurier station", "Quebec City", "Québec"],
    },
    {
        "id": "cOzYhOmE16j",
        "lang": "en",
        "title": "Fall Home Reset 🍂 candle haul, new rug & a slow cozy evening",
        "channel": "Hannah at Home",
        "duration": 46,
        "description": (
            "Getting the apartment ready for fall 🍂 Everything I bought is linked below "
            "(some are affiliate links, thank you for supporting the channel!)\n\n"
            "CANDLES\n"
            "• Bath & Body Works – Paris Amour\n"
            "• Bath & Body Works – Mahogany Teakwood\n"
            "• Trader Joe's Tuscan-style pumpkin candle\n"
            "• Yankee Candle – Bahama Breeze (yes in October, don't judge)\n\n"
            "HOME\n"
            "• IKEA STOCKHOLM rug (the striped one)\n"
            "• Le Creuset dutch oven in Marseille\n"
            "• Nantucket-style throw blanket – Target\n"
            "• Wall paint: Benjamin Moore Swiss Coffee\n\n"
            "🎧 playlist: \"rainy night in Tokyo\" lofi\n"
            "Code HANNAHFALL for 10% off my Etsy print shop\n"
            "📧 hannahathome.collab@gmail.com\n"
            "Don't forget to subscribe 🤍"
        ),
        "chapters": [(0, "Intro"), (8, "Candle haul"), (22, "New rug + blanket"), (34, "Evening routine")],
        "transcript": [
            (0.5, 4.0, "hi friends welcome back, it is officially fall and I'm resetting the whole apartment"),
            (8.5, 4.5, "okay candle haul first, this one is Paris Amour, it smells like pink champagne and strawberries"),
            (13.5, 4.0, "and of course Mahogany Teakwood, the boyfriend candle, it's a classic"),
            (18.0, 3.5, "the Bahama Breeze one is for when I miss summer"),
            (22.5, 4.5, "this is the IKEA Stockholm rug, it was two hundred and ninety nine dollars and I'm obsessed"),
            (27.5, 4.5, "and this Nantucket throw was only thirty dollars at Target"),
            (34.5, 4.5, "for dinner I'm making French onion soup in my Marseille Le Creuset"),
            (39.5, 4.5, "then a cup of English breakfast, a candle and a book, that's it, see you next week"),
        ],
        "captions": [
            (0, 6, "FALL HOME RESET 🍂", "outline"),
            (8, 21, "3-wick candles $26.95 → $13.47", "box"),
            (22, 32, "STOCKHOLM rug $299", "small"),
            (34, 44, "french onion soup night", "outline"),
        ],
        "places": [],
        "optional": [],
    },
]
