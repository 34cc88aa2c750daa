"""Similar code in the class report: disguised copies are paired with their original (every
kind of tests/similarity/disguise.py), the independently written solutions under
tests/similarity/corpus are not, nor is the starter handed in twice; files are read as Python
reads them; similarity.csv, the side-by-side page (in headless Chromium) and the class
report's section, from a Batch and from lenet5 merge."""

from __future__ import annotations

import codecs
import csv
import re
from html import unescape as html_unescape
from pathlib import Path

import pytest
from helpers import STARTER, SUBMISSIONS, browse, run_cli
from markupsafe import escape
from similarity import disguise

from grader import similarity
from grader.assignment.results import CheckResult, SubmissionResult
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.commands import merge
from grader.errors import GraderError
from grader.submissions import Submission

EVIL = '<script>alert(1)</script>"&.py'


def _files(folder: Path, texts: dict[str, str]) -> list[tuple[str, Path]]:
    folder.mkdir(exist_ok=True)
    for index, (name, text) in enumerate(texts.items()):
        (folder / f"{index}.py").write_text(text)
    return [(name, folder / f"{index}.py") for index, name in enumerate(texts)]


def _family(name: str) -> str:
    return name.split("--")[0]


def test_disguised_copies_are_paired_with_their_original_and_nothing_else(tmp_path):
    texts = {}
    for name, source in disguise.originals().items():
        texts[f"{name}--original"] = source
        texts.update({f"{name}--{kind}": text for kind, text in disguise.disguises(source).items()})
    pairs = similarity.find(_files(tmp_path, texts))
    found = {(pair.first, pair.second) for pair in pairs}
    originals = [name for name in texts if name.endswith("--original")]
    missed = [(original, copy) for original in originals for copy in texts
              if _family(copy) == _family(original) and copy != original
              and (original, copy) not in found and (copy, original) not in found]
    assert not missed, f"disguised copies not paired with their original: {missed}"
    assert all(_family(pair.first) == _family(pair.second) for pair in pairs), \
        "copies of different originals were paired"
    assert [pair.score for pair in pairs] == sorted((pair.score for pair in pairs), reverse=True)


def test_each_disguise_changes_the_code_and_keeps_it_python():
    """The pairing test above would pass for a disguise that did nothing."""
    for name, source in disguise.originals().items():
        for kind, text in disguise.disguises(source).items():
            assert text != source, (name, kind)
            compile(text, name, "exec")
        assert compile(disguise.utf7(source), name, "exec").co_names == compile(
            source, name, "exec").co_names, "Python reads the UTF-7 copy as the original"


@pytest.mark.parametrize("kind", disguise.DISGUISES)
def test_each_kind_of_disguise_is_paired_with_its_original(tmp_path, kind):
    """The reference solution and one independently written solution, each against its
    copy disguised this one way."""
    texts = {}
    for name in ("solution.py", "explicit_layers.py"):
        source = disguise.originals()[name]
        texts.update({name: source, f"{name}--{kind}": disguise.disguises(source)[kind]})
    pairs = {(pair.first, pair.second) for pair in similarity.find(_files(tmp_path, texts))}
    assert pairs == {(name, f"{name}--{kind}") for name in ("solution.py",
                                                           "explicit_layers.py")}


def test_independent_solutions_are_not_paired(tmp_path):
    files = _files(tmp_path, disguise.originals())
    assert len(files) >= 9
    assert similarity.find(files) == []
    highest = max(pair.score for pair in similarity.find(files, threshold=0, min_shared=0))
    assert highest < similarity.THRESHOLD


def test_what_the_starter_explains_is_not_paired(tmp_path):
    """Two students handing in the starter unfilled, or filled with the one line its comment
    dictates, share only what everyone was given."""
    starter = STARTER.read_text()
    line = "    return torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)\n"
    filled = re.sub(r"(def make_optimizer\(model\):\n)(.*?\n)(?=\n\n)", rf"\g<1>{line}", starter,
                    flags=re.DOTALL)
    assert line in filled and filled != starter
    files = _files(tmp_path, {"a.py": starter, "b.py": starter, "c.py": filled, "d.py": filled})
    assert similarity.find(files) == []


def test_csv_lists_every_pair_by_score(tmp_path):
    solution = disguise.originals()["solution.py"]
    copies = disguise.disguises(solution)
    files = _files(tmp_path / "in", {"alice.py": solution, EVIL: copies["all"],
                                     "carol.py": copies["rename"],
                                     "dave.py": disguise.originals()["closure_style.py"]})
    pairs = similarity.write(tmp_path, files)
    assert {frozenset((pair.first, pair.second)) for pair in pairs} == {
        frozenset(names) for names in (("alice.py", EVIL), ("alice.py", "carol.py"),
                                       (EVIL, "carol.py"))}
    with (tmp_path / "similarity.csv").open(newline="") as table:
        rows = list(csv.DictReader(table))
    assert list(rows[0]) == ["first", "second", "score", "covers_first", "covers_second", "page"]
    assert [(row["first"], row["second"]) for row in rows] == [
        (pair.first, pair.second) for pair in pairs]
    scores = [float(row["score"]) for row in rows]
    assert scores == sorted(scores, reverse=True) and scores[-1] >= similarity.THRESHOLD
    for row, pair in zip(rows, pairs):
        assert abs(float(row["covers_first"]) - pair.covers_first) < 1e-3
        assert 0.5 < pair.covers_first <= 1 and 0.5 < pair.covers_second <= 1
        assert (tmp_path / row["page"]).is_file()
    assert not list(tmp_path.glob(".*partial")) and not list(tmp_path.glob("similarity/.*"))


def test_pair_page_in_chromium_marks_the_shared_code_and_escapes_names(tmp_path):
    solution = disguise.originals()["solution.py"]
    copy = disguise.disguises(solution)["all"].replace(
        "import torch", f"import torch  # {EVIL}", 1)
    (pair,) = similarity.write(tmp_path, _files(tmp_path / "in", {EVIL: copy,
                                                                  "alice.py": solution}))
    page = (tmp_path / pair.page).read_text()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the page must load nothing"
    dom = browse(tmp_path / pair.page, tmp_path, "--dump-dom")
    assert "<script>" not in dom and "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    first, second = dom.split('id="first"')[1].split('id="second"')
    marked = [re.findall(r"<mark>(.*?)</mark>", side, re.DOTALL) for side in (first, second)]
    assert all(len(found) >= 2 for found in marked)
    assert "torch.optim.Adam" in "".join(marked[1]), "the solution's make_optimizer is shared"
    assert sum(map(len, marked[1])) > 0.5 * len(solution)


def _result(name: str, points: float) -> SubmissionResult:
    rubric = load_rubric()
    return SubmissionResult(name, "cpu", 30.0, [
        CheckResult(rule.id, rule.title, points * rule.points, rule.points, "passed", "")
        for rule in rubric.checks])


def _graded_batch(out: Path, files: dict[str, Path]) -> Batch:
    """A class folder as lenet5 grade leaves it, from stored results (nothing trains)."""
    batch = Batch(out, load_rubric())
    for name, path in files.items():
        batch.record(Submission(name, path), _result(name, 1.0))
    return batch


def test_class_report_lists_the_pairs_and_changes_no_score(tmp_path):
    solution = disguise.originals()["solution.py"]
    folder = tmp_path / "in"
    sources = dict(_files(folder, {"alice.py": solution,
                                   EVIL: disguise.disguises(solution)["all"],
                                   "carol.py": disguise.originals()["layer_table.py"]}))
    sources.update({"dave.py": SUBMISSIONS / "relu.py", "erin.py": SUBMISSIONS / "max_pool.py"})
    batch = _graded_batch(tmp_path / "out", sources)
    sheet = (batch.out / "final_grades.csv").read_text()
    report = batch.write_class_report(batch.write_similarity()).read_text()
    assert "<script>" not in report
    rows = re.findall(r'<tr class="review-similar">(.*?)</tr>', report, re.DOTALL)
    links = {re.search(r'<a href="(similarity/[^"]+)">compare</a>', row)[1]:
             tuple(re.findall(r'<a href="feedback/[^"]+">([^<]+)</a>', row)) for row in rows}
    assert sorted(links.values()) == [(escape(EVIL), "alice.py"), ("dave.py", "erin.py")]
    assert all((batch.out / href).is_file() for href in links)
    assert (batch.out / "final_grades.csv").read_text() == sheet
    assert all(outcome.score == outcome.max_score for outcome in batch.graded.values())


def test_against_an_earlier_class_pairs_current_with_earlier_only(tmp_path):
    solution = disguise.originals()["solution.py"]
    earlier = tmp_path / "2025"
    _graded_batch(earlier, dict(_files(tmp_path / "old", {"x.py": solution, "y.py": solution})))
    batch = _graded_batch(tmp_path / "out", dict(_files(tmp_path / "new", {
        "alice.py": disguise.disguises(solution)["reformat"],
        "bob.py": disguise.originals()["tensor_eval.py"]})))
    batch.write_class_report(batch.write_similarity(similarity.earlier_files(earlier)))
    with (batch.out / "similarity.csv").open(newline="") as table:
        rows = {(row["first"], row["second"]) for row in csv.DictReader(table)}
    assert rows == {("alice.py", "2025/x.py"), ("alice.py", "2025/y.py")}
    assert similarity.earlier_files(earlier / "sources") == similarity.earlier_files(earlier)


def test_merge_compares_across_shards(tmp_path):
    solution = disguise.originals()["solution.py"]
    one = _graded_batch(tmp_path / "one", dict(_files(tmp_path / "a", {"alice.py": solution})))
    two = _graded_batch(tmp_path / "two", dict(_files(tmp_path / "b", {
        "bob.py": disguise.disguises(solution)["rename"]})))
    done = run_cli("merge", str(one.out), str(two.out), "-o", str(tmp_path / "all"))
    assert done.returncode == 0, done.stderr
    assert "; 1 similar pair (see" in done.stdout.splitlines()[-1]   # the TA's last line says so
    assert "similarity/alice__bob.html" in (tmp_path / "all" / "report.html").read_text()
    with pytest.raises(GraderError, match="not a folder of earlier submissions"):
        merge.main(shards=[str(one.out)], out=str(tmp_path / "again"),
                   against=str(tmp_path / "missing"))


def test_against_a_missing_folder_is_one_line(tmp_path):
    done = run_cli("merge", str(tmp_path), "-o", str(tmp_path / "out"), "--against",
                   str(tmp_path / "missing"), timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "not a folder of earlier submissions" in done.stderr


def test_marks_fall_on_the_shared_code_whatever_the_line_breaks(tmp_path):
    """Passages are mapped back through tokenize's lines: a form feed or a line separator in
    a string (where str.splitlines would break) does not shift the marks."""
    solution = disguise.originals()["solution.py"]
    odd = solution.replace('"""LeNet-5 on MNIST', '"""\x0cLeNet-5\u2028on MNIST', 1)
    (pair,) = similarity.write(tmp_path, _files(tmp_path / "in", {"a.py": solution,
                                                                  "b.py": odd}))
    page = (tmp_path / pair.page).read_text()
    first, second = (re.findall(r"<mark>(.*?)</mark>", side, re.DOTALL)
                     for side in page.split('id="first"')[1].split('id="second"'))
    assert first == second, "the same code must be marked the same in both files"
    assert "def make_optimizer(model):\n" in html_unescape("".join(second))


def test_the_stored_copies_and_the_pairs_read_each_file_as_python_does(tmp_path):
    """sources/ keeps the text the grader read (a byte order mark dropped); a file the grader
    refuses (UTF-7) is kept as it came and compared with nothing, though Python would read a
    copy of the solution from it."""
    solution = disguise.originals()["solution.py"]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bom.py").write_bytes(codecs.BOM_UTF8 + disguise.disguises(solution)["rename"]
                                    .encode())
    (folder / "utf7.py").write_bytes(disguise.utf7(solution))
    (folder / "alice.py").write_text(solution)
    batch = _graded_batch(tmp_path / "out", {name: folder / name
                                             for name in ("alice.py", "bom.py", "utf7.py")})
    stored = {path.name: path.read_bytes() for path in (batch.out / "sources").iterdir()}
    assert stored["bom.py"] == (folder / "bom.py").read_bytes()[len(codecs.BOM_UTF8):]
    assert stored["utf7.py"] == (folder / "utf7.py").read_bytes()
    pairs = batch.write_similarity()
    assert [(pair.first, pair.second) for pair in pairs] == [("alice.py", "bom.py")]
