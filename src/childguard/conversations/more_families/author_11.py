"""Template families by author A11, written without seeing the detector, its features or its
weights, and without reading the other authors' families.

Theme: offenders from the child's *offline* life (a neighbour, an assistant coach, a library
volunteer, a friend's older brother) who already have the family's trust and move it into private
messages. Their first lines sound like helpfulness; the risk lies in the private channel, the
secrecy, the one-to-one time and the gifts. The hard negatives come from the same settings, where
the same surface features (ages, compliments, photos, secrets, money, video calls, other apps,
meeting up) are innocent because a parent is involved or the relationship is what it claims.

Eight scenarios, English and Spanish, strictly non-explicit:

- a11g1_carpool_neighbour (grooming): the neighbour who drives the kids to practice starts texting
  one child, drops the others first for food "detours", asks whether the parents read the phone,
  moves to a disappearing-message app and sets up a ride with just the two of them.
- a11g2_assistant_coach_dm (grooming): an assistant coach comforts a player after a bad game,
  tells them the head coach and their dad do not see their worth, leaves the club app because it
  "logs everything", offers solo Sunday sessions and free kit, wants a late-night video call.
- a11g3_library_volunteer (grooming): a homework-club volunteer at the public library asks the
  child's age and whether the phone is shared within the first lines, knowingly breaks the
  library's no-texting rule, gives a present and game currency, books a study room for two.
- a11s1_friends_brother_threat (sextortion): a friend's older brother, who knows the family,
  threatens to show "the chats and the pictures" to the child's mother and school unless paid
  by a deadline, and forbids telling his sibling.
- a11b1_grandparent_new_phone (benign): a grandparent who has just learned the messaging app asks
  the grandchild's age, compliments, asks for a photo, slips extra birthday money "don't tell your
  brother", plans a video call cleared with the parent and a surprise present for the parent.
- a11b2_coach_parents_copied (benign): a head coach who copies the parents on every message asks
  the birth year for the forms, praises a game, asks for a drill video in the group, keeps the
  captaincy quiet until Friday, moves team news to another app, sends fees to the club desk.
- a11b3_dog_walking_neighbour (benign): a neighbour hires a teen to walk the dog while away, with
  the parent's agreement: age check, meeting with a parent, hidden spare key "don't tell anyone",
  a daily dog photo, payment through the parent.
- a11b4_tutor_through_parent (benign): a private tutor arranges lessons with the parent: child's
  age and grade, a photo of a worksheet, video or in-person lessons with the parent present,
  a "keep my rate between us", a homework group on another app that includes the parent.
"""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# --------------------------------------------------------------------------------------------
# Grooming
# --------------------------------------------------------------------------------------------

CARPOOL_NEIGHBOUR = Family(
    "a11g1_carpool_neighbour", "grooming", "adult_minor",
    {
        "en": (
            _s("a",
               ("hey it's {name}'s dad from down the street, your mom put me on the thursday "
                "carpool"),
               "hi kiddo, mr k from next door. i'm driving you and the twins to practice this week",
               ("hey its your neighbour, got your number off the carpool group chat. pickup at 4 "
                "ok?")),
            _s("b",
               "oh ok hi",
               "ok thanks, mom told me",
               "cool see you thursday"),
            _r("a",
               "you're honestly my favourite passenger, the others just stare at their phones",
               "nice talking to you in the car today, you're way more grown up than the other kids",
               "the twins never say a word but you actually talk to me. i like that",
               optional=True),
            _r("a",
               ("next time i'll drop the others off first and we can grab {food} on the way, my "
                "treat"),
               ("if we do the twins first we can take the long way round and stop for {food}, "
                "just us"),
               "how about i drop everyone else and then take you for {food}? you earned it"),
            _s("b",
               "sure i guess",
               "lol ok i'm always starving after practice",
               "really? ok"),
            _r("a",
               "just don't mention the stop to your mom, she'll say i'm spoiling your dinner",
               "let's keep the {food} thing between us, your parents would make it a big deal",
               "no need to tell anyone about our little detours ok? it's our thing"),
            _r("a",
               "does your mom go through your phone?",
               "do your parents read your texts or do you get some privacy",
               "is this phone yours or does your mom check it?"),
            _s("b",
               "sometimes she looks",
               "not really, only my screen time",
               "she has the password but she doesnt really check"),
            _r("a",
               "let's switch to {app} then, easier and the messages don't stick around",
               "add me on {app}, i don't want your mom thinking it's weird that we text",
               "better if we talk on {app}, regular texts show up on your parents' bill"),
            _s("b",
               "ok whats your username",
               "i have it, adding you",
               "ok"),
            _r("a",
               "send me a selfie in the new team jersey, i wanna see it",
               "snap me a quick pic of you before practice, just for me",
               optional=True),
            _r("a",
               ("thursday i'll come get you early, just the two of us. tell the twins' mom they "
                "don't need a ride"),
               ("how about i pick you up alone {day} before the others, we can hang out for a "
                "bit first"),
               ("i'll tell your mom practice starts earlier so i can get you at {time}, just you "
                "and me")),
            _s("b",
               "idk my mom usually texts you about rides",
               "ok i guess",
               "won't she ask why"),
            _r("a",
               "don't worry about her, i'll sort it out. this stays between us ok?",
               "leave your mom to me. and delete this chat after, just in case",
               optional=True),
        ),
        "es": (
            _s("a",
               ("hola, soy el padre de {name}, el vecino del tercero. tu madre me ha apuntado "
                "para los jueves"),
               ("buenas, soy el vecino de al lado. esta semana os llevo yo a ti y a los mellizos "
                "a entrenar"),
               ("hola, soy tu vecino, he sacado tu número del grupo de los coches. te recojo a "
                "las 4 vale?")),
            _s("b",
               "ah vale hola",
               "vale gracias, ya me lo dijo mi madre",
               "guay nos vemos el jueves"),
            _r("a",
               "eres mi pasajero favorito eh, los otros no sueltan el móvil",
               ("me ha gustado mucho hablar contigo en el coche, eres mucho más maduro que los "
                "demás"),
               "los mellizos no dicen ni mu, en cambio contigo se puede hablar. eso me gusta",
               optional=True),
            _r("a",
               "la próxima dejo primero a los otros y nos paramos a por {food}, invito yo",
               "si dejamos antes a los mellizos damos una vuelta y paramos a comer {food}, tú y yo",
               "qué te parece si llevo a los demás y luego te invito a {food}? te lo has ganado"),
            _s("b",
               "vale supongo",
               "jaja vale siempre salgo muerto de hambre",
               "en serio? vale"),
            _r("a",
               ("eso sí, a tu madre no le cuentes lo de la parada, que dirá que te quito el "
                "hambre para la cena"),
               "lo de {food} mejor que quede entre nosotros, tus padres lo harían un drama",
               "no hace falta contarle a nadie nuestros desvíos vale? es cosa nuestra"),
            _r("a",
               "tu madre te mira el móvil?",
               "tus padres te leen los mensajes o tienes tu intimidad",
               "el móvil es tuyo o te lo revisa tu madre?"),
            _s("b",
               "a veces lo mira",
               "no mucho, solo el tiempo de pantalla",
               "tiene la contraseña pero no lo mira casi"),
            _r("a",
               "pues mejor pásate a {app}, es más cómodo y los mensajes se borran solos",
               "agrégame en {app}, no quiero que tu madre piense que es raro que hablemos",
               "mejor hablamos por {app}, así no le salen los mensajes a tus padres"),
            _s("b",
               "vale cuál es tu usuario",
               "lo tengo, te agrego",
               "vale"),
            _r("a",
               "mándame un selfie con la equipación nueva, que la quiero ver",
               "hazte una foto antes del entreno y me la mandas, solo para mí",
               optional=True),
            _r("a",
               ("el jueves te recojo antes, solos tú y yo. dile a la madre de los mellizos que "
                "no hace falta llevarlos"),
               "y si te recojo a ti solo {day} antes que a los demás? así pasamos un rato",
               ("le digo a tu madre que el entreno empieza antes y te recojo a las {time}, solo "
                "tú y yo")),
            _s("b",
               "no sé, mi madre normalmente te escribe ella",
               "vale supongo",
               "y si pregunta por qué?"),
            _r("a",
               "tranquilo, de tu madre me encargo yo. esto queda entre nosotros vale?",
               "tu madre déjamela a mí. y borra este chat luego por si acaso",
               optional=True),
        ),
    },
)

ASSISTANT_COACH_DM = Family(
    "a11g2_assistant_coach_dm", "grooming", "coach_minor",
    {
        "en": (
            _s("a",
               ("hey it's coach {name}, the assistant one lol. you looked really down after "
                "{sport} today"),
               "hi, saw you sitting alone after the game. you ok?",
               "hey champ, it's {name} from the club. rough day out there huh"),
            _s("b",
               "yeah i'm fine, just annoyed i didn't start",
               "i messed up so much today",
               "im ok. kinda sad tho"),
            _r("a",
               ("honestly you're the most talented kid on the squad and the head coach doesn't "
                "see it. i do"),
               ("between us, you're better than half the starters. i notice you even when nobody "
                "else does"),
               ("you've got something special, i've been watching you all season. you're not "
                "like the others")),
            _s("b",
               "really?",
               "thanks that means a lot",
               "idk i dont feel like it"),
            _r("a",
               ("and your dad yelling from the stands doesn't help. you can always vent to me, i "
                "get it more than they do"),
               ("your parents push you way too hard. you know you can talk to me about anything, "
                "right"),
               optional=True),
            _r("a",
               ("let's talk on {app} instead, the club app logs everything and i don't need the "
                "head coach reading over my shoulder"),
               "add me on {app}, the team app is monitored and this is just between you and me",
               ("can you message me on {app}? coaches aren't supposed to dm players on the club "
                "app")),
            _s("b",
               "ok",
               "ok i'll add you",
               "sure whats your @"),
            _r("a",
               ("i can do extra sessions with you sunday mornings at the field, just the two of "
                "us. no one needs to know"),
               ("come early {day} and i'll train you one on one, i won't tell the others or "
                "they'll want the same"),
               ("i'll give you private sessions for free, don't mention it to your parents, "
                "they'd want to come and watch")),
            _r("a",
               ("a sponsor gave me a spare pair of new boots in your size, they're yours. don't "
                "show the others"),
               "i got you a new kit bag, left it in my car. keep it quiet or everyone will ask",
               optional=True),
            _s("b",
               "omg really? thank you",
               "are you sure?",
               "thats so nice"),
            _r("a",
               "you still up? hop on a video call and i'll go through your game clips with you",
               "call me on video tonight when everyone's asleep, easier to explain your footwork",
               ("are your parents in bed? facetime me quick, i wanna show you something from the "
                "game")),
            _s("b",
               "my mom takes my phone at 10",
               "i'm in bed lol",
               "cant tonight, my dad is still up"),
            _r("a",
               "ok then delete this chat before she takes it. she wouldn't understand",
               "fine but clear our messages first, your parents don't need to see our stuff",
               optional=True),
        ),
        "es": (
            _s("a",
               ("qué onda, soy {name}, del cuerpo técnico jaja. te vi con el ánimo por los "
                "suelos hoy en {sport}"),
               "hola, te vi sentado solo después del partido. todo bien?",
               "qué tal campeón, soy {name} del club. día pesado eh"),
            _s("b",
               "sí estoy bien, solo enojado porque no fui titular",
               "la regué un montón hoy",
               "estoy bien. medio triste nomás"),
            _r("a",
               "la neta eres el más talentoso del equipo y el entrenador principal no lo ve. yo sí",
               ("entre nos, eres mejor que la mitad de los titulares. yo sí me fijo en ti aunque "
                "nadie más lo haga"),
               ("tienes algo especial, te he estado viendo toda la temporada. no eres como los "
                "demás")),
            _s("b",
               "en serio?",
               "gracias, me sirve mucho",
               "no sé, no me siento así"),
            _r("a",
               ("y tu papá gritando desde la tribuna no ayuda. conmigo puedes desahogarte, yo te "
                "entiendo más que ellos"),
               "tus papás te presionan demasiado. sabes que a mí me puedes contar lo que sea, no?",
               optional=True),
            _r("a",
               ("mejor hablamos por {app}, la app del club guarda todo y no quiero al entrenador "
                "leyendo"),
               "agrégame a {app}, la app del equipo la revisan y esto es entre tú y yo",
               ("me escribes por {app}? se supone que los coaches no mandamos mensajes a los "
                "jugadores en la app del club")),
            _s("b",
               "va",
               "ok te agrego",
               "sale, cuál es tu usuario"),
            _r("a",
               ("te puedo dar entrenamientos extra los domingos temprano en la cancha, nomás tú "
                "y yo. nadie tiene que saber"),
               ("llega temprano {day} y te entreno solo a ti, no le digo a los demás porque van "
                "a querer lo mismo"),
               ("te doy clases particulares gratis, no le digas a tus papás porque van a querer "
                "venir a ver")),
            _r("a",
               ("un patrocinador me dio unos tenis nuevos de tu talla, son tuyos. no se los "
                "enseñes a los demás"),
               ("te compré una maleta deportiva nueva, está en mi carro. no digas nada o todos "
                "van a pedir"),
               optional=True),
            _s("b",
               "no manches en serio? gracias",
               "seguro?",
               "qué buena onda"),
            _r("a",
               "sigues despierto? métete a una videollamada y repasamos los videos del partido",
               "márcame por video en la noche cuando todos estén dormidos, es más fácil explicarte",
               ("ya se durmieron tus papás? hazme videollamada rápido, te quiero enseñar algo "
                "del partido")),
            _s("b",
               "mi mamá me quita el cel a las 10",
               "ya estoy acostado jaja",
               "hoy no puedo, mi papá sigue despierto"),
            _r("a",
               "ok entonces borra este chat antes de que te lo quite. ella no lo entendería",
               ("va pero borra nuestros mensajes primero, tus papás no tienen por qué ver lo "
                "nuestro"),
               optional=True),
        ),
    },
)

LIBRARY_VOLUNTEER = Family(
    "a11g3_library_volunteer", "grooming", "adult_minor",
    {
        "en": (
            _s("a",
               ("hi it's {name} from the homework club at the library, you left your {subject} "
                "worksheet on the table"),
               ("hey, {name} from the tuesday study group. you forgot your pencil case, i kept "
                "it for you"),
               ("hi, it's the volunteer from the library homework club. good work on the "
                "{subject} today")),
            _r("a",
               "how old are you again, 12? you seem way older when we talk",
               "what grade are you in now? you talk like someone much older",
               "remind me how old you are? you're so mature compared to the rest of the group"),
            _s("b",
               "13 in march",
               "i'm 12 lol",
               "7th grade"),
            _r("a",
               "is this your own phone or do you share it with your mum?",
               "does anyone else use this number or is it just yours",
               "do your parents see your messages on here?"),
            _s("b",
               "its mine but my mum has the password",
               "just mine",
               "my mum checks it sometimes"),
            _r("a",
               ("text me on {app} instead, the library says volunteers can't message kids. silly "
                "rule but i don't want to lose my spot"),
               "we should use {app}, technically i'm not meant to have members' numbers",
               ("move to {app} ok? the library has a thing about volunteers contacting kids "
                "outside the club")),
            _s("b",
               "oh ok",
               "is that allowed?",
               "ok i have it"),
            _r("a",
               ("i bought you the next book in that series you like, and a card with some "
                "{currency} for {game}"),
               ("i got you a little present, a gift card for {game}. you deserve it after all "
                "that work"),
               optional=True),
            _r("a",
               "it's just for you, the others don't need to know. keep it between us",
               "don't tell the other kids or your mum, they'll think it's unfair",
               "our secret ok? i don't do this for anyone else"),
            _r("a",
               ("your friends at the club just distract you. you'd do way better studying with "
                "only me"),
               "honestly that group isn't good for you, they don't get you like i do",
               optional=True),
            _r("a",
               ("come early {day}, before the club starts, i'll book the small study room so "
                "it's just us"),
               ("meet me at the library {day} at {time}, i'll get a private room and help you "
                "one on one"),
               ("come half an hour before everyone, we can sit in the back room where it's "
                "quiet, just you and me")),
            _s("b",
               "ok",
               "my mum drops me at 4 though",
               "can my friend come too?"),
            _r("a",
               "better if it's only you. just tell your mum the club starts earlier now",
               "no, just you this time. and don't say anything to your mum, she'll only fuss",
               optional=True),
        ),
        "es": (
            _s("a",
               ("hola, soy {name} del apoyo escolar de la biblioteca, te olvidaste la hoja de "
                "{subject} en la mesa"),
               ("che, soy {name} del grupo de estudio de los martes. te dejaste la cartuchera, "
                "te la guardé"),
               "hola, soy el voluntario del apoyo de la biblioteca. muy bien lo de {subject} hoy"),
            _r("a",
               "cuántos años tenés, 12? parecés mucho más grande cuando hablamos",
               "en qué grado estás ahora? hablás como alguien mucho más grande",
               "recordame tu edad? sos re maduro comparado con el resto del grupo"),
            _s("b",
               "13 en marzo",
               "tengo 12 jaja",
               "estoy en primer año"),
            _r("a",
               "este celu es tuyo o lo compartís con tu mamá?",
               "alguien más usa este número o es solo tuyo",
               "tus viejos ven los mensajes que te llegan acá?"),
            _s("b",
               "es mío pero mi mamá sabe la contraseña",
               "es solo mío",
               "mi mamá lo revisa a veces"),
            _r("a",
               ("escribime por {app} mejor, la biblioteca no deja que los voluntarios les "
                "escriban a los chicos. una pavada pero no quiero perder el lugar"),
               "usemos {app}, en teoría yo no debería tener el número de los chicos del grupo",
               ("pasemos a {app} dale? en la biblioteca se ponen pesados con que los voluntarios "
                "hablen con los chicos fuera del grupo")),
            _s("b",
               "ah bueno",
               "y eso se puede?",
               "dale ya lo tengo"),
            _r("a",
               ("te compré el libro que sigue de la saga que te gusta, y una tarjeta con "
                "{currency} para el {game}"),
               ("te traje un regalito, una tarjeta para {game}. te lo merecés por todo lo que "
                "estudiaste"),
               optional=True),
            _r("a",
               "es solo para vos, los demás no tienen por qué saber. que quede entre nosotros",
               "no le digas a los otros chicos ni a tu mamá, van a pensar que es injusto",
               "nuestro secreto eh? esto no lo hago con nadie más"),
            _r("a",
               "tus amigos del grupo te distraen. te iría mucho mejor estudiando solo conmigo",
               "la verdad ese grupo no te hace bien, no te entienden como yo",
               optional=True),
            _r("a",
               ("vení temprano {day}, antes de que empiece el grupo, reservo la salita de "
                "estudio para nosotros dos"),
               ("nos vemos en la biblioteca a las {time} {day}, pido una sala privada y te ayudo "
                "a vos solo"),
               ("vení media hora antes que todos, nos sentamos en la sala del fondo que es "
                "tranquila, vos y yo")),
            _s("b",
               "dale",
               "mi mamá me deja a las 4 igual",
               "puede venir mi amiga también?"),
            _r("a",
               "mejor solo vos. decile a tu mamá que ahora el grupo empieza más temprano",
               "no, esta vez solo vos. y no le digas nada a tu mamá, se va a hacer problema",
               optional=True),
        ),
    },
)

# --------------------------------------------------------------------------------------------
# Sextortion
# --------------------------------------------------------------------------------------------

FRIENDS_BROTHER_THREAT = Family(
    "a11s1_friends_brother_threat", "sextortion", "sibling_friend",
    {
        "en": (
            _s("a",
               "why did you unadd me, you think i wouldn't notice",
               "hey it's {name}'s brother. you've been ignoring me since the sleepover",
               "so you just block me on {app} and think that's it?"),
            _s("b",
               "i just don't want to talk anymore",
               "leave me alone pls",
               "what do you want"),
            _r("a",
               "too bad. i screenshotted every chat and the pictures you sent me",
               "i saved everything. our chats, the pictures, all of it",
               "funny, because i still have the pics and every message you ever sent me"),
            _r("a",
               "your mom and mine are in the same group chat. imagine her seeing all of it",
               "i know your mom, i know your school, one message and they all see it",
               ("i'll send it to your parents and your teachers, i have everyone's number from "
                "the class list")),
            _s("b",
               "please don't, i'm only 13",
               "why are you doing this",
               "please i'll do anything"),
            _r("a",
               "send {amount} through {pay} and i delete everything",
               "{amount} and it all goes away. {pay} only",
               "you want it gone? {amount} on {pay}, simple"),
            _s("b",
               "i don't have that much money",
               "i only have like 20",
               "how am i supposed to get that"),
            _r("a",
               "use your mom's card then, or get gift cards at the store and send me the codes",
               "figure it out. take it from your birthday money or your parents' wallet",
               optional=True),
            _r("a",
               "you have till {time}. after that it goes to everyone",
               "deadline is {time}. one minute late and i hit send",
               "by {time} or your mom gets a very interesting message"),
            _r("a",
               "and don't say a word to {name}. if anyone in my house finds out i send it anyway",
               "tell {name} and it's over for you, got it",
               optional=True),
            _s("b",
               "i'm going to tell my parents",
               "i'll tell an adult",
               "im telling my mom"),
            _r("a",
               "go ahead, they'll be more mad at you than at me. clock's ticking",
               "tell them and i post it before they even finish reading. your choice",
               "nobody will believe you over me. pay and this never happened"),
            _r("a",
               "and if you block me i put it in the school group tonight",
               "block me again and everyone at school sees it by morning",
               optional=True),
        ),
        "es": (
            _s("a",
               "por qué me has eliminado, te crees que no me iba a dar cuenta",
               "oye soy el hermano de {name}. desde la fiesta de pijamas pasas de mí",
               "o sea me bloqueas en {app} y ya está?"),
            _s("b",
               "es que no quiero hablar más",
               "déjame en paz porfa",
               "qué quieres"),
            _r("a",
               "pues mala suerte. tengo capturas de todos los chats y de las fotos que me mandaste",
               "lo guardé todo. los chats, las fotos, todo",
               "qué gracia, porque sigo teniendo las fotos y cada mensaje que me has mandado"),
            _r("a",
               "tu madre y la mía están en el mismo grupo de wasap. imagínate que lo ve todo",
               "conozco a tu madre, sé a qué insti vas, con un mensaje lo ven todos",
               "se lo mando a tus padres y a tus profes, tengo los números de la lista de clase"),
            _s("b",
               "porfa no, tengo 13 años",
               "por qué me haces esto",
               "porfa hago lo que sea"),
            _r("a",
               "mándame {amount} por {pay} y lo borro todo",
               "{amount} y aquí no ha pasado nada. solo por {pay}",
               "quieres que desaparezca? {amount} por {pay}, fácil"),
            _s("b",
               "no tengo tanto dinero",
               "solo tengo como 20",
               "y de dónde lo saco"),
            _r("a",
               ("pues usa la tarjeta de tu madre, o compra tarjetas regalo en el súper y me "
                "pasas los códigos"),
               "búscate la vida. cógelo del dinero de tu cumple o de la cartera de tus padres",
               optional=True),
            _r("a",
               "tienes hasta las {time}. luego lo ve todo el mundo",
               "el plazo son las {time}. un minuto tarde y le doy a enviar",
               "antes de las {time} o tu madre recibe un mensaje muy interesante"),
            _r("a",
               "y a {name} ni una palabra. si alguien en mi casa se entera lo mando igual",
               "se lo cuentas a {name} y se acabó para ti, entendido",
               optional=True),
            _s("b",
               "se lo voy a decir a mis padres",
               "se lo voy a contar a un adulto",
               "se lo digo a mi madre"),
            _r("a",
               "venga díselo, se van a enfadar más contigo que conmigo. el tiempo corre",
               "díselo y lo publico antes de que terminen de leer. tú verás",
               "nadie te va a creer a ti antes que a mí. paga y aquí no ha pasado nada"),
            _r("a",
               "y si me bloqueas lo subo al grupo del insti esta noche",
               "vuelve a bloquearme y mañana lo ha visto todo el insti",
               optional=True),
        ),
    },
)

# --------------------------------------------------------------------------------------------
# Benign hard negatives
# --------------------------------------------------------------------------------------------

GRANDPARENT_NEW_PHONE = Family(
    "a11b1_grandparent_new_phone", "benign", "parent_child",
    {
        "en": (
            _s("a",
               "hello sweetheart it's grandma!! your mum showed me how to use {app}",
               "hi love, grandpa here. is this thing working?",
               "testing testing. it's nana, your dad set up my new phone"),
            _s("b",
               "hi grandma lol yes it works",
               "hiii",
               "omg you figured it out"),
            _s("a",
               "how old are you going to be now, 12? i lose track",
               "remind me, is it 13 this year or 14? grandpa says 13",
               "how old will you be on your birthday, i need to get the candles right"),
            _s("b",
               "13 grandma!!",
               "i'm turning 12",
               "14 lol"),
            _s("a",
               ("you looked so grown up in the school play photos your dad sent, i showed the "
                "whole street"),
               "you're growing up so fast, i can't believe it",
               "such a lovely photo from the beach, i've made it my background"),
            _s("a",
               "send me a picture with the new bike when you can, i want it for the fridge",
               "can you send grandpa a photo of your {sport} medal? i want to show the neighbours",
               optional=True),
            _s("b",
               "ok i'll send one later",
               "lol ok",
               "mum took one, i'll send it"),
            _s("a",
               ("i put a little extra in your birthday card, don't tell your brother, he'll get "
                "the same when he's your age"),
               ("there's some money in the envelope, just between you and me, buy yourself "
                "something nice"),
               "i've hidden a bit of pocket money in your card. our secret from your sister ok"),
            _s("b",
               "thank you!! i won't",
               "omg thank u grandma",
               "you didn't have to"),
            _s("a",
               "shall we video call {day}? your mum says after dinner is fine",
               "can we do a video call {day} at {time}? i've asked your dad, he'll set it up",
               "your mum says we can facetime on sunday, will you show me your room"),
            _s("a",
               ("and don't say anything to your mum about the scarf i'm knitting her, it's a "
                "surprise"),
               "shh, don't tell your dad i'm sending him the old photo album for his birthday",
               optional=True),
            _s("b",
               "i won't lol",
               "ok love you",
               "my lips are sealed"),
            _s("a",
               "love you too, be good for your parents",
               "bye darling, big hugs. grandma xx",
               optional=True),
        ),
        "es": (
            _s("a",
               "hola mi amor, es la abuela!! tu mamá me enseñó a usar {app}",
               "hola mijo, aquí el abuelo. sí funciona esto?",
               "probando probando. soy tu abuelita, tu papá me configuró el celular nuevo"),
            _s("b",
               "hola abuela jaja sí funciona",
               "holaaa",
               "no puedo creer que aprendiste"),
            _s("a",
               "cuántos años vas a cumplir, 12? ya me pierdo",
               "recuérdame, son 13 este año o 14? tu abuelo dice que 13",
               "cuántos cumples? tengo que comprar bien las velitas"),
            _s("b",
               "13 abuela!!",
               "voy a cumplir 12",
               "14 jaja"),
            _s("a",
               ("te veías tan grande en las fotos de la obra de la escuela que mandó tu papá, se "
                "las enseñé a toda la cuadra"),
               "estás creciendo tan rápido, no lo puedo creer",
               "qué linda la foto de la playa, la puse de fondo de pantalla"),
            _s("a",
               "mándame una foto con la bici nueva cuando puedas, la quiero para el refri",
               ("le mandas al abuelo una foto de tu medalla de {sport}? se la quiero enseñar a "
                "los vecinos"),
               optional=True),
            _s("b",
               "va al rato te mando una",
               "jaja ok",
               "mi mamá sacó una, te la mando"),
            _s("a",
               ("te puse un poquito más en la tarjeta de cumpleaños, no le digas a tu hermano, a "
                "él le toca igual cuando tenga tu edad"),
               "hay un dinerito en el sobre, nomás entre tú y yo, cómprate algo bonito",
               "te escondí un dinerito en la tarjeta. que no se entere tu hermana eh"),
            _s("b",
               "gracias!! no le digo",
               "ay gracias abue",
               "no tenías que"),
            _s("a",
               "hacemos videollamada {day}? tu mamá dice que después de cenar está bien",
               "hacemos videollamada {day} a las {time}? ya le pregunté a tu papá, él la conecta",
               "tu mamá dice que el domingo nos podemos ver por video, me enseñas tu cuarto?"),
            _s("a",
               "y no le digas nada a tu mamá de la bufanda que le estoy tejiendo, es sorpresa",
               "shh, no le cuentes a tu papá que le voy a regalar el álbum de fotos viejo",
               optional=True),
            _s("b",
               "no digo nada jaja",
               "ok te quiero",
               "soy una tumba"),
            _s("a",
               "yo también te quiero, pórtate bien con tus papás",
               "adiós mi vida, un abrazote. tu abuela",
               optional=True),
        ),
    },
)

COACH_PARENTS_COPIED = Family(
    "a11b2_coach_parents_copied", "benign", "coach_minor",
    {
        "en": (
            _s("a",
               ("hi {name}, coach here. i've added your mum to this chat like always, i never "
                "message players one to one"),
               "hey, it's coach. parents are cc'd on this as per club rules",
               "hi, your dad's in this group too, i only message players with a parent included"),
            _s("b",
               "ok hi coach",
               "hi",
               "hey coach"),
            _s("a",
               "need your birth year for the tournament forms, are you u14 or u15?",
               "how old are you on the 1st of september? the league needs it for the age group",
               "quick one, what's your date of birth, the registration form is due friday"),
            _s("b",
               "i'm 13 so u14 i think",
               "u14",
               "my mum will send it"),
            _s("a",
               "you were brilliant at {sport} today, best i've seen from you all season",
               "that last play was class, really proud of how you kept your head",
               "great game, honestly you were the standout today"),
            _s("a",
               ("film a couple of minutes of your drills at home and post the video here, i'll "
                "give feedback saturday"),
               ("if your dad can record your technique on his phone, send it in the group and "
                "we'll go over it together"),
               optional=True),
            _s("b",
               "ok my dad can film it",
               "ok will do",
               "mum says we can do it sunday"),
            _s("a",
               ("keep this quiet from the team for now, but we'd like you as captain. i'll "
                "announce it friday, your parents already know"),
               ("don't tell the others yet, captain news goes out on friday. mum and dad are in "
                "the loop"),
               ("between us and your folks: you're starting in the final. i'll tell the squad at "
                "training")),
            _s("b",
               "omg really??",
               "no way thank you",
               "i won't say anything"),
            _s("a",
               ("extra session {day} at {time} at the club, whole squad invited, parents welcome "
                "to stay and watch"),
               ("we're doing a group practice {day} at {time}, i've messaged all the parents "
                "about lifts"),
               "optional training {day}, all players, two coaches there as always"),
            _s("a",
               "the club moved team news to {app}, your mum has the link to the group",
               "heads up, all team updates will be on {app} from now on, parents get added too",
               optional=True),
            _s("a",
               ("tournament fee is {amount}, parents can pay at the club desk or online, not "
                "through me"),
               ("reminder for mum and dad: the {amount} fee goes to the club office, please "
                "don't give cash to coaches"),
               optional=True),
            _s("b",
               "ok i'll tell my mum",
               "mum says ok",
               "thanks coach"),
        ),
        "es": (
            _s("a",
               ("hola {name}, soy el entrenador. he añadido a tu madre al chat como siempre, "
                "nunca escribo a jugadores a solas"),
               "buenas, soy el míster. los padres están en copia, norma del club",
               ("hola, tu padre también está en este grupo, solo escribo a los jugadores con un "
                "padre incluido")),
            _s("b",
               "vale hola míster",
               "hola",
               "buenas"),
            _s("a",
               "necesito tu año de nacimiento para las fichas del torneo, eres infantil o cadete?",
               "cuántos años tienes a 1 de septiembre? la federación lo pide para la categoría",
               "una cosa, tu fecha de nacimiento? la inscripción se cierra el viernes"),
            _s("b",
               "tengo 13 así que infantil creo",
               "infantil",
               "mi madre te la pasa"),
            _s("a",
               "hoy has estado genial en {sport}, lo mejor que te he visto esta temporada",
               ("esa última jugada ha sido una pasada, muy orgulloso de cómo has mantenido la "
                "cabeza"),
               "partidazo, la verdad es que hoy has sido el mejor"),
            _s("a",
               ("grábate un par de minutos de ejercicios en casa y sube el vídeo aquí, el sábado "
                "te comento"),
               "si tu padre te graba la técnica con el móvil, mándalo al grupo y lo vemos juntos",
               optional=True),
            _s("b",
               "vale mi padre me graba",
               "vale lo hago",
               "mi madre dice que el domingo"),
            _s("a",
               ("de momento no se lo digas al equipo, pero queremos que seas capitán. lo anuncio "
                "el viernes, tus padres ya lo saben"),
               ("no lo cuentes todavía, lo del capitán se dice el viernes. tus padres están al "
                "tanto"),
               ("entre nosotros y tus padres: juegas de titular en la final. se lo digo al "
                "equipo en el entreno")),
            _s("b",
               "en serio??",
               "no me lo creo gracias",
               "no digo nada"),
            _s("a",
               ("entreno extra {day} a las {time} en el club, está invitado todo el equipo y los "
                "padres pueden quedarse a mirar"),
               ("hacemos entreno en grupo {day} a las {time}, ya he escrito a todos los padres "
                "para lo de los coches"),
               "entreno voluntario {day}, todos los jugadores, con dos entrenadores como siempre"),
            _s("a",
               ("el club ha pasado las noticias del equipo a {app}, tu madre tiene el enlace del "
                "grupo"),
               "aviso, a partir de ahora todo va por {app}, también se añade a los padres",
               optional=True),
            _s("a",
               ("la cuota del torneo son {amount}, los padres pueden pagar en la oficina del "
                "club o por la web, a mí no"),
               ("recordatorio para tus padres: los {amount} se pagan en secretaría, por favor no "
                "deis dinero a los entrenadores"),
               optional=True),
            _s("b",
               "vale se lo digo a mi madre",
               "mi madre dice que vale",
               "gracias míster"),
        ),
    },
)

DOG_WALKING_NEIGHBOUR = Family(
    "a11b3_dog_walking_neighbour", "benign", "adult_minor",
    {
        "en": (
            _s("a",
               ("hi, is this {name}? your mum gave me your number, it's the neighbour at number "
                "12 with the golden retriever"),
               ("hello! your dad said i could text you about walking biscuit, we're the house "
                "with the blue door"),
               "hi, it's the lady from across the road, your mum said you might want a little job"),
            _s("b",
               "hi yes",
               "oh hi! mum said you'd text",
               "hey yes thats me"),
            _s("a",
               ("how old are you now, 14? your mum reckons you're old enough to handle him on "
                "the lead"),
               "you're in year 9 now right? your dad said you're super responsible",
               ("just checking, how old are you? he's strong so i want to make sure you're ok "
                "with him")),
            _s("b",
               "i'm 14 yes",
               "15 in june",
               "yeah i walk my grandma's dog all the time"),
            _s("a",
               "we're away all next week, could you walk him once a day after school? $15 a walk",
               ("would you do his walks while we're on holiday? i'll pay you, i already agreed "
                "the rate with your mum"),
               "it's just one walk a day round the park for a week, and i'll pay you properly"),
            _s("a",
               ("come over {day} at {time} to meet him, bring your mum or dad so they know the "
                "house"),
               ("pop round with your mum {day} so biscuit can sniff you and i can show you both "
                "where everything is"),
               optional=True),
            _s("b",
               "ok mum says yes",
               "sure we can come",
               "my dad will come with me"),
            _s("a",
               ("the spare key is in the blue flowerpot by the back door, please don't tell "
                "anyone where it is"),
               ("i'll leave the key in the lockbox, code is on the paper i gave your mum. keep "
                "it to yourself ok"),
               "key is under the frog ornament, don't go telling your friends lol"),
            _s("a",
               "send me a pic when you're out with him each day, he's a drama queen and i worry",
               "can you snap me a quick photo of him after each walk so i know he's happy",
               optional=True),
            _s("b",
               "haha ok",
               "will do",
               "sure i'll send them to you and my mum"),
            _s("a",
               ("i'll pay your mum at the end of the week, or leave cash in an envelope on the "
                "counter, whatever she prefers"),
               ("money's sorted with your mum, she said to transfer it to her and she'll give it "
                "to you")),
            _s("a",
               "also he's not meant to have treats, but if you sneak him one i won't tell lol",
               "between you and me he gets a biscuit after every walk, don't tell my husband",
               optional=True),
            _s("b",
               "lol ok",
               "thanks!",
               "can't wait to meet him"),
        ),
        "es": (
            _s("a",
               "hola, eres {name}? tu mamá me pasó tu número, soy la vecina del 12, la del golden",
               ("hola! tu papá me dijo que te podía escribir para lo de pasear a la canela, "
                "somos la casa de la puerta azul"),
               ("hola, soy la señora de enfrente, tu mamá me dijo que a lo mejor querías un "
                "trabajito")),
            _s("b",
               "hola sí",
               "ah hola! mi mamá me dijo que me ibas a escribir",
               "sí soy yo"),
            _s("a",
               "cuántos años tienes ya, 14? tu mamá dice que ya puedes con ella en la correa",
               "ya vas en tercero de secundaria, no? tu papá dice que eres muy responsable",
               ("nomás para confirmar, cuántos años tienes? jala mucho y quiero saber que puedes "
                "con ella")),
            _s("b",
               "sí tengo 14",
               "cumplo 15 en junio",
               "sí, paseo al perro de mi abuela siempre"),
            _s("a",
               ("nos vamos toda la semana que viene, podrías sacarla una vez al día después de "
                "la escuela? te pago por paseo"),
               ("me ayudas con los paseos mientras estamos de viaje? te pago, ya quedé con tu "
                "mamá en cuánto"),
               "es un paseo diario por el parque durante una semana, y te pago bien"),
            _s("a",
               ("ven {day} a las {time} para que la conozcas, trae a tu mamá o a tu papá para "
                "que vean la casa"),
               "pásate con tu mamá {day} para que la canela te huela y les enseño dónde está todo",
               optional=True),
            _s("b",
               "va mi mamá dice que sí",
               "sí podemos ir",
               "me acompaña mi papá"),
            _s("a",
               ("la llave de repuesto está en la maceta azul junto a la puerta de atrás, porfa "
                "no le digas a nadie dónde está"),
               ("dejo la llave en la cajita con clave, el código está en el papel que le di a tu "
                "mamá. guárdalo para ti eh"),
               "la llave está debajo de la rana de cerámica, no se lo cuentes a tus amigos jaja"),
            _s("a",
               "mándame una foto cuando salgas con ella cada día, es bien dramática y me preocupo",
               "me mandas una fotito después de cada paseo para saber que está contenta?",
               optional=True),
            _s("b",
               "jaja va",
               "sale",
               "sí, te las mando a ti y a mi mamá"),
            _s("a",
               ("le pago a tu mamá al final de la semana, o te dejo el dinero en un sobre en la "
                "cocina, como ella prefiera"),
               ("lo del dinero ya está hablado con tu mamá, le hago la transferencia a ella y "
                "ella te lo da")),
            _s("a",
               ("por cierto no puede comer premios, pero si le das uno a escondidas yo no digo "
                "nada jaja"),
               "entre tú y yo le doy una galleta después de cada paseo, no le digas a mi esposo",
               optional=True),
            _s("b",
               "jaja ok",
               "gracias!",
               "ya quiero conocerla"),
        ),
    },
)

TUTOR_THROUGH_PARENT = Family(
    "a11b4_tutor_through_parent", "benign", "adult_adult",
    {
        "en": (
            _s("a",
               ("hi, this is {name}, the {subject} tutor from the school noticeboard. you "
                "messaged about lessons for your kid?"),
               ("hello, {name} here, you left a note about {subject} tutoring at the community "
                "centre"),
               ("hi! got your number from the parents' group, you were looking for a {subject} "
                "tutor?")),
            _s("b",
               "yes hi! thanks for getting back to me",
               "yes, my daughter is really struggling",
               "hi yes, my son has exams coming up"),
            _s("a",
               "how old are they and what grade? i mostly teach 11 to 16",
               "what year are they in, and how old? just so i pitch it right",
               "can i ask their age and which grade they're in"),
            _s("b",
               "13, 8th grade",
               "just turned 12, year 7",
               "15, doing gcse {subject} next year"),
            _s("a",
               ("could you send me a photo of a recent test or worksheet so i can see where "
                "they're at"),
               "if you snap a pic of their last report or homework i'll know where to start",
               optional=True),
            _s("a",
               ("i can do video calls, or in person at the public library {day} at {time}. "
                "you're very welcome to sit in"),
               ("lessons can be online by video or at your kitchen table, whatever you're "
                "comfortable with. parents always welcome"),
               "first session is a free video call with you both, then we decide"),
            _s("b",
               "in person please, i'll drop her off and wait",
               "video is easier for us",
               "library works, i'll stay for the first one"),
            _s("a",
               "my rate is {amount} a month for weekly lessons, paid by you directly",
               "it's {amount} for a block of four, i'll send you an invoice"),
            _s("a",
               ("i'd rather you keep the rate between us, it's lower than what i charge newer "
                "families"),
               "please don't share my price in the parents' group, i've kept it low for neighbours",
               optional=True),
            _s("a",
               ("if it's ok with you i'll set up a {app} group with the three of us so they can "
                "send homework questions, you'll see everything"),
               ("i prefer a group chat on {app} with you and your child, i don't message "
                "students one on one"),
               ("shall i make a {app} group with you in it? that way questions go through the "
                "group and you're always copied")),
            _s("b",
               "perfect, that works",
               "yes please add me",
               "great, thank you"),
            _s("a",
               "from the worksheet they're clearly bright, just missing confidence. we'll fix that",
               "honestly they seem really capable, it's mostly nerves",
               optional=True),
            _s("b",
               "thank you so much, see you then",
               "that's a relief, thank you",
               "lovely, speak soon",
               optional=True),
        ),
        "es": (
            _s("a",
               ("hola, soy {name}, doy clases particulares de {subject}, vi tu anuncio en el "
                "tablón del colegio. buscabas clases para tu hijo?"),
               ("buenas, soy {name}, dejaste una nota en el centro cívico buscando clases de "
                "{subject}"),
               "hola! me han pasado tu número en el grupo de padres, buscabas profe de {subject}?"),
            _s("b",
               "sí hola! gracias por contestar",
               "sí, mi hija va fatal",
               "hola sí, mi hijo tiene exámenes pronto"),
            _s("a",
               "cuántos años tiene y en qué curso está? suelo dar clase de 11 a 16",
               "en qué curso va y qué edad tiene? para preparar bien las clases",
               "te puedo preguntar la edad y el curso"),
            _s("b",
               "13, segundo de la eso",
               "acaba de cumplir 12, primero de la eso",
               "15, cuarto de la eso"),
            _s("a",
               "me podrías mandar una foto de algún examen o ficha reciente para ver su nivel",
               "si me haces una foto de las últimas notas o de los deberes sé por dónde empezar",
               optional=True),
            _s("a",
               ("puedo hacer videollamada, o presencial en la biblioteca municipal {day} a las "
                "{time}. puedes quedarte si quieres"),
               ("las clases pueden ser online por vídeo o en vuestra casa, como estéis más "
                "cómodos. los padres siempre bienvenidos"),
               "la primera clase es una videollamada gratis con los dos y luego decidimos"),
            _s("b",
               "presencial mejor, la llevo y espero",
               "por vídeo nos viene mejor",
               "la biblioteca nos va bien, me quedo en la primera"),
            _s("a",
               "son {amount} al mes por una clase semanal, me lo pagas tú directamente",
               "son {amount} el bono de cuatro clases, te mando factura"),
            _s("a",
               ("prefiero que el precio quede entre nosotros, es más bajo de lo que cobro a "
                "familias nuevas"),
               ("porfa no compartas mi tarifa en el grupo de padres, a los del barrio les hago "
                "mejor precio"),
               optional=True),
            _s("a",
               ("si te parece bien hago un grupo de {app} con los tres para que me mande dudas "
                "de deberes, así lo ves todo"),
               "prefiero un grupo en {app} contigo y con tu hijo, no escribo a alumnos a solas",
               ("hago un grupo de {app} contigo dentro? así las dudas van por ahí y siempre "
                "estás en copia")),
            _s("b",
               "perfecto, así vale",
               "sí, añádeme porfa",
               "genial, gracias"),
            _s("a",
               ("por la ficha se ve que es muy espabilado, solo le falta confianza. eso lo "
                "arreglamos"),
               "la verdad es que vale mucho, es más que nada de nervios",
               optional=True),
            _s("b",
               "mil gracias, nos vemos",
               "qué alivio, gracias",
               "genial, hablamos",
               optional=True),
        ),
    },
)

FAMILIES: tuple[Family, ...] = (
    CARPOOL_NEIGHBOUR,
    ASSISTANT_COACH_DM,
    LIBRARY_VOLUNTEER,
    FRIENDS_BROTHER_THREAT,
    GRANDPARENT_NEW_PHONE,
    COACH_PARENTS_COPIED,
    DOG_WALKING_NEIGHBOUR,
    TUTOR_THROUGH_PARENT,
)
