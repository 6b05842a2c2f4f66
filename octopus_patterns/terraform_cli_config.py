"""Read Terraform's CLI configuration the way `terraform init` does, for what provider installation needs.

Which files (Terraform's CLI configuration documentation, checked against Terraform 1.11 here):
`TF_CLI_CONFIG_FILE` when it is set, and only that file; otherwise `~/.terraformrc` and every `*.tfrc`
(or `*.tfrc.json`) file in `~/.terraform.d/`. From them: the `provider_installation` methods
(`filesystem_mirror`, `network_mirror`, `direct`, each with `include`/`exclude`) and `plugin_cache_dir`
(`TF_PLUGIN_CACHE_DIR` wins). The files are HCL; a small reader for the subset they use (attributes with
strings, numbers, booleans and lists; labelled blocks; `#`, `//` and `/* */` comments) is below, so the check
needs no HCL library.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

MethodKind = Literal["direct", "filesystem_mirror", "network_mirror"]
METHOD_KINDS: tuple[MethodKind, ...] = ("direct", "filesystem_mirror", "network_mirror")
DEFAULT_HOST = "registry.terraform.io"


@dataclass(frozen=True)
class Method:
    kind: MethodKind
    location: str = ""  # the mirror's directory or URL; empty for `direct`
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def matches(self, address: str) -> bool:
        """Whether this method may install `hostname/namespace/type` (Terraform's include/exclude rules)."""
        included = not self.include or any(_pattern_matches(p, address) for p in self.include)
        return included and not any(_pattern_matches(p, address) for p in self.exclude)


@dataclass(frozen=True)
class CliConfig:
    files: tuple[Path, ...]  # the files that were read
    methods: tuple[Method, ...] | None  # None: no provider_installation block, so the implied defaults apply
    plugin_cache_dir: str | None
    problems: tuple[str, ...] = ()  # files that exist but cannot be read


def _pattern_matches(pattern: str, address: str) -> bool:
    parts = pattern.strip().lower().split("/")
    if len(parts) == 2:
        parts.insert(0, DEFAULT_HOST)
    wanted = address.lower().split("/")
    return len(parts) == 3 and all(p in ("*", w) for p, w in zip(parts, wanted, strict=True))


def config_files(environ: Mapping[str, str], home: Path) -> list[Path]:
    explicit = environ.get("TF_CLI_CONFIG_FILE", "")
    if explicit:
        return [Path(_expand(explicit, environ, home))]
    directory = home / ".terraform.d"
    extra = (
        sorted(directory.glob("*.tfrc")) + sorted(directory.glob("*.tfrc.json")) if directory.is_dir() else []
    )
    return [home / ".terraformrc", *extra]


def load(environ: Mapping[str, str], home: Path) -> CliConfig:
    read: list[Path] = []
    problems: list[str] = []
    methods: list[Method] | None = None
    cache: str | None = None
    for file in config_files(environ, home):
        if not file.is_file():
            continue
        try:
            body = _parse_json(file.read_text()) if file.suffix == ".json" else parse_hcl(file.read_text())
        except (OSError, UnicodeDecodeError, ValueError) as error:
            problems.append(f"Terraform CLI configuration {file} cannot be read ({error})")
            continue
        read.append(file)
        for name, labels, value in body:
            if name == "plugin_cache_dir" and labels is None and isinstance(value, str):
                cache = _expand(value, environ, home)
            elif name == "provider_installation" and labels is not None:
                methods = (methods or []) + _methods(value, environ, home)
    cache = (
        _expand(environ["TF_PLUGIN_CACHE_DIR"], environ, home)
        if environ.get("TF_PLUGIN_CACHE_DIR")
        else cache
    )
    return CliConfig(tuple(read), None if methods is None else tuple(methods), cache, tuple(problems))


def _methods(body: list[Item], environ: Mapping[str, str], home: Path) -> list[Method]:
    methods = []
    for kind, labels, value in body:
        if labels is None or kind not in METHOD_KINDS:
            continue
        attributes = {name: v for name, lab, v in value if lab is None}
        location = str(attributes.get("path") or attributes.get("url") or "")
        methods.append(
            Method(
                kind,
                _expand(location, environ, home) if kind == "filesystem_mirror" else location,
                tuple(str(p) for p in attributes.get("include") or ()),
                tuple(str(p) for p in attributes.get("exclude") or ()),
            )
        )
    return methods


def _expand(value: str, environ: Mapping[str, str], home: Path) -> str:
    expanded = re.sub(r"\$(?:\{(\w+)\}|(\w+))", lambda m: environ.get(m.group(1) or m.group(2), ""), value)
    return str(home) + expanded[1:] if expanded == "~" or expanded.startswith("~/") else expanded


# -- a reader for the HCL subset of CLI configuration files ------------------------------------------------

# (name, labels, value): labels is None for an attribute, a tuple (maybe empty) for a block whose value is
# its body
Item = tuple[str, tuple[str, ...] | None, Any]

_TOKEN = re.compile(
    r"""(?P<space>\s+|\#[^\n]*|//[^\n]*|/\*.*?\*/)
      |(?P<string>"(?:[^"\\\n]|\\.)*")
      |(?P<number>-?\d+(?:\.\d+)?)
      |(?P<ident>[A-Za-z_][A-Za-z0-9_-]*)
      |(?P<symbol>[{}\[\],=:])""",
    re.VERBOSE | re.DOTALL,
)


def parse_hcl(text: str) -> list[Item]:
    tokens = _tokens(text)
    body, position = _body(tokens, 0, closing=None)
    if position != len(tokens):
        raise ValueError(f"unexpected {tokens[position][1]!r} on line {tokens[position][2]}")
    return body


def _tokens(text: str) -> list[tuple[str, Any, int]]:
    tokens, position, line = [], 0, 1
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"unexpected {text[position]!r} on line {line}")
        kind = match.lastgroup or ""
        if kind == "string":
            tokens.append((kind, json.loads(match.group()), line))
        elif kind != "space":
            tokens.append((kind, match.group(), line))
        line += match.group().count("\n")
        position = match.end()
    return tokens


def _body(tokens: list[tuple[str, Any, int]], position: int, closing: str | None) -> tuple[list[Item], int]:
    items: list[Item] = []
    while position < len(tokens) and tokens[position][1] != closing:
        kind, name, line = tokens[position]
        if kind != "ident":
            raise ValueError(f"expected a name on line {line}, found {name!r}")
        position += 1
        if position < len(tokens) and tokens[position][1] == "=":
            value, position = _value(tokens, position + 1)
            items.append((name, None, value))
            continue
        labels = []
        while position < len(tokens) and tokens[position][0] in ("string", "ident"):
            labels.append(str(tokens[position][1]))
            position += 1
        if position >= len(tokens) or tokens[position][1] != "{":
            raise ValueError(f"expected '=' or '{{' after {name!r} on line {line}")
        body, position = _body(tokens, position + 1, closing="}")
        items.append((name, tuple(labels), body))
        position += 1
    if closing is not None and position >= len(tokens):
        raise ValueError(f"missing {closing!r} at the end")
    return items, position


def _value(tokens: list[tuple[str, Any, int]], position: int) -> tuple[Any, int]:
    if position >= len(tokens):
        raise ValueError("a value is missing at the end")
    kind, value, line = tokens[position]
    if kind == "string":
        return value, position + 1
    if kind == "number":
        return float(value), position + 1
    if kind == "ident" and value in ("true", "false", "null"):
        return {"true": True, "false": False, "null": None}[value], position + 1
    if value == "[":
        items, position = [], position + 1
        while position < len(tokens) and tokens[position][1] != "]":
            item, position = _value(tokens, position)
            items.append(item)
            if position < len(tokens) and tokens[position][1] == ",":
                position += 1
        return items, position + 1
    if value == "{":
        return _object(tokens, position + 1)
    raise ValueError(f"unsupported value {value!r} on line {line}")


def _object(tokens: list[tuple[str, Any, int]], position: int) -> tuple[dict[str, Any], int]:
    found: dict[str, Any] = {}
    while position < len(tokens) and tokens[position][1] != "}":
        key, line = tokens[position][1], tokens[position][2]
        if position + 1 >= len(tokens) or tokens[position + 1][1] not in ("=", ":"):
            raise ValueError(f"expected '=' after {key!r} on line {line}")
        found[str(key)], position = _value(tokens, position + 2)
        if position < len(tokens) and tokens[position][1] == ",":
            position += 1
    return found, position + 1


def _parse_json(text: str) -> list[Item]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("the top level is not a JSON object")
    return _json_body(data)


def _json_body(data: Mapping[str, Any]) -> list[Item]:
    items: list[Item] = []
    for name, value in data.items():
        blocks = value if isinstance(value, list) and all(isinstance(v, dict) for v in value) else [value]
        if isinstance(value, dict) or (isinstance(value, list) and value and blocks is value):
            items += [(name, (), _json_body(block)) for block in blocks]
        else:
            items.append((name, None, value))
    return items
