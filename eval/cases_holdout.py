"""Holdout evaluation cases: 12 vlog bundles written blind to the extraction code.

Same format as /work/shared/eval/cases_dev.py (see make_bundles.py). Other
cities, channels and writing styles than the dev set. Places are real;
coordinates are approximate (WGS84). `optional` holds cities, neighbourhoods,
stations and streets passed through that an annotator would not require.
"""

CASES = [
    # 1. 전주 — description as "name\n주소: ..." blocks, yellow/small captions, KTX noise.
    {
        "id": "jEoNjUhAn01",
        "lang": "ko",
        "title": "전주 한옥마을 먹방 투어 🥢 칼국수부터 피순대까지 하루 종일 먹기만 함",
        "channel": "배고픈 수빈씨",
        "duration": 52,
        "description": (
            "KTX 타고 용산에서 1시간 40분! 전주 당일치기 먹방입니다 😋\n"
            "같이 간 친구: 지현이 (인스타 @jihyun_eats)\n\n"
            "[오늘 간 곳]\n"
            "베테랑\n"
            "주소: 전북 전주시 완산구 경기전길 135\n"
            "영업시간: 매일 09:00 ~ 20:00 (브레이크타임 없음)\n\n"
            "조점례남문피순대\n"
            "주소: 전북 전주시 완산구 전동3가 2-198\n"
            "※ 주말엔 웨이팅 30분 이상\n\n"
            "경기전\n"
            "주소: 전북 전주시 완산구 태조로 44\n"
            "입장료 3,000원\n\n"
            "촬영: 캐논 G7X Mark III · 편집: 프리미어 프로\n"
            "🎵 Music by 브금대통령\n"
            "#전주여행 #전주한옥마을 #전주맛집 #칼국수 #피순대"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "안녕하세요 배고픈 수빈씨입니다 오늘은 전주에 왔어요"),
            (5.0, 4.0, "용산역에서 KTX 타고 전주역 도착 택시 타고 한옥마을로 갑니다"),
            (10.5, 4.0, "첫 끼는 베테랑 칼국수 들깨 듬뿍 올라간 칼국수가 팔천 원이에요"),
            (15.0, 4.0, "쫄면이랑 만두도 같이 시켰는데 만두 진짜 맛있어요"),
            (21.0, 4.0, "배 꺼트리려고 경기전 한 바퀴 돌았어요 대나무 숲이 너무 예뻐요"),
            (26.0, 4.0, "바로 앞에 전동성당도 있어서 사진 찍고 왔습니다"),
            (32.0, 4.0, "저녁은 남부시장 쪽 조점례남문피순대 피순대 한 접시 만오천 원"),
            (37.0, 4.0, "순대국밥도 국물이 진하고 하나도 안 느끼해요"),
            (44.0, 4.0, "오늘 영상 재밌으셨으면 구독 좋아요 알림 설정 부탁드려요"),
        ],
        "captions": [
            (0, 5, "전주 먹방 투어 🥢", "yellow"),
            (5, 10, "용산 → 전주 KTX 1시간 40분", "small"),
            (10, 15, "베테랑 칼국수", "yellow"),
            (15, 20, "칼국수 8,000원 · 쫄면 7,000원", "small"),
            (21, 26, "경기전", "yellow"),
            (26, 31, "전동성당", "yellow"),
            (32, 37, "조점례남문피순대", "yellow"),
            (37, 42, "피순대 15,000원", "small"),
            (44, 50, "구독 좋아요 🔔", "outline"),
        ],
        "places": [
            {"name": "베테랑", "aliases": ["베테랑 칼국수", "전주 베테랑", "베테랑 본점"], "address": "전북 전주시 완산구 경기전길 135", "lat": 35.8128, "lng": 127.1533},
            {"name": "조점례남문피순대", "aliases": ["조점례 남문 피순대", "조점례피순대", "남문피순대"], "address": "전북 전주시 완산구 전동3가 2-198", "lat": 35.8118, "lng": 127.1466},
            {"name": "경기전", "aliases": ["Gyeonggijeon", "전주 경기전"], "address": "전북 전주시 완산구 태조로 44", "lat": 35.8155, "lng": 127.1499},
            {"name": "전동성당", "aliases": ["전주 전동성당", "Jeondong Catholic Church"], "address": "전북 전주시 완산구 태조로 51", "lat": 35.8133, "lng": 127.1491},
        ],
        "optional": ["전주", "전주한옥마을", "한옥마을", "전주역", "용산역", "용산", "남부시장", "전주 남부시장"],
    },
    # 2. 강릉 — places ONLY in speech (rolling auto-captions); captions and description carry none.
    {
        "id": "gAnGnEuNg02",
        "lang": "ko",
        "auto_captions": True,
        "title": "커피 마시러 강릉 간 브이로그 🌊 | 1박 2일 혼자 여행",
        "channel": "하늘한잔",
        "duration": 50,
        "description": (
            "혼자 떠난 강릉 1박 2일 🌊☕\n"
            "이번 영상은 광고 없이 제 돈 주고 다녀왔어요!\n\n"
            "촬영: 아이폰 15 프로 / 편집: 캡컷\n"
            "음악: Epidemic Sound\n"
            "인스타그램: @haneul.hanjan\n"
            "문의: haneulhanjan@example.com\n\n"
            "#강릉여행 #강릉카페 #혼자여행 #브이로그"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "안녕하세요 하늘한잔입니다 저 지금 강릉역에 막 도착했어요"),
            (5.0, 4.5, "첫 번째로 테라로사 커피공장에 왔는데 건물이 진짜 커요"),
            (10.0, 4.0, "핸드드립 한 잔 시키고 원두도 한 봉지 샀어요"),
            (15.5, 4.5, "점심은 초당 동화가든에서 짬뽕순두부 먹으러 왔어요"),
            (20.5, 4.0, "웨이팅이 한 시간이었는데 기다린 보람이 있네요"),
            (26.0, 4.5, "오후에는 안목해변 커피거리 쪽으로 걸어왔어요"),
            (31.0, 4.0, "바다 보면서 순두부 젤라또 먹는 중 너무 행복해요"),
            (37.0, 4.5, "해 질 때쯤 경포해변으로 넘어와서 노을 보고 마무리했어요"),
            (43.0, 4.0, "다음 영상은 속초 편이에요 구독하고 기다려 주세요"),
        ],
        "captions": [
            (0, 5, "강릉 1박 2일 🌊", "outline"),
            (5, 15, "핸드드립 7,000원", "small"),
            (15, 25, "짬뽕순두부 13,000원", "small"),
            (20, 25, "웨이팅 1시간 😇", "outline"),
            (26, 36, "바다 멍 🌊", "outline"),
            (31, 36, "순두부 젤라또 4,500원", "small"),
            (37, 43, "노을 맛집", "outline"),
        ],
        "places": [
            {"name": "테라로사 커피공장", "aliases": ["테라로사", "테라로사 커피 공장", "Terarosa", "테라로사 본점"], "address": "강원 강릉시 구정면 현천길 7", "lat": 37.7276, "lng": 128.9526},
            {"name": "동화가든", "aliases": ["초당 동화가든", "동화가든 본점"], "address": "강원 강릉시 초당순두부길77번길 15", "lat": 37.7910, "lng": 128.9145},
            {"name": "안목해변", "aliases": ["안목해변 커피거리", "안목 커피거리", "강릉 커피거리", "안목해수욕장", "Anmok Beach"], "address": "강원 강릉시 창해로14번길 20-1", "lat": 37.7722, "lng": 128.9477},
            {"name": "경포해변", "aliases": ["경포해수욕장", "경포대 해수욕장", "경포", "Gyeongpo Beach"], "address": "강원 강릉시 창해로 514", "lat": 37.8055, "lng": 128.9081},
        ],
        "optional": ["강릉", "강릉역", "초당", "초당순두부마을", "초당 순두부 마을", "속초"],
    },
    # 3. 인천 차이나타운 — places ONLY on screen (busy scene, box/outline captions).
    {
        "id": "iNcHeOnCt03",
        "scene": "busy",
        "lang": "ko",
        "title": "짜장면 원조집 드디어 가봤습니다 🥢 인천 차이나타운 먹방",
        "channel": "초원이네 식탁",
        "duration": 48,
        "description": (
            "짜장면 덕후의 성지순례 🙏\n"
            "장소는 영상 속 자막 참고해 주세요!\n\n"
            "비즈니스 문의 📩 chowon.table@example.com\n"
            "#짜장면 #먹방 #차이나타운 #mukbang"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "여러분 오늘은 짜장면 먹으러 멀리 왔어요 지하철 1호선 끝까지"),
            (6.5, 4.0, "여기가 짜장면 처음 만든 곳의 이름을 이어받은 집이래요"),
            (11.0, 4.0, "옛날 짜장 하나랑 탕수육 소자 시켰어요"),
            (18.5, 4.0, "바로 옆집은 하얀 짬뽕으로 유명한 곳이라 2차로 왔습니다"),
            (25.0, 4.0, "소화시킬 겸 벽화 마을 올라가는 중 계단이 꽤 많네요"),
            (32.5, 4.0, "마지막으로 시장 와서 닭강정 한 박스 포장했어요"),
            (38.0, 4.0, "오늘 총 먹은 거 정리해 드릴게요 구독 좋아요도 부탁해요"),
        ],
        "captions": [
            (0, 6, "짜장면 성지순례 🥢", "outline"),
            (6, 16, "📍 공화춘", "box"),
            (11, 16, "옛날짜장 8,000원", "small"),
            (18, 24, "📍 신승반점", "box"),
            (19, 24, "백짬뽕 11,000원", "small"),
            (25, 31, "📍 송월동 동화마을", "box"),
            (32, 38, "📍 신포국제시장", "box"),
            (33, 38, "닭강정 中 18,000원", "small"),
            (38, 46, "오늘의 지출 44,000원", "outline"),
        ],
        "places": [
            {"name": "공화춘", "aliases": ["Gonghwachun", "공화춘 본점"], "address": "인천 중구 차이나타운로 43", "lat": 37.4757, "lng": 126.6176},
            {"name": "신승반점", "aliases": ["Sinseung Banjeom"], "address": "인천 중구 차이나타운로44번길 31-3", "lat": 37.4753, "lng": 126.6182},
            {"name": "송월동 동화마을", "aliases": ["동화마을", "송월동동화마을", "Songwol-dong Fairy Tale Village"], "address": "인천 중구 자유공원서로 38", "lat": 37.4790, "lng": 126.6208},
            {"name": "신포국제시장", "aliases": ["신포시장", "Sinpo International Market"], "address": "인천 중구 우현로49번길 11-5", "lat": 37.4713, "lng": 126.6262},
        ],
        "optional": ["인천", "차이나타운", "인천 차이나타운", "인천역", "송월동"],
    },
    # 4. 여수 — places ONLY in chapters (decorated chapter titles); speech and captions vague.
    {
        "id": "yEoSuNiGh04",
        "lang": "ko",
        "title": "여수 밤바다 보러 간 1박2일 🌃 커플 여행 브이로그",
        "channel": "둘이서 떠나요",
        "duration": 54,
        "description": (
            "여수 밤바다~ 이 조명에 담긴~ 🎶\n"
            "결혼 1주년 기념으로 다녀온 여수 여행이에요 💕\n\n"
            "숙소는 다음 영상에서 자세히 보여드릴게요!\n"
            "📷 DJI 오즈모 포켓3 / 🎙 로데 와이어리스 GO\n"
            "BGM: 버스커버스커 - 여수 밤바다 (Cover by 둘이서 떠나요)\n\n"
            "#여수여행 #여수밤바다 #커플브이로그"
        ),
        "chapters": [
            (0, "인트로 | 여수엑스포역 도착 🚄"),
            (8, "오동도 동백꽃 산책 🌺"),
            (20, "해상케이블카 크리스탈캐빈 타봄"),
            (32, "이순신광장 & 게장골목 점심"),
            (44, "밤엔 역시 낭만포차 🍶"),
        ],
        "transcript": [
            (0.5, 4.0, "자기야 우리 드디어 도착했어 바다 냄새 난다"),
            (8.5, 4.0, "방파제 따라 섬까지 걸어 들어왔어요 동백꽃이 엄청 많이 폈어요"),
            (14.0, 4.0, "동백열차도 있는데 저희는 걸어가기로 했어요"),
            (20.5, 4.0, "바닥이 유리로 된 캐빈 탔는데 저는 무서워서 눈 감고 있었어요"),
            (32.5, 4.0, "점심은 간장게장 정식 밥도둑이 따로 없네요"),
            (38.0, 4.0, "갓김치도 하나 사 가려고요"),
            (44.5, 4.0, "밤에는 포차 거리에서 삼합이랑 해물라면 먹었어요"),
            (49.0, 4.0, "야경 보면서 건배 1주년 축하해"),
        ],
        "captions": [
            (0, 6, "DAY 1", "outline"),
            (8, 18, "동백꽃 🌺", "outline"),
            (20, 30, "크리스탈캐빈 왕복 30,000원", "yellow"),
            (32, 38, "게장 정식 2인 36,000원", "small"),
            (38, 42, "갓김치 1kg 15,000원", "small"),
            (44, 54, "🍶 1주년 축하해", "outline"),
        ],
        "places": [
            {"name": "오동도", "aliases": ["Odongdo", "여수 오동도"], "address": "전남 여수시 수정동 오동도로 222", "lat": 34.7447, "lng": 127.7659},
            {"name": "여수 해상케이블카", "aliases": ["해상케이블카", "여수해상케이블카", "Yeosu Maritime Cable Car"], "address": "전남 여수시 돌산읍 돌산로 3600-1", "lat": 34.7333, "lng": 127.7433},
            {"name": "이순신광장", "aliases": ["Yi Sun-sin Square", "여수 이순신광장"], "address": "전남 여수시 중앙동", "lat": 34.7389, "lng": 127.7369},
            {"name": "낭만포차", "aliases": ["여수 낭만포차", "낭만포차 거리", "여수낭만포차거리"], "address": "전남 여수시 하멜로 102", "lat": 34.7360, "lng": 127.7393},
        ],
        "optional": ["여수", "여수엑스포역", "게장골목", "게장 골목", "봉산동 게장거리", "크리스탈캐빈", "동백열차", "여수 밤바다"],
    },
    # 5. 대구 — description "▶ name (address)"; a singer's name that is part of a street name; subway lines.
    {
        "id": "dAeGuDaY05a",
        "lang": "ko",
        "title": "대구 토박이가 알려주는 대구 하루 코스 🍢 서문시장 납작만두 83타워 야경",
        "channel": "대구사는 정민",
        "duration": 56,
        "description": (
            "대구 토박이 정민이 알려주는 찐 대구 코스!\n"
            "동대구역에서 시작해서 지하철 1호선, 2호선만 타고 다닐 수 있어요.\n\n"
            "▶ 서문시장 (대구 중구 큰장로26길 45)\n"
            "▶ 미성당 납작만두 (대구 중구 남산동, 명덕역 3번 출구 근처)\n"
            "▶ 김광석 다시그리기길 (대구 중구 달구벌대로 2238)\n"
            "▶ 83타워 (대구 달서구 두류공원로 200, 이월드 내)\n\n"
            "이월드 자유이용권은 네이버 예약으로 할인받았어요\n"
            "카메라: 소니 ZV-1 / 짐벌: 지윤 스무스5\n\n"
            "00:00 동대구역\n00:08 서문시장\n00:20 납작만두\n00:30 김광석길\n00:42 83타워 야경\n\n"
            "#대구여행 #서문시장 #납작만두 #이월드"
        ),
        "chapters": [(0, "동대구역"), (8, "서문시장"), (20, "납작만두"), (30, "김광석길"), (42, "83타워 야경")],
        "transcript": [
            (0.5, 4.0, "안녕하세요 대구사는 정민입니다 지금 동대구역이고요"),
            (4.5, 3.0, "지하철 1호선 타고 바로 이동할게요"),
            (8.5, 4.0, "서문시장 왔습니다 칼국수 골목이랑 납작만두가 유명해요"),
            (13.0, 4.5, "여기 누른국수 한 그릇 오천 원인데 양이 엄청나요"),
            (20.5, 4.0, "미성당 납작만두 대구 사람이면 다 아는 집이에요"),
            (30.5, 4.5, "김광석 노래 들으면서 김광석 다시그리기길 걸어봤어요"),
            (36.0, 4.0, "벽화마다 가사가 적혀 있어서 천천히 보면 좋아요"),
            (42.5, 4.0, "마지막은 이월드 83타워 대구 시내 야경이 한눈에 보여요"),
            (48.0, 4.0, "대구 오시면 꼭 이 코스로 다녀보세요 구독 좋아요 꾹"),
        ],
        "captions": [
            (0, 8, "동대구역 출발 🚇", "small"),
            (8, 13, "서문시장", "yellow"),
            (13, 19, "누른국수 5,000원", "small"),
            (20, 28, "미성당 납작만두", "yellow"),
            (30, 40, "김광석 다시그리기길", "yellow"),
            (42, 50, "83타워 전망대", "yellow"),
            (50, 56, "구독 & 좋아요 👍", "outline"),
        ],
        "places": [
            {"name": "서문시장", "aliases": ["대구 서문시장", "Seomun Market"], "address": "대구 중구 큰장로26길 45", "lat": 35.8690, "lng": 128.5808},
            {"name": "미성당 납작만두", "aliases": ["미성당", "미성당납작만두"], "address": "대구 중구 남산동", "lat": 35.8585, "lng": 128.5930},
            {"name": "김광석 다시그리기길", "aliases": ["김광석길", "김광석 거리", "Kim Kwang-seok Street"], "address": "대구 중구 달구벌대로 2238", "lat": 35.8597, "lng": 128.6066},
            {"name": "83타워", "aliases": ["83 타워", "대구 83타워", "83 Tower"], "address": "대구 달서구 두류공원로 200", "lat": 35.8533, "lng": 128.5664},
        ],
        "optional": ["대구", "동대구역", "명덕역", "이월드", "E-World", "칼국수 골목", "두류공원"],
    },
    # 6. 오사카 (Korean) — description "- name: address"; rolling auto-captions; brand name 이치란.
    {
        "id": "oSaKaEaT06b",
        "lang": "ko",
        "auto_captions": True,
        "title": "오사카 2박3일 🇯🇵 먹고 또 먹는 여행 1편 (이치란, 쿠로몬시장, 오사카성)",
        "channel": "여행가 동훈",
        "duration": 54,
        "description": (
            "오사카 먹방 여행 1편입니다! 2편은 교토 편으로 돌아올게요.\n\n"
            "[방문한 곳]\n"
            "- 이치란 라멘 도톤보리점: 7-18 Souemoncho, Chuo Ward, Osaka\n"
            "- 쿠로몬 시장: 2 Chome-4-1 Nipponbashi, Chuo Ward, Osaka\n"
            "- 오사카성: 1-1 Osakajo, Chuo Ward, Osaka\n"
            "- 우메다 스카이빌딩: 1 Chome-1-88 Oyodonaka, Kita Ward, Osaka\n\n"
            "✔ 이 영상은 클룩으로부터 오사카 주유패스를 제공받아 제작되었습니다.\n"
            "✔ 항공권은 스카이스캐너 최저가 알림으로 예약!\n"
            "📷 Sony A7C II + 탐론 28-75\n\n"
            "#오사카 #오사카여행 #이치란 #일본여행"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.5, "간사이 공항 도착했습니다 라피트 타고 난바로 바로 갈게요"),
            (6.0, 4.5, "첫 끼는 무조건 이치란 라멘이죠 도톤보리점으로 왔어요"),
            (11.0, 4.0, "혼자 먹는 칸막이 자리 국물 진하기 보통 매운 소스 두 배"),
            (17.0, 4.5, "다음 날 아침은 쿠로몬 시장에서 참치 뱃살이랑 가리비 구이"),
            (22.0, 4.0, "가격이 조금 올랐지만 그래도 맛있어요 천오백 엔"),
            (28.0, 4.5, "소화시킬 겸 오사카성 천수각까지 걸어 올라왔어요"),
            (33.5, 4.0, "주유패스 있으면 입장료 무료라서 꼭 챙기세요"),
            (40.0, 4.5, "밤에는 우메다 스카이빌딩 공중정원 전망대에서 야경 봤어요"),
            (46.0, 4.0, "내일은 교토 가는 날 구독 좋아요 눌러주세요"),
        ],
        "captions": [
            (0, 6, "DAY 1 간사이공항 ✈", "outline"),
            (6, 16, "一蘭 이치란 라멘", "outline"),
            (11, 16, "라멘 1,180엔", "small"),
            (17, 26, "黒門市場 쿠로몬 시장", "outline"),
            (22, 26, "참치 뱃살 1,500엔", "small"),
            (28, 38, "大阪城 오사카성", "outline"),
            (40, 46, "공중정원 전망대 🌃", "outline"),
        ],
        "places": [
            {"name": "이치란 라멘 도톤보리점", "aliases": ["이치란", "이치란 라멘", "Ichiran", "一蘭", "이치란 도톤보리"], "address": "7-18 Souemoncho, Chuo Ward, Osaka", "lat": 34.6688, "lng": 135.5028},
            {"name": "쿠로몬 시장", "aliases": ["黒門市場", "Kuromon Market", "쿠로몬시장"], "address": "2 Chome-4-1 Nipponbashi, Chuo Ward, Osaka", "lat": 34.6654, "lng": 135.5066},
            {"name": "오사카성", "aliases": ["大阪城", "Osaka Castle", "오사카 성", "오사카성 천수각"], "address": "1-1 Osakajo, Chuo Ward, Osaka", "lat": 34.6873, "lng": 135.5262},
            {"name": "우메다 스카이빌딩", "aliases": ["Umeda Sky Building", "공중정원 전망대", "우메다 공중정원"], "address": "1 Chome-1-88 Oyodonaka, Kita Ward, Osaka", "lat": 34.7053, "lng": 135.4906},
        ],
        "optional": ["오사카", "도톤보리", "난바", "간사이 공항", "간사이공항", "간사이국제공항", "우메다", "천수각", "교토", "일본"],
    },
    # 7. 방콕 (Korean) — description "[name] address"; BTS (skytrain, also a K-pop group), Grab, eSIM sponsor.
    {
        "id": "bAnGkOk07cc",
        "scene": "busy",
        "lang": "ko",
        "title": "방콕 자유여행 VLOG 🇹🇭 왓아룬 야경 + 팟타이 맛집 + 짜뚜짝 시장 쇼핑",
        "channel": "떠나는 유나",
        "duration": 56,
        "description": (
            "방콕 4박5일 중 2일차 🇹🇭\n\n"
            "[왓 아룬] 158 Thanon Wang Doem, Wat Arun, Bangkok Yai, Bangkok 10600\n"
            "[팁싸마이] 313 Maha Chai Rd, Samran Rat, Phra Nakhon, Bangkok 10200\n"
            "[짜뚜짝 주말시장] Kamphaeng Phet 2 Rd, Chatuchak, Bangkok 10900\n"
            "[아이콘시암] 299 Charoen Nakhon Rd, Khlong Ton Sai, Khlong San, Bangkok 10600\n\n"
            "📱 유심은 마이리얼트립 eSIM 썼어요 (할인코드 YUNA10)\n"
            "🚕 이동은 전부 그랩(Grab)으로!\n"
            "협찬/광고 문의: yuna.leaves@example.com\n\n"
            "#방콕여행 #방콕 #태국여행 #왓아룬 #팟타이"
        ),
        "chapters": [(0, "Intro"), (6, "왓 아룬"), (18, "팁싸마이 팟타이"), (30, "짜뚜짝 시장"), (44, "아이콘시암")],
        "transcript": [
            (0.5, 4.0, "사와디캅 오늘은 방콕 이틀째 아침부터 덥네요"),
            (6.5, 4.5, "수상버스 타고 왓 아룬에 왔어요 새벽사원이라고도 불러요"),
            (12.0, 4.0, "가까이서 보니까 타일 장식이 하나하나 다 예뻐요"),
            (18.5, 4.5, "점심은 팁싸마이 팟타이 계란으로 감싼 팟타이가 유명해요"),
            (24.0, 4.0, "오렌지 주스도 꼭 드세요 진짜 생과일이에요"),
            (30.5, 4.5, "BTS 타고 모칫역에서 내려서 짜뚜짝 주말시장 왔어요"),
            (36.0, 4.0, "코코넛 아이스크림 먹으면서 라탄 가방 득템"),
            (44.5, 4.0, "저녁은 아이콘시암 쑥시암 푸드코트에서 먹었어요"),
            (49.5, 4.0, "그랩 타고 숙소 복귀 오늘도 이만 보 걸었네요"),
        ],
        "captions": [
            (0, 6, "DAY 2 🇹🇭", "box"),
            (6, 16, "왓 아룬 Wat Arun", "box"),
            (12, 16, "입장료 200바트", "small"),
            (18, 28, "팁싸마이 Thipsamai", "box"),
            (20, 28, "팟타이 120바트 · 오렌지주스 160바트", "small"),
            (30, 42, "짜뚜짝 시장", "box"),
            (36, 42, "코코넛 아이스크림 50바트", "small"),
            (44, 52, "ICONSIAM", "box"),
            (50, 56, "오늘 걸음 수 20,413", "yellow"),
        ],
        "places": [
            {"name": "왓 아룬", "aliases": ["Wat Arun", "왓아룬", "새벽사원"], "address": "158 Thanon Wang Doem, Bangkok Yai, Bangkok", "lat": 13.7437, "lng": 100.4888},
            {"name": "팁싸마이", "aliases": ["Thipsamai", "Thip Samai", "팁사마이", "Thipsamai Pad Thai"], "address": "313 Maha Chai Rd, Phra Nakhon, Bangkok", "lat": 13.7527, "lng": 100.5048},
            {"name": "짜뚜짝 주말시장", "aliases": ["짜뚜짝 시장", "짜뚜짝", "Chatuchak Weekend Market", "Chatuchak Market", "짜뚜짝시장"], "address": "Kamphaeng Phet 2 Rd, Chatuchak, Bangkok", "lat": 13.7999, "lng": 100.5503},
            {"name": "아이콘시암", "aliases": ["ICONSIAM", "Icon Siam", "아이콘 시암"], "address": "299 Charoen Nakhon Rd, Khlong San, Bangkok", "lat": 13.7267, "lng": 100.5106},
        ],
        "optional": ["방콕", "태국", "모칫역", "모칫", "쑥시암", "SookSiam", "짜오프라야강"],
    },
    # 8. 타이베이 (Korean) — plain "name / address" lines; Chinese signage in captions; busy scene.
    {
        "id": "tAiPeI08ddd",
        "scene": "busy",
        "lang": "ko",
        "title": "대만 타이베이 먹방 🥟 딘타이펑 본토 맛은 다를까? + 망고빙수 + 야시장",
        "channel": "먹는게 남는거",
        "duration": 50,
        "description": (
            "타이베이 3박 4일 먹방 여행 Day 1 🇹🇼\n\n"
            "딘타이펑 신의점 / No. 194, Section 2, Xinyi Rd, Da'an District, Taipei\n"
            "스무시 / No. 15, Yongkang St, Da'an District, Taipei\n"
            "타이베이 101 / No. 7, Section 5, Xinyi Rd, Xinyi District, Taipei\n"
            "스린 야시장 / No. 101, Jihe Rd, Shilin District, Taipei\n\n"
            "💳 교통카드는 이지카드(EasyCard) 충전해서 MRT 탔어요\n"
            "📷 후지필름 X100VI / 필름 시뮬레이션: 클래식 크롬\n"
            "🎵 BGM: Lukrembo - Biscuit\n\n"
            "#대만여행 #타이베이 #딘타이펑 #망고빙수 #야시장"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "니하오 타이베이 도착했습니다 숙소에 짐 두고 바로 먹으러 가요"),
            (5.5, 4.5, "딘타이펑 신의점 본점 느낌 그대로 샤오롱바오 시켰어요"),
            (10.5, 4.0, "새우 볶음밥이랑 오이무침도 같이 먹었는데 다 맛있어요"),
            (17.0, 4.0, "바로 근처 융캉제에 있는 스무시에서 망고빙수 먹었어요"),
            (23.0, 4.0, "MRT 빨간 선 타고 타이베이 101 전망대 올라왔어요"),
            (28.5, 4.0, "89층에서 보는 뷰가 장난 아니에요"),
            (34.5, 4.0, "밤에는 스린 야시장 지파이랑 버블티 먹방"),
            (40.0, 4.0, "지파이 얼굴보다 커요 진짜로"),
            (45.0, 4.0, "내일은 지우펀 가요 구독 좋아요 잊지 마세요"),
        ],
        "captions": [
            (0, 5, "DAY 1 🇹🇼", "outline"),
            (5, 10, "鼎泰豐 딘타이펑", "yellow"),
            (8, 16, "샤오롱바오 10개 NT$250", "small"),
            (17, 22, "思慕昔 스무시 망고빙수", "yellow"),
            (23, 33, "台北101 타이베이 101", "yellow"),
            (28, 33, "전망대 NT$600", "small"),
            (34, 44, "士林夜市 스린 야시장", "yellow"),
            (40, 44, "지파이 NT$100", "small"),
        ],
        "places": [
            {"name": "딘타이펑 신의점", "aliases": ["딘타이펑", "Din Tai Fung", "鼎泰豐", "딘타이펑 신이점", "Din Tai Fung Xinyi"], "address": "No. 194, Section 2, Xinyi Rd, Da'an District, Taipei", "lat": 25.0336, "lng": 121.5300},
            {"name": "스무시", "aliases": ["Smoothie House", "思慕昔", "스무시 망고빙수"], "address": "No. 15, Yongkang St, Da'an District, Taipei", "lat": 25.0330, "lng": 121.5296},
            {"name": "타이베이 101", "aliases": ["Taipei 101", "台北101", "타이페이 101", "101 전망대"], "address": "No. 7, Section 5, Xinyi Rd, Xinyi District, Taipei", "lat": 25.0340, "lng": 121.5645},
            {"name": "스린 야시장", "aliases": ["Shilin Night Market", "士林夜市", "스린야시장", "사림야시장"], "address": "No. 101, Jihe Rd, Shilin District, Taipei", "lat": 25.0880, "lng": 121.5241},
        ],
        "optional": ["타이베이", "타이페이", "대만", "Taipei", "융캉제", "용캉제", "Yongkang Street", "지우펀"],
    },
    # 9. London (English) — "📍Name, Address" lines, rolling auto-captions, sponsor and tube noise.
    {
        "id": "LoNdOnEaT09",
        "lang": "en",
        "auto_captions": True,
        "title": "What We Ate in London 🇬🇧 Borough Market, Dishoom & the BEST pasta under £15",
        "channel": "Two Forks Abroad",
        "duration": 56,
        "description": (
            "A rainy Saturday eating our way around London ☔🇬🇧\n\n"
            "📍Monmouth Coffee, 2 Park St, London SE1 9AB\n"
            "📍Borough Market, 8 Southwark St, London SE1 1TL\n"
            "📍Padella, 6 Southwark St, London SE1 1TQ\n"
            "📍Dishoom Covent Garden, 12 Upper St Martin's Ln, London WC2H 9FB\n\n"
            "This video is sponsored by Airalo — get 15% off your first eSIM with code FORKS15 🙌\n\n"
            "TIMESTAMPS\n0:00 Intro\n0:06 Monmouth Coffee\n0:14 Borough Market\n0:26 Padella\n0:40 Dishoom\n\n"
            "GEAR: Sony FX30 | Sigma 18-50 f/2.8 | Rode Wireless GO II\n"
            "Music: Epidemic Sound\n"
            "Instagram: @twoforksabroad | business: hello@twoforksabroad.example"
        ),
        "chapters": [(0, "Intro"), (6, "Monmouth Coffee"), (14, "Borough Market"), (26, "Padella"), (40, "Dishoom")],
        "transcript": [
            (0.5, 4.5, "hey guys it's Sam and Priya and today we're eating around London in the rain"),
            (6.5, 4.5, "we took the Jubilee line to London Bridge and grabbed a flat white at Monmouth Coffee"),
            (14.5, 4.5, "right next door is Borough Market which is honestly food heaven"),
            (19.5, 4.5, "we got a raclette sandwich and a salt beef bagel to share"),
            (26.5, 4.5, "then we queued for about forty minutes at Padella for the pici cacio e pepe"),
            (31.5, 4.5, "it was eleven pounds fifty and worth every penny"),
            (40.5, 4.5, "for dinner we hopped on a bus to Covent Garden and went to Dishoom"),
            (45.5, 4.5, "the bacon naan roll and the black daal are a must order"),
            (51.0, 4.0, "let us know your London favourites in the comments"),
        ],
        "captions": [
            (0, 6, "LONDON FOOD DAY", "outline"),
            (6, 14, "Monmouth Coffee ☕", "outline"),
            (10, 14, "flat white £4.20", "small"),
            (14, 26, "Borough Market", "outline"),
            (20, 26, "raclette £9.50", "small"),
            (26, 40, "Padella", "outline"),
            (31, 40, "pici cacio e pepe £11.50", "small"),
            (40, 51, "Dishoom Covent Garden", "outline"),
        ],
        "places": [
            {"name": "Monmouth Coffee", "aliases": ["Monmouth Coffee Company", "Monmouth Coffee Borough"], "address": "2 Park St, London SE1 9AB", "lat": 51.5054, "lng": -0.0914},
            {"name": "Borough Market", "aliases": ["버로우 마켓"], "address": "8 Southwark St, London SE1 1TL", "lat": 51.5055, "lng": -0.0910},
            {"name": "Padella", "aliases": ["Padella Borough Market", "Padella London Bridge"], "address": "6 Southwark St, London SE1 1TQ", "lat": 51.5053, "lng": -0.0902},
            {"name": "Dishoom Covent Garden", "aliases": ["Dishoom"], "address": "12 Upper St Martin's Ln, London WC2H 9FB", "lat": 51.5124, "lng": -0.1270},
        ],
        "optional": ["London", "London Bridge", "London Bridge station", "Covent Garden", "Southwark", "UK"],
    },
    # 10. New York (English) — inline "·" list of names without addresses; busy scene; subway and prices.
    {
        "id": "NyCbItEs10e",
        "scene": "busy",
        "lang": "en",
        "title": "$100 NYC Food Challenge 🗽 Pastrami, Pizza & the Famous Cookie",
        "channel": "Marcus Eats Everything",
        "duration": 54,
        "description": (
            "Can two guys eat through Manhattan on $100? 🗽🍕\n\n"
            "Where we ate: Katz's Delicatessen · Joe's Pizza (Carmine St) · Los Tacos No. 1 · Levain Bakery\n"
            "Walked it off on the High Line in between.\n\n"
            "Use code MARCUS for 20% off Ridge wallets (sponsor)\n"
            "Shot on iPhone 16 Pro + DJI Mic 2\n"
            "Editor: @jaycuts\n"
            "#nyc #nycfood #foodchallenge #pastrami"
        ),
        "chapters": [],
        "transcript": [
            (0.5, 4.0, "what's up guys Marcus here with my buddy Dev we have one hundred dollars for the whole day"),
            (5.0, 4.5, "first stop Katz's Delicatessen on Houston Street the pastrami on rye"),
            (10.0, 4.0, "that sandwich alone was almost thirty bucks ouch"),
            (15.5, 4.5, "we took the F train over to Joe's Pizza on Carmine Street for a plain slice"),
            (21.0, 4.0, "four dollars a slice still the best deal in the city"),
            (26.5, 4.5, "walked the High Line up to Chelsea Market for Los Tacos No. 1"),
            (32.0, 4.0, "adobada taco and a horchata that's another fifteen"),
            (38.5, 4.5, "then the 1 train uptown to Levain Bakery for the chocolate chip walnut cookie"),
            (44.0, 4.0, "total ninety eight dollars fifty we made it smash that subscribe button"),
        ],
        "captions": [
            (0, 5, "BUDGET: $100", "yellow"),
            (5, 14, "KATZ'S DELICATESSEN", "outline"),
            (9, 14, "Pastrami on rye $29.95", "small"),
            (15, 25, "Joe's Pizza", "outline"),
            (20, 25, "plain slice $4", "small"),
            (26, 31, "The High Line", "box"),
            (31, 37, "Los Tacos No.1", "outline"),
            (32, 37, "adobada taco $5.75", "small"),
            (38, 44, "Levain Bakery 🍪", "outline"),
            (44, 52, "TOTAL: $98.50", "yellow"),
        ],
        "places": [
            {"name": "Katz's Delicatessen", "aliases": ["Katz's Deli", "Katz's", "Katz Delicatessen"], "address": "205 E Houston St, New York, NY 10002", "lat": 40.7223, "lng": -73.9874},
            {"name": "Joe's Pizza", "aliases": ["Joe's Pizza Carmine St"], "address": "7 Carmine St, New York, NY 10014", "lat": 40.7306, "lng": -74.0021},
            {"name": "The High Line", "aliases": ["High Line"], "address": "New York, NY 10011", "lat": 40.7480, "lng": -74.0048},
            {"name": "Los Tacos No. 1", "aliases": ["Los Tacos No.1", "Los Tacos"], "address": "75 9th Ave, New York, NY 10011 (Chelsea Market)", "lat": 40.7424, "lng": -74.0061},
            {"name": "Levain Bakery", "aliases": ["Levain"], "address": "167 W 74th St, New York, NY 10023", "lat": 40.7800, "lng": -73.9803},
        ],
        "optional": ["NYC", "New York", "Manhattan", "Chelsea Market", "Houston Street", "Carmine Street", "Carmine St"],
    },
    # 11. No places (Korean) — what's-in-my-bag / product review full of place-like product names.
    {
        "id": "wHaTsInBaG1",
        "lang": "ko",
        "title": "여행 갈 때 꼭 챙기는 왓츠인마이백 👜 파우치 & 카메라 가방 털기 (내돈내산)",
        "channel": "소연 SOYEON",
        "duration": 48,
        "description": (
            "여행 유튜버의 가방 속 아이템 전부 공개합니다 👜\n"
            "모든 제품 내돈내산이고, 야놀자만 유료광고 포함이에요.\n\n"
            "📦 제품 정보\n"
            "- 라운드랩 1025 독도 토너\n"
            "- 이니스프리 제주 화산송이 모공 마스크\n"
            "- 롬앤 쥬시 래스팅 틴트 #피그피그\n"
            "- 소니 ZV-E10 II + 시그마 18-50\n"
            "- 스탠리 퀜처 텀블러 (뉴욕 블루 색상)\n"
            "- 무인양품 여권 케이스\n\n"
            "🎁 야놀자 숙소 10% 할인코드: SOYEON10\n"
            "00:00 인트로\n00:06 파우치\n00:24 카메라 가방\n00:40 아웃트로\n\n"
            "인스타 @soyeon.bag · 메일 soyeon.biz@example.com\n"
            "#왓츠인마이백 #whatsinmybag #파우치 #여행준비"
        ),
        "chapters": [(0, "인트로"), (6, "파우치"), (24, "카메라 가방"), (40, "아웃트로")],
        "transcript": [
            (0.5, 4.5, "안녕하세요 소연입니다 오늘은 여행 갈 때 들고 다니는 가방을 털어볼게요"),
            (6.5, 4.5, "먼저 파우치부터 라운드랩 독도 토너 이건 미니 사이즈로 꼭 챙겨요"),
            (11.5, 4.5, "이니스프리 제주 화산송이 마스크는 비행기 타고 나서 모공 관리용"),
            (17.0, 4.5, "틴트는 롬앤 피그피그 색이 데일리로 딱이에요"),
            (24.5, 4.5, "카메라는 소니 ZV-E10 투 렌즈는 시그마 18-50 끼워 다녀요"),
            (30.0, 4.5, "텀블러는 스탠리 뉴욕 블루 색상인데 보온이 진짜 오래가요"),
            (35.5, 4.0, "여권 케이스는 무인양품에서 산 거예요"),
            (40.5, 4.5, "숙소 예약은 야놀자 할인코드 더보기란에 있어요 구독 좋아요 부탁드려요"),
        ],
        "captions": [
            (0, 6, "WHAT'S IN MY BAG 👜", "box"),
            (6, 11, "라운드랩 1025 독도 토너", "box"),
            (11, 17, "이니스프리 제주 화산송이 마스크", "box"),
            (17, 24, "롬앤 #피그피그", "box"),
            (24, 30, "SONY ZV-E10 II", "box"),
            (30, 35, "스탠리 퀜처 (뉴욕 블루)", "box"),
            (35, 40, "무인양품 여권 케이스 19,900원", "small"),
            (40, 48, "할인코드 SOYEON10", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
    # 12. No places (English) — study with me, café-ambience title, place-like music credits and products.
    {
        "id": "sTuDyWiThMe",
        "lang": "en",
        "auto_captions": True,
        "title": "2 Hour Study With Me ☕ Rainy Paris Café Ambience | Pomodoro 50/10 | lofi",
        "channel": "studywithclaire",
        "duration": 40,
        "description": (
            "Let's study together! ☕📚 50 min focus / 10 min break.\n\n"
            "Ambience: \"Rainy Night in a Paris Café\" (Calm Café Sounds)\n"
            "Music: Lofi Girl — \"Seoul Nights\", \"Tokyo Drift (lofi)\" by Brooklyn Beats\n\n"
            "What's on my desk:\n"
            "• Muji 0.38 gel pens\n"
            "• Midori MD notebook A5\n"
            "• Uji matcha latte (Kyoto Matcha brand)\n"
            "• iPad Air + Goodnotes, Notion planner template (link below)\n\n"
            "0:00 intro\n0:10 session 1\n0:30 break\n\n"
            "Instagram @studywithclaire · claire.studies@example.com\n"
            "#studywithme #pomodoro #lofi #studymotivation"
        ),
        "chapters": [(0, "intro"), (10, "session 1"), (30, "break")],
        "transcript": [
            (0.5, 4.5, "hi everyone welcome back to my channel it's Claire"),
            (5.0, 4.5, "today I'm studying for my organic chemistry final chapter seven"),
            (30.5, 4.5, "okay break time I made an iced matcha latte with Uji matcha"),
            (35.0, 4.5, "stretch drink some water and I'll see you in the next session"),
        ],
        "captions": [
            (0, 10, "STUDY WITH ME ☕", "outline"),
            (10, 30, "FOCUS 50:00", "small"),
            (12, 30, "today: orgo ch.7 · flashcards", "box"),
            (30, 40, "BREAK 10:00", "yellow"),
        ],
        "places": [],
        "optional": [],
    },
]
