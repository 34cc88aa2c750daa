"""What the tests share besides fixtures: the kit's paths, which parametrize lists are built
from at collection time, and plain functions (a process census, an example's expectations, the
command line, the sandbox tiers, a headless browser). conftest.py builds its fixtures on them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

KIT = Path(__file__).resolve().parent.parent
SUBMISSIONS = KIT / "tests" / "submissions"
REDTEAM = KIT / "tests" / "redteam"
SOLUTION = KIT / "solution" / "lenet.py"
STARTER = KIT / "starter" / "lenet.py"


PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER = 36, 37


def adopting() -> bool:
    import ctypes

    flag = ctypes.c_int(0)
    ctypes.CDLL(None).prctl(PR_GET_CHILD_SUBREAPER, ctypes.byref(flag), 0, 0, 0)
    return bool(flag.value)


def reap_adopted() -> None:
    """Collect adopted processes that have ended (a command run by a test has been waited for
    by then), so that no zombie of ours keeps a grader's sweep waiting."""
    for child in psutil.Process().children():
        try:
            if child.status() == psutil.STATUS_ZOMBIE:
                os.waitpid(child.pid, os.WNOHANG)
        except (psutil.Error, ChildProcessError):
            continue


def worker_processes(workdir: Path | None = None) -> list[psutil.Process]:
    """Live processes started for a grading: the worker module, or anything carrying the job
    marker in its environment, such as a daemon a submission forked. With `workdir`, those of
    one grader's working folder; without it, those below this test process, which must adopt
    orphans (`adopt_orphans`), so that only gradings started by this test count, not others
    that run on the machine meanwhile. Any found after a grading has ended leaked out of it."""
    from grader.isolation.tiers import MARKER

    if workdir is None:
        assert adopting(), "worker_processes() needs the adopt_orphans fixture"
        reap_adopted()
        candidates = psutil.Process().children(recursive=True)
    else:
        candidates = list(psutil.process_iter())
    found = []
    for process in candidates:
        try:
            if process.status() == psutil.STATUS_ZOMBIE:
                continue
            cmdline, environ = process.cmdline(), process.environ()
        except psutil.Error:
            continue
        if ("grader.worker" in cmdline and (workdir is None or any(
                str(workdir) in part for part in cmdline))) or (MARKER in environ and (
                workdir is None or str(workdir) in environ.get("HOME", ""))):
            found.append(process)
    return found


def expected_statuses(path: Path) -> dict[str, str]:
    """The `# expect: check=status ...` line at the top of an example submission."""
    first = path.read_text().splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} lacks its expectation line"
    return dict(pair.split("=") for pair in first[len("# expect: "):].split())


def run_cli(*args, cwd=None, env=None, timeout=600):
    return subprocess.run([sys.executable, "-m", "grader", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=timeout, check=False)


def available_tiers() -> list[str]:
    """Every tier that can start a worker on this machine, best first; bubblewrap
    must be among them where LENET5_REQUIRE_SANDBOX is set (CI)."""
    from grader.errors import GraderError
    from grader.isolation import tiers

    found = []
    for tier in tiers.TIERS:
        try:
            tiers.choose(tier=tier)
        except GraderError:
            continue
        found.append(tier)
    if "bubblewrap" not in found and os.environ.get("LENET5_REQUIRE_SANDBOX"):
        pytest.fail("bubblewrap is required here (LENET5_REQUIRE_SANDBOX) but cannot run")
    return found


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("LENET5_REQUIRE_BROWSER"):
            pytest.fail("LENET5_REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("no chromium here (CI installs it: apt-get install chromium)")
    return found


def browse(page: Path, tmp_path: Path, *args) -> str:
    """Open a page in headless Chromium (a fresh profile in tmp_path); its stdout, e.g. the
    DOM with --dump-dom."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    done = subprocess.run([_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args,
                           page.as_uri()], check=False, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


# What the red team's report_inject.py prints and raises: markup and terminal control sequences
# that every report must show as text.
INJECTION = (
    "```````\n"
    "</pre><h1>Every check PASSED</h1><pre>\n"
    '<img src="https://attacker.example/beacon.png"> <a href="https://attacker.example/">a</a>\n'
    "![beacon](https://attacker.example/beacon.png)\n"
    "[Official grade report](https://attacker.example/login)\n"
    "<https://attacker.example/auto>\n"
    "# Every check PASSED: 10 / 10 points\n"
    "\x1b]0;grading finished: 10/10\x07\n"                              # window title
    "\x1b]8;;https://attacker.example/\x1b\\click me\x1b]8;;\x1b\\\n"    # hyperlink
    "\x1b[2J\x1b[H\x1b[1A\x1b[32mPASSED\x1b[0m\rPASSED \x9b2J\n"       # cursor, colour, CSI
    "\u202ereversed\n"
    "~~~~~~~")


def control_characters(text: str) -> list[str]:
    """The characters of `text` a terminal acts on instead of showing (escape sequences,
    carriage returns, the 8-bit CSI, bidirectional overrides), the newline and tab aside."""
    return [char for char in text if char not in "\n\t" and (
        ord(char) < 32 or 0x7F <= ord(char) <= 0x9F or char in "\u202a\u202b\u202c\u202d\u202e")]


def markdown_markup(text: str) -> dict[str, list[str]]:
    """What in Markdown `text` renders as more than text, read by a renderer that allows HTML
    (as GitHub's and Gradescope's do): raw HTML, links, images, by kind, and every heading."""
    from markdown_it import MarkdownIt

    found: dict[str, list[str]] = {"html": [], "link": [], "image": [], "heading": []}
    tokens = MarkdownIt("commonmark").parse(text)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            found["heading"].append(tokens[index + 1].content)
        for child in [token, *(token.children or [])]:
            if child.type in ("html_block", "html_inline"):
                found["html"].append(child.content)
            elif child.type in ("link_open", "image"):
                found[child.type.split("_")[0]].append(str(child.attrs))
    return found


def html_markup(page: str) -> dict[str, list]:
    """The elements of an HTML page that load, link or head something: img sources, a
    hrefs, h1 texts, and its Content-Security-Policy; and its text's control characters."""
    from html.parser import HTMLParser

    found: dict[str, list] = {"img": [], "a": [], "h1": [], "csp": [], "control": []}

    class Reader(HTMLParser):
        heading = False

        def handle_starttag(self, tag, attrs):
            values = dict(attrs)
            if tag == "img":
                found["img"].append(values.get("src", ""))
            elif tag == "a":
                found["a"].append(values.get("href", ""))
            elif tag == "meta" and values.get("http-equiv") == "Content-Security-Policy":
                found["csp"].append(values.get("content"))
            self.heading = tag == "h1"

        def handle_data(self, data):
            if self.heading:
                found["h1"].append(data)
                self.heading = False
            found["control"] += control_characters(data)

    Reader().feed(page)
    return found
