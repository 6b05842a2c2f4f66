r'''
# `data_octopusdeploy_azure_cloud_service_deployment_targets`

Refer to the Terraform Registry for docs: [`data_octopusdeploy_azure_cloud_service_deployment_targets`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets).
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


class DataOctopusdeployAzureCloudServiceDeploymentTargets(
    _cdktf_9a9027ec.TerraformDataSource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargets",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets octopusdeploy_azure_cloud_service_deployment_targets}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        deployment_id: typing.Optional[builtins.str] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_statuses: typing.Optional[typing.Sequence[builtins.str]] = None,
        ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        name: typing.Optional[builtins.str] = None,
        partial_name: typing.Optional[builtins.str] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        shell_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        skip: typing.Optional[jsii.Number] = None,
        space_id: typing.Optional[builtins.str] = None,
        take: typing.Optional[jsii.Number] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets octopusdeploy_azure_cloud_service_deployment_targets} Data Source.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param deployment_id: A filter to search by deployment ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#deployment_id DataOctopusdeployAzureCloudServiceDeploymentTargets#deployment_id}
        :param environments: A filter to search by a list of environment IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#environments DataOctopusdeployAzureCloudServiceDeploymentTargets#environments}
        :param health_statuses: A filter to search by a list of health statuses of resources. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#health_statuses DataOctopusdeployAzureCloudServiceDeploymentTargets#health_statuses}
        :param ids: A filter to search by a list of IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#ids DataOctopusdeployAzureCloudServiceDeploymentTargets#ids}
        :param is_disabled: A filter to search by the disabled status of a resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#is_disabled DataOctopusdeployAzureCloudServiceDeploymentTargets#is_disabled}
        :param name: A filter to search by name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#name DataOctopusdeployAzureCloudServiceDeploymentTargets#name}
        :param partial_name: A filter to search by the partial match of a name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#partial_name DataOctopusdeployAzureCloudServiceDeploymentTargets#partial_name}
        :param roles: A filter to search by a list of role IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#roles DataOctopusdeployAzureCloudServiceDeploymentTargets#roles}
        :param shell_names: A list of shell names to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#shell_names DataOctopusdeployAzureCloudServiceDeploymentTargets#shell_names}
        :param skip: A filter to specify the number of items to skip in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#skip DataOctopusdeployAzureCloudServiceDeploymentTargets#skip}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#space_id DataOctopusdeployAzureCloudServiceDeploymentTargets#space_id}
        :param take: A filter to specify the number of items to take (or return) in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#take DataOctopusdeployAzureCloudServiceDeploymentTargets#take}
        :param tenants: A filter to search by a list of tenant IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#tenants DataOctopusdeployAzureCloudServiceDeploymentTargets#tenants}
        :param tenant_tags: A filter to search by a list of tenant tags. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#tenant_tags DataOctopusdeployAzureCloudServiceDeploymentTargets#tenant_tags}
        :param thumbprint: The thumbprint of the deployment target to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#thumbprint DataOctopusdeployAzureCloudServiceDeploymentTargets#thumbprint}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__284310ade0c93ee6d7f3d72a89441830d70e0e43b5922a978fdc0acd846c2b54)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = DataOctopusdeployAzureCloudServiceDeploymentTargetsConfig(
            deployment_id=deployment_id,
            environments=environments,
            health_statuses=health_statuses,
            ids=ids,
            is_disabled=is_disabled,
            name=name,
            partial_name=partial_name,
            roles=roles,
            shell_names=shell_names,
            skip=skip,
            space_id=space_id,
            take=take,
            tenants=tenants,
            tenant_tags=tenant_tags,
            thumbprint=thumbprint,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a DataOctopusdeployAzureCloudServiceDeploymentTargets resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DataOctopusdeployAzureCloudServiceDeploymentTargets to import.
        :param import_from_id: The id of the existing DataOctopusdeployAzureCloudServiceDeploymentTargets that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DataOctopusdeployAzureCloudServiceDeploymentTargets to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfb94b4665a75b9c5dbac41305ae692794f9f6606c7445af59320d6080322e00)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetDeploymentId")
    def reset_deployment_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeploymentId", []))

    @jsii.member(jsii_name="resetEnvironments")
    def reset_environments(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironments", []))

    @jsii.member(jsii_name="resetHealthStatuses")
    def reset_health_statuses(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthStatuses", []))

    @jsii.member(jsii_name="resetIds")
    def reset_ids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIds", []))

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

    @jsii.member(jsii_name="resetName")
    def reset_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetName", []))

    @jsii.member(jsii_name="resetPartialName")
    def reset_partial_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPartialName", []))

    @jsii.member(jsii_name="resetRoles")
    def reset_roles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRoles", []))

    @jsii.member(jsii_name="resetShellNames")
    def reset_shell_names(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShellNames", []))

    @jsii.member(jsii_name="resetSkip")
    def reset_skip(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkip", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetTake")
    def reset_take(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTake", []))

    @jsii.member(jsii_name="resetTenants")
    def reset_tenants(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenants", []))

    @jsii.member(jsii_name="resetTenantTags")
    def reset_tenant_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantTags", []))

    @jsii.member(jsii_name="resetThumbprint")
    def reset_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThumbprint", []))

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
    @jsii.member(jsii_name="azureCloudServiceDeploymentTargets")
    def azure_cloud_service_deployment_targets(
        self,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsList":
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsList", jsii.get(self, "azureCloudServiceDeploymentTargets"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="deploymentIdInput")
    def deployment_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deploymentIdInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="healthStatusesInput")
    def health_statuses_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "healthStatusesInput"))

    @builtins.property
    @jsii.member(jsii_name="idsInput")
    def ids_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "idsInput"))

    @builtins.property
    @jsii.member(jsii_name="isDisabledInput")
    def is_disabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isDisabledInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="partialNameInput")
    def partial_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "partialNameInput"))

    @builtins.property
    @jsii.member(jsii_name="rolesInput")
    def roles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "rolesInput"))

    @builtins.property
    @jsii.member(jsii_name="shellNamesInput")
    def shell_names_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "shellNamesInput"))

    @builtins.property
    @jsii.member(jsii_name="skipInput")
    def skip_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "skipInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="takeInput")
    def take_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "takeInput"))

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
    @jsii.member(jsii_name="deploymentId")
    def deployment_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deploymentId"))

    @deployment_id.setter
    def deployment_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f94739179dcfd412392e18031f0b10d60aa8ad35ed7f716845f2398fcb0ddbfe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deploymentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__60b4bead20f96d87460f148c5c3d291b6a67583227666c8a56d6713e207c6213)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthStatuses")
    def health_statuses(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "healthStatuses"))

    @health_statuses.setter
    def health_statuses(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ce96a7ac093ef18793a6d2aed0d15945698954e09e0b5fee032bbda439ed031)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthStatuses", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ids")
    def ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "ids"))

    @ids.setter
    def ids(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__757c975f7065aa56aa8e06279d49b4e9d69dd3702760a92638ffa64d15785489)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ids", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__e430b38562e88963d00368e5da50aa3a3154c435ed5951af1d2d75499578bfe6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ea25430c0f06bbc2d90e19fb06f83301054ce66421a31f5b574a83f74fe3aca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partialName")
    def partial_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partialName"))

    @partial_name.setter
    def partial_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__57f5162432b689e2207d42da99193e96c4ef2da2e914c0b07675e2e40c29599c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partialName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0e508389fbbc4aa92dd2fd87f196aa30b795c0bdc35dd0e4575d573d2c8f601)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellNames")
    def shell_names(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "shellNames"))

    @shell_names.setter
    def shell_names(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b16e2e0f895d083e91f605d06ea15ab94c22003c356b35b28622cc83d905dfcc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellNames", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skip")
    def skip(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "skip"))

    @skip.setter
    def skip(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__21599b01c7dfc3021a5f8f3c69970985143bae0cae860456026edf53391caf26)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb46753ef86075bea4a5777982f81d6540c4d1d1ee4d05f0ca214adf5e44340f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="take")
    def take(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "take"))

    @take.setter
    def take(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__addc97ccf49b4df5d5b3f8c31e7b91a829ee00dde0c409b434e2e716832f990f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "take", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00c195652cad8a2ae103753927e6be26544d2f56ac72ceff6b59d372350bba14)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__935e9d95a21ef9e460e2f6db46f13f1a1f53ee8309faf897cf9301d71293f303)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c995f9b4bce3a116cf45b2892bfa5c58a2768d2ad997a13e92e81e9f68e940b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__856504b9b28939f7fcca146be6f54652bbd88595b9486525a023429b2d262c5b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6af002933d45b7481cc4657e366ac0d5e044c6f71c89ddcb287a97d55d795a4a)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__28154cf76da0ee440cf3efdbe811ed6dc54f72c3b45d9100371ab2bfaa5aebd3)
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
            type_hints = typing.get_type_hints(_typecheckingstub__73aec4498171715a0081588b9292b4d74c425a3c50baa504143713070801f9bb)
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
            type_hints = typing.get_type_hints(_typecheckingstub__edd961b83c02a3ed26d614d2012efd35e420f9d330070645727e4e2856ff08ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0cc33cf8d771b05ca6afe494852f98aa64cefcd283b65ace19f432036d951a7d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @builtins.property
    @jsii.member(jsii_name="adminLogin")
    def admin_login(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adminLogin"))

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArn")
    def assumed_role_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleArn"))

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSession")
    def assumed_role_session(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleSession"))

    @builtins.property
    @jsii.member(jsii_name="assumeRole")
    def assume_role(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "assumeRole"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalId")
    def assume_role_external_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumeRoleExternalId"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDuration")
    def assume_role_session_duration(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "assumeRoleSessionDuration"))

    @builtins.property
    @jsii.member(jsii_name="authenticationType")
    def authentication_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationType"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @builtins.property
    @jsii.member(jsii_name="impersonateServiceAccount")
    def impersonate_service_account(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "impersonateServiceAccount"))

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmails")
    def service_account_emails(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountEmails"))

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @builtins.property
    @jsii.member(jsii_name="useInstanceRole")
    def use_instance_role(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "useInstanceRole"))

    @builtins.property
    @jsii.member(jsii_name="useVmServiceAccount")
    def use_vm_service_account(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "useVmServiceAccount"))

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df1c94bc33e850268ea3f9cf0e2c566f892c6d49a35c0bed58a1541d8bda5b2a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__cdca32bf06c10f8c691a9093ab674cf63c57a4a57ace989fc6182cb38ba5fa34)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7cbfec6f527aecc46340fce3ddcdde0cd893bb45b266a9718607eec54b89e4a6)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__075f577b838ffa065e2014e629ab724cddb67be3e67a80235711b0b1e2ce4d30)
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
            type_hints = typing.get_type_hints(_typecheckingstub__37324d64a5ee60f699131fedeef3aabed1dc5e7a14c807214fc9764a64061a52)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3fd3b45a4ecc6ae3c428dfde6b5d62c932987a35bfe3f14e3e9d6159a83d2d1d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3d9689a71d70089663d492d512328b3f65d134715dcadeaa87d7feba537abf5c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="feedId")
    def feed_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "feedId"))

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer]:
        return typing.cast(typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb659422e2541af19c634037551488fb903b5cc1f98e883afbd9c8bf0e60676c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e5595d68ce992ba8a8a3bdf5604ef1101faa3f3f892d2ed31b40b5fbd86cea84)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5d8259c11d9a53ff0b784ee287807981ea86ccfb20616d22b24cfa5770471a54)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__309a9f1218eebc57ba1e8b30de0ac212185dd1be40c950824caf02657b5b7458)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e27eebd3b7749ac7129b3522f152a490b7725934846f25aa78ed1724831aa992)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a2eefbab34067fd3ed330840a9eda940a295f443d4882d76f347de7356de9eb1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c80bdb7d5b258f1e61c935488b827c8eb6c90264c9d47da35a83b99e88952b79)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="destinationType")
    def destination_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destinationType"))

    @builtins.property
    @jsii.member(jsii_name="dropFolderPath")
    def drop_folder_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dropFolderPath"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination]:
        return typing.cast(typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__33fc0f0c89bfd2bce3b828a27b79c7af4ddba9ca79f01716ed4be7aab672ca8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__da8027da6bc085a42ad400e5fd0cf0841e98b5ac598d5e5448d64b1a13284150)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03d0050301a5aed35637a12fe23c3268473beef2af7f9b673661aee3f3f2d65c)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b42e6cf820706b3d28560a0c8e7620b1fb665e67ded9dbdce1d5ea1e01e4012d)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2715485f701df7e325cc76113a04c266b05b8cff40b07c495cbe5c524ae2fbb1)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1fa277078dd2d9c33fe9f3fb8156332db2a51465a934b36ab3426f4654ca044f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__5c88bf071d2972abd29e016b1e3653c7dbf0ea087a8623c99bc77a9ff65c9556)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="aadClientCredentialSecret")
    def aad_client_credential_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadClientCredentialSecret"))

    @builtins.property
    @jsii.member(jsii_name="aadCredentialType")
    def aad_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadCredentialType"))

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsername")
    def aad_user_credential_username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialUsername"))

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectory")
    def applications_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationsDirectory"))

    @builtins.property
    @jsii.member(jsii_name="authentication")
    def authentication(
        self,
    ) -> DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationList:
        return typing.cast(DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationList, jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithm")
    def certificate_signature_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateSignatureAlgorithm"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocation")
    def certificate_store_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreLocation"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreName")
    def certificate_store_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreName"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariable")
    def client_certificate_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificateVariable"))

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @builtins.property
    @jsii.member(jsii_name="clusterCertificate")
    def cluster_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificate"))

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePath")
    def cluster_certificate_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificatePath"))

    @builtins.property
    @jsii.member(jsii_name="clusterUrl")
    def cluster_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterUrl"))

    @builtins.property
    @jsii.member(jsii_name="communicationStyle")
    def communication_style(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "communicationStyle"))

    @builtins.property
    @jsii.member(jsii_name="connectionEndpoint")
    def connection_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionEndpoint"))

    @builtins.property
    @jsii.member(jsii_name="container")
    def container(
        self,
    ) -> DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerList:
        return typing.cast(DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerList, jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(
        self,
    ) -> DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationList:
        return typing.cast(DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationList, jsii.get(self, "destination"))

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatform")
    def dot_net_core_platform(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dotNetCorePlatform"))

    @builtins.property
    @jsii.member(jsii_name="fingerprint")
    def fingerprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fingerprint"))

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @builtins.property
    @jsii.member(jsii_name="resourceGroupName")
    def resource_group_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupName"))

    @builtins.property
    @jsii.member(jsii_name="runningInContainer")
    def running_in_container(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "runningInContainer"))

    @builtins.property
    @jsii.member(jsii_name="securityMode")
    def security_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityMode"))

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprint")
    def server_certificate_thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverCertificateThumbprint"))

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerification")
    def skip_tls_verification(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "skipTlsVerification"))

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @builtins.property
    @jsii.member(jsii_name="swapIfPossible")
    def swap_if_possible(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "swapIfPossible"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetails")
    def tentacle_version_details(
        self,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsList":
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCount")
    def use_current_instance_count(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "useCurrentInstanceCount"))

    @builtins.property
    @jsii.member(jsii_name="webAppName")
    def web_app_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppName"))

    @builtins.property
    @jsii.member(jsii_name="webAppSlotName")
    def web_app_slot_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppSlotName"))

    @builtins.property
    @jsii.member(jsii_name="workingDirectory")
    def working_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workingDirectory"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint]:
        return typing.cast(typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c41fca64c1f1e364bd9ca75b4c2ba37f4852a13aba93969ba0b4bd48c6e7910e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__eed6c8c9b71ca3a0b11cdc81fcbb7c19c55d40ed1e18c03404b7b96672402554)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0b2ea1a19c870293d6986cd80dbc196f106b922ada3fc57d05818f3313977ee)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9a8c7d8b40faeba7d9a66d8afd5adb2e97c6189b52e767a1c53eb8ce8fb6e03)
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
            type_hints = typing.get_type_hints(_typecheckingstub__95b1200f9eb2762ac6554f23e15f8d3c9ce0553c8056ace106c3737274d6c09c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b62bb176b5e25bd2b338a02bb11179c88ac204c78c8a892480cc36718d4afdfc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a4bfb9fd98df8a10172d8891d77f8f6c5857499ece5f6be210dc87f658c74563)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="upgradeLocked")
    def upgrade_locked(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "upgradeLocked"))

    @builtins.property
    @jsii.member(jsii_name="upgradeRequired")
    def upgrade_required(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "upgradeRequired"))

    @builtins.property
    @jsii.member(jsii_name="upgradeSuggested")
    def upgrade_suggested(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "upgradeSuggested"))

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails]:
        return typing.cast(typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3d9ed8b393a7a184f2dd3a2e45bb5b2f8081b4fee56235319276c438dae6a21)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0ff5cb94c67ea22ef8d9a20a5c8a5a185e486c47d9ee7669a39af44e2abf0705)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__380b0312a86edc18e9e9c80edecbe0a037b375e4d05c9b56a172c1c733458e03)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8932b34a2c05fbd19f747ab7d7c489ff04be6b08742cc2ce9c779b17b883a12f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__79572251c6f048a5c014669e9964151f0cfda2c784246f54f8f48dab24b051a5)
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
            type_hints = typing.get_type_hints(_typecheckingstub__64f4583355053891ca54cacc2636716c8d45df611d58be276ccf7acc7d08df77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f7a323af938f961a9d1e3588f2719571fbc5fab873c9a1cd5265fe70ce6b4985)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @builtins.property
    @jsii.member(jsii_name="endpoint")
    def endpoint(
        self,
    ) -> DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointList:
        return typing.cast(DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointList, jsii.get(self, "endpoint"))

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @builtins.property
    @jsii.member(jsii_name="hasLatestCalamari")
    def has_latest_calamari(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "hasLatestCalamari"))

    @builtins.property
    @jsii.member(jsii_name="healthStatus")
    def health_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthStatus"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="isDisabled")
    def is_disabled(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isDisabled"))

    @builtins.property
    @jsii.member(jsii_name="isInProcess")
    def is_in_process(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isInProcess"))

    @builtins.property
    @jsii.member(jsii_name="machinePolicyId")
    def machine_policy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "machinePolicyId"))

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @builtins.property
    @jsii.member(jsii_name="operatingSystem")
    def operating_system(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operatingSystem"))

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @builtins.property
    @jsii.member(jsii_name="shellName")
    def shell_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellName"))

    @builtins.property
    @jsii.member(jsii_name="shellVersion")
    def shell_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellVersion"))

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @builtins.property
    @jsii.member(jsii_name="statusSummary")
    def status_summary(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statusSummary"))

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @builtins.property
    @jsii.member(jsii_name="swapIfPossible")
    def swap_if_possible(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "swapIfPossible"))

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCount")
    def use_current_instance_count(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "useCurrentInstanceCount"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets]:
        return typing.cast(typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e9fcf8209217024dcaf20e26d3062adcd9e44dd08d52358b972e316cef480ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployAzureCloudServiceDeploymentTargets.DataOctopusdeployAzureCloudServiceDeploymentTargetsConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "deployment_id": "deploymentId",
        "environments": "environments",
        "health_statuses": "healthStatuses",
        "ids": "ids",
        "is_disabled": "isDisabled",
        "name": "name",
        "partial_name": "partialName",
        "roles": "roles",
        "shell_names": "shellNames",
        "skip": "skip",
        "space_id": "spaceId",
        "take": "take",
        "tenants": "tenants",
        "tenant_tags": "tenantTags",
        "thumbprint": "thumbprint",
    },
)
class DataOctopusdeployAzureCloudServiceDeploymentTargetsConfig(
    _cdktf_9a9027ec.TerraformMetaArguments,
):
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
        deployment_id: typing.Optional[builtins.str] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_statuses: typing.Optional[typing.Sequence[builtins.str]] = None,
        ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        name: typing.Optional[builtins.str] = None,
        partial_name: typing.Optional[builtins.str] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        shell_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        skip: typing.Optional[jsii.Number] = None,
        space_id: typing.Optional[builtins.str] = None,
        take: typing.Optional[jsii.Number] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param deployment_id: A filter to search by deployment ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#deployment_id DataOctopusdeployAzureCloudServiceDeploymentTargets#deployment_id}
        :param environments: A filter to search by a list of environment IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#environments DataOctopusdeployAzureCloudServiceDeploymentTargets#environments}
        :param health_statuses: A filter to search by a list of health statuses of resources. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#health_statuses DataOctopusdeployAzureCloudServiceDeploymentTargets#health_statuses}
        :param ids: A filter to search by a list of IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#ids DataOctopusdeployAzureCloudServiceDeploymentTargets#ids}
        :param is_disabled: A filter to search by the disabled status of a resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#is_disabled DataOctopusdeployAzureCloudServiceDeploymentTargets#is_disabled}
        :param name: A filter to search by name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#name DataOctopusdeployAzureCloudServiceDeploymentTargets#name}
        :param partial_name: A filter to search by the partial match of a name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#partial_name DataOctopusdeployAzureCloudServiceDeploymentTargets#partial_name}
        :param roles: A filter to search by a list of role IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#roles DataOctopusdeployAzureCloudServiceDeploymentTargets#roles}
        :param shell_names: A list of shell names to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#shell_names DataOctopusdeployAzureCloudServiceDeploymentTargets#shell_names}
        :param skip: A filter to specify the number of items to skip in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#skip DataOctopusdeployAzureCloudServiceDeploymentTargets#skip}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#space_id DataOctopusdeployAzureCloudServiceDeploymentTargets#space_id}
        :param take: A filter to specify the number of items to take (or return) in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#take DataOctopusdeployAzureCloudServiceDeploymentTargets#take}
        :param tenants: A filter to search by a list of tenant IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#tenants DataOctopusdeployAzureCloudServiceDeploymentTargets#tenants}
        :param tenant_tags: A filter to search by a list of tenant tags. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#tenant_tags DataOctopusdeployAzureCloudServiceDeploymentTargets#tenant_tags}
        :param thumbprint: The thumbprint of the deployment target to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#thumbprint DataOctopusdeployAzureCloudServiceDeploymentTargets#thumbprint}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c90888dc254850b63159515685d5ced8d1a7725f4ce821ce673fb0c972463b2f)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument deployment_id", value=deployment_id, expected_type=type_hints["deployment_id"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument health_statuses", value=health_statuses, expected_type=type_hints["health_statuses"])
            check_type(argname="argument ids", value=ids, expected_type=type_hints["ids"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument partial_name", value=partial_name, expected_type=type_hints["partial_name"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument shell_names", value=shell_names, expected_type=type_hints["shell_names"])
            check_type(argname="argument skip", value=skip, expected_type=type_hints["skip"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument take", value=take, expected_type=type_hints["take"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
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
        if deployment_id is not None:
            self._values["deployment_id"] = deployment_id
        if environments is not None:
            self._values["environments"] = environments
        if health_statuses is not None:
            self._values["health_statuses"] = health_statuses
        if ids is not None:
            self._values["ids"] = ids
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if name is not None:
            self._values["name"] = name
        if partial_name is not None:
            self._values["partial_name"] = partial_name
        if roles is not None:
            self._values["roles"] = roles
        if shell_names is not None:
            self._values["shell_names"] = shell_names
        if skip is not None:
            self._values["skip"] = skip
        if space_id is not None:
            self._values["space_id"] = space_id
        if take is not None:
            self._values["take"] = take
        if tenants is not None:
            self._values["tenants"] = tenants
        if tenant_tags is not None:
            self._values["tenant_tags"] = tenant_tags
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint

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
    def deployment_id(self) -> typing.Optional[builtins.str]:
        '''A filter to search by deployment ID.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#deployment_id DataOctopusdeployAzureCloudServiceDeploymentTargets#deployment_id}
        '''
        result = self._values.get("deployment_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of environment IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#environments DataOctopusdeployAzureCloudServiceDeploymentTargets#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def health_statuses(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of health statuses of resources.

        Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#health_statuses DataOctopusdeployAzureCloudServiceDeploymentTargets#health_statuses}
        '''
        result = self._values.get("health_statuses")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#ids DataOctopusdeployAzureCloudServiceDeploymentTargets#ids}
        '''
        result = self._values.get("ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''A filter to search by the disabled status of a resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#is_disabled DataOctopusdeployAzureCloudServiceDeploymentTargets#is_disabled}
        '''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''A filter to search by name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#name DataOctopusdeployAzureCloudServiceDeploymentTargets#name}
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partial_name(self) -> typing.Optional[builtins.str]:
        '''A filter to search by the partial match of a name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#partial_name DataOctopusdeployAzureCloudServiceDeploymentTargets#partial_name}
        '''
        result = self._values.get("partial_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of role IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#roles DataOctopusdeployAzureCloudServiceDeploymentTargets#roles}
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shell_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of shell names to match in the query and/or search.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#shell_names DataOctopusdeployAzureCloudServiceDeploymentTargets#shell_names}
        '''
        result = self._values.get("shell_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def skip(self) -> typing.Optional[jsii.Number]:
        '''A filter to specify the number of items to skip in the response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#skip DataOctopusdeployAzureCloudServiceDeploymentTargets#skip}
        '''
        result = self._values.get("skip")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#space_id DataOctopusdeployAzureCloudServiceDeploymentTargets#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def take(self) -> typing.Optional[jsii.Number]:
        '''A filter to specify the number of items to take (or return) in the response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#take DataOctopusdeployAzureCloudServiceDeploymentTargets#take}
        '''
        result = self._values.get("take")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of tenant IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#tenants DataOctopusdeployAzureCloudServiceDeploymentTargets#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of tenant tags.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#tenant_tags DataOctopusdeployAzureCloudServiceDeploymentTargets#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''The thumbprint of the deployment target to match in the query and/or search.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/azure_cloud_service_deployment_targets#thumbprint DataOctopusdeployAzureCloudServiceDeploymentTargets#thumbprint}
        '''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployAzureCloudServiceDeploymentTargetsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "DataOctopusdeployAzureCloudServiceDeploymentTargets",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationList",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthenticationOutputReference",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerList",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainerOutputReference",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationList",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestinationOutputReference",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointList",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointOutputReference",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsList",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetailsOutputReference",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsList",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsOutputReference",
    "DataOctopusdeployAzureCloudServiceDeploymentTargetsConfig",
]

publication.publish()

def _typecheckingstub__284310ade0c93ee6d7f3d72a89441830d70e0e43b5922a978fdc0acd846c2b54(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    deployment_id: typing.Optional[builtins.str] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_statuses: typing.Optional[typing.Sequence[builtins.str]] = None,
    ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    name: typing.Optional[builtins.str] = None,
    partial_name: typing.Optional[builtins.str] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    shell_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    skip: typing.Optional[jsii.Number] = None,
    space_id: typing.Optional[builtins.str] = None,
    take: typing.Optional[jsii.Number] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__dfb94b4665a75b9c5dbac41305ae692794f9f6606c7445af59320d6080322e00(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f94739179dcfd412392e18031f0b10d60aa8ad35ed7f716845f2398fcb0ddbfe(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60b4bead20f96d87460f148c5c3d291b6a67583227666c8a56d6713e207c6213(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ce96a7ac093ef18793a6d2aed0d15945698954e09e0b5fee032bbda439ed031(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__757c975f7065aa56aa8e06279d49b4e9d69dd3702760a92638ffa64d15785489(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e430b38562e88963d00368e5da50aa3a3154c435ed5951af1d2d75499578bfe6(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ea25430c0f06bbc2d90e19fb06f83301054ce66421a31f5b574a83f74fe3aca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57f5162432b689e2207d42da99193e96c4ef2da2e914c0b07675e2e40c29599c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0e508389fbbc4aa92dd2fd87f196aa30b795c0bdc35dd0e4575d573d2c8f601(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b16e2e0f895d083e91f605d06ea15ab94c22003c356b35b28622cc83d905dfcc(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21599b01c7dfc3021a5f8f3c69970985143bae0cae860456026edf53391caf26(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb46753ef86075bea4a5777982f81d6540c4d1d1ee4d05f0ca214adf5e44340f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__addc97ccf49b4df5d5b3f8c31e7b91a829ee00dde0c409b434e2e716832f990f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00c195652cad8a2ae103753927e6be26544d2f56ac72ceff6b59d372350bba14(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__935e9d95a21ef9e460e2f6db46f13f1a1f53ee8309faf897cf9301d71293f303(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c995f9b4bce3a116cf45b2892bfa5c58a2768d2ad997a13e92e81e9f68e940b0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__856504b9b28939f7fcca146be6f54652bbd88595b9486525a023429b2d262c5b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6af002933d45b7481cc4657e366ac0d5e044c6f71c89ddcb287a97d55d795a4a(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28154cf76da0ee440cf3efdbe811ed6dc54f72c3b45d9100371ab2bfaa5aebd3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73aec4498171715a0081588b9292b4d74c425a3c50baa504143713070801f9bb(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edd961b83c02a3ed26d614d2012efd35e420f9d330070645727e4e2856ff08ed(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cc33cf8d771b05ca6afe494852f98aa64cefcd283b65ace19f432036d951a7d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df1c94bc33e850268ea3f9cf0e2c566f892c6d49a35c0bed58a1541d8bda5b2a(
    value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdca32bf06c10f8c691a9093ab674cf63c57a4a57ace989fc6182cb38ba5fa34(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cbfec6f527aecc46340fce3ddcdde0cd893bb45b266a9718607eec54b89e4a6(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__075f577b838ffa065e2014e629ab724cddb67be3e67a80235711b0b1e2ce4d30(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37324d64a5ee60f699131fedeef3aabed1dc5e7a14c807214fc9764a64061a52(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fd3b45a4ecc6ae3c428dfde6b5d62c932987a35bfe3f14e3e9d6159a83d2d1d(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d9689a71d70089663d492d512328b3f65d134715dcadeaa87d7feba537abf5c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb659422e2541af19c634037551488fb903b5cc1f98e883afbd9c8bf0e60676c(
    value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointContainer],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5595d68ce992ba8a8a3bdf5604ef1101faa3f3f892d2ed31b40b5fbd86cea84(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d8259c11d9a53ff0b784ee287807981ea86ccfb20616d22b24cfa5770471a54(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__309a9f1218eebc57ba1e8b30de0ac212185dd1be40c950824caf02657b5b7458(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e27eebd3b7749ac7129b3522f152a490b7725934846f25aa78ed1724831aa992(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2eefbab34067fd3ed330840a9eda940a295f443d4882d76f347de7356de9eb1(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c80bdb7d5b258f1e61c935488b827c8eb6c90264c9d47da35a83b99e88952b79(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33fc0f0c89bfd2bce3b828a27b79c7af4ddba9ca79f01716ed4be7aab672ca8b(
    value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointDestination],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da8027da6bc085a42ad400e5fd0cf0841e98b5ac598d5e5448d64b1a13284150(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03d0050301a5aed35637a12fe23c3268473beef2af7f9b673661aee3f3f2d65c(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b42e6cf820706b3d28560a0c8e7620b1fb665e67ded9dbdce1d5ea1e01e4012d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2715485f701df7e325cc76113a04c266b05b8cff40b07c495cbe5c524ae2fbb1(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fa277078dd2d9c33fe9f3fb8156332db2a51465a934b36ab3426f4654ca044f(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c88bf071d2972abd29e016b1e3653c7dbf0ea087a8623c99bc77a9ff65c9556(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c41fca64c1f1e364bd9ca75b4c2ba37f4852a13aba93969ba0b4bd48c6e7910e(
    value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpoint],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eed6c8c9b71ca3a0b11cdc81fcbb7c19c55d40ed1e18c03404b7b96672402554(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0b2ea1a19c870293d6986cd80dbc196f106b922ada3fc57d05818f3313977ee(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9a8c7d8b40faeba7d9a66d8afd5adb2e97c6189b52e767a1c53eb8ce8fb6e03(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95b1200f9eb2762ac6554f23e15f8d3c9ce0553c8056ace106c3737274d6c09c(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b62bb176b5e25bd2b338a02bb11179c88ac204c78c8a892480cc36718d4afdfc(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4bfb9fd98df8a10172d8891d77f8f6c5857499ece5f6be210dc87f658c74563(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3d9ed8b393a7a184f2dd3a2e45bb5b2f8081b4fee56235319276c438dae6a21(
    value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargetsEndpointTentacleVersionDetails],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ff5cb94c67ea22ef8d9a20a5c8a5a185e486c47d9ee7669a39af44e2abf0705(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__380b0312a86edc18e9e9c80edecbe0a037b375e4d05c9b56a172c1c733458e03(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8932b34a2c05fbd19f747ab7d7c489ff04be6b08742cc2ce9c779b17b883a12f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79572251c6f048a5c014669e9964151f0cfda2c784246f54f8f48dab24b051a5(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64f4583355053891ca54cacc2636716c8d45df611d58be276ccf7acc7d08df77(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7a323af938f961a9d1e3588f2719571fbc5fab873c9a1cd5265fe70ce6b4985(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e9fcf8209217024dcaf20e26d3062adcd9e44dd08d52358b972e316cef480ff(
    value: typing.Optional[DataOctopusdeployAzureCloudServiceDeploymentTargetsAzureCloudServiceDeploymentTargets],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c90888dc254850b63159515685d5ced8d1a7725f4ce821ce673fb0c972463b2f(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    deployment_id: typing.Optional[builtins.str] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_statuses: typing.Optional[typing.Sequence[builtins.str]] = None,
    ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    name: typing.Optional[builtins.str] = None,
    partial_name: typing.Optional[builtins.str] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    shell_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    skip: typing.Optional[jsii.Number] = None,
    space_id: typing.Optional[builtins.str] = None,
    take: typing.Optional[jsii.Number] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
