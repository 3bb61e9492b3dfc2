"""Declarative rules: YAML in, a typed and checked rule set out.

A rule set is data, not code. It is parsed and checked against the catalogue of signals
before it can run: an unknown signal, a comparison that does not fit the signal's type, an
unknown action or a missing parameter refuses the whole file with the line and the reason.
A bad rule is therefore found when it is pushed, never when an event hits it at night.

Format::

    rules:
      - id: known-material-upload
        description: An upload matches a bank of known material
        events: [media.uploaded]
        when:
          hash.matched: true
          hash.classification: {in: [A1, A2]}
        then:
          - block
          - open_case: {priority: known_material}
        stop: true            # optional: later rules are not evaluated for this event

Conditions: a mapping is a conjunction of its entries; ``all``, ``any`` (lists) and
``not`` (one condition) combine. A signal compared with a plain value means equality;
otherwise ``{op: value}`` with op among eq, ne, gt, gte, lt, lte, in, not_in, contains,
exists. A condition on a signal the event lacks is *unknown*, and a rule fires only when
its condition is known to be true.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from childguard.moderation.events import EVENT_TYPES

SignalType = Literal["bool", "number", "string", "list"]


@dataclass(frozen=True)
class SignalSpec:
    name: str
    type: SignalType
    description: str
    events: frozenset[str] | None = None  # None: available on every event type


# ----------------------------------------------------------------- errors


@dataclass(frozen=True)
class RuleProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class RuleSetError(Exception):
    """The rule file is refused; ``problems`` lists every problem found, with its line."""

    def __init__(self, problems: list[RuleProblem]):
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__("; ".join(str(p) for p in self.problems))


# ----------------------------------------------------------------- conditions

Tri = bool | None  # True, False, or unknown (a signal was missing)


@dataclass(frozen=True)
class Compare:
    signal: str
    op: str
    value: Any

    def evaluate(self, signals: Mapping[str, Any]) -> Tri:
        if self.op == "exists":
            return (self.signal in signals and signals[self.signal] is not None) == self.value
        if self.signal not in signals or signals[self.signal] is None:
            return None
        got = signals[self.signal]
        op = self.op
        if op == "eq":
            return bool(got == self.value)
        if op == "ne":
            return bool(got != self.value)
        if op == "gt":
            return bool(got > self.value)
        if op == "gte":
            return bool(got >= self.value)
        if op == "lt":
            return bool(got < self.value)
        if op == "lte":
            return bool(got <= self.value)
        if op == "in":
            return got in self.value
        if op == "not_in":
            return got not in self.value
        if op == "contains":
            return self.value in got
        raise AssertionError(op)

    def signals(self) -> set[str]:
        return {self.signal}


@dataclass(frozen=True)
class AllOf:
    parts: tuple[Condition, ...]

    def evaluate(self, signals: Mapping[str, Any]) -> Tri:
        unknown = False
        for part in self.parts:
            result = part.evaluate(signals)
            if result is False:
                return False
            if result is None:
                unknown = True
        return None if unknown else True

    def signals(self) -> set[str]:
        return set().union(*(p.signals() for p in self.parts)) if self.parts else set()


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]

    def evaluate(self, signals: Mapping[str, Any]) -> Tri:
        unknown = False
        for part in self.parts:
            result = part.evaluate(signals)
            if result is True:
                return True
            if result is None:
                unknown = True
        return None if unknown else False

    def signals(self) -> set[str]:
        return set().union(*(p.signals() for p in self.parts)) if self.parts else set()


@dataclass(frozen=True)
class Not:
    part: Condition

    def evaluate(self, signals: Mapping[str, Any]) -> Tri:
        result = self.part.evaluate(signals)
        return None if result is None else not result

    def signals(self) -> set[str]:
        return self.part.signals()


Condition = Compare | AllOf | AnyOf | Not

# ----------------------------------------------------------------- actions

PRIORITIES = ("imminent_risk", "known_material", "new_material", "standard")
RESTRICTIONS = ("no_direct_messages", "no_new_contacts", "no_uploads", "suspended")
VERDICTS = ("allow", "hold", "block")  # in increasing severity


@dataclass(frozen=True)
class ParamSpec:
    type: type | tuple[type, ...]
    required: bool = False
    choices: tuple[str, ...] | None = None


ACTIONS: dict[str, dict[str, ParamSpec]] = {
    "allow": {},
    "block": {},
    "hold": {},
    "open_case": {"priority": ParamSpec(str, True, PRIORITIES), "queue": ParamSpec(str)},
    "restrict_account": {"restriction": ParamSpec(str, True, RESTRICTIONS),
                         "days": ParamSpec(int)},
    "escalate_imminent_risk": {"reason": ParamSpec(str)},
    "notify_parent": {"message": ParamSpec(str)},
}


@dataclass(frozen=True)
class ActionSpec:
    kind: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.params}


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    events: frozenset[str]
    condition: Condition
    actions: tuple[ActionSpec, ...]
    stop: bool
    line: int


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]

    def signals(self) -> set[str]:
        """Every signal some rule reads."""
        return set().union(*(r.condition.signals() for r in self.rules)) if self.rules \
            else set()

    def evaluate(self, event_type: str, signals: Mapping[str, Any]) -> Outcome:
        matched: list[str] = []
        actions: list[tuple[str, ActionSpec]] = []
        verdict = "allow"
        for rule in self.rules:
            if event_type not in rule.events:
                continue
            if rule.condition.evaluate(signals) is not True:
                continue
            matched.append(rule.id)
            for action in rule.actions:
                actions.append((rule.id, action))
                if action.kind in VERDICTS and (
                        VERDICTS.index(action.kind) > VERDICTS.index(verdict)):
                    verdict = action.kind
            if rule.stop:
                break
        return Outcome(verdict=verdict, matched=tuple(matched), actions=tuple(actions))


@dataclass(frozen=True)
class Outcome:
    """What a rule set decides for one event."""

    verdict: str
    matched: tuple[str, ...]
    actions: tuple[tuple[str, ActionSpec], ...]

    def summary(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "rules": list(self.matched),
                "actions": sorted({a.kind for _, a in self.actions})}


# ----------------------------------------------------------------- parsing and checking

_OPS_BY_TYPE: dict[str, set[str]] = {
    "bool": {"eq", "ne", "exists"},
    "number": {"eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "exists"},
    "string": {"eq", "ne", "in", "not_in", "exists"},
    "list": {"contains", "exists"},
}
_ALL_OPS = set().union(*_OPS_BY_TYPE.values())


def _line(node: Node) -> int:
    return node.start_mark.line + 1


class _Checker:
    def __init__(self, catalog: Mapping[str, SignalSpec]):
        self.catalog = catalog
        self.problems: list[RuleProblem] = []

    def fail(self, node: Node, message: str) -> None:
        self.problems.append(RuleProblem(_line(node), message))

    # -- scalars

    def scalar(self, node: Node) -> Any:
        """The Python value of a scalar node, typed as YAML would type it."""
        return yaml.constructor.SafeConstructor().construct_object(node, deep=True)

    def pairs(self, node: MappingNode) -> list[tuple[str, Node, Node]]:
        out: list[tuple[str, Node, Node]] = []
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.fail(key_node, "keys must be plain names")
                continue
            key = str(key_node.value)
            if key in seen:
                self.fail(key_node, f"{key!r} appears twice")
            seen.add(key)
            out.append((key, key_node, value_node))
        return out

    # -- rule set

    def ruleset(self, root: Node | None) -> RuleSet:
        if root is None:
            self.problems.append(RuleProblem(1, "the file is empty; expected 'rules:'"))
            return RuleSet(())
        if not isinstance(root, MappingNode):
            self.fail(root, "the top level must be a mapping with a 'rules' list")
            return RuleSet(())
        rules_node: Node | None = None
        for key, key_node, value in self.pairs(root):
            if key == "rules":
                rules_node = value
            elif key not in ("version", "name", "description"):
                self.fail(key_node, f"unknown top-level key {key!r}; expected 'rules'")
        if rules_node is None:
            self.fail(root, "missing 'rules' list")
            return RuleSet(())
        if not isinstance(rules_node, SequenceNode):
            self.fail(rules_node, "'rules' must be a list")
            return RuleSet(())
        rules: list[Rule] = []
        ids: dict[str, int] = {}
        for item in rules_node.value:
            rule = self.rule(item)
            if rule is None:
                continue
            if rule.id in ids:
                self.fail(item, f"rule id {rule.id!r} is already used on line {ids[rule.id]}")
            ids[rule.id] = rule.line
            rules.append(rule)
        return RuleSet(tuple(rules))

    def rule(self, node: Node) -> Rule | None:
        if not isinstance(node, MappingNode):
            self.fail(node, "each rule must be a mapping with id, events, when, then")
            return None
        before = len(self.problems)
        fields = {key: (key_node, value) for key, key_node, value in self.pairs(node)}
        for key, (key_node, _) in fields.items():
            if key not in ("id", "description", "events", "when", "then", "stop"):
                self.fail(key_node, f"unknown rule key {key!r}; expected id, description, "
                                    "events, when, then, stop")
        for required in ("id", "events", "when", "then"):
            if required not in fields:
                self.fail(node, f"rule is missing {required!r}")
        if len(self.problems) > before and any(r not in fields for r in
                                               ("id", "events", "when", "then")):
            return None
        rule_id = self.scalar(fields["id"][1]) if isinstance(fields["id"][1], ScalarNode) \
            else None
        if not isinstance(rule_id, str) or not rule_id.strip():
            self.fail(fields["id"][1], "rule id must be a non-empty string")
            rule_id = "?"
        description = ""
        if "description" in fields:
            description = str(self.scalar(fields["description"][1]) or "")
        events = self.events(fields["events"][1])
        condition = self.condition(fields["when"][1], events)
        actions = self.actions(fields["then"][1])
        stop = False
        if "stop" in fields:
            value = self.scalar(fields["stop"][1])
            if not isinstance(value, bool):
                self.fail(fields["stop"][1], "stop must be true or false")
            else:
                stop = value
        if len(self.problems) > before or condition is None:
            return None
        return Rule(rule_id, description, events, condition, tuple(actions), stop,
                    _line(node))

    def events(self, node: Node) -> frozenset[str]:
        items = node.value if isinstance(node, SequenceNode) else [node]
        found: set[str] = set()
        for item in items:
            value = self.scalar(item) if isinstance(item, ScalarNode) else None
            if value not in EVENT_TYPES:
                self.fail(item, f"unknown event type {value!r}; known: "
                                f"{', '.join(EVENT_TYPES)}")
            else:
                found.add(str(value))
        if not items:
            self.fail(node, "events must name at least one event type")
        return frozenset(found)

    # -- conditions

    def condition(self, node: Node, events: frozenset[str]) -> Condition | None:
        if isinstance(node, SequenceNode):
            items = [self.condition(item, events) for item in node.value]
            return AllOf(tuple(p for p in items if p is not None))
        if not isinstance(node, MappingNode):
            self.fail(node, "a condition must be a mapping of signals to values "
                            "(or all/any/not)")
            return None
        parts: list[Condition] = []
        before = len(self.problems)
        for key, key_node, value in self.pairs(node):
            if key in ("all", "any"):
                if not isinstance(value, SequenceNode) or not value.value:
                    self.fail(value, f"'{key}' needs a non-empty list of conditions")
                    continue
                subs = [self.condition(item, events) for item in value.value]
                kept = tuple(s for s in subs if s is not None)
                parts.append(AllOf(kept) if key == "all" else AnyOf(kept))
            elif key == "not":
                sub = self.condition(value, events)
                if sub is not None:
                    parts.append(Not(sub))
            else:
                compare = self.compare(key, key_node, value, events)
                if compare is not None:
                    parts.extend(compare)
        if not parts:
            if len(self.problems) == before:
                self.fail(node, "empty condition")
            return None
        return parts[0] if len(parts) == 1 else AllOf(tuple(parts))

    def compare(self, name: str, key_node: Node, value: Node, events: frozenset[str]
                ) -> list[Compare] | None:
        spec = self.catalog.get(name)
        if spec is None:
            close = [s for s in self.catalog if s.split(".")[0] == name.split(".")[0]]
            hint = f"; signals in that family: {', '.join(sorted(close))}" if close else ""
            self.fail(key_node, f"unknown signal {name!r}{hint}")
            return None
        if spec.events is not None and events and not events <= spec.events:
            missing = sorted(events - spec.events)
            self.fail(key_node, f"signal {name!r} is never present on {', '.join(missing)} "
                                f"events (only on {', '.join(sorted(spec.events))})")
            return None
        if isinstance(value, MappingNode):
            out: list[Compare] = []
            for op, op_node, operand in self.pairs(value):
                if op not in _ALL_OPS:
                    self.fail(op_node, f"unknown comparison {op!r}; use one of "
                                       f"{', '.join(sorted(_ALL_OPS))}")
                    continue
                if op not in _OPS_BY_TYPE[spec.type]:
                    self.fail(op_node, f"{op!r} does not apply to {name!r}, a {spec.type} "
                                       f"signal; use {', '.join(sorted(_OPS_BY_TYPE[spec.type]))}")
                    continue
                checked = self.operand(name, spec, op, operand)
                if checked is not _BAD:
                    out.append(Compare(name, op, checked))
            return out or None
        if isinstance(value, SequenceNode):
            self.fail(value, f"compare {name!r} with a value or {{op: value}}, not a list "
                             "(use {in: [...]})")
            return None
        op = "contains" if spec.type == "list" else "eq"
        checked = self.operand(name, spec, op, value)
        return None if checked is _BAD else [Compare(name, op, checked)]

    def operand(self, name: str, spec: SignalSpec, op: str, node: Node) -> Any:
        if op == "exists":
            value = self.scalar(node) if isinstance(node, ScalarNode) else None
            if not isinstance(value, bool):
                self.fail(node, "exists takes true or false")
                return _BAD
            return value
        if op in ("in", "not_in"):
            if not isinstance(node, SequenceNode) or not node.value:
                self.fail(node, f"{op!r} takes a non-empty list")
                return _BAD
            values = [self.typed(name, spec.type, item) for item in node.value]
            return _BAD if any(v is _BAD for v in values) else tuple(values)
        element = "string" if spec.type == "list" else spec.type
        return self.typed(name, element, node)

    def typed(self, name: str, kind: str, node: Node) -> Any:
        if not isinstance(node, ScalarNode):
            self.fail(node, f"{name!r} must be compared with a single {kind}")
            return _BAD
        value = self.scalar(node)
        ok = {
            "bool": isinstance(value, bool),
            "number": isinstance(value, int | float) and not isinstance(value, bool),
            "string": isinstance(value, str),
        }[kind]
        if not ok:
            self.fail(node, f"{name!r} is a {kind} signal; {value!r} is not a {kind}")
            return _BAD
        return value

    # -- actions

    def actions(self, node: Node) -> list[ActionSpec]:
        if not isinstance(node, SequenceNode) or not node.value:
            self.fail(node, "'then' must be a non-empty list of actions")
            return []
        out: list[ActionSpec] = []
        for item in node.value:
            if isinstance(item, ScalarNode):
                name, params_node = str(item.value), None
            elif isinstance(item, MappingNode) and len(item.value) == 1:
                name, params_node = str(item.value[0][0].value), item.value[0][1]
            else:
                self.fail(item, "an action is a name, or a mapping {name: {param: value}}")
                continue
            spec = ACTIONS.get(name)
            if spec is None:
                self.fail(item, f"unknown action {name!r}; known: {', '.join(ACTIONS)}")
                continue
            params: dict[str, Any] = {}
            refused: set[str] = set()
            if params_node is not None and not (isinstance(params_node, ScalarNode)
                                                and params_node.value in ("", "null", "~")):
                if not isinstance(params_node, MappingNode):
                    self.fail(params_node, f"parameters of {name!r} must be a mapping")
                    continue
                for key, key_node, value in self.pairs(params_node):
                    pspec = spec.get(key)
                    if pspec is None:
                        known = ", ".join(spec) or "none"
                        self.fail(key_node, f"{name!r} has no parameter {key!r} "
                                            f"(parameters: {known})")
                        continue
                    raw = self.scalar(value) if isinstance(value, ScalarNode) else _BAD
                    if raw is _BAD or not isinstance(raw, pspec.type) or isinstance(raw, bool):
                        self.fail(value, f"{name}.{key} must be a "
                                         f"{getattr(pspec.type, '__name__', 'value')}")
                        refused.add(key)
                        continue
                    if pspec.choices and raw not in pspec.choices:
                        self.fail(value, f"{name}.{key} must be one of "
                                         f"{', '.join(pspec.choices)}, not {raw!r}")
                        refused.add(key)
                        continue
                    params[key] = raw
            missing = [k for k, p in spec.items()
                       if p.required and k not in params and k not in refused]
            if missing:
                self.fail(item, f"{name!r} needs {', '.join(missing)}")
            if missing or refused:
                continue
            out.append(ActionSpec(name, params))
        return out


_BAD = object()


def parse_rules(source: str, catalog: Mapping[str, SignalSpec]) -> RuleSet:
    """Parse and check a rule file; raise :class:`RuleSetError` listing every problem."""
    try:
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise RuleSetError([RuleProblem(line, f"not valid YAML: {exc.problem or exc}")])
    except yaml.YAMLError as exc:
        raise RuleSetError([RuleProblem(1, f"not valid YAML: {exc}")])
    checker = _Checker(catalog)
    ruleset = checker.ruleset(root)
    if checker.problems:
        raise RuleSetError(checker.problems)
    return ruleset
