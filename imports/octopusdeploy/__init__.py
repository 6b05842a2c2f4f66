from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from ._jsii import *

__all__ = [
    "artifactory_generic_feed",
    "aws_account",
    "aws_elastic_container_registry",
    "aws_openid_connect_account",
    "azure_cloud_service_deployment_target",
    "azure_container_registry",
    "azure_openid_connect",
    "azure_service_fabric_cluster_deployment_target",
    "azure_service_principal",
    "azure_subscription_account",
    "azure_web_app_deployment_target",
    "built_in_trigger",
    "certificate",
    "channel",
    "cloud_region_deployment_target",
    "community_step_template",
    "data_octopusdeploy_accounts",
    "data_octopusdeploy_azure_cloud_service_deployment_targets",
    "data_octopusdeploy_azure_service_fabric_cluster_deployment_targets",
    "data_octopusdeploy_azure_web_app_deployment_targets",
    "data_octopusdeploy_certificates",
    "data_octopusdeploy_channels",
    "data_octopusdeploy_cloud_region_deployment_targets",
    "data_octopusdeploy_community_step_template",
    "data_octopusdeploy_deployment_freezes",
    "data_octopusdeploy_deployment_targets",
    "data_octopusdeploy_environments",
    "data_octopusdeploy_feeds",
    "data_octopusdeploy_git_credentials",
    "data_octopusdeploy_kubernetes_agent_deployment_targets",
    "data_octopusdeploy_kubernetes_agent_workers",
    "data_octopusdeploy_kubernetes_cluster_deployment_targets",
    "data_octopusdeploy_library_variable_sets",
    "data_octopusdeploy_lifecycles",
    "data_octopusdeploy_listening_tentacle_deployment_targets",
    "data_octopusdeploy_machine",
    "data_octopusdeploy_machine_policies",
    "data_octopusdeploy_machine_proxies",
    "data_octopusdeploy_offline_package_drop_deployment_targets",
    "data_octopusdeploy_parent_environments",
    "data_octopusdeploy_polling_tentacle_deployment_targets",
    "data_octopusdeploy_project_groups",
    "data_octopusdeploy_projects",
    "data_octopusdeploy_script_modules",
    "data_octopusdeploy_service_account_oidc_identity",
    "data_octopusdeploy_space",
    "data_octopusdeploy_space_default_lifecycle_release_retention_policy",
    "data_octopusdeploy_space_default_lifecycle_tentacle_retention_policy",
    "data_octopusdeploy_space_default_runbook_retention_policy",
    "data_octopusdeploy_spaces",
    "data_octopusdeploy_ssh_connection_deployment_targets",
    "data_octopusdeploy_step_template",
    "data_octopusdeploy_tag_sets",
    "data_octopusdeploy_teams",
    "data_octopusdeploy_tenant_projects",
    "data_octopusdeploy_tenants",
    "data_octopusdeploy_user_roles",
    "data_octopusdeploy_users",
    "data_octopusdeploy_variables",
    "data_octopusdeploy_worker_pools",
    "data_octopusdeploy_workers",
    "deployment_freeze",
    "deployment_freeze_project",
    "deployment_freeze_tenant",
    "docker_container_registry",
    "dynamic_worker_pool",
    "environment",
    "external_feed_create_release_trigger",
    "gcp_account",
    "gcs_storage_feed",
    "generic_oidc_account",
    "git_credential",
    "git_trigger",
    "github_repository_feed",
    "google_container_registry",
    "helm_feed",
    "kubernetes_agent_deployment_target",
    "kubernetes_agent_worker",
    "kubernetes_cluster_deployment_target",
    "kubernetes_monitor",
    "library_variable_set",
    "lifecycle",
    "listening_tentacle_deployment_target",
    "listening_tentacle_worker",
    "machine_policy",
    "machine_proxy",
    "maven_feed",
    "npm_feed",
    "nuget_feed",
    "oci_registry_feed",
    "offline_package_drop_deployment_target",
    "parent_environment",
    "platform_hub_aws_account",
    "platform_hub_aws_openid_connect_account",
    "platform_hub_azure_oidc_account",
    "platform_hub_azure_service_principal_account",
    "platform_hub_gcp_account",
    "platform_hub_generic_oidc_account",
    "platform_hub_git_credential",
    "platform_hub_username_password_account",
    "platform_hub_version_control_anonymous_settings",
    "platform_hub_version_control_username_password_settings",
    "polling_subscription_id",
    "polling_tentacle_deployment_target",
    "process",
    "process_child_step",
    "process_child_steps_order",
    "process_step",
    "process_steps_order",
    "process_templated_child_step",
    "process_templated_step",
    "project",
    "project_auto_create_release",
    "project_deployment_freeze",
    "project_deployment_target_trigger",
    "project_group",
    "project_scheduled_trigger",
    "project_versioning_strategy",
    "provider",
    "pypi_feed",
    "runbook",
    "s3_feed",
    "scoped_user_role",
    "script_module",
    "service_account_oidc_identity",
    "space",
    "space_default_lifecycle_release_retention_policy",
    "space_default_lifecycle_tentacle_retention_policy",
    "space_default_runbook_retention_policy",
    "ssh_connection_deployment_target",
    "ssh_connection_worker",
    "ssh_key_account",
    "static_worker_pool",
    "step_template",
    "subscription",
    "tag",
    "tag_set",
    "team",
    "tenant",
    "tenant_common_variable",
    "tenant_project",
    "tenant_project_variable",
    "tentacle_certificate",
    "token_account",
    "user",
    "user_role",
    "username_password_account",
    "variable",
]

publication.publish()

# Loading modules to ensure their types are registered with the jsii runtime library
