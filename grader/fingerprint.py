"""What a file's code means, as the similarity report compares it: a stream of syntax-tree
tokens, and fingerprints of that stream.

The stream is a pre-order walk of Python's own syntax tree (as Dolos does it; JPlag too takes
its tokens from a parser), which has no semicolons, commas, parentheses, line breaks,
comments, quotes or coding line to begin with. What is left that a student changes without
changing the code is erased or put in one order:

- names the author chose (variables, parameters, functions, attributes of their own objects)
  become one token; the names of the libraries' functions and attributes (`nn.Conv2d`,
  `padding=`, `len`) stay, as operators and statement kinds do;
- every literal is one token, whatever its value; docstrings, bare strings, `pass`, `if False:`
  blocks, `assert True` and assignments to names a function never reads are dropped;
- `x += y` reads as `x = x + y`, `x := y` as `x = y`, and a comprehension as the loop it
  stands for, so a loop turned into a comprehension keeps most of its tokens;
- each function is a unit of its own, so their order does not matter, and within a body,
  adjacent statements that neither read nor write what the other writes are put in one order
  (the smallest first, by their tokens), so swapping them changes nothing.

Fingerprints are the hashes of every k-gram (run of k tokens) of each unit, as in MOSS, all of
them kept (MOSS's winnowing keeps one in a window, to save space that a class does not need).
Each remembers the source lines of its tokens (the nodes' line numbers), so that shared
fingerprints map back to passages."""

from __future__ import annotations

import ast
import builtins
import heapq
from dataclasses import dataclass

KEPT_NAMES = frozenset(dir(builtins)) | {"self"}
MAX_DEPTH = 100       # nodes: deeper, one token stands for the rest
CANONICAL_MAX = 200   # statements in a body: a longer one is not put in order (time)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp)
SILENT = (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)  # in a token
_VOCABULARY: dict[str, int] = {}   # token -> a small int, so that k-grams hash as int tuples


@dataclass(frozen=True)
class Fingerprints:
    """A file's fingerprints (k-gram hashes), the source lines of each, and the lines that
    hold code at all."""
    hashes: frozenset[int]
    token_lines: dict[int, set[int]]   # hash -> the lines its k-grams' tokens lie on
    code_lines: frozenset[int]

    def lines(self, shared: set[int] | frozenset[int]) -> list[tuple[int, int]]:
        """The (first, last) line ranges that hold the tokens of the k-grams whose hash is
        in `shared`, a range running on over lines without code (comments, blank lines, a
        closing bracket) to the next such line."""
        marked = sorted(set().union(*(self.token_lines.get(found, ()) for found in shared)))
        ranges: list[tuple[int, int]] = []
        for line in marked:
            if ranges and not any(between in self.code_lines
                                  for between in range(ranges[-1][1] + 1, line)):
                ranges[-1] = (ranges[-1][0], line)
            else:
                ranges.append((line, line))
        return ranges

    def covered(self, shared: set[int] | frozenset[int]) -> float:
        """The fraction of the file's lines of code (those holding a token) that hold a token
        of a k-gram whose hash is in `shared`."""
        lines = set().union(*(self.token_lines.get(found, ()) for found in shared))
        return len(lines) / len(self.code_lines) if self.code_lines else 0.0


def fingerprints(code: str, k: int) -> Fingerprints | None:
    """The fingerprints of `code`, or None where Python cannot parse it."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError):
        return None
    token_lines: dict[int, set[int]] = {}
    code_lines: set[int] = set()
    for unit in units(tree):
        code_lines.update(line for _, line in unit)
        ids = [_VOCABULARY.setdefault(token, len(_VOCABULARY)) for token, _ in unit]
        for start in range(len(ids) - k + 1):
            token_lines.setdefault(hash(tuple(ids[start:start + k])), set()).update(
                line for _, line in unit[start:start + k])
    return Fingerprints(frozenset(token_lines), token_lines, frozenset(code_lines))


def units(tree: ast.Module) -> list[list[tuple[str, int]]]:
    """The file's token streams, (token, line) each: one per function or method, one per
    class for the rest of its body, one for the rest of the module."""
    own = _own_names(tree)
    found: list[list[tuple[str, int]]] = []
    module = _Stream(own, found)
    module.statements(tree.body, 1)
    found.append(module.tokens)
    return [unit for unit in found if unit]


def _own_names(tree: ast.AST) -> frozenset[str]:
    """The names the author chose: assigned, parameters, defined, attributes set."""
    own = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            own.add(node.id)
        elif isinstance(node, ast.arg):
            own.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            own.add(node.name)
        elif isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load):
            own.add(node.attr)
        elif isinstance(node, ast.alias):
            own.add((node.asname or node.name).split(".")[0])
    return frozenset(own - KEPT_NAMES)


class _Stream:
    """Emits one unit's tokens; a function met on the way starts a unit of its own in
    `found`. `read`: the names the enclosing function reads (None outside functions), for
    dropping assignments to the others."""

    def __init__(self, own: frozenset[str], found: list[list[tuple[str, int]]],
                 read: set[str] | None = None, depth: int = 0):
        self.own, self.found, self.read, self.depth = own, found, read, depth
        self.tokens: list[tuple[str, int]] = []

    def child(self, read: set[str] | None) -> _Stream:
        """A stream for a part of this one (a statement, a function), as deep as it is."""
        return _Stream(self.own, self.found, read, self.depth)

    def emit(self, token: str, line: int) -> None:
        self.tokens.append((token, line))

    def statements(self, body: list[ast.stmt], line: int) -> None:
        """The tokens of `body`'s live statements, each statement's in one piece, in the
        canonical order of the statements."""
        live = _live(body, self.read)
        pieces = []
        for statement in live:
            alone = self.child(self.read)
            alone.node(statement, getattr(statement, "lineno", line))
            pieces.append(alone.tokens)
        keys = [tuple(token for token, _ in piece) for piece in pieces]
        for index in _canonical(live, keys):
            self.tokens += pieces[index]

    def node(self, node: ast.AST, line: int) -> None:
        """Emit `node`'s tokens; below MAX_DEPTH, one token stands for the rest (a sum of a
        thousand terms parses, and must neither overflow the stack nor hide the file)."""
        line = getattr(node, "lineno", line)
        if self.depth >= MAX_DEPTH:
            self.emit("Deep", line)
            return
        self.depth += 1
        try:
            self._node(node, line)
        finally:
            self.depth -= 1

    def _node(self, node: ast.AST, line: int) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self._function(node)
        elif isinstance(node, ast.ClassDef):
            self._class(node)
        elif isinstance(node, ast.Expr) and isinstance(node.value, COMPREHENSIONS):
            self._comprehension(node.value, line, effects=True)
        elif isinstance(node, ast.Expr):   # an expression statement: its expression alone
            self.node(node.value, line)
        elif isinstance(node, ast.AugAssign):   # x += y reads as x = x + y
            self.emit("Assign", line)
            self.node(node.target, line)
            self.emit(type(node.op).__name__, line)
            self.node(node.target, line)
            self.node(node.value, line)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
            self.emit("Const", line)   # -1 is a literal as 1 is
        elif isinstance(node, (*COMPREHENSIONS, ast.DictComp)):
            self._comprehension(node, line)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            self.emit("Loop", line)
            self.node(node.target, line)
            self.node(node.iter, line)
            self.statements(node.body, line)
            self.statements(node.orelse, line)
        else:
            self._generic(node, line)

    def _generic(self, node: ast.AST, line: int) -> None:
        token = self._token(node)
        if token:
            self.emit(token, line)
        for _, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                self.statements(value, line)
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.AST) and not isinstance(child, SILENT):
                    self.node(child, line)

    def _token(self, node: ast.AST) -> str | None:
        """The node's own token: its kind, with what a rename does not change."""
        if isinstance(node, ast.Name):
            return f"Name:{node.id}" if node.id in KEPT_NAMES else "Name"
        if isinstance(node, ast.Attribute):
            return "Attr" if node.attr in self.own else f"Attr:{node.attr}"
        if isinstance(node, ast.keyword):
            return "kw" if node.arg is None or node.arg in self.own else f"kw:{node.arg}"
        if isinstance(node, ast.Constant):
            return "Const"
        if isinstance(node, ast.NamedExpr):
            return "Assign"
        if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.BoolOp)):
            return type(node.op).__name__
        if isinstance(node, ast.Compare):
            return "Compare:" + ",".join(type(op).__name__ for op in node.ops)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            return f"{type(node).__name__}:{getattr(node, 'module', None) or ''}:" + ",".join(
                alias.name for alias in node.names)
        if isinstance(node, ast.alias):
            return None
        if isinstance(node, (ast.IfExp, ast.If)):
            return "If"
        return type(node).__name__

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        inner = self.child(_reads_in(node))
        inner.emit(type(node).__name__, node.lineno)
        for decorator in node.decorator_list:
            inner.node(decorator, decorator.lineno)
        inner.node(node.args, node.lineno)
        if node.returns is not None:
            inner.node(node.returns, node.lineno)
        inner.statements(node.body, node.lineno)
        self.found.append(inner.tokens)

    def _class(self, node: ast.ClassDef) -> None:
        inner = self.child(None)
        inner.emit("ClassDef", node.lineno)
        for child in [*node.decorator_list, *node.bases, *node.keywords]:
            inner.node(child, node.lineno)
        inner.statements(node.body, node.lineno)
        self.found.append(inner.tokens)

    def _comprehension(self, node: ast.expr, line: int, effects: bool = False) -> None:
        """As the loop it stands for: each `for` (target, iterable, conditions), then the
        element; with `effects` (a comprehension evaluated as a statement), the element's
        parts as the loop's statements (`(a := f(x), g(a))` as `a = f(x)` and `g(a)`)."""
        for generator in node.generators:   # type: ignore[attr-defined]
            self.emit("Loop", line)
            self.node(generator.target, line)
            self.node(generator.iter, line)
            for condition in generator.ifs:
                self.emit("If", line)
                self.node(condition, line)
        if isinstance(node, ast.DictComp):
            self.node(node.key, line)
            self.node(node.value, line)
        elif effects:
            element = node.elt   # type: ignore[attr-defined]
            parts = element.elts if isinstance(element, ast.Tuple) else [element]
            self.statements([_as_statement(part) for part in parts], line)
        else:
            self.node(node.elt, line)   # type: ignore[attr-defined]


def _as_statement(part: ast.expr) -> ast.stmt:
    """A comprehension's part as the statement a loop would hold: `a := x` as `a = x`,
    `f(x) if c else None` as an `if`, anything else as an expression statement."""
    if isinstance(part, ast.NamedExpr):
        made: ast.stmt = ast.Assign([part.target], part.value)
    elif isinstance(part, ast.IfExp) and isinstance(part.orelse, ast.Constant):
        made = ast.If(part.test, [ast.Expr(part.body)], [])
    else:
        made = ast.Expr(part)
    return ast.copy_location(made, part)


def _reads_in(scope: ast.AST) -> set[str]:
    """Every name read anywhere in `scope` (nested functions included)."""
    return {node.id for node in ast.walk(scope)
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}


def _live(body: list[ast.stmt], read: set[str] | None) -> list[ast.stmt]:
    """`body` without what does nothing: docstrings and bare constants, `pass`, `assert` of
    a true constant, the branch of an `if` on a constant that is never taken, and (where
    `read` says what the function reads) assignments to names it never reads."""
    live: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.Pass) or (
                isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)):
            continue
        if isinstance(statement, ast.Assert) and isinstance(statement.test, ast.Constant) \
                and statement.test.value:
            continue
        if isinstance(statement, (ast.If, ast.While)) and isinstance(statement.test,
                                                                     ast.Constant):
            if isinstance(statement, ast.If):
                live += _live(statement.body if statement.test.value else statement.orelse,
                              read)
                continue
            if not statement.test.value:
                continue
        if read is not None and _dead_store(statement, read):
            continue
        live.append(statement)
    return live


def _dead_store(statement: ast.stmt, read: set[str]) -> bool:
    """An assignment whose every target is a plain name that is never read."""
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, (ast.AugAssign, ast.AnnAssign)):
        targets = [statement.target]
    else:
        return False
    names = [node for target in targets for node in ast.walk(target)]
    return all(isinstance(node, (ast.Name, ast.Tuple, ast.List, ast.Store)) for node in names) \
        and not any(isinstance(node, ast.Name) and node.id in read for node in names)


BARRIERS = (ast.Return, ast.Raise, ast.Break, ast.Continue, ast.Global, ast.Nonlocal,
            ast.Try, ast.With, ast.AsyncWith, ast.Delete)


def _canonical(body: list[ast.stmt], keys: list[tuple[str, ...]]) -> list[int]:
    """The positions of `body`'s statements with adjacent statements that do not depend on
    each other in one order: a topological order of what depends on what, the smallest key
    (the statement's tokens) first. A body longer than CANONICAL_MAX keeps its order: the
    dependencies are counted pair by pair."""
    if not 2 <= len(body) <= CANONICAL_MAX:
        return list(range(len(body)))
    touched = [_touches(statement) for statement in body]
    waiting = [0] * len(body)
    after: list[list[int]] = [[] for _ in body]
    for later in range(len(body)):
        for earlier in range(later):
            if _depends(touched[earlier], touched[later]):
                after[earlier].append(later)
                waiting[later] += 1
    ready = [(keys[index], index) for index in range(len(body)) if not waiting[index]]
    heapq.heapify(ready)
    ordered = []
    while ready:
        _, index = heapq.heappop(ready)
        ordered.append(index)
        for later in after[index]:
            waiting[later] -= 1
            if not waiting[later]:
                heapq.heappush(ready, (keys[later], later))
    return ordered


def _touches(statement: ast.stmt) -> tuple[set[str], set[str]] | None:
    """The names and attribute chains (`self.c1`) a statement writes and reads; None for a
    statement nothing moves across (return, raise, break, with, try...)."""
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return _definition(statement)
    if isinstance(statement, BARRIERS) or any(
            isinstance(node, (ast.Yield, ast.YieldFrom, ast.Await, ast.Return, ast.Break,
                              ast.Continue, ast.Raise)) for node in ast.walk(statement)):
        return None
    written: set[str] = set()
    read: set[str] = set()
    stack: list[ast.AST] = [statement]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            written.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            written |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        chain, inner = _chain(node)
        if chain is None:
            stack.extend(ast.iter_child_nodes(node))
            continue
        store = isinstance(getattr(node, "ctx", None), (ast.Store, ast.Del))
        (written if store else read).add(chain)
        stack.extend(inner)
    if isinstance(statement, ast.AugAssign):
        read |= written
    return written, read


def _definition(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
                ) -> tuple[set[str], set[str]] | None:
    """What a definition writes (its name) and reads when it runs: decorators, defaults and
    annotations, a class's bases and the statements of its body but for its methods, not
    what a function's body reads when it is called."""
    read: set[str] = set()
    if isinstance(node, ast.ClassDef):
        parts: list[ast.AST] = [*node.decorator_list, *node.bases, *node.keywords]
        for statement in node.body:
            touched = _touches(statement)
            if touched is None:
                return None
            read |= touched[1] | touched[0]
    else:
        parts = [*node.decorator_list, node.args, *([node.returns] if node.returns else [])]
    for part in parts:
        touched = _touches(ast.Expr(part)) if isinstance(part, ast.expr) else (set(), {
            chain for child in ast.walk(part) for chain in [_chain(child)[0]] if chain})
        if touched is None:
            return None
        read |= touched[1]
    return {node.name}, read


def _chain(node: ast.AST) -> tuple[str | None, list[ast.expr]]:
    """`self.c1` for an attribute chain on a name (`self.c1` in `self.c1(x)`; a subscript by
    a constant is a link of it, another subscript is passed through), with the indices that
    are read on their own; None for any other node."""
    parts: list[str] = []
    inner: list[ast.expr] = []
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        if isinstance(node, ast.Attribute):
            parts.append(node.attr)
        elif isinstance(node.slice, ast.Constant):   # tally["ok"] and tally["all"] differ
            parts.append(repr(node.slice.value))
        else:
            inner.append(node.slice)
        node = node.value
    if not isinstance(node, ast.Name):
        return None, []
    return ".".join([node.id, *reversed(parts)]), inner


def _depends(one, two) -> bool:
    """Whether two statements' order matters: one writes what the other reads or writes."""
    if one is None or two is None:
        return True
    (w1, r1), (w2, r2) = one, two
    return _meets(w1, w2 | r2) or _meets(w2, r1)


def _meets(chains: set[str], others: set[str]) -> bool:
    """Whether a chain in `chains` is one of `others`, or a link of one (`self.c1`,
    `self`)."""
    for chain in chains:
        for other in others:
            if chain == other or other.startswith(chain + ".") or chain.startswith(other + "."):
                return True
    return False
