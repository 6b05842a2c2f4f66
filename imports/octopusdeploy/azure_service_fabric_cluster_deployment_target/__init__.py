r'''
# `octopusdeploy_azure_service_fabric_cluster_deployment_target`

Refer to the Terraform Registry for docs: [`octopusdeploy_azure_service_fabric_cluster_deployment_target`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target).
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


class AzureServiceFabricClusterDeploymentTarget(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTarget",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target octopusdeploy_azure_service_fabric_cluster_deployment_target}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        connection_endpoint: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        aad_client_credential_secret: typing.Optional[builtins.str] = None,
        aad_credential_type: typing.Optional[builtins.str] = None,
        aad_user_credential_password: typing.Optional[builtins.str] = None,
        aad_user_credential_username: typing.Optional[builtins.str] = None,
        certificate_store_location: typing.Optional[builtins.str] = None,
        certificate_store_name: typing.Optional[builtins.str] = None,
        client_certificate_variable: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        security_mode: typing.Optional[builtins.str] = None,
        server_certificate_thumbprint: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target octopusdeploy_azure_service_fabric_cluster_deployment_target} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param connection_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#connection_endpoint AzureServiceFabricClusterDeploymentTarget#connection_endpoint}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#environments AzureServiceFabricClusterDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#name AzureServiceFabricClusterDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#roles AzureServiceFabricClusterDeploymentTarget#roles}.
        :param aad_client_credential_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_client_credential_secret AzureServiceFabricClusterDeploymentTarget#aad_client_credential_secret}.
        :param aad_credential_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_credential_type AzureServiceFabricClusterDeploymentTarget#aad_credential_type}.
        :param aad_user_credential_password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_password AzureServiceFabricClusterDeploymentTarget#aad_user_credential_password}.
        :param aad_user_credential_username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_username AzureServiceFabricClusterDeploymentTarget#aad_user_credential_username}.
        :param certificate_store_location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_location AzureServiceFabricClusterDeploymentTarget#certificate_store_location}.
        :param certificate_store_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_name AzureServiceFabricClusterDeploymentTarget#certificate_store_name}.
        :param client_certificate_variable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate_variable AzureServiceFabricClusterDeploymentTarget#client_certificate_variable}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#endpoint AzureServiceFabricClusterDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#health_status AzureServiceFabricClusterDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#id AzureServiceFabricClusterDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#is_disabled AzureServiceFabricClusterDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#machine_policy_id AzureServiceFabricClusterDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#operating_system AzureServiceFabricClusterDeploymentTarget#operating_system}.
        :param security_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#security_mode AzureServiceFabricClusterDeploymentTarget#security_mode}.
        :param server_certificate_thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#server_certificate_thumbprint AzureServiceFabricClusterDeploymentTarget#server_certificate_thumbprint}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#shell_name AzureServiceFabricClusterDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#shell_version AzureServiceFabricClusterDeploymentTarget#shell_version}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#space_id AzureServiceFabricClusterDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#status AzureServiceFabricClusterDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#status_summary AzureServiceFabricClusterDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenanted_deployment_participation AzureServiceFabricClusterDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenants AzureServiceFabricClusterDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenant_tags AzureServiceFabricClusterDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#thumbprint AzureServiceFabricClusterDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#uri AzureServiceFabricClusterDeploymentTarget#uri}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c7acbde86426efa6f8fb08d1b5fc5a80732eb4a07617ad329c5b42770c57c630)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = AzureServiceFabricClusterDeploymentTargetConfig(
            connection_endpoint=connection_endpoint,
            environments=environments,
            name=name,
            roles=roles,
            aad_client_credential_secret=aad_client_credential_secret,
            aad_credential_type=aad_credential_type,
            aad_user_credential_password=aad_user_credential_password,
            aad_user_credential_username=aad_user_credential_username,
            certificate_store_location=certificate_store_location,
            certificate_store_name=certificate_store_name,
            client_certificate_variable=client_certificate_variable,
            endpoint=endpoint,
            health_status=health_status,
            id=id,
            is_disabled=is_disabled,
            machine_policy_id=machine_policy_id,
            operating_system=operating_system,
            security_mode=security_mode,
            server_certificate_thumbprint=server_certificate_thumbprint,
            shell_name=shell_name,
            shell_version=shell_version,
            space_id=space_id,
            status=status,
            status_summary=status_summary,
            tenanted_deployment_participation=tenanted_deployment_participation,
            tenants=tenants,
            tenant_tags=tenant_tags,
            thumbprint=thumbprint,
            uri=uri,
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
        '''Generates CDKTF code for importing a AzureServiceFabricClusterDeploymentTarget resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the AzureServiceFabricClusterDeploymentTarget to import.
        :param import_from_id: The id of the existing AzureServiceFabricClusterDeploymentTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the AzureServiceFabricClusterDeploymentTarget to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__71a7fe025f687e2b3bd52b502685bb77fee683edb323e039d81ecbb57bf494ef)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putEndpoint")
    def put_endpoint(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6ffa91750cad90bf9ac6b738640a842cd28134625a281d9b08c6da838010c4ad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putEndpoint", [value]))

    @jsii.member(jsii_name="resetAadClientCredentialSecret")
    def reset_aad_client_credential_secret(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadClientCredentialSecret", []))

    @jsii.member(jsii_name="resetAadCredentialType")
    def reset_aad_credential_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadCredentialType", []))

    @jsii.member(jsii_name="resetAadUserCredentialPassword")
    def reset_aad_user_credential_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadUserCredentialPassword", []))

    @jsii.member(jsii_name="resetAadUserCredentialUsername")
    def reset_aad_user_credential_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadUserCredentialUsername", []))

    @jsii.member(jsii_name="resetCertificateStoreLocation")
    def reset_certificate_store_location(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateStoreLocation", []))

    @jsii.member(jsii_name="resetCertificateStoreName")
    def reset_certificate_store_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateStoreName", []))

    @jsii.member(jsii_name="resetClientCertificateVariable")
    def reset_client_certificate_variable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertificateVariable", []))

    @jsii.member(jsii_name="resetEndpoint")
    def reset_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpoint", []))

    @jsii.member(jsii_name="resetHealthStatus")
    def reset_health_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHealthStatus", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

    @jsii.member(jsii_name="resetMachinePolicyId")
    def reset_machine_policy_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMachinePolicyId", []))

    @jsii.member(jsii_name="resetOperatingSystem")
    def reset_operating_system(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOperatingSystem", []))

    @jsii.member(jsii_name="resetSecurityMode")
    def reset_security_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityMode", []))

    @jsii.member(jsii_name="resetServerCertificateThumbprint")
    def reset_server_certificate_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerCertificateThumbprint", []))

    @jsii.member(jsii_name="resetShellName")
    def reset_shell_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShellName", []))

    @jsii.member(jsii_name="resetShellVersion")
    def reset_shell_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShellVersion", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetStatus")
    def reset_status(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatus", []))

    @jsii.member(jsii_name="resetStatusSummary")
    def reset_status_summary(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStatusSummary", []))

    @jsii.member(jsii_name="resetTenantedDeploymentParticipation")
    def reset_tenanted_deployment_participation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantedDeploymentParticipation", []))

    @jsii.member(jsii_name="resetTenants")
    def reset_tenants(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenants", []))

    @jsii.member(jsii_name="resetTenantTags")
    def reset_tenant_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantTags", []))

    @jsii.member(jsii_name="resetThumbprint")
    def reset_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThumbprint", []))

    @jsii.member(jsii_name="resetUri")
    def reset_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUri", []))

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
    @jsii.member(jsii_name="endpoint")
    def endpoint(self) -> "AzureServiceFabricClusterDeploymentTargetEndpointList":
        return typing.cast("AzureServiceFabricClusterDeploymentTargetEndpointList", jsii.get(self, "endpoint"))

    @builtins.property
    @jsii.member(jsii_name="hasLatestCalamari")
    def has_latest_calamari(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "hasLatestCalamari"))

    @builtins.property
    @jsii.member(jsii_name="isInProcess")
    def is_in_process(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isInProcess"))

    @builtins.property
    @jsii.member(jsii_name="aadClientCredentialSecretInput")
    def aad_client_credential_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadClientCredentialSecretInput"))

    @builtins.property
    @jsii.member(jsii_name="aadCredentialTypeInput")
    def aad_credential_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadCredentialTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialPasswordInput")
    def aad_user_credential_password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadUserCredentialPasswordInput"))

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsernameInput")
    def aad_user_credential_username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadUserCredentialUsernameInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocationInput")
    def certificate_store_location_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateStoreLocationInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreNameInput")
    def certificate_store_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateStoreNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariableInput")
    def client_certificate_variable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertificateVariableInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionEndpointInput")
    def connection_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointInput")
    def endpoint_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpoint"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpoint"]]], jsii.get(self, "endpointInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="healthStatusInput")
    def health_status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "healthStatusInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="isDisabledInput")
    def is_disabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isDisabledInput"))

    @builtins.property
    @jsii.member(jsii_name="machinePolicyIdInput")
    def machine_policy_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "machinePolicyIdInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="operatingSystemInput")
    def operating_system_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "operatingSystemInput"))

    @builtins.property
    @jsii.member(jsii_name="rolesInput")
    def roles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "rolesInput"))

    @builtins.property
    @jsii.member(jsii_name="securityModeInput")
    def security_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityModeInput"))

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprintInput")
    def server_certificate_thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverCertificateThumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="shellNameInput")
    def shell_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "shellNameInput"))

    @builtins.property
    @jsii.member(jsii_name="shellVersionInput")
    def shell_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "shellVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="statusInput")
    def status_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statusInput"))

    @builtins.property
    @jsii.member(jsii_name="statusSummaryInput")
    def status_summary_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "statusSummaryInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipationInput")
    def tenanted_deployment_participation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantedDeploymentParticipationInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantsInput")
    def tenants_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantsInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantTagsInput")
    def tenant_tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "tenantTagsInput"))

    @builtins.property
    @jsii.member(jsii_name="thumbprintInput")
    def thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="uriInput")
    def uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "uriInput"))

    @builtins.property
    @jsii.member(jsii_name="aadClientCredentialSecret")
    def aad_client_credential_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadClientCredentialSecret"))

    @aad_client_credential_secret.setter
    def aad_client_credential_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f522b923ec70544f71136fd38045e80a3abf57dc87de8be884398a54943522c1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadClientCredentialSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadCredentialType")
    def aad_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadCredentialType"))

    @aad_credential_type.setter
    def aad_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__64f41c31ccf5e6be5fbc5ddae2c0a6773fafe6e6d5e1afc7117c2a13bb3ad80d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialPassword")
    def aad_user_credential_password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialPassword"))

    @aad_user_credential_password.setter
    def aad_user_credential_password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3882bce1c4d7bfc467d40745f59bc8c9701de25c7d6cb4e79ac4bcc62650c57)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadUserCredentialPassword", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsername")
    def aad_user_credential_username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialUsername"))

    @aad_user_credential_username.setter
    def aad_user_credential_username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f568144f27619586c761f3ced3c0491cf870bc4ce3eae218af0866d6b721fb72)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadUserCredentialUsername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocation")
    def certificate_store_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreLocation"))

    @certificate_store_location.setter
    def certificate_store_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__18e4a70cb07e52f9957a08c124818979433a179de65b6a7480ed28fe29c00e17)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreName")
    def certificate_store_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreName"))

    @certificate_store_name.setter
    def certificate_store_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e3c7cd8c534f01d84423309fbf6d58fae409b898fb4dd7160c7ff361022b475)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariable")
    def client_certificate_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificateVariable"))

    @client_certificate_variable.setter
    def client_certificate_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ce2fcba95bd27ab0ffd9a092e6ecf814e6ab5987816609b4a0ba4117bbceb28c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificateVariable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionEndpoint")
    def connection_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionEndpoint"))

    @connection_endpoint.setter
    def connection_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d847af04d3e3984cee8989dd5d63bd7f98de790856f789a76a9aa51bfc739ecc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1008f91746d0fb7cdd944ab70f91da7896f72d33e898e054d6c1411fcf70d8fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthStatus")
    def health_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthStatus"))

    @health_status.setter
    def health_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__11939e50a22c42610e3ff66fcdb12ad22e45314fa43af29235ec492cac29850c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a7451138ed46dff349584a9d7db598dd5205fd692f4a110cf8dcf8b8fe849f1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__18ca344bb70470508524854fb3f883c6038283f8698889a3bbbde34dd0753f27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="machinePolicyId")
    def machine_policy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "machinePolicyId"))

    @machine_policy_id.setter
    def machine_policy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c554c9083eaf2507d3d4b89f1a0b18b65d51935fb344da095e3fd359ac37183)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "machinePolicyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a47dfcd8ab941aeb49280afde90e85958cab7a0a89d62626e131e9810c6e136e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="operatingSystem")
    def operating_system(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operatingSystem"))

    @operating_system.setter
    def operating_system(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4d29a9cd90a53273546607e868abae744e0b71f201b64fad8fd5913dbaf17376)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "operatingSystem", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16aedf0749ff055d7eab3dd36e8a72a8802b74d950766e614b1f4cc7a7ac24ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityMode")
    def security_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityMode"))

    @security_mode.setter
    def security_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__94c138a5105d1da815c811e8c0a9ec6f188a4b3716ce8c166f60fd84b0e9725d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprint")
    def server_certificate_thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverCertificateThumbprint"))

    @server_certificate_thumbprint.setter
    def server_certificate_thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85afe881edff62f250655156036dc9942ba98df370bc294db0420ae0680792bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverCertificateThumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellName")
    def shell_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellName"))

    @shell_name.setter
    def shell_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bdf50d9bf972fa1398233c8a493e82d15341eb4c08fdf8e835515e11f3703028)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellVersion")
    def shell_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellVersion"))

    @shell_version.setter
    def shell_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e4496e6db8ddb6cf1689a8f567a5910343115cf57fbdc894efc1f51b507b2ad1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d394d9f6e0e1303fc778437da04036e4a2e306097c744d615540de6e4e9cd0ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @status.setter
    def status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7450ba0e50f382ced9020c304cfb8c37e9e0bfa000c07e3ec2c131006f439abc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "status", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statusSummary")
    def status_summary(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statusSummary"))

    @status_summary.setter
    def status_summary(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bbe3e06c6f6326eb45f2096b42aba95989237c5c01cbee60db6a911d3a7b6bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statusSummary", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @tenanted_deployment_participation.setter
    def tenanted_deployment_participation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9fab0f4bec36ae68b9b5e4f8e2417f5056c97d37b9783ddc18c04362c12f0ad3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantedDeploymentParticipation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13a6ad988c9b9fb101cd28280e0574f2532cb4c821fabd4b6db68f8ac95b7771)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a4d181a4d9b49e65d25faa67f7a5b1ce439c8b8d9b4688ce4d3cd1813f7777db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b7b15b79ce9ec8d7f803d8e15af43cf64b3e3089c905f2af3120f14c1a2d386d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d29a026478c72db825ef2d38a75726939780b04a036a89fc17d4c8c547714fd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "connection_endpoint": "connectionEndpoint",
        "environments": "environments",
        "name": "name",
        "roles": "roles",
        "aad_client_credential_secret": "aadClientCredentialSecret",
        "aad_credential_type": "aadCredentialType",
        "aad_user_credential_password": "aadUserCredentialPassword",
        "aad_user_credential_username": "aadUserCredentialUsername",
        "certificate_store_location": "certificateStoreLocation",
        "certificate_store_name": "certificateStoreName",
        "client_certificate_variable": "clientCertificateVariable",
        "endpoint": "endpoint",
        "health_status": "healthStatus",
        "id": "id",
        "is_disabled": "isDisabled",
        "machine_policy_id": "machinePolicyId",
        "operating_system": "operatingSystem",
        "security_mode": "securityMode",
        "server_certificate_thumbprint": "serverCertificateThumbprint",
        "shell_name": "shellName",
        "shell_version": "shellVersion",
        "space_id": "spaceId",
        "status": "status",
        "status_summary": "statusSummary",
        "tenanted_deployment_participation": "tenantedDeploymentParticipation",
        "tenants": "tenants",
        "tenant_tags": "tenantTags",
        "thumbprint": "thumbprint",
        "uri": "uri",
    },
)
class AzureServiceFabricClusterDeploymentTargetConfig(
    _cdktf_9a9027ec.TerraformMetaArguments,
):
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
        connection_endpoint: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        aad_client_credential_secret: typing.Optional[builtins.str] = None,
        aad_credential_type: typing.Optional[builtins.str] = None,
        aad_user_credential_password: typing.Optional[builtins.str] = None,
        aad_user_credential_username: typing.Optional[builtins.str] = None,
        certificate_store_location: typing.Optional[builtins.str] = None,
        certificate_store_name: typing.Optional[builtins.str] = None,
        client_certificate_variable: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        security_mode: typing.Optional[builtins.str] = None,
        server_certificate_thumbprint: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param connection_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#connection_endpoint AzureServiceFabricClusterDeploymentTarget#connection_endpoint}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#environments AzureServiceFabricClusterDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#name AzureServiceFabricClusterDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#roles AzureServiceFabricClusterDeploymentTarget#roles}.
        :param aad_client_credential_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_client_credential_secret AzureServiceFabricClusterDeploymentTarget#aad_client_credential_secret}.
        :param aad_credential_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_credential_type AzureServiceFabricClusterDeploymentTarget#aad_credential_type}.
        :param aad_user_credential_password: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_password AzureServiceFabricClusterDeploymentTarget#aad_user_credential_password}.
        :param aad_user_credential_username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_username AzureServiceFabricClusterDeploymentTarget#aad_user_credential_username}.
        :param certificate_store_location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_location AzureServiceFabricClusterDeploymentTarget#certificate_store_location}.
        :param certificate_store_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_name AzureServiceFabricClusterDeploymentTarget#certificate_store_name}.
        :param client_certificate_variable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate_variable AzureServiceFabricClusterDeploymentTarget#client_certificate_variable}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#endpoint AzureServiceFabricClusterDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#health_status AzureServiceFabricClusterDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#id AzureServiceFabricClusterDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#is_disabled AzureServiceFabricClusterDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#machine_policy_id AzureServiceFabricClusterDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#operating_system AzureServiceFabricClusterDeploymentTarget#operating_system}.
        :param security_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#security_mode AzureServiceFabricClusterDeploymentTarget#security_mode}.
        :param server_certificate_thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#server_certificate_thumbprint AzureServiceFabricClusterDeploymentTarget#server_certificate_thumbprint}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#shell_name AzureServiceFabricClusterDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#shell_version AzureServiceFabricClusterDeploymentTarget#shell_version}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#space_id AzureServiceFabricClusterDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#status AzureServiceFabricClusterDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#status_summary AzureServiceFabricClusterDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenanted_deployment_participation AzureServiceFabricClusterDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenants AzureServiceFabricClusterDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenant_tags AzureServiceFabricClusterDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#thumbprint AzureServiceFabricClusterDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#uri AzureServiceFabricClusterDeploymentTarget#uri}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42c2527f0a53d860d3837c5c58efd7063e7fff6f46b68d6daa53c14f3905f46d)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument connection_endpoint", value=connection_endpoint, expected_type=type_hints["connection_endpoint"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument aad_client_credential_secret", value=aad_client_credential_secret, expected_type=type_hints["aad_client_credential_secret"])
            check_type(argname="argument aad_credential_type", value=aad_credential_type, expected_type=type_hints["aad_credential_type"])
            check_type(argname="argument aad_user_credential_password", value=aad_user_credential_password, expected_type=type_hints["aad_user_credential_password"])
            check_type(argname="argument aad_user_credential_username", value=aad_user_credential_username, expected_type=type_hints["aad_user_credential_username"])
            check_type(argname="argument certificate_store_location", value=certificate_store_location, expected_type=type_hints["certificate_store_location"])
            check_type(argname="argument certificate_store_name", value=certificate_store_name, expected_type=type_hints["certificate_store_name"])
            check_type(argname="argument client_certificate_variable", value=client_certificate_variable, expected_type=type_hints["client_certificate_variable"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument health_status", value=health_status, expected_type=type_hints["health_status"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument machine_policy_id", value=machine_policy_id, expected_type=type_hints["machine_policy_id"])
            check_type(argname="argument operating_system", value=operating_system, expected_type=type_hints["operating_system"])
            check_type(argname="argument security_mode", value=security_mode, expected_type=type_hints["security_mode"])
            check_type(argname="argument server_certificate_thumbprint", value=server_certificate_thumbprint, expected_type=type_hints["server_certificate_thumbprint"])
            check_type(argname="argument shell_name", value=shell_name, expected_type=type_hints["shell_name"])
            check_type(argname="argument shell_version", value=shell_version, expected_type=type_hints["shell_version"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument status_summary", value=status_summary, expected_type=type_hints["status_summary"])
            check_type(argname="argument tenanted_deployment_participation", value=tenanted_deployment_participation, expected_type=type_hints["tenanted_deployment_participation"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "connection_endpoint": connection_endpoint,
            "environments": environments,
            "name": name,
            "roles": roles,
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
        if aad_client_credential_secret is not None:
            self._values["aad_client_credential_secret"] = aad_client_credential_secret
        if aad_credential_type is not None:
            self._values["aad_credential_type"] = aad_credential_type
        if aad_user_credential_password is not None:
            self._values["aad_user_credential_password"] = aad_user_credential_password
        if aad_user_credential_username is not None:
            self._values["aad_user_credential_username"] = aad_user_credential_username
        if certificate_store_location is not None:
            self._values["certificate_store_location"] = certificate_store_location
        if certificate_store_name is not None:
            self._values["certificate_store_name"] = certificate_store_name
        if client_certificate_variable is not None:
            self._values["client_certificate_variable"] = client_certificate_variable
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if health_status is not None:
            self._values["health_status"] = health_status
        if id is not None:
            self._values["id"] = id
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if machine_policy_id is not None:
            self._values["machine_policy_id"] = machine_policy_id
        if operating_system is not None:
            self._values["operating_system"] = operating_system
        if security_mode is not None:
            self._values["security_mode"] = security_mode
        if server_certificate_thumbprint is not None:
            self._values["server_certificate_thumbprint"] = server_certificate_thumbprint
        if shell_name is not None:
            self._values["shell_name"] = shell_name
        if shell_version is not None:
            self._values["shell_version"] = shell_version
        if space_id is not None:
            self._values["space_id"] = space_id
        if status is not None:
            self._values["status"] = status
        if status_summary is not None:
            self._values["status_summary"] = status_summary
        if tenanted_deployment_participation is not None:
            self._values["tenanted_deployment_participation"] = tenanted_deployment_participation
        if tenants is not None:
            self._values["tenants"] = tenants
        if tenant_tags is not None:
            self._values["tenant_tags"] = tenant_tags
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint
        if uri is not None:
            self._values["uri"] = uri

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
    def connection_endpoint(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#connection_endpoint AzureServiceFabricClusterDeploymentTarget#connection_endpoint}.'''
        result = self._values.get("connection_endpoint")
        assert result is not None, "Required property 'connection_endpoint' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def environments(self) -> typing.List[builtins.str]:
        '''A list of environment IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#environments AzureServiceFabricClusterDeploymentTarget#environments}
        '''
        result = self._values.get("environments")
        assert result is not None, "Required property 'environments' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#name AzureServiceFabricClusterDeploymentTarget#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def roles(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#roles AzureServiceFabricClusterDeploymentTarget#roles}.'''
        result = self._values.get("roles")
        assert result is not None, "Required property 'roles' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def aad_client_credential_secret(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_client_credential_secret AzureServiceFabricClusterDeploymentTarget#aad_client_credential_secret}.'''
        result = self._values.get("aad_client_credential_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_credential_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_credential_type AzureServiceFabricClusterDeploymentTarget#aad_credential_type}.'''
        result = self._values.get("aad_credential_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_user_credential_password(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_password AzureServiceFabricClusterDeploymentTarget#aad_user_credential_password}.'''
        result = self._values.get("aad_user_credential_password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_user_credential_username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_username AzureServiceFabricClusterDeploymentTarget#aad_user_credential_username}.'''
        result = self._values.get("aad_user_credential_username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_location(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_location AzureServiceFabricClusterDeploymentTarget#certificate_store_location}.'''
        result = self._values.get("certificate_store_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_name AzureServiceFabricClusterDeploymentTarget#certificate_store_name}.'''
        result = self._values.get("certificate_store_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate_variable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate_variable AzureServiceFabricClusterDeploymentTarget#client_certificate_variable}.'''
        result = self._values.get("client_certificate_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpoint"]]]:
        '''endpoint block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#endpoint AzureServiceFabricClusterDeploymentTarget#endpoint}
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpoint"]]], result)

    @builtins.property
    def health_status(self) -> typing.Optional[builtins.str]:
        '''Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#health_status AzureServiceFabricClusterDeploymentTarget#health_status}
        '''
        result = self._values.get("health_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#id AzureServiceFabricClusterDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#is_disabled AzureServiceFabricClusterDeploymentTarget#is_disabled}.'''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def machine_policy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#machine_policy_id AzureServiceFabricClusterDeploymentTarget#machine_policy_id}.'''
        result = self._values.get("machine_policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operating_system(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#operating_system AzureServiceFabricClusterDeploymentTarget#operating_system}.'''
        result = self._values.get("operating_system")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#security_mode AzureServiceFabricClusterDeploymentTarget#security_mode}.'''
        result = self._values.get("security_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate_thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#server_certificate_thumbprint AzureServiceFabricClusterDeploymentTarget#server_certificate_thumbprint}.'''
        result = self._values.get("server_certificate_thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#shell_name AzureServiceFabricClusterDeploymentTarget#shell_name}.'''
        result = self._values.get("shell_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#shell_version AzureServiceFabricClusterDeploymentTarget#shell_version}.'''
        result = self._values.get("shell_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#space_id AzureServiceFabricClusterDeploymentTarget#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[builtins.str]:
        '''The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#status AzureServiceFabricClusterDeploymentTarget#status}
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status_summary(self) -> typing.Optional[builtins.str]:
        '''A summary elaborating on the status of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#status_summary AzureServiceFabricClusterDeploymentTarget#status_summary}
        '''
        result = self._values.get("status_summary")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenanted_deployment_participation(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenanted_deployment_participation AzureServiceFabricClusterDeploymentTarget#tenanted_deployment_participation}
        '''
        result = self._values.get("tenanted_deployment_participation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenants AzureServiceFabricClusterDeploymentTarget#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant tags associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tenant_tags AzureServiceFabricClusterDeploymentTarget#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#thumbprint AzureServiceFabricClusterDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#uri AzureServiceFabricClusterDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureServiceFabricClusterDeploymentTargetConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpoint",
    jsii_struct_bases=[],
    name_mapping={
        "communication_style": "communicationStyle",
        "aad_client_credential_secret": "aadClientCredentialSecret",
        "aad_credential_type": "aadCredentialType",
        "aad_user_credential_username": "aadUserCredentialUsername",
        "account_id": "accountId",
        "applications_directory": "applicationsDirectory",
        "authentication": "authentication",
        "certificate_signature_algorithm": "certificateSignatureAlgorithm",
        "certificate_store_location": "certificateStoreLocation",
        "certificate_store_name": "certificateStoreName",
        "client_certificate_variable": "clientCertificateVariable",
        "cloud_service_name": "cloudServiceName",
        "cluster_certificate": "clusterCertificate",
        "cluster_certificate_path": "clusterCertificatePath",
        "cluster_url": "clusterUrl",
        "connection_endpoint": "connectionEndpoint",
        "container": "container",
        "container_options": "containerOptions",
        "default_worker_pool_id": "defaultWorkerPoolId",
        "destination": "destination",
        "dot_net_core_platform": "dotNetCorePlatform",
        "fingerprint": "fingerprint",
        "host": "host",
        "id": "id",
        "namespace": "namespace",
        "port": "port",
        "proxy_id": "proxyId",
        "resource_group_name": "resourceGroupName",
        "running_in_container": "runningInContainer",
        "security_mode": "securityMode",
        "server_certificate_thumbprint": "serverCertificateThumbprint",
        "skip_tls_verification": "skipTlsVerification",
        "slot": "slot",
        "storage_account_name": "storageAccountName",
        "swap_if_possible": "swapIfPossible",
        "tentacle_version_details": "tentacleVersionDetails",
        "thumbprint": "thumbprint",
        "uri": "uri",
        "use_current_instance_count": "useCurrentInstanceCount",
        "web_app_name": "webAppName",
        "web_app_slot_name": "webAppSlotName",
        "working_directory": "workingDirectory",
    },
)
class AzureServiceFabricClusterDeploymentTargetEndpoint:
    def __init__(
        self,
        *,
        communication_style: builtins.str,
        aad_client_credential_secret: typing.Optional[builtins.str] = None,
        aad_credential_type: typing.Optional[builtins.str] = None,
        aad_user_credential_username: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        applications_directory: typing.Optional[builtins.str] = None,
        authentication: typing.Optional[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpointAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        certificate_signature_algorithm: typing.Optional[builtins.str] = None,
        certificate_store_location: typing.Optional[builtins.str] = None,
        certificate_store_name: typing.Optional[builtins.str] = None,
        client_certificate_variable: typing.Optional[builtins.str] = None,
        cloud_service_name: typing.Optional[builtins.str] = None,
        cluster_certificate: typing.Optional[builtins.str] = None,
        cluster_certificate_path: typing.Optional[builtins.str] = None,
        cluster_url: typing.Optional[builtins.str] = None,
        connection_endpoint: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpointContainer", typing.Dict[builtins.str, typing.Any]]]]] = None,
        container_options: typing.Optional[builtins.str] = None,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpointDestination", typing.Dict[builtins.str, typing.Any]]]]] = None,
        dot_net_core_platform: typing.Optional[builtins.str] = None,
        fingerprint: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        proxy_id: typing.Optional[builtins.str] = None,
        resource_group_name: typing.Optional[builtins.str] = None,
        running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        security_mode: typing.Optional[builtins.str] = None,
        server_certificate_thumbprint: typing.Optional[builtins.str] = None,
        skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        slot: typing.Optional[builtins.str] = None,
        storage_account_name: typing.Optional[builtins.str] = None,
        swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        web_app_name: typing.Optional[builtins.str] = None,
        web_app_slot_name: typing.Optional[builtins.str] = None,
        working_directory: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param communication_style: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#communication_style AzureServiceFabricClusterDeploymentTarget#communication_style}.
        :param aad_client_credential_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_client_credential_secret AzureServiceFabricClusterDeploymentTarget#aad_client_credential_secret}.
        :param aad_credential_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_credential_type AzureServiceFabricClusterDeploymentTarget#aad_credential_type}.
        :param aad_user_credential_username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_username AzureServiceFabricClusterDeploymentTarget#aad_user_credential_username}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#account_id AzureServiceFabricClusterDeploymentTarget#account_id}.
        :param applications_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#applications_directory AzureServiceFabricClusterDeploymentTarget#applications_directory}.
        :param authentication: authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#authentication AzureServiceFabricClusterDeploymentTarget#authentication}
        :param certificate_signature_algorithm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_signature_algorithm AzureServiceFabricClusterDeploymentTarget#certificate_signature_algorithm}.
        :param certificate_store_location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_location AzureServiceFabricClusterDeploymentTarget#certificate_store_location}.
        :param certificate_store_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_name AzureServiceFabricClusterDeploymentTarget#certificate_store_name}.
        :param client_certificate_variable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate_variable AzureServiceFabricClusterDeploymentTarget#client_certificate_variable}.
        :param cloud_service_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cloud_service_name AzureServiceFabricClusterDeploymentTarget#cloud_service_name}.
        :param cluster_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_certificate AzureServiceFabricClusterDeploymentTarget#cluster_certificate}.
        :param cluster_certificate_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_certificate_path AzureServiceFabricClusterDeploymentTarget#cluster_certificate_path}.
        :param cluster_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_url AzureServiceFabricClusterDeploymentTarget#cluster_url}.
        :param connection_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#connection_endpoint AzureServiceFabricClusterDeploymentTarget#connection_endpoint}.
        :param container: container block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#container AzureServiceFabricClusterDeploymentTarget#container}
        :param container_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#container_options AzureServiceFabricClusterDeploymentTarget#container_options}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#default_worker_pool_id AzureServiceFabricClusterDeploymentTarget#default_worker_pool_id}.
        :param destination: destination block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#destination AzureServiceFabricClusterDeploymentTarget#destination}
        :param dot_net_core_platform: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#dot_net_core_platform AzureServiceFabricClusterDeploymentTarget#dot_net_core_platform}.
        :param fingerprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#fingerprint AzureServiceFabricClusterDeploymentTarget#fingerprint}.
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#host AzureServiceFabricClusterDeploymentTarget#host}.
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#id AzureServiceFabricClusterDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#namespace AzureServiceFabricClusterDeploymentTarget#namespace}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#port AzureServiceFabricClusterDeploymentTarget#port}.
        :param proxy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#proxy_id AzureServiceFabricClusterDeploymentTarget#proxy_id}.
        :param resource_group_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#resource_group_name AzureServiceFabricClusterDeploymentTarget#resource_group_name}.
        :param running_in_container: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#running_in_container AzureServiceFabricClusterDeploymentTarget#running_in_container}.
        :param security_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#security_mode AzureServiceFabricClusterDeploymentTarget#security_mode}.
        :param server_certificate_thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#server_certificate_thumbprint AzureServiceFabricClusterDeploymentTarget#server_certificate_thumbprint}.
        :param skip_tls_verification: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#skip_tls_verification AzureServiceFabricClusterDeploymentTarget#skip_tls_verification}.
        :param slot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#slot AzureServiceFabricClusterDeploymentTarget#slot}.
        :param storage_account_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#storage_account_name AzureServiceFabricClusterDeploymentTarget#storage_account_name}.
        :param swap_if_possible: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#swap_if_possible AzureServiceFabricClusterDeploymentTarget#swap_if_possible}.
        :param tentacle_version_details: tentacle_version_details block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tentacle_version_details AzureServiceFabricClusterDeploymentTarget#tentacle_version_details}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#thumbprint AzureServiceFabricClusterDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#uri AzureServiceFabricClusterDeploymentTarget#uri}.
        :param use_current_instance_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_current_instance_count AzureServiceFabricClusterDeploymentTarget#use_current_instance_count}.
        :param web_app_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#web_app_name AzureServiceFabricClusterDeploymentTarget#web_app_name}.
        :param web_app_slot_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#web_app_slot_name AzureServiceFabricClusterDeploymentTarget#web_app_slot_name}.
        :param working_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#working_directory AzureServiceFabricClusterDeploymentTarget#working_directory}.
        '''
        if isinstance(authentication, dict):
            authentication = AzureServiceFabricClusterDeploymentTargetEndpointAuthentication(**authentication)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f1c59556c482d71df63d100871918e11816323cf8baa574466625315f650aa59)
            check_type(argname="argument communication_style", value=communication_style, expected_type=type_hints["communication_style"])
            check_type(argname="argument aad_client_credential_secret", value=aad_client_credential_secret, expected_type=type_hints["aad_client_credential_secret"])
            check_type(argname="argument aad_credential_type", value=aad_credential_type, expected_type=type_hints["aad_credential_type"])
            check_type(argname="argument aad_user_credential_username", value=aad_user_credential_username, expected_type=type_hints["aad_user_credential_username"])
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument applications_directory", value=applications_directory, expected_type=type_hints["applications_directory"])
            check_type(argname="argument authentication", value=authentication, expected_type=type_hints["authentication"])
            check_type(argname="argument certificate_signature_algorithm", value=certificate_signature_algorithm, expected_type=type_hints["certificate_signature_algorithm"])
            check_type(argname="argument certificate_store_location", value=certificate_store_location, expected_type=type_hints["certificate_store_location"])
            check_type(argname="argument certificate_store_name", value=certificate_store_name, expected_type=type_hints["certificate_store_name"])
            check_type(argname="argument client_certificate_variable", value=client_certificate_variable, expected_type=type_hints["client_certificate_variable"])
            check_type(argname="argument cloud_service_name", value=cloud_service_name, expected_type=type_hints["cloud_service_name"])
            check_type(argname="argument cluster_certificate", value=cluster_certificate, expected_type=type_hints["cluster_certificate"])
            check_type(argname="argument cluster_certificate_path", value=cluster_certificate_path, expected_type=type_hints["cluster_certificate_path"])
            check_type(argname="argument cluster_url", value=cluster_url, expected_type=type_hints["cluster_url"])
            check_type(argname="argument connection_endpoint", value=connection_endpoint, expected_type=type_hints["connection_endpoint"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument container_options", value=container_options, expected_type=type_hints["container_options"])
            check_type(argname="argument default_worker_pool_id", value=default_worker_pool_id, expected_type=type_hints["default_worker_pool_id"])
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument dot_net_core_platform", value=dot_net_core_platform, expected_type=type_hints["dot_net_core_platform"])
            check_type(argname="argument fingerprint", value=fingerprint, expected_type=type_hints["fingerprint"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument proxy_id", value=proxy_id, expected_type=type_hints["proxy_id"])
            check_type(argname="argument resource_group_name", value=resource_group_name, expected_type=type_hints["resource_group_name"])
            check_type(argname="argument running_in_container", value=running_in_container, expected_type=type_hints["running_in_container"])
            check_type(argname="argument security_mode", value=security_mode, expected_type=type_hints["security_mode"])
            check_type(argname="argument server_certificate_thumbprint", value=server_certificate_thumbprint, expected_type=type_hints["server_certificate_thumbprint"])
            check_type(argname="argument skip_tls_verification", value=skip_tls_verification, expected_type=type_hints["skip_tls_verification"])
            check_type(argname="argument slot", value=slot, expected_type=type_hints["slot"])
            check_type(argname="argument storage_account_name", value=storage_account_name, expected_type=type_hints["storage_account_name"])
            check_type(argname="argument swap_if_possible", value=swap_if_possible, expected_type=type_hints["swap_if_possible"])
            check_type(argname="argument tentacle_version_details", value=tentacle_version_details, expected_type=type_hints["tentacle_version_details"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument use_current_instance_count", value=use_current_instance_count, expected_type=type_hints["use_current_instance_count"])
            check_type(argname="argument web_app_name", value=web_app_name, expected_type=type_hints["web_app_name"])
            check_type(argname="argument web_app_slot_name", value=web_app_slot_name, expected_type=type_hints["web_app_slot_name"])
            check_type(argname="argument working_directory", value=working_directory, expected_type=type_hints["working_directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "communication_style": communication_style,
        }
        if aad_client_credential_secret is not None:
            self._values["aad_client_credential_secret"] = aad_client_credential_secret
        if aad_credential_type is not None:
            self._values["aad_credential_type"] = aad_credential_type
        if aad_user_credential_username is not None:
            self._values["aad_user_credential_username"] = aad_user_credential_username
        if account_id is not None:
            self._values["account_id"] = account_id
        if applications_directory is not None:
            self._values["applications_directory"] = applications_directory
        if authentication is not None:
            self._values["authentication"] = authentication
        if certificate_signature_algorithm is not None:
            self._values["certificate_signature_algorithm"] = certificate_signature_algorithm
        if certificate_store_location is not None:
            self._values["certificate_store_location"] = certificate_store_location
        if certificate_store_name is not None:
            self._values["certificate_store_name"] = certificate_store_name
        if client_certificate_variable is not None:
            self._values["client_certificate_variable"] = client_certificate_variable
        if cloud_service_name is not None:
            self._values["cloud_service_name"] = cloud_service_name
        if cluster_certificate is not None:
            self._values["cluster_certificate"] = cluster_certificate
        if cluster_certificate_path is not None:
            self._values["cluster_certificate_path"] = cluster_certificate_path
        if cluster_url is not None:
            self._values["cluster_url"] = cluster_url
        if connection_endpoint is not None:
            self._values["connection_endpoint"] = connection_endpoint
        if container is not None:
            self._values["container"] = container
        if container_options is not None:
            self._values["container_options"] = container_options
        if default_worker_pool_id is not None:
            self._values["default_worker_pool_id"] = default_worker_pool_id
        if destination is not None:
            self._values["destination"] = destination
        if dot_net_core_platform is not None:
            self._values["dot_net_core_platform"] = dot_net_core_platform
        if fingerprint is not None:
            self._values["fingerprint"] = fingerprint
        if host is not None:
            self._values["host"] = host
        if id is not None:
            self._values["id"] = id
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if proxy_id is not None:
            self._values["proxy_id"] = proxy_id
        if resource_group_name is not None:
            self._values["resource_group_name"] = resource_group_name
        if running_in_container is not None:
            self._values["running_in_container"] = running_in_container
        if security_mode is not None:
            self._values["security_mode"] = security_mode
        if server_certificate_thumbprint is not None:
            self._values["server_certificate_thumbprint"] = server_certificate_thumbprint
        if skip_tls_verification is not None:
            self._values["skip_tls_verification"] = skip_tls_verification
        if slot is not None:
            self._values["slot"] = slot
        if storage_account_name is not None:
            self._values["storage_account_name"] = storage_account_name
        if swap_if_possible is not None:
            self._values["swap_if_possible"] = swap_if_possible
        if tentacle_version_details is not None:
            self._values["tentacle_version_details"] = tentacle_version_details
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint
        if uri is not None:
            self._values["uri"] = uri
        if use_current_instance_count is not None:
            self._values["use_current_instance_count"] = use_current_instance_count
        if web_app_name is not None:
            self._values["web_app_name"] = web_app_name
        if web_app_slot_name is not None:
            self._values["web_app_slot_name"] = web_app_slot_name
        if working_directory is not None:
            self._values["working_directory"] = working_directory

    @builtins.property
    def communication_style(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#communication_style AzureServiceFabricClusterDeploymentTarget#communication_style}.'''
        result = self._values.get("communication_style")
        assert result is not None, "Required property 'communication_style' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aad_client_credential_secret(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_client_credential_secret AzureServiceFabricClusterDeploymentTarget#aad_client_credential_secret}.'''
        result = self._values.get("aad_client_credential_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_credential_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_credential_type AzureServiceFabricClusterDeploymentTarget#aad_credential_type}.'''
        result = self._values.get("aad_credential_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_user_credential_username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#aad_user_credential_username AzureServiceFabricClusterDeploymentTarget#aad_user_credential_username}.'''
        result = self._values.get("aad_user_credential_username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#account_id AzureServiceFabricClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def applications_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#applications_directory AzureServiceFabricClusterDeploymentTarget#applications_directory}.'''
        result = self._values.get("applications_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional["AzureServiceFabricClusterDeploymentTargetEndpointAuthentication"]:
        '''authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#authentication AzureServiceFabricClusterDeploymentTarget#authentication}
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["AzureServiceFabricClusterDeploymentTargetEndpointAuthentication"], result)

    @builtins.property
    def certificate_signature_algorithm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_signature_algorithm AzureServiceFabricClusterDeploymentTarget#certificate_signature_algorithm}.'''
        result = self._values.get("certificate_signature_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_location(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_location AzureServiceFabricClusterDeploymentTarget#certificate_store_location}.'''
        result = self._values.get("certificate_store_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#certificate_store_name AzureServiceFabricClusterDeploymentTarget#certificate_store_name}.'''
        result = self._values.get("certificate_store_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate_variable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate_variable AzureServiceFabricClusterDeploymentTarget#client_certificate_variable}.'''
        result = self._values.get("client_certificate_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloud_service_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cloud_service_name AzureServiceFabricClusterDeploymentTarget#cloud_service_name}.'''
        result = self._values.get("cloud_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_certificate AzureServiceFabricClusterDeploymentTarget#cluster_certificate}.'''
        result = self._values.get("cluster_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_certificate_path AzureServiceFabricClusterDeploymentTarget#cluster_certificate_path}.'''
        result = self._values.get("cluster_certificate_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_url AzureServiceFabricClusterDeploymentTarget#cluster_url}.'''
        result = self._values.get("cluster_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connection_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#connection_endpoint AzureServiceFabricClusterDeploymentTarget#connection_endpoint}.'''
        result = self._values.get("connection_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointContainer"]]]:
        '''container block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#container AzureServiceFabricClusterDeploymentTarget#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointContainer"]]], result)

    @builtins.property
    def container_options(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#container_options AzureServiceFabricClusterDeploymentTarget#container_options}.'''
        result = self._values.get("container_options")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#default_worker_pool_id AzureServiceFabricClusterDeploymentTarget#default_worker_pool_id}.'''
        result = self._values.get("default_worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointDestination"]]]:
        '''destination block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#destination AzureServiceFabricClusterDeploymentTarget#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointDestination"]]], result)

    @builtins.property
    def dot_net_core_platform(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#dot_net_core_platform AzureServiceFabricClusterDeploymentTarget#dot_net_core_platform}.'''
        result = self._values.get("dot_net_core_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fingerprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#fingerprint AzureServiceFabricClusterDeploymentTarget#fingerprint}.'''
        result = self._values.get("fingerprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#host AzureServiceFabricClusterDeploymentTarget#host}.'''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#id AzureServiceFabricClusterDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#namespace AzureServiceFabricClusterDeploymentTarget#namespace}.'''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#port AzureServiceFabricClusterDeploymentTarget#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def proxy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#proxy_id AzureServiceFabricClusterDeploymentTarget#proxy_id}.'''
        result = self._values.get("proxy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_group_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#resource_group_name AzureServiceFabricClusterDeploymentTarget#resource_group_name}.'''
        result = self._values.get("resource_group_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def running_in_container(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#running_in_container AzureServiceFabricClusterDeploymentTarget#running_in_container}.'''
        result = self._values.get("running_in_container")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def security_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#security_mode AzureServiceFabricClusterDeploymentTarget#security_mode}.'''
        result = self._values.get("security_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate_thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#server_certificate_thumbprint AzureServiceFabricClusterDeploymentTarget#server_certificate_thumbprint}.'''
        result = self._values.get("server_certificate_thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip_tls_verification(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#skip_tls_verification AzureServiceFabricClusterDeploymentTarget#skip_tls_verification}.'''
        result = self._values.get("skip_tls_verification")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def slot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#slot AzureServiceFabricClusterDeploymentTarget#slot}.'''
        result = self._values.get("slot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_account_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#storage_account_name AzureServiceFabricClusterDeploymentTarget#storage_account_name}.'''
        result = self._values.get("storage_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swap_if_possible(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#swap_if_possible AzureServiceFabricClusterDeploymentTarget#swap_if_possible}.'''
        result = self._values.get("swap_if_possible")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def tentacle_version_details(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails"]]]:
        '''tentacle_version_details block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#tentacle_version_details AzureServiceFabricClusterDeploymentTarget#tentacle_version_details}
        '''
        result = self._values.get("tentacle_version_details")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails"]]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#thumbprint AzureServiceFabricClusterDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#uri AzureServiceFabricClusterDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_current_instance_count(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_current_instance_count AzureServiceFabricClusterDeploymentTarget#use_current_instance_count}.'''
        result = self._values.get("use_current_instance_count")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def web_app_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#web_app_name AzureServiceFabricClusterDeploymentTarget#web_app_name}.'''
        result = self._values.get("web_app_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_app_slot_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#web_app_slot_name AzureServiceFabricClusterDeploymentTarget#web_app_slot_name}.'''
        result = self._values.get("web_app_slot_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def working_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#working_directory AzureServiceFabricClusterDeploymentTarget#working_directory}.'''
        result = self._values.get("working_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureServiceFabricClusterDeploymentTargetEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointAuthentication",
    jsii_struct_bases=[],
    name_mapping={
        "account_id": "accountId",
        "admin_login": "adminLogin",
        "assumed_role_arn": "assumedRoleArn",
        "assumed_role_session": "assumedRoleSession",
        "assume_role": "assumeRole",
        "assume_role_external_id": "assumeRoleExternalId",
        "assume_role_session_duration": "assumeRoleSessionDuration",
        "authentication_type": "authenticationType",
        "client_certificate": "clientCertificate",
        "cluster_name": "clusterName",
        "cluster_resource_group": "clusterResourceGroup",
        "impersonate_service_account": "impersonateServiceAccount",
        "project": "project",
        "region": "region",
        "service_account_emails": "serviceAccountEmails",
        "token_path": "tokenPath",
        "use_instance_role": "useInstanceRole",
        "use_vm_service_account": "useVmServiceAccount",
        "zone": "zone",
    },
)
class AzureServiceFabricClusterDeploymentTargetEndpointAuthentication:
    def __init__(
        self,
        *,
        account_id: typing.Optional[builtins.str] = None,
        admin_login: typing.Optional[builtins.str] = None,
        assumed_role_arn: typing.Optional[builtins.str] = None,
        assumed_role_session: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        assume_role_external_id: typing.Optional[builtins.str] = None,
        assume_role_session_duration: typing.Optional[jsii.Number] = None,
        authentication_type: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_resource_group: typing.Optional[builtins.str] = None,
        impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        project: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        service_account_emails: typing.Optional[builtins.str] = None,
        token_path: typing.Optional[builtins.str] = None,
        use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#account_id AzureServiceFabricClusterDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#admin_login AzureServiceFabricClusterDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assumed_role_arn AzureServiceFabricClusterDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assumed_role_session AzureServiceFabricClusterDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role AzureServiceFabricClusterDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role_external_id AzureServiceFabricClusterDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role_session_duration AzureServiceFabricClusterDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#authentication_type AzureServiceFabricClusterDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate AzureServiceFabricClusterDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_name AzureServiceFabricClusterDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_resource_group AzureServiceFabricClusterDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#impersonate_service_account AzureServiceFabricClusterDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#project AzureServiceFabricClusterDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#region AzureServiceFabricClusterDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#service_account_emails AzureServiceFabricClusterDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#token_path AzureServiceFabricClusterDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_instance_role AzureServiceFabricClusterDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_vm_service_account AzureServiceFabricClusterDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#zone AzureServiceFabricClusterDeploymentTarget#zone}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7afb8c45aca7e48a7b29892d1711e8494c7d016d633465f46c821460cd93f55e)
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument admin_login", value=admin_login, expected_type=type_hints["admin_login"])
            check_type(argname="argument assumed_role_arn", value=assumed_role_arn, expected_type=type_hints["assumed_role_arn"])
            check_type(argname="argument assumed_role_session", value=assumed_role_session, expected_type=type_hints["assumed_role_session"])
            check_type(argname="argument assume_role", value=assume_role, expected_type=type_hints["assume_role"])
            check_type(argname="argument assume_role_external_id", value=assume_role_external_id, expected_type=type_hints["assume_role_external_id"])
            check_type(argname="argument assume_role_session_duration", value=assume_role_session_duration, expected_type=type_hints["assume_role_session_duration"])
            check_type(argname="argument authentication_type", value=authentication_type, expected_type=type_hints["authentication_type"])
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_resource_group", value=cluster_resource_group, expected_type=type_hints["cluster_resource_group"])
            check_type(argname="argument impersonate_service_account", value=impersonate_service_account, expected_type=type_hints["impersonate_service_account"])
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument service_account_emails", value=service_account_emails, expected_type=type_hints["service_account_emails"])
            check_type(argname="argument token_path", value=token_path, expected_type=type_hints["token_path"])
            check_type(argname="argument use_instance_role", value=use_instance_role, expected_type=type_hints["use_instance_role"])
            check_type(argname="argument use_vm_service_account", value=use_vm_service_account, expected_type=type_hints["use_vm_service_account"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if account_id is not None:
            self._values["account_id"] = account_id
        if admin_login is not None:
            self._values["admin_login"] = admin_login
        if assumed_role_arn is not None:
            self._values["assumed_role_arn"] = assumed_role_arn
        if assumed_role_session is not None:
            self._values["assumed_role_session"] = assumed_role_session
        if assume_role is not None:
            self._values["assume_role"] = assume_role
        if assume_role_external_id is not None:
            self._values["assume_role_external_id"] = assume_role_external_id
        if assume_role_session_duration is not None:
            self._values["assume_role_session_duration"] = assume_role_session_duration
        if authentication_type is not None:
            self._values["authentication_type"] = authentication_type
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if cluster_resource_group is not None:
            self._values["cluster_resource_group"] = cluster_resource_group
        if impersonate_service_account is not None:
            self._values["impersonate_service_account"] = impersonate_service_account
        if project is not None:
            self._values["project"] = project
        if region is not None:
            self._values["region"] = region
        if service_account_emails is not None:
            self._values["service_account_emails"] = service_account_emails
        if token_path is not None:
            self._values["token_path"] = token_path
        if use_instance_role is not None:
            self._values["use_instance_role"] = use_instance_role
        if use_vm_service_account is not None:
            self._values["use_vm_service_account"] = use_vm_service_account
        if zone is not None:
            self._values["zone"] = zone

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#account_id AzureServiceFabricClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def admin_login(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#admin_login AzureServiceFabricClusterDeploymentTarget#admin_login}.'''
        result = self._values.get("admin_login")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assumed_role_arn AzureServiceFabricClusterDeploymentTarget#assumed_role_arn}.'''
        result = self._values.get("assumed_role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_session(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assumed_role_session AzureServiceFabricClusterDeploymentTarget#assumed_role_session}.'''
        result = self._values.get("assumed_role_session")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role AzureServiceFabricClusterDeploymentTarget#assume_role}.'''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def assume_role_external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role_external_id AzureServiceFabricClusterDeploymentTarget#assume_role_external_id}.'''
        result = self._values.get("assume_role_external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role_session_duration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role_session_duration AzureServiceFabricClusterDeploymentTarget#assume_role_session_duration}.'''
        result = self._values.get("assume_role_session_duration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def authentication_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#authentication_type AzureServiceFabricClusterDeploymentTarget#authentication_type}.'''
        result = self._values.get("authentication_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate AzureServiceFabricClusterDeploymentTarget#client_certificate}.'''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_name AzureServiceFabricClusterDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_resource_group(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_resource_group AzureServiceFabricClusterDeploymentTarget#cluster_resource_group}.'''
        result = self._values.get("cluster_resource_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def impersonate_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#impersonate_service_account AzureServiceFabricClusterDeploymentTarget#impersonate_service_account}.'''
        result = self._values.get("impersonate_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def project(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#project AzureServiceFabricClusterDeploymentTarget#project}.'''
        result = self._values.get("project")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#region AzureServiceFabricClusterDeploymentTarget#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_emails(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#service_account_emails AzureServiceFabricClusterDeploymentTarget#service_account_emails}.'''
        result = self._values.get("service_account_emails")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#token_path AzureServiceFabricClusterDeploymentTarget#token_path}.'''
        result = self._values.get("token_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_instance_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_instance_role AzureServiceFabricClusterDeploymentTarget#use_instance_role}.'''
        result = self._values.get("use_instance_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def use_vm_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_vm_service_account AzureServiceFabricClusterDeploymentTarget#use_vm_service_account}.'''
        result = self._values.get("use_vm_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#zone AzureServiceFabricClusterDeploymentTarget#zone}.'''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureServiceFabricClusterDeploymentTargetEndpointAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureServiceFabricClusterDeploymentTargetEndpointAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__73ae8c9fbda2a815552f0728002d2867ebfe4b4dfee0f99ea9f4ffe6934e3039)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetAccountId")
    def reset_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountId", []))

    @jsii.member(jsii_name="resetAdminLogin")
    def reset_admin_login(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdminLogin", []))

    @jsii.member(jsii_name="resetAssumedRoleArn")
    def reset_assumed_role_arn(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumedRoleArn", []))

    @jsii.member(jsii_name="resetAssumedRoleSession")
    def reset_assumed_role_session(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumedRoleSession", []))

    @jsii.member(jsii_name="resetAssumeRole")
    def reset_assume_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRole", []))

    @jsii.member(jsii_name="resetAssumeRoleExternalId")
    def reset_assume_role_external_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRoleExternalId", []))

    @jsii.member(jsii_name="resetAssumeRoleSessionDuration")
    def reset_assume_role_session_duration(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssumeRoleSessionDuration", []))

    @jsii.member(jsii_name="resetAuthenticationType")
    def reset_authentication_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthenticationType", []))

    @jsii.member(jsii_name="resetClientCertificate")
    def reset_client_certificate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertificate", []))

    @jsii.member(jsii_name="resetClusterName")
    def reset_cluster_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterName", []))

    @jsii.member(jsii_name="resetClusterResourceGroup")
    def reset_cluster_resource_group(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterResourceGroup", []))

    @jsii.member(jsii_name="resetImpersonateServiceAccount")
    def reset_impersonate_service_account(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImpersonateServiceAccount", []))

    @jsii.member(jsii_name="resetProject")
    def reset_project(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProject", []))

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @jsii.member(jsii_name="resetServiceAccountEmails")
    def reset_service_account_emails(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServiceAccountEmails", []))

    @jsii.member(jsii_name="resetTokenPath")
    def reset_token_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTokenPath", []))

    @jsii.member(jsii_name="resetUseInstanceRole")
    def reset_use_instance_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseInstanceRole", []))

    @jsii.member(jsii_name="resetUseVmServiceAccount")
    def reset_use_vm_service_account(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseVmServiceAccount", []))

    @jsii.member(jsii_name="resetZone")
    def reset_zone(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetZone", []))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="adminLoginInput")
    def admin_login_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "adminLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArnInput")
    def assumed_role_arn_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "assumedRoleArnInput"))

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSessionInput")
    def assumed_role_session_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "assumedRoleSessionInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalIdInput")
    def assume_role_external_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "assumeRoleExternalIdInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleInput")
    def assume_role_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "assumeRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDurationInput")
    def assume_role_session_duration_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "assumeRoleSessionDurationInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticationTypeInput")
    def authentication_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authenticationTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificateInput")
    def client_certificate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertificateInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterNameInput")
    def cluster_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroupInput")
    def cluster_resource_group_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterResourceGroupInput"))

    @builtins.property
    @jsii.member(jsii_name="impersonateServiceAccountInput")
    def impersonate_service_account_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "impersonateServiceAccountInput"))

    @builtins.property
    @jsii.member(jsii_name="projectInput")
    def project_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmailsInput")
    def service_account_emails_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serviceAccountEmailsInput"))

    @builtins.property
    @jsii.member(jsii_name="tokenPathInput")
    def token_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tokenPathInput"))

    @builtins.property
    @jsii.member(jsii_name="useInstanceRoleInput")
    def use_instance_role_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useInstanceRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="useVmServiceAccountInput")
    def use_vm_service_account_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useVmServiceAccountInput"))

    @builtins.property
    @jsii.member(jsii_name="zoneInput")
    def zone_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "zoneInput"))

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__253d5f2bd030c9444f0a471441551d69d7680ba0a110e29b01e579ca3ea7c42a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="adminLogin")
    def admin_login(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adminLogin"))

    @admin_login.setter
    def admin_login(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__263fa767f09d8030b8bd7833f2527c1ff0af9fa116585f592255776629851da0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adminLogin", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArn")
    def assumed_role_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleArn"))

    @assumed_role_arn.setter
    def assumed_role_arn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6cd9cdc9e46897363b865846140780239ebe79555c60b306a6580f3dce847973)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleArn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSession")
    def assumed_role_session(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleSession"))

    @assumed_role_session.setter
    def assumed_role_session(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16686a2213cada98415649aa4787b7f548aff8922266506931d739bafb2ce070)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleSession", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRole")
    def assume_role(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "assumeRole"))

    @assume_role.setter
    def assume_role(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22e9eecc69b13dfcdd532e1c40c2f395803df9f6cfa84667d470e8b1d20b5042)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalId")
    def assume_role_external_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumeRoleExternalId"))

    @assume_role_external_id.setter
    def assume_role_external_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6e0d955dea3911ca4365771cf242bef34b3e4f31153ba9e917561205275ac73d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleExternalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDuration")
    def assume_role_session_duration(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "assumeRoleSessionDuration"))

    @assume_role_session_duration.setter
    def assume_role_session_duration(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a7cf59d6a0a88385cc05ca885b464d67837aa2dbd951074bc68cb6a7d2cda70b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleSessionDuration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationType")
    def authentication_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationType"))

    @authentication_type.setter
    def authentication_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54e71ac3a73d272d4ee2c456eb907b4d09e4e6262457b26d3f1d06903af17937)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @client_certificate.setter
    def client_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e1ec394d80c627905be5976ab07d23d7f7837865ff8d4f5d6216ba912419a08a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab6c44c6ad16d69d4e24ce7bab1de20d5893ca7e7932bd8e04fb5ad0cdc3b9cf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @cluster_resource_group.setter
    def cluster_resource_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c507165b4f993ff12936b61d4c414f956e4514fe2189d2f13b659ddf99bc216)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterResourceGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="impersonateServiceAccount")
    def impersonate_service_account(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "impersonateServiceAccount"))

    @impersonate_service_account.setter
    def impersonate_service_account(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__936a3fe8d0fa774dac6526a6cb89e385de8d032fd4e438887cba5ead5634c9bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "impersonateServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a00e625996f4a08962257c164563023f0a86678e3e3cb3245b1dc13870dfa7a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__021bbf6aa37716b86be158412587948d40bb6160fad8a3e8506d12dc3257f45f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmails")
    def service_account_emails(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountEmails"))

    @service_account_emails.setter
    def service_account_emails(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7b10cdca426ddf48eff58d4713d08be2f281a5b736d17c948f83bd1a68d05682)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceAccountEmails", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @token_path.setter
    def token_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7860380efa9776f95267dc11fefb5978ce163e254bda5fb6b15e31d4099a030e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tokenPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useInstanceRole")
    def use_instance_role(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useInstanceRole"))

    @use_instance_role.setter
    def use_instance_role(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1c79d85f849799378e75a1fbd17f4dc0c08ac3142d840fef8a233c5d1cc7b8f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useInstanceRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useVmServiceAccount")
    def use_vm_service_account(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useVmServiceAccount"))

    @use_vm_service_account.setter
    def use_vm_service_account(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aba5a9f705cec1358ccae1956791ee512c02d21e2322ba7d6f1416aff98bf088)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useVmServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @zone.setter
    def zone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__58ac35b4b3f44c83bc06a805266a01bfe9893ccb49019f2d0580ffe9175cb318)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[AzureServiceFabricClusterDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[AzureServiceFabricClusterDeploymentTargetEndpointAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[AzureServiceFabricClusterDeploymentTargetEndpointAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__78206b945c82d884124fb6e1d16c6b0e4a351a262dc3f370fb1f95aa93a59c32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class AzureServiceFabricClusterDeploymentTargetEndpointContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#feed_id AzureServiceFabricClusterDeploymentTarget#feed_id}.
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#image AzureServiceFabricClusterDeploymentTarget#image}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5c0d3058ea57715be60a3e8b415cd049c3f1639dc85803b1f314470fb4291fdb)
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if image is not None:
            self._values["image"] = image

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#feed_id AzureServiceFabricClusterDeploymentTarget#feed_id}.'''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#image AzureServiceFabricClusterDeploymentTarget#image}.'''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureServiceFabricClusterDeploymentTargetEndpointContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureServiceFabricClusterDeploymentTargetEndpointContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a78426c2b78285b78446ad1f8ae78a5821dc14052e1642ba88a6eb4fd7a3fd1c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureServiceFabricClusterDeploymentTargetEndpointContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ea1393d29acd10fa79d83475d7820dfa1168813d7186102d9b7c2b8cd59cd3b7)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureServiceFabricClusterDeploymentTargetEndpointContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__44e938615ec6208c99cc2e0b56d1a0bbc9f7c90f7c9d8c20864ac18e73f9cd80)
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
            type_hints = typing.get_type_hints(_typecheckingstub__041224cb5bb4203379ee0596b463bc62d798029a87562e57be412f68a138e29c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5183015bf54e11d40cb0bf5f2b11bd11c4ff597b6ad5cceaac49764b1cc71f5d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointContainer]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointContainer]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99498f75b5009f6f14ae86f6e7f47ce3db41f0caac4b51415486fd108d0499aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureServiceFabricClusterDeploymentTargetEndpointContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ba8795585a9519881c0c32276509d9a084ded0461f4df30a9721bb4b2a9d1105)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

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
            type_hints = typing.get_type_hints(_typecheckingstub__0b2986338abdc720409e9f811bc722258864963527499d56ee0661a51a88c31c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f6a2fa06442d6fb8a50862cfe65e81b0849d6b758c957a3ed97e18ba4e059c7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__deca19f3239c184604d2c63d8e357f780b4ff691152a9e2ae4ee0d76abff042e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointDestination",
    jsii_struct_bases=[],
    name_mapping={
        "destination_type": "destinationType",
        "drop_folder_path": "dropFolderPath",
    },
)
class AzureServiceFabricClusterDeploymentTargetEndpointDestination:
    def __init__(
        self,
        *,
        destination_type: typing.Optional[builtins.str] = None,
        drop_folder_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#destination_type AzureServiceFabricClusterDeploymentTarget#destination_type}.
        :param drop_folder_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#drop_folder_path AzureServiceFabricClusterDeploymentTarget#drop_folder_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__21792b4bc398c47f740b2fcc943fb20c3cdd90e39420d50d8ec58ed57d65671f)
            check_type(argname="argument destination_type", value=destination_type, expected_type=type_hints["destination_type"])
            check_type(argname="argument drop_folder_path", value=drop_folder_path, expected_type=type_hints["drop_folder_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_type is not None:
            self._values["destination_type"] = destination_type
        if drop_folder_path is not None:
            self._values["drop_folder_path"] = drop_folder_path

    @builtins.property
    def destination_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#destination_type AzureServiceFabricClusterDeploymentTarget#destination_type}.'''
        result = self._values.get("destination_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def drop_folder_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#drop_folder_path AzureServiceFabricClusterDeploymentTarget#drop_folder_path}.'''
        result = self._values.get("drop_folder_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureServiceFabricClusterDeploymentTargetEndpointDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureServiceFabricClusterDeploymentTargetEndpointDestinationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointDestinationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c2c82ec639fd7f3a6d07b349f22fc3b965e566e09f6cb9fe1c88b825da937bc9)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureServiceFabricClusterDeploymentTargetEndpointDestinationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c786559006429dc366648fab8e5f0486abefe2ee8807b86ec06cf2e94c837387)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureServiceFabricClusterDeploymentTargetEndpointDestinationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a34e53a30100a339a1ab8ba65e5372c64407429c6160d6c6360bdfd4e4b14524)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5c8fe496c06972da6887616285a57a18aa60a0614193f425c6f538f90816597a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5ba99e462f74be7244183424c51fa82dd2aef9dbea0cb60a80cf1bf59029ffaa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointDestination]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointDestination]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03e90200753d9a2f65fa34c14a8428a515059eb46ed658cd9b882526b6f16a1c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureServiceFabricClusterDeploymentTargetEndpointDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointDestinationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__2a9a302d9768701c6291e813c8b6dce9afdc75c2cc4bb18796a7405a37778e56)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDestinationType")
    def reset_destination_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestinationType", []))

    @jsii.member(jsii_name="resetDropFolderPath")
    def reset_drop_folder_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDropFolderPath", []))

    @builtins.property
    @jsii.member(jsii_name="destinationTypeInput")
    def destination_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "destinationTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="dropFolderPathInput")
    def drop_folder_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dropFolderPathInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationType")
    def destination_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "destinationType"))

    @destination_type.setter
    def destination_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0260d4f140bb62598b49285f679962c54dc47d76be2fe8505e5143cea020bc16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dropFolderPath")
    def drop_folder_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dropFolderPath"))

    @drop_folder_path.setter
    def drop_folder_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ccc290297f043145c2843611fe5f292c0225ff92d8b37345a7986f21e925c62)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dropFolderPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointDestination]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointDestination]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointDestination]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0b28be534211e5e8aee910cdb9e1ef1d5538d6252017a806cc92ea7da0a6f87d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureServiceFabricClusterDeploymentTargetEndpointList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d7d7ba6a2cda125b9f7bd52bccce725c9920ed52cc2dd5247f6d388a5cfbbfe4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureServiceFabricClusterDeploymentTargetEndpointOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__08d20ffc2c7c4532ea7c120f96817345fd86283a61d9f61c550d5f7b0f940de6)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureServiceFabricClusterDeploymentTargetEndpointOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__abd8df1285820cd5a01512ed5feece8798664419d90aa27f594be2b8eee09518)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c78a665c7ef2a69605906d4294356470d72d4b1e22d8f8438e551b8c188684a1)
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
            type_hints = typing.get_type_hints(_typecheckingstub__9a1710211e70e3d3cfb1d58ce45d2ae57e40bf2d2717a8cf273a3cd544849c8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpoint]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpoint]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpoint]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d0ff5b4bc5086db6e6408d7d71c584e2d7f1eba78ab3dab1f9aca933da7d921a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureServiceFabricClusterDeploymentTargetEndpointOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__812ff093fdbc548518c330f5090b927d817cf128054cb815b1bd3d1297456fab)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putAuthentication")
    def put_authentication(
        self,
        *,
        account_id: typing.Optional[builtins.str] = None,
        admin_login: typing.Optional[builtins.str] = None,
        assumed_role_arn: typing.Optional[builtins.str] = None,
        assumed_role_session: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        assume_role_external_id: typing.Optional[builtins.str] = None,
        assume_role_session_duration: typing.Optional[jsii.Number] = None,
        authentication_type: typing.Optional[builtins.str] = None,
        client_certificate: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        cluster_resource_group: typing.Optional[builtins.str] = None,
        impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        project: typing.Optional[builtins.str] = None,
        region: typing.Optional[builtins.str] = None,
        service_account_emails: typing.Optional[builtins.str] = None,
        token_path: typing.Optional[builtins.str] = None,
        use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#account_id AzureServiceFabricClusterDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#admin_login AzureServiceFabricClusterDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assumed_role_arn AzureServiceFabricClusterDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assumed_role_session AzureServiceFabricClusterDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role AzureServiceFabricClusterDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role_external_id AzureServiceFabricClusterDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#assume_role_session_duration AzureServiceFabricClusterDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#authentication_type AzureServiceFabricClusterDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#client_certificate AzureServiceFabricClusterDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_name AzureServiceFabricClusterDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#cluster_resource_group AzureServiceFabricClusterDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#impersonate_service_account AzureServiceFabricClusterDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#project AzureServiceFabricClusterDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#region AzureServiceFabricClusterDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#service_account_emails AzureServiceFabricClusterDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#token_path AzureServiceFabricClusterDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_instance_role AzureServiceFabricClusterDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#use_vm_service_account AzureServiceFabricClusterDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#zone AzureServiceFabricClusterDeploymentTarget#zone}.
        '''
        value = AzureServiceFabricClusterDeploymentTargetEndpointAuthentication(
            account_id=account_id,
            admin_login=admin_login,
            assumed_role_arn=assumed_role_arn,
            assumed_role_session=assumed_role_session,
            assume_role=assume_role,
            assume_role_external_id=assume_role_external_id,
            assume_role_session_duration=assume_role_session_duration,
            authentication_type=authentication_type,
            client_certificate=client_certificate,
            cluster_name=cluster_name,
            cluster_resource_group=cluster_resource_group,
            impersonate_service_account=impersonate_service_account,
            project=project,
            region=region,
            service_account_emails=service_account_emails,
            token_path=token_path,
            use_instance_role=use_instance_role,
            use_vm_service_account=use_vm_service_account,
            zone=zone,
        )

        return typing.cast(None, jsii.invoke(self, "putAuthentication", [value]))

    @jsii.member(jsii_name="putContainer")
    def put_container(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4e196b2967bb643251439b71b79034a89ad81da1f2b89de9028d7fadebd1840f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

    @jsii.member(jsii_name="putDestination")
    def put_destination(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d76bbc6776e27e12afc93dca7c3b975faa013f160d7800c8a792911519a393eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDestination", [value]))

    @jsii.member(jsii_name="putTentacleVersionDetails")
    def put_tentacle_version_details(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4375ed97d0e3a15acdd8a624b950d6818daa1eddd7b3ac412320fe2aee93a045)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTentacleVersionDetails", [value]))

    @jsii.member(jsii_name="resetAadClientCredentialSecret")
    def reset_aad_client_credential_secret(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadClientCredentialSecret", []))

    @jsii.member(jsii_name="resetAadCredentialType")
    def reset_aad_credential_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadCredentialType", []))

    @jsii.member(jsii_name="resetAadUserCredentialUsername")
    def reset_aad_user_credential_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAadUserCredentialUsername", []))

    @jsii.member(jsii_name="resetAccountId")
    def reset_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountId", []))

    @jsii.member(jsii_name="resetApplicationsDirectory")
    def reset_applications_directory(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetApplicationsDirectory", []))

    @jsii.member(jsii_name="resetAuthentication")
    def reset_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthentication", []))

    @jsii.member(jsii_name="resetCertificateSignatureAlgorithm")
    def reset_certificate_signature_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateSignatureAlgorithm", []))

    @jsii.member(jsii_name="resetCertificateStoreLocation")
    def reset_certificate_store_location(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateStoreLocation", []))

    @jsii.member(jsii_name="resetCertificateStoreName")
    def reset_certificate_store_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateStoreName", []))

    @jsii.member(jsii_name="resetClientCertificateVariable")
    def reset_client_certificate_variable(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertificateVariable", []))

    @jsii.member(jsii_name="resetCloudServiceName")
    def reset_cloud_service_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCloudServiceName", []))

    @jsii.member(jsii_name="resetClusterCertificate")
    def reset_cluster_certificate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterCertificate", []))

    @jsii.member(jsii_name="resetClusterCertificatePath")
    def reset_cluster_certificate_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterCertificatePath", []))

    @jsii.member(jsii_name="resetClusterUrl")
    def reset_cluster_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterUrl", []))

    @jsii.member(jsii_name="resetConnectionEndpoint")
    def reset_connection_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectionEndpoint", []))

    @jsii.member(jsii_name="resetContainer")
    def reset_container(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainer", []))

    @jsii.member(jsii_name="resetContainerOptions")
    def reset_container_options(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainerOptions", []))

    @jsii.member(jsii_name="resetDefaultWorkerPoolId")
    def reset_default_worker_pool_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultWorkerPoolId", []))

    @jsii.member(jsii_name="resetDestination")
    def reset_destination(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDestination", []))

    @jsii.member(jsii_name="resetDotNetCorePlatform")
    def reset_dot_net_core_platform(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDotNetCorePlatform", []))

    @jsii.member(jsii_name="resetFingerprint")
    def reset_fingerprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFingerprint", []))

    @jsii.member(jsii_name="resetHost")
    def reset_host(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHost", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetNamespace")
    def reset_namespace(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNamespace", []))

    @jsii.member(jsii_name="resetPort")
    def reset_port(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPort", []))

    @jsii.member(jsii_name="resetProxyId")
    def reset_proxy_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyId", []))

    @jsii.member(jsii_name="resetResourceGroupName")
    def reset_resource_group_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetResourceGroupName", []))

    @jsii.member(jsii_name="resetRunningInContainer")
    def reset_running_in_container(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunningInContainer", []))

    @jsii.member(jsii_name="resetSecurityMode")
    def reset_security_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSecurityMode", []))

    @jsii.member(jsii_name="resetServerCertificateThumbprint")
    def reset_server_certificate_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServerCertificateThumbprint", []))

    @jsii.member(jsii_name="resetSkipTlsVerification")
    def reset_skip_tls_verification(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipTlsVerification", []))

    @jsii.member(jsii_name="resetSlot")
    def reset_slot(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlot", []))

    @jsii.member(jsii_name="resetStorageAccountName")
    def reset_storage_account_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStorageAccountName", []))

    @jsii.member(jsii_name="resetSwapIfPossible")
    def reset_swap_if_possible(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSwapIfPossible", []))

    @jsii.member(jsii_name="resetTentacleVersionDetails")
    def reset_tentacle_version_details(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTentacleVersionDetails", []))

    @jsii.member(jsii_name="resetThumbprint")
    def reset_thumbprint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetThumbprint", []))

    @jsii.member(jsii_name="resetUri")
    def reset_uri(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUri", []))

    @jsii.member(jsii_name="resetUseCurrentInstanceCount")
    def reset_use_current_instance_count(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseCurrentInstanceCount", []))

    @jsii.member(jsii_name="resetWebAppName")
    def reset_web_app_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebAppName", []))

    @jsii.member(jsii_name="resetWebAppSlotName")
    def reset_web_app_slot_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWebAppSlotName", []))

    @jsii.member(jsii_name="resetWorkingDirectory")
    def reset_working_directory(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWorkingDirectory", []))

    @builtins.property
    @jsii.member(jsii_name="authentication")
    def authentication(
        self,
    ) -> AzureServiceFabricClusterDeploymentTargetEndpointAuthenticationOutputReference:
        return typing.cast(AzureServiceFabricClusterDeploymentTargetEndpointAuthenticationOutputReference, jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="container")
    def container(
        self,
    ) -> AzureServiceFabricClusterDeploymentTargetEndpointContainerList:
        return typing.cast(AzureServiceFabricClusterDeploymentTargetEndpointContainerList, jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(
        self,
    ) -> AzureServiceFabricClusterDeploymentTargetEndpointDestinationList:
        return typing.cast(AzureServiceFabricClusterDeploymentTargetEndpointDestinationList, jsii.get(self, "destination"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetails")
    def tentacle_version_details(
        self,
    ) -> "AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsList":
        return typing.cast("AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

    @builtins.property
    @jsii.member(jsii_name="aadClientCredentialSecretInput")
    def aad_client_credential_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadClientCredentialSecretInput"))

    @builtins.property
    @jsii.member(jsii_name="aadCredentialTypeInput")
    def aad_credential_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadCredentialTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsernameInput")
    def aad_user_credential_username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aadUserCredentialUsernameInput"))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectoryInput")
    def applications_directory_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "applicationsDirectoryInput"))

    @builtins.property
    @jsii.member(jsii_name="authenticationInput")
    def authentication_input(
        self,
    ) -> typing.Optional[AzureServiceFabricClusterDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[AzureServiceFabricClusterDeploymentTargetEndpointAuthentication], jsii.get(self, "authenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithmInput")
    def certificate_signature_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateSignatureAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocationInput")
    def certificate_store_location_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateStoreLocationInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateStoreNameInput")
    def certificate_store_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateStoreNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariableInput")
    def client_certificate_variable_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertificateVariableInput"))

    @builtins.property
    @jsii.member(jsii_name="cloudServiceNameInput")
    def cloud_service_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "cloudServiceNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterCertificateInput")
    def cluster_certificate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterCertificateInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePathInput")
    def cluster_certificate_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterCertificatePathInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterUrlInput")
    def cluster_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="communicationStyleInput")
    def communication_style_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "communicationStyleInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionEndpointInput")
    def connection_endpoint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionEndpointInput"))

    @builtins.property
    @jsii.member(jsii_name="containerInput")
    def container_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointContainer]]], jsii.get(self, "containerInput"))

    @builtins.property
    @jsii.member(jsii_name="containerOptionsInput")
    def container_options_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "containerOptionsInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolIdInput")
    def default_worker_pool_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultWorkerPoolIdInput"))

    @builtins.property
    @jsii.member(jsii_name="destinationInput")
    def destination_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointDestination]]], jsii.get(self, "destinationInput"))

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatformInput")
    def dot_net_core_platform_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "dotNetCorePlatformInput"))

    @builtins.property
    @jsii.member(jsii_name="fingerprintInput")
    def fingerprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "fingerprintInput"))

    @builtins.property
    @jsii.member(jsii_name="hostInput")
    def host_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "hostInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="portInput")
    def port_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "portInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyIdInput")
    def proxy_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyIdInput"))

    @builtins.property
    @jsii.member(jsii_name="resourceGroupNameInput")
    def resource_group_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "resourceGroupNameInput"))

    @builtins.property
    @jsii.member(jsii_name="runningInContainerInput")
    def running_in_container_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "runningInContainerInput"))

    @builtins.property
    @jsii.member(jsii_name="securityModeInput")
    def security_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "securityModeInput"))

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprintInput")
    def server_certificate_thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serverCertificateThumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerificationInput")
    def skip_tls_verification_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipTlsVerificationInput"))

    @builtins.property
    @jsii.member(jsii_name="slotInput")
    def slot_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "slotInput"))

    @builtins.property
    @jsii.member(jsii_name="storageAccountNameInput")
    def storage_account_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "storageAccountNameInput"))

    @builtins.property
    @jsii.member(jsii_name="swapIfPossibleInput")
    def swap_if_possible_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "swapIfPossibleInput"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetailsInput")
    def tentacle_version_details_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails"]]], jsii.get(self, "tentacleVersionDetailsInput"))

    @builtins.property
    @jsii.member(jsii_name="thumbprintInput")
    def thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="uriInput")
    def uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "uriInput"))

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCountInput")
    def use_current_instance_count_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useCurrentInstanceCountInput"))

    @builtins.property
    @jsii.member(jsii_name="webAppNameInput")
    def web_app_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webAppNameInput"))

    @builtins.property
    @jsii.member(jsii_name="webAppSlotNameInput")
    def web_app_slot_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "webAppSlotNameInput"))

    @builtins.property
    @jsii.member(jsii_name="workingDirectoryInput")
    def working_directory_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "workingDirectoryInput"))

    @builtins.property
    @jsii.member(jsii_name="aadClientCredentialSecret")
    def aad_client_credential_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadClientCredentialSecret"))

    @aad_client_credential_secret.setter
    def aad_client_credential_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1e5f849dd0c9963ed7444899bdb2d847b53a71567ba7cf1ed5b89cdc73db473)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadClientCredentialSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadCredentialType")
    def aad_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadCredentialType"))

    @aad_credential_type.setter
    def aad_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__64949ce4ff07a1fccd465d5af02f74e6a44abceecd07aba2b31c7f9d112b286c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsername")
    def aad_user_credential_username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialUsername"))

    @aad_user_credential_username.setter
    def aad_user_credential_username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b8a7c52fd253bf7d7bf9d3a93fa12d76f722a459e8c8c4d748a2130988d6cde9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadUserCredentialUsername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cc81ffb35652229d92cf47a0fcc2ee7f10a60ec0098f64646b4fff26c98aa4d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectory")
    def applications_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationsDirectory"))

    @applications_directory.setter
    def applications_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__859c8b28b3ae3d7b6e2aa67455eb5db126f4f6f433117f5d7b7bdd506d3e968d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationsDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithm")
    def certificate_signature_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateSignatureAlgorithm"))

    @certificate_signature_algorithm.setter
    def certificate_signature_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f1b31e0733758ce102bf6dc454c61a661354a0c3d46d0a2491417fd180ce2f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateSignatureAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocation")
    def certificate_store_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreLocation"))

    @certificate_store_location.setter
    def certificate_store_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b63a08fb793f0f67aab027a04a881965a4144c8888a7ca7f25449fb5ad416cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreName")
    def certificate_store_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreName"))

    @certificate_store_name.setter
    def certificate_store_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb5b41894d63405b85f7ed10cc80b98f5042bdba462322b58892d1cd0aa10717)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariable")
    def client_certificate_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificateVariable"))

    @client_certificate_variable.setter
    def client_certificate_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34e7d81e06a15d4a428a7a297ff60af2a3894723e04b2db09ea352e21449c9aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificateVariable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @cloud_service_name.setter
    def cloud_service_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dcdf47f859a92b8f78eb4c6b6674978e3e7fcdf5466d0f20fed0380ae66981b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cloudServiceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificate")
    def cluster_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificate"))

    @cluster_certificate.setter
    def cluster_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07930927714798e632833d9130ae9b321d64889bb388c8aba3ebc9e00cad24de)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePath")
    def cluster_certificate_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificatePath"))

    @cluster_certificate_path.setter
    def cluster_certificate_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91aed660433f0746d59bff1acfb0b9a5a5bd703151edcd9c11eab63f47aec09c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificatePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterUrl")
    def cluster_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterUrl"))

    @cluster_url.setter
    def cluster_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a39002b4f527e032474fe699f7e040732e52935c2ff6c205427cc251bf0f43b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="communicationStyle")
    def communication_style(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "communicationStyle"))

    @communication_style.setter
    def communication_style(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d4cb07233496a53bd2b62144b8113d0a62ba5120e010f78a5970f3954048ae99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "communicationStyle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionEndpoint")
    def connection_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionEndpoint"))

    @connection_endpoint.setter
    def connection_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c90e47a56ba9bcd849443da6a3ce83a53e117d08e01f76df137160ba68ed5e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @container_options.setter
    def container_options(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__639ed3d166c28fb898acf780ededfea9800c62b8bde89af150bcf2863feb1222)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "containerOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @default_worker_pool_id.setter
    def default_worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d3bd9466e9885cd865965bf38100b650ab7adbb2d632302e08beaacda53e306a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultWorkerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatform")
    def dot_net_core_platform(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dotNetCorePlatform"))

    @dot_net_core_platform.setter
    def dot_net_core_platform(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8785eb26e81a9298448cac350433ab0498b1a2df108c14c5ddade7eb3aa2eff0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dotNetCorePlatform", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fingerprint")
    def fingerprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fingerprint"))

    @fingerprint.setter
    def fingerprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68fd9c1e46a0857921939d129188ed415e67ee21bb6276c5e4c98eb4a4db5361)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fingerprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d0f12058a952d9fbc16cf128170d6b36362789f5ad80e0673ec4e1862e5152d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a773ce0ec7383813f2828e5adbae34361a940eb6ebf8178da9da11acfe626ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c4071e935dfef1a33e4ef7be44c3ff7ae38a0e00a460191261107ddceecf3a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__841265591e65b56cd55209abd768ddaa539015a113c0e1de22e3fe477ab55a8b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @proxy_id.setter
    def proxy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c09675620ae57ed5843fdf0801bb42096d3f13143c919fa0e1ee2f127e4ff96a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceGroupName")
    def resource_group_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupName"))

    @resource_group_name.setter
    def resource_group_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__272c50658262b8d402e9f62d2baf3e763e162097a0f96e149d41d7eb1d76acab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "resourceGroupName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="runningInContainer")
    def running_in_container(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "runningInContainer"))

    @running_in_container.setter
    def running_in_container(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7eeb3ee46c421406003cd2312d3923e07e466b07400c433c2d05e9e43ac66e11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runningInContainer", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityMode")
    def security_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityMode"))

    @security_mode.setter
    def security_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be961dc80635d88bcf380c6299ecd002f317499eac6b68e29bf58268de49922a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprint")
    def server_certificate_thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverCertificateThumbprint"))

    @server_certificate_thumbprint.setter
    def server_certificate_thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77e5dd2fda6c77717983e4c85983d87670fa94f55b05bb44f6e97c5326c6baac)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serverCertificateThumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerification")
    def skip_tls_verification(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "skipTlsVerification"))

    @skip_tls_verification.setter
    def skip_tls_verification(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b15dc90c9e3fa18dfaed9c09a6bb7d78ff6c05ccb3faced20861230951948ae5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipTlsVerification", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @slot.setter
    def slot(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf32db020bb1df3ad7acad25ba40ae09db629c3a96aef77e59d3589cf2c6c1cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @storage_account_name.setter
    def storage_account_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__68111513e6eba987bea32c364c1daabc4c22a021c9538cdd356aa3cfade56d14)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "storageAccountName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="swapIfPossible")
    def swap_if_possible(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "swapIfPossible"))

    @swap_if_possible.setter
    def swap_if_possible(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb92357c92de84adc57bffecf7c2e65cfc021398595b46debe7122602e7bac9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "swapIfPossible", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25f6620689f582076c9c34e7876c795ec4b2725b214dc592b6db6b72853134c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e26bb992c32c5737ff0a5d42b8b58555184d615332765ece1dd0882e223bfced)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useCurrentInstanceCount")
    def use_current_instance_count(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useCurrentInstanceCount"))

    @use_current_instance_count.setter
    def use_current_instance_count(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ee1aa59eabb6da65a762634e63876dee122864e6abe07bc533ca5ab7cbf702a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useCurrentInstanceCount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppName")
    def web_app_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppName"))

    @web_app_name.setter
    def web_app_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__692d9a62ebc2761913c4f9c46e59b8f266db4ceca3242ec72064338d90b79b91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppSlotName")
    def web_app_slot_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppSlotName"))

    @web_app_slot_name.setter
    def web_app_slot_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__86e043ba21b0ef340b7e38f0375067fb0a94176fc3645cbf736125ff083798c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppSlotName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workingDirectory")
    def working_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workingDirectory"))

    @working_directory.setter
    def working_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__643f91249e228610093b8bb65327812bdfc29a02441d74694a0cd0e7529201cf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workingDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpoint]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpoint]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpoint]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__244863ca7e1f850267e1b0a20d521254e3eaf1ddd30e47a5c73a13a383badf50)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={
        "upgrade_locked": "upgradeLocked",
        "upgrade_required": "upgradeRequired",
        "upgrade_suggested": "upgradeSuggested",
        "version": "version",
    },
)
class AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails:
    def __init__(
        self,
        *,
        upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param upgrade_locked: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#upgrade_locked AzureServiceFabricClusterDeploymentTarget#upgrade_locked}.
        :param upgrade_required: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#upgrade_required AzureServiceFabricClusterDeploymentTarget#upgrade_required}.
        :param upgrade_suggested: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#upgrade_suggested AzureServiceFabricClusterDeploymentTarget#upgrade_suggested}.
        :param version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#version AzureServiceFabricClusterDeploymentTarget#version}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__749d1c75982175e343e1dae7d180f5ac6fefc36daba9e5937a26ae4e22787dac)
            check_type(argname="argument upgrade_locked", value=upgrade_locked, expected_type=type_hints["upgrade_locked"])
            check_type(argname="argument upgrade_required", value=upgrade_required, expected_type=type_hints["upgrade_required"])
            check_type(argname="argument upgrade_suggested", value=upgrade_suggested, expected_type=type_hints["upgrade_suggested"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if upgrade_locked is not None:
            self._values["upgrade_locked"] = upgrade_locked
        if upgrade_required is not None:
            self._values["upgrade_required"] = upgrade_required
        if upgrade_suggested is not None:
            self._values["upgrade_suggested"] = upgrade_suggested
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def upgrade_locked(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#upgrade_locked AzureServiceFabricClusterDeploymentTarget#upgrade_locked}.'''
        result = self._values.get("upgrade_locked")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#upgrade_required AzureServiceFabricClusterDeploymentTarget#upgrade_required}.'''
        result = self._values.get("upgrade_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_suggested(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#upgrade_suggested AzureServiceFabricClusterDeploymentTarget#upgrade_suggested}.'''
        result = self._values.get("upgrade_suggested")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/azure_service_fabric_cluster_deployment_target#version AzureServiceFabricClusterDeploymentTarget#version}.'''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f1660def6a683128d59f89a09c107ab99cb49c6748fff197c1768542875d1d9a)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3a620857dc29e8b4945d5ee010dbc4174b2c9a84e9ed22eb8f93f8764aae058)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b967e40c93f5574f5806733048fd95c3fa4e3a35a0a2abcc160306583102942c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__3ac3f1b1546430000433f9aaef0028913f6c13aff38762ea588e972853e45e60)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b9722ae17e93e7c15578c01e8d756ad78e0fd81e7acdf720f4930b5d43313cfb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__add1eaa434479ddcfef4c7f7280d42b2f16936c4d67e13100b823664bc2610c9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.azureServiceFabricClusterDeploymentTarget.AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__658fb3b966bd4cc20c3f6e3f1c75516b83ea11bbb3b44e7cba705bc0f7f15d60)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetUpgradeLocked")
    def reset_upgrade_locked(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpgradeLocked", []))

    @jsii.member(jsii_name="resetUpgradeRequired")
    def reset_upgrade_required(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpgradeRequired", []))

    @jsii.member(jsii_name="resetUpgradeSuggested")
    def reset_upgrade_suggested(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUpgradeSuggested", []))

    @jsii.member(jsii_name="resetVersion")
    def reset_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersion", []))

    @builtins.property
    @jsii.member(jsii_name="upgradeLockedInput")
    def upgrade_locked_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "upgradeLockedInput"))

    @builtins.property
    @jsii.member(jsii_name="upgradeRequiredInput")
    def upgrade_required_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "upgradeRequiredInput"))

    @builtins.property
    @jsii.member(jsii_name="upgradeSuggestedInput")
    def upgrade_suggested_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "upgradeSuggestedInput"))

    @builtins.property
    @jsii.member(jsii_name="versionInput")
    def version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "versionInput"))

    @builtins.property
    @jsii.member(jsii_name="upgradeLocked")
    def upgrade_locked(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "upgradeLocked"))

    @upgrade_locked.setter
    def upgrade_locked(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bbe286bf157134177161120495171bf6c0359f6fba5c639882c96173e8213032)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeLocked", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="upgradeRequired")
    def upgrade_required(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "upgradeRequired"))

    @upgrade_required.setter
    def upgrade_required(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3d46932b7ae759158a4543461bfb1c132c1f1bfa9077bf2005985184720c316c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeRequired", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="upgradeSuggested")
    def upgrade_suggested(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "upgradeSuggested"))

    @upgrade_suggested.setter
    def upgrade_suggested(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f42b18e06ebf6fb840510694807ca51f3def953995d473aa4515d53c78780b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeSuggested", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f241f9446835e9f64b9da38c65dbf2169c3f6408cf16119b585408c257925df)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a586318b8f98e5ee392482343b108b1b554782ecf35756e41a8c9f58c5959997)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "AzureServiceFabricClusterDeploymentTarget",
    "AzureServiceFabricClusterDeploymentTargetConfig",
    "AzureServiceFabricClusterDeploymentTargetEndpoint",
    "AzureServiceFabricClusterDeploymentTargetEndpointAuthentication",
    "AzureServiceFabricClusterDeploymentTargetEndpointAuthenticationOutputReference",
    "AzureServiceFabricClusterDeploymentTargetEndpointContainer",
    "AzureServiceFabricClusterDeploymentTargetEndpointContainerList",
    "AzureServiceFabricClusterDeploymentTargetEndpointContainerOutputReference",
    "AzureServiceFabricClusterDeploymentTargetEndpointDestination",
    "AzureServiceFabricClusterDeploymentTargetEndpointDestinationList",
    "AzureServiceFabricClusterDeploymentTargetEndpointDestinationOutputReference",
    "AzureServiceFabricClusterDeploymentTargetEndpointList",
    "AzureServiceFabricClusterDeploymentTargetEndpointOutputReference",
    "AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails",
    "AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsList",
    "AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
]

publication.publish()

def _typecheckingstub__c7acbde86426efa6f8fb08d1b5fc5a80732eb4a07617ad329c5b42770c57c630(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    connection_endpoint: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    aad_client_credential_secret: typing.Optional[builtins.str] = None,
    aad_credential_type: typing.Optional[builtins.str] = None,
    aad_user_credential_password: typing.Optional[builtins.str] = None,
    aad_user_credential_username: typing.Optional[builtins.str] = None,
    certificate_store_location: typing.Optional[builtins.str] = None,
    certificate_store_name: typing.Optional[builtins.str] = None,
    client_certificate_variable: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    security_mode: typing.Optional[builtins.str] = None,
    server_certificate_thumbprint: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__71a7fe025f687e2b3bd52b502685bb77fee683edb323e039d81ecbb57bf494ef(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ffa91750cad90bf9ac6b738640a842cd28134625a281d9b08c6da838010c4ad(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f522b923ec70544f71136fd38045e80a3abf57dc87de8be884398a54943522c1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64f41c31ccf5e6be5fbc5ddae2c0a6773fafe6e6d5e1afc7117c2a13bb3ad80d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3882bce1c4d7bfc467d40745f59bc8c9701de25c7d6cb4e79ac4bcc62650c57(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f568144f27619586c761f3ced3c0491cf870bc4ce3eae218af0866d6b721fb72(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18e4a70cb07e52f9957a08c124818979433a179de65b6a7480ed28fe29c00e17(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e3c7cd8c534f01d84423309fbf6d58fae409b898fb4dd7160c7ff361022b475(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce2fcba95bd27ab0ffd9a092e6ecf814e6ab5987816609b4a0ba4117bbceb28c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d847af04d3e3984cee8989dd5d63bd7f98de790856f789a76a9aa51bfc739ecc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1008f91746d0fb7cdd944ab70f91da7896f72d33e898e054d6c1411fcf70d8fb(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11939e50a22c42610e3ff66fcdb12ad22e45314fa43af29235ec492cac29850c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7451138ed46dff349584a9d7db598dd5205fd692f4a110cf8dcf8b8fe849f1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18ca344bb70470508524854fb3f883c6038283f8698889a3bbbde34dd0753f27(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c554c9083eaf2507d3d4b89f1a0b18b65d51935fb344da095e3fd359ac37183(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a47dfcd8ab941aeb49280afde90e85958cab7a0a89d62626e131e9810c6e136e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d29a9cd90a53273546607e868abae744e0b71f201b64fad8fd5913dbaf17376(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16aedf0749ff055d7eab3dd36e8a72a8802b74d950766e614b1f4cc7a7ac24ef(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94c138a5105d1da815c811e8c0a9ec6f188a4b3716ce8c166f60fd84b0e9725d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85afe881edff62f250655156036dc9942ba98df370bc294db0420ae0680792bd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdf50d9bf972fa1398233c8a493e82d15341eb4c08fdf8e835515e11f3703028(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4496e6db8ddb6cf1689a8f567a5910343115cf57fbdc894efc1f51b507b2ad1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d394d9f6e0e1303fc778437da04036e4a2e306097c744d615540de6e4e9cd0ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7450ba0e50f382ced9020c304cfb8c37e9e0bfa000c07e3ec2c131006f439abc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bbe3e06c6f6326eb45f2096b42aba95989237c5c01cbee60db6a911d3a7b6bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9fab0f4bec36ae68b9b5e4f8e2417f5056c97d37b9783ddc18c04362c12f0ad3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13a6ad988c9b9fb101cd28280e0574f2532cb4c821fabd4b6db68f8ac95b7771(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4d181a4d9b49e65d25faa67f7a5b1ce439c8b8d9b4688ce4d3cd1813f7777db(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7b15b79ce9ec8d7f803d8e15af43cf64b3e3089c905f2af3120f14c1a2d386d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d29a026478c72db825ef2d38a75726939780b04a036a89fc17d4c8c547714fd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42c2527f0a53d860d3837c5c58efd7063e7fff6f46b68d6daa53c14f3905f46d(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    connection_endpoint: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    aad_client_credential_secret: typing.Optional[builtins.str] = None,
    aad_credential_type: typing.Optional[builtins.str] = None,
    aad_user_credential_password: typing.Optional[builtins.str] = None,
    aad_user_credential_username: typing.Optional[builtins.str] = None,
    certificate_store_location: typing.Optional[builtins.str] = None,
    certificate_store_name: typing.Optional[builtins.str] = None,
    client_certificate_variable: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    security_mode: typing.Optional[builtins.str] = None,
    server_certificate_thumbprint: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1c59556c482d71df63d100871918e11816323cf8baa574466625315f650aa59(
    *,
    communication_style: builtins.str,
    aad_client_credential_secret: typing.Optional[builtins.str] = None,
    aad_credential_type: typing.Optional[builtins.str] = None,
    aad_user_credential_username: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    applications_directory: typing.Optional[builtins.str] = None,
    authentication: typing.Optional[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate_signature_algorithm: typing.Optional[builtins.str] = None,
    certificate_store_location: typing.Optional[builtins.str] = None,
    certificate_store_name: typing.Optional[builtins.str] = None,
    client_certificate_variable: typing.Optional[builtins.str] = None,
    cloud_service_name: typing.Optional[builtins.str] = None,
    cluster_certificate: typing.Optional[builtins.str] = None,
    cluster_certificate_path: typing.Optional[builtins.str] = None,
    cluster_url: typing.Optional[builtins.str] = None,
    connection_endpoint: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]]] = None,
    container_options: typing.Optional[builtins.str] = None,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]]] = None,
    dot_net_core_platform: typing.Optional[builtins.str] = None,
    fingerprint: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    proxy_id: typing.Optional[builtins.str] = None,
    resource_group_name: typing.Optional[builtins.str] = None,
    running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    security_mode: typing.Optional[builtins.str] = None,
    server_certificate_thumbprint: typing.Optional[builtins.str] = None,
    skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    slot: typing.Optional[builtins.str] = None,
    storage_account_name: typing.Optional[builtins.str] = None,
    swap_if_possible: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    web_app_name: typing.Optional[builtins.str] = None,
    web_app_slot_name: typing.Optional[builtins.str] = None,
    working_directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7afb8c45aca7e48a7b29892d1711e8494c7d016d633465f46c821460cd93f55e(
    *,
    account_id: typing.Optional[builtins.str] = None,
    admin_login: typing.Optional[builtins.str] = None,
    assumed_role_arn: typing.Optional[builtins.str] = None,
    assumed_role_session: typing.Optional[builtins.str] = None,
    assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    assume_role_external_id: typing.Optional[builtins.str] = None,
    assume_role_session_duration: typing.Optional[jsii.Number] = None,
    authentication_type: typing.Optional[builtins.str] = None,
    client_certificate: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    cluster_resource_group: typing.Optional[builtins.str] = None,
    impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    project: typing.Optional[builtins.str] = None,
    region: typing.Optional[builtins.str] = None,
    service_account_emails: typing.Optional[builtins.str] = None,
    token_path: typing.Optional[builtins.str] = None,
    use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73ae8c9fbda2a815552f0728002d2867ebfe4b4dfee0f99ea9f4ffe6934e3039(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__253d5f2bd030c9444f0a471441551d69d7680ba0a110e29b01e579ca3ea7c42a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__263fa767f09d8030b8bd7833f2527c1ff0af9fa116585f592255776629851da0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cd9cdc9e46897363b865846140780239ebe79555c60b306a6580f3dce847973(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16686a2213cada98415649aa4787b7f548aff8922266506931d739bafb2ce070(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22e9eecc69b13dfcdd532e1c40c2f395803df9f6cfa84667d470e8b1d20b5042(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e0d955dea3911ca4365771cf242bef34b3e4f31153ba9e917561205275ac73d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7cf59d6a0a88385cc05ca885b464d67837aa2dbd951074bc68cb6a7d2cda70b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54e71ac3a73d272d4ee2c456eb907b4d09e4e6262457b26d3f1d06903af17937(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1ec394d80c627905be5976ab07d23d7f7837865ff8d4f5d6216ba912419a08a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab6c44c6ad16d69d4e24ce7bab1de20d5893ca7e7932bd8e04fb5ad0cdc3b9cf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c507165b4f993ff12936b61d4c414f956e4514fe2189d2f13b659ddf99bc216(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__936a3fe8d0fa774dac6526a6cb89e385de8d032fd4e438887cba5ead5634c9bc(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a00e625996f4a08962257c164563023f0a86678e3e3cb3245b1dc13870dfa7a5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__021bbf6aa37716b86be158412587948d40bb6160fad8a3e8506d12dc3257f45f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b10cdca426ddf48eff58d4713d08be2f281a5b736d17c948f83bd1a68d05682(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7860380efa9776f95267dc11fefb5978ce163e254bda5fb6b15e31d4099a030e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1c79d85f849799378e75a1fbd17f4dc0c08ac3142d840fef8a233c5d1cc7b8f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aba5a9f705cec1358ccae1956791ee512c02d21e2322ba7d6f1416aff98bf088(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58ac35b4b3f44c83bc06a805266a01bfe9893ccb49019f2d0580ffe9175cb318(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78206b945c82d884124fb6e1d16c6b0e4a351a262dc3f370fb1f95aa93a59c32(
    value: typing.Optional[AzureServiceFabricClusterDeploymentTargetEndpointAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c0d3058ea57715be60a3e8b415cd049c3f1639dc85803b1f314470fb4291fdb(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a78426c2b78285b78446ad1f8ae78a5821dc14052e1642ba88a6eb4fd7a3fd1c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea1393d29acd10fa79d83475d7820dfa1168813d7186102d9b7c2b8cd59cd3b7(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44e938615ec6208c99cc2e0b56d1a0bbc9f7c90f7c9d8c20864ac18e73f9cd80(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__041224cb5bb4203379ee0596b463bc62d798029a87562e57be412f68a138e29c(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5183015bf54e11d40cb0bf5f2b11bd11c4ff597b6ad5cceaac49764b1cc71f5d(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99498f75b5009f6f14ae86f6e7f47ce3db41f0caac4b51415486fd108d0499aa(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointContainer]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba8795585a9519881c0c32276509d9a084ded0461f4df30a9721bb4b2a9d1105(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b2986338abdc720409e9f811bc722258864963527499d56ee0661a51a88c31c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6a2fa06442d6fb8a50862cfe65e81b0849d6b758c957a3ed97e18ba4e059c7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__deca19f3239c184604d2c63d8e357f780b4ff691152a9e2ae4ee0d76abff042e(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21792b4bc398c47f740b2fcc943fb20c3cdd90e39420d50d8ec58ed57d65671f(
    *,
    destination_type: typing.Optional[builtins.str] = None,
    drop_folder_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2c82ec639fd7f3a6d07b349f22fc3b965e566e09f6cb9fe1c88b825da937bc9(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c786559006429dc366648fab8e5f0486abefe2ee8807b86ec06cf2e94c837387(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a34e53a30100a339a1ab8ba65e5372c64407429c6160d6c6360bdfd4e4b14524(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c8fe496c06972da6887616285a57a18aa60a0614193f425c6f538f90816597a(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ba99e462f74be7244183424c51fa82dd2aef9dbea0cb60a80cf1bf59029ffaa(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03e90200753d9a2f65fa34c14a8428a515059eb46ed658cd9b882526b6f16a1c(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointDestination]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a9a302d9768701c6291e813c8b6dce9afdc75c2cc4bb18796a7405a37778e56(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0260d4f140bb62598b49285f679962c54dc47d76be2fe8505e5143cea020bc16(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ccc290297f043145c2843611fe5f292c0225ff92d8b37345a7986f21e925c62(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b28be534211e5e8aee910cdb9e1ef1d5538d6252017a806cc92ea7da0a6f87d(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointDestination]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7d7ba6a2cda125b9f7bd52bccce725c9920ed52cc2dd5247f6d388a5cfbbfe4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08d20ffc2c7c4532ea7c120f96817345fd86283a61d9f61c550d5f7b0f940de6(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abd8df1285820cd5a01512ed5feece8798664419d90aa27f594be2b8eee09518(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c78a665c7ef2a69605906d4294356470d72d4b1e22d8f8438e551b8c188684a1(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a1710211e70e3d3cfb1d58ce45d2ae57e40bf2d2717a8cf273a3cd544849c8b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0ff5b4bc5086db6e6408d7d71c584e2d7f1eba78ab3dab1f9aca933da7d921a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpoint]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__812ff093fdbc548518c330f5090b927d817cf128054cb815b1bd3d1297456fab(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e196b2967bb643251439b71b79034a89ad81da1f2b89de9028d7fadebd1840f(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d76bbc6776e27e12afc93dca7c3b975faa013f160d7800c8a792911519a393eb(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4375ed97d0e3a15acdd8a624b950d6818daa1eddd7b3ac412320fe2aee93a045(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1e5f849dd0c9963ed7444899bdb2d847b53a71567ba7cf1ed5b89cdc73db473(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64949ce4ff07a1fccd465d5af02f74e6a44abceecd07aba2b31c7f9d112b286c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8a7c52fd253bf7d7bf9d3a93fa12d76f722a459e8c8c4d748a2130988d6cde9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc81ffb35652229d92cf47a0fcc2ee7f10a60ec0098f64646b4fff26c98aa4d6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__859c8b28b3ae3d7b6e2aa67455eb5db126f4f6f433117f5d7b7bdd506d3e968d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f1b31e0733758ce102bf6dc454c61a661354a0c3d46d0a2491417fd180ce2f5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b63a08fb793f0f67aab027a04a881965a4144c8888a7ca7f25449fb5ad416cb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb5b41894d63405b85f7ed10cc80b98f5042bdba462322b58892d1cd0aa10717(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34e7d81e06a15d4a428a7a297ff60af2a3894723e04b2db09ea352e21449c9aa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcdf47f859a92b8f78eb4c6b6674978e3e7fcdf5466d0f20fed0380ae66981b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07930927714798e632833d9130ae9b321d64889bb388c8aba3ebc9e00cad24de(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91aed660433f0746d59bff1acfb0b9a5a5bd703151edcd9c11eab63f47aec09c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a39002b4f527e032474fe699f7e040732e52935c2ff6c205427cc251bf0f43b0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4cb07233496a53bd2b62144b8113d0a62ba5120e010f78a5970f3954048ae99(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c90e47a56ba9bcd849443da6a3ce83a53e117d08e01f76df137160ba68ed5e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__639ed3d166c28fb898acf780ededfea9800c62b8bde89af150bcf2863feb1222(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3bd9466e9885cd865965bf38100b650ab7adbb2d632302e08beaacda53e306a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8785eb26e81a9298448cac350433ab0498b1a2df108c14c5ddade7eb3aa2eff0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68fd9c1e46a0857921939d129188ed415e67ee21bb6276c5e4c98eb4a4db5361(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d0f12058a952d9fbc16cf128170d6b36362789f5ad80e0673ec4e1862e5152d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a773ce0ec7383813f2828e5adbae34361a940eb6ebf8178da9da11acfe626ba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c4071e935dfef1a33e4ef7be44c3ff7ae38a0e00a460191261107ddceecf3a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__841265591e65b56cd55209abd768ddaa539015a113c0e1de22e3fe477ab55a8b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c09675620ae57ed5843fdf0801bb42096d3f13143c919fa0e1ee2f127e4ff96a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__272c50658262b8d402e9f62d2baf3e763e162097a0f96e149d41d7eb1d76acab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7eeb3ee46c421406003cd2312d3923e07e466b07400c433c2d05e9e43ac66e11(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be961dc80635d88bcf380c6299ecd002f317499eac6b68e29bf58268de49922a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77e5dd2fda6c77717983e4c85983d87670fa94f55b05bb44f6e97c5326c6baac(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b15dc90c9e3fa18dfaed9c09a6bb7d78ff6c05ccb3faced20861230951948ae5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf32db020bb1df3ad7acad25ba40ae09db629c3a96aef77e59d3589cf2c6c1cc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68111513e6eba987bea32c364c1daabc4c22a021c9538cdd356aa3cfade56d14(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb92357c92de84adc57bffecf7c2e65cfc021398595b46debe7122602e7bac9d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25f6620689f582076c9c34e7876c795ec4b2725b214dc592b6db6b72853134c8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e26bb992c32c5737ff0a5d42b8b58555184d615332765ece1dd0882e223bfced(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee1aa59eabb6da65a762634e63876dee122864e6abe07bc533ca5ab7cbf702a1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__692d9a62ebc2761913c4f9c46e59b8f266db4ceca3242ec72064338d90b79b91(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86e043ba21b0ef340b7e38f0375067fb0a94176fc3645cbf736125ff083798c7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__643f91249e228610093b8bb65327812bdfc29a02441d74694a0cd0e7529201cf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__244863ca7e1f850267e1b0a20d521254e3eaf1ddd30e47a5c73a13a383badf50(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpoint]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__749d1c75982175e343e1dae7d180f5ac6fefc36daba9e5937a26ae4e22787dac(
    *,
    upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1660def6a683128d59f89a09c107ab99cb49c6748fff197c1768542875d1d9a(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3a620857dc29e8b4945d5ee010dbc4174b2c9a84e9ed22eb8f93f8764aae058(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b967e40c93f5574f5806733048fd95c3fa4e3a35a0a2abcc160306583102942c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ac3f1b1546430000433f9aaef0028913f6c13aff38762ea588e972853e45e60(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9722ae17e93e7c15578c01e8d756ad78e0fd81e7acdf720f4930b5d43313cfb(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__add1eaa434479ddcfef4c7f7280d42b2f16936c4d67e13100b823664bc2610c9(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__658fb3b966bd4cc20c3f6e3f1c75516b83ea11bbb3b44e7cba705bc0f7f15d60(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbe286bf157134177161120495171bf6c0359f6fba5c639882c96173e8213032(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d46932b7ae759158a4543461bfb1c132c1f1bfa9077bf2005985184720c316c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f42b18e06ebf6fb840510694807ca51f3def953995d473aa4515d53c78780b4(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f241f9446835e9f64b9da38c65dbf2169c3f6408cf16119b585408c257925df(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a586318b8f98e5ee392482343b108b1b554782ecf35756e41a8c9f58c5959997(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, AzureServiceFabricClusterDeploymentTargetEndpointTentacleVersionDetails]],
) -> None:
    """Type checking stubs"""
    pass
