"""Copies of a lenet.py disguised the ways students disguise them, for the similarity test and
bench: renamed variables, reordered functions, reworded or removed comments, other
hyperparameters, another layout, and all of them at once. Each is made from the source text
alone (tokenize and ast); nothing here runs the code."""

from __future__ import annotations

import ast
import io
import random
import re
import tokenize
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
CONTRACT = {"LeNet5", "make_optimizer", "train_one_epoch", "evaluate", "BATCH_SIZE", "EPOCHS",
            "LEARNING_RATE", "forward", "self", "__init__", "__name__"}
WORDS = ("data", "value", "item", "thing", "tmp", "res", "out", "acc", "net", "stuff", "elem",
         "cur", "blob", "node", "part", "chunk", "piece", "result", "buf", "obj")
REWORDED = ("# note to self", "# this part does the work", "# see lecture 7", "# ok",
            "# helper", "# loop over the data")


def _names(source: str) -> set[str]:
    """What the author named: variables, parameters, helpers and attributes of self; not the
    contract, and not a name also used as a keyword argument or as the attribute of another
    object (renaming `padding=` or `optimizer.step` would change the call)."""
    tree = ast.parse(source)
    named, keywords = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            named.add(node.id)
        elif isinstance(node, ast.arg):
            named.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            named.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            named.add(node.attr)
        if isinstance(node, ast.Attribute) and not (
                isinstance(node.value, ast.Name) and node.value.id == "self"):
            keywords.add(node.attr)
        elif isinstance(node, ast.keyword) and node.arg:
            keywords.add(node.arg)
    return named - CONTRACT - keywords


def _retokenize(source: str, change) -> str:
    tokens = [change(token) for token in tokenize.generate_tokens(io.StringIO(source).readline)]
    return tokenize.untokenize(tokens)


def rename(source: str, rng: random.Random) -> str:
    mapping = {name: f"{rng.choice(WORDS)}_{index}"
               for index, name in enumerate(sorted(_names(source)))}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b")

    def change(token):
        if token.type == tokenize.NAME and token.string in mapping:
            return token._replace(string=mapping[token.string])
        if token.type == tokenize.STRING and token.string[:1] in "fF" and mapping:
            return token._replace(string=pattern.sub(lambda m: mapping[m[1]], token.string))
        return token
    return _retokenize(source, change)


def _chunks(source: str) -> tuple[list[str], list[bool]]:
    """The module's top-level statements as text (decorators and the comments above included),
    and which of them are definitions."""
    lines = source.splitlines(keepends=True)
    body = ast.parse(source).body
    starts = [min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))]) - 1
              for node in body]
    ends = [*starts[1:], len(lines)]
    chunks = ["".join(lines[start:end]) for start, end in zip(starts, ends)]
    chunks[0] = "".join(lines[:starts[0]]) + chunks[0]
    return chunks, [isinstance(node, (ast.FunctionDef, ast.ClassDef)) for node in body]


def reorder(source: str, rng: random.Random) -> str:
    """The definitions in another order (the others keep their places)."""
    chunks, defs = _chunks(source)
    slots = [index for index, is_def in enumerate(defs) if is_def]
    moved = [chunks[index] for index in slots]
    while len(moved) > 1 and moved == [chunks[index] for index in slots]:
        rng.shuffle(moved)
    for slot, chunk in zip(slots, moved):
        chunks[slot] = chunk if chunk.endswith("\n\n") else chunk + "\n\n"
    return "".join(chunks)


def recomment(source: str, rng: random.Random) -> str:
    """Every comment reworded or removed, every docstring replaced or removed."""
    def change(token):
        if token.type == tokenize.COMMENT:
            return token._replace(string=rng.choice(("", *REWORDED)))
        if token.type == tokenize.STRING and token.string.startswith(('"""', "'''")):
            return token._replace(string=repr(rng.choice(("", "My code.", "Does it."))))
        return token
    return _retokenize(source, change)


def hyperparameters(source: str, rng: random.Random) -> str:
    values = {"BATCH_SIZE": rng.choice((32, 100, 128, 256)), "EPOCHS": rng.choice((2, 3, 4)),
              "LEARNING_RATE": rng.choice((0.002, 0.0005, 0.003))}
    for name, value in values.items():
        source = re.sub(rf"^{name} = [^\n#]*", f"{name} = {value}", source, flags=re.MULTILINE)
    return source


def reformat(source: str, rng: random.Random) -> str:
    """Another layout: what ast.unparse writes (no comments, one quoting style), indented by
    two spaces, with blank lines moved."""
    lines = ast.unparse(ast.parse(source)).splitlines()
    out = []
    for line in lines:
        stripped = line.lstrip(" ")
        out.append(" " * ((len(line) - len(stripped)) // 2) + stripped)
        if rng.random() < 0.15:
            out.append("")
    return "\n".join(out) + "\n"


KINDS = {"rename": rename, "reorder": reorder, "recomment": recomment,
         "hyperparameters": hyperparameters, "reformat": reformat}


def everything(source: str, rng: random.Random) -> str:
    for kind in ("reorder", "recomment", "rename", "hyperparameters", "reformat"):
        source = KINDS[kind](source, rng)
    return source


DISGUISES = {**KINDS, "all": everything}


def disguises(source: str, seed: int = 0) -> dict[str, str]:
    """One copy per disguise."""
    return {kind: make(source, random.Random(f"{seed}-{kind}"))
            for kind, make in DISGUISES.items()}


def originals() -> dict[str, str]:
    """The independently written solutions, and the kit's reference solution."""
    found = {path.name: path.read_text() for path in sorted(CORPUS.glob("*.py"))}
    found["solution.py"] = (CORPUS.parent.parent.parent / "solution" / "lenet.py").read_text()
    return found


def mixed_class(size: int, seed: int = 0) -> dict[str, str]:
    """A class of `size` files: each takes its functions from several originals (the class
    from one, the training loop from another...) and is then disguised in every way."""
    rng = random.Random(seed)
    pieces = [_chunks(source) for source in originals().values()]
    made = {}
    for index in range(size):
        chunks, defs = rng.choice(pieces)
        mixed = [rng.choice([c for c, d in zip(*rng.choice(pieces)) if d]) if is_def else chunk
                 for chunk, is_def in zip(chunks, defs)]
        made[f"student_{index:03d}.py"] = everything("".join(mixed), rng)
    return made
