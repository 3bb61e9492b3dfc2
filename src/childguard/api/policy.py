"""``POST /v1/policy/check``: may account A do X to account B, and why."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy.orm import Session

from childguard.accounts import services
from childguard.accounts.policy import Action
from childguard.api.deps import UNIT_OF_WORK, requires
from childguard.platform import auth

router = APIRouter(prefix="/v1/policy", tags=["accounts"])
# The same identifiers as /v1/accounts/{account_id}: anything else cannot be a registered
# account, and a control character (NUL) would fail in the database instead of here.
AccountRef = Annotated[str, StringConstraints(min_length=1, max_length=128,
                                              pattern=r"^[A-Za-z0-9._:@+-]+$")]
# Commit before the response is sent: a client that reads right after a write sees it,
# and a failed commit is an error response, never a success already acknowledged.


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    actor_id: AccountRef = Field(description="who wants to act")
    action: Action
    target_id: AccountRef = Field(description="whom the act is aimed at")
    serve_intervention: bool = Field(
        default=False, description="when the decision calls for a safety intervention, "
        "include its content (and count it as shown) so the app can show it right away")


@router.post("/check")
def policy_check(body: CheckIn, principal: auth.Principal = Depends(requires("policy:check")),
                 session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Answer with ``allowed``, a stable ``code``, the ``reason``, the terms clauses cited,
    any approval needed (``target`` for a follow request, ``parent``) and the safety
    intervention to show. Accounts not in the registry are treated as of unknown age."""
    decision = services.policy_check(session, body.actor_id, body.action, body.target_id)
    answer = decision.as_dict()
    if body.serve_intervention and decision.intervention and decision.intervention_for:
        from childguard.accounts import terms

        answer["intervention_content"] = terms.show_intervention(
            session, decision.intervention_for, decision.intervention)
    return answer


class RecommendIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    viewer_id: AccountRef
    candidate_ids: list[AccountRef] = Field(max_length=500)


@router.post("/recommendations")
def filter_recommendations(body: RecommendIn,
                           principal: auth.Principal = Depends(requires("policy:check")),
                           session: Session = UNIT_OF_WORK) -> dict[str, Any]:
    """Which candidates may be recommended to the viewer: minors (and accounts whose age is
    not assured) are not recommended to adults or to accounts of unknown age."""
    allowed, withheld = [], []
    for candidate in body.candidate_ids:
        if candidate != body.viewer_id and services.recommendation_allowed(
                session, candidate, body.viewer_id):
            allowed.append(candidate)
        else:
            withheld.append(candidate)
    return {"allowed": allowed, "withheld": withheld}
