"""The static screening of a submission: the gate that refuses what cannot be graded, and the
scan that flags, for a person, what a LeNet has no business with, embedded data above all.
Every kind of literal counts toward the data a file carries: strings, bytes, and numbers, alone
or in displays."""

from __future__ import annotations

import ast
import codecs
from functools import reduce

import pytest
from helpers import REDTEAM, SOLUTION, STARTER, SUBMISSIONS
from similarity.disguise import CORPUS

from grader import data
from grader.errors import SubmissionRejected
from grader.grading import screening
from grader.grading.screening import COMMENT_BYTES, LITERAL_BYTES, TOTAL_BYTES
from grader.worker import source

CARRY_DATA = {"label_table.py", "comment_weights.py", "swap_epoch_files.py",  # on purpose
              "forged_stream.py"}


def test_scan_flags_what_a_lenet_does_not_need():
    source = "\n".join([
        "import subprocess, torch", "from os import system", "import ctypes",
        "x = __import__('socket')", "import grader.worker", "from otter import api",
        "torch.Tensor.__eq__ = None", f"blob = '{'a' * 20000}'",
        "if __name__ == '__main__':", "    import socket"])
    flags = screening.scan(source)
    assert [flag.split(":")[0] for flag in flags] == [f"line {n}" for n in range(1, 9)]
    assert "subprocess" in flags[0] and "os.system" in flags[1] and "ctypes" in flags[2]
    assert "grader" in flags[4] and "otter" in flags[5] and "torch" in flags[6]
    assert flags[7] == "line 8: embeds 20,000 bytes of data in one literal"


def _display(unit: str, count: int, brackets: str = "[]") -> str:
    return brackets[0] + ", ".join([unit] * count) + brackets[1]


# Each kind of literal: its source for `count` units, and the bytes a unit carries.
KINDS = {
    "str": (lambda count: repr("a" * count), 1),
    "str of 4-byte characters": (lambda count: repr("\U0001f600" * count), 4),
    "bytes": (lambda count: repr(b"\xff" * count), 1),
    "hex int": (lambda count: hex(1 << 8 * count - 1), 1),
    "negative int": (lambda count: "-" + hex(1 << 8 * count - 1), 1),
    "list of ints": (lambda count: _display("7", count), 1),
    "tuple of negative numbers": (lambda count: _display("-1", count, "()"), 1),
    "set of numbers": (lambda count: _display("255", count, "{}"), 1),
    "list of floats": (lambda count: _display("0.5", count), 8),
    "list of lists of floats": (lambda count: _display("[0.5, -0.25]", count), 16),
    "complex numbers": (lambda count: _display("1+2j", count), 17),
    "dict of numbers": (lambda count: _display("1: -0.5", count, "{}"), 9),
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_literal_is_flagged_past_the_threshold_and_not_below_it(kind):
    make, unit = KINDS[kind]
    fits = LITERAL_BYTES // unit
    below, past = (f"import torch\nDATA = {make(count)}\n" for count in (fits, fits + 1))
    assert screening.literal_sizes(ast.parse(below)) == [(2, fits * unit)]
    assert screening.scan(below) == []
    assert screening.scan(past) == [
        f"line 2: embeds {(fits + 1) * unit:,} bytes of data in one literal"]


def test_literals_of_every_kind_add_up_past_their_threshold():
    """Strings and numbers in separate literals, none large alone, 4,000 bytes together."""
    parts = [repr("a" * 1500), hex(1 << 8 * 1500 - 1), _display("-0.5", 123), "2j"]
    below = f"DATA = pack({', '.join(parts)})\n"
    assert sum(size for _, size in screening.literal_sizes(ast.parse(below))) == TOTAL_BYTES
    assert screening.scan(below) == []
    assert screening.scan(below.replace("2j", "2j, 0.5")) == [
        ("line 1: its literals and comments hold 4,008 bytes together: data hiding in code "
        "(weights, labels)?")]


def test_scan_flags_many_short_literals_that_add_up_to_weights():
    """82 KB of int8 weights in base64, cut into a thousand strings of 82 characters, each
    decoded on its own: no literal is large, together they are."""
    chunks = ", ".join(f"decode('{'QUJD' * 20}AB')" for _ in range(1000))
    flags = screening.scan(f"import torch\nWEIGHTS = [{chunks}]\n")
    assert flags == [("line 2: its literals and comments hold 82,000 bytes together: data "
                      "hiding in code (weights, labels)?")]


def _packings(labels: list[int]) -> dict[str, str]:
    """MNIST's test labels as a student could paste them: the source of each packing (the
    numbers start with a 1 so that leading zeros survive)."""
    number = reduce(lambda value, label: value * 10 + label, labels, 1)
    nibbles = bytes(a << 4 | b for a, b in zip(labels[::2], labels[1::2]))
    pieces = [reduce(lambda value, label: value * 10 + label, labels[start:start + 2500], 1)
              for start in range(0, len(labels), 2500)]
    return {
        "digits": f"LABELS = {''.join(map(str, labels))!r}\n",
        "one int": f"LABELS = {hex(number)}\n",
        "nibbles": f"LABELS = {nibbles!r}\n",
        "list": f"LABELS = {labels!r}\n",
        "four ints": "".join(f"PART_{n} = {hex(piece)}\n" for n, piece in enumerate(pieces)),
    }


def test_mnist_test_labels_are_flagged_however_they_are_packed(mnist_root):
    """10,000 labels take at least 4,153 bytes: over one threshold or the other, whether in
    one literal or in several."""
    _, labels = data.load_split(mnist_root, train=False)
    for packing, text in _packings(labels.tolist()).items():
        flags = screening.scan(text)
        assert len(flags) == 1 and "bytes" in flags[0], packing


def test_nesting_deeper_than_the_recursion_limit_is_measured():
    """The parser takes a sum of 1,500 terms; a recursive measure would not."""
    assert screening.literal_sizes(ast.parse("x = " + "1+" * 1499 + "1")) == [(1, 1500)]


def test_gate_rejects_nesting_python_cannot_compile(tmp_path):
    """A sum of 50,000 terms fits the size limit; the parser gives up on it with a
    RecursionError, which used to end `lenet5 check` with a traceback."""
    path = tmp_path / "lenet.py"
    path.write_text("x = " + "1+" * 50_000 + "1\n")
    with pytest.raises(SubmissionRejected, match="lenet.py"):
        screening.gate(path, 200_000)


def test_scan_leaves_the_solution_and_the_starter_alone():
    assert screening.scan(SOLUTION.read_text()) == []
    assert screening.scan(STARTER.read_text()) == []


def test_the_label_table_attack_is_flagged():
    """tests/redteam/label_table.py carries the test labels as one hex int literal."""
    assert screening.scan((REDTEAM / "label_table.py").read_text()) == [
        "line 15: embeds 6,251 bytes of data in one literal"]


def test_the_kit_files_stay_under_half_of_each_threshold():
    """The files the thresholds were measured on (module docstring of screening.py), and
    those added since, but the red team's that carry data on purpose or that the gate refuses;
    one that comes near them calls for measuring again, not for students' docstrings and
    comments to be flagged."""
    for path in [STARTER, SOLUTION, *SUBMISSIONS.glob("*.py"), *REDTEAM.glob("*.py"),
                 *CORPUS.glob("*.py")]:
        if path.name in CARRY_DATA:
            continue
        try:
            text = source.decode(path.read_bytes())
            tree = ast.parse(text)
        except (SyntaxError, source.SourceRefused):
            continue
        literals = [size for _, size in screening.literal_sizes(tree)]
        comments = [size for _, size in screening.comment_sizes(text)]
        assert max(literals) * 2 < LITERAL_BYTES, path.name
        assert max(comments, default=0) * 2 < COMMENT_BYTES, path.name
        assert sum(literals + comments) * 2 < TOTAL_BYTES, path.name


def test_comments_are_measured_per_block_and_with_the_literals():
    """Weights in comments, read back from the file by the code: one block over its limit,
    many small blocks over the total, and the labels split between a literal and comments."""
    line = "# " + "QUJD" * 24 + "\n"   # 98 bytes a comment: 96 of base64, and "# "
    block = "import torch\n" + line * 21   # 2,058 bytes in one block
    assert screening.comment_sizes(block) == [(2, 21 * 98)]
    assert screening.scan(block) == [
        ("line 2: holds 2,058 bytes in one block of comments: data hiding in comments "
        "(weights, labels)?")]
    assert screening.scan("import torch\n" + line * 20) == []
    spread = "import torch\n" + "x = 1\n".join([line * 10] * 5)   # five blocks of 980
    assert [size for _, size in screening.comment_sizes(spread)] == [980] * 5
    assert screening.scan(spread) == [
        ("line 2: its literals and comments hold 4,904 bytes together: data hiding in code "
        "(weights, labels)?")]
    labels = f"LABELS = {'7' * 1900!r}\n" + line * 12 + "x = 1\n" + line * 12
    assert screening.scan(labels) == [   # 1,900 + 2 x 1,176 + 1 bytes
        ("line 1: its literals and comments hold 4,253 bytes together: data hiding in code "
        "(weights, labels)?")]


def test_the_main_block_is_measured_for_data():
    """Grading never runs the `__main__` block, but the code can read the file it lies in."""
    hidden = f"import torch\nif __name__ == '__main__':\n    DATA = {'z' * 2001!r}\n"
    assert screening.scan(hidden) == ["line 3: embeds 2,001 bytes of data in one literal"]


def _gate(tmp_path, raw: bytes) -> str:
    path = tmp_path / "lenet.py"
    path.write_bytes(raw)
    return screening.gate(path, 200_000)


def test_a_declared_encoding_other_than_utf8_is_refused_naming_its_line(tmp_path):
    """UTF-7 and Latin-1 declarations: Python would honour them, so a UTF-8 reader would
    screen another text than Python runs."""
    utf7 = "# -*- coding: utf-7 -*-\nimport torch\nx = 'caf\u00e9'\n".encode("utf-7")
    with pytest.raises(SubmissionRejected, match=r"lenet.py .*line 1: declares the "
                                                 r"encoding 'utf-7'"):
        _gate(tmp_path, utf7)
    latin = "#!/usr/bin/env python\n# coding: latin-1\nx = 'caf\u00e9'\n".encode("latin-1")
    with pytest.raises(SubmissionRejected, match=r"line 2: declares the encoding 'iso-8859-1'"):
        _gate(tmp_path, latin)
    with pytest.raises(SubmissionRejected, match=r"line 1: unknown encoding"):
        _gate(tmp_path, b"# coding: no-such-codec\nx = 1\n")


def test_bytes_that_are_not_utf8_are_refused_naming_their_line(tmp_path):
    with pytest.raises(SubmissionRejected, match=r"line 3: byte 0xe9 is not UTF-8"):
        _gate(tmp_path, b"import torch\r\n\r\nx = 'caf\xe9'\n")


def test_utf8_with_a_byte_order_mark_or_declared_is_read_as_python_reads_it(tmp_path):
    text = "import torch\nx = 'caf\u00e9'\n"
    assert _gate(tmp_path, codecs.BOM_UTF8 + text.encode()) == text
    declared = "# -*- coding: utf8 -*-\n" + text
    assert _gate(tmp_path, declared.encode()) == declared
    with pytest.raises(SubmissionRejected, match="encoding problem"):   # as Python says
        _gate(tmp_path, codecs.BOM_UTF8 + b"# coding: latin-1\nx = 1\n")


def test_the_utf7_copy_is_refused_though_python_runs_a_whole_solution_from_it(tmp_path):
    """tests/redteam/utf7_copy.py, the attack this gate stops: read as UTF-8 it is the starter
    and a comment; Python's own reading (a compile of its bytes) redefines every name of the
    contract, imports ctypes and carries a 6,000-byte literal, all of which the scan would
    flag. Refused, the worker never imports it."""
    raw = (REDTEAM / "utf7_copy.py").read_bytes()
    as_python = ast.parse(raw)
    as_utf8 = ast.parse(raw.decode("utf-8").replace("coding: utf-7", "coding: none"))
    defined = [node.name for node in as_python.body if isinstance(node, ast.FunctionDef)]
    assert defined.count("train_one_epoch") == 2
    assert [node.name for node in as_utf8.body if isinstance(node, ast.FunctionDef)].count(
        "train_one_epoch") == 1
    assert any("ctypes" in flag for flag in screening.scan(ast.unparse(as_python)))
    with pytest.raises(SubmissionRejected, match="line 2: declares the encoding 'utf-7'"):
        screening.gate(REDTEAM / "utf7_copy.py", 200_000)
