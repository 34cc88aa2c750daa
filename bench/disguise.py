"""The disguise benchmark of the similarity report (grader/similarity.py).

    python bench/disguise.py [--runs 3]      # bench/bench.py --only similarity runs it too

Its inputs are the independently written LeNet-5s of tests/similarity/corpus (one author
each), the reference solution and the correct examples of tests/submissions (one author: the
kit's). Each is disguised every way tests/similarity/disguise.py knows; the report must pair
each copy with its original, and no two files of different authors. A copy re-encoded as
UTF-7 under a coding declaration must be refused by the screening (while Python reads it as
the original). Printed: per kind of disguise, how many copies were paired and their lowest
score; the false pairs and the highest score between different authors; and the seconds to
compare a class of 300 files mixed from the inputs and disguised (pages included), wall and
CPU (one thread). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import ast
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(KIT), str(KIT / "tests")]

from similarity import disguise

from grader import similarity
from grader.errors import SubmissionRejected
from grader.grading import screening

KIT_AUTHOR = "kit"


def inputs() -> dict[str, tuple[str, str]]:
    """Each input file's name: (its author, its text)."""
    found = {name: (KIT_AUTHOR if name == "solution.py" else name.removesuffix(".py"), text)
             for name, text in disguise.originals().items()}
    found.update({name: (KIT_AUTHOR, text) for name, text in disguise.examples().items()})
    return found


def _write(folder: Path, texts: dict[str, str | bytes]) -> list[tuple[str, Path]]:
    folder.mkdir(exist_ok=True)
    files = []
    for index, (name, text) in enumerate(texts.items()):
        path = folder / f"{index}.py"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        files.append((name, path))
    return files


def pairing(folder: Path) -> dict:
    """Which disguised copies the report pairs with their original, and which pairs of
    different authors it reports."""
    originals = inputs()
    texts: dict[str, str | bytes] = {name: text for name, (_, text) in originals.items()}
    family = {name: name for name in originals}
    for name, (_, text) in originals.items():
        for kind, copy in disguise.disguises(text).items():
            texts[f"{name}--{kind}"], family[f"{name}--{kind}"] = copy, name
    files = _write(folder / "all", texts)
    pairs = similarity.find(files)
    found = {frozenset((pair.first, pair.second)) for pair in pairs}
    author = {name: originals[family[name]][0] for name in texts}
    kinds = {}
    for kind in disguise.DISGUISES:
        copies = [name for name in texts if name.endswith(f"--{kind}")]
        scores = [_score(files, family[copy], copy) for copy in copies]
        kinds[kind] = {"paired": sum(frozenset((family[copy], copy)) in found
                                     for copy in copies),
                       "copies": len(copies), "lowest_score": round(min(scores), 3),
                       "unchanged": sum(texts[copy] == texts[family[copy]] for copy in copies)}
    false = [pair for pair in pairs if author[pair.first] != author[pair.second]]
    independent = similarity.find(_write(folder / "originals", {
        name: text for name, (_, text) in originals.items()}), threshold=0, min_shared=0)
    across = [pair.score for pair in independent
              if originals[pair.first][0] != originals[pair.second][0]]
    authors = sorted({who for who, _ in originals.values()})
    return {"threshold": similarity.THRESHOLD, "inputs": len(originals),
            "authors": len(authors), "kinds": kinds,
            "copies_paired": sum(kind["paired"] for kind in kinds.values()),
            "copies": sum(kind["copies"] for kind in kinds.values()),
            "false_pairs": len(false), "false_pair_names": [(p.first, p.second) for p in false],
            "pairs_of_different_authors": sum(
                originals[a][0] != originals[b][0] for i, a in enumerate(originals)
                for b in list(originals)[i + 1:]) + _cross_copies(texts, author),
            "highest_score_different_authors": round(max(across, default=0), 3)}


def _cross_copies(texts: dict, author: dict) -> int:
    """Pairs of files by different authors among the copies and originals, less those of
    two originals (counted apart)."""
    names = list(texts)
    every = sum(author[a] != author[b] for i, a in enumerate(names) for b in names[i + 1:])
    originals = [name for name in names if "--" not in name]
    return every - sum(author[a] != author[b] for i, a in enumerate(originals)
                       for b in originals[i + 1:])


def _score(files: list[tuple[str, Path]], original: str, copy: str) -> float:
    paths = dict(files)
    found = similarity.find([(original, paths[original])], [(copy, paths[copy])],
                            threshold=0, min_shared=0)
    return found[0].score if found else 0.0


def utf7(folder: Path) -> dict:
    """Each input re-encoded as UTF-7: refused by the gate, though Python reads the original."""
    refused = python_reads_original = 0
    for index, (name, (_, text)) in enumerate(inputs().items()):
        path = folder / f"utf7-{index}.py"
        path.write_bytes(disguise.utf7(text))
        python_reads_original += ast.dump(ast.parse(path.read_bytes())) == ast.dump(
            ast.parse(text))
        try:
            screening.gate(path, 200_000)
        except SubmissionRejected:
            refused += 1
    return {"files": len(inputs()), "refused": refused,
            "python_reads_original": python_reads_original}


def class_of_300(folder: Path, runs: int) -> dict:
    klass = _write(folder / "class", disguise.mixed_class(300))
    out = folder / "out"
    out.mkdir()
    walls, cpus, pairs = [], [], 0
    for index in range(runs + 1):
        started, cpu = time.perf_counter(), time.process_time()
        pairs = len(similarity.write(out, klass))
        if index:   # the first run is the warm-up
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
    return {"class_300_s": round(statistics.median(walls), 2),
            "class_300_cpu_s": round(statistics.median(cpus), 2), "class_300_pairs": pairs}


def figures(runs: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        return {**pairing(folder), "utf7": utf7(folder), **class_of_300(folder, runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    found = figures(parser.parse_args().runs)
    for kind, figure in found["kinds"].items():
        print(f"{kind:>16}: {figure['paired']} of {figure['copies']} paired, lowest score "
              f"{figure['lowest_score']}" + (f" ({figure['unchanged']} unchanged by it)"
                                             if figure["unchanged"] else ""))
    print(f"false pairs: {found['false_pairs']} of {found['pairs_of_different_authors']} "
          f"pairs of different authors; highest score between the {found['authors']} authors' "
          f"originals: {found['highest_score_different_authors']}")
    print(f"utf-7: {found['utf7']['refused']} of {found['utf7']['files']} refused "
          f"(Python reads the original from {found['utf7']['python_reads_original']})")
    print(f"class of 300: {found['class_300_s']} s wall, {found['class_300_cpu_s']} CPU-s, "
          f"{found['class_300_pairs']} pairs")
    print(json.dumps(found))


if __name__ == "__main__":
    main()
