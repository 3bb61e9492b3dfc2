"""Template families by author A14, written without seeing the detector, its features, its
weights or any other author's families. Style: a youth social worker from Madrid; Spanish
(Spain, WhatsApp: tío, mola, quedar, xfa, finde, vale) written first, English after.
Everything is non-explicit: risky families show risk patterns only.

Risky:
- a14g1_skatepark_older_mate (grooming): a 19-20 year old from the skate park befriends a
  13-year-old, probes age, gives gear, pushes secrecy, a private app and meeting alone.
- a14g2_fake_club_scout (grooming): a fake youth football scout promises a trial, asks for a
  "ficha" photo, keeps the parents out and sets up a private trial alone.
- a14g3_brawl_clan_leader (grooming): an adult clan leader from Brawl Stars / Free Fire gifts
  gems, isolates the kid from his friends, moves to another app and asks for the camera.
Sextortion:
- a14s1_fake_girl_bizum (sextortion): a fake girl account befriends a teenage boy, gets a pic,
  then threatens to send it to family, school and followers unless he pays by Bizum by a deadline.
Benign (hard negatives):
- a14b1_care_home_educadora (adult_minor): an educadora in a residential care home arranges a
  talk with a teen and is honest about confidentiality and its limits.
- a14b2_tutor_online_camera (adult_minor): a private tutor sets up online classes with the
  camera on, with the parent copied on everything and paying.
- a14b3_summer_camp_trip (coach_minor): a summer camp monitor coordinates the group trip,
  meeting point, authorisations and the parents' group.
- a14b4_teen_plan_nosy_sibling (teen_teen): two 14-year-olds plan an outing with friends and
  keep it from a nosy older sibling, parents know.
"""

# ruff: noqa: E501

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# ---------------------------------------------------------------------------
# Grooming 1: the "colega" from the skate park
# ---------------------------------------------------------------------------
SKATEPARK_OLDER_MATE = Family(
    "a14g1_skatepark_older_mate",
    "grooming",
    "adult_minor",
    {
        "es": (
            _s("a", "ey qué pasa, soy el del skate de ayer en {place}", "buenas tío, soy el que patinaba con los mayores en el skatepark", "ey! el del skate, que te pasé mi número ayer", "qué pasa crack, soy el de la rampa de ayer"),
            _s("b", "ah sii qué pasa", "ey hola", "ahh vale sí sí", "holaa"),
            _s("a", "te salió el ollie al final o qué", "tío lo del kickflip de ayer casi lo clavas", "mola cómo patinas para el poco tiempo que llevas", "¿sigues practicando el ollie?"),
            _s("b", "jaja casi, me caí mil veces", "bueno más o menos", "todavía no me sale bien", "me salió una vez jaja"),
            _r("a", "oye y tú cuántos años tienes al final? 14 o así?", "¿cuántos tienes tú, 15?", "pareces más mayor tío, ¿qué edad tienes?", "¿en qué curso vas, en 3º?"),
            _s("b", "13", "tengo 13, en noviembre 14", "13 jaja", "voy a 1º de la ESO"),
            _r("a", "pues hablas como uno de mi edad eh, eres muy maduro para 13", "qué dices, pensaba que eras más mayor, se te ve muy maduro", "no pareces de 13 tío, tienes más cabeza que los de mi curso", "con 13 y tan maduro, flipo"),
            _s("a", "yo tengo 19, pero me rayan los de mi edad la verdad", "yo tengo 20 pero me llevo mejor con vosotros", "tengo 19, pero paso de los de mi edad", "yo 19, no te rayes por eso"),
            _s("b", "ah vale", "jaja ok", "guay", "ya"),
            _r("a", "tengo unos trucks que no uso, si quieres te los regalo", "oye te pillo una tabla nueva, la tuya está reventada", "te puedo dejar mi tabla buena, no me cuesta nada", "si quieres te regalo unas ruedas nuevas, que yo tengo de sobra"),
            _s("b", "en serio?? mola", "hala gracias tío", "de verdad? qué guay", "no hace falta pero vale jaja"),
            _r("a", "pero no digas nada en casa eh, que los padres se rayan con estas cosas", "eso sí, que quede entre tú y yo, tus padres no lo pillarían", "no se lo cuentes a tus viejos, que luego preguntan de dónde lo has sacado", "ni a tus colegas, que luego todos quieren y paso"),
            _s("b", "vale", "ok no digo nada", "bueno vale", "tranqui"),
            _r("a", "oye tus padres te miran el móvil o qué", "¿tu madre te cotillea el WhatsApp?", "¿te revisan el móvil en casa?", "¿tus padres leen tus chats?"),
            _s("b", "a veces mi madre sí", "no mucho", "mi padre a veces", "nah"),
            _r("a", "pues mejor hablamos por {app}, ahí se borra solo", "bájate {app} y hablamos por ahí, es más tranqui", "pásate a {app} que por aquí es un rollo", "agrégame en {app}, por WhatsApp no, que te lo miran"),
            _s("a", "y de los de tu clase, quién patina?", "tus amigos del parque son un poco pesados no?", "tus colegas no patinan nada jaja", "con quién sueles ir al skatepark?", optional=True),
            _r("a", "pásame una foto tuya que no me acuerdo bien de tu cara jaja", "mándame un selfie para tenerte en contactos", "enciende la cámara un momento y hablamos", "pásame una foto para ponerla de perfil en mis contactos"),
            _r("a", "el {day} vente al skate a las {time} pero sin tus colegas, que así te enseño bien", "el finde quedamos tú y yo solos y te enseño el kickflip, sin los pesados", "ven solo el {day}, te recojo en el coche y vamos a un spot que mola más", "quedamos el {day} por la tarde, tú y yo, y no le digas a nadie dónde vas"),
            _s("b", "no sé, tengo que preguntar", "vale puede ser", "bueno ya veré", "a qué hora?"),
            _r("a", "no preguntes, di que vas con tus amigos y ya", "no hace falta que se lo digas a nadie, vuelves pronto", "di que estás en casa de un colega", "tú no digas nada y ya está, es nuestro plan"),
        ),
        "en": (
            _s("a", "yo it's the guy from the skate park yesterday", "hey man, it's me from {place}, the one skating with the older guys", "sup, skate park guy here, I gave you my number", "yo dude, we met at the ramp yesterday"),
            _s("b", "oh yeah hey", "hey", "oh ok ya", "hii"),
            _s("a", "did you land the ollie in the end", "you almost had that kickflip yesterday", "you skate pretty good for how long you've been at it", "still practicing?"),
            _s("b", "lol almost, I ate it so many times", "kind of", "not yet", "landed it once haha"),
            _r("a", "how old are you btw, like 14?", "you're what, 15?", "you seem older, how old are you", "what grade are you in"),
            _s("b", "13", "13, 14 in november", "13 lol", "7th grade"),
            _r("a", "for real? you talk like someone my age, you're really mature for 13", "no way, I thought you were older, you're mature", "you've got more sense than guys my age", "13 and that mature, respect"),
            _s("a", "I'm 19 but honestly people my age are boring", "I'm 20 but I get along better with younger guys", "19, but I don't really hang with people my age", "I'm 19, don't trip about it"),
            _s("b", "oh ok", "lol ok", "cool", "ya"),
            _r("a", "I've got some trucks I don't use, you can have them", "I'll get you a new deck, yours is wrecked", "you can have my good board, no big deal", "I'll give you some new wheels, I've got extra"),
            _s("b", "fr?? sick", "whoa thanks man", "really? that's awesome", "you don't have to but ok lol"),
            _r("a", "just don't say anything at home, parents get weird about stuff like that", "keep it between us tho, your parents wouldn't get it", "don't tell your folks, they'll ask where you got it", "don't tell your friends either or everyone will want one"),
            _s("b", "ok", "ok I won't", "sure", "fine"),
            _r("a", "do your parents check your phone?", "does your mom go through your texts?", "do they look at your phone at home", "do your parents read your chats"),
            _s("b", "my mom does sometimes", "not really", "my dad sometimes", "nah"),
            _r("a", "let's talk on {app} then, stuff disappears there", "get {app} and we'll talk there, it's chill", "switch to {app}, texting here is annoying", "add me on {app}, not here if they check it"),
            _s("a", "who else from your class skates?", "your friends at the park are kinda annoying no?", "your friends can't skate at all lol", "who do you usually go with?", optional=True),
            _r("a", "send me a pic, I don't remember your face lol", "send a selfie so I can save you in my contacts", "turn your camera on for a sec", "send a pic for your contact photo"),
            _r("a", "come to the park {day} at {time} but without your friends, so I can actually teach you", "this weekend just you and me, I'll teach you the kickflip, no tagalongs", "come alone {day}, I'll pick you up and we'll go to a better spot", "let's meet {day} afternoon, just us, don't tell anyone where you're going"),
            _s("b", "idk I have to ask", "maybe", "I'll see", "what time?"),
            _r("a", "don't ask, just say you're with your friends", "you don't need to tell anyone, you'll be back early", "say you're at a friend's house", "just don't say anything, it's our thing"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Grooming 2: the fake scout from a youth football club
# ---------------------------------------------------------------------------
FAKE_CLUB_SCOUT = Family(
    "a14g2_fake_club_scout",
    "grooming",
    "adult_minor",
    {
        "es": (
            _s("a", "hola {name}, soy ojeador de la cantera de un club de Madrid, te vi jugar el sábado", "buenas, te escribo del club, estuve viendo tu partido del finde", "hola, soy Rubén, ojeador, te vi en el torneo de {place}", "hola crack, trabajo captando jugadores para un club de Primera"),
            _s("b", "hola? en serio?", "ah hola, quién eres?", "de qué club?", "hala en serio"),
            _s("a", "sí, el club prefiere no decirlo hasta que haya prueba, es lo normal", "del club, no puedo decir el nombre todavía por temas internos", "eso te lo digo cuando firmemos, ahora es confidencial", "de un club grande, ya lo verás"),
            _s("a", "tienes muy buena zurda, y lees el juego genial", "me gustó mucho cómo presionas arriba", "tienes algo que no se enseña, de verdad", "eres el mejor del equipo con diferencia"),
            _s("b", "gracias!! jaja", "uf gracias", "qué dices jaja", "no me lo creo"),
            _r("a", "¿qué edad tienes? para ver en qué categoría entrarías", "¿eres infantil o cadete? ¿cuántos años tienes?", "¿de qué año eres?", "¿tienes 13 o 14?"),
            _s("b", "13", "del 2011", "infantil, 13", "cumplo 14 en marzo"),
            _r("a", "pues pareces mayor, tienes cabeza de jugador de 18", "con esa madurez llegas lejos, no eres como los demás críos", "eres muy maduro para tu edad, eso nos encanta", "se nota que no eres un niño como los otros"),
            _r("a", "de momento no se lo digas a tus padres, que si no sale la prueba se llevan un disgusto", "mejor que tus padres no lo sepan aún, los padres meten presión y lo lían", "ni a tu entrenador, que si se entera no te deja ir", "esto entre tú y yo de momento, cuando esté hecho se lo contamos a tu familia"),
            _s("b", "vale", "pero mi padre siempre viene a los partidos", "bueno vale", "ok"),
            _r("a", "pásame una foto tuya de cara para la ficha del club", "mándame un par de fotos tuyas, para el informe", "hazte un selfie y me lo mandas, es para el ojeo", "necesito una foto tuya reciente, de cara"),
            _s("b", "vale ahora te mando", "una del equipo vale?", "ok", "espera"),
            _r("a", "mejor escríbeme por {app}, por aquí no puedo mandar documentación del club", "agrégame en {app} que es por donde hablamos con los chavales", "pásate a {app} y borra esto, es confidencial", "por {app} mejor, que tu madre no vea lo de la prueba antes de tiempo"),
            _s("a", "si te cogen te lo pagan todo, material, viajes, todo", "los de la cantera viajan, tienen fisio, de todo", "imagínate jugar en un estadio de verdad", "es tu oportunidad, no la dejes pasar", optional=True),
            _r("a", "te regalo unas botas nuevas para la prueba, tú no pagas nada", "para la prueba te pillo unas botas buenas, tranqui que es del club", "te mando {amount} para el bus, no hace falta que lo sepan en casa", "te paso algo de dinero por {pay} para que vengas"),
            _r("a", "la prueba es privada, el {day} a las {time} en {place}, vienes solo", "el {day} te recojo yo a la salida del cole y te llevo a la prueba", "tienes que venir solo, sin padres, así lo hace el club", "quedamos tú y yo el {day} y te hago la prueba individual"),
            _s("b", "solo? no sé", "mi madre no me va a dejar ir solo", "vale y dónde es exactamente?", "tengo que mirar si puedo"),
            _r("a", "di que tienes entreno y ya, vuelves a tu hora", "no hace falta que se lo digas, es solo una hora", "si se lo dices igual pierdes la plaza, hay otros chavales esperando", "confía en mí, si dices algo se cae todo"),
        ),
        "en": (
            _s("a", "hi {name}, I'm a scout for a club's youth academy, saw you play saturday", "hey, I'm writing from the club, I watched your game this weekend", "hi, I'm Ryan, a scout, saw you at the tournament at {place}", "hey, I recruit players for a pro club"),
            _s("b", "hi? seriously?", "oh hi, who is this?", "which club?", "whoa for real"),
            _s("a", "the club doesn't say until after the trial, it's standard", "can't say the name yet, internal stuff", "I'll tell you when we sign, for now it's confidential", "a big one, you'll see"),
            _s("a", "your left foot is really good, and you read the game so well", "loved how you press high", "you've got something that can't be taught", "you're the best on your team by far"),
            _s("b", "thanks!! lol", "wow thanks", "no way lol", "I don't believe it"),
            _r("a", "how old are you? to see which age group you'd be in", "are you u13 or u14? how old are you?", "what year were you born", "are you 13 or 14?"),
            _s("b", "13", "2011", "13", "14 in march"),
            _r("a", "you seem older, you think like an 18 year old player", "with that maturity you'll go far, you're not like the other kids", "you're really mature for your age, we love that", "you're clearly not a little kid like the others"),
            _r("a", "don't tell your parents yet, if the trial doesn't work out they'll be upset", "better your parents don't know yet, parents put on pressure and mess things up", "don't tell your coach either, he won't let you go", "keep this between us for now, we'll tell your family when it's done"),
            _s("b", "ok", "but my dad always comes to games", "alright", "k"),
            _r("a", "send me a picture of your face for the club file", "send me a couple of pics of you for the report", "take a selfie and send it, it's for the scouting file", "I need a recent photo of you"),
            _s("b", "ok sending now", "a team photo ok?", "ok", "wait"),
            _r("a", "message me on {app}, I can't send club documents here", "add me on {app}, that's where we talk to the players", "switch to {app} and delete this, it's confidential", "{app} is better, so your mom doesn't see the trial stuff early"),
            _s("a", "if they pick you, everything's paid, gear, travel, all of it", "academy players travel, have a physio, all of it", "imagine playing in a real stadium", "this is your chance, don't waste it"),
            _r("a", "I'll get you new boots for the trial, you don't pay a thing", "I'll buy you good boots for the trial, it's on the club", "I'll send you {amount} for the bus, no need to tell them at home", "I'll send you some money on {pay} so you can come"),
            _r("a", "the trial is private, {day} at {time} at {place}, come alone", "{day} I'll pick you up after school and drive you to the trial", "you have to come alone, no parents, that's how the club does it", "just you and me {day}, I'll do an individual trial"),
            _s("b", "alone? idk", "my mom won't let me go alone", "ok where is it exactly?", "I have to see if I can"),
            _r("a", "just say you have practice, you'll be home on time", "you don't need to tell them, it's only an hour", "if you tell them you might lose the spot, other kids are waiting", "trust me, if you say anything it all falls apart"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Grooming 3: adult clan leader in Brawl Stars / Free Fire
# ---------------------------------------------------------------------------
BRAWL_CLAN_LEADER = Family(
    "a14g3_brawl_clan_leader",
    "grooming",
    "adult_minor",
    {
        "es": (
            _s("a", "buenaa, vaya partida en el club, eres el que más copas ha metido", "tío qué máquina, nos has salvado la liga de clubes", "ey, bienvenido al clan, juegas muy bien", "qué crack, con ese Shelly has barrido"),
            _s("b", "jaja gracias", "graciass", "bua estaba viciado", "fue suerte jaja"),
            _s("a", "oye te subo a veterano, que te lo has ganado", "te hago vicepresi del club si sigues así", "¿jugamos unas duo showdown luego?", "¿te vienes a unas rankeds en Free Fire esta noche?"),
            _s("b", "vale!", "sii a qué hora", "guay", "después de cenar puedo"),
            _r("a", "¿cuántos años tienes? hablas como alguien mayor", "¿de qué edad eres? pareces de mi quinta", "¿tú vas al insti o qué?", "¿tienes 15 o así?"),
            _s("b", "12 jaja", "tengo 13", "13, voy a 2º", "casi 14"),
            _r("a", "pues eres más maduro que la mitad del clan, y eso que son mayores", "para 13 tienes una cabeza que flipas", "no pareces de 13 para nada", "eres de los pocos con los que se puede hablar en serio"),
            _r("a", "te paso el brawl pass este mes, no me cuesta nada", "te regalo unas gemas, ¿quieres?", "si quieres te compro diamantes para la skin", "te mando una tarjeta de {amount} para la tienda"),
            _s("b", "en serioo? gracias!!", "hala tío graciass", "no hace falta", "de verdad??"),
            _r("a", "pero no lo digas en el chat del club, que se ponen celosos", "no se lo digas a tus padres, que luego piensan cosas raras", "esto es entre tú y yo, que el resto del clan no se entere", "tú calla y disfruta jaja, no se lo cuentes a nadie"),
            _s("b", "vale", "ok", "no digo nada", "tranqui"),
            _s("a", "los de tu clase no juegan nada, ¿no?", "tus amigos son un poco noobs eh", "conmigo subes copas, con ellos no", "pasa de jugar con los de tu clase, te bajan", optional=True),
            _r("a", "tus padres te controlan el móvil? hasta qué hora puedes estar?", "¿tu madre te mira los mensajes?", "¿tienes control parental o algo?", "¿tus padres saben con quién hablas en el juego?"),
            _s("b", "a las 11 me lo quitan", "mi madre a veces", "no tengo control", "no sé, creo que no"),
            _r("a", "agrégame en {app} y hablamos por ahí, que este chat lo leen todos", "pásate a {app}, hacemos llamada mientras jugamos", "ponte {app} y borra el chat del juego", "hablemos por privado en {app} mejor"),
            _r("a", "pon la cámara en la llamada, que hablo con una pared jaja", "enciende la cámara un rato, que quiero ver con quién juego", "mándame un selfie pa ponerte en el grupo", "pásame una foto tuya, que yo te mando la mía"),
            _s("b", "eh no sé", "vale un momento", "no me gusta salir en cámara", "mejor solo voz"),
            _r("a", "¿vives cerca de {place}? podemos quedar un día tú y yo y te paso más gemas", "un día quedamos solos y jugamos juntos en persona", "el {day} voy por tu zona, quedamos un rato, sin decir nada a nadie", "si quedamos el {day} te llevo a merendar y te regalo la skin"),
            _s("b", "no sé", "igual", "tendría que preguntar", "dónde?"),
        ),
        "en": (
            _s("a", "nice game in the club, you pushed the most trophies", "dude you carried the club league", "hey welcome to the clan, you play really well", "what a beast, that Shelly swept everyone"),
            _s("b", "lol thanks", "thankss", "I was grinding", "just luck lol"),
            _s("a", "I'll promote you to senior, you earned it", "keep it up and I'll make you vice president", "wanna play some duo showdown later?", "want to do Free Fire ranked tonight?"),
            _s("b", "ok!", "yes what time", "cool", "after dinner I can"),
            _r("a", "how old are you? you sound older", "what age are you? you seem my age", "are you in high school?", "you like 15?"),
            _s("b", "12 lol", "I'm 13", "13, 8th grade", "almost 14"),
            _r("a", "you're more mature than half the clan and they're older", "for 13 you're crazy smart", "you don't seem 13 at all", "you're one of the few I can talk to for real"),
            _r("a", "I'll get you the brawl pass this month, no biggie", "I'll gift you some gems, want them?", "I can buy you diamonds for that skin", "I'll send you a {amount} card for the shop"),
            _s("b", "fr?? thanks!!", "whoa thanks man", "you don't have to", "really??"),
            _r("a", "don't say it in the club chat, they'll get jealous", "don't tell your parents, they'll think it's weird", "this is between us, the rest of the clan doesn't need to know", "just enjoy it lol and don't tell anyone"),
            _s("b", "ok", "k", "won't say anything", "sure"),
            _s("a", "your classmates can't play at all, huh?", "your friends are kinda noobs", "with me you push trophies, with them you don't", "stop playing with your class, they drag you down", optional=True),
            _r("a", "do your parents check your phone? how late can you stay on?", "does your mom read your messages?", "do you have parental controls or something?", "do your parents know who you talk to in game?"),
            _s("b", "they take it at 11", "my mom sometimes", "no controls", "idk I don't think so"),
            _r("a", "add me on {app} and let's talk there, everyone reads this chat", "switch to {app}, we can call while we play", "get {app} and delete the game chat", "let's go private on {app}"),
            _r("a", "turn your camera on in the call, feels like talking to a wall lol", "put your camera on for a bit, wanna see who I'm playing with", "send a selfie for the group", "send me a pic of you, I'll send mine"),
            _s("b", "uh idk", "ok one sec", "I don't like being on camera", "voice only is better"),
            _r("a", "do you live near {place}? we could meet up just us and I'll give you more gems", "one day let's meet alone and play together in person", "I'm in your area {day}, let's hang out, don't tell anyone", "if we meet {day} I'll buy you food and get you the skin"),
            _s("b", "idk", "maybe", "I'd have to ask", "where?"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Sextortion: fake girl account, Bizum demand with a deadline
# ---------------------------------------------------------------------------
FAKE_GIRL_BIZUM = Family(
    "a14s1_fake_girl_bizum",
    "sextortion",
    "adult_minor",
    {
        "es": (
            _s("a", "holaa, te he visto en las historias de un amigo, qué majo pareces", "hola! te sigo desde hace poco, eres de Madrid?", "ey hola, me salías en sugerencias jaja", "holi, eres amigo de Dani no?"),
            _s("b", "hola jaja quién eres?", "hola, sí soy de Madrid", "holaa", "eh hola, sí de qué le conoces?"),
            _s("a", "soy Lucía, tengo 15, de Getafe", "me llamo Lucía, voy a 4º, soy de Alcorcón", "soy Lucía, del insti de al lado casi jaja", "Lucía, 15, me mudé hace poco"),
            _s("b", "ah guay", "ah pues yo 14", "mola", "yo voy a 3º"),
            _s("a", "qué haces este finde?", "me aburro muchísimo, cuéntame algo", "¿juegas a algo? yo estoy enganchada a {game}", "jaja eres muy gracioso"),
            _s("b", "nada, igual salgo con los del barrio", "poca cosa", "jugar un poco", "jaja gracias"),
            _r("a", "pásate a {app} que por aquí me va fatal", "agrégame en {app} y hablamos mejor", "mejor por {app}, que Instagram me lo mira mi hermana", "tienes {app}? hablamos ahí"),
            _r("a", "mándame una foto tuya, que yo te he mandado la mía", "pon la cámara un momento y te veo", "pásame una foto anda, que quiero ver si eres tú de verdad", "hacemos videollamada? xfa"),
            _s("b", "vale", "ok toma", "ahí va", "jaja bueno"),
            _r("a", "bueno, se acabó el juego. tengo las fotos y la grabación de la videollamada", "mira, no soy Lucía. tengo todo lo que me mandaste guardado", "tengo capturas de todo y el vídeo, así que escucha bien", "lo que me has mandado lo tengo guardado, y tengo tu lista de seguidores"),
            _s("b", "qué?? quién eres", "qué dices", "bórralo por favor", "no entiendo nada"),
            _r("a", "si no me haces un Bizum de 150 euros se lo mando a tus padres, a tu insti y a todos tus seguidores", "o me pagas o las fotos van al grupo de tu clase y a tu madre", "tengo el número de tu padre y los de tu clase, tú decides", "quieres que lo vea todo tu insti? paga y lo borro"),
            _s("b", "no tengo tanto dinero", "tengo 14 años, no tengo dinero", "por favor no lo hagas", "qué quieres que haga"),
            _r("a", "pues pídeselo a alguien o coge la tarjeta de tus padres, me da igual", "hazme el Bizum a este número o compra una tarjeta de {currency} y me pasas el código", "vale, {amount} ahora por Bizum y el resto mañana", "si no tienes Bizum, tarjetas regalo de {pay} valen"),
            _r("a", "tienes hasta las 10 de la noche, si no, lo publico", "tienes una hora, el reloj corre", "a las {time} se envía automáticamente a todos tus contactos", "cada minuto que tardes sube el precio"),
            _s("b", "vale vale espera", "dame más tiempo por favor", "lo intento", "no sé cómo hacerlo"),
            _r("a", "y ni se te ocurra contárselo a nadie ni bloquearme, que lo mando todo", "si se lo dices a tus padres o a la policía lo subo al momento", "no me bloquees, tengo copia de todo", "como me bloquees, se lo mando a tu madre ya"),
            _r("a", "venga, ya, paga", "estoy esperando, quedan 20 minutos", "te lo repito, {amount} o lo ve todo el mundo", "último aviso"),
        ),
        "en": (
            _s("a", "heyy, saw you in my friend's stories, you seem nice", "hi! just started following you, are you from around here?", "hey you came up in my suggestions lol", "hii, you're friends with Danny right?"),
            _s("b", "hey lol who's this?", "hi yeah I'm local", "heyy", "uh hi, how do you know him?"),
            _s("a", "I'm Lucy, 15, from across town", "my name's Lucy, I'm a sophomore", "Lucy, I go to the school near yours lol", "Lucy, 15, just moved here"),
            _s("b", "oh cool", "I'm 14", "nice", "I'm a freshman"),
            _s("a", "what are you doing this weekend?", "I'm so bored, tell me something", "do you play anything? I'm hooked on {game}", "lol you're funny"),
            _s("b", "nothing, maybe going out with friends", "not much", "gaming", "lol thanks"),
            _r("a", "come to {app}, this app is glitching for me", "add me on {app}, easier to talk", "{app} is better, my sister checks my instagram", "do you have {app}? let's talk there"),
            _r("a", "send me a pic of you, I sent you mine", "turn your camera on for a sec", "send a pic, wanna see if it's really you", "video call? pls"),
            _s("b", "ok", "ok here", "there", "lol fine"),
            _r("a", "ok game over. I have the pics and the recording of the call", "look, I'm not Lucy. I saved everything you sent", "I have screenshots of everything and the video, so listen", "I have what you sent saved, and I have your followers list"),
            _s("b", "what?? who are you", "what are you talking about", "delete it please", "I don't understand"),
            _r("a", "send {amount} on {pay} or I send it to your parents, your school and all your followers", "pay or the photos go to your class group chat and your mom", "I have your dad's number and your classmates, your call", "want your whole school to see it? pay and I delete it"),
            _s("b", "I don't have that much money", "I'm 14, I don't have money", "please don't do this", "what do you want me to do"),
            _r("a", "ask someone or use your parents' card, I don't care", "send it to this number or buy a {currency} card and send me the code", "fine, {amount} now and the rest tomorrow", "no {pay}? gift cards work"),
            _r("a", "you have until 10 tonight, or I post it", "you have one hour, clock's ticking", "at {time} it goes out to all your contacts automatically", "every minute you wait the price goes up"),
            _s("b", "ok ok wait", "please give me more time", "I'm trying", "I don't know how"),
            _r("a", "and don't even think about telling anyone or blocking me, I'll send it all", "tell your parents or the police and I post it instantly", "don't block me, I have copies of everything", "block me and it goes to your mom right now"),
            _r("a", "come on, pay now", "waiting, 20 minutes left", "I'll say it again, {amount} or everyone sees it", "last warning"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 1: educadora in a residential care home, honest confidentiality
# ---------------------------------------------------------------------------
CARE_HOME_EDUCADORA = Family(
    "a14b1_care_home_educadora",
    "benign",
    "adult_minor",
    {
        "es": (
            _s("a", "hola {name}, soy Marta, la educadora de referencia. ¿Qué tal el día?", "buenas {name}, soy Marta del piso. ¿Cómo vas?", "hola! Marta, la educadora. ¿Todo bien por el insti?", "hola {name}, te escribe Marta desde el móvil del centro"),
            _s("b", "bien, normal", "bah, regular", "hola. bueno", "bien y tú"),
            _s("a", "me dijo Javi que ayer querías hablar conmigo, ¿quedamos mañana?", "me comentó el educador de noche que querías contarme algo, ¿buscamos un rato?", "¿te parece que hablemos con calma esta semana?", "si quieres hablamos mañana después de comer, sin prisa"),
            _s("b", "vale, pero no delante de los demás", "sí, pero a solas si puede ser", "vale", "no sé, igual no es nada"),
            _s("a", "claro, en el despacho de educadores, con la puerta entornada como siempre", "sin problema, en el despacho, que está más tranquilo", "podemos hablar en la sala pequeña, allí no entra nadie", "si prefieres damos una vuelta por el parque de al lado, como la otra vez"),
            _s("b", "ok. pero lo que te cuente no se lo digas a nadie", "¿lo que te diga queda entre nosotras?", "¿se lo vas a contar a la coordinadora?", "no quiero que se entere mi tutora del juzgado"),
            _s("a", "te voy a ser sincera: lo que me cuentes queda entre nosotras, salvo que estés en peligro o alguien te esté haciendo daño", "lo normal es que quede entre tú y yo, pero si hay algo que te pone en riesgo tengo que avisar al equipo, y te lo diría antes", "confidencial sí, pero no te voy a mentir: si corres peligro no me lo puedo callar", "no te prometo un secreto absoluto, porque mi trabajo es protegerte, pero nunca haré nada a tus espaldas"),
            _s("b", "vale, lo entiendo", "jo, bueno", "vale. gracias por decírmelo", "ok"),
            _s("a", "y si en algún momento hay que contarlo, decidimos juntas cómo hacerlo", "si hubiera que pasarlo a la coordinadora, estarías tú delante", "tú vas a saber siempre qué se cuenta y a quién", "nada de sorpresas, ¿vale? lo hablamos todo"),
            _s("a", "¿a qué hora sales mañana del insti?", "¿mañana tienes entreno o estás libre a las {time}?", "¿te va bien a las {time}?", "¿qué día te viene mejor, mañana o el {day}?"),
            _s("b", "a las 3", "a las {time} estoy", "mañana mejor", "el {day} tengo psicóloga"),
            _s("a", "perfecto, lo apunto en la agenda del equipo", "genial, lo dejo anotado en el cuaderno de turno", "vale, se lo digo a Javi para que no te apunte a la actividad de la tarde", "hecho, te espero en el despacho"),
            _s("a", "y si antes te agobias, escríbeme o dile al educador que esté de turno", "si esta noche lo pasas mal, baja a hablar con quien esté de guardia", "recuerda que también tienes el teléfono de ANAR si lo necesitas", "cualquier cosa, aquí estoy, y el equipo también", optional=True),
            _s("b", "vale gracias Marta", "ok hasta mañana", "gracias", "vale"),
            _s("a", "a ti. descansa", "de nada, hasta mañana", "un abrazo, nos vemos", "buenas noches {name}"),
        ),
        "en": (
            _s("a", "hi {name}, it's Marta, your key worker. how was your day?", "hey {name}, Marta from the house. how are you doing?", "hi! Marta here. school ok?", "hi {name}, Marta texting from the staff phone"),
            _s("b", "fine, normal", "meh", "hi. ok I guess", "good and you"),
            _s("a", "Jay said you wanted to talk to me yesterday, want to meet tomorrow?", "the night staff said you wanted to tell me something, shall we find a time?", "want to talk properly sometime this week?", "we can talk tomorrow after lunch if you want, no rush"),
            _s("b", "ok but not in front of the others", "yes but just us if possible", "ok", "idk maybe it's nothing"),
            _s("a", "of course, in the staff office, door ajar like always", "no problem, in the office, it's quieter", "we can use the small lounge, nobody comes in there", "or we can walk round the park next door like last time"),
            _s("b", "ok. but don't tell anyone what I say", "does what I tell you stay between us?", "are you going to tell the manager?", "I don't want my social worker to find out"),
            _s("a", "I'll be honest with you: what you tell me stays between us unless you're in danger or someone is hurting you", "usually it stays between you and me, but if something puts you at risk I have to tell the team, and I'd tell you first", "it's confidential, but I won't lie: if you're in danger I can't keep it quiet", "I can't promise a total secret, because my job is keeping you safe, but I'll never go behind your back"),
            _s("b", "ok, I get it", "ugh, fine", "ok. thanks for telling me", "ok"),
            _s("a", "and if it ever has to be shared, we decide together how", "if it had to go to the manager, you'd be in the room", "you'll always know what gets shared and with who", "no surprises, ok? we talk it through"),
            _s("a", "what time are you out of school tomorrow?", "do you have practice tomorrow or are you free at {time}?", "does {time} work?", "which day is better, tomorrow or {day}?"),
            _s("b", "3", "I'm free at {time}", "tomorrow's better", "{day} I have my counsellor"),
            _s("a", "perfect, I'll put it in the team diary", "great, I'll note it in the shift log", "ok, I'll tell Jay so he doesn't sign you up for the afternoon activity", "done, see you in the office"),
            _s("a", "and if it gets too much before then, text me or talk to whoever's on shift", "if tonight's rough, go talk to the night staff", "remember you've also got the Childline number", "anything at all, I'm here and so is the team", optional=True),
            _s("b", "ok thanks Marta", "ok see you tomorrow", "thanks", "ok"),
            _s("a", "anytime. get some rest", "you're welcome, see you tomorrow", "take care, see you", "night {name}"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 2: private tutor, online classes with camera on, parent in the loop
# ---------------------------------------------------------------------------
TUTOR_ONLINE_CAMERA = Family(
    "a14b2_tutor_online_camera",
    "benign",
    "adult_minor",
    {
        "es": (
            _s("a", "hola {name}, soy Alberto, el profe de {subject}. tu madre me ha dado tu número", "buenas {name}! soy el profe particular, he hablado con tu madre esta mañana", "hola, soy Alberto, lo de las clases de {subject}. tu padre me pasó tu contacto", "hola {name}, te escribo por lo de las clases online, ya lo he hablado con tu madre"),
            _s("b", "hola", "ah hola profe", "vale, hola", "holaa"),
            _s("a", "empezamos el {day} a las {time}, por Meet. el enlace os lo mando a ti y a tu madre", "la primera clase el {day} a las {time}, te mando el link y le pongo a tu madre en copia", "he creado un grupo con tu madre para el horario y los enlaces", "os paso el enlace de la clase por el grupo, así tu madre también lo tiene"),
            _s("b", "vale", "ok, a esa hora puedo", "el {day} tengo {sport} hasta las 6", "vale perfecto"),
            _s("a", "pon la cámara en la clase apuntando al cuaderno, que así veo cómo resuelves", "enciende la cámara durante la clase, es para ver los ejercicios en la pizarra", "con la cámara encendida voy mejor, así veo si te atascas", "si puedes, ten la cámara y el micro puestos, y si hay algo que no, me lo dices"),
            _s("b", "vale, en el salón?", "la puedo poner en la mesa del salón", "ok pero mi cámara es malísima", "vale"),
            _s("a", "en el salón perfecto, y tu madre puede entrar cuando quiera", "donde estés cómodo, mejor en un sitio común de la casa", "sí, en el salón genial, si tu madre quiere puede estar por ahí", "vale, si la cámara falla me enseñas el cuaderno por foto"),
            _s("a", "mándame una foto del último examen de {subject}, para ver qué repasar", "hazle una foto al tema que estáis dando y me la mandas al grupo", "pásame por foto los ejercicios que no te salen", "sube al grupo una foto de la hoja de deberes"),
            _s("b", "ahora te la mando", "vale luego", "te la paso al grupo", "ok espera"),
            _s("a", "al final de cada clase le mando a tu madre un resumen de lo que hemos hecho", "después de la clase le escribo a tu madre cómo ha ido", "cada viernes le paso a tu madre un pequeño informe", "le voy contando a tu madre qué avanzamos, ¿vale?"),
            _s("a", "y el pago lo hablo con ella, por {pay} a final de mes", "lo de pagar ya lo veo con tu madre, tú no te preocupes", "tu madre me hace {pay} al acabar el mes, tú solo trae las dudas", "las cuentas con tu madre, tú a estudiar jaja"),
            _s("b", "jaja vale", "ok", "vale gracias", "genial"),
            _s("a", "si tienes dudas entre clases, escríbeme por el grupo, así tu madre también lo ve", "las dudas mejor en el grupo, que así quedan para todos", "si un día no puedes, avisa en el grupo con tiempo", "cualquier cambio de hora, lo ponemos en el grupo", optional=True),
            _s("b", "vale, hasta el {day}", "ok, nos vemos", "vale profe", "hasta luego"),
            _s("a", "¡hasta el {day}! trae la calculadora", "nos vemos, sé puntual jaja", "perfecto, hasta pronto", "genial, hasta el {day}"),
        ),
        "en": (
            _s("a", "hi {name}, I'm Albert, your {subject} tutor. your mom gave me your number", "hey {name}! I'm the tutor, I spoke with your mom this morning", "hi, Albert here, about the {subject} lessons. your dad passed me your contact", "hi {name}, texting about the online classes, I already set it up with your mom"),
            _s("b", "hi", "oh hi", "ok, hi", "hii"),
            _s("a", "we start {day} at {time} on Meet. I'll send the link to you and your mom", "first class {day} at {time}, I'll send the link and cc your mom", "I made a group chat with your mom for the schedule and links", "I'll post the class link in the group so your mom has it too"),
            _s("b", "ok", "ok, I can at that time", "{day} I have {sport} until 6", "ok perfect"),
            _s("a", "keep your camera on pointing at your notebook so I can see how you solve it", "turn your camera on during class, it's so I can see your working", "camera on helps me see when you get stuck", "if you can, have camera and mic on, and if something's not ok just tell me"),
            _s("b", "ok, in the living room?", "I can set it up on the living room table", "ok but my camera is really bad", "ok"),
            _s("a", "living room is perfect, and your mom can pop in any time", "wherever you're comfortable, a shared room in the house is best", "yes living room's great, your mom can be around if she wants", "ok, if the camera fails just send a photo of your notebook"),
            _s("a", "send me a photo of your last {subject} test so I know what to review", "take a pic of the unit you're on and post it in the group", "send pics of the problems you can't do", "post a photo of the homework sheet in the group"),
            _s("b", "sending it now", "ok later", "I'll post it in the group", "ok wait"),
            _s("a", "after each class I'll send your mom a summary", "after class I'll text your mom how it went", "every friday I'll send your mom a short report", "I'll keep your mom posted on progress, ok?"),
            _s("a", "and I'll sort out payment with her, {pay} at the end of the month", "payment I'll handle with your mom, don't worry about it", "your mom pays me on {pay} at the end of the month, you just bring questions", "money stuff is with your mom, you just study lol"),
            _s("b", "lol ok", "ok", "ok thanks", "great"),
            _s("a", "if you have questions between classes, ask in the group so your mom sees too", "questions are better in the group, that way everyone has them", "if you can't make it one day, let us know in the group early", "any time changes, we put them in the group", optional=True),
            _s("b", "ok, see you {day}", "ok see you", "ok", "bye"),
            _s("a", "see you {day}! bring a calculator", "see you, be on time lol", "perfect, talk soon", "great, see you {day}"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 3: summer camp monitor coordinating a group trip
# ---------------------------------------------------------------------------
SUMMER_CAMP_TRIP = Family(
    "a14b3_summer_camp_trip",
    "benign",
    "coach_minor",
    {
        "es": (
            _s("a", "buenas grupo! soy Irene, la monitora. mañana excursión a la sierra", "hola chic@s, recordatorio de la excursión del {day}", "ey equipo! mañana salimos de ruta, atentos", "hola! soy la monitora del grupo de los Linces, os cuento lo de la salida"),
            _s("b", "siii por fin", "a qué hora?", "qué hay que llevar?", "vamos todos?"),
            _s("a", "quedamos a las {time} en la puerta del colegio, el bus sale puntual", "a las {time} en el parking del polideportivo, no lleguéis tarde", "punto de encuentro: {place} a las {time}", "hay que estar a las {time} en la parada del bus, que salimos ya"),
            _s("a", "sin la autorización firmada por vuestros padres no se puede venir, ¿vale?", "recordad la autorización, la tienen que firmar vuestros padres o tutores", "si alguien no ha entregado la autorización, que me la traiga mañana firmada", "la autorización la podéis mandar también por foto al grupo de padres"),
            _s("b", "yo ya la di", "mi madre la firmó ayer", "se me olvidó, la llevo mañana", "vale"),
            _s("a", "llevad agua, crema y algo de dinero para un helado, unos {amount}", "mochila con bocadillo, agua y crema. {food} lo ponemos nosotros a la vuelta", "y la tarjeta sanitaria, que siempre se la olvida alguien", "traed unos {amount} para la tienda del refugio"),
            _s("b", "puedo llevar el móvil?", "vale, y la cámara?", "cuánto dinero?", "hay que llevar la tarjeta sanitaria??"),
            _s("a", "el móvil sí, pero en la mochila, y solo para fotos o emergencias", "sí, podéis llevar móvil, las fotos de grupo las subimos al grupo de padres", "móvil sí, pero nada de estar todo el día con él jaja", "sí, pero si se pierde no nos hacemos responsables"),
            _s("a", "y en la ruta siempre en parejas, nadie se separa del grupo", "norma de siempre: nadie va solo, cada uno con su pareja de ruta", "si alguien necesita ir al baño avisa a un monitor, no os vayáis solos", "vamos con tres monitores, uno delante, uno en medio y yo cerrando"),
            _s("b", "puedo ir con {name}?", "vale", "quién es mi pareja?", "ok"),
            _s("a", "las parejas las ponemos mañana en el bus, tranquis", "sí, si {name} quiere, por mí genial", "las parejas son las mismas de la piscina", "ahora lo miro y os lo digo"),
            _s("a", "volvemos sobre las {time}, vuestros padres os recogen en el mismo sitio", "la vuelta es a las {time}, avisamos en el grupo de padres si hay retraso", "a la vuelta cada uno se va con su familia, nadie se va solo a casa", "os recogen a las {time} en la puerta del cole, cuando lleguemos escribo a los padres"),
            _s("a", "cualquier duda me preguntáis aquí o vuestros padres al teléfono del campamento", "si hay algún problema, vuestros padres tienen el teléfono de la coordinación", "alergias o medicación, que me lo digan vuestros padres hoy", "si alguien se marea en el bus, que se siente delante", optional=True),
            _s("b", "vale guay", "genial!!", "ok gracias Irene", "qué ganas"),
            _s("a", "a descansar, que mañana hay caminata!", "hasta mañana, ¡puntuales!", "buenas noches equipo", "nos vemos mañana!"),
        ),
        "en": (
            _s("a", "hi group! it's Irene, your counselor. trip to the mountains tomorrow", "hi everyone, reminder about {day}'s trip", "hey team! we head out on the hike tomorrow, listen up", "hi! counselor for the Lynx group here, details about the outing"),
            _s("b", "yesss finally", "what time?", "what do we bring?", "are we all going?"),
            _s("a", "we meet at {time} at the school gate, the bus leaves on time", "{time} in the sports center parking lot, don't be late", "meeting point: {place} at {time}", "be at the bus stop at {time}, we leave right away"),
            _s("a", "no signed permission slip from your parents, no trip, ok?", "remember the permission slip, your parents or guardians have to sign it", "if you haven't handed in your slip, bring it signed tomorrow", "parents can also send a photo of the slip in the parents' group"),
            _s("b", "I already gave it", "my mom signed it yesterday", "I forgot, I'll bring it tomorrow", "ok"),
            _s("a", "bring water, sunscreen and about {amount} for ice cream", "backpack with a sandwich, water and sunscreen. we'll get {food} on the way back", "and your health card, someone always forgets it", "bring around {amount} for the shop at the lodge"),
            _s("b", "can I bring my phone?", "ok and a camera?", "how much money?", "we need the health card??"),
            _s("a", "phone yes, but keep it in your backpack, just for photos or emergencies", "yes you can bring phones, we'll post group photos in the parents' group", "phone yes, but not glued to it all day lol", "yes but if it gets lost it's on you"),
            _s("a", "on the trail always in pairs, nobody leaves the group", "usual rule: no one goes alone, everyone stays with their hiking buddy", "if you need the bathroom tell a counselor, don't wander off", "there are three counselors, one in front, one in the middle, me at the back"),
            _s("b", "can I go with {name}?", "ok", "who's my buddy?", "k"),
            _s("a", "we'll assign buddies on the bus tomorrow, don't worry", "sure, if {name} wants to, fine by me", "same buddies as at the pool", "I'll check and let you know"),
            _s("a", "we're back around {time}, your parents pick you up at the same place", "we return at {time}, we'll post in the parents' group if we're late", "when we get back everyone goes with their family, nobody walks home alone", "pickup at {time} at the school gate, I'll message the parents when we arrive"),
            _s("a", "any questions ask here or your parents can call the camp phone", "if there's a problem, your parents have the coordinator's number", "allergies or meds, have your parents tell me today", "if anyone gets carsick, sit at the front", optional=True),
            _s("b", "ok cool", "awesome!!", "ok thanks Irene", "can't wait"),
            _s("a", "get some sleep, big hike tomorrow!", "see you tomorrow, on time!", "night team", "see you tomorrow!"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 4: two same-age teens plan an outing and dodge a nosy sibling
# ---------------------------------------------------------------------------
TEEN_PLAN_NOSY_SIBLING = Family(
    "a14b4_teen_plan_nosy_sibling",
    "benign",
    "teen_teen",
    {
        "es": (
            _s("a", "tíaa al final le he dicho a Hugo que si quedamos el finde", "oye que Hugo me ha preguntado si quedamos el {day}", "NOTICIA: Hugo quiere quedar", "tía tía tía, Hugo me ha escrito"),
            _s("b", "QUÉ", "nooo en serio", "jajaja por fin", "y qué le has dicho"),
            _s("a", "pero que vengáis vosotras también eh, no voy sola ni loca", "quedamos en grupo, vosotras y sus amigos", "le he dicho que vale pero con todos, que me da vergüenza", "vamos todos al cine y luego a por {food}"),
            _s("b", "obvio que voy", "vale yo me apunto, y se lo digo a Nerea", "sii, ¿a qué hora?", "claro, ¿dónde?"),
            _s("a", "el {day} a las {time} en {place}", "a las {time} en la puerta del cine del centro comercial", "sobre las {time}, en {place}", "a las {time}, luego vemos si vamos a por {food}"),
            _s("b", "mi madre me deja hasta las 9", "vale, a mi madre ya le he dicho que salgo con vosotras", "tengo que estar en casa a las 9 y media", "vale, se lo digo a mi madre esta noche"),
            _s("a", "yo igual, mi madre ya lo sabe, lo que no quiero es que se entere mi hermano", "mi madre sabe que salgo, pero no le digas nada a mi hermano, que es un pesado", "ni una palabra a mi hermana eh, que se lo cuenta a todo el insti", "el problema es mi hermano, que me cotillea todo"),
            _s("b", "jajaja el cotilla de Pablo", "tranqui no le digo nada", "ya, tu hermana es lo peor", "jaja es que es muy pesado"),
            _s("a", "ayer me pilló el móvil y leyó el grupo, casi me muero", "me mira el móvil cuando lo dejo en la mesa, lo odio", "si se entera me está vacilando todo el mes", "el otro día le dijo a mi madre que tenía novio y era mentira jaja"),
            _s("b", "pues ponle contraseña tía", "borra el chat por si acaso jaja", "no le dejes el móvil", "jajaja qué vergüenza"),
            _s("a", "ya le he puesto contraseña, y hablamos de esto por aquí y no en el grupo grande", "sí, mejor hablamos por privado que en el grupo está su amigo", "ya, no lo pongas en el grupo de clase xfa", "mejor no lo subas a historias que lo ve"),
            _s("b", "vale, nada en el grupo", "ok ok, secreto de estado", "tranqui, mis labios están sellados", "hecho"),
            _s("a", "¿y si al final es un rollo?", "¿y si llueve y no hay plan B?", "jaja estoy de los nervios", "¿y si no sé de qué hablar?", optional=True),
            _s("b", "si llueve nos metemos en la bolera", "tranqui que vamos todos, no vas a estar sola", "va a estar guay, ya verás", "jaja relax, hablamos todos"),
            _s("a", "vale, os quiero. mañana concretamos", "gracias tía, mañana lo hablamos en el recreo", "vale vale, hasta mañana", "ok, mañana te cuento más"),
        ),
        "en": (
            _s("a", "ok so I told Ethan yes to hanging out this weekend", "Ethan asked if we wanna hang out {day}", "BREAKING NEWS: Ethan wants to hang out", "omg omg Ethan texted me"),
            _s("b", "WHAT", "nooo seriously", "lol finally", "what did you say"),
            _s("a", "but you guys have to come too, no way I'm going alone", "it's a group thing, you guys and his friends", "I said yes but with everyone, I'd be so awkward", "we're all going to the movies and then {food}"),
            _s("b", "obviously I'm coming", "I'm in, I'll tell Nora", "yes what time", "sure where"),
            _s("a", "{day} at {time} at {place}", "{time} outside the movie theater at the mall", "around {time} at {place}", "{time}, then maybe {food}"),
            _s("b", "my mom lets me stay out till 9", "ok I already told my mom I'm going out with you guys", "I need to be home by 9:30", "ok I'll ask my mom tonight"),
            _s("a", "same, my mom knows, I just don't want my brother to find out", "my mom knows I'm going, but don't tell my brother, he's so annoying", "not a word to my sister, she'll tell the whole school", "the problem is my brother, he's so nosy"),
            _s("b", "lol nosy Paul", "don't worry I won't say anything", "ugh your sister is the worst", "lol he's so annoying"),
            _s("a", "yesterday he grabbed my phone and read the group chat, I almost died", "he reads my phone when I leave it on the table, I hate it", "if he finds out he'll tease me for a month", "last week he told my mom I had a boyfriend and it wasn't even true lol"),
            _s("b", "put a passcode on it", "delete the chat just in case lol", "don't leave your phone around", "lol so embarrassing"),
            _s("a", "already did, and let's talk about it here not in the big group", "yeah let's keep it in dms, his friend is in the group", "don't post it in the class chat pls", "don't put it on your story, he'll see it"),
            _s("b", "ok nothing in the group", "ok ok top secret", "my lips are sealed", "done"),
            _s("a", "what if it ends up boring?", "what if it rains and there's no plan B", "lol I'm so nervous", "what if I don't know what to say", optional=True),
            _s("b", "if it rains we go bowling", "relax we're all going, you won't be alone", "it'll be fun, you'll see", "lol chill, we'll all talk"),
            _s("a", "ok love you guys, let's figure it out tomorrow", "thanks, let's talk at lunch tomorrow", "ok ok see you tomorrow", "ok I'll tell you more tomorrow"),
        ),
    },
)

FAMILIES = (
    SKATEPARK_OLDER_MATE,
    FAKE_CLUB_SCOUT,
    BRAWL_CLAN_LEADER,
    FAKE_GIRL_BIZUM,
    CARE_HOME_EDUCADORA,
    TUTOR_ONLINE_CAMERA,
    SUMMER_CAMP_TRIP,
    TEEN_PLAN_NOSY_SIBLING,
)
