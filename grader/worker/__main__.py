"""The only code that runs a submission: `python -m grader.worker STAGE JOB_DIR FD`.

Each stage runs in a fresh process that the grader started (isolation/limits.py), reads its
request and data from JOB_DIR, and reports facts as records on file descriptor FD. It decides
nothing: the grader, in another process, turns facts into scores. Stages:

- inspect:  the contract's names, a traced forward pass, n_classes, the optimizer, and the
            training loop on a small fixed sample of training images;
- train:    the timed run on the training set only, saving the weights after every epoch;
- evaluate: predictions of each saved model on the shuffled test images, which come without labels.

Every stage first imports torch and the submission, then sends `Ready`: the grader times the
start-up and the work separately. What crosses the boundary is defined in protocol.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from grader.worker.protocol import (SUBMISSION, Contract, Done, Epoch, Fact, ImportFailed,
                                    Predictions, Progress, Ready, Record, Request, StageFailed,
                                    weights_file)

PROGRESS_EVERY = 50  # batches between progress records of the timed run


class Reporter:
    """Writes one record per line to the grader's pipe."""

    def __init__(self, fd: int):
        self.stream = os.fdopen(fd, "w", buffering=1)

    def send(self, record: Record) -> None:
        self.stream.write(record.encode())


def _attempt(report: Reporter, key: str, action) -> None:
    """Run one inspection; report its value, or the error it raised, under `key`."""
    from grader.worker import runtime

    try:
        report.send(Fact(key, value=action()))
    except Exception as error:  # noqa: BLE001 - any student error becomes a fact
        report.send(Fact(key, error=runtime.error_summary(error), error_type=type(error).__name__))


def _arrays(job: Path, *names: str) -> list:
    """The data the grader placed in the job folder, as tensors over numpy arrays."""
    import numpy as np

    from grader.worker.runtime import as_tensor

    return [as_tensor(np.load(job / f"{name}.npy")) for name in names]


def _inspect(module, request: Request, job: Path, report: Reporter) -> None:
    from grader.worker import inspection

    images, labels = _arrays(job, "sample-images", "sample-labels")
    sample = inspection.Sample(images, labels, request.device, request.seed)
    for key, observe in inspection.FACTS.items():
        _attempt(report, key, lambda: observe(module, sample))


def _train(module, request: Request, job: Path, report: Reporter, started) -> None:
    from grader.worker import inspection, runtime

    device = request.device
    images, labels = _arrays(job, "train-images", "train-labels")
    loss_fn = runtime.RecordingLoss()
    handed = [0]

    def on_batch():
        handed[0] += 1
        if handed[0] % PROGRESS_EVERY == 0:
            report.send(Progress(handed[0], request.epochs * len(loader)))

    loader = runtime.TensorBatches(images.to(device), labels.to(device), request.batch_size,
                                   seed=request.seed, on_batch=on_batch)
    module.LEARNING_RATE = request.learning_rate  # the value within the rubric's bounds
    runtime.seed_everything(request.seed)
    model = module.LeNet5(10).to(device)
    runtime.save_state(model, job / weights_file(0))
    optimizer = module.make_optimizer(model)
    started()
    for epoch in range(1, request.epochs + 1):
        before = len(loss_fn.values)
        mean_loss = module.train_one_epoch(model, loader, optimizer, loss_fn, device)
        runtime.save_state(model, job / weights_file(epoch))
        report.send(Epoch(epoch, inspection.as_number(mean_loss), loss_fn.history()[before:]))


def _evaluate(module, request: Request, job: Path, report: Reporter, started) -> None:
    import torch

    from grader.worker import runtime

    (images,) = _arrays(job, "test-images")
    started()
    for epoch in request.evaluate:
        model = module.LeNet5(10)
        model.load_state_dict(torch.load(job / weights_file(epoch), weights_only=True))
        model.to(request.device)
        predictions = runtime.predict(model, images, request.device)
        report.send(Predictions(epoch, predictions.tolist()))


def main(argv: list[str]) -> int:
    job, fd = Path(argv[1]), int(argv[2])
    report = Reporter(fd)
    request = Request.read(job)

    # torch comes with the runtime, before the student's import is timed
    from grader.worker import runtime

    runtime.configure_torch(request.threads)
    try:
        module = runtime.load_submission(job / SUBMISSION)
    except BaseException as error:  # noqa: BLE001 - SystemExit at import is a student error too
        report.send(ImportFailed(runtime.error_summary(error), type(error).__name__))
        report.send(Done())
        return 0
    report.send(Contract(**runtime.contract_facts(module)))
    if request.stage == "inspect":
        report.send(Ready())
        _inspect(module, request, job, report)
    else:
        action = _train if request.stage == "train" else _evaluate
        try:
            action(module, request, job, report, started=lambda: report.send(Ready()))
        except Exception as error:  # noqa: BLE001
            report.send(StageFailed(runtime.error_summary(error), type(error).__name__))
    report.send(Done())
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)  # no interpreter teardown, no atexit handler of the student's: faster
