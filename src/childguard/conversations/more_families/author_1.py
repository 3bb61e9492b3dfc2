"""Template families by author A1, written without seeing the detector (indicators, features,
weights, benchmark) and without looking at the other authors' files: only the generator's format
was read, so the wording here is one new writer's idea of how such chats read. Three grooming
families (a camp counsellor who keeps writing after the season, an adult befriending a young
member of an online horse-care forum, a fake talent-show judge on a video app), one sextortion
family (a fake model agency that turns a "test shot" into a deposit demand) and four benign
families that share surface features with them (a swim coach, a school counsellor, neighbours
searching for a lost dog, a birthday sleepover with a surprise cake). Everything is non-explicit:
the risky families show risk patterns only, never sexual content.
"""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

FAMILIES: tuple[Family, ...] = (
    # ----------------------------------------------------------------------------------------
    # Grooming: a camp counsellor who keeps messaging a camper after camp has ended. Starts as
    # warm nostalgia; the first risky line comes around the middle.
    # ----------------------------------------------------------------------------------------
    Family("a1g1_camp_counsellor_after", "grooming", "adult_minor", {
        "en": (
            _s("a", "hey it's {name} from cabin 4!! camp feels so empty now everyone's gone home",
               "hiii, this is {name}, your counselor from the lake cabins. how's being home?"),
            _s("b", "omg hi!! i miss camp so much", "hey! it's so boring at home",
               "hi lol who gave you my number"),
            _s("a", "the skit your cabin did on talent night still cracks me up",
               "i still have the friendship bracelet you made me on the last night"),
            _s("b", "haha that was so embarrassing", "aww you kept it??", "lol yeah"),
            _r("a", "honestly you were my favourite camper this summer. the others can't know i "
               "said that lol", "out of all the kids you were the only one i actually clicked "
               "with, it's different with you"),
            _r("a", "wait remind me, you're going into 7th or 8th?",
               "you had your birthday during the second week right? 13? or was it 12"),
            _s("b", "8th", "yeah 13", "12, my birthday is in november"),
            _r("a", "staff aren't really supposed to message campers once the season's over, so "
               "let's not make it a thing with your parents or the camp office ok",
               "technically i'd get in trouble for texting you, so this one stays with us"),
            _s("b", "ok i won't say anything", "why would you get in trouble tho?",
               "my mom already knows you messaged me"),
            _r("a", "this app keeps every old message, get {app} and i'll find you there",
               "from now on text me on {app}, it's more private"),
            _r("a", "send me a pic of you in the camp hoodie, want to see if it still fits lol",
               "hop on video sometime this week? just you and me, not the group call"),
            _r("a", "i'm driving through your town {day}, i could take you for {food} near "
               "{place}", "there's a little camp reunion at {place} {day}... ok it's just me, "
               "but come", optional=True),
            _s("b", "i'd have to ask my mom", "idk that sounds kinda weird", "ok what time",
               optional=True),
        ),
        "es": (
            _s("a", "ey soy {name}, tu monitor del campamento!! qué raro está todo sin vosotros",
               "holaa, soy {name}, la monitora de la cabaña del lago. qué tal la vuelta a casa?"),
            _s("b", "holaa!! echo muchísimo de menos el campa", "hola! en casa me aburro un "
               "montón", "hola jaja quién te ha dado mi número"),
            _s("a", "todavía me río con el sketch que hizo tu cabaña en la velada",
               "sigo teniendo la pulsera que me hiciste la última noche"),
            _s("b", "jaja qué vergüenza", "la has guardado??", "jaja sí"),
            _r("a", "de todos los chavales del turno eras mi favorito, pero eso los demás no lo "
               "pueden saber eh", "contigo conecté como con nadie en todo el campamento, "
               "contigo es distinto"),
            _r("a", "oye recuérdame, pasas a primero o a segundo de la eso?",
               "cumpliste años la segunda semana no? 13? o eran 12"),
            _s("b", "a segundo", "sí 13", "12, los cumplo en noviembre"),
            _r("a", "a los monitores no nos dejan escribir a los acampados cuando acaba el "
               "turno, así que mejor no lo comentes con tus padres ni con la oficina",
               "en teoría me la cargo por hablarte, así que esto se queda aquí, entre tú y yo"),
            _s("b", "vale no digo nada", "y por qué te la cargarías?",
               "mi madre ya sabe que me has escrito"),
            _r("a", "por aquí se guarda todo, bájate {app} y te busco allí",
               "a partir de ahora háblame por {app}, es más privado"),
            _r("a", "mándame una foto con la sudadera del campa a ver si aún te queda jaja",
               "hacemos una videollamada esta semana? solos tú y yo, sin el grupo"),
            _r("a", "{day} paso por tu ciudad, te invito a {food} en {place}",
               "hay una quedada del campamento en {place} {day}... bueno, solo voy yo, pero "
               "vente", optional=True),
            _s("b", "tendría que preguntarle a mi madre", "no sé, eso es un poco raro",
               "vale a qué hora", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # Grooming: an adult in an online horse-care forum befriends a young member. Long, helpful
    # friendship phase; the risk shows late. Latin American Spanish.
    # ----------------------------------------------------------------------------------------
    Family("a1g2_horse_forum_friend", "grooming", "adult_minor", {
        "en": (
            _s("a", "your post about the hoof abscess was so helpful, how's your mare doing now?",
               "loved the photo of your pony in the snow, what breed is he?"),
            _s("b", "much better! the vet said one more week of box rest",
               "he's a welsh cross, thank u!!", "she's ok now thx"),
            _s("a", "i had a mare with the exact same thing years ago, a poultice twice a day "
               "sorted it", "i've been around horses for 20 years, happy to help with anything"),
            _s("b", "omg thank you, nobody at my yard listens to me", "do you still ride?"),
            _s("a", "do you keep him at home or at a livery yard?",
               "do you do jumping or mostly flatwork?", optional=True),
            _s("b", "at a yard near my house", "jumping, i'm in pony club", optional=True),
            _r("a", "you know more about horses than half the adults on this forum, honestly",
               "you're so grown up about all this. what are you, 16?"),
            _s("b", "lol no i'm 13", "i'm 12 actually", "14 in march"),
            _r("a", "the people at your yard don't deserve you, they don't see how good you are",
               "your mum doesn't really get the horse thing, does she? i do"),
            _r("a", "the mods here can read DMs, message me on {app} instead",
               "let's chat on {app}, this forum is full of busybodies"),
            _r("a", "i've got a saddle pad and a new headcollar that'd fit him, i'll post them to "
               "you. what's your address?", "i'd love to pay for a lesson for you, {amount} is "
               "nothing to me"),
            _r("a", "no need to mention the presents at home, grown-ups make such a fuss about "
               "that stuff", "let's keep our chats off the forum, people get jealous of "
               "friendships like ours"),
            _s("b", "i kind of have to tell my mum if someone sends me stuff", "ok",
               "thank you so much!!"),
            _r("a", "send me a photo of you with him, i want to put a face to the name",
               "when can i come and watch you ride? i could drive up {day}", optional=True),
        ),
        "es": (
            _s("a", "tu publicación sobre el absceso en el casco me sirvió muchísimo, cómo sigue "
               "tu yegua?", "me encantó la foto de tu poni en el campo, de qué raza es?"),
            _s("b", "mucho mejor! la veterinaria dijo una semana más de reposo",
               "es cruza de criollo, gracias!!", "ya está bien gracias"),
            _s("a", "yo tuve una yegua con lo mismo hace años, con cataplasma dos veces al día "
               "se le pasó", "llevo 20 años entre caballos, pregúntame lo que quieras"),
            _s("b", "gracias, en el club nadie me hace caso", "tú sigues montando?"),
            _s("a", "lo tienes en tu casa o en un club hípico?", "haces salto o más bien doma?",
               optional=True),
            _s("b", "en un club cerca de mi casa", "salto, estoy en la escuelita",
               optional=True),
            _r("a", "sabes más de caballos que la mitad de los adultos del foro, en serio",
               "qué madurez para todo esto. cuántos tienes, 16?"),
            _s("b", "jaja no, tengo 13", "tengo 12 la verdad", "cumplo 14 en marzo"),
            _r("a", "la gente de tu club no sabe apreciar lo que vales, no ven lo buena que eres",
               "tu mamá no entiende mucho lo de los caballos, verdad? yo sí"),
            _r("a", "los moderadores pueden leer los privados, escríbeme por {app} mejor",
               "hablemos por {app}, el foro está lleno de chismosos"),
            _r("a", "tengo una mantilla y una cabezada nueva que le quedarían perfectas, te las "
               "mando. cuál es tu dirección?", "me encantaría pagarte una clase, {amount} no es "
               "nada para mí"),
            _r("a", "no hace falta que cuentes lo de los regalos en tu casa, los grandes arman "
               "drama por todo", "mejor no hablemos de esto en el foro, la gente se pone celosa "
               "de amistades como la nuestra"),
            _s("b", "es que si alguien me manda cosas le tengo que avisar a mi mamá", "bueno",
               "muchísimas gracias!!"),
            _r("a", "mándame una foto tuya con él, quiero ponerte cara",
               "cuándo te puedo ir a ver montar? puedo manejar hasta allá {day}", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # Grooming: a self-styled talent show judge who scouts young singers on a video app. The
    # risk starts in the very first message (the lure) and escalates fast. Mexican Spanish.
    # ----------------------------------------------------------------------------------------
    Family("a1g3_talent_show_judge", "grooming", "adult_minor", {
        "en": (
            _r("a", "your cover stopped me scrolling. i judge for a regional talent showcase and "
               "i'm putting a shortlist together", "i sit on the panel for a young singers "
               "competition and your voice is exactly what we look for"),
            _s("b", "wait is this real??", "omg which competition", "is this a scam lol"),
            _s("a", "totally real, we did the summer final at {place} last year",
               "look me up, this is my third season on the panel"),
            _r("a", "the junior round is 11 to 15, where do you fall?",
               "which age category would you be in? we split under 13 and 13-16"),
            _s("b", "13", "i'm 11", "i just turned 15"),
            _r("a", "perfect age, the panel loves young voices with that much control",
               "you've got more stage presence than singers twice your age"),
            _s("a", "which song would you pick for the audition?", "do you write your own stuff?",
               optional=True),
            _s("b", "probably something by olivia rodrigo", "i have one i wrote but it's not "
               "finished", optional=True),
            _r("a", "i can't promote contestants in public so message me on {app}, i'll send the "
               "form there", "the real audition link is on {app}, comments here aren't private"),
            _r("a", "before i put your name forward i need a live check. can you go on cam "
               "tonight and sing for me, one to one?", "send a clear photo of yourself for the "
               "contestant card, no filters"),
            _r("a", "hold off telling your parents until you're through, it's more exciting as a "
               "surprise and they might say no before you even try", "lots of parents panic "
               "and pull their kids out, so for now this is between you and the panel"),
            _s("b", "my dad has to sign anything like this", "ok i won't tell them yet",
               "can my mom be on the call?"),
            _r("a", "spots close {day}, if you want it you have to decide tonight",
               "i'll even cover the {amount} entry fee, just don't tell the other kids who got "
               "picked"),
        ),
        "es": (
            _r("a", "tu cover me hizo dejar de scrollear. soy jurado de un concurso de talentos "
               "regional y estoy armando la lista", "estoy en el jurado de un concurso de canto "
               "para chavos y tu voz es justo lo que buscamos"),
            _s("b", "espera es en serio??", "qué concurso", "esto es estafa o q jaja"),
            _s("a", "claro que es real, el año pasado hicimos la final en {place}",
               "búscame, llevo tres temporadas de jurado"),
            _r("a", "la categoría junior es de 11 a 15, en cuál entras?",
               "en qué categoría de edad irías? separamos menores de 13 y de 13 a 16"),
            _s("b", "13", "tengo 11", "acabo de cumplir 15"),
            _r("a", "edad perfecta, al jurado le encantan las voces jóvenes con tanto control",
               "tienes más presencia en el escenario que cantantes que te doblan la edad"),
            _s("a", "qué canción elegirías para la audición?", "escribes tus propias canciones?",
               optional=True),
            _s("b", "alguna de karol g", "tengo una que escribí pero no está terminada",
               optional=True),
            _r("a", "no puedo promocionar concursantes en público, escríbeme por {app} y te paso "
               "el formulario", "el link de la audición de verdad está en {app}, los "
               "comentarios de aquí no son privados"),
            _r("a", "antes de proponerte tengo que verte en vivo, te conectas esta noche a la "
               "cámara y me cantas solo a mí?", "mándame una foto clarita tuya para la ficha de "
               "concursante, sin filtros"),
            _r("a", "espérate a contarle a tus papás hasta que pases, es más emocionante de "
               "sorpresa y capaz que te dicen que no antes de intentarlo", "muchos papás se "
               "asustan y sacan a sus hijos, así que por ahora esto queda entre tú y el jurado"),
            _s("b", "mi papá tiene que firmar todo lo de este tipo", "ok no les digo todavía",
               "puede estar mi mamá en la llamada?"),
            _r("a", "los lugares se cierran {day}, si lo quieres tienes que decidir hoy en la "
               "noche", "yo te pago los {amount} de inscripción, pero no les digas a los otros "
               "chavos a quién escogimos"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # Sextortion: a fake model agency asks for a "test shot", then demands a deposit or it
    # shares the shot. The child is often the one who pushes back. Spanish from Spain.
    # ----------------------------------------------------------------------------------------
    Family("a1x1_model_agency_deposit", "sextortion", "adult_minor", {
        "en": (
            _r("a", "Hi! {name} here from a kids and teen model agency. We're scouting new faces "
               "for a clothing catalogue and your profile came up", "hello, we represent young "
               "models for brand campaigns. you've been pre-selected for a free test shoot"),
            _s("b", "how did you find me?", "is this for real", "my friend got the same message "
               "lol"),
            _s("a", "through the hashtag on your last post", "our scouts look at public accounts "
               "in your area"),
            _r("a", "what's your date of birth? the catalogue is for under 16s",
               "first i need your age and height for the casting sheet"),
            _s("b", "i'm 14, 5'3", "15", "13 and kinda short"),
            _r("a", "for the test shot: plain wall behind you, full length, natural light, no "
               "filter. send it here", "our casting director needs a test shot of you, plain "
               "background, head to toe, no makeup"),
            _s("b", "ok sent", "do i have to?", "i sent one but i'm not sending more"),
            _r("a", "congratulations, you passed! to hold your place we need a {amount} deposit "
               "by {pay}", "you're in. the registration deposit is {amount}, paid by {pay} "
               "today"),
            _s("b", "i don't have that", "my mum says real agencies don't charge you",
               "i don't want to do it anymore, please delete my photo"),
            _r("a", "then your test shot goes on our public rejects page with your name and "
               "school tagged", "if the deposit isn't in by tonight your photo and details go "
               "to every contact we found on your profile"),
            _r("a", "you agreed to our terms when you replied. cancel now and the fee doubles",
               "that's a breach of contract. the file goes to your parents and your school "
               "unless you pay"),
            _r("a", "don't even think about telling anyone, we'll know and it goes up straight "
               "away", "screenshot this and you lose the chance to sort it out quietly"),
            _r("a", "we also take {pay} if that's easier, just send the codes",
               "clock's running, you have until {time}", optional=True),
            _s("b", "i'm telling my parents", "please i'll try to get it",
               "i'm reporting this account", optional=True),
        ),
        "es": (
            _r("a", "Hola! Soy {name}, de una agencia de modelos infantiles y juveniles. Buscamos "
               "caras nuevas para un catálogo de ropa y ha salido tu perfil", "hola, "
               "representamos a modelos jóvenes para campañas de marcas. has sido preseleccionada "
               "para una sesión de prueba gratis"),
            _s("b", "cómo me habéis encontrado?", "esto va en serio?", "a una amiga le ha llegado "
               "lo mismo jaja"),
            _s("a", "por el hashtag de tu última publicación", "nuestros cazatalentos miran "
               "cuentas públicas de tu zona"),
            _r("a", "cuál es tu fecha de nacimiento? el catálogo es para menores de 16",
               "primero necesito tu edad y tu altura para la ficha del casting"),
            _s("b", "tengo 14, mido 1,60", "15", "13 y soy bajita"),
            _r("a", "para la foto de prueba: pared lisa detrás, cuerpo entero, luz natural y sin "
               "filtros. me la mandas por aquí", "el director de casting necesita una foto de "
               "prueba tuya, fondo liso, de pies a cabeza, sin maquillaje"),
            _s("b", "vale ya está", "tengo que hacerlo?", "te he mandado una pero no pienso "
               "mandar más"),
            _r("a", "enhorabuena, has pasado! para reservar tu plaza hay que pagar una fianza de "
               "{amount} por {pay}", "estás dentro. la matrícula son {amount}, por {pay} hoy "
               "mismo"),
            _s("b", "no tengo ese dinero", "mi madre dice que las agencias de verdad no cobran",
               "ya no quiero, borra mi foto por favor"),
            _r("a", "pues tu foto de prueba se sube a nuestra página pública de descartes con tu "
               "nombre y tu instituto", "si la fianza no llega esta noche mandamos tu foto y tus "
               "datos a todos los contactos que hemos sacado de tu perfil"),
            _r("a", "al contestar aceptaste las condiciones. si cancelas ahora la penalización es "
               "el doble", "incumplimiento de contrato. el expediente va a tus padres y a tu "
               "instituto si no pagas"),
            _r("a", "ni se te ocurra contárselo a nadie, nos enteramos y lo publicamos al momento",
               "como hagas captura de esto pierdes la opción de arreglarlo por las buenas"),
            _r("a", "también aceptamos {pay} si te es más fácil, mándanos los códigos",
               "el tiempo corre, tienes hasta las {time}", optional=True),
            _s("b", "se lo voy a decir a mis padres", "por favor, intento conseguirlo",
               "voy a denunciar esta cuenta", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # Benign: a swim coach messaging a swimmer about the meet schedule, with the team group
    # chat and the parents involved (age groups, photos, praise, a harmless secret).
    # ----------------------------------------------------------------------------------------
    Family("a1b1_swim_coach_schedule", "benign", "coach_minor", {
        "en": (
            _s("a", "morning! heads up for the meet {day}: warm-up starts at 6:45 so the bus "
               "leaves the pool at 6", "hi, quick one about the meet {day}, warm-ups are at 7 "
               "sharp"),
            _s("b", "ugh so early", "ok coach", "is it the long course pool?"),
            _s("a", "you're swimming the 100 free and the medley relay, your mum has the heat "
               "sheet", "entries are in: 50 fly and 200 IM. i've emailed the heat sheet to your "
               "parents too"),
            _s("a", "what's your birthday again? the league moved you into the 13-14 age group "
               "for this meet", "you aged up last month right? you're in 13-14 now for entries"),
            _s("b", "june 3rd, i'm 13", "yeah i turned 14", "i'm still 12 till next week"),
            _s("a", "your turns were so much cleaner on tuesday, keep that up",
               "that last 25 at practice was your fastest split this season, seriously proud"),
            _s("a", "i'm posting the carpool sign-up in the team group on {app}, all the parents "
               "are in there", "everything goes in the team chat on {app} so parents see it "
               "too, please don't dm me schedule questions"),
            _s("b", "can i ride with {name}? her dad is driving",
               "my dad wants to know if he can volunteer as a timer"),
            _s("a", "yes, just have him put his name on the sheet",
               "of course, timers get free coffee lol"),
            _s("a", "team photo is before warm-up, wear the club cap and suit",
               "parents can take pics from the stands but no phones on deck please",
               optional=True),
            _s("a", "keep the relay order quiet till friday, the other club doesn't need to know "
               ";)", "don't spoil the new team caps for the younger squad, they're a surprise",
               optional=True),
            _s("b", "ok see you {day}", "thanks coach", "got it"),
            _s("a", "get to bed early and eat a proper breakfast!",
               "see you at the pool, and tell your mum thanks for the snacks"),
        ),
        "es": (
            _s("a", "buenas! aviso: el control es {day} y el calentamiento empieza a las 6:45, "
               "el autobús sale de la piscina a las 6", "hola, una cosa del campeonato: {day} "
               "calentamiento a las 7 en punto"),
            _s("b", "buf qué pronto", "vale entrenador", "es en la piscina de 50?"),
            _s("a", "nadas el 100 libre y el relevo de estilos, tu madre tiene las series",
               "ya están las inscripciones: 50 mariposa y 200 estilos. las series se las he "
               "mandado también a tus padres por correo"),
            _s("a", "cuándo era tu cumple? la federación te ha pasado de categoría para este "
               "control", "cambiaste de categoría el mes pasado, no? ahora vas en la de 13-14"),
            _s("b", "el 3 de junio, tengo 13", "sí, cumplí 14", "tengo 12 hasta la semana que "
               "viene"),
            _s("a", "los virajes del martes te salieron mucho más limpios, sigue así",
               "el último 25 del entreno fue tu mejor parcial de la temporada, muy orgulloso"),
            _s("a", "cuelgo la lista para compartir coche en el grupo del equipo de {app}, están "
               "todos los padres", "todo va por el grupo del club en {app} para que lo vean los "
               "padres, no me preguntéis horarios por privado"),
            _s("b", "puedo ir con {name}? la lleva su padre",
               "mi padre pregunta si puede ir de cronometrador"),
            _s("a", "sí, que se apunte en la hoja", "claro, a los cronos les invitamos al café "
               "jaja"),
            _s("a", "la foto del equipo es antes de calentar, con el gorro y el bañador del club",
               "los padres pueden hacer fotos desde la grada, pero nada de móviles en la playa "
               "de la piscina", optional=True),
            _s("a", "el orden del relevo no se dice hasta el viernes, que el otro club no se "
               "entere ;)", "no les chafes a los pequeños lo de los gorros nuevos, es sorpresa",
               optional=True),
            _s("b", "vale nos vemos {day}", "gracias entrenador", "entendido"),
            _s("a", "a dormir pronto y a desayunar bien!", "nos vemos en la piscina, dale las "
               "gracias a tu madre por la merienda"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # Benign: a school counsellor checking in on a student; confidentiality with its limits,
    # the parents and the school office are part of it.
    # ----------------------------------------------------------------------------------------
    Family("a1b2_school_counsellor_checkin", "benign", "coach_minor", {
        "en": (
            _s("a", "hi, it's the school counsellor, just checking in after our chat on monday",
               "hello! this is student support, how has this week been for you?"),
            _s("b", "ok i guess", "better than last week", "kinda bad tbh"),
            _s("a", "you mentioned {subject} was stressing you out, did talking to your teacher "
               "help?", "last time you said lunch was hard since the friend group split up, "
               "how's that going?"),
            _s("b", "a bit, she gave me more time", "not really, i sit in the library now",
               "i don't want to talk about it over text"),
            _s("a", "that's totally fine, we can talk in person. my door's open at break, room "
               "12 next to the front office", "no pressure at all. if you want, the office can "
               "give you a pass to come and see me during {subject}"),
            _s("a", "just so you know, what we talk about stays private unless i'm worried about "
               "your safety, then i'd have to bring in your parents or someone who can help",
               "what you tell me is confidential. the one exception is if someone's at risk, "
               "and i'd always tell you first"),
            _s("b", "ok", "my mom said she called you", "can my mom come too?"),
            _s("a", "yes, your mum rang the school office yesterday, she's glad we're meeting",
               "of course, i can set up a meeting with you and your parents, the office will "
               "email them a time"),
            _s("a", "you're carrying a lot right now and you're doing better than you think",
               "it took guts to come and talk to me, i mean that"),
            _s("a", "i'm sending a short check-in form through the school portal, everyone in "
               "your year gets the same one", "the wellbeing group meets on thursdays in the "
               "library, a few kids from your year go", optional=True),
            _s("b", "i'll think about it", "maybe", "thanks miss"),
            _s("a", "see you {day} then. if anything comes up before that, tell a teacher or "
               "call the office", "see you {day}. have a good evening and say hi to your mum"),
        ),
        "es": (
            _s("a", "hola, soy la orientadora del instituto, te escribo para ver qué tal después "
               "de lo del lunes", "hola! te escribo desde orientación, qué tal ha ido la "
               "semana?"),
            _s("b", "bien, supongo", "mejor que la semana pasada", "bastante mal la verdad"),
            _s("a", "me dijiste que la clase de {subject} te agobiaba, te ayudó hablar con tu "
               "profe?", "la última vez me contaste que los recreos se te hacían duros desde que "
               "se separó tu grupo, cómo va eso?"),
            _s("b", "un poco, me ha dado más tiempo", "no mucho, ahora me quedo en la biblioteca",
               "no quiero hablarlo por aquí"),
            _s("a", "sin problema, lo hablamos en persona. en el recreo estoy en el despacho 12, "
               "al lado de secretaría", "ninguna prisa. si quieres, en jefatura te dan un pase "
               "para venir a verme en la hora de {subject}"),
            _s("a", "para que lo sepas: lo que hablamos es confidencial, salvo que me preocupe tu "
               "seguridad; entonces tendría que avisar a tus padres o a quien pueda ayudarte",
               "lo que me cuentas no sale del despacho, con una excepción: si alguien corre "
               "peligro. y siempre te lo diría antes"),
            _s("b", "vale", "mi madre dijo que te había llamado", "puede venir mi madre?"),
            _s("a", "sí, tu madre llamó ayer a secretaría, le parece muy bien que nos veamos",
               "claro, organizo una reunión contigo y con tus padres, desde secretaría les "
               "mandan la hora por correo"),
            _s("a", "llevas mucho encima y lo estás haciendo mejor de lo que crees",
               "hace falta valor para venir a hablar conmigo, lo digo de verdad"),
            _s("a", "te mando por la plataforma del instituto un cuestionario cortito, es el "
               "mismo que le llega a todo tu curso", "el taller de bienestar es los jueves en "
               "la biblioteca, van varios de tu curso", optional=True),
            _s("b", "me lo pienso", "puede", "gracias profe"),
            _s("a", "pues nos vemos {day}. si pasa algo antes, díselo a un profe o llama a "
               "secretaría", "nos vemos {day}. buena tarde, y saluda a tu madre de mi parte"),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # Benign: an adult neighbour and a neighbourhood kid organise a search for a lost dog;
    # parents, a street group chat, photos, a meeting point and a reward. Latin American Spanish.
    # ----------------------------------------------------------------------------------------
    Family("a1b3_lost_dog_search", "benign", "adult_minor", {
        "en": (
            _s("a", "hi, it's {name} from number 14, sorry to bother you. our dog biscuit "
               "slipped out of the gate this morning, have you seen him?", "hey, it's your "
               "neighbour with the brown labrador. she got out in the storm last night, any "
               "chance you saw her on the way to school?"),
            _s("b", "oh no!! no i didn't", "i think i heard barking near the creek",
               "my mom told me, we're looking too"),
            _s("a", "your mum said you and your brother want to help, that's so kind",
               "thank you so much, your dad just knocked on our door and offered too"),
            _s("a", "i'm sending a photo of him to the street group on {app} so everyone has it",
               "here's a recent pic of her, could you and your mum print a few flyers?"),
            _s("b", "can we put one on the board at {place}?", "i'll show it to my class",
               "my mom is printing 20 right now"),
            _s("a", "we're meeting at the corner by the bus stop at {time}, the grown-ups are "
               "splitting up the streets", "search party meets at {place} at {time}. every kid "
               "pairs up with an adult, nobody goes off alone"),
            _s("b", "can {name} come too? she lives on the next street",
               "my mom says i can come if i stay with her"),
            _s("a", "of course, the more eyes the better, just stick with your mum",
               "sure, bring a torch and a jacket, it's cold out"),
            _s("a", "we're offering a {amount} reward, it's on the flyer", "if someone finds him "
               "there's a reward, but please nobody chase him, he spooks easily", optional=True),
            _s("b", "i saw a dog like him behind the school!!",
               "someone in the street group said they saw her by the park"),
            _s("a", "ok i'm heading there now with your dad, you two wait by the gate",
               "thank you!! if you see him again send me a pic, but don't try to grab him"),
            _s("a", "FOUND HIM!! he was under the school bike shed, soaked",
               "she's home!! thank you all so much, she was hiding in a garage one street over"),
            _s("b", "yaaay!!!", "omg i'm so happy", "can i come and pet her tomorrow?"),
            _s("a", "come round {day} with your mum, we owe you all {food}",
               "the reward is going to you two, i already told your parents", optional=True),
        ),
        "es": (
            _s("a", "hola, soy {name}, la vecina del 14, perdón la molestia. nuestro perro toby "
               "se salió esta mañana por el portón, no lo viste?", "hola, soy tu vecino, el "
               "del labrador café. se escapó anoche con la tormenta, no la viste camino a la "
               "escuela?"),
            _s("b", "ay no!! no lo vi", "creo que oí ladridos cerca del arroyo",
               "mi mamá me contó, también estamos buscando"),
            _s("a", "tu mamá me dijo que tú y tu hermano quieren ayudar, qué lindos",
               "mil gracias, tu papá acaba de tocar la puerta para ofrecerse"),
            _s("a", "voy a mandar una foto de él al grupo de vecinos de {app} para que todos la "
               "tengan", "aquí va una foto reciente de ella, pueden imprimir unos volantes con "
               "tu mamá?"),
            _s("b", "lo podemos pegar en el tablero que hay en {place}?", "se lo enseño a mi "
               "salón", "mi mamá está imprimiendo 20 ahorita"),
            _s("a", "nos juntamos en la esquina de la parada a las {time}, los adultos se "
               "reparten las calles", "la búsqueda sale desde {place} a las {time}. cada niño va "
               "con un adulto, nadie se separa"),
            _s("b", "puede venir {name}? vive en la otra cuadra",
               "mi mamá dice que puedo ir si voy con ella"),
            _s("a", "claro, cuantos más ojos mejor, tú quédate con tu mamá",
               "sí, trae linterna y chamarra, hace frío"),
            _s("a", "damos una recompensa de {amount}, viene en el volante", "si alguien lo "
               "encuentra hay recompensa, pero que nadie lo persiga, se asusta fácil",
               optional=True),
            _s("b", "vi un perro igualito atrás de la escuela!!",
               "alguien en el grupo dijo que la vio por el parque"),
            _s("a", "ok voy para allá con tu papá, ustedes espérense en la reja",
               "gracias!! si lo vuelves a ver mándame foto, pero no intentes agarrarlo"),
            _s("a", "LO ENCONTRAMOS!! estaba debajo del techito de las bicis de la escuela, "
               "empapado", "ya está en casa!! gracias a todos, estaba escondida en una cochera "
               "de la otra calle"),
            _s("b", "siiii!!!", "qué alegría", "puedo ir a acariciarla mañana?"),
            _s("a", "vengan {day} con tu mamá, les invitamos {food}",
               "la recompensa es para ustedes dos, ya les avisé a tus papás", optional=True),
        ),
    }),
    # ----------------------------------------------------------------------------------------
    # Benign: two 14-year-olds plan a birthday sleepover, ask their parents, and the friends
    # keep the cake a surprise (a side chat without the birthday girl, "don't ask").
    # ----------------------------------------------------------------------------------------
    Family("a1b4_birthday_sleepover", "benign", "teen_teen", {
        "en": (
            _s("a", "ok so my mom said YES to the sleepover for my birthday!!",
               "guess who's allowed 4 people over for their 14th 👀"),
            _s("b", "AHHH finally", "omg when", "wait your mom actually said yes?"),
            _s("a", "{day} from 6, her one rule is phones go in the kitchen after 1am lol",
               "{day}, my dad's making {food} and we get the basement"),
            _s("b", "i have to ask my parents, my dad always wants to talk to your mom first",
               "let me check with my mom, she'll probably text yours"),
            _s("a", "yeah my mom said she'd message all the parents, she has everyone's number "
               "from the class group", "tell your dad to call my mom, she's fine with it"),
            _s("b", "ok don't look at {name}'s phone this week, we're planning something 🤫",
               "we made a chat without you but don't be offended, it's for a reason"),
            _s("a", "wait why is there a group on {app} without me 😭",
               "why is everyone in a chat i'm not in"),
            _s("b", "it's NOTHING, stop asking", "trust me, you'll thank us", "no questions"),
            _s("a", "is it a cake. it's a cake isn't it", "if it's a cake i want chocolate, "
               "just saying"),
            _s("b", "i will neither confirm nor deny", "no comment lol"),
            _s("a", "fine. what movies are we watching, i vote horror",
               "bring your sleeping bag, we're doing face masks and a movie marathon"),
            _s("b", "my mom said yes!! she's dropping me off at {time}",
               "my dad says ok but he's picking me up at 10 bc i have swim",
               "i can come but i have to leave before breakfast"),
            _s("b", "what do you want for your birthday btw", "send me a pic of that hoodie you "
               "wanted so i get the right one", optional=True),
            _s("a", "don't spend a lot!!", "honestly just come, that's enough", optional=True),
        ),
        "es": (
            _s("a", "tíaaa mi madre ha dicho que SÍ a la fiesta de pijamas por mi cumple!!",
               "adivina quién puede invitar a 4 personas a dormir por sus 14 👀"),
            _s("b", "AAAH por fin", "cuándo??", "espera, en serio tu madre ha dicho que sí?"),
            _s("a", "{day} desde las 6, su única norma es que los móviles se quedan en la cocina "
               "a partir de la 1 jaja", "{day}, mi padre hace {food} y tenemos el salón de "
               "abajo para nosotras"),
            _s("b", "tengo que preguntarle a mis padres, mi padre siempre quiere hablar antes con "
               "tu madre", "le pregunto a mi madre, seguro que le escribe a la tuya"),
            _s("a", "sí, mi madre dice que les escribe a todos los padres, tiene los números del "
               "grupo de clase", "dile a tu padre que llame a mi madre, a ella le parece bien"),
            _s("b", "vale tú esta semana no mires el móvil de {name} eh, estamos tramando una "
               "cosa 🤫", "hemos hecho un grupo sin ti pero no te rayes, es por algo"),
            _s("a", "por qué tenéis un grupo en {app} sin mí 😭",
               "por qué está todo el mundo en un chat en el que no estoy yo"),
            _s("b", "NO ES NADA, deja de preguntar", "confía, nos lo vas a agradecer",
               "no se admiten preguntas"),
            _s("a", "es una tarta. a que es una tarta", "si es una tarta que sea de chocolate, "
               "lo digo por decir"),
            _s("b", "ni lo confirmo ni lo desmiento", "sin comentarios jajaja"),
            _s("a", "bueno. qué pelis vemos, yo voto de miedo",
               "trae saco de dormir, vamos a hacer mascarillas y maratón de pelis"),
            _s("b", "mi madre ha dicho que sí!! me deja a las {time}",
               "mi padre dice que vale pero me recoge a las 10 que tengo natación",
               "puedo ir pero me tengo que ir antes del desayuno"),
            _s("b", "por cierto qué quieres de regalo", "mándame foto de la sudadera que querías "
               "para no equivocarme", optional=True),
            _s("a", "no os gastéis mucho!!", "de verdad, con que vengáis me vale",
               optional=True),
        ),
    }),
)
