"""`lenet5 train FILE`: train a submission by hand, the way the grader will, and plot it.

This runs the student's own code in this process: it is the student's tool for their own file,
not a grading path (grading always goes through isolated workers).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from tqdm import tqdm

from grader import data
from grader.assignment.rubric import load_rubric
from grader.errors import GraderError
from grader.grading.calibration import pick_device
from grader.reports.plots import plot_curves
from grader.worker.runtime import (
    RecordingLoss,
    TensorBatches,
    as_tensor,
    configure_torch,
    error_summary,
    load_submission,
    predict,
    seed_everything,
)


@dataclass
class TrainingRun:
    epochs: int
    batch_size: int
    device: str
    seconds: float = 0.0
    epoch_losses: list[float] = field(default_factory=list)  # what train_one_epoch returned
    step_losses: list[float] = field(default_factory=list)
    accuracy: list[tuple[int, float]] = field(default_factory=list)  # (step, test accuracy)

    @property
    def final_accuracy(self) -> float:
        return self.accuracy[-1][1] if self.accuracy else 0.0


def train_submission(module, *, data_root, device: str = "cpu", epochs: int | None = None,
                     batch_size: int | None = None, eval_every: int = 100, seed: int = 0,
                     threads: int | None = None, progress: bool = True) -> TrainingRun:
    """Train `module.LeNet5(10)` with the student's optimizer and epoch function on MNIST;
    measure the grader's own test accuracy every `eval_every` steps and after each epoch."""
    if threads:
        configure_torch(threads)
    train_x, train_y = map(as_tensor, data.load_split(data_root, train=True))
    test_images, test_y = map(as_tensor, data.load_split(data_root, train=False))
    run = TrainingRun(epochs or int(module.EPOCHS), batch_size or int(module.BATCH_SIZE), device)

    seed_everything(seed)
    model = module.LeNet5(10).to(device)
    optimizer = module.make_optimizer(model)
    loss_fn = RecordingLoss()
    bar = tqdm(total=run.epochs * -(-len(train_y) // run.batch_size), unit="batch",
               disable=not progress, desc="training")

    def measure(step: int) -> None:
        hits = (predict(model, test_images, device) == test_y).float().mean().item()
        run.accuracy.append((step, hits))

    steps = [0]  # counted here: a disabled tqdm bar does not count

    def on_batch() -> None:
        if steps[0] % eval_every == 0:
            measure(steps[0])
            bar.set_postfix(test_acc=f"{run.accuracy[-1][1]:.2%}")
        steps[0] += 1
        bar.update()

    loader = TensorBatches(train_x.to(device), train_y.to(device),
                           run.batch_size, seed=seed, on_batch=on_batch)
    started = time.perf_counter()
    for _ in range(run.epochs):
        run.epoch_losses.append(float(module.train_one_epoch(model, loader, optimizer, loss_fn,
                                                             device)))
        measure(steps[0])
    run.seconds = time.perf_counter() - started
    bar.close()
    run.step_losses = loss_fn.history()
    return run


def main(*, submission: str, data_dir: str | None = None, device: str = "auto",
         epochs: int | None = None, batch_size: int | None = None, out: str | None = None,
         eval_every: int = 100) -> TrainingRun:
    """Train `submission` on MNIST, save loss.png and accuracy.png, print the test accuracy.
    An error in the student's code becomes one message with their own frames only."""
    root, device = data.ensure_mnist(data_dir), pick_device(device)
    try:
        module = load_submission(submission)
        run = train_submission(module, data_root=root, device=device, epochs=epochs,
                               batch_size=batch_size, eval_every=eval_every,
                               threads=torch.get_num_threads())
    except Exception as error:  # noqa: BLE001 - the student's code, reported as their error
        raise GraderError(f"{submission} raised an error:\n"
                          f"{error_summary(error, Path(submission).name)}") from None
    out_dir = Path(out or Path("runs") / Path(submission).stem)
    paths = plot_curves(run.step_losses, run.accuracy, out_dir, load_rubric().threshold,
                        title=f"({Path(submission).name})")
    print(f"Trained {run.epochs} epoch(s) at batch size {run.batch_size} on {run.device} "
          f"in {run.seconds:.1f} s; mean loss per epoch: "
          + ", ".join(f"{loss:.4f}" for loss in run.epoch_losses))
    print(f"Plots: {paths['loss']} and {paths['accuracy']}")
    print(f"Test accuracy: {run.final_accuracy:.2%}")
    return run
