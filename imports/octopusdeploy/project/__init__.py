r'''
# `octopusdeploy_project`

Refer to the Terraform Registry for docs: [`octopusdeploy_project`](https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project).
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


class Project(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.Project",
):
    '''Represents a {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project octopusdeploy_project}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        lifecycle_id: builtins.str,
        name: builtins.str,
        project_group_id: builtins.str,
        allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        auto_create_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        auto_deploy_release_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectAutoDeployReleaseOverrides", typing.Dict[builtins.str, typing.Any]]]]] = None,
        cloned_from_project_id: typing.Optional[builtins.str] = None,
        connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        default_guided_failure_mode: typing.Optional[builtins.str] = None,
        default_to_skip_if_already_installed: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        deployment_changes_template: typing.Optional[builtins.str] = None,
        deprovisioning_runbook_id: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        git_anonymous_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitAnonymousPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        git_github_app_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitGithubAppPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        git_library_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitLibraryPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        git_username_password_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitUsernamePasswordPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        included_library_variable_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_version_controlled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        jira_service_management_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectJiraServiceManagementExtensionSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        project_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        provisioning_runbook_id: typing.Optional[builtins.str] = None,
        release_creation_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectReleaseCreationStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        release_notes_template: typing.Optional[builtins.str] = None,
        servicenow_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectServicenowExtensionSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        template: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectTemplate", typing.Dict[builtins.str, typing.Any]]]]] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        versioning_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectVersioningStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project octopusdeploy_project} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param lifecycle_id: The lifecycle ID associated with this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#lifecycle_id Project#lifecycle_id}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#name Project#name}
        :param project_group_id: The project group ID associated with this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#project_group_id Project#project_group_id}
        :param allow_deployments_to_no_targets: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#allow_deployments_to_no_targets Project#allow_deployments_to_no_targets}.
        :param auto_create_release: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#auto_create_release Project#auto_create_release}.
        :param auto_deploy_release_overrides: auto_deploy_release_overrides block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#auto_deploy_release_overrides Project#auto_deploy_release_overrides}
        :param cloned_from_project_id: The ID of the project this project was cloned from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#cloned_from_project_id Project#cloned_from_project_id}
        :param connectivity_policy: connectivity_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#connectivity_policy Project#connectivity_policy}
        :param default_guided_failure_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_guided_failure_mode Project#default_guided_failure_mode}.
        :param default_to_skip_if_already_installed: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_to_skip_if_already_installed Project#default_to_skip_if_already_installed}.
        :param deployment_changes_template: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deployment_changes_template Project#deployment_changes_template}.
        :param deprovisioning_runbook_id: The ID of the runbook to run when deprovisioning an ephemeral environment for this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deprovisioning_runbook_id Project#deprovisioning_runbook_id}
        :param description: The description of this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#description Project#description}
        :param discrete_channel_release: Treats releases of different channels to the same environment as a separate deployment dimension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#discrete_channel_release Project#discrete_channel_release}
        :param git_anonymous_persistence_settings: git_anonymous_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_anonymous_persistence_settings Project#git_anonymous_persistence_settings}
        :param git_github_app_persistence_settings: git_github_app_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_github_app_persistence_settings Project#git_github_app_persistence_settings}
        :param git_library_persistence_settings: git_library_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_library_persistence_settings Project#git_library_persistence_settings}
        :param git_username_password_persistence_settings: git_username_password_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_username_password_persistence_settings Project#git_username_password_persistence_settings}
        :param included_library_variable_sets: The list of included library variable set IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#included_library_variable_sets Project#included_library_variable_sets}
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_disabled Project#is_disabled}.
        :param is_discrete_channel_release: Treats releases of different channels to the same environment as a separate deployment dimension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_discrete_channel_release Project#is_discrete_channel_release}
        :param is_version_controlled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_version_controlled Project#is_version_controlled}.
        :param jira_service_management_extension_settings: jira_service_management_extension_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#jira_service_management_extension_settings Project#jira_service_management_extension_settings}
        :param project_tags: A list of project tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#project_tags Project#project_tags}
        :param provisioning_runbook_id: The ID of the runbook to run when provisioning an ephemeral environment for this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#provisioning_runbook_id Project#provisioning_runbook_id}
        :param release_creation_strategy: release_creation_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_creation_strategy Project#release_creation_strategy}
        :param release_notes_template: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_notes_template Project#release_notes_template}.
        :param servicenow_extension_settings: servicenow_extension_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#servicenow_extension_settings Project#servicenow_extension_settings}
        :param slug: A human-readable, unique identifier, used to identify a project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#slug Project#slug}
        :param space_id: The space ID associated with this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#space_id Project#space_id}
        :param template: template block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#template Project#template}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#tenanted_deployment_participation Project#tenanted_deployment_participation}
        :param versioning_strategy: versioning_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#versioning_strategy Project#versioning_strategy}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb32cef877729a28442dad977fdc8b46122b7b1c9a9c90916652b25d27d4dc06)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ProjectConfig(
            lifecycle_id=lifecycle_id,
            name=name,
            project_group_id=project_group_id,
            allow_deployments_to_no_targets=allow_deployments_to_no_targets,
            auto_create_release=auto_create_release,
            auto_deploy_release_overrides=auto_deploy_release_overrides,
            cloned_from_project_id=cloned_from_project_id,
            connectivity_policy=connectivity_policy,
            default_guided_failure_mode=default_guided_failure_mode,
            default_to_skip_if_already_installed=default_to_skip_if_already_installed,
            deployment_changes_template=deployment_changes_template,
            deprovisioning_runbook_id=deprovisioning_runbook_id,
            description=description,
            discrete_channel_release=discrete_channel_release,
            git_anonymous_persistence_settings=git_anonymous_persistence_settings,
            git_github_app_persistence_settings=git_github_app_persistence_settings,
            git_library_persistence_settings=git_library_persistence_settings,
            git_username_password_persistence_settings=git_username_password_persistence_settings,
            included_library_variable_sets=included_library_variable_sets,
            is_disabled=is_disabled,
            is_discrete_channel_release=is_discrete_channel_release,
            is_version_controlled=is_version_controlled,
            jira_service_management_extension_settings=jira_service_management_extension_settings,
            project_tags=project_tags,
            provisioning_runbook_id=provisioning_runbook_id,
            release_creation_strategy=release_creation_strategy,
            release_notes_template=release_notes_template,
            servicenow_extension_settings=servicenow_extension_settings,
            slug=slug,
            space_id=space_id,
            template=template,
            tenanted_deployment_participation=tenanted_deployment_participation,
            versioning_strategy=versioning_strategy,
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
        '''Generates CDKTF code for importing a Project resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Project to import.
        :param import_from_id: The id of the existing Project that should be imported. Refer to the {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Project to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8fbf5201fb903715696e314e11f0a7faa3995e97ccd47f734ad4d7ca012473ac)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putAutoDeployReleaseOverrides")
    def put_auto_deploy_release_overrides(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectAutoDeployReleaseOverrides", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a3c66df279684b6e527248c0580d4269c2eb873bbd04f8f81d8fb881c8aa1afd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putAutoDeployReleaseOverrides", [value]))

    @jsii.member(jsii_name="putConnectivityPolicy")
    def put_connectivity_policy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dc79d29689c7591414f83cb5933fb382d352b90f505e90b753c2297877c6a1a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putConnectivityPolicy", [value]))

    @jsii.member(jsii_name="putGitAnonymousPersistenceSettings")
    def put_git_anonymous_persistence_settings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitAnonymousPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__deaa142656749560fb86eefa6724ddf227dc570833576c05bc91c0733b56da28)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putGitAnonymousPersistenceSettings", [value]))

    @jsii.member(jsii_name="putGitGithubAppPersistenceSettings")
    def put_git_github_app_persistence_settings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitGithubAppPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__256394037d2cfaa39eb8f4f9476fd248317f14a1b124a9d8c9dee7dffdb08c4b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putGitGithubAppPersistenceSettings", [value]))

    @jsii.member(jsii_name="putGitLibraryPersistenceSettings")
    def put_git_library_persistence_settings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitLibraryPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c6dd6146317755f94c6b66c130ef9873e1d52989438d1e6282c8811413cd57a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putGitLibraryPersistenceSettings", [value]))

    @jsii.member(jsii_name="putGitUsernamePasswordPersistenceSettings")
    def put_git_username_password_persistence_settings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitUsernamePasswordPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__711d991500e10e0fd3ef2f45fa8f1e0bc3e93b19628530912d8c4bf8de2b5c67)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putGitUsernamePasswordPersistenceSettings", [value]))

    @jsii.member(jsii_name="putJiraServiceManagementExtensionSettings")
    def put_jira_service_management_extension_settings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectJiraServiceManagementExtensionSettings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a8ccd4fcf952948b76afd72e86a4139978d053cbaef5d4dc9f1d3e752bedf801)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putJiraServiceManagementExtensionSettings", [value]))

    @jsii.member(jsii_name="putReleaseCreationStrategy")
    def put_release_creation_strategy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectReleaseCreationStrategy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5f569d1ce1572b6306adc152052b38373d37ec5b044714d0097e87c37225107)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putReleaseCreationStrategy", [value]))

    @jsii.member(jsii_name="putServicenowExtensionSettings")
    def put_servicenow_extension_settings(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectServicenowExtensionSettings", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1719324ab719c49079df816a0550149c8d931a4558d2c92ca348ec1fed238f2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putServicenowExtensionSettings", [value]))

    @jsii.member(jsii_name="putTemplate")
    def put_template(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectTemplate", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bfb4236586ac8e280364aa549a5f3058d6cebce6d7e1ff10f17ebbb954c265c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putTemplate", [value]))

    @jsii.member(jsii_name="putVersioningStrategy")
    def put_versioning_strategy(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectVersioningStrategy", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d8fea8c5516b3ccf3b41c8ad53b7d4e5f7bab2a452d8ce566dbfff11e18278a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putVersioningStrategy", [value]))

    @jsii.member(jsii_name="resetAllowDeploymentsToNoTargets")
    def reset_allow_deployments_to_no_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowDeploymentsToNoTargets", []))

    @jsii.member(jsii_name="resetAutoCreateRelease")
    def reset_auto_create_release(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoCreateRelease", []))

    @jsii.member(jsii_name="resetAutoDeployReleaseOverrides")
    def reset_auto_deploy_release_overrides(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAutoDeployReleaseOverrides", []))

    @jsii.member(jsii_name="resetClonedFromProjectId")
    def reset_cloned_from_project_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClonedFromProjectId", []))

    @jsii.member(jsii_name="resetConnectivityPolicy")
    def reset_connectivity_policy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetConnectivityPolicy", []))

    @jsii.member(jsii_name="resetDefaultGuidedFailureMode")
    def reset_default_guided_failure_mode(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultGuidedFailureMode", []))

    @jsii.member(jsii_name="resetDefaultToSkipIfAlreadyInstalled")
    def reset_default_to_skip_if_already_installed(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultToSkipIfAlreadyInstalled", []))

    @jsii.member(jsii_name="resetDeploymentChangesTemplate")
    def reset_deployment_changes_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeploymentChangesTemplate", []))

    @jsii.member(jsii_name="resetDeprovisioningRunbookId")
    def reset_deprovisioning_runbook_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeprovisioningRunbookId", []))

    @jsii.member(jsii_name="resetDescription")
    def reset_description(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDescription", []))

    @jsii.member(jsii_name="resetDiscreteChannelRelease")
    def reset_discrete_channel_release(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDiscreteChannelRelease", []))

    @jsii.member(jsii_name="resetGitAnonymousPersistenceSettings")
    def reset_git_anonymous_persistence_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitAnonymousPersistenceSettings", []))

    @jsii.member(jsii_name="resetGitGithubAppPersistenceSettings")
    def reset_git_github_app_persistence_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitGithubAppPersistenceSettings", []))

    @jsii.member(jsii_name="resetGitLibraryPersistenceSettings")
    def reset_git_library_persistence_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitLibraryPersistenceSettings", []))

    @jsii.member(jsii_name="resetGitUsernamePasswordPersistenceSettings")
    def reset_git_username_password_persistence_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetGitUsernamePasswordPersistenceSettings", []))

    @jsii.member(jsii_name="resetIncludedLibraryVariableSets")
    def reset_included_library_variable_sets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIncludedLibraryVariableSets", []))

    @jsii.member(jsii_name="resetIsDisabled")
    def reset_is_disabled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDisabled", []))

    @jsii.member(jsii_name="resetIsDiscreteChannelRelease")
    def reset_is_discrete_channel_release(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsDiscreteChannelRelease", []))

    @jsii.member(jsii_name="resetIsVersionControlled")
    def reset_is_version_controlled(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsVersionControlled", []))

    @jsii.member(jsii_name="resetJiraServiceManagementExtensionSettings")
    def reset_jira_service_management_extension_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetJiraServiceManagementExtensionSettings", []))

    @jsii.member(jsii_name="resetProjectTags")
    def reset_project_tags(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProjectTags", []))

    @jsii.member(jsii_name="resetProvisioningRunbookId")
    def reset_provisioning_runbook_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProvisioningRunbookId", []))

    @jsii.member(jsii_name="resetReleaseCreationStrategy")
    def reset_release_creation_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseCreationStrategy", []))

    @jsii.member(jsii_name="resetReleaseNotesTemplate")
    def reset_release_notes_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseNotesTemplate", []))

    @jsii.member(jsii_name="resetServicenowExtensionSettings")
    def reset_servicenow_extension_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetServicenowExtensionSettings", []))

    @jsii.member(jsii_name="resetSlug")
    def reset_slug(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSlug", []))

    @jsii.member(jsii_name="resetSpaceId")
    def reset_space_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSpaceId", []))

    @jsii.member(jsii_name="resetTemplate")
    def reset_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTemplate", []))

    @jsii.member(jsii_name="resetTenantedDeploymentParticipation")
    def reset_tenanted_deployment_participation(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantedDeploymentParticipation", []))

    @jsii.member(jsii_name="resetVersioningStrategy")
    def reset_versioning_strategy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetVersioningStrategy", []))

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
    @jsii.member(jsii_name="autoDeployReleaseOverrides")
    def auto_deploy_release_overrides(self) -> "ProjectAutoDeployReleaseOverridesList":
        return typing.cast("ProjectAutoDeployReleaseOverridesList", jsii.get(self, "autoDeployReleaseOverrides"))

    @builtins.property
    @jsii.member(jsii_name="connectivityPolicy")
    def connectivity_policy(self) -> "ProjectConnectivityPolicyList":
        return typing.cast("ProjectConnectivityPolicyList", jsii.get(self, "connectivityPolicy"))

    @builtins.property
    @jsii.member(jsii_name="deploymentProcessId")
    def deployment_process_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deploymentProcessId"))

    @builtins.property
    @jsii.member(jsii_name="gitAnonymousPersistenceSettings")
    def git_anonymous_persistence_settings(
        self,
    ) -> "ProjectGitAnonymousPersistenceSettingsList":
        return typing.cast("ProjectGitAnonymousPersistenceSettingsList", jsii.get(self, "gitAnonymousPersistenceSettings"))

    @builtins.property
    @jsii.member(jsii_name="gitGithubAppPersistenceSettings")
    def git_github_app_persistence_settings(
        self,
    ) -> "ProjectGitGithubAppPersistenceSettingsList":
        return typing.cast("ProjectGitGithubAppPersistenceSettingsList", jsii.get(self, "gitGithubAppPersistenceSettings"))

    @builtins.property
    @jsii.member(jsii_name="gitLibraryPersistenceSettings")
    def git_library_persistence_settings(
        self,
    ) -> "ProjectGitLibraryPersistenceSettingsList":
        return typing.cast("ProjectGitLibraryPersistenceSettingsList", jsii.get(self, "gitLibraryPersistenceSettings"))

    @builtins.property
    @jsii.member(jsii_name="gitUsernamePasswordPersistenceSettings")
    def git_username_password_persistence_settings(
        self,
    ) -> "ProjectGitUsernamePasswordPersistenceSettingsList":
        return typing.cast("ProjectGitUsernamePasswordPersistenceSettingsList", jsii.get(self, "gitUsernamePasswordPersistenceSettings"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="jiraServiceManagementExtensionSettings")
    def jira_service_management_extension_settings(
        self,
    ) -> "ProjectJiraServiceManagementExtensionSettingsList":
        return typing.cast("ProjectJiraServiceManagementExtensionSettingsList", jsii.get(self, "jiraServiceManagementExtensionSettings"))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationStrategy")
    def release_creation_strategy(self) -> "ProjectReleaseCreationStrategyList":
        return typing.cast("ProjectReleaseCreationStrategyList", jsii.get(self, "releaseCreationStrategy"))

    @builtins.property
    @jsii.member(jsii_name="servicenowExtensionSettings")
    def servicenow_extension_settings(self) -> "ProjectServicenowExtensionSettingsList":
        return typing.cast("ProjectServicenowExtensionSettingsList", jsii.get(self, "servicenowExtensionSettings"))

    @builtins.property
    @jsii.member(jsii_name="template")
    def template(self) -> "ProjectTemplateList":
        return typing.cast("ProjectTemplateList", jsii.get(self, "template"))

    @builtins.property
    @jsii.member(jsii_name="variableSetId")
    def variable_set_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "variableSetId"))

    @builtins.property
    @jsii.member(jsii_name="versioningStrategy")
    def versioning_strategy(self) -> "ProjectVersioningStrategyList":
        return typing.cast("ProjectVersioningStrategyList", jsii.get(self, "versioningStrategy"))

    @builtins.property
    @jsii.member(jsii_name="allowDeploymentsToNoTargetsInput")
    def allow_deployments_to_no_targets_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowDeploymentsToNoTargetsInput"))

    @builtins.property
    @jsii.member(jsii_name="autoCreateReleaseInput")
    def auto_create_release_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "autoCreateReleaseInput"))

    @builtins.property
    @jsii.member(jsii_name="autoDeployReleaseOverridesInput")
    def auto_deploy_release_overrides_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectAutoDeployReleaseOverrides"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectAutoDeployReleaseOverrides"]]], jsii.get(self, "autoDeployReleaseOverridesInput"))

    @builtins.property
    @jsii.member(jsii_name="clonedFromProjectIdInput")
    def cloned_from_project_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clonedFromProjectIdInput"))

    @builtins.property
    @jsii.member(jsii_name="connectivityPolicyInput")
    def connectivity_policy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectConnectivityPolicy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectConnectivityPolicy"]]], jsii.get(self, "connectivityPolicyInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultGuidedFailureModeInput")
    def default_guided_failure_mode_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultGuidedFailureModeInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultToSkipIfAlreadyInstalledInput")
    def default_to_skip_if_already_installed_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "defaultToSkipIfAlreadyInstalledInput"))

    @builtins.property
    @jsii.member(jsii_name="deploymentChangesTemplateInput")
    def deployment_changes_template_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deploymentChangesTemplateInput"))

    @builtins.property
    @jsii.member(jsii_name="deprovisioningRunbookIdInput")
    def deprovisioning_runbook_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deprovisioningRunbookIdInput"))

    @builtins.property
    @jsii.member(jsii_name="descriptionInput")
    def description_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "descriptionInput"))

    @builtins.property
    @jsii.member(jsii_name="discreteChannelReleaseInput")
    def discrete_channel_release_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "discreteChannelReleaseInput"))

    @builtins.property
    @jsii.member(jsii_name="gitAnonymousPersistenceSettingsInput")
    def git_anonymous_persistence_settings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitAnonymousPersistenceSettings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitAnonymousPersistenceSettings"]]], jsii.get(self, "gitAnonymousPersistenceSettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="gitGithubAppPersistenceSettingsInput")
    def git_github_app_persistence_settings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitGithubAppPersistenceSettings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitGithubAppPersistenceSettings"]]], jsii.get(self, "gitGithubAppPersistenceSettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="gitLibraryPersistenceSettingsInput")
    def git_library_persistence_settings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitLibraryPersistenceSettings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitLibraryPersistenceSettings"]]], jsii.get(self, "gitLibraryPersistenceSettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="gitUsernamePasswordPersistenceSettingsInput")
    def git_username_password_persistence_settings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitUsernamePasswordPersistenceSettings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitUsernamePasswordPersistenceSettings"]]], jsii.get(self, "gitUsernamePasswordPersistenceSettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="includedLibraryVariableSetsInput")
    def included_library_variable_sets_input(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "includedLibraryVariableSetsInput"))

    @builtins.property
    @jsii.member(jsii_name="isDisabledInput")
    def is_disabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isDisabledInput"))

    @builtins.property
    @jsii.member(jsii_name="isDiscreteChannelReleaseInput")
    def is_discrete_channel_release_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isDiscreteChannelReleaseInput"))

    @builtins.property
    @jsii.member(jsii_name="isVersionControlledInput")
    def is_version_controlled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isVersionControlledInput"))

    @builtins.property
    @jsii.member(jsii_name="jiraServiceManagementExtensionSettingsInput")
    def jira_service_management_extension_settings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectJiraServiceManagementExtensionSettings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectJiraServiceManagementExtensionSettings"]]], jsii.get(self, "jiraServiceManagementExtensionSettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="lifecycleIdInput")
    def lifecycle_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "lifecycleIdInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="projectGroupIdInput")
    def project_group_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectGroupIdInput"))

    @builtins.property
    @jsii.member(jsii_name="projectTagsInput")
    def project_tags_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "projectTagsInput"))

    @builtins.property
    @jsii.member(jsii_name="provisioningRunbookIdInput")
    def provisioning_runbook_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "provisioningRunbookIdInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationStrategyInput")
    def release_creation_strategy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategy"]]], jsii.get(self, "releaseCreationStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseNotesTemplateInput")
    def release_notes_template_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "releaseNotesTemplateInput"))

    @builtins.property
    @jsii.member(jsii_name="servicenowExtensionSettingsInput")
    def servicenow_extension_settings_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectServicenowExtensionSettings"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectServicenowExtensionSettings"]]], jsii.get(self, "servicenowExtensionSettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="slugInput")
    def slug_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "slugInput"))

    @builtins.property
    @jsii.member(jsii_name="spaceIdInput")
    def space_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "spaceIdInput"))

    @builtins.property
    @jsii.member(jsii_name="templateInput")
    def template_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectTemplate"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectTemplate"]]], jsii.get(self, "templateInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipationInput")
    def tenanted_deployment_participation_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantedDeploymentParticipationInput"))

    @builtins.property
    @jsii.member(jsii_name="versioningStrategyInput")
    def versioning_strategy_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectVersioningStrategy"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectVersioningStrategy"]]], jsii.get(self, "versioningStrategyInput"))

    @builtins.property
    @jsii.member(jsii_name="allowDeploymentsToNoTargets")
    def allow_deployments_to_no_targets(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowDeploymentsToNoTargets"))

    @allow_deployments_to_no_targets.setter
    def allow_deployments_to_no_targets(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9dc607c8859d8af43e5905209dde4429fd99167658631b2b201b584e511812bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowDeploymentsToNoTargets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="autoCreateRelease")
    def auto_create_release(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "autoCreateRelease"))

    @auto_create_release.setter
    def auto_create_release(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4df7d0a5bbf6361cd120e4d227ca78dd07c2a9938918f11488db3ec400ac6fec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "autoCreateRelease", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clonedFromProjectId")
    def cloned_from_project_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clonedFromProjectId"))

    @cloned_from_project_id.setter
    def cloned_from_project_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__899111a89216293dc122e167f5165264eeefca8743237230da69d2e04367fe23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clonedFromProjectId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultGuidedFailureMode")
    def default_guided_failure_mode(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultGuidedFailureMode"))

    @default_guided_failure_mode.setter
    def default_guided_failure_mode(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65f3726d672947d150039f13575e233b0988722992ee53b682cd5298cfcceb46)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultGuidedFailureMode", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultToSkipIfAlreadyInstalled")
    def default_to_skip_if_already_installed(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "defaultToSkipIfAlreadyInstalled"))

    @default_to_skip_if_already_installed.setter
    def default_to_skip_if_already_installed(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__def202e73a21f4b45beb374cb9cbeb06752dbdabe651e99c6b33696cacfea9e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultToSkipIfAlreadyInstalled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deploymentChangesTemplate")
    def deployment_changes_template(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deploymentChangesTemplate"))

    @deployment_changes_template.setter
    def deployment_changes_template(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e4651a7e5cbab3d8ad30c0d50884bd74fd432418329dc6030a9409fdd3ff14b3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deploymentChangesTemplate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="deprovisioningRunbookId")
    def deprovisioning_runbook_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deprovisioningRunbookId"))

    @deprovisioning_runbook_id.setter
    def deprovisioning_runbook_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0a5299f979cf43165720880d52f59bf72365a8e844bd11468d261c77c44a166)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deprovisioningRunbookId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="description")
    def description(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "description"))

    @description.setter
    def description(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bd96406aad5ce953fbd56e1c0d79ed201cbdfa204bc9cbfb20f2a05d4467b66c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "description", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="discreteChannelRelease")
    def discrete_channel_release(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "discreteChannelRelease"))

    @discrete_channel_release.setter
    def discrete_channel_release(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0da273fac7607e768c8154f398bf552d08a61bd2843cebc6e6e935b4944a3f77)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "discreteChannelRelease", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="includedLibraryVariableSets")
    def included_library_variable_sets(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "includedLibraryVariableSets"))

    @included_library_variable_sets.setter
    def included_library_variable_sets(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e20fbd26da3c0ad0a62ad844adfe62c8c37960480d4f88e2152367ecd979c6fa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "includedLibraryVariableSets", value) # pyright: ignore[reportArgumentType]

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
            type_hints = typing.get_type_hints(_typecheckingstub__8fa852dae46d988fb9f59d3154bab7576709e81642b57562b8fdb88a41647f4b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDisabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isDiscreteChannelRelease")
    def is_discrete_channel_release(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isDiscreteChannelRelease"))

    @is_discrete_channel_release.setter
    def is_discrete_channel_release(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__135817f8bf87b3d4a685de43b0bd3af965d5f755e1e1df20c02171c893cb5f39)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isDiscreteChannelRelease", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isVersionControlled")
    def is_version_controlled(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isVersionControlled"))

    @is_version_controlled.setter
    def is_version_controlled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__772a0a4ef7e5124ed5badc7d82301e5b501d4594feb70393a5e2331a181fb35e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isVersionControlled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="lifecycleId")
    def lifecycle_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "lifecycleId"))

    @lifecycle_id.setter
    def lifecycle_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__73548a488f5197bd2326df39451d1aa82c711e173f7b1a5ecc0c74b2b4572583)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "lifecycleId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__df8dbd311589326e4ad4696ead15c50563bf7dd60b2198950580aa53c46b33b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectGroupId")
    def project_group_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectGroupId"))

    @project_group_id.setter
    def project_group_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c78f904508fb13ce4d44d9e8156aef63d4672384149bbe4cbccb6a84c5fcfd92)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectGroupId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectTags")
    def project_tags(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "projectTags"))

    @project_tags.setter
    def project_tags(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__02a8c67a0a840b2d2ec0852997dfcaeedf75000a058e825b954d8653e4db5a07)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectTags", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="provisioningRunbookId")
    def provisioning_runbook_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "provisioningRunbookId"))

    @provisioning_runbook_id.setter
    def provisioning_runbook_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__38e8a8db952eebdaf683b6985e224fdade7ab7093c7e9351ee9f9d12d89fbd54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "provisioningRunbookId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="releaseNotesTemplate")
    def release_notes_template(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "releaseNotesTemplate"))

    @release_notes_template.setter
    def release_notes_template(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4eabe343599782f7447603780a1b41377a3c8ed47e1deef10d5e56252b777270)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "releaseNotesTemplate", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="slug")
    def slug(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "slug"))

    @slug.setter
    def slug(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__807634955a755dc8d21447e6d2980ee0fdb5a9cf95da6b0417023289e8595e36)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "slug", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="spaceId")
    def space_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "spaceId"))

    @space_id.setter
    def space_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__61375ace30f9d7da2b9482b2b230409548356bc88a5aec49685c5d16a7f1b87f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "spaceId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantedDeploymentParticipation")
    def tenanted_deployment_participation(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantedDeploymentParticipation"))

    @tenanted_deployment_participation.setter
    def tenanted_deployment_participation(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf7eeb8646201ec1eccf0effe6a70e0ee6fb97456291d2261e850881e0e0a7f0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantedDeploymentParticipation", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectAutoDeployReleaseOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "environment_id": "environmentId",
        "release_id": "releaseId",
        "tenant_id": "tenantId",
    },
)
class ProjectAutoDeployReleaseOverrides:
    def __init__(
        self,
        *,
        environment_id: typing.Optional[builtins.str] = None,
        release_id: typing.Optional[builtins.str] = None,
        tenant_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param environment_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#environment_id Project#environment_id}.
        :param release_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_id Project#release_id}.
        :param tenant_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#tenant_id Project#tenant_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__030a1eb52219551d696153d3d4cbdfa6f3db0461b5aa53e38b23d35934035981)
            check_type(argname="argument environment_id", value=environment_id, expected_type=type_hints["environment_id"])
            check_type(argname="argument release_id", value=release_id, expected_type=type_hints["release_id"])
            check_type(argname="argument tenant_id", value=tenant_id, expected_type=type_hints["tenant_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if environment_id is not None:
            self._values["environment_id"] = environment_id
        if release_id is not None:
            self._values["release_id"] = release_id
        if tenant_id is not None:
            self._values["tenant_id"] = tenant_id

    @builtins.property
    def environment_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#environment_id Project#environment_id}.'''
        result = self._values.get("environment_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def release_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_id Project#release_id}.'''
        result = self._values.get("release_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tenant_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#tenant_id Project#tenant_id}.'''
        result = self._values.get("tenant_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectAutoDeployReleaseOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectAutoDeployReleaseOverridesList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectAutoDeployReleaseOverridesList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__a382e3b83acda93689367a39534ae9c8e8a0e6fbd8d10d5f767337f74ab64c65)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectAutoDeployReleaseOverridesOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab0414ac5b742038b9ca97e7f97857a1bf9db5e93dd304d40353a46b4e90d1f8)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectAutoDeployReleaseOverridesOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e22d5445e657c682b6786edb505ac273d1693784a75578ace3918213b9a772a0)
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
            type_hints = typing.get_type_hints(_typecheckingstub__24ed8eb77e2867fdca1ad6ce2e2da45adb7fd5c2e933f0a77502c61846f2967c)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c6ad1798d6bd4e09da7adb8958c3c761c8711b1d57cc8ed311036f3eb0cf351d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoDeployReleaseOverrides]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoDeployReleaseOverrides]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoDeployReleaseOverrides]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8a083da2bd99ba3e83683ad2e5f0db08670956e402364115b70620a4c05fffc5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectAutoDeployReleaseOverridesOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectAutoDeployReleaseOverridesOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7d72449c813cd0da042dff2b492e6ac27928fc37e60f1fd87ca1b20791fd70bc)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetEnvironmentId")
    def reset_environment_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetEnvironmentId", []))

    @jsii.member(jsii_name="resetReleaseId")
    def reset_release_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseId", []))

    @jsii.member(jsii_name="resetTenantId")
    def reset_tenant_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTenantId", []))

    @builtins.property
    @jsii.member(jsii_name="environmentIdInput")
    def environment_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "environmentIdInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseIdInput")
    def release_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "releaseIdInput"))

    @builtins.property
    @jsii.member(jsii_name="tenantIdInput")
    def tenant_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tenantIdInput"))

    @builtins.property
    @jsii.member(jsii_name="environmentId")
    def environment_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "environmentId"))

    @environment_id.setter
    def environment_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f45dd3e2879154b149f50a05add7d8f4f0ec6dfd0d4786296146c6b36b5f927d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "environmentId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="releaseId")
    def release_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "releaseId"))

    @release_id.setter
    def release_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aa4e13ed12265e22e6c9b5d9d3724a8186356f219ec21f878f24bd6e019406d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "releaseId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tenantId")
    def tenant_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tenantId"))

    @tenant_id.setter
    def tenant_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__51e1eee95042300e805127e80825b887e90f69f5509a158c58083a028d2aaf91)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tenantId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoDeployReleaseOverrides]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoDeployReleaseOverrides]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoDeployReleaseOverrides]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03257326bc2af4ebb930163d6429750d0c65ae770ac6806f7447e5e632cd951a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "lifecycle_id": "lifecycleId",
        "name": "name",
        "project_group_id": "projectGroupId",
        "allow_deployments_to_no_targets": "allowDeploymentsToNoTargets",
        "auto_create_release": "autoCreateRelease",
        "auto_deploy_release_overrides": "autoDeployReleaseOverrides",
        "cloned_from_project_id": "clonedFromProjectId",
        "connectivity_policy": "connectivityPolicy",
        "default_guided_failure_mode": "defaultGuidedFailureMode",
        "default_to_skip_if_already_installed": "defaultToSkipIfAlreadyInstalled",
        "deployment_changes_template": "deploymentChangesTemplate",
        "deprovisioning_runbook_id": "deprovisioningRunbookId",
        "description": "description",
        "discrete_channel_release": "discreteChannelRelease",
        "git_anonymous_persistence_settings": "gitAnonymousPersistenceSettings",
        "git_github_app_persistence_settings": "gitGithubAppPersistenceSettings",
        "git_library_persistence_settings": "gitLibraryPersistenceSettings",
        "git_username_password_persistence_settings": "gitUsernamePasswordPersistenceSettings",
        "included_library_variable_sets": "includedLibraryVariableSets",
        "is_disabled": "isDisabled",
        "is_discrete_channel_release": "isDiscreteChannelRelease",
        "is_version_controlled": "isVersionControlled",
        "jira_service_management_extension_settings": "jiraServiceManagementExtensionSettings",
        "project_tags": "projectTags",
        "provisioning_runbook_id": "provisioningRunbookId",
        "release_creation_strategy": "releaseCreationStrategy",
        "release_notes_template": "releaseNotesTemplate",
        "servicenow_extension_settings": "servicenowExtensionSettings",
        "slug": "slug",
        "space_id": "spaceId",
        "template": "template",
        "tenanted_deployment_participation": "tenantedDeploymentParticipation",
        "versioning_strategy": "versioningStrategy",
    },
)
class ProjectConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        lifecycle_id: builtins.str,
        name: builtins.str,
        project_group_id: builtins.str,
        allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        auto_create_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        auto_deploy_release_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectAutoDeployReleaseOverrides, typing.Dict[builtins.str, typing.Any]]]]] = None,
        cloned_from_project_id: typing.Optional[builtins.str] = None,
        connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectConnectivityPolicy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        default_guided_failure_mode: typing.Optional[builtins.str] = None,
        default_to_skip_if_already_installed: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        deployment_changes_template: typing.Optional[builtins.str] = None,
        deprovisioning_runbook_id: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        git_anonymous_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitAnonymousPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        git_github_app_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitGithubAppPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        git_library_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitLibraryPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        git_username_password_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectGitUsernamePasswordPersistenceSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        included_library_variable_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
        is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        is_version_controlled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        jira_service_management_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectJiraServiceManagementExtensionSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        project_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        provisioning_runbook_id: typing.Optional[builtins.str] = None,
        release_creation_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectReleaseCreationStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
        release_notes_template: typing.Optional[builtins.str] = None,
        servicenow_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectServicenowExtensionSettings", typing.Dict[builtins.str, typing.Any]]]]] = None,
        slug: typing.Optional[builtins.str] = None,
        space_id: typing.Optional[builtins.str] = None,
        template: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectTemplate", typing.Dict[builtins.str, typing.Any]]]]] = None,
        tenanted_deployment_participation: typing.Optional[builtins.str] = None,
        versioning_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectVersioningStrategy", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param lifecycle_id: The lifecycle ID associated with this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#lifecycle_id Project#lifecycle_id}
        :param name: The name of this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#name Project#name}
        :param project_group_id: The project group ID associated with this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#project_group_id Project#project_group_id}
        :param allow_deployments_to_no_targets: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#allow_deployments_to_no_targets Project#allow_deployments_to_no_targets}.
        :param auto_create_release: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#auto_create_release Project#auto_create_release}.
        :param auto_deploy_release_overrides: auto_deploy_release_overrides block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#auto_deploy_release_overrides Project#auto_deploy_release_overrides}
        :param cloned_from_project_id: The ID of the project this project was cloned from. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#cloned_from_project_id Project#cloned_from_project_id}
        :param connectivity_policy: connectivity_policy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#connectivity_policy Project#connectivity_policy}
        :param default_guided_failure_mode: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_guided_failure_mode Project#default_guided_failure_mode}.
        :param default_to_skip_if_already_installed: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_to_skip_if_already_installed Project#default_to_skip_if_already_installed}.
        :param deployment_changes_template: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deployment_changes_template Project#deployment_changes_template}.
        :param deprovisioning_runbook_id: The ID of the runbook to run when deprovisioning an ephemeral environment for this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deprovisioning_runbook_id Project#deprovisioning_runbook_id}
        :param description: The description of this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#description Project#description}
        :param discrete_channel_release: Treats releases of different channels to the same environment as a separate deployment dimension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#discrete_channel_release Project#discrete_channel_release}
        :param git_anonymous_persistence_settings: git_anonymous_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_anonymous_persistence_settings Project#git_anonymous_persistence_settings}
        :param git_github_app_persistence_settings: git_github_app_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_github_app_persistence_settings Project#git_github_app_persistence_settings}
        :param git_library_persistence_settings: git_library_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_library_persistence_settings Project#git_library_persistence_settings}
        :param git_username_password_persistence_settings: git_username_password_persistence_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_username_password_persistence_settings Project#git_username_password_persistence_settings}
        :param included_library_variable_sets: The list of included library variable set IDs. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#included_library_variable_sets Project#included_library_variable_sets}
        :param is_disabled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_disabled Project#is_disabled}.
        :param is_discrete_channel_release: Treats releases of different channels to the same environment as a separate deployment dimension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_discrete_channel_release Project#is_discrete_channel_release}
        :param is_version_controlled: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_version_controlled Project#is_version_controlled}.
        :param jira_service_management_extension_settings: jira_service_management_extension_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#jira_service_management_extension_settings Project#jira_service_management_extension_settings}
        :param project_tags: A list of project tags associated with this resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#project_tags Project#project_tags}
        :param provisioning_runbook_id: The ID of the runbook to run when provisioning an ephemeral environment for this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#provisioning_runbook_id Project#provisioning_runbook_id}
        :param release_creation_strategy: release_creation_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_creation_strategy Project#release_creation_strategy}
        :param release_notes_template: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_notes_template Project#release_notes_template}.
        :param servicenow_extension_settings: servicenow_extension_settings block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#servicenow_extension_settings Project#servicenow_extension_settings}
        :param slug: A human-readable, unique identifier, used to identify a project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#slug Project#slug}
        :param space_id: The space ID associated with this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#space_id Project#space_id}
        :param template: template block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#template Project#template}
        :param tenanted_deployment_participation: The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#tenanted_deployment_participation Project#tenanted_deployment_participation}
        :param versioning_strategy: versioning_strategy block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#versioning_strategy Project#versioning_strategy}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2eaea049fa349ebbd2639ae6f07c5713090e502323d839da30d3a0cf9d38cd78)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument lifecycle_id", value=lifecycle_id, expected_type=type_hints["lifecycle_id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument project_group_id", value=project_group_id, expected_type=type_hints["project_group_id"])
            check_type(argname="argument allow_deployments_to_no_targets", value=allow_deployments_to_no_targets, expected_type=type_hints["allow_deployments_to_no_targets"])
            check_type(argname="argument auto_create_release", value=auto_create_release, expected_type=type_hints["auto_create_release"])
            check_type(argname="argument auto_deploy_release_overrides", value=auto_deploy_release_overrides, expected_type=type_hints["auto_deploy_release_overrides"])
            check_type(argname="argument cloned_from_project_id", value=cloned_from_project_id, expected_type=type_hints["cloned_from_project_id"])
            check_type(argname="argument connectivity_policy", value=connectivity_policy, expected_type=type_hints["connectivity_policy"])
            check_type(argname="argument default_guided_failure_mode", value=default_guided_failure_mode, expected_type=type_hints["default_guided_failure_mode"])
            check_type(argname="argument default_to_skip_if_already_installed", value=default_to_skip_if_already_installed, expected_type=type_hints["default_to_skip_if_already_installed"])
            check_type(argname="argument deployment_changes_template", value=deployment_changes_template, expected_type=type_hints["deployment_changes_template"])
            check_type(argname="argument deprovisioning_runbook_id", value=deprovisioning_runbook_id, expected_type=type_hints["deprovisioning_runbook_id"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument discrete_channel_release", value=discrete_channel_release, expected_type=type_hints["discrete_channel_release"])
            check_type(argname="argument git_anonymous_persistence_settings", value=git_anonymous_persistence_settings, expected_type=type_hints["git_anonymous_persistence_settings"])
            check_type(argname="argument git_github_app_persistence_settings", value=git_github_app_persistence_settings, expected_type=type_hints["git_github_app_persistence_settings"])
            check_type(argname="argument git_library_persistence_settings", value=git_library_persistence_settings, expected_type=type_hints["git_library_persistence_settings"])
            check_type(argname="argument git_username_password_persistence_settings", value=git_username_password_persistence_settings, expected_type=type_hints["git_username_password_persistence_settings"])
            check_type(argname="argument included_library_variable_sets", value=included_library_variable_sets, expected_type=type_hints["included_library_variable_sets"])
            check_type(argname="argument is_disabled", value=is_disabled, expected_type=type_hints["is_disabled"])
            check_type(argname="argument is_discrete_channel_release", value=is_discrete_channel_release, expected_type=type_hints["is_discrete_channel_release"])
            check_type(argname="argument is_version_controlled", value=is_version_controlled, expected_type=type_hints["is_version_controlled"])
            check_type(argname="argument jira_service_management_extension_settings", value=jira_service_management_extension_settings, expected_type=type_hints["jira_service_management_extension_settings"])
            check_type(argname="argument project_tags", value=project_tags, expected_type=type_hints["project_tags"])
            check_type(argname="argument provisioning_runbook_id", value=provisioning_runbook_id, expected_type=type_hints["provisioning_runbook_id"])
            check_type(argname="argument release_creation_strategy", value=release_creation_strategy, expected_type=type_hints["release_creation_strategy"])
            check_type(argname="argument release_notes_template", value=release_notes_template, expected_type=type_hints["release_notes_template"])
            check_type(argname="argument servicenow_extension_settings", value=servicenow_extension_settings, expected_type=type_hints["servicenow_extension_settings"])
            check_type(argname="argument slug", value=slug, expected_type=type_hints["slug"])
            check_type(argname="argument space_id", value=space_id, expected_type=type_hints["space_id"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument tenanted_deployment_participation", value=tenanted_deployment_participation, expected_type=type_hints["tenanted_deployment_participation"])
            check_type(argname="argument versioning_strategy", value=versioning_strategy, expected_type=type_hints["versioning_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "lifecycle_id": lifecycle_id,
            "name": name,
            "project_group_id": project_group_id,
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
        if allow_deployments_to_no_targets is not None:
            self._values["allow_deployments_to_no_targets"] = allow_deployments_to_no_targets
        if auto_create_release is not None:
            self._values["auto_create_release"] = auto_create_release
        if auto_deploy_release_overrides is not None:
            self._values["auto_deploy_release_overrides"] = auto_deploy_release_overrides
        if cloned_from_project_id is not None:
            self._values["cloned_from_project_id"] = cloned_from_project_id
        if connectivity_policy is not None:
            self._values["connectivity_policy"] = connectivity_policy
        if default_guided_failure_mode is not None:
            self._values["default_guided_failure_mode"] = default_guided_failure_mode
        if default_to_skip_if_already_installed is not None:
            self._values["default_to_skip_if_already_installed"] = default_to_skip_if_already_installed
        if deployment_changes_template is not None:
            self._values["deployment_changes_template"] = deployment_changes_template
        if deprovisioning_runbook_id is not None:
            self._values["deprovisioning_runbook_id"] = deprovisioning_runbook_id
        if description is not None:
            self._values["description"] = description
        if discrete_channel_release is not None:
            self._values["discrete_channel_release"] = discrete_channel_release
        if git_anonymous_persistence_settings is not None:
            self._values["git_anonymous_persistence_settings"] = git_anonymous_persistence_settings
        if git_github_app_persistence_settings is not None:
            self._values["git_github_app_persistence_settings"] = git_github_app_persistence_settings
        if git_library_persistence_settings is not None:
            self._values["git_library_persistence_settings"] = git_library_persistence_settings
        if git_username_password_persistence_settings is not None:
            self._values["git_username_password_persistence_settings"] = git_username_password_persistence_settings
        if included_library_variable_sets is not None:
            self._values["included_library_variable_sets"] = included_library_variable_sets
        if is_disabled is not None:
            self._values["is_disabled"] = is_disabled
        if is_discrete_channel_release is not None:
            self._values["is_discrete_channel_release"] = is_discrete_channel_release
        if is_version_controlled is not None:
            self._values["is_version_controlled"] = is_version_controlled
        if jira_service_management_extension_settings is not None:
            self._values["jira_service_management_extension_settings"] = jira_service_management_extension_settings
        if project_tags is not None:
            self._values["project_tags"] = project_tags
        if provisioning_runbook_id is not None:
            self._values["provisioning_runbook_id"] = provisioning_runbook_id
        if release_creation_strategy is not None:
            self._values["release_creation_strategy"] = release_creation_strategy
        if release_notes_template is not None:
            self._values["release_notes_template"] = release_notes_template
        if servicenow_extension_settings is not None:
            self._values["servicenow_extension_settings"] = servicenow_extension_settings
        if slug is not None:
            self._values["slug"] = slug
        if space_id is not None:
            self._values["space_id"] = space_id
        if template is not None:
            self._values["template"] = template
        if tenanted_deployment_participation is not None:
            self._values["tenanted_deployment_participation"] = tenanted_deployment_participation
        if versioning_strategy is not None:
            self._values["versioning_strategy"] = versioning_strategy

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
    def lifecycle_id(self) -> builtins.str:
        '''The lifecycle ID associated with this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#lifecycle_id Project#lifecycle_id}
        '''
        result = self._values.get("lifecycle_id")
        assert result is not None, "Required property 'lifecycle_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#name Project#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def project_group_id(self) -> builtins.str:
        '''The project group ID associated with this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#project_group_id Project#project_group_id}
        '''
        result = self._values.get("project_group_id")
        assert result is not None, "Required property 'project_group_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allow_deployments_to_no_targets(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#allow_deployments_to_no_targets Project#allow_deployments_to_no_targets}.'''
        result = self._values.get("allow_deployments_to_no_targets")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def auto_create_release(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#auto_create_release Project#auto_create_release}.'''
        result = self._values.get("auto_create_release")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def auto_deploy_release_overrides(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoDeployReleaseOverrides]]]:
        '''auto_deploy_release_overrides block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#auto_deploy_release_overrides Project#auto_deploy_release_overrides}
        '''
        result = self._values.get("auto_deploy_release_overrides")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoDeployReleaseOverrides]]], result)

    @builtins.property
    def cloned_from_project_id(self) -> typing.Optional[builtins.str]:
        '''The ID of the project this project was cloned from.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#cloned_from_project_id Project#cloned_from_project_id}
        '''
        result = self._values.get("cloned_from_project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def connectivity_policy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectConnectivityPolicy"]]]:
        '''connectivity_policy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#connectivity_policy Project#connectivity_policy}
        '''
        result = self._values.get("connectivity_policy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectConnectivityPolicy"]]], result)

    @builtins.property
    def default_guided_failure_mode(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_guided_failure_mode Project#default_guided_failure_mode}.'''
        result = self._values.get("default_guided_failure_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_to_skip_if_already_installed(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_to_skip_if_already_installed Project#default_to_skip_if_already_installed}.'''
        result = self._values.get("default_to_skip_if_already_installed")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def deployment_changes_template(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deployment_changes_template Project#deployment_changes_template}.'''
        result = self._values.get("deployment_changes_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def deprovisioning_runbook_id(self) -> typing.Optional[builtins.str]:
        '''The ID of the runbook to run when deprovisioning an ephemeral environment for this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deprovisioning_runbook_id Project#deprovisioning_runbook_id}
        '''
        result = self._values.get("deprovisioning_runbook_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''The description of this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#description Project#description}
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def discrete_channel_release(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Treats releases of different channels to the same environment as a separate deployment dimension.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#discrete_channel_release Project#discrete_channel_release}
        '''
        result = self._values.get("discrete_channel_release")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def git_anonymous_persistence_settings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitAnonymousPersistenceSettings"]]]:
        '''git_anonymous_persistence_settings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_anonymous_persistence_settings Project#git_anonymous_persistence_settings}
        '''
        result = self._values.get("git_anonymous_persistence_settings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitAnonymousPersistenceSettings"]]], result)

    @builtins.property
    def git_github_app_persistence_settings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitGithubAppPersistenceSettings"]]]:
        '''git_github_app_persistence_settings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_github_app_persistence_settings Project#git_github_app_persistence_settings}
        '''
        result = self._values.get("git_github_app_persistence_settings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitGithubAppPersistenceSettings"]]], result)

    @builtins.property
    def git_library_persistence_settings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitLibraryPersistenceSettings"]]]:
        '''git_library_persistence_settings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_library_persistence_settings Project#git_library_persistence_settings}
        '''
        result = self._values.get("git_library_persistence_settings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitLibraryPersistenceSettings"]]], result)

    @builtins.property
    def git_username_password_persistence_settings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitUsernamePasswordPersistenceSettings"]]]:
        '''git_username_password_persistence_settings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_username_password_persistence_settings Project#git_username_password_persistence_settings}
        '''
        result = self._values.get("git_username_password_persistence_settings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectGitUsernamePasswordPersistenceSettings"]]], result)

    @builtins.property
    def included_library_variable_sets(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of included library variable set IDs.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#included_library_variable_sets Project#included_library_variable_sets}
        '''
        result = self._values.get("included_library_variable_sets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def is_disabled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_disabled Project#is_disabled}.'''
        result = self._values.get("is_disabled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_discrete_channel_release(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Treats releases of different channels to the same environment as a separate deployment dimension.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_discrete_channel_release Project#is_discrete_channel_release}
        '''
        result = self._values.get("is_discrete_channel_release")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def is_version_controlled(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_version_controlled Project#is_version_controlled}.'''
        result = self._values.get("is_version_controlled")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def jira_service_management_extension_settings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectJiraServiceManagementExtensionSettings"]]]:
        '''jira_service_management_extension_settings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#jira_service_management_extension_settings Project#jira_service_management_extension_settings}
        '''
        result = self._values.get("jira_service_management_extension_settings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectJiraServiceManagementExtensionSettings"]]], result)

    @builtins.property
    def project_tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of project tags associated with this resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#project_tags Project#project_tags}
        '''
        result = self._values.get("project_tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def provisioning_runbook_id(self) -> typing.Optional[builtins.str]:
        '''The ID of the runbook to run when provisioning an ephemeral environment for this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#provisioning_runbook_id Project#provisioning_runbook_id}
        '''
        result = self._values.get("provisioning_runbook_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def release_creation_strategy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategy"]]]:
        '''release_creation_strategy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_creation_strategy Project#release_creation_strategy}
        '''
        result = self._values.get("release_creation_strategy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategy"]]], result)

    @builtins.property
    def release_notes_template(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_notes_template Project#release_notes_template}.'''
        result = self._values.get("release_notes_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def servicenow_extension_settings(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectServicenowExtensionSettings"]]]:
        '''servicenow_extension_settings block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#servicenow_extension_settings Project#servicenow_extension_settings}
        '''
        result = self._values.get("servicenow_extension_settings")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectServicenowExtensionSettings"]]], result)

    @builtins.property
    def slug(self) -> typing.Optional[builtins.str]:
        '''A human-readable, unique identifier, used to identify a project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#slug Project#slug}
        '''
        result = self._values.get("slug")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def space_id(self) -> typing.Optional[builtins.str]:
        '''The space ID associated with this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#space_id Project#space_id}
        '''
        result = self._values.get("space_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectTemplate"]]]:
        '''template block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#template Project#template}
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectTemplate"]]], result)

    @builtins.property
    def tenanted_deployment_participation(self) -> typing.Optional[builtins.str]:
        '''The tenanted deployment mode of the resource. Valid account types are ``Untenanted``, ``TenantedOrUntenanted``, or ``Tenanted``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#tenanted_deployment_participation Project#tenanted_deployment_participation}
        '''
        result = self._values.get("tenanted_deployment_participation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def versioning_strategy(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectVersioningStrategy"]]]:
        '''versioning_strategy block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#versioning_strategy Project#versioning_strategy}
        '''
        result = self._values.get("versioning_strategy")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectVersioningStrategy"]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectConnectivityPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_deployments_to_no_targets": "allowDeploymentsToNoTargets",
        "exclude_unhealthy_targets": "excludeUnhealthyTargets",
        "skip_machine_behavior": "skipMachineBehavior",
        "target_roles": "targetRoles",
    },
)
class ProjectConnectivityPolicy:
    def __init__(
        self,
        *,
        allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        exclude_unhealthy_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        skip_machine_behavior: typing.Optional[builtins.str] = None,
        target_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param allow_deployments_to_no_targets: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#allow_deployments_to_no_targets Project#allow_deployments_to_no_targets}.
        :param exclude_unhealthy_targets: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#exclude_unhealthy_targets Project#exclude_unhealthy_targets}.
        :param skip_machine_behavior: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#skip_machine_behavior Project#skip_machine_behavior}.
        :param target_roles: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#target_roles Project#target_roles}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f35fc533225e13f583846e7a6f2575045bbe619c4c77424f700801b80cc79d3a)
            check_type(argname="argument allow_deployments_to_no_targets", value=allow_deployments_to_no_targets, expected_type=type_hints["allow_deployments_to_no_targets"])
            check_type(argname="argument exclude_unhealthy_targets", value=exclude_unhealthy_targets, expected_type=type_hints["exclude_unhealthy_targets"])
            check_type(argname="argument skip_machine_behavior", value=skip_machine_behavior, expected_type=type_hints["skip_machine_behavior"])
            check_type(argname="argument target_roles", value=target_roles, expected_type=type_hints["target_roles"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_deployments_to_no_targets is not None:
            self._values["allow_deployments_to_no_targets"] = allow_deployments_to_no_targets
        if exclude_unhealthy_targets is not None:
            self._values["exclude_unhealthy_targets"] = exclude_unhealthy_targets
        if skip_machine_behavior is not None:
            self._values["skip_machine_behavior"] = skip_machine_behavior
        if target_roles is not None:
            self._values["target_roles"] = target_roles

    @builtins.property
    def allow_deployments_to_no_targets(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#allow_deployments_to_no_targets Project#allow_deployments_to_no_targets}.'''
        result = self._values.get("allow_deployments_to_no_targets")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def exclude_unhealthy_targets(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#exclude_unhealthy_targets Project#exclude_unhealthy_targets}.'''
        result = self._values.get("exclude_unhealthy_targets")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def skip_machine_behavior(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#skip_machine_behavior Project#skip_machine_behavior}.'''
        result = self._values.get("skip_machine_behavior")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#target_roles Project#target_roles}.'''
        result = self._values.get("target_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectConnectivityPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectConnectivityPolicyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectConnectivityPolicyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__cedc8a9748ede4c183f7f7d0ec9821250f8061f8430a0163b468721bfeb552f6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "ProjectConnectivityPolicyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a5b4829b1abdd93a60fbbca01f175a52ab94675fbdcef3feb7ceb617b30dd223)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectConnectivityPolicyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__08a23039a647fc5db072b05f3c949506b84354f6450e9d7fc867b65314b7370b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__0310d989c0fc493db82f9ff1ca34b05e8b50b4ec3f371b4b1127b622858b8704)
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
            type_hints = typing.get_type_hints(_typecheckingstub__24d7b83e092748ebce4f9b35a104efef40ed6e9bb6dcc25856aeff6d8f25e0a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectConnectivityPolicy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectConnectivityPolicy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectConnectivityPolicy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a8beec0064d00d6b5241b812a7ad192c5272e35dd20c8dd676de16980bd2efd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectConnectivityPolicyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectConnectivityPolicyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0dad0d3cc55467be0ea39c1a88673ce078c4414e06609a5e54f922944accb678)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetAllowDeploymentsToNoTargets")
    def reset_allow_deployments_to_no_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAllowDeploymentsToNoTargets", []))

    @jsii.member(jsii_name="resetExcludeUnhealthyTargets")
    def reset_exclude_unhealthy_targets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetExcludeUnhealthyTargets", []))

    @jsii.member(jsii_name="resetSkipMachineBehavior")
    def reset_skip_machine_behavior(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSkipMachineBehavior", []))

    @jsii.member(jsii_name="resetTargetRoles")
    def reset_target_roles(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTargetRoles", []))

    @builtins.property
    @jsii.member(jsii_name="allowDeploymentsToNoTargetsInput")
    def allow_deployments_to_no_targets_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allowDeploymentsToNoTargetsInput"))

    @builtins.property
    @jsii.member(jsii_name="excludeUnhealthyTargetsInput")
    def exclude_unhealthy_targets_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "excludeUnhealthyTargetsInput"))

    @builtins.property
    @jsii.member(jsii_name="skipMachineBehaviorInput")
    def skip_machine_behavior_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "skipMachineBehaviorInput"))

    @builtins.property
    @jsii.member(jsii_name="targetRolesInput")
    def target_roles_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "targetRolesInput"))

    @builtins.property
    @jsii.member(jsii_name="allowDeploymentsToNoTargets")
    def allow_deployments_to_no_targets(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "allowDeploymentsToNoTargets"))

    @allow_deployments_to_no_targets.setter
    def allow_deployments_to_no_targets(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__32eea089da93a38b90f9f0c267c5c8e1ca23ad2b3732b5be5a3faf23604d6606)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "allowDeploymentsToNoTargets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="excludeUnhealthyTargets")
    def exclude_unhealthy_targets(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "excludeUnhealthyTargets"))

    @exclude_unhealthy_targets.setter
    def exclude_unhealthy_targets(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ee92ec3c47ab4cffcf6b71cc82bc5108e7ac8d0102d84858b80368bd6dca438)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "excludeUnhealthyTargets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="skipMachineBehavior")
    def skip_machine_behavior(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "skipMachineBehavior"))

    @skip_machine_behavior.setter
    def skip_machine_behavior(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__84970af615490b76e2323fda4e8e20b3f03e1f53a69a1b43669d6647656dc6b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "skipMachineBehavior", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="targetRoles")
    def target_roles(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "targetRoles"))

    @target_roles.setter
    def target_roles(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__85447412a9d2287d41e9730df57eab3bc42b2674a3d2e244261e6ba1764cbf0a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "targetRoles", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectConnectivityPolicy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectConnectivityPolicy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectConnectivityPolicy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d32c60a7664c013bc895c026221271ab8eae9f65b593d551e96c6c9806da99e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectGitAnonymousPersistenceSettings",
    jsii_struct_bases=[],
    name_mapping={
        "url": "url",
        "base_path": "basePath",
        "default_branch": "defaultBranch",
        "protected_branches": "protectedBranches",
    },
)
class ProjectGitAnonymousPersistenceSettings:
    def __init__(
        self,
        *,
        url: builtins.str,
        base_path: typing.Optional[builtins.str] = None,
        default_branch: typing.Optional[builtins.str] = None,
        protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param url: The URL associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        :param base_path: The base path associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        :param default_branch: The default branch associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        :param protected_branches: A list of protected branch patterns. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d5f2c40ca067aa3cd800ade185658c7131a2295703391f269262906020682534)
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument base_path", value=base_path, expected_type=type_hints["base_path"])
            check_type(argname="argument default_branch", value=default_branch, expected_type=type_hints["default_branch"])
            check_type(argname="argument protected_branches", value=protected_branches, expected_type=type_hints["protected_branches"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "url": url,
        }
        if base_path is not None:
            self._values["base_path"] = base_path
        if default_branch is not None:
            self._values["default_branch"] = default_branch
        if protected_branches is not None:
            self._values["protected_branches"] = protected_branches

    @builtins.property
    def url(self) -> builtins.str:
        '''The URL associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def base_path(self) -> typing.Optional[builtins.str]:
        '''The base path associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        '''
        result = self._values.get("base_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_branch(self) -> typing.Optional[builtins.str]:
        '''The default branch associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        '''
        result = self._values.get("default_branch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protected_branches(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of protected branch patterns.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        result = self._values.get("protected_branches")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectGitAnonymousPersistenceSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectGitAnonymousPersistenceSettingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitAnonymousPersistenceSettingsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__16308b5601e048095e2f9331a89fc235b646670abfb58774191c36a51c64d65f)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectGitAnonymousPersistenceSettingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5a569e931bfbf9915b2362b5b79ccacc35228c0a218b4ba92198882b6d1b9d3d)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectGitAnonymousPersistenceSettingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c0eff5d46dc1b6e20e72ba1fb91c2a4507c58aafb13514166a929ee9a9bfd804)
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
            type_hints = typing.get_type_hints(_typecheckingstub__414cb74b74b9475b58396b54fdcc81fa6ee4fe38cf2564f216b32f660a143224)
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
            type_hints = typing.get_type_hints(_typecheckingstub__700313345e2e4db491616291a9aa7a0951344c13620c34a6de5a77c8633956f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitAnonymousPersistenceSettings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitAnonymousPersistenceSettings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitAnonymousPersistenceSettings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7bc5a71c163461757843e8db21fe104709d013c3882e0796cfdf92d91ceb3ca2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectGitAnonymousPersistenceSettingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitAnonymousPersistenceSettingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__5aee0b6f5453fb2bdc214051ff1b1d8cd7b69fe183144ecf81428330f18edaa3)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetBasePath")
    def reset_base_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBasePath", []))

    @jsii.member(jsii_name="resetDefaultBranch")
    def reset_default_branch(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultBranch", []))

    @jsii.member(jsii_name="resetProtectedBranches")
    def reset_protected_branches(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtectedBranches", []))

    @builtins.property
    @jsii.member(jsii_name="basePathInput")
    def base_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "basePathInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultBranchInput")
    def default_branch_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultBranchInput"))

    @builtins.property
    @jsii.member(jsii_name="protectedBranchesInput")
    def protected_branches_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "protectedBranchesInput"))

    @builtins.property
    @jsii.member(jsii_name="urlInput")
    def url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "urlInput"))

    @builtins.property
    @jsii.member(jsii_name="basePath")
    def base_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "basePath"))

    @base_path.setter
    def base_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__215cf42e8c0787ca7aa9c97d9c8957f6cf28424e76cd8e5a553b269c8d5c6db1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "basePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultBranch")
    def default_branch(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultBranch"))

    @default_branch.setter
    def default_branch(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__80afda45c3ba601dcf4585e86ea204995dd64f82a7183fd4c01757eeaa667b78)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultBranch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protectedBranches")
    def protected_branches(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "protectedBranches"))

    @protected_branches.setter
    def protected_branches(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d5dccb1130da30ecb3255c428c1fb7bc41110a7675cb43df87582864b8f57b13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protectedBranches", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="url")
    def url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "url"))

    @url.setter
    def url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2eaa5ff897a58f88a18fd9f1141c625beeeb01c30c3f017718f3143a21b3c321)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "url", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitAnonymousPersistenceSettings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitAnonymousPersistenceSettings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitAnonymousPersistenceSettings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e021baaf5483b96467e80d506f4f83030ebe126f59d11f47729c211d703b57d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectGitGithubAppPersistenceSettings",
    jsii_struct_bases=[],
    name_mapping={
        "github_connection_id": "githubConnectionId",
        "url": "url",
        "base_path": "basePath",
        "default_branch": "defaultBranch",
        "protected_branches": "protectedBranches",
    },
)
class ProjectGitGithubAppPersistenceSettings:
    def __init__(
        self,
        *,
        github_connection_id: builtins.str,
        url: builtins.str,
        base_path: typing.Optional[builtins.str] = None,
        default_branch: typing.Optional[builtins.str] = None,
        protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param github_connection_id: The ID of the GitHub App connection to use for authenticating with the Git repository. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#github_connection_id Project#github_connection_id}
        :param url: The URL associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        :param base_path: The base path associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        :param default_branch: The default branch associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        :param protected_branches: A list of protected branch patterns. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7077cfa8e5b056d47c6e11edb98435e33d68b2d0dc403601fc5696837e3e9c79)
            check_type(argname="argument github_connection_id", value=github_connection_id, expected_type=type_hints["github_connection_id"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument base_path", value=base_path, expected_type=type_hints["base_path"])
            check_type(argname="argument default_branch", value=default_branch, expected_type=type_hints["default_branch"])
            check_type(argname="argument protected_branches", value=protected_branches, expected_type=type_hints["protected_branches"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "github_connection_id": github_connection_id,
            "url": url,
        }
        if base_path is not None:
            self._values["base_path"] = base_path
        if default_branch is not None:
            self._values["default_branch"] = default_branch
        if protected_branches is not None:
            self._values["protected_branches"] = protected_branches

    @builtins.property
    def github_connection_id(self) -> builtins.str:
        '''The ID of the GitHub App connection to use for authenticating with the Git repository.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#github_connection_id Project#github_connection_id}
        '''
        result = self._values.get("github_connection_id")
        assert result is not None, "Required property 'github_connection_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''The URL associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def base_path(self) -> typing.Optional[builtins.str]:
        '''The base path associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        '''
        result = self._values.get("base_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_branch(self) -> typing.Optional[builtins.str]:
        '''The default branch associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        '''
        result = self._values.get("default_branch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protected_branches(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of protected branch patterns.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        result = self._values.get("protected_branches")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectGitGithubAppPersistenceSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectGitGithubAppPersistenceSettingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitGithubAppPersistenceSettingsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__34f711db161719acbbbed7fb401e4c0a8ac672adb0a018ed379601fefb10cb82)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectGitGithubAppPersistenceSettingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fcbf9ce5aa2e2a3c295d01f58ff99c710fdbdfb51871ecfa0474434fd8e422e1)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectGitGithubAppPersistenceSettingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e159760b83d4a6bb130689887eb85d6076fa4bfe6b0778688a9139ff69a2a840)
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
            type_hints = typing.get_type_hints(_typecheckingstub__16adf579c622d3b66490df2bfe7e4c05577a708ae0d9997bc999814f920c3ee7)
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
            type_hints = typing.get_type_hints(_typecheckingstub__76ceb91e9711bcbaf64516025a498f7406321cd0d3976842cafb966490d2f78b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitGithubAppPersistenceSettings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitGithubAppPersistenceSettings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitGithubAppPersistenceSettings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2c0b86ea580fe103a80200232afff0b10830d44d93bfd2a7b807bd531be42277)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectGitGithubAppPersistenceSettingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitGithubAppPersistenceSettingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d13834ea62715084a087df15c78a650a9fb356960464427e0474ee8a27825291)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetBasePath")
    def reset_base_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBasePath", []))

    @jsii.member(jsii_name="resetDefaultBranch")
    def reset_default_branch(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultBranch", []))

    @jsii.member(jsii_name="resetProtectedBranches")
    def reset_protected_branches(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtectedBranches", []))

    @builtins.property
    @jsii.member(jsii_name="basePathInput")
    def base_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "basePathInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultBranchInput")
    def default_branch_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultBranchInput"))

    @builtins.property
    @jsii.member(jsii_name="githubConnectionIdInput")
    def github_connection_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "githubConnectionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="protectedBranchesInput")
    def protected_branches_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "protectedBranchesInput"))

    @builtins.property
    @jsii.member(jsii_name="urlInput")
    def url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "urlInput"))

    @builtins.property
    @jsii.member(jsii_name="basePath")
    def base_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "basePath"))

    @base_path.setter
    def base_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7785ded55db152ce843f3990138c8917f66996629fcf51c895da99fdf7978d87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "basePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultBranch")
    def default_branch(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultBranch"))

    @default_branch.setter
    def default_branch(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2ada9309a2820bcd66234a125be3044df165706a682d1ce3c4ddf99973a7ce6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultBranch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="githubConnectionId")
    def github_connection_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "githubConnectionId"))

    @github_connection_id.setter
    def github_connection_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__883db5b1745577d84ac84c54fdb9f66869e83d4f4523de08a47d01d546cfa676)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "githubConnectionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protectedBranches")
    def protected_branches(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "protectedBranches"))

    @protected_branches.setter
    def protected_branches(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8466014d256199f35c79bf3ce618ef5d16acbc8a18bd8ccb1948086b166166f8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protectedBranches", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="url")
    def url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "url"))

    @url.setter
    def url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ad2df776a5f54abcd98bd0f71212441a84f8cf276e12a2c1707e08e89e0e0ba1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "url", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitGithubAppPersistenceSettings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitGithubAppPersistenceSettings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitGithubAppPersistenceSettings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__443829f2e91f5744174c0eea0bdd22718dd812d006d3ef0e3ab41694b20255e1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectGitLibraryPersistenceSettings",
    jsii_struct_bases=[],
    name_mapping={
        "git_credential_id": "gitCredentialId",
        "url": "url",
        "base_path": "basePath",
        "default_branch": "defaultBranch",
        "protected_branches": "protectedBranches",
    },
)
class ProjectGitLibraryPersistenceSettings:
    def __init__(
        self,
        *,
        git_credential_id: builtins.str,
        url: builtins.str,
        base_path: typing.Optional[builtins.str] = None,
        default_branch: typing.Optional[builtins.str] = None,
        protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param git_credential_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_credential_id Project#git_credential_id}.
        :param url: The URL associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        :param base_path: The base path associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        :param default_branch: The default branch associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        :param protected_branches: A list of protected branch patterns. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__906d0b455dbd2eb1705816e94d16a2c24661542815c05d9dda6b283a4a6a6552)
            check_type(argname="argument git_credential_id", value=git_credential_id, expected_type=type_hints["git_credential_id"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument base_path", value=base_path, expected_type=type_hints["base_path"])
            check_type(argname="argument default_branch", value=default_branch, expected_type=type_hints["default_branch"])
            check_type(argname="argument protected_branches", value=protected_branches, expected_type=type_hints["protected_branches"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "git_credential_id": git_credential_id,
            "url": url,
        }
        if base_path is not None:
            self._values["base_path"] = base_path
        if default_branch is not None:
            self._values["default_branch"] = default_branch
        if protected_branches is not None:
            self._values["protected_branches"] = protected_branches

    @builtins.property
    def git_credential_id(self) -> builtins.str:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#git_credential_id Project#git_credential_id}.'''
        result = self._values.get("git_credential_id")
        assert result is not None, "Required property 'git_credential_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''The URL associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def base_path(self) -> typing.Optional[builtins.str]:
        '''The base path associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        '''
        result = self._values.get("base_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_branch(self) -> typing.Optional[builtins.str]:
        '''The default branch associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        '''
        result = self._values.get("default_branch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protected_branches(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of protected branch patterns.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        result = self._values.get("protected_branches")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectGitLibraryPersistenceSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectGitLibraryPersistenceSettingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitLibraryPersistenceSettingsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__206ba4fd108d9ea763ca109e448db4d2740bcc999e0d2832950b86701d826515)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectGitLibraryPersistenceSettingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0cfb4c5602657b15e2c613715ca5dd7f1f7c709acd8dcf1dbe3a19a374f26d39)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectGitLibraryPersistenceSettingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5ec9d700917cca3f77b9179f451b98b437f74f9c8c08a8a4794c7e92f71d15ec)
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
            type_hints = typing.get_type_hints(_typecheckingstub__13961b6c8d75b522860dbad7d88cdbb51d012ccae4254e66f21c5412b0b24c18)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7685eb792d396c232660777c54e7cecfbb8d87cfa07d25ef9768f619f8268b68)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitLibraryPersistenceSettings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitLibraryPersistenceSettings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitLibraryPersistenceSettings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8cca31c996134dfb3c6d08817e7b418c772662d377e012df3d6d44a73a27b98f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectGitLibraryPersistenceSettingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitLibraryPersistenceSettingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__6255e8d56dfab602b87b8348d2cff0d3a5164dd176288be22c5164c85a152adb)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetBasePath")
    def reset_base_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBasePath", []))

    @jsii.member(jsii_name="resetDefaultBranch")
    def reset_default_branch(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultBranch", []))

    @jsii.member(jsii_name="resetProtectedBranches")
    def reset_protected_branches(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtectedBranches", []))

    @builtins.property
    @jsii.member(jsii_name="basePathInput")
    def base_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "basePathInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultBranchInput")
    def default_branch_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultBranchInput"))

    @builtins.property
    @jsii.member(jsii_name="gitCredentialIdInput")
    def git_credential_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "gitCredentialIdInput"))

    @builtins.property
    @jsii.member(jsii_name="protectedBranchesInput")
    def protected_branches_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "protectedBranchesInput"))

    @builtins.property
    @jsii.member(jsii_name="urlInput")
    def url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "urlInput"))

    @builtins.property
    @jsii.member(jsii_name="basePath")
    def base_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "basePath"))

    @base_path.setter
    def base_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2a93610415e1bd086e53b02d3601fb12ffd4716cbbd63e5d77e302d9e97fe27e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "basePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultBranch")
    def default_branch(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultBranch"))

    @default_branch.setter
    def default_branch(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2b1e4315c9fdb5698772c5fef425c0f61753ac3aaa917f770450b6c6304af37f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultBranch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="gitCredentialId")
    def git_credential_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "gitCredentialId"))

    @git_credential_id.setter
    def git_credential_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__03b014b1a9c41ad5052adb0aa03978dba2ee845c9be4210c2b5af2e57bf9e97a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "gitCredentialId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protectedBranches")
    def protected_branches(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "protectedBranches"))

    @protected_branches.setter
    def protected_branches(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__803bb4910442de77630c428a650cbe66b7417d31ffe659cfdcda5c3255cf9adc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protectedBranches", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="url")
    def url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "url"))

    @url.setter
    def url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4fffd76b27544ce7f2db9eadca5a1f84f2e01298ff540d617ee1ac384cae951c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "url", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitLibraryPersistenceSettings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitLibraryPersistenceSettings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitLibraryPersistenceSettings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6999e36fcf991bb3a2c85148c072e61b14875930488d28214a0d879598bc6b2e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectGitUsernamePasswordPersistenceSettings",
    jsii_struct_bases=[],
    name_mapping={
        "password": "password",
        "url": "url",
        "username": "username",
        "base_path": "basePath",
        "default_branch": "defaultBranch",
        "protected_branches": "protectedBranches",
    },
)
class ProjectGitUsernamePasswordPersistenceSettings:
    def __init__(
        self,
        *,
        password: builtins.str,
        url: builtins.str,
        username: builtins.str,
        base_path: typing.Optional[builtins.str] = None,
        default_branch: typing.Optional[builtins.str] = None,
        protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param password: The password for the Git credential. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#password Project#password}
        :param url: The URL associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        :param username: The username for the Git credential. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#username Project#username}
        :param base_path: The base path associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        :param default_branch: The default branch associated with these version control settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        :param protected_branches: A list of protected branch patterns. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9454d2f942fb815b17992f2ff67fd271fb0b85ecf30d3473941346ececc52a7)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument base_path", value=base_path, expected_type=type_hints["base_path"])
            check_type(argname="argument default_branch", value=default_branch, expected_type=type_hints["default_branch"])
            check_type(argname="argument protected_branches", value=protected_branches, expected_type=type_hints["protected_branches"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "password": password,
            "url": url,
            "username": username,
        }
        if base_path is not None:
            self._values["base_path"] = base_path
        if default_branch is not None:
            self._values["default_branch"] = default_branch
        if protected_branches is not None:
            self._values["protected_branches"] = protected_branches

    @builtins.property
    def password(self) -> builtins.str:
        '''The password for the Git credential.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#password Project#password}
        '''
        result = self._values.get("password")
        assert result is not None, "Required property 'password' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def url(self) -> builtins.str:
        '''The URL associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#url Project#url}
        '''
        result = self._values.get("url")
        assert result is not None, "Required property 'url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def username(self) -> builtins.str:
        '''The username for the Git credential.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#username Project#username}
        '''
        result = self._values.get("username")
        assert result is not None, "Required property 'username' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def base_path(self) -> typing.Optional[builtins.str]:
        '''The base path associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#base_path Project#base_path}
        '''
        result = self._values.get("base_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_branch(self) -> typing.Optional[builtins.str]:
        '''The default branch associated with these version control settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_branch Project#default_branch}
        '''
        result = self._values.get("default_branch")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protected_branches(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of protected branch patterns.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#protected_branches Project#protected_branches}
        '''
        result = self._values.get("protected_branches")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectGitUsernamePasswordPersistenceSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectGitUsernamePasswordPersistenceSettingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitUsernamePasswordPersistenceSettingsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__30f7a045a81fa1d6c84273adc336f56c9997d9212ce371d7e482a905e695d7f1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectGitUsernamePasswordPersistenceSettingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a04a1974903beda1b55b18cafe12d0f86a4d4a758753e1b99265ba1597810389)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectGitUsernamePasswordPersistenceSettingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf2972b4a7016df8675b59d864774120fcd20e11a544b7ca6960e99cca2d4f91)
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
            type_hints = typing.get_type_hints(_typecheckingstub__302eb5e5f07bd5c3114e096d26ec6f18a8d211b5a2ad339a0e52f8260a846c0e)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7f6df1bf2859c48a54b17007e7c32adcdb477cf366199a1cbe91a5407e6e39b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitUsernamePasswordPersistenceSettings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitUsernamePasswordPersistenceSettings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitUsernamePasswordPersistenceSettings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b71490b3c88e69fbfd09f5070367b7b2c49f203959047f939c2fe6fc05b81ad9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectGitUsernamePasswordPersistenceSettingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectGitUsernamePasswordPersistenceSettingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__7eee63687e35e9c9fee9cf9b65323d6903bbda95aee8eeec76a2d17d663294ad)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetBasePath")
    def reset_base_path(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBasePath", []))

    @jsii.member(jsii_name="resetDefaultBranch")
    def reset_default_branch(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultBranch", []))

    @jsii.member(jsii_name="resetProtectedBranches")
    def reset_protected_branches(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProtectedBranches", []))

    @builtins.property
    @jsii.member(jsii_name="basePathInput")
    def base_path_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "basePathInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultBranchInput")
    def default_branch_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultBranchInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="protectedBranchesInput")
    def protected_branches_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "protectedBranchesInput"))

    @builtins.property
    @jsii.member(jsii_name="urlInput")
    def url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "urlInput"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="basePath")
    def base_path(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "basePath"))

    @base_path.setter
    def base_path(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c4b56bc68fd470aa99894b70224910e80a55f32a43019fc161d1ac15b3a0aea7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "basePath", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultBranch")
    def default_branch(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultBranch"))

    @default_branch.setter
    def default_branch(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f29958e7ae75411742c6d929da918eca5191a7b74154b2a68f26c936f2ac6b1f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultBranch", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c303ede62c3b93d63e7df5508a5fa44e0e157c27427bdf534a0a2c7bca31059)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="protectedBranches")
    def protected_branches(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "protectedBranches"))

    @protected_branches.setter
    def protected_branches(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2b0b715e90b66ae890d000e99b430da85150c55e955ebd225596992d30b2034)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "protectedBranches", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="url")
    def url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "url"))

    @url.setter
    def url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8d6e5844401925b870e9d0092179c89581d21049f8d2194e441d14aea9c5d097)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "url", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "username"))

    @username.setter
    def username(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__00247d9c42a822055444c5cdf182ad4a63375960419566832c3220c324110a87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitUsernamePasswordPersistenceSettings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitUsernamePasswordPersistenceSettings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitUsernamePasswordPersistenceSettings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__444039be37098ece9ca69bae6df2ea16ad43150789e0f55a8814c594b1e1f5b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectJiraServiceManagementExtensionSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_id": "connectionId",
        "is_enabled": "isEnabled",
        "service_desk_project_name": "serviceDeskProjectName",
    },
)
class ProjectJiraServiceManagementExtensionSettings:
    def __init__(
        self,
        *,
        connection_id: builtins.str,
        is_enabled: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
        service_desk_project_name: builtins.str,
    ) -> None:
        '''
        :param connection_id: The connection identifier associated with the extension settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#connection_id Project#connection_id}
        :param is_enabled: Specifies whether or not this extension is enabled for this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_enabled Project#is_enabled}
        :param service_desk_project_name: The project name associated with this extension. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#service_desk_project_name Project#service_desk_project_name}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9ef48a00deb86e52bafc1802c73b675d42b51dcf5a14d44ab8c3c7b60e6c7da1)
            check_type(argname="argument connection_id", value=connection_id, expected_type=type_hints["connection_id"])
            check_type(argname="argument is_enabled", value=is_enabled, expected_type=type_hints["is_enabled"])
            check_type(argname="argument service_desk_project_name", value=service_desk_project_name, expected_type=type_hints["service_desk_project_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "connection_id": connection_id,
            "is_enabled": is_enabled,
            "service_desk_project_name": service_desk_project_name,
        }

    @builtins.property
    def connection_id(self) -> builtins.str:
        '''The connection identifier associated with the extension settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#connection_id Project#connection_id}
        '''
        result = self._values.get("connection_id")
        assert result is not None, "Required property 'connection_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def is_enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        '''Specifies whether or not this extension is enabled for this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_enabled Project#is_enabled}
        '''
        result = self._values.get("is_enabled")
        assert result is not None, "Required property 'is_enabled' is missing"
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], result)

    @builtins.property
    def service_desk_project_name(self) -> builtins.str:
        '''The project name associated with this extension.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#service_desk_project_name Project#service_desk_project_name}
        '''
        result = self._values.get("service_desk_project_name")
        assert result is not None, "Required property 'service_desk_project_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectJiraServiceManagementExtensionSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectJiraServiceManagementExtensionSettingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectJiraServiceManagementExtensionSettingsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__49480887dca62cd239edf000a1646e101ab403d2759e974bdaebe3c07cde7f32)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectJiraServiceManagementExtensionSettingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__83b6d67078507bdf930e425c6e358b4074dba07896ee5cb2b9adcd5b04748922)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectJiraServiceManagementExtensionSettingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__51be011007ca452706cb3f1328de46b8ce3c243a110df660eefa8d1bf291b5a5)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7a41ce2a821ea038c883f2243357c95e5555218d5e1d4ec8c157dcd464462e53)
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
            type_hints = typing.get_type_hints(_typecheckingstub__be744af316e90f2ebc8c799820a961e85b8081b04586e5bd1774be80838db9fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectJiraServiceManagementExtensionSettings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectJiraServiceManagementExtensionSettings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectJiraServiceManagementExtensionSettings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5945c02a37a06dcccfda82fe633b6ea1de94126dc2930d7c3731a7629a6e1ac3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectJiraServiceManagementExtensionSettingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectJiraServiceManagementExtensionSettingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e5fffbd7f642889ae52c881093dafb0706e6910a2a50d8c361dda0676fb4820e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @builtins.property
    @jsii.member(jsii_name="connectionIdInput")
    def connection_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="isEnabledInput")
    def is_enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isEnabledInput"))

    @builtins.property
    @jsii.member(jsii_name="serviceDeskProjectNameInput")
    def service_desk_project_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "serviceDeskProjectNameInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionId")
    def connection_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionId"))

    @connection_id.setter
    def connection_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__161d9d325e72a124a46deefacbc310b43373d32356a42748fcd97844a64cf311)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isEnabled")
    def is_enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isEnabled"))

    @is_enabled.setter
    def is_enabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95ed2f460e1dc12a0e46aa772c23bb1ec15960a354ed89fa2b621cac6abb3ae1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isEnabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="serviceDeskProjectName")
    def service_desk_project_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "serviceDeskProjectName"))

    @service_desk_project_name.setter
    def service_desk_project_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__559c1c357f76c9038f3d4b4a4cd0510e56dd1b874db1c3b96b26322ee7851c5c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "serviceDeskProjectName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectJiraServiceManagementExtensionSettings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectJiraServiceManagementExtensionSettings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectJiraServiceManagementExtensionSettings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb97a80d7bdb1d80e8afc9996042b13b07bdd26cfb1ac6d1e993fda9c611d8d7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectReleaseCreationStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "channel_id": "channelId",
        "release_creation_package": "releaseCreationPackage",
        "release_creation_package_step_id": "releaseCreationPackageStepId",
    },
)
class ProjectReleaseCreationStrategy:
    def __init__(
        self,
        *,
        channel_id: typing.Optional[builtins.str] = None,
        release_creation_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectReleaseCreationStrategyReleaseCreationPackage", typing.Dict[builtins.str, typing.Any]]]]] = None,
        release_creation_package_step_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param channel_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#channel_id Project#channel_id}.
        :param release_creation_package: release_creation_package block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_creation_package Project#release_creation_package}
        :param release_creation_package_step_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_creation_package_step_id Project#release_creation_package_step_id}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ed1e8a5a15a7173a998d606829f3c720353444c8417f64a3fc012b678b457f68)
            check_type(argname="argument channel_id", value=channel_id, expected_type=type_hints["channel_id"])
            check_type(argname="argument release_creation_package", value=release_creation_package, expected_type=type_hints["release_creation_package"])
            check_type(argname="argument release_creation_package_step_id", value=release_creation_package_step_id, expected_type=type_hints["release_creation_package_step_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if channel_id is not None:
            self._values["channel_id"] = channel_id
        if release_creation_package is not None:
            self._values["release_creation_package"] = release_creation_package
        if release_creation_package_step_id is not None:
            self._values["release_creation_package_step_id"] = release_creation_package_step_id

    @builtins.property
    def channel_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#channel_id Project#channel_id}.'''
        result = self._values.get("channel_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def release_creation_package(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategyReleaseCreationPackage"]]]:
        '''release_creation_package block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_creation_package Project#release_creation_package}
        '''
        result = self._values.get("release_creation_package")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategyReleaseCreationPackage"]]], result)

    @builtins.property
    def release_creation_package_step_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#release_creation_package_step_id Project#release_creation_package_step_id}.'''
        result = self._values.get("release_creation_package_step_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectReleaseCreationStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectReleaseCreationStrategyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectReleaseCreationStrategyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__420f1f23fa974f64a4bedee4d3607412baf444730a9f38f5d04148f2f8cddbe1)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectReleaseCreationStrategyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6bc016c269f34a8535079bf39246946a886577c249a6ff545c374fc6f734f88a)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectReleaseCreationStrategyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__019f705b7bc925f9af2a38deb872ad269468711b2ea93d6e799e6192bdd1af61)
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
            type_hints = typing.get_type_hints(_typecheckingstub__51a8d165297edfff95798c4e457f2d1c0c930f26b3a9e4a4c630e3de499ea0dc)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7a86eef8f6b226d6e9d6d2a92a90ee36f0b6cab48e3666af685d868866b9be38)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__795cf274df2bd02c97f25effe81231525a0f29befde0fe62f4a65605c5ab9d06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectReleaseCreationStrategyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectReleaseCreationStrategyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__fb7531c0c990a38b4c62450d00c71133b2d52133728c37f9eb98dd4e868af8c4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putReleaseCreationPackage")
    def put_release_creation_package(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectReleaseCreationStrategyReleaseCreationPackage", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7b60f83664d0214c66bb2ef1f8c9d806e2ec810c4f7ac3401914903c534475a6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putReleaseCreationPackage", [value]))

    @jsii.member(jsii_name="resetChannelId")
    def reset_channel_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetChannelId", []))

    @jsii.member(jsii_name="resetReleaseCreationPackage")
    def reset_release_creation_package(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseCreationPackage", []))

    @jsii.member(jsii_name="resetReleaseCreationPackageStepId")
    def reset_release_creation_package_step_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetReleaseCreationPackageStepId", []))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackage")
    def release_creation_package(
        self,
    ) -> "ProjectReleaseCreationStrategyReleaseCreationPackageList":
        return typing.cast("ProjectReleaseCreationStrategyReleaseCreationPackageList", jsii.get(self, "releaseCreationPackage"))

    @builtins.property
    @jsii.member(jsii_name="channelIdInput")
    def channel_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "channelIdInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackageInput")
    def release_creation_package_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategyReleaseCreationPackage"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectReleaseCreationStrategyReleaseCreationPackage"]]], jsii.get(self, "releaseCreationPackageInput"))

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackageStepIdInput")
    def release_creation_package_step_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "releaseCreationPackageStepIdInput"))

    @builtins.property
    @jsii.member(jsii_name="channelId")
    def channel_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "channelId"))

    @channel_id.setter
    def channel_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4383d3f3f368627dda8f33a102f7a85759bedd618a5e6a2b934c7c963b4a627f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "channelId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="releaseCreationPackageStepId")
    def release_creation_package_step_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "releaseCreationPackageStepId"))

    @release_creation_package_step_id.setter
    def release_creation_package_step_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4f28293a7bd933b62fc69e2c9fb1c1c08afefbec759dc9ef0784b29b09ed7b7d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "releaseCreationPackageStepId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd2d30ddb3e739f3fa360ae22f03c49d3e6392dbcc8683f96520ba30c30eead8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectReleaseCreationStrategyReleaseCreationPackage",
    jsii_struct_bases=[],
    name_mapping={
        "deployment_action": "deploymentAction",
        "package_reference": "packageReference",
    },
)
class ProjectReleaseCreationStrategyReleaseCreationPackage:
    def __init__(
        self,
        *,
        deployment_action: typing.Optional[builtins.str] = None,
        package_reference: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param deployment_action: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deployment_action Project#deployment_action}.
        :param package_reference: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#package_reference Project#package_reference}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__91f3c97843f68a43f0624551dae059e8388c111fce3a711077192b463a986b8e)
            check_type(argname="argument deployment_action", value=deployment_action, expected_type=type_hints["deployment_action"])
            check_type(argname="argument package_reference", value=package_reference, expected_type=type_hints["package_reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if deployment_action is not None:
            self._values["deployment_action"] = deployment_action
        if package_reference is not None:
            self._values["package_reference"] = package_reference

    @builtins.property
    def deployment_action(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deployment_action Project#deployment_action}.'''
        result = self._values.get("deployment_action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def package_reference(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#package_reference Project#package_reference}.'''
        result = self._values.get("package_reference")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectReleaseCreationStrategyReleaseCreationPackage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectReleaseCreationStrategyReleaseCreationPackageList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectReleaseCreationStrategyReleaseCreationPackageList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__cc314d372bb6235f3a45bdbbdf75d9ef15cce8e8da3ac53a7b6c58226246d2c6)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectReleaseCreationStrategyReleaseCreationPackageOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a24be4e8d5e75f2668bd4e9ee2da1b0c99fa0e8de3eec8b3a3d3ab4072640b42)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectReleaseCreationStrategyReleaseCreationPackageOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__050c718085890582eceba4750003175519b511aa6df01d1b0c4630f3ba2ef1a4)
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
            type_hints = typing.get_type_hints(_typecheckingstub__58748ea497f22fdcf4d9f86d01329a9b2e8e377dec52016a7f4447262b093c39)
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
            type_hints = typing.get_type_hints(_typecheckingstub__7497962812b98d28c6ecfc4810aef76233b7ab9cdc413499317420187e1acd76)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategyReleaseCreationPackage]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategyReleaseCreationPackage]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategyReleaseCreationPackage]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5cc0ffc91fc7d49a14b4c3d8a665593c0876507ee56298a7c9e04b976dca2847)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectReleaseCreationStrategyReleaseCreationPackageOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectReleaseCreationStrategyReleaseCreationPackageOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__0f36b5e59fd31035ad825a77f18b21cfb1ffab828e7a8cce3085f41ef00df7d9)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDeploymentAction")
    def reset_deployment_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeploymentAction", []))

    @jsii.member(jsii_name="resetPackageReference")
    def reset_package_reference(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPackageReference", []))

    @builtins.property
    @jsii.member(jsii_name="deploymentActionInput")
    def deployment_action_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deploymentActionInput"))

    @builtins.property
    @jsii.member(jsii_name="packageReferenceInput")
    def package_reference_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "packageReferenceInput"))

    @builtins.property
    @jsii.member(jsii_name="deploymentAction")
    def deployment_action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deploymentAction"))

    @deployment_action.setter
    def deployment_action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ab8249f9928766014bbed7aec48cc0b6f02f68c31ba29ae866d6408090e6922a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deploymentAction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageReference")
    def package_reference(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageReference"))

    @package_reference.setter
    def package_reference(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4a7055cadef189febbfe641db35122beaf63f4bdfbbdbf6f3dac4fac75d48cea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageReference", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategyReleaseCreationPackage]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategyReleaseCreationPackage]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategyReleaseCreationPackage]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5b93dada9a8b9495f5f43347baa3b5af57741bb0feaad0f5c1477fd0f89185ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectServicenowExtensionSettings",
    jsii_struct_bases=[],
    name_mapping={
        "connection_id": "connectionId",
        "is_enabled": "isEnabled",
        "is_state_automatically_transitioned": "isStateAutomaticallyTransitioned",
        "standard_change_template_name": "standardChangeTemplateName",
    },
)
class ProjectServicenowExtensionSettings:
    def __init__(
        self,
        *,
        connection_id: builtins.str,
        is_enabled: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
        is_state_automatically_transitioned: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
        standard_change_template_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection_id: The connection identifier associated with the extension settings. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#connection_id Project#connection_id}
        :param is_enabled: Specifies whether or not this extension is enabled for this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_enabled Project#is_enabled}
        :param is_state_automatically_transitioned: Specifies whether or not this extension will automatically transition the state of a deployment for this project. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_state_automatically_transitioned Project#is_state_automatically_transitioned}
        :param standard_change_template_name: The name of the standard change template associated with this extension. If provided, deployments will create a standard change based on the provided template, otherwise a normal change will be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#standard_change_template_name Project#standard_change_template_name}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cb985e92002cb0e42cf983d77595a4fc130b46cbf85d5686118658eae03e9eed)
            check_type(argname="argument connection_id", value=connection_id, expected_type=type_hints["connection_id"])
            check_type(argname="argument is_enabled", value=is_enabled, expected_type=type_hints["is_enabled"])
            check_type(argname="argument is_state_automatically_transitioned", value=is_state_automatically_transitioned, expected_type=type_hints["is_state_automatically_transitioned"])
            check_type(argname="argument standard_change_template_name", value=standard_change_template_name, expected_type=type_hints["standard_change_template_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "connection_id": connection_id,
            "is_enabled": is_enabled,
            "is_state_automatically_transitioned": is_state_automatically_transitioned,
        }
        if standard_change_template_name is not None:
            self._values["standard_change_template_name"] = standard_change_template_name

    @builtins.property
    def connection_id(self) -> builtins.str:
        '''The connection identifier associated with the extension settings.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#connection_id Project#connection_id}
        '''
        result = self._values.get("connection_id")
        assert result is not None, "Required property 'connection_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def is_enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        '''Specifies whether or not this extension is enabled for this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_enabled Project#is_enabled}
        '''
        result = self._values.get("is_enabled")
        assert result is not None, "Required property 'is_enabled' is missing"
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], result)

    @builtins.property
    def is_state_automatically_transitioned(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        '''Specifies whether or not this extension will automatically transition the state of a deployment for this project.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#is_state_automatically_transitioned Project#is_state_automatically_transitioned}
        '''
        result = self._values.get("is_state_automatically_transitioned")
        assert result is not None, "Required property 'is_state_automatically_transitioned' is missing"
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], result)

    @builtins.property
    def standard_change_template_name(self) -> typing.Optional[builtins.str]:
        '''The name of the standard change template associated with this extension.

        If provided, deployments will create a standard change based on the provided template, otherwise a normal change will be created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#standard_change_template_name Project#standard_change_template_name}
        '''
        result = self._values.get("standard_change_template_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectServicenowExtensionSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectServicenowExtensionSettingsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectServicenowExtensionSettingsList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__f04d93b5b4f890bc032ba16d0cbe1e94f30dae15ec5357bb343d61b87f53bd45)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectServicenowExtensionSettingsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__35ea2cd4ed8e7d99e01cbbb42ee65096a941bae04b8e692c8df14230b7782d01)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectServicenowExtensionSettingsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d1fbf44f66d93d43771c9b6e4f42769bba0f90801df43beb508282c5e851e25f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__888b5048c31352782936a69c9c5dbe688c60b15fe4648e0e96999dde85a0236b)
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
            type_hints = typing.get_type_hints(_typecheckingstub__b045399613dec14f030938069dcc734d7a1d3206029cf7721de9463622e69984)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectServicenowExtensionSettings]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectServicenowExtensionSettings]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectServicenowExtensionSettings]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__14df198bbc02221bb366a126db5b566eae629121ca573a79b422e16567ba2432)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectServicenowExtensionSettingsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectServicenowExtensionSettingsOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__6d549a7dba7493098fdcc9e1abb4266558bcaf661d69bd832790ab90c794499c)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetStandardChangeTemplateName")
    def reset_standard_change_template_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetStandardChangeTemplateName", []))

    @builtins.property
    @jsii.member(jsii_name="connectionIdInput")
    def connection_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="isEnabledInput")
    def is_enabled_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isEnabledInput"))

    @builtins.property
    @jsii.member(jsii_name="isStateAutomaticallyTransitionedInput")
    def is_state_automatically_transitioned_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isStateAutomaticallyTransitionedInput"))

    @builtins.property
    @jsii.member(jsii_name="standardChangeTemplateNameInput")
    def standard_change_template_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "standardChangeTemplateNameInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionId")
    def connection_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionId"))

    @connection_id.setter
    def connection_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b88cc1e1cc76f683bd721a7abb672982abd48be8bfa87037b957212c2042d91a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isEnabled")
    def is_enabled(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isEnabled"))

    @is_enabled.setter
    def is_enabled(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a53906433546a42008d8ab670434a3a4141cf3bff729a18b2edbda26413ca697)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isEnabled", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isStateAutomaticallyTransitioned")
    def is_state_automatically_transitioned(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isStateAutomaticallyTransitioned"))

    @is_state_automatically_transitioned.setter
    def is_state_automatically_transitioned(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6334547199bdf5af2faf30dc0fd6931570821a3b85ae7ac1352368f57f74f0c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isStateAutomaticallyTransitioned", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="standardChangeTemplateName")
    def standard_change_template_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "standardChangeTemplateName"))

    @standard_change_template_name.setter
    def standard_change_template_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4c65095ae19bc4ed32e7e324ad4e50d80e0ef13d0deb7d6e3167f3fdf69e5c62)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "standardChangeTemplateName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectServicenowExtensionSettings]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectServicenowExtensionSettings]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectServicenowExtensionSettings]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d18610f4d896f13ca21fbe162d7172f4b686e14dde8097ee3002cc13fea02e27)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "default_value": "defaultValue",
        "display_settings": "displaySettings",
        "help_text": "helpText",
        "id": "id",
        "label": "label",
    },
)
class ProjectTemplate:
    def __init__(
        self,
        *,
        name: builtins.str,
        default_value: typing.Optional[builtins.str] = None,
        display_settings: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        help_text: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: The name of the variable set by the parameter. The name can contain letters, digits, dashes and periods. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#name Project#name}
        :param default_value: A default value for the parameter, if applicable. This can be a hard-coded value or a variable reference. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_value Project#default_value}
        :param display_settings: The display settings for the parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#display_settings Project#display_settings}
        :param help_text: The help presented alongside the parameter input. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#help_text Project#help_text}
        :param id: The ID of the template parameter. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#id Project#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param label: The label shown beside the parameter when presented in the deployment process. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#label Project#label}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d32030c41f0ea997301bafe7ebb7374dd575df81be114ebd3f009d226774d803)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument default_value", value=default_value, expected_type=type_hints["default_value"])
            check_type(argname="argument display_settings", value=display_settings, expected_type=type_hints["display_settings"])
            check_type(argname="argument help_text", value=help_text, expected_type=type_hints["help_text"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument label", value=label, expected_type=type_hints["label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if default_value is not None:
            self._values["default_value"] = default_value
        if display_settings is not None:
            self._values["display_settings"] = display_settings
        if help_text is not None:
            self._values["help_text"] = help_text
        if id is not None:
            self._values["id"] = id
        if label is not None:
            self._values["label"] = label

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the variable set by the parameter. The name can contain letters, digits, dashes and periods.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#name Project#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def default_value(self) -> typing.Optional[builtins.str]:
        '''A default value for the parameter, if applicable. This can be a hard-coded value or a variable reference.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#default_value Project#default_value}
        '''
        result = self._values.get("default_value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def display_settings(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''The display settings for the parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#display_settings Project#display_settings}
        '''
        result = self._values.get("display_settings")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def help_text(self) -> typing.Optional[builtins.str]:
        '''The help presented alongside the parameter input.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#help_text Project#help_text}
        '''
        result = self._values.get("help_text")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''The ID of the template parameter.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#id Project#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def label(self) -> typing.Optional[builtins.str]:
        '''The label shown beside the parameter when presented in the deployment process.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#label Project#label}
        '''
        result = self._values.get("label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectTemplateList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectTemplateList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__9f8d7a30d49261f18fc25e4cf18c3df46f91ebcfa711a701a7e76a2178b78352)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "ProjectTemplateOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fea156bf10dcdc58aaf42121ac2afcefdd34f820a16b04aa12753db17bb5d0fa)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectTemplateOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d65388f432517ea02213b4c8a702af8afcb9ccc97ae870d8668eebdc9de5d1c0)
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
            type_hints = typing.get_type_hints(_typecheckingstub__22d5fbd52521ee2ac1e61c2b229eb0aac9d7ed028da3084ba1af76367be5923d)
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
            type_hints = typing.get_type_hints(_typecheckingstub__15b95272c80b8bf6e489464fd6b444283a99f98c35977ef764104280305598fb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectTemplate]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectTemplate]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectTemplate]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__16d2d9b39b2529a563f558770549e2227b9f5bd40c6b8836935b9cd198f333d0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectTemplateOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectTemplateOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e9246ddccb0f71ff985dc6ca92de0b4f65407e12554338f2e867938144150f6d)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDefaultValue")
    def reset_default_value(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultValue", []))

    @jsii.member(jsii_name="resetDisplaySettings")
    def reset_display_settings(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDisplaySettings", []))

    @jsii.member(jsii_name="resetHelpText")
    def reset_help_text(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHelpText", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLabel")
    def reset_label(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLabel", []))

    @builtins.property
    @jsii.member(jsii_name="defaultValueInput")
    def default_value_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultValueInput"))

    @builtins.property
    @jsii.member(jsii_name="displaySettingsInput")
    def display_settings_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "displaySettingsInput"))

    @builtins.property
    @jsii.member(jsii_name="helpTextInput")
    def help_text_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "helpTextInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="labelInput")
    def label_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "labelInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultValue")
    def default_value(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultValue"))

    @default_value.setter
    def default_value(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eb364f241dfc42f51a5658aca8c94f843061d13cb18d2313445a80534867512d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultValue", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="displaySettings")
    def display_settings(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "displaySettings"))

    @display_settings.setter
    def display_settings(
        self,
        value: typing.Mapping[builtins.str, builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8da2fe41e28755fe1d5005b53bc4ebb9da7f46c3b56a3000565f2fd1d3945638)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "displaySettings", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="helpText")
    def help_text(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "helpText"))

    @help_text.setter
    def help_text(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eace4c4b8fd931e99795c5e78d97df04ab95d2b747ee7dbe505605de6de09eb8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "helpText", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b2d0e7cea5359d33123a5277c35ad3d96db6fd171bd129c35d65c53441f81d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="label")
    def label(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "label"))

    @label.setter
    def label(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1d1672424f6d5e3a54bc6740c0a94f1e6b85aba23e1e58d31a54656c4243511d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "label", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b4118278f1bdf3430a1f7089cf62ab45ad26912c3bea34d88243aec353283fd1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectTemplate]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectTemplate]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectTemplate]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8480a5cdb470168bb567b424f28e773c9b35b3b2ee190218fe161547fc37b1fe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectVersioningStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "donor_package": "donorPackage",
        "donor_package_step_id": "donorPackageStepId",
        "template": "template",
    },
)
class ProjectVersioningStrategy:
    def __init__(
        self,
        *,
        donor_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["ProjectVersioningStrategyDonorPackage", typing.Dict[builtins.str, typing.Any]]]]] = None,
        donor_package_step_id: typing.Optional[builtins.str] = None,
        template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param donor_package: donor_package block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#donor_package Project#donor_package}
        :param donor_package_step_id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#donor_package_step_id Project#donor_package_step_id}.
        :param template: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#template Project#template}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__132e6382aedb451d0266ab4ef64615cc49b1d98508d7b53e32e62576785cbd0a)
            check_type(argname="argument donor_package", value=donor_package, expected_type=type_hints["donor_package"])
            check_type(argname="argument donor_package_step_id", value=donor_package_step_id, expected_type=type_hints["donor_package_step_id"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if donor_package is not None:
            self._values["donor_package"] = donor_package
        if donor_package_step_id is not None:
            self._values["donor_package_step_id"] = donor_package_step_id
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def donor_package(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectVersioningStrategyDonorPackage"]]]:
        '''donor_package block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#donor_package Project#donor_package}
        '''
        result = self._values.get("donor_package")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["ProjectVersioningStrategyDonorPackage"]]], result)

    @builtins.property
    def donor_package_step_id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#donor_package_step_id Project#donor_package_step_id}.'''
        result = self._values.get("donor_package_step_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#template Project#template}.'''
        result = self._values.get("template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectVersioningStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="octopusdeploy.project.ProjectVersioningStrategyDonorPackage",
    jsii_struct_bases=[],
    name_mapping={
        "deployment_action": "deploymentAction",
        "package_reference": "packageReference",
    },
)
class ProjectVersioningStrategyDonorPackage:
    def __init__(
        self,
        *,
        deployment_action: typing.Optional[builtins.str] = None,
        package_reference: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param deployment_action: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deployment_action Project#deployment_action}.
        :param package_reference: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#package_reference Project#package_reference}.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__60e745e8d068cd59a330842bbb246520cf4f99caf19d024285cc39620a72b3dd)
            check_type(argname="argument deployment_action", value=deployment_action, expected_type=type_hints["deployment_action"])
            check_type(argname="argument package_reference", value=package_reference, expected_type=type_hints["package_reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if deployment_action is not None:
            self._values["deployment_action"] = deployment_action
        if package_reference is not None:
            self._values["package_reference"] = package_reference

    @builtins.property
    def deployment_action(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#deployment_action Project#deployment_action}.'''
        result = self._values.get("deployment_action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def package_reference(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/octopusdeploy/octopusdeploy/1.17.0/docs/resources/project#package_reference Project#package_reference}.'''
        result = self._values.get("package_reference")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ProjectVersioningStrategyDonorPackage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ProjectVersioningStrategyDonorPackageList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectVersioningStrategyDonorPackageList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__eedabbef225878f5e3284c8a68d7b306f5f5b7ba1bb4617616157cd63570bfbd)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "ProjectVersioningStrategyDonorPackageOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30a254003a43cbba9b9ba410a6b1df4281338f1aa191d10895e1d5da35db98fa)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectVersioningStrategyDonorPackageOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__07be13d8d4e85c5185004c95bdb0d944a277f19844ed7e08b5626b7716df28da)
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
            type_hints = typing.get_type_hints(_typecheckingstub__780fa67e64f6e1409d9b084bfbd328cffabf782c2a303a522bc3efb9c6db7d3a)
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
            type_hints = typing.get_type_hints(_typecheckingstub__4cd1e7b20d228c1cf311f38521e4d8a5f43e121f70ec4d3c0aba729da243abcb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategyDonorPackage]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategyDonorPackage]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategyDonorPackage]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0ae65bf64039e7ad839d3efe9e610c5828ca2feded6b5e0b534247502bfd0921)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectVersioningStrategyDonorPackageOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectVersioningStrategyDonorPackageOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__43cea60dcd3371d47804438673a5b925f16c6e8b14a77a223da9e42fd335703e)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetDeploymentAction")
    def reset_deployment_action(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDeploymentAction", []))

    @jsii.member(jsii_name="resetPackageReference")
    def reset_package_reference(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPackageReference", []))

    @builtins.property
    @jsii.member(jsii_name="deploymentActionInput")
    def deployment_action_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "deploymentActionInput"))

    @builtins.property
    @jsii.member(jsii_name="packageReferenceInput")
    def package_reference_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "packageReferenceInput"))

    @builtins.property
    @jsii.member(jsii_name="deploymentAction")
    def deployment_action(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "deploymentAction"))

    @deployment_action.setter
    def deployment_action(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__26e39ac0409390911278aab8671837d7bb531f9977b2a5f7ea6062e4d649d9d3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "deploymentAction", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="packageReference")
    def package_reference(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "packageReference"))

    @package_reference.setter
    def package_reference(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__db00abf67e76d0d473b6741e9f0daf48df16b0ee834a20f2f2c9139e422876b4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "packageReference", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategyDonorPackage]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategyDonorPackage]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategyDonorPackage]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b6f7099366e43c12b02bc8086c2025562e09c096c027020b3a9b5705909a822b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectVersioningStrategyList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectVersioningStrategyList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__d4f7d4efa41489063fd35d318286b53f09101b075825c39d18eedb6dbb1739da)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(self, index: jsii.Number) -> "ProjectVersioningStrategyOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a145d81226825603f1c8c6293e9e52e776b47feca40c108c1ef2480b209da94f)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("ProjectVersioningStrategyOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67448a4a34e8766446fa5465fa4114be0de45560ded187d63c15a6d39d395de2)
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
            type_hints = typing.get_type_hints(_typecheckingstub__fec57e69ea1f6c17e297e13553c5e663943d5e8aa236051700ea6623a0a2af2f)
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
            type_hints = typing.get_type_hints(_typecheckingstub__126f631e905f119efea115706a3fedf0e779091639d09efaa761f81a6b8f37f4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategy]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategy]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategy]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c72827ab18d17a40a75c71f5eaf02c52363925a7e463cdf8314394fc66e1bb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class ProjectVersioningStrategyOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="octopusdeploy.project.ProjectVersioningStrategyOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__e90b91b8ab29d483d212b446c1e4054a2beaf68adabdcdaf2df72993d4e9ffd7)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putDonorPackage")
    def put_donor_package(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectVersioningStrategyDonorPackage, typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1ea943b3ba8ef3cd852f9ceaa14c0eca77e0aaeb564c1aba7c2a7737dab82ed9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putDonorPackage", [value]))

    @jsii.member(jsii_name="resetDonorPackage")
    def reset_donor_package(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDonorPackage", []))

    @jsii.member(jsii_name="resetDonorPackageStepId")
    def reset_donor_package_step_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDonorPackageStepId", []))

    @jsii.member(jsii_name="resetTemplate")
    def reset_template(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTemplate", []))

    @builtins.property
    @jsii.member(jsii_name="donorPackage")
    def donor_package(self) -> ProjectVersioningStrategyDonorPackageList:
        return typing.cast(ProjectVersioningStrategyDonorPackageList, jsii.get(self, "donorPackage"))

    @builtins.property
    @jsii.member(jsii_name="donorPackageInput")
    def donor_package_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategyDonorPackage]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategyDonorPackage]]], jsii.get(self, "donorPackageInput"))

    @builtins.property
    @jsii.member(jsii_name="donorPackageStepIdInput")
    def donor_package_step_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "donorPackageStepIdInput"))

    @builtins.property
    @jsii.member(jsii_name="templateInput")
    def template_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "templateInput"))

    @builtins.property
    @jsii.member(jsii_name="donorPackageStepId")
    def donor_package_step_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "donorPackageStepId"))

    @donor_package_step_id.setter
    def donor_package_step_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__23e12ccc7ba8c1e4ac3baba360d3e6b0c71a9f64086ccea54c315681c5dc04a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "donorPackageStepId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="template")
    def template(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "template"))

    @template.setter
    def template(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25c7db35e3d79c1cd4cc228c71cf49f2be48bd3dd353ac74a44cc94ae7dcc100)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "template", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategy]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategy]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategy]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3e5394c918ce79aab5279f3507eb36fcc8dbb63e31e0506672e683436c7f2096)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "Project",
    "ProjectAutoDeployReleaseOverrides",
    "ProjectAutoDeployReleaseOverridesList",
    "ProjectAutoDeployReleaseOverridesOutputReference",
    "ProjectConfig",
    "ProjectConnectivityPolicy",
    "ProjectConnectivityPolicyList",
    "ProjectConnectivityPolicyOutputReference",
    "ProjectGitAnonymousPersistenceSettings",
    "ProjectGitAnonymousPersistenceSettingsList",
    "ProjectGitAnonymousPersistenceSettingsOutputReference",
    "ProjectGitGithubAppPersistenceSettings",
    "ProjectGitGithubAppPersistenceSettingsList",
    "ProjectGitGithubAppPersistenceSettingsOutputReference",
    "ProjectGitLibraryPersistenceSettings",
    "ProjectGitLibraryPersistenceSettingsList",
    "ProjectGitLibraryPersistenceSettingsOutputReference",
    "ProjectGitUsernamePasswordPersistenceSettings",
    "ProjectGitUsernamePasswordPersistenceSettingsList",
    "ProjectGitUsernamePasswordPersistenceSettingsOutputReference",
    "ProjectJiraServiceManagementExtensionSettings",
    "ProjectJiraServiceManagementExtensionSettingsList",
    "ProjectJiraServiceManagementExtensionSettingsOutputReference",
    "ProjectReleaseCreationStrategy",
    "ProjectReleaseCreationStrategyList",
    "ProjectReleaseCreationStrategyOutputReference",
    "ProjectReleaseCreationStrategyReleaseCreationPackage",
    "ProjectReleaseCreationStrategyReleaseCreationPackageList",
    "ProjectReleaseCreationStrategyReleaseCreationPackageOutputReference",
    "ProjectServicenowExtensionSettings",
    "ProjectServicenowExtensionSettingsList",
    "ProjectServicenowExtensionSettingsOutputReference",
    "ProjectTemplate",
    "ProjectTemplateList",
    "ProjectTemplateOutputReference",
    "ProjectVersioningStrategy",
    "ProjectVersioningStrategyDonorPackage",
    "ProjectVersioningStrategyDonorPackageList",
    "ProjectVersioningStrategyDonorPackageOutputReference",
    "ProjectVersioningStrategyList",
    "ProjectVersioningStrategyOutputReference",
]

publication.publish()

def _typecheckingstub__eb32cef877729a28442dad977fdc8b46122b7b1c9a9c90916652b25d27d4dc06(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    lifecycle_id: builtins.str,
    name: builtins.str,
    project_group_id: builtins.str,
    allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    auto_create_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    auto_deploy_release_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectAutoDeployReleaseOverrides, typing.Dict[builtins.str, typing.Any]]]]] = None,
    cloned_from_project_id: typing.Optional[builtins.str] = None,
    connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    default_guided_failure_mode: typing.Optional[builtins.str] = None,
    default_to_skip_if_already_installed: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    deployment_changes_template: typing.Optional[builtins.str] = None,
    deprovisioning_runbook_id: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    git_anonymous_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitAnonymousPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    git_github_app_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitGithubAppPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    git_library_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitLibraryPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    git_username_password_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitUsernamePasswordPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    included_library_variable_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_version_controlled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    jira_service_management_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectJiraServiceManagementExtensionSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    project_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    provisioning_runbook_id: typing.Optional[builtins.str] = None,
    release_creation_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectReleaseCreationStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    release_notes_template: typing.Optional[builtins.str] = None,
    servicenow_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectServicenowExtensionSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    template: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectTemplate, typing.Dict[builtins.str, typing.Any]]]]] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    versioning_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectVersioningStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
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

def _typecheckingstub__8fbf5201fb903715696e314e11f0a7faa3995e97ccd47f734ad4d7ca012473ac(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3c66df279684b6e527248c0580d4269c2eb873bbd04f8f81d8fb881c8aa1afd(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectAutoDeployReleaseOverrides, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc79d29689c7591414f83cb5933fb382d352b90f505e90b753c2297877c6a1a8(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__deaa142656749560fb86eefa6724ddf227dc570833576c05bc91c0733b56da28(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitAnonymousPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__256394037d2cfaa39eb8f4f9476fd248317f14a1b124a9d8c9dee7dffdb08c4b(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitGithubAppPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c6dd6146317755f94c6b66c130ef9873e1d52989438d1e6282c8811413cd57a(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitLibraryPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__711d991500e10e0fd3ef2f45fa8f1e0bc3e93b19628530912d8c4bf8de2b5c67(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitUsernamePasswordPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8ccd4fcf952948b76afd72e86a4139978d053cbaef5d4dc9f1d3e752bedf801(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectJiraServiceManagementExtensionSettings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5f569d1ce1572b6306adc152052b38373d37ec5b044714d0097e87c37225107(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectReleaseCreationStrategy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1719324ab719c49079df816a0550149c8d931a4558d2c92ca348ec1fed238f2(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectServicenowExtensionSettings, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bfb4236586ac8e280364aa549a5f3058d6cebce6d7e1ff10f17ebbb954c265c2(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectTemplate, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8fea8c5516b3ccf3b41c8ad53b7d4e5f7bab2a452d8ce566dbfff11e18278a4(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectVersioningStrategy, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dc607c8859d8af43e5905209dde4429fd99167658631b2b201b584e511812bf(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4df7d0a5bbf6361cd120e4d227ca78dd07c2a9938918f11488db3ec400ac6fec(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__899111a89216293dc122e167f5165264eeefca8743237230da69d2e04367fe23(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65f3726d672947d150039f13575e233b0988722992ee53b682cd5298cfcceb46(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__def202e73a21f4b45beb374cb9cbeb06752dbdabe651e99c6b33696cacfea9e1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4651a7e5cbab3d8ad30c0d50884bd74fd432418329dc6030a9409fdd3ff14b3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0a5299f979cf43165720880d52f59bf72365a8e844bd11468d261c77c44a166(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd96406aad5ce953fbd56e1c0d79ed201cbdfa204bc9cbfb20f2a05d4467b66c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0da273fac7607e768c8154f398bf552d08a61bd2843cebc6e6e935b4944a3f77(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e20fbd26da3c0ad0a62ad844adfe62c8c37960480d4f88e2152367ecd979c6fa(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fa852dae46d988fb9f59d3154bab7576709e81642b57562b8fdb88a41647f4b(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__135817f8bf87b3d4a685de43b0bd3af965d5f755e1e1df20c02171c893cb5f39(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__772a0a4ef7e5124ed5badc7d82301e5b501d4594feb70393a5e2331a181fb35e(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73548a488f5197bd2326df39451d1aa82c711e173f7b1a5ecc0c74b2b4572583(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df8dbd311589326e4ad4696ead15c50563bf7dd60b2198950580aa53c46b33b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c78f904508fb13ce4d44d9e8156aef63d4672384149bbe4cbccb6a84c5fcfd92(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02a8c67a0a840b2d2ec0852997dfcaeedf75000a058e825b954d8653e4db5a07(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38e8a8db952eebdaf683b6985e224fdade7ab7093c7e9351ee9f9d12d89fbd54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4eabe343599782f7447603780a1b41377a3c8ed47e1deef10d5e56252b777270(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__807634955a755dc8d21447e6d2980ee0fdb5a9cf95da6b0417023289e8595e36(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61375ace30f9d7da2b9482b2b230409548356bc88a5aec49685c5d16a7f1b87f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf7eeb8646201ec1eccf0effe6a70e0ee6fb97456291d2261e850881e0e0a7f0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__030a1eb52219551d696153d3d4cbdfa6f3db0461b5aa53e38b23d35934035981(
    *,
    environment_id: typing.Optional[builtins.str] = None,
    release_id: typing.Optional[builtins.str] = None,
    tenant_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a382e3b83acda93689367a39534ae9c8e8a0e6fbd8d10d5f767337f74ab64c65(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab0414ac5b742038b9ca97e7f97857a1bf9db5e93dd304d40353a46b4e90d1f8(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e22d5445e657c682b6786edb505ac273d1693784a75578ace3918213b9a772a0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24ed8eb77e2867fdca1ad6ce2e2da45adb7fd5c2e933f0a77502c61846f2967c(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6ad1798d6bd4e09da7adb8958c3c761c8711b1d57cc8ed311036f3eb0cf351d(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a083da2bd99ba3e83683ad2e5f0db08670956e402364115b70620a4c05fffc5(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectAutoDeployReleaseOverrides]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d72449c813cd0da042dff2b492e6ac27928fc37e60f1fd87ca1b20791fd70bc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f45dd3e2879154b149f50a05add7d8f4f0ec6dfd0d4786296146c6b36b5f927d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa4e13ed12265e22e6c9b5d9d3724a8186356f219ec21f878f24bd6e019406d4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51e1eee95042300e805127e80825b887e90f69f5509a158c58083a028d2aaf91(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03257326bc2af4ebb930163d6429750d0c65ae770ac6806f7447e5e632cd951a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectAutoDeployReleaseOverrides]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2eaea049fa349ebbd2639ae6f07c5713090e502323d839da30d3a0cf9d38cd78(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    lifecycle_id: builtins.str,
    name: builtins.str,
    project_group_id: builtins.str,
    allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    auto_create_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    auto_deploy_release_overrides: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectAutoDeployReleaseOverrides, typing.Dict[builtins.str, typing.Any]]]]] = None,
    cloned_from_project_id: typing.Optional[builtins.str] = None,
    connectivity_policy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectConnectivityPolicy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    default_guided_failure_mode: typing.Optional[builtins.str] = None,
    default_to_skip_if_already_installed: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    deployment_changes_template: typing.Optional[builtins.str] = None,
    deprovisioning_runbook_id: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    git_anonymous_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitAnonymousPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    git_github_app_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitGithubAppPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    git_library_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitLibraryPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    git_username_password_persistence_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectGitUsernamePasswordPersistenceSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    included_library_variable_sets: typing.Optional[typing.Sequence[builtins.str]] = None,
    is_disabled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_discrete_channel_release: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    is_version_controlled: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    jira_service_management_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectJiraServiceManagementExtensionSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    project_tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    provisioning_runbook_id: typing.Optional[builtins.str] = None,
    release_creation_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectReleaseCreationStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
    release_notes_template: typing.Optional[builtins.str] = None,
    servicenow_extension_settings: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectServicenowExtensionSettings, typing.Dict[builtins.str, typing.Any]]]]] = None,
    slug: typing.Optional[builtins.str] = None,
    space_id: typing.Optional[builtins.str] = None,
    template: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectTemplate, typing.Dict[builtins.str, typing.Any]]]]] = None,
    tenanted_deployment_participation: typing.Optional[builtins.str] = None,
    versioning_strategy: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectVersioningStrategy, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f35fc533225e13f583846e7a6f2575045bbe619c4c77424f700801b80cc79d3a(
    *,
    allow_deployments_to_no_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    exclude_unhealthy_targets: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    skip_machine_behavior: typing.Optional[builtins.str] = None,
    target_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cedc8a9748ede4c183f7f7d0ec9821250f8061f8430a0163b468721bfeb552f6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5b4829b1abdd93a60fbbca01f175a52ab94675fbdcef3feb7ceb617b30dd223(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08a23039a647fc5db072b05f3c949506b84354f6450e9d7fc867b65314b7370b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0310d989c0fc493db82f9ff1ca34b05e8b50b4ec3f371b4b1127b622858b8704(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__24d7b83e092748ebce4f9b35a104efef40ed6e9bb6dcc25856aeff6d8f25e0a0(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a8beec0064d00d6b5241b812a7ad192c5272e35dd20c8dd676de16980bd2efd(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectConnectivityPolicy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0dad0d3cc55467be0ea39c1a88673ce078c4414e06609a5e54f922944accb678(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32eea089da93a38b90f9f0c267c5c8e1ca23ad2b3732b5be5a3faf23604d6606(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ee92ec3c47ab4cffcf6b71cc82bc5108e7ac8d0102d84858b80368bd6dca438(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84970af615490b76e2323fda4e8e20b3f03e1f53a69a1b43669d6647656dc6b4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85447412a9d2287d41e9730df57eab3bc42b2674a3d2e244261e6ba1764cbf0a(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d32c60a7664c013bc895c026221271ab8eae9f65b593d551e96c6c9806da99e(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectConnectivityPolicy]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5f2c40ca067aa3cd800ade185658c7131a2295703391f269262906020682534(
    *,
    url: builtins.str,
    base_path: typing.Optional[builtins.str] = None,
    default_branch: typing.Optional[builtins.str] = None,
    protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16308b5601e048095e2f9331a89fc235b646670abfb58774191c36a51c64d65f(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a569e931bfbf9915b2362b5b79ccacc35228c0a218b4ba92198882b6d1b9d3d(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0eff5d46dc1b6e20e72ba1fb91c2a4507c58aafb13514166a929ee9a9bfd804(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__414cb74b74b9475b58396b54fdcc81fa6ee4fe38cf2564f216b32f660a143224(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__700313345e2e4db491616291a9aa7a0951344c13620c34a6de5a77c8633956f7(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bc5a71c163461757843e8db21fe104709d013c3882e0796cfdf92d91ceb3ca2(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitAnonymousPersistenceSettings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5aee0b6f5453fb2bdc214051ff1b1d8cd7b69fe183144ecf81428330f18edaa3(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__215cf42e8c0787ca7aa9c97d9c8957f6cf28424e76cd8e5a553b269c8d5c6db1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80afda45c3ba601dcf4585e86ea204995dd64f82a7183fd4c01757eeaa667b78(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5dccb1130da30ecb3255c428c1fb7bc41110a7675cb43df87582864b8f57b13(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2eaa5ff897a58f88a18fd9f1141c625beeeb01c30c3f017718f3143a21b3c321(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e021baaf5483b96467e80d506f4f83030ebe126f59d11f47729c211d703b57d2(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitAnonymousPersistenceSettings]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7077cfa8e5b056d47c6e11edb98435e33d68b2d0dc403601fc5696837e3e9c79(
    *,
    github_connection_id: builtins.str,
    url: builtins.str,
    base_path: typing.Optional[builtins.str] = None,
    default_branch: typing.Optional[builtins.str] = None,
    protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34f711db161719acbbbed7fb401e4c0a8ac672adb0a018ed379601fefb10cb82(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcbf9ce5aa2e2a3c295d01f58ff99c710fdbdfb51871ecfa0474434fd8e422e1(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e159760b83d4a6bb130689887eb85d6076fa4bfe6b0778688a9139ff69a2a840(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16adf579c622d3b66490df2bfe7e4c05577a708ae0d9997bc999814f920c3ee7(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76ceb91e9711bcbaf64516025a498f7406321cd0d3976842cafb966490d2f78b(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c0b86ea580fe103a80200232afff0b10830d44d93bfd2a7b807bd531be42277(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitGithubAppPersistenceSettings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d13834ea62715084a087df15c78a650a9fb356960464427e0474ee8a27825291(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7785ded55db152ce843f3990138c8917f66996629fcf51c895da99fdf7978d87(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2ada9309a2820bcd66234a125be3044df165706a682d1ce3c4ddf99973a7ce6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__883db5b1745577d84ac84c54fdb9f66869e83d4f4523de08a47d01d546cfa676(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8466014d256199f35c79bf3ce618ef5d16acbc8a18bd8ccb1948086b166166f8(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad2df776a5f54abcd98bd0f71212441a84f8cf276e12a2c1707e08e89e0e0ba1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__443829f2e91f5744174c0eea0bdd22718dd812d006d3ef0e3ab41694b20255e1(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitGithubAppPersistenceSettings]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__906d0b455dbd2eb1705816e94d16a2c24661542815c05d9dda6b283a4a6a6552(
    *,
    git_credential_id: builtins.str,
    url: builtins.str,
    base_path: typing.Optional[builtins.str] = None,
    default_branch: typing.Optional[builtins.str] = None,
    protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__206ba4fd108d9ea763ca109e448db4d2740bcc999e0d2832950b86701d826515(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cfb4c5602657b15e2c613715ca5dd7f1f7c709acd8dcf1dbe3a19a374f26d39(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ec9d700917cca3f77b9179f451b98b437f74f9c8c08a8a4794c7e92f71d15ec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13961b6c8d75b522860dbad7d88cdbb51d012ccae4254e66f21c5412b0b24c18(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7685eb792d396c232660777c54e7cecfbb8d87cfa07d25ef9768f619f8268b68(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cca31c996134dfb3c6d08817e7b418c772662d377e012df3d6d44a73a27b98f(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitLibraryPersistenceSettings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6255e8d56dfab602b87b8348d2cff0d3a5164dd176288be22c5164c85a152adb(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a93610415e1bd086e53b02d3601fb12ffd4716cbbd63e5d77e302d9e97fe27e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b1e4315c9fdb5698772c5fef425c0f61753ac3aaa917f770450b6c6304af37f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03b014b1a9c41ad5052adb0aa03978dba2ee845c9be4210c2b5af2e57bf9e97a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__803bb4910442de77630c428a650cbe66b7417d31ffe659cfdcda5c3255cf9adc(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fffd76b27544ce7f2db9eadca5a1f84f2e01298ff540d617ee1ac384cae951c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6999e36fcf991bb3a2c85148c072e61b14875930488d28214a0d879598bc6b2e(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitLibraryPersistenceSettings]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9454d2f942fb815b17992f2ff67fd271fb0b85ecf30d3473941346ececc52a7(
    *,
    password: builtins.str,
    url: builtins.str,
    username: builtins.str,
    base_path: typing.Optional[builtins.str] = None,
    default_branch: typing.Optional[builtins.str] = None,
    protected_branches: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30f7a045a81fa1d6c84273adc336f56c9997d9212ce371d7e482a905e695d7f1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a04a1974903beda1b55b18cafe12d0f86a4d4a758753e1b99265ba1597810389(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf2972b4a7016df8675b59d864774120fcd20e11a544b7ca6960e99cca2d4f91(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__302eb5e5f07bd5c3114e096d26ec6f18a8d211b5a2ad339a0e52f8260a846c0e(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f6df1bf2859c48a54b17007e7c32adcdb477cf366199a1cbe91a5407e6e39b6(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b71490b3c88e69fbfd09f5070367b7b2c49f203959047f939c2fe6fc05b81ad9(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectGitUsernamePasswordPersistenceSettings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7eee63687e35e9c9fee9cf9b65323d6903bbda95aee8eeec76a2d17d663294ad(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4b56bc68fd470aa99894b70224910e80a55f32a43019fc161d1ac15b3a0aea7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f29958e7ae75411742c6d929da918eca5191a7b74154b2a68f26c936f2ac6b1f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c303ede62c3b93d63e7df5508a5fa44e0e157c27427bdf534a0a2c7bca31059(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2b0b715e90b66ae890d000e99b430da85150c55e955ebd225596992d30b2034(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d6e5844401925b870e9d0092179c89581d21049f8d2194e441d14aea9c5d097(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00247d9c42a822055444c5cdf182ad4a63375960419566832c3220c324110a87(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__444039be37098ece9ca69bae6df2ea16ad43150789e0f55a8814c594b1e1f5b6(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectGitUsernamePasswordPersistenceSettings]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ef48a00deb86e52bafc1802c73b675d42b51dcf5a14d44ab8c3c7b60e6c7da1(
    *,
    connection_id: builtins.str,
    is_enabled: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    service_desk_project_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49480887dca62cd239edf000a1646e101ab403d2759e974bdaebe3c07cde7f32(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83b6d67078507bdf930e425c6e358b4074dba07896ee5cb2b9adcd5b04748922(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51be011007ca452706cb3f1328de46b8ce3c243a110df660eefa8d1bf291b5a5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a41ce2a821ea038c883f2243357c95e5555218d5e1d4ec8c157dcd464462e53(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be744af316e90f2ebc8c799820a961e85b8081b04586e5bd1774be80838db9fe(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5945c02a37a06dcccfda82fe633b6ea1de94126dc2930d7c3731a7629a6e1ac3(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectJiraServiceManagementExtensionSettings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5fffbd7f642889ae52c881093dafb0706e6910a2a50d8c361dda0676fb4820e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__161d9d325e72a124a46deefacbc310b43373d32356a42748fcd97844a64cf311(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95ed2f460e1dc12a0e46aa772c23bb1ec15960a354ed89fa2b621cac6abb3ae1(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__559c1c357f76c9038f3d4b4a4cd0510e56dd1b874db1c3b96b26322ee7851c5c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb97a80d7bdb1d80e8afc9996042b13b07bdd26cfb1ac6d1e993fda9c611d8d7(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectJiraServiceManagementExtensionSettings]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed1e8a5a15a7173a998d606829f3c720353444c8417f64a3fc012b678b457f68(
    *,
    channel_id: typing.Optional[builtins.str] = None,
    release_creation_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectReleaseCreationStrategyReleaseCreationPackage, typing.Dict[builtins.str, typing.Any]]]]] = None,
    release_creation_package_step_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__420f1f23fa974f64a4bedee4d3607412baf444730a9f38f5d04148f2f8cddbe1(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bc016c269f34a8535079bf39246946a886577c249a6ff545c374fc6f734f88a(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__019f705b7bc925f9af2a38deb872ad269468711b2ea93d6e799e6192bdd1af61(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51a8d165297edfff95798c4e457f2d1c0c930f26b3a9e4a4c630e3de499ea0dc(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a86eef8f6b226d6e9d6d2a92a90ee36f0b6cab48e3666af685d868866b9be38(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__795cf274df2bd02c97f25effe81231525a0f29befde0fe62f4a65605c5ab9d06(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb7531c0c990a38b4c62450d00c71133b2d52133728c37f9eb98dd4e868af8c4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b60f83664d0214c66bb2ef1f8c9d806e2ec810c4f7ac3401914903c534475a6(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectReleaseCreationStrategyReleaseCreationPackage, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4383d3f3f368627dda8f33a102f7a85759bedd618a5e6a2b934c7c963b4a627f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f28293a7bd933b62fc69e2c9fb1c1c08afefbec759dc9ef0784b29b09ed7b7d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd2d30ddb3e739f3fa360ae22f03c49d3e6392dbcc8683f96520ba30c30eead8(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategy]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91f3c97843f68a43f0624551dae059e8388c111fce3a711077192b463a986b8e(
    *,
    deployment_action: typing.Optional[builtins.str] = None,
    package_reference: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc314d372bb6235f3a45bdbbdf75d9ef15cce8e8da3ac53a7b6c58226246d2c6(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a24be4e8d5e75f2668bd4e9ee2da1b0c99fa0e8de3eec8b3a3d3ab4072640b42(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__050c718085890582eceba4750003175519b511aa6df01d1b0c4630f3ba2ef1a4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58748ea497f22fdcf4d9f86d01329a9b2e8e377dec52016a7f4447262b093c39(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7497962812b98d28c6ecfc4810aef76233b7ab9cdc413499317420187e1acd76(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cc0ffc91fc7d49a14b4c3d8a665593c0876507ee56298a7c9e04b976dca2847(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectReleaseCreationStrategyReleaseCreationPackage]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f36b5e59fd31035ad825a77f18b21cfb1ffab828e7a8cce3085f41ef00df7d9(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab8249f9928766014bbed7aec48cc0b6f02f68c31ba29ae866d6408090e6922a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a7055cadef189febbfe641db35122beaf63f4bdfbbdbf6f3dac4fac75d48cea(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b93dada9a8b9495f5f43347baa3b5af57741bb0feaad0f5c1477fd0f89185ab(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectReleaseCreationStrategyReleaseCreationPackage]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb985e92002cb0e42cf983d77595a4fc130b46cbf85d5686118658eae03e9eed(
    *,
    connection_id: builtins.str,
    is_enabled: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    is_state_automatically_transitioned: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    standard_change_template_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f04d93b5b4f890bc032ba16d0cbe1e94f30dae15ec5357bb343d61b87f53bd45(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35ea2cd4ed8e7d99e01cbbb42ee65096a941bae04b8e692c8df14230b7782d01(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1fbf44f66d93d43771c9b6e4f42769bba0f90801df43beb508282c5e851e25f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__888b5048c31352782936a69c9c5dbe688c60b15fe4648e0e96999dde85a0236b(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b045399613dec14f030938069dcc734d7a1d3206029cf7721de9463622e69984(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14df198bbc02221bb366a126db5b566eae629121ca573a79b422e16567ba2432(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectServicenowExtensionSettings]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d549a7dba7493098fdcc9e1abb4266558bcaf661d69bd832790ab90c794499c(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b88cc1e1cc76f683bd721a7abb672982abd48be8bfa87037b957212c2042d91a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a53906433546a42008d8ab670434a3a4141cf3bff729a18b2edbda26413ca697(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6334547199bdf5af2faf30dc0fd6931570821a3b85ae7ac1352368f57f74f0c4(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c65095ae19bc4ed32e7e324ad4e50d80e0ef13d0deb7d6e3167f3fdf69e5c62(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d18610f4d896f13ca21fbe162d7172f4b686e14dde8097ee3002cc13fea02e27(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectServicenowExtensionSettings]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d32030c41f0ea997301bafe7ebb7374dd575df81be114ebd3f009d226774d803(
    *,
    name: builtins.str,
    default_value: typing.Optional[builtins.str] = None,
    display_settings: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    help_text: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f8d7a30d49261f18fc25e4cf18c3df46f91ebcfa711a701a7e76a2178b78352(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fea156bf10dcdc58aaf42121ac2afcefdd34f820a16b04aa12753db17bb5d0fa(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d65388f432517ea02213b4c8a702af8afcb9ccc97ae870d8668eebdc9de5d1c0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22d5fbd52521ee2ac1e61c2b229eb0aac9d7ed028da3084ba1af76367be5923d(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15b95272c80b8bf6e489464fd6b444283a99f98c35977ef764104280305598fb(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16d2d9b39b2529a563f558770549e2227b9f5bd40c6b8836935b9cd198f333d0(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectTemplate]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9246ddccb0f71ff985dc6ca92de0b4f65407e12554338f2e867938144150f6d(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb364f241dfc42f51a5658aca8c94f843061d13cb18d2313445a80534867512d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8da2fe41e28755fe1d5005b53bc4ebb9da7f46c3b56a3000565f2fd1d3945638(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eace4c4b8fd931e99795c5e78d97df04ab95d2b747ee7dbe505605de6de09eb8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b2d0e7cea5359d33123a5277c35ad3d96db6fd171bd129c35d65c53441f81d5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d1672424f6d5e3a54bc6740c0a94f1e6b85aba23e1e58d31a54656c4243511d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4118278f1bdf3430a1f7089cf62ab45ad26912c3bea34d88243aec353283fd1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8480a5cdb470168bb567b424f28e773c9b35b3b2ee190218fe161547fc37b1fe(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectTemplate]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__132e6382aedb451d0266ab4ef64615cc49b1d98508d7b53e32e62576785cbd0a(
    *,
    donor_package: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectVersioningStrategyDonorPackage, typing.Dict[builtins.str, typing.Any]]]]] = None,
    donor_package_step_id: typing.Optional[builtins.str] = None,
    template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60e745e8d068cd59a330842bbb246520cf4f99caf19d024285cc39620a72b3dd(
    *,
    deployment_action: typing.Optional[builtins.str] = None,
    package_reference: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eedabbef225878f5e3284c8a68d7b306f5f5b7ba1bb4617616157cd63570bfbd(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30a254003a43cbba9b9ba410a6b1df4281338f1aa191d10895e1d5da35db98fa(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07be13d8d4e85c5185004c95bdb0d944a277f19844ed7e08b5626b7716df28da(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__780fa67e64f6e1409d9b084bfbd328cffabf782c2a303a522bc3efb9c6db7d3a(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cd1e7b20d228c1cf311f38521e4d8a5f43e121f70ec4d3c0aba729da243abcb(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ae65bf64039e7ad839d3efe9e610c5828ca2feded6b5e0b534247502bfd0921(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategyDonorPackage]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43cea60dcd3371d47804438673a5b925f16c6e8b14a77a223da9e42fd335703e(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26e39ac0409390911278aab8671837d7bb531f9977b2a5f7ea6062e4d649d9d3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db00abf67e76d0d473b6741e9f0daf48df16b0ee834a20f2f2c9139e422876b4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6f7099366e43c12b02bc8086c2025562e09c096c027020b3a9b5705909a822b(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategyDonorPackage]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4f7d4efa41489063fd35d318286b53f09101b075825c39d18eedb6dbb1739da(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a145d81226825603f1c8c6293e9e52e776b47feca40c108c1ef2480b209da94f(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67448a4a34e8766446fa5465fa4114be0de45560ded187d63c15a6d39d395de2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fec57e69ea1f6c17e297e13553c5e663943d5e8aa236051700ea6623a0a2af2f(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__126f631e905f119efea115706a3fedf0e779091639d09efaa761f81a6b8f37f4(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c72827ab18d17a40a75c71f5eaf02c52363925a7e463cdf8314394fc66e1bb0(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[ProjectVersioningStrategy]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e90b91b8ab29d483d212b446c1e4054a2beaf68adabdcdaf2df72993d4e9ffd7(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ea943b3ba8ef3cd852f9ceaa14c0eca77e0aaeb564c1aba7c2a7737dab82ed9(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[ProjectVersioningStrategyDonorPackage, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23e12ccc7ba8c1e4ac3baba360d3e6b0c71a9f64086ccea54c315681c5dc04a7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25c7db35e3d79c1cd4cc228c71cf49f2be48bd3dd353ac74a44cc94ae7dcc100(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e5394c918ce79aab5279f3507eb36fcc8dbb63e31e0506672e683436c7f2096(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, ProjectVersioningStrategy]],
) -> None:
    """Type checking stubs"""
    pass
