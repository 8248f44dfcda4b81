"""The GUI's own names for model fields, choices and units, marked for
translation (the model's field docs are English developer text).

Field labels are looked up by ``"Class.field"`` first, then by ``"field"``;
a field without a label falls back to its name (a test checks that every
field shown has a label).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from calc.percent import COEFFICIENTS, is_fraction, is_percent  # noqa: F401 - one rule for forms and report

from .i18n import lookup

FIELD_LABELS = {
    # Meta
    "Meta.name": QT_TRANSLATE_NOOP("Field", "Project name"),
    "client": QT_TRANSLATE_NOOP("Field", "Client"),
    "assessor": QT_TRANSLATE_NOOP("Field", "Assessor"),
    "date": QT_TRANSLATE_NOOP("Field", "Date (YYYY-MM-DD)"),
    "Meta.language": QT_TRANSLATE_NOOP("Field", "Report language"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    # Site
    "city": QT_TRANSLATE_NOOP("Field", "City"),
    "weather_file": QT_TRANSLATE_NOOP("Field", "Own weather file (EPW)"),
    # Building
    "Building.name": QT_TRANSLATE_NOOP("Field", "Building name"),
    "Variant.name": QT_TRANSLATE_NOOP("Field", "Variant name"),
    "use": QT_TRANSLATE_NOOP("Field", "Use"),
    "era": QT_TRANSLATE_NOOP("Field", "Construction era"),
    "floor_type": QT_TRANSLATE_NOOP("Field", "Lowest floor"),
    "thermal_bridge_u": QT_TRANSLATE_NOOP("Field", "Thermal-bridge allowance ΔU"),
    "thermal_mass": QT_TRANSLATE_NOOP("Field", "Thermal mass class"),
    "dwellings": QT_TRANSLATE_NOOP("Field", "Dwellings"),
    # Geometry
    "length": QT_TRANSLATE_NOOP("Field", "Length"),
    "Geometry.length": QT_TRANSLATE_NOOP("Field", "Length (front facade)"),
    "width": QT_TRANSLATE_NOOP("Field", "Depth"),
    "storeys": QT_TRANSLATE_NOOP("Field", "Storeys"),
    "storey_height": QT_TRANSLATE_NOOP("Field", "Storey height"),
    "rotation": QT_TRANSLATE_NOOP("Field", "Rotation from due south"),
    "wwr_south": QT_TRANSLATE_NOOP("Field", "Window-to-wall ratio, south"),
    "wwr_east": QT_TRANSLATE_NOOP("Field", "Window-to-wall ratio, east"),
    "wwr_north": QT_TRANSLATE_NOOP("Field", "Window-to-wall ratio, north"),
    "wwr_west": QT_TRANSLATE_NOOP("Field", "Window-to-wall ratio, west"),
    # Construction / layers / window
    "Construction.name": QT_TRANSLATE_NOOP("Field", "Description"),
    "Window.name": QT_TRANSLATE_NOOP("Field", "Description"),
    "PipeSegment.name": QT_TRANSLATE_NOOP("Field", "Description"),
    "Construction.u_value": QT_TRANSLATE_NOOP("Field", "Given U-value (overrides layers)"),
    "Window.u_value": QT_TRANSLATE_NOOP("Field", "Window U-value U_w"),
    "solar_absorptance": QT_TRANSLATE_NOOP("Field", "Solar absorptance"),
    "material": QT_TRANSLATE_NOOP("Field", "Material"),
    "thickness": QT_TRANSLATE_NOOP("Field", "Thickness"),
    "conductivity": QT_TRANSLATE_NOOP("Field", "Conductivity λ"),
    "density": QT_TRANSLATE_NOOP("Field", "Density"),
    "specific_heat": QT_TRANSLATE_NOOP("Field", "Specific heat"),
    "shgc": QT_TRANSLATE_NOOP("Field", "Solar heat gain coefficient"),
    "frame_fraction": QT_TRANSLATE_NOOP("Field", "Frame fraction"),
    "shading_factor": QT_TRANSLATE_NOOP("Field", "Shading factor (1 = none)"),
    "fixed_shading_south": QT_TRANSLATE_NOOP("Field", "Fixed shading, south windows (1 = none)"),
    "fixed_shading_east": QT_TRANSLATE_NOOP("Field", "Fixed shading, east windows (1 = none)"),
    "fixed_shading_north": QT_TRANSLATE_NOOP("Field", "Fixed shading, north windows (1 = none)"),
    "fixed_shading_west": QT_TRANSLATE_NOOP("Field", "Fixed shading, west windows (1 = none)"),
    "movable_shading_south": QT_TRANSLATE_NOOP("Field", "Movable blinds, south windows (1 = none)"),
    "movable_shading_east": QT_TRANSLATE_NOOP("Field", "Movable blinds, east windows (1 = none)"),
    "movable_shading_north": QT_TRANSLATE_NOOP("Field", "Movable blinds, north windows (1 = none)"),
    "movable_shading_west": QT_TRANSLATE_NOOP("Field", "Movable blinds, west windows (1 = none)"),
    "movable_threshold": QT_TRANSLATE_NOOP("Field", "Movable blinds deployed above"),
    "Measure.south": QT_TRANSLATE_NOOP("Field", "On the south windows"),
    "Measure.east": QT_TRANSLATE_NOOP("Field", "On the east windows"),
    "Measure.north": QT_TRANSLATE_NOOP("Field", "On the north windows"),
    "Measure.west": QT_TRANSLATE_NOOP("Field", "On the west windows"),
    "Measure.threshold": QT_TRANSLATE_NOOP("Field", "Movable blinds deployed above"),
    # Ventilation
    "infiltration_ach": QT_TRANSLATE_NOOP("Field", "Infiltration"),
    "mechanical_ach": QT_TRANSLATE_NOOP("Field", "Mechanical ventilation"),
    "heat_recovery": QT_TRANSLATE_NOOP("Field", "Heat recovery efficiency"),
    "window_airing_ach": QT_TRANSLATE_NOOP("Field", "Window airing"),
    # Operation
    "heating_setpoint": QT_TRANSLATE_NOOP("Field", "Heating setpoint"),
    "cooling_setpoint": QT_TRANSLATE_NOOP("Field", "Cooling setpoint"),
    "setback_setpoint": QT_TRANSLATE_NOOP("Field", "Setback setpoint"),
    "schedule": QT_TRANSLATE_NOOP("Field", "Schedule"),
    "heating_season_start": QT_TRANSLATE_NOOP("Field", "Heating season start (MM-DD)"),
    "heating_season_end": QT_TRANSLATE_NOOP("Field", "Heating season end (MM-DD)"),
    "overheating": QT_TRANSLATE_NOOP("Field", "Overheating without room control"),
    "internal_gains": QT_TRANSLATE_NOOP("Field", "Internal gains"),
    "cooled": QT_TRANSLATE_NOOP("Field", "Cooled in summer"),
    "cooled_floor_share": QT_TRANSLATE_NOOP("Field", "Cooled share of the floor"),
    "night_setback": QT_TRANSLATE_NOOP("Field", "Night setback (room control)"),
    "first_weekday": QT_TRANSLATE_NOOP("Field", "Weekday of 1 January"),
    # measure parameters
    "lighting_saving": QT_TRANSLATE_NOOP("Field", "Lighting use saved by control"),
    "unit": QT_TRANSLATE_NOOP("Field", "New cooling unit"),
    "device": QT_TRANSLATE_NOOP("Field", "Shading device"),
    "cop": QT_TRANSLATE_NOOP("Field", "Seasonal COP"),
    "running_saving": QT_TRANSLATE_NOOP("Field", "Travel power saved"),
    "standby_power": QT_TRANSLATE_NOOP("Field", "Standby power after retrofit"),
    "elevators": QT_TRANSLATE_NOOP("Field", "Elevators"),
    "elevator_usage": QT_TRANSLATE_NOOP("Field", "Elevator usage category (VDI 4707)"),
    "elevator_running_power": QT_TRANSLATE_NOOP("Field", "Elevator power while travelling"),
    "elevator_standby_power": QT_TRANSLATE_NOOP("Field", "Elevator standby power"),
    "holidays": QT_TRANSLATE_NOOP("Field", "Holidays and closures (MM-DD or MM-DD..MM-DD, comma-separated)"),
    "gains_convective_share": QT_TRANSLATE_NOOP("Field", "Convective share of internal gains"),
    "hvac_availability": QT_TRANSLATE_NOOP("Field", "Heating and cooling available"),
    "air_density": QT_TRANSLATE_NOOP("Field", "Air density of the air change"),
    "fan_specific_power": QT_TRANSLATE_NOOP("Field", "Fan power per air flow"),
    "roof_share": QT_TRANSLATE_NOOP("Field", "Collector area per roof area"),
    "partition_area_ratio": QT_TRANSLATE_NOOP("Field", "Partition area per floor area"),
    # Weekly schedule (hourly values)
    "Schedule.name": QT_TRANSLATE_NOOP("Field", "Description"),
    "weekday": QT_TRANSLATE_NOOP("Field", "Monday-Friday (24 hourly values)"),
    "saturday": QT_TRANSLATE_NOOP("Field", "Saturday (24 hourly values)"),
    "sunday": QT_TRANSLATE_NOOP("Field", "Sunday and holidays (24 hourly values)"),
    # Equipment
    "emitter": QT_TRANSLATE_NOOP("Field", "Heat emitters"),
    "design_supply_temp": QT_TRANSLATE_NOOP("Field", "Design supply temperature"),
    "design_return_temp": QT_TRANSLATE_NOOP("Field", "Design return temperature"),
    "distribution": QT_TRANSLATE_NOOP("Field", "Radiator circuit"),
    "emitter_output_50": QT_TRANSLATE_NOOP("Field", "Emitter output at ΔT 50 K per floor area"),
    "cooling_system": QT_TRANSLATE_NOOP("Field", "Cooling system"),
    "cooling_seer": QT_TRANSLATE_NOOP("Field", "Cooling SEER"),
    "lighting_power": QT_TRANSLATE_NOOP("Field", "Lighting power density"),
    "appliance_power": QT_TRANSLATE_NOOP("Field", "Appliance power"),
    "dhw_demand": QT_TRANSLATE_NOOP("Field", "Hot water demand"),
    "dhw_carrier": QT_TRANSLATE_NOOP("Field", "Hot water energy carrier"),
    "dhw_efficiency": QT_TRANSLATE_NOOP("Field", "Hot water system efficiency"),
    # PV
    "coverage": QT_TRANSLATE_NOOP("Field", "Roof coverage"),
    "tilt": QT_TRANSLATE_NOOP("Field", "Module tilt"),
    "azimuth": QT_TRANSLATE_NOOP("Field", "Module azimuth (180 = south)"),
    "module": QT_TRANSLATE_NOOP("Field", "Module product"),
    "system_losses": QT_TRANSLATE_NOOP("Field", "System losses"),
    "inverter_efficiency": QT_TRANSLATE_NOOP("Field", "Inverter efficiency"),
    # Supply
    "HeatingSupply.kind": QT_TRANSLATE_NOOP("Field", "Heat source"),
    "efficiency": QT_TRANSLATE_NOOP("Field", "Seasonal efficiency"),
    "product": QT_TRANSLATE_NOOP("Field", "Heat pump product"),
    "carnot_efficiency": QT_TRANSLATE_NOOP("Field", "Carnot efficiency η_C"),
    "capacity": QT_TRANSLATE_NOOP("Field", "Heating capacity (empty = sized)"),
    "backup": QT_TRANSLATE_NOOP("Field", "Back-up heater"),
    "backup_efficiency": QT_TRANSLATE_NOOP("Field", "Back-up efficiency"),
    "dn": QT_TRANSLATE_NOOP("Field", "DN"),
    "laying": QT_TRANSLATE_NOOP("Field", "Laying"),
    "insulation_thickness": QT_TRANSLATE_NOOP("Field", "Insulation thickness"),
    "insulation_conductivity": QT_TRANSLATE_NOOP("Field", "Insulation conductivity"),
    "depth": QT_TRANSLATE_NOOP("Field", "Depth of axis"),
    "year": QT_TRANSLATE_NOOP("Field", "Year laid"),
    "assumed_loss_share": QT_TRANSLATE_NOOP("Field", "Assumed loss share (no pipes listed)"),
    "control": QT_TRANSLATE_NOOP("Field", "Supply temperature control"),
    "pump_head": QT_TRANSLATE_NOOP("Field", "Pump head"),
    "pump_efficiency": QT_TRANSLATE_NOOP("Field", "Pump efficiency"),
    "variable_speed": QT_TRANSLATE_NOOP("Field", "Variable-speed pumps"),
    "balanced": QT_TRANSLATE_NOOP("Field", "Hydraulically balanced"),
    "substation_efficiency": QT_TRANSLATE_NOOP("Field", "Substation efficiency"),
    "design_flow": QT_TRANSLATE_NOOP("Field", "Pump design flow as installed"),
    "OwnPlant.building": QT_TRANSLATE_NOOP("Field", "Building leaving the network"),
    "OwnPlant.kind": QT_TRANSLATE_NOOP("Field", "Own heat source"),
    "behaviour": QT_TRANSLATE_NOOP("Field", "Occupant response to metering"),
    "convert_single_pipe": QT_TRANSLATE_NOOP("Field", "Convert single-pipe loops"),
    "building_number": QT_TRANSLATE_NOOP("Field", "Building number (1 = first)"),
    "makeup_water": QT_TRANSLATE_NOOP("Field", "Make-up water per year"),
    "makeup_water_temp": QT_TRANSLATE_NOOP("Field", "Make-up water temperature"),
    "reference_loss_share_2020": QT_TRANSLATE_NOOP("Field", "Network loss share in 2020 (reference)"),
    "heat_source": QT_TRANSLATE_NOOP("Field", "Heat source of the network"),
    "heat_coal_rate": QT_TRANSLATE_NOOP("Field", "Coal per GJ of heat (empty = from the source)"),
    "billing": QT_TRANSLATE_NOOP("Field", "Heat billing"),
    "room_control": QT_TRANSLATE_NOOP("Field", "Room control (thermostatic valves)"),
    "heat_meters": QT_TRANSLATE_NOOP("Field", "Heat meters installed"),
    # Measures
    "Measure.kind": QT_TRANSLATE_NOOP("Field", "Measure"),
    "enabled": QT_TRANSLATE_NOOP("Field", "In the package"),
    "label": QT_TRANSLATE_NOOP("Field", "Name in results"),
    "investment": QT_TRANSLATE_NOOP("Field", "Investment (empty = cost data)"),
    "subsidy": QT_TRANSLATE_NOOP("Field", "Subsidy"),
    "lifetime": QT_TRANSLATE_NOOP("Field", "Service life (empty = cost data)"),
    "sizing_factor": QT_TRANSLATE_NOOP("Field", "Sizing factor"),
    "Measure.kind_param": QT_TRANSLATE_NOOP("Field", "Heat pump type"),
    "Measure.u_value": QT_TRANSLATE_NOOP("Field", "New window U-value"),
    # Economics / accounting
    "discount_rate": QT_TRANSLATE_NOOP("Field", "Discount rate"),
    "energy_price_escalation": QT_TRANSLATE_NOOP("Field", "Energy price escalation"),
    "analysis_period": QT_TRANSLATE_NOOP("Field", "Analysis period (years)"),
    "valuation": QT_TRANSLATE_NOOP("Field", "Value saved energy at"),
    "electricity": QT_TRANSLATE_NOOP("Field", "Electricity price"),
    "natural_gas": QT_TRANSLATE_NOOP("Field", "Natural gas price"),
    "heat_energy": QT_TRANSLATE_NOOP("Field", "Heat price (metered)"),
    "heat_area": QT_TRANSLATE_NOOP("Field", "Heat price (per area)"),
    "heat_fixed_share": QT_TRANSLATE_NOOP("Field", "Fixed share of heat bill"),
    "coal": QT_TRANSLATE_NOOP("Field", "Coal price"),
    "oil": QT_TRANSLATE_NOOP("Field", "Oil price"),
    "lpg": QT_TRANSLATE_NOOP("Field", "LPG price"),
    "pv_export": QT_TRANSLATE_NOOP("Field", "PV export price"),
    "electricity_method": QT_TRANSLATE_NOOP("Field", "Standard coal of electricity"),
    "power_supply_coal": QT_TRANSLATE_NOOP("Field", "Power-supply coal (empty = dataset)"),
    "grid_region": QT_TRANSLATE_NOOP("Field", "Grid region"),
    "grid_factor": QT_TRANSLATE_NOOP("Field", "Grid CO₂ factor (empty = dataset)"),
    "target_basis": QT_TRANSLATE_NOOP("Field", "Target basis"),
    "grid_year": QT_TRANSLATE_NOOP("Field", "Factor year (0 = latest)"),
    "pv_credit": QT_TRANSLATE_NOOP("Field", "PV credit"),
    # Tariff rules, stakeholder views and the energy-performance contract
    "heat_bill_cap": QT_TRANSLATE_NOOP("Field", "Heat bill cap (× area bill, empty = none)"),
    "heat_energy_calibration": QT_TRANSLATE_NOOP("Field", "Metered heat price"),
    "heat_production_cost": QT_TRANSLATE_NOOP("Field", "Heat production cost (heating company)"),
    "carbon_price": QT_TRANSLATE_NOOP("Field", "Carbon price"),
    "electricity_tariff": QT_TRANSLATE_NOOP("Field", "Electricity tariff"),
    "heat_pump_price": QT_TRANSLATE_NOOP("Field", "Heat-pump electricity price (empty = as other use)"),
    "pv_degradation": QT_TRANSLATE_NOOP("Field", "PV output loss per year"),
    "loan_share": QT_TRANSLATE_NOOP("Field", "Loan share of the investment"),
    "loan_rate": QT_TRANSLATE_NOOP("Field", "Loan interest rate"),
    "loan_term": QT_TRANSLATE_NOOP("Field", "Loan term (years)"),
    "SubsidyScheme.name": QT_TRANSLATE_NOOP("Field", "Subsidy scheme"),
    "SubsidyScheme.basis": QT_TRANSLATE_NOOP("Field", "Paid on"),
    "SubsidyScheme.rate": QT_TRANSLATE_NOOP("Field", "Rate"),
    "SubsidyScheme.cap": QT_TRANSLATE_NOOP("Field", "Cap"),
    "SubsidyScheme.recipient": QT_TRANSLATE_NOOP("Field", "Paid to"),
    "tier1_limit": QT_TRANSLATE_NOOP("Field", "Tier 1 up to (per household and month)"),
    "tier2_limit": QT_TRANSLATE_NOOP("Field", "Tier 2 up to (per household and month)"),
    "tier2_adder": QT_TRANSLATE_NOOP("Field", "Tier 2 surcharge"),
    "tier3_adder": QT_TRANSLATE_NOOP("Field", "Tier 3 surcharge"),
    "peak_factor": QT_TRANSLATE_NOOP("Field", "Peak price / flat price"),
    "valley_factor": QT_TRANSLATE_NOOP("Field", "Valley price / flat price"),
    "peak_hours": QT_TRANSLATE_NOOP("Field", "Peak hours (e.g. 8-11,17-21)"),
    "valley_hours": QT_TRANSLATE_NOOP("Field", "Valley hours (e.g. 23-7)"),
    "Contract.kind": QT_TRANSLATE_NOOP("Field", "Contract type"),
    "Contract.term": QT_TRANSLATE_NOOP("Field", "Contract term (years)"),
    "esco_share": QT_TRANSLATE_NOOP("Field", "ESCO share of savings"),
    "guaranteed_share": QT_TRANSLATE_NOOP("Field", "Guaranteed saving (share of expected)"),
    "fee_share": QT_TRANSLATE_NOOP("Field", "ESCO fee (share of guaranteed saving)"),
    "budget_discount": QT_TRANSLATE_NOOP("Field", "Client's discount on its energy cost"),
}

OPTION_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Option", "Yes"),
    "no": QT_TRANSLATE_NOOP("Option", "No"),
    # subsidy schemes of datasets/tables/subsidy_schemes.csv
    "northern_retrofit_severe_cold": QT_TRANSLATE_NOOP("Option", "Northern residential retrofit reward, severe cold zone"),
    "northern_retrofit_cold": QT_TRANSLATE_NOOP("Option", "Northern residential retrofit reward, cold zone"),
    "emc_central_reward": QT_TRANSLATE_NOOP("Option", "Central reward for energy-performance contracts"),
    "emc_beijing_topup": QT_TRANSLATE_NOOP("Option", "Beijing top-up for energy-performance contracts"),
    "emc_guangdong_topup": QT_TRANSLATE_NOOP("Option", "Guangdong top-up for energy-performance contracts"),
    "reference_year": QT_TRANSLATE_NOOP("Option", "As the reference year (Sunday)"),
    "weather_year": QT_TRANSLATE_NOOP("Option", "As the weather file's year"),
    "monday": QT_TRANSLATE_NOOP("Option", "Monday"),
    "tuesday": QT_TRANSLATE_NOOP("Option", "Tuesday"),
    "wednesday": QT_TRANSLATE_NOOP("Option", "Wednesday"),
    "thursday": QT_TRANSLATE_NOOP("Option", "Thursday"),
    "friday": QT_TRANSLATE_NOOP("Option", "Friday"),
    "saturday": QT_TRANSLATE_NOOP("Option", "Saturday"),
    "sunday": QT_TRANSLATE_NOOP("Option", "Sunday"),
    "season": QT_TRANSLATE_NOOP("Option", "In the heating season (network heat)"),
    "whenever_needed": QT_TRANSLATE_NOOP("Option", "Whenever needed (own units)"),
    "heating_in_season": QT_TRANSLATE_NOOP("Option", "Heating in season, cooling whenever needed"),
    "outdoor": QT_TRANSLATE_NOOP("Option", "Outdoor air each hour"),
    "standard": QT_TRANSLATE_NOOP("Option", "Standard air (1.2 kg/m³)"),
    "zh": QT_TRANSLATE_NOOP("Option", "Chinese"),
    "en": QT_TRANSLATE_NOOP("Option", "English"),
    "residential": QT_TRANSLATE_NOOP("Option", "Residential"),
    "office": QT_TRANSLATE_NOOP("Option", "Office"),
    "school": QT_TRANSLATE_NOOP("Option", "School"),
    "hospital": QT_TRANSLATE_NOOP("Option", "Hospital"),
    "hotel": QT_TRANSLATE_NOOP("Option", "Hotel"),
    "retail": QT_TRANSLATE_NOOP("Option", "Retail"),
    "other_public": QT_TRANSLATE_NOOP("Option", "Other public"),
    "pre_1986": QT_TRANSLATE_NOOP("Option", "Before 1986"),
    "1986_1995": QT_TRANSLATE_NOOP("Option", "1986–1995"),
    "1996_2004": QT_TRANSLATE_NOOP("Option", "1996–2004"),
    "2005_2015": QT_TRANSLATE_NOOP("Option", "2005–2015"),
    "2016_on": QT_TRANSLATE_NOOP("Option", "2016 and later"),
    "very_light": QT_TRANSLATE_NOOP("Option", "Very light"),
    "light": QT_TRANSLATE_NOOP("Option", "Light"),
    "medium": QT_TRANSLATE_NOOP("Option", "Medium"),
    "heavy": QT_TRANSLATE_NOOP("Option", "Heavy"),
    "very_heavy": QT_TRANSLATE_NOOP("Option", "Very heavy"),
    "slab_on_ground": QT_TRANSLATE_NOOP("Option", "Slab on ground"),
    "unheated_basement": QT_TRANSLATE_NOOP("Option", "Unheated basement"),
    "heated_basement": QT_TRANSLATE_NOOP("Option", "Heated basement"),
    "continuous": QT_TRANSLATE_NOOP("Option", "Continuous"),
    "residential_whole_house": QT_TRANSLATE_NOOP("Option", "Residential, whole house cooled at all hours"),
    "radiators": QT_TRANSLATE_NOOP("Option", "Radiators"),
    "floor_heating": QT_TRANSLATE_NOOP("Option", "Floor heating"),
    "fan_coils": QT_TRANSLATE_NOOP("Option", "Fan coils"),
    "electricity": QT_TRANSLATE_NOOP("Option", "Electricity"),
    "natural_gas": QT_TRANSLATE_NOOP("Option", "Natural gas"),
    "district_heat": QT_TRANSLATE_NOOP("Option", "District heat"),
    "coal": QT_TRANSLATE_NOOP("Option", "Coal"),
    "oil": QT_TRANSLATE_NOOP("Option", "Oil"),
    "lpg": QT_TRANSLATE_NOOP("Option", "LPG"),
    "none": QT_TRANSLATE_NOOP("Option", "None"),
    "shared_savings": QT_TRANSLATE_NOOP("Option", "Shared savings"),
    "guaranteed_savings": QT_TRANSLATE_NOOP("Option", "Guaranteed savings"),
    "energy_cost_trusteeship": QT_TRANSLATE_NOOP("Option", "Energy-cost trusteeship"),
    "entered": QT_TRANSLATE_NOOP("Option", "As entered"),
    "flat": QT_TRANSLATE_NOOP("Option", "One price"),
    "floor_area": QT_TRANSLATE_NOOP("Option", "Per m² of floor (CNY)"),
    "dwelling": QT_TRANSLATE_NOOP("Option", "Per dwelling (CNY)"),
    "investment_share": QT_TRANSLATE_NOOP("Option", "Share of the investment"),
    "heat_pump_capacity": QT_TRANSLATE_NOOP("Option", "Per kW of heat pump (CNY)"),
    "pv_power": QT_TRANSLATE_NOOP("Option", "Per kWp of PV (CNY)"),
    "tce_saved": QT_TRANSLATE_NOOP("Option", "Per tce saved a year (CNY)"),
    "owner": QT_TRANSLATE_NOOP("Option", "Owner"),
    "esco": QT_TRANSLATE_NOOP("Option", "ESCO"),
    "tiered": QT_TRANSLATE_NOOP("Option", "Tiered (per household)"),
    "time_of_use": QT_TRANSLATE_NOOP("Option", "Time of use"),
    "revenue_neutral": QT_TRANSLATE_NOOP("Option", "Revenue-neutral"),
    "split_ac": QT_TRANSLATE_NOOP("Option", "Split air conditioners"),
    "chiller": QT_TRANSLATE_NOOP("Option", "Chiller"),
    "vrf": QT_TRANSLATE_NOOP("Option", "VRF"),
    "mono_perc_550": QT_TRANSLATE_NOOP("Option", "Mono PERC 550 W"),
    "mono_topcon_580": QT_TRANSLATE_NOOP("Option", "Mono TOPCon 580 W"),
    "poly_330": QT_TRANSLATE_NOOP("Option", "Poly 330 W"),
    "district_heating": QT_TRANSLATE_NOOP("Option", "District heating"),
    "gas_boiler": QT_TRANSLATE_NOOP("Option", "Gas boiler"),
    "coal_boiler": QT_TRANSLATE_NOOP("Option", "Coal boiler"),
    "oil_boiler": QT_TRANSLATE_NOOP("Option", "Oil boiler"),
    "electric": QT_TRANSLATE_NOOP("Option", "Direct electric"),
    "air_source_heat_pump": QT_TRANSLATE_NOOP("Option", "Air-source heat pump"),
    "ground_source_heat_pump": QT_TRANSLATE_NOOP("Option", "Ground-source heat pump"),
    "buried": QT_TRANSLATE_NOOP("Option", "Buried"),
    "duct": QT_TRANSLATE_NOOP("Option", "In duct"),
    "above_ground": QT_TRANSLATE_NOOP("Option", "Above ground"),
    "constant": QT_TRANSLATE_NOOP("Option", "Constant"),
    "weather_compensated": QT_TRANSLATE_NOOP("Option", "Weather-compensated"),
    "area": QT_TRANSLATE_NOOP("Option", "By floor area"),
    "consumption": QT_TRANSLATE_NOOP("Option", "By metered consumption"),
    "energy_value": QT_TRANSLATE_NOOP("Option", "Energy prices"),
    "bills": QT_TRANSLATE_NOOP("Option", "Occupants' bills"),
    "equal_value": QT_TRANSLATE_NOOP("Option", "Calorific equal value"),
    "power_supply_coal": QT_TRANSLATE_NOOP("Option", "Power-supply coal consumption"),
    "national": QT_TRANSLATE_NOOP("Option", "National"),
    "north": QT_TRANSLATE_NOOP("Option", "North China"),
    "northeast": QT_TRANSLATE_NOOP("Option", "Northeast"),
    "east": QT_TRANSLATE_NOOP("Option", "East China"),
    "central": QT_TRANSLATE_NOOP("Option", "Central China"),
    "northwest": QT_TRANSLATE_NOOP("Option", "Northwest"),
    "south": QT_TRANSLATE_NOOP("Option", "South China"),
    "southwest": QT_TRANSLATE_NOOP("Option", "Southwest"),
    "programme": QT_TRANSLATE_NOOP("Option", "By programme"),
    "heat_value_method": QT_TRANSLATE_NOOP("Option", "heat-value method (all CHP benefit to power)"),
    "direct": QT_TRANSLATE_NOOP("Option", "none (heat-only plant)"),
    "recovered": QT_TRANSLATE_NOOP("Option", "none (recovered heat)"),
    "unknown": QT_TRANSLATE_NOOP("Option", "Unknown (default by city)"),
    "coal_chp": QT_TRANSLATE_NOOP("Option", "Coal CHP"),
    "coal_boiler_small": QT_TRANSLATE_NOOP("Option", "Small coal boiler house"),
    "coal_boiler_large": QT_TRANSLATE_NOOP("Option", "Large coal boiler house"),
    "industrial_waste_heat": QT_TRANSLATE_NOOP("Option", "Industrial waste heat"),
    "heat_pump_station": QT_TRANSLATE_NOOP("Option", "Heat-pump station"),
    "electric_boiler": QT_TRANSLATE_NOOP("Option", "Electric boiler"),
    "total_tce": QT_TRANSLATE_NOOP("Option", "Total energy (tce)"),
    "heating_tce": QT_TRANSLATE_NOOP("Option", "Heating energy (tce)"),
    "delivered_kwh": QT_TRANSLATE_NOOP("Option", "Delivered energy (kWh)"),
    "co2": QT_TRANSLATE_NOOP("Option", "CO₂"),
    "self_consumed": QT_TRANSLATE_NOOP("Option", "Self-consumed share"),
    "all_generation": QT_TRANSLATE_NOOP("Option", "All generation"),
    "EPS": QT_TRANSLATE_NOOP("Option", "EPS"),
    "XPS": QT_TRANSLATE_NOOP("Option", "XPS"),
    "rock_wool": QT_TRANSLATE_NOOP("Option", "Rock wool"),
    "PU": QT_TRANSLATE_NOOP("Option", "Polyurethane"),
    "phenolic": QT_TRANSLATE_NOOP("Option", "Phenolic foam"),
    "aerogel": QT_TRANSLATE_NOOP("Option", "Aerogel"),
    "VIP": QT_TRANSLATE_NOOP("Option", "Vacuum insulation panel"),
    # measure kinds
    "wall_insulation": QT_TRANSLATE_NOOP("Option", "Wall insulation"),
    "roof_insulation": QT_TRANSLATE_NOOP("Option", "Roof insulation"),
    "floor_insulation": QT_TRANSLATE_NOOP("Option", "Floor insulation"),
    "window_replacement": QT_TRANSLATE_NOOP("Option", "Window replacement"),
    "airtightness": QT_TRANSLATE_NOOP("Option", "Airtightness"),
    "heat_pump": QT_TRANSLATE_NOOP("Option", "Heat pump"),
    "boiler_renewal": QT_TRANSLATE_NOOP("Option", "Boiler renewal"),
    "pipe_renewal": QT_TRANSLATE_NOOP("Option", "Pipe renewal"),
    "lower_supply_temperature": QT_TRANSLATE_NOOP("Option", "Lower supply temperature"),
    "radiator_replacement": QT_TRANSLATE_NOOP("Option", "Radiator replacement"),
    "disconnection": QT_TRANSLATE_NOOP("Option", "Leave the network (own plant)"),
    "two_pipe": QT_TRANSLATE_NOOP("Option", "Two-pipe"),
    "low": QT_TRANSLATE_NOOP("Option", "Low"),
    "middle": QT_TRANSLATE_NOOP("Option", "Middle"),
    "high": QT_TRANSLATE_NOOP("Option", "High"),
    "generic": QT_TRANSLATE_NOOP("Option", "Generic (Carnot model)"),
    "ashp_regular": QT_TRANSLATE_NOOP("Option", "Air-to-water, standard (max. 55 °C)"),
    "ashp_low_ambient": QT_TRANSLATE_NOOP("Option", "Air-to-water, low-ambient GB/T 25127.2 (max. 55 °C)"),
    "ashp_split_room": QT_TRANSLATE_NOOP("Option", "Room air-to-air split unit"),
    "gshp_brine_water": QT_TRANSLATE_NOOP("Option", "Brine-to-water ground source (max. 60 °C)"),
    "single_pipe": QT_TRANSLATE_NOOP("Option", "Vertical single-pipe loop"),
    "hydraulic_balancing": QT_TRANSLATE_NOOP("Option", "Hydraulic balancing"),
    "weather_compensation": QT_TRANSLATE_NOOP("Option", "Weather compensation"),
    "variable_speed_pumps": QT_TRANSLATE_NOOP("Option", "Variable-speed pumps"),
    "metering_reform": QT_TRANSLATE_NOOP("Option", "Metering reform"),
    "rooftop_pv": QT_TRANSLATE_NOOP("Option", "Rooftop PV"),
    "lighting_retrofit": QT_TRANSLATE_NOOP("Option", "LED lighting"),
    "public_setpoint_control": QT_TRANSLATE_NOOP("Option", "Indoor temperature control (public buildings)"),
    "building_automation": QT_TRANSLATE_NOOP("Option", "Building automation / group control"),
    "cooling_replacement": QT_TRANSLATE_NOOP("Option", "Chiller / VRF / split-unit replacement"),
    "external_shading": QT_TRANSLATE_NOOP("Option", "External shading"),
    "cool_roof": QT_TRANSLATE_NOOP("Option", "Cool roof"),
    "heat_pump_water_heater": QT_TRANSLATE_NOOP("Option", "Heat-pump water heater"),
    "elevator_modernisation": QT_TRANSLATE_NOOP("Option", "Elevator modernisation"),
    "very_low": QT_TRANSLATE_NOOP("Option", "Very low (0.2 h travel a day)"),
    "low": QT_TRANSLATE_NOOP("Option", "Low (0.5 h travel a day)"),
    "high": QT_TRANSLATE_NOOP("Option", "High (3 h travel a day)"),
    "very_high": QT_TRANSLATE_NOOP("Option", "Very high (6 h travel a day)"),
    "fixed": QT_TRANSLATE_NOOP("Option", "Fixed"),
    "movable": QT_TRANSLATE_NOOP("Option", "Movable"),
    "split_ac_2019_grade1": QT_TRANSLATE_NOOP("Option", "Split AC, GB 21455-2019 grade 1"),
    "split_ac_2019_grade3": QT_TRANSLATE_NOOP("Option", "Split AC, GB 21455-2019 grade 3"),
    "vrf_new": QT_TRANSLATE_NOOP("Option", "VRF multi-split (current)"),
    "chiller_water_cooled_new": QT_TRANSLATE_NOOP("Option", "Water-cooled chiller plant (GB 55015-2021)"),
    "chiller_air_cooled": QT_TRANSLATE_NOOP("Option", "Air-cooled heat-pump chiller"),
    # end uses and loss components (results)
    "heating": QT_TRANSLATE_NOOP("Option", "Heating"),
    "cooling": QT_TRANSLATE_NOOP("Option", "Cooling"),
    "dhw": QT_TRANSLATE_NOOP("Option", "Hot water"),
    "lighting": QT_TRANSLATE_NOOP("Option", "Lighting"),
    "appliances": QT_TRANSLATE_NOOP("Option", "Appliances"),
    "pumps": QT_TRANSLATE_NOOP("Option", "Pumps"),
    "elevators": QT_TRANSLATE_NOOP("Option", "Elevators"),
    "fans": QT_TRANSLATE_NOOP("Option", "Ventilation fans"),
    "mvhr": QT_TRANSLATE_NOOP("Option", "Mechanical ventilation with heat recovery"),
    "solar_thermal": QT_TRANSLATE_NOOP("Option", "Solar water heating"),
    "walls": QT_TRANSLATE_NOOP("Option", "Walls"),
    "roof": QT_TRANSLATE_NOOP("Option", "Roof"),
    "floor": QT_TRANSLATE_NOOP("Option", "Ground floor"),
    "windows": QT_TRANSLATE_NOOP("Option", "Windows"),
    "thermal_bridges": QT_TRANSLATE_NOOP("Option", "Thermal bridges"),
    "ventilation": QT_TRANSLATE_NOOP("Option", "Ventilation"),
    "solar": QT_TRANSLATE_NOOP("Option", "Solar"),
    "internal": QT_TRANSLATE_NOOP("Option", "Internal"),
    "public": QT_TRANSLATE_NOOP("Option", "Public"),
}

# model unit -> how it is written on screen (translated where Chinese
# practice differs, e.g. 元 for CNY)
UNIT_LABELS = {
    "W/(m**2*K)": QT_TRANSLATE_NOOP("Unit", "W/(m²·K)"),
    "W/(m*K)": QT_TRANSLATE_NOOP("Unit", "W/(m·K)"),
    "kg/m**3": QT_TRANSLATE_NOOP("Unit", "kg/m³"),
    "J/(kg*K)": QT_TRANSLATE_NOOP("Unit", "J/(kg·K)"),
    "W/m**2": QT_TRANSLATE_NOOP("Unit", "W/m²"),
    "kWh/(m**2*a)": QT_TRANSLATE_NOOP("Unit", "kWh/(m²·a)"),
    "degC": QT_TRANSLATE_NOOP("Unit", "°C"),
    "deg": QT_TRANSLATE_NOOP("Unit", "°"),
    "1/h": QT_TRANSLATE_NOOP("Unit", "1/h"),
    "CNY": QT_TRANSLATE_NOOP("Unit", "CNY"),
    "CNY/kWh": QT_TRANSLATE_NOOP("Unit", "CNY/kWh"),
    "CNY/m**3": QT_TRANSLATE_NOOP("Unit", "CNY/m³"),
    "CNY/GJ": QT_TRANSLATE_NOOP("Unit", "CNY/GJ"),
    "CNY/m**2": QT_TRANSLATE_NOOP("Unit", "CNY/m²"),
    "CNY/t": QT_TRANSLATE_NOOP("Unit", "CNY/t"),
    "CNY/kg": QT_TRANSLATE_NOOP("Unit", "CNY/kg"),
    "CNY/a": QT_TRANSLATE_NOOP("Unit", "CNY/a"),
    "year": QT_TRANSLATE_NOOP("Unit", "years"),
    "a": QT_TRANSLATE_NOOP("Unit", "years"),
    "kgce/kWh": QT_TRANSLATE_NOOP("Unit", "kgce/kWh"),
    "kg/kWh": QT_TRANSLATE_NOOP("Unit", "kg/kWh"),
    "m**2": QT_TRANSLATE_NOOP("Unit", "m²"),
    "percent": QT_TRANSLATE_NOOP("Unit", "%"),
    "m**3/h": QT_TRANSLATE_NOOP("Unit", "m³/h"),
    "m**3/a": QT_TRANSLATE_NOOP("Unit", "m³/a"),
    "dimensionless": "",
}


def field_label(cls_name: str, name: str) -> str:
    """Translated label of field ``name`` of model class ``cls_name``."""
    source = FIELD_LABELS.get(f"{cls_name}.{name}") or FIELD_LABELS.get(name)
    return lookup("Field", source) if source else name


def option_label(option: str) -> str:
    source = OPTION_LABELS.get(option)
    return lookup("Option", source) if source else option


def unit_label(unit: str) -> str:
    if unit in UNIT_LABELS:
        source = UNIT_LABELS[unit]
        return lookup("Unit", source) if source else ""
    return unit.replace("**2", "²").replace("**3", "³").replace("*", "·")


# Model messages are English; the common shapes are translated here.
_MESSAGE_PATTERNS = [
    (re.compile(r"^must be ([<>≤≥] .+?) and ([<>≤≥] .+)$"), QT_TRANSLATE_NOOP("Message", "must be {0} and {1}")),
    (re.compile(r"^must be ([<>≤≥] .+)$"), QT_TRANSLATE_NOOP("Message", "must be {0}")),
    (re.compile(r"^must be one of (.+)$"), QT_TRANSLATE_NOOP("Message", "must be one of {0}")),
    (re.compile(r"^must not be empty$"), QT_TRANSLATE_NOOP("Message", "must not be empty")),
    (re.compile(r"^must be a whole number$"), QT_TRANSLATE_NOOP("Message", "must be a whole number")),
    (re.compile(r"^must be a number$"), QT_TRANSLATE_NOOP("Message", "must be a number")),
    (re.compile(r"^must be below the design supply temperature$"),
     QT_TRANSLATE_NOOP("Message", "must be below the design supply temperature")),
    (re.compile(r"^must be above the heating setpoint$"), QT_TRANSLATE_NOOP("Message", "must be above the heating setpoint")),
    (re.compile(r"^must be a date YYYY-MM-DD$"), QT_TRANSLATE_NOOP("Message", "must be a date YYYY-MM-DD")),
    (re.compile(r"^must be a date MM-DD, e\.g\. 11-15$"), QT_TRANSLATE_NOOP("Message", "must be a date MM-DD, e.g. 11-15")),
    (re.compile(r"^building names must be unique$"), QT_TRANSLATE_NOOP("Message", "building names must be unique")),
    (re.compile(r"^window area must be smaller than the wall area \(ratio ≤ 0\.95\)$"),
     QT_TRANSLATE_NOOP("Message", "window area must be smaller than the wall area (ratio ≤ 0.95)")),
    (re.compile(r"^give either a U-value or at least one layer$"),
     QT_TRANSLATE_NOOP("Message", "give either a U-value or at least one layer")),
    (re.compile(r"^'(.*)' is not a number with a unit; expected e\.g\. '(.+)'$"),
     QT_TRANSLATE_NOOP("Message", "'{0}' is not a number with a unit; expected e.g. '{1}'")),
    (re.compile(r"^'(.*)' has the wrong kind of unit; expected a value in (.+), got (.+)$"),
     QT_TRANSLATE_NOOP("Message", "'{0}' has the wrong kind of unit; expected a value in {1}, got {2}")),
    (re.compile(r"^unknown unit '(.*)' in '(.*)'; expected (.+)$"),
     QT_TRANSLATE_NOOP("Message", "unknown unit '{0}' in '{1}'; expected {2}")),
    (re.compile(r"^empty; expected a value in (.+)$"), QT_TRANSLATE_NOOP("Message", "empty; expected a value in {0}")),
    (re.compile(r"^unknown city; known: (.+)$"), QT_TRANSLATE_NOOP("Message", "unknown city; known: {0}")),
]


def _unit_spellings() -> list[tuple[str, str]]:
    """(spelling, model unit) for the model's spelling ("W/(m**2*K)") and
    pint's short pretty one ("W/K/m²"), longest first so that "CNY/kWh" is
    not read as "CNY"."""
    from calc.units import ureg

    pairs = {}
    for unit in UNIT_LABELS:
        if unit == "dimensionless":
            continue
        pairs[unit] = unit
        try:
            pairs.setdefault(f"{ureg.Unit(unit):~P}", unit)
        except Exception:  # a label-only unit pint does not know (CNY is defined, but stay safe)
            pass
    return sorted(pairs.items(), key=lambda kv: -len(kv[0]))


_SPELLINGS: list[tuple[str, str]] | None = None


def readable_units(text: str) -> str:
    """``text`` with unit spellings of pint ("W/(m**2*K)", "W/K/m²")
    replaced by the screen's unit labels."""
    global _SPELLINGS
    if _SPELLINGS is None:
        _SPELLINGS = _unit_spellings()
    for spelling, unit in _SPELLINGS:
        if not any(ch in spelling for ch in "*/²³"):
            continue  # a plain word ("a", "year") is read as English, not replaced
        pattern = r"(?<![\w/*])" + re.escape(spelling) + r"(?![\w/*²³])"
        text = re.sub(pattern, lambda _m, u=unit: unit_label(u), text)
    return text


def calc_message(text) -> str:
    """One of calc's warnings or notes (calc.messages.Message) in the
    interface language: measures by the names the forms use, other model
    choices as the report names them."""
    from calc.messages import render
    from reports.strings import term_name

    from .i18n import current_language

    def names(term, language):
        if term.category == "measure":
            return term.label or option_label(term.key)
        return term_name(term, language)

    return render(text, current_language(), names)


def message_text(message: str) -> str:
    """The model's English message in the interface language."""
    for pattern, source in _MESSAGE_PATTERNS:
        m = pattern.match(message)
        if m:
            return lookup("Message", source).format(*(readable_units(g) for g in m.groups()))
    return readable_units(message)
