"""Eleventh holdout (blind): travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases; do not tune on it. Same format as /work/shared/eval/cases_dev.py.
Places are real; coordinates are approximate (WGS84). Cities, neighbourhoods,
stations, streets and landmarks a video only passes through are optional.
"""

CASES = [
    {
        "id": "bAeKjE11gJb",
        "lang": "ko",
        "title": "공주 부여 1박 2일 🏯 백제 역사 여행 | 공산성 걷고 궁남지 산책까지",
        "channel": "주말엔 기차여행",
        "duration": 58,
        "description": (
            "이번엔 기차 말고 버스 타고 공주-부여 1박 2일 다녀왔어요!\n"
            "백제역사유적지구 위주로 돌았고 밥집도 같이 정리했습니다.\n\n"
            "[여행 코스]\n"
            "1. 공산성\n"
            "   충남 공주시 웅진로 280\n"
            "2. 무령왕릉과 왕릉원\n"
            "   충남 공주시 왕릉로 37\n"
            "3. 새이학가든 (국밥)\n"
            "   충남 공주시 백미고을길 5-9\n"
            "4. 궁남지\n"
            "   충남 부여군 부여읍 동남리 117\n\n"
            "00:00 남부터미널 출발\n00:06 공산성\n00:18 무령왕릉\n00:30 점심 국밥\n"
            "00:40 부여 궁남지\n00:52 경비 정리\n\n"
            "🚌 서울남부터미널 → 공주종합버스터미널 약 1시간 40분 / 13,500원\n"
            "숙소는 부여 시내 한옥스테이 (내돈내산)\n\n"
            "#공주여행 #부여여행 #백제 #국내여행 #뚜벅이"
        ),
        "chapters": [(0, "남부터미널 출발"), (6, "공산성"), (18, "무령왕릉"), (30, "점심 국밥"),
                     (40, "부여 궁남지"), (52, "경비 정리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 주말엔 기차여행입니다 이번엔 기차 말고 버스 타고 공주로 갑니다"),
            (6.5, 4.0, "공주 터미널에서 택시로 한 십 분 정도 와서 공산성 도착했어요"),
            (11.0, 4.5, "성곽길 따라 한 바퀴 걸으면 한 시간 정도 걸리는데 금강 뷰가 진짜 좋아요"),
            (18.5, 4.0, "다음은 무령왕릉이요 지금은 이름이 무령왕릉과 왕릉원으로 바뀌었더라고요"),
            (23.0, 4.0, "전시관에 실제 크기 모형이 있어서 무덤 안쪽 구조를 볼 수 있어요"),
            (30.5, 4.0, "점심은 새이학가든에서 국밥 먹었습니다 약간 육개장 스타일이에요"),
            (35.0, 3.5, "국밥 한 그릇에 만 이천 원 고기가 꽤 많이 들어있어요"),
            (40.5, 4.0, "이튿날은 부여로 넘어와서 궁남지 산책했어요 연꽃은 칠월이 절정이래요"),
            (46.0, 4.0, "아침이라 사람이 없어서 포룡정까지 여유롭게 걸었어요"),
            (52.5, 4.0, "총 경비는 교통비랑 숙박 포함해서 이십삼만 원 정도 나왔어요"),
        ],
        "captions": [
            (0, 6, "서울남부터미널 07:30 출발", "small"),
            (6, 16, "공산성 (공주)", "yellow"),
            (12, 18, "입장료 3,000원"),
            (18, 28, "무령왕릉과 왕릉원", "yellow"),
            (30, 38, "새이학가든 국밥 12,000원"),
            (40, 50, "부여 궁남지", "yellow"),
            (46, 52, "포룡정", "small"),
            (52, 58, "총 경비 230,000원"),
        ],
        "places": [
            {"name": "공산성", "aliases": ["공주 공산성", "Gongsanseong"], "address": "충남 공주시 웅진로 280", "lat": 36.4627, "lng": 127.1253},
            {"name": "무령왕릉과 왕릉원", "aliases": ["무령왕릉", "공주 송산리 고분군", "송산리 고분군", "Tomb of King Muryeong"], "address": "충남 공주시 왕릉로 37", "lat": 36.4610, "lng": 127.1120},
            {"name": "새이학가든", "aliases": ["새이학가든 국밥"], "address": "충남 공주시 백미고을길 5-9", "lat": 36.4655, "lng": 127.1215},
            {"name": "궁남지", "aliases": ["부여 궁남지", "Gungnamji"], "address": "충남 부여군 부여읍 동남리 117", "lat": 36.2760, "lng": 126.9135},
        ],
        "optional": ["공주", "부여", "서울남부터미널", "남부터미널", "공주종합버스터미널", "공주 터미널",
                     "금강", "포룡정", "백제", "백제역사유적지구"],
    },
    {
        "id": "pOhAnGsPw11",
        "lang": "ko",
        "auto_captions": True,
        "title": "포항 당일치기 🌊 스페이스워크 걷고 물회 먹고 구룡포까지",
        "channel": "떠나고싶은 하루",
        "duration": 60,
        "description": (
            "KTX 포항역에서 시작하는 포항 당일치기!\n"
            "렌트카 없이 버스랑 택시로만 다녔어요.\n\n"
            "0:00 포항역 도착\n0:08 스페이스워크\n0:22 죽도시장 물회\n"
            "0:36 구룡포 일본인 가옥거리\n0:48 호미곶\n\n"
            "포항역 → 환호공원 카카오T 택시 약 18,000원\n"
            "📷 iPhone 15 Pro / DJI Osmo Mobile 6\n"
            "비즈니스 문의 📧 haru.trip.kr@example.com\n\n"
            "#포항 #포항여행 #스페이스워크 #물회 #구룡포 #호미곶"
        ),
        "chapters": [(0, "포항역 도착"), (8, "스페이스워크"), (22, "죽도시장 물회"),
                     (36, "구룡포 일본인 가옥거리"), (48, "호미곶")],
        "transcript": [
            (0.5, 4.0, "네 안녕하세요 저 지금 포항역에 막 내렸어요 서울역에서 두 시간 반 걸렸네요"),
            (8.5, 4.0, "여기가 그 유명한 스페이스 워크인데요 와 생각보다 훨씬 높아요"),
            (13.0, 4.0, "바닥이 좀 흔들려서 음 솔직히 좀 무서웠어요 근데 바다 뷰는 최고"),
            (22.5, 4.0, "점심은 죽도 시장 와서 물회 먹으려고요 시장 안에 물횟집이 엄청 많아요"),
            (27.0, 4.0, "물회 한 그릇에 이만 원 초장 대신 살얼음 육수가 들어가요"),
            (36.5, 4.0, "버스 타고 한 시간 정도 달려서 구룡포 왔어요 일본인 가옥 거리 쪽이에요"),
            (41.0, 4.0, "동백꽃 필 무렵 촬영지라서 사진 찍는 분들이 진짜 많네요"),
            (48.5, 4.0, "마지막은 호미곶 상생의 손 보러 왔습니다 바닷바람 엄청 불어요"),
            (53.0, 4.0, "오늘 영상 재밌게 보셨으면 구독이랑 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 8, "포항역 도착 🚄", "outline"),
            (8, 20, "포항 스페이스워크", "outline"),
            (14, 20, "입장 무료", "small"),
            (22, 34, "죽도시장", "outline"),
            (27, 34, "물회 20,000원"),
            (36, 46, "구룡포 일본인가옥거리", "outline"),
            (48, 58, "호미곶 상생의 손", "outline"),
        ],
        "places": [
            {"name": "스페이스워크", "aliases": ["포항 스페이스워크", "스페이스 워크", "Space Walk", "환호공원 스페이스워크"], "address": "경북 포항시 북구 환호공원길 30", "lat": 36.0650, "lng": 129.3915},
            {"name": "죽도시장", "aliases": ["포항 죽도시장", "죽도 시장", "Jukdo Market"], "address": "경북 포항시 북구 죽도시장13길 13-1", "lat": 36.0340, "lng": 129.3660},
            {"name": "구룡포 일본인 가옥거리", "aliases": ["구룡포 일본인가옥거리", "구룡포 근대문화역사거리", "일본인 가옥 거리"], "address": "경북 포항시 남구 구룡포읍 구룡포길 153-1", "lat": 35.9885, "lng": 129.5585},
            {"name": "호미곶 상생의 손", "aliases": ["상생의 손", "호미곶", "호미곶 해맞이광장"], "address": "경북 포항시 남구 호미곶면 해맞이로 136", "lat": 36.0767, "lng": 129.5690},
        ],
        "optional": ["포항", "포항역", "서울역", "구룡포", "환호공원", "동백꽃 필 무렵 촬영지", "경북"],
    },
    {
        "id": "cHeOnGjU11c",
        "scene": "busy",
        "lang": "ko",
        "title": "청주 뚜벅이 여행 | 미술관 수장고 구경하고 벽화마을 야경까지 (자막 ON)",
        "channel": "소소한 걸음",
        "duration": 54,
        "description": (
            "청주 처음 가봤는데 생각보다 볼 게 많았어요 :)\n"
            "장소 이름은 영상 속 자막으로 넣어뒀어요!\n\n"
            "오송역에서 시내버스 환승 (747번 급행)\n"
            "사용 카메라: 캐논 G7X Mark III\n"
            "음악: Epidemic Sound\n\n"
            "#청주여행 #청주가볼만한곳 #뚜벅이여행 #국내여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "오송역에서 버스 타고 시내 들어가는 중이에요"),
            (7.0, 4.0, "여기는 원래 담배 공장이었던 건물을 미술관으로 바꾼 곳이래요"),
            (12.0, 4.0, "보이는 수장고라서 작품 보관하는 공간을 유리창 너머로 볼 수 있어요"),
            (20.5, 4.0, "시장 들어오자마자 순대 냄새가 너무 좋아요"),
            (25.0, 3.5, "순대 한 접시 칠천 원인데 양이 진짜 많아요"),
            (33.0, 4.0, "마지막은 벽화마을 야경 보러 왔어요 드라마 촬영지였다고 해요"),
            (38.0, 4.0, "골목이 꽤 가팔라서 편한 신발 신고 오세요"),
            (47.0, 4.0, "다음 영상은 대전 빵집 투어로 찾아올게요"),
        ],
        "captions": [
            (0, 6, "DAY 1 청주 뚜벅이", "box"),
            (0, 6, "오송역 → 시내 747번", "small"),
            (6, 18, "📍 국립현대미술관 청주", "outline"),
            (12, 18, "보이는 수장고", "small"),
            (20, 30, "📍 육거리종합시장", "outline"),
            (25, 30, "순대 1접시 7,000원"),
            (32, 44, "📍 수암골", "yellow"),
            (38, 44, "야경 포인트 ✨", "box"),
            (47, 54, "NEXT ▶ 대전 빵집 투어", "small"),
        ],
        "places": [
            {"name": "국립현대미술관 청주", "aliases": ["국립현대미술관 청주관", "MMCA 청주", "MMCA Cheongju", "국현 청주"], "address": "충북 청주시 청원구 상당로 314", "lat": 36.6495, "lng": 127.4893},
            {"name": "육거리종합시장", "aliases": ["육거리시장", "청주 육거리시장"], "address": "충북 청주시 상당구 남주동", "lat": 36.6290, "lng": 127.4900},
            {"name": "수암골", "aliases": ["수암골 벽화마을", "청주 수암골"], "address": "충북 청주시 상당구 수동", "lat": 36.6440, "lng": 127.4945},
        ],
        "optional": ["청주", "오송역", "대전", "보이는 수장고"],
    },
    {
        "id": "jInJuYkB11d",
        "lang": "ko",
        "title": "진주 먹방 여행 🍜 육회비빔밥이랑 냉면 먹으러 진주까지 갔습니다",
        "channel": "배고픈 곰돌이",
        "duration": 56,
        "description": (
            "진주 대표 음식 먹으러 당일로 다녀왔어요!\n"
            "어디 갔는지는 영상에서 확인해 주세요 😆\n\n"
            "00:00 인트로\n00:06 점심 1차\n00:20 소화시키기\n00:34 저녁 2차\n00:48 먹방 결산\n\n"
            "📌 구독자 이벤트: 댓글로 진주 맛집 추천해 주시면 추첨해서 스타벅스 기프티콘 드려요\n"
            "제휴 문의 gomdori.eats@example.com\n"
            "#진주 #진주맛집 #육회비빔밥 #진주냉면 #먹방"
        ),
        "chapters": [(0, "인트로"), (6, "점심 1차"), (20, "소화시키기"), (34, "저녁 2차"), (48, "먹방 결산")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 곰돌이예요 오늘은 음 먹으러만 진주에 왔습니다"),
            (6.5, 4.5, "자 여기 천황식당 왔는데요 백 년 가까이 된 노포래요 진짜 오래됐죠"),
            (11.5, 4.0, "육회비빔밥 시켰는데 어 선지국이 같이 나와요 이게 킥이에요"),
            (20.5, 4.0, "배 꺼트리러 진주성 한 바퀴 돌고 있어요 촉석루에서 보는 남강이 너무 예뻐요"),
            (25.5, 4.0, "논개가 뛰어내렸다는 의암바위도 봤어요"),
            (34.5, 4.5, "저녁은 하연옥이요 진주냉면은 그냥 무조건 여기라고 해서 와 봤어요"),
            (39.5, 4.0, "육전이 냉면 위에 올라가 있어요 물냉면 만 이천 원이에요"),
            (48.5, 4.0, "오늘 먹은 것 중에 일등은 음 저는 육회비빔밥이요 여러분은 뭐가 제일 궁금하세요"),
        ],
        "captions": [
            (0, 6, "오늘은 먹기만 합니다"),
            (8, 18, "육회비빔밥 14,000원"),
            (20, 30, "소화 산책 중 🚶", "small"),
            (34, 44, "진주냉면 12,000원"),
            (38, 44, "+ 육전 추가", "small"),
            (48, 56, "구독 & 좋아요 ♥", "outline"),
        ],
        "places": [
            {"name": "천황식당", "aliases": ["진주 천황식당"], "address": "경남 진주시 촉석로207번길 3", "lat": 35.1927, "lng": 128.0845},
            {"name": "진주성", "aliases": ["촉석루", "진주성 촉석루", "Jinjuseong Fortress"], "address": "경남 진주시 남강로 626", "lat": 35.1893, "lng": 128.0785},
            {"name": "하연옥", "aliases": ["하연옥 본점", "진주냉면 하연옥"], "address": "경남 진주시 진주대로 1317-20", "lat": 35.1855, "lng": 128.0630},
        ],
        "optional": ["진주", "남강", "의암바위", "의암"],
    },
    {
        "id": "tAiNaN11eFz",
        "lang": "ko",
        "title": "대만 타이난 2박 3일 🇹🇼 타이베이 말고 타이난 가세요 (적감루, 안핑, 단짜이면)",
        "channel": "여행하는 수아",
        "duration": 58,
        "description": (
            "타이베이에서 고속철 타고 타이난으로! 대만의 경주 같은 도시예요.\n\n"
            "🗺 다녀온 곳\n"
            "📍 적감루 (赤崁樓) | No. 212, Sec. 2, Minzu Rd, West Central District, Tainan\n"
            "📍 하야시 백화점 (林百貨) | No. 63, Sec. 2, Zhongyi Rd, West Central District, Tainan\n"
            "📍 도소월 원조점 (度小月 原始店) | No. 16, Zhongzheng Rd, West Central District, Tainan\n"
            "📍 안핑구바오 (安平古堡) | No. 82, Guosheng Rd, Anping District, Tainan\n\n"
            "💰 환율: NT$1 ≈ 43원\n"
            "🎫 고속철 타이베이→타이난 NT$1,350 (KKday 할인코드 SUA10)\n"
            "📱 유심: 중화텔레콤 5일 무제한\n\n"
            "#타이난 #대만여행 #台南 #단짜이면"
        ),
        "chapters": [(0, "타이베이 → 타이난 고속철"), (8, "적감루"), (20, "하야시 백화점"), (32, "단짜이면"), (44, "안핑")],
        "transcript": [
            (0.5, 4.0, "타이베이에서 고속철 타고 한 시간 반 만에 타이난 도착했어요"),
            (8.5, 4.0, "첫 번째는 적감루예요 네덜란드 사람들이 지은 성이래요"),
            (13.0, 4.0, "입장료는 칠십 대만 달러 현금만 받아요"),
            (20.5, 4.0, "하야시 백화점은 일제 시대 때 지어진 백화점인데 옥상에 신사가 남아 있어요"),
            (25.5, 4.0, "엘리베이터가 옛날 그대로라서 꼭 타보세요"),
            (32.5, 4.0, "점심은 단짜이면 원조집인 도소월에서 먹었어요 한 그릇이 진짜 작아요"),
            (37.5, 4.0, "그래서 두 그릇 먹었습니다 한 그릇에 오십 달러"),
            (44.5, 4.0, "마지막은 안핑구바오 석양 보러 왔어요 안핑 라오지에도 같이 구경하기 좋아요"),
            (50.0, 4.0, "내일은 가오슝으로 넘어갑니다"),
        ],
        "captions": [
            (0, 8, "台北 → 台南 高鐵", "small"),
            (8, 18, "적감루 赤崁樓", "outline"),
            (13, 18, "입장료 NT$70", "small"),
            (20, 30, "하야시 백화점 林百貨", "outline"),
            (32, 42, "度小月 단짜이면 NT$50", "yellow"),
            (44, 54, "안핑구바오 安平古堡", "outline"),
            (50, 58, "NEXT ▶ 가오슝", "box"),
        ],
        "places": [
            {"name": "적감루", "aliases": ["赤崁樓", "Chihkan Tower", "Chikan Tower"], "address": "No. 212, Sec. 2, Minzu Rd, West Central District, Tainan", "lat": 22.9975, "lng": 120.2025},
            {"name": "하야시 백화점", "aliases": ["林百貨", "Hayashi Department Store", "하야시백화점"], "address": "No. 63, Sec. 2, Zhongyi Rd, West Central District, Tainan", "lat": 22.9919, "lng": 120.2034},
            {"name": "도소월", "aliases": ["度小月", "도소월 원조점", "度小月 原始店", "Du Hsiao Yueh"], "address": "No. 16, Zhongzheng Rd, West Central District, Tainan", "lat": 22.9930, "lng": 120.1975},
            {"name": "안핑구바오", "aliases": ["安平古堡", "Anping Old Fort", "안핑 고보", "Fort Zeelandia"], "address": "No. 82, Guosheng Rd, Anping District, Tainan", "lat": 23.0016, "lng": 120.1606},
        ],
        "optional": ["타이난", "台南", "타이베이", "台北", "가오슝", "안핑", "안핑 라오지에", "대만"],
    },
    {
        "id": "sApPoRo11fQ",
        "scene": "busy",
        "lang": "ko",
        "title": "삿포로 겨울 여행 ❄️ 해산물덮밥 · 스프카레 · 맥주까지 완벽 코스",
        "channel": "눈사람 커플",
        "duration": 58,
        "description": (
            "눈 오는 삿포로 3박 4일 중 2일차 브이로그입니다 ⛄\n\n"
            "오늘 먹고 다닌 곳 정리\n"
            "- 니조시장 (札幌市中央区南3条東1丁目〜2丁目)\n"
            "- 삿포로 시계탑 (札幌市中央区北1条西2丁目)\n"
            "- 스프카레 GARAKU (札幌市中央区南2条西2丁目6-1 おくむらビル B1)\n\n"
            "✈️ 인천 → 신치토세 티웨이항공\n"
            "🚆 신치토세공항 → 삿포로역 JR 쾌속 에어포트 1,150엔\n"
            "🏨 스스키노 근처 호텔\n"
            "eSIM 10% 할인코드: SNOWMAN10\n\n"
            "#삿포로 #홋카이도 #札幌 #스프카레 #일본여행"
        ),
        "chapters": [(0, "아침 니조시장"), (16, "시계탑"), (26, "점심 스프카레"), (40, "삿포로 맥주 박물관"), (52, "마무리")],
        "transcript": [
            (0.5, 4.0, "좋은 아침이에요 밤새 눈이 엄청 와서 온 세상이 하얘요"),
            (5.0, 4.0, "아침은 니조시장에서 카이센동 먹기로 했어요 성게랑 연어알 듬뿍"),
            (10.5, 4.0, "이게 삼천팔백 엔인데 솔직히 한국보다 비싸요 근데 맛있어요"),
            (16.5, 4.0, "시계탑은 생각보다 작아서 다들 실망한다는데 저는 귀여웠어요"),
            (26.5, 4.0, "점심은 가라쿠 스프카레 줄 서서 사십 분 기다렸어요"),
            (31.0, 4.0, "돼지 각조림 카레에 매운맛 오 단계로 했어요 야채가 통째로 들어가요"),
            (40.5, 4.5, "오후에는 삿포로 맥주 박물관 왔습니다 시음 세트가 천 엔이에요"),
            (46.0, 4.0, "클래식이랑 카이타쿠시 맥주 비교해서 마셔봤어요"),
            (52.5, 4.0, "저녁은 오도리 공원 쪽 걸어 다니다가 아무 데나 들어갈게요 구독 좋아요 부탁해요"),
        ],
        "captions": [
            (0, 6, "DAY 2 ❄ 札幌", "box"),
            (4, 14, "二条市場 니조시장", "outline"),
            (10, 14, "카이센동 ¥3,800", "small"),
            (16, 24, "札幌市時計台", "yellow"),
            (26, 36, "スープカレー GARAKU", "outline"),
            (31, 36, "매운맛 5단계 🔥", "small"),
            (40, 50, "サッポロビール博物館", "outline"),
            (44, 50, "시음 3종 세트 ¥1,000", "small"),
            (52, 58, "大通公園 산책", "box"),
        ],
        "places": [
            {"name": "니조시장", "aliases": ["二条市場", "니조 시장", "Nijo Market"], "address": "札幌市中央区南3条東1丁目", "lat": 43.0587, "lng": 141.3580},
            {"name": "삿포로 시계탑", "aliases": ["札幌市時計台", "시계탑", "Sapporo Clock Tower", "삿포로시 시계탑"], "address": "札幌市中央区北1条西2丁目", "lat": 43.0626, "lng": 141.3536},
            {"name": "스프카레 GARAKU", "aliases": ["GARAKU", "가라쿠", "스프카레 가라쿠", "スープカレー GARAKU", "Soup Curry GARAKU"], "address": "札幌市中央区南2条西2丁目6-1", "lat": 43.0573, "lng": 141.3540},
            {"name": "삿포로 맥주 박물관", "aliases": ["サッポロビール博物館", "삿포로 맥주박물관", "Sapporo Beer Museum"], "address": "札幌市東区北7条東9丁目1-1", "lat": 43.0714, "lng": 141.3690},
        ],
        "optional": ["삿포로", "札幌", "홋카이도", "신치토세", "신치토세공항", "삿포로역", "스스키노",
                     "오도리 공원", "大通公園", "인천", "인천공항"],
    },
    {
        "id": "cHiAnGmAi11",
        "lang": "ko",
        "auto_captions": True,
        "title": "치앙마이 한 달 살기 Ep.3 | 도이수텝 올라가고 카오소이 맛집 찾았어요 🇹🇭",
        "channel": "느린 여행자 하나",
        "duration": 56,
        "description": (
            "치앙마이 한 달 살기 세 번째 이야기 🌿\n"
            "오늘 간 곳: 도이수텝 사원, 카오소이 매싸이, 와로롯 시장\n"
            "카오소이 매싸이 위치 👉 https://maps.app.goo.gl/kHaOsOiMaeSai11\n\n"
            "썽태우 흥정 팁은 고정 댓글에!\n"
            "숙소: 님만해민 콘도 (한 달 18,000밧)\n"
            "Grab 첫 탑승 할인코드 HANA2026\n"
            "촬영: GoPro HERO12, 로데 와이어리스 고\n\n"
            "#치앙마이 #한달살기 #태국여행 #카오소이"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "오늘은 아침 일찍 썽태우 타고 도이수텝 올라가는 중이에요"),
            (5.0, 4.0, "커브가 엄청 많아서 멀미약 꼭 드세요 진짜로"),
            (10.0, 4.0, "계단이 삼백 개가 넘는데 올라오니까 황금 탑이 반짝반짝해요"),
            (15.0, 4.0, "외국인은 입장료 삼십 밧 내야 되고 반바지는 안 돼요"),
            (22.5, 4.0, "내려와서 점심은 카오소이 매싸이 여기가 현지인들도 줄 서는 집이래요"),
            (27.0, 4.0, "카오소이 까이 한 그릇에 오십 밧 국물이 코코넛 커리 맛이에요"),
            (36.5, 4.0, "오후에는 와로롯 시장 왔어요 올드타운 동쪽이라 핑강이랑 가까워요"),
            (41.0, 4.0, "여기서 말린 망고랑 남프릭 눔 사 갑니다 선물용으로 좋아요"),
            (48.0, 4.0, "다음 편은 빠이 여행이에요 기대해 주세요"),
        ],
        "captions": [
            (0, 8, "Ep.3 도이수텝 가는 길", "box"),
            (10, 20, "Wat Phra That Doi Suthep", "outline"),
            (15, 20, "입장료 30฿", "small"),
            (22, 32, "카오소이 매싸이", "yellow"),
            (27, 32, "카오소이 까이 50밧", "small"),
            (36, 46, "와로롯 시장 Warorot Market", "outline"),
            (48, 56, "NEXT ▶ 빠이 Pai", "small"),
        ],
        "places": [
            {"name": "도이수텝", "aliases": ["도이수텝 사원", "왓 프라탓 도이수텝", "Wat Phra That Doi Suthep", "Doi Suthep", "วัดพระธาตุดอยสุเทพ"], "address": "Suthep, Mueang Chiang Mai District, Chiang Mai", "lat": 18.8050, "lng": 98.9216},
            {"name": "카오소이 매싸이", "aliases": ["Khao Soi Mae Sai", "ข้าวซอยแม่สาย", "카오소이 매사이"], "address": "Ratchaphuek Rd, Chang Phueak, Chiang Mai", "lat": 18.8006, "lng": 98.9790},
            {"name": "와로롯 시장", "aliases": ["Warorot Market", "와로롯 마켓", "와로롯", "กาดหลวง", "깟루앙"], "address": "Wichayanon Rd, Chang Moi, Chiang Mai", "lat": 18.7904, "lng": 99.0001},
        ],
        "optional": ["치앙마이", "님만해민", "올드타운", "핑강", "빠이", "Pai", "태국"],
    },
    {
        "id": "eDiNbUrGh11",
        "lang": "en",
        "auto_captions": True,
        "title": "48 Hours in Edinburgh 🏴 Castle, Hog Roast Rolls & Arthur's Seat at Sunrise",
        "channel": "Wander With Priya",
        "duration": 58,
        "description": (
            "Two rainy-then-sunny days in Scotland's capital!\n\n"
            "WHERE WE WENT ↓\n"
            "🏰 Edinburgh Castle — Castlehill, EH1 2NG\n"
            "🐷 Oink (Victoria Street) — 34 Victoria St, EH1 2JW\n"
            "🍦 Mary's Milk Bar — 19 Grassmarket, EH1 2HS\n"
            "⛰️ Arthur's Seat — Holyrood Park, EH8 8AZ\n\n"
            "Train: London King's Cross → Edinburgh Waverley with LNER (booked 8 weeks ahead, £42)\n"
            "Get 15% off an Airalo eSIM with code PRIYA15\n"
            "Gear: Sony ZV-1 II, Rode VideoMicro\n"
            "Business: priya.wanders@example.com\n\n"
            "#edinburgh #scotland #travelvlog"
        ),
        "chapters": [(0, "Arriving at Waverley"), (8, "Edinburgh Castle"), (22, "Lunch at Oink"),
                     (32, "Hot chocolate on the Grassmarket"), (44, "Arthur's Seat sunrise")],
        "transcript": [
            (0.5, 4.0, "hi guys we just got off the train at Waverley and it is absolutely pouring"),
            (8.5, 4.0, "first stop Edinburgh Castle we booked timed tickets online for twenty one pounds"),
            (13.0, 4.0, "the views from up here over the city are honestly unreal even in the rain"),
            (22.5, 4.0, "lunch is at Oink on Victoria Street they do one thing hog roast rolls"),
            (27.0, 4.0, "I got the medium with haggis and apple sauce for about seven pounds"),
            (32.5, 4.0, "now we're on the Grassmarket at Mary's Milk Bar for a hot chocolate float"),
            (37.5, 4.0, "the gelato flavours change every day today it's salted caramel and rhubarb"),
            (44.5, 4.0, "and we woke up at five to hike Arthur's Seat for sunrise totally worth it"),
            (50.0, 4.0, "if you liked this one please subscribe next week we're heading to the Highlands"),
        ],
        "captions": [
            (0, 8, "EDINBURGH • DAY 1", "box"),
            (8, 20, "Edinburgh Castle", "outline"),
            (13, 20, "Tickets £21", "small"),
            (22, 32, "OINK", "yellow"),
            (27, 32, "Medium roll £7", "small"),
            (32, 42, "Mary's Milk Bar", "outline"),
            (44, 54, "Arthur's Seat 251m", "outline"),
            (50, 58, "NEXT: the Highlands", "small"),
        ],
        "places": [
            {"name": "Edinburgh Castle", "aliases": ["에든버러 성"], "address": "Castlehill, Edinburgh EH1 2NG", "lat": 55.9486, "lng": -3.1999},
            {"name": "Oink", "aliases": ["Oink Victoria Street"], "address": "34 Victoria St, Edinburgh EH1 2JW", "lat": 55.9485, "lng": -3.1938},
            {"name": "Mary's Milk Bar", "aliases": ["Marys Milk Bar"], "address": "19 Grassmarket, Edinburgh EH1 2HS", "lat": 55.9474, "lng": -3.1965},
            {"name": "Arthur's Seat", "aliases": ["Arthurs Seat"], "address": "Holyrood Park, Edinburgh EH8 8AZ", "lat": 55.9441, "lng": -3.1618},
        ],
        "optional": ["Edinburgh", "Scotland", "Waverley", "Edinburgh Waverley", "London King's Cross",
                     "King's Cross", "London", "Victoria Street", "Grassmarket", "Holyrood Park",
                     "the Highlands", "Highlands"],
    },
    {
        "id": "yAnAkAwK11g",
        "lang": "en",
        "title": "Old Tokyo Walk: Yanaka, Nezu & the Best Shaved Ice of My Life",
        "channel": "Tom Eats Japan",
        "duration": 58,
        "description": (
            "A slow afternoon in Yanesen, the part of Tokyo that survived the war and the bubble.\n"
            "All the spots are saved in my Google Maps list: https://maps.app.goo.gl/tEaTs4yAnAkA11\n\n"
            "Chapters\n0:00 Nippori Station\n0:06 Yanaka Ginza\n0:18 Kayaba Coffee\n"
            "0:30 Himitsudo\n0:44 Nezu Shrine\n\n"
            "My Japan rail pass & eSIM links are in the pinned comment (affiliate).\n"
            "🎥 Fujifilm X-S20 + 18mm f/1.4 | 🎤 DJI Mic 2\n"
            "Patreon: patreon.com/tomeatsjapan\n\n"
            "#tokyo #yanaka #kakigori #japantravel"
        ),
        "chapters": [(0, "Nippori Station"), (6, "Yanaka Ginza"), (18, "Kayaba Coffee"),
                     (30, "Himitsudo"), (44, "Nezu Shrine")],
        "transcript": [
            (0.5, 4.0, "okay so I just got off the Yamanote line at Nippori and we're walking to Yanaka"),
            (6.5, 4.0, "this is Yanaka Ginza the old shopping street at the bottom of the Yuyake Dandan steps"),
            (11.0, 4.0, "the menchi katsu here is like two hundred yen and it's still hot"),
            (18.5, 4.0, "coffee break at Kayaba Coffee it's in a wooden house from the nineteen thirties"),
            (23.0, 4.0, "you have to get the egg sandwich it's basically a thick omelette in toast"),
            (30.5, 4.0, "this is Himitsudo and people queue for an hour for the kakigori"),
            (35.5, 4.0, "I got the strawberry milk one fifteen hundred yen and it's taller than my head"),
            (44.5, 4.0, "we finished at Nezu Shrine the tunnel of red torii gates is so peaceful"),
            (50.0, 4.0, "thanks for hanging out see you in Kyoto next week"),
        ],
        "captions": [
            (0, 6, "日暮里駅 Nippori", "small"),
            (6, 16, "谷中銀座 Yanaka Ginza", "outline"),
            (11, 16, "Menchi katsu ¥200", "box"),
            (18, 28, "かやば珈琲", "yellow"),
            (23, 28, "Egg sandwich ¥900", "box"),
            (30, 42, "ひみつ堂", "yellow"),
            (35, 42, "Strawberry milk ¥1,500", "box"),
            (44, 54, "根津神社 Nezu Shrine", "outline"),
            (50, 58, "NEXT ▶ Kyoto", "small"),
        ],
        "places": [
            {"name": "Yanaka Ginza", "aliases": ["谷中銀座", "谷中銀座商店街", "Yanaka Ginza shopping street"], "address": "3 Chome Nishinippori, Arakawa City, Tokyo", "lat": 35.7275, "lng": 139.7660},
            {"name": "Kayaba Coffee", "aliases": ["かやば珈琲", "Kayaba"], "address": "6-1-29 Yanaka, Taito City, Tokyo", "lat": 35.7208, "lng": 139.7690},
            {"name": "Himitsudo", "aliases": ["ひみつ堂", "Himitsu-do"], "address": "3-11-18 Yanaka, Taito City, Tokyo", "lat": 35.7265, "lng": 139.7667},
            {"name": "Nezu Shrine", "aliases": ["根津神社", "Nezu Jinja"], "address": "1-28-9 Nezu, Bunkyo City, Tokyo", "lat": 35.7202, "lng": 139.7605},
        ],
        "optional": ["Tokyo", "Yanaka", "Yanesen", "Nippori", "Nippori Station", "日暮里駅", "日暮里",
                     "Yamanote line", "Yuyake Dandan", "Nezu", "Kyoto", "Japan"],
    },
    {
        "id": "hOmEbReW11h",
        "lang": "ko",
        "title": "원두 5종 블라인드 테스트 ☕ 스타벅스 파이크 플레이스 vs 예가체프, 집에서 핸드드립",
        "channel": "오늘도 홈카페",
        "duration": 48,
        "description": (
            "요즘 제일 많이 마시는 원두 다섯 가지 비교해 봤어요!\n"
            "전부 온라인으로 주문했고 협찬 아닙니다.\n\n"
            "☕ 오늘의 원두\n"
            "1. 스타벅스 파이크 플레이스 로스트 (250g 14,900원)\n"
            "2. 에티오피아 예가체프 G1 코체레\n"
            "3. 콜롬비아 수프리모 디카페인\n"
            "4. 과테말라 안티구아\n"
            "5. 브라질 산토스 (트레이더스 1kg)\n\n"
            "🛠 도구: 하리오 V60 드리퍼, 코만단테 C40 그라인더, 펠로우 스태그 EKG 주전자\n"
            "머그컵은 '브루클린 브런치' 세트 (쿠팡)\n\n"
            "00:00 인트로\n00:08 추출 세팅\n00:20 블라인드 시음\n00:36 순위 발표\n\n"
            "#홈카페 #핸드드립 #원두추천 #예가체프"
        ),
        "chapters": [(0, "인트로"), (8, "추출 세팅"), (20, "블라인드 시음"), (36, "순위 발표")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 오늘도 홈카페입니다 오늘은 원두 다섯 개 블라인드 테스트 해볼게요"),
            (8.5, 4.0, "원두는 15그램 물은 93도로 맞추고 250미리 내릴게요"),
            (13.0, 4.0, "분쇄도는 코만단테 기준으로 24클릭이에요"),
            (20.5, 4.0, "첫 번째 컵은 산미가 확 올라오네요 꽃향기 나는 거 보니까 예가체프 같아요"),
            (26.0, 4.0, "이건 고소하고 초콜릿 맛 브라질 산토스 아니면 파이크 플레이스일 것 같은데"),
            (31.0, 4.0, "과테말라 안티구아는 스모키한 느낌이 있어서 바로 알겠어요"),
            (36.5, 4.0, "일등은 예가체프 꼴등은 콜롬비아 디카페인이었어요 댓글로 원두 추천해 주세요"),
            (42.0, 4.0, "구독 좋아요 알림 설정까지 부탁드려요"),
        ],
        "captions": [
            (0, 8, "원두 5종 블라인드 테스트", "box"),
            (8, 18, "15g / 93℃ / 250ml", "small"),
            (20, 26, "A: 에티오피아 예가체프?", "outline"),
            (26, 31, "B: 브라질 산토스?", "outline"),
            (31, 36, "C: 과테말라 안티구아", "outline"),
            (36, 44, "1위 예가체프 🏆", "yellow"),
            (44, 48, "구독 & 좋아요 ♥", "outline"),
        ],
        "places": [],
        "optional": [],
    },
]
