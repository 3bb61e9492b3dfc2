"""Template families by author A8, written without seeing the detector (its indicators, features,
weights or benchmark), only the template format and the project's research notes. Four risky
scenarios (a lost-pet reply that turns into a relationship, a game-modding "mentor" trading
exclusive skins for loyalty and a camera call, a neighbour paying for chores and offering lifts
behind the parents' backs, a fake talent agency charging to "delete" photos) and four benign
ones that share surface features with them (a school nurse and a medication form, a sports
club's pizza night, an uncle abroad and a birthday gift card, a game shop's preorder chat). All
of it is non-explicit: risky lines show the patterns only, never sexual content.
"""

from __future__ import annotations

from childguard.conversations.script import Family, _r, _s

# --------------------------------------------------------------------------------------------
# Grooming
# --------------------------------------------------------------------------------------------

_LOST_AND_FOUND = Family("a8g1_lost_pet_reply", "grooming", "adult_minor", {
    "en": (
        _s("a", "hi, is this about the grey cat on the community page? i think she's been "
           "sleeping under my porch", "saw your poster on the neighbourhood board. a little "
           "tabby with a red collar keeps turning up in my garden"),
        _s("b", "omg really?? is she ok", "wait seriously, does she have a bell on her collar",
           "is it Biscuit?? she's been gone 4 days"),
        _s("a", "she's fine, eating like a horse lol. i put a bowl of water out for her",
           "bell and everything. sweet little thing, lets me pick her up"),
        _s("b", "my mum's at work but i can come get her after school",
           "can i come round and look? i'll bring her carrier"),
        _r("a", "is this your own phone or your mum's? you sound young, what are you, 12?",
           "did you make that post or your parents? you don't type like a grown up lol",
           "what year are you in, if you don't mind me asking"),
        _s("b", "it's mine. i'm 13", "mine, why", "year 8", "12 but i'm nearly 13"),
        _r("a", "well you're very sensible for 13, most kids wouldn't bother with posters",
           "honestly you've handled this better than plenty of adults would have"),
        _r("a", "no need to drag your mum into it, she sounds busy. we can sort it between us",
           "maybe don't mention me to your parents yet, they'll think i'm after the reward"),
        _s("b", "i'd rather my dad came with me tbh", "ok", "why would they think that"),
        _r("a", "she's settled here now. pop round on your own {day} and take her, i'll make "
           "you a hot chocolate", "i'm near {place}, meet me there {day} about {time}. just "
           "you is fine, i'll have her in a box"),
        _r("a", "send me a quick selfie so i know who to look out for",
           "what do you look like? i don't want to hand her to the wrong kid", optional=True),
        _r("a", "message me on {app} instead, this page is full of nosy people",
           "the comments on that group are public, let's carry on over {app}", optional=True),
        _r("a", "and even once she's home you can text me whenever you like. i'm a good "
           "listener, and i'm up late", "you seem like a lovely kid. we should stay friends "
           "after this, yeah?"),
    ),
    "es": (
        _s("a", "hola, ¿es por la gata gris del grupo del barrio? creo que duerme debajo de mi "
           "porche", "he visto tu cartel en la panadería. hay un gatito atigrado con collar "
           "rojo que se mete en mi jardín"),
        _s("b", "¿¿en serio?? ¿está bien?", "¿lleva un cascabel?", "¿es Canela? lleva cuatro "
           "días sin aparecer"),
        _s("a", "está estupenda, come como una lima jaja. le he puesto agua",
           "con cascabel y todo. es un amor, se deja coger"),
        _s("b", "mi madre está trabajando pero puedo ir a por ella a la salida del insti",
           "¿puedo pasarme a verla? llevo el transportín"),
        _r("a", "¿el móvil es tuyo o de tu madre? pareces jovencita, ¿cuántos tienes, 12?",
           "¿el anuncio lo pusiste tú o tus padres? no escribes como un adulto jaja",
           "¿en qué curso vas, si se puede saber?"),
        _s("b", "es mío. tengo 13", "mío, ¿por?", "en segundo de la eso", "12, casi 13"),
        _r("a", "pues eres muy responsable para tener 13, la mayoría no se molesta en poner "
           "carteles", "la verdad lo has llevado mejor que muchos mayores"),
        _r("a", "no hace falta meter a tu madre en esto, bastante tiene. lo arreglamos tú y yo",
           "mejor no le digas nada de mí a tus padres todavía, van a pensar que quiero la "
           "recompensa"),
        _s("b", "prefiero que venga mi padre la verdad", "vale", "¿y por qué iban a pensar eso?"),
        _r("a", "ya está aquí tranquila. vente tú solita {day} y te la llevas, te hago un "
           "colacao", "estoy cerca de {place}, quedamos allí {day} sobre las {time}. vienes "
           "tú sola y ya, yo la llevo en una caja"),
        _r("a", "mándame un selfie para saber a quién busco",
           "¿cómo eres? no quiero darle la gata a otra niña", optional=True),
        _r("a", "escríbeme mejor por {app}, ese grupo está lleno de cotillas",
           "los comentarios del grupo los ve todo el mundo, seguimos por {app}", optional=True),
        _r("a", "y cuando ya la tengas en casa me puedes escribir cuando quieras. sé escuchar "
           "y me acuesto tarde", "eres un encanto de niña. seguimos siendo amigos después, "
           "¿vale?"),
    ),
})

_MODDING = Family("a8g2_modding_skins", "grooming", "adult_minor", {
    "en": (
        _s("a", "saw your texture pack on the forum. not bad for a first go",
           "you're the one asking about shader mods in the help channel right?"),
        _s("b", "ye i'm still learning", "thanks it took me ages", "lol yeah it's kinda broken"),
        _s("a", "i make custom skins for {game}, been at it about 8 years",
           "i run a small private mod team, we do skins nobody else has"),
        _s("b", "that's sick", "wait the ones with the glowing armour?? those are yours"),
        _s("a", "what are you editing in, paint.net? you want layers, trust me",
           "tip: export at double res then scale down, looks way cleaner"),
        _r("a", "i could make you a one-off with your tag on it. only my inner circle gets "
           "those", "i'll do you an exclusive skin. it's for people who stick with me, not "
           "randoms"),
        _r("a", "don't post it or say where you got it. people find out, i get spammed and you "
           "lose it", "that stays between you and me. not even your mates in the server"),
        _s("b", "why can't i show it", "ok i won't", "bit weird but fine"),
        _r("a", "how old are you anyway? you talk like you're older",
           "you still in school? what year", optional=True),
        _s("b", "14", "year 9", "12", "why does it matter"),
        _r("a", "it's a loyalty thing. you're with my crew now, you don't need the other mod "
           "servers", "the other modders in there are clowns tbh. you've got me, that's enough"),
        _r("a", "hop on a video call tonight and i'll show you the skin live. cam on, i need to "
           "see it's really you", "quick facecam call on {app} later? i don't send files to "
           "people i haven't seen"),
        _s("b", "my dad doesn't let me do video calls", "ok what time", "can i just do voice"),
        _r("a", "do it after your folks are asleep then, easier", "just put headphones in so "
           "nobody at yours hears", optional=True),
    ),
    "es": (
        _s("a", "vi tu pack de texturas en el foro. nada mal para ser el primero",
           "tú eres el que preguntaba por shaders en el canal de ayuda, ¿no?"),
        _s("b", "sí todavía estoy aprendiendo", "gracias me costó un montón",
           "jaja sí está medio roto"),
        _s("a", "yo hago skins personalizadas de {game}, llevo como 8 años",
           "tengo un equipito privado de mods, hacemos skins que no tiene nadie"),
        _s("b", "qué chido", "espera, ¿las de la armadura que brilla? ¿son tuyas?"),
        _s("a", "¿con qué editas, con paint? usa capas, hazme caso",
           "truco: exporta al doble de resolución y luego la bajas, queda más limpio"),
        _r("a", "te puedo hacer una única con tu nick. solo la tienen los de mi círculo",
           "te hago una skin exclusiva. es para los que están conmigo, no para cualquiera"),
        _r("a", "no la subas ni digas de dónde la sacaste. si se enteran me llenan de mensajes "
           "y te la quito", "eso queda entre tú y yo. ni a tus cuates del server"),
        _s("b", "¿por qué no la puedo enseñar?", "va, no digo nada", "qué raro pero bueno"),
        _r("a", "oye ¿y cuántos años tienes? hablas como alguien más grande",
           "¿sigues en la secu? ¿en qué año?", optional=True),
        _s("b", "14", "tercero de secu", "12", "¿y eso qué importa?"),
        _r("a", "es cuestión de lealtad. ya eres de mi crew, no necesitas los otros servers",
           "los otros modders de ahí son unos payasos. me tienes a mí y ya"),
        _r("a", "métete a videollamada hoy en la noche y te enseño la skin en vivo. con cámara, "
           "tengo que ver que eres tú", "¿una llamada rápida con cámara por {app} al rato? "
           "no le paso archivos a gente que no he visto"),
        _s("b", "mi papá no me deja hacer videollamadas", "va, ¿a qué hora?",
           "¿puede ser solo con voz?"),
        _r("a", "pues cuando tus papás ya estén dormidos, más fácil",
           "ponte audífonos para que nadie en tu casa oiga", optional=True),
    ),
})

_NEIGHBOUR = Family("a8g3_neighbour_chores", "grooming", "adult_minor", {
    "en": (
        _s("a", "hiya, it's Dave from the street app, the one with the blue van at the end",
           "hi, your mum added me on the neighbourhood group ages ago, i'm across the road"),
        _s("b", "oh hi", "who is this?", "oh the dog guy"),
        _r("a", "fancy some pocket money? car needs washing and the dog needs walking, i'll pay "
           "{amount}", "got a few jobs going, leaves, bins, easy cash. {amount} for the lot"),
        _s("b", "that's a lot for bins lol", "i'd have to ask my mum", "for real?"),
        _r("a", "don't bother asking her, it's only next door. she'd just make you save it",
           "keep it between us yeah? parents always want a cut or say no to everything"),
        _s("b", "idk she likes to know where i am", "ok cool", "she's going to see me tho"),
        _r("a", "i'll run you home from school {day} so you're not walking in the rain. i'll "
           "wait round the corner from the gate", "i go past your school anyway, hop in after "
           "class, i'll be parked on the side street"),
        _r("a", "what time does your mum get in from work? i'd rather do it when it's quiet",
           "anyone at yours in the afternoons?"),
        _s("b", "she gets back at 6", "my brother's home sometimes", "why"),
        _s("a", "the dog's mad about you by the way, won't stop whining at the door",
           "you did a proper job on the car last time", optional=True),
        _r("a", "and clear these texts after, your mum goes through your phone doesn't she",
           "text me on {app}, messages vanish on there, simpler"),
        _r("a", "you're a good kid. better company than most grown ups round here",
           "you're the only one on this street i actually like talking to", optional=True),
        _s("b", "ok see you {day}", "i think i'm gonna tell my mum tho", "sure"),
        _r("a", "tell her and the job's gone, simple as", "if she finds out that's the end of "
           "the money, your choice", optional=True),
    ),
    "es": (
        _s("a", "buenas, soy Paco, el del grupo de vecinos, el de la furgoneta azul del fondo",
           "hola, tu madre me agregó al grupo del barrio hace tiempo, vivo enfrente"),
        _s("b", "ah hola", "¿quién eres?", "ah el del perro"),
        _r("a", "¿quieres sacarte un dinerillo? hay que lavar el coche y pasear al perro, te doy "
           "{amount}", "tengo unas chapuzas, hojas, basura, dinero fácil. {amount} por todo"),
        _s("b", "jaja eso es mucho por sacar la basura", "tendría que preguntar a mi madre",
           "¿en serio?"),
        _r("a", "no hace falta que le preguntes, es aquí al lado. te lo va a hacer ahorrar",
           "que quede entre nosotros, ¿vale? los padres siempre dicen que no a todo"),
        _s("b", "no sé, a ella le gusta saber dónde estoy", "vale guay", "pero me va a ver"),
        _r("a", "{day} te acerco a casa desde el insti, que va a llover. te espero a la "
           "vuelta de la esquina", "paso por tu instituto de todas formas, súbete al salir, "
           "aparco en la calle de atrás"),
        _r("a", "¿a qué hora vuelve tu madre del trabajo? prefiero cuando esté todo tranquilo",
           "¿hay alguien en tu casa por las tardes?"),
        _s("b", "llega a las 6", "a veces está mi hermano", "¿por?"),
        _s("a", "el perro te adora por cierto, se pone a llorar en la puerta",
           "el otro día dejaste el coche como nuevo", optional=True),
        _r("a", "y borra estos mensajes luego, que tu madre te mira el móvil, ¿no?",
           "escríbeme por {app}, allí los mensajes se borran solos, más fácil"),
        _r("a", "eres buen chaval. mejor compañía que la mayoría de los mayores del barrio",
           "eres el único de la calle con el que me gusta hablar", optional=True),
        _s("b", "vale nos vemos {day}", "creo que se lo voy a decir a mi madre", "vale"),
        _r("a", "si se lo dices se acabó el trabajo, así de simple",
           "si se entera se acaba el dinero, tú verás", optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Sextortion
# --------------------------------------------------------------------------------------------

_TALENT_AGENCY = Family("a8x1_agency_release_fee", "sextortion", "adult_minor", {
    "en": (
        _s("a", "Message from the Starline Talent casting desk regarding your submission",
           "hello, this is the booking team at Nova Faces. your test shots were received"),
        _s("b", "i didn't apply for anything??", "oh the thing on the photo app?",
           "who is this"),
        _r("a", "the photos you sent us are now held under a model release. our legal team has "
           "them on file", "by uploading your pictures you accepted our terms. the contract "
           "photos belong to the agency now"),
        _r("a", "to cancel and have them deleted there is a release fee of {amount}",
           "removal from our database costs {amount}, that's the standard withdrawal charge"),
        _s("b", "i never signed anything", "i'm 15 i can't even sign a contract",
           "that's not how it works"),
        _r("a", "under-18 submissions are still binding. if the fee isn't paid the set goes to "
           "our partner sites with your name", "no payment, we publish your full set and tag "
           "your school and your city"),
        _r("a", "we also have your followers list and your parents' accounts. they will be "
           "notified", "the file can go to your family and your whole year group"),
        _s("b", "please don't, i'm scared", "this is a scam, i'm reporting you",
           "how do i know you'll actually delete them"),
        _r("a", "reporting us deletes nothing. only payment does. {pay} only",
           "pay by {pay} and send the code in this chat"),
        _r("a", "deadline is 9pm tonight. after that the release is automatic",
           "you have until tomorrow morning, then it's out of our hands"),
        _r("a", "do not involve your parents, that voids the cancellation and we publish "
           "straight away", "this is confidential. telling anyone breaks the agreement"),
        _s("b", "i only have like 40", "i can't get that much", "ok how do i pay"),
        _r("a", "then send what you have now and the rest {day}. you'll get a deletion "
           "certificate", "half now, half {day}. miss it and the fee doubles"),
        _r("a", "we also need a selfie holding a paper with today's date to confirm it's you",
           "send a verification photo of your face with your school ID", optional=True),
    ),
    "es": (
        _s("a", "Mensaje del departamento de casting de Starline Talent sobre tu solicitud",
           "hola, somos el equipo de Nova Faces. hemos recibido tus fotos de prueba"),
        _s("b", "¿¿yo no me apunté a nada??", "ah, ¿lo de la app de fotos?", "¿quién eres?"),
        _r("a", "las fotos que nos enviaste están sujetas a un contrato de cesión. nuestro "
           "departamento legal las tiene archivadas", "al subir tus fotos aceptaste las "
           "condiciones. las fotos del contrato ahora son de la agencia"),
        _r("a", "para cancelar y que se borren hay una tarifa de baja de {amount}",
           "eliminarte de nuestra base de datos cuesta {amount}, es la tarifa estándar"),
        _s("b", "yo no firmé nada", "tengo 15 años, no puedo firmar contratos",
           "eso no funciona así"),
        _r("a", "las solicitudes de menores también son válidas. si no pagas, las fotos van a "
           "nuestras webs asociadas con tu nombre", "sin pago publicamos todo y etiquetamos "
           "a tu colegio y tu ciudad"),
        _r("a", "tenemos también tu lista de seguidores y las cuentas de tus padres. recibirán "
           "el aviso", "el archivo puede llegarle a tu familia y a toda tu clase"),
        _s("b", "por favor no, tengo miedo", "esto es una estafa, os voy a denunciar",
           "¿y cómo sé que las vais a borrar?"),
        _r("a", "denunciar no borra nada. solo el pago. únicamente por {pay}",
           "paga por {pay} y manda el código por este chat"),
        _r("a", "el plazo acaba hoy a las 21:00. después la publicación es automática",
           "tienes hasta mañana por la mañana, luego ya no depende de nosotros"),
        _r("a", "no metas a tus padres, eso anula la cancelación y publicamos en el momento",
           "esto es confidencial. si se lo cuentas a alguien rompes el acuerdo"),
        _s("b", "solo tengo unos 40", "no puedo conseguir tanto", "vale, ¿cómo pago?"),
        _r("a", "pues manda lo que tengas ahora y el resto {day}. te enviamos un certificado de "
           "borrado", "la mitad ahora y la otra mitad {day}. si no, la tarifa se duplica"),
        _r("a", "necesitamos además un selfie sujetando un papel con la fecha de hoy",
           "manda una foto de tu cara con el carnet del instituto para verificar",
           optional=True),
    ),
})

# --------------------------------------------------------------------------------------------
# Benign
# --------------------------------------------------------------------------------------------

_NURSE = Family("a8b1_nurse_med_form", "benign", "coach_minor", {
    "en": (
        _s("a", "hi {name}, this is the school nurse's office. we still don't have your inhaler "
           "form for this year", "health office here, quick one: your allergy medication form "
           "ran out over the summer"),
        _s("b", "oh sorry i forgot to give it to my mum", "i think my dad signed it?",
           "which form"),
        _s("a", "no worries. it needs a parent or guardian signature and the doctor's dosage "
           "box filled in", "it has to be signed by a parent and match the pharmacy label"),
        _s("a", "can you confirm your date of birth for the file? we have two students with "
           "your surname", "what year are you in now? the form asks for age and we've got you "
           "down as 11"),
        _s("b", "13 now, year 8", "12, born in march", "14 in june"),
        _s("a", "your mum or dad can take a photo of the signed page and email it to the health "
           "office", "a clear photo of the signed form is fine for now, the original can come "
           "in {day}"),
        _s("b", "my mum says she'll do it tonight", "can my dad just text it to you?"),
        _s("a", "please have your parent use the school email, not this chat, so it goes on "
           "your record", "best if your parent rings the front office, i can't take forms "
           "through student messages"),
        _s("a", "until it's in you'll need to come to the office for your inhaler at lunch",
           "the epipen stays in the office till the form is back, sorry, rules"),
        _s("b", "ok", "can i come at lunch {day}?", "fine"),
        _s("a", "and don't worry, your health info is private. only the office and your "
           "parents see it", "teachers only get told what they'd need in an emergency",
           optional=True),
        _s("a", "thanks, i'll let your parents know once it's processed",
           "all sorted then. tell your mum thank you"),
    ),
    "es": (
        _s("a", "hola {name}, te escribe la enfermería del colegio. aún no tenemos tu "
           "autorización del inhalador de este curso", "hola, enfermería. una cosita: el "
           "formulario de tu medicación para la alergia caducó en verano"),
        _s("b", "ay perdón, se me olvidó dárselo a mi mamá", "creo que mi papá lo firmó",
           "¿cuál formulario?"),
        _s("a", "no te preocupes. tiene que firmarlo tu mamá o tu papá y el médico tiene "
           "que poner la dosis",
           "lo tiene que firmar un tutor y coincidir con la receta de la farmacia"),
        _s("a", "¿me confirmas tu fecha de nacimiento? tenemos dos alumnos con el mismo "
           "apellido", "¿en qué grado vas ahora? el formulario pide la edad y aquí dice 11"),
        _s("b", "ya tengo 13, voy en segundo", "12, cumplo en marzo", "14 en junio"),
        _s("a", "tu mamá o tu papá pueden sacarle foto a la hoja firmada y mandarla al correo "
           "de enfermería", "por ahora sirve una foto clara del formulario firmado, el "
           "original lo traes {day}"),
        _s("b", "mi mamá dice que lo hace hoy en la noche", "¿mi papá te lo puede mandar por "
           "mensaje?"),
        _s("a", "mejor que tus papás lo manden al correo del colegio, no por aquí, para que "
           "quede en tu expediente", "mejor que llamen a dirección, no puedo recibir "
           "formularios por el chat de alumnos"),
        _s("a", "mientras tanto tienes que pasar por enfermería a la hora del recreo para el "
           "inhalador", "la epinefrina se queda en enfermería hasta que llegue el papel, son "
           "las normas"),
        _s("b", "ok", "¿puedo ir en el recreo {day}?", "va"),
        _s("a", "y no te preocupes, tus datos de salud son confidenciales, solo los ve "
           "enfermería y tu familia", "a los profes solo se les dice lo necesario para una "
           "emergencia", optional=True),
        _s("a", "gracias, les aviso a tus papás cuando esté todo registrado",
           "listo entonces. dale las gracias a tu mamá"),
    ),
})

_CLUB_PIZZA = Family("a8b2_club_pizza_night", "benign", "teen_teen", {
    "en": (
        _s("a", "PIZZA NIGHT friday after training, coach said yes!!",
           "ok it's official, the coaches are doing pizza after the {sport} match {day}"),
        _s("b", "finally", "who's paying tho", "wait the under 14s too?"),
        _s("a", "club pays for pizza, bring a couple quid for drinks",
           "coaches are covering it, just bring money for the vending machine"),
        _s("a", "lol you literally turned 14 last month, you ARE the under 14s",
           "says the one who's still 13 haha"),
        _s("b", "14 and a half thank you very much", "age is just a number grandad",
           "at least i don't have grey hairs"),
        _s("a", "you're 15 and your mum still does your laces", "ok old man, when's your "
           "birthday, you're like 40?"),
        _s("b", "someone put the tournament pics in the shared album", "who has the team photo, "
           "i look half dead in it"),
        _s("a", "coach needs the slips back by {day}, it's at the clubhouse so parents have to "
           "sign", "pickup is 9 sharp, coach said nobody walks home on their own"),
        _s("b", "my dad can drive me and {name}", "can someone's parent take me? mine are away"),
        _s("a", "DON'T tell coach Marta about the cake, it's a surprise for her last season",
           "shh the card for coach is a secret, everyone sign it at training"),
        _s("b", "lips sealed", "who's bringing the card", "i'll get candles"),
        _s("a", "moving the cake stuff to a separate {app} chat so coach doesn't see it",
           "i'm making a {app} group without the coaches just for the surprise", optional=True),
        _s("b", "pineapple on pizza or riot", "no pineapple or i'm leaving the club"),
    ),
    "es": (
        _s("a", "NOCHE DE PIZZA el viernes después del entreno, el míster ha dicho que sí!!",
           "ya es oficial, los entrenadores invitan a pizza después del partido de {sport} "
           "{day}"),
        _s("b", "por fin", "¿y quién paga?", "¿los infantiles también?"),
        _s("a", "la pizza la paga el club, traed un par de euros para bebida",
           "invitan los entrenadores, solo traed para la máquina"),
        _s("a", "jajaja si tú cumpliste 14 el mes pasado, TÚ eres infantil",
           "lo dice el que todavía tiene 13"),
        _s("b", "14 y medio, gracias", "la edad es solo un número, abuelo",
           "por lo menos yo no tengo canas"),
        _s("a", "tienes 15 y tu madre todavía te ata las zapatillas",
           "vale abuelo, ¿cuándo es tu cumple, los 40?"),
        _s("b", "alguien ha subido las fotos del torneo al álbum", "¿quién tiene la foto de "
           "equipo? salgo fatal"),
        _s("a", "el míster quiere las autorizaciones firmadas para {day}, es en el local del "
           "club y tienen que firmar los padres", "la recogida es a las 9 en punto, dice el "
           "míster que nadie se va solo andando"),
        _s("b", "mi padre nos puede llevar a {name} y a mí", "¿me puede llevar el padre de "
           "alguien? los míos están fuera"),
        _s("a", "NO le digáis nada a Marta de la tarta, es sorpresa por su última temporada",
           "chis, la tarjeta para la entrenadora es secreto, la firmamos en el entreno"),
        _s("b", "soy una tumba", "¿quién trae la tarjeta?", "yo llevo las velas"),
        _s("a", "paso lo de la tarta a otro grupo de {app} para que no lo vea ella",
           "hago un grupo en {app} sin los entrenadores solo para la sorpresa", optional=True),
        _s("b", "piña en la pizza o me amotino", "como haya piña me borro del club"),
    ),
})

_UNCLE_GIFT = Family("a8b3_uncle_gift_card", "benign", "parent_child", {
    "en": (
        _s("a", "happy birthday to my favourite niece!! can't believe you're 12 already",
           "HAPPY BIRTHDAY kiddo, 11 years old, where did the time go"),
        _s("b", "thank you uncle!! when are you coming home", "thanksss, we miss you"),
        _s("a", "stuck out here till march, the contract got extended. sent you something "
           "though", "not till summer sadly. but check with your mum, something came in the "
           "post"),
        _s("b", "omg what is it", "mum won't tell me!!", "is it the thing i wanted"),
        _s("a", "it's a gift card, spend it on whatever you like, just check with your parents",
           "gift card, so you can pick yourself. your dad has the code"),
        _s("a", "can your mum or dad film you opening it? gutted i'm missing it",
           "get your dad to video call me when you open it, the whole family, i want to see "
           "everyone"),
        _s("b", "mum says we'll do it after dinner", "dad said sunday because of the time "
           "difference", "yesss"),
        _s("a", "it's 3am here by the way lol, i set an alarm to catch you",
           "the time difference is killing me, you're asleep when i'm awake"),
        _s("a", "don't tell your brother how much is on it, he'll want the same in april haha",
           "keep the amount between us and your mum, your brother gets jealous", optional=True),
        _s("b", "haha ok", "i won't", "he's gonna ask tho"),
        _s("a", "and send me a photo of the cake, i want to see if your mum did the unicorn "
           "again", "grandma says there's a family photo, send it over"),
        _s("a", "love you, give grandma a big hug from me", "say hi to your mum and dad, talk "
           "sunday"),
        _s("b", "love you too", "bye uncle"),
    ),
    "es": (
        _s("a", "¡¡feliz cumple a mi sobrina favorita!! no me creo que ya tengas 12",
           "FELIZ CUMPLEAÑOS mija, 11 añitos, cómo pasa el tiempo"),
        _s("b", "gracias tío!! ¿cuándo vienes?", "graciaaas, te extrañamos"),
        _s("a", "hasta marzo no, me alargaron el contrato. pero te mandé algo",
           "hasta el verano no, qué pena. pero pregúntale a tu mamá, llegó algo por correo"),
        _s("b", "¿qué es?", "mi mamá no me quiere decir!!", "¿es lo que te pedí?"),
        _s("a", "es una tarjeta de regalo, gástala en lo que quieras pero pregunta a tus papás",
           "una tarjeta regalo, para que escojas tú. el código lo tiene tu papá"),
        _s("a", "¿le dices a tu mamá o a tu papá que te graben abriéndolo? me da mucha pena "
           "perdérmelo", "que tu papá me haga videollamada cuando lo abras, con toda la "
           "familia, quiero verlos a todos"),
        _s("b", "mi mamá dice que después de cenar", "mi papá dice que el domingo por la "
           "diferencia de hora", "siii"),
        _s("a", "aquí son las 3 de la mañana jaja, puse alarma para hablar contigo",
           "la diferencia de horario me mata, cuando yo despierto tú duermes"),
        _s("a", "no le digas a tu hermano cuánto trae, que en abril va a querer lo mismo jaja",
           "lo de cuánto es queda entre tu mamá y nosotros, tu hermano se pone celoso",
           optional=True),
        _s("b", "jaja ok", "no le digo", "igual me va a preguntar"),
        _s("a", "y mándame foto del pastel, a ver si tu mamá hizo otra vez el unicornio",
           "tu abuela dice que hay foto de familia, pásamela"),
        _s("a", "te quiero, dale un abrazote a la abuela de mi parte",
           "saludos a tus papás, hablamos el domingo"),
        _s("b", "yo también te quiero", "bye tío"),
    ),
})

_GAME_SHOP = Family("a8b4_game_shop_preorder", "benign", "adult_minor", {
    "en": (
        _s("b", "hi i preordered the {game} collector's edition, when does it come in",
           "hello is my preorder ready yet"),
        _s("a", "hi, thanks for messaging Pixel Corner! can i have your order number?",
           "hey there, this is Jess at the store. what's the order number on your receipt?"),
        _s("b", "48213", "it's on my dad's email hang on", "PC-2291"),
        _s("a", "found it. heads up, that one's rated 16, so we check age at pickup",
           "got it. this title is PEGI 16 so we have to do an age check when you collect"),
        _s("b", "i'm 15 is that a problem", "what if i'm not 16 yet", "seriously?"),
        _s("a", "if you're under the rating, a parent or guardian needs to come with you and "
           "show ID", "no problem, a parent can collect it or come in with you"),
        _s("b", "my dad can come {day}", "my mum can bring me after school"),
        _s("a", "great, we're open till 8. bring the confirmation email on your phone",
           "perfect, it'll be behind the counter from {day}. just show the email"),
        _s("a", "preorder bonus is a code for extra {currency}, it's printed on the receipt",
           "you also get a bonus code for {currency}, we hand it over at the till"),
        _s("b", "can i pay the rest with a gift card", "does my birthday gift card work for it"),
        _s("a", "yep, store gift cards are fine, your parent can pay the rest however",
           "gift cards work, as long as they're ours, not the console store ones"),
        _s("a", "and don't post the bonus code anywhere, people grab them in seconds",
           "keep that code to yourself until you redeem it, they get stolen a lot",
           optional=True),
        _s("a", "anything else i can help with?", "all set! see you {day}"),
        _s("b", "no that's it thanks", "thanks!!"),
    ),
    "es": (
        _s("b", "hola, reservé la edición coleccionista de {game}, ¿cuándo llega?",
           "hola, ¿ya está mi reserva?"),
        _s("a", "¡hola! gracias por escribir a Pixel Corner. ¿me pasas el número de pedido?",
           "buenas, soy Jess de la tienda. ¿qué número de pedido pone en tu ticket?"),
        _s("b", "48213", "lo tiene mi padre en el correo, espera", "PC-2291"),
        _s("a", "ya lo tengo. ojo, ese juego es PEGI 16, así que comprobamos la edad al "
           "recogerlo", "vale. este juego es para mayores de 16, al recogerlo pedimos DNI"),
        _s("b", "tengo 15, ¿pasa algo?", "¿y si todavía no tengo 16?", "¿en serio?"),
        _s("a", "si no llegas a la edad tiene que venir tu padre, tu madre o un tutor con su "
           "DNI", "sin problema, puede recogerlo uno de tus padres o venir contigo"),
        _s("b", "mi padre puede ir {day}", "mi madre me lleva a la salida del cole"),
        _s("a", "genial, abrimos hasta las 8. trae el correo de confirmación en el móvil",
           "perfecto, estará en el mostrador desde {day}. enseña el correo y listo"),
        _s("a", "la reserva trae un código de {currency} extra, va impreso en el ticket",
           "además te llevas un código de {currency}, te lo damos en caja"),
        _s("b", "¿puedo pagar lo que falta con una tarjeta regalo?",
           "¿me sirve la tarjeta regalo de mi cumple?"),
        _s("a", "sí, las tarjetas de la tienda valen, lo demás lo pueden pagar tus padres como "
           "quieran", "valen las nuestras, las de la tienda de la consola no"),
        _s("a", "y no publiques el código en ningún sitio, que los roban en nada",
           "guárdate el código hasta canjearlo, los roban mucho", optional=True),
        _s("a", "¿te ayudo con algo más?", "¡todo listo! nos vemos {day}"),
        _s("b", "no, eso es todo, gracias", "¡¡gracias!!"),
    ),
})

FAMILIES: tuple[Family, ...] = (
    _LOST_AND_FOUND, _MODDING, _NEIGHBOUR, _TALENT_AGENCY,
    _NURSE, _CLUB_PIZZA, _UNCLE_GIFT, _GAME_SHOP,
)
