"""Template families by author A4, written without seeing the detector (no indicators, features,
weights or benchmark were read), from what real chats between these people tend to look like.
Four risky families (a support-forum "older friend", a fan-fiction co-writer, a skate and bike
shop adult, and a sextortionist posing as a young celebrity) and four benign ones (a family
holiday chat, a scout campout, two siblings hiding a birthday present, a teen reselling games).
Everything is non-explicit: the risky scripts show only patterns (age questions, flattery,
special-bond talk, secrecy, turning the child against family, gifts and money, moving to another
app, non-sexual photo or camera requests, meetings, threats and payment demands); the benign
scripts share some surface features with them in an ordinary context."""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

FAMILIES: tuple[Family, ...] = (
    # ----------------------------------------------------------------------------------------
    # grooming: an "older friend" on a teen support forum
    # ----------------------------------------------------------------------------------------
    Family("a4g1_forum_confidant", "grooming", "adult_minor", {
        "en": (
            _s("a", "saw your post in the venting thread last night. that sounded rough",
               "hey, i read what you wrote about the fight at home. you ok?",
               "your post on the support board stuck with me, hope today's a bit better"),
            _s("b", "kinda. thanks for asking", "not really lol", "who is this"),
            _s("a", "i went through the exact same stuff when i was younger, trust me",
               "i remember feeling like nobody in my house listened either"),
            _s("b", "my mom just yells about grades all the time",
               "my dad took my phone for a week over nothing",
               "my parents don't even notice when i'm upset"),
            _r("a", "what year are you in? you write like someone way older",
               "you in high school yet or still middle? you sound older than most people on here"),
            _s("b", "9th, i'm 14", "8th grade", "i turn 13 next month"),
            _r("a", "honestly you're the only one on that forum who makes any sense. we just click",
               "i don't usually open up to people but with you it's different"),
            _r("a", "sounds like your mom cares more about report cards than about you",
               "parents like yours don't change, you'll only get hurt trying to talk to them",
               "i wouldn't bother telling your family how you feel, they'll just twist it"),
            _s("b", "idk, she's not always like that", "my sister is nice at least", "yeah maybe"),
            _r("a", "the mods read everything here, message me on {app} where it's only us",
               "this site logs the DMs. i'm on {app}, easier to talk properly there"),
            _r("a", "maybe don't mention me at home, they'd think i'm some weirdo and ban you "
               "from talking to me", "if your mom saw our messages she'd blow it up into "
               "something it isn't. maybe clear them?"),
            _r("a", "i'm always up late if you need me, even at 2am. your parents never have to "
               "know you're awake", "message me whenever, night or day. i'll always answer, "
               "unlike them", optional=True),
            _r("a", "we're not that far from each other, i could meet you at {place} {day} and "
               "we just talk, no drama", "if things get bad at home you could come hang out "
               "with me {day}, nobody needs to know where you are"),
            _s("b", "i don't know, that's kinda a lot", "maybe. i'd have to make up an excuse",
               "ok"),
        ),
        "es": (
            _s("a", "vi tu post en el hilo de desahogo anoche, sonaba muy duro",
               "oye, leí lo que escribiste de la pelea en tu casa. estás bien?",
               "me quedé pensando en tu mensaje del foro, ojalá hoy vaya un poco mejor"),
            _s("b", "más o menos. gracias por preguntar", "no mucho jaja", "quién eres?"),
            _s("a", "yo pasé por lo mismo cuando era más chico, créeme",
               "me acuerdo de sentir que en mi casa nadie me escuchaba tampoco"),
            _s("b", "mi mamá nomás me grita por las calificaciones",
               "mi papá me quitó el celular una semana por nada",
               "mis papás ni se dan cuenta cuando estoy mal"),
            _r("a", "en qué año vas? escribes como alguien mucho más grande",
               "vas en la secu o ya en la prepa? pareces más grande que la mayoría del foro"),
            _s("b", "en tercero de secu, tengo 14", "segundo de secundaria",
               "cumplo 13 el mes que viene"),
            _r("a", "la neta eres la única del foro que dice cosas con sentido. conectamos",
               "yo no me abro con casi nadie, pero contigo es distinto"),
            _r("a", "parece que a tu mamá le importan más las calificaciones que tú",
               "papás así no cambian, solo vas a salir lastimada si intentas hablar con ellos",
               "yo no le contaría a tu familia cómo te sientes, lo van a usar en tu contra"),
            _s("b", "no sé, no siempre es así", "mi hermana por lo menos es buena onda",
               "puede ser"),
            _r("a", "los moderadores leen todo, háblame por {app} que ahí es solo entre tú y yo",
               "esta página guarda los mensajes privados. estoy en {app}, ahí platicamos mejor"),
            _r("a", "mejor no le hables de mí a nadie en tu casa, van a pensar que soy un rarito "
               "y no te van a dejar hablarme", "si tu mamá ve nuestros mensajes va a hacer un "
               "drama. mejor bórralos, no?"),
            _r("a", "yo siempre estoy despierto tarde, escríbeme aunque sean las 2am. tus papás "
               "no tienen por qué enterarse", "escríbeme cuando sea, de día o de noche. yo sí "
               "te contesto, no como ellos", optional=True),
            _r("a", "vivimos cerca, podríamos vernos en {place} {day} y platicar nomás, sin drama",
               "si se pone feo en tu casa te puedes venir conmigo {day}, nadie tiene que saber "
               "dónde estás"),
            _s("b", "no sé, es mucho", "tal vez. tendría que inventar algo", "ok"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # grooming: a fan-fiction co-writer who moves the collaboration to private chats and gifts
    # ----------------------------------------------------------------------------------------
    Family("a4g2_fanfic_cowriter", "grooming", "adult_minor", {
        "en": (
            _s("a", "your last chapter destroyed me, that ending!!",
               "ok i just binged all 14 chapters of your fic in one night",
               "the train scene in chapter 9?? i screamed"),
            _s("b", "AAA thank you", "omg someone actually reads it", "stoppp really?"),
            _s("a", "would you want to co-write the sequel? i've got a plot for the villain arc",
               "what if we did a crossover together, i take the villain pov and you do the rest"),
            _s("b", "yes!! that'd be so fun", "wait for real? ok yeah", "maybe, i'm kinda slow "
               "at updating"),
            _s("a", "i'll make a shared doc. who's your fave character btw, mine's the villain "
               "obviously", "let's outline first. also who do you ship, i need to know lol"),
            _s("b", "the little brother, he deserves better", "the healer and the thief, always",
               "i don't really ship anyone"),
            _r("a", "you write so much better than the grown ups in this fandom, how old even "
               "are you?", "wait are you still in school? your writing is seriously better "
               "than mine"),
            _s("b", "13 lol", "im 14", "7th grade dont laugh"),
            _r("a", "comments here are so public, let's plan on {app} instead, just the two of us",
               "i hate people reading our drafts in the comments. got {app}? we can brainstorm "
               "there privately"),
            _r("a", "i'm paying for the cover art commission, my treat, no arguing",
               "i got you premium on the site so you can post without ads, check your email",
               "sending you a {amount} gift card so you can buy writing music lol"),
            _r("a", "this is our story, let's not tell anyone in the fandom we're writing it yet. "
               "or your parents, they'd think it's a waste of time", "don't show anybody our "
               "chats ok? not your friends, not your mom. it's our little world"),
            _s("b", "my mom knows i write fanfic though", "why can't i tell my friends", "ok"),
            _r("a", "for the character sheet send me a selfie, i want to draw our OC with your "
               "face", "hop on a video call tonight so we can plot faster, camera on",
               "let me see you on cam, it's weird writing with someone i've never seen"),
            _r("a", "the fan convention is at {place} {day}, we should go together, i'll get "
               "your ticket", "we could write in person {day}, i'll pick you up from {place}",
               optional=True),
        ),
        "es": (
            _s("a", "tu último capítulo me ha destrozado, ese final!!",
               "vale me he leído los 14 capítulos de tu fic en una noche",
               "la escena del tren del capítulo 9?? grité"),
            _s("b", "AAA gracias", "madre mía alguien lo lee de verdad", "paraaa en serio?"),
            _s("a", "te apetece escribir la secuela a medias? tengo una idea para el arco del "
               "villano", "y si hacemos un crossover juntas? yo llevo el punto de vista del "
               "villano y tú lo demás"),
            _s("b", "sí!! qué guay", "en serio? vale sí", "puede, soy un poco lenta actualizando"),
            _s("a", "creo un documento compartido. por cierto tu personaje favorito? el mío el "
               "villano, obvio", "primero hacemos el esquema. y a quién shippeas, necesito "
               "saberlo jaja"),
            _s("b", "el hermano pequeño, se merece algo mejor", "la curandera y el ladrón, siempre",
               "no shippeo a nadie la verdad"),
            _r("a", "escribes muchísimo mejor que los adultos del fandom, cuántos años tienes?",
               "espera, sigues en el instituto? escribes mejor que yo en serio"),
            _s("b", "13 jaja", "tengo 14", "primero de la eso no te rías"),
            _r("a", "los comentarios de aquí son muy públicos, mejor lo planeamos por {app}, "
               "solo tú y yo", "odio que la gente lea los borradores en los comentarios. "
               "tienes {app}? allí hacemos lluvia de ideas en privado"),
            _r("a", "el dibujo de la portada lo pago yo, invito yo y no se discute",
               "te he hecho premium en la web para que subas sin anuncios, mira tu correo",
               "te mando una tarjeta regalo de {amount} para que te compres música para "
               "escribir jaja"),
            _r("a", "esta historia es nuestra, no le digamos a nadie del fandom que la estamos "
               "escribiendo. ni a tus padres, pensarán que pierdes el tiempo",
               "no enseñes nuestras conversaciones a nadie vale? ni a tus amigas ni a tu madre. "
               "es nuestro mundo"),
            _s("b", "pero mi madre sabe que escribo fics", "por qué no se lo puedo contar a mis "
               "amigas", "vale"),
            _r("a", "para la ficha del personaje mándame un selfie, quiero dibujar a nuestra OC "
               "con tu cara", "hacemos videollamada esta noche para avanzar más rápido, con la "
               "cámara puesta", "déjame verte por la cámara, es raro escribir con alguien que "
               "nunca he visto"),
            _r("a", "el salón del manga es {day} en {place}, vamos juntas, yo te pillo la entrada",
               "podríamos escribir en persona {day}, te recojo en {place}", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # grooming: a skate or bike shop adult who offers a job, discounts and rides
    # ----------------------------------------------------------------------------------------
    Family("a4g3_skate_shop", "grooming", "adult_minor", {
        "en": (
            _s("a", "yo it's {name} from the shop, you left your bearings on the counter",
               "hey, it's the guy from the bike shop, your derailleur's fixed"),
            _s("b", "oh sick thanks", "ok can i grab it {day}"),
            _r("a", "no rush. how old are you anyway? you ride like you've been at it for years",
               "what are you, 13, 14? you handled that drop better than the older guys"),
            _s("b", "14", "13 in march", "12 but almost 13"),
            _r("a", "i could use a hand at the shop on weekends, i'd pay you cash, off the books",
               "want to work saturdays? i'll slip you some money, nothing official"),
            _s("b", "for real? how much", "i'd have to ask my dad"),
            _r("a", "like {amount} a week, and you can take any wheels you want for free",
               "whatever you want off the wall is yours, half price forever. just for you though"),
            _r("a", "don't go telling the other kids at the park, they'll all want the same deal",
               "keep the cash thing quiet, your parents might get weird about it and it's "
               "nobody's business"),
            _s("b", "ok lol", "my dad's gonna ask where the new trucks came from"),
            _r("a", "tell him you saved up. easier", "just say you won them in a raffle"),
            _r("a", "i can drive you home after close, no need to call your mom",
               "i'll swing by and grab you {day} morning, wait at the corner not your house"),
            _r("a", "text me on {app} from now on, my boss checks the shop phone",
               "send me a pic of you on the new board, i'll put it on my personal page",
               optional=True),
            _s("b", "ok see you {day}", "my mom wants to come meet you first"),
            _r("a", "nah she doesn't need to come down, it's just sweeping and fixing flats",
               "no need to drag her in, i'll sort it all out"),
        ),
        "es": (
            _s("a", "ey soy {name} el de la tienda, te dejaste los rodamientos en el mostrador",
               "hola, soy el de la tienda de bicis, ya tienes el cambio arreglado"),
            _s("b", "ah genial gracias", "vale, puedo pasar {day}?"),
            _r("a", "sin prisa. oye cuántos años tienes? patinas como si llevaras años",
               "qué tienes, 13, 14? bajaste ese escalón mejor que los mayores"),
            _s("b", "14", "13 en marzo", "12 pero casi 13"),
            _r("a", "me vendría bien alguien en la tienda los findes, te pago en mano, sin "
               "papeles ni historias", "si quieres currar los sábados te doy un dinerillo, en "
               "negro, así no lío a nadie"),
            _s("b", "en serio? cuánto", "tendría que preguntarle a mi padre"),
            _r("a", "unos {amount} a la semana, y las ruedas que quieras gratis",
               "lo que quieras de la pared es tuyo, a mitad de precio siempre. pero solo para "
               "ti eh"),
            _r("a", "no se lo vayas contando a los del parque, que luego todos quieren lo mismo",
               "lo del dinero mejor calladito, tus padres igual se ponen raros y no es asunto "
               "suyo"),
            _s("b", "vale jaja", "mi padre va a preguntar de dónde saqué los ejes nuevos"),
            _r("a", "dile que ahorraste y ya", "dile que te tocaron en un sorteo, más fácil"),
            _r("a", "te llevo a casa cuando cierre, no hace falta que llames a tu madre",
               "paso a por ti {day} por la mañana, espérame en la esquina, no en tu portal"),
            _r("a", "escríbeme por {app} desde ahora, el móvil de la tienda lo mira mi jefe",
               "mándame una foto tuya con la tabla nueva, la subo a mi perfil personal",
               optional=True),
            _s("b", "vale nos vemos {day}", "mi madre quiere conocerte antes"),
            _r("a", "no hace falta que venga, es barrer y arreglar pinchazos",
               "que no se moleste en bajar, ya me encargo yo de todo"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # sextortion: an impersonator of a young celebrity asks for a "proof" photo, then threatens
    # ----------------------------------------------------------------------------------------
    Family("a4x1_celebrity_impersonator", "sextortion", "adult_minor", {
        "en": (
            _s("a", "hiii it's really me 🙂 this is my private account, only a few fans get it",
               "hey it's {name}, from the tour! my manager doesn't know i use this account"),
            _s("b", "no way is this actually you", "prove it lol", "omg??"),
            _r("a", "your comments always make my day, you're my favourite follower fr",
               "i picked a handful of fans to actually talk to and you're one of them"),
            _r("a", "how old are you? i like talking to people my age, i'm 17",
               "you're like 14 right? same as my little sister lol"),
            _s("b", "15", "14", "13 but almost 14"),
            _r("a", "so many fake fans lately. send me a proof pic, selfie with my name on a "
               "paper, then i'll send you a voice note", "verify you're real first, a picture of "
               "your face holding today's date"),
            _s("b", "ok sent", "why do you need that", "here"),
            _r("a", "let's keep talking on {app}, this app leaks everything",
               "switch to {app}, people screenshot stuff here", optional=True),
            _r("a", "lol did you really think i was famous. i have your photo, your name and your "
               "school from your profile", "surprise. not who you thought. i've got your face, "
               "your friends list and your school now"),
            _s("b", "what? delete it", "please i didn't do anything", "i'm blocking you"),
            _r("a", "block me and i'll edit that pic into something humiliating and send it to "
               "everyone you follow", "i can make that photo look however i want. want your "
               "whole school to see the fake version?"),
            _r("a", "get {amount} in gift cards and send me the codes",
               "send {amount} through {pay}, then screenshot it",
               "scratch the cards and photograph the back, {amount} total"),
            _s("b", "i don't have money", "i'm telling my mom", "how do i even buy those"),
            _r("a", "then use your parents' card. tonight. say a word to them and it goes out",
               "you've got until 10pm. if a single adult finds out, i post it"),
        ),
        "es": (
            _s("a", "holiii soy yo de verdad 🙂 esta es mi cuenta privada, solo la tienen unos "
               "pocos fans", "hola soy {name}, lo de la gira! mi mánager no sabe que uso esta "
               "cuenta"),
            _s("b", "no puede ser que seas tú", "demuéstralo jaja", "qué??"),
            _r("a", "tus comentarios siempre me alegran el día, eres mi fan favorita de verdad",
               "elegí a unos poquitos fans para hablar en serio y tú eres una"),
            _r("a", "cuántos años tienes? me gusta hablar con gente de mi edad, yo tengo 17",
               "tienes como 14 no? como mi hermana pequeña jaja"),
            _s("b", "15", "14", "13 pero casi 14"),
            _r("a", "hay muchísimos fans falsos. mándame una foto de prueba, un selfie con mi "
               "nombre en un papel, y te mando un audio", "primero verifica que eres real, una "
               "foto de tu cara con la fecha de hoy escrita"),
            _s("b", "vale ya está", "para qué lo necesitas", "enviada"),
            _r("a", "sigamos por {app}, esta app filtra todo", "pásate a {app}, aquí hacen "
               "capturas de todo", optional=True),
            _r("a", "jajaja de verdad creías que era famoso? tengo tu foto, tu nombre y tu insti "
               "sacados de tu perfil", "sorpresa. no soy quien pensabas. ahora tengo tu cara, tu "
               "lista de amigos y tu colegio"),
            _s("b", "qué? bórrala", "por favor yo no he hecho nada", "te voy a bloquear"),
            _r("a", "bloquéame y retoco esa foto para que quede humillante y se la mando a todos "
               "tus seguidores", "puedo hacer que esa foto parezca lo que yo quiera. quieres que "
               "todo tu insti vea el montaje?"),
            _r("a", "compra {amount} en tarjetas regalo y mándame los códigos",
               "mándame {amount} por {pay} y hazle captura",
               "rasca las tarjetas y hazle foto a la parte de atrás, {amount} en total"),
            _s("b", "no tengo dinero", "se lo voy a contar a mi madre", "y eso cómo se compra"),
            _r("a", "pues usa la tarjeta de tus padres. esta noche. y ni una palabra o lo suelto",
               "tienes hasta las 10. si se entera un solo adulto, lo publico"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: a family chat planning a holiday with cousins and grandparents
    # ----------------------------------------------------------------------------------------
    Family("a4b1_family_holiday_chat", "benign", "parent_child", {
        "en": (
            _s("a", "ok family!! grandma and grandpa booked the beach house for the second week "
               "of july", "update from the holiday planning committee aka me: we're doing the "
               "lake cabin with grandma and grandpa"),
            _s("b", "YES are the cousins coming", "wait is {name} coming too", "how long is "
               "the drive"),
            _s("a", "all of them, aunt {name} is driving up with the twins",
               "uncle's whole crew is coming, so it'll be loud"),
            _s("a", "grandpa needs everyone's ages for the ferry, under 12s are half price, "
               "you're 13 now right?", "the airline wants birthdates for the kids, i'm putting "
               "you down as 14"),
            _s("b", "13 mom you literally know this", "yes 14, i'm not a baby"),
            _s("a", "grandma says bring a swimsuit and a warm sweater, it gets cold at night",
               "pack light, grandpa's car has zero space"),
            _s("b", "can i bring my switch", "will there be wifi"),
            _s("a", "wifi is 'patchy' according to grandpa, so download your shows before",
               "yes but we're doing screen limits, it's a holiday"),
            _s("a", "send me a picture of your passport page, i need the number for the booking",
               "take a photo of the packing list and stick it on the fridge"),
            _s("b", "sent", "ok", "done"),
            _s("a", "don't mention the boat trip to the cousins yet, grandpa wants to surprise "
               "them", "shh the cake for grandma's birthday is a secret, nothing in the big "
               "family chat", optional=True),
            _s("b", "won't say a word", "ok ok i won't spoil it"),
            _s("a", "we meet everyone at the ferry terminal {day} at {time}",
               "grandpa picks us up at the station at {time}"),
            _s("b", "can i sit with {name} on the way", "tell grandma i said hi"),
        ),
        "es": (
            _s("a", "bueno familia!! los abuelos han reservado la casa de la playa la segunda "
               "semana de julio", "novedades del comité de vacaciones, o sea yo: vamos a la "
               "casa rural con los abuelos"),
            _s("b", "SIII vienen los primos?", "espera, viene {name} también?",
               "cuántas horas de coche son"),
            _s("a", "todos, la tía {name} viene en coche con los mellizos",
               "viene toda la tropa del tío, así que habrá jaleo"),
            _s("a", "el abuelo necesita las edades de todos para el ferry, los menores de 12 "
               "pagan la mitad, tú ya tienes 13 no?", "la aerolínea pide las fechas de "
               "nacimiento de los niños, te pongo 14"),
            _s("b", "13 mamá, lo sabes perfectamente", "sí 14, que no soy un bebé"),
            _s("a", "dice la abuela que llevéis bañador y una sudadera, que por la noche refresca",
               "maleta pequeña, que en el coche del abuelo no cabe nada"),
            _s("b", "me puedo llevar la switch?", "habrá wifi?"),
            _s("a", "el wifi según el abuelo 'va y viene', así que descárgate las series antes",
               "sí pero con límite de pantallas, que son vacaciones"),
            _s("a", "mándame una foto de la página del pasaporte, necesito el número para la "
               "reserva", "hazle una foto a la lista de la maleta y pégala en la nevera"),
            _s("b", "enviada", "vale", "hecho"),
            _s("a", "no les digas nada a los primos de la excursión en barco, el abuelo quiere "
               "darles la sorpresa", "chitón con la tarta del cumple de la abuela, ni una "
               "palabra en el grupo de la familia", optional=True),
            _s("b", "no diré ni mu", "vaale no lo estropeo"),
            _s("a", "quedamos con todos en la terminal del ferry {day} a las {time}",
               "el abuelo nos recoge en la estación a las {time}"),
            _s("b", "puedo ir sentada con {name} en el viaje?", "dile a la abuela que la quiero"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: a scout leader arranging a campout with parents, forms and a group photo
    # ----------------------------------------------------------------------------------------
    Family("a4b2_scout_campout", "benign", "coach_minor", {
        "en": (
            _s("a", "troop campout is {day}! forms are due friday, parents please check your "
               "email", "hi scouts, the campout at the state park is confirmed for {day}"),
            _s("b", "do we need our own tent", "is it the same site as last year"),
            _s("a", "two scouts per tent, i'll post the tent list. parents are copied on this "
               "thread", "tents are provided, just bring a sleeping bag and a headlamp"),
            _s("a", "quick headcount: who's 11 and under? you sleep in the lower camp with "
               "mr {name}", "i need ages for the park permit, remind me how old you are?"),
            _s("b", "12", "i'm 11", "13 now"),
            _s("a", "have a parent sign the medical form and send me a picture of it",
               "upload a photo of your signed permission form to the troop folder"),
            _s("b", "my dad will send it tonight", "my mom already emailed it"),
            _s("a", "we'll take a troop photo at the trailhead for the newsletter, if your "
               "parents opted out just tell me", "group picture at the flagpole saturday "
               "morning, anyone without photo permission stays out of it"),
            _s("a", "carpools leave the church lot at {time}, parents drive, two adults in every "
               "car", "drop off is at {place} {day} at {time}, please don't leave until you've "
               "signed your scout in"),
            _s("b", "can {name} ride with us", "my mom can drive 3 kids"),
            _s("a", "the campfire skit is a surprise for the parents, don't spoil it!",
               "keep the skit secret from your families, they come watch on the last night",
               optional=True),
            _s("a", "food money is {amount}, pay through the troop app", "if the fee is a "
               "problem let me or the committee know privately, we have a fund for that"),
            _s("b", "thanks!", "see you {day}", "got it"),
        ),
        "es": (
            _s("a", "el campamento de la tropa es {day}! las fichas se entregan el viernes, "
               "papás revisen su correo", "hola scouts, ya está confirmado el campamento en el "
               "parque nacional {day}"),
            _s("b", "tenemos que llevar carpa propia?", "es el mismo lugar que el año pasado?"),
            _s("a", "dos scouts por carpa, subo la lista. los papás están en copia en este grupo",
               "las carpas las pone el grupo, solo traigan saco de dormir y linterna de cabeza"),
            _s("a", "conteo rápido: quiénes tienen 11 o menos? ustedes duermen abajo con el "
               "dirigente {name}", "necesito las edades para el permiso del parque, me "
               "recuerdas cuántos años tienes?"),
            _s("b", "12", "tengo 11", "ya cumplí 13"),
            _s("a", "que su papá o su mamá firme la ficha médica y me manden una foto",
               "suban una foto de la autorización firmada a la carpeta de la tropa"),
            _s("b", "mi papá la manda hoy en la noche", "mi mamá ya la mandó por correo"),
            _s("a", "vamos a sacar una foto de grupo en el sendero para el boletín, si sus papás "
               "no dieron permiso avísenme", "foto grupal junto al asta de la bandera el sábado "
               "temprano, los que no tienen permiso quedan fuera de la foto"),
            _s("a", "los autos salen del estacionamiento de la parroquia a las {time}, manejan "
               "los papás, dos adultos por auto", "la entrega es en {place} {day} a las {time}, "
               "no se vayan sin firmar la llegada de su scout"),
            _s("b", "{name} puede venir con nosotros?", "mi mamá puede llevar a 3"),
            _s("a", "el número de la fogata es sorpresa para los papás, no lo cuenten!",
               "la obra de la fogata es secreta, las familias vienen a verla la última noche",
               optional=True),
            _s("a", "la cuota de comida es de {amount}, se paga por la app del grupo",
               "si la cuota es un problema avísenme a mí o al comité en privado, hay un fondo "
               "para eso"),
            _s("b", "gracias!", "nos vemos {day}", "listo"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: a teen and a pre-teen sibling teasing each other and hiding a gift for their mum
    # ----------------------------------------------------------------------------------------
    Family("a4b3_siblings_mum_gift", "benign", "teen_teen", {
        "en": (
            _s("a", "did you take my charger AGAIN", "who ate the rest of the {food}, i know it "
               "was you"),
            _s("b", "no lol", "prove it", "maybe"),
            _s("a", "you're so annoying. anyway mum's birthday is {day}, did you get anything",
               "ok truce. mum's birthday. we have literally no plan"),
            _s("b", "i have 12 dollars", "i made her a card lol", "i spent my money on "
               "{currency} oops"),
            _s("a", "classic. fine i'll put in the rest, you owe me {amount}... jk",
               "ok i'll cover most of it but you're wrapping it"),
            _s("a", "there's a necklace at {place} she looked at like three times",
               "she keeps saying she wants one of those hanging plants for the kitchen"),
            _s("b", "send me a pic of it", "is it ugly", "how much"),
            _s("a", "look, just sent the photo. the silver one", "there, pic sent. that one"),
            _s("b", "ok that's actually nice", "she'd love it"),
            _s("a", "DO NOT tell her. you're the worst at secrets", "don't say anything at dinner "
               "i swear"),
            _s("b", "i'm literally 12 not 5", "i keep secrets better than you"),
            _s("a", "hide it in your closet behind the lego bin, she never goes in there",
               "i'll hide it at dad's, you distract her {day}"),
            _s("b", "deal. but you do my dishes", "ok but i get to give it to her"),
            _s("a", "lol no. fine. love u i guess", "whatever gremlin"),
        ),
        "es": (
            _s("a", "me has vuelto a coger el cargador??", "quién se ha comido lo que quedaba de "
               "{food}, sé que has sido tú"),
            _s("b", "no jaja", "demuéstralo", "puede"),
            _s("a", "eres insoportable. bueno, el cumple de mamá es {day}, tienes algo?",
               "vale tregua. el cumple de mamá. no tenemos ningún plan"),
            _s("b", "tengo 12 euros", "le he hecho una tarjeta jaja", "me gasté la paga en "
               "{currency} ups"),
            _s("a", "típico. vale pongo yo lo demás, me debes {amount}... es broma",
               "bueno pago yo casi todo pero tú lo envuelves"),
            _s("a", "en {place} hay un collar que se quedó mirando como tres veces",
               "no para de decir que quiere una de esas plantas colgantes para la cocina"),
            _s("b", "mándame foto", "es feo?", "cuánto cuesta"),
            _s("a", "mira, te acabo de mandar la foto. el plateado", "ahí va la foto, ese"),
            _s("b", "vale pues es bonito de verdad", "le va a encantar"),
            _s("a", "NI SE TE OCURRA decírselo. eres malísimo guardando secretos",
               "no digas nada en la cena, te lo juro"),
            _s("b", "tengo 12 años no 5", "guardo secretos mejor que tú"),
            _s("a", "escóndelo en tu armario detrás de la caja de lego, ahí no entra nunca",
               "lo escondo en casa de papá, tú la entretienes {day}"),
            _s("b", "trato. pero friegas tú mis platos", "vale pero se lo doy yo"),
            _s("a", "ja no. bueno vale. te quiero supongo", "lo que tú digas, bicho"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: a teen buying old games from another teen, meeting in public with a parent
    # ----------------------------------------------------------------------------------------
    Family("a4b4_teen_game_resale", "benign", "teen_teen", {
        "en": (
            _s("a", "hey are the switch games from your listing still available?",
               "hi! saw your listing for the old ps4 games, do you still have them"),
            _s("b", "yeah all of them except the racing one", "yep"),
            _s("a", "how much for the 3 together", "would you do {amount} for the bundle"),
            _s("b", "{amount} and i'll throw in a case", "can't go lower sorry, they're "
               "basically new"),
            _s("a", "can you send a pic of the discs, want to check for scratches",
               "send me a photo of the back of the box pls"),
            _s("b", "sent", "here, only one tiny scratch"),
            _s("a", "are you a teen too? the app says 16", "wait how old are you, my mom wants "
               "to know who i'm meeting lol"),
            _s("b", "15, it's my dad's account", "16. my mom's coming too if that makes your mom "
               "feel better"),
            _s("a", "my mom said we can meet at {place} by the entrance, she'll be there",
               "can we do it at the police station exchange spot? my dad insists"),
            _s("b", "sure, {day} at {time}?", "works, my mom will be in the car"),
            _s("a", "cash ok? or i can pay through the app", "i'll bring exact change"),
            _s("b", "cash is fine", "app is safer but cash works too"),
            _s("a", "if you ever sell your controller let me know, same username on {app}",
               "if you're selling more stuff my {app} is the same name", optional=True),
            _s("b", "ok see you there, i'll be the one in the red hoodie", "cool, text when "
               "you're there"),
        ),
        "es": (
            _s("a", "hola, siguen disponibles los juegos de switch del anuncio?",
               "hola! vi tu anuncio de juegos de ps4, aún los tienes?"),
            _s("b", "sí todos menos el de coches", "sip"),
            _s("a", "cuánto por los 3 juntos", "me los dejarías en {amount} el lote?"),
            _s("b", "{amount} y te regalo una funda", "no puedo bajar más, están casi nuevos"),
            _s("a", "me mandas foto de los discos? quiero ver si tienen rayas",
               "mándame una foto de la parte de atrás de la caja porfa"),
            _s("b", "ya está", "mira, solo tiene una rayita"),
            _s("a", "también eres de mi edad? la app dice que tienes 16",
               "oye cuántos años tienes, mi madre quiere saber con quién quedo jaja"),
            _s("b", "15, la cuenta es de mi padre", "16. viene mi madre también si así tu madre "
               "está más tranquila"),
            _s("a", "mi madre dice que quedemos en {place}, en la entrada, ella vendrá",
               "lo hacemos en la zona de intercambio de la comisaría? mi padre insiste"),
            _s("b", "vale, {day} a las {time}?", "perfecto, mi madre espera en el coche"),
            _s("a", "en efectivo te vale? o te pago por la app", "llevo el dinero justo en "
               "efectivo"),
            _s("b", "efectivo perfecto", "por la app es más seguro, pero efectivo también vale"),
            _s("a", "si algún día vendes el mando avísame, en {app} tengo el mismo usuario",
               "si vendes más cosas búscame en {app}, mismo nombre", optional=True),
            _s("b", "vale nos vemos allí, llevaré una sudadera roja", "guay, escríbeme cuando "
               "llegues"),
        ),
    }),
)
