"""Indicators fire on the risk patterns, in English and Spanish, through obfuscation."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

import childguard.conversations.indicators as indicators_module
from childguard.conversations.indicators import (
    INDICATORS,
    detect_all,
    detect_protective,
    detect_text,
    normalize,
)

EXAMPLES: list[tuple[str, str]] = [
    ("age_probing", "how old r u?"),
    ("age_probing", "¿Cuántos años tienes?"),
    ("flattery_trust", "you're so mature for your age"),
    ("flattery_trust", "eres muy madura, puedes confiar en mí"),
    ("risk_check", "are your parents home right now?"),
    ("risk_check", "¿es tu propio móvil o lo revisan?"),
    ("secrecy", "d0nt t3ll ur p4rents"),
    ("secrecy", "this is our s e c r e t"),
    ("secrecy", "no se lo digas a nadie"),
    ("secrecy", "🤫"),
    ("isolation", "your friends are just jealous of us"),
    ("isolation", "tus padres no te entienden"),
    ("gifts", "i bought you the headphones"),
    ("gifts", "te regalo unos cascos"),
    ("money_currency", "want free robux?"),
    ("money_currency", "te mando dinero por bizum"),
    ("platform_move", "add me on snap"),
    ("platform_move", "agrégame en telegram"),
    ("photo_camera", "send me a pic of you"),
    ("photo_camera", "pon la cámara"),
    ("meeting", "lets meet up saturday"),
    ("meeting", "quedamos en el parque"),
    ("travel_work", "i'll buy your bus ticket, you can stay with me"),
    ("travel_work", "te compro el billete, puedes quedarte conmigo"),
    ("sextortion_threat", "pay me or i'll share the pictures with your friends"),
    ("sextortion_threat", "paga o las publico en todas partes"),
    ("pressure_urgency", "you have 2 hours"),
    ("pressure_urgency", "contesta ya, date prisa"),
]


@pytest.mark.parametrize(("indicator", "text"), EXAMPLES)
def test_indicator_fires(indicator: str, text: str) -> None:
    assert indicator in detect_text(text)


def test_every_indicator_has_an_english_and_a_spanish_example() -> None:
    assert {name for name, _ in EXAMPLES} == set(INDICATORS)


def test_normalisation_undoes_obfuscation() -> None:
    assert normalize("S3CR3T!!") == "secret"
    assert normalize("s.e.c.r.e.t") == "secret"
    assert normalize("pleeeeease") == normalize("please")
    assert normalize("Número") == "numero"
    assert "photo" in normalize("📸 now")
    # Numbers stay numbers: ages and amounts matter.
    assert normalize("I'm 13, $50") == "i'm 13 $50"


@pytest.mark.parametrize("text", [
    "send me a pic of the permission slip",
    "can you send me a photo of the scratches on the bike",
    "what time is practice",
    "lol that was so funny",
    "gracias por la cena",
    "i added your parents to the group chat so everyone sees the plan",
])
def test_ordinary_messages_show_no_risk_indicator(text: str) -> None:
    assert detect_text(text) == ()


def test_protective_cues_and_secrecy_do_not_mix() -> None:
    assert "parent_inclusion" in detect_protective(normalize("please tell your parents"))
    secret = normalize("don't tell your parents")
    assert "parent_inclusion" not in detect_protective(secret, detect_text("don't tell your "
                                                                            "parents"))


@pytest.mark.parametrize("text", [
    "if anyone asks for pictures or to keep a secret, tell me right away",
    "if someone online asks your age or wants to meet, come to me",
    "even if they offer gifts or robux, it's a red flag",
    "si alguien te pide fotos o que guardes un secreto, dímelo enseguida",
    "please have your mom join the first five minutes of the video lesson",
    "que tu mamá entre los primeros cinco minutos de la videollamada",
])
def test_talk_about_risks_and_parents_present_show_no_risk(text: str) -> None:
    assert detect_all(normalize(text))[0] == ()


@pytest.mark.parametrize("text, indicator", [
    ("if anyone asks, don't tell them about us", "secrecy"),
    ("if someone finds out they'll take you away from me", "secrecy"),
    ("turn on your camera, your mom is asleep", "photo_camera"),
    ("meet me at the mall, your parents don't need to know", "meeting"),
])
def test_cover_stories_and_secrecy_still_count(text: str, indicator: str) -> None:
    assert indicator in detect_all(normalize(text))[0]


# Lures and bond talk added after indicator-recall checks: each in both languages.
@pytest.mark.parametrize(("indicator", "text"), [
    ("flattery_trust", "you could totally be a model, has anyone told you that?"),
    ("flattery_trust", "podrías ser modelo, te lo han dicho?"),
    ("flattery_trust", "you're way more mature than the other kids here"),
    ("flattery_trust", "nunca conecto así con nadie, tú me entiendes"),
    ("gifts", "i can get you 10k followers overnight"),
    ("gifts", "te consigo 10 mil seguidores en una noche"),
    ("photo_camera", "you owe me a little thank you pic"),
    ("photo_camera", "me debes una fotito de agradecimiento"),
    ("sextortion_threat", "i have access to your gallery"),
    ("sextortion_threat", "tengo acceso a tu galería"),
    ("sextortion_threat", "i kept the pic you sent"),
    ("sextortion_threat", "guardé la foto que me mandaste"),
    ("isolation", "your parents would just slow this down, let me handle it"),
    ("isolation", "tus padres solo lo retrasarían"),
    ("secrecy", "don't mention me to your coach"),
    ("secrecy", "no le hables de mí a tu entrenador"),
    ("age_probing", "you still in middle school?"),
    ("age_probing", "sigues en el cole?"),
])
def test_lures_and_bond_talk(indicator: str, text: str) -> None:
    assert indicator in detect_text(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("can you get me a drink", "flattery_trust"),  # "you get me" only as understanding
    ("tell your mom it's just us and Noah", "isolation"),  # a third person is named
    ("solo nosotros y Lucía", "isolation"),
    # "in case she looks at your phone" dodges a check instead of asking about one, in both
    # languages alike
    ("delete this chat in case she looks at your phone lol", "risk_check"),
    ("borra este chat por si mira tu móvil jaja", "risk_check"),
])
def test_precision_fixes(text: str, absent: str) -> None:
    assert absent not in detect_text(text)


# Terse chat and Spanish sextortion wording, added when five more authors joined the pool.
@pytest.mark.parametrize(("indicator", "text"), [
    ("sextortion_threat", "i recorded all our calls"),
    ("sextortion_threat", "grabé todas nuestras llamadas"),
    ("sextortion_threat", "block me n it goes out instantly"),
    ("sextortion_threat", "si me bloqueas sale al momento"),
    ("sextortion_threat", "$80 in gift cards or everyone sees"),
    ("sextortion_threat", "300 pesos o lo ve todo el mundo"),
    ("pressure_urgency", "clocks ticking"),
    ("pressure_urgency", "tic tac, última oportunidad"),
    ("age_probing", "u like 12 13?"),
    ("age_probing", "sos menor de 16? pregunto nomás"),
    ("platform_move", "made a hidden channel just for us"),
    ("platform_move", "mira el canal privado"),
    ("isolation", "ur real mum doesnt listen like i do"),
    ("isolation", "tu madre de verdad no te escucha como yo"),
    ("isolation", "mod role is urs if u stay loyal"),
    ("risk_check", "ur parents check ur discord?"),
    ("risk_check", "tus viejos te revisan los chats?"),
    ("flattery_trust", "ur diff from other kids fr"),
])
def test_terse_and_spanish_sextortion_wording(indicator: str, text: str) -> None:
    assert indicator in detect_text(text)


# Spanish forms of things the English patterns already caught, found by comparing the English
# and Spanish versions of the same scripted risk lines (Spanish lines showed an indicator in 71%
# of cases, English in 80%). Voseo ("tenés", "vení") included.
@pytest.mark.parametrize(("indicator", "text"), [
    ("secrecy", "pero no lo subas ni se lo cuentes a tus padres"),
    ("secrecy", "no me menciones en casa"),
    ("secrecy", "no tienes que contarles cuando vienes"),
    ("secrecy", "borra estos mensajes por la noche"),
    ("age_probing", "cuántos tenés, 13?"),
    ("age_probing", "vos ya tenés 14 o todavía no?"),
    ("age_probing", "cuántos añitos tienes?"),
    ("risk_check", "tus papás revisan tu discord?"),
    ("risk_check", "tu mamá te checa el cel?"),
    ("risk_check", "el celular es tuyo o tus viejos lo miran?"),
    ("risk_check", "¿a qué hora vuelve tu madre del trabajo?"),
    ("isolation", "vení sola"),
    ("isolation", "tú y yo solas"),
    ("photo_camera", "¿pones la cámara un segundo?"),
    ("photo_camera", "mándame tú un selfie"),
    ("pressure_urgency", "quedan 15 minutos. no es broma"),
    ("sextortion_threat", "bloquéame y lo subo"),
    ("sextortion_threat", "si le dices a alguien o vas a la policía, lo subo en ese momento"),
    ("platform_move", "hablemos por el wasap"),
    ("platform_move", "me escribes cada mañana por telegram"),
])
def test_spanish_forms_of_english_patterns(indicator: str, text: str) -> None:
    assert indicator in detect_text(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("si quieres lo subo a insta", "sextortion_threat"),  # an offer, not a threat
    ("ya tenés 2 horas de tele hoy", "age_probing"),  # a duration, not an age
])
def test_spanish_offers_and_durations_are_not_threats_or_ages(text: str, absent: str) -> None:
    assert absent not in detect_text(text)


@pytest.mark.parametrize(("text", "absent", "which"), [
    ("tienes 1 hora", "age_probing", 0),  # a deadline, not an age
    ("u can call me dad outside rp too", "shared_family", 1),  # not a shared family
    ("ur real mum doesnt listen like i do", "shared_family", 1),
    ("dime papá por md también", "shared_family", 1),
])
def test_deadlines_and_borrowed_family_words(text: str, absent: str, which: int) -> None:
    assert absent not in detect_all(normalize(text))[which]


def test_a_family_word_between_relatives_still_counts() -> None:
    assert "shared_family" in detect_all(normalize("ask mom if she wants pizza"))[1]
    assert "age_probing" in detect_text("tienes 13?")


def test_a_question_about_phone_checks_still_counts() -> None:
    assert "risk_check" in detect_text("tu mamá mira tu móvil?")
    assert "risk_check" in detect_text("do your parents check your phone?")


@pytest.mark.parametrize(("text", "protective"), [
    ("join our snapchat call tonight, Eli is already in", "group_inclusion"),
    ("únete a la llamada esta noche, Lucía ya está", "group_inclusion"),
])
def test_calls_others_are_already_in_are_group_spaces(text: str, protective: str) -> None:
    assert protective in detect_all(normalize(text))[1]


def test_no_two_patterns_are_glued_together_by_a_missing_comma() -> None:
    """Python joins adjacent string literals, so a missing comma between two patterns makes one
    pattern that matches neither (23 had slipped in). A literal continued on the next line must
    show it: it ends inside an open group, with a space, "|", an optional group or a "{m,n}"
    count, or the next piece starts with a space or a lookaround."""
    source = Path(indicators_module.__file__).read_text(encoding="utf-8")
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
              if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.NEWLINE)]
    glued = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        if first.type != tokenize.STRING or second.type != tokenize.STRING:
            continue
        head = re.sub(r"\\.", "", first.string.split('"', 1)[1][:-1])
        tail = second.string.split('"', 1)[1]
        open_group = head.count("(") > head.count(")")
        continued = (head.endswith((" ", "|", ")?", "}"))
                     or tail.startswith((" ", "(?!", "(?=", "(?<")))
        if not open_group and not continued:
            glued.append((first.start[0], first.string[-30:], second.string[:30]))
    assert not glued, glued
