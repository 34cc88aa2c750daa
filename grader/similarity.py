"""Code similarity across a class: which submissions share more code than the starter explains.

It flags pairs for a TA to look at and decides nothing: no score or grade sheet changes. The
fingerprints are copydetect's (MIT licence; numpy, pygments, jinja2, matplotlib, tqdm; no
network): winnowing as in MOSS, here over Python's own tokens (copydetect's pygments lexer
took five times as long) in which every name becomes V and every string S, docstrings,
comments and layout dropped. Renaming, rewording, reformatting and other hyperparameters thus
leave most fingerprints in place, and reordered functions all but those across their edges: a
fingerprint is a set member, not a position. Fingerprints of the starter (the file students
fill in) are discarded first. A pair's score is the share of the smaller file's fingerprints
found in the other; tests/reports/test_similarity.py and `python bench/bench.py --only
similarity` measure the threshold against disguised copies and independently written solutions."""

from __future__ import annotations

import bisect
import builtins
import csv
import io
import itertools
import keyword
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from copydetect import CodeFingerprint, compare_files

from grader import kit
from grader.errors import GraderError
from grader.files import write_whole
from grader.reports import html
from grader.submissions import Submission

THRESHOLD = 0.45      # independent solutions score at most 0.29, disguised copies at least 0.54
MIN_SHARED = 150      # fingerprints: below, a pair shares a few lines at most, however small
NOISE = 25            # copydetect's k: shorter runs of normalised code are not fingerprinted
WINDOW = 1            # copydetect's winnowing window over the k-gram hashes (1: keep all)
PAGES = "similarity"  # OUT/similarity/FIRST__SECOND.html
COLUMNS = ("first", "second", "score", "covers_first", "covers_second", "page")


@dataclass(frozen=True)
class SimilarPair:
    """Two submissions (or one and an earlier class's file) that share code. `covers_*`: the
    fraction of each file that lies in passages found in the other; `page`: the side-by-side
    page, relative to OUT."""
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


class _Normalised:
    """A file as the matching sees it: Python's own tokens, every name that is not a keyword,
    a builtin or `self` replaced by V, every string by S, docstrings, comments and layout
    dropped. Each token keeps where it starts in the normalised text and where it lies in the
    file, to map passages back."""

    def __init__(self, code: str):
        self.code = code
        # where each line starts, split as tokenize splits them (str.splitlines splits more)
        lines = [0, *itertools.accumulate(len(line) for line in io.StringIO(code))]
        text, self.starts, self.places = [], [], []
        at = 0
        for string, start, end in _tokens(code):
            text.append(string)
            self.starts.append(at)
            self.places.append((lines[start[0] - 1] + start[1], lines[end[0] - 1] + end[1]))
            at += len(string)
        self.text = "".join(text)

    def passages(self, slices) -> list[tuple[int, int]]:
        """copydetect's slices of the normalised text, as (start, end) in the file: from the
        start of the token where a slice starts to the end of the token where it ends."""
        return [(self.places[bisect.bisect_right(self.starts, start) - 1][0],
                 self.places[bisect.bisect_right(self.starts, end - 1) - 1][1])
                for start, end in zip(*slices) if end > start] if len(slices[0]) else []


def _kinds(*names: str) -> set[int]:
    """Token types by name, those this Python has (f-strings are tokens of their own since 3.12)."""
    return {getattr(tokenize, name) for name in names if hasattr(tokenize, name)}


KEPT = set(keyword.kwlist) | set(dir(builtins)) | {"self"}
STRINGS = _kinds("STRING", "FSTRING_START", "TSTRING_START")
SKIPPED = _kinds("COMMENT", "NL", "NEWLINE", "INDENT", "DEDENT", "ENCODING", "ENDMARKER",
                 "FSTRING_MIDDLE", "FSTRING_END", "TSTRING_MIDDLE", "TSTRING_END")
LINE_STARTS = {tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, None}


def _tokens(code: str):
    """(normalised string, start, end) of each token that counts; a file that does not
    tokenize to the end counts up to where it stops."""
    previous = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            kind, string = token.type, token.string
            if kind == tokenize.NAME and string not in KEPT:
                string = "V"
            elif kind in STRINGS:
                string = "" if previous in LINE_STARTS else "S"   # a docstring goes
            elif kind in SKIPPED:
                string = ""
            if kind not in (tokenize.NL, tokenize.COMMENT):
                previous = kind
            if string:
                yield string, token.start, token.end
    except (tokenize.TokenError, SyntaxError, ValueError):
        return


def _matches(files, earlier, starter: Path, threshold: float, min_shared: int) -> list[_Match]:
    def fingerprint(path: Path, boilerplate=()):
        normalised = _Normalised(path.read_text(errors="replace"))
        found = CodeFingerprint(path.name, NOISE, WINDOW, filter=False,
                                boilerplate=list(boilerplate), fp=io.StringIO(normalised.text))
        return normalised, found, frozenset(map(int, found.hashes))  # ints: fast to intersect

    common = fingerprint(starter)[1].hashes
    prints = {name: fingerprint(path, common) for name, path in [*files, *earlier]}
    candidates = [*itertools.combinations([name for name, _ in files], 2),
                  *itertools.product([name for name, _ in files], [name for name, _ in earlier])]
    matches, pages = [], set()
    for first, second in candidates:
        one, two = prints[first][2], prints[second][2]
        shared = len(one & two)
        smaller = min(len(one), len(two))
        if shared >= max(min_shared, 1) and shared >= threshold * smaller:
            matches.append(_match(first, second, prints[first], prints[second],
                                  shared / smaller, pages))
    return sorted(matches, key=lambda match: (-match.pair.score, match.pair.first,
                                              match.pair.second))


def _match(first: str, second: str, one, two, score: float, pages: set[str]) -> _Match:
    """Where the two files overlap: copydetect's passages, in each file's own text."""
    _, covers, slices = compare_files(one[1], two[1])
    page = f"{_key(first)}__{_key(second)}"
    while page in pages:
        page += "_"
    pages.add(page)
    return _Match(SimilarPair(first, second, round(score, 4), round(float(covers[0]), 4),
                              round(float(covers[1]), 4), f"{PAGES}/{page}.html"),
                  (one[0].code, two[0].code),
                  (one[0].passages(slices[0]), two[0].passages(slices[1])))


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
