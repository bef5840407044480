"""Seventh holdout evaluation cases (blind): realistic travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts' cases.
Do not tune on it. Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    # 1. Seoul 신당동/약수 food walk: 📍 lines with addresses, one place only in speech.
    {
        "id": "sHiNdAnG7a1",
        "lang": "ko",
        "title": "신당동 먹방 투어 🌶 즉석떡볶이 원조집부터 약수역 돼지고기까지",
        "channel": "배고픈 하루",
        "duration": 58,
        "description": (
            "퇴근하고 친구랑 신당동 한 바퀴 돌았어요!\n"
            "2호선 신당역 8번 출구에서 시작해서 6호선 약수역까지 걸었습니다.\n\n"
            "📍 마복림할머니떡볶이 - 서울 중구 다산로35길 5\n"
            "📍 금돼지식당 - 서울 중구 다산로 149\n\n"
            "00:00 인트로\n00:06 떡볶이\n00:24 시장 구경\n00:38 돼지고기\n00:52 마무리\n\n"
            "즉석떡볶이 2인분 14,000원 / 본삼겹 1인분 19,000원\n"
            "함께한 친구: @jiwoo_eats\n"
            "비즈니스 문의 hungry.haru@example.com\n"
            "#신당동 #떡볶이타운 #약수역맛집 #힙당동"
        ),
        "chapters": [(0, "인트로"), (6, "떡볶이"), (24, "시장 구경"), (38, "돼지고기"), (52, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 배고픈 하루입니다 오늘은 신당역에서 만났어요"),
            (6.5, 4.5, "신당동 떡볶이 골목에 왔는데 저희는 마복림할머니떡볶이로 들어왔습니다"),
            (11.5, 4.0, "며느리도 몰라 아무도 몰라 그 광고 기억나시죠"),
            (16.0, 4.0, "쫄면 사리랑 라면 사리 추가하고 볶음밥까지 먹었어요"),
            (24.5, 4.5, "배 꺼뜨리려고 조금 걸었는데요 여기가 바로 신당 중앙시장인데요"),
            (29.5, 4.0, "요즘 젊은 사람들이 많이 오는 곱창 골목이랑 작은 바들이 있어요"),
            (38.5, 4.5, "약수역 쪽으로 넘어와서 금돼지식당 웨이팅 사십 분 했습니다"),
            (43.5, 4.0, "본삼겹이 진짜 두툼하고 멜젓에 찍어 먹으니까 최고예요"),
            (52.5, 4.0, "오늘 영상 재밌게 보셨으면 구독 좋아요 부탁드리고 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 6, "오늘은 신당동 🌶", "outline"),
            (6, 16, "마복림할머니떡볶이", "outline"),
            (16, 22, "즉석떡볶이 2인분 14,000원", "outline"),
            (24, 34, "시장 구경 중", "outline"),
            (38, 48, "금돼지식당", "outline"),
            (44, 50, "웨이팅 40분 ⏰", "small"),
            (52, 58, "구독 & 좋아요 ♥", "outline"),
        ],
        "places": [
            {"name": "마복림할머니떡볶이", "aliases": ["마복림 할머니 떡볶이", "마복림떡볶이", "마복림"], "address": "서울 중구 다산로35길 5", "lat": 37.5637, "lng": 127.0157},
            {"name": "서울중앙시장", "aliases": ["신당 중앙시장", "중앙시장", "신당중앙시장"], "address": "서울 중구 퇴계로85길 36", "lat": 37.5663, "lng": 127.0190},
            {"name": "금돼지식당", "aliases": ["금돼지 식당", "Geumdwaeji Sikdang"], "address": "서울 중구 다산로 149", "lat": 37.5572, "lng": 127.0127},
        ],
        "optional": ["신당동", "신당", "신당역", "약수역", "약수", "신당동 떡볶이 골목", "떡볶이타운",
                     "신당동 떡볶이타운", "곱창 골목", "힙당동", "2호선", "6호선"],
    },
    # 2. 공주/부여 day trip: "🗺 코스 정리" with circled numbers, rolling auto-captions.
    {
        "id": "gOnGjUbUy7B",
        "lang": "ko",
        "auto_captions": True,
        "title": "백제 역사 당일치기 🏯 공주 → 부여 하루 코스 (뚜벅이 가능)",
        "channel": "주말엔 기차여행",
        "duration": 66,
        "description": (
            "센트럴시티에서 고속버스 타고 공주 다녀왔어요. 공주에서 부여는 시외버스로 40분!\n\n"
            "🗺 코스 정리\n"
            "① 공산성 (충남 공주시 웅진로 280)\n"
            "② 무령왕릉과 왕릉원 (충남 공주시 왕릉로 37)\n"
            "③ 부소산성 (충남 부여군 부여읍 부소로 31)\n"
            "④ 궁남지 (충남 부여군 부여읍 궁남로 52)\n\n"
            "💰 경비: 고속버스 왕복 19,800원 + 입장료 3,000원 + 밤파이 2개 7,000원\n"
            "📷 아이폰 15 프로 / 짐벌 없이 촬영\n\n"
            "0:00 인트로\n1:02 Q&A · 마무리\n"
            "#공주여행 #부여여행 #백제 #당일치기 #뚜벅이여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "안녕하세요 오늘은 백제의 수도였던 공주랑 부여를 하루에 돌아볼 거예요"),
            (5.0, 4.5, "공주 터미널에 내려서 택시로 공산성에 먼저 왔습니다"),
            (10.0, 4.5, "성곽길을 따라 걸으면 금강이 한눈에 보여서 너무 시원해요"),
            (15.0, 4.5, "그다음은 무령왕릉이 있는 왕릉원 전시관에서 금제 관식을 봤어요"),
            (20.0, 4.0, "점심은 터미널 근처에서 알밤 막걸리 대신 밤 라떼로 참았습니다"),
            (26.5, 4.5, "시외버스 타고 부여로 넘어왔어요 부소산성 올라가는 길이 꽤 가팔라요"),
            (31.5, 4.5, "낙화암이랑 고란사까지 내려갔다가 다시 올라왔어요"),
            (38.5, 4.5, "마지막은 궁남지 연꽃은 지났지만 해 질 녘 포룡정이 정말 예뻤어요"),
            (44.0, 4.0, "정림사지는 시간이 없어서 다음에 가기로 했습니다"),
            (52.5, 4.5, "댓글로 받은 질문 하나만 답하면 뚜벅이도 충분히 가능해요"),
            (58.0, 4.5, "구독 좋아요 눌러주시고 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 5, "공주 + 부여 당일치기", "yellow"),
            (5, 14, "① 공산성", "yellow"),
            (15, 22, "② 무령왕릉과 왕릉원", "yellow"),
            (20, 25, "밤 라떼 5,500원", "small"),
            (26, 36, "③ 부소산성", "yellow"),
            (38, 48, "④ 궁남지", "yellow"),
            (52, 62, "Q&A", "box"),
        ],
        "places": [
            {"name": "공산성", "aliases": ["공주 공산성", "Gongsanseong"], "address": "충남 공주시 웅진로 280", "lat": 36.4627, "lng": 127.1247},
            {"name": "무령왕릉과 왕릉원", "aliases": ["무령왕릉", "왕릉원", "송산리 고분군", "공주 송산리 고분군"], "address": "충남 공주시 왕릉로 37", "lat": 36.4611, "lng": 127.1122},
            {"name": "부소산성", "aliases": ["부여 부소산성", "부소산"], "address": "충남 부여군 부여읍 부소로 31", "lat": 36.2880, "lng": 126.9140},
            {"name": "궁남지", "aliases": ["부여 궁남지", "Gungnamji"], "address": "충남 부여군 부여읍 궁남로 52", "lat": 36.2712, "lng": 126.9138},
        ],
        "optional": ["공주", "부여", "백제", "금강", "센트럴시티", "공주 터미널", "공주종합버스터미널",
                     "낙화암", "고란사", "포룡정", "정림사지", "충남"],
    },
    # 3. New Orleans (English): "Where we ate:" list with addresses, a place only in speech, auto-captions.
    {
        "id": "nOlAeAtS7c3",
        "lang": "en",
        "auto_captions": True,
        "title": "What to Eat in New Orleans 🎺 Beignets, Jazz & a Snowball Detour",
        "channel": "Two Forks One Passport",
        "duration": 64,
        "description": (
            "Our first 48 hours in NOLA! Flew in on Southwest from Denver, stayed in the Marigny.\n\n"
            "Where we ate:\n"
            "- Café Du Monde: 800 Decatur St, New Orleans, LA 70116\n"
            "- Commander's Palace: 1403 Washington Ave, New Orleans, LA 70130\n\n"
            "0:00 Intro\n0:06 Beignets at Café Du Monde\n0:20 Preservation Hall\n"
            "0:34 Garden District lunch\n0:54 Outro\n\n"
            "Beignets $4.75 for three, 25-cent martinis at lunch (limit three!)\n"
            "Get 15% off luggage with code FORKS15 at our sponsor's site\n"
            "Gear: Sony ZV-1 II, Rode Wireless GO II\n"
            "#neworleans #nola #beignets #frenchquarter"
        ),
        "chapters": [(0, "Intro"), (6, "Beignets at Café Du Monde"), (20, "Preservation Hall"),
                     (34, "Garden District lunch"), (54, "Outro")],
        "transcript": [
            (0.5, 4.0, "hey guys welcome back we just landed in New Orleans and we are starving"),
            (6.5, 4.5, "first stop of course is Café Du Monde right across from Jackson Square"),
            (11.5, 4.5, "three beignets buried in powdered sugar and a café au lait"),
            (20.5, 4.5, "that night we lined up on St Peter Street for Preservation Hall"),
            (25.5, 4.5, "no phones during the set it is just a tiny room and a brass band"),
            (34.5, 4.5, "we took the St Charles streetcar up to Commander's Palace for jazz brunch"),
            (39.5, 4.5, "the turtle soup with sherry and the bread pudding souffle were unreal"),
            (45.0, 4.5, "on the way back we stopped by Hansen's Sno-Bliz for a snowball"),
            (50.0, 3.5, "I got the cream of nectar it tastes like bubblegum"),
            (54.5, 4.5, "tomorrow we're heading out to the bayou so stay tuned and subscribe"),
        ],
        "captions": [
            (0, 6, "NEW ORLEANS 🎺", "outline"),
            (6, 14, "Café Du Monde", "box"),
            (12, 18, "3 beignets  $4.75", "small"),
            (20, 30, "Preservation Hall", "box"),
            (34, 44, "Commander's Palace", "box"),
            (45, 53, "snowball stop 🍧", "outline"),
        ],
        "places": [
            {"name": "Café Du Monde", "aliases": ["Cafe Du Monde", "Café du Monde French Market", "카페 뒤 몽드"], "address": "800 Decatur St, New Orleans, LA 70116", "lat": 29.9575, "lng": -90.0618},
            {"name": "Preservation Hall", "aliases": ["프리저베이션 홀"], "address": "726 St Peter St, New Orleans, LA 70116", "lat": 29.9584, "lng": -90.0652},
            {"name": "Commander's Palace", "aliases": ["Commanders Palace", "Commander’s Palace"], "address": "1403 Washington Ave, New Orleans, LA 70130", "lat": 29.9287, "lng": -90.0843},
            {"name": "Hansen's Sno-Bliz", "aliases": ["Hansens Sno-Bliz", "Hansen's Sno Bliz", "Hansen's"], "address": "4801 Tchoupitoulas St, New Orleans, LA 70115", "lat": 29.9207, "lng": -90.1042},
        ],
        "optional": ["New Orleans", "NOLA", "Jackson Square", "French Quarter", "Garden District",
                     "St Peter Street", "St. Peter Street", "Marigny", "St Charles streetcar",
                     "St. Charles Avenue", "Decatur St", "Denver", "bayou"],
    },
    # 4. 남해 (busy scene): places only in on-screen captions.
    {
        "id": "nAmHaEdRv7D",
        "scene": "busy",
        "lang": "ko",
        "title": "남해 드라이브 브이로그 🚗 바다 보면서 힐링 (장소는 자막 참고)",
        "channel": "느린 여행자 수아",
        "duration": 62,
        "description": (
            "봄에 다녀온 남해 1박 2일 드라이브 기록이에요.\n"
            "장소 이름은 영상 자막으로 넣어뒀어요 🙂\n\n"
            "렌터카: 쏘카 (광고 아님)\n"
            "BGM: Epidemic Sound\n"
            "#남해여행 #남해드라이브 #국내여행 #봄여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "남해 도착했습니다 다리 건너오는데 바다 색깔이 벌써 달라요"),
            (6.5, 4.5, "여기 빨간 지붕 집들이 다 독일식이라서 외국 온 것 같아요"),
            (11.5, 4.0, "소시지랑 맥주 한 잔 하고 싶었는데 운전해야 해서 참았어요"),
            (18.5, 4.5, "계단식 논이 바다까지 이어져 있어요 유채꽃도 피었네요"),
            (23.5, 4.0, "바닷가 쪽으로 내려가는 길이 좀 가파르니까 편한 신발 신으세요"),
            (32.5, 4.5, "셔틀버스 타고 올라와서 조금 걸으면 절이 나와요"),
            (37.5, 4.0, "해수관음상 앞에서 보는 바다 뷰가 진짜 말이 안 돼요"),
            (46.5, 4.5, "마지막은 소나무 숲 있는 해변에서 모래 밟으면서 쉬었어요"),
            (52.0, 4.0, "마늘 축제 시즌에 또 오고 싶네요 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 6, "DAY 1 남해 도착", "yellow"),
            (6, 16, "📍 남해 독일마을", "yellow"),
            (10, 16, "수제 소시지 12,000원", "small"),
            (18, 28, "📍 가천 다랭이마을", "yellow"),
            (32, 44, "📍 금산 보리암", "yellow"),
            (46, 56, "📍 상주은모래비치", "yellow"),
            (56, 62, "to be continued…", "small"),
        ],
        "places": [
            {"name": "남해 독일마을", "aliases": ["독일마을", "Namhae German Village"], "address": "경남 남해군 삼동면 독일로 89", "lat": 34.7946, "lng": 128.0424},
            {"name": "가천 다랭이마을", "aliases": ["다랭이마을", "남해 다랭이마을", "가천다랭이마을"], "address": "경남 남해군 남면 남면로679번길 21", "lat": 34.7273, "lng": 127.8926},
            {"name": "보리암", "aliases": ["금산 보리암", "남해 보리암"], "address": "경남 남해군 상주면 보리암로 665", "lat": 34.7570, "lng": 127.9803},
            {"name": "상주은모래비치", "aliases": ["상주 은모래비치", "상주해수욕장", "상주 해수욕장"], "address": "경남 남해군 상주면 상주로 17-4", "lat": 34.7190, "lng": 127.9893},
        ],
        "optional": ["남해", "남해군", "금산", "해수관음상", "경남"],
    },
    # 5. 나트랑 (Korean, foreign): `[name] address` lines with native script.
    {
        "id": "nHaTrAnG7e5",
        "lang": "ko",
        "title": "나트랑 자유여행 2일차 🇻🇳 참탑 · 사원 · 현지 시장 · 숯불 바베큐",
        "channel": "여행하는 부부 도레미",
        "duration": 60,
        "description": (
            "나트랑 4박 5일 중 시내 투어 하는 날!\n"
            "그랩 바이크로 이동했고 하루 교통비 150,000동 정도 나왔어요.\n\n"
            "[포나가르 참탑 (Tháp Bà Ponagar)] 61 Đường 2 Tháng 4, Vĩnh Phước, Nha Trang\n"
            "[롱선사 (Chùa Long Sơn)] 22 Đường 23 Tháng 10, Phương Sơn, Nha Trang\n"
            "[담 시장 (Chợ Đầm)] Vạn Thạnh, Nha Trang\n"
            "[락깐 (Lạc Cảnh)] 44 Nguyễn Bỉnh Khiêm, Xương Huân, Nha Trang\n\n"
            "💸 환율 1만 동 ≈ 540원 / 락깐 2인 520,000동 ($21)\n"
            "유심은 공항에서 샀어요 (비엣텔 5일 무제한)\n"
            "00:00 인트로\n00:56 마무리\n"
            "#나트랑 #나트랑여행 #베트남여행 #nhatrang"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "신짜오 도레미입니다 나트랑 이틀째 아침이 밝았어요"),
            (5.0, 4.5, "그랩 타고 제일 먼저 포나가르 참탑에 왔어요 참파 왕국 유적이래요"),
            (10.0, 4.0, "들어갈 때 어깨랑 무릎 가려야 해서 입구에서 천을 빌려줘요"),
            (16.5, 4.5, "다음은 롱선사 계단 올라가면 하얀 좌불상이 시내를 내려다보고 있어요"),
            (22.0, 4.0, "계단에서 가이드 한다는 분들 있는데 그냥 지나가시면 돼요"),
            (28.5, 4.5, "담 시장은 원형 건물이라서 멀리서도 보여요 말린 망고랑 캐슈넛 샀어요"),
            (33.5, 4.0, "흥정은 기본이에요 처음 부른 가격의 반부터 시작하세요"),
            (40.5, 4.5, "저녁은 현지인들도 많이 가는 락깐에서 숯불에 소고기랑 오징어 구워 먹었어요"),
            (46.0, 4.0, "연기가 엄청나니까 흰옷은 피하세요 사이공 맥주랑 딱이에요"),
            (56.0, 3.5, "내일은 빈펄 가는 날 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 5, "나트랑 DAY 2", "outline"),
            (5, 14, "포나가르 참탑 Tháp Bà Ponagar", "small"),
            (10, 15, "입장료 30,000동", "box"),
            (16, 26, "롱선사 Chùa Long Sơn", "small"),
            (28, 38, "담 시장 Chợ Đầm", "small"),
            (40, 52, "락깐 Lạc Cảnh", "small"),
            (46, 52, "2인 520,000동", "box"),
        ],
        "places": [
            {"name": "포나가르 참탑", "aliases": ["Tháp Bà Ponagar", "Ponagar Tower", "Po Nagar", "포나가르 사원", "포나가르"], "address": "61 Đường 2 Tháng 4, Vĩnh Phước, Nha Trang, Khánh Hòa", "lat": 12.2654, "lng": 109.1953},
            {"name": "롱선사", "aliases": ["Chùa Long Sơn", "Long Son Pagoda", "롱썬사", "롱선 사원"], "address": "22 Đường 23 Tháng 10, Phương Sơn, Nha Trang, Khánh Hòa", "lat": 12.2507, "lng": 109.1805},
            {"name": "담 시장", "aliases": ["Chợ Đầm", "Dam Market", "담시장", "쩌담"], "address": "Vạn Thạnh, Nha Trang, Khánh Hòa", "lat": 12.2551, "lng": 109.1900},
            {"name": "락깐", "aliases": ["Lạc Cảnh", "Lac Canh", "락칸", "Lạc Cảnh Restaurant"], "address": "44 Nguyễn Bỉnh Khiêm, Xương Huân, Nha Trang, Khánh Hòa", "lat": 12.2527, "lng": 109.1936},
        ],
        "optional": ["나트랑", "Nha Trang", "베트남", "빈펄", "빈원더스", "참파", "공항", "깜란 공항"],
    },
    # 6. Salzburg (Korean, foreign): `name / address` and `name: address`, chapters naming places.
    {
        "id": "sAlZbUrG7f6",
        "lang": "ko",
        "title": "잘츠부르크 하루 여행 🇦🇹 사운드 오브 뮤직 촬영지 & 모차르트의 도시",
        "channel": "유럽 한 달 살기 지니",
        "duration": 68,
        "description": (
            "빈에서 레일젯 타고 2시간 반, 잘츠부르크 당일치기!\n"
            "잘츠부르크 카드 24시간 €32 사서 입장료 거의 다 해결했어요.\n\n"
            "호엔잘츠부르크 요새 / Mönchsberg 34, 5020 Salzburg\n"
            "모차르트 생가 / Getreidegasse 9, 5020 Salzburg\n"
            "카페 토마셀리 (Café Tomaselli): Alter Markt 9, 5020 Salzburg\n"
            "미라벨 정원 (Mirabellgarten): Mirabellplatz, 5020 Salzburg\n\n"
            "선물로 모차르트쿠겔 초콜릿 한 박스 (€9.90) 샀어요 🍫\n"
            "다음 영상: 할슈타트 ⛰\n"
            "문의 jini.europe@example.com\n"
            "#잘츠부르크 #오스트리아여행 #유럽여행"
        ),
        "chapters": [(0, "인트로"), (6, "호엔잘츠부르크 요새"), (20, "게트라이데 거리 & 모차르트 생가"),
                     (34, "카페 토마셀리"), (46, "미라벨 정원"), (60, "마무리")],
        "transcript": [
            (0.5, 4.5, "안녕하세요 지니예요 오늘은 빈에서 기차 타고 잘츠부르크에 왔어요"),
            (6.5, 4.5, "푸니쿨라 타고 요새로 올라왔는데 구시가지가 한눈에 다 보여요"),
            (12.0, 4.0, "잘자흐 강 건너편까지 보이고 알프스 산도 보여요"),
            (20.5, 4.5, "게트라이데 거리는 철제 간판이 다 예술이에요 맥도날드 간판까지 예뻐요"),
            (25.5, 4.5, "노란 건물이 모차르트가 태어난 집인데 안에 어릴 때 쓰던 바이올린이 있어요"),
            (34.5, 4.5, "커피는 오스트리아에서 제일 오래된 카페 중 하나라는 토마셀리에서 마셨어요"),
            (39.5, 4.5, "멜랑쥐 한 잔이랑 케이크 쟁반에서 아펠슈트루델 골랐어요"),
            (46.5, 4.5, "마지막은 미라벨 정원 도레미송 부르던 계단이 바로 여기예요"),
            (52.0, 4.5, "페가수스 분수 앞에서 사진 찍으면 요새까지 같이 나와요"),
            (60.5, 4.5, "다음 영상은 할슈타트니까 구독 좋아요 알림 설정 부탁드려요"),
        ],
        "captions": [
            (0, 6, "SALZBURG 당일치기", "outline"),
            (6, 18, "호엔잘츠부르크 요새", "box"),
            (12, 18, "푸니쿨라 왕복 €17.40", "small"),
            (20, 32, "모차르트 생가 Mozarts Geburtshaus", "box"),
            (34, 44, "Café Tomaselli", "box"),
            (38, 44, "멜랑쥐 €5.20", "small"),
            (46, 58, "미라벨 정원", "box"),
        ],
        "places": [
            {"name": "호엔잘츠부르크 요새", "aliases": ["Festung Hohensalzburg", "Hohensalzburg Fortress", "호엔잘츠부르크 성", "호엔잘츠부르크"], "address": "Mönchsberg 34, 5020 Salzburg, Austria", "lat": 47.7950, "lng": 13.0477},
            {"name": "모차르트 생가", "aliases": ["Mozarts Geburtshaus", "Mozart's Birthplace", "모차르트 생가 박물관"], "address": "Getreidegasse 9, 5020 Salzburg, Austria", "lat": 47.8001, "lng": 13.0434},
            {"name": "카페 토마셀리", "aliases": ["Café Tomaselli", "Cafe Tomaselli", "토마셀리"], "address": "Alter Markt 9, 5020 Salzburg, Austria", "lat": 47.7996, "lng": 13.0458},
            {"name": "미라벨 정원", "aliases": ["Mirabellgarten", "Mirabell Gardens", "미라벨 궁전 정원", "미라벨정원"], "address": "Mirabellplatz, 5020 Salzburg, Austria", "lat": 47.8058, "lng": 13.0419},
        ],
        "optional": ["잘츠부르크", "Salzburg", "빈", "오스트리아", "게트라이데 거리", "Getreidegasse",
                     "구시가지", "잘자흐 강", "알프스", "할슈타트", "페가수스 분수", "Alter Markt", "Mönchsberg",
                     "미라벨 궁전"],
    },
    # 7. Montreal (English): "Where we ate:" list without addresses, French names in parentheses,
    #    a landmark only in chapters and speech.
    {
        "id": "mTlBaGeL7g7",
        "lang": "en",
        "title": "Montreal in One Day 🇨🇦 Smoked Meat, Bagels & the Market",
        "channel": "Sam Eats Everything",
        "duration": 62,
        "description": (
            "Quick weekend in Montreal with my sister Priya. Took the VIA Rail from Toronto.\n\n"
            "Where we ate:\n"
            "• Schwartz's Deli (Schwartz's Montreal Hebrew Delicatessen)\n"
            "• St-Viateur Bagel\n"
            "• Jean-Talon Market (Marché Jean-Talon)\n\n"
            "Medium-fat smoked meat sandwich $14.95 CAD, a dozen sesame bagels $16\n"
            "Metro: Orange line to Jean-Talon, Green line to Place-des-Arts\n"
            "Use code SAMEATS for 10% off my spice blends\n\n"
            "0:00 Intro\n0:06 Smoked meat\n0:20 Bagels\n0:32 Market haul\n0:44 Notre-Dame Basilica\n0:56 Outro"
        ),
        "chapters": [(0, "Intro"), (6, "Smoked meat"), (20, "Bagels"), (32, "Market haul"),
                     (44, "Notre-Dame Basilica"), (56, "Outro")],
        "transcript": [
            (0.5, 4.0, "bonjour from Montreal it is freezing but we are here to eat"),
            (6.5, 4.5, "we started on Saint-Laurent Boulevard at Schwartz's for the famous smoked meat"),
            (11.5, 4.5, "you have to order it medium fat with a pickle and a black cherry soda"),
            (20.5, 4.5, "then we walked up to Mile End for bagels straight out of the wood oven"),
            (25.5, 4.0, "sesame is the classic honestly they are still warm"),
            (32.5, 4.5, "Jean-Talon Market was next maple butter ice cider and a ton of cheese"),
            (37.5, 4.0, "we picked up some Oka cheese and Quebec strawberries for the train"),
            (44.5, 4.5, "we ended in Old Montreal at Notre-Dame Basilica the blue ceiling is insane"),
            (50.0, 4.0, "tickets were sixteen dollars and totally worth it"),
            (56.5, 4.0, "that's it for Montreal see you in the next one"),
        ],
        "captions": [
            (0, 6, "MONTREAL 🇨🇦", "outline"),
            (6, 16, "Schwartz's Deli", "yellow"),
            (14, 20, "smoked meat $14.95", "small"),
            (20, 30, "St-Viateur Bagel", "yellow"),
            (32, 42, "Marché Jean-Talon", "yellow"),
            (44, 54, "Basilique Notre-Dame", "yellow"),
        ],
        "places": [
            {"name": "Schwartz's Deli", "aliases": ["Schwartz's", "Schwartz's Montreal Hebrew Delicatessen", "Schwartzs", "슈왈츠"], "address": "3895 Boul. Saint-Laurent, Montréal, QC H2W 1X9", "lat": 45.5166, "lng": -73.5776},
            {"name": "St-Viateur Bagel", "aliases": ["St. Viateur Bagel", "Saint-Viateur Bagel", "St-Viateur"], "address": "263 Rue Saint-Viateur O, Montréal, QC H2V 1Y1", "lat": 45.5228, "lng": -73.6024},
            {"name": "Jean-Talon Market", "aliases": ["Marché Jean-Talon", "Marche Jean-Talon", "Jean Talon Market"], "address": "7070 Av. Henri-Julien, Montréal, QC H2S 3S3", "lat": 45.5363, "lng": -73.6148},
            {"name": "Notre-Dame Basilica", "aliases": ["Basilique Notre-Dame", "Notre-Dame Basilica of Montreal", "Basilique Notre-Dame de Montréal"], "address": "110 Rue Notre-Dame O, Montréal, QC H2Y 1T1", "lat": 45.5045, "lng": -73.5562},
        ],
        "optional": ["Montreal", "Montréal", "Toronto", "Mile End", "Old Montreal", "Vieux-Montréal",
                     "Saint-Laurent Boulevard", "Boulevard Saint-Laurent", "Jean-Talon", "Place-des-Arts",
                     "VIA Rail", "Quebec", "Québec", "Oka"],
    },
    # 8. 광주 (busy scene): places only in on-screen captions, rolling auto-captions.
    {
        "id": "gWaNgJuYl8h",
        "scene": "busy",
        "lang": "ko",
        "auto_captions": True,
        "title": "광주 1박 2일 🎨 양림동 골목 산책 & 동명동 카페 거리 (자막 ON)",
        "channel": "오늘도 걷는 중",
        "duration": 54,
        "description": (
            "SRT 타고 광주송정역 도착! 광주는 처음이라 설렜어요.\n"
            "위치는 영상 속 자막 확인해 주세요 😊\n\n"
            "00:00 인트로\n00:48 마무리\n"
            "숙소 협찬: 여기어때 (할인코드 WALK2026)\n"
            "#광주여행 #양림동 #동명동 #광주가볼만한곳"
        ),
        "chapters": [(0, "인트로"), (48, "마무리")],
        "transcript": [
            (0.5, 4.0, "역에서 나오자마자 바로 옆에 시장이 있어서 들어와 봤어요"),
            (5.0, 4.5, "떡갈비 주먹밥이랑 수제 어묵 고로케 먹었는데 진짜 맛있어요"),
            (10.0, 4.0, "시장 입구 간판에 적힌 숫자가 시장이 생긴 해래요"),
            (16.5, 4.5, "양림동 골목으로 왔는데 벽마다 펭귄이랑 오래된 시계가 붙어 있어요"),
            (21.5, 4.0, "동네 어르신들이 직접 만든 작품이라고 하더라고요"),
            (30.5, 4.5, "저녁에는 동명동 넘어가기 전에 여기 들렀는데 건물이 정말 커요"),
            (35.5, 4.5, "지하로 쭉 내려가는 구조인데 위는 공원처럼 잔디가 깔려 있어요"),
            (48.5, 4.5, "내일은 무등산 갈 예정이에요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 4, "광주 DAY 1", "outline"),
            (0, 14, "📍 1913송정역시장", "outline"),
            (6, 12, "떡갈비 주먹밥 4,000원", "small"),
            (16, 26, "📍 양림동 펭귄마을", "outline"),
            (30, 44, "📍 국립아시아문화전당 ACC", "outline"),
            (48, 54, "NEXT ▶ 무등산", "box"),
        ],
        "places": [
            {"name": "1913송정역시장", "aliases": ["1913 송정역시장", "송정역시장", "송정역 시장"], "address": "광주 광산구 송정로8번길 13", "lat": 35.1391, "lng": 126.7927},
            {"name": "펭귄마을", "aliases": ["양림동 펭귄마을", "펭귄 마을"], "address": "광주 남구 천변좌로446번길 7", "lat": 35.1385, "lng": 126.9152},
            {"name": "국립아시아문화전당", "aliases": ["ACC", "아시아문화전당", "국립아시아문화전당 ACC", "Asia Culture Center"], "address": "광주 동구 문화전당로 38", "lat": 35.1468, "lng": 126.9205},
        ],
        "optional": ["광주", "광주송정역", "송정역", "양림동", "동명동", "무등산", "SRT", "동명동 카페 거리"],
    },
    # 9. No places: camping-gear review filmed at home, full of brand and product names.
    {
        "id": "cAmPgEaR9i9",
        "lang": "ko",
        "title": "2026 동계 캠핑 장비 추천 TOP 7 ⛺ 1년 써보고 솔직 리뷰 (내돈내산)",
        "channel": "캠핑하는 곰돌이",
        "duration": 56,
        "description": (
            "겨울 캠핑 시즌 전에 제가 1년 동안 실사용한 장비들 정리했어요. 거실에서 촬영했습니다!\n\n"
            "🧰 장비 리스트\n"
            "1. 노르디스크 알페임 12.6 (텐트)\n"
            "2. 헬리녹스 체어원 (의자)\n"
            "3. 코베아 알파인 팟 와이드 (스토브)\n"
            "4. 파타고니아 레트로X 플리스\n"
            "5. 노스페이스 히말라얀 패딩\n"
            "6. 스노우피크 기가파워 랜턴\n"
            "7. 몽벨 다운 허거 침낭 #3\n\n"
            "00:00 인트로\n00:06 텐트 & 의자\n00:20 스토브\n00:30 의류\n00:44 Q&A\n00:52 마무리\n\n"
            "쿠팡 파트너스 활동으로 일정액의 수수료를 받을 수 있어요\n"
            "할인코드 GOMDORI10 (10%)\n"
            "#캠핑장비 #동계캠핑 #캠핑용품추천"
        ),
        "chapters": [(0, "인트로"), (6, "텐트 & 의자"), (20, "스토브"), (30, "의류"), (44, "Q&A"), (52, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 곰돌이입니다 오늘은 거실에 장비를 다 펼쳐놨어요"),
            (6.5, 4.5, "첫 번째는 노르디스크 알페임 면 텐트라서 결로가 거의 없어요"),
            (11.5, 4.0, "헬리녹스 체어원은 가볍고 조립이 일 분이면 끝나요"),
            (20.5, 4.5, "코베아 알파인 팟은 화력이 좋아서 겨울에 라면 끓이기 딱이에요"),
            (25.5, 4.0, "가스는 꼭 동계용 이소가스 쓰셔야 합니다"),
            (30.5, 4.5, "옷은 파타고니아 레트로X 플리스 위에 노스페이스 히말라얀 패딩 입어요"),
            (35.5, 4.5, "몽벨 침낭은 영하 오 도까지는 충분했어요"),
            (44.5, 4.0, "질문 중에 제일 많았던 건 난로인데 다음 영상에서 따로 다룰게요"),
            (52.5, 3.5, "구독 좋아요 부탁드리고 다음 영상에서 만나요"),
        ],
        "captions": [
            (0, 6, "동계 캠핑 장비 TOP 7", "box"),
            (6, 12, "노르디스크 알페임 12.6", "small"),
            (12, 18, "헬리녹스 체어원 ₩189,000", "small"),
            (20, 28, "코베아 알파인 팟 와이드", "small"),
            (30, 38, "파타고니아 레트로X", "small"),
            (34, 40, "노스페이스 히말라얀", "small"),
            (44, 52, "Q&A", "box"),
        ],
        "places": [],
        "optional": [],
    },
    # 10. No places (English): what I eat in a day at home, full of place-named foods.
    {
        "id": "wIeIaDhOm10",
        "lang": "en",
        "title": "What I Eat in a Day (realistic, at home) 🥣 high protein + easy",
        "channel": "Hannah Cooks Small",
        "duration": 48,
        "description": (
            "A realistic what I eat in a day working from home!\n\n"
            "Breakfast: McCann's Irish oatmeal with Ceylon cinnamon\n"
            "Lunch: Greek yogurt chicken salad with Kalamata olives and Tuscan kale\n"
            "Snack: Everything but the Bagel cottage cheese toast\n"
            "Dinner: Buffalo cauliflower + roasted Brussels sprouts with Dijon\n\n"
            "0:00 Intro\n0:04 Breakfast\n0:16 Lunch\n0:26 Snack\n0:32 Dinner\n0:44 Outro\n\n"
            "My protein powder: code HANNAH20 for 20% off\n"
            "Business: hannah.cooks@example.com\n"
            "#whatieatinaday #highprotein #wieiad"
        ),
        "chapters": [(0, "Intro"), (4, "Breakfast"), (16, "Lunch"), (26, "Snack"), (32, "Dinner"), (44, "Outro")],
        "transcript": [
            (0.5, 3.0, "hi guys it's Hannah welcome back to my kitchen"),
            (4.5, 4.5, "breakfast is Irish steel cut oats with Ceylon cinnamon and a spoon of peanut butter"),
            (9.5, 4.0, "and an Earl Grey latte with oat milk because I am obsessed"),
            (16.5, 4.5, "lunch is a Greek yogurt chicken salad with Kalamata olives on Tuscan kale"),
            (26.5, 4.5, "snack is cottage cheese toast with Everything but the Bagel seasoning"),
            (32.5, 4.5, "dinner is Buffalo cauliflower and Brussels sprouts with a little Dijon"),
            (38.0, 4.0, "I'll dip it in Philadelphia cream cheese ranch don't judge me"),
            (44.5, 3.0, "that's it see you in the next one"),
        ],
        "captions": [
            (0, 4, "WHAT I EAT IN A DAY", "outline"),
            (4, 14, "Irish oats + Ceylon cinnamon", "yellow"),
            (16, 24, "Greek yogurt chicken salad", "yellow"),
            (20, 26, "32g protein", "small"),
            (26, 32, "Everything but the Bagel toast", "yellow"),
            (32, 42, "Buffalo cauliflower 🌶", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
]
