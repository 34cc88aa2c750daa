"""`lenet5 grade`: discovery of submissions, resumability, and agreement with `lenet5 check`."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
import zipfile

import pytest
from helpers import REDTEAM, SOLUTION, STARTER, SUBMISSIONS

from grader.commands import grade
from grader.reports import gradesheet


def test_discovers_flat_files_and_student_folders(tmp_path):
    flat = tmp_path / "flat"
    flat.mkdir()
    shutil.copy(STARTER, flat / "alice.py")
    shutil.copy(SOLUTION, flat / "bob.py")
    assert [s.name for s in grade.discover(flat, tmp_path / "x")] == ["alice.py", "bob.py"]

    folders = tmp_path / "folders"
    (folders / "alice").mkdir(parents=True)
    (folders / "bob" / "src").mkdir(parents=True)
    (folders / "carol").mkdir()
    (folders / "dave").mkdir()
    shutil.copy(STARTER, folders / "alice" / "lenet.py")
    shutil.copy(SOLUTION, folders / "bob" / "src" / "my_lenet.py")
    (folders / "dave" / "a.py").write_text("")
    (folders / "dave" / "b.py").write_text("")
    found = {s.name: s for s in grade.discover(folders, tmp_path / "x")}
    assert found["alice/lenet.py"].path.name == "lenet.py"
    assert found["bob/src/my_lenet.py"].problem is None
    assert found["carol"].path is None and "no .py" in found["carol"].problem
    assert "several .py files" in found["dave"].problem


def test_discovers_a_gradescope_export_with_its_submitters(tmp_path):
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as bundle:
        bundle.writestr("assignment_1_export/submission_11/lenet.py", STARTER.read_text())
        bundle.writestr("assignment_1_export/submission_12/lenet.py", SOLUTION.read_text())
        bundle.writestr("assignment_1_export/submission_metadata.yml",
                        "submission_11:\n  :submitters:\n  - :name: Alice A\n"
                        "submission_12:\n  :submitters:\n  - :name: Bob B\n")
    found = grade.discover(export, tmp_path / "unpacked")
    assert [(s.name, s.submitters) for s in found] == [
        ("submission_11/lenet.py", ["Alice A"]), ("submission_12/lenet.py", ["Bob B"])]


def test_refuses_an_export_that_escapes_its_folder(tmp_path):
    export = tmp_path / "evil.zip"
    with zipfile.ZipFile(export, "w") as bundle:
        bundle.writestr("../outside.py", "print('hi')")
    with pytest.raises(grade.GraderError, match="refusing"):
        grade.discover(export, tmp_path / "unpacked")
    assert not (tmp_path / "outside.py").exists()


def _grade_command(source, out, *extra):
    return [sys.executable, "-m", "grader", "grade", str(source), "-o", str(out), "-q", *extra]


@pytest.mark.slow   # grades a class of five twice
def test_killed_batch_resumes_without_losing_or_regrading(tmp_path, mnist_root, test_rubric):
    source = tmp_path / "in"
    source.mkdir()
    names = ["a_starter.py", "b_syntax.py", "c_crash.py", "d_missing.py", "e_starter.py"]
    for name, origin in zip(names, [STARTER, SUBMISSIONS / "syntax_error.py",
                                    SUBMISSIONS / "import_crash.py",
                                    SUBMISSIONS / "missing_names.py", STARTER]):
        shutil.copy(origin, source / name)
    out = tmp_path / "out"
    common = ("--data-dir", str(mnist_root), "--rubric", str(test_rubric))
    first = subprocess.Popen(_grade_command(source, out, *common), start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 2:
        time.sleep(0.2)
    first.send_signal(signal.SIGKILL)
    first.wait()
    done_before = {path.name: path.stat().st_mtime_ns for path in (out / "results").glob("*.json")}
    assert 2 <= len(done_before) < len(names), "kill it halfway"
    sheet = gradesheet.read(out / "final_grades.csv")  # whole, though killed
    assert set(sheet) >= {"points-per-question"}

    second = subprocess.run(_grade_command(source, out, *common), capture_output=True, text=True,
                            check=False)
    assert second.returncode == 0, second.stderr
    after = {path.name: path.stat().st_mtime_ns for path in (out / "results").glob("*.json")}
    assert set(after) == {name.removesuffix(".py") + ".json" for name in names}
    assert all(after[name] == stamp for name, stamp in done_before.items()), "graded twice"
    sheet = gradesheet.read(out / "final_grades.csv")
    assert sorted(sheet) == sorted(names + ["points-per-question"])
    assert all(sheet[name]["grading_status"] == "Completed" for name in names)
    assert sheet["b_syntax.py"]["total_points_earned"] == "0"
    assert sheet["d_missing.py"]["total_points_earned"] == "5"  # the four model checks pass
    assert len(list((out / "feedback").glob("*.md"))) == len(names)


@pytest.mark.slow
def test_batch_scores_equal_check_scores_file_by_file(tmp_path, mnist_root, grader):
    """The same files through `lenet5 grade -j 2` and through the single-file grader."""
    chosen = [SOLUTION, REDTEAM / "otter_patch.py", SUBMISSIONS / "relu.py"]
    source = tmp_path / "class"
    for path in chosen:
        student = source / f"{path.parent.name}_{path.stem}"
        student.mkdir(parents=True)
        shutil.copy(path, student / "lenet.py")
    out = tmp_path / "out"
    done = subprocess.run(_grade_command(source, out, "-j", "2", "--data-dir", str(mnist_root)),
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    sheet = gradesheet.read(out / "final_grades.csv")
    for path in chosen:
        name = f"{path.parent.name}_{path.stem}/lenet.py"
        expected = grader.grade(path)
        row = sheet[name]
        assert float(row["total_points_earned"]) == expected.score, name
        for check in expected.checks:
            assert float(row[check.id]) == check.score, (name, check.id)
        stored = json.loads((out / "results" / f"{path.parent.name}_{path.stem}_lenet.json")
                            .read_text())
        assert stored["score"] == expected.score


def test_an_unconfined_class_is_refused_unless_asked(tmp_path, mnist_root, test_rubric,
                                                     monkeypatch, capsys):
    """Where workers would run as the grader's own user (tier `plain` without a uid of its
    own), a worker could change the kit or read the TA's files: `lenet5 grade` refuses in one
    line that says how to fix it, and grades with --allow-unconfined."""
    from grader import cli
    from grader.isolation import tiers

    monkeypatch.setattr(tiers, "choose", lambda *args, **kwargs: tiers.Confinement(
        "plain", drop_root=False))
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(STARTER, source / "alice.py")
    args = ["grade", str(source), "-o", str(tmp_path / "out"), "-q", "--data-dir",
            str(mnist_root), "--rubric", str(test_rubric)]
    assert cli.main(args) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert error.startswith("lenet5 grade: error: refusing to grade a class without confinement")
    assert "apt-get install bubblewrap" in error and "--allow-unconfined" in error
    assert not (tmp_path / "out" / "final_grades.csv").exists()

    assert cli.main([*args, "--allow-unconfined"]) == 0
    sheet = gradesheet.read(tmp_path / "out" / "final_grades.csv")
    assert sheet["alice.py"]["grading_status"] == "Completed"


@pytest.mark.slow   # grades a class of eight four times
def test_shards_split_a_class_the_same_way_everywhere_and_merge_into_one_sheet(
        tmp_path, mnist_root, test_rubric):
    """Two shards graded apart, then merged, give exactly the sheet of one run over the whole
    class; each submission lands in one shard, decided by its name alone."""
    from grader.submissions import Submission, shard_of

    names = [f"student{index:02d}.py" for index in range(8)]
    split = [shard_of([Submission(name, None) for name in names], (k, 2)) for k in (1, 2)]
    assert sorted(item.name for part in split for item in part) == names
    assert all(split), "a two-way split of eight names left a shard empty"
    for name in names:  # a submission's shard depends on its name alone, not on the others
        alone = [bool(shard_of([Submission(name, None)], (k, 2))) for k in (1, 2)]
        assert alone == [name in {item.name for item in part} for part in split]

    source = tmp_path / "class"
    source.mkdir()
    for index, name in enumerate(names):
        origin = [STARTER, SUBMISSIONS / "syntax_error.py", SUBMISSIONS / "missing_names.py",
                  SUBMISSIONS / "import_crash.py"][index % 4]
        shutil.copy(origin, source / name)
    common = ("--data-dir", str(mnist_root), "--rubric", str(test_rubric))
    whole = subprocess.run(_grade_command(source, tmp_path / "whole", *common),
                           capture_output=True, text=True, check=False)
    assert whole.returncode == 0, whole.stderr
    for k in (1, 2):
        done = subprocess.run(_grade_command(source, tmp_path / f"shard{k}", "--shard", f"{k}/2",
                                             *common), capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
    merged = subprocess.run([sys.executable, "-m", "grader", "merge", str(tmp_path / "shard1"),
                             str(tmp_path / "shard2"), "-o", str(tmp_path / "merged"),
                             "--rubric", str(test_rubric)], capture_output=True, text=True,
                            check=False)
    assert merged.returncode == 0, merged.stderr
    assert (tmp_path / "merged" / "final_grades.csv").read_text() == \
        (tmp_path / "whole" / "final_grades.csv").read_text()
    assert "href=\"feedback/student00.html\"" in (tmp_path / "merged" / "report.html").read_text()
    assert (tmp_path / "merged" / "sources" / "student01.py").read_bytes() == \
        (source / "student01.py").read_bytes(), "the class tools need every graded file merged"
    stamps = {path: path.stat().st_mtime_ns
              for path in (tmp_path / "shard1").glob("results/*.json")}
    (tmp_path / "shard1" / "results" / next(iter(stamps)).name).unlink()   # one went missing
    resumed = subprocess.run(_grade_command(source, tmp_path / "shard1", "--shard", "1/2",
                                            *common), capture_output=True, text=True, check=False)
    assert resumed.returncode == 0 and f"{len(split[0])} submissions graded" in resumed.stdout
    again = {path: path.stat().st_mtime_ns
             for path in (tmp_path / "shard1").glob("results/*.json")}
    assert set(again) == set(stamps)
    assert sum(again[path] != stamps[path] for path in stamps) == 1, "regraded more than missing"


def test_a_result_whose_files_cannot_be_written_is_recorded_as_a_failure(tmp_path, monkeypatch):
    """One result that no file takes ends as that submission's failure, not the batch's."""
    from grader.assignment.results import SubmissionResult
    from grader.assignment.rubric import load_rubric
    from grader.batch import Batch
    from grader.commands import grade
    from grader.submissions import Submission

    def unwritable(outcome):
        raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")

    monkeypatch.setattr("grader.batch.text.to_markdown", unwritable)
    batch = Batch(tmp_path, load_rubric())
    source = tmp_path / "alice.py"
    source.write_text("x = 1\n")
    grade._record(batch, Submission("alice.py", source),
                  SubmissionResult("alice.py", "cpu", None, []), 1)
    recorded = batch.graded["alice.py"]
    assert not recorded.graded and "could not be written" in recorded.error
    assert gradesheet.read(tmp_path / "final_grades.csv")["alice.py"]["grading_status"]
