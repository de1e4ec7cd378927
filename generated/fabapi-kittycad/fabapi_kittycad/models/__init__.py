"""Contains all the data models used in inputs/outputs"""

from .api_call_status import ApiCallStatus
from .api_call_with_price import ApiCallWithPrice
from .api_call_with_price_results_page import ApiCallWithPriceResultsPage
from .api_token import ApiToken
from .api_token_results_page import ApiTokenResultsPage
from .async_file_2d_vector_conversion import AsyncFile2DVectorConversion
from .async_file_2d_vector_conversion_type import AsyncFile2DVectorConversionType
from .async_file_3d_conversion import AsyncFile3DConversion
from .async_file_3d_conversion_type import AsyncFile3DConversionType
from .async_file_center_of_mass import AsyncFileCenterOfMass
from .async_file_center_of_mass_type import AsyncFileCenterOfMassType
from .async_file_conversion import AsyncFileConversion
from .async_file_conversion_type import AsyncFileConversionType
from .async_file_density import AsyncFileDensity
from .async_file_density_type import AsyncFileDensityType
from .async_file_mass import AsyncFileMass
from .async_file_mass_type import AsyncFileMassType
from .async_file_surface_area import AsyncFileSurfaceArea
from .async_file_surface_area_type import AsyncFileSurfaceAreaType
from .async_file_volume import AsyncFileVolume
from .async_file_volume_type import AsyncFileVolumeType
from .billing_info import BillingInfo
from .card_details import CardDetails
from .card_details_checks import CardDetailsChecks
from .created_at_sort_mode import CreatedAtSortMode
from .customer import Customer
from .customer_balance import CustomerBalance
from .customer_metadata import CustomerMetadata
from .error import Error
from .extended_user import ExtendedUser
from .file_2d_vector_conversion import File2DVectorConversion
from .file_2d_vector_output_format import File2DVectorOutputFormat
from .file_2d_vector_source_format import File2DVectorSourceFormat
from .file_3d_conversion import File3DConversion
from .file_3d_output_format import File3DOutputFormat
from .file_3d_source_format import File3DSourceFormat
from .file_center_of_mass import FileCenterOfMass
from .file_conversion import FileConversion
from .file_density import FileDensity
from .file_mass import FileMass
from .file_output_format import FileOutputFormat
from .file_source_format import FileSourceFormat
from .file_surface_area import FileSurfaceArea
from .file_volume import FileVolume
from .get_schema_response_200 import GetSchemaResponse200
from .invoice import Invoice
from .invoice_line_item import InvoiceLineItem
from .invoice_line_item_metadata import InvoiceLineItemMetadata
from .invoice_metadata import InvoiceMetadata
from .method import Method
from .new_address import NewAddress
from .payment_method import PaymentMethod
from .payment_method_metadata import PaymentMethodMetadata
from .physics_constant import PhysicsConstant
from .physics_constant_name import PhysicsConstantName
from .pong import Pong
from .session import Session
from .unit_acceleration_conversion import UnitAccelerationConversion
from .unit_acceleration_format import UnitAccelerationFormat
from .unit_angle_conversion import UnitAngleConversion
from .unit_angle_format import UnitAngleFormat
from .unit_angular_velocity_conversion import UnitAngularVelocityConversion
from .unit_angular_velocity_format import UnitAngularVelocityFormat
from .unit_area_conversion import UnitAreaConversion
from .unit_area_format import UnitAreaFormat
from .unit_charge_conversion import UnitChargeConversion
from .unit_charge_format import UnitChargeFormat
from .unit_concentration_conversion import UnitConcentrationConversion
from .unit_concentration_format import UnitConcentrationFormat
from .unit_data_conversion import UnitDataConversion
from .unit_data_format import UnitDataFormat
from .unit_data_transfer_rate_conversion import UnitDataTransferRateConversion
from .unit_data_transfer_rate_format import UnitDataTransferRateFormat
from .unit_density_conversion import UnitDensityConversion
from .unit_density_format import UnitDensityFormat
from .unit_energy_conversion import UnitEnergyConversion
from .unit_energy_format import UnitEnergyFormat
from .unit_force_conversion import UnitForceConversion
from .unit_force_format import UnitForceFormat
from .unit_illuminance_conversion import UnitIlluminanceConversion
from .unit_illuminance_format import UnitIlluminanceFormat
from .unit_length_conversion import UnitLengthConversion
from .unit_length_format import UnitLengthFormat
from .unit_magnetic_field_strength_conversion import UnitMagneticFieldStrengthConversion
from .unit_magnetic_field_strength_format import UnitMagneticFieldStrengthFormat
from .unit_magnetic_flux_conversion import UnitMagneticFluxConversion
from .unit_magnetic_flux_format import UnitMagneticFluxFormat
from .unit_mass_conversion import UnitMassConversion
from .unit_mass_format import UnitMassFormat
from .unit_metric_cubed_conversion import UnitMetricCubedConversion
from .unit_metric_format import UnitMetricFormat
from .unit_metric_power_conversion import UnitMetricPowerConversion
from .unit_metric_squared_conversion import UnitMetricSquaredConversion
from .unit_power_conversion import UnitPowerConversion
from .unit_power_format import UnitPowerFormat
from .unit_pressure_conversion import UnitPressureConversion
from .unit_pressure_format import UnitPressureFormat
from .unit_radiation_conversion import UnitRadiationConversion
from .unit_radiation_format import UnitRadiationFormat
from .unit_radioactivity_conversion import UnitRadioactivityConversion
from .unit_radioactivity_format import UnitRadioactivityFormat
from .unit_solid_angle_conversion import UnitSolidAngleConversion
from .unit_solid_angle_format import UnitSolidAngleFormat
from .unit_temperature_conversion import UnitTemperatureConversion
from .unit_temperature_format import UnitTemperatureFormat
from .unit_time_conversion import UnitTimeConversion
from .unit_time_format import UnitTimeFormat
from .unit_velocity_conversion import UnitVelocityConversion
from .unit_velocity_format import UnitVelocityFormat
from .unit_voltage_conversion import UnitVoltageConversion
from .unit_voltage_format import UnitVoltageFormat
from .unit_volume_conversion import UnitVolumeConversion
from .unit_volume_format import UnitVolumeFormat
from .update_user import UpdateUser
from .user import User

__all__ = (
    "ApiCallStatus",
    "ApiCallWithPrice",
    "ApiCallWithPriceResultsPage",
    "ApiToken",
    "ApiTokenResultsPage",
    "AsyncFile2DVectorConversion",
    "AsyncFile2DVectorConversionType",
    "AsyncFile3DConversion",
    "AsyncFile3DConversionType",
    "AsyncFileCenterOfMass",
    "AsyncFileCenterOfMassType",
    "AsyncFileConversion",
    "AsyncFileConversionType",
    "AsyncFileDensity",
    "AsyncFileDensityType",
    "AsyncFileMass",
    "AsyncFileMassType",
    "AsyncFileSurfaceArea",
    "AsyncFileSurfaceAreaType",
    "AsyncFileVolume",
    "AsyncFileVolumeType",
    "BillingInfo",
    "CardDetails",
    "CardDetailsChecks",
    "CreatedAtSortMode",
    "Customer",
    "CustomerBalance",
    "CustomerMetadata",
    "Error",
    "ExtendedUser",
    "File2DVectorConversion",
    "File2DVectorOutputFormat",
    "File2DVectorSourceFormat",
    "File3DConversion",
    "File3DOutputFormat",
    "File3DSourceFormat",
    "FileCenterOfMass",
    "FileConversion",
    "FileDensity",
    "FileMass",
    "FileOutputFormat",
    "FileSourceFormat",
    "FileSurfaceArea",
    "FileVolume",
    "GetSchemaResponse200",
    "Invoice",
    "InvoiceLineItem",
    "InvoiceLineItemMetadata",
    "InvoiceMetadata",
    "Method",
    "NewAddress",
    "PaymentMethod",
    "PaymentMethodMetadata",
    "PhysicsConstant",
    "PhysicsConstantName",
    "Pong",
    "Session",
    "UnitAccelerationConversion",
    "UnitAccelerationFormat",
    "UnitAngleConversion",
    "UnitAngleFormat",
    "UnitAngularVelocityConversion",
    "UnitAngularVelocityFormat",
    "UnitAreaConversion",
    "UnitAreaFormat",
    "UnitChargeConversion",
    "UnitChargeFormat",
    "UnitConcentrationConversion",
    "UnitConcentrationFormat",
    "UnitDataConversion",
    "UnitDataFormat",
    "UnitDataTransferRateConversion",
    "UnitDataTransferRateFormat",
    "UnitDensityConversion",
    "UnitDensityFormat",
    "UnitEnergyConversion",
    "UnitEnergyFormat",
    "UnitForceConversion",
    "UnitForceFormat",
    "UnitIlluminanceConversion",
    "UnitIlluminanceFormat",
    "UnitLengthConversion",
    "UnitLengthFormat",
    "UnitMagneticFieldStrengthConversion",
    "UnitMagneticFieldStrengthFormat",
    "UnitMagneticFluxConversion",
    "UnitMagneticFluxFormat",
    "UnitMassConversion",
    "UnitMassFormat",
    "UnitMetricCubedConversion",
    "UnitMetricFormat",
    "UnitMetricPowerConversion",
    "UnitMetricSquaredConversion",
    "UnitPowerConversion",
    "UnitPowerFormat",
    "UnitPressureConversion",
    "UnitPressureFormat",
    "UnitRadiationConversion",
    "UnitRadiationFormat",
    "UnitRadioactivityConversion",
    "UnitRadioactivityFormat",
    "UnitSolidAngleConversion",
    "UnitSolidAngleFormat",
    "UnitTemperatureConversion",
    "UnitTemperatureFormat",
    "UnitTimeConversion",
    "UnitTimeFormat",
    "UnitVelocityConversion",
    "UnitVelocityFormat",
    "UnitVoltageConversion",
    "UnitVoltageFormat",
    "UnitVolumeConversion",
    "UnitVolumeFormat",
    "UpdateUser",
    "User",
)
