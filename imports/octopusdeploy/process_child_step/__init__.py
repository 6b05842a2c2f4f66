r'''
# `octopusdeploy_process_child_step`

Refer to the Terraform Registry for docs: [`octopusdeploy_process_child_step`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step).
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


class ProcessChildStep(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processChildStep.ProcessChildStep",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step octopusdeploy_process_child_step}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        parent_id: builtins.str,
        process_id: builtins.str,
        type: builtins.str,
        channels: typing.Optional[typing.Sequence[builtins.str]] = None,
        condition: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union["ProcessChildStepContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        git_dependencies: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union["ProcessChildStepGitDependencies", typing.Dict[builtins.str, typing.Any]]]]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        notes: typing.Optional[builtins.str] = None,
        packages: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union["ProcessChildStepPackages", typing.Dict[builtins.str, typing.Any]]]]] = None,
        primary_package: typing.Optional[typing.Union["ProcessChildStepPrimaryPackage", typing.Dict[builtins.str, typing.Any]]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        worker_pool_id: typing.Optional[builtins.str] = None,
        worker_pool_variable: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step octopusdeploy_process_child_step} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#name ProcessChildStep#name}
        :param parent_id: Id of the process step this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#parent_id ProcessChildStep#parent_id}
        :param process_id: Id of the process this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#process_id ProcessChildStep#process_id}
        :param type: Execution type of the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#type ProcessChildStep#type}
        :param channels: A set of channels associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#channels ProcessChildStep#channels}
        :param condition: When to run the step, can be 'Success' - run when previous child step succeed or variable expression - run when the expression evaluates to true. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#condition ProcessChildStep#condition}
        :param container: When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#container ProcessChildStep#container}
        :param environments: A set of environments within which this step will run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#environments ProcessChildStep#environments}
        :param excluded_environments: A set of environments that this step will be skipped in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#excluded_environments ProcessChildStep#excluded_environments}
        :param execution_properties: A collection of step execution properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#execution_properties ProcessChildStep#execution_properties}
        :param git_dependencies: References of git dependencies for this step where key is a name of the reference and empty name defines primary dependency. Is the Git equivalent of packages Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#git_dependencies ProcessChildStep#git_dependencies}
        :param is_disabled: Indicates the disabled status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#is_disabled ProcessChildStep#is_disabled}
        :param is_required: Indicates the required status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#is_required ProcessChildStep#is_required}
        :param notes: The notes associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#notes ProcessChildStep#notes}
        :param packages: Package references associated with this step where key is a name of the package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#packages ProcessChildStep#packages}
        :param primary_package: Primary package of the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#primary_package ProcessChildStep#primary_package}
        :param slug: The human-readable unique identifier for the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#slug ProcessChildStep#slug}
        :param space_id: The space ID associated with this process_child_step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#space_id ProcessChildStep#space_id}
        :param tenant_tags: A set of tenant tags associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#tenant_tags ProcessChildStep#tenant_tags}
        :param worker_pool_id: The worker pool associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#worker_pool_id ProcessChildStep#worker_pool_id}
        :param worker_pool_variable: The worker pool variable associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#worker_pool_variable ProcessChildStep#worker_pool_variable}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e6dec7161e779e0f9e9284952b5bdf9092a63bb0463cc1e2579832c77e3cd5f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ProcessChildStepConfig(
            name=name,
            parent_id=parent_id,
            process_id=process_id,
            type=type,
            channels=channels,
            condition=condition,
            container=container,
            environments=environments,
            excluded_environments=excluded_environments,
            execution_properties=execution_properties,
            git_dependencies=git_dependencies,
            is_disabled=is_disabled,
            is_required=is_required,
            notes=notes,
            packages=packages,
            primary_package=primary_package,
            slug=slug,
            space_id=space_id,
            tenant_tags=tenant_tags,
            worker_pool_id=worker_pool_id,
            worker_pool_variable=worker_pool_variable,
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
        '''Generates CDKTF code for importing a ProcessChildStep resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ProcessChildStep to import.
        :param import_from_id: The id of the existing ProcessChildStep that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ProcessChildStep to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7743fbf2ea390b6e99010c3fb8de4ec23d199c2e004325d8f63ba2b105130061)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putContainer")
    def put_container(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Feed where the container will be pulled from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        :param image: Image of the container with tag included. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#image ProcessChildStep#image}
        '''
        value = ProcessChildStepContainer(feed_id=feed_id, image=image)

        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

    @jsii.member(jsii_name="putGitDependencies")
    def put_git_dependencies(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union["ProcessChildStepGitDependencies", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11487c65f0e67796376869141d9329762b664aa852d44d1de3a942eb9c38cbf8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putGitDependencies", [value]))

    @jsii.member(jsii_name="putPackages")
    def put_packages(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union["ProcessChildStepPackages", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e08496fa61d44efb51fb57846e9a0df7622957d7f57c53ed4bc31374216eda66)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPackages", [value]))

    @jsii.member(jsii_name="putPrimaryPackage")
    def put_primary_package(
        self,
        *,
        package_id: builtins.str,
        acquisition_location: typing.Optional[builtins.str] = None,
        feed_id: typing.Optional[builtins.str] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param package_id: Package ID or a variable-expression. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#package_id ProcessChildStep#package_id}
        :param acquisition_location: Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired'). Can be an expression Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#acquisition_location ProcessChildStep#acquisition_location}
        :param feed_id: The feed ID associated with this package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        :param properties: A collection of properties associated with this package. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#properties ProcessChildStep#properties}
        :param version: Package version, or a variable expression. Leave empty to select at release creation time. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#version ProcessChildStep#version}
        '''
        value = ProcessChildStepPrimaryPackage(
            package_id=package_id,
            acquisition_location=acquisition_location,
            feed_id=feed_id,
            properties=properties,
            version=version,
        )

        return typing.cast(None, jsii.invoke(self, "putPrimaryPackage", [value]))

    @jsii.member(jsii_name="resetChannels")
    def reset_channels(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChannels", []))

    @jsii.member(jsii_name="resetCondition")
    def reset_condition(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCondition", []))

    @jsii.member(jsii_name="resetContainer")
    def reset_container(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainer", []))

    @jsii.member(jsii_name="resetEnvironments")
    def reset_environments(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironments", []))

    @jsii.member(jsii_name="resetExcludedEnvironments")
    def reset_excluded_environments(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExcludedEnvironments", []))

    @jsii.member(jsii_name="resetExecutionProperties")
    def reset_execution_properties(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExecutionProperties", []))

    @jsii.member(jsii_name="resetGitDependencies")
    def reset_git_dependencies(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitDependencies", []))

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

    @jsii.member(jsii_name="resetIsRequired")
    def reset_is_required(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsRequired", []))

    @jsii.member(jsii_name="resetNotes")
    def reset_notes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNotes", []))

    @jsii.member(jsii_name="resetPackages")
    def reset_packages(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPackages", []))

    @jsii.member(jsii_name="resetPrimaryPackage")
    def reset_primary_package(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPrimaryPackage", []))

    @jsii.member(jsii_name="resetSlug")
    def reset_slug(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlug", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetTenantTags")
    def reset_tenant_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantTags", []))

    @jsii.member(jsii_name="resetWorkerPoolId")
    def reset_worker_pool_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWorkerPoolId", []))

    @jsii.member(jsii_name="resetWorkerPoolVariable")
    def reset_worker_pool_variable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWorkerPoolVariable", []))

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
    @jsii.member(jsii_name="container")
    def container(self) -> "ProcessChildStepContainerOutputReference":
        return typing.cast("ProcessChildStepContainerOutputReference", jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="gitDependencies")
    def git_dependencies(self) -> "ProcessChildStepGitDependenciesMap":
        return typing.cast("ProcessChildStepGitDependenciesMap", jsii.get(self, "gitDependencies"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="packages")
    def packages(self) -> "ProcessChildStepPackagesMap":
        return typing.cast("ProcessChildStepPackagesMap", jsii.get(self, "packages"))

    @builtins.property
    @jsii.member(jsii_name="primaryPackage")
    def primary_package(self) -> "ProcessChildStepPrimaryPackageOutputReference":
        return typing.cast("ProcessChildStepPrimaryPackageOutputReference", jsii.get(self, "primaryPackage"))

    @builtins.property
    @jsii.member(jsii_name="channelsInput")
    def channels_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "channelsInput"))

    @builtins.property
    @jsii.member(jsii_name="conditionInput")
    def condition_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "conditionInput"))

    @builtins.property
    @jsii.member(jsii_name="containerInput")
    def container_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessChildStepContainer"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessChildStepContainer"]], jsii.get(self, "containerInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="excludedEnvironmentsInput")
    def excluded_environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "excludedEnvironmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="executionPropertiesInput")
    def execution_properties_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "executionPropertiesInput"))

    @builtins.property
    @jsii.member(jsii_name="gitDependenciesInput")
    def git_dependencies_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepGitDependencies"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepGitDependencies"]]], jsii.get(self, "gitDependenciesInput"))

    @builtins.property
    @jsii.member(jsii_name="isDisabledInput")
    def is_disabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isDisabledInput"))

    @builtins.property
    @jsii.member(jsii_name="isRequiredInput")
    def is_required_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isRequiredInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="notesInput")
    def notes_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "notesInput"))

    @builtins.property
    @jsii.member(jsii_name="packagesInput")
    def packages_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepPackages"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepPackages"]]], jsii.get(self, "packagesInput"))

    @builtins.property
    @jsii.member(jsii_name="parentIdInput")
    def parent_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "parentIdInput"))

    @builtins.property
    @jsii.member(jsii_name="primaryPackageInput")
    def primary_package_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessChildStepPrimaryPackage"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessChildStepPrimaryPackage"]], jsii.get(self, "primaryPackageInput"))

    @builtins.property
    @jsii.member(jsii_name="processIdInput")
    def process_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "processIdInput"))

    @builtins.property
    @jsii.member(jsii_name="slugInput")
    def slug_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "slugInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantTagsInput")
    def tenant_tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantTagsInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="workerPoolIdInput")
    def worker_pool_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workerPoolIdInput"))

    @builtins.property
    @jsii.member(jsii_name="workerPoolVariableInput")
    def worker_pool_variable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workerPoolVariableInput"))

    @builtins.property
    @jsii.member(jsii_name="channels")
    def channels(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "channels"))

    @channels.setter
    def channels(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a0c1df26c30b86567b5beb86b4ccb1792882e018e20fc3dd14e91950f0b10b86)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channels", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="condition")
    def condition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "condition"))

    @condition.setter
    def condition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__276545b94a0d33d0af0d3c3d05d3bb3b4dbb068cc5e759e8502501c209b8e075)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "condition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__326359996c3d6a69eebd2f77c477a1b78dcad0ae9aa937553c0c9fb44d8941ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="excludedEnvironments")
    def excluded_environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "excludedEnvironments"))

    @excluded_environments.setter
    def excluded_environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ebfa33d1d762e440118859c537989c2e6dfee94e7b3dbff1ccd465f85b5d001a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "excludedEnvironments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="executionProperties")
    def execution_properties(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "executionProperties"))

    @execution_properties.setter
    def execution_properties(
        self,
        value: typing.Mapping[builtins.str, builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11cb71279b7565da2678099839550466cfaac2e063db4a48c02f4d7a26c5ac3d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "executionProperties", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__d5637b50ecbfdd8e8373bdf3a8903d98e44fda477a64589b41c74cb70c681dd1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isRequired")
    def is_required(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isRequired"))

    @is_required.setter
    def is_required(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f3cfd8d87363d31b5879da3af84922d550304426148d309fce4bd111be1cc33)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isRequired", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85b31ee9bb1e45994b43cc2f41d9512dfcb4474052b2be6c070e1139739a267f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="notes")
    def notes(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "notes"))

    @notes.setter
    def notes(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e4ead2e4cd65ab4c7fe688680c54f3d2fc167115bcf0962908933131ca1fb96d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "notes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parentId")
    def parent_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "parentId"))

    @parent_id.setter
    def parent_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__97451e8d11a8c73c689897bdae4d060bc0299994a13823c221460f4b701e8205)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="processId")
    def process_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "processId"))

    @process_id.setter
    def process_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__156325b7108dc90966fbc5bedf295d511282be82eea76017b9221c10d3799d64)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "processId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slug")
    def slug(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slug"))

    @slug.setter
    def slug(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65da2c1df88943fb8e5d3f5c31a401a8254e2895cad1865a401ac98ce42cb821)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slug", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c6e33d8b6038b9be29a30743f4297f9a50606faeec04fbc0432342fbf8afda3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3a0627cf56f5af8e57e5df678cb7236027e890925f558a845260ab0731948b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db7f2fa09589109bfa5f54b5118992dac029327e37316228e65052162fbd3cca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workerPoolId")
    def worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workerPoolId"))

    @worker_pool_id.setter
    def worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__01b9f098e15b7c8ea51010f1b807a46ae253c4eee36fc8f3eb649c38728d535d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workerPoolVariable")
    def worker_pool_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workerPoolVariable"))

    @worker_pool_variable.setter
    def worker_pool_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27e70c7c88a9541a2753601e08d4c1fd3ed7c04ecd5c4fcb54717ec5016154fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workerPoolVariable", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepConfig",
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
        "parent_id": "parentId",
        "process_id": "processId",
        "type": "type",
        "channels": "channels",
        "condition": "condition",
        "container": "container",
        "environments": "environments",
        "excluded_environments": "excludedEnvironments",
        "execution_properties": "executionProperties",
        "git_dependencies": "gitDependencies",
        "is_disabled": "isDisabled",
        "is_required": "isRequired",
        "notes": "notes",
        "packages": "packages",
        "primary_package": "primaryPackage",
        "slug": "slug",
        "space_id": "spaceId",
        "tenant_tags": "tenantTags",
        "worker_pool_id": "workerPoolId",
        "worker_pool_variable": "workerPoolVariable",
    },
)
class ProcessChildStepConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        parent_id: builtins.str,
        process_id: builtins.str,
        type: builtins.str,
        channels: typing.Optional[typing.Sequence[builtins.str]] = None,
        condition: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union["ProcessChildStepContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        git_dependencies: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union["ProcessChildStepGitDependencies", typing.Dict[builtins.str, typing.Any]]]]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        notes: typing.Optional[builtins.str] = None,
        packages: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union["ProcessChildStepPackages", typing.Dict[builtins.str, typing.Any]]]]] = None,
        primary_package: typing.Optional[typing.Union["ProcessChildStepPrimaryPackage", typing.Dict[builtins.str, typing.Any]]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        worker_pool_id: typing.Optional[builtins.str] = None,
        worker_pool_variable: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#name ProcessChildStep#name}
        :param parent_id: Id of the process step this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#parent_id ProcessChildStep#parent_id}
        :param process_id: Id of the process this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#process_id ProcessChildStep#process_id}
        :param type: Execution type of the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#type ProcessChildStep#type}
        :param channels: A set of channels associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#channels ProcessChildStep#channels}
        :param condition: When to run the step, can be 'Success' - run when previous child step succeed or variable expression - run when the expression evaluates to true. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#condition ProcessChildStep#condition}
        :param container: When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#container ProcessChildStep#container}
        :param environments: A set of environments within which this step will run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#environments ProcessChildStep#environments}
        :param excluded_environments: A set of environments that this step will be skipped in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#excluded_environments ProcessChildStep#excluded_environments}
        :param execution_properties: A collection of step execution properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#execution_properties ProcessChildStep#execution_properties}
        :param git_dependencies: References of git dependencies for this step where key is a name of the reference and empty name defines primary dependency. Is the Git equivalent of packages Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#git_dependencies ProcessChildStep#git_dependencies}
        :param is_disabled: Indicates the disabled status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#is_disabled ProcessChildStep#is_disabled}
        :param is_required: Indicates the required status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#is_required ProcessChildStep#is_required}
        :param notes: The notes associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#notes ProcessChildStep#notes}
        :param packages: Package references associated with this step where key is a name of the package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#packages ProcessChildStep#packages}
        :param primary_package: Primary package of the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#primary_package ProcessChildStep#primary_package}
        :param slug: The human-readable unique identifier for the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#slug ProcessChildStep#slug}
        :param space_id: The space ID associated with this process_child_step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#space_id ProcessChildStep#space_id}
        :param tenant_tags: A set of tenant tags associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#tenant_tags ProcessChildStep#tenant_tags}
        :param worker_pool_id: The worker pool associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#worker_pool_id ProcessChildStep#worker_pool_id}
        :param worker_pool_variable: The worker pool variable associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#worker_pool_variable ProcessChildStep#worker_pool_variable}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(container, dict):
            container = ProcessChildStepContainer(**container)
        if isinstance(primary_package, dict):
            primary_package = ProcessChildStepPrimaryPackage(**primary_package)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0b5c8a91ca2113b07f623dc0ef0bb5909102b96509727d5d26e6a823397bcfe9)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument parent_id", value=parent_id, expected_type=type_hints["parent_id"])
            check_type(argname="argument process_id", value=process_id, expected_type=type_hints["process_id"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument channels", value=channels, expected_type=type_hints["channels"])
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument excluded_environments", value=excluded_environments, expected_type=type_hints["excluded_environments"])
            check_type(argname="argument execution_properties", value=execution_properties, expected_type=type_hints["execution_properties"])
            check_type(argname="argument git_dependencies", value=git_dependencies, expected_type=type_hints["git_dependencies"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument is_required", value=is_required, expected_type=type_hints["is_required"])
            check_type(argname="argument notes", value=notes, expected_type=type_hints["notes"])
            check_type(argname="argument packages", value=packages, expected_type=type_hints["packages"])
            check_type(argname="argument primary_package", value=primary_package, expected_type=type_hints["primary_package"])
            check_type(argname="argument slug", value=slug, expected_type=type_hints["slug"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument worker_pool_id", value=worker_pool_id, expected_type=type_hints["worker_pool_id"])
            check_type(argname="argument worker_pool_variable", value=worker_pool_variable, expected_type=type_hints["worker_pool_variable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "parent_id": parent_id,
            "process_id": process_id,
            "type": type,
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
        if channels is not None:
            self._values["channels"] = channels
        if condition is not None:
            self._values["condition"] = condition
        if container is not None:
            self._values["container"] = container
        if environments is not None:
            self._values["environments"] = environments
        if excluded_environments is not None:
            self._values["excluded_environments"] = excluded_environments
        if execution_properties is not None:
            self._values["execution_properties"] = execution_properties
        if git_dependencies is not None:
            self._values["git_dependencies"] = git_dependencies
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if is_required is not None:
            self._values["is_required"] = is_required
        if notes is not None:
            self._values["notes"] = notes
        if packages is not None:
            self._values["packages"] = packages
        if primary_package is not None:
            self._values["primary_package"] = primary_package
        if slug is not None:
            self._values["slug"] = slug
        if space_id is not None:
            self._values["space_id"] = space_id
        if tenant_tags is not None:
            self._values["tenant_tags"] = tenant_tags
        if worker_pool_id is not None:
            self._values["worker_pool_id"] = worker_pool_id
        if worker_pool_variable is not None:
            self._values["worker_pool_variable"] = worker_pool_variable

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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#name ProcessChildStep#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parent_id(self) -> builtins.str:
        '''Id of the process step this step belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#parent_id ProcessChildStep#parent_id}
        '''
        result = self._values.get("parent_id")
        assert result is not None, "Required property 'parent_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def process_id(self) -> builtins.str:
        '''Id of the process this step belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#process_id ProcessChildStep#process_id}
        '''
        result = self._values.get("process_id")
        assert result is not None, "Required property 'process_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Execution type of the step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#type ProcessChildStep#type}
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def channels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of channels associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#channels ProcessChildStep#channels}
        '''
        result = self._values.get("channels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def condition(self) -> typing.Optional[builtins.str]:
        '''When to run the step, can be 'Success' - run when previous child step succeed or variable expression - run when the expression evaluates to true.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#condition ProcessChildStep#condition}
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional["ProcessChildStepContainer"]:
        '''When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#container ProcessChildStep#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional["ProcessChildStepContainer"], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of environments within which this step will run.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#environments ProcessChildStep#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of environments that this step will be skipped in.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#excluded_environments ProcessChildStep#excluded_environments}
        '''
        result = self._values.get("excluded_environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def execution_properties(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A collection of step execution properties where the key is the property name and the value is its value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#execution_properties ProcessChildStep#execution_properties}
        '''
        result = self._values.get("execution_properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def git_dependencies(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepGitDependencies"]]]:
        '''References of git dependencies for this step where key is a name of the reference and empty name defines primary dependency.

        Is the Git equivalent of packages

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#git_dependencies ProcessChildStep#git_dependencies}
        '''
        result = self._values.get("git_dependencies")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepGitDependencies"]]], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates the disabled status of this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#is_disabled ProcessChildStep#is_disabled}
        '''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates the required status of this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#is_required ProcessChildStep#is_required}
        '''
        result = self._values.get("is_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def notes(self) -> typing.Optional[builtins.str]:
        '''The notes associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#notes ProcessChildStep#notes}
        '''
        result = self._values.get("notes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def packages(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepPackages"]]]:
        '''Package references associated with this step where key is a name of the package reference.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#packages ProcessChildStep#packages}
        '''
        result = self._values.get("packages")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, "ProcessChildStepPackages"]]], result)

    @builtins.property
    def primary_package(self) -> typing.Optional["ProcessChildStepPrimaryPackage"]:
        '''Primary package of the step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#primary_package ProcessChildStep#primary_package}
        '''
        result = self._values.get("primary_package")
        return typing.cast(typing.Optional["ProcessChildStepPrimaryPackage"], result)

    @builtins.property
    def slug(self) -> typing.Optional[builtins.str]:
        '''The human-readable unique identifier for the step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#slug ProcessChildStep#slug}
        '''
        result = self._values.get("slug")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this process_child_step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#space_id ProcessChildStep#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of tenant tags associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#tenant_tags ProcessChildStep#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''The worker pool associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#worker_pool_id ProcessChildStep#worker_pool_id}
        '''
        result = self._values.get("worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def worker_pool_variable(self) -> typing.Optional[builtins.str]:
        '''The worker pool variable associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#worker_pool_variable ProcessChildStep#worker_pool_variable}
        '''
        result = self._values.get("worker_pool_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessChildStepConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class ProcessChildStepContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Feed where the container will be pulled from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        :param image: Image of the container with tag included. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#image ProcessChildStep#image}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__802484d47b68b114dda09884e53c50f6b5d01304b3541e4ff6eada55e19bc50b)
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if image is not None:
            self._values["image"] = image

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''Feed where the container will be pulled from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        '''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Image of the container with tag included.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#image ProcessChildStep#image}
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessChildStepContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessChildStepContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c48f26db519f4e9e6a6ee42caed9731a7307de27f5d0d09021c0ee9b02e5b7fd)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

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
            type_hints = typing.get_type_hints(_typecheckingstub__a1fd8849b5aac0be02cf3eb67ad40fbbb98a41e28a83b09442259d49673d8611)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7e105be64cf1fedae15b362aa8dae1b46c197414b0cf52e4265cd637e9aec574)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4465f7dcd7cee9d933b49855e0bed00c362d86509124ce884383176cfe929525)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepGitDependencies",
    jsii_struct_bases=[],
    name_mapping={
        "default_branch": "defaultBranch",
        "git_credential_type": "gitCredentialType",
        "repository_uri": "repositoryUri",
        "file_path_filters": "filePathFilters",
        "git_credential_id": "gitCredentialId",
        "github_connection_id": "githubConnectionId",
    },
)
class ProcessChildStepGitDependencies:
    def __init__(
        self,
        *,
        default_branch: builtins.str,
        git_credential_type: builtins.str,
        repository_uri: builtins.str,
        file_path_filters: typing.Optional[typing.Sequence[builtins.str]] = None,
        git_credential_id: typing.Optional[builtins.str] = None,
        github_connection_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param default_branch: Name of the default branch of the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#default_branch ProcessChildStep#default_branch}
        :param git_credential_type: The Git credential authentication type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#git_credential_type ProcessChildStep#git_credential_type}
        :param repository_uri: The Git URI for the repository where this resource is sourced from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#repository_uri ProcessChildStep#repository_uri}
        :param file_path_filters: List of file path filters used to narrow down the directory where files are to be sourced from. Supports glob patten syntax. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#file_path_filters ProcessChildStep#file_path_filters}
        :param git_credential_id: ID of an existing Git credential. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#git_credential_id ProcessChildStep#git_credential_id}
        :param github_connection_id: ID of an existing GitHub App connection. Used when git_credential_type is GitHub. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#github_connection_id ProcessChildStep#github_connection_id}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c78dafa7888f7f8406f29a38bd589f235220175f8e536edba3640f584b5399b)
            check_type(argname="argument default_branch", value=default_branch, expected_type=type_hints["default_branch"])
            check_type(argname="argument git_credential_type", value=git_credential_type, expected_type=type_hints["git_credential_type"])
            check_type(argname="argument repository_uri", value=repository_uri, expected_type=type_hints["repository_uri"])
            check_type(argname="argument file_path_filters", value=file_path_filters, expected_type=type_hints["file_path_filters"])
            check_type(argname="argument git_credential_id", value=git_credential_id, expected_type=type_hints["git_credential_id"])
            check_type(argname="argument github_connection_id", value=github_connection_id, expected_type=type_hints["github_connection_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "default_branch": default_branch,
            "git_credential_type": git_credential_type,
            "repository_uri": repository_uri,
        }
        if file_path_filters is not None:
            self._values["file_path_filters"] = file_path_filters
        if git_credential_id is not None:
            self._values["git_credential_id"] = git_credential_id
        if github_connection_id is not None:
            self._values["github_connection_id"] = github_connection_id

    @builtins.property
    def default_branch(self) -> builtins.str:
        '''Name of the default branch of the repository.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#default_branch ProcessChildStep#default_branch}
        '''
        result = self._values.get("default_branch")
        assert result is not None, "Required property 'default_branch' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def git_credential_type(self) -> builtins.str:
        '''The Git credential authentication type.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#git_credential_type ProcessChildStep#git_credential_type}
        '''
        result = self._values.get("git_credential_type")
        assert result is not None, "Required property 'git_credential_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def repository_uri(self) -> builtins.str:
        '''The Git URI for the repository where this resource is sourced from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#repository_uri ProcessChildStep#repository_uri}
        '''
        result = self._values.get("repository_uri")
        assert result is not None, "Required property 'repository_uri' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def file_path_filters(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of file path filters used to narrow down the directory where files are to be sourced from.

        Supports glob patten syntax.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#file_path_filters ProcessChildStep#file_path_filters}
        '''
        result = self._values.get("file_path_filters")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def git_credential_id(self) -> typing.Optional[builtins.str]:
        '''ID of an existing Git credential.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#git_credential_id ProcessChildStep#git_credential_id}
        '''
        result = self._values.get("git_credential_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def github_connection_id(self) -> typing.Optional[builtins.str]:
        '''ID of an existing GitHub App connection. Used when git_credential_type is GitHub.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#github_connection_id ProcessChildStep#github_connection_id}
        '''
        result = self._values.get("github_connection_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessChildStepGitDependencies(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessChildStepGitDependenciesMap(
    _cdktf_9a9027ec.ComplexMap,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepGitDependenciesMap",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3fc8c2e604983e2d68a97d206078d7f431075f9fb297acf0fd776320138d66c5)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="get")
    def get(
        self,
        key: builtins.str,
    ) -> "ProcessChildStepGitDependenciesOutputReference":
        '''
        :param key: the key of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__70a2c37dc493a505c5908b41d549c1185706d0d4ddffa04c73fa6b10e77c4ace)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        return typing.cast("ProcessChildStepGitDependenciesOutputReference", jsii.invoke(self, "get", [key]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0071f4ea21af3d24e380dc6ad42dd199f9a0d8e370d45dd1d0c63ccea06a1291)
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
            type_hints = typing.get_type_hints(_typecheckingstub__60306abc035b23f5179919f632246e12a60f2e4df78d2f8374a1672ae2a55fb9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepGitDependencies]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepGitDependencies]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepGitDependencies]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23c4c8f85ae03131480452981cd41cf081a264518cae04a2985d1c4c7cf262b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProcessChildStepGitDependenciesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepGitDependenciesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_key: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_key: the key of this item in the map.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__79e633996899578d3108d3d2909d73a0c3c51b6ad996dd4c660968c1310fed15)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_key", value=complex_object_key, expected_type=type_hints["complex_object_key"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_key])

    @jsii.member(jsii_name="resetFilePathFilters")
    def reset_file_path_filters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFilePathFilters", []))

    @jsii.member(jsii_name="resetGitCredentialId")
    def reset_git_credential_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitCredentialId", []))

    @jsii.member(jsii_name="resetGithubConnectionId")
    def reset_github_connection_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGithubConnectionId", []))

    @builtins.property
    @jsii.member(jsii_name="defaultBranchInput")
    def default_branch_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultBranchInput"))

    @builtins.property
    @jsii.member(jsii_name="filePathFiltersInput")
    def file_path_filters_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "filePathFiltersInput"))

    @builtins.property
    @jsii.member(jsii_name="gitCredentialIdInput")
    def git_credential_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "gitCredentialIdInput"))

    @builtins.property
    @jsii.member(jsii_name="gitCredentialTypeInput")
    def git_credential_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "gitCredentialTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="githubConnectionIdInput")
    def github_connection_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "githubConnectionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="repositoryUriInput")
    def repository_uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "repositoryUriInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultBranch")
    def default_branch(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultBranch"))

    @default_branch.setter
    def default_branch(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b3015d3de1d0852c142ff88fbb29e483a785b860227b1a8167263e6db80e8fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultBranch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="filePathFilters")
    def file_path_filters(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "filePathFilters"))

    @file_path_filters.setter
    def file_path_filters(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7c064932a6545fc3a45de888b93d10be9798865c0b430fc63a9788aa608abe3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "filePathFilters", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitCredentialId")
    def git_credential_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitCredentialId"))

    @git_credential_id.setter
    def git_credential_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7eb42afcc59ed979b3cbf87ea689b5fdb7e725ca1010f0ddb760af6d2ad28f6e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitCredentialId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitCredentialType")
    def git_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitCredentialType"))

    @git_credential_type.setter
    def git_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3de0e7e80ce788dc8aaf14032dc5d800868ec76772ee7e61521e8ced9871d1e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="githubConnectionId")
    def github_connection_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "githubConnectionId"))

    @github_connection_id.setter
    def github_connection_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8dc0b773f6145ae9ab0f7affe4acb85a7fac999b0f4e4f1358869e4b1f93c906)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "githubConnectionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="repositoryUri")
    def repository_uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "repositoryUri"))

    @repository_uri.setter
    def repository_uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6ca099cb1b82d475a41c10fb337ee3dee625b0f91f434ec448cdbdc16bbc6f67)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "repositoryUri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepGitDependencies]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepGitDependencies]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepGitDependencies]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99e2a16823b20a59554fef63d2c8bc9e605a2c37f2b81ba31fd16fed9c069ba3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepPackages",
    jsii_struct_bases=[],
    name_mapping={
        "package_id": "packageId",
        "acquisition_location": "acquisitionLocation",
        "feed_id": "feedId",
        "properties": "properties",
        "version": "version",
    },
)
class ProcessChildStepPackages:
    def __init__(
        self,
        *,
        package_id: builtins.str,
        acquisition_location: typing.Optional[builtins.str] = None,
        feed_id: typing.Optional[builtins.str] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param package_id: Package ID or a variable-expression. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#package_id ProcessChildStep#package_id}
        :param acquisition_location: Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired'). Can be an expression Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#acquisition_location ProcessChildStep#acquisition_location}
        :param feed_id: The feed ID associated with this package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        :param properties: A collection of properties associated with this package. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#properties ProcessChildStep#properties}
        :param version: Package version, or a variable expression. Leave empty to select at release creation time. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#version ProcessChildStep#version}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86d82a769bbe808cdcff848fbea64412c578aff3c62b0822f1cf27c5d84955d2)
            check_type(argname="argument package_id", value=package_id, expected_type=type_hints["package_id"])
            check_type(argname="argument acquisition_location", value=acquisition_location, expected_type=type_hints["acquisition_location"])
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "package_id": package_id,
        }
        if acquisition_location is not None:
            self._values["acquisition_location"] = acquisition_location
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if properties is not None:
            self._values["properties"] = properties
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def package_id(self) -> builtins.str:
        '''Package ID or a variable-expression.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#package_id ProcessChildStep#package_id}
        '''
        result = self._values.get("package_id")
        assert result is not None, "Required property 'package_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def acquisition_location(self) -> typing.Optional[builtins.str]:
        '''Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired').

        Can be an expression

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#acquisition_location ProcessChildStep#acquisition_location}
        '''
        result = self._values.get("acquisition_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''The feed ID associated with this package reference.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        '''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A collection of properties associated with this package.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#properties ProcessChildStep#properties}
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Package version, or a variable expression. Leave empty to select at release creation time.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#version ProcessChildStep#version}
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessChildStepPackages(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessChildStepPackagesMap(
    _cdktf_9a9027ec.ComplexMap,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepPackagesMap",
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
            type_hints = typing.get_type_hints(_typecheckingstub__fdc8952cb2888c2ea4c24de9459da335011b524837d56fe404c5ed45507447e6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="get")
    def get(self, key: builtins.str) -> "ProcessChildStepPackagesOutputReference":
        '''
        :param key: the key of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__860643d4939124e24b2042ef0beb539766cf1b255760d983e37f166dea293909)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        return typing.cast("ProcessChildStepPackagesOutputReference", jsii.invoke(self, "get", [key]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b15f16900af65b7b98766d1f272ab62539455ceadb7a8d6c76722cd4ce32475c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__af8ef6da9f88e6ead2d119bf45f7aac2e4cef8517d4e5a51f1f13aad805c536d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepPackages]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepPackages]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepPackages]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4214fc228879637c55896e85e24bcfbd58ff6da63cd95a3c1b3f39fb01816b95)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProcessChildStepPackagesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepPackagesOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_key: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_key: the key of this item in the map.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c3b27b53968350d59cad66959120fc17b0cd736cef220a76d66f988c09cbf18)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_key", value=complex_object_key, expected_type=type_hints["complex_object_key"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_key])

    @jsii.member(jsii_name="resetAcquisitionLocation")
    def reset_acquisition_location(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAcquisitionLocation", []))

    @jsii.member(jsii_name="resetFeedId")
    def reset_feed_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFeedId", []))

    @jsii.member(jsii_name="resetProperties")
    def reset_properties(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProperties", []))

    @jsii.member(jsii_name="resetVersion")
    def reset_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersion", []))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="acquisitionLocationInput")
    def acquisition_location_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "acquisitionLocationInput"))

    @builtins.property
    @jsii.member(jsii_name="feedIdInput")
    def feed_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "feedIdInput"))

    @builtins.property
    @jsii.member(jsii_name="packageIdInput")
    def package_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "packageIdInput"))

    @builtins.property
    @jsii.member(jsii_name="propertiesInput")
    def properties_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "propertiesInput"))

    @builtins.property
    @jsii.member(jsii_name="versionInput")
    def version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "versionInput"))

    @builtins.property
    @jsii.member(jsii_name="acquisitionLocation")
    def acquisition_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "acquisitionLocation"))

    @acquisition_location.setter
    def acquisition_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c344763d7c672ad7220a12914fa220a50ef11fbad73f51a6ab0640decb4c2e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "acquisitionLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="feedId")
    def feed_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "feedId"))

    @feed_id.setter
    def feed_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__50c87e2d17ba093d85afa5dfc3dfc3193ff474ce6135058d4e97a4a702281216)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageId")
    def package_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageId"))

    @package_id.setter
    def package_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f39a6f60a00de609dcdcff5067fd7f445420291cd11d9325d4df612836873f54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="properties")
    def properties(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "properties"))

    @properties.setter
    def properties(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aaebbb51581f23ca021735c3a1eeca21e9c0bdf98e6faf89d6c7c8f1fc0e1f8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "properties", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__beeed87955a5531685979a31c899e8b0aeb17bbb83b07abf2ebb3c279d4304f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPackages]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPackages]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPackages]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1920a753828f36bb20382e9881677de770e26e6c957473cd3e04f12ec1a3771a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepPrimaryPackage",
    jsii_struct_bases=[],
    name_mapping={
        "package_id": "packageId",
        "acquisition_location": "acquisitionLocation",
        "feed_id": "feedId",
        "properties": "properties",
        "version": "version",
    },
)
class ProcessChildStepPrimaryPackage:
    def __init__(
        self,
        *,
        package_id: builtins.str,
        acquisition_location: typing.Optional[builtins.str] = None,
        feed_id: typing.Optional[builtins.str] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param package_id: Package ID or a variable-expression. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#package_id ProcessChildStep#package_id}
        :param acquisition_location: Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired'). Can be an expression Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#acquisition_location ProcessChildStep#acquisition_location}
        :param feed_id: The feed ID associated with this package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        :param properties: A collection of properties associated with this package. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#properties ProcessChildStep#properties}
        :param version: Package version, or a variable expression. Leave empty to select at release creation time. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#version ProcessChildStep#version}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b1591df70543ef1e4bf785874f147e42063d51bcd2df30ae58dca6e485fac2e)
            check_type(argname="argument package_id", value=package_id, expected_type=type_hints["package_id"])
            check_type(argname="argument acquisition_location", value=acquisition_location, expected_type=type_hints["acquisition_location"])
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "package_id": package_id,
        }
        if acquisition_location is not None:
            self._values["acquisition_location"] = acquisition_location
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if properties is not None:
            self._values["properties"] = properties
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def package_id(self) -> builtins.str:
        '''Package ID or a variable-expression.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#package_id ProcessChildStep#package_id}
        '''
        result = self._values.get("package_id")
        assert result is not None, "Required property 'package_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def acquisition_location(self) -> typing.Optional[builtins.str]:
        '''Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired').

        Can be an expression

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#acquisition_location ProcessChildStep#acquisition_location}
        '''
        result = self._values.get("acquisition_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''The feed ID associated with this package reference.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#feed_id ProcessChildStep#feed_id}
        '''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A collection of properties associated with this package.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#properties ProcessChildStep#properties}
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Package version, or a variable expression. Leave empty to select at release creation time.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_child_step#version ProcessChildStep#version}
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessChildStepPrimaryPackage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessChildStepPrimaryPackageOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processChildStep.ProcessChildStepPrimaryPackageOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__606d39e9e48ab9aeca12accf8162e3ae310e44cfc40fc5ecbc8a2c171fc96453)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetAcquisitionLocation")
    def reset_acquisition_location(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAcquisitionLocation", []))

    @jsii.member(jsii_name="resetFeedId")
    def reset_feed_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFeedId", []))

    @jsii.member(jsii_name="resetProperties")
    def reset_properties(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProperties", []))

    @jsii.member(jsii_name="resetVersion")
    def reset_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersion", []))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="acquisitionLocationInput")
    def acquisition_location_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "acquisitionLocationInput"))

    @builtins.property
    @jsii.member(jsii_name="feedIdInput")
    def feed_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "feedIdInput"))

    @builtins.property
    @jsii.member(jsii_name="packageIdInput")
    def package_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "packageIdInput"))

    @builtins.property
    @jsii.member(jsii_name="propertiesInput")
    def properties_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "propertiesInput"))

    @builtins.property
    @jsii.member(jsii_name="versionInput")
    def version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "versionInput"))

    @builtins.property
    @jsii.member(jsii_name="acquisitionLocation")
    def acquisition_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "acquisitionLocation"))

    @acquisition_location.setter
    def acquisition_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e04d4593caaf9db7e22a6b62b7a2d711ee46f5b6a423f490c2e5ff999f311f0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "acquisitionLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="feedId")
    def feed_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "feedId"))

    @feed_id.setter
    def feed_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__774684400de4324a5d856cf0b514f330992911f127dc703ad9103a87a590e4c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageId")
    def package_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageId"))

    @package_id.setter
    def package_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ccbd0cc05d98aee0c84564c4e0e501431f62b4ce3837cd320614495730a6f0b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="properties")
    def properties(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "properties"))

    @properties.setter
    def properties(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11afe145e1de249809bba0d06146434fb9ed8d74adea19f516f8937cb7b619a3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "properties", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2f70a271f670f82659881457b6d69303dea6b95afea506a9c402f021a477144)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPrimaryPackage]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPrimaryPackage]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPrimaryPackage]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__236d1eeca841b1f96ed877b7a662795f5ea4dcd80b13c1641b278d1e058eb9aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ProcessChildStep",
    "ProcessChildStepConfig",
    "ProcessChildStepContainer",
    "ProcessChildStepContainerOutputReference",
    "ProcessChildStepGitDependencies",
    "ProcessChildStepGitDependenciesMap",
    "ProcessChildStepGitDependenciesOutputReference",
    "ProcessChildStepPackages",
    "ProcessChildStepPackagesMap",
    "ProcessChildStepPackagesOutputReference",
    "ProcessChildStepPrimaryPackage",
    "ProcessChildStepPrimaryPackageOutputReference",
]

publication.publish()

def _typecheckingstub__5e6dec7161e779e0f9e9284952b5bdf9092a63bb0463cc1e2579832c77e3cd5f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    parent_id: builtins.str,
    process_id: builtins.str,
    type: builtins.str,
    channels: typing.Optional[typing.Sequence[builtins.str]] = None,
    condition: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[ProcessChildStepContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    git_dependencies: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union[ProcessChildStepGitDependencies, typing.Dict[builtins.str, typing.Any]]]]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    notes: typing.Optional[builtins.str] = None,
    packages: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union[ProcessChildStepPackages, typing.Dict[builtins.str, typing.Any]]]]] = None,
    primary_package: typing.Optional[typing.Union[ProcessChildStepPrimaryPackage, typing.Dict[builtins.str, typing.Any]]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    worker_pool_id: typing.Optional[builtins.str] = None,
    worker_pool_variable: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__7743fbf2ea390b6e99010c3fb8de4ec23d199c2e004325d8f63ba2b105130061(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11487c65f0e67796376869141d9329762b664aa852d44d1de3a942eb9c38cbf8(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union[ProcessChildStepGitDependencies, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e08496fa61d44efb51fb57846e9a0df7622957d7f57c53ed4bc31374216eda66(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union[ProcessChildStepPackages, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0c1df26c30b86567b5beb86b4ccb1792882e018e20fc3dd14e91950f0b10b86(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__276545b94a0d33d0af0d3c3d05d3bb3b4dbb068cc5e759e8502501c209b8e075(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__326359996c3d6a69eebd2f77c477a1b78dcad0ae9aa937553c0c9fb44d8941ac(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebfa33d1d762e440118859c537989c2e6dfee94e7b3dbff1ccd465f85b5d001a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11cb71279b7565da2678099839550466cfaac2e063db4a48c02f4d7a26c5ac3d(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5637b50ecbfdd8e8373bdf3a8903d98e44fda477a64589b41c74cb70c681dd1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f3cfd8d87363d31b5879da3af84922d550304426148d309fce4bd111be1cc33(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85b31ee9bb1e45994b43cc2f41d9512dfcb4474052b2be6c070e1139739a267f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4ead2e4cd65ab4c7fe688680c54f3d2fc167115bcf0962908933131ca1fb96d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97451e8d11a8c73c689897bdae4d060bc0299994a13823c221460f4b701e8205(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__156325b7108dc90966fbc5bedf295d511282be82eea76017b9221c10d3799d64(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65da2c1df88943fb8e5d3f5c31a401a8254e2895cad1865a401ac98ce42cb821(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c6e33d8b6038b9be29a30743f4297f9a50606faeec04fbc0432342fbf8afda3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3a0627cf56f5af8e57e5df678cb7236027e890925f558a845260ab0731948b7(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db7f2fa09589109bfa5f54b5118992dac029327e37316228e65052162fbd3cca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01b9f098e15b7c8ea51010f1b807a46ae253c4eee36fc8f3eb649c38728d535d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27e70c7c88a9541a2753601e08d4c1fd3ed7c04ecd5c4fcb54717ec5016154fb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b5c8a91ca2113b07f623dc0ef0bb5909102b96509727d5d26e6a823397bcfe9(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    parent_id: builtins.str,
    process_id: builtins.str,
    type: builtins.str,
    channels: typing.Optional[typing.Sequence[builtins.str]] = None,
    condition: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[ProcessChildStepContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    git_dependencies: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union[ProcessChildStepGitDependencies, typing.Dict[builtins.str, typing.Any]]]]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    notes: typing.Optional[builtins.str] = None,
    packages: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, typing.Union[ProcessChildStepPackages, typing.Dict[builtins.str, typing.Any]]]]] = None,
    primary_package: typing.Optional[typing.Union[ProcessChildStepPrimaryPackage, typing.Dict[builtins.str, typing.Any]]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    worker_pool_id: typing.Optional[builtins.str] = None,
    worker_pool_variable: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__802484d47b68b114dda09884e53c50f6b5d01304b3541e4ff6eada55e19bc50b(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c48f26db519f4e9e6a6ee42caed9731a7307de27f5d0d09021c0ee9b02e5b7fd(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1fd8849b5aac0be02cf3eb67ad40fbbb98a41e28a83b09442259d49673d8611(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e105be64cf1fedae15b362aa8dae1b46c197414b0cf52e4265cd637e9aec574(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4465f7dcd7cee9d933b49855e0bed00c362d86509124ce884383176cfe929525(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c78dafa7888f7f8406f29a38bd589f235220175f8e536edba3640f584b5399b(
    *,
    default_branch: builtins.str,
    git_credential_type: builtins.str,
    repository_uri: builtins.str,
    file_path_filters: typing.Optional[typing.Sequence[builtins.str]] = None,
    git_credential_id: typing.Optional[builtins.str] = None,
    github_connection_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fc8c2e604983e2d68a97d206078d7f431075f9fb297acf0fd776320138d66c5(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70a2c37dc493a505c5908b41d549c1185706d0d4ddffa04c73fa6b10e77c4ace(
    key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0071f4ea21af3d24e380dc6ad42dd199f9a0d8e370d45dd1d0c63ccea06a1291(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60306abc035b23f5179919f632246e12a60f2e4df78d2f8374a1672ae2a55fb9(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23c4c8f85ae03131480452981cd41cf081a264518cae04a2985d1c4c7cf262b0(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepGitDependencies]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79e633996899578d3108d3d2909d73a0c3c51b6ad996dd4c660968c1310fed15(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b3015d3de1d0852c142ff88fbb29e483a785b860227b1a8167263e6db80e8fb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7c064932a6545fc3a45de888b93d10be9798865c0b430fc63a9788aa608abe3(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7eb42afcc59ed979b3cbf87ea689b5fdb7e725ca1010f0ddb760af6d2ad28f6e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3de0e7e80ce788dc8aaf14032dc5d800868ec76772ee7e61521e8ced9871d1e5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8dc0b773f6145ae9ab0f7affe4acb85a7fac999b0f4e4f1358869e4b1f93c906(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ca099cb1b82d475a41c10fb337ee3dee625b0f91f434ec448cdbdc16bbc6f67(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99e2a16823b20a59554fef63d2c8bc9e605a2c37f2b81ba31fd16fed9c069ba3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepGitDependencies]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86d82a769bbe808cdcff848fbea64412c578aff3c62b0822f1cf27c5d84955d2(
    *,
    package_id: builtins.str,
    acquisition_location: typing.Optional[builtins.str] = None,
    feed_id: typing.Optional[builtins.str] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdc8952cb2888c2ea4c24de9459da335011b524837d56fe404c5ed45507447e6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__860643d4939124e24b2042ef0beb539766cf1b255760d983e37f166dea293909(
    key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b15f16900af65b7b98766d1f272ab62539455ceadb7a8d6c76722cd4ce32475c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af8ef6da9f88e6ead2d119bf45f7aac2e4cef8517d4e5a51f1f13aad805c536d(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4214fc228879637c55896e85e24bcfbd58ff6da63cd95a3c1b3f39fb01816b95(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessChildStepPackages]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c3b27b53968350d59cad66959120fc17b0cd736cef220a76d66f988c09cbf18(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c344763d7c672ad7220a12914fa220a50ef11fbad73f51a6ab0640decb4c2e5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50c87e2d17ba093d85afa5dfc3dfc3193ff474ce6135058d4e97a4a702281216(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f39a6f60a00de609dcdcff5067fd7f445420291cd11d9325d4df612836873f54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aaebbb51581f23ca021735c3a1eeca21e9c0bdf98e6faf89d6c7c8f1fc0e1f8d(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__beeed87955a5531685979a31c899e8b0aeb17bbb83b07abf2ebb3c279d4304f6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1920a753828f36bb20382e9881677de770e26e6c957473cd3e04f12ec1a3771a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPackages]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b1591df70543ef1e4bf785874f147e42063d51bcd2df30ae58dca6e485fac2e(
    *,
    package_id: builtins.str,
    acquisition_location: typing.Optional[builtins.str] = None,
    feed_id: typing.Optional[builtins.str] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__606d39e9e48ab9aeca12accf8162e3ae310e44cfc40fc5ecbc8a2c171fc96453(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e04d4593caaf9db7e22a6b62b7a2d711ee46f5b6a423f490c2e5ff999f311f0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__774684400de4324a5d856cf0b514f330992911f127dc703ad9103a87a590e4c8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ccbd0cc05d98aee0c84564c4e0e501431f62b4ce3837cd320614495730a6f0b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11afe145e1de249809bba0d06146434fb9ed8d74adea19f516f8937cb7b619a3(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2f70a271f670f82659881457b6d69303dea6b95afea506a9c402f021a477144(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__236d1eeca841b1f96ed877b7a662795f5ea4dcd80b13c1641b278d1e058eb9aa(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessChildStepPrimaryPackage]],
) -> None:
    """Type checking stubs"""
    pass
