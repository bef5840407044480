"""Twenty-third blind holdout: realistic travel/food vlog bundles with ground truth.

Written by a helper session from the labelling conventions
(../shared/eval/real-dev/README.md), the case format (the head of
../shared/eval/cases_dev.py) and the docstring of holdout 22 only - without
reading the extraction code, its tests, the other holdouts' cases or the dev
cases beyond the format. Places are real; coordinates are approximate (WGS84).
Do not tune on it.

Eight English cases written to look like real creator captions (Seville,
Kyoto, Hanoi, Mexico City, Istanbul, Marrakech, Tbilisi, Naples): run-on
speech cut mid-phrase across cues, fillers ("um", "like", "you guys"), names
split over two cues (fushimi / inari, kiyomizu dara / temple, nishiki /
marquette, percent / arabica, Ngoc / Son Temple, Huong / Lien, Los /
Cocuyos, the sultan / ahmed mosque, the kapali / carsi, Café des / Épices,
L'Antica Pizzeria da / Michele), venues named once in passing in plain speech
with no place word (Las Columnas, La Campana, Rosetta, Giang, Nomad,
Barbarestan, Attanasio, Gambrinus, Sorbillo), famous sights with no place word
(the Alcázar, the Setas, Majorelle, Narikala, Sameba, Spaccanapoli), a
venue named only in the tags (Bar El Comercio - the speech only says "churros
since 1904"), a venue named only in the title (Contramar - the speech says
"the place from the title"), chapters in some descriptions and none in others,
description venue lists that cover only part of a video (Seville, Hanoi,
Marrakech, Naples), sponsor/gear/music lines, and two lower-case auto-caption
tracks with no punctuation (Kyoto, Istanbul) whose misheard spellings are
aliases (kiyomizu dara, nishiki marquette, oh wari ya, percent arabica, aya
sofia, gulu oglu, chia sofrasi). Several places are skipped, sold out, fully
booked, closed, seen only or announced for later and are optional (Giralda,
María Luisa park, Yasaka Shrine, Kinkakuji, Dong Xuan Market, Ho Chi Minh
Mausoleum, Frida Kahlo Museum, Teotihuacán, Basilica Cistern, Topkapi Palace,
YSL museum, Koutoubia, Shavi Lomi, Mother Georgia, Quartieri Spagnoli,
Piazza del Plebiscito, Pompeii).
Three Korean everyday vlogs (구어체; 강릉 with 📍 pin lines in the description,
one pinned place only seen from the bus; 경주 with places named only in 📍
on-screen captions and deictic speech; 대전 with an empty description and no
tags). One English case visits no named venue: a carry-on packing video full
of countries, cities, brands named like places and illnesses named after
places. Its correct answer is an empty place list.

Labelling follows ../shared/eval/real-dev/README.md: venues and attractions the
video visits or recommends are required; cities, regions, neighbourhoods,
districts, stations, transit, rivers and islands only seen, parts of a visited
place, places passed, skipped, compared with or announced for later, and
anything whose status was uncertain are optional. Brands, products, dishes,
drinks, works and people are left out of optional on purpose, including those
named like places (Airalo, Cruzcampo, Manzanilla, salmorejo, montadito de
pringá, yemas, espinacas con garbanzos, Game of Thrones / Dorne, matcha, inari
sushi, hourai soba, ICOCA card, kyoto latte, phở tái, bún chả, egg coffee,
Combo Obama, Hanoi beer, Saigon Special, Grab, Wise, rol de guayaba, concha,
Piedra del Sol, pescado a la talla, Topo Chico, tacos al pastor, suadero,
campechano, adana kebab, turkish delight, nazar, turkish coffee, Istanbulkart,
simit, ayran, Efes, msemen, amlou, argan oil, Majorelle blue, Berber whisky,
Casablanca beer, Nomad eSIM, Bolt, kisi, Saperavi, khinkali, Adjaruli
khachapuri, Borjomi, churchkhela, marshrutka, Saily, Eat Pray Love,
margherita, San Marzano, cornicello, caffè sospeso, Gambrinus beer, Osprey,
Peak Design, Patagonia, Kathmandu, Havaianas, Uniqlo, Dr. Bronner's, Tiger
Balm, Bali belly, AirAsia, Revolut, Lonely Planet, 짬순, 짬뽕 순두부,
초당순두부, 초당옥수수, 콩물, 아인슈페너, 무화과 깜빠뉴, 닭강정, 감자옹심이,
커피콩빵, 대게, 브금대통령, 오천원 지폐, 십원짜리 동전, 튀김소보로,
판타롱 부추빵, 명란바게트, 딸기시루, 두부두루치기, 물총칼국수, 꿈돌이) and
people (Jess, Tom, Manuel, Nina, Dani, Obama, Anthony Bourdain, Marco,
Maximilian, Carlota, Gabriela Cámara, Frida Kahlo as a person, Mary, Jesus,
Yves Saint Laurent, Mia, Sophie, Kai, Lena, Pushkin, Barbare, Julia Roberts,
Maradona, Virgil, Claire, 율곡 이이, 신사임당):
naming them is a false positive.
"""

CASES = [
    {
        "id": "H23SeViLa01",
        "lang": "en",
        "title": "48 HOURS IN SEVILLE 🇪🇸 tapas, flamenco & the most beautiful square in Spain",
        "channel": "Jess & Tom Wander",
        "duration": 597,
        "description": (
            "Two days in Seville in the middle of a heatwave, eating our body weight in tapas.\n"
            "Day 2 (Triana + the ceramics shops) is coming next week!\n"
            "\n"
            "0:00 Intro\n"
            "1:32 The Alcázar\n"
            "3:02 Churros break\n"
            "4:22 Lunch in Santa Cruz\n"
            "6:06 Plaza de España\n"
            "6:57 Setas at sunset\n"
            "7:53 Flamenco\n"
            "8:33 Dinner at the oldest bar in Seville\n"
            "\n"
            "BOOK AHEAD:\n"
            "Real Alcázar – book the 9:30 slot online\n"
            "Plaza de España – free\n"
            "Metropol Parasol – sunset ticket ~15€\n"
            "\n"
            "Thanks to Airalo for sponsoring – 15% off your first eSIM with code JESSTOM\n"
            "Camera: Sony ZV-E1 | Mic: Rode Wireless GO II\n"
            "Music: Epidemic Sound\n"
            "Instagram: @jessandtomwander"
        ),
        "tags": ["seville", "sevilla", "seville travel vlog", "spain travel", "andalusia", "tapas in seville", "bar el comercio churros", "real alcazar", "plaza de espana", "flamenco show seville", "what to eat in seville", "couple travel vlog"],
        "chapters": [
            (0, "Intro"),
            (92, "The Alcázar"),
            (182, "Churros break"),
            (262, "Lunch in Santa Cruz"),
            (366, "Plaza de España"),
            (417, "Setas at sunset"),
            (473, "Flamenco"),
            (513, "Dinner at the oldest bar in Seville"),
        ],
        "transcript": [
            (0.7, 5.3, "Okay so we just landed in Seville and it is, um, thirty-eight degrees"),
            (6.6, 4.6, "at nine in the morning which, like, nobody warned us about."),
            (11.6, 5.6, "Welcome back to the channel, if you're new here I'm Jess, this is Tom,"),
            (18.4, 6.0, "and this week we're doing two full days in Seville eating way too many tapas."),
            (24.9, 4.6, "Quick thing before we start, today's video is sponsored by Airalo,"),
            (30.8, 6.0, "we used their eSIM the whole trip so we had data the second we landed at the airport,"),
            (37.3, 3.5, "link's in the description for fifteen percent off."),
            (56.3, 4.9, "Alright, we're dropping our bags in Santa Cruz, our apartment is literally"),
            (62.0, 4.2, "down this tiny alley, you can touch both walls, look."),
            (67.5, 2.8, "Tom, touch both walls. Yeah. See?"),
            (92.5, 4.9, "So first thing, we did the Alcázar because you really want the"),
            (98.1, 6.0, "nine thirty slot before the tour groups show up, we booked it like two weeks ago."),
            (104.8, 5.6, "This is the Patio de las Doncellas, and if you watch Game of Thrones"),
            (111.2, 3.5, "you will recognise this, it was, um, Dorne."),
            (116.2, 6.0, "The tile work in here is insane, Tom's been filming the ceiling for ten minutes."),
            (123.0, 5.3, "The gardens go on forever and there are peacocks just, like, walking around."),
            (151.6, 6.0, "We walked past the cathedral on the way out but honestly the line for the Giralda"),
            (158.8, 4.9, "was wrapped around the block so we're gonna skip it this time."),
            (182.5, 5.3, "Okay it's like eleven and we need coffee, so there's this tiny counter"),
            (188.1, 4.9, "Jess found on Instagram, they've been doing churros since nineteen oh four,"),
            (193.6, 4.2, "and you dunk them in this chocolate that's basically pudding."),
            (199.0, 4.2, "Four churros and a café con leche, under five euros."),
            (216.0, 4.2, "Walking through the shopping streets now, Sierpes, and everything's covered"),
            (221.0, 4.2, "with these sails to keep the sun off which, genius."),
            (226.0, 5.3, "We grabbed a box of pastries at La Campana for later, the yemas,"),
            (232.4, 4.2, "they're like egg yolk and sugar, very sweet, very Sevillano."),
            (262.4, 4.9, "Lunch, we went back towards the barrio and squeezed into Las Columnas,"),
            (267.7, 6.0, "it's standing room only, you order at the bar and they write your bill in chalk"),
            (274.2, 4.6, "on the counter right in front of you, which I love."),
            (280.0, 3.5, "We got the salmorejo, a montadito de pringá,"),
            (285.0, 4.2, "and two Cruzcampos because it's what literally everyone here drinks."),
            (290.0, 3.8, "Is it good beer? No. Is it cold? Yes."),
            (325.0, 6.0, "Then we basically hid in the apartment from two till six, like everyone in Seville does."),
            (366.6, 4.9, "Okay golden hour, we took a taxi down to Plaza de España"),
            (372.5, 5.3, "and I genuinely think this is the most beautiful square I've ever seen."),
            (378.5, 4.2, "Each of these little tiled alcoves is a different province,"),
            (383.5, 4.9, "so there's Cádiz, Málaga, Córdoba... we're going to Córdoba on Thursday actually."),
            (389.4, 6.0, "You can rent a rowboat on the canal for like six euros, Tom rowed us into a wall."),
            (395.7, 6.0, "María Luisa park is right behind it but we kind of ran out of daylight."),
            (417.0, 4.6, "Quick sprint over to the Setas, the giant wooden mushroom thing,"),
            (422.7, 4.9, "technically it's called the Metropol Parasol, tickets are like fifteen euros now"),
            (428.8, 4.6, "and you walk around the top of it for the sunset."),
            (434.6, 5.3, "You can see the whole city from up here, there's the Giralda again,"),
            (440.3, 4.2, "and over the river, that's Triana, where we're going tomorrow."),
            (473.5, 5.3, "Flamenco tonight was at Casa de la Memoria, it's not a dinner show,"),
            (479.8, 6.0, "and it's no phones during the performance so I'm just gonna have to tell you, it was unbelievable."),
            (486.7, 6.0, "The guitarist, Manuel I think his name was, hands down the best live music we've seen."),
            (513.4, 4.6, "Last stop of day one, we ended up at El Rinconcillo"),
            (518.6, 4.9, "which is apparently the oldest bar in the city, since sixteen seventy."),
            (523.9, 5.3, "Espinacas con garbanzos, which is spinach and chickpeas, sounds boring, it is not."),
            (530.3, 5.3, "And a glass of Manzanilla, which is the super dry sherry from Sanlúcar."),
            (536.9, 4.9, "And they still do the chalk thing on the bar, I'm obsessed."),
            (562.9, 6.0, "Day two we did Triana, the ceramics shops and the market, but that's gonna be its own video"),
            (569.8, 3.5, "because this one is already way too long."),
            (574.8, 5.6, "So let us know in the comments, would you rather do Seville or Granada,"),
            (581.5, 3.8, "and we'll see you in the next one, adiós!"),
        ],
        "captions": [
            (0, 5, "SEVILLE 🇪🇸 DAY 1"),
            (92, 99, "Real Alcázar 🎟 €15.50 – book online!"),
            (182, 188, "churros 🍫 since 1904"),
            (216, 222, "churros + café con leche = €4.80"),
            (280, 287, "salmorejo €3 · montadito de pringá €2.50"),
            (366, 373, "Plaza de España ☀️ golden hour"),
            (513, 518, "est. 1670"),
        ],
        "places": [
            {"name": "Real Alcázar", "aliases": ["Alcázar", "Alcazar", "Real Alcazar", "Real Alcázar de Sevilla"], "address": "Patio de Banderas, s/n, 41004 Sevilla", "lat": 37.3831, "lng": -5.9903},
            {"name": "Bar El Comercio", "aliases": ["El Comercio"], "address": "Calle Lineros, 9, 41004 Sevilla", "lat": 37.3917, "lng": -5.9924},
            {"name": "Confitería La Campana", "aliases": ["La Campana"], "address": "Calle Sierpes, 1, 41004 Sevilla", "lat": 37.3926, "lng": -5.9949},
            {"name": "Bodega Santa Cruz", "aliases": ["Las Columnas", "Bodega Santa Cruz Las Columnas"], "address": "Calle Rodrigo Caro, 1, 41004 Sevilla", "lat": 37.3858, "lng": -5.9913},
            {"name": "Plaza de España", "aliases": ["Plaza de Espana"], "address": "Av. de Isabel la Católica, 41013 Sevilla", "lat": 37.3772, "lng": -5.9869},
            {"name": "Metropol Parasol", "aliases": ["Setas", "Las Setas", "Setas de Sevilla"], "address": "Plaza de la Encarnación, s/n, 41003 Sevilla", "lat": 37.3934, "lng": -5.9917},
            {"name": "Casa de la Memoria", "aliases": [], "address": "Calle Cuna, 6, 41004 Sevilla", "lat": 37.3924, "lng": -5.993},
            {"name": "El Rinconcillo", "aliases": [], "address": "Calle Gerona, 40, 41003 Sevilla", "lat": 37.3949, "lng": -5.9884},
        ],
        "optional": ["Seville", "Sevilla", "Spain", "Andalusia", "Santa Cruz", "Sierpes", "Patio de las Doncellas", "cathedral", "Seville Cathedral", "Giralda", "Cádiz", "Málaga", "Córdoba", "Granada", "María Luisa park", "Parque de María Luisa", "Triana", "Sanlúcar", "airport"],
    },
    {
        "id": "H23kYoToA02",
        "lang": "en",
        "auto_captions": True,
        "title": "KYOTO IN ONE DAY 🇯🇵 temples, matcha & the bamboo forest (first time in japan!!)",
        "channel": "Nina Goes Places",
        "duration": 606,
        "description": (
            "day 3 of our japan trip!! we took the shinkansen from tokyo the night before and tried to squeeze\n"
            "all of kyoto into one very long day. 28,412 steps. no regrets.\n"
            "\n"
            "📷 dji osmo pocket 3 + iphone 15 pro\n"
            "🎵 music from epidemic sound\n"
            "✉️ business: ninagoesplaces@example.com\n"
            "\n"
            "#kyoto #japan #japantravel #kyotovlog"
        ),
        "tags": ["kyoto", "kyoto vlog", "japan travel", "fushimi inari", "arashiyama", "nishiki market", "kiyomizudera", "what to eat in kyoto", "first time in japan", "japan vlog 2024"],
        "chapters": [],
        "transcript": [
            (1.1, 5.6, "good morning guys it is 6 am and we are on the train to"),
            (7.2, 3.8, "fushimi inari because everyone said go early and um"),
            (12.2, 2.8, "yeah we actually listened for once"),
            (35.2, 4.2, "okay so this is the famous gate tunnel the thousand"),
            (40.2, 5.6, "gates the torii gates and it's actually way more than a thousand there's like"),
            (46.9, 4.6, "ten thousand of them going all the way up the mountain"),
            (52.6, 3.1, "it's so quiet right now there's like"),
            (57.6, 2.4, "five people here including us"),
            (92.6, 5.6, "we made it about halfway up to the yotsutsuji viewpoint and honestly my legs"),
            (99.3, 4.6, "are done you can see all of kyoto from up here"),
            (104.5, 6.0, "there's a little tea stand so we got a matcha and some inari sushi which is"),
            (110.8, 5.6, "like the sweet tofu pocket with rice in it it's named after the fox"),
            (117.1, 3.5, "spirit thing which is why there's foxes everywhere"),
            (162.1, 6.0, "okay it's ten thirty now we took the train back into town and we're walking"),
            (169.2, 4.2, "through gion it's so pretty all the old wooden houses"),
            (174.5, 5.6, "we walked past yasaka shrine but we're not going in we'll come back tonight"),
            (180.9, 2.8, "maybe when the lanterns are on"),
            (185.9, 5.3, "now we're climbing up this hill sannenzaka it's like all souvenir shops and"),
            (191.8, 3.5, "matcha soft serve everywhere i got one obviously"),
            (211.8, 3.8, "and now we're at kiyomizu dara the big wooden"),
            (216.8, 5.6, "temple on the hill the whole stage thing is built without a single nail"),
            (223.0, 2.4, "which i still don't understand"),
            (228.0, 5.3, "the view from the stage is so good you can see kyoto tower"),
            (233.8, 4.9, "and we drank from the waterfall there's three streams one is for"),
            (239.1, 6.0, "love one for long life and one for um school i think i picked love"),
            (290.7, 4.2, "lunch time we're in the covered street now the nishiki"),
            (295.7, 2.8, "marquette they call it kyoto's kitchen"),
            (300.7, 4.6, "it's so narrow and packed we got tamago on a stick"),
            (305.7, 5.3, "the little octopus with the quail egg in its head which is terrifying"),
            (311.9, 4.6, "and some pickles and oh my god the soy milk donuts"),
            (317.0, 2.8, "okay i need to sit down"),
            (357.0, 3.1, "so for second lunch we went to"),
            (362.0, 5.3, "oh wari ya which is apparently the oldest soba shop in kyoto like"),
            (368.4, 4.9, "over five hundred years old they used to make sweets for the"),
            (374.4, 4.9, "temples and for the emperor i got the hourai soba which is"),
            (379.8, 4.9, "a stack of five little bowls with toppings and you pour the"),
            (385.6, 3.1, "broth over the whole thing so good"),
            (440.6, 5.3, "afternoon we took the jr line out to arashiyama it's like fifteen minutes"),
            (446.9, 3.8, "from kyoto station super easy with the icoca card"),
            (451.9, 2.4, "first stop coffee obviously percent"),
            (456.9, 5.6, "arabica the one right on the river the line was like twenty minutes but"),
            (462.8, 2.8, "the kyoto latte is worth it"),
            (467.8, 3.8, "we walked across togetsukyo bridge the big wooden bridge"),
            (472.8, 4.2, "over the river you can rent boats but we didn't"),
            (498.1, 2.4, "and now the bamboo forest"),
            (503.1, 5.6, "i'm gonna be honest it was super crowded at 4 pm but if you"),
            (509.6, 4.2, "stand still and look up it's still kind of magical"),
            (514.6, 3.1, "the sound when the wind comes through"),
            (519.6, 1.8, "it's like creaking"),
            (564.6, 3.5, "tomorrow we're doing kinkakuji the golden pavilion and"),
            (569.6, 5.3, "then nara to see the deer so subscribe so you don't miss that"),
            (575.7, 4.9, "also someone asked in the comments how we get around it's all"),
            (581.0, 4.2, "trains and walking we did twenty eight thousand steps today"),
            (586.3, 3.5, "and i think my feet are actually bleeding"),
            (591.3, 4.6, "okay thank you so much for watching love you guys bye"),
        ],
        "captions": [
            (1, 6, "KYOTO ⛩ DAY 3"),
            (211, 217, "matcha soft serve ¥500"),
            (467, 472, "kyoto latte ¥600"),
            (586, 592, "28,412 steps 👣"),
        ],
        "places": [
            {"name": "Fushimi Inari Taisha", "aliases": ["fushimi inari", "Fushimi Inari Shrine", "Fushimi Inari-taisha"], "address": "68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto", "lat": 34.9671, "lng": 135.7727},
            {"name": "Kiyomizu-dera", "aliases": ["kiyomizu dara", "Kiyomizudera", "Kiyomizu temple"], "address": "1 Chome-294 Kiyomizu, Higashiyama Ward, Kyoto", "lat": 34.9949, "lng": 135.785},
            {"name": "Nishiki Market", "aliases": ["nishiki marquette", "Nishiki", "Nishiki Ichiba"], "address": "Nishikikoji-dori, Nakagyo Ward, Kyoto", "lat": 35.005, "lng": 135.7649},
            {"name": "Honke Owariya", "aliases": ["oh wari ya", "Owariya"], "address": "322 Kurumayacho, Nakagyo Ward, Kyoto", "lat": 35.0137, "lng": 135.7592},
            {"name": "% Arabica Kyoto Arashiyama", "aliases": ["percent arabica", "% Arabica", "Arabica"], "address": "3-47 Sagatenryuji Susukinobabacho, Ukyo Ward, Kyoto", "lat": 35.013, "lng": 135.6777},
            {"name": "Arashiyama Bamboo Grove", "aliases": ["bamboo forest", "Sagano Bamboo Forest", "bamboo grove"], "address": "Sagaogurayama Tabuchiyamacho, Ukyo Ward, Kyoto", "lat": 35.017, "lng": 135.6713},
        ],
        "optional": ["kyoto", "japan", "tokyo", "yotsutsuji", "gion", "yasaka shrine", "sannenzaka", "kyoto tower", "arashiyama", "kyoto station", "togetsukyo bridge", "togetsukyo", "kinkakuji", "golden pavilion", "nara", "jr line"],
    },
    {
        "id": "H23HaNoI03b",
        "lang": "en",
        "title": "Hanoi Street Food Tour 🇻🇳 Obama's Bún Chả, Egg Coffee & Train Street",
        "channel": "Dani Eats Everything",
        "duration": 466,
        "description": (
            "One full day eating our way around Hanoi, from breakfast pho to the famous Obama bún chả.\n"
            "\n"
            "0:00 Good morning Hanoi\n"
            "0:35 Breakfast pho\n"
            "1:37 Hoan Kiem Lake & Ngoc Son Temple\n"
            "2:41 Egg coffee\n"
            "3:47 Train Street\n"
            "4:59 Temple of Literature\n"
            "6:18 Dinner: Obama bún chả\n"
            "\n"
            "WHERE WE ATE\n"
            "🍜 Phở Gia Truyền – 49 Bát Đàn, Hoàn Kiếm\n"
            "☕ Café Giảng – 39 Nguyễn Hữu Huân, Hoàn Kiếm\n"
            "🥢 Bún Chả Hương Liên – 24 Lê Văn Hưu, Hai Bà Trưng\n"
            "\n"
            "Getting around: Grab bikes + walking\n"
            "Filmed on: Sony A7C II, DJI Mini 4 Pro\n"
            "Music: Artlist\n"
            "\n"
            "#hanoi #vietnam #streetfood #buncha"
        ),
        "tags": ["hanoi", "hanoi street food", "vietnam food tour", "obama bun cha", "egg coffee hanoi", "hanoi train street", "pho hanoi", "vietnam travel"],
        "chapters": [
            (0, "Good morning Hanoi"),
            (35, "Breakfast pho"),
            (97, "Hoan Kiem Lake & Ngoc Son Temple"),
            (161, "Egg coffee"),
            (227, "Train Street"),
            (299, "Temple of Literature"),
            (378, "Dinner: Obama bún chả"),
        ],
        "transcript": [
            (1.1, 6.0, "Xin chào from Hanoi! It is six thirty in the morning and the Old Quarter"),
            (8.1, 4.9, "is already, like, absolute chaos, the scooters, the horns, I love it."),
            (13.6, 5.6, "If you're new here, hi, I'm Dani, and today we are eating our way"),
            (20.2, 4.2, "around Hanoi from breakfast to, um, probably way too late."),
            (35.2, 5.6, "So breakfast is pho, obviously, and we're at the place on Bat Dan street,"),
            (41.6, 6.0, "Phở Gia Truyền, and the system is you queue up, you pay, you carry your own bowl,"),
            (48.0, 4.9, "nobody is gonna bring it to you, don't sit down and wait."),
            (53.8, 6.0, "It's the beef pho with the, uh, the tái, the rare slices that cook in the broth."),
            (61.1, 3.5, "Fifty thousand dong, which is like two dollars."),
            (66.1, 6.0, "The broth is so clean, it's not sweet at all like the ones back home."),
            (97.7, 5.3, "Walking it off around Hoan Kiem Lake, and all the aunties are doing"),
            (104.1, 3.8, "their morning aerobics right by the water, which, iconic."),
            (109.1, 4.6, "We crossed the red bridge, the Huc Bridge, over to Ngoc"),
            (114.4, 6.0, "Son Temple, it's tiny, it's on a little island in the lake, thirty thousand to get in."),
            (121.3, 4.9, "There's a giant preserved turtle inside that came from the lake, like,"),
            (126.7, 3.8, "a real one, it's huge, it's kind of creepy."),
            (161.7, 6.0, "Okay, egg coffee. We got it at Giang, which is where egg coffee was invented,"),
            (168.4, 6.0, "back in the forties when there was no milk, so they whipped egg yolks instead."),
            (174.9, 6.0, "You have to go down this, like, corridor and up some stairs, I thought we were lost."),
            (181.5, 4.9, "It tastes like tiramisu. It's a dessert. I'm not mad about it."),
            (227.2, 6.0, "We walked past Dong Xuan Market, the big one, but we didn't go in, it's mostly wholesale."),
            (233.6, 4.9, "And then... Train Street. Okay so you sit at these little cafés"),
            (239.8, 6.0, "literally on the tracks and a couple of times a day the train comes through"),
            (246.7, 4.9, "and the café owners yell at you to pull your legs in."),
            (252.2, 4.2, "It was, like, this close. This close to my face."),
            (257.2, 6.0, "Side note, the police close it sometimes, so check before you go, we got lucky."),
            (299.3, 5.3, "After lunch we got a Grab to the Temple of Literature, Văn Miếu,"),
            (305.1, 3.5, "it was Vietnam's first university, from ten seventy."),
            (310.1, 5.3, "Students come here before exams, and there's all these stone turtles with the"),
            (315.8, 6.0, "names of the old scholars carved on them, you're not allowed to touch them anymore though."),
            (322.5, 5.3, "We skipped the Ho Chi Minh Mausoleum because it closes at like eleven,"),
            (328.7, 2.8, "so that's one for next time."),
            (378.7, 5.3, "And dinner, the one you've all been asking about, bún chả at Huong"),
            (384.5, 4.9, "Lien, the place where Obama and Anthony Bourdain ate in twenty sixteen."),
            (390.1, 4.9, "They've literally got the table in a glass case upstairs, and the"),
            (396.0, 5.3, "'Combo Obama' is bún chả, a seafood spring roll and a Hanoi beer."),
            (401.8, 4.2, "I got a Saigon Special instead because I'm a rebel."),
            (406.8, 6.0, "The grilled pork sits in this sweet fish sauce broth, you dip the noodles and the herbs in."),
            (413.1, 3.8, "I would fly back here just for this, honestly."),
            (438.1, 6.0, "Tomorrow we're off to Ha Long Bay on an overnight cruise, so that'll be its own video."),
            (444.6, 6.0, "Let me know what we should eat next, and thank you so much for watching!"),
            (451.9, 1.8, "Tạm biệt!"),
        ],
        "captions": [
            (61, 67, "phở tái 50,000₫"),
            (181, 187, "cà phê trứng ☕ 35,000₫"),
            (401, 407, "COMBO OBAMA 🍻 95,000₫"),
        ],
        "places": [
            {"name": "Phở Gia Truyền Bát Đàn", "aliases": ["Phở Gia Truyền", "Pho Gia Truyen", "Pho Bat Dan"], "address": "49 Bát Đàn, Cửa Đông, Hoàn Kiếm, Hà Nội", "lat": 21.0338, "lng": 105.8465},
            {"name": "Ngoc Son Temple", "aliases": ["Đền Ngọc Sơn", "Ngọc Sơn Temple", "Den Ngoc Son"], "address": "Đinh Tiên Hoàng, Hàng Trống, Hoàn Kiếm, Hà Nội", "lat": 21.0307, "lng": 105.8524},
            {"name": "Café Giảng", "aliases": ["Giang", "Cafe Giang", "Giang Cafe"], "address": "39 Nguyễn Hữu Huân, Lý Thái Tổ, Hoàn Kiếm, Hà Nội", "lat": 21.0334, "lng": 105.8543},
            {"name": "Train Street", "aliases": ["Hanoi Train Street"], "address": "Ngõ 224 Lê Duẩn / Phùng Hưng, Hà Nội", "lat": 21.0295, "lng": 105.845},
            {"name": "Temple of Literature", "aliases": ["Văn Miếu", "Van Mieu", "Văn Miếu – Quốc Tử Giám"], "address": "58 Quốc Tử Giám, Văn Miếu, Đống Đa, Hà Nội", "lat": 21.0293, "lng": 105.8356},
            {"name": "Bún Chả Hương Liên", "aliases": ["Huong Lien", "Hương Liên", "Bun Cha Huong Lien", "Obama bun cha"], "address": "24 Lê Văn Hưu, Phan Chu Trinh, Hai Bà Trưng, Hà Nội", "lat": 21.0179, "lng": 105.8536},
        ],
        "optional": ["Hanoi", "Vietnam", "Old Quarter", "Bat Dan street", "Bát Đàn", "Hoan Kiem Lake", "Hoàn Kiếm", "Huc Bridge", "Dong Xuan Market", "Ho Chi Minh Mausoleum", "Ha Long Bay", "Hai Bà Trưng"],
    },
    {
        "id": "H23CdMxC04d",
        "lang": "en",
        "title": "Contramar is worth the hype (and 5 other CDMX spots I'd go back to)",
        "channel": "Marco Eats the World",
        "duration": 509,
        "description": (
            "Fourth time in Mexico City and I still can't stop eating. One day, six stops, zero regrets.\n"
            "Full written guide + map on my blog (link in bio).\n"
            "\n"
            "0:00 Intro\n"
            "0:49 Bakery run\n"
            "1:46 Chapultepec\n"
            "3:48 THE lunch\n"
            "6:18 Tacos at night\n"
            "\n"
            "This video is sponsored by Wise – get a fee-free transfer with my link below.\n"
            "Gear: Sony FX30, Sigma 18-50, DJI Mic 2\n"
            "Music: Musicbed\n"
            "\n"
            "#mexicocity #cdmx #tacos #foodvlog"
        ),
        "tags": ["mexico city", "cdmx", "mexico city food", "tacos al pastor", "roma norte", "chapultepec", "mexico city travel guide", "best tacos cdmx", "marco eats"],
        "chapters": [
            (0, "Intro"),
            (49, "Bakery run"),
            (106, "Chapultepec"),
            (228, "THE lunch"),
            (378, "Tacos at night"),
        ],
        "transcript": [
            (0.4, 6.0, "What's up everybody, Marco here, and I'm back in Mexico City for the fourth time,"),
            (7.0, 6.0, "which tells you everything you need to know about how I feel about this city."),
            (13.7, 4.9, "I'm staying in Roma Norte again, I know, I know, very predictable,"),
            (19.5, 4.6, "but it's walkable and the food within ten blocks is ridiculous."),
            (25.1, 5.3, "This video is brought to you by Wise, I paid for literally everything"),
            (31.4, 5.6, "on this trip in pesos with my Wise card, no sneaky fees, link below."),
            (49.5, 4.2, "So first, breakfast. Rosetta, the bakery, not the restaurant upstairs,"),
            (54.6, 3.5, "the little panadería around the corner on Colima."),
            (59.6, 5.3, "You have to get the rol de guayaba, the guava roll, it's flaky,"),
            (65.4, 6.0, "there's cream cheese in it, there's always a line and it is always worth it."),
            (71.7, 3.5, "Also a concha, because I'm not a monster."),
            (106.7, 4.6, "Okay, walked off breakfast, all the way up Reforma to Chapultepec."),
            (112.0, 4.9, "The park is massive, it's like twice the size of Central Park."),
            (117.5, 3.8, "We went up to the castle first, Chapultepec Castle,"),
            (122.5, 5.3, "supposedly the only royal castle in the Americas that actually housed a monarch,"),
            (128.6, 3.8, "Maximilian and Carlota, and the murals inside are incredible."),
            (133.6, 5.3, "And the view straight down Reforma, you can see the Angel from here."),
            (165.0, 3.5, "Then, the Anthropology Museum, which is, no exaggeration,"),
            (170.0, 4.9, "one of the best museums I've been to anywhere in the world."),
            (175.5, 5.6, "This is the Aztec Sun Stone, the Piedra del Sol, it's like twenty-four tons."),
            (181.9, 5.6, "Give yourself at least three hours, I gave it two and I regret it."),
            (228.0, 3.8, "Right. Lunch. This is the place from the title,"),
            (233.0, 5.6, "and I'm not gonna pretend it's a hidden gem because it absolutely is not,"),
            (239.4, 5.6, "you need a reservation like a week out, and it's only open for lunch,"),
            (245.6, 6.0, "and the move is the tuna tostadas and the red and green fish, the pescado a la talla,"),
            (252.5, 4.6, "half the fish is red adobo, half is green parsley salsa."),
            (257.8, 4.2, "It's Gabriela Cámara's place, she's a legend, and it is"),
            (262.8, 4.9, "every bit as good as everyone says, I'm sorry, it just is."),
            (268.9, 6.0, "I had a michelada and a Topo Chico, because it's one p.m. and I have self-control."),
            (310.7, 3.5, "Afternoon nap. Non-negotiable. The altitude is real here."),
            (345.7, 6.0, "We were gonna go down to Coyoacán for the Frida Kahlo Museum but it was sold out for"),
            (352.1, 6.0, "the whole week, so book that way ahead if you want to go, lesson learned."),
            (378.6, 6.0, "Okay night one of tacos. We're in the Centro, a few blocks from the Zócalo,"),
            (385.0, 3.5, "at El Huequito, which claims to have invented"),
            (390.0, 3.5, "tacos al pastor back in, like, nineteen fifty-nine,"),
            (395.0, 6.0, "and the trompo is just spinning right there on the street with a pineapple on top."),
            (401.3, 4.6, "He cuts the pineapple off with the knife and flicks it"),
            (406.3, 3.5, "onto your taco, mid-air, it's a whole show."),
            (426.3, 2.4, "Then, two blocks over, Los"),
            (431.3, 4.9, "Cocuyos, which is a tiny hole in the wall, open till like"),
            (437.1, 4.2, "three in the morning, and you get suadero and campechano,"),
            (442.1, 5.6, "campechano is a mix of, like, beef and chorizo, and the suadero just melts."),
            (448.1, 5.6, "The guy running the comal has been there like thirty years, I asked him."),
            (479.7, 4.9, "Tomorrow we're getting up at five to do the pyramids at Teotihuacán,"),
            (485.0, 4.6, "there's a hot-air balloon involved and I'm terrified, so stay tuned."),
            (490.3, 6.0, "Drop your favourite taco spot in CDMX in the comments, I read all of them."),
            (497.5, 1.8, "Hasta luego!"),
        ],
        "captions": [
            (71, 77, "ROL DE GUAYABA $58"),
            (122, 129, "Castillo de Chapultepec 🏰 $100 MXN"),
            (257, 263, "tostadas de atún 🐟"),
            (401, 407, "EL HUEQUITO – since 1959"),
        ],
        "places": [
            {"name": "Panadería Rosetta", "aliases": ["Rosetta", "Panaderia Rosetta"], "address": "Colima 179, Roma Nte., Cuauhtémoc, CDMX", "lat": 19.4184, "lng": -99.1613},
            {"name": "Castillo de Chapultepec", "aliases": ["Chapultepec Castle"], "address": "Bosque de Chapultepec I Secc, Miguel Hidalgo, CDMX", "lat": 19.4205, "lng": -99.1818},
            {"name": "Museo Nacional de Antropología", "aliases": ["Anthropology Museum", "National Museum of Anthropology"], "address": "Av. Paseo de la Reforma s/n, Chapultepec, Miguel Hidalgo, CDMX", "lat": 19.426, "lng": -99.1863},
            {"name": "Contramar", "aliases": [], "address": "Calle de Durango 200, Roma Nte., Cuauhtémoc, CDMX", "lat": 19.4196, "lng": -99.1664},
            {"name": "El Huequito", "aliases": ["Huequito"], "address": "Ayuntamiento 21, Centro, Cuauhtémoc, CDMX", "lat": 19.4305, "lng": -99.1425},
            {"name": "Taquería Los Cocuyos", "aliases": ["Los Cocuyos", "Cocuyos"], "address": "Bolívar 57, Centro, Cuauhtémoc, CDMX", "lat": 19.4309, "lng": -99.1391},
        ],
        "optional": ["Mexico City", "CDMX", "Roma Norte", "Colima", "Reforma", "Paseo de la Reforma", "Chapultepec", "Bosque de Chapultepec", "Central Park", "the Angel", "Americas", "Coyoacán", "Frida Kahlo Museum", "Centro", "Zócalo", "Teotihuacán"],
    },
    {
        "id": "H23IsTaN05e",
        "scene": "busy",
        "lang": "en",
        "auto_captions": True,
        "title": "ISTANBUL first impressions 🇹🇷 (i was NOT ready for this city)",
        "channel": "wandering with ash",
        "duration": 519,
        "description": (
            "my first 24 hours in istanbul solo!! old city, baklava, and a sunset ferry to the asian side\n"
            "\n"
            "0:00 arrival\n"
            "0:54 aya sofia\n"
            "3:37 grand bazaar\n"
            "4:59 karakoy + galata\n"
            "6:52 sunset ferry + dinner\n"
            "\n"
            "where i stayed: a small guesthouse in sultanahmet (not sponsored, just loved it)\n"
            "camera: sony zv-1 ii\n"
            "music by chillhop\n"
            "\n"
            "#istanbul #turkey #solotravel"
        ),
        "tags": ["istanbul", "istanbul vlog", "turkey travel", "solo female travel", "hagia sophia", "grand bazaar", "galata tower", "kadikoy", "istanbul food", "first time in istanbul"],
        "chapters": [
            (0, "arrival"),
            (54, "aya sofia"),
            (217, "grand bazaar"),
            (299, "karakoy + galata"),
            (412, "sunset ferry + dinner"),
        ],
        "transcript": [
            (0.8, 5.3, "okay so i just got to istanbul from the airport it took like"),
            (6.9, 5.6, "an hour and a half on the havaist bus and um i'm staying in"),
            (12.9, 3.5, "sultanahmet which is like the old city part"),
            (17.9, 3.8, "i'm so tired but we're going straight out because"),
            (22.9, 4.2, "everything i want to see is literally five minutes away"),
            (28.3, 5.6, "still thinking about the adana kebab i had at the airport by the way"),
            (54.9, 5.3, "so this is aya sofia it's been a church a mosque a museum"),
            (60.8, 5.3, "and now it's a mosque again so you have to cover your hair"),
            (66.7, 4.9, "if you're a woman they give you a scarf at the door"),
            (72.9, 4.2, "it was built in like five hundred and thirty seven"),
            (78.1, 3.1, "which i cannot get my head around"),
            (83.1, 4.9, "the dome is just floating i don't know how to explain it"),
            (88.5, 4.9, "there's a mosaic of mary and jesus up in the gallery but"),
            (93.8, 4.9, "the upstairs is only for tourists with a ticket now it's like"),
            (99.8, 3.5, "twenty five euros so i didn't do it"),
            (134.8, 4.6, "and right across the square is the blue mosque the sultan"),
            (140.6, 4.9, "ahmed mosque it's free to go in but it closes for prayers"),
            (146.1, 4.6, "so check the times i had to wait like forty minutes"),
            (151.8, 3.5, "the tiles inside are blue hence the name"),
            (171.8, 4.2, "i didn't go to the basilica cistern today the line"),
            (177.0, 2.8, "was insane i'll try tomorrow morning"),
            (217.0, 3.8, "okay now i'm in the grand bazaar the kapali"),
            (222.0, 3.8, "carsi it's got like four thousand shops and i"),
            (227.0, 1.8, "am completely lost"),
            (232.0, 3.5, "everyone is trying to sell me a carpet"),
            (237.0, 4.2, "i bought some turkish delight and a little evil eye"),
            (242.5, 2.4, "the nazar for my mum"),
            (247.5, 4.9, "the trick is you have to bargain don't pay the first price"),
            (253.4, 4.9, "i got this lamp down from nine hundred lira to five hundred"),
            (299.0, 3.8, "took the tram over the bridge to karakoy and"),
            (304.0, 2.8, "first stop baklava at gulu oglu"),
            (309.0, 3.5, "they've been making baklava since like eighteen seventy"),
            (314.0, 3.8, "the pistachio one oh my god it's so buttery"),
            (319.0, 6.0, "and i had a turkish coffee which is basically mud but in a good way"),
            (345.6, 3.5, "now walking up the hill to galata tower"),
            (350.6, 4.9, "the line was like thirty minutes but the view from the top"),
            (356.6, 4.6, "you can see both sides of the city europe and asia"),
            (362.1, 3.5, "and the bosphorus with all the little ferries"),
            (412.1, 5.3, "it's sunset and i'm on the ferry to kadikoy which is on the"),
            (418.5, 4.6, "asian side the ferry is like thirty lira with the istanbulkart"),
            (423.5, 4.9, "people are feeding the seagulls simit off the back of the boat"),
            (429.5, 4.2, "dinner tonight is at chia sofrasi which everyone told me"),
            (434.5, 4.6, "to go to it's like home cooking from all over turkey"),
            (439.6, 3.8, "you point at what you want at the counter"),
            (444.6, 4.2, "i got the stuffed vegetables a lentil soup and this"),
            (449.6, 3.8, "kebab with sour cherries which i'd never seen before"),
            (454.6, 2.0, "and an ayran obviously"),
            (484.6, 5.3, "okay i'm so full i need to get back before the last ferry"),
            (490.8, 5.3, "and i had an efes on the way back don't tell my mum"),
            (496.9, 3.8, "tomorrow i'm doing topkapi palace and a bosphorus cruise"),
            (501.9, 4.2, "so make sure you're subscribed and i'll see you then"),
            (506.9, 1.8, "bye guys"),
        ],
        "captions": [
            (253, 258, "900 → 500 lira 🪔"),
            (412, 418, "ferry ₺30 🚢 (istanbulkart)"),
        ],
        "places": [
            {"name": "Hagia Sophia", "aliases": ["aya sofia", "Ayasofya", "Aya Sofya"], "address": "Sultan Ahmet, Ayasofya Meydanı No:1, Fatih/İstanbul", "lat": 41.0086, "lng": 28.9802},
            {"name": "Blue Mosque", "aliases": ["Sultan Ahmed Mosque", "Sultanahmet Camii"], "address": "Sultan Ahmet, Atmeydanı Cd. No:7, Fatih/İstanbul", "lat": 41.0054, "lng": 28.9768},
            {"name": "Grand Bazaar", "aliases": ["kapali carsi", "Kapalıçarşı"], "address": "Beyazıt, Kalpakçılar Cd. No:22, Fatih/İstanbul", "lat": 41.0107, "lng": 28.9681},
            {"name": "Karaköy Güllüoğlu", "aliases": ["gulu oglu", "Güllüoğlu", "Karakoy Gulluoglu", "Gulluoglu"], "address": "Kemankeş Karamustafa Paşa, Rıhtım Cd. No:3, Beyoğlu/İstanbul", "lat": 41.023, "lng": 28.9775},
            {"name": "Galata Tower", "aliases": ["Galata Kulesi"], "address": "Bereketzade, Galata Kulesi, Beyoğlu/İstanbul", "lat": 41.0256, "lng": 28.9742},
            {"name": "Çiya Sofrası", "aliases": ["chia sofrasi", "Ciya Sofrasi", "Çiya"], "address": "Caferağa, Güneşli Bahçe Sok. No:43, Kadıköy/İstanbul", "lat": 40.9906, "lng": 29.0262},
        ],
        "optional": ["istanbul", "turkey", "airport", "havaist", "sultanahmet", "old city", "basilica cistern", "karakoy", "europe", "asia", "asian side", "bosphorus", "kadikoy", "topkapi palace", "topkapi"],
    },
    {
        "id": "H23MaRrK06f",
        "scene": "busy",
        "lang": "en",
        "title": "MARRAKECH travel vlog 🇲🇦 riads, souks & the bluest garden in the world",
        "channel": "Sophie Goes",
        "duration": 497,
        "description": (
            "3 days in Marrakech with my best friend Mia! Part 1 (the medina), part 2 (Atlas Mountains) is up next.\n"
            "\n"
            "Where we stayed: Riad Yasmine\n"
            "Jardin Majorelle: book tickets online, go at opening\n"
            "Bahia Palace: 100 MAD entry\n"
            "\n"
            "My camera: Canon G7X Mark III\n"
            "Music: Artlist\n"
            "eSIM: Nomad (not sponsored)\n"
            "\n"
            "#marrakech #morocco #riad #travelvlog"
        ),
        "tags": ["marrakech", "morocco travel", "riad yasmine", "majorelle garden", "marrakech souks", "jemaa el fna", "marrakech vlog", "things to do in marrakech", "girls trip morocco"],
        "chapters": [],
        "transcript": [
            (0.5, 4.6, "Salam from Marrakech! We just checked into our riad, Riad Yasmine,"),
            (6.0, 5.3, "and yes, this is THE pool from Instagram, the green tiles, the cactus,"),
            (12.4, 4.2, "I have wanted to stay here for like three years."),
            (17.4, 4.9, "Breakfast is on the rooftop, msemen, which is this flaky pancake thing,"),
            (23.1, 5.6, "with honey and amlou, which is like almond and argan oil butter. So good."),
            (49.6, 6.0, "Okay so the plan today is gardens in the morning before it gets too hot,"),
            (56.7, 4.2, "souks in the afternoon, and the big square at night."),
            (61.7, 6.0, "Got a petit taxi to Majorelle, make sure you agree the price before you get in,"),
            (68.3, 2.0, "we paid thirty dirhams."),
            (73.3, 4.9, "Our driver played Moroccan rap the whole way, which, honestly, a vibe."),
            (94.5, 3.8, "This blue is unreal, it's literally called Majorelle blue,"),
            (99.6, 5.6, "Yves Saint Laurent bought the garden in the eighties and his ashes are here."),
            (106.1, 5.6, "The YSL museum is right next door but we didn't have time this trip."),
            (112.0, 4.6, "Honestly go right at opening, by ten it's shoulder to shoulder."),
            (157.6, 3.8, "Next, back into the medina to the Bahia Palace,"),
            (162.6, 4.6, "it was built for a grand vizier in the eighteen hundreds,"),
            (168.0, 4.6, "the ceilings are painted cedar wood and the courtyard is massive."),
            (173.8, 4.9, "There are cats absolutely everywhere, this one followed us for twenty minutes."),
            (179.2, 4.6, "Entry was a hundred dirhams each, cash only when we went."),
            (219.3, 5.3, "Lunch! We went to Nomad, it's a rooftop right on the spice square,"),
            (225.2, 4.6, "kind of modern Moroccan, I got the lamb tagine with prunes"),
            (230.2, 4.2, "and Mia got the cauliflower, which she's still talking about."),
            (235.2, 4.6, "And no, not the eSIM Nomad, the restaurant Nomad, different Nomad."),
            (240.2, 3.8, "Right downstairs is the spice square, the Rahba Kedima,"),
            (245.2, 5.3, "there's baskets and straw bags and live tortoises, which, please don't buy them."),
            (270.9, 3.1, "Then a mint tea at Café des"),
            (275.9, 6.0, "Épices, which is right on the other side of the square, the top floor has the best view."),
            (282.4, 4.9, "They call mint tea Berber whisky here, I've had like nine today."),
            (328.1, 4.6, "Okay we needed a break from the souks, they're a lot,"),
            (333.3, 4.9, "so we went to Le Jardin Secret, which is this hidden garden"),
            (339.0, 5.3, "right in the middle of the medina, and it's so calm in here,"),
            (345.3, 6.0, "you can go up the tower for an extra fee and see the Koutoubia minaret."),
            (352.4, 6.0, "We'll walk past the Koutoubia later but you can't go in if you're not Muslim."),
            (404.2, 3.8, "And now, the main square, Jemaa el-Fna, at night."),
            (409.2, 4.2, "It's smoke, drums, snake charmers, juice stalls, it's a lot."),
            (414.3, 5.6, "Stall number one-fourteen is the snail soup guy, I did try it, it's... peppery."),
            (421.0, 4.2, "Fresh orange juice for four dirhams, that's like forty cents."),
            (426.4, 4.9, "Watch out for the henna ladies, they literally just grab your hand."),
            (432.6, 6.0, "We ate at one of the grill stalls, skewers, bread, olives, it was like six euros for both of us."),
            (464.5, 6.0, "Back at the riad I had a Casablanca beer on the roof, which felt very illegal but isn't."),
            (471.3, 5.6, "Also we bought way too much argan oil, that's going in a haul video."),
            (477.9, 5.6, "Tomorrow we're doing a day trip to the Atlas Mountains and the Ourika Valley,"),
            (484.2, 3.8, "so I'll see you there. Bye for now, beslama!"),
        ],
        "captions": [
            (0, 5, "MARRAKECH 🇲🇦 day 1"),
            (157, 162, "tip: go at 8am ⏰"),
            (421, 427, "fresh orange juice = 4 MAD 🍊"),
        ],
        "places": [
            {"name": "Riad Yasmine", "aliases": [], "address": "209 Diour Saboun, Bab Taghzout, Marrakech", "lat": 31.6353, "lng": -7.9952},
            {"name": "Jardin Majorelle", "aliases": ["Majorelle", "Majorelle Garden"], "address": "Rue Yves St Laurent, Marrakech 40090", "lat": 31.6417, "lng": -8.0033},
            {"name": "Bahia Palace", "aliases": ["Palais de la Bahia", "Palais Bahia"], "address": "Rue Riad Zitoun el Jdid, Marrakech", "lat": 31.6216, "lng": -7.9828},
            {"name": "Nomad", "aliases": ["Nomad Marrakech"], "address": "1 Derb Aarjane, Rahba Kedima, Marrakech", "lat": 31.6297, "lng": -7.9864},
            {"name": "Café des Épices", "aliases": ["Cafe des Epices", "Café des Epices"], "address": "75 Rahba Lakdima, Marrakech", "lat": 31.63, "lng": -7.9868},
            {"name": "Le Jardin Secret", "aliases": ["Jardin Secret"], "address": "121 Rue Mouassine, Marrakech", "lat": 31.6318, "lng": -7.9881},
            {"name": "Jemaa el-Fna", "aliases": ["Jemaa el-Fnaa", "Djemaa el Fna", "Jemaa el Fna"], "address": "Jemaa el-Fna, Marrakech", "lat": 31.6258, "lng": -7.9891},
        ],
        "optional": ["Marrakech", "Morocco", "medina", "souks", "spice square", "Rahba Kedima", "YSL museum", "Koutoubia", "Koutoubia minaret", "Atlas Mountains", "Ourika Valley"],
    },
    {
        "id": "H23TbIlS07g",
        "lang": "en",
        "title": "TBILISI, GEORGIA 🇬🇪 the most underrated city in Europe? (sulfur baths, khachapuri & wine)",
        "channel": "Kai & Lena Travel",
        "duration": 446,
        "description": (
            "Our first two days in Tbilisi, and we're already planning to come back.\n"
            "\n"
            "0:00 Intro\n"
            "0:58 Old Town & Narikala\n"
            "2:54 Sulfur baths\n"
            "4:21 Dinner & wine\n"
            "6:02 Day two\n"
            "\n"
            "We stayed at Fabrika (not sponsored, we paid).\n"
            "Sulfur bath tip: book a private room a day ahead, walk-ins wait hours on weekends.\n"
            "\n"
            "Shot on Lumix S5II + DJI Mini 3\n"
            "Music: Epidemic Sound\n"
            "\n"
            "#tbilisi #georgia #caucasus #travelvlog"
        ),
        "tags": ["tbilisi", "georgia travel", "tbilisi vlog", "sulfur baths tbilisi", "khachapuri", "georgian wine", "narikala", "fabrika tbilisi", "caucasus travel", "underrated europe"],
        "chapters": [
            (0, "Intro"),
            (58, "Old Town & Narikala"),
            (174, "Sulfur baths"),
            (261, "Dinner & wine"),
            (362, "Day two"),
        ],
        "transcript": [
            (0.7, 6.0, "Gamarjoba from Tbilisi! That's hello in Georgian, and it's about the only word we know."),
            (7.1, 6.0, "We flew in at three a.m., which is apparently when every single flight lands here,"),
            (14.2, 4.6, "and took a Bolt from the airport for about twenty-five lari."),
            (19.8, 4.6, "We're staying at Fabrika, which is this old Soviet sewing factory"),
            (25.6, 6.0, "that's been turned into a hostel, with bars and little shops all around the courtyard."),
            (32.3, 6.0, "We got a private room and it's honestly nicer than most hotels we've stayed in."),
            (58.7, 5.6, "Today's plan: Old Town, the fortress, the baths, and a lot of cheese bread."),
            (65.4, 6.0, "We walked down across the Dry Bridge, and there's a flea market there every day,"),
            (72.4, 4.9, "Soviet medals, old cameras, vinyl, someone was selling an actual gas mask."),
            (77.8, 4.9, "Kai bought a Soviet watch for forty lari that has already stopped."),
            (83.6, 3.5, "Lena, say something about the watch. No. Okay."),
            (118.6, 6.0, "Then the cable car up to Narikala, it's like two and a half lari with a metro card."),
            (125.5, 5.6, "The fortress is from the fourth century, it's basically ruins now, but the view,"),
            (131.6, 4.9, "you can see the whole Old Town, the baths, the river, everything."),
            (137.8, 6.0, "And that's Mother Georgia over there, the big aluminium lady with a sword and a bowl of wine,"),
            (144.1, 3.5, "which tells you a lot about Georgians, honestly."),
            (174.1, 3.8, "Walked down the hill to Abanotubani, the bath district,"),
            (179.1, 4.9, "and yes it smells like eggs, in a good way, I promise."),
            (184.8, 6.0, "We booked a private room at Chreli Abano, that's the one with the blue mosaic front"),
            (191.5, 4.9, "that looks like a mosque, some people call it the Orbeliani baths."),
            (196.8, 6.0, "An hour, with a scrub, the kisi, where a very strong man exfoliates you within an inch of your life."),
            (203.8, 2.8, "I have never been this clean."),
            (208.8, 6.0, "Afterwards we sat outside with a cold lemonade, the tarragon one, which is green, and weirdly great."),
            (216.0, 4.9, "Pushkin apparently wrote about these baths, there's a quote on the wall."),
            (261.4, 6.0, "Dinner: we tried to get into Shavi Lomi but it was fully booked, so book ahead."),
            (268.6, 4.6, "Instead we went to Barbarestan, which is out on Aghmashenebeli Avenue,"),
            (274.5, 5.6, "and the story is the owners found a nineteenth-century cookbook at that flea market"),
            (281.0, 4.6, "written by a duchess called Barbare, and they cook from it."),
            (286.6, 4.9, "We had the duck, the walnut salad and a bottle of Saperavi,"),
            (292.3, 4.6, "which is the big red Georgian grape. And khinkali, the dumplings,"),
            (297.7, 6.0, "you hold them by the top knot and slurp the broth first, don't use a fork."),
            (304.4, 5.3, "Then Adjaruli khachapuri, the boat with the egg and butter in the middle,"),
            (310.7, 6.0, "you stir it all together and rip the crust off, it's a heart attack, I'd die happy."),
            (362.7, 5.3, "Day two, quick one: we walked up to Sameba, the Holy Trinity Cathedral,"),
            (368.6, 4.2, "it's enormous, it was only finished in two thousand four,"),
            (373.9, 4.6, "and there were three weddings going on at the same time."),
            (378.9, 6.0, "Please cover your shoulders, and women cover your hair, they have scarves at the door."),
            (386.1, 4.6, "We also tried Borjomi, the salty mineral water everyone drinks here,"),
            (391.5, 3.5, "and... it's an acquired taste. Lena loves it."),
            (396.5, 6.0, "And churchkhela, the walnut candles dipped in grape juice, from a lady by the bridge."),
            (423.2, 5.6, "Tomorrow we're taking a marshrutka up to Kazbegi, to the church on the mountain,"),
            (430.0, 3.5, "the Gergeti one, so that's the next video."),
            (435.0, 2.4, "Nakhvamdis, see you next time!"),
        ],
        "captions": [
            (118, 124, "Soviet watch: 40₾ (broken) ⌚"),
            (196, 203, "private room 1h · 120₾ + kisi scrub"),
        ],
        "places": [
            {"name": "Fabrika", "aliases": ["Fabrika Tbilisi", "Fabrika Hostel"], "address": "8 Egnate Ninoshvili St, Tbilisi", "lat": 41.7094, "lng": 44.8024},
            {"name": "Dry Bridge Market", "aliases": ["Dry Bridge", "Dry Bridge flea market", "Dry Bridge market"], "address": "Dry Bridge, Tbilisi", "lat": 41.699, "lng": 44.8078},
            {"name": "Narikala Fortress", "aliases": ["Narikala"], "address": "Narikala, Tbilisi", "lat": 41.6879, "lng": 44.8086},
            {"name": "Chreli Abano", "aliases": ["Orbeliani baths", "Orbeliani Bathhouse"], "address": "2 Abano St, Tbilisi", "lat": 41.688, "lng": 44.8106},
            {"name": "Barbarestan", "aliases": [], "address": "132 Davit Aghmashenebeli Ave, Tbilisi", "lat": 41.7128, "lng": 44.7953},
            {"name": "Holy Trinity Cathedral", "aliases": ["Sameba", "Sameba Cathedral", "Tbilisi Holy Trinity Cathedral"], "address": "Samreklo St, Tbilisi", "lat": 41.6973, "lng": 44.8168},
        ],
        "optional": ["Tbilisi", "Georgia", "Europe", "airport", "Old Town", "cable car", "Mother Georgia", "Abanotubani", "Shavi Lomi", "Aghmashenebeli Avenue", "Kazbegi", "Gergeti", "Gergeti Trinity Church"],
    },
    {
        "id": "H23NaPoL08h",
        "lang": "en",
        "title": "NAPLES Pizza Crawl 🍕 Is da Michele really the best? (+ underground city & sfogliatella)",
        "channel": "Pasta Passport",
        "duration": 498,
        "description": (
            "We ate 4 pizzas in one day in Naples so you don't have to (you should though).\n"
            "\n"
            "0:00 Ciao Napoli\n"
            "1:32 Pizza #1\n"
            "2:49 Spaccanapoli & the Christmas street\n"
            "3:57 Underground Naples\n"
            "5:00 Pizza #2\n"
            "6:02 Coffee\n"
            "7:00 Sunset\n"
            "\n"
            "PIZZERIAS IN THIS VIDEO\n"
            "L'Antica Pizzeria da Michele – Via Cesare Sersale 1\n"
            "Gino e Toto Sorbillo – Via dei Tribunali 32\n"
            "\n"
            "Thanks to Saily for sponsoring! Code PASTA = 5% off.\n"
            "Audio: DJI Mic 2 | Camera: Sony A6700\n"
            "Music: Epidemic Sound"
        ),
        "tags": ["naples", "napoli", "naples pizza", "best pizza in naples", "da michele", "sorbillo", "italy food tour", "sfogliatella", "naples travel vlog"],
        "chapters": [
            (0, "Ciao Napoli"),
            (92, "Pizza #1"),
            (169, "Spaccanapoli & the Christmas street"),
            (237, "Underground Naples"),
            (300, "Pizza #2"),
            (362, "Coffee"),
            (420, "Sunset"),
        ],
        "transcript": [
            (0.6, 6.0, "Ciao from Naples! Or Napoli, if you want to sound like you know what you're doing."),
            (7.4, 5.6, "We just got off the train at Napoli Centrale and, um, the first thing"),
            (14.2, 6.0, "you have to do here is eat a sfogliatella, that's the rule, I made it up."),
            (31.2, 4.6, "So we walked literally two minutes from the station to Attanasio,"),
            (36.5, 5.6, "it's down this little side street and they've been making these since the thirties."),
            (42.9, 6.0, "The riccia is the crispy shell one, the frolla is the soft one, get both."),
            (49.9, 4.9, "Ricotta, semolina, a bit of orange, still warm. Oh my god. Okay."),
            (56.1, 4.6, "Quick thank you to Saily for sponsoring this video, their eSIM"),
            (61.6, 4.9, "had us online the whole trip, code PASTA for five percent off."),
            (92.2, 4.2, "Right, pizza number one, the big one, L'Antica Pizzeria da"),
            (97.2, 6.0, "Michele. If you've seen Eat Pray Love, this is where Julia Roberts eats the pizza."),
            (104.1, 5.3, "There are only two pizzas on the menu, margherita and marinara, that's it."),
            (110.7, 4.9, "You take a number at the door, we waited about forty minutes,"),
            (116.3, 3.5, "which is actually not bad for a Saturday."),
            (121.3, 6.0, "The tomatoes are San Marzano, from just outside the city, and that's basically the whole secret."),
            (127.9, 5.3, "Margherita, five euros. Five euros! It's soupy in the middle, you fold it."),
            (134.4, 3.1, "Is it the best? Hold that thought."),
            (169.4, 4.9, "Walking it off down Spaccanapoli, the long straight street that literally splits"),
            (175.5, 6.0, "the old town in half, you can see the line of it from the hills."),
            (181.9, 4.2, "And we turned onto San Gregorio Armeno, the Christmas street,"),
            (187.1, 4.2, "it's nativity scenes all year round, and the little figurines"),
            (192.1, 4.2, "include, like, footballers and politicians. There's a Maradona one, obviously."),
            (197.1, 4.6, "I bought a tiny cornicello, the little red horn, for luck."),
            (237.6, 5.3, "Then we went underground, Napoli Sotterranea, the tour starts on Piazza San Gaetano,"),
            (243.3, 4.9, "you go forty meters down into the old Greek and Roman aqueducts"),
            (249.1, 5.6, "and there's a bit where you squeeze through a passage with a candle, sideways."),
            (255.7, 2.8, "Not for claustrophobic people, just saying."),
            (300.7, 5.6, "Pizza number two, Sorbillo, on Via dei Tribunali, which is basically the pizza street."),
            (306.7, 5.6, "Gino Sorbillo is kind of a celebrity here, his face is on the box."),
            (313.1, 5.3, "This one's bigger and the crust is a bit lighter, more leopard spots."),
            (319.0, 4.9, "Honestly? I think I prefer this one. Sorry, Michele. Don't @ me."),
            (324.9, 6.0, "We walked past the Quartieri Spagnoli on the way but that's a whole other video."),
            (362.2, 4.6, "Afternoon coffee at Gambrinus, the old café on the big square,"),
            (367.4, 6.0, "and no, not the beer, it's all gold mirrors and marble, like Vienna but louder."),
            (374.6, 4.9, "Espresso at the bar, standing up like a local, one euro something."),
            (380.5, 6.0, "They do the caffè sospeso thing here, where you pay for a coffee for a stranger."),
            (387.7, 6.0, "Right next to it is Piazza del Plebiscito, which is huge and empty and great for pigeons."),
            (420.0, 4.6, "And for sunset we walked down the seafront to Castel dell'Ovo,"),
            (425.9, 6.0, "the egg castle, there's a legend that Virgil hid a magic egg in the foundations"),
            (432.8, 3.8, "and if it ever breaks, Naples falls. No pressure."),
            (437.8, 6.0, "It's free to go in and from the top you can see Vesuvius across the bay."),
            (444.2, 6.0, "We had a spritz in Borgo Marinari, right under the castle, with all the boats."),
            (471.1, 3.5, "Tomorrow we're getting the Circumvesuviana to Pompeii, so"),
            (476.1, 5.6, "that's the next video, and then maybe Capri if the ferries aren't on strike."),
            (482.7, 5.6, "Final ranking: Sorbillo, then da Michele, then the sfogliatella. No wait, the sfogliatella's first."),
            (489.1, 1.8, "Ciao ciao!"),
        ],
        "captions": [
            (49, 55, "sfogliatella riccia €1.60"),
            (127, 132, "margherita €5 🍕"),
        ],
        "places": [
            {"name": "Sfogliatelle Attanasio", "aliases": ["Attanasio"], "address": "Vico Ferrovia, 1-2-3-4, 80142 Napoli", "lat": 40.853, "lng": 14.27},
            {"name": "L'Antica Pizzeria da Michele", "aliases": ["da Michele", "Antica Pizzeria da Michele"], "address": "Via Cesare Sersale, 1, 80139 Napoli", "lat": 40.8498, "lng": 14.2633},
            {"name": "Spaccanapoli", "aliases": [], "address": "Via Benedetto Croce / Via San Biagio dei Librai, Napoli", "lat": 40.848, "lng": 14.256},
            {"name": "Via San Gregorio Armeno", "aliases": ["San Gregorio Armeno"], "address": "Via San Gregorio Armeno, 80138 Napoli", "lat": 40.85, "lng": 14.2575},
            {"name": "Napoli Sotterranea", "aliases": ["Naples Underground"], "address": "Piazza San Gaetano, 68, 80138 Napoli", "lat": 40.8509, "lng": 14.2577},
            {"name": "Gino e Toto Sorbillo", "aliases": ["Sorbillo", "Gino Sorbillo", "Pizzeria Sorbillo"], "address": "Via dei Tribunali, 32, 80138 Napoli", "lat": 40.8508, "lng": 14.2557},
            {"name": "Gran Caffè Gambrinus", "aliases": ["Gambrinus", "Caffè Gambrinus"], "address": "Via Chiaia, 1-2, 80132 Napoli", "lat": 40.837, "lng": 14.249},
            {"name": "Castel dell'Ovo", "aliases": ["egg castle", "Castel dell Ovo"], "address": "Via Eldorado, 3, 80132 Napoli", "lat": 40.8282, "lng": 14.2475},
        ],
        "optional": ["Naples", "Napoli", "Italy", "Napoli Centrale", "old town", "Piazza San Gaetano", "Via dei Tribunali", "Quartieri Spagnoli", "Piazza del Plebiscito", "Vienna", "Vesuvius", "Borgo Marinari", "Pompeii", "Capri", "Circumvesuviana"],
    },
    {
        "id": "H23GaNgN09i",
        "lang": "ko",
        "title": "강릉 1박2일 브이로그 🌊 짬순 먹고 커피공장 가고 바다 보고 | 뚜벅이 여행",
        "channel": "소소한 하루 by 다은",
        "duration": 400,
        "description": (
            "뚜벅이로 다녀온 강릉 여행 첫째 날 🌊\n"
            "KTX 타고 서울역에서 두 시간 안 걸려요!\n"
            "\n"
            "📍 동화가든 | 강원 강릉시 초당순두부길77번길 15\n"
            "📍 오죽헌 | 강원 강릉시 율곡로3139번길 24\n"
            "📍 테라로사 커피공장 강릉본점 | 강원 강릉시 구정면 현천길 25\n"
            "📍 안목해변 | 강원 강릉시 창해로14번길\n"
            "📍 경포해변 | 강원 강릉시 안현동\n"
            "📍 강릉중앙시장 | 강원 강릉시 금성로 21\n"
            "\n"
            "🎵 BGM - 브금대통령\n"
            "📷 아이폰 15 프로\n"
            "\n"
            "#강릉여행 #강릉맛집 #뚜벅이여행 #짬순 #안목해변"
        ),
        "tags": ["강릉", "강릉여행", "강릉 브이로그", "강릉맛집", "뚜벅이여행", "짬뽕순두부", "강릉 카페", "국내여행"],
        "chapters": [],
        "transcript": [
            (1.2, 3.7, "안녕하세요 다은이에요 오늘은 강릉에 왔어요"),
            (6.2, 4.2, "KTX 타고 왔는데 진짜 금방 오더라고요 한 두 시간?"),
            (11.2, 4.2, "강릉역 도착하자마자 배고파서 바로 밥 먹으러 갑니다"),
            (16.2, 3.4, "오늘 날씨 완전 맑아요 바다 색깔 기대된다"),
            (36.2, 4.6, "버스 타고 초당동 쪽으로 왔는데요 여기가 순두부 마을이래요"),
            (41.3, 3.7, "골목에 순두부집이 진짜 다닥다닥 붙어 있어요"),
            (46.3, 4.8, "저희가 온 데는 동화가든이에요 짬순 원조집이라고 해서 왔어요"),
            (52.3, 4.3, "웨이팅 앱으로 미리 걸어놨는데도 한 사십 분 기다렸어요"),
            (77.6, 3.9, "짬뽕 순두부 나왔습니다 색깔 보세요 완전 빨개요"),
            (82.6, 3.7, "근데 생각보다 안 맵고 순두부가 엄청 고소해요"),
            (87.6, 3.6, "초당순두부는 바닷물로 간을 해서 그렇대요"),
            (92.6, 3.9, "사장님이 콩물도 서비스로 주셨어요 감사합니다"),
            (127.6, 3.0, "밥 먹고 소화시킬 겸 오죽헌 왔어요"),
            (132.6, 5.4, "여기가 율곡 이이 선생님이 태어나신 곳이래요 어머님이 신사임당이시고"),
            (139.0, 4.3, "오천원 지폐 뒷면에 나오는 그 검은 대나무가 여기 있어요"),
            (144.0, 4.6, "오만원권이랑 오천원권 모자가 다 여기 출신이라니 신기하죠"),
            (149.8, 3.9, "대나무가 진짜 까매요 그래서 이름이 오죽이래요"),
            (154.8, 2.5, "입장료는 삼천 원이었어요"),
            (184.8, 3.9, "그 다음은 커피의 도시 강릉 왔으면 커피 마셔야죠"),
            (189.8, 4.6, "테라로사 커피공장 본점 왔어요 택시 타고 한 이십 분 걸렸어요"),
            (195.6, 5.3, "건물이 완전 벽돌 창고 느낌이고 안에 로스팅 기계가 막 돌아가고 있어요"),
            (201.8, 4.0, "저는 핸드드립 시켰고 친구는 아인슈페너 시켰어요"),
            (206.8, 3.9, "빵도 하나 시켰는데 무화과 깜빠뉴 진짜 맛있어요"),
            (211.8, 3.7, "원두도 한 봉지 사 왔어요 집에서 내려 먹으려고"),
            (216.8, 4.2, "평일인데도 자리가 거의 꽉 찼어요 주말에는 더 많대요"),
            (256.8, 4.2, "해 지기 전에 바다 보러 왔어요 여기는 안목해변이에요"),
            (261.8, 4.2, "해변 따라서 카페가 쭉 있어서 커피거리라고도 불러요"),
            (267.2, 3.4, "바다 색깔 보세요 진짜 에메랄드 색이에요"),
            (272.2, 3.6, "바람이 엄청 불어서 머리가 완전 난리 났어요"),
            (277.2, 4.3, "모래사장에 앉아서 파도 소리 듣는데 그냥 너무 좋았어요"),
            (282.7, 4.6, "원래 경포도 가려고 했는데 시간이 없어서 버스에서만 봤어요"),
            (318.1, 4.2, "저녁은 강릉중앙시장에서 이것저것 사 먹기로 했어요"),
            (323.2, 3.9, "시장 입구부터 닭강정 냄새가 진짜 장난 아니에요"),
            (328.3, 4.8, "감자전이랑 감자옹심이 먹었는데 옹심이 식감이 쫀득쫀득해요"),
            (334.1, 4.2, "그리고 강릉 오면 꼭 먹어야 된다는 커피콩빵도 샀어요"),
            (339.1, 4.3, "초당옥수수 아이스크림도 먹었는데 이거 진짜 강추예요"),
            (344.3, 4.6, "시장 옆에 월화거리라고 산책길이 있는데 거기서 좀 걸었어요"),
            (349.4, 3.4, "밤에 불 켜지니까 분위기 너무 좋더라고요"),
            (374.4, 3.6, "숙소는 강릉역 근처 게스트하우스 잡았어요"),
            (379.4, 4.0, "내일은 주문진 가서 대게 먹을 거예요 기대해 주세요"),
            (384.4, 4.3, "오늘 영상 재밌게 보셨으면 구독이랑 좋아요 눌러주세요"),
            (389.4, 1.8, "그럼 안녕"),
        ],
        "captions": [
            (1, 6, "뚜벅이 강릉 여행 DAY 1 🌊"),
            (127, 132, "짬뽕순두부 12,000원"),
            (344, 350, "초당옥수수 아이스크림 🌽 4,500원"),
        ],
        "places": [
            {"name": "동화가든", "aliases": ["동화가든 본점", "Donghwa Garden"], "address": "강원 강릉시 초당순두부길77번길 15", "lat": 37.7907, "lng": 128.9148},
            {"name": "오죽헌", "aliases": ["Ojukheon"], "address": "강원 강릉시 율곡로3139번길 24", "lat": 37.7792, "lng": 128.8787},
            {"name": "테라로사 커피공장 강릉본점", "aliases": ["테라로사 커피공장", "테라로사", "Terarosa"], "address": "강원 강릉시 구정면 현천길 25", "lat": 37.6996, "lng": 128.8907},
            {"name": "안목해변", "aliases": ["안목 커피거리", "커피거리", "Anmok Beach"], "address": "강원 강릉시 창해로14번길", "lat": 37.7719, "lng": 128.9475},
            {"name": "강릉중앙시장", "aliases": ["중앙시장", "강릉 중앙시장", "Gangneung Jungang Market"], "address": "강원 강릉시 금성로 21", "lat": 37.7543, "lng": 128.899},
        ],
        "optional": ["강릉", "강릉역", "서울역", "KTX", "초당동", "순두부 마을", "경포", "경포해변", "월화거리", "주문진", "게스트하우스"],
    },
    {
        "id": "H23GyEoN10j",
        "scene": "busy",
        "lang": "ko",
        "title": "엄마랑 경주 벚꽃 여행 🌸 1박2일 브이로그",
        "channel": "쭈니로그",
        "duration": 424,
        "description": (
            "엄마랑 둘이 다녀온 경주 🌸\n"
            "장소는 영상 속 자막에 다 적어놨어요!\n"
            "\n"
            "#경주여행 #경주벚꽃 #엄마랑여행 #국내여행"
        ),
        "tags": ["경주", "경주여행", "경주 벚꽃", "엄마랑 여행", "경주 브이로그", "국내여행 추천"],
        "chapters": [],
        "transcript": [
            (0.9, 3.0, "엄마 여기 봐봐 카메라 보고 인사해"),
            (5.9, 3.9, "안녕하세요 오늘은 엄마랑 둘이 경주에 왔습니다"),
            (10.9, 4.8, "신경주역에서 버스 타고 시내로 들어왔어요 한 삼십 분 걸렸어요"),
            (16.8, 3.3, "일단 김밥부터 먹고 시작하기로 했어요"),
            (21.8, 3.1, "엄마가 아침을 안 드셔서 배고프대요"),
            (46.8, 4.8, "여기가 계란 지단이 엄청 많이 들어가는 김밥으로 유명한 데예요"),
            (52.4, 3.9, "엄마 맛이 어때? 음 계란이 진짜 많네 폭신폭신해"),
            (57.4, 4.8, "웨이팅은 한 십오 분 정도 했어요 포장해 가는 사람도 많더라고요"),
            (62.8, 3.9, "국수도 하나 시켰는데 잔치국수 국물이 깔끔해요"),
            (67.8, 4.3, "엄마가 김밥 두 줄 더 포장하자고 하셨어요 기차에서 먹게"),
            (97.9, 4.3, "그 다음 걸어서 바로 옆으로 왔는데 엄마 저게 다 무덤이래"),
            (102.9, 3.6, "와 이게 무덤이라고? 나는 언덕인 줄 알았어"),
            (107.9, 4.8, "옛날 왕들 무덤이라는데 안에 들어가 볼 수 있는 데가 하나 있어요"),
            (113.3, 4.0, "안에 금관 복제품이랑 말 그림 있는 거 전시돼 있어요"),
            (118.3, 4.0, "목련 나무 포토존 줄 서서 사진 찍었어요 한 이십 분?"),
            (123.3, 2.8, "엄마 사진 엄청 잘 나왔어 프사 해"),
            (148.3, 4.5, "조금 걷다 보니까 이게 나와요 엄마 이거 교과서에서 봤지?"),
            (153.9, 4.3, "동양에서 제일 오래된 천문대래요 근데 생각보다 작아요"),
            (158.9, 4.5, "엄마는 학교 다닐 때 수학여행으로 왔었대요 그때랑 똑같대"),
            (163.9, 3.9, "주변에 유채꽃이랑 벚꽃이 같이 펴서 진짜 예뻐요"),
            (168.9, 3.0, "여기서 엄마랑 셀카 백 장 찍었어요"),
            (203.9, 3.7, "골목 구경하다가 카페 들어와서 잠깐 쉬었어요"),
            (208.9, 4.3, "한옥 카페인데 창밖으로 기와지붕이 보여서 너무 좋아요"),
            (213.9, 3.1, "저는 쑥라떼 엄마는 대추차 시켰어요"),
            (218.9, 5.4, "돌아가는 길에 빵 하나 사 먹었어요 팥이 꽉 차 있어서 엄마가 좋아하셨어요"),
            (264.8, 3.7, "숙소 체크인하고 좀 쉬다가 밤에 다시 나왔어요"),
            (269.8, 4.2, "밤바람이 좀 쌀쌀해서 엄마 카디건 챙겨 오길 잘했어요"),
            (274.9, 4.6, "여기는 무조건 밤에 와야 된대요 물에 비친 게 진짜 예술이에요"),
            (279.9, 3.7, "엄마가 오늘 간 데 중에서 여기가 제일 좋았대요"),
            (284.9, 3.3, "사람이 진짜 많았는데 그래도 올 만해요"),
            (289.9, 4.2, "입장 마감이 아홉 시 반이니까 너무 늦게 오시면 안 돼요"),
            (339.9, 3.4, "둘째 날 아침 일찍 버스 타고 좀 멀리 왔어요"),
            (344.9, 3.1, "절이 진짜 크고 돌계단이 유명하대요"),
            (349.9, 5.0, "탑 두 개가 마주 보고 있는데 십원짜리 동전에 나오는 탑이 이거래요"),
            (355.4, 3.1, "엄마가 소원 빌고 초도 하나 켜셨어요"),
            (360.4, 3.6, "무슨 소원 빌었냐고 물어봤는데 비밀이래요"),
            (365.4, 3.4, "벚꽃이 아직 안 떨어져서 진짜 다행이에요"),
            (390.4, 5.6, "원래 석굴암까지 올라가려고 했는데 엄마 무릎 때문에 다음에 가기로 했어요"),
            (396.9, 3.7, "내려와서 주차장 앞에서 어묵 하나씩 먹었어요"),
            (401.9, 3.3, "엄마 경주 어땠어? 너무 좋았어 또 오자"),
            (406.9, 3.9, "엄마랑 여행 자주 다녀야겠다는 생각이 들었어요"),
            (411.9, 2.5, "다음 영상에서 만나요 안녕"),
        ],
        "captions": [
            (0, 5, "엄마랑 경주 1박 2일 🌸"),
            (46, 56, "📍 교리김밥"),
            (62, 67, "계란 지단 가득 🥚"),
            (97, 107, "📍 대릉원"),
            (113, 119, "천마총 내부"),
            (123, 128, "목련 포토존 📸"),
            (148, 158, "📍 첨성대"),
            (203, 211, "📍 황리단길"),
            (264, 268, "DAY 1 밤 🌙"),
            (264, 269, "황남빵 🍞"),
            (274, 284, "📍 동궁과 월지 (야경)"),
            (339, 343, "DAY 2"),
            (344, 354, "📍 불국사"),
            (355, 361, "다보탑 · 석가탑"),
            (396, 401, "석굴암은 다음에…"),
            (411, 416, "다음 여행지는 어디로? 👀"),
        ],
        "places": [
            {"name": "교리김밥", "aliases": ["Gyori Gimbap"], "address": "경북 경주시 탑리3길 2", "lat": 35.8318, "lng": 129.2127},
            {"name": "대릉원", "aliases": ["Daereungwon", "대릉원 고분군"], "address": "경북 경주시 황남동 31-1", "lat": 35.8383, "lng": 129.2115},
            {"name": "첨성대", "aliases": ["Cheomseongdae"], "address": "경북 경주시 인왕동 839-1", "lat": 35.8347, "lng": 129.219},
            {"name": "동궁과 월지", "aliases": ["안압지", "Donggung Palace and Wolji Pond"], "address": "경북 경주시 원화로 102", "lat": 35.8348, "lng": 129.2265},
            {"name": "불국사", "aliases": ["Bulguksa"], "address": "경북 경주시 불국로 385", "lat": 35.79, "lng": 129.332},
        ],
        "optional": ["경주", "신경주역", "천마총", "황리단길", "황남빵", "다보탑", "석가탑", "석굴암"],
    },
    {
        "id": "H23DaEjE11k",
        "lang": "ko",
        "title": "대전 빵지순례 당일치기 🍞 성심당 오픈런 성공?!",
        "channel": "빵순이 지은",
        "duration": 459,
        "description": "",
        "tags": [],
        "chapters": [],
        "transcript": [
            (0.6, 4.3, "여러분 지금 아침 일곱 시 반이에요 저 대전역 도착했어요"),
            (5.7, 3.4, "오늘 목표는 딱 하나 성심당 오픈런입니다"),
            (10.7, 4.0, "역에서 걸어서 한 십오 분? 은행동 쪽으로 가면 돼요"),
            (35.7, 4.0, "와 근데 벌써 줄이 이만큼 서 있어요 여덟 시 오픈인데"),
            (40.8, 3.3, "앞에 계신 분은 부산에서 오셨대요 대박"),
            (45.8, 3.9, "저는 이 날을 위해서 어제 저녁도 조금만 먹었어요"),
            (50.8, 4.8, "줄이 생각보다 빨리 줄어요 직원분들이 정리를 엄청 잘해 주세요"),
            (95.9, 4.2, "드디어 들어왔어요 사람 진짜 많아요 정신 하나도 없어"),
            (101.3, 4.6, "튀김소보로는 무조건 사야 되고요 판타롱 부추빵도 담았어요"),
            (106.4, 3.1, "명란바게트는 벌써 품절이래요 ㅠㅠ"),
            (111.4, 3.4, "딸기시루는 계절 메뉴라서 지금은 없대요"),
            (116.4, 3.4, "쟁반이 점점 무거워져요 이성을 잃었어요"),
            (121.4, 3.6, "총 삼만 이천 원 나왔어요 생각보다 안 비싸죠"),
            (126.4, 4.6, "케이크부띠끄는 따로 건물이 있는데 거기는 다음에 가 볼게요"),
            (161.4, 3.7, "빵 들고 조금 걸어서 옛날 도청 건물 구경 왔어요"),
            (166.4, 4.6, "지금은 대전 근현대사 전시관이라고 해서 무료로 볼 수 있어요"),
            (172.2, 5.1, "건물이 천구백삼십이 년에 지어졌대요 계단이랑 창문이 너무 예뻐요"),
            (178.4, 3.0, "드라마 촬영도 여기서 많이 했대요"),
            (183.4, 3.7, "사람이 별로 없어서 조용히 구경하기 좋았어요"),
            (223.4, 3.7, "점심은 두부두루치기 먹으러 광천식당 왔어요"),
            (228.4, 5.3, "대전 사람들은 다 안다는 집이래요 택시 기사님도 여기 추천해 주셨어요"),
            (234.7, 5.9, "두부를 매콤한 양념에 졸인 건데 남은 양념에 칼국수 사리 비벼 먹는 게 국룰이래요"),
            (241.5, 3.9, "진짜 밥도둑이에요 맵찔이는 좀 매울 수도 있어요"),
            (246.5, 2.5, "물을 세 컵 마셨어요 아 맵다"),
            (251.5, 3.6, "그래도 숟가락을 못 놓겠어요 계속 들어가요"),
            (301.5, 4.5, "배부르니까 산책하러 한밭수목원 왔어요 여기 엄청 넓어요"),
            (306.5, 4.3, "엑스포 다리도 저기 보이는데 밤에 조명 켜지면 예쁘대요"),
            (311.6, 5.0, "벤치에 앉아서 아까 산 튀김소보로 하나 먹었어요 식어도 맛있어요"),
            (317.8, 4.5, "꿈돌이가 여기저기 있어요 대전 마스코트래요 너무 귀여워"),
            (323.4, 4.0, "오리들이 자꾸 빵 달라고 쫓아와요 안 돼 이거 내 거야"),
            (368.7, 3.9, "저녁은 칼국수의 도시 대전에서 칼국수 먹어야죠"),
            (373.7, 4.0, "오씨칼국수 왔어요 물총칼국수로 유명한 집이에요"),
            (378.9, 3.7, "물총이 조개 이름이래요 국물이 완전 시원해요"),
            (383.9, 4.2, "조개가 진짜 산처럼 쌓여 있어요 김치도 너무 맛있어요"),
            (388.9, 4.0, "오늘 하루 종일 탄수화물만 먹은 것 같아요 행복해요"),
            (393.9, 5.6, "다음에는 소제동 카페거리도 가보고 싶어요 오늘은 시간이 없어서 못 갔어요"),
            (425.2, 3.4, "이제 대전역 가서 SRT 타고 집에 갑니다"),
            (430.2, 4.5, "아 역에도 성심당 있는데 하나 더 사 갈까 고민 중이에요 ㅋㅋ"),
            (435.9, 2.5, "결국 부추빵 하나 더 샀어요"),
            (440.9, 4.3, "오늘 빵지순례 성공적이었어요 구독 좋아요 부탁드려요"),
            (446.3, 1.8, "안녕"),
        ],
        "captions": [
            (0, 4, "AM 7:30"),
            (106, 111, "튀김소보로 1,700원"),
            (126, 132, "오늘의 빵 영수증 32,000원 🧾"),
            (246, 252, "두부두루치기 + 칼국수 사리"),
            (393, 398, "물총칼국수 🐚"),
        ],
        "places": [
            {"name": "성심당 본점", "aliases": ["성심당", "Sungsimdang"], "address": "대전 중구 대종로480번길 15", "lat": 36.3277, "lng": 127.4273},
            {"name": "대전근현대사전시관", "aliases": ["대전 근현대사 전시관", "옛 충남도청", "옛날 도청 건물"], "address": "대전 중구 중앙로 101", "lat": 36.3272, "lng": 127.4194},
            {"name": "광천식당", "aliases": ["Gwangcheon Sikdang"], "address": "대전 중구 대종로505번길 29", "lat": 36.3287, "lng": 127.4275},
            {"name": "한밭수목원", "aliases": ["Hanbat Arboretum"], "address": "대전 서구 둔산대로 169", "lat": 36.3689, "lng": 127.388},
            {"name": "오씨칼국수", "aliases": ["오씨 칼국수"], "address": "대전 동구 옛신탄진로 13", "lat": 36.3414, "lng": 127.4296},
        ],
        "optional": ["대전", "대전역", "은행동", "케이크부띠끄", "엑스포 다리", "소제동", "소제동 카페거리", "SRT"],
    },
    {
        "id": "H23PaCk12lM",
        "lang": "en",
        "title": "What I Packed for 3 Months in Southeast Asia 🎒 (carry-on only, 7kg!)",
        "channel": "Carry-On Claire",
        "duration": 388,
        "description": (
            "My full carry-on packing list for three months in Thailand, Vietnam, Bali and (maybe) the Philippines.\n"
            "\n"
            "0:00 Intro\n"
            "0:39 The bag\n"
            "1:19 Clothes\n"
            "2:41 Toiletries & meds\n"
            "3:42 Tech\n"
            "4:34 Documents & money\n"
            "5:22 What I'm leaving at home\n"
            "\n"
            "GEAR LINKS (some are affiliate links, thank you for supporting the channel!)\n"
            "• Osprey Farpoint 40\n"
            "• Peak Design packing cubes\n"
            "• Anker 10,000mAh power bank\n"
            "• Patagonia Nano Puff\n"
            "• Kathmandu rain shell\n"
            "• Havaianas\n"
            "\n"
            "Music: Epidemic Sound"
        ),
        "tags": ["packing list", "carry on only", "southeast asia packing list", "backpacking southeast asia", "what to pack for thailand", "minimalist packing", "solo female travel", "7kg carry on"],
        "chapters": [
            (0, "Intro"),
            (39, "The bag"),
            (79, "Clothes"),
            (161, "Toiletries & meds"),
            (222, "Tech"),
            (274, "Documents & money"),
            (322, "What I'm leaving at home"),
        ],
        "transcript": [
            (0.4, 6.0, "Hi everyone, welcome back, I'm Claire, and in three days I fly out to Bangkok"),
            (7.7, 4.2, "for three months in Southeast Asia, so Thailand, Vietnam, Bali,"),
            (12.7, 4.6, "and maybe the Philippines if I still have money by then."),
            (17.9, 4.2, "And I'm doing it all carry-on only, seven kilos, because"),
            (22.9, 5.6, "budget airlines like AirAsia weigh your bag at the gate and they are ruthless."),
            (39.0, 6.0, "So the bag. This is the Osprey Farpoint forty, I've had it for six years,"),
            (45.4, 6.0, "it's been to like twenty countries, the zip on the side is held together with hope."),
            (52.6, 5.6, "Everything goes into these Peak Design packing cubes, one for tops, one for bottoms,"),
            (59.3, 2.8, "and one for, um, the chaos."),
            (79.3, 4.6, "Clothes. It's going to be thirty-five degrees and humid basically everywhere,"),
            (84.9, 6.0, "so it's all linen and merino, three tops, two pairs of shorts, one pair of linen trousers"),
            (92.0, 4.2, "for temples, because you need your knees and shoulders covered."),
            (97.0, 6.0, "This sarong I bought at a night market in Chiang Mai on my last trip,"),
            (103.5, 4.9, "it's a towel, a beach blanket, a scarf, a curtain, it's everything."),
            (109.7, 4.6, "Like, genuinely, I've used it as a pillow on a ferry."),
            (114.8, 4.6, "One Patagonia Nano Puff, I know, a puffer in the tropics,"),
            (119.8, 5.3, "but the night buses in Vietnam have the air-con set to, like, Arctic."),
            (125.6, 3.5, "Uniqlo Heattech for the same reason, don't laugh."),
            (130.6, 4.2, "Shoes: Havaianas and one pair of trail runners, that's it."),
            (135.7, 5.3, "Oh and one swimsuit. Okay, two swimsuits. They weigh nothing, leave me alone."),
            (161.6, 5.6, "Toiletries are all solid so I don't have to deal with the liquids bag,"),
            (168.1, 6.0, "shampoo bar, conditioner bar, and a tiny bottle of Dr. Bronner's for laundry in the sink."),
            (174.9, 5.3, "Reef-safe sunscreen, because some beaches in Thailand actually ban the normal stuff now."),
            (180.9, 4.6, "Meds: rehydration salts, because Bali belly is real, and I've had"),
            (186.3, 3.5, "the Bangkok version too, it's not a vibe."),
            (191.3, 4.9, "And Tiger Balm, which I'll probably just buy there because it's cheaper."),
            (222.3, 4.6, "Tech. Phone, Kindle, this Anker power bank, and a universal adapter"),
            (228.0, 4.9, "because Thailand and Vietnam use about four different plug types between them."),
            (234.0, 5.3, "I'm not bringing a laptop this time, which is terrifying for a YouTuber,"),
            (239.9, 5.6, "I'm editing everything on my phone, so if the videos look bad, that's why."),
            (246.7, 6.0, "For data I just buy a local SIM at the airport, it's like ten dollars for a month."),
            (274.0, 4.6, "Documents: passport, obviously, with at least six months left on it,"),
            (279.2, 5.3, "printed copies of my insurance, and the Vietnam e-visa, print it, trust me."),
            (284.9, 5.6, "Money: two cards from two different banks, and a hundred US dollars in cash"),
            (291.5, 4.2, "hidden in three different places, in case everything goes wrong."),
            (296.5, 6.0, "I use Wise and Revolut, and I pay for basically everything with Grab once I'm there."),
            (322.9, 4.9, "Things I'm leaving at home: hair dryer, jeans, more than one book,"),
            (328.6, 4.6, "and the Lonely Planet, it's all on my phone now anyway."),
            (334.2, 5.6, "Also no rain jacket, just this Kathmandu shell that packs into its own pocket,"),
            (340.6, 4.6, "because in the wet season you're gonna get soaked either way."),
            (346.2, 6.0, "I would love to squeeze in Angkor Wat in Cambodia at the end, but we'll see about the budget."),
            (368.2, 6.0, "So that's it! Seven point two kilos, I'm gonna have to wear the trail runners on the plane."),
            (375.4, 6.0, "Let me know what I forgot in the comments, and I'll see you in Thailand!"),
        ],
        "captions": [
            (39, 45, "OSPREY FARPOINT 40 · 1.5kg"),
            (284, 289, "tip: print your e-visa 🖨️"),
            (368, 374, "TOTAL: 7.2 kg 😬"),
        ],
        "places": [],
        "optional": ["Bangkok", "Southeast Asia", "Thailand", "Vietnam", "Bali", "Philippines", "Chiang Mai", "Angkor Wat", "Cambodia"],
    },
]
