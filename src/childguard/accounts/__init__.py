"""Age assurance, parental consent and controls, safety defaults, terms of service.

Rooms of this context:

- ``model``: ages, assurance methods (ISO/IEC 27566-1 kinds, IEEE 2089.1 confidence levels,
  Ofcom HEAA flags), jurisdiction policies (UK/EU/US presets, editable), challenge-age gates,
  parental controls, COPPA consent methods. Pure.
- ``policy``: "may A do X to B?" as a pure function of the two accounts and their relation.
- ``providers``: age-assurance provider adapters (a registry; sandbox and HTTP built in).
- ``services``: registry, connections, assurance history, policy checks, parent alerts; the
  functions other contexts call are listed in its docstring.
- ``parents``: consented links, controls, contact approval, summaries, parent sign-in.
- ``terms``: versioned terms with citable clauses, acceptances, safety interventions.
- ``privacy``: retention per data class, export, deletion that respects preservation holds.
- ``moderation_plugin``: the ``accounts.*`` signals moderation's rules can use.

HTTP: ``/v1/accounts/...``, ``/v1/jurisdictions``, ``/v1/terms``, ``/v1/interventions``,
``/v1/retention``, ``/v1/reassurance-tasks`` (``api/accounts.py``), ``/v1/policy/check`` and
``/v1/policy/recommendations`` (``api/policy.py``), ``/v1/parents/...`` (``api/parents.py``);
parent pages under ``/parents/`` (``web/parents.py``).
"""
