"""Twenty-first blind holdout: realistic travel/food vlog bundles with ground truth.

Written without reading the extraction code, its tests or the other holdouts'
cases. Places are real; coordinates are approximate (WGS84). Do not tune on it.

Eight English cases written to look like real creator captions (Mexico City,
Kyoto, Florence, Marrakech, Hanoi, New Orleans, Tbilisi, and a Peruvian food
explainer): run-on sentences cut mid-phrase across cues, place names split over
two cues (Palacio de / Bellas Artes, Piazzale / Michelangelo, Café du / Monde,
Salobie / Bia...), famous sights named with no place word (Fushimi Inari, the
Duomo, Ponte Vecchio, Jemaa el-Fnaa), small places named once in passing
speech, a hostel named only in the tags, a temple named only in the title, one
lower-case rolling auto-caption track with no punctuation and misheard names.
Four Korean everyday vlogs (구어체; 📍 pin lines in one description, an empty
description in another, 📍 on-screen captions, a restaurant named only in the
title). Two cases (one English, one Korean) visit no named venue: a cuisine
explainer full of dish names built from place names, and a convenience-store
product review whose products carry city names. Their correct answer is an
empty place list.

Labelling follows ../shared/eval/real-dev/README.md: venues and attractions the
video visits or recommends are required; cities, regions, neighbourhoods,
districts, stations, transit, rivers and lakes only seen, parts of a visited
place, places passed, skipped, compared with or announced for later, and
anything whose status was uncertain are optional. Brands, products, dishes,
drinks and people are left out of optional on purpose, including those named
like places (Mexican Coke, Pocari Sweat, La Favolosa, Negroni, Berber whisky,
Casablanca beer, bia hanoi, Sazerac, Abita Amber, Borjomi, Kindzmarauli, Inca
Kola, Cusqueña, causa limeña, papa a la huancaína, 초당순두부, 전주비빔밥,
황남빵, 안성탕면, 서울우유, 제주 한라봉 젤리, 부산 어묵바) and people (Diego
Rivera, Frida, Brunelleschi, Yves Saint Laurent, Obama, Anthony Bourdain, Louis
Armstrong, Pushkin, 태조 이성계, 선덕여왕): naming them is a false positive.
"""

CASES = [
    # ---------------------------------------------------------------- English
    {
        "id": "H21mXcTac0s",
        "lang": "en",
        "title": "MEXICO CITY Street Food + Sights 🇲🇽 Our First 48 Hours in CDMX (tacos, Frida's house & churros)",
        "channel": "Kel & Mo Eat the World",
        "duration": 148,
        "tags": ["mexico city", "cdmx", "mexico city travel vlog", "tacos", "el califa de leon", "casa azul", "churros", "mexico street food", "travel couple"],
        "description": (
            "48 hours in Mexico City and we ate SO many tacos 🌮🌮\n"
            "We stayed in Roma Norte, honestly the perfect base if it's your first time.\n\n"
            "0:00 Intro\n"
            "0:13 Tacos\n"
            "0:42 Bellas Artes + Zócalo\n"
            "1:18 Churros\n"
            "1:35 Coyoacán\n"
            "2:18 Outro\n\n"
            "🎵 Music: Epidemic Sound\n"
            "📷 Sony A7C + Rode VideoMicro\n"
            "Business: kelandmo.eats@gmail.com"
        ),
        "chapters": [(0, "Intro"), (13, "Tacos"), (42, "Bellas Artes + Zócalo"), (78, "Churros"), (95, "Coyoacán"), (138, "Outro")],
        "transcript": [
            (0.0, 4.5, "What's up guys, welcome back, it is our first morning in Mexico City"),
            (4.5, 4.6, "and we are starving, so the plan today is tacos, museums, more tacos,"),
            (9.3, 2.7, "and then churros. That's the whole plan."),
            (13.3, 4.9, "Okay so first stop, we took an Uber up to San Rafael to a tiny taco stand"),
            (18.5, 4.4, "called El Califa de León. This place got a Michelin star last year"),
            (22.9, 4.0, "and it's literally just a counter, like, there are no seats."),
            (27.1, 4.3, "We got the gaonera, which is thin-sliced beef on a fresh tortilla"),
            (31.5, 3.1, "with a little salsa and lime and... oh my God."),
            (34.9, 4.0, "That's like... I don't even have words. With a Mexican Coke,"),
            (38.9, 1.8, "a hundred percent the move."),
            (42.1, 4.3, "From there we headed into the Centro, and this is the Palacio de"),
            (46.5, 4.7, "Bellas Artes, look at that dome. Inside there's murals by Diego Rivera"),
            (51.5, 2.3, "and it was free on Sunday, so, win."),
            (53.8, 4.9, "You can see the Torre Latinoamericana right across the street, apparently"),
            (58.9, 4.0, "there's a viewing deck up top but we didn't do it this time."),
            (63.0, 5.3, "Then we walked down Madero, which is all pedestrian, all the way to the Zócalo,"),
            (68.6, 4.6, "it's one of the biggest squares in the world and there's a giant flag"),
            (73.2, 3.5, "in the middle, and the cathedral's on the side there."),
            (78.1, 4.9, "Right, churro break. This is Churrería El Moro, it's been open since 1935"),
            (83.1, 4.4, "and you can watch them make the churros right there in the window."),
            (87.8, 4.0, "We got the churros with the hot chocolate, the Mexicano one,"),
            (91.8, 2.1, "and you dip it, like that. Mmm."),
            (95.3, 4.1, "Next day we headed south to Coyoacán to see the Casa Azul, the"),
            (99.5, 4.7, "Frida Kahlo Museum. Book your tickets online like a week ahead because"),
            (104.5, 4.4, "they sell out, we almost didn't get in. It's the house where Frida"),
            (108.9, 4.9, "was born and lived with Diego, and you can see her studio and her dresses."),
            (114.0, 4.4, "No filming in some of the rooms so, yeah, you'll have to trust us."),
            (118.5, 4.2, "After that we walked a couple blocks to the Mercado de Coyoacán"),
            (123.0, 4.3, "for tostadas. There's a stall in the middle that's always packed,"),
            (127.3, 2.9, "get the shrimp one and the tinga, trust me."),
            (130.4, 4.5, "We wanted to do dinner at Contramar tonight but it was fully booked,"),
            (135.0, 1.8, "so that's for next time."),
            (138.3, 3.9, "Tomorrow we're heading out to Teotihuacán for the pyramids,"),
            (142.2, 4.3, "so make sure you're subscribed so you don't miss that one. Adiós!"),
        ],
        "captions": [],
        "places": [
            {"name": "El Califa de León", "aliases": ["el califa de leon", "El Califa de Leon"], "address": "Av. Ribera de San Cosme 56, San Rafael, Cuauhtémoc, CDMX", "lat": 19.4404, "lng": -99.1600},
            {"name": "Palacio de Bellas Artes", "aliases": ["Bellas Artes"], "address": "Av. Juárez s/n, Centro Histórico, CDMX", "lat": 19.4352, "lng": -99.1413},
            {"name": "Zócalo", "aliases": ["Zocalo", "Plaza de la Constitución"], "address": "Plaza de la Constitución, Centro Histórico, CDMX", "lat": 19.4326, "lng": -99.1332},
            {"name": "Churrería El Moro", "aliases": ["El Moro", "Churreria El Moro"], "address": "Eje Central Lázaro Cárdenas 42, Centro Histórico, CDMX", "lat": 19.4331, "lng": -99.1417},
            {"name": "Casa Azul", "aliases": ["casa azul", "Frida Kahlo Museum", "Museo Frida Kahlo"], "address": "Londres 247, Del Carmen, Coyoacán, CDMX", "lat": 19.3551, "lng": -99.1625},
            {"name": "Mercado de Coyoacán", "aliases": ["Mercado de Coyoacan"], "address": "Ignacio Allende s/n, Del Carmen, Coyoacán, CDMX", "lat": 19.3520, "lng": -99.1620},
        ],
        "optional": ["Mexico City", "CDMX", "Mexico", "Roma Norte", "San Rafael", "Centro", "Centro Histórico", "Torre Latinoamericana", "Madero", "Coyoacán", "Contramar", "Teotihuacán"],
    },
    {
        "id": "H21kYtoInr1",
        "lang": "en",
        "title": "3 Days in Kyoto 🇯🇵 Fushimi Inari at Sunrise, Nishiki Market & Kinkakuji | Solo Japan Vlog",
        "channel": "Lena Travels Slow",
        "duration": 149,
        "tags": ["kyoto", "kyoto vlog", "japan travel", "fushimi inari", "kinkakuji", "arashiyama", "piece hostel sanjo", "solo female travel", "ramen", "japan itinerary"],
        "description": (
            "Kyoto stole my heart 🦊⛩️\n\n"
            "Full Japan itinerary + where I stayed is on my blog (link in bio)\n"
            "JR Pass or no JR Pass? Let me know in the comments!\n\n"
            "Music: Artlist\n"
            "#kyoto #japan #solotravel"
        ),
        "chapters": [],
        "transcript": [
            (0.0, 4.7, "Good morning from Kyoto, it's 5:40 a.m. and I'm on the very first train"),
            (4.7, 4.7, "because I really wanted to get to Fushimi Inari before the tour groups,"),
            (9.6, 2.7, "and... look at this. There's nobody here."),
            (12.4, 5.3, "So these are the torii gates, there's thousands of them, each one is donated by"),
            (18.0, 3.6, "a business, you can see the names written on the back."),
            (21.6, 5.0, "It takes about two to three hours if you hike all the way to the top. I did"),
            (26.8, 2.5, "maybe half, and then my legs said no."),
            (29.4, 5.1, "Okay, breakfast. I'm grabbing an onigiri and a Pocari Sweat from the konbini"),
            (34.8, 2.2, "by Inari Station, very glamorous."),
            (38.5, 4.5, "Back in the city I'm walking up to Kiyomizu-dera, which is this huge"),
            (43.2, 5.1, "wooden temple on the hillside. The main stage is built without a single nail,"),
            (48.4, 4.6, "which I think about a lot. And the view over Kyoto from up here, wow."),
            (53.3, 4.7, "The streets on the way up, Ninenzaka and Sannenzaka, are full of little"),
            (58.0, 4.1, "shops selling matcha everything, I had a matcha soft serve and"),
            (62.3, 3.8, "some yatsuhashi, which is like a cinnamon mochi triangle."),
            (67.4, 4.1, "For lunch I went to Nishiki Market, it's a long covered street"),
            (71.8, 4.9, "of food stalls, they call it Kyoto's kitchen. I had tamagoyaki on a stick,"),
            (76.7, 3.7, "a baby octopus with a quail egg in the head, don't ask,"),
            (80.6, 3.4, "and a Kit Kat... in sake flavour? Japan is amazing."),
            (85.1, 2.7, "Dinner was at a little place called Menya"),
            (88.1, 5.1, "Inoichi, it's a tiny ramen shop, I think eight seats, and the broth is clear"),
            (93.2, 3.1, "and dashi based, very light, and I'm obsessed."),
            (96.5, 4.3, "Then back to my hostel to crash, I'll leave the name down below,"),
            (100.9, 3.7, "it's super close to the river and the staff are lovely."),
            (106.4, 5.0, "Day two. I took the JR Sagano line out to Arashiyama and this is the bamboo"),
            (111.4, 5.4, "grove. Honestly it was busier than I hoped, but if you keep walking to the end it gets"),
            (117.0, 4.7, "quieter. The sound when the wind goes through the bamboo is so calming."),
            (121.8, 4.8, "Then I walked over the Togetsukyo Bridge and sat by the river for a bit."),
            (127.9, 4.5, "And my last stop, I took a bus up north to the golden temple, which,"),
            (132.4, 4.8, "photos do not do it justice. The top two floors are covered in gold leaf"),
            (137.4, 4.1, "and it's reflecting in the pond, it almost doesn't look real."),
            (141.6, 4.3, "Okay that's Kyoto! Tomorrow I'm heading to Nara to feed the deer,"),
            (146.2, 1.8, "so I'll see you there."),
        ],
        "captions": [],
        "places": [
            {"name": "Fushimi Inari", "aliases": ["Fushimi Inari Taisha", "伏見稲荷大社", "fushimi inari"], "address": "68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto", "lat": 34.9671, "lng": 135.7727},
            {"name": "Kiyomizu-dera", "aliases": ["Kiyomizudera", "清水寺"], "address": "1-294 Kiyomizu, Higashiyama Ward, Kyoto", "lat": 34.9949, "lng": 135.7850},
            {"name": "Nishiki Market", "aliases": ["錦市場"], "address": "Nishikikoji-dori, Nakagyo Ward, Kyoto", "lat": 35.0050, "lng": 135.7649},
            {"name": "Menya Inoichi", "aliases": ["麺屋猪一"], "address": "Shimogyo Ward, Kyoto", "lat": 35.0030, "lng": 135.7665},
            {"name": "Piece Hostel Sanjo", "aliases": ["piece hostel sanjo"], "address": "Sanjo, Nakagyo Ward, Kyoto", "lat": 35.0091, "lng": 135.7743},
            {"name": "Arashiyama Bamboo Grove", "aliases": ["bamboo grove", "Sagano Bamboo Forest"], "address": "Sagaogurayama Tabuchiyamacho, Ukyo Ward, Kyoto", "lat": 35.0170, "lng": 135.6713},
            {"name": "Kinkakuji", "aliases": ["Kinkaku-ji", "golden temple", "Golden Pavilion", "金閣寺"], "address": "1 Kinkakujicho, Kita Ward, Kyoto", "lat": 35.0394, "lng": 135.7292},
        ],
        "optional": ["Kyoto", "Japan", "Inari Station", "Ninenzaka", "Sannenzaka", "Arashiyama", "JR Sagano line", "Togetsukyo Bridge", "Nara", "torii gates"],
    },
    {
        "id": "H21fLrnceVn",
        "lang": "en",
        "title": "FLORENCE, ITALY 🇮🇹 Best Things To Do (and EAT) in 2 Days",
        "channel": "Tom & Ally Abroad",
        "duration": 131,
        "tags": ["florence", "florence italy", "firenze", "things to do in florence", "italy travel vlog", "all'antico vinaio", "gelato", "tuscany", "italy 2024"],
        "description": (
            "Two days in Florence, one giant sandwich, way too much gelato 🥪🍦\n\n"
            "0:00 Arrival\n"
            "0:12 The Duomo\n"
            "0:45 Mercato Centrale\n"
            "1:02 Sandwiches & gelato\n"
            "1:30 Ponte Vecchio & sunset\n\n"
            "Everything we use to film: link in bio\n"
            "#florence #italy #travelvlog"
        ),
        "chapters": [(0, "Arrival"), (12, "The Duomo"), (45, "Mercato Centrale"), (62, "Sandwiches & gelato"), (90, "Ponte Vecchio & sunset")],
        "transcript": [
            (0.0, 4.5, "Ciao from Florence! We just got off the train at Santa Maria Novella"),
            (4.5, 4.7, "and we're walking to our Airbnb, and literally you turn one corner and"),
            (9.4, 1.9, "boom, there it is. The Duomo."),
            (12.6, 4.5, "So the Duomo is the cathedral, the dome was designed by Brunelleschi"),
            (17.4, 4.8, "and it was the biggest dome in the world when they built it, and you can"),
            (22.2, 3.3, "climb it, it's four hundred and sixty-three steps."),
            (25.7, 4.3, "We did the climb at 8:15 in the morning which I highly recommend,"),
            (30.1, 5.3, "it gets really tight near the top where you're walking between the two shells of"),
            (35.7, 2.9, "the dome, and then you come out and... wow."),
            (38.6, 5.5, "You can also do Giotto's bell tower next door, we skipped that, our legs were done."),
            (45.5, 4.5, "Lunch! We're at Mercato Centrale, downstairs is the old market with"),
            (50.1, 4.1, "the butchers and the produce and upstairs is a big food hall."),
            (54.5, 4.7, "Tom is getting the lampredotto, which is cow stomach, very Florentine,"),
            (59.2, 2.1, "I am getting pasta. No regrets."),
            (62.7, 4.7, "Okay, the famous one. All'Antico Vinaio. The line goes all the way down"),
            (67.5, 2.8, "Via dei Neri but it moves fast, I promise."),
            (70.6, 4.2, "This is La Favolosa, it's got salami, pecorino cream, artichoke"),
            (74.8, 3.3, "and spicy eggplant, and it is the size of my head."),
            (78.3, 4.7, "And then literally a few doors down, Gelateria dei Neri, which a local"),
            (83.1, 4.5, "told us is way better than the touristy places by the bridge. I got"),
            (87.9, 1.8, "pistachio and ricotta fig."),
            (90.9, 4.5, "We walked along the Arno past the Uffizi, we didn't go in this time"),
            (95.6, 3.7, "because we didn't book, and then over the Ponte Vecchio,"),
            (99.4, 4.7, "the old bridge with all the little jewellery shops built right onto it."),
            (104.4, 3.2, "And then for sunset everyone goes up to Piazzale"),
            (107.6, 4.5, "Michelangelo, it's a bit of a climb up the stairs from the river but"),
            (112.3, 2.9, "this view. Florence. All of it. So worth it."),
            (115.3, 4.8, "We had a Negroni up there, which was actually invented here in Florence,"),
            (120.4, 4.1, "and someone was playing guitar, honestly the perfect evening."),
            (124.5, 5.1, "Tomorrow we're doing a day trip to Siena and Chianti, so stay tuned for that."),
        ],
        "captions": [],
        "places": [
            {"name": "Duomo", "aliases": ["the Duomo", "Florence Cathedral", "Santa Maria del Fiore"], "address": "Piazza del Duomo, 50122 Firenze", "lat": 43.7731, "lng": 11.2560},
            {"name": "Mercato Centrale", "aliases": ["Mercato Centrale Firenze"], "address": "Via dell'Ariento, 50123 Firenze", "lat": 43.7765, "lng": 11.2534},
            {"name": "All'Antico Vinaio", "aliases": ["all'antico vinaio", "Antico Vinaio"], "address": "Via dei Neri 65r, 50122 Firenze", "lat": 43.7684, "lng": 11.2569},
            {"name": "Gelateria dei Neri", "aliases": [], "address": "Via dei Neri 9/11r, 50122 Firenze", "lat": 43.7680, "lng": 11.2592},
            {"name": "Ponte Vecchio", "aliases": [], "address": "Ponte Vecchio, 50125 Firenze", "lat": 43.7680, "lng": 11.2531},
            {"name": "Piazzale Michelangelo", "aliases": [], "address": "Piazzale Michelangelo, 50125 Firenze", "lat": 43.7629, "lng": 11.2651},
        ],
        "optional": ["Florence", "Firenze", "Italy", "Tuscany", "Santa Maria Novella", "Giotto's bell tower", "Via dei Neri", "Arno", "Uffizi", "Siena", "Chianti"],
    },
    {
        "id": "H21mRrkSh9q",
        "lang": "en",
        "title": "Marrakech Vlog 🇲🇦 | Getting Lost in the Medina, Jardin Majorelle & the BEST rooftop lunch",
        "channel": "Sara Sees The World",
        "duration": 123,
        "tags": ["marrakech", "marrakesh", "morocco travel", "jemaa el fna", "riad", "marrakech vlog", "morocco vlog", "things to do in marrakech"],
        "description": (
            "Marrakech was CHAOS and I loved every second 🧡\n"
            "We stayed in a riad in the medina (name in the video!)\n\n"
            "Don't forget travel insurance, I use SafetyWing (not sponsored lol)\n"
            "Instagram: @sara.sees.the.world"
        ),
        "chapters": [],
        "transcript": [
            (0.0, 5.1, "Salam from Marrakech! So this is our riad, Riad Yasmine, you've probably seen"),
            (5.1, 5.6, "this pool on Instagram like a thousand times, and yes it's even prettier in real life."),
            (10.9, 5.1, "Okay we're heading out into the medina now, wish us luck, because Google Maps"),
            (16.1, 2.0, "does not work in here. At all."),
            (19.4, 4.5, "First stop is the Bahia Palace, it's a nineteenth century palace and"),
            (23.9, 4.0, "the tile work and the carved cedar ceilings are just unreal."),
            (28.1, 5.1, "Tickets were seventy dirhams each I think. Go early, by eleven it was packed."),
            (33.3, 4.3, "Then we wandered through the souks for like two hours, I bought a"),
            (37.9, 3.9, "little leather bag and I definitely overpaid, but whatever."),
            (41.8, 4.3, "We stopped in Le Jardin Secret to escape the heat for a bit, it's"),
            (46.3, 5.5, "this restored garden right in the middle of the medina and it's so quiet, like, you"),
            (51.9, 3.6, "wouldn't believe the souks are right outside the wall."),
            (56.8, 4.1, "Lunch was at Café des Épices, which has a rooftop looking over"),
            (60.9, 4.2, "the spice square, we had the chicken tagine and fresh mint tea,"),
            (65.3, 3.3, "or as the guys at the riad call it, Berber whisky."),
            (69.9, 3.4, "Okay, afternoon, we took a petit taxi out to Jardin"),
            (73.6, 5.6, "Majorelle, the blue garden that Yves Saint Laurent bought and restored. That blue is"),
            (79.2, 5.6, "actually called Majorelle blue, after the painter. The YSL museum is right next door but"),
            (85.0, 2.5, "we ran out of time for it, next trip."),
            (88.8, 4.4, "And for sunset we went back to Jemaa el-Fnaa, the main square, and"),
            (93.5, 5.6, "honestly at night it turns into something else entirely, there's smoke from the food stalls,"),
            (99.1, 3.7, "snake charmers, musicians, it's a lot. In the best way."),
            (103.0, 4.9, "We had dinner on the terrace at Nomad, which is a bit more modern, and the"),
            (108.0, 5.6, "lamb was incredible. I wanted to try a Casablanca beer but they don't serve alcohol,"),
            (113.9, 1.9, "so, fresh orange juice it is."),
            (115.8, 5.5, "Tomorrow we're heading up into the Atlas Mountains, so that's the next video. Bye!"),
        ],
        "captions": [
            (0, 5, "RIAD YASMINE 🌿"),
            (19, 24, "Bahia Palace • 70 MAD"),
        ],
        "places": [
            {"name": "Riad Yasmine", "aliases": [], "address": "209 Diour Saboun, Bab Taghzout, Marrakech", "lat": 31.6366, "lng": -7.9883},
            {"name": "Bahia Palace", "aliases": ["Palais de la Bahia"], "address": "Rue Riad Zitoun el Jdid, Marrakech", "lat": 31.6216, "lng": -7.9833},
            {"name": "Le Jardin Secret", "aliases": ["Jardin Secret"], "address": "121 Rue Mouassine, Marrakech", "lat": 31.6309, "lng": -7.9883},
            {"name": "Café des Épices", "aliases": ["Cafe des Epices"], "address": "75 Rahba Lakdima, Marrakech", "lat": 31.6300, "lng": -7.9860},
            {"name": "Jardin Majorelle", "aliases": ["Majorelle Garden"], "address": "Rue Yves Saint Laurent, Marrakech", "lat": 31.6416, "lng": -8.0033},
            {"name": "Jemaa el-Fnaa", "aliases": ["jemaa el fna", "Jemaa el Fna", "Djemaa el Fna"], "address": "Jemaa el-Fnaa, Medina, Marrakech", "lat": 31.6258, "lng": -7.9892},
            {"name": "Nomad", "aliases": ["Nomad Marrakech"], "address": "1 Derb Aarjan, Rahba Lakdima, Marrakech", "lat": 31.6296, "lng": -7.9864},
        ],
        "optional": ["Marrakech", "Marrakesh", "Morocco", "medina", "souks", "spice square", "YSL museum", "Atlas Mountains"],
    },
    {
        "id": "H21hNoiEgg7",
        "lang": "en",
        "auto_captions": True,
        "title": "HANOI street food + egg coffee ☕ | Train Street, Bun Cha & Old Quarter (Vietnam vlog ep.2)",
        "channel": "jake on the road",
        "duration": 101,
        "tags": ["hanoi", "vietnam", "train street hanoi", "egg coffee", "bun cha", "hanoi vlog", "backpacking vietnam", "southeast asia"],
        "description": "",
        "chapters": [],
        "transcript": [
            (0.0, 2.8, "all right good morning everybody we are"),
            (2.8, 2.3, "in hanoi vietnam it is super hot"),
            (5.1, 2.6, "already and we're walking around hoan"),
            (7.7, 2.9, "kiem lake which is kind of the center of"),
            (10.6, 2.9, "the old quarter everybody comes out here"),
            (13.5, 2.4, "in the morning to do exercise and"),
            (15.9, 2.6, "there's ladies doing like aerobics to"),
            (18.5, 1.9, "music it's amazing"),
            (20.4, 2.6, "over here is the the red bridge that"),
            (23.0, 2.8, "goes to knock son temple it's only like"),
            (25.8, 2.8, "thirty thousand dong to go in so we did"),
            (28.6, 1.9, "that real quick"),
            (30.5, 2.6, "okay so now we're on the famous train"),
            (33.1, 3.2, "street the train comes through a couple times a"),
            (36.3, 2.7, "day and the cafes literally pull their"),
            (39.0, 2.6, "chairs in like seconds before it goes"),
            (41.6, 1.9, "by"),
            (43.5, 1.9, "here it comes oh my god"),
            (45.4, 1.9, "that was so close"),
            (47.3, 2.6, "okay lunch time and we are at bun cha"),
            (49.9, 2.4, "huong lien this is where obama and"),
            (52.3, 2.4, "anthony bourdain ate together they"),
            (54.7, 2.8, "literally have the table in a glass box"),
            (57.5, 2.6, "you can get the obama combo which is"),
            (60.1, 2.5, "bun cha a seafood spring roll and a"),
            (62.6, 1.9, "bia hanoi"),
            (64.5, 2.6, "the pork is grilled over charcoal and"),
            (67.1, 2.9, "you dip the noodles in the broth so good"),
            (70.0, 2.4, "afternoon we went to the temple of"),
            (72.4, 2.5, "literature which is vietnam's first"),
            (74.9, 2.6, "university from like a thousand years"),
            (77.5, 2.6, "ago really peaceful lots of students"),
            (80.1, 1.9, "taking graduation photos"),
            (82.0, 2.6, "and we finished the day at cafe giang"),
            (84.6, 2.8, "for egg coffee this is where egg coffee"),
            (87.4, 2.8, "was invented back in the forties you go"),
            (90.2, 2.7, "down this tiny alley and it's upstairs"),
            (92.9, 2.3, "it tastes like tiramisu honestly"),
            (95.2, 2.7, "tomorrow we're taking a bus to ha long"),
            (97.9, 1.9, "bay so stay tuned peace"),
        ],
        "captions": [],
        "places": [
            {"name": "Hoan Kiem Lake", "aliases": ["hoan kiem lake", "Hồ Hoàn Kiếm"], "address": "Hoàn Kiếm, Hà Nội", "lat": 21.0288, "lng": 105.8525},
            {"name": "Ngoc Son Temple", "aliases": ["knock son temple", "Đền Ngọc Sơn"], "address": "Đinh Tiên Hoàng, Hoàn Kiếm, Hà Nội", "lat": 21.0307, "lng": 105.8524},
            {"name": "Train Street", "aliases": ["train street", "Hanoi Train Street"], "address": "Trần Phú / Lê Duẩn, Hoàn Kiếm, Hà Nội", "lat": 21.0290, "lng": 105.8440},
            {"name": "Bun Cha Huong Lien", "aliases": ["bun cha huong lien", "Bún Chả Hương Liên"], "address": "24 Lê Văn Hưu, Hai Bà Trưng, Hà Nội", "lat": 21.0182, "lng": 105.8537},
            {"name": "Temple of Literature", "aliases": ["temple of literature", "Văn Miếu"], "address": "58 Quốc Tử Giám, Đống Đa, Hà Nội", "lat": 21.0286, "lng": 105.8355},
            {"name": "Cafe Giang", "aliases": ["cafe giang", "Café Giảng"], "address": "39 Nguyễn Hữu Huân, Hoàn Kiếm, Hà Nội", "lat": 21.0334, "lng": 105.8545},
        ],
        "optional": ["hanoi", "vietnam", "old quarter", "ha long bay", "red bridge", "southeast asia"],
    },
    {
        "id": "H21nOlaJzz4",
        "lang": "en",
        "title": "New Orleans Food Tour 🎺 Beignets, Fried Chicken & Live Jazz (First Time in NOLA!)",
        "channel": "Marcus & Jen",
        "duration": 121,
        "tags": ["new orleans", "nola", "new orleans food", "cafe du monde", "frenchmen street", "preservation hall", "french quarter", "beignets", "travel vlog"],
        "description": (
            "Our first time in New Orleans and we're already planning to come back 🎷\n\n"
            "0:00 Beignets\n"
            "0:23 Jackson Square\n"
            "0:44 Fried chicken\n"
            "1:04 Garden District\n"
            "1:21 Jazz night\n\n"
            "Follow us on IG @marcusandjen\n"
            "Music: Musicbed"
        ),
        "chapters": [(0, "Beignets"), (23, "Jackson Square"), (44, "Fried chicken"), (64, "Garden District"), (81, "Jazz night")],
        "transcript": [
            (0.0, 4.6, "Good morning from New Orleans! We're in the French Quarter and we are"),
            (4.6, 4.9, "starting the day the only way you're supposed to, with beignets at Café du"),
            (9.7, 4.1, "Monde. It's open twenty-four seven, cash only, so bring cash,"),
            (13.9, 4.9, "and you're going to get powdered sugar all over yourself, just accept it."),
            (19.1, 3.5, "Three beignets and a café au lait, that's the order."),
            (23.8, 4.3, "Right across the street is Jackson Square, there's artists set up"),
            (28.3, 5.0, "all along the fence and a brass band playing, which, at nine a.m., love it."),
            (33.4, 4.9, "And that behind me is St. Louis Cathedral, it's the oldest cathedral still"),
            (38.6, 4.3, "in use in the U.S. We popped inside for a minute, it's beautiful."),
            (44.1, 3.8, "Okay, lunch, we took an Uber out to Tremé to Willie Mae's"),
            (48.1, 4.2, "Scotch House, people say it's the best fried chicken in America"),
            (52.4, 5.0, "and... yeah. I mean, yeah. The crust is so crispy and it's not even greasy."),
            (57.7, 3.3, "Marcus got the butter beans on the side, I got the"),
            (61.0, 2.3, "red beans, both a hundred percent."),
            (64.7, 5.2, "In the afternoon we rode the St. Charles streetcar through the Garden District"),
            (70.0, 5.6, "just to look at the houses, and we walked past Commander's Palace, we didn't eat there"),
            (75.9, 4.4, "this trip but everyone says do the twenty-five cent martini lunch."),
            (81.5, 4.7, "Night time! We waited in line for Preservation Hall, the shows are like"),
            (86.4, 4.2, "forty-five minutes, no drinks, no phones, just jazz, and it was"),
            (90.7, 3.7, "honestly one of the best things we've done in any city."),
            (94.7, 4.1, "They even did a Louis Armstrong song at the end, I got chills."),
            (98.8, 5.2, "Then we walked over to Frenchmen Street, which is where locals actually go for"),
            (104.2, 5.1, "music, skip Bourbon Street, trust us, every bar on Frenchmen has a live band"),
            (109.4, 2.5, "and there's no cover at most of them."),
            (112.2, 4.3, "I tried a Sazerac, which is the official cocktail of New Orleans,"),
            (116.5, 3.5, "Jen had an Abita Amber, and that's a wrap on day one."),
        ],
        "captions": [],
        "places": [
            {"name": "Café du Monde", "aliases": ["Cafe du Monde", "cafe du monde"], "address": "800 Decatur St, New Orleans, LA 70116", "lat": 29.9575, "lng": -90.0618},
            {"name": "Jackson Square", "aliases": [], "address": "701 Decatur St, New Orleans, LA 70116", "lat": 29.9574, "lng": -90.0629},
            {"name": "St. Louis Cathedral", "aliases": ["Saint Louis Cathedral"], "address": "615 Pere Antoine Alley, New Orleans, LA 70116", "lat": 29.9581, "lng": -90.0637},
            {"name": "Willie Mae's Scotch House", "aliases": ["Willie Mae's"], "address": "2401 St Ann St, New Orleans, LA 70119", "lat": 29.9672, "lng": -90.0766},
            {"name": "Preservation Hall", "aliases": ["preservation hall"], "address": "726 St Peter St, New Orleans, LA 70116", "lat": 29.9584, "lng": -90.0654},
            {"name": "Frenchmen Street", "aliases": ["Frenchmen", "frenchmen street"], "address": "Frenchmen St, New Orleans, LA 70116", "lat": 29.9643, "lng": -90.0577},
        ],
        "optional": ["New Orleans", "NOLA", "French Quarter", "Tremé", "America", "U.S.", "St. Charles streetcar", "Garden District", "Commander's Palace", "Bourbon Street"],
    },
    {
        "id": "H21tBlsiKh2",
        "lang": "en",
        "title": "TBILISI, GEORGIA 🇬🇪 Sulfur Baths, Khinkali & Wine | Cheapest Country in Europe??",
        "channel": "Backpack Ben",
        "duration": 132,
        "tags": ["tbilisi", "georgia travel", "tbilisi vlog", "khinkali", "sulfur baths", "narikala", "caucasus", "budget travel", "georgian wine"],
        "description": (
            "Georgia might be the most underrated country I've ever been to. Prices + my route below 👇\n\n"
            "Hostel: Fabrika (~$15/night dorm)\n"
            "Total spent in 4 days: ~$180 including way too much wine\n\n"
            "Next up: Kazbegi 🏔️"
        ),
        "chapters": [],
        "transcript": [
            (0.0, 4.9, "Gamarjoba from Tbilisi! This is my hostel, Fabrika, it used to be a Soviet"),
            (4.9, 5.6, "sewing factory and now it's got a hostel, bars, coffee shops, street art in the courtyard,"),
            (10.7, 2.2, "super cool spot to base yourself."),
            (13.0, 4.9, "Today I'm doing the old town, so I'm gonna walk down Rustaveli Avenue and"),
            (18.2, 1.8, "across the river."),
            (21.2, 4.3, "This is the Bridge of Peace, it's this glass and steel thing that"),
            (25.7, 4.8, "lights up at night, people either love it or hate it. I kind of love it."),
            (30.6, 4.7, "From the park here you can take the cable car up to Narikala Fortress,"),
            (35.6, 2.9, "it's like two lari with the transport card."),
            (38.5, 4.8, "The fortress goes back to the fourth century and the view is insane, you"),
            (43.5, 5.5, "can see the whole city, the old wooden balconies, the churches. And along the ridge"),
            (49.1, 4.5, "there's Mother of Georgia, the big aluminium lady with the sword and"),
            (53.9, 4.3, "the wine cup, sword for enemies, wine for friends. Very Georgian."),
            (59.4, 5.6, "Then I walked down into Abanotubani, which is the bath district, all those brick domes."),
            (65.2, 4.6, "I booked a private room at Chreli Abano, the one with the blue mosaic"),
            (69.9, 4.9, "front, forty-five minutes for about a hundred lari with the scrub, and oh"),
            (75.1, 5.6, "man, the sulfur smell, you get used to it. Pushkin apparently said it was the best bath"),
            (80.7, 1.8, "he'd ever had."),
            (83.9, 2.7, "Okay, I'm starving. Dinner is at Salobie"),
            (86.7, 4.1, "Bia, it's a tiny basement place, the lobiani and the bean soup"),
            (91.1, 4.1, "in a clay pot are unreal and everything was like twelve lari."),
            (95.2, 4.5, "Glass of Saperavi, and the guy at the next table insisted I try the"),
            (99.9, 5.3, "Kindzmarauli, which is a semi-sweet red, and then chacha, which is grape vodka,"),
            (105.3, 2.3, "and that's... strong. Very strong."),
            (109.1, 5.6, "Next morning, slightly hungover, I went to the Dry Bridge Market, which is like a flea market"),
            (114.7, 5.4, "with Soviet medals, old cameras, vinyl, I bought a little horn for drinking wine."),
            (120.3, 5.5, "Washing it all down with a Borjomi, this salty mineral water everyone drinks here."),
            (125.9, 5.1, "Tomorrow I'm taking a marshrutka up to Kazbegi, so see you in the mountains."),
        ],
        "captions": [],
        "places": [
            {"name": "Fabrika", "aliases": ["Fabrika Tbilisi"], "address": "8 Egnate Ninoshvili St, Tbilisi", "lat": 41.7095, "lng": 44.8028},
            {"name": "Bridge of Peace", "aliases": ["Peace Bridge"], "address": "Bridge of Peace, Old Tbilisi", "lat": 41.6929, "lng": 44.8083},
            {"name": "Narikala Fortress", "aliases": ["narikala", "Narikala"], "address": "Narikala, Old Tbilisi", "lat": 41.6878, "lng": 44.8087},
            {"name": "Chreli Abano", "aliases": ["Orbeliani Baths"], "address": "Abanotubani, Old Tbilisi", "lat": 41.6879, "lng": 44.8108},
            {"name": "Salobie Bia", "aliases": [], "address": "14 Machabeli St, Tbilisi", "lat": 41.6937, "lng": 44.7999},
            {"name": "Dry Bridge Market", "aliases": ["Dry Bridge"], "address": "Dry Bridge, Tbilisi", "lat": 41.6995, "lng": 44.8047},
        ],
        "optional": ["Tbilisi", "Georgia", "Europe", "caucasus", "old town", "Rustaveli Avenue", "cable car", "Mother of Georgia", "Abanotubani", "Kazbegi"],
    },
    {
        "id": "H21pEruFd0d",
        "lang": "en",
        "title": "PERUVIAN FOOD 101 🇵🇪 10 Things You HAVE to Try (Causa Limeña, Papa a la Huancaína, Pisco Sour...)",
        "channel": "Sofi Eats Everything",
        "duration": 105,
        "tags": ["peruvian food", "peru", "ceviche", "lomo saltado", "pisco sour", "inca kola", "peruvian cuisine explained", "latin american food"],
        "description": (
            "My mom's family is from Arequipa so this one is personal ❤️ Everything I grew up eating, explained.\n\n"
            "0:00 Intro\n"
            "0:13 Ceviche & lomo saltado\n"
            "0:41 Potatoes\n"
            "1:17 Drinks\n\n"
            "Recipes coming soon, tell me which one you want first!"
        ),
        "chapters": [(0, "Intro"), (13, "Ceviche & lomo saltado"), (41, "Potatoes"), (77, "Drinks")],
        "transcript": [
            (0.0, 3.9, "Hi everyone! So a lot of you asked me after my Lima videos"),
            (3.9, 5.3, "what you should actually order in Peru, so today it's Peruvian food one-oh-one,"),
            (9.4, 3.1, "sitting in my kitchen with way too many snacks."),
            (13.8, 5.0, "Number one, obviously, ceviche. Raw fish cured in lime juice with red onion"),
            (19.1, 5.1, "and ají limo, and that leftover juice is called leche de tigre, tiger's milk,"),
            (24.2, 2.3, "people drink it as a hangover cure."),
            (26.7, 4.9, "Lomo saltado is the one everyone loves, it's basically a stir fry of beef,"),
            (31.7, 5.0, "tomato and onion with soy sauce, and it comes with fries AND rice, which is"),
            (37.0, 3.2, "the Chinese influence, we call that style chifa."),
            (41.4, 5.4, "Peru has like four thousand kinds of potatoes, so we have to talk about potatoes."),
            (47.0, 4.3, "Causa limeña is a cold layered potato terrine with yellow chili,"),
            (51.4, 4.3, "and papa a la huancaína, which comes from Huancayo in the Andes,"),
            (56.0, 4.1, "is boiled potato with a creamy cheese and ají amarillo sauce."),
            (60.1, 4.3, "From my mom's side, rocoto relleno arequipeño, which is a stuffed"),
            (64.6, 4.0, "spicy pepper, it's from Arequipa, and it is HOT, be careful."),
            (68.7, 3.9, "Ají de gallina, shredded chicken in a creamy yellow sauce,"),
            (72.9, 3.4, "pure comfort food, my grandma made it every Sunday."),
            (77.5, 5.5, "Drinks! Inca Kola, the yellow soda, tastes like bubblegum, Peruvians are obsessed."),
            (83.2, 4.2, "Chicha morada is made from purple corn, pineapple and cinnamon,"),
            (87.5, 4.4, "and of course the pisco sour, pisco is a grape brandy, and we will"),
            (92.2, 3.1, "fight Chile about who invented it. No comment."),
            (95.3, 3.9, "If you want a beer, get a Cusqueña, that's the classic one."),
            (99.4, 3.7, "Let me know which one you want a recipe for next, chau!"),
        ],
        "captions": [],
        "places": [],
        "optional": ["Lima", "Peru", "Huancayo", "Andes", "Arequipa", "Chile"],
    },
    # ---------------------------------------------------------------- Korean
    {
        "id": "H21kGnGnUg5",
        "lang": "ko",
        "title": "강릉 당일치기 🌊 짬뽕순두부 → 테라로사 → 안목해변 커피거리 | 뚜벅이 여행 브이로그",
        "channel": "하루여행 수진",
        "duration": 87,
        "tags": ["강릉여행", "강릉당일치기", "짬뽕순두부", "테라로사", "안목해변", "뚜벅이여행", "브이로그"],
        "description": (
            "KTX 타고 강릉 당일치기 다녀왔어요! 뚜벅이도 충분히 가능한 코스 🚶‍♀️\n\n"
            "📍 동화가든 | 강원 강릉시 초당순두부길77번길 15\n"
            "📍 테라로사 커피공장 | 강원 강릉시 구정면 현천길 25\n"
            "📍 안목해변 커피거리 | 강원 강릉시 창해로14번길\n"
            "📍 경포대 | 강원 강릉시 경포로 365\n\n"
            "중앙시장은 기차 타기 전에 잠깐 들렀어요 ㅎㅎ\n"
            "#강릉여행 #강릉당일치기 #짬뽕순두부 #테라로사 #안목해변"
        ),
        "chapters": [],
        "transcript": [
            (0.0, 3.4, "안녕하세요 여러분 저 지금 강릉역 도착했어요"),
            (3.7, 5.0, "서울에서 KTX 타니까 두 시간도 안 걸리더라고요 완전 가까워요"),
            (9.2, 2.9, "일단 배고프니까 밥부터 먹으러 갈게요"),
            (13.3, 5.0, "짬뽕순두부 먹으러 초당 왔는데 와 줄 보세요 아침 열 시 반인데"),
            (18.7, 4.6, "여기 동화가든이에요 웨이팅 한 사십 분 정도 한 것 같아요"),
            (23.6, 5.0, "짬뽕순두부 나왔습니다 순두부가 진짜 몽글몽글하고 국물이 칼칼해요"),
            (29.1, 4.3, "초당순두부가 원래 바닷물로 간을 해서 그렇대요 신기하죠"),
            (33.6, 3.4, "배 터질 것 같아요 이제 커피 마시러 갑니다"),
            (38.4, 4.3, "테라로사 커피공장 왔어요 여기는 버스로 좀 가야 되는데"),
            (43.0, 5.0, "건물이 벽돌로 돼 있어서 분위기 완전 좋아요 빵도 같이 시켰어요"),
            (48.5, 4.1, "드립 커피 시켰는데 산미가 있어서 저는 너무 좋았어요"),
            (53.8, 4.9, "오후에는 안목해변으로 넘어왔어요 커피거리라서 카페가 쭉 있어요"),
            (59.1, 4.3, "바다 보면서 그냥 멍 때리기 최고 파도 소리 들리시나요"),
            (64.7, 4.6, "해 질 때쯤 경포대 올라갔어요 정자에서 경포호가 다 보여요"),
            (69.8, 4.6, "원래 오죽헌도 가려고 했는데 시간이 애매해서 다음에 가기로"),
            (74.6, 5.6, "기차 타기 전에 중앙시장 들러서 닭강정 하나 샀어요 기차에서 먹을 거예요"),
            (80.6, 4.9, "오늘 하루 알차게 잘 놀았다 다음 영상은 주문진 편이에요 안녕"),
        ],
        "captions": [
            (0, 5, "📍 강릉역"),
            (13, 19, "📍 동화가든 (웨이팅 40분)"),
            (23, 28, "짬뽕순두부 12,000원"),
            (38, 44, "📍 테라로사 커피공장"),
            (53, 59, "📍 안목해변"),
            (64, 69, "📍 경포대"),
            (74, 79, "중앙시장 닭강정 🍗"),
        ],
        "places": [
            {"name": "동화가든", "aliases": ["Donghwa Garden"], "address": "강원 강릉시 초당순두부길77번길 15", "lat": 37.7912, "lng": 128.9150},
            {"name": "테라로사 커피공장", "aliases": ["테라로사", "Terarosa"], "address": "강원 강릉시 구정면 현천길 25", "lat": 37.7190, "lng": 128.8880},
            {"name": "안목해변", "aliases": ["안목해변 커피거리", "커피거리", "Anmok Beach"], "address": "강원 강릉시 창해로14번길", "lat": 37.7719, "lng": 128.9477},
            {"name": "경포대", "aliases": ["Gyeongpodae"], "address": "강원 강릉시 경포로 365", "lat": 37.7954, "lng": 128.8963},
            {"name": "중앙시장", "aliases": ["강릉중앙시장", "강릉 중앙시장", "Gangneung Jungang Market"], "address": "강원 강릉시 금성로 21", "lat": 37.7545, "lng": 128.8985},
        ],
        "optional": ["강릉", "강릉역", "서울", "KTX", "초당", "경포호", "오죽헌", "주문진"],
    },
    {
        "id": "H21jNjuHnk3",
        "scene": "busy",
        "lang": "ko",
        "title": "전주 한옥마을 브이로그 | 한복 입고 하루 종일 먹기만 함 ㅋㅋ",
        "channel": "먹고 걷고 윤아",
        "duration": 73,
        "tags": [],
        "description": "",
        "chapters": [],
        "transcript": [
            (0.0, 4.7, "오늘은 전주에 왔습니다 터미널에서 택시 타고 바로 한옥마을로"),
            (5.0, 3.4, "일단 한복부터 빌렸어요 두 시간에 만오천 원"),
            (8.9, 3.1, "사진 잘 나오죠 ㅋㅋ 날씨가 너무 좋아요"),
            (13.2, 4.7, "여기가 경기전인데요 태조 이성계 어진이 모셔져 있는 곳이래요"),
            (18.3, 3.6, "안에 대나무 숲이 있는데 여기 사진 맛집이에요"),
            (23.0, 2.1, "바로 맞은편에 있는 게 전동"),
            (25.6, 4.3, "성당인데 진짜 유럽 온 줄 알았어요 벽돌이 너무 예뻐요"),
            (31.1, 4.9, "점심은 베테랑 칼국수 먹으러 왔어요 전주 오면 무조건 여기래요"),
            (36.4, 4.7, "들깨 들어가서 국물이 걸쭉하고 고소해요 만두도 하나 시켰어요"),
            (41.4, 5.6, "원래 풍년제과 초코파이도 사 가려고 했는데 줄이 너무 길어서 포기했어요"),
            (47.5, 4.9, "한옥마을 골목골목 걸어 다니면서 문어꼬치도 먹고 식혜도 마시고"),
            (53.6, 4.3, "저녁에는 남부시장 야시장 왔어요 금요일 토요일만 한대요"),
            (58.3, 4.4, "여기서 수제 맥주랑 떡갈비 먹었는데 떡갈비 진짜 맛있어요"),
            (63.0, 3.4, "비빔밥은 못 먹었네요 전주비빔밥은 다음에 꼭"),
            (66.9, 4.9, "다음에는 오목대도 올라가 보고 싶어요 오늘 영상 여기까지 안녕"),
        ],
        "captions": [
            (0, 5, "전주 한옥마을 🏯"),
            (5, 10, "한복 대여 2시간 15,000원"),
            (13, 18, "경기전 慶基殿"),
            (18, 22, "대나무숲 포토존"),
            (31, 37, "베테랑 칼국수 🍜"),
            (53, 59, "남부시장 야시장 (금·토만!)"),
        ],
        "places": [
            {"name": "전주한옥마을", "aliases": ["한옥마을", "전주 한옥마을", "Jeonju Hanok Village"], "address": "전북 전주시 완산구 기린대로 99", "lat": 35.8151, "lng": 127.1530},
            {"name": "경기전", "aliases": ["慶基殿", "Gyeonggijeon"], "address": "전북 전주시 완산구 태조로 44", "lat": 35.8153, "lng": 127.1498},
            {"name": "전동성당", "aliases": ["전동 성당", "Jeondong Catholic Church"], "address": "전북 전주시 완산구 태조로 51", "lat": 35.8133, "lng": 127.1493},
            {"name": "베테랑", "aliases": ["베테랑 칼국수"], "address": "전북 전주시 완산구 경기전길 135", "lat": 35.8169, "lng": 127.1523},
            {"name": "남부시장 야시장", "aliases": ["남부시장", "Nambu Market"], "address": "전북 전주시 완산구 풍남문1길 19-3", "lat": 35.8128, "lng": 127.1467},
        ],
        "optional": ["전주", "터미널", "대나무 숲", "대나무숲 포토존", "풍년제과", "오목대", "유럽"],
    },
    {
        "id": "H21gYnjUmOm",
        "scene": "busy",
        "lang": "ko",
        "title": "경주 1박 2일 | 교리김밥, 황리단길, 동궁과월지 야경까지 🌙 엄마랑 여행",
        "channel": "여행하는 다은",
        "duration": 81,
        "tags": ["경주여행", "황리단길", "경주맛집", "엄마랑여행", "경주야경"],
        "description": (
            "엄마랑 경주 여행 다녀왔어요 💕\n"
            "숙소는 보문단지 쪽 호텔이었는데 협찬 아니고 내돈내산이에요!\n\n"
            "00:00 신경주역 도착\n"
            "00:06 불국사\n"
            "00:23 점심 김밥\n"
            "00:34 황리단길 & 대릉원 & 첨성대\n"
            "01:05 동궁과 월지 야경\n\n"
            "#경주여행 #황리단길 #경주맛집 #엄마랑여행"
        ),
        "chapters": [(0, "신경주역 도착"), (6, "불국사"), (23, "점심 김밥"), (34, "황리단길 & 대릉원 & 첨성대"), (65, "동궁과 월지 야경")],
        "transcript": [
            (0.0, 4.9, "엄마 우리 경주 왔어 신경주역에서 버스 타고 시내로 들어갈게요"),
            (6.4, 5.1, "첫날은 불국사부터 왔어요 엄마가 수학여행 때 오고 처음이래요 ㅋㅋ"),
            (12.0, 5.1, "다보탑이랑 석가탑 보이시죠 십 원짜리 동전에 있는 게 다보탑이에요"),
            (17.3, 4.3, "석굴암은 내일 아침에 가기로 했어요 오늘은 너무 더워서"),
            (23.2, 5.3, "점심은 김밥 먹으러 왔어요 여기 계란지단이 엄청 두껍게 들어가는 데"),
            (28.8, 4.3, "웨이팅 하고 포장해서 먹었는데 진짜 계란만 한가득이에요"),
            (34.8, 3.9, "황리단길 구경 중이에요 한옥 카페들이 너무 예뻐요"),
            (38.9, 3.7, "황남빵 하나씩 먹었어요 팥이 진짜 꽉 차 있어요"),
            (43.0, 5.1, "바로 옆이 대릉원이라서 산책했어요 큰 무덤들이 언덕처럼 쭉 있어요"),
            (48.4, 4.9, "그 유명한 목련 나무 포토존 있잖아요 지금은 꽃이 없어서 아쉽"),
            (53.8, 5.6, "조금 걸어가면 첨성대 나와요 생각보다 작아서 엄마가 이게 다야? 이러심 ㅋㅋ"),
            (59.6, 4.4, "선덕여왕 때 만든 천문대래요 천사백 년 가까이 된 거래요"),
            (65.6, 2.0, "저녁 먹고 동궁과"),
            (67.9, 5.3, "월지 왔어요 야경 보려면 해 지고 오셔야 돼요 물에 비치는 거 대박"),
            (73.7, 5.6, "엄마도 너무 좋아하셔서 뿌듯 내일은 석굴암 갔다가 보문호 한 바퀴 돌 거예요"),
        ],
        "captions": [
            (0, 5, "신경주역 🚄"),
            (6, 12, "📍 불국사"),
            (12, 17, "다보탑 (10원 동전 그거 ㅋㅋ)"),
            (23, 29, "계란 듬뿍 김밥 🥚"),
            (34, 38, "📍 황리단길"),
            (38, 42, "황남빵 🥮"),
            (43, 48, "📍 대릉원"),
            (53, 58, "📍 첨성대"),
            (65, 71, "📍 동궁과 월지"),
        ],
        "places": [
            {"name": "불국사", "aliases": ["Bulguksa"], "address": "경북 경주시 불국로 385", "lat": 35.7901, "lng": 129.3321},
            {"name": "교리김밥", "aliases": ["Gyori Gimbap"], "address": "경북 경주시 탑리3길 2", "lat": 35.8300, "lng": 129.2137},
            {"name": "황리단길", "aliases": ["Hwangnidan-gil"], "address": "경북 경주시 포석로 1080", "lat": 35.8378, "lng": 129.2100},
            {"name": "대릉원", "aliases": ["Daereungwon"], "address": "경북 경주시 계림로 9", "lat": 35.8383, "lng": 129.2118},
            {"name": "첨성대", "aliases": ["Cheomseongdae"], "address": "경북 경주시 인왕동 839-1", "lat": 35.8347, "lng": 129.2190},
            {"name": "동궁과 월지", "aliases": ["동궁과월지", "안압지", "Donggung Palace and Wolji Pond"], "address": "경북 경주시 원화로 102", "lat": 35.8345, "lng": 129.2266},
        ],
        "optional": ["경주", "신경주역", "보문단지", "보문호", "석굴암", "다보탑", "석가탑", "목련 나무 포토존"],
    },
    {
        "id": "H21pYnUiJm8",
        "lang": "ko",
        "title": "편의점 신상 털기 🍫 제주 한라봉 젤리부터 안성탕면 컵까지 내돈내산 솔직 리뷰",
        "channel": "편털러 지우",
        "duration": 50,
        "tags": ["편의점신상", "편의점털기", "내돈내산", "먹방", "리뷰"],
        "description": (
            "이번 주 편의점 신상 다 털어왔어요 🛒 전부 내돈내산!\n\n"
            "오늘 리뷰한 제품\n"
            "1. 제주 한라봉 젤리\n"
            "2. 안성탕면 컵\n"
            "3. 서울우유 딸기우유\n"
            "4. 부산 어묵바\n"
            "5. 바나나맛우유 아이스크림\n\n"
            "#편의점신상 #편의점털기 #내돈내산"
        ),
        "chapters": [],
        "transcript": [
            (0.0, 4.6, "안녕하세요 편털러 지우입니다 오늘도 편의점 신상 털어왔어요"),
            (5.7, 4.9, "첫 번째는 제주 한라봉 젤리 봉지 뜯자마자 귤 냄새 엄청 나요"),
            (11.1, 3.6, "음 새콤달콤한데 좀 많이 달아요 별 세 개 반"),
            (15.7, 4.1, "두 번째 안성탕면 컵이에요 물 붓고 사 분 기다릴게요"),
            (20.2, 5.0, "저는 안성탕면이 신라면보다 국물이 구수해서 더 좋아요 인정하시죠"),
            (26.3, 4.6, "서울우유 딸기우유는 근본이죠 딸기 과육 씹히는 거 보이세요"),
            (32.2, 5.1, "부산 어묵바는 전자레인지에 삼십 초 돌렸어요 탱글탱글하고 짭짤해요"),
            (38.3, 5.1, "마지막 바나나맛우유 아이스크림 이거 진짜 맛있다 완전 그 맛이에요"),
            (43.8, 5.0, "오늘의 일등은 바나나맛우유 아이스크림입니다 다음 주에 또 만나요"),
        ],
        "captions": [
            (0, 5, "편의점 신상 털기 🛒"),
            (5, 13, "① 제주 한라봉 젤리 ⭐3.5"),
            (15, 23, "② 안성탕면 컵"),
            (26, 31, "③ 서울우유 딸기우유"),
            (32, 37, "④ 부산 어묵바 🍢"),
            (38, 43, "⑤ 바나나맛우유 아이스크림"),
            (43, 48, "🏆 오늘의 1위"),
        ],
        "places": [],
        "optional": [],
    },
]
