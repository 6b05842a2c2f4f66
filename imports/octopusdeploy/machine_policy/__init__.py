r'''
# `octopusdeploy_machine_policy`

Refer to the Terraform Registry for docs: [`octopusdeploy_machine_policy`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy).
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


class MachinePolicy(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicy",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy octopusdeploy_machine_policy}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        name: builtins.str,
        connection_connect_timeout: typing.Optional[jsii.Number] = None,
        connection_retry_count_limit: typing.Optional[jsii.Number] = None,
        connection_retry_sleep_interval: typing.Optional[jsii.Number] = None,
        connection_retry_time_limit: typing.Optional[jsii.Number] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        machine_cleanup_policy: typing.Optional[typing.Union["MachinePolicyMachineCleanupPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_connectivity_policy: typing.Optional[typing.Union["MachinePolicyMachineConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_health_check_policy: typing.Optional[typing.Union["MachinePolicyMachineHealthCheckPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_package_cache_retention_policy: typing.Optional[typing.Union["MachinePolicyMachinePackageCacheRetentionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_update_policy: typing.Optional[typing.Union["MachinePolicyMachineUpdatePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        polling_request_queue_timeout: typing.Optional[jsii.Number] = None,
        space_id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy octopusdeploy_machine_policy} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#name MachinePolicy#name}
        :param connection_connect_timeout: In nanoseconds. Minimum value: 10000000000 (10 seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_connect_timeout MachinePolicy#connection_connect_timeout}
        :param connection_retry_count_limit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_count_limit MachinePolicy#connection_retry_count_limit}.
        :param connection_retry_sleep_interval: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_sleep_interval MachinePolicy#connection_retry_sleep_interval}
        :param connection_retry_time_limit: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_time_limit MachinePolicy#connection_retry_time_limit}
        :param description: The description of this machine policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#description MachinePolicy#description}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#id MachinePolicy#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param machine_cleanup_policy: machine_cleanup_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_cleanup_policy MachinePolicy#machine_cleanup_policy}
        :param machine_connectivity_policy: machine_connectivity_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_connectivity_policy MachinePolicy#machine_connectivity_policy}
        :param machine_health_check_policy: machine_health_check_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_health_check_policy MachinePolicy#machine_health_check_policy}
        :param machine_package_cache_retention_policy: machine_package_cache_retention_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_package_cache_retention_policy MachinePolicy#machine_package_cache_retention_policy}
        :param machine_update_policy: machine_update_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_update_policy MachinePolicy#machine_update_policy}
        :param polling_request_queue_timeout: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#polling_request_queue_timeout MachinePolicy#polling_request_queue_timeout}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#space_id MachinePolicy#space_id}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5590e35eb5a76cdfd60cc597358c00fc8897466f942e94a99a26eeacfae56365)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = MachinePolicyConfig(
            name=name,
            connection_connect_timeout=connection_connect_timeout,
            connection_retry_count_limit=connection_retry_count_limit,
            connection_retry_sleep_interval=connection_retry_sleep_interval,
            connection_retry_time_limit=connection_retry_time_limit,
            description=description,
            id=id,
            machine_cleanup_policy=machine_cleanup_policy,
            machine_connectivity_policy=machine_connectivity_policy,
            machine_health_check_policy=machine_health_check_policy,
            machine_package_cache_retention_policy=machine_package_cache_retention_policy,
            machine_update_policy=machine_update_policy,
            polling_request_queue_timeout=polling_request_queue_timeout,
            space_id=space_id,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a MachinePolicy resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the MachinePolicy to import.
        :param import_from_id: The id of the existing MachinePolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the MachinePolicy to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9281522dd41226ea05838a886802bec2d0f1619cc72535df77a117a3cee4399)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putMachineCleanupPolicy")
    def put_machine_cleanup_policy(
        self,
        *,
        delete_machines_behavior: typing.Optional[builtins.str] = None,
        delete_machines_elapsed_timespan: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param delete_machines_behavior: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#delete_machines_behavior MachinePolicy#delete_machines_behavior}.
        :param delete_machines_elapsed_timespan: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#delete_machines_elapsed_timespan MachinePolicy#delete_machines_elapsed_timespan}
        '''
        value = MachinePolicyMachineCleanupPolicy(
            delete_machines_behavior=delete_machines_behavior,
            delete_machines_elapsed_timespan=delete_machines_elapsed_timespan,
        )

        return typing.cast(None, jsii.invoke(self, "putMachineCleanupPolicy", [value]))

    @jsii.member(jsii_name="putMachineConnectivityPolicy")
    def put_machine_connectivity_policy(
        self,
        *,
        machine_connectivity_behavior: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param machine_connectivity_behavior: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_connectivity_behavior MachinePolicy#machine_connectivity_behavior}.
        '''
        value = MachinePolicyMachineConnectivityPolicy(
            machine_connectivity_behavior=machine_connectivity_behavior
        )

        return typing.cast(None, jsii.invoke(self, "putMachineConnectivityPolicy", [value]))

    @jsii.member(jsii_name="putMachineHealthCheckPolicy")
    def put_machine_health_check_policy(
        self,
        *,
        bash_health_check_policy: typing.Union["MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy", typing.Dict[builtins.str, typing.Any]],
        powershell_health_check_policy: typing.Union["MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy", typing.Dict[builtins.str, typing.Any]],
        health_check_cron: typing.Optional[builtins.str] = None,
        health_check_cron_timezone: typing.Optional[builtins.str] = None,
        health_check_interval: typing.Optional[jsii.Number] = None,
        health_check_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param bash_health_check_policy: bash_health_check_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#bash_health_check_policy MachinePolicy#bash_health_check_policy}
        :param powershell_health_check_policy: powershell_health_check_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#powershell_health_check_policy MachinePolicy#powershell_health_check_policy}
        :param health_check_cron: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_cron MachinePolicy#health_check_cron}.
        :param health_check_cron_timezone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_cron_timezone MachinePolicy#health_check_cron_timezone}.
        :param health_check_interval: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_interval MachinePolicy#health_check_interval}
        :param health_check_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_type MachinePolicy#health_check_type}.
        '''
        value = MachinePolicyMachineHealthCheckPolicy(
            bash_health_check_policy=bash_health_check_policy,
            powershell_health_check_policy=powershell_health_check_policy,
            health_check_cron=health_check_cron,
            health_check_cron_timezone=health_check_cron_timezone,
            health_check_interval=health_check_interval,
            health_check_type=health_check_type,
        )

        return typing.cast(None, jsii.invoke(self, "putMachineHealthCheckPolicy", [value]))

    @jsii.member(jsii_name="putMachinePackageCacheRetentionPolicy")
    def put_machine_package_cache_retention_policy(
        self,
        *,
        strategy: builtins.str,
        package_unit: typing.Optional[builtins.str] = None,
        quantity_of_packages_to_keep: typing.Optional[jsii.Number] = None,
        quantity_of_versions_to_keep: typing.Optional[jsii.Number] = None,
        version_unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param strategy: The behaviour of the cache retention policy. Valid values are ``Default`` (let Octopus decide), ``Quantities`` (keep by a specified number of packages and versions). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#strategy MachinePolicy#strategy}
        :param package_unit: The method of counting packages when applying the Quantities strategy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#package_unit MachinePolicy#package_unit}
        :param quantity_of_packages_to_keep: The number of packages to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#quantity_of_packages_to_keep MachinePolicy#quantity_of_packages_to_keep}
        :param quantity_of_versions_to_keep: The number of package versions to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#quantity_of_versions_to_keep MachinePolicy#quantity_of_versions_to_keep}
        :param version_unit: The method of counting package versions when applying the Quantities strategy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#version_unit MachinePolicy#version_unit}
        '''
        value = MachinePolicyMachinePackageCacheRetentionPolicy(
            strategy=strategy,
            package_unit=package_unit,
            quantity_of_packages_to_keep=quantity_of_packages_to_keep,
            quantity_of_versions_to_keep=quantity_of_versions_to_keep,
            version_unit=version_unit,
        )

        return typing.cast(None, jsii.invoke(self, "putMachinePackageCacheRetentionPolicy", [value]))

    @jsii.member(jsii_name="putMachineUpdatePolicy")
    def put_machine_update_policy(
        self,
        *,
        calamari_update_behavior: typing.Optional[builtins.str] = None,
        kubernetes_agent_update_behavior: typing.Optional[builtins.str] = None,
        tentacle_update_account_id: typing.Optional[builtins.str] = None,
        tentacle_update_behavior: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param calamari_update_behavior: The behaviour of how Calamari is updated. Valid values are ``UpdateAlways``, ``UpdateOnDeployment`` and ``UpdateOnNewMachine``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#calamari_update_behavior MachinePolicy#calamari_update_behavior}
        :param kubernetes_agent_update_behavior: The behaviour of how Kubernetes agent machines are updated. Valid values are ``NeverUpdate`` and ``Update``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#kubernetes_agent_update_behavior MachinePolicy#kubernetes_agent_update_behavior}
        :param tentacle_update_account_id: The Account ID to perform any Tentacle updates under. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#tentacle_update_account_id MachinePolicy#tentacle_update_account_id}
        :param tentacle_update_behavior: The behaviour of how Tentacle machines are updated. Valid values are ``NeverUpdate`` and ``Update``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#tentacle_update_behavior MachinePolicy#tentacle_update_behavior}
        '''
        value = MachinePolicyMachineUpdatePolicy(
            calamari_update_behavior=calamari_update_behavior,
            kubernetes_agent_update_behavior=kubernetes_agent_update_behavior,
            tentacle_update_account_id=tentacle_update_account_id,
            tentacle_update_behavior=tentacle_update_behavior,
        )

        return typing.cast(None, jsii.invoke(self, "putMachineUpdatePolicy", [value]))

    @jsii.member(jsii_name="resetConnectionConnectTimeout")
    def reset_connection_connect_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionConnectTimeout", []))

    @jsii.member(jsii_name="resetConnectionRetryCountLimit")
    def reset_connection_retry_count_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionRetryCountLimit", []))

    @jsii.member(jsii_name="resetConnectionRetrySleepInterval")
    def reset_connection_retry_sleep_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionRetrySleepInterval", []))

    @jsii.member(jsii_name="resetConnectionRetryTimeLimit")
    def reset_connection_retry_time_limit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionRetryTimeLimit", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetMachineCleanupPolicy")
    def reset_machine_cleanup_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachineCleanupPolicy", []))

    @jsii.member(jsii_name="resetMachineConnectivityPolicy")
    def reset_machine_connectivity_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachineConnectivityPolicy", []))

    @jsii.member(jsii_name="resetMachineHealthCheckPolicy")
    def reset_machine_health_check_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachineHealthCheckPolicy", []))

    @jsii.member(jsii_name="resetMachinePackageCacheRetentionPolicy")
    def reset_machine_package_cache_retention_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachinePackageCacheRetentionPolicy", []))

    @jsii.member(jsii_name="resetMachineUpdatePolicy")
    def reset_machine_update_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachineUpdatePolicy", []))

    @jsii.member(jsii_name="resetPollingRequestQueueTimeout")
    def reset_polling_request_queue_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPollingRequestQueueTimeout", []))

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
    @jsii.member(jsii_name="isDefault")
    def is_default(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isDefault"))

    @builtins.property
    @jsii.member(jsii_name="machineCleanupPolicy")
    def machine_cleanup_policy(
        self,
    ) -> "MachinePolicyMachineCleanupPolicyOutputReference":
        return typing.cast("MachinePolicyMachineCleanupPolicyOutputReference", jsii.get(self, "machineCleanupPolicy"))

    @builtins.property
    @jsii.member(jsii_name="machineConnectivityPolicy")
    def machine_connectivity_policy(
        self,
    ) -> "MachinePolicyMachineConnectivityPolicyOutputReference":
        return typing.cast("MachinePolicyMachineConnectivityPolicyOutputReference", jsii.get(self, "machineConnectivityPolicy"))

    @builtins.property
    @jsii.member(jsii_name="machineHealthCheckPolicy")
    def machine_health_check_policy(
        self,
    ) -> "MachinePolicyMachineHealthCheckPolicyOutputReference":
        return typing.cast("MachinePolicyMachineHealthCheckPolicyOutputReference", jsii.get(self, "machineHealthCheckPolicy"))

    @builtins.property
    @jsii.member(jsii_name="machinePackageCacheRetentionPolicy")
    def machine_package_cache_retention_policy(
        self,
    ) -> "MachinePolicyMachinePackageCacheRetentionPolicyOutputReference":
        return typing.cast("MachinePolicyMachinePackageCacheRetentionPolicyOutputReference", jsii.get(self, "machinePackageCacheRetentionPolicy"))

    @builtins.property
    @jsii.member(jsii_name="machineUpdatePolicy")
    def machine_update_policy(
        self,
    ) -> "MachinePolicyMachineUpdatePolicyOutputReference":
        return typing.cast("MachinePolicyMachineUpdatePolicyOutputReference", jsii.get(self, "machineUpdatePolicy"))

    @builtins.property
    @jsii.member(jsii_name="connectionConnectTimeoutInput")
    def connection_connect_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionConnectTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionRetryCountLimitInput")
    def connection_retry_count_limit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionRetryCountLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionRetrySleepIntervalInput")
    def connection_retry_sleep_interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionRetrySleepIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionRetryTimeLimitInput")
    def connection_retry_time_limit_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "connectionRetryTimeLimitInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="machineCleanupPolicyInput")
    def machine_cleanup_policy_input(
        self,
    ) -> typing.Optional["MachinePolicyMachineCleanupPolicy"]:
        return typing.cast(typing.Optional["MachinePolicyMachineCleanupPolicy"], jsii.get(self, "machineCleanupPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="machineConnectivityPolicyInput")
    def machine_connectivity_policy_input(
        self,
    ) -> typing.Optional["MachinePolicyMachineConnectivityPolicy"]:
        return typing.cast(typing.Optional["MachinePolicyMachineConnectivityPolicy"], jsii.get(self, "machineConnectivityPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="machineHealthCheckPolicyInput")
    def machine_health_check_policy_input(
        self,
    ) -> typing.Optional["MachinePolicyMachineHealthCheckPolicy"]:
        return typing.cast(typing.Optional["MachinePolicyMachineHealthCheckPolicy"], jsii.get(self, "machineHealthCheckPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="machinePackageCacheRetentionPolicyInput")
    def machine_package_cache_retention_policy_input(
        self,
    ) -> typing.Optional["MachinePolicyMachinePackageCacheRetentionPolicy"]:
        return typing.cast(typing.Optional["MachinePolicyMachinePackageCacheRetentionPolicy"], jsii.get(self, "machinePackageCacheRetentionPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="machineUpdatePolicyInput")
    def machine_update_policy_input(
        self,
    ) -> typing.Optional["MachinePolicyMachineUpdatePolicy"]:
        return typing.cast(typing.Optional["MachinePolicyMachineUpdatePolicy"], jsii.get(self, "machineUpdatePolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="pollingRequestQueueTimeoutInput")
    def polling_request_queue_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "pollingRequestQueueTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionConnectTimeout")
    def connection_connect_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionConnectTimeout"))

    @connection_connect_timeout.setter
    def connection_connect_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6115b3018c5a93f5ed74230644a9157c5f5567ffac5990cea3cf3b372730a254)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionConnectTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionRetryCountLimit")
    def connection_retry_count_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionRetryCountLimit"))

    @connection_retry_count_limit.setter
    def connection_retry_count_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0af318b6081ac04ddd22975bda2e392c9b22ed211c30fff59bb7ca7f3a7ae8c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionRetryCountLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionRetrySleepInterval")
    def connection_retry_sleep_interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionRetrySleepInterval"))

    @connection_retry_sleep_interval.setter
    def connection_retry_sleep_interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f05fde405dfd122a9bcfe1f57df847019dec647b2d226587d9daf81127107ea4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionRetrySleepInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionRetryTimeLimit")
    def connection_retry_time_limit(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "connectionRetryTimeLimit"))

    @connection_retry_time_limit.setter
    def connection_retry_time_limit(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8a8bc1faf1f9976759e7f2b682d2a0c1a63b0712774bd080b5247023e221d86)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionRetryTimeLimit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2df9b03ee0aa3732b4f97f47d7b95605ab58d7aa9a9ac265e8c8694f479c3322)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ccf702aa30732f1d730cb4d49d4e58400f40d4afcbe69ba2e616c1a98d56c9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__21914c10c67e8798c4c0fa84557b681433d0303ffe4da96a51b44afeb206484a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pollingRequestQueueTimeout")
    def polling_request_queue_timeout(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "pollingRequestQueueTimeout"))

    @polling_request_queue_timeout.setter
    def polling_request_queue_timeout(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f4758546d0e8812216ecbccbe719dcf39c37673cc9767add62691e482a0d8e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pollingRequestQueueTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f8b4604704c9a7cddc4f0cbe7dea12fba885b9e86f13ab34e1ed29d4787baeb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyConfig",
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
        "connection_connect_timeout": "connectionConnectTimeout",
        "connection_retry_count_limit": "connectionRetryCountLimit",
        "connection_retry_sleep_interval": "connectionRetrySleepInterval",
        "connection_retry_time_limit": "connectionRetryTimeLimit",
        "description": "description",
        "id": "id",
        "machine_cleanup_policy": "machineCleanupPolicy",
        "machine_connectivity_policy": "machineConnectivityPolicy",
        "machine_health_check_policy": "machineHealthCheckPolicy",
        "machine_package_cache_retention_policy": "machinePackageCacheRetentionPolicy",
        "machine_update_policy": "machineUpdatePolicy",
        "polling_request_queue_timeout": "pollingRequestQueueTimeout",
        "space_id": "spaceId",
    },
)
class MachinePolicyConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        connection_connect_timeout: typing.Optional[jsii.Number] = None,
        connection_retry_count_limit: typing.Optional[jsii.Number] = None,
        connection_retry_sleep_interval: typing.Optional[jsii.Number] = None,
        connection_retry_time_limit: typing.Optional[jsii.Number] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        machine_cleanup_policy: typing.Optional[typing.Union["MachinePolicyMachineCleanupPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_connectivity_policy: typing.Optional[typing.Union["MachinePolicyMachineConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_health_check_policy: typing.Optional[typing.Union["MachinePolicyMachineHealthCheckPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_package_cache_retention_policy: typing.Optional[typing.Union["MachinePolicyMachinePackageCacheRetentionPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_update_policy: typing.Optional[typing.Union["MachinePolicyMachineUpdatePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        polling_request_queue_timeout: typing.Optional[jsii.Number] = None,
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
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#name MachinePolicy#name}
        :param connection_connect_timeout: In nanoseconds. Minimum value: 10000000000 (10 seconds). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_connect_timeout MachinePolicy#connection_connect_timeout}
        :param connection_retry_count_limit: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_count_limit MachinePolicy#connection_retry_count_limit}.
        :param connection_retry_sleep_interval: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_sleep_interval MachinePolicy#connection_retry_sleep_interval}
        :param connection_retry_time_limit: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_time_limit MachinePolicy#connection_retry_time_limit}
        :param description: The description of this machine policy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#description MachinePolicy#description}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#id MachinePolicy#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param machine_cleanup_policy: machine_cleanup_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_cleanup_policy MachinePolicy#machine_cleanup_policy}
        :param machine_connectivity_policy: machine_connectivity_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_connectivity_policy MachinePolicy#machine_connectivity_policy}
        :param machine_health_check_policy: machine_health_check_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_health_check_policy MachinePolicy#machine_health_check_policy}
        :param machine_package_cache_retention_policy: machine_package_cache_retention_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_package_cache_retention_policy MachinePolicy#machine_package_cache_retention_policy}
        :param machine_update_policy: machine_update_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_update_policy MachinePolicy#machine_update_policy}
        :param polling_request_queue_timeout: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#polling_request_queue_timeout MachinePolicy#polling_request_queue_timeout}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#space_id MachinePolicy#space_id}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(machine_cleanup_policy, dict):
            machine_cleanup_policy = MachinePolicyMachineCleanupPolicy(**machine_cleanup_policy)
        if isinstance(machine_connectivity_policy, dict):
            machine_connectivity_policy = MachinePolicyMachineConnectivityPolicy(**machine_connectivity_policy)
        if isinstance(machine_health_check_policy, dict):
            machine_health_check_policy = MachinePolicyMachineHealthCheckPolicy(**machine_health_check_policy)
        if isinstance(machine_package_cache_retention_policy, dict):
            machine_package_cache_retention_policy = MachinePolicyMachinePackageCacheRetentionPolicy(**machine_package_cache_retention_policy)
        if isinstance(machine_update_policy, dict):
            machine_update_policy = MachinePolicyMachineUpdatePolicy(**machine_update_policy)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09513119eac3727c1f5715d6b38cc3b8fc37bd113014384cbc0c8acd217fa393)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument connection_connect_timeout", value=connection_connect_timeout, expected_type=type_hints["connection_connect_timeout"])
            check_type(argname="argument connection_retry_count_limit", value=connection_retry_count_limit, expected_type=type_hints["connection_retry_count_limit"])
            check_type(argname="argument connection_retry_sleep_interval", value=connection_retry_sleep_interval, expected_type=type_hints["connection_retry_sleep_interval"])
            check_type(argname="argument connection_retry_time_limit", value=connection_retry_time_limit, expected_type=type_hints["connection_retry_time_limit"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument machine_cleanup_policy", value=machine_cleanup_policy, expected_type=type_hints["machine_cleanup_policy"])
            check_type(argname="argument machine_connectivity_policy", value=machine_connectivity_policy, expected_type=type_hints["machine_connectivity_policy"])
            check_type(argname="argument machine_health_check_policy", value=machine_health_check_policy, expected_type=type_hints["machine_health_check_policy"])
            check_type(argname="argument machine_package_cache_retention_policy", value=machine_package_cache_retention_policy, expected_type=type_hints["machine_package_cache_retention_policy"])
            check_type(argname="argument machine_update_policy", value=machine_update_policy, expected_type=type_hints["machine_update_policy"])
            check_type(argname="argument polling_request_queue_timeout", value=polling_request_queue_timeout, expected_type=type_hints["polling_request_queue_timeout"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
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
        if connection_connect_timeout is not None:
            self._values["connection_connect_timeout"] = connection_connect_timeout
        if connection_retry_count_limit is not None:
            self._values["connection_retry_count_limit"] = connection_retry_count_limit
        if connection_retry_sleep_interval is not None:
            self._values["connection_retry_sleep_interval"] = connection_retry_sleep_interval
        if connection_retry_time_limit is not None:
            self._values["connection_retry_time_limit"] = connection_retry_time_limit
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if machine_cleanup_policy is not None:
            self._values["machine_cleanup_policy"] = machine_cleanup_policy
        if machine_connectivity_policy is not None:
            self._values["machine_connectivity_policy"] = machine_connectivity_policy
        if machine_health_check_policy is not None:
            self._values["machine_health_check_policy"] = machine_health_check_policy
        if machine_package_cache_retention_policy is not None:
            self._values["machine_package_cache_retention_policy"] = machine_package_cache_retention_policy
        if machine_update_policy is not None:
            self._values["machine_update_policy"] = machine_update_policy
        if polling_request_queue_timeout is not None:
            self._values["polling_request_queue_timeout"] = polling_request_queue_timeout
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
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#name MachinePolicy#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def connection_connect_timeout(self) -> typing.Optional[jsii.Number]:
        '''In nanoseconds. Minimum value: 10000000000 (10 seconds).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_connect_timeout MachinePolicy#connection_connect_timeout}
        '''
        result = self._values.get("connection_connect_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connection_retry_count_limit(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_count_limit MachinePolicy#connection_retry_count_limit}.'''
        result = self._values.get("connection_retry_count_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connection_retry_sleep_interval(self) -> typing.Optional[jsii.Number]:
        '''In nanoseconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_sleep_interval MachinePolicy#connection_retry_sleep_interval}
        '''
        result = self._values.get("connection_retry_sleep_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def connection_retry_time_limit(self) -> typing.Optional[jsii.Number]:
        '''In nanoseconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#connection_retry_time_limit MachinePolicy#connection_retry_time_limit}
        '''
        result = self._values.get("connection_retry_time_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''The description of this machine policy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#description MachinePolicy#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#id MachinePolicy#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def machine_cleanup_policy(
        self,
    ) -> typing.Optional["MachinePolicyMachineCleanupPolicy"]:
        '''machine_cleanup_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_cleanup_policy MachinePolicy#machine_cleanup_policy}
        '''
        result = self._values.get("machine_cleanup_policy")
        return typing.cast(typing.Optional["MachinePolicyMachineCleanupPolicy"], result)

    @builtins.property
    def machine_connectivity_policy(
        self,
    ) -> typing.Optional["MachinePolicyMachineConnectivityPolicy"]:
        '''machine_connectivity_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_connectivity_policy MachinePolicy#machine_connectivity_policy}
        '''
        result = self._values.get("machine_connectivity_policy")
        return typing.cast(typing.Optional["MachinePolicyMachineConnectivityPolicy"], result)

    @builtins.property
    def machine_health_check_policy(
        self,
    ) -> typing.Optional["MachinePolicyMachineHealthCheckPolicy"]:
        '''machine_health_check_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_health_check_policy MachinePolicy#machine_health_check_policy}
        '''
        result = self._values.get("machine_health_check_policy")
        return typing.cast(typing.Optional["MachinePolicyMachineHealthCheckPolicy"], result)

    @builtins.property
    def machine_package_cache_retention_policy(
        self,
    ) -> typing.Optional["MachinePolicyMachinePackageCacheRetentionPolicy"]:
        '''machine_package_cache_retention_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_package_cache_retention_policy MachinePolicy#machine_package_cache_retention_policy}
        '''
        result = self._values.get("machine_package_cache_retention_policy")
        return typing.cast(typing.Optional["MachinePolicyMachinePackageCacheRetentionPolicy"], result)

    @builtins.property
    def machine_update_policy(
        self,
    ) -> typing.Optional["MachinePolicyMachineUpdatePolicy"]:
        '''machine_update_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_update_policy MachinePolicy#machine_update_policy}
        '''
        result = self._values.get("machine_update_policy")
        return typing.cast(typing.Optional["MachinePolicyMachineUpdatePolicy"], result)

    @builtins.property
    def polling_request_queue_timeout(self) -> typing.Optional[jsii.Number]:
        '''In nanoseconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#polling_request_queue_timeout MachinePolicy#polling_request_queue_timeout}
        '''
        result = self._values.get("polling_request_queue_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#space_id MachinePolicy#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineCleanupPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "delete_machines_behavior": "deleteMachinesBehavior",
        "delete_machines_elapsed_timespan": "deleteMachinesElapsedTimespan",
    },
)
class MachinePolicyMachineCleanupPolicy:
    def __init__(
        self,
        *,
        delete_machines_behavior: typing.Optional[builtins.str] = None,
        delete_machines_elapsed_timespan: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param delete_machines_behavior: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#delete_machines_behavior MachinePolicy#delete_machines_behavior}.
        :param delete_machines_elapsed_timespan: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#delete_machines_elapsed_timespan MachinePolicy#delete_machines_elapsed_timespan}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a944b30a39a618af6e114b94567e34ba1c6f575772b3bb550f97be83e546eb75)
            check_type(argname="argument delete_machines_behavior", value=delete_machines_behavior, expected_type=type_hints["delete_machines_behavior"])
            check_type(argname="argument delete_machines_elapsed_timespan", value=delete_machines_elapsed_timespan, expected_type=type_hints["delete_machines_elapsed_timespan"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if delete_machines_behavior is not None:
            self._values["delete_machines_behavior"] = delete_machines_behavior
        if delete_machines_elapsed_timespan is not None:
            self._values["delete_machines_elapsed_timespan"] = delete_machines_elapsed_timespan

    @builtins.property
    def delete_machines_behavior(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#delete_machines_behavior MachinePolicy#delete_machines_behavior}.'''
        result = self._values.get("delete_machines_behavior")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def delete_machines_elapsed_timespan(self) -> typing.Optional[jsii.Number]:
        '''In nanoseconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#delete_machines_elapsed_timespan MachinePolicy#delete_machines_elapsed_timespan}
        '''
        result = self._values.get("delete_machines_elapsed_timespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyMachineCleanupPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachinePolicyMachineCleanupPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineCleanupPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__75c6ebcf24c41851135385d5c8e290747a8768febc7ac571ec36f066f1b69b22)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetDeleteMachinesBehavior")
    def reset_delete_machines_behavior(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeleteMachinesBehavior", []))

    @jsii.member(jsii_name="resetDeleteMachinesElapsedTimespan")
    def reset_delete_machines_elapsed_timespan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeleteMachinesElapsedTimespan", []))

    @builtins.property
    @jsii.member(jsii_name="deleteMachinesBehaviorInput")
    def delete_machines_behavior_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deleteMachinesBehaviorInput"))

    @builtins.property
    @jsii.member(jsii_name="deleteMachinesElapsedTimespanInput")
    def delete_machines_elapsed_timespan_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "deleteMachinesElapsedTimespanInput"))

    @builtins.property
    @jsii.member(jsii_name="deleteMachinesBehavior")
    def delete_machines_behavior(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deleteMachinesBehavior"))

    @delete_machines_behavior.setter
    def delete_machines_behavior(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__93c8b89dd3b23d7b1e947492f3b8d2fe4d9e64702c29add31a5c1b24bc6ed135)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deleteMachinesBehavior", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deleteMachinesElapsedTimespan")
    def delete_machines_elapsed_timespan(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "deleteMachinesElapsedTimespan"))

    @delete_machines_elapsed_timespan.setter
    def delete_machines_elapsed_timespan(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__52a611d49df434970fb79bbd0a52af3500b3e4f3d4888c905c3cb3f316a02db8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deleteMachinesElapsedTimespan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[MachinePolicyMachineCleanupPolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachineCleanupPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[MachinePolicyMachineCleanupPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b8edc07aa027030f6044925ca36661c1d223cf1bb75955fa69dc0e50d31dc0d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineConnectivityPolicy",
    jsii_struct_bases=[],
    name_mapping={"machine_connectivity_behavior": "machineConnectivityBehavior"},
)
class MachinePolicyMachineConnectivityPolicy:
    def __init__(
        self,
        *,
        machine_connectivity_behavior: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param machine_connectivity_behavior: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_connectivity_behavior MachinePolicy#machine_connectivity_behavior}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eaab11ed8fdc7ab15a2757318d339c8abb3c6bd41c70a0a8320afe430c5d5272)
            check_type(argname="argument machine_connectivity_behavior", value=machine_connectivity_behavior, expected_type=type_hints["machine_connectivity_behavior"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if machine_connectivity_behavior is not None:
            self._values["machine_connectivity_behavior"] = machine_connectivity_behavior

    @builtins.property
    def machine_connectivity_behavior(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#machine_connectivity_behavior MachinePolicy#machine_connectivity_behavior}.'''
        result = self._values.get("machine_connectivity_behavior")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyMachineConnectivityPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachinePolicyMachineConnectivityPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineConnectivityPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__fc6271a106355e5c00d2cedb5dadf9eed57001a70ecf16c852af31a208bf055d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetMachineConnectivityBehavior")
    def reset_machine_connectivity_behavior(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachineConnectivityBehavior", []))

    @builtins.property
    @jsii.member(jsii_name="machineConnectivityBehaviorInput")
    def machine_connectivity_behavior_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "machineConnectivityBehaviorInput"))

    @builtins.property
    @jsii.member(jsii_name="machineConnectivityBehavior")
    def machine_connectivity_behavior(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "machineConnectivityBehavior"))

    @machine_connectivity_behavior.setter
    def machine_connectivity_behavior(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8e69dd29e52bab3673c73068bcfd562e7b0100da857d7fdfd3419fd9669bcf58)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "machineConnectivityBehavior", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[MachinePolicyMachineConnectivityPolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachineConnectivityPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[MachinePolicyMachineConnectivityPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b215c0328106880991b90c3f98f279b53cf1942823e33b4664ab1fee515b336d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineHealthCheckPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "bash_health_check_policy": "bashHealthCheckPolicy",
        "powershell_health_check_policy": "powershellHealthCheckPolicy",
        "health_check_cron": "healthCheckCron",
        "health_check_cron_timezone": "healthCheckCronTimezone",
        "health_check_interval": "healthCheckInterval",
        "health_check_type": "healthCheckType",
    },
)
class MachinePolicyMachineHealthCheckPolicy:
    def __init__(
        self,
        *,
        bash_health_check_policy: typing.Union["MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy", typing.Dict[builtins.str, typing.Any]],
        powershell_health_check_policy: typing.Union["MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy", typing.Dict[builtins.str, typing.Any]],
        health_check_cron: typing.Optional[builtins.str] = None,
        health_check_cron_timezone: typing.Optional[builtins.str] = None,
        health_check_interval: typing.Optional[jsii.Number] = None,
        health_check_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param bash_health_check_policy: bash_health_check_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#bash_health_check_policy MachinePolicy#bash_health_check_policy}
        :param powershell_health_check_policy: powershell_health_check_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#powershell_health_check_policy MachinePolicy#powershell_health_check_policy}
        :param health_check_cron: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_cron MachinePolicy#health_check_cron}.
        :param health_check_cron_timezone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_cron_timezone MachinePolicy#health_check_cron_timezone}.
        :param health_check_interval: In nanoseconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_interval MachinePolicy#health_check_interval}
        :param health_check_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_type MachinePolicy#health_check_type}.
        '''
        if isinstance(bash_health_check_policy, dict):
            bash_health_check_policy = MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy(**bash_health_check_policy)
        if isinstance(powershell_health_check_policy, dict):
            powershell_health_check_policy = MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy(**powershell_health_check_policy)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d803387b66c0a94d563e58d90e260018a3380cd5438f139850411afb9bbadec0)
            check_type(argname="argument bash_health_check_policy", value=bash_health_check_policy, expected_type=type_hints["bash_health_check_policy"])
            check_type(argname="argument powershell_health_check_policy", value=powershell_health_check_policy, expected_type=type_hints["powershell_health_check_policy"])
            check_type(argname="argument health_check_cron", value=health_check_cron, expected_type=type_hints["health_check_cron"])
            check_type(argname="argument health_check_cron_timezone", value=health_check_cron_timezone, expected_type=type_hints["health_check_cron_timezone"])
            check_type(argname="argument health_check_interval", value=health_check_interval, expected_type=type_hints["health_check_interval"])
            check_type(argname="argument health_check_type", value=health_check_type, expected_type=type_hints["health_check_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bash_health_check_policy": bash_health_check_policy,
            "powershell_health_check_policy": powershell_health_check_policy,
        }
        if health_check_cron is not None:
            self._values["health_check_cron"] = health_check_cron
        if health_check_cron_timezone is not None:
            self._values["health_check_cron_timezone"] = health_check_cron_timezone
        if health_check_interval is not None:
            self._values["health_check_interval"] = health_check_interval
        if health_check_type is not None:
            self._values["health_check_type"] = health_check_type

    @builtins.property
    def bash_health_check_policy(
        self,
    ) -> "MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy":
        '''bash_health_check_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#bash_health_check_policy MachinePolicy#bash_health_check_policy}
        '''
        result = self._values.get("bash_health_check_policy")
        assert result is not None, "Required property 'bash_health_check_policy' is missing"
        return typing.cast("MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy", result)

    @builtins.property
    def powershell_health_check_policy(
        self,
    ) -> "MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy":
        '''powershell_health_check_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#powershell_health_check_policy MachinePolicy#powershell_health_check_policy}
        '''
        result = self._values.get("powershell_health_check_policy")
        assert result is not None, "Required property 'powershell_health_check_policy' is missing"
        return typing.cast("MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy", result)

    @builtins.property
    def health_check_cron(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_cron MachinePolicy#health_check_cron}.'''
        result = self._values.get("health_check_cron")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def health_check_cron_timezone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_cron_timezone MachinePolicy#health_check_cron_timezone}.'''
        result = self._values.get("health_check_cron_timezone")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def health_check_interval(self) -> typing.Optional[jsii.Number]:
        '''In nanoseconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_interval MachinePolicy#health_check_interval}
        '''
        result = self._values.get("health_check_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def health_check_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#health_check_type MachinePolicy#health_check_type}.'''
        result = self._values.get("health_check_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyMachineHealthCheckPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy",
    jsii_struct_bases=[],
    name_mapping={"run_type": "runType", "script_body": "scriptBody"},
)
class MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy:
    def __init__(
        self,
        *,
        run_type: typing.Optional[builtins.str] = None,
        script_body: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param run_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#run_type MachinePolicy#run_type}.
        :param script_body: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#script_body MachinePolicy#script_body}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8cb4b0b386859e2718251217d34baefb99552fa92b99ba9b07d2c402513b2fd2)
            check_type(argname="argument run_type", value=run_type, expected_type=type_hints["run_type"])
            check_type(argname="argument script_body", value=script_body, expected_type=type_hints["script_body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if run_type is not None:
            self._values["run_type"] = run_type
        if script_body is not None:
            self._values["script_body"] = script_body

    @builtins.property
    def run_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#run_type MachinePolicy#run_type}.'''
        result = self._values.get("run_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def script_body(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#script_body MachinePolicy#script_body}.'''
        result = self._values.get("script_body")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1c8c10418aaa6d54e4f3ec411b30d1b7377a73a76e8b1c7a9ba712928cf495d0)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetRunType")
    def reset_run_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunType", []))

    @jsii.member(jsii_name="resetScriptBody")
    def reset_script_body(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetScriptBody", []))

    @builtins.property
    @jsii.member(jsii_name="runTypeInput")
    def run_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "runTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="scriptBodyInput")
    def script_body_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "scriptBodyInput"))

    @builtins.property
    @jsii.member(jsii_name="runType")
    def run_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runType"))

    @run_type.setter
    def run_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__074185bef14ac3050db6054b0ec8c7d6a61277ac817b4c6dbedf7b8f01935c3f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="scriptBody")
    def script_body(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "scriptBody"))

    @script_body.setter
    def script_body(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ea7a274e828a897ead9b1112664372233bc6f0ee1827b2593cf3d21e941aee5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "scriptBody", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b3101b22ceaa476674fafdeb6e6436fd549c1387f34cf3938fd561da44ccd6b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class MachinePolicyMachineHealthCheckPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineHealthCheckPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__6e372ee9384fbd0bc56b9b54f6b007c778ce0d851e6f11fbaeda884a6541196b)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="putBashHealthCheckPolicy")
    def put_bash_health_check_policy(
        self,
        *,
        run_type: typing.Optional[builtins.str] = None,
        script_body: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param run_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#run_type MachinePolicy#run_type}.
        :param script_body: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#script_body MachinePolicy#script_body}.
        '''
        value = MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy(
            run_type=run_type, script_body=script_body
        )

        return typing.cast(None, jsii.invoke(self, "putBashHealthCheckPolicy", [value]))

    @jsii.member(jsii_name="putPowershellHealthCheckPolicy")
    def put_powershell_health_check_policy(
        self,
        *,
        run_type: typing.Optional[builtins.str] = None,
        script_body: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param run_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#run_type MachinePolicy#run_type}.
        :param script_body: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#script_body MachinePolicy#script_body}.
        '''
        value = MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy(
            run_type=run_type, script_body=script_body
        )

        return typing.cast(None, jsii.invoke(self, "putPowershellHealthCheckPolicy", [value]))

    @jsii.member(jsii_name="resetHealthCheckCron")
    def reset_health_check_cron(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckCron", []))

    @jsii.member(jsii_name="resetHealthCheckCronTimezone")
    def reset_health_check_cron_timezone(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckCronTimezone", []))

    @jsii.member(jsii_name="resetHealthCheckInterval")
    def reset_health_check_interval(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckInterval", []))

    @jsii.member(jsii_name="resetHealthCheckType")
    def reset_health_check_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthCheckType", []))

    @builtins.property
    @jsii.member(jsii_name="bashHealthCheckPolicy")
    def bash_health_check_policy(
        self,
    ) -> MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicyOutputReference:
        return typing.cast(MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicyOutputReference, jsii.get(self, "bashHealthCheckPolicy"))

    @builtins.property
    @jsii.member(jsii_name="powershellHealthCheckPolicy")
    def powershell_health_check_policy(
        self,
    ) -> "MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicyOutputReference":
        return typing.cast("MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicyOutputReference", jsii.get(self, "powershellHealthCheckPolicy"))

    @builtins.property
    @jsii.member(jsii_name="bashHealthCheckPolicyInput")
    def bash_health_check_policy_input(
        self,
    ) -> typing.Optional[MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy], jsii.get(self, "bashHealthCheckPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckCronInput")
    def health_check_cron_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthCheckCronInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckCronTimezoneInput")
    def health_check_cron_timezone_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthCheckCronTimezoneInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckIntervalInput")
    def health_check_interval_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "healthCheckIntervalInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckTypeInput")
    def health_check_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthCheckTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="powershellHealthCheckPolicyInput")
    def powershell_health_check_policy_input(
        self,
    ) -> typing.Optional["MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy"]:
        return typing.cast(typing.Optional["MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy"], jsii.get(self, "powershellHealthCheckPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="healthCheckCron")
    def health_check_cron(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthCheckCron"))

    @health_check_cron.setter
    def health_check_cron(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bc4f7a3db49429be5e954a34f16f8473d8be99577a8508c5b711856b24510a15)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthCheckCron", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthCheckCronTimezone")
    def health_check_cron_timezone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthCheckCronTimezone"))

    @health_check_cron_timezone.setter
    def health_check_cron_timezone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10d3a6ce79a548416ab447f7f3d2eef6771507899870e0893c94d707dc9dc6a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthCheckCronTimezone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthCheckInterval")
    def health_check_interval(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "healthCheckInterval"))

    @health_check_interval.setter
    def health_check_interval(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c7eefb365bc7ae64da202ae8fba5597d71a898c519296d712c431c0098eb77df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthCheckInterval", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthCheckType")
    def health_check_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthCheckType"))

    @health_check_type.setter
    def health_check_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a2c08af7f5d34d2a11d8a480b924e3b9a9c2e05563bfcc3a5c19094fb610810)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthCheckType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[MachinePolicyMachineHealthCheckPolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachineHealthCheckPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[MachinePolicyMachineHealthCheckPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__801e73bd0a4d501f83a0096cb874bfabb275d3ecf0b060859a084a27c0d069c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy",
    jsii_struct_bases=[],
    name_mapping={"run_type": "runType", "script_body": "scriptBody"},
)
class MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy:
    def __init__(
        self,
        *,
        run_type: typing.Optional[builtins.str] = None,
        script_body: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param run_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#run_type MachinePolicy#run_type}.
        :param script_body: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#script_body MachinePolicy#script_body}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6be01b8e2698f9444581cb7374eb67c285a6c4aaa5bdcebcec8bea0cad773c7f)
            check_type(argname="argument run_type", value=run_type, expected_type=type_hints["run_type"])
            check_type(argname="argument script_body", value=script_body, expected_type=type_hints["script_body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if run_type is not None:
            self._values["run_type"] = run_type
        if script_body is not None:
            self._values["script_body"] = script_body

    @builtins.property
    def run_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#run_type MachinePolicy#run_type}.'''
        result = self._values.get("run_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def script_body(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#script_body MachinePolicy#script_body}.'''
        result = self._values.get("script_body")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c6110688ef89658d7c82afef530edee2129b162111c56e27c3c8a0f8e81c28ac)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetRunType")
    def reset_run_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunType", []))

    @jsii.member(jsii_name="resetScriptBody")
    def reset_script_body(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetScriptBody", []))

    @builtins.property
    @jsii.member(jsii_name="runTypeInput")
    def run_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "runTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="scriptBodyInput")
    def script_body_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "scriptBodyInput"))

    @builtins.property
    @jsii.member(jsii_name="runType")
    def run_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "runType"))

    @run_type.setter
    def run_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63e12e71f98270dc20c77b6ec65cea7a926884c284c402540e511b17a8985825)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="scriptBody")
    def script_body(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "scriptBody"))

    @script_body.setter
    def script_body(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe83c9e3997159e24e38f8a2bae1380bc3041291d685a5505bf3ce21b4f27ee6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "scriptBody", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ea2bbdb595376f430c23fb48b4c7cd195aad9b7234f5efb0eedf8571e7c6087)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachinePackageCacheRetentionPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "strategy": "strategy",
        "package_unit": "packageUnit",
        "quantity_of_packages_to_keep": "quantityOfPackagesToKeep",
        "quantity_of_versions_to_keep": "quantityOfVersionsToKeep",
        "version_unit": "versionUnit",
    },
)
class MachinePolicyMachinePackageCacheRetentionPolicy:
    def __init__(
        self,
        *,
        strategy: builtins.str,
        package_unit: typing.Optional[builtins.str] = None,
        quantity_of_packages_to_keep: typing.Optional[jsii.Number] = None,
        quantity_of_versions_to_keep: typing.Optional[jsii.Number] = None,
        version_unit: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param strategy: The behaviour of the cache retention policy. Valid values are ``Default`` (let Octopus decide), ``Quantities`` (keep by a specified number of packages and versions). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#strategy MachinePolicy#strategy}
        :param package_unit: The method of counting packages when applying the Quantities strategy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#package_unit MachinePolicy#package_unit}
        :param quantity_of_packages_to_keep: The number of packages to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#quantity_of_packages_to_keep MachinePolicy#quantity_of_packages_to_keep}
        :param quantity_of_versions_to_keep: The number of package versions to keep. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#quantity_of_versions_to_keep MachinePolicy#quantity_of_versions_to_keep}
        :param version_unit: The method of counting package versions when applying the Quantities strategy. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#version_unit MachinePolicy#version_unit}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__281b3c7646cd898c5d5a36348338ecb1707c593b8a6fe9a23bb07364ea146205)
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument package_unit", value=package_unit, expected_type=type_hints["package_unit"])
            check_type(argname="argument quantity_of_packages_to_keep", value=quantity_of_packages_to_keep, expected_type=type_hints["quantity_of_packages_to_keep"])
            check_type(argname="argument quantity_of_versions_to_keep", value=quantity_of_versions_to_keep, expected_type=type_hints["quantity_of_versions_to_keep"])
            check_type(argname="argument version_unit", value=version_unit, expected_type=type_hints["version_unit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "strategy": strategy,
        }
        if package_unit is not None:
            self._values["package_unit"] = package_unit
        if quantity_of_packages_to_keep is not None:
            self._values["quantity_of_packages_to_keep"] = quantity_of_packages_to_keep
        if quantity_of_versions_to_keep is not None:
            self._values["quantity_of_versions_to_keep"] = quantity_of_versions_to_keep
        if version_unit is not None:
            self._values["version_unit"] = version_unit

    @builtins.property
    def strategy(self) -> builtins.str:
        '''The behaviour of the cache retention policy.

        Valid values are ``Default`` (let Octopus decide), ``Quantities`` (keep by a specified number of packages and versions).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#strategy MachinePolicy#strategy}
        '''
        result = self._values.get("strategy")
        assert result is not None, "Required property 'strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def package_unit(self) -> typing.Optional[builtins.str]:
        '''The method of counting packages when applying the Quantities strategy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#package_unit MachinePolicy#package_unit}
        '''
        result = self._values.get("package_unit")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quantity_of_packages_to_keep(self) -> typing.Optional[jsii.Number]:
        '''The number of packages to keep.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#quantity_of_packages_to_keep MachinePolicy#quantity_of_packages_to_keep}
        '''
        result = self._values.get("quantity_of_packages_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def quantity_of_versions_to_keep(self) -> typing.Optional[jsii.Number]:
        '''The number of package versions to keep.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#quantity_of_versions_to_keep MachinePolicy#quantity_of_versions_to_keep}
        '''
        result = self._values.get("quantity_of_versions_to_keep")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def version_unit(self) -> typing.Optional[builtins.str]:
        '''The method of counting package versions when applying the Quantities strategy.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#version_unit MachinePolicy#version_unit}
        '''
        result = self._values.get("version_unit")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyMachinePackageCacheRetentionPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachinePolicyMachinePackageCacheRetentionPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachinePackageCacheRetentionPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__89abaac2c629bcdb071dc982fb13e8e1f9218325d2786cb9ceed29c406479676)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetPackageUnit")
    def reset_package_unit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPackageUnit", []))

    @jsii.member(jsii_name="resetQuantityOfPackagesToKeep")
    def reset_quantity_of_packages_to_keep(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuantityOfPackagesToKeep", []))

    @jsii.member(jsii_name="resetQuantityOfVersionsToKeep")
    def reset_quantity_of_versions_to_keep(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetQuantityOfVersionsToKeep", []))

    @jsii.member(jsii_name="resetVersionUnit")
    def reset_version_unit(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersionUnit", []))

    @builtins.property
    @jsii.member(jsii_name="packageUnitInput")
    def package_unit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "packageUnitInput"))

    @builtins.property
    @jsii.member(jsii_name="quantityOfPackagesToKeepInput")
    def quantity_of_packages_to_keep_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "quantityOfPackagesToKeepInput"))

    @builtins.property
    @jsii.member(jsii_name="quantityOfVersionsToKeepInput")
    def quantity_of_versions_to_keep_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "quantityOfVersionsToKeepInput"))

    @builtins.property
    @jsii.member(jsii_name="strategyInput")
    def strategy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "strategyInput"))

    @builtins.property
    @jsii.member(jsii_name="versionUnitInput")
    def version_unit_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "versionUnitInput"))

    @builtins.property
    @jsii.member(jsii_name="packageUnit")
    def package_unit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageUnit"))

    @package_unit.setter
    def package_unit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__17a56d49acae63e05be99146ad1dd519a3562d65f7c64299bba86a4f4d95113b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageUnit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="quantityOfPackagesToKeep")
    def quantity_of_packages_to_keep(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "quantityOfPackagesToKeep"))

    @quantity_of_packages_to_keep.setter
    def quantity_of_packages_to_keep(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__839f6d6b9f2ebf89d5debe6a4e897302ae3e7d80c82aac6c74cd66459fc83b0e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityOfPackagesToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="quantityOfVersionsToKeep")
    def quantity_of_versions_to_keep(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "quantityOfVersionsToKeep"))

    @quantity_of_versions_to_keep.setter
    def quantity_of_versions_to_keep(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cf17e48eaeef665e57d8e3ad41c15f41a9bb4fef36a54efac68b6d0b1af76d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "quantityOfVersionsToKeep", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="strategy")
    def strategy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "strategy"))

    @strategy.setter
    def strategy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5d7967077f7c220c0b3d49abe296b93a686c0a41eeabe429e42edcde566adb3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "strategy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="versionUnit")
    def version_unit(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "versionUnit"))

    @version_unit.setter
    def version_unit(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__865ac7878d390495d1dacc8432dc56b6660b74981794665afe019f45d11fdac1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "versionUnit", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[MachinePolicyMachinePackageCacheRetentionPolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachinePackageCacheRetentionPolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[MachinePolicyMachinePackageCacheRetentionPolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d6189127ea7d06b8da0e77b3f192c8cd7faa0c2668adb6e8e2099c37f122925)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineUpdatePolicy",
    jsii_struct_bases=[],
    name_mapping={
        "calamari_update_behavior": "calamariUpdateBehavior",
        "kubernetes_agent_update_behavior": "kubernetesAgentUpdateBehavior",
        "tentacle_update_account_id": "tentacleUpdateAccountId",
        "tentacle_update_behavior": "tentacleUpdateBehavior",
    },
)
class MachinePolicyMachineUpdatePolicy:
    def __init__(
        self,
        *,
        calamari_update_behavior: typing.Optional[builtins.str] = None,
        kubernetes_agent_update_behavior: typing.Optional[builtins.str] = None,
        tentacle_update_account_id: typing.Optional[builtins.str] = None,
        tentacle_update_behavior: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param calamari_update_behavior: The behaviour of how Calamari is updated. Valid values are ``UpdateAlways``, ``UpdateOnDeployment`` and ``UpdateOnNewMachine``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#calamari_update_behavior MachinePolicy#calamari_update_behavior}
        :param kubernetes_agent_update_behavior: The behaviour of how Kubernetes agent machines are updated. Valid values are ``NeverUpdate`` and ``Update``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#kubernetes_agent_update_behavior MachinePolicy#kubernetes_agent_update_behavior}
        :param tentacle_update_account_id: The Account ID to perform any Tentacle updates under. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#tentacle_update_account_id MachinePolicy#tentacle_update_account_id}
        :param tentacle_update_behavior: The behaviour of how Tentacle machines are updated. Valid values are ``NeverUpdate`` and ``Update``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#tentacle_update_behavior MachinePolicy#tentacle_update_behavior}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__35ef42f66d12691c201fe2ab4499b5045afbe6928e73f715da4c413f20b422cb)
            check_type(argname="argument calamari_update_behavior", value=calamari_update_behavior, expected_type=type_hints["calamari_update_behavior"])
            check_type(argname="argument kubernetes_agent_update_behavior", value=kubernetes_agent_update_behavior, expected_type=type_hints["kubernetes_agent_update_behavior"])
            check_type(argname="argument tentacle_update_account_id", value=tentacle_update_account_id, expected_type=type_hints["tentacle_update_account_id"])
            check_type(argname="argument tentacle_update_behavior", value=tentacle_update_behavior, expected_type=type_hints["tentacle_update_behavior"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if calamari_update_behavior is not None:
            self._values["calamari_update_behavior"] = calamari_update_behavior
        if kubernetes_agent_update_behavior is not None:
            self._values["kubernetes_agent_update_behavior"] = kubernetes_agent_update_behavior
        if tentacle_update_account_id is not None:
            self._values["tentacle_update_account_id"] = tentacle_update_account_id
        if tentacle_update_behavior is not None:
            self._values["tentacle_update_behavior"] = tentacle_update_behavior

    @builtins.property
    def calamari_update_behavior(self) -> typing.Optional[builtins.str]:
        '''The behaviour of how Calamari is updated. Valid values are ``UpdateAlways``, ``UpdateOnDeployment`` and ``UpdateOnNewMachine``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#calamari_update_behavior MachinePolicy#calamari_update_behavior}
        '''
        result = self._values.get("calamari_update_behavior")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubernetes_agent_update_behavior(self) -> typing.Optional[builtins.str]:
        '''The behaviour of how Kubernetes agent machines are updated. Valid values are ``NeverUpdate`` and ``Update``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#kubernetes_agent_update_behavior MachinePolicy#kubernetes_agent_update_behavior}
        '''
        result = self._values.get("kubernetes_agent_update_behavior")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tentacle_update_account_id(self) -> typing.Optional[builtins.str]:
        '''The Account ID to perform any Tentacle updates under.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#tentacle_update_account_id MachinePolicy#tentacle_update_account_id}
        '''
        result = self._values.get("tentacle_update_account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tentacle_update_behavior(self) -> typing.Optional[builtins.str]:
        '''The behaviour of how Tentacle machines are updated. Valid values are ``NeverUpdate`` and ``Update``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/machine_policy#tentacle_update_behavior MachinePolicy#tentacle_update_behavior}
        '''
        result = self._values.get("tentacle_update_behavior")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachinePolicyMachineUpdatePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachinePolicyMachineUpdatePolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.machinePolicy.MachinePolicyMachineUpdatePolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a9996b22db26f82aa0f632c7ca6d5a41a7c55a605169fd87bc68e6b368ba5310)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetCalamariUpdateBehavior")
    def reset_calamari_update_behavior(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCalamariUpdateBehavior", []))

    @jsii.member(jsii_name="resetKubernetesAgentUpdateBehavior")
    def reset_kubernetes_agent_update_behavior(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetKubernetesAgentUpdateBehavior", []))

    @jsii.member(jsii_name="resetTentacleUpdateAccountId")
    def reset_tentacle_update_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTentacleUpdateAccountId", []))

    @jsii.member(jsii_name="resetTentacleUpdateBehavior")
    def reset_tentacle_update_behavior(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTentacleUpdateBehavior", []))

    @builtins.property
    @jsii.member(jsii_name="calamariUpdateBehaviorInput")
    def calamari_update_behavior_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "calamariUpdateBehaviorInput"))

    @builtins.property
    @jsii.member(jsii_name="kubernetesAgentUpdateBehaviorInput")
    def kubernetes_agent_update_behavior_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "kubernetesAgentUpdateBehaviorInput"))

    @builtins.property
    @jsii.member(jsii_name="tentacleUpdateAccountIdInput")
    def tentacle_update_account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tentacleUpdateAccountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tentacleUpdateBehaviorInput")
    def tentacle_update_behavior_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tentacleUpdateBehaviorInput"))

    @builtins.property
    @jsii.member(jsii_name="calamariUpdateBehavior")
    def calamari_update_behavior(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "calamariUpdateBehavior"))

    @calamari_update_behavior.setter
    def calamari_update_behavior(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__442b9ad7942b2ad83af71dc032da7bbae1b2fe9164971e3232cccf272311a593)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "calamariUpdateBehavior", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="kubernetesAgentUpdateBehavior")
    def kubernetes_agent_update_behavior(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "kubernetesAgentUpdateBehavior"))

    @kubernetes_agent_update_behavior.setter
    def kubernetes_agent_update_behavior(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__74770ec2f7d1b677b3f91de885bc1f93f370955efe18ba289b95383896c2a8d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "kubernetesAgentUpdateBehavior", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tentacleUpdateAccountId")
    def tentacle_update_account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tentacleUpdateAccountId"))

    @tentacle_update_account_id.setter
    def tentacle_update_account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30060ac623eb9e8220c5e48c2f5b2e4473ab374e37640df1399f077bcb3f6660)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tentacleUpdateAccountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tentacleUpdateBehavior")
    def tentacle_update_behavior(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tentacleUpdateBehavior"))

    @tentacle_update_behavior.setter
    def tentacle_update_behavior(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2f6ba963ffcbc6a982cc0b3b568e5e7e5a35ef7e86452b226993fc57fefab210)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tentacleUpdateBehavior", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(self) -> typing.Optional[MachinePolicyMachineUpdatePolicy]:
        return typing.cast(typing.Optional[MachinePolicyMachineUpdatePolicy], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[MachinePolicyMachineUpdatePolicy],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__695e29ec1d08437a7761a802282e5649cc85cb6f8f20ca58ca80f11cc8374295)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "MachinePolicy",
    "MachinePolicyConfig",
    "MachinePolicyMachineCleanupPolicy",
    "MachinePolicyMachineCleanupPolicyOutputReference",
    "MachinePolicyMachineConnectivityPolicy",
    "MachinePolicyMachineConnectivityPolicyOutputReference",
    "MachinePolicyMachineHealthCheckPolicy",
    "MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy",
    "MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicyOutputReference",
    "MachinePolicyMachineHealthCheckPolicyOutputReference",
    "MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy",
    "MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicyOutputReference",
    "MachinePolicyMachinePackageCacheRetentionPolicy",
    "MachinePolicyMachinePackageCacheRetentionPolicyOutputReference",
    "MachinePolicyMachineUpdatePolicy",
    "MachinePolicyMachineUpdatePolicyOutputReference",
]

publication.publish()

def _typecheckingstub__5590e35eb5a76cdfd60cc597358c00fc8897466f942e94a99a26eeacfae56365(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    name: builtins.str,
    connection_connect_timeout: typing.Optional[jsii.Number] = None,
    connection_retry_count_limit: typing.Optional[jsii.Number] = None,
    connection_retry_sleep_interval: typing.Optional[jsii.Number] = None,
    connection_retry_time_limit: typing.Optional[jsii.Number] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    machine_cleanup_policy: typing.Optional[typing.Union[MachinePolicyMachineCleanupPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_connectivity_policy: typing.Optional[typing.Union[MachinePolicyMachineConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_health_check_policy: typing.Optional[typing.Union[MachinePolicyMachineHealthCheckPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_package_cache_retention_policy: typing.Optional[typing.Union[MachinePolicyMachinePackageCacheRetentionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_update_policy: typing.Optional[typing.Union[MachinePolicyMachineUpdatePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    polling_request_queue_timeout: typing.Optional[jsii.Number] = None,
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

def _typecheckingstub__e9281522dd41226ea05838a886802bec2d0f1619cc72535df77a117a3cee4399(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6115b3018c5a93f5ed74230644a9157c5f5567ffac5990cea3cf3b372730a254(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0af318b6081ac04ddd22975bda2e392c9b22ed211c30fff59bb7ca7f3a7ae8c6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f05fde405dfd122a9bcfe1f57df847019dec647b2d226587d9daf81127107ea4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8a8bc1faf1f9976759e7f2b682d2a0c1a63b0712774bd080b5247023e221d86(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2df9b03ee0aa3732b4f97f47d7b95605ab58d7aa9a9ac265e8c8694f479c3322(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ccf702aa30732f1d730cb4d49d4e58400f40d4afcbe69ba2e616c1a98d56c9b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21914c10c67e8798c4c0fa84557b681433d0303ffe4da96a51b44afeb206484a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f4758546d0e8812216ecbccbe719dcf39c37673cc9767add62691e482a0d8e1(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f8b4604704c9a7cddc4f0cbe7dea12fba885b9e86f13ab34e1ed29d4787baeb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09513119eac3727c1f5715d6b38cc3b8fc37bd113014384cbc0c8acd217fa393(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    connection_connect_timeout: typing.Optional[jsii.Number] = None,
    connection_retry_count_limit: typing.Optional[jsii.Number] = None,
    connection_retry_sleep_interval: typing.Optional[jsii.Number] = None,
    connection_retry_time_limit: typing.Optional[jsii.Number] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    machine_cleanup_policy: typing.Optional[typing.Union[MachinePolicyMachineCleanupPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_connectivity_policy: typing.Optional[typing.Union[MachinePolicyMachineConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_health_check_policy: typing.Optional[typing.Union[MachinePolicyMachineHealthCheckPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_package_cache_retention_policy: typing.Optional[typing.Union[MachinePolicyMachinePackageCacheRetentionPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_update_policy: typing.Optional[typing.Union[MachinePolicyMachineUpdatePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    polling_request_queue_timeout: typing.Optional[jsii.Number] = None,
    space_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a944b30a39a618af6e114b94567e34ba1c6f575772b3bb550f97be83e546eb75(
    *,
    delete_machines_behavior: typing.Optional[builtins.str] = None,
    delete_machines_elapsed_timespan: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75c6ebcf24c41851135385d5c8e290747a8768febc7ac571ec36f066f1b69b22(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93c8b89dd3b23d7b1e947492f3b8d2fe4d9e64702c29add31a5c1b24bc6ed135(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52a611d49df434970fb79bbd0a52af3500b3e4f3d4888c905c3cb3f316a02db8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b8edc07aa027030f6044925ca36661c1d223cf1bb75955fa69dc0e50d31dc0d(
    value: typing.Optional[MachinePolicyMachineCleanupPolicy],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaab11ed8fdc7ab15a2757318d339c8abb3c6bd41c70a0a8320afe430c5d5272(
    *,
    machine_connectivity_behavior: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc6271a106355e5c00d2cedb5dadf9eed57001a70ecf16c852af31a208bf055d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e69dd29e52bab3673c73068bcfd562e7b0100da857d7fdfd3419fd9669bcf58(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b215c0328106880991b90c3f98f279b53cf1942823e33b4664ab1fee515b336d(
    value: typing.Optional[MachinePolicyMachineConnectivityPolicy],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d803387b66c0a94d563e58d90e260018a3380cd5438f139850411afb9bbadec0(
    *,
    bash_health_check_policy: typing.Union[MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy, typing.Dict[builtins.str, typing.Any]],
    powershell_health_check_policy: typing.Union[MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy, typing.Dict[builtins.str, typing.Any]],
    health_check_cron: typing.Optional[builtins.str] = None,
    health_check_cron_timezone: typing.Optional[builtins.str] = None,
    health_check_interval: typing.Optional[jsii.Number] = None,
    health_check_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cb4b0b386859e2718251217d34baefb99552fa92b99ba9b07d2c402513b2fd2(
    *,
    run_type: typing.Optional[builtins.str] = None,
    script_body: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c8c10418aaa6d54e4f3ec411b30d1b7377a73a76e8b1c7a9ba712928cf495d0(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__074185bef14ac3050db6054b0ec8c7d6a61277ac817b4c6dbedf7b8f01935c3f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ea7a274e828a897ead9b1112664372233bc6f0ee1827b2593cf3d21e941aee5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3101b22ceaa476674fafdeb6e6436fd549c1387f34cf3938fd561da44ccd6b5(
    value: typing.Optional[MachinePolicyMachineHealthCheckPolicyBashHealthCheckPolicy],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e372ee9384fbd0bc56b9b54f6b007c778ce0d851e6f11fbaeda884a6541196b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc4f7a3db49429be5e954a34f16f8473d8be99577a8508c5b711856b24510a15(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10d3a6ce79a548416ab447f7f3d2eef6771507899870e0893c94d707dc9dc6a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7eefb365bc7ae64da202ae8fba5597d71a898c519296d712c431c0098eb77df(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a2c08af7f5d34d2a11d8a480b924e3b9a9c2e05563bfcc3a5c19094fb610810(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__801e73bd0a4d501f83a0096cb874bfabb275d3ecf0b060859a084a27c0d069c4(
    value: typing.Optional[MachinePolicyMachineHealthCheckPolicy],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6be01b8e2698f9444581cb7374eb67c285a6c4aaa5bdcebcec8bea0cad773c7f(
    *,
    run_type: typing.Optional[builtins.str] = None,
    script_body: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6110688ef89658d7c82afef530edee2129b162111c56e27c3c8a0f8e81c28ac(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63e12e71f98270dc20c77b6ec65cea7a926884c284c402540e511b17a8985825(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe83c9e3997159e24e38f8a2bae1380bc3041291d685a5505bf3ce21b4f27ee6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ea2bbdb595376f430c23fb48b4c7cd195aad9b7234f5efb0eedf8571e7c6087(
    value: typing.Optional[MachinePolicyMachineHealthCheckPolicyPowershellHealthCheckPolicy],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__281b3c7646cd898c5d5a36348338ecb1707c593b8a6fe9a23bb07364ea146205(
    *,
    strategy: builtins.str,
    package_unit: typing.Optional[builtins.str] = None,
    quantity_of_packages_to_keep: typing.Optional[jsii.Number] = None,
    quantity_of_versions_to_keep: typing.Optional[jsii.Number] = None,
    version_unit: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89abaac2c629bcdb071dc982fb13e8e1f9218325d2786cb9ceed29c406479676(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17a56d49acae63e05be99146ad1dd519a3562d65f7c64299bba86a4f4d95113b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__839f6d6b9f2ebf89d5debe6a4e897302ae3e7d80c82aac6c74cd66459fc83b0e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cf17e48eaeef665e57d8e3ad41c15f41a9bb4fef36a54efac68b6d0b1af76d2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5d7967077f7c220c0b3d49abe296b93a686c0a41eeabe429e42edcde566adb3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__865ac7878d390495d1dacc8432dc56b6660b74981794665afe019f45d11fdac1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d6189127ea7d06b8da0e77b3f192c8cd7faa0c2668adb6e8e2099c37f122925(
    value: typing.Optional[MachinePolicyMachinePackageCacheRetentionPolicy],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35ef42f66d12691c201fe2ab4499b5045afbe6928e73f715da4c413f20b422cb(
    *,
    calamari_update_behavior: typing.Optional[builtins.str] = None,
    kubernetes_agent_update_behavior: typing.Optional[builtins.str] = None,
    tentacle_update_account_id: typing.Optional[builtins.str] = None,
    tentacle_update_behavior: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9996b22db26f82aa0f632c7ca6d5a41a7c55a605169fd87bc68e6b368ba5310(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__442b9ad7942b2ad83af71dc032da7bbae1b2fe9164971e3232cccf272311a593(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74770ec2f7d1b677b3f91de885bc1f93f370955efe18ba289b95383896c2a8d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30060ac623eb9e8220c5e48c2f5b2e4473ab374e37640df1399f077bcb3f6660(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f6ba963ffcbc6a982cc0b3b568e5e7e5a35ef7e86452b226993fc57fefab210(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__695e29ec1d08437a7761a802282e5649cc85cb6f8f20ca58ca80f11cc8374295(
    value: typing.Optional[MachinePolicyMachineUpdatePolicy],
) -> None:
    """Type checking stubs"""
    pass
