"""Code similarity across a class: which submissions share more code than the starter explains.

It flags pairs for a TA to look at and decides nothing: no score or grade sheet changes. A
file is read as Python reads it (grader/worker/source.py: a file the grader refuses is not
compared) and compared by what its code means: fingerprints of its syntax tree
(grader/fingerprint.py), in which names, literals, docstrings, comments, layout and the order
of functions and of independent statements do not count. Fingerprints of the starter (the file
students fill in) are discarded first. A pair's score is the share of the smaller file's
fingerprints found in the other; `python bench/disguise.py` (and bench/bench.py --only
similarity) measures the threshold against disguised copies and independently written
solutions, and tests/reports/test_similarity.py checks it."""

from __future__ import annotations

import csv
import io
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from grader import kit
from grader.errors import GraderError
from grader.files import write_whole
from grader.fingerprint import Fingerprints, fingerprints
from grader.reports import html
from grader.submissions import Submission
from grader.worker import source

THRESHOLD = 0.5       # independent solutions score at most 0.32, disguised copies at least 0.74
MIN_SHARED = 40       # fingerprints: below, a pair shares three or four lines at most
K = 12                # tokens in a k-gram: shorter runs of the same code are not fingerprinted
PAGES = "similarity"  # OUT/similarity/FIRST__SECOND.html
COLUMNS = ("first", "second", "score", "covers_first", "covers_second", "page")


@dataclass(frozen=True)
class SimilarPair:
    """Two submissions (or one and an earlier class's file) that share code. `covers_*`: the
    fraction of each file's lines of code that lie in passages found in the other; `page`:
    the side-by-side page, relative to OUT."""
    first: str
    second: str
    score: float
    covers_first: float
    covers_second: float
    page: str


@dataclass(frozen=True)
class _Match:
    pair: SimilarPair
    codes: tuple[str, str]
    passages: tuple[list[tuple[int, int]], list[tuple[int, int]]]   # (start, end) in each file


@dataclass(frozen=True)
class _File:
    """A file as the matching sees it: its text and its fingerprints, the starter's left out."""
    code: str
    prints: Fingerprints
    hashes: frozenset[int]


def batch_files(batch) -> list[tuple[str, Path]]:
    """The files a Batch graded (its OUT/sources/KEY.py), by submission name."""
    found = [(name, batch.out / "sources" / f"{Submission(name, None).key}.py")
             for name in sorted(batch.graded)]
    return [(name, path) for name, path in found if _readable(path)]


def earlier_files(folder: Path) -> list[tuple[str, Path]]:
    """An earlier class's files: a folder of .py files, or an earlier OUT (its sources/)."""
    if not folder.is_dir():
        raise GraderError(f"{folder}: not a folder of earlier submissions")
    root = folder.resolve()
    label = root.parent.name if root.name == "sources" else root.name
    if (folder / "sources").is_dir():
        folder = folder / "sources"
    found = [(f"{label}/{path.name}", path) for path in sorted(folder.glob("*.py"))
             if _readable(path)]
    if not found:
        raise GraderError(f"{folder}: no .py files to compare against")
    return found


def _readable(path: Path) -> bool:
    """A regular file, not a link to somewhere else."""
    return path.is_file() and not path.is_symlink()


def find(files: list[tuple[str, Path]], earlier: list[tuple[str, Path]] = (),
         starter: Path = kit.STARTER, threshold: float = THRESHOLD,
         min_shared: int = MIN_SHARED) -> list[SimilarPair]:
    """The pairs that reach `threshold` and share `min_shared` fingerprints, among `files` and
    between `files` and `earlier` (not within `earlier`), highest score first."""
    return [match.pair for match in _matches(files, earlier, starter, threshold, min_shared)]


def write(out: Path, files: list[tuple[str, Path]], earlier: list[tuple[str, Path]] = (),
          starter: Path = kit.STARTER, threshold: float = THRESHOLD) -> list[SimilarPair]:
    """Find the pairs, write OUT/similarity.csv and a side-by-side page per pair (replacing
    the pages of an earlier run), and return the pairs."""
    matches = _matches(files, earlier, starter, threshold, MIN_SHARED)
    folder = out / PAGES
    folder.mkdir(exist_ok=True)
    for stale in folder.glob("*.html"):
        stale.unlink()
    for match in matches:
        write_whole(out / match.pair.page, html.similarity_page(
            match.pair, *(_segments(code, spans)
                          for code, spans in zip(match.codes, match.passages))))
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\n")
    writer.writerow(COLUMNS)
    for match in matches:
        pair = match.pair
        writer.writerow([pair.first, pair.second, f"{pair.score:.3f}",
                         f"{pair.covers_first:.3f}", f"{pair.covers_second:.3f}", pair.page])
    write_whole(out / "similarity.csv", table.getvalue())
    return [match.pair for match in matches]


def _read(path: Path, starter: frozenset[int] = frozenset()) -> _File | None:
    """The file's text as Python reads it and its fingerprints; None for a file the grader
    refuses (not UTF-8 Python) or that does not parse."""
    try:
        code = source.decode(path.read_bytes())
    except (OSError, source.SourceRefused):
        return None
    prints = fingerprints(code, K)
    return None if prints is None else _File(code, prints, prints.hashes - starter)


def _matches(files, earlier, starter: Path, threshold: float, min_shared: int) -> list[_Match]:
    common = _read(starter)
    read = {name: _read(path, common.hashes if common else frozenset())
            for name, path in [*files, *earlier]}
    prints = {name: found for name, found in read.items() if found is not None}
    current = [name for name, _ in files if name in prints]
    candidates = [*itertools.combinations(current, 2),
                  *itertools.product(current, [name for name, _ in earlier if name in prints])]
    matches, pages = [], set()
    for first, second in candidates:
        one, two = prints[first].hashes, prints[second].hashes
        shared = len(one & two)
        smaller = min(len(one), len(two))
        if shared >= max(min_shared, 1) and shared >= threshold * smaller:
            matches.append(_match(first, second, prints[first], prints[second],
                                  shared / smaller, pages))
    return sorted(matches, key=lambda match: (-match.pair.score, match.pair.first,
                                              match.pair.second))


def _match(first: str, second: str, one: _File, two: _File, score: float,
           pages: set[str]) -> _Match:
    """Where the two files overlap: the lines of their shared fingerprints."""
    shared = one.hashes & two.hashes
    page = f"{_key(first)}__{_key(second)}"
    while page in pages:
        page += "_"
    pages.add(page)
    return _Match(SimilarPair(first, second, round(score, 4),
                              round(one.prints.covered(shared), 4),
                              round(two.prints.covered(shared), 4), f"{PAGES}/{page}.html"),
                  (one.code, two.code),
                  (_spans(one.code, one.prints.lines(shared)),
                   _spans(two.code, two.prints.lines(shared))))


def _spans(code: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Line ranges as (start, end) offsets in `code`, whole lines, counted as Python counts
    them (a form feed or a line separator in a string ends no line)."""
    starts = [0, *(match.end() for match in re.finditer(r"\r\n|\r|\n", code)), len(code)]
    return [(starts[first - 1], starts[min(last, len(starts) - 1)]) for first, last in lines
            if first - 1 < len(starts)]


def _key(name: str) -> str:
    return re.sub(r"[^\w.-]", "_", name.removesuffix(".py"))


def _segments(code: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The file as (text, shared) pieces in order, for the page to mark."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        start, end = max(start, at), min(end, len(code))
        if start >= end:
            continue
        pieces += [(code[at:start], False), (code[start:end], True)]
        at = end
    return [piece for piece in [*pieces, (code[at:], False)] if piece[0]]
