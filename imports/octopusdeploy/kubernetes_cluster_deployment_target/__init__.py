r'''
# `octopusdeploy_kubernetes_cluster_deployment_target`

Refer to the Terraform Registry for docs: [`octopusdeploy_kubernetes_cluster_deployment_target`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target).
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


class KubernetesClusterDeploymentTarget(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTarget",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target octopusdeploy_kubernetes_cluster_deployment_target}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        cluster_url: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        aws_account_authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetAwsAccountAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_service_principal_authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        certificate_authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetCertificateAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        cluster_certificate: typing.Optional[builtins.str] = None,
        cluster_certificate_path: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetContainer", typing.Dict[builtins.str, typing.Any]]]]] = None,
        container_options: typing.Optional[builtins.str] = None,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        gcp_account_authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetGcpAccountAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        pod_authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetPodAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        proxy_id: typing.Optional[builtins.str] = None,
        running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target octopusdeploy_kubernetes_cluster_deployment_target} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param cluster_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_url KubernetesClusterDeploymentTarget#cluster_url}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#environments KubernetesClusterDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#name KubernetesClusterDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#roles KubernetesClusterDeploymentTarget#roles}.
        :param authentication: authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication KubernetesClusterDeploymentTarget#authentication}
        :param aws_account_authentication: aws_account_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aws_account_authentication KubernetesClusterDeploymentTarget#aws_account_authentication}
        :param azure_service_principal_authentication: azure_service_principal_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#azure_service_principal_authentication KubernetesClusterDeploymentTarget#azure_service_principal_authentication}
        :param certificate_authentication: certificate_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_authentication KubernetesClusterDeploymentTarget#certificate_authentication}
        :param cluster_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate KubernetesClusterDeploymentTarget#cluster_certificate}.
        :param cluster_certificate_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate_path KubernetesClusterDeploymentTarget#cluster_certificate_path}.
        :param container: container block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container KubernetesClusterDeploymentTarget#container}
        :param container_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container_options KubernetesClusterDeploymentTarget#container_options}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#default_worker_pool_id KubernetesClusterDeploymentTarget#default_worker_pool_id}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#endpoint KubernetesClusterDeploymentTarget#endpoint}
        :param gcp_account_authentication: gcp_account_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#gcp_account_authentication KubernetesClusterDeploymentTarget#gcp_account_authentication}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#health_status KubernetesClusterDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#id KubernetesClusterDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#is_disabled KubernetesClusterDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#machine_policy_id KubernetesClusterDeploymentTarget#machine_policy_id}.
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#namespace KubernetesClusterDeploymentTarget#namespace}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#operating_system KubernetesClusterDeploymentTarget#operating_system}.
        :param pod_authentication: pod_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#pod_authentication KubernetesClusterDeploymentTarget#pod_authentication}
        :param proxy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#proxy_id KubernetesClusterDeploymentTarget#proxy_id}.
        :param running_in_container: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#running_in_container KubernetesClusterDeploymentTarget#running_in_container}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#shell_name KubernetesClusterDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#shell_version KubernetesClusterDeploymentTarget#shell_version}.
        :param skip_tls_verification: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#skip_tls_verification KubernetesClusterDeploymentTarget#skip_tls_verification}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#space_id KubernetesClusterDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#status KubernetesClusterDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#status_summary KubernetesClusterDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenanted_deployment_participation KubernetesClusterDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenants KubernetesClusterDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenant_tags KubernetesClusterDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#thumbprint KubernetesClusterDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#uri KubernetesClusterDeploymentTarget#uri}.
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c29c9d27cd4a0ce1f342a26236a0aae19ef1cdd2783dd8049b65e9b2bda3d996)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = KubernetesClusterDeploymentTargetConfig(
            cluster_url=cluster_url,
            environments=environments,
            name=name,
            roles=roles,
            authentication=authentication,
            aws_account_authentication=aws_account_authentication,
            azure_service_principal_authentication=azure_service_principal_authentication,
            certificate_authentication=certificate_authentication,
            cluster_certificate=cluster_certificate,
            cluster_certificate_path=cluster_certificate_path,
            container=container,
            container_options=container_options,
            default_worker_pool_id=default_worker_pool_id,
            endpoint=endpoint,
            gcp_account_authentication=gcp_account_authentication,
            health_status=health_status,
            id=id,
            is_disabled=is_disabled,
            machine_policy_id=machine_policy_id,
            namespace=namespace,
            operating_system=operating_system,
            pod_authentication=pod_authentication,
            proxy_id=proxy_id,
            running_in_container=running_in_container,
            shell_name=shell_name,
            shell_version=shell_version,
            skip_tls_verification=skip_tls_verification,
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
        '''Generates CDKTF code for importing a KubernetesClusterDeploymentTarget resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the KubernetesClusterDeploymentTarget to import.
        :param import_from_id: The id of the existing KubernetesClusterDeploymentTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the KubernetesClusterDeploymentTarget to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__374a896984182577005d73e2941203057dd1b9788aac357061cec0f7770f58eb)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putAuthentication")
    def put_authentication(
        self,
        *,
        account_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        '''
        value = KubernetesClusterDeploymentTargetAuthentication(account_id=account_id)

        return typing.cast(None, jsii.invoke(self, "putAuthentication", [value]))

    @jsii.member(jsii_name="putAwsAccountAuthentication")
    def put_aws_account_authentication(
        self,
        *,
        account_id: builtins.str,
        cluster_name: builtins.str,
        assumed_role_arn: typing.Optional[builtins.str] = None,
        assumed_role_session: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        assume_role_external_id: typing.Optional[builtins.str] = None,
        assume_role_session_duration: typing.Optional[jsii.Number] = None,
        use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_arn KubernetesClusterDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_session KubernetesClusterDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role KubernetesClusterDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_external_id KubernetesClusterDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_session_duration KubernetesClusterDeploymentTarget#assume_role_session_duration}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_instance_role KubernetesClusterDeploymentTarget#use_instance_role}.
        '''
        value = KubernetesClusterDeploymentTargetAwsAccountAuthentication(
            account_id=account_id,
            cluster_name=cluster_name,
            assumed_role_arn=assumed_role_arn,
            assumed_role_session=assumed_role_session,
            assume_role=assume_role,
            assume_role_external_id=assume_role_external_id,
            assume_role_session_duration=assume_role_session_duration,
            use_instance_role=use_instance_role,
        )

        return typing.cast(None, jsii.invoke(self, "putAwsAccountAuthentication", [value]))

    @jsii.member(jsii_name="putAzureServicePrincipalAuthentication")
    def put_azure_service_principal_authentication(
        self,
        *,
        account_id: builtins.str,
        cluster_name: builtins.str,
        cluster_resource_group: builtins.str,
        admin_login: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_resource_group KubernetesClusterDeploymentTarget#cluster_resource_group}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#admin_login KubernetesClusterDeploymentTarget#admin_login}.
        '''
        value = KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication(
            account_id=account_id,
            cluster_name=cluster_name,
            cluster_resource_group=cluster_resource_group,
            admin_login=admin_login,
        )

        return typing.cast(None, jsii.invoke(self, "putAzureServicePrincipalAuthentication", [value]))

    @jsii.member(jsii_name="putCertificateAuthentication")
    def put_certificate_authentication(
        self,
        *,
        client_certificate: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate KubernetesClusterDeploymentTarget#client_certificate}.
        '''
        value = KubernetesClusterDeploymentTargetCertificateAuthentication(
            client_certificate=client_certificate
        )

        return typing.cast(None, jsii.invoke(self, "putCertificateAuthentication", [value]))

    @jsii.member(jsii_name="putContainer")
    def put_container(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetContainer", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b49c2a94c05b5c43c4307a0e512c0f99c387570715b31f9fe669a33770e8de30)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

    @jsii.member(jsii_name="putEndpoint")
    def put_endpoint(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b3849785dc4795ec09a93a1637f190422bc6d3185f7b5886763f7788be00c61)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putEndpoint", [value]))

    @jsii.member(jsii_name="putGcpAccountAuthentication")
    def put_gcp_account_authentication(
        self,
        *,
        account_id: builtins.str,
        cluster_name: builtins.str,
        project: builtins.str,
        impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        region: typing.Optional[builtins.str] = None,
        service_account_emails: typing.Optional[builtins.str] = None,
        use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#project KubernetesClusterDeploymentTarget#project}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#impersonate_service_account KubernetesClusterDeploymentTarget#impersonate_service_account}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#region KubernetesClusterDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#service_account_emails KubernetesClusterDeploymentTarget#service_account_emails}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_vm_service_account KubernetesClusterDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#zone KubernetesClusterDeploymentTarget#zone}.
        '''
        value = KubernetesClusterDeploymentTargetGcpAccountAuthentication(
            account_id=account_id,
            cluster_name=cluster_name,
            project=project,
            impersonate_service_account=impersonate_service_account,
            region=region,
            service_account_emails=service_account_emails,
            use_vm_service_account=use_vm_service_account,
            zone=zone,
        )

        return typing.cast(None, jsii.invoke(self, "putGcpAccountAuthentication", [value]))

    @jsii.member(jsii_name="putPodAuthentication")
    def put_pod_authentication(self, *, token_path: builtins.str) -> None:
        '''
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#token_path KubernetesClusterDeploymentTarget#token_path}.
        '''
        value = KubernetesClusterDeploymentTargetPodAuthentication(
            token_path=token_path
        )

        return typing.cast(None, jsii.invoke(self, "putPodAuthentication", [value]))

    @jsii.member(jsii_name="resetAuthentication")
    def reset_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthentication", []))

    @jsii.member(jsii_name="resetAwsAccountAuthentication")
    def reset_aws_account_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAwsAccountAuthentication", []))

    @jsii.member(jsii_name="resetAzureServicePrincipalAuthentication")
    def reset_azure_service_principal_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAzureServicePrincipalAuthentication", []))

    @jsii.member(jsii_name="resetCertificateAuthentication")
    def reset_certificate_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCertificateAuthentication", []))

    @jsii.member(jsii_name="resetClusterCertificate")
    def reset_cluster_certificate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterCertificate", []))

    @jsii.member(jsii_name="resetClusterCertificatePath")
    def reset_cluster_certificate_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClusterCertificatePath", []))

    @jsii.member(jsii_name="resetContainer")
    def reset_container(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainer", []))

    @jsii.member(jsii_name="resetContainerOptions")
    def reset_container_options(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainerOptions", []))

    @jsii.member(jsii_name="resetDefaultWorkerPoolId")
    def reset_default_worker_pool_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultWorkerPoolId", []))

    @jsii.member(jsii_name="resetEndpoint")
    def reset_endpoint(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEndpoint", []))

    @jsii.member(jsii_name="resetGcpAccountAuthentication")
    def reset_gcp_account_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGcpAccountAuthentication", []))

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

    @jsii.member(jsii_name="resetNamespace")
    def reset_namespace(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetNamespace", []))

    @jsii.member(jsii_name="resetOperatingSystem")
    def reset_operating_system(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOperatingSystem", []))

    @jsii.member(jsii_name="resetPodAuthentication")
    def reset_pod_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPodAuthentication", []))

    @jsii.member(jsii_name="resetProxyId")
    def reset_proxy_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProxyId", []))

    @jsii.member(jsii_name="resetRunningInContainer")
    def reset_running_in_container(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRunningInContainer", []))

    @jsii.member(jsii_name="resetShellName")
    def reset_shell_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShellName", []))

    @jsii.member(jsii_name="resetShellVersion")
    def reset_shell_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetShellVersion", []))

    @jsii.member(jsii_name="resetSkipTlsVerification")
    def reset_skip_tls_verification(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipTlsVerification", []))

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
    @jsii.member(jsii_name="authentication")
    def authentication(
        self,
    ) -> "KubernetesClusterDeploymentTargetAuthenticationOutputReference":
        return typing.cast("KubernetesClusterDeploymentTargetAuthenticationOutputReference", jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="awsAccountAuthentication")
    def aws_account_authentication(
        self,
    ) -> "KubernetesClusterDeploymentTargetAwsAccountAuthenticationOutputReference":
        return typing.cast("KubernetesClusterDeploymentTargetAwsAccountAuthenticationOutputReference", jsii.get(self, "awsAccountAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="azureServicePrincipalAuthentication")
    def azure_service_principal_authentication(
        self,
    ) -> "KubernetesClusterDeploymentTargetAzureServicePrincipalAuthenticationOutputReference":
        return typing.cast("KubernetesClusterDeploymentTargetAzureServicePrincipalAuthenticationOutputReference", jsii.get(self, "azureServicePrincipalAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="certificateAuthentication")
    def certificate_authentication(
        self,
    ) -> "KubernetesClusterDeploymentTargetCertificateAuthenticationOutputReference":
        return typing.cast("KubernetesClusterDeploymentTargetCertificateAuthenticationOutputReference", jsii.get(self, "certificateAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="container")
    def container(self) -> "KubernetesClusterDeploymentTargetContainerList":
        return typing.cast("KubernetesClusterDeploymentTargetContainerList", jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="endpoint")
    def endpoint(self) -> "KubernetesClusterDeploymentTargetEndpointList":
        return typing.cast("KubernetesClusterDeploymentTargetEndpointList", jsii.get(self, "endpoint"))

    @builtins.property
    @jsii.member(jsii_name="gcpAccountAuthentication")
    def gcp_account_authentication(
        self,
    ) -> "KubernetesClusterDeploymentTargetGcpAccountAuthenticationOutputReference":
        return typing.cast("KubernetesClusterDeploymentTargetGcpAccountAuthenticationOutputReference", jsii.get(self, "gcpAccountAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="hasLatestCalamari")
    def has_latest_calamari(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "hasLatestCalamari"))

    @builtins.property
    @jsii.member(jsii_name="isInProcess")
    def is_in_process(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "isInProcess"))

    @builtins.property
    @jsii.member(jsii_name="podAuthentication")
    def pod_authentication(
        self,
    ) -> "KubernetesClusterDeploymentTargetPodAuthenticationOutputReference":
        return typing.cast("KubernetesClusterDeploymentTargetPodAuthenticationOutputReference", jsii.get(self, "podAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="authenticationInput")
    def authentication_input(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetAuthentication"]:
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetAuthentication"], jsii.get(self, "authenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="awsAccountAuthenticationInput")
    def aws_account_authentication_input(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetAwsAccountAuthentication"]:
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetAwsAccountAuthentication"], jsii.get(self, "awsAccountAuthenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="azureServicePrincipalAuthenticationInput")
    def azure_service_principal_authentication_input(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication"]:
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication"], jsii.get(self, "azureServicePrincipalAuthenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="certificateAuthenticationInput")
    def certificate_authentication_input(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetCertificateAuthentication"]:
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetCertificateAuthentication"], jsii.get(self, "certificateAuthenticationInput"))

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
    @jsii.member(jsii_name="containerInput")
    def container_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetContainer"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetContainer"]]], jsii.get(self, "containerInput"))

    @builtins.property
    @jsii.member(jsii_name="containerOptionsInput")
    def container_options_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "containerOptionsInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolIdInput")
    def default_worker_pool_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultWorkerPoolIdInput"))

    @builtins.property
    @jsii.member(jsii_name="endpointInput")
    def endpoint_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpoint"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpoint"]]], jsii.get(self, "endpointInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentsInput")
    def environments_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "environmentsInput"))

    @builtins.property
    @jsii.member(jsii_name="gcpAccountAuthenticationInput")
    def gcp_account_authentication_input(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetGcpAccountAuthentication"]:
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetGcpAccountAuthentication"], jsii.get(self, "gcpAccountAuthenticationInput"))

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
    @jsii.member(jsii_name="namespaceInput")
    def namespace_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "namespaceInput"))

    @builtins.property
    @jsii.member(jsii_name="operatingSystemInput")
    def operating_system_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "operatingSystemInput"))

    @builtins.property
    @jsii.member(jsii_name="podAuthenticationInput")
    def pod_authentication_input(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetPodAuthentication"]:
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetPodAuthentication"], jsii.get(self, "podAuthenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="proxyIdInput")
    def proxy_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "proxyIdInput"))

    @builtins.property
    @jsii.member(jsii_name="rolesInput")
    def roles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "rolesInput"))

    @builtins.property
    @jsii.member(jsii_name="runningInContainerInput")
    def running_in_container_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "runningInContainerInput"))

    @builtins.property
    @jsii.member(jsii_name="shellNameInput")
    def shell_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "shellNameInput"))

    @builtins.property
    @jsii.member(jsii_name="shellVersionInput")
    def shell_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "shellVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="skipTlsVerificationInput")
    def skip_tls_verification_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "skipTlsVerificationInput"))

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
    @jsii.member(jsii_name="clusterCertificate")
    def cluster_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificate"))

    @cluster_certificate.setter
    def cluster_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b761268468a274a962ab8ff5da9c6f9c8928a7690f31e4b996a35264e9a48105)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePath")
    def cluster_certificate_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificatePath"))

    @cluster_certificate_path.setter
    def cluster_certificate_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__213d1bd0d3dd171bbf7b1daef5602375bf52ddc51498a23f61eb3a0ff54b4ba1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificatePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterUrl")
    def cluster_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterUrl"))

    @cluster_url.setter
    def cluster_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2af5f35c262a7ed79fce997493691e3d4008340d0cdd1698fdfdc7684e075650)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @container_options.setter
    def container_options(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9a5ec6af6a24db01957567d282f2cbf4e00860e12be77675c0d248f26fec1f99)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "containerOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @default_worker_pool_id.setter
    def default_worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__da7d63ce662145a9fac96a9125c490668d0e89f772d8723bf3eb31114ad9e0fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultWorkerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="environments")
    def environments(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "environments"))

    @environments.setter
    def environments(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8fdcd5e1292a7ed77f80be1c559ecab65d377b86079c5054e77bbeeb7177ae83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="healthStatus")
    def health_status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "healthStatus"))

    @health_status.setter
    def health_status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e3f8fda730197b294efb9e3fce484ce8c3cf155d886b5c5e8a7627fad87e290)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "healthStatus", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65b05014c1a2e6fe362b0af94a0083e5b1834576e5faf09291f4e21db722952a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e3555b862e8fc1b2873f18b000424b52fb69d7878a21835a785c8e62262b84c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="machinePolicyId")
    def machine_policy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "machinePolicyId"))

    @machine_policy_id.setter
    def machine_policy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a011c83654b490ab5b810b80cc4c07679584292f59cc5944acd163c9e5baf75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "machinePolicyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d3460535ec5186eed8c15b418b77fe631e6d3d6f96fb1b715f9a637907c598a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8f96dc8c85b3d6509da219b6218595109200a459b46f2584f2c96d1dcb879cb3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="operatingSystem")
    def operating_system(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "operatingSystem"))

    @operating_system.setter
    def operating_system(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__862aeff1fb1d11bb8f601c8845ab7e3e0cdc0dfe33342a4ade76dbf8b590cab2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "operatingSystem", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @proxy_id.setter
    def proxy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8907b7262688565cecd9538645846626eba7b6206f52e565f571593aa557de19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="roles")
    def roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "roles"))

    @roles.setter
    def roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7c7c75137ddedc7ac4f7aaea8f84b65e4871fe2ce3ff38faad2f6d68f906fbce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "roles", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__8de228871bf05ff4a0bb5fde549f99e38a05e5620d4c08acc9d051517d762c0c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runningInContainer", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellName")
    def shell_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellName"))

    @shell_name.setter
    def shell_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4eae47f33c40be62f43c34249b7aceb066b56cab14c530f67dc5cc4090334dd0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="shellVersion")
    def shell_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "shellVersion"))

    @shell_version.setter
    def shell_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2ce3971ca0d487c203e889cd0c28938bc793cfc38e9152392debf4d1c19253f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "shellVersion", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__56370d256b8cba4fca8a69e0ca6a09fb735fd41ca03eddff95e34d0f7a58c25a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipTlsVerification", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b49eeeb458d87b3859869b2d487ecd87c22fd41fdb77adf8ba2009c1bd3693c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="status")
    def status(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "status"))

    @status.setter
    def status(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__88d410abd4c798f216f4db67ac74d6ec129059112516db52523de6d52b06c6e9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "status", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="statusSummary")
    def status_summary(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "statusSummary"))

    @status_summary.setter
    def status_summary(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf350dd55e1578d185f9406750f4749c77aa389b1afaa0bf5cbc192ae844e9cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "statusSummary", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @tenanted_deployment_participation.setter
    def tenanted_deployment_participation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5dd0606b4017bca23103300e83393250285afcc09484770eabcfbdbfd07757a1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantedDeploymentParticipation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenants")
    def tenants(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenants"))

    @tenants.setter
    def tenants(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__55d78bb8e4e9433b5b2e27fde4a2f1f5cbc6878f2e3b3ea2cf900fc52ee790ad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenants", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantTags")
    def tenant_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "tenantTags"))

    @tenant_tags.setter
    def tenant_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b63322cd51b5c10190696a66bf52cd2e1ba4575bfa332e447ec45aededf6b527)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__18ae34b216bfc02a8353eef0941317e3d3edf5fbb2de45464283c23f4b2f2c92)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__42a64a71d1e4c0af55617203833e961fba98dbc398feba585d67792e9747de4c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "uri", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetAuthentication",
    jsii_struct_bases=[],
    name_mapping={"account_id": "accountId"},
)
class KubernetesClusterDeploymentTargetAuthentication:
    def __init__(self, *, account_id: typing.Optional[builtins.str] = None) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5786c50e17fdbd10419c2f463e5ab0856cf6b5a32e08bf8e4c7300a15cb077cc)
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if account_id is not None:
            self._values["account_id"] = account_id

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__04ee04837ed23e154eb0e23eb85bd4d24dff34d01aed84e7477fd0aeb20a928e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetAccountId")
    def reset_account_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccountId", []))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1628624a6031c2a3ebac48d87aa7d0cc33db39908cbc1aedda457284fa5e4ce5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[KubernetesClusterDeploymentTargetAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d99a536c8d241b35540c02a910bc95dfa27626b958015cc97211ceb9839ca969)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetAwsAccountAuthentication",
    jsii_struct_bases=[],
    name_mapping={
        "account_id": "accountId",
        "cluster_name": "clusterName",
        "assumed_role_arn": "assumedRoleArn",
        "assumed_role_session": "assumedRoleSession",
        "assume_role": "assumeRole",
        "assume_role_external_id": "assumeRoleExternalId",
        "assume_role_session_duration": "assumeRoleSessionDuration",
        "use_instance_role": "useInstanceRole",
    },
)
class KubernetesClusterDeploymentTargetAwsAccountAuthentication:
    def __init__(
        self,
        *,
        account_id: builtins.str,
        cluster_name: builtins.str,
        assumed_role_arn: typing.Optional[builtins.str] = None,
        assumed_role_session: typing.Optional[builtins.str] = None,
        assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        assume_role_external_id: typing.Optional[builtins.str] = None,
        assume_role_session_duration: typing.Optional[jsii.Number] = None,
        use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_arn KubernetesClusterDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_session KubernetesClusterDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role KubernetesClusterDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_external_id KubernetesClusterDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_session_duration KubernetesClusterDeploymentTarget#assume_role_session_duration}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_instance_role KubernetesClusterDeploymentTarget#use_instance_role}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b9b0fbd1f9b1460c00a5dd2ac195d5d32f1f5a083808b316eb56b6789318f919)
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument assumed_role_arn", value=assumed_role_arn, expected_type=type_hints["assumed_role_arn"])
            check_type(argname="argument assumed_role_session", value=assumed_role_session, expected_type=type_hints["assumed_role_session"])
            check_type(argname="argument assume_role", value=assume_role, expected_type=type_hints["assume_role"])
            check_type(argname="argument assume_role_external_id", value=assume_role_external_id, expected_type=type_hints["assume_role_external_id"])
            check_type(argname="argument assume_role_session_duration", value=assume_role_session_duration, expected_type=type_hints["assume_role_session_duration"])
            check_type(argname="argument use_instance_role", value=use_instance_role, expected_type=type_hints["use_instance_role"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "account_id": account_id,
            "cluster_name": cluster_name,
        }
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
        if use_instance_role is not None:
            self._values["use_instance_role"] = use_instance_role

    @builtins.property
    def account_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        assert result is not None, "Required property 'account_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def assumed_role_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_arn KubernetesClusterDeploymentTarget#assumed_role_arn}.'''
        result = self._values.get("assumed_role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_session(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_session KubernetesClusterDeploymentTarget#assumed_role_session}.'''
        result = self._values.get("assumed_role_session")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role KubernetesClusterDeploymentTarget#assume_role}.'''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def assume_role_external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_external_id KubernetesClusterDeploymentTarget#assume_role_external_id}.'''
        result = self._values.get("assume_role_external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role_session_duration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_session_duration KubernetesClusterDeploymentTarget#assume_role_session_duration}.'''
        result = self._values.get("assume_role_session_duration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_instance_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_instance_role KubernetesClusterDeploymentTarget#use_instance_role}.'''
        result = self._values.get("use_instance_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetAwsAccountAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetAwsAccountAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetAwsAccountAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__347bc4a8847ae5bcebf46052e49e28c753ae297c8634535ebc5abde09e82bcd6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

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

    @jsii.member(jsii_name="resetUseInstanceRole")
    def reset_use_instance_role(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseInstanceRole", []))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

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
    @jsii.member(jsii_name="clusterNameInput")
    def cluster_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterNameInput"))

    @builtins.property
    @jsii.member(jsii_name="useInstanceRoleInput")
    def use_instance_role_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useInstanceRoleInput"))

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83df891efbf1ef66269474a1c23451d27327b1029a8b7f69693e2cee614707b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArn")
    def assumed_role_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleArn"))

    @assumed_role_arn.setter
    def assumed_role_arn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c807c8ee9127d00e5eaed27b6d62204922cd502c80afc9a86685ce1b01bde52f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleArn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSession")
    def assumed_role_session(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleSession"))

    @assumed_role_session.setter
    def assumed_role_session(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__75105bb9a0fda6650847ca66d19e1becffa46a5b899e5db793660f22adb933ee)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b59c96994e085d2dbbfb2edcdc28e92c61f5123dc808447744f195d19bb9435d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalId")
    def assume_role_external_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumeRoleExternalId"))

    @assume_role_external_id.setter
    def assume_role_external_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__76dca4cb9d3198cb082c408559e927604406b7f307b66e0ca523a61dad39a616)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleExternalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDuration")
    def assume_role_session_duration(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "assumeRoleSessionDuration"))

    @assume_role_session_duration.setter
    def assume_role_session_duration(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a8f5778d8c2b9192bf7ba36e5d5ece5ce45eb185c0d7482858a4099264e6780c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleSessionDuration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5758c5cb2267d0374d06d62e0bc598cca05a2a47b29fc3cd5faada9161e1be2d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__4d9ec18db0fc58e4c8aa4205a54437d6389b8921e06d17a6ecccc63a8e10523b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useInstanceRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetAwsAccountAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetAwsAccountAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[KubernetesClusterDeploymentTargetAwsAccountAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1602ce6c63527db64c6e167a00b88ddc29e9bcdf3f52d09400eeb6a4f7db5320)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication",
    jsii_struct_bases=[],
    name_mapping={
        "account_id": "accountId",
        "cluster_name": "clusterName",
        "cluster_resource_group": "clusterResourceGroup",
        "admin_login": "adminLogin",
    },
)
class KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication:
    def __init__(
        self,
        *,
        account_id: builtins.str,
        cluster_name: builtins.str,
        cluster_resource_group: builtins.str,
        admin_login: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_resource_group KubernetesClusterDeploymentTarget#cluster_resource_group}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#admin_login KubernetesClusterDeploymentTarget#admin_login}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__859d53577c05d7e5d78031e9c4b7913afd9fa3a1a289fc422903f9aa2adb4aed)
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument cluster_resource_group", value=cluster_resource_group, expected_type=type_hints["cluster_resource_group"])
            check_type(argname="argument admin_login", value=admin_login, expected_type=type_hints["admin_login"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "account_id": account_id,
            "cluster_name": cluster_name,
            "cluster_resource_group": cluster_resource_group,
        }
        if admin_login is not None:
            self._values["admin_login"] = admin_login

    @builtins.property
    def account_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        assert result is not None, "Required property 'account_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cluster_resource_group(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_resource_group KubernetesClusterDeploymentTarget#cluster_resource_group}.'''
        result = self._values.get("cluster_resource_group")
        assert result is not None, "Required property 'cluster_resource_group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def admin_login(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#admin_login KubernetesClusterDeploymentTarget#admin_login}.'''
        result = self._values.get("admin_login")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetAzureServicePrincipalAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetAzureServicePrincipalAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__846323a4df6ed3817a58d092c8c400370a09ef5163cf4dab40f8db97d6404eb4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetAdminLogin")
    def reset_admin_login(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdminLogin", []))

    @builtins.property
    @jsii.member(jsii_name="accountIdInput")
    def account_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accountIdInput"))

    @builtins.property
    @jsii.member(jsii_name="adminLoginInput")
    def admin_login_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "adminLoginInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterNameInput")
    def cluster_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterNameInput"))

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroupInput")
    def cluster_resource_group_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterResourceGroupInput"))

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0483a6f8fe6e846606d1b0645d16be1f97d29934941d9bddb510737d20162f73)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="adminLogin")
    def admin_login(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adminLogin"))

    @admin_login.setter
    def admin_login(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f4a26724935bee271531964c2b4222629098312e28fe50908fa3376986baae62)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adminLogin", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bb909fc33a87dec045ecac4543a525498b8c57f271a37bb827ee7fcefb57c837)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @cluster_resource_group.setter
    def cluster_resource_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__46013a49baf8c67a30daba996d5f28338d23c0ed59e9dc4caa65191617075199)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterResourceGroup", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ef249c15bfda2662ae9ab97395e6babafaaec7990ba9d97964fa24c09dbee3c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetCertificateAuthentication",
    jsii_struct_bases=[],
    name_mapping={"client_certificate": "clientCertificate"},
)
class KubernetesClusterDeploymentTargetCertificateAuthentication:
    def __init__(
        self,
        *,
        client_certificate: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate KubernetesClusterDeploymentTarget#client_certificate}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__480b5120760f355c9bcb38025eee7041100e5e9b5c95671207338ff07ef14a47)
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate KubernetesClusterDeploymentTarget#client_certificate}.'''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetCertificateAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetCertificateAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetCertificateAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__8d1d35a9640975163275cc2fc3f75c8ac361f83d058c03c14a493fa866a41565)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetClientCertificate")
    def reset_client_certificate(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientCertificate", []))

    @builtins.property
    @jsii.member(jsii_name="clientCertificateInput")
    def client_certificate_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientCertificateInput"))

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @client_certificate.setter
    def client_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__211bf37b9f7f74859f3fb07ed6fb9a1fae7d5cc404bf6246e9ba950383092411)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetCertificateAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetCertificateAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[KubernetesClusterDeploymentTargetCertificateAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__572ab1aaf633e3c876968484eaf31c9f74784ed7cc090ca5968e8daaee107588)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "cluster_url": "clusterUrl",
        "environments": "environments",
        "name": "name",
        "roles": "roles",
        "authentication": "authentication",
        "aws_account_authentication": "awsAccountAuthentication",
        "azure_service_principal_authentication": "azureServicePrincipalAuthentication",
        "certificate_authentication": "certificateAuthentication",
        "cluster_certificate": "clusterCertificate",
        "cluster_certificate_path": "clusterCertificatePath",
        "container": "container",
        "container_options": "containerOptions",
        "default_worker_pool_id": "defaultWorkerPoolId",
        "endpoint": "endpoint",
        "gcp_account_authentication": "gcpAccountAuthentication",
        "health_status": "healthStatus",
        "id": "id",
        "is_disabled": "isDisabled",
        "machine_policy_id": "machinePolicyId",
        "namespace": "namespace",
        "operating_system": "operatingSystem",
        "pod_authentication": "podAuthentication",
        "proxy_id": "proxyId",
        "running_in_container": "runningInContainer",
        "shell_name": "shellName",
        "shell_version": "shellVersion",
        "skip_tls_verification": "skipTlsVerification",
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
class KubernetesClusterDeploymentTargetConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        cluster_url: builtins.str,
        environments: typing.Sequence[builtins.str],
        name: builtins.str,
        roles: typing.Sequence[builtins.str],
        authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
        aws_account_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAwsAccountAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
        azure_service_principal_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
        certificate_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetCertificateAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
        cluster_certificate: typing.Optional[builtins.str] = None,
        cluster_certificate_path: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetContainer", typing.Dict[builtins.str, typing.Any]]]]] = None,
        container_options: typing.Optional[builtins.str] = None,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetEndpoint", typing.Dict[builtins.str, typing.Any]]]]] = None,
        gcp_account_authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetGcpAccountAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        health_status: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        machine_policy_id: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        operating_system: typing.Optional[builtins.str] = None,
        pod_authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetPodAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        proxy_id: typing.Optional[builtins.str] = None,
        running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        shell_name: typing.Optional[builtins.str] = None,
        shell_version: typing.Optional[builtins.str] = None,
        skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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
        :param cluster_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_url KubernetesClusterDeploymentTarget#cluster_url}.
        :param environments: A list of environment IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#environments KubernetesClusterDeploymentTarget#environments}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#name KubernetesClusterDeploymentTarget#name}
        :param roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#roles KubernetesClusterDeploymentTarget#roles}.
        :param authentication: authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication KubernetesClusterDeploymentTarget#authentication}
        :param aws_account_authentication: aws_account_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aws_account_authentication KubernetesClusterDeploymentTarget#aws_account_authentication}
        :param azure_service_principal_authentication: azure_service_principal_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#azure_service_principal_authentication KubernetesClusterDeploymentTarget#azure_service_principal_authentication}
        :param certificate_authentication: certificate_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_authentication KubernetesClusterDeploymentTarget#certificate_authentication}
        :param cluster_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate KubernetesClusterDeploymentTarget#cluster_certificate}.
        :param cluster_certificate_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate_path KubernetesClusterDeploymentTarget#cluster_certificate_path}.
        :param container: container block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container KubernetesClusterDeploymentTarget#container}
        :param container_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container_options KubernetesClusterDeploymentTarget#container_options}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#default_worker_pool_id KubernetesClusterDeploymentTarget#default_worker_pool_id}.
        :param endpoint: endpoint block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#endpoint KubernetesClusterDeploymentTarget#endpoint}
        :param gcp_account_authentication: gcp_account_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#gcp_account_authentication KubernetesClusterDeploymentTarget#gcp_account_authentication}
        :param health_status: Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#health_status KubernetesClusterDeploymentTarget#health_status}
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#id KubernetesClusterDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#is_disabled KubernetesClusterDeploymentTarget#is_disabled}.
        :param machine_policy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#machine_policy_id KubernetesClusterDeploymentTarget#machine_policy_id}.
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#namespace KubernetesClusterDeploymentTarget#namespace}.
        :param operating_system: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#operating_system KubernetesClusterDeploymentTarget#operating_system}.
        :param pod_authentication: pod_authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#pod_authentication KubernetesClusterDeploymentTarget#pod_authentication}
        :param proxy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#proxy_id KubernetesClusterDeploymentTarget#proxy_id}.
        :param running_in_container: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#running_in_container KubernetesClusterDeploymentTarget#running_in_container}.
        :param shell_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#shell_name KubernetesClusterDeploymentTarget#shell_name}.
        :param shell_version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#shell_version KubernetesClusterDeploymentTarget#shell_version}.
        :param skip_tls_verification: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#skip_tls_verification KubernetesClusterDeploymentTarget#skip_tls_verification}.
        :param space_id: The space ID associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#space_id KubernetesClusterDeploymentTarget#space_id}
        :param status: The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#status KubernetesClusterDeploymentTarget#status}
        :param status_summary: A summary elaborating on the status of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#status_summary KubernetesClusterDeploymentTarget#status_summary}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenanted_deployment_participation KubernetesClusterDeploymentTarget#tenanted_deployment_participation}
        :param tenants: A list of tenant IDs associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenants KubernetesClusterDeploymentTarget#tenants}
        :param tenant_tags: A list of tenant tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenant_tags KubernetesClusterDeploymentTarget#tenant_tags}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#thumbprint KubernetesClusterDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#uri KubernetesClusterDeploymentTarget#uri}.
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(authentication, dict):
            authentication = KubernetesClusterDeploymentTargetAuthentication(**authentication)
        if isinstance(aws_account_authentication, dict):
            aws_account_authentication = KubernetesClusterDeploymentTargetAwsAccountAuthentication(**aws_account_authentication)
        if isinstance(azure_service_principal_authentication, dict):
            azure_service_principal_authentication = KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication(**azure_service_principal_authentication)
        if isinstance(certificate_authentication, dict):
            certificate_authentication = KubernetesClusterDeploymentTargetCertificateAuthentication(**certificate_authentication)
        if isinstance(gcp_account_authentication, dict):
            gcp_account_authentication = KubernetesClusterDeploymentTargetGcpAccountAuthentication(**gcp_account_authentication)
        if isinstance(pod_authentication, dict):
            pod_authentication = KubernetesClusterDeploymentTargetPodAuthentication(**pod_authentication)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__854587315b76f27994458545c0cb994f90ea184013553856336a07c8bd077c30)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument cluster_url", value=cluster_url, expected_type=type_hints["cluster_url"])
            check_type(argname="argument environments", value=environments, expected_type=type_hints["environments"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument authentication", value=authentication, expected_type=type_hints["authentication"])
            check_type(argname="argument aws_account_authentication", value=aws_account_authentication, expected_type=type_hints["aws_account_authentication"])
            check_type(argname="argument azure_service_principal_authentication", value=azure_service_principal_authentication, expected_type=type_hints["azure_service_principal_authentication"])
            check_type(argname="argument certificate_authentication", value=certificate_authentication, expected_type=type_hints["certificate_authentication"])
            check_type(argname="argument cluster_certificate", value=cluster_certificate, expected_type=type_hints["cluster_certificate"])
            check_type(argname="argument cluster_certificate_path", value=cluster_certificate_path, expected_type=type_hints["cluster_certificate_path"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument container_options", value=container_options, expected_type=type_hints["container_options"])
            check_type(argname="argument default_worker_pool_id", value=default_worker_pool_id, expected_type=type_hints["default_worker_pool_id"])
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument gcp_account_authentication", value=gcp_account_authentication, expected_type=type_hints["gcp_account_authentication"])
            check_type(argname="argument health_status", value=health_status, expected_type=type_hints["health_status"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument machine_policy_id", value=machine_policy_id, expected_type=type_hints["machine_policy_id"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument operating_system", value=operating_system, expected_type=type_hints["operating_system"])
            check_type(argname="argument pod_authentication", value=pod_authentication, expected_type=type_hints["pod_authentication"])
            check_type(argname="argument proxy_id", value=proxy_id, expected_type=type_hints["proxy_id"])
            check_type(argname="argument running_in_container", value=running_in_container, expected_type=type_hints["running_in_container"])
            check_type(argname="argument shell_name", value=shell_name, expected_type=type_hints["shell_name"])
            check_type(argname="argument shell_version", value=shell_version, expected_type=type_hints["shell_version"])
            check_type(argname="argument skip_tls_verification", value=skip_tls_verification, expected_type=type_hints["skip_tls_verification"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument status_summary", value=status_summary, expected_type=type_hints["status_summary"])
            check_type(argname="argument tenanted_deployment_participation", value=tenanted_deployment_participation, expected_type=type_hints["tenanted_deployment_participation"])
            check_type(argname="argument tenants", value=tenants, expected_type=type_hints["tenants"])
            check_type(argname="argument tenant_tags", value=tenant_tags, expected_type=type_hints["tenant_tags"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_url": cluster_url,
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
        if authentication is not None:
            self._values["authentication"] = authentication
        if aws_account_authentication is not None:
            self._values["aws_account_authentication"] = aws_account_authentication
        if azure_service_principal_authentication is not None:
            self._values["azure_service_principal_authentication"] = azure_service_principal_authentication
        if certificate_authentication is not None:
            self._values["certificate_authentication"] = certificate_authentication
        if cluster_certificate is not None:
            self._values["cluster_certificate"] = cluster_certificate
        if cluster_certificate_path is not None:
            self._values["cluster_certificate_path"] = cluster_certificate_path
        if container is not None:
            self._values["container"] = container
        if container_options is not None:
            self._values["container_options"] = container_options
        if default_worker_pool_id is not None:
            self._values["default_worker_pool_id"] = default_worker_pool_id
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if gcp_account_authentication is not None:
            self._values["gcp_account_authentication"] = gcp_account_authentication
        if health_status is not None:
            self._values["health_status"] = health_status
        if id is not None:
            self._values["id"] = id
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if machine_policy_id is not None:
            self._values["machine_policy_id"] = machine_policy_id
        if namespace is not None:
            self._values["namespace"] = namespace
        if operating_system is not None:
            self._values["operating_system"] = operating_system
        if pod_authentication is not None:
            self._values["pod_authentication"] = pod_authentication
        if proxy_id is not None:
            self._values["proxy_id"] = proxy_id
        if running_in_container is not None:
            self._values["running_in_container"] = running_in_container
        if shell_name is not None:
            self._values["shell_name"] = shell_name
        if shell_version is not None:
            self._values["shell_version"] = shell_version
        if skip_tls_verification is not None:
            self._values["skip_tls_verification"] = skip_tls_verification
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
    def cluster_url(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_url KubernetesClusterDeploymentTarget#cluster_url}.'''
        result = self._values.get("cluster_url")
        assert result is not None, "Required property 'cluster_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def environments(self) -> typing.List[builtins.str]:
        '''A list of environment IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#environments KubernetesClusterDeploymentTarget#environments}
        '''
        result = self._values.get("environments")
        assert result is not None, "Required property 'environments' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#name KubernetesClusterDeploymentTarget#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def roles(self) -> typing.List[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#roles KubernetesClusterDeploymentTarget#roles}.'''
        result = self._values.get("roles")
        assert result is not None, "Required property 'roles' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetAuthentication]:
        '''authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication KubernetesClusterDeploymentTarget#authentication}
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetAuthentication], result)

    @builtins.property
    def aws_account_authentication(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetAwsAccountAuthentication]:
        '''aws_account_authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aws_account_authentication KubernetesClusterDeploymentTarget#aws_account_authentication}
        '''
        result = self._values.get("aws_account_authentication")
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetAwsAccountAuthentication], result)

    @builtins.property
    def azure_service_principal_authentication(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication]:
        '''azure_service_principal_authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#azure_service_principal_authentication KubernetesClusterDeploymentTarget#azure_service_principal_authentication}
        '''
        result = self._values.get("azure_service_principal_authentication")
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication], result)

    @builtins.property
    def certificate_authentication(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetCertificateAuthentication]:
        '''certificate_authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_authentication KubernetesClusterDeploymentTarget#certificate_authentication}
        '''
        result = self._values.get("certificate_authentication")
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetCertificateAuthentication], result)

    @builtins.property
    def cluster_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate KubernetesClusterDeploymentTarget#cluster_certificate}.'''
        result = self._values.get("cluster_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate_path KubernetesClusterDeploymentTarget#cluster_certificate_path}.'''
        result = self._values.get("cluster_certificate_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetContainer"]]]:
        '''container block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container KubernetesClusterDeploymentTarget#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetContainer"]]], result)

    @builtins.property
    def container_options(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container_options KubernetesClusterDeploymentTarget#container_options}.'''
        result = self._values.get("container_options")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#default_worker_pool_id KubernetesClusterDeploymentTarget#default_worker_pool_id}.'''
        result = self._values.get("default_worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def endpoint(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpoint"]]]:
        '''endpoint block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#endpoint KubernetesClusterDeploymentTarget#endpoint}
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpoint"]]], result)

    @builtins.property
    def gcp_account_authentication(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetGcpAccountAuthentication"]:
        '''gcp_account_authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#gcp_account_authentication KubernetesClusterDeploymentTarget#gcp_account_authentication}
        '''
        result = self._values.get("gcp_account_authentication")
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetGcpAccountAuthentication"], result)

    @builtins.property
    def health_status(self) -> typing.Optional[builtins.str]:
        '''Represents the health status of this deployment target. Valid health statuses are ``HasWarnings``, ``Healthy``, ``Unavailable``, ``Unhealthy``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#health_status KubernetesClusterDeploymentTarget#health_status}
        '''
        result = self._values.get("health_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#id KubernetesClusterDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#is_disabled KubernetesClusterDeploymentTarget#is_disabled}.'''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def machine_policy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#machine_policy_id KubernetesClusterDeploymentTarget#machine_policy_id}.'''
        result = self._values.get("machine_policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#namespace KubernetesClusterDeploymentTarget#namespace}.'''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operating_system(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#operating_system KubernetesClusterDeploymentTarget#operating_system}.'''
        result = self._values.get("operating_system")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_authentication(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetPodAuthentication"]:
        '''pod_authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#pod_authentication KubernetesClusterDeploymentTarget#pod_authentication}
        '''
        result = self._values.get("pod_authentication")
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetPodAuthentication"], result)

    @builtins.property
    def proxy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#proxy_id KubernetesClusterDeploymentTarget#proxy_id}.'''
        result = self._values.get("proxy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def running_in_container(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#running_in_container KubernetesClusterDeploymentTarget#running_in_container}.'''
        result = self._values.get("running_in_container")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def shell_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#shell_name KubernetesClusterDeploymentTarget#shell_name}.'''
        result = self._values.get("shell_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell_version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#shell_version KubernetesClusterDeploymentTarget#shell_version}.'''
        result = self._values.get("shell_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip_tls_verification(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#skip_tls_verification KubernetesClusterDeploymentTarget#skip_tls_verification}.'''
        result = self._values.get("skip_tls_verification")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#space_id KubernetesClusterDeploymentTarget#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status(self) -> typing.Optional[builtins.str]:
        '''The status of this resource. Valid statuses are ``CalamariNeedsUpgrade``, ``Disabled``, ``NeedsUpgrade``, ``Offline``, ``Online``, or ``Unknown``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#status KubernetesClusterDeploymentTarget#status}
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def status_summary(self) -> typing.Optional[builtins.str]:
        '''A summary elaborating on the status of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#status_summary KubernetesClusterDeploymentTarget#status_summary}
        '''
        result = self._values.get("status_summary")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenanted_deployment_participation(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenanted_deployment_participation KubernetesClusterDeploymentTarget#tenanted_deployment_participation}
        '''
        result = self._values.get("tenanted_deployment_participation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenants(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant IDs associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenants KubernetesClusterDeploymentTarget#tenants}
        '''
        result = self._values.get("tenants")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tenant_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of tenant tags associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tenant_tags KubernetesClusterDeploymentTarget#tenant_tags}
        '''
        result = self._values.get("tenant_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#thumbprint KubernetesClusterDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#uri KubernetesClusterDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class KubernetesClusterDeploymentTargetContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#feed_id KubernetesClusterDeploymentTarget#feed_id}.
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#image KubernetesClusterDeploymentTarget#image}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1564f4de2a8d420185366ae3b168749ce08ff43d49d1e254cd06597ca71e5db2)
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if image is not None:
            self._values["image"] = image

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#feed_id KubernetesClusterDeploymentTarget#feed_id}.'''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#image KubernetesClusterDeploymentTarget#image}.'''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0098964cdb59a1b11d8aa38525bb493fac74a2749bd21955eba0b3b638beeb36)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "KubernetesClusterDeploymentTargetContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63709aa21ffa80f83f5d881d59bb12cb0ce2ff50c29c567a5aea80898af8c70a)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("KubernetesClusterDeploymentTargetContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db74ffdf881cb194cccd0d0987cc1813526fe36b54388445f6f3aeaa5d607431)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4c84ba3121a86dac6e7d17035d6c5f8d283a33d9ffbdafcf66d71dc9dac90b42)
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
            type_hints = typing.get_type_hints(_typecheckingstub__37cdb44b795311daeb603fbc89af33f39a36b79f3776c29f81d422ea301d418b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetContainer]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetContainer]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d17ebb0ccc2f08c0b6d5e2a68c9d32759ebfeb1882e5a1a1342cfb701c5f2333)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class KubernetesClusterDeploymentTargetContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f115413e385f1443ecacd3fb83cbce3d3eadde8a3563a1a51ee9c3d95992b0e2)
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
            type_hints = typing.get_type_hints(_typecheckingstub__83239a49da3a2c13f2e7f5c9fbcab66c210f3b032da7c66aaa1a96b03d130f9b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4eedd44c24d510d545132bcf703fb9b021b815ee77c6d00ef4bbbd5f8d6e434b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__498f190050f979d9862c536936f7c27750021375d30f96efed91a8ef847fbda9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpoint",
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
class KubernetesClusterDeploymentTargetEndpoint:
    def __init__(
        self,
        *,
        communication_style: builtins.str,
        aad_client_credential_secret: typing.Optional[builtins.str] = None,
        aad_credential_type: typing.Optional[builtins.str] = None,
        aad_user_credential_username: typing.Optional[builtins.str] = None,
        account_id: typing.Optional[builtins.str] = None,
        applications_directory: typing.Optional[builtins.str] = None,
        authentication: typing.Optional[typing.Union["KubernetesClusterDeploymentTargetEndpointAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        certificate_signature_algorithm: typing.Optional[builtins.str] = None,
        certificate_store_location: typing.Optional[builtins.str] = None,
        certificate_store_name: typing.Optional[builtins.str] = None,
        client_certificate_variable: typing.Optional[builtins.str] = None,
        cloud_service_name: typing.Optional[builtins.str] = None,
        cluster_certificate: typing.Optional[builtins.str] = None,
        cluster_certificate_path: typing.Optional[builtins.str] = None,
        cluster_url: typing.Optional[builtins.str] = None,
        connection_endpoint: typing.Optional[builtins.str] = None,
        container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetEndpointContainer", typing.Dict[builtins.str, typing.Any]]]]] = None,
        container_options: typing.Optional[builtins.str] = None,
        default_worker_pool_id: typing.Optional[builtins.str] = None,
        destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetEndpointDestination", typing.Dict[builtins.str, typing.Any]]]]] = None,
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
        tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        web_app_name: typing.Optional[builtins.str] = None,
        web_app_slot_name: typing.Optional[builtins.str] = None,
        working_directory: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param communication_style: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#communication_style KubernetesClusterDeploymentTarget#communication_style}.
        :param aad_client_credential_secret: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aad_client_credential_secret KubernetesClusterDeploymentTarget#aad_client_credential_secret}.
        :param aad_credential_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aad_credential_type KubernetesClusterDeploymentTarget#aad_credential_type}.
        :param aad_user_credential_username: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aad_user_credential_username KubernetesClusterDeploymentTarget#aad_user_credential_username}.
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param applications_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#applications_directory KubernetesClusterDeploymentTarget#applications_directory}.
        :param authentication: authentication block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication KubernetesClusterDeploymentTarget#authentication}
        :param certificate_signature_algorithm: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_signature_algorithm KubernetesClusterDeploymentTarget#certificate_signature_algorithm}.
        :param certificate_store_location: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_store_location KubernetesClusterDeploymentTarget#certificate_store_location}.
        :param certificate_store_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_store_name KubernetesClusterDeploymentTarget#certificate_store_name}.
        :param client_certificate_variable: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate_variable KubernetesClusterDeploymentTarget#client_certificate_variable}.
        :param cloud_service_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cloud_service_name KubernetesClusterDeploymentTarget#cloud_service_name}.
        :param cluster_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate KubernetesClusterDeploymentTarget#cluster_certificate}.
        :param cluster_certificate_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate_path KubernetesClusterDeploymentTarget#cluster_certificate_path}.
        :param cluster_url: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_url KubernetesClusterDeploymentTarget#cluster_url}.
        :param connection_endpoint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#connection_endpoint KubernetesClusterDeploymentTarget#connection_endpoint}.
        :param container: container block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container KubernetesClusterDeploymentTarget#container}
        :param container_options: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container_options KubernetesClusterDeploymentTarget#container_options}.
        :param default_worker_pool_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#default_worker_pool_id KubernetesClusterDeploymentTarget#default_worker_pool_id}.
        :param destination: destination block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#destination KubernetesClusterDeploymentTarget#destination}
        :param dot_net_core_platform: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#dot_net_core_platform KubernetesClusterDeploymentTarget#dot_net_core_platform}.
        :param fingerprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#fingerprint KubernetesClusterDeploymentTarget#fingerprint}.
        :param host: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#host KubernetesClusterDeploymentTarget#host}.
        :param id: The unique ID for this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#id KubernetesClusterDeploymentTarget#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param namespace: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#namespace KubernetesClusterDeploymentTarget#namespace}.
        :param port: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#port KubernetesClusterDeploymentTarget#port}.
        :param proxy_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#proxy_id KubernetesClusterDeploymentTarget#proxy_id}.
        :param resource_group_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#resource_group_name KubernetesClusterDeploymentTarget#resource_group_name}.
        :param running_in_container: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#running_in_container KubernetesClusterDeploymentTarget#running_in_container}.
        :param security_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#security_mode KubernetesClusterDeploymentTarget#security_mode}.
        :param server_certificate_thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#server_certificate_thumbprint KubernetesClusterDeploymentTarget#server_certificate_thumbprint}.
        :param skip_tls_verification: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#skip_tls_verification KubernetesClusterDeploymentTarget#skip_tls_verification}.
        :param slot: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#slot KubernetesClusterDeploymentTarget#slot}.
        :param storage_account_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#storage_account_name KubernetesClusterDeploymentTarget#storage_account_name}.
        :param swap_if_possible: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#swap_if_possible KubernetesClusterDeploymentTarget#swap_if_possible}.
        :param tentacle_version_details: tentacle_version_details block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tentacle_version_details KubernetesClusterDeploymentTarget#tentacle_version_details}
        :param thumbprint: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#thumbprint KubernetesClusterDeploymentTarget#thumbprint}.
        :param uri: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#uri KubernetesClusterDeploymentTarget#uri}.
        :param use_current_instance_count: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_current_instance_count KubernetesClusterDeploymentTarget#use_current_instance_count}.
        :param web_app_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#web_app_name KubernetesClusterDeploymentTarget#web_app_name}.
        :param web_app_slot_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#web_app_slot_name KubernetesClusterDeploymentTarget#web_app_slot_name}.
        :param working_directory: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#working_directory KubernetesClusterDeploymentTarget#working_directory}.
        '''
        if isinstance(authentication, dict):
            authentication = KubernetesClusterDeploymentTargetEndpointAuthentication(**authentication)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b29673b045d51ff87380f0c74f4d3bf7f672884b37ca74b477db931a3839fae3)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#communication_style KubernetesClusterDeploymentTarget#communication_style}.'''
        result = self._values.get("communication_style")
        assert result is not None, "Required property 'communication_style' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aad_client_credential_secret(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aad_client_credential_secret KubernetesClusterDeploymentTarget#aad_client_credential_secret}.'''
        result = self._values.get("aad_client_credential_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_credential_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aad_credential_type KubernetesClusterDeploymentTarget#aad_credential_type}.'''
        result = self._values.get("aad_credential_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def aad_user_credential_username(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#aad_user_credential_username KubernetesClusterDeploymentTarget#aad_user_credential_username}.'''
        result = self._values.get("aad_user_credential_username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def account_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def applications_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#applications_directory KubernetesClusterDeploymentTarget#applications_directory}.'''
        result = self._values.get("applications_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional["KubernetesClusterDeploymentTargetEndpointAuthentication"]:
        '''authentication block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication KubernetesClusterDeploymentTarget#authentication}
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["KubernetesClusterDeploymentTargetEndpointAuthentication"], result)

    @builtins.property
    def certificate_signature_algorithm(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_signature_algorithm KubernetesClusterDeploymentTarget#certificate_signature_algorithm}.'''
        result = self._values.get("certificate_signature_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_location(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_store_location KubernetesClusterDeploymentTarget#certificate_store_location}.'''
        result = self._values.get("certificate_store_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_store_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#certificate_store_name KubernetesClusterDeploymentTarget#certificate_store_name}.'''
        result = self._values.get("certificate_store_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate_variable(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate_variable KubernetesClusterDeploymentTarget#client_certificate_variable}.'''
        result = self._values.get("client_certificate_variable")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cloud_service_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cloud_service_name KubernetesClusterDeploymentTarget#cloud_service_name}.'''
        result = self._values.get("cloud_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate KubernetesClusterDeploymentTarget#cluster_certificate}.'''
        result = self._values.get("cluster_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_certificate_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_certificate_path KubernetesClusterDeploymentTarget#cluster_certificate_path}.'''
        result = self._values.get("cluster_certificate_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_url(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_url KubernetesClusterDeploymentTarget#cluster_url}.'''
        result = self._values.get("cluster_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connection_endpoint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#connection_endpoint KubernetesClusterDeploymentTarget#connection_endpoint}.'''
        result = self._values.get("connection_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def container(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointContainer"]]]:
        '''container block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container KubernetesClusterDeploymentTarget#container}
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointContainer"]]], result)

    @builtins.property
    def container_options(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#container_options KubernetesClusterDeploymentTarget#container_options}.'''
        result = self._values.get("container_options")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_worker_pool_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#default_worker_pool_id KubernetesClusterDeploymentTarget#default_worker_pool_id}.'''
        result = self._values.get("default_worker_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def destination(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointDestination"]]]:
        '''destination block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#destination KubernetesClusterDeploymentTarget#destination}
        '''
        result = self._values.get("destination")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointDestination"]]], result)

    @builtins.property
    def dot_net_core_platform(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#dot_net_core_platform KubernetesClusterDeploymentTarget#dot_net_core_platform}.'''
        result = self._values.get("dot_net_core_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fingerprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#fingerprint KubernetesClusterDeploymentTarget#fingerprint}.'''
        result = self._values.get("fingerprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#host KubernetesClusterDeploymentTarget#host}.'''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The unique ID for this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#id KubernetesClusterDeploymentTarget#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#namespace KubernetesClusterDeploymentTarget#namespace}.'''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#port KubernetesClusterDeploymentTarget#port}.'''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def proxy_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#proxy_id KubernetesClusterDeploymentTarget#proxy_id}.'''
        result = self._values.get("proxy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_group_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#resource_group_name KubernetesClusterDeploymentTarget#resource_group_name}.'''
        result = self._values.get("resource_group_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def running_in_container(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#running_in_container KubernetesClusterDeploymentTarget#running_in_container}.'''
        result = self._values.get("running_in_container")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def security_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#security_mode KubernetesClusterDeploymentTarget#security_mode}.'''
        result = self._values.get("security_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server_certificate_thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#server_certificate_thumbprint KubernetesClusterDeploymentTarget#server_certificate_thumbprint}.'''
        result = self._values.get("server_certificate_thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip_tls_verification(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#skip_tls_verification KubernetesClusterDeploymentTarget#skip_tls_verification}.'''
        result = self._values.get("skip_tls_verification")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def slot(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#slot KubernetesClusterDeploymentTarget#slot}.'''
        result = self._values.get("slot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_account_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#storage_account_name KubernetesClusterDeploymentTarget#storage_account_name}.'''
        result = self._values.get("storage_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def swap_if_possible(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#swap_if_possible KubernetesClusterDeploymentTarget#swap_if_possible}.'''
        result = self._values.get("swap_if_possible")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def tentacle_version_details(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails"]]]:
        '''tentacle_version_details block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#tentacle_version_details KubernetesClusterDeploymentTarget#tentacle_version_details}
        '''
        result = self._values.get("tentacle_version_details")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails"]]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#thumbprint KubernetesClusterDeploymentTarget#thumbprint}.'''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#uri KubernetesClusterDeploymentTarget#uri}.'''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_current_instance_count(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_current_instance_count KubernetesClusterDeploymentTarget#use_current_instance_count}.'''
        result = self._values.get("use_current_instance_count")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def web_app_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#web_app_name KubernetesClusterDeploymentTarget#web_app_name}.'''
        result = self._values.get("web_app_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_app_slot_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#web_app_slot_name KubernetesClusterDeploymentTarget#web_app_slot_name}.'''
        result = self._values.get("web_app_slot_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def working_directory(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#working_directory KubernetesClusterDeploymentTarget#working_directory}.'''
        result = self._values.get("working_directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointAuthentication",
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
class KubernetesClusterDeploymentTargetEndpointAuthentication:
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
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#admin_login KubernetesClusterDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_arn KubernetesClusterDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_session KubernetesClusterDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role KubernetesClusterDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_external_id KubernetesClusterDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_session_duration KubernetesClusterDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication_type KubernetesClusterDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate KubernetesClusterDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_resource_group KubernetesClusterDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#impersonate_service_account KubernetesClusterDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#project KubernetesClusterDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#region KubernetesClusterDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#service_account_emails KubernetesClusterDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#token_path KubernetesClusterDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_instance_role KubernetesClusterDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_vm_service_account KubernetesClusterDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#zone KubernetesClusterDeploymentTarget#zone}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b38cf52f657c2a0bfa1b66333d5a5b9d1bde1b74ddcd0336abe6e61b890d71b7)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def admin_login(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#admin_login KubernetesClusterDeploymentTarget#admin_login}.'''
        result = self._values.get("admin_login")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_arn(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_arn KubernetesClusterDeploymentTarget#assumed_role_arn}.'''
        result = self._values.get("assumed_role_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assumed_role_session(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_session KubernetesClusterDeploymentTarget#assumed_role_session}.'''
        result = self._values.get("assumed_role_session")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role KubernetesClusterDeploymentTarget#assume_role}.'''
        result = self._values.get("assume_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def assume_role_external_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_external_id KubernetesClusterDeploymentTarget#assume_role_external_id}.'''
        result = self._values.get("assume_role_external_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def assume_role_session_duration(self) -> typing.Optional[jsii.Number]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_session_duration KubernetesClusterDeploymentTarget#assume_role_session_duration}.'''
        result = self._values.get("assume_role_session_duration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def authentication_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication_type KubernetesClusterDeploymentTarget#authentication_type}.'''
        result = self._values.get("authentication_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate KubernetesClusterDeploymentTarget#client_certificate}.'''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_resource_group(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_resource_group KubernetesClusterDeploymentTarget#cluster_resource_group}.'''
        result = self._values.get("cluster_resource_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def impersonate_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#impersonate_service_account KubernetesClusterDeploymentTarget#impersonate_service_account}.'''
        result = self._values.get("impersonate_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def project(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#project KubernetesClusterDeploymentTarget#project}.'''
        result = self._values.get("project")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#region KubernetesClusterDeploymentTarget#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_emails(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#service_account_emails KubernetesClusterDeploymentTarget#service_account_emails}.'''
        result = self._values.get("service_account_emails")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#token_path KubernetesClusterDeploymentTarget#token_path}.'''
        result = self._values.get("token_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_instance_role(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_instance_role KubernetesClusterDeploymentTarget#use_instance_role}.'''
        result = self._values.get("use_instance_role")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def use_vm_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_vm_service_account KubernetesClusterDeploymentTarget#use_vm_service_account}.'''
        result = self._values.get("use_vm_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#zone KubernetesClusterDeploymentTarget#zone}.'''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetEndpointAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetEndpointAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__1bce6d1398cc7adcaf844ad6d4cbb1b1717c05ce05d407e739f0c7a88723f367)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2e512bcc90a6f70935627e5fc1d2b39f9638a485123262fe1ae7cbfc29522c42)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="adminLogin")
    def admin_login(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adminLogin"))

    @admin_login.setter
    def admin_login(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5aae9c473c305ae6dd0255f5bc60a1b52d14a894cb61c3bcb16068771f77c800)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adminLogin", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleArn")
    def assumed_role_arn(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleArn"))

    @assumed_role_arn.setter
    def assumed_role_arn(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f122ea0c36dd325065070db26a102f7704074988e1f9a2a5cd17752e4f38757e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumedRoleArn", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumedRoleSession")
    def assumed_role_session(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumedRoleSession"))

    @assumed_role_session.setter
    def assumed_role_session(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__35e8c05f9b009ab054dd3af8189220def3d2e0d7c88412c76319f61dd9fa87ae)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a0d2ee43a3dace2ff6aef66d5b010ca5f4df92a1bc8bd83d714c61413edc0c84)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRole", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleExternalId")
    def assume_role_external_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "assumeRoleExternalId"))

    @assume_role_external_id.setter
    def assume_role_external_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dcb9d3c5de35d8c1f938516f8b6fb4460dd9b1ae91f4a722b56d8597028e0acf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleExternalId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assumeRoleSessionDuration")
    def assume_role_session_duration(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "assumeRoleSessionDuration"))

    @assume_role_session_duration.setter
    def assume_role_session_duration(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9771c0bdc2ee8592db983649fc837571f4da5c5e59556f22a7e5cb555307f608)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assumeRoleSessionDuration", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authenticationType")
    def authentication_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authenticationType"))

    @authentication_type.setter
    def authentication_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0a95015cf93d9d9c4c66808e739eb09806f68682592c4100456af186d722bcdb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authenticationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificate")
    def client_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificate"))

    @client_certificate.setter
    def client_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6bec3ba8da90df6a945cbc52f97762ad52c28c880f1150e85432f17349edcf72)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6113b612ae117e7c58ae0368580fa23327205af947c695e3ac65e9bd117eaf18)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterResourceGroup")
    def cluster_resource_group(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterResourceGroup"))

    @cluster_resource_group.setter
    def cluster_resource_group(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2da45ff307dbcc44ac9ee8c0208140f7cbf02ba1fa55e628ef4c9e666ae13b0d)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4b61151a8d0255421736f2d0e28889232e43ef2ae0fdf476b9228b4d5052023d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "impersonateServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__318b0e850f3e5ce9bb9041c7d2ba0ca8542d85a74e62747e8c2026ce090612e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab36b34d68f1a5ce557966aa6e82eb2d518d51f0aa9f9ca47dd6e8e9c62e8c64)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmails")
    def service_account_emails(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountEmails"))

    @service_account_emails.setter
    def service_account_emails(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84423b0432d9cc93e1bf4b793e1ee0ef217369c612ce8cffeeb6a660f2fe63dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceAccountEmails", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @token_path.setter
    def token_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0658c54021b5964133fb3d0e0ca37732b26b3801f8781b8cb2da74cc1f6cf7a9)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7a71c1ab86c4dab396fe6deb0d49a07a0f7fa4def90af242bf0bb461f72e9f25)
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
            type_hints = typing.get_type_hints(_typecheckingstub__09328c70c8706362eb3e5b7d2884e9fa48bf8979a67ec46d83f9d212e986a216)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useVmServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @zone.setter
    def zone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__519e0ef4872e6efcc51aad224a65fc7fc907722aca08a499f89a4bbc94c98da7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetEndpointAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[KubernetesClusterDeploymentTargetEndpointAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2cd410a141d579407cae0e303766d91ba5caf7666ffa00bd85ff50b29aef29b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointContainer",
    jsii_struct_bases=[],
    name_mapping={"feed_id": "feedId", "image": "image"},
)
class KubernetesClusterDeploymentTargetEndpointContainer:
    def __init__(
        self,
        *,
        feed_id: typing.Optional[builtins.str] = None,
        image: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param feed_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#feed_id KubernetesClusterDeploymentTarget#feed_id}.
        :param image: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#image KubernetesClusterDeploymentTarget#image}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13de89c71b4bacc7278a00a37dd0accc44a571e3fd26d34405d3cab3ba0e0c30)
            check_type(argname="argument feed_id", value=feed_id, expected_type=type_hints["feed_id"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if feed_id is not None:
            self._values["feed_id"] = feed_id
        if image is not None:
            self._values["image"] = image

    @builtins.property
    def feed_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#feed_id KubernetesClusterDeploymentTarget#feed_id}.'''
        result = self._values.get("feed_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#image KubernetesClusterDeploymentTarget#image}.'''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetEndpointContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetEndpointContainerList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointContainerList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b63378f3858771de638ae58ee2c3ce0a3436d974343739eeaf408d0a6ae3f6f8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "KubernetesClusterDeploymentTargetEndpointContainerOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e672aaad1b0bf35415a08fad37ee12cfb7a7d7d7c9a1b0106caa801684bcdadb)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("KubernetesClusterDeploymentTargetEndpointContainerOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf8e3d94e1264bd3ff5520f762c2cf7579c30c955586f5aec61c7ac2468a7555)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b49089a67557c941bcadee36f5c2a3d474f50b4b823155f001ac74c113cf7b7e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__8adbacb57e0ed531e04be8f781805ebfef3a01f1dd2b8430c63b3b2706b5f152)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointContainer]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointContainer]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0507b84e97f55b2b56d8467139485ad958d9b2c0c27660e8c30a67a809ae4dbb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class KubernetesClusterDeploymentTargetEndpointContainerOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointContainerOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9a040b2767cb669577aa33f2a1a5ac9b56060de6812e893e7d91b93957ffc9ea)
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
            type_hints = typing.get_type_hints(_typecheckingstub__5c219e5d7ec5e2de97a567567c6d21c31923efd4a52bdcc9624d3faf8ed6cb08)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "feedId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="image")
    def image(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "image"))

    @image.setter
    def image(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__51f6771ffb57175462c4e09910a244e1803025ca45928b8c98da253e88918827)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "image", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointContainer]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointContainer]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointContainer]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e244afb3f963f386c888f93b50d88118827d3c752cc267996ab98f28f8bb82a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointDestination",
    jsii_struct_bases=[],
    name_mapping={
        "destination_type": "destinationType",
        "drop_folder_path": "dropFolderPath",
    },
)
class KubernetesClusterDeploymentTargetEndpointDestination:
    def __init__(
        self,
        *,
        destination_type: typing.Optional[builtins.str] = None,
        drop_folder_path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#destination_type KubernetesClusterDeploymentTarget#destination_type}.
        :param drop_folder_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#drop_folder_path KubernetesClusterDeploymentTarget#drop_folder_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ef09bf13e176f7fbd1ca8ecafa36ec8bdce55c7999afee7bbcd67bab5baf827)
            check_type(argname="argument destination_type", value=destination_type, expected_type=type_hints["destination_type"])
            check_type(argname="argument drop_folder_path", value=drop_folder_path, expected_type=type_hints["drop_folder_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_type is not None:
            self._values["destination_type"] = destination_type
        if drop_folder_path is not None:
            self._values["drop_folder_path"] = drop_folder_path

    @builtins.property
    def destination_type(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#destination_type KubernetesClusterDeploymentTarget#destination_type}.'''
        result = self._values.get("destination_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def drop_folder_path(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#drop_folder_path KubernetesClusterDeploymentTarget#drop_folder_path}.'''
        result = self._values.get("drop_folder_path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetEndpointDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetEndpointDestinationList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointDestinationList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__ce15c24e99efa036e4217e2531e3c68cadd15004145137d2c42927f00fe620e1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "KubernetesClusterDeploymentTargetEndpointDestinationOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3d046c3e34db5e8e0d401aaec8bee03b4f5d878c497d1b4e8d747eb49366697)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("KubernetesClusterDeploymentTargetEndpointDestinationOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a0a145860dd9b302ac4f8af76efd59959845046a57cd60b92bdde28a0f3bc70)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7d5240dc962abc56399a97bdf21776dc59136bf07d81cdb0bbc5ea783ec70f85)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b1deb122a22b3e3744b2539410bb8b88040d5cdfe68c9a6bcce18de7b9b21aed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointDestination]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointDestination]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a88ad506de9866129b31e33b28261f6e7d7977558244409eb55c1625065d9cc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class KubernetesClusterDeploymentTargetEndpointDestinationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointDestinationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a9f59ccc33c86752cc7c16d172aaab79a267bdd829ac113912dfdd36f8628098)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2b58dfae3885d233b7748fe438500bd000627a83248a6f7f09120787c878859e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "destinationType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dropFolderPath")
    def drop_folder_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dropFolderPath"))

    @drop_folder_path.setter
    def drop_folder_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4376a5a5700332878f3f18fceac16d5f8e5accbe435ce639433b1a96a508c215)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dropFolderPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointDestination]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointDestination]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointDestination]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab133731578b59d44def24bc004534b891db3365f2abc3f7566b331135a2585e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class KubernetesClusterDeploymentTargetEndpointList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__4740fd1cb0c0b3b28a69cb0935c0f32ebd34b1f1315f8d24224b405c56c3c722)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "KubernetesClusterDeploymentTargetEndpointOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__895a38823542eaca59e0cce263a528ebbd30374102c97cda40f982479fde9764)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("KubernetesClusterDeploymentTargetEndpointOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ee027248b72f518e53ca637aa4ee96fb20a29b16d2bb97a9cf57cd1bf5c1e8f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4bc636b0b53b779e3ca1ae6a8d62d1b0b60ed620ccd3d91a29d3450650f6e666)
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
            type_hints = typing.get_type_hints(_typecheckingstub__cb4c2853cf91fc56ad014033fded605acd0ed08d9aeb1b5519123264c68d8602)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpoint]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpoint]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpoint]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29e0bbdf5fa7e20a0e85efa18137b1567f0b5ecd5f109dac751f1afea72779b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class KubernetesClusterDeploymentTargetEndpointOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7bf7342c52ced7723ab68782d144633ebe797bbff4b79bc188730dda9cff6c64)
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
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param admin_login: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#admin_login KubernetesClusterDeploymentTarget#admin_login}.
        :param assumed_role_arn: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_arn KubernetesClusterDeploymentTarget#assumed_role_arn}.
        :param assumed_role_session: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assumed_role_session KubernetesClusterDeploymentTarget#assumed_role_session}.
        :param assume_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role KubernetesClusterDeploymentTarget#assume_role}.
        :param assume_role_external_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_external_id KubernetesClusterDeploymentTarget#assume_role_external_id}.
        :param assume_role_session_duration: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#assume_role_session_duration KubernetesClusterDeploymentTarget#assume_role_session_duration}.
        :param authentication_type: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#authentication_type KubernetesClusterDeploymentTarget#authentication_type}.
        :param client_certificate: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#client_certificate KubernetesClusterDeploymentTarget#client_certificate}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param cluster_resource_group: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_resource_group KubernetesClusterDeploymentTarget#cluster_resource_group}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#impersonate_service_account KubernetesClusterDeploymentTarget#impersonate_service_account}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#project KubernetesClusterDeploymentTarget#project}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#region KubernetesClusterDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#service_account_emails KubernetesClusterDeploymentTarget#service_account_emails}.
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#token_path KubernetesClusterDeploymentTarget#token_path}.
        :param use_instance_role: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_instance_role KubernetesClusterDeploymentTarget#use_instance_role}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_vm_service_account KubernetesClusterDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#zone KubernetesClusterDeploymentTarget#zone}.
        '''
        value = KubernetesClusterDeploymentTargetEndpointAuthentication(
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
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66433c5a20d584a95446eed7acac4706b088303bdc3f9b6533805b1f94d965ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putContainer", [value]))

    @jsii.member(jsii_name="putDestination")
    def put_destination(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a1acf56aa703511f8b1d211aae67804e2fceaa49194e5e32b9f8f4a58117d4f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDestination", [value]))

    @jsii.member(jsii_name="putTentacleVersionDetails")
    def put_tentacle_version_details(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a9dfa1b3acba5225f9600d057b25ce63e42f4c63cd8f05da0cd05de2cfd68b6)
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
    ) -> KubernetesClusterDeploymentTargetEndpointAuthenticationOutputReference:
        return typing.cast(KubernetesClusterDeploymentTargetEndpointAuthenticationOutputReference, jsii.get(self, "authentication"))

    @builtins.property
    @jsii.member(jsii_name="container")
    def container(self) -> KubernetesClusterDeploymentTargetEndpointContainerList:
        return typing.cast(KubernetesClusterDeploymentTargetEndpointContainerList, jsii.get(self, "container"))

    @builtins.property
    @jsii.member(jsii_name="destination")
    def destination(self) -> KubernetesClusterDeploymentTargetEndpointDestinationList:
        return typing.cast(KubernetesClusterDeploymentTargetEndpointDestinationList, jsii.get(self, "destination"))

    @builtins.property
    @jsii.member(jsii_name="tentacleVersionDetails")
    def tentacle_version_details(
        self,
    ) -> "KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsList":
        return typing.cast("KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsList", jsii.get(self, "tentacleVersionDetails"))

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
    ) -> typing.Optional[KubernetesClusterDeploymentTargetEndpointAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetEndpointAuthentication], jsii.get(self, "authenticationInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointContainer]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointContainer]]], jsii.get(self, "containerInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointDestination]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointDestination]]], jsii.get(self, "destinationInput"))

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
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails"]]], jsii.get(self, "tentacleVersionDetailsInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__9bebe333a6467fddd70fb05a7777d7fad6315cff45ee027af15cc3b0c49a2bf6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadClientCredentialSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadCredentialType")
    def aad_credential_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadCredentialType"))

    @aad_credential_type.setter
    def aad_credential_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fd0965ffbc3db678d534735c494ea8485e6124cbc01a38e7149c9040ef9420ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadCredentialType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="aadUserCredentialUsername")
    def aad_user_credential_username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "aadUserCredentialUsername"))

    @aad_user_credential_username.setter
    def aad_user_credential_username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__26e6da25cdd4a1197c5eb9d7be2bcc5c2ec51e79c52cc517b8b2e60339c8079f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "aadUserCredentialUsername", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accountId")
    def account_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "accountId"))

    @account_id.setter
    def account_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__49237dd8c4bdf991f2605b2b108a1dc29e94455ffa63a82b4de10f458466e0f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="applicationsDirectory")
    def applications_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "applicationsDirectory"))

    @applications_directory.setter
    def applications_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b61d7acdb9c0b0e836bf8df7fe0598d4a8b0ea416a132f61873be19248bb361)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "applicationsDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateSignatureAlgorithm")
    def certificate_signature_algorithm(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateSignatureAlgorithm"))

    @certificate_signature_algorithm.setter
    def certificate_signature_algorithm(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__631d052ca26980dd0c95a18527377d7c45ff88bc7869d11b742e08ffba4888af)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateSignatureAlgorithm", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreLocation")
    def certificate_store_location(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreLocation"))

    @certificate_store_location.setter
    def certificate_store_location(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bf0aa985762d4de69174e322d944a7b599ec066e89ddb06a0998305f5da50e46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreLocation", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="certificateStoreName")
    def certificate_store_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "certificateStoreName"))

    @certificate_store_name.setter
    def certificate_store_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3ea5e38c60e6841071ed066c03255765659abf600723e51d051d80e5b1472ecb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "certificateStoreName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientCertificateVariable")
    def client_certificate_variable(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientCertificateVariable"))

    @client_certificate_variable.setter
    def client_certificate_variable(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__20e5b10951bce1ed522a786f637ce78c9f9fd2d72ebf58fe510ba0d491bee02b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientCertificateVariable", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="cloudServiceName")
    def cloud_service_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "cloudServiceName"))

    @cloud_service_name.setter
    def cloud_service_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7443366f36182620c0a3b5512589bedc3bc1724192b78daac779ce54be1e9ed7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "cloudServiceName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificate")
    def cluster_certificate(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificate"))

    @cluster_certificate.setter
    def cluster_certificate(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a16a8cab7db55169296ad457d3c649a5ad532bcfe2b9c244b765bb0cf1c91fbc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterCertificatePath")
    def cluster_certificate_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterCertificatePath"))

    @cluster_certificate_path.setter
    def cluster_certificate_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f2c0473257906be6ccadcf586bc66efd961fcb6f35ffffcb8997f89acdd608b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterCertificatePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterUrl")
    def cluster_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterUrl"))

    @cluster_url.setter
    def cluster_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9bf36727cc2cfa37f2f23e78647837698f41bf09e7afc17bccee5eef87257e8c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="communicationStyle")
    def communication_style(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "communicationStyle"))

    @communication_style.setter
    def communication_style(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__543ce7b9b3d5ba22d070ae90ea64e3c017ba4cd6f079f920615a5de634fb4f02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "communicationStyle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionEndpoint")
    def connection_endpoint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionEndpoint"))

    @connection_endpoint.setter
    def connection_endpoint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16c4dbb2e02855c9fff4c7f7b65a30b0d7a37be041c77d7031e61df73d1b2dbf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionEndpoint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="containerOptions")
    def container_options(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerOptions"))

    @container_options.setter
    def container_options(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00f1199841db0d61a955074df61a650462922639766760dc0a68f60ce2e0bf9e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "containerOptions", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultWorkerPoolId")
    def default_worker_pool_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultWorkerPoolId"))

    @default_worker_pool_id.setter
    def default_worker_pool_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a9fd1a69b60b771f00ab8d80b8ea23d347027d1a53b5125a3651e6842c19a405)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultWorkerPoolId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="dotNetCorePlatform")
    def dot_net_core_platform(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "dotNetCorePlatform"))

    @dot_net_core_platform.setter
    def dot_net_core_platform(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__786c49b5dec7b29e686d4476e51a853c6ed0f130495ce6de6012044a5d7984e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "dotNetCorePlatform", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fingerprint")
    def fingerprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "fingerprint"))

    @fingerprint.setter
    def fingerprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8afdb54c7937d35b034d8d469f66dc5fffdccfee51112b7af728bbbff0a89bbf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fingerprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="host")
    def host(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "host"))

    @host.setter
    def host(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a3e17011a987ca73703d0927d70b49869c2bd0ca091538307be9acf3dfacd806)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "host", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__53692d2898c76b54805c35ee8f43f77dc562add4e8af0d1b5d01f1b9293398e8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="namespace")
    def namespace(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "namespace"))

    @namespace.setter
    def namespace(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__529f1e7e8d1611cb7718ad7be165f4c1d572b53cb8401cd44c9916ddc1eaf11a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "namespace", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="port")
    def port(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "port"))

    @port.setter
    def port(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07b46b1a4f9422a0c714848a3c85c496b839def95d136f56cc664c20467f37d6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "port", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="proxyId")
    def proxy_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "proxyId"))

    @proxy_id.setter
    def proxy_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2bd4c344c94596b41325be58c7e07a5c433457e31492d68eefe02b41c44dd2f9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "proxyId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="resourceGroupName")
    def resource_group_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "resourceGroupName"))

    @resource_group_name.setter
    def resource_group_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c093f9fdeeeb88f1ff47fceef35ce02dd1d54e64b13902f212252416fd5c0ec4)
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
            type_hints = typing.get_type_hints(_typecheckingstub__a0b66341a3c6f010cc37f430d38263ca6a11b1a229fb54b30da9d0a0d9d31438)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "runningInContainer", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="securityMode")
    def security_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "securityMode"))

    @security_mode.setter
    def security_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e2215f60a931e6c42031f206326df44bb56a0294bda5c98e9445890b6d1bd66b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "securityMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serverCertificateThumbprint")
    def server_certificate_thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serverCertificateThumbprint"))

    @server_certificate_thumbprint.setter
    def server_certificate_thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3356bade678bc916c992c05decdef044000a729b3be49a174bbc9cc62df716a4)
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
            type_hints = typing.get_type_hints(_typecheckingstub__08a08b60c1ba623c1a5bb3cde98fded5dc6574eec50029b8d957ecca6e5e46e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipTlsVerification", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slot")
    def slot(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slot"))

    @slot.setter
    def slot(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__54871d19cd86a161000eee652e3c9602325a9490acb39c01ff2f9f4658ab73c0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slot", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="storageAccountName")
    def storage_account_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "storageAccountName"))

    @storage_account_name.setter
    def storage_account_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f37152611a7560658cc6093f0537b5145dfddaeba7f4996156e794d85f70cae1)
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
            type_hints = typing.get_type_hints(_typecheckingstub__64dbb3e0b50cfecaf3cfc4c8d03a49f3441302f43ba70e2982205473b58a07e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "swapIfPossible", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="thumbprint")
    def thumbprint(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "thumbprint"))

    @thumbprint.setter
    def thumbprint(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e017efc42c737f22c99ca7261bf100a76ce6e4cc974efb04bd6ec38a274c2210)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "thumbprint", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="uri")
    def uri(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "uri"))

    @uri.setter
    def uri(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dfc7423c032210e47e1d96c54bebfba66de19cdfd085b0d8a82b9f571ae4f7c2)
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
            type_hints = typing.get_type_hints(_typecheckingstub__ceedc2b2bebedcf41ba7e5fce967f84466780209d7512289b5164ec0a1ba6b80)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useCurrentInstanceCount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppName")
    def web_app_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppName"))

    @web_app_name.setter
    def web_app_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c89de04119fefb24be7202b3a539bc2533057650e31dc89d2fc7014f94b53fd1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="webAppSlotName")
    def web_app_slot_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "webAppSlotName"))

    @web_app_slot_name.setter
    def web_app_slot_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed6f53e243c5cc6226298a863b0a2592e75fe788940a55973cdffd53370fcf83)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "webAppSlotName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="workingDirectory")
    def working_directory(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "workingDirectory"))

    @working_directory.setter
    def working_directory(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b48d169eae9aa345f511df0d33ee7bb14288622813c5bc7ffc3b76d7d02a3fa1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "workingDirectory", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpoint]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpoint]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpoint]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__14eed539bdc5ddcd4da1355415b9a4c2c8d7191252f00da95080adb9e2283bdc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails",
    jsii_struct_bases=[],
    name_mapping={
        "upgrade_locked": "upgradeLocked",
        "upgrade_required": "upgradeRequired",
        "upgrade_suggested": "upgradeSuggested",
        "version": "version",
    },
)
class KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails:
    def __init__(
        self,
        *,
        upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param upgrade_locked: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#upgrade_locked KubernetesClusterDeploymentTarget#upgrade_locked}.
        :param upgrade_required: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#upgrade_required KubernetesClusterDeploymentTarget#upgrade_required}.
        :param upgrade_suggested: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#upgrade_suggested KubernetesClusterDeploymentTarget#upgrade_suggested}.
        :param version: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#version KubernetesClusterDeploymentTarget#version}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a6428c03ac194337c888c053016c9e6f8a6a4012dc8b2d24a0ab6b09cc09721e)
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
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#upgrade_locked KubernetesClusterDeploymentTarget#upgrade_locked}.'''
        result = self._values.get("upgrade_locked")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_required(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#upgrade_required KubernetesClusterDeploymentTarget#upgrade_required}.'''
        result = self._values.get("upgrade_required")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def upgrade_suggested(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#upgrade_suggested KubernetesClusterDeploymentTarget#upgrade_suggested}.'''
        result = self._values.get("upgrade_suggested")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#version KubernetesClusterDeploymentTarget#version}.'''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0b348d19cb07a12ea0c41ea49125617a489cfe4ea8230e63d58f0e419abd842c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e5c595a81ed1f59a19146c6d8e6aa31cd73be66127ed17bbf340c7186113a399)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65c3766c1dfc70858f99f6df0b7b5bae0e2e429876980a6c35bed28935588ab9)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b480a586b425fb13b2182a4f35337d3ae8f3f537a1189d9fc2734101874d6188)
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
            type_hints = typing.get_type_hints(_typecheckingstub__1cde6e6705dcd8c8df6ce1a1a9526f7afa550ee4855ba64b9305815d5acaa9c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f1ce8bd20b48770c11e36c55f18fab54b2ba209f2cd1f48c32e3497511c74c7c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a8616756d51edd58c358b741fa515c6ca58aa4d32b8839bec6513b917405dc22)
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
            type_hints = typing.get_type_hints(_typecheckingstub__00e0bf9156c94e8bc2294e9bcb8ac95144c8d74f12ee5f01cf55622db3c3c540)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0b184e33976c3b13853bc842e8ec45f36ad9f906c5b4a3a53c1d40df5d516706)
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
            type_hints = typing.get_type_hints(_typecheckingstub__e96422bd363c0f48dad7073cb0912586dc82a0707f770e274af03f59b1a1a3d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "upgradeSuggested", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="version")
    def version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "version"))

    @version.setter
    def version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__29b08d4ddc1de9713f747f3ccd0d19c7586cea80f249fd8f50eb277961f9fda4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "version", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2152a852201857252ef4d9917bcf2b9129317f09de8dd8f39a153255d3973e23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetGcpAccountAuthentication",
    jsii_struct_bases=[],
    name_mapping={
        "account_id": "accountId",
        "cluster_name": "clusterName",
        "project": "project",
        "impersonate_service_account": "impersonateServiceAccount",
        "region": "region",
        "service_account_emails": "serviceAccountEmails",
        "use_vm_service_account": "useVmServiceAccount",
        "zone": "zone",
    },
)
class KubernetesClusterDeploymentTargetGcpAccountAuthentication:
    def __init__(
        self,
        *,
        account_id: builtins.str,
        cluster_name: builtins.str,
        project: builtins.str,
        impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        region: typing.Optional[builtins.str] = None,
        service_account_emails: typing.Optional[builtins.str] = None,
        use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param account_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.
        :param cluster_name: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.
        :param project: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#project KubernetesClusterDeploymentTarget#project}.
        :param impersonate_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#impersonate_service_account KubernetesClusterDeploymentTarget#impersonate_service_account}.
        :param region: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#region KubernetesClusterDeploymentTarget#region}.
        :param service_account_emails: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#service_account_emails KubernetesClusterDeploymentTarget#service_account_emails}.
        :param use_vm_service_account: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_vm_service_account KubernetesClusterDeploymentTarget#use_vm_service_account}.
        :param zone: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#zone KubernetesClusterDeploymentTarget#zone}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e688a263bffe76d6bde1682e77ca681a76c57d4d3770146cadefb438481b3228)
            check_type(argname="argument account_id", value=account_id, expected_type=type_hints["account_id"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
            check_type(argname="argument impersonate_service_account", value=impersonate_service_account, expected_type=type_hints["impersonate_service_account"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument service_account_emails", value=service_account_emails, expected_type=type_hints["service_account_emails"])
            check_type(argname="argument use_vm_service_account", value=use_vm_service_account, expected_type=type_hints["use_vm_service_account"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "account_id": account_id,
            "cluster_name": cluster_name,
            "project": project,
        }
        if impersonate_service_account is not None:
            self._values["impersonate_service_account"] = impersonate_service_account
        if region is not None:
            self._values["region"] = region
        if service_account_emails is not None:
            self._values["service_account_emails"] = service_account_emails
        if use_vm_service_account is not None:
            self._values["use_vm_service_account"] = use_vm_service_account
        if zone is not None:
            self._values["zone"] = zone

    @builtins.property
    def account_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#account_id KubernetesClusterDeploymentTarget#account_id}.'''
        result = self._values.get("account_id")
        assert result is not None, "Required property 'account_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#cluster_name KubernetesClusterDeploymentTarget#cluster_name}.'''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#project KubernetesClusterDeploymentTarget#project}.'''
        result = self._values.get("project")
        assert result is not None, "Required property 'project' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def impersonate_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#impersonate_service_account KubernetesClusterDeploymentTarget#impersonate_service_account}.'''
        result = self._values.get("impersonate_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#region KubernetesClusterDeploymentTarget#region}.'''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_emails(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#service_account_emails KubernetesClusterDeploymentTarget#service_account_emails}.'''
        result = self._values.get("service_account_emails")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_vm_service_account(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#use_vm_service_account KubernetesClusterDeploymentTarget#use_vm_service_account}.'''
        result = self._values.get("use_vm_service_account")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#zone KubernetesClusterDeploymentTarget#zone}.'''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetGcpAccountAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetGcpAccountAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetGcpAccountAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a81346870b0926a5cad8dbec50c2678376d88b6c8e4b96748a9f45539320daff)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetImpersonateServiceAccount")
    def reset_impersonate_service_account(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetImpersonateServiceAccount", []))

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @jsii.member(jsii_name="resetServiceAccountEmails")
    def reset_service_account_emails(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServiceAccountEmails", []))

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
    @jsii.member(jsii_name="clusterNameInput")
    def cluster_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clusterNameInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__8fc35ef8a362be62fc9dd69b801e38c54f6615967beefb3279fbc102a22d77af)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accountId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clusterName")
    def cluster_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clusterName"))

    @cluster_name.setter
    def cluster_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fe479e22368fadd4b20befc5ff2b69d94fb7638dad08b239416b83e963090c3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clusterName", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__cc0d50ad1e86b3a15a8a2db62b6caf630b074f687496a8efaca9ee696e37defc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "impersonateServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fa554272249f53be04d649f763c72c380a609169318a29ed7fb306776301d7be)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6149f650ed66af484da3f11d1a5a8999698c48a3ef146c4fd08950b738e9b7f3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceAccountEmails")
    def service_account_emails(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountEmails"))

    @service_account_emails.setter
    def service_account_emails(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6cc60d0f7a36ba1e3e29b7c61f7370a127fec64b07280f68ae64a87419083e6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceAccountEmails", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__88f26b7cee50c4c14897e24ee3096b4861910e8322f2e97e17d5549c39daaaf5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useVmServiceAccount", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @zone.setter
    def zone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d91f6c45acebf1ae46ec5308727ab2c5f81ccd17b9ce9ab536b59b3b8141f766)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetGcpAccountAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetGcpAccountAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[KubernetesClusterDeploymentTargetGcpAccountAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aaa0d791db7b001f145bef74ac0299f76d64cde5239bedbe7aebf828dae27a97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetPodAuthentication",
    jsii_struct_bases=[],
    name_mapping={"token_path": "tokenPath"},
)
class KubernetesClusterDeploymentTargetPodAuthentication:
    def __init__(self, *, token_path: builtins.str) -> None:
        '''
        :param token_path: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#token_path KubernetesClusterDeploymentTarget#token_path}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__076f42f20f7f44d836f6e344c3a22c08a4f438e5f5840918edcadc157a2c784b)
            check_type(argname="argument token_path", value=token_path, expected_type=type_hints["token_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "token_path": token_path,
        }

    @builtins.property
    def token_path(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/kubernetes_cluster_deployment_target#token_path KubernetesClusterDeploymentTarget#token_path}.'''
        result = self._values.get("token_path")
        assert result is not None, "Required property 'token_path' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubernetesClusterDeploymentTargetPodAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubernetesClusterDeploymentTargetPodAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.kubernetesClusterDeploymentTarget.KubernetesClusterDeploymentTargetPodAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e3c51bb871c654ea52fa2a826d95182941433a305d5f3dacf23124d2af991222)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @builtins.property
    @jsii.member(jsii_name="tokenPathInput")
    def token_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tokenPathInput"))

    @builtins.property
    @jsii.member(jsii_name="tokenPath")
    def token_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenPath"))

    @token_path.setter
    def token_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6535d570e19c331b1d5f5dd648b1197e4c995ea51e9aac6480eb35a9f5d46b7e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tokenPath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[KubernetesClusterDeploymentTargetPodAuthentication]:
        return typing.cast(typing.Optional[KubernetesClusterDeploymentTargetPodAuthentication], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[KubernetesClusterDeploymentTargetPodAuthentication],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f3d1d1641de44091c48cbe961164c50025ef27491e82f735932206d7f61a1904)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "KubernetesClusterDeploymentTarget",
    "KubernetesClusterDeploymentTargetAuthentication",
    "KubernetesClusterDeploymentTargetAuthenticationOutputReference",
    "KubernetesClusterDeploymentTargetAwsAccountAuthentication",
    "KubernetesClusterDeploymentTargetAwsAccountAuthenticationOutputReference",
    "KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication",
    "KubernetesClusterDeploymentTargetAzureServicePrincipalAuthenticationOutputReference",
    "KubernetesClusterDeploymentTargetCertificateAuthentication",
    "KubernetesClusterDeploymentTargetCertificateAuthenticationOutputReference",
    "KubernetesClusterDeploymentTargetConfig",
    "KubernetesClusterDeploymentTargetContainer",
    "KubernetesClusterDeploymentTargetContainerList",
    "KubernetesClusterDeploymentTargetContainerOutputReference",
    "KubernetesClusterDeploymentTargetEndpoint",
    "KubernetesClusterDeploymentTargetEndpointAuthentication",
    "KubernetesClusterDeploymentTargetEndpointAuthenticationOutputReference",
    "KubernetesClusterDeploymentTargetEndpointContainer",
    "KubernetesClusterDeploymentTargetEndpointContainerList",
    "KubernetesClusterDeploymentTargetEndpointContainerOutputReference",
    "KubernetesClusterDeploymentTargetEndpointDestination",
    "KubernetesClusterDeploymentTargetEndpointDestinationList",
    "KubernetesClusterDeploymentTargetEndpointDestinationOutputReference",
    "KubernetesClusterDeploymentTargetEndpointList",
    "KubernetesClusterDeploymentTargetEndpointOutputReference",
    "KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails",
    "KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsList",
    "KubernetesClusterDeploymentTargetEndpointTentacleVersionDetailsOutputReference",
    "KubernetesClusterDeploymentTargetGcpAccountAuthentication",
    "KubernetesClusterDeploymentTargetGcpAccountAuthenticationOutputReference",
    "KubernetesClusterDeploymentTargetPodAuthentication",
    "KubernetesClusterDeploymentTargetPodAuthenticationOutputReference",
]

publication.publish()

def _typecheckingstub__c29c9d27cd4a0ce1f342a26236a0aae19ef1cdd2783dd8049b65e9b2bda3d996(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    cluster_url: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    aws_account_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAwsAccountAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_service_principal_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetCertificateAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    cluster_certificate: typing.Optional[builtins.str] = None,
    cluster_certificate_path: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetContainer, typing.Dict[builtins.str, typing.Any]]]]] = None,
    container_options: typing.Optional[builtins.str] = None,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    gcp_account_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetGcpAccountAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    pod_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetPodAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    proxy_id: typing.Optional[builtins.str] = None,
    running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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

def _typecheckingstub__374a896984182577005d73e2941203057dd1b9788aac357061cec0f7770f58eb(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b49c2a94c05b5c43c4307a0e512c0f99c387570715b31f9fe669a33770e8de30(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetContainer, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b3849785dc4795ec09a93a1637f190422bc6d3185f7b5886763f7788be00c61(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b761268468a274a962ab8ff5da9c6f9c8928a7690f31e4b996a35264e9a48105(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__213d1bd0d3dd171bbf7b1daef5602375bf52ddc51498a23f61eb3a0ff54b4ba1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2af5f35c262a7ed79fce997493691e3d4008340d0cdd1698fdfdc7684e075650(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a5ec6af6a24db01957567d282f2cbf4e00860e12be77675c0d248f26fec1f99(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da7d63ce662145a9fac96a9125c490668d0e89f772d8723bf3eb31114ad9e0fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fdcd5e1292a7ed77f80be1c559ecab65d377b86079c5054e77bbeeb7177ae83(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e3f8fda730197b294efb9e3fce484ce8c3cf155d886b5c5e8a7627fad87e290(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65b05014c1a2e6fe362b0af94a0083e5b1834576e5faf09291f4e21db722952a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3555b862e8fc1b2873f18b000424b52fb69d7878a21835a785c8e62262b84c2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a011c83654b490ab5b810b80cc4c07679584292f59cc5944acd163c9e5baf75(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3460535ec5186eed8c15b418b77fe631e6d3d6f96fb1b715f9a637907c598a5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f96dc8c85b3d6509da219b6218595109200a459b46f2584f2c96d1dcb879cb3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__862aeff1fb1d11bb8f601c8845ab7e3e0cdc0dfe33342a4ade76dbf8b590cab2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8907b7262688565cecd9538645846626eba7b6206f52e565f571593aa557de19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c7c75137ddedc7ac4f7aaea8f84b65e4871fe2ce3ff38faad2f6d68f906fbce(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8de228871bf05ff4a0bb5fde549f99e38a05e5620d4c08acc9d051517d762c0c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4eae47f33c40be62f43c34249b7aceb066b56cab14c530f67dc5cc4090334dd0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ce3971ca0d487c203e889cd0c28938bc793cfc38e9152392debf4d1c19253f7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56370d256b8cba4fca8a69e0ca6a09fb735fd41ca03eddff95e34d0f7a58c25a(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b49eeeb458d87b3859869b2d487ecd87c22fd41fdb77adf8ba2009c1bd3693c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88d410abd4c798f216f4db67ac74d6ec129059112516db52523de6d52b06c6e9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf350dd55e1578d185f9406750f4749c77aa389b1afaa0bf5cbc192ae844e9cb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5dd0606b4017bca23103300e83393250285afcc09484770eabcfbdbfd07757a1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55d78bb8e4e9433b5b2e27fde4a2f1f5cbc6878f2e3b3ea2cf900fc52ee790ad(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b63322cd51b5c10190696a66bf52cd2e1ba4575bfa332e447ec45aededf6b527(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18ae34b216bfc02a8353eef0941317e3d3edf5fbb2de45464283c23f4b2f2c92(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42a64a71d1e4c0af55617203833e961fba98dbc398feba585d67792e9747de4c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5786c50e17fdbd10419c2f463e5ab0856cf6b5a32e08bf8e4c7300a15cb077cc(
    *,
    account_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04ee04837ed23e154eb0e23eb85bd4d24dff34d01aed84e7477fd0aeb20a928e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1628624a6031c2a3ebac48d87aa7d0cc33db39908cbc1aedda457284fa5e4ce5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d99a536c8d241b35540c02a910bc95dfa27626b958015cc97211ceb9839ca969(
    value: typing.Optional[KubernetesClusterDeploymentTargetAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9b0fbd1f9b1460c00a5dd2ac195d5d32f1f5a083808b316eb56b6789318f919(
    *,
    account_id: builtins.str,
    cluster_name: builtins.str,
    assumed_role_arn: typing.Optional[builtins.str] = None,
    assumed_role_session: typing.Optional[builtins.str] = None,
    assume_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    assume_role_external_id: typing.Optional[builtins.str] = None,
    assume_role_session_duration: typing.Optional[jsii.Number] = None,
    use_instance_role: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__347bc4a8847ae5bcebf46052e49e28c753ae297c8634535ebc5abde09e82bcd6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83df891efbf1ef66269474a1c23451d27327b1029a8b7f69693e2cee614707b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c807c8ee9127d00e5eaed27b6d62204922cd502c80afc9a86685ce1b01bde52f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75105bb9a0fda6650847ca66d19e1becffa46a5b899e5db793660f22adb933ee(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b59c96994e085d2dbbfb2edcdc28e92c61f5123dc808447744f195d19bb9435d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76dca4cb9d3198cb082c408559e927604406b7f307b66e0ca523a61dad39a616(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8f5778d8c2b9192bf7ba36e5d5ece5ce45eb185c0d7482858a4099264e6780c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5758c5cb2267d0374d06d62e0bc598cca05a2a47b29fc3cd5faada9161e1be2d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d9ec18db0fc58e4c8aa4205a54437d6389b8921e06d17a6ecccc63a8e10523b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1602ce6c63527db64c6e167a00b88ddc29e9bcdf3f52d09400eeb6a4f7db5320(
    value: typing.Optional[KubernetesClusterDeploymentTargetAwsAccountAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__859d53577c05d7e5d78031e9c4b7913afd9fa3a1a289fc422903f9aa2adb4aed(
    *,
    account_id: builtins.str,
    cluster_name: builtins.str,
    cluster_resource_group: builtins.str,
    admin_login: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__846323a4df6ed3817a58d092c8c400370a09ef5163cf4dab40f8db97d6404eb4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0483a6f8fe6e846606d1b0645d16be1f97d29934941d9bddb510737d20162f73(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4a26724935bee271531964c2b4222629098312e28fe50908fa3376986baae62(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb909fc33a87dec045ecac4543a525498b8c57f271a37bb827ee7fcefb57c837(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__46013a49baf8c67a30daba996d5f28338d23c0ed59e9dc4caa65191617075199(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ef249c15bfda2662ae9ab97395e6babafaaec7990ba9d97964fa24c09dbee3c(
    value: typing.Optional[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__480b5120760f355c9bcb38025eee7041100e5e9b5c95671207338ff07ef14a47(
    *,
    client_certificate: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d1d35a9640975163275cc2fc3f75c8ac361f83d058c03c14a493fa866a41565(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__211bf37b9f7f74859f3fb07ed6fb9a1fae7d5cc404bf6246e9ba950383092411(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__572ab1aaf633e3c876968484eaf31c9f74784ed7cc090ca5968e8daaee107588(
    value: typing.Optional[KubernetesClusterDeploymentTargetCertificateAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__854587315b76f27994458545c0cb994f90ea184013553856336a07c8bd077c30(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    cluster_url: builtins.str,
    environments: typing.Sequence[builtins.str],
    name: builtins.str,
    roles: typing.Sequence[builtins.str],
    authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    aws_account_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAwsAccountAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_service_principal_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetAzureServicePrincipalAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetCertificateAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    cluster_certificate: typing.Optional[builtins.str] = None,
    cluster_certificate_path: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetContainer, typing.Dict[builtins.str, typing.Any]]]]] = None,
    container_options: typing.Optional[builtins.str] = None,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    endpoint: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpoint, typing.Dict[builtins.str, typing.Any]]]]] = None,
    gcp_account_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetGcpAccountAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    health_status: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    machine_policy_id: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    operating_system: typing.Optional[builtins.str] = None,
    pod_authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetPodAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    proxy_id: typing.Optional[builtins.str] = None,
    running_in_container: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    shell_name: typing.Optional[builtins.str] = None,
    shell_version: typing.Optional[builtins.str] = None,
    skip_tls_verification: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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

def _typecheckingstub__1564f4de2a8d420185366ae3b168749ce08ff43d49d1e254cd06597ca71e5db2(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0098964cdb59a1b11d8aa38525bb493fac74a2749bd21955eba0b3b638beeb36(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63709aa21ffa80f83f5d881d59bb12cb0ce2ff50c29c567a5aea80898af8c70a(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db74ffdf881cb194cccd0d0987cc1813526fe36b54388445f6f3aeaa5d607431(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c84ba3121a86dac6e7d17035d6c5f8d283a33d9ffbdafcf66d71dc9dac90b42(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37cdb44b795311daeb603fbc89af33f39a36b79f3776c29f81d422ea301d418b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d17ebb0ccc2f08c0b6d5e2a68c9d32759ebfeb1882e5a1a1342cfb701c5f2333(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetContainer]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f115413e385f1443ecacd3fb83cbce3d3eadde8a3563a1a51ee9c3d95992b0e2(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83239a49da3a2c13f2e7f5c9fbcab66c210f3b032da7c66aaa1a96b03d130f9b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4eedd44c24d510d545132bcf703fb9b021b815ee77c6d00ef4bbbd5f8d6e434b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__498f190050f979d9862c536936f7c27750021375d30f96efed91a8ef847fbda9(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b29673b045d51ff87380f0c74f4d3bf7f672884b37ca74b477db931a3839fae3(
    *,
    communication_style: builtins.str,
    aad_client_credential_secret: typing.Optional[builtins.str] = None,
    aad_credential_type: typing.Optional[builtins.str] = None,
    aad_user_credential_username: typing.Optional[builtins.str] = None,
    account_id: typing.Optional[builtins.str] = None,
    applications_directory: typing.Optional[builtins.str] = None,
    authentication: typing.Optional[typing.Union[KubernetesClusterDeploymentTargetEndpointAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    certificate_signature_algorithm: typing.Optional[builtins.str] = None,
    certificate_store_location: typing.Optional[builtins.str] = None,
    certificate_store_name: typing.Optional[builtins.str] = None,
    client_certificate_variable: typing.Optional[builtins.str] = None,
    cloud_service_name: typing.Optional[builtins.str] = None,
    cluster_certificate: typing.Optional[builtins.str] = None,
    cluster_certificate_path: typing.Optional[builtins.str] = None,
    cluster_url: typing.Optional[builtins.str] = None,
    connection_endpoint: typing.Optional[builtins.str] = None,
    container: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]]] = None,
    container_options: typing.Optional[builtins.str] = None,
    default_worker_pool_id: typing.Optional[builtins.str] = None,
    destination: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]]] = None,
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
    tentacle_version_details: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    use_current_instance_count: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    web_app_name: typing.Optional[builtins.str] = None,
    web_app_slot_name: typing.Optional[builtins.str] = None,
    working_directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b38cf52f657c2a0bfa1b66333d5a5b9d1bde1b74ddcd0336abe6e61b890d71b7(
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

def _typecheckingstub__1bce6d1398cc7adcaf844ad6d4cbb1b1717c05ce05d407e739f0c7a88723f367(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e512bcc90a6f70935627e5fc1d2b39f9638a485123262fe1ae7cbfc29522c42(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5aae9c473c305ae6dd0255f5bc60a1b52d14a894cb61c3bcb16068771f77c800(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f122ea0c36dd325065070db26a102f7704074988e1f9a2a5cd17752e4f38757e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35e8c05f9b009ab054dd3af8189220def3d2e0d7c88412c76319f61dd9fa87ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0d2ee43a3dace2ff6aef66d5b010ca5f4df92a1bc8bd83d714c61413edc0c84(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcb9d3c5de35d8c1f938516f8b6fb4460dd9b1ae91f4a722b56d8597028e0acf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9771c0bdc2ee8592db983649fc837571f4da5c5e59556f22a7e5cb555307f608(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a95015cf93d9d9c4c66808e739eb09806f68682592c4100456af186d722bcdb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bec3ba8da90df6a945cbc52f97762ad52c28c880f1150e85432f17349edcf72(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6113b612ae117e7c58ae0368580fa23327205af947c695e3ac65e9bd117eaf18(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2da45ff307dbcc44ac9ee8c0208140f7cbf02ba1fa55e628ef4c9e666ae13b0d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b61151a8d0255421736f2d0e28889232e43ef2ae0fdf476b9228b4d5052023d(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__318b0e850f3e5ce9bb9041c7d2ba0ca8542d85a74e62747e8c2026ce090612e3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab36b34d68f1a5ce557966aa6e82eb2d518d51f0aa9f9ca47dd6e8e9c62e8c64(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84423b0432d9cc93e1bf4b793e1ee0ef217369c612ce8cffeeb6a660f2fe63dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0658c54021b5964133fb3d0e0ca37732b26b3801f8781b8cb2da74cc1f6cf7a9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a71c1ab86c4dab396fe6deb0d49a07a0f7fa4def90af242bf0bb461f72e9f25(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09328c70c8706362eb3e5b7d2884e9fa48bf8979a67ec46d83f9d212e986a216(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__519e0ef4872e6efcc51aad224a65fc7fc907722aca08a499f89a4bbc94c98da7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cd410a141d579407cae0e303766d91ba5caf7666ffa00bd85ff50b29aef29b4(
    value: typing.Optional[KubernetesClusterDeploymentTargetEndpointAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13de89c71b4bacc7278a00a37dd0accc44a571e3fd26d34405d3cab3ba0e0c30(
    *,
    feed_id: typing.Optional[builtins.str] = None,
    image: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b63378f3858771de638ae58ee2c3ce0a3436d974343739eeaf408d0a6ae3f6f8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e672aaad1b0bf35415a08fad37ee12cfb7a7d7d7c9a1b0106caa801684bcdadb(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf8e3d94e1264bd3ff5520f762c2cf7579c30c955586f5aec61c7ac2468a7555(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b49089a67557c941bcadee36f5c2a3d474f50b4b823155f001ac74c113cf7b7e(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8adbacb57e0ed531e04be8f781805ebfef3a01f1dd2b8430c63b3b2706b5f152(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0507b84e97f55b2b56d8467139485ad958d9b2c0c27660e8c30a67a809ae4dbb(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointContainer]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a040b2767cb669577aa33f2a1a5ac9b56060de6812e893e7d91b93957ffc9ea(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c219e5d7ec5e2de97a567567c6d21c31923efd4a52bdcc9624d3faf8ed6cb08(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51f6771ffb57175462c4e09910a244e1803025ca45928b8c98da253e88918827(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e244afb3f963f386c888f93b50d88118827d3c752cc267996ab98f28f8bb82a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointContainer]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ef09bf13e176f7fbd1ca8ecafa36ec8bdce55c7999afee7bbcd67bab5baf827(
    *,
    destination_type: typing.Optional[builtins.str] = None,
    drop_folder_path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce15c24e99efa036e4217e2531e3c68cadd15004145137d2c42927f00fe620e1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3d046c3e34db5e8e0d401aaec8bee03b4f5d878c497d1b4e8d747eb49366697(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a0a145860dd9b302ac4f8af76efd59959845046a57cd60b92bdde28a0f3bc70(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d5240dc962abc56399a97bdf21776dc59136bf07d81cdb0bbc5ea783ec70f85(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1deb122a22b3e3744b2539410bb8b88040d5cdfe68c9a6bcce18de7b9b21aed(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a88ad506de9866129b31e33b28261f6e7d7977558244409eb55c1625065d9cc(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointDestination]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9f59ccc33c86752cc7c16d172aaab79a267bdd829ac113912dfdd36f8628098(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b58dfae3885d233b7748fe438500bd000627a83248a6f7f09120787c878859e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4376a5a5700332878f3f18fceac16d5f8e5accbe435ce639433b1a96a508c215(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab133731578b59d44def24bc004534b891db3365f2abc3f7566b331135a2585e(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointDestination]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4740fd1cb0c0b3b28a69cb0935c0f32ebd34b1f1315f8d24224b405c56c3c722(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__895a38823542eaca59e0cce263a528ebbd30374102c97cda40f982479fde9764(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ee027248b72f518e53ca637aa4ee96fb20a29b16d2bb97a9cf57cd1bf5c1e8f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bc636b0b53b779e3ca1ae6a8d62d1b0b60ed620ccd3d91a29d3450650f6e666(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb4c2853cf91fc56ad014033fded605acd0ed08d9aeb1b5519123264c68d8602(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29e0bbdf5fa7e20a0e85efa18137b1567f0b5ecd5f109dac751f1afea72779b0(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpoint]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bf7342c52ced7723ab68782d144633ebe797bbff4b79bc188730dda9cff6c64(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66433c5a20d584a95446eed7acac4706b088303bdc3f9b6533805b1f94d965ff(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointContainer, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a1acf56aa703511f8b1d211aae67804e2fceaa49194e5e32b9f8f4a58117d4f(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointDestination, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a9dfa1b3acba5225f9600d057b25ce63e42f4c63cd8f05da0cd05de2cfd68b6(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bebe333a6467fddd70fb05a7777d7fad6315cff45ee027af15cc3b0c49a2bf6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd0965ffbc3db678d534735c494ea8485e6124cbc01a38e7149c9040ef9420ef(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26e6da25cdd4a1197c5eb9d7be2bcc5c2ec51e79c52cc517b8b2e60339c8079f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49237dd8c4bdf991f2605b2b108a1dc29e94455ffa63a82b4de10f458466e0f2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b61d7acdb9c0b0e836bf8df7fe0598d4a8b0ea416a132f61873be19248bb361(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__631d052ca26980dd0c95a18527377d7c45ff88bc7869d11b742e08ffba4888af(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bf0aa985762d4de69174e322d944a7b599ec066e89ddb06a0998305f5da50e46(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ea5e38c60e6841071ed066c03255765659abf600723e51d051d80e5b1472ecb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20e5b10951bce1ed522a786f637ce78c9f9fd2d72ebf58fe510ba0d491bee02b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7443366f36182620c0a3b5512589bedc3bc1724192b78daac779ce54be1e9ed7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a16a8cab7db55169296ad457d3c649a5ad532bcfe2b9c244b765bb0cf1c91fbc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f2c0473257906be6ccadcf586bc66efd961fcb6f35ffffcb8997f89acdd608b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bf36727cc2cfa37f2f23e78647837698f41bf09e7afc17bccee5eef87257e8c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__543ce7b9b3d5ba22d070ae90ea64e3c017ba4cd6f079f920615a5de634fb4f02(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16c4dbb2e02855c9fff4c7f7b65a30b0d7a37be041c77d7031e61df73d1b2dbf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00f1199841db0d61a955074df61a650462922639766760dc0a68f60ce2e0bf9e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9fd1a69b60b771f00ab8d80b8ea23d347027d1a53b5125a3651e6842c19a405(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__786c49b5dec7b29e686d4476e51a853c6ed0f130495ce6de6012044a5d7984e4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8afdb54c7937d35b034d8d469f66dc5fffdccfee51112b7af728bbbff0a89bbf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3e17011a987ca73703d0927d70b49869c2bd0ca091538307be9acf3dfacd806(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53692d2898c76b54805c35ee8f43f77dc562add4e8af0d1b5d01f1b9293398e8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__529f1e7e8d1611cb7718ad7be165f4c1d572b53cb8401cd44c9916ddc1eaf11a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07b46b1a4f9422a0c714848a3c85c496b839def95d136f56cc664c20467f37d6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bd4c344c94596b41325be58c7e07a5c433457e31492d68eefe02b41c44dd2f9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c093f9fdeeeb88f1ff47fceef35ce02dd1d54e64b13902f212252416fd5c0ec4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0b66341a3c6f010cc37f430d38263ca6a11b1a229fb54b30da9d0a0d9d31438(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2215f60a931e6c42031f206326df44bb56a0294bda5c98e9445890b6d1bd66b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3356bade678bc916c992c05decdef044000a729b3be49a174bbc9cc62df716a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08a08b60c1ba623c1a5bb3cde98fded5dc6574eec50029b8d957ecca6e5e46e2(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54871d19cd86a161000eee652e3c9602325a9490acb39c01ff2f9f4658ab73c0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f37152611a7560658cc6093f0537b5145dfddaeba7f4996156e794d85f70cae1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64dbb3e0b50cfecaf3cfc4c8d03a49f3441302f43ba70e2982205473b58a07e7(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e017efc42c737f22c99ca7261bf100a76ce6e4cc974efb04bd6ec38a274c2210(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfc7423c032210e47e1d96c54bebfba66de19cdfd085b0d8a82b9f571ae4f7c2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ceedc2b2bebedcf41ba7e5fce967f84466780209d7512289b5164ec0a1ba6b80(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c89de04119fefb24be7202b3a539bc2533057650e31dc89d2fc7014f94b53fd1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed6f53e243c5cc6226298a863b0a2592e75fe788940a55973cdffd53370fcf83(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b48d169eae9aa345f511df0d33ee7bb14288622813c5bc7ffc3b76d7d02a3fa1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14eed539bdc5ddcd4da1355415b9a4c2c8d7191252f00da95080adb9e2283bdc(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpoint]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6428c03ac194337c888c053016c9e6f8a6a4012dc8b2d24a0ab6b09cc09721e(
    *,
    upgrade_locked: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_required: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    upgrade_suggested: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b348d19cb07a12ea0c41ea49125617a489cfe4ea8230e63d58f0e419abd842c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5c595a81ed1f59a19146c6d8e6aa31cd73be66127ed17bbf340c7186113a399(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65c3766c1dfc70858f99f6df0b7b5bae0e2e429876980a6c35bed28935588ab9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b480a586b425fb13b2182a4f35337d3ae8f3f537a1189d9fc2734101874d6188(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cde6e6705dcd8c8df6ce1a1a9526f7afa550ee4855ba64b9305815d5acaa9c3(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1ce8bd20b48770c11e36c55f18fab54b2ba209f2cd1f48c32e3497511c74c7c(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8616756d51edd58c358b741fa515c6ca58aa4d32b8839bec6513b917405dc22(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00e0bf9156c94e8bc2294e9bcb8ac95144c8d74f12ee5f01cf55622db3c3c540(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b184e33976c3b13853bc842e8ec45f36ad9f906c5b4a3a53c1d40df5d516706(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e96422bd363c0f48dad7073cb0912586dc82a0707f770e274af03f59b1a1a3d8(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29b08d4ddc1de9713f747f3ccd0d19c7586cea80f249fd8f50eb277961f9fda4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2152a852201857252ef4d9917bcf2b9129317f09de8dd8f39a153255d3973e23(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, KubernetesClusterDeploymentTargetEndpointTentacleVersionDetails]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e688a263bffe76d6bde1682e77ca681a76c57d4d3770146cadefb438481b3228(
    *,
    account_id: builtins.str,
    cluster_name: builtins.str,
    project: builtins.str,
    impersonate_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    region: typing.Optional[builtins.str] = None,
    service_account_emails: typing.Optional[builtins.str] = None,
    use_vm_service_account: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a81346870b0926a5cad8dbec50c2678376d88b6c8e4b96748a9f45539320daff(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fc35ef8a362be62fc9dd69b801e38c54f6615967beefb3279fbc102a22d77af(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fe479e22368fadd4b20befc5ff2b69d94fb7638dad08b239416b83e963090c3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc0d50ad1e86b3a15a8a2db62b6caf630b074f687496a8efaca9ee696e37defc(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa554272249f53be04d649f763c72c380a609169318a29ed7fb306776301d7be(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6149f650ed66af484da3f11d1a5a8999698c48a3ef146c4fd08950b738e9b7f3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cc60d0f7a36ba1e3e29b7c61f7370a127fec64b07280f68ae64a87419083e6b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88f26b7cee50c4c14897e24ee3096b4861910e8322f2e97e17d5549c39daaaf5(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d91f6c45acebf1ae46ec5308727ab2c5f81ccd17b9ce9ab536b59b3b8141f766(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aaa0d791db7b001f145bef74ac0299f76d64cde5239bedbe7aebf828dae27a97(
    value: typing.Optional[KubernetesClusterDeploymentTargetGcpAccountAuthentication],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__076f42f20f7f44d836f6e344c3a22c08a4f438e5f5840918edcadc157a2c784b(
    *,
    token_path: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3c51bb871c654ea52fa2a826d95182941433a305d5f3dacf23124d2af991222(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6535d570e19c331b1d5f5dd648b1197e4c995ea51e9aac6480eb35a9f5d46b7e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3d1d1641de44091c48cbe961164c50025ef27491e82f735932206d7f61a1904(
    value: typing.Optional[KubernetesClusterDeploymentTargetPodAuthentication],
) -> None:
    """Type checking stubs"""
    pass
