"""Demo content for insight: training modules and a sample children's risk assessment.

Running it again changes nothing. The demo reviewers (if the platform demo made them) are
recorded as trained, so ``make run`` still opens straight into the queue; new reviewers
meet the training gate.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from childguard.insight import risk, training
from childguard.insight.storage import RiskAssessment, TrainingCompletion
from childguard.platform.storage import User

ACTOR = "demo"
DEMO_REVIEWERS = ("reviewer", "senior")
REVIEW_ROLES = ["reviewer", "senior-reviewer"]

MODULES: list[dict[str, Any]] = [
    {"module_id": "safe-review", "title": "Reviewing safely",
     "summary": "How the console protects you: blurred media, one reveal at a time, breaks.",
     "body": "Media stays blurred and in grayscale until you reveal one item, with a reason. "
             "Reveal only what you need to decide. The console counts reveals per hour and "
             "prompts a break after a threshold; take it. Talk to your lead or the support "
             "service whenever something stays with you.",
     "check_question": "How many items does one reveal unblur?", "check_answer": "one",
     "valid_days": 365},
    {"module_id": "reporting-duties", "title": "Reporting duties and evidence",
     "summary": "When a case must be reported to NCMEC and what must be preserved.",
     "body": "Apparent child sexual abuse material must be reported to the CyberTipline as "
             "soon as reasonably possible. Filing a report on new material needs a reviewer's "
             "decision. Preserved evidence is kept at least one year and only legal staff "
             "read it. Never download, copy or forward material outside the console.",
     "check_question": "For how many years at least is evidence preserved?",
     "check_answer": "one", "valid_days": 365},
    {"module_id": "grooming-signs", "title": "Recognising grooming and sextortion",
     "summary": "The stages of grooming and the signs of sextortion, without examples of "
                "harm.",
     "body": "Grooming moves through stages: contact, trust, secrecy, isolation, moving to a "
             "private channel, requests for images or meetings. Sextortion is a threat to "
             "share images unless money or more images are sent; treat it as urgent, because "
             "victims are at risk of self-harm.",
     "check_question": "Is a sextortion case urgent? (yes or no)", "check_answer": "yes",
     "valid_days": 730},
]

SAMPLE_ASSESSMENT: dict[str, Any] = {
    "title": "Children's risk assessment: direct messages and uploads",
    "kind": "osa_children_risk",
    "scope": "Direct messages, image uploads and user search in the demo service.",
    "owner": "Head of Trust & Safety",
    "accountable_person": "Chief Operating Officer",
    "approver": "",
    "trigger": "annual",
    "user_base": {"share_of_child_users": {"13-15": 0.12, "16-17": 0.09},
                  "evidence": "age-assurance statistics, last quarter"},
    "risks": [
        {"harm": "Adults contacting children to groom them", "category": "CSEA / grooming",
         "affected_rights": ["UNCRC 19", "UNCRC 34"], "age_bands": ["13-15", "16-17"],
         "risk_factors": ["direct messages", "user search"],
         "evidence": ["user reports of grooming per month", "conversation risk alerts"],
         "likelihood": 4, "impact": 5,
         "mitigations": [
             {"measure": "Minors cannot be found in search by adults", "owner": "Product",
              "status": "in_place"},
             {"measure": "Grooming risk model on direct messages with parent alerts",
              "owner": "Trust & Safety", "status": "in_place"}],
         "residual_likelihood": 2, "residual_impact": 5},
        {"harm": "Known abuse material uploaded", "category": "CSEA",
         "affected_rights": ["UNCRC 34"], "age_bands": ["all"], "risk_factors": ["uploads"],
         "evidence": ["hash-match rate", "industry hash lists"], "likelihood": 3, "impact": 5,
         "mitigations": [{"measure": "Hash matching of every upload before publication",
                          "owner": "Engineering", "status": "effective"}],
         "residual_likelihood": 1, "residual_impact": 5},
    ],
    "notes": "Reviewed with the youth panel; next review before launching live video.",
}


def seed_demo(session: Session) -> str:
    for spec in MODULES:
        if session.get(training.TrainingModule, spec["module_id"]) is None:
            training.upsert_module(session, required_for=REVIEW_ROLES, actor=ACTOR, **spec)
    for username in DEMO_REVIEWERS:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            continue
        for module in training.list_modules(session):
            done = session.scalar(select(TrainingCompletion.id).where(
                TrainingCompletion.user_id == user.id,
                TrainingCompletion.module_id == module.id))
            if done is None:
                training.record_completion(session, user, module, actor=ACTOR)
    if session.scalar(select(RiskAssessment.id).where(
            RiskAssessment.title == SAMPLE_ASSESSMENT["title"])) is None:
        today = date.today()
        data = risk.parse({**SAMPLE_ASSESSMENT, "conducted_on": today - timedelta(days=340),
                           "next_review_due": today + timedelta(days=25)})
        risk.create_assessment(session, data, actor=ACTOR)
    return (f"{len(training.list_modules(session))} training modules, "
            f"{len(risk.list_assessments(session))} risk assessment(s)")
