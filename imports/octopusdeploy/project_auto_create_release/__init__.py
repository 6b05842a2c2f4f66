r'''
# `octopusdeploy_project_auto_create_release`

Refer to the Terraform Registry for docs: [`octopusdeploy_project_auto_create_release`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release).
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


class ProjectAutoCreateRelease(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectAutoCreateRelease.ProjectAutoCreateRelease",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release octopusdeploy_project_auto_create_release}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        channel_id: builtins.str,
        deployment_process_id: builtins.str,
        release_creation_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectAutoCreateReleaseReleaseCreationPackage", typing.Dict[builtins.str, typing.Any]]]]] = None,
        release_creation_package_step_id: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release octopusdeploy_project_auto_create_release} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param channel_id: The ID of the channel in which triggered releases will be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#channel_id ProjectAutoCreateRelease#channel_id}
        :param deployment_process_id: The ID of the deployment process to enforce dependency on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#deployment_process_id ProjectAutoCreateRelease#deployment_process_id}
        :param release_creation_package: release_creation_package block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#release_creation_package ProjectAutoCreateRelease#release_creation_package}
        :param release_creation_package_step_id: The ID of the deployment step containing the package for release creation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#release_creation_package_step_id ProjectAutoCreateRelease#release_creation_package_step_id}
        :param space_id: The space ID where the project is located. If not specified, the default space will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#space_id ProjectAutoCreateRelease#space_id}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ccd1b10ba8de2572be5af7f93b4bd165d78878377b50666243d8d4b8a23ae9a6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ProjectAutoCreateReleaseConfig(
            channel_id=channel_id,
            deployment_process_id=deployment_process_id,
            release_creation_package=release_creation_package,
            release_creation_package_step_id=release_creation_package_step_id,
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
        '''Generates CDKTF code for importing a ProjectAutoCreateRelease resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ProjectAutoCreateRelease to import.
        :param import_from_id: The id of the existing ProjectAutoCreateRelease that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ProjectAutoCreateRelease to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f86aa9193fe0bf64bf9df2c74fdde11b83669922420b87f3e91829ed7d741013)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putReleaseCreationPackage")
    def put_release_creation_package(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectAutoCreateReleaseReleaseCreationPackage", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__028cf867cb3eeb9e84a661b8d36aa35a199d8041a1eb245ea09c9eeb56f9dc12)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putReleaseCreationPackage", [value]))

    @jsii.member(jsii_name="resetReleaseCreationPackage")
    def reset_release_creation_package(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseCreationPackage", []))

    @jsii.member(jsii_name="resetReleaseCreationPackageStepId")
    def reset_release_creation_package_step_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseCreationPackageStepId", []))

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
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackage")
    def release_creation_package(
        self,
    ) -> "ProjectAutoCreateReleaseReleaseCreationPackageList":
        return typing.cast("ProjectAutoCreateReleaseReleaseCreationPackageList", jsii.get(self, "releaseCreationPackage"))

    @builtins.property
    @jsii.member(jsii_name="channelIdInput")
    def channel_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "channelIdInput"))

    @builtins.property
    @jsii.member(jsii_name="deploymentProcessIdInput")
    def deployment_process_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deploymentProcessIdInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackageInput")
    def release_creation_package_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectAutoCreateReleaseReleaseCreationPackage"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectAutoCreateReleaseReleaseCreationPackage"]]], jsii.get(self, "releaseCreationPackageInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackageStepIdInput")
    def release_creation_package_step_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "releaseCreationPackageStepIdInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="channelId")
    def channel_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "channelId"))

    @channel_id.setter
    def channel_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__229eebc97d69fbae011dcb615d595b8b63758d159616f32576294e0ecad4c209)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channelId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deploymentProcessId")
    def deployment_process_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deploymentProcessId"))

    @deployment_process_id.setter
    def deployment_process_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ac04777e2ada31db4396faa72087949e389d8824e66518c049c667d95dbb7e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deploymentProcessId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackageStepId")
    def release_creation_package_step_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "releaseCreationPackageStepId"))

    @release_creation_package_step_id.setter
    def release_creation_package_step_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e02b734f45448a86cc5f460d2551e3d9b2faa2f9845a959c2ce465931828069b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "releaseCreationPackageStepId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d4be2788554613afc3ad2056b99d0653d0a4609cf6f36d36410203a9163ccae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectAutoCreateRelease.ProjectAutoCreateReleaseConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "channel_id": "channelId",
        "deployment_process_id": "deploymentProcessId",
        "release_creation_package": "releaseCreationPackage",
        "release_creation_package_step_id": "releaseCreationPackageStepId",
        "space_id": "spaceId",
    },
)
class ProjectAutoCreateReleaseConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        channel_id: builtins.str,
        deployment_process_id: builtins.str,
        release_creation_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectAutoCreateReleaseReleaseCreationPackage", typing.Dict[builtins.str, typing.Any]]]]] = None,
        release_creation_package_step_id: typing.Optional[builtins.str] = None,
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
        :param channel_id: The ID of the channel in which triggered releases will be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#channel_id ProjectAutoCreateRelease#channel_id}
        :param deployment_process_id: The ID of the deployment process to enforce dependency on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#deployment_process_id ProjectAutoCreateRelease#deployment_process_id}
        :param release_creation_package: release_creation_package block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#release_creation_package ProjectAutoCreateRelease#release_creation_package}
        :param release_creation_package_step_id: The ID of the deployment step containing the package for release creation. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#release_creation_package_step_id ProjectAutoCreateRelease#release_creation_package_step_id}
        :param space_id: The space ID where the project is located. If not specified, the default space will be used. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#space_id ProjectAutoCreateRelease#space_id}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9ddb4b149740604457d1e9d6c62f7c1eed0ba20e6c7387b83839bc4f52a8800)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument channel_id", value=channel_id, expected_type=type_hints["channel_id"])
            check_type(argname="argument deployment_process_id", value=deployment_process_id, expected_type=type_hints["deployment_process_id"])
            check_type(argname="argument release_creation_package", value=release_creation_package, expected_type=type_hints["release_creation_package"])
            check_type(argname="argument release_creation_package_step_id", value=release_creation_package_step_id, expected_type=type_hints["release_creation_package_step_id"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "channel_id": channel_id,
            "deployment_process_id": deployment_process_id,
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
        if release_creation_package is not None:
            self._values["release_creation_package"] = release_creation_package
        if release_creation_package_step_id is not None:
            self._values["release_creation_package_step_id"] = release_creation_package_step_id
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
    def channel_id(self) -> builtins.str:
        '''The ID of the channel in which triggered releases will be created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#channel_id ProjectAutoCreateRelease#channel_id}
        '''
        result = self._values.get("channel_id")
        assert result is not None, "Required property 'channel_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def deployment_process_id(self) -> builtins.str:
        '''The ID of the deployment process to enforce dependency on.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#deployment_process_id ProjectAutoCreateRelease#deployment_process_id}
        '''
        result = self._values.get("deployment_process_id")
        assert result is not None, "Required property 'deployment_process_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def release_creation_package(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectAutoCreateReleaseReleaseCreationPackage"]]]:
        '''release_creation_package block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#release_creation_package ProjectAutoCreateRelease#release_creation_package}
        '''
        result = self._values.get("release_creation_package")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectAutoCreateReleaseReleaseCreationPackage"]]], result)

    @builtins.property
    def release_creation_package_step_id(self) -> typing.Optional[builtins.str]:
        '''The ID of the deployment step containing the package for release creation.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#release_creation_package_step_id ProjectAutoCreateRelease#release_creation_package_step_id}
        '''
        result = self._values.get("release_creation_package_step_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID where the project is located. If not specified, the default space will be used.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#space_id ProjectAutoCreateRelease#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectAutoCreateReleaseConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.projectAutoCreateRelease.ProjectAutoCreateReleaseReleaseCreationPackage",
    jsii_struct_bases=[],
    name_mapping={
        "deployment_action": "deploymentAction",
        "package_reference": "packageReference",
    },
)
class ProjectAutoCreateReleaseReleaseCreationPackage:
    def __init__(
        self,
        *,
        deployment_action: builtins.str,
        package_reference: builtins.str,
    ) -> None:
        '''
        :param deployment_action: The name of the deployment action that contains the package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#deployment_action ProjectAutoCreateRelease#deployment_action}
        :param package_reference: The name of the package reference within the deployment action. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#package_reference ProjectAutoCreateRelease#package_reference}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba4c9255c1d6133aee1f186040c78a5d807b46389aca098cf30ef3d64a27167d)
            check_type(argname="argument deployment_action", value=deployment_action, expected_type=type_hints["deployment_action"])
            check_type(argname="argument package_reference", value=package_reference, expected_type=type_hints["package_reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "deployment_action": deployment_action,
            "package_reference": package_reference,
        }

    @builtins.property
    def deployment_action(self) -> builtins.str:
        '''The name of the deployment action that contains the package reference.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#deployment_action ProjectAutoCreateRelease#deployment_action}
        '''
        result = self._values.get("deployment_action")
        assert result is not None, "Required property 'deployment_action' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def package_reference(self) -> builtins.str:
        '''The name of the package reference within the deployment action.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_auto_create_release#package_reference ProjectAutoCreateRelease#package_reference}
        '''
        result = self._values.get("package_reference")
        assert result is not None, "Required property 'package_reference' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectAutoCreateReleaseReleaseCreationPackage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectAutoCreateReleaseReleaseCreationPackageList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectAutoCreateRelease.ProjectAutoCreateReleaseReleaseCreationPackageList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__28d9f3188090334174ee458055dbdc1c819f2c4d730a0bf662a414f274db2563)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectAutoCreateReleaseReleaseCreationPackageOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb525ea0b05ff7b1ac9150a4a09d809cb47b41c6e7cdb338492993d84a4bd505)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectAutoCreateReleaseReleaseCreationPackageOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e5875307283877a486cd720986809974de9960c7dfaea41a443d9f8ce72157e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__935e0a0cfb7210f0593e4a2e51ad201df637fb939f924ea0986a71d9b71d6758)
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
            type_hints = typing.get_type_hints(_typecheckingstub__56c6e30c9ee6ac40d0bd57fd0af2dbf31eef0e943a4fc2603fdf051dfe363cea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoCreateReleaseReleaseCreationPackage]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoCreateReleaseReleaseCreationPackage]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoCreateReleaseReleaseCreationPackage]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3f4ffbb0f86cbf3e77ccce5fb2eb9541b37eb2a6d17709bc0b6c8dd150644482)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectAutoCreateReleaseReleaseCreationPackageOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectAutoCreateRelease.ProjectAutoCreateReleaseReleaseCreationPackageOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7f5e2247bb85a433136b6f3dbedd3c58be802b9aab9a0bede62d6cb3263abf15)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="deploymentActionInput")
    def deployment_action_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deploymentActionInput"))

    @builtins.property
    @jsii.member(jsii_name="packageReferenceInput")
    def package_reference_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "packageReferenceInput"))

    @builtins.property
    @jsii.member(jsii_name="deploymentAction")
    def deployment_action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deploymentAction"))

    @deployment_action.setter
    def deployment_action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0ac8d6a17fe2fe024d5653eb828fcc7f630dd883127da9785962d0e435d65ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deploymentAction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageReference")
    def package_reference(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageReference"))

    @package_reference.setter
    def package_reference(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3057b61f7665cd794422acca10959fd6a83d4793e9de78a0fda38d50e59a993d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageReference", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoCreateReleaseReleaseCreationPackage]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoCreateReleaseReleaseCreationPackage]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoCreateReleaseReleaseCreationPackage]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37d87c9f090cf2a68b20439348c8eb77dfffbbf4717fcfb297247f06677f1470)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ProjectAutoCreateRelease",
    "ProjectAutoCreateReleaseConfig",
    "ProjectAutoCreateReleaseReleaseCreationPackage",
    "ProjectAutoCreateReleaseReleaseCreationPackageList",
    "ProjectAutoCreateReleaseReleaseCreationPackageOutputReference",
]

publication.publish()

def _typecheckingstub__ccd1b10ba8de2572be5af7f93b4bd165d78878377b50666243d8d4b8a23ae9a6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    channel_id: builtins.str,
    deployment_process_id: builtins.str,
    release_creation_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectAutoCreateReleaseReleaseCreationPackage, typing.Dict[builtins.str, typing.Any]]]]] = None,
    release_creation_package_step_id: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__f86aa9193fe0bf64bf9df2c74fdde11b83669922420b87f3e91829ed7d741013(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__028cf867cb3eeb9e84a661b8d36aa35a199d8041a1eb245ea09c9eeb56f9dc12(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectAutoCreateReleaseReleaseCreationPackage, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__229eebc97d69fbae011dcb615d595b8b63758d159616f32576294e0ecad4c209(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ac04777e2ada31db4396faa72087949e389d8824e66518c049c667d95dbb7e4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e02b734f45448a86cc5f460d2551e3d9b2faa2f9845a959c2ce465931828069b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d4be2788554613afc3ad2056b99d0653d0a4609cf6f36d36410203a9163ccae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9ddb4b149740604457d1e9d6c62f7c1eed0ba20e6c7387b83839bc4f52a8800(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    channel_id: builtins.str,
    deployment_process_id: builtins.str,
    release_creation_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectAutoCreateReleaseReleaseCreationPackage, typing.Dict[builtins.str, typing.Any]]]]] = None,
    release_creation_package_step_id: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba4c9255c1d6133aee1f186040c78a5d807b46389aca098cf30ef3d64a27167d(
    *,
    deployment_action: builtins.str,
    package_reference: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28d9f3188090334174ee458055dbdc1c819f2c4d730a0bf662a414f274db2563(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb525ea0b05ff7b1ac9150a4a09d809cb47b41c6e7cdb338492993d84a4bd505(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e5875307283877a486cd720986809974de9960c7dfaea41a443d9f8ce72157e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__935e0a0cfb7210f0593e4a2e51ad201df637fb939f924ea0986a71d9b71d6758(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56c6e30c9ee6ac40d0bd57fd0af2dbf31eef0e943a4fc2603fdf051dfe363cea(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f4ffbb0f86cbf3e77ccce5fb2eb9541b37eb2a6d17709bc0b6c8dd150644482(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoCreateReleaseReleaseCreationPackage]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f5e2247bb85a433136b6f3dbedd3c58be802b9aab9a0bede62d6cb3263abf15(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0ac8d6a17fe2fe024d5653eb828fcc7f630dd883127da9785962d0e435d65ab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3057b61f7665cd794422acca10959fd6a83d4793e9de78a0fda38d50e59a993d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37d87c9f090cf2a68b20439348c8eb77dfffbbf4717fcfb297247f06677f1470(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoCreateReleaseReleaseCreationPackage]],
) -> None:
    """Type checking stubs"""
    pass
