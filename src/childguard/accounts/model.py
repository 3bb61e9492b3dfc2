"""The accounts domain: ages, assurance methods, confidence, jurisdiction policies.

Plain data and pure functions only; nothing here touches the database or the network.

Vocabulary follows ISO/IEC 27566-1 (age *verification*, *estimation*, *inference*) and
IEEE 2089.1's confidence levels (asserted < standard < enhanced < strict). Ofcom's list of
methods capable of being "highly effective" is carried as a flag on each method, so a policy
can say "HEAA methods only" without naming vendors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ADULT_AGE = 18


class AssuranceMethod(StrEnum):
    SELF_DECLARATION = "self_declaration"
    FACIAL_AGE_ESTIMATION = "facial_age_estimation"
    ID_DOCUMENT_LIVENESS = "id_document_liveness"
    CREDIT_CARD = "credit_card"
    OPEN_BANKING = "open_banking"
    MOBILE_OPERATOR = "mobile_operator"
    DIGITAL_IDENTITY_WALLET = "digital_identity_wallet"
    EMAIL_AGE_ESTIMATION = "email_age_estimation"
    PARENTAL_VOUCHING = "parental_vouching"


class MethodKind(StrEnum):
    VERIFICATION = "verification"  # checked against an authoritative source
    ESTIMATION = "estimation"  # a model's estimate with a margin of error
    INFERENCE = "inference"  # deduced from facts that imply an age (a card, a contract)
    DECLARATION = "declaration"  # the user or a guardian says so


class Confidence(StrEnum):
    """IEEE 2089.1-style confidence levels, weakest first."""

    ASSERTED = "asserted"
    STANDARD = "standard"
    ENHANCED = "enhanced"
    STRICT = "strict"

    @property
    def rank(self) -> int:
        return _CONFIDENCE_ORDER.index(self)

    def at_least(self, other: Confidence) -> bool:
        return self.rank >= other.rank


_CONFIDENCE_ORDER = [Confidence.ASSERTED, Confidence.STANDARD, Confidence.ENHANCED,
                     Confidence.STRICT]


@dataclass(frozen=True)
class MethodProfile:
    method: AssuranceMethod
    kind: MethodKind
    max_confidence: Confidence
    highly_effective: bool  # Ofcom HEAA-capable (Jan 2025 guidance)
    validity_days: int | None  # how long a result stays usable; None: until the facts change
    only_over_threshold: bool  # the method yields "over 18: yes/no", not an age


METHODS: dict[AssuranceMethod, MethodProfile] = {p.method: p for p in [
    MethodProfile(AssuranceMethod.SELF_DECLARATION, MethodKind.DECLARATION,
                  Confidence.ASSERTED, False, None, False),
    MethodProfile(AssuranceMethod.PARENTAL_VOUCHING, MethodKind.DECLARATION,
                  Confidence.STANDARD, False, 365, False),
    MethodProfile(AssuranceMethod.EMAIL_AGE_ESTIMATION, MethodKind.ESTIMATION,
                  Confidence.STANDARD, True, 365, True),
    MethodProfile(AssuranceMethod.FACIAL_AGE_ESTIMATION, MethodKind.ESTIMATION,
                  Confidence.ENHANCED, True, 365, False),
    MethodProfile(AssuranceMethod.CREDIT_CARD, MethodKind.INFERENCE,
                  Confidence.STANDARD, True, 730, True),
    MethodProfile(AssuranceMethod.MOBILE_OPERATOR, MethodKind.INFERENCE,
                  Confidence.STANDARD, True, 365, True),
    MethodProfile(AssuranceMethod.OPEN_BANKING, MethodKind.VERIFICATION,
                  Confidence.ENHANCED, True, 730, True),
    MethodProfile(AssuranceMethod.DIGITAL_IDENTITY_WALLET, MethodKind.VERIFICATION,
                  Confidence.STRICT, True, 1095, False),
    MethodProfile(AssuranceMethod.ID_DOCUMENT_LIVENESS, MethodKind.VERIFICATION,
                  Confidence.STRICT, True, 1095, False),
]}


class AgeCategory(StrEnum):
    """How the safety rules treat an account."""

    MINOR = "minor"
    ADULT = "adult"
    UNKNOWN = "unknown"  # age not assured to the level the jurisdiction needs


class AgeBand(StrEnum):
    UNDER_13 = "under_13"
    AGE_13_15 = "13_15"
    AGE_16_17 = "16_17"
    ADULT = "adult"  # same band names as moderation and conversations
    UNKNOWN = "unknown"


def band_for_age(age: float | None) -> AgeBand:
    if age is None:
        return AgeBand.UNKNOWN
    if age < 13:
        return AgeBand.UNDER_13
    if age < 16:
        return AgeBand.AGE_13_15
    if age < ADULT_AGE:
        return AgeBand.AGE_16_17
    return AgeBand.ADULT


def age_on(birth_date: date, day: date) -> int:
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


@dataclass(frozen=True)
class AssuranceOutcome:
    """One result as the domain sees it. Either an age, an estimate or a range.

    ``age_low``/``age_high`` are inclusive bounds (``None``: open). ``estimated_age`` is set for
    estimation methods; ``birth_date`` when an age follows from a date (declarations, IDs), so
    the age keeps advancing after the check.
    """

    method: AssuranceMethod
    confidence: Confidence
    checked_at: datetime
    expires_at: datetime | None = None
    age_low: int | None = None
    age_high: int | None = None
    estimated_age: float | None = None
    birth_date: date | None = None
    provider: str = "self"
    result_id: str = ""

    def valid_at(self, now: datetime) -> bool:
        return self.expires_at is None or self.expires_at > now

    def bounds_at(self, now: datetime) -> tuple[float | None, float | None]:
        """Lowest and highest age this result allows at ``now``."""
        if self.birth_date is not None:
            age = age_on(self.birth_date, now.date())
            return age, age
        grown = (now - self.checked_at).days / 365.25 if now > self.checked_at else 0.0
        low = self.age_low + int(grown) if self.age_low is not None else None
        high = self.age_high + int(grown) if self.age_high is not None else None
        if self.estimated_age is not None:
            estimate = self.estimated_age + grown
            return estimate, estimate
        return low, high


@dataclass(frozen=True)
class AgeBandInfo:
    """What other contexts need to know about an account's age."""

    band: AgeBand
    category: AgeCategory
    confidence: Confidence | None
    method: AssuranceMethod | None
    age_low: float | None
    age_high: float | None
    assured_at: datetime | None
    expires_at: datetime | None
    under_review: bool = False
    reason: str = ""

    @property
    def is_minor(self) -> bool:
        return self.category is AgeCategory.MINOR

    def as_dict(self) -> dict[str, Any]:
        return {
            "band": self.band.value, "category": self.category.value,
            "confidence": self.confidence.value if self.confidence else None,
            "method": self.method.value if self.method else None,
            "age_low": self.age_low, "age_high": self.age_high,
            "assured_at": self.assured_at.isoformat() if self.assured_at else None,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "under_review": self.under_review, "reason": self.reason,
        }


# ---------------------------------------------------------------- jurisdiction policies

FEATURES: dict[str, str] = {
    "account_creation": "open an account at all (minimum age of the service)",
    "adult_status": "be treated as an adult in interactions with children",
    "adult_content": "see content restricted to adults",
    "payments": "pay or receive money",
    "live_streaming": "broadcast live video",
}


class FeatureRequirement(BaseModel):
    """Which assurance a feature needs: a minimum age, proven with enough confidence."""

    model_config = ConfigDict(extra="forbid")

    min_age: int = Field(ge=0, le=25)
    min_confidence: Confidence
    accepted_methods: list[AssuranceMethod] = Field(min_length=1)
    challenge_buffer_years: int = Field(
        default=0, ge=0, le=10,
        description="for estimation methods the estimate must reach min_age + buffer "
        "(the challenge age); below that the check escalates to a stronger method")


class JurisdictionPolicy(BaseModel):
    """An editable policy per jurisdiction: features' requirements and escalation paths."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=r"^[A-Z]{2,8}$")
    name: str = Field(min_length=1, max_length=120)
    minimum_age: int = Field(ge=0, le=18, description="youngest age allowed on the service")
    digital_consent_age: int = Field(
        ge=0, le=18, description="below this age a parent must consent to data processing")
    requirements: dict[str, FeatureRequirement]
    escalation: dict[AssuranceMethod, list[AssuranceMethod]] = Field(
        description="what to offer next when a method is inconclusive or too weak")
    notes: str = ""

    @field_validator("requirements")
    @classmethod
    def _known_features(cls, value: dict[str, FeatureRequirement]
                        ) -> dict[str, FeatureRequirement]:
        unknown = sorted(set(value) - set(FEATURES))
        if unknown:
            raise ValueError(f"unknown feature(s) {', '.join(unknown)}; "
                             f"known: {', '.join(sorted(FEATURES))}")
        missing = sorted({"adult_status", "account_creation"} - set(value))
        if missing:
            raise ValueError(f"missing required feature(s): {', '.join(missing)}")
        return value

    @model_validator(mode="after")
    def _escalations_go_up(self) -> JurisdictionPolicy:
        for source, targets in self.escalation.items():
            for target in targets:
                if METHODS[target].max_confidence.rank < METHODS[source].max_confidence.rank:
                    raise ValueError(f"escalation from {source.value} to {target.value} goes "
                                     "to a weaker method")
                if target == source:
                    raise ValueError(f"escalation from {source.value} to itself")
        return self


_STRONG = [AssuranceMethod.ID_DOCUMENT_LIVENESS, AssuranceMethod.DIGITAL_IDENTITY_WALLET]
_HEAA = [m for m, p in METHODS.items() if p.highly_effective]
_ESCALATION = {
    AssuranceMethod.SELF_DECLARATION: [AssuranceMethod.FACIAL_AGE_ESTIMATION, *_STRONG],
    AssuranceMethod.EMAIL_AGE_ESTIMATION: [AssuranceMethod.FACIAL_AGE_ESTIMATION, *_STRONG],
    AssuranceMethod.FACIAL_AGE_ESTIMATION: list(_STRONG),
    AssuranceMethod.CREDIT_CARD: list(_STRONG),
    AssuranceMethod.MOBILE_OPERATOR: list(_STRONG),
    AssuranceMethod.PARENTAL_VOUCHING: [AssuranceMethod.FACIAL_AGE_ESTIMATION, *_STRONG],
    AssuranceMethod.OPEN_BANKING: list(_STRONG),
}


def _req(min_age: int, conf: Confidence, methods: list[AssuranceMethod],
         buffer: int = 0) -> FeatureRequirement:
    return FeatureRequirement(min_age=min_age, min_confidence=conf, accepted_methods=methods,
                              challenge_buffer_years=buffer)


def preset_policies() -> dict[str, JurisdictionPolicy]:
    """Starting points an operator edits; they encode the public guidance, not legal advice."""
    all_methods = list(AssuranceMethod)
    return {
        "UK": JurisdictionPolicy(
            code="UK", name="United Kingdom (Online Safety Act, ICO Children's Code)",
            minimum_age=13, digital_consent_age=13,
            requirements={
                "account_creation": _req(13, Confidence.ASSERTED, all_methods),
                "adult_status": _req(18, Confidence.STANDARD, _HEAA, 7),
                "adult_content": _req(18, Confidence.ENHANCED, _HEAA, 7),
                "payments": _req(18, Confidence.STANDARD, _HEAA, 7),
                "live_streaming": _req(18, Confidence.STANDARD, _HEAA, 7),
            },
            escalation=dict(_ESCALATION),
            notes="Ofcom: self-declaration is not highly effective; set the challenge age "
                  "higher where a method has a margin of error."),
        "EU": JurisdictionPolicy(
            code="EU", name="European Union (DSA Art. 28 guidelines, GDPR Art. 8)",
            minimum_age=13, digital_consent_age=16,
            requirements={
                "account_creation": _req(13, Confidence.ASSERTED, all_methods),
                "adult_status": _req(18, Confidence.STANDARD, _HEAA, 7),
                "adult_content": _req(18, Confidence.STRICT, _STRONG),
                "payments": _req(18, Confidence.STANDARD, _HEAA, 7),
                "live_streaming": _req(18, Confidence.STANDARD, _HEAA, 7),
            },
            escalation=dict(_ESCALATION),
            notes="DSA guidelines: verification (EUDI wallet) for 18+ content, estimation "
                  "elsewhere; member states set the consent age between 13 and 16."),
        "US": JurisdictionPolicy(
            code="US", name="United States (COPPA)",
            minimum_age=13, digital_consent_age=13,
            requirements={
                "account_creation": _req(13, Confidence.ASSERTED, all_methods),
                "adult_status": _req(18, Confidence.ASSERTED, all_methods, 7),
                "adult_content": _req(18, Confidence.ENHANCED, _HEAA, 7),
                "payments": _req(18, Confidence.STANDARD, _HEAA, 7),
                "live_streaming": _req(18, Confidence.STANDARD, _HEAA, 7),
            },
            escalation=dict(_ESCALATION),
            notes="COPPA: verifiable parental consent under 13; a neutral age screen "
                  "(self-declaration) is the usual baseline."),
    }


DEFAULT_JURISDICTION = "UK"


class GateStatus(StrEnum):
    PASSED = "passed"
    ESCALATE = "escalate"  # inconclusive or too weak: offer a stronger method
    FAILED = "failed"  # a trusted result says the user is under the minimum age
    MISSING = "missing"  # nothing usable yet


@dataclass(frozen=True)
class GateOutcome:
    feature: str
    status: GateStatus
    reason: str
    offer_methods: list[AssuranceMethod] = field(default_factory=list)
    result_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"feature": self.feature, "status": self.status.value, "reason": self.reason,
                "offer_methods": [m.value for m in self.offer_methods],
                "result_id": self.result_id}


def _method_confidence(outcome: AssuranceOutcome) -> Confidence:
    cap = METHODS[outcome.method].max_confidence
    return outcome.confidence if outcome.confidence.rank <= cap.rank else cap


def evaluate_gate(policy: JurisdictionPolicy, feature: str,
                  outcomes: list[AssuranceOutcome], now: datetime) -> GateOutcome:
    """Does the history prove the age a feature needs, with enough confidence?

    Estimation results must clear the challenge age (``min_age`` + buffer); an estimate that
    clears ``min_age`` but not the challenge age is inconclusive and escalates. Results below
    ``min_age`` from a method trusted for the feature fail the gate but still offer a stronger
    method, because estimates are sometimes wrong and a person may prove their age.
    """
    if feature not in policy.requirements:
        raise KeyError(feature)
    req = policy.requirements[feature]
    challenge_age = req.min_age + req.challenge_buffer_years
    usable = sorted((o for o in outcomes if o.valid_at(now)),
                    key=lambda o: (_method_confidence(o).rank, o.checked_at), reverse=True)
    tried = {o.method for o in usable}
    best_inconclusive: AssuranceOutcome | None = None
    failed: AssuranceOutcome | None = None
    for outcome in usable:
        conf = _method_confidence(outcome)
        trusted = outcome.method in req.accepted_methods and conf.at_least(req.min_confidence)
        low, high = outcome.bounds_at(now)
        is_estimate = METHODS[outcome.method].kind is MethodKind.ESTIMATION
        threshold = challenge_age if is_estimate else req.min_age
        if trusted and low is not None and low >= threshold:
            return GateOutcome(feature, GateStatus.PASSED,
                               f"{outcome.method.value} ({conf.value}) shows age "
                               f"{_fmt_age(low, high)}, at least {threshold}",
                               result_id=outcome.result_id)
        if trusted and is_estimate and low is not None and low >= req.min_age:
            best_inconclusive = best_inconclusive or outcome
        elif trusted and high is not None and high < req.min_age and failed is None:
            failed = outcome
    offer = _offer(policy, req, tried, usable)
    if failed is not None:
        low, high = failed.bounds_at(now)
        return GateOutcome(feature, GateStatus.FAILED,
                           f"{failed.method.value} shows age {_fmt_age(low, high)}, under "
                           f"{req.min_age}", offer_methods=offer, result_id=failed.result_id)
    if best_inconclusive is not None:
        low, high = best_inconclusive.bounds_at(now)
        return GateOutcome(feature, GateStatus.ESCALATE,
                           f"estimate {_fmt_age(low, high)} is under the challenge age "
                           f"{challenge_age}; a stronger method is needed",
                           offer_methods=offer, result_id=best_inconclusive.result_id)
    if usable:
        return GateOutcome(feature, GateStatus.ESCALATE,
                           f"no result meets {req.min_confidence.value} confidence with an "
                           f"accepted method for {feature}", offer_methods=offer)
    return GateOutcome(feature, GateStatus.MISSING, "no valid age-assurance result",
                       offer_methods=offer)


def _fmt_age(low: float | None, high: float | None) -> str:
    if low is not None and high is not None and low == high:
        return f"{low:g}" if isinstance(low, int) else f"{low:.1f}"
    if low is not None and high is None:
        return f"{low:g}+"
    if low is None and high is not None:
        return f"up to {high:g}"
    return f"{low}-{high}"


def _offer(policy: JurisdictionPolicy, req: FeatureRequirement,
           tried: set[AssuranceMethod], usable: list[AssuranceOutcome]) -> list[AssuranceMethod]:
    """Next methods: the escalation path from the strongest method tried, else all accepted."""
    acceptable = [m for m in req.accepted_methods
                  if METHODS[m].max_confidence.at_least(req.min_confidence)]
    candidates: list[AssuranceMethod] = []
    for outcome in usable:
        for target in policy.escalation.get(outcome.method, []):
            if target in acceptable and target not in candidates:
                candidates.append(target)
    if not usable:
        candidates = list(acceptable)
    # Methods already tried and found wanting are offered again only when they are strongest.
    fresh = [m for m in candidates if m not in tried]
    result = fresh or candidates
    return sorted(result, key=lambda m: (METHODS[m].max_confidence.rank, m.value))


def categorise(policy: JurisdictionPolicy, outcomes: list[AssuranceOutcome], now: datetime,
               *, under_review: bool = False) -> AgeBandInfo:
    """Who the safety rules should take this account to be.

    - Any valid result putting the account under 18 makes it a minor unless a result of
      strictly higher confidence proves adulthood: we believe children who say they are
      children.
    - Adult only if the ``adult_status`` gate passes (so a self-declared adult is ``unknown``
      where the jurisdiction wants more than a declaration).
    - An open re-assurance task (contradicting signals) makes a non-minor ``unknown``: the
      account gets neither adult freedoms nor a minor's access to other minors.
    """
    usable = sorted((o for o in outcomes if o.valid_at(now)),
                    key=lambda o: (_method_confidence(o).rank, o.checked_at), reverse=True)
    gate = evaluate_gate(policy, "adult_status", usable, now)
    adult_proof = next((o for o in usable if o.result_id == gate.result_id), None) \
        if gate.status is GateStatus.PASSED else None
    minor_claim = None
    for o in usable:
        _, high = o.bounds_at(now)
        if high is not None and high < ADULT_AGE:
            minor_claim = o
            break
    if minor_claim is not None and (adult_proof is None or _method_confidence(
            adult_proof).rank <= _method_confidence(minor_claim).rank):
        return _info(minor_claim, AgeCategory.MINOR, now, under_review,
                     f"{minor_claim.method.value} says under {ADULT_AGE}")
    if adult_proof is not None and not under_review:
        return _info(adult_proof, AgeCategory.ADULT, now, False, gate.reason)
    best = usable[0] if usable else None
    if under_review:
        reason = "age under review after contradicting signals"
    elif best is None:
        reason = "no age information"
    else:
        reason = gate.reason
    if best is None:
        return AgeBandInfo(AgeBand.UNKNOWN, AgeCategory.UNKNOWN, None, None, None, None, None,
                           None, under_review, reason)
    return _info(best, AgeCategory.UNKNOWN, now, under_review, reason)


def _info(outcome: AssuranceOutcome, category: AgeCategory, now: datetime,
          under_review: bool, reason: str) -> AgeBandInfo:
    low, high = outcome.bounds_at(now)
    if category is AgeCategory.MINOR and high is not None:
        band = band_for_age(high)
    elif low is not None and (high is None or band_for_age(low) == band_for_age(high)):
        band = band_for_age(low) if high is not None or low >= ADULT_AGE else AgeBand.UNKNOWN
    else:
        band = AgeBand.UNKNOWN
    return AgeBandInfo(band, category, _method_confidence(outcome), outcome.method, low, high,
                       outcome.checked_at, outcome.expires_at, under_review, reason)


def contradicts(info: AgeBandInfo, stated_age: int) -> bool:
    """Does an age someone states in use contradict what we hold?"""
    if info.category is AgeCategory.MINOR:
        return stated_age >= ADULT_AGE + 2  # claiming adulthood; small slips are not signals
    if info.age_low is not None and info.age_low >= ADULT_AGE:
        return stated_age < ADULT_AGE
    return False


def default_expiry(method: AssuranceMethod, checked_at: datetime) -> datetime | None:
    days = METHODS[method].validity_days
    return checked_at + timedelta(days=days) if days else None


# ---------------------------------------------------------------- parental controls

class DmLimit(StrEnum):
    EVERYONE = "everyone"  # anyone the other rules allow
    CONTACTS_ONLY = "contacts_only"
    NOBODY = "nobody"


class ContentFilter(StrEnum):
    STRICT = "strict"
    MODERATE = "moderate"
    STANDARD = "standard"


class Controls(BaseModel):
    """Parental controls for one child; shared by every parent linked to the child."""

    model_config = ConfigDict(extra="forbid")

    contact_approval: bool = Field(
        default=False, description="new contacts wait for a parent's approval")
    dm_limit: DmLimit = DmLimit.CONTACTS_ONLY
    quiet_hours_start: time | None = Field(default=None, description="HH:MM, in timezone")
    quiet_hours_end: time | None = None
    timezone: str = "UTC"
    daily_limit_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    content_filter: ContentFilter = ContentFilter.STRICT
    purchase_approval: bool = True

    @model_validator(mode="after")
    def _quiet_hours_pair(self) -> Controls:
        if (self.quiet_hours_start is None) != (self.quiet_hours_end is None):
            raise ValueError("quiet hours need both a start and an end")
        if self.quiet_hours_start is not None and self.quiet_hours_start == self.quiet_hours_end:
            raise ValueError("quiet hours start and end must differ")
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {self.timezone!r}")
        return self

    def in_quiet_hours(self, now: datetime) -> bool:
        if self.quiet_hours_start is None or self.quiet_hours_end is None:
            return False
        from zoneinfo import ZoneInfo

        local = now.astimezone(ZoneInfo(self.timezone)).time()
        start, end = self.quiet_hours_start, self.quiet_hours_end
        if start < end:
            return start <= local < end
        return local >= start or local < end  # spans midnight


class ConsentMethod(StrEnum):
    """Verifiable parental consent methods (16 CFR 312.5(b), as amended 2025)."""

    SIGNED_FORM = "signed_form"
    PAYMENT_TRANSACTION = "payment_transaction"
    TOLL_FREE_CALL = "toll_free_call"
    VIDEO_CONFERENCE = "video_conference"
    GOVERNMENT_ID = "government_id"
    KNOWLEDGE_BASED_AUTH = "knowledge_based_authentication"
    FACE_MATCH_TO_ID = "face_match_to_id"
    EMAIL_PLUS = "email_plus"
    TEXT_PLUS = "text_plus"


CONSENT_METHOD_NOTES: dict[ConsentMethod, str] = {
    ConsentMethod.SIGNED_FORM: "consent form signed and returned by post, fax or scan",
    ConsentMethod.PAYMENT_TRANSACTION: "card or online payment with a monetary transaction "
                                       "that notifies the account holder",
    ConsentMethod.TOLL_FREE_CALL: "call to a toll-free number staffed by trained personnel",
    ConsentMethod.VIDEO_CONFERENCE: "video conference with trained personnel",
    ConsentMethod.GOVERNMENT_ID: "government ID checked against databases, then deleted",
    ConsentMethod.KNOWLEDGE_BASED_AUTH: "knowledge-based authentication questions",
    ConsentMethod.FACE_MATCH_TO_ID: "parent's selfie matched to their government photo ID",
    ConsentMethod.EMAIL_PLUS: "email plus a confirming step; internal use of data only",
    ConsentMethod.TEXT_PLUS: "text message plus a confirming step; internal use only",
}

# Methods that only suffice when the child's data is not disclosed to third parties.
INTERNAL_USE_ONLY = {ConsentMethod.EMAIL_PLUS, ConsentMethod.TEXT_PLUS}

# Evidence fields never stored: COPPA requires prompt deletion of ID images and numbers.
FORBIDDEN_EVIDENCE_KEYS = {"document_image", "id_number", "document_number", "selfie",
                           "card_number", "pan", "cvv", "password"}
