"""Plots: the lecture's two curves for `lenet5 train`, the timed run's learning curve for the
student's report, and the score histogram of the class report."""

from __future__ import annotations

import functools
import io
from pathlib import Path


@functools.cache
def _pyplot():
    """matplotlib's pyplot, imported on the first plot: it takes about a second, which every
    command that never draws (a check, the CLI's start) would pay."""
    import matplotlib

    matplotlib.use("Agg")  # files only: graders and CI have no display
    import matplotlib.pyplot as plt

    return plt


def _goal(axes, threshold: float | None) -> None:
    """The rubric's accuracy threshold as a line, where the plot knows it."""
    if threshold is not None:
        axes.axhline(100 * threshold, color="tab:red", linestyle="--", linewidth=0.8,
                     label=f"{100 * threshold:g}% goal")
        axes.legend(loc="lower right")


def plot_curves(losses: list[float], accuracy: list[tuple[int, float]], out_dir: Path,
                threshold: float, title: str = "") -> dict[str, Path]:
    """Write loss.png (loss per step) and accuracy.png (test accuracy at the steps it was
    measured, against the rubric's `threshold`) into `out_dir`; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"loss": out_dir / "loss.png", "accuracy": out_dir / "accuracy.png"}

    figure, axes = _pyplot().subplots(figsize=(6, 4))
    axes.plot(range(1, len(losses) + 1), losses, linewidth=0.8)
    axes.set(xlabel="iteration", ylabel="training loss", title=f"Training loss {title}".strip())
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(paths["loss"], dpi=100)
    _pyplot().close(figure)

    figure, axes = _pyplot().subplots(figsize=(6, 4))
    steps, values = zip(*accuracy) if accuracy else ((), ())
    axes.plot(steps, [100 * value for value in values], marker="o", markersize=3)
    _goal(axes, threshold)
    axes.set(xlabel="iteration", ylabel="test accuracy (%)", ylim=(0, 100),
             title=f"Test accuracy {title}".strip())
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(paths["accuracy"], dpi=100)
    _pyplot().close(figure)
    return paths


def _png_bytes(figure) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=90)
    _pyplot().close(figure)
    return buffer.getvalue()


def learning_curve_png(step_losses: list[float], epoch_accuracy: list[float],
                       threshold: float | None) -> bytes:
    """Training loss per step and test accuracy after each epoch (epoch 0: before training),
    against the rubric's `threshold` (None: a record that did not keep it)."""
    figure, (loss_axes, accuracy_axes) = _pyplot().subplots(1, 2, figsize=(10, 3.6))
    loss_axes.plot(range(1, len(step_losses) + 1), step_losses, linewidth=0.7)
    loss_axes.set(xlabel="training step", ylabel="training loss", title="Training loss")
    loss_axes.grid(alpha=0.3)
    accuracy_axes.plot(range(len(epoch_accuracy)), [100 * value for value in epoch_accuracy],
                       marker="o")
    _goal(accuracy_axes, threshold)
    accuracy_axes.set(xlabel="epoch", ylabel="test accuracy (%)", ylim=(0, 100),
                      title="Test accuracy after each epoch")
    accuracy_axes.set_xticks(range(len(epoch_accuracy)))
    accuracy_axes.grid(alpha=0.3)
    return _png_bytes(figure)


def score_histogram_png(scores: list[float], max_score: float) -> bytes:
    """How many submissions got each total score."""
    figure, axes = _pyplot().subplots(figsize=(7, 3.4))
    bins = [edge - 0.5 for edge in range(int(max_score) + 2)]
    axes.hist(scores, bins=bins, rwidth=0.85, color="tab:blue")
    axes.set(xlabel="total score", ylabel="submissions", title="Score distribution",
             xlim=(-0.5, max_score + 0.5))
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(alpha=0.3, axis="y")
    return _png_bytes(figure)
