"""The stages, as they run in a stage process: the only code that imports a submission.

A stage reads its request and data from the job folder and reports facts as records on its
channel. It decides nothing: the grader, in another process, turns facts into scores. Stages:

- inspect:  the contract's names, a traced forward pass, n_classes, the optimizer, what the
            model and optimizer compute with the grader's own weights and gradients (the
            differential test), and the training loop on a small fixed sample of images;
- train:    the timed run on the training set only, saving the weights after every epoch;
- evaluate: predictions of each saved model on the shuffled test images, which come without labels.

Every stage first imports the submission, then sends `Ready`: the grader times the start-up and
the work separately. What crosses the boundary is defined in protocol.py. The timed run alone
runs on the grading device; inspection and evaluation run on the CPU, so that a GPU is set up
once per grading.
"""

from __future__ import annotations

import os
from pathlib import Path

from grader.worker.protocol import (PROBE_GRADIENTS, PROBE_IMAGES, PROBE_PARTS, PROBE_SETS,
                                    SUBMISSION, Contract, Done, Epoch, Fact, ImportFailed,
                                    Predictions, Progress, Ready, Record, Request, StageFailed,
                                    probe_file, weights_file)

PROGRESS_EVERY = 50  # batches between progress records of the timed run


class Reporter:
    """Writes one record per line to the grader's channel."""

    def __init__(self, fd: int):
        self.stream = os.fdopen(fd, "w", buffering=1)

    def send(self, record: Record) -> None:
        self.stream.write(record.encode())
        self.stream.flush()


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
    probe_images, gradients = _arrays(job, PROBE_IMAGES, PROBE_GRADIENTS)
    weights = {(k, kind): dict(zip(PROBE_PARTS, _arrays(job, *(probe_file(k, kind, part)
                                                                for part in PROBE_PARTS))))
               for k, kinds in PROBE_SETS.items() for kind in kinds}
    sample = inspection.Sample(images, labels, "cpu", request.seed, job, probe_images, weights,
                               gradients)
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
                                   seed=request.seed, on_batch=on_batch, limit=request.batches)
    module.LEARNING_RATE = request.learning_rate  # the value within the rubric's bounds
    runtime.seed_everything(request.seed)
    model = module.LeNet5(10).to(device)
    runtime.save_state(model, job / weights_file(0))
    optimizer = module.make_optimizer(model)
    watch = runtime.StepWatch(model, optimizer)
    started()
    for epoch in range(1, request.epochs + 1):
        before = len(loss_fn.values)
        mean_loss = module.train_one_epoch(model, loader, optimizer, loss_fn, device)
        runtime.save_state(model, job / weights_file(epoch))
        report.send(Epoch(epoch, inspection.as_number(mean_loss), loss_fn.history()[before:],
                          watch.changed))


def _evaluate(module, request: Request, job: Path, report: Reporter, started) -> None:
    import torch

    from grader.worker import runtime

    (images,) = _arrays(job, "test-images")
    started()
    for epoch in request.evaluate:
        model = module.LeNet5(10)
        model.load_state_dict(torch.load(job / weights_file(epoch), weights_only=True))
        predictions = runtime.predict(model, images, "cpu")
        report.send(Predictions(epoch, predictions.tolist()))


def run(job: Path, channel: int) -> None:
    """Run the stage that the job's request names, reporting on file descriptor `channel`.
    What the student's code prints goes to the stage's log in the job folder."""
    from grader.worker import runtime

    request = Request.read(job)
    log = os.open(job / f"{request.stage}.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    for fd in (1, 2):
        os.dup2(log, fd)
    os.close(log)
    report = Reporter(channel)
    runtime.configure_torch(request.threads)
    if request.stage == "proxy":   # the calibration's stand-in: no submission at all
        from grader.worker import proxy

        report.send(Ready())
        proxy.run(request.batches or proxy.STEPS)
        report.send(Done())
        return
    try:
        module = runtime.load_submission(job / SUBMISSION)
    except BaseException as error:  # noqa: BLE001 - SystemExit at import is a student error too
        report.send(ImportFailed(runtime.error_summary(error), type(error).__name__))
        report.send(Done())
        return
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
