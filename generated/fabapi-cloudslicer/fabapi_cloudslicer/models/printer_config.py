from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrinterConfig")


@_attrs_define
class PrinterConfig:
    """A profile that matches your printer, to dial in the quote's print time and material usage. The file is sliced to
    G-code with these settings.

        Attributes:
            bed_size_x (int | Unset): Bed size along X in mm. Default: 210.
            bed_size_y (int | Unset): Bed size along Y in mm. Default: 210.
            bed_size_z (int | Unset): Build height (Z) in mm. Default: 250.
            print_speed (int | Unset): Print speed in mm/s. Default: 100.
            first_layer_speed (int | Unset): First layer speed in mm/s. Default: 50.
            nozzle_diameter (float | Unset): Nozzle diameter in mm. Default: 0.4.
            layer_height (float | Unset): Layer height in mm. Default: 0.2.
            perimeters (int | Unset): Number of perimeters (walls). Default: 3.
            top_solid_layers (int | Unset): Number of solid top layers. Default: 3.
            bottom_solid_layers (int | Unset): Number of solid bottom layers. Default: 3.
            fill_density (int | Unset): Infill density in percent. Default: 20.
            support_material (bool | Unset): Whether to generate support material. Default: False.
            color (str | Unset): Filament colour. Default: 'white'.
            filament_type (str | Unset): Filament material, for example PLA, ABS or PETG (not a closed list). Default:
                'PLA'.
            temperature (int | Unset): Nozzle temperature in °C. Default: 210.
            bed_temperature (int | Unset): Bed temperature in °C. Default: 60.
    """

    bed_size_x: int | Unset = 210
    bed_size_y: int | Unset = 210
    bed_size_z: int | Unset = 250
    print_speed: int | Unset = 100
    first_layer_speed: int | Unset = 50
    nozzle_diameter: float | Unset = 0.4
    layer_height: float | Unset = 0.2
    perimeters: int | Unset = 3
    top_solid_layers: int | Unset = 3
    bottom_solid_layers: int | Unset = 3
    fill_density: int | Unset = 20
    support_material: bool | Unset = False
    color: str | Unset = "white"
    filament_type: str | Unset = "PLA"
    temperature: int | Unset = 210
    bed_temperature: int | Unset = 60
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bed_size_x = self.bed_size_x

        bed_size_y = self.bed_size_y

        bed_size_z = self.bed_size_z

        print_speed = self.print_speed

        first_layer_speed = self.first_layer_speed

        nozzle_diameter = self.nozzle_diameter

        layer_height = self.layer_height

        perimeters = self.perimeters

        top_solid_layers = self.top_solid_layers

        bottom_solid_layers = self.bottom_solid_layers

        fill_density = self.fill_density

        support_material = self.support_material

        color = self.color

        filament_type = self.filament_type

        temperature = self.temperature

        bed_temperature = self.bed_temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bed_size_x is not UNSET:
            field_dict["bed_size_x"] = bed_size_x
        if bed_size_y is not UNSET:
            field_dict["bed_size_y"] = bed_size_y
        if bed_size_z is not UNSET:
            field_dict["bed_size_z"] = bed_size_z
        if print_speed is not UNSET:
            field_dict["print_speed"] = print_speed
        if first_layer_speed is not UNSET:
            field_dict["first_layer_speed"] = first_layer_speed
        if nozzle_diameter is not UNSET:
            field_dict["nozzle_diameter"] = nozzle_diameter
        if layer_height is not UNSET:
            field_dict["layer_height"] = layer_height
        if perimeters is not UNSET:
            field_dict["perimeters"] = perimeters
        if top_solid_layers is not UNSET:
            field_dict["top_solid_layers"] = top_solid_layers
        if bottom_solid_layers is not UNSET:
            field_dict["bottom_solid_layers"] = bottom_solid_layers
        if fill_density is not UNSET:
            field_dict["fill_density"] = fill_density
        if support_material is not UNSET:
            field_dict["support_material"] = support_material
        if color is not UNSET:
            field_dict["color"] = color
        if filament_type is not UNSET:
            field_dict["filament_type"] = filament_type
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if bed_temperature is not UNSET:
            field_dict["bed_temperature"] = bed_temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                bed_size_x,
                bed_size_y,
                bed_size_z,
                print_speed,
                first_layer_speed,
                nozzle_diameter,
                layer_height,
                perimeters,
                top_solid_layers,
                bottom_solid_layers,
                fill_density,
                support_material,
                color,
                filament_type,
                temperature,
                bed_temperature,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is PrinterConfig:
            printer_config = cls(
                bed_size_x,
                bed_size_y,
                bed_size_z,
                print_speed,
                first_layer_speed,
                nozzle_diameter,
                layer_height,
                perimeters,
                top_solid_layers,
                bottom_solid_layers,
                fill_density,
                support_material,
                color,
                filament_type,
                temperature,
                bed_temperature,
            )
        else:
            printer_config = cls(
                bed_size_x=bed_size_x,
                bed_size_y=bed_size_y,
                bed_size_z=bed_size_z,
                print_speed=print_speed,
                first_layer_speed=first_layer_speed,
                nozzle_diameter=nozzle_diameter,
                layer_height=layer_height,
                perimeters=perimeters,
                top_solid_layers=top_solid_layers,
                bottom_solid_layers=bottom_solid_layers,
                fill_density=fill_density,
                support_material=support_material,
                color=color,
                filament_type=filament_type,
                temperature=temperature,
                bed_temperature=bed_temperature,
            )

        printer_config.additional_properties = d
        return printer_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "bed_size_x",
        "bed_size_y",
        "bed_size_z",
        "print_speed",
        "first_layer_speed",
        "nozzle_diameter",
        "layer_height",
        "perimeters",
        "top_solid_layers",
        "bottom_solid_layers",
        "fill_density",
        "support_material",
        "color",
        "filament_type",
        "temperature",
        "bed_temperature",
    ),
    unset=UNSET,
)
