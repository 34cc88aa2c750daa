"""The seven checks, one module each, registered here: pure functions from facts to a finding.

A check's module holds all of it: its id, the contract names and the fact it reads, its
decision, its cause codes and their words. No check runs student code or touches a file, so
each is testable on hand-made facts. A new check is one module, registered in `CHECKS`, its
points in the rubric, and the fact it reads if it is a new one: its record in
worker/protocol.py, gathered by worker/inspection.py (FACTS).
"""

from __future__ import annotations

from grader.assignment.checks import (
    accuracy,
    architecture,
    common,
    layers,
    n_classes,
    optimizer,
    parameters,
    shapes,
    training_loop,
)
from grader.assignment.checks.common import Check, Finding, Words
from grader.assignment.facts import Facts

CHECKS: tuple[Check, ...] = tuple(module.CHECK for module in (
    architecture, parameters, layers, n_classes, optimizer, training_loop, accuracy))
BY_ID = {check.id: check for check in CHECKS}
IDS = tuple(check.id for check in CHECKS)


def _words(*tables: Words) -> Words:
    """Every cause's words, each said once: a code worded twice is a mistake."""
    merged: dict = {}
    for table in tables:
        twice = set(merged) & set(table)
        if twice:
            raise ValueError(f"cause codes worded twice: {sorted(twice)}")
        merged.update(table)
    return merged


MESSAGES = _words(common.MESSAGES, shapes.MESSAGES, *(check.messages for check in CHECKS))


def decide(check_id: str, facts: Facts) -> Finding:
    check = BY_ID[check_id]
    return common.blocked(check, facts) or check.decide(facts)


def can_train(facts: Facts) -> bool:
    """Whether the timed run can take place: the accuracy check is not blocked already."""
    return common.blocked(BY_ID[accuracy.ID], facts) is None
