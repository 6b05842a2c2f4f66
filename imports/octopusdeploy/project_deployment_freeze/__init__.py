r'''
# `octopusdeploy_project_deployment_freeze`

Refer to the Terraform Registry for docs: [`octopusdeploy_project_deployment_freeze`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze).
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


class ProjectDeploymentFreeze(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectDeploymentFreeze.ProjectDeploymentFreeze",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze octopusdeploy_project_deployment_freeze}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        end: builtins.str,
        name: builtins.str,
        owner_id: builtins.str,
        start: builtins.str,
        environment_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        recurring_schedule: typing.Optional[typing.Union["ProjectDeploymentFreezeRecurringSchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze octopusdeploy_project_deployment_freeze} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param end: The end time of the freeze, must be RFC3339 format. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end ProjectDeploymentFreeze#end}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#name ProjectDeploymentFreeze#name}
        :param owner_id: The Owner ID of the freeze. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#owner_id ProjectDeploymentFreeze#owner_id}
        :param start: The start time of the freeze, must be RFC3339 format. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#start ProjectDeploymentFreeze#start}
        :param environment_ids: The environment IDs associated with this project deployment freeze scope. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#environment_ids ProjectDeploymentFreeze#environment_ids}
        :param recurring_schedule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#recurring_schedule ProjectDeploymentFreeze#recurring_schedule}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20054eab49329fe62c934785fdd51fe8d0d3aa35607dccad7ae2fc147794fef6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ProjectDeploymentFreezeConfig(
            end=end,
            name=name,
            owner_id=owner_id,
            start=start,
            environment_ids=environment_ids,
            recurring_schedule=recurring_schedule,
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
        '''Generates CDKTF code for importing a ProjectDeploymentFreeze resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ProjectDeploymentFreeze to import.
        :param import_from_id: The id of the existing ProjectDeploymentFreeze that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ProjectDeploymentFreeze to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2d13e5a21dac5e1b32b4abc77b430eb2242d760cd89bbe14f5ec62fc7a5596b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putRecurringSchedule")
    def put_recurring_schedule(
        self,
        *,
        end_type: builtins.str,
        type: builtins.str,
        unit: jsii.Number,
        date_of_month: typing.Optional[builtins.str] = None,
        day_number_of_month: typing.Optional[builtins.str] = None,
        day_of_week: typing.Optional[builtins.str] = None,
        days_of_week: typing.Optional[typing.Sequence[builtins.str]] = None,
        end_after_occurrences: typing.Optional[jsii.Number] = None,
        end_on_date: typing.Optional[builtins.str] = None,
        monthly_schedule_type: typing.Optional[builtins.str] = None,
        utc_offset_in_minutes: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param end_type: When the recurring schedule should end (Never, OnDate, AfterOccurrences). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_type ProjectDeploymentFreeze#end_type}
        :param type: Type of recurring schedule (Daily, Weekly, Monthly, Annually). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#type ProjectDeploymentFreeze#type}
        :param unit: The unit value for the schedule. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#unit ProjectDeploymentFreeze#unit}
        :param date_of_month: The date of the month for monthly schedules. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#date_of_month ProjectDeploymentFreeze#date_of_month}
        :param day_number_of_month: Specifies which weekday position in the month. Valid values: 1 (First), 2 (Second), 3 (Third), 4 (Fourth), L (Last). Used with day_of_week Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#day_number_of_month ProjectDeploymentFreeze#day_number_of_month}
        :param day_of_week: The day of the week for monthly schedules when using DayOfMonth type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#day_of_week ProjectDeploymentFreeze#day_of_week}
        :param days_of_week: List of days of the week for weekly schedules. Must follow order: Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#days_of_week ProjectDeploymentFreeze#days_of_week}
        :param end_after_occurrences: Number of occurrences after which the schedule should end. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_after_occurrences ProjectDeploymentFreeze#end_after_occurrences}
        :param end_on_date: The date when the recurring schedule should end. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_on_date ProjectDeploymentFreeze#end_on_date}
        :param monthly_schedule_type: Type of monthly schedule (DayOfMonth, DateOfMonth). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#monthly_schedule_type ProjectDeploymentFreeze#monthly_schedule_type}
        :param utc_offset_in_minutes: The UTC offset in minutes of the timezone the schedule should run in, will use offset from freeze start date if not specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#utc_offset_in_minutes ProjectDeploymentFreeze#utc_offset_in_minutes}
        '''
        value = ProjectDeploymentFreezeRecurringSchedule(
            end_type=end_type,
            type=type,
            unit=unit,
            date_of_month=date_of_month,
            day_number_of_month=day_number_of_month,
            day_of_week=day_of_week,
            days_of_week=days_of_week,
            end_after_occurrences=end_after_occurrences,
            end_on_date=end_on_date,
            monthly_schedule_type=monthly_schedule_type,
            utc_offset_in_minutes=utc_offset_in_minutes,
        )

        return typing.cast(None, jsii.invoke(self, "putRecurringSchedule", [value]))

    @jsii.member(jsii_name="resetEnvironmentIds")
    def reset_environment_ids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironmentIds", []))

    @jsii.member(jsii_name="resetRecurringSchedule")
    def reset_recurring_schedule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRecurringSchedule", []))

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
    @jsii.member(jsii_name="recurringSchedule")
    def recurring_schedule(
        self,
    ) -> "ProjectDeploymentFreezeRecurringScheduleOutputReference":
        return typing.cast("ProjectDeploymentFreezeRecurringScheduleOutputReference", jsii.get(self, "recurringSchedule"))

    @builtins.property
    @jsii.member(jsii_name="endInput")
    def end_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "endInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentIdsInput")
    def environment_ids_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentIdsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="ownerIdInput")
    def owner_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "ownerIdInput"))

    @builtins.property
    @jsii.member(jsii_name="recurringScheduleInput")
    def recurring_schedule_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProjectDeploymentFreezeRecurringSchedule"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "ProjectDeploymentFreezeRecurringSchedule"]], jsii.get(self, "recurringScheduleInput"))

    @builtins.property
    @jsii.member(jsii_name="startInput")
    def start_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "startInput"))

    @builtins.property
    @jsii.member(jsii_name="end")
    def end(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "end"))

    @end.setter
    def end(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1935ef91006f8696ff86085f3fe4933db5f29e70a7a9be0a5dd893de09c8b835)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "end", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environmentIds")
    def environment_ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environmentIds"))

    @environment_ids.setter
    def environment_ids(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9fdd09e1b0b2146e74b96fb755cc64cb1df1fe8e3410f6ae27d167a3c443220f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environmentIds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__af7979679f50b163694db940269114288f591c0596f1349d411cef5c5d5b5a68)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="ownerId")
    def owner_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "ownerId"))

    @owner_id.setter
    def owner_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d21881f877712370f032db17dbc353bd85e8a69c15794ea8e2241999f74d7764)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "ownerId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="start")
    def start(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "start"))

    @start.setter
    def start(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86074a5e1faa59aca12cdadcf3d350ef898d04cfc40cdb3ddc905ffc37a847f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "start", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectDeploymentFreeze.ProjectDeploymentFreezeConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "end": "end",
        "name": "name",
        "owner_id": "ownerId",
        "start": "start",
        "environment_ids": "environmentIds",
        "recurring_schedule": "recurringSchedule",
    },
)
class ProjectDeploymentFreezeConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        end: builtins.str,
        name: builtins.str,
        owner_id: builtins.str,
        start: builtins.str,
        environment_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        recurring_schedule: typing.Optional[typing.Union["ProjectDeploymentFreezeRecurringSchedule", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param end: The end time of the freeze, must be RFC3339 format. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end ProjectDeploymentFreeze#end}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#name ProjectDeploymentFreeze#name}
        :param owner_id: The Owner ID of the freeze. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#owner_id ProjectDeploymentFreeze#owner_id}
        :param start: The start time of the freeze, must be RFC3339 format. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#start ProjectDeploymentFreeze#start}
        :param environment_ids: The environment IDs associated with this project deployment freeze scope. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#environment_ids ProjectDeploymentFreeze#environment_ids}
        :param recurring_schedule: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#recurring_schedule ProjectDeploymentFreeze#recurring_schedule}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(recurring_schedule, dict):
            recurring_schedule = ProjectDeploymentFreezeRecurringSchedule(**recurring_schedule)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c83ead3aef6f093ce8e8cb5f036204b20066604dc3fab14b4ace84c276544130)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument end", value=end, expected_type=type_hints["end"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument owner_id", value=owner_id, expected_type=type_hints["owner_id"])
            check_type(argname="argument start", value=start, expected_type=type_hints["start"])
            check_type(argname="argument environment_ids", value=environment_ids, expected_type=type_hints["environment_ids"])
            check_type(argname="argument recurring_schedule", value=recurring_schedule, expected_type=type_hints["recurring_schedule"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "end": end,
            "name": name,
            "owner_id": owner_id,
            "start": start,
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
        if environment_ids is not None:
            self._values["environment_ids"] = environment_ids
        if recurring_schedule is not None:
            self._values["recurring_schedule"] = recurring_schedule

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
    def end(self) -> builtins.str:
        '''The end time of the freeze, must be RFC3339 format.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end ProjectDeploymentFreeze#end}
        '''
        result = self._values.get("end")
        assert result is not None, "Required property 'end' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#name ProjectDeploymentFreeze#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def owner_id(self) -> builtins.str:
        '''The Owner ID of the freeze.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#owner_id ProjectDeploymentFreeze#owner_id}
        '''
        result = self._values.get("owner_id")
        assert result is not None, "Required property 'owner_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def start(self) -> builtins.str:
        '''The start time of the freeze, must be RFC3339 format.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#start ProjectDeploymentFreeze#start}
        '''
        result = self._values.get("start")
        assert result is not None, "Required property 'start' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def environment_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The environment IDs associated with this project deployment freeze scope.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#environment_ids ProjectDeploymentFreeze#environment_ids}
        '''
        result = self._values.get("environment_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def recurring_schedule(
        self,
    ) -> typing.Optional["ProjectDeploymentFreezeRecurringSchedule"]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#recurring_schedule ProjectDeploymentFreeze#recurring_schedule}.'''
        result = self._values.get("recurring_schedule")
        return typing.cast(typing.Optional["ProjectDeploymentFreezeRecurringSchedule"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectDeploymentFreezeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.projectDeploymentFreeze.ProjectDeploymentFreezeRecurringSchedule",
    jsii_struct_bases=[],
    name_mapping={
        "end_type": "endType",
        "type": "type",
        "unit": "unit",
        "date_of_month": "dateOfMonth",
        "day_number_of_month": "dayNumberOfMonth",
        "day_of_week": "dayOfWeek",
        "days_of_week": "daysOfWeek",
        "end_after_occurrences": "endAfterOccurrences",
        "end_on_date": "endOnDate",
        "monthly_schedule_type": "monthlyScheduleType",
        "utc_offset_in_minutes": "utcOffsetInMinutes",
    },
)
class ProjectDeploymentFreezeRecurringSchedule:
    def __init__(
        self,
        *,
        end_type: builtins.str,
        type: builtins.str,
        unit: jsii.Number,
        date_of_month: typing.Optional[builtins.str] = None,
        day_number_of_month: typing.Optional[builtins.str] = None,
        day_of_week: typing.Optional[builtins.str] = None,
        days_of_week: typing.Optional[typing.Sequence[builtins.str]] = None,
        end_after_occurrences: typing.Optional[jsii.Number] = None,
        end_on_date: typing.Optional[builtins.str] = None,
        monthly_schedule_type: typing.Optional[builtins.str] = None,
        utc_offset_in_minutes: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param end_type: When the recurring schedule should end (Never, OnDate, AfterOccurrences). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_type ProjectDeploymentFreeze#end_type}
        :param type: Type of recurring schedule (Daily, Weekly, Monthly, Annually). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#type ProjectDeploymentFreeze#type}
        :param unit: The unit value for the schedule. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#unit ProjectDeploymentFreeze#unit}
        :param date_of_month: The date of the month for monthly schedules. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#date_of_month ProjectDeploymentFreeze#date_of_month}
        :param day_number_of_month: Specifies which weekday position in the month. Valid values: 1 (First), 2 (Second), 3 (Third), 4 (Fourth), L (Last). Used with day_of_week Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#day_number_of_month ProjectDeploymentFreeze#day_number_of_month}
        :param day_of_week: The day of the week for monthly schedules when using DayOfMonth type. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#day_of_week ProjectDeploymentFreeze#day_of_week}
        :param days_of_week: List of days of the week for weekly schedules. Must follow order: Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#days_of_week ProjectDeploymentFreeze#days_of_week}
        :param end_after_occurrences: Number of occurrences after which the schedule should end. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_after_occurrences ProjectDeploymentFreeze#end_after_occurrences}
        :param end_on_date: The date when the recurring schedule should end. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_on_date ProjectDeploymentFreeze#end_on_date}
        :param monthly_schedule_type: Type of monthly schedule (DayOfMonth, DateOfMonth). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#monthly_schedule_type ProjectDeploymentFreeze#monthly_schedule_type}
        :param utc_offset_in_minutes: The UTC offset in minutes of the timezone the schedule should run in, will use offset from freeze start date if not specified. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#utc_offset_in_minutes ProjectDeploymentFreeze#utc_offset_in_minutes}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__607991cf770719e8833c940c7f6504b2bf6215a41c8a49c481cda6f19b35e9d9)
            check_type(argname="argument end_type", value=end_type, expected_type=type_hints["end_type"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument unit", value=unit, expected_type=type_hints["unit"])
            check_type(argname="argument date_of_month", value=date_of_month, expected_type=type_hints["date_of_month"])
            check_type(argname="argument day_number_of_month", value=day_number_of_month, expected_type=type_hints["day_number_of_month"])
            check_type(argname="argument day_of_week", value=day_of_week, expected_type=type_hints["day_of_week"])
            check_type(argname="argument days_of_week", value=days_of_week, expected_type=type_hints["days_of_week"])
            check_type(argname="argument end_after_occurrences", value=end_after_occurrences, expected_type=type_hints["end_after_occurrences"])
            check_type(argname="argument end_on_date", value=end_on_date, expected_type=type_hints["end_on_date"])
            check_type(argname="argument monthly_schedule_type", value=monthly_schedule_type, expected_type=type_hints["monthly_schedule_type"])
            check_type(argname="argument utc_offset_in_minutes", value=utc_offset_in_minutes, expected_type=type_hints["utc_offset_in_minutes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "end_type": end_type,
            "type": type,
            "unit": unit,
        }
        if date_of_month is not None:
            self._values["date_of_month"] = date_of_month
        if day_number_of_month is not None:
            self._values["day_number_of_month"] = day_number_of_month
        if day_of_week is not None:
            self._values["day_of_week"] = day_of_week
        if days_of_week is not None:
            self._values["days_of_week"] = days_of_week
        if end_after_occurrences is not None:
            self._values["end_after_occurrences"] = end_after_occurrences
        if end_on_date is not None:
            self._values["end_on_date"] = end_on_date
        if monthly_schedule_type is not None:
            self._values["monthly_schedule_type"] = monthly_schedule_type
        if utc_offset_in_minutes is not None:
            self._values["utc_offset_in_minutes"] = utc_offset_in_minutes

    @builtins.property
    def end_type(self) -> builtins.str:
        '''When the recurring schedule should end (Never, OnDate, AfterOccurrences).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_type ProjectDeploymentFreeze#end_type}
        '''
        result = self._values.get("end_type")
        assert result is not None, "Required property 'end_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Type of recurring schedule (Daily, Weekly, Monthly, Annually).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#type ProjectDeploymentFreeze#type}
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def unit(self) -> jsii.Number:
        '''The unit value for the schedule.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#unit ProjectDeploymentFreeze#unit}
        '''
        result = self._values.get("unit")
        assert result is not None, "Required property 'unit' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def date_of_month(self) -> typing.Optional[builtins.str]:
        '''The date of the month for monthly schedules.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#date_of_month ProjectDeploymentFreeze#date_of_month}
        '''
        result = self._values.get("date_of_month")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def day_number_of_month(self) -> typing.Optional[builtins.str]:
        '''Specifies which weekday position in the month.

        Valid values: 1 (First), 2 (Second), 3 (Third), 4 (Fourth), L (Last). Used with day_of_week

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#day_number_of_month ProjectDeploymentFreeze#day_number_of_month}
        '''
        result = self._values.get("day_number_of_month")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def day_of_week(self) -> typing.Optional[builtins.str]:
        '''The day of the week for monthly schedules when using DayOfMonth type.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#day_of_week ProjectDeploymentFreeze#day_of_week}
        '''
        result = self._values.get("day_of_week")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def days_of_week(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of days of the week for weekly schedules. Must follow order: Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#days_of_week ProjectDeploymentFreeze#days_of_week}
        '''
        result = self._values.get("days_of_week")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def end_after_occurrences(self) -> typing.Optional[jsii.Number]:
        '''Number of occurrences after which the schedule should end.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_after_occurrences ProjectDeploymentFreeze#end_after_occurrences}
        '''
        result = self._values.get("end_after_occurrences")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def end_on_date(self) -> typing.Optional[builtins.str]:
        '''The date when the recurring schedule should end.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#end_on_date ProjectDeploymentFreeze#end_on_date}
        '''
        result = self._values.get("end_on_date")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monthly_schedule_type(self) -> typing.Optional[builtins.str]:
        '''Type of monthly schedule (DayOfMonth, DateOfMonth).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#monthly_schedule_type ProjectDeploymentFreeze#monthly_schedule_type}
        '''
        result = self._values.get("monthly_schedule_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def utc_offset_in_minutes(self) -> typing.Optional[jsii.Number]:
        '''The UTC offset in minutes of the timezone the schedule should run in, will use offset from freeze start date if not specified.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_deployment_freeze#utc_offset_in_minutes ProjectDeploymentFreeze#utc_offset_in_minutes}
        '''
        result = self._values.get("utc_offset_in_minutes")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectDeploymentFreezeRecurringSchedule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectDeploymentFreezeRecurringScheduleOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectDeploymentFreeze.ProjectDeploymentFreezeRecurringScheduleOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f1cb233425469967af91953e6c1ca0a436ebb674f2bfd3c16972821751f4351d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetDateOfMonth")
    def reset_date_of_month(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDateOfMonth", []))

    @jsii.member(jsii_name="resetDayNumberOfMonth")
    def reset_day_number_of_month(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDayNumberOfMonth", []))

    @jsii.member(jsii_name="resetDayOfWeek")
    def reset_day_of_week(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDayOfWeek", []))

    @jsii.member(jsii_name="resetDaysOfWeek")
    def reset_days_of_week(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDaysOfWeek", []))

    @jsii.member(jsii_name="resetEndAfterOccurrences")
    def reset_end_after_occurrences(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndAfterOccurrences", []))

    @jsii.member(jsii_name="resetEndOnDate")
    def reset_end_on_date(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndOnDate", []))

    @jsii.member(jsii_name="resetMonthlyScheduleType")
    def reset_monthly_schedule_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMonthlyScheduleType", []))

    @jsii.member(jsii_name="resetUtcOffsetInMinutes")
    def reset_utc_offset_in_minutes(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUtcOffsetInMinutes", []))

    @builtins.property
    @jsii.member(jsii_name="dateOfMonthInput")
    def date_of_month_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dateOfMonthInput"))

    @builtins.property
    @jsii.member(jsii_name="dayNumberOfMonthInput")
    def day_number_of_month_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dayNumberOfMonthInput"))

    @builtins.property
    @jsii.member(jsii_name="dayOfWeekInput")
    def day_of_week_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dayOfWeekInput"))

    @builtins.property
    @jsii.member(jsii_name="daysOfWeekInput")
    def days_of_week_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "daysOfWeekInput"))

    @builtins.property
    @jsii.member(jsii_name="endAfterOccurrencesInput")
    def end_after_occurrences_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "endAfterOccurrencesInput"))

    @builtins.property
    @jsii.member(jsii_name="endOnDateInput")
    def end_on_date_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "endOnDateInput"))

    @builtins.property
    @jsii.member(jsii_name="endTypeInput")
    def end_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "endTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="monthlyScheduleTypeInput")
    def monthly_schedule_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monthlyScheduleTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="typeInput")
    def type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "typeInput"))

    @builtins.property
    @jsii.member(jsii_name="unitInput")
    def unit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "unitInput"))

    @builtins.property
    @jsii.member(jsii_name="utcOffsetInMinutesInput")
    def utc_offset_in_minutes_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "utcOffsetInMinutesInput"))

    @builtins.property
    @jsii.member(jsii_name="dateOfMonth")
    def date_of_month(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dateOfMonth"))

    @date_of_month.setter
    def date_of_month(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e00ea9936566a80d7c871b2cf378b846481b0c26114bcf2b967e15bd98865c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dateOfMonth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dayNumberOfMonth")
    def day_number_of_month(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dayNumberOfMonth"))

    @day_number_of_month.setter
    def day_number_of_month(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__92642076fd61d1e7d22bec9c11a0d8575da058d9e8cf5f185cae519b9c64d219)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dayNumberOfMonth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dayOfWeek")
    def day_of_week(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dayOfWeek"))

    @day_of_week.setter
    def day_of_week(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a75d642a5a8da411745d5cf745550d4c5e242607d879e0b7650c151b7b5cfaa2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dayOfWeek", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="daysOfWeek")
    def days_of_week(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "daysOfWeek"))

    @days_of_week.setter
    def days_of_week(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__50942bbf28bda92d353bdb0418a04d6fb0908dbcdba82441dc452a94026b7928)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "daysOfWeek", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endAfterOccurrences")
    def end_after_occurrences(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "endAfterOccurrences"))

    @end_after_occurrences.setter
    def end_after_occurrences(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__94597833e1612a72663e871dbc25b420bedbc579795326992de34b5629d536b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endAfterOccurrences", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endOnDate")
    def end_on_date(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "endOnDate"))

    @end_on_date.setter
    def end_on_date(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b030cbae6d7e0d997828e09c94165e57c5164673dbdf32b2e436c21600f756e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endOnDate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="endType")
    def end_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "endType"))

    @end_type.setter
    def end_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6dcb65fb16e034470c5c182f161f2378947f25882377e6cf2836b9d336e422b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "endType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monthlyScheduleType")
    def monthly_schedule_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monthlyScheduleType"))

    @monthly_schedule_type.setter
    def monthly_schedule_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__500d491530721561708230af77be11dd0017cc82c652f64426df77bd42b54cf7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monthlyScheduleType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="type")
    def type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "type"))

    @type.setter
    def type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__846962c760c2281a0a4d35f6e16cf736ee1b3d11a72d285c4d462285e51baa4a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "type", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="unit")
    def unit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "unit"))

    @unit.setter
    def unit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__679df4ce9cf2c0f57dbaf4d655f35f2af5b8fd48eb968fa4068b2e4415dec149)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "unit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="utcOffsetInMinutes")
    def utc_offset_in_minutes(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "utcOffsetInMinutes"))

    @utc_offset_in_minutes.setter
    def utc_offset_in_minutes(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bd701bcaf05a281934ec17ae48cf3cf4b9797cbe603e45f131fae3d8233b570)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "utcOffsetInMinutes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectDeploymentFreezeRecurringSchedule]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectDeploymentFreezeRecurringSchedule]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectDeploymentFreezeRecurringSchedule]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__629733a0048387adf454a7a11068b2ab5eac80d3de0d77f541de6fd9c6929337)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ProjectDeploymentFreeze",
    "ProjectDeploymentFreezeConfig",
    "ProjectDeploymentFreezeRecurringSchedule",
    "ProjectDeploymentFreezeRecurringScheduleOutputReference",
]

publication.publish()

def _typecheckingstub__20054eab49329fe62c934785fdd51fe8d0d3aa35607dccad7ae2fc147794fef6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    end: builtins.str,
    name: builtins.str,
    owner_id: builtins.str,
    start: builtins.str,
    environment_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    recurring_schedule: typing.Optional[typing.Union[ProjectDeploymentFreezeRecurringSchedule, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__a2d13e5a21dac5e1b32b4abc77b430eb2242d760cd89bbe14f5ec62fc7a5596b(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1935ef91006f8696ff86085f3fe4933db5f29e70a7a9be0a5dd893de09c8b835(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fdd09e1b0b2146e74b96fb755cc64cb1df1fe8e3410f6ae27d167a3c443220f(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af7979679f50b163694db940269114288f591c0596f1349d411cef5c5d5b5a68(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d21881f877712370f032db17dbc353bd85e8a69c15794ea8e2241999f74d7764(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86074a5e1faa59aca12cdadcf3d350ef898d04cfc40cdb3ddc905ffc37a847f3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c83ead3aef6f093ce8e8cb5f036204b20066604dc3fab14b4ace84c276544130(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    end: builtins.str,
    name: builtins.str,
    owner_id: builtins.str,
    start: builtins.str,
    environment_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    recurring_schedule: typing.Optional[typing.Union[ProjectDeploymentFreezeRecurringSchedule, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__607991cf770719e8833c940c7f6504b2bf6215a41c8a49c481cda6f19b35e9d9(
    *,
    end_type: builtins.str,
    type: builtins.str,
    unit: jsii.Number,
    date_of_month: typing.Optional[builtins.str] = None,
    day_number_of_month: typing.Optional[builtins.str] = None,
    day_of_week: typing.Optional[builtins.str] = None,
    days_of_week: typing.Optional[typing.Sequence[builtins.str]] = None,
    end_after_occurrences: typing.Optional[jsii.Number] = None,
    end_on_date: typing.Optional[builtins.str] = None,
    monthly_schedule_type: typing.Optional[builtins.str] = None,
    utc_offset_in_minutes: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1cb233425469967af91953e6c1ca0a436ebb674f2bfd3c16972821751f4351d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e00ea9936566a80d7c871b2cf378b846481b0c26114bcf2b967e15bd98865c9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92642076fd61d1e7d22bec9c11a0d8575da058d9e8cf5f185cae519b9c64d219(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a75d642a5a8da411745d5cf745550d4c5e242607d879e0b7650c151b7b5cfaa2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50942bbf28bda92d353bdb0418a04d6fb0908dbcdba82441dc452a94026b7928(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94597833e1612a72663e871dbc25b420bedbc579795326992de34b5629d536b7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b030cbae6d7e0d997828e09c94165e57c5164673dbdf32b2e436c21600f756e1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dcb65fb16e034470c5c182f161f2378947f25882377e6cf2836b9d336e422b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__500d491530721561708230af77be11dd0017cc82c652f64426df77bd42b54cf7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__846962c760c2281a0a4d35f6e16cf736ee1b3d11a72d285c4d462285e51baa4a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__679df4ce9cf2c0f57dbaf4d655f35f2af5b8fd48eb968fa4068b2e4415dec149(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bd701bcaf05a281934ec17ae48cf3cf4b9797cbe603e45f131fae3d8233b570(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__629733a0048387adf454a7a11068b2ab5eac80d3de0d77f541de6fd9c6929337(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectDeploymentFreezeRecurringSchedule]],
) -> None:
    """Type checking stubs"""
    pass
