"""Values of `/constant/physics/{constant}` (CODATA 2018, SI units), under every name the spec lists."""

from __future__ import annotations

import math

_VALUES = {
    ("pi",): math.pi,
    ("c", "speed_of_light"): 299_792_458.0,
    ("G", "newtonian_gravitation"): 6.67430e-11,
    ("h", "planck_const"): 6.62607015e-34,
    ("mu_0", "vacuum_permeability"): 1.25663706212e-6,
    ("E_0", "vacuum_permitivity"): 8.8541878128e-12,
    ("Z_0", "vacuum_impedance"): 376.730313668,
    ("k_e", "coulomb_const"): 8.9875517923e9,
    ("e", "elementary_charge"): 1.602176634e-19,
    ("m_e", "electron_mass"): 9.1093837015e-31,
    ("m_p", "proton_mass"): 1.67262192369e-27,
    ("mu_B", "bohr_magneton"): 9.2740100783e-24,
    ("NA", "avogadro_num"): 6.02214076e23,
    ("R", "molar_gas_const"): 8.314462618,
    ("K_B", "boltzmann_const"): 1.380649e-23,
    ("F", "faraday_const"): 96_485.33212,
    ("sigma", "stefan_boltzmann_const"): 5.670374419e-8,
}

CONSTANTS: dict[str, float] = {name: value for names, value in _VALUES.items() for name in names}
