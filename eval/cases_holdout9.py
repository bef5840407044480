"""Ninth holdout evaluation cases (blind): ten vlog bundles with ground truth.

Korean domestic food/travel vlogs, Korean vlogs abroad that give native-script
names in parentheses, an English vlog abroad and two videos with no places
whose text is full of place-like words. Written without reading the extraction
code, its tests or the other holdouts' cases. Do not tune on it.
Places are real; coordinates are approximate (WGS84).
"""

CASES = [
    {
        "id": "dAeGuMkT1h9",
        "lang": "ko",
        "title": "대구 1박 2일 먹방 여행 🍜 서문시장 납작만두부터 앞산 야경까지",
        "channel": "대구토박이 수진",
        "duration": 62,
        "description": (
            "고향 대구에 친구들이랑 1박 2일 먹방 여행 다녀왔어요!\n"
            "이번 영상은 전부 내돈내산입니다 💸\n\n"
            "📍 서문시장\n대구 중구 큰장로26길 45\n\n"
            "📍 김광석다시그리기길\n대구 중구 달구벌대로450길\n\n"
            "📍 앞산전망대\n대구 남구 앞산순환로 574-87\n\n"
            "🚇 지하철 3호선 서문시장역 1번 출구 / 2호선 경대병원역에서 도보 5분\n"
            "🚡 앞산 케이블카 왕복 15,500원\n"
            "🍴 납작만두 3,000원 | 칼국수 6,000원 | 씨앗호떡 2,500원\n\n"
            "00:00 인트로\n00:07 서문시장 먹방\n00:24 김광석길 산책\n00:40 앞산전망대 야경\n00:55 오늘의 경비\n\n"
            "📧 비즈니스 문의 sujin.daegu@example.com\n"
            "#대구여행 #서문시장 #납작만두 #대구맛집 #김광석거리"
        ),
        "chapters": [(0, "인트로"), (7, "서문시장 먹방"), (24, "김광석길 산책"), (40, "앞산전망대 야경"), (55, "오늘의 경비")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 수진이에요 오늘은 제 고향 대구에 왔습니다"),
            (4.8, 2.0, "동대구역에서 바로 출발할게요"),
            (7.5, 4.0, "첫 번째 코스는 서문시장이에요 지하철 3호선 타면 바로예요"),
            (12.0, 4.5, "대구 오면 납작만두는 꼭 먹어야 돼요 간장에 찍어서 한 입"),
            (17.0, 4.5, "칼국수도 육천 원인데 양이 엄청 많아요 씨앗호떡은 후식으로"),
            (24.5, 4.0, "배 꺼트리러 김광석다시그리기길로 걸어왔어요"),
            (29.0, 4.5, "벽화마다 노래 가사가 적혀 있어서 사진 찍기 너무 좋아요"),
            (34.0, 4.0, "동성로까지 걸어가서 잠깐 쇼핑도 했어요"),
            (40.5, 4.5, "해 질 때쯤 케이블카 타고 앞산전망대에 올라왔어요"),
            (45.5, 4.5, "대구 시내가 한눈에 다 보여요 야경 진짜 예쁘죠"),
            (55.5, 5.0, "오늘 둘이서 쓴 돈은 칠만 원 정도예요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "대구 1박 2일 🚄", "outline"),
            (3, 6, "@sujin_daegu", "small"),
            (8, 16, "서문시장 도착!", "outline"),
            (12, 22, "납작만두 3,000원", "yellow"),
            (17, 22, "칼국수 6,000원", "yellow"),
            (25, 34, "김광석다시그리기길", "outline"),
            (34, 38, "잠깐 동성로 쇼핑 🛍", "small"),
            (41, 52, "앞산전망대 야경 ✨", "outline"),
            (41, 46, "케이블카 왕복 15,500원", "yellow"),
            (56, 62, "총 경비 70,000원 (2인)", "yellow"),
        ],
        "places": [
            {"name": "서문시장", "aliases": ["대구 서문시장", "서문시장 야시장", "Seomun Market"], "address": "대구 중구 큰장로26길 45", "lat": 35.8689, "lng": 128.5812},
            {"name": "김광석다시그리기길", "aliases": ["김광석길", "김광석 거리", "김광석거리", "Kim Kwang-seok Street"], "address": "대구 중구 달구벌대로450길", "lat": 35.8600, "lng": 128.6068},
            {"name": "앞산전망대", "aliases": ["앞산 전망대", "Apsan Observatory"], "address": "대구 남구 앞산순환로 574-87", "lat": 35.8284, "lng": 128.5862},
        ],
        "optional": ["대구", "동대구역", "서문시장역", "경대병원역", "동성로", "앞산", "앞산공원", "앞산 케이블카", "케이블카", "대봉동"],
    },
    {
        "id": "gNgNeUnG7kq",
        "lang": "ko",
        "auto_captions": True,
        "title": "강릉 뚜벅이 당일치기 ☕🌊 KTX 타고 커피 순두부 바다 다 챙기기",
        "channel": "뚜벅뚜벅 하루",
        "duration": 66,
        "description": (
            "서울역에서 KTX 타고 강릉 당일치기! 차 없이 버스로만 다녔어요 🚌\n\n"
            "[오늘의 코스]\n"
            "강릉중앙시장 | 강원 강릉시 금성로 21\n"
            "테라로사 커피공장 | 강원 강릉시 구정면 현천길 7\n"
            "동화가든 | 강원 강릉시 초당순두부길77번길 15\n"
            "안목해변 | 강원 강릉시 견소동 (커피거리)\n\n"
            "🚄 KTX 서울역→강릉역 편도 27,600원\n"
            "🚌 시내버스 202번, 300번 이용 (1,500원)\n"
            "📷 아이폰 15 프로 / 인스타360 GO3\n"
            "🎵 Music by Epidemic Sound\n\n"
            "구독 좋아요 알림설정 부탁드려요 🔔\n"
            "#강릉여행 #강릉당일치기 #뚜벅이여행 #짬뽕순두부 #커피거리"
        ),
        "chapters": [(0, "KTX 타고 출발"), (8, "중앙시장 닭강정"), (22, "테라로사"), (36, "짬뽕순두부"), (50, "안목해변 노을")],
        "transcript": [
            (0.5, 4.0, "여러분 저 지금 서울역이에요 강릉 가는 케이티엑스 타러 왔어요"),
            (5.0, 2.5, "두 시간이면 도착한대요"),
            (8.5, 4.5, "강릉역에서 걸어서 강릉 중앙시장에 왔습니다"),
            (13.5, 4.0, "닭강정 작은 거 하나 사고 감자 옹심이도 먹었어요"),
            (18.0, 3.5, "시장 안이 생각보다 엄청 넓어요"),
            (22.5, 4.5, "버스 타고 테라 로사 커피공장으로 왔는데 건물이 진짜 멋있어요"),
            (27.5, 4.5, "핸드드립 한 잔에 팔천 원 정도 하는데 원두도 하나 샀어요"),
            (36.5, 4.5, "점심은 초당 순두부 마을에 있는 동화가든 짬뽕순두부"),
            (41.5, 4.5, "웨이팅이 한 시간이었는데 빨간 국물이 진짜 얼큰해요"),
            (50.5, 4.5, "마지막은 안목 해변 커피거리에서 노을 보면서 마무리"),
            (55.5, 4.5, "경포대는 시간이 없어서 다음에 가기로 했어요"),
            (60.5, 4.5, "구독 좋아요 알림설정까지 부탁드려요"),
        ],
        "captions": [
            (0, 7, "강릉 당일치기 🚄", "box"),
            (9, 20, "강릉중앙시장", "box"),
            (13, 20, "닭강정 小 18,000원", "yellow"),
            (23, 34, "테라로사 커피공장", "box"),
            (28, 34, "핸드드립 8,000원~", "yellow"),
            (37, 48, "짬뽕순두부 12,000원", "yellow"),
            (51, 60, "안목해변 🌅", "box"),
            (60, 66, "구독 & 좋아요 🔔", "box"),
        ],
        "places": [
            {"name": "강릉중앙시장", "aliases": ["강릉 중앙시장", "중앙시장", "Gangneung Jungang Market"], "address": "강원 강릉시 금성로 21", "lat": 37.7546, "lng": 128.8988},
            {"name": "테라로사 커피공장", "aliases": ["테라로사", "테라 로사", "테라로사 커피공장 강릉본점", "Terarosa"], "address": "강원 강릉시 구정면 현천길 7", "lat": 37.7057, "lng": 128.8893},
            {"name": "동화가든", "aliases": ["동화가든 본점", "Donghwa Garden"], "address": "강원 강릉시 초당순두부길77번길 15", "lat": 37.7911, "lng": 128.9148},
            {"name": "안목해변", "aliases": ["안목 해변", "안목해변 커피거리", "안목 커피거리", "강릉 커피거리", "Anmok Beach"], "address": "강원 강릉시 견소동", "lat": 37.7722, "lng": 128.9478},
        ],
        "optional": ["강릉", "강릉역", "서울역", "KTX", "초당", "초당순두부마을", "초당 순두부 마을", "커피거리", "경포대", "경포해변", "견소동"],
    },
    {
        "id": "sUwOnHgD3pz",
        "lang": "ko",
        "title": "행궁동 데이트 🏯 수원 화성 한 바퀴 돌고 통닭 뜯기",
        "channel": "커플로그 지우태민",
        "duration": 58,
        "description": (
            "주말에 수원 행궁동 데이트 다녀왔어요 💕\n"
            "댓글로 수원 맛집 추천해 주세요!\n\n"
            "00:00 오프닝\n00:06 화성행궁\n00:20 방화수류정 피크닉\n00:36 통닭거리에서 저녁\n00:50 쿠키 (다음 주 예고)\n\n"
            "1호선 수원역에서 버스로 15분 걸려요\n"
            "돗자리·바구니 피크닉 세트 대여 15,000원\n"
            "🎵 BGM - 잔나비 '주저하는 연인들을 위해'\n"
            "📸 인스타 @jiwoo_taemin\n"
            "#행궁동 #수원데이트 #수원화성 #통닭거리"
        ),
        "chapters": [(0, "오프닝"), (6, "화성행궁"), (20, "방화수류정 피크닉"), (36, "통닭거리에서 저녁"), (50, "쿠키 (다음 주 예고)")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 지우랑 태민입니다 오늘은 수원 행궁동 데이트예요"),
            (6.5, 4.5, "먼저 화성행궁에 들어왔어요 입장료는 한 사람에 이천 원"),
            (11.5, 4.5, "정조 대왕이 머물던 곳이라는데 한복 입은 분들이 진짜 많네요"),
            (16.5, 3.0, "장안문 쪽으로 성곽길 따라 걸어갈게요"),
            (20.5, 4.5, "여기가 방화수류정인데 용연 앞에 돗자리 펴고 앉았어요"),
            (25.5, 5.0, "노을 질 때 정자랑 연못이 같이 보여서 너무 예뻐요"),
            (31.0, 4.0, "화홍문 지나서 저녁 먹으러 내려갑니다"),
            (36.5, 4.5, "통닭거리에 왔는데 저희는 진미통닭으로 왔어요"),
            (41.5, 4.5, "옛날 통닭 한 마리 이만 원인데 바삭함이 미쳤어요 닭똥집도 서비스"),
            (50.5, 5.0, "다음 주에는 광교 호수공원 피크닉 편으로 돌아올게요 구독 좋아요"),
        ],
        "captions": [
            (0, 6, "행궁동 데이트 💕", "outline"),
            (7, 12, "입장료 2,000원", "small"),
            (21, 30, "피크닉 세트 15,000원", "small"),
            (37, 48, "옛날통닭 20,000원", "yellow"),
            (44, 48, "🎵 잔나비 - 주저하는 연인들을 위해", "small"),
            (51, 58, "NEXT WEEK ▶", "outline"),
        ],
        "places": [
            {"name": "화성행궁", "aliases": ["수원 화성행궁", "Hwaseong Haenggung"], "address": "경기 수원시 팔달구 정조로 825", "lat": 37.2818, "lng": 127.0136},
            {"name": "방화수류정", "aliases": ["동북각루", "Banghwasuryujeong"], "address": "경기 수원시 팔달구 수원천로 392", "lat": 37.2877, "lng": 127.0179},
            {"name": "진미통닭", "aliases": ["Jinmi Tongdak"], "address": "경기 수원시 팔달구 정조로800번길 13", "lat": 37.2790, "lng": 127.0164},
        ],
        "optional": ["수원", "행궁동", "수원화성", "수원 화성", "화성", "장안문", "화홍문", "용연", "통닭거리", "수원 통닭거리", "수원역", "광교 호수공원", "광교호수공원"],
    },
    {
        "id": "yEoSuBsY5wn",
        "scene": "busy",
        "lang": "ko",
        "title": "여수 밤바다 들으면서 떠난 1박 2일 🌃 (장소는 자막 참고)",
        "channel": "바다보는 고양이",
        "duration": 64,
        "description": (
            "여수 1박 2일 여행 기록 ✨\n"
            "장소 이름은 영상 자막으로 넣어 두었어요!\n\n"
            "숙소는 협찬 아니고 내돈내산 🙅\n"
            "렌터카 없이 시내버스 + 택시로 다녔어요\n"
            "🎧 영상 속 노래: 버스커버스커 - 여수 밤바다\n\n"
            "#여수여행 #여수밤바다 #돌산 #게장백반 #낭만포차"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "드디어 여수 도착 기차에서 내리자마자 바다 냄새가 나요"),
            (6.5, 4.5, "방파제 따라 걸어서 섬으로 들어가는 중이에요 동백나무가 엄청 많아요"),
            (11.5, 3.5, "올 때는 걷고 나갈 때는 열차 탈 거예요"),
            (18.5, 4.5, "점심은 광장 바로 앞에서 게장백반 먹었어요 밥도둑 인정"),
            (24.0, 3.5, "거북선 모형도 있어서 구경했어요"),
            (30.5, 4.5, "바닥이 투명한 캐빈 타고 바다 건너가는 중 살짝 무서워요"),
            (36.5, 4.5, "위에서 보니까 다리랑 항구가 다 보여요"),
            (44.5, 4.5, "둘째 날은 새벽에 일어나서 절까지 계단 올라왔어요 해 뜨는 거 보세요"),
            (50.0, 4.0, "바위 틈 사이로 지나가는 길이 신기해요"),
            (56.5, 5.0, "마지막 밤은 포차에서 해물삼합 먹으면서 끝"),
        ],
        "captions": [
            (0, 5, "DAY 1 여수엑스포역 도착", "box"),
            (6, 16, "📍 오동도", "yellow"),
            (11, 16, "동백열차 편도 1,000원", "small"),
            (18, 28, "📍 이순신광장", "yellow"),
            (19, 28, "게장백반 1인 15,000원", "small"),
            (30, 42, "📍 여수 해상케이블카", "yellow"),
            (31, 42, "크리스탈캐빈 왕복 24,000원", "small"),
            (44, 55, "DAY 2 📍 향일암 일출 🌅", "yellow"),
            (56, 64, "낭만포차 거리 🍻 해물삼합 45,000원", "box"),
        ],
        "places": [
            {"name": "오동도", "aliases": ["여수 오동도", "Odongdo"], "address": "전남 여수시 오동도로 222", "lat": 34.7447, "lng": 127.7662},
            {"name": "이순신광장", "aliases": ["여수 이순신광장", "Yi Sun-sin Square"], "address": "전남 여수시 중앙동", "lat": 34.7388, "lng": 127.7367},
            {"name": "여수 해상케이블카", "aliases": ["여수해상케이블카", "해상케이블카", "돌산 해상케이블카", "Yeosu Maritime Cable Car"], "address": "전남 여수시 돌산읍 돌산로 3600-1", "lat": 34.7330, "lng": 127.7438},
            {"name": "향일암", "aliases": ["여수 향일암", "Hyangiram"], "address": "전남 여수시 돌산읍 향일암로 60", "lat": 34.5917, "lng": 127.8026},
        ],
        "optional": ["여수", "여수엑스포역", "돌산", "돌산도", "돌산읍", "동백열차", "크리스탈캐빈", "낭만포차", "낭만포차 거리", "여수 낭만포차"],
    },
    {
        "id": "bKkThAi8rLm",
        "lang": "ko",
        "title": "방콕 3박 5일 VLOG 🇹🇭 2일차 | 짜뚜짝 시장, 왓포, 팟타이 맛집, 아이콘시암 야경",
        "channel": "쏨땀언니",
        "duration": 60,
        "description": (
            "방콕 여행 둘째 날! 더위 주의 🥵\n\n"
            "✔ 방문한 곳\n"
            "· 짜뚜짝 주말시장 (ตลาดนัดจตุจักร)\n"
            "· 왓포 (วัดโพธิ์)\n"
            "· 팁싸마이 (ทิพย์สมัย ผัดไทยประตูผี)\n"
            "· 아이콘시암 (ไอคอนสยาม)\n\n"
            "💰 코코넛 아이스크림 60바트 / 왓포 입장료 300바트 / 팟타이 슈퍼 150바트 / 타이 마사지 1시간 420바트\n"
            "🚆 MRT 짜뚜짝파크역, BTS 사판탁신역 → 수상버스 타고 타띠엔 선착장\n"
            "💳 트래블로그 카드 썼어요 · 그랩 첫 이용 쿠폰 SSOMTAM2026\n\n"
            "00:00 아침 루틴\n00:06 짜뚜짝 주말시장\n00:20 왓포 & 와불상\n00:34 팁싸마이 팟타이\n00:48 아이콘시암 야경\n\n"
            "📮 협업 문의 ssomtam.unnie@example.com\n"
            "#방콕여행 #방콕맛집 #팟타이 #왓포 #태국여행"
        ),
        "chapters": [(0, "아침 루틴"), (6, "짜뚜짝 주말시장"), (20, "왓포 & 와불상"), (34, "팁싸마이 팟타이"), (48, "아이콘시암 야경")],
        "transcript": [
            (0.5, 4.5, "방콕 둘째 날 아침이에요 호텔 조식 먹고 바로 나갑니다"),
            (6.5, 4.5, "MRT 타고 짜뚜짝 주말시장에 왔어요 가게가 만 오천 개가 넘는대요"),
            (11.5, 4.5, "코코넛 아이스크림 육십 바트 이건 무조건 드세요"),
            (20.5, 4.5, "보트 타고 건너와서 왓포에 도착했어요 누워 있는 불상이 진짜 거대해요"),
            (25.5, 4.0, "길이가 사십육 미터래요 발바닥 자개 장식도 보세요"),
            (30.0, 3.5, "카오산로드는 오늘은 그냥 지나가기로 했어요"),
            (34.5, 4.5, "저녁은 팁싸마이 팟타이 먹으려고 줄 섰어요"),
            (39.5, 4.5, "계란으로 감싼 슈퍼 팟타이랑 오렌지 주스 꼭 시키세요"),
            (48.5, 4.5, "마지막은 아이콘시암 짜오프라야 강 야경이 너무 예뻐요"),
            (53.5, 5.0, "내일은 아유타야 투어 가요 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 5, "DAY 2 ☀ 35°C", "outline"),
            (7, 18, "짜뚜짝 주말시장", "outline"),
            (12, 18, "코코넛 아이스크림 60B", "yellow"),
            (21, 30, "왓포 와불상 🙏", "outline"),
            (21, 26, "입장료 300B", "small"),
            (35, 46, "팁싸마이 슈퍼 팟타이 150B", "yellow"),
            (49, 56, "아이콘시암 야경", "outline"),
            (56, 60, "NEXT ▶ 아유타야", "small"),
        ],
        "places": [
            {"name": "짜뚜짝 주말시장", "aliases": ["ตลาดนัดจตุจักร", "짜뚜짝 시장", "짜뚜짝시장", "Chatuchak Weekend Market", "Chatuchak Market"], "address": "587/10 Kamphaeng Phet 2 Rd, Chatuchak, Bangkok 10900", "lat": 13.7999, "lng": 100.5503},
            {"name": "왓포", "aliases": ["วัดโพธิ์", "왓 포", "Wat Pho", "Wat Phra Chetuphon"], "address": "2 Sanam Chai Rd, Phra Nakhon, Bangkok 10200", "lat": 13.7465, "lng": 100.4927},
            {"name": "팁싸마이", "aliases": ["ทิพย์สมัย", "ทิพย์สมัย ผัดไทยประตูผี", "팁사마이", "Thipsamai", "Thipsamai Pad Thai"], "address": "313 Maha Chai Rd, Samran Rat, Phra Nakhon, Bangkok 10200", "lat": 13.7528, "lng": 100.5048},
            {"name": "아이콘시암", "aliases": ["ไอคอนสยาม", "아이콘 시암", "ICONSIAM", "Icon Siam"], "address": "299 Charoen Nakhon Rd, Khlong Ton Sai, Khlong San, Bangkok 10600", "lat": 13.7266, "lng": 100.5105},
        ],
        "optional": ["방콕", "태국", "짜뚜짝파크역", "사판탁신역", "타띠엔 선착장", "타띠엔", "카오산로드", "짜오프라야 강", "짜오프라야강", "아유타야"],
    },
    {
        "id": "dNnGvNm4aUx",
        "lang": "ko",
        "auto_captions": True,
        "title": "다낭 자유여행 1일차 🇻🇳 한시장 쇼핑 · 마블마운틴 · 미케비치 가성비 코스",
        "channel": "한달살기 소라",
        "duration": 68,
        "description": (
            "다낭 4박 5일 중 1일차 코스 공유해요! 그랩으로만 이동했어요 🛵\n\n"
            "1. 한시장 (Chợ Hàn) - 119 Trần Phú, Hải Châu, Đà Nẵng\n"
            "2. 콩카페 한강점 (Cộng Cà Phê) - 96-98 Bạch Đằng, Hải Châu, Đà Nẵng\n"
            "3. 마블마운틴 (Ngũ Hành Sơn) - 52 Huyền Trân Công Chúa, Ngũ Hành Sơn, Đà Nẵng\n"
            "4. 미케비치 (Bãi biển Mỹ Khê) - Võ Nguyên Giáp, Sơn Trà, Đà Nẵng\n\n"
            "💸 코코넛 스무디 커피 45,000동 / 마블마운틴 입장료 40,000동 / 엘리베이터 15,000동\n"
            "🛵 그랩 바이크 1회 3만~5만동\n"
            "📶 유심은 공항에서 비엣텔 5G 구매 (7일 무제한)\n"
            "⚠️ 다음 편은 호이안 올드타운 야경!\n\n"
            "#다낭여행 #다낭자유여행 #한시장 #콩카페 #미케비치"
        ),
        "chapters": [(0, "다낭 도착"), (8, "한시장 쇼핑"), (22, "콩카페 코코넛커피"), (36, "마블마운틴"), (52, "미케비치 선셋")],
        "transcript": [
            (0.5, 4.5, "다낭 공항에 도착했어요 유심 사고 그랩 불러서 시내로 갑니다"),
            (5.5, 2.5, "공항에서 시내까지 십오 분"),
            (8.5, 4.5, "첫 코스는 한 시장이에요 이 층에 옷 가게가 엄청 많아요"),
            (13.5, 4.5, "아오자이 맞춤하면 이틀 걸린대요 라탄백도 하나 샀어요"),
            (18.5, 3.0, "흥정은 필수입니다"),
            (22.5, 4.5, "바로 건너편 콩 카페에서 코코넛 스무디 커피 마셨어요"),
            (27.5, 4.5, "창가 자리에서 한강이랑 용다리가 보여요"),
            (36.5, 4.5, "오후에는 마블 마운틴 엘리베이터 타고 올라갔어요"),
            (41.5, 5.0, "동굴 안에 불상이 있는데 빛 들어오는 게 진짜 신비로워요"),
            (47.0, 4.0, "계단이 미끄러우니까 운동화 신으세요"),
            (52.5, 4.5, "마지막은 미케 비치에서 노을 보면서 반미 먹었어요"),
            (57.5, 5.0, "내일은 바나힐 가고 모레는 호이안 갈 거예요"),
            (63.0, 4.5, "구독이랑 좋아요 부탁드려요 안녕"),
        ],
        "captions": [
            (0, 7, "DAY 1 다낭 도착 ✈", "outline"),
            (9, 20, "한시장 2층 쇼핑", "outline"),
            (14, 20, "라탄백 250,000동", "yellow"),
            (23, 34, "콩카페 코코넛 커피 45,000동", "yellow"),
            (37, 50, "마블마운틴", "outline"),
            (37, 42, "입장료 40,000동", "small"),
            (53, 62, "미케비치 🌅", "outline"),
        ],
        "places": [
            {"name": "한시장", "aliases": ["Chợ Hàn", "한 시장", "Han Market", "Cho Han"], "address": "119 Trần Phú, Hải Châu, Đà Nẵng", "lat": 16.0680, "lng": 108.2242},
            {"name": "콩카페 한강점", "aliases": ["Cộng Cà Phê", "콩카페", "콩 카페", "Cong Caphe", "Cộng Cà Phê Bạch Đằng"], "address": "96-98 Bạch Đằng, Hải Châu, Đà Nẵng", "lat": 16.0690, "lng": 108.2246},
            {"name": "마블마운틴", "aliases": ["Ngũ Hành Sơn", "마블 마운틴", "오행산", "Marble Mountains", "Ngu Hanh Son"], "address": "52 Huyền Trân Công Chúa, Ngũ Hành Sơn, Đà Nẵng", "lat": 16.0036, "lng": 108.2634},
            {"name": "미케비치", "aliases": ["Bãi biển Mỹ Khê", "미케 비치", "미케해변", "My Khe Beach", "Mỹ Khê"], "address": "Võ Nguyên Giáp, Sơn Trà, Đà Nẵng", "lat": 16.0610, "lng": 108.2470},
        ],
        "optional": ["다낭", "Đà Nẵng", "Da Nang", "다낭 공항", "다낭국제공항", "한강", "용다리", "Cầu Rồng", "바나힐", "Bà Nà Hills", "호이안", "호이안 올드타운", "Hải Châu", "Sơn Trà", "베트남"],
    },
    {
        "id": "tPeTwBsY2jc",
        "scene": "busy",
        "lang": "ko",
        "title": "타이베이 2박 3일 🇹🇼 먹고 또 먹는 자매 여행 (자막 ON 필수)",
        "channel": "먹보자매 여행기",
        "duration": 60,
        "description": (
            "대만 타이베이 VLOG ✈️\n"
            "장소 이름은 영상 속 자막으로 확인해 주세요!\n\n"
            "🧾 환율 1 NT$ ≈ 43원 (트래블월렛 충전)\n"
            "💳 이지카드(悠遊卡) 충전 필수, 편의점에서 충전 가능\n"
            "📶 eSIM 5% 할인코드 MUKBO5\n"
            "🎥 DJI Pocket 3 / GoPro HERO12\n\n"
            "#대만여행 #타이베이여행 #샤오롱바오 #야시장 #후추빵"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "공항철도 타고 시내 들어가는 중이에요 언니 벌써 배고프대요"),
            (6.5, 4.5, "근위병 교대식 시간 맞춰서 왔어요 정각마다 한대요"),
            (11.5, 4.0, "광장이 엄청 넓고 하얀 건물이 진짜 웅장해요"),
            (18.5, 4.5, "샤오롱바오 한 입 먹었는데 육즙이 터져요 오이무침도 꼭 시키세요"),
            (24.0, 4.0, "번호표 받고 사십 분 기다렸어요"),
            (32.5, 4.5, "89층 전망대 올라왔는데 엘리베이터가 37초 만에 올라와요"),
            (38.0, 4.0, "거대한 댐퍼 볼도 구경했어요"),
            (46.5, 4.5, "마지막은 야시장 입구에서 후추빵 줄 서는 중"),
            (51.5, 4.0, "우육면이랑 취두부까지 클리어했어요"),
        ],
        "captions": [
            (0, 6, "DAY 1 타오위안공항 ✈", "small"),
            (6, 16, "📍 중정기념당 (中正紀念堂)", "outline"),
            (10, 16, "근위병 교대식 매시 정각", "small"),
            (18, 30, "📍 딘타이펑 신의점 (Din Tai Fung 信義店)", "outline"),
            (22, 30, "샤오롱바오 10개 NT$250", "yellow"),
            (32, 44, "📍 타이베이 101 (台北101)", "outline"),
            (36, 44, "89F 전망대 NT$600", "yellow"),
            (46, 56, "📍 라오허제 야시장 (饒河街觀光夜市)", "outline"),
            (50, 56, "후추빵 NT$60", "yellow"),
            (56, 60, "구독 ♥ 좋아요", "box"),
        ],
        "places": [
            {"name": "중정기념당", "aliases": ["中正紀念堂", "장제스기념당", "장개석 기념관", "Chiang Kai-shek Memorial Hall", "National Chiang Kai-shek Memorial Hall"], "address": "No. 21, Zhongshan S. Rd, Zhongzheng Dist., Taipei", "lat": 25.0346, "lng": 121.5218},
            {"name": "딘타이펑 신의점", "aliases": ["鼎泰豐 信義店", "鼎泰豐", "딘타이펑", "딘타이펑 본점", "Din Tai Fung", "Din Tai Fung Xinyi", "Din Tai Fung 信義店"], "address": "No. 194, Sec. 2, Xinyi Rd, Da'an Dist., Taipei", "lat": 25.0334, "lng": 121.5298},
            {"name": "타이베이 101", "aliases": ["台北101", "타이페이 101", "Taipei 101", "타이베이101"], "address": "No. 7, Sec. 5, Xinyi Rd, Xinyi Dist., Taipei", "lat": 25.0339, "lng": 121.5645},
            {"name": "라오허제 야시장", "aliases": ["饒河街觀光夜市", "饒河街夜市", "라오허 야시장", "라오허제야시장", "Raohe Night Market", "Raohe Street Night Market"], "address": "Raohe St, Songshan Dist., Taipei", "lat": 25.0509, "lng": 121.5775},
        ],
        "optional": ["타이베이", "타이페이", "대만", "台北", "타오위안공항", "타오위안 공항", "桃園機場"],
    },
    {
        "id": "lSbNeNg6tRf",
        "lang": "en",
        "auto_captions": True,
        "title": "48 Hours in Lisbon 🇵🇹 Custard Tarts, Trams & the Best Viewpoint in the City",
        "channel": "Wander & Crumbs",
        "duration": 64,
        "description": (
            "Two days eating and walking our way around Lisbon! Everything we visited is below 👇\n\n"
            "WHERE WE WENT\n"
            "- Time Out Market Lisboa (Av. 24 de Julho 49, 1200-479 Lisboa)\n"
            "- Pastéis de Belém (R. de Belém 84-92, 1300-085 Lisboa)\n"
            "- Jerónimos Monastery (Praça do Império, 1400-206 Lisboa)\n"
            "- Miradouro da Senhora do Monte (Largo Monte, 1170-107 Lisboa)\n\n"
            "💶 6 pastéis €8.40 | Jerónimos ticket €18 | 24h Carris/Metro pass €11.60\n"
            "🚋 Tram 28E from Martim Moniz, Tram 15E out to Belém\n"
            "📸 Gear: Sony ZV-1 II, Rode Wireless GO II, Peak Design Travel Tripod\n"
            "✉️ Collabs: hello@wanderandcrumbs.example\n"
            "This video is sponsored by Holafly: code CRUMBS10 for 10% off your eSIM\n\n"
            "0:00 Intro\n0:05 Time Out Market\n0:20 Belém: pastéis & the monastery\n0:40 Sunset at Senhora do Monte\n0:56 Costs & tips\n\n"
            "#lisbon #portugal #pasteldenata #travelvlog"
        ),
        "chapters": [(0, "Intro"), (5, "Time Out Market"), (20, "Belém: pastéis & the monastery"), (40, "Sunset at Senhora do Monte"), (56, "Costs & tips")],
        "transcript": [
            (0.5, 4.0, "hey guys welcome back we just landed in lisbon and we are starving"),
            (5.5, 4.5, "first stop is the time out market right across from cais do sodre station"),
            (10.5, 4.5, "we got grilled octopus and a bifana which is basically a pork sandwich"),
            (15.5, 4.0, "and no francesinha here that's more of a porto thing"),
            (20.5, 4.5, "day two we took the fifteen tram out to belem for the famous pasteis de belem"),
            (25.5, 4.5, "they're still warm you put cinnamon and powdered sugar on top so good"),
            (30.5, 4.5, "right next door is the jeronimos monastery the cloister is unreal"),
            (35.5, 4.0, "we walked past belem tower but the line was way too long"),
            (40.5, 4.5, "for sunset we rode the twenty eight tram up through alfama"),
            (45.5, 5.0, "and hiked up to the miradouro da senora do monte best view in the whole city"),
            (56.5, 5.0, "next video we're doing a day trip to sintra so make sure you subscribe"),
        ],
        "captions": [
            (0, 5, "LISBON · DAY 1", "box"),
            (6, 18, "TIME OUT MARKET", "box"),
            (11, 18, "Grilled octopus €16.50", "yellow"),
            (21, 30, "PASTÉIS DE BELÉM", "box"),
            (25, 30, "€1.40 each", "yellow"),
            (31, 38, "Jerónimos Monastery", "box"),
            (41, 54, "Miradouro da Senhora do Monte", "box"),
            (41, 46, "@wanderandcrumbs", "small"),
            (57, 64, "NEXT: SINTRA →", "yellow"),
        ],
        "places": [
            {"name": "Time Out Market Lisboa", "aliases": ["Time Out Market", "Mercado da Ribeira"], "address": "Av. 24 de Julho 49, 1200-479 Lisboa, Portugal", "lat": 38.7069, "lng": -9.1458},
            {"name": "Pastéis de Belém", "aliases": ["Pasteis de Belem", "Antiga Confeitaria de Belém"], "address": "R. de Belém 84-92, 1300-085 Lisboa, Portugal", "lat": 38.6975, "lng": -9.2032},
            {"name": "Jerónimos Monastery", "aliases": ["Jeronimos Monastery", "Mosteiro dos Jerónimos", "Mosteiro dos Jeronimos"], "address": "Praça do Império, 1400-206 Lisboa, Portugal", "lat": 38.6979, "lng": -9.2068},
            {"name": "Miradouro da Senhora do Monte", "aliases": ["Senhora do Monte", "Miradouro Senhora do Monte", "Miradouro da Senora do Monte"], "address": "Largo Monte, 1170-107 Lisboa, Portugal", "lat": 38.7191, "lng": -9.1327},
        ],
        "optional": ["Lisbon", "Lisboa", "Portugal", "Belém", "Belem", "Alfama", "Cais do Sodré", "Cais do Sodre", "Cais do Sodré station", "Martim Moniz", "Tram 28", "Tram 28E", "Tram 15E", "Belém Tower", "Belem Tower", "Torre de Belém", "Sintra", "Porto"],
    },
    {
        "id": "cNvStReV0kw",
        "lang": "ko",
        "title": "편의점 신상 8종 털기 🏪 지역 이름 붙은 신상 솔직 리뷰 (1등 의외)",
        "channel": "오늘도 편털",
        "duration": 52,
        "description": (
            "이번 달 편의점 신상 싹 다 사 왔습니다!\n"
            "(전부 내돈내산, 가격은 구매 당시 기준)\n\n"
            "1. 제주 한라봉 에이드 2,200원\n"
            "2. 전주비빔 삼각김밥 1,500원\n"
            "3. 안동찜닭 도시락 5,900원\n"
            "4. 의정부 부대찌개 큰사발 1,800원\n"
            "5. 뉴욕 치즈케이크 3,500원\n"
            "6. 나폴리탄 파스타 4,300원\n"
            "7. 하와이안 피자빵 2,800원\n"
            "8. 벨기에 초코 와플 2,000원\n\n"
            "00:00 오프닝\n00:06 음료 & 삼각김밥\n00:20 도시락 & 라면\n00:34 디저트\n00:46 총평 & 순위\n\n"
            "🎵 BGM: 여수 밤바다 (어쿠스틱 커버)\n"
            "📦 협찬·광고 문의 pyeonteol@example.com\n"
            "구독 좋아요 눌러주시면 다음 달에도 털어올게요!\n"
            "#편의점신상 #편의점털기 #먹방 #내돈내산"
        ),
        "chapters": [(0, "오프닝"), (6, "음료 & 삼각김밥"), (20, "도시락 & 라면"), (34, "디저트"), (46, "총평 & 순위")],
        "transcript": [
            (0.5, 4.5, "안녕하세요 편털입니다 이번 달 신상은 지역 이름 붙은 게 진짜 많아요"),
            (6.5, 4.5, "제주 한라봉 에이드부터 마셔볼게요 한라봉 향이 꽤 진해요"),
            (11.5, 4.5, "전주비빔 삼각김밥은 고추장 맛이 좀 약한 편이에요"),
            (20.5, 4.5, "안동찜닭 도시락 당면이 엄청 많이 들어 있어요"),
            (25.5, 4.5, "의정부 부대찌개 큰사발은 햄이 생각보다 실하네요"),
            (34.5, 4.5, "뉴욕 치즈케이크는 꾸덕꾸덕하고 벨기에 와플은 좀 눅눅해요"),
            (39.5, 4.0, "하와이안 피자빵은 파인애플 호불호 갈릴 듯"),
            (46.5, 5.0, "오늘의 일등은 안동찜닭 도시락 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "이달의 신상 8종 🏪", "outline"),
            (2, 6, "총 24,000원", "yellow"),
            (7, 12, "제주 한라봉 에이드", "outline"),
            (12, 18, "전주비빔 삼각김밥", "outline"),
            (21, 26, "안동찜닭 도시락 5,900원", "yellow"),
            (26, 32, "의정부 부대찌개 큰사발", "outline"),
            (35, 44, "뉴욕 치즈케이크 ★★★★", "box"),
            (47, 52, "1위 안동찜닭 도시락 👑", "box"),
        ],
        "places": [],
        "optional": [],
    },
    {
        "id": "hMbRsTa9xEq",
        "lang": "en",
        "title": "5 Café Drinks You Can Make at Home ☕ Vietnamese Egg Coffee, Spanish Latte & More",
        "channel": "Slow Mornings with Ana",
        "duration": 56,
        "description": (
            "Café-style drinks at home for under $2 a cup!\n\n"
            "DRINKS\n"
            "1. Vietnamese Egg Coffee\n"
            "2. Spanish Latte\n"
            "3. Thai Iced Tea\n"
            "4. Irish Coffee (decaf version)\n"
            "5. Turkish Coffee\n\n"
            "BEANS: Ethiopia Yirgacheffe (light roast), Colombia Huila (medium roast)\n"
            "GEAR: Hario V60, Fellow Stagg EKG kettle, Baratza Encore, Bialetti Moka Express\n"
            "Music: 'Copacabana' lo-fi cover, 'Kyoto' by Phoebe Bridgers\n\n"
            "0:00 Intro\n0:06 Vietnamese egg coffee\n0:18 Spanish latte\n0:28 Thai iced tea\n0:38 Irish & Turkish coffee\n0:50 Which one won?\n\n"
            "Use code SLOWMORNING for 15% off beans (sponsored)\n"
            "Business: ana.slowmornings@example.com\n"
            "#homecafe #coffee #eggcoffee #spanishlatte"
        ),
        "chapters": [(0, "Intro"), (6, "Vietnamese egg coffee"), (18, "Spanish latte"), (28, "Thai iced tea"), (38, "Irish & Turkish coffee"), (50, "Which one won?")],
        "transcript": [
            (0.5, 4.5, "good morning and welcome back to my kitchen today we're making five cafe drinks"),
            (6.5, 5.0, "first the Vietnamese egg coffee whisk two yolks with condensed milk until it's fluffy"),
            (12.0, 4.5, "pour it over a strong moka pot shot and it tastes like tiramisu"),
            (18.5, 4.5, "next a Spanish latte which is just espresso milk and a bit of condensed milk"),
            (28.5, 4.5, "the Thai iced tea uses a black tea blend with star anise and evaporated milk"),
            (38.5, 5.0, "the Irish coffee gets a float of lightly whipped cream and the Turkish coffee is brewed in a cezve"),
            (44.0, 4.0, "my Ethiopian beans were a bit too bright for this one"),
            (50.5, 5.0, "the winner is the egg coffee hands down let me know which one you'd try"),
        ],
        "captions": [
            (0, 6, "5 HOME CAFÉ DRINKS", "box"),
            (7, 17, "Vietnamese Egg Coffee", "box"),
            (12, 17, "≈ $1.20 / cup", "yellow"),
            (19, 27, "Spanish Latte", "box"),
            (29, 37, "Thai Iced Tea", "box"),
            (39, 49, "Irish Coffee · Turkish Coffee", "box"),
            (2, 6, "@slowmornings.ana", "small"),
            (51, 56, "WINNER: Egg Coffee 🏆", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
]
