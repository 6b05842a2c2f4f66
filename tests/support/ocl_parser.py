"""A small, strict parser for Octopus Configuration Language (OCL), written from Octopus's "OCL file format"
documentation and the files Octopus writes: no code shared with the writer it checks.

Grammar (whitespace and newlines separate tokens; OCL has no comments):

    body      := (attribute | block)*
    attribute := NAME "=" value
    block     := NAME STRING* "{" body "}"
    value     := STRING | HEREDOC | NUMBER | "true" | "false" | list | map
    list      := "[" (value ("," value)* ","?)? "]"
    map       := "{" (key "=" value)* "}"          key := NAME | STRING
    HEREDOC   := "<<" "-"? MARKER NEWLINE line* MARKER    (with "-", the lines' common indentation is removed)

A heredoc's value is its lines joined by newlines. Duplicate attribute names in one body, a block label that
is not a string and anything left over are errors that name the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-:]*")
_NUMBER = re.compile(r"-?[0-9]+")
_HEREDOC = re.compile(r"<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\n")
_UNESCAPE = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


class OclSyntaxError(ValueError):
    pass


@dataclass
class OclBlock:
    type: str
    labels: list[str]
    attributes: dict[str, Any] = field(default_factory=dict)
    blocks: list[OclBlock] = field(default_factory=list)

    def only(self, block_type: str) -> OclBlock:
        (found,) = [b for b in self.blocks if b.type == block_type]
        return found

    def all(self, block_type: str) -> list[OclBlock]:
        return [b for b in self.blocks if b.type == block_type]


def parse(text: str) -> OclBlock:
    """The document as a block of type "" holding its top-level attributes and blocks."""
    parser = _Parser(text)
    document = OclBlock("", [])
    parser.body(document, closing=None)
    return document


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, message: str) -> OclSyntaxError:
        line = self.text.count("\n", 0, self.pos) + 1
        return OclSyntaxError(f"line {line}: {message}")

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self) -> str:
        self.skip_space()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.fail(f"expected {char!r}, found {self.peek() or 'end of file'!r}")
        self.pos += 1

    def name(self) -> str:
        self.skip_space()
        match = _NAME.match(self.text, self.pos)
        if not match:
            raise self.fail(f"expected a name, found {self.text[self.pos : self.pos + 10]!r}")
        self.pos = match.end()
        return match.group(0)

    def body(self, block: OclBlock, closing: str | None) -> None:
        while True:
            char = self.peek()
            if char == "" or char == closing:
                if char != (closing or ""):
                    raise self.fail(f"missing {closing!r} before the end of the file")
                self.pos += 1 if closing else 0
                return
            self.item(block)

    def item(self, block: OclBlock) -> None:
        name = self.name()
        if self.peek() == "=":
            self.pos += 1
            if name in block.attributes:
                raise self.fail(f"attribute {name!r} given twice")
            block.attributes[name] = self.value()
            return
        labels = []
        while self.peek() == '"':
            labels.append(self.string())
        self.expect("{")
        child = OclBlock(name, labels)
        self.body(child, closing="}")
        block.blocks.append(child)

    def value(self) -> Any:
        char = self.peek()
        if char == '"':
            return self.string()
        if char == "<":
            return self.heredoc()
        if char == "[":
            return self.list()
        if char == "{":
            return self.map()
        match = _NUMBER.match(self.text, self.pos)
        if match:
            self.pos = match.end()
            return int(match.group(0))
        word = self.name()
        if word in ("true", "false"):
            return word == "true"
        raise self.fail(f"expected a value, found {word!r}")

    def string(self) -> str:
        self.expect('"')
        out: list[str] = []
        while True:
            if self.pos >= len(self.text) or self.text[self.pos] == "\n":
                raise self.fail("unterminated string")
            char = self.text[self.pos]
            self.pos += 1
            if char == '"':
                return "".join(out)
            if char == "\\":
                escaped = self.text[self.pos : self.pos + 1]
                if escaped not in _UNESCAPE:
                    raise self.fail(f"unknown escape \\{escaped}")
                out.append(_UNESCAPE[escaped])
                self.pos += 1
            else:
                out.append(char)

    def heredoc(self) -> str:
        match = _HEREDOC.match(self.text, self.pos)
        if not match:
            raise self.fail("malformed heredoc introducer")
        strip, marker = match.group(1) == "-", match.group(2)
        lines: list[str] = []
        self.pos = match.end()
        while True:
            end = self.text.find("\n", self.pos)
            line = self.text[self.pos : end if end >= 0 else len(self.text)]
            if line.strip() == marker:
                self.pos = end if end >= 0 else len(self.text)
                return "\n".join(_dedent(lines) if strip else lines)
            if end < 0:
                raise self.fail(f"heredoc without its closing {marker}")
            lines.append(line)
            self.pos = end + 1

    def list(self) -> list[Any]:
        self.expect("[")
        items: list[Any] = []
        while self.peek() != "]":
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
            elif self.peek() != "]":
                raise self.fail("expected ',' or ']' in a list")
        self.pos += 1
        return items

    def map(self) -> dict[str, Any]:
        self.expect("{")
        entries: dict[str, Any] = {}
        while self.peek() != "}":
            if self.peek() == "":
                raise self.fail("unclosed map")
            key = self.string() if self.peek() == '"' else self.name()
            self.expect("=")
            if key in entries:
                raise self.fail(f"map key {key!r} given twice")
            entries[key] = self.value()
        self.pos += 1
        return entries


def _dedent(lines: list[str]) -> list[str]:
    indents = [len(line) - len(line.lstrip(" \t")) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return [line[cut:] for line in lines]
