"""Reusable cdktf constructs and stacks for an Octopus Deploy estate (the enterprise deployment patterns).

The public API is importable from here (`from octopus_patterns import ManagedSpace, ManagedSpaceProps`).
Names resolve on first use (PEP 562), so `import octopus_patterns` stays cheap and loads none of the
provider bindings; `python -m octopus_patterns.<module>` commands load only what they use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    "BuiltInFeed",
    "ClientSpaceInputs",
    "ConfigError",
    "ContainersStack",
    "DefaultSpace",
    "DockerContainerRegistryFeed",
    "DockerContainerRegistryFeedProps",
    "EnvironmentSet",
    "EnvironmentSetProps",
    "EnvironmentSpec",
    "EstateConfig",
    "ExtensionSettings",
    "GitCredential",
    "GitCredentialProps",
    "GitCredentials",
    "GitPersistence",
    "GiteaEndpoint",
    "Given",
    "HasId",
    "HasName",
    "LibraryVariable",
    "LibraryVariableSet",
    "LibraryVariableSetProps",
    "LifecyclePhaseSpec",
    "ManagedLifecycle",
    "ManagedLifecycleProps",
    "ManagedSpace",
    "ManagedSpaceContents",
    "ManagedSpaceContentsProps",
    "ManagedSpaceProps",
    "ManagedSpaceStack",
    "ManagedTenant",
    "ManagedTenantProps",
    "ManagementStack",
    "MavenFeed",
    "MavenFeedProps",
    "OctopusProject",
    "OctopusProviderConnection",
    "OctopusServer",
    "OctopusServerEndpoint",
    "OctopusServerProps",
    "OctopusUser",
    "OctopusUserProps",
    "ProjectGroup",
    "ProjectGroupProps",
    "ProjectProps",
    "PromotionTenant",
    "PromotionTenantProps",
    "RegistryCredentials",
    "RetentionPolicy",
    "SpaceBlueprint",
    "StateDatabase",
    "TagSet",
    "TagSetProps",
    "TagSpec",
    "Team",
    "TeamProps",
    "TenantProjectConnection",
    "UserRole",
    "UserRoleProps",
    "VariableTemplate",
    "in_stack",
    "load_config",
    "secret_variable",
]

# The module that defines each public name (a test checks this table against `__all__` and the imports below).
_MODULES: dict[str, tuple[str, ...]] = {
    "octopus_patterns.catalogue.managed_spaces": (
        "ClientSpaceInputs",
        "ManagedSpaceContents",
        "ManagedSpaceContentsProps",
        "PromotionTenant",
        "PromotionTenantProps",
        "SpaceBlueprint",
    ),
    "octopus_patterns.config": ("ConfigError", "EstateConfig", "load_config"),
    "octopus_patterns.containers.octopus_server": ("OctopusServer", "OctopusServerProps"),
    "octopus_patterns.endpoints": (
        "GitCredentials",
        "GiteaEndpoint",
        "Given",
        "OctopusServerEndpoint",
        "StateDatabase",
        "in_stack",
    ),
    "octopus_patterns.existing_instance": ("secret_variable",),
    "octopus_patterns.octopus.environment": (
        "EnvironmentSet",
        "EnvironmentSetProps",
        "EnvironmentSpec",
        "ExtensionSettings",
    ),
    "octopus_patterns.octopus.feed": (
        "BuiltInFeed",
        "DockerContainerRegistryFeed",
        "DockerContainerRegistryFeedProps",
        "MavenFeed",
        "MavenFeedProps",
        "RegistryCredentials",
    ),
    "octopus_patterns.octopus.git_credential": ("GitCredential", "GitCredentialProps"),
    "octopus_patterns.octopus.library_variable_set": (
        "LibraryVariable",
        "LibraryVariableSet",
        "LibraryVariableSetProps",
        "VariableTemplate",
    ),
    "octopus_patterns.octopus.lifecycle": (
        "LifecyclePhaseSpec",
        "ManagedLifecycle",
        "ManagedLifecycleProps",
        "RetentionPolicy",
    ),
    "octopus_patterns.octopus.project": ("GitPersistence", "OctopusProject", "ProjectProps"),
    "octopus_patterns.octopus.project_group": ("ProjectGroup", "ProjectGroupProps"),
    "octopus_patterns.octopus.provider": ("OctopusProviderConnection",),
    "octopus_patterns.octopus.references": ("HasId", "HasName"),
    "octopus_patterns.octopus.space": ("DefaultSpace", "ManagedSpace", "ManagedSpaceProps"),
    "octopus_patterns.octopus.tag_set": ("TagSet", "TagSetProps", "TagSpec"),
    "octopus_patterns.octopus.team": ("Team", "TeamProps"),
    "octopus_patterns.octopus.tenant": ("ManagedTenant", "ManagedTenantProps", "TenantProjectConnection"),
    "octopus_patterns.octopus.user": ("OctopusUser", "OctopusUserProps"),
    "octopus_patterns.octopus.user_role": ("UserRole", "UserRoleProps"),
    "octopus_patterns.stacks": ("ContainersStack", "ManagedSpaceStack", "ManagementStack"),
}


if TYPE_CHECKING:  # what type checkers see; at run time `__getattr__` below imports a name on first use
    from octopus_patterns.catalogue.managed_spaces import (
        ClientSpaceInputs,
        ManagedSpaceContents,
        ManagedSpaceContentsProps,
        PromotionTenant,
        PromotionTenantProps,
        SpaceBlueprint,
    )
    from octopus_patterns.config import ConfigError, EstateConfig, load_config
    from octopus_patterns.containers.octopus_server import OctopusServer, OctopusServerProps
    from octopus_patterns.endpoints import (
        GitCredentials,
        GiteaEndpoint,
        Given,
        OctopusServerEndpoint,
        StateDatabase,
        in_stack,
    )
    from octopus_patterns.existing_instance import secret_variable
    from octopus_patterns.octopus.environment import (
        EnvironmentSet,
        EnvironmentSetProps,
        EnvironmentSpec,
        ExtensionSettings,
    )
    from octopus_patterns.octopus.feed import (
        BuiltInFeed,
        DockerContainerRegistryFeed,
        DockerContainerRegistryFeedProps,
        MavenFeed,
        MavenFeedProps,
        RegistryCredentials,
    )
    from octopus_patterns.octopus.git_credential import GitCredential, GitCredentialProps
    from octopus_patterns.octopus.library_variable_set import (
        LibraryVariable,
        LibraryVariableSet,
        LibraryVariableSetProps,
        VariableTemplate,
    )
    from octopus_patterns.octopus.lifecycle import (
        LifecyclePhaseSpec,
        ManagedLifecycle,
        ManagedLifecycleProps,
        RetentionPolicy,
    )
    from octopus_patterns.octopus.project import GitPersistence, OctopusProject, ProjectProps
    from octopus_patterns.octopus.project_group import ProjectGroup, ProjectGroupProps
    from octopus_patterns.octopus.provider import OctopusProviderConnection
    from octopus_patterns.octopus.references import HasId, HasName
    from octopus_patterns.octopus.space import DefaultSpace, ManagedSpace, ManagedSpaceProps
    from octopus_patterns.octopus.tag_set import TagSet, TagSetProps, TagSpec
    from octopus_patterns.octopus.team import Team, TeamProps
    from octopus_patterns.octopus.tenant import ManagedTenant, ManagedTenantProps, TenantProjectConnection
    from octopus_patterns.octopus.user import OctopusUser, OctopusUserProps
    from octopus_patterns.octopus.user_role import UserRole, UserRoleProps
    from octopus_patterns.stacks import ContainersStack, ManagedSpaceStack, ManagementStack
else:  # hidden from type checkers, so that a misspelt name is an error there rather than `Any`
    _DEFINED_IN = {name: module for module, names in _MODULES.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = _DEFINED_IN.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        globals()[name] = value  # resolved once
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
