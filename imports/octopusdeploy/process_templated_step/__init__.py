r'''
# `octopusdeploy_process_templated_step`

Refer to the Terraform Registry for docs: [`octopusdeploy_process_templated_step`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step).
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


class ProcessTemplatedStep(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStep",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step octopusdeploy_process_templated_step}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        process_id: builtins.str,
        template_id: builtins.str,
        template_version: jsii.Number,
        channels: typing.Optional[typing.Sequence[builtins.str]] = None,
        condition: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union["ProcessTemplatedStepContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        notes: typing.Optional[builtins.str] = None,
        package_requirement: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        start_trigger: typing.Optional[builtins.str] = None,
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
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step octopusdeploy_process_templated_step} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#name ProcessTemplatedStep#name}
        :param process_id: Id of the process this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#process_id ProcessTemplatedStep#process_id}
        :param template_id: Id of template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#template_id ProcessTemplatedStep#template_id}
        :param template_version: Version of the template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#template_version ProcessTemplatedStep#template_version}
        :param channels: A set of channels associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#channels ProcessTemplatedStep#channels}
        :param condition: When to run the step, one of 'Success', 'Failure', 'Always' or 'Variable'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#condition ProcessTemplatedStep#condition}
        :param container: When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#container ProcessTemplatedStep#container}
        :param environments: A set of environments within which this step will run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#environments ProcessTemplatedStep#environments}
        :param excluded_environments: A set of environments that this step will be skipped in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#excluded_environments ProcessTemplatedStep#excluded_environments}
        :param execution_properties: Action properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#execution_properties ProcessTemplatedStep#execution_properties}
        :param is_disabled: Indicates the disabled status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#is_disabled ProcessTemplatedStep#is_disabled}
        :param is_required: Indicates the required status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#is_required ProcessTemplatedStep#is_required}
        :param notes: The notes associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#notes ProcessTemplatedStep#notes}
        :param package_requirement: Whether to run this step before or after package acquisition (if possible). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#package_requirement ProcessTemplatedStep#package_requirement}
        :param parameters: Parameters required by template. Default value will be assigned when parameter has default value and parameter is not set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#parameters ProcessTemplatedStep#parameters}
        :param properties: A collection of process step properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#properties ProcessTemplatedStep#properties}
        :param slug: The human-readable unique identifier for the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#slug ProcessTemplatedStep#slug}
        :param space_id: The space ID associated with this process_templated_step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#space_id ProcessTemplatedStep#space_id}
        :param start_trigger: Whether to run this step after the previous step ('StartAfterPrevious') or at the same time as the previous step ('StartWithPrevious'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#start_trigger ProcessTemplatedStep#start_trigger}
        :param tenant_tags: A set of tenant tags associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#tenant_tags ProcessTemplatedStep#tenant_tags}
        :param worker_pool_id: The worker pool associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#worker_pool_id ProcessTemplatedStep#worker_pool_id}
        :param worker_pool_variable: The worker pool variable associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#worker_pool_variable ProcessTemplatedStep#worker_pool_variable}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aaf993e47d239fde80aba7a036bd7b8ba572ebd4918c3ca5bc9f1895cba641a2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ProcessTemplatedStepConfig(
            name=name,
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
            package_requirement=package_requirement,
            parameters=parameters,
            properties=properties,
            slug=slug,
            space_id=space_id,
            start_trigger=start_trigger,
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
        '''Generates CDKTF code for importing a ProcessTemplatedStep resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ProcessTemplatedStep to import.
        :param import_from_id: The id of the existing ProcessTemplatedStep that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ProcessTemplatedStep to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6f295f41878767a12a4a30c15189cb1dc169549920a08a531eb841c6d219eaf1)
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
        :param feed_id: Feed where the container will be pulled from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#feed_id ProcessTemplatedStep#feed_id}
        :param image: Image of the container with tag included. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#image ProcessTemplatedStep#image}
        '''
        value = ProcessTemplatedStepContainer(feed_id=feed_id, image=image)

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

    @jsii.member(jsii_name="resetPackageRequirement")
    def reset_package_requirement(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPackageRequirement", []))

    @jsii.member(jsii_name="resetParameters")
    def reset_parameters(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetParameters", []))

    @jsii.member(jsii_name="resetProperties")
    def reset_properties(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProperties", []))

    @jsii.member(jsii_name="resetSlug")
    def reset_slug(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlug", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetStartTrigger")
    def reset_start_trigger(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStartTrigger", []))

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
    def container(self) -> "ProcessTemplatedStepContainerOutputReference":
        return typing.cast("ProcessTemplatedStepContainerOutputReference", jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="gitDependencies")
    def git_dependencies(self) -> "ProcessTemplatedStepGitDependenciesMap":
        return typing.cast("ProcessTemplatedStepGitDependenciesMap", jsii.get(self, "gitDependencies"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="packages")
    def packages(self) -> "ProcessTemplatedStepPackagesMap":
        return typing.cast("ProcessTemplatedStepPackagesMap", jsii.get(self, "packages"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessTemplatedStepContainer"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProcessTemplatedStepContainer"]], jsii.get(self, "containerInput"))

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
    @jsii.member(jsii_name="packageRequirementInput")
    def package_requirement_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "packageRequirementInput"))

    @builtins.property
    @jsii.member(jsii_name="parametersInput")
    def parameters_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "parametersInput"))

    @builtins.property
    @jsii.member(jsii_name="processIdInput")
    def process_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "processIdInput"))

    @builtins.property
    @jsii.member(jsii_name="propertiesInput")
    def properties_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "propertiesInput"))

    @builtins.property
    @jsii.member(jsii_name="slugInput")
    def slug_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "slugInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="startTriggerInput")
    def start_trigger_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "startTriggerInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__13077bca8a93a801830300df8242eabc3ebca3ec09d5fa9718a0a0bff4e2905d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channels", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="condition")
    def condition(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "condition"))

    @condition.setter
    def condition(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1659a9ef92e26900995a3ccd42e44e19ff732f50f60bb6e3f4ed4815c11017bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "condition", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__01d66d7fbb590cf187b1fd6584f84c2afa6d1548617e42d907a7d6789213cd42)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="excludedEnvironments")
    def excluded_environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "excludedEnvironments"))

    @excluded_environments.setter
    def excluded_environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__879492d556bea40ef994b5d2fa8513adf187f2a555c633aa5901c611ee6038ac)
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
            type_hints = typing.get_type_hints(_typecheckingstub__6f1fe56810fb626c2e8da7f49748af84d04be4fa7663f110a9ef9c2291dc3737)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3db0ea1e8ebbaca86b7368b116078f316de57a6e1640effa5c0e9dd75de08aaf)
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
            type_hints = typing.get_type_hints(_typecheckingstub__fa57dc867daf2d085610bdd0b63e9c08ecfb43b8ad8f4c691fea9be62737d594)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isRequired", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8945a5355c829d1f90ac57d242e910826e50bc2415370b5123d50929afa106a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="notes")
    def notes(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "notes"))

    @notes.setter
    def notes(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0406ddd005d84b3b41f95b0b842f598bbaa64f855d6519c2e22f3e0a2af17284)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "notes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageRequirement")
    def package_requirement(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageRequirement"))

    @package_requirement.setter
    def package_requirement(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e259ed7a046f18a80135be1a833589e6f03a99b993e04f6d17efcfc0d176806e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageRequirement", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="parameters")
    def parameters(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "parameters"))

    @parameters.setter
    def parameters(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ae28eb41d84a9982689aeec62dee62871ee14c3a8307897a96c56089c9981f6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "parameters", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="processId")
    def process_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "processId"))

    @process_id.setter
    def process_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf42ebfe8892e7a70349650860413dbade55d5d4d92d4f92473b1410077dc3a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "processId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="properties")
    def properties(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "properties"))

    @properties.setter
    def properties(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c44646bfbd0c39a3171bfb2d887c7ceb0ba5d78645d4951f365a8672d3d54d36)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "properties", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slug")
    def slug(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slug"))

    @slug.setter
    def slug(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__282c3952fc7ddf48f21399190c030bf01c1938ca9b638bdd81f2f5dbd5032b16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slug", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b95719550aa1ce67ba7675d6072007cacaa1074d6a9856517994dd7549d8b86)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="startTrigger")
    def start_trigger(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "startTrigger"))

    @start_trigger.setter
    def start_trigger(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__293afe477207a0a4884f3f1b33926afab89ad1ea3e96ec5c5cc73511e7b9475a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "startTrigger", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="templateId")
    def template_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "templateId"))

    @template_id.setter
    def template_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9933c94c217f029e20ad17038bbb688c52ccbea78fc9117237cde14f7cb9c754)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "templateId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="templateVersion")
    def template_version(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "templateVersion"))

    @template_version.setter
    def template_version(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16359f038edd2e7e0efd9171736a62973176538d39c8136cc38b5717a73fda97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "templateVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aea1d0a3e8dc464bcd29f5a4f07b8f086932be0e6546bcdcedc0b4059289fd73)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workerPoolId")
    def worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workerPoolId"))

    @worker_pool_id.setter
    def worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9dfe241f117e47df7b601e9b2a0bd0cff238c3337cb976416d4021ae40615b38)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workerPoolVariable")
    def worker_pool_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workerPoolVariable"))

    @worker_pool_variable.setter
    def worker_pool_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8223f68a20d05e82a13353ef9e10cde5bbfd7df54b478136a9e399ed4a752f93)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workerPoolVariable", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepConfig",
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
        "package_requirement": "packageRequirement",
        "parameters": "parameters",
        "properties": "properties",
        "slug": "slug",
        "space_id": "spaceId",
        "start_trigger": "startTrigger",
        "tenant_tags": "tenantTags",
        "worker_pool_id": "workerPoolId",
        "worker_pool_variable": "workerPoolVariable",
    },
)
class ProcessTemplatedStepConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        process_id: builtins.str,
        template_id: builtins.str,
        template_version: jsii.Number,
        channels: typing.Optional[typing.Sequence[builtins.str]] = None,
        condition: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union["ProcessTemplatedStepContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        notes: typing.Optional[builtins.str] = None,
        package_requirement: typing.Optional[builtins.str] = None,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        start_trigger: typing.Optional[builtins.str] = None,
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
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#name ProcessTemplatedStep#name}
        :param process_id: Id of the process this step belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#process_id ProcessTemplatedStep#process_id}
        :param template_id: Id of template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#template_id ProcessTemplatedStep#template_id}
        :param template_version: Version of the template this step will be based on. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#template_version ProcessTemplatedStep#template_version}
        :param channels: A set of channels associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#channels ProcessTemplatedStep#channels}
        :param condition: When to run the step, one of 'Success', 'Failure', 'Always' or 'Variable'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#condition ProcessTemplatedStep#condition}
        :param container: When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#container ProcessTemplatedStep#container}
        :param environments: A set of environments within which this step will run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#environments ProcessTemplatedStep#environments}
        :param excluded_environments: A set of environments that this step will be skipped in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#excluded_environments ProcessTemplatedStep#excluded_environments}
        :param execution_properties: Action properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#execution_properties ProcessTemplatedStep#execution_properties}
        :param is_disabled: Indicates the disabled status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#is_disabled ProcessTemplatedStep#is_disabled}
        :param is_required: Indicates the required status of this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#is_required ProcessTemplatedStep#is_required}
        :param notes: The notes associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#notes ProcessTemplatedStep#notes}
        :param package_requirement: Whether to run this step before or after package acquisition (if possible). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#package_requirement ProcessTemplatedStep#package_requirement}
        :param parameters: Parameters required by template. Default value will be assigned when parameter has default value and parameter is not set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#parameters ProcessTemplatedStep#parameters}
        :param properties: A collection of process step properties where the key is the property name and the value is its value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#properties ProcessTemplatedStep#properties}
        :param slug: The human-readable unique identifier for the step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#slug ProcessTemplatedStep#slug}
        :param space_id: The space ID associated with this process_templated_step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#space_id ProcessTemplatedStep#space_id}
        :param start_trigger: Whether to run this step after the previous step ('StartAfterPrevious') or at the same time as the previous step ('StartWithPrevious'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#start_trigger ProcessTemplatedStep#start_trigger}
        :param tenant_tags: A set of tenant tags associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#tenant_tags ProcessTemplatedStep#tenant_tags}
        :param worker_pool_id: The worker pool associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#worker_pool_id ProcessTemplatedStep#worker_pool_id}
        :param worker_pool_variable: The worker pool variable associated with this step. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#worker_pool_variable ProcessTemplatedStep#worker_pool_variable}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(container, dict):
            container = ProcessTemplatedStepContainer(**container)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8cfdc20d9c0a3310bcc47db10d2fa0acf2dfd4b074674f79810f2579a6f140af)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
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
            check_type(argname="argument package_requirement", value=package_requirement, expected_type=type_hints["package_requirement"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
            check_type(argname="argument properties", value=properties, expected_type=type_hints["properties"])
            check_type(argname="argument slug", value=slug, expected_type=type_hints["slug"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument start_trigger", value=start_trigger, expected_type=type_hints["start_trigger"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument worker_pool_id", value=worker_pool_id, expected_type=type_hints["worker_pool_id"])
            check_type(argname="argument worker_pool_variable", value=worker_pool_variable, expected_type=type_hints["worker_pool_variable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
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
        if package_requirement is not None:
            self._values["package_requirement"] = package_requirement
        if parameters is not None:
            self._values["parameters"] = parameters
        if properties is not None:
            self._values["properties"] = properties
        if slug is not None:
            self._values["slug"] = slug
        if space_id is not None:
            self._values["space_id"] = space_id
        if start_trigger is not None:
            self._values["start_trigger"] = start_trigger
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#name ProcessTemplatedStep#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def process_id(self) -> builtins.str:
        '''Id of the process this step belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#process_id ProcessTemplatedStep#process_id}
        '''
        result = self._values.get("process_id")
        assert result is not None, "Required property 'process_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_id(self) -> builtins.str:
        '''Id of template this step will be based on.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#template_id ProcessTemplatedStep#template_id}
        '''
        result = self._values.get("template_id")
        assert result is not None, "Required property 'template_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_version(self) -> jsii.Number:
        '''Version of the template this step will be based on.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#template_version ProcessTemplatedStep#template_version}
        '''
        result = self._values.get("template_version")
        assert result is not None, "Required property 'template_version' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def channels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of channels associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#channels ProcessTemplatedStep#channels}
        '''
        result = self._values.get("channels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def condition(self) -> typing.Optional[builtins.str]:
        '''When to run the step, one of 'Success', 'Failure', 'Always' or 'Variable'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#condition ProcessTemplatedStep#condition}
        '''
        result = self._values.get("condition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional["ProcessTemplatedStepContainer"]:
        '''When set, used to run step inside a container on the Octopus Server. Octopus Server must support container execution.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#container ProcessTemplatedStep#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional["ProcessTemplatedStepContainer"], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of environments within which this step will run.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#environments ProcessTemplatedStep#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of environments that this step will be skipped in.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#excluded_environments ProcessTemplatedStep#excluded_environments}
        '''
        result = self._values.get("excluded_environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def execution_properties(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Action properties where the key is the property name and the value is its value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#execution_properties ProcessTemplatedStep#execution_properties}
        '''
        result = self._values.get("execution_properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates the disabled status of this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#is_disabled ProcessTemplatedStep#is_disabled}
        '''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates the required status of this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#is_required ProcessTemplatedStep#is_required}
        '''
        result = self._values.get("is_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def notes(self) -> typing.Optional[builtins.str]:
        '''The notes associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#notes ProcessTemplatedStep#notes}
        '''
        result = self._values.get("notes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def package_requirement(self) -> typing.Optional[builtins.str]:
        '''Whether to run this step before or after package acquisition (if possible).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#package_requirement ProcessTemplatedStep#package_requirement}
        '''
        result = self._values.get("package_requirement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parameters(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Parameters required by template. Default value will be assigned when parameter has default value and parameter is not set.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#parameters ProcessTemplatedStep#parameters}
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A collection of process step properties where the key is the property name and the value is its value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#properties ProcessTemplatedStep#properties}
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def slug(self) -> typing.Optional[builtins.str]:
        '''The human-readable unique identifier for the step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#slug ProcessTemplatedStep#slug}
        '''
        result = self._values.get("slug")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this process_templated_step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#space_id ProcessTemplatedStep#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def start_trigger(self) -> typing.Optional[builtins.str]:
        '''Whether to run this step after the previous step ('StartAfterPrevious') or at the same time as the previous step ('StartWithPrevious').

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#start_trigger ProcessTemplatedStep#start_trigger}
        '''
        result = self._values.get("start_trigger")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A set of tenant tags associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#tenant_tags ProcessTemplatedStep#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''The worker pool associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#worker_pool_id ProcessTemplatedStep#worker_pool_id}
        '''
        result = self._values.get("worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def worker_pool_variable(self) -> typing.Optional[builtins.str]:
        '''The worker pool variable associated with this step.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#worker_pool_variable ProcessTemplatedStep#worker_pool_variable}
        '''
        result = self._values.get("worker_pool_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedStepConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class ProcessTemplatedStepContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Feed where the container will be pulled from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#feed_id ProcessTemplatedStep#feed_id}
        :param image: Image of the container with tag included. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#image ProcessTemplatedStep#image}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce8bec54715e661960aa2f62221847bee83cd327df5e78de4f52c2383d20fbd8)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#feed_id ProcessTemplatedStep#feed_id}
        '''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Image of the container with tag included.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#image ProcessTemplatedStep#image}
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedStepContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessTemplatedStepContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__59c49b90e690987ebbac434b9d2f54a4727d50e9613f3f5cead83fbc6a1e7680)
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
            type_hints = typing.get_type_hints(_typecheckingstub__97422090d46db1e181d5755f149026cf669ceee270373d75718150b06ea50d8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4004729852fbd85e6c2eabd8eaf7dca833c998ce92cdadba5a26a7aa43601797)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedStepContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedStepContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedStepContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d610a77ee443149ec57d463ea8078060d64b4e6c1923f2c87ad22a4361d2d11f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepGitDependencies",
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
class ProcessTemplatedStepGitDependencies:
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
        :param default_branch: Name of the default branch of the repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#default_branch ProcessTemplatedStep#default_branch}
        :param git_credential_type: The Git credential authentication type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#git_credential_type ProcessTemplatedStep#git_credential_type}
        :param repository_uri: The Git URI for the repository where this resource is sourced from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#repository_uri ProcessTemplatedStep#repository_uri}
        :param file_path_filters: List of file path filters used to narrow down the directory where files are to be sourced from. Supports glob patten syntax. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#file_path_filters ProcessTemplatedStep#file_path_filters}
        :param git_credential_id: ID of an existing Git credential. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#git_credential_id ProcessTemplatedStep#git_credential_id}
        :param github_connection_id: ID of an existing GitHub App connection. Used when git_credential_type is GitHub. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#github_connection_id ProcessTemplatedStep#github_connection_id}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ba3aecad763d54118d660e942d70dc1037fb7d5e7b1af893abe1edf68684a9ef)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#default_branch ProcessTemplatedStep#default_branch}
        '''
        result = self._values.get("default_branch")
        assert result is not None, "Required property 'default_branch' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def git_credential_type(self) -> builtins.str:
        '''The Git credential authentication type.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#git_credential_type ProcessTemplatedStep#git_credential_type}
        '''
        result = self._values.get("git_credential_type")
        assert result is not None, "Required property 'git_credential_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def repository_uri(self) -> builtins.str:
        '''The Git URI for the repository where this resource is sourced from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#repository_uri ProcessTemplatedStep#repository_uri}
        '''
        result = self._values.get("repository_uri")
        assert result is not None, "Required property 'repository_uri' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def file_path_filters(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of file path filters used to narrow down the directory where files are to be sourced from.

        Supports glob patten syntax.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#file_path_filters ProcessTemplatedStep#file_path_filters}
        '''
        result = self._values.get("file_path_filters")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def git_credential_id(self) -> typing.Optional[builtins.str]:
        '''ID of an existing Git credential.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#git_credential_id ProcessTemplatedStep#git_credential_id}
        '''
        result = self._values.get("git_credential_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def github_connection_id(self) -> typing.Optional[builtins.str]:
        '''ID of an existing GitHub App connection. Used when git_credential_type is GitHub.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#github_connection_id ProcessTemplatedStep#github_connection_id}
        '''
        result = self._values.get("github_connection_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedStepGitDependencies(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessTemplatedStepGitDependenciesMap(
    _cdktf_9a9027ec.ComplexMap,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepGitDependenciesMap",
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
            type_hints = typing.get_type_hints(_typecheckingstub__24e1c0e3b1075442e25418eff7a3feca579bf97816ff764002fc85b1d080bebd)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="get")
    def get(
        self,
        key: builtins.str,
    ) -> "ProcessTemplatedStepGitDependenciesOutputReference":
        '''
        :param key: the key of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5eb335444f50e8ff837ae6ec4260b5131ff9c98814180f8715504fb100d5a2bd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        return typing.cast("ProcessTemplatedStepGitDependenciesOutputReference", jsii.invoke(self, "get", [key]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__de369d31fe309b7dc2a5f33994e417ebd43e3319eeca74a13e7d80c7f1af82c7)
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
            type_hints = typing.get_type_hints(_typecheckingstub__bb42b9c718bf5a49b5328e5b24252a458e30881bd10e7ee7a1527dcce28c7e5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepGitDependencies]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepGitDependencies]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepGitDependencies]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__497dc34a1c728e81d89f9f337d5ea6040d40a38fc7ee9c54f5e80d92950dbd50)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProcessTemplatedStepGitDependenciesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepGitDependenciesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8f13b476732ecd137b8ab4cb9b64dffe2194c4f9623176be6831db0665c48557)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2cd02dc9989e10d1ad2ec9029191b35deca73ba48dae11559872f892ad5ff5cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultBranch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="filePathFilters")
    def file_path_filters(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "filePathFilters"))

    @file_path_filters.setter
    def file_path_filters(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d006796813a156c529468ec713f875ecf8d2d26240ac5bf87364cc07d6d2ed5d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "filePathFilters", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitCredentialId")
    def git_credential_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitCredentialId"))

    @git_credential_id.setter
    def git_credential_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d7db88c9e7b7b90d5613b0638179bd3c69545bfa18e2d828d79ffe83f407c22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitCredentialId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitCredentialType")
    def git_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitCredentialType"))

    @git_credential_type.setter
    def git_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d4d5b398df67a1b9eb12faca7a293658a95ecd03a61085ed7d058831367619bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="githubConnectionId")
    def github_connection_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "githubConnectionId"))

    @github_connection_id.setter
    def github_connection_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__04b63c13ab46ed756035d1b0b49fff04ccfda14e097414b2462c3845183018e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "githubConnectionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="repositoryUri")
    def repository_uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "repositoryUri"))

    @repository_uri.setter
    def repository_uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__80bc908097f07295809693ff8f911ef8e75d30e729562f97cdbde368903678bb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "repositoryUri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[ProcessTemplatedStepGitDependencies]:
        return typing.cast(typing.Optional[ProcessTemplatedStepGitDependencies], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProcessTemplatedStepGitDependencies],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__130ad327ec258cd6c23068f4d3c709411934328b2821d2d98186ceed72affd25)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepPackages",
    jsii_struct_bases=[],
    name_mapping={
        "package_id": "packageId",
        "acquisition_location": "acquisitionLocation",
        "feed_id": "feedId",
        "properties": "properties",
        "version": "version",
    },
)
class ProcessTemplatedStepPackages:
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
        :param package_id: Package ID or a variable-expression. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#package_id ProcessTemplatedStep#package_id}
        :param acquisition_location: Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired'). Can be an expression Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#acquisition_location ProcessTemplatedStep#acquisition_location}
        :param feed_id: The feed ID associated with this package reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#feed_id ProcessTemplatedStep#feed_id}
        :param properties: A collection of properties associated with this package. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#properties ProcessTemplatedStep#properties}
        :param version: Package version, or a variable expression. Leave empty to select at release creation time. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#version ProcessTemplatedStep#version}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e649085fb13700dcc4643b861624dbe16f6c7dad87c9309266289dd5bc06dff)
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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#package_id ProcessTemplatedStep#package_id}
        '''
        result = self._values.get("package_id")
        assert result is not None, "Required property 'package_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def acquisition_location(self) -> typing.Optional[builtins.str]:
        '''Whether to acquire this package on the server ('Server'), target ('ExecutionTarget') or not at all ('NotAcquired').

        Can be an expression

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#acquisition_location ProcessTemplatedStep#acquisition_location}
        '''
        result = self._values.get("acquisition_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''The feed ID associated with this package reference.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#feed_id ProcessTemplatedStep#feed_id}
        '''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def properties(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''A collection of properties associated with this package.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#properties ProcessTemplatedStep#properties}
        '''
        result = self._values.get("properties")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Package version, or a variable expression. Leave empty to select at release creation time.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/process_templated_step#version ProcessTemplatedStep#version}
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProcessTemplatedStepPackages(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProcessTemplatedStepPackagesMap(
    _cdktf_9a9027ec.ComplexMap,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepPackagesMap",
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
            type_hints = typing.get_type_hints(_typecheckingstub__3776f652936867d196d0c0da3a83d312a818900f7866abb80addb53466c27471)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="get")
    def get(self, key: builtins.str) -> "ProcessTemplatedStepPackagesOutputReference":
        '''
        :param key: the key of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e886de7399a43bef5a47098ac637b748f142150345440e4ea2beca03a6a3a8ce)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        return typing.cast("ProcessTemplatedStepPackagesOutputReference", jsii.invoke(self, "get", [key]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4e79d284dbf104a6abd73669cb6db697fced08281114da4cbc85533b482f5e1)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f2ca1b22c4fd47a8efcb168953d0e9b79d244c48e44b231689dd30f1d07a176b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepPackages]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepPackages]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepPackages]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3c0f0ac681e9943bcb4986f9067d8e68b61d44d0fbd6195fc58dae151ee2c2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProcessTemplatedStepPackagesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.processTemplatedStep.ProcessTemplatedStepPackagesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b018ab5fdb1e6bfbff6173c323c11c8cab3212bd05894f06f313deb91aee6fd1)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e169ce1fd17e5871f527d45b732199571a18ff0d81be04c146979e2e95b8a6a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "acquisitionLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="feedId")
    def feed_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "feedId"))

    @feed_id.setter
    def feed_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b142cfcbf01ad3ab0f5d4c1dcd567b1ebcb62a9b90a1993771eaa325dd838473)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageId")
    def package_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageId"))

    @package_id.setter
    def package_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__82c3a797f02d9f1f0ecc699c672521c19fdb9b8b2fa44360fee8da213f5360a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="properties")
    def properties(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "properties"))

    @properties.setter
    def properties(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c485f355f0aabb393c876ae8c8a9729149f1e280ac46a6376e1e1d0efb5b95ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "properties", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20038a118cad4c02d903da89df62c3f8c2c80bdb0497857ca5254244554a6061)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[ProcessTemplatedStepPackages]:
        return typing.cast(typing.Optional[ProcessTemplatedStepPackages], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProcessTemplatedStepPackages],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13707f4d6d8e1da3ba7916591366457e34ed30e1bf10387f15b6e001a545a197)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ProcessTemplatedStep",
    "ProcessTemplatedStepConfig",
    "ProcessTemplatedStepContainer",
    "ProcessTemplatedStepContainerOutputReference",
    "ProcessTemplatedStepGitDependencies",
    "ProcessTemplatedStepGitDependenciesMap",
    "ProcessTemplatedStepGitDependenciesOutputReference",
    "ProcessTemplatedStepPackages",
    "ProcessTemplatedStepPackagesMap",
    "ProcessTemplatedStepPackagesOutputReference",
]

publication.publish()

def _typecheckingstub__aaf993e47d239fde80aba7a036bd7b8ba572ebd4918c3ca5bc9f1895cba641a2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    process_id: builtins.str,
    template_id: builtins.str,
    template_version: jsii.Number,
    channels: typing.Optional[typing.Sequence[builtins.str]] = None,
    condition: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[ProcessTemplatedStepContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    notes: typing.Optional[builtins.str] = None,
    package_requirement: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    start_trigger: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__6f295f41878767a12a4a30c15189cb1dc169549920a08a531eb841c6d219eaf1(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13077bca8a93a801830300df8242eabc3ebca3ec09d5fa9718a0a0bff4e2905d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1659a9ef92e26900995a3ccd42e44e19ff732f50f60bb6e3f4ed4815c11017bf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01d66d7fbb590cf187b1fd6584f84c2afa6d1548617e42d907a7d6789213cd42(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__879492d556bea40ef994b5d2fa8513adf187f2a555c633aa5901c611ee6038ac(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f1fe56810fb626c2e8da7f49748af84d04be4fa7663f110a9ef9c2291dc3737(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3db0ea1e8ebbaca86b7368b116078f316de57a6e1640effa5c0e9dd75de08aaf(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa57dc867daf2d085610bdd0b63e9c08ecfb43b8ad8f4c691fea9be62737d594(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8945a5355c829d1f90ac57d242e910826e50bc2415370b5123d50929afa106a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0406ddd005d84b3b41f95b0b842f598bbaa64f855d6519c2e22f3e0a2af17284(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e259ed7a046f18a80135be1a833589e6f03a99b993e04f6d17efcfc0d176806e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ae28eb41d84a9982689aeec62dee62871ee14c3a8307897a96c56089c9981f6(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf42ebfe8892e7a70349650860413dbade55d5d4d92d4f92473b1410077dc3a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c44646bfbd0c39a3171bfb2d887c7ceb0ba5d78645d4951f365a8672d3d54d36(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__282c3952fc7ddf48f21399190c030bf01c1938ca9b638bdd81f2f5dbd5032b16(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b95719550aa1ce67ba7675d6072007cacaa1074d6a9856517994dd7549d8b86(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__293afe477207a0a4884f3f1b33926afab89ad1ea3e96ec5c5cc73511e7b9475a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9933c94c217f029e20ad17038bbb688c52ccbea78fc9117237cde14f7cb9c754(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16359f038edd2e7e0efd9171736a62973176538d39c8136cc38b5717a73fda97(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aea1d0a3e8dc464bcd29f5a4f07b8f086932be0e6546bcdcedc0b4059289fd73(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dfe241f117e47df7b601e9b2a0bd0cff238c3337cb976416d4021ae40615b38(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8223f68a20d05e82a13353ef9e10cde5bbfd7df54b478136a9e399ed4a752f93(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cfdc20d9c0a3310bcc47db10d2fa0acf2dfd4b074674f79810f2579a6f140af(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    process_id: builtins.str,
    template_id: builtins.str,
    template_version: jsii.Number,
    channels: typing.Optional[typing.Sequence[builtins.str]] = None,
    condition: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[ProcessTemplatedStepContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    notes: typing.Optional[builtins.str] = None,
    package_requirement: typing.Optional[builtins.str] = None,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    start_trigger: typing.Optional[builtins.str] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    worker_pool_id: typing.Optional[builtins.str] = None,
    worker_pool_variable: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce8bec54715e661960aa2f62221847bee83cd327df5e78de4f52c2383d20fbd8(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59c49b90e690987ebbac434b9d2f54a4727d50e9613f3f5cead83fbc6a1e7680(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97422090d46db1e181d5755f149026cf669ceee270373d75718150b06ea50d8b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4004729852fbd85e6c2eabd8eaf7dca833c998ce92cdadba5a26a7aa43601797(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d610a77ee443149ec57d463ea8078060d64b4e6c1923f2c87ad22a4361d2d11f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProcessTemplatedStepContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba3aecad763d54118d660e942d70dc1037fb7d5e7b1af893abe1edf68684a9ef(
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

def _typecheckingstub__24e1c0e3b1075442e25418eff7a3feca579bf97816ff764002fc85b1d080bebd(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5eb335444f50e8ff837ae6ec4260b5131ff9c98814180f8715504fb100d5a2bd(
    key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de369d31fe309b7dc2a5f33994e417ebd43e3319eeca74a13e7d80c7f1af82c7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb42b9c718bf5a49b5328e5b24252a458e30881bd10e7ee7a1527dcce28c7e5e(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__497dc34a1c728e81d89f9f337d5ea6040d40a38fc7ee9c54f5e80d92950dbd50(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepGitDependencies]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f13b476732ecd137b8ab4cb9b64dffe2194c4f9623176be6831db0665c48557(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cd02dc9989e10d1ad2ec9029191b35deca73ba48dae11559872f892ad5ff5cc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d006796813a156c529468ec713f875ecf8d2d26240ac5bf87364cc07d6d2ed5d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d7db88c9e7b7b90d5613b0638179bd3c69545bfa18e2d828d79ffe83f407c22(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4d5b398df67a1b9eb12faca7a293658a95ecd03a61085ed7d058831367619bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04b63c13ab46ed756035d1b0b49fff04ccfda14e097414b2462c3845183018e2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80bc908097f07295809693ff8f911ef8e75d30e729562f97cdbde368903678bb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__130ad327ec258cd6c23068f4d3c709411934328b2821d2d98186ceed72affd25(
    value: typing.Optional[ProcessTemplatedStepGitDependencies],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e649085fb13700dcc4643b861624dbe16f6c7dad87c9309266289dd5bc06dff(
    *,
    package_id: builtins.str,
    acquisition_location: typing.Optional[builtins.str] = None,
    feed_id: typing.Optional[builtins.str] = None,
    properties: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3776f652936867d196d0c0da3a83d312a818900f7866abb80addb53466c27471(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e886de7399a43bef5a47098ac637b748f142150345440e4ea2beca03a6a3a8ce(
    key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4e79d284dbf104a6abd73669cb6db697fced08281114da4cbc85533b482f5e1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2ca1b22c4fd47a8efcb168953d0e9b79d244c48e44b231689dd30f1d07a176b(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3c0f0ac681e9943bcb4986f9067d8e68b61d44d0fbd6195fc58dae151ee2c2c(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Mapping[builtins.str, ProcessTemplatedStepPackages]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b018ab5fdb1e6bfbff6173c323c11c8cab3212bd05894f06f313deb91aee6fd1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_key: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e169ce1fd17e5871f527d45b732199571a18ff0d81be04c146979e2e95b8a6a7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b142cfcbf01ad3ab0f5d4c1dcd567b1ebcb62a9b90a1993771eaa325dd838473(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82c3a797f02d9f1f0ecc699c672521c19fdb9b8b2fa44360fee8da213f5360a2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c485f355f0aabb393c876ae8c8a9729149f1e280ac46a6376e1e1d0efb5b95ea(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20038a118cad4c02d903da89df62c3f8c2c80bdb0497857ca5254244554a6061(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13707f4d6d8e1da3ba7916591366457e34ed30e1bf10387f15b6e001a545a197(
    value: typing.Optional[ProcessTemplatedStepPackages],
) -> None:
    """Type checking stubs"""
    pass
