"""The only code that runs a submission: `python -m grader.worker STAGE JOB_DIR FD`.

Each stage runs in a fresh process that the grader started (see sandbox.py), reads its request
and data from JOB_DIR, and reports facts as JSON lines on file descriptor FD. It decides
nothing: the grader, in another process, turns facts into scores. Stages:

- inspect:  the contract's names, a traced forward pass, n_classes, the optimizer, and the
            training loop on a small fixed sample of training images;
- train:    the timed run on the training set only, saving the weights after every epoch;
- evaluate: predictions of each saved model on the shuffled test images, which come without labels.

Every stage first imports torch and the submission, then says "ready": the grader times the
start-up and the work separately.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

SUBMISSION = "lenet.py"  # the name the grader gives the submission in the job folder
PROGRESS_EVERY = 50  # batches between progress events of the timed run


class Reporter:
    """Writes one JSON object per line to the grader's pipe."""

    def __init__(self, fd: int):
        self.stream = os.fdopen(fd, "w", buffering=1)

    def send(self, event: str, **fields) -> None:
        self.stream.write(json.dumps({"event": event, **fields}) + "\n")


def error_summary(error: BaseException, filename: str = SUBMISSION) -> str:
    """The student's part of a traceback: frames in their own file, named by its base name.
    The grader's and torch's frames say nothing they can act on."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if Path(frame.filename).name == filename]
    lines = [f'  File "{filename}", line {frame.lineno}, in {frame.name}\n'
             + (f"    {frame.line}\n" if frame.line else "") for frame in frames[-4:]]
    return "".join(lines + traceback.format_exception_only(error)).strip()


def _attempt(report: Reporter, key: str, action) -> None:
    """Run one inspection; report its value, or the error it raised, under `key`."""
    try:
        report.send("fact", key=key, value=action())
    except Exception as error:  # noqa: BLE001 - any student error becomes a fact
        report.send("fact", key=key, error=error_summary(error),
                    error_type=type(error).__name__)


def _arrays(job: Path, *names: str) -> list:
    """The data the grader placed in the job folder, as tensors over numpy arrays."""
    import numpy as np

    from grader.runtime import as_tensor

    return [as_tensor(np.load(job / f"{name}.npy")) for name in names]


def _inspect(module, request: dict, job: Path, report: Reporter) -> None:
    from grader import inspection

    images, labels = _arrays(job, "sample-images", "sample-labels")
    device = request["device"]
    _attempt(report, "trace", lambda: inspection.trace_fresh(module, request["seed"]))
    _attempt(report, "n_classes", lambda: inspection.class_counts(module, request["seed"]))
    _attempt(report, "optimizer", lambda: inspection.optimizer_facts(module, request["seed"]))
    _attempt(report, "training_loop", lambda: inspection.training_loop_facts(
        module, images, labels, device, request["seed"]))


def _train(module, request: dict, job: Path, report: Reporter, started) -> None:
    from grader import inspection, runtime

    device = request["device"]
    images, labels = _arrays(job, "train-images", "train-labels")
    loss_fn = runtime.RecordingLoss()
    handed = [0]

    def on_batch():
        handed[0] += 1
        if handed[0] % PROGRESS_EVERY == 0:
            report.send("progress", done=handed[0], total=request["epochs"] * len(loader))

    loader = runtime.TensorBatches(images.to(device), labels.to(device), request["batch_size"],
                                   seed=request["seed"], on_batch=on_batch)
    module.LEARNING_RATE = request["learning_rate"]  # the value within the rubric's bounds
    runtime.seed_everything(request["seed"])
    model = module.LeNet5(10).to(device)
    runtime.save_state(model, job / "epoch-0.pt")
    optimizer = module.make_optimizer(model)
    started()
    for epoch in range(1, request["epochs"] + 1):
        before = len(loss_fn.values)
        mean_loss = module.train_one_epoch(model, loader, optimizer, loss_fn, device)
        runtime.save_state(model, job / f"epoch-{epoch}.pt")
        report.send("epoch", epoch=epoch, mean_loss=inspection.as_number(mean_loss),
                    losses=loss_fn.history()[before:])


def _evaluate(module, request: dict, job: Path, report: Reporter, started) -> None:
    import torch

    from grader import runtime

    device = request["device"]
    (images,) = _arrays(job, "test-images")
    started()
    for epoch in request["epochs"]:
        model = module.LeNet5(10)
        model.load_state_dict(torch.load(job / f"epoch-{epoch}.pt", weights_only=True))
        model.to(device)
        predictions = runtime.predict(model, images, device)
        report.send("predictions", epoch=epoch, values=predictions.tolist())


def main(argv: list[str]) -> int:
    stage, job, fd = argv[0], Path(argv[1]), int(argv[2])
    report = Reporter(fd)
    request = json.loads((job / "request.json").read_text())

    from grader import runtime  # torch comes with it, before the student's import is timed

    runtime.configure_torch(request["threads"])
    try:
        module = runtime.load_submission(job / SUBMISSION)
    except BaseException as error:  # noqa: BLE001 - SystemExit at import is a student error too
        report.send("import_error", error=error_summary(error), error_type=type(error).__name__)
        report.send("done")
        return 0
    report.send("contract", **runtime.contract_facts(module))
    if stage == "inspect":
        report.send("ready", t=time.monotonic())
        _inspect(module, request, job, report)
    else:
        action = _train if stage == "train" else _evaluate
        try:
            action(module, request, job, report,
                   started=lambda: report.send("ready", t=time.monotonic()))
        except Exception as error:  # noqa: BLE001
            report.send("stage_error", error=error_summary(error),
                        error_type=type(error).__name__)
    report.send("done")
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)  # no interpreter teardown, no atexit handler of the student's: faster
