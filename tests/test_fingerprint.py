"""The syntax-tree fingerprints of the similarity report: what they ignore (the ways code is
typed) and what they keep (what it does)."""

from __future__ import annotations

import pytest
from helpers import SOLUTION

from grader.fingerprint import fingerprints

BASE = '''import torch


def train(model, loader, optimizer, loss_fn):
    """Train."""
    total = 0.0
    count = 0
    for images, labels in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(loader)


def evaluate(model, loader):
    right = 0
    for images, labels in loader:
        right += (model(images).argmax(1) == labels).sum().item()
    return right / len(loader.dataset)
'''

SAME = {
    "semicolons, commas, parentheses, quotes, comments, a coding line": '''# -*- coding: utf-8 -*-
import torch;
def train(model, loader, optimizer, loss_fn,):
    \'\'\'Another docstring.\'\'\'
    total = (0.0);   count = 0   # counting
    for (images, labels) in loader:
        optimizer.zero_grad();
        loss = loss_fn(
            model(images,),
            labels,
        )
        loss.backward(); optimizer.step()
        total += (loss.item())
    return (total / len(loader,))
def evaluate(model, loader,):
    right = 0
    for images, labels in loader: right += ((model(images).argmax(1,) == labels).sum().item())
    return right / len(loader.dataset)
''',
    "names and literals": BASE.replace("total", "acc").replace("images", "x").replace(
        "0.0", "0").replace("argmax(1)", "argmax(-1)").replace("def train(", "def fit("),
    "function order": BASE[BASE.index("def evaluate"):] + "\n\n" + BASE[:BASE.index(
        "def evaluate")],
    "independent statements swapped": BASE.replace("    total = 0.0\n    count = 0\n",
                                                   "    count = 0\n    total = 0.0\n"),
    "dead code": BASE.replace("    right = 0\n", "    right = 0\n    unused = 3 * 4\n    pass\n"
                              "    if False:\n        print('debug')\n"),
    "the loop as a comprehension": BASE.replace(
        "    for images, labels in loader:\n        right += (model(images).argmax(1) == "
        "labels).sum().item()\n",
        "    [(right := right + (model(images).argmax(1) == labels).sum().item()) for images,"
        " labels in loader]\n"),
}


@pytest.mark.parametrize("change", SAME)
def test_what_does_not_change_the_code_does_not_change_the_fingerprints(change):
    assert SAME[change] != BASE
    assert fingerprints(SAME[change], 12).hashes == fingerprints(BASE, 12).hashes


def test_what_the_code_does_changes_them():
    """Other operators, another statement kind, dependent statements in another order (a
    name written by one and read by the other: calls on different objects, such as
    `loss.backward()` and `optimizer.step()`, count as independent)."""
    base = fingerprints(BASE, 12).hashes
    for changed in (BASE.replace("total / len", "total * len"),
                    BASE.replace("return right / len(loader.dataset)",
                                 "yield right / len(loader.dataset)"),
                    BASE.replace("loss = loss_fn(model(images), labels)\n        loss.backward()",
                                 "loss.backward()\n        loss = loss_fn(model(images), labels)")):
        assert fingerprints(changed, 12).hashes != base


def test_lines_map_shared_fingerprints_back_to_the_source():
    prints = fingerprints(SOLUTION.read_text(), 12)
    lines = SOLUTION.read_text().splitlines()
    ranges = prints.lines(prints.hashes)
    assert prints.covered(prints.hashes) > 0.95   # a class line alone is shorter than k
    marked = {number for first, last in ranges for number in range(first, last + 1)}
    assert all(number in marked for number, text in enumerate(lines, 1)
               if text.strip().startswith(("def ", "return ", "for ")))
    assert 1 not in marked, "the module docstring holds no code"


def test_deep_nesting_is_measured_without_overflowing():
    """The parser takes a sum of 1,500 terms; a file holding one is still compared."""
    deep = BASE + "\n\ndef spare():\n    return " + "1 + " * 1500 + "1\n"
    assert fingerprints(deep, 12).hashes > fingerprints(BASE, 12).hashes
