"""What "K8S Microservice Template" holds: deployment steps, the Mainline channel, variables, pod runbooks."""

from __future__ import annotations

import json

from octopus_patterns.catalogue.scripts import render
from octopus_patterns.octopus.channel import ChannelPackage, ChannelRuleSpec, ChannelSpec
from octopus_patterns.octopus.process import PackageReference, StepSpec, script_step
from octopus_patterns.octopus.project_variable import ProjectVariableSpec
from octopus_patterns.octopus.references import HasId
from octopus_patterns.octopus.runbook import RunbookSpec

# <space>-<application group>-<first word of the environment>, e.g. "america-test-development".
NAMESPACE = (
    '#{Octopus.Space.Name | Replace "[^A-Za-z0-9]" "-" | ToLower}-#{Kubernetes.Application.Group}'
    '-#{Octopus.Environment.Name | Replace " .*" "" | ToLower}'
)
# The application's name is its image's without the repository, e.g. "octopub" for octopussamples/octopub. The
# RI derives it from the Deploy App step's package ID, which is this variable's value; the variable also
# resolves in the pod runbooks, where that step does not exist.
APP_NAME = '#{Kubernetes.Application.Image | Replace "^.*/" "" | Replace "[^A-Za-z0-9]" "-" | ToLower}'
# Releases of another channel than Mainline deploy side by side, under the channel's name (lower case, as
# Kubernetes names must be).
CHANNEL_SUFFIX = (
    '#{unless Octopus.Release.Channel.Name == "Mainline"}-#{Octopus.Release.Channel.Name | ToLower}#{/unless}'
)
# The Deployment, its Service and its ConfigMap share one name, per channel.
RESOURCE_NAME = f"{APP_NAME}{CHANNEL_SUFFIX}"
CONFIG_MAP = RESOURCE_NAME
DEPLOY_APP = "Deploy App"
PACKAGE_REFERENCE = "service"
PORT = "#{Kubernetes.Application.Port}"
PORT_NAME = "grpc"
KUBERNETES_SERVICE_FEATURE = "Octopus.Features.KubernetesService"
# Pod-level security: never root, a fixed unprivileged user and group (the RI's 1000).
POD_USER = "1000"

MAINLINE_CHANNEL = ChannelSpec(
    name="Mainline",
    description="The channel through which mainline releases are deployed",
    is_default=True,
    # Only images without a pre-release tag.
    rules=(ChannelRuleSpec(packages=(ChannelPackage(DEPLOY_APP, PACKAGE_REFERENCE),), tag="^$"),),
)

K8S_VARIABLES = (
    ProjectVariableSpec(
        "Kubernetes.Application.Group",
        "test",
        "The name of the application group, which is used to construct the namespace the microservices "
        "are placed into.",
    ),
    ProjectVariableSpec("Kubernetes.Application.Port", "5000", "The port exposed by the application."),
    ProjectVariableSpec(
        "Kubernetes.Application.Image",
        "octopussamples/octopub",
        "The Docker image deployed by this application.",
    ),
    ProjectVariableSpec(
        "Kubernetes.Application.EnvVars",
        "KEY1: Value1\nKEY2: Value2",
        "Replace this variable with key value pairs that make up the microservice env vars.",
    ),
    ProjectVariableSpec(
        "OctopusPrintVariables",
        "False",
        "Set to True to print all variables to the deployment log (debugging).",
    ),
    ProjectVariableSpec(
        "OctopusPrintEvaluatedVariables",
        "False",
        "Set to True to print all evaluated variables to the deployment log (debugging).",
    ),
)


def _compact_json(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def _empty_lists(*names: str) -> dict[str, str]:
    return {f"Octopus.Action.KubernetesContainers.{name}": "[]" for name in names}


def _deploy_app_properties(containers: str) -> dict[str, str]:
    """The RI's "Deploy App": a Deployment that Octopus waits for, with its ClusterIP Service."""
    prefix = "Octopus.Action.KubernetesContainers."
    return {
        "Octopus.Action.EnabledFeatures": KUBERNETES_SERVICE_FEATURE,
        "OctopusUseBundledTooling": "False",
        f"{prefix}Namespace": NAMESPACE,
        f"{prefix}DeploymentName": RESOURCE_NAME,
        f"{prefix}DeploymentLabels": _compact_json({"app": APP_NAME}),
        f"{prefix}DeploymentResourceType": "Deployment",
        f"{prefix}DeploymentStyle": "RollingUpdate",
        f"{prefix}DeploymentWait": "Wait",
        f"{prefix}Replicas": "1",
        f"{prefix}TerminationGracePeriodSeconds": "5",
        f"{prefix}PodServiceAccountName": "default",
        f"{prefix}PodSecurityRunAsNonRoot": "true",
        f"{prefix}PodSecurityRunAsUser": POD_USER,
        f"{prefix}PodSecurityRunAsGroup": POD_USER,
        f"{prefix}PodSecurityFsGroup": POD_USER,
        f"{prefix}Containers": containers,
        f"{prefix}ServiceName": RESOURCE_NAME,
        f"{prefix}ServiceNameType": "External",
        f"{prefix}ServiceType": "ClusterIP",
        f"{prefix}ServicePorts": _compact_json(
            [{"name": PORT_NAME, "port": PORT, "targetPort": PORT, "protocol": "TCP"}]
        ),
        **_empty_lists(
            "CombinedVolumes",
            "PersistentVolumeClaims",
            "DeploymentAnnotations",
            "PodAnnotations",
            "PodSecuritySysctls",
            "PodAffinity",
            "PodAntiAffinity",
            "NodeAffinity",
            "Tolerations",
            "DnsConfigOptions",
            "IngressAnnotations",
            "LoadBalancerAnnotations",
        ),
    }


def k8s_steps(role: str, docker_feed: HasId) -> tuple[StepSpec, ...]:
    """Deploy Env Var ConfigMap (raw YAML), then Deploy App (container and service) on `role` targets."""
    values = {
        "package_reference": PACKAGE_REFERENCE,
        "feed_id": docker_feed.id,
        "config_map_name": CONFIG_MAP,
    }
    # The placeholders sit inside JSON strings, so the values are JSON-escaped before they are filled in.
    containers = render("k8s_app_containers.json", **{k: json.dumps(v)[1:-1] for k, v in values.items()})
    config_map_step = StepSpec(
        name="Deploy Env Var ConfigMap",
        action_type="Octopus.KubernetesDeployRawYaml",
        target_roles=(role,),
        properties={
            "Octopus.Action.Script.ScriptSource": "Inline",
            "Octopus.Action.KubernetesContainers.CustomResourceYaml": render(
                # Octopus substitutes the text before it parses it: the quotes in the names' filters stay raw.
                "k8s_env_configmap.yaml",
                config_map_name=CONFIG_MAP,
                namespace=NAMESPACE,
            ),
            "Octopus.Action.KubernetesContainers.Namespace": NAMESPACE,
        },
    )
    app_step = StepSpec(
        name=DEPLOY_APP,
        action_type="Octopus.KubernetesDeployContainers",
        target_roles=(role,),
        properties=_deploy_app_properties(_compact_json(json.loads(containers))),
        packages={
            PACKAGE_REFERENCE: PackageReference(
                "#{Kubernetes.Application.Image}", docker_feed, "NotAcquired", {"Extract": "False"}
            )
        },
    )
    return (config_map_step, app_step)


def inspect_pods_runbook(name: str, kubectl_verb: str, role: str) -> RunbookSpec:
    """A runbook whose one step, named like the runbook, runs `kubectl <verb>` on the app's pods."""
    body = render("inspect_pods.sh", kubectl_verb=kubectl_verb, namespace=NAMESPACE, app_name=APP_NAME)
    step = script_step(
        name,  # the reference implementation calls the "Pod Logs" step "Describe Pod" by mistake
        body,
        action_type="Octopus.KubernetesRunScript",
        target_roles=(role,),
        extra_properties={"Octopus.Action.KubernetesContainers.Namespace": NAMESPACE},
    )
    return RunbookSpec(
        name=name, description=f"Runs kubectl {kubectl_verb} for the pods of this project.", steps=(step,)
    )


def pod_runbooks(role: str) -> list[RunbookSpec]:
    return [
        inspect_pods_runbook("Describe Pod", "describe", role),
        inspect_pods_runbook("Pod Logs", "logs", role),
    ]
