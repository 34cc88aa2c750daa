"""The records that cross the process boundary: each kind round-trips, and anything else the
student's code could write to the channel is dropped, not trusted."""

from __future__ import annotations

import json

import pytest

from grader.worker import protocol
from grader.worker.protocol import (
    ClassCounts,
    Contract,
    Epoch,
    Fact,
    FunctionRun,
    Layer,
    Optimizer,
    Predictions,
    Ready,
    Request,
    Trace,
)

TRACE = Trace([Layer("conv", [6, 28, 28], 156, "tanh"), Layer("avgpool", [6, 14, 14])],
              [2, 10], None, 156)


@pytest.mark.parametrize("record", [
    Ready(), Contract(["evaluate"], {"EPOCHS": 1.0, "BATCH_SIZE": None}),
    Fact("trace", value=TRACE), Fact("optimizer", error="boom", error_type="KeyError"),
    Fact("n_classes", value=ClassCounts({"3": [2, 3], "7": "ValueError: no"})),
    protocol.Progress(50, 938), Epoch(1, 0.25, [2.3, 0.1]), Epoch(1, "<NoneType>", []),
    Predictions(0, [1, 2, 3]), protocol.ImportFailed("SyntaxError", "SyntaxError"),
    protocol.StageFailed("x", "ValueError"), protocol.Done()])
def test_every_kind_round_trips(record):
    line = record.encode()
    assert line.endswith("\n") and line.count("\n") == 1
    assert protocol.decode(line.encode()) == record


@pytest.mark.parametrize("line", [
    b"not json", b"[1, 2]", b'{"no_event": 1}', b'{"event": "unknown"}', b'{"event": []}',
    b'{"event": "epoch", "epoch": 1, "mean_loss": 0.1}',                        # missing field
    b'{"event": "epoch", "epoch": 1, "mean_loss": 0.1, "losses": [], "x": 1}',  # extra field
    b'{"event": "epoch", "epoch": "1", "mean_loss": 0.1, "losses": []}',        # wrong type
    b'{"event": "epoch", "epoch": true, "mean_loss": 0.1, "losses": []}',       # bool for int
    b'{"event": "predictions", "epoch": 0, "values": "0123"}'])
def test_anything_else_is_dropped(line):
    assert protocol.decode(line) is None


def _fact(key, value, error=None) -> bytes:
    return json.dumps({"event": "fact", "key": key, "value": value, "error": error,
                       "error_type": None}).encode()


@pytest.mark.parametrize("line", [
    _fact("trace", {"layers": []}),                                      # a field missing
    _fact("trace", {**protocol.plain(TRACE), "output_shape": "2 x 10"}),  # mistyped
    _fact("trace", {**protocol.plain(TRACE), "extra": 1}),               # a field it has not
    _fact("n_classes", {"3": [2.5, 3]}),                                 # a float for an int
    _fact("shape", [2, 10]),                                             # no such fact
    _fact("trace", None),                                                # neither value
    _fact("trace", protocol.plain(TRACE), error="boom")])                # nor error alone
def test_a_fact_that_is_not_its_record_is_dropped(line):
    assert protocol.decode(line) is None


def test_facts_keep_the_json_form_stored_results_hold():
    """A fact's form is what the worker has always written (results store it, `lenet5
    rescore` reads it back): absent keys stay absent, per-k facts are keyed by k."""
    found = Optimizer(cls="torch.optim.sgd.SGD", exactly_adam=False, is_optimizer=False)
    assert protocol.plain(found) == {"class": "torch.optim.sgd.SGD", "exactly_adam": False,
                                     "is_optimizer": False}
    assert protocol.plain(FunctionRun(False, shapes={"w": [6]})) == {
        "loaded": False, "shapes": {"w": [6]}}
    assert protocol.plain(ClassCounts({"3": [2, 3]})) == {"3": [2, 3]}
    assert protocol.plain(TRACE)["layers"][1] == {"kind": "avgpool", "shape": [6, 14, 14],
                                                  "params": 0, "activation": None}


def test_a_request_round_trips_through_the_stage_folder(tmp_path):
    request = Request("evaluate", 0, 2, "cpu", evaluate=(0, 1), init="lenet", data="/data")
    (tmp_path / protocol.REQUEST).write_bytes(request.encode())
    assert json.loads((tmp_path / protocol.REQUEST).read_text())["stage"] == "evaluate"
    assert Request.read(tmp_path) == request


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize("value", [
    _nested(200_000),   # json.loads raises RecursionError: the grader's reader crashed on it
    _nested(protocol.MAX_DEPTH),   # loads, but the grader's own walks over it could not
])
def test_a_line_nested_beyond_any_record_is_dropped(value):
    line = b'{"event": "fact", "key": "function", "value": {"10": {"loaded": true, "outputs": ' \
        + value + b"}}}"
    assert protocol.decode(line) is None


def test_a_function_fact_nested_as_deep_as_a_model_output_can_be_is_kept():
    outputs = json.loads(_nested(4))   # a model that returns a 4-dimensional tensor
    line = Fact("function", value=protocol.Function(
        {"10": FunctionRun(True, "lenet", outputs)})).encode()
    assert protocol.decode(line.encode()) is not None


def test_a_line_longer_than_any_record_is_dropped():
    line = Fact("optimizer", error="x" * protocol.MAX_LINE_BYTES, error_type="E").encode()
    assert protocol.decode(line.encode()) is None


def test_the_grader_reads_past_a_line_without_end_holding_no_more_than_a_record():
    """A worker that writes without a newline: the grader drops the line as it arrives and
    reads the records after it."""
    import io
    import queue
    import threading

    from grader.isolation.session import _read_lines

    flood = b"x" * (2 * protocol.MAX_LINE_BYTES)
    channel = io.BufferedReader(io.BytesIO(flood + b"\n" + protocol.Done().encode().encode()))
    lines: queue.Queue = queue.Queue()
    _read_lines(channel, lines, 4 * protocol.MAX_LINE_BYTES, threading.Event())
    received = []
    while (line := lines.get_nowait()) is not None:
        received.append(line)
    assert [protocol.decode(line) for line in received] == [protocol.Done()]


def test_a_channel_past_its_bytes_is_a_flood_and_no_longer_read():
    """Beyond the stage's limit the reader says so and stops: what the worker writes then
    blocks it, and nothing more enters the grader's memory."""
    import io
    import queue
    import threading

    from grader.isolation.session import FLOOD, _read_lines

    records = protocol.Progress(1, 2).encode().encode() * 10_000
    lines: queue.Queue = queue.Queue()
    _read_lines(io.BufferedReader(io.BytesIO(records)), lines, 100_000, threading.Event())
    received = []
    while (line := lines.get_nowait()) is not FLOOD:
        received.append(line)
    assert 0 < len(received) and sum(map(len, received)) < 100_000 and lines.empty()


def test_a_lone_surrogate_in_a_record_becomes_a_replacement_character():
    """`raise ValueError("\\udcff")` at import reaches the grader as a string no file or
    terminal can take; it stopped a whole `lenet5 grade` when the feedback was written."""
    line = b'{"event": "import_error", "error": "boom \\udcff", "error_type": "ValueError"}'
    record = protocol.decode(line)
    assert record == protocol.ImportFailed("boom ?", "ValueError")


@pytest.mark.parametrize("number", [2**63 + 1, -(10**4000)])
def test_a_number_larger_than_any_a_worker_reports_is_dropped(number):
    """An int of thousands of digits overflows every float the grader computes with."""
    line = json.dumps({"event": "fact", "key": "trace", "value": {
        "layers": [], "output_shape": [2, 10], "output_op": None, "total_params": number}})
    assert protocol.decode(line.encode()) is None
