"""This app's stacks. They live in the library (octopus_patterns.stacks) so that other apps can reuse them."""

from octopus_patterns.stacks import ContainersStack, ManagedSpaceStack, ManagementStack

__all__ = ["ContainersStack", "ManagedSpaceStack", "ManagementStack"]
