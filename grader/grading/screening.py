"""What the grader learns from a submission before running any of it.

`gate` refuses what cannot be graded at all (too large, not UTF-8 Python as Python reads it,
not Python): a graded zero with the reason. `scan` flags, for a person to review, code a LeNet
has no business with: starting programs, the network, raw memory, the grader's or otter's own
modules, dynamic code, and data embedded where the file can carry it: literals (docstrings
among them) and comments, which the code can read back from its own file. A flag costs no
points; it is shown in every report.

A literal is a constant, or a display or operator expression built of constants alone (`-1`,
`1+2j`, `(3, 4)`, `[[0.5, -0.25], ...]`), taken whole. Its payload counts in bytes: a str's
UTF-8 bytes, a bytes' length, an int's bytes in binary, 8 for a float, 16 for a complex, and at
least one byte for every constant (in a display, its position alone says something). A comment
block is a run of comments on consecutive lines; it counts its UTF-8 bytes, `#` included.
Measured on the kit's own files as they were when the literal measure was set (the starter,
the reference, the 18 parseable files of tests/submissions/ and the 19 of tests/redteam/,
`__main__` blocks left out): the largest literal of any file is the starter's module docstring,
455 bytes (the reference's: 242; the largest elsewhere: read_solution.py's, 366); all literals
of a file together hold at most 952 bytes (the starter; the reference 433; elsewhere at most
705, read_solution.py); no file has a numeric literal over 8 bytes (one float), nor over 80
bytes of numbers in all. Measured again with comments, on the whole file (the `__main__` block
too: the code can read it back) and with tests/similarity/corpus/ and the 33 red-team files
that parse as UTF-8: the largest comment block holds 162 bytes (import_loop.py; the starter's
158), and literals and comments together at most 1,799 bytes (the starter; the reference
795; but label_table.py, which carries the labels on purpose). MNIST's 10,000 test labels take
at least 4,153 bytes however they are packed (3.32 bits a label); LeNet-5's weights take a
byte each in int8 (spec.TOTAL_PARAMS: some 60 KB). So one literal or comment block over 2,000
bytes (4.4 times the largest literal, 12 times the largest comment block) and literals and
comments over 4,000 bytes together (2.2 times the largest total, and less than the labels
alone) are flagged.
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

from grader.errors import SubmissionRejected
from grader.worker import source

WHY = {
    "subprocess": "starts other programs", "os.system": "starts other programs",
    "pty": "starts other programs", "multiprocessing": "starts other processes",
    "os.fork": "starts other processes", "socket": "opens network connections",
    "urllib": "opens network connections", "http": "opens network connections",
    "requests": "opens network connections", "ctypes": "reaches raw memory and C functions",
    "cffi": "reaches raw memory and C functions", "grader": "reaches into the grader",
    "otter": "reaches into otter, the grading framework", "importlib": "imports code by name",
    "os.dup2": "rewires the process's files", "os.setsid": "leaves its process group",
    "os.kill": "signals other processes", "sys.modules": "edits loaded modules",
    "exec": "runs code from a string", "eval": "runs code from a string",
    "compile": "runs code from a string", "__import__": "imports code by name",
}
LITERAL_BYTES = 2_000  # one literal larger than this is data hiding in code (weights, labels)
COMMENT_BYTES = 2_000  # one comment block larger than this, likewise
TOTAL_BYTES = 4_000    # literals and comments together: twice the kit's largest, under the labels


def gate(path: Path, max_bytes: int) -> str:
    """The submission's text as Python reads it (grader/worker/source.py), or
    SubmissionRejected saying why it cannot be graded."""
    if not path.is_file():
        raise SubmissionRejected(f"{path.name} is not a file")
    with path.open("rb") as file:
        raw = file.read(max_bytes + 1)
    if len(raw) > max_bytes:
        size = max(len(raw), path.stat().st_size)
        raise SubmissionRejected(f"{path.name} is {size:,} bytes; the limit is {max_bytes:,}")
    try:
        text = source.decode(raw)
    except source.SourceRefused as refusal:
        raise SubmissionRejected(f"{path.name} is not UTF-8 Python source: {refusal}") from None
    try:
        ast.parse(text, filename=path.name)
    except SyntaxError as error:
        raise SubmissionRejected(f"{path.name} is not valid Python: line {error.lineno}: "
                                 f"{error.msg}") from None
    except RecursionError:  # e.g. a sum of thousands of terms: Python cannot compile it either
        raise SubmissionRejected(f"{path.name} nests expressions too deeply for Python to "
                                 "compile") from None
    return text


def scan(source: str) -> list[str]:
    """One line per suspicious spot, in source order: 'line N: uses X (why)'. The
    `if __name__ == "__main__":` block is left out of what the code uses (grading never runs
    it), not of the data it carries (the code can read its own file)."""
    tree = _without_main_block(ast.parse(source))
    flags = []
    for node in ast.walk(tree):
        for name in _names(node):
            reason = WHY.get(name) or WHY.get(name.split(".")[0])
            if reason:
                flags.append((node.lineno, f"uses {name} ({reason})"))
                break
        if isinstance(node, (ast.Assign, ast.AugAssign)) and any(
                _root_name(target) == "torch" for target in getattr(node, "targets", [])
                + [getattr(node, "target", None)]):
            flags.append((node.lineno, ("replaces part of torch (its results can no longer be "
                                        "trusted)")))
    return [f"line {line}: {text}" for line, text in sorted(set(flags + data_flags(source)))]


def data_flags(source: str) -> list[tuple[int, str]]:
    """(line, what) for each literal or comment block over its limit, or else for literals
    and comments over TOTAL_BYTES together; the whole file, `__main__` block included."""
    literals = literal_sizes(ast.parse(source))
    comments = comment_sizes(source)
    large = [(line, f"embeds {size:,} bytes of data in one literal")
             for line, size in literals if size > LITERAL_BYTES]
    large += [(line, (f"holds {size:,} bytes in one block of comments: data hiding in "
                     "comments (weights, labels)?"))
              for line, size in comments if size > COMMENT_BYTES]
    total = sum(size for _, size in literals + comments)
    if total > TOTAL_BYTES and not large:
        large.append((min(literals + comments)[0], (
            f"its literals and comments hold {total:,} bytes together: data hiding in code "
            "(weights, labels)?")))
    return large


def comment_sizes(source: str) -> list[tuple[int, int]]:
    """(first line, UTF-8 bytes) of every block of comments on consecutive lines, in source
    order."""
    blocks: list[list[int]] = []   # [first line, last line, bytes]
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT:
            continue
        size = len(token.string.encode("utf-8", "surrogatepass"))
        if blocks and token.start[0] <= blocks[-1][1] + 1:
            blocks[-1][1:] = [token.start[0], blocks[-1][2] + size]
        else:
            blocks.append([token.start[0], token.start[0], size])
    return [(first, size) for first, _, size in blocks]


def literal_sizes(tree: ast.AST) -> list[tuple[int, int]]:
    """(line, payload in bytes) of every literal in `tree`, each taken whole (a list of lists
    of numbers is one literal), in source order. Iterative: the parser takes nesting deeper
    than Python's recursion limit (a sum of 2,000 terms)."""
    sizes: dict[ast.AST, int | None] = {}
    for node in reversed(list(ast.walk(tree))):  # every node after its children
        sizes[node] = _payload(node, sizes)
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if sizes[node] is not None:
            found.append((node.lineno, sizes[node]))
        else:
            stack.extend(ast.iter_child_nodes(node))
    return sorted(found)


def _payload(node: ast.AST, sizes: dict) -> int | None:
    """The bytes a literal node carries, given its children's; None if it is no literal."""
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, str):
            size = len(value.encode("utf-8", "surrogatepass"))
        elif isinstance(value, bytes):
            size = len(value)
        elif isinstance(value, int):  # bool too; bit_length, as str() refuses 4,300+ digits
            size = -(-value.bit_length() // 8)
        else:
            size = {float: 8, complex: 16}.get(type(value), 1)
        return max(1, size)
    if not isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict, ast.UnaryOp, ast.BinOp)):
        return None
    parts = [sizes[child] for child in ast.iter_child_nodes(node) if isinstance(child, ast.expr)]
    return None if None in parts else sum(parts)


def _without_main_block(tree: ast.Module) -> ast.Module:
    tree.body = [node for node in tree.body if not (
        isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__")]
    return tree


def _root_name(target) -> str | None:
    """`torch` for `torch.Tensor.__eq__`; None for a plain name or anything else."""
    if not isinstance(target, ast.Attribute):
        return None
    while isinstance(target, ast.Attribute):
        target = target.value
    return target.id if isinstance(target, ast.Name) else None


def _names(node: ast.AST) -> list[str]:
    """The module, attribute or builtin names a node uses, as dotted text, most specific
    first."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and not node.level:
        return [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return [f"{node.value.id}.{node.attr}"]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        called = [node.func.id] if node.func.id in ("exec", "eval", "compile", "__import__") \
            else []
        if node.func.id == "__import__" and node.args and isinstance(node.args[0], ast.Constant):
            called.append(str(node.args[0].value))
        return called
    return []

