"""Template families by author A17, written without seeing the detector, its features, its
weights or any other author's families. Style: a London marketplace trust & safety analyst;
transactional, money-and-platform flavoured chats (upsells, top-ups, reminders, handovers).
Everything is non-explicit: risky families show risk patterns only.

Risky:
- a17g1_coach_private_sessions (grooming): paid "gaming coach" upsells private 1:1 sessions to a 12-year-old, covers them in game currency, wants it kept from parents and moved to a private channel
- a17g2_currency_then_favours (grooming): adult keeps topping up a 14-year-old with game currency and gifts, then calls in "favours": secrecy, a selfie, a private app
- a17g3_fake_fifteen_fan (grooming): adult posing as a 15-year-old in a fan community; the age story slips, then pushes to switch apps and meet alone
- a17s1_impersonator_crypto_countdown (sextortion): impersonator claims to have "what you sent", demands crypto on a countdown, threatens the contacts list
Benign (hard negatives):
- a17b1_dating_first_date (adult_adult): two adults from a dating app swap notes on their own photos and plan a first date somewhere public; "don't tell my sister"
- a17b2_landlord_rent_reminder (adult_adult): landlord chases an adult tenant for late rent with a deadline and a payment link
- a17b3_marketplace_bike_sale (adult_adult): second-hand bike sale between adults; photo of the bike, meet at the station, bring cash
- a17b4_leaving_party_whip_round (adult_adult): coworkers organise a surprise leaving do; keep it secret, pay £10 by Friday
"""

# ruff: noqa: E501

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

COACH_PRIVATE_SESSIONS = Family(
    "a17g1_coach_private_sessions",
    "grooming",
    "coach_minor",
    {
        "en": (
            _s("a", "gg, that last round was actually decent", "nice clutch in that last match", "ok you've got aim, not gonna lie", "saw your replay, not bad at all"),
            _s("b", "thanks!! i've been practising loads", "ty i was so nervous lol", "really? i thought i threw at the end", "thanks, been grinding {game} all week"),
            _s("a", "I coach {game} players, been doing it a few years", "I run coaching for {game}, mostly ranked players", "I do paid coaching on {game}, got a few students in the top bracket", "coaching's my thing, {game} mainly"),
            _s("b", "wait that's so cool", "how much is it?", "my mum would never pay for that lol", "is it expensive"),
            _r("a", "how old are you btw? you play way smarter than most kids", "what year are you in at school? you don't play like a little kid", "you're what, 12? honestly you're more mature than my adult students", "how old r u? asking cos you sound older than you play"),
            _s("b", "12", "im 12, 13 in march", "year 7", "12 why"),
            _r("a", "tell you what, I'll do private 1:1 sessions for you, no charge, just don't mention it to the group", "I don't normally do this but I'll give you private sessions free, keep it between us tho or everyone will want one", "you can have private lessons with me, on the house, but it's our thing ok", "private sessions are usually {amount} but for you I'll sort it, just don't tell the others"),
            _s("b", "really?? thank you so much", "omg yes", "are you sure?", "that's so nice"),
            _r("a", "I'll send you {amount} in {currency} so you can get the pass and we can train properly", "check your account, I dropped some {currency} in for the battle pass", "sending {currency} now, buy whatever skins you want, consider it a scholarship", "I'll cover your {currency}, students of mine shouldn't be stuck on default"),
            _s("b", "omg i got it thank you", "wait that's so much", "you didn't have to do that", "just got it!!"),
            _r("a", "do your parents check your phone or your {game} account?", "does your mum look at who you play with?", "are your parents the type to go through your messages?", "who sees your chats, do your parents read them?"),
            _s("b", "not really", "sometimes my dad looks", "no they don't know how lol", "only my mum sometimes"),
            _r("a", "best not mention the {currency} or the sessions then, parents get weird about coaches", "keep the sessions to yourself, parents don't get gaming and they'll shut it down", "don't tell them about me yeah, they won't understand, they'll think it's weird", "this stays between us ok? coaching's our secret"),
            _r("a", "add me on {app}, the public server's too noisy for proper coaching", "let's move to {app}, I'll make a private channel just for us", "DM me on {app} instead, easier to screen share there", "I've got a private {app} server for students, join that and we'll talk there"),
            _r("a", "and turn your camera on next session so I can see how you react", "send a pic of yourself so I know who I'm coaching", "switch the cam on tonight, I coach better when I can see your face", "quick selfie for my student list?", optional=True),
            _s("b", "ok", "umm ok", "maybe later", "ok what time"),
            _r("a", "{day} at {time}, and don't tell anyone else about it", "same time {day}, just you and me, yeah?", "{time} tonight, private channel, don't bring your mates", "see you {day}, remember it's between us"),
        ),
        "es": (
            _s("a", "gg, esa última ronda estuvo bien", "buen clutch en la última partida", "tienes buena puntería eh, no te voy a mentir", "vi tu repetición, nada mal"),
            _s("b", "graciasss llevo mucho practicando", "gracias estaba súper nervioso jaja", "¿en serio? pensé que la había liado al final", "gracias, llevo toda la semana con {game}"),
            _s("a", "soy coach de {game}, llevo unos años", "doy clases de {game}, sobre todo a gente de ranked", "hago coaching de pago en {game}, tengo alumnos en lo más alto", "lo mío es entrenar, sobre todo {game}"),
            _s("b", "uf qué guay", "¿y cuánto cuesta?", "mi madre no me lo pagaría ni loca jaja", "¿es caro?"),
            _r("a", "oye ¿cuántos años tienes? juegas más listo que la mayoría de críos", "¿en qué curso estás? no juegas como un niño pequeño", "¿tienes qué, 12? pues eres más maduro que mis alumnos adultos", "¿cuántos años tienes? lo digo porque pareces mayor"),
            _s("b", "12", "12, cumplo 13 en marzo", "estoy en primero de la ESO", "12 ¿por?"),
            _r("a", "mira, te doy clases privadas 1 a 1 gratis, pero no lo digas en el grupo", "no suelo hacerlo pero a ti te doy clases privadas gratis, eso sí, entre nosotros", "puedes tener clases privadas conmigo, invito yo, pero es cosa nuestra", "las privadas cuestan {amount} pero a ti te lo apaño, solo no se lo cuentes a los demás"),
            _s("b", "¿¿en serio?? muchas gracias", "sííí", "¿seguro?", "qué majo"),
            _r("a", "te paso {amount} en {currency} para que te pilles el pase y entrenemos bien", "mira tu cuenta, te he metido {currency} para el pase de batalla", "te mando {currency} ya, cómprate las skins que quieras, es como una beca", "yo te pago los {currency}, mis alumnos no van con la skin por defecto"),
            _s("b", "ya me han llegado gracias", "¿pero eso es un montón?", "no hacía falta", "¡¡ya lo tengo!!"),
            _r("a", "¿tus padres te miran el móvil o la cuenta de {game}?", "¿tu madre mira con quién juegas?", "¿tus padres son de los que te leen los mensajes?", "¿quién ve tus chats, tus padres los leen?"),
            _s("b", "la verdad que no", "a veces mi padre", "no, no saben ni cómo jaja", "solo mi madre a veces"),
            _r("a", "pues mejor no les digas lo de los {currency} ni lo de las clases, los padres se ponen raros con los coaches", "lo de las clases guárdatelo, tus padres no entienden de juegos y te lo van a quitar", "no les hables de mí ¿vale? no lo van a entender", "esto queda entre tú y yo ¿ok? es nuestro secreto"),
            _r("a", "agrégame en {app}, el servidor público tiene demasiado ruido", "vamos a {app}, te hago un canal privado solo para los dos", "escríbeme por {app} mejor, ahí puedo compartir pantalla", "tengo un servidor privado en {app} para alumnos, entra y hablamos ahí"),
            _r("a", "y la próxima pon la cámara, quiero ver cómo reaccionas", "mándame una foto tuya para saber a quién entreno", "enciende la cámara esta noche, entreno mejor si te veo la cara", "¿un selfie rápido para mi lista de alumnos?", optional=True),
            _s("b", "vale", "emm vale", "luego quizás", "vale ¿a qué hora?"),
            _r("a", "el {day} a las {time}, y no se lo digas a nadie", "a la misma hora el {day}, solo tú y yo ¿sí?", "a las {time}, canal privado, no traigas a tus amigos", "nos vemos el {day}, acuérdate que es entre nosotros"),
        ),
    },
)

CURRENCY_THEN_FAVOURS = Family(
    "a17g2_currency_then_favours",
    "grooming",
    "adult_minor",
    {
        "en": (
            _s("a", "hey, you still stuck on that level?", "did you manage to get past the boss in the end?", "you online tonight?", "how's the grind going"),
            _s("b", "yeah its impossible", "nope still stuck", "ya for a bit", "slowly lol"),
            _r("a", "sent you {amount} of {currency}, go get the upgrade", "just gifted you some {currency}, don't say I never do anything for you", "check your inbox, there's {currency} waiting", "I topped you up again, {amount} worth"),
            _s("b", "wait again?? thank you", "omg thanks", "you're literally the best", "you don't have to keep doing that"),
            _r("a", "you're 14 right? you're honestly more grown up than people my age", "14 and already this sensible, you're not like other kids", "can't believe you're only 14, you're way more mature", "how old did you say, 14? you talk like you're older"),
            _s("b", "yeah 14", "haha thanks", "my mum says i act like a baby", "14 in june actually"),
            _r("a", "I'd get you that {game} bundle for your birthday too, or a gift card, whatever you want", "want me to send you a gift card? {amount} on {pay}, no big deal", "I can order you the headset you wanted, just give me an address", "I'll buy you the bundle, you deserve it"),
            _s("b", "really? that's so much", "idk if my mum would let me", "are you sure", "oh wow"),
            _r("a", "don't tell your parents about the {currency} though, they'll make you give it back", "keep the gifts quiet yeah, parents always ruin stuff like this", "your mum doesn't need to know where the {currency} came from", "just say you won it, easier than explaining me"),
            _s("b", "ok", "i wont", "they wouldn't get it anyway", "ok fine"),
            _r("a", "after everything I've sent you, you can do me a little favour, right?", "you owe me one now haha, I've been pretty generous", "so I've done a lot for you, time you did something for me", "I don't ask for much, but I've spent {amount} on you"),
            _s("b", "what favour", "um like what", "depends what it is", "what do you mean"),
            _r("a", "just send a pic of you, want to see who I've been spoiling", "send me a selfie, just your face, it's only fair", "turn your camera on for a bit so we can actually talk", "a pic of you is all, nothing weird"),
            _s("b", "idk", "why tho", "i dont really send pics", "umm"),
            _r("a", "let's talk on {app} instead, it's more private and nobody checks it", "download {app}, messages disappear there so your parents won't see", "add me on {app}, this game chat gets read by mods", "move to {app}, I'll explain there"),
            _r("a", "if you don't, I might stop sending {currency}, just saying", "come on, don't be ungrateful after all that", "I thought we were friends, friends help each other", "fine, I'll give the {currency} to someone who appreciates it", optional=True),
        ),
        "es": (
            _s("a", "ey ¿sigues atascado en ese nivel?", "¿al final pudiste con el jefe?", "¿te conectas esta noche?", "¿qué tal vas farmeando?"),
            _s("b", "sí es imposible", "nop sigo igual", "sí un rato", "poco a poco jaja"),
            _r("a", "te he mandado {amount} en {currency}, ve a por la mejora", "te acabo de regalar {currency}, luego no digas que no hago nada por ti", "mira tu bandeja, tienes {currency} esperando", "te he recargado otra vez, {amount}"),
            _s("b", "¿¿otra vez?? gracias", "uff gracias", "eres el mejor de verdad", "no hace falta que sigas haciéndolo"),
            _r("a", "tienes 14 ¿no? eres más maduro que gente de mi edad", "14 años y tan sensato, no eres como los demás críos", "no me creo que solo tengas 14, pareces mucho mayor", "¿cuántos dijiste, 14? hablas como alguien mayor"),
            _s("b", "sí 14", "jaja gracias", "mi madre dice que soy un crío", "14 en junio en realidad"),
            _r("a", "te regalo también el pack de {game} por tu cumple, o una tarjeta regalo, lo que quieras", "¿quieres que te pase una tarjeta regalo? {amount} por {pay}, no pasa nada", "te pido los cascos que querías, solo dame una dirección", "te compro el pack, te lo mereces"),
            _s("b", "¿en serio? es mucho", "nose si mi madre me dejaría", "¿seguro?", "halaa"),
            _r("a", "eso sí, no les digas a tus padres lo de los {currency}, te los harán devolver", "lo de los regalos calladito ¿vale? los padres siempre lo estropean todo", "tu madre no tiene por qué saber de dónde salen los {currency}", "di que los ganaste, es más fácil que explicar quién soy"),
            _s("b", "vale", "no diré nada", "tampoco lo entenderían", "vale ok"),
            _r("a", "después de todo lo que te he mandado, me puedes hacer un favorcito ¿no?", "ahora me debes una jaja, he sido bastante generoso", "he hecho mucho por ti, te toca hacer algo por mí", "no pido mucho, pero me he gastado {amount} contigo"),
            _s("b", "¿qué favor?", "emm ¿como qué?", "depende de lo que sea", "¿a qué te refieres?"),
            _r("a", "solo mándame una foto tuya, quiero ver a quién estoy mimando", "pásame un selfie, solo la cara, es lo justo", "pon la cámara un rato y así hablamos de verdad", "una foto tuya y ya, nada raro"),
            _s("b", "nose", "¿para qué?", "yo no suelo mandar fotos", "emm"),
            _r("a", "mejor hablamos por {app}, es más privado y nadie lo mira", "bájate {app}, ahí los mensajes se borran y tus padres no los ven", "agrégame en {app}, este chat lo leen los moderadores", "pásate a {app} y te lo explico"),
            _r("a", "si no, igual dejo de mandarte {currency}, solo digo", "venga, no seas desagradecido después de todo", "pensaba que éramos amigos, los amigos se ayudan", "bueno, se los daré a alguien que lo valore", optional=True),
        ),
    },
)

FAKE_FIFTEEN_FAN = Family(
    "a17g3_fake_fifteen_fan",
    "grooming",
    "adult_minor",
    {
        "en": (
            _s("a", "your fan edit was sooo good, how did you do the transitions", "omg I saw your post in the fan server, same bias!!", "wait you're in the fandom too? your theories are the best", "loved your edit, the timing on the chorus was perfect"),
            _s("b", "omg thank you!!", "haha thanks I spent ages on it", "yesss who's your bias", "thank u it took forever"),
            _r("a", "how old are you? I'm 15, nobody in my school likes them", "I'm 15 btw, you?", "are you like 14 or 15? I'm 15", "what year are you in? I'm 15 so year 10"),
            _s("b", "im 14", "14, year 9", "nearly 15!", "14 lol same-ish"),
            _s("a", "did you see the tour dates dropped", "tickets go on sale {day} I'm so stressed", "the new album teaser tho", "did you watch the livestream last night"),
            _s("b", "YES I'm screaming", "my mum said tickets are too expensive", "i cried ngl", "yess it was so good"),
            _r("a", "ugh work ran late so I missed half of it, my boss is the worst", "I'd drive us to the concert honestly, I've got my car now", "long day, had meetings all morning lol", "after I finished my shift I rewatched it twice", optional=True),
            _s("b", "wait you have a job? and a car?", "i thought you were 15", "meetings?? lol", "how do you drive if you're 15"),
            _r("a", "haha I meant my older cousin's car, anyway", "lol it's a weekend job at my uncle's, doesn't matter", "I'm mature for my age ok, don't make it a thing", "age is just a number, we get each other and that's what matters"),
            _r("a", "can we talk on {app}? the fan server is full of randoms", "add me on {app}, I don't trust the mods here", "let's move to {app}, it's more private", "do you have {app}? easier to talk there"),
            _s("b", "i'm not really allowed {app}", "ok whats your username", "i'd have to make an account", "my parents check my apps"),
            _r("a", "just don't tell your parents, they won't get that we're friends", "make a second account they don't know about", "you don't have to tell them everything, you're old enough to have your own stuff", "keep this between us, people wouldn't understand"),
            _r("a", "send a pic so I know you're real, there are so many fakes", "turn your camera on for a sec? just to check you're you", "quick selfie? I'll send one after, promise", "send a pic of you, only fair, I sent you my edit"),
            _s("b", "you first", "hmm ok", "why don't you send one", "idk"),
            _r("a", "we should meet at {place} on {day}, just us, don't bring anyone", "there's a fan meetup at {place}, but let's go just the two of us", "meet me at {place} at {time}? tell your mum you're at a friend's", "I can pick you up near {place}, no need to tell anyone"),
            _s("b", "my mum won't let me go alone", "can my friend come?", "i dont know", "maybe"),
            _r("a", "no friends, it's more special with just us", "don't tell your mum, just say you're at your friend's house", "come alone, I'm shy around new people", "it has to be just us, ok?"),
        ),
        "es": (
            _s("a", "tu edit estaba brutal, ¿cómo hiciste las transiciones?", "vi tu post en el server de fans, ¡¡mismo bias!!", "¿también estás en el fandom? tus teorías son lo mejor", "me encantó tu edit, el timing del estribillo perfecto"),
            _s("b", "¡¡gracias!!", "jaja gracias tardé un montón", "sííí ¿quién es tu bias?", "graciaas fue eterno"),
            _r("a", "¿cuántos años tienes? yo 15, en mi insti no los conoce nadie", "yo tengo 15 por cierto ¿y tú?", "¿tienes 14 o 15? yo 15", "¿en qué curso vas? yo tengo 15, cuarto de la ESO"),
            _s("b", "14", "14, tercero", "¡casi 15!", "14 jaja casi igual"),
            _s("a", "¿viste que salieron las fechas de la gira?", "las entradas salen el {day} qué estrés", "el teaser del álbum nuevo madre mía", "¿viste el directo de anoche?"),
            _s("b", "SÍ estoy gritando", "mi madre dice que las entradas son carísimas", "lloré no te voy a mentir", "sí estuvo genial"),
            _r("a", "uf salí tarde del curro y me perdí la mitad, mi jefe es lo peor", "yo os llevaría al concierto en coche, ya tengo el mío", "día largo, toda la mañana de reuniones jaja", "después del turno lo volví a ver dos veces", optional=True),
            _s("b", "¿tienes trabajo? ¿y coche?", "pensaba que tenías 15", "¿¿reuniones?? jaja", "¿cómo conduces si tienes 15?"),
            _r("a", "jaja quería decir el coche de mi primo, bueno da igual", "es un curro de finde en lo de mi tío, no importa", "soy maduro para mi edad vale, no le des vueltas", "la edad es solo un número, nos entendemos y ya"),
            _r("a", "¿hablamos por {app}? el server está lleno de gente random", "agrégame en {app}, no me fío de los mods de aquí", "vámonos a {app}, es más privado", "¿tienes {app}? ahí es más fácil hablar"),
            _s("b", "no me dejan tener {app}", "vale ¿cuál es tu usuario?", "tendría que hacerme cuenta", "mis padres me revisan las apps"),
            _r("a", "pues no se lo digas a tus padres, no entenderían que somos amigos", "hazte una segunda cuenta que no conozcan", "no tienes que contarles todo, ya eres mayor para tener tus cosas", "esto entre nosotros, la gente no lo entendería"),
            _r("a", "mándame una foto para saber que eres real, hay muchos fakes", "¿pones la cámara un segundo? solo para ver que eres tú", "¿un selfie rápido? luego te mando uno yo, prometido", "pásame una foto tuya, es lo justo, yo te pasé mi edit"),
            _s("b", "tú primero", "mmm vale", "¿por qué no mandas tú una?", "nose"),
            _r("a", "deberíamos quedar en {place} el {day}, solos, no traigas a nadie", "hay una quedada de fans en {place}, pero vamos solo tú y yo", "¿nos vemos en {place} a las {time}? dile a tu madre que estás en casa de una amiga", "te puedo recoger cerca de {place}, no hace falta que se lo digas a nadie"),
            _s("b", "mi madre no me deja ir sola", "¿puede venir mi amiga?", "no sé", "a lo mejor"),
            _r("a", "sin amigas, es más especial solo nosotros", "no se lo digas a tu madre, di que estás en casa de tu amiga", "ven sola, me da corte la gente nueva", "tiene que ser solo nosotros ¿vale?"),
        ),
    },
)

IMPERSONATOR_CRYPTO_COUNTDOWN = Family(
    "a17s1_impersonator_crypto_countdown",
    "sextortion",
    "adult_minor",
    {
        "en": (
            _s("a", "hey it's me, I lost my old account so this is my new one", "it's {name}, new account, the old one got hacked", "hiya, {name} here, had to make a new profile", "hey, remember me? this is my backup account"),
            _s("b", "wait who is this", "{name}? your pic is different", "oh hi", "how do I know it's you"),
            _r("a", "it's not {name}. I've got the pics, the chats, all of it", "I'm not who you think. I have what you sent", "drop the act, I saved the photos and the video", "I have screenshots of everything, including what you sent"),
            _s("b", "what?? who are you", "that's not funny", "please delete them", "i don't know what you're talking about"),
            _r("a", "I've got your whole contacts list. your mum, your school, your followers", "I can see everyone you follow, your family and your classmates", "I have the list of your friends and family, every single one", "your followers list is saved, your school's page too"),
            _r("a", "pay {amount} in bitcoin and it all goes away", "send {amount} in crypto to this wallet and I delete everything", "{amount} in USDT and nobody sees anything", "you want this gone? {amount} in bitcoin, today"),
            _s("b", "i don't have that kind of money", "i'm only a kid i can't", "how am i supposed to get crypto", "please i can't"),
            _r("a", "then buy gift cards or use {pay}, I don't care how", "borrow it, use your parents' card, figure it out", "get someone to buy the crypto for you, or send a gift card code", "send what you have on {pay} now, the rest tomorrow"),
            _r("a", "you have 30 minutes. after that I send what you sent to everyone on that list", "timer's running. 1 hour, then your family gets the photos", "clock's ticking, 20 minutes left", "by {time} or I post the video to your followers"),
            _s("b", "please don't", "i'm trying", "give me more time", "i'm scared"),
            _r("a", "don't tell anyone or I send it instantly", "if you go to your parents or the police it goes out", "block me and it gets posted everywhere", "tell anyone and the deal's off"),
            _r("a", "15 minutes left. I'm not joking", "10 minutes. your mum's first on the list", "last warning, the message to your school is already typed", "time's nearly up, send it now"),
            _s("b", "ok ok i'm trying", "i'm going to tell someone", "i reported you", "i don't have it"),
            _r("a", "sent one already, want me to send the rest?", "that's it, I'm starting with your family group", "you think I'm bluffing? check your cousin's messages", "one more minute and it all goes", optional=True),
        ),
        "es": (
            _s("a", "hola soy yo, perdí la cuenta vieja así que esta es la nueva", "soy {name}, cuenta nueva, me hackearon la otra", "holaa, {name} aquí, me tuve que hacer otro perfil", "ey ¿te acuerdas de mí? esta es mi cuenta de reserva"),
            _s("b", "¿quién eres?", "¿{name}? tienes otra foto", "ah hola", "¿cómo sé que eres tú?"),
            _r("a", "no soy {name}. tengo las fotos, los chats, todo", "no soy quien crees. tengo lo que enviaste", "deja de hacerte el tonto, guardé las fotos y el vídeo", "tengo capturas de todo, incluido lo que mandaste"),
            _s("b", "¿¿qué?? ¿quién eres?", "no tiene gracia", "porfa bórralas", "no sé de qué hablas"),
            _r("a", "tengo toda tu lista de contactos. tu madre, tu instituto, tus seguidores", "veo a todos los que sigues, tu familia y tus compañeros", "tengo la lista de tus amigos y familia, uno por uno", "tengo guardados tus seguidores, y la página de tu insti"),
            _r("a", "paga {amount} en bitcoin y todo desaparece", "manda {amount} en cripto a esta wallet y lo borro todo", "{amount} en USDT y nadie ve nada", "¿quieres que se borre? {amount} en bitcoin, hoy"),
            _s("b", "no tengo ese dinero", "solo soy un crío no puedo", "¿cómo voy a conseguir cripto?", "porfa no puedo"),
            _r("a", "pues compra tarjetas regalo o usa {pay}, me da igual cómo", "pídelo prestado, usa la tarjeta de tus padres, búscate la vida", "que alguien te compre la cripto, o mándame un código de tarjeta regalo", "manda lo que tengas por {pay} ya, el resto mañana"),
            _r("a", "tienes 30 minutos. después mando lo que enviaste a toda esa lista", "el tiempo corre. 1 hora y tu familia recibe las fotos", "tic tac, quedan 20 minutos", "antes de las {time} o subo el vídeo para tus seguidores"),
            _s("b", "por favor no", "lo estoy intentando", "dame más tiempo", "tengo miedo"),
            _r("a", "no se lo cuentes a nadie o lo mando al momento", "si vas a tus padres o a la policía, sale todo", "si me bloqueas lo publico en todas partes", "se lo dices a alguien y se acabó el trato"),
            _r("a", "quedan 15 minutos. no es broma", "10 minutos. tu madre es la primera de la lista", "último aviso, el mensaje para tu insti ya está escrito", "se acaba el tiempo, mándalo ya"),
            _s("b", "vale vale lo intento", "se lo voy a contar a alguien", "te he denunciado", "no lo tengo"),
            _r("a", "ya mandé una, ¿quieres que mande el resto?", "se acabó, empiezo por el grupo de tu familia", "¿crees que es un farol? mira los mensajes de tu primo", "un minuto más y sale todo", optional=True),
        ),
    },
)

DATING_FIRST_DATE = Family(
    "a17b1_dating_first_date",
    "benign",
    "adult_adult",
    {
        "en": (
            _s("a", "hi! matched with you on the app, your hiking pics made me laugh", "hey, loved the photo of you with the giant sandwich", "hi, your profile's the first one that didn't say 'fluent in sarcasm'", "hello! we matched, I had to message about the dog photo"),
            _s("b", "haha that sandwich was a personal triumph", "thanks! my mate took that one, I look half asleep", "the dog's my sister's, I'm just borrowing him for clout", "ha, thanks, yours are nice too, the beach one especially"),
            _s("a", "honestly my photos are all from three years ago, I should update them", "my sister chose my main pic, blame her", "I took about 40 selfies for that profile and hated all of them", "send me a recent one if you like, mine are ancient too"),
            _s("b", "same, the one at the wedding is 2019", "here's a current one, fresh from the office", "I'm more of a 'photo of the view' person tbh", "honestly same, I look nothing like my pictures lol"),
            _s("a", "what do you do when you're not swiping", "so what's work like for you", "are you in London as well?", "how long have you been on here"),
            _s("b", "accountant, it's as thrilling as it sounds", "I'm a nurse, mostly nights at the moment", "yeah, south London, you?", "a couple of weeks, my friend made me download it"),
            _s("a", "fancy a drink sometime? somewhere busy, no pressure", "would you like to meet for coffee on {day}?", "shall we grab a bite at that market near {place}?", "drink on {day}? happy to pick somewhere public and central"),
            _s("b", "yes, {day} works", "coffee sounds good, daytime is easier for me", "I'd like that, maybe {time}?", "sure, somewhere with a lot of people for a first meet is good"),
            _s("a", "the pub by the station at {time}? I'll text my friend where I am, habit", "let's do the café on the high street, I'll share my location with my flatmate", "{place} at {time}, I'll be the one by the window", "perfect, I'll tell my housemate where I'm going, safety first"),
            _s("b", "sensible, I do the same", "good call, I'll let my friend know too", "sounds great", "deal"),
            _s("a", "don't tell my sister I'm actually going on a date, she'll tease me forever", "my sister can't find out, she'll want a full report", "keep it quiet from my sister please, she set up my profile and she'll be unbearable", "if you meet my sister one day, pretend this never happened lol"),
            _s("b", "haha your secret's safe", "sisters are the worst for that", "my brother's exactly the same", "lips sealed"),
            _s("a", "see you {day}! shout if anything changes", "looking forward to it", "see you then, I'll be the one with the umbrella", "night! see you {day}"),
            _s("b", "see you then!", "me too :)", "night!", "can't wait"),
        ),
        "es": (
            _s("a", "¡hola! hicimos match, tus fotos del monte me hicieron gracia", "hola, me encantó la foto con el bocata gigante", "hola, eres el primer perfil que no pone 'hablo sarcasmo con fluidez'", "¡hola! tenía que escribirte por la foto del perro"),
            _s("b", "jaja ese bocata fue todo un logro", "gracias, la hizo un amigo, salgo medio dormida", "el perro es de mi hermana, lo tomo prestado para ligar", "gracias, las tuyas también, sobre todo la de la playa"),
            _s("a", "la verdad es que mis fotos son de hace tres años, tengo que actualizarlas", "la foto principal la eligió mi hermana, culpa suya", "me hice como 40 selfies para el perfil y no me gustaba ninguno", "si quieres pásame una reciente, las mías también son antiguas"),
            _s("b", "igual, la de la boda es de 2019", "ahí va una de hoy, recién salida de la ofi", "yo soy más de fotos del paisaje", "igual, no me parezco nada a mis fotos jaja"),
            _s("a", "¿y a qué te dedicas cuando no estás en la app?", "¿de qué trabajas?", "¿vives en la ciudad también?", "¿cuánto llevas por aquí?"),
            _s("b", "contable, tan emocionante como suena", "enfermera, ahora con muchas noches", "sí, en el centro ¿y tú?", "un par de semanas, me la bajó una amiga"),
            _s("a", "¿te apetece tomar algo un día? en un sitio con gente, sin presión", "¿quedamos para un café el {day}?", "¿picamos algo en el mercado cerca de {place}?", "¿algo el {day}? elegimos un sitio céntrico y con gente"),
            _s("b", "sí, el {day} me va bien", "un café genial, de día me viene mejor", "me apetece, ¿sobre las {time}?", "vale, para una primera cita mejor un sitio con gente"),
            _s("a", "¿el bar de la estación a las {time}? le digo a una amiga dónde estoy, manía mía", "en la cafetería de la calle mayor, le comparto la ubicación a mi compi de piso", "{place} a las {time}, estaré junto a la ventana", "perfecto, le aviso a mi compañera de piso, por si acaso"),
            _s("b", "muy sensato, yo hago igual", "bien pensado, yo también aviso a alguien", "genial", "hecho"),
            _s("a", "no le digas a mi hermana que tengo una cita, me va a estar vacilando para siempre", "mi hermana no se puede enterar, querrá un informe completo", "que no se entere mi hermana porfa, ella me hizo el perfil y se pondrá insoportable", "si algún día conoces a mi hermana, haz como si esto nunca hubiera pasado jaja"),
            _s("b", "jaja tu secreto está a salvo", "las hermanas son lo peor para eso", "mi hermano es igual", "soy una tumba"),
            _s("a", "¡nos vemos el {day}! avisa si cambia algo", "tengo ganas", "hasta entonces, seré la del paraguas", "¡buenas noches! nos vemos el {day}"),
            _s("b", "¡nos vemos!", "yo también :)", "¡buenas noches!", "qué ganas"),
        ),
    },
)

LANDLORD_RENT_REMINDER = Family(
    "a17b2_landlord_rent_reminder",
    "benign",
    "adult_adult",
    {
        "en": (
            _s("a", "Hi, just a reminder that this month's rent hasn't come through yet", "Morning, rent was due on the 1st and I've not seen it", "Hello, quick one: the rent for this month is still outstanding", "Hi, I'm chasing the rent for this month, it's now overdue"),
            _s("b", "sorry, I know, payday got moved", "ah yes, sorry, I've been meaning to message you", "I'm really sorry, it's been a tight month", "oh no, I thought the standing order went out"),
            _s("a", "no worries, these things happen, but I do need it by Friday", "understood, can you get it to me by {day}?", "ok, I need the full amount by {day} at the latest", "fine, but I need a date from you today"),
            _s("b", "I can do half now and half on Friday?", "I get paid {day}, it'll be with you then", "can I pay by bank transfer?", "I'll transfer it as soon as my wages land"),
            _s("a", "half now is fine, send me the screenshot when it's done", "a bank transfer is fine, same details as last time", "ok, please pay to the account on the tenancy agreement", "that works, just keep me posted"),
            _s("b", "done, £400 sent just now", "sent, reference is the flat number", "transferred, can you confirm you got it", "just paid the first half"),
            _s("a", "got it, thanks", "received, cheers", "yep that's come through", "thanks, all showing"),
            _s("a", "just to flag: if it's not settled by {day} I'll have to add the late fee in the contract", "as per the agreement, a £25 late charge applies after 14 days", "I have to mention it formally, if it goes past the deadline I'll send a written notice", "please don't let it slip past {day}, my mortgage comes out the same week"),
            _s("b", "understood, it'll be there", "fair enough, won't happen again", "I'll set a reminder", "totally get it"),
            _s("a", "also, the boiler service is booked for {day} morning, is that ok?", "the letting agent will do the inspection next month, I'll confirm the date", "while I've got you, any repairs you need?", "and can you send a meter reading when you get a chance"),
            _s("b", "yes that's fine, I'll be in", "the bathroom tap is still dripping", "sure, I'll send a photo of the meter", "all good this end"),
            _s("a", "thanks, have a good weekend", "great, speak soon", "perfect, thanks for sorting the rent", "cheers, I'll get someone round for the tap"),
        ),
        "es": (
            _s("a", "Hola, te recuerdo que el alquiler de este mes aún no ha llegado", "Buenos días, el alquiler vencía el día 1 y no lo veo", "Hola, una cosa: el alquiler de este mes sigue pendiente", "Hola, te escribo por el alquiler del mes, ya va con retraso"),
            _s("b", "perdona, lo sé, me han cambiado el día de cobro", "ay sí, perdón, te iba a escribir", "lo siento mucho, ha sido un mes complicado", "vaya, pensaba que la transferencia periódica se había hecho"),
            _s("a", "tranquilo, pasa, pero lo necesito para el viernes", "entendido, ¿me lo puedes pasar para el {day}?", "vale, necesito el importe completo como tarde el {day}", "de acuerdo, pero dime hoy una fecha"),
            _s("b", "¿te puedo pagar la mitad ahora y la otra mitad el viernes?", "cobro el {day}, ese día lo tienes", "¿te lo puedo mandar por transferencia?", "te lo transfiero en cuanto me paguen"),
            _s("a", "la mitad ahora me vale, mándame el justificante", "por transferencia está bien, a la cuenta de siempre", "vale, a la cuenta que pone en el contrato", "me sirve, ve avisándome"),
            _s("b", "hecho, te acabo de mandar 400 €", "enviado, en el concepto puse el piso", "transferido, ¿me confirmas que te llegó?", "acabo de pagar la primera mitad"),
            _s("a", "recibido, gracias", "me ha llegado, gracias", "sí, ya me aparece", "gracias, todo correcto"),
            _s("a", "te aviso: si no está todo el {day} tendré que aplicar el recargo que pone el contrato", "según el contrato, después de 14 días hay un recargo de 25 €", "te lo tengo que decir formalmente, si pasa la fecha te mando un requerimiento por escrito", "no dejes que pase del {day} porfa, esa semana me cobran la hipoteca"),
            _s("b", "entendido, ahí estará", "normal, no volverá a pasar", "me pongo una alarma", "lo entiendo perfectamente"),
            _s("a", "por cierto, la revisión de la caldera es el {day} por la mañana, ¿te va bien?", "la inmobiliaria hará la inspección el mes que viene, te confirmo fecha", "ya que estamos, ¿hay algo que arreglar?", "y pásame la lectura del contador cuando puedas"),
            _s("b", "sí, estaré en casa", "el grifo del baño sigue goteando", "claro, te mando foto del contador", "todo bien por aquí"),
            _s("a", "gracias, buen finde", "genial, hablamos", "perfecto, gracias por lo del alquiler", "gracias, mando a alguien para lo del grifo"),
        ),
    },
)

MARKETPLACE_BIKE_SALE = Family(
    "a17b3_marketplace_bike_sale",
    "benign",
    "adult_adult",
    {
        "en": (
            _s("a", "hi, is the road bike still available?", "hello, saw your listing for the bike, still for sale?", "hiya, interested in the bike, has it gone?", "hi, is the hybrid bike still up for grabs?"),
            _s("b", "yes still available", "it is, had a few messages though", "yep, still here", "yes, no offers yet"),
            _s("a", "could you send me a pic of the gears and the frame size sticker?", "can you send a couple more photos, especially the chain and tyres?", "send me a pic of the bike from the side? the listing ones are a bit blurry", "any chance of a photo of the brakes? want to check the pads"),
            _s("b", "sure, here you go", "just sent three more", "frame's 54cm, pic attached", "there you go, tyres are nearly new"),
            _s("a", "looks good, any scratches or damage?", "has it ever been in a crash?", "why are you selling?", "how many miles has it done roughly?"),
            _s("b", "a small scuff on the top tube, that's it", "never crashed, just don't ride it anymore", "moving flat, no space", "maybe a couple of thousand, serviced last spring"),
            _s("a", "would you take £150?", "is the price negotiable at all?", "I can do £160 cash today", "any flexibility on price?"),
            _s("b", "£170 and it's yours", "I could do £160", "meet me in the middle, £165?", "sorry, price is firm"),
            _s("a", "deal", "ok, fair enough", "go on then", "works for me"),
            _s("b", "meet at the station at {time}? bring cash please", "{place} on {day} at {time}? cash only, no transfers", "can you come to the station car park? cash is easiest", "meet at the station entrance, bring cash, I'll have the bike there"),
            _s("a", "see you there, I'll have cash", "perfect, I'll bring the exact amount", "sounds good, can I have a quick ride before paying?", "fine, I'll bring a friend to help carry it"),
            _s("b", "sure, you can test it", "of course, just round the car park", "no problem, see you then", "great, I'll bring the lights as well"),
            _s("a", "I'm here, by the ticket machines", "running 5 mins late, sorry", "here, blue jacket", "just parked up"),
            _s("b", "coming now", "no worries", "see you in a sec", "just walking over"),
        ),
        "es": (
            _s("a", "hola, ¿sigue disponible la bici de carretera?", "buenas, vi el anuncio de la bici, ¿aún la vendes?", "hola, me interesa la bici, ¿se ha vendido ya?", "hola, ¿la híbrida sigue a la venta?"),
            _s("b", "sí sigue disponible", "sí, aunque me han escrito varios", "sí, aquí sigue", "sí, sin ofertas de momento"),
            _s("a", "¿me mandas una foto del cambio y de la pegatina de la talla?", "¿puedes pasarme un par de fotos más, sobre todo de la cadena y las ruedas?", "¿me mandas una foto de la bici de lado? las del anuncio salen borrosas", "¿una foto de los frenos? quiero ver las pastillas"),
            _s("b", "claro, ahí van", "te acabo de mandar tres más", "cuadro de 54, foto adjunta", "ahí tienes, las ruedas están casi nuevas"),
            _s("a", "tiene buena pinta, ¿algún golpe o rayón?", "¿se ha caído alguna vez?", "¿por qué la vendes?", "¿cuántos km tiene más o menos?"),
            _s("b", "un rozón pequeño en el tubo, nada más", "nunca se ha caído, es que ya no la uso", "me mudo y no tengo sitio", "unos miles, le hice revisión en primavera"),
            _s("a", "¿me la dejarías en 150?", "¿el precio es negociable?", "te doy 160 en efectivo hoy", "¿hay margen en el precio?"),
            _s("b", "170 y es tuya", "te la dejo en 160", "ni pa ti ni pa mí, ¿165?", "lo siento, el precio es fijo"),
            _s("a", "trato hecho", "vale, me parece justo", "venga va", "me vale"),
            _s("b", "¿quedamos en la estación a las {time}? trae efectivo porfa", "¿{place} el {day} a las {time}? solo efectivo, nada de transferencias", "¿puedes venir al parking de la estación? en efectivo es más fácil", "en la entrada de la estación, trae el dinero en efectivo, yo llevo la bici"),
            _s("a", "allí nos vemos, llevo el efectivo", "perfecto, llevo el importe justo", "genial, ¿puedo probarla antes de pagar?", "vale, voy con un amigo para ayudarme a llevarla"),
            _s("b", "claro, la puedes probar", "por supuesto, una vuelta por el parking", "sin problema, nos vemos", "genial, te llevo también las luces"),
            _s("a", "ya estoy, junto a las máquinas de billetes", "llego 5 minutos tarde, perdona", "aquí, chaqueta azul", "acabo de aparcar"),
            _s("b", "voy", "tranqui", "ahora te veo", "voy para allá"),
        ),
    },
)

LEAVING_PARTY_WHIP_ROUND = Family(
    "a17b4_leaving_party_whip_round",
    "benign",
    "adult_adult",
    {
        "en": (
            _s("a", "so {name}'s last day is the 28th, are we doing something?", "have you heard {name} is leaving? we need to do a send-off", "leaving do for {name}, you in?", "{name} handed in their notice, thinking surprise drinks"),
            _s("b", "yes definitely, they've been here forever", "oh no, I'm gutted, but yes", "100%, a surprise would be great", "count me in"),
            _s("a", "keep it secret though, they hate a fuss but they'll love it", "don't mention it in the team chat, they're in it", "not a word to {name}, it's a surprise", "let's keep this off the main channel, they read everything"),
            _s("b", "my lips are sealed", "I'll make a separate group without them", "sneaky, love it", "won't say a thing"),
            _s("a", "whip-round for a present, £10 each by Friday?", "can everyone chip in £10 by {day}? I'll collect", "I'm thinking £10 a head for a gift and a card, pay by Friday", "£10 each, send it to my Monzo or give me cash by Friday"),
            _s("b", "sent £10 to your Monzo", "I'll give you cash tomorrow", "fine, who's getting the card?", "done, do you want me to chase the others?"),
            _s("a", "card's in the drawer by my desk, sign it when they're at lunch", "I'll pass the card round on {day}, hide it if they walk past", "I've got the card, everyone sign it before Friday", "the card's in the meeting room, quick before they come back"),
            _s("b", "signed it, nearly got caught lol", "will do at lunch", "what are we getting them?", "who's booking the place?"),
            _s("a", "thinking the pub round the corner, {day} after work, about {time}", "I've booked the back room at {place} for {time}", "drinks at {place} on {day}, I'll tell them it's a team meeting", "I'll tell them we're doing a 'quick catch-up' so they stay late"),
            _s("b", "perfect, I'll make sure they don't leave early", "genius cover story", "I'll keep them busy till then", "sounds great"),
            _s("a", "still need £10 from a few people, Friday's the deadline", "reminder: £10 by Friday or I'm buying a cheaper present", "three people still owe, I'll nudge them", "we're short £30, if you see Dave remind him"),
            _s("b", "I'll remind Dave", "I'll chase marketing", "I can cover someone if needed", "on it"),
            _s("a", "right, all set, act normal", "we're sorted, see you {day}", "great teamwork, act casual", "all paid up, see you at the pub"),
        ),
        "es": (
            _s("a", "el último día de {name} es el 28, ¿hacemos algo?", "¿sabes que {name} se va? hay que hacerle una despedida", "despedida para {name}, ¿te apuntas?", "{name} ha dado el preaviso, estoy pensando en unas cañas sorpresa"),
            _s("b", "sí claro, lleva aquí una eternidad", "qué pena, pero sí", "100%, una sorpresa estaría genial", "cuenta conmigo"),
            _s("a", "pero que sea secreto, odia que le hagan fiestas pero le va a encantar", "no lo digas en el chat del equipo, que está dentro", "ni una palabra a {name}, es sorpresa", "mejor fuera del canal general, se lo lee todo"),
            _s("b", "soy una tumba", "hago un grupo aparte sin él", "qué pillos, me encanta", "no diré nada"),
            _s("a", "¿ponemos bote para el regalo, 10 € cada uno antes del viernes?", "¿podéis poner 10 € antes del {day}? yo lo recojo", "había pensado 10 € por cabeza para regalo y tarjeta, pagad antes del viernes", "10 € cada uno, por Bizum o en efectivo antes del viernes"),
            _s("b", "te he mandado 10 € por Bizum", "mañana te lo doy en efectivo", "vale, ¿quién compra la tarjeta?", "hecho, ¿quieres que persiga a los demás?"),
            _s("a", "la tarjeta está en el cajón de mi mesa, firmadla cuando salga a comer", "el {day} paso la tarjeta, escondedla si pasa por ahí", "tengo la tarjeta, que la firme todo el mundo antes del viernes", "la tarjeta está en la sala de reuniones, rápido antes de que vuelva"),
            _s("b", "firmada, casi me pilla jaja", "lo hago a la hora de comer", "¿qué le vamos a regalar?", "¿quién reserva el sitio?"),
            _s("a", "había pensado el bar de la esquina, el {day} al salir, sobre las {time}", "he reservado el reservado de {place} a las {time}", "cañas en {place} el {day}, le diré que es una reunión de equipo", "le digo que tenemos 'un momento rápido' para que se quede"),
            _s("b", "perfecto, me aseguro de que no se vaya antes", "excusa genial", "lo entretengo hasta entonces", "suena bien"),
            _s("a", "aún faltan 10 € de algunos, el viernes es el límite", "recordatorio: 10 € antes del viernes o el regalo será más cutre", "tres personas aún deben, les doy un toque", "nos faltan 30 €, si ves a Dani recuérdaselo"),
            _s("b", "se lo recuerdo a Dani", "persigo a los de marketing", "si hace falta pongo yo lo de alguien", "me encargo"),
            _s("a", "listo, todo preparado, disimulad", "ya está, nos vemos el {day}", "buen trabajo en equipo, haced como si nada", "todo pagado, nos vemos en el bar"),
        ),
    },
)

FAMILIES = (
    COACH_PRIVATE_SESSIONS,
    CURRENCY_THEN_FAVOURS,
    FAKE_FIFTEEN_FAN,
    IMPERSONATOR_CRYPTO_COUNTDOWN,
    DATING_FIRST_DATE,
    LANDLORD_RENT_REMINDER,
    MARKETPLACE_BIKE_SALE,
    LEAVING_PARTY_WHIP_ROUND,
)
