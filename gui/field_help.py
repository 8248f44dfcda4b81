"""What each model field means, in the interface language: the model's
field docs (English, in calc/model) marked for translation, and the help
text shown as a field's tooltip and on F1 (meaning, unit, where a default
comes from)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from .labels import unit_label

# every doc of a model field, measure parameter or form-made declaration;
# tests/gui/test_field_help.py checks none is missing and none is stale
FIELD_DOCS = (
    QT_TRANSLATE_NOOP("Doc", 'Fixed external shading (overhangs, fins) on the south windows: share of the solar gain let through, all hours (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Movable external blinds on the south windows: share of the solar gain let through while deployed (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Device on the south windows'),
    QT_TRANSLATE_NOOP("Doc", 'Fixed external shading on the east windows: share of the solar gain let through, all hours (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Movable external blinds on the east windows: share of the solar gain let through while deployed (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Device on the east windows'),
    QT_TRANSLATE_NOOP("Doc", 'Fixed external shading on the north windows: share of the solar gain let through, all hours (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Movable external blinds on the north windows: share of the solar gain let through while deployed (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Device on the north windows'),
    QT_TRANSLATE_NOOP("Doc", 'Fixed external shading on the west windows: share of the solar gain let through, all hours (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Movable external blinds on the west windows: share of the solar gain let through while deployed (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Device on the west windows'),
    QT_TRANSLATE_NOOP("Doc", 'Movable blinds are deployed while the sun on their facade exceeds this irradiance (ISO 13790:2008 clause 11.4.3: 300 W/m²)'),
    QT_TRANSLATE_NOOP("Doc", 'Movable blinds: deployed while the sun on the facade exceeds this irradiance (ISO 13790:2008 clause 11.4.3: 300 W/m²)'),
    QT_TRANSLATE_NOOP("Doc", 'Fixed overhangs/fins (shade all hours) or movable external blinds (deployed only in strong sun)'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the solar gain the device lets through while it shades (1 = none; default 0.6 fixed, 0.15 movable blinds)'),
    QT_TRANSLATE_NOOP("Doc", '24 hourly values of Monday-Friday, separated by commas'),
    QT_TRANSLATE_NOOP("Doc", '24 hourly values of Saturday (empty = as Sunday)'),
    QT_TRANSLATE_NOOP("Doc", '24 hourly values of Sunday and holidays (empty = as the weekday)'),
    QT_TRANSLATE_NOOP("Doc", "Alternative packages compared side by side with the project's own"),
    QT_TRANSLATE_NOOP("Doc", 'Assessor'),
    QT_TRANSLATE_NOOP("Doc", 'Back-up heater when capacity runs short'),
    QT_TRANSLATE_NOOP("Doc", 'Balanced mechanical air change while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Basis of the saving rate checked against the target (programme = heating energy for residential buildings in the heating zones, total operational energy otherwise)'),
    QT_TRANSLATE_NOOP("Doc", 'Building name'),
    QT_TRANSLATE_NOOP("Doc", 'Building or dwelling heat meters installed'),
    QT_TRANSLATE_NOOP("Doc", 'Building use'),
    QT_TRANSLATE_NOOP("Doc", 'Buildings'),
    QT_TRANSLATE_NOOP("Doc", 'Buildings off the network with a heat plant of their own'),
    QT_TRANSLATE_NOOP("Doc", 'CNY per m² / per dwelling / share of the investment (0-1) / CNY per kW / per kWp / per tce saved a year'),
    QT_TRANSLATE_NOOP("Doc", 'Capacity / design heat load'),
    QT_TRANSLATE_NOOP("Doc", 'Capacity / design heat load, used when no capacity is given'),
    QT_TRANSLATE_NOOP("Doc", 'Carbon price for the society view (national carbon market, 2024 average closing price ≈89 CNY/t)'),
    QT_TRANSLATE_NOOP("Doc", "Circulating flow of the pumps as installed (empty = sized for the buildings' design heat load at the design temperatures)"),
    QT_TRANSLATE_NOOP("Doc", 'City key in the city table (English name)'),
    QT_TRANSLATE_NOOP("Doc", 'City of the site'),
    QT_TRANSLATE_NOOP("Doc", 'Client'),
    QT_TRANSLATE_NOOP("Doc", 'Clockwise rotation of the front facade from due south'),
    QT_TRANSLATE_NOOP("Doc", 'Coal price'),
    QT_TRANSLATE_NOOP("Doc", 'Collector aperture area per m² of roof'),
    QT_TRANSLATE_NOOP("Doc", 'Collector azimuth (180 = south)'),
    QT_TRANSLATE_NOOP("Doc", 'Collector tilt'),
    QT_TRANSLATE_NOOP("Doc", 'Construction era'),
    QT_TRANSLATE_NOOP("Doc", 'Contract term in years (building contracts commonly 3-10 years; engineering estimate)'),
    QT_TRANSLATE_NOOP("Doc", 'Contract type: shared savings (节能效益分享型), guaranteed savings (节能量保证型) or energy-cost trusteeship (能源费用托管型)'),
    QT_TRANSLATE_NOOP("Doc", 'Convert vertical single-pipe loops so that room valves work (priced per dwelling)'),
    QT_TRANSLATE_NOOP("Doc", 'Cooling available at the cooling setpoint (1) or off (0)'),
    QT_TRANSLATE_NOOP("Doc", 'Cooling setpoint while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Cooling system'),
    QT_TRANSLATE_NOOP("Doc", 'DC losses (soiling, wiring, mismatch, availability), PVWatts convention'),
    QT_TRANSLATE_NOOP("Doc", 'Data year of the grid CO2 factor and the power-supply coal consumption (0 = latest published)'),
    QT_TRANSLATE_NOOP("Doc", 'Date of the assessment, YYYY-MM-DD'),
    QT_TRANSLATE_NOOP("Doc", 'Density'),
    QT_TRANSLATE_NOOP("Doc", 'Density of the air change: outdoor air each hour (ρ = p/(R T), ISO 13790 clause 9.3) or standard air, ρ c = 1200 J/(m³K) (ISO 13790:2008 clause 9.3.1)'),
    QT_TRANSLATE_NOOP("Doc", 'Depth of the building'),
    QT_TRANSLATE_NOOP("Doc", 'Depth of the pipe axis below ground (buried)'),
    QT_TRANSLATE_NOOP("Doc", 'Description'),
    QT_TRANSLATE_NOOP("Doc", 'Design return temperature the new emitters are sized for'),
    QT_TRANSLATE_NOOP("Doc", 'Design supply temperature the new emitters are sized for'),
    QT_TRANSLATE_NOOP("Doc", 'Design thermal conductivity λ (with the GB 50176 correction factor applied)'),
    QT_TRANSLATE_NOOP("Doc", 'District heat price per floor area and season (area billing)'),
    QT_TRANSLATE_NOOP("Doc", 'District heat price per metered energy'),
    QT_TRANSLATE_NOOP("Doc", 'Domestic hot water heat need per floor area and year'),
    QT_TRANSLATE_NOOP("Doc", 'Dwellings lower the room temperature to setback_setpoint at night (room control with thermostatic valves)'),
    QT_TRANSLATE_NOOP("Doc", 'Efficiency of the back-up heater'),
    QT_TRANSLATE_NOOP("Doc", 'Electric power of the ventilation fans per air flow (GB 50189 W_s; 0 = fan energy not counted)'),
    QT_TRANSLATE_NOOP("Doc", 'Electricity price'),
    QT_TRANSLATE_NOOP("Doc", 'Electricity tariff: one price, tiered per household and month (阶梯电价), or time of use applied hour by hour'),
    QT_TRANSLATE_NOOP("Doc", 'Emitter design return temperature'),
    QT_TRANSLATE_NOOP("Doc", 'Emitter design supply temperature'),
    QT_TRANSLATE_NOOP("Doc", 'Emitter output at EN 442 standard conditions (75/65/20 °C, ΔT 50 K) per heated floor area (empty = sized for the design heat load at the design temperatures)'),
    QT_TRANSLATE_NOOP("Doc", 'Energy carrier of hot water'),
    QT_TRANSLATE_NOOP("Doc", 'Energy price escalation per year'),
    QT_TRANSLATE_NOOP("Doc", "Energy-cost trusteeship: the client's fee is its energy cost before the project less this share"),
    QT_TRANSLATE_NOOP("Doc", 'Energy-performance contract'),
    QT_TRANSLATE_NOOP("Doc", 'Exergy (Carnot) efficiency η_C of the generic model'),
    QT_TRANSLATE_NOOP("Doc", 'Exergy efficiency η_C (generic heat pump)'),
    QT_TRANSLATE_NOOP("Doc", 'Exergy efficiency η_C (generic model)'),
    QT_TRANSLATE_NOOP("Doc", 'Extra window airing in the heating season (over-heated rooms without room control)'),
    QT_TRANSLATE_NOOP("Doc", 'Fan power per air flow, both fans'),
    QT_TRANSLATE_NOOP("Doc", 'Field paths holding values defaulted from an archetype, not entered'),
    QT_TRANSLATE_NOOP("Doc", 'First day of the heating season, MM-DD'),
    QT_TRANSLATE_NOOP("Doc", 'Fixed (area) share of the heat bill under consumption billing'),
    QT_TRANSLATE_NOOP("Doc", 'Floor-to-floor height'),
    QT_TRANSLATE_NOOP("Doc", 'Frame share'),
    QT_TRANSLATE_NOOP("Doc", 'Frame share of the window area'),
    QT_TRANSLATE_NOOP("Doc", 'Given thermal transmittance U (overrides layers)'),
    QT_TRANSLATE_NOOP("Doc", 'Grid CO2 factor override (empty = the dataset value for the region)'),
    QT_TRANSLATE_NOOP("Doc", 'Grid for the CO2 factor'),
    QT_TRANSLATE_NOOP("Doc", 'Guaranteed savings: guaranteed saving as a share of the expected saving'),
    QT_TRANSLATE_NOOP("Doc", "Guaranteed savings: the ESCO's yearly fee as a share of the guaranteed saving"),
    QT_TRANSLATE_NOOP("Doc", "Half of a partition, from its face to its middle (empty = the thermal-mass class's)"),
    QT_TRANSLATE_NOOP("Doc", 'Half of an intermediate slab, from its exposed face to its middle (empty = default)'),
    QT_TRANSLATE_NOOP("Doc", 'Heat emitters'),
    QT_TRANSLATE_NOOP("Doc", 'Heat pump data (heat-pump sources)'),
    QT_TRANSLATE_NOOP("Doc", 'Heat pump type'),
    QT_TRANSLATE_NOOP("Doc", 'Heat recovery efficiency of mechanical ventilation'),
    QT_TRANSLATE_NOOP("Doc", 'Heat source'),
    QT_TRANSLATE_NOOP("Doc", 'Heat-pump product (generic = Carnot model)'),
    QT_TRANSLATE_NOOP("Doc", 'Heating at the occupied setpoint (1) or at the setback setpoint (0)'),
    QT_TRANSLATE_NOOP("Doc", 'Heating capacity at the design outdoor temperature (empty = sized to the design load)'),
    QT_TRANSLATE_NOOP("Doc", "Heating company's fuel cost per GJ of heat sent out (≈40 kgce/GJ × ≈1 CNY/kgce; engineering estimate)"),
    QT_TRANSLATE_NOOP("Doc", 'Heating network (district heating)'),
    QT_TRANSLATE_NOOP("Doc", 'Heating oil price'),
    QT_TRANSLATE_NOOP("Doc", 'Heating setpoint while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Heating setpoint while unoccupied (intermittent heating)'),
    QT_TRANSLATE_NOOP("Doc", 'Highest heating setpoint of public buildings (rule: ≤ 20 °C)'),
    QT_TRANSLATE_NOOP("Doc", 'Hot-water system efficiency (COP for heat pumps)'),
    QT_TRANSLATE_NOOP("Doc", 'Households set back to 16 °C at night after the reform'),
    QT_TRANSLATE_NOOP("Doc", 'How heat is charged: by floor area or by metered consumption'),
    QT_TRANSLATE_NOOP("Doc", "How saved energy is valued: at the energy prices (heat per GJ; the view of a heating company or an energy-service contract) or as the occupants' bills (area-billed heat costs the same however much is used)"),
    QT_TRANSLATE_NOOP("Doc", 'How the pipe is laid'),
    QT_TRANSLATE_NOOP("Doc", 'Hydraulically balanced'),
    QT_TRANSLATE_NOOP("Doc", 'Included in the package'),
    QT_TRANSLATE_NOOP("Doc", 'Infiltration after sealing'),
    QT_TRANSLATE_NOOP("Doc", 'Infiltration through the envelope'),
    QT_TRANSLATE_NOOP("Doc", 'Infiltration with the new windows, where it was higher (JGJ 26 design air change 0.5 h⁻¹; old leaky flats 0.8-1.0 h⁻¹, an estimate from survey literature)'),
    QT_TRANSLATE_NOOP("Doc", 'Installed lighting power density'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation conductivity (aged)'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation product'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation thickness'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation thickness (0 = bare pipe)'),
    QT_TRANSLATE_NOOP("Doc", 'Investment override (empty = from the cost data)'),
    QT_TRANSLATE_NOOP("Doc", 'Its own heat source'),
    QT_TRANSLATE_NOOP("Doc", 'LPG price'),
    QT_TRANSLATE_NOOP("Doc", 'Language of the report'),
    QT_TRANSLATE_NOOP("Doc", 'Last day of the heating season, MM-DD'),
    QT_TRANSLATE_NOOP("Doc", 'Layer thickness'),
    QT_TRANSLATE_NOOP("Doc", 'Layers from outside to inside'),
    QT_TRANSLATE_NOOP("Doc", 'Length of the front (nominally south) facade'),
    QT_TRANSLATE_NOOP("Doc", 'Loan interest rate per year (5-year loan prime rate ≈3.5 %, PBoC 2025; applied as entered to the real-terms flows)'),
    QT_TRANSLATE_NOOP("Doc", 'Loan repayment term in years'),
    QT_TRANSLATE_NOOP("Doc", 'Loss share of heat sent out, used when no pipes are listed'),
    QT_TRANSLATE_NOOP("Doc", 'Lowest cooling setpoint of public buildings (rule: ≥ 26 °C)'),
    QT_TRANSLATE_NOOP("Doc", 'Lowest floor'),
    QT_TRANSLATE_NOOP("Doc", "Make-up water per year: water lost from the network (leaks, drains, theft) and replaced; read it from the station's make-up meter"),
    QT_TRANSLATE_NOOP("Doc", 'Material name (library key or free text)'),
    QT_TRANSLATE_NOOP("Doc", 'Mean electric power of one elevator while travelling'),
    QT_TRANSLATE_NOOP("Doc", 'Mean indoor temperature above setpoint without room control'),
    QT_TRANSLATE_NOOP("Doc", 'Mean internal heat gains while occupied, per floor area'),
    QT_TRANSLATE_NOOP("Doc", 'Mean plug-load power while occupied'),
    QT_TRANSLATE_NOOP("Doc", "Measured coal use per GJ of heat supplied (供热煤耗); empty = from the source's efficiency in the table"),
    QT_TRANSLATE_NOOP("Doc", 'Measures of the package'),
    QT_TRANSLATE_NOOP("Doc", 'Measures of this variant'),
    QT_TRANSLATE_NOOP("Doc", 'Mechanical ventilation while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Metered heat price as entered, or revenue-neutral: the price that keeps the heat bill of the building as it is unchanged'),
    QT_TRANSLATE_NOOP("Doc", 'Metering and charging'),
    QT_TRANSLATE_NOOP("Doc", 'Module azimuth (180 = south)'),
    QT_TRANSLATE_NOOP("Doc", 'Module product'),
    QT_TRANSLATE_NOOP("Doc", 'Module product (library key)'),
    QT_TRANSLATE_NOOP("Doc", 'Module tilt'),
    QT_TRANSLATE_NOOP("Doc", 'Most the scheme pays (empty = no cap)'),
    QT_TRANSLATE_NOOP("Doc", 'Name of the building that leaves the network'),
    QT_TRANSLATE_NOOP("Doc", 'Name of the scheme'),
    QT_TRANSLATE_NOOP("Doc", 'Name of the variant'),
    QT_TRANSLATE_NOOP("Doc", "Name shown in results (empty = the kind's name)"),
    QT_TRANSLATE_NOOP("Doc", 'Natural gas price'),
    QT_TRANSLATE_NOOP("Doc", "Network heat-loss share in 2020, the plan's reference (empty = defaulted by the age of the pipes, network_reference_loss.csv)"),
    QT_TRANSLATE_NOOP("Doc", 'Network return temperature at the design outdoor temperature'),
    QT_TRANSLATE_NOOP("Doc", 'Network supply temperature at the design outdoor temperature'),
    QT_TRANSLATE_NOOP("Doc", 'New cooling unit (cooling_units.csv)'),
    QT_TRANSLATE_NOOP("Doc", 'New design return temperature'),
    QT_TRANSLATE_NOOP("Doc", 'New design supply temperature'),
    QT_TRANSLATE_NOOP("Doc", 'New glazing SHGC'),
    QT_TRANSLATE_NOOP("Doc", 'New installed lighting power density (LED)'),
    QT_TRANSLATE_NOOP("Doc", 'New insulation conductivity (PUR)'),
    QT_TRANSLATE_NOOP("Doc", 'New insulation thickness'),
    QT_TRANSLATE_NOOP("Doc", 'New seasonal efficiency'),
    QT_TRANSLATE_NOOP("Doc", 'New window U_w'),
    QT_TRANSLATE_NOOP("Doc", 'Nominal diameter DN, mm'),
    QT_TRANSLATE_NOOP("Doc", 'Nominal inverter efficiency'),
    QT_TRANSLATE_NOOP("Doc", 'Notes'),
    QT_TRANSLATE_NOOP("Doc", 'Number of dwellings (households), for per-dwelling costs'),
    QT_TRANSLATE_NOOP("Doc", 'Number of elevators (lifts)'),
    QT_TRANSLATE_NOOP("Doc", 'Number of heated storeys above ground'),
    QT_TRANSLATE_NOOP("Doc", 'Occupancy / operation schedule'),
    QT_TRANSLATE_NOOP("Doc", 'Occupant response: share of over-heating and window airing removed (metering_behaviour.csv)'),
    QT_TRANSLATE_NOOP("Doc", 'Parameters (see MEASURE_PARAMS)'),
    QT_TRANSLATE_NOOP("Doc", "Partition area per floor area, one face counted (empty = the thermal-mass class's)"),
    QT_TRANSLATE_NOOP("Doc", "Path of a user EPW file ('' = the city's dataset weather)"),
    QT_TRANSLATE_NOOP("Doc", 'Pipe segments'),
    QT_TRANSLATE_NOOP("Doc", 'Power-supply coal consumption (empty = the dataset value)'),
    QT_TRANSLATE_NOOP("Doc", 'Price of heat-pump electricity where a dedicated heating price applies (煤改电 heating tariffs; empty = billed like other electricity)'),
    QT_TRANSLATE_NOOP("Doc", 'Price paid for exported PV electricity'),
    QT_TRANSLATE_NOOP("Doc", "Product key in the heat-pump library ('' = generic Carnot model)"),
    QT_TRANSLATE_NOOP("Doc", 'Project name'),
    QT_TRANSLATE_NOOP("Doc", "Public holidays and closures run as Sundays: dates MM-DD or spans MM-DD..MM-DD (a school's vacation), separated by commas"),
    QT_TRANSLATE_NOOP("Doc", 'Pump and motor efficiency'),
    QT_TRANSLATE_NOOP("Doc", 'Pump head at design flow'),
    QT_TRANSLATE_NOOP("Doc", 'Radiator circuit: two-pipe, or vertical single-pipe series loop (顺流式) in which a room valve cannot work until converted'),
    QT_TRANSLATE_NOOP("Doc", 'Real discount rate per year'),
    QT_TRANSLATE_NOOP("Doc", 'Reduction factor for external shading / obstructions (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", "Relative internal heat gain; scaled so its mean over occupied hours is the building's internal gains"),
    QT_TRANSLATE_NOOP("Doc", 'Rooftop PV (empty = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Seasonal COP of the heat-pump water heater'),
    QT_TRANSLATE_NOOP("Doc", 'Seasonal efficiency of a boiler or electric heater'),
    QT_TRANSLATE_NOOP("Doc", 'Seasonal efficiency of a boiler or electric heater (≤ 1)'),
    QT_TRANSLATE_NOOP("Doc", 'Seasonal energy efficiency ratio of cooling (SEER / IPLV)'),
    QT_TRANSLATE_NOOP("Doc", 'Sensible heat-recovery efficiency'),
    QT_TRANSLATE_NOOP("Doc", 'Service life override (empty = from the cost data)'),
    QT_TRANSLATE_NOOP("Doc", 'Share of lighting use saved by presence and daylight control'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the design occupancy present [0-1]'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the internal gains given to the room air (the rest is radiant; ISO 13790:2008 eq. C.1 takes 0.5)'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the investment (net of subsidies) financed by a loan, for the owner and the ESCO'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the mechanical ventilation rate running [0-1]'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the roof area covered by modules (plan goal: 50 % on new public buildings)'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the roof covered by modules'),
    QT_TRANSLATE_NOOP("Doc", 'Share of travel power saved (gearless PM drive, regeneration)'),
    QT_TRANSLATE_NOOP("Doc", "Shared savings: the ESCO's share of the savings during the term (commonly 70-90 %; engineering estimate)"),
    QT_TRANSLATE_NOOP("Doc", 'Slabs and partitions given as layers (empty = the thermal-mass class); used when walls, roof and ground floor are given by layers with density and specific heat'),
    QT_TRANSLATE_NOOP("Doc", 'Solar absorptance of the outer surface'),
    QT_TRANSLATE_NOOP("Doc", 'Solar absorptance of the reflective roof finish'),
    QT_TRANSLATE_NOOP("Doc", 'Solar heat gain coefficient of the glazing at normal incidence'),
    QT_TRANSLATE_NOOP("Doc", 'Specific heat capacity'),
    QT_TRANSLATE_NOOP("Doc", 'Standard coal of electricity: calorific equal value (0.1229 kgce/kWh) or power-supply coal consumption'),
    QT_TRANSLATE_NOOP("Doc", 'Standby power of one elevator (controller, car light, drive)'),
    QT_TRANSLATE_NOOP("Doc", 'Standby power of one elevator after the retrofit (VDI 4707-1 class A: ≤ 50 W)'),
    QT_TRANSLATE_NOOP("Doc", 'Subsidy received'),
    QT_TRANSLATE_NOOP("Doc", 'Subsidy schemes applied to the package (owner and ESCO views)'),
    QT_TRANSLATE_NOOP("Doc", 'Substation / heat exchanger efficiency'),
    QT_TRANSLATE_NOOP("Doc", 'Supply temperature control'),
    QT_TRANSLATE_NOOP("Doc", 'Temperature of the make-up water before heating'),
    QT_TRANSLATE_NOOP("Doc", 'Tested product from the heat-pump library (generic = Carnot model with η_C)'),
    QT_TRANSLATE_NOOP("Doc", 'The building leaving the network: its place in the list (1 = first)'),
    QT_TRANSLATE_NOOP("Doc", 'Thermal mass class (ISO 13790 Table 12)'),
    QT_TRANSLATE_NOOP("Doc", 'Thermal-bridge allowance ΔU added to opaque elements'),
    QT_TRANSLATE_NOOP("Doc", 'Thermostatic radiator valves / room control'),
    QT_TRANSLATE_NOOP("Doc", 'Tiered tariff: tier 2 above tier 1 (发改价格〔2011〕2617号: +0.05)'),
    QT_TRANSLATE_NOOP("Doc", 'Tiered tariff: tier 3 above tier 1 (发改价格〔2011〕2617号: +0.30)'),
    QT_TRANSLATE_NOOP("Doc", 'Tiered tariff: tier-1 limit per household and month (Beijing 240 kWh)'),
    QT_TRANSLATE_NOOP("Doc", 'Tiered tariff: tier-2 limit per household and month (Beijing 400 kWh)'),
    QT_TRANSLATE_NOOP("Doc", "Time of use: peak hours, ranges of interval starts (engineering estimate; enter the province's schedule)"),
    QT_TRANSLATE_NOOP("Doc", 'Time of use: peak price / flat price (Sichuan 2023: 1.6 : 1 : 0.4)'),
    QT_TRANSLATE_NOOP("Doc", 'Time of use: valley hours (engineering estimate)'),
    QT_TRANSLATE_NOOP("Doc", 'Time of use: valley price / flat price'),
    QT_TRANSLATE_NOOP("Doc", 'Transition cap on the metered heat bill, a multiple of the area bill (1 = refund if lower, no surcharge if higher; empty = no cap)'),
    QT_TRANSLATE_NOOP("Doc", 'Trench length (supply and return pipe each)'),
    QT_TRANSLATE_NOOP("Doc", 'Usage category of the elevators (VDI 4707-1: mean travel time per day)'),
    QT_TRANSLATE_NOOP("Doc", 'Use rate of the installed lighting power [0-1]'),
    QT_TRANSLATE_NOOP("Doc", 'Use rate of the plug-load power [0-1]'),
    QT_TRANSLATE_NOOP("Doc", 'Variable-speed pumps'),
    QT_TRANSLATE_NOOP("Doc", "Weekday of 1 January: as the program's reference year (Sunday), as the weather file's year, or given"),
    QT_TRANSLATE_NOOP("Doc", 'Weekly schedule given hour by hour (empty = the preset named by schedule)'),
    QT_TRANSLATE_NOOP("Doc", "What PV output is credited against the building's energy"),
    QT_TRANSLATE_NOOP("Doc", 'What it pays on: floor area, dwellings, a share of the investment, heat-pump kW, PV kWp, or tce saved a year'),
    QT_TRANSLATE_NOOP("Doc", "What makes the heat at the station or plant (unknown = the default of the city's province: Beijing gas, other northern provinces coal CHP)"),
    QT_TRANSLATE_NOOP("Doc", 'What the measure does'),
    QT_TRANSLATE_NOOP("Doc", 'Whether the building is cooled in summer'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the floor area cooled when the cooling runs (dwellings cool a few rooms: part-space cooling; 1 = the whole floor)'),
    QT_TRANSLATE_NOOP("Doc", 'Who receives it: the owner or the ESCO'),
    QT_TRANSLATE_NOOP("Doc", 'Whole-window thermal transmittance U_w'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the back (north) facade'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the east facade'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the front (south) facade'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the west facade'),
    QT_TRANSLATE_NOOP("Doc", 'Year laid'),
    QT_TRANSLATE_NOOP("Doc", 'Yearly loss of PV output (median of crystalline-silicon field data 0.5 %/a, Jordan & Kurtz 2013, Prog. Photovolt. 21:12)'),
    QT_TRANSLATE_NOOP("Doc", 'Years of the economic analysis'),
    QT_TRANSLATE_NOOP("Doc", 'season: heating only in the heating season, cooling only outside it; whenever_needed: both all year by the schedule (own units), both possible in one day; heating_in_season: network heat in the season, own cooling whenever needed'),
)


def field_doc(doc: str) -> str:
    """The field's doc in the interface language."""
    if not doc:
        return ""
    # a doc names choices and fields by their keys and tables by their files:
    # the reader sees them named as the forms name them, and no file names
    text = _FILE.sub("", QCoreApplication.translate("Doc", doc))
    return _KEY.sub(lambda m: _key_name(m.group(0)), text)


def _key_name(key: str) -> str:
    from .labels import FIELD_LABELS, OPTION_LABELS, field_label, option_label

    if key in OPTION_LABELS:
        return option_label(key)
    if key in FIELD_LABELS:
        return field_label("", key)
    return key


_FILE = re.compile(r",?\s*\b\w+\.csv\b")


_KEY = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def field_help(label: str, decl: dict, is_default: bool = False) -> str:
    """Help of one field: its name, meaning, unit and allowed range, and
    whether the value is an archetype default still to be confirmed."""
    parts = [f"<b>{label}</b>"]
    doc = field_doc(decl.get("doc", ""))
    if doc:
        parts.append(doc)
    unit = "percent" if decl.get("percent") else decl.get("unit")
    if unit and unit != "dimensionless":
        parts.append(QCoreApplication.translate("FieldHelp", "Unit: {0}").format(unit_label(unit)))
    scale, suffix = (100, " %") if decl.get("percent") else (1, "")
    bounds = [f"{sign} {round(decl[key] * scale, 9):g}{suffix}"
              for key, sign in (("ge", "≥"), ("gt", ">"), ("le", "≤"), ("lt", "<")) if decl.get(key) is not None]
    if bounds:
        parts.append(QCoreApplication.translate("FieldHelp", "Allowed: {0}").format(", ".join(bounds)))
    if decl.get("optional"):
        parts.append(QCoreApplication.translate("FieldHelp", "May be left empty."))
    if is_default:
        parts.append(QCoreApplication.translate(
            "FieldHelp", "Source: the archetype of the building's use and era (typical value); type it again to confirm it."))
    return "<br>".join(parts)
