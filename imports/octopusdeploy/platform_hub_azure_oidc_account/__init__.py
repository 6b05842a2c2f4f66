r'''
# `octopusdeploy_platform_hub_azure_oidc_account`

Refer to the Terraform Registry for docs: [`octopusdeploy_platform_hub_azure_oidc_account`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account).
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


class PlatformHubAzureOidcAccount(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.platformHubAzureOidcAccount.PlatformHubAzureOidcAccount",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account octopusdeploy_platform_hub_azure_oidc_account}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        application_id: builtins.str,
        name: builtins.str,
        subscription_id: builtins.str,
        tenant_id: builtins.str,
        account_test_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        audience: typing.Optional[builtins.str] = None,
        authentication_endpoint: typing.Optional[builtins.str] = None,
        azure_environment: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_management_endpoint: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account octopusdeploy_platform_hub_azure_oidc_account} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param application_id: The Azure application ID (client ID). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#application_id PlatformHubAzureOidcAccount#application_id}
        :param name: The name of this Azure OpenID Connect account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#name PlatformHubAzureOidcAccount#name}
        :param subscription_id: The Azure subscription ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#subscription_id PlatformHubAzureOidcAccount#subscription_id}
        :param tenant_id: The Azure tenant ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#tenant_id PlatformHubAzureOidcAccount#tenant_id}
        :param account_test_subject_keys: Keys to include in an account test. Valid options are ``space``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#account_test_subject_keys PlatformHubAzureOidcAccount#account_test_subject_keys}
        :param audience: The audience for the Azure OIDC account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#audience PlatformHubAzureOidcAccount#audience}
        :param authentication_endpoint: The Active Directory endpoint base URI. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#authentication_endpoint PlatformHubAzureOidcAccount#authentication_endpoint}
        :param azure_environment: The Azure environment. Valid values are ``AzureCloud``, ``AzureChinaCloud``, ``AzureGermanCloud``, ``AzureUSGovernment``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#azure_environment PlatformHubAzureOidcAccount#azure_environment}
        :param description: The description of this Azure OpenID Connect account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#description PlatformHubAzureOidcAccount#description}
        :param execution_subject_keys: Keys to include in a deployment or runbook. Valid options are ``space``, ``environment``, ``project``, ``tenant``, ``runbook``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#execution_subject_keys PlatformHubAzureOidcAccount#execution_subject_keys}
        :param health_subject_keys: Keys to include in a health check. Valid options are ``space``, ``account``, ``target``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#health_subject_keys PlatformHubAzureOidcAccount#health_subject_keys}
        :param resource_management_endpoint: The Azure Resource Management endpoint base URI. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#resource_management_endpoint PlatformHubAzureOidcAccount#resource_management_endpoint}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f5c33d3c33211672cb1217b000edf86b1361f80bbf2db7381c87f9355efb5485)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = PlatformHubAzureOidcAccountConfig(
            application_id=application_id,
            name=name,
            subscription_id=subscription_id,
            tenant_id=tenant_id,
            account_test_subject_keys=account_test_subject_keys,
            audience=audience,
            authentication_endpoint=authentication_endpoint,
            azure_environment=azure_environment,
            description=description,
            execution_subject_keys=execution_subject_keys,
            health_subject_keys=health_subject_keys,
            resource_management_endpoint=resource_management_endpoint,
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
        '''Generates CDKTF code for importing a PlatformHubAzureOidcAccount resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the PlatformHubAzureOidcAccount to import.
        :param import_from_id: The id of the existing PlatformHubAzureOidcAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the PlatformHubAzureOidcAccount to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__005774f827378a09acf5710297a86da045f69969053716b5668a30ecf86ec66f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAccountTestSubjectKeys")
    def reset_account_test_subject_keys(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountTestSubjectKeys", []))

    @jsii.member(jsii_name="resetAudience")
    def reset_audience(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAudience", []))

    @jsii.member(jsii_name="resetAuthenticationEndpoint")
    def reset_authentication_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticationEndpoint", []))

    @jsii.member(jsii_name="resetAzureEnvironment")
    def reset_azure_environment(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAzureEnvironment", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetExecutionSubjectKeys")
    def reset_execution_subject_keys(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExecutionSubjectKeys", []))

    @jsii.member(jsii_name="resetHealthSubjectKeys")
    def reset_health_subject_keys(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthSubjectKeys", []))

    @jsii.member(jsii_name="resetResourceManagementEndpoint")
    def reset_resource_management_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResourceManagementEndpoint", []))

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
    @jsii.member(jsii_name="accountTestSubjectKeysInput")
    def account_test_subject_keys_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "accountTestSubjectKeysInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationIdInput")
    def application_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationIdInput"))

    @builtins.property
    @jsii.member(jsii_name="audienceInput")
    def audience_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "audienceInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticationEndpointInput")
    def authentication_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authenticationEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="azureEnvironmentInput")
    def azure_environment_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "azureEnvironmentInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="executionSubjectKeysInput")
    def execution_subject_keys_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "executionSubjectKeysInput"))

    @builtins.property
    @jsii.member(jsii_name="healthSubjectKeysInput")
    def health_subject_keys_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "healthSubjectKeysInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="resourceManagementEndpointInput")
    def resource_management_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "resourceManagementEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="subscriptionIdInput")
    def subscription_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "subscriptionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantIdInput")
    def tenant_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantIdInput"))

    @builtins.property
    @jsii.member(jsii_name="accountTestSubjectKeys")
    def account_test_subject_keys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "accountTestSubjectKeys"))

    @account_test_subject_keys.setter
    def account_test_subject_keys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f42ec9f4f095bb856b86b2e8a37275ca026170174a47b3c6540149f7a0c26e0a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountTestSubjectKeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationId")
    def application_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationId"))

    @application_id.setter
    def application_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c20e2e34c274482590c977755d20f030d240e5adc55f465ce0d0232cf8d1d3da)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="audience")
    def audience(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "audience"))

    @audience.setter
    def audience(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__45f3285ba366476987661ae97fe96ccbf7450922c65b8fa4b297a5c209cd364f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "audience", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationEndpoint")
    def authentication_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationEndpoint"))

    @authentication_endpoint.setter
    def authentication_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6a755cf9b48582771a1e4d1cc0492d8cf1aba9c6c70f6994d6743cc2dbe0953)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="azureEnvironment")
    def azure_environment(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "azureEnvironment"))

    @azure_environment.setter
    def azure_environment(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0406113ccdb6bf541089e204ee3776932e725fda765cf04a272a2bd786622c7c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "azureEnvironment", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e7223e65836b3305e1de83001fc86b9d5e7034d5ebcc17b23742f60f2bf3d7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="executionSubjectKeys")
    def execution_subject_keys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "executionSubjectKeys"))

    @execution_subject_keys.setter
    def execution_subject_keys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f4ba1d08a59510a046f3f2dc42838ee8ae9a58adef9c7ecfa715d63c8f4ec90c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "executionSubjectKeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthSubjectKeys")
    def health_subject_keys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "healthSubjectKeys"))

    @health_subject_keys.setter
    def health_subject_keys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__661384793db9498867abaac8e30396813635ab2128431b2de11ce400d215e7f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthSubjectKeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__41f91e811db98380f745bde0d9e14bd00d799eec1a0a66e39a78dbfb588495aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceManagementEndpoint")
    def resource_management_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceManagementEndpoint"))

    @resource_management_endpoint.setter
    def resource_management_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fe5dcdd8c46e22473cfc507fc1bee07fb3e2215ff66d92f8817f486146332249)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resourceManagementEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="subscriptionId")
    def subscription_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "subscriptionId"))

    @subscription_id.setter
    def subscription_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df9169a11da1a776479cbe3faa0a37b5f1ad556ce4867b3c066d263710fa07b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "subscriptionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9cdd50d913ac0e935b5149f82c35e3311f001ac6dc2e62fef58cfa61d803701f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.platformHubAzureOidcAccount.PlatformHubAzureOidcAccountConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "application_id": "applicationId",
        "name": "name",
        "subscription_id": "subscriptionId",
        "tenant_id": "tenantId",
        "account_test_subject_keys": "accountTestSubjectKeys",
        "audience": "audience",
        "authentication_endpoint": "authenticationEndpoint",
        "azure_environment": "azureEnvironment",
        "description": "description",
        "execution_subject_keys": "executionSubjectKeys",
        "health_subject_keys": "healthSubjectKeys",
        "resource_management_endpoint": "resourceManagementEndpoint",
    },
)
class PlatformHubAzureOidcAccountConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        application_id: builtins.str,
        name: builtins.str,
        subscription_id: builtins.str,
        tenant_id: builtins.str,
        account_test_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        audience: typing.Optional[builtins.str] = None,
        authentication_endpoint: typing.Optional[builtins.str] = None,
        azure_environment: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        resource_management_endpoint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param application_id: The Azure application ID (client ID). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#application_id PlatformHubAzureOidcAccount#application_id}
        :param name: The name of this Azure OpenID Connect account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#name PlatformHubAzureOidcAccount#name}
        :param subscription_id: The Azure subscription ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#subscription_id PlatformHubAzureOidcAccount#subscription_id}
        :param tenant_id: The Azure tenant ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#tenant_id PlatformHubAzureOidcAccount#tenant_id}
        :param account_test_subject_keys: Keys to include in an account test. Valid options are ``space``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#account_test_subject_keys PlatformHubAzureOidcAccount#account_test_subject_keys}
        :param audience: The audience for the Azure OIDC account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#audience PlatformHubAzureOidcAccount#audience}
        :param authentication_endpoint: The Active Directory endpoint base URI. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#authentication_endpoint PlatformHubAzureOidcAccount#authentication_endpoint}
        :param azure_environment: The Azure environment. Valid values are ``AzureCloud``, ``AzureChinaCloud``, ``AzureGermanCloud``, ``AzureUSGovernment``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#azure_environment PlatformHubAzureOidcAccount#azure_environment}
        :param description: The description of this Azure OpenID Connect account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#description PlatformHubAzureOidcAccount#description}
        :param execution_subject_keys: Keys to include in a deployment or runbook. Valid options are ``space``, ``environment``, ``project``, ``tenant``, ``runbook``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#execution_subject_keys PlatformHubAzureOidcAccount#execution_subject_keys}
        :param health_subject_keys: Keys to include in a health check. Valid options are ``space``, ``account``, ``target``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#health_subject_keys PlatformHubAzureOidcAccount#health_subject_keys}
        :param resource_management_endpoint: The Azure Resource Management endpoint base URI. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#resource_management_endpoint PlatformHubAzureOidcAccount#resource_management_endpoint}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__33237665ea90039b5e409f9f3e9901ef2b63e09cb2cee63b9f3402a54709951d)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument application_id", value=application_id, expected_type=type_hints["application_id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument subscription_id", value=subscription_id, expected_type=type_hints["subscription_id"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
            check_type(argname="argument account_test_subject_keys", value=account_test_subject_keys, expected_type=type_hints["account_test_subject_keys"])
            check_type(argname="argument audience", value=audience, expected_type=type_hints["audience"])
            check_type(argname="argument authentication_endpoint", value=authentication_endpoint, expected_type=type_hints["authentication_endpoint"])
            check_type(argname="argument azure_environment", value=azure_environment, expected_type=type_hints["azure_environment"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument execution_subject_keys", value=execution_subject_keys, expected_type=type_hints["execution_subject_keys"])
            check_type(argname="argument health_subject_keys", value=health_subject_keys, expected_type=type_hints["health_subject_keys"])
            check_type(argname="argument resource_management_endpoint", value=resource_management_endpoint, expected_type=type_hints["resource_management_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "application_id": application_id,
            "name": name,
            "subscription_id": subscription_id,
            "tenant_id": tenant_id,
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
        if account_test_subject_keys is not None:
            self._values["account_test_subject_keys"] = account_test_subject_keys
        if audience is not None:
            self._values["audience"] = audience
        if authentication_endpoint is not None:
            self._values["authentication_endpoint"] = authentication_endpoint
        if azure_environment is not None:
            self._values["azure_environment"] = azure_environment
        if description is not None:
            self._values["description"] = description
        if execution_subject_keys is not None:
            self._values["execution_subject_keys"] = execution_subject_keys
        if health_subject_keys is not None:
            self._values["health_subject_keys"] = health_subject_keys
        if resource_management_endpoint is not None:
            self._values["resource_management_endpoint"] = resource_management_endpoint

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
    def application_id(self) -> builtins.str:
        '''The Azure application ID (client ID).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#application_id PlatformHubAzureOidcAccount#application_id}
        '''
        result = self._values.get("application_id")
        assert result is not None, "Required property 'application_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this Azure OpenID Connect account.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#name PlatformHubAzureOidcAccount#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def subscription_id(self) -> builtins.str:
        '''The Azure subscription ID.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#subscription_id PlatformHubAzureOidcAccount#subscription_id}
        '''
        result = self._values.get("subscription_id")
        assert result is not None, "Required property 'subscription_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''The Azure tenant ID.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#tenant_id PlatformHubAzureOidcAccount#tenant_id}
        '''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def account_test_subject_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to include in an account test. Valid options are ``space``, ``account``, ``type``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#account_test_subject_keys PlatformHubAzureOidcAccount#account_test_subject_keys}
        '''
        result = self._values.get("account_test_subject_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def audience(self) -> typing.Optional[builtins.str]:
        '''The audience for the Azure OIDC account.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#audience PlatformHubAzureOidcAccount#audience}
        '''
        result = self._values.get("audience")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication_endpoint(self) -> typing.Optional[builtins.str]:
        '''The Active Directory endpoint base URI.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#authentication_endpoint PlatformHubAzureOidcAccount#authentication_endpoint}
        '''
        result = self._values.get("authentication_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def azure_environment(self) -> typing.Optional[builtins.str]:
        '''The Azure environment. Valid values are ``AzureCloud``, ``AzureChinaCloud``, ``AzureGermanCloud``, ``AzureUSGovernment``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#azure_environment PlatformHubAzureOidcAccount#azure_environment}
        '''
        result = self._values.get("azure_environment")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''The description of this Azure OpenID Connect account.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#description PlatformHubAzureOidcAccount#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def execution_subject_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to include in a deployment or runbook. Valid options are ``space``, ``environment``, ``project``, ``tenant``, ``runbook``, ``account``, ``type``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#execution_subject_keys PlatformHubAzureOidcAccount#execution_subject_keys}
        '''
        result = self._values.get("execution_subject_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def health_subject_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to include in a health check. Valid options are ``space``, ``account``, ``target``, ``type``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#health_subject_keys PlatformHubAzureOidcAccount#health_subject_keys}
        '''
        result = self._values.get("health_subject_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def resource_management_endpoint(self) -> typing.Optional[builtins.str]:
        '''The Azure Resource Management endpoint base URI.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/platform_hub_azure_oidc_account#resource_management_endpoint PlatformHubAzureOidcAccount#resource_management_endpoint}
        '''
        result = self._values.get("resource_management_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PlatformHubAzureOidcAccountConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "PlatformHubAzureOidcAccount",
    "PlatformHubAzureOidcAccountConfig",
]

publication.publish()

def _typecheckingstub__f5c33d3c33211672cb1217b000edf86b1361f80bbf2db7381c87f9355efb5485(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    application_id: builtins.str,
    name: builtins.str,
    subscription_id: builtins.str,
    tenant_id: builtins.str,
    account_test_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    audience: typing.Optional[builtins.str] = None,
    authentication_endpoint: typing.Optional[builtins.str] = None,
    azure_environment: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_management_endpoint: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__005774f827378a09acf5710297a86da045f69969053716b5668a30ecf86ec66f(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f42ec9f4f095bb856b86b2e8a37275ca026170174a47b3c6540149f7a0c26e0a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c20e2e34c274482590c977755d20f030d240e5adc55f465ce0d0232cf8d1d3da(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45f3285ba366476987661ae97fe96ccbf7450922c65b8fa4b297a5c209cd364f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6a755cf9b48582771a1e4d1cc0492d8cf1aba9c6c70f6994d6743cc2dbe0953(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0406113ccdb6bf541089e204ee3776932e725fda765cf04a272a2bd786622c7c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e7223e65836b3305e1de83001fc86b9d5e7034d5ebcc17b23742f60f2bf3d7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4ba1d08a59510a046f3f2dc42838ee8ae9a58adef9c7ecfa715d63c8f4ec90c(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__661384793db9498867abaac8e30396813635ab2128431b2de11ce400d215e7f8(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41f91e811db98380f745bde0d9e14bd00d799eec1a0a66e39a78dbfb588495aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe5dcdd8c46e22473cfc507fc1bee07fb3e2215ff66d92f8817f486146332249(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df9169a11da1a776479cbe3faa0a37b5f1ad556ce4867b3c066d263710fa07b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9cdd50d913ac0e935b5149f82c35e3311f001ac6dc2e62fef58cfa61d803701f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33237665ea90039b5e409f9f3e9901ef2b63e09cb2cee63b9f3402a54709951d(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    application_id: builtins.str,
    name: builtins.str,
    subscription_id: builtins.str,
    tenant_id: builtins.str,
    account_test_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    audience: typing.Optional[builtins.str] = None,
    authentication_endpoint: typing.Optional[builtins.str] = None,
    azure_environment: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    resource_management_endpoint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
