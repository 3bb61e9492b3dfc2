"""Template families by author A7, written without seeing the detector (its indicators, features,
weights or benchmark), only the template format and the existing scenarios so as not to repeat
them: three grooming families (a "paid internship" offered on a kids' coding site, a fellow gamer
who gifts a controller and then wants an address and a meeting, a fitness-group adult who coaches
a teen privately and asks for form pictures), one sextortion family (an "online girlfriend" who
records a video call and threatens to send it to the boy's family) and four benign families
(a yearbook committee, a screen-time argument that ends in agreed rules, a youth orchestra tour
organised with parents, two best friends planning a birthday surprise). Every line is
non-explicit: the risky families show risk patterns only, never sexual content.
"""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# --------------------------------------------------------------------------------------------
# Grooming
# --------------------------------------------------------------------------------------------

_CODING_INTERNSHIP = Family("a7g1_coding_internship", "grooming", "adult_minor", {
    "en": (
        _s("a", "whoa, your platformer project is super clean. how did you do the wall jump?",
           "left a comment on your maze game, the sprite animation is really smooth",
           "just remixed your quiz app, hope that's ok, the scoring logic is clever"),
        _s("b", "thanks!! i used two variables for the jump lol", "oh cool, it took me like a week",
           "haha thanks, it's still kinda buggy"),
        _s("a", "i'm a dev at a small studio, we're always scouting people who think like this",
           "i write software for a living and honestly your code is tidier than some of my "
           "coworkers'"),
        _r("a", "what year are you in at school? trying to work out if you'd fit our junior "
           "program", "you're what, 12? 13? the internship has a youth track",
           "quick question before i go further, how old are you?"),
        _s("b", "i'm 12", "13 in march", "7th grade", "14"),
        _r("a", "we pay interns {amount} a month, and for someone at your level i could push for "
           "more", "it's a paid internship, {amount} to start, all remote, you'd work from home"),
        _s("b", "wait for real?", "idk, i'd have to ask my mom",
           "that sounds kinda too good to be true tbh"),
        _r("a", "let's hold off on the parents part for now, the HR paperwork scares them and "
           "you'd lose the spot", "i'd keep it to yourself until the offer letter is ready, "
           "adults always turn this into a huge deal"),
        _r("a", "comments here are public, message me on {app} and i'll send the onboarding stuff",
           "i can't talk contracts on a kids' site, grab {app} and add me there"),
        _r("a", "for the staff badge i need a photo of your face, a normal selfie is fine",
           "send me a pic of you at your desk, it goes on the team page"),
        _r("a", "first task is a short call with your camera on so i can see you're a real person",
           "we'll do a quick video interview tonight, find a spot where your family won't "
           "interrupt", optional=True),
        _s("b", "ok", "can my dad be in the call?", "i don't really feel comfortable with that"),
        _r("a", "you're honestly the most gifted kid i've found on here, don't waste it by "
           "overthinking", "trust me, i'm looking out for you more than anyone at your school",
           optional=True),
        _r("a", "we have a meetup at the office near {place} {day}, i'll grab you at the entrance, "
           "no need to bring anyone", optional=True),
    ),
    "es": (
        _s("a", "oye, tu juego de plataformas está muy bien hecho, cómo hiciste el doble salto?",
           "te dejé un comentario en el laberinto, la animación del personaje queda genial",
           "he remezclado tu app de preguntas, espero que no te importe, la puntuación está muy "
           "bien pensada"),
        _s("b", "gracias!! usé dos variables para el salto jaja", "ah guay, me costó como una "
           "semana", "jaja gracias, todavía tiene fallos"),
        _s("a", "trabajo de programador en un estudio pequeño y siempre buscamos gente que piense "
           "así", "me dedico al software y tu código está más ordenado que el de algunos "
           "compañeros míos"),
        _r("a", "en qué curso vas? es para ver si entras en el programa junior",
           "tienes qué, 12? 13? las prácticas tienen un grupo para jóvenes",
           "antes de seguir, cuántos años tienes?"),
        _s("b", "12", "cumplo 13 en marzo", "en primero de la eso", "14"),
        _r("a", "a los becarios les pagamos {amount} al mes, y con tu nivel podría conseguirte "
           "más", "son prácticas pagadas, {amount} para empezar y todo desde casa"),
        _s("b", "en serio?", "nose, tendría que preguntarle a mi madre",
           "suena demasiado bien para ser verdad"),
        _r("a", "lo de los padres déjalo para más adelante, el papeleo los asusta y perderías la "
           "plaza", "yo no lo comentaría hasta que tengas la carta de oferta, los mayores lo "
           "complican todo"),
        _r("a", "aquí los comentarios son públicos, háblame por {app} y te paso lo de la "
           "incorporación", "no puedo hablar de contratos en una web para niños, bájate {app} y "
           "agrégame"),
        _r("a", "para la tarjeta de empleado necesito una foto de tu cara, vale un selfie normal",
           "mándame una foto tuya en tu escritorio, es para la página del equipo"),
        _r("a", "la primera tarea es una llamada corta con la cámara puesta, para ver que eres "
           "real", "esta noche hacemos una videoentrevista rápida, búscate un sitio donde tu "
           "familia no te interrumpa", optional=True),
        _s("b", "vale", "puede estar mi padre en la llamada?",
           "no sé, eso no me hace mucha gracia"),
        _r("a", "eres el chaval con más talento que he encontrado por aquí, no lo desperdicies "
           "por darle tantas vueltas", "hazme caso, yo miro por ti más que cualquiera de tu "
           "cole", optional=True),
        _r("a", "hay un encuentro en la oficina cerca de {place} {day}, te recojo en la puerta, "
           "no hace falta que vengas con nadie", optional=True),
    ),
})

_CONTROLLER_GIFT = Family("a7g2_controller_gift", "grooming", "adult_minor", {
    "en": (
        _s("a", "yo you were the last one standing in that {game} lobby, respect",
           "ngl you clutched that round, what sens do you play on"),
        _s("b", "lol thx", "i got lucky", "default sens, idk"),
        _s("a", "your aim is nuts for someone on a busted controller, i can hear the clicking on "
           "mic lol", "bro is that your controller making that noise? sounds broken"),
        _s("b", "yeah the left stick is cooked", "it's my brother's old one",
           "my mom said no new one till my birthday"),
        _r("a", "i literally have a brand new pro controller still in the box, you want it? free",
           "i upgraded last week, i can ship you my spare, it's basically new"),
        _s("b", "fr??", "wait why would you do that", "nah that's weird i can't take that"),
        _r("a", "it's nothing, squad helps squad. just don't make it a thing with your parents, "
           "they'll think it's sketchy", "chill it's a gift, but maybe say you won it in a "
           "giveaway so your mom doesn't ask questions"),
        _r("a", "drop your address and i'll send it tomorrow",
           "what's your street and zip? i'll order it straight to your place",
           "which school do you go to? i can leave it at the front office"),
        _s("b", "idk if i should give my address", "my dad checks all the packages",
           "ok but dont tell anyone"),
        _r("a", "how old are you btw? you sound like 13", "what grade you in? just so i know",
           optional=True),
        _r("a", "easier if i just hand it to you, i'm near {place}, wanna meet {day}?",
           "i could drop it at {place} {day}, come by yourself, takes two minutes"),
        _r("a", "no need to tell your friends, they'll all want one",
           "don't bring anybody, i've only got the one", optional=True),
        _r("a", "text me on {app} so we can sort it out, i barely check game chat",
           "add me on {app} and send a pic so i know who to look for"),
    ),
    "es": (
        _s("a", "wey fuiste el último vivo en esa partida de {game}, respeto",
           "neta te rifaste esa ronda, qué sensibilidad usas"),
        _s("b", "jaja grax", "fue suerte", "la que viene por defecto, ni sé"),
        _s("a", "apuntas bien cañón para traer un control viejo, se oye el clic por el micro jaja",
           "oye eso que suena es tu control? suena todo roto"),
        _s("b", "sí el stick izquierdo ya no sirve", "es el viejo de mi hermano",
           "mi mamá dice que hasta mi cumple no hay otro"),
        _r("a", "tengo un control pro nuevo todavía en su caja, lo quieres? gratis",
           "me compré otro la semana pasada, te puedo mandar el que me sobra, está casi nuevo"),
        _s("b", "neta??", "oye y por qué harías eso", "nel, qué raro, no lo puedo aceptar"),
        _r("a", "no es nada, entre compas nos ayudamos. nomás no hagas mucho escándalo con tus "
           "papás, van a pensar mal", "tranqui es un regalo, pero di que lo ganaste en un "
           "sorteo para que tu mamá no pregunte"),
        _r("a", "pásame tu dirección y te lo mando mañana",
           "cuál es tu calle y código postal? lo pido directo a tu casa",
           "a qué escuela vas? lo puedo dejar en la entrada"),
        _s("b", "no sé si debería darte mi dirección", "mi papá revisa todos los paquetes",
           "ok pero no le digas a nadie"),
        _r("a", "cuántos años tienes por cierto? suenas como de 13",
           "en qué año vas? nomás para saber", optional=True),
        _r("a", "mejor te lo doy en mano, estoy cerca de {place}, nos vemos {day}?",
           "te lo puedo llevar a {place} {day}, ven tú solo, son dos minutos"),
        _r("a", "no le digas a tus amigos, todos van a querer uno",
           "no traigas a nadie, nomás tengo uno", optional=True),
        _r("a", "escríbeme por {app} y lo arreglamos, casi no veo el chat del juego",
           "agrégame en {app} y mándame una foto para saber a quién busco"),
    ),
})

_FITNESS_FORM = Family("a7g3_fitness_form_pics", "grooming", "adult_minor", {
    "en": (
        _s("a", "saw your question in the group about your sprint start, mind if i dm you some "
           "drills?", "hey, you asked in the tips chat about getting stronger for {sport}, i "
           "coach on the side, happy to help"),
        _s("b", "sure that'd be great", "oh hi, yeah i've been stuck for weeks"),
        _s("a", "ok first thing, how many days a week are you training right now?",
           "what does a normal week look like for you, practice plus gym?"),
        _s("b", "like 3 days with the team", "team practice twice and i run on weekends",
           "i don't really have a plan tbh"),
        _s("a", "right, your base is fine, it's recovery that's off. sleep and protein before "
           "anything else", "i'll write you a 4 week block, nothing crazy, mostly bodyweight"),
        _s("b", "thank you so much", "ok that sounds doable"),
        _r("a", "honestly you've got more discipline than the grown men in that group lol, you're "
           "not like other kids", "you pick this up so fast, you're way ahead of where i was at "
           "your age"),
        _r("a", "how old are you again? i want to keep the loads right for your age",
           "what year of school are you in, 9th? 10th?"),
        _s("b", "15", "i'm 14", "9th"),
        _r("a", "send me a progress picture every sunday, standing front and side, so i can "
           "track your posture", "film your squat from the side and send it, i need to see "
           "your form, plus a full body pic in your training clothes"),
        _s("b", "can't i just post it in the group?", "ok here's the squat one",
           "um do i have to? kinda awkward"),
        _r("a", "keep these between us, the group gets jealous when i give someone one on one "
           "attention", "don't share the plan with your teammates or your coach, it's made "
           "just for you"),
        _r("a", "let's move this to {app}, the group admin can read dms",
           "easier on {app}, videos send better there", optional=True),
        _r("a", "i could check your form in person, there's a gym near {place}, {day} work?",
           "come by {place} {day} and i'll run the session myself, no need to drag your parents "
           "along", optional=True),
    ),
    "es": (
        _s("a", "vi tu pregunta en el grupo sobre la salida en el sprint, te mando unos "
           "ejercicios por privado?", "hola, preguntaste en el chat de consejos cómo ponerte "
           "más fuerte para {sport}, entreno a gente en mis ratos libres, si quieres te ayudo"),
        _s("b", "sí porfa, me vendría genial", "ah hola, sí, llevo semanas estancado"),
        _s("a", "vale, lo primero, cuántos días a la semana entrenas ahora?",
           "cómo es una semana normal tuya, entreno más gimnasio?"),
        _s("b", "unos 3 días con el equipo", "dos entrenos y salgo a correr el finde",
           "la verdad es que no tengo plan"),
        _s("a", "vale, la base la tienes, lo que falla es el descanso. dormir bien y proteína "
           "antes que nada", "te preparo un bloque de 4 semanas, nada loco, casi todo con tu "
           "propio peso"),
        _s("b", "muchísimas gracias", "vale eso lo puedo hacer"),
        _r("a", "tienes más constancia que los señores del grupo jaja, no eres como los demás "
           "chavales", "lo pillas todo rapidísimo, vas muy por delante de como iba yo a tu edad"),
        _r("a", "cuántos años me dijiste que tenías? para ajustar las cargas a tu edad",
           "en qué curso estás, tercero? cuarto de la eso?"),
        _s("b", "15", "tengo 14", "tercero"),
        _r("a", "mándame una foto de progreso cada domingo, de pie, de frente y de lado, para ver "
           "la postura", "grábate la sentadilla de lado y mándamela, necesito ver la técnica, y "
           "una foto de cuerpo entero con la ropa de entrenar"),
        _s("b", "no puedo subirlo al grupo y ya?", "vale, ahí va la de la sentadilla",
           "em, tengo que hacerlo? me da un poco de corte"),
        _r("a", "esto mejor entre tú y yo, en el grupo se ponen celosos cuando me dedico a "
           "alguien en concreto", "no le pases el plan a tus compañeros ni a tu entrenador, está "
           "hecho solo para ti"),
        _r("a", "pasemos a {app}, el admin del grupo puede leer los privados",
           "mejor por {app}, los vídeos se mandan mejor", optional=True),
        _r("a", "podría corregirte la técnica en persona, hay un gimnasio cerca de {place}, te "
           "va bien {day}?", "pásate por {place} {day} y te llevo yo la sesión, no hace falta "
           "que vengan tus padres", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Sextortion
# --------------------------------------------------------------------------------------------

_GIRLFRIEND_RECORDING = Family("a7x1_girlfriend_call_recording", "sextortion", "adult_minor", {
    "en": (
        _r("a", "hiii sorry random add, you came up in my suggestions and you have a really nice "
           "smile", "hey stranger 👋 you go to the school by the river right? you're kinda cute"),
        _s("b", "uh hi?", "lol who is this", "thanks i guess"),
        _s("a", "i'm new in town, 16, don't know anyone here yet",
           "don't laugh but i've wanted to message you for like a week"),
        _r("a", "how old are you? you look older than the boys in my class",
           "you're 15 right? perfect"),
        _s("b", "15", "16 next month", "why does everyone think i'm older lol"),
        _r("a", "i think i like you, is that crazy? we've only talked three days",
           "you're basically my boyfriend now, i don't care what anyone says"),
        _r("a", "this app keeps glitching, add me on {app}",
           "my mom checks this one, let's talk on {app} instead"),
        _r("a", "video call me tonight, i want to see you for real",
           "turn your camera on, i want to see your face when you talk"),
        _s("b", "ok", "idk i look bad rn", "fine but just for a bit"),
        _r("a", "so i recorded our whole call. i also have your family's profiles and your "
           "follower list", "surprise, that call got saved. i already found your mom, your "
           "sister and your coach online"),
        _s("b", "what?? you said you were 16", "this is a joke right",
           "please delete it, i'm begging you"),
        _r("a", "{amount} on {pay} and it gets deleted. otherwise every one of them gets the "
           "file tonight", "pay {amount} through {pay} and nobody sees anything, refuse and i "
           "send it to your whole family"),
        _r("a", "you have one hour, i'm watching the clock", "tick tock, 45 minutes left",
           "every minute you wait the price goes up"),
        _r("a", "block me and it goes out automatically",
           "tell your parents and your school's group chat gets it first", optional=True),
    ),
    "es": (
        _r("a", "holaaa perdón por agregarte así de la nada, me saliste en sugerencias y tienes "
           "una sonrisa muy linda", "hola desconocido 👋 vas a la prepa que está junto al río, "
           "no? estás muy guapo"),
        _s("b", "eh hola?", "jaja quién eres", "gracias supongo"),
        _s("a", "soy nueva aquí, tengo 16 y todavía no conozco a nadie",
           "no te rías pero llevo una semana queriendo escribirte"),
        _r("a", "cuántos años tienes? pareces más grande que los chavos de mi salón",
           "tienes 15 verdad? perfecto"),
        _s("b", "15", "16 el mes que viene", "por qué todos creen que soy más grande jaja"),
        _r("a", "creo que me gustas, es una locura? solo llevamos tres días hablando",
           "ya eres prácticamente mi novio, me da igual lo que digan"),
        _r("a", "esta app falla mucho, agrégame en {app}",
           "mi mamá revisa esta, mejor hablamos por {app}"),
        _r("a", "hazme videollamada esta noche, quiero verte de verdad",
           "prende la cámara, quiero verte la cara cuando hablas"),
        _s("b", "ok", "no sé, ahorita me veo fatal", "bueno pero un ratito"),
        _r("a", "pues grabé toda la llamada. también tengo los perfiles de tu familia y la lista "
           "de tus seguidores", "sorpresa, la llamada quedó guardada. ya encontré a tu mamá, a "
           "tu hermana y a tu entrenador"),
        _s("b", "qué?? dijiste que tenías 16", "esto es broma verdad",
           "bórralo por favor, te lo ruego"),
        _r("a", "{amount} por {pay} y lo borro. si no, esta noche les llega el video a todos",
           "paga {amount} por {pay} y nadie ve nada, si te niegas se lo mando a toda tu familia"),
        _r("a", "tienes una hora, estoy mirando el reloj", "tic tac, te quedan 45 minutos",
           "cada minuto que esperas sube el precio"),
        _r("a", "si me bloqueas se envía solo",
           "si se lo cuentas a tus papás lo subo primero al grupo de tu escuela", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Benign
# --------------------------------------------------------------------------------------------

_YEARBOOK = Family("a7b1_yearbook_committee", "benign", "coach_minor", {
    "en": (
        _s("a", "yearbook crew! we're 3 weeks behind on the senior section, need all hands",
           "hi all, quick yearbook update before monday's deadline"),
        _s("b", "sorry i've been swamped with exams", "i can take the clubs pages",
           "what's left?"),
        _s("a", "still missing baby pictures from about 20 seniors, can you chase your homeroom?",
           "we need childhood photos for the then-and-now spread, drop them in the shared folder"),
        _s("b", "{name} said they'll bring theirs tomorrow", "some people are being so slow lol",
           "i put 6 in the folder last night"),
        _s("a", "reminder: any photo with other students in it needs their ok before it goes in",
           "please check nobody in the candid shots asked to be left out, the list is on the "
           "board"),
        _s("b", "wait does the quote have to be school appropriate",
           "can my quote be a song lyric?", "how long can the senior quote be"),
        _s("a", "under 20 words and nothing that would embarrass your grandma at graduation lol",
           "lyrics are fine if you credit the artist, i review every quote before print"),
        _s("a", "also... the dedication page is a surprise for the librarian who's retiring, do "
           "NOT let it slip", "top secret: we're dedicating the book to coach, who leaves in "
           "june. keep it off social media"),
        _s("b", "omg she's gonna cry", "i won't say a word",
           "that's so sweet, not telling anyone"),
        _s("a", "how old is everyone on the committee? the printer wants a parent signature on "
           "the release form for under 18s", "quick one, who's still 17? under 18s need a "
           "guardian to sign the photo release"),
        _s("b", "i'm 17 till august", "16, i'll get my mom to sign it", "i turned 18 last week!"),
        _s("a", "layout session in the library {day} at {time}, pizza is on the school budget",
           "we meet in room 12 {day} after school to finalize, bring your laptop"),
        _s("b", "can we use {app} for the group chat instead of email? nobody reads email",
           "i'll upload the sports photos to the drive tonight", optional=True),
    ),
    "es": (
        _s("a", "equipo del anuario! vamos tres semanas atrasados con la sección de último año, "
           "necesito a todos", "hola a todos, un repaso rápido del anuario antes de la entrega "
           "del lunes"),
        _s("b", "perdón, he estado a full con los exámenes", "yo me encargo de las páginas de "
           "los clubes", "qué falta?"),
        _s("a", "todavía faltan fotos de bebé de unos 20 de último año, le puedes insistir a tu "
           "salón?", "necesitamos fotos de cuando eran chiquitos para la doble página del antes "
           "y después, súbanlas a la carpeta compartida"),
        _s("b", "{name} dice que mañana trae la suya", "hay gente lentísima jaja",
           "anoche subí 6 a la carpeta"),
        _s("a", "recuerden: si sale otro estudiante en la foto, necesitamos su permiso antes de "
           "ponerla", "revisen que nadie de las fotos espontáneas haya pedido no salir, la lista "
           "está en el tablero"),
        _s("b", "la frase tiene que ser apropiada para el colegio?",
           "puedo poner una frase de una canción?", "qué tan larga puede ser la frase"),
        _s("a", "máximo 20 palabras y nada que le dé vergüenza a tu abuela en la graduación jaja",
           "las canciones valen si ponen el nombre del artista, yo reviso todas antes de "
           "imprimir"),
        _s("a", "además... la página de dedicatoria es una sorpresa para la bibliotecaria que se "
           "jubila, que no se les escape", "secreto total: le dedicamos el anuario al profe de "
           "educación física que se va en junio, nada en redes"),
        _s("b", "ay va a llorar", "no digo ni una palabra", "qué lindo, no le cuento a nadie"),
        _s("a", "qué edad tienen los del comité? la imprenta pide la firma de un papá en la "
           "autorización para los menores de 18", "una cosa, quién tiene todavía 17? los "
           "menores necesitan que un acudiente firme el permiso de las fotos"),
        _s("b", "tengo 17 hasta agosto", "16, le digo a mi mamá que firme",
           "cumplí 18 la semana pasada!"),
        _s("a", "sesión de diseño en la biblioteca {day} a las {time}, la pizza la paga el "
           "colegio", "nos vemos en el salón 12 {day} después de clase para cerrar, traigan el "
           "computador"),
        _s("b", "podemos usar {app} para el grupo en vez del correo? nadie lee el correo",
           "esta noche subo las fotos de deportes al drive", optional=True),
    ),
})

_SCREEN_TIME = Family("a7b2_screen_time_deal", "benign", "parent_child", {
    "en": (
        _s("a", "it's 11:40. why is your light still on", "your screen time report says 7 hours "
           "yesterday. seven.", "phone on the kitchen counter in 5 min please"),
        _s("b", "i was literally doing homework", "omg you're reading my screen time now??",
           "everyone else stays up later than me"),
        _s("a", "homework doesn't need {app} open for three hours",
           "i'm not snooping, the report comes to my email automatically, you know that"),
        _s("b", "that's so unfair, you're on your phone all the time too",
           "you don't get it, that's where everyone talks",
           "if i leave the group chat i miss everything"),
        _s("a", "ok, fair point about me. i'll put mine away at dinner too",
           "i hear you about the group chat. i'm not trying to cut you off from your friends"),
        _s("b", "fine", "...ok", "so what then"),
        _s("a", "let's make a deal instead of fighting every night. you write the first draft",
           "how about we sit down after dinner and agree on rules we both sign"),
        _s("b", "phones off at 10 on school nights, midnight on weekends?",
           "i keep it in my room but no {game} after 10",
           "what if i get an extra hour when i finish everything"),
        _s("a", "10:30 on school nights, charger stays in the kitchen, weekends we'll see",
           "extra time on weekends works if grades hold up. and {game} with {name} on friday is "
           "fine"),
        _s("b", "can we try it for 2 weeks and then talk again?",
           "deal, but you have to follow the dinner one too", "ok but no checking my messages"),
        _s("a", "deal. i don't read your messages, i only see the totals",
           "two week trial, then we review. love you, even at midnight"),
        _s("b", "love u too. night", "ok night", optional=True),
        _s("a", "i'll print it and stick it on the fridge lol",
           "screenshot of our rules, sent to the family chat", optional=True),
    ),
    "es": (
        _s("a", "son las 23:40. por qué sigues con la luz encendida", "el informe de tiempo de "
           "pantalla dice 7 horas ayer. siete.", "el móvil en la encimera de la cocina en 5 "
           "minutos, porfa"),
        _s("b", "estaba haciendo deberes, te lo juro", "en serio me miras el tiempo de pantalla??",
           "todo el mundo se acuesta más tarde que yo"),
        _s("a", "para los deberes no hace falta tener {app} abierto tres horas",
           "no te estoy espiando, el informe me llega solo al correo, lo sabes"),
        _s("b", "no es justo, tú también estás todo el día con el móvil",
           "no lo entiendes, ahí es donde habla todo el mundo",
           "si me salgo del grupo me pierdo todo"),
        _s("a", "vale, en lo mío tienes razón. yo también lo dejo en la cena",
           "entiendo lo del grupo, no quiero separarte de tus amigos"),
        _s("b", "vale", "...ya", "y entonces qué"),
        _s("a", "hagamos un trato en vez de discutir cada noche. escribe tú el primer borrador",
           "qué tal si después de cenar nos sentamos y acordamos unas normas que firmemos los dos"),
        _s("b", "móvil apagado a las 10 entre semana y a las 12 el finde?",
           "me lo quedo en el cuarto pero nada de {game} después de las 10",
           "y si acabo todo me das una hora extra?"),
        _s("a", "10 y media entre semana, el cargador se queda en la cocina, el finde ya veremos",
           "la hora extra del finde vale si las notas siguen bien. y el {game} con {name} el "
           "viernes, sin problema"),
        _s("b", "lo probamos dos semanas y luego lo hablamos?",
           "trato, pero tú también cumples lo de la cena", "vale pero sin mirarme los mensajes"),
        _s("a", "trato. yo no leo tus mensajes, solo veo el total",
           "dos semanas de prueba y luego lo revisamos. te quiero, incluso a medianoche"),
        _s("b", "yo también. buenas noches", "vale, hasta mañana", optional=True),
        _s("a", "lo imprimo y lo pego en la nevera jaja",
           "captura de las normas, enviada al grupo de la familia", optional=True),
    ),
})

_ORCHESTRA_TOUR = Family("a7b3_orchestra_tour_parents", "benign", "adult_adult", {
    "en": (
        _s("a", "hello families, the youth orchestra tour to Vienna is confirmed for spring "
           "break!", "hi everyone, tour update: flights are booked, 42 musicians and 6 "
           "chaperones"),
        _s("b", "amazing news, thank you!", "great, what do you need from us?",
           "my daughter has been practicing nonstop"),
        _s("a", "please send a clear photo of your child's passport photo page by {day}, it goes "
           "straight to the travel agent", "passports must be valid 6 months past the return "
           "date, double check tonight please"),
        _s("b", "hers expires in july, is that a problem?", "uploading it now",
           "we're still waiting on the renewal, should arrive next week"),
        _s("a", "the second installment of {amount} is due {day}, bank details are in the "
           "welcome pack", "reminder the balance of {amount} can be split in two, just email "
           "the treasurer"),
        _s("b", "paid this morning", "can we pay the rest in cash at rehearsal?",
           "is there any help for families who can't cover the full amount?"),
        _s("a", "rooms are 3 or 4 students, same age band and same gender, with a chaperone on "
           "every floor", "we're putting the 12 and 13 year olds together and the older kids "
           "on a separate floor"),
        _s("b", "he's 14 but most of his friends are 15, can he room with them?",
           "can {name} and my son share?",
           "she's a bit nervous about sharing with kids she doesn't know"),
        _s("a", "put a request in the form and i'll do my best, no promises for the under 14s",
           "sure, send me the names and i'll check with the other parents"),
        _s("a", "medical info and emergency contacts go in the consent form, not over chat please",
           "if your child takes any medication, the nurse needs it labelled in a clear bag"),
        _s("a", "the kids are preparing a surprise piece for the host families, so don't spoil "
           "it if they hum it at home lol", "shh, the encore is a surprise for the host "
           "families", optional=True),
        _s("a", "we meet at the airport at {time} on departure day, drop off at the terminal 2 "
           "doors", "parents' info evening is {day} at {time} in the school hall, you'll get "
           "the full itinerary"),
        _s("b", "see you there", "thanks for organizing all this",
           "will there be a parents' group on {app} for updates during the trip?"),
        _s("a", "yes, i'll post a daily photo from rehearsals in the parents' group on {app}",
           "updates go on the {app} channel, only parents and staff are in it", optional=True),
    ),
    "es": (
        _s("a", "hola familias, la gira de la orquesta joven a Viena está confirmada para Semana "
           "Santa!", "hola a todos, novedades de la gira: vuelos reservados, 42 músicos y 6 "
           "acompañantes"),
        _s("b", "qué buena noticia, gracias!", "genial, qué necesitáis de nosotros?",
           "mi hija lleva semanas ensayando sin parar"),
        _s("a", "mandadme una foto clara de la página de datos del pasaporte de vuestro hijo, "
           "como muy tarde {day}, va directa a la agencia", "el pasaporte tiene que estar en "
           "vigor hasta seis meses después de la vuelta, revisadlo esta noche porfa"),
        _s("b", "el suyo caduca en julio, pasa algo?", "lo subo ahora",
           "seguimos esperando la renovación, debería llegar la semana que viene"),
        _s("a", "el segundo pago de {amount} vence {day}, los datos del banco están en el dosier "
           "de bienvenida", "recordad que lo que queda, {amount}, se puede dividir en dos "
           "pagos, escribid al tesorero"),
        _s("b", "pagado esta mañana", "podemos pagar el resto en efectivo en el ensayo?",
           "hay alguna ayuda para las familias que no llegan al total?"),
        _s("a", "las habitaciones son de 3 o 4 alumnos, misma franja de edad y mismo sexo, con un "
           "monitor en cada planta", "ponemos juntos a los de 12 y 13 años y a los mayores en "
           "otra planta"),
        _s("b", "tiene 14 pero casi todos sus amigos tienen 15, puede ir con ellos?",
           "pueden compartir {name} y mi hijo?",
           "está un poco nerviosa por compartir con gente que no conoce"),
        _s("a", "ponedlo en el formulario y hago lo que pueda, con los menores de 14 no prometo "
           "nada", "claro, pásame los nombres y lo consulto con las otras familias"),
        _s("a", "la información médica y los contactos de emergencia van en la autorización, no "
           "por chat por favor", "si vuestro hijo toma alguna medicación, la enfermera la "
           "necesita etiquetada en una bolsa transparente"),
        _s("a", "los chavales preparan una pieza sorpresa para las familias de acogida, no lo "
           "chaféis si la tararean en casa jaja", "chis, el bis es una sorpresa para las "
           "familias de acogida", optional=True),
        _s("a", "el día de salida quedamos en el aeropuerto a las {time}, dejadlos en la puerta "
           "de la terminal 2", "la reunión informativa para padres es {day} a las {time} en el "
           "salón de actos, allí os damos el itinerario"),
        _s("b", "allí nos vemos", "gracias por organizar todo esto",
           "habrá grupo de padres en {app} para ir sabiendo cosas durante la gira?"),
        _s("a", "sí, subiré una foto diaria de los ensayos al grupo de padres de {app}",
           "las novedades irán por el canal de {app}, solo están padres y profesores",
           optional=True),
    ),
})

_BIRTHDAY_DECOR = Family("a7b4_birthday_surprise_decor", "benign", "teen_teen", {
    "en": (
        _s("a", "ok so operation {name}'s birthday is ON",
           "emergency meeting: {name} turns 14 in 9 days and we have NOTHING planned",
           "are you free to plan {name}'s thing rn"),
        _s("b", "YES finally", "omg i thought you forgot", "ok i'm here, what's the plan"),
        _s("a", "thinking sleepover at mine, my mom already said yes",
           "my mom said we can use the basement if we clean it after lol"),
        _s("b", "she can't find out, she's so nosy", "we have to act totally normal at school",
           "how do we get her there without her knowing"),
        _s("a", "i'll tell her it's just a movie night with us two",
           "tell her you need help with {subject} and bring her over at {time}"),
        _s("b", "look at the balloon letters i found, sending the pic",
           "sending you a pic of the streamers i got, are they too pink?",
           "ok rate this banner i made 1-10, pic incoming"),
        _s("a", "omg that's so cute", "less pink, she's into purple now", "10/10 no notes"),
        _s("a", "if we split it, it's like $12 each for the cake",
           "my aunt gave me 20 bucks for decorations so we're good"),
        _s("b", "i'll bring my allowance", "my mom can drive us to the party store {day}"),
        _s("a", "make a group on {app} with the others but DON'T add her",
           "i made a chat without her, adding the girls from art class"),
        _s("b", "we should do a photo wall with pics of us from 5th grade",
           "do you still have the pic from the beach last summer? print it"),
        _s("a", "hide everything in your closet, she always goes through mine",
           "delete the pics from your camera roll after you send them, she scrolls through our "
           "phones lol"),
        _s("b", "this is gonna be the best surprise ever", "she's gonna scream", optional=True),
    ),
    "es": (
        _s("a", "bueno, la operación cumple de {name} arranca YA",
           "reunión de emergencia: {name} cumple 14 en 9 días y no tenemos NADA",
           "tenés tiempo ahora para organizar lo de {name}?"),
        _s("b", "SÍ por fin", "ay pensé que te habías olvidado", "acá estoy, cuál es el plan"),
        _s("a", "pensaba en una pijamada en casa, mi mamá ya dijo que sí",
           "mi mamá dice que podemos usar el quincho si después limpiamos jaja"),
        _s("b", "no se puede enterar, es re chusma", "en el cole tenemos que hacernos las tontas",
           "cómo la llevamos sin que sospeche"),
        _s("a", "le digo que es una noche de pelis solo nosotras dos",
           "decile que necesitás ayuda con {subject} y traela a las {time}"),
        _s("b", "mirá las letras de globos que encontré, te mando la foto",
           "te paso foto de las guirnaldas que compré, son demasiado rosas?",
           "puntuá este cartel que hice del 1 al 10, ahí va la foto"),
        _s("a", "ay es re lindo", "menos rosa, ahora le gusta el violeta",
           "un 10, no cambies nada"),
        _s("a", "si lo dividimos son como 3000 pesos cada una para la torta",
           "mi tía me dio plata para la decoración así que estamos bien"),
        _s("b", "llevo lo que me queda de la semanita", "mi mamá nos puede llevar al cotillón "
           "{day}"),
        _s("a", "armá un grupo en {app} con las demás pero NO la agregues",
           "hice un grupo sin ella, sumo a las chicas de plástica"),
        _s("b", "hagamos una pared de fotos con fotos nuestras de quinto grado",
           "tenés todavía la foto de la playa del verano pasado? imprimila"),
        _s("a", "escondé todo en tu placard, ella siempre revisa el mío",
           "borrá las fotos de la galería después de mandarlas, siempre anda mirando nuestros "
           "celus jaja"),
        _s("b", "va a ser la mejor sorpresa de la historia", "va a gritar", optional=True),
    ),
})

FAMILIES: tuple[Family, ...] = (
    _CODING_INTERNSHIP, _CONTROLLER_GIFT, _FITNESS_FORM, _GIRLFRIEND_RECORDING,
    _YEARBOOK, _SCREEN_TIME, _ORCHESTRA_TOUR, _BIRTHDAY_DECOR,
)
