"""Events in, rules, actions, cases, review, decisions, appeals and user reports."""
