r'''
# `octopusdeploy_azure_openid_connect`

Refer to the Terraform Registry for docs: [`octopusdeploy_azure_openid_connect`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect).
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


class AzureOpenidConnect(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureOpenidConnect.AzureOpenidConnect",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect octopusdeploy_azure_openid_connect}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
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
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        id: typing.Optional[builtins.str] = None,
        resource_manager_endpoint: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect octopusdeploy_azure_openid_connect} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param application_id: The application ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#application_id AzureOpenidConnect#application_id}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#name AzureOpenidConnect#name}
        :param subscription_id: The subscription ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#subscription_id AzureOpenidConnect#subscription_id}
        :param tenant_id: The tenant ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenant_id AzureOpenidConnect#tenant_id}
        :param account_test_subject_keys: Keys to include in an account test. Valid options are: ``space``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#account_test_subject_keys AzureOpenidConnect#account_test_subject_keys}
        :param audience: Federated credentials audience, this value is used to establish a connection between external workload identities and Microsoft Entra ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#audience AzureOpenidConnect#audience}
        :param authentication_endpoint: The authentication endpoint URI for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#authentication_endpoint AzureOpenidConnect#authentication_endpoint}
        :param azure_environment: The Azure environment associated with this resource. Valid Azure environments are ``AzureCloud``, ``AzureChinaCloud``, ``AzureGermanCloud``, or ``AzureUSGovernment``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#azure_environment AzureOpenidConnect#azure_environment}
        :param description: The description of this Azure OpenID Connect account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#description AzureOpenidConnect#description}
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#environments AzureOpenidConnect#environments}
        :param execution_subject_keys: Keys to include in a deployment or runbook. Valid options are ``space``, ``environment``, ``project``, ``tenant``, ``runbook``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#execution_subject_keys AzureOpenidConnect#execution_subject_keys}
        :param health_subject_keys: Keys to include in a health check. Valid options are ``space``, ``account``, ``target``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#health_subject_keys AzureOpenidConnect#health_subject_keys}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#id AzureOpenidConnect#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param resource_manager_endpoint: The resource manager endpoint URI for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#resource_manager_endpoint AzureOpenidConnect#resource_manager_endpoint}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#space_id AzureOpenidConnect#space_id}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenanted_deployment_participation AzureOpenidConnect#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenants AzureOpenidConnect#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenant_tags AzureOpenidConnect#tenant_tags}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c807ea7c1edd880c0907583cb1fd946ec01173432f3698a988caeb5dbe0becfa)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = AzureOpenidConnectConfig(
            application_id=application_id,
            name=name,
            subscription_id=subscription_id,
            tenant_id=tenant_id,
            account_test_subject_keys=account_test_subject_keys,
            audience=audience,
            authentication_endpoint=authentication_endpoint,
            azure_environment=azure_environment,
            description=description,
            environments=environments,
            execution_subject_keys=execution_subject_keys,
            health_subject_keys=health_subject_keys,
            id=id,
            resource_manager_endpoint=resource_manager_endpoint,
            space_id=space_id,
            tenanted_deployment_participation=tenanted_deployment_participation,
            tenants=tenants,
            tenant_tags=tenant_tags,
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
        '''Generates CDKTF code for importing a AzureOpenidConnect resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the AzureOpenidConnect to import.
        :param import_from_id: The id of the existing AzureOpenidConnect that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the AzureOpenidConnect to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__486dc1dcd620516b871c1af8c0dc81429bd8a9928e3213b4d4238c3a29e5a70e)
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

    @jsii.member(jsii_name="resetEnvironments")
    def reset_environments(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironments", []))

    @jsii.member(jsii_name="resetExecutionSubjectKeys")
    def reset_execution_subject_keys(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExecutionSubjectKeys", []))

    @jsii.member(jsii_name="resetHealthSubjectKeys")
    def reset_health_subject_keys(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthSubjectKeys", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetResourceManagerEndpoint")
    def reset_resource_manager_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResourceManagerEndpoint", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetTenantedDeploymentParticipation")
    def reset_tenanted_deployment_participation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantedDeploymentParticipation", []))

    @jsii.member(jsii_name="resetTenants")
    def reset_tenants(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenants", []))

    @jsii.member(jsii_name="resetTenantTags")
    def reset_tenant_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantTags", []))

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
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

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
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="resourceManagerEndpointInput")
    def resource_manager_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "resourceManagerEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="subscriptionIdInput")
    def subscription_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "subscriptionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipationInput")
    def tenanted_deployment_participation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantedDeploymentParticipationInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantIdInput")
    def tenant_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantsInput")
    def tenants_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantsInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantTagsInput")
    def tenant_tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantTagsInput"))

    @builtins.property
    @jsii.member(jsii_name="accountTestSubjectKeys")
    def account_test_subject_keys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "accountTestSubjectKeys"))

    @account_test_subject_keys.setter
    def account_test_subject_keys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__097460020912be58618e0011f2035908d9a02191861968287eeaf7c46734631b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountTestSubjectKeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationId")
    def application_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationId"))

    @application_id.setter
    def application_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a341d3f010ed9179fc39f92e7a61620a40a5d807bd0e3042c475aac3746fac3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="audience")
    def audience(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "audience"))

    @audience.setter
    def audience(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4579a62fb8a30bfd5d2683efd0ad53c0c8d1470fac2f57368545328552707289)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "audience", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationEndpoint")
    def authentication_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationEndpoint"))

    @authentication_endpoint.setter
    def authentication_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f1d10a474b19ea199276da3ef5641ec0e20ac26aed2e213e5835ae58fa622189)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="azureEnvironment")
    def azure_environment(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "azureEnvironment"))

    @azure_environment.setter
    def azure_environment(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8678de854b72422d5357fac5d5bab0547fa39f26377961baeeeac08319f048f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "azureEnvironment", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac79c313d72da770f23acaaca899246b045829e7fbb4843d3114d338e1f14537)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25fe53cf906bc7f5f81fc529b5f89e31db4b40a5916ff68bbd331a3e8eef81ac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="executionSubjectKeys")
    def execution_subject_keys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "executionSubjectKeys"))

    @execution_subject_keys.setter
    def execution_subject_keys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab4328231e3ca28b39e9128391d32cd30704e98a467ed9495a1022f9941a7e7b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "executionSubjectKeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthSubjectKeys")
    def health_subject_keys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "healthSubjectKeys"))

    @health_subject_keys.setter
    def health_subject_keys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d32db662121ad3c6806eea3f08b56cfb9af40a1866c14406350f9bd60dcd37e5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthSubjectKeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f95b1c82e4c97644c4c35d80f786df5e96d50953695c416041d6a259a13c5cbb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c8e593692e279167376354475e8d932aafeba5644b3427e48eb76353721ffa4e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceManagerEndpoint")
    def resource_manager_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceManagerEndpoint"))

    @resource_manager_endpoint.setter
    def resource_manager_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec1536f9645008c8e9443c309e310892c991c422f05fd6b4eb814c15ecd7cf47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resourceManagerEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e5c6ec26b152eb7713b153508dceb6e4acff9597a355fd91e1c8cd88ac5f6722)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="subscriptionId")
    def subscription_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "subscriptionId"))

    @subscription_id.setter
    def subscription_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__374378db3e40dbf3964010154041a80605c8185033f4ef699d2e1b8ac35866c1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "subscriptionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @tenanted_deployment_participation.setter
    def tenanted_deployment_participation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac71b977eca9ecc5a3c1c6e7c607e7e0f3e5aa1f7d556361b7a6d6ddf7836604)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantedDeploymentParticipation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf8240f101ae4bc44277bfc2f95aab3d42cbf4645bc6bcfcebe2e8c60b4e8629)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__125c302c769334d65f7e12dbfe18dc02b42de603bab3a2d392927be8c03be473)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__263ee3644b29afd3a0ea69a4e2a390f284b378e93a54c4ff323896168f3172ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureOpenidConnect.AzureOpenidConnectConfig",
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
        "environments": "environments",
        "execution_subject_keys": "executionSubjectKeys",
        "health_subject_keys": "healthSubjectKeys",
        "id": "id",
        "resource_manager_endpoint": "resourceManagerEndpoint",
        "space_id": "spaceId",
        "tenanted_deployment_participation": "tenantedDeploymentParticipation",
        "tenants": "tenants",
        "tenant_tags": "tenantTags",
    },
)
class AzureOpenidConnectConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        environments: typing.Optional[typing.Sequence[builtins.str]] = None,
        execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        id: typing.Optional[builtins.str] = None,
        resource_manager_endpoint: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param application_id: The application ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#application_id AzureOpenidConnect#application_id}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#name AzureOpenidConnect#name}
        :param subscription_id: The subscription ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#subscription_id AzureOpenidConnect#subscription_id}
        :param tenant_id: The tenant ID of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenant_id AzureOpenidConnect#tenant_id}
        :param account_test_subject_keys: Keys to include in an account test. Valid options are: ``space``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#account_test_subject_keys AzureOpenidConnect#account_test_subject_keys}
        :param audience: Federated credentials audience, this value is used to establish a connection between external workload identities and Microsoft Entra ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#audience AzureOpenidConnect#audience}
        :param authentication_endpoint: The authentication endpoint URI for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#authentication_endpoint AzureOpenidConnect#authentication_endpoint}
        :param azure_environment: The Azure environment associated with this resource. Valid Azure environments are ``AzureCloud``, ``AzureChinaCloud``, ``AzureGermanCloud``, or ``AzureUSGovernment``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#azure_environment AzureOpenidConnect#azure_environment}
        :param description: The description of this Azure OpenID Connect account. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#description AzureOpenidConnect#description}
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#environments AzureOpenidConnect#environments}
        :param execution_subject_keys: Keys to include in a deployment or runbook. Valid options are ``space``, ``environment``, ``project``, ``tenant``, ``runbook``, ``account``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#execution_subject_keys AzureOpenidConnect#execution_subject_keys}
        :param health_subject_keys: Keys to include in a health check. Valid options are ``space``, ``account``, ``target``, ``type``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#health_subject_keys AzureOpenidConnect#health_subject_keys}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#id AzureOpenidConnect#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param resource_manager_endpoint: The resource manager endpoint URI for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#resource_manager_endpoint AzureOpenidConnect#resource_manager_endpoint}
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#space_id AzureOpenidConnect#space_id}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenanted_deployment_participation AzureOpenidConnect#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenants AzureOpenidConnect#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenant_tags AzureOpenidConnect#tenant_tags}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b4ec68e55eb7b1801b84849b829ebff02585eed72836a9ab5669dbb33ab603f)
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
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument execution_subject_keys", value=execution_subject_keys, expected_type=type_hints["execution_subject_keys"])
            check_type(argname="argument health_subject_keys", value=health_subject_keys, expected_type=type_hints["health_subject_keys"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument resource_manager_endpoint", value=resource_manager_endpoint, expected_type=type_hints["resource_manager_endpoint"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument tenanted_deployment_participation", value=tenanted_deployment_participation, expected_type=type_hints["tenanted_deployment_participation"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
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
        if environments is not None:
            self._values["environments"] = environments
        if execution_subject_keys is not None:
            self._values["execution_subject_keys"] = execution_subject_keys
        if health_subject_keys is not None:
            self._values["health_subject_keys"] = health_subject_keys
        if id is not None:
            self._values["id"] = id
        if resource_manager_endpoint is not None:
            self._values["resource_manager_endpoint"] = resource_manager_endpoint
        if space_id is not None:
            self._values["space_id"] = space_id
        if tenanted_deployment_participation is not None:
            self._values["tenanted_deployment_participation"] = tenanted_deployment_participation
        if tenants is not None:
            self._values["tenants"] = tenants
        if tenant_tags is not None:
            self._values["tenant_tags"] = tenant_tags

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
        '''The application ID of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#application_id AzureOpenidConnect#application_id}
        '''
        result = self._values.get("application_id")
        assert result is not None, "Required property 'application_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#name AzureOpenidConnect#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def subscription_id(self) -> builtins.str:
        '''The subscription ID of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#subscription_id AzureOpenidConnect#subscription_id}
        '''
        result = self._values.get("subscription_id")
        assert result is not None, "Required property 'subscription_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def tenant_id(self) -> builtins.str:
        '''The tenant ID of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenant_id AzureOpenidConnect#tenant_id}
        '''
        result = self._values.get("tenant_id")
        assert result is not None, "Required property 'tenant_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def account_test_subject_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to include in an account test. Valid options are: ``space``, ``account``, ``type``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#account_test_subject_keys AzureOpenidConnect#account_test_subject_keys}
        '''
        result = self._values.get("account_test_subject_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def audience(self) -> typing.Optional[builtins.str]:
        '''Federated credentials audience, this value is used to establish a connection between external workload identities and Microsoft Entra ID.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#audience AzureOpenidConnect#audience}
        '''
        result = self._values.get("audience")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication_endpoint(self) -> typing.Optional[builtins.str]:
        '''The authentication endpoint URI for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#authentication_endpoint AzureOpenidConnect#authentication_endpoint}
        '''
        result = self._values.get("authentication_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def azure_environment(self) -> typing.Optional[builtins.str]:
        '''The Azure environment associated with this resource. Valid Azure environments are ``AzureCloud``, ``AzureChinaCloud``, ``AzureGermanCloud``, or ``AzureUSGovernment``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#azure_environment AzureOpenidConnect#azure_environment}
        '''
        result = self._values.get("azure_environment")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''The description of this Azure OpenID Connect account.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#description AzureOpenidConnect#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def environments(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of environment IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#environments AzureOpenidConnect#environments}
        '''
        result = self._values.get("environments")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def execution_subject_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to include in a deployment or runbook. Valid options are ``space``, ``environment``, ``project``, ``tenant``, ``runbook``, ``account``, ``type``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#execution_subject_keys AzureOpenidConnect#execution_subject_keys}
        '''
        result = self._values.get("execution_subject_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def health_subject_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to include in a health check. Valid options are ``space``, ``account``, ``target``, ``type``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#health_subject_keys AzureOpenidConnect#health_subject_keys}
        '''
        result = self._values.get("health_subject_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#id AzureOpenidConnect#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_manager_endpoint(self) -> typing.Optional[builtins.str]:
        '''The resource manager endpoint URI for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#resource_manager_endpoint AzureOpenidConnect#resource_manager_endpoint}
        '''
        result = self._values.get("resource_manager_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#space_id AzureOpenidConnect#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenanted_deployment_participation(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenanted_deployment_participation AzureOpenidConnect#tenanted_deployment_participation}
        '''
        result = self._values.get("tenanted_deployment_participation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenants AzureOpenidConnect#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant tags associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_openid_connect#tenant_tags AzureOpenidConnect#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureOpenidConnectConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "AzureOpenidConnect",
    "AzureOpenidConnectConfig",
]

publication.publish()

def _typecheckingstub__c807ea7c1edd880c0907583cb1fd946ec01173432f3698a988caeb5dbe0becfa(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
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
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    id: typing.Optional[builtins.str] = None,
    resource_manager_endpoint: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
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

def _typecheckingstub__486dc1dcd620516b871c1af8c0dc81429bd8a9928e3213b4d4238c3a29e5a70e(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__097460020912be58618e0011f2035908d9a02191861968287eeaf7c46734631b(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a341d3f010ed9179fc39f92e7a61620a40a5d807bd0e3042c475aac3746fac3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4579a62fb8a30bfd5d2683efd0ad53c0c8d1470fac2f57368545328552707289(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1d10a474b19ea199276da3ef5641ec0e20ac26aed2e213e5835ae58fa622189(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8678de854b72422d5357fac5d5bab0547fa39f26377961baeeeac08319f048f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac79c313d72da770f23acaaca899246b045829e7fbb4843d3114d338e1f14537(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25fe53cf906bc7f5f81fc529b5f89e31db4b40a5916ff68bbd331a3e8eef81ac(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab4328231e3ca28b39e9128391d32cd30704e98a467ed9495a1022f9941a7e7b(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d32db662121ad3c6806eea3f08b56cfb9af40a1866c14406350f9bd60dcd37e5(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f95b1c82e4c97644c4c35d80f786df5e96d50953695c416041d6a259a13c5cbb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8e593692e279167376354475e8d932aafeba5644b3427e48eb76353721ffa4e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec1536f9645008c8e9443c309e310892c991c422f05fd6b4eb814c15ecd7cf47(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5c6ec26b152eb7713b153508dceb6e4acff9597a355fd91e1c8cd88ac5f6722(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__374378db3e40dbf3964010154041a80605c8185033f4ef699d2e1b8ac35866c1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac71b977eca9ecc5a3c1c6e7c607e7e0f3e5aa1f7d556361b7a6d6ddf7836604(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf8240f101ae4bc44277bfc2f95aab3d42cbf4645bc6bcfcebe2e8c60b4e8629(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__125c302c769334d65f7e12dbfe18dc02b42de603bab3a2d392927be8c03be473(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__263ee3644b29afd3a0ea69a4e2a390f284b378e93a54c4ff323896168f3172ea(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b4ec68e55eb7b1801b84849b829ebff02585eed72836a9ab5669dbb33ab603f(
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
    environments: typing.Optional[typing.Sequence[builtins.str]] = None,
    execution_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    health_subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    id: typing.Optional[builtins.str] = None,
    resource_manager_endpoint: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
