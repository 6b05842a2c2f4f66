r'''
# `octopusdeploy_project_scheduled_trigger`

Refer to the Terraform Registry for docs: [`octopusdeploy_project_scheduled_trigger`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger).
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


class ProjectScheduledTrigger(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTrigger",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger octopusdeploy_project_scheduled_trigger}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        project_id: builtins.str,
        space_id: builtins.str,
        channel_id: typing.Optional[builtins.str] = None,
        continuous_daily_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerContinuousDailySchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        cron_expression_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerCronExpressionSchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        days_per_month_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerDaysPerMonthSchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        deploy_latest_release_action: typing.Optional[typing.Union["ProjectScheduledTriggerDeployLatestReleaseAction", typing.Dict[builtins.str, typing.Any]]] = None,
        deploy_new_release_action: typing.Optional[typing.Union["ProjectScheduledTriggerDeployNewReleaseAction", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        once_daily_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerOnceDailySchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        run_runbook_action: typing.Optional[typing.Union["ProjectScheduledTriggerRunRunbookAction", typing.Dict[builtins.str, typing.Any]]] = None,
        tenant_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        timezone: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger octopusdeploy_project_scheduled_trigger} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#name ProjectScheduledTrigger#name}
        :param project_id: The ID of the project to attach the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#project_id ProjectScheduledTrigger#project_id}
        :param space_id: The space ID where this trigger's project exists. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#space_id ProjectScheduledTrigger#space_id}
        :param channel_id: The channel ID to use when creating the release. Will use the default channel if left blank. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#channel_id ProjectScheduledTrigger#channel_id}
        :param continuous_daily_schedule: continuous_daily_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#continuous_daily_schedule ProjectScheduledTrigger#continuous_daily_schedule}
        :param cron_expression_schedule: cron_expression_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#cron_expression_schedule ProjectScheduledTrigger#cron_expression_schedule}
        :param days_per_month_schedule: days_per_month_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_per_month_schedule ProjectScheduledTrigger#days_per_month_schedule}
        :param deploy_latest_release_action: deploy_latest_release_action block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#deploy_latest_release_action ProjectScheduledTrigger#deploy_latest_release_action}
        :param deploy_new_release_action: deploy_new_release_action block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#deploy_new_release_action ProjectScheduledTrigger#deploy_new_release_action}
        :param description: A description of the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#description ProjectScheduledTrigger#description}
        :param is_disabled: Indicates whether the trigger is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#is_disabled ProjectScheduledTrigger#is_disabled}
        :param once_daily_schedule: once_daily_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#once_daily_schedule ProjectScheduledTrigger#once_daily_schedule}
        :param run_runbook_action: run_runbook_action block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_runbook_action ProjectScheduledTrigger#run_runbook_action}
        :param tenant_ids: The IDs of the tenants to deploy to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#tenant_ids ProjectScheduledTrigger#tenant_ids}
        :param timezone: The timezone for the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#timezone ProjectScheduledTrigger#timezone}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8322d6c171bd24f9cbd971684cd9a329bb22dbec3150ea52cdef2d50dd4f5606)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ProjectScheduledTriggerConfig(
            name=name,
            project_id=project_id,
            space_id=space_id,
            channel_id=channel_id,
            continuous_daily_schedule=continuous_daily_schedule,
            cron_expression_schedule=cron_expression_schedule,
            days_per_month_schedule=days_per_month_schedule,
            deploy_latest_release_action=deploy_latest_release_action,
            deploy_new_release_action=deploy_new_release_action,
            description=description,
            is_disabled=is_disabled,
            once_daily_schedule=once_daily_schedule,
            run_runbook_action=run_runbook_action,
            tenant_ids=tenant_ids,
            timezone=timezone,
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
        '''Generates CDKTF code for importing a ProjectScheduledTrigger resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ProjectScheduledTrigger to import.
        :param import_from_id: The id of the existing ProjectScheduledTrigger that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ProjectScheduledTrigger to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b7794e0ce9a481876357d4e79aba4c3662c06bc99bb5f47a9cfd1806d9e2ab7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putContinuousDailySchedule")
    def put_continuous_daily_schedule(
        self,
        *,
        days_of_week: typing.Sequence[builtins.str],
        interval: builtins.str,
        run_after: builtins.str,
        run_until: builtins.str,
        hour_interval: typing.Optional[jsii.Number] = None,
        minute_interval: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param days_of_week: The days of the week to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_of_week ProjectScheduledTrigger#days_of_week}
        :param interval: The interval in minutes to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#interval ProjectScheduledTrigger#interval}
        :param run_after: The time of day to start the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_after ProjectScheduledTrigger#run_after}
        :param run_until: The time of day to end the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_until ProjectScheduledTrigger#run_until}
        :param hour_interval: How often to run the trigger in hours. Only used when the interval is set to 'OnceHourly'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#hour_interval ProjectScheduledTrigger#hour_interval}
        :param minute_interval: How often to run the trigger in minutes. Only used when the interval is set to 'OnceEveryMinute'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#minute_interval ProjectScheduledTrigger#minute_interval}
        '''
        value = ProjectScheduledTriggerContinuousDailySchedule(
            days_of_week=days_of_week,
            interval=interval,
            run_after=run_after,
            run_until=run_until,
            hour_interval=hour_interval,
            minute_interval=minute_interval,
        )

        return typing.cast(None, jsii.invoke(self, "putContinuousDailySchedule", [value]))

    @jsii.member(jsii_name="putCronExpressionSchedule")
    def put_cron_expression_schedule(self, *, cron_expression: builtins.str) -> None:
        '''
        :param cron_expression: The cron expression for the schedule. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#cron_expression ProjectScheduledTrigger#cron_expression}
        '''
        value = ProjectScheduledTriggerCronExpressionSchedule(
            cron_expression=cron_expression
        )

        return typing.cast(None, jsii.invoke(self, "putCronExpressionSchedule", [value]))

    @jsii.member(jsii_name="putDaysPerMonthSchedule")
    def put_days_per_month_schedule(
        self,
        *,
        monthly_schedule_type: builtins.str,
        start_time: builtins.str,
        date_of_month: typing.Optional[builtins.str] = None,
        day_number_of_month: typing.Optional[builtins.str] = None,
        day_of_week: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param monthly_schedule_type: The type of monthly schedule to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#monthly_schedule_type ProjectScheduledTrigger#monthly_schedule_type}
        :param start_time: The time of day to start the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#start_time ProjectScheduledTrigger#start_time}
        :param date_of_month: Which date of the month to run the trigger. String number between 1 - 31 Incl. or L for the last day of the month. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#date_of_month ProjectScheduledTrigger#date_of_month}
        :param day_number_of_month: Which ordinal day of the week to run the trigger on. String number between 1 - 4 Incl. or L for the last occurrence of day_of_week for the month. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#day_number_of_month ProjectScheduledTrigger#day_number_of_month}
        :param day_of_week: Which day of the week to run the trigger on. Required when monthly_schedule_type is set to 'DayOfMonth'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#day_of_week ProjectScheduledTrigger#day_of_week}
        '''
        value = ProjectScheduledTriggerDaysPerMonthSchedule(
            monthly_schedule_type=monthly_schedule_type,
            start_time=start_time,
            date_of_month=date_of_month,
            day_number_of_month=day_number_of_month,
            day_of_week=day_of_week,
        )

        return typing.cast(None, jsii.invoke(self, "putDaysPerMonthSchedule", [value]))

    @jsii.member(jsii_name="putDeployLatestReleaseAction")
    def put_deploy_latest_release_action(
        self,
        *,
        destination_environment_id: builtins.str,
        source_environment_id: builtins.str,
        should_redeploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param destination_environment_id: The environment ID to deploy the selected release to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#destination_environment_id ProjectScheduledTrigger#destination_environment_id}
        :param source_environment_id: The environment ID to use when selecting the release to deploy from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#source_environment_id ProjectScheduledTrigger#source_environment_id}
        :param should_redeploy: Enable to re-deploy to the deployment targets even if they are already up-to-date with the current deployment. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#should_redeploy ProjectScheduledTrigger#should_redeploy}
        '''
        value = ProjectScheduledTriggerDeployLatestReleaseAction(
            destination_environment_id=destination_environment_id,
            source_environment_id=source_environment_id,
            should_redeploy=should_redeploy,
        )

        return typing.cast(None, jsii.invoke(self, "putDeployLatestReleaseAction", [value]))

    @jsii.member(jsii_name="putDeployNewReleaseAction")
    def put_deploy_new_release_action(
        self,
        *,
        destination_environment_id: builtins.str,
        git_reference: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_environment_id: The environment ID to deploy the selected release to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#destination_environment_id ProjectScheduledTrigger#destination_environment_id}
        :param git_reference: The git reference to use when creating the release. Can be a branch, tag, or commit hash. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#git_reference ProjectScheduledTrigger#git_reference}
        '''
        value = ProjectScheduledTriggerDeployNewReleaseAction(
            destination_environment_id=destination_environment_id,
            git_reference=git_reference,
        )

        return typing.cast(None, jsii.invoke(self, "putDeployNewReleaseAction", [value]))

    @jsii.member(jsii_name="putOnceDailySchedule")
    def put_once_daily_schedule(
        self,
        *,
        days_of_week: typing.Sequence[builtins.str],
        start_time: builtins.str,
    ) -> None:
        '''
        :param days_of_week: The days of the week to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_of_week ProjectScheduledTrigger#days_of_week}
        :param start_time: The time of day to start the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#start_time ProjectScheduledTrigger#start_time}
        '''
        value = ProjectScheduledTriggerOnceDailySchedule(
            days_of_week=days_of_week, start_time=start_time
        )

        return typing.cast(None, jsii.invoke(self, "putOnceDailySchedule", [value]))

    @jsii.member(jsii_name="putRunRunbookAction")
    def put_run_runbook_action(
        self,
        *,
        runbook_id: builtins.str,
        target_environment_ids: typing.Sequence[builtins.str],
    ) -> None:
        '''
        :param runbook_id: The ID of the runbook to run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#runbook_id ProjectScheduledTrigger#runbook_id}
        :param target_environment_ids: The IDs of the environments to run the runbook in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#target_environment_ids ProjectScheduledTrigger#target_environment_ids}
        '''
        value = ProjectScheduledTriggerRunRunbookAction(
            runbook_id=runbook_id, target_environment_ids=target_environment_ids
        )

        return typing.cast(None, jsii.invoke(self, "putRunRunbookAction", [value]))

    @jsii.member(jsii_name="resetChannelId")
    def reset_channel_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChannelId", []))

    @jsii.member(jsii_name="resetContinuousDailySchedule")
    def reset_continuous_daily_schedule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContinuousDailySchedule", []))

    @jsii.member(jsii_name="resetCronExpressionSchedule")
    def reset_cron_expression_schedule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCronExpressionSchedule", []))

    @jsii.member(jsii_name="resetDaysPerMonthSchedule")
    def reset_days_per_month_schedule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDaysPerMonthSchedule", []))

    @jsii.member(jsii_name="resetDeployLatestReleaseAction")
    def reset_deploy_latest_release_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeployLatestReleaseAction", []))

    @jsii.member(jsii_name="resetDeployNewReleaseAction")
    def reset_deploy_new_release_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeployNewReleaseAction", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

    @jsii.member(jsii_name="resetOnceDailySchedule")
    def reset_once_daily_schedule(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOnceDailySchedule", []))

    @jsii.member(jsii_name="resetRunRunbookAction")
    def reset_run_runbook_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunRunbookAction", []))

    @jsii.member(jsii_name="resetTenantIds")
    def reset_tenant_ids(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantIds", []))

    @jsii.member(jsii_name="resetTimezone")
    def reset_timezone(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTimezone", []))

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
    @jsii.member(jsii_name="continuousDailySchedule")
    def continuous_daily_schedule(
        self,
    ) -> "ProjectScheduledTriggerContinuousDailyScheduleOutputReference":
        return typing.cast("ProjectScheduledTriggerContinuousDailyScheduleOutputReference", jsii.get(self, "continuousDailySchedule"))

    @builtins.property
    @jsii.member(jsii_name="cronExpressionSchedule")
    def cron_expression_schedule(
        self,
    ) -> "ProjectScheduledTriggerCronExpressionScheduleOutputReference":
        return typing.cast("ProjectScheduledTriggerCronExpressionScheduleOutputReference", jsii.get(self, "cronExpressionSchedule"))

    @builtins.property
    @jsii.member(jsii_name="daysPerMonthSchedule")
    def days_per_month_schedule(
        self,
    ) -> "ProjectScheduledTriggerDaysPerMonthScheduleOutputReference":
        return typing.cast("ProjectScheduledTriggerDaysPerMonthScheduleOutputReference", jsii.get(self, "daysPerMonthSchedule"))

    @builtins.property
    @jsii.member(jsii_name="deployLatestReleaseAction")
    def deploy_latest_release_action(
        self,
    ) -> "ProjectScheduledTriggerDeployLatestReleaseActionOutputReference":
        return typing.cast("ProjectScheduledTriggerDeployLatestReleaseActionOutputReference", jsii.get(self, "deployLatestReleaseAction"))

    @builtins.property
    @jsii.member(jsii_name="deployNewReleaseAction")
    def deploy_new_release_action(
        self,
    ) -> "ProjectScheduledTriggerDeployNewReleaseActionOutputReference":
        return typing.cast("ProjectScheduledTriggerDeployNewReleaseActionOutputReference", jsii.get(self, "deployNewReleaseAction"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="onceDailySchedule")
    def once_daily_schedule(
        self,
    ) -> "ProjectScheduledTriggerOnceDailyScheduleOutputReference":
        return typing.cast("ProjectScheduledTriggerOnceDailyScheduleOutputReference", jsii.get(self, "onceDailySchedule"))

    @builtins.property
    @jsii.member(jsii_name="runRunbookAction")
    def run_runbook_action(
        self,
    ) -> "ProjectScheduledTriggerRunRunbookActionOutputReference":
        return typing.cast("ProjectScheduledTriggerRunRunbookActionOutputReference", jsii.get(self, "runRunbookAction"))

    @builtins.property
    @jsii.member(jsii_name="channelIdInput")
    def channel_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "channelIdInput"))

    @builtins.property
    @jsii.member(jsii_name="continuousDailyScheduleInput")
    def continuous_daily_schedule_input(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerContinuousDailySchedule"]:
        return typing.cast(typing.Optional["ProjectScheduledTriggerContinuousDailySchedule"], jsii.get(self, "continuousDailyScheduleInput"))

    @builtins.property
    @jsii.member(jsii_name="cronExpressionScheduleInput")
    def cron_expression_schedule_input(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerCronExpressionSchedule"]:
        return typing.cast(typing.Optional["ProjectScheduledTriggerCronExpressionSchedule"], jsii.get(self, "cronExpressionScheduleInput"))

    @builtins.property
    @jsii.member(jsii_name="daysPerMonthScheduleInput")
    def days_per_month_schedule_input(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerDaysPerMonthSchedule"]:
        return typing.cast(typing.Optional["ProjectScheduledTriggerDaysPerMonthSchedule"], jsii.get(self, "daysPerMonthScheduleInput"))

    @builtins.property
    @jsii.member(jsii_name="deployLatestReleaseActionInput")
    def deploy_latest_release_action_input(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerDeployLatestReleaseAction"]:
        return typing.cast(typing.Optional["ProjectScheduledTriggerDeployLatestReleaseAction"], jsii.get(self, "deployLatestReleaseActionInput"))

    @builtins.property
    @jsii.member(jsii_name="deployNewReleaseActionInput")
    def deploy_new_release_action_input(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerDeployNewReleaseAction"]:
        return typing.cast(typing.Optional["ProjectScheduledTriggerDeployNewReleaseAction"], jsii.get(self, "deployNewReleaseActionInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

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
    @jsii.member(jsii_name="onceDailyScheduleInput")
    def once_daily_schedule_input(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerOnceDailySchedule"]:
        return typing.cast(typing.Optional["ProjectScheduledTriggerOnceDailySchedule"], jsii.get(self, "onceDailyScheduleInput"))

    @builtins.property
    @jsii.member(jsii_name="projectIdInput")
    def project_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectIdInput"))

    @builtins.property
    @jsii.member(jsii_name="runRunbookActionInput")
    def run_runbook_action_input(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerRunRunbookAction"]:
        return typing.cast(typing.Optional["ProjectScheduledTriggerRunRunbookAction"], jsii.get(self, "runRunbookActionInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantIdsInput")
    def tenant_ids_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantIdsInput"))

    @builtins.property
    @jsii.member(jsii_name="timezoneInput")
    def timezone_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "timezoneInput"))

    @builtins.property
    @jsii.member(jsii_name="channelId")
    def channel_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "channelId"))

    @channel_id.setter
    def channel_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a074cd0b6a0084f61d3d18e8047d2d00a2be86cb11262606f5ff6b50a1747009)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channelId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38486cf898207e225405ff62eb482b42845c0d28654f2b457aa96d3e389cace8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__123aefa254c6fb3c1234b63c977f85bfe179670892af1466635fbef74a3d55da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea4dca725c9990095c2280ba8401d298987da35082903e29f277adf49b08c58a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectId")
    def project_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectId"))

    @project_id.setter
    def project_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74622002d96d52e2ceb497675e2c5d6a759c4abad21a5ef6e39f8f0f6219b55a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0780a453998a1056488d7921f8e449de88aaec0b2764ccdc4e68c709d551f064)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantIds")
    def tenant_ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantIds"))

    @tenant_ids.setter
    def tenant_ids(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ab819f0835b5e7fd389aa51b33593972f477de83341654f4f32bb2dd5d466c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantIds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="timezone")
    def timezone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "timezone"))

    @timezone.setter
    def timezone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0e11d5f9ac888e3a6846ad13c4ac39bfa6f17cfe80992ad288faa229d387c1d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "timezone", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerConfig",
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
        "space_id": "spaceId",
        "channel_id": "channelId",
        "continuous_daily_schedule": "continuousDailySchedule",
        "cron_expression_schedule": "cronExpressionSchedule",
        "days_per_month_schedule": "daysPerMonthSchedule",
        "deploy_latest_release_action": "deployLatestReleaseAction",
        "deploy_new_release_action": "deployNewReleaseAction",
        "description": "description",
        "is_disabled": "isDisabled",
        "once_daily_schedule": "onceDailySchedule",
        "run_runbook_action": "runRunbookAction",
        "tenant_ids": "tenantIds",
        "timezone": "timezone",
    },
)
class ProjectScheduledTriggerConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        space_id: builtins.str,
        channel_id: typing.Optional[builtins.str] = None,
        continuous_daily_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerContinuousDailySchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        cron_expression_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerCronExpressionSchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        days_per_month_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerDaysPerMonthSchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        deploy_latest_release_action: typing.Optional[typing.Union["ProjectScheduledTriggerDeployLatestReleaseAction", typing.Dict[builtins.str, typing.Any]]] = None,
        deploy_new_release_action: typing.Optional[typing.Union["ProjectScheduledTriggerDeployNewReleaseAction", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        once_daily_schedule: typing.Optional[typing.Union["ProjectScheduledTriggerOnceDailySchedule", typing.Dict[builtins.str, typing.Any]]] = None,
        run_runbook_action: typing.Optional[typing.Union["ProjectScheduledTriggerRunRunbookAction", typing.Dict[builtins.str, typing.Any]]] = None,
        tenant_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        timezone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#name ProjectScheduledTrigger#name}
        :param project_id: The ID of the project to attach the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#project_id ProjectScheduledTrigger#project_id}
        :param space_id: The space ID where this trigger's project exists. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#space_id ProjectScheduledTrigger#space_id}
        :param channel_id: The channel ID to use when creating the release. Will use the default channel if left blank. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#channel_id ProjectScheduledTrigger#channel_id}
        :param continuous_daily_schedule: continuous_daily_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#continuous_daily_schedule ProjectScheduledTrigger#continuous_daily_schedule}
        :param cron_expression_schedule: cron_expression_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#cron_expression_schedule ProjectScheduledTrigger#cron_expression_schedule}
        :param days_per_month_schedule: days_per_month_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_per_month_schedule ProjectScheduledTrigger#days_per_month_schedule}
        :param deploy_latest_release_action: deploy_latest_release_action block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#deploy_latest_release_action ProjectScheduledTrigger#deploy_latest_release_action}
        :param deploy_new_release_action: deploy_new_release_action block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#deploy_new_release_action ProjectScheduledTrigger#deploy_new_release_action}
        :param description: A description of the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#description ProjectScheduledTrigger#description}
        :param is_disabled: Indicates whether the trigger is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#is_disabled ProjectScheduledTrigger#is_disabled}
        :param once_daily_schedule: once_daily_schedule block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#once_daily_schedule ProjectScheduledTrigger#once_daily_schedule}
        :param run_runbook_action: run_runbook_action block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_runbook_action ProjectScheduledTrigger#run_runbook_action}
        :param tenant_ids: The IDs of the tenants to deploy to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#tenant_ids ProjectScheduledTrigger#tenant_ids}
        :param timezone: The timezone for the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#timezone ProjectScheduledTrigger#timezone}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(continuous_daily_schedule, dict):
            continuous_daily_schedule = ProjectScheduledTriggerContinuousDailySchedule(**continuous_daily_schedule)
        if isinstance(cron_expression_schedule, dict):
            cron_expression_schedule = ProjectScheduledTriggerCronExpressionSchedule(**cron_expression_schedule)
        if isinstance(days_per_month_schedule, dict):
            days_per_month_schedule = ProjectScheduledTriggerDaysPerMonthSchedule(**days_per_month_schedule)
        if isinstance(deploy_latest_release_action, dict):
            deploy_latest_release_action = ProjectScheduledTriggerDeployLatestReleaseAction(**deploy_latest_release_action)
        if isinstance(deploy_new_release_action, dict):
            deploy_new_release_action = ProjectScheduledTriggerDeployNewReleaseAction(**deploy_new_release_action)
        if isinstance(once_daily_schedule, dict):
            once_daily_schedule = ProjectScheduledTriggerOnceDailySchedule(**once_daily_schedule)
        if isinstance(run_runbook_action, dict):
            run_runbook_action = ProjectScheduledTriggerRunRunbookAction(**run_runbook_action)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f6fd2bb9bd21a5ab1e6eda5d58466a0f628412dc700d16b2776f50ade586eb9)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument channel_id", value=channel_id, expected_type=type_hints["channel_id"])
            check_type(argname="argument continuous_daily_schedule", value=continuous_daily_schedule, expected_type=type_hints["continuous_daily_schedule"])
            check_type(argname="argument cron_expression_schedule", value=cron_expression_schedule, expected_type=type_hints["cron_expression_schedule"])
            check_type(argname="argument days_per_month_schedule", value=days_per_month_schedule, expected_type=type_hints["days_per_month_schedule"])
            check_type(argname="argument deploy_latest_release_action", value=deploy_latest_release_action, expected_type=type_hints["deploy_latest_release_action"])
            check_type(argname="argument deploy_new_release_action", value=deploy_new_release_action, expected_type=type_hints["deploy_new_release_action"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument once_daily_schedule", value=once_daily_schedule, expected_type=type_hints["once_daily_schedule"])
            check_type(argname="argument run_runbook_action", value=run_runbook_action, expected_type=type_hints["run_runbook_action"])
            check_type(argname="argument tenant_ids", value=tenant_ids, expected_type=type_hints["tenant_ids"])
            check_type(argname="argument timezone", value=timezone, expected_type=type_hints["timezone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "project_id": project_id,
            "space_id": space_id,
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
        if channel_id is not None:
            self._values["channel_id"] = channel_id
        if continuous_daily_schedule is not None:
            self._values["continuous_daily_schedule"] = continuous_daily_schedule
        if cron_expression_schedule is not None:
            self._values["cron_expression_schedule"] = cron_expression_schedule
        if days_per_month_schedule is not None:
            self._values["days_per_month_schedule"] = days_per_month_schedule
        if deploy_latest_release_action is not None:
            self._values["deploy_latest_release_action"] = deploy_latest_release_action
        if deploy_new_release_action is not None:
            self._values["deploy_new_release_action"] = deploy_new_release_action
        if description is not None:
            self._values["description"] = description
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if once_daily_schedule is not None:
            self._values["once_daily_schedule"] = once_daily_schedule
        if run_runbook_action is not None:
            self._values["run_runbook_action"] = run_runbook_action
        if tenant_ids is not None:
            self._values["tenant_ids"] = tenant_ids
        if timezone is not None:
            self._values["timezone"] = timezone

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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#name ProjectScheduledTrigger#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project_id(self) -> builtins.str:
        '''The ID of the project to attach the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#project_id ProjectScheduledTrigger#project_id}
        '''
        result = self._values.get("project_id")
        assert result is not None, "Required property 'project_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def space_id(self) -> builtins.str:
        '''The space ID where this trigger's project exists.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#space_id ProjectScheduledTrigger#space_id}
        '''
        result = self._values.get("space_id")
        assert result is not None, "Required property 'space_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def channel_id(self) -> typing.Optional[builtins.str]:
        '''The channel ID to use when creating the release. Will use the default channel if left blank.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#channel_id ProjectScheduledTrigger#channel_id}
        '''
        result = self._values.get("channel_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def continuous_daily_schedule(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerContinuousDailySchedule"]:
        '''continuous_daily_schedule block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#continuous_daily_schedule ProjectScheduledTrigger#continuous_daily_schedule}
        '''
        result = self._values.get("continuous_daily_schedule")
        return typing.cast(typing.Optional["ProjectScheduledTriggerContinuousDailySchedule"], result)

    @builtins.property
    def cron_expression_schedule(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerCronExpressionSchedule"]:
        '''cron_expression_schedule block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#cron_expression_schedule ProjectScheduledTrigger#cron_expression_schedule}
        '''
        result = self._values.get("cron_expression_schedule")
        return typing.cast(typing.Optional["ProjectScheduledTriggerCronExpressionSchedule"], result)

    @builtins.property
    def days_per_month_schedule(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerDaysPerMonthSchedule"]:
        '''days_per_month_schedule block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_per_month_schedule ProjectScheduledTrigger#days_per_month_schedule}
        '''
        result = self._values.get("days_per_month_schedule")
        return typing.cast(typing.Optional["ProjectScheduledTriggerDaysPerMonthSchedule"], result)

    @builtins.property
    def deploy_latest_release_action(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerDeployLatestReleaseAction"]:
        '''deploy_latest_release_action block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#deploy_latest_release_action ProjectScheduledTrigger#deploy_latest_release_action}
        '''
        result = self._values.get("deploy_latest_release_action")
        return typing.cast(typing.Optional["ProjectScheduledTriggerDeployLatestReleaseAction"], result)

    @builtins.property
    def deploy_new_release_action(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerDeployNewReleaseAction"]:
        '''deploy_new_release_action block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#deploy_new_release_action ProjectScheduledTrigger#deploy_new_release_action}
        '''
        result = self._values.get("deploy_new_release_action")
        return typing.cast(typing.Optional["ProjectScheduledTriggerDeployNewReleaseAction"], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''A description of the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#description ProjectScheduledTrigger#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Indicates whether the trigger is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#is_disabled ProjectScheduledTrigger#is_disabled}
        '''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def once_daily_schedule(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerOnceDailySchedule"]:
        '''once_daily_schedule block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#once_daily_schedule ProjectScheduledTrigger#once_daily_schedule}
        '''
        result = self._values.get("once_daily_schedule")
        return typing.cast(typing.Optional["ProjectScheduledTriggerOnceDailySchedule"], result)

    @builtins.property
    def run_runbook_action(
        self,
    ) -> typing.Optional["ProjectScheduledTriggerRunRunbookAction"]:
        '''run_runbook_action block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_runbook_action ProjectScheduledTrigger#run_runbook_action}
        '''
        result = self._values.get("run_runbook_action")
        return typing.cast(typing.Optional["ProjectScheduledTriggerRunRunbookAction"], result)

    @builtins.property
    def tenant_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The IDs of the tenants to deploy to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#tenant_ids ProjectScheduledTrigger#tenant_ids}
        '''
        result = self._values.get("tenant_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def timezone(self) -> typing.Optional[builtins.str]:
        '''The timezone for the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#timezone ProjectScheduledTrigger#timezone}
        '''
        result = self._values.get("timezone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerContinuousDailySchedule",
    jsii_struct_bases=[],
    name_mapping={
        "days_of_week": "daysOfWeek",
        "interval": "interval",
        "run_after": "runAfter",
        "run_until": "runUntil",
        "hour_interval": "hourInterval",
        "minute_interval": "minuteInterval",
    },
)
class ProjectScheduledTriggerContinuousDailySchedule:
    def __init__(
        self,
        *,
        days_of_week: typing.Sequence[builtins.str],
        interval: builtins.str,
        run_after: builtins.str,
        run_until: builtins.str,
        hour_interval: typing.Optional[jsii.Number] = None,
        minute_interval: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param days_of_week: The days of the week to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_of_week ProjectScheduledTrigger#days_of_week}
        :param interval: The interval in minutes to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#interval ProjectScheduledTrigger#interval}
        :param run_after: The time of day to start the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_after ProjectScheduledTrigger#run_after}
        :param run_until: The time of day to end the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_until ProjectScheduledTrigger#run_until}
        :param hour_interval: How often to run the trigger in hours. Only used when the interval is set to 'OnceHourly'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#hour_interval ProjectScheduledTrigger#hour_interval}
        :param minute_interval: How often to run the trigger in minutes. Only used when the interval is set to 'OnceEveryMinute'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#minute_interval ProjectScheduledTrigger#minute_interval}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9d4258ded29148e95e694cd3227f1883a0f24e95bcd299d03047c722c5495ca6)
            check_type(argname="argument days_of_week", value=days_of_week, expected_type=type_hints["days_of_week"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument run_after", value=run_after, expected_type=type_hints["run_after"])
            check_type(argname="argument run_until", value=run_until, expected_type=type_hints["run_until"])
            check_type(argname="argument hour_interval", value=hour_interval, expected_type=type_hints["hour_interval"])
            check_type(argname="argument minute_interval", value=minute_interval, expected_type=type_hints["minute_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "days_of_week": days_of_week,
            "interval": interval,
            "run_after": run_after,
            "run_until": run_until,
        }
        if hour_interval is not None:
            self._values["hour_interval"] = hour_interval
        if minute_interval is not None:
            self._values["minute_interval"] = minute_interval

    @builtins.property
    def days_of_week(self) -> typing.List[builtins.str]:
        '''The days of the week to run the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_of_week ProjectScheduledTrigger#days_of_week}
        '''
        result = self._values.get("days_of_week")
        assert result is not None, "Required property 'days_of_week' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def interval(self) -> builtins.str:
        '''The interval in minutes to run the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#interval ProjectScheduledTrigger#interval}
        '''
        result = self._values.get("interval")
        assert result is not None, "Required property 'interval' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def run_after(self) -> builtins.str:
        '''The time of day to start the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_after ProjectScheduledTrigger#run_after}
        '''
        result = self._values.get("run_after")
        assert result is not None, "Required property 'run_after' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def run_until(self) -> builtins.str:
        '''The time of day to end the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#run_until ProjectScheduledTrigger#run_until}
        '''
        result = self._values.get("run_until")
        assert result is not None, "Required property 'run_until' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def hour_interval(self) -> typing.Optional[jsii.Number]:
        '''How often to run the trigger in hours. Only used when the interval is set to 'OnceHourly'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#hour_interval ProjectScheduledTrigger#hour_interval}
        '''
        result = self._values.get("hour_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minute_interval(self) -> typing.Optional[jsii.Number]:
        '''How often to run the trigger in minutes. Only used when the interval is set to 'OnceEveryMinute'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#minute_interval ProjectScheduledTrigger#minute_interval}
        '''
        result = self._values.get("minute_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerContinuousDailySchedule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectScheduledTriggerContinuousDailyScheduleOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerContinuousDailyScheduleOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1adf9c3aa937668cc7e5169a579fefbd2a012b3b6c17727f3892ff0ee539b6cf)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetHourInterval")
    def reset_hour_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHourInterval", []))

    @jsii.member(jsii_name="resetMinuteInterval")
    def reset_minute_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMinuteInterval", []))

    @builtins.property
    @jsii.member(jsii_name="daysOfWeekInput")
    def days_of_week_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "daysOfWeekInput"))

    @builtins.property
    @jsii.member(jsii_name="hourIntervalInput")
    def hour_interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "hourIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="intervalInput")
    def interval_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "intervalInput"))

    @builtins.property
    @jsii.member(jsii_name="minuteIntervalInput")
    def minute_interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "minuteIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="runAfterInput")
    def run_after_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "runAfterInput"))

    @builtins.property
    @jsii.member(jsii_name="runUntilInput")
    def run_until_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "runUntilInput"))

    @builtins.property
    @jsii.member(jsii_name="daysOfWeek")
    def days_of_week(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "daysOfWeek"))

    @days_of_week.setter
    def days_of_week(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bec96920591c3535106a5da41ec13621c3d1b64dffb3f76e1d3c7460fd58f349)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "daysOfWeek", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hourInterval")
    def hour_interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "hourInterval"))

    @hour_interval.setter
    def hour_interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6931a67eeaa1069c99176bd6494c2222368051228068a39cda790847fc001f35)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hourInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="interval")
    def interval(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "interval"))

    @interval.setter
    def interval(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a3523a8020505025d4cd865cac1d6a9dff25d1dbcfea43cffdfad4ea1cb672b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "interval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="minuteInterval")
    def minute_interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "minuteInterval"))

    @minute_interval.setter
    def minute_interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__933a95975223ab0acdbd98dfe2e8c5b3fb52cdcf6e0faba31a7519020660d8af)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "minuteInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="runAfter")
    def run_after(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runAfter"))

    @run_after.setter
    def run_after(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1e4af94a4a46170283b03f7db2c3a3440c8b1ec4f7e0a5dbd12ff77c0f682170)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runAfter", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="runUntil")
    def run_until(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runUntil"))

    @run_until.setter
    def run_until(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6dfe36f012ac71072c0e90d59704a09f8ddce8e7cf25484881120465d29801f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runUntil", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProjectScheduledTriggerContinuousDailySchedule]:
        return typing.cast(typing.Optional[ProjectScheduledTriggerContinuousDailySchedule], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProjectScheduledTriggerContinuousDailySchedule],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e8d20658d7fe96486b0460efe7375dae65e241cefe01ad2dfcbbd2990e1c779)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerCronExpressionSchedule",
    jsii_struct_bases=[],
    name_mapping={"cron_expression": "cronExpression"},
)
class ProjectScheduledTriggerCronExpressionSchedule:
    def __init__(self, *, cron_expression: builtins.str) -> None:
        '''
        :param cron_expression: The cron expression for the schedule. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#cron_expression ProjectScheduledTrigger#cron_expression}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3776a38b43bbcc4c9018dcc441206b937e8366f1420c9626dba455aa636d14be)
            check_type(argname="argument cron_expression", value=cron_expression, expected_type=type_hints["cron_expression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cron_expression": cron_expression,
        }

    @builtins.property
    def cron_expression(self) -> builtins.str:
        '''The cron expression for the schedule.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#cron_expression ProjectScheduledTrigger#cron_expression}
        '''
        result = self._values.get("cron_expression")
        assert result is not None, "Required property 'cron_expression' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerCronExpressionSchedule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectScheduledTriggerCronExpressionScheduleOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerCronExpressionScheduleOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__43cc119c25196d06b3b771f7c2127b33f08ef5c34cd129d459842770b766d0ef)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="cronExpressionInput")
    def cron_expression_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cronExpressionInput"))

    @builtins.property
    @jsii.member(jsii_name="cronExpression")
    def cron_expression(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cronExpression"))

    @cron_expression.setter
    def cron_expression(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__37a18ff5e07ca6f15e0c9a277b4343f2112ad862f81cd580c784670503694c7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cronExpression", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProjectScheduledTriggerCronExpressionSchedule]:
        return typing.cast(typing.Optional[ProjectScheduledTriggerCronExpressionSchedule], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProjectScheduledTriggerCronExpressionSchedule],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5e34c728136a1992e03af9d77e0ea883738e616343441cf4efb2b7753c1684b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerDaysPerMonthSchedule",
    jsii_struct_bases=[],
    name_mapping={
        "monthly_schedule_type": "monthlyScheduleType",
        "start_time": "startTime",
        "date_of_month": "dateOfMonth",
        "day_number_of_month": "dayNumberOfMonth",
        "day_of_week": "dayOfWeek",
    },
)
class ProjectScheduledTriggerDaysPerMonthSchedule:
    def __init__(
        self,
        *,
        monthly_schedule_type: builtins.str,
        start_time: builtins.str,
        date_of_month: typing.Optional[builtins.str] = None,
        day_number_of_month: typing.Optional[builtins.str] = None,
        day_of_week: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param monthly_schedule_type: The type of monthly schedule to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#monthly_schedule_type ProjectScheduledTrigger#monthly_schedule_type}
        :param start_time: The time of day to start the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#start_time ProjectScheduledTrigger#start_time}
        :param date_of_month: Which date of the month to run the trigger. String number between 1 - 31 Incl. or L for the last day of the month. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#date_of_month ProjectScheduledTrigger#date_of_month}
        :param day_number_of_month: Which ordinal day of the week to run the trigger on. String number between 1 - 4 Incl. or L for the last occurrence of day_of_week for the month. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#day_number_of_month ProjectScheduledTrigger#day_number_of_month}
        :param day_of_week: Which day of the week to run the trigger on. Required when monthly_schedule_type is set to 'DayOfMonth'. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#day_of_week ProjectScheduledTrigger#day_of_week}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4468c42b55b61037b5387d454b5e745255b11ba9dc43e22562c26e9cd26f317a)
            check_type(argname="argument monthly_schedule_type", value=monthly_schedule_type, expected_type=type_hints["monthly_schedule_type"])
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
            check_type(argname="argument date_of_month", value=date_of_month, expected_type=type_hints["date_of_month"])
            check_type(argname="argument day_number_of_month", value=day_number_of_month, expected_type=type_hints["day_number_of_month"])
            check_type(argname="argument day_of_week", value=day_of_week, expected_type=type_hints["day_of_week"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "monthly_schedule_type": monthly_schedule_type,
            "start_time": start_time,
        }
        if date_of_month is not None:
            self._values["date_of_month"] = date_of_month
        if day_number_of_month is not None:
            self._values["day_number_of_month"] = day_number_of_month
        if day_of_week is not None:
            self._values["day_of_week"] = day_of_week

    @builtins.property
    def monthly_schedule_type(self) -> builtins.str:
        '''The type of monthly schedule to run the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#monthly_schedule_type ProjectScheduledTrigger#monthly_schedule_type}
        '''
        result = self._values.get("monthly_schedule_type")
        assert result is not None, "Required property 'monthly_schedule_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def start_time(self) -> builtins.str:
        '''The time of day to start the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#start_time ProjectScheduledTrigger#start_time}
        '''
        result = self._values.get("start_time")
        assert result is not None, "Required property 'start_time' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def date_of_month(self) -> typing.Optional[builtins.str]:
        '''Which date of the month to run the trigger.

        String number between 1 - 31 Incl. or L for the last day of the month.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#date_of_month ProjectScheduledTrigger#date_of_month}
        '''
        result = self._values.get("date_of_month")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def day_number_of_month(self) -> typing.Optional[builtins.str]:
        '''Which ordinal day of the week to run the trigger on.

        String number between 1 - 4 Incl. or L for the last occurrence of day_of_week for the month.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#day_number_of_month ProjectScheduledTrigger#day_number_of_month}
        '''
        result = self._values.get("day_number_of_month")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def day_of_week(self) -> typing.Optional[builtins.str]:
        '''Which day of the week to run the trigger on. Required when monthly_schedule_type is set to 'DayOfMonth'.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#day_of_week ProjectScheduledTrigger#day_of_week}
        '''
        result = self._values.get("day_of_week")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerDaysPerMonthSchedule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectScheduledTriggerDaysPerMonthScheduleOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerDaysPerMonthScheduleOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__09c5e681ed05d564469d910d749ecfdfd4840e37201588f173b24ad527184b94)
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
    @jsii.member(jsii_name="monthlyScheduleTypeInput")
    def monthly_schedule_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "monthlyScheduleTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="startTimeInput")
    def start_time_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "startTimeInput"))

    @builtins.property
    @jsii.member(jsii_name="dateOfMonth")
    def date_of_month(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dateOfMonth"))

    @date_of_month.setter
    def date_of_month(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9c0ec22fa975303551ca13ee661cf8e8449f6aecba1e6a1703db8c6e3ab4737)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dateOfMonth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dayNumberOfMonth")
    def day_number_of_month(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dayNumberOfMonth"))

    @day_number_of_month.setter
    def day_number_of_month(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9304781f7971c582da2d66e631a7db11520bdb80abd740c6b2b19891f6137ecd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dayNumberOfMonth", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dayOfWeek")
    def day_of_week(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dayOfWeek"))

    @day_of_week.setter
    def day_of_week(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d1cbcdc0401ec0628602372d9e0a9b276e427d1708f917109d83cb6e271838e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dayOfWeek", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="monthlyScheduleType")
    def monthly_schedule_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "monthlyScheduleType"))

    @monthly_schedule_type.setter
    def monthly_schedule_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__76689d3d2fc1fa2e1d1206b602232de5a05ed39880af3fe614ebcc87f245ac5e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "monthlyScheduleType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="startTime")
    def start_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "startTime"))

    @start_time.setter
    def start_time(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00556b86f4e043b51a462df298571020ef1a77d87a9f4f6779ab3f92600674e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "startTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProjectScheduledTriggerDaysPerMonthSchedule]:
        return typing.cast(typing.Optional[ProjectScheduledTriggerDaysPerMonthSchedule], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProjectScheduledTriggerDaysPerMonthSchedule],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c18da492a826e487313435acd9f7d46ea39474551300c0c1f05b484e630509b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerDeployLatestReleaseAction",
    jsii_struct_bases=[],
    name_mapping={
        "destination_environment_id": "destinationEnvironmentId",
        "source_environment_id": "sourceEnvironmentId",
        "should_redeploy": "shouldRedeploy",
    },
)
class ProjectScheduledTriggerDeployLatestReleaseAction:
    def __init__(
        self,
        *,
        destination_environment_id: builtins.str,
        source_environment_id: builtins.str,
        should_redeploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param destination_environment_id: The environment ID to deploy the selected release to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#destination_environment_id ProjectScheduledTrigger#destination_environment_id}
        :param source_environment_id: The environment ID to use when selecting the release to deploy from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#source_environment_id ProjectScheduledTrigger#source_environment_id}
        :param should_redeploy: Enable to re-deploy to the deployment targets even if they are already up-to-date with the current deployment. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#should_redeploy ProjectScheduledTrigger#should_redeploy}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6805e2cc0f0147d04f9aa96cfccb2e0c130c57007146ae6c5d38736e629e46f1)
            check_type(argname="argument destination_environment_id", value=destination_environment_id, expected_type=type_hints["destination_environment_id"])
            check_type(argname="argument source_environment_id", value=source_environment_id, expected_type=type_hints["source_environment_id"])
            check_type(argname="argument should_redeploy", value=should_redeploy, expected_type=type_hints["should_redeploy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination_environment_id": destination_environment_id,
            "source_environment_id": source_environment_id,
        }
        if should_redeploy is not None:
            self._values["should_redeploy"] = should_redeploy

    @builtins.property
    def destination_environment_id(self) -> builtins.str:
        '''The environment ID to deploy the selected release to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#destination_environment_id ProjectScheduledTrigger#destination_environment_id}
        '''
        result = self._values.get("destination_environment_id")
        assert result is not None, "Required property 'destination_environment_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source_environment_id(self) -> builtins.str:
        '''The environment ID to use when selecting the release to deploy from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#source_environment_id ProjectScheduledTrigger#source_environment_id}
        '''
        result = self._values.get("source_environment_id")
        assert result is not None, "Required property 'source_environment_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def should_redeploy(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Enable to re-deploy to the deployment targets even if they are already up-to-date with the current deployment.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#should_redeploy ProjectScheduledTrigger#should_redeploy}
        '''
        result = self._values.get("should_redeploy")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerDeployLatestReleaseAction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectScheduledTriggerDeployLatestReleaseActionOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerDeployLatestReleaseActionOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d7901d283e38ffb1e65e1de31a0ca3a0527db40ccba8affd572fa087e58f4d97)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetShouldRedeploy")
    def reset_should_redeploy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShouldRedeploy", []))

    @builtins.property
    @jsii.member(jsii_name="destinationEnvironmentIdInput")
    def destination_environment_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationEnvironmentIdInput"))

    @builtins.property
    @jsii.member(jsii_name="shouldRedeployInput")
    def should_redeploy_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "shouldRedeployInput"))

    @builtins.property
    @jsii.member(jsii_name="sourceEnvironmentIdInput")
    def source_environment_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sourceEnvironmentIdInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationEnvironmentId")
    def destination_environment_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destinationEnvironmentId"))

    @destination_environment_id.setter
    def destination_environment_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53ef77405202ac66a84cbb128b43c51dd786dc140d399255d0cf59463e5f5c82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationEnvironmentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shouldRedeploy")
    def should_redeploy(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "shouldRedeploy"))

    @should_redeploy.setter
    def should_redeploy(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7d7fe333f04769b15c79fa02887ce3eced39e16790274a4ca9f931894fe4cfb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shouldRedeploy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sourceEnvironmentId")
    def source_environment_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sourceEnvironmentId"))

    @source_environment_id.setter
    def source_environment_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed6203d2492cfebd5430ed96a0bfac586f86995cf065a5346f1a47e5094cfd9a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sourceEnvironmentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProjectScheduledTriggerDeployLatestReleaseAction]:
        return typing.cast(typing.Optional[ProjectScheduledTriggerDeployLatestReleaseAction], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProjectScheduledTriggerDeployLatestReleaseAction],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cdf65befc0dd71a3d14385c91630444a8db4a1b2ee3fa91c5e0001bb5526ea68)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerDeployNewReleaseAction",
    jsii_struct_bases=[],
    name_mapping={
        "destination_environment_id": "destinationEnvironmentId",
        "git_reference": "gitReference",
    },
)
class ProjectScheduledTriggerDeployNewReleaseAction:
    def __init__(
        self,
        *,
        destination_environment_id: builtins.str,
        git_reference: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_environment_id: The environment ID to deploy the selected release to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#destination_environment_id ProjectScheduledTrigger#destination_environment_id}
        :param git_reference: The git reference to use when creating the release. Can be a branch, tag, or commit hash. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#git_reference ProjectScheduledTrigger#git_reference}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a309d7a4ba5ed3f99c63067c977d00cb1dd67319143fd34f3df94489ddc26e6e)
            check_type(argname="argument destination_environment_id", value=destination_environment_id, expected_type=type_hints["destination_environment_id"])
            check_type(argname="argument git_reference", value=git_reference, expected_type=type_hints["git_reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination_environment_id": destination_environment_id,
        }
        if git_reference is not None:
            self._values["git_reference"] = git_reference

    @builtins.property
    def destination_environment_id(self) -> builtins.str:
        '''The environment ID to deploy the selected release to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#destination_environment_id ProjectScheduledTrigger#destination_environment_id}
        '''
        result = self._values.get("destination_environment_id")
        assert result is not None, "Required property 'destination_environment_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def git_reference(self) -> typing.Optional[builtins.str]:
        '''The git reference to use when creating the release. Can be a branch, tag, or commit hash.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#git_reference ProjectScheduledTrigger#git_reference}
        '''
        result = self._values.get("git_reference")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerDeployNewReleaseAction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectScheduledTriggerDeployNewReleaseActionOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerDeployNewReleaseActionOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b0e35da854e82f45310170c74e781b8169e983235e7348077bd17d00e7fe42e0)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetGitReference")
    def reset_git_reference(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitReference", []))

    @builtins.property
    @jsii.member(jsii_name="destinationEnvironmentIdInput")
    def destination_environment_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationEnvironmentIdInput"))

    @builtins.property
    @jsii.member(jsii_name="gitReferenceInput")
    def git_reference_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "gitReferenceInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationEnvironmentId")
    def destination_environment_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destinationEnvironmentId"))

    @destination_environment_id.setter
    def destination_environment_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83e279ddb788e3e867202919edcd666aa7dd0fe4c2a55a6e57642b452e22350e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationEnvironmentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitReference")
    def git_reference(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitReference"))

    @git_reference.setter
    def git_reference(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8c13e886b9470d169da52fe5dc2a59b9411e5ff1ceb6e423c8a15efeadfe011)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitReference", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProjectScheduledTriggerDeployNewReleaseAction]:
        return typing.cast(typing.Optional[ProjectScheduledTriggerDeployNewReleaseAction], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProjectScheduledTriggerDeployNewReleaseAction],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__712f092fe3082163dbe6a844a3a228b8d823caae566f64c17411e3d086e05083)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerOnceDailySchedule",
    jsii_struct_bases=[],
    name_mapping={"days_of_week": "daysOfWeek", "start_time": "startTime"},
)
class ProjectScheduledTriggerOnceDailySchedule:
    def __init__(
        self,
        *,
        days_of_week: typing.Sequence[builtins.str],
        start_time: builtins.str,
    ) -> None:
        '''
        :param days_of_week: The days of the week to run the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_of_week ProjectScheduledTrigger#days_of_week}
        :param start_time: The time of day to start the trigger. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#start_time ProjectScheduledTrigger#start_time}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac56523d6f13bc49a2df47536c60d69d5acddb5395dcc8f222e9e4fdc2ce4616)
            check_type(argname="argument days_of_week", value=days_of_week, expected_type=type_hints["days_of_week"])
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "days_of_week": days_of_week,
            "start_time": start_time,
        }

    @builtins.property
    def days_of_week(self) -> typing.List[builtins.str]:
        '''The days of the week to run the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#days_of_week ProjectScheduledTrigger#days_of_week}
        '''
        result = self._values.get("days_of_week")
        assert result is not None, "Required property 'days_of_week' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def start_time(self) -> builtins.str:
        '''The time of day to start the trigger.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#start_time ProjectScheduledTrigger#start_time}
        '''
        result = self._values.get("start_time")
        assert result is not None, "Required property 'start_time' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerOnceDailySchedule(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectScheduledTriggerOnceDailyScheduleOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerOnceDailyScheduleOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__5485ae8b78e0d7bf0fd3a60bc87acffd0da5b0861c26d0ad7d20f0fa37eeb3d6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="daysOfWeekInput")
    def days_of_week_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "daysOfWeekInput"))

    @builtins.property
    @jsii.member(jsii_name="startTimeInput")
    def start_time_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "startTimeInput"))

    @builtins.property
    @jsii.member(jsii_name="daysOfWeek")
    def days_of_week(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "daysOfWeek"))

    @days_of_week.setter
    def days_of_week(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7b6366d1f13cda567bad9fcc5f031bc68fd2ddf7842227ee691b2d54e9aaa38b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "daysOfWeek", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="startTime")
    def start_time(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "startTime"))

    @start_time.setter
    def start_time(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c64ab536d03c37008a882fe1394eafb1bee908a63adbe45a67e0df5e1625865d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "startTime", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProjectScheduledTriggerOnceDailySchedule]:
        return typing.cast(typing.Optional[ProjectScheduledTriggerOnceDailySchedule], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProjectScheduledTriggerOnceDailySchedule],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7885d47f77ca4ef38cfdf7d775b761e3efb3516d7ca0e9d5d9c2e5720a5466e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerRunRunbookAction",
    jsii_struct_bases=[],
    name_mapping={
        "runbook_id": "runbookId",
        "target_environment_ids": "targetEnvironmentIds",
    },
)
class ProjectScheduledTriggerRunRunbookAction:
    def __init__(
        self,
        *,
        runbook_id: builtins.str,
        target_environment_ids: typing.Sequence[builtins.str],
    ) -> None:
        '''
        :param runbook_id: The ID of the runbook to run. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#runbook_id ProjectScheduledTrigger#runbook_id}
        :param target_environment_ids: The IDs of the environments to run the runbook in. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#target_environment_ids ProjectScheduledTrigger#target_environment_ids}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3571217db4a40cc483141bad7725640ce67c706cd9b36756730db7138ca6fff1)
            check_type(argname="argument runbook_id", value=runbook_id, expected_type=type_hints["runbook_id"])
            check_type(argname="argument target_environment_ids", value=target_environment_ids, expected_type=type_hints["target_environment_ids"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "runbook_id": runbook_id,
            "target_environment_ids": target_environment_ids,
        }

    @builtins.property
    def runbook_id(self) -> builtins.str:
        '''The ID of the runbook to run.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#runbook_id ProjectScheduledTrigger#runbook_id}
        '''
        result = self._values.get("runbook_id")
        assert result is not None, "Required property 'runbook_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_environment_ids(self) -> typing.List[builtins.str]:
        '''The IDs of the environments to run the runbook in.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project_scheduled_trigger#target_environment_ids ProjectScheduledTrigger#target_environment_ids}
        '''
        result = self._values.get("target_environment_ids")
        assert result is not None, "Required property 'target_environment_ids' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectScheduledTriggerRunRunbookAction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectScheduledTriggerRunRunbookActionOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.projectScheduledTrigger.ProjectScheduledTriggerRunRunbookActionOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ec8e92b53d0f24da69aa45323ce40471314760affcf52e6178eb2a6a9e812e04)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="runbookIdInput")
    def runbook_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "runbookIdInput"))

    @builtins.property
    @jsii.member(jsii_name="targetEnvironmentIdsInput")
    def target_environment_ids_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "targetEnvironmentIdsInput"))

    @builtins.property
    @jsii.member(jsii_name="runbookId")
    def runbook_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runbookId"))

    @runbook_id.setter
    def runbook_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__509738dfc2b1aa8ebe5adeba36f320d8f158404ac4b75666fcc84414a0fc8848)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runbookId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="targetEnvironmentIds")
    def target_environment_ids(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "targetEnvironmentIds"))

    @target_environment_ids.setter
    def target_environment_ids(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a41d5473e80608d0a36c23717ac2dd78e3cf8a493f23fd39569f6463bd4c762b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "targetEnvironmentIds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[ProjectScheduledTriggerRunRunbookAction]:
        return typing.cast(typing.Optional[ProjectScheduledTriggerRunRunbookAction], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[ProjectScheduledTriggerRunRunbookAction],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68d6257b5bbcedabf85a7b83851f37505ca48e82b805fc0f07129a76a771091a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "ProjectScheduledTrigger",
    "ProjectScheduledTriggerConfig",
    "ProjectScheduledTriggerContinuousDailySchedule",
    "ProjectScheduledTriggerContinuousDailyScheduleOutputReference",
    "ProjectScheduledTriggerCronExpressionSchedule",
    "ProjectScheduledTriggerCronExpressionScheduleOutputReference",
    "ProjectScheduledTriggerDaysPerMonthSchedule",
    "ProjectScheduledTriggerDaysPerMonthScheduleOutputReference",
    "ProjectScheduledTriggerDeployLatestReleaseAction",
    "ProjectScheduledTriggerDeployLatestReleaseActionOutputReference",
    "ProjectScheduledTriggerDeployNewReleaseAction",
    "ProjectScheduledTriggerDeployNewReleaseActionOutputReference",
    "ProjectScheduledTriggerOnceDailySchedule",
    "ProjectScheduledTriggerOnceDailyScheduleOutputReference",
    "ProjectScheduledTriggerRunRunbookAction",
    "ProjectScheduledTriggerRunRunbookActionOutputReference",
]

publication.publish()

def _typecheckingstub__8322d6c171bd24f9cbd971684cd9a329bb22dbec3150ea52cdef2d50dd4f5606(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    project_id: builtins.str,
    space_id: builtins.str,
    channel_id: typing.Optional[builtins.str] = None,
    continuous_daily_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerContinuousDailySchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    cron_expression_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerCronExpressionSchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    days_per_month_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerDaysPerMonthSchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    deploy_latest_release_action: typing.Optional[typing.Union[ProjectScheduledTriggerDeployLatestReleaseAction, typing.Dict[builtins.str, typing.Any]]] = None,
    deploy_new_release_action: typing.Optional[typing.Union[ProjectScheduledTriggerDeployNewReleaseAction, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    once_daily_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerOnceDailySchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    run_runbook_action: typing.Optional[typing.Union[ProjectScheduledTriggerRunRunbookAction, typing.Dict[builtins.str, typing.Any]]] = None,
    tenant_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    timezone: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__6b7794e0ce9a481876357d4e79aba4c3662c06bc99bb5f47a9cfd1806d9e2ab7(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a074cd0b6a0084f61d3d18e8047d2d00a2be86cb11262606f5ff6b50a1747009(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38486cf898207e225405ff62eb482b42845c0d28654f2b457aa96d3e389cace8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__123aefa254c6fb3c1234b63c977f85bfe179670892af1466635fbef74a3d55da(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea4dca725c9990095c2280ba8401d298987da35082903e29f277adf49b08c58a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74622002d96d52e2ceb497675e2c5d6a759c4abad21a5ef6e39f8f0f6219b55a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0780a453998a1056488d7921f8e449de88aaec0b2764ccdc4e68c709d551f064(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ab819f0835b5e7fd389aa51b33593972f477de83341654f4f32bb2dd5d466c9(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0e11d5f9ac888e3a6846ad13c4ac39bfa6f17cfe80992ad288faa229d387c1d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f6fd2bb9bd21a5ab1e6eda5d58466a0f628412dc700d16b2776f50ade586eb9(
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
    space_id: builtins.str,
    channel_id: typing.Optional[builtins.str] = None,
    continuous_daily_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerContinuousDailySchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    cron_expression_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerCronExpressionSchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    days_per_month_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerDaysPerMonthSchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    deploy_latest_release_action: typing.Optional[typing.Union[ProjectScheduledTriggerDeployLatestReleaseAction, typing.Dict[builtins.str, typing.Any]]] = None,
    deploy_new_release_action: typing.Optional[typing.Union[ProjectScheduledTriggerDeployNewReleaseAction, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    once_daily_schedule: typing.Optional[typing.Union[ProjectScheduledTriggerOnceDailySchedule, typing.Dict[builtins.str, typing.Any]]] = None,
    run_runbook_action: typing.Optional[typing.Union[ProjectScheduledTriggerRunRunbookAction, typing.Dict[builtins.str, typing.Any]]] = None,
    tenant_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    timezone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d4258ded29148e95e694cd3227f1883a0f24e95bcd299d03047c722c5495ca6(
    *,
    days_of_week: typing.Sequence[builtins.str],
    interval: builtins.str,
    run_after: builtins.str,
    run_until: builtins.str,
    hour_interval: typing.Optional[jsii.Number] = None,
    minute_interval: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1adf9c3aa937668cc7e5169a579fefbd2a012b3b6c17727f3892ff0ee539b6cf(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bec96920591c3535106a5da41ec13621c3d1b64dffb3f76e1d3c7460fd58f349(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6931a67eeaa1069c99176bd6494c2222368051228068a39cda790847fc001f35(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3523a8020505025d4cd865cac1d6a9dff25d1dbcfea43cffdfad4ea1cb672b6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__933a95975223ab0acdbd98dfe2e8c5b3fb52cdcf6e0faba31a7519020660d8af(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e4af94a4a46170283b03f7db2c3a3440c8b1ec4f7e0a5dbd12ff77c0f682170(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6dfe36f012ac71072c0e90d59704a09f8ddce8e7cf25484881120465d29801f5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e8d20658d7fe96486b0460efe7375dae65e241cefe01ad2dfcbbd2990e1c779(
    value: typing.Optional[ProjectScheduledTriggerContinuousDailySchedule],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3776a38b43bbcc4c9018dcc441206b937e8366f1420c9626dba455aa636d14be(
    *,
    cron_expression: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43cc119c25196d06b3b771f7c2127b33f08ef5c34cd129d459842770b766d0ef(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37a18ff5e07ca6f15e0c9a277b4343f2112ad862f81cd580c784670503694c7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e34c728136a1992e03af9d77e0ea883738e616343441cf4efb2b7753c1684b6(
    value: typing.Optional[ProjectScheduledTriggerCronExpressionSchedule],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4468c42b55b61037b5387d454b5e745255b11ba9dc43e22562c26e9cd26f317a(
    *,
    monthly_schedule_type: builtins.str,
    start_time: builtins.str,
    date_of_month: typing.Optional[builtins.str] = None,
    day_number_of_month: typing.Optional[builtins.str] = None,
    day_of_week: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09c5e681ed05d564469d910d749ecfdfd4840e37201588f173b24ad527184b94(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9c0ec22fa975303551ca13ee661cf8e8449f6aecba1e6a1703db8c6e3ab4737(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9304781f7971c582da2d66e631a7db11520bdb80abd740c6b2b19891f6137ecd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d1cbcdc0401ec0628602372d9e0a9b276e427d1708f917109d83cb6e271838e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76689d3d2fc1fa2e1d1206b602232de5a05ed39880af3fe614ebcc87f245ac5e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00556b86f4e043b51a462df298571020ef1a77d87a9f4f6779ab3f92600674e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c18da492a826e487313435acd9f7d46ea39474551300c0c1f05b484e630509b2(
    value: typing.Optional[ProjectScheduledTriggerDaysPerMonthSchedule],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6805e2cc0f0147d04f9aa96cfccb2e0c130c57007146ae6c5d38736e629e46f1(
    *,
    destination_environment_id: builtins.str,
    source_environment_id: builtins.str,
    should_redeploy: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7901d283e38ffb1e65e1de31a0ca3a0527db40ccba8affd572fa087e58f4d97(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53ef77405202ac66a84cbb128b43c51dd786dc140d399255d0cf59463e5f5c82(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7d7fe333f04769b15c79fa02887ce3eced39e16790274a4ca9f931894fe4cfb(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed6203d2492cfebd5430ed96a0bfac586f86995cf065a5346f1a47e5094cfd9a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdf65befc0dd71a3d14385c91630444a8db4a1b2ee3fa91c5e0001bb5526ea68(
    value: typing.Optional[ProjectScheduledTriggerDeployLatestReleaseAction],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a309d7a4ba5ed3f99c63067c977d00cb1dd67319143fd34f3df94489ddc26e6e(
    *,
    destination_environment_id: builtins.str,
    git_reference: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0e35da854e82f45310170c74e781b8169e983235e7348077bd17d00e7fe42e0(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83e279ddb788e3e867202919edcd666aa7dd0fe4c2a55a6e57642b452e22350e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8c13e886b9470d169da52fe5dc2a59b9411e5ff1ceb6e423c8a15efeadfe011(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__712f092fe3082163dbe6a844a3a228b8d823caae566f64c17411e3d086e05083(
    value: typing.Optional[ProjectScheduledTriggerDeployNewReleaseAction],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac56523d6f13bc49a2df47536c60d69d5acddb5395dcc8f222e9e4fdc2ce4616(
    *,
    days_of_week: typing.Sequence[builtins.str],
    start_time: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5485ae8b78e0d7bf0fd3a60bc87acffd0da5b0861c26d0ad7d20f0fa37eeb3d6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b6366d1f13cda567bad9fcc5f031bc68fd2ddf7842227ee691b2d54e9aaa38b(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c64ab536d03c37008a882fe1394eafb1bee908a63adbe45a67e0df5e1625865d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7885d47f77ca4ef38cfdf7d775b761e3efb3516d7ca0e9d5d9c2e5720a5466e4(
    value: typing.Optional[ProjectScheduledTriggerOnceDailySchedule],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3571217db4a40cc483141bad7725640ce67c706cd9b36756730db7138ca6fff1(
    *,
    runbook_id: builtins.str,
    target_environment_ids: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec8e92b53d0f24da69aa45323ce40471314760affcf52e6178eb2a6a9e812e04(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__509738dfc2b1aa8ebe5adeba36f320d8f158404ac4b75666fcc84414a0fc8848(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a41d5473e80608d0a36c23717ac2dd78e3cf8a493f23fd39569f6463bd4c762b(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68d6257b5bbcedabf85a7b83851f37505ca48e82b805fc0f07129a76a771091a(
    value: typing.Optional[ProjectScheduledTriggerRunRunbookAction],
) -> None:
    """Type checking stubs"""
    pass
