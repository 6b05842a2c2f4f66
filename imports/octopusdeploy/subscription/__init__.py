r'''
# `octopusdeploy_subscription`

Refer to the Terraform Registry for docs: [`octopusdeploy_subscription`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription).
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


class Subscription(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.subscription.Subscription",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription octopusdeploy_subscription}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        event_notification_subscription: typing.Union["SubscriptionEventNotificationSubscription", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        space_id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription octopusdeploy_subscription} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param event_notification_subscription: Event notification configuration for this subscription. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_notification_subscription Subscription#event_notification_subscription}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#name Subscription#name}
        :param is_disabled: Whether this subscription is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#is_disabled Subscription#is_disabled}
        :param space_id: The space ID associated with this subscription. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#space_id Subscription#space_id}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b6d2001dded8610ce953ddadfd63eee01e19062719364fd37f8cb42c4d708719)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = SubscriptionConfig(
            event_notification_subscription=event_notification_subscription,
            name=name,
            is_disabled=is_disabled,
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
        '''Generates CDKTF code for importing a Subscription resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Subscription to import.
        :param import_from_id: The id of the existing Subscription that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Subscription to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9681d3647788a7e7a5b50084b19238a223127eeac9a3a39dd623b6fefeb59dfe)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putEventNotificationSubscription")
    def put_event_notification_subscription(
        self,
        *,
        email_frequency_period: typing.Optional[builtins.str] = None,
        email_priority: typing.Optional[builtins.str] = None,
        email_show_dates_in_timezone_id: typing.Optional[builtins.str] = None,
        email_teams: typing.Optional[typing.Sequence[builtins.str]] = None,
        filter: typing.Optional[typing.Union["SubscriptionEventNotificationSubscriptionFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        webhook_header_key: typing.Optional[builtins.str] = None,
        webhook_header_value: typing.Optional[builtins.str] = None,
        webhook_teams: typing.Optional[typing.Sequence[builtins.str]] = None,
        webhook_timeout: typing.Optional[builtins.str] = None,
        webhook_uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param email_frequency_period: How often to send email digests (e.g. '01:00:00' for hourly). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_frequency_period Subscription#email_frequency_period}
        :param email_priority: Priority of notification emails. Valid values: Normal, High, Low. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_priority Subscription#email_priority}
        :param email_show_dates_in_timezone_id: Timezone ID for dates shown in emails (e.g. 'UTC'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_show_dates_in_timezone_id Subscription#email_show_dates_in_timezone_id}
        :param email_teams: Team IDs to notify via email. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_teams Subscription#email_teams}
        :param filter: Filter criteria to limit which events trigger this subscription. When omitted, all events trigger the subscription. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#filter Subscription#filter}
        :param webhook_header_key: Custom header key to include in webhook requests. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_header_key Subscription#webhook_header_key}
        :param webhook_header_value: Custom header value to include in webhook requests. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_header_value Subscription#webhook_header_value}
        :param webhook_teams: Team IDs to notify via webhook. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_teams Subscription#webhook_teams}
        :param webhook_timeout: Timeout for webhook calls (e.g. '00:00:10' for 10 seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_timeout Subscription#webhook_timeout}
        :param webhook_uri: URI to send webhook notifications to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_uri Subscription#webhook_uri}
        '''
        value = SubscriptionEventNotificationSubscription(
            email_frequency_period=email_frequency_period,
            email_priority=email_priority,
            email_show_dates_in_timezone_id=email_show_dates_in_timezone_id,
            email_teams=email_teams,
            filter=filter,
            webhook_header_key=webhook_header_key,
            webhook_header_value=webhook_header_value,
            webhook_teams=webhook_teams,
            webhook_timeout=webhook_timeout,
            webhook_uri=webhook_uri,
        )

        return typing.cast(None, jsii.invoke(self, "putEventNotificationSubscription", [value]))

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

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
    @jsii.member(jsii_name="eventNotificationSubscription")
    def event_notification_subscription(
        self,
    ) -> "SubscriptionEventNotificationSubscriptionOutputReference":
        return typing.cast("SubscriptionEventNotificationSubscriptionOutputReference", jsii.get(self, "eventNotificationSubscription"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="eventNotificationSubscriptionInput")
    def event_notification_subscription_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "SubscriptionEventNotificationSubscription"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "SubscriptionEventNotificationSubscription"]], jsii.get(self, "eventNotificationSubscriptionInput"))

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
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__d1059bd22c36662302d86b7eb7d2e9f26b89e6c825184032fc374d40cffccaa4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b03e420f442b9839485b2e80018c0c840b92b4cbab987913a51b52dc45c75848)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4802646d391e0432493ab8fbc3c5fc4ebf1d0c8f2b2869788042e9a02504cdf8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.subscription.SubscriptionConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "event_notification_subscription": "eventNotificationSubscription",
        "name": "name",
        "is_disabled": "isDisabled",
        "space_id": "spaceId",
    },
)
class SubscriptionConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        event_notification_subscription: typing.Union["SubscriptionEventNotificationSubscription", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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
        :param event_notification_subscription: Event notification configuration for this subscription. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_notification_subscription Subscription#event_notification_subscription}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#name Subscription#name}
        :param is_disabled: Whether this subscription is disabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#is_disabled Subscription#is_disabled}
        :param space_id: The space ID associated with this subscription. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#space_id Subscription#space_id}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(event_notification_subscription, dict):
            event_notification_subscription = SubscriptionEventNotificationSubscription(**event_notification_subscription)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8e2c08487f9e52ddd9d20f45edfde1713505424f98a9733499d8d32c9157ccd)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument event_notification_subscription", value=event_notification_subscription, expected_type=type_hints["event_notification_subscription"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "event_notification_subscription": event_notification_subscription,
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
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
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
    def event_notification_subscription(
        self,
    ) -> "SubscriptionEventNotificationSubscription":
        '''Event notification configuration for this subscription.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_notification_subscription Subscription#event_notification_subscription}
        '''
        result = self._values.get("event_notification_subscription")
        assert result is not None, "Required property 'event_notification_subscription' is missing"
        return typing.cast("SubscriptionEventNotificationSubscription", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#name Subscription#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether this subscription is disabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#is_disabled Subscription#is_disabled}
        '''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this subscription.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#space_id Subscription#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.subscription.SubscriptionEventNotificationSubscription",
    jsii_struct_bases=[],
    name_mapping={
        "email_frequency_period": "emailFrequencyPeriod",
        "email_priority": "emailPriority",
        "email_show_dates_in_timezone_id": "emailShowDatesInTimezoneId",
        "email_teams": "emailTeams",
        "filter": "filter",
        "webhook_header_key": "webhookHeaderKey",
        "webhook_header_value": "webhookHeaderValue",
        "webhook_teams": "webhookTeams",
        "webhook_timeout": "webhookTimeout",
        "webhook_uri": "webhookUri",
    },
)
class SubscriptionEventNotificationSubscription:
    def __init__(
        self,
        *,
        email_frequency_period: typing.Optional[builtins.str] = None,
        email_priority: typing.Optional[builtins.str] = None,
        email_show_dates_in_timezone_id: typing.Optional[builtins.str] = None,
        email_teams: typing.Optional[typing.Sequence[builtins.str]] = None,
        filter: typing.Optional[typing.Union["SubscriptionEventNotificationSubscriptionFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        webhook_header_key: typing.Optional[builtins.str] = None,
        webhook_header_value: typing.Optional[builtins.str] = None,
        webhook_teams: typing.Optional[typing.Sequence[builtins.str]] = None,
        webhook_timeout: typing.Optional[builtins.str] = None,
        webhook_uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param email_frequency_period: How often to send email digests (e.g. '01:00:00' for hourly). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_frequency_period Subscription#email_frequency_period}
        :param email_priority: Priority of notification emails. Valid values: Normal, High, Low. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_priority Subscription#email_priority}
        :param email_show_dates_in_timezone_id: Timezone ID for dates shown in emails (e.g. 'UTC'). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_show_dates_in_timezone_id Subscription#email_show_dates_in_timezone_id}
        :param email_teams: Team IDs to notify via email. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_teams Subscription#email_teams}
        :param filter: Filter criteria to limit which events trigger this subscription. When omitted, all events trigger the subscription. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#filter Subscription#filter}
        :param webhook_header_key: Custom header key to include in webhook requests. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_header_key Subscription#webhook_header_key}
        :param webhook_header_value: Custom header value to include in webhook requests. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_header_value Subscription#webhook_header_value}
        :param webhook_teams: Team IDs to notify via webhook. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_teams Subscription#webhook_teams}
        :param webhook_timeout: Timeout for webhook calls (e.g. '00:00:10' for 10 seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_timeout Subscription#webhook_timeout}
        :param webhook_uri: URI to send webhook notifications to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_uri Subscription#webhook_uri}
        '''
        if isinstance(filter, dict):
            filter = SubscriptionEventNotificationSubscriptionFilter(**filter)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2772f0269e779bbba461eb14710dba8c6e4ee5f40360947ec9058967190ae786)
            check_type(argname="argument email_frequency_period", value=email_frequency_period, expected_type=type_hints["email_frequency_period"])
            check_type(argname="argument email_priority", value=email_priority, expected_type=type_hints["email_priority"])
            check_type(argname="argument email_show_dates_in_timezone_id", value=email_show_dates_in_timezone_id, expected_type=type_hints["email_show_dates_in_timezone_id"])
            check_type(argname="argument email_teams", value=email_teams, expected_type=type_hints["email_teams"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument webhook_header_key", value=webhook_header_key, expected_type=type_hints["webhook_header_key"])
            check_type(argname="argument webhook_header_value", value=webhook_header_value, expected_type=type_hints["webhook_header_value"])
            check_type(argname="argument webhook_teams", value=webhook_teams, expected_type=type_hints["webhook_teams"])
            check_type(argname="argument webhook_timeout", value=webhook_timeout, expected_type=type_hints["webhook_timeout"])
            check_type(argname="argument webhook_uri", value=webhook_uri, expected_type=type_hints["webhook_uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if email_frequency_period is not None:
            self._values["email_frequency_period"] = email_frequency_period
        if email_priority is not None:
            self._values["email_priority"] = email_priority
        if email_show_dates_in_timezone_id is not None:
            self._values["email_show_dates_in_timezone_id"] = email_show_dates_in_timezone_id
        if email_teams is not None:
            self._values["email_teams"] = email_teams
        if filter is not None:
            self._values["filter"] = filter
        if webhook_header_key is not None:
            self._values["webhook_header_key"] = webhook_header_key
        if webhook_header_value is not None:
            self._values["webhook_header_value"] = webhook_header_value
        if webhook_teams is not None:
            self._values["webhook_teams"] = webhook_teams
        if webhook_timeout is not None:
            self._values["webhook_timeout"] = webhook_timeout
        if webhook_uri is not None:
            self._values["webhook_uri"] = webhook_uri

    @builtins.property
    def email_frequency_period(self) -> typing.Optional[builtins.str]:
        '''How often to send email digests (e.g. '01:00:00' for hourly).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_frequency_period Subscription#email_frequency_period}
        '''
        result = self._values.get("email_frequency_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def email_priority(self) -> typing.Optional[builtins.str]:
        '''Priority of notification emails. Valid values: Normal, High, Low.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_priority Subscription#email_priority}
        '''
        result = self._values.get("email_priority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def email_show_dates_in_timezone_id(self) -> typing.Optional[builtins.str]:
        '''Timezone ID for dates shown in emails (e.g. 'UTC').

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_show_dates_in_timezone_id Subscription#email_show_dates_in_timezone_id}
        '''
        result = self._values.get("email_show_dates_in_timezone_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def email_teams(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Team IDs to notify via email.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#email_teams Subscription#email_teams}
        '''
        result = self._values.get("email_teams")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def filter(
        self,
    ) -> typing.Optional["SubscriptionEventNotificationSubscriptionFilter"]:
        '''Filter criteria to limit which events trigger this subscription. When omitted, all events trigger the subscription.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#filter Subscription#filter}
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["SubscriptionEventNotificationSubscriptionFilter"], result)

    @builtins.property
    def webhook_header_key(self) -> typing.Optional[builtins.str]:
        '''Custom header key to include in webhook requests.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_header_key Subscription#webhook_header_key}
        '''
        result = self._values.get("webhook_header_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def webhook_header_value(self) -> typing.Optional[builtins.str]:
        '''Custom header value to include in webhook requests.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_header_value Subscription#webhook_header_value}
        '''
        result = self._values.get("webhook_header_value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def webhook_teams(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Team IDs to notify via webhook.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_teams Subscription#webhook_teams}
        '''
        result = self._values.get("webhook_teams")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def webhook_timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for webhook calls (e.g. '00:00:10' for 10 seconds).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_timeout Subscription#webhook_timeout}
        '''
        result = self._values.get("webhook_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def webhook_uri(self) -> typing.Optional[builtins.str]:
        '''URI to send webhook notifications to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#webhook_uri Subscription#webhook_uri}
        '''
        result = self._values.get("webhook_uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionEventNotificationSubscription(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.subscription.SubscriptionEventNotificationSubscriptionFilter",
    jsii_struct_bases=[],
    name_mapping={
        "document_types": "documentTypes",
        "environments": "environments",
        "event_agents": "eventAgents",
        "event_categories": "eventCategories",
        "event_groups": "eventGroups",
        "project_groups": "projectGroups",
        "projects": "projects",
        "tags": "tags",
        "tenants": "tenants",
        "users": "users",
    },
)
class SubscriptionEventNotificationSubscriptionFilter:
    def __init__(
        self,
        *,
        document_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        event_agents: typing.Optional[typing.Sequence[builtins.str]] = None,
        event_categories: typing.Optional[typing.Sequence[builtins.str]] = None,
        event_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        project_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        projects: typing.Optional[typing.Sequence[builtins.str]] = None,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        users: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param document_types: Filter by document types (e.g. Machines, Projects, Deployments). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#document_types Subscription#document_types}
        :param environments: Filter by environment IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#environments Subscription#environments}
        :param event_agents: Filter by event agents. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_agents Subscription#event_agents}
        :param event_categories: Filter by event categories (e.g. Created, Modified, Deleted). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_categories Subscription#event_categories}
        :param event_groups: Filter by event groups. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_groups Subscription#event_groups}
        :param project_groups: Filter by project group IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#project_groups Subscription#project_groups}
        :param projects: Filter by project IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#projects Subscription#projects}
        :param tags: Filter by tenant tags. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#tags Subscription#tags}
        :param tenants: Filter by tenant IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#tenants Subscription#tenants}
        :param users: Filter by user IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#users Subscription#users}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8da77e435ddd3f5ffde21e74bfe2d94171282d22c8333450a7fc35cd4c3bed87)
            check_type(argname="argument document_types", value=document_types, expected_type=type_hints["document_types"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument event_agents", value=event_agents, expected_type=type_hints["event_agents"])
            check_type(argname="argument event_categories", value=event_categories, expected_type=type_hints["event_categories"])
            check_type(argname="argument event_groups", value=event_groups, expected_type=type_hints["event_groups"])
            check_type(argname="argument project_groups", value=project_groups, expected_type=type_hints["project_groups"])
            check_type(argname="argument projects", value=projects, expected_type=type_hints["projects"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if document_types is not None:
            self._values["document_types"] = document_types
        if environments is not None:
            self._values["environments"] = environments
        if event_agents is not None:
            self._values["event_agents"] = event_agents
        if event_categories is not None:
            self._values["event_categories"] = event_categories
        if event_groups is not None:
            self._values["event_groups"] = event_groups
        if project_groups is not None:
            self._values["project_groups"] = project_groups
        if projects is not None:
            self._values["projects"] = projects
        if tags is not None:
            self._values["tags"] = tags
        if tenants is not None:
            self._values["tenants"] = tenants
        if users is not None:
            self._values["users"] = users

    @builtins.property
    def document_types(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by document types (e.g. Machines, Projects, Deployments).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#document_types Subscription#document_types}
        '''
        result = self._values.get("document_types")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by environment IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#environments Subscription#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def event_agents(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by event agents.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_agents Subscription#event_agents}
        '''
        result = self._values.get("event_agents")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def event_categories(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by event categories (e.g. Created, Modified, Deleted).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_categories Subscription#event_categories}
        '''
        result = self._values.get("event_categories")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def event_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by event groups.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_groups Subscription#event_groups}
        '''
        result = self._values.get("event_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def project_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by project group IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#project_groups Subscription#project_groups}
        '''
        result = self._values.get("project_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def projects(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by project IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#projects Subscription#projects}
        '''
        result = self._values.get("projects")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by tenant tags.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#tags Subscription#tags}
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by tenant IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#tenants Subscription#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def users(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Filter by user IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#users Subscription#users}
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SubscriptionEventNotificationSubscriptionFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class SubscriptionEventNotificationSubscriptionFilterOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.subscription.SubscriptionEventNotificationSubscriptionFilterOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7083cdd89d5c8398f48f48eeef5c9494b4a7ddb68a883ca5d8a7eb54f396696a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetDocumentTypes")
    def reset_document_types(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDocumentTypes", []))

    @jsii.member(jsii_name="resetEnvironments")
    def reset_environments(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironments", []))

    @jsii.member(jsii_name="resetEventAgents")
    def reset_event_agents(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEventAgents", []))

    @jsii.member(jsii_name="resetEventCategories")
    def reset_event_categories(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEventCategories", []))

    @jsii.member(jsii_name="resetEventGroups")
    def reset_event_groups(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEventGroups", []))

    @jsii.member(jsii_name="resetProjectGroups")
    def reset_project_groups(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProjectGroups", []))

    @jsii.member(jsii_name="resetProjects")
    def reset_projects(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProjects", []))

    @jsii.member(jsii_name="resetTags")
    def reset_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTags", []))

    @jsii.member(jsii_name="resetTenants")
    def reset_tenants(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenants", []))

    @jsii.member(jsii_name="resetUsers")
    def reset_users(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsers", []))

    @builtins.property
    @jsii.member(jsii_name="documentTypesInput")
    def document_types_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "documentTypesInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="eventAgentsInput")
    def event_agents_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "eventAgentsInput"))

    @builtins.property
    @jsii.member(jsii_name="eventCategoriesInput")
    def event_categories_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "eventCategoriesInput"))

    @builtins.property
    @jsii.member(jsii_name="eventGroupsInput")
    def event_groups_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "eventGroupsInput"))

    @builtins.property
    @jsii.member(jsii_name="projectGroupsInput")
    def project_groups_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "projectGroupsInput"))

    @builtins.property
    @jsii.member(jsii_name="projectsInput")
    def projects_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "projectsInput"))

    @builtins.property
    @jsii.member(jsii_name="tagsInput")
    def tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tagsInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantsInput")
    def tenants_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantsInput"))

    @builtins.property
    @jsii.member(jsii_name="usersInput")
    def users_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "usersInput"))

    @builtins.property
    @jsii.member(jsii_name="documentTypes")
    def document_types(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "documentTypes"))

    @document_types.setter
    def document_types(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c04369c96bccc715f114022238c280d87dab03d4fcdf86962c1461dac0c1f869)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "documentTypes", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__099b12ce4c63fa9643b47eb13bed46efd43029ebcb29a0605b00cef298e42d62)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="eventAgents")
    def event_agents(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "eventAgents"))

    @event_agents.setter
    def event_agents(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb482f64aeab640174410b1d902ff70895eb2b5a4b597573f8fc8f4b2c9514a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "eventAgents", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="eventCategories")
    def event_categories(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "eventCategories"))

    @event_categories.setter
    def event_categories(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__15e3a397f1df6aef54347627701e6b19174bf7395aa52858f5edbb9be32f590a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "eventCategories", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="eventGroups")
    def event_groups(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "eventGroups"))

    @event_groups.setter
    def event_groups(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b021728db1469a1d986d9ebf11bff13da0dafdf702811bf9e60505ae8481381)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "eventGroups", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectGroups")
    def project_groups(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "projectGroups"))

    @project_groups.setter
    def project_groups(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ae2174e23cfbd1bd1969092c57dc632387de40009880d6d703086e049bf0d6a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectGroups", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projects")
    def projects(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "projects"))

    @projects.setter
    def projects(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5868b3e9e0df914c29cdafe30ba4013ccf6d9b03684f29ce6be9323b82be35da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projects", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tags")
    def tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tags"))

    @tags.setter
    def tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b70267f50a76f366c6c43fe9028962562c73f779266795c691afbc64346305e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b4c962e663599c7ac9844f9110e56292e27efc6fe5fba01fa273a8b2ed0e0e9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="users")
    def users(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "users"))

    @users.setter
    def users(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77829b2f20852b1d09bccd0c1427f14d1ea5840225788bb62a98a981b84a1300)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "users", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscriptionFilter]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscriptionFilter]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscriptionFilter]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f10ebf8953f14e040634599987cb766ae633698d5fb4f11785fe43eff1aadb8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class SubscriptionEventNotificationSubscriptionOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.subscription.SubscriptionEventNotificationSubscriptionOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__185b6d95248e21565299e61ab776b8c9b108887ae0a3a6271bd9b9c54b9bbe60)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putFilter")
    def put_filter(
        self,
        *,
        document_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        event_agents: typing.Optional[typing.Sequence[builtins.str]] = None,
        event_categories: typing.Optional[typing.Sequence[builtins.str]] = None,
        event_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        project_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        projects: typing.Optional[typing.Sequence[builtins.str]] = None,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        users: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param document_types: Filter by document types (e.g. Machines, Projects, Deployments). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#document_types Subscription#document_types}
        :param environments: Filter by environment IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#environments Subscription#environments}
        :param event_agents: Filter by event agents. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_agents Subscription#event_agents}
        :param event_categories: Filter by event categories (e.g. Created, Modified, Deleted). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_categories Subscription#event_categories}
        :param event_groups: Filter by event groups. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#event_groups Subscription#event_groups}
        :param project_groups: Filter by project group IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#project_groups Subscription#project_groups}
        :param projects: Filter by project IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#projects Subscription#projects}
        :param tags: Filter by tenant tags. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#tags Subscription#tags}
        :param tenants: Filter by tenant IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#tenants Subscription#tenants}
        :param users: Filter by user IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/subscription#users Subscription#users}
        '''
        value = SubscriptionEventNotificationSubscriptionFilter(
            document_types=document_types,
            environments=environments,
            event_agents=event_agents,
            event_categories=event_categories,
            event_groups=event_groups,
            project_groups=project_groups,
            projects=projects,
            tags=tags,
            tenants=tenants,
            users=users,
        )

        return typing.cast(None, jsii.invoke(self, "putFilter", [value]))

    @jsii.member(jsii_name="resetEmailFrequencyPeriod")
    def reset_email_frequency_period(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEmailFrequencyPeriod", []))

    @jsii.member(jsii_name="resetEmailPriority")
    def reset_email_priority(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEmailPriority", []))

    @jsii.member(jsii_name="resetEmailShowDatesInTimezoneId")
    def reset_email_show_dates_in_timezone_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEmailShowDatesInTimezoneId", []))

    @jsii.member(jsii_name="resetEmailTeams")
    def reset_email_teams(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEmailTeams", []))

    @jsii.member(jsii_name="resetFilter")
    def reset_filter(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFilter", []))

    @jsii.member(jsii_name="resetWebhookHeaderKey")
    def reset_webhook_header_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebhookHeaderKey", []))

    @jsii.member(jsii_name="resetWebhookHeaderValue")
    def reset_webhook_header_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebhookHeaderValue", []))

    @jsii.member(jsii_name="resetWebhookTeams")
    def reset_webhook_teams(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebhookTeams", []))

    @jsii.member(jsii_name="resetWebhookTimeout")
    def reset_webhook_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebhookTimeout", []))

    @jsii.member(jsii_name="resetWebhookUri")
    def reset_webhook_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebhookUri", []))

    @builtins.property
    @jsii.member(jsii_name="filter")
    def filter(self) -> SubscriptionEventNotificationSubscriptionFilterOutputReference:
        return typing.cast(SubscriptionEventNotificationSubscriptionFilterOutputReference, jsii.get(self, "filter"))

    @builtins.property
    @jsii.member(jsii_name="emailFrequencyPeriodInput")
    def email_frequency_period_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "emailFrequencyPeriodInput"))

    @builtins.property
    @jsii.member(jsii_name="emailPriorityInput")
    def email_priority_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "emailPriorityInput"))

    @builtins.property
    @jsii.member(jsii_name="emailShowDatesInTimezoneIdInput")
    def email_show_dates_in_timezone_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "emailShowDatesInTimezoneIdInput"))

    @builtins.property
    @jsii.member(jsii_name="emailTeamsInput")
    def email_teams_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "emailTeamsInput"))

    @builtins.property
    @jsii.member(jsii_name="filterInput")
    def filter_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscriptionFilter]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscriptionFilter]], jsii.get(self, "filterInput"))

    @builtins.property
    @jsii.member(jsii_name="webhookHeaderKeyInput")
    def webhook_header_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webhookHeaderKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="webhookHeaderValueInput")
    def webhook_header_value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webhookHeaderValueInput"))

    @builtins.property
    @jsii.member(jsii_name="webhookTeamsInput")
    def webhook_teams_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "webhookTeamsInput"))

    @builtins.property
    @jsii.member(jsii_name="webhookTimeoutInput")
    def webhook_timeout_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webhookTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="webhookUriInput")
    def webhook_uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webhookUriInput"))

    @builtins.property
    @jsii.member(jsii_name="emailFrequencyPeriod")
    def email_frequency_period(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "emailFrequencyPeriod"))

    @email_frequency_period.setter
    def email_frequency_period(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__048d1ce2c75befaba752d9982fbfaab71456c935cffc426733d4aa6e7a37498f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "emailFrequencyPeriod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="emailPriority")
    def email_priority(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "emailPriority"))

    @email_priority.setter
    def email_priority(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1acb9eaf063d7dd399a187f5133fd20b32a01f0cec5b0b9fa11bd90b564d54de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "emailPriority", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="emailShowDatesInTimezoneId")
    def email_show_dates_in_timezone_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "emailShowDatesInTimezoneId"))

    @email_show_dates_in_timezone_id.setter
    def email_show_dates_in_timezone_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__515a6c62ce5f9cc4919d08bf6f64961154427610473f1d25c256e8d25d294d1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "emailShowDatesInTimezoneId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="emailTeams")
    def email_teams(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "emailTeams"))

    @email_teams.setter
    def email_teams(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__32ad9a928d7d1c084c24282ffcb7a339bf984535223e5cd538b2abaa250dd56e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "emailTeams", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webhookHeaderKey")
    def webhook_header_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webhookHeaderKey"))

    @webhook_header_key.setter
    def webhook_header_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f1744b1645995fe74b0396bf426bacb5a5704d672a4441dd2939514feeeaca2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webhookHeaderKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webhookHeaderValue")
    def webhook_header_value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webhookHeaderValue"))

    @webhook_header_value.setter
    def webhook_header_value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__75dff5ed0446cac1f772ae3cba90f3c82a51323eb8df26228ad95a2b505c8866)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webhookHeaderValue", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webhookTeams")
    def webhook_teams(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "webhookTeams"))

    @webhook_teams.setter
    def webhook_teams(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e38bd52e41d78e03b9b9fc2184765c85facbfd58c3fe08a56eba1b21d08030d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webhookTeams", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webhookTimeout")
    def webhook_timeout(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webhookTimeout"))

    @webhook_timeout.setter
    def webhook_timeout(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e424dfd583d145bb63c30f3c561e728271f1919babfc89e525d3b41e5aae09ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webhookTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webhookUri")
    def webhook_uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webhookUri"))

    @webhook_uri.setter
    def webhook_uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b1a178b6ac9e4be6ddb4b84227704777aa42143612f15e2176b3d0a7e178ee7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webhookUri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscription]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscription]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscription]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4594a97b64e06fad224bae8bb627546032636d03829e3310a44276e2acd9536a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Subscription",
    "SubscriptionConfig",
    "SubscriptionEventNotificationSubscription",
    "SubscriptionEventNotificationSubscriptionFilter",
    "SubscriptionEventNotificationSubscriptionFilterOutputReference",
    "SubscriptionEventNotificationSubscriptionOutputReference",
]

publication.publish()

def _typecheckingstub__b6d2001dded8610ce953ddadfd63eee01e19062719364fd37f8cb42c4d708719(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    event_notification_subscription: typing.Union[SubscriptionEventNotificationSubscription, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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

def _typecheckingstub__9681d3647788a7e7a5b50084b19238a223127eeac9a3a39dd623b6fefeb59dfe(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1059bd22c36662302d86b7eb7d2e9f26b89e6c825184032fc374d40cffccaa4(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b03e420f442b9839485b2e80018c0c840b92b4cbab987913a51b52dc45c75848(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4802646d391e0432493ab8fbc3c5fc4ebf1d0c8f2b2869788042e9a02504cdf8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8e2c08487f9e52ddd9d20f45edfde1713505424f98a9733499d8d32c9157ccd(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    event_notification_subscription: typing.Union[SubscriptionEventNotificationSubscription, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    space_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2772f0269e779bbba461eb14710dba8c6e4ee5f40360947ec9058967190ae786(
    *,
    email_frequency_period: typing.Optional[builtins.str] = None,
    email_priority: typing.Optional[builtins.str] = None,
    email_show_dates_in_timezone_id: typing.Optional[builtins.str] = None,
    email_teams: typing.Optional[typing.Sequence[builtins.str]] = None,
    filter: typing.Optional[typing.Union[SubscriptionEventNotificationSubscriptionFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    webhook_header_key: typing.Optional[builtins.str] = None,
    webhook_header_value: typing.Optional[builtins.str] = None,
    webhook_teams: typing.Optional[typing.Sequence[builtins.str]] = None,
    webhook_timeout: typing.Optional[builtins.str] = None,
    webhook_uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8da77e435ddd3f5ffde21e74bfe2d94171282d22c8333450a7fc35cd4c3bed87(
    *,
    document_types: typing.Optional[typing.Sequence[builtins.str]] = None,
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    event_agents: typing.Optional[typing.Sequence[builtins.str]] = None,
    event_categories: typing.Optional[typing.Sequence[builtins.str]] = None,
    event_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    project_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    projects: typing.Optional[typing.Sequence[builtins.str]] = None,
    tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    users: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7083cdd89d5c8398f48f48eeef5c9494b4a7ddb68a883ca5d8a7eb54f396696a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c04369c96bccc715f114022238c280d87dab03d4fcdf86962c1461dac0c1f869(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__099b12ce4c63fa9643b47eb13bed46efd43029ebcb29a0605b00cef298e42d62(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb482f64aeab640174410b1d902ff70895eb2b5a4b597573f8fc8f4b2c9514a2(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15e3a397f1df6aef54347627701e6b19174bf7395aa52858f5edbb9be32f590a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b021728db1469a1d986d9ebf11bff13da0dafdf702811bf9e60505ae8481381(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ae2174e23cfbd1bd1969092c57dc632387de40009880d6d703086e049bf0d6a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5868b3e9e0df914c29cdafe30ba4013ccf6d9b03684f29ce6be9323b82be35da(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b70267f50a76f366c6c43fe9028962562c73f779266795c691afbc64346305e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4c962e663599c7ac9844f9110e56292e27efc6fe5fba01fa273a8b2ed0e0e9f(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77829b2f20852b1d09bccd0c1427f14d1ea5840225788bb62a98a981b84a1300(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f10ebf8953f14e040634599987cb766ae633698d5fb4f11785fe43eff1aadb8(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscriptionFilter]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__185b6d95248e21565299e61ab776b8c9b108887ae0a3a6271bd9b9c54b9bbe60(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__048d1ce2c75befaba752d9982fbfaab71456c935cffc426733d4aa6e7a37498f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1acb9eaf063d7dd399a187f5133fd20b32a01f0cec5b0b9fa11bd90b564d54de(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__515a6c62ce5f9cc4919d08bf6f64961154427610473f1d25c256e8d25d294d1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32ad9a928d7d1c084c24282ffcb7a339bf984535223e5cd538b2abaa250dd56e(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f1744b1645995fe74b0396bf426bacb5a5704d672a4441dd2939514feeeaca2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75dff5ed0446cac1f772ae3cba90f3c82a51323eb8df26228ad95a2b505c8866(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e38bd52e41d78e03b9b9fc2184765c85facbfd58c3fe08a56eba1b21d08030d(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e424dfd583d145bb63c30f3c561e728271f1919babfc89e525d3b41e5aae09ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1a178b6ac9e4be6ddb4b84227704777aa42143612f15e2176b3d0a7e178ee7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4594a97b64e06fad224bae8bb627546032636d03829e3310a44276e2acd9536a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, SubscriptionEventNotificationSubscription]],
) -> None:
    """Type checking stubs"""
    pass
