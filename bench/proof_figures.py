"""Proof of training's figures: the replay error of honest runs and of small cheats (what the
tolerance in grader/grading/proof.py stands on), and what the streaming and the replay cost a
full check of the reference solution.

Honest runs: the solution and every example submission whose first line expects every check
to pass, each trained here from the grader's kind of starting weights for STEPS steps with
the worker's own loader and checkpoint stream, for several seeds; every segment is replayed.
Cheats: the same solution with each of its steps 1% or 0.1% longer than Adam's (nudges far
smaller than any that would carry a model over 95% that cannot get there), hand-written SGD
inside Adam's closure (tests/redteam/closure_sgd.py), and weights installed in the first step's closure
(tests/redteam/comment_weights.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
STEPS = 60


def _examples() -> list[Path]:
    """The solution and every example expected to pass every check."""
    found = [KIT / "solution" / "lenet.py"]
    for path in sorted((KIT / "tests" / "submissions").glob("*.py")):
        expect = path.read_text().splitlines()[0]
        if expect.startswith("# expect:") and "failed" not in expect and "error" not in expect:
            found.append(path)
    return found


def _variant(module, start):
    """The variant the grader's differential test recognises for `module` with `start`."""
    import numpy as np
    import torch

    from grader.grading import verification
    from grader.worker.inspection import load_by_shape

    images = np.random.default_rng(0).normal(size=(16, 1, 28, 28)).astype(np.float32)
    model = module.LeNet5(10)
    load_by_shape(model, {part: torch.from_numpy(array) for part, array in start.items()})
    with torch.no_grad():
        outputs = model.eval()(torch.from_numpy(images)).double().numpy()
    return {**verification.identify(start, images, outputs), "set": "lenet"}


def _prove(module, seed: int, epoch=None) -> float:
    """The worst replay error of STEPS steps of `module`'s loop (or `epoch`), every segment
    replayed."""
    import numpy as np
    import torch

    from grader import data
    from grader.assignment import spec
    from grader.grading import proof, replay
    from grader.grading.verification import draw_set
    from grader.worker import protocol, runtime
    from grader.worker.inspection import load_by_shape

    mnist = data.Mnist.load(data.ensure_mnist())
    images, labels = mnist.train_images, mnist.train_labels
    start = draw_set(10, "lenet", np.random.default_rng(seed))
    variant = _variant(module, start)
    batch = int(module.BATCH_SIZE)
    runtime.seed_everything(seed)
    model = module.LeNet5(10)
    parts = load_by_shape(model, {part: torch.from_numpy(array) for part, array in start.items()})
    loader = runtime.TensorBatches(torch.from_numpy(images), torch.from_numpy(labels), batch,
                                   seed=seed, limit=STEPS)
    sent: list = []
    every = proof.checkpoint_every(batch)
    watch = runtime.StepWatch(model, runtime.Checkpoints(model, parts, spec.PARTS, loader, every,
                                                         sent.append))
    optimizer = module.make_optimizer(model)
    watch.watch(optimizer)
    (epoch or module.train_one_epoch)(model, loader, optimizer, runtime.RecordingLoss(), "cpu")
    watch.hand_over(optimizer)
    log = proof.CheckpointLog.starting_at(start, 10_000, every)
    for record in sent:
        log.add(protocol.decode(record.encode().encode()))
    found = proof.verify(log, replay.Network.of(variant),
                         proof.served(images, labels, batch, seed), np.random.default_rng(0),
                         every=True)
    log.close()
    if found.status == "forged":
        return float("inf")
    return found.worst or 0.0


def _longer_steps(share: float):
    """A training loop whose every step moves the weights `share` further than Adam's did."""
    import torch

    def epoch(model, loader, optimizer, loss_fn, device):
        for images, labels in loader:
            before = [parameter.detach().clone() for parameter in model.parameters()]
            optimizer.zero_grad()
            loss_fn(model(images), labels).backward()
            optimizer.step()
            with torch.no_grad():
                for parameter, old in zip(model.parameters(), before):
                    parameter.add_(share * (parameter - old))
        return 0.0

    return epoch


def errors(seeds: int = 3) -> dict:
    """The replay errors of honest runs and of cheats, and the tolerance they stand against."""
    from grader.grading import proof
    from grader.worker import runtime

    runtime.configure_torch(1)
    runtime.switch_off_dropout()   # as the workers do before a submission is imported
    honest = {}
    for path in _examples():
        module = runtime.load_submission(path, name=f"bench_{path.stem}")
        honest[path.stem] = max(_prove(module, seed) for seed in range(seeds))
    solution = runtime.load_submission(KIT / "solution" / "lenet.py", name="bench_solution")
    cheats = {f"steps_{share:g}_longer": _prove(solution, 0, epoch=_longer_steps(share))
              for share in (0.01, 0.001)}
    for name in ("closure_sgd", "comment_weights"):
        attack = runtime.load_submission(KIT / "tests" / "redteam" / f"{name}.py",
                                         name=f"bench_{name}")
        cheats[name] = _prove(solution, 0, epoch=attack.train_one_epoch)
    return {"tolerance": proof.TOLERANCE, "honest_worst": max(honest.values()),
            "honest": honest, "cheats": cheats, "steps": STEPS, "seeds": seeds}


def cost(runs: int) -> dict:
    """A full check of the reference solution, `runs` times: the timed run's CPU-seconds and
    what the replay cost the grading process, as medians and as a ratio per run."""
    shares, training, replaying = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryFile() as out:
            subprocess.run([sys.executable, "-m", "grader", "check",
                            str(KIT / "solution" / "lenet.py"), "--json"], stdout=out,
                           stderr=subprocess.DEVNULL, check=False, env=dict(os.environ))
            out.seek(0)
            usage = json.loads(out.read()).get("usage", {})
        train, replay = usage["train"]["work_s"], usage["replay"]["cpu_s"]
        training.append(train)
        replaying.append(replay)
        shares.append(replay / train)
    return {"train_cpu_s": statistics.median(training),
            "replay_cpu_s": statistics.median(replaying),
            "replay_share_of_training": round(statistics.median(shares), 4), "runs": runs}


def streaming_s(repeats: int = 20) -> float:
    """CPU-seconds the worker spends sending one checkpoint of LeNet-5 with Adam's state (in
    the timed run's budget: about 94 an epoch)."""
    import torch

    from grader.assignment import spec
    from grader.worker import runtime

    solution = runtime.load_submission(KIT / "solution" / "lenet.py", name="bench_stream")
    model = solution.LeNet5(10)
    optimizer = solution.make_optimizer(model)
    for parameter in model.parameters():
        parameter.grad = torch.ones_like(parameter)
    optimizer.step()
    stream = runtime.Checkpoints(model, list(spec.PARTS), spec.PARTS,
                                 type("Loader", (), {"served": (0, 0)})(), 0,
                                 lambda record: record.encode())
    started = time.process_time()
    for _ in range(repeats):
        stream._send(optimizer, False, 0)
    return (time.process_time() - started) / repeats


def figures(runs: int) -> dict:
    from grader.grading import proof

    started = time.perf_counter()
    found = {"errors": errors(), "cost": cost(runs)}
    per_checkpoint = streaming_s()
    checkpoints = 60_000 // (proof.checkpoint_every(64) * 64) + 1
    found["cost"]["stream_cpu_s"] = round(per_checkpoint * checkpoints, 3)
    found["cost"]["stream_and_replay_share"] = round(
        (per_checkpoint * checkpoints + found["cost"]["replay_cpu_s"])
        / found["cost"]["train_cpu_s"], 4)
    found["bench_s"] = round(time.perf_counter() - started, 1)
    return found


if __name__ == "__main__":
    print(json.dumps(figures(int(sys.argv[1]) if len(sys.argv) > 1 else 5), indent=1))
