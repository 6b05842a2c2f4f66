"""Placeholder values for required input variables, typed from their type constraints.

A rehearsal answers every variable without a default (sensitive ones too) from a generated
`terraform.tfvars.json`; the values are labelled placeholders, never real secrets.
"""

from __future__ import annotations

from typing import Any

from octopus_patterns.rehearsal.hcl import HclSyntaxError, Kind, Token, tokenize_expression


def tfvars(variables: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Values for the variables that have no default."""
    return {
        name: placeholder_for_type(str(spec.get("type", "any")), f"stand-in:var.{name}")
        for name, spec in sorted(variables.items())
        if "default" not in spec
    }


def placeholder_for_type(constraint: str, label: str) -> Any:
    """A value of type `constraint`, e.g. `string`, `list(string)`, `object({port = number})`."""
    parser = _TypeParser(constraint)
    value = parser.type_value(label)
    if parser.pos != len(parser.tokens):
        raise HclSyntaxError(f"unexpected {parser.tokens[parser.pos].text!r} in type {constraint!r}")
    return value


class _TypeParser:
    def __init__(self, constraint: str) -> None:
        self.text = constraint
        self.tokens: list[Token] = tokenize_expression(constraint)
        self.pos = 0

    def _next(self) -> Token:
        if self.pos >= len(self.tokens):
            raise HclSyntaxError("type constraint ends early")
        self.pos += 1
        return self.tokens[self.pos - 1]

    def _expect(self, text: str) -> None:
        token = self._next()
        if token.text != text:
            raise HclSyntaxError(f"expected {text!r} in a type constraint, got {token.text!r}")

    def _peek(self) -> str:
        return self.tokens[self.pos].text if self.pos < len(self.tokens) else ""

    def type_value(self, label: str) -> Any:
        name = self._next().text
        primitives: dict[str, Any] = {"string": label, "any": label, "number": 1, "bool": True}
        if name in primitives:
            return primitives[name]
        self._expect("(")
        value = self._constructor(name, label)
        self._expect(")")
        return value

    def _constructor(self, name: str, label: str) -> Any:
        if name in ("list", "set"):
            return [self.type_value(label)]
        if name == "map":
            return {"stand-in": self.type_value(label)}
        if name == "optional":
            value = self.type_value(label)
            self._skip_to_close()
            return value
        if name == "object":
            return self._object(label)
        if name == "tuple":
            return self._tuple(label)
        raise HclSyntaxError(f"unknown type constructor {name!r}")

    def _object(self, label: str) -> dict[str, Any]:
        self._expect("{")
        value: dict[str, Any] = {}
        while self._peek() != "}":
            key = self._key()
            self._next()  # `=` or `:`
            value[key] = self.type_value(f"{label}.{key}")
            if self._peek() == ",":
                self._next()
        self._expect("}")
        return value

    def _key(self) -> str:
        token = self._next()
        if token.kind is not Kind.STRING_START:
            return token.text
        end = self._next()
        if end.kind is not Kind.STRING_END:
            raise HclSyntaxError("object keys in type constraints must be plain strings")
        return self.text[token.end : end.start]

    def _tuple(self, label: str) -> list[Any]:
        self._expect("[")
        items: list[Any] = []
        while self._peek() != "]":
            items.append(self.type_value(label))
            if self._peek() == ",":
                self._next()
        self._expect("]")
        return items

    def _skip_to_close(self) -> None:
        depth = 0
        while self._peek() and not (depth == 0 and self._peek() == ")"):
            text = self._next().text
            depth += 1 if text in "([{" else -1 if text in ")]}" else 0
