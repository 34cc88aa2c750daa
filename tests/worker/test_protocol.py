"""The records that cross the process boundary: each kind round-trips, and anything else the
student's code could write to the channel is dropped, not trusted."""

from __future__ import annotations

import json

import pytest

from grader.worker import protocol
from grader.worker.protocol import Contract, Epoch, Fact, Predictions, Ready, Request


@pytest.mark.parametrize("record", [
    Ready(), Contract(["evaluate"], {"EPOCHS": 1.0, "BATCH_SIZE": None}),
    Fact("trace", value={"layers": []}), Fact("optimizer", error="boom", error_type="KeyError"),
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


def test_a_request_round_trips_through_the_stage_folder(tmp_path):
    request = Request("evaluate", 0, 2, "cpu", evaluate=(0, 1), init="lenet", data="/data")
    (tmp_path / protocol.REQUEST).write_bytes(request.encode())
    assert json.loads((tmp_path / protocol.REQUEST).read_text())["stage"] == "evaluate"
    assert Request.read(tmp_path) == request
