r'''
# `octopusdeploy_gcs_storage_feed`

Refer to the Terraform Registry for docs: [`octopusdeploy_gcs_storage_feed`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed).
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


class GcsStorageFeed(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.gcsStorageFeed.GcsStorageFeed",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed octopusdeploy_gcs_storage_feed}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        download_attempts: typing.Optional[jsii.Number] = None,
        download_retry_backoff_seconds: typing.Optional[jsii.Number] = None,
        oidc_authentication: typing.Optional[typing.Union["GcsStorageFeedOidcAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        project: typing.Optional[builtins.str] = None,
        service_account_json_key: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        use_service_account_key: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed octopusdeploy_gcs_storage_feed} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#name GcsStorageFeed#name}
        :param download_attempts: The number of times a deployment should attempt to download a package from this feed before failing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#download_attempts GcsStorageFeed#download_attempts}
        :param download_retry_backoff_seconds: The number of seconds to apply as a linear back off between download attempts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#download_retry_backoff_seconds GcsStorageFeed#download_retry_backoff_seconds}
        :param oidc_authentication: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#oidc_authentication GcsStorageFeed#oidc_authentication}.
        :param project: The GCP project ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#project GcsStorageFeed#project}
        :param service_account_json_key: The GCP service account JSON key content. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#service_account_json_key GcsStorageFeed#service_account_json_key}
        :param space_id: The space ID associated with this GCS storage feed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#space_id GcsStorageFeed#space_id}
        :param use_service_account_key: Whether to use a service account key for authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#use_service_account_key GcsStorageFeed#use_service_account_key}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__711ab96bf2ba26d9808a61edc991e8b2deb43dc3a016d043cddb5d05d12395fa)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = GcsStorageFeedConfig(
            name=name,
            download_attempts=download_attempts,
            download_retry_backoff_seconds=download_retry_backoff_seconds,
            oidc_authentication=oidc_authentication,
            project=project,
            service_account_json_key=service_account_json_key,
            space_id=space_id,
            use_service_account_key=use_service_account_key,
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
        '''Generates CDKTF code for importing a GcsStorageFeed resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the GcsStorageFeed to import.
        :param import_from_id: The id of the existing GcsStorageFeed that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the GcsStorageFeed to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0f3fb2ff27a8bf3471dcb0b2b18f5780c6bab2f4fdff9cd1f8d4475b57e868ab)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putOidcAuthentication")
    def put_oidc_authentication(
        self,
        *,
        audience: typing.Optional[builtins.str] = None,
        subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param audience: Audience for OIDC token. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#audience GcsStorageFeed#audience}
        :param subject_keys: Keys to include in a deployment or runbook. Valid options are space, feed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#subject_keys GcsStorageFeed#subject_keys}
        '''
        value = GcsStorageFeedOidcAuthentication(
            audience=audience, subject_keys=subject_keys
        )

        return typing.cast(None, jsii.invoke(self, "putOidcAuthentication", [value]))

    @jsii.member(jsii_name="resetDownloadAttempts")
    def reset_download_attempts(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDownloadAttempts", []))

    @jsii.member(jsii_name="resetDownloadRetryBackoffSeconds")
    def reset_download_retry_backoff_seconds(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDownloadRetryBackoffSeconds", []))

    @jsii.member(jsii_name="resetOidcAuthentication")
    def reset_oidc_authentication(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOidcAuthentication", []))

    @jsii.member(jsii_name="resetProject")
    def reset_project(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProject", []))

    @jsii.member(jsii_name="resetServiceAccountJsonKey")
    def reset_service_account_json_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServiceAccountJsonKey", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetUseServiceAccountKey")
    def reset_use_service_account_key(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseServiceAccountKey", []))

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
    @jsii.member(jsii_name="oidcAuthentication")
    def oidc_authentication(self) -> "GcsStorageFeedOidcAuthenticationOutputReference":
        return typing.cast("GcsStorageFeedOidcAuthenticationOutputReference", jsii.get(self, "oidcAuthentication"))

    @builtins.property
    @jsii.member(jsii_name="downloadAttemptsInput")
    def download_attempts_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "downloadAttemptsInput"))

    @builtins.property
    @jsii.member(jsii_name="downloadRetryBackoffSecondsInput")
    def download_retry_backoff_seconds_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "downloadRetryBackoffSecondsInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="oidcAuthenticationInput")
    def oidc_authentication_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "GcsStorageFeedOidcAuthentication"]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, "GcsStorageFeedOidcAuthentication"]], jsii.get(self, "oidcAuthenticationInput"))

    @builtins.property
    @jsii.member(jsii_name="projectInput")
    def project_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectInput"))

    @builtins.property
    @jsii.member(jsii_name="serviceAccountJsonKeyInput")
    def service_account_json_key_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serviceAccountJsonKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="useServiceAccountKeyInput")
    def use_service_account_key_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useServiceAccountKeyInput"))

    @builtins.property
    @jsii.member(jsii_name="downloadAttempts")
    def download_attempts(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "downloadAttempts"))

    @download_attempts.setter
    def download_attempts(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4dccd336a76db2f10bb292a0fa4f1bf058fd9d3f4a5126d5655bc4bbf77b6f64)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "downloadAttempts", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="downloadRetryBackoffSeconds")
    def download_retry_backoff_seconds(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "downloadRetryBackoffSeconds"))

    @download_retry_backoff_seconds.setter
    def download_retry_backoff_seconds(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b358ee42560d5f58f844b5c9fc9a7e8480c38035fd78f82add170da9f3970574)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "downloadRetryBackoffSeconds", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e51d4e2af333961bb6fbf38be86901e79e3b3540ef50a4d986f408df372ed281)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="project")
    def project(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "project"))

    @project.setter
    def project(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d3b415ff84a725829f7835e837a48282c9078aa29eb539008bc5645b214d4e07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "project", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceAccountJsonKey")
    def service_account_json_key(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceAccountJsonKey"))

    @service_account_json_key.setter
    def service_account_json_key(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ee14c49fb65070718867e57a86d4d0af980de69d8716149f6e806279172476c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceAccountJsonKey", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22ffa2eb9b20d6410b1359430c2d4b37ee316010d1025b9f6351d325625af0d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useServiceAccountKey")
    def use_service_account_key(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useServiceAccountKey"))

    @use_service_account_key.setter
    def use_service_account_key(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__218b00eedd778a455be15cad7adc43933cac239206f32d1dfa2d04b7e17bd8b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useServiceAccountKey", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.gcsStorageFeed.GcsStorageFeedConfig",
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
        "download_attempts": "downloadAttempts",
        "download_retry_backoff_seconds": "downloadRetryBackoffSeconds",
        "oidc_authentication": "oidcAuthentication",
        "project": "project",
        "service_account_json_key": "serviceAccountJsonKey",
        "space_id": "spaceId",
        "use_service_account_key": "useServiceAccountKey",
    },
)
class GcsStorageFeedConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        download_attempts: typing.Optional[jsii.Number] = None,
        download_retry_backoff_seconds: typing.Optional[jsii.Number] = None,
        oidc_authentication: typing.Optional[typing.Union["GcsStorageFeedOidcAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        project: typing.Optional[builtins.str] = None,
        service_account_json_key: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        use_service_account_key: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#name GcsStorageFeed#name}
        :param download_attempts: The number of times a deployment should attempt to download a package from this feed before failing. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#download_attempts GcsStorageFeed#download_attempts}
        :param download_retry_backoff_seconds: The number of seconds to apply as a linear back off between download attempts. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#download_retry_backoff_seconds GcsStorageFeed#download_retry_backoff_seconds}
        :param oidc_authentication: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#oidc_authentication GcsStorageFeed#oidc_authentication}.
        :param project: The GCP project ID. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#project GcsStorageFeed#project}
        :param service_account_json_key: The GCP service account JSON key content. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#service_account_json_key GcsStorageFeed#service_account_json_key}
        :param space_id: The space ID associated with this GCS storage feed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#space_id GcsStorageFeed#space_id}
        :param use_service_account_key: Whether to use a service account key for authentication. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#use_service_account_key GcsStorageFeed#use_service_account_key}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(oidc_authentication, dict):
            oidc_authentication = GcsStorageFeedOidcAuthentication(**oidc_authentication)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e65a970c7fe05d507ceae11e9791ba2851c8880b03192d7a5490bed9fd1d166f)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument download_attempts", value=download_attempts, expected_type=type_hints["download_attempts"])
            check_type(argname="argument download_retry_backoff_seconds", value=download_retry_backoff_seconds, expected_type=type_hints["download_retry_backoff_seconds"])
            check_type(argname="argument oidc_authentication", value=oidc_authentication, expected_type=type_hints["oidc_authentication"])
            check_type(argname="argument project", value=project, expected_type=type_hints["project"])
            check_type(argname="argument service_account_json_key", value=service_account_json_key, expected_type=type_hints["service_account_json_key"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument use_service_account_key", value=use_service_account_key, expected_type=type_hints["use_service_account_key"])
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
        if download_attempts is not None:
            self._values["download_attempts"] = download_attempts
        if download_retry_backoff_seconds is not None:
            self._values["download_retry_backoff_seconds"] = download_retry_backoff_seconds
        if oidc_authentication is not None:
            self._values["oidc_authentication"] = oidc_authentication
        if project is not None:
            self._values["project"] = project
        if service_account_json_key is not None:
            self._values["service_account_json_key"] = service_account_json_key
        if space_id is not None:
            self._values["space_id"] = space_id
        if use_service_account_key is not None:
            self._values["use_service_account_key"] = use_service_account_key

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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#name GcsStorageFeed#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def download_attempts(self) -> typing.Optional[jsii.Number]:
        '''The number of times a deployment should attempt to download a package from this feed before failing.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#download_attempts GcsStorageFeed#download_attempts}
        '''
        result = self._values.get("download_attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def download_retry_backoff_seconds(self) -> typing.Optional[jsii.Number]:
        '''The number of seconds to apply as a linear back off between download attempts.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#download_retry_backoff_seconds GcsStorageFeed#download_retry_backoff_seconds}
        '''
        result = self._values.get("download_retry_backoff_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def oidc_authentication(
        self,
    ) -> typing.Optional["GcsStorageFeedOidcAuthentication"]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#oidc_authentication GcsStorageFeed#oidc_authentication}.'''
        result = self._values.get("oidc_authentication")
        return typing.cast(typing.Optional["GcsStorageFeedOidcAuthentication"], result)

    @builtins.property
    def project(self) -> typing.Optional[builtins.str]:
        '''The GCP project ID.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#project GcsStorageFeed#project}
        '''
        result = self._values.get("project")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_json_key(self) -> typing.Optional[builtins.str]:
        '''The GCP service account JSON key content.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#service_account_json_key GcsStorageFeed#service_account_json_key}
        '''
        result = self._values.get("service_account_json_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this GCS storage feed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#space_id GcsStorageFeed#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_service_account_key(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether to use a service account key for authentication.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#use_service_account_key GcsStorageFeed#use_service_account_key}
        '''
        result = self._values.get("use_service_account_key")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcsStorageFeedConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.gcsStorageFeed.GcsStorageFeedOidcAuthentication",
    jsii_struct_bases=[],
    name_mapping={"audience": "audience", "subject_keys": "subjectKeys"},
)
class GcsStorageFeedOidcAuthentication:
    def __init__(
        self,
        *,
        audience: typing.Optional[builtins.str] = None,
        subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param audience: Audience for OIDC token. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#audience GcsStorageFeed#audience}
        :param subject_keys: Keys to include in a deployment or runbook. Valid options are space, feed. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#subject_keys GcsStorageFeed#subject_keys}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d1adaa9297d4a075d678c88740a1009b3be4eca2f549358e4d87b14ec613fd8)
            check_type(argname="argument audience", value=audience, expected_type=type_hints["audience"])
            check_type(argname="argument subject_keys", value=subject_keys, expected_type=type_hints["subject_keys"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if audience is not None:
            self._values["audience"] = audience
        if subject_keys is not None:
            self._values["subject_keys"] = subject_keys

    @builtins.property
    def audience(self) -> typing.Optional[builtins.str]:
        '''Audience for OIDC token.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#audience GcsStorageFeed#audience}
        '''
        result = self._values.get("audience")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subject_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Keys to include in a deployment or runbook. Valid options are space, feed.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/gcs_storage_feed#subject_keys GcsStorageFeed#subject_keys}
        '''
        result = self._values.get("subject_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcsStorageFeedOidcAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class GcsStorageFeedOidcAuthenticationOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.gcsStorageFeed.GcsStorageFeedOidcAuthenticationOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f71278e4135a00a18eb2fcfd932830c3cfde7de01a5ab85ba92603e39e674819)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetAudience")
    def reset_audience(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAudience", []))

    @jsii.member(jsii_name="resetSubjectKeys")
    def reset_subject_keys(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSubjectKeys", []))

    @builtins.property
    @jsii.member(jsii_name="audienceInput")
    def audience_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "audienceInput"))

    @builtins.property
    @jsii.member(jsii_name="subjectKeysInput")
    def subject_keys_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "subjectKeysInput"))

    @builtins.property
    @jsii.member(jsii_name="audience")
    def audience(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "audience"))

    @audience.setter
    def audience(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a83223cc017ad102cc99b1e5c3071805522f6a1b7d5ba898a64a0029ae6810c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "audience", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="subjectKeys")
    def subject_keys(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "subjectKeys"))

    @subject_keys.setter
    def subject_keys(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c0940e77eb2aa310371767e9ec2126d0c7d5e5f57b159d974f4b0bcaede5743)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "subjectKeys", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GcsStorageFeedOidcAuthentication]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GcsStorageFeedOidcAuthentication]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GcsStorageFeedOidcAuthentication]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e6227868ac37bce49f8d17f9c47b1f1cad8b6a6407752dcfa09fec8662d53c87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "GcsStorageFeed",
    "GcsStorageFeedConfig",
    "GcsStorageFeedOidcAuthentication",
    "GcsStorageFeedOidcAuthenticationOutputReference",
]

publication.publish()

def _typecheckingstub__711ab96bf2ba26d9808a61edc991e8b2deb43dc3a016d043cddb5d05d12395fa(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    download_attempts: typing.Optional[jsii.Number] = None,
    download_retry_backoff_seconds: typing.Optional[jsii.Number] = None,
    oidc_authentication: typing.Optional[typing.Union[GcsStorageFeedOidcAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    project: typing.Optional[builtins.str] = None,
    service_account_json_key: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    use_service_account_key: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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

def _typecheckingstub__0f3fb2ff27a8bf3471dcb0b2b18f5780c6bab2f4fdff9cd1f8d4475b57e868ab(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4dccd336a76db2f10bb292a0fa4f1bf058fd9d3f4a5126d5655bc4bbf77b6f64(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b358ee42560d5f58f844b5c9fc9a7e8480c38035fd78f82add170da9f3970574(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e51d4e2af333961bb6fbf38be86901e79e3b3540ef50a4d986f408df372ed281(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3b415ff84a725829f7835e837a48282c9078aa29eb539008bc5645b214d4e07(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee14c49fb65070718867e57a86d4d0af980de69d8716149f6e806279172476c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22ffa2eb9b20d6410b1359430c2d4b37ee316010d1025b9f6351d325625af0d1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__218b00eedd778a455be15cad7adc43933cac239206f32d1dfa2d04b7e17bd8b6(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e65a970c7fe05d507ceae11e9791ba2851c8880b03192d7a5490bed9fd1d166f(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    download_attempts: typing.Optional[jsii.Number] = None,
    download_retry_backoff_seconds: typing.Optional[jsii.Number] = None,
    oidc_authentication: typing.Optional[typing.Union[GcsStorageFeedOidcAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    project: typing.Optional[builtins.str] = None,
    service_account_json_key: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    use_service_account_key: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d1adaa9297d4a075d678c88740a1009b3be4eca2f549358e4d87b14ec613fd8(
    *,
    audience: typing.Optional[builtins.str] = None,
    subject_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f71278e4135a00a18eb2fcfd932830c3cfde7de01a5ab85ba92603e39e674819(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a83223cc017ad102cc99b1e5c3071805522f6a1b7d5ba898a64a0029ae6810c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c0940e77eb2aa310371767e9ec2126d0c7d5e5f57b159d974f4b0bcaede5743(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6227868ac37bce49f8d17f9c47b1f1cad8b6a6407752dcfa09fec8662d53c87(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, GcsStorageFeedOidcAuthentication]],
) -> None:
    """Type checking stubs"""
    pass
