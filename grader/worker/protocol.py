"""What crosses the boundary between the grading process and a worker, defined once.

The grader writes a request (one JSON file per stage) and the data into the stage's own fresh
folder before the stage starts; the worker answers with records, one JSON object per line on
its report descriptor, each of a named kind, and with weights as `.npy` files in its folder.
Both sides import this module, which imports neither torch nor student code.

The worker's channel can also be written by the student's code, so a line that is not a
well-formed record (unknown kind, missing or mistyped field, a fact whose value is not the
record its key names) is dropped, and nothing decoded here is trusted beyond its type: the
grader verifies what matters.
"""

from __future__ import annotations

import functools
import json
import re
import types
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, ClassVar, Union, get_args, get_origin, get_type_hints

# Files in the job folder, by the names both sides use.
SUBMISSION = "lenet.py"         # the submission, copied in by the grader
REQUEST = "request.json"        # the stage's request


# How the inspection probes a submission: the worker does it, the checks read it.
CLASS_COUNTS = (3, 7)   # values of k for LeNet5(k) that no one hard-codes by accident
LOOP_EPOCHS = 4         # passes of train_one_epoch over the fixed training sample
LOOP_BATCH = 32         # batch size of that sample's loader

PIXEL_MEAN, PIXEL_STD = 0.1307, 0.3081   # MNIST's: every batch a model sees is normalized so

# The differential test: the grader draws weight sets of LeNet-5 for LeNet5(k) (the request
# names each set's k and kind, and the parts of a set: LeNet-5's geometry is the grading
# side's, in grader/assignment/spec.py), probe images and the gradients of two optimizer steps,
# and places them in the job folder; the worker loads the weights into the student's models by
# shape and reports what they compute.
PROBE_IMAGES = "probe-images"       # N x 1 x 28 x 28, normalized like the training batches


def probe_file(k: int, kind: str, part: str) -> str:
    """The name of weight `part` of the grader's set `kind` for LeNet5(k) in the job folder."""
    return f"probe-{k}-{kind}-{part}"


def weights_file(epoch: int) -> str:
    """The model the training stage saves after `epoch` (0: before training), for a model
    whose function the grader does not know: only the worker can run it."""
    return f"epoch-{epoch}.pt"


def init_file(part: str) -> str:
    """Part `part` of the grader's own starting weights for the timed run, as `.npy`."""
    return f"init-{part}"


def batch_order(seed: int, number: int, count: int):
    """The order in which the grader's loader hands out `count` training images in its pass
    `number` (from 0): a numpy permutation of a seed both sides know, so that the grading
    process, which never imports torch, can serve a replay the very batches a worker got."""
    import numpy as np

    return np.random.default_rng([seed, number]).permutation(count)


# --- requests: grader -> worker ---------------------------------------------------------------

@dataclass(frozen=True)
class Request:
    """What every stage is told: its seed, thread count and device."""
    stage: str                            # inspect, train, evaluate; proxy (no submission)
    seed: int
    threads: int
    device: str
    epochs: int = 0                       # train: how many epochs
    batch_size: int = 0                   # train: the student's, within the rubric's bounds
    learning_rate: float = 0.0            # train: likewise
    evaluate: tuple[int, ...] = ()        # evaluate: the saved epochs to predict with
    batches: int = 0                      # train: stop each pass after this many (calibration)
    init: str = ""                        # train: the weight set to start from ("": none fits)
    whole_model: bool = False             # train: hand over whole models, for a worker to run
    data: str = ""                        # the folder of the shared arrays (training data)
    parts: tuple[str, ...] = ()           # inspect, train: the names of a weight set's parts
    probe_sets: tuple[tuple[int, tuple[str, ...]], ...] = ()   # inspect: (k, kinds) per k
    checkpoint_every: int = 0             # train: optimizer steps between two checkpoints

    def encode(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @classmethod
    def read(cls, folder: Path) -> Request:
        raw = json.loads((folder / REQUEST).read_text())
        return cls(**{**raw, "evaluate": tuple(raw.get("evaluate", ())),
                      "parts": tuple(raw.get("parts", ())),
                      "probe_sets": tuple((k, tuple(kinds)) for k, kinds
                                          in raw.get("probe_sets", ()))})


# --- records: worker -> grader ----------------------------------------------------------------

@dataclass(frozen=True)
class Record:
    """One line on the report channel; subclasses name their kind."""
    kind: ClassVar[str]

    def encode(self) -> str:
        return json.dumps({"event": self.kind, **plain(self)}) + "\n"

    def checked(self) -> Record:
        """The record as decoded, where its field types say all there is to check."""
        return self


@dataclass(frozen=True)
class Ready(Record):
    """Imports done (torch and the submission): the stage's work starts now."""
    kind: ClassVar[str] = "ready"


@dataclass(frozen=True)
class Contract(Record):
    """Which contract names the module lacks, and its hyperparameters as numbers."""
    kind: ClassVar[str] = "contract"
    missing: list
    hyperparameters: dict


@dataclass(frozen=True)
class Fact(Record):
    """One inspection: its value (the fact record its key names), or the student's error that
    stopped it."""
    kind: ClassVar[str] = "fact"
    key: str
    value: Any = None
    error: str | None = None
    error_type: str | None = None

    def checked(self) -> Fact:
        """The fact with its value decoded as the record its key names; Malformed for an
        unknown key, a value that is not that record, or not exactly one of value and error."""
        if self.key not in FACT_RECORDS or (self.value is None) == (self.error is None):
            raise Malformed(self.key)
        if self.error is not None:
            return self
        return replace(self, value=typed(FACT_RECORDS[self.key], self.value))


@dataclass(frozen=True)
class Progress(Record):
    kind: ClassVar[str] = "progress"
    done: int
    total: int


@dataclass(frozen=True)
class Epoch(Record):
    """An epoch of the timed run ended; its weights are saved."""
    kind: ClassVar[str] = "epoch"
    epoch: int
    mean_loss: float | str        # what train_one_epoch returned, or its type's name
    losses: list                  # every loss the grader's loss function computed
    outside_steps: int = 0        # times the parameters changed other than by the optimizer


@dataclass(frozen=True)
class Step:
    """One step of the optimizer: the batch the loader had handed out last (its pass and its
    number in that pass, from 0) and each parameter group's learning rate at that step."""
    pass_: int = field(metadata={"key": "pass"})
    batch: int
    lrs: list[float]


@dataclass(frozen=True)
class GroupHyper:
    """The numbers of a parameter group that the update rules read (absent ones as None)."""
    lr: float | None
    eps: float | None
    weight_decay: float | None
    betas: list[float | None] | None
    amsgrad: bool
    maximize: bool
    momentum: float | None = None
    dampening: float | None = None
    nesterov: bool = False


# The optimizer state a checkpoint may carry per parameter, after the parameters themselves.
STATE_ARRAYS = ("exp_avg", "exp_avg_sq", "max_exp_avg_sq", "momentum_buffer")


@dataclass(frozen=True)
class Checkpoint(Record):
    """Where a training run stands, streamed as it goes: after every `checkpoint_every` steps
    of the optimizer and at the end of each epoch. The grader keeps each as it arrives and
    replays chosen segments between two of them (grading/proof.py); nothing in it is trusted
    until a replay ends where it says.

    `data` is base64 of float32 values: the parameters by part of the grader's weight set (the
    request's `parts`), then each array named in `state`, by part likewise."""
    kind: ClassVar[str] = "checkpoint"
    step: int                     # optimizer steps taken so far in this run
    epoch: int                    # the epoch (pass of train_one_epoch) it belongs to, from 1
    epoch_end: bool               # taken after train_one_epoch returned
    steps: list[Step]             # the steps since the previous checkpoint, in order
    optimizer: str                # the optimizer's class, module and name
    groups: list[GroupHyper]      # per parameter group, at this checkpoint
    member: list[int]             # per part: the group that holds it, -1 for none
    state: list[str]              # the state arrays in `data`, each one of STATE_ARRAYS
    counts: list[int]             # per part: the optimizer's own step count for it
    data: str
    outside: int = 0              # changes of the parameters the worker saw outside step()

    def encode(self) -> str:
        """As every record, but `data` (base64: nothing in it needs escaping) is put in as it
        is, which saves the worker's budget a JSON walk of a megabyte per checkpoint."""
        fields = {"event": self.kind, **plain(self)}
        del fields["data"]
        if not self.data.isascii() or '"' in self.data or "\\" in self.data:
            return super().encode()
        return f'{json.dumps(fields)[:-1]}, "data": "{self.data}"}}\n'


@dataclass(frozen=True)
class Predictions(Record):
    kind: ClassVar[str] = "predictions"
    epoch: int
    values: list


@dataclass(frozen=True)
class ImportFailed(Record):
    """Importing the submission raised: the student's part of the traceback."""
    kind: ClassVar[str] = "import_error"
    error: str
    error_type: str


@dataclass(frozen=True)
class StageFailed(Record):
    """The stage's work raised in the student's code."""
    kind: ClassVar[str] = "stage_error"
    error: str
    error_type: str


@dataclass(frozen=True)
class Done(Record):
    kind: ClassVar[str] = "done"


KINDS = {record.kind: record for record in
         (Ready, Contract, Fact, Progress, Epoch, Checkpoint, Predictions, ImportFailed,
          StageFailed, Done)}


# The deepest record a worker sends nests 8 levels (a fact of operator values, a model's output
# of a few dimensions); a line nested deeper is the student's. json.loads raises RecursionError
# near Python's recursion limit, and a value nested just under it would make the grader's own
# walks over it (storing a result) raise later.
MAX_DEPTH = 32
MAX_LINE_BYTES = 4 << 20    # the longest record, a checkpoint with Adam's amsgrad, is 1.4 MB
# The largest integer a record's number may be: an int of thousands of digits (json.loads
# takes 4,300) overflows a float and makes arithmetic on it slow.
MAX_INT = 2**63


SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def decode(line: bytes) -> Record | None:
    """The record on one line, or None for anything else: never raises, whatever the bytes."""
    if len(line) > MAX_LINE_BYTES:
        return None
    try:
        raw = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("event"), str) \
            or raw["event"] not in KINDS or not _nests_within(raw, MAX_DEPTH):
        return None
    if SURROGATE_ESCAPE.search(line):   # only an escape makes one (UTF-8 bytes never do)
        text = json.dumps(raw, ensure_ascii=False)
        try:
            text.encode()
        except UnicodeEncodeError:   # a lone surrogate ("\\udcff"): no file or terminal takes it
            raw = json.loads(text.encode(errors="replace"))
    kind = KINDS[raw.pop("event")]
    try:
        return typed(kind, raw).checked()
    except Malformed:
        return None


def _nests_within(value, limit: int) -> bool:
    """Whether `value`'s lists and objects nest at most `limit` deep (walked without recursion)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, (list, dict)):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
    return True


# --- JSON forms: one codec for records, facts and what the grader stores of them --------------

class Malformed(ValueError):
    """Loaded JSON that is not a value of the type it was read as."""


# The metadata of a field that the JSON form leaves out where it is None: a fact that has
# always omitted the key there (stored results hold it so).
ABSENT = {"absent": True}


def _key(item) -> str:
    """A field's key in the JSON form: its name, unless that is a Python keyword."""
    return item.metadata.get("key", item.name)


def plain(value):
    """`value` as JSON-ready data: records by their fields' keys (a per-k fact as its
    mapping), tuples as lists. Anything else is left for json.dumps to judge."""
    if isinstance(value, ByK):
        return plain(value.by_k)
    if is_dataclass(value) and not isinstance(value, type):
        return {_key(item): plain(getattr(value, item.name)) for item in fields(value)
                if not (item.metadata.get("absent") and getattr(value, item.name) is None)}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return get_type_hints(kind)


def typed(kind, raw):
    """Loaded JSON `raw` as a value of type `kind` (records built, tuples made), or Malformed.
    A float may be written as an int; a bool is no number."""
    origin, args = get_origin(kind), get_args(kind)
    if kind is Any:
        return raw
    if origin in (Union, types.UnionType):
        for option in args:
            try:
                return typed(option, raw)
            except Malformed:
                continue
        raise Malformed(kind)
    if is_dataclass(kind):
        return _record(kind, raw)
    accepted = {float: (int, float), tuple: list}.get(origin or kind, origin or kind)
    if not isinstance(raw, accepted) or isinstance(raw, bool) and kind is not bool:
        raise Malformed(kind)
    if isinstance(raw, int) and not -MAX_INT <= raw <= MAX_INT:
        raise Malformed(kind)   # no count or measure of a worker's is that large
    if origin is list and args:
        return [typed(args[0], item) for item in raw]
    if origin is tuple:
        if len(raw) != len(args):
            raise Malformed(kind)
        return tuple(typed(part, item) for part, item in zip(args, raw))
    if origin is dict:
        return {typed(args[0], key): typed(args[1], item) for key, item in raw.items()}
    return raw


def _record(kind: Any, raw):
    """A record from the JSON object of its fields' keys; Malformed for a key it does not
    have or a required one missing."""
    if issubclass(kind, ByK):
        return kind(typed(_hints(kind)["by_k"], raw))
    if not isinstance(raw, dict):
        raise Malformed(kind)
    declared = {_key(item): item.name for item in fields(kind)}
    if set(raw) - set(declared):
        raise Malformed(kind)
    hints = _hints(kind)
    try:
        return kind(**{declared[key]: typed(hints[declared[key]], value)
                       for key, value in raw.items()})
    except TypeError as missing:
        raise Malformed(kind) from missing


# --- facts: what the inspection found, each the value of a Fact record ------------------------
# The worker builds them (worker/inspection.py), the checks read them (assignment/checks/), and
# a result stores them in the same JSON form for `lenet5 rescore`: each record's form is the
# object the worker has always written, which a forged value must match to be read at all.

@dataclass(frozen=True)
class ByK:
    """A fact of LeNet5(k) for several k, by str(k): its JSON form is that mapping."""
    by_k: dict[str, Any]

    def of(self, k: int):
        return self.by_k.get(str(k))


@dataclass(frozen=True)
class Construction(ByK):
    """The trainable parameters of LeNet5(k) as built, (name, shape) in the model's order."""
    key: ClassVar[str] = "construction"
    by_k: dict[str, list[tuple[str, list[int]]]]


@dataclass(frozen=True)
class Optimizer:
    """What make_optimizer returned: its exact class and, for a torch optimizer, which of the
    model's parameters it holds and its groups' learning rates (only shown, as held)."""
    key: ClassVar[str] = "optimizer"
    cls: str = field(metadata={"key": "class"})
    exactly_adam: bool
    is_optimizer: bool
    missing: list[str] | None = field(default=None, metadata=ABSENT)
    foreign: int | None = field(default=None, metadata=ABSENT)
    duplicates: int | None = field(default=None, metadata=ABSENT)
    lr: list[Any] | None = field(default=None, metadata=ABSENT)


@dataclass(frozen=True)
class Layer:
    """One layer of a traced forward pass."""
    kind: str                 # "conv", "linear", "avgpool" or "maxpool"
    shape: list[int]          # output shape without the batch dimension
    params: int = 0           # trainable parameters this layer consumed
    activation: str | None = None  # first nonlinearity applied to its output
    kernel: list[int] | None = field(default=None, metadata=ABSENT)   # a convolution's
    norm: str | None = field(default=None, metadata=ABSENT)   # a normalization after it
    norm_params: int | None = field(default=None, metadata=ABSENT)   # and its parameters


@dataclass(frozen=True)
class Trace:
    """What LeNet5(10)'s forward pass executed (worker/trace.py)."""
    key: ClassVar[str] = "trace"
    layers: list[Layer]
    output_shape: list[int]         # with the batch dimension
    output_op: str | None           # softmax or log_softmax applied at the end, if any
    total_params: int
    # what forward returned around its logits ("a tuple of 2"); None: the logits themselves
    container: str | None = field(default=None, metadata=ABSENT)


@dataclass(frozen=True)
class ClassCounts(ByK):
    """The output shape of LeNet5(k) for each of CLASS_COUNTS, or the error it raised."""
    key: ClassVar[str] = "n_classes"
    by_k: dict[str, list[int] | str]


@dataclass(frozen=True)
class OperatorValues:
    """What one traced operator produced for the first probe image."""
    op: str
    shape: list[int]
    values: list[float]


@dataclass(frozen=True)
class FunctionRun:
    """LeNet5(k) with the grader's weights: the set it took, its outputs on the probe images
    (as nested lists of whatever shape it returned) and, for k = 10, every operator's values;
    or, where it took none, its parameter shapes (and, where it took one with its BatchNorm
    layers at identity, the outputs of that too)."""
    loaded: bool
    set: str | None = field(default=None, metadata=ABSENT)
    outputs: Any = field(default=None, metadata=ABSENT)
    values: list[OperatorValues] | None = field(default=None, metadata=ABSENT)
    shapes: dict[str, list[int]] | None = field(default=None, metadata=ABSENT)
    # BatchNorm layers the model holds besides LeNet-5's parameters, set to the identity for
    # these outputs (then `loaded` stays False: no timed run starts from such a model)
    identity: int | None = field(default=None, metadata=ABSENT)


@dataclass(frozen=True)
class Function(ByK):
    """What LeNet5(k) computes, for each k of the grader's weight sets."""
    key: ClassVar[str] = "function"
    by_k: dict[str, FunctionRun]


@dataclass(frozen=True)
class TrainingLoop:
    """The student's train_one_epoch, LOOP_EPOCHS times over a fixed sample, then evaluate:
    what they returned, and what the worker saw them do."""
    key: ClassVar[str] = "training_loop"
    returned_losses: list[float | str]      # train_one_epoch's values (as_number)
    seen_losses: list[float | None]         # the mean loss of its loss_fn's calls, per pass
    batches_seen: list[int]                 # batches each pass took from the loader
    batches_per_epoch: int
    optimizer_steps: int
    outside_steps: int                      # parameter changes other than by a step
    weights_moved: bool
    claimed_accuracy: float | str           # evaluate's value (as_number)
    set: str | None                         # the grader's weight set the model started from
    predictions: list[int]   # the worker's own, used only where the grader cannot run the model


# The record each Fact's key names.
FACT_RECORDS: dict[str, type] = {fact.key: fact for fact in (
    Construction, Optimizer, Trace, ClassCounts, Function, TrainingLoop)}

