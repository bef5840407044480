"""Fourteenth holdout (blind): travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases; do not tune on it. Same format as /work/shared/eval/cases_dev.py.
Places are real; coordinates are approximate (WGS84). Cities, neighbourhoods,
stations, transit and landmarks a video only passes through are optional.
"""

CASES = [
    {
        "id": "h4eMiSeOsN1",
        "lang": "ko",
        "auto_captions": True,
        "title": "서산 당일치기 🚗 해미읍성 · 간월암 물때 맞춰 가기 + 동부시장 꽃게장",
        "channel": "주말엔 드라이브",
        "duration": 54,
        "description": (
            "서울에서 2시간! 남편이랑 서산 당일치기 다녀왔어요 🚗\n"
            "간월암은 물때 꼭 확인하고 가세요 (바다타임 앱 추천)\n\n"
            "📌 오늘의 코스\n"
            "1️⃣ 해미읍성\n충남 서산시 해미면 남문2로 143\n(입장 무료, 주차 가능)\n"
            "2️⃣ 간월암\n충남 서산시 부석면 간월도1길 119-29\n"
            "3️⃣ 서산동부시장\n충남 서산시 동문동\n\n"
            "00:00 출발\n00:08 해미읍성\n00:22 간월암\n00:38 동부시장 장보기\n00:50 마무리\n\n"
            "🎥 캐논 G7X Mark III / 고프로 12\n"
            "🎵 Music by 브금대통령\n"
            "#서산여행 #해미읍성 #간월암 #충남여행 #당일치기"
        ),
        "chapters": [(0, "출발"), (8, "해미읍성"), (22, "간월암"), (38, "동부시장 장보기"), (50, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 여러분 오늘은 어 서산으로 당일치기 가보겠습니다"),
            (4.8, 3.0, "서해안고속도로 타고 한 두 시간 정도 걸렸어요"),
            (8.5, 4.0, "자 첫 번째 해미 읍성 도착했습니다 성벽이 생각보다 되게 길어요"),
            (13.0, 4.0, "안에 회화나무도 있고 한 바퀴 도는데 한 삼십 분 정도"),
            (17.5, 4.0, "입장료는 무료고요 주차도 바로 앞에 있어요"),
            (22.5, 4.0, "그 다음은 간월 암 인데요 물때 맞춰서 왔더니 길이 딱 열려 있네요"),
            (27.0, 4.0, "물 들어오면 섬처럼 돼서 못 들어가요 진짜 신기하죠"),
            (31.5, 5.0, "이 앞에 굴밥 집이 많은데 저희는 그 어 영양굴밥 하나 먹었어요 만 오천 원"),
            (38.5, 4.0, "마지막으로 동부 시장 와서 게장이랑 어리굴젓 좀 샀어요"),
            (43.0, 5.0, "꽃게장 일 키로에 사만 원 정도 하더라고요"),
            (50.3, 3.5, "오늘 영상 재밌게 보셨으면 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 7, "서산 당일치기 🚗", "outline"),
            (8, 20, "해미읍성"),
            (17, 21, "입장료 무료", "small"),
            (22, 36, "간월암 (물때 확인 필수!)"),
            (31, 36, "영양굴밥 15,000원", "box"),
            (38, 50, "서산동부시장"),
            (43, 49, "꽃게장 1kg 40,000원", "box"),
        ],
        "places": [
            {"name": "해미읍성", "aliases": ["해미 읍성", "Haemieupseong", "Haemieupseong Fortress"], "address": "충남 서산시 해미면 남문2로 143", "lat": 36.7134, "lng": 126.5488},
            {"name": "간월암", "aliases": ["Ganworam", "Ganwolam"], "address": "충남 서산시 부석면 간월도1길 119-29", "lat": 36.6031, "lng": 126.4137},
            {"name": "서산동부시장", "aliases": ["동부시장", "서산 동부시장", "서산동부전통시장"], "address": "충남 서산시 동문동", "lat": 36.7822, "lng": 126.4535},
        ],
        "optional": ["서산", "서울", "충남", "서해안고속도로", "간월도", "해미", "회화나무"],
    },
    {
        "id": "HaDoNg_tEa2",
        "lang": "ko",
        "title": "하동 1박2일 🍵 녹차밭 보러 갔다가 재첩국에 반함 | 혼자 여행 vlog",
        "channel": "느린여행자 소희",
        "duration": 52,
        "description": (
            "벚꽃 시즌 끝나고 조용해진 하동에 다녀왔어요.\n"
            "혼자 가도 좋은 곳들이라 추천해요 🌿\n\n"
            "장소 정보는 영상 속 자막으로 넣어뒀어요!\n"
            "숙소는 협찬 아니고 내돈내산입니다 🙂\n\n"
            "📷 소니 a6400 + 시그마 18-50\n"
            "✉️ soheeslowtrip@example.com\n\n"
            "#하동여행 #하동 #섬진강 #혼자여행 #경남여행 #녹차"
        ),
        "chapters": [(0, "도착"), (7, "장터 구경"), (20, "절 가는 길"), (34, "소설 속 마을"), (46, "다음 여행 예고")],
        "transcript": [
            (0.5, 4.0, "하동 터미널에 내렸어요 서울에서 버스로 한 네 시간 걸린 것 같아요"),
            (7.5, 4.0, "음 일단 화개장터부터 왔는데요 생각보다 아담해요"),
            (12.0, 4.5, "여기서 재첩국 한 그릇 먹었는데 국물이 진짜 시원하더라고요 만 이천 원"),
            (20.5, 4.0, "버스 타고 쪼끔 더 올라가면 절이 나와요 천 년 넘은 절이래요"),
            (25.0, 5.0, "가는 길에 녹차밭이 쭉 있어서 걸어가는 맛이 있어요 그 계곡 소리도 좋고"),
            (34.5, 4.0, "다음 날 아침엔 악양 쪽에 최참판댁 갔어요 토지 촬영지로 유명한 곳이죠"),
            (39.0, 5.0, "위에서 보면 들판이 한눈에 보여요 부부송도 보이고요 어 너무 평화롭다"),
            (46.5, 4.0, "다음 영상은 구례 편이에요 기대해 주세요"),
        ],
        "captions": [
            (0, 6, "하동 도착 🚌", "outline"),
            (7, 18, "📍 화개장터", "box"),
            (12, 18, "재첩국 정식 12,000원", "small"),
            (20, 32, "📍 쌍계사", "box"),
            (25, 32, "십리벚꽃길 따라 걷기", "small"),
            (34, 45, "📍 평사리 들판 뷰", "box"),
            (46, 52, "NEXT ▶ 구례", "yellow"),
        ],
        "places": [
            {"name": "화개장터", "aliases": ["화개 장터", "Hwagae Market", "Hwagae Marketplace"], "address": "경남 하동군 화개면 쌍계로 15", "lat": 35.1885, "lng": 127.6240},
            {"name": "쌍계사", "aliases": ["Ssanggyesa", "Ssanggyesa Temple"], "address": "경남 하동군 화개면 쌍계사길 59", "lat": 35.2342, "lng": 127.6456},
            {"name": "최참판댁", "aliases": ["최참판 댁", "Choi Champan House"], "address": "경남 하동군 악양면 평사리길 66-7", "lat": 35.1650, "lng": 127.7160},
        ],
        "optional": ["하동", "하동 터미널", "하동터미널", "하동버스터미널", "서울", "섬진강", "악양", "평사리", "평사리 들판", "부부송", "십리벚꽃길", "구례", "화개", "경남"],
    },
    {
        "id": "jEcH3oNlkE3",
        "lang": "ko",
        "title": "제천 여행 코스 추천 | 의림지 산책, 청풍호 케이블카, 빨간오뎅까지",
        "channel": "토요일의 기차여행",
        "duration": 46,
        "description": (
            "청량리에서 KTX-이음 타고 1시간! 제천 당일치기 🚄\n\n"
            "장소 | 주소 | 한줄평\n"
            "의림지 | 충북 제천시 의림지로 33 | 아침 산책 강추\n"
            "청풍호반케이블카 | 충북 제천시 청풍면 문화재길 166 | 왕복 일반캐빈 18,000원\n"
            "제천중앙시장 | 충북 제천시 중앙로2가 | 빨간오뎅 필수\n\n"
            "00:00 제천역\n00:06 의림지\n00:18 청풍호 케이블카\n00:32 중앙시장\n\n"
            "교통: 청량리역 → 제천역 (KTX-이음), 시내버스 31번, 청풍까지는 택시 25분\n"
            "#제천 #제천여행 #의림지 #청풍호 #케이블카 #KTX이음"
        ),
        "chapters": [(0, "제천역"), (6, "의림지"), (18, "청풍호 케이블카"), (32, "중앙시장")],
        "transcript": [
            (0.5, 4.0, "제천역 도착 서울보다 공기가 확실히 차가워요"),
            (6.5, 4.0, "여기는 의림지예요 우리나라에서 제일 오래된 저수지 중 하나래요"),
            (11.0, 4.5, "용추폭포 쪽에 유리 전망대도 있는데 아래가 다 보여서 좀 무서워요"),
            (18.5, 4.0, "택시 타고 청풍호 쪽으로 넘어왔어요 케이블카 타러 왔습니다"),
            (23.0, 4.5, "바닥이 투명한 크리스탈 캐빈도 있는데 저는 그냥 일반 캐빈 탔어요"),
            (28.0, 3.5, "위에 비봉산 정상에서 보는 청풍호 뷰가 진짜 미쳤어요"),
            (32.5, 4.0, "마지막은 중앙시장 빨간오뎅 한 꼬치에 천 원이에요"),
            (37.0, 4.5, "매콤한데 중독성 있어요 떡볶이랑 같이 먹었습니다"),
            (42.0, 3.5, "다음 주엔 단양 편 올릴게요"),
        ],
        "captions": [
            (0, 6, "제천역 🚄"),
            (6, 16, "의림지"),
            (11, 16, "용추폭포 유리전망대", "small"),
            (18, 28, "청풍호반케이블카"),
            (23, 28, "일반캐빈 왕복 18,000원", "box"),
            (28, 32, "비봉산 정상 531m", "small"),
            (32, 42, "제천중앙시장 빨간오뎅"),
            (34, 40, "1꼬치 1,000원", "box"),
        ],
        "places": [
            {"name": "의림지", "aliases": ["Uirimji", "Uirimji Reservoir", "의림지 저수지"], "address": "충북 제천시 의림지로 33", "lat": 37.1745, "lng": 128.2108},
            {"name": "청풍호반케이블카", "aliases": ["청풍호반 케이블카", "청풍호 케이블카", "청풍 케이블카", "Cheongpung Lake Cable Car"], "address": "충북 제천시 청풍면 문화재길 166", "lat": 37.0000, "lng": 128.1700},
            {"name": "제천중앙시장", "aliases": ["제천 중앙시장", "중앙시장", "제천중앙시장 빨간오뎅"], "address": "충북 제천시 중앙로2가", "lat": 37.1369, "lng": 128.2126},
        ],
        "optional": ["제천", "제천역", "청량리", "청량리역", "서울", "청풍호", "청풍", "비봉산", "용추폭포", "용추폭포 유리전망대", "단양", "KTX-이음"],
    },
    {
        "id": "sAmCh3Ok4cV",
        "scene": "busy",
        "lang": "ko",
        "title": "강원도 7번 국도 가족 여행 2탄 🌊 동굴, 바다, 케이블카",
        "channel": "하루네 캠핑카",
        "duration": 48,
        "description": (
            "7번 국도 따라 내려가는 가족 여행 두 번째 날!\n"
            "하루가 제일 좋아했던 날이에요 😆\n\n"
            "🚐 차량: 스타리아 캠퍼 11\n"
            "🎥 DJI 오즈모 액션4 / 아이폰 15 프로\n"
            "이 영상은 쿠팡 파트너스 활동으로 수수료를 받을 수 있습니다\n"
            "캠핑용품 10% 할인코드: HARU10\n\n"
            "#삼척여행 #강원도여행 #가족여행 #캠핑카여행 #7번국도"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "하루야 오늘 어디 간다고 했지? 동굴! 맞아 동굴 가자"),
            (6.5, 4.0, "모노레일 타고 올라가는데 경사가 장난 아니에요"),
            (11.0, 5.0, "안에 들어오니까 완전 시원하네요 여름인데 한 십오 도 정도래요"),
            (19.5, 4.0, "점심은 곰치국 먹었어요 하루는 생선까스"),
            (24.5, 4.0, "이제 바다로 왔어요 물이 진짜 투명해서 바닥이 다 보여요"),
            (29.0, 4.0, "하루는 스노클링 하고 아빠는 옆에서 튜브 잡고"),
            (36.5, 4.0, "케이블카 타고 바다 위를 건너가요 엄청 짧은데 재밌어요"),
            (42.0, 4.0, "내일은 울진으로 내려갑니다 구독 꾹"),
        ],
        "captions": [
            (0, 6, "DAY 2 🚐", "yellow"),
            (6, 18, "📍 환선굴", "outline"),
            (9, 14, "모노레일 왕복 10,000원", "box"),
            (19, 24, "곰치국 20,000원", "box"),
            (24, 36, "📍 장호항", "outline"),
            (29, 34, "스노클링 장비 대여 15,000원", "small"),
            (36, 44, "📍 삼척해상케이블카", "outline"),
            (44, 48, "NEXT ▶ 울진", "yellow"),
        ],
        "places": [
            {"name": "환선굴", "aliases": ["환선 굴", "Hwanseongul", "Hwanseon Cave"], "address": "강원 삼척시 신기면 환선로 800", "lat": 37.3250, "lng": 129.0430},
            {"name": "장호항", "aliases": ["장호 항", "Jangho Port", "Jangho Harbor"], "address": "강원 삼척시 근덕면 장호리", "lat": 37.2866, "lng": 129.3151},
            {"name": "삼척해상케이블카", "aliases": ["삼척 해상케이블카", "삼척 해상 케이블카", "Samcheok Marine Cable Car"], "address": "강원 삼척시 근덕면 용화리", "lat": 37.2905, "lng": 129.3130},
        ],
        "optional": ["삼척", "강원도", "7번 국도", "7번국도", "울진", "용화", "용화해변", "장호", "모노레일"],
    },
    {
        "id": "kGsMa_ShRk5",
        "lang": "ko",
        "auto_captions": True,
        "title": "가고시마 3박4일 🌋 사쿠라지마 화산 보고 흑돼지 샤브샤브까지 | 규슈 소도시 여행",
        "channel": "여행하는 다은",
        "duration": 56,
        "description": (
            "엄마랑 둘이 다녀온 가고시마! 인천에서 직항으로 1시간 반 ✈️\n"
            "요즘 제일 좋아하는 일본 소도시예요.\n\n"
            "🗾 이번 영상에 나온 곳\n"
            "◆ 센간엔 (仙巌園)\n   鹿児島県鹿児島市吉野町9700-1 / 입장료 1,600엔\n"
            "◆ 유노히라 전망소 (湯之平展望所)\n   사쿠라지마 페리 타고 버스로 15분\n"
            "◆ 아지모리 (あぢもり) – 흑돼지 샤브샤브\n   鹿児島県鹿児島市千日町13-21\n"
            "◆ 무자키 텐몬칸 본점 (天文館むじゃき)\n   시로쿠마 빙수 원조집!\n\n"
            "00:00 가고시마 도착\n00:08 센간엔\n00:20 사쿠라지마\n00:34 흑돼지 샤브샤브\n00:46 시로쿠마\n\n"
            "💴 환율 100엔 = 약 920원 기준\n"
            "📱 트래블로그 카드 사용 (광고 아님)\n"
            "#가고시마 #가고시마여행 #사쿠라지마 #규슈여행 #일본소도시"
        ),
        "chapters": [(0, "가고시마 도착"), (8, "센간엔"), (20, "사쿠라지마"), (34, "흑돼지 샤브샤브"), (46, "시로쿠마")],
        "transcript": [
            (0.5, 4.0, "가고시마 중앙역에 도착했어요 역 위에 관람차가 있어요"),
            (4.8, 3.0, "시티뷰 버스 타고 바로 이동합니다"),
            (8.5, 4.0, "센간 엔 이라는 정원인데요 뒤로 사쿠라 지마가 딱 보여요"),
            (13.0, 5.0, "원래 시마즈 가문의 별장이었대요 여기서 지란 차 한 잔 마셨어요"),
            (20.5, 4.0, "페리 타고 십오 분이면 사쿠라 지마 도착 배값이 이백 엔 밖에 안 해요"),
            (25.0, 4.5, "유노 히라 전망소 올라왔는데 연기가 계속 올라와요 와 살아있는 화산"),
            (30.0, 3.5, "화산재가 차에 다 쌓여 있어요"),
            (34.5, 4.0, "저녁은 텐몬칸에 있는 아지 모리 흑돼지 샤브샤브 먹었어요"),
            (39.0, 5.0, "고기가 진짜 달아요 소바 사리까지 추가해서 일 인 육천 엔 정도"),
            (46.5, 4.0, "디저트는 무자키 시로쿠마 원조집이에요 연유 빙수 위에 과일"),
            (51.0, 4.0, "크기 진짜 커요 레귤러 사이즈 하나면 둘이 먹어요"),
        ],
        "captions": [
            (0, 7, "鹿児島中央駅", "small"),
            (8, 18, "센간엔 仙巌園"),
            (13, 18, "입장료 ¥1,600", "box"),
            (20, 32, "桜島 사쿠라지마 🌋", "outline"),
            (25, 32, "유노히라 전망소", "small"),
            (34, 44, "아지모리 あぢもり"),
            (39, 44, "흑돼지 샤브샤브 코스 ¥6,000~", "box"),
            (46, 56, "天文館むじゃき 시로쿠마"),
        ],
        "places": [
            {"name": "센간엔", "aliases": ["仙巌園", "Sengan-en", "Senganen", "센간엔 정원"], "address": "9700-1 Yoshinocho, Kagoshima", "lat": 31.6178, "lng": 130.5770},
            {"name": "유노히라 전망소", "aliases": ["湯之平展望所", "유노히라 전망대", "유노히라", "Yunohira Observatory"], "address": "Sakurajima Kurokamicho, Kagoshima", "lat": 31.5928, "lng": 130.6276},
            {"name": "아지모리", "aliases": ["あぢもり", "Ajimori", "아지모리 흑돼지 샤브샤브"], "address": "13-21 Sennichicho, Kagoshima", "lat": 31.5898, "lng": 130.5557},
            {"name": "무자키", "aliases": ["天文館むじゃき", "むじゃき", "Mujaki", "무자키 텐몬칸 본점", "텐몬칸 무자키"], "address": "5-8 Sennichicho, Kagoshima", "lat": 31.5893, "lng": 130.5548},
        ],
        "optional": ["가고시마", "鹿児島", "가고시마 중앙역", "가고시마중앙역", "鹿児島中央駅", "사쿠라지마", "桜島", "사쿠라지마 페리", "텐몬칸", "天文館", "규슈", "일본", "인천", "인천공항"],
    },
    {
        "id": "hOiAnLnTn-6",
        "scene": "busy",
        "lang": "ko",
        "title": "호이안 올드타운 🏮 밤이 더 예쁜 도시 | 베트남 여행 ep.3",
        "channel": "지니의 지구여행",
        "duration": 50,
        "description": (
            "다낭에서 그랩 타고 40분, 호이안 하루 코스!\n"
            "제가 저장해둔 구글맵 리스트 공유해요 👉 https://maps.app.goo.gl/hoianJini\n\n"
            "✔️ 반미 맛집: Bánh Mì Phượng (2B Phan Châu Trinh)\n"
            "✔️ 루프탑 카페: Faifo Coffee (130 Trần Phú)\n\n"
            "💸 환전: 100만 동 ≈ 5만 4천 원\n"
            "🛵 그랩 쿠폰 JINI2025 (5% 할인)\n"
            "📧 business: jinitravel@example.com\n\n"
            "#호이안 #호이안여행 #베트남여행 #다낭여행 #반미 #소원등"
        ),
        "chapters": [(0, "인트로"), (6, "점심"), (16, "올드타운 산책"), (30, "해변에서 쉬기"), (40, "밤의 호이안")],
        "transcript": [
            (0.5, 4.0, "다낭에서 그랩 타고 사십 분 정도 달려서 호이안 왔어요"),
            (6.5, 4.0, "앤서니 부르댕이 극찬했다는 그 반미집 왔습니다"),
            (11.0, 4.0, "반미 하나에 삼만 동 천오백 원 정도예요 완전 맛있어요"),
            (16.5, 4.0, "올드타운 걷다 보면 여기 일본 다리 꼭 지나가게 돼요"),
            (21.0, 4.0, "통합 입장권 있어야 건널 수 있어요 십이만 동"),
            (25.5, 4.0, "루프탑 카페 올라가서 코코넛 커피 한 잔"),
            (30.5, 4.0, "해질녘엔 해변 가서 좀 쉬었어요 음료만 시키면 선베드가 무료예요"),
            (35.0, 4.0, "물이 생각보다 따뜻했어요"),
            (40.5, 4.0, "밤에 투본강에서 소원배 탔어요 등 하나 띄우고"),
            (45.0, 4.0, "야시장 구경하다가 하루 마무리 다음 편은 후에예요"),
        ],
        "captions": [
            (0, 6, "DA NANG → HOI AN 🛵", "yellow"),
            (6, 16, "📍 Bánh Mì Phượng", "small"),
            (11, 16, "반미 30,000đ", "box"),
            (16, 25, "📍 내원교 (Chùa Cầu)", "small"),
            (21, 25, "통합 입장권 120,000đ", "box"),
            (25, 30, "📍 Faifo Coffee", "small"),
            (30, 40, "📍 안방비치 An Bàng", "small"),
            (40, 46, "투본강 소원배 🏮", "outline"),
            (45, 50, "호이안 야시장", "outline"),
        ],
        "places": [
            {"name": "Bánh Mì Phượng", "aliases": ["반미프엉", "반미 프엉", "Banh Mi Phuong", "Bánh Mì Phượng Hội An"], "address": "2B Phan Châu Trinh, Hội An", "lat": 15.8796, "lng": 108.3323},
            {"name": "내원교", "aliases": ["Chùa Cầu", "Chua Cau", "일본 다리", "일본교", "Japanese Covered Bridge", "Japanese Bridge"], "address": "Nguyễn Thị Minh Khai, Hội An", "lat": 15.8770, "lng": 108.3259},
            {"name": "Faifo Coffee", "aliases": ["파이포 커피", "파이포 카페", "Faifo"], "address": "130 Trần Phú, Hội An", "lat": 15.8772, "lng": 108.3285},
            {"name": "안방비치", "aliases": ["안방 비치", "안방 해변", "An Bàng", "An Bang Beach", "An Bàng Beach"], "address": "An Bàng, Cẩm An, Hội An", "lat": 15.9146, "lng": 108.3417},
            {"name": "호이안 야시장", "aliases": ["Hoi An Night Market", "Chợ đêm Hội An", "야시장"], "address": "Nguyễn Hoàng, Hội An", "lat": 15.8763, "lng": 108.3270},
        ],
        "optional": ["호이안", "Hoi An", "HOI AN", "다낭", "Da Nang", "DA NANG", "올드타운", "호이안 올드타운", "투본강", "베트남", "후에", "Phan Châu Trinh", "Trần Phú"],
    },
    {
        "id": "MrKsH_souk7",
        "lang": "ko",
        "title": "모로코 마라케시 🇲🇦 메디나에서 길 잃은 하루 (사막 가기 전날)",
        "channel": "배낭메고 세계일주 | 태현",
        "duration": 50,
        "description": (
            "세계일주 112일차, 드디어 아프리카! 마라케시에서 보낸 하루입니다.\n\n"
            "— 오늘 동선 —\n"
            "• 마조렐 정원 (Jardin Majorelle) — 입장 170디르함, 온라인 예약 필수\n"
            "• 카페 데 에피스 (Café des Épices) — 루프탑, 민트티 25MAD\n"
            "• 제마 엘프나 광장 (Place Jemaa el-Fna / ساحة جامع الفنا) — 해 지고 가세요\n\n"
            "0:00 리야드 아침\n0:08 마조렐 정원\n0:20 수크 길 잃기\n0:30 카페 데 에피스\n0:40 광장 야시장\n\n"
            "✈️ 리스본 → 마라케시 라이언에어 49유로\n"
            "💵 1디르함 ≈ 135원\n"
            "⚠️ 메디나에서 길 알려준다고 따라오는 분들 조심하세요\n\n"
            "다음 영상: 사하라 사막 2박3일 투어 🐪\n"
            "#모로코 #마라케시 #세계일주 #배낭여행"
        ),
        "chapters": [(0, "리야드 아침"), (8, "마조렐 정원"), (20, "수크 길 잃기"), (30, "카페 데 에피스"), (40, "광장 야시장")],
        "transcript": [
            (0.5, 4.0, "좋은 아침입니다 여기는 제가 묵고 있는 리야드예요 조식 포함이에요"),
            (8.5, 4.0, "택시 타고 마조렐 정원 왔어요 이브 생로랑이 사랑한 정원이래요"),
            (13.0, 4.0, "이 파란색이 마조렐 블루라고 하더라고요 사진이 그냥 다 화보예요"),
            (20.5, 5.0, "메디나 안에 수크로 들어왔는데 어 완전 미로예요 구글맵도 잘 안 돼요"),
            (26.0, 3.5, "가죽 가방 흥정하다가 결국 못 샀어요"),
            (30.5, 4.0, "잠깐 쉬러 카페 데 에피스 루프탑 올라왔어요"),
            (35.0, 4.0, "민트티 한 잔에 이십오 디르함 설탕이 엄청 들어가요"),
            (40.5, 4.0, "해 지니까 광장에 포장마차가 쫙 깔려요 저 멀리 쿠투비아도 보이고"),
            (45.0, 4.0, "달팽이 수프 먹어봤는데 생각보다 괜찮아요 내일은 사막 갑니다"),
        ],
        "captions": [
            (0, 6, "DAY 112 · Marrakech", "outline"),
            (8, 18, "Jardin Majorelle", "yellow"),
            (14, 18, "입장료 170 MAD", "box"),
            (20, 30, "수크 (Souk) 🧭", "outline"),
            (30, 40, "Café des Épices", "yellow"),
            (35, 40, "민트티 25 MAD", "box"),
            (40, 50, "Jemaa el-Fna", "yellow"),
            (44, 48, "달팽이 수프 10 MAD", "box"),
        ],
        "places": [
            {"name": "마조렐 정원", "aliases": ["Jardin Majorelle", "Majorelle Garden", "마조렐 가든"], "address": "Rue Yves Saint Laurent, Marrakech", "lat": 31.6417, "lng": -8.0034},
            {"name": "카페 데 에피스", "aliases": ["Café des Épices", "Cafe des Epices"], "address": "75 Rahba Lakdima, Marrakech", "lat": 31.6303, "lng": -7.9870},
            {"name": "제마 엘프나 광장", "aliases": ["제마엘프나 광장", "제마 엘 프나 광장", "Jemaa el-Fna", "Jemaa el-Fnaa", "Place Jemaa el-Fna", "ساحة جامع الفنا"], "address": "Jemaa el-Fna, Marrakech", "lat": 31.6258, "lng": -7.9892},
        ],
        "optional": ["마라케시", "Marrakech", "모로코", "아프리카", "메디나", "수크", "Souk", "쿠투비아", "쿠투비아 모스크", "리스본", "사하라", "사하라 사막"],
    },
    {
        "id": "SyDbOnDi-8x",
        "lang": "en",
        "auto_captions": True,
        "title": "Bondi coastal walk + the BEST fish & chips in Sydney?! 🇦🇺 Sydney Vlog Day 2",
        "channel": "Tom & Priya Travel",
        "duration": 54,
        "description": (
            "Day 2 in Sydney! We did the famous coastal walk, ate way too much seafood "
            "and finished with brunch-for-dinner (don't ask).\n\n"
            "WHERE WE WENT 👇\n"
            "Bondi Beach\n"
            "Bondi Icebergs – pool entry $10\n"
            "Sydney Fish Market, Pyrmont\n"
            "The Grounds of Alexandria\n\n"
            "⏱ CHAPTERS\n0:00 Morning in Bondi\n0:12 Icebergs pool\n0:22 Coastal walk\n"
            "0:30 Fish market\n0:44 The Grounds\n\n"
            "🎒 What we use: Sony ZV-1 II, Rode Wireless Go II, Peak Design Everyday 20L\n"
            "💳 Get $25 off your first Airalo eSIM with code TOMPRIYA\n"
            "📩 collabs: hello@tomandpriya.example\n"
            "New videos every Sunday – hit subscribe!\n"
            "#sydney #bondi #australia #travelvlog"
        ),
        "chapters": [(0, "Morning in Bondi"), (12, "Icebergs pool"), (22, "Coastal walk"), (30, "Fish market"), (44, "The Grounds")],
        "transcript": [
            (0.5, 4.0, "good morning from bondi beach it is seven am and the surfers are already out"),
            (5.0, 4.0, "we grabbed a flat white from a little kiosk on campbell parade"),
            (12.5, 4.0, "this is the famous bondi ice bergs pool the waves literally crash into it"),
            (17.0, 4.0, "it was ten dollars to swim and honestly the water was freezing"),
            (22.5, 4.0, "then we did the coastal walk past tamarama and bronte all the way down to coogee"),
            (27.0, 3.0, "about six kilometres and so many stairs"),
            (30.5, 4.0, "we took an uber over to the sydney fish market in pyrmont"),
            (35.0, 5.0, "we got a seafood platter with oysters and prawns for like sixty five dollars"),
            (40.0, 3.5, "watch out for the seagulls they are ruthless"),
            (44.5, 4.0, "dinner was at the grounds of alexandria which is this huge garden cafe"),
            (49.0, 4.0, "tomorrow we're taking the ferry to manly so make sure you're subscribed"),
        ],
        "captions": [
            (0, 10, "BONDI BEACH 🌊", "yellow"),
            (12, 20, "Bondi Icebergs", "outline"),
            (16, 20, "Pool entry $10 AUD", "box"),
            (22, 30, "Bondi → Coogee 6km", "outline"),
            (30, 42, "Sydney Fish Market", "outline"),
            (35, 40, "Seafood platter $65", "box"),
            (44, 54, "The Grounds of Alexandria", "small"),
        ],
        "places": [
            {"name": "Bondi Beach", "aliases": ["본다이 비치", "Bondi"], "address": "Bondi Beach NSW 2026, Sydney", "lat": -33.8908, "lng": 151.2743},
            {"name": "Bondi Icebergs", "aliases": ["Bondi Icebergs Pool", "Bondi Icebergs Club", "bondi ice bergs", "Icebergs"], "address": "1 Notts Ave, Bondi Beach NSW 2026", "lat": -33.8950, "lng": 151.2745},
            {"name": "Sydney Fish Market", "aliases": ["시드니 피시마켓", "Fish Market"], "address": "Bank St, Pyrmont NSW 2009", "lat": -33.8731, "lng": 151.1920},
            {"name": "The Grounds of Alexandria", "aliases": ["Grounds of Alexandria", "The Grounds"], "address": "7a/2 Huntley St, Alexandria NSW 2015", "lat": -33.9105, "lng": 151.1942},
        ],
        "optional": ["Sydney", "Australia", "Bondi to Coogee", "Bondi to Coogee Coastal Walk", "Bondi to Coogee walk", "coastal walk", "Tamarama", "Bronte", "Coogee", "Campbell Parade", "Pyrmont", "Alexandria", "Manly"],
    },
    {
        "id": "nArAdEeR9zq",
        "lang": "en",
        "title": "Nara Day Trip from Osaka 🦌 Bowing Deer, Giant Buddha & Speedy Mochi",
        "channel": "Wandering Wes",
        "duration": 50,
        "description": (
            "The easiest day trip from Osaka: about 40 minutes on the Kintetsu Nara Line "
            "from Namba (¥680 one way).\n\n"
            "Tips:\n"
            "- Deer crackers (shika senbei) are ¥200 a stack, hide your map!\n"
            "- Todai-ji's Great Buddha Hall is ¥800, open 7:30–17:30\n"
            "- Get to the mochi shop early for the pounding show\n\n"
            "My Japan rail & eSIM links (affiliate): https://example.com/wes\n"
            "Music: Epidemic Sound\n"
            "Next week: Kyoto's Fushimi Inari at 5am\n"
            "#nara #japan #osaka #daytrip"
        ),
        "chapters": [(0, "Osaka → Nara"), (6, "Deer!!"), (16, "Todai-ji"), (28, "Lantern shrine"), (38, "Mochi pounding")],
        "transcript": [
            (0.5, 4.0, "morning everyone I'm on the kintetsu train from namba heading to nara"),
            (6.5, 4.0, "and we're in nara park and there are deer literally everywhere"),
            (11.0, 4.0, "if you bow to them they bow back look at that"),
            (16.5, 4.0, "this is todaiji the great buddha hall is one of the biggest wooden buildings in the world"),
            (21.0, 5.0, "and the buddha inside is fifteen metres tall it's honestly hard to film"),
            (28.5, 4.0, "next up is kasuga taisha the shrine with thousands of stone lanterns"),
            (33.0, 4.0, "it's a nice twenty minute walk through the forest from the park"),
            (38.5, 4.0, "and back in town at nakatanidou for the famous high speed mochi pounding"),
            (43.0, 3.5, "yomogi mochi is a hundred eighty yen each and it's still warm"),
            (47.0, 2.5, "see you in kyoto next week"),
        ],
        "captions": [
            (0, 6, "Namba → Kintetsu-Nara ¥680", "small"),
            (6, 16, "Nara Park 奈良公園", "outline"),
            (11, 16, "shika senbei ¥200", "box"),
            (16, 28, "Tōdai-ji 東大寺", "outline"),
            (21, 26, "Great Buddha Hall ¥800", "box"),
            (28, 38, "Kasuga Taisha 春日大社", "outline"),
            (38, 48, "中谷堂 Nakatanidou", "yellow"),
            (43, 48, "yomogi mochi ¥180", "box"),
        ],
        "places": [
            {"name": "Nara Park", "aliases": ["奈良公園", "Nara Koen", "나라 공원"], "address": "Nara Park, Nara", "lat": 34.6850, "lng": 135.8430},
            {"name": "Todai-ji", "aliases": ["東大寺", "Todaiji", "Tōdai-ji", "도다이지", "Great Buddha Hall", "Daibutsuden"], "address": "406-1 Zoshicho, Nara", "lat": 34.6890, "lng": 135.8398},
            {"name": "Kasuga Taisha", "aliases": ["春日大社", "Kasuga-taisha", "Kasuga Grand Shrine", "가스가타이샤"], "address": "160 Kasuganocho, Nara", "lat": 34.6812, "lng": 135.8484},
            {"name": "Nakatanidou", "aliases": ["中谷堂", "Nakatani-dou", "Nakatanido", "나카타니도"], "address": "29 Hashimotocho, Nara", "lat": 34.6817, "lng": 135.8298},
        ],
        "optional": ["Nara", "奈良", "Osaka", "Namba", "Kintetsu-Nara", "Kintetsu Nara Station", "Kintetsu Nara Line", "Kyoto", "Fushimi Inari", "Japan"],
    },
    {
        "id": "pErFuMe10Rv",
        "lang": "ko",
        "title": "요즘 매일 뿌리는 향수 5가지 🌿 여름 향수 추천 (내돈내산)",
        "channel": "향기로운 하루 Hyang",
        "duration": 44,
        "description": (
            "여름에 손이 제일 많이 가는 향수들 모아봤어요!\n"
            "전부 내돈내산이고 면세점이랑 공식몰에서 샀어요.\n\n"
            "오늘 소개한 향수\n"
            "1. 조 말론 런던 – 우드 세이지 앤 씨 솔트 코롱 100ml\n"
            "2. 아쿠아 디 파르마 – 블루 메디테라네오 피코 디 아말피\n"
            "3. 에르메스 – 나일강의 정원 (Un Jardin sur le Nil)\n"
            "4. 르라보 – 상탈 33\n"
            "5. 메종 마르지엘라 레플리카 – 비치 워크\n\n"
            "00:00 인트로\n00:06 조 말론 런던\n00:14 아쿠아 디 파르마\n00:22 에르메스\n00:30 르라보\n00:36 레플리카\n\n"
            "🎁 올리브영 10% 할인코드 HYANG10 (8/31까지)\n"
            "📩 문의 hyang.daily@example.com\n"
            "#향수추천 #여름향수 #조말론 #르라보 #니치향수"
        ),
        "chapters": [(0, "인트로"), (6, "조 말론 런던"), (14, "아쿠아 디 파르마"), (22, "에르메스"), (30, "르라보"), (36, "레플리카")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 향기로운 하루입니다 오늘은 여름 향수 다섯 개 가져왔어요"),
            (6.5, 4.0, "첫 번째는 조 말론 런던 우드 세이지 앤 씨 솔트예요 바닷바람 같은 향"),
            (11.0, 2.5, "코롱이라 지속력은 좀 짧아요"),
            (14.5, 4.0, "두 번째 아쿠아 디 파르마 피코 디 아말피 이탈리아 해안 느낌의 무화과 향"),
            (19.0, 2.5, "이건 면세점에서 십오만 원대에 샀어요"),
            (22.5, 4.5, "에르메스 나일강의 정원은 초록 망고 향이 나요 진짜 청량해요"),
            (30.5, 3.0, "르라보 상탈 33은 이제 너무 유명하죠 우디한 향"),
            (33.5, 2.5, "도시 한정인 가이악 10 도쿄도 궁금해요"),
            (36.5, 4.0, "마지막은 레플리카 비치 워크 여름 해변 선크림 냄새"),
            (41.0, 2.5, "다음엔 가을 향수로 올게요"),
        ],
        "captions": [
            (0, 6, "여름 향수 TOP 5 🌿", "yellow"),
            (6, 14, "Jo Malone London", "outline"),
            (10, 14, "100ml 258,000원", "box"),
            (14, 22, "Fico di Amalfi", "outline"),
            (22, 30, "Un Jardin sur le Nil", "outline"),
            (30, 36, "SANTAL 33", "outline"),
            (36, 44, "REPLICA · Beachwalk", "outline"),
            (38, 44, "10% 할인코드 HYANG10", "small"),
        ],
        "places": [],
        "optional": [],
    },
]
