"""Safety by default: may account A do X to account B? A pure function of the facts.

The rules, in the order they apply:

1. Closed accounts and blocks stop everything.
2. A linked parent may always reach their child; a child may always reach their parent.
3. A supervised child's quiet hours and daily time limit stop messages and media.
4. Per action: minors (and accounts whose age is not assured, which get a minor's
   protections) have private profiles, cannot be messaged, followed or sent media by adults
   they are not connected to, cannot be paid except by a parent, and a parent's contact
   approval, direct-message limit and purchase approval apply on top.

Every decision carries a stable ``code`` (for rules and metrics), a sentence a person can read,
the terms-of-service clauses it rests on, and, where one helps, the safety intervention to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from childguard.accounts.model import AgeCategory, Controls, DmLimit


class Action(StrEnum):
    MESSAGE = "message"
    FOLLOW = "follow"
    VIEW_PROFILE = "view_profile"
    SEND_MEDIA = "send_media"
    PAY = "pay"


@dataclass(frozen=True)
class Party:
    account_id: str
    category: AgeCategory
    profile_public: bool
    active: bool = True
    controls: Controls | None = None  # set when a parent supervises the account
    minutes_today: int = 0

    @property
    def protected(self) -> bool:
        """Gets a minor's protections: minors, and anyone whose age is not assured."""
        return self.category is not AgeCategory.ADULT

    @property
    def possibly_adult(self) -> bool:
        return self.category is not AgeCategory.MINOR

    @property
    def is_minor(self) -> bool:
        return self.category is AgeCategory.MINOR


@dataclass(frozen=True)
class Relation:
    connected: bool = False
    pending_parent_approval: bool = False
    blocked: bool = False
    actor_is_parent: bool = False
    target_is_parent: bool = False
    purchase_approved: bool = False  # a parent approved the actor paying the target lately


@dataclass(frozen=True)
class PolicyDecision:
    allowed: bool
    code: str
    reason: str
    action: Action
    actor_category: AgeCategory
    target_category: AgeCategory
    requires_approval: str | None = None  # "target" (follow request) or "parent"
    intervention: str | None = None  # situation key of a safety intervention to show
    intervention_for: str | None = None  # account id the intervention is meant for
    clauses: tuple[str, ...] = ()
    cited: list[dict[str, Any]] = field(default_factory=list)  # filled from the terms
    offer_methods: list[str] = field(default_factory=list)
    approval_request_id: str | None = None  # the purchase request a parent is asked about

    def as_dict(self) -> dict[str, Any]:
        return {
            "allowed": self.allowed, "code": self.code, "reason": self.reason,
            "action": self.action.value, "actor_category": self.actor_category.value,
            "target_category": self.target_category.value,
            "requires_approval": self.requires_approval, "intervention": self.intervention,
            "intervention_for": self.intervention_for, "clauses": self.cited or [
                {"id": c} for c in self.clauses],
            "offer_methods": self.offer_methods,
            "approval_request_id": self.approval_request_id,
        }


MINOR_SAFETY = "minor-safety"
GROOMING = "grooming"
PAYMENTS = "payments-minors"
AGE = "age-accuracy"


def decide(action: Action, actor: Party, target: Party, relation: Relation,
           now: datetime) -> PolicyDecision:
    def verdict(allowed: bool, code: str, reason: str, **extra: Any) -> PolicyDecision:
        return PolicyDecision(allowed, code, reason, action, actor.category, target.category,
                              **extra)

    if not actor.active:
        return verdict(False, "actor_inactive", "the acting account is closed or suspended")
    if not target.active:
        return verdict(False, "target_inactive", "the target account is closed or suspended")
    if relation.blocked:
        return verdict(False, "blocked", "one of the two accounts has blocked the other")
    if relation.actor_is_parent:
        return verdict(True, "parent_of_target", "a linked parent may reach their child")
    if relation.target_is_parent and action is not Action.PAY:
        return verdict(True, "child_to_parent", "a child may always reach their parent")

    if action in (Action.MESSAGE, Action.SEND_MEDIA):
        for party, whose in ((actor, "the sender"), (target, "the recipient")):
            controls = party.controls
            if not party.is_minor or controls is None:
                continue
            if controls.in_quiet_hours(now):
                return verdict(False, "quiet_hours",
                               f"quiet hours set by a parent are on for {whose}",
                               clauses=(MINOR_SAFETY,))
            if (party is actor and controls.daily_limit_minutes is not None
                    and actor.minutes_today >= controls.daily_limit_minutes):
                return verdict(False, "daily_limit_reached",
                               "the sender reached the daily time limit a parent set",
                               clauses=(MINOR_SAFETY,))

    if action is Action.MESSAGE:
        return _message(actor, target, relation, verdict)
    if action is Action.SEND_MEDIA:
        decision = _message(actor, target, relation, verdict)
        if not decision.allowed:
            return decision
        if not relation.connected and (actor.protected or target.protected):
            return verdict(False, "media_needs_connection",
                           "images and video to or from a minor need an accepted connection",
                           clauses=(MINOR_SAFETY,))
        if actor.is_minor:
            return replace(decision, code="allowed_with_intervention",
                           reason="allowed; show the sender a think-before-you-send prompt",
                           intervention="before_sending_image",
                           intervention_for=actor.account_id)
        return decision
    if action is Action.FOLLOW:
        return _follow(actor, target, relation, verdict)
    if action is Action.VIEW_PROFILE:
        if target.profile_public or relation.connected:
            return verdict(True, "allowed", "the profile is visible to this account")
        why = ("minors' profiles are private by default" if target.protected
               else "the profile is private")
        return verdict(False, "private_profile", f"{why}; only connections can see it",
                       clauses=(MINOR_SAFETY,) if target.protected else ())
    return _pay(actor, target, relation, verdict)


def _message(actor: Party, target: Party, relation: Relation, verdict: Any) -> PolicyDecision:
    for party in (target, actor):
        if party.is_minor and party.controls and party.controls.dm_limit is DmLimit.NOBODY:
            return verdict(False, "dm_limit",
                           "a parent turned direct messages off for this child",
                           clauses=(MINOR_SAFETY,))
    if relation.pending_parent_approval:
        return verdict(False, "contact_pending_parent_approval",
                       "this contact is waiting for a parent's approval",
                       requires_approval="parent", clauses=(MINOR_SAFETY,))
    if relation.connected:
        return verdict(True, "allowed", "the accounts are connected")
    if target.is_minor and actor.possibly_adult:
        unknown = actor.category is AgeCategory.UNKNOWN
        return verdict(False, "adult_to_unconnected_minor",
                       ("the sender's age is not assured, so " if unknown else "")
                       + "adults cannot message minors they are not connected to",
                       intervention="unknown_adult_contact",
                       intervention_for=target.account_id,
                       clauses=(MINOR_SAFETY, GROOMING))
    if target.category is AgeCategory.UNKNOWN and actor.possibly_adult:
        return verdict(False, "unassured_target",
                       "the recipient's age is not assured, so they get a minor's protection "
                       "from unconnected adults", clauses=(MINOR_SAFETY,))
    if actor.is_minor and target.possibly_adult:
        return verdict(False, "minor_to_unconnected_adult",
                       "minors can message adults only once they are connected",
                       clauses=(MINOR_SAFETY,))
    for party in (target, actor):
        if party.is_minor and party.controls and party.controls.contact_approval:
            return verdict(False, "contact_approval_required",
                           "a parent approves this child's new contacts first",
                           requires_approval="parent", clauses=(MINOR_SAFETY,))
    for party in (target, actor):
        if (party.is_minor and party.controls
                and party.controls.dm_limit is DmLimit.CONTACTS_ONLY):
            return verdict(False, "dm_limit_contacts_only",
                           "a parent limited this child's messages to contacts",
                           clauses=(MINOR_SAFETY,))
    return verdict(True, "allowed", "no rule restricts this interaction")


def _follow(actor: Party, target: Party, relation: Relation, verdict: Any) -> PolicyDecision:
    if relation.connected:
        return verdict(True, "allowed", "the accounts are connected")
    if relation.pending_parent_approval:
        return verdict(False, "contact_pending_parent_approval",
                       "this contact is waiting for a parent's approval",
                       requires_approval="parent", clauses=(MINOR_SAFETY,))
    if target.protected and actor.possibly_adult:
        return verdict(False, "minor_not_discoverable",
                       "minors (and accounts whose age is not assured) are not recommended "
                       "to or followable by adults they are not connected to",
                       clauses=(MINOR_SAFETY, GROOMING))
    for party in (target, actor):
        if party.is_minor and party.controls and party.controls.contact_approval:
            return verdict(False, "contact_approval_required",
                           "a parent approves this child's new contacts first",
                           requires_approval="parent", clauses=(MINOR_SAFETY,))
    if not target.profile_public:
        return verdict(True, "follow_request",
                       "the profile is private: the follow becomes a request to approve",
                       requires_approval="target")
    return verdict(True, "allowed", "no rule restricts this interaction")


def _pay(actor: Party, target: Party, relation: Relation, verdict: Any) -> PolicyDecision:
    if target.is_minor:
        return verdict(False, "payment_to_minor",
                       "payments and gifts to a minor are allowed only from a linked parent",
                       clauses=(PAYMENTS, GROOMING))
    if target.category is AgeCategory.UNKNOWN:
        return verdict(False, "payment_to_unassured",
                       "the recipient's age is not assured; payments to them are held until "
                       "it is", clauses=(PAYMENTS,))
    if actor.is_minor:
        if actor.controls is None:
            return verdict(False, "minor_payment_needs_parent",
                           "a minor can pay only under a parent's supervision",
                           clauses=(PAYMENTS,))
        if actor.controls.purchase_approval and relation.purchase_approved:
            return verdict(True, "purchase_approved",
                           "a parent approved payments to this account in the last 24 hours")
        if actor.controls.purchase_approval:
            return verdict(False, "purchase_approval_required",
                           "a parent approves this child's purchases first",
                           requires_approval="parent", clauses=(PAYMENTS,))
        return verdict(True, "allowed", "the parent allows purchases without approval")
    if actor.category is AgeCategory.UNKNOWN:
        return verdict(False, "age_assurance_required",
                       "paying needs an assured adult age", clauses=(PAYMENTS, AGE))
    return verdict(True, "allowed", "no rule restricts this interaction")
