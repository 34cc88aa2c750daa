"""The `lenet5` command: one verb per user, each a thin shell over a library function.

Every user error becomes one clean line on stderr and exit status 2; tracebacks are for bugs.
"""

from __future__ import annotations

import argparse
import sys

from grader import kit
from grader.errors import GraderError

DEVICES = ("auto", "cpu", "cuda")
SBATCH = ("partition", "account", "qos")   # a cluster's own options, passed on to sbatch


def _data(args) -> int:
    from grader import data

    print(data.ensure_mnist(args.data_dir))
    return 0


def _train(args) -> int:
    from grader.commands import train

    train.main(submission=args.file, data_dir=args.data_dir, device=args.device,
               epochs=args.epochs, batch_size=args.batch_size, out=args.out,
               eval_every=args.eval_every)
    return 0


def _check(args) -> int:
    from pathlib import Path

    from grader.commands import check

    if not Path(args.file).is_file():
        raise GraderError(f"{args.file}: no such file" if not Path(args.file).exists()
                          else f"{args.file}: not a file")
    stored = check.recorded(args.replay) if args.replay else None
    seed = stored.provenance.seed if stored else args.seed
    result = check.main(submission=args.file, data_dir=args.data_dir, device=args.device,
                        quick=args.quick, rubric=args.rubric, progress=not args.json, seed=seed)
    from grader.reports import text

    if args.html:
        from grader.reports import html

        Path(args.html).write_text(html.student_page(result))
    print(text.to_json(result) if args.json else text.to_terminal(result), end="")
    if args.html and not args.json:
        print(f"HTML report: {args.html}")
    if stored:
        changed = check.differences(stored, result)
        print(f"replay of {args.replay} with seed {seed}: " + (
            "the same file, environment, score and checks" if not changed
            else "differs: " + "; ".join(changed)), file=sys.stderr)
    return check.exit_status(result)


def _grade(args) -> int:
    from grader.commands import grade
    from grader.submissions import parse_shard

    cluster = [f"--{name}={getattr(args, name)}" for name in SBATCH if getattr(args, name)]
    if args.slurm:
        return _slurm(args, cluster)
    if cluster or args.tasks:
        raise GraderError("--tasks, --partition, --account and --qos are for --slurm")
    shard = parse_shard(args.shard) if args.shard else None
    batch = grade.main(source=args.source, out=args.out, jobs=args.jobs, timeout=args.timeout,
                       device=args.device, data_dir=args.data_dir, rubric=args.rubric,
                       progress=not args.quiet, allow_unconfined=args.allow_unconfined,
                       shard=shard, against=args.against)
    print(_summary(batch, args.out))
    return 0 if all(outcome.grading_status == "Completed"
                    for outcome in batch.graded.values()) else 1


def _slurm(args, cluster: list[str]) -> int:
    """Submit the class as a Slurm array job and its merge; exit 1 where nothing was
    submitted (no sbatch here: the scripts are written all the same)."""
    from pathlib import Path

    from grader.commands import slurm

    if args.shard:
        raise GraderError("--slurm splits the class itself: leave out --shard")

    def path(option: str, value: str | None) -> list[str]:
        return [option, str(Path(value).resolve())] if value else []

    grade = [*path("--data-dir", args.data_dir), *path("--rubric", args.rubric),
             *(["--device", args.device] if args.device != "auto" else []),
             *(["--timeout", str(args.timeout)] if args.timeout else []),
             *(["--allow-unconfined"] if args.allow_unconfined else [])]
    plan = slurm.plan(source=args.source, out=args.out, jobs=args.jobs, tasks=args.tasks,
                      device=args.device, rubric=args.rubric, data_dir=args.data_dir,
                      timeout=args.timeout, sbatch=cluster, grade=grade,
                      merge=[*path("--rubric", args.rubric), *path("--against", args.against)])
    done = slurm.submit(plan)
    print(slurm.describe(done), file=sys.stdout if done.array else sys.stderr)
    return 0 if done.array else 1


def _summary(batch, out: str) -> str:
    """The last line a TA reads: where the sheet is, and what needs their attention."""
    graded = batch.graded
    errors = sum(1 for outcome in graded.values() if not outcome.graded)
    busy = sum(1 for outcome in graded.values() if outcome.graded and outcome.load_affected)
    flagged = sum(1 for outcome in graded.values() if outcome.flags)
    return (f"{len(graded)} submissions graded: {out}/final_grades.csv, "
            f"class report {out}/report.html"
            + (f"; {errors} could not be graded (see grading_status)" if errors else "")
            + (f"; {busy} not graded fairly, the machine was too busy: run the same command "
               "again" if busy else "")
            + (f"; {flagged} flagged for review (see the class report)" if flagged else "")
            + (f"; {len(batch.similar)} similar pair{'s' * (len(batch.similar) != 1)} (see the "
               "class report and similarity.csv)" if batch.similar else ""))


def _merge(args) -> int:
    from grader.commands import merge

    merged = merge.main(shards=args.shards, out=args.out, rubric=args.rubric,
                        against=args.against)
    print(_summary(merged, args.out))
    return 0


def _export(args) -> int:
    from grader.commands import export

    path, done = export.main(grades=args.grades, to=args.to, roster=args.roster, out=args.out,
                             assignment=args.assignment, points=args.points,
                             rubric=args.rubric)
    print(f"{done.students} grades written: {path}"
          + (f"; {len(done.listed)} left out, listed above and in "
             f"{export.report_path(path)}" if done.listed else ""))
    return 1 if done.listed else 0
def _rescore(args) -> int:
    from grader.commands import rescore

    rescored = rescore.main(grades=args.grades, out=args.out, rubric=args.rubric)
    print(f"{len(rescored.graded)} results rescored without running any code: "
          f"{args.out}/final_grades.csv, class report {args.out}/report.html")
    return 0


def _calibrate(args) -> int:
    from grader.commands import calibrate
    from grader.grading.calibration import cache_dir

    budget = calibrate.main(data_dir=args.data_dir, device=args.device, rubric=args.rubric)
    print(f"time budget of the timed run here: {budget:.1f} CPU-seconds "
          f"(cached in {cache_dir() / 'calibration.json'})")
    return 0


def _build(args) -> int:
    from grader.commands import build

    build.main(data_dir=args.data_dir, device=args.device, dist=args.dist)
    return 0


def _parser() -> argparse.ArgumentParser:
    """Every verb in the kit's checkout; the student package has only data, check and train
    (it has no class to grade and no solution to build from)."""
    parser = argparse.ArgumentParser(
        prog="lenet5", description="The LeNet-5 on MNIST assignment kit: data, grading, "
        "batch grading, building the autograder, and training by hand." if kit.CHECKOUT else
        "The LeNet-5 on MNIST checker: check your lenet.py the way the course grades it, "
        "train it by hand, and get MNIST.")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    def verb(name, handler, help_text):
        sub = verbs.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", metavar="DIR",
                         help="folder holding MNIST/raw (default: $LENET5_DATA, else the user cache)")
        sub.set_defaults(handler=handler)
        return sub

    verb("data", _data, "Make MNIST available and verified; print the folder that holds it.")

    check = verb("check", _check, "Grade one lenet.py and print the report. Exit status: 0 when "
                 "every check that ran passed, 1 when one failed, 2 when it could not grade "
                 "(or not fairly: a machine too busy).")
    check.add_argument("file", help="the lenet.py to grade")
    check.add_argument("--quick", action="store_true",
                       help="skip the timed training run (its check is reported as skipped)")
    check.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    check.add_argument("--device", choices=DEVICES, default="auto",
                       help="where the timed run trains: auto is CUDA when present (default)")
    check.add_argument("--rubric", metavar="TOML", help="another rubric file (default: the kit's)")
    repeat = check.add_mutually_exclusive_group()
    repeat.add_argument("--seed", type=int, metavar="N",
                        help="the grading's seed (its probe and the timed run's starting "
                        "weights), as a result's provenance records it (default: OS entropy)")
    repeat.add_argument("--replay", metavar="RESULT",
                        help="grade with the seed recorded in RESULT (results/KEY.json of "
                        "lenet5 grade, or the output of --json) and report on stderr what "
                        "differs from it: the file, the environment, the score, each check")
    check.add_argument("--html", metavar="FILE",
                       help="also write the report as a self-contained HTML page, with the "
                       "learning curve of the timed run")

    _train_verb(verb)
    if kit.CHECKOUT:
        _instructor_verbs(verb)
    return parser


def _train_verb(verb) -> None:
    train = verb("train", _train, "Train a lenet.py by hand with a progress bar, save the loss "
                 "and test-accuracy plots, and print the final test accuracy.")
    train.add_argument("file", help="the lenet.py to train")
    train.add_argument("--device", choices=DEVICES, default="auto")
    train.add_argument("--epochs", type=int, help="override the file's EPOCHS")
    train.add_argument("--batch-size", type=int, help="override the file's BATCH_SIZE")
    train.add_argument("--eval-every", type=int, default=100, metavar="STEPS",
                       help="measure test accuracy every STEPS batches (default: 100)")
    train.add_argument("--out", metavar="DIR", help="where the plots go (default: runs/<file stem>)")


def _instructor_verbs(verb) -> None:
    grade = verb("grade", _grade, "Grade every submission in a folder (flat .py files, a folder "
                 "per student, or a Gradescope export zip) into OUT: a result JSON and a feedback "
                 "file per submission and final_grades.csv in otter's layout. Resumable: run it "
                 "again to grade only what is missing or changed.")
    grade.add_argument("source", metavar="DIR", help="folder or zip of submissions")
    grade.add_argument("-o", "--out", required=True, metavar="OUT", help="output folder")
    grade.add_argument("-j", "--jobs", type=int,
                       help="submissions graded at once (default: one per usable CPU, as far as "
                       "memory allows; each trains on one thread); with --slurm, per task "
                       "and its CPUs (default: 4)")
    grade.add_argument("--shard", metavar="K/N",
                       help="grade only the Kth of N parts of the class (the same split on "
                       "every machine); join the parts with lenet5 merge")
    grade.add_argument("--timeout", type=float, metavar="SECONDS",
                       help="wall-clock limit per submission (default: the sum of stage limits)")
    grade.add_argument("--device", choices=DEVICES, default="auto")
    grade.add_argument("--rubric", metavar="TOML", help="another rubric file (default: the kit's)")
    grade.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    grade.add_argument("--allow-unconfined", action="store_true",
                       help="grade even where workers would run as this user, unconfined "
                       "(by default refused: install bubblewrap or use containers)")
    _against(grade)
    _slurm_options(grade)

    merge = verb("merge", _merge, "Join the output folders of lenet5 grade --shard runs into "
                 "one: every result and feedback file, one grade sheet, one class report. "
                 "Shards whose run did not finish, or that are missing, are named, and nothing "
                 "is merged until they are done.")
    merge.add_argument("shards", nargs="+", metavar="OUT", help="output folders of the shards")
    merge.add_argument("-o", "--out", required=True, metavar="MERGED", help="the joined folder")
    merge.add_argument("--rubric", metavar="TOML", help="another rubric file (default: the kit's)")
    _against(merge)

    _export_verb(verb)
    rescore = verb("rescore", _rescore, "Score a graded class again under another rubric, from "
                   "the facts its results stored, without running any student code: every "
                   "check, score, feedback file, grade sheet and class report, as a fresh "
                   "grading would give. Only for changes to points, visibility, titles, the "
                   "accuracy threshold and the fresh model's ceiling; a rubric that changes "
                   "the budget, limits or hyperparameter bounds is refused (grade again).")
    rescore.add_argument("grades", metavar="GRADES", help="output folder of lenet5 grade")
    rescore.add_argument("-o", "--out", required=True, metavar="OUT",
                         help="output folder (may be GRADES itself)")
    rescore.add_argument("--rubric", metavar="TOML", help="the new rubric (default: the kit's)")

    calibrate = verb("calibrate", _calibrate, "Measure this machine's time budget for the timed "
                     "run now (the reference solution's CPU seconds over part of an epoch, "
                     "extrapolated to its epochs) and cache it; run it before grading, while "
                     "the machine is quiet.")
    calibrate.add_argument("--device", choices=DEVICES, default="auto")
    calibrate.add_argument("--rubric", metavar="TOML", help="another rubric file (default: the kit's)")

    build = verb("build", _build, "Regenerate every artifact and verify it: the reference "
                 "results (solution/reference.json), dist/autograder.zip for otter and Gradescope, "
                 "and dist/student/; then grade the solution and the starter through otter run.")
    build.add_argument("--device", choices=DEVICES, default="cpu",
                       help="device of the reference run (default: cpu)")
    build.add_argument("--dist", metavar="DIR", help="output folder (default: dist/ in the kit)")


def _slurm_options(grade) -> None:
    slurm = grade.add_argument_group(
        "Slurm", "--slurm submits the class as an array job, one task per shard into "
        "OUT/shards/, and a job that merges them into OUT once every task has ended; it "
        "prints the job ids and how to follow them. Without sbatch it writes the scripts "
        "(OUT/slurm/) and says so. Submitting again grades only what is missing.")
    slurm.add_argument("--slurm", action="store_true",
                       help="grade on a Slurm cluster instead of this machine")
    slurm.add_argument("--tasks", type=int, metavar="N",
                       help="array tasks, one shard each (default: the shards already in OUT, "
                       "else one per 8 rounds of -j gradings)")
    for name in SBATCH:
        slurm.add_argument(f"--{name}", metavar=name.upper(), help=f"sbatch's --{name}")


def _against(sub) -> None:
    sub.add_argument("--against", metavar="DIR",
                     help="also compare the class's code with an earlier class's files (a "
                     "folder of .py files, or an earlier OUT): the class report lists pairs "
                     "with more shared code than the starter explains, for review only")


def _export_verb(verb) -> None:
    from grader.commands.export import ROSTER_HELP, SYSTEMS

    export = verb("export", _export, "Write the grades of a lenet5 grade folder as a CSV file "
                  "that Canvas or Moodle imports, one row per roster student. Left out and "
                  "listed (on stderr and in FILE's -report.txt beside it): roster students with no "
                  "submission, gradings that did not complete (never exported as 0), and "
                  "submissions on no roster line. Exit status 1 when anything was listed.")
    export.add_argument("grades", metavar="GRADES", help="output folder of lenet5 grade")
    export.add_argument("--to", required=True, choices=SYSTEMS, help="the LMS's import layout")
    export.add_argument("--roster", required=True, metavar="ROSTER.csv", help=ROSTER_HELP)
    export.add_argument("-o", "--out", metavar="FILE",
                        help="the import file (default: GRADES/<system>_import.csv)")
    export.add_argument("--assignment", default="LeNet-5", metavar="COLUMN",
                        help="the assignment's column; for Canvas as its export names it, e.g. "
                        "'LeNet-5 (12345)' (a name alone creates a new assignment); for Moodle "
                        "the name you map to the grade item (default: LeNet-5)")
    export.add_argument("--points", type=float, metavar="POINTS",
                        help="the assignment's points in the LMS: scores are scaled from the "
                        "rubric's maximum to POINTS (default: the rubric's maximum)")
    export.add_argument("--rubric", metavar="TOML", help="another rubric file (default: the kit's)")


def main(argv: list[str] | None = None) -> int:
    problem = kit.installation_problem()
    if problem:
        print(f"lenet5: error: {problem}", file=sys.stderr)
        return 2
    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except GraderError as error:
        print(f"lenet5 {args.verb}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"lenet5 {args.verb}: interrupted", file=sys.stderr)
        return 130
