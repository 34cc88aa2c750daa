"""Facts about a submission, gathered by calling its code (inside the inspect worker).

Each function returns plain JSON-able data and judges nothing: the checks decide from these
facts in the grader's own process. Every model is built after seeding, so facts repeat.
`FACTS` names them; a check reads the one its registry entry names (assignment/checks.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from grader.worker import runtime
from grader.worker.protocol import CLASS_COUNTS, LOOP_BATCH, LOOP_EPOCHS
from grader.worker.trace import trace_model


@dataclass
class Sample:
    """What every inspection may use: a fixed sample of training images, the device, a seed."""
    images: torch.Tensor       # uint8 N x 28 x 28
    labels: torch.Tensor
    device: str
    seed: int


def trace_fresh(module, sample: Sample) -> dict:
    runtime.seed_everything(sample.seed)
    return trace_model(module.LeNet5(10)).to_dict()


def class_counts(module, sample: Sample) -> dict:
    """Output shape of LeNet5(k) for a few k, or the error each raised."""
    shapes = {}
    for k in CLASS_COUNTS:
        runtime.seed_everything(sample.seed)
        try:
            model = module.LeNet5(k).eval()
            with torch.no_grad():
                shapes[str(k)] = list(model(torch.randn(2, 1, 28, 28)).shape)
        except Exception as error:  # noqa: BLE001 - reported as a fact, judged by the check
            shapes[str(k)] = f"{type(error).__name__}: {error}"
    return shapes


def optimizer_facts(module, sample: Sample) -> dict:
    """What make_optimizer returns: its exact class and which of the model's parameters it holds."""
    runtime.seed_everything(sample.seed)
    model = module.LeNet5(10)
    optimizer = module.make_optimizer(model)
    kind = type(optimizer)
    facts = {"class": f"{kind.__module__}.{kind.__qualname__}",
             "exactly_adam": kind is torch.optim.Adam,
             "is_optimizer": isinstance(optimizer, torch.optim.Optimizer)}
    if not facts["is_optimizer"]:
        return facts
    held = [id(parameter) for group in optimizer.param_groups for parameter in group["params"]]
    named = dict(model.named_parameters())
    facts.update(
        missing=[name for name, parameter in named.items() if id(parameter) not in held],
        foreign=len(set(held) - {id(parameter) for parameter in named.values()}),
        duplicates=len(held) - len(set(held)),
        lr=[group.get("lr") for group in optimizer.param_groups],
    )
    return facts


def training_loop_facts(module, sample: Sample) -> dict:
    """Run the student's train_one_epoch a few times over a fixed sample, then evaluate.

    Reports what the student's functions returned next to what really happened: the losses the
    grader's loss function saw, how often the optimizer it was given stepped, whether weights
    moved, and the grader's own predictions for the same images.
    """
    images, labels, device = sample.images, sample.labels, sample.device
    runtime.seed_everything(sample.seed)
    model = module.LeNet5(10).to(device)
    optimizer = module.make_optimizer(model)
    steps = [0]
    step = optimizer.step

    def counted_step(*args, **kwargs):
        steps[0] += 1
        return step(*args, **kwargs)

    optimizer.step = counted_step
    before = [parameter.detach().clone() for parameter in model.parameters()]
    loss_fn = runtime.RecordingLoss()
    loader = runtime.TensorBatches(images.to(device), labels.to(device), LOOP_BATCH,
                                   shuffle=False)
    returned, seen, calls = [], [], []
    for _ in range(LOOP_EPOCHS):
        start = len(loss_fn.values)
        value = module.train_one_epoch(model, loader, optimizer, loss_fn, device)
        returned.append(as_number(value))
        epoch_losses = loss_fn.history()[start:]
        calls.append(len(epoch_losses))
        seen.append(sum(epoch_losses) / len(epoch_losses) if epoch_losses else None)
    moved = any(not torch.equal(old, new.detach())
                for old, new in zip(before, model.parameters()))
    claimed = module.evaluate(model, runtime.TensorBatches(images.to(device), labels.to(device),
                                                           64, shuffle=False), device)
    return {
        "returned_losses": returned,
        "seen_losses": seen,
        "loss_calls": calls,
        "batches_per_epoch": len(loader),
        "optimizer_steps": steps[0],
        "weights_moved": moved,
        "claimed_accuracy": as_number(claimed),
        "predictions": runtime.predict(model, images, device).tolist(),
    }


FACTS = {"trace": trace_fresh, "n_classes": class_counts, "optimizer": optimizer_facts,
         "training_loop": training_loop_facts}


def as_number(value):
    """A float for anything float() accepts (a 0-d tensor too), else the value's type name."""
    try:
        return float(value)
    except (TypeError, ValueError, RuntimeError):
        return f"<{type(value).__name__}>"
