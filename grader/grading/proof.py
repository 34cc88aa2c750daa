"""Proof of training: the checkpoints a worker streamed, kept as they arrived, and the replay of
chosen segments between them with the grader's own LeNet-5, batches and update rule.

The process that trains runs the student's code, so whatever it observes about itself (a step
watch, a record, a file) it could rewrite. What it cannot do is make a segment of weights end
where the grader's own replay of that segment ends unless the weights really got there by
those steps: the first checkpoint is the grader's own draw, every batch is one the grader's
loader served (protocol.batch_order), and the gradients and updates are computed here
(replay.py), in a process that never imports the submission. As in proof-of-learning (Jia et
al., IEEE S&P 2021), the segments to replay are chosen after the run, with the grader's own
randomness: those with the largest change and the one before each (where a forged optimizer
state would have launched it), the segments the worker's own watch flagged, and a few at
random.

Checkpoints stay in a temporary file of the grading process (no path, gone when closed), so a
long run costs the grader no memory.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import math
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from grader.assignment import spec
from grader.assignment.facts import Proof
from grader.grading import evaluation, replay
from grader.worker.protocol import STATE_ARRAYS, Checkpoint, GroupHyper, Step, batch_order

# Where the grader's tolerance comes from: bench/bench.py --only replay measures the error of
# honest runs (the solution and every correct example, several seeds) and of the smallest
# cheat; see the README's "proof of training".
# A segment's error: the largest difference of a parameter from the replay, as a share of the
# replay's own largest move, and of each optimizer state array, as a share of its largest value.
TOLERANCE = 1e-3
# A variant with a kink (ReLU, max pooling) replays only approximately: float noise moves a
# unit across zero (or a pooling's maximum to its neighbour), and Adam turns the gradient
# that appears or vanishes there into a whole step; honest ReLU runs ended up to 0.043 off
# (bench/bench.py --only replay). Gross forgeries still end far off (0.9 to 11).
KINKED_TOLERANCE = 0.2
LARGEST = 2             # segments with the largest change replayed (with the one before each)
AT_RANDOM = 2           # segments replayed at random besides
FLAGGED = 2             # at most this many segments the worker's watch flagged, besides
CHECKPOINT_IMAGES = 640  # images between two checkpoints of the timed run (10 batches of 64)

# The update rules the grader replays, by the optimizer's class; any other cannot be verified.
RULES = {"torch.optim.adam.Adam": "adam", "torch.optim.adamw.AdamW": "adamw",
         "torch.optim.sgd.SGD": "sgd"}

Batches = Callable[[int, int], "tuple[np.ndarray, np.ndarray] | None"]
UNKNOWN_MODEL = "the grader cannot run this model's function, so it cannot replay its training"
OTHER_OPTIMIZER = ("its optimizer is not one the grader can replay (Adam, AdamW or SGD), or "
                   "changed during the run")
MOST_PASSES = 1000   # passes over the loader a run may take (its epochs, and any extra)


def served(images: np.ndarray, labels: np.ndarray, batch_size: int, seed: int | None
           ) -> Batches:
    """The batches a worker's loader (worker/runtime.py's TensorBatches) served from these
    uint8 images, normalized as it normalizes them: in each pass's own order
    (protocol.batch_order of `seed`), or in the images' order where `seed` is None."""
    orders: dict[int, np.ndarray] = {}

    def batch(number: int, index: int) -> tuple[np.ndarray, np.ndarray] | None:
        start = index * batch_size
        if not 0 <= number < MOST_PASSES or not 0 <= start < len(labels):
            return None
        pick: slice | np.ndarray
        if seed is None:
            pick = slice(start, start + batch_size)
        else:
            if number not in orders:
                orders.clear()
                orders[number] = batch_order(seed, number, len(labels))
            pick = orders[number][start:start + batch_size]
        return evaluation.normalize(images[pick]), labels[pick].astype(np.int64)

    return batch


def checkpoint_every(batch_size: int) -> int:
    """Optimizer steps between two checkpoints of the timed run, for its batch size."""
    return max(1, math.ceil(CHECKPOINT_IMAGES / batch_size))


@dataclass
class Mark:
    """One checkpoint, without its arrays (those are in the log's file)."""
    step: int
    epoch: int
    epoch_end: bool
    steps: list[Step]
    optimizer: str
    groups: list[GroupHyper]
    member: list[int]
    state: list[str]
    counts: list[int]
    outside: int
    offset: int = 0         # where its values start in the file, in float32 values
    change: float = 0.0     # the parameters' L2 distance from the previous checkpoint


@dataclass
class CheckpointLog:
    """The checkpoints of one run as they arrived, the grader's own start first. A checkpoint
    that does not fit (its arrays of another size, a step count that does not add up, a batch
    served twice) ends the log as forged: `problem` says why."""
    shapes: dict[str, tuple[int, ...]]
    limit: int                            # checkpoints the run may send
    every: int                            # steps the run may take between two checkpoints
    marks: list[Mark] = field(default_factory=list)
    problem: str | None = None
    _file: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _last: np.ndarray | None = None
    _served: tuple[int, int] = (-1, -1)   # the last batch a step was taken on

    @classmethod
    def starting_at(cls, start: dict[str, np.ndarray], limit: int,
                    every: int) -> CheckpointLog:
        log = cls({part: tuple(array.shape) for part, array in start.items()}, limit, every)
        log._file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the log
        values = np.concatenate([np.asarray(start[part], np.float32).reshape(-1)
                                 for part in log.shapes])
        log.marks.append(Mark(0, 0, True, [], "", [], [], [], [0] * len(log.shapes), 0))
        log._write(values)
        return log

    @property
    def size(self) -> int:
        return sum(math.prod(shape) for shape in self.shapes.values())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def _write(self, values: np.ndarray) -> None:
        with self._lock:
            self._file.seek(0, 2)
            self.marks[-1].offset = self._file.tell() // 4
            values.astype(np.float32).tofile(self._file)
        params = values[:self.size]
        if self._last is not None:
            self.marks[-1].change = float(np.linalg.norm(params - self._last))
        self._last = params.copy()

    def add(self, record: Checkpoint) -> bool:
        """Keep `record`, where its values fit the model's parameters (a forged log still
        holds the weights its checkpoints carried, for the grader's loss and accuracy);
        False where it does not add up, which forges the log for good."""
        values, unfit = self._values(record)
        misfit = unfit or self._misfit(record)
        self.problem = self.problem or misfit
        if values is None or len(self.marks) > self.limit:
            return False
        self.marks.append(Mark(record.step, record.epoch, record.epoch_end, record.steps,
                               record.optimizer, record.groups, record.member, record.state,
                               record.counts, record.outside))
        self._write(values)
        return misfit is None

    def _values(self, record: Checkpoint) -> tuple[np.ndarray | None, str | None]:
        """`record`'s values, where they are the parameters and the state it names; else
        why not."""
        if set(record.state) - set(STATE_ARRAYS) or len(set(record.state)) != len(record.state):
            return None, "a checkpoint names optimizer state the grader does not know"
        try:
            data = base64.b64decode(record.data, validate=True)
        except (binascii.Error, ValueError):
            return None, "a checkpoint's values are not base64"
        if len(data) != 4 * self.size * (1 + len(record.state)) \
                or len(record.member) != len(self.shapes) or len(record.counts) != len(self.shapes):
            return None, "a checkpoint does not fit the model's parameters"
        return np.frombuffer(data, dtype=np.float32), None

    def _misfit(self, record: Checkpoint) -> str | None:
        """Why `record`, whose values fit, cannot follow the checkpoints so far, or None."""
        last = self.marks[-1]
        if len(self.marks) > self.limit:
            return f"more than {self.limit:,} checkpoints"
        if any(not -1 <= group < len(record.groups) for group in record.member):
            return "a checkpoint's parameter groups do not fit"
        if len(record.steps) > self.every:   # a segment the grader would replay at length
            return f"a checkpoint came {len(record.steps):,} steps after the one before it"
        if record.step != last.step + len(record.steps) or record.epoch < last.epoch:
            return "a checkpoint's step count does not follow the one before"
        served = self._served
        for number, step in enumerate(record.steps, start=last.step + 1):
            if step.pass_ < 0 or step.batch < 0 or (step.pass_, step.batch) <= served:
                return (f"step {number} was not taken on a new batch from the loader it was "
                        "given (one step per batch)")
            if len(step.lrs) != len(record.groups):
                return "a step's learning rates do not fit the parameter groups"
            served = (step.pass_, step.batch)
        self._served = served
        return None

    def values(self, index: int) -> tuple[dict[str, np.ndarray], dict[str, dict]]:
        """Checkpoint `index`'s parameters by part, and each part's optimizer state."""
        mark = self.marks[index]
        count = self.size * (1 + len(mark.state))
        with self._lock:   # the evaluation and the replay read from two threads
            self._file.seek(mark.offset * 4)
            flat = np.fromfile(self._file, dtype=np.float32, count=count)
        arrays, at = [], 0
        for _ in range(1 + len(mark.state)):
            by_part = {}
            for part, shape in self.shapes.items():
                by_part[part] = flat[at:at + math.prod(shape)].reshape(shape)
                at += math.prod(shape)
            arrays.append(by_part)
        states = {part: {"step": mark.counts[i], **{name: arrays[1 + j][part]
                                                   for j, name in enumerate(mark.state)}}
                  for i, part in enumerate(self.shapes)}
        return arrays[0], states


def choose(log: CheckpointLog, count: int, rng: np.random.Generator,
           every: bool = False) -> list[int]:
    """The segments to replay among the first `count` (segment i ends at checkpoint i),
    chosen after the run: all of them (`every`), else the LARGEST with the largest change and
    the one before each, the last (it ends at the weights that are scored), up to FLAGGED that
    the worker's watch saw change outside a step, and AT_RANDOM more."""
    if every:
        return list(range(1, count + 1))
    by_change = sorted(range(1, count + 1), key=lambda i: -log.marks[i].change)[:LARGEST]
    chosen = {i for top in by_change for i in (top - 1, top) if i >= 1} | {count}
    flagged = [i for i in range(1, count + 1)
               if log.marks[i].outside > log.marks[i - 1].outside][:FLAGGED]
    chosen |= set(flagged)
    rest = sorted(set(range(1, count + 1)) - chosen)
    chosen |= {int(i) for i in rng.choice(rest, min(AT_RANDOM, len(rest)), replace=False)}
    return sorted(chosen)


def _hyper(group: GroupHyper, lr: float) -> replay.Hyper:
    betas = group.betas or [0.9, 0.999]
    number = lambda value, default: default if value is None else value
    return replay.Hyper(
        lr=lr, betas=(number(betas[0], 0.9), number(betas[1], 0.999)),
        eps=number(group.eps, 1e-8), weight_decay=number(group.weight_decay, 0.0),
        amsgrad=group.amsgrad, maximize=group.maximize, momentum=number(group.momentum, 0.0),
        dampening=number(group.dampening, 0.0), nesterov=group.nesterov)


@dataclass
class Segment:
    """How one replayed segment ended: its error against the checkpoint, and what differs."""
    index: int
    error: float
    problem: str | None = None


def replay_segment(log: CheckpointLog, index: int, network: replay.Network, rule: str,
                   batches: Batches) -> Segment:
    """Segment `index` replayed from the checkpoint before it, step by step, and compared with
    checkpoint `index`: its parameters, its optimizer state and its step counts. The groups
    and their numbers are those checkpoint `index` names (the first checkpoint, the grader's,
    has none); each step's learning rates are its own."""
    start, end = log.marks[index - 1], log.marks[index]
    params, states = log.values(index - 1)
    params = {part: array.copy() for part, array in params.items()}
    begin = dict(params)
    update = replay.RULES[rule]
    names = set(replay.STATE_ARRAYS[rule])
    states = {part: {name: value for name, value in state.items()
                     if name == "step" or name in names and name in start.state}
              for part, state in states.items()}
    for state in states.values():
        if rule != "sgd" and state["step"] == 0:
            state.clear()
        elif rule == "sgd":
            state.pop("step", None)
    for number, step in enumerate(end.steps, start=start.step + 1):
        batch = batches(step.pass_, step.batch)
        if batch is None:
            return Segment(index, math.inf, f"step {number} names a batch the loader never "
                                            "served")
        _, gradients = network.gradients(params, *batch)
        for i, part in enumerate(log.shapes):
            group = end.member[i]
            if group < 0:
                continue
            hyper = _hyper(end.groups[group], step.lrs[group])
            params[part], states[part] = update(params[part], gradients[part], states[part],
                                                hyper)
    claimed, claimed_states = log.values(index)
    return _compare(index, begin, params, states, claimed, claimed_states)


def _compare(index: int, begin, replayed, states, claimed, claimed_states) -> Segment:
    """The segment's error: the distance (L2) of the checkpoint's parameters from the replay's,
    as a share of the replay's own move (a segment of no steps must not move at all), and of
    each optimizer state array from the replay's, as a share of the replay's size. L2, not
    the largest difference: in Adam's first steps a parameter whose gradient is nearly zero
    moves by a whole learning rate either way, at float noise."""
    moved = _norm(replayed[part] - begin[part] for part in replayed)
    differs = _norm(replayed[part] - claimed[part] for part in replayed)
    if not math.isfinite(differs) or (differs > 0 and moved == 0):
        return Segment(index, math.inf, "the parameters differ")
    error, what = (differs / moved if moved else 0.0), "the parameters differ"
    for name in {name for state in states.values() for name in state} - {"step"}:
        if any(name in state and claimed_states[part].get(name) is None
               for part, state in states.items()):
            return Segment(index, math.inf, f"the optimizer's {name} is missing")
        scale = _norm(state[name] for state in states.values() if name in state)
        gap = _norm(state[name] - claimed_states[part][name]
                    for part, state in states.items() if name in state)
        share = gap / scale if scale else (math.inf if gap else 0.0)
        if not share <= error:
            error, what = share, f"the optimizer's {name} differs"
    if any(state.get("step", 0) != claimed_states[part]["step"]
           for part, state in states.items() if "step" in state):
        return Segment(index, math.inf, "the optimizer's step count differs")
    return Segment(index, error, what)


def _norm(arrays) -> float:
    """The L2 norm of several arrays together, in float64."""
    return math.sqrt(sum(float(np.square(array, dtype=np.float64).sum()) for array in arrays))


def fit(log: CheckpointLog, candidates, batches: Batches, most: int = 12) -> dict | None:
    """The first of up to `most` candidate variants whose replay of the log's first segment
    ends where it did, or None. A probe in evaluation mode can match more than one variant
    (verification.matches), and a model's probabilities can be trained on either their own
    cross-entropy or that of their logarithm: training tells which."""
    rule = RULES.get(log.marks[-1].optimizer) if len(log.marks) > 1 else None
    if rule is None or log.problem is not None:
        return None
    for candidate in itertools.islice(candidates, most):
        network = replay.Network.of(candidate)
        if replay_segment(log, 1, network, rule, batches).error <= (
                KINKED_TOLERANCE if network.kinked else TOLERANCE):
            return candidate
    return None


def verify(log: CheckpointLog, network: replay.Network | None, batches: Batches,
           rng: np.random.Generator, *, every: bool = False, upto: int | None = None) -> Proof:
    """The proof of a run up to checkpoint `upto` (the end of the last epoch that counts;
    default: the last): every chosen segment replayed, or why none could be."""
    upto = len(log.marks) - 1 if upto is None else upto
    proof = Proof(checkpoints=upto, steps=log.marks[upto].step)
    if log.problem is not None:
        proof.status, proof.problem = "forged", log.problem
        return proof
    optimizers = {mark.optimizer for mark in log.marks[1:upto + 1]}
    proof.optimizer = next(iter(optimizers)) if len(optimizers) == 1 else None
    rule = RULES.get(proof.optimizer or "")
    proof.rule = rule
    proof.frozen = sorted({part for mark in log.marks[1:upto + 1] for part, group
                           in zip(log.shapes, mark.member) if group < 0},
                          key=list(spec.PARTS).index)
    if upto == 0:
        proof.status = "verified"
        return proof
    if network is None or rule is None:
        proof.status = "unverifiable"
        proof.problem = (UNKNOWN_MODEL if network is None else OTHER_OPTIMIZER)
        return proof
    proof.replayed = choose(log, upto, rng, every)
    tolerance = KINKED_TOLERANCE if network.kinked else TOLERANCE
    for index in proof.replayed:
        segment = replay_segment(log, index, network, rule, batches)
        if math.isfinite(segment.error):
            proof.worst = max(proof.worst or 0.0, segment.error)
        if not segment.error <= tolerance:
            mark, before = log.marks[index], log.marks[index - 1]
            proof.status = "mismatch"
            proof.problem = segment.problem
            proof.segment = [before.step, mark.step]
            return proof
    proof.status = "verified"
    return proof
