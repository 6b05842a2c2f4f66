r'''
# `octopusdeploy_lifecycle`

Refer to the Terraform Registry for docs: [`octopusdeploy_lifecycle`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle).
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


class Lifecycle(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.Lifecycle",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle octopusdeploy_lifecycle}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        description: typing.Optional[builtins.str] = None,
        phase: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecyclePhase", typing.Dict[builtins.str, typing.Any]]]]] = None,
        release_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecycleReleaseRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        space_id: typing.Optional[builtins.str] = None,
        tentacle_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecycleTentacleRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle octopusdeploy_lifecycle} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#name Lifecycle#name}
        :param description: The description of this lifecycle. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#description Lifecycle#description}
        :param phase: phase block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#phase Lifecycle#phase}
        :param release_retention_with_strategy: release_retention_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#release_retention_with_strategy Lifecycle#release_retention_with_strategy}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#space_id Lifecycle#space_id}
        :param tentacle_retention_with_strategy: tentacle_retention_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#tentacle_retention_with_strategy Lifecycle#tentacle_retention_with_strategy}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd873d605a851ac6b8f4ade8ba59781955c5028b3293c580cf78fe46aa0f4c8f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = LifecycleConfig(
            name=name,
            description=description,
            phase=phase,
            release_retention_with_strategy=release_retention_with_strategy,
            space_id=space_id,
            tentacle_retention_with_strategy=tentacle_retention_with_strategy,
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
        '''Generates CDKTF code for importing a Lifecycle resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Lifecycle to import.
        :param import_from_id: The id of the existing Lifecycle that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Lifecycle to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1472e3942f8c1eabb35dd96322311399409692354c0ef15782885672a6208dbf)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putPhase")
    def put_phase(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecyclePhase", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3816dbeec16b991971af676f8d0154adcfb9d5de4165e862a57b520f06453e32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPhase", [value]))

    @jsii.member(jsii_name="putReleaseRetentionWithStrategy")
    def put_release_retention_with_strategy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecycleReleaseRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d4ddeb8d694f6651c2a125630a452b7364204f4514d9b0eb760ac9dcdadc7a1e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putReleaseRetentionWithStrategy", [value]))

    @jsii.member(jsii_name="putTentacleRetentionWithStrategy")
    def put_tentacle_retention_with_strategy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecycleTentacleRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c57b57794b85b60ea22fe9ad7d6c235cd1d5f1cac38c9cd4c3b40c5235398cc0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTentacleRetentionWithStrategy", [value]))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetPhase")
    def reset_phase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPhase", []))

    @jsii.member(jsii_name="resetReleaseRetentionWithStrategy")
    def reset_release_retention_with_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseRetentionWithStrategy", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetTentacleRetentionWithStrategy")
    def reset_tentacle_retention_with_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTentacleRetentionWithStrategy", []))

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
    @jsii.member(jsii_name="phase")
    def phase(self) -> "LifecyclePhaseList":
        return typing.cast("LifecyclePhaseList", jsii.get(self, "phase"))

    @builtins.property
    @jsii.member(jsii_name="releaseRetentionWithStrategy")
    def release_retention_with_strategy(
        self,
    ) -> "LifecycleReleaseRetentionWithStrategyList":
        return typing.cast("LifecycleReleaseRetentionWithStrategyList", jsii.get(self, "releaseRetentionWithStrategy"))

    @builtins.property
    @jsii.member(jsii_name="tentacleRetentionWithStrategy")
    def tentacle_retention_with_strategy(
        self,
    ) -> "LifecycleTentacleRetentionWithStrategyList":
        return typing.cast("LifecycleTentacleRetentionWithStrategyList", jsii.get(self, "tentacleRetentionWithStrategy"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="phaseInput")
    def phase_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhase"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhase"]]], jsii.get(self, "phaseInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseRetentionWithStrategyInput")
    def release_retention_with_strategy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleReleaseRetentionWithStrategy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleReleaseRetentionWithStrategy"]]], jsii.get(self, "releaseRetentionWithStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tentacleRetentionWithStrategyInput")
    def tentacle_retention_with_strategy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleTentacleRetentionWithStrategy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleTentacleRetentionWithStrategy"]]], jsii.get(self, "tentacleRetentionWithStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fd1677355fa70bcdcab88a9ed3e135a60ca4f934c543848d8c8054be40c3182)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__604feafe1bfcbf020df18fc1c6af45cfe4a0f06ce28f8ad5c4582913de28155e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f5360ae74117071773360ad64e5369fc0f197431100353f7ffbe06dc09b0f7ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.lifecycle.LifecycleConfig",
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
        "description": "description",
        "phase": "phase",
        "release_retention_with_strategy": "releaseRetentionWithStrategy",
        "space_id": "spaceId",
        "tentacle_retention_with_strategy": "tentacleRetentionWithStrategy",
    },
)
class LifecycleConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        description: typing.Optional[builtins.str] = None,
        phase: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecyclePhase", typing.Dict[builtins.str, typing.Any]]]]] = None,
        release_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecycleReleaseRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        space_id: typing.Optional[builtins.str] = None,
        tentacle_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecycleTentacleRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#name Lifecycle#name}
        :param description: The description of this lifecycle. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#description Lifecycle#description}
        :param phase: phase block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#phase Lifecycle#phase}
        :param release_retention_with_strategy: release_retention_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#release_retention_with_strategy Lifecycle#release_retention_with_strategy}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#space_id Lifecycle#space_id}
        :param tentacle_retention_with_strategy: tentacle_retention_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#tentacle_retention_with_strategy Lifecycle#tentacle_retention_with_strategy}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c206b1252f451bf76012fd83337860267e79ea571c08036ea65430cd0fa4abb2)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument phase", value=phase, expected_type=type_hints["phase"])
            check_type(argname="argument release_retention_with_strategy", value=release_retention_with_strategy, expected_type=type_hints["release_retention_with_strategy"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument tentacle_retention_with_strategy", value=tentacle_retention_with_strategy, expected_type=type_hints["tentacle_retention_with_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
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
        if description is not None:
            self._values["description"] = description
        if phase is not None:
            self._values["phase"] = phase
        if release_retention_with_strategy is not None:
            self._values["release_retention_with_strategy"] = release_retention_with_strategy
        if space_id is not None:
            self._values["space_id"] = space_id
        if tentacle_retention_with_strategy is not None:
            self._values["tentacle_retention_with_strategy"] = tentacle_retention_with_strategy

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
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#name Lifecycle#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''The description of this lifecycle.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#description Lifecycle#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def phase(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhase"]]]:
        '''phase block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#phase Lifecycle#phase}
        '''
        result = self._values.get("phase")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhase"]]], result)

    @builtins.property
    def release_retention_with_strategy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleReleaseRetentionWithStrategy"]]]:
        '''release_retention_with_strategy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#release_retention_with_strategy Lifecycle#release_retention_with_strategy}
        '''
        result = self._values.get("release_retention_with_strategy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleReleaseRetentionWithStrategy"]]], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#space_id Lifecycle#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tentacle_retention_with_strategy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleTentacleRetentionWithStrategy"]]]:
        '''tentacle_retention_with_strategy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#tentacle_retention_with_strategy Lifecycle#tentacle_retention_with_strategy}
        '''
        result = self._values.get("tentacle_retention_with_strategy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecycleTentacleRetentionWithStrategy"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LifecycleConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.lifecycle.LifecyclePhase",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "automatic_deployment_targets": "automaticDeploymentTargets",
        "id": "id",
        "is_optional_phase": "isOptionalPhase",
        "is_priority_phase": "isPriorityPhase",
        "minimum_environments_before_promotion": "minimumEnvironmentsBeforePromotion",
        "optional_deployment_targets": "optionalDeploymentTargets",
        "release_retention_with_strategy": "releaseRetentionWithStrategy",
        "tentacle_retention_with_strategy": "tentacleRetentionWithStrategy",
    },
)
class LifecyclePhase:
    def __init__(
        self,
        *,
        name: builtins.str,
        automatic_deployment_targets: typing.Optional[typing.Sequence[builtins.str]] = None,
        id: typing.Optional[builtins.str] = None,
        is_optional_phase: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_priority_phase: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        minimum_environments_before_promotion: typing.Optional[jsii.Number] = None,
        optional_deployment_targets: typing.Optional[typing.Sequence[builtins.str]] = None,
        release_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecyclePhaseReleaseRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        tentacle_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecyclePhaseTentacleRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#name Lifecycle#name}
        :param automatic_deployment_targets: Environment IDs in this phase that a release is automatically deployed to when it is eligible for this phase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#automatic_deployment_targets Lifecycle#automatic_deployment_targets}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#id Lifecycle#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_optional_phase: If false a release must be deployed to this phase before it can be deployed to the next phase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#is_optional_phase Lifecycle#is_optional_phase}
        :param is_priority_phase: Deployments will be prioritized in this phase. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#is_priority_phase Lifecycle#is_priority_phase}
        :param minimum_environments_before_promotion: The number of units required before a release can enter the next phase. If 0, all environments are required. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#minimum_environments_before_promotion Lifecycle#minimum_environments_before_promotion}
        :param optional_deployment_targets: Environment IDs in this phase that a release can be deployed to, but is not automatically deployed to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#optional_deployment_targets Lifecycle#optional_deployment_targets}
        :param release_retention_with_strategy: release_retention_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#release_retention_with_strategy Lifecycle#release_retention_with_strategy}
        :param tentacle_retention_with_strategy: tentacle_retention_with_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#tentacle_retention_with_strategy Lifecycle#tentacle_retention_with_strategy}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d75dac3b2f88df17c603f2b4de41637bc534b592ebab23630a9c3f04bdb39be0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument automatic_deployment_targets", value=automatic_deployment_targets, expected_type=type_hints["automatic_deployment_targets"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_optional_phase", value=is_optional_phase, expected_type=type_hints["is_optional_phase"])
            check_type(argname="argument is_priority_phase", value=is_priority_phase, expected_type=type_hints["is_priority_phase"])
            check_type(argname="argument minimum_environments_before_promotion", value=minimum_environments_before_promotion, expected_type=type_hints["minimum_environments_before_promotion"])
            check_type(argname="argument optional_deployment_targets", value=optional_deployment_targets, expected_type=type_hints["optional_deployment_targets"])
            check_type(argname="argument release_retention_with_strategy", value=release_retention_with_strategy, expected_type=type_hints["release_retention_with_strategy"])
            check_type(argname="argument tentacle_retention_with_strategy", value=tentacle_retention_with_strategy, expected_type=type_hints["tentacle_retention_with_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if automatic_deployment_targets is not None:
            self._values["automatic_deployment_targets"] = automatic_deployment_targets
        if id is not None:
            self._values["id"] = id
        if is_optional_phase is not None:
            self._values["is_optional_phase"] = is_optional_phase
        if is_priority_phase is not None:
            self._values["is_priority_phase"] = is_priority_phase
        if minimum_environments_before_promotion is not None:
            self._values["minimum_environments_before_promotion"] = minimum_environments_before_promotion
        if optional_deployment_targets is not None:
            self._values["optional_deployment_targets"] = optional_deployment_targets
        if release_retention_with_strategy is not None:
            self._values["release_retention_with_strategy"] = release_retention_with_strategy
        if tentacle_retention_with_strategy is not None:
            self._values["tentacle_retention_with_strategy"] = tentacle_retention_with_strategy

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#name Lifecycle#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def automatic_deployment_targets(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''Environment IDs in this phase that a release is automatically deployed to when it is eligible for this phase.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#automatic_deployment_targets Lifecycle#automatic_deployment_targets}
        '''
        result = self._values.get("automatic_deployment_targets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#id Lifecycle#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_optional_phase(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''If false a release must be deployed to this phase before it can be deployed to the next phase.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#is_optional_phase Lifecycle#is_optional_phase}
        '''
        result = self._values.get("is_optional_phase")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_priority_phase(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Deployments will be prioritized in this phase.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#is_priority_phase Lifecycle#is_priority_phase}
        '''
        result = self._values.get("is_priority_phase")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def minimum_environments_before_promotion(self) -> typing.Optional[jsii.Number]:
        '''The number of units required before a release can enter the next phase. If 0, all environments are required.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#minimum_environments_before_promotion Lifecycle#minimum_environments_before_promotion}
        '''
        result = self._values.get("minimum_environments_before_promotion")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def optional_deployment_targets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Environment IDs in this phase that a release can be deployed to, but is not automatically deployed to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#optional_deployment_targets Lifecycle#optional_deployment_targets}
        '''
        result = self._values.get("optional_deployment_targets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def release_retention_with_strategy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseReleaseRetentionWithStrategy"]]]:
        '''release_retention_with_strategy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#release_retention_with_strategy Lifecycle#release_retention_with_strategy}
        '''
        result = self._values.get("release_retention_with_strategy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseReleaseRetentionWithStrategy"]]], result)

    @builtins.property
    def tentacle_retention_with_strategy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseTentacleRetentionWithStrategy"]]]:
        '''tentacle_retention_with_strategy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#tentacle_retention_with_strategy Lifecycle#tentacle_retention_with_strategy}
        '''
        result = self._values.get("tentacle_retention_with_strategy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseTentacleRetentionWithStrategy"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LifecyclePhase(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LifecyclePhaseList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0f5e2b9243453e1173c404809e650c42f7539b796ab13350dac165efa89b343a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "LifecyclePhaseOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30774b809a86976c646c2babde7748ef65a4cee91ffe925a5523d95002e4476a)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LifecyclePhaseOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7240fec4467f3f59d5a9a629a15ac1798efbb4a4acc52e4d9cfe7fab79f033ec)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c7b2841ebad10d5b75804e9d3d9c7801f441447271147c1952fc0171a18624d6)
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
            type_hints = typing.get_type_hints(_typecheckingstub__64b58d1485bc52f86098fc939ea9ba5c8a2ffd36e0bdaa16465cc6b65614d1da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhase]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhase]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhase]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d50eabeb7f4fc78b66c97265d877605003086910777912e93751afa4c784473f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LifecyclePhaseOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f0751d1c0bcae817c6cdcd61727d56ec70179627c86dad5049ca839055ec8596)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putReleaseRetentionWithStrategy")
    def put_release_retention_with_strategy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecyclePhaseReleaseRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5750decbda3ad64469edaf8f31a8da91ba0037882ed31f0c7da59fe27d8d101f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putReleaseRetentionWithStrategy", [value]))

    @jsii.member(jsii_name="putTentacleRetentionWithStrategy")
    def put_tentacle_retention_with_strategy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["LifecyclePhaseTentacleRetentionWithStrategy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f75f49acbe3c78936cdab4912c96a623b411991b08489a19d529a00c9f93beca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTentacleRetentionWithStrategy", [value]))

    @jsii.member(jsii_name="resetAutomaticDeploymentTargets")
    def reset_automatic_deployment_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutomaticDeploymentTargets", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIsOptionalPhase")
    def reset_is_optional_phase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsOptionalPhase", []))

    @jsii.member(jsii_name="resetIsPriorityPhase")
    def reset_is_priority_phase(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsPriorityPhase", []))

    @jsii.member(jsii_name="resetMinimumEnvironmentsBeforePromotion")
    def reset_minimum_environments_before_promotion(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinimumEnvironmentsBeforePromotion", []))

    @jsii.member(jsii_name="resetOptionalDeploymentTargets")
    def reset_optional_deployment_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOptionalDeploymentTargets", []))

    @jsii.member(jsii_name="resetReleaseRetentionWithStrategy")
    def reset_release_retention_with_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseRetentionWithStrategy", []))

    @jsii.member(jsii_name="resetTentacleRetentionWithStrategy")
    def reset_tentacle_retention_with_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTentacleRetentionWithStrategy", []))

    @builtins.property
    @jsii.member(jsii_name="releaseRetentionWithStrategy")
    def release_retention_with_strategy(
        self,
    ) -> "LifecyclePhaseReleaseRetentionWithStrategyList":
        return typing.cast("LifecyclePhaseReleaseRetentionWithStrategyList", jsii.get(self, "releaseRetentionWithStrategy"))

    @builtins.property
    @jsii.member(jsii_name="tentacleRetentionWithStrategy")
    def tentacle_retention_with_strategy(
        self,
    ) -> "LifecyclePhaseTentacleRetentionWithStrategyList":
        return typing.cast("LifecyclePhaseTentacleRetentionWithStrategyList", jsii.get(self, "tentacleRetentionWithStrategy"))

    @builtins.property
    @jsii.member(jsii_name="automaticDeploymentTargetsInput")
    def automatic_deployment_targets_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "automaticDeploymentTargetsInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="isOptionalPhaseInput")
    def is_optional_phase_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isOptionalPhaseInput"))

    @builtins.property
    @jsii.member(jsii_name="isPriorityPhaseInput")
    def is_priority_phase_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isPriorityPhaseInput"))

    @builtins.property
    @jsii.member(jsii_name="minimumEnvironmentsBeforePromotionInput")
    def minimum_environments_before_promotion_input(
        self,
    ) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "minimumEnvironmentsBeforePromotionInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="optionalDeploymentTargetsInput")
    def optional_deployment_targets_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "optionalDeploymentTargetsInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseRetentionWithStrategyInput")
    def release_retention_with_strategy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseReleaseRetentionWithStrategy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseReleaseRetentionWithStrategy"]]], jsii.get(self, "releaseRetentionWithStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="tentacleRetentionWithStrategyInput")
    def tentacle_retention_with_strategy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseTentacleRetentionWithStrategy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["LifecyclePhaseTentacleRetentionWithStrategy"]]], jsii.get(self, "tentacleRetentionWithStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="automaticDeploymentTargets")
    def automatic_deployment_targets(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "automaticDeploymentTargets"))

    @automatic_deployment_targets.setter
    def automatic_deployment_targets(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c5f447711ea4f5bcc7d1a88eb623b440575f56b3f9d864a3f122803ef2ea60a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "automaticDeploymentTargets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ab517a7c237a3ec06468ab7a896451f647d905f54e5ea28a30f9a30ea2e1977)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isOptionalPhase")
    def is_optional_phase(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isOptionalPhase"))

    @is_optional_phase.setter
    def is_optional_phase(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aef37bf1cdbc3e4970212faa6cddaf82fac20997b2ab771c439c2e2e5f8945d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isOptionalPhase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isPriorityPhase")
    def is_priority_phase(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isPriorityPhase"))

    @is_priority_phase.setter
    def is_priority_phase(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3099be1551c415ad4dcb2b5f7cc9ed08c5d5011ead2b7d35ba876c100a4b548f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isPriorityPhase", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minimumEnvironmentsBeforePromotion")
    def minimum_environments_before_promotion(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "minimumEnvironmentsBeforePromotion"))

    @minimum_environments_before_promotion.setter
    def minimum_environments_before_promotion(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8ec7bd61a436775ff80630bc409e270f184118ae36f4a4c0f5508a69bf4def1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minimumEnvironmentsBeforePromotion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce5dc5bf16d4445e42118e14a6638503412b4f8d9c745be0771e8ca7a0feb981)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="optionalDeploymentTargets")
    def optional_deployment_targets(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "optionalDeploymentTargets"))

    @optional_deployment_targets.setter
    def optional_deployment_targets(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__442c24abd901a11e7056aae4d7e6c39f77700fa008e6de78354a9eb188c00a2f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "optionalDeploymentTargets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhase]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhase]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhase]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b866aa95cf490473a3e23c987af03e86074ff8a3cb4566d5f7b0ba5992105d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseReleaseRetentionWithStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "strategy": "strategy",
        "quantity_to_keep": "quantityToKeep",
        "unit": "unit",
    },
)
class LifecyclePhaseReleaseRetentionWithStrategy:
    def __init__(
        self,
        *,
        strategy: builtins.str,
        quantity_to_keep: typing.Optional[jsii.Number] = None,
        unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param strategy: How retention will be set. Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``. - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle. - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted. - ``strategy = "Count"``, is used if a specific number of days/releases should be kept. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        :param quantity_to_keep: The number of days/releases to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        :param unit: The unit of quantity to keep. Valid units are Days or Items. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f471fb38c17861dfd7ffe1a1429901d4c943c82f198cc051d27b376d138261e8)
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

        Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``.

        - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle.
        - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted.
        - ``strategy = "Count"``, is used if a specific number of days/releases should be kept.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        '''
        result = self._values.get("strategy")
        assert result is not None, "Required property 'strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def quantity_to_keep(self) -> typing.Optional[jsii.Number]:
        '''The number of days/releases to keep.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        '''
        result = self._values.get("quantity_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unit(self) -> typing.Optional[builtins.str]:
        '''The unit of quantity to keep. Valid units are Days or Items.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        result = self._values.get("unit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LifecyclePhaseReleaseRetentionWithStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LifecyclePhaseReleaseRetentionWithStrategyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseReleaseRetentionWithStrategyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__dc5b76d490b0f216a9b60b44b9c04edaf48673eac7a84ea7017969b6a811c843)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "LifecyclePhaseReleaseRetentionWithStrategyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__73ed508ddabc4335726f68f2b04b98d1010232fe1cadc86b0a80981ba3d5652d)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LifecyclePhaseReleaseRetentionWithStrategyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9d6f3b0f17009e3411c43070f77cbc3d55be9c32b0a5674442f997fe664ae55)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e61856e41988790ee720f5f9daa5749dbbdd02e5bfe390d68c5946928c300290)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7a9e777331d90a5dfed2a3cba7cd5bb309907d4fb18bec595942f09227b33b69)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseReleaseRetentionWithStrategy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseReleaseRetentionWithStrategy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseReleaseRetentionWithStrategy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a377fb8a08dae1e48eec7fea3f3cf3cbe7012bc85f59aae99060a841d03f5117)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LifecyclePhaseReleaseRetentionWithStrategyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseReleaseRetentionWithStrategyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3bcfde0034d7449792bb3fd263078fa3df4cd288e3bb9a29595dee8440633ce8)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a38ab656453f3d3e6b7ed6ab71f216ca293787bf2dc5e12e885b2156fbcdaf63)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strategy")
    def strategy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strategy"))

    @strategy.setter
    def strategy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__05ba4bc46cac1f9f521f5e36b6d8ea1c85575dc67e23349eb85170caa5ecb800)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strategy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unit")
    def unit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "unit"))

    @unit.setter
    def unit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__403962506f05a82517e3ae827dcd63bee901e753a391af59715762d084396151)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseReleaseRetentionWithStrategy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseReleaseRetentionWithStrategy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseReleaseRetentionWithStrategy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f51f4236c294dcfdb611b488fa3d75ea1f5d22c21e78a7c83bae46f949661b55)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseTentacleRetentionWithStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "strategy": "strategy",
        "quantity_to_keep": "quantityToKeep",
        "unit": "unit",
    },
)
class LifecyclePhaseTentacleRetentionWithStrategy:
    def __init__(
        self,
        *,
        strategy: builtins.str,
        quantity_to_keep: typing.Optional[jsii.Number] = None,
        unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param strategy: How retention will be set. Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``. - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle. - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted. - ``strategy = "Count"``, is used if a specific number of days/releases should be kept. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        :param quantity_to_keep: The number of days/releases to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        :param unit: The unit of quantity to keep. Valid units are Days or Items. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2410ef196de77c7b014402b37e0d68df64ddd11aa5858b3b5d9c8fcc8f30934b)
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

        Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``.

        - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle.
        - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted.
        - ``strategy = "Count"``, is used if a specific number of days/releases should be kept.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        '''
        result = self._values.get("strategy")
        assert result is not None, "Required property 'strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def quantity_to_keep(self) -> typing.Optional[jsii.Number]:
        '''The number of days/releases to keep.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        '''
        result = self._values.get("quantity_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unit(self) -> typing.Optional[builtins.str]:
        '''The unit of quantity to keep. Valid units are Days or Items.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        result = self._values.get("unit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LifecyclePhaseTentacleRetentionWithStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LifecyclePhaseTentacleRetentionWithStrategyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseTentacleRetentionWithStrategyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d0d30f14c1af60ff2109c91f08f807568ab3bb0fe3a0f086fb44e5c6b13e07fe)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "LifecyclePhaseTentacleRetentionWithStrategyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7114cc66f108ad4ec10eac44dad13abc97198d52038e948a10f17ce9307c616b)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LifecyclePhaseTentacleRetentionWithStrategyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__24ddd0ccb672cf1bb48fa617bbf12ddbeb5c1d7f2080fb325552cffb8086a629)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3250bae7c2eb829e55cdecd13d77b21c68abef1943e4f7b8698745447e59a2d8)
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
            type_hints = typing.get_type_hints(_typecheckingstub__33adbb90c3806d70c58d4fbafb974fb9a009c56ae8a3022bc60916a237668ebf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseTentacleRetentionWithStrategy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseTentacleRetentionWithStrategy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseTentacleRetentionWithStrategy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ffdcfc77d10bab68f35f83e7f707f7974cda824344118039aa47a0b4599996d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LifecyclePhaseTentacleRetentionWithStrategyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecyclePhaseTentacleRetentionWithStrategyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__4bf6308ca38f982d32e80127d7204efa3fabd59e2df0be5b6ba8a19c2a656bae)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a6e83dd826799577be8bc7961902e16475b838007fd5db1c2a22f2573d05fad7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strategy")
    def strategy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strategy"))

    @strategy.setter
    def strategy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d75f3e843fa9868ad89ebe961031824f07822434932d98527a3dbe3bbc4e6493)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strategy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unit")
    def unit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "unit"))

    @unit.setter
    def unit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7818237192cf6ac3b803e6d294c8762b2079fce27723dfa76345e7d23b6a8d2e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseTentacleRetentionWithStrategy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseTentacleRetentionWithStrategy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseTentacleRetentionWithStrategy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34f1ecfa62786e9be28f68e891547b8bf436470ef9b82d84ba7e2110c50e1775)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.lifecycle.LifecycleReleaseRetentionWithStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "strategy": "strategy",
        "quantity_to_keep": "quantityToKeep",
        "unit": "unit",
    },
)
class LifecycleReleaseRetentionWithStrategy:
    def __init__(
        self,
        *,
        strategy: builtins.str,
        quantity_to_keep: typing.Optional[jsii.Number] = None,
        unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param strategy: How retention will be set. Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``. - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle. - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted. - ``strategy = "Count"``, is used if a specific number of days/releases should be kept. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        :param quantity_to_keep: The number of days/releases to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        :param unit: The unit of quantity to keep. Valid units are Days or Items. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9af58384ae5a3923ba576e62022305a5db8bed52b2fabbe8babede8a793c40cf)
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

        Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``.

        - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle.
        - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted.
        - ``strategy = "Count"``, is used if a specific number of days/releases should be kept.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        '''
        result = self._values.get("strategy")
        assert result is not None, "Required property 'strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def quantity_to_keep(self) -> typing.Optional[jsii.Number]:
        '''The number of days/releases to keep.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        '''
        result = self._values.get("quantity_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unit(self) -> typing.Optional[builtins.str]:
        '''The unit of quantity to keep. Valid units are Days or Items.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        result = self._values.get("unit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LifecycleReleaseRetentionWithStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LifecycleReleaseRetentionWithStrategyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecycleReleaseRetentionWithStrategyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__08601fc7f8dcfa09a76ab924f3589f995959765de78d52ca4f68356accdf08d4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "LifecycleReleaseRetentionWithStrategyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6daeb898e59776f207c9f2f342ef4ffd392383d22ebf97ed2a6ad5f0a02e01ac)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LifecycleReleaseRetentionWithStrategyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dee32f54f8d65cb327b1919b42ca557a4552f3409bf394d1f649371bf5a83f3f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3d6d5b3412f8237a266752ab087beae54921d6170df080807c1d0a442ab926c4)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2782b0c2d37dbbb43533ec7167d3dd874a49bc932b27cef7134934a309b0e548)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleReleaseRetentionWithStrategy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleReleaseRetentionWithStrategy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleReleaseRetentionWithStrategy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b08c833fa7be4d46d67d953cd9cb1ddd1f386ad978945ed2ce8ce5b4a3c1fe42)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LifecycleReleaseRetentionWithStrategyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecycleReleaseRetentionWithStrategyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__02e8792ed4f700d24abee73faed8acac471d1d6483e2eb54d34f71af845cc785)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f665338dcd5ba2b71489a52f1ba415f50dcec94c755cce546d70a0a46007a0b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strategy")
    def strategy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strategy"))

    @strategy.setter
    def strategy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__977e8702b86c3f3ad9041d7d3d13c2c4e716e9898dc91bf888e6411e17b21f64)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strategy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unit")
    def unit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "unit"))

    @unit.setter
    def unit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89f3ee980802960ca197e44eb8879c30b0c11d28ba4e97b9a2c9344f12b7d571)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleReleaseRetentionWithStrategy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleReleaseRetentionWithStrategy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleReleaseRetentionWithStrategy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30471864bdd8ebf5b2bfa69bf265252ad1ce515e143651a181885cff2ab2d545)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.lifecycle.LifecycleTentacleRetentionWithStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "strategy": "strategy",
        "quantity_to_keep": "quantityToKeep",
        "unit": "unit",
    },
)
class LifecycleTentacleRetentionWithStrategy:
    def __init__(
        self,
        *,
        strategy: builtins.str,
        quantity_to_keep: typing.Optional[jsii.Number] = None,
        unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param strategy: How retention will be set. Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``. - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle. - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted. - ``strategy = "Count"``, is used if a specific number of days/releases should be kept. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        :param quantity_to_keep: The number of days/releases to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        :param unit: The unit of quantity to keep. Valid units are Days or Items. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0700d5f28dd7a2ab5d3f70b17ece5ba12c0c07fb03ca3499153af7b735a60349)
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

        Valid strategies are ``Default``, ``Forever``, and ``Count``. The default value is ``Default``.

        - ``strategy = "Default"``, is used if the retention is set by the space-wide default lifecycle retention policy. When ``Default`` is used, no other attributes can be set since the specific retention policy is no longer defined within this lifecycle.
        - ``strategy = "Forever"``, is used if items within this lifecycle should never be deleted.
        - ``strategy = "Count"``, is used if a specific number of days/releases should be kept.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#strategy Lifecycle#strategy}
        '''
        result = self._values.get("strategy")
        assert result is not None, "Required property 'strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def quantity_to_keep(self) -> typing.Optional[jsii.Number]:
        '''The number of days/releases to keep.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#quantity_to_keep Lifecycle#quantity_to_keep}
        '''
        result = self._values.get("quantity_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unit(self) -> typing.Optional[builtins.str]:
        '''The unit of quantity to keep. Valid units are Days or Items.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/lifecycle#unit Lifecycle#unit}
        '''
        result = self._values.get("unit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "LifecycleTentacleRetentionWithStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class LifecycleTentacleRetentionWithStrategyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecycleTentacleRetentionWithStrategyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d6a8c9b283ea6ea496bcc7a98143ffc27a490442bff1495436d30ea4de55b076)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "LifecycleTentacleRetentionWithStrategyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ba835a07e1e3e09b31fcc178d042eb54e2d38cfd1a472c0ed6b71fc6955848a)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("LifecycleTentacleRetentionWithStrategyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__019f344add207568a0bf0f5859aaeacfd2ab2c2f22cb26573c66e53df4bc38ca)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f5a0d8b83cfb789d28ff59e0f7f7f55f5cd0f01f3fb39e7ae840f1da4c840929)
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
            type_hints = typing.get_type_hints(_typecheckingstub__92565d3a6c4fde81c16108c77f1a067c982e6a900c557343a624352320c9cf45)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleTentacleRetentionWithStrategy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleTentacleRetentionWithStrategy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleTentacleRetentionWithStrategy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__436c5cf9f8227d879881a6e448d658f81904676966a9092a0ff11b263251be84)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class LifecycleTentacleRetentionWithStrategyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.lifecycle.LifecycleTentacleRetentionWithStrategyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__397543217ec075fc1adfd86938dc61a077249983204e856dfe101ea323a2dd7b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1a97113128d66a1d7e665af745dbab72db18fc417fb89399760031b962bc03de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strategy")
    def strategy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strategy"))

    @strategy.setter
    def strategy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce2c5d132323232382fbcedc2e59808eee3ad1d5cb6c5813499f5f19d117eb48)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strategy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unit")
    def unit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "unit"))

    @unit.setter
    def unit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29b8c5e0d6cdec84b3a37e80c160dd14e57b6238850104451c403e731813d4ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleTentacleRetentionWithStrategy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleTentacleRetentionWithStrategy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleTentacleRetentionWithStrategy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f32d1485082927edd669d52e5849bc88f697832e8d98ed4f55bd2feae449ffd5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Lifecycle",
    "LifecycleConfig",
    "LifecyclePhase",
    "LifecyclePhaseList",
    "LifecyclePhaseOutputReference",
    "LifecyclePhaseReleaseRetentionWithStrategy",
    "LifecyclePhaseReleaseRetentionWithStrategyList",
    "LifecyclePhaseReleaseRetentionWithStrategyOutputReference",
    "LifecyclePhaseTentacleRetentionWithStrategy",
    "LifecyclePhaseTentacleRetentionWithStrategyList",
    "LifecyclePhaseTentacleRetentionWithStrategyOutputReference",
    "LifecycleReleaseRetentionWithStrategy",
    "LifecycleReleaseRetentionWithStrategyList",
    "LifecycleReleaseRetentionWithStrategyOutputReference",
    "LifecycleTentacleRetentionWithStrategy",
    "LifecycleTentacleRetentionWithStrategyList",
    "LifecycleTentacleRetentionWithStrategyOutputReference",
]

publication.publish()

def _typecheckingstub__dd873d605a851ac6b8f4ade8ba59781955c5028b3293c580cf78fe46aa0f4c8f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    description: typing.Optional[builtins.str] = None,
    phase: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecyclePhase, typing.Dict[builtins.str, typing.Any]]]]] = None,
    release_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecycleReleaseRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    space_id: typing.Optional[builtins.str] = None,
    tentacle_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecycleTentacleRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
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

def _typecheckingstub__1472e3942f8c1eabb35dd96322311399409692354c0ef15782885672a6208dbf(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3816dbeec16b991971af676f8d0154adcfb9d5de4165e862a57b520f06453e32(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecyclePhase, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4ddeb8d694f6651c2a125630a452b7364204f4514d9b0eb760ac9dcdadc7a1e(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecycleReleaseRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c57b57794b85b60ea22fe9ad7d6c235cd1d5f1cac38c9cd4c3b40c5235398cc0(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecycleTentacleRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fd1677355fa70bcdcab88a9ed3e135a60ca4f934c543848d8c8054be40c3182(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__604feafe1bfcbf020df18fc1c6af45cfe4a0f06ce28f8ad5c4582913de28155e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5360ae74117071773360ad64e5369fc0f197431100353f7ffbe06dc09b0f7ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c206b1252f451bf76012fd83337860267e79ea571c08036ea65430cd0fa4abb2(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    description: typing.Optional[builtins.str] = None,
    phase: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecyclePhase, typing.Dict[builtins.str, typing.Any]]]]] = None,
    release_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecycleReleaseRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    space_id: typing.Optional[builtins.str] = None,
    tentacle_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecycleTentacleRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d75dac3b2f88df17c603f2b4de41637bc534b592ebab23630a9c3f04bdb39be0(
    *,
    name: builtins.str,
    automatic_deployment_targets: typing.Optional[typing.Sequence[builtins.str]] = None,
    id: typing.Optional[builtins.str] = None,
    is_optional_phase: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_priority_phase: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    minimum_environments_before_promotion: typing.Optional[jsii.Number] = None,
    optional_deployment_targets: typing.Optional[typing.Sequence[builtins.str]] = None,
    release_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecyclePhaseReleaseRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    tentacle_retention_with_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecyclePhaseTentacleRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f5e2b9243453e1173c404809e650c42f7539b796ab13350dac165efa89b343a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30774b809a86976c646c2babde7748ef65a4cee91ffe925a5523d95002e4476a(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7240fec4467f3f59d5a9a629a15ac1798efbb4a4acc52e4d9cfe7fab79f033ec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7b2841ebad10d5b75804e9d3d9c7801f441447271147c1952fc0171a18624d6(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64b58d1485bc52f86098fc939ea9ba5c8a2ffd36e0bdaa16465cc6b65614d1da(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d50eabeb7f4fc78b66c97265d877605003086910777912e93751afa4c784473f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhase]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0751d1c0bcae817c6cdcd61727d56ec70179627c86dad5049ca839055ec8596(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5750decbda3ad64469edaf8f31a8da91ba0037882ed31f0c7da59fe27d8d101f(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecyclePhaseReleaseRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f75f49acbe3c78936cdab4912c96a623b411991b08489a19d529a00c9f93beca(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[LifecyclePhaseTentacleRetentionWithStrategy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c5f447711ea4f5bcc7d1a88eb623b440575f56b3f9d864a3f122803ef2ea60a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ab517a7c237a3ec06468ab7a896451f647d905f54e5ea28a30f9a30ea2e1977(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aef37bf1cdbc3e4970212faa6cddaf82fac20997b2ab771c439c2e2e5f8945d8(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3099be1551c415ad4dcb2b5f7cc9ed08c5d5011ead2b7d35ba876c100a4b548f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8ec7bd61a436775ff80630bc409e270f184118ae36f4a4c0f5508a69bf4def1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce5dc5bf16d4445e42118e14a6638503412b4f8d9c745be0771e8ca7a0feb981(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__442c24abd901a11e7056aae4d7e6c39f77700fa008e6de78354a9eb188c00a2f(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b866aa95cf490473a3e23c987af03e86074ff8a3cb4566d5f7b0ba5992105d9(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhase]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f471fb38c17861dfd7ffe1a1429901d4c943c82f198cc051d27b376d138261e8(
    *,
    strategy: builtins.str,
    quantity_to_keep: typing.Optional[jsii.Number] = None,
    unit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc5b76d490b0f216a9b60b44b9c04edaf48673eac7a84ea7017969b6a811c843(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73ed508ddabc4335726f68f2b04b98d1010232fe1cadc86b0a80981ba3d5652d(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9d6f3b0f17009e3411c43070f77cbc3d55be9c32b0a5674442f997fe664ae55(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e61856e41988790ee720f5f9daa5749dbbdd02e5bfe390d68c5946928c300290(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a9e777331d90a5dfed2a3cba7cd5bb309907d4fb18bec595942f09227b33b69(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a377fb8a08dae1e48eec7fea3f3cf3cbe7012bc85f59aae99060a841d03f5117(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseReleaseRetentionWithStrategy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3bcfde0034d7449792bb3fd263078fa3df4cd288e3bb9a29595dee8440633ce8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a38ab656453f3d3e6b7ed6ab71f216ca293787bf2dc5e12e885b2156fbcdaf63(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05ba4bc46cac1f9f521f5e36b6d8ea1c85575dc67e23349eb85170caa5ecb800(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__403962506f05a82517e3ae827dcd63bee901e753a391af59715762d084396151(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f51f4236c294dcfdb611b488fa3d75ea1f5d22c21e78a7c83bae46f949661b55(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseReleaseRetentionWithStrategy]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2410ef196de77c7b014402b37e0d68df64ddd11aa5858b3b5d9c8fcc8f30934b(
    *,
    strategy: builtins.str,
    quantity_to_keep: typing.Optional[jsii.Number] = None,
    unit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0d30f14c1af60ff2109c91f08f807568ab3bb0fe3a0f086fb44e5c6b13e07fe(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7114cc66f108ad4ec10eac44dad13abc97198d52038e948a10f17ce9307c616b(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24ddd0ccb672cf1bb48fa617bbf12ddbeb5c1d7f2080fb325552cffb8086a629(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3250bae7c2eb829e55cdecd13d77b21c68abef1943e4f7b8698745447e59a2d8(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33adbb90c3806d70c58d4fbafb974fb9a009c56ae8a3022bc60916a237668ebf(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ffdcfc77d10bab68f35f83e7f707f7974cda824344118039aa47a0b4599996d8(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecyclePhaseTentacleRetentionWithStrategy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bf6308ca38f982d32e80127d7204efa3fabd59e2df0be5b6ba8a19c2a656bae(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6e83dd826799577be8bc7961902e16475b838007fd5db1c2a22f2573d05fad7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d75f3e843fa9868ad89ebe961031824f07822434932d98527a3dbe3bbc4e6493(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7818237192cf6ac3b803e6d294c8762b2079fce27723dfa76345e7d23b6a8d2e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34f1ecfa62786e9be28f68e891547b8bf436470ef9b82d84ba7e2110c50e1775(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecyclePhaseTentacleRetentionWithStrategy]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9af58384ae5a3923ba576e62022305a5db8bed52b2fabbe8babede8a793c40cf(
    *,
    strategy: builtins.str,
    quantity_to_keep: typing.Optional[jsii.Number] = None,
    unit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08601fc7f8dcfa09a76ab924f3589f995959765de78d52ca4f68356accdf08d4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6daeb898e59776f207c9f2f342ef4ffd392383d22ebf97ed2a6ad5f0a02e01ac(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dee32f54f8d65cb327b1919b42ca557a4552f3409bf394d1f649371bf5a83f3f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d6d5b3412f8237a266752ab087beae54921d6170df080807c1d0a442ab926c4(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2782b0c2d37dbbb43533ec7167d3dd874a49bc932b27cef7134934a309b0e548(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b08c833fa7be4d46d67d953cd9cb1ddd1f386ad978945ed2ce8ce5b4a3c1fe42(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleReleaseRetentionWithStrategy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02e8792ed4f700d24abee73faed8acac471d1d6483e2eb54d34f71af845cc785(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f665338dcd5ba2b71489a52f1ba415f50dcec94c755cce546d70a0a46007a0b6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__977e8702b86c3f3ad9041d7d3d13c2c4e716e9898dc91bf888e6411e17b21f64(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89f3ee980802960ca197e44eb8879c30b0c11d28ba4e97b9a2c9344f12b7d571(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30471864bdd8ebf5b2bfa69bf265252ad1ce515e143651a181885cff2ab2d545(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleReleaseRetentionWithStrategy]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0700d5f28dd7a2ab5d3f70b17ece5ba12c0c07fb03ca3499153af7b735a60349(
    *,
    strategy: builtins.str,
    quantity_to_keep: typing.Optional[jsii.Number] = None,
    unit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6a8c9b283ea6ea496bcc7a98143ffc27a490442bff1495436d30ea4de55b076(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ba835a07e1e3e09b31fcc178d042eb54e2d38cfd1a472c0ed6b71fc6955848a(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__019f344add207568a0bf0f5859aaeacfd2ab2c2f22cb26573c66e53df4bc38ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5a0d8b83cfb789d28ff59e0f7f7f55f5cd0f01f3fb39e7ae840f1da4c840929(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92565d3a6c4fde81c16108c77f1a067c982e6a900c557343a624352320c9cf45(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__436c5cf9f8227d879881a6e448d658f81904676966a9092a0ff11b263251be84(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[LifecycleTentacleRetentionWithStrategy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__397543217ec075fc1adfd86938dc61a077249983204e856dfe101ea323a2dd7b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a97113128d66a1d7e665af745dbab72db18fc417fb89399760031b962bc03de(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce2c5d132323232382fbcedc2e59808eee3ad1d5cb6c5813499f5f19d117eb48(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29b8c5e0d6cdec84b3a37e80c160dd14e57b6238850104451c403e731813d4ba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f32d1485082927edd669d52e5849bc88f697832e8d98ed4f55bd2feae449ffd5(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, LifecycleTentacleRetentionWithStrategy]],
) -> None:
    """Type checking stubs"""
    pass
