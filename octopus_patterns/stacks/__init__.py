"""The estate's stacks, shipped with the library so an app can compose them as main.py does."""

from octopus_patterns.stacks.containers import ContainersStack
from octopus_patterns.stacks.management import ManagementStack
from octopus_patterns.stacks.spaces import ManagedSpaceStack

__all__ = ["ContainersStack", "ManagedSpaceStack", "ManagementStack"]
