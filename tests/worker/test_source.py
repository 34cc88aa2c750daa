"""The one reading of a submission: the worker imports the text the grader screened, and
refuses, as the gate does, what Python would read in another encoding."""

from __future__ import annotations

import codecs

import pytest
from helpers import REDTEAM

from grader.worker import source
from grader.worker.runtime import load_submission


def test_the_worker_imports_the_screened_text(tmp_path):
    path = tmp_path / "lenet.py"
    path.write_bytes(codecs.BOM_UTF8 + "WORD = 'caf\u00e9'\n".encode())
    module = load_submission(path, "bom_submission")
    assert module.WORD == "caf\u00e9" and module.__file__ == str(path)


def test_the_worker_refuses_another_encoding_as_the_gate_does(tmp_path):
    """Were the gate skipped (a stage given the file by another route), Python's import of
    tests/redteam/utf7_copy.py would run a whole copied solution."""
    path = tmp_path / "lenet.py"
    path.write_bytes((REDTEAM / "utf7_copy.py").read_bytes())
    with pytest.raises(ImportError, match="line 2: declares the encoding 'utf-7'"):
        load_submission(path, "utf7_submission")


def test_decode_names_the_line_of_a_bad_byte_whatever_the_line_ends():
    for ending in (b"\n", b"\r\n", b"\r"):
        raw = ending.join([b"x = 1", b"", b"y = 2", b"z = '\xff'", b""])
        with pytest.raises(source.SourceRefused, match="line 4: byte 0xff"):
            source.decode(raw)
