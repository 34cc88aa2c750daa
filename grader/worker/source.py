"""The one reading of a submission's bytes: Python's own (PEP 263, the UTF-8 byte order
mark), narrowed to UTF-8.

Python honours a coding declaration on the first two lines: a file declared `utf-7` reads as
one text to Python and as another to anything that decodes it as UTF-8, so a scan or a
comparison made on the second would not see the code the first runs. The grader therefore
accepts only files whose declared or implied encoding is UTF-8, and every step that reads a
submission (the screening, the similarity report, the copy a batch keeps, the worker's
import) reads it through `decode`. Standard library only: both sides of the process boundary
import it.
"""

from __future__ import annotations

import codecs
import io
import tokenize

UTF8 = ("utf-8", "utf-8-sig")   # codec names; the second is UTF-8 after a byte order mark


class SourceRefused(ValueError):
    """The bytes are not UTF-8 Python source; the message names the line."""


def decode(raw: bytes) -> str:
    """The text Python runs for `raw`, or SourceRefused: a declared encoding other than
    UTF-8, or bytes that are not UTF-8."""
    try:
        encoding, lines = tokenize.detect_encoding(io.BytesIO(raw).readline)
    except SyntaxError as error:
        if "invalid or missing encoding declaration" not in str(error.msg):
            raise SourceRefused(f"line {_declaration_line(raw)}: {error.msg} (PEP 263)") \
                from None
        encoding, lines = "utf-8", []   # bytes that are not UTF-8: _strict names where
    if codecs.lookup(encoding).name not in UTF8:
        raise SourceRefused(f"line {len(lines)}: declares the encoding {encoding!r}; only "
                            "UTF-8 is accepted, so that the grader's checks read the text "
                            "Python runs: save the file as UTF-8 without that line")
    return _strict(raw.removeprefix(codecs.BOM_UTF8))


def _strict(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _line_of(raw, error.start)
        raise SourceRefused(f"line {line}: byte {raw[error.start]:#04x} is not UTF-8 "
                            f"({error.reason})") from None


def _line_of(raw: bytes, offset: int) -> int:
    """The line holding byte `offset`, counting line ends as Python does (\\n, \\r\\n, \\r)."""
    return raw[:offset].replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


def _declaration_line(raw: bytes) -> int:
    """The line (1 or 2) of a coding declaration Python could not use."""
    first = raw.removeprefix(codecs.BOM_UTF8).splitlines()[:1]
    return 1 if first and b"coding" in first[0] else 2
