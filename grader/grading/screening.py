"""What the grader learns from a submission before running any of it.

`gate` refuses what cannot be graded at all (too large, not UTF-8, not Python): a graded zero
with the reason. `scan` flags, for a person to review, code a LeNet has no business with:
starting programs, the network, raw memory, the grader's or otter's own modules, dynamic code
and large embedded blobs. A flag costs no points; it is shown in every report.
"""

from __future__ import annotations

import ast
from pathlib import Path

from grader.errors import SubmissionRejected

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
BLOB_CHARS = 16_000  # a string literal this long is data hiding in code (weights, labels)
# All string and bytes literals together: the longest of the kit's examples, the starter with
# its docstrings, holds about 1,000 characters; LeNet-5's weights in int8 and base64 need 82,000.
LITERAL_CHARS = 20_000


def gate(path: Path, max_bytes: int) -> str:
    """The submission's text, or SubmissionRejected saying why it cannot be graded."""
    if not path.is_file():
        raise SubmissionRejected(f"{path.name} is not a file")
    size = path.stat().st_size
    if size > max_bytes:
        raise SubmissionRejected(f"{path.name} is {size:,} bytes; the limit is {max_bytes:,}")
    try:
        source = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise SubmissionRejected(f"{path.name} is not UTF-8 text ({error.reason})") from None
    try:
        ast.parse(source, filename=path.name)
    except SyntaxError as error:
        raise SubmissionRejected(f"{path.name} is not valid Python: line {error.lineno}: "
                                 f"{error.msg}") from None
    except RecursionError:  # e.g. a sum of thousands of terms: Python cannot compile it either
        raise SubmissionRejected(f"{path.name} nests expressions too deeply for Python to "
                                 "compile") from None
    return source


def scan(source: str) -> list[str]:
    """One line per suspicious spot, in source order: 'line N: uses X (why)'. The
    `if __name__ == "__main__":` block is left out: grading never runs it."""
    flags, literals = [], []
    for node in ast.walk(_without_main_block(ast.parse(source))):
        for name in _names(node):
            reason = WHY.get(name) or WHY.get(name.split(".")[0])
            if reason:
                flags.append((node.lineno, f"uses {name} ({reason})"))
                break
        if isinstance(node, (ast.Assign, ast.AugAssign)) and any(
                _root_name(target) == "torch" for target in getattr(node, "targets", [])
                + [getattr(node, "target", None)]):
            flags.append((node.lineno, "replaces part of torch (its results can no longer be "
                                       "trusted)"))
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
            literals.append((node.lineno, len(node.value)))
            if len(node.value) > BLOB_CHARS:
                flags.append((node.lineno, f"embeds {len(node.value):,} characters of data"))
    total = sum(size for _, size in literals)
    if total > LITERAL_CHARS and not any("embeds" in text for _, text in flags):
        flags.append((min(line for line, _ in literals), f"its string literals hold {total:,} "
                      "characters together: data hiding in code (weights, labels)?"))
    return [f"line {line}: {text}" for line, text in sorted(set(flags))]


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

