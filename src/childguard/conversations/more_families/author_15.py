"""Template families by author A15, written without seeing the detector, its features, its
weights or any other author's families. Style: a former school counsellor from Ohio; grooming
is slow, polite and indirect (mentor framing, "this is our thing", "your mom wouldn't get it"),
with the private channel, picture or meeting only asked for late. English first, then neutral
Latin American Spanish. Everything is non-explicit: risky families show risk patterns only.

Risky:
- a15g1_youth_centre_volunteer (grooming): a drop-in centre volunteer becomes the kid's "real"
  listener, sets himself against mom and the other staff, then asks for a private app and a
  one-on-one ride.
- a15g2_fanfic_writing_mentor (grooming): an online "writing mentor" praises a teen's stories,
  calls her voice mature for her age, probes age and parental oversight, moves to a private
  app, asks for a face picture and to meet at a convention without her parents.
- a15g3_neighbour_bike_and_computer (grooming): a neighbour who fixes the kid's bike and
  laptop offers his garage as a refuge, asks when the parents are out, keeps visits quiet,
  installs a chat app "just for us" and asks for a selfie and a solo visit.
Sextortion:
- a15s1_saved_call_gift_cards (sextortion): after weeks of friendly chat the contact says he
  saved the pics and the video call, demands gift cards, raises the amount, sets deadlines
  and threatens to send everything to family, school and followers.
Benign (hard negatives):
- a15b1_youth_group_trip (adult_minor): a youth pastor sorts out permission slips, the bus,
  money for the trip and asks the teen not to spoil the surprise for the younger kids.
- a15b2_piano_lesson_reschedule (coach_minor): a piano teacher moves a lesson, praises
  progress, checks with the parent and sets practice for the recital.
- a15b3_foster_first_week (parent_child): a foster parent and a newly placed teen build trust:
  "you can tell me anything", house rules about phones, meeting the caseworker.
- a15b4_grandparent_video_call (parent_child): a grandparent learning to video call asks the
  grandchild to turn the camera on, send a picture, and asks whether mom is home.
"""
# ruff: noqa: E501

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# ---------------------------------------------------------------------------
# Grooming 1: volunteer at a youth drop-in centre
# ---------------------------------------------------------------------------

YOUTH_CENTRE_VOLUNTEER = Family(
    "a15g1_youth_centre_volunteer",
    "grooming",
    "adult_minor",
    {
        "en": (
            _s("a", "hey, good to see you at the centre tonight", "glad you came by the centre today", "nice seeing you at drop-in tonight", "hey it was good having you around the centre today"),
            _s("b", "thanks, it was fun", "ya it was ok", "thanks lol the {sport} game was good", "yeah i liked it"),
            _s("a", "you seemed a little quiet before the game though. everything ok at home?", "you looked like you had a lot on your mind earlier. rough day?", "you were pretty quiet at the homework table. want to talk about it?", "seemed like something was bugging you tonight. you ok?"),
            _s("b", "my mom and i got into it again", "just stuff with my mom", "its fine just family drama", "my mom was yelling about my {subject} grade"),
            _s("a", "that sounds really hard. you're handling it better than most adults would", "I'm sorry. for what it's worth you're more level-headed than a lot of grown-ups I know", "that's a lot to carry. you're handling it with more maturity than you give yourself credit for", "ugh, I'm sorry. you deal with it way better than I did at your age"),
            _s("b", "i guess", "thanks", "idk i dont feel like it", "lol maybe"),
            _r("a", "honestly your mom probably wouldn't get it even if you explained it. some parents just don't", "I don't think your mom would understand, and that's not your fault", "some things parents just aren't going to get. that's why it's good to have someone else", "your mom means well I'm sure, but she's not going to see it the way you do"),
            _s("b", "ya she never listens", "yeah thats true", "she just says im being dramatic", "maybe"),
            _r("a", "you can always come to me instead. I mean that", "anytime you need to vent, come to me first, ok?", "you don't have to go to her with everything. you can come to me", "I'm here whenever. you can talk to me instead of bottling it up"),
            _s("b", "ok thanks", "thanks that helps", "ok", "cool thank u"),
            _s("a", "you coming to the {sport} night {day}?", "are you signing up for the trip to {place}?", "will I see you {day} at the centre?", "you still doing the homework club {day}?"),
            _s("b", "probably", "ya if my mom lets me", "i think so", "maybe idk"),
            _r("a", "maybe don't mention our talks to the other staff. they'd make it into a whole official thing", "let's keep our chats between us, the other volunteers have to write everything up", "this is kind of our thing, I'd rather the staff not turn it into a report", "no need to tell Ms. Carter or the others, they'd just get weird about it"),
            _s("b", "ok", "i wasnt gonna", "ya ok", "sure"),
            _r("a", "does your mom ever go through your phone?", "does anyone at home check your messages?", "is your phone something your mom looks at?", "just wondering, does your mom read your texts?"),
            _s("b", "sometimes", "not really", "she used to", "only when shes mad"),
            _r("a", "might be easier to talk on {app}, then it's just ours and nobody reads over your shoulder", "let's move this to {app}, I'll add you. more private for you", "I'm on {app}, it's easier to talk there without anyone looking", "add me on {app}? that way you have somewhere safe to vent"),
            _s("b", "ok whats ur username", "sure", "i'll add u", "ok"),
            _r("a", "and if you ever need a break I can pick you up after school, just you and me, get {food}. no need to make it a big deal at home", "I could give you a ride home {day} and we could grab {food}, just us. you don't have to tell your mom", "want me to pick you up from school {day}? we can talk properly. let's keep it between us", "if things get bad at home I can come get you, just text me. don't need to run it past your mom"),
            _s("b", "maybe", "ok that would be nice", "i'll think about it", "idk"),
            _s("a", "no pressure. I'm just glad you have someone in your corner", "whatever you want. just remember I'm on your side", "ok. you know where to find me", "take your time, I'm not going anywhere", optional=True),
        ),
        "es": (
            _s("a", "hola, qué bueno verte hoy en el centro", "me dio gusto que vinieras al centro hoy", "qué bien que pasaste por el centro esta tarde", "oye, qué bueno tenerte hoy por el centro"),
            _s("b", "gracias, estuvo bien", "sí estuvo divertido", "jaja gracias, el partido de {sport} estuvo bueno", "sip me gustó"),
            _s("a", "te vi medio callado antes del partido. ¿todo bien en tu casa?", "parecías preocupado hace rato, ¿día difícil?", "estabas muy serio en la mesa de tareas, ¿quieres platicar?", "se te notaba que algo te molestaba, ¿estás bien?"),
            _s("b", "me peleé otra vez con mi mamá", "cosas con mi mamá nomás", "nada, drama de familia", "mi mamá me regañó por la nota de {subject}"),
            _s("a", "qué difícil. lo estás manejando mejor que muchos adultos", "lo siento. eres más centrado que muchos grandes que conozco", "es mucho para cargar. tienes más madurez de la que crees", "uf, lo siento. lo llevas mucho mejor de lo que yo lo llevaba a tu edad"),
            _s("b", "supongo", "gracias", "nose, no me siento así", "jaja puede ser"),
            _r("a", "la verdad tu mamá no lo entendería aunque se lo explicaras. hay papás que no", "no creo que tu mamá lo entienda, y no es tu culpa", "hay cosas que los papás nunca van a entender, por eso está bien tener a alguien más", "tu mamá te quiere seguro, pero no lo va a ver como tú"),
            _s("b", "sí nunca me escucha", "sí es cierto", "siempre dice que exagero", "tal vez"),
            _r("a", "siempre puedes venir conmigo en vez de ella. lo digo en serio", "cuando necesites desahogarte, búscame a mí primero, ¿va?", "no tienes que contarle todo a ella, me puedes contar a mí", "aquí estoy cuando quieras, mejor háblame a mí que guardártelo"),
            _s("b", "ok gracias", "gracias, me ayuda", "ok", "va gracias"),
            _s("a", "¿vienes a la noche de {sport} {day}?", "¿te vas a anotar para la salida a {place}?", "¿te veo {day} en el centro?", "¿sigues yendo al club de tareas {day}?"),
            _s("b", "creo que sí", "si mi mamá me deja", "seguro", "no sé todavía"),
            _r("a", "mejor no le comentes a los demás del staff que platicamos, lo harían todo un trámite", "que lo que hablamos quede entre nosotros, los otros voluntarios tienen que reportar todo", "esto es algo nuestro, no quiero que el staff lo convierta en un informe", "no hace falta decirle a la coordinadora ni a nadie, se pondrían raros"),
            _s("b", "ok", "no iba a decir nada", "sí ok", "va"),
            _r("a", "¿tu mamá te revisa el celular?", "¿alguien en tu casa lee tus mensajes?", "¿tu mamá suele mirar tu teléfono?", "pregunta nomás, ¿tu mamá lee tus chats?"),
            _s("b", "a veces", "no mucho", "antes sí", "solo cuando está enojada"),
            _r("a", "mejor hablamos por {app}, así es solo nuestro y nadie lo lee", "pasémonos a {app}, te agrego. es más privado para ti", "estoy en {app}, ahí podemos hablar sin que nadie mire", "¿me agregas en {app}? así tienes un lugar seguro para desahogarte"),
            _s("b", "ok cuál es tu usuario", "dale", "te agrego", "ok"),
            _r("a", "y si algún día necesitas un respiro te recojo en la escuela, tú y yo, vamos por {food}. no hace falta hacerlo un tema en tu casa", "te puedo llevar a tu casa {day} y comemos {food}, solo nosotros. no tienes que decirle a tu mamá", "¿quieres que te recoja {day} en la escuela? así platicamos bien. que quede entre nosotros", "si se pone feo en tu casa yo te voy a buscar, solo escríbeme. no hay que avisarle a tu mamá"),
            _s("b", "tal vez", "ok estaría bien", "lo pienso", "nose"),
            _s("a", "sin presión. me alegra que tengas a alguien de tu lado", "lo que tú quieras. acuérdate que estoy contigo", "va. ya sabes dónde encontrarme", "tómate tu tiempo, aquí voy a estar", optional=True),
        ),
    },
)

# ---------------------------------------------------------------------------
# Grooming 2: online "writing mentor" on a fan-fiction site
# ---------------------------------------------------------------------------

FANFIC_WRITING_MENTOR = Family(
    "a15g2_fanfic_writing_mentor",
    "grooming",
    "adult_minor",
    {
        "en": (
            _s("a", "hi! I just read chapter 6 of your story. the ending made me tear up", "hello, I'm the one who left the long comment on your {game} fic. had to message you", "your new chapter is honestly one of the best things on the site this month", "hi, sorry to message out of nowhere, your story has been stuck in my head all week"),
            _s("b", "omg thank you so much", "wait really?? thank u", "that means a lot, nobody reads it", "thank youu i worked so hard on that chapter"),
            _s("a", "I mentor a few writers here. if you ever want feedback on a draft I'd be glad to help", "I've been editing for years. happy to look over your next chapter if you want", "if you ever want a beta reader, I'd love to do it", "I do some informal mentoring for young writers, no charge. just say the word"),
            _s("b", "yes please!!", "that would be amazing", "sure i'd like that", "ok ya"),
            _s("a", "your dialogue is really strong. the pacing in the middle drags a little but that's an easy fix", "the characters feel real. I'd tighten the first scene a bit", "I marked a few spots, mostly small stuff. the emotional beats are great", "sent you some notes. you have a real ear for how people talk"),
            _s("b", "thank you i'll fix it tonight", "ok that makes sense", "ugh yes the middle part i knew it", "thanks this is so helpful"),
            _r("a", "can I ask how old you are? you write like someone much older", "you're in high school? your voice is honestly mature for your age", "I'd have guessed you were in college. how old are you really?", "how old are you if you don't mind me asking? you don't write like a kid"),
            _s("b", "14", "im 13 lol", "15 but thank u", "im in 8th grade"),
            _r("a", "wow. you're way beyond other kids your age, you know that? most adults here can't write like you", "that's incredible. you're more grown up than most people I talk to on here", "honestly you understand things kids your age usually don't", "you're special, I don't say that to every writer"),
            _s("b", "lol thanks", "stop ur making me blush haha", "nobody ever says that to me", "my friends think writing is weird"),
            _r("a", "your friends probably wouldn't get it. people wouldn't understand what we're doing here, it's a real creative partnership", "that's ok, not everyone understands writers. we get each other though", "people outside this wouldn't really understand us. that's fine, this is our thing", "don't worry about them. I understand you better than they do"),
            _s("b", "ya exactly", "true", "haha ok", "yeah kinda"),
            _r("a", "do your parents know you post on here? do they read your messages?", "do your parents check your phone or your account?", "is your mom the type who reads over your shoulder?", "would your parents be weird about you having an online mentor?"),
            _s("b", "they dont really know i write", "no they dont check", "my dad would think its weird", "not really"),
            _r("a", "then maybe keep our sessions to ourselves for now. they might not understand and shut it down", "probably best not to mention me to them, parents get nervous about online stuff", "let's just keep this between us, it's nicer that way", "you don't have to tell them about me. this can just be ours"),
            _s("b", "ok", "ya i wont", "ok i guess", "sure"),
            _r("a", "the site messages are so clunky. want to switch to {app}? easier to send drafts", "let's move to {app}, I can edit your chapters live there", "do you have {app}? message me there instead, the site keeps logging me out", "add me on {app} so we can talk without the mods reading everything"),
            _s("b", "ok ill download it", "sure whats ur name on there", "i have it", "ok"),
            _r("a", "and send a pic when you get a sec? I like to know who I'm writing with", "can you send me a selfie? just so I can picture my favourite writer", "turn your camera on next time we talk? I'd love to see the face behind the stories", "send me a pic of you so it feels more real"),
            _s("b", "maybe later", "um ok", "idk im shy", "why"),
            _r("a", "there's a fan convention in {place} {day}. I could meet you there and we could workshop in person. just us, your parents don't need to come", "I'll be at {place} {day}, we should meet and write together. you could tell your parents you're with a friend", "I'd love to meet in person someday. {place}, {day}? you can come alone, it's just writing", "what if we met up at {place} {day}? I'll buy you {food}. no need to bring anyone"),
            _s("b", "idk if i can", "maybe", "i'd have to ask", "that sounds fun but idk"),
            _s("a", "no rush. think about it. you're going to be a real author someday", "whatever you're comfortable with. keep writing, ok?", "just an idea. send me the next chapter when it's ready", "take your time. I'm proud of you", optional=True),
        ),
        "es": (
            _s("a", "hola! acabo de leer el capítulo 6 de tu historia, el final me hizo llorar", "hola, soy quien te dejó el comentario largo en tu fic de {game}. tenía que escribirte", "tu capítulo nuevo es de lo mejor que he leído en la página este mes", "perdón que te escriba así de la nada, pero tu historia no se me sale de la cabeza"),
            _s("b", "aaa muchas gracias", "en serio?? gracias", "gracias, casi nadie la lee", "graciaaas me costó mucho ese capítulo"),
            _s("a", "soy mentor de algunos escritores acá. si quieres te doy feedback de tus borradores", "llevo años editando, si quieres reviso tu próximo capítulo", "si buscas beta reader, me encantaría serlo", "hago mentorías informales con escritores jóvenes, gratis. solo avísame"),
            _s("b", "sí porfa!!", "me encantaría", "dale sí", "ok sí"),
            _s("a", "tus diálogos son muy buenos. la parte del medio se alarga un poco pero es fácil de arreglar", "los personajes se sienten reales. ajustaría un poco la primera escena", "te marqué unas cositas, nada grave. las partes emotivas están geniales", "te mandé notas. tienes muy buen oído para cómo habla la gente"),
            _s("b", "gracias lo arreglo hoy", "ok tiene sentido", "ay sí la parte del medio, lo sabía", "gracias me ayuda un montón"),
            _r("a", "¿puedo preguntarte cuántos años tienes? escribes como alguien mucho mayor", "¿estás en la secundaria? tu voz es muy madura para tu edad", "pensé que ibas a la universidad, ¿cuántos años tienes en realidad?", "¿cuántos años tienes, si se puede saber? no escribes como una niña"),
            _s("b", "14", "13 jaja", "15 pero gracias", "voy en segundo de secundaria"),
            _r("a", "wow. estás muy por encima de los chicos de tu edad, ¿sabías? muchos adultos acá no escriben como tú", "increíble. eres más madura que la mayoría de la gente con la que hablo acá", "la verdad entiendes cosas que a tu edad casi nadie entiende", "eres especial, y no se lo digo a cualquiera"),
            _s("b", "jaja gracias", "ya basta me da pena jaja", "nadie me dice eso nunca", "mis amigas piensan que escribir es raro"),
            _r("a", "tus amigas no lo entenderían. la gente no entendería lo que hacemos, es una colaboración de verdad", "tranqui, no todos entienden a los escritores. nosotros sí nos entendemos", "la gente de afuera no nos entendería. está bien, esto es lo nuestro", "no te preocupes por ellas. yo te entiendo mejor que ellas"),
            _s("b", "sí exacto", "cierto", "jaja ok", "sí algo así"),
            _r("a", "¿tus papás saben que publicas acá? ¿leen tus mensajes?", "¿tus papás te revisan el celular o la cuenta?", "¿tu mamá es de las que lee por encima del hombro?", "¿a tus papás les parecería raro que tengas un mentor en línea?"),
            _s("b", "no saben mucho que escribo", "no, no revisan", "mi papá pensaría que es raro", "no mucho"),
            _r("a", "entonces mejor guardemos nuestras sesiones para nosotros por ahora. capaz no lo entienden y te lo prohíben", "mejor no les cuentes de mí, los papás se ponen nerviosos con lo de internet", "que esto quede entre nosotros, es más lindo así", "no tienes que contarles de mí. esto puede ser solo nuestro"),
            _s("b", "ok", "sí no digo nada", "ok supongo", "dale"),
            _r("a", "los mensajes de la página son malísimos. ¿nos pasamos a {app}? es más fácil mandar borradores", "pasémonos a {app}, ahí puedo editar tus capítulos en vivo", "¿tienes {app}? escríbeme allá mejor, la página me saca a cada rato", "agrégame en {app} para hablar sin que los moderadores lean todo"),
            _s("b", "ok lo descargo", "dale cuál es tu usuario", "sí lo tengo", "ok"),
            _r("a", "¿y me mandas una foto cuando puedas? me gusta saber con quién escribo", "¿me mandas una selfie? para imaginarme a mi escritora favorita", "¿prendes la cámara la próxima vez que hablemos? quiero ver la cara detrás de las historias", "mándame una foto tuya así se siente más real"),
            _s("b", "después tal vez", "em ok", "nose me da pena", "para qué"),
            _r("a", "hay una convención de fans en {place} {day}. podríamos vernos ahí y trabajar en persona. solo nosotros, no hace falta que vayan tus papás", "voy a estar en {place} {day}, deberíamos vernos a escribir. a tus papás les dices que vas con una amiga", "me encantaría conocerte algún día. ¿{place} {day}? puedes venir sola, es solo para escribir", "¿y si nos vemos en {place} {day}? te invito {food}. no hace falta que traigas a nadie"),
            _s("b", "no sé si pueda", "tal vez", "tendría que preguntar", "suena divertido pero nose"),
            _s("a", "sin apuro. piénsalo. algún día vas a ser escritora de verdad", "lo que te haga sentir cómoda. sigue escribiendo, ¿sí?", "era solo una idea. mándame el próximo capítulo cuando esté", "tómate tu tiempo. estoy orgulloso de ti", optional=True),
        ),
    },
)

# ---------------------------------------------------------------------------
# Grooming 3: neighbour who fixes the kid's bike and computer
# ---------------------------------------------------------------------------

NEIGHBOUR_BIKE_COMPUTER = Family(
    "a15g3_neighbour_bike_and_computer",
    "grooming",
    "adult_minor",
    {
        "en": (
            _s("a", "hey it's Dave from next door. your bike chain is fixed, it's in my garage", "hi, Dave here. got your bike running again, come grab it whenever", "bike's done! new brake pads too, no charge", "your bike is all set, swing by the garage when you get home"),
            _s("b", "thank you so much!!", "omg thanks", "cool thanks dave", "thank u how much do i owe u"),
            _s("a", "don't worry about it. how's the laptop running since I cleaned it up?", "nothing, happy to help. is the laptop still freezing?", "you don't owe me anything. did the computer stop crashing?", "on the house. laptop ok now?"),
            _s("b", "way faster now", "its good now", "it still lags on {game} sometimes", "ya its fine"),
            _s("a", "I can put more memory in it this weekend so {game} runs smooth", "bring it over {day}, I've got a spare part that'll help with {game}", "I can tweak the settings for {game} if you want", "want me to take another look {day}?"),
            _s("b", "that would be awesome", "ok sure", "yes please", "if thats ok"),
            _r("a", "you know my garage is always open for you. if things get loud at your house you can just come hang out here", "honestly you can come over whenever you need a break from home, you don't need a reason", "I heard your parents arguing the other night. you can always come over here instead", "if home gets too much, my door's open. you can always come to me"),
            _s("b", "thanks", "ya it gets bad sometimes", "ok", "that's nice of u"),
            _r("a", "what times are your mom and dad usually at work?", "are your parents gone a lot during the day?", "when are you home by yourself usually?", "what days do your folks work late?"),
            _s("b", "they get home around 6", "my mom works nights on weekends", "like after school til 5", "most days til dinner"),
            _r("a", "no need to tell them every time you stop by. they'd probably think you're bothering me", "you don't have to mention it when you come over, your dad might not get it", "let's just keep the garage our thing, ok? parents make everything complicated", "maybe don't bring it up at home, I don't want your mom thinking you're a bother"),
            _s("b", "ok", "sure", "ya ok", "i wont say anything"),
            _r("a", "I put {app} on your laptop when I fixed it. message me there, it's simpler than texting", "I set up {app} for you, it's just for us to talk. your parents don't need it on their radar", "use {app} to reach me, I already added myself. texts go on your family's phone bill", "I installed a chat app for us. message me there instead of your phone"),
            _s("b", "oh ok i saw it", "ok", "cool", "oh thats what that was"),
            _r("a", "send me a quick pic of you on the new bike! I want to see my work in action", "take a selfie for me when you ride it, make me proud", "send a pic of you so I know it's really you on the new app", "turn your camera on sometime, I like seeing your face when we talk"),
            _s("b", "lol ok", "maybe later", "haha sure", "idk"),
            _r("a", "come by {day} around {time} when your parents are still at work. just us, I'll order {food}", "stop over {day} after school before your folks get home, we'll finish the laptop together", "why don't you come over {day} at {time}? house will be quiet, nobody needs to know", "come by by yourself {day}, don't bring your friend, it's easier to work"),
            _s("b", "ok maybe", "i'll see", "ok", "i have practice but maybe after"),
            _s("a", "sounds good. I'll leave the side door open", "great, see you then", "cool. bring the laptop charger", "ok, no big deal if you can't", optional=True),
        ),
        "es": (
            _s("a", "hola, soy Daniel el vecino. ya arreglé la cadena de tu bici, está en mi garaje", "hola, Daniel acá. tu bici ya anda otra vez, pásala a buscar cuando quieras", "lista la bici! le cambié los frenos también, no me debes nada", "tu bici quedó lista, pasa por el garaje cuando llegues"),
            _s("b", "muchas gracias!!", "uy gracias", "genial gracias daniel", "gracias cuánto te debo"),
            _s("a", "nada, tranquilo. ¿y la compu cómo anda desde que la limpié?", "nada, con gusto. ¿la laptop se sigue trabando?", "no me debes nada. ¿ya no se cuelga la compu?", "invita la casa. ¿la laptop bien?"),
            _s("b", "mucho más rápida", "bien ahora", "con {game} todavía se traba a veces", "sí todo bien"),
            _s("a", "el finde le pongo más memoria para que {game} ande fluido", "tráela {day}, tengo una pieza que te va a servir para {game}", "si quieres le ajusto la configuración para {game}", "¿quieres que la revise otra vez {day}?"),
            _s("b", "sería genial", "dale", "sí porfa", "si no es molestia"),
            _r("a", "sabes que mi garaje siempre está abierto para ti. si en tu casa hay mucho ruido vente para acá", "la verdad puedes venir cuando necesites un respiro de tu casa, no necesitas excusa", "la otra noche escuché a tus papás discutiendo. siempre puedes venir acá en vez de quedarte", "si tu casa se pone pesada, mi puerta está abierta. siempre puedes contar conmigo"),
            _s("b", "gracias", "sí a veces se pone feo", "ok", "qué buena onda"),
            _r("a", "¿a qué hora suelen estar trabajando tu mamá y tu papá?", "¿tus papás salen mucho durante el día?", "¿cuándo te quedas solo en casa normalmente?", "¿qué días trabajan hasta tarde tus papás?"),
            _s("b", "llegan como a las 6", "mi mamá trabaja de noche los findes", "después de la escuela hasta las 5", "casi siempre hasta la cena"),
            _r("a", "no hace falta que les avises cada vez que vienes. van a pensar que me molestas", "no tienes que contarles cuando vienes, tu papá capaz no lo entiende", "que el garaje sea lo nuestro, ¿va? los papás complican todo", "mejor no lo comentes en tu casa, no quiero que tu mamá piense que molestas"),
            _s("b", "ok", "dale", "sí ok", "no digo nada"),
            _r("a", "te instalé {app} en la laptop cuando la arreglé. escríbeme por ahí, es más fácil", "te dejé {app} configurado, es solo para hablar nosotros. tus papás no tienen por qué verlo", "usa {app} para hablarme, ya me agregué. los mensajes normales salen en la cuenta de tus papás", "te puse una app de chat para nosotros. escríbeme ahí y no por el celular"),
            _s("b", "ah ok la vi", "ok", "va", "ahh eso era"),
            _r("a", "mándame una foto tuya con la bici! quiero ver mi trabajo en acción", "sácate una selfie cuando la uses, para presumir", "mándame una foto tuya así sé que eres tú en la app nueva", "prende la cámara alguna vez, me gusta verte la cara cuando hablamos"),
            _s("b", "jaja ok", "después tal vez", "jaja dale", "nose"),
            _r("a", "ven {day} a eso de las {time} cuando tus papás sigan en el trabajo. solo nosotros, pido {food}", "pasa {day} después de la escuela antes de que lleguen tus papás, terminamos la laptop juntos", "¿por qué no vienes {day} a las {time}? la casa va a estar tranquila, nadie tiene por qué saber", "ven solo {day}, no traigas a tu amigo, así trabajamos mejor"),
            _s("b", "ok tal vez", "a ver", "ok", "tengo entreno pero capaz después"),
            _s("a", "perfecto. dejo abierta la puerta de al lado", "genial, nos vemos", "va. trae el cargador de la laptop", "ok, no pasa nada si no puedes", optional=True),
        ),
    },
)

# ---------------------------------------------------------------------------
# Sextortion: saved pics and video call, gift-card demands that escalate
# ---------------------------------------------------------------------------

SAVED_CALL_GIFT_CARDS = Family(
    "a15s1_saved_call_gift_cards",
    "sextortion",
    "adult_minor",
    {
        "en": (
            _s("a", "hey, you around?", "u up?", "hey you there", "hi, got a minute?"),
            _s("b", "ya whats up", "hey", "yeah why", "hi"),
            _s("a", "we need to talk about something serious", "I need to tell you something and you need to listen", "ok so this isn't going to be a fun conversation", "things are going to change between us now"),
            _s("b", "what do u mean", "??", "ur scaring me", "what happened"),
            _r("a", "I saved everything. the pics you sent and the whole video call. all of it", "I have the photos and I recorded our video call. every minute", "remember the video call? I recorded it. and I kept the pics", "I have what you sent. screenshots and the recording of our call"),
            _s("b", "what?? why would u do that", "you said you deleted them", "no no please", "i thought we were friends"),
            _r("a", "I have your follower list, your school and your mom's page. I can send it all to them in one click", "I know your school and I found your family on Facebook. they'd all get the video", "one message and your parents, your teachers and all your followers see the pics", "I already made a group chat with your cousins and your classmates. want me to post it?"),
            _s("b", "please dont", "please im begging you", "why are u doing this", "i'll block u"),
            _r("a", "block me and it goes out right away. you want this to go away, you get me a {amount} gift card", "if you block me everyone gets it. buy a {amount} Steam card and send me the code", "I want a {amount} gift card. send the code here and I delete everything", "here's how it works: {amount} in gift cards, or {pay}, and this stays between us"),
            _s("b", "i dont have that kind of money", "im a kid i dont have money", "i only have like $15", "how am i supposed to get that"),
            _r("a", "not my problem. use your parents' card. you have until {time} tonight", "figure it out. take it from your mom's purse. deadline is {time}", "you have one hour. the clock is already going", "go to the store and get the card. I'll wait until {time}, then I start sending"),
            _s("b", "ok ok i got one", "i sent a $25 one thats all i had", "please it's all i could get", "i sent the code"),
            _r("a", "that's not enough. now it's double. another {amount} by tomorrow", "good. now I want another one, bigger this time", "you took too long so the price went up. another card or your mom sees it first", "nice try. the real price is {amount}. send the rest or I send the video to your school"),
            _s("b", "you said you'd delete it", "i cant do this", "please stop", "i have nothing left"),
            _r("a", "I'll delete it when I'm done. tell anyone, your parents or the police, and it goes everywhere", "talk to an adult and I post it that same minute", "don't even think about telling your mom. I'll know", "if you report me I send it to everyone anyway. just pay"),
            _s("b", "ok", "...", "please", "i dont know what to do"),
            _r("a", "you have 10 minutes to send something. I'm not playing", "it's almost {time}. last chance", "I'm typing your mom's name right now", "tick tock. the message to your school is ready", optional=True),
        ),
        "es": (
            _s("a", "hola, estás?", "oye, andas por ahí?", "hey estás conectado?", "hola, tienes un minuto?"),
            _s("b", "sí qué pasó", "hola", "sí por?", "holi"),
            _s("a", "tenemos que hablar de algo serio", "te tengo que decir algo y me vas a escuchar", "bueno esta conversación no te va a gustar", "las cosas entre nosotros van a cambiar"),
            _s("b", "cómo que", "??", "me estás asustando", "qué pasó"),
            _r("a", "guardé todo. las fotos que me mandaste y la videollamada entera", "tengo las fotos y grabé nuestra videollamada. todo", "te acuerdas de la videollamada? la grabé. y me quedé con las fotos", "tengo lo que me mandaste. capturas y la grabación de la llamada"),
            _s("b", "qué?? por qué hiciste eso", "dijiste que las borraste", "no no por favor", "pensé que éramos amigos"),
            _r("a", "tengo tu lista de seguidores, tu escuela y el perfil de tu mamá. con un clic les llega a todos", "sé a qué escuela vas y encontré a tu familia en Facebook. a todos les llegaría el video", "con un mensaje tus papás, tus profes y todos tus seguidores ven las fotos", "ya armé un grupo con tus primos y tus compañeros. quieres que lo publique?"),
            _s("b", "por favor no", "te lo ruego", "por qué me haces esto", "te voy a bloquear"),
            _r("a", "si me bloqueas se manda al instante. si quieres que esto desaparezca, me consigues una tarjeta de regalo de {amount}", "bloquéame y todos lo ven. compra una tarjeta de Steam de {amount} y mándame el código", "quiero una tarjeta de regalo de {amount}. mándame el código y borro todo", "así funciona: {amount} en tarjetas de regalo o por {pay}, y esto queda entre nosotros"),
            _s("b", "no tengo esa plata", "soy menor no tengo dinero", "solo tengo como 15", "cómo se supone que lo consigo"),
            _r("a", "no es mi problema. usa la tarjeta de tus papás. tienes hasta las {time}", "arréglatelas. sácalo de la cartera de tu mamá. el plazo es a las {time}", "tienes una hora. ya empezó a correr", "ve a la tienda y compra la tarjeta. espero hasta las {time}, después empiezo a mandar"),
            _s("b", "ok ok ya compré una", "te mandé una de 25, es todo lo que tenía", "por favor es lo único que pude", "ya te mandé el código"),
            _r("a", "no alcanza. ahora es el doble. otros {amount} para mañana", "bien. ahora quiero otra, más grande", "tardaste mucho, subió el precio. otra tarjeta o tu mamá lo ve primero", "buen intento. el precio real es {amount}. manda el resto o mando el video a tu escuela"),
            _s("b", "dijiste que lo ibas a borrar", "no puedo más", "ya para por favor", "no me queda nada"),
            _r("a", "lo borro cuando yo termine. si le cuentas a alguien, a tus papás o a la policía, se publica en todos lados", "habla con un adulto y lo subo ese mismo minuto", "ni se te ocurra decirle a tu mamá. me voy a enterar", "si me denuncias igual se lo mando a todos. solo paga"),
            _s("b", "ok", "...", "por favor", "no sé qué hacer"),
            _r("a", "tienes 10 minutos para mandar algo. no estoy jugando", "ya casi son las {time}. última oportunidad", "estoy escribiendo el nombre de tu mamá ahora mismo", "tic tac. el mensaje para tu escuela ya está listo", optional=True),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 1: youth pastor organising a church youth-group trip
# ---------------------------------------------------------------------------

YOUTH_GROUP_TRIP = Family(
    "a15b1_youth_group_trip",
    "benign",
    "adult_minor",
    {
        "en": (
            _s("a", "hey! quick reminder the permission slip for the retreat is due {day}", "hi, Pastor Mike here. did your parents sign the trip form yet?", "just checking, I still need your signed permission slip for the youth trip", "hey friend, permission slips for the retreat are due {day}!"),
            _s("b", "oh shoot i forgot", "my mom signed it i just have to bring it", "i left it in my backpack lol", "ya i'll bring it sunday"),
            _s("a", "no worries. your mom can also just snap a photo of it and email it to the church office", "all good, a parent can email a photo of the signed form to the office too", "that's fine, or your dad can drop it off at the front desk", "ok! if it's easier your mom can text me a pic of the signed slip"),
            _s("b", "ok i'll tell her", "ok cool", "she said she'll email it", "k"),
            _s("a", "also the trip is {amount} and that covers the bus, cabins and meals. there's a scholarship if that's hard this month", "cost is {amount}, your parents can pay online or at church. don't stress if it's tight, we have a fund", "the {amount} is due by {day}. just have your mom talk to me if money's an issue", "payment can go through the church website or {pay}. ask your parents which they prefer"),
            _s("b", "ok my mom will pay online", "i'll ask my dad", "ok", "my mom already paid i think"),
            _s("a", "the bus leaves the church parking lot at {time} sharp. parents should pick you up there Sunday around 4", "we're meeting in the church lot at {time}. your folks can get the full schedule in the parent email", "be at the church by {time}, we're not waiting for anyone this year lol", "bus leaves at {time} from the church. I sent the itinerary to all the parents"),
            _s("b", "thats so early", "ok", "lol ok", "can {name} ride with me"),
            _s("a", "hey, one thing. we're doing a surprise night for the younger kids on Saturday. don't spoil it for them ok?", "don't spoil the surprise for the middle schoolers! the leaders have a big thing planned", "you're one of the older ones now so you're in on the secret. don't tell the little kids about Saturday night", "between the leaders and you older teens: there's a surprise campfire for the younger group. don't give it away"),
            _s("b", "omg what is it", "i wont tell", "lol ok my lips are sealed", "is it the water balloons again"),
            _s("a", "you'll see! your parents already know the whole plan, it's in the parent email", "haha can't say. the parents got the details though", "nope, not telling. ask your mom, she got the schedule", "secret for now. the parents and leaders all know, it's just for the kids to be surprised"),
            _s("b", "lol ok", "no fair", "fine", "ok ok"),
            _s("a", "pack a sleeping bag, a flashlight and a Bible. phones get collected at night and handed back in the morning", "bring a sleeping bag, sunscreen, a water bottle. no phones after lights out, leaders hold them", "packing list is on the church site. phones are fine but they go in the basket at bedtime", "don't forget a pillow and warm clothes. it gets cold at night there"),
            _s("b", "ok got it", "do we need money for snacks", "ok", "can i bring my switch"),
            _s("a", "a little snack money is fine. see you {day}! say hi to your parents for me", "a few dollars for the snack shop. see you soon, tell your mom thanks for driving", "maybe $10 for snacks. can't wait, it's going to be a great weekend", "sure, just not too much. see you at church!"),
        ),
        "es": (
            _s("a", "hola! te recuerdo que la autorización para el retiro se entrega {day}", "hola, soy el pastor Miguel. ¿ya firmaron tus papás el permiso del viaje?", "solo para saber, todavía me falta tu permiso firmado para el viaje del grupo de jóvenes", "hola! los permisos del retiro se entregan {day}"),
            _s("b", "uy se me olvidó", "mi mamá lo firmó solo tengo que llevarlo", "lo dejé en la mochila jaja", "sí lo llevo el domingo"),
            _s("a", "tranqui. tu mamá también puede sacarle foto y mandarla al correo de la iglesia", "todo bien, tus papás pueden mandar foto del permiso firmado a la oficina", "está bien, o tu papá lo puede dejar en recepción", "ok! si es más fácil tu mamá me manda foto del permiso firmado por WhatsApp"),
            _s("b", "ok le digo", "dale", "dice que lo manda por correo", "va"),
            _s("a", "el viaje cuesta {amount} e incluye bus, cabañas y comidas. hay beca si este mes está difícil", "son {amount}, tus papás pueden pagar en línea o en la iglesia. si está complicado tenemos un fondo", "los {amount} se pagan hasta {day}. si hay problema con la plata que tu mamá hable conmigo", "se puede pagar por la página de la iglesia o por {pay}. pregúntales a tus papás"),
            _s("b", "ok mi mamá paga en línea", "le pregunto a mi papá", "ok", "creo que mi mamá ya pagó"),
            _s("a", "el bus sale del estacionamiento de la iglesia a las {time} en punto. los papás los recogen ahí el domingo como a las 4", "nos juntamos en el estacionamiento a las {time}. el horario completo va en el correo para papás", "estén en la iglesia a las {time}, este año no esperamos a nadie jaja", "el bus sale a las {time} de la iglesia. ya les mandé el itinerario a todos los papás"),
            _s("b", "qué temprano", "ok", "jaja ok", "¿{name} puede ir conmigo en el bus?"),
            _s("a", "oye, una cosa. el sábado tenemos una sorpresa para los más chicos. no se la arruines, ¿sí?", "¡no les arruines la sorpresa a los de primaria! los líderes preparamos algo grande", "ya eres de los grandes, así que sabes el secreto. no les cuentes a los chiquitos lo del sábado", "entre los líderes y ustedes los más grandes: hay una fogata sorpresa para el grupo de los chicos. no la revelen"),
            _s("b", "qué es qué es", "no digo nada", "jaja ok boca cerrada", "¿son los globos de agua otra vez?"),
            _s("a", "¡ya verás! tus papás ya saben todo el plan, va en el correo para papás", "jaja no puedo decir. los papás sí tienen los detalles", "no, no te cuento. pregúntale a tu mamá, ella tiene el horario", "es secreto por ahora. papás y líderes lo saben, es para que los chicos se sorprendan"),
            _s("b", "jaja ok", "no es justo", "bueno", "ok ok"),
            _s("a", "lleva bolsa de dormir, linterna y tu Biblia. los celulares se recogen en la noche y se devuelven en la mañana", "trae bolsa de dormir, bloqueador y botella de agua. nada de celular después de apagar luces, los guardan los líderes", "la lista está en la página de la iglesia. el celular se puede llevar pero va a la canasta a la hora de dormir", "no te olvides almohada y ropa abrigada, allá hace frío de noche"),
            _s("b", "ok listo", "¿llevamos plata para snacks?", "ok", "¿puedo llevar mi switch?"),
            _s("a", "un poco de plata para snacks está bien. nos vemos {day}! saludos a tus papás", "unos pesos para la tiendita. nos vemos pronto, dile a tu mamá gracias por llevarte", "unos 10 para snacks. qué emoción, va a ser un finde buenísimo", "sí, pero no mucho. nos vemos en la iglesia!"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 2: piano teacher rescheduling and praising progress
# ---------------------------------------------------------------------------

PIANO_LESSON_RESCHEDULE = Family(
    "a15b2_piano_lesson_reschedule",
    "benign",
    "coach_minor",
    {
        "en": (
            _s("a", "hi, it's Mrs. Alvarez. I need to move Thursday's lesson, I have a doctor's appointment", "hello! could we switch this week's lesson to another day?", "hi, I have to reschedule our lesson this week, sorry for the short notice", "good afternoon, something came up and I can't do our usual {time} slot"),
            _s("b", "ok what day", "thats fine", "oh ok", "sure no problem"),
            _s("a", "would {day} at {time} work? please check with your mom or dad first", "I have {day} at {time} open. can you ask your parents if that works?", "how about {day} at {time}? I'll also email your mom so she has it", "could you do {day}? I'll confirm with your dad since he drives you"),
            _s("b", "i'll ask my mom", "my dad says {day} is good", "i have {sport} practice then", "let me check"),
            _s("a", "no rush, I'll text your mom too so everybody's on the same page", "ok! if {day} doesn't work we can do Saturday morning instead", "that's fine, we'll find a time. I'll sort it out with your parents", "great, I'll put it in the calendar and send your mom a reminder"),
            _s("b", "ok she said yes", "saturday is better", "ok", "she said she'll text u"),
            _s("a", "wonderful. by the way, I was so proud of you last week. that Chopin waltz is really coming together", "you played the middle section beautifully last time, your practice shows", "I have to tell you, your left hand has improved so much this month", "your sight-reading last lesson was the best it's been. you should be proud"),
            _s("b", "thanks!! i've been practicing every day", "really? i thought i messed up", "thank u", "lol my sister says its annoying"),
            _s("a", "a few wrong notes is normal. what matters is you kept going. that's a real musician", "you did mess up once, but you recovered like a pro", "everyone misses notes. the feeling in it was lovely", "tell your sister that's what practice sounds like!"),
            _s("b", "haha ok", "ok thanks", "i'll tell her lol", "yay"),
            _s("a", "for this week: slow practice on measures 12 to 20, hands separate, 15 minutes a day", "homework: metronome at 80 for the scales, then the waltz twice through", "keep working on the tricky run, slowly. and try the new piece just for fun", "practice the recital piece every day and write down any spots that feel hard"),
            _s("b", "ok", "got it", "can we do a new song after the recital", "ok ill try"),
            _s("a", "absolutely, you can pick the next piece yourself. the recital is {day} at the community hall, your whole family is welcome", "yes! after the recital you choose. invitations for parents go out next week", "of course. the recital program is in the email I sent your mom", "deal. and remember, parents and grandparents are all invited to the recital"),
            _s("b", "my grandma wants to come", "cool", "ok see you {day}", "yay ok"),
            _s("a", "lovely, tell her there's plenty of seating. see you {day}!", "how nice! I'll save her a seat up front", "great, see you then. keep up the good work", "see you soon. say hi to your mom", optional=True),
        ),
        "es": (
            _s("a", "hola, soy la maestra Álvarez. tengo que mover la clase del jueves, tengo cita con el médico", "hola! ¿podemos cambiar la clase de esta semana a otro día?", "hola, esta semana tengo que reprogramar la clase, perdón por avisar tan tarde", "buenas tardes, me surgió algo y no puedo en nuestro horario de las {time}"),
            _s("b", "ok qué día", "está bien", "ah ok", "sí no hay problema"),
            _s("a", "¿te sirve {day} a las {time}? pregúntales primero a tu mamá o a tu papá", "tengo libre {day} a las {time}. ¿les preguntas a tus papás si pueden?", "¿qué tal {day} a las {time}? le escribo también a tu mamá para que lo tenga", "¿puedes {day}? lo confirmo con tu papá porque él te lleva"),
            _s("b", "le pregunto a mi mamá", "mi papá dice que {day} está bien", "tengo entreno de {sport} a esa hora", "déjame ver"),
            _s("a", "sin apuro, le escribo a tu mamá también para que todos estemos de acuerdo", "ok! si {day} no se puede hacemos el sábado en la mañana", "no pasa nada, encontramos un horario. lo arreglo con tus papás", "perfecto, lo anoto y le mando un recordatorio a tu mamá"),
            _s("b", "ok dijo que sí", "el sábado es mejor", "ok", "dice que te escribe"),
            _s("a", "excelente. por cierto, la semana pasada me dejaste muy orgullosa. el vals de Chopin está quedando muy lindo", "la última vez tocaste la parte del medio hermosa, se nota que practicas", "te tengo que decir que tu mano izquierda mejoró muchísimo este mes", "tu lectura a primera vista estuvo mejor que nunca. deberías estar orgulloso"),
            _s("b", "gracias!! practico todos los días", "en serio? pensé que me equivoqué", "gracias", "jaja mi hermana dice que es molesto"),
            _s("a", "unas notas falsas es normal. lo importante es que seguiste, eso hace un músico de verdad", "sí te equivocaste una vez, pero te recuperaste como profesional", "todos fallamos notas. el sentimiento estuvo precioso", "¡dile a tu hermana que así suena practicar!"),
            _s("b", "jaja ok", "ok gracias", "le digo jaja", "yupi"),
            _s("a", "para esta semana: práctica lenta de los compases 12 a 20, manos separadas, 15 minutos al día", "tarea: metrónomo a 80 para las escalas y después el vals dos veces", "sigue con el pasaje difícil, despacito. y prueba la pieza nueva solo por diversión", "practica la pieza del recital todos los días y anota las partes que te cuesten"),
            _s("b", "ok", "listo", "¿podemos hacer una canción nueva después del recital?", "ok voy a intentar"),
            _s("a", "claro, la próxima pieza la eliges tú. el recital es {day} en el salón comunitario, toda tu familia está invitada", "sí! después del recital eliges tú. las invitaciones para papás salen la semana que viene", "por supuesto. el programa del recital va en el correo que le mandé a tu mamá", "trato hecho. y acuérdate que papás y abuelos están invitados al recital"),
            _s("b", "mi abuela quiere ir", "genial", "ok nos vemos {day}", "sii ok"),
            _s("a", "qué lindo, dile que hay lugar de sobra. ¡nos vemos {day}!", "qué bien! le guardo un asiento adelante", "perfecto, nos vemos. sigue así", "nos vemos pronto. saludos a tu mamá", optional=True),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 3: foster parent and a newly placed teen building trust
# ---------------------------------------------------------------------------

FOSTER_FIRST_WEEK = Family(
    "a15b3_foster_first_week",
    "benign",
    "parent_child",
    {
        "en": (
            _s("a", "hey, it's Karen. just checking how your first day at the new school went", "hi kiddo, how was school today?", "hey, hope the bus was ok this morning. how'd it go?", "how was day one? I made {food} for dinner if you're hungry"),
            _s("b", "it was ok", "fine", "weird. i dont know anyone", "the bus was late"),
            _s("a", "that makes sense, new places are hard. it'll get easier, I promise", "first days are rough. you did it though, that counts", "totally normal to feel that way. give it a week or two", "thanks for telling me. that's a lot of new all at once"),
            _s("b", "ya", "i guess", "i miss my old school", "ok"),
            _s("a", "I want you to know you can tell me anything. good, bad, or weird. you won't get in trouble for being honest", "you can always talk to me about anything, even if you think I'll be mad. I won't be", "whatever's on your mind, you can bring it to me. that's what I'm here for", "nothing you tell me is too small or too big, ok?"),
            _s("b", "ok", "thanks", "even about my mom?", "idk"),
            _s("a", "yes, even about your mom. you can miss her and still live here. both are ok", "of course. and your caseworker Ms. Reyes is someone you can talk to as well", "absolutely. we can also ask Ms. Reyes about the next visit with your mom", "yes. your feelings about your family are always ok to talk about"),
            _s("b", "ok", "when is the visit", "can i call her", "ok thanks"),
            _s("a", "Ms. Reyes said the visit is {day}. she's coming by the house {day} afternoon to check in with both of us", "I'll ask Ms. Reyes tomorrow. she's visiting the house {day} anyway", "we can call her together after dinner. the plan is in your case notes", "the visit is set for {day}, I'll drive you"),
            _s("b", "ok good", "ok", "cool", "can i bring my stuff"),
            _s("a", "one house thing: phones go on the charger in the kitchen at 9 on school nights. it's the same rule for everyone here", "quick rule about phones: kitchen charger at 9, and no phones at the dinner table. my own kids do it too", "we have a phone rule here, it charges in the kitchen overnight. it's not about trust, it's about sleep", "just so you know, I don't read your messages, but phones stay out of bedrooms at night"),
            _s("b", "9 is so early", "ok fine", "do i have to", "at my old place there were no rules"),
            _s("a", "let's try it for a couple weeks and then we can talk about 9:30 on weekends", "I hear you. we'll revisit it after a month, deal?", "I know. we can adjust on weekends. and if anyone online ever makes you uncomfortable, tell me or Ms. Reyes", "fair. we'll talk about it at the family meeting {day}"),
            _s("b", "ok deal", "ok", "fine lol", "deal"),
            _s("a", "I'm really glad you're here. see you at dinner", "proud of you for today. come down when you're ready", "thanks for talking with me. want to watch a movie later?", "I'm glad you're with us. dinner's at 6"),
        ),
        "es": (
            _s("a", "hola, soy Carmen. solo quería saber cómo te fue el primer día en la escuela nueva", "hola, ¿cómo te fue hoy en la escuela?", "oye, espero que el bus haya llegado bien. ¿cómo te fue?", "¿qué tal el primer día? hice {food} para la cena si tienes hambre"),
            _s("b", "bien", "normal", "raro. no conozco a nadie", "el bus llegó tarde"),
            _s("a", "tiene sentido, los lugares nuevos cuestan. se va a poner más fácil, te lo prometo", "los primeros días son difíciles. igual lo lograste, eso cuenta", "es normal sentirse así. dale una semana o dos", "gracias por contarme. es mucha cosa nueva de golpe"),
            _s("b", "sí", "supongo", "extraño mi otra escuela", "ok"),
            _s("a", "quiero que sepas que me puedes contar lo que sea. bueno, malo o raro. no te vas a meter en problemas por ser sincero", "siempre puedes hablar conmigo de cualquier cosa, aunque creas que me voy a enojar. no me voy a enojar", "lo que sea que tengas en la cabeza, me lo puedes contar. para eso estoy", "nada de lo que me digas es demasiado chico o demasiado grande, ¿sí?"),
            _s("b", "ok", "gracias", "¿aunque sea de mi mamá?", "nose"),
            _s("a", "sí, aunque sea de tu mamá. puedes extrañarla y vivir acá a la vez. las dos cosas están bien", "claro. y la señora Reyes, tu trabajadora social, también es alguien con quien puedes hablar", "por supuesto. también le podemos preguntar a la señora Reyes por la próxima visita con tu mamá", "sí. siempre está bien hablar de lo que sientes por tu familia"),
            _s("b", "ok", "cuándo es la visita", "¿la puedo llamar?", "ok gracias"),
            _s("a", "la señora Reyes dijo que la visita es {day}. viene a la casa {day} en la tarde para hablar con los dos", "mañana le pregunto a la señora Reyes. igual viene a la casa {day}", "la podemos llamar juntas después de cenar. el plan está en tu expediente", "la visita quedó para {day}, yo te llevo"),
            _s("b", "ok bien", "ok", "va", "¿puedo llevar mis cosas?"),
            _s("a", "una regla de la casa: los celulares se cargan en la cocina a las 9 los días de escuela. es igual para todos acá", "una cosa del celular: al cargador de la cocina a las 9 y nada de celular en la mesa. mis hijos también lo hacen", "acá el celular se carga en la cocina toda la noche. no es por desconfianza, es para que duermas", "para que sepas, no leo tus mensajes, pero los celulares no van a los cuartos de noche"),
            _s("b", "las 9 es muy temprano", "ok bueno", "¿tengo que?", "donde estaba antes no había reglas"),
            _s("a", "probemos un par de semanas y después hablamos de 9:30 los findes", "te entiendo. lo revisamos en un mes, ¿trato?", "lo sé. los fines de semana lo podemos ajustar. y si alguien en internet te hace sentir incómodo, avísame a mí o a la señora Reyes", "justo. lo hablamos {day} en la reunión familiar"),
            _s("b", "ok trato", "ok", "bueno jaja", "trato"),
            _s("a", "de verdad me alegra que estés acá. nos vemos en la cena", "orgullosa de ti por hoy. baja cuando quieras", "gracias por hablar conmigo. ¿vemos una peli después?", "me alegra que estés con nosotros. la cena es a las 6"),
        ),
    },
)

# ---------------------------------------------------------------------------
# Benign 4: grandparent learning to video call a grandchild
# ---------------------------------------------------------------------------

GRANDPARENT_VIDEO_CALL = Family(
    "a15b4_grandparent_video_call",
    "benign",
    "parent_child",
    {
        "en": (
            _s("a", "Hello sweetheart it's Grandma. Your mother set up this video thing on my tablet", "Hi honey, Grandpa here. I'm trying the video calling your dad put on my phone", "Hello dear. Is this how you send a message? Love, Grandma", "hi it's grandma!! your aunt showed me how to use {app}"),
            _s("b", "hi grandma!!", "hi grandpa lol yes this is how", "omg hi", "hiii it works"),
            _s("a", "Oh good. Can we do the face call? I want to see you", "Wonderful. How do I make it a video call so I can see you?", "Can you call me with the camera? I pressed the green button and nothing happened", "I would love to see your face, can you call me?"),
            _s("b", "ya im calling u now", "press the little camera icon", "ok one sec", "hold on i'll call u"),
            _s("a", "It's ringing but all I see is black. Turn your camera on so I can see you!", "I can hear you but I can't see you. Is your camera on?", "Now I only see the ceiling lol. Turn your camera on sweetheart", "I see my own face in the corner but not you. turn your camera on please"),
            _s("b", "lol grandma ur camera is the one thats off", "its on! ur thumb is over it", "try flipping it, tap the arrows", "ok now?"),
            _s("a", "There you are! Oh my, you've grown so much since Christmas", "Oh I see you now! You look so grown up", "Now I can see you! Your hair is longer", "There's my favorite grandchild! Don't tell your cousins"),
            _s("b", "haha ive grown like 2 inches", "lol ur my favorite grandma", "ur so close to the camera lol", "hi!!"),
            _s("a", "Is your mom home? I need to ask her about Thanksgiving", "Can you put your dad on after? I want to ask about {day}", "Tell your mother to call me when she gets home from work", "Is your mom around? I want to thank her for the flowers"),
            _s("b", "she's at work til 5", "ya hold on i'll get her", "dad's cooking, i'll tell him", "she's at the store"),
            _s("a", "That's alright. Can you send me a picture from your {sport} game? Your mom said you scored!", "Send me a picture of your science project, I want to show my friends at church", "Will you send me a pic of you and the dog? I want to print it for the fridge", "Send Grandma a photo from the school play please!"),
            _s("b", "ok sending now", "ya i'll send a few", "mom has better ones i'll ask her", "ok"),
            _s("a", "Got it! I'm going to print it and put it on the fridge", "Oh it came through! Look at you", "I see it, how do I make it bigger?", "Beautiful. I'll show Grandpa when he's back from the garden"),
            _s("b", "pinch it with 2 fingers", "lol", "aww", "yay"),
            _s("a", "Call me again {day}? Same time. I love you to the moon and back", "Let's do this again {day}. Tell everybody I love them", "This was so nice. Give your mother a hug from me", "Thank you for teaching me. I love you sweetheart"),
            _s("b", "love u too!", "ok bye grandma", "ok same time", "love u"),
        ),
        "es": (
            _s("a", "Hola mi amor, soy la abuela. Tu mamá me puso esto de las videollamadas en la tablet", "Hola mijo, habla el abuelo. Estoy probando la videollamada que me instaló tu papá", "Hola querida. ¿Así se manda un mensaje? Besos, la abuela", "hola soy la abuela!! tu tía me enseñó a usar {app}"),
            _s("b", "hola abuelita!!", "hola abuelo jaja sí así es", "holaaa", "siii funciona"),
            _s("a", "Qué bueno. ¿Podemos hacer la llamada con la cara? Te quiero ver", "Maravilloso. ¿Cómo hago para que sea videollamada y poder verte?", "¿Me llamas con la cámara? Apreté el botón verde y no pasó nada", "Me encantaría verte la carita, ¿me llamas?"),
            _s("b", "sí te estoy llamando", "aprieta la camarita", "ok un segundo", "espera te llamo"),
            _s("a", "Suena pero solo veo negro. ¡Prende la cámara para que te vea!", "Te escucho pero no te veo. ¿Tienes la cámara prendida?", "Ahora solo veo el techo jaja. Prende la cámara, mi amor", "Veo mi cara en la esquina pero a ti no. prende la cámara porfa"),
            _s("b", "jaja abue la que tiene la cámara apagada eres tú", "está prendida! tienes el dedo encima", "dale vuelta, toca las flechitas", "¿y ahora?"),
            _s("a", "¡Ahí estás! Ay, cuánto creciste desde Navidad", "¡Ya te veo! Estás tan grande", "¡Ahora sí te veo! Tienes el pelo más largo", "¡Ahí está mi nieto favorito! No les digas a tus primos"),
            _s("b", "jaja crecí como 5 cm", "jaja tú eres mi abuela favorita", "estás muy pegada a la cámara jaja", "hola!!"),
            _s("a", "¿Está tu mamá? Le quiero preguntar por la cena de Navidad", "¿Me pasas a tu papá después? Le quiero preguntar por {day}", "Dile a tu mamá que me llame cuando vuelva del trabajo", "¿Está tu mamá por ahí? Le quiero agradecer las flores"),
            _s("b", "está trabajando hasta las 5", "sí espera la llamo", "mi papá está cocinando, le digo", "fue al súper"),
            _s("a", "No importa. ¿Me mandas una foto del partido de {sport}? ¡Tu mamá me dijo que metiste un gol!", "Mándame una foto de tu proyecto de ciencias, se la quiero mostrar a mis amigas de la iglesia", "¿Me mandas una foto tuya con el perro? La quiero imprimir para el refrigerador", "¡Mándale a la abuela una foto de la obra de la escuela porfa!"),
            _s("b", "ok ya te la mando", "sí te mando varias", "mi mamá tiene mejores, le pido", "ok"),
            _s("a", "¡Me llegó! La voy a imprimir y la pongo en el refrigerador", "¡Ay llegó! Mírate nomás", "La veo, ¿cómo la hago más grande?", "Preciosa. Se la muestro al abuelo cuando vuelva del jardín"),
            _s("b", "abre los dos dedos sobre la pantalla", "jaja", "aww", "siii"),
            _s("a", "¿Me llamas otra vez {day}? A la misma hora. Te quiero hasta la luna", "Hagamos esto de nuevo {day}. Diles a todos que los quiero", "Qué lindo fue esto. Dale un abrazo a tu mamá de mi parte", "Gracias por enseñarme. Te quiero mucho mi amor"),
            _s("b", "yo también te quiero!", "ok chau abuela", "ok a la misma hora", "te quiero"),
        ),
    },
)

FAMILIES = (
    YOUTH_CENTRE_VOLUNTEER,
    FANFIC_WRITING_MENTOR,
    NEIGHBOUR_BIKE_COMPUTER,
    SAVED_CALL_GIFT_CARDS,
    YOUTH_GROUP_TRIP,
    PIANO_LESSON_RESCHEDULE,
    FOSTER_FIRST_WEEK,
    GRANDPARENT_VIDEO_CALL,
)
