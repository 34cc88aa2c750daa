"""Benchmarks of the kit on the machine it runs on; the last line printed is one JSON object.

    python bench/bench.py [--device cpu|cuda] [--runs 3] [--copies 6] [--only NAME ... | --all]

Every figure is the median of --runs runs measured after one warm-up run that is not counted
(the first run of anything pays for cold caches and, for a check, the one-time calibration).
Ratios are taken within the same run, from pairs measured back to back, and then their median,
because these machines are shared and noisy. `seconds` says how long each figure took. The
figures (--only picks some; without it, all but load and sandboxes, which --all adds):

- epoch: one epoch of the reference solution on the grader's loader against the lecture's loop
  (torchvision's MNIST with ToTensor and Normalize, a shuffling DataLoader), both in one fresh
  process with the workers' settings (one thread, their malloc settings), same model, optimizer
  and seed;
- time_to_95: in the same kind of process, training seconds of the reference until the test
  accuracy first exceeds 95% (measured every 25 steps; measuring time left out);
- check_full, check_quick: `lenet5 check solution/lenet.py --json` as a user runs it, through
  the CLI's `main` in bench/breakdown.py: wall seconds, CPU seconds (the grading process's,
  plus its workers' as the grader meters them), peak resident memory summed over the process
  tree, the size of the printed result, and the check part by part (the CLI's start, the
  tier probe, the integrity watch, the worker session's start with its torch import, each
  stage, the grader's own evaluation, writing the result, ...). The full check also against
  the calibrated training it grades (the reference's CPU seconds: `lenet5 calibrate`, with a
  cache of its own, just before each check, whose provenance then holds it) and against its
  own timed training's CPU seconds; the quick check against `python -c "import torch"`, timed
  in turns with it;
- verification: what the differential test adds to a grading: drawing the probe, the two
  facts the inspect worker gathers for it (the models' outputs with the grader's weights, two
  optimizer steps) and the grading process's own LeNet-5 and Adam replay, in this process;
- evaluation: the grading process's own evaluation of one epoch's weights on the 10,000 test
  images (grading/evaluation.py), in CPU-seconds of this process (one BLAS thread, as the
  grader runs it) and wall seconds;
- load: the full check of the solution alone, then beside four CPU-bound processes per usable
  CPU (each in a session of its own, as other people's programs are): the timed run's wall and
  CPU seconds, and how much longer each took under load;
- batch: `lenet5 grade` (its default number of jobs) over --copies copies of the solution
  against the same copies graded one by one with `otter run` on a zip built from this
  checkout (`lenet5 build --dist` into a scratch folder), in submissions per minute;
- sandboxes: the quick and the full check under each sandbox tier that works here
  (LENET5_SANDBOX), and the ratio of each to the plain tier;
- similarity: the class report's similar code (grader/similarity.py), measured by
  bench/disguise.py: per kind of disguise, how many copies of the independent solutions in
  tests/similarity/corpus, of the reference and of the correct examples it pairs with their
  original; the false pairs between different authors and their highest score; UTF-7 copies
  refused; and the seconds to compare a class of 300 files mixed and disguised from them
  (pages and similarity.csv included), wall and CPU seconds (one thread).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

KIT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT))

from grader import data
from grader.errors import GraderError
from grader.grading.calibration import usable_cpus
from grader.isolation import tiers
from grader.isolation.session import WORKER_SETTINGS
from grader.worker.protocol import PIXEL_MEAN, PIXEL_STD

SOLUTION = KIT / "solution" / "lenet.py"
FIGURES = ("epoch", "time_to_95", "check_full", "check_quick", "verification", "evaluation",
           "load", "batch", "sandboxes", "similarity", "replay")
# What `bench.py` measures without --only: the kit's own cost and what it is compared with
# (about 10 minutes on 2 cores). The load and the sandbox tiers take as long again (each runs a
# dozen full checks, the loaded ones five times slower): `--only load sandboxes`, or `--all`.
DEFAULT_FIGURES = tuple(name for name in FIGURES if name not in ("load", "sandboxes"))
HOGS_PER_CPU = 4


def _median(values):
    values = [value for value in values if value is not None]
    return round(statistics.median(values), 3) if values else None


def lenet5(*args: str, python: str = sys.executable) -> list[str]:
    return [python, "-m", "grader", *args]


def measure_command(command: list[str], env: dict | None = None) -> dict:
    """Wall seconds, CPU seconds of the whole tree, peak summed resident memory, and stdout.
    The output goes to a file, read once the command has ended: a pipe read only then would
    fill (64 KiB) and stop a command that prints more, and the bench with it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.DEVNULL,
                                   env=env, cwd=KIT)
        watched, peak = psutil.Process(process.pid), 0
        while process.poll() is None:
            try:
                members = [watched, *watched.children(recursive=True)]
                peak = max(peak, sum(member.memory_info().rss for member in members))
            except psutil.Error:
                pass
            time.sleep(0.05)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        output.seek(0)
        printed = output.read()
    return {"wall_s": wall, "peak_rss_mib": peak / 2**20, "stdout": printed,
            "returncode": process.returncode,
            "cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)}


def _repeat(runs: int, measure) -> list:
    """One warm-up call, not counted, then `runs` counted ones."""
    measure()
    return [measure() for _ in range(runs)]


# --- training speed, in a process set up like a worker ----------------------------------------

def epoch_figures(device: str, runs: int) -> dict:
    """Run this file as a worker-like child (`--child`) and collect what it measured."""
    env = {**os.environ, **WORKER_SETTINGS}
    done = subprocess.run([sys.executable, __file__, "--child", "--device", device, "--runs",
                           str(runs)], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def child(device: str, runs: int) -> dict:
    """In the worker-like child: the kit's loader against the lecture's loop, and time to 95%."""
    import torch

    from grader.worker import runtime

    runtime.configure_torch(1)
    module = runtime.load_submission(SOLUTION, "reference")
    root = data.ensure_mnist()
    train = [runtime.as_tensor(array) for array in data.load_split(root, train=True)]
    test = [runtime.as_tensor(array) for array in data.load_split(root, train=False)]

    def sync():
        if device == "cuda":
            torch.cuda.synchronize()

    def epoch(lecture: bool, batches: int | None = None) -> float:
        runtime.seed_everything(0)
        model = module.LeNet5(10).to(device)
        optimizer = module.make_optimizer(model)
        loss_fn = torch.nn.CrossEntropyLoss()
        if lecture:
            from torchvision import datasets, transforms

            dataset = datasets.MNIST(str(root), train=True, transform=transforms.Compose(
                [transforms.ToTensor(), transforms.Normalize((PIXEL_MEAN,), (PIXEL_STD,))]))
            loader = torch.utils.data.DataLoader(dataset, batch_size=64, shuffle=True)
        else:
            loader = runtime.TensorBatches(train[0].to(device), train[1].to(device), 64)
        started = time.perf_counter()
        model.train()
        for index, (images, labels) in enumerate(loader):
            if batches is not None and index == batches:
                break
            images, labels = images.to(device), labels.to(device)
            optimizer.zero_grad()
            loss_fn(model(images), labels).backward()
            optimizer.step()
        sync()
        return time.perf_counter() - started

    epoch(False, 100), epoch(True, 100)   # the warm-up of both loops
    kit, lecture = [], []
    for _ in range(runs):
        kit.append(epoch(False))
        lecture.append(epoch(True))
    reached = [_time_to_95(module, runtime, train, test, device, sync) for _ in range(runs)]
    return {"threads": torch.get_num_threads(), "torch": torch.__version__,
            "kit_s": _median(kit), "lecture_s": _median(lecture),
            "lecture_vs_kit": _median([b / a for a, b in zip(kit, lecture)]),
            "time_to_95_s": _median(reached)}


def _time_to_95(module, runtime, train, test, device, sync) -> float | None:
    runtime.seed_everything(0)
    model = module.LeNet5(10).to(device)
    optimizer = module.make_optimizer(model)
    state = {"steps": 0, "training": 0.0, "since": None, "reached": None}

    def on_batch():
        if state["since"] is not None:
            sync()
            state["training"] += time.perf_counter() - state["since"]
        if state["steps"] and state["steps"] % 25 == 0 and state["reached"] is None:
            accuracy = (runtime.predict(model, test[0], device) == test[1]).float().mean()
            if accuracy.item() > 0.95:
                state["reached"] = state["training"]
        state["steps"] += 1
        state["since"] = time.perf_counter()

    loader = runtime.TensorBatches(train[0].to(device), train[1].to(device), 64,
                                   on_batch=on_batch)
    module.train_one_epoch(model, loader, optimizer, runtime.RecordingLoss(), device)
    return state["reached"]


# --- the commands as users run them -----------------------------------------------------------

def check_figures(device: str, runs: int, quick: bool) -> dict:
    """The check as a user runs it (through the CLI's `main`, in bench/breakdown.py, which
    times each part of it), and what it is compared with, timed in turns with it: the full
    check with the calibrated training it grades (`lenet5 calibrate` run just before each
    check, with a cache of its own, so that the check's budget and provenance hold that
    figure; the speed of a shared machine drifts within minutes), the quick check with one
    `import torch`."""
    command = [sys.executable, str(KIT / "bench" / "breakdown.py"), "--device", device,
               *(["--quick"] if quick else [])]

    def measure() -> dict:
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "LENET5_CACHE": cache}
            if not quick and measure_command(lenet5("calibrate", "--device", device),
                                             env)["returncode"] != 0:
                raise GraderError("lenet5 calibrate failed")
            sample = measure_command(command, {**env, "LENET5_BENCH_LAUNCHED": str(time.time())})
        sample.update(json.loads(sample["stdout"]))
        # The workers' CPU seconds as the grader metered them (the result's `usage`): a
        # worker session's stages are reaped inside their own PID namespace or by the
        # session, so the rusage of the command's children holds the grading process alone.
        sample["cpu_s"] += sum(stage["cpu_s"] for stage in sample["workers"].values())
        if quick:
            sample["torch_s"] = measure_command([sys.executable, "-c", "import torch"])["wall_s"]
        return sample

    samples = _repeat(runs, measure)
    figures = {key: _median([sample[key] for sample in samples])
               for key in ("wall_s", "cpu_s", "peak_rss_mib")}
    figures["result_kib"] = _median([sample["result_bytes"] / 1024 for sample in samples])
    if quick:
        figures["import_torch_s"] = _median([sample["torch_s"] for sample in samples])
        figures["over_import_s"] = _median([sample["wall_s"] - sample["torch_s"]
                                            for sample in samples])
    else:
        figures["training_s"] = _median([sample["reference_s"] for sample in samples])
        figures["vs_training"] = _median([sample["wall_s"] / sample["reference_s"]
                                          for sample in samples])
        figures["cpu_vs_training"] = _median([sample["cpu_s"] / sample["reference_s"]
                                              for sample in samples])
        # The same check against its own timed training's CPU seconds (the solution's one
        # epoch, which the calibration extrapolates from a part of one).
        figures["own_training_s"] = _median([sample["workers"]["train"]["cpu_s"]
                                             for sample in samples])
        figures["vs_own_training"] = _median([sample["wall_s"] / sample["workers"]["train"]
                                              ["cpu_s"] for sample in samples])
    return {**figures, "breakdown": _breakdown(samples)}


def _breakdown(samples: list[dict]) -> dict:
    """The median of each part of the check (bench/breakdown.py), in the order met."""
    def median_of(group: str, name: str, key: str):
        return _median([sample[group].get(name, {}).get(key) for sample in samples])

    return {"interpreter_start": {"wall_s": _median([sample["interpreter_start_s"]
                                                     for sample in samples])},
            **{name: {key: median_of("parts", name, key) for key in ("wall_s", "cpu_s")}
               for name in samples[0]["parts"]},
            **{f"worker: {stage}": {key: median_of("workers", stage, key)
                                    for key in ("wall_s", "cpu_s", "startup_cpu_s")}
               for stage in samples[0]["workers"]}}


def _print_breakdown(name: str, parts: dict) -> None:
    print(f"{name}, part by part (median wall and CPU seconds of the grading process; a "
          "worker's: as the grader metered it):")
    for part, seconds in parts.items():
        cpu = seconds.get("cpu_s")
        print(f"  {part:<58} {seconds['wall_s'] or 0:7.3f} s"
              + (f" {cpu:7.3f} CPU-s" if cpu is not None else ""))


def _timed_run(device: str) -> dict:
    """The full check's timed run: its wall and CPU seconds, from the result's stage usage."""
    sample = measure_command(lenet5("check", str(SOLUTION), "--device", device, "--json"))
    result = json.loads(sample["stdout"])
    train = result["usage"]["train"]
    return {"wall_s": train["wall_s"], "cpu_s": train["work_s"],
            "score": result["score"], "load_affected": result["load_affected"]}


def verification_figures(runs: int) -> dict:
    """Seconds of each part of the differential test, on the reference solution."""
    import tempfile

    import numpy as np
    import torch

    from grader.assignment.facts import Observation
    from grader.grading import verification
    from grader.worker import inspection, runtime

    runtime.configure_torch(1)
    module = runtime.load_submission(SOLUTION)
    train_images = data.Mnist.load(data.ensure_mnist()).train_images
    timings = {"draw_s": [], "worker_s": [], "grader_s": [], "no_match_search_s": []}
    with tempfile.TemporaryDirectory() as job:
        for index in range(runs + 1):
            started = time.perf_counter()
            probe = verification.draw(train_images)
            drawn = time.perf_counter()
            sample = inspection.Sample(
                None, None, "cpu", 0, Path(job), torch.from_numpy(probe.images),
                {key: {part: torch.from_numpy(array) for part, array in parts.items()}
                 for key, parts in probe.weights.items()})
            observed = {"function": Observation(inspection.FACTS["function"](module, sample))}
            worked = time.perf_counter()
            found = verification.verify(probe, observed)
            done = time.perf_counter()
            assert found.variant is not None, found
            verification.identify(probe.weights[(10, "lenet")], probe.images,
                                  np.zeros((len(probe.images), 10)))   # matches no variant
            searched = time.perf_counter()
            if index:   # the first round is the warm-up
                timings["draw_s"].append(drawn - started)
                timings["worker_s"].append(worked - drawn)
                timings["grader_s"].append(done - worked)
                timings["no_match_search_s"].append(searched - done)
    figures = {key: _median(values) for key, values in timings.items()}
    figures["total_s"] = round(sum(figures[key] for key in ("draw_s", "worker_s", "grader_s")), 3)
    return figures


def evaluation_figures(runs: int) -> dict:
    """CPU and wall seconds of the grader's own evaluation of one set of weights."""
    from grader.grading import evaluation, verification

    mnist = data.Mnist.load(data.ensure_mnist())
    images = evaluation.normalize(mnist.test_images)
    variant = {"activations": ("tanh",) * 4, "pools": ("avg", "avg"),
               "order": "activate, pool", "set": "lenet"}
    cpu, wall = [], []
    for index in range(runs + 1):
        weights = verification.draw_set(10, "lenet")
        started, started_cpu = time.perf_counter(), time.process_time()
        evaluation.accuracy(weights, images, mnist.test_labels, variant)
        if index:   # the first round is the warm-up
            cpu.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
    return {"images": len(mnist.test_labels), "cpu_s": _median(cpu), "wall_s": _median(wall)}


def load_figures(device: str, runs: int) -> dict:
    """The timed run alone and beside CPU hogs, pair by pair."""
    _timed_run(device)   # warm-up, calibration
    pairs = []
    for _ in range(runs):
        alone = _timed_run(device)
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                 start_new_session=True)
                for _ in range(HOGS_PER_CPU * usable_cpus())]
        try:
            loaded = _timed_run(device)
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()
        pairs.append((alone, loaded))
    return {"hogs": HOGS_PER_CPU * usable_cpus(),
            "alone_wall_s": _median([alone["wall_s"] for alone, _ in pairs]),
            "loaded_wall_s": _median([loaded["wall_s"] for _, loaded in pairs]),
            "wall_slowdown": _median([loaded["wall_s"] / alone["wall_s"] for alone, loaded in pairs]),
            "cpu_ratio": _median([loaded["cpu_s"] / alone["cpu_s"] for alone, loaded in pairs]),
            "same_score": all(alone["score"] == loaded["score"] for alone, loaded in pairs),
            "load_affected": any(loaded["load_affected"] for _, loaded in pairs)}


def batch_figures(device: str, copies: int) -> dict:
    """Submissions per minute: `lenet5 grade` against one-by-one `otter run` on the zip."""
    with tempfile.TemporaryDirectory(prefix="lenet5-bench-") as scratch:
        scratch = Path(scratch)
        source = scratch / "class"
        source.mkdir()
        for index in range(copies):
            shutil.copy(SOLUTION, source / f"student{index}.py")
        warm = scratch / "warm"   # the budget is calibrated once per machine, then cached
        warm.mkdir()
        shutil.copy(SOLUTION, warm / "student.py")
        _run(lenet5("grade", str(warm), "-o", str(scratch / "warm-out"), "-q",
                    "--device", device))
        grade = measure_command(lenet5("grade", str(source), "-o", str(scratch / "out"), "-q",
                                       "--device", device))
        figures = {"copies": copies, "grade_per_min": round(60 * copies / grade["wall_s"], 2)}
        if shutil.which("otter") is None and not _has_module("otter"):
            return {**figures, "otter_run_per_min": None}   # otter is not installed here
        # Built now, from this checkout: a zip left in dist/ may hold an older kit.
        _run(lenet5("build", "--dist", str(scratch / "dist")))
        archive = scratch / "dist" / "autograder.zip"
        started = time.perf_counter()
        for index in range(copies):
            _run([sys.executable, "-m", "otter", "run", "-a", str(archive), "-o", str(scratch),
                  "--no-logo", str(source / f"student{index}.py")], cwd=scratch)
        figures["otter_run_per_min"] = round(60 * copies / (time.perf_counter() - started), 2)
        figures["ratio"] = round(figures["grade_per_min"] / figures["otter_run_per_min"], 2)
    return figures


def _run(command: list[str], cwd: Path | None = None) -> None:
    """Run `command`; where it fails, stop the bench with the end of what it printed."""
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)
    if done.returncode != 0:
        raise GraderError(f"{' '.join(command)} exited with {done.returncode}:\n"
                          f"{(done.stdout + done.stderr)[-3000:]}")


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def sandbox_figures(device: str, runs: int) -> dict:
    """Check wall time under each sandbox tier that works here, and its ratio to the plain
    tier taken within the same run."""
    available = []
    for tier in tiers.TIERS:
        try:
            tiers.choose(device, tier=tier)
            available.append(tier)
        except GraderError:
            pass
    figures = {}
    for name, extra in (("quick", ["--quick"]), ("full", [])):
        command = lenet5("check", str(SOLUTION), "--device", device, "--json", *extra)
        measure_command(command)   # the warm-up: the calibration and caches, once for all
        walls = {tier: [] for tier in available}
        for _ in range(runs):
            for tier in available:
                walls[tier].append(measure_command(
                    command, env={**os.environ, "LENET5_SANDBOX": tier})["wall_s"])
        figures[name] = {tier: {"wall_s": _median(walls[tier]), "vs_plain": _median(
            [a / b for a, b in zip(walls[tier], walls["plain"])])} for tier in available}
    return figures


def similarity_figures(runs: int) -> dict:
    """bench/disguise.py's figures (the disguise benchmark of the similarity report)."""
    sys.path.insert(0, str(KIT / "bench"))
    import disguise

    return disguise.figures(runs)


def replay_figures(runs: int) -> dict:
    """bench/proof_figures.py's figures (the proof of training's errors and cost)."""
    sys.path.insert(0, str(KIT / "bench"))
    import proof_figures

    return proof_figures.figures(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--data-dir")
    parser.add_argument("--only", nargs="+", choices=FIGURES, default=DEFAULT_FIGURES,
                        help="measure only these figures (default: all but load and sandboxes)")
    parser.add_argument("--all", action="store_true", help="measure every figure")
    parser.add_argument("--sandboxes-only", action="store_true", help="same as --only sandboxes")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.data_dir:
        os.environ[data.ENV_VAR] = str(Path(args.data_dir).resolve())
    if args.child:
        print(json.dumps(child(args.device, args.runs)))
        return
    data.ensure_mnist()
    wanted = ["sandboxes"] if args.sandboxes_only else FIGURES if args.all else args.only
    figures: dict = {"device": args.device, "cpus": usable_cpus(), "seconds": {}}
    measures = {
        "epoch": lambda: epoch_figures(args.device, args.runs),
        "check_full": lambda: check_figures(args.device, args.runs, quick=False),
        "check_quick": lambda: check_figures(args.device, args.runs, quick=True),
        "verification": lambda: verification_figures(args.runs),
        "evaluation": lambda: evaluation_figures(args.runs),
        "load": lambda: load_figures(args.device, args.runs),
        "batch": lambda: batch_figures(args.device, args.copies),
        "sandboxes": lambda: sandbox_figures(args.device, args.runs),
        "similarity": lambda: similarity_figures(args.runs),
        "replay": lambda: replay_figures(args.runs),
    }
    for name, measure in measures.items():
        if name in wanted or name == "epoch" and "time_to_95" in wanted:
            started = time.perf_counter()
            figures[name] = measure()
            figures["seconds"][name] = round(time.perf_counter() - started, 1)
            if "breakdown" in figures[name]:
                _print_breakdown(name, figures[name]["breakdown"])
            print(f"{name}: {figures[name]}", flush=True)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
