"""Just enough of Terraform's expression syntax to find references in synthesized JSON and rewrite them.

Terraform JSON evaluates every string as a template: literal text with `${ expr }` interpolations and
`%{ directive }`s (`$${` and `%%{` are escapes). An expression can hold quoted strings that are templates
again, heredocs, function calls, brackets and object constructors, so a reference can sit at any depth.
The lexer turns one string into a flat token list (literal text is skipped); a reference is a root
identifier followed by `.attr`, `[index]`, `.*` or `[*]` steps.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal


class HclSyntaxError(ValueError):
    """A string that Terraform could not parse either."""


class Kind(Enum):
    IDENT = "ident"
    NUMBER = "number"
    PUNCT = "punct"
    OPEN = "open"  # `${` or `%{`
    CLOSE = "close"  # the `}` that ends an interpolation or directive
    STRING_START = "string_start"
    STRING_END = "string_end"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    start: int
    end: int


StepKind = Literal["attr", "index", "key", "splat", "dynamic"]


@dataclass(frozen=True)
class Step:
    """One traversal step: `.name` (attr), `[0]`/`.0` (index), `["k"]` (key), `[*]`/`.*`, or `[expr]`."""

    kind: StepKind
    value: str | int | None
    start: int
    end: int


@dataclass(frozen=True)
class Traversal:
    root: str
    start: int
    steps: tuple[Step, ...]

    @property
    def end(self) -> int:
        return self.steps[-1].end if self.steps else self.start + len(self.root)


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `text` (an insertion when start == end)."""

    start: int
    end: int
    text: str


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_DIGITS = re.compile(r"[0-9]+")
_HEREDOC = re.compile(r"<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n")
_MULTI_CHAR_PUNCT = ("...", "::", "=>", "==", "!=", "<=", ">=", "&&", "||")
_IDENTITY_FUNCTIONS = frozenset({"sensitive", "nonsensitive"})


class _Lexer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[Token] = []

    def _emit(self, kind: Kind, start: int, end: int) -> None:
        self.tokens.append(Token(kind, self.text[start:end], start, end))

    def template(self, pos: int, stop: int, *, quoted: bool) -> int:
        """Skip literal text, lexing each interpolation; returns the position after the closing quote."""
        text = self.text
        while pos < stop:
            if quoted and text[pos] == '"':
                return pos + 1
            if quoted and text[pos] == "\\":
                pos += 2
            elif text.startswith(("$${", "%%{"), pos):
                pos += 3
            elif text.startswith(("${", "%{"), pos):
                self._emit(Kind.OPEN, pos, pos + 2)
                pos = self.expression(pos + 2, stop, closed=True)
            else:
                pos += 1
        if quoted:
            raise HclSyntaxError("unterminated quoted string")
        return pos

    def expression(self, pos: int, stop: int, *, closed: bool) -> int:
        """Lex an expression up to its closing `}` (closed) or to `stop`."""
        text = self.text
        braces = 0
        while True:
            pos = self._skip_space(pos, stop)
            if pos >= stop:
                if closed:
                    raise HclSyntaxError("unterminated ${ or %{")
                return pos
            char = text[pos]
            if char == "}" and closed and braces == 0:
                self._emit(Kind.CLOSE, pos, pos + 1)
                return pos + 1
            braces += {"{": 1, "}": -1}.get(char, 0)
            pos = self._token(pos, stop)

    def _token(self, pos: int, stop: int) -> int:
        text = self.text
        if text[pos] == '"':
            self._emit(Kind.STRING_START, pos, pos + 1)
            end = self.template(pos + 1, stop, quoted=True)
            self._emit(Kind.STRING_END, end - 1, end)
            return end
        if heredoc := _HEREDOC.match(text, pos, stop):
            return self._heredoc(heredoc, stop)
        if ident := _IDENT.match(text, pos, stop):
            self._emit(Kind.IDENT, pos, ident.end())
            return ident.end()
        after_dot = bool(self.tokens) and self.tokens[-1].text == "."
        if number := (_DIGITS if after_dot else _NUMBER).match(text, pos, stop):
            self._emit(Kind.NUMBER, pos, number.end())
            return number.end()
        width = next((len(p) for p in _MULTI_CHAR_PUNCT if text.startswith(p, pos)), 1)
        self._emit(Kind.PUNCT, pos, pos + width)
        return pos + width

    def _heredoc(self, opening: re.Match[str], stop: int) -> int:
        marker = re.compile(rf"^[ \t]*{re.escape(opening.group(1))}[ \t]*$", re.MULTILINE)
        closing = marker.search(self.text, opening.end(), stop)
        if closing is None:
            raise HclSyntaxError(f"heredoc {opening.group(1)} is not closed")
        self.template(opening.end(), closing.start(), quoted=False)
        return closing.end()

    def _skip_space(self, pos: int, stop: int) -> int:
        text = self.text
        while pos < stop:
            if text[pos].isspace():
                pos += 1
            elif text.startswith(("#", "//"), pos):
                newline = text.find("\n", pos, stop)
                pos = stop if newline < 0 else newline + 1
            elif text.startswith("/*", pos):
                end = text.find("*/", pos + 2, stop)
                if end < 0:
                    raise HclSyntaxError("unterminated /* comment")
                pos = end + 2
            else:
                break
        return pos


def strings_in(value: Any) -> list[str]:
    """Every string in a JSON value, object keys included (Terraform JSON evaluates both)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in strings_in(item)]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in (key, *strings_in(item))]
    return []


def map_strings(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [map_strings(item, change) for item in value]
    if isinstance(value, dict):
        return {change(key): map_strings(item, change) for key, item in value.items()}
    return value


def has_template(text: str) -> bool:
    return "${" in text or "%{" in text


def tokenize_template(text: str) -> list[Token]:
    """Tokens of every interpolation and directive in a template string (literal text is skipped)."""
    lexer = _Lexer(text)
    lexer.template(0, len(text), quoted=False)
    return lexer.tokens


def tokenize_expression(text: str) -> list[Token]:
    """Tokens of a bare expression, e.g. an entry of `depends_on`."""
    lexer = _Lexer(text)
    lexer.expression(0, len(text), closed=False)
    return lexer.tokens


def find_traversals(text: str, tokens: list[Token]) -> list[Traversal]:
    """Every reference-shaped traversal, including those nested inside index brackets."""
    found: list[Traversal] = []
    for i, token in enumerate(tokens):
        if token.kind is not Kind.IDENT:
            continue
        if i and tokens[i - 1].kind is Kind.PUNCT and tokens[i - 1].text in (".", "::"):
            continue  # an attribute name or a provider function namespace
        if i + 1 < len(tokens) and tokens[i + 1].text in ("(", "::"):
            continue  # a function call
        found.append(Traversal(token.text, token.start, tuple(_steps(text, tokens, i + 1))))
    return found


def _steps(text: str, tokens: list[Token], i: int) -> list[Step]:
    steps: list[Step] = []
    while i < len(tokens) and tokens[i].kind is Kind.PUNCT:
        token = tokens[i]
        if token.text == "." and i + 1 < len(tokens):
            name = tokens[i + 1]
            if name.kind is Kind.IDENT:
                steps.append(Step("attr", name.text, token.start, name.end))
            elif name.kind is Kind.NUMBER and name.text.isdigit():
                steps.append(Step("index", int(name.text), token.start, name.end))
            elif name.text == "*":
                steps.append(Step("splat", None, token.start, name.end))
            else:
                break
            i += 2
        elif token.text == "[":
            close = _matching_bracket(tokens, i)
            steps.append(_index_step(text, tokens[i + 1 : close], token.start, tokens[close].end))
            i = close + 1
        else:
            break
    return steps


def _matching_bracket(tokens: list[Token], opening: int) -> int:
    depth = 0
    for i in range(opening, len(tokens)):
        if tokens[i].kind is Kind.PUNCT and tokens[i].text in "[]":
            depth += 1 if tokens[i].text == "[" else -1
            if depth == 0:
                return i
    raise HclSyntaxError("unbalanced [ ]")


def _index_step(text: str, inner: list[Token], start: int, end: int) -> Step:
    if len(inner) == 1 and inner[0].kind is Kind.NUMBER and inner[0].text.isdigit():
        return Step("index", int(inner[0].text), start, end)
    if len(inner) == 1 and inner[0].text == "*":
        return Step("splat", None, start, end)
    if len(inner) == 2 and inner[0].kind is Kind.STRING_START and inner[1].kind is Kind.STRING_END:
        key = _decode_string(text[inner[0].end : inner[1].start])
        if key is not None:
            return Step("key", key, start, end)
    return Step("dynamic", None, start, end)


def _decode_string(raw: str) -> str | None:
    try:
        value = json.loads(f'"{raw}"')
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits; insertions at one position keep the order they were given in."""
    ordered = sorted(edits, key=lambda edit: (edit.start, edit.end))
    parts: list[str] = []
    pos = 0
    for edit in ordered:
        if edit.start < pos:
            raise ValueError(f"overlapping edits at {edit.start} in {text!r}")
        parts += [text[pos : edit.start], edit.text]
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


Rewrite = Callable[[Traversal], list[Edit]]


def rewrite_template(text: str, rewrite: Rewrite) -> str:
    if not has_template(text):
        return text
    edits = [edit for t in find_traversals(text, tokenize_template(text)) for edit in rewrite(t)]
    return apply_edits(text, edits) if edits else text


def rewrite_expression(text: str, rewrite: Rewrite) -> str:
    """A bare expression (`depends_on`, `replace_triggered_by`), or a template if written as `${...}`."""
    if has_template(text):
        return rewrite_template(text, rewrite)
    edits = [edit for t in find_traversals(text, tokenize_expression(text)) for edit in rewrite(t)]
    return apply_edits(text, edits) if edits else text


def template_traversals(text: str) -> list[Traversal]:
    return find_traversals(text, tokenize_template(text)) if has_template(text) else []


@dataclass(frozen=True)
class Interpolation:
    """A reference that fills a whole interpolation: `${ref}` or `${sensitive(ref)}` (or nonsensitive)."""

    reference: Traversal
    whole: bool  # the template is nothing but this interpolation


def interpolated_references(text: str) -> list[Interpolation]:
    """The references that make up a whole top-level interpolation of the template, in order."""
    if not has_template(text):
        return []
    tokens = tokenize_template(text)
    found: list[Interpolation] = []
    depth, opening = 0, 0
    for i, token in enumerate(tokens):
        if token.kind is Kind.OPEN:
            opening = i if depth == 0 else opening
            depth += 1
        elif token.kind is Kind.CLOSE:
            depth -= 1
            reference = _bare_reference(text, tokens[opening + 1 : i]) if depth == 0 else None
            if reference is not None and tokens[opening].text == "${":
                whole = tokens[opening].start == 0 and token.end == len(text)
                found.append(Interpolation(reference, whole))
    return found


def _bare_reference(text: str, inner: list[Token]) -> Traversal | None:
    while (
        len(inner) >= 3
        and inner[0].text in _IDENTITY_FUNCTIONS
        and inner[1].text == "("
        and inner[-1].text == ")"
    ):
        inner = inner[2:-1]
    traversals = find_traversals(text, inner) if inner else []
    if not traversals or traversals[0].start != inner[0].start or traversals[0].end != inner[-1].end:
        return None
    return traversals[0]
