"""Proof of training: the grader's numpy training step against torch's, and the replay of real
torch training loops streamed through the worker's own Checkpoints, honest and cheating.

Each loop below runs in this process with the worker's loader, step watch and checkpoint
stream (worker/runtime.py), on 768 MNIST training images; its checkpoints cross the channel's
JSON form, and the grading side (grading/proof.py) replays them as a grading does.
"""

from __future__ import annotations

import base64
import types
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from grader.assignment import spec
from grader.grading import evaluation, proof, replay
from grader.grading.verification import draw_set
from grader.worker import protocol, runtime
from grader.worker.inspection import load_by_shape

LENET = {"activations": ("tanh",) * 4, "pools": ("avg", "avg"), "order": spec.IN_ORDER,
         "set": "lenet", "output": "logits"}
IMAGES = 768
BATCH = 64
EVERY = 3


@pytest.fixture(scope="module")
def mnist():
    from grader.data import Mnist, ensure_mnist

    data = Mnist.load(ensure_mnist())
    return data.train_images[:IMAGES], data.train_labels[:IMAGES]


class LeNet5(nn.Module):
    def __init__(self, n_classes=10, act=torch.tanh, pool=F.avg_pool2d, dropout=False):
        super().__init__()
        self.act, self.pool = act, pool
        self.c1 = nn.Conv2d(1, 6, 5, padding=2)
        self.c3 = nn.Conv2d(6, 16, 5)
        self.c5 = nn.Linear(400, 120)
        self.f6 = nn.Linear(120, 84)
        self.out = nn.Linear(84, n_classes)
        self.drop = nn.Dropout(0.5) if dropout else nn.Identity()

    def forward(self, x):
        x = self.pool(self.act(self.c1(x)), 2)
        x = self.pool(self.act(self.c3(x)), 2)
        x = self.drop(self.act(self.c5(x.flatten(1))))
        return self.out(self.act(self.f6(x)))


def honest_epoch(model, loader, optimizer, loss_fn, device):
    for images, labels in loader:
        optimizer.zero_grad()
        loss_fn(model(images), labels).backward()
        optimizer.step()
    return 0.0


def stream(mnist, *, net=LeNet5, make=lambda m: torch.optim.Adam(m.parameters(), lr=1e-3),
           epoch=honest_epoch, epochs=1, variant=LENET, every=EVERY, seed=3):
    """Train `net` from the grader's weights for `epochs` passes of `epoch` over the sample,
    streaming checkpoints as the timed run does: the grader's start, and the records sent."""
    images, labels = mnist
    start = draw_set(10, variant["set"], np.random.default_rng(seed))
    model = net()
    parts = load_by_shape(model, {part: torch.from_numpy(array) for part, array in start.items()})
    loader = runtime.TensorBatches(torch.from_numpy(images), torch.from_numpy(labels), BATCH,
                                   seed=seed)
    sent = []
    watch = runtime.StepWatch(model, runtime.Checkpoints(model, parts, spec.PARTS, loader, every,
                                                         sent.append))
    optimizer = make(model)
    watch.watch(optimizer)
    for _ in range(epochs):
        epoch(model, loader, optimizer, runtime.RecordingLoss(), "cpu")
        watch.hand_over(optimizer)
    return start, [protocol.decode(record.encode().encode()) for record in sent]  # the channel


def prove(mnist, start, records, variant=LENET, seed=3):
    """The grader's proof of the streamed run, every segment replayed."""
    images, labels = mnist
    log = proof.CheckpointLog.starting_at(start, 1000, EVERY)
    for record in records:
        log.add(record)
    found = proof.verify(log, replay.Network.of(variant),
                         proof.served(images, labels, BATCH, seed), np.random.default_rng(0),
                         every=True)
    log.close()
    return found


def run(mnist, variant=LENET, **kwargs):
    return prove(mnist, *stream(mnist, variant=variant, **kwargs), variant=variant)


# --- the numpy step against torch's ------------------------------------------------------------

def torch_forward(weights, variant):
    acts = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid,
            "none": lambda x: x, spec.SCALED_TANH: lambda x: 1.7159 * torch.tanh(x * 2 / 3)}
    a1, a3, a5, a6 = (acts[name] for name in variant["activations"])

    def pool(x, kind):
        return F.avg_pool2d(x, 2) if kind == "avg" else F.max_pool2d(x, 2)

    def block(x, act, kind):
        return pool(act(x), kind) if variant["order"] == spec.IN_ORDER else act(pool(x, kind))

    def forward(x):
        x = block(F.conv2d(x, weights["C1.weight"], weights["C1.bias"],
                           padding=spec.padding(variant["set"])), a1, variant["pools"][0])
        x = block(F.conv2d(x, weights["C3.weight"], weights["C3.bias"]), a3, variant["pools"][1])
        x = a5(x.flatten(1) @ weights["C5.weight"].reshape(120, -1).T + weights["C5.bias"])
        x = F.linear(a6(F.linear(x, weights["F6.weight"], weights["F6.bias"])),
                     weights["out.weight"], weights["out.bias"])
        return {"logits": x, "log-probabilities": F.log_softmax(x, 1),
                "probabilities": F.softmax(x, 1)}[variant["output"]]

    return forward


@pytest.mark.parametrize("variant", [
    LENET,
    {**LENET, "activations": ("relu",) * 4, "pools": ("max", "max")},
    {**LENET, "order": "pool, activate"},
    {**LENET, "activations": ("sigmoid", "tanh", "none", "tanh"), "set": "unpadded"},
    {**LENET, "set": "typo", "output": "probabilities"},
    {**LENET, "output": "log-probabilities"},
    {**LENET, "activations": (spec.SCALED_TANH,) * 4},
], ids=["lenet", "relu-max", "tanh-after-pool", "mixed-unpadded", "typo-softmax",
        "log-softmax", "scaled-tanh"])
def test_the_numpy_gradients_are_torchs(mnist, variant):
    images, labels = mnist[0][:32], mnist[1][:32].astype(np.int64)
    weights = draw_set(10, variant["set"], np.random.default_rng(0))
    loss, gradients = replay.Network.of(variant).gradients(
        weights, evaluation.normalize(images), labels)
    tensors = {part: torch.tensor(array, requires_grad=True) for part, array in weights.items()}
    expected = F.cross_entropy(torch_forward(tensors, variant)(
        torch.from_numpy(evaluation.normalize(images))[:, None]), torch.from_numpy(labels))
    expected.backward()
    assert loss == pytest.approx(float(expected.detach()), rel=1e-5)
    for part, tensor in tensors.items():
        scale = float(tensor.grad.abs().max())
        assert np.abs(gradients[part] - tensor.grad.numpy()).max() <= 1e-4 * scale, part


@pytest.mark.parametrize("make, rule", [
    (lambda p: torch.optim.Adam(p, lr=1e-2), "adam"),
    (lambda p: torch.optim.Adam(p, lr=1e-3, weight_decay=1e-2, amsgrad=True,
                                betas=(0.8, 0.99)), "adam"),
    (lambda p: torch.optim.AdamW(p, lr=1e-3), "adamw"),
    (lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-3),
     "sgd"),
    (lambda p: torch.optim.SGD(p, lr=0.1, maximize=True), "sgd"),
], ids=["adam", "adam-amsgrad-l2", "adamw", "sgd-nesterov", "sgd-maximize"])
def test_the_update_rules_are_torchs(make, rule):
    rng = np.random.default_rng(1)
    param = torch.tensor(rng.normal(size=50).astype(np.float32), requires_grad=True)
    optimizer = make([param])
    ours, state = param.detach().numpy().copy(), {}
    group = runtime.group_hyper(optimizer.param_groups[0])
    for _ in range(5):
        gradient = rng.normal(size=50).astype(np.float32)
        param.grad = torch.from_numpy(gradient.copy())
        optimizer.step()
        ours, state = replay.RULES[rule](ours, gradient, state, proof._hyper(group, group.lr))
    assert np.abs(ours - param.detach().numpy()).max() <= 1e-6


# --- honest loops replay -----------------------------------------------------------------------

@pytest.mark.parametrize("kwargs", [
    {},
    {"epochs": 2},
    {"make": lambda m: torch.optim.SGD(m.parameters(), lr=0.05, momentum=0.9)},
    {"make": lambda m: torch.optim.AdamW(m.parameters(), lr=1e-3)},
    {"make": lambda m: torch.optim.Adam([{"params": [*m.c1.parameters(), *m.c3.parameters()],
                                          "lr": 3e-3}, {"params": [*m.c5.parameters(),
                                          *m.f6.parameters(), *m.out.parameters()]}])},
], ids=["adam", "two-epochs", "sgd", "adamw", "two-groups"])
def test_an_honest_loop_replays(mnist, kwargs):
    found = run(mnist, **kwargs)
    assert found.status == "verified", found
    assert found.worst < proof.TOLERANCE / 20
    assert found.replayed == list(range(1, found.checkpoints + 1))


def test_a_scheduler_and_the_functional_loss_replay(mnist):
    def epoch(model, loader, optimizer, loss_fn, device):
        schedule = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
        for images, labels in loader:
            optimizer.zero_grad()
            F.cross_entropy(model(images), labels).backward()
            optimizer.step()
            schedule.step()
        return 0.0

    found = run(mnist, epoch=epoch)
    assert found.status == "verified", found


def test_frozen_parameters_are_named_and_replay(mnist):
    found = run(mnist, make=lambda m: torch.optim.Adam([*m.f6.parameters(),
                                                         *m.out.parameters()]))
    assert found.status == "verified", found
    assert found.frozen == ["C1.weight", "C1.bias", "C3.weight", "C3.bias", "C5.weight",
                            "C5.bias"]


def test_relu_and_max_pooling_replay_in_their_variant(mnist):
    variant = {**LENET, "activations": ("relu",) * 4, "pools": ("max", "max")}
    found = run(mnist, net=lambda: LeNet5(act=torch.relu, pool=F.max_pool2d), variant=variant)
    assert found.status == "verified", found


def test_dropout_switched_off_replays(mnist, monkeypatch):
    monkeypatch.setattr(F, "dropout", F.dropout)   # restored afterwards
    runtime.switch_off_dropout()
    found = run(mnist, net=lambda: LeNet5(dropout=True))
    assert found.status == "verified", found


# --- cheats do not -----------------------------------------------------------------------------

def test_sgd_inside_adams_step_closure_is_caught(mnist):
    """The closure route: hand-written updates inside optimizer.step(closure)."""
    def epoch(model, loader, optimizer, loss_fn, device):
        for images, labels in loader:
            def closure(images=images, labels=labels):
                optimizer.zero_grad()
                loss = loss_fn(model(images), labels)
                loss.backward()
                with torch.no_grad():
                    for parameter in model.parameters():
                        parameter -= 0.05 * parameter.grad
                return loss
            optimizer.step(closure)
        return 0.0

    found = run(mnist, epoch=epoch)
    assert found.status == "mismatch" and found.segment == [0, EVERY]
    assert found.worst > 10 * proof.TOLERANCE


def test_weights_installed_at_the_end_are_caught(mnist):
    """Weights trained elsewhere, put in place after the last step."""
    trained = draw_set(10, "lenet", np.random.default_rng(99))

    def epoch(model, loader, optimizer, loss_fn, device):
        honest_epoch(model, loader, optimizer, loss_fn, device)
        load_by_shape(model, {part: torch.from_numpy(array) for part, array in trained.items()})
        return 0.0

    found = run(mnist, epoch=epoch)
    assert found.status == "mismatch", found
    assert found.segment[0] == found.segment[1] == found.steps   # the epoch's end


def test_a_small_nudge_between_steps_is_caught(mnist):
    def epoch(model, loader, optimizer, loss_fn, device):
        for number, (images, labels) in enumerate(loader):
            optimizer.zero_grad()
            loss_fn(model(images), labels).backward()
            optimizer.step()
            if number == EVERY + 1:   # after step 5, inside the second segment
                with torch.no_grad():
                    model.out.bias += 1e-3
        return 0.0

    found = run(mnist, epoch=epoch)
    assert found.status == "mismatch" and found.segment == [EVERY, 2 * EVERY]


def test_two_steps_on_one_batch_are_refused(mnist):
    def epoch(model, loader, optimizer, loss_fn, device):
        for images, labels in loader:
            for _ in range(2):
                optimizer.zero_grad()
                loss_fn(model(images), labels).backward()
                optimizer.step()
        return 0.0

    found = run(mnist, epoch=epoch)
    assert found.status == "forged" and "one step per batch" in found.problem


def test_an_optimizer_the_grader_cannot_replay_is_unverifiable(mnist):
    found = run(mnist, make=lambda m: torch.optim.RMSprop(m.parameters(), lr=1e-3))
    assert found.status == "unverifiable" and found.optimizer.endswith("RMSprop")


def test_a_forged_optimizer_state_is_caught(mnist):
    """A checkpoint whose Adam state was rewritten (a tiny exp_avg_sq makes the next steps
    larger) fails the segment that ends at it."""
    start, records = stream(mnist)
    values = np.frombuffer(base64.b64decode(records[1].data), np.float32).copy()
    values[2 * spec.TOTAL_PARAMS:] *= 1e-4
    records[1] = replace(records[1], data=base64.b64encode(values.tobytes()).decode())
    found = prove(mnist, start, records)
    assert found.status == "mismatch" and found.segment == [EVERY, 2 * EVERY]
    assert "exp_avg_sq" in found.problem


@pytest.mark.parametrize("change, problem", [
    (lambda r: {"steps": r.steps * 2, "step": r.step + 1}, "2 steps after"),
    (lambda r: {"data": r.data[:-8]}, "does not fit"),
    (lambda r: {"step": r.step + 1}, "step count"),
    (lambda r: {"state": ["exp_avg", "secret"]}, "does not know"),
    (lambda r: {"member": [5] * 10}, "groups do not fit"),
    (lambda r: {"data": "@@@@"}, "not base64"),
], ids=["too-many-steps", "short", "steps", "state", "member", "base64"])
def test_a_checkpoint_that_does_not_fit_forges_the_log(change, problem):
    start = draw_set(10, "lenet", np.random.default_rng(0))
    model = LeNet5()
    parts = load_by_shape(model, {part: torch.from_numpy(array) for part, array in start.items()})
    loader = types.SimpleNamespace(served=(0, 0))
    sent = []
    optimizer = torch.optim.Adam(model.parameters())
    stream = runtime.Checkpoints(model, parts, spec.PARTS, loader, 1, sent.append)
    stream.before_step(optimizer)
    stream.after_step(optimizer, 0)
    record = protocol.decode(sent[0].encode().encode())
    log = proof.CheckpointLog.starting_at(start, 10, 1)
    forged = replace(record, **change(record))
    assert not log.add(forged)
    assert problem in log.problem
    log.close()


def test_segments_are_chosen_after_the_run_largest_first():
    start = draw_set(10, "lenet", np.random.default_rng(0))
    log = proof.CheckpointLog.starting_at(start, 100, 10)
    log.marks += [proof.Mark(i, 1, False, [], "", [], [], [], [], 0, change=float(i % 7))
                  for i in range(1, 21)]
    log.marks[12].outside = 1
    chosen = proof.choose(log, 20, np.random.default_rng(0))
    assert {6, 5, 13, 12} <= set(chosen)   # the two largest (6 and 13) and the one before each
    assert 12 in chosen and 20 in chosen   # the watch's hint, and the last: it is scored
    assert len(chosen) == 5 + proof.AT_RANDOM
    assert proof.choose(log, 3, np.random.default_rng(0), every=True) == [1, 2, 3]


def test_the_evaluation_and_the_replay_read_the_log_from_two_threads_whole(mnist):
    """The grader evaluates the epochs' weights while a thread replays segments: both read
    the one file the checkpoints are kept in, and neither may move the other's place in it."""
    start, records = stream(mnist)
    log = proof.CheckpointLog.starting_at(start, 1000, EVERY)
    for record in records:
        log.add(record)
    indices = list(range(len(log.marks)))
    expected = [log.values(index)[0]["C1.weight"].copy() for index in indices]

    def read_all(_):
        return all(np.array_equal(log.values(index)[0]["C1.weight"], expected[index])
                   for _ in range(20) for index in indices)

    with ThreadPoolExecutor(2) as pool:
        assert all(pool.map(read_all, range(4)))
    log.close()
