"""Facts about a submission, gathered by calling its code (inside the inspect worker).

Each function returns its fact's record (worker/protocol.py) and judges nothing: the checks
decide from these facts in the grader's own process. Every model is built after seeding, so
facts repeat. `FACTS` names them; a check reads the one its module names (assignment/checks/,
`FACT`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import torch

from grader.worker import runtime
from grader.worker.protocol import (
    CLASS_COUNTS,
    LOOP_BATCH,
    LOOP_EPOCHS,
    ClassCounts,
    Construction,
    Function,
    FunctionRun,
    Optimizer,
    Record,
    Trace,
    TrainingLoop,
)
from grader.worker.trace import record_values, trace_model


@dataclass
class Sample:
    """What every inspection may use: a fixed sample of training images, the device, a seed."""
    images: torch.Tensor       # uint8 N x 28 x 28
    labels: torch.Tensor
    device: str
    seed: int
    job: Path | None = None
    probe_images: torch.Tensor | None = None          # float N x 1 x 28 x 28
    probe_weights: dict = field(default_factory=dict)  # (k, set) -> {part: tensor}, in the
                                                       # request's order of k and of sets
    send: Callable[[Record], None] | None = None       # the channel: the loop's checkpoints


def trace_fresh(module, sample: Sample) -> Trace:
    runtime.seed_everything(sample.seed)
    return trace_model(module.LeNet5(10))


def construction(module, sample: Sample) -> Construction:
    """The trainable parameters of LeNet5(k), for 10 classes and each of CLASS_COUNTS, as
    [name, shape] in the model's order: built, never run, so a forward pass that hangs or
    crashes does not hide them."""
    found = {}
    for k in (10, *CLASS_COUNTS):
        runtime.seed_everything(sample.seed)
        model = module.LeNet5(k)
        found[str(k)] = [(name, list(parameter.shape))
                         for name, parameter in model.named_parameters()
                         if parameter.requires_grad]
    return Construction(found)


def class_counts(module, sample: Sample) -> ClassCounts:
    """Output shape of LeNet5(k) for a few k, or the error each raised."""
    shapes: dict[str, list[int] | str] = {}
    for k in CLASS_COUNTS:
        runtime.seed_everything(sample.seed)
        try:
            model = module.LeNet5(k).eval()
            with torch.no_grad():
                shapes[str(k)] = list(runtime.logits(model(torch.randn(2, 1, 28, 28)), k).shape)
        except Exception as error:  # noqa: BLE001 - reported as a fact, judged by the check
            shapes[str(k)] = f"{type(error).__name__}: {error}"
    return ClassCounts(shapes)


def optimizer_facts(module, sample: Sample) -> Optimizer:
    """What make_optimizer returns: its exact class and which of the model's parameters it holds."""
    runtime.seed_everything(sample.seed)
    model = module.LeNet5(10)
    optimizer = module.make_optimizer(model)
    kind = type(optimizer)
    found = Optimizer(cls=f"{kind.__module__}.{kind.__qualname__}",
                      exactly_adam=kind is runtime.ADAM,
                      is_optimizer=isinstance(optimizer, torch.optim.Optimizer))
    if not found.is_optimizer:
        return found
    held = [id(parameter) for group in optimizer.param_groups for parameter in group["params"]]
    named = dict(model.named_parameters())
    return replace(
        found,
        missing=[name for name, parameter in named.items() if id(parameter) not in held],
        foreign=len(set(held) - {id(parameter) for parameter in named.values()}),
        duplicates=len(held) - len(set(held)),
        lr=[group.get("lr") for group in optimizer.param_groups],
    )


def load_by_shape(model: torch.nn.Module, weights: dict,
                  skip: frozenset[int] = frozenset()) -> list[str] | None:
    """Copy one of the grader's weight sets into `model`, each parameter by its shape: the
    first part of the set, in the forward pass's order, that has the parameter's shape and is
    not taken yet (C5's weight also as a `Linear` over the flattened maps). The parts taken in
    the model's parameter order, or None when its parameters cannot take the set. Parameters
    whose id is in `skip` are left out (`_load_at_identity`)."""
    parameters = [parameter for parameter in model.parameters() if id(parameter) not in skip]
    taken: list[str] = []
    for parameter in parameters:
        part = next((part for part, tensor in weights.items() if part not in taken and (
            tuple(tensor.shape) == tuple(parameter.shape) or part == "C5.weight"
            and parameter.shape[:1] == tensor.shape[:1]
            and parameter.numel() == tensor.numel())), None)
        if part is None:
            return None
        taken.append(part)
    if sorted(taken) != sorted(weights):
        return None
    with torch.no_grad():
        for parameter, part in zip(parameters, taken):
            parameter.copy_(weights[part].reshape(parameter.shape))
    return taken


BATCH_NORMS = (torch.nn.BatchNorm1d, torch.nn.BatchNorm2d, torch.nn.BatchNorm3d)


def _load_at_identity(model: torch.nn.Module, sample: Sample, k: int) -> tuple[str, int] | None:
    """For a model that holds BatchNorm layers besides LeNet-5's parameters: the first of the
    grader's sets its other parameters take, with every BatchNorm at identity (weight 1, bias
    0, running mean 0 and variance 1: in eval mode it then passes its input on, up to its
    eps), and how many BatchNorms there are. The outputs then say whether the rest computes
    LeNet-5; the timed run never starts from such a model."""
    norms = [module for module in model.modules() if isinstance(module, BATCH_NORMS)]
    skip = frozenset(id(parameter) for module in norms for parameter in module.parameters())
    for kind in [kind for (of, kind) in sample.probe_weights if of == k] if norms else []:
        if load_by_shape(model, sample.probe_weights[(k, kind)], skip) is not None:
            with torch.no_grad():
                for module in norms:
                    module.reset_parameters()   # weight 1, bias 0, mean 0, variance 1
            return kind, len(norms)
    return None


def _load_any(model: torch.nn.Module, sample: Sample, k: int) -> tuple[str, list] | None:
    """The first of the grader's sets for LeNet5(k) that the model takes, and its parts."""
    for kind in [kind for (of, kind) in sample.probe_weights if of == k]:
        taken = load_by_shape(model, sample.probe_weights[(k, kind)])
        if taken is not None:
            return kind, taken
    return None


def _shapes(model: torch.nn.Module) -> dict:
    return {name: list(parameter.shape) for name, parameter in model.named_parameters()}


def function_facts(module, sample: Sample) -> Function:
    """What LeNet5(k) computes (its logits, `runtime.logits`), for each k of the grader's
    weights, on the probe images with them in eval mode; for LeNet5(10) also the value of every layer, pooling and
    nonlinearity on the first image, in the order they ran (the diagnosis of a difference)."""
    found = {}
    for k in dict.fromkeys(k for k, _ in sample.probe_weights):
        runtime.seed_everything(sample.seed)
        model = module.LeNet5(k)
        loaded, identity = _load_any(model, sample, k), None
        if loaded is None:
            identity = _load_at_identity(model, sample, k)
            if identity is None:
                found[str(k)] = FunctionRun(False, shapes=_shapes(model))
                continue
        model.eval()
        with torch.no_grad():
            if k == 10:
                output, values = record_values(model, sample.probe_images)
            else:
                output, values = model(sample.probe_images), []
        output = runtime.logits(output, k).double().tolist()
        found[str(k)] = (FunctionRun(True, set=loaded[0], outputs=output, values=values)
                         if identity is None else
                         FunctionRun(False, set=identity[0], outputs=output, values=values,
                                     shapes=_shapes(model), identity=identity[1]))
    return Function(found)


def training_loop_facts(module, sample: Sample) -> TrainingLoop:
    """Run the student's train_one_epoch a few times over a fixed sample, then evaluate.

    The model starts from the grader's weights where it takes a set of them, and a
    checkpoint goes to the grader after every pass (runtime.Checkpoints): the grader replays
    every step of the loop with its own LeNet-5 and update rule from its own weights, and
    computes the loss before and after and the accuracy that `evaluate` must report.
    Reported beside them, as hints: what the student's functions returned, the batches each
    pass took from the loader, the losses the grader's loss function computed (however often
    the loop called it), how often the optimizer it was given stepped, and how often the
    parameters changed other than by a step.
    """
    images, labels, device = sample.images, sample.labels, sample.device
    runtime.seed_everything(sample.seed)
    model = module.LeNet5(10).to(device)
    loaded = _load_any(model, sample, 10)
    handed = 0

    def count_batch():
        nonlocal handed
        handed += 1

    loader = runtime.TensorBatches(images.to(device), labels.to(device), LOOP_BATCH,
                                   shuffle=False, on_batch=count_batch)
    stream = None if loaded is None or sample.send is None else runtime.Checkpoints(
        model, loaded[1], tuple(sample.probe_weights[(10, loaded[0])]), loader, 0, sample.send)
    watch = runtime.StepWatch(model, stream)
    optimizer = module.make_optimizer(model)
    watch.watch(optimizer)
    before = [parameter.detach().clone() for parameter in model.parameters()]
    loss_fn = runtime.RecordingLoss()
    returned, seen, batches = [], [], []
    for _ in range(LOOP_EPOCHS):
        start, handed = len(loss_fn.values), 0
        value = module.train_one_epoch(model, loader, optimizer, loss_fn, device)
        returned.append(as_number(value))
        epoch_losses = loss_fn.history()[start:]
        batches.append(handed)
        seen.append(sum(epoch_losses) / len(epoch_losses) if epoch_losses else None)
        watch.hand_over(optimizer)
    moved = any(not torch.equal(old, new.detach())
                for old, new in zip(before, model.parameters()))
    claimed = module.evaluate(model, runtime.TensorBatches(images.to(device), labels.to(device),
                                                           64, shuffle=False), device)
    return TrainingLoop(
        returned_losses=returned, seen_losses=seen, batches_seen=batches,
        batches_per_epoch=len(loader), optimizer_steps=watch.steps,
        outside_steps=watch.changed, weights_moved=moved, claimed_accuracy=as_number(claimed),
        set=loaded[0] if loaded is not None else None,
        predictions=runtime.predict(model, images, device).tolist())


# What needs no forward pass first, so that a forward pass that hangs leaves those facts
# standing; the training loop last: it runs the student's train_one_epoch, which may end the
# process. Each under its record's key.
FACTS = {fact.key: observe for fact, observe in (
    (Construction, construction), (Optimizer, optimizer_facts),
    (Trace, trace_fresh), (ClassCounts, class_counts),
    (Function, function_facts), (TrainingLoop, training_loop_facts))}


def as_number(value):
    """A float for anything float() accepts (a 0-d tensor too), else the value's type name."""
    try:
        return float(value)
    except (TypeError, ValueError, RuntimeError):
        return f"<{type(value).__name__}>"
