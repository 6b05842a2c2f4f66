"""mypy --strict sees the installed wheel's real types (copied next to the example app and checked with it).

`assert_type` fails if a construct's `props`/`resource` were a protocol or `Any`; the `type: ignore[arg-type]`
line fails as an unused ignore (strict mode) if mypy did not see the wrong argument type.
"""

from __future__ import annotations

from typing import assert_type

from cdktf import App, TerraformStack

from octopus_patterns import ManagedLifecycle, ManagedLifecycleProps, ManagedSpace, ManagedSpaceProps
from octopus_patterns.bindings.octopusdeploy.lifecycle import Lifecycle
from octopus_patterns.bindings.octopusdeploy.space import Space

stack = TerraformStack(App(), "types")
space = ManagedSpace(stack, "space", ManagedSpaceProps(name="A", description="a"))
assert_type(space.props, ManagedSpaceProps)
assert_type(space.resource, Space)
assert_type(space.props.description, str)
lifecycle = ManagedLifecycle(
    stack, "lifecycle", ManagedLifecycleProps(space=space, name="L", description="", phases=())
)
assert_type(lifecycle.resource, Lifecycle)
ManagedSpaceProps(name=1, description="a")  # type: ignore[arg-type]
