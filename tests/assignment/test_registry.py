"""Each check is one module: its record, its codes and its words agree with one another and
with the rubric, so nothing outside the module needs to name them."""

from __future__ import annotations

import pytest

from grader.assignment import checks
from grader.assignment.checks import common, shapes
from grader.assignment.rubric import load_rubric
from grader.worker.inspection import FACTS

MODULES = (checks.architecture, checks.parameters, checks.layers, checks.n_classes,
           checks.optimizer, checks.training_loop, checks.accuracy)


def test_the_registry_is_the_modules_in_the_rubrics_order():
    assert checks.CHECKS == tuple(module.CHECK for module in MODULES)
    assert checks.IDS == tuple(module.ID for module in MODULES)
    assert [rule.id for rule in load_rubric().checks] == list(checks.IDS)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.ID)
def test_a_check_module_words_exactly_its_own_causes(module):
    check = module.CHECK
    assert (check.id, check.fact, check.decide) == (module.ID, module.FACT, module.decide)
    assert check.fact is None or check.fact in FACTS
    assert check.fallback is None or check.fallback in FACTS
    assert set(check.messages) == set(module.Cause)


def test_the_shared_causes_are_worded_where_they_are_defined():
    assert set(common.MESSAGES) == set(common.Blocked)
    assert set(shapes.MESSAGES) == set(shapes.Cause)


def test_a_code_worded_twice_is_refused():
    with pytest.raises(ValueError, match="worded twice"):
        checks._words(common.MESSAGES, {common.Blocked.RAISED: lambda c: "again"})
