"""Resource groups of the KittyCAD API, one per tag: written by the fabapi pipeline, do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, cast
from uuid import UUID

from fabapi_core import AsyncCaller, AsyncPager, Caller, OperationInfo, Pager, PageStyle, RawResponse

from .api.api_calls import get_api_call_for_user as _get_api_call_for_user
from .api.api_calls import get_async_operation as _get_async_operation
from .api.api_calls import list_api_calls_for_user as _list_api_calls_for_user
from .api.api_tokens import create_api_token_for_user as _create_api_token_for_user
from .api.api_tokens import delete_api_token_for_user as _delete_api_token_for_user
from .api.api_tokens import get_api_token_for_user as _get_api_token_for_user
from .api.api_tokens import list_api_tokens_for_user as _list_api_tokens_for_user
from .api.constant import get_physics_constant as _get_physics_constant
from .api.file import create_file_2d_vector_conversion as _create_file_2d_vector_conversion
from .api.file import create_file_3d_conversion as _create_file_3d_conversion
from .api.file import create_file_center_of_mass as _create_file_center_of_mass
from .api.file import create_file_conversion as _create_file_conversion
from .api.file import create_file_density as _create_file_density
from .api.file import create_file_mass as _create_file_mass
from .api.file import create_file_surface_area as _create_file_surface_area
from .api.file import create_file_volume as _create_file_volume
from .api.file import get_file_conversion as _get_file_conversion
from .api.file import get_file_conversion_for_user as _get_file_conversion_for_user
from .api.meta import get_schema as _get_schema
from .api.meta import ping as _ping
from .api.payments import create_payment_information_for_user as _create_payment_information_for_user
from .api.payments import delete_payment_information_for_user as _delete_payment_information_for_user
from .api.payments import get_payment_balance_for_user as _get_payment_balance_for_user
from .api.payments import get_payment_information_for_user as _get_payment_information_for_user
from .api.payments import list_invoices_for_user as _list_invoices_for_user
from .api.payments import list_payment_methods_for_user as _list_payment_methods_for_user
from .api.payments import update_payment_information_for_user as _update_payment_information_for_user
from .api.sessions import get_session_for_user as _get_session_for_user
from .api.unit import get_acceleration_unit_conversion as _get_acceleration_unit_conversion
from .api.unit import get_angle_unit_conversion as _get_angle_unit_conversion
from .api.unit import get_angular_velocity_unit_conversion as _get_angular_velocity_unit_conversion
from .api.unit import get_area_unit_conversion as _get_area_unit_conversion
from .api.unit import get_charge_unit_conversion as _get_charge_unit_conversion
from .api.unit import get_concentration_unit_conversion as _get_concentration_unit_conversion
from .api.unit import get_data_transfer_rate_unit_conversion as _get_data_transfer_rate_unit_conversion
from .api.unit import get_data_unit_conversion as _get_data_unit_conversion
from .api.unit import get_density_unit_conversion as _get_density_unit_conversion
from .api.unit import get_energy_unit_conversion as _get_energy_unit_conversion
from .api.unit import get_force_unit_conversion as _get_force_unit_conversion
from .api.unit import get_illuminance_unit_conversion as _get_illuminance_unit_conversion
from .api.unit import get_length_unit_conversion as _get_length_unit_conversion
from .api.unit import get_magnetic_field_strength_unit_conversion as _get_magnetic_field_strength_unit_conversion
from .api.unit import get_magnetic_flux_unit_conversion as _get_magnetic_flux_unit_conversion
from .api.unit import get_mass_unit_conversion as _get_mass_unit_conversion
from .api.unit import get_metric_cubed_unit_conversion as _get_metric_cubed_unit_conversion
from .api.unit import get_metric_power_unit_conversion as _get_metric_power_unit_conversion
from .api.unit import get_metric_squared_unit_conversion as _get_metric_squared_unit_conversion
from .api.unit import get_power_unit_conversion as _get_power_unit_conversion
from .api.unit import get_pressure_unit_conversion as _get_pressure_unit_conversion
from .api.unit import get_radiation_unit_conversion as _get_radiation_unit_conversion
from .api.unit import get_radioactivity_unit_conversion as _get_radioactivity_unit_conversion
from .api.unit import get_solid_angle_unit_conversion as _get_solid_angle_unit_conversion
from .api.unit import get_temperature_unit_conversion as _get_temperature_unit_conversion
from .api.unit import get_time_unit_conversion as _get_time_unit_conversion
from .api.unit import get_velocity_unit_conversion as _get_velocity_unit_conversion
from .api.unit import get_voltage_unit_conversion as _get_voltage_unit_conversion
from .api.unit import get_volume_unit_conversion as _get_volume_unit_conversion
from .api.users import delete_user_self as _delete_user_self
from .api.users import get_user_self as _get_user_self
from .api.users import get_user_self_extended as _get_user_self_extended
from .api.users import update_user_self as _update_user_self
from .models.api_call_with_price import ApiCallWithPrice
from .models.api_call_with_price_results_page import ApiCallWithPriceResultsPage
from .models.api_token import ApiToken
from .models.api_token_results_page import ApiTokenResultsPage
from .models.async_file_2d_vector_conversion import AsyncFile2DVectorConversion
from .models.async_file_3d_conversion import AsyncFile3DConversion
from .models.async_file_center_of_mass import AsyncFileCenterOfMass
from .models.async_file_conversion import AsyncFileConversion
from .models.async_file_density import AsyncFileDensity
from .models.async_file_mass import AsyncFileMass
from .models.async_file_surface_area import AsyncFileSurfaceArea
from .models.async_file_volume import AsyncFileVolume
from .models.billing_info import BillingInfo
from .models.created_at_sort_mode import CreatedAtSortMode
from .models.customer import Customer
from .models.customer_balance import CustomerBalance
from .models.extended_user import ExtendedUser
from .models.file_2d_vector_conversion import File2DVectorConversion
from .models.file_2d_vector_output_format import File2DVectorOutputFormat
from .models.file_2d_vector_source_format import File2DVectorSourceFormat
from .models.file_3d_conversion import File3DConversion
from .models.file_3d_output_format import File3DOutputFormat
from .models.file_3d_source_format import File3DSourceFormat
from .models.file_center_of_mass import FileCenterOfMass
from .models.file_conversion import FileConversion
from .models.file_density import FileDensity
from .models.file_mass import FileMass
from .models.file_output_format import FileOutputFormat
from .models.file_source_format import FileSourceFormat
from .models.file_surface_area import FileSurfaceArea
from .models.file_volume import FileVolume
from .models.get_schema_response_200 import GetSchemaResponse200
from .models.invoice import Invoice
from .models.payment_method import PaymentMethod
from .models.physics_constant import PhysicsConstant
from .models.physics_constant_name import PhysicsConstantName
from .models.pong import Pong
from .models.session import Session
from .models.unit_acceleration_conversion import UnitAccelerationConversion
from .models.unit_acceleration_format import UnitAccelerationFormat
from .models.unit_angle_conversion import UnitAngleConversion
from .models.unit_angle_format import UnitAngleFormat
from .models.unit_angular_velocity_conversion import UnitAngularVelocityConversion
from .models.unit_angular_velocity_format import UnitAngularVelocityFormat
from .models.unit_area_conversion import UnitAreaConversion
from .models.unit_area_format import UnitAreaFormat
from .models.unit_charge_conversion import UnitChargeConversion
from .models.unit_charge_format import UnitChargeFormat
from .models.unit_concentration_conversion import UnitConcentrationConversion
from .models.unit_concentration_format import UnitConcentrationFormat
from .models.unit_data_conversion import UnitDataConversion
from .models.unit_data_format import UnitDataFormat
from .models.unit_data_transfer_rate_conversion import UnitDataTransferRateConversion
from .models.unit_data_transfer_rate_format import UnitDataTransferRateFormat
from .models.unit_density_conversion import UnitDensityConversion
from .models.unit_density_format import UnitDensityFormat
from .models.unit_energy_conversion import UnitEnergyConversion
from .models.unit_energy_format import UnitEnergyFormat
from .models.unit_force_conversion import UnitForceConversion
from .models.unit_force_format import UnitForceFormat
from .models.unit_illuminance_conversion import UnitIlluminanceConversion
from .models.unit_illuminance_format import UnitIlluminanceFormat
from .models.unit_length_conversion import UnitLengthConversion
from .models.unit_length_format import UnitLengthFormat
from .models.unit_magnetic_field_strength_conversion import UnitMagneticFieldStrengthConversion
from .models.unit_magnetic_field_strength_format import UnitMagneticFieldStrengthFormat
from .models.unit_magnetic_flux_conversion import UnitMagneticFluxConversion
from .models.unit_magnetic_flux_format import UnitMagneticFluxFormat
from .models.unit_mass_conversion import UnitMassConversion
from .models.unit_mass_format import UnitMassFormat
from .models.unit_metric_cubed_conversion import UnitMetricCubedConversion
from .models.unit_metric_format import UnitMetricFormat
from .models.unit_metric_power_conversion import UnitMetricPowerConversion
from .models.unit_metric_squared_conversion import UnitMetricSquaredConversion
from .models.unit_power_conversion import UnitPowerConversion
from .models.unit_power_format import UnitPowerFormat
from .models.unit_pressure_conversion import UnitPressureConversion
from .models.unit_pressure_format import UnitPressureFormat
from .models.unit_radiation_conversion import UnitRadiationConversion
from .models.unit_radiation_format import UnitRadiationFormat
from .models.unit_radioactivity_conversion import UnitRadioactivityConversion
from .models.unit_radioactivity_format import UnitRadioactivityFormat
from .models.unit_solid_angle_conversion import UnitSolidAngleConversion
from .models.unit_solid_angle_format import UnitSolidAngleFormat
from .models.unit_temperature_conversion import UnitTemperatureConversion
from .models.unit_temperature_format import UnitTemperatureFormat
from .models.unit_time_conversion import UnitTimeConversion
from .models.unit_time_format import UnitTimeFormat
from .models.unit_velocity_conversion import UnitVelocityConversion
from .models.unit_velocity_format import UnitVelocityFormat
from .models.unit_voltage_conversion import UnitVoltageConversion
from .models.unit_voltage_format import UnitVoltageFormat
from .models.unit_volume_conversion import UnitVolumeConversion
from .models.unit_volume_format import UnitVolumeFormat
from .models.update_user import UpdateUser
from .models.user import User
from .types import UNSET, File, Unset

# The documented statuses of the operations, built once, not on every call.
_STATUSES_200_4XX_5XX: tuple[int, ...] = (200, *range(400, 600))
_STATUSES_201_4XX_5XX: tuple[int, ...] = (201, *range(400, 600))
_STATUSES_204_4XX_5XX: tuple[int, ...] = (204, *range(400, 600))


class ApiCallsResource:
    """API calls and async operations of your user (the reference section "API Calls")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_async_operation(
        self, id: str
    ) -> (
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ):
        """Get an async operation

        Get the status and output of an async operation.

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested async operation for the user.

        If the user is not authenticated to view the specified async operation, then it is not returned.

        Only KittyCAD employees with the proper access can view async operations for other users."""
        return cast(
            "AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume",
            self._caller.call(
                _get_async_operation.sync_detailed,
                operation="get_async_operation",
                method="GET",
                path="/async/operations/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    def list(self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET) -> Pager[ApiCallWithPrice]:
        """List API calls for your user

        This endpoint requires authentication by any KittyCAD user. It returns the API calls for the authenticated user.

        The API calls are returned in order of creation, with the most recently created API calls first.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_api_calls_for_user.sync_detailed,
                operation="list_api_calls_for_user",
                method="GET",
                path="/user/api-calls",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
                page_token=page.get("page_token", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "next-token",
                    "next": "next_page",
                    "token_param": "page_token",
                    "items": "items",
                    "size_param": "limit",
                }
            ),
        )

    def get(self, id: str) -> ApiCallWithPrice:
        """Get an API call for a user

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested API call for the user."""
        return cast(
            "ApiCallWithPrice",
            self._caller.call(
                _get_api_call_for_user.sync_detailed,
                operation="get_api_call_for_user",
                method="GET",
                path="/user/api-calls/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class ApiTokensResource:
    """API tokens of your user (the reference section "API Tokens")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET) -> Pager[ApiToken]:
        """List API tokens for your user

        This endpoint requires authentication by any KittyCAD user. It returns the API tokens for the authenticated user.

        The API tokens are returned in order of creation, with the most recently created API tokens first.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_api_tokens_for_user.sync_detailed,
                operation="list_api_tokens_for_user",
                method="GET",
                path="/user/api-tokens",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
                page_token=page.get("page_token", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "next-token",
                    "next": "next_page",
                    "token_param": "page_token",
                    "items": "items",
                    "size_param": "limit",
                }
            ),
        )

    def create(self) -> ApiToken:
        """Create a new API token for your user

        This endpoint requires authentication by any KittyCAD user. It creates a new API token for the authenticated user."""
        return cast(
            "ApiToken",
            self._caller.call(
                _create_api_token_for_user.sync_detailed,
                operation="create_api_token_for_user",
                method="POST",
                path="/user/api-tokens",
                expected=_STATUSES_201_4XX_5XX,
            ),
        )

    def get(self, token: UUID | str) -> ApiToken:
        """Get an API token for your user

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested API token for the user."""
        return cast(
            "ApiToken",
            self._caller.call(
                _get_api_token_for_user.sync_detailed,
                operation="get_api_token_for_user",
                method="GET",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )

    def delete(self, token: UUID | str) -> None:
        """Delete an API token for your user

        This endpoint requires authentication by any KittyCAD user. It deletes the requested API token for the user.

        This endpoint does not actually delete the API token from the database. It merely marks the token as invalid. We still want to keep the token in the database for historical purposes."""
        return cast(
            "None",
            self._caller.call(
                _delete_api_token_for_user.sync_detailed,
                operation="delete_api_token_for_user",
                method="DELETE",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_204_4XX_5XX,
                token=token,
            ),
        )


class ConstantResource:
    """Physics constants (the reference section "Constant")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_physics_constant(self, constant: PhysicsConstantName | str) -> PhysicsConstant:
        """Get a physics constant"""
        return cast(
            "PhysicsConstant",
            self._caller.call(
                _get_physics_constant.sync_detailed,
                operation="get_physics_constant",
                method="GET",
                path="/constant/physics/{constant}",
                expected=_STATUSES_200_4XX_5XX,
                constant=constant,
            ),
        )


class FileResource:
    """CAD file conversion and analysis (the reference section "File")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_2d_vector_conversion(
        self, src_format: File2DVectorSourceFormat | str, output_format: File2DVectorOutputFormat | str, *, body: File
    ) -> File2DVectorConversion:
        """Convert 2D Vector file

        Convert a 2D Vector file from one format to another. If the file being converted is larger than 25MB, it will be performed asynchronously.

        If the conversion is performed synchronously, the contents of the converted file (output) will be returned as a base64 encoded string.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint."""
        return cast(
            "File2DVectorConversion",
            self._caller.call(
                _create_file_2d_vector_conversion.sync_detailed,
                operation="create_file_2d_vector_conversion",
                method="POST",
                path="/file/2d/vector/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    def create_3d_conversion(
        self, src_format: File3DSourceFormat | str, output_format: File3DOutputFormat | str, *, body: File
    ) -> File3DConversion:
        """Convert 3D file

        Convert a 3D file from one format to another. If the file being converted is larger than 25MB, it will be performed asynchronously.

        If the conversion is performed synchronously, the contents of the converted file (output) will be returned as a base64 encoded string.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint."""
        return cast(
            "File3DConversion",
            self._caller.call(
                _create_file_3d_conversion.sync_detailed,
                operation="create_file_3d_conversion",
                method="POST",
                path="/file/3d/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    def create_center_of_mass(
        self, *, body: File, material_density: float, src_format: File3DSourceFormat | str
    ) -> FileCenterOfMass:
        """Get CAD file center of mass

        Get the center of mass of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        Does the same as the center_of_mass_with_uniform_density endpoint; except, this has a redundant material_density value. Kept for legacy in this version.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileCenterOfMass",
            self._caller.call(
                _create_file_center_of_mass.sync_detailed,
                operation="create_file_center_of_mass",
                method="POST",
                path="/file/center-of-mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    def create_conversion(
        self, src_format: FileSourceFormat | str, output_format: FileOutputFormat | str, *, body: File
    ) -> FileConversion:
        """Convert CAD file

        Convert a CAD file from one format to another. If the file being converted is larger than 25MB, it will be performed asynchronously.

        If the conversion is performed synchronously, the contents of the converted file (output) will be returned as a base64 encoded string.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint."""
        return cast(
            "FileConversion",
            self._caller.call(
                _create_file_conversion.sync_detailed,
                operation="create_file_conversion",
                method="POST",
                path="/file/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    def get_conversion(
        self, id: str
    ) -> (
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ):
        """Get a file conversion

        Get the status and output of an async file conversion.

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested file conversion for the user.

        If the user is not authenticated to view the specified file conversion, then it is not returned.

        Only KittyCAD employees with the proper access can view file conversions for other users."""
        return cast(
            "AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume",
            self._caller.call(
                _get_file_conversion.sync_detailed,
                operation="get_file_conversion",
                method="GET",
                path="/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    def create_density(self, *, body: File, material_mass: float, src_format: File3DSourceFormat | str) -> FileDensity:
        """Get CAD file density

        Get the density of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileDensity",
            self._caller.call(
                _create_file_density.sync_detailed,
                operation="create_file_density",
                method="POST",
                path="/file/density",
                expected=_STATUSES_201_4XX_5XX,
                material_mass=material_mass,
                src_format=src_format,
                body=body,
            ),
        )

    def create_mass(self, *, body: File, material_density: float, src_format: File3DSourceFormat | str) -> FileMass:
        """Get CAD file mass

        Get the mass of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileMass",
            self._caller.call(
                _create_file_mass.sync_detailed,
                operation="create_file_mass",
                method="POST",
                path="/file/mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    def create_surface_area(self, *, body: File, src_format: File3DSourceFormat | str) -> FileSurfaceArea:
        """Get CAD file surface area

        Get the surface area of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileSurfaceArea",
            self._caller.call(
                _create_file_surface_area.sync_detailed,
                operation="create_file_surface_area",
                method="POST",
                path="/file/surface-area",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    def create_volume(self, *, body: File, src_format: File3DSourceFormat | str) -> FileVolume:
        """Get CAD file volume

        Get the volume of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileVolume",
            self._caller.call(
                _create_file_volume.sync_detailed,
                operation="create_file_volume",
                method="POST",
                path="/file/volume",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    def get_conversion_for_user(
        self, id: str
    ) -> (
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ):
        """Get a file conversion for your user

        Get the status and output of an async file conversion. If completed, the contents of the converted file (output) will be returned as a base64 encoded string.

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested file conversion for the user."""
        return cast(
            "AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume",
            self._caller.call(
                _get_file_conversion_for_user.sync_detailed,
                operation="get_file_conversion_for_user",
                method="GET",
                path="/user/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class MetaResource:
    """Meta information about the API (the reference section "Meta")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_schema(self) -> GetSchemaResponse200:
        """Get OpenAPI schema

        The root endpoint returns the OpenAPI specification for the API."""
        return cast(
            "GetSchemaResponse200",
            self._caller.call(
                _get_schema.sync_detailed,
                operation="get_schema",
                method="GET",
                path="/",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def ping(self) -> Pong:
        """Return pong"""
        return cast(
            "Pong",
            self._caller.call(
                _ping.sync_detailed, operation="ping", method="GET", path="/ping", expected=_STATUSES_200_4XX_5XX
            ),
        )


class PaymentsResource:
    """Payment information, balance, invoices and payment methods of your user (the reference section "Payments")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_information(self) -> Customer:
        """Get payment info about your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It gets the payment information for the authenticated user."""
        return cast(
            "Customer",
            self._caller.call(
                _get_payment_information_for_user.sync_detailed,
                operation="get_payment_information_for_user",
                method="GET",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def update_information(self, *, body: BillingInfo) -> Customer:
        """Update payment info for your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It updates the payment information for the authenticated user."""
        return cast(
            "Customer",
            self._caller.call(
                _update_payment_information_for_user.sync_detailed,
                operation="update_payment_information_for_user",
                method="PUT",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    def create_information(self, *, body: BillingInfo) -> Customer:
        """Create payment info for your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It creates the payment information for the authenticated user."""
        return cast(
            "Customer",
            self._caller.call(
                _create_payment_information_for_user.sync_detailed,
                operation="create_payment_information_for_user",
                method="POST",
                path="/user/payment",
                expected=_STATUSES_201_4XX_5XX,
                body=body,
            ),
        )

    def delete_information(self) -> None:
        """Delete payment info for your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It deletes the payment information for the authenticated user."""
        return cast(
            "None",
            self._caller.call(
                _delete_payment_information_for_user.sync_detailed,
                operation="delete_payment_information_for_user",
                method="DELETE",
                path="/user/payment",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    def get_balance(self) -> CustomerBalance:
        """Get balance for your user

        This endpoint requires authentication by any KittyCAD user. It gets the balance information for the authenticated user."""
        return cast(
            "CustomerBalance",
            self._caller.call(
                _get_payment_balance_for_user.sync_detailed,
                operation="get_payment_balance_for_user",
                method="GET",
                path="/user/payment/balance",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def list_invoices(self) -> builtins.list[Invoice]:
        """List invoices for your user

        This endpoint requires authentication by any KittyCAD user. It lists invoices for the authenticated user."""
        return cast(
            "builtins.list[Invoice]",
            self._caller.call(
                _list_invoices_for_user.sync_detailed,
                operation="list_invoices_for_user",
                method="GET",
                path="/user/payment/invoices",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def list_payment_methods(self) -> builtins.list[PaymentMethod]:
        """List payment methods for your user

        This endpoint requires authentication by any KittyCAD user. It lists payment methods for the authenticated user."""
        return cast(
            "builtins.list[PaymentMethod]",
            self._caller.call(
                _list_payment_methods_for_user.sync_detailed,
                operation="list_payment_methods_for_user",
                method="GET",
                path="/user/payment/methods",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class SessionsResource:
    """Sessions of your user (the reference section "Sessions")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self, token: UUID | str) -> Session:
        """Get a session for your user

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested API token for the user."""
        return cast(
            "Session",
            self._caller.call(
                _get_session_for_user.sync_detailed,
                operation="get_session_for_user",
                method="GET",
                path="/user/session/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )


class UnitResource:
    """Unit conversion operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_acceleration_conversion(
        self, src_format: UnitAccelerationFormat | str, output_format: UnitAccelerationFormat | str, *, value: float
    ) -> UnitAccelerationConversion:
        """Convert acceleration units

        Convert an acceleration unit value to another acceleration unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAccelerationConversion",
            self._caller.call(
                _get_acceleration_unit_conversion.sync_detailed,
                operation="get_acceleration_unit_conversion",
                method="GET",
                path="/unit/conversion/acceleration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_angle_conversion(
        self, src_format: UnitAngleFormat | str, output_format: UnitAngleFormat | str, *, value: float
    ) -> UnitAngleConversion:
        """Convert angle units

        Convert an angle unit value to another angle unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAngleConversion",
            self._caller.call(
                _get_angle_unit_conversion.sync_detailed,
                operation="get_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_angular_velocity_conversion(
        self,
        src_format: UnitAngularVelocityFormat | str,
        output_format: UnitAngularVelocityFormat | str,
        *,
        value: float,
    ) -> UnitAngularVelocityConversion:
        """Convert angular velocity units

        Convert an angular velocity unit value to another angular velocity unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAngularVelocityConversion",
            self._caller.call(
                _get_angular_velocity_unit_conversion.sync_detailed,
                operation="get_angular_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/angular-velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_area_conversion(
        self, src_format: UnitAreaFormat | str, output_format: UnitAreaFormat | str, *, value: float
    ) -> UnitAreaConversion:
        """Convert area units

        Convert an area unit value to another area unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAreaConversion",
            self._caller.call(
                _get_area_unit_conversion.sync_detailed,
                operation="get_area_unit_conversion",
                method="GET",
                path="/unit/conversion/area/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_charge_conversion(
        self, src_format: UnitChargeFormat | str, output_format: UnitChargeFormat | str, *, value: float
    ) -> UnitChargeConversion:
        """Convert charge units

        Convert a charge unit value to another charge unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitChargeConversion",
            self._caller.call(
                _get_charge_unit_conversion.sync_detailed,
                operation="get_charge_unit_conversion",
                method="GET",
                path="/unit/conversion/charge/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_concentration_conversion(
        self, src_format: UnitConcentrationFormat | str, output_format: UnitConcentrationFormat | str, *, value: float
    ) -> UnitConcentrationConversion:
        """Convert concentration units

        Convert a concentration unit value to another concentration unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitConcentrationConversion",
            self._caller.call(
                _get_concentration_unit_conversion.sync_detailed,
                operation="get_concentration_unit_conversion",
                method="GET",
                path="/unit/conversion/concentration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_data_transfer_rate_conversion(
        self,
        src_format: UnitDataTransferRateFormat | str,
        output_format: UnitDataTransferRateFormat | str,
        *,
        value: float,
    ) -> UnitDataTransferRateConversion:
        """Convert data transfer rate units

        Convert a data transfer rate unit value to another data transfer rate unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitDataTransferRateConversion",
            self._caller.call(
                _get_data_transfer_rate_unit_conversion.sync_detailed,
                operation="get_data_transfer_rate_unit_conversion",
                method="GET",
                path="/unit/conversion/data-transfer-rate/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_data_conversion(
        self, src_format: UnitDataFormat | str, output_format: UnitDataFormat | str, *, value: float
    ) -> UnitDataConversion:
        """Convert data units

        Convert a data unit value to another data unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitDataConversion",
            self._caller.call(
                _get_data_unit_conversion.sync_detailed,
                operation="get_data_unit_conversion",
                method="GET",
                path="/unit/conversion/data/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_density_conversion(
        self, src_format: UnitDensityFormat | str, output_format: UnitDensityFormat | str, *, value: float
    ) -> UnitDensityConversion:
        """Convert density units

        Convert a density unit value to another density unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitDensityConversion",
            self._caller.call(
                _get_density_unit_conversion.sync_detailed,
                operation="get_density_unit_conversion",
                method="GET",
                path="/unit/conversion/density/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_energy_conversion(
        self, src_format: UnitEnergyFormat | str, output_format: UnitEnergyFormat | str, *, value: float
    ) -> UnitEnergyConversion:
        """Convert energy units

        Convert a energy unit value to another energy unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitEnergyConversion",
            self._caller.call(
                _get_energy_unit_conversion.sync_detailed,
                operation="get_energy_unit_conversion",
                method="GET",
                path="/unit/conversion/energy/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_force_conversion(
        self, src_format: UnitForceFormat | str, output_format: UnitForceFormat | str, *, value: float
    ) -> UnitForceConversion:
        """Convert force units

        Convert a force unit value to another force unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitForceConversion",
            self._caller.call(
                _get_force_unit_conversion.sync_detailed,
                operation="get_force_unit_conversion",
                method="GET",
                path="/unit/conversion/force/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_illuminance_conversion(
        self, src_format: UnitIlluminanceFormat | str, output_format: UnitIlluminanceFormat | str, *, value: float
    ) -> UnitIlluminanceConversion:
        """Convert illuminance units

        Convert a illuminance unit value to another illuminance unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitIlluminanceConversion",
            self._caller.call(
                _get_illuminance_unit_conversion.sync_detailed,
                operation="get_illuminance_unit_conversion",
                method="GET",
                path="/unit/conversion/illuminance/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_length_conversion(
        self, src_format: UnitLengthFormat | str, output_format: UnitLengthFormat | str, *, value: float
    ) -> UnitLengthConversion:
        """Convert length units

        Convert a length unit value to another length unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitLengthConversion",
            self._caller.call(
                _get_length_unit_conversion.sync_detailed,
                operation="get_length_unit_conversion",
                method="GET",
                path="/unit/conversion/length/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_magnetic_field_strength_conversion(
        self,
        src_format: UnitMagneticFieldStrengthFormat | str,
        output_format: UnitMagneticFieldStrengthFormat | str,
        *,
        value: float,
    ) -> UnitMagneticFieldStrengthConversion:
        """Convert magnetic field strength units

        Convert a magnetic field strength unit value to another magnetic field strength unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMagneticFieldStrengthConversion",
            self._caller.call(
                _get_magnetic_field_strength_unit_conversion.sync_detailed,
                operation="get_magnetic_field_strength_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-field-strength/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_magnetic_flux_conversion(
        self, src_format: UnitMagneticFluxFormat | str, output_format: UnitMagneticFluxFormat | str, *, value: float
    ) -> UnitMagneticFluxConversion:
        """Convert magnetic flux units

        Convert a magnetic flux unit value to another magnetic flux unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMagneticFluxConversion",
            self._caller.call(
                _get_magnetic_flux_unit_conversion.sync_detailed,
                operation="get_magnetic_flux_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-flux/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_mass_conversion(
        self, src_format: UnitMassFormat | str, output_format: UnitMassFormat | str, *, value: float
    ) -> UnitMassConversion:
        """Convert mass units

        Convert a mass unit value to another mass unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMassConversion",
            self._caller.call(
                _get_mass_unit_conversion.sync_detailed,
                operation="get_mass_unit_conversion",
                method="GET",
                path="/unit/conversion/mass/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_metric_cubed_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> UnitMetricCubedConversion:
        """Convert metric cubed units

        Convert a metric cubed unit value to another metric cubed unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMetricCubedConversion",
            self._caller.call(
                _get_metric_cubed_unit_conversion.sync_detailed,
                operation="get_metric_cubed_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/cubed/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_metric_power_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> UnitMetricPowerConversion:
        """Convert metric units

        Convert a metric unit value to another metric unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMetricPowerConversion",
            self._caller.call(
                _get_metric_power_unit_conversion.sync_detailed,
                operation="get_metric_power_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_metric_squared_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> UnitMetricSquaredConversion:
        """Convert metric squared units

        Convert a metric squared unit value to another metric squared unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMetricSquaredConversion",
            self._caller.call(
                _get_metric_squared_unit_conversion.sync_detailed,
                operation="get_metric_squared_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/squared/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_power_conversion(
        self, src_format: UnitPowerFormat | str, output_format: UnitPowerFormat | str, *, value: float
    ) -> UnitPowerConversion:
        """Convert power units

        Convert a power unit value to another power unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitPowerConversion",
            self._caller.call(
                _get_power_unit_conversion.sync_detailed,
                operation="get_power_unit_conversion",
                method="GET",
                path="/unit/conversion/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_pressure_conversion(
        self, src_format: UnitPressureFormat | str, output_format: UnitPressureFormat | str, *, value: float
    ) -> UnitPressureConversion:
        """Convert pressure units

        Convert a pressure unit value to another pressure unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitPressureConversion",
            self._caller.call(
                _get_pressure_unit_conversion.sync_detailed,
                operation="get_pressure_unit_conversion",
                method="GET",
                path="/unit/conversion/pressure/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_radiation_conversion(
        self, src_format: UnitRadiationFormat | str, output_format: UnitRadiationFormat | str, *, value: float
    ) -> UnitRadiationConversion:
        """Convert radiation units

        Convert a radiation unit value to another radiation unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitRadiationConversion",
            self._caller.call(
                _get_radiation_unit_conversion.sync_detailed,
                operation="get_radiation_unit_conversion",
                method="GET",
                path="/unit/conversion/radiation/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_radioactivity_conversion(
        self, src_format: UnitRadioactivityFormat | str, output_format: UnitRadioactivityFormat | str, *, value: float
    ) -> UnitRadioactivityConversion:
        """Convert radioactivity units

        Convert a radioactivity unit value to another radioactivity unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitRadioactivityConversion",
            self._caller.call(
                _get_radioactivity_unit_conversion.sync_detailed,
                operation="get_radioactivity_unit_conversion",
                method="GET",
                path="/unit/conversion/radioactivity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_solid_angle_conversion(
        self, src_format: UnitSolidAngleFormat | str, output_format: UnitSolidAngleFormat | str, *, value: float
    ) -> UnitSolidAngleConversion:
        """Convert solid angle units

        Convert a solid angle unit value to another solid angle unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitSolidAngleConversion",
            self._caller.call(
                _get_solid_angle_unit_conversion.sync_detailed,
                operation="get_solid_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/solid-angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_temperature_conversion(
        self, src_format: UnitTemperatureFormat | str, output_format: UnitTemperatureFormat | str, *, value: float
    ) -> UnitTemperatureConversion:
        """Convert temperature units

        Convert a temperature unit value to another temperature unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitTemperatureConversion",
            self._caller.call(
                _get_temperature_unit_conversion.sync_detailed,
                operation="get_temperature_unit_conversion",
                method="GET",
                path="/unit/conversion/temperature/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_time_conversion(
        self, src_format: UnitTimeFormat | str, output_format: UnitTimeFormat | str, *, value: float
    ) -> UnitTimeConversion:
        """Convert time units

        Convert a time unit value to another time unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitTimeConversion",
            self._caller.call(
                _get_time_unit_conversion.sync_detailed,
                operation="get_time_unit_conversion",
                method="GET",
                path="/unit/conversion/time/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_velocity_conversion(
        self, src_format: UnitVelocityFormat | str, output_format: UnitVelocityFormat | str, *, value: float
    ) -> UnitVelocityConversion:
        """Convert velocity units

        Convert a velocity unit value to another velocity unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitVelocityConversion",
            self._caller.call(
                _get_velocity_unit_conversion.sync_detailed,
                operation="get_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_voltage_conversion(
        self, src_format: UnitVoltageFormat | str, output_format: UnitVoltageFormat | str, *, value: float
    ) -> UnitVoltageConversion:
        """Convert voltage units

        Convert a voltage unit value to another voltage unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitVoltageConversion",
            self._caller.call(
                _get_voltage_unit_conversion.sync_detailed,
                operation="get_voltage_unit_conversion",
                method="GET",
                path="/unit/conversion/voltage/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_volume_conversion(
        self, src_format: UnitVolumeFormat | str, output_format: UnitVolumeFormat | str, *, value: float
    ) -> UnitVolumeConversion:
        """Convert volume units

        Convert a volume unit value to another volume unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitVolumeConversion",
            self._caller.call(
                _get_volume_unit_conversion.sync_detailed,
                operation="get_volume_unit_conversion",
                method="GET",
                path="/unit/conversion/volume/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )


class UsersResource:
    """A user is someone who uses the KittyCAD API. Here, we can create, delete, and list users. We can also get information about a user. Operations will only be authorized if the user is requesting information about themselves."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_self(self) -> User:
        """Get your user

        Get the user information for the authenticated user.

        Alternatively, you can also use the /users/me endpoint."""
        return cast(
            "User",
            self._caller.call(
                _get_user_self.sync_detailed,
                operation="get_user_self",
                method="GET",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def update_self(self, *, body: UpdateUser) -> User:
        """Update your user

        This endpoint requires authentication by any KittyCAD user. It updates information about the authenticated user."""
        return cast(
            "User",
            self._caller.call(
                _update_user_self.sync_detailed,
                operation="update_user_self",
                method="PUT",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    def delete_self(self) -> None:
        """Delete your user

        This endpoint requires authentication by any KittyCAD user. It deletes the authenticated user from KittyCAD's database.

        This call will only succeed if all invoices associated with the user have been paid in full and there is no outstanding balance."""
        return cast(
            "None",
            self._caller.call(
                _delete_user_self.sync_detailed,
                operation="delete_user_self",
                method="DELETE",
                path="/user",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    def get_self_extended(self) -> ExtendedUser:
        """Get extended information about your user

        Get the user information for the authenticated user.

        Alternatively, you can also use the /users-extended/me endpoint."""
        return cast(
            "ExtendedUser",
            self._caller.call(
                _get_user_self_extended.sync_detailed,
                operation="get_user_self_extended",
                method="GET",
                path="/user/extended",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class RawApiCallsResource:
    """API calls and async operations of your user (the reference section "API Calls")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_async_operation(
        self, id: str
    ) -> RawResponse[
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ]:
        """`get_async_operation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume]",
            self._caller.call_with_response(
                _get_async_operation.sync_detailed,
                operation="get_async_operation",
                method="GET",
                path="/async/operations/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    def list(
        self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET
    ) -> RawResponse[ApiCallWithPriceResultsPage]:
        """`list_api_calls_for_user`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ApiCallWithPriceResultsPage]",
            self._caller.call_with_response(
                _list_api_calls_for_user.sync_detailed,
                operation="list_api_calls_for_user",
                method="GET",
                path="/user/api-calls",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
            ),
        )

    def get(self, id: str) -> RawResponse[ApiCallWithPrice]:
        """`get_api_call_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ApiCallWithPrice]",
            self._caller.call_with_response(
                _get_api_call_for_user.sync_detailed,
                operation="get_api_call_for_user",
                method="GET",
                path="/user/api-calls/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class RawApiTokensResource:
    """API tokens of your user (the reference section "API Tokens")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET) -> RawResponse[ApiTokenResultsPage]:
        """`list_api_tokens_for_user`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ApiTokenResultsPage]",
            self._caller.call_with_response(
                _list_api_tokens_for_user.sync_detailed,
                operation="list_api_tokens_for_user",
                method="GET",
                path="/user/api-tokens",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
            ),
        )

    def create(self) -> RawResponse[ApiToken]:
        """`create_api_token_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ApiToken]",
            self._caller.call_with_response(
                _create_api_token_for_user.sync_detailed,
                operation="create_api_token_for_user",
                method="POST",
                path="/user/api-tokens",
                expected=_STATUSES_201_4XX_5XX,
            ),
        )

    def get(self, token: UUID | str) -> RawResponse[ApiToken]:
        """`get_api_token_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ApiToken]",
            self._caller.call_with_response(
                _get_api_token_for_user.sync_detailed,
                operation="get_api_token_for_user",
                method="GET",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )

    def delete(self, token: UUID | str) -> RawResponse[None]:
        """`delete_api_token_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_api_token_for_user.sync_detailed,
                operation="delete_api_token_for_user",
                method="DELETE",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_204_4XX_5XX,
                token=token,
            ),
        )


class RawConstantResource:
    """Physics constants (the reference section "Constant")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_physics_constant(self, constant: PhysicsConstantName | str) -> RawResponse[PhysicsConstant]:
        """`get_physics_constant`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PhysicsConstant]",
            self._caller.call_with_response(
                _get_physics_constant.sync_detailed,
                operation="get_physics_constant",
                method="GET",
                path="/constant/physics/{constant}",
                expected=_STATUSES_200_4XX_5XX,
                constant=constant,
            ),
        )


class RawFileResource:
    """CAD file conversion and analysis (the reference section "File")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def create_2d_vector_conversion(
        self, src_format: File2DVectorSourceFormat | str, output_format: File2DVectorOutputFormat | str, *, body: File
    ) -> RawResponse[File2DVectorConversion]:
        """`create_file_2d_vector_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File2DVectorConversion]",
            self._caller.call_with_response(
                _create_file_2d_vector_conversion.sync_detailed,
                operation="create_file_2d_vector_conversion",
                method="POST",
                path="/file/2d/vector/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    def create_3d_conversion(
        self, src_format: File3DSourceFormat | str, output_format: File3DOutputFormat | str, *, body: File
    ) -> RawResponse[File3DConversion]:
        """`create_file_3d_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File3DConversion]",
            self._caller.call_with_response(
                _create_file_3d_conversion.sync_detailed,
                operation="create_file_3d_conversion",
                method="POST",
                path="/file/3d/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    def create_center_of_mass(
        self, *, body: File, material_density: float, src_format: File3DSourceFormat | str
    ) -> RawResponse[FileCenterOfMass]:
        """`create_file_center_of_mass`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileCenterOfMass]",
            self._caller.call_with_response(
                _create_file_center_of_mass.sync_detailed,
                operation="create_file_center_of_mass",
                method="POST",
                path="/file/center-of-mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    def create_conversion(
        self, src_format: FileSourceFormat | str, output_format: FileOutputFormat | str, *, body: File
    ) -> RawResponse[FileConversion]:
        """`create_file_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileConversion]",
            self._caller.call_with_response(
                _create_file_conversion.sync_detailed,
                operation="create_file_conversion",
                method="POST",
                path="/file/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    def get_conversion(
        self, id: str
    ) -> RawResponse[
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ]:
        """`get_file_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume]",
            self._caller.call_with_response(
                _get_file_conversion.sync_detailed,
                operation="get_file_conversion",
                method="GET",
                path="/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    def create_density(
        self, *, body: File, material_mass: float, src_format: File3DSourceFormat | str
    ) -> RawResponse[FileDensity]:
        """`create_file_density`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileDensity]",
            self._caller.call_with_response(
                _create_file_density.sync_detailed,
                operation="create_file_density",
                method="POST",
                path="/file/density",
                expected=_STATUSES_201_4XX_5XX,
                material_mass=material_mass,
                src_format=src_format,
                body=body,
            ),
        )

    def create_mass(
        self, *, body: File, material_density: float, src_format: File3DSourceFormat | str
    ) -> RawResponse[FileMass]:
        """`create_file_mass`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileMass]",
            self._caller.call_with_response(
                _create_file_mass.sync_detailed,
                operation="create_file_mass",
                method="POST",
                path="/file/mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    def create_surface_area(self, *, body: File, src_format: File3DSourceFormat | str) -> RawResponse[FileSurfaceArea]:
        """`create_file_surface_area`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileSurfaceArea]",
            self._caller.call_with_response(
                _create_file_surface_area.sync_detailed,
                operation="create_file_surface_area",
                method="POST",
                path="/file/surface-area",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    def create_volume(self, *, body: File, src_format: File3DSourceFormat | str) -> RawResponse[FileVolume]:
        """`create_file_volume`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileVolume]",
            self._caller.call_with_response(
                _create_file_volume.sync_detailed,
                operation="create_file_volume",
                method="POST",
                path="/file/volume",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    def get_conversion_for_user(
        self, id: str
    ) -> RawResponse[
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ]:
        """`get_file_conversion_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume]",
            self._caller.call_with_response(
                _get_file_conversion_for_user.sync_detailed,
                operation="get_file_conversion_for_user",
                method="GET",
                path="/user/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class RawMetaResource:
    """Meta information about the API (the reference section "Meta")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_schema(self) -> RawResponse[GetSchemaResponse200]:
        """`get_schema`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetSchemaResponse200]",
            self._caller.call_with_response(
                _get_schema.sync_detailed,
                operation="get_schema",
                method="GET",
                path="/",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def ping(self) -> RawResponse[Pong]:
        """`ping`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Pong]",
            self._caller.call_with_response(
                _ping.sync_detailed, operation="ping", method="GET", path="/ping", expected=_STATUSES_200_4XX_5XX
            ),
        )


class RawPaymentsResource:
    """Payment information, balance, invoices and payment methods of your user (the reference section "Payments")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_information(self) -> RawResponse[Customer]:
        """`get_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Customer]",
            self._caller.call_with_response(
                _get_payment_information_for_user.sync_detailed,
                operation="get_payment_information_for_user",
                method="GET",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def update_information(self, *, body: BillingInfo) -> RawResponse[Customer]:
        """`update_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Customer]",
            self._caller.call_with_response(
                _update_payment_information_for_user.sync_detailed,
                operation="update_payment_information_for_user",
                method="PUT",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    def create_information(self, *, body: BillingInfo) -> RawResponse[Customer]:
        """`create_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Customer]",
            self._caller.call_with_response(
                _create_payment_information_for_user.sync_detailed,
                operation="create_payment_information_for_user",
                method="POST",
                path="/user/payment",
                expected=_STATUSES_201_4XX_5XX,
                body=body,
            ),
        )

    def delete_information(self) -> RawResponse[None]:
        """`delete_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_payment_information_for_user.sync_detailed,
                operation="delete_payment_information_for_user",
                method="DELETE",
                path="/user/payment",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    def get_balance(self) -> RawResponse[CustomerBalance]:
        """`get_payment_balance_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CustomerBalance]",
            self._caller.call_with_response(
                _get_payment_balance_for_user.sync_detailed,
                operation="get_payment_balance_for_user",
                method="GET",
                path="/user/payment/balance",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def list_invoices(self) -> RawResponse[builtins.list[Invoice]]:
        """`list_invoices_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[Invoice]]",
            self._caller.call_with_response(
                _list_invoices_for_user.sync_detailed,
                operation="list_invoices_for_user",
                method="GET",
                path="/user/payment/invoices",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def list_payment_methods(self) -> RawResponse[builtins.list[PaymentMethod]]:
        """`list_payment_methods_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[PaymentMethod]]",
            self._caller.call_with_response(
                _list_payment_methods_for_user.sync_detailed,
                operation="list_payment_methods_for_user",
                method="GET",
                path="/user/payment/methods",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class RawSessionsResource:
    """Sessions of your user (the reference section "Sessions")."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self, token: UUID | str) -> RawResponse[Session]:
        """`get_session_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Session]",
            self._caller.call_with_response(
                _get_session_for_user.sync_detailed,
                operation="get_session_for_user",
                method="GET",
                path="/user/session/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )


class RawUnitResource:
    """Unit conversion operations."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_acceleration_conversion(
        self, src_format: UnitAccelerationFormat | str, output_format: UnitAccelerationFormat | str, *, value: float
    ) -> RawResponse[UnitAccelerationConversion]:
        """`get_acceleration_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAccelerationConversion]",
            self._caller.call_with_response(
                _get_acceleration_unit_conversion.sync_detailed,
                operation="get_acceleration_unit_conversion",
                method="GET",
                path="/unit/conversion/acceleration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_angle_conversion(
        self, src_format: UnitAngleFormat | str, output_format: UnitAngleFormat | str, *, value: float
    ) -> RawResponse[UnitAngleConversion]:
        """`get_angle_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAngleConversion]",
            self._caller.call_with_response(
                _get_angle_unit_conversion.sync_detailed,
                operation="get_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_angular_velocity_conversion(
        self,
        src_format: UnitAngularVelocityFormat | str,
        output_format: UnitAngularVelocityFormat | str,
        *,
        value: float,
    ) -> RawResponse[UnitAngularVelocityConversion]:
        """`get_angular_velocity_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAngularVelocityConversion]",
            self._caller.call_with_response(
                _get_angular_velocity_unit_conversion.sync_detailed,
                operation="get_angular_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/angular-velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_area_conversion(
        self, src_format: UnitAreaFormat | str, output_format: UnitAreaFormat | str, *, value: float
    ) -> RawResponse[UnitAreaConversion]:
        """`get_area_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAreaConversion]",
            self._caller.call_with_response(
                _get_area_unit_conversion.sync_detailed,
                operation="get_area_unit_conversion",
                method="GET",
                path="/unit/conversion/area/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_charge_conversion(
        self, src_format: UnitChargeFormat | str, output_format: UnitChargeFormat | str, *, value: float
    ) -> RawResponse[UnitChargeConversion]:
        """`get_charge_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitChargeConversion]",
            self._caller.call_with_response(
                _get_charge_unit_conversion.sync_detailed,
                operation="get_charge_unit_conversion",
                method="GET",
                path="/unit/conversion/charge/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_concentration_conversion(
        self, src_format: UnitConcentrationFormat | str, output_format: UnitConcentrationFormat | str, *, value: float
    ) -> RawResponse[UnitConcentrationConversion]:
        """`get_concentration_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitConcentrationConversion]",
            self._caller.call_with_response(
                _get_concentration_unit_conversion.sync_detailed,
                operation="get_concentration_unit_conversion",
                method="GET",
                path="/unit/conversion/concentration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_data_transfer_rate_conversion(
        self,
        src_format: UnitDataTransferRateFormat | str,
        output_format: UnitDataTransferRateFormat | str,
        *,
        value: float,
    ) -> RawResponse[UnitDataTransferRateConversion]:
        """`get_data_transfer_rate_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitDataTransferRateConversion]",
            self._caller.call_with_response(
                _get_data_transfer_rate_unit_conversion.sync_detailed,
                operation="get_data_transfer_rate_unit_conversion",
                method="GET",
                path="/unit/conversion/data-transfer-rate/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_data_conversion(
        self, src_format: UnitDataFormat | str, output_format: UnitDataFormat | str, *, value: float
    ) -> RawResponse[UnitDataConversion]:
        """`get_data_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitDataConversion]",
            self._caller.call_with_response(
                _get_data_unit_conversion.sync_detailed,
                operation="get_data_unit_conversion",
                method="GET",
                path="/unit/conversion/data/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_density_conversion(
        self, src_format: UnitDensityFormat | str, output_format: UnitDensityFormat | str, *, value: float
    ) -> RawResponse[UnitDensityConversion]:
        """`get_density_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitDensityConversion]",
            self._caller.call_with_response(
                _get_density_unit_conversion.sync_detailed,
                operation="get_density_unit_conversion",
                method="GET",
                path="/unit/conversion/density/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_energy_conversion(
        self, src_format: UnitEnergyFormat | str, output_format: UnitEnergyFormat | str, *, value: float
    ) -> RawResponse[UnitEnergyConversion]:
        """`get_energy_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitEnergyConversion]",
            self._caller.call_with_response(
                _get_energy_unit_conversion.sync_detailed,
                operation="get_energy_unit_conversion",
                method="GET",
                path="/unit/conversion/energy/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_force_conversion(
        self, src_format: UnitForceFormat | str, output_format: UnitForceFormat | str, *, value: float
    ) -> RawResponse[UnitForceConversion]:
        """`get_force_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitForceConversion]",
            self._caller.call_with_response(
                _get_force_unit_conversion.sync_detailed,
                operation="get_force_unit_conversion",
                method="GET",
                path="/unit/conversion/force/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_illuminance_conversion(
        self, src_format: UnitIlluminanceFormat | str, output_format: UnitIlluminanceFormat | str, *, value: float
    ) -> RawResponse[UnitIlluminanceConversion]:
        """`get_illuminance_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitIlluminanceConversion]",
            self._caller.call_with_response(
                _get_illuminance_unit_conversion.sync_detailed,
                operation="get_illuminance_unit_conversion",
                method="GET",
                path="/unit/conversion/illuminance/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_length_conversion(
        self, src_format: UnitLengthFormat | str, output_format: UnitLengthFormat | str, *, value: float
    ) -> RawResponse[UnitLengthConversion]:
        """`get_length_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitLengthConversion]",
            self._caller.call_with_response(
                _get_length_unit_conversion.sync_detailed,
                operation="get_length_unit_conversion",
                method="GET",
                path="/unit/conversion/length/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_magnetic_field_strength_conversion(
        self,
        src_format: UnitMagneticFieldStrengthFormat | str,
        output_format: UnitMagneticFieldStrengthFormat | str,
        *,
        value: float,
    ) -> RawResponse[UnitMagneticFieldStrengthConversion]:
        """`get_magnetic_field_strength_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMagneticFieldStrengthConversion]",
            self._caller.call_with_response(
                _get_magnetic_field_strength_unit_conversion.sync_detailed,
                operation="get_magnetic_field_strength_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-field-strength/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_magnetic_flux_conversion(
        self, src_format: UnitMagneticFluxFormat | str, output_format: UnitMagneticFluxFormat | str, *, value: float
    ) -> RawResponse[UnitMagneticFluxConversion]:
        """`get_magnetic_flux_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMagneticFluxConversion]",
            self._caller.call_with_response(
                _get_magnetic_flux_unit_conversion.sync_detailed,
                operation="get_magnetic_flux_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-flux/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_mass_conversion(
        self, src_format: UnitMassFormat | str, output_format: UnitMassFormat | str, *, value: float
    ) -> RawResponse[UnitMassConversion]:
        """`get_mass_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMassConversion]",
            self._caller.call_with_response(
                _get_mass_unit_conversion.sync_detailed,
                operation="get_mass_unit_conversion",
                method="GET",
                path="/unit/conversion/mass/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_metric_cubed_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> RawResponse[UnitMetricCubedConversion]:
        """`get_metric_cubed_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMetricCubedConversion]",
            self._caller.call_with_response(
                _get_metric_cubed_unit_conversion.sync_detailed,
                operation="get_metric_cubed_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/cubed/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_metric_power_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> RawResponse[UnitMetricPowerConversion]:
        """`get_metric_power_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMetricPowerConversion]",
            self._caller.call_with_response(
                _get_metric_power_unit_conversion.sync_detailed,
                operation="get_metric_power_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_metric_squared_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> RawResponse[UnitMetricSquaredConversion]:
        """`get_metric_squared_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMetricSquaredConversion]",
            self._caller.call_with_response(
                _get_metric_squared_unit_conversion.sync_detailed,
                operation="get_metric_squared_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/squared/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_power_conversion(
        self, src_format: UnitPowerFormat | str, output_format: UnitPowerFormat | str, *, value: float
    ) -> RawResponse[UnitPowerConversion]:
        """`get_power_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitPowerConversion]",
            self._caller.call_with_response(
                _get_power_unit_conversion.sync_detailed,
                operation="get_power_unit_conversion",
                method="GET",
                path="/unit/conversion/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_pressure_conversion(
        self, src_format: UnitPressureFormat | str, output_format: UnitPressureFormat | str, *, value: float
    ) -> RawResponse[UnitPressureConversion]:
        """`get_pressure_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitPressureConversion]",
            self._caller.call_with_response(
                _get_pressure_unit_conversion.sync_detailed,
                operation="get_pressure_unit_conversion",
                method="GET",
                path="/unit/conversion/pressure/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_radiation_conversion(
        self, src_format: UnitRadiationFormat | str, output_format: UnitRadiationFormat | str, *, value: float
    ) -> RawResponse[UnitRadiationConversion]:
        """`get_radiation_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitRadiationConversion]",
            self._caller.call_with_response(
                _get_radiation_unit_conversion.sync_detailed,
                operation="get_radiation_unit_conversion",
                method="GET",
                path="/unit/conversion/radiation/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_radioactivity_conversion(
        self, src_format: UnitRadioactivityFormat | str, output_format: UnitRadioactivityFormat | str, *, value: float
    ) -> RawResponse[UnitRadioactivityConversion]:
        """`get_radioactivity_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitRadioactivityConversion]",
            self._caller.call_with_response(
                _get_radioactivity_unit_conversion.sync_detailed,
                operation="get_radioactivity_unit_conversion",
                method="GET",
                path="/unit/conversion/radioactivity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_solid_angle_conversion(
        self, src_format: UnitSolidAngleFormat | str, output_format: UnitSolidAngleFormat | str, *, value: float
    ) -> RawResponse[UnitSolidAngleConversion]:
        """`get_solid_angle_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitSolidAngleConversion]",
            self._caller.call_with_response(
                _get_solid_angle_unit_conversion.sync_detailed,
                operation="get_solid_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/solid-angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_temperature_conversion(
        self, src_format: UnitTemperatureFormat | str, output_format: UnitTemperatureFormat | str, *, value: float
    ) -> RawResponse[UnitTemperatureConversion]:
        """`get_temperature_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitTemperatureConversion]",
            self._caller.call_with_response(
                _get_temperature_unit_conversion.sync_detailed,
                operation="get_temperature_unit_conversion",
                method="GET",
                path="/unit/conversion/temperature/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_time_conversion(
        self, src_format: UnitTimeFormat | str, output_format: UnitTimeFormat | str, *, value: float
    ) -> RawResponse[UnitTimeConversion]:
        """`get_time_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitTimeConversion]",
            self._caller.call_with_response(
                _get_time_unit_conversion.sync_detailed,
                operation="get_time_unit_conversion",
                method="GET",
                path="/unit/conversion/time/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_velocity_conversion(
        self, src_format: UnitVelocityFormat | str, output_format: UnitVelocityFormat | str, *, value: float
    ) -> RawResponse[UnitVelocityConversion]:
        """`get_velocity_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitVelocityConversion]",
            self._caller.call_with_response(
                _get_velocity_unit_conversion.sync_detailed,
                operation="get_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_voltage_conversion(
        self, src_format: UnitVoltageFormat | str, output_format: UnitVoltageFormat | str, *, value: float
    ) -> RawResponse[UnitVoltageConversion]:
        """`get_voltage_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitVoltageConversion]",
            self._caller.call_with_response(
                _get_voltage_unit_conversion.sync_detailed,
                operation="get_voltage_unit_conversion",
                method="GET",
                path="/unit/conversion/voltage/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    def get_volume_conversion(
        self, src_format: UnitVolumeFormat | str, output_format: UnitVolumeFormat | str, *, value: float
    ) -> RawResponse[UnitVolumeConversion]:
        """`get_volume_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitVolumeConversion]",
            self._caller.call_with_response(
                _get_volume_unit_conversion.sync_detailed,
                operation="get_volume_unit_conversion",
                method="GET",
                path="/unit/conversion/volume/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )


class RawUsersResource:
    """A user is someone who uses the KittyCAD API. Here, we can create, delete, and list users. We can also get information about a user. Operations will only be authorized if the user is requesting information about themselves."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_self(self) -> RawResponse[User]:
        """`get_user_self`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[User]",
            self._caller.call_with_response(
                _get_user_self.sync_detailed,
                operation="get_user_self",
                method="GET",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    def update_self(self, *, body: UpdateUser) -> RawResponse[User]:
        """`update_user_self`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[User]",
            self._caller.call_with_response(
                _update_user_self.sync_detailed,
                operation="update_user_self",
                method="PUT",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    def delete_self(self) -> RawResponse[None]:
        """`delete_user_self`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_user_self.sync_detailed,
                operation="delete_user_self",
                method="DELETE",
                path="/user",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    def get_self_extended(self) -> RawResponse[ExtendedUser]:
        """`get_user_self_extended`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ExtendedUser]",
            self._caller.call_with_response(
                _get_user_self_extended.sync_detailed,
                operation="get_user_self_extended",
                method="GET",
                path="/user/extended",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class RawResources:
    """Every operation of the KittyCAD API, answering `RawResponse`s."""

    def __init__(self, caller: Caller) -> None:
        self.api_calls = RawApiCallsResource(caller)
        self.api_tokens = RawApiTokensResource(caller)
        self.constant = RawConstantResource(caller)
        self.file = RawFileResource(caller)
        self.meta = RawMetaResource(caller)
        self.payments = RawPaymentsResource(caller)
        self.sessions = RawSessionsResource(caller)
        self.unit = RawUnitResource(caller)
        self.users = RawUsersResource(caller)


class Resources:
    """Every operation of the KittyCAD API, grouped by tag."""

    def __init__(self, caller: Caller) -> None:
        self._bind(caller)

    def _bind(self, caller: Caller) -> None:
        self._caller = caller
        self.api_calls = ApiCallsResource(caller)
        self.api_tokens = ApiTokensResource(caller)
        self.constant = ConstantResource(caller)
        self.file = FileResource(caller)
        self.meta = MetaResource(caller)
        self.payments = PaymentsResource(caller)
        self.sessions = SessionsResource(caller)
        self.unit = UnitResource(caller)
        self.users = UsersResource(caller)

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return RawResources(self._caller)


class AsyncApiCallsResource:
    """API calls and async operations of your user (the reference section "API Calls")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_async_operation(
        self, id: str
    ) -> (
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ):
        """Get an async operation

        Get the status and output of an async operation.

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested async operation for the user.

        If the user is not authenticated to view the specified async operation, then it is not returned.

        Only KittyCAD employees with the proper access can view async operations for other users."""
        return cast(
            "AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume",
            await self._caller.call(
                _get_async_operation.asyncio_detailed,
                operation="get_async_operation",
                method="GET",
                path="/async/operations/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    def list(self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET) -> AsyncPager[ApiCallWithPrice]:
        """List API calls for your user

        This endpoint requires authentication by any KittyCAD user. It returns the API calls for the authenticated user.

        The API calls are returned in order of creation, with the most recently created API calls first.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_api_calls_for_user.asyncio_detailed,
                operation="list_api_calls_for_user",
                method="GET",
                path="/user/api-calls",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
                page_token=page.get("page_token", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "next-token",
                    "next": "next_page",
                    "token_param": "page_token",
                    "items": "items",
                    "size_param": "limit",
                }
            ),
        )

    async def get(self, id: str) -> ApiCallWithPrice:
        """Get an API call for a user

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested API call for the user."""
        return cast(
            "ApiCallWithPrice",
            await self._caller.call(
                _get_api_call_for_user.asyncio_detailed,
                operation="get_api_call_for_user",
                method="GET",
                path="/user/api-calls/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class AsyncApiTokensResource:
    """API tokens of your user (the reference section "API Tokens")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET) -> AsyncPager[ApiToken]:
        """List API tokens for your user

        This endpoint requires authentication by any KittyCAD user. It returns the API tokens for the authenticated user.

        The API tokens are returned in order of creation, with the most recently created API tokens first.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_api_tokens_for_user.asyncio_detailed,
                operation="list_api_tokens_for_user",
                method="GET",
                path="/user/api-tokens",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
                page_token=page.get("page_token", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "next-token",
                    "next": "next_page",
                    "token_param": "page_token",
                    "items": "items",
                    "size_param": "limit",
                }
            ),
        )

    async def create(self) -> ApiToken:
        """Create a new API token for your user

        This endpoint requires authentication by any KittyCAD user. It creates a new API token for the authenticated user."""
        return cast(
            "ApiToken",
            await self._caller.call(
                _create_api_token_for_user.asyncio_detailed,
                operation="create_api_token_for_user",
                method="POST",
                path="/user/api-tokens",
                expected=_STATUSES_201_4XX_5XX,
            ),
        )

    async def get(self, token: UUID | str) -> ApiToken:
        """Get an API token for your user

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested API token for the user."""
        return cast(
            "ApiToken",
            await self._caller.call(
                _get_api_token_for_user.asyncio_detailed,
                operation="get_api_token_for_user",
                method="GET",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )

    async def delete(self, token: UUID | str) -> None:
        """Delete an API token for your user

        This endpoint requires authentication by any KittyCAD user. It deletes the requested API token for the user.

        This endpoint does not actually delete the API token from the database. It merely marks the token as invalid. We still want to keep the token in the database for historical purposes."""
        return cast(
            "None",
            await self._caller.call(
                _delete_api_token_for_user.asyncio_detailed,
                operation="delete_api_token_for_user",
                method="DELETE",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_204_4XX_5XX,
                token=token,
            ),
        )


class AsyncConstantResource:
    """Physics constants (the reference section "Constant")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_physics_constant(self, constant: PhysicsConstantName | str) -> PhysicsConstant:
        """Get a physics constant"""
        return cast(
            "PhysicsConstant",
            await self._caller.call(
                _get_physics_constant.asyncio_detailed,
                operation="get_physics_constant",
                method="GET",
                path="/constant/physics/{constant}",
                expected=_STATUSES_200_4XX_5XX,
                constant=constant,
            ),
        )


class AsyncFileResource:
    """CAD file conversion and analysis (the reference section "File")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_2d_vector_conversion(
        self, src_format: File2DVectorSourceFormat | str, output_format: File2DVectorOutputFormat | str, *, body: File
    ) -> File2DVectorConversion:
        """Convert 2D Vector file

        Convert a 2D Vector file from one format to another. If the file being converted is larger than 25MB, it will be performed asynchronously.

        If the conversion is performed synchronously, the contents of the converted file (output) will be returned as a base64 encoded string.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint."""
        return cast(
            "File2DVectorConversion",
            await self._caller.call(
                _create_file_2d_vector_conversion.asyncio_detailed,
                operation="create_file_2d_vector_conversion",
                method="POST",
                path="/file/2d/vector/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    async def create_3d_conversion(
        self, src_format: File3DSourceFormat | str, output_format: File3DOutputFormat | str, *, body: File
    ) -> File3DConversion:
        """Convert 3D file

        Convert a 3D file from one format to another. If the file being converted is larger than 25MB, it will be performed asynchronously.

        If the conversion is performed synchronously, the contents of the converted file (output) will be returned as a base64 encoded string.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint."""
        return cast(
            "File3DConversion",
            await self._caller.call(
                _create_file_3d_conversion.asyncio_detailed,
                operation="create_file_3d_conversion",
                method="POST",
                path="/file/3d/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    async def create_center_of_mass(
        self, *, body: File, material_density: float, src_format: File3DSourceFormat | str
    ) -> FileCenterOfMass:
        """Get CAD file center of mass

        Get the center of mass of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        Does the same as the center_of_mass_with_uniform_density endpoint; except, this has a redundant material_density value. Kept for legacy in this version.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileCenterOfMass",
            await self._caller.call(
                _create_file_center_of_mass.asyncio_detailed,
                operation="create_file_center_of_mass",
                method="POST",
                path="/file/center-of-mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_conversion(
        self, src_format: FileSourceFormat | str, output_format: FileOutputFormat | str, *, body: File
    ) -> FileConversion:
        """Convert CAD file

        Convert a CAD file from one format to another. If the file being converted is larger than 25MB, it will be performed asynchronously.

        If the conversion is performed synchronously, the contents of the converted file (output) will be returned as a base64 encoded string.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint."""
        return cast(
            "FileConversion",
            await self._caller.call(
                _create_file_conversion.asyncio_detailed,
                operation="create_file_conversion",
                method="POST",
                path="/file/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    async def get_conversion(
        self, id: str
    ) -> (
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ):
        """Get a file conversion

        Get the status and output of an async file conversion.

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested file conversion for the user.

        If the user is not authenticated to view the specified file conversion, then it is not returned.

        Only KittyCAD employees with the proper access can view file conversions for other users."""
        return cast(
            "AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume",
            await self._caller.call(
                _get_file_conversion.asyncio_detailed,
                operation="get_file_conversion",
                method="GET",
                path="/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    async def create_density(
        self, *, body: File, material_mass: float, src_format: File3DSourceFormat | str
    ) -> FileDensity:
        """Get CAD file density

        Get the density of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileDensity",
            await self._caller.call(
                _create_file_density.asyncio_detailed,
                operation="create_file_density",
                method="POST",
                path="/file/density",
                expected=_STATUSES_201_4XX_5XX,
                material_mass=material_mass,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_mass(
        self, *, body: File, material_density: float, src_format: File3DSourceFormat | str
    ) -> FileMass:
        """Get CAD file mass

        Get the mass of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileMass",
            await self._caller.call(
                _create_file_mass.asyncio_detailed,
                operation="create_file_mass",
                method="POST",
                path="/file/mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_surface_area(self, *, body: File, src_format: File3DSourceFormat | str) -> FileSurfaceArea:
        """Get CAD file surface area

        Get the surface area of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileSurfaceArea",
            await self._caller.call(
                _create_file_surface_area.asyncio_detailed,
                operation="create_file_surface_area",
                method="POST",
                path="/file/surface-area",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_volume(self, *, body: File, src_format: File3DSourceFormat | str) -> FileVolume:
        """Get CAD file volume

        Get the volume of an object in a CAD file. If the file is larger than 25MB, it will be performed asynchronously.

        If the operation is performed asynchronously, the id of the operation will be returned. You can use the id returned from the request to get status information about the async operation from the /async/operations/{id} endpoint.

        Marked beta in the reference."""
        return cast(
            "FileVolume",
            await self._caller.call(
                _create_file_volume.asyncio_detailed,
                operation="create_file_volume",
                method="POST",
                path="/file/volume",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    async def get_conversion_for_user(
        self, id: str
    ) -> (
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ):
        """Get a file conversion for your user

        Get the status and output of an async file conversion. If completed, the contents of the converted file (output) will be returned as a base64 encoded string.

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested file conversion for the user."""
        return cast(
            "AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume",
            await self._caller.call(
                _get_file_conversion_for_user.asyncio_detailed,
                operation="get_file_conversion_for_user",
                method="GET",
                path="/user/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class AsyncMetaResource:
    """Meta information about the API (the reference section "Meta")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_schema(self) -> GetSchemaResponse200:
        """Get OpenAPI schema

        The root endpoint returns the OpenAPI specification for the API."""
        return cast(
            "GetSchemaResponse200",
            await self._caller.call(
                _get_schema.asyncio_detailed,
                operation="get_schema",
                method="GET",
                path="/",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def ping(self) -> Pong:
        """Return pong"""
        return cast(
            "Pong",
            await self._caller.call(
                _ping.asyncio_detailed, operation="ping", method="GET", path="/ping", expected=_STATUSES_200_4XX_5XX
            ),
        )


class AsyncPaymentsResource:
    """Payment information, balance, invoices and payment methods of your user (the reference section "Payments")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_information(self) -> Customer:
        """Get payment info about your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It gets the payment information for the authenticated user."""
        return cast(
            "Customer",
            await self._caller.call(
                _get_payment_information_for_user.asyncio_detailed,
                operation="get_payment_information_for_user",
                method="GET",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def update_information(self, *, body: BillingInfo) -> Customer:
        """Update payment info for your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It updates the payment information for the authenticated user."""
        return cast(
            "Customer",
            await self._caller.call(
                _update_payment_information_for_user.asyncio_detailed,
                operation="update_payment_information_for_user",
                method="PUT",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    async def create_information(self, *, body: BillingInfo) -> Customer:
        """Create payment info for your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It creates the payment information for the authenticated user."""
        return cast(
            "Customer",
            await self._caller.call(
                _create_payment_information_for_user.asyncio_detailed,
                operation="create_payment_information_for_user",
                method="POST",
                path="/user/payment",
                expected=_STATUSES_201_4XX_5XX,
                body=body,
            ),
        )

    async def delete_information(self) -> None:
        """Delete payment info for your user

        This includes billing address, phone, and name.

        This endpoint requires authentication by any KittyCAD user. It deletes the payment information for the authenticated user."""
        return cast(
            "None",
            await self._caller.call(
                _delete_payment_information_for_user.asyncio_detailed,
                operation="delete_payment_information_for_user",
                method="DELETE",
                path="/user/payment",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    async def get_balance(self) -> CustomerBalance:
        """Get balance for your user

        This endpoint requires authentication by any KittyCAD user. It gets the balance information for the authenticated user."""
        return cast(
            "CustomerBalance",
            await self._caller.call(
                _get_payment_balance_for_user.asyncio_detailed,
                operation="get_payment_balance_for_user",
                method="GET",
                path="/user/payment/balance",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def list_invoices(self) -> builtins.list[Invoice]:
        """List invoices for your user

        This endpoint requires authentication by any KittyCAD user. It lists invoices for the authenticated user."""
        return cast(
            "builtins.list[Invoice]",
            await self._caller.call(
                _list_invoices_for_user.asyncio_detailed,
                operation="list_invoices_for_user",
                method="GET",
                path="/user/payment/invoices",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def list_payment_methods(self) -> builtins.list[PaymentMethod]:
        """List payment methods for your user

        This endpoint requires authentication by any KittyCAD user. It lists payment methods for the authenticated user."""
        return cast(
            "builtins.list[PaymentMethod]",
            await self._caller.call(
                _list_payment_methods_for_user.asyncio_detailed,
                operation="list_payment_methods_for_user",
                method="GET",
                path="/user/payment/methods",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class AsyncSessionsResource:
    """Sessions of your user (the reference section "Sessions")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self, token: UUID | str) -> Session:
        """Get a session for your user

        This endpoint requires authentication by any KittyCAD user. It returns details of the requested API token for the user."""
        return cast(
            "Session",
            await self._caller.call(
                _get_session_for_user.asyncio_detailed,
                operation="get_session_for_user",
                method="GET",
                path="/user/session/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )


class AsyncUnitResource:
    """Unit conversion operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_acceleration_conversion(
        self, src_format: UnitAccelerationFormat | str, output_format: UnitAccelerationFormat | str, *, value: float
    ) -> UnitAccelerationConversion:
        """Convert acceleration units

        Convert an acceleration unit value to another acceleration unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAccelerationConversion",
            await self._caller.call(
                _get_acceleration_unit_conversion.asyncio_detailed,
                operation="get_acceleration_unit_conversion",
                method="GET",
                path="/unit/conversion/acceleration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_angle_conversion(
        self, src_format: UnitAngleFormat | str, output_format: UnitAngleFormat | str, *, value: float
    ) -> UnitAngleConversion:
        """Convert angle units

        Convert an angle unit value to another angle unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAngleConversion",
            await self._caller.call(
                _get_angle_unit_conversion.asyncio_detailed,
                operation="get_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_angular_velocity_conversion(
        self,
        src_format: UnitAngularVelocityFormat | str,
        output_format: UnitAngularVelocityFormat | str,
        *,
        value: float,
    ) -> UnitAngularVelocityConversion:
        """Convert angular velocity units

        Convert an angular velocity unit value to another angular velocity unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAngularVelocityConversion",
            await self._caller.call(
                _get_angular_velocity_unit_conversion.asyncio_detailed,
                operation="get_angular_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/angular-velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_area_conversion(
        self, src_format: UnitAreaFormat | str, output_format: UnitAreaFormat | str, *, value: float
    ) -> UnitAreaConversion:
        """Convert area units

        Convert an area unit value to another area unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitAreaConversion",
            await self._caller.call(
                _get_area_unit_conversion.asyncio_detailed,
                operation="get_area_unit_conversion",
                method="GET",
                path="/unit/conversion/area/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_charge_conversion(
        self, src_format: UnitChargeFormat | str, output_format: UnitChargeFormat | str, *, value: float
    ) -> UnitChargeConversion:
        """Convert charge units

        Convert a charge unit value to another charge unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitChargeConversion",
            await self._caller.call(
                _get_charge_unit_conversion.asyncio_detailed,
                operation="get_charge_unit_conversion",
                method="GET",
                path="/unit/conversion/charge/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_concentration_conversion(
        self, src_format: UnitConcentrationFormat | str, output_format: UnitConcentrationFormat | str, *, value: float
    ) -> UnitConcentrationConversion:
        """Convert concentration units

        Convert a concentration unit value to another concentration unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitConcentrationConversion",
            await self._caller.call(
                _get_concentration_unit_conversion.asyncio_detailed,
                operation="get_concentration_unit_conversion",
                method="GET",
                path="/unit/conversion/concentration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_data_transfer_rate_conversion(
        self,
        src_format: UnitDataTransferRateFormat | str,
        output_format: UnitDataTransferRateFormat | str,
        *,
        value: float,
    ) -> UnitDataTransferRateConversion:
        """Convert data transfer rate units

        Convert a data transfer rate unit value to another data transfer rate unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitDataTransferRateConversion",
            await self._caller.call(
                _get_data_transfer_rate_unit_conversion.asyncio_detailed,
                operation="get_data_transfer_rate_unit_conversion",
                method="GET",
                path="/unit/conversion/data-transfer-rate/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_data_conversion(
        self, src_format: UnitDataFormat | str, output_format: UnitDataFormat | str, *, value: float
    ) -> UnitDataConversion:
        """Convert data units

        Convert a data unit value to another data unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitDataConversion",
            await self._caller.call(
                _get_data_unit_conversion.asyncio_detailed,
                operation="get_data_unit_conversion",
                method="GET",
                path="/unit/conversion/data/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_density_conversion(
        self, src_format: UnitDensityFormat | str, output_format: UnitDensityFormat | str, *, value: float
    ) -> UnitDensityConversion:
        """Convert density units

        Convert a density unit value to another density unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitDensityConversion",
            await self._caller.call(
                _get_density_unit_conversion.asyncio_detailed,
                operation="get_density_unit_conversion",
                method="GET",
                path="/unit/conversion/density/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_energy_conversion(
        self, src_format: UnitEnergyFormat | str, output_format: UnitEnergyFormat | str, *, value: float
    ) -> UnitEnergyConversion:
        """Convert energy units

        Convert a energy unit value to another energy unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitEnergyConversion",
            await self._caller.call(
                _get_energy_unit_conversion.asyncio_detailed,
                operation="get_energy_unit_conversion",
                method="GET",
                path="/unit/conversion/energy/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_force_conversion(
        self, src_format: UnitForceFormat | str, output_format: UnitForceFormat | str, *, value: float
    ) -> UnitForceConversion:
        """Convert force units

        Convert a force unit value to another force unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitForceConversion",
            await self._caller.call(
                _get_force_unit_conversion.asyncio_detailed,
                operation="get_force_unit_conversion",
                method="GET",
                path="/unit/conversion/force/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_illuminance_conversion(
        self, src_format: UnitIlluminanceFormat | str, output_format: UnitIlluminanceFormat | str, *, value: float
    ) -> UnitIlluminanceConversion:
        """Convert illuminance units

        Convert a illuminance unit value to another illuminance unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitIlluminanceConversion",
            await self._caller.call(
                _get_illuminance_unit_conversion.asyncio_detailed,
                operation="get_illuminance_unit_conversion",
                method="GET",
                path="/unit/conversion/illuminance/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_length_conversion(
        self, src_format: UnitLengthFormat | str, output_format: UnitLengthFormat | str, *, value: float
    ) -> UnitLengthConversion:
        """Convert length units

        Convert a length unit value to another length unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitLengthConversion",
            await self._caller.call(
                _get_length_unit_conversion.asyncio_detailed,
                operation="get_length_unit_conversion",
                method="GET",
                path="/unit/conversion/length/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_magnetic_field_strength_conversion(
        self,
        src_format: UnitMagneticFieldStrengthFormat | str,
        output_format: UnitMagneticFieldStrengthFormat | str,
        *,
        value: float,
    ) -> UnitMagneticFieldStrengthConversion:
        """Convert magnetic field strength units

        Convert a magnetic field strength unit value to another magnetic field strength unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMagneticFieldStrengthConversion",
            await self._caller.call(
                _get_magnetic_field_strength_unit_conversion.asyncio_detailed,
                operation="get_magnetic_field_strength_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-field-strength/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_magnetic_flux_conversion(
        self, src_format: UnitMagneticFluxFormat | str, output_format: UnitMagneticFluxFormat | str, *, value: float
    ) -> UnitMagneticFluxConversion:
        """Convert magnetic flux units

        Convert a magnetic flux unit value to another magnetic flux unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMagneticFluxConversion",
            await self._caller.call(
                _get_magnetic_flux_unit_conversion.asyncio_detailed,
                operation="get_magnetic_flux_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-flux/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_mass_conversion(
        self, src_format: UnitMassFormat | str, output_format: UnitMassFormat | str, *, value: float
    ) -> UnitMassConversion:
        """Convert mass units

        Convert a mass unit value to another mass unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMassConversion",
            await self._caller.call(
                _get_mass_unit_conversion.asyncio_detailed,
                operation="get_mass_unit_conversion",
                method="GET",
                path="/unit/conversion/mass/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_metric_cubed_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> UnitMetricCubedConversion:
        """Convert metric cubed units

        Convert a metric cubed unit value to another metric cubed unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMetricCubedConversion",
            await self._caller.call(
                _get_metric_cubed_unit_conversion.asyncio_detailed,
                operation="get_metric_cubed_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/cubed/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_metric_power_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> UnitMetricPowerConversion:
        """Convert metric units

        Convert a metric unit value to another metric unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMetricPowerConversion",
            await self._caller.call(
                _get_metric_power_unit_conversion.asyncio_detailed,
                operation="get_metric_power_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_metric_squared_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> UnitMetricSquaredConversion:
        """Convert metric squared units

        Convert a metric squared unit value to another metric squared unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitMetricSquaredConversion",
            await self._caller.call(
                _get_metric_squared_unit_conversion.asyncio_detailed,
                operation="get_metric_squared_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/squared/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_power_conversion(
        self, src_format: UnitPowerFormat | str, output_format: UnitPowerFormat | str, *, value: float
    ) -> UnitPowerConversion:
        """Convert power units

        Convert a power unit value to another power unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitPowerConversion",
            await self._caller.call(
                _get_power_unit_conversion.asyncio_detailed,
                operation="get_power_unit_conversion",
                method="GET",
                path="/unit/conversion/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_pressure_conversion(
        self, src_format: UnitPressureFormat | str, output_format: UnitPressureFormat | str, *, value: float
    ) -> UnitPressureConversion:
        """Convert pressure units

        Convert a pressure unit value to another pressure unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitPressureConversion",
            await self._caller.call(
                _get_pressure_unit_conversion.asyncio_detailed,
                operation="get_pressure_unit_conversion",
                method="GET",
                path="/unit/conversion/pressure/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_radiation_conversion(
        self, src_format: UnitRadiationFormat | str, output_format: UnitRadiationFormat | str, *, value: float
    ) -> UnitRadiationConversion:
        """Convert radiation units

        Convert a radiation unit value to another radiation unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitRadiationConversion",
            await self._caller.call(
                _get_radiation_unit_conversion.asyncio_detailed,
                operation="get_radiation_unit_conversion",
                method="GET",
                path="/unit/conversion/radiation/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_radioactivity_conversion(
        self, src_format: UnitRadioactivityFormat | str, output_format: UnitRadioactivityFormat | str, *, value: float
    ) -> UnitRadioactivityConversion:
        """Convert radioactivity units

        Convert a radioactivity unit value to another radioactivity unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitRadioactivityConversion",
            await self._caller.call(
                _get_radioactivity_unit_conversion.asyncio_detailed,
                operation="get_radioactivity_unit_conversion",
                method="GET",
                path="/unit/conversion/radioactivity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_solid_angle_conversion(
        self, src_format: UnitSolidAngleFormat | str, output_format: UnitSolidAngleFormat | str, *, value: float
    ) -> UnitSolidAngleConversion:
        """Convert solid angle units

        Convert a solid angle unit value to another solid angle unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitSolidAngleConversion",
            await self._caller.call(
                _get_solid_angle_unit_conversion.asyncio_detailed,
                operation="get_solid_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/solid-angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_temperature_conversion(
        self, src_format: UnitTemperatureFormat | str, output_format: UnitTemperatureFormat | str, *, value: float
    ) -> UnitTemperatureConversion:
        """Convert temperature units

        Convert a temperature unit value to another temperature unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitTemperatureConversion",
            await self._caller.call(
                _get_temperature_unit_conversion.asyncio_detailed,
                operation="get_temperature_unit_conversion",
                method="GET",
                path="/unit/conversion/temperature/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_time_conversion(
        self, src_format: UnitTimeFormat | str, output_format: UnitTimeFormat | str, *, value: float
    ) -> UnitTimeConversion:
        """Convert time units

        Convert a time unit value to another time unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitTimeConversion",
            await self._caller.call(
                _get_time_unit_conversion.asyncio_detailed,
                operation="get_time_unit_conversion",
                method="GET",
                path="/unit/conversion/time/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_velocity_conversion(
        self, src_format: UnitVelocityFormat | str, output_format: UnitVelocityFormat | str, *, value: float
    ) -> UnitVelocityConversion:
        """Convert velocity units

        Convert a velocity unit value to another velocity unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitVelocityConversion",
            await self._caller.call(
                _get_velocity_unit_conversion.asyncio_detailed,
                operation="get_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_voltage_conversion(
        self, src_format: UnitVoltageFormat | str, output_format: UnitVoltageFormat | str, *, value: float
    ) -> UnitVoltageConversion:
        """Convert voltage units

        Convert a voltage unit value to another voltage unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitVoltageConversion",
            await self._caller.call(
                _get_voltage_unit_conversion.asyncio_detailed,
                operation="get_voltage_unit_conversion",
                method="GET",
                path="/unit/conversion/voltage/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_volume_conversion(
        self, src_format: UnitVolumeFormat | str, output_format: UnitVolumeFormat | str, *, value: float
    ) -> UnitVolumeConversion:
        """Convert volume units

        Convert a volume unit value to another volume unit value. This is a nice endpoint to use for helper functions.

        Marked beta in the reference."""
        return cast(
            "UnitVolumeConversion",
            await self._caller.call(
                _get_volume_unit_conversion.asyncio_detailed,
                operation="get_volume_unit_conversion",
                method="GET",
                path="/unit/conversion/volume/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )


class AsyncUsersResource:
    """A user is someone who uses the KittyCAD API. Here, we can create, delete, and list users. We can also get information about a user. Operations will only be authorized if the user is requesting information about themselves."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_self(self) -> User:
        """Get your user

        Get the user information for the authenticated user.

        Alternatively, you can also use the /users/me endpoint."""
        return cast(
            "User",
            await self._caller.call(
                _get_user_self.asyncio_detailed,
                operation="get_user_self",
                method="GET",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def update_self(self, *, body: UpdateUser) -> User:
        """Update your user

        This endpoint requires authentication by any KittyCAD user. It updates information about the authenticated user."""
        return cast(
            "User",
            await self._caller.call(
                _update_user_self.asyncio_detailed,
                operation="update_user_self",
                method="PUT",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    async def delete_self(self) -> None:
        """Delete your user

        This endpoint requires authentication by any KittyCAD user. It deletes the authenticated user from KittyCAD's database.

        This call will only succeed if all invoices associated with the user have been paid in full and there is no outstanding balance."""
        return cast(
            "None",
            await self._caller.call(
                _delete_user_self.asyncio_detailed,
                operation="delete_user_self",
                method="DELETE",
                path="/user",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    async def get_self_extended(self) -> ExtendedUser:
        """Get extended information about your user

        Get the user information for the authenticated user.

        Alternatively, you can also use the /users-extended/me endpoint."""
        return cast(
            "ExtendedUser",
            await self._caller.call(
                _get_user_self_extended.asyncio_detailed,
                operation="get_user_self_extended",
                method="GET",
                path="/user/extended",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class AsyncRawApiCallsResource:
    """API calls and async operations of your user (the reference section "API Calls")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_async_operation(
        self, id: str
    ) -> RawResponse[
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ]:
        """`get_async_operation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume]",
            await self._caller.call_with_response(
                _get_async_operation.asyncio_detailed,
                operation="get_async_operation",
                method="GET",
                path="/async/operations/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    async def list(
        self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET
    ) -> RawResponse[ApiCallWithPriceResultsPage]:
        """`list_api_calls_for_user`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ApiCallWithPriceResultsPage]",
            await self._caller.call_with_response(
                _list_api_calls_for_user.asyncio_detailed,
                operation="list_api_calls_for_user",
                method="GET",
                path="/user/api-calls",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
            ),
        )

    async def get(self, id: str) -> RawResponse[ApiCallWithPrice]:
        """`get_api_call_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ApiCallWithPrice]",
            await self._caller.call_with_response(
                _get_api_call_for_user.asyncio_detailed,
                operation="get_api_call_for_user",
                method="GET",
                path="/user/api-calls/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class AsyncRawApiTokensResource:
    """API tokens of your user (the reference section "API Tokens")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self, *, sort_by: CreatedAtSortMode | str, limit: int | Unset = UNSET
    ) -> RawResponse[ApiTokenResultsPage]:
        """`list_api_tokens_for_user`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ApiTokenResultsPage]",
            await self._caller.call_with_response(
                _list_api_tokens_for_user.asyncio_detailed,
                operation="list_api_tokens_for_user",
                method="GET",
                path="/user/api-tokens",
                expected=_STATUSES_200_4XX_5XX,
                limit=limit,
                sort_by=sort_by,
            ),
        )

    async def create(self) -> RawResponse[ApiToken]:
        """`create_api_token_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ApiToken]",
            await self._caller.call_with_response(
                _create_api_token_for_user.asyncio_detailed,
                operation="create_api_token_for_user",
                method="POST",
                path="/user/api-tokens",
                expected=_STATUSES_201_4XX_5XX,
            ),
        )

    async def get(self, token: UUID | str) -> RawResponse[ApiToken]:
        """`get_api_token_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ApiToken]",
            await self._caller.call_with_response(
                _get_api_token_for_user.asyncio_detailed,
                operation="get_api_token_for_user",
                method="GET",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )

    async def delete(self, token: UUID | str) -> RawResponse[None]:
        """`delete_api_token_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_api_token_for_user.asyncio_detailed,
                operation="delete_api_token_for_user",
                method="DELETE",
                path="/user/api-tokens/{token}",
                expected=_STATUSES_204_4XX_5XX,
                token=token,
            ),
        )


class AsyncRawConstantResource:
    """Physics constants (the reference section "Constant")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_physics_constant(self, constant: PhysicsConstantName | str) -> RawResponse[PhysicsConstant]:
        """`get_physics_constant`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PhysicsConstant]",
            await self._caller.call_with_response(
                _get_physics_constant.asyncio_detailed,
                operation="get_physics_constant",
                method="GET",
                path="/constant/physics/{constant}",
                expected=_STATUSES_200_4XX_5XX,
                constant=constant,
            ),
        )


class AsyncRawFileResource:
    """CAD file conversion and analysis (the reference section "File")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def create_2d_vector_conversion(
        self, src_format: File2DVectorSourceFormat | str, output_format: File2DVectorOutputFormat | str, *, body: File
    ) -> RawResponse[File2DVectorConversion]:
        """`create_file_2d_vector_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File2DVectorConversion]",
            await self._caller.call_with_response(
                _create_file_2d_vector_conversion.asyncio_detailed,
                operation="create_file_2d_vector_conversion",
                method="POST",
                path="/file/2d/vector/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    async def create_3d_conversion(
        self, src_format: File3DSourceFormat | str, output_format: File3DOutputFormat | str, *, body: File
    ) -> RawResponse[File3DConversion]:
        """`create_file_3d_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File3DConversion]",
            await self._caller.call_with_response(
                _create_file_3d_conversion.asyncio_detailed,
                operation="create_file_3d_conversion",
                method="POST",
                path="/file/3d/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    async def create_center_of_mass(
        self, *, body: File, material_density: float, src_format: File3DSourceFormat | str
    ) -> RawResponse[FileCenterOfMass]:
        """`create_file_center_of_mass`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileCenterOfMass]",
            await self._caller.call_with_response(
                _create_file_center_of_mass.asyncio_detailed,
                operation="create_file_center_of_mass",
                method="POST",
                path="/file/center-of-mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_conversion(
        self, src_format: FileSourceFormat | str, output_format: FileOutputFormat | str, *, body: File
    ) -> RawResponse[FileConversion]:
        """`create_file_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileConversion]",
            await self._caller.call_with_response(
                _create_file_conversion.asyncio_detailed,
                operation="create_file_conversion",
                method="POST",
                path="/file/conversion/{src_format}/{output_format}",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                body=body,
            ),
        )

    async def get_conversion(
        self, id: str
    ) -> RawResponse[
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ]:
        """`get_file_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume]",
            await self._caller.call_with_response(
                _get_file_conversion.asyncio_detailed,
                operation="get_file_conversion",
                method="GET",
                path="/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )

    async def create_density(
        self, *, body: File, material_mass: float, src_format: File3DSourceFormat | str
    ) -> RawResponse[FileDensity]:
        """`create_file_density`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileDensity]",
            await self._caller.call_with_response(
                _create_file_density.asyncio_detailed,
                operation="create_file_density",
                method="POST",
                path="/file/density",
                expected=_STATUSES_201_4XX_5XX,
                material_mass=material_mass,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_mass(
        self, *, body: File, material_density: float, src_format: File3DSourceFormat | str
    ) -> RawResponse[FileMass]:
        """`create_file_mass`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileMass]",
            await self._caller.call_with_response(
                _create_file_mass.asyncio_detailed,
                operation="create_file_mass",
                method="POST",
                path="/file/mass",
                expected=_STATUSES_201_4XX_5XX,
                material_density=material_density,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_surface_area(
        self, *, body: File, src_format: File3DSourceFormat | str
    ) -> RawResponse[FileSurfaceArea]:
        """`create_file_surface_area`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileSurfaceArea]",
            await self._caller.call_with_response(
                _create_file_surface_area.asyncio_detailed,
                operation="create_file_surface_area",
                method="POST",
                path="/file/surface-area",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    async def create_volume(self, *, body: File, src_format: File3DSourceFormat | str) -> RawResponse[FileVolume]:
        """`create_file_volume`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileVolume]",
            await self._caller.call_with_response(
                _create_file_volume.asyncio_detailed,
                operation="create_file_volume",
                method="POST",
                path="/file/volume",
                expected=_STATUSES_201_4XX_5XX,
                src_format=src_format,
                body=body,
            ),
        )

    async def get_conversion_for_user(
        self, id: str
    ) -> RawResponse[
        AsyncFile2DVectorConversion
        | AsyncFile3DConversion
        | AsyncFileCenterOfMass
        | AsyncFileConversion
        | AsyncFileDensity
        | AsyncFileMass
        | AsyncFileSurfaceArea
        | AsyncFileVolume
    ]:
        """`get_file_conversion_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AsyncFile2DVectorConversion | AsyncFile3DConversion | AsyncFileCenterOfMass | AsyncFileConversion | AsyncFileDensity | AsyncFileMass | AsyncFileSurfaceArea | AsyncFileVolume]",
            await self._caller.call_with_response(
                _get_file_conversion_for_user.asyncio_detailed,
                operation="get_file_conversion_for_user",
                method="GET",
                path="/user/file/conversions/{id}",
                expected=_STATUSES_200_4XX_5XX,
                id=id,
            ),
        )


class AsyncRawMetaResource:
    """Meta information about the API (the reference section "Meta")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_schema(self) -> RawResponse[GetSchemaResponse200]:
        """`get_schema`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetSchemaResponse200]",
            await self._caller.call_with_response(
                _get_schema.asyncio_detailed,
                operation="get_schema",
                method="GET",
                path="/",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def ping(self) -> RawResponse[Pong]:
        """`ping`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Pong]",
            await self._caller.call_with_response(
                _ping.asyncio_detailed, operation="ping", method="GET", path="/ping", expected=_STATUSES_200_4XX_5XX
            ),
        )


class AsyncRawPaymentsResource:
    """Payment information, balance, invoices and payment methods of your user (the reference section "Payments")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_information(self) -> RawResponse[Customer]:
        """`get_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Customer]",
            await self._caller.call_with_response(
                _get_payment_information_for_user.asyncio_detailed,
                operation="get_payment_information_for_user",
                method="GET",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def update_information(self, *, body: BillingInfo) -> RawResponse[Customer]:
        """`update_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Customer]",
            await self._caller.call_with_response(
                _update_payment_information_for_user.asyncio_detailed,
                operation="update_payment_information_for_user",
                method="PUT",
                path="/user/payment",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    async def create_information(self, *, body: BillingInfo) -> RawResponse[Customer]:
        """`create_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Customer]",
            await self._caller.call_with_response(
                _create_payment_information_for_user.asyncio_detailed,
                operation="create_payment_information_for_user",
                method="POST",
                path="/user/payment",
                expected=_STATUSES_201_4XX_5XX,
                body=body,
            ),
        )

    async def delete_information(self) -> RawResponse[None]:
        """`delete_payment_information_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_payment_information_for_user.asyncio_detailed,
                operation="delete_payment_information_for_user",
                method="DELETE",
                path="/user/payment",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    async def get_balance(self) -> RawResponse[CustomerBalance]:
        """`get_payment_balance_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CustomerBalance]",
            await self._caller.call_with_response(
                _get_payment_balance_for_user.asyncio_detailed,
                operation="get_payment_balance_for_user",
                method="GET",
                path="/user/payment/balance",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def list_invoices(self) -> RawResponse[builtins.list[Invoice]]:
        """`list_invoices_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[Invoice]]",
            await self._caller.call_with_response(
                _list_invoices_for_user.asyncio_detailed,
                operation="list_invoices_for_user",
                method="GET",
                path="/user/payment/invoices",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def list_payment_methods(self) -> RawResponse[builtins.list[PaymentMethod]]:
        """`list_payment_methods_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[PaymentMethod]]",
            await self._caller.call_with_response(
                _list_payment_methods_for_user.asyncio_detailed,
                operation="list_payment_methods_for_user",
                method="GET",
                path="/user/payment/methods",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class AsyncRawSessionsResource:
    """Sessions of your user (the reference section "Sessions")."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self, token: UUID | str) -> RawResponse[Session]:
        """`get_session_for_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Session]",
            await self._caller.call_with_response(
                _get_session_for_user.asyncio_detailed,
                operation="get_session_for_user",
                method="GET",
                path="/user/session/{token}",
                expected=_STATUSES_200_4XX_5XX,
                token=token,
            ),
        )


class AsyncRawUnitResource:
    """Unit conversion operations."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_acceleration_conversion(
        self, src_format: UnitAccelerationFormat | str, output_format: UnitAccelerationFormat | str, *, value: float
    ) -> RawResponse[UnitAccelerationConversion]:
        """`get_acceleration_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAccelerationConversion]",
            await self._caller.call_with_response(
                _get_acceleration_unit_conversion.asyncio_detailed,
                operation="get_acceleration_unit_conversion",
                method="GET",
                path="/unit/conversion/acceleration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_angle_conversion(
        self, src_format: UnitAngleFormat | str, output_format: UnitAngleFormat | str, *, value: float
    ) -> RawResponse[UnitAngleConversion]:
        """`get_angle_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAngleConversion]",
            await self._caller.call_with_response(
                _get_angle_unit_conversion.asyncio_detailed,
                operation="get_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_angular_velocity_conversion(
        self,
        src_format: UnitAngularVelocityFormat | str,
        output_format: UnitAngularVelocityFormat | str,
        *,
        value: float,
    ) -> RawResponse[UnitAngularVelocityConversion]:
        """`get_angular_velocity_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAngularVelocityConversion]",
            await self._caller.call_with_response(
                _get_angular_velocity_unit_conversion.asyncio_detailed,
                operation="get_angular_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/angular-velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_area_conversion(
        self, src_format: UnitAreaFormat | str, output_format: UnitAreaFormat | str, *, value: float
    ) -> RawResponse[UnitAreaConversion]:
        """`get_area_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitAreaConversion]",
            await self._caller.call_with_response(
                _get_area_unit_conversion.asyncio_detailed,
                operation="get_area_unit_conversion",
                method="GET",
                path="/unit/conversion/area/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_charge_conversion(
        self, src_format: UnitChargeFormat | str, output_format: UnitChargeFormat | str, *, value: float
    ) -> RawResponse[UnitChargeConversion]:
        """`get_charge_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitChargeConversion]",
            await self._caller.call_with_response(
                _get_charge_unit_conversion.asyncio_detailed,
                operation="get_charge_unit_conversion",
                method="GET",
                path="/unit/conversion/charge/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_concentration_conversion(
        self, src_format: UnitConcentrationFormat | str, output_format: UnitConcentrationFormat | str, *, value: float
    ) -> RawResponse[UnitConcentrationConversion]:
        """`get_concentration_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitConcentrationConversion]",
            await self._caller.call_with_response(
                _get_concentration_unit_conversion.asyncio_detailed,
                operation="get_concentration_unit_conversion",
                method="GET",
                path="/unit/conversion/concentration/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_data_transfer_rate_conversion(
        self,
        src_format: UnitDataTransferRateFormat | str,
        output_format: UnitDataTransferRateFormat | str,
        *,
        value: float,
    ) -> RawResponse[UnitDataTransferRateConversion]:
        """`get_data_transfer_rate_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitDataTransferRateConversion]",
            await self._caller.call_with_response(
                _get_data_transfer_rate_unit_conversion.asyncio_detailed,
                operation="get_data_transfer_rate_unit_conversion",
                method="GET",
                path="/unit/conversion/data-transfer-rate/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_data_conversion(
        self, src_format: UnitDataFormat | str, output_format: UnitDataFormat | str, *, value: float
    ) -> RawResponse[UnitDataConversion]:
        """`get_data_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitDataConversion]",
            await self._caller.call_with_response(
                _get_data_unit_conversion.asyncio_detailed,
                operation="get_data_unit_conversion",
                method="GET",
                path="/unit/conversion/data/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_density_conversion(
        self, src_format: UnitDensityFormat | str, output_format: UnitDensityFormat | str, *, value: float
    ) -> RawResponse[UnitDensityConversion]:
        """`get_density_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitDensityConversion]",
            await self._caller.call_with_response(
                _get_density_unit_conversion.asyncio_detailed,
                operation="get_density_unit_conversion",
                method="GET",
                path="/unit/conversion/density/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_energy_conversion(
        self, src_format: UnitEnergyFormat | str, output_format: UnitEnergyFormat | str, *, value: float
    ) -> RawResponse[UnitEnergyConversion]:
        """`get_energy_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitEnergyConversion]",
            await self._caller.call_with_response(
                _get_energy_unit_conversion.asyncio_detailed,
                operation="get_energy_unit_conversion",
                method="GET",
                path="/unit/conversion/energy/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_force_conversion(
        self, src_format: UnitForceFormat | str, output_format: UnitForceFormat | str, *, value: float
    ) -> RawResponse[UnitForceConversion]:
        """`get_force_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitForceConversion]",
            await self._caller.call_with_response(
                _get_force_unit_conversion.asyncio_detailed,
                operation="get_force_unit_conversion",
                method="GET",
                path="/unit/conversion/force/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_illuminance_conversion(
        self, src_format: UnitIlluminanceFormat | str, output_format: UnitIlluminanceFormat | str, *, value: float
    ) -> RawResponse[UnitIlluminanceConversion]:
        """`get_illuminance_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitIlluminanceConversion]",
            await self._caller.call_with_response(
                _get_illuminance_unit_conversion.asyncio_detailed,
                operation="get_illuminance_unit_conversion",
                method="GET",
                path="/unit/conversion/illuminance/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_length_conversion(
        self, src_format: UnitLengthFormat | str, output_format: UnitLengthFormat | str, *, value: float
    ) -> RawResponse[UnitLengthConversion]:
        """`get_length_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitLengthConversion]",
            await self._caller.call_with_response(
                _get_length_unit_conversion.asyncio_detailed,
                operation="get_length_unit_conversion",
                method="GET",
                path="/unit/conversion/length/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_magnetic_field_strength_conversion(
        self,
        src_format: UnitMagneticFieldStrengthFormat | str,
        output_format: UnitMagneticFieldStrengthFormat | str,
        *,
        value: float,
    ) -> RawResponse[UnitMagneticFieldStrengthConversion]:
        """`get_magnetic_field_strength_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMagneticFieldStrengthConversion]",
            await self._caller.call_with_response(
                _get_magnetic_field_strength_unit_conversion.asyncio_detailed,
                operation="get_magnetic_field_strength_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-field-strength/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_magnetic_flux_conversion(
        self, src_format: UnitMagneticFluxFormat | str, output_format: UnitMagneticFluxFormat | str, *, value: float
    ) -> RawResponse[UnitMagneticFluxConversion]:
        """`get_magnetic_flux_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMagneticFluxConversion]",
            await self._caller.call_with_response(
                _get_magnetic_flux_unit_conversion.asyncio_detailed,
                operation="get_magnetic_flux_unit_conversion",
                method="GET",
                path="/unit/conversion/magnetic-flux/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_mass_conversion(
        self, src_format: UnitMassFormat | str, output_format: UnitMassFormat | str, *, value: float
    ) -> RawResponse[UnitMassConversion]:
        """`get_mass_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMassConversion]",
            await self._caller.call_with_response(
                _get_mass_unit_conversion.asyncio_detailed,
                operation="get_mass_unit_conversion",
                method="GET",
                path="/unit/conversion/mass/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_metric_cubed_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> RawResponse[UnitMetricCubedConversion]:
        """`get_metric_cubed_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMetricCubedConversion]",
            await self._caller.call_with_response(
                _get_metric_cubed_unit_conversion.asyncio_detailed,
                operation="get_metric_cubed_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/cubed/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_metric_power_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> RawResponse[UnitMetricPowerConversion]:
        """`get_metric_power_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMetricPowerConversion]",
            await self._caller.call_with_response(
                _get_metric_power_unit_conversion.asyncio_detailed,
                operation="get_metric_power_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_metric_squared_conversion(
        self, src_format: UnitMetricFormat | str, output_format: UnitMetricFormat | str, *, value: float
    ) -> RawResponse[UnitMetricSquaredConversion]:
        """`get_metric_squared_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitMetricSquaredConversion]",
            await self._caller.call_with_response(
                _get_metric_squared_unit_conversion.asyncio_detailed,
                operation="get_metric_squared_unit_conversion",
                method="GET",
                path="/unit/conversion/metric/squared/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_power_conversion(
        self, src_format: UnitPowerFormat | str, output_format: UnitPowerFormat | str, *, value: float
    ) -> RawResponse[UnitPowerConversion]:
        """`get_power_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitPowerConversion]",
            await self._caller.call_with_response(
                _get_power_unit_conversion.asyncio_detailed,
                operation="get_power_unit_conversion",
                method="GET",
                path="/unit/conversion/power/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_pressure_conversion(
        self, src_format: UnitPressureFormat | str, output_format: UnitPressureFormat | str, *, value: float
    ) -> RawResponse[UnitPressureConversion]:
        """`get_pressure_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitPressureConversion]",
            await self._caller.call_with_response(
                _get_pressure_unit_conversion.asyncio_detailed,
                operation="get_pressure_unit_conversion",
                method="GET",
                path="/unit/conversion/pressure/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_radiation_conversion(
        self, src_format: UnitRadiationFormat | str, output_format: UnitRadiationFormat | str, *, value: float
    ) -> RawResponse[UnitRadiationConversion]:
        """`get_radiation_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitRadiationConversion]",
            await self._caller.call_with_response(
                _get_radiation_unit_conversion.asyncio_detailed,
                operation="get_radiation_unit_conversion",
                method="GET",
                path="/unit/conversion/radiation/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_radioactivity_conversion(
        self, src_format: UnitRadioactivityFormat | str, output_format: UnitRadioactivityFormat | str, *, value: float
    ) -> RawResponse[UnitRadioactivityConversion]:
        """`get_radioactivity_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitRadioactivityConversion]",
            await self._caller.call_with_response(
                _get_radioactivity_unit_conversion.asyncio_detailed,
                operation="get_radioactivity_unit_conversion",
                method="GET",
                path="/unit/conversion/radioactivity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_solid_angle_conversion(
        self, src_format: UnitSolidAngleFormat | str, output_format: UnitSolidAngleFormat | str, *, value: float
    ) -> RawResponse[UnitSolidAngleConversion]:
        """`get_solid_angle_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitSolidAngleConversion]",
            await self._caller.call_with_response(
                _get_solid_angle_unit_conversion.asyncio_detailed,
                operation="get_solid_angle_unit_conversion",
                method="GET",
                path="/unit/conversion/solid-angle/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_temperature_conversion(
        self, src_format: UnitTemperatureFormat | str, output_format: UnitTemperatureFormat | str, *, value: float
    ) -> RawResponse[UnitTemperatureConversion]:
        """`get_temperature_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitTemperatureConversion]",
            await self._caller.call_with_response(
                _get_temperature_unit_conversion.asyncio_detailed,
                operation="get_temperature_unit_conversion",
                method="GET",
                path="/unit/conversion/temperature/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_time_conversion(
        self, src_format: UnitTimeFormat | str, output_format: UnitTimeFormat | str, *, value: float
    ) -> RawResponse[UnitTimeConversion]:
        """`get_time_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitTimeConversion]",
            await self._caller.call_with_response(
                _get_time_unit_conversion.asyncio_detailed,
                operation="get_time_unit_conversion",
                method="GET",
                path="/unit/conversion/time/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_velocity_conversion(
        self, src_format: UnitVelocityFormat | str, output_format: UnitVelocityFormat | str, *, value: float
    ) -> RawResponse[UnitVelocityConversion]:
        """`get_velocity_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitVelocityConversion]",
            await self._caller.call_with_response(
                _get_velocity_unit_conversion.asyncio_detailed,
                operation="get_velocity_unit_conversion",
                method="GET",
                path="/unit/conversion/velocity/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_voltage_conversion(
        self, src_format: UnitVoltageFormat | str, output_format: UnitVoltageFormat | str, *, value: float
    ) -> RawResponse[UnitVoltageConversion]:
        """`get_voltage_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitVoltageConversion]",
            await self._caller.call_with_response(
                _get_voltage_unit_conversion.asyncio_detailed,
                operation="get_voltage_unit_conversion",
                method="GET",
                path="/unit/conversion/voltage/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )

    async def get_volume_conversion(
        self, src_format: UnitVolumeFormat | str, output_format: UnitVolumeFormat | str, *, value: float
    ) -> RawResponse[UnitVolumeConversion]:
        """`get_volume_unit_conversion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UnitVolumeConversion]",
            await self._caller.call_with_response(
                _get_volume_unit_conversion.asyncio_detailed,
                operation="get_volume_unit_conversion",
                method="GET",
                path="/unit/conversion/volume/{src_format}/{output_format}",
                expected=_STATUSES_200_4XX_5XX,
                src_format=src_format,
                output_format=output_format,
                value=value,
            ),
        )


class AsyncRawUsersResource:
    """A user is someone who uses the KittyCAD API. Here, we can create, delete, and list users. We can also get information about a user. Operations will only be authorized if the user is requesting information about themselves."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_self(self) -> RawResponse[User]:
        """`get_user_self`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[User]",
            await self._caller.call_with_response(
                _get_user_self.asyncio_detailed,
                operation="get_user_self",
                method="GET",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )

    async def update_self(self, *, body: UpdateUser) -> RawResponse[User]:
        """`update_user_self`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[User]",
            await self._caller.call_with_response(
                _update_user_self.asyncio_detailed,
                operation="update_user_self",
                method="PUT",
                path="/user",
                expected=_STATUSES_200_4XX_5XX,
                body=body,
            ),
        )

    async def delete_self(self) -> RawResponse[None]:
        """`delete_user_self`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_user_self.asyncio_detailed,
                operation="delete_user_self",
                method="DELETE",
                path="/user",
                expected=_STATUSES_204_4XX_5XX,
            ),
        )

    async def get_self_extended(self) -> RawResponse[ExtendedUser]:
        """`get_user_self_extended`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ExtendedUser]",
            await self._caller.call_with_response(
                _get_user_self_extended.asyncio_detailed,
                operation="get_user_self_extended",
                method="GET",
                path="/user/extended",
                expected=_STATUSES_200_4XX_5XX,
            ),
        )


class AsyncRawResources:
    """Every operation of the KittyCAD API, answering `RawResponse`s."""

    def __init__(self, caller: AsyncCaller) -> None:
        self.api_calls = AsyncRawApiCallsResource(caller)
        self.api_tokens = AsyncRawApiTokensResource(caller)
        self.constant = AsyncRawConstantResource(caller)
        self.file = AsyncRawFileResource(caller)
        self.meta = AsyncRawMetaResource(caller)
        self.payments = AsyncRawPaymentsResource(caller)
        self.sessions = AsyncRawSessionsResource(caller)
        self.unit = AsyncRawUnitResource(caller)
        self.users = AsyncRawUsersResource(caller)


class AsyncResources:
    """Every operation of the KittyCAD API, grouped by tag."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._bind(caller)

    def _bind(self, caller: AsyncCaller) -> None:
        self._caller = caller
        self.api_calls = AsyncApiCallsResource(caller)
        self.api_tokens = AsyncApiTokensResource(caller)
        self.constant = AsyncConstantResource(caller)
        self.file = AsyncFileResource(caller)
        self.meta = AsyncMetaResource(caller)
        self.payments = AsyncPaymentsResource(caller)
        self.sessions = AsyncSessionsResource(caller)
        self.unit = AsyncUnitResource(caller)
        self.users = AsyncUsersResource(caller)

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return AsyncRawResources(self._caller)


# operationId -> where it lives and how safe it is to call against a live server.

OPERATIONS: dict[str, OperationInfo] = {
    "get_async_operation": OperationInfo(
        "api_calls", "get_async_operation", "GET", "/async/operations/{id}", unsafe=False, paginated=False
    ),
    "list_api_calls_for_user": OperationInfo(
        "api_calls", "list", "GET", "/user/api-calls", unsafe=False, paginated=True
    ),
    "get_api_call_for_user": OperationInfo(
        "api_calls", "get", "GET", "/user/api-calls/{id}", unsafe=False, paginated=False
    ),
    "list_api_tokens_for_user": OperationInfo(
        "api_tokens", "list", "GET", "/user/api-tokens", unsafe=False, paginated=True
    ),
    "create_api_token_for_user": OperationInfo(
        "api_tokens", "create", "POST", "/user/api-tokens", unsafe=False, paginated=False
    ),
    "get_api_token_for_user": OperationInfo(
        "api_tokens", "get", "GET", "/user/api-tokens/{token}", unsafe=False, paginated=False
    ),
    "delete_api_token_for_user": OperationInfo(
        "api_tokens", "delete", "DELETE", "/user/api-tokens/{token}", unsafe=True, paginated=False
    ),
    "get_physics_constant": OperationInfo(
        "constant", "get_physics_constant", "GET", "/constant/physics/{constant}", unsafe=False, paginated=False
    ),
    "create_file_2d_vector_conversion": OperationInfo(
        "file",
        "create_2d_vector_conversion",
        "POST",
        "/file/2d/vector/conversion/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "create_file_3d_conversion": OperationInfo(
        "file",
        "create_3d_conversion",
        "POST",
        "/file/3d/conversion/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "create_file_center_of_mass": OperationInfo(
        "file", "create_center_of_mass", "POST", "/file/center-of-mass", unsafe=False, paginated=False
    ),
    "create_file_conversion": OperationInfo(
        "file",
        "create_conversion",
        "POST",
        "/file/conversion/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_file_conversion": OperationInfo(
        "file", "get_conversion", "GET", "/file/conversions/{id}", unsafe=False, paginated=False
    ),
    "create_file_density": OperationInfo(
        "file", "create_density", "POST", "/file/density", unsafe=False, paginated=False
    ),
    "create_file_mass": OperationInfo("file", "create_mass", "POST", "/file/mass", unsafe=False, paginated=False),
    "create_file_surface_area": OperationInfo(
        "file", "create_surface_area", "POST", "/file/surface-area", unsafe=False, paginated=False
    ),
    "create_file_volume": OperationInfo("file", "create_volume", "POST", "/file/volume", unsafe=False, paginated=False),
    "get_file_conversion_for_user": OperationInfo(
        "file", "get_conversion_for_user", "GET", "/user/file/conversions/{id}", unsafe=False, paginated=False
    ),
    "get_schema": OperationInfo("meta", "get_schema", "GET", "/", unsafe=False, paginated=False),
    "ping": OperationInfo("meta", "ping", "GET", "/ping", unsafe=False, paginated=False),
    "get_payment_information_for_user": OperationInfo(
        "payments", "get_information", "GET", "/user/payment", unsafe=False, paginated=False
    ),
    "update_payment_information_for_user": OperationInfo(
        "payments", "update_information", "PUT", "/user/payment", unsafe=True, paginated=False
    ),
    "create_payment_information_for_user": OperationInfo(
        "payments", "create_information", "POST", "/user/payment", unsafe=True, paginated=False
    ),
    "delete_payment_information_for_user": OperationInfo(
        "payments", "delete_information", "DELETE", "/user/payment", unsafe=True, paginated=False
    ),
    "get_payment_balance_for_user": OperationInfo(
        "payments", "get_balance", "GET", "/user/payment/balance", unsafe=False, paginated=False
    ),
    "list_invoices_for_user": OperationInfo(
        "payments", "list_invoices", "GET", "/user/payment/invoices", unsafe=False, paginated=False
    ),
    "list_payment_methods_for_user": OperationInfo(
        "payments", "list_payment_methods", "GET", "/user/payment/methods", unsafe=False, paginated=False
    ),
    "get_session_for_user": OperationInfo(
        "sessions", "get", "GET", "/user/session/{token}", unsafe=False, paginated=False
    ),
    "get_acceleration_unit_conversion": OperationInfo(
        "unit",
        "get_acceleration_conversion",
        "GET",
        "/unit/conversion/acceleration/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_angle_unit_conversion": OperationInfo(
        "unit",
        "get_angle_conversion",
        "GET",
        "/unit/conversion/angle/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_angular_velocity_unit_conversion": OperationInfo(
        "unit",
        "get_angular_velocity_conversion",
        "GET",
        "/unit/conversion/angular-velocity/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_area_unit_conversion": OperationInfo(
        "unit",
        "get_area_conversion",
        "GET",
        "/unit/conversion/area/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_charge_unit_conversion": OperationInfo(
        "unit",
        "get_charge_conversion",
        "GET",
        "/unit/conversion/charge/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_concentration_unit_conversion": OperationInfo(
        "unit",
        "get_concentration_conversion",
        "GET",
        "/unit/conversion/concentration/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_data_transfer_rate_unit_conversion": OperationInfo(
        "unit",
        "get_data_transfer_rate_conversion",
        "GET",
        "/unit/conversion/data-transfer-rate/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_data_unit_conversion": OperationInfo(
        "unit",
        "get_data_conversion",
        "GET",
        "/unit/conversion/data/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_density_unit_conversion": OperationInfo(
        "unit",
        "get_density_conversion",
        "GET",
        "/unit/conversion/density/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_energy_unit_conversion": OperationInfo(
        "unit",
        "get_energy_conversion",
        "GET",
        "/unit/conversion/energy/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_force_unit_conversion": OperationInfo(
        "unit",
        "get_force_conversion",
        "GET",
        "/unit/conversion/force/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_illuminance_unit_conversion": OperationInfo(
        "unit",
        "get_illuminance_conversion",
        "GET",
        "/unit/conversion/illuminance/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_length_unit_conversion": OperationInfo(
        "unit",
        "get_length_conversion",
        "GET",
        "/unit/conversion/length/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_magnetic_field_strength_unit_conversion": OperationInfo(
        "unit",
        "get_magnetic_field_strength_conversion",
        "GET",
        "/unit/conversion/magnetic-field-strength/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_magnetic_flux_unit_conversion": OperationInfo(
        "unit",
        "get_magnetic_flux_conversion",
        "GET",
        "/unit/conversion/magnetic-flux/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_mass_unit_conversion": OperationInfo(
        "unit",
        "get_mass_conversion",
        "GET",
        "/unit/conversion/mass/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_metric_cubed_unit_conversion": OperationInfo(
        "unit",
        "get_metric_cubed_conversion",
        "GET",
        "/unit/conversion/metric/cubed/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_metric_power_unit_conversion": OperationInfo(
        "unit",
        "get_metric_power_conversion",
        "GET",
        "/unit/conversion/metric/power/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_metric_squared_unit_conversion": OperationInfo(
        "unit",
        "get_metric_squared_conversion",
        "GET",
        "/unit/conversion/metric/squared/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_power_unit_conversion": OperationInfo(
        "unit",
        "get_power_conversion",
        "GET",
        "/unit/conversion/power/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_pressure_unit_conversion": OperationInfo(
        "unit",
        "get_pressure_conversion",
        "GET",
        "/unit/conversion/pressure/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_radiation_unit_conversion": OperationInfo(
        "unit",
        "get_radiation_conversion",
        "GET",
        "/unit/conversion/radiation/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_radioactivity_unit_conversion": OperationInfo(
        "unit",
        "get_radioactivity_conversion",
        "GET",
        "/unit/conversion/radioactivity/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_solid_angle_unit_conversion": OperationInfo(
        "unit",
        "get_solid_angle_conversion",
        "GET",
        "/unit/conversion/solid-angle/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_temperature_unit_conversion": OperationInfo(
        "unit",
        "get_temperature_conversion",
        "GET",
        "/unit/conversion/temperature/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_time_unit_conversion": OperationInfo(
        "unit",
        "get_time_conversion",
        "GET",
        "/unit/conversion/time/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_velocity_unit_conversion": OperationInfo(
        "unit",
        "get_velocity_conversion",
        "GET",
        "/unit/conversion/velocity/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_voltage_unit_conversion": OperationInfo(
        "unit",
        "get_voltage_conversion",
        "GET",
        "/unit/conversion/voltage/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_volume_unit_conversion": OperationInfo(
        "unit",
        "get_volume_conversion",
        "GET",
        "/unit/conversion/volume/{src_format}/{output_format}",
        unsafe=False,
        paginated=False,
    ),
    "get_user_self": OperationInfo("users", "get_self", "GET", "/user", unsafe=False, paginated=False),
    "update_user_self": OperationInfo("users", "update_self", "PUT", "/user", unsafe=False, paginated=False),
    "delete_user_self": OperationInfo("users", "delete_self", "DELETE", "/user", unsafe=True, paginated=False),
    "get_user_self_extended": OperationInfo(
        "users", "get_self_extended", "GET", "/user/extended", unsafe=False, paginated=False
    ),
}
