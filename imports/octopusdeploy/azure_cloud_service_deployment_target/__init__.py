r'''
# `octopusdeploy_azure_cloud_service_deployment_target`

Refer to the Terraform Registry for docs: [`octopusdeploy_azure_cloud_service_deployment_target`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target).
'''
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

from .._jsii import *

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class AzureCloudServiceDeploymentTarget(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTarget",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target octopusdeploy_azure_cloud_service_deployment_target}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        account_id: builtins.str,
        cloud_service_name: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        storage_account_name: builtins.str,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureCloudServiceDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        slot: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target octopusdeploy_azure_cloud_service_deployment_target} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.
        :param cloud_service_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cloud_service_name AzureCloudServiceDeploymentTarget#cloud_service_name}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#environments AzureCloudServiceDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#name AzureCloudServiceDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#roles AzureCloudServiceDeploymentTarget#roles}.
        :param storage_account_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#storage_account_name AzureCloudServiceDeploymentTarget#storage_account_name}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#default_worker_pool_id AzureCloudServiceDeploymentTarget#default_worker_pool_id}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#endpoint AzureCloudServiceDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#health_status AzureCloudServiceDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#id AzureCloudServiceDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#is_disabled AzureCloudServiceDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#machine_policy_id AzureCloudServiceDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#operating_system AzureCloudServiceDeploymentTarget#operating_system}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#shell_name AzureCloudServiceDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#shell_version AzureCloudServiceDeploymentTarget#shell_version}.
        :param slot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#slot AzureCloudServiceDeploymentTarget#slot}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#space_id AzureCloudServiceDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#status AzureCloudServiceDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#status_summary AzureCloudServiceDeploymentTarget#status_summary}
        :param swap_if_possible: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#swap_if_possible AzureCloudServiceDeploymentTarget#swap_if_possible}.
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenanted_deployment_participation AzureCloudServiceDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenants AzureCloudServiceDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenant_tags AzureCloudServiceDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#thumbprint AzureCloudServiceDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#uri AzureCloudServiceDeploymentTarget#uri}.
        :param use_current_instance_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_current_instance_count AzureCloudServiceDeploymentTarget#use_current_instance_count}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__97eea8fbb6434b7d42a41c1e1bb1e0a4b9fcfe983c6a62b93c46a9331e33b146)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = AzureCloudServiceDeploymentTargetConfig(
            account_id=account_id,
            cloud_service_name=cloud_service_name,
            environments=environments,
            name=name,
            roles=roles,
            storage_account_name=storage_account_name,
            default_worker_pool_id=default_worker_pool_id,
            endpoint=endpoint,
            health_status=health_status,
            id=id,
            is_disabled=is_disabled,
            machine_policy_id=machine_policy_id,
            operating_system=operating_system,
            shell_name=shell_name,
            shell_version=shell_version,
            slot=slot,
            space_id=space_id,
            status=status,
            status_summary=status_summary,
            swap_if_possible=swap_if_possible,
            tenanted_deployment_participation=tenanted_deployment_participation,
            tenants=tenants,
            tenant_tags=tenant_tags,
            thumbprint=thumbprint,
            uri=uri,
            use_current_instance_count=use_current_instance_count,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a AzureCloudServiceDeploymentTarget resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the AzureCloudServiceDeploymentTarget to import.
        :param import_from_id: The id of the existing AzureCloudServiceDeploymentTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the AzureCloudServiceDeploymentTarget to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac48d8d99366082f696fc1e9f8124fc396ee79000d85f21ef964e3ea8cd73528)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putEndpoint")
    def put_endpoint(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureCloudServiceDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__78f367df7a803f8bfa1dee06ca65ed97218a839c0a05a0ecee8137b0a035c517)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putEndpoint", [value]))

    @jsii.member(jsii_name="resetDefaultWorkerPoolId")
    def reset_default_worker_pool_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultWorkerPoolId", []))

    @jsii.member(jsii_name="resetEndpoint")
    def reset_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpoint", []))

    @jsii.member(jsii_name="resetHealthStatus")
    def reset_health_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthStatus", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

    @jsii.member(jsii_name="resetMachinePolicyId")
    def reset_machine_policy_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachinePolicyId", []))

    @jsii.member(jsii_name="resetOperatingSystem")
    def reset_operating_system(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOperatingSystem", []))

    @jsii.member(jsii_name="resetShellName")
    def reset_shell_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShellName", []))

    @jsii.member(jsii_name="resetShellVersion")
    def reset_shell_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShellVersion", []))

    @jsii.member(jsii_name="resetSlot")
    def reset_slot(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlot", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetStatus")
    def reset_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatus", []))

    @jsii.member(jsii_name="resetStatusSummary")
    def reset_status_summary(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatusSummary", []))

    @jsii.member(jsii_name="resetSwapIfPossible")
    def reset_swap_if_possible(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSwapIfPossible", []))

    @jsii.member(jsii_name="resetTenantedDeploymentParticipation")
    def reset_tenanted_deployment_participation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantedDeploymentParticipation", []))

    @jsii.member(jsii_name="resetTenants")
    def reset_tenants(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenants", []))

    @jsii.member(jsii_name="resetTenantTags")
    def reset_tenant_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantTags", []))

    @jsii.member(jsii_name="resetThumbprint")
    def reset_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThumbprint", []))

    @jsii.member(jsii_name="resetUri")
    def reset_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUri", []))

    @jsii.member(jsii_name="resetUseCurrentInstanceCount")
    def reset_use_current_instance_count(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseCurrentInstanceCount", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="endpoint")
    def endpoint(self) -> "AzureCloudServiceDeploymentTargetEndpointList":
        return typing.cast("AzureCloudServiceDeploymentTargetEndpointList", jsii.get(self, "endpoint"))

    @builtins.property
    @jsii.member(jsii_name="hasLatestCalamari")
    def has_latest_calamari(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "hasLatestCalamari"))

    @builtins.property
    @jsii.member(jsii_name="isInProcess")
    def is_in_process(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isInProcess"))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="cloudServiceNameInput")
    def cloud_service_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cloudServiceNameInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolIdInput")
    def default_worker_pool_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultWorkerPoolIdInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointInput")
    def endpoint_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpoint"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpoint"]]], jsii.get(self, "endpointInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="healthStatusInput")
    def health_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="isDisabledInput")
    def is_disabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isDisabledInput"))

    @builtins.property
    @jsii.member(jsii_name="machinePolicyIdInput")
    def machine_policy_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "machinePolicyIdInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="operatingSystemInput")
    def operating_system_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "operatingSystemInput"))

    @builtins.property
    @jsii.member(jsii_name="rolesInput")
    def roles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "rolesInput"))

    @builtins.property
    @jsii.member(jsii_name="shellNameInput")
    def shell_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "shellNameInput"))

    @builtins.property
    @jsii.member(jsii_name="shellVersionInput")
    def shell_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "shellVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="slotInput")
    def slot_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "slotInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="statusInput")
    def status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statusInput"))

    @builtins.property
    @jsii.member(jsii_name="statusSummaryInput")
    def status_summary_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statusSummaryInput"))

    @builtins.property
    @jsii.member(jsii_name="storageAccountNameInput")
    def storage_account_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "storageAccountNameInput"))

    @builtins.property
    @jsii.member(jsii_name="swapIfPossibleInput")
    def swap_if_possible_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "swapIfPossibleInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipationInput")
    def tenanted_deployment_participation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantedDeploymentParticipationInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantsInput")
    def tenants_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantsInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantTagsInput")
    def tenant_tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantTagsInput"))

    @builtins.property
    @jsii.member(jsii_name="thumbprintInput")
    def thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="uriInput")
    def uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "uriInput"))

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCountInput")
    def use_current_instance_count_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useCurrentInstanceCountInput"))

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__749782536def1d065f37049acab6f414ebaa2ee3bc247cac802efd713634b2c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @cloud_service_name.setter
    def cloud_service_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40d3429bbcfc524d1f51701761a1046d714ce3bd0cb238556be0c3c3796488a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cloudServiceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @default_worker_pool_id.setter
    def default_worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__471a3d709e6899c911d8d8e22a7b1166ef8519df13bf29a632c5ee1ff1f77a71)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultWorkerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29f5efae5a7bdf89138ff1fe58fbdcdb022e44efbcb48beb9167544e96e89bb1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthStatus")
    def health_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthStatus"))

    @health_status.setter
    def health_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ddc6d4c35b8aa2a60bf0b5eab0c27633bc1a830a498264bae98b3573a38e5c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0b4b96c6736437508d7e9c8778689598326901b0e5b33c275ce19c76d3551c67)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isDisabled")
    def is_disabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isDisabled"))

    @is_disabled.setter
    def is_disabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6fe25aa84e5361c07a1d7cf1e034f2001b99d42706634add4a6d819cb86bbbb2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="machinePolicyId")
    def machine_policy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "machinePolicyId"))

    @machine_policy_id.setter
    def machine_policy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__766f96edc0f1a432fd9468ae05ffd1d58224525f7bbdbf3f53a35014b9386c0a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "machinePolicyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b40ca0a4af5930c159e35871a8add092c73c15b4ac340706a917f040436f1ce5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="operatingSystem")
    def operating_system(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operatingSystem"))

    @operating_system.setter
    def operating_system(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e318dced9b07e40572512186d918463443983242d698eb4b319549af4d9ca7bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "operatingSystem", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d23a7c93829aa40c2509b75c1a29343d37ac2a1b8c1367c5fc78f50ace9e100)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellName")
    def shell_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellName"))

    @shell_name.setter
    def shell_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d8e13fc39f30eff99da59523d42e46e7a2eb00385f8242115434d8b18a5e70d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellVersion")
    def shell_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellVersion"))

    @shell_version.setter
    def shell_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1411213e224af3315f28ac643c5ffcd602363877dcebcd043ea2cd0ded451cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @slot.setter
    def slot(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d4d8eb7b1ea1b5c2a20085eb0f9c8b2423336d545a936f7674d2154c19d61f02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__464ca0fd0ef348e788a4181f0589114a3a07dfe231f6229b9d7ccc265e7143a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @status.setter
    def status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f04240f42680c846aa1101f94a9e0e6bac56bcfb7cc51b5f010180564b9402f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "status", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statusSummary")
    def status_summary(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statusSummary"))

    @status_summary.setter
    def status_summary(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cb8c4e9f95ff1e806b9edfea0f72016eb5b7d5cffe952063c7c35942aec6766c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statusSummary", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @storage_account_name.setter
    def storage_account_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e27578ef7937bfb839d906279ba7c7c0eff21ae4fe6c847b7d7d16f2768fe3f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "storageAccountName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="swapIfPossible")
    def swap_if_possible(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "swapIfPossible"))

    @swap_if_possible.setter
    def swap_if_possible(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a02ef4827c096984fd52ca0d652e9f2667ce84c126362e112f229b4e9ccd28b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "swapIfPossible", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @tenanted_deployment_participation.setter
    def tenanted_deployment_participation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da6b15d8ca775f68f2383021a0850920ed39772369a8ad3d98ce8cd1a2524db1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantedDeploymentParticipation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0412c3c5f1dd72a0af80369e7389f07e9769a806ca3dd2d0ee5acf17425600aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0e6600eace8154d54d3e16567ce632b0e1016b9728f056d1fb8c782ac42d667)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b78a8ae243730c02b2d96c7db1ac214ba10ecb2f407e2a45993b05178144e1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0754fc8b57248b92c35d63535f409d357b5f22ec7a7e39c9d51dc3b1b7010bd7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCount")
    def use_current_instance_count(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useCurrentInstanceCount"))

    @use_current_instance_count.setter
    def use_current_instance_count(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__534a3eb8cd295ad405bfb8c19a2a6a8082a1b7279fb367e47fb07913d4d30289)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useCurrentInstanceCount", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "account_id": "accountId",
        "cloud_service_name": "cloudServiceName",
        "environments": "environments",
        "name": "name",
        "roles": "roles",
        "storage_account_name": "storageAccountName",
        "default_worker_pool_id": "defaultWorkerPoolId",
        "endpoint": "endpoint",
        "health_status": "healthStatus",
        "id": "id",
        "is_disabled": "isDisabled",
        "machine_policy_id": "machinePolicyId",
        "operating_system": "operatingSystem",
        "shell_name": "shellName",
        "shell_version": "shellVersion",
        "slot": "slot",
        "space_id": "spaceId",
        "status": "status",
        "status_summary": "statusSummary",
        "swap_if_possible": "swapIfPossible",
        "tenanted_deployment_participation": "tenantedDeploymentParticipation",
        "tenants": "tenants",
        "tenant_tags": "tenantTags",
        "thumbprint": "thumbprint",
        "uri": "uri",
        "use_current_instance_count": "useCurrentInstanceCount",
    },
)
class AzureCloudServiceDeploymentTargetConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        account_id: builtins.str,
        cloud_service_name: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        storage_account_name: builtins.str,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureCloudServiceDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        slot: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.
        :param cloud_service_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cloud_service_name AzureCloudServiceDeploymentTarget#cloud_service_name}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#environments AzureCloudServiceDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#name AzureCloudServiceDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#roles AzureCloudServiceDeploymentTarget#roles}.
        :param storage_account_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#storage_account_name AzureCloudServiceDeploymentTarget#storage_account_name}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#default_worker_pool_id AzureCloudServiceDeploymentTarget#default_worker_pool_id}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#endpoint AzureCloudServiceDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#health_status AzureCloudServiceDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#id AzureCloudServiceDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#is_disabled AzureCloudServiceDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#machine_policy_id AzureCloudServiceDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#operating_system AzureCloudServiceDeploymentTarget#operating_system}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#shell_name AzureCloudServiceDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#shell_version AzureCloudServiceDeploymentTarget#shell_version}.
        :param slot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#slot AzureCloudServiceDeploymentTarget#slot}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#space_id AzureCloudServiceDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#status AzureCloudServiceDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#status_summary AzureCloudServiceDeploymentTarget#status_summary}
        :param swap_if_possible: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#swap_if_possible AzureCloudServiceDeploymentTarget#swap_if_possible}.
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenanted_deployment_participation AzureCloudServiceDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenants AzureCloudServiceDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenant_tags AzureCloudServiceDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#thumbprint AzureCloudServiceDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#uri AzureCloudServiceDeploymentTarget#uri}.
        :param use_current_instance_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_current_instance_count AzureCloudServiceDeploymentTarget#use_current_instance_count}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b02d4a33033e7224635e81938f663f2eda65b95bcf4c2e3638edcd731b2ad47a)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument cloud_service_name", value=cloud_service_name, expected_type=type_hints["cloud_service_name"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument storage_account_name", value=storage_account_name, expected_type=type_hints["storage_account_name"])
            check_type(argname="argument default_worker_pool_id", value=default_worker_pool_id, expected_type=type_hints["default_worker_pool_id"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument health_status", value=health_status, expected_type=type_hints["health_status"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument machine_policy_id", value=machine_policy_id, expected_type=type_hints["machine_policy_id"])
            check_type(argname="argument operating_system", value=operating_system, expected_type=type_hints["operating_system"])
            check_type(argname="argument shell_name", value=shell_name, expected_type=type_hints["shell_name"])
            check_type(argname="argument shell_version", value=shell_version, expected_type=type_hints["shell_version"])
            check_type(argname="argument slot", value=slot, expected_type=type_hints["slot"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument status_summary", value=status_summary, expected_type=type_hints["status_summary"])
            check_type(argname="argument swap_if_possible", value=swap_if_possible, expected_type=type_hints["swap_if_possible"])
            check_type(argname="argument tenanted_deployment_participation", value=tenanted_deployment_participation, expected_type=type_hints["tenanted_deployment_participation"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument use_current_instance_count", value=use_current_instance_count, expected_type=type_hints["use_current_instance_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "account_id": account_id,
            "cloud_service_name": cloud_service_name,
            "environments": environments,
            "name": name,
            "roles": roles,
            "storage_account_name": storage_account_name,
        }
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if default_worker_pool_id is not None:
            self._values["default_worker_pool_id"] = default_worker_pool_id
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if health_status is not None:
            self._values["health_status"] = health_status
        if id is not None:
            self._values["id"] = id
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if machine_policy_id is not None:
            self._values["machine_policy_id"] = machine_policy_id
        if operating_system is not None:
            self._values["operating_system"] = operating_system
        if shell_name is not None:
            self._values["shell_name"] = shell_name
        if shell_version is not None:
            self._values["shell_version"] = shell_version
        if slot is not None:
            self._values["slot"] = slot
        if space_id is not None:
            self._values["space_id"] = space_id
        if status is not None:
            self._values["status"] = status
        if status_summary is not None:
            self._values["status_summary"] = status_summary
        if swap_if_possible is not None:
            self._values["swap_if_possible"] = swap_if_possible
        if tenanted_deployment_participation is not None:
            self._values["tenanted_deployment_participation"] = tenanted_deployment_participation
        if tenants is not None:
            self._values["tenants"] = tenants
        if tenant_tags is not None:
            self._values["tenant_tags"] = tenant_tags
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint
        if uri is not None:
            self._values["uri"] = uri
        if use_current_instance_count is not None:
            self._values["use_current_instance_count"] = use_current_instance_count

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def account_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        assert result is not None, "Required property 'account_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cloud_service_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cloud_service_name AzureCloudServiceDeploymentTarget#cloud_service_name}.'''
        result = self._values.get("cloud_service_name")
        assert result is not None, "Required property 'cloud_service_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def environments(self) -> typing.List[builtins.str]:
        '''A list of environment IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#environments AzureCloudServiceDeploymentTarget#environments}
        '''
        result = self._values.get("environments")
        assert result is not None, "Required property 'environments' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#name AzureCloudServiceDeploymentTarget#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def roles(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#roles AzureCloudServiceDeploymentTarget#roles}.'''
        result = self._values.get("roles")
        assert result is not None, "Required property 'roles' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def storage_account_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#storage_account_name AzureCloudServiceDeploymentTarget#storage_account_name}.'''
        result = self._values.get("storage_account_name")
        assert result is not None, "Required property 'storage_account_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def default_worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#default_worker_pool_id AzureCloudServiceDeploymentTarget#default_worker_pool_id}.'''
        result = self._values.get("default_worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpoint"]]]:
        '''endpoint block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#endpoint AzureCloudServiceDeploymentTarget#endpoint}
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpoint"]]], result)

    @builtins.property
    def health_status(self) -> typing.Optional[builtins.str]:
        '''Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#health_status AzureCloudServiceDeploymentTarget#health_status}
        '''
        result = self._values.get("health_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#id AzureCloudServiceDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#is_disabled AzureCloudServiceDeploymentTarget#is_disabled}.'''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def machine_policy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#machine_policy_id AzureCloudServiceDeploymentTarget#machine_policy_id}.'''
        result = self._values.get("machine_policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operating_system(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#operating_system AzureCloudServiceDeploymentTarget#operating_system}.'''
        result = self._values.get("operating_system")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#shell_name AzureCloudServiceDeploymentTarget#shell_name}.'''
        result = self._values.get("shell_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#shell_version AzureCloudServiceDeploymentTarget#shell_version}.'''
        result = self._values.get("shell_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def slot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#slot AzureCloudServiceDeploymentTarget#slot}.'''
        result = self._values.get("slot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#space_id AzureCloudServiceDeploymentTarget#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[builtins.str]:
        '''The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#status AzureCloudServiceDeploymentTarget#status}
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status_summary(self) -> typing.Optional[builtins.str]:
        '''A summary elaborating on the status of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#status_summary AzureCloudServiceDeploymentTarget#status_summary}
        '''
        result = self._values.get("status_summary")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swap_if_possible(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#swap_if_possible AzureCloudServiceDeploymentTarget#swap_if_possible}.'''
        result = self._values.get("swap_if_possible")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def tenanted_deployment_participation(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenanted_deployment_participation AzureCloudServiceDeploymentTarget#tenanted_deployment_participation}
        '''
        result = self._values.get("tenanted_deployment_participation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenants AzureCloudServiceDeploymentTarget#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant tags associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tenant_tags AzureCloudServiceDeploymentTarget#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#thumbprint AzureCloudServiceDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#uri AzureCloudServiceDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_current_instance_count(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_current_instance_count AzureCloudServiceDeploymentTarget#use_current_instance_count}.'''
        result = self._values.get("use_current_instance_count")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureCloudServiceDeploymentTargetConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "communication_style": "communicationStyle",
        "aad_client_credential_secret": "aadClientCredentialSecret",
        "aad_credential_type": "aadCredentialType",
        "aad_user_credential_username": "aadUserCredentialUsername",
        "account_id": "accountId",
        "applications_directory": "applicationsDirectory",
        "authentication": "authentication",
        "certificate_signature_algorithm": "certificateSignatureAlgorithm",
        "certificate_store_location": "certificateStoreLocation",
        "certificate_store_name": "certificateStoreName",
        "client_certificate_variable": "clientCertificateVariable",
        "cloud_service_name": "cloudServiceName",
        "cluster_certificate": "clusterCertificate",
        "cluster_certificate_path": "clusterCertificatePath",
        "cluster_url": "clusterUrl",
        "connection_endpoint": "connectionEndpoint",
        "container": "container",
        "container_options": "containerOptions",
        "default_worker_pool_id": "defaultWorkerPoolId",
        "destination": "destination",
        "dot_net_core_platform": "dotNetCorePlatform",
        "fingerprint": "fingerprint",
        "host": "host",
        "id": "id",
        "namespace": "namespace",
        "port": "port",
        "proxy_id": "proxyId",
        "resource_group_name": "resourceGroupName",
        "running_in_container": "runningInContainer",
        "security_mode": "securityMode",
        "server_certificate_thumbprint": "serverCertificateThumbprint",
        "skip_tls_verification": "skipTlsVerification",
        "slot": "slot",
        "storage_account_name": "storageAccountName",
        "swap_if_possible": "swapIfPossible",
        "tentacle_version_details": "tentacleVersionDetails",
        "thumbprint": "thumbprint",
        "uri": "uri",
        "use_current_instance_count": "useCurrentInstanceCount",
        "web_app_name": "webAppName",
        "web_app_slot_name": "webAppSlotName",
        "working_directory": "workingDirectory",
    },
)
class AzureCloudServiceDeploymentTargetEndpoint:
    def __init__(
        self,
        *,
        communication_style: builtins.str,
        aad_client_credential_secret: typing.Optional[builtins.str] = None,
        aad_credential_type: typing.Optional[builtins.str] = None,
        aad_user_credential_username: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        applications_directory: typing.Optional[builtins.str] = None,
        authentication: typing.Optional[typing.Union["AzureCloudServiceDeploymentTargetEndpointAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        certificate_signature_algorithm: typing.Optional[builtins.str] = None,
        certificate_store_location: typing.Optional[builtins.str] = None,
        certificate_store_name: typing.Optional[builtins.str] = None,
        client_certificate_variable: typing.Optional[builtins.str] = None,
        cloud_service_name: typing.Optional[builtins.str] = None,
        cluster_certificate: typing.Optional[builtins.str] = None,
        cluster_certificate_path: typing.Optional[builtins.str] = None,
        cluster_url: typing.Optional[builtins.str] = None,
        connection_endpoint: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureCloudServiceDeploymentTargetEndpointContainer", typing.Dict[builtins.str, typing.Any]]]]] = None,
        container_options: typing.Optional[builtins.str] = None,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureCloudServiceDeploymentTargetEndpointDestination", typing.Dict[builtins.str, typing.Any]]]]] = None,
        dot_net_core_platform: typing.Optional[builtins.str] = None,
        fingerprint: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        proxy_id: typing.Optional[builtins.str] = None,
        resource_group_name: typing.Optional[builtins.str] = None,
        running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        security_mode: typing.Optional[builtins.str] = None,
        server_certificate_thumbprint: typing.Optional[builtins.str] = None,
        skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        slot: typing.Optional[builtins.str] = None,
        storage_account_name: typing.Optional[builtins.str] = None,
        swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        web_app_name: typing.Optional[builtins.str] = None,
        web_app_slot_name: typing.Optional[builtins.str] = None,
        working_directory: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param communication_style: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#communication_style AzureCloudServiceDeploymentTarget#communication_style}.
        :param aad_client_credential_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#aad_client_credential_secret AzureCloudServiceDeploymentTarget#aad_client_credential_secret}.
        :param aad_credential_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#aad_credential_type AzureCloudServiceDeploymentTarget#aad_credential_type}.
        :param aad_user_credential_username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#aad_user_credential_username AzureCloudServiceDeploymentTarget#aad_user_credential_username}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.
        :param applications_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#applications_directory AzureCloudServiceDeploymentTarget#applications_directory}.
        :param authentication: authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#authentication AzureCloudServiceDeploymentTarget#authentication}
        :param certificate_signature_algorithm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#certificate_signature_algorithm AzureCloudServiceDeploymentTarget#certificate_signature_algorithm}.
        :param certificate_store_location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#certificate_store_location AzureCloudServiceDeploymentTarget#certificate_store_location}.
        :param certificate_store_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#certificate_store_name AzureCloudServiceDeploymentTarget#certificate_store_name}.
        :param client_certificate_variable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#client_certificate_variable AzureCloudServiceDeploymentTarget#client_certificate_variable}.
        :param cloud_service_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cloud_service_name AzureCloudServiceDeploymentTarget#cloud_service_name}.
        :param cluster_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_certificate AzureCloudServiceDeploymentTarget#cluster_certificate}.
        :param cluster_certificate_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_certificate_path AzureCloudServiceDeploymentTarget#cluster_certificate_path}.
        :param cluster_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_url AzureCloudServiceDeploymentTarget#cluster_url}.
        :param connection_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#connection_endpoint AzureCloudServiceDeploymentTarget#connection_endpoint}.
        :param container: container block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#container AzureCloudServiceDeploymentTarget#container}
        :param container_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#container_options AzureCloudServiceDeploymentTarget#container_options}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#default_worker_pool_id AzureCloudServiceDeploymentTarget#default_worker_pool_id}.
        :param destination: destination block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#destination AzureCloudServiceDeploymentTarget#destination}
        :param dot_net_core_platform: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#dot_net_core_platform AzureCloudServiceDeploymentTarget#dot_net_core_platform}.
        :param fingerprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#fingerprint AzureCloudServiceDeploymentTarget#fingerprint}.
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#host AzureCloudServiceDeploymentTarget#host}.
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#id AzureCloudServiceDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#namespace AzureCloudServiceDeploymentTarget#namespace}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#port AzureCloudServiceDeploymentTarget#port}.
        :param proxy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#proxy_id AzureCloudServiceDeploymentTarget#proxy_id}.
        :param resource_group_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#resource_group_name AzureCloudServiceDeploymentTarget#resource_group_name}.
        :param running_in_container: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#running_in_container AzureCloudServiceDeploymentTarget#running_in_container}.
        :param security_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#security_mode AzureCloudServiceDeploymentTarget#security_mode}.
        :param server_certificate_thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#server_certificate_thumbprint AzureCloudServiceDeploymentTarget#server_certificate_thumbprint}.
        :param skip_tls_verification: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#skip_tls_verification AzureCloudServiceDeploymentTarget#skip_tls_verification}.
        :param slot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#slot AzureCloudServiceDeploymentTarget#slot}.
        :param storage_account_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#storage_account_name AzureCloudServiceDeploymentTarget#storage_account_name}.
        :param swap_if_possible: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#swap_if_possible AzureCloudServiceDeploymentTarget#swap_if_possible}.
        :param tentacle_version_details: tentacle_version_details block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tentacle_version_details AzureCloudServiceDeploymentTarget#tentacle_version_details}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#thumbprint AzureCloudServiceDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#uri AzureCloudServiceDeploymentTarget#uri}.
        :param use_current_instance_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_current_instance_count AzureCloudServiceDeploymentTarget#use_current_instance_count}.
        :param web_app_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#web_app_name AzureCloudServiceDeploymentTarget#web_app_name}.
        :param web_app_slot_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#web_app_slot_name AzureCloudServiceDeploymentTarget#web_app_slot_name}.
        :param working_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#working_directory AzureCloudServiceDeploymentTarget#working_directory}.
        '''
        if isinstance(authentication, dict):
            authentication = AzureCloudServiceDeploymentTargetEndpointAuthentication(**authentication)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e5ca02d96f79a6eb39ea09092e90f46ce2c9e2946113864e3b75de0d0f95c9ea)
            check_type(argname="argument communication_style", value=communication_style, expected_type=type_hints["communication_style"])
            check_type(argname="argument aad_client_credential_secret", value=aad_client_credential_secret, expected_type=type_hints["aad_client_credential_secret"])
            check_type(argname="argument aad_credential_type", value=aad_credential_type, expected_type=type_hints["aad_credential_type"])
            check_type(argname="argument aad_user_credential_username", value=aad_user_credential_username, expected_type=type_hints["aad_user_credential_username"])
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument applications_directory", value=applications_directory, expected_type=type_hints["applications_directory"])
            check_type(argname="argument authentication", value=authentication, expected_type=type_hints["authentication"])
            check_type(argname="argument certificate_signature_algorithm", value=certificate_signature_algorithm, expected_type=type_hints["certificate_signature_algorithm"])
            check_type(argname="argument certificate_store_location", value=certificate_store_location, expected_type=type_hints["certificate_store_location"])
            check_type(argname="argument certificate_store_name", value=certificate_store_name, expected_type=type_hints["certificate_store_name"])
            check_type(argname="argument client_certificate_variable", value=client_certificate_variable, expected_type=type_hints["client_certificate_variable"])
            check_type(argname="argument cloud_service_name", value=cloud_service_name, expected_type=type_hints["cloud_service_name"])
            check_type(argname="argument cluster_certificate", value=cluster_certificate, expected_type=type_hints["cluster_certificate"])
            check_type(argname="argument cluster_certificate_path", value=cluster_certificate_path, expected_type=type_hints["cluster_certificate_path"])
            check_type(argname="argument cluster_url", value=cluster_url, expected_type=type_hints["cluster_url"])
            check_type(argname="argument connection_endpoint", value=connection_endpoint, expected_type=type_hints["connection_endpoint"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument container_options", value=container_options, expected_type=type_hints["container_options"])
            check_type(argname="argument default_worker_pool_id", value=default_worker_pool_id, expected_type=type_hints["default_worker_pool_id"])
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument dot_net_core_platform", value=dot_net_core_platform, expected_type=type_hints["dot_net_core_platform"])
            check_type(argname="argument fingerprint", value=fingerprint, expected_type=type_hints["fingerprint"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument proxy_id", value=proxy_id, expected_type=type_hints["proxy_id"])
            check_type(argname="argument resource_group_name", value=resource_group_name, expected_type=type_hints["resource_group_name"])
            check_type(argname="argument running_in_container", value=running_in_container, expected_type=type_hints["running_in_container"])
            check_type(argname="argument security_mode", value=security_mode, expected_type=type_hints["security_mode"])
            check_type(argname="argument server_certificate_thumbprint", value=server_certificate_thumbprint, expected_type=type_hints["server_certificate_thumbprint"])
            check_type(argname="argument skip_tls_verification", value=skip_tls_verification, expected_type=type_hints["skip_tls_verification"])
            check_type(argname="argument slot", value=slot, expected_type=type_hints["slot"])
            check_type(argname="argument storage_account_name", value=storage_account_name, expected_type=type_hints["storage_account_name"])
            check_type(argname="argument swap_if_possible", value=swap_if_possible, expected_type=type_hints["swap_if_possible"])
            check_type(argname="argument tentacle_version_details", value=tentacle_version_details, expected_type=type_hints["tentacle_version_details"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument use_current_instance_count", value=use_current_instance_count, expected_type=type_hints["use_current_instance_count"])
            check_type(argname="argument web_app_name", value=web_app_name, expected_type=type_hints["web_app_name"])
            check_type(argname="argument web_app_slot_name", value=web_app_slot_name, expected_type=type_hints["web_app_slot_name"])
            check_type(argname="argument working_directory", value=working_directory, expected_type=type_hints["working_directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "communication_style": communication_style,
        }
        if aad_client_credential_secret is not None:
            self._values["aad_client_credential_secret"] = aad_client_credential_secret
        if aad_credential_type is not None:
            self._values["aad_credential_type"] = aad_credential_type
        if aad_user_credential_username is not None:
            self._values["aad_user_credential_username"] = aad_user_credential_username
        if account_id is not None:
            self._values["account_id"] = account_id
        if applications_directory is not None:
            self._values["applications_directory"] = applications_directory
        if authentication is not None:
            self._values["authentication"] = authentication
        if certificate_signature_algorithm is not None:
            self._values["certificate_signature_algorithm"] = certificate_signature_algorithm
        if certificate_store_location is not None:
            self._values["certificate_store_location"] = certificate_store_location
        if certificate_store_name is not None:
            self._values["certificate_store_name"] = certificate_store_name
        if client_certificate_variable is not None:
            self._values["client_certificate_variable"] = client_certificate_variable
        if cloud_service_name is not None:
            self._values["cloud_service_name"] = cloud_service_name
        if cluster_certificate is not None:
            self._values["cluster_certificate"] = cluster_certificate
        if cluster_certificate_path is not None:
            self._values["cluster_certificate_path"] = cluster_certificate_path
        if cluster_url is not None:
            self._values["cluster_url"] = cluster_url
        if connection_endpoint is not None:
            self._values["connection_endpoint"] = connection_endpoint
        if container is not None:
            self._values["container"] = container
        if container_options is not None:
            self._values["container_options"] = container_options
        if default_worker_pool_id is not None:
            self._values["default_worker_pool_id"] = default_worker_pool_id
        if destination is not None:
            self._values["destination"] = destination
        if dot_net_core_platform is not None:
            self._values["dot_net_core_platform"] = dot_net_core_platform
        if fingerprint is not None:
            self._values["fingerprint"] = fingerprint
        if host is not None:
            self._values["host"] = host
        if id is not None:
            self._values["id"] = id
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if proxy_id is not None:
            self._values["proxy_id"] = proxy_id
        if resource_group_name is not None:
            self._values["resource_group_name"] = resource_group_name
        if running_in_container is not None:
            self._values["running_in_container"] = running_in_container
        if security_mode is not None:
            self._values["security_mode"] = security_mode
        if server_certificate_thumbprint is not None:
            self._values["server_certificate_thumbprint"] = server_certificate_thumbprint
        if skip_tls_verification is not None:
            self._values["skip_tls_verification"] = skip_tls_verification
        if slot is not None:
            self._values["slot"] = slot
        if storage_account_name is not None:
            self._values["storage_account_name"] = storage_account_name
        if swap_if_possible is not None:
            self._values["swap_if_possible"] = swap_if_possible
        if tentacle_version_details is not None:
            self._values["tentacle_version_details"] = tentacle_version_details
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint
        if uri is not None:
            self._values["uri"] = uri
        if use_current_instance_count is not None:
            self._values["use_current_instance_count"] = use_current_instance_count
        if web_app_name is not None:
            self._values["web_app_name"] = web_app_name
        if web_app_slot_name is not None:
            self._values["web_app_slot_name"] = web_app_slot_name
        if working_directory is not None:
            self._values["working_directory"] = working_directory

    @builtins.property
    def communication_style(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#communication_style AzureCloudServiceDeploymentTarget#communication_style}.'''
        result = self._values.get("communication_style")
        assert result is not None, "Required property 'communication_style' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aad_client_credential_secret(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#aad_client_credential_secret AzureCloudServiceDeploymentTarget#aad_client_credential_secret}.'''
        result = self._values.get("aad_client_credential_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_credential_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#aad_credential_type AzureCloudServiceDeploymentTarget#aad_credential_type}.'''
        result = self._values.get("aad_credential_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_user_credential_username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#aad_user_credential_username AzureCloudServiceDeploymentTarget#aad_user_credential_username}.'''
        result = self._values.get("aad_user_credential_username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def applications_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#applications_directory AzureCloudServiceDeploymentTarget#applications_directory}.'''
        result = self._values.get("applications_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional["AzureCloudServiceDeploymentTargetEndpointAuthentication"]:
        '''authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#authentication AzureCloudServiceDeploymentTarget#authentication}
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["AzureCloudServiceDeploymentTargetEndpointAuthentication"], result)

    @builtins.property
    def certificate_signature_algorithm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#certificate_signature_algorithm AzureCloudServiceDeploymentTarget#certificate_signature_algorithm}.'''
        result = self._values.get("certificate_signature_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_location(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#certificate_store_location AzureCloudServiceDeploymentTarget#certificate_store_location}.'''
        result = self._values.get("certificate_store_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#certificate_store_name AzureCloudServiceDeploymentTarget#certificate_store_name}.'''
        result = self._values.get("certificate_store_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate_variable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#client_certificate_variable AzureCloudServiceDeploymentTarget#client_certificate_variable}.'''
        result = self._values.get("client_certificate_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloud_service_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cloud_service_name AzureCloudServiceDeploymentTarget#cloud_service_name}.'''
        result = self._values.get("cloud_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_certificate AzureCloudServiceDeploymentTarget#cluster_certificate}.'''
        result = self._values.get("cluster_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_certificate_path AzureCloudServiceDeploymentTarget#cluster_certificate_path}.'''
        result = self._values.get("cluster_certificate_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_url AzureCloudServiceDeploymentTarget#cluster_url}.'''
        result = self._values.get("cluster_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connection_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#connection_endpoint AzureCloudServiceDeploymentTarget#connection_endpoint}.'''
        result = self._values.get("connection_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointContainer"]]]:
        '''container block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#container AzureCloudServiceDeploymentTarget#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointContainer"]]], result)

    @builtins.property
    def container_options(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#container_options AzureCloudServiceDeploymentTarget#container_options}.'''
        result = self._values.get("container_options")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#default_worker_pool_id AzureCloudServiceDeploymentTarget#default_worker_pool_id}.'''
        result = self._values.get("default_worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointDestination"]]]:
        '''destination block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#destination AzureCloudServiceDeploymentTarget#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointDestination"]]], result)

    @builtins.property
    def dot_net_core_platform(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#dot_net_core_platform AzureCloudServiceDeploymentTarget#dot_net_core_platform}.'''
        result = self._values.get("dot_net_core_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fingerprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#fingerprint AzureCloudServiceDeploymentTarget#fingerprint}.'''
        result = self._values.get("fingerprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#host AzureCloudServiceDeploymentTarget#host}.'''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#id AzureCloudServiceDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#namespace AzureCloudServiceDeploymentTarget#namespace}.'''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#port AzureCloudServiceDeploymentTarget#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def proxy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#proxy_id AzureCloudServiceDeploymentTarget#proxy_id}.'''
        result = self._values.get("proxy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_group_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#resource_group_name AzureCloudServiceDeploymentTarget#resource_group_name}.'''
        result = self._values.get("resource_group_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def running_in_container(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#running_in_container AzureCloudServiceDeploymentTarget#running_in_container}.'''
        result = self._values.get("running_in_container")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def security_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#security_mode AzureCloudServiceDeploymentTarget#security_mode}.'''
        result = self._values.get("security_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate_thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#server_certificate_thumbprint AzureCloudServiceDeploymentTarget#server_certificate_thumbprint}.'''
        result = self._values.get("server_certificate_thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip_tls_verification(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#skip_tls_verification AzureCloudServiceDeploymentTarget#skip_tls_verification}.'''
        result = self._values.get("skip_tls_verification")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def slot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#slot AzureCloudServiceDeploymentTarget#slot}.'''
        result = self._values.get("slot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_account_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#storage_account_name AzureCloudServiceDeploymentTarget#storage_account_name}.'''
        result = self._values.get("storage_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swap_if_possible(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#swap_if_possible AzureCloudServiceDeploymentTarget#swap_if_possible}.'''
        result = self._values.get("swap_if_possible")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def tentacle_version_details(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails"]]]:
        '''tentacle_version_details block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#tentacle_version_details AzureCloudServiceDeploymentTarget#tentacle_version_details}
        '''
        result = self._values.get("tentacle_version_details")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails"]]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#thumbprint AzureCloudServiceDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#uri AzureCloudServiceDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_current_instance_count(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_current_instance_count AzureCloudServiceDeploymentTarget#use_current_instance_count}.'''
        result = self._values.get("use_current_instance_count")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def web_app_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#web_app_name AzureCloudServiceDeploymentTarget#web_app_name}.'''
        result = self._values.get("web_app_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_app_slot_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#web_app_slot_name AzureCloudServiceDeploymentTarget#web_app_slot_name}.'''
        result = self._values.get("web_app_slot_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def working_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#working_directory AzureCloudServiceDeploymentTarget#working_directory}.'''
        result = self._values.get("working_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureCloudServiceDeploymentTargetEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointAuthentication",
    jsii_struct_bases=[],
    name_mapping={
        "account_id": "accountId",
        "admin_login": "adminLogin",
        "assumed_role_arn": "assumedRoleArn",
        "assumed_role_session": "assumedRoleSession",
        "assume_role": "assumeRole",
        "assume_role_external_id": "assumeRoleExternalId",
        "assume_role_session_duration": "assumeRoleSessionDuration",
        "authentication_type": "authenticationType",
        "client_certificate": "clientCertificate",
        "cluster_name": "clusterName",
        "cluster_resource_group": "clusterResourceGroup",
        "impersonate_service_account": "impersonateServiceAccount",
        "project": "project",
        "region": "region",
        "service_account_emails": "serviceAccountEmails",
        "token_path": "tokenPath",
        "use_instance_role": "useInstanceRole",
        "use_vm_service_account": "useVmServiceAccount",
        "zone": "zone",
    },
)
class AzureCloudServiceDeploymentTargetEndpointAuthentication:
    def __init__(
        self,
        *,
        account_id: typing.Optional[builtins.str] = None,
        admin_login: typing.Optional[builtins.str] = None,
        assumed_role_arn: typing.Optional[builtins.str] = None,
        assumed_role_session: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        assume_role_external_id: typing.Optional[builtins.str] = None,
        assume_role_session_duration: typing.Optional[jsii.Number] = None,
        authentication_type: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_resource_group: typing.Optional[builtins.str] = None,
        impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        project: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        service_account_emails: typing.Optional[builtins.str] = None,
        token_path: typing.Optional[builtins.str] = None,
        use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#admin_login AzureCloudServiceDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assumed_role_arn AzureCloudServiceDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assumed_role_session AzureCloudServiceDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role AzureCloudServiceDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role_external_id AzureCloudServiceDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role_session_duration AzureCloudServiceDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#authentication_type AzureCloudServiceDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#client_certificate AzureCloudServiceDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_name AzureCloudServiceDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_resource_group AzureCloudServiceDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#impersonate_service_account AzureCloudServiceDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#project AzureCloudServiceDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#region AzureCloudServiceDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#service_account_emails AzureCloudServiceDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#token_path AzureCloudServiceDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_instance_role AzureCloudServiceDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_vm_service_account AzureCloudServiceDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#zone AzureCloudServiceDeploymentTarget#zone}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34d69a72436a1f215b68ec9f010fb8af5116cec88f04725ab10abfc642e7debd)
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument admin_login", value=admin_login, expected_type=type_hints["admin_login"])
            check_type(argname="argument assumed_role_arn", value=assumed_role_arn, expected_type=type_hints["assumed_role_arn"])
            check_type(argname="argument assumed_role_session", value=assumed_role_session, expected_type=type_hints["assumed_role_session"])
            check_type(argname="argument assume_role", value=assume_role, expected_type=type_hints["assume_role"])
            check_type(argname="argument assume_role_external_id", value=assume_role_external_id, expected_type=type_hints["assume_role_external_id"])
            check_type(argname="argument assume_role_session_duration", value=assume_role_session_duration, expected_type=type_hints["assume_role_session_duration"])
            check_type(argname="argument authentication_type", value=authentication_type, expected_type=type_hints["authentication_type"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_resource_group", value=cluster_resource_group, expected_type=type_hints["cluster_resource_group"])
            check_type(argname="argument impersonate_service_account", value=impersonate_service_account, expected_type=type_hints["impersonate_service_account"])
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument service_account_emails", value=service_account_emails, expected_type=type_hints["service_account_emails"])
            check_type(argname="argument token_path", value=token_path, expected_type=type_hints["token_path"])
            check_type(argname="argument use_instance_role", value=use_instance_role, expected_type=type_hints["use_instance_role"])
            check_type(argname="argument use_vm_service_account", value=use_vm_service_account, expected_type=type_hints["use_vm_service_account"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if account_id is not None:
            self._values["account_id"] = account_id
        if admin_login is not None:
            self._values["admin_login"] = admin_login
        if assumed_role_arn is not None:
            self._values["assumed_role_arn"] = assumed_role_arn
        if assumed_role_session is not None:
            self._values["assumed_role_session"] = assumed_role_session
        if assume_role is not None:
            self._values["assume_role"] = assume_role
        if assume_role_external_id is not None:
            self._values["assume_role_external_id"] = assume_role_external_id
        if assume_role_session_duration is not None:
            self._values["assume_role_session_duration"] = assume_role_session_duration
        if authentication_type is not None:
            self._values["authentication_type"] = authentication_type
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_resource_group is not None:
            self._values["cluster_resource_group"] = cluster_resource_group
        if impersonate_service_account is not None:
            self._values["impersonate_service_account"] = impersonate_service_account
        if project is not None:
            self._values["project"] = project
        if region is not None:
            self._values["region"] = region
        if service_account_emails is not None:
            self._values["service_account_emails"] = service_account_emails
        if token_path is not None:
            self._values["token_path"] = token_path
        if use_instance_role is not None:
            self._values["use_instance_role"] = use_instance_role
        if use_vm_service_account is not None:
            self._values["use_vm_service_account"] = use_vm_service_account
        if zone is not None:
            self._values["zone"] = zone

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def admin_login(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#admin_login AzureCloudServiceDeploymentTarget#admin_login}.'''
        result = self._values.get("admin_login")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assumed_role_arn AzureCloudServiceDeploymentTarget#assumed_role_arn}.'''
        result = self._values.get("assumed_role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_session(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assumed_role_session AzureCloudServiceDeploymentTarget#assumed_role_session}.'''
        result = self._values.get("assumed_role_session")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role AzureCloudServiceDeploymentTarget#assume_role}.'''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def assume_role_external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role_external_id AzureCloudServiceDeploymentTarget#assume_role_external_id}.'''
        result = self._values.get("assume_role_external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role_session_duration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role_session_duration AzureCloudServiceDeploymentTarget#assume_role_session_duration}.'''
        result = self._values.get("assume_role_session_duration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def authentication_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#authentication_type AzureCloudServiceDeploymentTarget#authentication_type}.'''
        result = self._values.get("authentication_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#client_certificate AzureCloudServiceDeploymentTarget#client_certificate}.'''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_name AzureCloudServiceDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_resource_group(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_resource_group AzureCloudServiceDeploymentTarget#cluster_resource_group}.'''
        result = self._values.get("cluster_resource_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def impersonate_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#impersonate_service_account AzureCloudServiceDeploymentTarget#impersonate_service_account}.'''
        result = self._values.get("impersonate_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def project(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#project AzureCloudServiceDeploymentTarget#project}.'''
        result = self._values.get("project")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#region AzureCloudServiceDeploymentTarget#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_emails(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#service_account_emails AzureCloudServiceDeploymentTarget#service_account_emails}.'''
        result = self._values.get("service_account_emails")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#token_path AzureCloudServiceDeploymentTarget#token_path}.'''
        result = self._values.get("token_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_instance_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_instance_role AzureCloudServiceDeploymentTarget#use_instance_role}.'''
        result = self._values.get("use_instance_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def use_vm_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_vm_service_account AzureCloudServiceDeploymentTarget#use_vm_service_account}.'''
        result = self._values.get("use_vm_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#zone AzureCloudServiceDeploymentTarget#zone}.'''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureCloudServiceDeploymentTargetEndpointAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureCloudServiceDeploymentTargetEndpointAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointAuthenticationOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__885999d0c47c6b0c81eab6f9b3f4ee5e5bcb1089694948536cf2f19ea5892fe3)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetAccountId")
    def reset_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountId", []))

    @jsii.member(jsii_name="resetAdminLogin")
    def reset_admin_login(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdminLogin", []))

    @jsii.member(jsii_name="resetAssumedRoleArn")
    def reset_assumed_role_arn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumedRoleArn", []))

    @jsii.member(jsii_name="resetAssumedRoleSession")
    def reset_assumed_role_session(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumedRoleSession", []))

    @jsii.member(jsii_name="resetAssumeRole")
    def reset_assume_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRole", []))

    @jsii.member(jsii_name="resetAssumeRoleExternalId")
    def reset_assume_role_external_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRoleExternalId", []))

    @jsii.member(jsii_name="resetAssumeRoleSessionDuration")
    def reset_assume_role_session_duration(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRoleSessionDuration", []))

    @jsii.member(jsii_name="resetAuthenticationType")
    def reset_authentication_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticationType", []))

    @jsii.member(jsii_name="resetClientCertificate")
    def reset_client_certificate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertificate", []))

    @jsii.member(jsii_name="resetClusterName")
    def reset_cluster_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterName", []))

    @jsii.member(jsii_name="resetClusterResourceGroup")
    def reset_cluster_resource_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterResourceGroup", []))

    @jsii.member(jsii_name="resetImpersonateServiceAccount")
    def reset_impersonate_service_account(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImpersonateServiceAccount", []))

    @jsii.member(jsii_name="resetProject")
    def reset_project(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProject", []))

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @jsii.member(jsii_name="resetServiceAccountEmails")
    def reset_service_account_emails(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServiceAccountEmails", []))

    @jsii.member(jsii_name="resetTokenPath")
    def reset_token_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTokenPath", []))

    @jsii.member(jsii_name="resetUseInstanceRole")
    def reset_use_instance_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseInstanceRole", []))

    @jsii.member(jsii_name="resetUseVmServiceAccount")
    def reset_use_vm_service_account(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseVmServiceAccount", []))

    @jsii.member(jsii_name="resetZone")
    def reset_zone(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetZone", []))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="adminLoginInput")
    def admin_login_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "adminLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArnInput")
    def assumed_role_arn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "assumedRoleArnInput"))

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSessionInput")
    def assumed_role_session_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "assumedRoleSessionInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalIdInput")
    def assume_role_external_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "assumeRoleExternalIdInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleInput")
    def assume_role_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "assumeRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDurationInput")
    def assume_role_session_duration_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "assumeRoleSessionDurationInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticationTypeInput")
    def authentication_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authenticationTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificateInput")
    def client_certificate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertificateInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterNameInput")
    def cluster_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroupInput")
    def cluster_resource_group_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterResourceGroupInput"))

    @builtins.property
    @jsii.member(jsii_name="impersonateServiceAccountInput")
    def impersonate_service_account_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "impersonateServiceAccountInput"))

    @builtins.property
    @jsii.member(jsii_name="projectInput")
    def project_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmailsInput")
    def service_account_emails_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serviceAccountEmailsInput"))

    @builtins.property
    @jsii.member(jsii_name="tokenPathInput")
    def token_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tokenPathInput"))

    @builtins.property
    @jsii.member(jsii_name="useInstanceRoleInput")
    def use_instance_role_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useInstanceRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="useVmServiceAccountInput")
    def use_vm_service_account_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useVmServiceAccountInput"))

    @builtins.property
    @jsii.member(jsii_name="zoneInput")
    def zone_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "zoneInput"))

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47e50bfa9a981ba4c750cc67cc576521244b61cd4fdc4ac8205f596b5c104c43)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="adminLogin")
    def admin_login(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adminLogin"))

    @admin_login.setter
    def admin_login(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09bc8c8af8a2512c5c3cd2db002c3588896df20b1fce098b6d143b09ee467089)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adminLogin", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArn")
    def assumed_role_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleArn"))

    @assumed_role_arn.setter
    def assumed_role_arn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55d353fdf1b9a24d5f40a906267997a74c0562fc1158d4e92277af36ce654beb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleArn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSession")
    def assumed_role_session(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleSession"))

    @assumed_role_session.setter
    def assumed_role_session(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b4bc161b4871c768c2aa70a98e8863fc5c65910b2a7bb8c9e05a3e1e64b0e52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleSession", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRole")
    def assume_role(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "assumeRole"))

    @assume_role.setter
    def assume_role(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07df8f792eba83188a8c68cb91ee2a96e0b3882fe2fd98dc291f24fa96e1a118)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalId")
    def assume_role_external_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumeRoleExternalId"))

    @assume_role_external_id.setter
    def assume_role_external_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0fe74576a74cc7b5a08e61b468f711a4ad6b7bd8368f9dbe902697e522800aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleExternalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDuration")
    def assume_role_session_duration(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "assumeRoleSessionDuration"))

    @assume_role_session_duration.setter
    def assume_role_session_duration(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aeec92c71677c5c609cb4c564ddd8023059e2204e2ede303846765d4f2bb5bf8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleSessionDuration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationType")
    def authentication_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationType"))

    @authentication_type.setter
    def authentication_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__213a3132b6ae19ba38f547baaa06f5dac1a6e73fa8fab6a023dd0fad64e27fd4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @client_certificate.setter
    def client_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d453a1f68d598662c91b6ef353cfdf2a7ebf30f19e37a02ebec180794220424)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__72b8e9e868743bb833483cb4f2ccc7e4c30c3619a83c00f26d1965226726327f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @cluster_resource_group.setter
    def cluster_resource_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e436a958bd9dea95fa96fd6b7ea87eaadf642d82aa41755e5bfbf4f88baab21e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterResourceGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="impersonateServiceAccount")
    def impersonate_service_account(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "impersonateServiceAccount"))

    @impersonate_service_account.setter
    def impersonate_service_account(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dae1ecc9f64b7ddbd5cd0c4c7fe8029a3e13254e360f7b528ad8b9047917cb7d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "impersonateServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2981f58081503b8258cea8f31fe48ea328acd43206e2f5efe436c48a45d58147)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38b5461acccdd69e98b51eb76dc0cd7608854c7e775134f13c3b3b8b3a3777f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmails")
    def service_account_emails(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountEmails"))

    @service_account_emails.setter
    def service_account_emails(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28dc89341c6d41a2062cf9aa755d7b40c10fcb7126cb50aa807ad6e6e2af0c8e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceAccountEmails", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @token_path.setter
    def token_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__332709a96dcd9a14485c6ef5537415990a0db4ce0b27b5c3cc9793e818652c8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tokenPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useInstanceRole")
    def use_instance_role(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useInstanceRole"))

    @use_instance_role.setter
    def use_instance_role(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1165fabc83033fe3550ea483cc360a7504b18ed5adec94998883276bc0f1dd52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useInstanceRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useVmServiceAccount")
    def use_vm_service_account(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useVmServiceAccount"))

    @use_vm_service_account.setter
    def use_vm_service_account(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1aa50d54c69818c0832f9ef12b7f46c2d81161d7fd53fb44c3775cb5d975ad94)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useVmServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @zone.setter
    def zone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__19009297af62e8c43074b04bbb82f197733da7295572659a66d00f678a9e6b47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[AzureCloudServiceDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[AzureCloudServiceDeploymentTargetEndpointAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[AzureCloudServiceDeploymentTargetEndpointAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d627b4a14bac6a0598af5aa4dbb3f03c7c6d58e884f0436e3e4d32bc370f4792)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class AzureCloudServiceDeploymentTargetEndpointContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#feed_id AzureCloudServiceDeploymentTarget#feed_id}.
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#image AzureCloudServiceDeploymentTarget#image}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2598e07ca69fbcd10233615ed4d38f0c412ce9cc0ac1c8cf0c4f9513fac24aa)
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if image is not None:
            self._values["image"] = image

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#feed_id AzureCloudServiceDeploymentTarget#feed_id}.'''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#image AzureCloudServiceDeploymentTarget#image}.'''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureCloudServiceDeploymentTargetEndpointContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureCloudServiceDeploymentTargetEndpointContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointContainerList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e7040055d748ce70f23a02bd70da571ce91d973d40d3b0b3d11163e2032c556)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureCloudServiceDeploymentTargetEndpointContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5de38fcf52970e0746dbf983de84c5754ad4db61cfc3b9bdb39234dbb3387d5)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureCloudServiceDeploymentTargetEndpointContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__565227ba3f1cee4ec8143ade59611984a7be0b50d5037ee49f4430f1d256d468)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5a23580322d667661613c069c4c91b17d7a945e970e4ddf71ceb5bc9b7d057a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89fab4eb100c493c0b4fa1729c620338665d0bcb0b7973bf531a8137d62e6c32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointContainer]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointContainer]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c7a01b9c0862606a649f20522930c5c647ac94ce5ba7c4e9322c66d212dcd13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureCloudServiceDeploymentTargetEndpointContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointContainerOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc091fb8603aa3e8eff0d1a06262b2a7750da4524d39d0e2c2ed216fbfbc9886)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetFeedId")
    def reset_feed_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFeedId", []))

    @jsii.member(jsii_name="resetImage")
    def reset_image(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImage", []))

    @builtins.property
    @jsii.member(jsii_name="feedIdInput")
    def feed_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "feedIdInput"))

    @builtins.property
    @jsii.member(jsii_name="imageInput")
    def image_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "imageInput"))

    @builtins.property
    @jsii.member(jsii_name="feedId")
    def feed_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "feedId"))

    @feed_id.setter
    def feed_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__647a539c92882ea67d1f1364323deb6d9bc3ae06ac619745126260e8a240e455)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9e551b57b5ecdd93d24571ec352ad759e3f63e63a8b8f76d7204bd5f886dfb2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ef468f9956767fb1b3ad3c0fbadc8dd53da7d551481830359419b6a46bcb9b42)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointDestination",
    jsii_struct_bases=[],
    name_mapping={
        "destination_type": "destinationType",
        "drop_folder_path": "dropFolderPath",
    },
)
class AzureCloudServiceDeploymentTargetEndpointDestination:
    def __init__(
        self,
        *,
        destination_type: typing.Optional[builtins.str] = None,
        drop_folder_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#destination_type AzureCloudServiceDeploymentTarget#destination_type}.
        :param drop_folder_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#drop_folder_path AzureCloudServiceDeploymentTarget#drop_folder_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e00e8e2e4f3c750ab6cddfffbe08f548632b6a38f62cdf0e6514f449a8fd286b)
            check_type(argname="argument destination_type", value=destination_type, expected_type=type_hints["destination_type"])
            check_type(argname="argument drop_folder_path", value=drop_folder_path, expected_type=type_hints["drop_folder_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_type is not None:
            self._values["destination_type"] = destination_type
        if drop_folder_path is not None:
            self._values["drop_folder_path"] = drop_folder_path

    @builtins.property
    def destination_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#destination_type AzureCloudServiceDeploymentTarget#destination_type}.'''
        result = self._values.get("destination_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def drop_folder_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#drop_folder_path AzureCloudServiceDeploymentTarget#drop_folder_path}.'''
        result = self._values.get("drop_folder_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureCloudServiceDeploymentTargetEndpointDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureCloudServiceDeploymentTargetEndpointDestinationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointDestinationList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9f160f0bd6c14e8528dbae91d742fe579053e466314f776d81e9e61ff6b93e6a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureCloudServiceDeploymentTargetEndpointDestinationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3d53d90bca2422080afa423bcd95aa666258f1bef7a550fe095d2f744642cbb)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureCloudServiceDeploymentTargetEndpointDestinationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b78b4e0822fe742e872e9787b31bf1238acd143c49b214bd2fe161739585e53)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ac6381d3c9681be5259608a00431f165b22df0d352a1e879151145d220a8ac9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65a798bf10127907b3b94f9eee045dd1a4843ae0694d94aa943d2d0d37d342ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointDestination]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointDestination]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c64ec792e81c28e8ce5648b00e7fc3a4d0ef61bc12331032afacc70fc72f1aaf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureCloudServiceDeploymentTargetEndpointDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointDestinationOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f77560bd2f831eb8e34ba04493ae8c7775f4430fc0c1b11d0e19c2e148bd522)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDestinationType")
    def reset_destination_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestinationType", []))

    @jsii.member(jsii_name="resetDropFolderPath")
    def reset_drop_folder_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDropFolderPath", []))

    @builtins.property
    @jsii.member(jsii_name="destinationTypeInput")
    def destination_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="dropFolderPathInput")
    def drop_folder_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dropFolderPathInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationType")
    def destination_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destinationType"))

    @destination_type.setter
    def destination_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a436d2ded11b9df5ef009304b156ac1cc284c83fc26f6f16901dac4271aa07c5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dropFolderPath")
    def drop_folder_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dropFolderPath"))

    @drop_folder_path.setter
    def drop_folder_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87c1e960d483762f63d03cbcd115996ff83785e05e898e7766f5370169a83a78)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dropFolderPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointDestination]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointDestination]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointDestination]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b55da08c858a8073dd7737b32fd75eb26a7edb27b1bfc80c6fac652b35a0e3a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureCloudServiceDeploymentTargetEndpointList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7f07a213c3c603e563bdacdf7fe9b0a13782c25a9a5504450d4ea247e9af014)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureCloudServiceDeploymentTargetEndpointOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c4cc64567903b2a9c473c90cd1e60700f1e690c6d70b16c4c112be53b15cb3d)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureCloudServiceDeploymentTargetEndpointOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae06887ecddcf6b91ad390fdbd3662607b1c8d4ea796bd2a2dc758c295da7068)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8578e123ae506f9b0a4541e0ce38cd35f1228a20eafc4a0627d55de3b8dd0ab4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a0e8c90ab51745c77343d861353ef49dcc1cb26611baf06b296641c17df4b83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpoint]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpoint]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpoint]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__614884f7c35863a5cd695824e87732a54d39bc9bf1e3f5e227242dbe0ef611ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureCloudServiceDeploymentTargetEndpointOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66494753438a8fd2c5bdab5ac1dc841954d06ec2a93c889eae2d5e112db00819)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putAuthentication")
    def put_authentication(
        self,
        *,
        account_id: typing.Optional[builtins.str] = None,
        admin_login: typing.Optional[builtins.str] = None,
        assumed_role_arn: typing.Optional[builtins.str] = None,
        assumed_role_session: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        assume_role_external_id: typing.Optional[builtins.str] = None,
        assume_role_session_duration: typing.Optional[jsii.Number] = None,
        authentication_type: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_resource_group: typing.Optional[builtins.str] = None,
        impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        project: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        service_account_emails: typing.Optional[builtins.str] = None,
        token_path: typing.Optional[builtins.str] = None,
        use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#account_id AzureCloudServiceDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#admin_login AzureCloudServiceDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assumed_role_arn AzureCloudServiceDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assumed_role_session AzureCloudServiceDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role AzureCloudServiceDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role_external_id AzureCloudServiceDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#assume_role_session_duration AzureCloudServiceDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#authentication_type AzureCloudServiceDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#client_certificate AzureCloudServiceDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_name AzureCloudServiceDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#cluster_resource_group AzureCloudServiceDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#impersonate_service_account AzureCloudServiceDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#project AzureCloudServiceDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#region AzureCloudServiceDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#service_account_emails AzureCloudServiceDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#token_path AzureCloudServiceDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_instance_role AzureCloudServiceDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#use_vm_service_account AzureCloudServiceDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#zone AzureCloudServiceDeploymentTarget#zone}.
        '''
        value = AzureCloudServiceDeploymentTargetEndpointAuthentication(
            account_id=account_id,
            admin_login=admin_login,
            assumed_role_arn=assumed_role_arn,
            assumed_role_session=assumed_role_session,
            assume_role=assume_role,
            assume_role_external_id=assume_role_external_id,
            assume_role_session_duration=assume_role_session_duration,
            authentication_type=authentication_type,
            client_certificate=client_certificate,
            cluster_name=cluster_name,
            cluster_resource_group=cluster_resource_group,
            impersonate_service_account=impersonate_service_account,
            project=project,
            region=region,
            service_account_emails=service_account_emails,
            token_path=token_path,
            use_instance_role=use_instance_role,
            use_vm_service_account=use_vm_service_account,
            zone=zone,
        )

        return typing.cast(None, jsii.invoke(self, "putAuthentication", [value]))

    @jsii.member(jsii_name="putContainer")
    def put_container(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd759766d51e047181d042ecc64b59614ec3b5a41a0dcf0d68e3deb347beea77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

    @jsii.member(jsii_name="putDestination")
    def put_destination(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bcb6f7bee4379359680faa1caac7a91f32fbd58159392fd0d00bc071ea3030ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDestination", [value]))

    @jsii.member(jsii_name="putTentacleVersionDetails")
    def put_tentacle_version_details(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b537938d8e1fe21f89494ef6149c7101a5ade6b9f848851d3cea613559ad9aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTentacleVersionDetails", [value]))

    @jsii.member(jsii_name="resetAadClientCredentialSecret")
    def reset_aad_client_credential_secret(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadClientCredentialSecret", []))

    @jsii.member(jsii_name="resetAadCredentialType")
    def reset_aad_credential_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadCredentialType", []))

    @jsii.member(jsii_name="resetAadUserCredentialUsername")
    def reset_aad_user_credential_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadUserCredentialUsername", []))

    @jsii.member(jsii_name="resetAccountId")
    def reset_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountId", []))

    @jsii.member(jsii_name="resetApplicationsDirectory")
    def reset_applications_directory(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApplicationsDirectory", []))

    @jsii.member(jsii_name="resetAuthentication")
    def reset_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthentication", []))

    @jsii.member(jsii_name="resetCertificateSignatureAlgorithm")
    def reset_certificate_signature_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateSignatureAlgorithm", []))

    @jsii.member(jsii_name="resetCertificateStoreLocation")
    def reset_certificate_store_location(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateStoreLocation", []))

    @jsii.member(jsii_name="resetCertificateStoreName")
    def reset_certificate_store_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateStoreName", []))

    @jsii.member(jsii_name="resetClientCertificateVariable")
    def reset_client_certificate_variable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertificateVariable", []))

    @jsii.member(jsii_name="resetCloudServiceName")
    def reset_cloud_service_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCloudServiceName", []))

    @jsii.member(jsii_name="resetClusterCertificate")
    def reset_cluster_certificate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterCertificate", []))

    @jsii.member(jsii_name="resetClusterCertificatePath")
    def reset_cluster_certificate_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterCertificatePath", []))

    @jsii.member(jsii_name="resetClusterUrl")
    def reset_cluster_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterUrl", []))

    @jsii.member(jsii_name="resetConnectionEndpoint")
    def reset_connection_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionEndpoint", []))

    @jsii.member(jsii_name="resetContainer")
    def reset_container(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainer", []))

    @jsii.member(jsii_name="resetContainerOptions")
    def reset_container_options(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainerOptions", []))

    @jsii.member(jsii_name="resetDefaultWorkerPoolId")
    def reset_default_worker_pool_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultWorkerPoolId", []))

    @jsii.member(jsii_name="resetDestination")
    def reset_destination(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestination", []))

    @jsii.member(jsii_name="resetDotNetCorePlatform")
    def reset_dot_net_core_platform(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDotNetCorePlatform", []))

    @jsii.member(jsii_name="resetFingerprint")
    def reset_fingerprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFingerprint", []))

    @jsii.member(jsii_name="resetHost")
    def reset_host(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHost", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetNamespace")
    def reset_namespace(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNamespace", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetProxyId")
    def reset_proxy_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyId", []))

    @jsii.member(jsii_name="resetResourceGroupName")
    def reset_resource_group_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResourceGroupName", []))

    @jsii.member(jsii_name="resetRunningInContainer")
    def reset_running_in_container(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunningInContainer", []))

    @jsii.member(jsii_name="resetSecurityMode")
    def reset_security_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityMode", []))

    @jsii.member(jsii_name="resetServerCertificateThumbprint")
    def reset_server_certificate_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerCertificateThumbprint", []))

    @jsii.member(jsii_name="resetSkipTlsVerification")
    def reset_skip_tls_verification(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipTlsVerification", []))

    @jsii.member(jsii_name="resetSlot")
    def reset_slot(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlot", []))

    @jsii.member(jsii_name="resetStorageAccountName")
    def reset_storage_account_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStorageAccountName", []))

    @jsii.member(jsii_name="resetSwapIfPossible")
    def reset_swap_if_possible(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSwapIfPossible", []))

    @jsii.member(jsii_name="resetTentacleVersionDetails")
    def reset_tentacle_version_details(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTentacleVersionDetails", []))

    @jsii.member(jsii_name="resetThumbprint")
    def reset_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThumbprint", []))

    @jsii.member(jsii_name="resetUri")
    def reset_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUri", []))

    @jsii.member(jsii_name="resetUseCurrentInstanceCount")
    def reset_use_current_instance_count(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseCurrentInstanceCount", []))

    @jsii.member(jsii_name="resetWebAppName")
    def reset_web_app_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebAppName", []))

    @jsii.member(jsii_name="resetWebAppSlotName")
    def reset_web_app_slot_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebAppSlotName", []))

    @jsii.member(jsii_name="resetWorkingDirectory")
    def reset_working_directory(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWorkingDirectory", []))

    @builtins.property
    @jsii.member(jsii_name="authentication")
    def authentication(
        self,
    ) -> AzureCloudServiceDeploymentTargetEndpointAuthenticationOutputReference:
        return typing.cast(AzureCloudServiceDeploymentTargetEndpointAuthenticationOutputReference, jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="container")
    def container(self) -> AzureCloudServiceDeploymentTargetEndpointContainerList:
        return typing.cast(AzureCloudServiceDeploymentTargetEndpointContainerList, jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> AzureCloudServiceDeploymentTargetEndpointDestinationList:
        return typing.cast(AzureCloudServiceDeploymentTargetEndpointDestinationList, jsii.get(self, "destination"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetails")
    def tentacle_version_details(
        self,
    ) -> "AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsList":
        return typing.cast("AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

    @builtins.property
    @jsii.member(jsii_name="aadClientCredentialSecretInput")
    def aad_client_credential_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadClientCredentialSecretInput"))

    @builtins.property
    @jsii.member(jsii_name="aadCredentialTypeInput")
    def aad_credential_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadCredentialTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsernameInput")
    def aad_user_credential_username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadUserCredentialUsernameInput"))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectoryInput")
    def applications_directory_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationsDirectoryInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticationInput")
    def authentication_input(
        self,
    ) -> typing.Optional[AzureCloudServiceDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[AzureCloudServiceDeploymentTargetEndpointAuthentication], jsii.get(self, "authenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithmInput")
    def certificate_signature_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateSignatureAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocationInput")
    def certificate_store_location_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateStoreLocationInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreNameInput")
    def certificate_store_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateStoreNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariableInput")
    def client_certificate_variable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertificateVariableInput"))

    @builtins.property
    @jsii.member(jsii_name="cloudServiceNameInput")
    def cloud_service_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cloudServiceNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterCertificateInput")
    def cluster_certificate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterCertificateInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePathInput")
    def cluster_certificate_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterCertificatePathInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterUrlInput")
    def cluster_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="communicationStyleInput")
    def communication_style_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "communicationStyleInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionEndpointInput")
    def connection_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="containerInput")
    def container_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointContainer]]], jsii.get(self, "containerInput"))

    @builtins.property
    @jsii.member(jsii_name="containerOptionsInput")
    def container_options_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "containerOptionsInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolIdInput")
    def default_worker_pool_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultWorkerPoolIdInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationInput")
    def destination_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointDestination]]], jsii.get(self, "destinationInput"))

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatformInput")
    def dot_net_core_platform_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dotNetCorePlatformInput"))

    @builtins.property
    @jsii.member(jsii_name="fingerprintInput")
    def fingerprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fingerprintInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyIdInput")
    def proxy_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyIdInput"))

    @builtins.property
    @jsii.member(jsii_name="resourceGroupNameInput")
    def resource_group_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "resourceGroupNameInput"))

    @builtins.property
    @jsii.member(jsii_name="runningInContainerInput")
    def running_in_container_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "runningInContainerInput"))

    @builtins.property
    @jsii.member(jsii_name="securityModeInput")
    def security_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityModeInput"))

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprintInput")
    def server_certificate_thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverCertificateThumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerificationInput")
    def skip_tls_verification_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipTlsVerificationInput"))

    @builtins.property
    @jsii.member(jsii_name="slotInput")
    def slot_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "slotInput"))

    @builtins.property
    @jsii.member(jsii_name="storageAccountNameInput")
    def storage_account_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "storageAccountNameInput"))

    @builtins.property
    @jsii.member(jsii_name="swapIfPossibleInput")
    def swap_if_possible_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "swapIfPossibleInput"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetailsInput")
    def tentacle_version_details_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails"]]], jsii.get(self, "tentacleVersionDetailsInput"))

    @builtins.property
    @jsii.member(jsii_name="thumbprintInput")
    def thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="uriInput")
    def uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "uriInput"))

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCountInput")
    def use_current_instance_count_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useCurrentInstanceCountInput"))

    @builtins.property
    @jsii.member(jsii_name="webAppNameInput")
    def web_app_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webAppNameInput"))

    @builtins.property
    @jsii.member(jsii_name="webAppSlotNameInput")
    def web_app_slot_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webAppSlotNameInput"))

    @builtins.property
    @jsii.member(jsii_name="workingDirectoryInput")
    def working_directory_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workingDirectoryInput"))

    @builtins.property
    @jsii.member(jsii_name="aadClientCredentialSecret")
    def aad_client_credential_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadClientCredentialSecret"))

    @aad_client_credential_secret.setter
    def aad_client_credential_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cbd5dea6b01da0c2ec52959930fc1ce50bd3d9ea84fbad2b487d393334c6728)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadClientCredentialSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadCredentialType")
    def aad_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadCredentialType"))

    @aad_credential_type.setter
    def aad_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe5577b8a57daf9f38bab2bbd4ed7561dc5025e4713ff137dff0b441386ad53c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsername")
    def aad_user_credential_username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialUsername"))

    @aad_user_credential_username.setter
    def aad_user_credential_username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__18aa801c525163b11469e1ba467b3219ce8efd928627dcad388afc32625db75d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadUserCredentialUsername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9bcad55fa0c937e2be77a55c99e719f8a43c985b56a95271cc6e93a8b7221fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectory")
    def applications_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationsDirectory"))

    @applications_directory.setter
    def applications_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__368fa27af01223b8741c10709487f0c4e0103ec2f3aed63c327aa9c2319de53e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationsDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithm")
    def certificate_signature_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateSignatureAlgorithm"))

    @certificate_signature_algorithm.setter
    def certificate_signature_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1edf29c8d72ac05c6060e3254ad2b986aec0311cd7bb7034efb3eb2c11e950a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateSignatureAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocation")
    def certificate_store_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreLocation"))

    @certificate_store_location.setter
    def certificate_store_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0822935772d71ba665c74d76e1c8fb8c885af55a5dc9ad2a6683e0c9001ccf1a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreName")
    def certificate_store_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreName"))

    @certificate_store_name.setter
    def certificate_store_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__172db622f96768338fb674b8aacc2654e3531685c2b8866217be7fbe33f30cbe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariable")
    def client_certificate_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificateVariable"))

    @client_certificate_variable.setter
    def client_certificate_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__900f556bae937ad248c669df80a6b545cf6d6a58cf1427369da051afa171be11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificateVariable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @cloud_service_name.setter
    def cloud_service_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b49319b8e453cdba8bb27d0a5b87eb5bb4613be6f576fce46f7c531c25a2176)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cloudServiceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificate")
    def cluster_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificate"))

    @cluster_certificate.setter
    def cluster_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6d87a46bb0feff569ad00c1af5cea5899105c48f59aeff4a445a15db806fe87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePath")
    def cluster_certificate_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificatePath"))

    @cluster_certificate_path.setter
    def cluster_certificate_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98b69864992ca1b297dcfdb7c284334f80f6822f86e515b0268c380e9ba7db17)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificatePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterUrl")
    def cluster_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterUrl"))

    @cluster_url.setter
    def cluster_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e4376ad772f48a63afaec76c476570df82ac9b6dcb808546bcbd4d239b0e69f1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="communicationStyle")
    def communication_style(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "communicationStyle"))

    @communication_style.setter
    def communication_style(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__409b88f0fba2e0b89205792283b1e859096b8d718572f3c63bec0e9d4f71d23e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "communicationStyle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionEndpoint")
    def connection_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionEndpoint"))

    @connection_endpoint.setter
    def connection_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89784f22f5aa10958058cc370874f37c3be411dcabb536c17f30136074b2445d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @container_options.setter
    def container_options(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__12d69f7960db6831260a4559e27d808739f180e33670e0185eb6516c7c1dbde2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "containerOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @default_worker_pool_id.setter
    def default_worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed526244e72fb86e88742ac494a1dbf03c4fec1aab2e1db45b89efee165dd980)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultWorkerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatform")
    def dot_net_core_platform(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dotNetCorePlatform"))

    @dot_net_core_platform.setter
    def dot_net_core_platform(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e64a495258ca69d7489f5f143ea53e11b6fb4d651cedda89526e64d2f1369af)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dotNetCorePlatform", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fingerprint")
    def fingerprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fingerprint"))

    @fingerprint.setter
    def fingerprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e34d0d7dea6e6e976fb0d528dc4470ea6a79f8a7a4a4501998b0d0a5add2c4cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fingerprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be53c8ba5416805a7e6db8868e5d70c897c64b8c9cee685fbbf840cffac18e02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ccbf593d730c96b2a176e0a886587ee4a6fc7de60230d037cb0bec47f6936f76)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8ac03585247e3504970f7f8b27c8e14f5696b3f1c2ae4a71ef5426d901bafee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1822593b879030d42d739ab13076617aef6666d021c8a29d3ba535cfc016c872)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @proxy_id.setter
    def proxy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7c858db5aa01d5c1ec442e7eed129daf2b20ded2fa429941ece9bc3bdb8c972b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceGroupName")
    def resource_group_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupName"))

    @resource_group_name.setter
    def resource_group_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd548dbb861b149f56e2f70b9acd7176b9828b6c6f468e0284c45d43d2c6811a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resourceGroupName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="runningInContainer")
    def running_in_container(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "runningInContainer"))

    @running_in_container.setter
    def running_in_container(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15586f36ba630721181ca1b24048396e7b9063fed8a85c1d05b47014610aae91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runningInContainer", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityMode")
    def security_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityMode"))

    @security_mode.setter
    def security_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99f7b4f956dd58d00b7c19346d51da8b93b9cc2ade2d23e040c71a30374db3da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprint")
    def server_certificate_thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverCertificateThumbprint"))

    @server_certificate_thumbprint.setter
    def server_certificate_thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e70a969cabd67b0b9f725ee6d1a9fcfc1e38581e5def0028ed62141fd395584)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverCertificateThumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerification")
    def skip_tls_verification(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "skipTlsVerification"))

    @skip_tls_verification.setter
    def skip_tls_verification(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87a81324b522b9de41f9d6da9d75bc4e8c877785e0df351f9008480bced6f909)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipTlsVerification", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @slot.setter
    def slot(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__743bc760d4e55f962d9471b85d1d794a001280ae76c903047e19392436d6c863)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @storage_account_name.setter
    def storage_account_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1c43ebfa65227279949e4a9e82deb2069950733fad42575622fad940181f51bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "storageAccountName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="swapIfPossible")
    def swap_if_possible(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "swapIfPossible"))

    @swap_if_possible.setter
    def swap_if_possible(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e0cca65a5866f88c3ad6788adad231011d4dd33cd794361a5633d642a5c69e0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "swapIfPossible", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99bdd3d8c113feddc3a8aebc1c0963d8b2f1a7450c4756ff45ada2310f9542c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77d74412ac821d2e3e13f169ff3e2e911fe820dac5b03d02cb58e93fe95ccf6f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCount")
    def use_current_instance_count(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useCurrentInstanceCount"))

    @use_current_instance_count.setter
    def use_current_instance_count(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de5ef9a8616e72152229e841168f388cb01102b69ff38f2aa6cc1937e72c6f10)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useCurrentInstanceCount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppName")
    def web_app_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppName"))

    @web_app_name.setter
    def web_app_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__825d60c055d44e2a1ce98e7bde7390d54479c852513e3d002331626966b45c19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppSlotName")
    def web_app_slot_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppSlotName"))

    @web_app_slot_name.setter
    def web_app_slot_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f20927cb45c4a39e6701bfed614635c99cbae07070dd44c43fe547b867f6fd39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppSlotName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workingDirectory")
    def working_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workingDirectory"))

    @working_directory.setter
    def working_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7466549d12fd46022da7f74bf8e60279a8cf6afb3d88857ec4c8c1e0f97428f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workingDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpoint]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpoint]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpoint]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__90577ae611a258c06a4ad6a9b0c7eb1b1387a113606515c37c4907e99de85d4f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={
        "upgrade_locked": "upgradeLocked",
        "upgrade_required": "upgradeRequired",
        "upgrade_suggested": "upgradeSuggested",
        "version": "version",
    },
)
class AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails:
    def __init__(
        self,
        *,
        upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param upgrade_locked: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#upgrade_locked AzureCloudServiceDeploymentTarget#upgrade_locked}.
        :param upgrade_required: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#upgrade_required AzureCloudServiceDeploymentTarget#upgrade_required}.
        :param upgrade_suggested: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#upgrade_suggested AzureCloudServiceDeploymentTarget#upgrade_suggested}.
        :param version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#version AzureCloudServiceDeploymentTarget#version}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d6ba25503142560f1ac4681acbedaf94c30c2e83fdf9d0b330516690f1669a43)
            check_type(argname="argument upgrade_locked", value=upgrade_locked, expected_type=type_hints["upgrade_locked"])
            check_type(argname="argument upgrade_required", value=upgrade_required, expected_type=type_hints["upgrade_required"])
            check_type(argname="argument upgrade_suggested", value=upgrade_suggested, expected_type=type_hints["upgrade_suggested"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if upgrade_locked is not None:
            self._values["upgrade_locked"] = upgrade_locked
        if upgrade_required is not None:
            self._values["upgrade_required"] = upgrade_required
        if upgrade_suggested is not None:
            self._values["upgrade_suggested"] = upgrade_suggested
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def upgrade_locked(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#upgrade_locked AzureCloudServiceDeploymentTarget#upgrade_locked}.'''
        result = self._values.get("upgrade_locked")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#upgrade_required AzureCloudServiceDeploymentTarget#upgrade_required}.'''
        result = self._values.get("upgrade_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_suggested(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#upgrade_suggested AzureCloudServiceDeploymentTarget#upgrade_suggested}.'''
        result = self._values.get("upgrade_suggested")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_cloud_service_deployment_target#version AzureCloudServiceDeploymentTarget#version}.'''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e1156f59c6e5e6dc8f5f4ebd8bf4e25f7f2d3c0d6988da9c35fadc7106045c8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa48e88fb74ad17fd6421c61db8b982e23a38e29db7c6ee4c6e819a52507dfb9)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c9127654ef81705f35646aafb809f3cdde34fc8a4be57eb0ca8d45b1f31e55d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__037e89cd567f7b1ddca4f19757e5b34cfb2ba1b46e8e5e4ce42b8a71ed1aa2c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fdfd6cbc91b95c1e63a5f817ba362c153956c1b1923d9f6b8fb78c677578f09f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91f60887445f3583d1a04356c9db9728a463c98bdab5d19d73617fed789534e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureCloudServiceDeploymentTarget.AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0dd431d635bf554e4f014e54c87be9f6bff1f93aa2daf6c192a54a86cc2ea96)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetUpgradeLocked")
    def reset_upgrade_locked(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpgradeLocked", []))

    @jsii.member(jsii_name="resetUpgradeRequired")
    def reset_upgrade_required(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpgradeRequired", []))

    @jsii.member(jsii_name="resetUpgradeSuggested")
    def reset_upgrade_suggested(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpgradeSuggested", []))

    @jsii.member(jsii_name="resetVersion")
    def reset_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersion", []))

    @builtins.property
    @jsii.member(jsii_name="upgradeLockedInput")
    def upgrade_locked_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "upgradeLockedInput"))

    @builtins.property
    @jsii.member(jsii_name="upgradeRequiredInput")
    def upgrade_required_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "upgradeRequiredInput"))

    @builtins.property
    @jsii.member(jsii_name="upgradeSuggestedInput")
    def upgrade_suggested_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "upgradeSuggestedInput"))

    @builtins.property
    @jsii.member(jsii_name="versionInput")
    def version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "versionInput"))

    @builtins.property
    @jsii.member(jsii_name="upgradeLocked")
    def upgrade_locked(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "upgradeLocked"))

    @upgrade_locked.setter
    def upgrade_locked(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c7795b706e27dc1738f70d4cf5a87a48ca59d1def1951ae6fde9de64f6710511)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeLocked", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="upgradeRequired")
    def upgrade_required(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "upgradeRequired"))

    @upgrade_required.setter
    def upgrade_required(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c299ae6dbb7b013f3f71231251f4b9545e60d7fbbad9bf5b6c765eaefe5e1f16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeRequired", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="upgradeSuggested")
    def upgrade_suggested(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "upgradeSuggested"))

    @upgrade_suggested.setter
    def upgrade_suggested(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__edf2f95b43622d5e13c4a741205d3b9b6785fe6c39b2f1469c72c11c381f6c6c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeSuggested", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3f4d8f410267f35a13f0a9067ab3e9869df823d80409c8baea6e1f050b11c2a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c68bd3964103b74f34330d881a23e75d2c6d49f0c2187733f05056db1ad84aac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "AzureCloudServiceDeploymentTarget",
    "AzureCloudServiceDeploymentTargetConfig",
    "AzureCloudServiceDeploymentTargetEndpoint",
    "AzureCloudServiceDeploymentTargetEndpointAuthentication",
    "AzureCloudServiceDeploymentTargetEndpointAuthenticationOutputReference",
    "AzureCloudServiceDeploymentTargetEndpointContainer",
    "AzureCloudServiceDeploymentTargetEndpointContainerList",
    "AzureCloudServiceDeploymentTargetEndpointContainerOutputReference",
    "AzureCloudServiceDeploymentTargetEndpointDestination",
    "AzureCloudServiceDeploymentTargetEndpointDestinationList",
    "AzureCloudServiceDeploymentTargetEndpointDestinationOutputReference",
    "AzureCloudServiceDeploymentTargetEndpointList",
    "AzureCloudServiceDeploymentTargetEndpointOutputReference",
    "AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails",
    "AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsList",
    "AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
]

publication.publish()

def _typecheckingstub__97eea8fbb6434b7d42a41c1e1bb1e0a4b9fcfe983c6a62b93c46a9331e33b146(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    account_id: builtins.str,
    cloud_service_name: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    storage_account_name: builtins.str,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    slot: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac48d8d99366082f696fc1e9f8124fc396ee79000d85f21ef964e3ea8cd73528(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78f367df7a803f8bfa1dee06ca65ed97218a839c0a05a0ecee8137b0a035c517(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__749782536def1d065f37049acab6f414ebaa2ee3bc247cac802efd713634b2c6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40d3429bbcfc524d1f51701761a1046d714ce3bd0cb238556be0c3c3796488a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__471a3d709e6899c911d8d8e22a7b1166ef8519df13bf29a632c5ee1ff1f77a71(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29f5efae5a7bdf89138ff1fe58fbdcdb022e44efbcb48beb9167544e96e89bb1(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ddc6d4c35b8aa2a60bf0b5eab0c27633bc1a830a498264bae98b3573a38e5c6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b4b96c6736437508d7e9c8778689598326901b0e5b33c275ce19c76d3551c67(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fe25aa84e5361c07a1d7cf1e034f2001b99d42706634add4a6d819cb86bbbb2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__766f96edc0f1a432fd9468ae05ffd1d58224525f7bbdbf3f53a35014b9386c0a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b40ca0a4af5930c159e35871a8add092c73c15b4ac340706a917f040436f1ce5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e318dced9b07e40572512186d918463443983242d698eb4b319549af4d9ca7bd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d23a7c93829aa40c2509b75c1a29343d37ac2a1b8c1367c5fc78f50ace9e100(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d8e13fc39f30eff99da59523d42e46e7a2eb00385f8242115434d8b18a5e70d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1411213e224af3315f28ac643c5ffcd602363877dcebcd043ea2cd0ded451cd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4d8eb7b1ea1b5c2a20085eb0f9c8b2423336d545a936f7674d2154c19d61f02(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__464ca0fd0ef348e788a4181f0589114a3a07dfe231f6229b9d7ccc265e7143a7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f04240f42680c846aa1101f94a9e0e6bac56bcfb7cc51b5f010180564b9402f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb8c4e9f95ff1e806b9edfea0f72016eb5b7d5cffe952063c7c35942aec6766c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e27578ef7937bfb839d906279ba7c7c0eff21ae4fe6c847b7d7d16f2768fe3f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a02ef4827c096984fd52ca0d652e9f2667ce84c126362e112f229b4e9ccd28b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da6b15d8ca775f68f2383021a0850920ed39772369a8ad3d98ce8cd1a2524db1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0412c3c5f1dd72a0af80369e7389f07e9769a806ca3dd2d0ee5acf17425600aa(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0e6600eace8154d54d3e16567ce632b0e1016b9728f056d1fb8c782ac42d667(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b78a8ae243730c02b2d96c7db1ac214ba10ecb2f407e2a45993b05178144e1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0754fc8b57248b92c35d63535f409d357b5f22ec7a7e39c9d51dc3b1b7010bd7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__534a3eb8cd295ad405bfb8c19a2a6a8082a1b7279fb367e47fb07913d4d30289(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b02d4a33033e7224635e81938f663f2eda65b95bcf4c2e3638edcd731b2ad47a(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    account_id: builtins.str,
    cloud_service_name: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    storage_account_name: builtins.str,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    slot: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5ca02d96f79a6eb39ea09092e90f46ce2c9e2946113864e3b75de0d0f95c9ea(
    *,
    communication_style: builtins.str,
    aad_client_credential_secret: typing.Optional[builtins.str] = None,
    aad_credential_type: typing.Optional[builtins.str] = None,
    aad_user_credential_username: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    applications_directory: typing.Optional[builtins.str] = None,
    authentication: typing.Optional[typing.Union[AzureCloudServiceDeploymentTargetEndpointAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate_signature_algorithm: typing.Optional[builtins.str] = None,
    certificate_store_location: typing.Optional[builtins.str] = None,
    certificate_store_name: typing.Optional[builtins.str] = None,
    client_certificate_variable: typing.Optional[builtins.str] = None,
    cloud_service_name: typing.Optional[builtins.str] = None,
    cluster_certificate: typing.Optional[builtins.str] = None,
    cluster_certificate_path: typing.Optional[builtins.str] = None,
    cluster_url: typing.Optional[builtins.str] = None,
    connection_endpoint: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]]] = None,
    container_options: typing.Optional[builtins.str] = None,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]]] = None,
    dot_net_core_platform: typing.Optional[builtins.str] = None,
    fingerprint: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    proxy_id: typing.Optional[builtins.str] = None,
    resource_group_name: typing.Optional[builtins.str] = None,
    running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    security_mode: typing.Optional[builtins.str] = None,
    server_certificate_thumbprint: typing.Optional[builtins.str] = None,
    skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    slot: typing.Optional[builtins.str] = None,
    storage_account_name: typing.Optional[builtins.str] = None,
    swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    web_app_name: typing.Optional[builtins.str] = None,
    web_app_slot_name: typing.Optional[builtins.str] = None,
    working_directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34d69a72436a1f215b68ec9f010fb8af5116cec88f04725ab10abfc642e7debd(
    *,
    account_id: typing.Optional[builtins.str] = None,
    admin_login: typing.Optional[builtins.str] = None,
    assumed_role_arn: typing.Optional[builtins.str] = None,
    assumed_role_session: typing.Optional[builtins.str] = None,
    assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    assume_role_external_id: typing.Optional[builtins.str] = None,
    assume_role_session_duration: typing.Optional[jsii.Number] = None,
    authentication_type: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_resource_group: typing.Optional[builtins.str] = None,
    impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    project: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    service_account_emails: typing.Optional[builtins.str] = None,
    token_path: typing.Optional[builtins.str] = None,
    use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__885999d0c47c6b0c81eab6f9b3f4ee5e5bcb1089694948536cf2f19ea5892fe3(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47e50bfa9a981ba4c750cc67cc576521244b61cd4fdc4ac8205f596b5c104c43(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09bc8c8af8a2512c5c3cd2db002c3588896df20b1fce098b6d143b09ee467089(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55d353fdf1b9a24d5f40a906267997a74c0562fc1158d4e92277af36ce654beb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b4bc161b4871c768c2aa70a98e8863fc5c65910b2a7bb8c9e05a3e1e64b0e52(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07df8f792eba83188a8c68cb91ee2a96e0b3882fe2fd98dc291f24fa96e1a118(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0fe74576a74cc7b5a08e61b468f711a4ad6b7bd8368f9dbe902697e522800aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aeec92c71677c5c609cb4c564ddd8023059e2204e2ede303846765d4f2bb5bf8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__213a3132b6ae19ba38f547baaa06f5dac1a6e73fa8fab6a023dd0fad64e27fd4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d453a1f68d598662c91b6ef353cfdf2a7ebf30f19e37a02ebec180794220424(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72b8e9e868743bb833483cb4f2ccc7e4c30c3619a83c00f26d1965226726327f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e436a958bd9dea95fa96fd6b7ea87eaadf642d82aa41755e5bfbf4f88baab21e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dae1ecc9f64b7ddbd5cd0c4c7fe8029a3e13254e360f7b528ad8b9047917cb7d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2981f58081503b8258cea8f31fe48ea328acd43206e2f5efe436c48a45d58147(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38b5461acccdd69e98b51eb76dc0cd7608854c7e775134f13c3b3b8b3a3777f4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28dc89341c6d41a2062cf9aa755d7b40c10fcb7126cb50aa807ad6e6e2af0c8e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__332709a96dcd9a14485c6ef5537415990a0db4ce0b27b5c3cc9793e818652c8c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1165fabc83033fe3550ea483cc360a7504b18ed5adec94998883276bc0f1dd52(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1aa50d54c69818c0832f9ef12b7f46c2d81161d7fd53fb44c3775cb5d975ad94(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19009297af62e8c43074b04bbb82f197733da7295572659a66d00f678a9e6b47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d627b4a14bac6a0598af5aa4dbb3f03c7c6d58e884f0436e3e4d32bc370f4792(
    value: typing.Optional[AzureCloudServiceDeploymentTargetEndpointAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2598e07ca69fbcd10233615ed4d38f0c412ce9cc0ac1c8cf0c4f9513fac24aa(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e7040055d748ce70f23a02bd70da571ce91d973d40d3b0b3d11163e2032c556(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5de38fcf52970e0746dbf983de84c5754ad4db61cfc3b9bdb39234dbb3387d5(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__565227ba3f1cee4ec8143ade59611984a7be0b50d5037ee49f4430f1d256d468(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5a23580322d667661613c069c4c91b17d7a945e970e4ddf71ceb5bc9b7d057a(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89fab4eb100c493c0b4fa1729c620338665d0bcb0b7973bf531a8137d62e6c32(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c7a01b9c0862606a649f20522930c5c647ac94ce5ba7c4e9322c66d212dcd13(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointContainer]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc091fb8603aa3e8eff0d1a06262b2a7750da4524d39d0e2c2ed216fbfbc9886(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__647a539c92882ea67d1f1364323deb6d9bc3ae06ac619745126260e8a240e455(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9e551b57b5ecdd93d24571ec352ad759e3f63e63a8b8f76d7204bd5f886dfb2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef468f9956767fb1b3ad3c0fbadc8dd53da7d551481830359419b6a46bcb9b42(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e00e8e2e4f3c750ab6cddfffbe08f548632b6a38f62cdf0e6514f449a8fd286b(
    *,
    destination_type: typing.Optional[builtins.str] = None,
    drop_folder_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f160f0bd6c14e8528dbae91d742fe579053e466314f776d81e9e61ff6b93e6a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3d53d90bca2422080afa423bcd95aa666258f1bef7a550fe095d2f744642cbb(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b78b4e0822fe742e872e9787b31bf1238acd143c49b214bd2fe161739585e53(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ac6381d3c9681be5259608a00431f165b22df0d352a1e879151145d220a8ac9(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65a798bf10127907b3b94f9eee045dd1a4843ae0694d94aa943d2d0d37d342ae(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c64ec792e81c28e8ce5648b00e7fc3a4d0ef61bc12331032afacc70fc72f1aaf(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointDestination]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f77560bd2f831eb8e34ba04493ae8c7775f4430fc0c1b11d0e19c2e148bd522(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a436d2ded11b9df5ef009304b156ac1cc284c83fc26f6f16901dac4271aa07c5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87c1e960d483762f63d03cbcd115996ff83785e05e898e7766f5370169a83a78(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b55da08c858a8073dd7737b32fd75eb26a7edb27b1bfc80c6fac652b35a0e3a1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointDestination]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7f07a213c3c603e563bdacdf7fe9b0a13782c25a9a5504450d4ea247e9af014(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c4cc64567903b2a9c473c90cd1e60700f1e690c6d70b16c4c112be53b15cb3d(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae06887ecddcf6b91ad390fdbd3662607b1c8d4ea796bd2a2dc758c295da7068(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8578e123ae506f9b0a4541e0ce38cd35f1228a20eafc4a0627d55de3b8dd0ab4(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a0e8c90ab51745c77343d861353ef49dcc1cb26611baf06b296641c17df4b83(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__614884f7c35863a5cd695824e87732a54d39bc9bf1e3f5e227242dbe0ef611ec(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpoint]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66494753438a8fd2c5bdab5ac1dc841954d06ec2a93c889eae2d5e112db00819(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd759766d51e047181d042ecc64b59614ec3b5a41a0dcf0d68e3deb347beea77(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcb6f7bee4379359680faa1caac7a91f32fbd58159392fd0d00bc071ea3030ed(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b537938d8e1fe21f89494ef6149c7101a5ade6b9f848851d3cea613559ad9aa(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cbd5dea6b01da0c2ec52959930fc1ce50bd3d9ea84fbad2b487d393334c6728(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe5577b8a57daf9f38bab2bbd4ed7561dc5025e4713ff137dff0b441386ad53c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18aa801c525163b11469e1ba467b3219ce8efd928627dcad388afc32625db75d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9bcad55fa0c937e2be77a55c99e719f8a43c985b56a95271cc6e93a8b7221fa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__368fa27af01223b8741c10709487f0c4e0103ec2f3aed63c327aa9c2319de53e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1edf29c8d72ac05c6060e3254ad2b986aec0311cd7bb7034efb3eb2c11e950a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0822935772d71ba665c74d76e1c8fb8c885af55a5dc9ad2a6683e0c9001ccf1a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__172db622f96768338fb674b8aacc2654e3531685c2b8866217be7fbe33f30cbe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__900f556bae937ad248c669df80a6b545cf6d6a58cf1427369da051afa171be11(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b49319b8e453cdba8bb27d0a5b87eb5bb4613be6f576fce46f7c531c25a2176(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6d87a46bb0feff569ad00c1af5cea5899105c48f59aeff4a445a15db806fe87(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98b69864992ca1b297dcfdb7c284334f80f6822f86e515b0268c380e9ba7db17(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4376ad772f48a63afaec76c476570df82ac9b6dcb808546bcbd4d239b0e69f1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__409b88f0fba2e0b89205792283b1e859096b8d718572f3c63bec0e9d4f71d23e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89784f22f5aa10958058cc370874f37c3be411dcabb536c17f30136074b2445d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12d69f7960db6831260a4559e27d808739f180e33670e0185eb6516c7c1dbde2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed526244e72fb86e88742ac494a1dbf03c4fec1aab2e1db45b89efee165dd980(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e64a495258ca69d7489f5f143ea53e11b6fb4d651cedda89526e64d2f1369af(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e34d0d7dea6e6e976fb0d528dc4470ea6a79f8a7a4a4501998b0d0a5add2c4cd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be53c8ba5416805a7e6db8868e5d70c897c64b8c9cee685fbbf840cffac18e02(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccbf593d730c96b2a176e0a886587ee4a6fc7de60230d037cb0bec47f6936f76(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8ac03585247e3504970f7f8b27c8e14f5696b3f1c2ae4a71ef5426d901bafee(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1822593b879030d42d739ab13076617aef6666d021c8a29d3ba535cfc016c872(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c858db5aa01d5c1ec442e7eed129daf2b20ded2fa429941ece9bc3bdb8c972b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd548dbb861b149f56e2f70b9acd7176b9828b6c6f468e0284c45d43d2c6811a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15586f36ba630721181ca1b24048396e7b9063fed8a85c1d05b47014610aae91(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99f7b4f956dd58d00b7c19346d51da8b93b9cc2ade2d23e040c71a30374db3da(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e70a969cabd67b0b9f725ee6d1a9fcfc1e38581e5def0028ed62141fd395584(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87a81324b522b9de41f9d6da9d75bc4e8c877785e0df351f9008480bced6f909(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__743bc760d4e55f962d9471b85d1d794a001280ae76c903047e19392436d6c863(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c43ebfa65227279949e4a9e82deb2069950733fad42575622fad940181f51bb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e0cca65a5866f88c3ad6788adad231011d4dd33cd794361a5633d642a5c69e0(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99bdd3d8c113feddc3a8aebc1c0963d8b2f1a7450c4756ff45ada2310f9542c7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77d74412ac821d2e3e13f169ff3e2e911fe820dac5b03d02cb58e93fe95ccf6f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de5ef9a8616e72152229e841168f388cb01102b69ff38f2aa6cc1937e72c6f10(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__825d60c055d44e2a1ce98e7bde7390d54479c852513e3d002331626966b45c19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f20927cb45c4a39e6701bfed614635c99cbae07070dd44c43fe547b867f6fd39(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7466549d12fd46022da7f74bf8e60279a8cf6afb3d88857ec4c8c1e0f97428f6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90577ae611a258c06a4ad6a9b0c7eb1b1387a113606515c37c4907e99de85d4f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpoint]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6ba25503142560f1ac4681acbedaf94c30c2e83fdf9d0b330516690f1669a43(
    *,
    upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e1156f59c6e5e6dc8f5f4ebd8bf4e25f7f2d3c0d6988da9c35fadc7106045c8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa48e88fb74ad17fd6421c61db8b982e23a38e29db7c6ee4c6e819a52507dfb9(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9127654ef81705f35646aafb809f3cdde34fc8a4be57eb0ca8d45b1f31e55d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__037e89cd567f7b1ddca4f19757e5b34cfb2ba1b46e8e5e4ce42b8a71ed1aa2c3(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdfd6cbc91b95c1e63a5f817ba362c153956c1b1923d9f6b8fb78c677578f09f(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91f60887445f3583d1a04356c9db9728a463c98bdab5d19d73617fed789534e4(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0dd431d635bf554e4f014e54c87be9f6bff1f93aa2daf6c192a54a86cc2ea96(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7795b706e27dc1738f70d4cf5a87a48ca59d1def1951ae6fde9de64f6710511(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c299ae6dbb7b013f3f71231251f4b9545e60d7fbbad9bf5b6c765eaefe5e1f16(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edf2f95b43622d5e13c4a741205d3b9b6785fe6c39b2f1469c72c11c381f6c6c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3f4d8f410267f35a13f0a9067ab3e9869df823d80409c8baea6e1f050b11c2a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c68bd3964103b74f34330d881a23e75d2c6d49f0c2187733f05056db1ad84aac(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureCloudServiceDeploymentTargetEndpointTentacleVersionDetails]],
) -> None:
    """Type checking stubs"""
    pass
