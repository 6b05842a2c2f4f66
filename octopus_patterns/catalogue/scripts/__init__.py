"""Step scripts and inline Terraform templates of the template projects, read at synth time.

Files are found relative to this package (importlib.resources), so the synthesized JSON holds their text and
never a path. A file may contain `{{name}}` placeholders that `render` fills in; `#{...}` is Octopus variable
syntax, substituted by Octopus when the step runs, and is left alone.
"""

from __future__ import annotations

import re
from importlib.resources import files

_PLACEHOLDER = re.compile(r"\{\{([a-z_][a-z0-9_]*)\}\}")


def read_script(name: str) -> str:
    """The text of one file in this package, e.g. `read_script("terraform/space.tf")`."""
    resource = files(__package__).joinpath(*name.split("/"))
    if not resource.is_file():
        raise FileNotFoundError(f"no step script {name!r} in {__package__}")
    return resource.read_text(encoding="utf-8")


def render(name: str, *, prelude: str | None = None, **values: str) -> str:
    """The file (after `prelude`, if given) with each `{{key}}` replaced; a placeholder without a value or an
    unused value is an error."""
    text = (read_script(prelude) if prelude else "") + read_script(name)
    wanted = set(_PLACEHOLDER.findall(text))
    missing = wanted - values.keys()
    unused = values.keys() - wanted
    if missing or unused:
        raise ValueError(f"{name}: missing values {sorted(missing)}, unused values {sorted(unused)}")
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)
