"""Twelfth holdout (blind): travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Same format as /work/shared/eval/cases_dev.py. Places are real;
coordinates are approximate (WGS84). Do not tune on this set.
"""

CASES = [
    # 1. 울산: places in chapters (description timestamps) and speech; one
    #    restaurant named only in speech; rolling auto-captions with ASR spacing.
    {
        "id": "uLsAnWhL12a",
        "lang": "ko",
        "auto_captions": True,
        "title": "울산 1박2일 🐋 고래 보러 장생포 가고 대왕암 출렁다리 건넜어요 | 울산 여행 브이로그",
        "channel": "주말엔 기차여행",
        "duration": 62,
        "description": (
            "KTX 울산역(통도사)에서 시작하는 울산 여행 첫째 날!\n"
            "시내까지는 리무진 5003번 타면 40분 정도 걸려요.\n\n"
            "00:00 울산역 도착\n"
            "00:08 점심 - 언양불고기\n"
            "00:18 태화강 국가정원 (십리대숲)\n"
            "00:32 장생포 고래문화마을\n"
            "00:46 대왕암공원 출렁다리\n"
            "00:56 숙소 & 다음 편 예고\n\n"
            "📷 캐논 G7X Mark III / 🎙 로데 와이어리스 GO\n"
            "💌 비즈니스 문의 weekendtrain.kr@example.com\n\n"
            "#울산여행 #장생포 #대왕암공원 #십리대숲 #국내여행 #기차여행"
        ),
        "chapters": [
            (0, "울산역 도착"),
            (8, "점심 - 언양불고기"),
            (18, "태화강 국가정원 (십리대숲)"),
            (32, "장생포 고래문화마을"),
            (46, "대왕암공원 출렁다리"),
            (56, "숙소 & 다음 편 예고"),
        ],
        "transcript": [
            (0.5, 3.5, "안녕하세요 주말엔 기차여행입니다 저 지금 울산역 도착했어요"),
            (4.2, 3.5, "서울역에서 두 시간 조금 넘게 걸렸네요 생각보다 금방 와요"),
            (8.3, 4.0, "어 일단 배고파서 점심부터 먹으러 왔는데요 역이 언양이라 언양 불고기 먹어야죠"),
            (12.5, 4.5, "여기가 언양 기와집 불고기라는 곳인데 그 석쇠에 구워 나오는 거 진짜 맛있어요"),
            (18.3, 4.0, "밥 먹고 버스 타고 태화강 국가 정원으로 넘어왔습니다"),
            (22.5, 4.5, "여기 십리대숲이 유명한데 대나무 사이로 걸으니까 약간 시원하고 좋네요"),
            (27.5, 3.5, "아 근데 모기 조심하세요 저 세 방 물렸어요"),
            (32.3, 4.0, "다음은 장생포 고래 문화 마을 왔어요 옛날 고래잡이 마을을 재현해 놓은 데예요"),
            (36.5, 4.5, "고래박물관이랑 같이 통합권 끊으면 좀 더 싸요 모노레일은 줄이 길어서 패스"),
            (46.3, 4.0, "해 지기 전에 대왕암 공원 도착 출렁다리부터 건너볼게요"),
            (50.5, 4.5, "와 바람 진짜 세다 바다 색깔 보세요 완전 에메랄드예요"),
            (56.3, 5.0, "내일은 새벽에 간절곶 일출 보러 갑니다 구독이랑 좋아요 눌러주시면 다음 편 빨리 올릴게요"),
        ],
        "captions": [
            (0, 7, "DAY 1 울산역 도착", "small"),
            (9, 17, "언양식 석쇠불고기 1인 18,000원", "box"),
            (19, 30, "십리대숲 걷는 중 🎋", "outline"),
            (33, 44, "고래박물관 + 생태체험관 통합권 7,000원", "box"),
            (47, 55, "출렁다리 무료 (월요일 휴무)", "yellow"),
            (56, 62, "NEXT ▶ 간절곶 일출", "outline"),
        ],
        "places": [
            {"name": "언양기와집불고기", "aliases": ["언양 기와집 불고기", "기와집불고기"], "address": "울산 울주군 언양읍 헌양길 86", "lat": 35.5660, "lng": 129.1262},
            {"name": "태화강 국가정원", "aliases": ["태화강국가정원", "태화강 국가 정원", "Taehwagang National Garden"], "address": "울산 중구 태화동", "lat": 35.5484, "lng": 129.2995},
            {"name": "장생포 고래문화마을", "aliases": ["장생포고래문화마을", "장생포 고래 문화 마을", "Jangsaengpo Whale Culture Village"], "address": "울산 남구 장생포고래로 244", "lat": 35.5010, "lng": 129.3840},
            {"name": "대왕암공원", "aliases": ["대왕암 공원", "Daewangam Park"], "address": "울산 동구 등대로 95", "lat": 35.4925, "lng": 129.4395},
        ],
        "optional": ["울산", "울산역", "통도사", "언양", "서울역", "태화강", "십리대숲", "고래박물관", "장생포 고래박물관",
                     "장생포", "출렁다리", "대왕암", "대왕암 출렁다리", "간절곶"],
    },
    # 2. 담양: `- name (address)` lines under a route header, one line without address,
    #    chapters, plain subtitles.
    {
        "id": "dAmYaNg12bB",
        "lang": "ko",
        "title": "담양 대나무숲 힐링 여행🎋 죽녹원 · 메타세쿼이아길 · 떡갈비까지 하루 코스",
        "channel": "소소한 여행일기",
        "duration": 54,
        "description": (
            "광주송정역에서 차 빌려서 담양 다녀왔어요 :) 한 시간이면 충분히 가요\n\n"
            "🚗 오늘의 루트\n"
            "- 죽녹원 (전남 담양군 담양읍 죽녹원로 119)\n"
            "- 관방제림 (전남 담양군 담양읍 객사리)\n"
            "- 덕인관 - 떡갈비 본점\n"
            "- 담양 메타세쿼이아길 (전남 담양군 담양읍 학동리 633)\n\n"
            "죽녹원 입장료 3,000원 / 메타세쿼이아길 2,000원\n"
            "쏘카 첫 이용 할인 코드 SOSO2026 (광고 포함)\n\n"
            "🎵 BGM - 브금대통령 '초록 산책'\n"
            "문의 sosotrip@example.com\n"
            "#담양여행 #죽녹원 #메타세쿼이아길 #떡갈비 #전남여행"
        ),
        "chapters": [
            (0, "인트로"),
            (6, "죽녹원"),
            (20, "관방제림 산책 & 국수거리"),
            (32, "떡갈비 점심"),
            (42, "메타세쿼이아길"),
        ],
        "transcript": [
            (0.5, 4.0, "안녕하세요 소소입니다 오늘은 전라남도 담양에 왔어요"),
            (6.5, 4.0, "첫 코스는 죽녹원 입구부터 대나무 냄새가 확 나요"),
            (11.0, 4.5, "여기 산책로가 여러 개 있는데 저는 운수대통길로 한 바퀴 돌았어요"),
            (16.0, 3.5, "판다 포토존도 있어요 사람들이 다 여기서 찍더라고요"),
            (20.5, 4.0, "죽녹원 바로 건너편이 관방제림인데 몇백 년 된 나무들이 쭉 있어요"),
            (25.0, 4.5, "중간에 국수거리에서 멸치국수 한 그릇 먹었어요 사천 원 진짜 착하죠"),
            (32.5, 4.5, "점심은 떡갈비 먹으러 덕인관 왔습니다 담양 오면 여기 다들 가시더라고요"),
            (37.5, 4.0, "한우 떡갈비랑 돼지 떡갈비 반반 시켰는데 대통밥도 같이 나와요"),
            (42.5, 4.5, "마지막은 메타세쿼이아길 가을에 오면 더 예쁘대요"),
            (47.5, 5.0, "바로 옆에 메타프로방스도 있는데 오늘은 시간이 없어서 패스 다음에 또 올게요"),
        ],
        "captions": [
            (0, 5, "전남 담양 당일치기", "outline"),
            (7, 18, "죽녹원 입장료 3,000원", "box"),
            (15, 19, "판다 포토존 🐼", "small"),
            (25, 31, "멸치국수 4,000원", "box"),
            (33, 41, "한우 떡갈비 2인 58,000원", "yellow"),
            (43, 52, "메타세쿼이아길", "outline"),
        ],
        "places": [
            {"name": "죽녹원", "aliases": ["Juknokwon", "담양 죽녹원"], "address": "전남 담양군 담양읍 죽녹원로 119", "lat": 35.3260, "lng": 126.9858},
            {"name": "관방제림", "aliases": ["Gwanbangjerim"], "address": "전남 담양군 담양읍 객사리", "lat": 35.3285, "lng": 126.9905},
            {"name": "덕인관", "aliases": ["덕인관 본점"], "address": "전남 담양군 담양읍", "lat": 35.3180, "lng": 126.9845},
            {"name": "담양 메타세쿼이아길", "aliases": ["메타세쿼이아길", "메타세콰이어길", "메타세쿼이아 가로수길", "Metasequoia Road"], "address": "전남 담양군 담양읍 학동리 633", "lat": 35.3238, "lng": 127.0030},
        ],
        "optional": ["담양", "전라남도", "전남", "광주송정역", "국수거리", "담양 국수거리", "운수대통길", "메타프로방스",
                     "판다 포토존"],
    },
    # 3. 강화도: busy scene, places only in on-screen captions (one with hanja).
    {
        "id": "gAnGhWa12cC",
        "scene": "busy",
        "lang": "ko",
        "title": "강화도 당일치기 ㅣ 서울에서 1시간, 레트로 카페랑 천년 고찰이랑 시장까지",
        "channel": "오늘도 드라이브",
        "duration": 50,
        "description": (
            "서울 근교 드라이브 코스 추천드려요!\n"
            "장소 이름은 영상 속 자막으로 확인해주세요 🙏\n\n"
            "🎵 Music: Lukrembo - Biscuit\n"
            "🚗 차: 캐스퍼 / 블랙박스: 아이나비\n"
            "#강화도 #서울근교 #당일치기 #레트로카페 #드라이브"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "초지대교 건너서 드디어 들어왔어요"),
            (6.5, 4.5, "여기 옛날 방직공장을 그대로 카페로 바꾼 곳인데 분위기 진짜 미쳤어요"),
            (12.0, 4.0, "소품들이 다 옛날 거라서 구경하는 데만 한참 걸렸어요"),
            (20.5, 4.5, "절 입구까지 좀 걸어 올라가야 돼요 소나무 길이 너무 좋아요"),
            (26.0, 3.5, "생각보다 훨씬 오래된 절이래요"),
            (32.5, 4.5, "시장 2층에 식당들이 모여 있는데 밴댕이 정식 먹었어요"),
            (37.5, 4.0, "순무김치 진짜 맛있어서 하나 사 왔어요 만 원"),
            (44.5, 4.5, "다음 영상은 해변에서 노을 보는 걸로 찾아올게요"),
        ],
        "captions": [
            (0, 6, "강화도 도착 🚗", "outline"),
            (6, 18, "📍 조양방직", "yellow"),
            (12, 18, "아인슈페너 7,500원", "box"),
            (20, 30, "📍전등사 傳燈寺", "small"),
            (26, 30, "입장료 무료 · 주차 2,000원", "box"),
            (32, 42, "📍 강화풍물시장"),
            (35, 42, "밴댕이 정식 15,000원", "box"),
            (44, 50, "NEXT ▶ 동막해수욕장 노을", "outline"),
        ],
        "places": [
            {"name": "조양방직", "aliases": ["Joyang Bangjik", "조양방직 카페"], "address": "인천 강화군 강화읍 향나무길5번길 12", "lat": 37.7470, "lng": 126.4830},
            {"name": "전등사", "aliases": ["傳燈寺", "Jeondeungsa"], "address": "인천 강화군 길상면 전등사로 37-41", "lat": 37.6241, "lng": 126.5390},
            {"name": "강화풍물시장", "aliases": ["강화 풍물시장", "Ganghwa Pungmul Market"], "address": "인천 강화군 강화읍 중앙로 17-9", "lat": 37.7430, "lng": 126.4885},
        ],
        "optional": ["강화도", "강화", "강화읍", "초지대교", "서울", "동막해수욕장", "동막해변"],
    },
    # 4. 파주: map-link lines in the description, one place only in speech,
    #    book titles with city names.
    {
        "id": "pAjUbOoK12d",
        "lang": "ko",
        "title": "파주 책방 나들이 📚 지혜의숲에서 하루종일 책 읽기 가능? + 헤이리, 임진각",
        "channel": "책 읽는 하루 haru",
        "duration": 56,
        "description": (
            "날 좋은 주말 파주 나들이 기록 🌿\n"
            "합정역 1번 출구에서 2200번 버스 타고 출발!\n\n"
            "🔗 지혜의숲 https://naver.me/GkP3xQ2a\n"
            "🔗 헤이리 예술마을 https://naver.me/FaN7rT0b\n"
            "🔗 임진각 평화누리공원 https://naver.me/xZ4eL9pQ\n\n"
            "오늘 읽은 책\n"
            "『파리의 아파트』 기욤 뮈소\n"
            "『나미야 잡화점의 기적』 히가시노 게이고\n"
            "『불편한 편의점』 김호연\n\n"
            "📮 haru.reads@example.com · 인스타 @haru.reads\n"
            "#파주 #지혜의숲 #북카페 #주말나들이 #책추천"
        ),
        "chapters": [
            (0, "출발"),
            (6, "지혜의숲"),
            (20, "헤이리 산책"),
            (32, "임진각"),
            (44, "보너스: 호수 산책"),
        ],
        "transcript": [
            (0.5, 4.0, "안녕하세요 하루예요 오늘은 버스 타고 파주 가는 길이에요"),
            (6.5, 4.5, "첫 번째 지혜의숲 도착했어요 책장이 천장까지 있어서 진짜 압도돼요"),
            (11.5, 4.0, "여기서 파리의 아파트 절반 정도 읽었어요 음 조용해서 집중 잘 돼요"),
            (20.5, 4.5, "그 다음에 헤이리 예술마을로 왔는데 작은 갤러리랑 소품샵이 많아요"),
            (25.5, 4.0, "아 근데 월요일은 쉬는 데가 많으니까 주말에 오세요"),
            (32.5, 4.5, "임진각 평화누리공원은 바람개비 언덕이 제일 예뻐요"),
            (37.5, 4.0, "곤돌라도 탔는데 임진강 위로 지나가서 살짝 무서웠어요"),
            (44.5, 5.0, "마지막으로 친구 차 얻어 타고 마장호수 왔어요 출렁다리 건너는데 흔들려서 꺅 소리 질렀어요"),
            (50.0, 5.0, "다음 영상은 서울 독립서점 투어예요 구독하고 기다려주세요"),
        ],
        "captions": [
            (0, 5, "주말 파주 나들이", "outline"),
            (7, 18, "📍파주출판도시 지혜의숲", "small"),
            (12, 18, "오늘의 책: 파리의 아파트", "box"),
            (21, 30, "헤이리 예술마을", "yellow"),
            (33, 42, "평화곤돌라 왕복 11,000원", "box"),
            (45, 54, "흔들흔들 출렁다리 😱", "outline"),
        ],
        "places": [
            {"name": "지혜의숲", "aliases": ["지혜의 숲", "파주출판도시 지혜의숲", "Forest of Wisdom"], "address": "경기 파주시 회동길 145", "lat": 37.7109, "lng": 126.6867},
            {"name": "헤이리 예술마을", "aliases": ["헤이리예술마을", "헤이리 마을", "헤이리", "Heyri Art Valley"], "address": "경기 파주시 탄현면 헤이리마을길 70-21", "lat": 37.7890, "lng": 126.6985},
            {"name": "임진각 평화누리공원", "aliases": ["평화누리공원", "임진각", "Imjingak"], "address": "경기 파주시 문산읍 임진각로 148-40", "lat": 37.8895, "lng": 126.7410},
            {"name": "마장호수", "aliases": ["마장호수 출렁다리", "Majang Lake"], "address": "경기 파주시 광탄면 기산리", "lat": 37.7725, "lng": 126.9400},
        ],
        "optional": ["파주", "합정역", "파주출판도시", "출판도시", "평화곤돌라", "임진강", "출렁다리", "바람개비 언덕",
                     "서울"],
    },
    # 5. 히로시마 (Korean, abroad): numbered list with Japanese in parentheses,
    #    Japanese addresses on two lines, chapters, captions in Japanese (厳 missing from the font).
    {
        "id": "hIrOsHiMa12",
        "lang": "ko",
        "title": "히로시마 2박3일 🇯🇵 오코노미야키 먹고 미야지마 신사까지 (feat. 노면전차)",
        "channel": "유나의 일본일기",
        "duration": 58,
        "description": (
            "인천에서 히로시마 직항으로 1시간 40분! 생각보다 가까워요 ✈️\n\n"
            "【오늘 간 곳】\n"
            "1. 원폭 돔 (原爆ドーム)\n"
            "2. 평화기념공원 (平和記念公園)\n"
            "3. 오코노미무라 (お好み村) – 広島市中区新天地5-13\n"
            "4. 이쓰쿠시마 신사 (厳島神社) – 廿日市市宮島町1-1\n\n"
            "💴 히로덴 전차 1일권 700엔 / JR 페리 편도 200엔 + 미야지마 방문세 100엔\n"
            "🏨 숙소는 히로시마역 근처 비즈니스호텔 (1박 8,800엔)\n"
            "📸 iPhone 15 Pro · 인스타 @yuna.japan.diary\n"
            "#히로시마 #미야지마 #일본소도시 #오코노미야키"
        ),
        "chapters": [
            (0, "인천 → 히로시마"),
            (8, "원폭 돔 & 평화기념공원"),
            (24, "오코노미야키 저녁"),
            (36, "미야지마 당일치기"),
            (52, "마무리"),
        ],
        "transcript": [
            (0.5, 4.0, "안녕하세요 유나예요 오늘 히로시마 공항 도착했어요 리무진 버스로 시내까지 45분"),
            (8.5, 4.5, "노면전차 타고 겐바쿠 돔마에 역에서 내렸어요 바로 앞이 원폭 돔이에요"),
            (13.5, 4.5, "실제로 보니까 좀 마음이 무거워지더라고요 강 건너서 평화기념공원까지 천천히 걸었어요"),
            (18.5, 4.0, "자료관은 시간이 부족해서 다음에 꼭 다시 오려고요"),
            (24.5, 4.5, "저녁은 오코노미무라 건물 하나에 오코노미야키 가게만 스무 개 넘게 있어요"),
            (29.5, 4.5, "히로시마식은 면이 들어가는 게 특징이에요 소바 넣은 걸로 시켰어요 천백 엔"),
            (36.5, 4.5, "다음 날은 JR 타고 미야지마구치역 가서 페리로 미야지마 들어왔어요"),
            (41.5, 5.0, "이쓰쿠시마 신사 물 위에 떠 있는 것 같죠 만조 시간 맞춰서 왔어요"),
            (47.0, 4.5, "사슴이 지도를 먹으려고 해요 조심하세요 모미지 만주도 하나 먹었어요"),
            (52.5, 5.0, "내일은 오카야마로 넘어갑니다 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 7, "DAY 1 히로시마 도착 ✈", "outline"),
            (9, 18, "原爆ドーム", "yellow"),
            (14, 22, "平和記念公園", "small"),
            (25, 34, "お好み村 2F-4F", "small"),
            (30, 35, "오코노미야키 (소바 추가) 1,100엔", "box"),
            (37, 50, "厳島神社", "yellow"),
            (47, 51, "모미지 만주 1개 120엔", "box"),
            (52, 58, "NEXT ▶ 오카야마", "outline"),
        ],
        "places": [
            {"name": "원폭 돔", "aliases": ["原爆ドーム", "원폭돔", "겐바쿠 돔", "Atomic Bomb Dome", "A-Bomb Dome", "Genbaku Dome"], "address": "1-10 Otemachi, Naka Ward, Hiroshima", "lat": 34.3955, "lng": 132.4536},
            {"name": "평화기념공원", "aliases": ["平和記念公園", "히로시마 평화기념공원", "Peace Memorial Park", "Hiroshima Peace Memorial Park"], "address": "1 Nakajimacho, Naka Ward, Hiroshima", "lat": 34.3925, "lng": 132.4522},
            {"name": "오코노미무라", "aliases": ["お好み村", "Okonomimura", "오코노미 무라"], "address": "広島市中区新天地5-13", "lat": 34.3927, "lng": 132.4622},
            {"name": "이쓰쿠시마 신사", "aliases": ["厳島神社", "嚴島神社", "이츠쿠시마 신사", "이쓰쿠시마신사", "Itsukushima Shrine"], "address": "廿日市市宮島町1-1", "lat": 34.2960, "lng": 132.3198},
        ],
        "optional": ["히로시마", "広島", "인천", "히로시마 공항", "히로시마역", "히로덴", "겐바쿠 돔마에", "겐바쿠 돔마에 역",
                     "미야지마", "宮島", "미야지마구치", "미야지마구치역", "자료관", "평화기념자료관", "오카야마", "일본"],
    },
    # 6. 가오슝 (Korean, abroad): `中文名 | 中文地址` lines with Korean names only in
    #    speech and chapters; Chinese captions.
    {
        "id": "kAoHsIuNg12",
        "lang": "ko",
        "title": "대만 가오슝 여행 ep.2 | 타이베이보다 좋았던 남쪽 항구 도시 🇹🇼",
        "channel": "지도 밖 산책",
        "duration": 52,
        "description": (
            "가오슝 둘째 날 기록입니다. 타이베이에서 고속철(THSR) 타고 쭤잉역 도착!\n\n"
            "蓮池潭 龍虎塔 | 高雄市左營區蓮潭路9號\n"
            "駁二藝術特區 | 高雄市鹽埕區大勇路1號\n"
            "六合觀光夜市 | 高雄市新興區六合二路\n\n"
            "💳 이지카드(悠遊卡) 500元 충전해서 MRT, 경전철 다 탔어요\n"
            "🎁 클룩 할인코드 JIDO5 (5% 할인)\n"
            "📩 협업 문의 jidobak@example.com\n\n"
            "다음 편: 타이난 당일치기 🚆\n"
            "#가오슝 #대만여행 #高雄 #야시장"
        ),
        "chapters": [
            (0, "쭤잉역 도착"),
            (6, "롄츠탄 용호탑"),
            (20, "보얼 예술특구"),
            (34, "리우허 야시장"),
        ],
        "transcript": [
            (0.5, 4.5, "타이베이에서 고속철 타고 한 시간 반 만에 쭤잉역 도착했어요"),
            (6.5, 4.5, "택시 타고 롄츠탄 왔는데요 한자로 연지담이에요 저기 용이랑 호랑이 탑 보이시죠"),
            (11.5, 4.5, "용 입으로 들어가서 호랑이 입으로 나와야 운이 좋대요 그래서 순서 지켰어요"),
            (20.5, 4.5, "MRT 타고 옌청푸역 내려서 보얼 예술특구 왔어요 옛날 창고를 전시장으로 바꾼 데예요"),
            (25.5, 4.0, "벽화랑 조형물이 엄청 많아서 사진 찍기 좋아요 경전철도 바로 옆으로 지나가요"),
            (34.5, 4.5, "저녁은 리우허 야시장 메이리다오역 바로 앞이라 빛의 돔 잠깐 보고 나왔어요"),
            (39.5, 4.5, "파파야 우유 육십 원 그리고 스테이크 철판이 백오십 원 대만 달러로요"),
            (44.5, 5.0, "내일은 타이난 당일치기 갑니다 영상 끝까지 봐주셔서 감사해요"),
        ],
        "captions": [
            (0, 5, "DAY 2 高雄", "outline"),
            (7, 18, "蓮池潭 龍虎塔", "yellow"),
            (21, 32, "駁二藝術特區", "outline"),
            (26, 32, "C4 경전철 🚋", "small"),
            (35, 38, "美麗島站 빛의 돔", "small"),
            (38, 44, "六合夜市"),
            (40, 46, "木瓜牛奶 60元", "box"),
        ],
        "places": [
            {"name": "롄츠탄 용호탑", "aliases": ["蓮池潭 龍虎塔", "龍虎塔", "蓮池潭", "롄츠탄", "연지담", "용호탑", "Dragon and Tiger Pagodas", "Lotus Pond"], "address": "高雄市左營區蓮潭路9號", "lat": 22.6808, "lng": 120.2947},
            {"name": "보얼 예술특구", "aliases": ["駁二藝術特區", "駁二", "보얼예술특구", "보얼", "Pier-2 Art Center"], "address": "高雄市鹽埕區大勇路1號", "lat": 22.6202, "lng": 120.2817},
            {"name": "리우허 야시장", "aliases": ["六合觀光夜市", "六合夜市", "리우허야시장", "육합야시장", "Liuhe Night Market"], "address": "高雄市新興區六合二路", "lat": 22.6318, "lng": 120.3003},
        ],
        "optional": ["가오슝", "高雄", "대만", "타이베이", "타이난", "쭤잉역", "左營", "옌청푸역", "메이리다오역", "美麗島站",
                     "빛의 돔", "THSR", "MRT"],
    },
    # 7. 바르셀로나 (Korean, abroad): emoji lines with the address on the next line
    #    after ↳, Spanish/Catalan names, chapters, rolling auto-captions.
    {
        "id": "bArCeLoNa12",
        "lang": "ko",
        "auto_captions": True,
        "title": "바르셀로나 가우디 투어 🇪🇸 사그라다 파밀리아 예약 꿀팁 + 현지인 타파스 맛집",
        "channel": "여행가 제이 JAY",
        "duration": 58,
        "description": (
            "스페인 한 달 살기 중 바르셀로나 편!\n"
            "사그라다 파밀리아는 공식 홈페이지에서 2주 전에 예약했어요 (타워 포함 36유로)\n\n"
            "⛪ 사그라다 파밀리아\n"
            "   ↳ C/ de Mallorca, 401\n"
            "🦎 구엘 공원 Park Güell\n"
            "   ↳ Carrer d'Olot, s/n\n"
            "🍊 보케리아 시장\n"
            "   ↳ La Rambla, 91\n"
            "🍤 Cervecería Catalana\n"
            "   ↳ C/ de Mallorca, 236\n\n"
            "0:00 인트로\n0:05 사그라다 파밀리아\n0:20 구엘 공원\n0:32 보케리아 시장\n0:44 저녁 타파스\n\n"
            "🎧 에어팟 프로2 | 유심: 말톡 eSIM 할인코드 JAY10\n"
            "#바르셀로나 #스페인여행 #가우디 #유럽여행"
        ),
        "chapters": [
            (0, "인트로"),
            (5, "사그라다 파밀리아"),
            (20, "구엘 공원"),
            (32, "보케리아 시장"),
            (44, "저녁 타파스"),
        ],
        "transcript": [
            (0.5, 4.0, "올라 여러분 제이입니다 오늘은 가우디 투어 하는 날이에요"),
            (5.5, 4.5, "사그라다 파밀리아 앞에 도착했습니다 와 진짜 아직도 공사 중이네요"),
            (10.5, 4.5, "안에 들어가면 스테인드글라스 빛이 진짜 말이 안 돼요 오디오 가이드 꼭 들으세요"),
            (15.5, 4.0, "타워는 엘리베이터 타고 올라가고 내려올 때는 계단이에요"),
            (20.5, 4.5, "구엘 공원은 버스 이십사 번 타고 올라왔어요 여기도 예약 필수 십 유로"),
            (25.5, 4.5, "그 유명한 도마뱀 분수 사람이 너무 많아서 겨우 찍었어요"),
            (32.5, 4.5, "내려오는 길에 카사 바트요 앞 지나서 람블라스 거리 쪽 보케리아 시장 왔어요"),
            (37.5, 4.5, "과일 주스 하나 삼 유로 하몽 컵은 오 유로 소매치기 조심하세요 진짜로"),
            (44.5, 4.5, "저녁은 세르베세리아 카탈라나 웨이팅 사십 분 했어요"),
            (49.5, 4.5, "꿀대구랑 파타타스 브라바스 꼭 드세요 다음 편은 몬세라트 갑니다"),
        ],
        "captions": [
            (0, 5, "BARCELONA DAY 3", "outline"),
            (6, 18, "Sagrada Família", "yellow"),
            (16, 20, "타워 포함 입장권 36€", "box"),
            (21, 30, "Park Güell", "yellow"),
            (33, 42, "Mercat de la Boqueria", "small"),
            (38, 42, "과일 주스 3€ · 하몽 컵 5€", "box"),
            (45, 55, "Cervecería Catalana", "small"),
            (50, 55, "파타타스 브라바스 6.80€", "box"),
        ],
        "places": [
            {"name": "사그라다 파밀리아", "aliases": ["Sagrada Família", "Sagrada Familia", "Basílica de la Sagrada Família", "성가족성당", "사그라다파밀리아"], "address": "C/ de Mallorca, 401, Barcelona", "lat": 41.4036, "lng": 2.1744},
            {"name": "구엘 공원", "aliases": ["Park Güell", "Park Guell", "구엘공원", "Parc Güell"], "address": "Carrer d'Olot, s/n, Barcelona", "lat": 41.4145, "lng": 2.1527},
            {"name": "보케리아 시장", "aliases": ["Mercat de la Boqueria", "La Boqueria", "Boqueria", "보케리아", "라 보케리아"], "address": "La Rambla, 91, Barcelona", "lat": 41.3818, "lng": 2.1717},
            {"name": "Cervecería Catalana", "aliases": ["세르베세리아 카탈라나", "Cerveceria Catalana"], "address": "C/ de Mallorca, 236, Barcelona", "lat": 41.3925, "lng": 2.1618},
        ],
        "optional": ["바르셀로나", "Barcelona", "스페인", "카사 바트요", "Casa Batlló", "람블라스 거리", "La Rambla", "람블라스",
                     "몬세라트", "도마뱀 분수", "유럽"],
    },
    # 8. Chicago (English): emoji lines `name · address`, one place named as a nickname,
    #    description timestamps, rolling auto-captions.
    {
        "id": "cHiCaGoEaT1",
        "lang": "en",
        "auto_captions": True,
        "title": "Chicago Food Tour 🍕 Deep Dish, Italian Beef & the Best Burger in America?",
        "channel": "Two Forks Travel",
        "duration": 56,
        "description": (
            "Three days in the Windy City and we ate EVERYTHING. Here's where 👇\n\n"
            "🍕 Pequod's Pizza · 2207 N Clybourn Ave\n"
            "🥪 Portillo's (River North) · 100 W Ontario St\n"
            "🍔 Au Cheval · 800 W Randolph St\n\n"
            "And yes, we finally saw the Bean 🫘\n\n"
            "0:00 Landing at O'Hare\n"
            "0:06 Pequod's caramelized crust\n"
            "0:20 Italian beef, dipped\n"
            "0:32 The Bean\n"
            "0:42 Au Cheval burger\n\n"
            "Use code TWOFORKS for 15% off our Chicago food map 🗺\n"
            "Gear: Sony ZV-1 II, Rode VideoMicro, DJI Mini 4 Pro\n"
            "Business: hello@twoforkstravel.example.com\n"
            "#chicago #deepdish #foodtour #italianbeef"
        ),
        "chapters": [
            (0, "Landing at O'Hare"),
            (6, "Pequod's caramelized crust"),
            (20, "Italian beef, dipped"),
            (32, "The Bean"),
            (42, "Au Cheval burger"),
        ],
        "transcript": [
            (0.5, 4.5, "we just landed at O'Hare and took the Blue Line straight into the city"),
            (6.5, 4.5, "first stop Pequod's in Lincoln Park everyone told us to come here for deep dish"),
            (11.5, 4.5, "look at that burnt cheese crust around the edge that is the whole point"),
            (16.0, 3.5, "a medium pan pizza was like twenty four bucks and fed three of us"),
            (20.5, 4.5, "next up Portillo's for an Italian beef sandwich hot peppers and fully dipped"),
            (25.5, 4.5, "and you have to get the chocolate cake shake it's kind of a Chicago thing"),
            (32.5, 4.5, "we walked off the beef in Millennium Park and here it is Cloud Gate aka the Bean"),
            (37.5, 4.0, "you can see the whole skyline in it pretty wild"),
            (42.5, 4.5, "dinner at Au Cheval in the West Loop we waited almost two hours"),
            (47.5, 4.5, "the double cheeseburger with a fried egg worth it next week we're heading to Milwaukee"),
        ],
        "captions": [
            (0, 5, "CHICAGO 🇺🇸", "outline"),
            (7, 18, "PEQUOD'S PIZZA", "yellow"),
            (16, 20, "medium pan $24.50", "box"),
            (21, 30, "Italian beef — hot & dipped", "outline"),
            (26, 31, "cake shake $6.49", "box"),
            (33, 41, "Cloud Gate (the Bean)", "small"),
            (43, 54, "Au Cheval — 2hr wait", "yellow"),
        ],
        "places": [
            {"name": "Pequod's Pizza", "aliases": ["Pequod's", "Pequods Pizza"], "address": "2207 N Clybourn Ave, Chicago, IL", "lat": 41.9220, "lng": -87.6642},
            {"name": "Portillo's", "aliases": ["Portillo's River North", "Portillos"], "address": "100 W Ontario St, Chicago, IL", "lat": 41.8933, "lng": -87.6318},
            {"name": "Cloud Gate", "aliases": ["The Bean", "Cloud Gate (the Bean)"], "address": "201 E Randolph St, Chicago, IL", "lat": 41.8827, "lng": -87.6233},
            {"name": "Au Cheval", "aliases": [], "address": "800 W Randolph St, Chicago, IL", "lat": 41.8846, "lng": -87.6477},
        ],
        "optional": ["Chicago", "Windy City", "O'Hare", "Blue Line", "Lincoln Park", "River North", "Millennium Park",
                     "West Loop", "Milwaukee"],
    },
    # 9. Kuala Lumpur (English): busy scene, places in captions, chapters and speech;
    #    the restaurant named only in speech and a small caption.
    {
        "id": "kUaLaLuMp12",
        "scene": "busy",
        "lang": "en",
        "title": "Kuala Lumpur on $30 a Day 🇲🇾 Batu Caves, Nasi Lemak & Night Market Eats",
        "channel": "Backpack Bex",
        "duration": 60,
        "description": (
            "Malaysia vlog #3! KL is so underrated, honestly.\n\n"
            "Chapters\n"
            "00:00 Morning in KL\n"
            "00:08 Breakfast: nasi lemak\n"
            "00:20 Batu Caves (272 steps!)\n"
            "00:34 Twin Towers at sunset\n"
            "00:44 Night food street\n"
            "00:54 Budget breakdown\n\n"
            "I stayed in a hostel in Bukit Bintang (not sponsored).\n"
            "💸 Money card I use: Wise, link in bio\n"
            "📷 GoPro 12 + Insta360 X4\n"
            "IG @backpackbex · email bex.travels@example.com\n"
            "#kualalumpur #malaysia #budgettravel #streetfood"
        ),
        "chapters": [
            (0, "Morning in KL"),
            (8, "Breakfast: nasi lemak"),
            (20, "Batu Caves (272 steps!)"),
            (34, "Twin Towers at sunset"),
            (44, "Night food street"),
            (54, "Budget breakdown"),
        ],
        "transcript": [
            (0.5, 4.0, "good morning from Kuala Lumpur it is already thirty two degrees"),
            (8.5, 4.5, "I grabbed a Grab out to Damansara Utama for breakfast at Village Park Restaurant"),
            (13.5, 4.5, "everyone says it's the best nasi lemak in KL and the fried chicken is insane"),
            (20.5, 4.5, "then I took the KTM Komuter from KL Sentral all the way to Batu Caves"),
            (25.5, 4.5, "two hundred and seventy two rainbow steps and yes the monkeys will steal your snacks"),
            (34.5, 4.5, "back into the city on the LRT for sunset at the Petronas Twin Towers"),
            (39.5, 4.0, "the light show in KLCC Park starts at eight"),
            (44.5, 4.5, "dinner on Jalan Alor satay chicken wings and a durian I regret nothing"),
            (54.5, 5.0, "total for the day twenty nine dollars next video I'm taking the bus to Penang"),
        ],
        "captions": [
            (0, 6, "DAY 1 · KL", "outline"),
            (9, 19, "Village Park Restaurant", "small"),
            (14, 19, "Nasi lemak ayam goreng RM 16.90", "box"),
            (21, 32, "BATU CAVES", "yellow"),
            (22, 28, "KTM Komuter RM 2.60", "box"),
            (35, 43, "PETRONAS TWIN TOWERS"),
            (45, 53, "Jalan Alor 🍢", "yellow"),
            (48, 53, "Satay 10 sticks RM 12", "box"),
            (55, 60, "TOTAL ≈ US$29", "outline"),
        ],
        "places": [
            {"name": "Village Park Restaurant", "aliases": ["Village Park", "Restoran Village Park"], "address": "5, Jalan SS 21/37, Damansara Utama, Petaling Jaya", "lat": 3.1354, "lng": 101.6236},
            {"name": "Batu Caves", "aliases": ["Batu Cave"], "address": "Gombak, Selangor", "lat": 3.2379, "lng": 101.6840},
            {"name": "Petronas Twin Towers", "aliases": ["Petronas Towers", "Twin Towers"], "address": "KLCC, Kuala Lumpur", "lat": 3.1579, "lng": 101.7116},
            {"name": "Jalan Alor", "aliases": ["Jalan Alor Night Market", "Jalan Alor Food Street"], "address": "Jalan Alor, Bukit Bintang, Kuala Lumpur", "lat": 3.1456, "lng": 101.7087},
        ],
        "optional": ["Kuala Lumpur", "KL", "Malaysia", "Bukit Bintang", "Damansara Utama", "Petaling Jaya", "KL Sentral",
                     "KTM Komuter", "LRT", "KLCC", "KLCC Park", "Penang"],
    },
    # 10. No places: convenience-store product review full of dishes and products
    #     named after cities, brands and a song title.
    {
        "id": "cOnViNi12jJ",
        "lang": "ko",
        "title": "편의점 신상 털기 🛒 이번 달 신상 10개 솔직 리뷰 (나가사키 짬뽕, 방콕 똠얌, LA갈비 도시락)",
        "channel": "편털 편의점털이범",
        "duration": 46,
        "description": (
            "이번 달 편의점 신상 싹 다 사 왔습니다 🙌 총 41,300원\n\n"
            "00:00 인트로\n"
            "00:06 라면 & 도시락\n"
            "00:18 디저트\n"
            "00:28 음료\n"
            "00:38 총평 & 순위\n\n"
            "오늘 먹은 것\n"
            "· 나가사키 짬뽕 큰컵 1,900원\n"
            "· 방콕 똠얌 컵누들 1,800원\n"
            "· LA갈비 도시락 5,900원\n"
            "· 전주비빔 삼각김밥 1,500원\n"
            "· 홍콩 에그타르트 2입 3,200원\n"
            "· 스위스 초코 롤케이크 3,500원\n"
            "· 제주 말차 라떼 2,700원\n"
            "· 하와이안 파인애플 젤리 1,500원\n\n"
            "BGM: 제니 'Seoul City' 커버 (원곡 아님)\n"
            "요기요 편의점 배달 쿠폰 PYEONTEOL3000\n"
            "광고/협찬 문의 pyeonteol@example.com\n"
            "#편의점신상 #편의점털기 #먹방 #2+1"
        ),
        "chapters": [
            (0, "인트로"),
            (6, "라면 & 도시락"),
            (18, "디저트"),
            (28, "음료"),
            (38, "총평 & 순위"),
        ],
        "transcript": [
            (0.5, 4.5, "안녕하세요 편털입니다 오늘도 동네 편의점 세 군데 돌면서 신상 싹 쓸어왔어요"),
            (6.5, 4.5, "먼저 나가사키 짬뽕 큰컵 국물이 하얗고 어 약간 후추 맛이 세요"),
            (11.5, 3.5, "방콕 똠얌은 생각보다 시큼해요 고수 싫어하시면 비추"),
            (15.0, 3.0, "LA갈비 도시락은 고기 양이 좀 아쉽네요"),
            (18.5, 4.5, "디저트는 홍콩 에그타르트 에어프라이어에 3분 돌리니까 완전 바삭해요"),
            (23.5, 4.0, "스위스 초코 롤은 그냥 그랬어요 크림이 너무 달아요"),
            (28.5, 4.5, "음료는 제주 말차 라떼 이거 2+1이라서 세 개 샀어요"),
            (33.5, 4.0, "하와이안 파인애플 젤리는 애들 간식으로 딱이에요"),
            (38.5, 5.0, "오늘의 1등은 홍콩 에그타르트 다음 주에는 일본 편의점 신상 직구템 리뷰할게요 구독 좋아요"),
        ],
        "captions": [
            (0, 5, "이번 달 편의점 신상 10개", "outline"),
            (7, 12, "나가사키 짬뽕 큰컵 1,900원", "box"),
            (12, 15, "방콕 똠얌 컵누들", "yellow"),
            (15, 18, "LA갈비 도시락 5,900원", "box"),
            (19, 24, "홍콩 에그타르트 🥧", "yellow"),
            (24, 27, "스위스 초코 롤", "small"),
            (29, 34, "제주 말차 라떼 2+1", "box"),
            (34, 37, "하와이안 파인애플 젤리"),
            (39, 46, "🏆 1위 홍콩 에그타르트", "outline"),
        ],
        "places": [],
        "optional": [],
    },
]
