"""`lenet5 grade --slurm`: the scripts it writes, what it says without sbatch, merge naming the
shards not done, and a class graded through the real `sbatch` of a single-node Slurm cluster
that this module starts (munged, slurmctld and slurmd, as root, in a temporary folder)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
from helpers import KIT, REDTEAM, SOLUTION, STARTER, SUBMISSIONS, expected_statuses, run_cli

from grader import cli, shards
from grader.assignment.results import GradingFailure
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.commands import merge, slurm
from grader.errors import GraderError
from grader.reports import gradesheet
from grader.submissions import Submission, shard_of

DAEMONS = ("munged", "slurmctld", "slurmd", "sbatch", "squeue", "scontrol", "scancel")
ENDED = {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY",
         "PREEMPTED", "BOOT_FAIL", "DEADLINE"}
# The README's commands, run as they are printed there (in the folder holding export.zip).
SUBMIT = ["grade", "export.zip", "-o", "grades", "--slurm", "--tasks", "3", "-j", "1",
          "--partition", "debug"]
# A Gradescope export of six: each shard of three holds two (asserted below). Shard 2 grades
# a crash first, then the correct file, whose training leaves time to cancel it halfway.
CLASS = {
    "submission_15/lenet.py": (SUBMISSIONS / "missing_names.py", ["Wanda Wrong"]),
    "submission_18/lenet.py": (REDTEAM / "tamper_grader.py", ["Mallory Attacker"]),
    "submission_11/lenet.py": (SUBMISSIONS / "import_crash.py", ["Carl Crash"]),
    "submission_12/lenet.py": (SOLUTION, ["Alice Right"]),
    "submission_16/lenet.py": (STARTER, ["Sam Starter"]),
    "submission_20/src/lenet.py": (SUBMISSIONS / "syntax_error.py", ["Gus Group", "Gia Group"]),
}


def _plan(tmp_path, monkeypatch, **options):
    """A plan for a flat class of six, on a machine whose reference trains in 8 CPU-seconds
    (the rubric's own machine: stage limits unscaled, a budget of 32 CPU-seconds)."""
    monkeypatch.setattr(slurm, "_reference_s", lambda *args: 8.0)
    source = tmp_path / "class"
    source.mkdir(parents=True)
    for index in range(6):
        shutil.copy(STARTER, source / f"student{index}.py")
    return slurm.plan(**{"source": str(source), "out": str(tmp_path / "grades"), "jobs": 1,
                         "tasks": 3, "device": "auto", "rubric": None, "data_dir": None,
                         "sbatch": [], "grade": [], "merge": [], **options})


def test_the_array_script_takes_its_figures_from_the_kit(tmp_path, monkeypatch):
    plan = _plan(tmp_path, monkeypatch, jobs=2, sbatch=["--partition=gpu", "--qos=short"])
    script = slurm.grade_script(plan)
    largest = max(len(names) for names in plan.split)
    # per grading: a 32 s budget, 2 x 10 s start-ups, 60 s inspect, 60 s evaluate, 3 x 5 s
    # grace = 187 s; a task grades ceil(largest / 2) rounds after a 120 s start
    minutes = -(-(120 + -(-largest // 2) * 187) // 60)
    for line in ("#SBATCH --array=1-3", "#SBATCH --cpus-per-task=2",
                 "#SBATCH --mem=7168M",     # 2 x the rubric's 3072 MiB + 1024 for the grader
                 f"#SBATCH --time={minutes}", "#SBATCH --partition=gpu", "#SBATCH --qos=short",
                 f"#SBATCH --output={tmp_path}/grades/slurm/logs/grade-%A_%a.log",
                 f"export LENET5_CACHE={tmp_path}/grades/slurm/cache/task-$task"):
        assert line + "\n" in script, line
    assert f"-o {tmp_path}/grades/shards/$task-of-3 -q --shard $task/3 -j 2\n" in script
    assert "--account" not in script, "no option the TA did not give"
    merged = slurm.merge_script(plan)
    assert "#SBATCH --partition=gpu\n" in merged and "--array" not in merged
    assert merged.rstrip().endswith(" ".join(
        [*(f"{tmp_path}/grades/shards/{k}-of-3" for k in (1, 2, 3)), "-o", f"{tmp_path}/grades"]))
    for text in (script, merged):
        subprocess.run(["bash", "-n"], input=text, text=True, check=True)
    assert sorted(name for names in plan.split for name in names) == [
        f"student{index}.py" for index in range(6)]


def test_without_sbatch_it_says_so_in_one_line_and_writes_the_scripts(tmp_path, monkeypatch,
                                                                      capsys):
    monkeypatch.setattr(slurm, "_reference_s", lambda *args: 8.0)
    monkeypatch.setattr(slurm.shutil, "which", lambda name: None)
    source = tmp_path / "class"
    source.mkdir()
    shutil.copy(STARTER, source / "alice.py")
    assert cli.main(["grade", str(source), "-o", str(tmp_path / "out"), "--slurm"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert captured.err.startswith("sbatch is not on the PATH, so nothing was submitted")
    for name in ("grade.sh", "merge.sh"):
        assert (tmp_path / "out" / "slurm" / name).read_text().startswith("#!/bin/bash\n")
    assert "#SBATCH --array=1-1\n" in (tmp_path / "out" / "slurm" / "grade.sh").read_text()
    assert shards.read(tmp_path / "out" / "shards" / "1-of-1") == shards.Shard(
        1, 1, ["alice.py"], finished=False), "merge names a task that never ran"


def test_submitting_again_keeps_the_split_and_a_timeout_shortens_the_limit(tmp_path,
                                                                           monkeypatch):
    first = _plan(tmp_path, monkeypatch)
    monkeypatch.setattr(slurm.shutil, "which", lambda name: None)
    slurm.submit(first)
    again = _plan(tmp_path / "x", monkeypatch, out=str(tmp_path / "grades"), tasks=None,
                  timeout=60)
    assert again.tasks == 3 and again.split == first.split, "the shards already in OUT"
    assert again.minutes == 2 + max(map(len, again.split))   # 120 s, then rounds of 60 s
    fresh = _plan(tmp_path / "y", monkeypatch, tasks=None)
    assert fresh.tasks == 1   # six submissions: fewer than 8 rounds of one grading


def test_cluster_options_need_slurm(tmp_path, capsys):
    assert cli.main(["grade", str(tmp_path), "-o", str(tmp_path / "out"), "--qos", "x"]) == 2
    assert "are for --slurm" in capsys.readouterr().err


def _shard(folder: Path, index: int, names: list[str], graded: list[str], finished: bool):
    """A shard's output folder as `lenet5 grade --shard` leaves it: its record, and a result
    for each of `graded` (the rest never graded: its run died)."""
    shards.write(folder, shards.Shard(index, 3, names, finished))
    batch = Batch(folder, load_rubric())
    for name in graded:
        source = folder.parent / name
        source.write_text("x = 1\n")
        batch.record(Submission(name, source), GradingFailure(name, "a stand-in"))


def test_merge_names_the_shards_not_done_and_merges_nothing(tmp_path):
    one, two, three = (tmp_path / f"{k}-of-3" for k in (1, 2, 3))
    _shard(one, 1, ["a.py"], ["a.py"], finished=True)
    _shard(two, 2, ["b.py", "c.py"], ["b.py"], finished=False)   # died after one of two
    with pytest.raises(GraderError) as refused:   # and shard 3 never started
        merge.main(shards=[str(one), str(two)], out=str(tmp_path / "merged"))
    problems = str(refused.value).splitlines()[1:]
    assert problems == [
        (f"  shard 2/3 ({two}): its run did not finish or never started, 1 of 2 "
         "submissions graded"), "  shard 3/3: no output folder (its run never started)"]
    assert not (tmp_path / "merged").exists()

    _shard(two, 2, ["b.py", "c.py"], ["c.py"], finished=True)
    _shard(three, 3, [], [], finished=True)
    merge.main(shards=[str(one), str(two), str(three)], out=str(tmp_path / "merged"))
    sheet = gradesheet.read(tmp_path / "merged" / "final_grades.csv")
    assert sorted(sheet) == ["a.py", "b.py", "c.py", "points-per-question"]


# --- a real cluster ---------------------------------------------------------------------------

@dataclass
class Cluster:
    folder: Path
    env: dict[str, str]     # the environment its clients need (SLURM_CONF)

    def run(self, *command: str) -> str:
        return subprocess.run(command, env=self.env, capture_output=True, text=True,
                              check=True, timeout=60).stdout

    def states(self, job: str) -> dict[str, str]:
        """The state of a job, or of each task of an array job (by ARRAY_TASK)."""
        found = {}
        for line in self.run("scontrol", "--oneliner", "show", "job", job).splitlines():
            fields = dict(item.split("=", 1) for item in line.split() if "=" in item)
            name = (f"{fields['ArrayJobId']}_{fields['ArrayTaskId']}" if "ArrayTaskId" in fields
                    else fields["JobId"])
            found[name] = fields["JobState"]
        return found

    def wait(self, job: str, timeout: float = 900) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            states = self.states(job)
            if states and set(states.values()) <= ENDED:
                return states
            time.sleep(1)
        raise AssertionError(f"job {job} still not done after {timeout} s: {self.states(job)}")


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    for each in sockets:
        each.bind(("127.0.0.1", 0))
    ports = [each.getsockname()[1] for each in sockets]
    for each in sockets:
        each.close()
    return ports


def _slurm_conf(folder: Path, node: str, ports: list[int]) -> str:
    """One node with this machine's CPUs and memory (`slurmd -C`), root's, every file in
    `folder`; processes tracked through /proc (no cgroups or systemd in a container)."""
    host = node.split()[0].removeprefix("NodeName=")
    return "\n".join([
        "ClusterName=lenet5-test", f"SlurmctldHost={host}(127.0.0.1)", "SlurmUser=root",
        "SlurmdUser=root", "AuthType=auth/munge", "CredType=cred/munge",
        f"AuthInfo=socket={folder}/run/munge.socket", f"SlurmctldPort={ports[0]}",
        f"SlurmdPort={ports[1]}", f"StateSaveLocation={folder}/state",
        f"SlurmdSpoolDir={folder}/spool", f"SlurmctldPidFile={folder}/run/slurmctld.pid",
        f"SlurmdPidFile={folder}/run/slurmd.pid", f"SlurmctldLogFile={folder}/log/slurmctld.log",
        f"SlurmdLogFile={folder}/log/slurmd.log", "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none", "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_CPU_Memory", "ReturnToService=2", "MpiDefault=none",
        "MailProg=/bin/true", "KillWait=5", "MinJobAge=3600",
        "AccountingStorageType=accounting_storage/none", "JobCompType=jobcomp/filetxt",
        f"JobCompLoc={folder}/log/jobcomp.log",
        f"{node} NodeAddr=127.0.0.1 State=UNKNOWN",
        "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP", ""])


def _start(cluster: Cluster, name: str, command: list[str], started: list) -> None:
    """A daemon in the foreground, with SLURM_CONF set: the job step daemons it starts inherit
    it, which tells them from any other cluster's at the end."""
    log = (cluster.folder / "log" / f"{name}.out").open("w")
    started.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                    env=cluster.env, start_new_session=True))


def _until(what: str, ready, cluster: Cluster, started: list, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        stopped = [process.args[0] for process in started if process.poll() is not None]
        if stopped or time.monotonic() > deadline:
            logs = "\n".join(path.read_text()[-2000:]
                             for path in (cluster.folder / "log").glob("*"))
            raise AssertionError(f"no {what}" + (f": {stopped} stopped" if stopped else
                                                 f" after {timeout} s") + f"\n{logs}")
        time.sleep(0.5)


@pytest.fixture(scope="module")
def cluster():
    """munged with its own key and socket, slurmctld and slurmd in the foreground, all in a
    temporary folder (world-traversable: munged refuses a socket below a private folder);
    stopped by their pids at the end, also when a test failed, after every job has ended."""
    missing = [name for name in DAEMONS if shutil.which(name) is None]
    reason = (f"Slurm is not installed (no {', '.join(missing)}: apt-get install slurm-wlm "
              "munge)" if missing else "a Slurm cluster of its own needs root"
              if os.geteuid() != 0 else None)
    if reason:
        if os.environ.get("LENET5_REQUIRE_SLURM"):
            pytest.fail(f"LENET5_REQUIRE_SLURM is set: {reason}")
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="lenet5-slurm-"))
    folder.chmod(0o755)
    for name in ("run", "state", "spool", "log", "munge"):
        (folder / name).mkdir()
    (folder / "munge").chmod(0o700)
    key = folder / "munge" / "munge.key"
    key.write_bytes(os.urandom(1024))
    key.chmod(0o600)
    node = subprocess.run(["slurmd", "-C"], capture_output=True, text=True,
                          check=True).stdout.splitlines()[0]
    (folder / "slurm.conf").write_text(_slurm_conf(folder, node, _free_ports(2)))
    env = {**os.environ, "SLURM_CONF": str(folder / "slurm.conf")}
    made = Cluster(folder, env)
    started: list[subprocess.Popen] = []
    try:
        _start(made, "munged", ["munged", "--foreground", f"--key-file={key}",
                                f"--socket={folder}/run/munge.socket",
                                f"--pid-file={folder}/run/munged.pid",
                                f"--seed-file={folder}/munge/seed",
                                f"--log-file={folder}/log/munged.log"], started)
        _until("munge socket", (folder / "run" / "munge.socket").exists, made, started)
        conf = str(folder / "slurm.conf")
        _start(made, "slurmctld", ["slurmctld", "-D", "-f", conf], started)
        _start(made, "slurmd", ["slurmd", "-D", "-f", conf], started)
        _until("idle node", lambda: "idle" in subprocess.run(
            ["sinfo", "--noheader", "--format=%T"], env=env, capture_output=True,
            text=True, check=False).stdout, made, started)
        yield made
    finally:
        _stop(made, started)
        shutil.rmtree(folder, ignore_errors=True)


def _stop(cluster: Cluster, started: list[subprocess.Popen]) -> None:
    """Cancel every job, wait for them to end, then stop the daemons, newest first, and any
    job step daemon (slurmstepd) that slurmd started and left behind."""
    if len(started) == 3:
        subprocess.run(["scancel", "--user=root"], env=cluster.env, check=False)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and subprocess.run(
                ["squeue", "--noheader"], env=cluster.env, capture_output=True, text=True,
                check=False).stdout.strip():
            time.sleep(1)
    for process in reversed(started):
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for process in psutil.process_iter(["name"]):
        try:
            if process.info["name"] == "slurmstepd" and \
                    process.environ().get("SLURM_CONF") == cluster.env["SLURM_CONF"]:
                process.kill()
        except psutil.Error:
            continue


def _export(path: Path) -> None:
    """A Gradescope export: its top folder, a folder per submission, and the submitters."""
    with zipfile.ZipFile(path, "w") as bundle:
        metadata = ""
        for name, (origin, people) in CLASS.items():
            bundle.write(origin, f"assignment_4242_export/{name}")
            metadata += f"{name.split('/')[0]}:\n  :submitters:\n" + "".join(
                f"  - :name: {person}\n" for person in people)
        bundle.writestr("assignment_4242_export/submission_metadata.yml", metadata)


def _stamps(folder: Path) -> dict[str, int]:
    return {path.relative_to(folder).as_posix(): path.stat().st_mtime_ns
            for path in folder.glob("shards/*/results/*.json")}


def _submit(cluster: Cluster, here: Path) -> tuple[str, str]:
    done = run_cli(*SUBMIT, cwd=here, env=cluster.env)   # LENET5_DATA passes on to the jobs
    assert done.returncode == 0, done.stderr
    array, merged = (here / "grades" / "slurm" / "jobs").read_text().split()
    assert f"follow them: squeue --jobs={array},{merged}" in done.stdout
    return array, merged


def _task_processes(shard: Path) -> list[psutil.Process]:
    """The `lenet5 grade` of a shard and every process below it (its workers, sandboxes)."""
    found = []
    for process in psutil.process_iter():
        try:
            if any(str(shard) in part for part in process.cmdline()):
                found += [process, *process.children(recursive=True)]
        except psutil.Error:
            continue
    return found


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


@pytest.mark.slow   # grades a class of six three times: once here, twice on the cluster
def test_a_class_through_sbatch_equals_one_run_and_a_cancelled_task_is_resumed(
        cluster, tmp_path, mnist_root):
    """The README's command on a real cluster: the array and its merge, a task cancelled
    halfway (merge then names its shard and merges nothing), the same command again (only
    what is missing is graded), and a merged sheet equal to one `lenet5 grade` run. Each
    grading draws its own seed (`lenet5 grade` has no option to fix them): these six earn the
    same statuses with any seed, the correct one by a wide margin over the threshold."""
    readme = (KIT / "README.md").read_text()
    assert "lenet5 " + " ".join(SUBMIT) in readme, "the README shows the command tested here"
    names = sorted(CLASS)
    split = [sorted(item.name for item in shard_of([Submission(name, None) for name in names],
                                                   (k, 3))) for k in (1, 2, 3)]
    assert [len(part) for part in split] == [2, 2, 2] and split[1] == [
        "submission_11/lenet.py", "submission_12/lenet.py"]
    _export(tmp_path / "export.zip")
    cluster.env["LENET5_DATA"] = str(mnist_root)
    whole = run_cli("grade", "export.zip", "-o", "whole", "-q", cwd=tmp_path, env=cluster.env)
    assert whole.returncode == 0, whole.stderr
    out = tmp_path / "grades"

    array, merged = _submit(cluster, tmp_path)
    again = run_cli(*SUBMIT, cwd=tmp_path, env=cluster.env)
    assert again.returncode == 2 and "still queued or running" in again.stderr, again.stderr
    two = out / "shards" / "2-of-3"
    deadline = time.monotonic() + 600
    # the crash is graded, and a worker runs the correct file
    while not list(two.glob("results/*.json")) or len(running := _task_processes(two)) < 2:
        assert time.monotonic() < deadline, cluster.states(array)
        time.sleep(0.5)
    cluster.run("scancel", f"{array}_2")
    assert cluster.wait(merged) == {merged: "FAILED"}
    assert cluster.wait(array) == {f"{array}_1": "COMPLETED", f"{array}_2": "CANCELLED",
                                   f"{array}_3": "COMPLETED"}
    log = (out / "slurm" / "logs" / f"merge-{merged}.log").read_text()
    assert f"shard 2/3 ({two}): its run did not finish or never started, 1 of 2" in log, log
    assert not (out / "final_grades.csv").exists()
    assert not [process for process in running if _alive(process)], \
        "a process of the cancelled task outlived it"
    before = _stamps(out)
    assert sorted(before) == sorted(
        f"shards/{k}-of-3/results/{Submission(name, None).key}.json"
        for k, part in enumerate(split, start=1) for name in part
        if name != "submission_12/lenet.py")

    array, merged = _submit(cluster, tmp_path)
    assert cluster.wait(merged) == {merged: "COMPLETED"}
    after = _stamps(out)
    assert {path: after[path] for path in before} == before, "graded again what was done"
    assert set(after) - set(before) == {"shards/2-of-3/results/submission_12_lenet.json"}
    assert (out / "final_grades.csv").read_text() == \
        (tmp_path / "whole" / "final_grades.csv").read_text()
    for path in (tmp_path / "whole" / "results").glob("*.json"):
        expected, got = (json.loads(file.read_text())
                         for file in (path, out / "results" / path.name))
        for key in ("submission", "score", "grading_status", "submitters", "source_sha256"):
            assert got.get(key) == expected.get(key), (path.name, key)
        assert [(check["id"], check["status"], check["score"]) for check in got["checks"]] \
            == [(check["id"], check["status"], check["score"]) for check in expected["checks"]]
    for name, (origin, people) in CLASS.items():
        got = json.loads((out / "results" / f"{Submission(name, None).key}.json").read_text())
        assert got["submitters"] == people
        statuses = {check["id"]: check["status"] for check in got["checks"]}
        if origin == SOLUTION:
            assert set(statuses.values()) == {"passed"}
        elif origin != STARTER:
            assert statuses.items() <= expected_statuses(origin).items(), name
