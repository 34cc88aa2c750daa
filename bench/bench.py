"""Benchmarks of the kit on the machine it runs on; the last line printed is one JSON object.

    python bench/bench.py [--device cpu|cuda] [--runs 3] [--copies 4] [--sandboxes-only]

Figures are medians over --runs; ratios are taken within the same run (pairs measured back to
back) and then their median, because these machines are shared and noisy:

- sandboxes: `lenet5 check solution/lenet.py` (quick and full) under each sandbox tier that
  works here (LENET5_SANDBOX), and the ratio of each to the plain tier;
- epoch: one epoch of the reference solution on the grader's in-memory loader, against the
  lecture's loop (torchvision dataset with ToTensor and Normalize, a DataLoader, a per-batch
  view), same model, optimizer, seed and threads;
- time_to_95: training seconds of the reference until the test accuracy first exceeds 95%
  (measured every 25 steps; measuring time excluded);
- check_full / check_quick: `lenet5 check solution/lenet.py` as a user runs it: wall seconds,
  CPU seconds of the whole process tree, and peak resident memory summed over the tree;
- check_full_lean / check_quick_lean: the same with --lean-python, the interpreter of an
  environment with the CPU-only torch build (what the autograder zip installs);
- batch: `lenet5 grade` over --copies copies of the solution against the same copies graded one
  by one with `otter run` on the built zip, in submissions per minute (after one warm-up run,
  since the time budget is calibrated once per machine and then cached).
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
import torch

KIT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT))

from grader import confine, data  # noqa: E402
from grader.errors import GraderError  # noqa: E402
from grader.worker.runtime import (  # noqa: E402
    MEAN,
    STD,
    RecordingLoss,
    TensorBatches,
    as_tensor,
    configure_torch,
    load_submission,
    predict,
    seed_everything,
)

SOLUTION = KIT / "solution" / "lenet.py"


def _median(values):
    return round(statistics.median(values), 3) if values else None


def _sync(device):
    if device == "cuda":
        torch.cuda.synchronize()


def epoch_seconds(module, root, device, lecture: bool) -> float:
    """One epoch of the reference solution, on the kit's loader or on the lecture's."""
    seed_everything(0)
    model = module.LeNet5(10).to(device)
    optimizer = module.make_optimizer(model)
    loss_fn = torch.nn.CrossEntropyLoss()
    if lecture:
        from torchvision import datasets, transforms

        dataset = datasets.MNIST(str(root), train=True, transform=transforms.Compose(
            [transforms.ToTensor(), transforms.Normalize((MEAN,), (STD,))]))
        loader = torch.utils.data.DataLoader(dataset, batch_size=64, shuffle=True)
        started = time.perf_counter()
        model.train()
        for images, labels in loader:
            images, labels = images.view(-1, 1, 28, 28).to(device), labels.to(device)
            optimizer.zero_grad()
            loss_fn(model(images), labels).backward()
            optimizer.step()
    else:
        images, labels = map(as_tensor, data.load_split(root, train=True))
        loader = TensorBatches(images.to(device), labels.to(device), 64)
        started = time.perf_counter()
        module.train_one_epoch(model, loader, optimizer, loss_fn, device)
    _sync(device)
    return time.perf_counter() - started


def time_to_95(module, root, device) -> float | None:
    """Training seconds until the test accuracy first exceeds 95%, measuring time left out."""
    train_x, train_y = map(as_tensor, data.load_split(root, train=True))
    test_images, test_y = map(as_tensor, data.load_split(root, train=False))
    seed_everything(0)
    model = module.LeNet5(10).to(device)
    optimizer = module.make_optimizer(model)
    state = {"steps": 0, "training": 0.0, "since": None, "reached": None}

    def on_batch():
        if state["since"] is not None:
            _sync(device)
            state["training"] += time.perf_counter() - state["since"]
        if state["steps"] and state["steps"] % 25 == 0 and state["reached"] is None:
            accuracy = (predict(model, test_images, device) == test_y).float().mean().item()
            if accuracy > 0.95:
                state["reached"] = state["training"]
        state["steps"] += 1
        state["since"] = time.perf_counter()

    loader = TensorBatches(train_x.to(device), train_y.to(device), 64,
                           on_batch=on_batch)
    module.train_one_epoch(model, loader, optimizer, RecordingLoss(), device)
    return state["reached"]


def measure_command(command: list[str], cwd: Path | None = None, env: dict | None = None) -> dict:
    """Wall seconds, CPU seconds of the whole tree, and peak summed resident memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env)
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
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mib": peak / 2**20,
            "returncode": process.returncode}


def lenet5(*args, python: str = sys.executable) -> list[str]:
    return [python, "-m", "grader", *args]


def check_figures(device, runs, quick: bool, python: str = sys.executable) -> dict:
    extra = ["--quick"] if quick else []
    samples = [measure_command(lenet5("check", str(SOLUTION), "--device", device, "--json",
                                      *extra, python=python)) for _ in range(runs)]
    return {key: _median([sample[key] for sample in samples])
            for key in ("wall_s", "cpu_s", "peak_rss_mib")}


def sandbox_figures(device, runs) -> dict:
    """Check wall time under each sandbox tier that works here, and its ratio to the plain
    tier (resource limits only) taken within the same run."""
    tiers = []
    for tier in confine.TIERS:
        try:
            confine.choose(device, tier=tier)
            tiers.append(tier)
        except GraderError:
            pass
    figures = {}
    for name, extra in (("quick", ["--quick"]), ("full", [])):
        walls = {tier: [] for tier in tiers}
        ratios = {tier: [] for tier in tiers}
        for _ in range(runs):
            for tier in tiers:
                walls[tier].append(measure_command(
                    lenet5("check", str(SOLUTION), "--device", device, "--json", *extra),
                    env={**os.environ, "LENET5_SANDBOX": tier})["wall_s"])
            for tier in tiers:
                ratios[tier].append(walls[tier][-1] / walls["plain"][-1])
        figures[name] = {tier: {"wall_s": _median(walls[tier]), "vs_plain": _median(ratios[tier])}
                         for tier in tiers}
    return figures


def batch_figures(device, copies: int, jobs: int) -> dict:
    """Submissions per minute: `lenet5 grade` against one-by-one `otter run` on the zip."""
    with tempfile.TemporaryDirectory(prefix="lenet5-bench-") as scratch:
        scratch = Path(scratch)
        source = scratch / "class"
        source.mkdir()
        for index in range(copies):
            shutil.copy(SOLUTION, source / f"student{index}.py")
        # The budget is calibrated once per machine and thread count, then cached: measure the
        # steady state a TA grading a class sees, not that one-time run.
        warm = scratch / "warm"
        warm.mkdir()
        for index in range(jobs):  # as many as jobs, so that the same thread count is calibrated
            shutil.copy(SOLUTION, warm / f"student{index}.py")
        subprocess.run(lenet5("grade", str(warm), "-o", str(scratch / "warm-out"), "-j",
                              str(jobs), "-q", "--device", device), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        grade = measure_command(lenet5("grade", str(source), "-o", str(scratch / "out"),
                                       "-j", str(jobs), "-q", "--device", device))
        figures = {"copies": copies, "jobs": jobs,
                   "grade_per_min": round(60 * copies / grade["wall_s"], 2)}
        archive = KIT / "dist" / "autograder.zip"
        try:
            import otter  # noqa: F401
        except ImportError:
            figures["otter_run_per_min"] = None  # otter is not installed here
            return figures
        if not archive.exists():
            subprocess.run(lenet5("build"), check=True, stdout=subprocess.DEVNULL)
        started = time.perf_counter()
        for index in range(copies):
            subprocess.run([sys.executable, "-m", "otter", "run", "-a", str(archive), "-o",
                            str(scratch), "--no-logo", str(source / f"student{index}.py")],
                           check=True, stdout=subprocess.DEVNULL, cwd=scratch)
        figures["otter_run_per_min"] = round(60 * copies / (time.perf_counter() - started), 2)
        figures["ratio"] = round(figures["grade_per_min"] / figures["otter_run_per_min"], 2)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--jobs", type=int, default=2, help="-j of lenet5 grade")
    parser.add_argument("--data-dir")
    parser.add_argument("--lean-python", metavar="PYTHON",
                        help="also measure both checks with this interpreter, e.g. of a venv "
                        "with the CPU-only torch build and the kit installed with --no-deps")
    parser.add_argument("--sandboxes-only", action="store_true",
                        help="only compare the check under each sandbox tier")
    args = parser.parse_args()
    if args.data_dir:
        os.environ[data.ENV_VAR] = str(Path(args.data_dir).resolve())
    root = data.ensure_mnist()
    figures = {"sandboxes": sandbox_figures(args.device, args.runs)}
    print(f"sandboxes: {figures['sandboxes']}", flush=True)
    if args.sandboxes_only:
        print(json.dumps(figures))
        return
    configure_torch(len(os.sched_getaffinity(0)))
    module = load_submission(SOLUTION, "reference")
    figures.update(device=args.device, threads=torch.get_num_threads(), torch=torch.__version__)

    kit_s, lecture_s, ratios = [], [], []
    for _ in range(args.runs):
        kit_s.append(epoch_seconds(module, root, args.device, lecture=False))
        lecture_s.append(epoch_seconds(module, root, args.device, lecture=True))
        ratios.append(lecture_s[-1] / kit_s[-1])
        print(f"epoch: kit {kit_s[-1]:.2f} s, lecture loop {lecture_s[-1]:.2f} s", flush=True)
    figures["epoch"] = {"kit_s": _median(kit_s), "lecture_s": _median(lecture_s),
                        "speedup": _median(ratios)}

    reached = [time_to_95(module, root, args.device) for _ in range(args.runs)]
    figures["time_to_95_s"] = _median([value for value in reached if value is not None])
    print(f"time to 95%: {reached}", flush=True)

    figures["check_full"] = check_figures(args.device, args.runs, quick=False)
    print(f"full check: {figures['check_full']}", flush=True)
    figures["check_quick"] = check_figures(args.device, args.runs, quick=True)
    print(f"quick check: {figures['check_quick']}", flush=True)
    if args.lean_python:
        for name, quick in (("check_full_lean", False), ("check_quick_lean", True)):
            figures[name] = check_figures(args.device, args.runs, quick, args.lean_python)
            print(f"{name}: {figures[name]}", flush=True)
    figures["batch"] = batch_figures(args.device, args.copies, args.jobs)
    print(f"batch: {figures['batch']}", flush=True)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
