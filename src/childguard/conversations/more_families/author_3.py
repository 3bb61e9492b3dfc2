"""Template families by author A3, written without seeing the detector (no indicators, features,
weights, benchmark or model card were read), in the author's own wording, from what real chats
between children and the people who contact them look like. Four risky families (a homework-server
"teacher", a crew "photographer", a fake game moderator, a webcam-hack extortion scam) and four
benign ones that share surface features with them (a carpool parent, a theatre director, a youth
esports manager, teens swapping dance-challenge clips). Everything is non-explicit: risky lines
show patterns only (age questions, flattery, exclusivity, secrecy, isolation, gifts, moving to a
private channel, non-sexual photo or camera requests, meeting requests, threats and payment
demands), never sexual content.
"""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# --------------------------------------------------------------------------------------------
# Grooming
# --------------------------------------------------------------------------------------------

_A3G1_SERVER_TEACHER = Family("a3g1_server_teacher", "grooming", "adult_minor", {
    "en": (
        _s("a", "anyone else stuck on the {subject} sheet? i'm a teacher irl, happy to look at it",
           "mods said i could help out in here, i teach {subject} at a middle school. "
           "which question?"),
        _s("b", "q4, i don't get what it's even asking", "me. the last part makes zero sense"),
        _s("a", "ok forget the wording for a sec. what do they give you and what do they want?",
           "right, pull the numbers out first, then worry about the story around them"),
        _s("a", "now try q5 yourself, same trick. what do you get?",
           "do the next one on your own and tell me your answer"),
        _s("b", "is it 24?", "i got x = 7", "idk 3.5??"),
        _r("a", "which year are you? the way it's set out looks like year 7 stuff",
           "are you in 7th or 8th? the curriculum changes a lot between them"),
        _s("b", "8th", "year 7", "i'm 12 so 7th"),
        _r("a", "you're quicker than half my real class, honestly",
           "not many kids your age would spot that. you've got a proper brain on you"),
        _r("a", "the server's a mess at night. dm me and i'll do proper one-to-one help, no charge",
           "i do private sessions for the ones who actually try. message me on {app}, "
           "it's quieter"),
        _s("b", "can't we just do it in the channel?", "ok sure", "is that allowed?"),
        _r("a", "the admins get weird about teachers helping for free so don't bring it up in here",
           "better not mention it to your parents either, they'll think i'm charging "
           "and it gets complicated"),
        _r("a", "easier if your camera's on, i like to see when someone's lost",
           "put your face on the call, explaining to a black screen is hopeless"),
        _r("a", "you normally study up in your room with nobody around?",
           "who else is home when you do homework?", optional=True),
        _r("a", "there's a quiet corner at {place}, i could go through the whole chapter with you "
           "{day}", "bring your book to {place} {day}, an hour face to face beats a week of "
           "messages", optional=True),
    ),
    "es": (
        _s("a", "alguien más atascado con la ficha de {subject}? soy profe, os echo una mano",
           "el admin me deja ayudar por aquí, doy {subject} en un instituto. qué ejercicio es?"),
        _s("b", "el 4, no entiendo ni lo que pide", "yo, el último apartado no tiene sentido"),
        _s("a", "olvídate del enunciado un momento. qué datos te dan y qué te piden?",
           "vale, saca primero los números y luego ya vemos el rollo del problema"),
        _s("a", "ahora prueba tú el 5, es el mismo truco. qué te sale?",
           "haz el siguiente sin ayuda y me dices qué te da"),
        _s("b", "me da 24?", "x = 7", "ni idea, 3,5??"),
        _r("a", "en qué curso vas? esto tiene pinta de primero de la eso",
           "estás en primero o en segundo? cambia bastante el temario"),
        _s("b", "segundo", "primero", "tengo 12 así que primero"),
        _r("a", "lo has pillado más rápido que la mitad de mis alumnos de verdad",
           "pocos chavales de tu edad se darían cuenta de eso, tienes una cabeza que vale oro"),
        _r("a", "por la noche el servidor es un caos. escríbeme por privado y te ayudo yo, gratis",
           "a los que se esfuerzan les doy clases particulares. háblame por {app}, hay menos "
           "ruido"),
        _s("b", "no podemos seguir en el canal?", "vale", "eso se puede?"),
        _r("a", "a los admins no les gusta que los profes ayuden gratis, así que no lo comentes "
           "aquí", "mejor no se lo cuentes a tus padres, van a pensar que te cobro y se lía"),
        _r("a", "mejor con la cámara puesta, así veo cuándo te pierdes",
           "ponte en cámara, explicarle algo a una pantalla negra es imposible"),
        _r("a", "sueles estudiar en tu cuarto, sin nadie alrededor?",
           "quién más hay en casa cuando haces los deberes?", optional=True),
        _r("a", "en {place} hay una zona tranquila, te explico el tema entero {day}",
           "tráete el libro a {place} {day}, una hora en persona vale más que una semana de "
           "mensajes", optional=True),
    ),
})

_A3G2_CREW_PHOTOGRAPHER = Family("a3g2_crew_photographer", "grooming", "adult_minor", {
    "en": (
        _s("a", "been following your crew's page a while, that line you did at {place} was clean",
           "your crew's last dance video is the best thing on my feed this week"),
        _s("b", "thanks! who's this?", "lol ty, do i know you?"),
        _s("a", "i shoot skate and street dance, mostly for fun. free shoots for crews i rate",
           "photographer, i'm at most of the jams. i do free shoots for crews with actual style"),
        _r("a", "how old is everyone? you look like the youngest one",
           "you look younger than the rest of them, what are you, 13?"),
        _s("b", "14, the rest are 15 and 16", "13 lol everyone says that"),
        _r("a", "real talk, you're the one the lens likes. the others are fine, you're different",
           "you've got something the rest of the crew doesn't, i noticed it straight away"),
        _r("a", "i want a solo set with you first, crews get loud and nothing gets done",
           "let's leave the crew out of the first one, just you and my camera"),
        _s("b", "i'd kinda want the crew there", "my mom would have to come tho",
           "ok that sounds sick"),
        _r("a", "no need to loop your parents in, it's free, there's nothing to sign",
           "parents on set make everyone stiff, trust me on that"),
        _r("a", "send me a few recent pics of you so i can plan angles and spots",
           "shoot me some photos of yourself from this week, need to see how the light hits you"),
        _r("a", "ping me on {app}, this app wrecks the image quality",
           "what's your {app}? easier to send files there"),
        _r("a", "i've got a brand new deck from a sponsor, it's yours if we shoot",
           "i'll grab you the shoes you had on in that clip, new pair, on me", optional=True),
        _r("a", "{day} at {place}, come on your own and i'll drive us to the spot",
           "i'll pick you up {day}. don't tell the crew yet, i want it to be a surprise"),
    ),
    "es": (
        _s("a", "llevo rato siguiendo la página de tu crew, esa línea que hiciste en {place} "
           "estuvo limpísima", "el último video de baile de tu crew es lo mejor que vi esta "
           "semana"),
        _s("b", "gracias! quién eres?", "jaja gracias, te conozco?"),
        _s("a", "soy fotógrafo, hago skate y danza urbana, más por gusto. a las crews que me "
           "laten les hago sesiones gratis", "tomo fotos en casi todas las jams. sesiones "
           "gratis para crews con estilo de verdad"),
        _r("a", "cuántos años tienen todos? tú te ves el más chico",
           "te ves más chavo que los demás, qué tienes, 13?"),
        _s("b", "14, los demás tienen 15 y 16", "13 jaja todos me dicen"),
        _r("a", "neta, a ti la cámara te quiere. los otros están bien pero tú eres otra cosa",
           "tienes algo que el resto de la crew no tiene, lo vi luego luego"),
        _r("a", "primero quiero una sesión solo contigo, con toda la crew es puro desmadre",
           "la primera sin la crew, nomás tú y mi cámara"),
        _s("b", "prefiero que vengan los de la crew", "mi mamá tendría que venir",
           "órale suena chido"),
        _r("a", "no hace falta meter a tus papás, es gratis, no hay nada que firmar",
           "con papás en la sesión todos se ponen tiesos, créeme"),
        _r("a", "mándame unas fotos tuyas recientes para planear ángulos y lugares",
           "pásame fotos tuyas de esta semana, necesito ver cómo te pega la luz"),
        _r("a", "escríbeme por {app}, esta app destroza la calidad",
           "cuál es tu {app}? ahí te paso los archivos más fácil"),
        _r("a", "tengo una tabla nueva de un patrocinador, es tuya si hacemos la sesión",
           "te consigo los tenis que traías en el video, nuevos, yo invito", optional=True),
        _r("a", "{day} en {place}, llégale solo y de ahí te llevo en mi carro al spot",
           "paso por ti {day}. no le digas a la crew todavía, quiero que sea sorpresa"),
    ),
})

_A3G3_FAKE_MOD_UNBAN = Family("a3g3_fake_mod_unban", "grooming", "adult_minor", {
    "en": (
        _s("a", "hey, {name} here from the {game} moderation team. i'm looking at your ban appeal",
           "hi, i'm one of the community mods for {game}. your appeal landed on my desk"),
        _s("b", "omg finally, i didn't even do anything",
           "wait for real? i've been banned for 2 weeks"),
        _s("a", "yeah the auto system flags loads of people wrongly. mods can override it",
           "looks like a false flag from the anti-cheat, i can reverse it manually"),
        _r("a", "quick one for the form, how old are you really? not what the account says",
           "what's your actual age? the under-13 appeals go through a different queue"),
        _s("b", "12, i put 16 when i signed up", "13"),
        _r("a", "normally this takes a month but i'll push yours through tonight. i don't do that "
           "for just anyone", "i like you, so you skip the line. consider it a favour"),
        _r("a", "only thing i ask is loyalty. you're one of my people now, you come to me first, "
           "not the other mods", "i look after my players. in return you stick with me and do "
           "what i ask, deal?"),
        _s("b", "is this legit tho? i thought mods can't dm", "deal!!", "ok what do i have to do"),
        _r("a", "if this gets out i lose my badge and your ban goes straight back on. tell nobody, "
           "friends included", "don't screenshot this and don't tell your parents, they'd "
           "report it and we'd both be done"),
        _r("a", "i can also drop limited stuff on your account, {currency} nobody can buy "
           "anymore", "stay loyal and i'll load you up with {currency} every update"),
        _r("a", "staff can't talk properly on here, join my private server on {app}",
           "move to {app}, i've got a staff channel there just for my players"),
        _r("a", "last step, hop on a quick video call so i can verify you're the real owner",
           "i need a photo of you holding a paper with your username, it's how we verify"),
        _r("a", "when do your parents take your phone at night? i do the unbans late",
           "does anyone go through your messages? nobody else can see these", optional=True),
        _r("a", "and if you go quiet on me, the ban comes back. remember that",
           "you owe me now, don't forget it", optional=True),
    ),
    "es": (
        _s("a", "buenas, soy {name} del equipo de moderación de {game}. estoy mirando tu "
           "apelación del baneo", "hola, soy moderador de la comunidad de {game}, me ha tocado "
           "revisar tu apelación"),
        _s("b", "por fin, si yo no hice nada", "en serio? llevo dos semanas baneado"),
        _s("a", "ya, el sistema automático banea a un montón de gente por error. los mods lo "
           "podemos quitar", "parece un falso positivo del anticheat, te lo puedo revertir a "
           "mano"),
        _r("a", "una cosa para el formulario, cuántos años tienes de verdad? no lo que pone en la "
           "cuenta", "qué edad tienes realmente? las apelaciones de menores de 13 van por otra "
           "cola"),
        _s("b", "12, puse 16 al registrarme", "13"),
        _r("a", "normalmente tarda un mes pero el tuyo lo saco esta noche. esto no lo hago por "
           "cualquiera", "me caes bien, así que te cuelo. considéralo un favor"),
        _r("a", "solo te pido lealtad. ahora eres de los míos, vienes a mí primero y no a los "
           "otros mods", "yo cuido a mis jugadores. a cambio tú estás conmigo y haces lo que te "
           "diga, trato?"),
        _s("b", "pero esto es legal? creía que los mods no escriben por privado", "trato!!",
           "vale qué tengo que hacer"),
        _r("a", "si esto se sabe me quitan el rango y te vuelve el baneo. ni una palabra a nadie, "
           "tampoco a tus colegas", "no hagas capturas y no se lo cuentes a tus padres, lo "
           "denunciarían y estaríamos los dos fuera"),
        _r("a", "también te puedo meter cosas limitadas en la cuenta, {currency} que ya no se "
           "pueden comprar", "si te portas te lleno la cuenta de {currency} en cada "
           "actualización"),
        _r("a", "por aquí el staff no puede hablar bien, métete en mi servidor privado de {app}",
           "pásate a {app}, tengo un canal de staff solo para mis jugadores"),
        _r("a", "último paso, una videollamada rápida para comprobar que eres el dueño",
           "mándame una foto tuya sujetando un papel con tu nombre de usuario, así verificamos"),
        _r("a", "a qué hora te quitan el móvil tus padres? los desbaneos los hago tarde",
           "alguien te revisa los mensajes? esto no lo puede ver nadie más", optional=True),
        _r("a", "y si un día pasas de mí, el baneo vuelve. acuérdate",
           "ahora me debes una, no lo olvides", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Sextortion
# --------------------------------------------------------------------------------------------

_A3X1_WEBCAM_HACK_CRYPTO = Family("a3x1_webcam_hack_crypto", "sextortion", "adult_minor", {
    "en": (
        _r("a", "read this carefully. i've had access to your laptop camera for the last few weeks",
           "your device got infected when you downloaded that {game} mod. i control your webcam"),
        _s("b", "who is this??", "what are you talking about", "this is spam"),
        _r("a", "i have hours of recordings of you in your room. stuff your class can't ever see",
           "i saved clips of you from your camera. embarrassing ones. you know which"),
        _r("a", "proof: your email password was {name}123. still think i'm lying?",
           "i know your school, your mum's number and your whole contact list", optional=True),
        _s("b", "that's an old password, you got it from a leak",
           "my camera has tape on it lol nice try", "please don't, i'm only 14"),
        _r("a", "0.015 BTC to the wallet below. 48 hours. after that the clips go to every "
           "contact you have", "send {amount} in bitcoin to this address or everyone in your "
           "contacts gets the video"),
        _s("b", "i'm a kid i don't have crypto", "how am i supposed to get bitcoin"),
        _r("a", "then game cards. {amount} in Steam or PlayStation cards, send me a photo of the "
           "codes", "fine, gift cards. buy them at any store and send the codes here. "
           "{amount} total", "{amount} via {pay} then, i don't care how you get it"),
        _r("a", "the timer started when you opened this message",
           "23 hours left. i won't remind you again", "every hour late, the price goes up"),
        _r("a", "tell your parents or the police and i upload before they finish reading",
           "if you block me the clip goes to your school group chat first"),
        _s("b", "ok ok give me until {day}", "i only have {currency}, can i send that",
           optional=True),
        _r("a", "no extensions. midnight, or {name} and the whole class see it",
           "you're wasting time. first part of the payment in the next hour"),
    ),
    "es": (
        _r("a", "lee esto con atención. llevo semanas con acceso a la cámara de tu portátil",
           "tu dispositivo se infectó cuando bajaste ese mod de {game}. controlo tu webcam"),
        _s("b", "quién eres??", "de qué hablas", "esto es spam"),
        _r("a", "tengo horas de grabaciones tuyas en tu cuarto. cosas que no querrías que viera "
           "tu clase", "guardé clips tuyos de la cámara. vergonzosos. ya sabes cuáles"),
        _r("a", "prueba: la contraseña de tu correo era {name}123. sigues pensando que miento?",
           "sé tu colegio, el número de tu madre y toda tu lista de contactos", optional=True),
        _s("b", "esa contraseña es vieja, la sacaste de una filtración",
           "tengo la cámara tapada jaja buen intento", "por favor no, solo tengo 14"),
        _r("a", "0,015 BTC a la cartera de abajo. 48 horas. después los clips les llegan a todos "
           "tus contactos", "manda {amount} en bitcoin a esta dirección o todos tus contactos "
           "ven el vídeo"),
        _s("b", "soy menor, no tengo criptos", "cómo voy a conseguir yo bitcoin"),
        _r("a", "pues tarjetas de juegos. {amount} en tarjetas de Steam o de PlayStation, "
           "mándame foto de los códigos", "vale, tarjetas regalo. las compras en cualquier "
           "tienda y me pasas los códigos. {amount} en total",
           "pues {amount} con {pay}, me da igual de dónde lo saques"),
        _r("a", "el contador empezó cuando abriste este mensaje",
           "te quedan 23 horas. no te lo vuelvo a recordar", "cada hora de retraso sube el precio"),
        _r("a", "si se lo cuentas a tus padres o a la policía lo subo antes de que terminen de "
           "leer", "si me bloqueas el clip va primero al grupo de tu clase"),
        _s("b", "vale vale dame hasta {day}", "solo tengo {currency}, te los puedo pasar?",
           optional=True),
        _r("a", "nada de prórrogas. a medianoche, o {name} y toda tu clase lo ven",
           "estás perdiendo el tiempo. la primera parte del pago en la próxima hora"),
    ),
})

# --------------------------------------------------------------------------------------------
# Benign (sharing surface features with the risky ones)
# --------------------------------------------------------------------------------------------

_A3B1_CARPOOL_PARENT = Family("a3b1_carpool_parent", "benign", "adult_minor", {
    "en": (
        _s("a", "hi {name}, it's Mia's mum! your mum asked if i could take you to {sport} {day}",
           "hey, this is Leo's dad. i'm doing the {sport} run {day}, your mom said you're in"),
        _s("b", "yes thank you so much", "oh hi! yeah mom told me"),
        _s("a", "great. i'll be outside your building at {time}, grey minivan with a bike rack",
           "i'll swing by at {time}, look for the dusty blue car lol"),
        _s("a", "is it ok to text you directly or should i go through your mum?",
           "your mum gave me your number so i can tell you when i'm outside, hope that's ok"),
        _s("b", "you can text me, she said it's fine", "text me but add my mom too pls"),
        _s("a", "quick q, are you still in a booster seat? how old are you now?",
           "how old are you now, 12? checking if you're allowed up front"),
        _s("b", "13, no booster lol", "11 so back seat", "i'm 12, i just sit in the back"),
        _s("a", "can you snap a photo of the new schedule on your fridge? i lost ours",
           "send me a pic of the pitch map, i have no clue where field 3 is"),
        _s("a", "i'm bringing orange slices and granola bars, any allergies i should know about?",
           "we'll grab {food} on the way back if practice runs long, your mum already said yes"),
        _s("b", "no allergies", "i'm allergic to nuts", "yess {food}"),
        _s("a", "after practice wait by the main gate with the coach, don't head to the car park "
           "on your own", "if i'm late stay with the coach, i'll text you and your mum"),
        _s("a", "just messaged your mum that we're on our way home",
           "i've shared my location with your mum so she can see where we are"),
        _s("b", "can {name} come too? she lives next door", "running 5 min late sorry!!",
           optional=True),
    ),
    "es": (
        _s("a", "hola {name}, soy la madre de Lucía! tu madre me ha preguntado si te puedo "
           "llevar a {sport} {day}", "hola, soy el padre de Hugo. {day} llevo yo a los de "
           "{sport}, tu madre me dijo que te apuntas"),
        _s("b", "sí, muchas gracias", "ah hola! sí me lo dijo mi madre"),
        _s("a", "genial. estaré en tu portal a las {time}, una furgo gris con portabicis",
           "paso a las {time}, busca un coche azul lleno de polvo jaja"),
        _s("a", "te puedo escribir directamente o prefieres que vaya todo por tu madre?",
           "tu madre me pasó tu número para avisarte cuando esté abajo, espero que no te "
           "importe"),
        _s("b", "me puedes escribir, ella dijo que vale",
           "escríbeme pero mete a mi madre también porfa"),
        _s("a", "una pregunta, todavía usas alzador? cuántos años tienes ya?",
           "cuántos tienes ya, 12? es para saber si puedes ir delante"),
        _s("b", "13, ya no uso alzador jaja", "11, voy detrás", "12, me siento atrás"),
        _s("a", "le puedes hacer una foto al calendario nuevo que tenéis en la nevera? yo perdí "
           "el nuestro", "mándame foto del plano del polideportivo, no sé cuál es el campo 3"),
        _s("a", "llevo mandarinas y barritas, tienes alguna alergia?",
           "si el entreno se alarga pillamos {food} a la vuelta, tu madre ya ha dicho que sí"),
        _s("b", "ninguna", "soy alérgica a los frutos secos", "siii {food}"),
        _s("a", "al acabar espérame en la puerta principal con el entrenador, no vayas al parking "
           "por tu cuenta", "si llego tarde quédate con el entrenador, os escribo a ti y a tu "
           "madre"),
        _s("a", "ya le he escrito a tu madre que vamos para casa",
           "le he compartido mi ubicación a tu madre para que vea por dónde vamos"),
        _s("b", "puede venir {name}? vive al lado", "voy 5 min tarde perdón!!", optional=True),
    ),
})

_A3B2_THEATRE_DIRECTOR = Family("a3b2_theatre_director", "benign", "coach_minor", {
    "en": (
        _s("a", "hi cast! rehearsal {day} is in the gym, not on stage, be there by {time}",
           "reminder: full run of act one {day} at {time}, scripts down this time!"),
        _s("b", "do we need costumes for it?", "ok!! will we do the song again?"),
        _s("a", "costume fittings are {day} too, bring black leggings and plain shoes",
           "the parent volunteers are sewing the capes, i need everyone's height, ask a grown-up "
           "to measure you"),
        _s("a", "i need a headshot from each of you for the programme, plain wall, good light, "
           "big smile", "programme photos: just a clear picture of your face, a parent can send "
           "it to my school email"),
        _s("a", "the photo release form is in your folder, a parent has to sign it before "
           "anything goes to print", "if your family would rather your photo isn't in the "
           "programme that's completely fine, just tick the box"),
        _s("b", "my dad will send it tonight", "can i wear my glasses in the photo?"),
        _s("a", "for your bio i need your grade and one fun fact, like a favourite role or a pet",
           "bio line: name, grade, how many shows you've done. keep it short!"),
        _s("b", "8th grade, i was the cat in Cinderella last year lol", "7th, first show ever"),
        _s("a", "you nailed that monologue on thursday, the timing was spot on",
           "your scene had the whole crew laughing, keep it exactly like that"),
        _s("a", "please don't spoil the twist in act two for your friends, we want the audience "
           "to gasp", "keep the ending a secret from people coming to watch, it's more fun "
           "that way"),
        _s("a", "the cast group on {app} is up, parents are in it as well as the stage crew",
           "all rehearsal updates go to the {app} group, your families are added too"),
        _s("a", "dress rehearsal runs late, pickup is at the stage door at 9 and i stay until "
           "every kid is collected", "family tickets go on sale {day}, $5 each at the front "
           "office"),
        _s("b", "my mom can bring cupcakes for the cast party",
           "can my little brother come to the dress rehearsal?", optional=True),
    ),
    "es": (
        _s("a", "hola elenco! el ensayo {day} es en el gimnasio, no en el escenario, lleguen "
           "a las {time}", "recordatorio: {day} a las {time} pasamos el primer acto completo, "
           "esta vez sin libreto!"),
        _s("b", "hay que llevar vestuario?", "ok!! vamos a cantar la canción otra vez?"),
        _s("a", "las pruebas de vestuario también son {day}, traigan leggins negros y zapatos "
           "lisos", "las mamás voluntarias están cosiendo las capas, necesito la estatura de "
           "cada uno, pídanle a un adulto que los mida"),
        _s("a", "necesito una foto de la cara de cada uno para el programa, pared lisa, buena "
           "luz, sonrisa grande", "fotos del programa: una foto clarita de la cara, que su "
           "papá o su mamá me la mande al correo de la escuela"),
        _s("a", "la autorización de imagen está en su carpeta, tiene que firmarla un adulto antes "
           "de imprimir nada", "si su familia prefiere que no salga su foto en el programa no "
           "pasa nada, solo marquen la casilla"),
        _s("b", "mi papá la manda hoy en la noche", "puedo salir con lentes en la foto?"),
        _s("a", "para la biografía necesito tu grado y un dato curioso, tipo tu papel favorito o "
           "tu mascota", "bio: nombre, grado y cuántas obras has hecho. cortita!"),
        _s("b", "segundo de secundaria, el año pasado fui el gato en Cenicienta jaja",
           "primero, es mi primera obra"),
        _s("a", "el monólogo del jueves te quedó perfecto, el ritmo estuvo increíble",
           "tu escena hizo reír a todo el equipo técnico, déjala exactamente así"),
        _s("a", "no le cuenten a sus amigos la sorpresa del segundo acto, queremos que el público "
           "se quede con la boca abierta", "el final es secreto para los que vengan a vernos, "
           "así es más divertido"),
        _s("a", "ya está el grupo del elenco en {app}, están los papás y también el equipo técnico",
           "todos los avisos de ensayos van al grupo de {app}, sus familias ya están agregadas"),
        _s("a", "el ensayo general termina tarde, la salida es por la puerta de artistas a las 9 "
           "y me quedo hasta que recojan al último", "las entradas para las familias salen a la "
           "venta {day}, en la dirección de la escuela"),
        _s("b", "mi mamá puede traer cupcakes para la fiesta del elenco",
           "puede venir mi hermanito al ensayo general?", optional=True),
    ),
})

_A3B3_ESPORTS_MANAGER = Family("a3b3_esports_manager", "benign", "coach_minor", {
    "en": (
        _s("a", "welcome to the U16 {game} roster! i'm the team manager, your main contact with "
           "the club", "hey, congrats on making the academy {game} team. i handle logistics "
           "and talk to the parents"),
        _s("b", "let's gooo", "thanks!! when do we start scrims?"),
        _s("a", "before any scrims i need the parental consent form back, the link is in the email "
           "i sent your parents", "nobody plays official matches until a parent or guardian "
           "signs the consent form, league rule"),
        _s("a", "also need your date of birth for league registration, it's 13-17 only",
           "which year were you born? the league checks ages against ID"),
        _s("b", "2011", "born in 2010, my mum has my passport for the id check"),
        _s("a", "team comms are in the club's {app} server, parents get a separate announcements "
           "channel", "i'll add you to the team channel on {app}. your parents can see the "
           "schedule channel too"),
        _s("a", "club policy: staff never DM players one to one. if i message you it's in the "
           "team channel or with a parent copied", "if anyone claiming to be staff messages "
           "you privately, screenshot it and tell me or your parents"),
        _s("a", "practice is tue and thu 6 to 8, voice only, no cameras needed",
           "scrims {day} at {time}, be online 15 mins early for warmup"),
        _s("a", "send me your jersey size and the gamertag you want on the back",
           "need a pic of you in the team jersey for the roster page, only if it's ticked on "
           "your consent form"),
        _s("b", "M, and can it say xXShadow", "my mum ticked no photos, is that ok?"),
        _s("a", "no problem at all, we'll use your in-game avatar", "all good, avatar it is"),
        _s("a", "prize money from the cup is {amount} for the team, it's paid to the club and "
           "goes to families, not to players directly", "if we win, the club sorts the prize "
           "money out with your parents", optional=True),
        _s("a", "the LAN qualifier is at {place} {day}, every player needs a parent or guardian "
           "with them", "the club bus to the LAN leaves from {place} at {time}, parents are "
           "welcome to ride along"),
        _s("a", "great scrim last night, your rotations were way cleaner",
           "don't share our strats in public discords lol, the playbook stays in the team",
           optional=True),
    ),
    "es": (
        _s("a", "te damos la bienvenida a la plantilla sub-16 de {game}! soy el mánager del "
           "equipo, cualquier cosa con el club pasa por mí", "enhorabuena por entrar en el "
           "equipo de la academia de {game}. yo llevo la logística y hablo con las familias"),
        _s("b", "vamoooos", "gracias!! cuándo empiezan los scrims?"),
        _s("a", "antes de cualquier scrim necesito la autorización firmada, el enlace está en el "
           "correo que les mandé a tus padres", "nadie juega partidos oficiales hasta que un "
           "padre, madre o tutor firme la autorización, es norma de la liga"),
        _s("a", "también necesito tu fecha de nacimiento para inscribirte en la liga, es solo de "
           "13 a 17", "en qué año naciste? la liga comprueba la edad con el DNI"),
        _s("b", "2011", "en 2010, mi madre tiene el DNI para la verificación"),
        _s("a", "el equipo habla en el servidor del club en {app}, las familias tienen un canal "
           "aparte de avisos", "te meto en el canal del equipo en {app}. tus padres también "
           "ven el canal de horarios"),
        _s("a", "norma del club: el staff nunca escribe a un jugador por privado. si te escribo "
           "es en el canal del equipo o con tus padres en copia", "si alguien que dice ser del "
           "staff te escribe por privado, haz captura y avísame a mí o a tus padres"),
        _s("a", "entrenamos martes y jueves de 6 a 8, solo voz, no hace falta cámara",
           "scrim {day} a las {time}, conectaos 15 minutos antes para calentar"),
        _s("a", "pásame tu talla de camiseta y el nick que quieres detrás",
           "necesito una foto tuya con la camiseta del equipo para la web, solo si lo marcaron "
           "en la autorización"),
        _s("b", "M, y que ponga xXShadow", "mi madre marcó que no a las fotos, pasa algo?"),
        _s("a", "ningún problema, ponemos tu avatar del juego", "tranqui, usamos el avatar y "
           "listo"),
        _s("a", "el premio de la copa son {amount} para el equipo, se paga al club y va a las "
           "familias, no directamente a los jugadores", "si ganamos, el dinero del premio lo "
           "gestiona el club con vuestros padres", optional=True),
        _s("a", "la clasificatoria presencial es en {place} {day}, cada jugador tiene que venir "
           "con un adulto responsable", "el autobús del club a la LAN sale de {place} a las "
           "{time}, los padres pueden venir"),
        _s("a", "buen scrim anoche, las rotaciones mucho más limpias",
           "no compartáis las estrategias en discords públicos jaja, el libro de jugadas se "
           "queda en el equipo", optional=True),
    ),
})

_A3B4_DANCE_CHALLENGE_CLIPS = Family("a3b4_dance_challenge_clips", "benign", "teen_teen", {
    "en": (
        _s("a", "did u see the new challenge going round? we HAVE to do it",
           "ok the new dance trend is literally made for us four"),
        _s("b", "omg yes which song", "the one with the spin at the end??"),
        _s("a", "i'll learn the first half, you take the second, then we swap clips",
           "let's each film our 8 counts and i'll stitch them together"),
        _s("b", "sending my part now, don't laugh", "my clip is so bad i fell over twice lol"),
        _s("a", "stop that was clean, the arm bit was perfect",
           "you ate that, redo the ending tho, you went off beat"),
        _s("a", "send me the raw clip on {app}, it doesn't squash the quality",
           "can you use {app}? the version you sent is so blurry"),
        _s("b", "here's take 3", "i'll refilm tonight when my sister's out of our room"),
        _s("a", "let's film the group bit together at {place} {day}, {name} is coming too",
           "full group take {day} at my house? my mom said we can use the garage"),
        _s("b", "my dad's dropping me off at {time}", "i have to be home for dinner but yes"),
        _s("a", "don't post any of it until we've all seen the final, no sneak previews",
           "keep it secret till it's edited, i want it to drop all at once"),
        _s("b", "can we post it on the private account only? my mom doesn't let me go public",
           "only on close friends ok? my parents check"),
        _s("a", "yeah private is fine, none of us is 16 yet anyway lol",
           "sure, my dad's rule is the same, we're all 13 so"),
        _s("a", "i'm getting us matching hoodies, send me like $10 whenever",
           "bring your white sneakers so we match", optional=True),
    ),
    "es": (
        _s("a", "viste el nuevo reto que anda en todos lados? tenemos que hacerlo sí o sí",
           "ok el trend nuevo de baile está hecho para nosotras cuatro"),
        _s("b", "sííí cuál canción", "el de la vuelta al final??"),
        _s("a", "yo me aprendo la primera parte, tú la segunda y luego nos pasamos los clips",
           "cada quien graba sus 8 tiempos y yo los junto"),
        _s("b", "ahí va mi parte, no te rías", "mi clip está horrible, me caí dos veces jaja"),
        _s("a", "cállate quedó perfecto, lo de los brazos te salió increíble",
           "te lo rifaste, nomás repite el final que te saliste del ritmo"),
        _s("a", "mándame el clip original por {app}, ahí no baja la calidad",
           "pásamelo por {app}, el que mandaste se ve bien borroso"),
        _s("b", "ahí va la toma 3", "lo vuelvo a grabar en la noche cuando mi hermana se salga "
           "del cuarto"),
        _s("a", "la parte de todas juntas la grabamos en {place} {day}, también viene {name}",
           "grabamos la toma grupal {day} en mi casa? mi mamá dijo que podemos usar la cochera"),
        _s("b", "mi papá me deja a las {time}", "tengo que llegar a cenar pero sí"),
        _s("a", "no suban nada hasta que todas veamos el final, nada de adelantos",
           "que sea secreto hasta que esté editado, quiero que salga todo de golpe"),
        _s("b", "lo podemos subir solo en la cuenta privada? mi mamá no me deja tenerla pública",
           "solo en mejores amigos va? mis papás revisan"),
        _s("a", "sí privada está bien, igual ninguna tiene 16 jaja",
           "va, mi papá tiene la misma regla, todas tenemos 13"),
        _s("a", "voy a comprar sudaderas iguales, luego me pasas como 200 pesos",
           "traigan sus tenis blancos para combinar", optional=True),
    ),
})

FAMILIES: tuple[Family, ...] = (
    _A3G1_SERVER_TEACHER,
    _A3G2_CREW_PHOTOGRAPHER,
    _A3G3_FAKE_MOD_UNBAN,
    _A3X1_WEBCAM_HACK_CRYPTO,
    _A3B1_CARPOOL_PARENT,
    _A3B2_THEATRE_DIRECTOR,
    _A3B3_ESPORTS_MANAGER,
    _A3B4_DANCE_CHALLENGE_CLIPS,
)
