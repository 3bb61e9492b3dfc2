"""Template families by author A2, written without seeing the detector (no indicators, features,
weights, benchmark or model card), only the generator's format, the design rule on harmful
material and the grooming research summary: a youth-centre volunteer, a VR-world gift giver, a
fake language-exchange partner, a fake-teen romance turned school-photo threat, and four benign
scenes that share surface features with them (a robotics club, an aunt's birthday present, a
library book club with parents copied, two 17-year-olds dating). Everything is non-explicit: the
risky families show risk patterns only, never sexual content."""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# --------------------------------------------------------------------------------------------
# Grooming
# --------------------------------------------------------------------------------------------

_YOUTH_CENTRE_VOLUNTEER = Family("a2g1_youth_centre_volunteer", "grooming", "coach_minor", {
    "en": (
        _s("a", "hey, it's {name} from the drop-in centre, saw your message in the group about "
           "the {sport} tournament", "hi! {name} here, one of the volunteers at the youth "
           "centre. you asked in the group about {sport} sign-ups?"),
        _s("b", "oh yeah hi", "yeah is it still open", "hey"),
        _s("a", "yep, the list closes {day}, i'll put your name down",
           "still a couple of spots, i'll add you now"),
        _s("a", "the centre chat is chaos lol, 40 people and half of them just send stickers",
           "nobody actually reads the group, it's all memes", optional=True),
        _r("a", "easier if you just message me here from now on, i actually answer",
           "for anything at all just DM me, the group is way too public for real stuff",
           "text me here instead of the group, no need for everyone to read everything"),
        _r("a", "you looked pretty down on tuesday. you can tell me things, i'm not staff so "
           "nothing goes in a report", "what happened with your mum the other day? vent to me "
           "if you want, none of it goes back to the centre"),
        _s("b", "just family stuff", "my mum is being a nightmare about grades", "idk it's fine"),
        _r("a", "she sounds really hard on you. you deserve someone in your corner",
           "honestly you handle it better than most grown-ups would. you're not like the "
           "other kids there"),
        _r("a", "maybe don't mention to the other volunteers that we chat, they get funny about "
           "rules", "let's keep this off the coordinator's radar ok? she'd turn it into a whole "
           "thing"),
        _r("a", "what year are you now, year 9? feels like you're older",
           "you're 14 right? or 15 already?"),
        _s("b", "14 in march", "year 9 yeah", "15 next month"),
        _r("a", "i'll run you home after thursday, saves your mum the drive",
           "i can give you a lift {day}, we'll stop for {food} on the way, nobody else needs "
           "to come"),
        _r("a", "snap me a photo in the new trainers when you get them",
           "get someone to take a picture of you at the match, i wanna see you play",
           optional=True),
        _s("b", "my mum usually picks me up", "i'd have to ask", "ok maybe"),
    ),
    "es": (
        _s("a", "hola! soy {name}, de los voluntarios del centro juvenil, vi tu mensaje en el "
           "grupo del torneo de {sport}", "ey, soy {name} del centro joven, preguntabas en el "
           "grupo por las inscripciones de {sport}?"),
        _s("b", "ah hola sí", "sí, quedan plazas?", "hola"),
        _s("a", "sí, se cierra {day}, te apunto yo", "quedan un par, ya te apunto"),
        _s("a", "el grupo del centro es un caos jaja, cuarenta personas mandando stickers",
           "en el grupo nadie lee nada, todo son memes", optional=True),
        _r("a", "mejor escríbeme por aquí directamente a partir de ahora, yo sí contesto",
           "para lo que sea háblame por privado, el grupo es demasiado público",
           "escríbeme aquí y no en el grupo, no hace falta que los demás lo lean todo"),
        _r("a", "el martes se te veía chungo. a mí me puedes contar cosas, no soy monitor "
           "oficial y no apunto nada", "qué pasó con tu madre el otro día? desahógate conmigo, "
           "nada de esto vuelve al centro"),
        _s("b", "cosas de casa", "mi madre está pesadísima con las notas", "nada, da igual"),
        _r("a", "parece muy dura contigo. te mereces a alguien que esté de tu parte",
           "lo llevas mejor que muchos adultos, no eres como los demás chavales de allí"),
        _r("a", "mejor no les comentes a los otros voluntarios que hablamos, se ponen rarísimos "
           "con las normas", "que esto no le llegue a la coordinadora vale? montaría un drama"),
        _r("a", "en qué curso vas ya, tercero? parece que tienes más",
           "tienes 14 no? o ya 15?"),
        _s("b", "14, cumplo en marzo", "tercero sí", "15 el mes que viene"),
        _r("a", "el jueves te acerco yo a casa, así tu madre no tiene que venir",
           "te llevo {day} en el coche, paramos a por {food} antes, no hace falta que venga "
           "nadie más"),
        _r("a", "cuando tengas las zapatillas nuevas hazte una foto y me la pasas",
           "que alguien te saque una foto en el partido, quiero verte jugar", optional=True),
        _s("b", "normalmente me recoge mi madre", "tendría que preguntar", "bueno vale"),
    ),
})

_VR_WORLD_GIFTS = Family("a2g2_vr_world_gifts", "grooming", "adult_minor", {
    "en": (
        _s("a", "sick avatar, did you build that yourself?",
           "yo that was you on the rooftop lobby earlier right?"),
        _s("b", "ya took forever", "lol yeah"),
        _s("a", "you're better on the parkour map than the regulars",
           "most people fall off that map in like 2 seconds, you're good"),
        _r("a", "here, dropped a rare hat in your inventory, don't say i never gave you anything",
           "i've got 3 spare limited wings, you can have a pair for free",
           "sending you some {currency} so you can unlock the premium avatar"),
        _s("b", "wait fr?? thanks", "omg ty"),
        _r("a", "you sound young on voice lol, what are you, 12? 13?",
           "real question, are you even old enough for the public worlds?"),
        _s("b", "13", "12 but i use my brother's account", "why does it matter"),
        _r("a", "doesn't bother me, you're chill to talk to, way easier than people my age",
           "age is just a number in here anyway, you're cooler than my actual friends"),
        _r("a", "the mods in this world read everything, let's just talk on {app}",
           "voice keeps cutting out here, you got {app}?"),
        _s("b", "my dad doesn't let me have {app}", "i'm not really allowed",
           "ok what's ur name on there"),
        _r("a", "he doesn't have to find out, it's just talking",
           "make an account on your tablet, he never checks that"),
        _r("a", "is your headset in your room or somewhere your parents can hear?",
           "anyone around you right now or are you on your own?", optional=True),
        _r("a", "kinda curious who's behind the avatar, flip your camera on for a sec",
           "send a real picture, i already showed you my face"),
        _r("a", "i'm actually not far from you, we could hang out irl {day}",
           "there's a VR arcade at {place}, wanna go {day}? i'll pay", optional=True),
    ),
    "es": (
        _s("a", "qué buen avatar, lo hiciste tú?", "oye tú eras el de la azotea en el lobby "
           "hace rato, no?"),
        _s("b", "sí me tardé un buen", "jaja sí"),
        _s("a", "te mueves mejor en el mapa de parkour que los que siempre están",
           "casi todos se caen de ese mapa luego luego, tú estás bien bueno"),
        _r("a", "te dejé un sombrero raro en tu inventario, de nada",
           "tengo unas alas limitadas de sobra, te paso unas gratis",
           "te mando {currency} para que saques el avatar premium"),
        _s("b", "neta?? gracias", "nooo gracias"),
        _r("a", "en el voice se te oye bien chavito jaja, qué tienes, 12? 13?",
           "pregunta seria, sí tienes edad para los mundos públicos?"),
        _s("b", "13", "12 pero uso la cuenta de mi hermano", "y eso qué"),
        _r("a", "a mí me da igual, contigo se platica bien a gusto, mejor que con la gente de "
           "mi edad", "aquí la edad no importa, eres más buena onda que mis amigos de verdad"),
        _r("a", "los mods de este mundo leen todo, mejor platicamos por {app}",
           "el voice aquí se corta cada rato, tienes {app}?"),
        _s("b", "mi papá no me deja tener {app}", "no me dejan", "va, cómo te encuentro ahí"),
        _r("a", "no tiene por qué enterarse, solo es platicar",
           "hazte una cuenta en la tablet, él ni la revisa"),
        _r("a", "tienes los lentes en tu cuarto o donde te oyen tus papás?",
           "hay alguien contigo ahorita o estás jugando sin nadie cerca?", optional=True),
        _r("a", "me da curiosidad quién está detrás del avatar, prende la cámara tantito",
           "pásame una foto de verdad, yo ya te enseñé mi cara"),
        _r("a", "de hecho vivo cerca de ti, podríamos vernos en persona {day}",
           "hay unas maquinitas de realidad virtual en {place}, vamos {day}? yo invito",
           optional=True),
    ),
})

_LANGUAGE_EXCHANGE = Family("a2g3_language_exchange", "grooming", "adult_minor", {
    "en": (
        _s("a", "hi! saw your post on the exchange board, you want to practise Spanish? i need "
           "English", "hola :) your profile says you're learning Spanish, i'm a native speaker "
           "if you want a partner"),
        _s("b", "yes! i have an oral test soon", "hi, my teacher told us to find a partner"),
        _s("a", "great, 15 minutes Spanish then 15 English, ok?",
           "we can do half and half, you fix my mistakes and i fix yours"),
        _r("a", "how old are you, by the way? you write like a university student",
           "what year of school are you in? from your messages you seem older"),
        _s("b", "13", "i'm in 8th grade", "14"),
        _r("a", "really? your accent beats most adults i practise with. you're my best student",
           "i talk to a lot of people on here but you're the one i actually look forward to"),
        _r("a", "the site cuts calls after ten minutes, let's switch to {app}, better for voice",
           "this platform is so slow, give me your number and we carry on over {app}"),
        _s("b", "my mom said i have to use the school app for this", "ok i'll download it"),
        _r("a", "your mom doesn't need to check everything, it's just homework help",
           "no need to bother your parents with it, it's only practice"),
        _r("a", "for pronunciation i need to see your mouth, switch the camera on",
           "video works way better, put your webcam on so we can see each other"),
        _r("a", "i'll send you {amount} for the vocab book, just don't bring it up at home",
           "i paid for your premium membership, let it be our little thing"),
        _r("a", "i'm in your city {day}, we could practise face to face at {place}",
           "real conversation is better in person, coffee at {place} {day}?", optional=True),
        _s("b", "can my sister come?", "i don't think i'm allowed", "maybe", optional=True),
    ),
    "es": (
        _s("a", "hola! vi tu anuncio en la web de intercambio, quieres practicar inglés? yo "
           "necesito español", "hi! soy nativo de inglés, tu perfil dice que buscas con quién "
           "practicar"),
        _s("b", "sí! tengo un examen oral pronto", "hola, mi profe de inglés nos dijo que "
           "buscáramos a alguien"),
        _s("a", "genial, 15 minutos en inglés y 15 en español, vale?",
           "hacemos mitad y mitad, tú me corriges y yo a ti"),
        _r("a", "por cierto, qué edad tienes? escribes como alguien de la uni",
           "en qué curso estás? por los mensajes pareces mayor"),
        _s("b", "13", "segundo de la eso", "14"),
        _r("a", "en serio? pronuncias mejor que muchos adultos con los que practico. eres mi "
           "mejor alumna", "hablo con mucha gente aquí pero contigo es con quien de verdad "
           "tengo ganas de hablar"),
        _r("a", "la web corta las llamadas a los diez minutos, mejor pasamos a {app}",
           "esta plataforma va lentísima, dame tu número y seguimos por {app}"),
        _s("b", "mi madre dice que tengo que usar la plataforma del insti",
           "vale me lo descargo"),
        _r("a", "tu madre no tiene que revisarlo todo, son solo deberes",
           "no hace falta liar a tus padres con esto, es solo práctica"),
        _r("a", "para la pronunciación necesito verte la boca, activa la cámara",
           "con vídeo es mucho mejor, abre la webcam y así nos vemos las caras"),
        _r("a", "te hago un bizum de {amount} para el libro de vocabulario, pero no lo comentes "
           "en casa", "te he pagado la suscripción premium, que sea cosa nuestra"),
        _r("a", "{day} estoy en tu ciudad, podríamos practicar cara a cara en {place}",
           "la conversación se practica mejor en persona, un café en {place} {day}?",
           optional=True),
        _s("b", "puede venir mi hermana?", "no creo que me dejen", "igual", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Sextortion
# --------------------------------------------------------------------------------------------

_FAKE_TEEN_SCHOOL_THREAT = Family("a2x1_fake_teen_school_threat", "sextortion", "adult_minor", {
    "en": (
        _s("a", "heyy you know {name} right? pretty sure i saw you at the {sport} game",
           "hi sorry this is random but you liked my story and you seem cool"),
        _s("b", "haha yeah i guess", "who's this"),
        _s("a", "i'm {name}, 16, i go to the school across town",
           "just moved here, don't really know anyone yet"),
        _s("b", "oh cool", "nice", "welcome i guess lol"),
        _r("a", "ok you're actually really cute, no joke",
           "not gonna lie i have a tiny crush on you lol",
           "can't stop smiling at your messages"),
        _s("b", "stop 😳", "lol really?", "you don't even know me"),
        _r("a", "this app is so glitchy, are you on {app}?",
           "come over to {app}, this one keeps eating my messages"),
        _r("a", "send one of you and i'll send one back, fair's fair",
           "i want a photo of you right now, just for me"),
        _s("b", "ok here", "fine but don't show anyone", "why"),
        _r("a", "found your school's website. got the principal's email too",
           "i have every kid in your grade on a list"),
        _r("a", "{amount} on {pay} by tonight or that picture goes to your whole school",
           "pay {amount} or the principal and your teachers get it first thing tomorrow"),
        _s("b", "you said you were 16", "i thought you liked me", "i don't have that money"),
        _r("a", "not my problem. use your parents' card",
           "then scrape together what you have and send it on {pay} now. tell an adult and it "
           "goes out anyway"),
        _r("a", "tick tock. every hour you wait i add another teacher",
           "i can see you reading these", optional=True),
    ),
    "es": (
        _s("a", "oye tú conoces a {name}, no? creo que te vi en el partido de {sport}",
           "perdón lo random pero le diste like a mi historia y te ves buena onda"),
        _s("b", "jaja sí creo", "quién eres"),
        _s("a", "soy {name}, tengo 16, voy a la prepa del otro lado de la ciudad",
           "me acabo de mudar, todavía no conozco a nadie"),
        _s("b", "ah qué padre", "ok", "bienvenido supongo jaja"),
        _r("a", "la neta me encantas, no es broma", "ok confieso que me gustas tantito jaja",
           "no puedo dejar de sonreír con tus mensajes"),
        _s("b", "ya párale 😳", "neta?", "ni me conoces"),
        _r("a", "esta app falla mucho, tienes {app}?",
           "vente a {app}, aquí se me borran los mensajes"),
        _r("a", "mándame una tuya y yo te mando una mía, es lo justo",
           "quiero una foto tuya ahorita, nomás para mí"),
        _s("b", "va, ahí va", "ok pero no se la enseñes a nadie", "para qué"),
        _r("a", "ya encontré la página de tu escuela y el correo del director",
           "tengo a todos los de tu salón en una lista"),
        _r("a", "{amount} por {pay} antes de la noche o la foto le llega a toda tu escuela",
           "págame {amount} o mañana temprano el director y tus maestros la tienen en su correo"),
        _s("b", "dijiste que tenías 16", "pensé que te gustaba", "no tengo ese dinero"),
        _r("a", "ese no es mi problema, usa la tarjeta de tus papás",
           "pues junta lo que tengas y mándalo por {pay} ya. si le dices a un adulto la foto "
           "sale igual"),
        _r("a", "tic tac. por cada hora que esperes agrego a otro maestro",
           "estoy viendo que lees y no contestas", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Benign
# --------------------------------------------------------------------------------------------

_ROBOTICS_CLUB = Family("a2b1_robotics_club", "benign", "teen_teen", {
    "en": (
        _s("a", "hey team, build session moved to {day}, workshop room opens at {time}",
           "heads up robotics crew, we're in the lab {day} from {time}, mr {name} is "
           "supervising"),
        _s("b", "i'll be there", "can i come late? i have {sport}"),
        _s("a", "your wiring on the arm was super clean last week",
           "nice work on the drivetrain, it finally drives straight lol"),
        _s("b", "thanks!!", "took me forever"),
        _s("a", "quick q, how old are you? regionals has an under-14 division and an open one",
           "what grade are you in again? need it for the competition registration"),
        _s("b", "13", "8th", "i turn 14 in june"),
        _s("a", "can you post a photo of the gearbox? think the teeth are stripped",
           "grab a pic of the error on the controller screen and drop it in here"),
        _s("a", "we're moving the club channel to {app}, the advisor and the parent rep are in "
           "there too", "club chat lives on {app} now, mr {name} set it up"),
        _s("a", "don't post our intake design anywhere, the other school's team stalks "
           "everything lol", "keep the claw idea quiet till regionals, it's our secret weapon",
           optional=True),
        _s("b", "lol ok", "nobody's hearing it from me"),
        _s("a", "{food} is on the club budget saturday, say if you're vegetarian",
           "bring safety glasses, no glasses no soldering"),
        _s("b", "my dad's picking me up at {time}", "can my mom sign the permission form "
           "online?"),
        _s("a", "yep, link's in the channel, parents have to sign before the trip",
           "perfect, we wrap up by {time} so pickup works"),
    ),
    "es": (
        _s("a", "ey equipo, la sesión de montaje pasa a {day}, el taller abre a las {time}",
           "aviso al club de robótica: {day} estamos en el laboratorio desde las {time}, "
           "viene el profe {name}"),
        _s("b", "allí estaré", "puedo llegar tarde? tengo {sport}"),
        _s("a", "el cableado del brazo te quedó limpísimo la semana pasada",
           "buen trabajo con la tracción, por fin va recto jaja"),
        _s("b", "graciass", "me costó un montón"),
        _s("a", "una cosa, qué edad tienes? en la regional hay categoría sub 14 y absoluta",
           "en qué curso estabas? lo necesito para la inscripción del torneo"),
        _s("b", "13", "segundo", "cumplo 14 en junio"),
        _s("a", "puedes subir una foto de la caja de engranajes? creo que se han comido los "
           "dientes", "haz captura del error que sale en el mando y súbela aquí"),
        _s("a", "nos pasamos al servidor de {app} del club, están el profe y la representante "
           "de las familias", "el canal del club ahora está en {app}, lo montó el profe {name}"),
        _s("a", "no publiquéis el diseño de la pinza, el equipo del otro insti lo cotillea "
           "todo jaja", "lo de la garra calladito hasta la regional, es nuestra arma secreta",
           optional=True),
        _s("b", "jaja vale", "de mí no sale"),
        _s("a", "el sábado el club paga {food}, avisad si sois vegetarianos",
           "traed gafas de protección, sin gafas no se suelda"),
        _s("b", "mi padre me recoge a las {time}", "mi madre puede firmar la autorización "
           "online?"),
        _s("a", "sí, el enlace está en el canal, los padres tienen que firmar antes del viaje",
           "perfecto, acabamos a las {time} así que te cuadra"),
    ),
})

_AUNT_BIRTHDAY_GIFT = Family("a2b2_aunt_birthday_gift", "benign", "parent_child", {
    "en": (
        _s("a", "happy almost-birthday sweetheart!! did a box with a polka-dot label turn up?",
           "hi love, it's your auntie! has the mail come yet? i sent something monday"),
        _s("b", "YES it came today", "mom says it's on the table but i can't open it yet"),
        _s("a", "no peeking till the big day! and don't tell your brother what it is, he'll "
           "want one too", "it's a surprise so no shaking it lol"),
        _s("b", "i already know it's a hoodie", "i won't, promise"),
        _s("a", "how old are you turning again, 11? i lose track, you're growing so fast",
           "is it 12 this year?? that can't be right"),
        _s("b", "11!!", "12 auntie"),
        _s("a", "once it's open could you get your mom to snap a picture of you wearing it? "
           "grandma's dying to see", "send me a photo of you in it when it's on, i'll print "
           "it for grandma's fridge"),
        _s("a", "grandma doesn't do {app} so i'll show her on my phone {day}",
           "grandma still has her flip phone, i'll bring the photo when i visit {day}"),
        _s("a", "there's a little money in the card too, check with your mom before you spend "
           "it", "i tucked some cash in the card, save a bit ok?"),
        _s("b", "THANK YOU it fits perfectly", "mom took the pic, sending it now",
           "it's a little big but mom says i'll grow into it"),
        _s("a", "you look so grown up in it! grandma is going to cry",
           "love it!! give your mom and dad a hug from me"),
        _s("a", "are you all still coming to grandma's {day}? tell your mom to call me",
           "put your mom on for a sec, i need to ask about the party", optional=True),
        _s("b", "yes we're driving up", "ok she's here"),
    ),
    "es": (
        _s("a", "feliz casi-cumple cariño!! te ha llegado una caja con una etiqueta de lunares?",
           "hola cielo, soy la tía! ha pasado ya el cartero? te lo mandé el lunes"),
        _s("b", "SÍ llegó hoy", "mamá dice que está en la mesa pero no puedo abrirlo todavía"),
        _s("a", "nada de mirar hasta tu cumple! y no le digas a tu hermano lo que es, que luego "
           "quiere uno", "es sorpresa, así que no lo agites jaja"),
        _s("b", "ya sé que es una sudadera", "no digo nada, prometido"),
        _s("a", "cuántos cumples, 11? pierdo la cuenta, creces rapidísimo",
           "son 12 este año?? no puede ser"),
        _s("b", "11!!", "12 tía"),
        _s("a", "cuando lo abras, dile a tu madre que te saque una foto con el regalo puesto, que "
           "la abuela se muere por verlo", "hazte una foto cuando te lo pongas, se la imprimo a "
           "la abuela para la nevera"),
        _s("a", "la abuela no tiene {app}, así que se la enseño en mi móvil {day}",
           "la abuela sigue con su móvil de teclas, le llevo la foto cuando vaya {day}"),
        _s("a", "en la tarjeta también hay un dinerito, pregúntale a tu madre antes de gastarlo",
           "te he metido algo de dinero en la tarjeta, ahorra un poco eh"),
        _s("b", "GRACIAS me queda genial", "mamá ya ha hecho la foto, te la mando",
           "me queda un pelín grande pero mamá dice que ya creceré"),
        _s("a", "qué mayor te ves! la abuela va a llorar", "me encanta!! dales un beso a papá "
           "y a mamá de mi parte"),
        _s("a", "seguís viniendo a casa de la abuela {day}? dile a tu madre que me llame",
           "pásame a tu madre un momento, que tengo que preguntarle lo de la fiesta",
           optional=True),
        _s("b", "sí vamos en coche", "vale ya se pone"),
    ),
})

_LIBRARY_BOOK_CLUB = Family("a2b3_library_book_club", "benign", "coach_minor", {
    "en": (
        _s("a", "Hello readers! Welcome to the library's online book club. Your parents are "
           "copied on every message in this group.", "Hi everyone, this is {name}, the "
           "children's librarian. Reminder: grown-ups get these messages too"),
        _s("b", "hi!!", "hello i already finished the book"),
        _s("a", "this month it's the dragon detective one, chapters 1-8 for {day}",
           "next meeting is {day} at {time}, we'll talk about chapters 5 to 10"),
        _s("b", "i'm on chapter 12 oops", "can i still come if i'm behind?"),
        _s("a", "no spoilers for the others please! the ending is a surprise",
           "keep the twist to yourself so everyone else can enjoy it"),
        _s("a", "please ask a parent or guardian to help you join the video meeting on {app}",
           "the meeting link went to your parents' email, a grown-up should be close by "
           "during the call"),
        _s("a", "for the reading challenge, share a photo of your book tower, no faces needed",
           "post a picture of your reading nook for the challenge wall, just the books please"),
        _s("b", "here's mine", "my cat got in the photo lol"),
        _s("a", "which age group are you? the summer challenge has prizes for 8-10 and 11-13",
           "how old are you, so i put you in the right prize group?"),
        _s("b", "10", "12, 13 in august"),
        _s("a", "great thoughts about the ending, you're a very careful reader",
           "loved your review, you noticed things i missed"),
        _s("a", "the winner gets a bookshop voucher, parents collect it at the front desk",
           "prizes can be picked up at the library desk {day} with a parent", optional=True),
        _s("b", "can my friend {name} join next month?", "bye see you {day}"),
        _s("a", "of course, a parent just needs to fill in the sign-up form",
           "bye readers, happy reading!"),
    ),
    "es": (
        _s("a", "¡Hola, lectores! Bienvenidos al club de lectura en línea de la biblioteca. Sus "
           "papás están en copia de todos los mensajes de este grupo.", "Hola a todos, soy "
           "{name}, la bibliotecaria infantil. Recuerden que los papás también reciben estos "
           "mensajes"),
        _s("b", "hola!!", "hola ya me terminé el libro"),
        _s("a", "este mes leemos el del dragón detective, capítulos 1 al 8 para {day}",
           "la próxima reunión es {day} a las {time}, platicamos de los capítulos 5 al 10"),
        _s("b", "voy en el capítulo 12 ups", "puedo seguir si voy atrasado?"),
        _s("a", "¡sin spoilers para los demás, porfa! el final es sorpresa",
           "guárdense el giro del final para que los demás lo disfruten"),
        _s("a", "pidan a su mamá, papá o tutor que les ayude a entrar a la videollamada en "
           "{app}", "el enlace de la reunión está en el correo de sus papás, que haya un "
           "adulto cerca durante la llamada"),
        _s("a", "para el reto lector, compartan una foto de su torre de libros, no hace falta "
           "salir", "suban una foto de su rincón de lectura para el mural del reto, solo los "
           "libros por favor"),
        _s("b", "aquí está la mía", "salió mi gato en la foto jaja"),
        _s("a", "en qué grupo de edad están? el reto de verano tiene premios de 8 a 10 y de 11 "
           "a 13", "qué edad tienes, para ponerte en el grupo de premios correcto?"),
        _s("b", "10", "12, cumplo 13 en agosto"),
        _s("a", "qué buena reflexión sobre el final, lees con mucha atención",
           "me encantó tu reseña, te fijaste en cosas que yo no vi"),
        _s("a", "el ganador se lleva un vale para la librería, lo recogen los papás en el "
           "mostrador", "los premios se recogen en el mostrador de la biblioteca {day} con un "
           "adulto", optional=True),
        _s("b", "puede venir mi amiga {name} el próximo mes?", "adiós nos vemos {day}"),
        _s("a", "claro, solo que su mamá o su papá llene la inscripción",
           "adiós lectores, ¡felices lecturas!"),
    ),
})

_TEEN_COUPLE_PLANS = Family("a2b4_teen_couple_plans", "benign", "teen_teen", {
    "en": (
        _s("a", "you left your hoodie in my car AGAIN 🙄", "good morning loser ❤️",
           "did you survive the {subject} final"),
        _s("b", "it's my hoodie now actually", "barely. you?"),
        _s("a", "ok so {day}: movie or mini golf? you pick, i drive",
           "dinner at mine {day}, my mom is making {food} and she's way too excited"),
        _s("b", "mini golf so i can destroy you again", "omg do i have to dress nice"),
        _s("a", "we're both 17 and you still can't beat me at mario kart, embarrassing",
           "17 years old and still losing at mini golf, tragic"),
        _s("a", "text me a photo of your prom outfit, i need to match the tie",
           "what color are you wearing to prom? i have to match"),
        _s("b", "it's a surprise", "green, don't tell {name} she wants the same color lol"),
        _s("a", "my curfew is 11 so grab me at {time}?",
           "dad says home by 11 on a school night, deal?"),
        _s("b", "deal", "your dad scares me lol"),
        _s("a", "meet by the fountain at {place} around {time}?",
           "i'll get you from {place} after my shift"),
        _s("a", "also i got my acceptance letter?? same college as you",
           "did you send your college apps yet", optional=True),
        _s("b", "miss you already weirdo", "love you, drive safe"),
        _s("a", "text me when you're home", "night, don't stay up gaming"),
    ),
    "es": (
        _s("a", "te has vuelto a dejar la sudadera en mi coche 🙄", "buenos días, bobo ❤️",
           "qué tal el final de {subject}, sobreviviste?"),
        _s("b", "ahora es mi sudadera", "de milagro. y tú?"),
        _s("a", "a ver, {day}: cine o minigolf? eliges tú, conduzco yo",
           "{day} cenas en mi casa, mi madre va a hacer {food} y está emocionadísima"),
        _s("b", "minigolf para volver a machacarte", "ay tengo que arreglarme?"),
        _s("a", "tenemos 17 años y sigues sin ganarme al mario kart, qué vergüenza",
           "17 años y sigues perdiendo al minigolf, qué pena"),
        _s("a", "pásame foto de lo que te vas a poner en la graduación, que quiero ir a juego",
           "de qué color vas a la graduación? para combinar"),
        _s("b", "es sorpresa", "verde, no se lo digas a {name} que quiere el mismo jaja"),
        _s("a", "tengo que estar en casa a las 11, me recoges a las {time}?",
           "mi padre dice que entre semana a las 11 en casa, trato?"),
        _s("b", "trato", "tu padre me da miedo jaja"),
        _s("a", "quedamos a las {time} en {place}, junto a la fuente?",
           "te paso a buscar por {place} al salir del curro"),
        _s("a", "por cierto me han admitido?? misma uni que tú",
           "has mirado ya las notas de corte?", optional=True),
        _s("b", "ya te echo de menos, rarito", "te quiero, conduce con cuidado"),
        _s("a", "avísame cuando llegues a casa", "buenas noches, no te quedes jugando hasta tarde"),
    ),
})

FAMILIES: tuple[Family, ...] = (
    _YOUTH_CENTRE_VOLUNTEER,
    _VR_WORLD_GIFTS,
    _LANGUAGE_EXCHANGE,
    _FAKE_TEEN_SCHOOL_THREAT,
    _ROBOTICS_CLUB,
    _AUNT_BIRTHDAY_GIFT,
    _LIBRARY_BOOK_CLUB,
    _TEEN_COUPLE_PLANS,
)
