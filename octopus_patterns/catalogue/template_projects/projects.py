"""`TemplateProjects`: the seven template projects of the management space, each with its group,
lifecycle, library variable sets, deployment process, variables, channel and runbooks as in the reference
implementation."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from constructs import Construct

from octopus_patterns.catalogue.management import EXPORT_OPTIONS
from octopus_patterns.catalogue.template_projects import kubernetes, space_setup
from octopus_patterns.catalogue.template_projects.cac_content import CacReferences, cac_project_content
from octopus_patterns.catalogue.template_projects.cac_repository import CAC_BASE_PATH
from octopus_patterns.catalogue.template_projects.cac_seed import CacRepositorySeed, CacRepositorySeedProps
from octopus_patterns.catalogue.template_projects.common_steps import incident_channel_runbook
from octopus_patterns.catalogue.template_projects.hello_world import (
    HELLO_WORLD_DESCRIPTION,
    HelloWorldProject,
    HelloWorldProjectProps,
)
from octopus_patterns.catalogue.template_projects.managed_runbooks import (
    ManagedProjectRunbooks,
    ManagedProjectRunbooksProps,
    attach_runbooks,
)
from octopus_patterns.catalogue.template_projects.naming import (
    AZURE_WEB_APP_CAC,
    COMPOSE_AZURE,
    COMPOSE_K8S,
    CREATE_CLIENT_SPACE,
    HELLO_WORLD,
    HELLO_WORLD_CAC,
    K8S_MICROSERVICE,
    construct_id_for,
    repository_for,
)
from octopus_patterns.endpoints import GiteaEndpoint
from octopus_patterns.octopus.channel import ChannelProps, OctopusChannel
from octopus_patterns.octopus.connectivity import (
    NO_TARGETS_NEEDED,
    SKIP_UNAVAILABLE_TARGETS,
    ConnectivityPolicy,
)
from octopus_patterns.octopus.process import OctopusProcess, ProcessProps, StepSpec
from octopus_patterns.octopus.project import GitPersistence, OctopusProject, ProjectProps
from octopus_patterns.octopus.project_variable import (
    ProjectVariables,
    ProjectVariableSpec,
    ProjectVariablesProps,
)
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import OctopusRunbook, RunbookSpec

CREATE_CLIENT_SPACE_VERSIONING = (
    "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.NextPatch}"
)
K8S_VERSIONING = (
    "#{Octopus.Version.LastMajor}.#{Octopus.Version.LastMinor}.#{Octopus.Version.LastPatch}"
    ".#{Octopus.Version.NextRevision}"
)


@dataclass(frozen=True)
class TemplateProjectsProps:
    space: HasId
    environments: Mapping[str, HasId]  # Development, Test, Production, Security, Sync
    lifecycles: Mapping[str, HasId]  # Simple, DevSecOps, Sync
    project_groups: Mapping[str, HasId]  # "__ Client Space", "Hello World", "Azure", "Kubernetes"
    # This Instance, Octopus Server, Azure, Docker, Kubernetes, Client Slack, Shared Slack, Export Options;
    # a "Git" set, when present, is included where runbooks read Git.Credentials.*.
    library_variable_sets: Mapping[str, HasId]
    docker_feed: HasId
    maven_feed: HasId
    builtin_feed: HasId
    git_credential: (
        HasId | None
    )  # None (with gitea None): no Git server, the config-as-code projects are left out
    azure_account: HasId | None  # None: the Azure account variable and the steps that need it are left out
    kubernetes_role: str  # "k8s"
    gitea: GiteaEndpoint | None


def _require(mapping: Mapping[str, HasId], key: str, what: str) -> HasId:
    if key not in mapping:
        raise KeyError(f"TemplateProjects needs the {what} {key!r}; got {sorted(mapping)}")
    return mapping[key]


class TemplateProjects(Construct):
    """The seven template projects. `projects` maps each project name to its project."""

    def __init__(self, scope: Construct, id: str, props: TemplateProjectsProps) -> None:
        super().__init__(scope, id)
        self._props = props
        self._sync = self._env("Sync")
        self._projects: dict[str, OctopusProject] = {}
        self.runbooks: dict[str, dict[str, OctopusRunbook]] = {}
        self.deployment_processes: dict[str, OctopusProcess] = {}
        # What the CaC projects keep in Git (provider 1.17 manages none of it), committed as OCL before they
        # are created: deployment processes, runbooks (Octopus keeps a converted project's runbooks in Git,
        # where the provider skips creating them: resource_runbook.go:97-107), runbook name -> steps, and
        # non-sensitive variables.
        self.version_controlled_steps: dict[str, tuple[StepSpec, ...]] = {}
        self.version_controlled_runbooks: dict[str, tuple[RunbookSpec, ...]] = {}
        self.version_controlled_runbook_steps: dict[str, dict[str, tuple[StepSpec, ...]]] = {}
        self.version_controlled_variables: dict[str, tuple[ProjectVariableSpec, ...]] = {}
        self.variables: dict[str, ProjectVariables] = {}
        # The shared objects that data refers to (the OCL in Git names the same objects by slug).
        self.cac_references: CacReferences | None = None
        self.channels: dict[str, OctopusChannel] = {}
        self.cac_seed: CacRepositorySeed | None = None
        self._create_client_space()
        self._hello_world()
        if props.gitea is not None:  # the config-as-code projects keep their processes in its repositories
            self._seed_cac_repositories(props.gitea)
            self._hello_world_cac()
            self._azure_web_app_cac()
        self._k8s_microservice()
        self._compose(COMPOSE_AZURE, "Azure", space_setup.initialize_azure_space_runbook)
        self._compose(COMPOSE_K8S, "Kubernetes", space_setup.initialize_kubernetes_space_runbook)

    @property
    def projects(self) -> Mapping[str, HasId]:
        return dict(self._projects)

    # --- the projects ------------------------------------------------------------------------------

    def _create_client_space(self) -> None:
        project = self._project(
            CREATE_CLIENT_SPACE,
            "__ Client Space",
            "Simple",
            self._sets("Octopus Server", "This Instance", "Docker", "Client Slack", optional=("Git",)),
            description="Creates a space for a tenant (a client) and fills it with the shared resources.",
            release_version_template=CREATE_CLIENT_SPACE_VERSIONING,
        )
        self._deployment_process(
            project, ()
        )  # empty, as in the reference: the project is there for its runbook
        self._runbooks(project, [space_setup.create_client_space_runbook(self._sync)])

    def _hello_world(self) -> None:
        p = self._props
        hello_world = HelloWorldProject(
            self,
            construct_id_for(HELLO_WORLD),
            HelloWorldProjectProps(
                space=p.space,
                project_group=_require(p.project_groups, "Hello World", "project group"),
                lifecycle=_require(p.lifecycles, "Simple", "lifecycle"),
                library_variable_sets=self._sets(
                    "This Instance", "Octopus Server", optional=("Export Options",)
                ),
                sync_environment=self._sync,
                builtin_feed=p.builtin_feed,
                export_options=EXPORT_OPTIONS in p.library_variable_sets,
            ),
        )
        self._projects[HELLO_WORLD] = hello_world.project
        self.runbooks[HELLO_WORLD] = dict(hello_world.runbooks)
        self.deployment_processes[HELLO_WORLD] = hello_world.deployment_process
        self.variables[HELLO_WORLD] = hello_world.variables

    def _hello_world_cac(self) -> None:
        project = self._project(
            HELLO_WORLD_CAC,
            "Hello World",
            "Simple",
            self._sets("This Instance", "Octopus Server", optional=("Export Options", "Git")),
            description=HELLO_WORLD_DESCRIPTION,
            git=self._git(HELLO_WORLD_CAC),
        )
        self._record_cac_content(project)

    def _azure_web_app_cac(self) -> None:
        project = self._project(
            AZURE_WEB_APP_CAC,
            "Azure",
            "DevSecOps",
            self._sets(
                "This Instance", "Azure", "Octopus Server", "Shared Slack", optional=("Export Options", "Git")
            ),
            description="A template project used to populate a Git repo to be forked by individual tenants.",
            git=self._git(AZURE_WEB_APP_CAC),
        )
        self._record_cac_content(project)

    def _k8s_microservice(self) -> None:
        p = self._props
        project = self._project(
            K8S_MICROSERVICE,
            "Kubernetes",
            "Simple",
            self._sets("This Instance", "Octopus Server", "Shared Slack"),
            description="Deploys a microservice to Kubernetes; a template copied into client spaces.",
            release_version_template=K8S_VERSIONING,
            connectivity=SKIP_UNAVAILABLE_TARGETS,
        )
        process = self._deployment_process(project, kubernetes.k8s_steps(p.kubernetes_role, p.docker_feed))
        self.channels[K8S_MICROSERVICE] = OctopusChannel(
            self,
            f"{project.node.id}_mainline_channel",
            ChannelProps(
                space=p.space,
                project=project,
                spec=kubernetes.MAINLINE_CHANNEL,
                depends_on=process.dependables,
            ),
        )
        self._variables(project, kubernetes.K8S_VARIABLES)
        production = self._env("Production")
        self._runbooks(
            project, [*kubernetes.pod_runbooks(p.kubernetes_role), incident_channel_runbook(production)]
        )
        self._managed_runbooks(project)

    def _compose(self, name: str, kind: str, initialize_space: Callable[[HasId], RunbookSpec]) -> None:
        project = self._project(
            name,
            kind,
            "Simple",
            self._sets("Octopus Server", kind, "This Instance"),
            description=f"This project is used to populate a space with any common {kind} resources.",
        )
        self._runbooks(project, [initialize_space(self._sync)])

    # --- helpers -----------------------------------------------------------------------------------

    def _env(self, name: str) -> HasId:
        return _require(self._props.environments, name, "environment")

    def _sets(self, *names: str, optional: Sequence[str] = ()) -> list[HasId]:
        sets = self._props.library_variable_sets
        required = [_require(sets, name, "library variable set") for name in names]
        return required + [sets[name] for name in optional if name in sets]

    def _git(self, project_name: str) -> GitPersistence:
        gitea, credential = self._props.gitea, self._props.git_credential
        if gitea is None or credential is None:
            raise ValueError(
                f"TemplateProjects: {project_name!r} is version-controlled and needs a Git server"
            )
        url = gitea.repository_url(repository_for(project_name))
        return GitPersistence(credential=credential, url=url, base_path=CAC_BASE_PATH)

    def _project(
        self,
        name: str,
        group: str,
        lifecycle: str,
        sets: list[HasId],
        *,
        description: str,
        git: GitPersistence | None = None,
        release_version_template: str | None = None,
        connectivity: ConnectivityPolicy = NO_TARGETS_NEEDED,
    ) -> OctopusProject:
        p = self._props
        props = ProjectProps(
            space=p.space,
            name=name,
            description=description,
            project_group=_require(p.project_groups, group, "project group"),
            lifecycle=_require(p.lifecycles, lifecycle, "lifecycle"),
            library_variable_sets=sets,
            git=git,
            release_version_template=release_version_template,
            connectivity=connectivity,
            depends_on=[self.cac_seed.resource] if git is not None and self.cac_seed is not None else (),
        )
        project = OctopusProject(self, construct_id_for(name), props)
        self._projects[name] = project
        self.runbooks[name] = {}
        return project

    def _deployment_process(self, project: OctopusProject, steps: tuple[StepSpec, ...]) -> OctopusProcess:
        process = OctopusProcess(
            self,
            f"{project.node.id}_process",
            ProcessProps(space=self._props.space, project=project, steps=steps),
        )
        self.deployment_processes[project.name] = process
        return process

    def _variables(self, project: OctopusProject, specs: Sequence[ProjectVariableSpec]) -> None:
        props = ProjectVariablesProps(space=self._props.space, project=project, variables=specs)
        self.variables[project.name] = ProjectVariables(self, f"{project.node.id}_variables", props)

    def _runbooks(self, project: OctopusProject, specs: Sequence[RunbookSpec]) -> None:
        scope = Construct(self, f"{project.node.id}_runbooks")
        self._add_runbooks(project, attach_runbooks(scope, self._props.space, project, specs))

    def _add_runbooks(self, project: OctopusProject, runbooks: Mapping[str, OctopusRunbook]) -> None:
        self.runbooks[project.name].update(runbooks)

    def _managed_runbooks(self, project: OctopusProject) -> None:
        props = ManagedProjectRunbooksProps(
            space=self._props.space,
            project=project,
            project_name=project.name,
            sync_environment=self._sync,
            builtin_feed=self._props.builtin_feed,
        )
        runbooks = ManagedProjectRunbooks(self, f"{project.node.id}_managed_runbooks", props)
        self._add_runbooks(project, runbooks.runbooks)

    def _seed_cac_repositories(self, gitea: GiteaEndpoint) -> None:
        """Their OCL, committed before the projects are created (and converted to Git)."""
        if gitea.credentials is None:
            return
        self.cac_references = self._cac_references()
        props = CacRepositorySeedProps(gitea=gitea, references=self.cac_references)
        self.cac_seed = CacRepositorySeed(self, "cac_repository_seed", props)

    def _cac_references(self) -> CacReferences:
        p = self._props
        return CacReferences(
            sync=self._sync,
            production=self._env("Production"),
            security=self._env("Security"),
            builtin_feed=p.builtin_feed,
            docker_feed=p.docker_feed,
            maven_feed=p.maven_feed,
            azure_account=p.azure_account,
        )

    def _record_cac_content(self, project: OctopusProject) -> None:
        """What the project keeps in Git, from the same function as the OCL committed to its repository."""
        p = self._props
        if p.gitea is None:
            raise ValueError(f"TemplateProjects: {project.name!r} keeps its processes in a Git server")
        refs = self.cac_references = self.cac_references or self._cac_references()
        content = cac_project_content(project.name, refs, p.gitea)
        self.version_controlled_steps[project.name] = content.steps
        self.version_controlled_runbooks[project.name] = content.runbooks
        self.version_controlled_runbook_steps[project.name] = content.runbook_steps()
        if content.variables:
            self.version_controlled_variables[project.name] = content.variables
