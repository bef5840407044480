"""Eighteenth blind holdout: realistic travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Places are real; coordinates are approximate (WGS84). Do not tune on it.
"""

CASES = [
    {
        "id": "gEoJeDr01hA",
        "lang": "ko",
        "auto_captions": True,
        "title": "거제도 1박2일 드라이브 🌊 바람의 언덕 일몰이 미쳤다",
        "channel": "주말엔 떠나요 수빈",
        "duration": 58,
        "description": (
            "통영 찍고 거제 넘어온 둘째 날 브이로그예요 🚗\n"
            "렌트카는 쏘카 이용했고 유류비 포함 하루 7만원 정도 나왔어요.\n\n"
            "🗺 둘째 날 동선\n"
            "📌 학동 흑진주 몽돌해변\n"
            "   ㄴ 경남 거제시 동부면 학동리\n"
            "📌 외도 보타니아 (장승포 유람선터미널에서 배 타고)\n"
            "   ㄴ 경남 거제시 일운면 외도길 17\n"
            "📌 바람의 언덕 & 신선대\n"
            "   ㄴ 경남 거제시 남부면 갈곶리\n\n"
            "※ 외도 유람선 왕복 + 입장료 = 1인 25,000원 (평일 기준)\n"
            "※ 주말엔 바람의 언덕 주차장 진짜 헬이에요\n\n"
            "📷 갤럭시 S24 울트라 / 인스타360 X4\n"
            "🎵 BGM - 에피데믹 사운드\n"
            "다음 편은 남해 독일마을 갑니다! 구독 알림 설정 부탁드려요 🙌\n"
            "#거제도 #거제여행 #바람의언덕 #외도 #국내여행 #경남여행"
        ),
        "chapters": [
            (0, "둘째 날 아침"),
            (8, "몽돌해변 산책"),
            (20, "외도 가는 배"),
            (38, "바람의 언덕 일몰"),
            (50, "경비 정리"),
        ],
        "transcript": [
            (0.5, 4.0, "굿모닝 여러분 거제 둘째 날 아침이에요 숙소에서 나왔는데 하늘 좀 보세요"),
            (5.0, 3.0, "오늘은 진짜 꽉꽉 채워서 돌아볼 거예요"),
            (8.5, 4.0, "일단 학동 몽돌 해변에 왔어요 여기 모래가 아니고 다 동글동글한 돌이에요"),
            (13.0, 4.0, "파도 칠 때 자그락 자그락 소리 들리세요 이게 진짜 힐링이에요"),
            (20.5, 4.0, "지금 장승포에서 유람선 타고 외도로 가는 중입니다 바람이 엄청 불어요"),
            (25.0, 4.0, "해금강도 배에서 지나가면서 봤는데 내리지는 않아요"),
            (29.5, 4.0, "외도 보타니아 도착 정원이 진짜 유럽 같아요 한 시간 반 정도 머물 수 있어요"),
            (34.0, 3.5, "섬 안에서 파는 아이스크림 하나 사 먹었어요 사천 원"),
            (38.5, 4.0, "마지막은 바람의 언덕인데요 풍차 앞에서 해 지는 거 기다리고 있어요"),
            (43.0, 4.0, "바로 옆에 신선대도 걸어서 오 분이라 같이 보면 좋아요"),
            (50.5, 4.0, "오늘 하루 총 경비는 둘이서 십오만 원 정도 썼네요"),
            (55.0, 2.5, "다음 편 남해에서 만나요 안녕"),
        ],
        "captions": [
            (0, 7, "DAY 2 거제", "yellow"),
            (8, 18, "학동 흑진주 몽돌해변", "outline"),
            (20, 28, "장승포 → 외도 유람선", "small"),
            (29, 37, "외도 보타니아", "outline"),
            (34, 37, "아이스크림 4,000원"),
            (38, 48, "바람의 언덕", "yellow"),
            (43, 48, "신선대", "small"),
            (50, 56, "총 경비 150,000원 (2인)", "box"),
        ],
        "places": [
            {"name": "학동 흑진주 몽돌해변", "aliases": ["학동몽돌해변", "학동 몽돌해변", "학동흑진주몽돌해변", "Hakdong Mongdol Beach"], "address": "경남 거제시 동부면 학동리", "lat": 34.7713, "lng": 128.6404},
            {"name": "외도 보타니아", "aliases": ["외도보타니아", "외도", "Oedo Botania"], "address": "경남 거제시 일운면 외도길 17", "lat": 34.7691, "lng": 128.7066},
            {"name": "바람의 언덕", "aliases": ["바람의언덕", "Windy Hill"], "address": "경남 거제시 남부면 갈곶리", "lat": 34.7432, "lng": 128.6628},
            {"name": "신선대", "aliases": ["거제 신선대", "Sinseondae"], "address": "경남 거제시 남부면 갈곶리", "lat": 34.7411, "lng": 128.6640},
        ],
        "optional": ["거제도", "거제", "통영", "장승포", "장승포 유람선터미널", "장승포항", "해금강", "남해", "남해 독일마을", "독일마을", "경남"],
    },
    {
        "id": "nOnSaNtR02b",
        "lang": "ko",
        "title": "엄마랑 논산 당일치기 | 젓갈 사러 갔다가 하루 종일 놀다 옴",
        "channel": "혜린 HYERIN",
        "duration": 60,
        "description": (
            "엄마가 김장 전에 젓갈 사야 된다고 해서 따라간 논산 ㅋㅋ\n"
            "생각보다 볼 게 많아서 놀랐어요!\n"
            "간 곳들은 영상에서 다 말해드려요 :)\n\n"
            "00:00 출발\n00:06 장보기\n00:20 미륵불 보러\n00:34 출렁다리\n00:46 한옥 구경\n00:55 집으로\n\n"
            "🚆 용산역 → 논산역 ITX-새마을 1시간 40분\n"
            "문의 hyerin.daily@example.com\n"
            "#논산 #논산여행 #엄마랑여행 #당일치기"
        ),
        "chapters": [
            (0, "출발"),
            (6, "장보기"),
            (20, "미륵불 보러"),
            (34, "출렁다리"),
            (46, "한옥 구경"),
            (55, "집으로"),
        ],
        "transcript": [
            (0.5, 4.5, "안녕하세요 혜린이에요 오늘은 엄마랑 기차 타고 논산 가는 길이에요"),
            (6.5, 4.5, "음 여기가 강경 젓갈시장인데요 가게가 진짜 끝도 없이 있어요"),
            (11.5, 4.5, "엄마는 새우젓이랑 명란젓 사시고 저는 어리굴젓 시식만 계속 했어요 ㅋㅋ"),
            (16.5, 3.0, "새우젓 한 통에 삼만 오천 원이래요"),
            (20.5, 4.5, "그 다음에 택시 타고 관촉사로 왔어요 여기 은진미륵이 있는 절인데"),
            (25.5, 4.5, "와 진짜 어 생각보다 훨씬 커요 고려 시대 때 만든 거래요"),
            (30.5, 3.0, "엄마는 여기서 초 하나 켜고 오셨어요"),
            (34.5, 4.5, "그리고 요즘 핫하다는 탑정호 출렁다리 건너는 중인데 저 약간 무서워요"),
            (39.5, 4.5, "밑에 보면 그 호수가 다 보이거든요 근데 경치는 진짜 좋다"),
            (46.5, 4.5, "마지막으로 명재고택 왔어요 장독대가 쫙 있는 옛날 양반집이에요"),
            (51.5, 3.0, "가을이라 은행나무가 노랗게 물들어서 너무 예뻐요"),
            (55.5, 4.0, "오늘 영상 재밌게 보셨으면 구독이랑 좋아요 부탁드려요 다음엔 공주 가볼게요"),
        ],
        "captions": [
            (0, 5, "엄마랑 논산 🚆", "yellow"),
            (11, 16, "새우젓 35,000원"),
            (25, 30, "🤭 생각보다 큼", "small"),
            (34, 44, "무서운데 예쁨…", "outline"),
            (51, 55, "🍂 가을 가을", "small"),
        ],
        "places": [
            {"name": "강경젓갈시장", "aliases": ["강경 젓갈시장", "강경젓갈골목", "강경 젓갈 시장", "Ganggyeong Jeotgal Market"], "address": "충남 논산시 강경읍", "lat": 36.1610, "lng": 127.0110},
            {"name": "관촉사", "aliases": ["논산 관촉사", "Gwanchoksa"], "address": "충남 논산시 관촉로1번길 25", "lat": 36.1943, "lng": 127.1189},
            {"name": "탑정호 출렁다리", "aliases": ["탑정호출렁다리", "탑정호", "Tapjeongho Suspension Bridge"], "address": "충남 논산시 부적면 신풍리", "lat": 36.1882, "lng": 127.1578},
            {"name": "명재고택", "aliases": ["논산 명재고택", "윤증고택", "Myeongjae Historic House"], "address": "충남 논산시 노성면 노성산성길 50", "lat": 36.2935, "lng": 127.1720},
        ],
        "optional": ["논산", "논산역", "용산역", "강경", "은진미륵", "관촉사 석조미륵보살입상", "공주"],
    },
    {
        "id": "hOnGcHeOn3c",
        "scene": "busy",
        "lang": "ko",
        "title": "[no talking] 홍천 가을 혼자 여행 🍂 은행나무숲, 계곡 옆 절, 화로구이",
        "channel": "조용한여행자 quiet trip",
        "duration": 50,
        "description": (
            "말 없이 걷는 홍천 가을 여행\n"
            "장소는 화면에 적어뒀어요. 은행나무숲은 10월 한 달만 개방해요!\n\n"
            "camera : Fujifilm X-S20 + XF 18mm\n"
            "music : Lofi girl - autumn walk\n\n"
            "#홍천 #홍천여행 #혼자여행 #notalking #가을여행"
        ),
        "chapters": [],
        "transcript": [],
        "captions": [
            (0, 6, "서울양양고속도로 → 홍천 IC", "small"),
            (2, 6, "10월의 어느 토요일", "outline"),
            (7, 18, "📍 홍천 은행나무숲", "box"),
            (12, 18, "무료 개방 · 10월 한정", "small"),
            (20, 32, "📍 수타사", "box"),
            (25, 32, "계곡 따라 산소길 40분", "outline"),
            (34, 46, "📍 양지말 화로숯불구이", "box"),
            (38, 46, "화로구이 2인 32,000원", "yellow"),
            (46, 50, "오늘도 잘 쉬었다"),
        ],
        "places": [
            {"name": "홍천 은행나무숲", "aliases": ["은행나무숲", "홍천은행나무숲", "Hongcheon Ginkgo Forest"], "address": "강원 홍천군 내면 광원리 686-4", "lat": 37.8160, "lng": 128.4710},
            {"name": "수타사", "aliases": ["홍천 수타사", "Sutasa"], "address": "강원 홍천군 동면 수타사로 473", "lat": 37.7450, "lng": 127.9820},
            {"name": "양지말 화로숯불구이", "aliases": ["양지말화로숯불구이", "양지말 화로구이", "양지말"], "address": "강원 홍천군 홍천읍 양지말길 17-4", "lat": 37.6970, "lng": 127.8760},
        ],
        "optional": ["홍천", "홍천 IC", "서울양양고속도로", "산소길", "수타사 산소길"],
    },
    {
        "id": "pYeOnGcHaN4",
        "lang": "ko",
        "title": "평창 가족여행 2일차 | 양떼목장 → 월정사 → 봉평 메밀꽃 🐑",
        "channel": "다섯식구 여행일기",
        "duration": 54,
        "description": (
            "아이 셋 데리고 평창 2일차!\n"
            "숙소는 알펜시아 쪽에 잡았어요 (협찬 아님)\n\n"
            "✔ 오늘 다닌 곳 & 입장료\n"
            "대관령 양떼목장 — 어른 9,000원 / 아이 7,000원 (건초주기 포함)\n"
            "월정사 — 주차 5,000원, 전나무숲길 무료\n"
            "이효석문학관 — 어른 2,000원\n\n"
            "점심은 봉평 시장 안 메밀전병 집에서 먹었는데 이름을 못 봤어요 😂\n\n"
            "⏱\n0:00 아침 준비\n0:07 양떼목장\n0:20 월정사 전나무숲길\n0:36 봉평 메밀 먹방\n0:44 이효석문학관\n\n"
            "🚙 카니발 하이리무진 / 블랙박스 아이나비 QXD8000\n"
            "가족여행 꿀템 링크는 더보기 고정댓글 참고!\n"
            "#평창 #평창여행 #양떼목장 #월정사 #아이랑여행"
        ),
        "chapters": [
            (0, "아침 준비"),
            (7, "양떼목장"),
            (20, "월정사 전나무숲길"),
            (36, "봉평 메밀 먹방"),
            (44, "이효석문학관"),
        ],
        "transcript": [
            (0.5, 4.0, "자 얘들아 빨리 양말 신어 오늘 양 보러 간다"),
            (7.5, 4.5, "대관령 양떼목장 도착했습니다 바람이 엄청 불어요 애들 모자 날아가요"),
            (12.5, 4.0, "여기서 건초 주기 체험을 할 수 있는데 막내가 제일 신났어요"),
            (20.5, 4.5, "오후에는 월정사 왔어요 전나무숲길이 진짜 공기가 달라요"),
            (25.5, 4.5, "길이 평평해서 유모차도 다 들어갈 수 있어요 왕복 한 시간 정도"),
            (30.5, 3.5, "절 안에 팔각구층석탑도 보고 왔어요"),
            (36.5, 4.5, "봉평으로 넘어와서 메밀전병이랑 메밀막국수 먹어요 메밀전병 하나 오천 원"),
            (44.5, 4.5, "밥 먹고 이효석문학관 들렀어요 메밀꽃 필 무렵 쓰신 분이요"),
            (49.5, 4.0, "첫째가 교과서에서 봤다고 좋아하더라고요 내일은 강릉 바다 갑니다"),
        ],
        "captions": [
            (0, 6, "평창 DAY 2", "yellow"),
            (7, 18, "대관령 양떼목장", "outline"),
            (12, 18, "건초주기 체험 🐑", "small"),
            (20, 34, "월정사 전나무숲길", "outline"),
            (36, 43, "메밀전병 5,000원 / 막국수 9,000원", "box"),
            (44, 52, "이효석문학관", "outline"),
        ],
        "places": [
            {"name": "대관령 양떼목장", "aliases": ["양떼목장", "대관령양떼목장", "Daegwallyeong Sheep Farm"], "address": "강원 평창군 대관령면 대관령마루길 483-32", "lat": 37.6860, "lng": 128.7520},
            {"name": "월정사", "aliases": ["월정사 전나무숲길", "오대산 월정사", "Woljeongsa"], "address": "강원 평창군 진부면 오대산로 374-8", "lat": 37.7316, "lng": 128.5923},
            {"name": "이효석문학관", "aliases": ["이효석 문학관", "Lee Hyo-seok Literary Museum"], "address": "강원 평창군 봉평면 효석문학길 73-25", "lat": 37.6190, "lng": 128.3610},
        ],
        "optional": ["평창", "대관령", "알펜시아", "봉평", "봉평 시장", "봉평시장", "전나무숲길", "오대산", "강릉", "팔각구층석탑"],
    },
    {
        "id": "bEpPuOnS05e",
        "scene": "busy",
        "lang": "ko",
        "title": "벳부 지옥순례 ♨️ 온천 마을에서 지옥찜 먹고 100년 된 목욕탕까지 (규슈 여행 ep.2)",
        "channel": "온천덕후 켄",
        "duration": 56,
        "description": (
            "후쿠오카에서 소닉 특급 타고 벳부 도착!\n"
            "이번 편은 칸나와 지역 지옥순례랑 시내 온천이에요.\n\n"
            "▷ 우미지고쿠 (海地獄) · 別府市鉄輪559-1\n"
            "▷ 지옥찜공방 칸나와 (地獄蒸し工房 鉄輪) · 別府市風呂本5組\n"
            "▷ 치노이케지고쿠 (血の池地獄) · 別府市野田778\n"
            "▷ 다케가와라 온천 (竹瓦温泉) · 別府市元町16-23\n\n"
            "💴 지옥순례 공통관람권 ¥2,200 / 지옥찜 세트 약 ¥1,500 / 다케가와라 모래찜 ¥1,500\n"
            "🚌 칸나와 ↔ 치노이케는 가메노이 버스 16번\n"
            "🎫 산큐패스 북부규슈 3일권 사용\n\n"
            "다음 편은 유후인 🍮\n"
            "#벳부 #別府 #규슈여행 #온천여행 #지옥순례"
        ),
        "chapters": [
            (0, "벳부역 도착"),
            (8, "海地獄"),
            (20, "지옥찜 점심"),
            (32, "血の池地獄"),
            (42, "竹瓦温泉"),
        ],
        "transcript": [
            (0.5, 4.0, "벳부역 도착했습니다 역에서부터 벌써 유황 냄새가 나요"),
            (8.5, 4.0, "첫 번째 지옥 바다지옥이에요 물 색깔이 진짜 코발트 블루"),
            (13.0, 4.0, "여기서 온천 푸딩 하나 먹었어요 사백 엔"),
            (20.5, 4.5, "점심은 지옥찜으로 재료를 사서 온천 증기에 직접 쪄 먹는 거예요"),
            (25.5, 4.0, "새우랑 옥수수 계란 넣었는데 한 십오 분이면 다 익어요"),
            (32.5, 4.0, "버스 타고 빨간 지옥으로 왔어요 이름부터 무섭죠 피의 연못"),
            (42.5, 4.5, "마지막은 시내로 내려와서 다케가와라 온천 메이지 시대부터 있던 목욕탕이래요"),
            (47.5, 4.0, "모래찜질 했는데 모래가 생각보다 무거워요 땀이 쫙 나요"),
            (52.0, 3.5, "다음 편은 유후인입니다 구독 부탁드려요"),
        ],
        "captions": [
            (0, 6, "別府駅 벳부역", "small"),
            (8, 18, "📍 海地獄 우미지고쿠", "box"),
            (13, 18, "온천 푸딩 ¥400", "yellow"),
            (20, 30, "📍 地獄蒸し工房 鉄輪", "box"),
            (25, 30, "지옥찜 세트 ¥1,500", "yellow"),
            (32, 40, "📍 血の池地獄 치노이케지고쿠", "box"),
            (42, 52, "📍 竹瓦温泉", "box"),
            (47, 52, "砂湯 모래찜질 ¥1,500", "outline"),
        ],
        "places": [
            {"name": "우미지고쿠", "aliases": ["海地獄", "바다지옥", "Umi Jigoku"], "address": "大分県別府市鉄輪559-1", "lat": 33.3168, "lng": 131.4730},
            {"name": "지옥찜공방 칸나와", "aliases": ["地獄蒸し工房 鉄輪", "地獄蒸し工房鉄輪", "지옥찜 공방", "Jigoku Mushi Kobo Kannawa"], "address": "大分県別府市風呂本5組", "lat": 33.3170, "lng": 131.4770},
            {"name": "치노이케지고쿠", "aliases": ["血の池地獄", "Chinoike Jigoku"], "address": "大分県別府市野田778", "lat": 33.3326, "lng": 131.4836},
            {"name": "다케가와라 온천", "aliases": ["竹瓦温泉", "다케가와라온천", "Takegawara Onsen"], "address": "大分県別府市元町16-23", "lat": 33.2803, "lng": 131.5015},
        ],
        "optional": ["벳부", "別府", "벳부역", "別府駅", "후쿠오카", "칸나와", "鉄輪", "유후인", "규슈", "북부규슈"],
    },
    {
        "id": "kRaBiTh06aO",
        "lang": "ko",
        "auto_captions": True,
        "title": "태국 끄라비 4박5일 🇹🇭 라일레이 롱테일보트 & 1260계단 사원 (현실 경비 공개)",
        "channel": "떠돌이 부부 Wandering Couple",
        "duration": 58,
        "description": (
            "방콕 말고 끄라비! 아오낭에 숙소 잡고 다녔어요.\n\n"
            "[우리가 간 곳]\n"
            "1. 라일레이 비치 Railay Beach (West)\n"
            "2. 프라낭 케이브 비치 Phra Nang Cave Beach\n"
            "3. 타이거 케이브 사원 Wat Tham Suea (วัดถ้ำเสือ)\n"
            "4. 아오낭 비치 Ao Nang Beach — 숙소 앞 일몰 스팟\n\n"
            "💰 롱테일보트 아오낭→라일레이 편도 100바트 / 그랩 타이거케이브 왕복 700바트\n"
            "💰 팟타이 60바트, 망고스티키라이스 80바트\n"
            "✈ 인천-푸켓 제주항공 직항, 푸켓에서 끄라비까지 미니밴 2시간\n"
            "트래블로그 카드 결제 (내돈내산)\n\n"
            "협업: wandering.couple@example.com\n"
            "#끄라비 #태국여행 #라일레이 #아오낭 #신혼여행"
        ),
        "chapters": [
            (0, "아오낭 아침"),
            (8, "롱테일보트 타고 라일레이"),
            (24, "동굴 해변"),
            (34, "1260계단 도전"),
            (48, "아오낭 일몰 & 경비"),
        ],
        "transcript": [
            (0.5, 4.0, "사와디캅 여러분 저희 지금 끄라비 아오낭에 있어요 벌써 덥다"),
            (5.0, 3.0, "오늘은 섬 같은 해변 라일레이 가는 날"),
            (8.5, 4.5, "아오낭 비치 앞에서 롱테일 보트 타고 십오 분 정도면 라일레이 도착해요"),
            (13.5, 4.5, "라일레이 웨스트 비치 물 색깔 보세요 이게 에메랄드지"),
            (18.5, 4.0, "배에서 내릴 때 무릎까지 물에 잠기니까 꼭 아쿠아슈즈 챙기세요"),
            (24.5, 4.5, "밀림 길 따라 걸어가면 프라낭 동굴 해변이 나와요 절벽이 어마어마해요"),
            (29.5, 4.0, "암벽등반 하는 사람들도 엄청 많더라고요"),
            (34.5, 4.5, "다음 날 그랩 타고 타이거 케이브 사원 왔어요 계단이 천이백육십 개래요"),
            (39.5, 4.5, "원숭이 조심하세요 물병 뺏어가요 진짜로"),
            (44.0, 3.5, "정상 뷰 보니까 다 보상받는 느낌"),
            (48.5, 4.5, "저녁엔 다시 아오낭 비치에서 일몰 보면서 망고 스티키 라이스"),
            (53.5, 4.0, "둘이서 오일 동안 항공 빼고 육십만 원 썼어요 다음 편은 피피섬"),
        ],
        "captions": [
            (0, 6, "KRABI 🇹🇭 DAY 2", "yellow"),
            (8, 14, "롱테일보트 100฿", "small"),
            (13, 22, "Railay West", "outline"),
            (24, 32, "Phra Nang Cave Beach", "outline"),
            (34, 46, "Tiger Cave Temple · 1,260 steps", "outline"),
            (39, 44, "🐒 원숭이 주의", "box"),
            (48, 54, "망고스티키라이스 80฿", "small"),
            (53, 58, "총 경비 600,000원 (2인, 항공 제외)", "box"),
        ],
        "places": [
            {"name": "라일레이 비치", "aliases": ["Railay Beach", "라일레이 웨스트 비치", "Railay West", "라일레이"], "address": "Railay, Ao Nang, Mueang Krabi, Krabi, Thailand", "lat": 8.0120, "lng": 98.8370},
            {"name": "프라낭 케이브 비치", "aliases": ["Phra Nang Cave Beach", "프라낭 동굴 해변", "프라낭 비치", "Phra Nang Beach"], "address": "Ao Nang, Mueang Krabi, Krabi, Thailand", "lat": 8.0060, "lng": 98.8385},
            {"name": "타이거 케이브 사원", "aliases": ["Wat Tham Suea", "วัดถ้ำเสือ", "Tiger Cave Temple", "왓탐수아"], "address": "Krabi Noi, Mueang Krabi, Krabi, Thailand", "lat": 8.1268, "lng": 98.9248},
            {"name": "아오낭 비치", "aliases": ["Ao Nang Beach", "아오낭비치"], "address": "Ao Nang, Mueang Krabi, Krabi, Thailand", "lat": 8.0322, "lng": 98.8225},
        ],
        "optional": ["끄라비", "Krabi", "아오낭", "Ao Nang", "방콕", "푸켓", "피피섬", "태국", "인천"],
    },
    {
        "id": "mAlTaVaL07t",
        "lang": "ko",
        "title": "몰타 한 달 살기 브이로그 🇲🇹 발레타 골목 + 코미노 블루라군 + 음디나 케이크 맛집",
        "channel": "지중해 사는 지나",
        "duration": 56,
        "description": (
            "몰타 어학연수 3주차, 주말에 놀러 다닌 기록이에요 🌞\n\n"
            "⛪ St. John's Co-Cathedral (성 요한 대성당) — 입장료 €15, 오디오가이드 포함\n"
            "🌳 Upper Barrakka Gardens (어퍼 바라카 가든) — 12시, 4시 대포 발사 꼭 보세요\n"
            "🏝 Blue Lagoon, Comino (코미노 블루라군) — 슬리에마에서 보트 왕복 €30\n"
            "🍰 Fontanella Tea Garden (음디나) — 초코케이크 한 조각 €6.50\n\n"
            "🚌 Tallinja 카드 있으면 버스 한 번에 €1.50, 52번 버스로 음디나\n"
            "📚 어학원 할인코드 JINA10 (고정댓글 참고)\n"
            "insta @jina_in_malta\n\n"
            "#몰타 #malta #몰타어학연수 #발레타 #블루라군"
        ),
        "chapters": [
            (0, "토요일 아침"),
            (6, "St. John's Co-Cathedral"),
            (16, "Upper Barrakka Gardens"),
            (26, "Comino 가는 날"),
            (40, "Mdina"),
            (50, "한 주 마무리"),
        ],
        "transcript": [
            (0.5, 4.0, "안녕하세요 지나예요 몰타 온 지 벌써 삼 주 됐어요 오늘은 발레타 나가요"),
            (6.5, 4.5, "성 요한 대성당 안에 들어왔는데 와 천장이랑 바닥이 다 금색이에요"),
            (11.5, 4.0, "카라바조 그림도 있어요 이거 보려고 오는 사람들 많대요"),
            (16.5, 4.5, "어퍼 바라카 가든에서 항구 내려다보고 있어요 곧 대포 쏠 시간이에요"),
            (21.5, 3.5, "방금 쾅 하는데 깜짝 놀랐어요"),
            (26.5, 4.5, "일요일은 슬리에마에서 보트 타고 코미노 섬 블루라군 왔어요"),
            (31.5, 4.5, "물이 진짜 투명해서 발이 다 보여요 근데 사람이 너무 많아 ㅋㅋ"),
            (40.5, 4.5, "저녁엔 버스 타고 음디나 성벽 안에 있는 폰타넬라 티가든 왔어요"),
            (45.5, 4.0, "초코케이크가 진짜 크고 테라스 뷰가 미쳤어요"),
            (50.5, 4.5, "다음 주는 고조섬 갈 예정이에요 구독하고 기다려주세요"),
        ],
        "captions": [
            (0, 5, "MALTA week 3", "yellow"),
            (6, 15, "St. John's Co-Cathedral", "outline"),
            (9, 15, "입장료 €15", "small"),
            (16, 25, "Upper Barrakka Gardens", "outline"),
            (26, 38, "Blue Lagoon · Comino", "outline"),
            (28, 33, "보트 왕복 €30", "small"),
            (40, 49, "Fontanella Tea Garden", "outline"),
            (45, 49, "초코케이크 €6.50", "box"),
        ],
        "places": [
            {"name": "St. John's Co-Cathedral", "aliases": ["성 요한 대성당", "St John's Co-Cathedral", "성요한대성당", "St. John's Cathedral"], "address": "St John's Street, Valletta, Malta", "lat": 35.8978, "lng": 14.5124},
            {"name": "Upper Barrakka Gardens", "aliases": ["어퍼 바라카 가든", "Upper Barrakka", "어퍼바라카가든"], "address": "Castille Place, Valletta, Malta", "lat": 35.8945, "lng": 14.5125},
            {"name": "Blue Lagoon", "aliases": ["블루라군", "코미노 블루라군", "Blue Lagoon, Comino", "블루 라군"], "address": "Comino, Malta", "lat": 36.0145, "lng": 14.3240},
            {"name": "Fontanella Tea Garden", "aliases": ["폰타넬라 티가든", "폰타넬라 티 가든", "Fontanella"], "address": "1 Bastion Street, Mdina, Malta", "lat": 35.8869, "lng": 14.4030},
        ],
        "optional": ["몰타", "Malta", "발레타", "Valletta", "코미노", "Comino", "코미노 섬", "음디나", "Mdina", "슬리에마", "Sliema", "고조섬", "고조", "Gozo"],
    },
    {
        "id": "bOsToNeAt08",
        "lang": "en",
        "auto_captions": True,
        "title": "Eating Through Boston's North End in One Afternoon 🦞🍕🥐",
        "channel": "Two Forks Travel",
        "duration": 52,
        "description": (
            "Lobster rolls, old-school pizza and the great cannoli debate!\n"
            "We took the Green Line to Haymarket and walked a bit of the Freedom Trail on the way.\n\n"
            "WHERE WE ATE 🍴\n"
            "🦞 Neptune Oyster — 63 Salem St (get there before they open, no reservations)\n"
            "🍕 Regina Pizzeria — 11 1/2 Thacher St (the original!)\n"
            "🥐 Mike's Pastry — 300 Hanover St (cash only-ish, lines move fast)\n\n"
            "Total for two: ~$118 before tip\n"
            "Our travel insurance partner: use code TWOFORKS for 10% off\n"
            "Filmed on DJI Osmo Pocket 3 + iPhone 15 Pro\n"
            "Next week: Cape Cod clam shacks!\n"
            "#boston #northend #lobsterroll #foodvlog"
        ),
        "chapters": [
            (0, "Getting to the North End"),
            (8, "Lobster roll"),
            (22, "Pizza #1"),
            (34, "Cannoli time"),
            (46, "Verdict"),
        ],
        "transcript": [
            (0.5, 4.0, "hey guys we just got off the green line at haymarket and it is freezing"),
            (5.0, 3.0, "we're gonna eat our way through the north end today"),
            (8.5, 4.5, "first stop is neptune oyster on salem street we got here right at opening"),
            (13.5, 4.5, "this is the hot lobster roll with butter it's forty two dollars but look at it"),
            (18.5, 3.0, "okay that was worth every penny"),
            (22.5, 4.5, "next up regina pizzeria the original one on thatcher street since nineteen twenty six"),
            (27.5, 4.5, "we split a small giambotta the crust is crazy thin and charred"),
            (34.5, 4.5, "and of course we had to end at mike's pastry on hanover street"),
            (39.5, 4.5, "ricotta cannoli and a lobster tail pastry which has no lobster in it by the way"),
            (46.5, 5.0, "verdict lobster roll wins let us know your favorite spot in the comments"),
        ],
        "captions": [
            (0, 6, "BOSTON · North End", "yellow"),
            (8, 20, "Neptune Oyster", "outline"),
            (13, 20, "Hot lobster roll $42", "small"),
            (22, 32, "Regina Pizzeria", "outline"),
            (34, 44, "Mike's Pastry", "outline"),
            (39, 44, "Cannoli $6.50", "small"),
            (46, 52, "🏆 lobster roll", "box"),
        ],
        "places": [
            {"name": "Neptune Oyster", "aliases": [], "address": "63 Salem St, Boston, MA", "lat": 42.3634, "lng": -71.0557},
            {"name": "Regina Pizzeria", "aliases": ["Pizzeria Regina"], "address": "11 1/2 Thacher St, Boston, MA", "lat": 42.3654, "lng": -71.0567},
            {"name": "Mike's Pastry", "aliases": ["Mikes Pastry"], "address": "300 Hanover St, Boston, MA", "lat": 42.3643, "lng": -71.0543},
        ],
        "optional": ["Boston", "North End", "Haymarket", "Green Line", "Freedom Trail", "Salem Street", "Salem St", "Hanover Street", "Hanover St", "Thacher St", "Thacher Street", "Cape Cod"],
    },
    {
        "id": "aUsTiNtX09w",
        "lang": "en",
        "title": "48 HOURS IN AUSTIN, TEXAS | BBQ lines, bats & a freezing spring",
        "channel": "Maya Goes Places",
        "duration": 58,
        "description": (
            "My first time in Austin and I did ALL the tourist things, no regrets 🤠\n"
            "Spots are in the chapters ⬇️\n\n"
            "0:00 Howdy from Austin\n"
            "0:08 Franklin Barbecue (yes, I waited 4 hours)\n"
            "0:24 Barton Springs Pool\n"
            "0:36 Coffee on South Congress\n"
            "0:46 Bats at sunset\n\n"
            "Flew Southwest, stayed at an Airbnb in East Austin, got around on CapMetro + scooters.\n"
            "Use my link for $25 off your first Airbnb stay!\n"
            "Business: maya@example.com\n"
            "#austin #texas #bbq #travelvlog"
        ),
        "chapters": [
            (0, "Howdy from Austin"),
            (8, "Franklin Barbecue (yes, I waited 4 hours)"),
            (24, "Barton Springs Pool"),
            (36, "Coffee on South Congress"),
            (46, "Bats at sunset"),
        ],
        "transcript": [
            (0.5, 4.0, "howdy from Austin it's seven am and I'm already in a line"),
            (8.5, 4.5, "so this is the famous Franklin Barbecue line people bring camping chairs and coolers"),
            (13.5, 4.5, "four hours later we have brisket pork ribs and turkey about sixty dollars of meat"),
            (18.5, 4.0, "the brisket literally falls apart I get the hype now"),
            (24.5, 4.5, "to cool off I went to Barton Springs Pool it's spring fed and stays sixty eight degrees all year"),
            (29.5, 4.0, "it was freezing for about ten seconds and then amazing"),
            (36.5, 4.5, "then an iced oat latte at Jo's Coffee on South Congress with the I love you so much wall"),
            (41.5, 3.5, "there was a line for the mural too of course"),
            (46.5, 4.5, "and to end the day the bats flying out from under the Congress Avenue Bridge"),
            (51.5, 4.0, "about a million bats right at sunset next video is San Antonio see you there"),
        ],
        "captions": [
            (0, 6, "AUSTIN, TX", "yellow"),
            (13, 20, "Brisket + ribs ≈ $60", "small"),
            (24, 34, "Barton Springs Pool · $9 entry", "outline"),
            (36, 44, "Jo's Coffee", "outline"),
            (46, 56, "Congress Avenue Bridge 🦇", "outline"),
        ],
        "places": [
            {"name": "Franklin Barbecue", "aliases": ["Franklin BBQ"], "address": "900 E 11th St, Austin, TX", "lat": 30.2701, "lng": -97.7312},
            {"name": "Barton Springs Pool", "aliases": ["Barton Springs"], "address": "2201 William Barton Dr, Austin, TX", "lat": 30.2642, "lng": -97.7712},
            {"name": "Jo's Coffee", "aliases": ["Jo's Coffee South Congress", "Jos Coffee"], "address": "1300 S Congress Ave, Austin, TX", "lat": 30.2506, "lng": -97.7493},
            {"name": "Congress Avenue Bridge", "aliases": ["Ann W. Richards Congress Avenue Bridge", "Congress Bridge"], "address": "Congress Ave, Austin, TX", "lat": 30.2614, "lng": -97.7452},
        ],
        "optional": ["Austin", "Texas", "South Congress", "SoCo", "East Austin", "San Antonio", "I love you so much wall", "i love you so much mural"],
    },
    {
        "id": "iNtErIoR10z",
        "lang": "ko",
        "title": "6평 원룸 랜선집들이 🏠 30만원으로 뉴욕 감성 내기 (오늘의집 내돈내산)",
        "channel": "자취만렙 도윤",
        "duration": 50,
        "description": (
            "드디어 이사 끝! 6평 원룸 꾸민 거 보여드릴게요\n"
            "거의 다 온라인으로 샀어요 (오늘의집, 쿠팡, 에이블리)\n\n"
            "[제품 정보]\n"
            "- 모로칸 베니워렌 러그 (120x170) 89,000원\n"
            "- 프로방스 린넨 커튼 아이보리 32,000원\n"
            "- 브루클린 철제 선반 4단 45,000원\n"
            "- 'Paris 1889' 에펠 포스터 + 우드 프레임 18,000원\n"
            "- 산토리니 블루 머그컵 2P 15,000원\n"
            "- 하와이안 선셋 무드등 27,000원\n"
            "- 디퓨저: 교토 히노키 향 200ml 24,000원\n"
            "- 스탠드: 코펜하겐 버섯 조명 39,000원\n\n"
            "쿠팡 파트너스 활동을 통해 일정액의 수수료를 제공받을 수 있습니다\n"
            "다음 영상: 자취생 냉장고 정리 🧊\n"
            "#랜선집들이 #원룸인테리어 #자취방꾸미기 #뉴욕감성"
        ),
        "chapters": [
            (0, "인트로"),
            (6, "거실 겸 침실"),
            (20, "주방"),
            (32, "조명 & 향"),
            (44, "총 비용"),
        ],
        "transcript": [
            (0.5, 4.0, "안녕하세요 도윤입니다 드디어 이사 끝나서 랜선집들이 해볼게요"),
            (6.5, 4.5, "컨셉은 뉴욕 브루클린 아파트 느낌인데 현실은 6평 원룸이에요 ㅋㅋ"),
            (11.5, 4.5, "바닥엔 모로칸 러그 깔았고 벽에는 파리 에펠탑 포스터 걸었어요"),
            (16.0, 3.5, "커튼은 프로방스 린넨인데 빛이 은은하게 들어와요"),
            (20.5, 4.5, "주방은 좁아서 브루클린 선반 하나로 다 해결했어요"),
            (25.5, 4.0, "머그컵은 산토리니 블루 색깔이라 그냥 샀어요 예쁘잖아요"),
            (32.5, 4.5, "밤에는 하와이안 선셋 무드등 켜놓고 교토 히노키 디퓨저 틀어놔요"),
            (37.5, 4.0, "플레이리스트는 도쿄 시티팝이랑 런던 재즈 카페 이런 거 들어요"),
            (44.5, 4.5, "전부 합쳐서 삼십만 원 안 쪽으로 꾸몄어요 다음엔 냉장고 정리 보여드릴게요"),
        ],
        "captions": [
            (0, 5, "6평 원룸 랜선집들이", "yellow"),
            (6, 14, "🗽 NEW YORK MOOD", "outline"),
            (11, 18, "모로칸 러그 89,000원", "small"),
            (14, 20, "Paris 1889 포스터", "box"),
            (25, 30, "산토리니 블루 머그", "small"),
            (32, 42, "교토 히노키 디퓨저 24,000원", "box"),
            (44, 50, "TOTAL 289,000원"),
        ],
        "places": [],
        "optional": [],
    },
]
