"""Age-assurance providers behind one small interface.

A provider is a class with a ``name``, the ``methods`` it offers and a ``check`` method; it
registers itself when defined, so adding a vendor means adding a class (in any module that is
imported), never editing a switch. Two ship here:

- :class:`SandboxProvider`: deterministic and offline, for tests and the demo. It is told the
  age to report through ``evidence["simulated_age"]`` (or ``simulated_birth_date``) and never
  sees a face, a document or a card.
- :class:`HttpProvider`: speaks childguard's provider contract over HTTP to a configurable base
  URL (an operator's gateway in front of a vendor):

  ``POST {base_url}/v1/age-checks`` with ``{"reference", "method", "threshold", "evidence"}``
  answers ``{"reference", "status": "completed"|"failed", "confidence", "estimated_age",
  "age_low", "age_high", "birth_date", "liveness_passed", "detail"}``.

Providers return facts only; the confidence they claim is capped by the method's ceiling
(:data:`childguard.accounts.model.METHODS`) when results are recorded.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar, Literal

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from childguard.accounts.model import ADULT_AGE, METHODS, AssuranceMethod, Confidence, age_on
from childguard.platform.config import Settings
from childguard.platform.db import utcnow
from childguard.platform.errors import ChildguardError, InvalidInput


class ProviderUnavailable(ChildguardError):
    status = 502
    code = "provider_unavailable"


@dataclass(frozen=True)
class CheckRequest:
    account_id: str
    method: AssuranceMethod
    reference: str
    threshold: int = ADULT_AGE  # for methods that only answer "over N?"
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    provider: str
    method: AssuranceMethod
    status: Literal["completed", "failed"]
    confidence: Confidence
    reference: str
    estimated_age: float | None = None
    age_low: int | None = None
    age_high: int | None = None
    birth_date: date | None = None
    liveness_passed: bool | None = None
    detail: str = ""


class AgeAssuranceProvider(ABC):
    name: ClassVar[str]
    methods: ClassVar[frozenset[AssuranceMethod]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not getattr(cls, "__abstractmethods__", None) and getattr(cls, "name", None):
            PROVIDERS[cls.name] = cls

    @classmethod
    def from_settings(cls, settings: Settings) -> AgeAssuranceProvider:
        return cls()

    @abstractmethod
    def check(self, request: CheckRequest) -> CheckResult:
        """Run (or fetch) one check; raise :class:`ProviderUnavailable` if it cannot."""


PROVIDERS: dict[str, type[AgeAssuranceProvider]] = {}


def get_provider(name: str, settings: Settings) -> AgeAssuranceProvider:
    cls = PROVIDERS.get(name)
    if cls is None:
        raise InvalidInput(f"unknown age-assurance provider {name!r}",
                           details={"known": sorted(PROVIDERS)})
    return cls.from_settings(settings)


class SandboxProvider(AgeAssuranceProvider):
    name = "sandbox"
    methods = frozenset(m for m in AssuranceMethod if m not in (
        AssuranceMethod.SELF_DECLARATION, AssuranceMethod.PARENTAL_VOUCHING))

    def check(self, request: CheckRequest) -> CheckResult:
        if request.method not in self.methods:
            raise InvalidInput(f"the sandbox does not offer {request.method.value}")
        ev = request.evidence
        birth: date | None = None
        if "simulated_birth_date" in ev:
            try:
                birth = date.fromisoformat(str(ev["simulated_birth_date"]))
            except ValueError:
                raise InvalidInput("evidence.simulated_birth_date must be YYYY-MM-DD")
            age: float = age_on(birth, utcnow().date())
        elif "simulated_age" in ev:
            try:
                age = float(ev["simulated_age"])
            except (TypeError, ValueError):
                raise InvalidInput("evidence.simulated_age must be a number")
        else:
            raise InvalidInput("the sandbox needs evidence.simulated_age or "
                               "evidence.simulated_birth_date")
        if not 0 <= age <= 120:
            raise InvalidInput("evidence.simulated_age must be between 0 and 120")
        profile = METHODS[request.method]
        conf = profile.max_confidence
        if ev.get("simulate_failure"):
            return CheckResult(self.name, request.method, "failed", conf, request.reference,
                               liveness_passed=False, detail="sandbox: simulated failure")
        if profile.only_over_threshold:
            over = age >= request.threshold
            return CheckResult(self.name, request.method, "completed", conf, request.reference,
                               age_low=request.threshold if over else None,
                               age_high=None if over else request.threshold - 1,
                               detail=f"sandbox: over {request.threshold}: {over}")
        if request.method is AssuranceMethod.FACIAL_AGE_ESTIMATION:
            try:
                error = float(ev.get("simulated_error", 0.0))
            except (TypeError, ValueError):
                raise InvalidInput("evidence.simulated_error must be a number")
            if not -20 <= error <= 20:
                raise InvalidInput("evidence.simulated_error must be between -20 and 20")
            return CheckResult(self.name, request.method, "completed", conf, request.reference,
                               estimated_age=round(age + error, 1), liveness_passed=True,
                               detail="sandbox: estimate")
        if birth is None:
            today = utcnow().date()
            birth = date(today.year - int(age), today.month, min(today.day, 28))
        return CheckResult(self.name, request.method, "completed", conf, request.reference,
                           birth_date=birth, liveness_passed=True,
                           detail="sandbox: verified date of birth")


class _HttpAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    reference: str
    status: Literal["completed", "failed"]
    confidence: Confidence
    estimated_age: float | None = None
    age_low: int | None = None
    age_high: int | None = None
    birth_date: date | None = None
    liveness_passed: bool | None = None
    detail: str = ""


class HttpProvider(AgeAssuranceProvider):
    name = "http"
    methods = frozenset(AssuranceMethod)

    def __init__(self, base_url: str, *, token: str | None = None, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None):
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout,
                                   transport=transport)

    @classmethod
    def from_settings(cls, settings: Settings) -> AgeAssuranceProvider:
        return cls(settings.age_assurance_http_base_url,
                   token=settings.age_assurance_http_token,
                   timeout=settings.age_assurance_http_timeout)

    def check(self, request: CheckRequest) -> CheckResult:
        body = {"reference": request.reference, "method": request.method.value,
                "threshold": request.threshold, "evidence": request.evidence}
        try:
            response = self.client.post("/v1/age-checks", json=body,
                                        headers={"Idempotency-Key": request.reference})
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(f"age-assurance provider at {self.base_url} did not "
                                      f"answer: {exc.__class__.__name__}")
        if response.status_code >= 500:
            raise ProviderUnavailable(f"age-assurance provider answered {response.status_code}")
        if response.status_code >= 400:
            raise InvalidInput(f"age-assurance provider refused the check "
                               f"({response.status_code}): {response.text[:200]}")
        try:
            answer = _HttpAnswer.model_validate(response.json())
        except (ValueError, ValidationError) as exc:
            raise ProviderUnavailable(f"age-assurance provider sent an unreadable answer: "
                                      f"{str(exc)[:200]}")
        if answer.reference != request.reference:
            raise ProviderUnavailable("age-assurance provider answered for another reference")
        return CheckResult(self.name, request.method, answer.status, answer.confidence,
                           answer.reference, answer.estimated_age, answer.age_low,
                           answer.age_high, answer.birth_date, answer.liveness_passed,
                           answer.detail)
