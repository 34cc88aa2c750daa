"""The stages, as they run in a stage process: the only code that imports a submission.

A stage reads its request and data from its own fresh folder and reports facts as records on
its channel. It decides nothing: the grader, in another process, turns facts into scores and
computes every accuracy and loss itself from the weights a stage hands over. Stages:

- inspect:  the contract's names, a traced forward pass, n_classes, the optimizer, what the
            model and optimizer compute with the grader's own weights and gradients (the
            differential test), and the training loop on a small fixed sample of images;
- train:    the timed run on the training set only, from the grader's weights, streaming
            checkpoints (weights and optimizer state) as it goes, for the grader to replay;
- evaluate: only for a model whose function the grader does not know: its own predictions on
            the shuffled test images, which come without labels.

Every stage first imports the submission, then sends `Ready`: the grader limits the start-up
and the work separately (the timed run's budget counts both). What crosses the boundary is defined in protocol.py. The timed run alone
runs on the grading device; inspection and evaluation run on the CPU, so that a GPU is set up
once per grading.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from grader.worker.inspection import FACTS as _FACTS
from grader.worker.inspection import as_number, load_by_shape
from grader.worker.protocol import (
    PROBE_IMAGES,
    SUBMISSION,
    Contract,
    Done,
    Epoch,
    Fact,
    ImportFailed,
    Predictions,
    Progress,
    Ready,
    Record,
    Request,
    StageFailed,
    init_file,
    probe_file,
    weights_file,
)

PROGRESS_EVERY = 50  # batches between progress records of the timed run
# The inspections, taken before any submission is imported: a submission that rebinds
# `inspection.FACTS` or its functions at import changes nothing here.
FACTS = tuple(_FACTS.items())


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


def _arrays(folder: Path, *names: str) -> list:
    """Arrays the grader placed, as tensors over numpy arrays."""
    import numpy as np

    from grader.worker.runtime import as_tensor

    return [as_tensor(np.load(folder / f"{name}.npy", allow_pickle=False)) for name in names]


def _inspect(module, request: Request, folder: Path, report: Reporter) -> None:
    from grader.worker import inspection

    images, labels = _arrays(Path(request.data), "sample-images", "sample-labels")
    (probe_images,) = _arrays(folder, PROBE_IMAGES)
    parts = request.parts
    weights = {(k, kind): dict(zip(parts, _arrays(folder, *(probe_file(k, kind, part)
                                                             for part in parts))))
               for k, kinds in request.probe_sets for kind in kinds}
    sample = inspection.Sample(images, labels, "cpu", request.seed, folder, probe_images,
                               weights, report.send)
    for key, observe in FACTS:
        _attempt(report, key, functools.partial(observe, module, sample))


def _train(module, request: Request, folder: Path, report: Reporter, started) -> None:
    """The timed run. The model starts from the grader's own weights (`request.init`), loaded
    before `make_optimizer`; every `request.checkpoint_every` steps and at each epoch's end
    the weights and the optimizer's state go to the grader on the channel, as they are
    (runtime.Checkpoints), for the grader to evaluate and to replay segments of with its own
    LeNet-5. A model that takes no set of the grader hands over its whole state, which only a
    worker can run (so does one whose function the grader does not know:
    `request.whole_model`)."""
    from grader.worker import runtime

    started()
    device = request.device
    images, labels = _arrays(Path(request.data), "train-images", "train-labels")
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
    model = module.LeNet5(10)
    parts = None
    if request.init:
        start = dict(zip(request.parts, _arrays(folder, *map(init_file, request.parts))))
        parts = load_by_shape(model, start)
        if parts is None:
            raise RuntimeError("LeNet5(10) built for training does not take the parameter "
                               "shapes it had when it was inspected")
    model = model.to(device)
    if request.whole_model or parts is None:
        runtime.save_state(model, folder / weights_file(0))
    stream = None if parts is None else runtime.Checkpoints(
        model, parts, request.parts, loader, request.checkpoint_every, report.send)
    watch = runtime.StepWatch(model, stream)
    optimizer = module.make_optimizer(model)
    watch.watch(optimizer)
    for epoch in range(1, request.epochs + 1):
        before = len(loss_fn.values)
        mean_loss = module.train_one_epoch(model, loader, optimizer, loss_fn, device)
        watch.hand_over(optimizer)
        if request.whole_model or parts is None:
            runtime.save_state(model, folder / weights_file(epoch))
        report.send(Epoch(epoch, as_number(mean_loss), loss_fn.history()[before:],
                          watch.changed))


def _evaluate(module, request: Request, folder: Path, report: Reporter, started) -> None:
    """Predictions of a model whose function the grader does not know: the one case where a
    worker sees test images, and the report says the accuracy is the student's code's word."""
    import torch

    from grader.worker import runtime

    (images,) = _arrays(folder, "test-images")
    started()
    for epoch in request.evaluate:
        model = module.LeNet5(10)
        model.load_state_dict(torch.load(folder / weights_file(epoch), weights_only=True))
        predictions = runtime.predict(model, images, "cpu")
        report.send(Predictions(epoch, predictions.tolist()))


def run_requested(folder: Path, channel: int, output: int) -> None:
    """Run the stage that the request in `folder` names, reporting on file descriptor
    `channel`; what the student's code prints goes to `output`, a pipe the grader reads."""
    from grader.worker import runtime

    for fd in (1, 2):
        if fd != output:
            os.dup2(output, fd)
    if output not in (1, 2):
        os.close(output)
    os.chdir(folder)
    os.environ["HOME"] = os.environ["TMPDIR"] = str(folder)
    request = Request.read(folder)
    report = Reporter(channel)
    runtime.configure_torch(request.threads)
    if request.stage == "proxy":   # the calibration's stand-in: no submission at all
        from grader.worker import proxy

        report.send(Ready())
        proxy.run_workload(request.batches or proxy.STEPS)
        report.send(Done())
        return
    runtime.switch_off_dropout()
    try:
        module = runtime.load_submission(folder / SUBMISSION)
    except BaseException as error:  # noqa: BLE001 - SystemExit at import is a student error too
        report.send(ImportFailed(runtime.error_summary(error), type(error).__name__))
        report.send(Done())
        return
    report.send(Contract(**runtime.contract_facts(module)))
    if request.stage == "inspect":
        report.send(Ready())
        _inspect(module, request, folder, report)
    else:
        action = _train if request.stage == "train" else _evaluate
        try:
            action(module, request, folder, report, started=lambda: report.send(Ready()))
        except Exception as error:  # noqa: BLE001
            report.send(StageFailed(runtime.error_summary(error), type(error).__name__))
    report.send(Done())
