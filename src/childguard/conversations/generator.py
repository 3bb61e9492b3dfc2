"""Seeded generator of labelled, non-explicit conversations for training and evaluation.

No real or harmful conversation data exists here, and none may be fetched, so the project writes
its own. Every conversation shows risk *patterns* only (age probing, flattery, secrecy, isolation,
gifts, money, moving to another app, non-explicit photo or camera requests, meeting requests,
sextortion threats and payment demands, pressure) and never sexual content.

Conversations come from *template families*. A family is one scenario with its own wording in
English and Spanish (a gaming "mentor", a fake peer, a parent planning a surprise party...). Each
family has a stable ``id`` so an evaluation can hold out whole families: a model trained on some
families and scored on others is scored on wording it has never seen.

Variation is layered on top of the wording: slot filling (names, games, apps, amounts, places),
optional and reordered steps, interleaved small talk, slang, typos, leetspeak, letter repetition,
spaced-out words, emoji, case changes and dropped accents.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from childguard.conversations.more_families import (
    author_1,
    author_2,
    author_3,
    author_4,
    author_5,
    author_6,
    author_7,
    author_8,
    author_9,
    author_10,
    author_11,
    author_12,
    author_13,
    author_14,
    author_15,
    author_16,
    author_17,
)
from childguard.conversations.script import Family, Label, Language, Role, Step, _r, _s

__all__ = ["Family", "Label", "Language", "Role", "Step", "_r", "_s"]


@dataclass
class Participant:
    age: int | None
    account_age_days: int | None = None
    minor_contacts_7d: int | None = None


@dataclass
class GeneratedMessage:
    sender: str
    text: str
    ts: datetime
    risk: bool = False


@dataclass
class GeneratedConversation:
    id: str
    label: Label
    family: str
    language: Language
    participants: dict[str, Participant]
    messages: list[GeneratedMessage] = field(default_factory=list)

    def to_record(self, *, with_context: bool = False) -> dict[str, Any]:
        """The evaluation format of ``childguard eval conversations`` (one JSON object a line)."""
        participants: dict[str, dict[str, Any]] = {}
        for pid, p in self.participants.items():
            entry: dict[str, Any] = {"age": p.age}
            if with_context:
                entry["account_age_days"] = p.account_age_days
                entry["minor_contacts_7d"] = p.minor_contacts_7d
            participants[pid] = entry
        return {
            "id": self.id,
            "label": self.label,
            "family": self.family,
            "language": self.language,
            "participants": participants,
            "messages": [
                {"sender": m.sender, "text": m.text, "ts": m.ts.isoformat().replace("+00:00", "Z")}
                for m in self.messages
            ],
        }


# --------------------------------------------------------------------------------------------
# Slot values
# --------------------------------------------------------------------------------------------

SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "name": ("Sam", "Alex", "Jordan", "Mia", "Leo", "Ava", "Noah", "Emma", "Kai", "Zoe", "Eli"),
        "game": ("Fortnite", "Roblox", "Minecraft", "Valorant", "Apex", "Among Us", "FIFA"),
        "app": ("Snapchat", "snap", "WhatsApp", "Telegram", "Discord", "Kik", "Insta", "Signal"),
        "currency": ("Robux", "V-Bucks", "gems", "skins", "coins", "a battle pass"),
        "amount": ("$50", "$100", "$200", "$300", "$500", "$150", "$80"),
        "place": ("the mall", "the park", "the library", "the bus station", "the food court"),
        "day": ("Saturday", "Friday", "tomorrow", "Sunday", "this weekend", "after school"),
        "time": ("5", "6", "4:30", "7", "3", "noon"),
        "pay": ("Cash App", "Venmo", "PayPal", "gift cards", "Apple gift cards", "bitcoin"),
        "food": ("pizza", "tacos", "burgers", "sushi", "pasta"),
        "subject": ("math", "science", "history", "english", "chemistry"),
        "sport": ("soccer", "basketball", "swim", "volleyball", "track"),
    },
    "es": {
        "name": ("Sofía", "Mateo", "Lucía", "Diego", "Valentina", "Hugo", "Martina", "Pablo"),
        "game": ("Fortnite", "Roblox", "Minecraft", "Free Fire", "FIFA", "Brawl Stars"),
        "app": ("WhatsApp", "Telegram", "Snapchat", "Discord", "Insta", "el wasap"),
        "currency": ("Robux", "pavos", "diamantes", "skins", "monedas", "gemas"),
        "amount": ("50 euros", "100 euros", "200 dólares", "300 pesos", "500 euros", "80 euros"),
        "place": ("el centro comercial", "el parque", "la biblioteca", "la estación", "la plaza"),
        "day": ("el sábado", "mañana", "el viernes", "el domingo", "el finde", "después de clase"),
        "time": ("5", "6", "4 y media", "7", "3"),
        "pay": ("Bizum", "PayPal", "tarjetas regalo", "bitcoin", "una transferencia"),
        "food": ("pizza", "tacos", "hamburguesas", "empanadas", "paella"),
        "subject": ("mates", "ciencias", "historia", "inglés", "química"),
        "sport": ("fútbol", "baloncesto", "natación", "voleibol", "atletismo"),
    },
}

# Small talk that anyone may say, interleaved between scripted steps in every class.
FILLER: dict[str, tuple[str, ...]] = {
    "en": (
        "lol", "haha", "ok", "yeah", "nice", "same", "idk", "wait what", "hbu?", "cool",
        "what are you doing", "nothing much, just chilling", "just got home", "i'm so bored",
        "did you see that video", "that's funny", "omg", "for real?", "true", "brb",
        "i have so much homework", "my wifi is so slow today", "what music do you like",
        "i like that song too", "yeah it was ok", "sorry i was eating", "no way", "hmm",
        "what's up", "not much", "i'm back", "that's cool", "the weather is so bad today",
        "i'm watching a show", "which one?", "sounds good", "ya", "lmao", "sure", "k",
    ),
    "es": (
        "jaja", "jajaja", "ok", "sí", "vale", "qué haces", "nada, aquí aburrido", "jeje",
        "ya llegué a casa", "qué aburrimiento", "viste el video?", "qué risa", "en serio?",
        "tengo mucha tarea", "el wifi va fatal hoy", "qué música te gusta", "a mí también",
        "perdón estaba comiendo", "no puede ser", "mmm", "qué tal", "bien y tú?", "genial",
        "estoy viendo una serie", "cuál?", "me parece bien", "claro", "ya volví", "buenísimo",
        "hace un frío horrible", "ni idea", "dale", "sale", "nel", "qué onda", "todo bien",
    ),
}


# --------------------------------------------------------------------------------------------
# Families: risky (grooming, sextortion)
# --------------------------------------------------------------------------------------------

FIRST_RISK_FAMILIES: tuple[Family, ...] = (
    Family("g01_gaming_mentor", "grooming", "adult_minor", {
        "en": (
            _s("a", "hey you're really good at {game}", "nice moves in {game} earlier"),
            _s("b", "thanks lol", "haha thx"),
            _r("a", "how old are you btw?", "what grade are you in?", "how old r you"),
            _s("b", "13", "i'm 12", "7th grade", "14"),
            _r("a", "you play way better than most adults, you're really mature for your age",
               "honestly you're smarter than guys my age"),
            _r("a", "i can get you some {currency} if you want", "want free {currency}? i have "
               "extra", "i'll buy you the battle pass"),
            _r("a", "just don't tell your parents i gave them to you, they wouldn't get it",
               "keep it between us ok? adults always overreact"),
            _r("a", "add me on {app} so we can talk privately",
               "let's move to {app}, this chat is being watched"),
            _r("a", "send me a pic of you so i know who i'm gaming with",
               "turn on your camera when we call"),
            _r("a", "are your parents home right now?", "is anyone else using your phone?",
               optional=True),
            _r("a", "we should meet up at {place} {day}, don't bring anyone",
               "i could pick you up {day}, just us", optional=True),
        ),
        "es": (
            _s("a", "oye juegas muy bien al {game}", "qué jugadas en {game} hace rato"),
            _s("b", "gracias jaja", "jaja grax"),
            _r("a", "cuántos años tienes?", "en qué curso estás?", "q edad tienes"),
            _s("b", "13", "tengo 12", "primero de la eso", "14"),
            _r("a", "juegas mejor que muchos adultos, eres muy maduro para tu edad",
               "eres más listo que la gente de mi edad"),
            _r("a", "te puedo regalar {currency} si quieres",
               "quieres {currency} gratis? me sobran"),
            _r("a", "pero no le digas a tus papás que te los di, no lo entenderían",
               "que quede entre nosotros vale? los adultos exageran todo"),
            _r("a", "agrégame en {app} para hablar en privado",
               "pasemos a {app}, aquí nos leen"),
            _r("a", "mándame una foto tuya para saber con quién juego",
               "pon la cámara cuando hablemos"),
            _r("a", "están tus papás en casa ahora?", "alguien más usa tu móvil?", optional=True),
            _r("a", "podemos vernos en {place} {day}, no traigas a nadie",
               "te puedo recoger {day}, solo tú y yo", optional=True),
        ),
    }),
    Family("g02_fake_peer", "grooming", "adult_minor", {
        "en": (
            _s("a", "hiii i saw your post, you seem cool", "hey we have the same favorite band!"),
            _s("b", "hi", "oh hey"),
            _r("a", "how old are u? i'm 15", "what school do you go to?", "u in middle school?"),
            _s("b", "14", "13, why", "lincoln middle"),
            _r("a", "you can trust me, i'm not like other people",
               "i feel like i can tell you anything"),
            _r("a", "your parents don't get you like i do", "your friends sound kinda fake tbh"),
            _r("a", "delete our chats after ok? it's our thing", "this is our secret, promise?"),
            _r("a", "do you have {app}? it's better there", "text me on {app} instead"),
            _r("a", "send a pic of you rn", "show me what you look like today"),
            _r("a", "let's meet at {place} {day}, come alone",
               "we should finally meet irl, just the two of us", optional=True),
        ),
        "es": (
            _s("a", "holaaa vi tu publicación, pareces genial", "hola! nos gusta el mismo grupo"),
            _s("b", "hola", "ah hola"),
            _r("a", "cuántos años tienes? yo 15", "a qué cole vas?", "vas a secundaria?"),
            _s("b", "14", "13, por?", "al instituto del barrio"),
            _r("a", "puedes confiar en mí, no soy como los demás",
               "siento que te puedo contar todo"),
            _r("a", "tus padres no te entienden como yo", "tus amigas parecen falsas la verdad"),
            _r("a", "borra nuestros chats después vale? es lo nuestro",
               "esto es nuestro secreto, lo prometes?"),
            _r("a", "tienes {app}? allí es mejor", "escríbeme por {app} mejor"),
            _r("a", "mándame una foto tuya ahora", "enséñame cómo estás hoy"),
            _r("a", "quedamos en {place} {day}, ven sola", "tenemos que vernos en persona, solo "
               "nosotros dos", optional=True),
        ),
    }),
    Family("g03_modeling_scout", "grooming", "adult_minor", {
        "en": (
            _r("a", "hi! i scout for a modeling agency and you have a great look",
               "you could totally be a model, has anyone told you that?"),
            _s("b", "really?", "omg thank you"),
            _r("a", "how old are you? we have a junior program", "are you under 16? just checking"),
            _s("b", "i'm 13", "14"),
            _r("a", "send me a few photos of yourself for my boss",
               "i need a full body picture for the portfolio, no filters"),
            _r("a", "let's keep this between us until the contract is ready, parents slow it down",
               "don't mention it to your mom yet, it's a surprise"),
            _r("a", "you could earn {amount} for the first shoot", "i'll pay you {amount} today"),
            _r("a", "we can do a video call on {app} to test the camera", "download {app} so we "
               "can talk", optional=True),
            _r("a", "come to the studio {day}, i'll pick you up", "meet me at {place} for the "
               "photoshoot, come by yourself"),
        ),
        "es": (
            _r("a", "hola! trabajo para una agencia de modelos y tienes muy buena imagen",
               "podrías ser modelo, te lo han dicho?"),
            _s("b", "en serio?", "ay gracias"),
            _r("a", "cuántos años tienes? hay un programa junior", "tienes menos de 16? pregunto"),
            _s("b", "tengo 13", "14"),
            _r("a", "mándame unas fotos tuyas para mi jefe",
               "necesito una foto de cuerpo entero para el book, sin filtros"),
            _r("a", "que quede entre nosotros hasta el contrato, los padres lo retrasan todo",
               "no se lo digas a tu madre todavía, es sorpresa"),
            _r("a", "podrías ganar {amount} en la primera sesión", "te pago {amount} hoy"),
            _r("a", "hacemos videollamada por {app} para probar la cámara",
               "descárgate {app} para hablar", optional=True),
            _r("a", "ven al estudio {day}, te recojo", "nos vemos en {place} para la sesión, ven "
               "sola"),
        ),
    }),
    Family("g04_online_romance", "grooming", "adult_minor", {
        "en": (
            _s("a", "good morning beautiful", "hey you, been thinking about you"),
            _s("b", "hi :)", "morning"),
            _r("a", "you're so special, not like other girls your age",
               "you're so mature, i forget you're only 14"),
            _r("a", "i think i'm falling for you", "you're my favorite person ever"),
            _r("a", "nobody understands you like me", "your friends are just jealous of us"),
            _r("a", "your mom would never understand what we have, so don't tell her",
               "if anyone finds out they'll take you away from me"),
            _r("a", "prove you trust me, send me a pic", "show me you on cam tonight"),
            _r("a", "i want to see you for real, meet me {day}", "i'll come to your town {day}"),
            _r("a", "reply fast please, i need you now", "why are you ignoring me?? answer me",
               optional=True),
        ),
        "es": (
            _s("a", "buenos días preciosa", "hola, estaba pensando en ti"),
            _s("b", "hola :)", "buenas"),
            _r("a", "eres muy especial, no como las chicas de tu edad",
               "eres tan madura que olvido que tienes 14"),
            _r("a", "creo que me estoy enamorando de ti", "eres mi persona favorita"),
            _r("a", "nadie te entiende como yo", "tus amigas solo tienen envidia de lo nuestro"),
            _r("a", "tu madre nunca entendería lo nuestro, así que no le digas",
               "si alguien se entera te van a alejar de mí"),
            _r("a", "demuéstrame que confías en mí, mándame una foto", "pon la cámara esta noche"),
            _r("a", "quiero verte de verdad, quedamos {day}", "voy a tu ciudad {day}"),
            _r("a", "contesta rápido porfa, te necesito ya", "por qué me ignoras?? contesta",
               optional=True),
        ),
    }),
    Family("g05_influencer_followers", "grooming", "adult_minor", {
        "en": (
            _r("a", "i can get you 10k followers overnight", "want to be famous? i help kids grow"),
            _s("b", "how", "for real? how"),
            _r("a", "how old r u? younger creators do best", "what year were you born?"),
            _s("b", "2012", "i'm 13"),
            _r("a", "i'll send you a {amount} gift card to start",
               "here's some cash for a ring light"),
            _r("a", "we talk on {app} only, this app deletes stuff", "move to {app}, dm me there"),
            _r("a", "go on camera for me so i can see your lighting",
               "send me a selfie without the filter"),
            _r("a", "don't tell anyone about our deal, other kids would be jealous",
               "your parents don't need to know about this"),
        ),
        "es": (
            _r("a", "te consigo 10 mil seguidores en una noche",
               "quieres ser famosa? ayudo a chicos a crecer"),
            _s("b", "cómo", "en serio? cómo"),
            _r("a", "cuántos años tienes? a los más jóvenes les va mejor", "en qué año naciste?"),
            _s("b", "2012", "tengo 13"),
            _r("a", "te mando una tarjeta regalo de {amount} para empezar",
               "te envío dinero para un aro de luz"),
            _r("a", "hablamos solo por {app}, esta app borra cosas",
               "pásate a {app}, escríbeme allí"),
            _r("a", "ponte en cámara para ver tu luz", "mándame un selfie sin filtro"),
            _r("a", "no le cuentes a nadie nuestro trato, los otros tendrían envidia",
               "tus padres no tienen por qué saberlo"),
        ),
    }),
    Family("g06_risk_checker", "grooming", "adult_minor", {
        "en": (
            _s("a", "hey what's up", "yo"),
            _s("b", "nm", "hey"),
            _r("a", "is this your own phone or do your parents check it?",
               "does anyone read your messages?"),
            _s("b", "it's mine", "my mom checks sometimes"),
            _r("a", "what time do your parents get home from work?", "are you home alone a lot?"),
            _r("a", "you're really grown up for 12", "how old are you again? you seem older"),
            _r("a", "delete this chat when we're done", "clear our messages before your mom sees"),
            _r("a", "let me see you, turn the camera on", "send a picture of your room"),
            _r("a", "i could come over while they're out", "meet me outside your house tonight"),
        ),
        "es": (
            _s("a", "ey qué tal", "hola"),
            _s("b", "nada", "hola"),
            _r("a", "es tu propio móvil o tus padres lo revisan?", "alguien lee tus mensajes?"),
            _s("b", "es mío", "mi mamá lo mira a veces"),
            _r("a", "a qué hora vuelven tus padres del trabajo?",
               "estás mucho tiempo sola en casa?"),
            _r("a", "eres muy mayor para tener 12", "cuántos años tenías? pareces mayor"),
            _r("a", "borra este chat cuando acabemos", "borra los mensajes antes de que los vea "
               "tu madre"),
            _r("a", "déjame verte, enciende la cámara", "mándame una foto de tu cuarto"),
            _r("a", "podría ir a tu casa mientras no están", "sal a verme esta noche"),
        ),
    }),
    Family("g07_gift_giver", "grooming", "adult_minor", {
        "en": (
            _s("a", "did you get the package?", "check your mailbox today ;)"),
            _r("a", "i bought you the headphones you wanted", "got you a new phone case"),
            _s("b", "omg thank you so much", "wait really??"),
            _r("a", "what's your home address so i can send more", "which school do you go to? "
               "i'll drop it there"),
            _r("a", "don't tell your dad who it's from", "say your friend gave it to you"),
            _r("a", "you owe me a little thank you pic", "send me a photo wearing them"),
            _r("a", "you're my little princess", "you're so cute for a 13 year old"),
            _r("a", "i'll take you shopping {day}, i'll pick you up at the corner",
               "meet me at {place} and i'll buy you anything"),
        ),
        "es": (
            _s("a", "te llegó el paquete?", "mira tu buzón hoy ;)"),
            _r("a", "te compré los cascos que querías", "te regalé una funda nueva"),
            _s("b", "ay muchas gracias", "en serio??"),
            _r("a", "cuál es tu dirección para mandarte más", "a qué colegio vas? te lo dejo allí"),
            _r("a", "no le digas a tu papá de quién es", "di que te lo dio una amiga"),
            _r("a", "me debes una fotito de agradecimiento", "mándame una foto con ellos puestos"),
            _r("a", "eres mi princesita", "qué mona eres para tener 13"),
            _r("a", "te llevo de compras {day}, te recojo en la esquina",
               "nos vemos en {place} y te compro lo que quieras"),
        ),
    }),
    Family("g08_job_offer_travel", "grooming", "adult_minor", {
        "en": (
            _r("a", "want to make easy money? i have work for you",
               "i can get you a job that pays {amount} a night"),
            _s("b", "what kind of job", "doing what?"),
            _r("a", "how old are you, 15? that's fine, nobody checks", "you 16 yet?"),
            _r("a", "you're too smart to stay in that house", "your family doesn't appreciate you"),
            _r("a", "i'll buy your bus ticket, you can stay with me",
               "i'll send an uber, you can live at my place"),
            _r("a", "don't tell your family where you're going", "leave your phone at home"),
            _r("a", "send me a picture so my boss can see you", "send a photo of yourself for "
               "the clients"),
            _r("a", "we leave {day}, be ready", "you need to decide now, the spot won't wait"),
        ),
        "es": (
            _r("a", "quieres ganar dinero fácil? tengo trabajo para ti",
               "te consigo un trabajo que paga {amount} por noche"),
            _s("b", "qué tipo de trabajo", "haciendo qué?"),
            _r("a", "cuántos años tienes, 15? da igual, nadie revisa", "ya tienes 16?"),
            _r("a", "eres demasiado lista para seguir en esa casa", "tu familia no te valora"),
            _r("a", "te compro el billete de bus, puedes quedarte conmigo",
               "te mando un taxi, puedes vivir en mi casa"),
            _r("a", "no le digas a tu familia a dónde vas", "deja el móvil en casa"),
            _r("a", "mándame una foto para que mi jefe te vea",
               "envía una foto tuya para los clientes"),
            _r("a", "nos vamos {day}, prepárate", "tienes que decidir ya, el sitio no espera"),
        ),
    }),
    Family("g09_homework_helper", "grooming", "adult_minor", {
        "en": (
            _s("a", "need help with {subject}? i tutor for free", "saw you asking about {subject}"),
            _s("b", "yes please", "kinda"),
            _r("a", "what grade are you in? 6th?", "how old are you so i pitch it right"),
            _s("b", "7th", "12"),
            _r("a", "you're way smarter than your teachers think", "you're special, i can tell"),
            _r("a", "your teachers and parents just don't get you",
               "you don't need those friends, you have me"),
            _r("a", "let's video chat on {app}, easier to explain", "turn your cam on so i can "
               "see your work... and you"),
            _r("a", "our sessions are private ok, don't mention me at home",
               "don't tell your mom, she'd make us stop"),
            _r("a", "i'll give you {currency} for every right answer", "i'll send {amount} if "
               "you pass", optional=True),
        ),
        "es": (
            _s("a", "necesitas ayuda con {subject}? doy clases gratis",
               "vi que preguntabas por {subject}"),
            _s("b", "sí porfa", "un poco"),
            _r("a", "en qué curso estás? sexto?", "cuántos años tienes para explicarlo bien"),
            _s("b", "primero", "12"),
            _r("a", "eres mucho más lista de lo que creen tus profes",
               "eres especial, se nota"),
            _r("a", "tus profes y tus padres no te entienden",
               "no necesitas a esas amigas, me tienes a mí"),
            _r("a", "hagamos videollamada por {app}, es más fácil",
               "enciende la cámara para verte a ti y tu tarea"),
            _r("a", "nuestras clases son privadas vale, no me menciones en casa",
               "no le digas a tu mamá, nos haría parar"),
            _r("a", "te doy {currency} por cada respuesta correcta", "te mando {amount} si "
               "apruebas", optional=True),
        ),
    }),
    Family("x01_fake_profile_payment", "sextortion", "adult_minor", {
        "en": (
            _r("a", "heyy you're cute, wanna chat?", "hi handsome, saw you in the group"),
            _s("b", "sure", "hey"),
            _r("a", "how old are you? i'm 16", "you go to high school?"),
            _s("b", "15", "16"),
            _r("a", "let's go to {app}", "add my {app}, i don't use this much"),
            _r("a", "send me a pic of you, i'll send one back",
               "let's swap pics, you go first"),
            _r("a", "i screenshotted everything. pay me {amount} or i send the pictures to all "
               "your followers", "i have your pics. send {amount} on {pay} or your family sees "
               "them"),
            _r("a", "you have 2 hours", "i'm counting down. 30 minutes", "do it now or it's over"),
            _r("a", "i already have the list of your friends and your school",
               "don't block me or i post them everywhere"),
            _r("a", "send {pay} codes now", "pay with {pay}, nobody needs to know"),
        ),
        "es": (
            _r("a", "holaa eres lindo, hablamos?", "hola guapo, te vi en el grupo"),
            _s("b", "vale", "hola"),
            _r("a", "cuántos años tienes? yo 16", "vas al insti?"),
            _s("b", "15", "16"),
            _r("a", "vamos a {app}", "agrega mi {app}, aquí casi no entro"),
            _r("a", "mándame una foto tuya, yo te mando otra",
               "intercambiamos fotos, tú primero"),
            _r("a", "hice captura de todo. págame {amount} o mando las fotos a todos tus "
               "seguidores", "tengo tus fotos. manda {amount} por {pay} o tu familia las verá"),
            _r("a", "tienes 2 horas", "cuenta atrás, 30 minutos", "hazlo ya o se acabó"),
            _r("a", "ya tengo la lista de tus amigos y tu colegio",
               "no me bloquees o las publico en todas partes"),
            _r("a", "manda los códigos de {pay} ya", "paga con {pay}, nadie tiene que saberlo"),
        ),
    }),
    Family("x02_account_hack_threat", "sextortion", "adult_minor", {
        "en": (
            _r("a", "i got into your cloud account", "i have access to your gallery"),
            _s("b", "what?? who is this", "stop lying"),
            _r("a", "i have your private photos", "i saved all your pictures"),
            _r("a", "send {amount} in {pay} or your classmates get them",
               "pay {amount} or i'll share the pictures with your friends"),
            _r("a", "don't tell your parents or i post them right away",
               "if you go to the police everyone sees them"),
            _r("a", "clock is ticking", "you have until midnight", "hurry up"),
            _s("b", "please don't", "i don't have that much money"),
            _r("a", "then get it from your mom's card", "find a way, last warning"),
        ),
        "es": (
            _r("a", "entré en tu cuenta de la nube", "tengo acceso a tu galería"),
            _s("b", "qué?? quién eres", "mentira"),
            _r("a", "tengo tus fotos privadas", "guardé todas tus fotos"),
            _r("a", "manda {amount} en {pay} o se las paso a tus compañeros",
               "paga {amount} o comparto las fotos con tus amigos"),
            _r("a", "no le digas a tus padres o las publico ya",
               "si vas a la policía todo el mundo las verá"),
            _r("a", "el tiempo corre", "tienes hasta medianoche", "date prisa"),
            _s("b", "por favor no", "no tengo tanto dinero"),
            _r("a", "pues sácalo de la tarjeta de tu madre", "búscate la vida, último aviso"),
        ),
    }),
    Family("x03_more_pics_leverage", "sextortion", "adult_minor", {
        "en": (
            _s("a", "remember me from last week?", "hey it's me again"),
            _r("a", "send me more pics or i'll show everyone at your school",
               "if you don't send another photo i'll share the old one"),
            _s("b", "you promised you deleted them", "please stop"),
            _r("a", "do what i say and nobody finds out", "i'll tell your parents what you did"),
            _r("a", "get on camera now", "call me on {app} tonight or else"),
            _r("a", "you have 10 minutes", "answer NOW", "i'm not waiting"),
        ),
        "es": (
            _s("a", "te acuerdas de mí de la semana pasada?", "hola soy yo otra vez"),
            _r("a", "mándame más fotos o se las enseño a todo tu colegio",
               "si no me mandas otra foto comparto la de antes"),
            _s("b", "dijiste que las borraste", "para por favor"),
            _r("a", "haz lo que te digo y nadie se entera", "le voy a contar a tus padres lo "
               "que hiciste"),
            _r("a", "ponte en cámara ya", "llámame por {app} esta noche o verás"),
            _r("a", "tienes 10 minutos", "contesta YA", "no pienso esperar"),
        ),
    }),
    Family("x04_crypto_ruin", "sextortion", "adult_minor", {
        "en": (
            _r("a", "i know your school and your mom's name", "i found your family on facebook"),
            _r("a", "the video call was recorded", "i kept the picture you sent"),
            _r("a", "send {amount} in bitcoin or i ruin your life",
               "pay or i'll send it to your whole contact list"),
            _s("b", "i'm just a kid", "i'm only 15"),
            _r("a", "then borrow it, i don't care", "use {pay}, you have one hour"),
            _r("a", "if you tell anyone it goes public", "block me and it gets posted"),
        ),
        "es": (
            _r("a", "sé tu colegio y el nombre de tu madre", "encontré a tu familia en facebook"),
            _r("a", "la videollamada quedó grabada", "guardé la foto que me mandaste"),
            _r("a", "manda {amount} en bitcoin o te arruino la vida",
               "paga o se la mando a todos tus contactos"),
            _s("b", "solo soy un niño", "solo tengo 15"),
            _r("a", "pues pídelo prestado, me da igual", "usa {pay}, tienes una hora"),
            _r("a", "si se lo cuentas a alguien lo hago público", "bloquéame y lo publico"),
        ),
    }),
)


# --------------------------------------------------------------------------------------------
# Families: benign, including hard negatives that share words with risky ones
# --------------------------------------------------------------------------------------------

FIRST_BENIGN_FAMILIES: tuple[Family, ...] = (
    Family("b01_teens_chatting", "benign", "teen_teen", {
        "en": (
            _s("a", "did you finish the {subject} homework", "omg the {subject} test was hard"),
            _s("b", "no lol i'm so behind", "yeah i think i failed"),
            _s("a", "don't tell anyone but i kinda like {name}", "ok secret: i have a crush on "
               "{name}"),
            _s("b", "OMG i won't tell", "no wayyy, my lips are sealed"),
            _s("a", "add me on {app} it's easier", "do you have {app}? my mom took my phone "
               "so use that"),
            _s("b", "send me a pic of your outfit for tomorrow", "send me a pic of the dress"),
            _s("a", "wanna meet at {place} {day} with the others?", "we're all going to {place} "
               "{day} if you want to come"),
            _s("b", "yess my mom can drive us", "i have to ask my dad first"),
        ),
        "es": (
            _s("a", "hiciste la tarea de {subject}", "el examen de {subject} estuvo difícil"),
            _s("b", "no jaja voy fatal", "sí creo que suspendí"),
            _s("a", "no se lo digas a nadie pero me gusta {name}", "secreto: me gusta {name}"),
            _s("b", "OMG no diré nada", "nooo, soy una tumba"),
            _s("a", "agrégame en {app} es más fácil", "tienes {app}? mi mamá me quitó el móvil"),
            _s("b", "mándame foto de tu ropa para mañana", "mándame una foto del vestido"),
            _s("a", "quedamos en {place} {day} con los demás?", "vamos todos a {place} {day} "
               "si quieres venir"),
            _s("b", "sii mi mamá nos lleva", "tengo que preguntarle a mi papá"),
        ),
    }),
    Family("b02_parent_child", "benign", "parent_child", {
        "en": (
            _s("a", "where are you sweetie?", "are you still at practice?"),
            _s("b", "at {name}'s house", "almost done"),
            _s("a", "i'll pick you up at {time}", "dad will get you at {time} by the gate"),
            _s("a", "did you eat? i left {food} in the fridge", "i sent you $10 for lunch"),
            _s("b", "thanks mom", "ok dad love you"),
            _s("a", "send me a pic of the permission slip so i can sign it",
               "take a photo of your report card for grandma"),
            _s("a", "don't stay up late on your phone, school tomorrow", "be home before dark"),
            _s("b", "i know", "fine"),
        ),
        "es": (
            _s("a", "dónde estás cariño?", "sigues en el entrenamiento?"),
            _s("b", "en casa de {name}", "casi acabo"),
            _s("a", "te recojo a las {time}", "papá te busca a las {time} en la puerta"),
            _s("a", "comiste? dejé {food} en la nevera", "te mandé 10 euros para el almuerzo"),
            _s("b", "gracias mamá", "vale papá te quiero"),
            _s("a", "mándame una foto de la autorización para firmarla",
               "hazle una foto a tus notas para la abuela"),
            _s("a", "no te quedes hasta tarde con el móvil, mañana hay cole",
               "vuelve antes de que oscurezca"),
            _s("b", "ya lo sé", "vale"),
        ),
    }),
    Family("b03_coach_practice", "benign", "coach_minor", {
        "en": (
            _s("a", "hi team, {sport} practice moved to {time} {day}",
               "reminder: {sport} practice at the field {day} at {time}"),
            _s("b", "ok coach", "will be there"),
            _s("a", "great job today, you're getting really good", "proud of how hard you "
               "worked this week"),
            _s("a", "bring your gear and water", "please tell your parents about the schedule "
               "change"),
            _s("b", "my mom says she can drive {name} too", "can my dad come watch?"),
            _s("a", "team photos are on {day}, wear the blue jersey", "parents are welcome at "
               "the game"),
            _s("a", "meet at the gym entrance, the bus leaves at {time}",
               "we meet at the school parking lot before the away game"),
        ),
        "es": (
            _s("a", "hola equipo, el entrenamiento de {sport} pasa a las {time} {day}",
               "recordatorio: entreno de {sport} en el campo {day} a las {time}"),
            _s("b", "ok entrenador", "allí estaré"),
            _s("a", "muy bien hoy, estás mejorando mucho", "orgulloso de lo que trabajaste "
               "esta semana"),
            _s("a", "traed el equipo y agua", "decidle a vuestros padres el cambio de horario"),
            _s("b", "mi mamá dice que puede llevar a {name}", "puede venir mi papá a verme?"),
            _s("a", "las fotos del equipo son {day}, con la camiseta azul",
               "los padres pueden venir al partido"),
            _s("a", "nos vemos en la entrada del gimnasio, el bus sale a las {time}",
               "quedamos en el parking del colegio antes del partido fuera"),
        ),
    }),
    Family("b04_teacher_class", "benign", "coach_minor", {
        "en": (
            _s("a", "hi class, the {subject} project is due {day}",
               "reminder to upload your {subject} worksheet"),
            _s("b", "can i get an extension?", "i uploaded it"),
            _s("a", "you did really well on the test, keep it up",
               "your essay was excellent, well done"),
            _s("a", "yearbook photos are {day}, remind your parents",
               "school picture day is {day}"),
            _s("a", "office hours are in room 204 after school", "come see me at lunch in the "
               "classroom if you need help"),
            _s("b", "thank you!", "ok see you then"),
        ),
        "es": (
            _s("a", "hola clase, el trabajo de {subject} es para {day}",
               "recordad subir la ficha de {subject}"),
            _s("b", "me puede dar más tiempo?", "ya lo subí"),
            _s("a", "te fue muy bien en el examen, sigue así", "tu redacción fue excelente"),
            _s("a", "las fotos de la orla son {day}, avisad a vuestros padres",
               "el día de la foto escolar es {day}"),
            _s("a", "tutorías en el aula 204 después de clase", "ven al aula en el recreo si "
               "necesitas ayuda"),
            _s("b", "gracias profe!", "vale nos vemos"),
        ),
    }),
    Family("b05_gaming_banter", "benign", "teen_teen", {
        "en": (
            _s("a", "gg that last round was insane", "bro you carried"),
            _s("b", "lol you're trash", "ez"),
            _s("a", "how old r u? you sound like 10", "wait are you 12 lol"),
            _s("b", "i'm 14 stfu", "13 and better than you"),
            _s("a", "join our {app} for the squad tonight", "add me on {app} we need a 4th"),
            _s("b", "i'll give you my extra {currency} if you carry me", "trade you {currency} "
               "for that skin"),
            _s("a", "my mom says i have to get off at 9", "brb dinner"),
        ),
        "es": (
            _s("a", "gg la última ronda fue una locura", "bro nos llevaste"),
            _s("b", "jaja eres malísimo", "fácil"),
            _s("a", "cuántos años tienes? pareces de 10", "espera tienes 12 jaja"),
            _s("b", "tengo 14 cállate", "13 y juego mejor que tú"),
            _s("a", "únete a nuestro {app} para el squad esta noche", "agrégame en {app} falta "
               "uno"),
            _s("b", "te doy mis {currency} si me llevas", "te cambio {currency} por esa skin"),
            _s("a", "mi madre dice que me desconecte a las 9", "vuelvo, a cenar"),
        ),
    }),
    Family("b06_surprise_party", "benign", "teen_teen", {
        "en": (
            _s("a", "don't tell mom about the surprise party!!", "shh it's a secret, mom can't "
               "find out about the party"),
            _s("b", "i won't, when is it", "my lips are sealed 🤐"),
            _s("a", "{day} at grandma's, dad is bringing the cake", "saturday at {time}, uncle "
               "{name} is coming"),
            _s("b", "i'll buy the gift, can you send me $20 for it", "i'll get flowers"),
            _s("a", "delete this chat in case she looks at your phone lol",
               "hide the decorations in your room"),
            _s("a", "send me a pic of the card when you sign it", "send a pic of the banner"),
        ),
        "es": (
            _s("a", "no le digas a mamá lo de la fiesta sorpresa!!", "shh es secreto, mamá no "
               "se puede enterar de la fiesta"),
            _s("b", "no diré nada, cuándo es", "soy una tumba 🤐"),
            _s("a", "{day} en casa de la abuela, papá trae la tarta",
               "el sábado a las {time}, viene el tío {name}"),
            _s("b", "yo compro el regalo, me mandas 20 euros", "yo traigo flores"),
            _s("a", "borra este chat por si mira tu móvil jaja", "esconde la decoración en tu "
               "cuarto"),
            _s("a", "mándame foto de la tarjeta cuando la firmes", "manda foto de la pancarta"),
        ),
    }),
    Family("b07_adults_photos", "benign", "adult_adult", {
        "en": (
            _s("a", "can you send me the pics from the wedding?", "do you have the photos from "
               "the trip"),
            _s("b", "sure, uploading them now", "yes give me a sec"),
            _s("a", "you look great in that one", "love the one by the lake"),
            _s("b", "let's grab coffee {day}", "want to meet for lunch after work {day}?"),
            _s("a", "i'll venmo you for the tickets", "i owe you $40 for dinner"),
            _s("b", "my kids say hi", "my boss kept me late again"),
        ),
        "es": (
            _s("a", "me pasas las fotos de la boda?", "tienes las fotos del viaje?"),
            _s("b", "claro, las subo ahora", "sí dame un segundo"),
            _s("a", "sales genial en esa", "me encanta la del lago"),
            _s("b", "tomamos un café {day}", "comemos después del trabajo {day}?"),
            _s("a", "te hago un bizum por las entradas", "te debo 40 euros de la cena"),
            _s("b", "mis hijos te mandan saludos", "mi jefe me hizo quedarme otra vez"),
        ),
    }),
    Family("b08_adults_dating", "benign", "adult_adult", {
        "en": (
            _s("a", "hi! your profile made me laugh", "hey, love that you hike too"),
            _s("b", "haha thanks, how's your week", "hi! same, where do you go?"),
            _s("a", "how old are you? i'm 31", "i'm 29, you?"),
            _s("b", "34, just moved here for work", "33, i work as a nurse"),
            _s("a", "want to move to whatsapp? i rarely check this app",
               "here's my number if it's easier"),
            _s("b", "want to get dinner {day}?", "drinks after work {day}?"),
            _s("a", "sure, meet at the restaurant downtown at 8", "sounds great, i'll book a "
               "table"),
        ),
        "es": (
            _s("a", "hola! tu perfil me hizo reír", "ey, qué bien que también haces senderismo"),
            _s("b", "jaja gracias, qué tal tu semana", "hola! igual, a dónde vas?"),
            _s("a", "cuántos años tienes? yo 31", "tengo 29, y tú?"),
            _s("b", "34, me mudé por trabajo", "33, soy enfermera"),
            _s("a", "pasamos a whatsapp? casi no miro esta app", "te dejo mi número si es más "
               "fácil"),
            _s("b", "cenamos {day}?", "unas cañas después del trabajo {day}?"),
            _s("a", "vale, en el restaurante del centro a las 9", "perfecto, reservo mesa"),
        ),
    }),
    Family("b09_marketplace", "benign", "adult_adult", {
        "en": (
            _s("a", "is the bike still available?", "hi, interested in the desk you listed"),
            _s("b", "yes it is", "still have it"),
            _s("a", "can you send me a pic of the scratches?", "send me a photo of the back"),
            _s("a", "i can pay {amount}, cash or venmo", "would you take {amount}?"),
            _s("b", "let's meet at the police station parking lot {day}",
               "meet at {place} at {time}"),
            _s("a", "deal, see you there", "ok i'll text when i arrive"),
        ),
        "es": (
            _s("a", "sigue disponible la bici?", "hola, me interesa el escritorio"),
            _s("b", "sí", "sí, todavía lo tengo"),
            _s("a", "me mandas una foto de los arañazos?", "mándame foto de la parte de atrás"),
            _s("a", "te pago {amount}, efectivo o bizum", "lo dejarías en {amount}?"),
            _s("b", "quedamos en el parking de la comisaría {day}", "nos vemos en {place} a "
               "las {time}"),
            _s("a", "trato hecho, nos vemos", "vale te escribo al llegar"),
        ),
    }),
    Family("b10_friends_movie", "benign", "teen_teen", {
        "en": (
            _s("a", "movie {day}??", "wanna see the new marvel movie"),
            _s("b", "yes! which time", "omg yes"),
            _s("a", "meet at {place} at {time}, {name} is coming too",
               "my sister will drop us at {place}"),
            _s("b", "send a pic of the tickets when you buy them", "i'll pay you back for mine"),
            _s("a", "my parents said i can stay till 9", "ask your mom if you can sleep over"),
        ),
        "es": (
            _s("a", "peli {day}??", "vamos a ver la nueva de marvel"),
            _s("b", "sí! a qué hora", "obvio sí"),
            _s("a", "quedamos en {place} a las {time}, viene {name} también",
               "mi hermana nos deja en {place}"),
            _s("b", "manda foto de las entradas cuando las compres", "te devuelvo lo mío"),
            _s("a", "mis padres dicen que puedo quedarme hasta las 9",
               "pregúntale a tu madre si puedes quedarte a dormir"),
        ),
    }),
    Family("b11_family_tutor", "benign", "coach_minor", {
        "en": (
            _s("a", "hi! this is your {subject} tutor, your mom booked us for {day}",
               "hello, confirming tutoring with your dad for {day}"),
            _s("b", "ok", "hi"),
            _s("a", "i'll email the worksheet to your parents", "please have your mom join the "
               "first five minutes of the video lesson"),
            _s("a", "nice work on fractions, you're improving", "great progress this month"),
            _s("b", "can we do {time} instead", "thanks"),
            _s("a", "i'll confirm the new time with your mom", "i'll send your parents the "
               "invoice"),
        ),
        "es": (
            _s("a", "hola! soy tu profe de {subject}, tu mamá reservó para {day}",
               "hola, confirmo la clase con tu papá para {day}"),
            _s("b", "vale", "hola"),
            _s("a", "mando la ficha por correo a tus padres", "que tu mamá entre los primeros "
               "cinco minutos de la videollamada"),
            _s("a", "muy bien con las fracciones, vas mejorando", "gran progreso este mes"),
            _s("b", "podemos a las {time}?", "gracias"),
            _s("a", "confirmo el cambio con tu madre", "le mando la factura a tus padres"),
        ),
    }),
    Family("b12_game_support", "benign", "adult_minor", {
        "en": (
            _s("b", "i lost my {currency} after the update", "my account got banned??"),
            _s("a", "sorry about that! we'll restore your {currency}", "thanks for reporting, "
               "checking your account"),
            _s("a", "never share your password with anyone, not even us",
               "keep your login private and turn on two-factor"),
            _s("a", "please confirm your account age in settings", "players under 13 need a "
               "parent to approve purchases"),
            _s("b", "ok done", "thank you"),
            _s("a", "your refund is on the way", "ticket closed, have fun!"),
        ),
        "es": (
            _s("b", "perdí mis {currency} con la actualización", "me banearon la cuenta??"),
            _s("a", "lo sentimos! te devolvemos tus {currency}", "gracias por avisar, reviso tu "
               "cuenta"),
            _s("a", "nunca compartas tu contraseña con nadie, ni con nosotros",
               "mantén tu clave privada y activa la verificación en dos pasos"),
            _s("a", "confirma la edad de tu cuenta en ajustes", "los menores de 13 necesitan "
               "permiso de un padre para comprar"),
            _s("b", "vale hecho", "gracias"),
            _s("a", "el reembolso está en camino", "ticket cerrado, que te diviertas!"),
        ),
    }),
    Family("b13_safety_talk", "benign", "parent_child", {
        "en": (
            _s("a", "remember what we talked about online safety?", "quick reminder about "
               "strangers online"),
            _s("b", "yes mom", "ugh yes"),
            _s("a", "if anyone asks for pictures or to keep a secret, tell me right away",
               "if someone online asks your age or wants to meet, come to me"),
            _s("a", "you won't be in trouble, i promise", "even if they offer gifts or robux, "
               "it's a red flag"),
            _s("b", "ok i will", "someone in class got a weird message like that"),
            _s("a", "good, we can report it together", "thanks for telling me, i'm proud of you"),
        ),
        "es": (
            _s("a", "te acuerdas de lo que hablamos de seguridad en internet?",
               "recordatorio sobre desconocidos en internet"),
            _s("b", "sí mamá", "uf sí"),
            _s("a", "si alguien te pide fotos o que guardes un secreto, dímelo enseguida",
               "si alguien en internet te pregunta la edad o quiere quedar, ven a mí"),
            _s("a", "no te vas a meter en problemas, te lo prometo",
               "aunque te ofrezcan regalos o robux, es una señal de alarma"),
            _s("b", "vale lo haré", "a uno de mi clase le llegó un mensaje así"),
            _s("a", "bien, lo denunciamos juntos", "gracias por contármelo, estoy orgullosa"),
        ),
    }),
    Family("b14_group_project", "benign", "teen_teen", {
        "en": (
            _s("a", "who's doing the slides for {subject}", "our {subject} project is due {day}"),
            _s("b", "i'll do the intro", "i can do the slides"),
            _s("a", "let's meet at the library {day} after school", "can we call tonight to "
               "finish it?"),
            _s("b", "send me a pic of your notes", "take a photo of the whiteboard"),
            _s("a", "my dad can drive us home", "i have to be home by 6"),
        ),
        "es": (
            _s("a", "quién hace las diapositivas de {subject}", "el trabajo de {subject} es "
               "para {day}"),
            _s("b", "yo hago la intro", "yo hago las diapos"),
            _s("a", "quedamos en la biblioteca {day} después de clase", "hacemos llamada esta "
               "noche para acabarlo?"),
            _s("b", "mándame foto de tus apuntes", "hazle una foto a la pizarra"),
            _s("a", "mi papá nos puede llevar a casa", "tengo que estar en casa a las 6"),
        ),
    }),
)


# --------------------------------------------------------------------------------------------
# The second batch (same author as the first, a later session): two grooming families whose
# first risky line comes after a friendship phase and four hard negatives (a youth-group leader
# with parents in copy, an older sibling gaming with the younger sibling's friend, a music teacher
# asking for a practice video through the parents, same-age peers moving to a group chat).
# --------------------------------------------------------------------------------------------

SECOND_RISK_FAMILIES: tuple[Family, ...] = (
    Family("g10_fake_sports_scout", "grooming", "adult_minor", {
        "en": (
            _s("a", "saw your {sport} highlights from the tournament, nice work",
               "you were the fastest one out there at the {sport} game"),
            _s("b", "thanks!", "omg thank you"),
            _s("a", "how long have you been playing?", "which position do you like best?",
               optional=True),
            _s("b", "like 3 years", "since i was little"),
            _r("a", "how old are you? thinking of the u14 squad", "what year are you in school? "
               "for the age group"),
            _s("b", "13", "i'm 12", "8th grade"),
            _r("a", "honestly you have more talent than anyone on your team",
               "you're special, your coach doesn't see what i see"),
            _r("a", "i can do private training with you, just us, no need for your parents",
               "your parents would just slow this down, let me handle it"),
            _r("a", "keep this between us until the trial, the club doesn't like scouts talking "
               "to players", "don't mention me to your coach or your mom yet"),
            _r("a", "message me on {app} instead, easier for videos",
               "get {app} so we can talk there", optional=True),
            _r("a", "send me a full length photo of you so i can check your build",
               "turn your camera on so i can see your posture"),
            _r("a", "i'll buy you new cleats, {amount} is nothing", "i can cover the {amount} "
               "camp fee for you", optional=True),
            _r("a", "meet me at {place} {day} for a private session, come alone",
               "i'll pick you up after school {day}, don't bring anyone"),
        ),
        "es": (
            _s("a", "vi tus jugadas de {sport} del torneo, muy bien",
               "eras la más rápida en el partido de {sport}"),
            _s("b", "gracias!", "ay gracias"),
            _s("a", "cuánto llevas jugando?", "en qué posición te gusta jugar?", optional=True),
            _s("b", "unos 3 años", "desde pequeña"),
            _r("a", "cuántos años tienes? pienso en el equipo sub 14",
               "en qué curso estás? por la categoría"),
            _s("b", "13", "tengo 12", "segundo de la eso"),
            _r("a", "tienes más talento que nadie en tu equipo",
               "eres especial, tu entrenador no ve lo que yo veo"),
            _r("a", "puedo entrenarte en privado, solo nosotros, tus padres no hace falta",
               "tus padres solo lo retrasarían, déjamelo a mí"),
            _r("a", "que quede entre nosotros hasta la prueba, al club no le gusta que hablemos",
               "no le hables de mí a tu entrenador ni a tu madre todavía"),
            _r("a", "escríbeme por {app} mejor, para los vídeos", "bájate {app} y hablamos allí",
               optional=True),
            _r("a", "mándame una foto tuya de cuerpo entero para ver tu físico",
               "enciende la cámara para ver tu postura"),
            _r("a", "te compro unas botas nuevas, {amount} no es nada",
               "te pago yo los {amount} del campus", optional=True),
            _r("a", "nos vemos en {place} {day} para un entreno privado, ven sola",
               "te recojo a la salida del cole {day}, no traigas a nadie"),
        ),
    }),
    Family("g11_streamer_collab", "grooming", "adult_minor", {
        "en": (
            _s("a", "your {game} clips are so good", "loved your last stream, you're funny"),
            _s("b", "wait you watched it?", "lol thanks"),
            _s("a", "what setup do you use?", "how many followers do you have now?",
               optional=True),
            _s("b", "just my old laptop", "like 200"),
            _r("a", "how old are you anyway? you sound young", "you still in middle school?"),
            _s("b", "14", "13 why", "yeah 7th"),
            _r("a", "you're way more mature than the other kids who stream",
               "i never connect with people like this, you get me"),
            _r("a", "i'll gift you subs and {currency} so you grow faster",
               "i'll send you {amount} for a new mic"),
            _r("a", "let's talk on my private {app} server, just you and me",
               "add me on {app}, i don't want my fans seeing our chats"),
            _r("a", "don't tell your parents about the money, they'll make you stop streaming",
               "this stays our secret ok? delete the messages"),
            _r("a", "turn your cam on for me, no stream, just us",
               "send me a selfie, i want to see the real you"),
            _r("a", "i'm coming to the con in your city {day}, meet me there alone",
               "we should meet at {place} {day}, don't tell your friends", optional=True),
        ),
        "es": (
            _s("a", "tus clips de {game} son buenísimos", "me encantó tu último directo, eres "
               "muy gracioso"),
            _s("b", "espera lo viste?", "jaja gracias"),
            _s("a", "qué equipo usas para grabar?", "cuántos seguidores tienes ya?",
               optional=True),
            _s("b", "mi portátil viejo", "como 200"),
            _r("a", "cuántos años tienes? suenas joven", "sigues en el cole?"),
            _s("b", "14", "13 por?", "sí en primero"),
            _r("a", "eres mucho más maduro que los otros chavales que hacen directos",
               "nunca conecto así con nadie, tú me entiendes"),
            _r("a", "te regalo subs y {currency} para que crezcas más rápido",
               "te mando {amount} para un micro nuevo"),
            _r("a", "hablemos en mi servidor privado de {app}, solo tú y yo",
               "agrégame en {app}, no quiero que mis fans vean lo nuestro"),
            _r("a", "no les digas a tus padres lo del dinero, te harán dejar los directos",
               "esto es nuestro secreto vale? borra los mensajes"),
            _r("a", "pon la cámara para mí, sin directo, solo nosotros",
               "mándame un selfie, quiero verte de verdad"),
            _r("a", "voy a la feria de tu ciudad {day}, ven a verme solo",
               "quedamos en {place} {day}, no se lo digas a tus amigos", optional=True),
        ),
    }),
)

SECOND_BENIGN_FAMILIES: tuple[Family, ...] = (
    Family("b15_youth_group_trip", "benign", "coach_minor", {
        "en": (
            _s("a", "hi everyone, the youth group trip to the lake is {day}!",
               "reminder: permission slips for the camping trip are due {day}"),
            _s("b", "yay", "do we need sleeping bags?"),
            _s("a", "how old are you now? the trip is for ages 12-15",
               "which grade are you in? we split the cabins by age"),
            _s("b", "13", "8th grade"),
            _s("a", "your parents are cc'd on this, the schedule is in their email",
               "i added your parents to the group chat so everyone sees the plan"),
            _s("a", "send me a photo of the signed permission slip", "please send a pic of your "
               "health form, your mom can sign it"),
            _s("a", "we meet at the church parking lot {day} at {time}, parents drop off",
               "the bus leaves from {place} at {time}, families can wave us off"),
            _s("a", "join the trip group on {app}, parents and leaders are all in it",
               "the group chat is on {app}, with all the families"),
            _s("a", "don't tell the little kids about the campfire surprise lol",
               "keep the s'mores night a secret from the younger group", optional=True),
            _s("b", "ok my dad will drive me", "can {name} share my tent?"),
        ),
        "es": (
            _s("a", "hola a todos, la excursión del grupo juvenil al lago es {day}!",
               "recordatorio: las autorizaciones del campamento son para {day}"),
            _s("b", "bieen", "hay que llevar saco de dormir?"),
            _s("a", "cuántos años tienes ahora? la excursión es de 12 a 15",
               "en qué curso estás? repartimos las cabañas por edad"),
            _s("b", "13", "segundo de la eso"),
            _s("a", "tus padres están en copia, el horario está en su correo",
               "añadí a tus padres al grupo para que todos vean el plan"),
            _s("a", "mándame una foto de la autorización firmada",
               "envía foto de la ficha médica, la firma tu madre"),
            _s("a", "quedamos en el parking de la parroquia {day} a las {time}, los padres os "
               "dejan", "el bus sale de {place} a las {time}, las familias pueden venir"),
            _s("a", "únete al grupo de la excursión en {app}, están padres y monitores",
               "el grupo está en {app}, con todas las familias"),
            _s("a", "no les contéis a los pequeños la sorpresa de la hoguera jaja",
               "que la noche de malvaviscos sea secreto para los pequeños", optional=True),
            _s("b", "vale mi papá me lleva", "puede {name} compartir mi tienda?"),
        ),
    }),
    Family("b16_sibling_friend_gaming", "benign", "sibling_friend", {
        "en": (
            _s("a", "yo you're {name}'s friend from the squad right?",
               "you're the one who plays {game} with my little brother"),
            _s("b", "yeah lol", "yep"),
            _s("a", "gg you actually carried that match", "you're cracked for your age ngl"),
            _s("b", "thx", "ez"),
            _s("a", "how old are you, same as {name}?", "you in the same class as my brother?"),
            _s("b", "yeah 13", "we're both 12"),
            _s("a", "join our {app} call tonight, {name} is already in",
               "add me on {app}, we need a 5th with my brother"),
            _s("a", "i'll gift you a skin if we win", "i have extra {currency}, want some?"),
            _s("a", "don't tell {name} i said you're better than him lol",
               "keep it secret that i'm letting you use my account for the event", optional=True),
            _s("b", "my mom says i have to be off at 9", "gotta ask my dad first"),
            _s("a", "all good, tell your mom it's just us and {name}", "np, same time tomorrow"),
        ),
        "es": (
            _s("a", "ey tú eres amigo de {name} del squad no?",
               "tú eres el que juega al {game} con mi hermano pequeño"),
            _s("b", "sí jaja", "sip"),
            _s("a", "gg nos llevaste en esa partida", "juegas muy bien para tu edad la verdad"),
            _s("b", "grax", "fácil"),
            _s("a", "cuántos años tienes, los mismos que {name}?", "vas a la clase de mi hermano?"),
            _s("b", "sí 13", "los dos tenemos 12"),
            _s("a", "únete a la llamada de {app} esta noche, {name} ya está",
               "agrégame en {app}, nos falta uno con mi hermano"),
            _s("a", "te regalo una skin si ganamos", "me sobran {currency}, quieres?"),
            _s("a", "no le digas a {name} que juegas mejor que él jaja",
               "que sea secreto que te dejo mi cuenta para el evento", optional=True),
            _s("b", "mi madre dice que me desconecte a las 9", "tengo que preguntarle a mi papá"),
            _s("a", "tranqui, dile a tu madre que somos nosotros y {name}",
               "sin problema, mañana a la misma hora"),
        ),
    }),
    Family("b17_music_teacher", "benign", "coach_minor", {
        "en": (
            _s("a", "hi! it's your piano teacher, can we move the lesson to {day} at {time}?",
               "hello, guitar lesson this week is {day}, does {time} work?"),
            _s("b", "yes", "i think so, i'll ask"),
            _s("a", "you played beautifully last week, you have real talent",
               "i'm so impressed with your progress, you're a natural"),
            _s("a", "how old are you now? the youth competition is for under 14s",
               "what grade are you in? i want to pick the right exam level"),
            _s("b", "12", "7th grade"),
            _s("a", "ask your mom or dad to film you playing the scales and send me the video",
               "with your parents' ok, can they record a short video of your practice for me?"),
            _s("a", "we can do the lesson on video call, your mom can sit in",
               "video lesson on {app} this week, one of your parents should be there"),
            _s("a", "don't tell the other students the recital piece yet, it's a surprise",
               "keep the recital song secret from the class for now", optional=True),
            _s("b", "my mom says {day} is fine", "ok i'll send it tonight"),
            _s("a", "great, i'll email your parents the invoice", "see you {day}, say hi to "
               "your mom"),
        ),
        "es": (
            _s("a", "hola! soy tu profe de piano, podemos pasar la clase al {day} a las {time}?",
               "hola, la clase de guitarra esta semana es {day}, te va bien a las {time}?"),
            _s("b", "sí", "creo que sí, pregunto"),
            _s("a", "tocaste precioso la semana pasada, tienes mucho talento",
               "estoy impresionada con tu progreso, tienes un don"),
            _s("a", "cuántos años tienes ya? el concurso juvenil es para menores de 14",
               "en qué curso estás? para elegir el nivel del examen"),
            _s("b", "12", "primero de la eso"),
            _s("a", "pídele a tu madre o a tu padre que te grabe tocando las escalas y me mande "
               "el vídeo", "si tus padres están de acuerdo, que graben un vídeo corto de tu "
               "práctica"),
            _s("a", "podemos hacer la clase por videollamada, tu madre puede estar",
               "clase por {app} esta semana, que esté uno de tus padres"),
            _s("a", "no le digas a los otros alumnos la pieza del recital, es sorpresa",
               "guarda el secreto de la canción del recital por ahora", optional=True),
            _s("b", "mi madre dice que {day} está bien", "vale lo mando esta noche"),
            _s("a", "genial, le mando la factura a tus padres", "nos vemos {day}, saluda a tu "
               "madre"),
        ),
    }),
    Family("b18_peer_compliments_group", "benign", "teen_teen", {
        "en": (
            _s("a", "omg your drawing in art class was so good", "your hair looked so cute today"),
            _s("b", "aww thank you", "stoppp ur so nice"),
            _s("a", "you're honestly so pretty", "you're like the nicest person in our grade"),
            _s("b", "no you are!!", "ur gonna make me cry"),
            _s("a", "wait how old are you, you're in 8th right?", "are you 13 or 14?"),
            _s("b", "14 in may", "13"),
            _s("a", "we're all moving the group chat to {app}, this one is so laggy",
               "everyone's on {app} now, i'll add you to the girls' group"),
            _s("b", "send a pic of your outfit for the dance", "send me a selfie so i can "
               "copy your makeup lol"),
            _s("a", "meet at {place} {day} with everyone?", "we're all going to {place} {day}, "
               "my mom is driving"),
            _s("b", "yesss", "i have to ask my mom but prob"),
        ),
        "es": (
            _s("a", "tu dibujo de la clase de plástica era precioso", "qué bonito llevabas el "
               "pelo hoy"),
            _s("b", "ay gracias", "paraaa qué maja"),
            _s("a", "eres guapísima en serio", "eres la persona más maja de la clase"),
            _s("b", "no tú!!", "me vas a hacer llorar"),
            _s("a", "espera cuántos años tienes, estás en segundo no?", "tienes 13 o 14?"),
            _s("b", "14 en mayo", "13"),
            _s("a", "nos pasamos todas al grupo de {app}, este va fatal",
               "ahora estamos todas en {app}, te meto en el grupo de chicas"),
            _s("b", "manda foto de tu ropa para el baile", "mándame un selfie para copiarte el "
               "maquillaje jaja"),
            _s("a", "quedamos en {place} {day} con todas?", "vamos todas a {place} {day}, "
               "mi madre nos lleva"),
            _s("b", "siii", "tengo que preguntarle a mi madre pero seguro"),
        ),
    }),
)

# Families by other authors, each written without seeing the detector (more_families/), so the
# training data does not carry one writer's habits.
AUTHORED_FAMILIES: dict[str, tuple[Family, ...]] = {
    "author_1": author_1.FAMILIES, "author_2": author_2.FAMILIES,
    "author_3": author_3.FAMILIES, "author_4": author_4.FAMILIES,
    "author_5": author_5.FAMILIES, "author_6": author_6.FAMILIES,
    "author_7": author_7.FAMILIES, "author_8": author_8.FAMILIES,
    "author_9": author_9.FAMILIES, "author_10": author_10.FAMILIES,
    "author_11": author_11.FAMILIES, "author_12": author_12.FAMILIES,
    "author_13": author_13.FAMILIES, "author_14": author_14.FAMILIES,
    "author_15": author_15.FAMILIES, "author_16": author_16.FAMILIES,
    "author_17": author_17.FAMILIES,
}
#: who wrote each family: "project" (the first two batches) or an author module's name
AUTHOR_OF: dict[str, str] = {
    **{f.id: "project" for f in (*FIRST_RISK_FAMILIES, *FIRST_BENIGN_FAMILIES,
                                 *SECOND_RISK_FAMILIES, *SECOND_BENIGN_FAMILIES)},
    **{f.id: name for name, fams in AUTHORED_FAMILIES.items() for f in fams},
}
_AUTHORED = tuple(f for fams in AUTHORED_FAMILIES.values() for f in fams)
RISK_FAMILIES: tuple[Family, ...] = (FIRST_RISK_FAMILIES + SECOND_RISK_FAMILIES
                                     + tuple(f for f in _AUTHORED if f.label != "benign"))
BENIGN_FAMILIES: tuple[Family, ...] = (FIRST_BENIGN_FAMILIES + SECOND_BENIGN_FAMILIES
                                       + tuple(f for f in _AUTHORED if f.label == "benign"))
FAMILIES: tuple[Family, ...] = RISK_FAMILIES + BENIGN_FAMILIES
FAMILY_BY_ID: dict[str, Family] = {f.id: f for f in FAMILIES}


# --------------------------------------------------------------------------------------------
# Surface variation
# --------------------------------------------------------------------------------------------

_SLANG: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bare\b", "r"), (r"\bplease\b", "pls"),
        (r"\bpicture\b", "pic"), (r"\bbecause\b", "bc"), (r"\bright now\b", "rn"),
        (r"\bokay\b", "ok"), (r"\bwant to\b", "wanna"), (r"\bgoing to\b", "gonna"),
        (r"\bto be honest\b", "tbh"), (r"\bthanks\b", "thx"), (r"\bwhat\b", "wat"),
        (r"\bphotos\b", "pics"), (r"\bfor\b", "4"), (r"\bto\b", "2"),
    ),
    "es": (
        (r"\bque\b", "q"), (r"\bporque\b", "xq"), (r"\bpor favor\b", "porfa"),
        (r"\btambién\b", "tmb"), (r"\bmensajes\b", "msjs"), (r"\bquiero\b", "kiero"),
        (r"\bpara\b", "pa"), (r"\bestás\b", "stas"), (r"\bfoto\b", "foto"), (r"\bde\b", "d"),
        (r"\bpor\b", "x"), (r"\bbueno\b", "bno"),
    ),
}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_EMOJI = ("😂", "😊", "🙂", "😅", "👍", "🔥", "💯", "🙏", "😎", "🥺", "❤️", "✨", "😳", "👀")
_ACCENTS = str.maketrans("áéíóúñÁÉÍÓÚÑü", "aeiounAEIOUNu")


def _fill(template: str, lang: str, rng: random.Random) -> str:
    slots = SLOTS[lang]
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), template)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def vary(text: str, lang: str, rng: random.Random, strength: float = 1.0) -> str:
    """Apply random surface variation: slang, typos, leetspeak, stretching, spacing, emoji."""
    if rng.random() < 0.5 * strength:
        for pattern, repl in _SLANG[lang]:
            if rng.random() < 0.5:
                text = re.sub(pattern, repl, text)
    words = text.split(" ")
    out: list[str] = []
    for word in words:
        r = rng.random()
        if r < 0.05 * strength:
            word = _typo(word, rng)
        elif r < 0.08 * strength and len(word) > 3:
            word = "".join(_LEET.get(c, c) if rng.random() < 0.6 else c for c in word)
        elif r < 0.10 * strength and len(word) > 2 and word[-1].isalpha():
            word = word + word[-1] * rng.randrange(2, 5)
        elif r < 0.115 * strength and len(word) > 4 and word.isalpha():
            word = rng.choice((" ", ".", "-", "")).join(word) if rng.random() < 0.8 else word
        out.append(word)
    text = " ".join(out)
    if lang == "es" and rng.random() < 0.5:
        text = text.translate(_ACCENTS)
    r = rng.random()
    if r < 0.06 * strength:
        text = text.upper()
    elif r < 0.5:
        text = text.lower()
    elif r < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.25 * strength:
        text = text + " " + "".join(rng.choice(_EMOJI) for _ in range(rng.randrange(1, 3)))
    if rng.random() < 0.3:
        text = text.rstrip("?!.") if rng.random() < 0.5 else text + rng.choice(("!", "!!", "?"))
    return text


# --------------------------------------------------------------------------------------------
# Conversations
# --------------------------------------------------------------------------------------------

_MINOR_CASTS = {"adult_minor": ((19, 48), (11, 16)), "teen_teen": ((12, 17), (12, 17)),
                "parent_child": ((32, 55), (9, 16)), "coach_minor": ((23, 60), (10, 17)),
                "adult_adult": ((20, 60), (20, 60)),
                # an older sibling (17-21) and the younger sibling's friend
                "sibling_friend": ((17, 21), (11, 15))}


def _ages(cast: str, rng: random.Random) -> tuple[int | None, int | None]:
    (alo, ahi), (blo, bhi) = _MINOR_CASTS[cast]
    a, b = rng.randint(alo, ahi), rng.randint(blo, bhi)
    if cast == "teen_teen":
        b = max(12, min(17, a + rng.randint(-2, 2)))
    r = rng.random()
    if r < 0.35:  # no assured ages at all: the text has to carry the decision
        return None, None
    if r < 0.55:
        return None, b
    if r < 0.65:
        return a, None
    return a, b


def _context(label: str, cast: str, age: int | None, rng: random.Random) -> Participant:
    """Account age and fan-out overlap between classes: weak, realistic hints, often missing."""
    p = Participant(age=age)
    if rng.random() < 0.5:
        risky = label != "benign"
        p.account_age_days = int(rng.expovariate(1 / (30 if risky else 400))) + 1
        base = 6 if risky and cast == "adult_minor" else 1
        p.minor_contacts_7d = int(rng.expovariate(1 / base))
    return p


def generate_conversation(family: Family, lang: Language, rng: random.Random,
                          conversation_id: str) -> GeneratedConversation:
    script = family.scripts[lang]
    age_a, age_b = _ages(family.cast, rng)
    ids = (f"u{rng.randrange(10_000, 99_999)}", f"u{rng.randrange(10_000, 99_999)}")
    if ids[0] == ids[1]:
        ids = (ids[0], ids[1] + "b")
    role_id = {"a": ids[0], "b": ids[1]}
    participants = {
        ids[0]: _context(family.label, family.cast, age_a, rng),
        ids[1]: Participant(age=age_b),
    }
    steps = [s for s in script if not (s.optional and rng.random() < 0.4)]
    # Stages are not assumed to come in order: swap some neighbouring steps.
    for i in range(len(steps) - 1):
        if rng.random() < 0.2:
            steps[i], steps[i + 1] = steps[i + 1], steps[i]
    # Sometimes a step is dropped entirely (real chats skip stages).
    if len(steps) > 5 and rng.random() < 0.5:
        steps.pop(rng.randrange(2, len(steps)))

    late = family.label != "benign" and rng.random() < 0.4 or rng.random() < 0.1
    hour = rng.choice((22, 23, 0, 1)) if late else rng.randint(8, 21)
    start = datetime(2026, rng.randint(1, 10), rng.randint(1, 28), hour, rng.randint(0, 59),
                     tzinfo=UTC)
    clock = start
    conv = GeneratedConversation(conversation_id, family.label, family.id, lang, participants)
    filler = FILLER[lang]

    def emit(role: Role, text: str, risk: bool) -> None:
        nonlocal clock
        clock += timedelta(seconds=rng.randint(5, 600))
        conv.messages.append(GeneratedMessage(role_id[role], text, clock, risk))

    def small_talk(n: int) -> None:
        for _ in range(n):
            emit(rng.choice(("a", "b")), vary(rng.choice(filler), lang, rng), False)

    small_talk(rng.randint(0, 4))
    for step in steps:
        emit(step.speaker, vary(_fill(rng.choice(step.options), lang, rng), lang, rng), step.risk)
        if rng.random() < 0.5:  # the other side usually answers something
            other: Role = "b" if step.speaker == "a" else "a"
            emit(other, vary(rng.choice(filler), lang, rng), False)
        small_talk(rng.choice((0, 0, 1, 1, 2, 3)))
    small_talk(rng.randint(0, 8))
    return conv


def generate(families: Sequence[Family] | None = None, per_family: int = 50, seed: int = 0,
             languages: Sequence[Language] = ("en", "es")) -> Iterator[GeneratedConversation]:
    """Yield ``per_family`` conversations per family and language, reproducibly for a seed."""
    rng = random.Random(seed)
    for family in families if families is not None else FAMILIES:
        for lang in languages:
            for i in range(per_family):
                yield generate_conversation(family, lang, rng, f"{family.id}-{lang}-{seed}-{i}")


def split_families(holdout_fraction: float = 0.3,
                   seed: int = 0) -> tuple[list[Family], list[Family]]:
    """Split families into (train, held-out), stratified by risky/benign, reproducibly; a
    fraction of 0 holds out nothing."""
    if holdout_fraction <= 0:
        return list(FAMILIES), []
    rng = random.Random(seed)
    train: list[Family] = []
    held: list[Family] = []
    for group in (RISK_FAMILIES, BENIGN_FAMILIES):
        ordered = sorted(group, key=lambda f: f.id)
        rng.shuffle(ordered)
        n_held = max(1, round(len(ordered) * holdout_fraction))
        held.extend(ordered[:n_held])
        train.extend(ordered[n_held:])
    return train, held


def main() -> None:  # pragma: no cover - convenience: python -m ...generator > file.jsonl
    import json
    import sys

    per_family = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for conv in generate(per_family=per_family, seed=seed):
        sys.stdout.write(json.dumps(conv.to_record(), ensure_ascii=False) + "\n")


if __name__ == "__main__":  # pragma: no cover
    main()
