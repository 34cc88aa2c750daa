"""What the red-team tests (test_redteam_*.py) share: the attacks of tests/redteam/, the
promise of a sandbox tier each one needs, how a check of one is run and read, the copies of
attacks that need this machine's facts pasted in, and what the reports of report_inject.py
may not hold.

The red team is three modules so that the suite's workers share it out (pytest-xdist gives a
module to one worker): the tiers, one class graded by `lenet5 grade`, and `otter run`. Nothing
here may depend on running alone: the listener takes a free port of its own, which the copy of
network.py is told, and every process census looks below the test's own process."""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path

from helpers import (
    REDTEAM,
    control_characters,
    expected_statuses,
    html_markup,
    markdown_markup,
    run_cli,
)

from grader import data

ATTACKS = sorted(REDTEAM.glob("*.py"))
# The promise (tiers.PROMISES) that keeps each attack on files and the network to its honest
# part. An attack that needs no promise is stopped in every tier.
NEEDS = {"tamper_grader": "kit_read_only", "fake_results": "secrets_hidden",
         "label_hunt": "secrets_hidden", "exfiltrate": "private_hidden",
         "read_solution": "only_own_folder", "copy_classmate": "only_own_folder",
         "smuggled_weights": "only_own_folder", "network": "no_network"}
# Attacks that, where their promise is not kept, show themselves working: they score more than
# their honest part (or, for exfiltrate and network, their loot and connections show).
SHOWN_WORKING = ("read_solution", "copy_classmate", "exfiltrate", "network")
NETWORK_PORT_LINE = "PORT = 47474"   # in network.py: replaced by the listener's port


class Listener:
    """A TCP server on every local address, on a free port: `accepted` lists the connections
    it ever accepted. Stop it with `close`."""

    def __init__(self):
        self.accepted: list = []
        self.server = socket.create_server(("0.0.0.0", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                connection, address = self.server.accept()
            except OSError:
                continue
            self.accepted.append(address)
            connection.close()

    def close(self):
        self.stop.set()
        self.thread.join()
        self.server.close()


def attack(name: str, folder: Path, listener: Listener) -> Path:
    """The attack `name` as the tests grade it: the file itself, but network.py copied into
    `folder` with the listener's port in place of its own."""
    path = REDTEAM / f"{name}.py"
    if name != "network":
        return path
    text = path.read_text()
    assert NETWORK_PORT_LINE in text
    copy = folder / path.name
    copy.write_text(text.replace(NETWORK_PORT_LINE, f"PORT = {listener.port}"))
    return copy


def render_by_position(target: Path, mnist_root: Path) -> Path:
    """by_position.py with the test set's labels pasted in, in their published order."""
    _, labels = data.load_split(mnist_root, train=False)
    text = (REDTEAM / "by_position.py").read_text().replace(
        'LABELS = ""', 'LABELS = "' + "".join(map(str, labels.tolist())) + '"')
    target.write_text(text)
    return target


def check(path: Path, rubric: Path, tier: str | None = None, *extra: str):
    """`lenet5 check --quick --json` of `path` in `tier` (the machine's own without it): the
    finished process and its parsed result."""
    env = {**os.environ, "LENET5_SANDBOX": tier} if tier else None
    done = run_cli("check", str(path), "--quick", "--json", "--rubric", str(rubric), *extra,
                   env=env)
    assert done.stdout, done.stderr
    return done, json.loads(done.stdout)


def quick_expectation(path: Path) -> dict[str, str]:
    """The statuses a quick check of the attack's honest part earns."""
    expected = expected_statuses(path)
    expected["accuracy"] = expected.pop("quick-accuracy", "skipped")
    return expected


def full_expectation(path: Path) -> dict[str, str]:
    """The statuses a full grading (with the timed run) of the attack's honest part earns."""
    expected = expected_statuses(path)
    expected.pop("quick-accuracy", None)
    return expected


def points(statuses: dict[str, str], rubric) -> float:
    return sum(rule.points for rule in rubric.checks if statuses[rule.id] == "passed")


def assert_reports_literal(markdown: str, page: str) -> None:
    """Neither the Markdown nor the HTML report of report_inject.py holds markup of its
    own: no raw HTML, link, image or heading from it, no remote load, no control character."""
    found = markdown_markup(markdown)
    assert found["html"] == found["link"] == found["image"] == []
    assert not any("PASSED" in heading for heading in found["heading"])
    assert not control_characters(markdown)
    shown = html_markup(page)
    assert shown["img"] == [src for src in shown["img"] if src.startswith("data:image/png")]
    assert shown["a"] == [] and shown["control"] == [] and len(shown["csp"]) == 1
    assert not any("PASSED" in heading for heading in shown["h1"])
