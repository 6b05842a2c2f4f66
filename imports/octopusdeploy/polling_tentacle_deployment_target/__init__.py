r'''
# `octopusdeploy_polling_tentacle_deployment_target`

Refer to the Terraform Registry for docs: [`octopusdeploy_polling_tentacle_deployment_target`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target).
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


class PollingTentacleDeploymentTarget(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTarget",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target octopusdeploy_polling_tentacle_deployment_target}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        tentacle_url: builtins.str,
        certificate_signature_algorithm: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]]] = None,
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
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target octopusdeploy_polling_tentacle_deployment_target} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#environments PollingTentacleDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#name PollingTentacleDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#roles PollingTentacleDeploymentTarget#roles}.
        :param tentacle_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_url PollingTentacleDeploymentTarget#tentacle_url}.
        :param certificate_signature_algorithm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_signature_algorithm PollingTentacleDeploymentTarget#certificate_signature_algorithm}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#endpoint PollingTentacleDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#health_status PollingTentacleDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#id PollingTentacleDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#is_disabled PollingTentacleDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#machine_policy_id PollingTentacleDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#operating_system PollingTentacleDeploymentTarget#operating_system}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#shell_name PollingTentacleDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#shell_version PollingTentacleDeploymentTarget#shell_version}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#space_id PollingTentacleDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#status PollingTentacleDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#status_summary PollingTentacleDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenanted_deployment_participation PollingTentacleDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenants PollingTentacleDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenant_tags PollingTentacleDeploymentTarget#tenant_tags}
        :param tentacle_version_details: tentacle_version_details block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_version_details PollingTentacleDeploymentTarget#tentacle_version_details}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#thumbprint PollingTentacleDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#uri PollingTentacleDeploymentTarget#uri}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d194f96654abc4418ddf691b4aa9f17ea1e216c5e328f5e701b086e104ae999d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = PollingTentacleDeploymentTargetConfig(
            environments=environments,
            name=name,
            roles=roles,
            tentacle_url=tentacle_url,
            certificate_signature_algorithm=certificate_signature_algorithm,
            endpoint=endpoint,
            health_status=health_status,
            id=id,
            is_disabled=is_disabled,
            machine_policy_id=machine_policy_id,
            operating_system=operating_system,
            shell_name=shell_name,
            shell_version=shell_version,
            space_id=space_id,
            status=status,
            status_summary=status_summary,
            tenanted_deployment_participation=tenanted_deployment_participation,
            tenants=tenants,
            tenant_tags=tenant_tags,
            tentacle_version_details=tentacle_version_details,
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
        '''Generates CDKTF code for importing a PollingTentacleDeploymentTarget resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the PollingTentacleDeploymentTarget to import.
        :param import_from_id: The id of the existing PollingTentacleDeploymentTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the PollingTentacleDeploymentTarget to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ec6618c8cb840ef8a8ba392d08e8f81863f8ea48bb611231dfb54417d387cb03)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putEndpoint")
    def put_endpoint(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ad9745d894e516e4ce73273b5bff39f3f6f1502b448cd96c9ed7bb868513933)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putEndpoint", [value]))

    @jsii.member(jsii_name="putTentacleVersionDetails")
    def put_tentacle_version_details(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e46dc71fea8dae174c12ac89191a4a5dbb0508d6a2eb24e73371ed1c07e36f17)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTentacleVersionDetails", [value]))

    @jsii.member(jsii_name="resetCertificateSignatureAlgorithm")
    def reset_certificate_signature_algorithm(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateSignatureAlgorithm", []))

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

    @jsii.member(jsii_name="resetTentacleVersionDetails")
    def reset_tentacle_version_details(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTentacleVersionDetails", []))

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
    def endpoint(self) -> "PollingTentacleDeploymentTargetEndpointList":
        return typing.cast("PollingTentacleDeploymentTargetEndpointList", jsii.get(self, "endpoint"))

    @builtins.property
    @jsii.member(jsii_name="hasLatestCalamari")
    def has_latest_calamari(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "hasLatestCalamari"))

    @builtins.property
    @jsii.member(jsii_name="isInProcess")
    def is_in_process(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isInProcess"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetails")
    def tentacle_version_details(
        self,
    ) -> "PollingTentacleDeploymentTargetTentacleVersionDetailsList":
        return typing.cast("PollingTentacleDeploymentTargetTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithmInput")
    def certificate_signature_algorithm_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "certificateSignatureAlgorithmInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointInput")
    def endpoint_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpoint"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpoint"]]], jsii.get(self, "endpointInput"))

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
    @jsii.member(jsii_name="tentacleUrlInput")
    def tentacle_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tentacleUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetailsInput")
    def tentacle_version_details_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetTentacleVersionDetails"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetTentacleVersionDetails"]]], jsii.get(self, "tentacleVersionDetailsInput"))

    @builtins.property
    @jsii.member(jsii_name="thumbprintInput")
    def thumbprint_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "thumbprintInput"))

    @builtins.property
    @jsii.member(jsii_name="uriInput")
    def uri_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "uriInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithm")
    def certificate_signature_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateSignatureAlgorithm"))

    @certificate_signature_algorithm.setter
    def certificate_signature_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00956af48794edfe53cdcf89fd1f89119a25cbb1a8cddf86908b33db2df54606)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateSignatureAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5f038b5674c292bb1c6a507bf2619033802eb3338292e38b6cee5cefed7f39b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthStatus")
    def health_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthStatus"))

    @health_status.setter
    def health_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22700fece363403e0018c0609a81113c9c7bb30016cfa05259d2deda9b434dcb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__34257676560067b3e3b289689397899ac7106c3f028c360ef3fde1900efca4e1)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7323cf1edfae8e6d9fe84c93dba7950a12e6041beaae7c281e5cf8aec134a35b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="machinePolicyId")
    def machine_policy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "machinePolicyId"))

    @machine_policy_id.setter
    def machine_policy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09108f3b3b219b5345a44e87bf7550d648273d18db6f9f2d0f248272c4a900b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "machinePolicyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d9f8704fca1b795605bc1b6f5356fec15e68e19e85414249fc431af5734d1f22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="operatingSystem")
    def operating_system(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operatingSystem"))

    @operating_system.setter
    def operating_system(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0c381461b0b31c2f4e306e2c0c37af8b1904cd6e2db9db41ee46f871669e6f7a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "operatingSystem", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3107974f59384d277b2d7e40c25025c46810fa9b22edd613facd2d3da546a7d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellName")
    def shell_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellName"))

    @shell_name.setter
    def shell_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2e615933d18e7c49932b6b2e1cf120136053af7de2c2a906e824b61773b99b6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellVersion")
    def shell_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellVersion"))

    @shell_version.setter
    def shell_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__57fd5521ea41a4404ba8ecd94ff0d62801c9c9b3f034df9801cdf8dbe0565f82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fd2633e121ceb2d305a6856a8c2d67c59d35a28c640134e3ec8f963d048059bd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @status.setter
    def status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e988c239742a639e1063e7848f5fe0fc8218ff978c2e8c56df783e531961299d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "status", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statusSummary")
    def status_summary(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statusSummary"))

    @status_summary.setter
    def status_summary(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bad48ef9a6dde9ef440a8c9e6db4f06ba55c7b4830aeff9c25b76356faa3961d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statusSummary", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @tenanted_deployment_participation.setter
    def tenanted_deployment_participation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d59ec4f3598fd680f91f4ab11a6d03c0c6b6ed73e6faa659282733d00ce1771)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantedDeploymentParticipation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c3f080828682f2356b6f0cce1a72e293e18c4b916b99c604920feee2ce59e36c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5023d631d40f8de07425911afef54e9ee4ad582c84f98c16a1313f0d8f894b07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tentacleUrl")
    def tentacle_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tentacleUrl"))

    @tentacle_url.setter
    def tentacle_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__faadfafb4fd8083406d54e101fdef84ecc335167e38454b21b263e8fcfeed8d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tentacleUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0015d5fc44073d9c7b132d615192de3e2a58347c2c69032e312a81750ec6ca38)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__79cb8c5b68dc1f363a42a8d9966fe3deb153bb5cb9b28830c803e478fc35be5f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "environments": "environments",
        "name": "name",
        "roles": "roles",
        "tentacle_url": "tentacleUrl",
        "certificate_signature_algorithm": "certificateSignatureAlgorithm",
        "endpoint": "endpoint",
        "health_status": "healthStatus",
        "id": "id",
        "is_disabled": "isDisabled",
        "machine_policy_id": "machinePolicyId",
        "operating_system": "operatingSystem",
        "shell_name": "shellName",
        "shell_version": "shellVersion",
        "space_id": "spaceId",
        "status": "status",
        "status_summary": "statusSummary",
        "tenanted_deployment_participation": "tenantedDeploymentParticipation",
        "tenants": "tenants",
        "tenant_tags": "tenantTags",
        "tentacle_version_details": "tentacleVersionDetails",
        "thumbprint": "thumbprint",
        "uri": "uri",
    },
)
class PollingTentacleDeploymentTargetConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        tentacle_url: builtins.str,
        certificate_signature_algorithm: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        status: typing.Optional[builtins.str] = None,
        status_summary: typing.Optional[builtins.str] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
        tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]]] = None,
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
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#environments PollingTentacleDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#name PollingTentacleDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#roles PollingTentacleDeploymentTarget#roles}.
        :param tentacle_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_url PollingTentacleDeploymentTarget#tentacle_url}.
        :param certificate_signature_algorithm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_signature_algorithm PollingTentacleDeploymentTarget#certificate_signature_algorithm}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#endpoint PollingTentacleDeploymentTarget#endpoint}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#health_status PollingTentacleDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#id PollingTentacleDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#is_disabled PollingTentacleDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#machine_policy_id PollingTentacleDeploymentTarget#machine_policy_id}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#operating_system PollingTentacleDeploymentTarget#operating_system}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#shell_name PollingTentacleDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#shell_version PollingTentacleDeploymentTarget#shell_version}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#space_id PollingTentacleDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#status PollingTentacleDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#status_summary PollingTentacleDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenanted_deployment_participation PollingTentacleDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenants PollingTentacleDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenant_tags PollingTentacleDeploymentTarget#tenant_tags}
        :param tentacle_version_details: tentacle_version_details block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_version_details PollingTentacleDeploymentTarget#tentacle_version_details}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#thumbprint PollingTentacleDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#uri PollingTentacleDeploymentTarget#uri}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b589e61771212dc55b6313971de3352e64d2824114eedf74f96a42ef96280088)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument tentacle_url", value=tentacle_url, expected_type=type_hints["tentacle_url"])
            check_type(argname="argument certificate_signature_algorithm", value=certificate_signature_algorithm, expected_type=type_hints["certificate_signature_algorithm"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument health_status", value=health_status, expected_type=type_hints["health_status"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument machine_policy_id", value=machine_policy_id, expected_type=type_hints["machine_policy_id"])
            check_type(argname="argument operating_system", value=operating_system, expected_type=type_hints["operating_system"])
            check_type(argname="argument shell_name", value=shell_name, expected_type=type_hints["shell_name"])
            check_type(argname="argument shell_version", value=shell_version, expected_type=type_hints["shell_version"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument status_summary", value=status_summary, expected_type=type_hints["status_summary"])
            check_type(argname="argument tenanted_deployment_participation", value=tenanted_deployment_participation, expected_type=type_hints["tenanted_deployment_participation"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument tentacle_version_details", value=tentacle_version_details, expected_type=type_hints["tentacle_version_details"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "environments": environments,
            "name": name,
            "roles": roles,
            "tentacle_url": tentacle_url,
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
        if certificate_signature_algorithm is not None:
            self._values["certificate_signature_algorithm"] = certificate_signature_algorithm
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
        if tentacle_version_details is not None:
            self._values["tentacle_version_details"] = tentacle_version_details
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
    def environments(self) -> typing.List[builtins.str]:
        '''A list of environment IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#environments PollingTentacleDeploymentTarget#environments}
        '''
        result = self._values.get("environments")
        assert result is not None, "Required property 'environments' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#name PollingTentacleDeploymentTarget#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def roles(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#roles PollingTentacleDeploymentTarget#roles}.'''
        result = self._values.get("roles")
        assert result is not None, "Required property 'roles' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def tentacle_url(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_url PollingTentacleDeploymentTarget#tentacle_url}.'''
        result = self._values.get("tentacle_url")
        assert result is not None, "Required property 'tentacle_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def certificate_signature_algorithm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_signature_algorithm PollingTentacleDeploymentTarget#certificate_signature_algorithm}.'''
        result = self._values.get("certificate_signature_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpoint"]]]:
        '''endpoint block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#endpoint PollingTentacleDeploymentTarget#endpoint}
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpoint"]]], result)

    @builtins.property
    def health_status(self) -> typing.Optional[builtins.str]:
        '''Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#health_status PollingTentacleDeploymentTarget#health_status}
        '''
        result = self._values.get("health_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#id PollingTentacleDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#is_disabled PollingTentacleDeploymentTarget#is_disabled}.'''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def machine_policy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#machine_policy_id PollingTentacleDeploymentTarget#machine_policy_id}.'''
        result = self._values.get("machine_policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operating_system(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#operating_system PollingTentacleDeploymentTarget#operating_system}.'''
        result = self._values.get("operating_system")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#shell_name PollingTentacleDeploymentTarget#shell_name}.'''
        result = self._values.get("shell_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#shell_version PollingTentacleDeploymentTarget#shell_version}.'''
        result = self._values.get("shell_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#space_id PollingTentacleDeploymentTarget#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[builtins.str]:
        '''The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#status PollingTentacleDeploymentTarget#status}
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status_summary(self) -> typing.Optional[builtins.str]:
        '''A summary elaborating on the status of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#status_summary PollingTentacleDeploymentTarget#status_summary}
        '''
        result = self._values.get("status_summary")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenanted_deployment_participation(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenanted_deployment_participation PollingTentacleDeploymentTarget#tenanted_deployment_participation}
        '''
        result = self._values.get("tenanted_deployment_participation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenants PollingTentacleDeploymentTarget#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant tags associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tenant_tags PollingTentacleDeploymentTarget#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tentacle_version_details(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetTentacleVersionDetails"]]]:
        '''tentacle_version_details block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_version_details PollingTentacleDeploymentTarget#tentacle_version_details}
        '''
        result = self._values.get("tentacle_version_details")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetTentacleVersionDetails"]]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#thumbprint PollingTentacleDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#uri PollingTentacleDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PollingTentacleDeploymentTargetConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpoint",
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
class PollingTentacleDeploymentTargetEndpoint:
    def __init__(
        self,
        *,
        communication_style: builtins.str,
        aad_client_credential_secret: typing.Optional[builtins.str] = None,
        aad_credential_type: typing.Optional[builtins.str] = None,
        aad_user_credential_username: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        applications_directory: typing.Optional[builtins.str] = None,
        authentication: typing.Optional[typing.Union["PollingTentacleDeploymentTargetEndpointAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        certificate_signature_algorithm: typing.Optional[builtins.str] = None,
        certificate_store_location: typing.Optional[builtins.str] = None,
        certificate_store_name: typing.Optional[builtins.str] = None,
        client_certificate_variable: typing.Optional[builtins.str] = None,
        cloud_service_name: typing.Optional[builtins.str] = None,
        cluster_certificate: typing.Optional[builtins.str] = None,
        cluster_certificate_path: typing.Optional[builtins.str] = None,
        cluster_url: typing.Optional[builtins.str] = None,
        connection_endpoint: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetEndpointContainer", typing.Dict[builtins.str, typing.Any]]]]] = None,
        container_options: typing.Optional[builtins.str] = None,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetEndpointDestination", typing.Dict[builtins.str, typing.Any]]]]] = None,
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
        tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        web_app_name: typing.Optional[builtins.str] = None,
        web_app_slot_name: typing.Optional[builtins.str] = None,
        working_directory: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param communication_style: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#communication_style PollingTentacleDeploymentTarget#communication_style}.
        :param aad_client_credential_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#aad_client_credential_secret PollingTentacleDeploymentTarget#aad_client_credential_secret}.
        :param aad_credential_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#aad_credential_type PollingTentacleDeploymentTarget#aad_credential_type}.
        :param aad_user_credential_username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#aad_user_credential_username PollingTentacleDeploymentTarget#aad_user_credential_username}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#account_id PollingTentacleDeploymentTarget#account_id}.
        :param applications_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#applications_directory PollingTentacleDeploymentTarget#applications_directory}.
        :param authentication: authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#authentication PollingTentacleDeploymentTarget#authentication}
        :param certificate_signature_algorithm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_signature_algorithm PollingTentacleDeploymentTarget#certificate_signature_algorithm}.
        :param certificate_store_location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_store_location PollingTentacleDeploymentTarget#certificate_store_location}.
        :param certificate_store_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_store_name PollingTentacleDeploymentTarget#certificate_store_name}.
        :param client_certificate_variable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#client_certificate_variable PollingTentacleDeploymentTarget#client_certificate_variable}.
        :param cloud_service_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cloud_service_name PollingTentacleDeploymentTarget#cloud_service_name}.
        :param cluster_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_certificate PollingTentacleDeploymentTarget#cluster_certificate}.
        :param cluster_certificate_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_certificate_path PollingTentacleDeploymentTarget#cluster_certificate_path}.
        :param cluster_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_url PollingTentacleDeploymentTarget#cluster_url}.
        :param connection_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#connection_endpoint PollingTentacleDeploymentTarget#connection_endpoint}.
        :param container: container block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#container PollingTentacleDeploymentTarget#container}
        :param container_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#container_options PollingTentacleDeploymentTarget#container_options}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#default_worker_pool_id PollingTentacleDeploymentTarget#default_worker_pool_id}.
        :param destination: destination block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#destination PollingTentacleDeploymentTarget#destination}
        :param dot_net_core_platform: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#dot_net_core_platform PollingTentacleDeploymentTarget#dot_net_core_platform}.
        :param fingerprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#fingerprint PollingTentacleDeploymentTarget#fingerprint}.
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#host PollingTentacleDeploymentTarget#host}.
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#id PollingTentacleDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#namespace PollingTentacleDeploymentTarget#namespace}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#port PollingTentacleDeploymentTarget#port}.
        :param proxy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#proxy_id PollingTentacleDeploymentTarget#proxy_id}.
        :param resource_group_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#resource_group_name PollingTentacleDeploymentTarget#resource_group_name}.
        :param running_in_container: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#running_in_container PollingTentacleDeploymentTarget#running_in_container}.
        :param security_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#security_mode PollingTentacleDeploymentTarget#security_mode}.
        :param server_certificate_thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#server_certificate_thumbprint PollingTentacleDeploymentTarget#server_certificate_thumbprint}.
        :param skip_tls_verification: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#skip_tls_verification PollingTentacleDeploymentTarget#skip_tls_verification}.
        :param slot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#slot PollingTentacleDeploymentTarget#slot}.
        :param storage_account_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#storage_account_name PollingTentacleDeploymentTarget#storage_account_name}.
        :param swap_if_possible: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#swap_if_possible PollingTentacleDeploymentTarget#swap_if_possible}.
        :param tentacle_version_details: tentacle_version_details block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_version_details PollingTentacleDeploymentTarget#tentacle_version_details}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#thumbprint PollingTentacleDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#uri PollingTentacleDeploymentTarget#uri}.
        :param use_current_instance_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_current_instance_count PollingTentacleDeploymentTarget#use_current_instance_count}.
        :param web_app_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#web_app_name PollingTentacleDeploymentTarget#web_app_name}.
        :param web_app_slot_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#web_app_slot_name PollingTentacleDeploymentTarget#web_app_slot_name}.
        :param working_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#working_directory PollingTentacleDeploymentTarget#working_directory}.
        '''
        if isinstance(authentication, dict):
            authentication = PollingTentacleDeploymentTargetEndpointAuthentication(**authentication)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__35a8832184ad5d153ed11f4f2f7c645e59ae8ce5c67c354e9bfa74e6a9c15cd8)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#communication_style PollingTentacleDeploymentTarget#communication_style}.'''
        result = self._values.get("communication_style")
        assert result is not None, "Required property 'communication_style' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aad_client_credential_secret(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#aad_client_credential_secret PollingTentacleDeploymentTarget#aad_client_credential_secret}.'''
        result = self._values.get("aad_client_credential_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_credential_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#aad_credential_type PollingTentacleDeploymentTarget#aad_credential_type}.'''
        result = self._values.get("aad_credential_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_user_credential_username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#aad_user_credential_username PollingTentacleDeploymentTarget#aad_user_credential_username}.'''
        result = self._values.get("aad_user_credential_username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#account_id PollingTentacleDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def applications_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#applications_directory PollingTentacleDeploymentTarget#applications_directory}.'''
        result = self._values.get("applications_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional["PollingTentacleDeploymentTargetEndpointAuthentication"]:
        '''authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#authentication PollingTentacleDeploymentTarget#authentication}
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["PollingTentacleDeploymentTargetEndpointAuthentication"], result)

    @builtins.property
    def certificate_signature_algorithm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_signature_algorithm PollingTentacleDeploymentTarget#certificate_signature_algorithm}.'''
        result = self._values.get("certificate_signature_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_location(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_store_location PollingTentacleDeploymentTarget#certificate_store_location}.'''
        result = self._values.get("certificate_store_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#certificate_store_name PollingTentacleDeploymentTarget#certificate_store_name}.'''
        result = self._values.get("certificate_store_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate_variable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#client_certificate_variable PollingTentacleDeploymentTarget#client_certificate_variable}.'''
        result = self._values.get("client_certificate_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloud_service_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cloud_service_name PollingTentacleDeploymentTarget#cloud_service_name}.'''
        result = self._values.get("cloud_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_certificate PollingTentacleDeploymentTarget#cluster_certificate}.'''
        result = self._values.get("cluster_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_certificate_path PollingTentacleDeploymentTarget#cluster_certificate_path}.'''
        result = self._values.get("cluster_certificate_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_url PollingTentacleDeploymentTarget#cluster_url}.'''
        result = self._values.get("cluster_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connection_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#connection_endpoint PollingTentacleDeploymentTarget#connection_endpoint}.'''
        result = self._values.get("connection_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointContainer"]]]:
        '''container block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#container PollingTentacleDeploymentTarget#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointContainer"]]], result)

    @builtins.property
    def container_options(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#container_options PollingTentacleDeploymentTarget#container_options}.'''
        result = self._values.get("container_options")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#default_worker_pool_id PollingTentacleDeploymentTarget#default_worker_pool_id}.'''
        result = self._values.get("default_worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointDestination"]]]:
        '''destination block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#destination PollingTentacleDeploymentTarget#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointDestination"]]], result)

    @builtins.property
    def dot_net_core_platform(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#dot_net_core_platform PollingTentacleDeploymentTarget#dot_net_core_platform}.'''
        result = self._values.get("dot_net_core_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fingerprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#fingerprint PollingTentacleDeploymentTarget#fingerprint}.'''
        result = self._values.get("fingerprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#host PollingTentacleDeploymentTarget#host}.'''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#id PollingTentacleDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#namespace PollingTentacleDeploymentTarget#namespace}.'''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#port PollingTentacleDeploymentTarget#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def proxy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#proxy_id PollingTentacleDeploymentTarget#proxy_id}.'''
        result = self._values.get("proxy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_group_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#resource_group_name PollingTentacleDeploymentTarget#resource_group_name}.'''
        result = self._values.get("resource_group_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def running_in_container(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#running_in_container PollingTentacleDeploymentTarget#running_in_container}.'''
        result = self._values.get("running_in_container")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def security_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#security_mode PollingTentacleDeploymentTarget#security_mode}.'''
        result = self._values.get("security_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate_thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#server_certificate_thumbprint PollingTentacleDeploymentTarget#server_certificate_thumbprint}.'''
        result = self._values.get("server_certificate_thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip_tls_verification(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#skip_tls_verification PollingTentacleDeploymentTarget#skip_tls_verification}.'''
        result = self._values.get("skip_tls_verification")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def slot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#slot PollingTentacleDeploymentTarget#slot}.'''
        result = self._values.get("slot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_account_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#storage_account_name PollingTentacleDeploymentTarget#storage_account_name}.'''
        result = self._values.get("storage_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swap_if_possible(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#swap_if_possible PollingTentacleDeploymentTarget#swap_if_possible}.'''
        result = self._values.get("swap_if_possible")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def tentacle_version_details(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointTentacleVersionDetails"]]]:
        '''tentacle_version_details block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#tentacle_version_details PollingTentacleDeploymentTarget#tentacle_version_details}
        '''
        result = self._values.get("tentacle_version_details")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointTentacleVersionDetails"]]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#thumbprint PollingTentacleDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#uri PollingTentacleDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_current_instance_count(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_current_instance_count PollingTentacleDeploymentTarget#use_current_instance_count}.'''
        result = self._values.get("use_current_instance_count")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def web_app_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#web_app_name PollingTentacleDeploymentTarget#web_app_name}.'''
        result = self._values.get("web_app_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_app_slot_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#web_app_slot_name PollingTentacleDeploymentTarget#web_app_slot_name}.'''
        result = self._values.get("web_app_slot_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def working_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#working_directory PollingTentacleDeploymentTarget#working_directory}.'''
        result = self._values.get("working_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PollingTentacleDeploymentTargetEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointAuthentication",
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
class PollingTentacleDeploymentTargetEndpointAuthentication:
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
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#account_id PollingTentacleDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#admin_login PollingTentacleDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assumed_role_arn PollingTentacleDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assumed_role_session PollingTentacleDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role PollingTentacleDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role_external_id PollingTentacleDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role_session_duration PollingTentacleDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#authentication_type PollingTentacleDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#client_certificate PollingTentacleDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_name PollingTentacleDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_resource_group PollingTentacleDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#impersonate_service_account PollingTentacleDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#project PollingTentacleDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#region PollingTentacleDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#service_account_emails PollingTentacleDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#token_path PollingTentacleDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_instance_role PollingTentacleDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_vm_service_account PollingTentacleDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#zone PollingTentacleDeploymentTarget#zone}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__81d711ae23fa404ed028578bdd9e759310aa99617af76008be566c3b8dcfdada)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#account_id PollingTentacleDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def admin_login(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#admin_login PollingTentacleDeploymentTarget#admin_login}.'''
        result = self._values.get("admin_login")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assumed_role_arn PollingTentacleDeploymentTarget#assumed_role_arn}.'''
        result = self._values.get("assumed_role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_session(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assumed_role_session PollingTentacleDeploymentTarget#assumed_role_session}.'''
        result = self._values.get("assumed_role_session")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role PollingTentacleDeploymentTarget#assume_role}.'''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def assume_role_external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role_external_id PollingTentacleDeploymentTarget#assume_role_external_id}.'''
        result = self._values.get("assume_role_external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role_session_duration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role_session_duration PollingTentacleDeploymentTarget#assume_role_session_duration}.'''
        result = self._values.get("assume_role_session_duration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def authentication_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#authentication_type PollingTentacleDeploymentTarget#authentication_type}.'''
        result = self._values.get("authentication_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#client_certificate PollingTentacleDeploymentTarget#client_certificate}.'''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_name PollingTentacleDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_resource_group(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_resource_group PollingTentacleDeploymentTarget#cluster_resource_group}.'''
        result = self._values.get("cluster_resource_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def impersonate_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#impersonate_service_account PollingTentacleDeploymentTarget#impersonate_service_account}.'''
        result = self._values.get("impersonate_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def project(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#project PollingTentacleDeploymentTarget#project}.'''
        result = self._values.get("project")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#region PollingTentacleDeploymentTarget#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_emails(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#service_account_emails PollingTentacleDeploymentTarget#service_account_emails}.'''
        result = self._values.get("service_account_emails")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#token_path PollingTentacleDeploymentTarget#token_path}.'''
        result = self._values.get("token_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_instance_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_instance_role PollingTentacleDeploymentTarget#use_instance_role}.'''
        result = self._values.get("use_instance_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def use_vm_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_vm_service_account PollingTentacleDeploymentTarget#use_vm_service_account}.'''
        result = self._values.get("use_vm_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#zone PollingTentacleDeploymentTarget#zone}.'''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PollingTentacleDeploymentTargetEndpointAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PollingTentacleDeploymentTargetEndpointAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__c4ef8dcbf954f951e19073e4cecbcbdc63f5007d7fa863cb437ae18232d0ee92)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e4cdbd56ad9a143125e2e22adf7dd996699370817fc959b5d1ed38ae898eeaff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="adminLogin")
    def admin_login(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adminLogin"))

    @admin_login.setter
    def admin_login(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e989c536ac7ac348e69f2c6513e6bef288c0a4564a9aa2b83830901b02d313e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adminLogin", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArn")
    def assumed_role_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleArn"))

    @assumed_role_arn.setter
    def assumed_role_arn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9b5036564ddc475dced1853aacc9d18191f445681a64f15f76c516a87d9800b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleArn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSession")
    def assumed_role_session(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleSession"))

    @assumed_role_session.setter
    def assumed_role_session(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6b416c77d0b4e8233c8d17b5e3bc9b47b3f32a0938cede5b8296f94e57ae0353)
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
            type_hints = typing.get_type_hints(_typecheckingstub__914ae47544c76767141fbd24010920cecb6c33c2091df46ef3ef69c6fb43de6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalId")
    def assume_role_external_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumeRoleExternalId"))

    @assume_role_external_id.setter
    def assume_role_external_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8f2375d9816bd6e0e2972d7993f7cb4db8125758e77d1551c1bf44dca8ff2964)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleExternalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDuration")
    def assume_role_session_duration(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "assumeRoleSessionDuration"))

    @assume_role_session_duration.setter
    def assume_role_session_duration(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9971851ee735692ea8c30ce6e5db86b16a9455fc8c373708eb95ae4f03192559)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleSessionDuration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationType")
    def authentication_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationType"))

    @authentication_type.setter
    def authentication_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3cc13ce2a3ff669a73d55ee34565ed27cfd7c728b36fdb27e31cd57dc934d2d0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @client_certificate.setter
    def client_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85c66ccf69f9fc68997f84607fddab10de8a45c560fa06c68598804b393b6104)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__96288dce4d6a5fe7076f1e6d80242b7b71cdf41807316519283c8472ca9dbd5f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @cluster_resource_group.setter
    def cluster_resource_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ef4dda02ae6d8d58fdb07a4af56030d6241a66bccfc6faa856099ccdb9155780)
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
            type_hints = typing.get_type_hints(_typecheckingstub__935bad16cd54af8a32b9b9d3157f1a18cfd65cb1e4904f7084bf67bde0185ab3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "impersonateServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__890c2341eb60ebff7d1de278d9cd96dc5a34dad4a9a7638f249f1a1e6601eeb9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0970e7d6d63a4738a9ea2d7916c84f54f2a8e3e03605b380b439e6a58f05d82f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmails")
    def service_account_emails(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountEmails"))

    @service_account_emails.setter
    def service_account_emails(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8b20f481b948492b601fd786a0a882b0c14c4974a8d0f8a97f59ebf84a3b8e46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceAccountEmails", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @token_path.setter
    def token_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a18da8ff3ce4d69add6a0057eefaea7004e266ca9e9a88ee12628ab189dbfc99)
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
            type_hints = typing.get_type_hints(_typecheckingstub__6e7cacb450f7086d005cace722d3b5aad63effef112325e3d4e656ecf59b9cde)
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
            type_hints = typing.get_type_hints(_typecheckingstub__180debea1c27175c9d43eb4833c68b317b64068559208cdbc4b2433c35d1f9b1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useVmServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @zone.setter
    def zone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ccc4dbec22f586ec9e3e868a73205a6c7ff27086ba2ff712bd5b30635bc669f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[PollingTentacleDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[PollingTentacleDeploymentTargetEndpointAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[PollingTentacleDeploymentTargetEndpointAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__161eb5e3444497a0a0236415be977a177a9cfc2b27ea89d837576094fb81b1b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class PollingTentacleDeploymentTargetEndpointContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#feed_id PollingTentacleDeploymentTarget#feed_id}.
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#image PollingTentacleDeploymentTarget#image}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ac0c621331be259e89c2d42829e935ab5ab86c125d9a3ec826b9bfb7733af26)
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if image is not None:
            self._values["image"] = image

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#feed_id PollingTentacleDeploymentTarget#feed_id}.'''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#image PollingTentacleDeploymentTarget#image}.'''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PollingTentacleDeploymentTargetEndpointContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PollingTentacleDeploymentTargetEndpointContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d452298a2e4d9679e908230bc8d2d06c14b49cca41ade08cd4cd152ed6bfebb8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "PollingTentacleDeploymentTargetEndpointContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5db9c0227e7cf4c490c1dce3e3a431d1dd9e24ad357ff4d5cd6495760e961fca)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("PollingTentacleDeploymentTargetEndpointContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b057d131fd1c92d17b0bee357ec1970099d07d0d788c89cc019c69074d96e967)
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
            type_hints = typing.get_type_hints(_typecheckingstub__97a2f7ed6de12db8f928781d73708befef45335c56a3639674e83388945ee427)
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
            type_hints = typing.get_type_hints(_typecheckingstub__86261d5c8b07d6caab4727df5b75432cab691eb1240255bddfa8547eedb0f24b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointContainer]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointContainer]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__26503c3b5c7703d316a5f3d830957a202f2d4ef646ea0d61d749efd994cd5b7a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class PollingTentacleDeploymentTargetEndpointContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__46698c7ec25ecf3b497887d7892818a10d62df661e2d47543797ebb400a33537)
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
            type_hints = typing.get_type_hints(_typecheckingstub__8383f4fdb4b18c39d58672057fb0853fcce836c883985e63cbce89cac114f771)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9593357303d09456c0018ac4cc89404e3d86fb3d4b8e0c58e16c2a4b5b77ff75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49daf0247a3987ec167ab6e5632ee7fcb8c479606d3dc05f78929d27c28ee7ce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointDestination",
    jsii_struct_bases=[],
    name_mapping={
        "destination_type": "destinationType",
        "drop_folder_path": "dropFolderPath",
    },
)
class PollingTentacleDeploymentTargetEndpointDestination:
    def __init__(
        self,
        *,
        destination_type: typing.Optional[builtins.str] = None,
        drop_folder_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#destination_type PollingTentacleDeploymentTarget#destination_type}.
        :param drop_folder_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#drop_folder_path PollingTentacleDeploymentTarget#drop_folder_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ae2de6969c48049c803ca91a1e888a6d1b8fa3939e47697a455d53f1390a3bb3)
            check_type(argname="argument destination_type", value=destination_type, expected_type=type_hints["destination_type"])
            check_type(argname="argument drop_folder_path", value=drop_folder_path, expected_type=type_hints["drop_folder_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_type is not None:
            self._values["destination_type"] = destination_type
        if drop_folder_path is not None:
            self._values["drop_folder_path"] = drop_folder_path

    @builtins.property
    def destination_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#destination_type PollingTentacleDeploymentTarget#destination_type}.'''
        result = self._values.get("destination_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def drop_folder_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#drop_folder_path PollingTentacleDeploymentTarget#drop_folder_path}.'''
        result = self._values.get("drop_folder_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PollingTentacleDeploymentTargetEndpointDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PollingTentacleDeploymentTargetEndpointDestinationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointDestinationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0caf88919f0e54408c0f16ebee0fe310cfc14a800c4cec8474c7ebd05b01bb5e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "PollingTentacleDeploymentTargetEndpointDestinationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a013cff52bc96e1a959d467f50cb13957611ce20d8b262edc6232bd6aa389e63)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("PollingTentacleDeploymentTargetEndpointDestinationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__48499a5dc7638a36350929c4887bb8f31067bdbb783366a735bf3368b81bc0f7)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0fde6849d79eb1eccb50b1a3201e99a0b1aa41a749ee2616768da1be27f8f0bb)
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
            type_hints = typing.get_type_hints(_typecheckingstub__88af9126ffc82a434d81107f7afef878b1fed9ce60ebe8c140f9bb6e444a3df9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointDestination]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointDestination]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f1544f4917ac9d2742c6f31f813c0b6940664e351e4c6eef7b919a634dd76aa3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class PollingTentacleDeploymentTargetEndpointDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointDestinationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__39df84eb8e78a8cccd8965832e18dc4a57638c116e3f1d32b8dd35f58f7cc10b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2d7035c2866edf00abd91812be8a5983adb6ae05aa5a714a21566fc6fbb14153)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dropFolderPath")
    def drop_folder_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dropFolderPath"))

    @drop_folder_path.setter
    def drop_folder_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e50c061a204790bc11c56c36f4101d77b365d5e4875e55b245bd2ad74358260a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dropFolderPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointDestination]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointDestination]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointDestination]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eec8d0c2423c0db82ee1a20eae649a19291272fdb28ac932328341a456c32470)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class PollingTentacleDeploymentTargetEndpointList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b8fad6ee99ce5b6cbfd5232f5620ebe7dc34aa84c1f7141923b734a934e3aae9)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "PollingTentacleDeploymentTargetEndpointOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f7c855a39241405a04417d6fa673bd53dde936ba800227ef102d2fc2e28ad18)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("PollingTentacleDeploymentTargetEndpointOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b7dd3be18b9215935f77b0ab3d7f80b4cdb271f752797e58f580a2d547f59943)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c35252a311c15dd86c3dfb324ac80dc06cd50809cfc66f0e8e6c9879de2f53a6)
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
            type_hints = typing.get_type_hints(_typecheckingstub__d738912eb08444aad66a7b600030eb9bb7724b05e2a2171eece4bb848bb788a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpoint]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpoint]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpoint]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5facf2e489a041c21220ebed5cedeb7039b2d67719eab1279e9f3708d1cef223)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class PollingTentacleDeploymentTargetEndpointOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0a8fea445dd172c5112ba899e2f3f342d79aa662f3bc81308a2a65306a62a5fb)
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
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#account_id PollingTentacleDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#admin_login PollingTentacleDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assumed_role_arn PollingTentacleDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assumed_role_session PollingTentacleDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role PollingTentacleDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role_external_id PollingTentacleDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#assume_role_session_duration PollingTentacleDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#authentication_type PollingTentacleDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#client_certificate PollingTentacleDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_name PollingTentacleDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#cluster_resource_group PollingTentacleDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#impersonate_service_account PollingTentacleDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#project PollingTentacleDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#region PollingTentacleDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#service_account_emails PollingTentacleDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#token_path PollingTentacleDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_instance_role PollingTentacleDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#use_vm_service_account PollingTentacleDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#zone PollingTentacleDeploymentTarget#zone}.
        '''
        value = PollingTentacleDeploymentTargetEndpointAuthentication(
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
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4ec3cd4b66556fb7e432bd49c4b1b1e12f018ddbe740fd8dad2c5b01a67f227a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

    @jsii.member(jsii_name="putDestination")
    def put_destination(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4defa5dd9406eae046500c9d8ad264bb9df212f0b359682f7b5ec8d10104e4eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDestination", [value]))

    @jsii.member(jsii_name="putTentacleVersionDetails")
    def put_tentacle_version_details(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["PollingTentacleDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0e26effbe447bd6411e2ae9acebd56085c19818c0e5caafff5b1bd501da6f371)
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
    ) -> PollingTentacleDeploymentTargetEndpointAuthenticationOutputReference:
        return typing.cast(PollingTentacleDeploymentTargetEndpointAuthenticationOutputReference, jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="container")
    def container(self) -> PollingTentacleDeploymentTargetEndpointContainerList:
        return typing.cast(PollingTentacleDeploymentTargetEndpointContainerList, jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> PollingTentacleDeploymentTargetEndpointDestinationList:
        return typing.cast(PollingTentacleDeploymentTargetEndpointDestinationList, jsii.get(self, "destination"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetails")
    def tentacle_version_details(
        self,
    ) -> "PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsList":
        return typing.cast("PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

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
    ) -> typing.Optional[PollingTentacleDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[PollingTentacleDeploymentTargetEndpointAuthentication], jsii.get(self, "authenticationInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointContainer]]], jsii.get(self, "containerInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointDestination]]], jsii.get(self, "destinationInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointTentacleVersionDetails"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["PollingTentacleDeploymentTargetEndpointTentacleVersionDetails"]]], jsii.get(self, "tentacleVersionDetailsInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__17fd3a6e483366c1dfe02a24638fce0fd62e80375cebc99a7dcc4b8ebbcaea88)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadClientCredentialSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadCredentialType")
    def aad_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadCredentialType"))

    @aad_credential_type.setter
    def aad_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d25a8d878f246cf366a8a37c4253f5a6229c427edf3a22d4433bd2824ae3aa2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsername")
    def aad_user_credential_username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialUsername"))

    @aad_user_credential_username.setter
    def aad_user_credential_username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__45212c512a39f22412214621a9707cf1f4ab34a2146661e09988bc06f9bcac9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadUserCredentialUsername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9eb805b73f941d105507ec465754deddec69e77b3f5e4587cb0ef72968eae71)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectory")
    def applications_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationsDirectory"))

    @applications_directory.setter
    def applications_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__33664d4c87ad11a7207f7021612bd3bedfdb7e813a7439abe6dada75014c666e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationsDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithm")
    def certificate_signature_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateSignatureAlgorithm"))

    @certificate_signature_algorithm.setter
    def certificate_signature_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__261aed28295a2fa20e76b14f78b325bc037a1ea08671792fe684e814279ab05a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateSignatureAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocation")
    def certificate_store_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreLocation"))

    @certificate_store_location.setter
    def certificate_store_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__26c33aa982997c2c28f382aab3659ce90987c2d5afb998da966af3e0ea8389a9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreName")
    def certificate_store_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreName"))

    @certificate_store_name.setter
    def certificate_store_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d7d3a98b5337ae72dce65b8ecf66ac6e01e8831a07ca0a531cb8bc1ee9ab652f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariable")
    def client_certificate_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificateVariable"))

    @client_certificate_variable.setter
    def client_certificate_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4b24c89ad47a1ad66361feb316694c1110580b96c56538301a0657d79ed77a79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificateVariable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @cloud_service_name.setter
    def cloud_service_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__003ed9c2f8411af8674ac469f951a95963bb13a36d599db939d53cda31c89722)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cloudServiceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificate")
    def cluster_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificate"))

    @cluster_certificate.setter
    def cluster_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac054863278b90a87dbdbc71735c3a3f62915631f5dd3a483f44bfe99b154e9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePath")
    def cluster_certificate_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificatePath"))

    @cluster_certificate_path.setter
    def cluster_certificate_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__394241744c2707b09649b0fa9358cb2099c5a12edfeb62972d48cb9d0156f4b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificatePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterUrl")
    def cluster_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterUrl"))

    @cluster_url.setter
    def cluster_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3870a75c0f719cf6e673d12a2d7ec17f7173b1cc700c23771303705db33d41c8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="communicationStyle")
    def communication_style(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "communicationStyle"))

    @communication_style.setter
    def communication_style(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2679def5cfffbdc8e57e1a0c56ad42f5991186a6b7055480e34468c017e9b8be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "communicationStyle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionEndpoint")
    def connection_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionEndpoint"))

    @connection_endpoint.setter
    def connection_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d34eae8ae8eb1a7fa34fc4c6dd8357a7deb5dfde51d597a508f5989c381331f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @container_options.setter
    def container_options(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e2048932bda7f88e880707a6cd97e90b949b1808d51cd00ac7350f62aa07e99e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "containerOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @default_worker_pool_id.setter
    def default_worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__76a8d6d3c6d87bb12b8248d450f1f98392c5464d1002289840b4c24b20228123)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultWorkerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatform")
    def dot_net_core_platform(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dotNetCorePlatform"))

    @dot_net_core_platform.setter
    def dot_net_core_platform(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d42980785b4514bb84a1dc3b4e8c2299c56d2c53e79ce8f68c0753e32ae91921)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dotNetCorePlatform", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fingerprint")
    def fingerprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fingerprint"))

    @fingerprint.setter
    def fingerprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8180dbc6d9e9dc8b6cddf61282ec7f959c75cded99c206b425a152a66e32bca3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fingerprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__197292b0517a25e12738da632dca43ac8846e53b0e35e946fd01c43aa5f6bee3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47428d7b479892b5668fb282a2b23ad1cf9148b276a627c5d867fd5ea873b703)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd82d58ff77e2877766efd5f63cbdff92bb14674f7a6e93db3ee2b26323b57fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__748886565177e896a211ea03671e22adb71008af77e52b3f06efab6dafab7d40)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @proxy_id.setter
    def proxy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__59092654c7601b22a27aba1d76a17eed15486a2eafc2d0a08e7a0616e6889ed2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceGroupName")
    def resource_group_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupName"))

    @resource_group_name.setter
    def resource_group_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6a75378f340acedc8555c46472d2f7122bfaaf10ee1feb60a11d3cda8b9b879)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5c21f7b4afec9363fb50fb96960bc6bd6f72ab295a75c99572fa80093f28870f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runningInContainer", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityMode")
    def security_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityMode"))

    @security_mode.setter
    def security_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f78ca798f90be48b9531a6512de42836465fcd767554c46fb30e61e132a90b46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprint")
    def server_certificate_thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverCertificateThumbprint"))

    @server_certificate_thumbprint.setter
    def server_certificate_thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d95ee2744a1000ac354cce945173f34c1c763b8d488ff0280aa39a417fb61f8)
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
            type_hints = typing.get_type_hints(_typecheckingstub__134e1e61fc82cfc158417b0ba40fdc0e2817c00e7bb12e94963c4de5af8ea980)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipTlsVerification", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @slot.setter
    def slot(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__60853254491ecc7d3a6cba255c3ef2335113f0bc490585a5ee0458121abdf757)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @storage_account_name.setter
    def storage_account_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__753f96c1e9dccc29cfae697ff920fa0ce5dd699846e600341816b042b9562919)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b919239260219ef92e88730bcb6c17ae53a81d3b6b275994e98f106fdc53e5eb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "swapIfPossible", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6d53330706fc875d2b8733664ff4409cd91b5e71bc863d2f7523bb7ca97f3201)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd20e06d3ef370e759909bf5674f9a6b43aa49a31a4b1cb9e2a3a265ce14909c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ea2a4cc26fc80665a0e1fefd1ce75b68c63eb32b19751edb566848d657a6cf92)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useCurrentInstanceCount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppName")
    def web_app_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppName"))

    @web_app_name.setter
    def web_app_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ece09766af8cd8dc15d698a3297eb504e6b139d5d153684bfc81958ed390db4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppSlotName")
    def web_app_slot_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppSlotName"))

    @web_app_slot_name.setter
    def web_app_slot_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f4cfc81f1041f489797f6e397f827032fb7c59dc839eaa8d44285245e718ec24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppSlotName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workingDirectory")
    def working_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workingDirectory"))

    @working_directory.setter
    def working_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__36200e17089fb732510fa4fe7215132b728832dc98eec683012aca621f810ede)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workingDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpoint]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpoint]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpoint]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c601796070fbe9264b0f8ec114ff7b2d1c1788bb7593f39a99e56e6d6f257d08)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={
        "upgrade_locked": "upgradeLocked",
        "upgrade_required": "upgradeRequired",
        "upgrade_suggested": "upgradeSuggested",
        "version": "version",
    },
)
class PollingTentacleDeploymentTargetEndpointTentacleVersionDetails:
    def __init__(
        self,
        *,
        upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param upgrade_locked: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_locked PollingTentacleDeploymentTarget#upgrade_locked}.
        :param upgrade_required: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_required PollingTentacleDeploymentTarget#upgrade_required}.
        :param upgrade_suggested: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_suggested PollingTentacleDeploymentTarget#upgrade_suggested}.
        :param version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#version PollingTentacleDeploymentTarget#version}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__77a29306b596c9ff70b8e021c246bc55bca6893042124d30644ade5a27fa52e9)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_locked PollingTentacleDeploymentTarget#upgrade_locked}.'''
        result = self._values.get("upgrade_locked")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_required PollingTentacleDeploymentTarget#upgrade_required}.'''
        result = self._values.get("upgrade_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_suggested(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_suggested PollingTentacleDeploymentTarget#upgrade_suggested}.'''
        result = self._values.get("upgrade_suggested")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#version PollingTentacleDeploymentTarget#version}.'''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PollingTentacleDeploymentTargetEndpointTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8cf68944d10a1cf17c44680bf59f2d1dc7d98b67a5e95b779f970ff8e90d32dc)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2171c29a024c63d9ff1e2b66b2b3b4186c848771f6557cc63a6f6aad5a64a42a)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22b83643fadadcedf4eec399d4d4a36c1277805764fa8af5e20cc65ac8b07768)
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
            type_hints = typing.get_type_hints(_typecheckingstub__907f7c378475633c76b3277b19cfa12c23b15b12d9df65006d40cf913ebbbd02)
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
            type_hints = typing.get_type_hints(_typecheckingstub__296cbc1fe7cd8f32e3d090119035eb32d526663e58c0b8ce13296afa58cb09fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__668f1f12dd67324e6d068912aff1a3213e8512dfc07ff4d9c0858163f1b149ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1d20a1f303012d1cd51880a78e321e6368ba3c0be57ce8996a8df39146c3a60f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__73d9fbf4315b80f133043e4d030ee3b799e2d4069bc277676fdb034a342570fa)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e6cd1a7c59f83ad8fa6d7877f523f940df0b4973d7d6ba213b47b5cc6d717ea2)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c5b785f0b8cf4456625df07e7704042255efa85fec4364dfa4a04f66050a8aee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeSuggested", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6f08d510162adbd1b325fcb1fb084e3b2c9498a1972ddd95adfc9fc7cb69ea07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8c28e716b682144690ed2f3a95c4d064c712f068953467e9d6aeddcfda3aad7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={
        "upgrade_locked": "upgradeLocked",
        "upgrade_required": "upgradeRequired",
        "upgrade_suggested": "upgradeSuggested",
        "version": "version",
    },
)
class PollingTentacleDeploymentTargetTentacleVersionDetails:
    def __init__(
        self,
        *,
        upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param upgrade_locked: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_locked PollingTentacleDeploymentTarget#upgrade_locked}.
        :param upgrade_required: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_required PollingTentacleDeploymentTarget#upgrade_required}.
        :param upgrade_suggested: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_suggested PollingTentacleDeploymentTarget#upgrade_suggested}.
        :param version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#version PollingTentacleDeploymentTarget#version}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__445a29619695857a5cdbd4bb2378b793539cef9f3534521bababe7c0f60af421)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_locked PollingTentacleDeploymentTarget#upgrade_locked}.'''
        result = self._values.get("upgrade_locked")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_required PollingTentacleDeploymentTarget#upgrade_required}.'''
        result = self._values.get("upgrade_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_suggested(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#upgrade_suggested PollingTentacleDeploymentTarget#upgrade_suggested}.'''
        result = self._values.get("upgrade_suggested")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/polling_tentacle_deployment_target#version PollingTentacleDeploymentTarget#version}.'''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PollingTentacleDeploymentTargetTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PollingTentacleDeploymentTargetTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetTentacleVersionDetailsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7d43b511f4b3dce4f7221828071b0630962c324c351ef2bda11435d784c72309)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "PollingTentacleDeploymentTargetTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__79e22dfcd98608d43bd692d1afb7f08c9b8ee89c58e05e1e04d264df685ecb25)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("PollingTentacleDeploymentTargetTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3c0470b0b5541b429c5079fb709e64c9ea9af90d326c7f05edb6138c421b0602)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7e0c2a4b3530ea3c2cf69ce4635df4b4fd4e9fb293ebb63db0b1320bdceaa89c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__25fad18d97343d02678689f50085077448173e44ecccdb23cd6370596f76d665)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetTentacleVersionDetails]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetTentacleVersionDetails]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetTentacleVersionDetails]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4996bb04d794d03808b111a55b2f796388bbd555c98c4f67aa674444ce0a3cca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class PollingTentacleDeploymentTargetTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.pollingTentacleDeploymentTarget.PollingTentacleDeploymentTargetTentacleVersionDetailsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__55833ac981d047961c7e1127dbb3d4347e38264982cdf9b97dfd6fe93ae334b0)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1e3d5a2c215ff21888643e3e680d34264d9022b6f44202a6bc9baf48e43c26bf)
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
            type_hints = typing.get_type_hints(_typecheckingstub__f1db7c9cc0400f8caa492fce624d1e98a5c55c08dce91ec34a1e8112523fd15b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b3b1ab515ac1d9914280537727ca434940326a78f01c6d2b54fc687f2e9262cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeSuggested", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65f5083639d2d07d4ed5a2a45ec43713b353aef63b2b6de7005e51b0523027ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetTentacleVersionDetails]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetTentacleVersionDetails]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetTentacleVersionDetails]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__10af67181c897e2db25244fa640eae66d2bdd50e82b4cfef2b42be7443d74890)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "PollingTentacleDeploymentTarget",
    "PollingTentacleDeploymentTargetConfig",
    "PollingTentacleDeploymentTargetEndpoint",
    "PollingTentacleDeploymentTargetEndpointAuthentication",
    "PollingTentacleDeploymentTargetEndpointAuthenticationOutputReference",
    "PollingTentacleDeploymentTargetEndpointContainer",
    "PollingTentacleDeploymentTargetEndpointContainerList",
    "PollingTentacleDeploymentTargetEndpointContainerOutputReference",
    "PollingTentacleDeploymentTargetEndpointDestination",
    "PollingTentacleDeploymentTargetEndpointDestinationList",
    "PollingTentacleDeploymentTargetEndpointDestinationOutputReference",
    "PollingTentacleDeploymentTargetEndpointList",
    "PollingTentacleDeploymentTargetEndpointOutputReference",
    "PollingTentacleDeploymentTargetEndpointTentacleVersionDetails",
    "PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsList",
    "PollingTentacleDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
    "PollingTentacleDeploymentTargetTentacleVersionDetails",
    "PollingTentacleDeploymentTargetTentacleVersionDetailsList",
    "PollingTentacleDeploymentTargetTentacleVersionDetailsOutputReference",
]

publication.publish()

def _typecheckingstub__d194f96654abc4418ddf691b4aa9f17ea1e216c5e328f5e701b086e104ae999d(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    tentacle_url: builtins.str,
    certificate_signature_algorithm: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]]] = None,
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

def _typecheckingstub__ec6618c8cb840ef8a8ba392d08e8f81863f8ea48bb611231dfb54417d387cb03(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ad9745d894e516e4ce73273b5bff39f3f6f1502b448cd96c9ed7bb868513933(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e46dc71fea8dae174c12ac89191a4a5dbb0508d6a2eb24e73371ed1c07e36f17(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00956af48794edfe53cdcf89fd1f89119a25cbb1a8cddf86908b33db2df54606(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f038b5674c292bb1c6a507bf2619033802eb3338292e38b6cee5cefed7f39b5(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22700fece363403e0018c0609a81113c9c7bb30016cfa05259d2deda9b434dcb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34257676560067b3e3b289689397899ac7106c3f028c360ef3fde1900efca4e1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7323cf1edfae8e6d9fe84c93dba7950a12e6041beaae7c281e5cf8aec134a35b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09108f3b3b219b5345a44e87bf7550d648273d18db6f9f2d0f248272c4a900b4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9f8704fca1b795605bc1b6f5356fec15e68e19e85414249fc431af5734d1f22(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c381461b0b31c2f4e306e2c0c37af8b1904cd6e2db9db41ee46f871669e6f7a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3107974f59384d277b2d7e40c25025c46810fa9b22edd613facd2d3da546a7d2(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e615933d18e7c49932b6b2e1cf120136053af7de2c2a906e824b61773b99b6b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57fd5521ea41a4404ba8ecd94ff0d62801c9c9b3f034df9801cdf8dbe0565f82(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd2633e121ceb2d305a6856a8c2d67c59d35a28c640134e3ec8f963d048059bd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e988c239742a639e1063e7848f5fe0fc8218ff978c2e8c56df783e531961299d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bad48ef9a6dde9ef440a8c9e6db4f06ba55c7b4830aeff9c25b76356faa3961d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d59ec4f3598fd680f91f4ab11a6d03c0c6b6ed73e6faa659282733d00ce1771(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3f080828682f2356b6f0cce1a72e293e18c4b916b99c604920feee2ce59e36c(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5023d631d40f8de07425911afef54e9ee4ad582c84f98c16a1313f0d8f894b07(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faadfafb4fd8083406d54e101fdef84ecc335167e38454b21b263e8fcfeed8d5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0015d5fc44073d9c7b132d615192de3e2a58347c2c69032e312a81750ec6ca38(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79cb8c5b68dc1f363a42a8d9966fe3deb153bb5cb9b28830c803e478fc35be5f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b589e61771212dc55b6313971de3352e64d2824114eedf74f96a42ef96280088(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    tentacle_url: builtins.str,
    certificate_signature_algorithm: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    status: typing.Optional[builtins.str] = None,
    status_summary: typing.Optional[builtins.str] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    tenants: typing.Optional[typing.Sequence[builtins.str]] = None,
    tenant_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35a8832184ad5d153ed11f4f2f7c645e59ae8ce5c67c354e9bfa74e6a9c15cd8(
    *,
    communication_style: builtins.str,
    aad_client_credential_secret: typing.Optional[builtins.str] = None,
    aad_credential_type: typing.Optional[builtins.str] = None,
    aad_user_credential_username: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    applications_directory: typing.Optional[builtins.str] = None,
    authentication: typing.Optional[typing.Union[PollingTentacleDeploymentTargetEndpointAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate_signature_algorithm: typing.Optional[builtins.str] = None,
    certificate_store_location: typing.Optional[builtins.str] = None,
    certificate_store_name: typing.Optional[builtins.str] = None,
    client_certificate_variable: typing.Optional[builtins.str] = None,
    cloud_service_name: typing.Optional[builtins.str] = None,
    cluster_certificate: typing.Optional[builtins.str] = None,
    cluster_certificate_path: typing.Optional[builtins.str] = None,
    cluster_url: typing.Optional[builtins.str] = None,
    connection_endpoint: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]]] = None,
    container_options: typing.Optional[builtins.str] = None,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]]] = None,
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
    tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    web_app_name: typing.Optional[builtins.str] = None,
    web_app_slot_name: typing.Optional[builtins.str] = None,
    working_directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81d711ae23fa404ed028578bdd9e759310aa99617af76008be566c3b8dcfdada(
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

def _typecheckingstub__c4ef8dcbf954f951e19073e4cecbcbdc63f5007d7fa863cb437ae18232d0ee92(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4cdbd56ad9a143125e2e22adf7dd996699370817fc959b5d1ed38ae898eeaff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e989c536ac7ac348e69f2c6513e6bef288c0a4564a9aa2b83830901b02d313e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9b5036564ddc475dced1853aacc9d18191f445681a64f15f76c516a87d9800b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b416c77d0b4e8233c8d17b5e3bc9b47b3f32a0938cede5b8296f94e57ae0353(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__914ae47544c76767141fbd24010920cecb6c33c2091df46ef3ef69c6fb43de6d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f2375d9816bd6e0e2972d7993f7cb4db8125758e77d1551c1bf44dca8ff2964(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9971851ee735692ea8c30ce6e5db86b16a9455fc8c373708eb95ae4f03192559(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cc13ce2a3ff669a73d55ee34565ed27cfd7c728b36fdb27e31cd57dc934d2d0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85c66ccf69f9fc68997f84607fddab10de8a45c560fa06c68598804b393b6104(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96288dce4d6a5fe7076f1e6d80242b7b71cdf41807316519283c8472ca9dbd5f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef4dda02ae6d8d58fdb07a4af56030d6241a66bccfc6faa856099ccdb9155780(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__935bad16cd54af8a32b9b9d3157f1a18cfd65cb1e4904f7084bf67bde0185ab3(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__890c2341eb60ebff7d1de278d9cd96dc5a34dad4a9a7638f249f1a1e6601eeb9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0970e7d6d63a4738a9ea2d7916c84f54f2a8e3e03605b380b439e6a58f05d82f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b20f481b948492b601fd786a0a882b0c14c4974a8d0f8a97f59ebf84a3b8e46(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a18da8ff3ce4d69add6a0057eefaea7004e266ca9e9a88ee12628ab189dbfc99(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e7cacb450f7086d005cace722d3b5aad63effef112325e3d4e656ecf59b9cde(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__180debea1c27175c9d43eb4833c68b317b64068559208cdbc4b2433c35d1f9b1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ccc4dbec22f586ec9e3e868a73205a6c7ff27086ba2ff712bd5b30635bc669f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__161eb5e3444497a0a0236415be977a177a9cfc2b27ea89d837576094fb81b1b5(
    value: typing.Optional[PollingTentacleDeploymentTargetEndpointAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ac0c621331be259e89c2d42829e935ab5ab86c125d9a3ec826b9bfb7733af26(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d452298a2e4d9679e908230bc8d2d06c14b49cca41ade08cd4cd152ed6bfebb8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5db9c0227e7cf4c490c1dce3e3a431d1dd9e24ad357ff4d5cd6495760e961fca(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b057d131fd1c92d17b0bee357ec1970099d07d0d788c89cc019c69074d96e967(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97a2f7ed6de12db8f928781d73708befef45335c56a3639674e83388945ee427(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86261d5c8b07d6caab4727df5b75432cab691eb1240255bddfa8547eedb0f24b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26503c3b5c7703d316a5f3d830957a202f2d4ef646ea0d61d749efd994cd5b7a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointContainer]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__46698c7ec25ecf3b497887d7892818a10d62df661e2d47543797ebb400a33537(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8383f4fdb4b18c39d58672057fb0853fcce836c883985e63cbce89cac114f771(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9593357303d09456c0018ac4cc89404e3d86fb3d4b8e0c58e16c2a4b5b77ff75(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49daf0247a3987ec167ab6e5632ee7fcb8c479606d3dc05f78929d27c28ee7ce(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae2de6969c48049c803ca91a1e888a6d1b8fa3939e47697a455d53f1390a3bb3(
    *,
    destination_type: typing.Optional[builtins.str] = None,
    drop_folder_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0caf88919f0e54408c0f16ebee0fe310cfc14a800c4cec8474c7ebd05b01bb5e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a013cff52bc96e1a959d467f50cb13957611ce20d8b262edc6232bd6aa389e63(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48499a5dc7638a36350929c4887bb8f31067bdbb783366a735bf3368b81bc0f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fde6849d79eb1eccb50b1a3201e99a0b1aa41a749ee2616768da1be27f8f0bb(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88af9126ffc82a434d81107f7afef878b1fed9ce60ebe8c140f9bb6e444a3df9(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1544f4917ac9d2742c6f31f813c0b6940664e351e4c6eef7b919a634dd76aa3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointDestination]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39df84eb8e78a8cccd8965832e18dc4a57638c116e3f1d32b8dd35f58f7cc10b(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d7035c2866edf00abd91812be8a5983adb6ae05aa5a714a21566fc6fbb14153(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e50c061a204790bc11c56c36f4101d77b365d5e4875e55b245bd2ad74358260a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eec8d0c2423c0db82ee1a20eae649a19291272fdb28ac932328341a456c32470(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointDestination]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8fad6ee99ce5b6cbfd5232f5620ebe7dc34aa84c1f7141923b734a934e3aae9(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f7c855a39241405a04417d6fa673bd53dde936ba800227ef102d2fc2e28ad18(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7dd3be18b9215935f77b0ab3d7f80b4cdb271f752797e58f580a2d547f59943(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c35252a311c15dd86c3dfb324ac80dc06cd50809cfc66f0e8e6c9879de2f53a6(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d738912eb08444aad66a7b600030eb9bb7724b05e2a2171eece4bb848bb788a8(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5facf2e489a041c21220ebed5cedeb7039b2d67719eab1279e9f3708d1cef223(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpoint]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a8fea445dd172c5112ba899e2f3f342d79aa662f3bc81308a2a65306a62a5fb(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ec3cd4b66556fb7e432bd49c4b1b1e12f018ddbe740fd8dad2c5b01a67f227a(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4defa5dd9406eae046500c9d8ad264bb9df212f0b359682f7b5ec8d10104e4eb(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e26effbe447bd6411e2ae9acebd56085c19818c0e5caafff5b1bd501da6f371(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[PollingTentacleDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17fd3a6e483366c1dfe02a24638fce0fd62e80375cebc99a7dcc4b8ebbcaea88(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d25a8d878f246cf366a8a37c4253f5a6229c427edf3a22d4433bd2824ae3aa2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45212c512a39f22412214621a9707cf1f4ab34a2146661e09988bc06f9bcac9b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9eb805b73f941d105507ec465754deddec69e77b3f5e4587cb0ef72968eae71(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33664d4c87ad11a7207f7021612bd3bedfdb7e813a7439abe6dada75014c666e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__261aed28295a2fa20e76b14f78b325bc037a1ea08671792fe684e814279ab05a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26c33aa982997c2c28f382aab3659ce90987c2d5afb998da966af3e0ea8389a9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7d3a98b5337ae72dce65b8ecf66ac6e01e8831a07ca0a531cb8bc1ee9ab652f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b24c89ad47a1ad66361feb316694c1110580b96c56538301a0657d79ed77a79(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__003ed9c2f8411af8674ac469f951a95963bb13a36d599db939d53cda31c89722(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac054863278b90a87dbdbc71735c3a3f62915631f5dd3a483f44bfe99b154e9d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__394241744c2707b09649b0fa9358cb2099c5a12edfeb62972d48cb9d0156f4b9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3870a75c0f719cf6e673d12a2d7ec17f7173b1cc700c23771303705db33d41c8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2679def5cfffbdc8e57e1a0c56ad42f5991186a6b7055480e34468c017e9b8be(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d34eae8ae8eb1a7fa34fc4c6dd8357a7deb5dfde51d597a508f5989c381331f4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2048932bda7f88e880707a6cd97e90b949b1808d51cd00ac7350f62aa07e99e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76a8d6d3c6d87bb12b8248d450f1f98392c5464d1002289840b4c24b20228123(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d42980785b4514bb84a1dc3b4e8c2299c56d2c53e79ce8f68c0753e32ae91921(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8180dbc6d9e9dc8b6cddf61282ec7f959c75cded99c206b425a152a66e32bca3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__197292b0517a25e12738da632dca43ac8846e53b0e35e946fd01c43aa5f6bee3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47428d7b479892b5668fb282a2b23ad1cf9148b276a627c5d867fd5ea873b703(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd82d58ff77e2877766efd5f63cbdff92bb14674f7a6e93db3ee2b26323b57fb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__748886565177e896a211ea03671e22adb71008af77e52b3f06efab6dafab7d40(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59092654c7601b22a27aba1d76a17eed15486a2eafc2d0a08e7a0616e6889ed2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6a75378f340acedc8555c46472d2f7122bfaaf10ee1feb60a11d3cda8b9b879(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c21f7b4afec9363fb50fb96960bc6bd6f72ab295a75c99572fa80093f28870f(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f78ca798f90be48b9531a6512de42836465fcd767554c46fb30e61e132a90b46(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d95ee2744a1000ac354cce945173f34c1c763b8d488ff0280aa39a417fb61f8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__134e1e61fc82cfc158417b0ba40fdc0e2817c00e7bb12e94963c4de5af8ea980(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60853254491ecc7d3a6cba255c3ef2335113f0bc490585a5ee0458121abdf757(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__753f96c1e9dccc29cfae697ff920fa0ce5dd699846e600341816b042b9562919(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b919239260219ef92e88730bcb6c17ae53a81d3b6b275994e98f106fdc53e5eb(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d53330706fc875d2b8733664ff4409cd91b5e71bc863d2f7523bb7ca97f3201(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd20e06d3ef370e759909bf5674f9a6b43aa49a31a4b1cb9e2a3a265ce14909c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea2a4cc26fc80665a0e1fefd1ce75b68c63eb32b19751edb566848d657a6cf92(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ece09766af8cd8dc15d698a3297eb504e6b139d5d153684bfc81958ed390db4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4cfc81f1041f489797f6e397f827032fb7c59dc839eaa8d44285245e718ec24(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36200e17089fb732510fa4fe7215132b728832dc98eec683012aca621f810ede(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c601796070fbe9264b0f8ec114ff7b2d1c1788bb7593f39a99e56e6d6f257d08(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpoint]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77a29306b596c9ff70b8e021c246bc55bca6893042124d30644ade5a27fa52e9(
    *,
    upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cf68944d10a1cf17c44680bf59f2d1dc7d98b67a5e95b779f970ff8e90d32dc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2171c29a024c63d9ff1e2b66b2b3b4186c848771f6557cc63a6f6aad5a64a42a(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22b83643fadadcedf4eec399d4d4a36c1277805764fa8af5e20cc65ac8b07768(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__907f7c378475633c76b3277b19cfa12c23b15b12d9df65006d40cf913ebbbd02(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__296cbc1fe7cd8f32e3d090119035eb32d526663e58c0b8ce13296afa58cb09fe(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__668f1f12dd67324e6d068912aff1a3213e8512dfc07ff4d9c0858163f1b149ff(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d20a1f303012d1cd51880a78e321e6368ba3c0be57ce8996a8df39146c3a60f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73d9fbf4315b80f133043e4d030ee3b799e2d4069bc277676fdb034a342570fa(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6cd1a7c59f83ad8fa6d7877f523f940df0b4973d7d6ba213b47b5cc6d717ea2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5b785f0b8cf4456625df07e7704042255efa85fec4364dfa4a04f66050a8aee(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f08d510162adbd1b325fcb1fb084e3b2c9498a1972ddd95adfc9fc7cb69ea07(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8c28e716b682144690ed2f3a95c4d064c712f068953467e9d6aeddcfda3aad7(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetEndpointTentacleVersionDetails]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__445a29619695857a5cdbd4bb2378b793539cef9f3534521bababe7c0f60af421(
    *,
    upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d43b511f4b3dce4f7221828071b0630962c324c351ef2bda11435d784c72309(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79e22dfcd98608d43bd692d1afb7f08c9b8ee89c58e05e1e04d264df685ecb25(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c0470b0b5541b429c5079fb709e64c9ea9af90d326c7f05edb6138c421b0602(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e0c2a4b3530ea3c2cf69ce4635df4b4fd4e9fb293ebb63db0b1320bdceaa89c(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25fad18d97343d02678689f50085077448173e44ecccdb23cd6370596f76d665(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4996bb04d794d03808b111a55b2f796388bbd555c98c4f67aa674444ce0a3cca(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[PollingTentacleDeploymentTargetTentacleVersionDetails]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55833ac981d047961c7e1127dbb3d4347e38264982cdf9b97dfd6fe93ae334b0(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e3d5a2c215ff21888643e3e680d34264d9022b6f44202a6bc9baf48e43c26bf(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1db7c9cc0400f8caa492fce624d1e98a5c55c08dce91ec34a1e8112523fd15b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3b1ab515ac1d9914280537727ca434940326a78f01c6d2b54fc687f2e9262cc(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65f5083639d2d07d4ed5a2a45ec43713b353aef63b2b6de7005e51b0523027ff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10af67181c897e2db25244fa640eae66d2bdd50e82b4cfef2b42be7443d74890(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, PollingTentacleDeploymentTargetTentacleVersionDetails]],
) -> None:
    """Type checking stubs"""
    pass
