"""A blind test set: template families written apart from the detector, for one honest evaluation.

Two authors wrote blind families: this module holds the first one's (z01-z08) and gathers the
second one's (z09-z16, ``blind_families_b.py``, added when the training pool grew to fourteen
authors) into ``BLIND_FAMILIES``; ``BLIND_SETS`` keeps them apart for per-author figures.

These families were written by someone who never saw the detector's indicators, features, weights
or benchmark, from what real conversations look like (fan communities, art servers, mobile-game
clans, fake peers; babysitters, grandparents, game friends, cousins). They reuse the generator's
format and surface variation, but none of the wording of the training or candidate families.

Keep them out of training and tuning: score a model on them once, after it is frozen. If they are
ever used to change the model, they stop being blind and a new set has to be written.

Like every fixture in this project they are non-explicit: the risky families show risk *patterns*
only (age probing, flattery, special-bond talk, secrecy, isolation, gifts and game currency, moving
to another app, non-sexual photo or camera requests, meeting requests, threats and payment
demands), and never sexual content. Family ids start with ``z`` so they never collide with others.
"""

from __future__ import annotations

from childguard.conversations.blind_families_b import BLIND_B_FAMILIES
from childguard.conversations.script import Family, _r, _s

BLIND_RISK_FAMILIES: tuple[Family, ...] = (
    # An adult posing as a fellow fan in an anime / band fan community. Friendship first; the
    # first risky line (age probing wrapped in a compliment) comes about halfway in.
    Family("z01_fandom_fellow_fan", "grooming", "adult_minor", {
        "en": (
            _s("a", "wait your fan edit of the last episode is actually so good",
               "ok your theory post about the finale was genius",
               "you're the one who made that concert edit right?? it's amazing"),
            _s("b", "omg thank u", "lol it took me forever", "haha someone finally noticed"),
            _s("a", "who's your favorite character", "who's your bias tho",
               "which arc did you like best"),
            _s("b", "the quiet one obviously", "season 2, no question", "idk i love all of them"),
            _s("a", "same!! nobody in my real life gets this show",
               "finally someone with taste, everyone around me says it's cringe", optional=True),
            _r("a", "hold on how old are you? you write like a college student",
               "are you still in school? your posts sound so grown up",
               "what year are you in? you don't type like a kid at all"),
            _s("b", "i'm 13 lol", "14, why", "8th grade"),
            _r("a", "honestly you're the only one in this fandom i actually click with",
               "i've been in this fandom for years and never vibed with anyone like this"),
            _r("a", "the mods here are so nosy, there's a smaller group on {app} with only the "
               "real fans", "this server is all drama, hop over to {app} and i'll show you the "
               "leaked clips"),
            _r("a", "i have doubles of the limited photocards, i can mail you a set",
               "i'll gift you the premium sub so you can watch the new episodes early"),
            _r("a", "your mom would probably think it's weird that we talk, grown-ups never get "
               "fandom friends", "maybe don't bring me up at home, parents always assume the "
               "worst about online friends"),
            _r("a", "when the hoodie arrives post a selfie in it, just for me not the server",
               "i wanna see the face behind the edits, send one?"),
            _r("a", "there's a fan meetup at {place} {day}, i could take you, no need to bring "
               "the group", "the pop-up store opens {day}, i'll wait by the entrance of {place}, "
               "i'd rather keep it just me and you, groups get awkward", optional=True),
        ),
        "es": (
            _s("a", "espera tu edit del último capítulo es buenísimo",
               "tu teoría sobre el final es de genio",
               "tú hiciste el edit del concierto no?? es increíble"),
            _s("b", "ay graciass", "jaja me costó un montón", "por fin alguien lo ve"),
            _s("a", "cuál es tu personaje favorito", "y tu bias cuál es",
               "qué arco te gustó más"),
            _s("b", "el callado obvio", "la segunda temporada sin duda", "ni idea, todos"),
            _s("a", "igual!! nadie en mi vida real entiende esta serie",
               "por fin alguien con buen gusto, a mi alrededor dicen que es cringe",
               optional=True),
            _r("a", "oye cuántos años tienes? escribes como alguien de la uni",
               "todavía vas al colegio? tus posts parecen de alguien mayor",
               "en qué curso vas? no escribes nada como una niña"),
            _s("b", "tengo 13 jaja", "14, por?", "segundo de la eso"),
            _r("a", "la verdad eres la única del fandom con la que conecto de verdad",
               "llevo años en este fandom y nunca me había llevado así con nadie"),
            _r("a", "los mods de aquí son unos cotillas, hay un grupo más pequeño en {app} solo "
               "con los fans de verdad", "este server es puro drama, vente a {app} y te enseño "
               "los clips filtrados"),
            _r("a", "tengo photocards repetidas de la edición limitada, te mando un set",
               "te regalo la suscripción premium para que veas los capítulos antes"),
            _r("a", "a tu madre seguro le parecería raro que hablemos, los mayores nunca "
               "entienden los amigos del fandom", "mejor no me nombres en casa, los padres "
               "siempre piensan lo peor de los amigos de internet"),
            _r("a", "cuando te llegue la sudadera súbeme un selfie con ella, solo para mí no para "
               "el server", "quiero ver la cara detrás de los edits, me mandas una?"),
            _r("a", "hay una quedada de fans en {place} {day}, te puedo llevar, no hace falta "
               "avisar al grupo", "la tienda pop-up abre {day}, te espero en la puerta de {place}, "
               "prefiero que no venga nadie más, en grupo es raro", optional=True),
        ),
    }),
    # A self-appointed "mentor" in an online digital-art community. The child opens the DM asking
    # for a critique; the first risky line is early but mild (flattery against adults), then
    # exclusivity, a gift that needs a home address, secrecy from the server, webcam, a risk check.
    Family("z02_art_server_mentor", "grooming", "adult_minor", {
        "en": (
            _s("b", "hi sorry for the random dm, you said in the server you review portfolios?",
               "hey! are you the one who does free critiques in the art channel?"),
            _s("a", "of course, send it over", "yep happy to, what are you working on"),
            _s("a", "your line work is clean, the anatomy needs a bit of work but that's normal",
               "the colors are really strong, the shading on the face is a little flat"),
            _s("b", "ok thank youu", "yeah hands are so hard"),
            _r("a", "honestly most of the adults in my evening class can't draw like this",
               "you have more natural talent than people i've taught for years"),
            _r("a", "do you mind me asking how old you are? you draw like an art student",
               "you're still in school right? which year?"),
            _s("b", "12", "7th grade", "i'll be 14 in june"),
            _r("a", "i don't usually mentor anyone one-on-one, but i'd make an exception for you",
               "i only take one student at a time and i'd like it to be you"),
            _r("a", "i'll cover the pro brush license for you, it's {amount} but don't worry "
               "about it", "i have an old drawing tablet i can ship you, what's your address?"),
            _r("a", "better if the rest of the server doesn't hear about it, people get jealous "
               "when someone gets extra attention", "let's not mention the lessons in the "
               "channel, ok? it'll cause drama"),
            _r("a", "we can do live lessons on {app}, switch your webcam on so i can watch you "
               "work", "grab {app} for screen share, and put your camera on, i like seeing "
               "who i'm teaching"),
            _r("a", "does anyone check what you do on the computer at night?",
               "are you usually by yourself when you draw in the evenings?", optional=True),
            _r("a", "my studio is near {place}, you could come by {day} and use the big screen",
               "there's an art fair at {place} {day}, i'll meet you at the entrance, you don't "
               "have to tell your parents it's me", optional=True),
        ),
        "es": (
            _s("b", "hola perdón por el md random, dijiste en el server que revisas portfolios?",
               "hola! tú eres quien hace críticas gratis en el canal de dibujo?"),
            _s("a", "claro, pásamelo", "sí encantado, en qué estás trabajando"),
            _s("a", "tu línea es limpia, la anatomía hay que pulirla pero es normal",
               "los colores son muy potentes, el sombreado de la cara está un poco plano"),
            _s("b", "vale graciass", "sí las manos son dificilísimas"),
            _r("a", "la verdad la mayoría de adultos de mi clase de tarde no dibujan así",
               "tienes más talento natural que gente a la que llevo años enseñando"),
            _r("a", "te importa si te pregunto la edad? dibujas como alguien de bellas artes",
               "sigues en el instituto no? en qué curso?"),
            _s("b", "12", "primero de la eso", "cumplo 14 en junio"),
            _r("a", "no suelo dar mentorías individuales, pero contigo haría una excepción",
               "solo cojo un alumno cada vez y me gustaría que fueras tú"),
            _r("a", "te pago yo la licencia de pinceles pro, son {amount} pero tranquilo",
               "tengo una tableta gráfica vieja, a qué dirección te la mando?"),
            _r("a", "mejor que el resto del server no se entere, la gente se pone celosa cuando "
               "alguien recibe más atención", "no comentemos las clases en el canal, vale? "
               "habría lío"),
            _r("a", "podemos hacer clases en directo por {app}, enciende la webcam para verte "
               "trabajar", "bájate {app} para compartir pantalla, y pon la cámara, me gusta ver "
               "a quién enseño"),
            _r("a", "alguien mira lo que haces en el ordenador por la noche?",
               "sueles estar solo cuando dibujas por las tardes?", optional=True),
            _r("a", "mi estudio está cerca de {place}, podrías pasarte {day} y usar la pantalla "
               "grande", "hay una feria de arte en {place} {day}, te espero en la entrada, en "
               "casa no hace falta explicar quién soy", optional=True),
        ),
    }),
    # An adult met in a mobile game's clan who escalates gradually. The first risky line is very
    # early and indirect (when is the child online, and alone), then favouritism, game currency,
    # age, isolating from the clan, moving off the game, a face request and a meeting.
    Family("z03_mobile_clan_leader", "grooming", "adult_minor", {
        "en": (
            _s("a", "welcome to the clan! donate troops when you can",
               "gg on the war, you got 3 stars"),
            _s("b", "thanks!", "ty, i'm still learning"),
            _r("a", "what time do you usually get on? after school?",
               "you're always online around 3, do you get home before your parents?"),
            _s("b", "yeah like 3:30", "after school till my mom's back from work"),
            _s("a", "cool, we need active people for the {day} war",
               "nice, i'll put you on the war roster"),
            _r("a", "i'm promoting you to co-leader, no need to tell the others i skipped them",
               "you're getting elder, the others have been here longer so keep quiet about it"),
            _r("a", "sent you some {currency} to upgrade, that's only for you",
               "i topped up your account with {currency}, don't thank me in clan chat"),
            _r("a", "wait, what age are you? 12? 13?", "you in middle school or high school"),
            _s("b", "13", "12 lol", "middle school"),
            _r("a", "honestly you're the only one in this clan worth talking to",
               "the rest of the clan is toxic, i'd keep away from them and stick with me"),
            _r("a", "in-game chat gets wiped, hit me up on {app}, here's my username",
               "the game reads this chat, let's carry on over on {app}"),
            _r("a", "send a quick selfie so i know you're not a bot",
               "hop on a video call, i like to put a face to the clan tag"),
            _r("a", "there's a tournament at {place} {day}, i'll get your ticket, no need to ask "
               "your dad", "i'm driving through your town {day}, we could grab {food} at "
               "{place}", optional=True),
        ),
        "es": (
            _s("a", "bienvenido al clan! dona tropas cuando puedas",
               "gg en la guerra, sacaste 3 estrellas"),
            _s("b", "gracias!", "grax, todavía estoy aprendiendo"),
            _r("a", "a qué hora te sueles conectar? después de clase?",
               "siempre estás en línea sobre las 3, llegas a casa antes que tus padres?"),
            _s("b", "sí como a las 3 y media", "después de clase hasta que vuelve mi madre"),
            _s("a", "genial, necesitamos gente activa para la guerra del {day}",
               "bien, te apunto en la lista de la guerra"),
            _r("a", "te subo a colíder, no hace falta que los demás sepan que me los salté",
               "te hago veterano, los otros llevan más tiempo así que no digas nada"),
            _r("a", "te mandé {currency} para mejorar, son solo para ti",
               "te recargué la cuenta con {currency}, no me des las gracias en el chat del clan"),
            _r("a", "por cierto cuántos años tienes? 12? 13?", "vas a primaria o a la eso"),
            _s("b", "13", "12 jaja", "a la eso"),
            _r("a", "la verdad eres el único del clan con el que merece la pena hablar",
               "el resto del clan es tóxico, yo me alejaría de ellos y me quedaría conmigo"),
            _r("a", "el chat del juego se borra, escríbeme por {app}, este es mi usuario",
               "el juego lee este chat, seguimos por {app}"),
            _r("a", "mándame un selfie rápido para saber que no eres un bot",
               "hacemos videollamada? me gusta ponerle cara a la etiqueta del clan"),
            _r("a", "hay un torneo en {place} {day}, te pillo la entrada, no hace falta que le "
               "preguntes a tu padre", "paso por tu pueblo {day}, podemos comer {food} en "
               "{place}", optional=True),
        ),
    }),
    # A fake peer who, once a photo has been sent, demands gift cards. Non-explicit throughout.
    Family("z04_fake_peer_gift_cards", "sextortion", "adult_minor", {
        "en": (
            _s("a", "heyy we have like 20 mutuals lol", "hey, i think you know my cousin from "
               "school?"),
            _s("b", "oh hi", "who's your cousin?"),
            _s("a", "i just moved here, don't really know anyone yet",
               "i'm new in town, it's been kinda lonely"),
            _r("a", "ngl you have a really nice smile in your pfp, what are u, 15? i'm 16",
               "you're 15 right? same, i'm in 10th too"),
            _s("b", "15", "14 lol"),
            _r("a", "this app keeps glitching, are you on {app}?",
               "do you use {app}? i barely open this one"),
            _r("a", "your turn, i showed you mine, quick one of you now",
               "send one of you now, it's only fair"),
            _s("b", "ok", "fine here", "why do you need it"),
            _r("a", "i saved the pic and i have your whole follower list. you're getting me "
               "{amount} of {pay}, otherwise every one of them gets it",
               "pay or everyone sees it. {amount}, {pay}, today"),
            _s("b", "what?? you said you were 16", "please just delete it"),
            _r("a", "go to the store, buy the cards, scratch the back, then text me the codes",
               "photos of the card codes, both sides, nothing else"),
            _r("a", "one hour. every minute you're late i add another name",
               "if you're late i start with your mom's account"),
            _r("a", "talk to anyone about this and it goes up everywhere",
               "block me and your school group chat gets it first", optional=True),
        ),
        "es": (
            _s("a", "holaa tenemos como 20 amigos en común jaja",
               "hola, creo que conoces a mi prima del insti?"),
            _s("b", "ah hola", "quién es tu prima?"),
            _s("a", "me acabo de mudar, no conozco a casi nadie",
               "soy nuevo en la ciudad, me estoy sintiendo un poco solo"),
            _r("a", "la verdad tienes una sonrisa muy bonita en la foto de perfil, qué tienes, "
               "15? yo 16", "tienes 15 no? igual que yo, voy a cuarto"),
            _s("b", "15", "14 jaja"),
            _r("a", "esta app se cuelga todo el rato, tienes {app}?",
               "te escribo por {app}? esta casi ni la abro"),
            _r("a", "te toca, yo ya te enseñé la mía, una foto tuya rápido",
               "mándame una tuya ahora, es lo justo"),
            _s("b", "vale", "toma", "para qué la quieres"),
            _r("a", "guardé la foto y tengo la lista entera de tus seguidores. me pasas "
               "{amount} por {pay}, si no le llega a cada uno de ellos",
               "o pagas o todo el mundo la ve. {amount} en {pay}, hoy"),
            _s("b", "qué?? dijiste que tenías 16", "por favor bórrala"),
            _r("a", "ve a la tienda, compra las tarjetas, rasca el código y mándamelo",
               "foto de cada tarjeta con el número a la vista, nada más"),
            _r("a", "una hora. por cada minuto que tardes añado a alguien más",
               "si tardas empiezo por la cuenta de tu madre"),
            _r("a", "como hables de esto con alguien, lo subo a todas partes",
               "bloquéame y el grupo de tu clase la recibe primero", optional=True),
        ),
    }),
)


BLIND_BENIGN_FAMILIES: tuple[Family, ...] = (
    # A babysitter (adult) coordinating with the kid: pick-up, homework rules, a birthday cake the
    # little sister must not know about, a photo of the fridge, parents' flight home.
    Family("z05_babysitter_evening", "benign", "adult_minor", {
        "en": (
            _s("a", "hey it's {name}, your mom asked me to get you from {sport} today",
               "hi! i'm picking you up at {time}, your dad texted me the plan"),
            _s("b", "ok where", "can we get {food} after?"),
            _s("a", "i'll be at the side gate in the blue car",
               "wait by the front office, i'm parking now"),
            _s("a", "your mom said no {game} until homework is done, sorry",
               "homework first, then you get an hour of {game}"),
            _s("b", "ugh fine", "but it's friday"),
            _s("a", "don't say anything to your sister about the cake, we're frosting it after "
               "she's asleep", "shhh the birthday cake is hidden in the garage, your sister "
               "can't find out"),
            _s("b", "i won't!!", "can i help decorate"),
            _s("a", "send me a pic of the inside of the fridge, i need to know if we have eggs",
               "can you take a photo of the note your mom left on the counter?"),
            _s("a", "your parents land at {time}, they said you can stay up until they're home",
               "your mom wants to video call at 8 to say goodnight", optional=True),
            _s("b", "ok", "can {name} come over?"),
            _s("a", "only if your mom says yes, text her", "ask your dad first, i'm not allowed "
               "to say yes to that"),
        ),
        "es": (
            _s("a", "hola soy {name}, tu madre me pidió que te recoja de {sport} hoy",
               "hola! paso a por ti a las {time}, tu padre me mandó el plan"),
            _s("b", "vale dónde", "podemos comprar {food} después?"),
            _s("a", "estaré en la puerta lateral con el coche azul",
               "espera junto a secretaría, estoy aparcando"),
            _s("a", "tu madre dijo que nada de {game} hasta acabar los deberes, lo siento",
               "primero los deberes, luego una hora de {game}"),
            _s("b", "uf vale", "pero es viernes"),
            _s("a", "no le digas nada a tu hermana de la tarta, la decoramos cuando se duerma",
               "shhh la tarta de cumple está escondida en el garaje, tu hermana no se puede "
               "enterar"),
            _s("b", "no diré nada!!", "puedo ayudar a decorarla"),
            _s("a", "mándame una foto de dentro de la nevera, necesito saber si hay huevos",
               "le haces una foto a la nota que dejó tu madre en la encimera?"),
            _s("a", "tus padres aterrizan a las {time}, dicen que puedes esperarlos despierto",
               "tu madre quiere hacer videollamada a las 8 para darte las buenas noches",
               optional=True),
            _s("b", "vale", "puede venir {name}?"),
            _s("a", "solo si tu madre dice que sí, escríbele", "pregúntale a tu padre primero, "
               "yo no puedo decir que sí a eso"),
        ),
    }),
    # A grandparent learning to video call a grandchild: turning the camera on, asking the age,
    # birthday money with a small secret from the brother, asking whether mom is home, a visit.
    Family("z06_grandparent_video_call", "benign", "coach_minor", {
        "en": (
            _s("a", "hello sweetheart it's grandma, is this how you send a message?",
               "hi it's grandpa, your mother put this app on my phone"),
            _s("b", "hi grandma!!", "yes it works grandpa lol"),
            _s("a", "how do i make the camera go on so i can see your face",
               "i pressed the little camera, can you see me? put yours on too"),
            _s("b", "press the green button", "you're upside down lol"),
            _s("a", "there you are! you've grown so much", "look at you, so tall now"),
            _s("a", "how old are you now, 12? i lose track",
               "are you in 7th grade this year or 8th?"),
            _s("b", "13 grandma", "8th grade"),
            _s("a", "i put {amount} in your birthday card, don't tell your brother how much, he "
               "got less last year", "i'm sending you a little money for your birthday, buy "
               "yourself something nice"),
            _s("a", "is your mom home? tell her to call me after",
               "put your dad on, i want to ask him about {day}", optional=True),
            _s("a", "send me a photo of you in your {sport} uniform for my fridge",
               "send grandpa a picture from your game, i'll print it"),
            _s("a", "we're coming to see you {day}, we'll take you out for {food}",
               "come visit {day}, grandpa will fetch you from your mother's at {time}"),
            _s("b", "yay love you", "ok love you bye"),
        ),
        "es": (
            _s("a", "hola cariño soy la abuela, así se mandan los mensajes?",
               "hola soy el abuelo, tu madre me puso esta aplicación en el teléfono"),
            _s("b", "hola abuela!!", "sí funciona abuelo jaja"),
            _s("a", "cómo se pone la cámara para verte la cara",
               "le di a la camarita, me ves? pon la tuya también"),
            _s("b", "dale al botón verde", "estás al revés jaja"),
            _s("a", "ahí estás! cuánto has crecido", "mírate, qué alto estás"),
            _s("a", "cuántos años tienes ya, 12? pierdo la cuenta",
               "este año estás en primero o en segundo?"),
            _s("b", "13 abuela", "en segundo"),
            _s("a", "te metí {amount} en la tarjeta de cumple, que tu hermano no sepa cuánto, "
               "a él le di menos el año pasado", "te mando un dinerito por tu cumple, cómprate "
               "algo bonito"),
            _s("a", "está tu madre en casa? dile que me llame luego",
               "pásame a tu padre, quiero preguntarle por lo del {day}", optional=True),
            _s("a", "mándame una foto con la equipación de {sport} para la nevera",
               "mándale al abuelo una foto del partido, la voy a imprimir"),
            _s("a", "vamos a verte {day}, te llevamos a comer {food}",
               "ven a vernos {day}, te recojo en casa de tu madre a las {time}"),
            _s("b", "bieen te quiero", "vale te quiero adiós"),
        ),
    }),
    # Two 15-year-olds who met in a game and plan to meet with the friend group, parents involved.
    Family("z07_game_friends_meetup", "benign", "teen_teen", {
        "en": (
            _s("a", "yo that clutch in {game} last night was crazy",
               "gg again, we should squad up more"),
            _s("b", "lol thanks, you were cracked too", "fr we need to run it back"),
            _s("a", "wait how old are you, you sound my age",
               "what grade are you in? you're on at the same hours as me lol"),
            _s("b", "15, sophomore", "15, you?"),
            _s("a", "same!! do you know {name}? he said you're from around here",
               "no way, 15 too. are you near the city?"),
            _s("b", "yeah east side", "my cousin goes to your school i think"),
            _s("a", "me, {name} and some others are hitting {place} {day}, you should come",
               "the whole group is heading to {place} {day}, come with"),
            _s("b", "my mom will want to talk to someone's parent first lol",
               "i'll ask my parents, they're strict about online friends"),
            _s("a", "fair, my dad can call your mom, he's driving us",
               "yeah my mom's dropping us off, she can text yours"),
            _s("a", "drop a pic in the group chat so people know who you are when we meet",
               "post a selfie in the gc so everyone recognizes you lol"),
            _s("a", "we're making a {app} group for the squad, adding you",
               "join the squad's {app}, it's where we plan stuff", optional=True),
            _s("b", "bet", "ok see you {day}"),
        ),
        "es": (
            _s("a", "tío esa jugada en el {game} anoche fue una locura",
               "gg otra vez, tenemos que jugar más juntos"),
            _s("b", "jaja gracias, tú también ibas on fire", "literal tenemos que repetir"),
            _s("a", "oye cuántos años tienes, pareces de mi edad",
               "en qué curso vas? te conectas a las mismas horas que yo jaja"),
            _s("b", "15, en cuarto", "15, y tú?"),
            _s("a", "igual!! conoces a {name}? dice que eres de por aquí",
               "no me digas, yo también 15. vives cerca del centro?"),
            _s("b", "sí en la zona este", "creo que mi primo va a tu insti"),
            _s("a", "yo, {name} y algunos más vamos a {place} {day}, vente",
               "va todo el grupo a {place} {day}, apúntate"),
            _s("b", "mi madre va a querer hablar antes con el padre de alguien jaja",
               "se lo pregunto a mis padres, son estrictos con los amigos de internet"),
            _s("a", "normal, mi padre puede llamar a tu madre, él nos lleva",
               "sí mi madre nos deja allí, puede escribirle a la tuya"),
            _s("a", "sube una foto al grupo para que la gente te reconozca cuando quedemos",
               "pon un selfie en el grupo para que todos sepan quién eres jaja"),
            _s("a", "estamos haciendo un grupo de {app} para el squad, te añado",
               "métete en el {app} del squad, ahí organizamos todo", optional=True),
            _s("b", "hecho", "vale nos vemos {day}"),
        ),
    }),
    # An adult cousin helping a teen with a school project and sending a birthday gift card.
    Family("z08_cousin_school_project", "benign", "adult_minor", {
        "en": (
            _s("b", "hey can you help me with my {subject} project, mom said you're good at it",
               "are you busy? i'm stuck on the {subject} presentation"),
            _s("a", "sure! what's the topic", "of course, what do you have so far"),
            _s("b", "it's about volcanoes", "the industrial revolution, it's due {day}"),
            _s("a", "send me a photo of the assignment sheet so i can see what they want",
               "take a pic of the rubric so i know how it's graded"),
            _s("a", "let's do a video call tonight and i'll share my screen",
               "we can call at {time} and go through the slides together"),
            _s("b", "ok thanks!!", "you're a lifesaver"),
            _s("a", "btw happy early birthday!! i emailed you a {amount} gift card",
               "i got you a gift card for your birthday, check your inbox"),
            _s("b", "omg thank you!!", "wait really, you didn't have to"),
            _s("a", "don't let your mom know how much it was, she'll say i spoil you lol",
               "keep the amount between us, your mom thinks i overdo birthdays lol"),
            _s("a", "how old are you turning, 14? i remember when you were tiny",
               "you're turning 15?? that's crazy", optional=True),
            _s("a", "tell your mom i said hey, i'll see everyone at grandma's {day}",
               "i'll come by {day} for the family dinner, ask your dad if i should bring "
               "{food}"),
            _s("b", "ok thanks for the help", "i'll tell her"),
        ),
        "es": (
            _s("b", "oye me ayudas con el proyecto de {subject}? mamá dice que se te da bien",
               "estás liada? me he atascado con la presentación de {subject}"),
            _s("a", "claro! de qué es", "por supuesto, qué llevas hecho"),
            _s("b", "es sobre volcanes", "la revolución industrial, es para {day}"),
            _s("a", "mándame una foto del enunciado para ver qué piden",
               "hazle una foto a la rúbrica para saber cómo lo evalúan"),
            _s("a", "hacemos videollamada esta noche y comparto pantalla",
               "te llamo a las {time} y repasamos las diapositivas juntos"),
            _s("b", "vale gracias!!", "me salvas la vida"),
            _s("a", "por cierto feliz cumple adelantado!! te mandé una tarjeta regalo de "
               "{amount} al correo", "te compré una tarjeta regalo por tu cumple, mira tu "
               "correo"),
            _s("b", "ala gracias!!", "en serio? no hacía falta"),
            _s("a", "que tu madre no se entere de cuánto era, dirá que te mimo demasiado jaja",
               "lo de la cantidad entre tú y yo, tu madre dice que me paso con los cumples jaja"),
            _s("a", "cuántos cumples, 14? me acuerdo de cuando eras un bebé",
               "cumples 15?? qué fuerte", optional=True),
            _s("a", "dale recuerdos a tu madre, nos vemos todos donde la abuela {day}",
               "me paso {day} a la cena familiar, pregúntale a tu padre si llevo {food}"),
            _s("b", "vale gracias por la ayuda", "se lo digo"),
        ),
    }),
)

#: the first blind author's families (z01-z08)
BLIND_A_FAMILIES: tuple[Family, ...] = BLIND_RISK_FAMILIES + BLIND_BENIGN_FAMILIES
#: each blind author's families; a second author's (z09-z16) are in ``blind_families_b.py``
BLIND_SETS: dict[str, tuple[Family, ...]] = {"blind_a": BLIND_A_FAMILIES,
                                             "blind_b": BLIND_B_FAMILIES}
#: every blind family, by both authors
BLIND_FAMILIES: tuple[Family, ...] = BLIND_A_FAMILIES + BLIND_B_FAMILIES
