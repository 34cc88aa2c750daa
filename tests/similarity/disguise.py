"""Copies of a lenet.py disguised the ways students disguise them, for the similarity test and
bench: renamed variables, reordered functions, semicolons and trailing commas, another layout,
comments reworded, removed or added, dead code and no-op statements, independent statements
swapped, a loop turned into a comprehension, other hyperparameters, and all of them at once;
and the file re-encoded as UTF-7 under a coding declaration, which Python reads as the
original and the grader must refuse. Each is made from the source text alone (tokenize and
ast); nothing here runs the code."""

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
    """Every comment reworded or removed, every docstring replaced or removed, and comment
    lines added above a third of the statements."""
    def change(token):
        if token.type == tokenize.COMMENT:
            return token._replace(string=rng.choice(("", *REWORDED)))
        if token.type == tokenize.STRING and token.string.startswith(('"""', "'''")):
            return token._replace(string=repr(rng.choice(("", "My code.", "Does it."))))
        return token
    source = _retokenize(source, change)
    places = [(line, indent) for line, indent in _statement_lines(source) if rng.random() < 0.35]
    return _insert_lines(source, [(line, indent, rng.choice(REWORDED)) for line, indent in places])


def _statement_lines(source: str, in_functions: bool = False) -> list[tuple[int, int]]:
    """(line, indentation) where each statement starts (its first decorator, for a
    definition); with `in_functions`, only statements in a function's body."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if in_functions and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for field in ("body", "orelse", "finalbody"):
            statements = getattr(node, field, None)
            for statement in statements if isinstance(statements, list) else []:
                if isinstance(statement, ast.stmt):
                    first = min([statement.lineno, *(d.lineno for d in getattr(
                        statement, "decorator_list", []))])
                    found.add((first, statement.col_offset))
    lines = source.splitlines()
    return sorted((line, indent) for line, indent in found
                  if lines[line - 1][:indent].strip() == "")   # alone on its line


def _insert_lines(source: str, inserts: list[tuple[int, int, str]]) -> str:
    """`text` inserted before line `line`, indented by `indent`, for each (line, indent,
    text); a text of several lines keeps its own relative indentation."""
    lines = source.splitlines(keepends=True)
    for line, indent, text in sorted(inserts, reverse=True):
        block = "".join(" " * indent + part + "\n" for part in text.split("\n"))
        lines.insert(line - 1, block)
    return "".join(lines)


def _edits(source: str, edits: list[tuple[int, int, str]]) -> str:
    """`text` inserted at each (line, byte column) that ast gave, last first."""
    lines = source.encode().splitlines(keepends=True)
    for line, column, text in sorted(edits, reverse=True):
        lines[line - 1] = lines[line - 1][:column] + text.encode() + lines[line - 1][column:]
    return b"".join(lines).decode()


def semicolons(source: str, rng: random.Random) -> str:
    """A `;` after every simple statement and a trailing `,` in every call with arguments."""
    edits = []
    closing = _before_closing(source)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt) and not hasattr(node, "body"):
            edits.append((node.end_lineno, node.end_col_offset, ";"))
        elif isinstance(node, ast.Call) and (node.args or node.keywords) and not (
                len(node.args) == 1 and not node.keywords
                and isinstance(node.args[0], ast.GeneratorExp)):
            previous = closing[node.end_lineno, node.end_col_offset - 1]
            if previous[0] != ",":   # a call laid out one argument a line has one
                edits.append(previous[1:] + (",",))
    return _edits(source, edits)


def _before_closing(source: str) -> dict[tuple[int, int], tuple[str, int, int]]:
    """For each `)` at (line, byte column): the token before it, with where it ends."""
    lines = source.splitlines(keepends=True)
    found, previous = {}, None
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.NL, tokenize.COMMENT, tokenize.NEWLINE, tokenize.INDENT,
                          tokenize.DEDENT):
            continue
        row, col = token.start
        if token.string == ")" and previous is not None:
            end_row, end_col = previous.end
            found[row, len(lines[row - 1][:col].encode())] = (
                previous.string, end_row, len(lines[end_row - 1][:end_col].encode()))
        previous = token
    return found


DEAD = ("pass", "unused_{n} = {n} * 3", "if False:\n    print('debug', {n})", "assert True",
        "_ = None", "spare_{n} = []", "len([{n}])", "str({n})", "print(end='')")
HELPER = "def helper_unused(values):\n    return [v * 2 for v in values]\n\n"


def dead_code(source: str, rng: random.Random) -> str:
    """No-op statements before a third of the statements in the functions, and an unused
    helper function after the imports."""
    places = [place for place in _statement_lines(source, in_functions=True)
              if rng.random() < 0.35]
    inserts = [(line, indent, rng.choice(DEAD).format(n=index))
               for index, (line, indent) in enumerate(places)]
    body = ast.parse(source).body
    after_imports = next(node.lineno for node in body
                         if not isinstance(node, (ast.Import, ast.ImportFrom, ast.Expr)))
    inserts.append((after_imports, 0, HELPER))
    return _insert_lines(source, inserts)


def _touched(statement: ast.stmt) -> tuple[set[str], set[str]]:
    """The names and attribute chains (`self.c1`) a statement writes, and those it reads."""
    written, read = set(), set()
    for node in ast.walk(statement):
        if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript)):
            text = ast.unparse(node)
            (written if isinstance(node.ctx, ast.Store) else read).add(text)
    if isinstance(statement, ast.AugAssign):
        read |= written
    return written, read


def swap(source: str, rng: random.Random) -> str:
    """Every second pair of adjacent assignments that neither reads nor writes what the
    other writes, exchanged (e.g. `self.c1 = ...` and `self.c3 = ...`, `correct = 0` and
    `seen = 0`)."""
    lines = source.splitlines(keepends=True)
    kinds = (ast.Assign, ast.AugAssign, ast.AnnAssign)
    for node in ast.walk(ast.parse(source)):
        body, index = getattr(node, "body", None), 0
        body = body if isinstance(body, list) else []
        while index + 1 < len(body):
            one, two = body[index], body[index + 1]
            (w1, r1), (w2, r2) = _touched(one), _touched(two)
            if (isinstance(one, kinds) and isinstance(two, kinds)
                    and one.lineno == one.end_lineno and two.lineno == two.end_lineno == one.lineno + 1
                    and not w1 & (w2 | r2) and not w2 & r1):
                lines[one.lineno - 1], lines[two.lineno - 1] = (
                    lines[two.lineno - 1], lines[one.lineno - 1])
                index += 2
            index += 1
    return "".join(lines)


class _Renamed(ast.NodeTransformer):
    """Reads of `names` turned into reads of `name_` (the comprehension's own variable)."""

    def __init__(self, names: set[str]):
        self.names = names

    def visit_Name(self, node: ast.Name) -> ast.Name:
        if isinstance(node.ctx, ast.Load) and node.id in self.names:
            return ast.Name(node.id + "_", ast.Load())
        return node


def _pairs(statement: ast.stmt) -> list[tuple[str, ast.expr]] | None:
    """(name, value) of an assignment to names (`a = x`, `a, b = x, y`, `a += x`), or None."""
    if isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
        return [(statement.target.id,
                 ast.BinOp(ast.Name(statement.target.id, ast.Load()), statement.op,
                           statement.value))]
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return None
    target, value = statement.targets[0], statement.value
    if isinstance(target, ast.Name):
        return [(target.id, value)]
    if (isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple)
            and len(target.elts) == len(value.elts)
            and all(isinstance(name, ast.Name) for name in target.elts)):
        return [(name.id, part) for name, part in zip(target.elts, value.elts)]
    if isinstance(target, ast.Tuple) and all(isinstance(name, ast.Name) for name in target.elts):
        unpacked = ast.Name("unpacked_", ast.Load())
        return [("unpacked_", value), *((name.id, ast.Subscript(unpacked, ast.Constant(index)))
                                        for index, name in enumerate(target.elts))]
    return None


def _as_expressions(statement: ast.stmt, pending: set[str]) -> list[str] | None:
    """The statement as expressions a comprehension can hold (an assignment to a name as
    `:=`, an `if` as a conditional expression), or None. `pending`: the loop's variables not
    reassigned yet, read under their comprehension names."""
    def text(node: ast.expr) -> str:
        return ast.unparse(_Renamed(set(pending)).visit(node))

    if isinstance(statement, ast.Expr):
        return [f"({text(statement.value)})"]
    if (isinstance(statement, ast.If) and not statement.orelse and len(statement.body) == 1
            and isinstance(statement.body[0], ast.Expr)):
        return [f"({text(statement.body[0].value)} if {text(statement.test)} else None)"]
    pairs = _pairs(statement)
    if pairs is None:
        return None
    parts = [f"({name} := {text(value)})" for name, value in pairs]
    pending -= {name for name, _ in pairs}
    return parts


def comprehension(source: str, rng: random.Random) -> str:
    """Every `for` loop in a function whose body a comprehension can hold (expressions,
    assignments to names, an `if` around one expression) written as a list comprehension
    evaluated for its effects: `[((p := f(x_)), (n := n + g(p))) for x_ in xs]`; a loop
    variable that the body reassigns is the comprehension's `x_`."""
    lines = source.splitlines(keepends=True)
    loops = []
    for function in ast.walk(ast.parse(source)):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            loops += [node for node in ast.walk(function) if isinstance(node, ast.For)
                      and not node.orelse]
    for loop in sorted(loops, key=lambda node: -node.lineno):
        names = {node.id for node in ast.walk(loop.target) if isinstance(node, ast.Name)}
        stored = {node.id for statement in loop.body for node in ast.walk(statement)
                  if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
        renamed = names & stored
        parts, pending = [], set(renamed)
        for statement in loop.body:
            found = _as_expressions(statement, pending)
            if found is None:
                break
            parts += found
        else:
            if any(isinstance(node, (ast.Yield, ast.YieldFrom, ast.Await))
                   for node in ast.walk(loop)):
                continue
            target = ast.unparse(_Renamed(renamed).visit(
                ast.fix_missing_locations(_loaded(loop.target))))
            text = (" " * loop.col_offset + f"[({', '.join(parts)},) for {target} in "
                    f"{ast.unparse(loop.iter)}]\n")
            lines[loop.lineno - 1:loop.end_lineno] = [text]
    return "".join(lines)


def _loaded(target: ast.expr) -> ast.expr:
    """A copy of a loop's target whose names read as loads (so _Renamed renames them)."""
    copy = ast.parse(ast.unparse(target), mode="eval").body
    return copy


def hyperparameters(source: str, rng: random.Random) -> str:
    values = {"BATCH_SIZE": rng.choice((32, 100, 128, 256)), "EPOCHS": rng.choice((2, 3, 4)),
              "LEARNING_RATE": rng.choice((0.002, 0.0005, 0.003))}
    for name, value in values.items():
        source = re.sub(rf"^{name} = [^\n#]*", f"{name} = {value}", source, flags=re.MULTILINE)
    return source


def reformat(source: str, rng: random.Random) -> str:
    """Another layout: what ast.unparse writes (no comments, one quoting style), indented by
    two spaces, redundant parentheses around what is assigned and returned, blank lines
    moved."""
    lines = ast.unparse(ast.parse(source)).splitlines()
    out = []
    for line in lines:
        stripped = line.lstrip(" ")
        indent = (len(line) - len(stripped)) // 2
        stripped = re.sub(r"^(return|[\w.]+ =) ((?!.* = ).+)$", r"\1 (\2)", stripped)
        out.append(" " * indent + stripped)
        if rng.random() < 0.15:
            out.append("")
    return "\n".join(out) + "\n"


KINDS = {"rename": rename, "reorder": reorder, "semicolons": semicolons, "reformat": reformat,
         "recomment": recomment, "dead_code": dead_code, "swap": swap,
         "comprehension": comprehension, "hyperparameters": hyperparameters}
ORDER = ("reorder", "swap", "comprehension", "dead_code", "recomment", "rename",
         "hyperparameters", "reformat", "semicolons")   # "all": each kind, in this order


def everything(source: str, rng: random.Random) -> str:
    for kind in ORDER:
        source = KINDS[kind](source, rng)
    return source


DISGUISES = {**KINDS, "all": everything}


def utf7(source: str) -> bytes:
    """The file under a UTF-7 coding declaration, encoded as it declares: Python runs the
    original; a reader that decodes UTF-8 sees ASCII soup in strings and comments."""
    return ("# -*- coding: utf-7 -*-\n" + source).encode("utf-7")


def disguises(source: str, seed: int = 0) -> dict[str, str]:
    """One copy per disguise."""
    return {kind: make(source, random.Random(f"{seed}-{kind}"))
            for kind, make in DISGUISES.items()}


def originals() -> dict[str, str]:
    """The independently written solutions, and the kit's reference solution."""
    found = {path.name: path.read_text() for path in sorted(CORPUS.glob("*.py"))}
    found["solution.py"] = (CORPUS.parent.parent.parent / "solution" / "lenet.py").read_text()
    return found


def examples() -> dict[str, str]:
    """The correct examples of tests/submissions: those that every check passes."""
    found = {}
    for path in sorted((CORPUS.parent.parent / "submissions").glob("*.py")):
        text = path.read_text()
        statuses = text.partition("\n")[0].removeprefix("# expect:").split()
        if statuses and all(status.endswith("=passed") for status in statuses):
            found[path.name] = text
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
