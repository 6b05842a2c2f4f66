"""The variable references in an Octopus template (Octostache syntax), found without evaluating it.

What the syntax is, from Octopus's documentation ("Variable substitution syntax",
https://octopus.com/docs/projects/variables/variable-substitutions, and "Variable filters") and from
Octostache's grammar (OctopusDeploy/Octostache, source/Octostache/Templates/TemplateParser.cs); this is our
own reader of it:

- `#{Name}` binds a variable. A name is identifiers (letters, digits, whitespace, `_ - : / ~ ( )`) joined by
  `.` and indexers `[...]`; an indexer holds literal text or a nested `#{Other}` (`Other` is then read too).
- `#{Name | Filter arg "quoted arg" | Other}` applies filters; a filter argument may itself be `#{...}`.
- `#{if Name}`, `#{if Name == "text"}`, `#{if Name != Other}`, `#{unless ...}`, with `#{else}`, closed by
  `#{/if}` or `#{/unless}`; both operands of a comparison are variable names unless quoted.
- `#{each item in Collection}...#{/each}`: `item` (and `item.Anything`) is local to the block, where the
  `Octopus.Template.Each.*` variables exist too.
- `#{calc A + 1}`: every non-numeric operand is a variable name.
- `##{` is the literal text `#{` (an escape), and `##` right before `#{` is a literal `#`.

Names are compared case-insensitively by Octopus; this module returns them as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

EACH_VARIABLES = ("Octopus.Template.Each.Index", "Octopus.Template.Each.First", "Octopus.Template.Each.Last")

_IDENTIFIER = re.compile(r"[A-Za-z0-9_\-:/~()\s]+")
_CONDITION = re.compile(r"^(if|unless)\s+(.+)$", re.IGNORECASE | re.DOTALL)
_EACH = re.compile(r"^each\s+(.+?)\s+in\s+(.+)$", re.IGNORECASE | re.DOTALL)
_CALC = re.compile(r"^calc\s+(.+)$", re.IGNORECASE | re.DOTALL)
_NUMBER = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True)
class Reference:
    """A variable a template reads. `locals` are the `each` variables in scope where it is read."""

    name: str
    locals: tuple[str, ...] = ()
    in_each: bool = False

    @property
    def root(self) -> str:
        """The first identifier of the name: `item` for `item.Address` or `item[0]`."""
        return re.split(r"[.\[]", self.name, maxsplit=1)[0].strip()

    @property
    def is_local(self) -> bool:
        if self.root.lower() in (name.lower() for name in self.locals):
            return True
        return self.in_each and self.name.lower() in (name.lower() for name in EACH_VARIABLES)


@dataclass
class TemplateScan:
    references: list[Reference] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """Names that must come from outside the template (locals left out), in order, without repeats."""
        return list(dict.fromkeys(ref.name for ref in self.references if not ref.is_local))


@dataclass
class _Block:
    keyword: str  # if, unless, each
    local: str | None = None
    seen_else: bool = False


def scan(template: str) -> TemplateScan:
    """Every variable reference in `template`, and every syntax error (unclosed `#{`, unbalanced blocks, a
    name Octostache cannot parse, which Octopus would then leave in the text unsubstituted)."""
    result = TemplateScan()
    stack: list[_Block] = []
    i = 0
    while i < len(template):
        if template.startswith("##", i) and template.startswith("#{", i + 2):
            i += 2  # a literal '#', then an expression
        elif template.startswith("##{", i):
            i += 3  # the escape: literal text "#{"
        elif template.startswith("#{", i):
            end = _closing_brace(template, i + 2)
            if end is None:
                result.errors.append(f"unclosed '#{{' at offset {i}: {template[i : i + 40]!r}")
                break
            _tag(template[i + 2 : end], stack, result)
            i = end + 1
        else:
            i += 1
    for block in stack:
        result.errors.append(f"'#{{{block.keyword} ...}}' is never closed with '#{{/{block.keyword}}}'")
    return result


def _closing_brace(text: str, start: int) -> int | None:
    """Where the `}` closing an expression that starts at `start` is (nested `#{...}` and quotes skipped)."""
    depth, i, quoted = 0, start, False
    while i < len(text):
        char = text[i]
        if char == '"':
            quoted = not quoted
        elif not quoted and text.startswith("#{", i):
            depth += 1
            i += 1
        elif not quoted and char == "}":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None


def _tag(content: str, stack: list[_Block], result: TemplateScan) -> None:
    body = content.strip()
    locals_ = tuple(block.local for block in stack if block.local)
    in_each = any(block.keyword == "each" for block in stack)
    if body.startswith("/"):
        _close(body[1:].strip().lower(), stack, result)
    elif body.lower() == "else":
        if not stack or stack[-1].keyword not in ("if", "unless") or stack[-1].seen_else:
            result.errors.append("'#{else}' outside an '#{if}' or '#{unless}' block")
        else:
            stack[-1].seen_else = True
    elif match := _CONDITION.match(body):
        stack.append(_Block(match.group(1).lower()))
        _condition(match.group(2), locals_, in_each, result)
    elif match := _EACH.match(body):
        stack.append(_Block("each", match.group(1).strip()))
        _expression(match.group(2), locals_, in_each, result)
    elif match := _CALC.match(body):
        for operand in re.split(r"\s+[-+*/]\s+|[()]", match.group(1)):
            if operand.strip() and not _NUMBER.match(operand.strip()):
                _symbol(operand, locals_, in_each, result)
    else:
        _expression(body, locals_, in_each, result)


def _close(keyword: str, stack: list[_Block], result: TemplateScan) -> None:
    if not stack:
        result.errors.append(f"'#{{/{keyword}}}' closes no block")
    elif stack[-1].keyword != keyword:
        result.errors.append(f"'#{{/{keyword}}}' closes '#{{{stack[-1].keyword} ...}}'")
        stack.pop()
    else:
        stack.pop()


def _condition(text: str, locals_: tuple[str, ...], in_each: bool, result: TemplateScan) -> None:
    parts = re.split(r"\s*(?:==|!=)\s*", text.strip(), maxsplit=1)
    for part in parts:
        if not (part.startswith('"') or part.startswith('\\"')):
            _expression(part, locals_, in_each, result)


def _split_filters(text: str) -> list[str]:
    """`Name | F a "b" | G` -> ["Name ", " F a \"b\" ", " G"], splitting only outside quotes and `#{...}`."""
    parts, depth, quoted, current = [], 0, False, ""
    i = 0
    while i < len(text):
        char = text[i]
        if char == '"':
            quoted = not quoted
        elif not quoted and text.startswith("#{", i):
            depth += 1
        elif not quoted and char == "}" and depth:
            depth -= 1
        elif not quoted and depth == 0 and char == "|":
            parts.append(current)
            current = ""
            i += 1
            continue
        current += char
        i += 1
    return [*parts, current]


def _expression(text: str, locals_: tuple[str, ...], in_each: bool, result: TemplateScan) -> None:
    symbol, *filters = _split_filters(text)
    if symbol.strip() or not filters:  # `#{ | NowDate}` filters nothing
        _symbol(symbol, locals_, in_each, result)
    for filter_call in filters:
        for nested in _nested_expressions(filter_call):
            inner = scan(nested)
            result.errors.extend(inner.errors)
            result.references.extend(
                Reference(ref.name, locals_ + ref.locals, in_each or ref.in_each) for ref in inner.references
            )


def _nested_expressions(text: str) -> list[str]:
    found, i = [], 0
    while (start := text.find("#{", i)) != -1:
        end = _closing_brace(text, start + 2)
        if end is None:
            break
        found.append(text[start : end + 1])
        i = end + 1
    return found


def _symbol(text: str, locals_: tuple[str, ...], in_each: bool, result: TemplateScan) -> None:
    """A name (identifiers, `.steps` and `[indexers]`); nested `#{...}` indexers are references too."""
    name = text.strip()
    parsed = _parse_symbol(name, locals_, in_each, result)
    if parsed is None:
        result.errors.append(f"'#{{{name}}}' is not a variable name Octostache can parse")
    else:
        result.references.append(Reference(parsed, locals_, in_each))


def _parse_symbol(name: str, locals_: tuple[str, ...], in_each: bool, result: TemplateScan) -> str | None:
    first = _IDENTIFIER.match(name)
    if not first or not first.group(0).strip():
        return None
    parts, i = [first.group(0).strip()], first.end()
    while i < len(name):
        if name[i] == "." and (step := _IDENTIFIER.match(name, i + 1)):
            parts.append("." + step.group(0).strip())
            i = step.end()
        elif name[i] == "[":
            end = _closing_bracket(name, i)
            if end is None:
                return None
            index = name[i + 1 : end]
            if index.strip().startswith("#{"):
                _expression(index.strip()[2:-1], locals_, in_each, result)
            parts.append(f"[{index}]")
            i = end + 1
        else:
            return None
    return "".join(parts)


def _closing_bracket(text: str, start: int) -> int | None:
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "[":
            depth += 1
        elif text[i] == "]":
            depth -= 1
            if depth == 0:
                return i
    return None
