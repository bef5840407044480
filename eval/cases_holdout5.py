"""Fifth holdout evaluation cases (blind): nine vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Do not tune on it. Places are real; coordinates are approximate (WGS84).

Coverage: Korean regional trips (통영, 속초, 춘천), a quiet Seoul walk (후암동 /
해방촌) whose places appear only in on-screen captions over busy backgrounds,
foreign trips written in Korean with native script in parentheses (나고야,
다낭), two English vlogs (Melbourne laneway cafés, Mexico City tacos) and one
desk-setup video with no places but plenty of place-like words. Places come
from ▶ bullets, `name - address` lines, an "오늘 간 곳" list, 📍 lines, numbered
English lists, chapters, speech only and captions only; three cases use
rolling auto-captions. Cities, neighbourhoods, stations, streets and
landmarks passed on the way, and places only mentioned for "next time", are
optional.
"""

CASES = [
    {
        "id": "tYoUnG5aKq1",
        "lang": "ko",
        "title": "통영 1박 2일 🚢 충무김밥부터 케이블카까지 | 통영 여행 코스",
        "channel": "섬마을 소연",
        "duration": 62,
        "description": (
            "통영 다녀왔어요! 서울에서 고속버스로 4시간 10분 🚌\n\n"
            "▶ 뚱보할매김밥 본점 : 경남 통영시 통영해안로 325\n"
            "▶ 통영중앙시장 : 경남 통영시 중앙시장1길 14-16\n"
            "▶ 동피랑 벽화마을 : 경남 통영시 동피랑1길 6-18\n"
            "▶ 통영케이블카 : 경남 통영시 발개로 205\n\n"
            "충무김밥 1인분 6,000원 / 꿀빵 10개 12,000원\n"
            "케이블카 왕복 성인 17,000원 (촬영일 기준)\n\n"
            "00:00 통영 도착\n00:08 뚱보할매김밥\n00:20 중앙시장 구경\n"
            "00:32 동피랑\n00:46 케이블카 타고 미륵산\n\n"
            "📷 카메라: 캐논 R50 / 마이크: 로데 와이어리스 GO II\n"
            "💌 business: soyeon.island@example.com\n"
            "#통영 #통영여행 #충무김밥 #동피랑 #경남여행"
        ),
        "chapters": [(0, "통영 도착"), (8, "뚱보할매김밥"), (20, "중앙시장 구경"), (32, "동피랑"),
                     (46, "케이블카 타고 미륵산")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 소연입니다 드디어 통영에 도착했어요"),
            (5.0, 3.0, "터미널에서 택시 타고 강구안 쪽으로 바로 왔어요"),
            (8.5, 4.0, "통영 오면 충무김밥은 꼭 먹어야죠 뚱보할매김밥 본점이에요"),
            (13.0, 4.0, "오징어무침이랑 석박지가 같이 나오는데 간이 딱 좋아요"),
            (20.5, 4.0, "소화도 시킬 겸 바로 앞에 있는 중앙시장 구경하러 왔어요"),
            (25.0, 4.0, "여기서 꿀빵도 사고 생선 구경도 하고 활기가 넘쳐요"),
            (32.5, 4.0, "시장 뒤쪽 언덕으로 올라오면 동피랑 벽화마을이에요"),
            (37.0, 4.5, "골목마다 그림이 있어서 사진 찍기 너무 좋아요 강구안이 한눈에 보여요"),
            (46.5, 4.0, "마지막은 케이블카 타고 미륵산 정상까지 올라갑니다"),
            (51.0, 4.0, "한려수도 섬들이 쫙 펼쳐지는데 진짜 말이 안 나와요"),
            (56.0, 4.5, "내일은 배 타고 소매물도 가볼게요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 7, "DAY 1 통영 도착", "box"),
            (8, 19, "📍 뚱보할매김밥 본점", "box"),
            (13, 19, "충무김밥 6,000원", "small"),
            (20, 31, "통영중앙시장", "outline"),
            (25, 31, "꿀빵 10개 12,000원", "small"),
            (32, 45, "📍 동피랑 벽화마을", "box"),
            (46, 58, "통영케이블카 → 미륵산 정상", "outline"),
            (58, 62, "구독 & 좋아요 ♥"),
        ],
        "places": [
            {"name": "뚱보할매김밥", "aliases": ["뚱보할매김밥 본점", "뚱보할매 김밥", "Ddungbo Halmae Gimbap"],
             "address": "경남 통영시 통영해안로 325", "lat": 34.8437, "lng": 128.4232},
            {"name": "통영중앙시장", "aliases": ["통영 중앙시장", "중앙시장", "통영중앙전통시장", "Tongyeong Jungang Market"],
             "address": "경남 통영시 중앙시장1길 14-16", "lat": 34.8447, "lng": 128.4244},
            {"name": "동피랑 벽화마을", "aliases": ["동피랑", "동피랑마을", "동피랑 마을", "Dongpirang Mural Village"],
             "address": "경남 통영시 동피랑1길 6-18", "lat": 34.8456, "lng": 128.4276},
            {"name": "통영케이블카", "aliases": ["통영 케이블카", "한려수도 조망 케이블카", "미륵산 케이블카", "Tongyeong Cable Car"],
             "address": "경남 통영시 발개로 205", "lat": 34.8270, "lng": 128.4246},
        ],
        "optional": ["통영", "강구안", "미륵산", "미륵산 정상", "통영종합버스터미널", "통영터미널", "터미널",
                     "소매물도", "한려수도", "경남"],
    },
    {
        "id": "sOkChO5bRw2",
        "lang": "ko",
        "auto_captions": True,
        "title": "속초 뚜벅이 당일치기 🦑 닭강정, 갯배, 바다 | 고속버스 타고 2시간",
        "channel": "주말엔 뚜벅",
        "duration": 58,
        "description": (
            "동서울터미널 07:00 버스 타고 속초 당일치기!\n\n"
            "오늘 간 곳\n"
            "- 속초관광수산시장\n"
            "- 만석닭강정 (시장 안)\n"
            "- 아바이마을 (갯배 타고 건너감)\n"
            "- 영금정\n\n"
            "왕복 버스비 약 36,000원\n"
            "닭강정 중 사이즈 19,000원 / 오징어순대 15,000원\n\n"
            "🎵 Music by Epidemic Sound\n"
            "구독 좋아요 알림설정 🔔\n"
            "#속초 #속초여행 #뚜벅이여행 #당일치기 #강원도"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.5, "안녕하세요 여러분 지금 속초 고속버스터미널 도착했어요"),
            (5.5, 4.0, "바다 냄새가 벌써 나요 오늘은 뚜벅이로 다녀볼게요"),
            (10.5, 4.5, "먼저 속초관광수산시장 왔어요 예전에는 중앙시장이라고 불렀대요"),
            (15.5, 4.5, "시장 들어오자마자 만석닭강정 줄이 엄청 길어요 그래도 기다려야죠"),
            (20.5, 4.0, "와 바삭하고 달달한데 식어도 맛있어요"),
            (25.5, 4.5, "이제 갯배 타러 왔어요 손으로 줄을 당겨서 건너가는 배예요"),
            (30.5, 4.5, "건너오면 바로 아바이마을이에요 오징어순대 하나 먹고 갈게요"),
            (36.5, 4.5, "마지막은 영금정 바위 위에 정자가 있는데 파도 소리가 진짜 좋아요"),
            (42.0, 4.5, "등대전망대도 바로 옆에 있는데 오늘은 시간이 없어서 패스"),
            (47.5, 5.0, "다음에는 설악산도 꼭 가보고 싶어요 여러분 오늘도 봐주셔서 감사합니다"),
        ],
        "captions": [
            (0, 9, "속초 도착 🚌", "yellow"),
            (10, 20, "속초관광수산시장", "yellow"),
            (16, 24, "만석닭강정 중 19,000원", "small"),
            (25, 30, "갯배 편도 500원", "small"),
            (30, 36, "아바이마을", "yellow"),
            (36, 47, "영금정", "yellow"),
            (52, 58, "구독 & 알림설정 🔔", "outline"),
        ],
        "places": [
            {"name": "속초관광수산시장", "aliases": ["속초중앙시장", "속초 중앙시장", "속초관광시장", "Sokcho Tourist & Fishery Market", "Sokcho Jungang Market"],
             "address": "강원 속초시 중앙로147번길 12", "lat": 38.2046, "lng": 128.5903},
            {"name": "만석닭강정", "aliases": ["만석닭강정 본점", "만석 닭강정", "Manseok Dakgangjeong"],
             "address": "강원 속초시 중앙로147번길 16", "lat": 38.2043, "lng": 128.5908},
            {"name": "아바이마을", "aliases": ["청호동 아바이마을", "아바이 마을", "Abai Village"],
             "address": "강원 속초시 청호동", "lat": 38.2003, "lng": 128.5951},
            {"name": "영금정", "aliases": ["영금정 정자", "Yeonggeumjeong"],
             "address": "강원 속초시 영금정로 43", "lat": 38.2132, "lng": 128.6010},
        ],
        "optional": ["속초", "속초고속버스터미널", "속초 고속버스터미널", "동서울터미널", "동서울종합터미널", "갯배",
                     "속초 갯배", "등대전망대", "속초등대", "속초등대전망대", "설악산", "강원도", "강원"],
    },
    {
        "id": "cHuNcH5cDx3",
        "lang": "ko",
        "title": "ITX 타고 춘천 여행 🚆 닭갈비 먹고 소양강 스카이워크 | 감자빵 맛집",
        "channel": "하루한끼 도연",
        "duration": 52,
        "description": (
            "용산역에서 ITX-청춘 타고 1시간! 춘천 당일 코스 공유해요\n\n"
            "소양강 스카이워크 - 강원 춘천시 영서로 2663\n"
            "통나무집 닭갈비 - 강원 춘천시 신북읍 신샘밭로 763\n\n"
            "0:00 남춘천역\n0:08 소양강 스카이워크\n0:22 통나무집 닭갈비\n0:38 감자빵 사러 가기\n\n"
            "닭갈비 1인분 15,000원 + 볶음밥 3,000원\n"
            "📸 인스타 @doyeon.hanki\n"
            "(이 영상은 유료광고를 포함하지 않습니다)\n"
            "#춘천 #춘천닭갈비 #소양강스카이워크 #춘천여행 #감자빵"
        ),
        "chapters": [(0, "남춘천역"), (8, "소양강 스카이워크"), (22, "통나무집 닭갈비"), (38, "감자빵 사러 가기")],
        "transcript": [
            (0.5, 4.0, "남춘천역 도착 용산에서 ITX 타니까 진짜 금방이네요"),
            (5.0, 3.0, "택시 타고 소양강 쪽으로 갑니다"),
            (8.5, 4.0, "소양강 스카이워크 왔어요 바닥이 유리라서 좀 무서워요"),
            (13.0, 4.0, "입장료 이천 원 내면 춘천사랑상품권으로 돌려줘요 개이득"),
            (22.5, 4.0, "점심은 통나무집 닭갈비 숯불 말고 철판 닭갈비예요"),
            (27.0, 4.0, "마지막에 볶음밥은 무조건 추가하세요 막국수도 시켰어요"),
            (38.5, 4.0, "후식은 감자밭 카페에서 감자빵 진짜 감자처럼 생겼어요"),
            (43.0, 4.0, "웨이팅 앱으로 미리 줄 서는 거 추천드려요"),
            (47.5, 4.0, "다음엔 김유정역 레일바이크도 타볼게요 안녕"),
        ],
        "captions": [
            (0, 7, "남춘천역 도착", "outline"),
            (8, 20, "소양강 스카이워크", "outline"),
            (13, 20, "입장료 2,000원 → 상품권 환급", "small"),
            (22, 36, "통나무집 닭갈비", "outline"),
            (27, 36, "닭갈비 15,000원 / 볶음밥 3,000원", "small"),
            (38, 46, "📍 감자밭", "box"),
            (41, 46, "감자빵 5개입 16,500원", "small"),
        ],
        "places": [
            {"name": "소양강 스카이워크", "aliases": ["소양강스카이워크", "Soyanggang Skywalk"],
             "address": "강원 춘천시 영서로 2663", "lat": 37.8947, "lng": 127.7254},
            {"name": "통나무집 닭갈비", "aliases": ["통나무집닭갈비", "통나무집 닭갈비 본점", "통나무집"],
             "address": "강원 춘천시 신북읍 신샘밭로 763", "lat": 37.9346, "lng": 127.7846},
            {"name": "감자밭", "aliases": ["감자밭 카페", "춘천 감자밭", "Gamjabat"],
             "address": "강원 춘천시 신북읍 신샘밭로 674", "lat": 37.9300, "lng": 127.7822},
        ],
        "optional": ["춘천", "남춘천역", "용산역", "용산", "ITX-청춘", "ITX", "소양강", "김유정역",
                     "김유정 레일바이크", "강원"],
    },
    {
        "id": "hUaMdOng5d4",
        "scene": "busy",
        "lang": "ko",
        "title": "비 온 뒤 동네 산책 🌿 계단 오르고 시장 구경 (조용한 브이로그)",
        "channel": "느린 산책자",
        "duration": 50,
        "description": (
            "말없이 걷는 영상이에요. 장소는 자막으로 적어뒀어요.\n"
            "4호선 숙대입구역 2번 출구에서 시작\n\n"
            "#후암동 #해방촌 #서울산책 #silentvlog #asmr"
        ),
        "chapters": [],
        "transcript": [
            (1.0, 3.0, "오늘은 비 그치고 공기가 너무 좋네요"),
            (9.0, 3.5, "와 계단 진짜 많다 숨차요"),
            (14.0, 3.0, "위에서 내려다보니까 동네가 다 보여요"),
            (22.0, 3.5, "시장 안에 작은 가게들이 많이 생겼네요"),
            (33.0, 3.5, "여기 조용해서 책 읽기 좋아요"),
            (44.0, 3.0, "오늘 산책 끝 다음에 또 올게요"),
        ],
        "captions": [
            (0, 8, "숙대입구역 2번 출구 ☔", "small"),
            (8, 19, "📍 후암동 108계단", "box"),
            (14, 19, "경사형 엘리베이터 있음", "small"),
            (20, 31, "📍 해방촌 신흥시장", "box"),
            (25, 31, "라떼 6,500원", "small"),
            (32, 43, "📍 남산도서관", "box"),
            (38, 43, "열람실 무료", "small"),
            (44, 50, "산책 끝 👣", "outline"),
        ],
        "places": [
            {"name": "후암동 108계단", "aliases": ["108계단", "해방촌 108계단", "후암동108계단"],
             "address": "서울 용산구 후암동 (두텁바위로 일대)", "lat": 37.5470, "lng": 126.9822},
            {"name": "해방촌 신흥시장", "aliases": ["신흥시장", "해방촌신흥시장", "Sinheung Market"],
             "address": "서울 용산구 신흥로 95-9", "lat": 37.5453, "lng": 126.9857},
            {"name": "남산도서관", "aliases": ["서울특별시교육청 남산도서관", "남산 도서관", "Namsan Library"],
             "address": "서울 용산구 소월로 109", "lat": 37.5530, "lng": 126.9814},
        ],
        "optional": ["후암동", "해방촌", "숙대입구역", "숙대입구", "4호선", "남산", "용산", "서울"],
    },
    {
        "id": "nAgOyA5eFv5",
        "lang": "ko",
        "title": "나고야 2박 3일 🏯 히츠마부시 먹고 나고야성까지 | 일본 소도시 감성 여행",
        "channel": "지니의 일본일기",
        "duration": 64,
        "description": (
            "인천 → 주부국제공항(센트레아) 1시간 40분 ✈️\n"
            "나고야 2일차 코스예요 🇯🇵\n\n"
            "1. 아츠타 신궁 (熱田神宮)\n"
            "2. 아츠타 호라이켄 본점 (あつた蓬莱軒 本店) - 히츠마부시\n"
            "3. 나고야성 (名古屋城)\n"
            "4. 오스 상점가 (大須商店街)\n\n"
            "교통: 도니치에코 킷푸 (토·일 1일 승차권) 620엔\n"
            "히츠마부시 4,600엔 / 웨이팅 약 1시간\n\n"
            "00:00 메이테츠 타고 진구마에역\n00:09 아츠타 신궁\n00:20 호라이켄 히츠마부시\n"
            "00:36 나고야성\n00:50 오스 상점가\n\n"
            "항공권은 스카이스캐너에서 예약했어요\n"
            "#나고야 #나고야여행 #히츠마부시 #일본여행 #名古屋"
        ),
        "chapters": [(0, "메이테츠 타고 진구마에역"), (9, "아츠타 신궁"), (20, "호라이켄 히츠마부시"),
                     (36, "나고야성"), (50, "오스 상점가")],
        "transcript": [
            (0.5, 4.0, "좋은 아침이에요 오늘은 메이테츠 타고 진구마에역으로 갑니다"),
            (5.0, 3.5, "나고야역에서 십 분 정도밖에 안 걸려요"),
            (9.5, 4.0, "아츠타 신궁 도착 숲이 엄청 울창해서 공기가 달라요"),
            (14.0, 4.0, "여기가 삼종신기 중에 하나를 모신 곳이래요"),
            (20.5, 4.0, "오픈런으로 아츠타 호라이켄 본점 왔어요 히츠마부시 먹으러"),
            (25.0, 4.5, "처음엔 그냥 먹고 두 번째는 파랑 와사비 세 번째는 오차즈케로"),
            (30.0, 4.0, "장어가 진짜 바삭하고 양념이 안 짜요 인생 장어덮밥"),
            (36.5, 4.0, "지하철 타고 나고야성으로 왔습니다 금 샤치호코가 보여요"),
            (41.0, 4.5, "혼마루 어전 안이 진짜 화려해요 신발 벗고 들어가요"),
            (50.5, 4.0, "저녁에는 오스 상점가 구경 오스 칸논 앞에서 시작해요"),
            (55.0, 4.5, "테바사키랑 나고야 코친 꼬치 먹으면서 마무리할게요 내일은 사카에 갑니다"),
        ],
        "captions": [
            (0, 8, "名鉄 → 神宮前駅", "small"),
            (9, 19, "아츠타 신궁 熱田神宮", "outline"),
            (20, 35, "あつた蓬莱軒 本店", "small"),
            (24, 35, "히츠마부시 4,600엔", "yellow"),
            (36, 49, "나고야성 名古屋城", "outline"),
            (50, 62, "오스 상점가 大須商店街", "outline"),
            (55, 62, "테바사키 5개 600엔", "small"),
        ],
        "places": [
            {"name": "아츠타 신궁", "aliases": ["熱田神宮", "아츠타신궁", "아쓰타 신궁", "Atsuta Jingu", "Atsuta Shrine"],
             "address": "1-1-1 Jingu, Atsuta Ward, Nagoya, Aichi", "lat": 35.1283, "lng": 136.9087},
            {"name": "아츠타 호라이켄 본점", "aliases": ["あつた蓬莱軒 本店", "あつた蓬莱軒", "아츠타 호라이켄", "호라이켄", "Atsuta Horaiken"],
             "address": "503 Godo-cho, Atsuta Ward, Nagoya, Aichi", "lat": 35.1240, "lng": 136.9070},
            {"name": "나고야성", "aliases": ["名古屋城", "나고야 성", "Nagoya Castle"],
             "address": "1-1 Honmaru, Naka Ward, Nagoya, Aichi", "lat": 35.1856, "lng": 136.8990},
            {"name": "오스 상점가", "aliases": ["大須商店街", "오스상점가", "Osu Shopping Street", "Osu Shotengai"],
             "address": "Osu, Naka Ward, Nagoya, Aichi", "lat": 35.1594, "lng": 136.9040},
        ],
        "optional": ["나고야", "名古屋", "나고야역", "名古屋駅", "진구마에역", "神宮前駅", "메이테츠", "名鉄",
                     "주부국제공항", "센트레아", "인천", "혼마루 어전", "本丸御殿", "오스 칸논", "大須観音",
                     "사카에", "栄", "일본"],
    },
    {
        "id": "dAnAnG5gHu6",
        "lang": "ko",
        "auto_captions": True,
        "title": "다낭 자유여행 VLOG 🇻🇳 한시장 쇼핑 + 핑크성당 + 용다리 불쇼",
        "channel": "여름이네 가족여행",
        "duration": 60,
        "description": (
            "다낭 3박 5일 중 둘째 날 🌴\n"
            "숙소는 미케비치 근처 (호텔 정보는 고정댓글)\n\n"
            "📍 한 시장 (Chợ Hàn) - 119 Trần Phú, Hải Châu, Đà Nẵng\n"
            "📍 다낭 대성당 / 핑크성당 (Nhà thờ Chính tòa Đà Nẵng) - 156 Trần Phú\n"
            "📍 용다리 (Cầu Rồng)\n\n"
            "💸 환전: 100만동 ≈ 53,000원\n"
            "🚕 이동은 전부 그랩 (1회 40,000~70,000동)\n"
            "투어 예약 할인코드 SUMMER5 (클룩)\n\n"
            "#다낭 #다낭여행 #베트남여행 #반쎄오 #가족여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.5, "굿모닝 다낭 오늘도 엄청 덥네요 그랩 타고 시내로 나가볼게요"),
            (5.5, 4.5, "먼저 한시장 도착 일층은 건어물이랑 커피 이층은 옷이랑 아오자이"),
            (10.5, 4.5, "코코넛 커피랑 말린 망고 샀어요 흥정은 필수입니다"),
            (16.0, 4.5, "길 건너면 바로 핑크성당이 있어요 사진으로 보던 것보다 더 핑크예요"),
            (21.5, 4.5, "미사 시간에는 안에 못 들어가니까 시간 확인하고 오세요"),
            (27.0, 5.0, "점심은 골목 안에 있는 반쎄오 바즈엉 현지인 맛집이라고 해서 왔어요"),
            (32.5, 4.5, "라이스페이퍼에 채소 올리고 반쎄오 싸서 소스 찍어 먹으면 끝"),
            (38.0, 4.5, "숙소 가서 수영 좀 하고 저녁에 다시 나왔어요"),
            (43.0, 5.0, "토요일 밤 아홉 시에 용다리에서 불쇼를 해요 용 머리에서 불이 나와요"),
            (48.5, 4.5, "물도 뿌리니까 가까이 가면 젖어요 우비 챙기세요"),
            (53.5, 4.5, "내일은 바나힐 투어 갑니다 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (5, 15, "한 시장 Chợ Hàn", "outline"),
            (10, 15, "코코넛 커피 35,000동", "small"),
            (16, 26, "📍 핑크성당", "box"),
            (27, 37, "반쎄오 바즈엉", "yellow"),
            (27, 37, "Bánh Xèo Bà Dưỡng", "small"),
            (43, 53, "용다리 불쇼 🐉 토·일 21:00", "outline"),
        ],
        "places": [
            {"name": "한 시장", "aliases": ["한시장", "Chợ Hàn", "Cho Han", "Han Market"],
             "address": "119 Trần Phú, Hải Châu, Đà Nẵng", "lat": 16.0680, "lng": 108.2242},
            {"name": "다낭 대성당", "aliases": ["핑크성당", "다낭 핑크성당", "Nhà thờ Chính tòa Đà Nẵng", "Nhà thờ Con Gà", "Da Nang Cathedral"],
             "address": "156 Trần Phú, Hải Châu, Đà Nẵng", "lat": 16.0666, "lng": 108.2233},
            {"name": "반쎄오 바즈엉", "aliases": ["Bánh Xèo Bà Dưỡng", "Banh Xeo Ba Duong", "바즈엉"],
             "address": "K280/23 Hoàng Diệu, Hải Châu, Đà Nẵng", "lat": 16.0556, "lng": 108.2180},
            {"name": "용다리", "aliases": ["Cầu Rồng", "Cau Rong", "Dragon Bridge", "드래곤 브릿지"],
             "address": "Cầu Rồng, Hải Châu, Đà Nẵng", "lat": 16.0612, "lng": 108.2272},
        ],
        "optional": ["다낭", "Đà Nẵng", "Da Nang", "베트남", "미케비치", "미케 비치", "My Khe Beach",
                     "바나힐", "Bà Nà Hills", "Ba Na Hills", "Trần Phú"],
    },
    {
        "id": "mElBlAnE5j7",
        "lang": "en",
        "title": "Melbourne Laneway Coffee Crawl ☕ 3 Cafés Locals Actually Go To",
        "channel": "Flat White Diaries",
        "duration": 55,
        "description": (
            "Spent a drizzly Saturday morning walking Melbourne's CBD laneways looking for the best flat white.\n\n"
            "WHERE WE WENT:\n"
            "1) Patricia Coffee Brewers — Little William St & Little Bourke St, Melbourne VIC 3000\n"
            "2) Brother Baba Budan — 359 Little Bourke St, Melbourne VIC 3000\n"
            "3) Lune Croissanterie (CBD) — 161 Flinders Ln, Melbourne VIC 3000\n\n"
            "Flat whites ranged $5.00–$6.50 AUD.\n"
            "Use code LANEWAY10 for 10% off our printable Melbourne café map 🗺️\n\n"
            "GEAR: Sony ZV-1 II, Rode VideoMicro II, Peak Design Travel Tripod\n"
            "Music: Artlist\n"
            "Instagram: @flatwhitediaries | hello.flatwhite@example.com\n"
            "#melbourne #coffee #laneways #flatwhite #australia"
        ),
        "chapters": [(0, "Flinders Street Station"), (7, "Patricia Coffee Brewers"), (20, "Brother Baba Budan"),
                     (33, "Through Hosier Lane"), (40, "Lune Croissanterie")],
        "transcript": [
            (0.5, 4.0, "morning from Flinders Street Station it's raining a little which is very Melbourne"),
            (5.0, 2.0, "let's go get coffee"),
            (7.5, 4.0, "first stop Patricia Coffee Brewers it's standing room only no seats at all"),
            (12.0, 4.5, "I'm getting a flat white and a filter the barista recommended an Ethiopian"),
            (20.5, 4.0, "next up Brother Baba Budan on Little Bourke you can't miss the chairs hanging from the ceiling"),
            (25.0, 4.5, "the place is tiny but the espresso is seriously good"),
            (33.5, 4.0, "we're cutting through Hosier Lane to check out the street art on the way"),
            (40.5, 4.5, "and we finish at Lune on Flinders Lane the croissants here are legendary"),
            (45.5, 4.5, "I got the almond croissant and a cruffin honestly worth the queue"),
            (50.5, 4.0, "let me know your favourite Melbourne café in the comments"),
        ],
        "captions": [
            (0, 7, "MELBOURNE CBD ☔", "outline"),
            (7, 19, "Patricia Coffee Brewers", "outline"),
            (12, 19, "Flat white $5.00", "small"),
            (20, 32, "Brother Baba Budan", "outline"),
            (33, 40, "Hosier Lane street art", "small"),
            (40, 52, "Lune Croissanterie", "outline"),
            (45, 52, "Almond croissant $8.90", "small"),
        ],
        "places": [
            {"name": "Patricia Coffee Brewers", "aliases": ["Patricia", "Patricia Coffee", "패트리샤 커피"],
             "address": "Little William St & Little Bourke St, Melbourne VIC 3000", "lat": -37.8145, "lng": 144.9578},
            {"name": "Brother Baba Budan", "aliases": ["Brother Baba Budan Cafe", "브라더 바바 부단"],
             "address": "359 Little Bourke St, Melbourne VIC 3000", "lat": -37.8136, "lng": 144.9622},
            {"name": "Lune Croissanterie", "aliases": ["Lune", "Lune CBD", "Lune Croissanterie CBD", "루네 크루아상"],
             "address": "161 Flinders Ln, Melbourne VIC 3000", "lat": -37.8160, "lng": 144.9681},
        ],
        "optional": ["Melbourne", "Melbourne CBD", "CBD", "Flinders Street Station", "Flinders Street",
                     "Flinders Lane", "Flinders Ln", "Hosier Lane", "Little Bourke St", "Little Bourke Street",
                     "Little Bourke", "Little William St", "Australia", "VIC"],
    },
    {
        "id": "cDmXtAcO5k8",
        "scene": "busy",
        "lang": "en",
        "auto_captions": True,
        "title": "1,000 PESO TACO DAY in Mexico City 🌮 Best Tacos in CDMX (Gaonera, Suadero & More)",
        "channel": "Street Eats with Marco",
        "duration": 66,
        "description": (
            "How far can 1,000 pesos go in Mexico City? Let's find out.\n\n"
            "Chapters:\n0:00 Intro\n0:06 El Califa de León\n0:22 Los Cocuyos\n0:38 Contramar\n0:56 Outro\n\n"
            "Los Cocuyos is at Bolívar 56 in the Centro, open until super late.\n"
            "El Califa de León — Av. Ribera de San Cosme 56, San Rafael\n\n"
            "💳 Sponsored by Wise: fee-free first transfer with my link\n"
            "🎥 Shot on iPhone 16 Pro + DJI Mic 2\n"
            "Business: marco.eats@example.com\n"
            "#tacos #mexicocity #cdmx #streetfood #taqueria"
        ),
        "chapters": [(0, "Intro"), (6, "El Califa de León"), (22, "Los Cocuyos"), (38, "Contramar"), (56, "Outro")],
        "transcript": [
            (0.5, 5.0, "what's up guys it's marco and today i have a thousand pesos to eat as many tacos as i can in mexico city"),
            (6.5, 4.5, "first stop el califa de leon in san rafael it actually has a michelin star"),
            (11.5, 5.0, "they only do four tacos here and the gaonera is the one everybody orders"),
            (17.0, 4.0, "thin beef seared on the plancha with lime and salsa verde insane"),
            (22.5, 4.5, "we took the metro to the centro and this is los cocuyos a few blocks from the zocalo"),
            (27.5, 5.0, "it's open basically all night and the suadero and campechano are the move"),
            (33.0, 4.0, "that giant bubbling comal is something else"),
            (38.5, 4.5, "okay not a taco stand but we had to do contramar in roma norte"),
            (43.5, 5.0, "the tuna tostadas and the pescado a la talla red and green are famous for a reason"),
            (49.0, 4.5, "that was the splurge of the day around nine hundred pesos for two"),
            (56.5, 5.0, "next video we're hitting el vilsito in narvarte the mechanic shop that turns into a taqueria at night"),
            (62.0, 3.5, "subscribe and i'll see you there"),
        ],
        "captions": [
            (0, 6, "1,000 PESOS 🌮", "yellow"),
            (6, 21, "EL CALIFA DE LEÓN", "yellow"),
            (11, 21, "Taco de gaonera $62 MXN", "small"),
            (22, 37, "LOS COCUYOS", "yellow"),
            (27, 37, "Suadero $30 MXN", "small"),
            (38, 55, "CONTRAMAR", "yellow"),
            (43, 55, "Tostada de atún", "small"),
            (56, 66, "NEXT: El Vilsito?", "box"),
        ],
        "places": [
            {"name": "El Califa de León", "aliases": ["El Califa de Leon", "Califa de León", "Taquería El Califa de León"],
             "address": "Av. Ribera de San Cosme 56, San Rafael, Cuauhtémoc, CDMX", "lat": 19.4393, "lng": -99.1617},
            {"name": "Los Cocuyos", "aliases": ["Taquería Los Cocuyos", "Tacos Los Cocuyos", "Cocuyos"],
             "address": "Bolívar 56, Centro Histórico, Cuauhtémoc, CDMX", "lat": 19.4312, "lng": -99.1387},
            {"name": "Contramar", "aliases": ["Restaurante Contramar", "Contramar CDMX"],
             "address": "Durango 200, Roma Norte, Cuauhtémoc, CDMX", "lat": 19.4195, "lng": -99.1665},
        ],
        "optional": ["Mexico City", "CDMX", "Ciudad de México", "Mexico", "San Rafael", "Centro",
                     "Centro Histórico", "Zócalo", "Zocalo", "Roma Norte", "Roma", "Narvarte", "El Vilsito",
                     "Metro"],
    },
    {
        "id": "dEsKsEt5uP9",
        "lang": "ko",
        "title": "2026 데스크 셋업 투어 🖥️ 재택 디자이너의 미니멀 책상 (feat. 파리 감성 조명)",
        "channel": "오브젝트 연구소",
        "duration": 46,
        "description": (
            "구독자 3만 기념 데스크 셋업 투어!\n"
            "제품 링크는 전부 아래에 있어요 (일부 제휴 링크 포함)\n\n"
            "🖥️ 모니터: LG 울트라파인 27인치 4K\n"
            "⌨️ 키보드: 키크론 Q1 Pro + GMK 'Seoul Night' 키캡\n"
            "🖱️ 마우스: 로지텍 MX Master 3S\n"
            "💡 조명: 'Paris' 스탠드 조명 (해외직구)\n"
            "🪑 의자: 시디즈 T80\n"
            "🪵 책상: 이케아 LAGKAPTEN 140cm + 원목 상판 DIY\n"
            "🕯️ 캔들: 조 말론 런던 우드 세이지 앤 씨 솔트\n"
            "☕ 커피: 하와이안 코나 블렌드 원두 / 브레빌 바리스타 익스프레스\n\n"
            "00:00 인트로\n00:06 모니터 & 키보드\n00:20 조명과 향\n00:32 커피 코너\n00:40 마무리\n\n"
            "할인코드 OBJECT15 (키크론 공식몰 15%)\n"
            "문의: objectlab.studio@example.com\n"
            "#데스크셋업 #desksetup #재택근무 #홈오피스"
        ),
        "chapters": [(0, "인트로"), (6, "모니터 & 키보드"), (20, "조명과 향"), (32, "커피 코너"), (40, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 오브젝트 연구소입니다 오늘은 제 책상 소개해 드릴게요"),
            (6.5, 4.5, "모니터는 LG 27인치 4K 쓰고 있고 키캡은 GMK 서울 나이트예요"),
            (11.5, 4.0, "키크론 Q1 Pro 타건감이 진짜 조약돌 같아요"),
            (20.5, 4.5, "조명은 파리 감성 나는 스탠드인데 직구로 샀어요"),
            (25.0, 4.0, "작업할 때는 항상 조 말론 런던 캔들을 켜 둬요"),
            (32.5, 4.0, "커피 코너에는 하와이안 코나 원두랑 브레빌 머신이 있어요"),
            (37.0, 3.0, "간식은 파리바게뜨 소금빵이 국룰이죠"),
            (40.5, 4.0, "제품 링크는 더보기란에 있어요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "DESK SETUP 2026", "outline"),
            (6, 19, "GMK Seoul Night 키캡", "box"),
            (11, 19, "키크론 Q1 Pro 289,000원", "small"),
            (20, 31, "'파리 감성' 스탠드 조명", "yellow"),
            (25, 31, "Jo Malone London", "small"),
            (32, 40, "Hawaiian Kona Blend ☕", "box"),
            (36, 40, "파리바게뜨 소금빵 3,500원", "small"),
        ],
        "places": [],
        "optional": [],
    },
]
