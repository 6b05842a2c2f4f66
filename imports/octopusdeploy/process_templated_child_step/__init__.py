r'''
# `octopusdeploy_process_templated_child_step`

Refer to the Terraform Registry for docs: [`octopusdeploy_process_templated_child_step`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step).
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


class ProcessTemplatedChildStep(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStep",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step octopusdeploy_process_templated_child_step}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        parent_id: builtins.str,
        process_id: builtins.str,
        template_id: builtins.str,
        template_version: jsii.Number,
        channels: typing.Optional[typing.Sequence[builtins.str]] = None,
        condition: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union["ProcessTemplatedChildStepContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        notes: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
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
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step octopusdeploy_process_templated_child_step} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#name ProcessTemplatedChildStep#name}
        :param parent_id: Id of the process step this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#parent_id ProcessTemplatedChildStep#parent_id}
        :param process_id: Id of the process this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#process_id ProcessTemplatedChildStep#process_id}
        :param template_id: Id of template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#template_id ProcessTemplatedChildStep#template_id}
        :param template_version: Version of the template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#template_version ProcessTemplatedChildStep#template_version}
        :param channels: A set of channels associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#channels ProcessTemplatedChildStep#channels}
        :param condition: When to run the step, can be 'Success' - run when previous child step succeed or variable expression - run when the expression evaluates to true. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#condition ProcessTemplatedChildStep#condition}
        :param container: When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#container ProcessTemplatedChildStep#container}
        :param environments: A set of environments within which this step will run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#environments ProcessTemplatedChildStep#environments}
        :param excluded_environments: A set of environments that this step will be skipped in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#excluded_environments ProcessTemplatedChildStep#excluded_environments}
        :param execution_properties: Action properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#execution_properties ProcessTemplatedChildStep#execution_properties}
        :param is_disabled: Indicates the disabled status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#is_disabled ProcessTemplatedChildStep#is_disabled}
        :param is_required: Indicates the required status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#is_required ProcessTemplatedChildStep#is_required}
        :param notes: The notes associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#notes ProcessTemplatedChildStep#notes}
        :param parameters: Parameters required by template. Default value will be assigned when parameter has default value and parameter is not set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#parameters ProcessTemplatedChildStep#parameters}
        :param slug: The human-readable unique identifier for the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#slug ProcessTemplatedChildStep#slug}
        :param space_id: The space ID associated with this process_templated_child_step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#space_id ProcessTemplatedChildStep#space_id}
        :param tenant_tags: A set of tenant tags associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#tenant_tags ProcessTemplatedChildStep#tenant_tags}
        :param worker_pool_id: The worker pool associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#worker_pool_id ProcessTemplatedChildStep#worker_pool_id}
        :param worker_pool_variable: The worker pool variable associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#worker_pool_variable ProcessTemplatedChildStep#worker_pool_variable}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ead125c4f59de2d7ddfa6af56773fe5017c7d236f89dd8b38f02e55e16e62d2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ProcessTemplatedChildStepConfig(
            name=name,
            parent_id=parent_id,
            process_id=process_id,
            template_id=template_id,
            template_version=template_version,
            channels=channels,
            condition=condition,
            container=container,
            environments=environments,
            excluded_environments=excluded_environments,
            execution_properties=execution_properties,
            is_disabled=is_disabled,
            is_required=is_required,
            notes=notes,
            parameters=parameters,
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
        '''Generates CDKTF code for importing a ProcessTemplatedChildStep resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ProcessTemplatedChildStep to import.
        :param import_from_id: The id of the existing ProcessTemplatedChildStep that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ProcessTemplatedChildStep to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d357965079f02a3718907c18ba086871a8dc584d80de5157b0d1b56fac9c928)
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
        :param feed_id: Feed where the container will be pulled from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#feed_id ProcessTemplatedChildStep#feed_id}
        :param image: Image of the container with tag included. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#image ProcessTemplatedChildStep#image}
        '''
        value = ProcessTemplatedChildStepContainer(feed_id=feed_id, image=image)

        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

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

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

    @jsii.member(jsii_name="resetIsRequired")
    def reset_is_required(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsRequired", []))

    @jsii.member(jsii_name="resetNotes")
    def reset_notes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNotes", []))

    @jsii.member(jsii_name="resetParameters")
    def reset_parameters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetParameters", []))

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
    def container(self) -> "ProcessTemplatedChildStepContainerOutputReference":
        return typing.cast("ProcessTemplatedChildStepContainerOutputReference", jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="gitDependencies")
    def git_dependencies(self) -> "ProcessTemplatedChildStepGitDependenciesMap":
        return typing.cast("ProcessTemplatedChildStepGitDependenciesMap", jsii.get(self, "gitDependencies"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="packages")
    def packages(self) -> "ProcessTemplatedChildStepPackagesMap":
        return typing.cast("ProcessTemplatedChildStepPackagesMap", jsii.get(self, "packages"))

    @builtins.property
    @jsii.member(jsii_name="templateProperties")
    def template_properties(self) -> _cdktf_9a9027ec.StringMap:
        return typing.cast(_cdktf_9a9027ec.StringMap, jsii.get(self, "templateProperties"))

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @builtins.property
    @jsii.member(jsii_name="unmanagedParameters")
    def unmanaged_parameters(self) -> _cdktf_9a9027ec.StringMap:
        return typing.cast(_cdktf_9a9027ec.StringMap, jsii.get(self, "unmanagedParameters"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessTemplatedChildStepContainer"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessTemplatedChildStepContainer"]], jsii.get(self, "containerInput"))

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
    @jsii.member(jsii_name="parametersInput")
    def parameters_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "parametersInput"))

    @builtins.property
    @jsii.member(jsii_name="parentIdInput")
    def parent_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "parentIdInput"))

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
    @jsii.member(jsii_name="templateIdInput")
    def template_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "templateIdInput"))

    @builtins.property
    @jsii.member(jsii_name="templateVersionInput")
    def template_version_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "templateVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantTagsInput")
    def tenant_tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantTagsInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__947f91954a9e790eba50ec9c74e04bbb913fac1b169f1d5d952a9912f598afd3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channels", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="condition")
    def condition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "condition"))

    @condition.setter
    def condition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d228fa20022b4f8621a3e6ca1b933edc447e8171e22d317e18846c756034876)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "condition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4963641c3435623e775d898969e0d0fb43db4f5f4494ca196d8618a8d28b0050)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="excludedEnvironments")
    def excluded_environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "excludedEnvironments"))

    @excluded_environments.setter
    def excluded_environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__08f81e0b3750fef0950c004d70c71b35e6d416392a1885a00a8c4dbdbf734bad)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f33e9751eed6553f9bf795b050f2bec3598c1043da449845b1db1f0ff8747dc0)
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
            type_hints = typing.get_type_hints(_typecheckingstub__28ded1b50e0b88824978a568d9bd6c0c266587af67d641751c7e405fe6d89fff)
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
            type_hints = typing.get_type_hints(_typecheckingstub__8d1da48914f9055c78d445dfa18c885758c3a761f3d14b3e38384fa8fcf8d7a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isRequired", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__62ca6742dc3332b669660ca7d70a954c754e6eee2f8ebdb2730ee7438e38f733)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="notes")
    def notes(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "notes"))

    @notes.setter
    def notes(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4a1e23cba7e90dc34e27a57b595b728f90ca1385b10486053c8320b57597cad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "notes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parameters")
    def parameters(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "parameters"))

    @parameters.setter
    def parameters(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ecfd11c1ee0ae575e338895a126803ac4d8bc3c04bbd74efee1ebb1603f64ef7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parameters", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parentId")
    def parent_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "parentId"))

    @parent_id.setter
    def parent_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__315a2a50a7b5cd4edcc7b24d0dc361c3fd748b92caa49500542c8daa096b2e5f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="processId")
    def process_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "processId"))

    @process_id.setter
    def process_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aab02afafe0b04da75e2c75471f3ca44ff34165210dbafb6eddb9109827d7f8d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "processId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slug")
    def slug(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slug"))

    @slug.setter
    def slug(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__61a03f636e54176f9a57e618c2741a570a6173cee0cb52022f90aea139b259d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slug", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec6cda8c0165b5bfa37158e51b1a204fdc27f46e3c30509f6fa5f4c5255132a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="templateId")
    def template_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "templateId"))

    @template_id.setter
    def template_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cdcf33c7e664a49a4cf9da9a62ca44f5900bc976b7e445a694204281887c6165)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "templateId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="templateVersion")
    def template_version(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "templateVersion"))

    @template_version.setter
    def template_version(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__61edf96c247746b7ac6bc83a49341ae874934cbb272fc6ce642f43af74acda47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "templateVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__814a5d9c89502b8fe82d2cdffc0ced63bd2df0e4991cd9cdd6b3d1904a77583d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workerPoolId")
    def worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workerPoolId"))

    @worker_pool_id.setter
    def worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d5cfdd3dc1909cc4df7d05e54131c252d30b46974bf6d3fdbf10791db257768)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workerPoolVariable")
    def worker_pool_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workerPoolVariable"))

    @worker_pool_variable.setter
    def worker_pool_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__222902c9ad5e5e1be5932ea9e3056bae17c1824d6f8c3576101e61c825b67276)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workerPoolVariable", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepConfig",
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
        "template_id": "templateId",
        "template_version": "templateVersion",
        "channels": "channels",
        "condition": "condition",
        "container": "container",
        "environments": "environments",
        "excluded_environments": "excludedEnvironments",
        "execution_properties": "executionProperties",
        "is_disabled": "isDisabled",
        "is_required": "isRequired",
        "notes": "notes",
        "parameters": "parameters",
        "slug": "slug",
        "space_id": "spaceId",
        "tenant_tags": "tenantTags",
        "worker_pool_id": "workerPoolId",
        "worker_pool_variable": "workerPoolVariable",
    },
)
class ProcessTemplatedChildStepConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        template_id: builtins.str,
        template_version: jsii.Number,
        channels: typing.Optional[typing.Sequence[builtins.str]] = None,
        condition: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union["ProcessTemplatedChildStepContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        notes: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
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
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#name ProcessTemplatedChildStep#name}
        :param parent_id: Id of the process step this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#parent_id ProcessTemplatedChildStep#parent_id}
        :param process_id: Id of the process this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#process_id ProcessTemplatedChildStep#process_id}
        :param template_id: Id of template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#template_id ProcessTemplatedChildStep#template_id}
        :param template_version: Version of the template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#template_version ProcessTemplatedChildStep#template_version}
        :param channels: A set of channels associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#channels ProcessTemplatedChildStep#channels}
        :param condition: When to run the step, can be 'Success' - run when previous child step succeed or variable expression - run when the expression evaluates to true. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#condition ProcessTemplatedChildStep#condition}
        :param container: When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#container ProcessTemplatedChildStep#container}
        :param environments: A set of environments within which this step will run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#environments ProcessTemplatedChildStep#environments}
        :param excluded_environments: A set of environments that this step will be skipped in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#excluded_environments ProcessTemplatedChildStep#excluded_environments}
        :param execution_properties: Action properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#execution_properties ProcessTemplatedChildStep#execution_properties}
        :param is_disabled: Indicates the disabled status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#is_disabled ProcessTemplatedChildStep#is_disabled}
        :param is_required: Indicates the required status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#is_required ProcessTemplatedChildStep#is_required}
        :param notes: The notes associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#notes ProcessTemplatedChildStep#notes}
        :param parameters: Parameters required by template. Default value will be assigned when parameter has default value and parameter is not set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#parameters ProcessTemplatedChildStep#parameters}
        :param slug: The human-readable unique identifier for the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#slug ProcessTemplatedChildStep#slug}
        :param space_id: The space ID associated with this process_templated_child_step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#space_id ProcessTemplatedChildStep#space_id}
        :param tenant_tags: A set of tenant tags associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#tenant_tags ProcessTemplatedChildStep#tenant_tags}
        :param worker_pool_id: The worker pool associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#worker_pool_id ProcessTemplatedChildStep#worker_pool_id}
        :param worker_pool_variable: The worker pool variable associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#worker_pool_variable ProcessTemplatedChildStep#worker_pool_variable}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(container, dict):
            container = ProcessTemplatedChildStepContainer(**container)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__968a9a845aaf363d212592c868a7c4987a766fae206dea7100477dbfb17e4793)
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
            check_type(argname="argument template_id", value=template_id, expected_type=type_hints["template_id"])
            check_type(argname="argument template_version", value=template_version, expected_type=type_hints["template_version"])
            check_type(argname="argument channels", value=channels, expected_type=type_hints["channels"])
            check_type(argname="argument condition", value=condition, expected_type=type_hints["condition"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument excluded_environments", value=excluded_environments, expected_type=type_hints["excluded_environments"])
            check_type(argname="argument execution_properties", value=execution_properties, expected_type=type_hints["execution_properties"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument is_required", value=is_required, expected_type=type_hints["is_required"])
            check_type(argname="argument notes", value=notes, expected_type=type_hints["notes"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument slug", value=slug, expected_type=type_hints["slug"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument worker_pool_id", value=worker_pool_id, expected_type=type_hints["worker_pool_id"])
            check_type(argname="argument worker_pool_variable", value=worker_pool_variable, expected_type=type_hints["worker_pool_variable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "parent_id": parent_id,
            "process_id": process_id,
            "template_id": template_id,
            "template_version": template_version,
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
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if is_required is not None:
            self._values["is_required"] = is_required
        if notes is not None:
            self._values["notes"] = notes
        if parameters is not None:
            self._values["parameters"] = parameters
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#name ProcessTemplatedChildStep#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parent_id(self) -> builtins.str:
        '''Id of the process step this step belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#parent_id ProcessTemplatedChildStep#parent_id}
        '''
        result = self._values.get("parent_id")
        assert result is not None, "Required property 'parent_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def process_id(self) -> builtins.str:
        '''Id of the process this step belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#process_id ProcessTemplatedChildStep#process_id}
        '''
        result = self._values.get("process_id")
        assert result is not None, "Required property 'process_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_id(self) -> builtins.str:
        '''Id of template this step will be based on.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#template_id ProcessTemplatedChildStep#template_id}
        '''
        result = self._values.get("template_id")
        assert result is not None, "Required property 'template_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_version(self) -> jsii.Number:
        '''Version of the template this step will be based on.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#template_version ProcessTemplatedChildStep#template_version}
        '''
        result = self._values.get("template_version")
        assert result is not None, "Required property 'template_version' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def channels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of channels associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#channels ProcessTemplatedChildStep#channels}
        '''
        result = self._values.get("channels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def condition(self) -> typing.Optional[builtins.str]:
        '''When to run the step, can be 'Success' - run when previous child step succeed or variable expression - run when the expression evaluates to true.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#condition ProcessTemplatedChildStep#condition}
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional["ProcessTemplatedChildStepContainer"]:
        '''When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#container ProcessTemplatedChildStep#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional["ProcessTemplatedChildStepContainer"], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of environments within which this step will run.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#environments ProcessTemplatedChildStep#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of environments that this step will be skipped in.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#excluded_environments ProcessTemplatedChildStep#excluded_environments}
        '''
        result = self._values.get("excluded_environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def execution_properties(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Action properties where the key is the property name and the value is its value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#execution_properties ProcessTemplatedChildStep#execution_properties}
        '''
        result = self._values.get("execution_properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates the disabled status of this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#is_disabled ProcessTemplatedChildStep#is_disabled}
        '''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates the required status of this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#is_required ProcessTemplatedChildStep#is_required}
        '''
        result = self._values.get("is_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def notes(self) -> typing.Optional[builtins.str]:
        '''The notes associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#notes ProcessTemplatedChildStep#notes}
        '''
        result = self._values.get("notes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Parameters required by template. Default value will be assigned when parameter has default value and parameter is not set.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#parameters ProcessTemplatedChildStep#parameters}
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def slug(self) -> typing.Optional[builtins.str]:
        '''The human-readable unique identifier for the step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#slug ProcessTemplatedChildStep#slug}
        '''
        result = self._values.get("slug")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this process_templated_child_step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#space_id ProcessTemplatedChildStep#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of tenant tags associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#tenant_tags ProcessTemplatedChildStep#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''The worker pool associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#worker_pool_id ProcessTemplatedChildStep#worker_pool_id}
        '''
        result = self._values.get("worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def worker_pool_variable(self) -> typing.Optional[builtins.str]:
        '''The worker pool variable associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#worker_pool_variable ProcessTemplatedChildStep#worker_pool_variable}
        '''
        result = self._values.get("worker_pool_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedChildStepConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class ProcessTemplatedChildStepContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Feed where the container will be pulled from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#feed_id ProcessTemplatedChildStep#feed_id}
        :param image: Image of the container with tag included. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#image ProcessTemplatedChildStep#image}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__97b1bf4abac5d9a03c0b8e56c9f4967aa308373beee867d1e8c3f85811621584)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#feed_id ProcessTemplatedChildStep#feed_id}
        '''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Image of the container with tag included.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#image ProcessTemplatedChildStep#image}
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedChildStepContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessTemplatedChildStepContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c732990c4a872a98737a72ec44f1aad793a985307a3d028c5811ca660725fa1a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__8c04c6f65d7061888754c1e35bd986575ee5c0fbfe616ca0975dc2c8d24e60bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f6d6a193aa838abe85bd7cbe816b3200c0b1d5789bc36ae58ca74b1352f62ae5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedChildStepContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedChildStepContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedChildStepContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__352d708957ab9011981c5998b6ef494ad222a9bc029d6f0eae856fb1e8a81936)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepGitDependencies",
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
class ProcessTemplatedChildStepGitDependencies:
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
        :param default_branch: Name of the default branch of the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#default_branch ProcessTemplatedChildStep#default_branch}
        :param git_credential_type: The Git credential authentication type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#git_credential_type ProcessTemplatedChildStep#git_credential_type}
        :param repository_uri: The Git URI for the repository where this resource is sourced from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#repository_uri ProcessTemplatedChildStep#repository_uri}
        :param file_path_filters: List of file path filters used to narrow down the directory where files are to be sourced from. Supports glob patten syntax. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#file_path_filters ProcessTemplatedChildStep#file_path_filters}
        :param git_credential_id: ID of an existing Git credential. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#git_credential_id ProcessTemplatedChildStep#git_credential_id}
        :param github_connection_id: ID of an existing GitHub App connection. Used when git_credential_type is GitHub. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#github_connection_id ProcessTemplatedChildStep#github_connection_id}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__283cba6d7f28c7a3a3cd2722d921213c381f79b57b20ed92a015d8301f1e0013)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#default_branch ProcessTemplatedChildStep#default_branch}
        '''
        result = self._values.get("default_branch")
        assert result is not None, "Required property 'default_branch' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def git_credential_type(self) -> builtins.str:
        '''The Git credential authentication type.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#git_credential_type ProcessTemplatedChildStep#git_credential_type}
        '''
        result = self._values.get("git_credential_type")
        assert result is not None, "Required property 'git_credential_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def repository_uri(self) -> builtins.str:
        '''The Git URI for the repository where this resource is sourced from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#repository_uri ProcessTemplatedChildStep#repository_uri}
        '''
        result = self._values.get("repository_uri")
        assert result is not None, "Required property 'repository_uri' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def file_path_filters(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of file path filters used to narrow down the directory where files are to be sourced from.

        Supports glob patten syntax.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#file_path_filters ProcessTemplatedChildStep#file_path_filters}
        '''
        result = self._values.get("file_path_filters")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def git_credential_id(self) -> typing.Optional[builtins.str]:
        '''ID of an existing Git credential.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#git_credential_id ProcessTemplatedChildStep#git_credential_id}
        '''
        result = self._values.get("git_credential_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def github_connection_id(self) -> typing.Optional[builtins.str]:
        '''ID of an existing GitHub App connection. Used when git_credential_type is GitHub.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#github_connection_id ProcessTemplatedChildStep#github_connection_id}
        '''
        result = self._values.get("github_connection_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedChildStepGitDependencies(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessTemplatedChildStepGitDependenciesMap(
    _cdktf_9a9027ec.ComplexMap,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepGitDependenciesMap",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7d74d00a0b0fb979550ef08ef14147676db1efcea99b2b710d180d3092704c87)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="get")
    def get(
        self,
        key: builtins.str,
    ) -> "ProcessTemplatedChildStepGitDependenciesOutputReference":
        '''
        :param key: the key of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d91c5d5bf88676b8ce40355f0fd91c786c0aaf623cd6945452ec942d07aec770)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        return typing.cast("ProcessTemplatedChildStepGitDependenciesOutputReference", jsii.invoke(self, "get", [key]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c790d5b2be126293ec90f0f3cfc1c4798c5dcf3a23ae7c01e87d1219c9334d6)
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
            type_hints = typing.get_type_hints(_typecheckingstub__79017460755b0bd2db48b59585fbc4afb4ac8d6cdb747098f3c3c43068628820)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepGitDependencies]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepGitDependencies]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepGitDependencies]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f10da06cd41d7b0c856a3ba4cbe07fa93cb850cbc0f87ec87794ddd38e5e0e54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProcessTemplatedChildStepGitDependenciesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepGitDependenciesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__14a04f8e79cd994c4fd8c77ca602049e00544350dc3783b524f88b61548963f8)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5c9fe2361542f98216297e4690928362f2114bf2b94c019deac78d2360b3650b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultBranch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="filePathFilters")
    def file_path_filters(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "filePathFilters"))

    @file_path_filters.setter
    def file_path_filters(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f71da02782e2bbfcfca3772947dee567c537264bc47774998072b9719324ea54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "filePathFilters", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitCredentialId")
    def git_credential_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitCredentialId"))

    @git_credential_id.setter
    def git_credential_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__914d54b93dcf753ebc2057845f48eb136097436f89546d7d2cdb9b1e003c4e9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitCredentialId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitCredentialType")
    def git_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitCredentialType"))

    @git_credential_type.setter
    def git_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6dc4d1d4b656eeca61f257115507282c60329ffd5b382e1223ac72cbbea978ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="githubConnectionId")
    def github_connection_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "githubConnectionId"))

    @github_connection_id.setter
    def github_connection_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__344816be59656e8f485f4e7ec64be6478b2a147ae846f87e2a5be954fa760de2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "githubConnectionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="repositoryUri")
    def repository_uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "repositoryUri"))

    @repository_uri.setter
    def repository_uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f28a1153ee0f5c5769f33aaef492ac9e234304931eeadb50ab379a5c023fcee8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "repositoryUri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProcessTemplatedChildStepGitDependencies]:
        return typing.cast(typing.Optional[ProcessTemplatedChildStepGitDependencies], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProcessTemplatedChildStepGitDependencies],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__70d7f618d0ac727c70d47e1b08179fb075a6fa14627d10e1e7481545ecb9f369)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepPackages",
    jsii_struct_bases=[],
    name_mapping={
        "package_id": "packageId",
        "acquisition_location": "acquisitionLocation",
        "feed_id": "feedId",
        "properties": "properties",
        "version": "version",
    },
)
class ProcessTemplatedChildStepPackages:
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
        :param package_id: Package ID or a variable-expression. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#package_id ProcessTemplatedChildStep#package_id}
        :param acquisition_location: Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired'). Can be an expression Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#acquisition_location ProcessTemplatedChildStep#acquisition_location}
        :param feed_id: The feed ID associated with this package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#feed_id ProcessTemplatedChildStep#feed_id}
        :param properties: A collection of properties associated with this package. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#properties ProcessTemplatedChildStep#properties}
        :param version: Package version, or a variable expression. Leave empty to select at release creation time. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#version ProcessTemplatedChildStep#version}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f03b69669015bba4c08c986756fb08f3183dc1b90e7c37ab7afa03e0924913bf)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#package_id ProcessTemplatedChildStep#package_id}
        '''
        result = self._values.get("package_id")
        assert result is not None, "Required property 'package_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def acquisition_location(self) -> typing.Optional[builtins.str]:
        '''Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired').

        Can be an expression

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#acquisition_location ProcessTemplatedChildStep#acquisition_location}
        '''
        result = self._values.get("acquisition_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''The feed ID associated with this package reference.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#feed_id ProcessTemplatedChildStep#feed_id}
        '''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A collection of properties associated with this package.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#properties ProcessTemplatedChildStep#properties}
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Package version, or a variable expression. Leave empty to select at release creation time.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_child_step#version ProcessTemplatedChildStep#version}
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedChildStepPackages(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessTemplatedChildStepPackagesMap(
    _cdktf_9a9027ec.ComplexMap,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepPackagesMap",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a4ca93ade3b659c52f906737105aa4a374558f8ff768364540f735ff1ad623b8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="get")
    def get(
        self,
        key: builtins.str,
    ) -> "ProcessTemplatedChildStepPackagesOutputReference":
        '''
        :param key: the key of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47abfc19b5ed5b36c64d3b9554c6180811ff6b150a12a378b27532141e314972)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        return typing.cast("ProcessTemplatedChildStepPackagesOutputReference", jsii.invoke(self, "get", [key]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ddbd64162e29d38345ae5c446c9adf5e7b19fcccabcea05f0f315f22354ac4ab)
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
            type_hints = typing.get_type_hints(_typecheckingstub__556d691b9f96d70dd044cc235455361269da8f159cdfc251f336f9922e28a58b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepPackages]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepPackages]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepPackages]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7402c6714ff48043fa0ab0ed6dbb3e895a13586910b65635dc65a0ceb0f2d95)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProcessTemplatedChildStepPackagesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedChildStep.ProcessTemplatedChildStepPackagesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c1d471819c1f1cb11c71acd277b3e21dba049ac54f16b2c4048e7486857e5b95)
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
            type_hints = typing.get_type_hints(_typecheckingstub__eaace4f6c0db2758eb387f62ef7c62310044aba078ca88b0e2b4856c6efb8d3d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "acquisitionLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="feedId")
    def feed_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "feedId"))

    @feed_id.setter
    def feed_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3a685427349dc113de1cb879d24bab4d235eb26ca96ccc88d8631d3a5693e32b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageId")
    def package_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageId"))

    @package_id.setter
    def package_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__44bd87667d15eeeba4840d1d5d6d42178026c3f691ef268b5d9e7028cdb5d27a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="properties")
    def properties(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "properties"))

    @properties.setter
    def properties(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0644333ad2683883642edbbb965766bedc40665c3ed23dc81865477a7230e5ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "properties", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a49ecf3f69b7ccc054d8e898eae1f148ba729b19a576b5df6dddf7ed1de6276)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[ProcessTemplatedChildStepPackages]:
        return typing.cast(typing.Optional[ProcessTemplatedChildStepPackages], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProcessTemplatedChildStepPackages],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__158991f8733efec03b2ab367f09e3b50c7a9472b0afe0962b80b06ea099655a3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ProcessTemplatedChildStep",
    "ProcessTemplatedChildStepConfig",
    "ProcessTemplatedChildStepContainer",
    "ProcessTemplatedChildStepContainerOutputReference",
    "ProcessTemplatedChildStepGitDependencies",
    "ProcessTemplatedChildStepGitDependenciesMap",
    "ProcessTemplatedChildStepGitDependenciesOutputReference",
    "ProcessTemplatedChildStepPackages",
    "ProcessTemplatedChildStepPackagesMap",
    "ProcessTemplatedChildStepPackagesOutputReference",
]

publication.publish()

def _typecheckingstub__0ead125c4f59de2d7ddfa6af56773fe5017c7d236f89dd8b38f02e55e16e62d2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    parent_id: builtins.str,
    process_id: builtins.str,
    template_id: builtins.str,
    template_version: jsii.Number,
    channels: typing.Optional[typing.Sequence[builtins.str]] = None,
    condition: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[ProcessTemplatedChildStepContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    notes: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
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

def _typecheckingstub__0d357965079f02a3718907c18ba086871a8dc584d80de5157b0d1b56fac9c928(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__947f91954a9e790eba50ec9c74e04bbb913fac1b169f1d5d952a9912f598afd3(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d228fa20022b4f8621a3e6ca1b933edc447e8171e22d317e18846c756034876(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4963641c3435623e775d898969e0d0fb43db4f5f4494ca196d8618a8d28b0050(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08f81e0b3750fef0950c004d70c71b35e6d416392a1885a00a8c4dbdbf734bad(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f33e9751eed6553f9bf795b050f2bec3598c1043da449845b1db1f0ff8747dc0(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28ded1b50e0b88824978a568d9bd6c0c266587af67d641751c7e405fe6d89fff(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d1da48914f9055c78d445dfa18c885758c3a761f3d14b3e38384fa8fcf8d7a2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62ca6742dc3332b669660ca7d70a954c754e6eee2f8ebdb2730ee7438e38f733(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4a1e23cba7e90dc34e27a57b595b728f90ca1385b10486053c8320b57597cad(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecfd11c1ee0ae575e338895a126803ac4d8bc3c04bbd74efee1ebb1603f64ef7(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__315a2a50a7b5cd4edcc7b24d0dc361c3fd748b92caa49500542c8daa096b2e5f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aab02afafe0b04da75e2c75471f3ca44ff34165210dbafb6eddb9109827d7f8d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61a03f636e54176f9a57e618c2741a570a6173cee0cb52022f90aea139b259d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec6cda8c0165b5bfa37158e51b1a204fdc27f46e3c30509f6fa5f4c5255132a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdcf33c7e664a49a4cf9da9a62ca44f5900bc976b7e445a694204281887c6165(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61edf96c247746b7ac6bc83a49341ae874934cbb272fc6ce642f43af74acda47(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__814a5d9c89502b8fe82d2cdffc0ced63bd2df0e4991cd9cdd6b3d1904a77583d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d5cfdd3dc1909cc4df7d05e54131c252d30b46974bf6d3fdbf10791db257768(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__222902c9ad5e5e1be5932ea9e3056bae17c1824d6f8c3576101e61c825b67276(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__968a9a845aaf363d212592c868a7c4987a766fae206dea7100477dbfb17e4793(
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
    template_id: builtins.str,
    template_version: jsii.Number,
    channels: typing.Optional[typing.Sequence[builtins.str]] = None,
    condition: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[ProcessTemplatedChildStepContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    notes: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    worker_pool_id: typing.Optional[builtins.str] = None,
    worker_pool_variable: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97b1bf4abac5d9a03c0b8e56c9f4967aa308373beee867d1e8c3f85811621584(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c732990c4a872a98737a72ec44f1aad793a985307a3d028c5811ca660725fa1a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c04c6f65d7061888754c1e35bd986575ee5c0fbfe616ca0975dc2c8d24e60bb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6d6a193aa838abe85bd7cbe816b3200c0b1d5789bc36ae58ca74b1352f62ae5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__352d708957ab9011981c5998b6ef494ad222a9bc029d6f0eae856fb1e8a81936(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedChildStepContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__283cba6d7f28c7a3a3cd2722d921213c381f79b57b20ed92a015d8301f1e0013(
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

def _typecheckingstub__7d74d00a0b0fb979550ef08ef14147676db1efcea99b2b710d180d3092704c87(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d91c5d5bf88676b8ce40355f0fd91c786c0aaf623cd6945452ec942d07aec770(
    key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c790d5b2be126293ec90f0f3cfc1c4798c5dcf3a23ae7c01e87d1219c9334d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79017460755b0bd2db48b59585fbc4afb4ac8d6cdb747098f3c3c43068628820(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f10da06cd41d7b0c856a3ba4cbe07fa93cb850cbc0f87ec87794ddd38e5e0e54(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepGitDependencies]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14a04f8e79cd994c4fd8c77ca602049e00544350dc3783b524f88b61548963f8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c9fe2361542f98216297e4690928362f2114bf2b94c019deac78d2360b3650b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f71da02782e2bbfcfca3772947dee567c537264bc47774998072b9719324ea54(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__914d54b93dcf753ebc2057845f48eb136097436f89546d7d2cdb9b1e003c4e9f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dc4d1d4b656eeca61f257115507282c60329ffd5b382e1223ac72cbbea978ca(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__344816be59656e8f485f4e7ec64be6478b2a147ae846f87e2a5be954fa760de2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f28a1153ee0f5c5769f33aaef492ac9e234304931eeadb50ab379a5c023fcee8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70d7f618d0ac727c70d47e1b08179fb075a6fa14627d10e1e7481545ecb9f369(
    value: typing.Optional[ProcessTemplatedChildStepGitDependencies],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f03b69669015bba4c08c986756fb08f3183dc1b90e7c37ab7afa03e0924913bf(
    *,
    package_id: builtins.str,
    acquisition_location: typing.Optional[builtins.str] = None,
    feed_id: typing.Optional[builtins.str] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4ca93ade3b659c52f906737105aa4a374558f8ff768364540f735ff1ad623b8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47abfc19b5ed5b36c64d3b9554c6180811ff6b150a12a378b27532141e314972(
    key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddbd64162e29d38345ae5c446c9adf5e7b19fcccabcea05f0f315f22354ac4ab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__556d691b9f96d70dd044cc235455361269da8f159cdfc251f336f9922e28a58b(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7402c6714ff48043fa0ab0ed6dbb3e895a13586910b65635dc65a0ceb0f2d95(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedChildStepPackages]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1d471819c1f1cb11c71acd277b3e21dba049ac54f16b2c4048e7486857e5b95(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaace4f6c0db2758eb387f62ef7c62310044aba078ca88b0e2b4856c6efb8d3d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a685427349dc113de1cb879d24bab4d235eb26ca96ccc88d8631d3a5693e32b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44bd87667d15eeeba4840d1d5d6d42178026c3f691ef268b5d9e7028cdb5d27a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0644333ad2683883642edbbb965766bedc40665c3ed23dc81865477a7230e5ca(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a49ecf3f69b7ccc054d8e898eae1f148ba729b19a576b5df6dddf7ed1de6276(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__158991f8733efec03b2ab367f09e3b50c7a9472b0afe0962b80b06ea099655a3(
    value: typing.Optional[ProcessTemplatedChildStepPackages],
) -> None:
    """Type checking stubs"""
    pass
