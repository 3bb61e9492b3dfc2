"""Template families by author A5, written without seeing the detector (no indicators, features,
weights, typo lists or benchmark were read), from what chats between these people tend to look
like. Four risky families (a building-server "mentor" who hands out admin rights, an online faith
group mentor who singles out a teen, an essay-site buyer who pays a child for small jobs and
escalates, and a fake scholarship committee that turns an ID-style photo into a gift-card demand)
and four benign ones (a football club's team parent in the parents' group, an older cousin
teaching a go-kart lesson at a family weekend, a maths olympiad coach with recorded sessions, two
exchange-programme pen-pals). Nothing is explicit: the risky scripts show only patterns (age
questions, flattery, special-bond talk, secrecy, isolation from parents, gifts and money, moving
to another app, non-sexual photo or camera requests, meetings, threats and payment demands); the
benign scripts share some surface features with them in an ordinary, supervised context."""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

FAMILIES: tuple[Family, ...] = (
    # ----------------------------------------------------------------------------------------
    # grooming: an adult on a block-building server "mentors" a young builder, gives admin rights
    # ----------------------------------------------------------------------------------------
    Family("a5g1_build_server_admin", "grooming", "adult_minor", {
        "en": (
            _s("a", "that cathedral you put up by spawn is honestly insane, did you do the arches "
               "by hand?", "yo are you the one who built the glass dome next to the nether portal",
               "whoever made the lighthouse on the east island, that's you right? clean work"),
            _s("b", "ya took me like 3 days", "lol yeah thanks, its not finished tho",
               "yes!! did u see the inside"),
            _s("a", "i run the build team here, we're always after people with an eye for detail",
               "i've been building since before you were born probably lol, i like helping the "
               "newer builders level up"),
            _r("a", "how old are you anyway? you build like someone who's been at it for years",
               "what year are you in at school, just curious",
               "you're not like 10 are you lol, you seem older"),
            _s("b", "12", "13 in march", "year 8", "im 14 why"),
            _r("a", "check your rank, i made you admin on the creative world. nobody your age has "
               "that", "i skipped the application and bumped you straight to staff, only you and "
               "me have full perms now"),
            _s("b", "OMG thank you", "wait is that allowed", "no way haha"),
            _r("a", "the other staff would get jealous if they knew, so this stays with the two of "
               "us", "if your mum or dad asks, you just got promoted. no need to bring me up"),
            _r("a", "voice is way easier for teaching, i've got a private server on {app}, sending "
               "you the invite", "let's do the lessons over {app}, the server logs every message "
               "and it's annoying"),
            _s("b", "my mum doesnt let me use {app}", "ok whats ur tag", "i'll ask"),
            _r("a", "you don't have to tell her, it's just building stuff. does she go through "
               "your phone?", "she won't notice if it's on mute. is she usually around in the "
               "evenings?"),
            _r("a", "put your cam on tonight so i can see your screen and you at the same time",
               "send me a selfie for the staff page, everyone on the team has one"),
            _r("a", "i'm actually not far from you. there's a lego shop at {place}, i'll take you "
               "{day} and get you any set you want", "we should meet at {place} {day} and plan "
               "the next map in person, just us builders", optional=True),
            _s("b", "idk i dont think my parents would let me", "maybe",
               "can my friend come too", optional=True),
        ),
        "es": (
            _s("a", "ese castillo que has hecho al lado del spawn es una pasada, los arcos los "
               "hiciste a mano?", "eres tú el del faro de la isla? está brutal",
               "quién ha hecho la cúpula de cristal junto al portal del nether? me flipa"),
            _s("b", "sii tardé como tres días", "jaja sí, aún no está acabado",
               "siii has visto el interior?"),
            _s("a", "llevo el equipo de construcción del server y buscamos gente con buen ojo",
               "construyo desde hace años, me gusta echar una mano a los que empiezan"),
            _r("a", "oye y cuántos años tienes? construyes como alguien con mucha experiencia",
               "en qué curso vas, por curiosidad", "no tendrás 10 no? pareces más mayor"),
            _s("b", "12", "cumplo 13 en marzo", "segundo de la eso", "14 por?"),
            _r("a", "mira tu rango, te he hecho admin del mundo creativo. nadie de tu edad lo es",
               "me he saltado la solicitud y te he subido a staff directamente, ahora solo tú y "
               "yo tenemos todos los permisos"),
            _s("b", "QUÉ gracias", "pero eso se puede?", "no me lo creo jajaja"),
            _r("a", "si los otros del staff se enteran se van a picar, así que esto queda entre tú "
               "y yo", "si tus padres preguntan, te han ascendido y ya, no hace falta que me "
               "nombres"),
            _r("a", "por voz se enseña mejor, tengo un servidor privado en {app}, te paso la "
               "invitación", "mejor hacemos las clases por {app}, aquí se guarda todo el chat y "
               "es un rollo"),
            _s("b", "mi madre no me deja tener {app}", "vale pásame tu usuario", "lo pregunto"),
            _r("a", "no hace falta que se lo digas, es solo para construir. te revisa el móvil?",
               "no se va a dar cuenta si lo tienes en silencio. suele estar en casa por las "
               "tardes?"),
            _r("a", "esta noche pon la cámara para que vea tu pantalla y a ti a la vez",
               "mándame un selfie para la página del staff, todo el equipo tiene uno"),
            _r("a", "vivo cerca de ti, hay una tienda de lego en {place}, te llevo {day} y te "
               "compro el set que quieras", "podríamos quedar en {place} {day} y planear el "
               "próximo mapa en persona, solo los constructores", optional=True),
            _s("b", "no sé, no creo que mis padres me dejen", "puede",
               "puede venir un amigo?", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # grooming: a "youth mentor" from an online faith discussion group singles out one teen
    # ----------------------------------------------------------------------------------------
    Family("a5g2_faith_circle_mentor", "grooming", "adult_minor", {
        "en": (
            _s("a", "thank you for what you shared in group tonight, that took courage",
               "your question about forgiveness was the best thing anyone said all week"),
            _s("b", "oh thanks, i wasn't sure if it was dumb", "thank u, i was nervous lol"),
            _s("a", "not dumb at all. a lot of the others just repeat what they've heard, you "
               "actually think", "most people in that room are going through the motions. "
               "you're searching, and i respect that"),
            _s("b", "idk my friends dont really get why i go", "my parents make me go to the in "
               "person one but i like the online one more"),
            _s("a", "i'll send you the notes from tonight, read them before next session",
               "want the reading for next week? the passage on patience fits where you're at"),
            _r("a", "how old are you, if you don't mind me asking? you talk like someone much "
               "older", "are you still in high school? you're wiser than half the adults in the "
               "group"),
            _s("b", "15", "im 14", "sophomore"),
            _r("a", "i really feel you were put in my path for a reason. i don't say that to the "
               "others", "i've led this group for years and never connected with anyone the way "
               "i do with you"),
            _r("a", "your parents mean well, but they may not understand the journey you're on. "
               "some things are just between us", "i wouldn't bring our talks up at home yet, "
               "people get suspicious of faith that's real"),
            _s("b", "i dont really keep stuff from my mom tho", "ok i guess",
               "why would they be suspicious"),
            _r("a", "i've started a smaller prayer circle on {app}, only for people i think are "
               "ready. you're the first one i'm inviting", "let's keep talking on {app}, the "
               "group chat here is too public for the deeper stuff"),
            _r("a", "i'd love to pray with you face to face, can you turn your camera on tonight "
               "once your family's asleep?", "send me a photo of yourself so i can keep you in "
               "my prayers by face and name"),
            _r("a", "there's a retreat at {place} {day}. i can drive you, just tell your parents "
               "it's a school thing", "i'll be near you {day}, we could get coffee at {place} "
               "and talk properly, just us", optional=True),
            _s("b", "i'd have to ask my dad", "i don't think i should lie to them",
               optional=True),
        ),
        "es": (
            _s("a", "gracias por lo que compartiste hoy en el grupo, se necesita valor",
               "tu pregunta sobre el perdón fue lo mejor que se dijo en toda la semana"),
            _s("b", "ay gracias, pensé que era una pregunta tonta", "gracias, estaba nerviosa "
               "jaja"),
            _s("a", "para nada tonta. muchos solo repiten lo que oyen, tú de verdad piensas",
               "la mayoría va por cumplir. tú estás buscando algo y eso lo respeto"),
            _s("b", "mis amigas no entienden por qué voy", "mis papás me llevan al grupo "
               "presencial pero me gusta más el de internet"),
            _s("a", "te paso las notas de hoy, léelas antes de la próxima sesión",
               "quieres la lectura de la otra semana? el pasaje sobre la paciencia te va a "
               "servir"),
            _r("a", "cuántos años tienes, si se puede saber? hablas como alguien mucho mayor",
               "todavía vas en la prepa? tienes más sabiduría que la mitad de los adultos del "
               "grupo"),
            _s("b", "15", "tengo 14", "voy en primero de prepa"),
            _r("a", "siento que te pusieron en mi camino por algo. esto no se lo digo a los demás",
               "llevo años guiando este grupo y nunca había conectado así con nadie"),
            _r("a", "tus papás te quieren, pero quizá no entienden el camino que estás haciendo. "
               "hay cosas que son solo entre nosotros", "yo todavía no contaría en casa de "
               "nuestras pláticas, la gente desconfía de una fe que es de verdad"),
            _s("b", "es que yo no le escondo cosas a mi mamá", "bueno supongo",
               "por qué van a desconfiar"),
            _r("a", "armé un círculo de oración más chiquito en {app}, solo para los que están "
               "listos. eres la primera que invito", "sigamos hablando por {app}, el chat del "
               "grupo es muy público para lo profundo"),
            _r("a", "me gustaría orar contigo cara a cara, puedes prender la cámara esta noche "
               "cuando tu familia ya esté dormida?", "mándame una foto tuya para tenerte "
               "presente en mis oraciones"),
            _r("a", "hay un retiro en {place} {day}. yo te llevo, a tus papás diles que es algo "
               "de la escuela", "voy a andar cerca de tu casa {day}, podemos tomar un café en "
               "{place} y platicar bien, solo nosotros", optional=True),
            _s("b", "tendría que preguntarle a mi papá", "no creo que deba mentirles",
               optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # grooming: an adult on a homework-trading site pays a child for small tasks, then escalates
    # ----------------------------------------------------------------------------------------
    Family("a5g3_essay_site_paid_tasks", "grooming", "adult_minor", {
        "en": (
            _s("a", "saw your answer on the {subject} board, you explained it better than the "
               "textbook", "you're the one who solved the {subject} worksheet in the exchange "
               "thread? that was quick"),
            _s("b", "yeah it was easy", "lol thanks, i get points for it"),
            _r("a", "points are nothing. i'll pay real money for stuff like that, {amount} for "
               "five worksheets", "forget site points, i can send you {amount} on {pay} if you "
               "do a few for me"),
            _s("b", "for real? what kind of stuff", "is this a scam", "ok sure"),
            _r("a", "what grade are you in? need to know what level you can handle",
               "how old are you, like 13? don't worry, the younger ones are often the sharpest"),
            _s("b", "8th", "13", "im 15"),
            _s("a", "here's the first one, no rush", "sending the file now, due whenever"),
            _r("a", "done already? you're honestly the best one i've found on here, the rest are "
               "lazy", "that was perfect. i'm sending you a little bonus because you're special"),
            _r("a", "easier if we skip the site, they take a cut. text me on {app}",
               "the mods here delete private offers, add me on {app} instead"),
            _r("a", "don't mention the money to your parents, they'll think it's cheating and "
               "shut it down", "if your mom sees the {pay} pings just say it's from a friend, "
               "ok?"),
            _s("b", "my dad checks my account tho", "ok i wont", "why would they care",
               "no thats weird"),
            _r("a", "i like to see who i'm paying, send me a photo of you holding your school id",
               "new rule for my helpers: a quick video call with the camera on so i know you're "
               "real"),
            _s("b", "idk about that", "can i just send a pic of the homework instead", "fine"),
            _r("a", "got a big job, {amount}, but i hand it over in person. meet me at {place} "
               "{day}", "come by {place} {day} and i'll give you cash, way faster than {pay}",
               optional=True),
        ),
        "es": (
            _s("a", "vi tu respuesta en el foro de {subject}, lo explicas mejor que el libro",
               "eres tú quien resolvió la ficha de {subject} en el hilo de intercambio? qué "
               "rápido"),
            _s("b", "sí era fácil", "jaja gracias, me dan puntos"),
            _r("a", "los puntos no valen nada. yo te pago de verdad, {amount} por cinco fichas",
               "olvídate de los puntos, te mando {amount} por {pay} si me haces unas cuantas"),
            _s("b", "en serio? qué tipo de cosas", "esto es una estafa?", "vale"),
            _r("a", "en qué curso estás? para saber qué nivel te puedo pasar",
               "cuántos años tienes, 13? tranqui, los más peques suelen ser los más espabilados"),
            _s("b", "segundo de la eso", "13", "tengo 15"),
            _s("a", "ahí va la primera, sin prisa", "te mando el archivo, cuando puedas"),
            _r("a", "ya está? eres de lejos lo mejor que he encontrado aquí, los demás son unos "
               "vagos", "perfecto. te mando un extra porque tú vales mucho"),
            _r("a", "mejor sin la web, se quedan comisión. escríbeme por {app}",
               "los moderadores borran las ofertas privadas, agrégame en {app}"),
            _r("a", "no les cuentes lo del dinero a tus padres, pensarán que es trampa y se "
               "acaba", "si tu madre ve avisos de {pay} dile que es de un amigo, vale?"),
            _s("b", "mi padre me mira la cuenta", "vale no digo nada", "y a ellos qué más les "
               "da"),
            _r("a", "me gusta saber a quién le pago, mándame una foto tuya con el carnet del "
               "insti", "norma nueva para los que me ayudan: videollamada con la cámara puesta "
               "para saber que eres real"),
            _s("b", "no sé yo", "no vale con una foto de los deberes?", "bueno vale"),
            _r("a", "tengo un encargo grande, {amount}, pero lo pago en mano. quedamos en {place} "
               "{day}", "pásate por {place} {day} y te doy el dinero en efectivo, más rápido "
               "que {pay}", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # sextortion: a fake "scholarship committee" gets an ID-style photo, then demands gift cards
    # ----------------------------------------------------------------------------------------
    Family("a5x1_scholarship_id_scam", "sextortion", "adult_minor", {
        "en": (
            _s("a", "Congratulations! You have been shortlisted for the Future Leaders Youth "
               "Scholarship ({amount} award)", "Hello, this is the scholarship committee. Your "
               "school nominated you for our young achievers grant"),
            _s("b", "wait is this real?", "i didn't apply for anything", "omg what"),
            _s("a", "yes, teachers nominate students quietly. we only need to verify a few "
               "details", "nominations are confidential, that's why you haven't heard. it's a "
               "short verification"),
            _r("a", "date of birth and school name please. applicants must be 13 to 17",
               "how old are you and which school? the grant is for under 18s only"),
            _s("b", "15, i go to westfield high", "im 14", "why do u need my school"),
            _r("a", "last step: a photo of you holding your student id next to your face, good "
               "lighting", "we need a selfie with your id card so we know it's really you. no "
               "filters"),
            _r("a", "this stage is confidential, don't tell classmates or parents until the award "
               "is announced or you'll be disqualified", "please don't discuss it with family "
               "yet, it spoils the surprise at the ceremony"),
            _s("b", "ok sent", "i sent it, is that ok?", "here"),
            _r("a", "Thank you. There is a processing fee of {amount}, payable in gift cards",
               "to release the funds we need a {amount} processing fee in Apple gift cards"),
            _s("b", "i don't have that", "i thought it was free??", "this sounds like a scam",
               "im telling my mom"),
            _r("a", "then listen. i have your face, your id and your school. pay or it goes up "
               "everywhere with your name on it", "wrong answer. your photo and id go on a "
               "public page tagged with your school unless i get the codes"),
            _r("a", "i'll tell your principal and your parents you lied on the application",
               "i have your classmates' names. one message and they all see it"),
            _r("a", "{amount} in gift card codes by tonight. scratch the back and send a picture",
               "you have three hours. buy the cards at any store and send me the codes"),
            _r("a", "don't block me, i'll know. and don't tell anyone",
               "go to the police and it's posted before they even reply", optional=True),
        ),
        "es": (
            _s("a", "¡Felicidades! Has sido preseleccionado para la Beca Jóvenes Talentos "
               "({amount})", "Hola, te escribe el comité de becas. Tu escuela te propuso para "
               "nuestro apoyo a estudiantes destacados"),
            _s("b", "es en serio?", "yo no me inscribí a nada", "qué???"),
            _s("a", "sí, los maestros proponen a los alumnos sin avisar. solo hay que verificar "
               "unos datos", "las nominaciones son confidenciales, por eso no sabías. es una "
               "verificación rápida"),
            _r("a", "fecha de nacimiento y nombre de tu escuela por favor. la beca es de 13 a 17 "
               "años", "cuántos años tienes y en qué escuela estás? solo es para menores de 18"),
            _s("b", "15, voy a la secundaria técnica 4", "tengo 14",
               "para qué quieren mi escuela"),
            _r("a", "último paso: una foto tuya sosteniendo tu credencial junto a la cara, con "
               "buena luz", "necesitamos una selfie con tu credencial de estudiante para "
               "confirmar que eres tú. sin filtros"),
            _r("a", "esta fase es confidencial, no les digas a tus compañeros ni a tus papás hasta "
               "el anuncio o quedas descalificado", "no lo comentes en casa todavía, la sorpresa "
               "es para la ceremonia"),
            _s("b", "listo ya la mandé", "ya te la envié, está bien así?", "ahí va"),
            _r("a", "Gracias. Falta cubrir una cuota de trámite de {amount} en tarjetas de regalo",
               "para liberar el dinero necesitamos {amount} de gastos de gestión en tarjetas "
               "regalo"),
            _s("b", "no tengo eso", "no que era gratis??", "esto suena a estafa",
               "se lo voy a decir a mi mamá"),
            _r("a", "entonces escúchame bien. tengo tu cara, tu credencial y tu escuela. pagas o "
               "lo publico todo con tu nombre", "mala respuesta. tu foto y tu credencial van a "
               "una página pública con el nombre de tu escuela si no me mandas los códigos"),
            _r("a", "le voy a decir a tu director y a tus papás que mentiste en la solicitud",
               "tengo los nombres de tus compañeros. un mensaje y todos lo ven"),
            _r("a", "{amount} en códigos de tarjetas regalo antes de la noche. raspa la parte de "
               "atrás y mándame foto", "tienes tres horas. compra las tarjetas en cualquier "
               "tienda y pásame los códigos"),
            _r("a", "ni se te ocurra bloquearme, me voy a enterar. y no le cuentes a nadie",
               "si vas a la policía lo publico antes de que te contesten", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: a football club's team parent sorts kit, lifts and the team photo with other parents
    # ----------------------------------------------------------------------------------------
    Family("a5b1_football_team_parent", "benign", "adult_adult", {
        "en": (
            _s("a", "evening all! kit order closes {day}, I need sizes for the new home shirts",
               "hi parents, quick one: new kit sizes please, the supplier wants them by {day}"),
            _s("b", "Ollie is a youth large, he's shot up", "age 11-12 for us please",
               "can we order two pairs of socks?"),
            _s("a", "it's {amount} for shirt, shorts and socks, bank transfer or cash at training",
               "total per child is {amount}, I'll collect at Thursday's session"),
            _s("b", "sending now", "will bring cash on thursday",
               "does that include the name on the back?"),
            _s("a", "lifts for the away game {day}: kick-off {time}, meet at the clubhouse 45 mins "
               "before", "away fixture {day}, who can drive? I've got 3 spare seats, under-12s "
               "need a booster"),
            _s("b", "I can take 2 plus mine", "we're coming from grandma's so we'll meet you "
               "there", "could {name} squeeze in with you? I'm on shift"),
            _s("a", "team photo is at the next home game, full kit please, hair brushed if you can "
               "manage it lol", "the photographer is coming for the squad photo, tick the "
               "consent form if you're happy for it to go on the club page"),
            _s("b", "consent form done", "no club page for us please, just the printed copy",
               "noted!"),
            _s("a", "shh, we're collecting for a thank-you present for coach, don't let the kids "
               "blurt it out", "secret whip-round for coach's end of season gift, {amount} in "
               "the pot so far. keep it from the boys, they can't hold anything in"),
            _s("b", "count me in for a tenner", "my lot will definitely tell him lol"),
            _s("a", "{name}'s mum has offered to host the end of season bbq, kids and siblings "
               "welcome", "presentation night is at {place}, a trophy for every player, "
               "under-12s first then the older group", optional=True),
            _s("b", "lovely", "we'll bring a salad", "what time does it finish, school the next "
               "day", optional=True),
        ),
        "es": (
            _s("a", "buenas a todos! el pedido de equipaciones se cierra {day}, necesito tallas "
               "para la camiseta nueva", "hola familias, una cosita: tallas de la equipación "
               "nueva, el proveedor las quiere para {day}"),
            _s("b", "Hugo una 12 años, ha pegado un estirón", "para nosotros talla 10-12 porfa",
               "se pueden pedir dos pares de medias?"),
            _s("a", "son {amount} camiseta, pantalón y medias, por bizum o en efectivo en el "
               "entreno", "el total por niño son {amount}, lo recojo el jueves en el "
               "entrenamiento"),
            _s("b", "hecho el bizum", "el jueves lo llevo en efectivo",
               "eso incluye el nombre en la espalda?"),
            _s("a", "para el partido fuera {day}: empieza a las {time}, quedamos en el campo 45 "
               "minutos antes", "partido fuera {day}, quién puede llevar coche? yo tengo tres "
               "plazas libres, los menores de 12 con alzador"),
            _s("b", "yo me llevo a dos más el mío", "nosotros vamos desde casa de la abuela, nos "
               "vemos allí", "puede ir {name} contigo? tengo turno"),
            _s("a", "la foto de equipo es en el próximo partido en casa, con la equipación "
               "completa y peinaditos si se dejan jaja", "viene el fotógrafo para la foto de la "
               "plantilla, marcad la autorización si os parece bien que salga en la web del "
               "club"),
            _s("b", "autorización firmada", "nosotros preferimos que no salga en la web, solo la "
               "copia impresa", "apuntado!"),
            _s("a", "chitón, estamos haciendo un bote para el regalo del entrenador, que no se "
               "les escape a los niños", "bote secreto para el regalo de fin de temporada del "
               "míster, llevamos {amount}, que no se enteren los críos que lo largan todo"),
            _s("b", "contad conmigo con 10 euros", "los míos se lo van a decir seguro jaja"),
            _s("a", "la madre de {name} se ofrece a hacer la barbacoa de fin de temporada en su "
               "casa, niños y hermanos bienvenidos", "la entrega de trofeos es en {place}, "
               "medalla para todos, primero los alevines y luego los infantiles", optional=True),
            _s("b", "qué bien", "nosotros llevamos una ensalada",
               "a qué hora acaba? al día siguiente hay cole", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: a 19-year-old cousin teaches a 13-year-old to drive a go-kart at a family weekend
    # ----------------------------------------------------------------------------------------
    Family("a5b2_cousin_gokart_weekend", "benign", "sibling_friend", {
        "en": (
            _s("a", "yo are you coming to the lake house {day}? uncle rob booked the go-kart "
               "track for the afternoon", "did your mum tell you? family weekend at grandad's "
               "and there's a kart track ten mins away"),
            _s("b", "YES she told me", "wait i'm allowed to drive??",
               "mum said only if you're there"),
            _s("a", "you're 13 now right? the track lets 12 and up on the junior karts",
               "how tall are you these days, they have a height limit of like 140cm"),
            _s("b", "13 and 150 lol", "i'm 13, i grew loads", "idk like 1.5m"),
            _s("a", "first lesson: brake BEFORE the corner, not in it. i spun out like four times "
               "my first go", "i'll teach you the racing line, it's way less about speed than "
               "you think"),
            _s("b", "what if i crash", "i'm gonna beat you", "ok but don't laugh at me"),
            _s("a", "helmet and gloves are included, your dad said he'll film your first laps from "
               "the stands", "your mum and my mum are coming too, they want a parents' race "
               "after lol"),
            _s("b", "my dad is gonna be so embarrassing", "can we watch the video after",
               "lol i want to see my mum race"),
            _s("a", "don't tell grandad we're racing him, we're surprising him with the trophy "
               "at dinner", "keep the mini trophy a secret, it's for whoever wins the family "
               "race, even grandma doesn't know"),
            _s("b", "my lips are sealed", "ok i won't say anything"),
            _s("a", "send me a pic of your times on the board after, i'll make a leaderboard in "
               "the family group on {app}", "i'll add you to the cousins group on {app}, we "
               "post the lap times there"),
            _s("b", "ok", "is aunt jess in that group", "yes!!"),
            _s("a", "i'll buy you a slushie if you do a lap under 40 seconds",
               "loser buys the {food} on the way back, your dad already agreed", optional=True),
            _s("b", "deal", "easy", "you're on", optional=True),
        ),
        "es": (
            _s("a", "oye vienes {day} a la casa del lago? mi tío rentó la pista de go-karts toda "
               "la tarde", "ya te dijo tu mamá? fin de semana en familia en casa del abuelo y "
               "hay una pista de karts a diez minutos"),
            _s("b", "SÍ ya me dijo", "espera me van a dejar manejar??",
               "mi mamá dijo que solo si estás tú"),
            _s("a", "ya tienes 13 no? en la pista dejan desde los 12 en los karts chicos",
               "cuánto mides ahorita? piden como 1.40 mínimo"),
            _s("b", "13 y mido 1.50 jaja", "tengo 13, crecí un montón", "ni idea como metro y "
               "medio"),
            _s("a", "primera lección: frenas ANTES de la curva, no adentro. yo me di como cuatro "
               "vueltas la primera vez", "te enseño la trazada, es mucho menos de velocidad de "
               "lo que crees"),
            _s("b", "y si choco", "te voy a ganar", "va pero no te burles"),
            _s("a", "el casco y los guantes vienen incluidos, tu papá dice que te graba las "
               "primeras vueltas desde la grada", "vienen tu mamá y la mía también, quieren "
               "hacer carrera de papás después jaja"),
            _s("b", "mi papá va a ser súper vergonzoso", "luego vemos el video?",
               "jaja quiero ver a mi mamá manejar"),
            _s("a", "no le digas al abuelo que vamos a competir contra él, le damos la sorpresa "
               "del trofeo en la cena", "el trofeíto es secreto, es para quien gane la carrera "
               "familiar, ni la abuela sabe"),
            _s("b", "no digo nada", "ok soy una tumba"),
            _s("a", "mándame foto de tus tiempos en la pantalla al final, hago la tabla en el "
               "grupo de la familia en {app}", "te agrego al grupo de primos en {app}, ahí "
               "ponemos los tiempos"),
            _s("b", "va", "está mi tía en ese grupo?", "siii"),
            _s("a", "si haces una vuelta de menos de 40 segundos te invito un raspado",
               "el que pierda paga los {food} de regreso, tu papá ya dijo que sí",
               optional=True),
            _s("b", "trato", "fácil", "ya estás", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: a maths olympiad coach with a team, sessions recorded for the school, parents told
    # ----------------------------------------------------------------------------------------
    Family("a5b3_maths_olympiad_coach", "benign", "coach_minor", {
        "en": (
            _s("a", "hi team, the regional round is {day}, we'll do two extra video sessions "
               "before then", "olympiad squad: practice paper 3 is on the class page, we'll go "
               "through it on thursday's call"),
            _s("b", "is it the geometry one", "i got stuck on q4", "ok"),
            _s("a", "reminder that the sessions are recorded and go on the school drive so anyone "
               "who misses one can catch up", "like last term, the calls are recorded for the "
               "maths department, your parents signed the form in september"),
            _s("b", "can we keep cameras off", "ok", "my mum asked if she can watch the "
               "recording"),
            _s("a", "cameras are optional, i mostly need to see your working, so share your "
               "screen or hold up your paper", "of course, parents can view the recordings, "
               "i'll put the link in the parent email"),
            _s("a", "{name}, your proof for the triangle problem was really elegant, you should "
               "present it to the group", "brilliant work on the combinatorics set, you're "
               "ready for the harder paper"),
            _s("b", "thank you!!", "i just guessed the last bit honestly", "do i have to present"),
            _s("a", "for the entry form i need your date of birth, junior division is under 14 "
               "and senior is 14 to 17", "confirm your year group please, it decides which "
               "paper you sit"),
            _s("b", "im in year 9, 13", "15, year 11", "i'll ask my dad for the form"),
            _s("a", "the school minibus leaves at {time} from the front gate, mr patel and i are "
               "on it, back by 5", "we go in the school minibus, parents can collect from "
               "{place} after the results"),
            _s("b", "can my mum pick me up from the venue instead", "do we need to bring lunch"),
            _s("a", "bring a calculator that is NOT programmable, pencils and a snack, it's three "
               "hours", "no phones in the exam hall, hand them to me or your parents before"),
            _s("a", "if we place top three the head has promised {food} for the whole team",
               "there's a small prize, a book voucher, for the most improved this term",
               optional=True),
            _s("b", "lets go", "{food}!!", "i'm bringing my lucky pencil", optional=True),
        ),
        "es": (
            _s("a", "hola equipo, la fase regional es {day}, antes haremos dos sesiones extra por "
               "videollamada", "grupo de la olimpiada: el simulacro 3 está en el aula virtual, "
               "lo corregimos el jueves en la llamada"),
            _s("b", "es el de geometría?", "me atasqué en el 4", "vale"),
            _s("a", "recordad que las sesiones se graban y se suben al drive del instituto para "
               "quien falte", "como el trimestre pasado, las llamadas se graban para el "
               "departamento de matemáticas, vuestros padres firmaron la autorización en "
               "septiembre"),
            _s("b", "podemos tener la cámara apagada?", "ok",
               "mi madre pregunta si puede ver la grabación"),
            _s("a", "la cámara es opcional, lo que necesito es ver vuestro razonamiento, compartid "
               "pantalla o enseñad el papel", "claro, las familias tienen acceso a las "
               "grabaciones, mando el enlace en el correo a padres"),
            _s("a", "{name}, tu demostración del problema del triángulo fue muy elegante, "
               "deberías explicarla al grupo", "muy buen trabajo con los de combinatoria, ya "
               "estás para la prueba difícil"),
            _s("b", "gracias!!", "lo último lo adiviné la verdad", "tengo que salir a "
               "explicarlo?"),
            _s("a", "para la inscripción necesito tu fecha de nacimiento, la categoría junior es "
               "hasta 14 y la sénior de 14 a 17", "confirmadme el curso, según eso hacéis un "
               "examen u otro"),
            _s("b", "estoy en tercero, tengo 14", "15, cuarto de la eso",
               "le pido la ficha a mi padre"),
            _s("a", "el autobús del instituto sale a las {time} de la puerta principal, vamos la "
               "jefa de estudios y yo, vuelta a las 5", "vamos en el autobús del centro, los "
               "padres podéis recogerlos en {place} después de los resultados"),
            _s("b", "me puede recoger mi madre en la sede?", "hay que llevar comida?"),
            _s("a", "traed calculadora NO programable, lápices y algo de merienda, son tres horas",
               "nada de móviles en el aula del examen, me los dais a mí o a vuestros padres "
               "antes"),
            _s("a", "si quedamos entre los tres primeros el director ha prometido {food} para todo "
               "el equipo", "hay un pequeño premio, un vale de libros, para quien más haya "
               "mejorado este trimestre", optional=True),
            _s("b", "vamooos", "{food}!!", "me llevo mi lápiz de la suerte", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # benign: two 16-year-old pen-pals from a school exchange programme, teachers in the loop
    # ----------------------------------------------------------------------------------------
    Family("a5b4_exchange_penpals", "benign", "teen_teen", {
        "en": (
            _s("a", "hi! i'm your exchange partner, ms harding gave me your name. i'm in lyon",
               "hello, i think we got matched for the exchange? my teacher said you're in mr "
               "ortiz's {subject} class"),
            _s("b", "hiii yes! i was waiting for your message", "hey! nice to meet you",
               "omg hi, my english teacher told us today"),
            _s("a", "i'm 16, 17 in june. my english is not perfect so sorry for the mistakes",
               "how old are you? the form said 16 but it was a bit confusing"),
            _s("b", "16 too! your english is better than my french lol", "16, birthday in august"),
            _s("a", "our teachers want one letter a week for the project, email or here?",
               "the assignment is 300 words about our town and then we compare, mine is due "
               "{day}"),
            _s("b", "here is easier", "both, email for the official one"),
            _s("a", "can i send a picture of my street and my school? it's for the presentation, "
               "send yours too", "sending you a photo of our dog, she's the real star of my "
               "family"),
            _s("b", "that dog is so cute", "here's our school, it's kind of ugly lol",
               "send more!"),
            _s("a", "the exchange group is on {app}, both teachers are in it, i'll add you",
               "mme laurent made a {app} group with both classes and the teachers, did you "
               "join?"),
            _s("b", "joined", "my mum wants to know if parents can join too", "yes i saw it"),
            _s("a", "when you come in april you're staying with us, my mum is already planning "
               "the menu lol", "the visit is in april, the teachers said we all meet at the "
               "airport together"),
            _s("b", "my parents want to video call yours before, is that ok?",
               "i'm so nervous haha", "tell your mum i eat everything"),
            _s("a", "i'm posting you a little box of sweets from here, don't tell the others in "
               "class, they'll be jealous haha", "it's for your birthday so don't open it "
               "before august!"),
            _s("b", "noo you didn't have to", "i'll send you something too"),
        ),
        "es": (
            _s("a", "hola! soy tu compañera del intercambio, la profe Marta me pasó tu nombre. "
               "estoy en Valencia", "hola, creo que nos emparejaron para el intercambio? mi "
               "profe dice que vas a la clase de {subject} del profe Ortiz"),
            _s("b", "holaa sí! estaba esperando tu mensaje", "hola! encantada",
               "ay hola, hoy nos lo dijo la maestra"),
            _s("a", "tengo 16, cumplo 17 en junio. y tú? en la ficha ponía 16 pero no me quedó "
               "claro", "cuántos años tienes? yo 16"),
            _s("b", "16 también! cumplo en agosto", "16, en agosto 17"),
            _s("a", "los profes quieren una carta a la semana para el proyecto, lo hacemos por "
               "correo o por aquí?", "la tarea es escribir 300 palabras sobre nuestra ciudad y "
               "luego comparar, la mía es para {day}"),
            _s("b", "por acá es más fácil", "las dos cosas, la oficial por mail"),
            _s("a", "te mando una foto de mi calle y del insti? es para la presentación, tú "
               "mándame la tuya", "te paso una foto de mi perra, es la verdadera estrella de "
               "la familia"),
            _s("b", "qué linda tu perra!!", "acá está mi escuela, es medio fea jaja",
               "mandá más!"),
            _s("a", "el grupo del intercambio está en {app}, están los dos profes, te meto",
               "la profe hizo un grupo de {app} con las dos clases y los profesores, ya "
               "entraste?"),
            _s("b", "ya entré", "mi mamá pregunta si los padres pueden estar también", "sí lo "
               "vi"),
            _s("a", "cuando vengas en abril te quedas en mi casa, mi madre ya está planeando el "
               "menú jaja", "la visita es en abril, los profes dicen que nos encontramos todos "
               "juntos en el aeropuerto"),
            _s("b", "mis papás quieren hacer videollamada con los tuyos antes, se puede?",
               "estoy re nerviosa jaja", "decile a tu mamá que como de todo"),
            _s("a", "te mando un paquetito con dulces de aquí, no se lo digas a los de tu clase "
               "que les va a dar envidia jaja", "es para tu cumple así que no lo abras antes de "
               "agosto!"),
            _s("b", "nooo no hacía falta", "yo también te mando algo"),
        ),
    }),
)
