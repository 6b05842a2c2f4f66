r'''
# `data_octopusdeploy_kubernetes_cluster_deployment_targets`

Refer to the Terraform Registry for docs: [`data_octopusdeploy_kubernetes_cluster_deployment_targets`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets).
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


class DataOctopusdeployKubernetesClusterDeploymentTargets(
    _cdktf_9a9027ec.TerraformDataSource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargets",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets octopusdeploy_kubernetes_cluster_deployment_targets}.'''

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
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets octopusdeploy_kubernetes_cluster_deployment_targets} Data Source.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param deployment_id: A filter to search by deployment ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#deployment_id DataOctopusdeployKubernetesClusterDeploymentTargets#deployment_id}
        :param environments: A filter to search by a list of environment IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#environments DataOctopusdeployKubernetesClusterDeploymentTargets#environments}
        :param health_statuses: A filter to search by a list of health statuses of resources. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#health_statuses DataOctopusdeployKubernetesClusterDeploymentTargets#health_statuses}
        :param ids: A filter to search by a list of IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#ids DataOctopusdeployKubernetesClusterDeploymentTargets#ids}
        :param is_disabled: A filter to search by the disabled status of a resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#is_disabled DataOctopusdeployKubernetesClusterDeploymentTargets#is_disabled}
        :param name: A filter to search by name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#name DataOctopusdeployKubernetesClusterDeploymentTargets#name}
        :param partial_name: A filter to search by the partial match of a name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#partial_name DataOctopusdeployKubernetesClusterDeploymentTargets#partial_name}
        :param roles: A filter to search by a list of role IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#roles DataOctopusdeployKubernetesClusterDeploymentTargets#roles}
        :param shell_names: A list of shell names to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#shell_names DataOctopusdeployKubernetesClusterDeploymentTargets#shell_names}
        :param skip: A filter to specify the number of items to skip in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#skip DataOctopusdeployKubernetesClusterDeploymentTargets#skip}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#space_id DataOctopusdeployKubernetesClusterDeploymentTargets#space_id}
        :param take: A filter to specify the number of items to take (or return) in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#take DataOctopusdeployKubernetesClusterDeploymentTargets#take}
        :param tenants: A filter to search by a list of tenant IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#tenants DataOctopusdeployKubernetesClusterDeploymentTargets#tenants}
        :param tenant_tags: A filter to search by a list of tenant tags. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#tenant_tags DataOctopusdeployKubernetesClusterDeploymentTargets#tenant_tags}
        :param thumbprint: The thumbprint of the deployment target to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#thumbprint DataOctopusdeployKubernetesClusterDeploymentTargets#thumbprint}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__12299cbb326efedd0c1ad268f4b95552410e8d8b6384d4520ff7bb7be2c8d5b3)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = DataOctopusdeployKubernetesClusterDeploymentTargetsConfig(
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
        '''Generates CDKTF code for importing a DataOctopusdeployKubernetesClusterDeploymentTargets resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the DataOctopusdeployKubernetesClusterDeploymentTargets to import.
        :param import_from_id: The id of the existing DataOctopusdeployKubernetesClusterDeploymentTargets that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the DataOctopusdeployKubernetesClusterDeploymentTargets to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15fb4dcac03e005a29a79a2741220d237bbfd95d104407e0223f2677a91dded2)
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
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="kubernetesClusterDeploymentTargets")
    def kubernetes_cluster_deployment_targets(
        self,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsList":
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsList", jsii.get(self, "kubernetesClusterDeploymentTargets"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__50111a422552dd20f121c8683d16609f572a0ee64d6d634045657971d968ee58)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deploymentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dad2eb411d2f8d500be6240df717c0eecbb62747afbff12df9044cd967e8b2ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthStatuses")
    def health_statuses(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "healthStatuses"))

    @health_statuses.setter
    def health_statuses(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e24f038544a5d13202da8a293ce9ca2758fb4f390da22d677c8257964e2f8e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthStatuses", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ids")
    def ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "ids"))

    @ids.setter
    def ids(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b378b5ab64e9e2201bd6c082a92ed3ddd747cda85689c284bd53b9f8c3c2e11e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__6976d3a5aa6ada7c7f475308ec5628e5cb25b775383ecd404cb83baf4e361ea5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6025c4663920b41f7ee1a95e4bdd42fd3ee7eaa720abc7f193df688711a3b3aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="partialName")
    def partial_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "partialName"))

    @partial_name.setter
    def partial_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc5b8c32a1ac51ac5fd0a6370330172ba243c197ee86bf3a3526319e9f022e43)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "partialName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0da615bfd251f203a5b893b54d5f120e914c3ba49a2ec8704c108c6bcf84e015)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellNames")
    def shell_names(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "shellNames"))

    @shell_names.setter
    def shell_names(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a1f3af47295eb26b4d2853ee5f8525d54c8aef2ba483786320b5c9b7c28c447b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellNames", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skip")
    def skip(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "skip"))

    @skip.setter
    def skip(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__024f3c065ba24bd8ff3dc5757df206a6b6d242b1921cbf42574848b2c254775a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skip", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00a8fa6555c40e64b1edf9b5e447f79cc97ad251be071c2f16c09d4538dd68b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="take")
    def take(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "take"))

    @take.setter
    def take(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bcdeb543487b822874b7a5af3d619517140e51d0e2777098fc5bc7312f157330)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "take", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c55b6135cfbb4a7bf24c267b80265a52926fd0b3e9602702d7b9b3bf0bd33aa6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b7a1880e64f0396faddfdabd355e5aaf78f57bb96634d3cb83d27bfb4cbf806)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f37e1adb8533df59eb5169440d957c7a0c88b2ba3c27e17699e3b9b506ca95ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsConfig",
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
class DataOctopusdeployKubernetesClusterDeploymentTargetsConfig(
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
        :param deployment_id: A filter to search by deployment ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#deployment_id DataOctopusdeployKubernetesClusterDeploymentTargets#deployment_id}
        :param environments: A filter to search by a list of environment IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#environments DataOctopusdeployKubernetesClusterDeploymentTargets#environments}
        :param health_statuses: A filter to search by a list of health statuses of resources. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#health_statuses DataOctopusdeployKubernetesClusterDeploymentTargets#health_statuses}
        :param ids: A filter to search by a list of IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#ids DataOctopusdeployKubernetesClusterDeploymentTargets#ids}
        :param is_disabled: A filter to search by the disabled status of a resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#is_disabled DataOctopusdeployKubernetesClusterDeploymentTargets#is_disabled}
        :param name: A filter to search by name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#name DataOctopusdeployKubernetesClusterDeploymentTargets#name}
        :param partial_name: A filter to search by the partial match of a name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#partial_name DataOctopusdeployKubernetesClusterDeploymentTargets#partial_name}
        :param roles: A filter to search by a list of role IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#roles DataOctopusdeployKubernetesClusterDeploymentTargets#roles}
        :param shell_names: A list of shell names to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#shell_names DataOctopusdeployKubernetesClusterDeploymentTargets#shell_names}
        :param skip: A filter to specify the number of items to skip in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#skip DataOctopusdeployKubernetesClusterDeploymentTargets#skip}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#space_id DataOctopusdeployKubernetesClusterDeploymentTargets#space_id}
        :param take: A filter to specify the number of items to take (or return) in the response. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#take DataOctopusdeployKubernetesClusterDeploymentTargets#take}
        :param tenants: A filter to search by a list of tenant IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#tenants DataOctopusdeployKubernetesClusterDeploymentTargets#tenants}
        :param tenant_tags: A filter to search by a list of tenant tags. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#tenant_tags DataOctopusdeployKubernetesClusterDeploymentTargets#tenant_tags}
        :param thumbprint: The thumbprint of the deployment target to match in the query and/or search. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#thumbprint DataOctopusdeployKubernetesClusterDeploymentTargets#thumbprint}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__958a9a0c76089aa9a98282433e5428855169f532c1abcb08be234c061d583682)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#deployment_id DataOctopusdeployKubernetesClusterDeploymentTargets#deployment_id}
        '''
        result = self._values.get("deployment_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of environment IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#environments DataOctopusdeployKubernetesClusterDeploymentTargets#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def health_statuses(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of health statuses of resources.

        Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#health_statuses DataOctopusdeployKubernetesClusterDeploymentTargets#health_statuses}
        '''
        result = self._values.get("health_statuses")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#ids DataOctopusdeployKubernetesClusterDeploymentTargets#ids}
        '''
        result = self._values.get("ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''A filter to search by the disabled status of a resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#is_disabled DataOctopusdeployKubernetesClusterDeploymentTargets#is_disabled}
        '''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''A filter to search by name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#name DataOctopusdeployKubernetesClusterDeploymentTargets#name}
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partial_name(self) -> typing.Optional[builtins.str]:
        '''A filter to search by the partial match of a name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#partial_name DataOctopusdeployKubernetesClusterDeploymentTargets#partial_name}
        '''
        result = self._values.get("partial_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of role IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#roles DataOctopusdeployKubernetesClusterDeploymentTargets#roles}
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shell_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of shell names to match in the query and/or search.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#shell_names DataOctopusdeployKubernetesClusterDeploymentTargets#shell_names}
        '''
        result = self._values.get("shell_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def skip(self) -> typing.Optional[jsii.Number]:
        '''A filter to specify the number of items to skip in the response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#skip DataOctopusdeployKubernetesClusterDeploymentTargets#skip}
        '''
        result = self._values.get("skip")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#space_id DataOctopusdeployKubernetesClusterDeploymentTargets#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def take(self) -> typing.Optional[jsii.Number]:
        '''A filter to specify the number of items to take (or return) in the response.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#take DataOctopusdeployKubernetesClusterDeploymentTargets#take}
        '''
        result = self._values.get("take")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of tenant IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#tenants DataOctopusdeployKubernetesClusterDeploymentTargets#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A filter to search by a list of tenant tags.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#tenant_tags DataOctopusdeployKubernetesClusterDeploymentTargets#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''The thumbprint of the deployment target to match in the query and/or search.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/data-sources/kubernetes_cluster_deployment_targets#thumbprint DataOctopusdeployKubernetesClusterDeploymentTargets#thumbprint}
        '''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__36cc77677dfceeb430b6e6a12ac519b3dfd8f2414c1f61293e1536b646094428)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a76bd34732ad0f6ffb1b65da288ccc0fb624d78279f99b28c827944931f76a97)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__107285c067e09f79b46fc4bc320eebb5828a202701a985b78693dda8d9773752)
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
            type_hints = typing.get_type_hints(_typecheckingstub__fe78b42c8147213e4139a067270849e4d33426d475a9fcd2fe8a52ead6786981)
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
            type_hints = typing.get_type_hints(_typecheckingstub__df71b5943f71f578c5d838773b8ac97748c5dfb07e0540dbed5a4c74ec2005ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7d15fb6c50978902dd7bbed6ab8bbf1e3e8109f89479133b6718665037b7d5e6)
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
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d598837ef2aec634513f0e3633524662f004b3a5f6d0d67a2555f34a9c116f77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__4f52a0240b9600c3e999bdc160762a8993b9f81b4cf3b81a506b0dc7434dae4e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4aab12c069cc1f49dc1190f10e1b386d3e05b4dc32880e6b6604310928035604)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__87c13e8cde71dbae8286f2aad2a914d530ccc892a6c43e40da6f5b9b7d31eb5e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ffef03d984d4f5730dfa9ec1f6609490cfda146b06af2224e79844a367e11185)
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
            type_hints = typing.get_type_hints(_typecheckingstub__08c4d618a2022af6d82c796c4791db52e0c7d72019bf98c5b93ad5cd523d856e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__972724072a38faf92b25763f8bad8a40931dcf13a151d6b9434586729376d8da)
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
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @builtins.property
    @jsii.member(jsii_name="useInstanceRole")
    def use_instance_role(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "useInstanceRole"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29e2fccbeec573bc36f42bc619b41bf8ea96ebfb4d1faa5bc69ab3d7b82371ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f86000aa5bf3e5ee7389f383623b896580c2b13dbcd8aa1a4f0d09f34008021d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e5c6a75608d02c057be44a8851aa3fd17e16ca1d7df23a1991d899cac80755cb)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__403bfb439b389601d80b938c2540c58ae748af47c1ef511647b3938929a06472)
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
            type_hints = typing.get_type_hints(_typecheckingstub__58bd04c276cb609909e05a7f70e1e079d3059801a35afcae4c87f34292358454)
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
            type_hints = typing.get_type_hints(_typecheckingstub__269fe044bf3266d6ad3795dd989730bfdbe9705dbd9f7935f3fea73444432a99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a5b39900aaaf66b2ac8fd09ca035cfa207caa971f821d52ed4be688f2afdccbc)
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
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0fc56bd3d29744dfa50c72d22a81179c1af9198a61526f67b55a4c24e41ac0a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__19c2431a648fc34c669a9e328ba294e702159a98fc9209ff616c68f3bcebf474)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__43ab4d75c051bd01571d8a0fe0e4897eeb9d219b00b8a53452ddd3d4551af292)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a61d776f569ca7b7a4c3a8464585b5670c62d726da0db179e5a7e2da15f40df)
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
            type_hints = typing.get_type_hints(_typecheckingstub__281e6b519b588f9b82cc2594c9f81d5a84cf51b4b7a89ebe0ed18ced25921115)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0aa346e9ae7cfd3378bf306f7f1f195c044cceefbd23c4e72260a5ac50aac83b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__fbe0b3059f07cf8a0d46a1f67460fd34cb504a47271d8a956e9473c088594d6f)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2198fb8de7dc0999745255ca405999869c0750838b746afdf02c7161eb0e3494)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__bdef43efb07a151da8e07d0af1e7674dd1689be643cfea841a380b7b58528c76)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d789ff9dc572104182a987b6aafa73dfccd9a188a795c0a845600a2cbc57246d)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a8ff30c4c12768a7ec15dfb0ee65ed6f0f63b33414083a5004b050c5ba15968)
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
            type_hints = typing.get_type_hints(_typecheckingstub__254a50beef38a215ee2c75fbdfb499c5928079e7dcc3982640013afab5eb8770)
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
            type_hints = typing.get_type_hints(_typecheckingstub__34bc0f2ea98c6f3d0060bd5c63f8f1b4d507f199c6410149264e7e864f52b7b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e183bbf791c53a525b4404e3f35e3997e28cc39b2804f527b06b450099a61131)
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
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3998c1d3dd14f0c8fe4d1155d8744d1774593f398b275efba429c2b29409a429)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__cbff6cde59d6a60c8c503f7920f7c712ae0164a3bcfa7cf06062423ec663cf73)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3d7d507a5025aedcf56926e5cc897697daf482f8775eb8628cee3180a9f841e)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__283664e8bc60e9b1846739d712813e7a75acfda8f6378520cd95af6c91fb352a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5b28d86e53f9a438a1057e5ca87f2eafc555a701067c58257fe5b1288e4d4033)
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
            type_hints = typing.get_type_hints(_typecheckingstub__26238d411b92c3c58b8e9d4d7625e83b3f2e42f3179192ad00eb94c186744b96)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1a5f61b004a240eccad27c129f4065587e64937cb902673c8f0a3c2cfa38a249)
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
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce3e0dc6e1a0623b29a363294f1369239e2808a58900f5458d72b0cbb0173637)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9e725ab293779735ae3c277c2945554f02547cfee69825181c693497f9ddd10f)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e0062876cac68747ff7b8be7d99ccdad7970dadd171ed5220fab8f6d45633189)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b757b7df3c9544a9fbd000e451c2147fd8ffce88db3a841fabf960aa7ba8e0e3)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b0972e48c0d992366ac366e72ab07eaa0c6ba113256f12aaf00428e9220dfc81)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1ed30cb39a13cbd3e628da71e7e54ce26e9e7ac901d70ebf9e5b7f4cd1178eb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b5433424ca9a0d6c7a33f5543ce61e09d22c3ee4436db73eb4476c97a8b1ad6b)
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
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd9ffcd030892035375c22786061fb15afdb9b9699277c29c6d9fc288eb0524d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e4902970de1443449123e9c32a1d8c8afb37994a25a631f947e55da5d87d9602)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__decd8daf55fbeb5d8929bae55a149d566fac58a466b91f4121ff232ccea6ca98)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__995e66ae7c6dde15f20d2d7b5111b22f4038514a3994530e99fc08316181df61)
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
            type_hints = typing.get_type_hints(_typecheckingstub__48ec759512bdcb27311905e6542c08483476dbfeb406dd5f4ffbc749d25aae1b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__aba0ddfda0f093c2faa1d33f141cba31e9d683ed226ca476df7bca2751607f82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__67d1e2373394b30dae36e4fc86f380f6b782262a91f1636c7aac2ae957f2e8ee)
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
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86608479fcae75be43c3c696c01ed9e63882bde6e4f89271312172c0d3a49e0c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a3d98d2623a8692fd4fe43542f8424d79eb01992c7fef59b28787045d546d08c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c213a4f00bf46c9d9b66b951c301b1fa91847df935a7269fefe2768762b2466)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__450876c4ea4c04298110375d07ae889bc5d71f11485a5454ee61ad5858619d7e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__791c999c5d05745ffe2dd782982288029331e5b7acc5840359016a9ffe44b6d5)
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
            type_hints = typing.get_type_hints(_typecheckingstub__13dc3cf89254845a8f94bf05f756890ef9676a8a3cfb70f5fe34f8eef261be0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__793d9a9f98e9e5f1ce20a6d79fcac3221ca54efbabd37f4edc0e6bf5340c5adf)
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
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationList, jsii.get(self, "authentication"))

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
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerList, jsii.get(self, "container"))

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
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationList, jsii.get(self, "destination"))

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
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsList":
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

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
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__245827df33cb42dd268592359611ad080bf4d236413e2cec3666dd80c4989ec0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__adf8720a05694a98b013ac4cbbeb35dae68ccfc9f91b610007f5c7c3794377e1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dabe6a108f95f1ce2e6db8e10f2ecf70920e0169a95cc112845b250785f0266d)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1364ef66f719c808636da3c4f44faeb374232ad76a3d32d0b3f6f5633f67e60d)
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
            type_hints = typing.get_type_hints(_typecheckingstub__29a7f7d0d28fdb7accda27bd41818851283c585119ef7cc58c8a9e81414b80e6)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5848dda7a789dd6676fc90d8f8408f4410e345f5cc9abaf160d7c1be44cd9536)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1e71d36eb67f25f5712c6ee4233748498b91a320de3be5a224f3df4a36a94e63)
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
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dee8f91afffce6b87d53e842030a7ef7976fec3666a4d5862584682c0ec898b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b0d50098d62963b0f20b8ef9e631697d076c61a78f5c49b2106067c59b1dc643)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b11235da752d1d975b9a6303b3c2b6d7c8fef33772136846609ead0f59dd53a)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4024defbf201f709285603c5ecd175b355ef81a7bb297d9f4319dfc9ec6cf0fc)
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
            type_hints = typing.get_type_hints(_typecheckingstub__baa48de484370de36daf16a740edbba7258d37ec3f8c58dbbe86bf2bc6ec1a40)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ae7dfb8d09546460ea2d1336be786a6a4706497726c32926a719160d554043fd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__82f2ff17bc6260653c79c7c6ee8233693a6497650290aeaf3fbaee8cc66033c7)
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
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

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
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1100deb71ba501af66f6f6edd3aca321b8c371bfa00693773c46ad6f04b3a7ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__eb6bf7acdfc3965074bf7f293fddd4836046121f3c5f2cd44159fd6c2703692d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0cfa82b4fc98e1ea6f772c3852b953d0afd5384f6ba5568b6faa839df27c5cd)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da207d1c2095de6d36db9809f5cef97ddc923a485c1688fa1170b56adce8ae89)
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
            type_hints = typing.get_type_hints(_typecheckingstub__14387c7ddb35c275e1715fe3b7f435d27fe10cbc6c4882b667506570c7e5d559)
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
            type_hints = typing.get_type_hints(_typecheckingstub__d6bf3ab7bbb22a944fb889836f5f7f8c93cb206363b3b8e1a38bb2cbcda1f1b1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__280e33b73c363fabf0532aabde2d760a33823263892751f27b3c89ff34473f44)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="authentication")
    def authentication(
        self,
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationList, jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="awsAccountAuthentication")
    def aws_account_authentication(
        self,
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationList, jsii.get(self, "awsAccountAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="azureServicePrincipalAuthentication")
    def azure_service_principal_authentication(
        self,
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationList, jsii.get(self, "azureServicePrincipalAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="certificateAuthentication")
    def certificate_authentication(
        self,
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationList, jsii.get(self, "certificateAuthentication"))

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
    @jsii.member(jsii_name="container")
    def container(
        self,
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerList, jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @builtins.property
    @jsii.member(jsii_name="endpoint")
    def endpoint(
        self,
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointList, jsii.get(self, "endpoint"))

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @builtins.property
    @jsii.member(jsii_name="gcpAccountAuthentication")
    def gcp_account_authentication(
        self,
    ) -> DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationList:
        return typing.cast(DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationList, jsii.get(self, "gcpAccountAuthentication"))

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
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @builtins.property
    @jsii.member(jsii_name="operatingSystem")
    def operating_system(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operatingSystem"))

    @builtins.property
    @jsii.member(jsii_name="podAuthentication")
    def pod_authentication(
        self,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationList":
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationList", jsii.get(self, "podAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @builtins.property
    @jsii.member(jsii_name="runningInContainer")
    def running_in_container(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "runningInContainer"))

    @builtins.property
    @jsii.member(jsii_name="shellName")
    def shell_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellName"))

    @builtins.property
    @jsii.member(jsii_name="shellVersion")
    def shell_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellVersion"))

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerification")
    def skip_tls_verification(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "skipTlsVerification"))

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
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8bacd43f1a2696146254e84f53b32d11aa4e9269288317f7c9779df58bd288b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication",
    jsii_struct_bases=[],
    name_mapping={},
)
class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication:
    def __init__(self) -> None:
        self._values: typing.Dict[builtins.str, typing.Any] = {}

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__20f5ebcf31cc871e0cf43e4a011ce6a6acaed16610a92d2f39c12b91a6bf93e8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd4a33ce68b8c07a095251dbb5f67cc872e176ee7a18f7563de6fa32a05bb348)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0e2af5bcd66132787e96d9198fd871c9f9a7cfaa972223327bcaedfc5f254b8)
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
            type_hints = typing.get_type_hints(_typecheckingstub__876222178938dead866aaf8fcddda43f6723024ad44b5e866d4ec896c39d4cb9)
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
            type_hints = typing.get_type_hints(_typecheckingstub__83c7b383801a67463e122c1f0a525713941c8769e7833af57daf80a640b7071f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]


class DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.dataOctopusdeployKubernetesClusterDeploymentTargets.DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ba147c39c9bdd008cb5d9d00a46b45dacf8c1e394e2c4b8170c66e2f92a3182d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication]:
        return typing.cast(typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3de06783def937f9dcc9e4951fe94db8698d00caf251ae5d798c940ec68c08fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "DataOctopusdeployKubernetesClusterDeploymentTargets",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsConfig",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthenticationOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthenticationOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthenticationOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthenticationOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainerOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthenticationOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainerOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestinationOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetailsOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthenticationOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsOutputReference",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationList",
    "DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthenticationOutputReference",
]

publication.publish()

def _typecheckingstub__12299cbb326efedd0c1ad268f4b95552410e8d8b6384d4520ff7bb7be2c8d5b3(
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

def _typecheckingstub__15fb4dcac03e005a29a79a2741220d237bbfd95d104407e0223f2677a91dded2(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50111a422552dd20f121c8683d16609f572a0ee64d6d634045657971d968ee58(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dad2eb411d2f8d500be6240df717c0eecbb62747afbff12df9044cd967e8b2ba(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e24f038544a5d13202da8a293ce9ca2758fb4f390da22d677c8257964e2f8e6(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b378b5ab64e9e2201bd6c082a92ed3ddd747cda85689c284bd53b9f8c3c2e11e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6976d3a5aa6ada7c7f475308ec5628e5cb25b775383ecd404cb83baf4e361ea5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6025c4663920b41f7ee1a95e4bdd42fd3ee7eaa720abc7f193df688711a3b3aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc5b8c32a1ac51ac5fd0a6370330172ba243c197ee86bf3a3526319e9f022e43(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0da615bfd251f203a5b893b54d5f120e914c3ba49a2ec8704c108c6bcf84e015(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1f3af47295eb26b4d2853ee5f8525d54c8aef2ba483786320b5c9b7c28c447b(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__024f3c065ba24bd8ff3dc5757df206a6b6d242b1921cbf42574848b2c254775a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00a8fa6555c40e64b1edf9b5e447f79cc97ad251be071c2f16c09d4538dd68b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcdeb543487b822874b7a5af3d619517140e51d0e2777098fc5bc7312f157330(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c55b6135cfbb4a7bf24c267b80265a52926fd0b3e9602702d7b9b3bf0bd33aa6(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b7a1880e64f0396faddfdabd355e5aaf78f57bb96634d3cb83d27bfb4cbf806(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f37e1adb8533df59eb5169440d957c7a0c88b2ba3c27e17699e3b9b506ca95ff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__958a9a0c76089aa9a98282433e5428855169f532c1abcb08be234c061d583682(
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

def _typecheckingstub__36cc77677dfceeb430b6e6a12ac519b3dfd8f2414c1f61293e1536b646094428(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a76bd34732ad0f6ffb1b65da288ccc0fb624d78279f99b28c827944931f76a97(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__107285c067e09f79b46fc4bc320eebb5828a202701a985b78693dda8d9773752(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe78b42c8147213e4139a067270849e4d33426d475a9fcd2fe8a52ead6786981(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df71b5943f71f578c5d838773b8ac97748c5dfb07e0540dbed5a4c74ec2005ea(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d15fb6c50978902dd7bbed6ab8bbf1e3e8109f89479133b6718665037b7d5e6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d598837ef2aec634513f0e3633524662f004b3a5f6d0d67a2555f34a9c116f77(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f52a0240b9600c3e999bdc160762a8993b9f81b4cf3b81a506b0dc7434dae4e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4aab12c069cc1f49dc1190f10e1b386d3e05b4dc32880e6b6604310928035604(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87c13e8cde71dbae8286f2aad2a914d530ccc892a6c43e40da6f5b9b7d31eb5e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffef03d984d4f5730dfa9ec1f6609490cfda146b06af2224e79844a367e11185(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08c4d618a2022af6d82c796c4791db52e0c7d72019bf98c5b93ad5cd523d856e(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__972724072a38faf92b25763f8bad8a40931dcf13a151d6b9434586729376d8da(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29e2fccbeec573bc36f42bc619b41bf8ea96ebfb4d1faa5bc69ab3d7b82371ff(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAwsAccountAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f86000aa5bf3e5ee7389f383623b896580c2b13dbcd8aa1a4f0d09f34008021d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5c6a75608d02c057be44a8851aa3fd17e16ca1d7df23a1991d899cac80755cb(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__403bfb439b389601d80b938c2540c58ae748af47c1ef511647b3938929a06472(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58bd04c276cb609909e05a7f70e1e079d3059801a35afcae4c87f34292358454(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__269fe044bf3266d6ad3795dd989730bfdbe9705dbd9f7935f3fea73444432a99(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5b39900aaaf66b2ac8fd09ca035cfa207caa971f821d52ed4be688f2afdccbc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fc56bd3d29744dfa50c72d22a81179c1af9198a61526f67b55a4c24e41ac0a0(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsAzureServicePrincipalAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19c2431a648fc34c669a9e328ba294e702159a98fc9209ff616c68f3bcebf474(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43ab4d75c051bd01571d8a0fe0e4897eeb9d219b00b8a53452ddd3d4551af292(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a61d776f569ca7b7a4c3a8464585b5670c62d726da0db179e5a7e2da15f40df(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__281e6b519b588f9b82cc2594c9f81d5a84cf51b4b7a89ebe0ed18ced25921115(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0aa346e9ae7cfd3378bf306f7f1f195c044cceefbd23c4e72260a5ac50aac83b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbe0b3059f07cf8a0d46a1f67460fd34cb504a47271d8a956e9473c088594d6f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2198fb8de7dc0999745255ca405999869c0750838b746afdf02c7161eb0e3494(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsCertificateAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdef43efb07a151da8e07d0af1e7674dd1689be643cfea841a380b7b58528c76(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d789ff9dc572104182a987b6aafa73dfccd9a188a795c0a845600a2cbc57246d(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a8ff30c4c12768a7ec15dfb0ee65ed6f0f63b33414083a5004b050c5ba15968(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__254a50beef38a215ee2c75fbdfb499c5928079e7dcc3982640013afab5eb8770(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34bc0f2ea98c6f3d0060bd5c63f8f1b4d507f199c6410149264e7e864f52b7b3(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e183bbf791c53a525b4404e3f35e3997e28cc39b2804f527b06b450099a61131(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3998c1d3dd14f0c8fe4d1155d8744d1774593f398b275efba429c2b29409a429(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsContainer],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbff6cde59d6a60c8c503f7920f7c712ae0164a3bcfa7cf06062423ec663cf73(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3d7d507a5025aedcf56926e5cc897697daf482f8775eb8628cee3180a9f841e(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__283664e8bc60e9b1846739d712813e7a75acfda8f6378520cd95af6c91fb352a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b28d86e53f9a438a1057e5ca87f2eafc555a701067c58257fe5b1288e4d4033(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26238d411b92c3c58b8e9d4d7625e83b3f2e42f3179192ad00eb94c186744b96(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a5f61b004a240eccad27c129f4065587e64937cb902673c8f0a3c2cfa38a249(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce3e0dc6e1a0623b29a363294f1369239e2808a58900f5458d72b0cbb0173637(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e725ab293779735ae3c277c2945554f02547cfee69825181c693497f9ddd10f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0062876cac68747ff7b8be7d99ccdad7970dadd171ed5220fab8f6d45633189(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b757b7df3c9544a9fbd000e451c2147fd8ffce88db3a841fabf960aa7ba8e0e3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0972e48c0d992366ac366e72ab07eaa0c6ba113256f12aaf00428e9220dfc81(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ed30cb39a13cbd3e628da71e7e54ce26e9e7ac901d70ebf9e5b7f4cd1178eb0(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5433424ca9a0d6c7a33f5543ce61e09d22c3ee4436db73eb4476c97a8b1ad6b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd9ffcd030892035375c22786061fb15afdb9b9699277c29c6d9fc288eb0524d(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointContainer],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4902970de1443449123e9c32a1d8c8afb37994a25a631f947e55da5d87d9602(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__decd8daf55fbeb5d8929bae55a149d566fac58a466b91f4121ff232ccea6ca98(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__995e66ae7c6dde15f20d2d7b5111b22f4038514a3994530e99fc08316181df61(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48ec759512bdcb27311905e6542c08483476dbfeb406dd5f4ffbc749d25aae1b(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aba0ddfda0f093c2faa1d33f141cba31e9d683ed226ca476df7bca2751607f82(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67d1e2373394b30dae36e4fc86f380f6b782262a91f1636c7aac2ae957f2e8ee(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86608479fcae75be43c3c696c01ed9e63882bde6e4f89271312172c0d3a49e0c(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointDestination],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3d98d2623a8692fd4fe43542f8424d79eb01992c7fef59b28787045d546d08c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c213a4f00bf46c9d9b66b951c301b1fa91847df935a7269fefe2768762b2466(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__450876c4ea4c04298110375d07ae889bc5d71f11485a5454ee61ad5858619d7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__791c999c5d05745ffe2dd782982288029331e5b7acc5840359016a9ffe44b6d5(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13dc3cf89254845a8f94bf05f756890ef9676a8a3cfb70f5fe34f8eef261be0b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__793d9a9f98e9e5f1ce20a6d79fcac3221ca54efbabd37f4edc0e6bf5340c5adf(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__245827df33cb42dd268592359611ad080bf4d236413e2cec3666dd80c4989ec0(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpoint],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__adf8720a05694a98b013ac4cbbeb35dae68ccfc9f91b610007f5c7c3794377e1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dabe6a108f95f1ce2e6db8e10f2ecf70920e0169a95cc112845b250785f0266d(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1364ef66f719c808636da3c4f44faeb374232ad76a3d32d0b3f6f5633f67e60d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29a7f7d0d28fdb7accda27bd41818851283c585119ef7cc58c8a9e81414b80e6(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5848dda7a789dd6676fc90d8f8408f4410e345f5cc9abaf160d7c1be44cd9536(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e71d36eb67f25f5712c6ee4233748498b91a320de3be5a224f3df4a36a94e63(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dee8f91afffce6b87d53e842030a7ef7976fec3666a4d5862584682c0ec898b5(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsEndpointTentacleVersionDetails],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0d50098d62963b0f20b8ef9e631697d076c61a78f5c49b2106067c59b1dc643(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b11235da752d1d975b9a6303b3c2b6d7c8fef33772136846609ead0f59dd53a(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4024defbf201f709285603c5ecd175b355ef81a7bb297d9f4319dfc9ec6cf0fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__baa48de484370de36daf16a740edbba7258d37ec3f8c58dbbe86bf2bc6ec1a40(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae7dfb8d09546460ea2d1336be786a6a4706497726c32926a719160d554043fd(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82f2ff17bc6260653c79c7c6ee8233693a6497650290aeaf3fbaee8cc66033c7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1100deb71ba501af66f6f6edd3aca321b8c371bfa00693773c46ad6f04b3a7ed(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsGcpAccountAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb6bf7acdfc3965074bf7f293fddd4836046121f3c5f2cd44159fd6c2703692d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0cfa82b4fc98e1ea6f772c3852b953d0afd5384f6ba5568b6faa839df27c5cd(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da207d1c2095de6d36db9809f5cef97ddc923a485c1688fa1170b56adce8ae89(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14387c7ddb35c275e1715fe3b7f435d27fe10cbc6c4882b667506570c7e5d559(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6bf3ab7bbb22a944fb889836f5f7f8c93cb206363b3b8e1a38bb2cbcda1f1b1(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__280e33b73c363fabf0532aabde2d760a33823263892751f27b3c89ff34473f44(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bacd43f1a2696146254e84f53b32d11aa4e9269288317f7c9779df58bd288b6(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargets],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20f5ebcf31cc871e0cf43e4a011ce6a6acaed16610a92d2f39c12b91a6bf93e8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd4a33ce68b8c07a095251dbb5f67cc872e176ee7a18f7563de6fa32a05bb348(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0e2af5bcd66132787e96d9198fd871c9f9a7cfaa972223327bcaedfc5f254b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__876222178938dead866aaf8fcddda43f6723024ad44b5e866d4ec896c39d4cb9(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83c7b383801a67463e122c1f0a525713941c8769e7833af57daf80a640b7071f(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba147c39c9bdd008cb5d9d00a46b45dacf8c1e394e2c4b8170c66e2f92a3182d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3de06783def937f9dcc9e4951fe94db8698d00caf251ae5d798c940ec68c08fc(
    value: typing.Optional[DataOctopusdeployKubernetesClusterDeploymentTargetsKubernetesClusterDeploymentTargetsPodAuthentication],
) -> None:
    """Type checking stubs"""
    pass
