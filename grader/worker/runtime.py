"""The pieces that drive a submission: its import, the loaders it is given, the loss it is
handed, seeding and thread settings, and the grader's own prediction loop.

Used in the worker processes and by `lenet5 train`; nothing here decides a score.
"""

from __future__ import annotations

import base64
import functools
import importlib.util
import math
import os
import random
import sys
import traceback
import types
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.utils.data import Dataset

from grader.worker import dynamo, source
from grader.worker.protocol import (
    PIXEL_MEAN,
    PIXEL_STD,
    STATE_ARRAYS,
    SUBMISSION,
    Checkpoint,
    GroupHyper,
    Step,
    batch_order,
)

CONTRACT = ("LeNet5", "make_optimizer", "train_one_epoch", "evaluate",
            "BATCH_SIZE", "EPOCHS", "LEARNING_RATE")
N_CLASSES = 10    # MNIST's: the models the worker predicts with are LeNet5(10)
EVAL_BATCH = 256  # larger batches were slower per image on the CPU (measured: bench/bench.py)


def load_submission(path: str | os.PathLike, name: str = "submission") -> types.ModuleType:
    """Import a student's file as a module named `name`, so its `__main__` block stays idle.
    It runs the text the grader screened: the file's bytes read as source.decode reads them,
    never a coding declaration's other reading."""
    path = Path(path)
    try:
        text = source.decode(path.read_bytes())
    except source.SourceRefused as refusal:
        raise ImportError(f"{path.name} is not UTF-8 Python source: {refusal}") from None
    spec = importlib.util.spec_from_loader(name, loader=None, origin=str(path))
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__file__ = str(path)
    sys.modules[name] = module
    sys.path.insert(0, str(path.parent))
    exec(compile(text, str(path), "exec"), module.__dict__)  # noqa: S102  (running it is the point)
    return module


def error_summary(error: BaseException, filename: str = SUBMISSION) -> str:
    """The student's part of a traceback: frames in their own file, named by its base name.
    The grader's and torch's frames say nothing they can act on."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if Path(frame.filename).name == filename]
    lines = [f'  File "{filename}", line {frame.lineno}, in {frame.name}\n'
             + (f"    {frame.line}\n" if frame.line else "") for frame in frames[-4:]]
    return "".join(lines + traceback.format_exception_only(error)).strip()


def contract_facts(module: types.ModuleType) -> dict:
    """Which contract names the module lacks, and its hyperparameters as plain numbers."""
    missing = [name for name in CONTRACT if not hasattr(module, name)]
    hyper: dict[str, float | None] = {}
    for name in ("BATCH_SIZE", "EPOCHS", "LEARNING_RATE"):
        try:
            hyper[name] = float(getattr(module, name))
        except (AttributeError, TypeError, ValueError):
            hyper[name] = None
    return {"missing": missing, "hyperparameters": hyper}


def normalize_images(images: torch.Tensor) -> torch.Tensor:
    """uint8 N x 28 x 28 -> float32 N x 1 x 28 x 28 with MNIST's mean and std: the form every
    batch has, in training and at evaluation. Done per batch, so a process keeps the data as
    bytes (47 MB for the training set, not 188 MB of floats)."""
    return ((images.float() / 255.0 - PIXEL_MEAN) / PIXEL_STD).unsqueeze(1)


def as_tensor(array) -> torch.Tensor:
    """A torch tensor over a numpy array, without a copy."""
    return torch.from_numpy(np.ascontiguousarray(array))


def save_state(model: nn.Module, path: Path) -> None:
    """Save weights whole or not at all: the grader counts an epoch only if its file exists."""
    partial = path.with_name(f".{path.name}.partial")
    torch.save(model.state_dict(), partial)
    os.replace(partial, path)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def configure_torch(threads: int) -> None:
    """Fix the thread count: results are bit-identical only for the same count (measured: two
    runs with the same count were bit-identical; another count changed the bits by about 5e-7
    after 100 steps)."""
    torch.set_num_threads(max(1, threads))
    # On a GPU, full float32 (no TF32 matrix products): the grader replays the training's
    # steps in float32 on the CPU (grading/proof.py), within a tolerance set on the CPU.
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    dynamo.defer_import()   # an optimizer's first step would import torch's compiler: 1 s


class NormalizedImages(Dataset):
    """`loader.dataset`: uint8 images kept as bytes, each item normalized as batches are."""

    def __init__(self, images: torch.Tensor, labels: torch.Tensor):
        self.images, self.labels = images, labels

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, index):
        return normalize_images(self.images[index:index + 1])[0], self.labels[index]


class TensorBatches:
    """Behaves like a `DataLoader` over in-memory tensors: iterates `(images, labels)` batches,
    has `len()` and `.dataset`. Each pass has its own order (protocol.batch_order of the seed
    and the pass's number), which the grader can compute too, so a run is repeatable and a
    replay gets the same batches; batches are slices, without a per-sample Python loop. Takes
    uint8 N x 28 x 28 images and hands out normalized float32 N x 1 x 28 x 28 batches.
    `served` is the last batch handed out, as (pass, number in the pass)."""

    def __init__(self, images: torch.Tensor, labels: torch.Tensor, batch_size: int, *,
                 shuffle: bool = True, seed: int = 0, on_batch=None, limit: int = 0):
        self.dataset = NormalizedImages(images, labels)
        self.batch_size = batch_size
        self.limit = limit  # a pass hands out at most this many batches (0: all); calibration
        self.shuffle = shuffle
        self.seed = seed
        self.on_batch = on_batch  # called before each batch is handed out, for progress
        self.passes = 0
        self.served: tuple[int, int] | None = None

    def __len__(self) -> int:
        return math.ceil(len(self.dataset) / self.batch_size)

    def __iter__(self):
        images, labels = self.dataset.images, self.dataset.labels
        count, number = len(labels), self.passes
        self.passes += 1
        order = torch.from_numpy(batch_order(self.seed, number, count)) if self.shuffle \
            else None
        for batch, start in enumerate(range(0, count, self.batch_size)):
            if self.limit and batch == self.limit:
                return
            if self.on_batch is not None:
                self.on_batch()
            if order is None:
                index = slice(start, start + self.batch_size)
            else:
                index = order[start:start + self.batch_size].to(images.device)
            self.served = (number, batch)
            yield normalize_images(images[index]), labels[index]


class RecordingLoss(nn.CrossEntropyLoss):
    """Cross-entropy that also keeps every value it returns: the learning curve, and the
    grader's own view of the loss a student's loop reports."""

    def __init__(self):
        super().__init__()
        self.values: list[torch.Tensor] = []

    def forward(self, outputs, labels):
        loss = super().forward(outputs, labels)
        self.values.append(loss.detach())
        return loss

    def history(self) -> list[float]:
        return torch.stack(self.values).cpu().tolist() if self.values else []


# The keys under which a dict output carries its logits, most telling first.
LOGIT_KEYS = ("logits", "logit", "scores", "out", "output", "outputs", "y_hat", "pred")


def logits(output, classes: int | None = None) -> torch.Tensor:
    """The logits in what a model's forward returned: the output itself, or the tensor a
    tuple, list or dict carries them in (a dict's value under one of LOGIT_KEYS first; of
    those, the first with `classes` columns, else the first). Only the form of the output
    is the architecture check's business: everything else is graded on these logits."""
    if isinstance(output, torch.Tensor):
        return output
    values: list = []
    if isinstance(output, dict):
        values = [output[key] for key in LOGIT_KEYS if key in output] + list(output.values())
    elif isinstance(output, (tuple, list)):
        values = list(output)
    tensors = [value for value in values if isinstance(value, torch.Tensor)]
    if not tensors:
        raise TypeError(f"forward returned {type(output).__name__}, not a tensor of logits")
    return next((tensor for tensor in tensors if tensor.dim() == 2
                 and tensor.shape[-1] == classes), tensors[0])


def container(output) -> str | None:
    """How an output wraps its logits, in the feedback's words; None for a bare tensor."""
    if isinstance(output, torch.Tensor):
        return None
    if isinstance(output, dict):
        return f"a dict of {len(output)}"
    return f"a {type(output).__name__} of {len(output)}"


@torch.no_grad()
def predict(model: nn.Module, images: torch.Tensor, device) -> torch.Tensor:
    """The grader's own evaluation loop: argmax of the model's logits (`logits`) for uint8
    images, in batches normalized like the training batches."""
    was_training = model.training
    model.eval()
    predictions = [logits(model(normalize_images(images[start:start + EVAL_BATCH]).to(device)),
                          N_CLASSES).argmax(dim=1).cpu()
                   for start in range(0, len(images), EVAL_BATCH)]
    model.train(was_training)
    return torch.cat(predictions)


# Taken when the worker starts, before any submission is imported: a submission that rebinds
# `torch.optim.Adam`, or patches its `step`, does not change what the watch calls. The step is
# wrapped as torch wraps it when the first optimizer is built, so step hooks still run.
ADAM = torch.optim.Adam
ADAM_STEP = ADAM.step if getattr(ADAM.step, "hooked", False) \
    else torch.optim.Optimizer.profile_hook_step(ADAM.step)


class StepWatch:
    """Counts the times the model's parameters changed other than inside the given
    optimizer's `step()`: before the first step (from the weights the watch started from),
    between two steps, and after the last step, before the weights are handed over. A hint
    only, observed beside the student's code: the grader's verdict comes from replaying the
    checkpoints that `stream` sends at the steps (Checkpoints).

    Where the optimizer is exactly Adam, the step called is Adam's own, as it was before the
    submission was imported."""

    def __init__(self, model: nn.Module, stream: Checkpoints | None = None):
        self.model, self.changed, self.steps = model, 0, 0
        self.stream = stream
        self.left = self._snapshot()

    def _snapshot(self) -> list[torch.Tensor]:
        return [parameter.detach().clone() for parameter in self.model.parameters()]

    def _check(self) -> None:
        current = [parameter.detach() for parameter in self.model.parameters()]
        if len(current) != len(self.left) or any(
                now.shape != then.shape or not torch.equal(now, then)
                for now, then in zip(current, self.left)):
            self.changed += 1

    def watch(self, optimizer) -> None:
        """From now on, every `optimizer.step()` is checked, counted and streamed."""
        step = functools.partial(ADAM_STEP, optimizer) if type(optimizer) is ADAM \
            else optimizer.step
        stream = self.stream

        def watched_step(_optimizer, *args, **kwargs):
            self._check()
            if stream is not None:
                stream.before_step(optimizer)
            result = step(*args, **kwargs)
            self.steps += 1
            self.left = self._snapshot()
            if stream is not None:
                stream.after_step(optimizer, self.changed)
            return result

        # A bound method, as torch's learning-rate schedulers expect (they wrap
        # `optimizer.step.__func__`).
        optimizer.step = types.MethodType(watched_step, optimizer)

    def hand_over(self, optimizer=None) -> None:
        """Before the weights go to the grader: a change since the last step counts once; the
        stream sends the checkpoint that ends the epoch."""
        self._check()
        self.left = self._snapshot()
        if self.stream is not None:
            self.stream.epoch_end(optimizer, self.changed)


class Checkpoints:
    """Sends where a training run stands to the grader as it goes (protocol.Checkpoint): after
    every `every` steps of the optimizer and at the end of each epoch, the parameters by part
    of the grader's weight set (`parts`: the part each of the model's parameters took, in the
    model's order; `order`: the parts in the order the request names them), the optimizer's
    state and numbers, and which batch each step had. The grader keeps each checkpoint as it
    arrives and replays segments between them with its own LeNet-5; this class decides
    nothing."""

    def __init__(self, model: nn.Module, parts: list[str], order: tuple[str, ...], loader,
                 every: int, send):
        params = list(model.parameters())
        taken = dict(zip(parts, params))
        self.params = [taken[part] for part in order]
        self.loader, self.every, self.send = loader, every, send
        self.pending: list[Step] = []
        self.steps, self.epoch = 0, 1

    def before_step(self, optimizer) -> None:
        served = self.loader.served or (-1, -1)
        self.pending.append(Step(served[0], served[1], [
            _number(group.get("lr")) or math.nan for group in _groups(optimizer)]))
        self.loader.served = None   # a second step on the same batch shows as (-1, -1)

    def after_step(self, optimizer, outside: int) -> None:
        self.steps += 1
        if self.every and self.steps % self.every == 0:
            self._send(optimizer, False, outside)

    def epoch_end(self, optimizer, outside: int) -> None:
        self._send(optimizer, True, outside)
        self.epoch += 1

    def _send(self, optimizer, epoch_end: bool, outside: int) -> None:
        groups = _groups(optimizer)
        state = getattr(optimizer, "state", {})
        held = {id(p): index for index, group in enumerate(groups)
                for p in group.get("params", ())}
        own = [state.get(p, {}) if isinstance(state, dict) else {} for p in self.params]
        names = [name for name in STATE_ARRAYS if any(
            isinstance(entry.get(name), torch.Tensor) for entry in own)]
        values = [p.detach() for p in self.params]
        for name in names:
            values += [_array_of(entry.get(name), p) for entry, p in zip(own, self.params)]
        data = np.empty(sum(value.numel() for value in values), dtype=np.float32)
        at = 0
        for value in values:   # one copy each into one buffer (torch.cat took 10 times longer)
            data[at:at + value.numel()] = value.reshape(-1).float().cpu().numpy()
            at += value.numel()
        kind = type(optimizer)
        self.send(Checkpoint(
            step=self.steps, epoch=self.epoch, epoch_end=epoch_end, steps=self.pending,
            optimizer=f"{kind.__module__}.{kind.__qualname__}",
            groups=[group_hyper(group) for group in groups],
            member=[held.get(id(p), -1) for p in self.params], state=names,
            counts=[int(_number(entry.get("step")) or 0) for entry in own],
            data=base64.b64encode(data.tobytes()).decode("ascii"), outside=outside))
        self.pending = []


def _groups(optimizer) -> list[dict]:
    groups = getattr(optimizer, "param_groups", None)
    return [group for group in groups if isinstance(group, dict)] \
        if isinstance(groups, list) else []


def _number(value) -> float | None:
    """A float for a number or a one-element tensor, else None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, torch.Tensor) and value.numel() == 1:
        return float(value.item())
    return None


def _array_of(value, parameter: torch.Tensor) -> torch.Tensor:
    """An optimizer state tensor of `parameter`, flat; zeros where it has none of its size."""
    if isinstance(value, torch.Tensor) and value.numel() == parameter.numel():
        return value.detach()
    return torch.zeros(parameter.numel())


def group_hyper(group: dict) -> GroupHyper:
    """The numbers of a parameter group that the update rules read (absent ones as None)."""
    betas = group.get("betas")
    return GroupHyper(
        _number(group.get("lr")), _number(group.get("eps")), _number(group.get("weight_decay")),
        [_number(beta) for beta in betas] if isinstance(betas, (tuple, list)) else None,
        bool(group.get("amsgrad")), bool(group.get("maximize")),
        _number(group.get("momentum")), _number(group.get("dampening")),
        bool(group.get("nesterov")))


def switch_off_dropout() -> None:
    """Make torch's dropout functions (and so `nn.Dropout`) return their input, before the
    submission is imported: the grader replays the steps of a run with its own LeNet-5, which
    cannot draw torch's random masks. LeNet-5 has no dropout; evaluation mode never had it."""
    from torch.nn import functional

    for name in ("dropout", "dropout1d", "dropout2d", "dropout3d", "alpha_dropout",
                 "feature_alpha_dropout"):
        setattr(functional, name, _unchanged)


def _unchanged(input, *args, **kwargs):
    return input
