r'''
# `octopusdeploy_offline_package_drop_deployment_target`

Refer to the Terraform Registry for docs: [`octopusdeploy_offline_package_drop_deployment_target`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target).
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


class OfflinePackageDropDeploymentTarget(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTarget",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target octopusdeploy_offline_package_drop_deployment_target}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        applications_directory: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        working_directory: builtins.str,
        destination: typing.Optional[typing.Union["OfflinePackageDropDeploymentTargetDestination", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OfflinePackageDropDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target octopusdeploy_offline_package_drop_deployment_target} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param applications_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#applications_directory OfflinePackageDropDeploymentTarget#applications_directory}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#environments OfflinePackageDropDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#name OfflinePackageDropDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#roles OfflinePackageDropDeploymentTarget#roles}.
        :param working_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#working_directory OfflinePackageDropDeploymentTarget#working_directory}.
        :param destination: destination block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination OfflinePackageDropDeploymentTarget#destination}
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#endpoint OfflinePackageDropDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#health_status OfflinePackageDropDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#id OfflinePackageDropDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#is_disabled OfflinePackageDropDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#machine_policy_id OfflinePackageDropDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#operating_system OfflinePackageDropDeploymentTarget#operating_system}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#shell_name OfflinePackageDropDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#shell_version OfflinePackageDropDeploymentTarget#shell_version}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#space_id OfflinePackageDropDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#status OfflinePackageDropDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#status_summary OfflinePackageDropDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenanted_deployment_participation OfflinePackageDropDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenants OfflinePackageDropDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenant_tags OfflinePackageDropDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#thumbprint OfflinePackageDropDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#uri OfflinePackageDropDeploymentTarget#uri}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c02546864b1dea3db7cf4c8c129808acfaf2420091dc8a8eeea9baf0138944b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = OfflinePackageDropDeploymentTargetConfig(
            applications_directory=applications_directory,
            environments=environments,
            name=name,
            roles=roles,
            working_directory=working_directory,
            destination=destination,
            endpoint=endpoint,
            health_status=health_status,
            id=id,
            is_disabled=is_disabled,
            machine_policy_id=machine_policy_id,
            operating_system=operating_system,
            shell_name=shell_name,
            shell_version=shell_version,
            space_id=space_id,
            status=status,
            status_summary=status_summary,
            tenanted_deployment_participation=tenanted_deployment_participation,
            tenants=tenants,
            tenant_tags=tenant_tags,
            thumbprint=thumbprint,
            uri=uri,
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
        '''Generates CDKTF code for importing a OfflinePackageDropDeploymentTarget resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the OfflinePackageDropDeploymentTarget to import.
        :param import_from_id: The id of the existing OfflinePackageDropDeploymentTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the OfflinePackageDropDeploymentTarget to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b46ea548caef34b4c6af94e6d1fd7ab235404f9136bb9f41a3e02253bd0933c1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putDestination")
    def put_destination(
        self,
        *,
        destination_type: typing.Optional[builtins.str] = None,
        drop_folder_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination_type OfflinePackageDropDeploymentTarget#destination_type}.
        :param drop_folder_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#drop_folder_path OfflinePackageDropDeploymentTarget#drop_folder_path}.
        '''
        value = OfflinePackageDropDeploymentTargetDestination(
            destination_type=destination_type, drop_folder_path=drop_folder_path
        )

        return typing.cast(None, jsii.invoke(self, "putDestination", [value]))

    @jsii.member(jsii_name="putEndpoint")
    def put_endpoint(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OfflinePackageDropDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b365f28aca2b5309a5ac5de5eea3873d9e40fd54e09300811a3696ec5c21b161)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putEndpoint", [value]))

    @jsii.member(jsii_name="resetDestination")
    def reset_destination(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestination", []))

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

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetStatus")
    def reset_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatus", []))

    @jsii.member(jsii_name="resetStatusSummary")
    def reset_status_summary(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatusSummary", []))

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
    @jsii.member(jsii_name="destination")
    def destination(
        self,
    ) -> "OfflinePackageDropDeploymentTargetDestinationOutputReference":
        return typing.cast("OfflinePackageDropDeploymentTargetDestinationOutputReference", jsii.get(self, "destination"))

    @builtins.property
    @jsii.member(jsii_name="endpoint")
    def endpoint(self) -> "OfflinePackageDropDeploymentTargetEndpointList":
        return typing.cast("OfflinePackageDropDeploymentTargetEndpointList", jsii.get(self, "endpoint"))

    @builtins.property
    @jsii.member(jsii_name="hasLatestCalamari")
    def has_latest_calamari(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "hasLatestCalamari"))

    @builtins.property
    @jsii.member(jsii_name="isInProcess")
    def is_in_process(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isInProcess"))

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectoryInput")
    def applications_directory_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationsDirectoryInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationInput")
    def destination_input(
        self,
    ) -> typing.Optional["OfflinePackageDropDeploymentTargetDestination"]:
        return typing.cast(typing.Optional["OfflinePackageDropDeploymentTargetDestination"], jsii.get(self, "destinationInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointInput")
    def endpoint_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpoint"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpoint"]]], jsii.get(self, "endpointInput"))

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
    @jsii.member(jsii_name="workingDirectoryInput")
    def working_directory_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workingDirectoryInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectory")
    def applications_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationsDirectory"))

    @applications_directory.setter
    def applications_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a4c26103ea13b241fb679b3e7131f61eda2c730fa34f6dfa8c9d996d2fbbb6f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationsDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0b3e2d9154f4500e3824fd30c8f98b9aa0269e20f4d64276f0d21598c724634e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthStatus")
    def health_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthStatus"))

    @health_status.setter
    def health_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66d7b1105b7eaa01bd3a81f0f057add65c6a92b7eac53ee061ab1638722aaa93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__796d7d698cfac00fe66caf14459f4e4ae825c1e72b0eb69b04dfecb2ce4aca5f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4e06b05aa8c60b98405b3acdf343aaa9c977a1dd68242c809a373f43a88ff0c1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="machinePolicyId")
    def machine_policy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "machinePolicyId"))

    @machine_policy_id.setter
    def machine_policy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5aafd14a2158cf9cad58903623d38830a38a1fbbc3d8c547be419f2969f3c7bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "machinePolicyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__81c7534fc8f6766ced260b0308f235f3b2b6667e735710002e57f2b151f99969)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="operatingSystem")
    def operating_system(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operatingSystem"))

    @operating_system.setter
    def operating_system(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e08320df9b2d6e162c477bba78c37ca7b12da710748d979a3dee23f8ce0ae585)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "operatingSystem", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__096009cc44758a1050e9dcb6a5c8029af629e113402acede6c65b6e0ca399fc6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellName")
    def shell_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellName"))

    @shell_name.setter
    def shell_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__64f9d4b78a977184bfb42b4d74ab53140343b7fef102398cb148b198ec7bbc4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellVersion")
    def shell_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellVersion"))

    @shell_version.setter
    def shell_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dbd0f1e1f17884536f7af9e49fcce68046eb8456d2c64b4fee157d718b008ffb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a8e65b0b511652456ee3579df5d4bcd96bb3115b0d9a720eba5ce21fa87a299a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @status.setter
    def status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9eb43d5d0205e42e950d8366ceab4049af4280d8de2b220cfa07d9188a5fd5f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "status", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statusSummary")
    def status_summary(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statusSummary"))

    @status_summary.setter
    def status_summary(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d428876b6bb42c4153af59d09c22ebff807eb6a574da455158e71e9935c05341)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statusSummary", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @tenanted_deployment_participation.setter
    def tenanted_deployment_participation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__044fad1ca228be68a3a228d02d47305f402bca22b02c0ea7e1411525635577b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantedDeploymentParticipation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e5c7ca49e80cebfe315492b0f0f48647537cddcf5774312917e66edc30258515)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d3089b469f4bb2dcdc6e84a88938d3238fd319a6c79d7174cae4b2bc1b6946da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__983dcdca81d6a545d1c2837ad80dfcbf6b6904f81a76c89f67cea24c5dbba1c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c90e06f49f58c2e9364617db178eee135a69865881d39ce2538a298a07f5f2c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workingDirectory")
    def working_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workingDirectory"))

    @working_directory.setter
    def working_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c5ff5d9b76c83a9753c3720d1ff9c4156d62357898c2780b44d54ca8c3abaad5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workingDirectory", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "applications_directory": "applicationsDirectory",
        "environments": "environments",
        "name": "name",
        "roles": "roles",
        "working_directory": "workingDirectory",
        "destination": "destination",
        "endpoint": "endpoint",
        "health_status": "healthStatus",
        "id": "id",
        "is_disabled": "isDisabled",
        "machine_policy_id": "machinePolicyId",
        "operating_system": "operatingSystem",
        "shell_name": "shellName",
        "shell_version": "shellVersion",
        "space_id": "spaceId",
        "status": "status",
        "status_summary": "statusSummary",
        "tenanted_deployment_participation": "tenantedDeploymentParticipation",
        "tenants": "tenants",
        "tenant_tags": "tenantTags",
        "thumbprint": "thumbprint",
        "uri": "uri",
    },
)
class OfflinePackageDropDeploymentTargetConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        applications_directory: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        working_directory: builtins.str,
        destination: typing.Optional[typing.Union["OfflinePackageDropDeploymentTargetDestination", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OfflinePackageDropDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param applications_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#applications_directory OfflinePackageDropDeploymentTarget#applications_directory}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#environments OfflinePackageDropDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#name OfflinePackageDropDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#roles OfflinePackageDropDeploymentTarget#roles}.
        :param working_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#working_directory OfflinePackageDropDeploymentTarget#working_directory}.
        :param destination: destination block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination OfflinePackageDropDeploymentTarget#destination}
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#endpoint OfflinePackageDropDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#health_status OfflinePackageDropDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#id OfflinePackageDropDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#is_disabled OfflinePackageDropDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#machine_policy_id OfflinePackageDropDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#operating_system OfflinePackageDropDeploymentTarget#operating_system}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#shell_name OfflinePackageDropDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#shell_version OfflinePackageDropDeploymentTarget#shell_version}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#space_id OfflinePackageDropDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#status OfflinePackageDropDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#status_summary OfflinePackageDropDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenanted_deployment_participation OfflinePackageDropDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenants OfflinePackageDropDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenant_tags OfflinePackageDropDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#thumbprint OfflinePackageDropDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#uri OfflinePackageDropDeploymentTarget#uri}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(destination, dict):
            destination = OfflinePackageDropDeploymentTargetDestination(**destination)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cfde7ddd12bdd571979a984033f71e382dcd7bc2ce5da025041cf1781d55d59c)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument applications_directory", value=applications_directory, expected_type=type_hints["applications_directory"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument working_directory", value=working_directory, expected_type=type_hints["working_directory"])
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument health_status", value=health_status, expected_type=type_hints["health_status"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument machine_policy_id", value=machine_policy_id, expected_type=type_hints["machine_policy_id"])
            check_type(argname="argument operating_system", value=operating_system, expected_type=type_hints["operating_system"])
            check_type(argname="argument shell_name", value=shell_name, expected_type=type_hints["shell_name"])
            check_type(argname="argument shell_version", value=shell_version, expected_type=type_hints["shell_version"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument status_summary", value=status_summary, expected_type=type_hints["status_summary"])
            check_type(argname="argument tenanted_deployment_participation", value=tenanted_deployment_participation, expected_type=type_hints["tenanted_deployment_participation"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "applications_directory": applications_directory,
            "environments": environments,
            "name": name,
            "roles": roles,
            "working_directory": working_directory,
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
        if destination is not None:
            self._values["destination"] = destination
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
        if space_id is not None:
            self._values["space_id"] = space_id
        if status is not None:
            self._values["status"] = status
        if status_summary is not None:
            self._values["status_summary"] = status_summary
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
    def applications_directory(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#applications_directory OfflinePackageDropDeploymentTarget#applications_directory}.'''
        result = self._values.get("applications_directory")
        assert result is not None, "Required property 'applications_directory' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def environments(self) -> typing.List[builtins.str]:
        '''A list of environment IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#environments OfflinePackageDropDeploymentTarget#environments}
        '''
        result = self._values.get("environments")
        assert result is not None, "Required property 'environments' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#name OfflinePackageDropDeploymentTarget#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def roles(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#roles OfflinePackageDropDeploymentTarget#roles}.'''
        result = self._values.get("roles")
        assert result is not None, "Required property 'roles' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def working_directory(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#working_directory OfflinePackageDropDeploymentTarget#working_directory}.'''
        result = self._values.get("working_directory")
        assert result is not None, "Required property 'working_directory' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def destination(
        self,
    ) -> typing.Optional["OfflinePackageDropDeploymentTargetDestination"]:
        '''destination block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination OfflinePackageDropDeploymentTarget#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional["OfflinePackageDropDeploymentTargetDestination"], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpoint"]]]:
        '''endpoint block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#endpoint OfflinePackageDropDeploymentTarget#endpoint}
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpoint"]]], result)

    @builtins.property
    def health_status(self) -> typing.Optional[builtins.str]:
        '''Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#health_status OfflinePackageDropDeploymentTarget#health_status}
        '''
        result = self._values.get("health_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#id OfflinePackageDropDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#is_disabled OfflinePackageDropDeploymentTarget#is_disabled}.'''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def machine_policy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#machine_policy_id OfflinePackageDropDeploymentTarget#machine_policy_id}.'''
        result = self._values.get("machine_policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operating_system(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#operating_system OfflinePackageDropDeploymentTarget#operating_system}.'''
        result = self._values.get("operating_system")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#shell_name OfflinePackageDropDeploymentTarget#shell_name}.'''
        result = self._values.get("shell_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#shell_version OfflinePackageDropDeploymentTarget#shell_version}.'''
        result = self._values.get("shell_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#space_id OfflinePackageDropDeploymentTarget#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[builtins.str]:
        '''The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#status OfflinePackageDropDeploymentTarget#status}
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status_summary(self) -> typing.Optional[builtins.str]:
        '''A summary elaborating on the status of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#status_summary OfflinePackageDropDeploymentTarget#status_summary}
        '''
        result = self._values.get("status_summary")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenanted_deployment_participation(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenanted_deployment_participation OfflinePackageDropDeploymentTarget#tenanted_deployment_participation}
        '''
        result = self._values.get("tenanted_deployment_participation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenants OfflinePackageDropDeploymentTarget#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant tags associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tenant_tags OfflinePackageDropDeploymentTarget#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#thumbprint OfflinePackageDropDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#uri OfflinePackageDropDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OfflinePackageDropDeploymentTargetConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetDestination",
    jsii_struct_bases=[],
    name_mapping={
        "destination_type": "destinationType",
        "drop_folder_path": "dropFolderPath",
    },
)
class OfflinePackageDropDeploymentTargetDestination:
    def __init__(
        self,
        *,
        destination_type: typing.Optional[builtins.str] = None,
        drop_folder_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination_type OfflinePackageDropDeploymentTarget#destination_type}.
        :param drop_folder_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#drop_folder_path OfflinePackageDropDeploymentTarget#drop_folder_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00f4eb18acaa3a6f58077ca4ccdd5272e2ecac2ebbc938e5ba3a32549c1d56b4)
            check_type(argname="argument destination_type", value=destination_type, expected_type=type_hints["destination_type"])
            check_type(argname="argument drop_folder_path", value=drop_folder_path, expected_type=type_hints["drop_folder_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_type is not None:
            self._values["destination_type"] = destination_type
        if drop_folder_path is not None:
            self._values["drop_folder_path"] = drop_folder_path

    @builtins.property
    def destination_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination_type OfflinePackageDropDeploymentTarget#destination_type}.'''
        result = self._values.get("destination_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def drop_folder_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#drop_folder_path OfflinePackageDropDeploymentTarget#drop_folder_path}.'''
        result = self._values.get("drop_folder_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OfflinePackageDropDeploymentTargetDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OfflinePackageDropDeploymentTargetDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetDestinationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c18221b662209b00f0a1e5efe2935167435e2eea1c3cd9a59b71a24032fde482)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

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
            type_hints = typing.get_type_hints(_typecheckingstub__26b0f9e1b0d2d3fe22c250c4fcbc31ad2c0b375099b6db8fa1d1922ac2781880)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dropFolderPath")
    def drop_folder_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dropFolderPath"))

    @drop_folder_path.setter
    def drop_folder_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ecd198f14ca2a27d5a534851c83e679ef86e32b667811456cfa4e03c80b96ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dropFolderPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OfflinePackageDropDeploymentTargetDestination]:
        return typing.cast(typing.Optional[OfflinePackageDropDeploymentTargetDestination], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OfflinePackageDropDeploymentTargetDestination],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aea7bfbeb77208c4c8ec9ddd3e848c4ae50c0d1da0cb2b194cfc48107209911d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpoint",
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
class OfflinePackageDropDeploymentTargetEndpoint:
    def __init__(
        self,
        *,
        communication_style: builtins.str,
        aad_client_credential_secret: typing.Optional[builtins.str] = None,
        aad_credential_type: typing.Optional[builtins.str] = None,
        aad_user_credential_username: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        applications_directory: typing.Optional[builtins.str] = None,
        authentication: typing.Optional[typing.Union["OfflinePackageDropDeploymentTargetEndpointAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        certificate_signature_algorithm: typing.Optional[builtins.str] = None,
        certificate_store_location: typing.Optional[builtins.str] = None,
        certificate_store_name: typing.Optional[builtins.str] = None,
        client_certificate_variable: typing.Optional[builtins.str] = None,
        cloud_service_name: typing.Optional[builtins.str] = None,
        cluster_certificate: typing.Optional[builtins.str] = None,
        cluster_certificate_path: typing.Optional[builtins.str] = None,
        cluster_url: typing.Optional[builtins.str] = None,
        connection_endpoint: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OfflinePackageDropDeploymentTargetEndpointContainer", typing.Dict[builtins.str, typing.Any]]]]] = None,
        container_options: typing.Optional[builtins.str] = None,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OfflinePackageDropDeploymentTargetEndpointDestination", typing.Dict[builtins.str, typing.Any]]]]] = None,
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
        tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        web_app_name: typing.Optional[builtins.str] = None,
        web_app_slot_name: typing.Optional[builtins.str] = None,
        working_directory: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param communication_style: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#communication_style OfflinePackageDropDeploymentTarget#communication_style}.
        :param aad_client_credential_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#aad_client_credential_secret OfflinePackageDropDeploymentTarget#aad_client_credential_secret}.
        :param aad_credential_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#aad_credential_type OfflinePackageDropDeploymentTarget#aad_credential_type}.
        :param aad_user_credential_username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#aad_user_credential_username OfflinePackageDropDeploymentTarget#aad_user_credential_username}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#account_id OfflinePackageDropDeploymentTarget#account_id}.
        :param applications_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#applications_directory OfflinePackageDropDeploymentTarget#applications_directory}.
        :param authentication: authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#authentication OfflinePackageDropDeploymentTarget#authentication}
        :param certificate_signature_algorithm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#certificate_signature_algorithm OfflinePackageDropDeploymentTarget#certificate_signature_algorithm}.
        :param certificate_store_location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#certificate_store_location OfflinePackageDropDeploymentTarget#certificate_store_location}.
        :param certificate_store_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#certificate_store_name OfflinePackageDropDeploymentTarget#certificate_store_name}.
        :param client_certificate_variable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#client_certificate_variable OfflinePackageDropDeploymentTarget#client_certificate_variable}.
        :param cloud_service_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cloud_service_name OfflinePackageDropDeploymentTarget#cloud_service_name}.
        :param cluster_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_certificate OfflinePackageDropDeploymentTarget#cluster_certificate}.
        :param cluster_certificate_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_certificate_path OfflinePackageDropDeploymentTarget#cluster_certificate_path}.
        :param cluster_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_url OfflinePackageDropDeploymentTarget#cluster_url}.
        :param connection_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#connection_endpoint OfflinePackageDropDeploymentTarget#connection_endpoint}.
        :param container: container block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#container OfflinePackageDropDeploymentTarget#container}
        :param container_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#container_options OfflinePackageDropDeploymentTarget#container_options}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#default_worker_pool_id OfflinePackageDropDeploymentTarget#default_worker_pool_id}.
        :param destination: destination block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination OfflinePackageDropDeploymentTarget#destination}
        :param dot_net_core_platform: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#dot_net_core_platform OfflinePackageDropDeploymentTarget#dot_net_core_platform}.
        :param fingerprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#fingerprint OfflinePackageDropDeploymentTarget#fingerprint}.
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#host OfflinePackageDropDeploymentTarget#host}.
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#id OfflinePackageDropDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#namespace OfflinePackageDropDeploymentTarget#namespace}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#port OfflinePackageDropDeploymentTarget#port}.
        :param proxy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#proxy_id OfflinePackageDropDeploymentTarget#proxy_id}.
        :param resource_group_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#resource_group_name OfflinePackageDropDeploymentTarget#resource_group_name}.
        :param running_in_container: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#running_in_container OfflinePackageDropDeploymentTarget#running_in_container}.
        :param security_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#security_mode OfflinePackageDropDeploymentTarget#security_mode}.
        :param server_certificate_thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#server_certificate_thumbprint OfflinePackageDropDeploymentTarget#server_certificate_thumbprint}.
        :param skip_tls_verification: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#skip_tls_verification OfflinePackageDropDeploymentTarget#skip_tls_verification}.
        :param slot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#slot OfflinePackageDropDeploymentTarget#slot}.
        :param storage_account_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#storage_account_name OfflinePackageDropDeploymentTarget#storage_account_name}.
        :param swap_if_possible: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#swap_if_possible OfflinePackageDropDeploymentTarget#swap_if_possible}.
        :param tentacle_version_details: tentacle_version_details block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tentacle_version_details OfflinePackageDropDeploymentTarget#tentacle_version_details}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#thumbprint OfflinePackageDropDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#uri OfflinePackageDropDeploymentTarget#uri}.
        :param use_current_instance_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_current_instance_count OfflinePackageDropDeploymentTarget#use_current_instance_count}.
        :param web_app_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#web_app_name OfflinePackageDropDeploymentTarget#web_app_name}.
        :param web_app_slot_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#web_app_slot_name OfflinePackageDropDeploymentTarget#web_app_slot_name}.
        :param working_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#working_directory OfflinePackageDropDeploymentTarget#working_directory}.
        '''
        if isinstance(authentication, dict):
            authentication = OfflinePackageDropDeploymentTargetEndpointAuthentication(**authentication)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8507df5e9b5b3eb471b99ecbccc4ed7caa559976c8f4fd8973559a3412c5336)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#communication_style OfflinePackageDropDeploymentTarget#communication_style}.'''
        result = self._values.get("communication_style")
        assert result is not None, "Required property 'communication_style' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aad_client_credential_secret(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#aad_client_credential_secret OfflinePackageDropDeploymentTarget#aad_client_credential_secret}.'''
        result = self._values.get("aad_client_credential_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_credential_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#aad_credential_type OfflinePackageDropDeploymentTarget#aad_credential_type}.'''
        result = self._values.get("aad_credential_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_user_credential_username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#aad_user_credential_username OfflinePackageDropDeploymentTarget#aad_user_credential_username}.'''
        result = self._values.get("aad_user_credential_username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#account_id OfflinePackageDropDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def applications_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#applications_directory OfflinePackageDropDeploymentTarget#applications_directory}.'''
        result = self._values.get("applications_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional["OfflinePackageDropDeploymentTargetEndpointAuthentication"]:
        '''authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#authentication OfflinePackageDropDeploymentTarget#authentication}
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["OfflinePackageDropDeploymentTargetEndpointAuthentication"], result)

    @builtins.property
    def certificate_signature_algorithm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#certificate_signature_algorithm OfflinePackageDropDeploymentTarget#certificate_signature_algorithm}.'''
        result = self._values.get("certificate_signature_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_location(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#certificate_store_location OfflinePackageDropDeploymentTarget#certificate_store_location}.'''
        result = self._values.get("certificate_store_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#certificate_store_name OfflinePackageDropDeploymentTarget#certificate_store_name}.'''
        result = self._values.get("certificate_store_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate_variable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#client_certificate_variable OfflinePackageDropDeploymentTarget#client_certificate_variable}.'''
        result = self._values.get("client_certificate_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloud_service_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cloud_service_name OfflinePackageDropDeploymentTarget#cloud_service_name}.'''
        result = self._values.get("cloud_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_certificate OfflinePackageDropDeploymentTarget#cluster_certificate}.'''
        result = self._values.get("cluster_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_certificate_path OfflinePackageDropDeploymentTarget#cluster_certificate_path}.'''
        result = self._values.get("cluster_certificate_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_url OfflinePackageDropDeploymentTarget#cluster_url}.'''
        result = self._values.get("cluster_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connection_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#connection_endpoint OfflinePackageDropDeploymentTarget#connection_endpoint}.'''
        result = self._values.get("connection_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointContainer"]]]:
        '''container block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#container OfflinePackageDropDeploymentTarget#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointContainer"]]], result)

    @builtins.property
    def container_options(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#container_options OfflinePackageDropDeploymentTarget#container_options}.'''
        result = self._values.get("container_options")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#default_worker_pool_id OfflinePackageDropDeploymentTarget#default_worker_pool_id}.'''
        result = self._values.get("default_worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointDestination"]]]:
        '''destination block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination OfflinePackageDropDeploymentTarget#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointDestination"]]], result)

    @builtins.property
    def dot_net_core_platform(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#dot_net_core_platform OfflinePackageDropDeploymentTarget#dot_net_core_platform}.'''
        result = self._values.get("dot_net_core_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fingerprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#fingerprint OfflinePackageDropDeploymentTarget#fingerprint}.'''
        result = self._values.get("fingerprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#host OfflinePackageDropDeploymentTarget#host}.'''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#id OfflinePackageDropDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#namespace OfflinePackageDropDeploymentTarget#namespace}.'''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#port OfflinePackageDropDeploymentTarget#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def proxy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#proxy_id OfflinePackageDropDeploymentTarget#proxy_id}.'''
        result = self._values.get("proxy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_group_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#resource_group_name OfflinePackageDropDeploymentTarget#resource_group_name}.'''
        result = self._values.get("resource_group_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def running_in_container(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#running_in_container OfflinePackageDropDeploymentTarget#running_in_container}.'''
        result = self._values.get("running_in_container")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def security_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#security_mode OfflinePackageDropDeploymentTarget#security_mode}.'''
        result = self._values.get("security_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate_thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#server_certificate_thumbprint OfflinePackageDropDeploymentTarget#server_certificate_thumbprint}.'''
        result = self._values.get("server_certificate_thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip_tls_verification(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#skip_tls_verification OfflinePackageDropDeploymentTarget#skip_tls_verification}.'''
        result = self._values.get("skip_tls_verification")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def slot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#slot OfflinePackageDropDeploymentTarget#slot}.'''
        result = self._values.get("slot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_account_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#storage_account_name OfflinePackageDropDeploymentTarget#storage_account_name}.'''
        result = self._values.get("storage_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swap_if_possible(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#swap_if_possible OfflinePackageDropDeploymentTarget#swap_if_possible}.'''
        result = self._values.get("swap_if_possible")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def tentacle_version_details(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails"]]]:
        '''tentacle_version_details block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#tentacle_version_details OfflinePackageDropDeploymentTarget#tentacle_version_details}
        '''
        result = self._values.get("tentacle_version_details")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails"]]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#thumbprint OfflinePackageDropDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#uri OfflinePackageDropDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_current_instance_count(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_current_instance_count OfflinePackageDropDeploymentTarget#use_current_instance_count}.'''
        result = self._values.get("use_current_instance_count")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def web_app_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#web_app_name OfflinePackageDropDeploymentTarget#web_app_name}.'''
        result = self._values.get("web_app_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_app_slot_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#web_app_slot_name OfflinePackageDropDeploymentTarget#web_app_slot_name}.'''
        result = self._values.get("web_app_slot_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def working_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#working_directory OfflinePackageDropDeploymentTarget#working_directory}.'''
        result = self._values.get("working_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OfflinePackageDropDeploymentTargetEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointAuthentication",
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
class OfflinePackageDropDeploymentTargetEndpointAuthentication:
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
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#account_id OfflinePackageDropDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#admin_login OfflinePackageDropDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assumed_role_arn OfflinePackageDropDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assumed_role_session OfflinePackageDropDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role OfflinePackageDropDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role_external_id OfflinePackageDropDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role_session_duration OfflinePackageDropDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#authentication_type OfflinePackageDropDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#client_certificate OfflinePackageDropDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_name OfflinePackageDropDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_resource_group OfflinePackageDropDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#impersonate_service_account OfflinePackageDropDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#project OfflinePackageDropDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#region OfflinePackageDropDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#service_account_emails OfflinePackageDropDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#token_path OfflinePackageDropDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_instance_role OfflinePackageDropDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_vm_service_account OfflinePackageDropDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#zone OfflinePackageDropDeploymentTarget#zone}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8056e068f66b5c7f2bd62624ddf8f9624deb8e086d0dca0e92f78fa1fa46c599)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#account_id OfflinePackageDropDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def admin_login(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#admin_login OfflinePackageDropDeploymentTarget#admin_login}.'''
        result = self._values.get("admin_login")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assumed_role_arn OfflinePackageDropDeploymentTarget#assumed_role_arn}.'''
        result = self._values.get("assumed_role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_session(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assumed_role_session OfflinePackageDropDeploymentTarget#assumed_role_session}.'''
        result = self._values.get("assumed_role_session")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role OfflinePackageDropDeploymentTarget#assume_role}.'''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def assume_role_external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role_external_id OfflinePackageDropDeploymentTarget#assume_role_external_id}.'''
        result = self._values.get("assume_role_external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role_session_duration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role_session_duration OfflinePackageDropDeploymentTarget#assume_role_session_duration}.'''
        result = self._values.get("assume_role_session_duration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def authentication_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#authentication_type OfflinePackageDropDeploymentTarget#authentication_type}.'''
        result = self._values.get("authentication_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#client_certificate OfflinePackageDropDeploymentTarget#client_certificate}.'''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_name OfflinePackageDropDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_resource_group(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_resource_group OfflinePackageDropDeploymentTarget#cluster_resource_group}.'''
        result = self._values.get("cluster_resource_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def impersonate_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#impersonate_service_account OfflinePackageDropDeploymentTarget#impersonate_service_account}.'''
        result = self._values.get("impersonate_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def project(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#project OfflinePackageDropDeploymentTarget#project}.'''
        result = self._values.get("project")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#region OfflinePackageDropDeploymentTarget#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_emails(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#service_account_emails OfflinePackageDropDeploymentTarget#service_account_emails}.'''
        result = self._values.get("service_account_emails")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#token_path OfflinePackageDropDeploymentTarget#token_path}.'''
        result = self._values.get("token_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_instance_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_instance_role OfflinePackageDropDeploymentTarget#use_instance_role}.'''
        result = self._values.get("use_instance_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def use_vm_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_vm_service_account OfflinePackageDropDeploymentTarget#use_vm_service_account}.'''
        result = self._values.get("use_vm_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#zone OfflinePackageDropDeploymentTarget#zone}.'''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OfflinePackageDropDeploymentTargetEndpointAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OfflinePackageDropDeploymentTargetEndpointAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c42aa45c4a769fa615a9f850cce579e75ac243a700c9f7805a7ff5d11a78faec)
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
            type_hints = typing.get_type_hints(_typecheckingstub__332de7527659a5e28061e9c89ab66d731257f5804617aaa94a30256660266021)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="adminLogin")
    def admin_login(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adminLogin"))

    @admin_login.setter
    def admin_login(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e79c07293c3a984233deb5515e41c62e8b9ccab5f3488f10a304c799139d5ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adminLogin", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArn")
    def assumed_role_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleArn"))

    @assumed_role_arn.setter
    def assumed_role_arn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__909667c5a3288e6c5b7f05ab88d320c446e00c4e2201ca1733a25a86121a6be8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleArn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSession")
    def assumed_role_session(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleSession"))

    @assumed_role_session.setter
    def assumed_role_session(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87bf8b4926cd1490a7ed0a86dc2c7b3790eca50d4a2d67de9d274c37fe58b51a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__044126ad1e4cfb6767c472cdb2de97e6415e07289574aac0cbbaad2bbc71845b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalId")
    def assume_role_external_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumeRoleExternalId"))

    @assume_role_external_id.setter
    def assume_role_external_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c580d506a524d92c0dd70e0273691dc10276e1d0ce2e785a0d911f724f1fdfbb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleExternalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDuration")
    def assume_role_session_duration(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "assumeRoleSessionDuration"))

    @assume_role_session_duration.setter
    def assume_role_session_duration(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3366d3416baf8bd121c7d1266302f755071e660a8ee223c452c254134755fc7b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleSessionDuration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationType")
    def authentication_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationType"))

    @authentication_type.setter
    def authentication_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23989f8c6e8bb4fd9de69712338c24f15af0f96d3abc2f543fbe8ebb055fe406)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @client_certificate.setter
    def client_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f9132f584545feaa171d248051f48a1bd5863e76ab10bc0c5335140ef667cb39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__801ab6c3760003e31428f13e9946331c80ddb6d1a526fa2e5315876c080ad602)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @cluster_resource_group.setter
    def cluster_resource_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2060da75c55dd56dc54d2d27b791f8aec735be55d6fe7d40bdd7b4f050760f28)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e9872a500edce35bb2f69dd8a04b0cc97be84ef70eb423a8658d679ae5809e79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "impersonateServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__883d41b8c2e0969beb165654bd4644b7fc9f605a2a4cf63e7774c89796cf4ada)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f4629a71b8c948820c89172c00672f7bf78af61615667de6157cfb2ac03d572a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmails")
    def service_account_emails(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountEmails"))

    @service_account_emails.setter
    def service_account_emails(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11e5602a5191712314f512768d42bb318581dd4b05f708e67cfaa25eab6c17b1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceAccountEmails", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @token_path.setter
    def token_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42bde3fdcf89c497a91bd157a116bd9a2939c17a65ac2e1a94cc71296f3b3ab5)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0387544a03424c2115e04d954a7a64e61dbc9e85956ce2c490d74f8b9c5c5400)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2aea787ec936d03146c0331fd13efc01a6eaddb40aba0833e9c057b31cbc178a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useVmServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @zone.setter
    def zone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86421c9bca4849fbef30bcf2ab585c163dcf0b8e3ec513422cb1af0c95b49a32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[OfflinePackageDropDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[OfflinePackageDropDeploymentTargetEndpointAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[OfflinePackageDropDeploymentTargetEndpointAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ca92498c1c403a9af5f7550af4f0eb419d9694aede80d4f578c8deae7153dee7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class OfflinePackageDropDeploymentTargetEndpointContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#feed_id OfflinePackageDropDeploymentTarget#feed_id}.
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#image OfflinePackageDropDeploymentTarget#image}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__570aa16c462dd4cdcfbc1faa7fb03d306aa96f8e1413fc12a0c4a1b3409892fd)
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if image is not None:
            self._values["image"] = image

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#feed_id OfflinePackageDropDeploymentTarget#feed_id}.'''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#image OfflinePackageDropDeploymentTarget#image}.'''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OfflinePackageDropDeploymentTargetEndpointContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OfflinePackageDropDeploymentTargetEndpointContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9dfe1831432b2356b7a02fef8a277f73283a9dcfff447abf2869e818babb8b4b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OfflinePackageDropDeploymentTargetEndpointContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6862e1f18b21b82818c6a771f67a6b30808a73ceaa9f5c0135a2f6377a93d5b)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OfflinePackageDropDeploymentTargetEndpointContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7fbd8749224a9442752ba88ca1b2c9dcfc11f6ea9e61f0a59627bea0d6de5ac2)
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
            type_hints = typing.get_type_hints(_typecheckingstub__de5606897f84822860825a1586cec1dfcd4bb0853a02c1bdee01960b70d17f58)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ebd61f7d343be038695a1efd3aeda0ef1b898faf3b6d54e22eb09e121eeb5f23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointContainer]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointContainer]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b844190d48e4d6a61d41b23fd1e11e6aab2a62eef9d2cf033ffc319efdb8b5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OfflinePackageDropDeploymentTargetEndpointContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__14e2e14a0978d427b7140cece473941670c2818ed0c6112fb55315d9607907b7)
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
            type_hints = typing.get_type_hints(_typecheckingstub__cbfa781ae1d54ff32f0d50af1e598beaf88f7be32e53129e6d9d2052b0362a8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a3dfd1893dbe1fcf76308f4768d73d1175f0237bf566b4cc6fc6896a04fb2b8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc7fecbddb3dd9082a0744d7fb6e1466c3e46511292de3765b5160d9d6a52207)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointDestination",
    jsii_struct_bases=[],
    name_mapping={
        "destination_type": "destinationType",
        "drop_folder_path": "dropFolderPath",
    },
)
class OfflinePackageDropDeploymentTargetEndpointDestination:
    def __init__(
        self,
        *,
        destination_type: typing.Optional[builtins.str] = None,
        drop_folder_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination_type OfflinePackageDropDeploymentTarget#destination_type}.
        :param drop_folder_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#drop_folder_path OfflinePackageDropDeploymentTarget#drop_folder_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f880e5c91278febc65ebe6df081eed7451f2c55d4fa3f25f76df688a1a2def3a)
            check_type(argname="argument destination_type", value=destination_type, expected_type=type_hints["destination_type"])
            check_type(argname="argument drop_folder_path", value=drop_folder_path, expected_type=type_hints["drop_folder_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_type is not None:
            self._values["destination_type"] = destination_type
        if drop_folder_path is not None:
            self._values["drop_folder_path"] = drop_folder_path

    @builtins.property
    def destination_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#destination_type OfflinePackageDropDeploymentTarget#destination_type}.'''
        result = self._values.get("destination_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def drop_folder_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#drop_folder_path OfflinePackageDropDeploymentTarget#drop_folder_path}.'''
        result = self._values.get("drop_folder_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OfflinePackageDropDeploymentTargetEndpointDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OfflinePackageDropDeploymentTargetEndpointDestinationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointDestinationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c3bd1c8e545658fef112e698196d4e59022429cb60d3c98a9fd9fd1b6010a06e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OfflinePackageDropDeploymentTargetEndpointDestinationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b2a0b2d4ac9f0097353aa2ccda72a6acd99b29a9e1f35dd31b28fe1804dc642)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OfflinePackageDropDeploymentTargetEndpointDestinationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54175d0c4f29396619b381a4a3edeaa64ae36cf256afefac5bdef93b0a2b5920)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1c5d8552ce9d08ac13ec563bc5109e1dd6e981e4c47b80d4889fd1e4406d6632)
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
            type_hints = typing.get_type_hints(_typecheckingstub__522fdeb4960a8e06f7625c16b71a2a104bfd43bfc62c3984041bc8c941a7ac9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointDestination]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointDestination]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1785c5128ec912a8afed2c082f633ca2099311f482cd74dfbfa2affdbe709854)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OfflinePackageDropDeploymentTargetEndpointDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointDestinationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__cb75bca1d771f42aaa56cb41439616a1236c651378bce0ea1c38174a0227fdba)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ee0b0c86e2c46f5b51f120361b28c9d2ac8f7abe743ae4e94ebb8b610f66031a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dropFolderPath")
    def drop_folder_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dropFolderPath"))

    @drop_folder_path.setter
    def drop_folder_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ee67a8c9a7eef169de2ee7f834c410772ec03fb80ca366c532ab71afe54e867)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dropFolderPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointDestination]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointDestination]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointDestination]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15f7c4cfe3202bb9baa3bbe2ddd613c62feb28a726457745263ce3927c906739)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OfflinePackageDropDeploymentTargetEndpointList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d92ca4c70590ea345343cf29e3327583871ed6ee6f0cca25468cc1c1da8777a7)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OfflinePackageDropDeploymentTargetEndpointOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__04a528fcfd3fee8503e5d285d9d062a240317a1fc0327555247fa7be671dbfcf)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OfflinePackageDropDeploymentTargetEndpointOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9af004c8f2a59f1b8a5fa8ca2b695bdef51b28f98ce555f65014da78b733e7a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b3a6c76761d21520a8633a1ecf195eaf680398e4ac347b949899c19e435594f6)
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
            type_hints = typing.get_type_hints(_typecheckingstub__6e790266d53c78ed6dd41aa69fb867f522b849b54077de2fe89b28aa43179e3b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpoint]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpoint]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpoint]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99bb97c84e9aafa2189c85981745e9a7fc3107d273b51e1bd8112aa6fcc7a8d0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OfflinePackageDropDeploymentTargetEndpointOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e66bd876e6e0174021e1dae87701701d289e05e40817529f83d89f86b5e872e5)
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
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#account_id OfflinePackageDropDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#admin_login OfflinePackageDropDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assumed_role_arn OfflinePackageDropDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assumed_role_session OfflinePackageDropDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role OfflinePackageDropDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role_external_id OfflinePackageDropDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#assume_role_session_duration OfflinePackageDropDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#authentication_type OfflinePackageDropDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#client_certificate OfflinePackageDropDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_name OfflinePackageDropDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#cluster_resource_group OfflinePackageDropDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#impersonate_service_account OfflinePackageDropDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#project OfflinePackageDropDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#region OfflinePackageDropDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#service_account_emails OfflinePackageDropDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#token_path OfflinePackageDropDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_instance_role OfflinePackageDropDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#use_vm_service_account OfflinePackageDropDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#zone OfflinePackageDropDeploymentTarget#zone}.
        '''
        value = OfflinePackageDropDeploymentTargetEndpointAuthentication(
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
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16835eed2d16cc83e508453135aabda436afebb2e0beff7f12b6552864ad2a91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

    @jsii.member(jsii_name="putDestination")
    def put_destination(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47df06e0ffec4cfae557150073aee51289affa0d3c8ee07811a4397caf861709)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDestination", [value]))

    @jsii.member(jsii_name="putTentacleVersionDetails")
    def put_tentacle_version_details(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__857d6bc9edda7f93a61b21d42da0980f04296cde2444e5123c80a13bb40479cf)
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
    ) -> OfflinePackageDropDeploymentTargetEndpointAuthenticationOutputReference:
        return typing.cast(OfflinePackageDropDeploymentTargetEndpointAuthenticationOutputReference, jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="container")
    def container(self) -> OfflinePackageDropDeploymentTargetEndpointContainerList:
        return typing.cast(OfflinePackageDropDeploymentTargetEndpointContainerList, jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> OfflinePackageDropDeploymentTargetEndpointDestinationList:
        return typing.cast(OfflinePackageDropDeploymentTargetEndpointDestinationList, jsii.get(self, "destination"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetails")
    def tentacle_version_details(
        self,
    ) -> "OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsList":
        return typing.cast("OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

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
    ) -> typing.Optional[OfflinePackageDropDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[OfflinePackageDropDeploymentTargetEndpointAuthentication], jsii.get(self, "authenticationInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointContainer]]], jsii.get(self, "containerInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointDestination]]], jsii.get(self, "destinationInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails"]]], jsii.get(self, "tentacleVersionDetailsInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__774e99799dc268937f9cb88797b4a05c8e1ca8c014c577cf3a4635818b2a0b88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadClientCredentialSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadCredentialType")
    def aad_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadCredentialType"))

    @aad_credential_type.setter
    def aad_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2b4464f74e0bb15d9367c8c779fe548c2a571163f315b39b4ba7601915c888d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsername")
    def aad_user_credential_username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialUsername"))

    @aad_user_credential_username.setter
    def aad_user_credential_username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__32dd3e064cb86d62ef84de15aa67e0dd7a3af1773db28a81564029534e13fa8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadUserCredentialUsername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c5d5b251a10f71bf5ccb84274970023c1f8087baaa1aad1f8e81858f5e310e8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectory")
    def applications_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationsDirectory"))

    @applications_directory.setter
    def applications_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15ab343938a2f97dc6c8e2135b518d578e1f5942c9b2f99e7b5b6c1ca1135f19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationsDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithm")
    def certificate_signature_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateSignatureAlgorithm"))

    @certificate_signature_algorithm.setter
    def certificate_signature_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b89154833b8fae31f14c8c535ba539813fb746eb61b90a5d3b0ed2a85bcfdde)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateSignatureAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocation")
    def certificate_store_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreLocation"))

    @certificate_store_location.setter
    def certificate_store_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f77eec91ebba38c885878573a8936693fcd7ca9aaebe6098390e7069974a29b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreName")
    def certificate_store_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreName"))

    @certificate_store_name.setter
    def certificate_store_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c94c57ca4604097bb1fc6297e2b379499dbb908bf97196c08f84c28b82178fff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariable")
    def client_certificate_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificateVariable"))

    @client_certificate_variable.setter
    def client_certificate_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27a8b6e409fb77a4ee040397f5f1e9864dd15a6cfd09eceafd2c4e9111150b9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificateVariable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @cloud_service_name.setter
    def cloud_service_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd54b9f20d27142eaab7281542af82803e3e7efc6ce5373c3229f4f50d68e115)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cloudServiceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificate")
    def cluster_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificate"))

    @cluster_certificate.setter
    def cluster_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d77be96199a6131e6642c51501efadd442146315497dc45af985aa404fc4e09d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePath")
    def cluster_certificate_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificatePath"))

    @cluster_certificate_path.setter
    def cluster_certificate_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a748070a9e3d9707646415023aa0e1ca1b286fc47761f734714277c5127abc66)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificatePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterUrl")
    def cluster_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterUrl"))

    @cluster_url.setter
    def cluster_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98ef4bb69f8f6b5a5dbb8b4c9b761a47cc4370a6502e1107c035abd9b9b32464)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="communicationStyle")
    def communication_style(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "communicationStyle"))

    @communication_style.setter
    def communication_style(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ef7fd45e435576c23a9abeae235ef6a1e54e905fbf681e578f90f2da96b067ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "communicationStyle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionEndpoint")
    def connection_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionEndpoint"))

    @connection_endpoint.setter
    def connection_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f60dfc67d3ce0ceeb7745b926b7851f5204d662b74e0fa3d0c8337818ddb0817)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @container_options.setter
    def container_options(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__290887249ca9eeb7977a3bc96661898cf66b4950d615038f2e0b9bbe29602c00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "containerOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @default_worker_pool_id.setter
    def default_worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20a30976e10c0170533a912baedc82829142e965b2e652a1fde34b8917de04a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultWorkerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatform")
    def dot_net_core_platform(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dotNetCorePlatform"))

    @dot_net_core_platform.setter
    def dot_net_core_platform(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6125e4f8b4c43e7f9ad6fe9dd31f225d112d63d1bb6efd0cba426cbc20c7779f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dotNetCorePlatform", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fingerprint")
    def fingerprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fingerprint"))

    @fingerprint.setter
    def fingerprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df20da58cee066b130963c065710f6e8fe37935d3602aab4caab1b2989e2cdce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fingerprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b35fabf54bbefd3ce0c63920488c4e9691aa5edb4c6a458475c8fd214360ccb4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10af7c88844972a27a7406f10a15a707a7d1ab791c579d1077d781b9e30caabf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__290f0c04e872fd4cffcb7e6be6706e904f37893e2c081be57d29e05e683d897c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__def78bc448d7e4096a52a29958f566c07a8f535d9a1899187ed83dce7fb76049)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @proxy_id.setter
    def proxy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a49ee1dace5330bc9f46a538a02a4573275dafe0e69d584be9b75e4e4853b55)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceGroupName")
    def resource_group_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupName"))

    @resource_group_name.setter
    def resource_group_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83673746505363e2b05ae6a12b9c432632309d7a9e7ca32cc8d0e9e88498e4f8)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0842d84c436f19d10b27728155d8e3f544564eb37a7060641260cbd47037ecd2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runningInContainer", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityMode")
    def security_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityMode"))

    @security_mode.setter
    def security_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a17ab546df9986f013f74469c5b40fa896d18ab36c155b3b0638bfa62264165e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprint")
    def server_certificate_thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverCertificateThumbprint"))

    @server_certificate_thumbprint.setter
    def server_certificate_thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__591f1585b424194e6bff5d12e92eefabe6ebc79492391fd0606141352f5b3893)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f6e841487794b32a9cb8e4366c6f7c50e5cc01b033cf8b3981fb7253bb1aaa37)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipTlsVerification", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @slot.setter
    def slot(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db0b3328ea7a7b107804386425f4ff14e476fd3f40aeb2d8bdbc85bf0a3b243b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @storage_account_name.setter
    def storage_account_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8f58a1d0c7a6e601c299227e5288519a0fd9102ee268fe755934fa149cf95dec)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ae1ecee974914e55d5cb712832fac2a840da69e10341988e0493a9533e5804fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "swapIfPossible", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d8663c4a01565da54ac4e88c48902dc34050977f16373390aff184487164105)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ee3497794ffdb4fa77d70195d7d7066adf84d9258b5a0d0daac88d401d19a5c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__06af765d4cb725bdd6d71dd09f8298b4f0bfb9473ac77a4dab6458e27af4bb59)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useCurrentInstanceCount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppName")
    def web_app_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppName"))

    @web_app_name.setter
    def web_app_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f661a3f0c437ae127498cdc145fcba435069c0733d3ddaedefa497961074188)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppSlotName")
    def web_app_slot_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppSlotName"))

    @web_app_slot_name.setter
    def web_app_slot_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfd85fda1e70699cc5afed038cdc04a4efa2d550be2d2305a58a7e92bc4f18ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppSlotName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workingDirectory")
    def working_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workingDirectory"))

    @working_directory.setter
    def working_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd2b532b96cbedd195946676145e5a720f19586e53adbe9676353830c5d5039e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workingDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpoint]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpoint]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpoint]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a3be5a6ea06d311a3f8f19a142f8bf30ccf1d5b7c0cfb3d2dabe1fffb0561ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={
        "upgrade_locked": "upgradeLocked",
        "upgrade_required": "upgradeRequired",
        "upgrade_suggested": "upgradeSuggested",
        "version": "version",
    },
)
class OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails:
    def __init__(
        self,
        *,
        upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param upgrade_locked: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#upgrade_locked OfflinePackageDropDeploymentTarget#upgrade_locked}.
        :param upgrade_required: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#upgrade_required OfflinePackageDropDeploymentTarget#upgrade_required}.
        :param upgrade_suggested: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#upgrade_suggested OfflinePackageDropDeploymentTarget#upgrade_suggested}.
        :param version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#version OfflinePackageDropDeploymentTarget#version}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6821e20f6e17d55c36a5ddbd7f8efd49b433bdf4eb005430b2c394eb4006b592)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#upgrade_locked OfflinePackageDropDeploymentTarget#upgrade_locked}.'''
        result = self._values.get("upgrade_locked")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#upgrade_required OfflinePackageDropDeploymentTarget#upgrade_required}.'''
        result = self._values.get("upgrade_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_suggested(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#upgrade_suggested OfflinePackageDropDeploymentTarget#upgrade_suggested}.'''
        result = self._values.get("upgrade_suggested")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/offline_package_drop_deployment_target#version OfflinePackageDropDeploymentTarget#version}.'''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d2c526c2c5cbe8ee38d79cb251a95adee89933b37fcb79667bb495365af76db6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a66ea827b1ec16da8b46d449ce03a5c090654ca22e2f181a2d30f4d0961d7c4)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__efe5afabbd6e7431b7b985d0617aec0000f26fb91feffe4945dd70cde639d2ec)
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
            type_hints = typing.get_type_hints(_typecheckingstub__35f1a47e940f45868ce7a3482fe26e34f085acf8e19c21845a361336f6f29135)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1134da6b93688c81099ef9b9942b411f650e412874ab4f224096b9372aa2ae9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab31c47d2f7b9afac200638c74348beae1f8c36c0a08d3a926adf4cf74b0fb52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.offlinePackageDropDeploymentTarget.OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__470f4481e4d958cc7200f12f5f4d23549058edce078f8050160dc149c5adb154)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e75858da46c6b4bbdcddc1b38bad757167c66373ab1aa620037ccb3a68bf84d6)
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
            type_hints = typing.get_type_hints(_typecheckingstub__bb139d97990fa4ad2c949d30d74dbe088b9e7f05a9d65751578b8903e57e1294)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ea00fc20a81bbc3124b45c7ca867544979ec3f353c47cb9600d9037982c9280d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeSuggested", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be69d2af9c1c8265ecaf1960b0076a97894127d4b6bfad89907bba5aa0e87105)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__31617e32c4caa294000e664e4c1ad573de21051e9befc1d8ed7c6d57198a3672)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "OfflinePackageDropDeploymentTarget",
    "OfflinePackageDropDeploymentTargetConfig",
    "OfflinePackageDropDeploymentTargetDestination",
    "OfflinePackageDropDeploymentTargetDestinationOutputReference",
    "OfflinePackageDropDeploymentTargetEndpoint",
    "OfflinePackageDropDeploymentTargetEndpointAuthentication",
    "OfflinePackageDropDeploymentTargetEndpointAuthenticationOutputReference",
    "OfflinePackageDropDeploymentTargetEndpointContainer",
    "OfflinePackageDropDeploymentTargetEndpointContainerList",
    "OfflinePackageDropDeploymentTargetEndpointContainerOutputReference",
    "OfflinePackageDropDeploymentTargetEndpointDestination",
    "OfflinePackageDropDeploymentTargetEndpointDestinationList",
    "OfflinePackageDropDeploymentTargetEndpointDestinationOutputReference",
    "OfflinePackageDropDeploymentTargetEndpointList",
    "OfflinePackageDropDeploymentTargetEndpointOutputReference",
    "OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails",
    "OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsList",
    "OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
]

publication.publish()

def _typecheckingstub__9c02546864b1dea3db7cf4c8c129808acfaf2420091dc8a8eeea9baf0138944b(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    applications_directory: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    working_directory: builtins.str,
    destination: typing.Optional[typing.Union[OfflinePackageDropDeploymentTargetDestination, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__b46ea548caef34b4c6af94e6d1fd7ab235404f9136bb9f41a3e02253bd0933c1(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b365f28aca2b5309a5ac5de5eea3873d9e40fd54e09300811a3696ec5c21b161(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a4c26103ea13b241fb679b3e7131f61eda2c730fa34f6dfa8c9d996d2fbbb6f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b3e2d9154f4500e3824fd30c8f98b9aa0269e20f4d64276f0d21598c724634e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66d7b1105b7eaa01bd3a81f0f057add65c6a92b7eac53ee061ab1638722aaa93(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__796d7d698cfac00fe66caf14459f4e4ae825c1e72b0eb69b04dfecb2ce4aca5f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e06b05aa8c60b98405b3acdf343aaa9c977a1dd68242c809a373f43a88ff0c1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5aafd14a2158cf9cad58903623d38830a38a1fbbc3d8c547be419f2969f3c7bb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81c7534fc8f6766ced260b0308f235f3b2b6667e735710002e57f2b151f99969(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e08320df9b2d6e162c477bba78c37ca7b12da710748d979a3dee23f8ce0ae585(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__096009cc44758a1050e9dcb6a5c8029af629e113402acede6c65b6e0ca399fc6(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64f9d4b78a977184bfb42b4d74ab53140343b7fef102398cb148b198ec7bbc4a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbd0f1e1f17884536f7af9e49fcce68046eb8456d2c64b4fee157d718b008ffb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8e65b0b511652456ee3579df5d4bcd96bb3115b0d9a720eba5ce21fa87a299a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9eb43d5d0205e42e950d8366ceab4049af4280d8de2b220cfa07d9188a5fd5f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d428876b6bb42c4153af59d09c22ebff807eb6a574da455158e71e9935c05341(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__044fad1ca228be68a3a228d02d47305f402bca22b02c0ea7e1411525635577b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5c7ca49e80cebfe315492b0f0f48647537cddcf5774312917e66edc30258515(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3089b469f4bb2dcdc6e84a88938d3238fd319a6c79d7174cae4b2bc1b6946da(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__983dcdca81d6a545d1c2837ad80dfcbf6b6904f81a76c89f67cea24c5dbba1c7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c90e06f49f58c2e9364617db178eee135a69865881d39ce2538a298a07f5f2c9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5ff5d9b76c83a9753c3720d1ff9c4156d62357898c2780b44d54ca8c3abaad5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfde7ddd12bdd571979a984033f71e382dcd7bc2ce5da025041cf1781d55d59c(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    applications_directory: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    working_directory: builtins.str,
    destination: typing.Optional[typing.Union[OfflinePackageDropDeploymentTargetDestination, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00f4eb18acaa3a6f58077ca4ccdd5272e2ecac2ebbc938e5ba3a32549c1d56b4(
    *,
    destination_type: typing.Optional[builtins.str] = None,
    drop_folder_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c18221b662209b00f0a1e5efe2935167435e2eea1c3cd9a59b71a24032fde482(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26b0f9e1b0d2d3fe22c250c4fcbc31ad2c0b375099b6db8fa1d1922ac2781880(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ecd198f14ca2a27d5a534851c83e679ef86e32b667811456cfa4e03c80b96ea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aea7bfbeb77208c4c8ec9ddd3e848c4ae50c0d1da0cb2b194cfc48107209911d(
    value: typing.Optional[OfflinePackageDropDeploymentTargetDestination],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8507df5e9b5b3eb471b99ecbccc4ed7caa559976c8f4fd8973559a3412c5336(
    *,
    communication_style: builtins.str,
    aad_client_credential_secret: typing.Optional[builtins.str] = None,
    aad_credential_type: typing.Optional[builtins.str] = None,
    aad_user_credential_username: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    applications_directory: typing.Optional[builtins.str] = None,
    authentication: typing.Optional[typing.Union[OfflinePackageDropDeploymentTargetEndpointAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate_signature_algorithm: typing.Optional[builtins.str] = None,
    certificate_store_location: typing.Optional[builtins.str] = None,
    certificate_store_name: typing.Optional[builtins.str] = None,
    client_certificate_variable: typing.Optional[builtins.str] = None,
    cloud_service_name: typing.Optional[builtins.str] = None,
    cluster_certificate: typing.Optional[builtins.str] = None,
    cluster_certificate_path: typing.Optional[builtins.str] = None,
    cluster_url: typing.Optional[builtins.str] = None,
    connection_endpoint: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]]] = None,
    container_options: typing.Optional[builtins.str] = None,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]]] = None,
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
    tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    web_app_name: typing.Optional[builtins.str] = None,
    web_app_slot_name: typing.Optional[builtins.str] = None,
    working_directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8056e068f66b5c7f2bd62624ddf8f9624deb8e086d0dca0e92f78fa1fa46c599(
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

def _typecheckingstub__c42aa45c4a769fa615a9f850cce579e75ac243a700c9f7805a7ff5d11a78faec(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__332de7527659a5e28061e9c89ab66d731257f5804617aaa94a30256660266021(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e79c07293c3a984233deb5515e41c62e8b9ccab5f3488f10a304c799139d5ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__909667c5a3288e6c5b7f05ab88d320c446e00c4e2201ca1733a25a86121a6be8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87bf8b4926cd1490a7ed0a86dc2c7b3790eca50d4a2d67de9d274c37fe58b51a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__044126ad1e4cfb6767c472cdb2de97e6415e07289574aac0cbbaad2bbc71845b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c580d506a524d92c0dd70e0273691dc10276e1d0ce2e785a0d911f724f1fdfbb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3366d3416baf8bd121c7d1266302f755071e660a8ee223c452c254134755fc7b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23989f8c6e8bb4fd9de69712338c24f15af0f96d3abc2f543fbe8ebb055fe406(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9132f584545feaa171d248051f48a1bd5863e76ab10bc0c5335140ef667cb39(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__801ab6c3760003e31428f13e9946331c80ddb6d1a526fa2e5315876c080ad602(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2060da75c55dd56dc54d2d27b791f8aec735be55d6fe7d40bdd7b4f050760f28(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9872a500edce35bb2f69dd8a04b0cc97be84ef70eb423a8658d679ae5809e79(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__883d41b8c2e0969beb165654bd4644b7fc9f605a2a4cf63e7774c89796cf4ada(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4629a71b8c948820c89172c00672f7bf78af61615667de6157cfb2ac03d572a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11e5602a5191712314f512768d42bb318581dd4b05f708e67cfaa25eab6c17b1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42bde3fdcf89c497a91bd157a116bd9a2939c17a65ac2e1a94cc71296f3b3ab5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0387544a03424c2115e04d954a7a64e61dbc9e85956ce2c490d74f8b9c5c5400(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2aea787ec936d03146c0331fd13efc01a6eaddb40aba0833e9c057b31cbc178a(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86421c9bca4849fbef30bcf2ab585c163dcf0b8e3ec513422cb1af0c95b49a32(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca92498c1c403a9af5f7550af4f0eb419d9694aede80d4f578c8deae7153dee7(
    value: typing.Optional[OfflinePackageDropDeploymentTargetEndpointAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__570aa16c462dd4cdcfbc1faa7fb03d306aa96f8e1413fc12a0c4a1b3409892fd(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dfe1831432b2356b7a02fef8a277f73283a9dcfff447abf2869e818babb8b4b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6862e1f18b21b82818c6a771f67a6b30808a73ceaa9f5c0135a2f6377a93d5b(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fbd8749224a9442752ba88ca1b2c9dcfc11f6ea9e61f0a59627bea0d6de5ac2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de5606897f84822860825a1586cec1dfcd4bb0853a02c1bdee01960b70d17f58(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebd61f7d343be038695a1efd3aeda0ef1b898faf3b6d54e22eb09e121eeb5f23(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b844190d48e4d6a61d41b23fd1e11e6aab2a62eef9d2cf033ffc319efdb8b5e(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointContainer]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14e2e14a0978d427b7140cece473941670c2818ed0c6112fb55315d9607907b7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbfa781ae1d54ff32f0d50af1e598beaf88f7be32e53129e6d9d2052b0362a8d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3dfd1893dbe1fcf76308f4768d73d1175f0237bf566b4cc6fc6896a04fb2b8c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc7fecbddb3dd9082a0744d7fb6e1466c3e46511292de3765b5160d9d6a52207(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f880e5c91278febc65ebe6df081eed7451f2c55d4fa3f25f76df688a1a2def3a(
    *,
    destination_type: typing.Optional[builtins.str] = None,
    drop_folder_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3bd1c8e545658fef112e698196d4e59022429cb60d3c98a9fd9fd1b6010a06e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b2a0b2d4ac9f0097353aa2ccda72a6acd99b29a9e1f35dd31b28fe1804dc642(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54175d0c4f29396619b381a4a3edeaa64ae36cf256afefac5bdef93b0a2b5920(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c5d8552ce9d08ac13ec563bc5109e1dd6e981e4c47b80d4889fd1e4406d6632(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__522fdeb4960a8e06f7625c16b71a2a104bfd43bfc62c3984041bc8c941a7ac9a(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1785c5128ec912a8afed2c082f633ca2099311f482cd74dfbfa2affdbe709854(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointDestination]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb75bca1d771f42aaa56cb41439616a1236c651378bce0ea1c38174a0227fdba(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee0b0c86e2c46f5b51f120361b28c9d2ac8f7abe743ae4e94ebb8b610f66031a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ee67a8c9a7eef169de2ee7f834c410772ec03fb80ca366c532ab71afe54e867(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15f7c4cfe3202bb9baa3bbe2ddd613c62feb28a726457745263ce3927c906739(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointDestination]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d92ca4c70590ea345343cf29e3327583871ed6ee6f0cca25468cc1c1da8777a7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04a528fcfd3fee8503e5d285d9d062a240317a1fc0327555247fa7be671dbfcf(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9af004c8f2a59f1b8a5fa8ca2b695bdef51b28f98ce555f65014da78b733e7a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3a6c76761d21520a8633a1ecf195eaf680398e4ac347b949899c19e435594f6(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e790266d53c78ed6dd41aa69fb867f522b849b54077de2fe89b28aa43179e3b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99bb97c84e9aafa2189c85981745e9a7fc3107d273b51e1bd8112aa6fcc7a8d0(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpoint]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e66bd876e6e0174021e1dae87701701d289e05e40817529f83d89f86b5e872e5(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16835eed2d16cc83e508453135aabda436afebb2e0beff7f12b6552864ad2a91(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47df06e0ffec4cfae557150073aee51289affa0d3c8ee07811a4397caf861709(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__857d6bc9edda7f93a61b21d42da0980f04296cde2444e5123c80a13bb40479cf(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__774e99799dc268937f9cb88797b4a05c8e1ca8c014c577cf3a4635818b2a0b88(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2b4464f74e0bb15d9367c8c779fe548c2a571163f315b39b4ba7601915c888d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32dd3e064cb86d62ef84de15aa67e0dd7a3af1773db28a81564029534e13fa8d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c5d5b251a10f71bf5ccb84274970023c1f8087baaa1aad1f8e81858f5e310e8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15ab343938a2f97dc6c8e2135b518d578e1f5942c9b2f99e7b5b6c1ca1135f19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b89154833b8fae31f14c8c535ba539813fb746eb61b90a5d3b0ed2a85bcfdde(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f77eec91ebba38c885878573a8936693fcd7ca9aaebe6098390e7069974a29b5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c94c57ca4604097bb1fc6297e2b379499dbb908bf97196c08f84c28b82178fff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27a8b6e409fb77a4ee040397f5f1e9864dd15a6cfd09eceafd2c4e9111150b9b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd54b9f20d27142eaab7281542af82803e3e7efc6ce5373c3229f4f50d68e115(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d77be96199a6131e6642c51501efadd442146315497dc45af985aa404fc4e09d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a748070a9e3d9707646415023aa0e1ca1b286fc47761f734714277c5127abc66(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98ef4bb69f8f6b5a5dbb8b4c9b761a47cc4370a6502e1107c035abd9b9b32464(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef7fd45e435576c23a9abeae235ef6a1e54e905fbf681e578f90f2da96b067ab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f60dfc67d3ce0ceeb7745b926b7851f5204d662b74e0fa3d0c8337818ddb0817(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__290887249ca9eeb7977a3bc96661898cf66b4950d615038f2e0b9bbe29602c00(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20a30976e10c0170533a912baedc82829142e965b2e652a1fde34b8917de04a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6125e4f8b4c43e7f9ad6fe9dd31f225d112d63d1bb6efd0cba426cbc20c7779f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df20da58cee066b130963c065710f6e8fe37935d3602aab4caab1b2989e2cdce(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b35fabf54bbefd3ce0c63920488c4e9691aa5edb4c6a458475c8fd214360ccb4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10af7c88844972a27a7406f10a15a707a7d1ab791c579d1077d781b9e30caabf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__290f0c04e872fd4cffcb7e6be6706e904f37893e2c081be57d29e05e683d897c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__def78bc448d7e4096a52a29958f566c07a8f535d9a1899187ed83dce7fb76049(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a49ee1dace5330bc9f46a538a02a4573275dafe0e69d584be9b75e4e4853b55(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83673746505363e2b05ae6a12b9c432632309d7a9e7ca32cc8d0e9e88498e4f8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0842d84c436f19d10b27728155d8e3f544564eb37a7060641260cbd47037ecd2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a17ab546df9986f013f74469c5b40fa896d18ab36c155b3b0638bfa62264165e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__591f1585b424194e6bff5d12e92eefabe6ebc79492391fd0606141352f5b3893(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6e841487794b32a9cb8e4366c6f7c50e5cc01b033cf8b3981fb7253bb1aaa37(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db0b3328ea7a7b107804386425f4ff14e476fd3f40aeb2d8bdbc85bf0a3b243b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f58a1d0c7a6e601c299227e5288519a0fd9102ee268fe755934fa149cf95dec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae1ecee974914e55d5cb712832fac2a840da69e10341988e0493a9533e5804fc(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d8663c4a01565da54ac4e88c48902dc34050977f16373390aff184487164105(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ee3497794ffdb4fa77d70195d7d7066adf84d9258b5a0d0daac88d401d19a5c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06af765d4cb725bdd6d71dd09f8298b4f0bfb9473ac77a4dab6458e27af4bb59(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f661a3f0c437ae127498cdc145fcba435069c0733d3ddaedefa497961074188(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfd85fda1e70699cc5afed038cdc04a4efa2d550be2d2305a58a7e92bc4f18ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd2b532b96cbedd195946676145e5a720f19586e53adbe9676353830c5d5039e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a3be5a6ea06d311a3f8f19a142f8bf30ccf1d5b7c0cfb3d2dabe1fffb0561ef(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpoint]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6821e20f6e17d55c36a5ddbd7f8efd49b433bdf4eb005430b2c394eb4006b592(
    *,
    upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2c526c2c5cbe8ee38d79cb251a95adee89933b37fcb79667bb495365af76db6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a66ea827b1ec16da8b46d449ce03a5c090654ca22e2f181a2d30f4d0961d7c4(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efe5afabbd6e7431b7b985d0617aec0000f26fb91feffe4945dd70cde639d2ec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35f1a47e940f45868ce7a3482fe26e34f085acf8e19c21845a361336f6f29135(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1134da6b93688c81099ef9b9942b411f650e412874ab4f224096b9372aa2ae9d(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab31c47d2f7b9afac200638c74348beae1f8c36c0a08d3a926adf4cf74b0fb52(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__470f4481e4d958cc7200f12f5f4d23549058edce078f8050160dc149c5adb154(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e75858da46c6b4bbdcddc1b38bad757167c66373ab1aa620037ccb3a68bf84d6(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb139d97990fa4ad2c949d30d74dbe088b9e7f05a9d65751578b8903e57e1294(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea00fc20a81bbc3124b45c7ca867544979ec3f353c47cb9600d9037982c9280d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be69d2af9c1c8265ecaf1960b0076a97894127d4b6bfad89907bba5aa0e87105(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31617e32c4caa294000e664e4c1ad573de21051e9befc1d8ed7c6d57198a3672(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, OfflinePackageDropDeploymentTargetEndpointTentacleVersionDetails]],
) -> None:
    """Type checking stubs"""
    pass
