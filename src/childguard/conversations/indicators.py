"""Interpretable risk indicators over single messages, robust to common obfuscation.

Each indicator is a hand-written English and Spanish pattern set over *normalised* text.
Normalisation undoes the tricks people use to slip past word lists: leetspeak (``s3cr3t``),
stretched letters (``pleeease``), spaced or dotted letters (``s e c r e t``, ``d.m``), accents
(``número``) and a few emoji that stand for words (🤫 -> secret, 📸 -> photo). The patterns go
through the same letter-run collapsing as the text, so they are written in plain spelling.

Indicators are evidence, not verdicts: a parent planning a surprise party shows *secrecy* and a
coach shows *meeting*. The learned model in :mod:`childguard.conversations.model` weighs them
together with the wording and the participants' context.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from childguard.conversations.typos import TypoCorrector, read

# Indicator ids, in the order they are reported and used as features.
INDICATORS: Final[tuple[str, ...]] = (
    "age_probing",
    "flattery_trust",
    "risk_check",
    "secrecy",
    "isolation",
    "gifts",
    "money_currency",
    "platform_move",
    "photo_camera",
    "meeting",
    "travel_work",
    "sextortion_threat",
    "pressure_urgency",
)

DESCRIPTIONS: Final[dict[str, str]] = {
    "age_probing": "asks for age, school year or school",
    "flattery_trust": "flattery, special bond, trust building",
    "risk_check": "checks for supervision or asks for personal details (parents home, own phone, "
    "address)",
    "secrecy": "asks to keep secrets or delete messages",
    "isolation": "undermines parents or friends, wants the child alone",
    "gifts": "offers or sends gifts",
    "money_currency": "money, payment apps, gift cards or game currency",
    "platform_move": "moves the talk to another app or a private channel",
    "photo_camera": "asks for photos of the person or to turn on the camera",
    "meeting": "arranges to meet in person or to pick up",
    "travel_work": "job offers, travel or a place to stay (trafficking red flags)",
    "sextortion_threat": "threatens to share images or demands payment",
    "pressure_urgency": "deadlines, pressure, demands for an immediate answer",
}

# Grooming stages after O'Connell (2003), tracked without assuming they come in order.
STAGES: Final[tuple[str, ...]] = (
    "friendship",
    "relationship",
    "risk_assessment",
    "exclusivity",
    "escalation",
    "meeting",
)

STAGE_OF: Final[dict[str, str]] = {
    "age_probing": "friendship",
    "flattery_trust": "relationship",
    "gifts": "relationship",
    "money_currency": "relationship",
    "risk_check": "risk_assessment",
    "secrecy": "exclusivity",
    "isolation": "exclusivity",
    "platform_move": "exclusivity",
    "photo_camera": "escalation",
    "sextortion_threat": "escalation",
    "pressure_urgency": "escalation",
    "meeting": "meeting",
    "travel_work": "meeting",
}

# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_EMOJI_WORDS: Final[dict[str, str]] = {
    "🤫": " secret ", "🤐": " secret ", "📸": " photo ", "📷": " photo ", "🤳": " selfie ",
    "🎥": " camera ", "📹": " camera ", "💰": " money ", "💵": " money ", "💸": " money ",
    "🤑": " money ", "🎁": " gift ", "⏰": " hurry ", "⏳": " hurry ", "⌛": " hurry ",
}
_EMOJI_RE = re.compile("|".join(re.escape(e) for e in _EMOJI_WORDS))
_LEET: Final[dict[str, str]] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                                "@": "a", "$": "s"}
# Anchored at the start of a token: unanchored, a long run of letters costs quadratic time.
_LEET_TOKEN_RE = re.compile(r"(?<![a-z0-9@$])[a-z0-9@$]*[0-9@$][a-z0-9@$]*")
_UNIT_RE = re.compile(r"\$?\d+(?:st|nd|rd|th|am|pm|k|h|hrs?|mins?|yo|yrs?|s|o|a|er|do|ro|to|vo"
                      r"|no|mo)")
_SPACED_RE = re.compile(r"\b(?:[a-z][ .\-_*]){3,}[a-z]\b")
_RUNS_RE = re.compile(r"([a-z])\1+")
_PATTERN_RUNS_RE = re.compile(r"(?<![\\])([a-z])\1+")
_NON_WORD_RE = re.compile(r"[^a-z0-9$?' ]+")
_SPACES_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[a-z]+")
# Chat spellings mapped to the words the patterns are written with. Letter runs are already
# collapsed when this applies, so keys are in collapsed form.
_SLANG: Final[dict[str, str]] = {
    "u": "you", "yu": "you", "ur": "your", "yor": "your", "r": "are", "wat": "what",
    "wut": "what", "pls": "please", "plz": "please", "rn": "right now", "bc": "because",
    "cuz": "because", "q": "que", "xq": "porque", "pq": "porque", "d": "de",
    "x": "por", "pa": "para", "kiero": "quiero", "tmb": "tambien", "msjs": "mensajes",
    "msj": "mensaje", "stas": "estas", "bno": "bueno", "tb": "tambien", "n": "and",
}


_TYPOS: TypoCorrector | None = None


def _word(match: re.Match[str]) -> str:
    """Chat spelling to plain spelling, then one-edit typos of pattern keywords (see
    :mod:`childguard.conversations.typos`)."""
    global _TYPOS
    word = match.group(0)
    slang = _SLANG.get(word)
    if slang is not None:
        return slang
    if _TYPOS is None:
        _TYPOS = TypoCorrector(*read())
    return _TYPOS.correct(word)


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    # Keep plain numbers ("13", "2012"), money ("$50") and ordinals or units ("7th", "5pm"):
    # they carry ages, amounts and times.
    if not any(c.isalpha() for c in token) or _UNIT_RE.fullmatch(token):
        return token
    return "".join(_LEET.get(c, c) for c in token)


def normalize(text: str) -> str:
    """Lowercase, plain-ASCII, de-obfuscated form of a message used by indicators and model."""
    if text.isascii():
        text = text.lower()
    else:
        text = _EMOJI_RE.sub(lambda m: _EMOJI_WORDS[m.group(0)], text)
        text = unicodedata.normalize("NFKD", text.lower())
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'")
    text = _LEET_TOKEN_RE.sub(_unleet, text)
    text = _SPACED_RE.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)
    text = _NON_WORD_RE.sub(" ", text)
    text = _RUNS_RE.sub(r"\1", text)
    text = _WORD_RE.sub(_word, text)
    return _SPACES_RE.sub(" ", text).strip()


def _compile(*patterns: str) -> re.Pattern[str]:
    collapsed = [_PATTERN_RUNS_RE.sub(r"\1", p) for p in patterns]
    # Text is searched padded with spaces, so a leading word boundary is a literal space. That
    # lets the regex engine skip ahead by first character, several times faster than \b.
    # A branch that starts with a word starts at a word boundary too: with every branch
    # anchored on a space the engine only tries word starts, not every character.
    spaced = [" " + p[2:] if p.startswith("\\b") else
              " " + p if p[:1].isalpha() or p.startswith("(?:") else p for p in collapsed]
    return re.compile("|".join(spaced))


# Shared vocabulary (written in plain spelling; doubled letters are collapsed at compile time).
_YOU = r"(?:you|u|ya|yu)"
_YOUR = r"(?:your|ur|yor)"
_APPS = (r"(?:snap|snapchat|whatsapp|whatsap|wasap|wsp|telegram|kik|discord|insta|instagram|"
         r"signal|wickr|viber|line|skype|facetime|another app|other app)")
_PIC = r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|foto|fotos|fotito|snap)"
_FAMILY = r"(?:parents|mom|mum|mother|dad|father|family|friends|teachers|sister|brother)"
_FAMILIA_ES = r"(?:padres|papas|mama|papa|madre|padre|familia|amigas|amigos|profes|profesores)"
_NUM = r"\d{1,2}"

PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "age_probing": _compile(
        rf"how old (?:are|r|is) {_YOU}", rf"what(?:'s| is|s)? {_YOUR} age", rf"\b{_YOUR} age\b",
        r"what (?:grade|year|class)", r"which (?:grade|school|year)", r"what school",
        rf"year (?:were|r|was) {_YOU} born", rf"(?:are|r) {_YOU} (?:under|over|older|younger)",
        rf"{_YOU} (?:still |already )?(?:in|at) (?:middle|high|elementary|junior) school",
        rf"{_YOU} {_NUM} yet", rf"for (?:a )?{_NUM}(?: year old| yo)?\b", rf"\bonly {_NUM}\b",
        rf"(?:you're|youre|ur|you are) {_NUM}\b", r"\bage\?",
        r"cuantos anos", r"\bq(?:ue)? edad", r"\btu edad", r"en q(?:ue)? (?:curso|grado|ano)",
        r"a q(?:ue)? (?:cole|colegio|insti|instituto|escuela)", r"en q(?:ue)? ano naciste",
        rf"tienes (?:menos|mas) de {_NUM}", rf"para tener {_NUM}",
        # ... but "tienes 1 hora" is a deadline
        rf"(?:ya )?(?:tienes|tenes) {_NUM}\b(?! ?(?:h|horas?|min|minutos?|segundos?|dias?|"
        r"semanas?|meses|euros?|pesos|dolares)\b)",
        r"vas (?:a|al) (?:secundaria|insti|cole|primaria)", r"edad tienes",
        r"cuantos (?:anitos|tenes|tienes)\b",
        rf"{_YOU} go to (?:middle|high|elementary|junior) school",
        r"sigues en (?:el |la )?(?:cole|colegio|insti|instituto|primaria|secundaria|escuela)",
        # Multi-author vocabulary: grade guesses, "what are you, 13?", age categories, birthdays.
        r"\b\d{1,2}(?:st|nd|rd|th)? or \d{1,2}(?:st|nd|rd|th)\b",
        r"going into \d{1,2}(?:st|nd|rd|th)",
        r"\b\d{1,2}\? or (?:was it |are you )?\d{1,2}\b",
        rf"what are {_YOU},? (?:like )?\d{{1,2}}\b",
        rf"(?:{_YOU}'re|youre|{_YOU} are) like \d{{1,2}}\b", r"old enough (?:for|to)",
        r"age (?:category|group|bracket|range|division)", r"date of birth|\bbirthdate\b",
        rf"{_YOU} (?:sound|look|seem) (?:so |really )?young", r"still in school",
        r"(?:tienes|tendras) como \d{1,2}\b", r"categoria de edad", r"fecha de nacimiento",
        r"tienes edad para",
        r"(?:estas|vas) en (?:primero|segundo|tercero|cuarto|la secu|la prepa)(?: o|\?)",
        r"(?:pasas|vas) a (?:primero|segundo|tercero|cuarto)",
        r"\b\d{1,2}\? o (?:eran|era|son|tienes) \d{1,2}\b",
        r"class of 20\d\d", r"what does that make (?:you|u)", rf"(?:{_YOU}'re|youre|ur) what,? \d",
        r"(?:about|around) my age,? \d", r"(?:tienes|eres) como de \d",
        rf"\b{_YOU} (?:like|about|around) \d{{1,2}}\b", r"(?:eres|sos) menor de (?:edad|\d)",
    ),
    "flattery_trust": _compile(
        rf"mature for {_YOUR} age", r"\bso mature", r"(?:really|very|so) (?:special|mature)",
        r"(?:you're|youre|you are|ur) (?:so |really |very )?(?:special|different|beautiful|"
        r"pretty|gorgeous|cute|perfect|amazing|mature|smart|grown up)",
        r"not like (?:other|the other)", r"(?:can )?trust me", r"tell me anything",
        r"(?:nobody|no one|only i) (?:understands?|gets) you",
        r"understand(?:s)? you like (?:me|i)",
        r"falling for you", r"\bi love you", r"favou?rite person", r"\bprincess",
        r"\b(?:beautiful|gorgeous|handsome|cutie)\b", r"smarter than", r"\bgrown up\b",
        r"you seem older", r"better than most adults",
        r"\bmadur[oa]\b", r"\bespecial\b", r"\bpreciosa\b", r"\bguap[oa]\b", r"\blind[oa]\b",
        r"\bmona\b", r"\bhermos[oa]\b", r"conf(?:ia|iar|ies) en mi", r"puedes confiar",
        r"te entiende como yo", r"nadie te entiende", r"enamorando", r"princesita",
        r"mas list[oa]", r"muy mayor", r"pareces mayor", r"te puedo contar todo",
        # Appearance and "model" lures, and the special-bond line in both languages.
        r"(?:could|should) (?:totally |easily |really )?be a model",
        r"(?:have|got) (?:a |such a )?(?:great|perfect|amazing|unique) (?:look|face|smile)",
        r"podrias ser model[oa]", r"(?:tienes|con) (?:muy )?buena (?:imagen|cara|pinta)",
        r"persona favorita", r"(?:i|we) can tell (?:you|u|each other) anything",
        r"more (?:mature|talent|talented|grown up) than (?:anyone|everyone|the other|other|most|"
        r"my|half)", r"(?:different|diff) from (?:other|the other|most)\b",
        r"smartest (?:one|kid|person)\b", r"distint[oa] a (?:los|las) (?:demas|otr[oa]s)",
        rf"\b{_YOU} (?:really |actually )?get me\b(?! (?:a|an|the|some|one|two|to|from|out|in|on|"
        r"up|off|there|home|back|something|anything)\b)",
        r"never (?:connect|connected|click|clicked) (?:with|like)",
        r"(?:tu|solo tu) me entiendes", r"nunca (?:conecto|he conectado) asi",
        r"mas (?:talento|madur[oa]) que (?:nadie|todos|los demas|el resto|otr[oa]s)",
        r"favou?rite (?:camper|student|player|follower|fan|kid|one)", r"my best student",
        r"only one (?:i|who) (?:actually |really )?(?:click|clicked|vibe|get|talk|trust|look)",
        r"(?:it's|its|it is) different with (?:you|u)", r"\bwe (?:just )?click\b",
        r"(?:than|as) (?:half |most |all )?(?:of )?(?:the )?"
        r"(?:adults|grown ?ups|older (?:guys|kids))",
        r"(?:quicker|smarter|better|faster|cooler) than (?:half|most|all|my)\b",
        r"(?:don't|dont|do not) usually open up", r"age is just a number", r"perfect age",
        r"crush on (?:you|u)\b", r"(?:you|u) deserve (?:someone|better)", r"in your corner",
        r"(?:something|what) the (?:rest|others)\b.{0,25}"
        r"(?:don't|doesn't|dont|doesnt) (?:have|see)",
        r"(?:you're|youre|you are|ur) (?:actually |honestly )?(?:really |so )?cute\b",
        r"eras mi favorit[oa]|eres mi (?:favorit[oa]|mejor alumn[oa]|fan favorita)",
        r"contigo es distinto",
        r"(?:conecte|conectamos) (?:como con nadie|contigo|de verdad)", r"me gustas\b",
        r"que (?:la mitad de |muchos )(?:los )?adultos", r"la edad no importa",
        r"edad perfecta", r"te mereces a alguien", r"no me abro con", r"me encantas\b",
        r"(?:mas rapido|mejor) que la mitad", r"no eres como (?:los|las) dem",
        r"nice smile", r"\bstunning\b", r"lovely (?:kid|girl|boy)",
        r"i (?:think i )?like (?:you|u)\b",
        r"my (?:boyfriend|girlfriend)\b",
        r"(?:you're|youre|you are|ur) (?:honestly |literally )?the "
        r"(?:most gifted|best one|only one)",
        r"(?:you|u) just get it", r"someone who (?:actually |really )?sees you",
        r"further along than", r"better than (?:plenty|lots|most) of adults",
        r"(?:bonita|linda) sonrisa", r"(?:creo que )?me gustas", r"mi (?:novio|novia)\b",
        r"(?:puedo|podemos) contar(?:te|nos)? (?:todo|lo que sea)",
    ),
    "risk_check": _compile(
        rf"(?:are|r|is) {_YOUR} (?:parents|mom|mum|dad|family) (?:home|around|there|out|awake)",
        r"home alone", rf"{_YOUR} own phone", rf"(?:check|read|look at|go through) {_YOUR} "
        r"(?:phone|messages|texts|chats)", r"anyone (?:else )?(?:read|check|use|see)s? ",
        rf"what time (?:do|does) {_YOUR} (?:parents|mom|mum|dad)",
        rf"(?:checks?|reads?|look (?:through|thru)|goes through) {_YOUR} (?:dms|discord|snap|"
        r"insta|account|stuff)", rf"look (?:through|thru) {_YOUR} phone",
        r"te (?:revisan|leen|miran|revisa|lee|mira) (?:el|los|las|tu|tus) (?:movil|mensajes|cel|"
        r"chats|telefono)", r"es tuyo o de tu",
        r"while (?:they're|theyre|they are) (?:out|away|gone)", rf"{_YOUR} (?:home )?address",
        rf"where do {_YOU} live", r"which school do", r"what school do",
        r"(?:estan|esta) tus (?:padres|papas)", r"sol[oa] en casa", r"tu propio (?:movil|cel)",
        # "por si mira tu movil" (in case she looks at your phone) dodges a check, like the
        # English "in case she looks at your phone", which does not match either.
        r"(?<! si )(?:revisan|leen|miran|revisa|lee|mira) tus? (?:movil|mensajes|cel|chats)",
        r"alguien (?:mas )?(?:lee|usa|revisa|mira)", r"a q(?:ue)? hora vuelven",
        r"mientras no estan", r"tu direccion", r"donde vives", r"a q(?:ue)? (?:cole|colegio) vas",
        r"(?:anyone|anybody|someone|who else)(?: else)? (?:is )?(?:around|home|with you|nearby)",
        r"(?:on your own|by yourself|nobody around|no one around)\?",
        rf"when do {_YOUR} (?:parents|mom|mum|dad) ", r"(?:parents|mom|mum|dad) can hear",
        rf"(?:parents|mom|mum|dad) (?:take|takes) {_YOUR} phone", r"never checks? (?:that|it|your)",
        r"(?:quien|alguien) (?:mas )?(?:hay |esta )?(?:en casa|contigo)",
        r"sin nadie (?:alrededor|cerca)",
        r"te quitan el movil", r"(?:ni la|no lo|nunca lo) revisa", r"te oyen tus",
        r"(?:anyone|anybody|nobody|no one) at yours", r"(?:is she|is he|are they) (?:usually )?"
        r"(?:around|home)", rf"where {_YOUR} (?:family|parents|mom|mum|dad) (?:won't|wont|can't)",
        r"nobody(?:'s| is) in the room",
        rf"(?:after|when|once) {_YOUR} (?:folks|parents|mom|mum|dad|"
        r"family) (?:are|is|go) (?:asleep|out|away|to (?:bed|sleep))", r"goes through your phone",
        r"they (?:won't|wont) check",
        r"what's your (?:street|address|zip)|whats your (?:street|address)",
        r"nobody at yours hears",
        r"(?:alguien|nadie) en tu casa", r"cuando tus (?:padres|papas|viejos) (?:duerman|esten "
        r"dormidos|se duerman)", r"(?:cual|dime) (?:es )?tu calle",
        r"(?:papas|padres|viejos|mama|papa|madre|padre|jefa) (?:te )?(?:revisan|revisa|checan|"
        r"checa|miran|mira|leen|lee|vigilan|vigila) (?:tu |el |los |tus |las )?(?:cel|celular|"
        r"movil|telefono|chats?|mensajes|discord|whatsap|insta|tablet|historial)",
        r"(?:cel|celular|movil|telefono) es tuyo", r"te (?:checan|vigilan) (?:el|los|tu|tus)\b",
        r"a q(?:ue)? hora (?:vuelve|llega|sale|regresa|se va) tu (?:madre|padre|mama|papa)",
        r"cuando tus (?:padres|papas|viejos) (?:ya )?(?:esten|estan) dormidos",
    ),
    "secrecy": _compile(
        r"(?:don't|dont|do not|never|dnt|don t) (?:tell|mention|say|show)",
        r"keep (?:it|this|that) (?:between|secret|private|quiet|to yourself)",
        rf"between (?:us|{_YOU} and me)", r"\bsecret", r"delete (?:our |the |this |these |all |"
        r"your )?(?:chat|chats|messages|msgs|conversation|texts|dms)",
        r"clear (?:our|the|this) (?:messages|chat|chats|history)",
        r"(?:nobody|no one|noone) (?:needs|has|will|finds|find)(?: to)? (?:know|out)",
        r"(?:don't|dont|do not) need to know", r"our (?:little )?thing",
        r"(?:say|tell them) (?:a|your) friend gave", r"who it's from|who its from",
        r"if (?:anyone|someone) finds out", r"(?:don't|dont|do not) mention (?:me|us|this)",
        r"no (?:le |les )?(?:hables|comentes) (?:de|sobre) (?:mi|esto|nosotros)",
        r"(?:can't|cant|cannot|shouldn't|mustn't) know\b", r"stays (?:with|between) us",
        r"not make it a thing",
        r"(?:don't|dont|not|never|no need to) bring (?:it|this|that|me|them) up",
        r"tell (?:nobody|no one|noone)",
        r"(?:no need|don't need|doesn't have|don't have|never have|dont have) to (?:know|find out)",
        r"\bfinds out\b", r"keep (?:this|it|our \w+|us) off\b", r"off (?:the|their|her|his) "
        r"(?:\w+ )?radar", r"(?:hold off|wait) (?:on )?telling",
        r"between (?:you|u) and (?:the|me)",
        r"if (?:this|it) gets out", r"(?:don't|dont) go telling", r"(?:just )?say you (?:won|saved|"
        r"found|got|bought)", r"tell (?:him|her|them) you (?:saved|won|found|got|bought)",
        r"(?:nothing|none of it|none of this) goes (?:in|back|to)", r"not a word\b|say a word",
        rf"(?:just )?(?:tell|say to) {_YOUR} (?:mom|mum|dad|parents|mother|father) "
        r"(?:it's|its|you're|youre|you are|you were|you just|that you)",
        r"say (?:you're|youre|you are|you were) (?:sleeping|staying|at|with|out)",
        rf"if {_YOUR} (?:mum|mom|dad|parents|mother|father) asks?", r"if anyone asks",
        r"(?:wouldn't|would not|don't|dont) bring (?:our|this|it|me) (?:\w+ )?up",
        r"(?:don't|dont|do not) make (?:it|this) a (?:big )?thing", r"keep it (?:lowkey|low key|"
        r"quiet|on the down ?low)", r"(?:don't|dont|do not|please don't|please do not) (?:discuss|"
        r"share|post) (?:it|this|the plan|about)", r"hold off on (?:the )?parents",
        r"(?:do not|don't|dont) involve", r"stays with (?:the two of us|us)",
        r"clear (?:our|the|this|these) (?:texts|dms|messages)",
        r"dile a tu (?:madre|mama|papa|padre) que (?:estas|es|vas|duermes)",
        r"di que (?:estas|duermes|vas|te quedas)", r"si (?:tu )?(?:mama|papa|madre|padre|alguien) "
        r"(?:te )?pregunta", r"no (?:lo )?(?:comentes|hables|publiques|compartas)",
        r"no metas a tus",
        r"(?:no|nadie|ni) (?:lo |la )?(?:pueden|puede|tiene por que|tienen por que) (?:saber|"
        r"enterarse)", r"no lo comentes", r"no (?:les|le) comentes", r"no le (?:llegue|diga)",
        r"queda entre (?:tu|nosotros)", r"cosa nuestra", r"ni una palabra", r"si esto se sabe",
        r"no se lo vayas contando", r"dile que (?:ahorraste|te (?:lo )?(?:tocaron|toco|regalaron|"
        r"encontraste))", r"espera(?:te)? a contar",
        r"no (?:le |les |se lo |se la )?(?:digas|cuentes|menciones|ensenes)",
        r"no se lo (?:digas|cuentes)", r"entre (?:nosotros|tu y yo)", r"\bsecreto",
        r"borra (?:el |este |los |nuestros |todos los )?(?:chat|chats|mensajes|conversacion)",
        r"nadie (?:tiene|debe|se) (?:que |por que )?(?:saber|entera)",
        r"no tienen? (?:por|porque) que saber", r"di que te lo dio", r"si alguien se entera",
        r"que quede entre",
        # Spanish forms the English patterns already had (found by comparing the two languages
        # of the same scripts): "ni se lo cuentes", "no me menciones", "no tienes que avisarles".
        r"\bni (?:le |les |se lo |se la )?(?:digas|cuentes|menciones|ensenes)\b",
        r"no me (?:menciones|nombres)\b",
        r"(?:no hace falta|no tienes que|no tenes que|no tienes por que) (?:que )?(?:les |le )?"
        r"(?:avises|avisar|contarles|contarle|decirles|decirle|cuentes|digas)\b",
        r"borra (?:estos|esos|tus|mis|nuestros) (?:chats?|mensajes|audios)",
    ),
    "isolation": _compile(
        rf"{_FAMILY} (?:don't|dont|do not|never|wouldn't|wouldnt|would never|just don't|"
        r"just dont|can't|cant) (?:really )?(?:get|understand|appreciate|care|like)",
        r"(?:are|r|sound|seem|seems) (?:just |kinda |so )?(?:jealous|fake)",
        r"(?:don't|dont|do not) need (?:them|those|your)", rf"{_YOU} have me",
        r"take you away from me",
        rf"{_FAMILY} (?:would|will) (?:just |only )?(?:slow|ruin|mess|stop|block|ban|get in)",
        rf"{_FAMILY} (?:doesn't|doesnt) (?:really )?(?:get|understand|care)",
        r"(?:don't|doesn't|dont|doesnt) deserve (?:you|u)\b", r"cares? more about .{0,30} than",
        r"unlike (?:them|your (?:parents|family|friends))", r"jealous of (?:us|our|friendships)",
        r"no need to (?:call|tell|ask|bother|drag|loop|involve) (?:your|her|him|them|in)",
        r"(?:doesn't|don't|dont|doesnt) (?:need|have) to come", r"come on your own",
        r"leave (?:the|your) (?:crew|team|group|others|parents)\b.{0,10}\bout",
        r"just (?:you and (?:my|me)|me and you)\b",
        r"(?:parents|family) (?:like yours|never change)",
        r"(?:you've|youve|you have) got me\b", r"(?:you )?(?:don't|dont) need (?:the )?other",
        r"keep you small", r"(?:no need to|don't|dont) bug your", r"(?:don't|dont) bother asking",
        r"(?:don't|dont) bring anybody", r"round on your own", r"no molestes a tus",
        r"(?:no hace falta|no tienes que) (?:que )?(?:venga|llames|liar|avisar|decir)",
        r"(?:nomas|solo) tu y (?:mi|yo)\b", r"sin la (?:crew|gente|familia)", r"no como ellos",
        r"importan? mas .{0,30} que tu", r"celosa? de (?:amistades|nosotros|lo nuestro)",
        r"(?:papas|padres) asi no cambian", r"en tu contra", r"no (?:sabe|saben) apreciar",
        r"(?:tus padres|tu (?:madre|padre|mama|papa|familia)) (?:solo )?(?:lo |te )?"
        r"(?:retrasarian|arruinarian|estropearian|impedirian|prohibirian)",
        r"too (?:smart|good|mature) (?:to stay|for) ",
        r"come (?:alone|by yourself)", r"(?:don't|dont) bring anyone",
        # ... but not "just us and Noah": a third person is named.
        r"\bjust (?:us|you and me)\b(?! and)",
        r"just the two of us", rf"leave {_YOUR} phone", r"(?:doesn't|doesnt) appreciate",
        rf"{_FAMILIA_ES} no (?:te )?(?:entiende|entienden|valora|valoran|quiere|quieren)",
        r"no te (?:entienden|valoran|merecen)", r"\benvidia", r"parecen falsa",
        r"no necesitas a", r"me tienes a mi", r"alejar(?:te)? de mi", r"ven sol[oa]",
        r"solo (?:tu y yo|nosotros)(?! y)", r"deja el movil", r"sin que nadie",
        r"no traigas a nadie",
        r"(?:vienes|veni|venis|vente|venite) sol[oa]\b", r"ven sin nadie",
        r"(?:tu|vos) y yo sol[oa]s\b", r"para nosotros dos\b",
        rf"{_YOUR} real (?:mum|mom|dad|parents|fam|family)\b",
        r"tu (?:madre|padre|familia|mama|papa) (?:de verdad|real)\b", r"padres de verdad",
        r"loyal to me|(?:stay|be|always) loyal|(?:your|ur) loyalty", r"leal a mi|tu lealtad",
        r"(?:you and me|me and you) only\b", r"\bu and me only\b",
    ),
    "gifts": _compile(
        rf"(?:buy|bought|got|get|send|sent|give|gave) {_YOU} (?:a |the |some |new |anything|"
        r"something|more)", r"\bgift\b(?! ?cards?)", r"\bpresent\b", r"\bpackage\b",
        r"take you shopping", r"buy you anything", r"for free|\bfree (?:stuff|robux|vbucks|"
        r"skins|gems|coins)",
        r"\bregal(?:o|ar|e|ado|os)\b", r"te (?:compre|compro|regalo|regale)",
        r"\bpaquete\b", r"de compras", r"lo que quieras", r"\bgratis\b",
        # Offers of fame, followers or modelling work are gifts too.
        rf"(?:get|give|gain|grow) (?:{_YOU} )?\d+k? (?:more |new )?followers",
        rf"(?:make|get) {_YOU} (?:famous|verified|followers)",
        r"(?:want|wanna) (?:to )?be famous", r"modeling (?:agency|contract|job|shoot)",
        r"te (?:consigo|doy|hago ganar) (?:\d+ )?(?:mil )?seguidores",
        r"(?:hacerte|te hago) famos[oa]", r"quieres ser famos[oa]", r"agencia de modelos",
        r"\bmy treat\b|(?:it's|its|that's|thats|tickets are|lunch is) on me\b",
        r"(?:it's|its) yours if", r"just for you\b",
        r"(?:i'll|i will|i can|let me) (?:grab|get|buy|send|pay for|cover) (?:you|u|your)\b",
        r"(?:got|get|bought) (?:you|u) (?:premium|tickets?|a ticket|your)", r"i'm paying for",
        r"load you up", r"(?:drop|put|left) .{0,25}(?:on|in) your (?:account|inventory)",
        r"yo invito|te invito a", r"(?:want it|you want it)\?? free", r"ship (?:you|u) ",
        r"(?:get|buy) (?:you|u) any", r"order it (?:straight )?to your", r"es tuy[oa] si",
        r"te (?:consigo|pillo|pago) (?:los|las|la|el|"
        r"una|un)\b", r"te he (?:hecho|pagado|comprado)", r"en tu inventario",
    ),
    "money_currency": _compile(
        r"\$ ?\d+", r"(?<!\d)\d{1,12} ?(?:dollars|bucks|usd|euros?|eur|pesos|dolares)\b",
        r"\bmoney\b",
        r"\bcash\b", r"\bpay\b", r"\bpaid\b", r"\bvenmo\b", r"cash ?app", r"paypal",
        r"gift ?cards?", r"\bbitcoin|\bcrypto|\bbtc\b", r"\brobux\b", r"v ?bucks", r"\bgems\b",
        r"\bcoins\b", r"\bskins?\b", r"battle ?pass", r"\bearn\b", r"a night\b",
        r"\bdinero\b", r"\bpag(?:o|a|ar|ame|as)\b", r"\bbizum\b", r"transferencia",
        r"tarjetas? regalo", r"\bpavos\b", r"\bdiamantes\b", r"\bgemas\b", r"\bmonedas\b",
        r"\bganar\b", r"por noche",
        r"\bdeposit\b", r"\bfee\b", r"(?:steam|playstation|psn|xbox|itunes|apple|google play|"
        r"amazon|game) (?:cards?|codes?)", r"(?:parents'?|mom's|dad's|mums?) card",
        r"\bfianza\b", r"penalizacion", r"tarjeta de tus (?:papas|padres)", r"\bdinerillo\b",
        r"buy the cards", r"send (?:me )?the codes", r"(?:manda|mandame|envia) los codigos",
    ),
    "platform_move": _compile(
        r"(?:add|text|dm|message|msg|hit|call|find) me (?:up )?(?:on|at) ",
        rf"(?:move|switch|go|talk|continue|chat|come) (?:to|on|over to) {_APPS}",
        rf"(?:do {_YOU} have|got|download|get) {_APPS}", r"my (?:number|snap|insta|discord|"
        r"kik|telegram|whatsapp)", r"here's my number|heres my number", r"\bprivately\b",
        r"\b(?:snapchat|whatsapp|telegram|kik|signal|wickr)\b", r"this (?:chat|app) is "
        r"(?:being )?(?:watched|monitored)", r"(?:talk|chat) in private",
        r"\bagregame\b", r"agrega (?:mi|me)", r"escribeme (?:por|en|al)",
        r"pas(?:amos|ate|emos) (?:a|al) ", rf"vamos (?:a|al) {_APPS}",
        r"hablamos (?:solo )?(?:por|en)", rf"tienes {_APPS}", r"descarga(?:te)? ",
        r"mi numero", r"en privado", r"aqui nos leen", r"casi no (?:entro|miro)",
        r"(?:hidden|private|secret|locked) (?:channel|server|chat|group|room)\b",
        r"canal (?:oculto|privado|cerrado|secreto)\b",
        rf"(?:get|got|chat on|talk on|join|ping me on|what's your|whats your) {_APPS}",
        rf"(?:{_APPS}) (?:and|so) i(?:'ll| will)? (?:find|add|send)",
        r"(?:dm|message|text|ping|msg) me (?:here|instead|privately|directly)",
        r"give me your (?:number|snap|insta|discord)", r"private server",
        r"(?:site|app|forum|server|platform|mods|this) (?:logs|reads|leaks|screenshots?) ",
        r"(?:busybodies|nosy|so public|too public|way too public)",
        rf"(?:hablame|escribeme) (?:por|en) (?:privado|{_APPS[3:-1]})",
        r"no en el grupo", r"(?:hazte|haz) una cuenta", r"(?:demasiado|muy) public[oa]",
        rf"(?:hablemos|platicamos|platiquemos|seguimos|me escribes|escribime|agregame|agregalo|"
        rf"agregala|pasate|pasemonos|nos pasamos) (?:.{{0,25}} )?(?:por|en|a) (?:el )?{_APPS}",
    ),
    "photo_camera": _compile(
        rf"(?:send|show|give|snap) (?:me )?(?:a |some |more |another |{_YOUR} |one )?(?:new )?"
        rf"(?:little )?{_PIC}(?! of (?:the|my|this|that|our|his|her|a|an|{_YOUR} (?!self))\b)",
        rf"{_PIC} (?:of {_YOU}|of {_YOUR}self)\b",
        rf"(?:turn|put|get|go) (?:on )?(?:{_YOUR} |the )?"
        r"(?:cam|camera|webcam)\b", r"\bon (?:cam|camera)\b", r"(?:your|ur) camera",
        r"video (?:call|chat)", r"(?:get|go|hop|jump) on (?:facetime|video|cam)",
        rf"(?:let me|i want to|wanna) see {_YOU}",
        rf"show me (?:what {_YOU} look like|{_YOU}\b)", r"swap (?:pics|pictures|photos)",
        rf"{_PIC} back\b", r"full body",
        r"(?:manda|mandame|envia|enviame|pasame|mandas|intercambiamos) (?:una |unas |mas |otra |"
        r"un )?(?:fotito|foto|fotos|selfie)(?! de (?:la|el|las|los|tus?|mis?|este|esta)\b)",
        r"fotos? tuyas?", r"(?:pon|enciende|activa|ponte en) (?:la )?camara", r"en camara",
        r"videollamada", r"dejame verte", r"ensename como", r"sin filtro",
        rf"owe me (?:a |one |some |another )?(?:little )?(?:thank ?you |thanks )?{_PIC}",
        r"me debes (?:una |otra )?(?:fotito|foto|selfie)",
        r"(?:face|camera|cam|webcam) on\b", r"(?:switch|put|turn) (?:the |your )?(?:camera|cam|"
        r"webcam|face) on", r"see your (?:face|mouth)", r"(?:test|proof) (?:shot|photo|pic)",
        r"(?:head to toe|full length)", r"picture of your face",
        r"send (?:a |one )?real (?:picture|pic|photo)", r"send one of (?:you|u)\b",
        r"(?:prende|abre|enciende|pon) (?:la )?(?:camara|webcam)", r"camara puesta",
        r"foto de (?:prueba|tu cara)", r"de pies a cabeza", r"hazte una foto",
        r"mandame una tuya",
        r"(?:pones|prendes|enciendes|activas|abres|prende) (?:la |tu )?(?:camara|cam)\b",
        r"(?:cam|camara) prendida", r"(?:vc|llamada) con (?:cam|camara)\b",
        r"mandame tu (?:un |una )?(?:selfie|foto|fotito)\b", r"(?:saque|saca) una foto",
        r"(?:selfie|photo|picture|pic) (?:with|holding) (?:your|a)", r"photo of your face",
        r"check[- ]?in selfie", r"progress (?:picture|pic|photo)", r"what do you look like",
        r"quick selfie", r"verification (?:photo|selfie|pic)", r"cam call",
        r"(?:selfie|foto) (?:con|sosteniendo) (?:tu|un)", r"foto de tu cara",
        r"como eres fisicamente",
    ),
    "meeting": _compile(
        rf"\bmeet (?:up|me|{_YOU}|irl|in person|at|for)\b",
        r"(?:let's|lets|we should|wanna|want to|can we|could) (?:finally )?(?:meet|hang out|"
        r"see each other)", rf"(?:pick {_YOU} up|come over|come to {_YOUR} )",
        r"(?:see|meet) (?:you|u) (?:for real|in person|irl)", r"\bin person\b", r"\birl\b",
        r"(?:stay|live) (?:with me|at my)", r"come to (?:the studio|my)", rf"outside {_YOUR} house",
        r"\bquedamos\b", r"\bquedar\b", r"nos vemos en", r"\bvernos\b",
        r"te (?:recojo|busco|paso a buscar)", r"\bven (?:a|al) ", r"en persona",
        r"quedarte conmigo", r"vivir en mi casa", r"voy a tu (?:ciudad|casa|pueblo)",
        r"ir a tu casa", r"sal a verme",
        r"(?:take|drive|run|pick) (?:you|u) (?:home|for|to)",
        r"(?:come|coming|drive) (?:up|through) (?:your|to your)", r"face to face",
        r"\bcome and watch you", r"wait (?:at|by) the corner",
        r"(?:swing by|grab you)", r"come on your own",
        r"(?:te llevo|te acerco|paso a por ti|paso por tu)", r"cara a cara",
        r"te (?:puedo )?ir a ver",
        r"espera(?:me)? en la esquina", r"\bvamos (?:juntas|juntos)\b", r"vente\b",
        r"(?:wait|meet) (?:by|at) the (?:back|side) (?:gate|door|street|entrance)",
        r"parked on the", r"\bhop in\b", r"pop round", r"i can drive you", r"i'll take you\b",
        r"\bmeet-?up\b", r"te (?:paso a )?recoger", r"sube al coche",
    ),
    "travel_work": _compile(
        r"(?:make|earn) (?:easy |good |quick |real )?money", r"work for (?:me|us)",
        r"(?:job|work) (?:for you|that pays)", r"(?:bus|train|plane) ticket",
        r"(?:stay|live) (?:with me|at my place)", r"\bclients\b", rf"bring {_YOUR} id",
        r"send an uber", r"a night\b",
        r"dinero facil", r"ganar dinero", r"trabajo (?:para ti|que paga)", r"\bbillete\b",
        r"vivir en mi casa", r"quedarte conmigo", r"\bclientes\b", r"por noche",
        r"te mando un taxi",
    ),
    "sextortion_threat": _compile(
        r"\bor (?:else\b|(?:i'll|i will|ill|i) (?:send|share|post|show|leak|tell|expose|ruin))",
        rf"or {_YOUR} (?:family|friends|parents|classmates|followers|school) (?:sees?|will see|"
        r"gets?)",
        rf"(?:send|share|post|show|leak|forward)(?:ing)? (?:them|it|the (?:pics|pictures|photos|"
        rf"video|old one)|{_YOUR} (?:pics|pictures|photos)) (?:to|with) (?:every|all|{_YOUR}|"
        r"the whole|the school|the class)",
        r"i (?:have|got|saved|kept) (?:all )?(?:your|ur|the) (?:private )?(?:pics|pictures|"
        r"photos|video|picture|photo|pic)\b",
        # Claims of a break-in to the victim's account or photos.
        r"(?:have|got) access to (?:your|ur) (?:gallery|photos|pics|cloud|icloud|account|phone|"
        r"camera roll)", r"(?:got|broke|hacked) into (?:your|ur) (?:[a-z]+ )?account",
        r"(?:tengo|consegui) acceso a tu (?:galeria|nube|cuenta|movil|cel|icloud)",
        r"entre (?:en|a) tu (?:cuenta|nube|galeria|icloud)",
        rf"(?:screenshotted|recorded|saved|captured) (?:everything|it all|our|the (?:call|video|"
        rf"chat)|{_YOUR}|you)", r"(?:was|got|been) recorded",
        rf"ruin {_YOUR} life", r"goes public", r"gets posted",
        rf"everyone (?:will )?sees? (?:them|it|{_YOUR}|the (?:pics?|pictures?|photos?|videos?|"
        r"chats?|messages|screenshots?))",
        r"last warning", r"do what i say", rf"i'll tell {_YOUR} parents what",
        rf"i (?:know|found) {_YOUR} (?:school|family|mom|address)", r"post them everywhere",
        r"\bo (?:las|la|lo|se las|se la|te|se lo) (?:mando|publico|paso|comparto|ensen)",
        r"(?:tengo|guarde) (?:todas )?tus fotos",
        r"(?:tengo|guarde) (?:la|las) fotos? (?:que|q) me (?:mandaste|enviaste|pasaste)",
        r"quedo grabada", r"hice captura",
        r"te arruino la vida", r"hago publico", r"las publico|lo publico",
        r"todo el mundo (?:las|lo) vera", r"ultimo aviso", r"o veras", r"haz lo que te digo",
        r"le voy a contar", r"se las (?:paso|enseno|mando) a", r"(?:se|te) (?:la|las) mando a",
        r"(?:se|y) (?:las|la) (?:ensen|publico)", r"se la mando a todos",
        r"(?:encontre a|se) tu (?:familia|colegio)", r"a (?:todos )?tus contactos",
        r"(?:recordings|clips|footage) of (?:you|u)", r"(?:control|hacked|access to) your "
        r"(?:webcam|camera|laptop|device)",
        r"(?:upload|post|leak) (?:it|them|the clip|the photo)\b.{0,30}(?:before|if|unless)",
        r"(?:i've|i have|ive) got your (?:face|name|school|friends)", r"(?:whole|entire) "
        r"(?:school|class|grade) (?:to )?see", r"every (?:kid|one|contact) in your",
        r"price goes up|fee doubles",
        r"(?:grabaciones|clips|videos) tuy[oa]s",
        r"(?:controlo|acceso a) (?:tu|la) (?:webcam|camara)",
        r"\bo (?:lo|la|los|las) (?:subo|suelto|publico)\b", r"(?:lo|la) subo antes",
        r"tod[oa] tu (?:clase|escuela|insti|colegio|salon) (?:lo |la )?(?:vea|ve|ven|vera)\b",
        r"sube el precio",
        r"(?:it|the file|the video|the clip|everything) goes out (?:the same|automatically|to|"
        r"first)", r"gets it first",
        r"and (?:it's|its|it is|it gets) posted", r"(?:we|i) (?:publish|post) (?:your|it|them)",
        r"they all see it", r"(?:want me to |i'll )start with (?:her|him|your)",
        r"tag(?:ged)? (?:with )?your school",
        r"i'll tell your (?:principal|school|parents|mom|mum|dad)", r"will be notified",
        r"(?:lo|las|los) publicamos", r"se publica", r"(?:te|lo) etiqueto",
        r"i recorded (?:all|every|our|the|you|it)", r"if (?:you|u) (?:block|report) me\b",
        r"(?:goes|gets sent|it goes) to (?:your|ur) (?:school|mom|mum|dad|class|followers|family)",
        r"i have (?:recordings|screenshots|clips) of", r"(?:you're|youre|ur) (?:finished|done for)",
        r"grabe (?:todas|todo|toda|la|las|nuestras|tus|cada)", r"lo grabe todo",
        r"tengo (?:grabaciones|capturas|las fotos|tus fotos|todo lo de)",
        r"(?:bloqueame|reportame|denunciame|ignorame) y (?:lo|las|los) (?:subo|publico|mando|"
        r"envio|paso)\b",
        r"(?:si|como) (?:le |les |se lo )?(?:dices|cuentas|contas|decis|vas a la policia|me "
        r"bloqueas|me denuncias)\b.{0,40}\b(?:lo|las|los) (?:subo|publico|mando|envio)\b",
        r"le mando (?:nuestros|los|tus) (?:chats|mensajes|fotos|videos|audios) a tu",
        r"guarde (?:las|tus) fotos", r"lo (?:ve|ven|vera|veran) (?:todo el mundo|todos|tus)",
        r"(?:lo|las|los) subo (?:al grupo|a tus?|a todos|a internet|a (?:las )?redes)\b",
        r"si me (?:bloqueas|denuncias)",
        r"tus seguidores (?:lo |las )?(?:ven|vean|veran)", r"le llega a tu",
        r"estas acabad[oa]", r"(?:sale|lo subo|lo publico|lo mando) (?:al momento|en ese mismo)",
        r"screen ?recs?\b|screen ?record(?:ed|ing)", r"saved (?:the|your|ur) pics",
        r"or (?:everyone|everybody) sees\b", r"or (?:it's|its|it is) out\b", r"it goes out\b",
    ),
    "pressure_urgency": _compile(
        r"(?:you have|u have|you got) (?:\d+|an?|one|two|ten) (?:minutes?|hours?|mins?|hrs?)",
        r"clock is ticking|\bhurry\b|\basap\b|\bimmediately\b",
        r"tick ?tock|tic ?tac|clocks? (?:is )?ticking",
        r"ultima oportunidad", r"answer (?:me|now)",
        r"reply (?:fast|now|quick)", r"ignoring me", r"last chance", r"counting down",
        r"until midnight", r"(?:not|won't|wont) (?:be )?waiting", r"decide now",
        r"(?:do it|send it|pay|send|answer|reply) now\b", r"won't wait|wont wait",
        r"need you now", r"or it's over|or its over",
        r"(?:timer|clock|countdown)(?:'s| is)? (?:started|running)", r"tick tock",
        r"\d+ (?:hours|minutes) left", r"(?:te quedan|quedan) \d+ horas", r"tic tac",
        r"el contador (?:empezo|corre)",
        r"deadline is (?:tonight|today|in)",
        r"you have (?:until|till) (?:tonight|midnight|tomorrow "
        r"morning|\d)", r"same minute",
        r"fecha limite", r"tienes hasta ",
        r"quedan \d+ (?:minutos|min|horas|segundos)", r"se (?:te )?acaba el tiempo",
        r"(?:mandalo|pagalo|hazlo) ya\b",
        r"tienes (?:\d+|una|dos|diez) (?:minutos?|horas?)", r"date prisa", r"el tiempo corre",
        r"(?:contesta|hazlo|manda|paga|decide|decidir|los codigos) (?:ya|ahora)\b",
        r"cuenta atras", r"hasta medianoche", r"no (?:pienso|voy a) esperar", r"no espera\b",
        r"ultimo aviso", r"me ignoras", r"te necesito ya", r"se acabo",
    ),
}


# Protective cues: adults who include parents and plans made in a group point away from
# grooming, whose core is isolating the child. They lower risk; they never raise it.
PROTECTIVE: Final[tuple[str, ...]] = ("parent_inclusion", "group_inclusion", "shared_family",
                                       "safety_advice")

_NOT_OURS = r"(?<!your )(?<!ur )(?<!you )(?<!real )(?<!me )(?<!say )"

PROTECTIVE_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "parent_inclusion": _compile(
        rf"(?:tell|ask|remind|check with|let|email|text) {_YOUR} (?:parents|mom|mum|dad|mother|"
        r"father|guardian|family)",
        rf"{_YOUR} (?:parents|mom|mum|dad|mother|father) (?:booked|said|says|can|will|signed)",
        r"parents (?:are )?(?:welcome|invited)", rf"with {_YOUR} (?:parents|mom|mum|dad)",
        r"(?:my|your|ur|our) (?:mom|mum|dad|sister|brother|parents|aunt|uncle) (?:can|will|could)"
        r" (?:drive|take|pick|bring|drop|come)",
        r"(?:my|our) (?:mom|mum|dad|parents) (?:said|says)",
        rf"have {_YOUR} (?:mom|mum|dad|parents) (?:join|come|call|sign|check)",
        r"(?:que )?tu (?:mama|papa|madre|padre) (?:entre|venga|firme|llame)",
        r"(?:love you|thanks|thank you|ok|hi|yes|bye) (?:mom|dad|mum)\b",
        r"(?:dile|decidle|pregunta|preguntale|avisad|avisa|avisale|consulta|manda) (?:a )?"
        r"(?:tus|tu|vuestros) (?:padres|mama|papa|madre|padre)",
        r"tu (?:mama|papa|madre|padre) (?:reservo|dijo|dice|puede|firmo)", r"los padres pueden",
        r"con tu (?:mama|papa|madre|padre)", r"(?:mi|tu) (?:mama|papa|madre|padre|hermana|"
        r"hermano|tia|tio) (?:nos |te |me )?(?:puede|lleva|deja|recoge|busca)",
        r"mis padres (?:dicen|dijeron)", r"(?:gracias|vale|hola|te quiero|si) (?:mama|papa)\b",
        r"(?:a|con) tus padres",
    ),
    "group_inclusion": _compile(
        r"with (?:the others|everyone|the team|the squad|the group|all of us|the class)",
        r"(?:is|are) coming too", r"we're all going|we are all going|everyone is going",
        r"\b(?:hi|hello|hey) (?:team|class|everyone|all|guys)\b",
        r"con (?:los demas|las demas|todos|el equipo|el grupo)", r"viene \w+ tambien",
        r"vamos todos", r"\bhola (?:equipo|clase|a todos|chicos)\b",
        # Inviting someone into a group space is the opposite of pulling them into a private one.
        r"join (?:our|the|my) (?:discord|server|squad|team|clan|guild|group|party|lobby)",
        r"join (?:our|my) [a-z]+ (?:for|with) the (?:squad|team|clan|group)",
        r"(?:for|with) the (?:squad|team|clan|guild)\b",
        r"we need (?:a |one more |another )?(?:player|players|4th|fourth|fifth|5th)",
        r"unete a (?:nuestro|el|mi) (?:discord|servidor|squad|equipo|clan|grupo)",
        r"unete a (?:nuestro|mi) [a-z]+ (?:para|con) el (?:squad|equipo|clan|grupo)",
        r"(?:para|con) el (?:squad|clan)\b",
        r"(?:nos )?falta uno\b",
        # A call or game others are already in is a group space too.
        r"(?:call|game|server|lobby|party|chat|match)\b.{0,40}\b(?:is|are) already (?:in|on|"
        r"there|here)\b",
        r"(?:llamada|partida|sala|servidor|grupo)\b.{0,40}\bya estan?\b(?! sol)",
    ),
    # "mom", "grandma" without "your": the speakers share a family (not "call me dad" or
    # "your real mum", which pull a child away from their family).
    "shared_family": _compile(
        rf"{_NOT_OURS}\b(?:mom|mum|dad|grandma|grandpa|granny|nana|auntie)\b"
        r"(?! (?:now|even|outside))",
        r"\bour (?:mom|mum|dad|parents|grandma|grandpa|family|brother|sister)\b",
        r"(?<!tu )(?<!tus )(?<!dime )(?<!llamame )\b(?:mama|papa|abuela|abuelo|abuelita)\b"
        r"(?! (?:de verdad|real)\b)",
        r"\bnuestr[oa]s? (?:madre|padre|padres|abuela|abuelo|hermano|hermana)\b",
    ),
    # Safety advice and reporting talk.
    "safety_advice": _compile(
        r"if (?:anyone|someone|somebody|a stranger)\b.{0,60}(?:tell me|come to me|let me know|"
        r"talk to me)", r"red flag", r"report (?:it|them|that)", r"block (?:them|and report)",
        r"you won't be in trouble|you wont be in trouble", r"online safety",
        r"si alguien\b.{0,60}(?:dimelo|ven a mi|avisame|cuentamelo)", r"senal de alarma",
        r"lo denunciamos|denuncia(?:lo|rlo)", r"no te vas a meter en problemas",
        r"seguridad en internet",
        # Talk about what *someone else* might do ("if someone online asks your age, ...")
        # describes a risk instead of showing it; a cover story ("if anyone asks, say ...") is
        # not advice.
        r"\bif (?:anyone|someone|somebody|a stranger|they|people|a person)(?: online)? (?:ever )?"
        r"(?:asks?|wants?|offers?|sends?|messages?|tries?|pressures?)\b"
        r"(?!.{0,50}\b(?:say|tell (?:them|him|her|everyone)|pretend|you're|youre)\b)",
        r"even if (?:they|someone|anyone|somebody|a stranger)",
        r"\bred f[a-z]{2,3}\b",
        r"si alguien(?: en internet| online)? (?:te )?(?:pide|pregunta|quiere|ofrece|manda|"
        r"escribe|presiona)\b(?!.{0,50}\b(?:di que|dile que|diles que)\b)",
        r"aunque te (?:ofrezcan|pidan|digan|manden|escriban)", r"senal ?de? ?alarma",
    ),
}

_PATTERN_ITEMS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(PATTERNS.items())


@dataclass(frozen=True)
class IndicatorHit:
    indicator: str
    message_index: int
    sender: str
    text: str


def pattern_sources() -> list[str]:
    """The regex sources of every indicator and protective cue (for the typo keywords)."""
    return [p.pattern for p in (*PATTERNS.values(), *PROTECTIVE_PATTERNS.values(),
                                _DIRECTED_SECRECY, _PARENT_PRESENT)]


def detect(normalized: str) -> tuple[str, ...]:
    """Indicator ids shown by one already-normalised message."""
    padded = " " + normalized + " "
    return tuple(name for name, pattern in _PATTERN_ITEMS if pattern.search(padded))


def detect_protective(normalized: str, indicators: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Protective cues in one normalised message. A message that asks for secrecy ("don't tell
    your mom") never counts as including parents."""
    padded = " " + normalized + " "
    return tuple(
        name
        for name, pattern in PROTECTIVE_PATTERNS.items()
        if pattern.search(padded) and not (name == "parent_inclusion" and "secrecy" in indicators)
    )


# A message that asks the listener to keep quiet is never safety advice, whatever else it says.
_DIRECTED_SECRECY: Final[re.Pattern[str]] = _compile(
    r"(?:don't|dont|do not|never|dnt|don t) (?:tell|mention|say|show)",
    r"keep (?:it|this|that) (?:between|secret|private|quiet|to yourself)",
    rf"between (?:us|{_YOU} and me)", r"delete ", r"clear (?:our|the|this)",
    r"no (?:le |les |se lo |se la )?(?:digas|cuentes|menciones|ensenes)", r"entre nosotros",
    r"entre tu y yo", r"\bborra ", r"que quede entre",
)


# A parent invited into the very call or meeting ("have your mom join the video lesson") is the
# opposite of isolating a child.
_PARENT_PRESENT: Final[re.Pattern[str]] = _compile(
    rf"(?:have|let|ask) {_YOUR} (?:mom|mum|dad|mother|father|parents?|guardian) "
    r"(?:join|come|sit|be there|be in)",
    rf"{_YOUR} (?:mom|mum|dad|mother|father|parents?) (?:can|will|could|should) (?:join|come|"
    r"sit in|be there)", r"parents (?:are )?(?:welcome|invited)",
    rf"with {_YOUR} (?:mom|mum|dad|mother|father|parents)",
    r"(?:que )?tu (?:mama|papa|madre|padre|ma|pa) (?:entre|venga|este|se una|se conecte)",
    r"(?:con|y) tus? (?:mama|papa|madre|padre|padres)\b(?! no)", r"los padres pueden",
)
_PARENT_PRESENT_CLEARS: Final[frozenset[str]] = frozenset({"photo_camera", "meeting",
                                                           "platform_move"})


def detect_all(normalized: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Risk indicators and protective cues of one normalised message.

    Safety advice *names* risks ("if anyone asks for pictures or to meet, tell me"; "gifts from
    strangers are a red flag") without doing them, so a message that gives safety advice shows
    no risk indicators, unless it also asks the listener to keep quiet. A call or meeting the
    child's parent is asked to join is not a risk either."""
    indicators = detect(normalized)
    protective = detect_protective(normalized, indicators)
    if (indicators and "safety_advice" in protective
            and not _DIRECTED_SECRECY.search(" " + normalized + " ")):
        indicators = ()
    elif (_PARENT_PRESENT_CLEARS.intersection(indicators)
          and _PARENT_PRESENT.search(" " + normalized + " ")):
        indicators = tuple(i for i in indicators if i not in _PARENT_PRESENT_CLEARS)
    return indicators, protective


def detect_text(text: str) -> tuple[str, ...]:
    """Indicator ids shown by one raw message."""
    return detect(normalize(text))
