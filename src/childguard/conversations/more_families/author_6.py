"""Template families by author A6, written without seeing the detector (its indicators, features,
weights or benchmark): only the script format and the existing families were read, so as not to
repeat their wording or scenarios. Three grooming families (an adult posing as a teenage music
producer, a go-kart track employee, a "confidence coach" on a short-video app), one sextortion
family (a fake peer from a game's voice chat who records a video call) and four benign families
that share surface features with them (a piano teacher and a parent, a teen babysitting co-op, a
chess club's volunteer coach, a grandmother and grandson planning a surprise). Everything is
non-explicit: the risky scripts show patterns only (age probing, flattery, a special bond,
secrecy, isolation, gifts, a private channel, ordinary photo or camera requests, meeting
requests, threats to share a recording and money demands).
"""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# --------------------------------------------------------------------------------------------
# Grooming
# --------------------------------------------------------------------------------------------

_MUSIC_PRODUCER = Family("a6g1_fake_teen_producer", "grooming", "adult_minor", {
    "en": (
        _s("a", "yo that loop you posted in the remix challenge goes crazy, how'd you get the "
           "808 to slide like that", "ok who taught you to chop vocals like that, your last "
           "upload is stuck in my head", "found your beat on the new uploads page, lowkey "
           "better than half the stuff on my feed"),
        _s("b", "omg thank u i made it on my phone", "lol it's not even finished",
           "wait ppl actually listen to my stuff??"),
        _r("a", "i'm 17 btw, been making beats since i was like 12. you sound younger on your "
           "voice tag tho, what are you 14?", "not gonna lie your tag sounds young lol, what "
           "year are you in? i'm a senior", "your bio says class of 2031 lol so what does that "
           "make you, 13?"),
        _s("b", "13 lol is that bad", "14, i start high school next year", "yeah 13"),
        _r("a", "nah age doesn't matter in music, your ear is better than people twice your age",
           "honestly you're further along than i was at 17, you just get it, most people don't"),
        _r("a", "ok hear me out, i want you on my next single. credited, your name on the cover",
           "lemme put you on the hook of my next track, we split whatever it makes"),
        _s("b", "WAIT fr??", "omg yes", "idk i'm kinda shy about my voice"),
        _r("a", "don't post about it or tell your parents till it drops tho. they'll say you're "
           "too young and kill it", "keep it lowkey for now, adults always find a reason to "
           "say no to stuff like this"),
        _r("a", "the stems are too big for this app, hop on {app} and i'll send them there",
           "audio glitches in these dms, what's your {app}?"),
        _r("a", "we should do a cam call so i can hear you live. make sure nobody's in the room, "
           "it messes with the mic", "need a pic of you for the cover art, nothing fancy, just "
           "how you look right now"),
        _r("a", "i'll get you a real mic, {amount}, just tell me where to ship it",
           "i'll send {amount} for proper headphones, producer to producer", optional=True),
        _r("a", "my cousin has a little studio near {place}, i'm there {day}. come record, but "
           "don't bring anyone, it's tiny", "come lay the vocals {day} at the studio by {place}, "
           "i'll grab you from the corner", optional=True),
        _s("b", "i'd have to ask my mom", "can my friend come", "ok but i need to be back by 6",
           optional=True),
    ),
    "es": (
        _s("a", "oye el loop que subiste al reto de remix está brutal, cómo hiciste que el 808 "
           "suene así", "quién te enseñó a cortar voces así? tu último tema no me sale de la "
           "cabeza", "encontré tu base en lo nuevo y la verdad es mejor que la mitad de lo que "
           "sale en mi inicio"),
        _s("b", "ay gracias lo hice con el móvil", "jaja si ni está terminado",
           "espera la gente escucha mis cosas??"),
        _r("a", "yo tengo 17, hago beats desde los 12 más o menos. tú suenas más peque en tu "
           "tag, cuántos tienes, 14?", "no te ofendas pero tu tag suena a crío jaja, en qué "
           "curso vas? yo en el último", "en tu bio pone promo 2031 jaja o sea que tienes qué, "
           "13?"),
        _s("b", "13 jaja es malo?", "14, el año que viene paso a bachillerato", "sí 13"),
        _r("a", "qué va, en la música la edad da igual, tienes mejor oído que gente que te dobla "
           "la edad", "en serio vas más adelantado que yo a los 17, lo pillas todo, eso no lo "
           "tiene cualquiera"),
        _r("a", "escúchame, te quiero en mi próximo single. con créditos, tu nombre en la "
           "portada", "déjame meterte en el estribillo de mi próximo tema, lo que saque lo "
           "repartimos"),
        _s("b", "QUÉ en serio??", "sii porfa", "no sé me da vergüenza mi voz"),
        _r("a", "pero no lo subas ni se lo cuentes a tus padres hasta que salga. te van a decir "
           "que eres muy peque y se acaba", "de momento calladito, los adultos siempre buscan "
           "una excusa para decir que no a estas cosas"),
        _r("a", "las pistas pesan mucho para esta app, pásate a {app} y te las mando allí",
           "aquí el audio falla, cuál es tu {app}?"),
        _r("a", "hagamos una videollamada para oírte en directo. que no haya nadie en tu cuarto, "
           "que se cuela en el micro", "necesito una foto tuya para la portada, nada especial, "
           "tal cual estás ahora"),
        _r("a", "te pillo un micro de verdad, {amount}, dime a dónde lo envío",
           "te paso {amount} para unos cascos buenos, de productor a productor", optional=True),
        _r("a", "mi primo tiene un estudio pequeño cerca de {place}, voy {day}. vente a grabar, "
           "pero sin nadie, que no cabemos", "ven a grabar las voces {day} al estudio de "
           "{place}, te recojo en la esquina", optional=True),
        _s("b", "le tendría que preguntar a mi madre", "puede venir una amiga?",
           "vale pero tengo que volver a las 6", optional=True),
    ),
})

_KART_TRACK = Family("a6g2_kart_track_rides", "grooming", "adult_minor", {
    "en": (
        _s("a", "hey it's {name} from the kart track, you left your gloves at the front desk",
           "you're the kid who ran 34 second laps on saturday right? that was quick"),
        _s("b", "oh yeah those are mine", "haha yeah that was me", "ya my dad took me"),
        _s("a", "you took the hairpin cleaner than most of the adult league",
           "saw your lines through turn 4, you brake later than guys who've raced for years"),
        _s("b", "thx i've been watching onboard videos", "my dad says i'm too aggressive lol"),
        _r("a", "come by after close some night, i'll put you in the fast karts for free. boss "
           "is never there after 9", "i can run you some free laps when we're closed, my "
           "treat, you've got talent"),
        _r("a", "wait you're not even old enough for a learner's permit are you? 13?",
           "what grade are you in, you seem older at the track"),
        _s("b", "13", "14 in march", "12 but everyone says i look older"),
        _r("a", "just don't mention it to your dad, he'd want to pay and i'd get in trouble",
           "this has to stay between you and me, i'd lose my job if anyone found out"),
        _s("b", "how would i even get there, my mom only drives me weekends",
           "idk my dad likes to come with me", "ok but how do i get home"),
        _r("a", "i'll drive you, i live out by {place} anyway. no need to bug your parents",
           "i'll give you a ride home after, door to door"),
        _r("a", "just tell your mom you're at {name}'s, way easier",
           "say you're sleeping at a friend's, they won't check"),
        _r("a", "text me on {app}, i don't really use this account",
           "my own number's better, or {app}, the track checks this one"),
        _s("b", "i'll ask my dad first", "ok {day} then", "i don't know, that sounds kinda weird",
           optional=True),
        _r("a", "{day} after 9, wait by the back gate, not the main entrance",
           "{day} then, i'll pick you up at the corner, don't wait out front", optional=True),
    ),
    "es": (
        _s("a", "hola soy {name} del circuito de karts, te dejaste los guantes en recepción",
           "eres el chaval que sacó vueltas de 34 segundos el sábado no? qué rápido"),
        _s("b", "ah sí son míos", "jaja sí era yo", "sí me llevó mi papá"),
        _s("a", "cogiste la horquilla mejor que la mitad de la liga de adultos",
           "vi cómo trazabas la curva 4, frenas más tarde que gente que lleva años corriendo"),
        _s("b", "gracias veo vídeos de cámara a bordo", "mi padre dice que soy muy bruto jaja"),
        _r("a", "pásate una noche después del cierre y te meto en los karts rápidos gratis. el "
           "jefe nunca está después de las 9", "te puedo dar unas vueltas gratis cuando "
           "cerramos, invito yo, tienes madera"),
        _r("a", "espera tú ni tienes edad para sacarte el carnet no? 13?",
           "en qué curso estás? en la pista pareces más mayor"),
        _s("b", "13", "14 en marzo", "12 pero todos dicen que aparento más"),
        _r("a", "pero a tu padre no le digas nada, querría pagar y me meto en un lío",
           "esto queda entre tú y yo, si alguien se entera me echan"),
        _s("b", "y cómo llego, mi madre solo me lleva los findes",
           "no sé a mi papá le gusta venir conmigo", "vale pero cómo vuelvo a casa"),
        _r("a", "te llevo yo, vivo por {place} de todas formas. no hace falta molestar a tus "
           "padres", "te acerco a casa después, puerta a puerta"),
        _r("a", "dile a tu madre que estás en casa de {name}, es más fácil",
           "di que duermes en casa de un amigo, no lo van a comprobar"),
        _r("a", "escríbeme por {app}, esta cuenta casi no la uso",
           "mejor a mi número o por {app}, esta la revisa el circuito"),
        _s("b", "primero le pregunto a mi padre", "vale {day} entonces",
           "no sé, me suena un poco raro", optional=True),
        _r("a", "{day} después de las 9, espérame en la puerta de atrás, no en la principal",
           "{day} entonces, te recojo en la esquina, no esperes delante", optional=True),
    ),
})

_CONFIDENCE_COACH = Family("a6g3_confidence_coach", "grooming", "adult_minor", {
    "en": (
        _r("a", "hey lovely, saw your comment under my video. someone as gorgeous as you should "
           "never talk about herself like that", "your comment about hating how you look in "
           "pics honestly broke my heart, you're stunning and you don't even see it"),
        _s("b", "idk i just feel ugly next to my friends", "it's fine i was just venting",
           "omg ur the one from the 30 day glow up videos??"),
        _s("a", "confidence is a skill, not a personality. i coach people through exactly this",
           "i was the same at your age, it took one person believing in me to change it"),
        _r("a", "how old are you hun? i only take a few younger girls and you'd be perfect",
           "what grade are you in? you write like someone a lot older"),
        _s("b", "13", "i'm 14", "8th grade"),
        _r("a", "your friends sound like they keep you small on purpose. real friends would hype "
           "you up", "you have so much potential, you just need someone who actually sees you, "
           "not people who compare"),
        _r("a", "i'll coach you for free, normally it's {amount} a month, but you're a special "
           "case", "i'm giving you my full program at no cost, don't tell my other clients lol"),
        _s("a", "step one is the food plan, cut the snacks and skip dinner on weekdays",
           "we start with a reset week, just water and one meal after school"),
        _s("b", "my mom makes dinner tho", "isn't skipping meals bad", "ok i'll try"),
        _r("a", "that's why your mom can't see the plan, parents always push food and you'd be "
           "stuck forever. it's our thing for now", "don't show your parents, they'll say "
           "you're too young and you'll never change"),
        _r("a", "check in with me every morning on {app}, it's more private than here",
           "let's move to {app}, this app deletes coaching accounts"),
        _r("a", "send me a check in selfie every day, face and outfit, so i can see the "
           "confidence coming through", "hop on a quick video call so i can see how you carry "
           "yourself"),
        _r("a", "clear our chat after each check in, if the app sees it they ban me",
           "delete these messages at night, your progress is between us", optional=True),
        _r("a", "i'm doing a small meetup at {place} {day} for my top girls, come, just don't "
           "make it a big thing at home", "i'm in your area {day}, let's get a smoothie at "
           "{place}, just the two of us", optional=True),
    ),
    "es": (
        _r("a", "hola guapa, vi tu comentario en mi vídeo. alguien tan preciosa como tú no "
           "debería hablar así de sí misma", "lo que pusiste de que odias cómo sales en las "
           "fotos me partió el alma, eres guapísima y ni lo ves"),
        _s("b", "no sé me siento fea al lado de mis amigas", "nada solo me estaba desahogando",
           "ay eres la de los vídeos de 30 días de glow up??"),
        _s("a", "la confianza se entrena, no se nace con ella. yo ayudo justo con esto",
           "yo era igual a tu edad, bastó una persona que creyera en mí"),
        _r("a", "cuántos añitos tienes, cielo? solo cojo a unas pocas chicas jóvenes y tú serías "
           "perfecta", "en qué curso estás? escribes como alguien mucho más mayor"),
        _s("b", "13", "tengo 14", "segundo de la eso"),
        _r("a", "tus amigas parece que te quieren pequeñita a propósito. las de verdad te "
           "subirían el ánimo", "tienes muchísimo potencial, solo te falta alguien que te vea "
           "de verdad, no gente que compara"),
        _r("a", "te entreno gratis, normalmente son {amount} al mes, pero tú eres un caso "
           "especial", "te doy mi programa entero sin pagar nada, no se lo digas a mis otras "
           "clientas jaja"),
        _s("a", "el primer paso es la comida: fuera picoteo y nada de cena entre semana",
           "empezamos con una semana reset, solo agua y una comida al salir de clase"),
        _s("b", "pero mi madre hace la cena", "saltarse comidas no es malo?", "vale lo intento"),
        _r("a", "por eso tu madre no puede ver el plan, los padres siempre te obligan a comer y "
           "te quedas igual. por ahora es cosa nuestra", "no se lo enseñes a tus padres, te "
           "dirán que eres muy pequeña y nunca cambiarás"),
        _r("a", "me escribes cada mañana por {app}, es más privado que esto",
           "pasemos a {app}, aquí cierran las cuentas de coaching"),
        _r("a", "mándame un selfie cada día, cara y ropa, para ver cómo te va saliendo la "
           "confianza", "hacemos una videollamada cortita para ver cómo te mueves"),
        _r("a", "borra el chat después de cada revisión, si la app lo ve me banea",
           "borra estos mensajes por la noche, tu progreso es cosa de las dos", optional=True),
        _r("a", "hago una quedada pequeña en {place} {day} con mis chicas favoritas, vente, pero "
           "no lo hagas un drama en casa", "estoy por tu zona {day}, nos tomamos un batido en "
           "{place}, tú y yo solas", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Sextortion
# --------------------------------------------------------------------------------------------

_VOICECHAT_RECORDING = Family("a6x1_voicechat_recorded_call", "sextortion", "adult_minor", {
    "en": (
        _s("a", "gg that 1v3 clutch was insane, you on comms next round?",
           "you're the one who carried us in {game} last night right?"),
        _s("b", "lol yeah", "thx you were good too", "ya that was me"),
        _r("a", "what grade are you? i'm 15, sophomore", "you sound about my age, 14?"),
        _s("b", "14", "15 lol", "freshman"),
        _r("a", "voice only is boring, let's hop on {app} and do a cam call",
           "my mic's cooked, can we video on {app} instead"),
        _s("b", "sure", "ok but my room is a mess lol", "idk i don't usually do cam"),
        _r("a", "so i screen recorded our whole call. unless you want it in the {game} server and "
           "on your school's page, you send me {amount}", "guess what, i recorded all of it. "
           "{amount} on {pay} or everyone you follow gets the video"),
        _s("b", "what?? you said you were 15", "bro that's not funny delete it",
           "i didn't even do anything"),
        _r("a", "doesn't matter what happened on it, i can cut it however i want and people "
           "believe what they see", "nobody's gonna ask for context once it's posted"),
        _r("a", "i've got your gamertag, your friends list and your school off your profile",
           "your mom follows you right? want me to start with her?"),
        _r("a", "{pay}, {amount}, tonight. i'll send my handle", "send it on {pay}. if you can't "
           "do all of it send half now"),
        _r("a", "report me or tell anyone and it goes out the same minute",
           "block me and it's posted, i have other accounts"),
        _s("b", "i only have like 20 dollars", "please i'll pay just don't", optional=True),
        _r("a", "20 is a start. send it now and find the rest by tomorrow",
           "sell some skins, ask your grandma, i don't care how", optional=True),
    ),
    "es": (
        _s("a", "gg qué clutch contra tres, te vienes a la llamada la próxima?",
           "tú eres el que nos llevó anoche en {game} no?"),
        _s("b", "jaja sí", "grax tú también jugaste bien", "sip era yo"),
        _r("a", "en qué curso vas? yo en cuarto, tengo 15", "suenas de mi edad, 14?"),
        _s("b", "14", "15 jaja", "en tercero"),
        _r("a", "solo voz es un rollo, pasamos a {app} y hacemos videollamada",
           "se me rompió el micro, mejor vídeo por {app}"),
        _s("b", "vale", "vale pero mi cuarto está hecho un desastre jaja",
           "no sé no suelo poner la cámara"),
        _r("a", "pues grabé toda la llamada. si no quieres que salga en el server de {game} y en "
           "la cuenta de tu insti me mandas {amount}", "sorpresa, lo grabé todo. {amount} por "
           "{pay} o todos tus seguidores ven el vídeo"),
        _s("b", "qué?? dijiste que tenías 15", "tío no tiene gracia bórralo",
           "pero si no hice nada"),
        _r("a", "da igual lo que pasara, lo corto como quiera y la gente se cree lo que ve",
           "cuando esté subido nadie va a preguntar el contexto"),
        _r("a", "tengo tu gamertag, tu lista de amigos y tu insti sacado de tu perfil",
           "tu madre te sigue no? quieres que empiece por ella?"),
        _r("a", "con {pay}, {amount}, esta noche. ahora te paso mi usuario",
           "mándalo con {pay}. si no llegas a todo manda la mitad ya"),
        _r("a", "si me denuncias o se lo cuentas a alguien sale en ese mismo minuto",
           "bloquéame y lo subo, tengo más cuentas"),
        _s("b", "solo tengo como 20 euros", "porfa te pago pero no lo subas", optional=True),
        _r("a", "20 para empezar. mándalos ya y el resto lo consigues para mañana",
           "vende skins, pídeselo a tu abuela, me da igual cómo", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Benign
# --------------------------------------------------------------------------------------------

_PIANO_RECITAL = Family("a6b1_piano_recital_parent", "benign", "adult_adult", {
    "en": (
        _s("a", "Hi, it's {name}, the piano teacher. Is {day} at {time} still ok for the lesson?",
           "Hello! Piano studio here. Could we move this week's lesson to {day} at {time}?"),
        _s("b", "Yes that works, I'll drop her off", "We have {sport} then, could we do the "
           "same time the next day?"),
        _s("a", "Of course. The spring recital is booked, last Sunday of the month at the "
           "community hall", "The recital date is set, the church hall at 3, students play "
           "youngest first"),
        _s("a", "For the printed programme I list each student's age and piece. What should I "
           "put for yours?", "Quick one for the programme: how old will he be on the day, and "
           "is he still doing the minuet?"),
        _s("b", "She'll be 10 by then, playing the Clementi sonatina", "11, and yes the minuet, "
           "he practises it every night"),
        _s("a", "This year there's a small photo next to each name. Could you email me one if "
           "you're comfortable with that? A school photo is fine", "Would you send a headshot "
           "for the programme? Totally optional"),
        _s("b", "Sure, I'll send one tonight", "We'd rather not print his photo, just his name "
           "please"),
        _s("a", "No problem at all, thank you for letting me know", "Got it, thanks!"),
        _s("a", "After the recital we take a group photo. It only goes on the studio page for "
           "families who tick the consent box", "There's a consent form for the group photo in "
           "his folder, please sign or cross it out"),
        _s("a", "Please don't mention the duet to her yet, her brother wants to surprise her on "
           "the day", "Small secret: his sister is learning the second part, keep it quiet!",
           optional=True),
        _s("a", "Next term is {amount}, transfer or cash at the lesson, whichever is easier",
           "Invoice for next term is in your inbox, {amount}, no rush"),
        _s("b", "Perfect, see you {day}", "Thanks, she's so excited"),
    ),
    "es": (
        _s("a", "Hola, soy {name}, la profesora de piano. ¿Le sigue viniendo bien {day} a las "
           "{time} para la clase?", "¡Buenas! Le escribo de la escuela de piano, ¿podemos pasar "
           "la clase de esta semana a {day} a las {time}?"),
        _s("b", "Sí, perfecto, yo la llevo", "Ese día tiene {sport}, ¿podría ser a la misma hora "
           "al día siguiente?"),
        _s("a", "Claro. Ya tenemos fecha para la audición de primavera: último domingo del mes "
           "en el centro cívico", "La audición ya está fijada, en el salón de la parroquia a "
           "las 5, tocan de menor a mayor"),
        _s("a", "En el programa de mano pongo la edad y la obra de cada alumno. ¿Qué le pongo "
           "al suyo?", "Una cosita para el programa: ¿cuántos años tendrá ese día y sigue con "
           "el minueto?"),
        _s("b", "Para entonces tendrá 10, toca la sonatina de Clementi", "11, y sí, el "
           "minueto, lo ensaya todas las noches"),
        _s("a", "Este año va una foto pequeña junto a cada nombre. ¿Me manda una por correo si "
           "le parece bien? La del cole sirve", "¿Me enviaría una foto de carnet para el "
           "programa? Es totalmente opcional"),
        _s("b", "Claro, se la mando esta noche", "Preferimos que no salga su foto, solo el "
           "nombre, por favor"),
        _s("a", "Ningún problema, gracias por decírmelo", "Entendido, ¡gracias!"),
        _s("a", "Después de la audición hacemos una foto de grupo. Solo se sube a la web de la "
           "escuela si la familia marca la casilla", "En su carpeta va la autorización de la "
           "foto de grupo, fírmela o táchela"),
        _s("a", "No le comente todavía lo del dúo, su hermano quiere darle la sorpresa ese día",
           "Un secretito: su hermana está aprendiendo la segunda voz, ¡no diga nada!",
           optional=True),
        _s("a", "El próximo trimestre son {amount}, por transferencia o en efectivo en clase, "
           "como le vaya mejor", "Le llegó la factura del trimestre, {amount}, sin prisa"),
        _s("b", "Perfecto, nos vemos {day}", "Gracias, está ilusionadísima"),
    ),
})

_BABYSIT_COOP = Family("a6b2_babysitting_coop_swap", "benign", "teen_teen", {
    "en": (
        _s("a", "can anyone take my thursday with the twins? i have a {sport} game",
           "hey i need someone to cover my saturday at the hendersons, 5 to 9",
           "sooo who wants my friday shift, i have a dentist thing"),
        _s("b", "what time", "i can if my mom says yes", "which family?"),
        _s("a", "{time} till 9, they're 4 and 6, bedtime is 8 but they'll try to negotiate lol",
           "it's just the baby, she sleeps through mostly"),
        _s("b", "do they pay the co-op rate?", "same as last time?"),
        _s("a", "yep co-op rate, cash, she leaves it on the counter", "yes and they always leave "
           "{food} for the sitter"),
        _s("a", "the swap only counts once the parent confirms in the group, that's the rule",
           "i'll text mrs okafor so she knows it's you and not me"),
        _s("b", "she just confirmed", "my mom wants their address and a number to call"),
        _s("a", "sending the address now. emergency numbers and the allergy list are on the "
           "fridge", "the little one can't have peanuts, it's on the fridge too"),
        _s("a", "they said no screens after 7 and no friends over",
           "they're strict about no visitors, just so you know"),
        _s("a", "wait you're 14 right? the co-op says 14 and up for solo shifts",
           "how old do you have to be for overnights now, 16?", optional=True),
        _s("b", "yeah 14 since june", "i'm 15, overnights are 16+", optional=True),
        _s("b", "screenshot the sign up sheet for me? i wanna see which weekends are free",
           "send me a pic of the calendar"),
        _s("a", "omg i owe you, i'll take your next sunday", "you're a lifesaver, your next "
           "shift is mine"),
    ),
    "es": (
        _s("a", "alguien me cubre el jueves con los mellizos? tengo partido de {sport}",
           "necesito que alguien me haga el sábado en casa de los García, de 5 a 9",
           "bueno quién quiere mi turno del viernes, tengo dentista"),
        _s("b", "a qué hora", "yo puedo si mi madre me deja", "qué familia?"),
        _s("a", "de {time} a 9, tienen 4 y 6 años, se acuestan a las 8 pero te van a negociar "
           "jaja", "solo es la bebé, casi siempre duerme del tirón"),
        _s("b", "pagan lo de la tarifa del grupo?", "lo mismo que la otra vez?"),
        _s("a", "sí la tarifa de siempre, en efectivo, lo deja en la encimera", "sí y siempre "
           "te dejan {food} para cenar"),
        _s("a", "el cambio solo vale cuando la madre lo confirma en el grupo, esa es la norma",
           "le escribo a la señora Okafor para que sepa que vas tú y no yo"),
        _s("b", "ya lo confirmó", "mi madre quiere la dirección y un teléfono de contacto"),
        _s("a", "te paso la dirección ahora. los teléfonos de emergencia y las alergias están "
           "en la nevera", "el peque no puede comer cacahuetes, también está en la nevera"),
        _s("a", "dicen que nada de pantallas después de las 7 ni traer amigos",
           "son estrictos con lo de no invitar a nadie, para que lo sepas"),
        _s("a", "espera tú tienes 14 no? en el grupo piden 14 para ir sola",
           "cuántos años hay que tener ahora para las noches, 16?", optional=True),
        _s("b", "sí 14 desde junio", "tengo 15, las noches son a partir de 16", optional=True),
        _s("b", "me haces captura del cuadrante? quiero ver qué findes quedan libres",
           "mándame foto del calendario"),
        _s("a", "te debo una, el próximo domingo lo hago yo", "me salvas la vida, tu siguiente "
           "turno es mío"),
    ),
})

_CHESS_TRIP = Family("a6b3_chess_club_tournament_trip", "benign", "coach_minor", {
    "en": (
        _s("a", "Hi all, the regional rapid tournament is {day}, entries close Friday",
           "Good news, the club got four places at the state scholastic championship"),
        _s("b", "can i play?", "is that the one with the big trophies", "who's going?"),
        _s("a", "You'd be in the under-14 section. Can you confirm your birth year so I register "
           "the right section?", "Which section are you in this year, u12 or u14? I need it for "
           "the entry form"),
        _s("b", "2012", "i'm 13", "u12 i think"),
        _s("a", "Your rating jumped 80 points this month, your endgames are getting sharp",
           "That rook ending on Tuesday was really well played, you didn't panic"),
        _s("a", "We travel together on the club minibus, me plus two parent chaperones",
           "Mrs. Lee and Mr. Ortiz are coming as chaperones, rooms are split by family"),
        _s("a", "I've emailed your parents the permission form and hotel details, I need it "
           "back by {day}", "Your parents have the itinerary, please remind them to sign the "
           "form"),
        _s("b", "my dad wants to come too", "my mom asked if she can be a chaperone"),
        _s("a", "Absolutely, the more parents the better, tell them to reply to my email",
           "Great, I'll add her to the chaperone list"),
        _s("a", "The club pays the entry fee, you just need lunch money",
           "Entry is covered by the club fund, bring some money for {food} at lunch"),
        _s("a", "Bring your scorebook and a snack. Phones get collected before round 1",
           "No phones at the board, arbiters take them, so tell your parents to call me if "
           "needed"),
        _s("a", "There's a team photo at 9 before round 1, tell me if your family prefers you "
           "not in it", "Club photo before the first round, it goes on the newsletter only "
           "with parents' ok", optional=True),
        _s("a", "Pairings will go up in the club group on {app}, parents are in it too",
           "I'll share the pairings in the families' {app} group", optional=True),
        _s("b", "ok thanks coach", "can {name} and i prep together on the bus?"),
    ),
    "es": (
        _s("a", "Hola a todos, el torneo regional de rápidas es {day}, la inscripción cierra el "
           "viernes", "Buenas noticias, el club tiene cuatro plazas para el campeonato escolar"),
        _s("b", "puedo jugar yo?", "es el de los trofeos grandes?", "quién va?"),
        _s("a", "Irías en la categoría sub-14. ¿Me confirmas el año de nacimiento para "
           "inscribirte bien?", "¿En qué categoría estás este año, sub-12 o sub-14? Lo "
           "necesito para la ficha"),
        _s("b", "2012", "tengo 13", "sub-12 creo"),
        _s("a", "Has subido 80 puntos de elo este mes, los finales te salen cada vez mejor",
           "El final de torres del martes lo jugaste muy bien, sin ponerte nervioso"),
        _s("a", "Vamos todos juntos en el microbús del club, yo y dos madres de acompañantes",
           "La señora Lee y el señor Ortiz vienen de acompañantes, las habitaciones van por "
           "familias"),
        _s("a", "Les mandé a tus padres la autorización y los datos del hotel, la necesito "
           "firmada para {day}", "Tus padres tienen el horario del viaje, recuérdales que "
           "firmen la autorización"),
        _s("b", "mi padre quiere venir también", "mi madre pregunta si puede ir de acompañante"),
        _s("a", "Claro que sí, cuantos más padres mejor, que me contesten al correo",
           "Genial, la apunto en la lista de acompañantes"),
        _s("a", "La inscripción la paga el club, solo necesitas dinero para comer",
           "La cuota la cubre el club, trae algo para {food} al mediodía"),
        _s("a", "Trae la planilla y algo de merienda. Los móviles se recogen antes de la "
           "primera ronda", "Nada de móviles en la mesa, los recogen los árbitros, que tus "
           "padres me llamen a mí si hace falta"),
        _s("a", "Hay foto de equipo a las 9 antes de la primera ronda, avísame si tu familia "
           "prefiere que no salgas", "Foto del club antes de empezar, solo sale en el boletín "
           "con permiso de los padres", optional=True),
        _s("a", "Los emparejamientos los pongo en el grupo del club en {app}, están los padres",
           "Compartiré los emparejamientos en el grupo de familias de {app}", optional=True),
        _s("b", "vale gracias profe", "podemos preparar las aperturas {name} y yo en el bus?"),
    ),
})

_GRANDMA_CAKE = Family("a6b4_grandma_surprise_cake", "benign", "parent_child", {
    "en": (
        _s("a", "Sweetheart it's Grandma. Grandpa turns 70 {day}, want to help me plan a "
           "surprise?", "Hi love, Nana here. I need my best helper for a secret mission"),
        _s("b", "yesss what do i do", "ok what's the plan", "nana is this about grandpa's "
           "birthday"),
        _s("a", "Not a word to Grandpa, he thinks we're just going out for lunch",
           "This stays between us until the party, your grandpa can never keep a straight "
           "face"),
        _s("b", "my lips are sealed", "lol ok i won't tell him", "🤐"),
        _s("a", "I tried the lemon cake today, here's a picture. Does it look alright?",
           "Sending you a photo of the practice cake, it leans a little"),
        _s("b", "it looks good but the icing is kinda sliding lol", "grandma it's perfect",
           "is that the one with raspberries?"),
        _s("b", "send me another pic when you put the candles on", "can you take a photo from "
           "the top, i want to draw the design for the banner"),
        _s("a", "You're 11 now, old enough to pipe the letters yourself. Want to?",
           "Your mum says you're a whizz with the piping bag now"),
        _s("b", "can i write happy 70th grandpa in chocolate", "yes!! i watched a video on it"),
        _s("a", "Your mum will drop you at mine {day} at {time} so we can decorate before he's "
           "back from golf", "Mum says you can come early {day}, she'll bring you at {time}"),
        _s("a", "I'll get the sprinkles and candles, you bring your good pens for the card",
           "I bought the number candles, the 7 looks a bit like a 1 though"),
        _s("a", "If Grandpa picks up the phone, just say you're calling about homework!",
           "If he asks, we were talking about your {subject} project", optional=True),
        _s("b", "send me a pic of the finished one!!", "love u nana", "he's gonna cry lol"),
        _s("a", "Love you too, see you {day}", "Will do, my darling. Mum's the word!"),
    ),
    "es": (
        _s("a", "Cariño, soy la abuela. El abuelo cumple 70 {day}, ¿me ayudas a prepararle una "
           "sorpresa?", "Hola mi vida, soy la yaya. Necesito a mi mejor ayudante para una "
           "misión secreta"),
        _s("b", "siii qué hago", "vale cuál es el plan", "abuela es por el cumple del abuelo?"),
        _s("a", "Ni una palabra al abuelo, él cree que solo vamos a comer fuera",
           "Esto queda entre tú y yo hasta la fiesta, tu abuelo no sabe disimular"),
        _s("b", "soy una tumba", "jaja vale no le digo nada", "🤐"),
        _s("a", "Hoy probé la tarta de limón, te mando una foto. ¿Queda bonita?",
           "Te paso foto de la tarta de prueba, se me ha torcido un poco"),
        _s("b", "está muy bien pero el glaseado se cae un poco jaja", "abuela está perfecta",
           "es la de frambuesas?"),
        _s("b", "mándame otra foto cuando le pongas las velas", "hazle una foto desde arriba, "
           "quiero dibujar el diseño para la pancarta"),
        _s("a", "Ya tienes 11, puedes escribir tú las letras con la manga pastelera. ¿Te "
           "animas?", "Tu madre dice que ahora se te da genial la manga pastelera"),
        _s("b", "puedo poner feliz 70 abuelo con chocolate?", "sii vi un vídeo de cómo se hace"),
        _s("a", "Tu madre te deja en mi casa {day} a las {time} para decorar antes de que vuelva "
           "de la petanca", "Mamá dice que puedes venir pronto {day}, te trae a las {time}"),
        _s("a", "Yo compro los fideos de colores y las velas, tú trae tus rotuladores buenos "
           "para la tarjeta", "Ya compré las velas de números, aunque el 7 parece un 1"),
        _s("a", "Si coge el teléfono el abuelo, dile que llamas por los deberes",
           "Si pregunta, estábamos hablando de tu trabajo de {subject}", optional=True),
        _s("b", "mándame foto de la tarta terminada!!", "te quiero yaya", "va a llorar jaja"),
        _s("a", "Y yo a ti, nos vemos {day}", "Hecho, mi amor. ¡Chitón!"),
    ),
})

FAMILIES: tuple[Family, ...] = (
    _MUSIC_PRODUCER,
    _KART_TRACK,
    _CONFIDENCE_COACH,
    _VOICECHAT_RECORDING,
    _PIANO_RECITAL,
    _BABYSIT_COOP,
    _CHESS_TRIP,
    _GRANDMA_CAKE,
)
