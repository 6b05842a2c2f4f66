r'''
# `octopusdeploy_runbook`

Refer to the Terraform Registry for docs: [`octopusdeploy_runbook`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook).
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


class Runbook(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.runbook.Runbook",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook octopusdeploy_runbook}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        project_id: builtins.str,
        connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        default_guided_failure_mode: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        environment_scope: typing.Optional[builtins.str] = None,
        force_package_download: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        multi_tenancy_mode: typing.Optional[builtins.str] = None,
        retention_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookRetentionPolicy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        retention_policy_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookRetentionPolicyWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        runbook_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        space_id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook octopusdeploy_runbook} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of the runbook in Octopus Deploy. This name must be unique. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#name Runbook#name}
        :param project_id: The project that this runbook belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#project_id Runbook#project_id}
        :param connectivity_policy: connectivity_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#connectivity_policy Runbook#connectivity_policy}
        :param default_guided_failure_mode: Sets the runbook guided failure mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#default_guided_failure_mode Runbook#default_guided_failure_mode}
        :param description: The description of this runbook. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#description Runbook#description}
        :param environments: When environment_scope is set to "Specified", this is the list of environments the runbook can be run against. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#environments Runbook#environments}
        :param environment_scope: Determines how the runbook is scoped to environments. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#environment_scope Runbook#environment_scope}
        :param force_package_download: Whether to force packages to be re-downloaded or not. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#force_package_download Runbook#force_package_download}
        :param multi_tenancy_mode: The tenanted deployment mode of the runbook. Valid modes are ``Untenanted``, ``TenantedOrUntenanted``, ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#multi_tenancy_mode Runbook#multi_tenancy_mode}
        :param retention_policy: retention_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#retention_policy Runbook#retention_policy}
        :param retention_policy_with_strategy: retention_policy_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#retention_policy_with_strategy Runbook#retention_policy_with_strategy}
        :param runbook_tags: A list of tags associated with this runbook. Valid tags must be defined in a tag set with the 'Runbook' scope enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#runbook_tags Runbook#runbook_tags}
        :param space_id: The space ID associated with this runbook. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#space_id Runbook#space_id}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__69edbca62ce33b0b3754c02b0f0b902b2ff104f6716bdcdcd6c384e0d97ed1d5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = RunbookConfig(
            name=name,
            project_id=project_id,
            connectivity_policy=connectivity_policy,
            default_guided_failure_mode=default_guided_failure_mode,
            description=description,
            environments=environments,
            environment_scope=environment_scope,
            force_package_download=force_package_download,
            multi_tenancy_mode=multi_tenancy_mode,
            retention_policy=retention_policy,
            retention_policy_with_strategy=retention_policy_with_strategy,
            runbook_tags=runbook_tags,
            space_id=space_id,
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
        '''Generates CDKTF code for importing a Runbook resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Runbook to import.
        :param import_from_id: The id of the existing Runbook that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Runbook to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6bb7c95d9d2313323ba3812652c882a689cf616193152c9aafc5e0ea3bb5b9fc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putConnectivityPolicy")
    def put_connectivity_policy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de9173b0954e8a35dc816e95fe8039b8c2aafc2720f7f4dca2233e8ee4cb5187)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putConnectivityPolicy", [value]))

    @jsii.member(jsii_name="putRetentionPolicy")
    def put_retention_policy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookRetentionPolicy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8d6e2a1032e98d7bd529ec4d915409567923d3e368bc8796bf593e9e69c07be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putRetentionPolicy", [value]))

    @jsii.member(jsii_name="putRetentionPolicyWithStrategy")
    def put_retention_policy_with_strategy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookRetentionPolicyWithStrategy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a52b42240417c2aa2df6c21d4848ec47aad6539487403338194e93096c86918d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putRetentionPolicyWithStrategy", [value]))

    @jsii.member(jsii_name="resetConnectivityPolicy")
    def reset_connectivity_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectivityPolicy", []))

    @jsii.member(jsii_name="resetDefaultGuidedFailureMode")
    def reset_default_guided_failure_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultGuidedFailureMode", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetEnvironments")
    def reset_environments(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironments", []))

    @jsii.member(jsii_name="resetEnvironmentScope")
    def reset_environment_scope(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironmentScope", []))

    @jsii.member(jsii_name="resetForcePackageDownload")
    def reset_force_package_download(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetForcePackageDownload", []))

    @jsii.member(jsii_name="resetMultiTenancyMode")
    def reset_multi_tenancy_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMultiTenancyMode", []))

    @jsii.member(jsii_name="resetRetentionPolicy")
    def reset_retention_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRetentionPolicy", []))

    @jsii.member(jsii_name="resetRetentionPolicyWithStrategy")
    def reset_retention_policy_with_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRetentionPolicyWithStrategy", []))

    @jsii.member(jsii_name="resetRunbookTags")
    def reset_runbook_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunbookTags", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

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
    @jsii.member(jsii_name="connectivityPolicy")
    def connectivity_policy(self) -> "RunbookConnectivityPolicyList":
        return typing.cast("RunbookConnectivityPolicyList", jsii.get(self, "connectivityPolicy"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="publishedRunbookSnapshotId")
    def published_runbook_snapshot_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "publishedRunbookSnapshotId"))

    @builtins.property
    @jsii.member(jsii_name="retentionPolicy")
    def retention_policy(self) -> "RunbookRetentionPolicyList":
        return typing.cast("RunbookRetentionPolicyList", jsii.get(self, "retentionPolicy"))

    @builtins.property
    @jsii.member(jsii_name="retentionPolicyWithStrategy")
    def retention_policy_with_strategy(
        self,
    ) -> "RunbookRetentionPolicyWithStrategyList":
        return typing.cast("RunbookRetentionPolicyWithStrategyList", jsii.get(self, "retentionPolicyWithStrategy"))

    @builtins.property
    @jsii.member(jsii_name="runbookProcessId")
    def runbook_process_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runbookProcessId"))

    @builtins.property
    @jsii.member(jsii_name="connectivityPolicyInput")
    def connectivity_policy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookConnectivityPolicy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookConnectivityPolicy"]]], jsii.get(self, "connectivityPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultGuidedFailureModeInput")
    def default_guided_failure_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultGuidedFailureModeInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentScopeInput")
    def environment_scope_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "environmentScopeInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="forcePackageDownloadInput")
    def force_package_download_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "forcePackageDownloadInput"))

    @builtins.property
    @jsii.member(jsii_name="multiTenancyModeInput")
    def multi_tenancy_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "multiTenancyModeInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="projectIdInput")
    def project_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectIdInput"))

    @builtins.property
    @jsii.member(jsii_name="retentionPolicyInput")
    def retention_policy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicy"]]], jsii.get(self, "retentionPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="retentionPolicyWithStrategyInput")
    def retention_policy_with_strategy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicyWithStrategy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicyWithStrategy"]]], jsii.get(self, "retentionPolicyWithStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="runbookTagsInput")
    def runbook_tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "runbookTagsInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultGuidedFailureMode")
    def default_guided_failure_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultGuidedFailureMode"))

    @default_guided_failure_mode.setter
    def default_guided_failure_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37fc2578ac32616efacd2e48262721b8be710156facf7a83a6c5f1af688a3f40)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultGuidedFailureMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b9a7d00793ee62fbf450205c3e91b3ab79ace551f6e1b3a66bf470162436583)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3ced314fc6f801677f537502b3cbc0ed18ad22e9e4601dd4cd1f8bab7be8542)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environmentScope")
    def environment_scope(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "environmentScope"))

    @environment_scope.setter
    def environment_scope(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67a5aaed33348c27a7451099d003775e5087db0cbc64f94a1b1d59cfe73e7168)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environmentScope", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="forcePackageDownload")
    def force_package_download(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "forcePackageDownload"))

    @force_package_download.setter
    def force_package_download(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d22021cf703e547a710e8df9892606ed42b4d4dbdc28c2884d88dcf6fb066a50)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "forcePackageDownload", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="multiTenancyMode")
    def multi_tenancy_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "multiTenancyMode"))

    @multi_tenancy_mode.setter
    def multi_tenancy_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2cf705f26a9a7ea4a35aa75b0d0bcfe5241cdc979a273c9ce5a4c8f4570c20e8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "multiTenancyMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2527be5c53b3b3ca7b28b9ea8b3d171d6cbbbd69a7ee468a44d5ffce085ba8d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectId")
    def project_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectId"))

    @project_id.setter
    def project_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cfd228c868d0b3537b7e939786da48ff1950da658b13d234127f722e08542f88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="runbookTags")
    def runbook_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "runbookTags"))

    @runbook_tags.setter
    def runbook_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8798b1390b8032f15c778e4946986fa2fcffcede614376067adc8b627d42d4d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runbookTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f6142d6d0f0adedbf05eaf61238ba82b722a96c58bddef45b95938d701615008)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.runbook.RunbookConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "name": "name",
        "project_id": "projectId",
        "connectivity_policy": "connectivityPolicy",
        "default_guided_failure_mode": "defaultGuidedFailureMode",
        "description": "description",
        "environments": "environments",
        "environment_scope": "environmentScope",
        "force_package_download": "forcePackageDownload",
        "multi_tenancy_mode": "multiTenancyMode",
        "retention_policy": "retentionPolicy",
        "retention_policy_with_strategy": "retentionPolicyWithStrategy",
        "runbook_tags": "runbookTags",
        "space_id": "spaceId",
    },
)
class RunbookConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        name: builtins.str,
        project_id: builtins.str,
        connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        default_guided_failure_mode: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        environment_scope: typing.Optional[builtins.str] = None,
        force_package_download: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        multi_tenancy_mode: typing.Optional[builtins.str] = None,
        retention_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookRetentionPolicy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        retention_policy_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["RunbookRetentionPolicyWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        runbook_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        space_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: The name of the runbook in Octopus Deploy. This name must be unique. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#name Runbook#name}
        :param project_id: The project that this runbook belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#project_id Runbook#project_id}
        :param connectivity_policy: connectivity_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#connectivity_policy Runbook#connectivity_policy}
        :param default_guided_failure_mode: Sets the runbook guided failure mode. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#default_guided_failure_mode Runbook#default_guided_failure_mode}
        :param description: The description of this runbook. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#description Runbook#description}
        :param environments: When environment_scope is set to "Specified", this is the list of environments the runbook can be run against. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#environments Runbook#environments}
        :param environment_scope: Determines how the runbook is scoped to environments. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#environment_scope Runbook#environment_scope}
        :param force_package_download: Whether to force packages to be re-downloaded or not. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#force_package_download Runbook#force_package_download}
        :param multi_tenancy_mode: The tenanted deployment mode of the runbook. Valid modes are ``Untenanted``, ``TenantedOrUntenanted``, ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#multi_tenancy_mode Runbook#multi_tenancy_mode}
        :param retention_policy: retention_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#retention_policy Runbook#retention_policy}
        :param retention_policy_with_strategy: retention_policy_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#retention_policy_with_strategy Runbook#retention_policy_with_strategy}
        :param runbook_tags: A list of tags associated with this runbook. Valid tags must be defined in a tag set with the 'Runbook' scope enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#runbook_tags Runbook#runbook_tags}
        :param space_id: The space ID associated with this runbook. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#space_id Runbook#space_id}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__240cdcee7ff294f51741a22fb12869805985af23cd1caf5077abf5df682a6abc)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument connectivity_policy", value=connectivity_policy, expected_type=type_hints["connectivity_policy"])
            check_type(argname="argument default_guided_failure_mode", value=default_guided_failure_mode, expected_type=type_hints["default_guided_failure_mode"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument environment_scope", value=environment_scope, expected_type=type_hints["environment_scope"])
            check_type(argname="argument force_package_download", value=force_package_download, expected_type=type_hints["force_package_download"])
            check_type(argname="argument multi_tenancy_mode", value=multi_tenancy_mode, expected_type=type_hints["multi_tenancy_mode"])
            check_type(argname="argument retention_policy", value=retention_policy, expected_type=type_hints["retention_policy"])
            check_type(argname="argument retention_policy_with_strategy", value=retention_policy_with_strategy, expected_type=type_hints["retention_policy_with_strategy"])
            check_type(argname="argument runbook_tags", value=runbook_tags, expected_type=type_hints["runbook_tags"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "project_id": project_id,
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
        if connectivity_policy is not None:
            self._values["connectivity_policy"] = connectivity_policy
        if default_guided_failure_mode is not None:
            self._values["default_guided_failure_mode"] = default_guided_failure_mode
        if description is not None:
            self._values["description"] = description
        if environments is not None:
            self._values["environments"] = environments
        if environment_scope is not None:
            self._values["environment_scope"] = environment_scope
        if force_package_download is not None:
            self._values["force_package_download"] = force_package_download
        if multi_tenancy_mode is not None:
            self._values["multi_tenancy_mode"] = multi_tenancy_mode
        if retention_policy is not None:
            self._values["retention_policy"] = retention_policy
        if retention_policy_with_strategy is not None:
            self._values["retention_policy_with_strategy"] = retention_policy_with_strategy
        if runbook_tags is not None:
            self._values["runbook_tags"] = runbook_tags
        if space_id is not None:
            self._values["space_id"] = space_id

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
    def name(self) -> builtins.str:
        '''The name of the runbook in Octopus Deploy. This name must be unique.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#name Runbook#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project_id(self) -> builtins.str:
        '''The project that this runbook belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#project_id Runbook#project_id}
        '''
        result = self._values.get("project_id")
        assert result is not None, "Required property 'project_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def connectivity_policy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookConnectivityPolicy"]]]:
        '''connectivity_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#connectivity_policy Runbook#connectivity_policy}
        '''
        result = self._values.get("connectivity_policy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookConnectivityPolicy"]]], result)

    @builtins.property
    def default_guided_failure_mode(self) -> typing.Optional[builtins.str]:
        '''Sets the runbook guided failure mode.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#default_guided_failure_mode Runbook#default_guided_failure_mode}
        '''
        result = self._values.get("default_guided_failure_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''The description of this runbook.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#description Runbook#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''When environment_scope is set to "Specified", this is the list of environments the runbook can be run against.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#environments Runbook#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def environment_scope(self) -> typing.Optional[builtins.str]:
        '''Determines how the runbook is scoped to environments.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#environment_scope Runbook#environment_scope}
        '''
        result = self._values.get("environment_scope")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def force_package_download(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether to force packages to be re-downloaded or not.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#force_package_download Runbook#force_package_download}
        '''
        result = self._values.get("force_package_download")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def multi_tenancy_mode(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the runbook. Valid modes are ``Untenanted``, ``TenantedOrUntenanted``, ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#multi_tenancy_mode Runbook#multi_tenancy_mode}
        '''
        result = self._values.get("multi_tenancy_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retention_policy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicy"]]]:
        '''retention_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#retention_policy Runbook#retention_policy}
        '''
        result = self._values.get("retention_policy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicy"]]], result)

    @builtins.property
    def retention_policy_with_strategy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicyWithStrategy"]]]:
        '''retention_policy_with_strategy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#retention_policy_with_strategy Runbook#retention_policy_with_strategy}
        '''
        result = self._values.get("retention_policy_with_strategy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["RunbookRetentionPolicyWithStrategy"]]], result)

    @builtins.property
    def runbook_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tags associated with this runbook.

        Valid tags must be defined in a tag set with the 'Runbook' scope enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#runbook_tags Runbook#runbook_tags}
        '''
        result = self._values.get("runbook_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this runbook.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#space_id Runbook#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RunbookConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.runbook.RunbookConnectivityPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_deployments_to_no_targets": "allowDeploymentsToNoTargets",
        "exclude_unhealthy_targets": "excludeUnhealthyTargets",
        "skip_machine_behavior": "skipMachineBehavior",
        "target_roles": "targetRoles",
    },
)
class RunbookConnectivityPolicy:
    def __init__(
        self,
        *,
        allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        exclude_unhealthy_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        skip_machine_behavior: typing.Optional[builtins.str] = None,
        target_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param allow_deployments_to_no_targets: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#allow_deployments_to_no_targets Runbook#allow_deployments_to_no_targets}.
        :param exclude_unhealthy_targets: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#exclude_unhealthy_targets Runbook#exclude_unhealthy_targets}.
        :param skip_machine_behavior: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#skip_machine_behavior Runbook#skip_machine_behavior}.
        :param target_roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#target_roles Runbook#target_roles}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__302e1228d9122d06f2d8aeb369a948a44b367b519fff13c7db9f6c4a780ca9da)
            check_type(argname="argument allow_deployments_to_no_targets", value=allow_deployments_to_no_targets, expected_type=type_hints["allow_deployments_to_no_targets"])
            check_type(argname="argument exclude_unhealthy_targets", value=exclude_unhealthy_targets, expected_type=type_hints["exclude_unhealthy_targets"])
            check_type(argname="argument skip_machine_behavior", value=skip_machine_behavior, expected_type=type_hints["skip_machine_behavior"])
            check_type(argname="argument target_roles", value=target_roles, expected_type=type_hints["target_roles"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_deployments_to_no_targets is not None:
            self._values["allow_deployments_to_no_targets"] = allow_deployments_to_no_targets
        if exclude_unhealthy_targets is not None:
            self._values["exclude_unhealthy_targets"] = exclude_unhealthy_targets
        if skip_machine_behavior is not None:
            self._values["skip_machine_behavior"] = skip_machine_behavior
        if target_roles is not None:
            self._values["target_roles"] = target_roles

    @builtins.property
    def allow_deployments_to_no_targets(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#allow_deployments_to_no_targets Runbook#allow_deployments_to_no_targets}.'''
        result = self._values.get("allow_deployments_to_no_targets")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def exclude_unhealthy_targets(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#exclude_unhealthy_targets Runbook#exclude_unhealthy_targets}.'''
        result = self._values.get("exclude_unhealthy_targets")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def skip_machine_behavior(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#skip_machine_behavior Runbook#skip_machine_behavior}.'''
        result = self._values.get("skip_machine_behavior")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#target_roles Runbook#target_roles}.'''
        result = self._values.get("target_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RunbookConnectivityPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RunbookConnectivityPolicyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.runbook.RunbookConnectivityPolicyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b65a56ee6d948a739e3f7e3269f8c3d35dd2a77374a7e020b22c37ea0eb3ee1b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "RunbookConnectivityPolicyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__625bb5031fa240f18491e8f8ccebdd41e8fcd0d7a0b6525faaecb3fafacb70c8)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("RunbookConnectivityPolicyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__838b7eb01f07d1b4b673c48b9db05170151815ee0f11dfcb84fd36b34781c5e3)
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
            type_hints = typing.get_type_hints(_typecheckingstub__9c086eeb96c1e0d2f6e5ffbef54044b829b542cba83c1594e5d5251d0cc7639a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__25d5ea098fade80030008e5c30dd80c170f99b64cbed74a8de774bc830be645d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookConnectivityPolicy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookConnectivityPolicy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookConnectivityPolicy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__581ab3b91a3dd74e7a8b4e34e09d397b8b81a6103f7f9dd10ee3b1a26c367a0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class RunbookConnectivityPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.runbook.RunbookConnectivityPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9d8065a721cc58a9d127c0dd25cffab35d737af90e90ec4bcc0014b576a8878d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetAllowDeploymentsToNoTargets")
    def reset_allow_deployments_to_no_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowDeploymentsToNoTargets", []))

    @jsii.member(jsii_name="resetExcludeUnhealthyTargets")
    def reset_exclude_unhealthy_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExcludeUnhealthyTargets", []))

    @jsii.member(jsii_name="resetSkipMachineBehavior")
    def reset_skip_machine_behavior(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipMachineBehavior", []))

    @jsii.member(jsii_name="resetTargetRoles")
    def reset_target_roles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTargetRoles", []))

    @builtins.property
    @jsii.member(jsii_name="allowDeploymentsToNoTargetsInput")
    def allow_deployments_to_no_targets_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowDeploymentsToNoTargetsInput"))

    @builtins.property
    @jsii.member(jsii_name="excludeUnhealthyTargetsInput")
    def exclude_unhealthy_targets_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "excludeUnhealthyTargetsInput"))

    @builtins.property
    @jsii.member(jsii_name="skipMachineBehaviorInput")
    def skip_machine_behavior_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "skipMachineBehaviorInput"))

    @builtins.property
    @jsii.member(jsii_name="targetRolesInput")
    def target_roles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "targetRolesInput"))

    @builtins.property
    @jsii.member(jsii_name="allowDeploymentsToNoTargets")
    def allow_deployments_to_no_targets(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowDeploymentsToNoTargets"))

    @allow_deployments_to_no_targets.setter
    def allow_deployments_to_no_targets(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0a43339a26d6c2db6aa7c08d35b0600cbc0542e51790392ae935d6036413939b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowDeploymentsToNoTargets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="excludeUnhealthyTargets")
    def exclude_unhealthy_targets(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "excludeUnhealthyTargets"))

    @exclude_unhealthy_targets.setter
    def exclude_unhealthy_targets(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__409465ce59f908e1b50c0c276b87951bd96e2d4c8f2804562a6bd049eaa9acc7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "excludeUnhealthyTargets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipMachineBehavior")
    def skip_machine_behavior(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "skipMachineBehavior"))

    @skip_machine_behavior.setter
    def skip_machine_behavior(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d3f5db75e786158a01b52c6f4d33cced32b0e879807a064dcd97a172e20aa46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipMachineBehavior", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="targetRoles")
    def target_roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "targetRoles"))

    @target_roles.setter
    def target_roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__41569a7723a946445f772201c7adcc9593c605663595bc3e6a75a5fdb2dbffc0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "targetRoles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookConnectivityPolicy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookConnectivityPolicy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookConnectivityPolicy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0512769e79915eec207d7be6e8ce8f555b12490a29ff16353df0adad2b86c11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.runbook.RunbookRetentionPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "quantity_to_keep": "quantityToKeep",
        "should_keep_forever": "shouldKeepForever",
    },
)
class RunbookRetentionPolicy:
    def __init__(
        self,
        *,
        quantity_to_keep: typing.Optional[jsii.Number] = None,
        should_keep_forever: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param quantity_to_keep: How many runs to keep per environment. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#quantity_to_keep Runbook#quantity_to_keep}
        :param should_keep_forever: Indicates if items should never be deleted. The default value is ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#should_keep_forever Runbook#should_keep_forever}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ec17b3e642b18938e810b321269a7d86be274b5ee49e694b0f8ec0d2bad942a)
            check_type(argname="argument quantity_to_keep", value=quantity_to_keep, expected_type=type_hints["quantity_to_keep"])
            check_type(argname="argument should_keep_forever", value=should_keep_forever, expected_type=type_hints["should_keep_forever"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if quantity_to_keep is not None:
            self._values["quantity_to_keep"] = quantity_to_keep
        if should_keep_forever is not None:
            self._values["should_keep_forever"] = should_keep_forever

    @builtins.property
    def quantity_to_keep(self) -> typing.Optional[jsii.Number]:
        '''How many runs to keep per environment.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#quantity_to_keep Runbook#quantity_to_keep}
        '''
        result = self._values.get("quantity_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def should_keep_forever(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates if items should never be deleted. The default value is ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#should_keep_forever Runbook#should_keep_forever}
        '''
        result = self._values.get("should_keep_forever")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RunbookRetentionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RunbookRetentionPolicyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.runbook.RunbookRetentionPolicyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b2798d3aa858d605e3ff797ad9f8e2f3c4dea280c5888fe178106f3310e4f966)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "RunbookRetentionPolicyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__116be8d840d80a8b0a3b3ecbacaea7ef3ec7c442b15616bfa80ebeaaa11c684c)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("RunbookRetentionPolicyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b87cac96a6a2f40cb0cb823c51131dd282a93894266c7e52dcd464881664ab76)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ba97f04bd3bb80039b38ce187396f1dec5b309fa4e4ff60a11452d1035a92e54)
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
            type_hints = typing.get_type_hints(_typecheckingstub__6fbc83c3c2bc56effb8d33137079d799c20b13bbf408abf8f34e0d1a1024fe15)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__668002b3e68de343ce0c32aaaabac13deb74e93351c6650eb594cc6dfd5ab120)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class RunbookRetentionPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.runbook.RunbookRetentionPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0a36e9530f281b89b49ebf04bd10db5f8c16850b61e558a43d37414eda69a95a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetQuantityToKeep")
    def reset_quantity_to_keep(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuantityToKeep", []))

    @jsii.member(jsii_name="resetShouldKeepForever")
    def reset_should_keep_forever(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShouldKeepForever", []))

    @builtins.property
    @jsii.member(jsii_name="quantityToKeepInput")
    def quantity_to_keep_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "quantityToKeepInput"))

    @builtins.property
    @jsii.member(jsii_name="shouldKeepForeverInput")
    def should_keep_forever_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "shouldKeepForeverInput"))

    @builtins.property
    @jsii.member(jsii_name="quantityToKeep")
    def quantity_to_keep(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "quantityToKeep"))

    @quantity_to_keep.setter
    def quantity_to_keep(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__764d65ab0669a6afb64ab8ae60f519b089baa4f65ae55a7916cfc32d1212c520)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shouldKeepForever")
    def should_keep_forever(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "shouldKeepForever"))

    @should_keep_forever.setter
    def should_keep_forever(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f61200ec5187ff904a4288d8b80f6db99f82a83e8a701a0a6cb4bc8c05e1710)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shouldKeepForever", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6249b42fe93e142388fd35148543b1a2d9007536855cd19a2ae2ff8a39ab7d2b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.runbook.RunbookRetentionPolicyWithStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "strategy": "strategy",
        "quantity_to_keep": "quantityToKeep",
        "unit": "unit",
    },
)
class RunbookRetentionPolicyWithStrategy:
    def __init__(
        self,
        *,
        strategy: builtins.str,
        quantity_to_keep: typing.Optional[jsii.Number] = None,
        unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param strategy: How retention will be set. Valid strategies are ``Default``, ``Forever`` and ``Count``. - ``strategy = "Forever"``, is used if runbook runs should never be deleted. - ``strategy = "Count"``, is used if a specific number of runs or days of runs should be kept. - ``strategy = "Default"``, is used if the space default runbook retention policy should be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#strategy Runbook#strategy}
        :param quantity_to_keep: The number of runs per environment or days of runs to keep, depending on the unit selected. Required when strategy is ``Count``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#quantity_to_keep Runbook#quantity_to_keep}
        :param unit: The unit of the quantity to keep. Valid units are ``Items`` and ``Days``. Required when strategy is ``Count``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#unit Runbook#unit}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71ba4ab3278f1cd17fb3eeeaba1e63f487cbed969892c07a051b998dfe3175bf)
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument quantity_to_keep", value=quantity_to_keep, expected_type=type_hints["quantity_to_keep"])
            check_type(argname="argument unit", value=unit, expected_type=type_hints["unit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "strategy": strategy,
        }
        if quantity_to_keep is not None:
            self._values["quantity_to_keep"] = quantity_to_keep
        if unit is not None:
            self._values["unit"] = unit

    @builtins.property
    def strategy(self) -> builtins.str:
        '''How retention will be set.

        Valid strategies are ``Default``, ``Forever`` and ``Count``.

        - ``strategy = "Forever"``, is used if runbook runs should never be deleted.
        - ``strategy = "Count"``, is used if a specific number of runs or days of runs should be kept.
        - ``strategy = "Default"``, is used if the space default runbook retention policy should be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#strategy Runbook#strategy}
        '''
        result = self._values.get("strategy")
        assert result is not None, "Required property 'strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def quantity_to_keep(self) -> typing.Optional[jsii.Number]:
        '''The number of runs per environment or days of runs to keep, depending on the unit selected.

        Required when strategy is ``Count``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#quantity_to_keep Runbook#quantity_to_keep}
        '''
        result = self._values.get("quantity_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unit(self) -> typing.Optional[builtins.str]:
        '''The unit of the quantity to keep. Valid units are ``Items`` and ``Days``. Required when strategy is ``Count``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/runbook#unit Runbook#unit}
        '''
        result = self._values.get("unit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RunbookRetentionPolicyWithStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RunbookRetentionPolicyWithStrategyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.runbook.RunbookRetentionPolicyWithStrategyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e2f7e217c1bbaad4b983e0c9418619fedfb64cfe63975a6cb13ae48ab6688fdb)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "RunbookRetentionPolicyWithStrategyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__40ea376a1d51d23e7d5346c3f5dd9160d01a184723b75de1eef5909405ab1858)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("RunbookRetentionPolicyWithStrategyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8eebf6d0d7db0371815b74142f7f5a4cc0d2e26dcdb495d3f843ab2992a2a743)
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
            type_hints = typing.get_type_hints(_typecheckingstub__bebd614c9220f56c6a19640127c0f64815a6d671e04cd3adbd6473eab5c60c0f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__6689c408fb8cc1fd72ab9ad3f4326f3ef07fee735fcdbf5bb56a34a3a50c4630)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicyWithStrategy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicyWithStrategy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicyWithStrategy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22a11f9b016b3c87ba9061f58cca2e2db827479ec83bd741abd1b638e9dd22a3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class RunbookRetentionPolicyWithStrategyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.runbook.RunbookRetentionPolicyWithStrategyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c037e5425cf5a35765fd0b242641b9bd9d7733f8cbe2c8058eb907d706f2b594)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetQuantityToKeep")
    def reset_quantity_to_keep(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuantityToKeep", []))

    @jsii.member(jsii_name="resetUnit")
    def reset_unit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUnit", []))

    @builtins.property
    @jsii.member(jsii_name="quantityToKeepInput")
    def quantity_to_keep_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "quantityToKeepInput"))

    @builtins.property
    @jsii.member(jsii_name="strategyInput")
    def strategy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "strategyInput"))

    @builtins.property
    @jsii.member(jsii_name="unitInput")
    def unit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "unitInput"))

    @builtins.property
    @jsii.member(jsii_name="quantityToKeep")
    def quantity_to_keep(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "quantityToKeep"))

    @quantity_to_keep.setter
    def quantity_to_keep(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__543432fc57e9ab57ec3f439a6e5ff8d6d2c958a4d6e014d222e9be20446ec207)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strategy")
    def strategy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strategy"))

    @strategy.setter
    def strategy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__118944c48d38b2af33d4c22e91657ed9131dab7701e7188b539c20672c9e0e74)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strategy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unit")
    def unit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "unit"))

    @unit.setter
    def unit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f1726e24145c536a323757603d4eeb1502760d849b6f498e31d6aa3c93f8c95)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicyWithStrategy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicyWithStrategy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicyWithStrategy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89f95f3557fa88bdefeb8f697a4d0f77b6ea8f025d3acf7556ccb52e98239e15)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Runbook",
    "RunbookConfig",
    "RunbookConnectivityPolicy",
    "RunbookConnectivityPolicyList",
    "RunbookConnectivityPolicyOutputReference",
    "RunbookRetentionPolicy",
    "RunbookRetentionPolicyList",
    "RunbookRetentionPolicyOutputReference",
    "RunbookRetentionPolicyWithStrategy",
    "RunbookRetentionPolicyWithStrategyList",
    "RunbookRetentionPolicyWithStrategyOutputReference",
]

publication.publish()

def _typecheckingstub__69edbca62ce33b0b3754c02b0f0b902b2ff104f6716bdcdcd6c384e0d97ed1d5(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    project_id: builtins.str,
    connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    default_guided_failure_mode: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    environment_scope: typing.Optional[builtins.str] = None,
    force_package_download: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    multi_tenancy_mode: typing.Optional[builtins.str] = None,
    retention_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookRetentionPolicy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    retention_policy_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookRetentionPolicyWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    runbook_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    space_id: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__6bb7c95d9d2313323ba3812652c882a689cf616193152c9aafc5e0ea3bb5b9fc(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de9173b0954e8a35dc816e95fe8039b8c2aafc2720f7f4dca2233e8ee4cb5187(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8d6e2a1032e98d7bd529ec4d915409567923d3e368bc8796bf593e9e69c07be(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookRetentionPolicy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a52b42240417c2aa2df6c21d4848ec47aad6539487403338194e93096c86918d(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookRetentionPolicyWithStrategy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37fc2578ac32616efacd2e48262721b8be710156facf7a83a6c5f1af688a3f40(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b9a7d00793ee62fbf450205c3e91b3ab79ace551f6e1b3a66bf470162436583(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3ced314fc6f801677f537502b3cbc0ed18ad22e9e4601dd4cd1f8bab7be8542(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67a5aaed33348c27a7451099d003775e5087db0cbc64f94a1b1d59cfe73e7168(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d22021cf703e547a710e8df9892606ed42b4d4dbdc28c2884d88dcf6fb066a50(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cf705f26a9a7ea4a35aa75b0d0bcfe5241cdc979a273c9ce5a4c8f4570c20e8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2527be5c53b3b3ca7b28b9ea8b3d171d6cbbbd69a7ee468a44d5ffce085ba8d4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfd228c868d0b3537b7e939786da48ff1950da658b13d234127f722e08542f88(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8798b1390b8032f15c778e4946986fa2fcffcede614376067adc8b627d42d4d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6142d6d0f0adedbf05eaf61238ba82b722a96c58bddef45b95938d701615008(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__240cdcee7ff294f51741a22fb12869805985af23cd1caf5077abf5df682a6abc(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    project_id: builtins.str,
    connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    default_guided_failure_mode: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    environment_scope: typing.Optional[builtins.str] = None,
    force_package_download: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    multi_tenancy_mode: typing.Optional[builtins.str] = None,
    retention_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookRetentionPolicy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    retention_policy_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[RunbookRetentionPolicyWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    runbook_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    space_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__302e1228d9122d06f2d8aeb369a948a44b367b519fff13c7db9f6c4a780ca9da(
    *,
    allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    exclude_unhealthy_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    skip_machine_behavior: typing.Optional[builtins.str] = None,
    target_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b65a56ee6d948a739e3f7e3269f8c3d35dd2a77374a7e020b22c37ea0eb3ee1b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__625bb5031fa240f18491e8f8ccebdd41e8fcd0d7a0b6525faaecb3fafacb70c8(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__838b7eb01f07d1b4b673c48b9db05170151815ee0f11dfcb84fd36b34781c5e3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c086eeb96c1e0d2f6e5ffbef54044b829b542cba83c1594e5d5251d0cc7639a(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25d5ea098fade80030008e5c30dd80c170f99b64cbed74a8de774bc830be645d(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__581ab3b91a3dd74e7a8b4e34e09d397b8b81a6103f7f9dd10ee3b1a26c367a0b(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookConnectivityPolicy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d8065a721cc58a9d127c0dd25cffab35d737af90e90ec4bcc0014b576a8878d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a43339a26d6c2db6aa7c08d35b0600cbc0542e51790392ae935d6036413939b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__409465ce59f908e1b50c0c276b87951bd96e2d4c8f2804562a6bd049eaa9acc7(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d3f5db75e786158a01b52c6f4d33cced32b0e879807a064dcd97a172e20aa46(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41569a7723a946445f772201c7adcc9593c605663595bc3e6a75a5fdb2dbffc0(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0512769e79915eec207d7be6e8ce8f555b12490a29ff16353df0adad2b86c11(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookConnectivityPolicy]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ec17b3e642b18938e810b321269a7d86be274b5ee49e694b0f8ec0d2bad942a(
    *,
    quantity_to_keep: typing.Optional[jsii.Number] = None,
    should_keep_forever: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2798d3aa858d605e3ff797ad9f8e2f3c4dea280c5888fe178106f3310e4f966(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__116be8d840d80a8b0a3b3ecbacaea7ef3ec7c442b15616bfa80ebeaaa11c684c(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b87cac96a6a2f40cb0cb823c51131dd282a93894266c7e52dcd464881664ab76(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba97f04bd3bb80039b38ce187396f1dec5b309fa4e4ff60a11452d1035a92e54(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fbc83c3c2bc56effb8d33137079d799c20b13bbf408abf8f34e0d1a1024fe15(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__668002b3e68de343ce0c32aaaabac13deb74e93351c6650eb594cc6dfd5ab120(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a36e9530f281b89b49ebf04bd10db5f8c16850b61e558a43d37414eda69a95a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__764d65ab0669a6afb64ab8ae60f519b089baa4f65ae55a7916cfc32d1212c520(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f61200ec5187ff904a4288d8b80f6db99f82a83e8a701a0a6cb4bc8c05e1710(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6249b42fe93e142388fd35148543b1a2d9007536855cd19a2ae2ff8a39ab7d2b(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicy]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71ba4ab3278f1cd17fb3eeeaba1e63f487cbed969892c07a051b998dfe3175bf(
    *,
    strategy: builtins.str,
    quantity_to_keep: typing.Optional[jsii.Number] = None,
    unit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2f7e217c1bbaad4b983e0c9418619fedfb64cfe63975a6cb13ae48ab6688fdb(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40ea376a1d51d23e7d5346c3f5dd9160d01a184723b75de1eef5909405ab1858(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8eebf6d0d7db0371815b74142f7f5a4cc0d2e26dcdb495d3f843ab2992a2a743(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bebd614c9220f56c6a19640127c0f64815a6d671e04cd3adbd6473eab5c60c0f(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6689c408fb8cc1fd72ab9ad3f4326f3ef07fee735fcdbf5bb56a34a3a50c4630(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22a11f9b016b3c87ba9061f58cca2e2db827479ec83bd741abd1b638e9dd22a3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[RunbookRetentionPolicyWithStrategy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c037e5425cf5a35765fd0b242641b9bd9d7733f8cbe2c8058eb907d706f2b594(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__543432fc57e9ab57ec3f439a6e5ff8d6d2c958a4d6e014d222e9be20446ec207(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__118944c48d38b2af33d4c22e91657ed9131dab7701e7188b539c20672c9e0e74(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f1726e24145c536a323757603d4eeb1502760d849b6f498e31d6aa3c93f8c95(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89f95f3557fa88bdefeb8f697a4d0f77b6ea8f025d3acf7556ccb52e98239e15(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, RunbookRetentionPolicyWithStrategy]],
) -> None:
    """Type checking stubs"""
    pass
