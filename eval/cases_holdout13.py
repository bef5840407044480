"""Thirteenth holdout (blind): realistic travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Same format as /work/shared/eval/cases_dev.py. Places are real;
coordinates are approximate (WGS84). Do not tune on this set.
"""

CASES = [
    # 1. Korean domestic: 양양 surf trip. `name ㅣ address` lines, rolling auto-captions.
    {
        "id": "yAnGyAnG13a",
        "lang": "ko",
        "auto_captions": True,
        "title": "양양 서핑 1박2일 🏄‍♀️ 왕초보 첫 서핑 도전기 + 일출 보고 시장 먹방",
        "channel": "소금빵러버 하은",
        "duration": 54,
        "description": (
            "서울양양고속도로 타고 2시간! 양양 다녀왔어요 🌊\n"
            "생애 첫 서핑이라 너무 떨렸는데 생각보다 훨씬 재밌었어요ㅎㅎ\n\n"
            "[ 다녀온 곳 ]\n"
            "서피비치 ㅣ 강원 양양군 현북면 하조대해안길 119\n"
            "낙산사 ㅣ 강원 양양군 강현면 낙산사로 100\n"
            "양양전통시장 ㅣ 강원 양양군 양양읍 남문리 (4, 9일 오일장)\n\n"
            "🏄 서핑 강습 1회 60,000원 (보드+슈트 렌탈 포함)\n"
            "🏠 숙소는 내돈내산! 예약앱 할인코드 HAEUN5 쓰면 5% 할인돼요\n\n"
            "📷 고프로 히어로12 / 아이폰 15 프로\n"
            "🎵 Music by 브금대통령\n\n"
            "#양양 #양양서핑 #서피비치 #강원도여행 #국내여행 #서핑초보"
        ),
        "chapters": [(0, "출발"), (8, "서핑 강습"), (24, "다음 날 일출"), (38, "시장 먹방"), (50, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 하은입니다 저 지금 양양 가는 길이에요"),
            (5.0, 3.0, "고속도로가 하나도 안 막혀서 두 시간 만에 왔어요"),
            (8.5, 4.0, "짜잔 서피 비치 도착 여기가 그 유명한 서핑 성지래요"),
            (13.0, 4.5, "어 일단 지상 강습을 한 삼십 분 정도 하고 바다로 들어갔는데"),
            (18.0, 4.5, "저 세 번 만에 일어났어요 대박 대신 바닷물 엄청 먹었어요"),
            (24.5, 4.5, "다음 날 아침 일출 보려고 낙산사 의상대 쪽으로 왔습니다"),
            (29.5, 4.0, "해 뜨는 거 보면서 소원도 빌었어요 뭐 빌었는지는 비밀"),
            (38.5, 4.0, "점심은 양양 시장 오일장 구경하러 왔어요 마침 장날이래요"),
            (43.0, 4.5, "수수부꾸미랑 메밀전병 그리고 감자전까지 다 해서 만 오천 원"),
            (50.0, 3.5, "오늘 영상 재밌게 보셨으면 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 7, "서울 → 양양 🚗", "box"),
            (8, 16, "서피비치 도착!", "yellow"),
            (16, 22, "강습 60,000원", "small"),
            (24, 34, "낙산사 의상대 일출 🌅", "outline"),
            (38, 48, "양양전통시장 (4·9 오일장)", "yellow"),
            (43, 48, "감자전 5,000원", "small"),
            (50, 54, "구독 좋아요 ♥"),
        ],
        "places": [
            {"name": "서피비치", "aliases": ["서피 비치", "Surfyy Beach", "양양 서피비치"], "address": "강원 양양군 현북면 하조대해안길 119", "lat": 38.0274, "lng": 128.7196},
            {"name": "낙산사", "aliases": ["Naksansa", "Naksansa Temple", "양양 낙산사"], "address": "강원 양양군 강현면 낙산사로 100", "lat": 38.1247, "lng": 128.6275},
            {"name": "양양전통시장", "aliases": ["양양 전통시장", "양양시장", "양양 시장", "양양 오일장", "양양5일장", "Yangyang Market"], "address": "강원 양양군 양양읍 남문리", "lat": 38.0756, "lng": 128.6205},
        ],
        "optional": ["양양", "강원도", "강원", "서울", "서울양양고속도로", "의상대", "하조대"],
    },
    # 2. Korean domestic: 남원 solo day trip. Places only in speech; non-place chapters.
    {
        "id": "nAmWoN13chu",
        "lang": "ko",
        "title": "전라도 소도시 혼자 여행 🚆 춘향이 만나러 간 날 | 추어탕 먹방",
        "channel": "혼여행 다니는 윤서",
        "duration": 52,
        "description": (
            "KTX 타고 혼자 당일치기 🚄\n"
            "용산에서 2시간 조금 넘게 걸렸어요.\n\n"
            "0:00 인트로\n0:06 점심은 역시\n0:20 산책\n0:34 한복 입고 사진\n0:46 오늘의 지출\n\n"
            "💸 오늘 쓴 돈: KTX 왕복 61,000원 / 추어탕 12,000원 / 한복 대여 15,000원 / 입장료 4,000원\n"
            "📩 business: yunseo.solo@example.com\n"
            "#남원여행 #혼자여행 #소도시여행 #추어탕 #한복"
        ),
        "chapters": [(0, "인트로"), (6, "점심은 역시"), (20, "산책"), (34, "한복 입고 사진"), (46, "오늘의 지출")],
        "transcript": [
            (0.5, 4.5, "안녕하세요 윤서예요 오늘은 남원에 왔어요 용산에서 케이티엑스 타고 왔는데"),
            (6.5, 4.5, "음 남원 하면 추어탕이잖아요 그래서 새집추어탕 왔어요 여기가 거의 원조 느낌"),
            (11.5, 4.5, "미꾸라지 싫어하시는 분들도 이건 갈아서 나와서 진짜 괜찮아요 어 산초 조금 넣어서"),
            (20.5, 4.5, "배 두드리면서 광한루원으로 걸어왔어요 한 십 분? 정도 걸려요"),
            (25.5, 4.5, "오작교 위에서 잉어 밥 주는 거 이거 꼭 해보세요 천 원이에요"),
            (34.5, 4.5, "그 다음엔 춘향테마파크 가서 한복 입고 사진 찍었는데 어 사람이 별로 없어서 좋았어요"),
            (39.5, 4.0, "여기 드라마 촬영지로도 유명하대요"),
            (46.5, 4.5, "오늘 총 구만 이천 원 썼고요 다음 영상은 곡성 기차마을이에요"),
        ],
        "captions": [
            (0, 6, "혼자 당일치기 🚄", "outline"),
            (6, 18, "추어탕 12,000원", "small"),
            (20, 30, "오작교 🐟", "outline"),
            (34, 44, "한복 대여 15,000원"),
            (46, 52, "총 지출 92,000원", "box"),
        ],
        "places": [
            {"name": "새집추어탕", "aliases": ["새집 추어탕", "새집", "남원 새집추어탕"], "address": "전북 남원시 천거동", "lat": 35.4012, "lng": 127.3838},
            {"name": "광한루원", "aliases": ["광한루", "Gwanghalluwon", "Gwanghallu Pavilion"], "address": "전북 남원시 요천로 1447", "lat": 35.4036, "lng": 127.3796},
            {"name": "춘향테마파크", "aliases": ["춘향 테마파크", "Chunhyang Theme Park"], "address": "전북 남원시 양림길 14-9", "lat": 35.3986, "lng": 127.3886},
        ],
        "optional": ["남원", "용산", "용산역", "남원역", "오작교", "곡성", "곡성 기차마을", "전라도"],
    },
    # 3. Korean domestic: 문경 drive. Places only in on-screen captions over a busy scene.
    {
        "id": "mUnGyEoNg13",
        "scene": "busy",
        "lang": "ko",
        "title": "경북 당일치기 드라이브 | 사극 세트장 + 옛날 탄광 + 오미자 (자막 ON)",
        "channel": "주말엔 드라이브",
        "duration": 50,
        "description": (
            "토요일 드라이브 🚗 점촌 들렀다가 하루 종일 돌아다님\n"
            "장소는 영상 속 자막으로 확인해주세요 👀\n\n"
            "- 약돌돼지 정식 2인 30,000원\n"
            "- 오미자 에이드 5,500원\n\n"
            "⚙ 캐논 R50 + 시그마 18-50\n"
            "#경북여행 #드라이브 #당일치기 #오미자 #가을여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 3.5, "오늘은 경북으로 드라이브 왔어요 날씨 완전 가을"),
            (6.5, 4.0, "여기 입구부터 걸어 들어가는데 흙길이라 맨발로 걷는 분들도 많아요"),
            (14.5, 4.5, "조금 더 올라가면 사극 찍는 세트장이 있는데 진짜 조선시대 온 것 같아요"),
            (20.5, 3.5, "점심은 약돌돼지 정식 고기가 완전 부드러워요"),
            (26.5, 4.0, "차로 한 이십 분 와서 옛날 탄광 구경하러 왔어요"),
            (31.0, 4.0, "갱도 안에 들어가니까 완전 서늘해요 광부 아저씨 인형이 좀 무서워"),
            (40.5, 4.0, "마지막으로 오미자 에이드 한 잔 하면서 마무리"),
        ],
        "captions": [
            (0, 6, "경북 드라이브 DAY", "box"),
            (6, 14, "📍 문경새재 도립공원", "outline"),
            (6, 14, "제1관문 주흘관", "small"),
            (14, 20, "📍 문경새재 오픈세트장", "yellow"),
            (20, 26, "점심: 약돌돼지 정식 15,000원", "box"),
            (26, 38, "📍 문경석탄박물관", "outline"),
            (31, 38, "갱도 체험관", "small"),
            (40, 50, "오미자 에이드 5,500원", "yellow"),
        ],
        "places": [
            {"name": "문경새재", "aliases": ["문경새재 도립공원", "문경새재도립공원", "Mungyeong Saejae"], "address": "경북 문경시 문경읍 새재로 932", "lat": 36.7630, "lng": 128.0770},
            {"name": "문경새재 오픈세트장", "aliases": ["문경새재오픈세트장", "문경 오픈세트장", "오픈세트장"], "address": "경북 문경시 문경읍 새재로 932", "lat": 36.7700, "lng": 128.0730},
            {"name": "문경석탄박물관", "aliases": ["문경 석탄박물관", "석탄박물관", "Mungyeong Coal Museum"], "address": "경북 문경시 가은읍 왕능길 112", "lat": 36.6430, "lng": 128.0640},
        ],
        "optional": ["문경", "경북", "점촌", "제1관문", "주흘관", "1관문", "갱도 체험관"],
    },
    # 4. Korean domestic: 영월 stargazing. '>' course line, '- name : menu' list, chapters.
    {
        "id": "yEoNgWoL13b",
        "lang": "ko",
        "title": "영월 1박2일 별 보러 가자 ✨ 한반도 모양 강부터 천문대까지",
        "channel": "캠핑하는 부부 J&K",
        "duration": 56,
        "description": (
            "별 보러 영월 다녀왔어요 🌌\n"
            "🗺 코스: 한반도지형 > 청령포 > 영월서부시장 > 별마로천문대\n\n"
            "🍴 먹은 거\n"
            "- 서부시장 : 메밀전병 2줄, 올챙이국수, 닭강정 (현금 챙기세요!)\n\n"
            "☕ 숙소 근처 카페는 다음 영상에서~\n"
            "🎥 장비: DJI 오즈모 액션4, 삼각대 (울란지 MT-44)\n"
            "📮 jk.camping.couple@example.com\n"
            "#영월 #영월여행 #별보러가자 #강원도 #부부여행"
        ),
        "chapters": [(0, "인트로"), (6, "한반도 지형"), (18, "청령포"), (30, "시장 먹방"), (42, "별 보러 천문대"), (52, "쿠키영상")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 제이랑 케이입니다 오늘은 영월 왔어요"),
            (6.5, 4.5, "여기 전망대까지 데크길로 한 십오 분 걸어왔는데 진짜 한반도 모양이에요 신기하다"),
            (12.0, 4.0, "동쪽이 절벽이고 서쪽이 모래사장이라서 지형까지 똑같대요"),
            (18.5, 4.5, "청령포는 배 타고 들어가야 돼요 배가 한 일 분? 진짜 금방 가요"),
            (23.5, 4.5, "단종이 유배됐던 곳인데 소나무 숲이 너무 멋있었어요"),
            (30.5, 4.5, "배고파서 서부시장 왔습니다 메밀전병 이거 꼭 드세요"),
            (35.5, 4.0, "올챙이국수는 음 호불호 좀 있을 것 같아요 저는 호"),
            (42.5, 4.5, "밤에 별마로 천문대 올라왔는데 구름이 살짝 있어서 걱정했는데"),
            (47.5, 4.0, "토성 고리까지 다 봤어요 대박"),
            (52.5, 3.0, "다음 영상은 캠핑장 편입니다"),
        ],
        "captions": [
            (0, 6, "영월 1박2일", "outline"),
            (6, 16, "한반도지형 전망대", "yellow"),
            (18, 28, "청령포 나룻배 3,000원", "small"),
            (30, 40, "영월서부시장", "yellow"),
            (34, 40, "메밀전병 2줄 6,000원", "small"),
            (42, 52, "별마로천문대 🔭", "outline"),
            (52, 56, "NEXT ▶ 캠핑장 편", "box"),
        ],
        "places": [
            {"name": "한반도지형", "aliases": ["한반도 지형", "한반도지형 전망대", "선암마을 한반도지형"], "address": "강원 영월군 한반도면 옹정리", "lat": 37.2205, "lng": 128.3398},
            {"name": "청령포", "aliases": ["Cheongnyeongpo"], "address": "강원 영월군 남면 광천리", "lat": 37.1776, "lng": 128.4462},
            {"name": "영월서부시장", "aliases": ["영월 서부시장", "서부시장"], "address": "강원 영월군 영월읍 서부시장길", "lat": 37.1846, "lng": 128.4602},
            {"name": "별마로천문대", "aliases": ["별마로 천문대", "Byeolmaro Observatory"], "address": "강원 영월군 영월읍 천문대길 397", "lat": 37.1958, "lng": 128.4878},
        ],
        "optional": ["영월", "강원도", "강원", "선암마을", "한반도면", "동강", "서강"],
    },
    # 5. Korean abroad: 마쓰야마. Numbered list with native script first; one place in speech only.
    {
        "id": "mAtSuYaMa13",
        "lang": "ko",
        "title": "에히메 마쓰야마 여행 ♨️ 센과 치히로 온천 모델이라는 그곳 | 도미밥, 귤 주스 수도꼭지",
        "channel": "여행가 지수 Jisu Travel",
        "duration": 54,
        "description": (
            "인천에서 1시간 반! 가깝고 조용한 소도시 마쓰야마 다녀왔어요 🍊\n\n"
            "— 방문 리스트 —\n"
            "01 道後温泉本館（도고온천 본관）\n"
            "    愛媛県松山市道後湯之町5-6\n"
            "02 松山城（마쓰야마성）\n"
            "    ロープウェイ往復 520円\n\n"
            "✈️ 인천 ↔ 마쓰야마 직항 (제주항공)\n"
            "🚃 이요테츠 시내전차 1일권 800엔\n"
            "💴 환전은 트래블로그 썼어요 (광고 X)\n\n"
            "00:00 도착\n00:08 온천\n00:24 성\n00:38 도미밥\n00:48 공항 귤주스\n\n"
            "#마쓰야마 #松山 #에히메 #일본소도시 #온천여행"
        ),
        "chapters": [(0, "도착"), (8, "온천"), (24, "성"), (38, "도미밥"), (48, "공항 귤주스")],
        "transcript": [
            (0.5, 4.0, "마쓰야마 공항 도착했습니다 생각보다 공항이 진짜 작아요"),
            (8.5, 4.5, "리무진 버스 타고 도고온센으로 왔습니다 와 건물 진짜 멋있다"),
            (13.5, 4.5, "여기가 센과 치히로의 행방불명 온천 모델 중에 하나라는 얘기가 있대요"),
            (18.5, 4.0, "입욕료는 칠백 엔 정도였고 수건은 따로 빌렸어요"),
            (24.5, 4.5, "다음 날은 아침 일찍 로프웨이 타고 마쓰야마조 올라갔어요"),
            (29.5, 4.5, "천수각에서 보면 세토 내해까지 보여요 바다 색이 너무 예뻐요"),
            (38.5, 4.5, "점심은 가도야에서 우와지마식 도미밥 먹었는데요 날계란에 비벼 먹는 스타일"),
            (43.5, 4.0, "이거 진짜 인생 도미밥 어 약간 간장 비빔밥 같은 맛"),
            (48.5, 4.0, "마지막은 공항에서 귤 주스 수도꼭지 한 잔 삼백오십 엔"),
        ],
        "captions": [
            (0, 8, "✈ 松山空港 도착", "box"),
            (8, 18, "道後温泉本館", "yellow"),
            (18, 24, "입욕료 ¥700", "small"),
            (24, 36, "松山城 천수각", "outline"),
            (38, 46, "かどや 鯛めし定食", "small"),
            (48, 54, "みかんジュース 蛇口 ¥350", "box"),
        ],
        "places": [
            {"name": "도고온천 본관", "aliases": ["道後温泉本館", "도고온천본관", "도고온천", "도고온센", "도고 온천", "Dogo Onsen Honkan", "Dogo Onsen"], "address": "5-6 Dogoyunomachi, Matsuyama, Ehime", "lat": 33.8521, "lng": 132.7863},
            {"name": "마쓰야마성", "aliases": ["松山城", "마쓰야마조", "마츠야마성", "Matsuyama Castle"], "address": "1 Marunouchi, Matsuyama, Ehime", "lat": 33.8456, "lng": 132.7656},
            {"name": "가도야", "aliases": ["かどや", "宇和島鯛めし かどや", "가도야 도미밥", "Kadoya"], "address": "Okaido, Matsuyama, Ehime", "lat": 33.8440, "lng": 132.7690},
        ],
        "optional": ["마쓰야마", "松山", "마츠야마", "Matsuyama", "에히메", "愛媛", "마쓰야마 공항", "松山空港", "인천",
                     "세토 내해", "천수각", "오카이도", "大街道", "이요테츠", "도고", "우와지마", "일본"],
    },
    # 6. Korean abroad: 트빌리시. ✔ 'Latin / 한글 (Georgian)' bullets, Latin captions.
    {
        "id": "tBiLiSi13gE",
        "lang": "ko",
        "title": "조지아 트빌리시 🇬🇪 유황온천이랑 와인의 나라 | 물가 미쳤어요",
        "channel": "세계여행자 도현",
        "duration": 58,
        "description": (
            "세계여행 D+87 조지아 트빌리시 🇬🇪\n"
            "물가가 진짜 착해서 한 달 살기 하는 분들 많더라구요\n\n"
            "✔ Narikala Fortress / 나리칼라 요새 (ნარიყალა)\n"
            "✔ Chreli Abano / 오르벨리아니 유황온천 — 개인탕 1시간 2인 100라리\n"
            "✔ Dry Bridge Market / 드라이브릿지 벼룩시장 (주말 추천)\n"
            "✔ Samikitno / 사미키트노 — 힌칼리, 하차푸리 (메이단 광장 앞)\n\n"
            "💰 1라리 = 약 500원\n"
            "📱 유심은 Magti 15일 무제한 (공항에서 구매)\n"
            "🎒 세계여행 준비물 영상은 채널에 있어요!\n\n"
            "#조지아 #트빌리시 #세계여행 #하차푸리 #힌칼리"
        ),
        "chapters": [(0, "D+87"), (6, "케이블카 타고 요새"), (20, "유황온천"), (34, "벼룩시장"), (44, "저녁 먹방"), (54, "다음 도시")],
        "transcript": [
            (0.5, 4.0, "세계여행 팔십칠 일 차 트빌리시에 왔습니다"),
            (6.5, 4.5, "리케 공원에서 케이블카 타고 나리칼라 요새로 올라왔어요 케이블카 이 점 오 라리"),
            (11.5, 4.5, "저기 보이는 게 조지아 어머니 상인데 한 손엔 칼 한 손엔 와인잔이래요"),
            (20.5, 4.5, "내려와서 아바노투바니 온천 거리 왔어요 유황 냄새가 좀 나요"),
            (25.5, 4.5, "파란 모자이크 건물 있는 오르벨리아니 목욕탕 개인탕 예약했어요"),
            (34.5, 4.5, "주말이라 드라이 브릿지 마켓 구경 소련 시절 카메라 이런 거 많이 팔아요"),
            (39.5, 3.5, "저 필름 카메라 하나 샀어요 사십 라리"),
            (44.5, 4.5, "저녁은 사미키트노 힌칼리 열 개랑 하차푸리 그리고 하우스 와인"),
            (49.5, 4.0, "이렇게 먹고 사십오 라리 한국 돈으로 이만 이천 원 정도"),
            (54.5, 3.0, "다음 도시는 카즈베기입니다"),
        ],
        "captions": [
            (0, 6, "TBILISI 🇬🇪 D+87", "outline"),
            (6, 18, "Narikala Fortress", "yellow"),
            (10, 18, "케이블카 2.5 GEL", "small"),
            (20, 32, "Orbeliani Bath (Chreli Abano)", "outline"),
            (34, 44, "Dry Bridge Market", "box"),
            (44, 54, "힌칼리 10개 + 하차푸리 = 45₾", "small"),
            (54, 58, "NEXT: 카즈베기 🏔", "outline"),
        ],
        "places": [
            {"name": "나리칼라 요새", "aliases": ["Narikala Fortress", "Narikala", "나리칼라", "ნარიყალა"], "address": "Narikala, Old Tbilisi, Tbilisi", "lat": 41.6878, "lng": 44.8086},
            {"name": "오르벨리아니 유황온천", "aliases": ["Chreli Abano", "Orbeliani Baths", "Orbeliani Bath", "오르벨리아니 목욕탕", "오르벨리아니 온천"], "address": "Abano St, Abanotubani, Tbilisi", "lat": 41.6878, "lng": 44.8111},
            {"name": "드라이브릿지 벼룩시장", "aliases": ["Dry Bridge Market", "드라이 브릿지 마켓", "드라이브릿지 마켓"], "address": "Dry Bridge, Tbilisi", "lat": 41.6985, "lng": 44.8032},
            {"name": "사미키트노", "aliases": ["Samikitno", "Machakhela Samikitno", "마차켈라 사미키트노"], "address": "Meidan Square, Tbilisi", "lat": 41.6893, "lng": 44.8085},
        ],
        "optional": ["트빌리시", "Tbilisi", "TBILISI", "조지아", "Georgia", "리케 공원", "Rike Park", "조지아 어머니 상",
                     "Kartlis Deda", "Mother of Georgia", "아바노투바니", "Abanotubani", "메이단 광장", "Meidan",
                     "카즈베기", "Kazbegi", "한국"],
    },
    # 7. Korean abroad: 세부 city tour. Busy scene, rolling auto-captions, English names only on screen.
    {
        "id": "cEbUcItY13p",
        "scene": "busy",
        "lang": "ko",
        "auto_captions": True,
        "title": "필리핀 세부 시티투어 🇵🇭 어학연수 중 주말 나들이 | 레촌 먹방",
        "channel": "세부 어학연수 일기 민재",
        "duration": 50,
        "description": (
            "어학연수 4주차 주말!! 친구들이랑 시티투어 했어요\n"
            "그랩 타고 다녔고 하루 교통비 600페소 정도 🚕\n\n"
            "👉 어학원 문의: 인스타 @minjae.cebu.study (DM)\n"
            "👉 환전은 아얄라몰 환전소가 제일 좋았어요\n\n"
            "다음 영상: 오슬롭 고래상어 🦈\n"
            "#세부 #세부어학연수 #레촌 #필리핀여행 #어학연수브이로그"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "안녕하세요 민재입니다 오늘은 주말이라 세부 시티 투어 하는 날"),
            (5.0, 3.0, "기사님이 여기 먼저 가야 된대서 왔어요"),
            (8.5, 4.5, "산토 니뇨 성당 왔는데 사람들 다 촛불 들고 기도하고 있어요"),
            (13.5, 4.0, "반바지 입으면 안 돼서 저 다리에 천 둘렀어요"),
            (20.5, 4.5, "바로 옆에 마젤란 십자가 있어서 걸어왔어요 한 이 분"),
            (25.5, 4.0, "천장 그림 진짜 예뻐요 근데 사람 너무 많아"),
            (32.5, 4.5, "점심은 주부촌 레촌 맛집이라고 해서 왔는데"),
            (37.5, 4.5, "껍질이 과자처럼 바삭바삭해요 밥 두 공기 먹었어요"),
            (44.5, 4.0, "내일은 오슬롭 고래상어 보러 갑니다 새벽 세 시 출발"),
        ],
        "captions": [
            (0, 6, "CEBU CITY TOUR", "yellow"),
            (8, 18, "Basilica Minore del Santo Niño", "outline"),
            (14, 20, "입장 무료 / 긴바지 필수", "small"),
            (20, 30, "Magellan's Cross", "box"),
            (32, 42, "ZUBUCHON", "yellow"),
            (36, 42, "레촌 1/4kg ₱450", "small"),
            (44, 50, "NEXT ▶ 오슬롭", "outline"),
        ],
        "places": [
            {"name": "산토니뇨 성당", "aliases": ["Basilica Minore del Santo Niño", "Basilica del Santo Niño", "Santo Niño Basilica", "Santo Nino Basilica", "산토 니뇨 성당", "산토니뇨 대성당"], "address": "Osmeña Blvd, Cebu City", "lat": 10.2942, "lng": 123.9019},
            {"name": "마젤란 십자가", "aliases": ["Magellan's Cross", "Magellans Cross", "마젤란의 십자가"], "address": "Magallanes St, Cebu City", "lat": 10.2934, "lng": 123.9018},
            {"name": "주부촌", "aliases": ["Zubuchon", "주부촌 원망고"], "address": "One Mango Ave, Cebu City", "lat": 10.3175, "lng": 123.8968},
        ],
        "optional": ["세부", "Cebu", "세부 시티", "세부시티", "Cebu City", "CEBU CITY", "필리핀", "오슬롭", "Oslob",
                     "아얄라몰", "Ayala Center", "막탄"],
    },
    # 8. English abroad: Porto. "SPOTS ⤵" arrow list, description timestamps, rolling auto-captions;
    #    the bridge appears only in speech and on screen.
    {
        "id": "pOrToFrAn13",
        "lang": "en",
        "auto_captions": True,
        "title": "48 Hours in Porto 🇵🇹 Francesinha, Port Wine & the Harry Potter Bookshop",
        "channel": "Wander with Theo",
        "duration": 56,
        "description": (
            "Porto might be my favourite city in Europe?? Here's everything we did in 48 hours.\n\n"
            "SPOTS ⤵\n"
            "→ Livraria Lello — book tickets online, the €10 voucher comes off any book\n"
            "→ Café Santiago — THE francesinha. Get there before 12 or queue\n"
            "→ Taylor's Port — cellar tour + tasting in Gaia (~€25)\n\n"
            "We stayed near Aliados, 5 min from São Bento.\n"
            "Use code THEO15 for 15% off my Lightroom presets 📸\n"
            "Gear: Sony ZV-E1, Rode Wireless Go II\n"
            "Music: Epidemic Sound\n\n"
            "0:00 Landing in Porto\n0:06 Livraria Lello\n0:18 Francesinha time\n"
            "0:30 Crossing the bridge\n0:40 Port tasting\n0:52 Next week"
        ),
        "chapters": [(0, "Landing in Porto"), (6, "Livraria Lello"), (18, "Francesinha time"),
                     (30, "Crossing the bridge"), (40, "Port tasting"), (52, "Next week")],
        "transcript": [
            (0.5, 4.0, "hey guys welcome back to the channel we just landed in porto"),
            (6.5, 4.5, "first stop is livraria lello which is supposedly where jk rowling got inspired"),
            (11.5, 4.0, "that staircase is insane but honestly it's so packed"),
            (18.5, 4.5, "okay it's francesinha time we're at cafe santiago and look at this thing"),
            (23.5, 4.5, "it's a sandwich with like three kinds of meat covered in cheese and beer sauce"),
            (30.5, 4.5, "now we're walking across the dom luis bridge on the top deck with the metro"),
            (35.5, 4.0, "the view of the ribeira from up here is unreal"),
            (40.5, 4.5, "on the gaia side we did the tour at taylor's it was about twenty five euros"),
            (45.5, 4.0, "the ten year tawny was my favorite"),
            (52.5, 3.0, "next week we are heading down to lisbon"),
        ],
        "captions": [
            (0, 6, "PORTO 🇵🇹", "outline"),
            (6, 16, "Livraria Lello", "yellow"),
            (18, 28, "Francesinha  €14,50", "small"),
            (30, 40, "Ponte Luís I", "outline"),
            (40, 50, "Taylor's Port", "box"),
            (52, 56, "next: Lisbon", "small"),
        ],
        "places": [
            {"name": "Livraria Lello", "aliases": ["Lello Bookshop", "Lello"], "address": "R. das Carmelitas 144, Porto", "lat": 41.1469, "lng": -8.6148},
            {"name": "Café Santiago", "aliases": ["Cafe Santiago", "Café Santiago F"], "address": "R. de Passos Manuel 226, Porto", "lat": 41.1473, "lng": -8.6059},
            {"name": "Dom Luís I Bridge", "aliases": ["Ponte Luís I", "Ponte Dom Luís I", "Dom Luis Bridge", "Dom Luis I Bridge", "Luís I Bridge"], "address": "Ponte Luís I, Porto", "lat": 41.1399, "lng": -8.6094},
            {"name": "Taylor's Port", "aliases": ["Taylor's", "Taylors", "Taylor's Port Cellars", "Taylor's Port Wine Cellars"], "address": "R. do Choupelo 250, Vila Nova de Gaia", "lat": 41.1335, "lng": -8.6146},
        ],
        "optional": ["Porto", "PORTO", "Portugal", "Europe", "Gaia", "Vila Nova de Gaia", "Ribeira", "Aliados",
                     "São Bento", "Sao Bento", "Lisbon", "Douro"],
    },
    # 9. English abroad: Oaxaca. Emoji 'Name: tip' list, one place only in captions, plain subtitles.
    {
        "id": "oAxAcAmEz13",
        "lang": "en",
        "title": "Oaxaca Is Mexico's Food Capital (Mole, Tlayudas & a Petrified Waterfall)",
        "channel": "Sam Eats the World",
        "duration": 58,
        "description": (
            "Four days in Oaxaca eating everything in sight 🇲🇽\n\n"
            "Where to find it all:\n"
            "🥐 Boulenc: breakfast, get the concha and the shakshuka\n"
            "🔥 Mercado 20 de Noviembre: walk into the smoke hallway (pasillo de humo), pick your meat, they grill it\n"
            "🏔 Hierve el Agua: 1.5 hrs by colectivo from the 2nd class bus station, bring a swimsuit\n\n"
            "Mezcal we brought home: Del Maguey Vida, Mezcal Amarás\n"
            "Flight: CDMX → OAX on Viva Aerobus, ~$60\n"
            "💌 sameatstheworld@example.com\n"
            "#oaxaca #mexicofood #mole #tlayuda #streetfood"
        ),
        "chapters": [(0, "Intro"), (6, "Breakfast"), (16, "Smoke hallway"), (28, "Ruins on a hill"),
                     (40, "Petrified waterfall"), (52, "Outro")],
        "transcript": [
            (0.5, 4.0, "good morning from oaxaca we are starving so let's go"),
            (6.5, 4.5, "breakfast at boulenc the bread here is honestly better than most places in paris"),
            (11.5, 4.0, "this shakshuka was a hundred and sixty pesos"),
            (16.5, 4.5, "okay we're in the mercado twenty de noviembre and this is the smoke hallway"),
            (21.5, 4.5, "you pick your tasajo and chorizo and they throw it right on the grill"),
            (28.5, 4.5, "this afternoon we took the shuttle up to the ruins"),
            (33.5, 4.5, "the zapotecs built this whole city on top of a flattened mountain"),
            (40.5, 4.5, "day three hierve el agua these look like waterfalls but they're actually rock"),
            (45.5, 4.5, "and you can swim in the pools right on the edge of the cliff"),
            (52.5, 4.0, "next video is all about mole so make sure you're subscribed"),
        ],
        "captions": [
            (0, 6, "OAXACA, MEXICO", "outline"),
            (6, 16, "Boulenc", "yellow"),
            (11, 16, "Shakshuka  MX$160", "small"),
            (16, 28, "Pasillo de Humo"),
            (28, 40, "Monte Albán  MX$100", "box"),
            (40, 52, "Hierve el Agua", "yellow"),
            (52, 58, "SUBSCRIBE 🔔", "small"),
        ],
        "places": [
            {"name": "Boulenc", "aliases": ["Boulenc Pan Artesano", "Boulenc Oaxaca"], "address": "Porfirio Díaz 207, Centro, Oaxaca", "lat": 17.0647, "lng": -96.7275},
            {"name": "Mercado 20 de Noviembre", "aliases": ["20 de Noviembre Market", "Mercado Veinte de Noviembre", "mercado twenty de noviembre"], "address": "20 de Noviembre 512, Centro, Oaxaca", "lat": 17.0586, "lng": -96.7263},
            {"name": "Monte Albán", "aliases": ["Monte Alban"], "address": "Monte Albán, Oaxaca", "lat": 17.0439, "lng": -96.7677},
            {"name": "Hierve el Agua", "aliases": ["Hierve El Agua"], "address": "San Isidro Roaguía, Oaxaca", "lat": 16.8658, "lng": -96.2760},
        ],
        "optional": ["Oaxaca", "OAXACA", "Mexico", "MEXICO", "Paris", "CDMX", "Mexico City", "OAX",
                     "Pasillo de Humo", "smoke hallway"],
    },
    # 10. No places: Korean carry-on packing video full of place-like product words.
    {
        "id": "pAcKiNg13kR",
        "lang": "ko",
        "title": "여행 짐 싸기 🧳 기내용 캐리어 하나로 7박 가능? | 파우치 정리 꿀팁",
        "channel": "미니멀 다은",
        "duration": 48,
        "description": (
            "기내용 캐리어 하나로 일주일 여행 짐 싸기!\n"
            "어디 가는지는… 다음 영상에서 공개할게요 🤫\n\n"
            "🧳 캐리어: 샘소나이트 코스모라이트 55\n"
            "🧥 아우터: 파타고니아 나노퍼프, 런던포그 트렌치코트\n"
            "🧢 MLB 뉴욕양키스 볼캡\n"
            "☕ 텀블러: 브루클린웍스 (Brooklyn Works)\n"
            "🧴 하와이안트로픽 선크림 SPF50, 마다가스카르 바닐라 바디미스트\n"
            "🍵 홍콩 스타일 밀크티 스틱 (편의점에서 삼)\n"
            "🍫 간식: 로투스 비스코프, 빼빼로\n\n"
            "쿠팡 파트너스 활동의 일환으로 일정액의 수수료를 받을 수 있습니다\n"
            "#짐싸기 #패킹 #기내용캐리어 #여행준비물 #미니멀"
        ),
        "chapters": [(0, "인트로"), (8, "옷"), (20, "파우치"), (32, "전자기기"), (42, "마무리")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 다은이에요 드디어 다음 주에 여행 가요"),
            (4.5, 3.0, "오늘은 캐리어 하나로 짐 싸는 거 보여드릴게요"),
            (8.5, 4.5, "아우터는 파타고니아 나노퍼프 하나랑 런던포그 트렌치 이렇게 두 개만"),
            (13.5, 4.5, "모자는 뉴욕양키스 볼캡 이거 하나면 모든 코디 다 돼요"),
            (20.5, 4.5, "파우치에는 하와이안트로픽 선크림이랑 마다가스카르 바닐라 바디미스트"),
            (25.5, 4.5, "그리고 이건 홍콩 스타일 밀크티 스틱인데 호텔에서 타 먹으려고요"),
            (32.5, 4.0, "보조배터리는 꼭 기내에 들고 타야 돼요 위탁하면 안 돼요"),
            (37.0, 4.0, "스위스 밀리터리 멀티툴은 압수당할 수 있으니까 빼세요"),
            (42.5, 4.5, "어디 가는지는 다음 영상에서 공개할게요 힌트는 따뜻한 나라"),
        ],
        "captions": [
            (0, 8, "7박 8일 짐 싸기 🧳", "outline"),
            (8, 20, "런던포그 트렌치 / 파타고니아", "small"),
            (13, 20, "NY 볼캡", "box"),
            (20, 32, "하와이안트로픽 SPF50", "yellow"),
            (25, 32, "홍콩 밀크티 스틱", "small"),
            (32, 42, "보조배터리 = 기내 반입 ⭕", "box"),
            (37, 42, "멀티툴 ❌", "small"),
            (42, 48, "다음 영상: 어디일까요? 🤫", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
]
