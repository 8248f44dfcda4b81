"""What each model field means, in the interface language: the model's
field docs (English, in calc/model) marked for translation, and the help
text shown as a field's tooltip and on F1 (meaning, unit, where a default
comes from)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from .labels import unit_label

# every doc of a model field or measure parameter; a test checks none is missing
FIELD_DOCS = (
    QT_TRANSLATE_NOOP("Doc", "Alternative packages compared side by side with the project's own"),
    QT_TRANSLATE_NOOP("Doc", 'Assessor'),
    QT_TRANSLATE_NOOP("Doc", 'Back-up heater when capacity runs short'),
    QT_TRANSLATE_NOOP("Doc", 'Basis of the saving rate checked against the target'),
    QT_TRANSLATE_NOOP("Doc", 'Building name'),
    QT_TRANSLATE_NOOP("Doc", 'Building or dwelling heat meters installed'),
    QT_TRANSLATE_NOOP("Doc", 'Building use'),
    QT_TRANSLATE_NOOP("Doc", 'Buildings'),
    QT_TRANSLATE_NOOP("Doc", 'Capacity / design heat load'),
    QT_TRANSLATE_NOOP("Doc", 'Capacity / design heat load, used when no capacity is given'),
    QT_TRANSLATE_NOOP("Doc", 'City key in the city table (English name)'),
    QT_TRANSLATE_NOOP("Doc", 'City of the site'),
    QT_TRANSLATE_NOOP("Doc", 'Client'),
    QT_TRANSLATE_NOOP("Doc", 'Clockwise rotation of the front facade from due south'),
    QT_TRANSLATE_NOOP("Doc", 'Coal price'),
    QT_TRANSLATE_NOOP("Doc", 'Construction era'),
    QT_TRANSLATE_NOOP("Doc", 'Cooling setpoint while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Cooling system'),
    QT_TRANSLATE_NOOP("Doc", 'DC losses (soiling, wiring, mismatch, availability), PVWatts convention'),
    QT_TRANSLATE_NOOP("Doc", 'Date of the assessment, YYYY-MM-DD'),
    QT_TRANSLATE_NOOP("Doc", 'Density'),
    QT_TRANSLATE_NOOP("Doc", 'Depth of the building'),
    QT_TRANSLATE_NOOP("Doc", 'Depth of the pipe axis below ground (buried)'),
    QT_TRANSLATE_NOOP("Doc", 'Description'),
    QT_TRANSLATE_NOOP("Doc", 'Design thermal conductivity λ (with the GB 50176 correction factor applied)'),
    QT_TRANSLATE_NOOP("Doc", 'District heat price per floor area and season (area billing)'),
    QT_TRANSLATE_NOOP("Doc", 'District heat price per metered energy'),
    QT_TRANSLATE_NOOP("Doc", 'Domestic hot water heat need per floor area and year'),
    QT_TRANSLATE_NOOP("Doc", 'Dwellings lower the room temperature to setback_setpoint at night (room control with thermostatic valves)'),
    QT_TRANSLATE_NOOP("Doc", 'Efficiency of the back-up heater'),
    QT_TRANSLATE_NOOP("Doc", 'Electricity price'),
    QT_TRANSLATE_NOOP("Doc", 'Emitter design return temperature'),
    QT_TRANSLATE_NOOP("Doc", 'Emitter design supply temperature'),
    QT_TRANSLATE_NOOP("Doc", 'Energy carrier of hot water'),
    QT_TRANSLATE_NOOP("Doc", 'Energy price escalation per year'),
    QT_TRANSLATE_NOOP("Doc", 'Exergy (Carnot) efficiency η_C of the generic model'),
    QT_TRANSLATE_NOOP("Doc", 'Exergy efficiency η_C'),
    QT_TRANSLATE_NOOP("Doc", 'Extra window airing in the heating season (over-heated rooms without room control)'),
    QT_TRANSLATE_NOOP("Doc", 'Field paths holding values defaulted from an archetype, not entered'),
    QT_TRANSLATE_NOOP("Doc", 'First day of the heating season, MM-DD'),
    QT_TRANSLATE_NOOP("Doc", 'Fixed (area) share of the heat bill under consumption billing'),
    QT_TRANSLATE_NOOP("Doc", 'Floor-to-floor height'),
    QT_TRANSLATE_NOOP("Doc", 'Frame share'),
    QT_TRANSLATE_NOOP("Doc", 'Frame share of the window area'),
    QT_TRANSLATE_NOOP("Doc", 'Given thermal transmittance U (overrides layers)'),
    QT_TRANSLATE_NOOP("Doc", 'Grid CO2 factor override (empty = the dataset value for the region)'),
    QT_TRANSLATE_NOOP("Doc", 'Grid for the CO2 factor'),
    QT_TRANSLATE_NOOP("Doc", 'Heat emitters'),
    QT_TRANSLATE_NOOP("Doc", 'Heat pump data (heat-pump sources)'),
    QT_TRANSLATE_NOOP("Doc", 'Heat pump type'),
    QT_TRANSLATE_NOOP("Doc", 'Heat recovery efficiency of mechanical ventilation'),
    QT_TRANSLATE_NOOP("Doc", 'Heat source'),
    QT_TRANSLATE_NOOP("Doc", 'Heating capacity at the design outdoor temperature (empty = sized to the design load)'),
    QT_TRANSLATE_NOOP("Doc", 'Heating network (district heating)'),
    QT_TRANSLATE_NOOP("Doc", 'Heating oil price'),
    QT_TRANSLATE_NOOP("Doc", 'Heating setpoint while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Heating setpoint while unoccupied (intermittent heating)'),
    QT_TRANSLATE_NOOP("Doc", 'Hot-water system efficiency (COP for heat pumps)'),
    QT_TRANSLATE_NOOP("Doc", 'Households set back to 16 °C at night after the reform'),
    QT_TRANSLATE_NOOP("Doc", 'How heat is charged: by floor area or by metered consumption'),
    QT_TRANSLATE_NOOP("Doc", "How saved energy is valued: at the energy prices (heat per GJ; the view of a heating company or an energy-service contract) or as the occupants' bills"),
    QT_TRANSLATE_NOOP("Doc", "How saved energy is valued: at the energy prices (heat per GJ; the view of a heating company or an energy-service contract) or as the occupants' bills (area-billed heat costs the same however much is used)"),
    QT_TRANSLATE_NOOP("Doc", 'How the pipe is laid'),
    QT_TRANSLATE_NOOP("Doc", 'Hydraulically balanced'),
    QT_TRANSLATE_NOOP("Doc", 'Included in the package'),
    QT_TRANSLATE_NOOP("Doc", 'Infiltration after sealing'),
    QT_TRANSLATE_NOOP("Doc", 'Infiltration through the envelope'),
    QT_TRANSLATE_NOOP("Doc", 'Installed lighting power density'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation conductivity (aged)'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation product'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation thickness'),
    QT_TRANSLATE_NOOP("Doc", 'Insulation thickness (0 = bare pipe)'),
    QT_TRANSLATE_NOOP("Doc", 'Investment override (empty = from the cost data)'),
    QT_TRANSLATE_NOOP("Doc", 'LPG price'),
    QT_TRANSLATE_NOOP("Doc", 'Language of the report'),
    QT_TRANSLATE_NOOP("Doc", 'Last day of the heating season, MM-DD'),
    QT_TRANSLATE_NOOP("Doc", 'Layer thickness'),
    QT_TRANSLATE_NOOP("Doc", 'Layers from outside to inside'),
    QT_TRANSLATE_NOOP("Doc", 'Length of the front (nominally south) facade'),
    QT_TRANSLATE_NOOP("Doc", 'Loss share of heat sent out, used when no pipes are listed'),
    QT_TRANSLATE_NOOP("Doc", 'Lowest floor'),
    QT_TRANSLATE_NOOP("Doc", 'Material name (library key or free text)'),
    QT_TRANSLATE_NOOP("Doc", 'Mean indoor temperature above setpoint without room control'),
    QT_TRANSLATE_NOOP("Doc", 'Mean internal heat gains while occupied, per floor area'),
    QT_TRANSLATE_NOOP("Doc", 'Mean plug-load power while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Measures of the package'),
    QT_TRANSLATE_NOOP("Doc", 'Measures of this variant'),
    QT_TRANSLATE_NOOP("Doc", 'Mechanical ventilation while occupied'),
    QT_TRANSLATE_NOOP("Doc", 'Metering and charging'),
    QT_TRANSLATE_NOOP("Doc", 'Module azimuth (180 = south)'),
    QT_TRANSLATE_NOOP("Doc", 'Module product'),
    QT_TRANSLATE_NOOP("Doc", 'Module product (library key)'),
    QT_TRANSLATE_NOOP("Doc", 'Module tilt'),
    QT_TRANSLATE_NOOP("Doc", 'Name of the variant'),
    QT_TRANSLATE_NOOP("Doc", "Name shown in results (empty = the kind's name)"),
    QT_TRANSLATE_NOOP("Doc", 'Natural gas price'),
    QT_TRANSLATE_NOOP("Doc", 'Network return temperature at the design outdoor temperature'),
    QT_TRANSLATE_NOOP("Doc", 'Network supply temperature at the design outdoor temperature'),
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
    QT_TRANSLATE_NOOP("Doc", 'Number of heated storeys above ground'),
    QT_TRANSLATE_NOOP("Doc", 'Occupancy / operation schedule'),
    QT_TRANSLATE_NOOP("Doc", 'Parameters (see MEASURE_PARAMS)'),
    QT_TRANSLATE_NOOP("Doc", "Path of a user EPW file ('' = the city's dataset weather)"),
    QT_TRANSLATE_NOOP("Doc", 'Pipe segments'),
    QT_TRANSLATE_NOOP("Doc", 'Power-supply coal consumption (empty = the dataset value)'),
    QT_TRANSLATE_NOOP("Doc", 'Price paid for exported PV electricity'),
    QT_TRANSLATE_NOOP("Doc", "Product key in the heat-pump library ('' = generic Carnot model)"),
    QT_TRANSLATE_NOOP("Doc", 'Project name'),
    QT_TRANSLATE_NOOP("Doc", 'Pump and motor efficiency'),
    QT_TRANSLATE_NOOP("Doc", 'Pump head at design flow'),
    QT_TRANSLATE_NOOP("Doc", 'Real discount rate per year'),
    QT_TRANSLATE_NOOP("Doc", 'Reduction factor for external shading / obstructions (1 = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Rooftop PV (empty = none)'),
    QT_TRANSLATE_NOOP("Doc", 'Seasonal efficiency of a boiler or electric heater (≤ 1)'),
    QT_TRANSLATE_NOOP("Doc", 'Seasonal energy efficiency ratio of cooling (SEER / IPLV)'),
    QT_TRANSLATE_NOOP("Doc", 'Service life override (empty = from the cost data)'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the roof area covered by modules (plan goal: 50 % on new public buildings)'),
    QT_TRANSLATE_NOOP("Doc", 'Share of the roof covered by modules'),
    QT_TRANSLATE_NOOP("Doc", 'Solar absorptance of the outer surface'),
    QT_TRANSLATE_NOOP("Doc", 'Solar heat gain coefficient of the glazing at normal incidence'),
    QT_TRANSLATE_NOOP("Doc", 'Specific heat capacity'),
    QT_TRANSLATE_NOOP("Doc", 'Standard coal of electricity: calorific equal value (0.1229 kgce/kWh) or power-supply coal consumption'),
    QT_TRANSLATE_NOOP("Doc", 'Subsidy received'),
    QT_TRANSLATE_NOOP("Doc", 'Substation / heat exchanger efficiency'),
    QT_TRANSLATE_NOOP("Doc", 'Supply temperature control'),
    QT_TRANSLATE_NOOP("Doc", 'Thermal mass class (ISO 13790 Table 12)'),
    QT_TRANSLATE_NOOP("Doc", 'Thermal-bridge allowance ΔU added to opaque elements'),
    QT_TRANSLATE_NOOP("Doc", 'Thermostatic radiator valves / room control'),
    QT_TRANSLATE_NOOP("Doc", 'Trench length (supply and return pipe each)'),
    QT_TRANSLATE_NOOP("Doc", 'Variable-speed pumps'),
    QT_TRANSLATE_NOOP("Doc", "What PV output is credited against the building's energy"),
    QT_TRANSLATE_NOOP("Doc", 'What the measure does'),
    QT_TRANSLATE_NOOP("Doc", 'Whether the building is cooled in summer'),
    QT_TRANSLATE_NOOP("Doc", 'Whole-window thermal transmittance U_w'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the back (north) facade'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the east facade'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the front (south) facade'),
    QT_TRANSLATE_NOOP("Doc", 'Window-to-wall ratio of the west facade'),
    QT_TRANSLATE_NOOP("Doc", 'Year laid'),
    QT_TRANSLATE_NOOP("Doc", 'Years of the economic analysis'),
)


def field_doc(doc: str) -> str:
    """The field's doc in the interface language."""
    return QCoreApplication.translate("Doc", doc) if doc else ""


def field_help(label: str, decl: dict, is_default: bool = False) -> str:
    """Help of one field: its name, meaning, unit and allowed range, and
    whether the value is an archetype default still to be confirmed."""
    parts = [f"<b>{label}</b>"]
    doc = field_doc(decl.get("doc", ""))
    if doc:
        parts.append(doc)
    unit = decl.get("unit")
    if unit and unit != "dimensionless":
        parts.append(QCoreApplication.translate("FieldHelp", "Unit: {0}").format(unit_label(unit)))
    bounds = [f"{sign} {decl[key]:g}" for key, sign in (("ge", "≥"), ("gt", ">"), ("le", "≤"), ("lt", "<"))
              if decl.get(key) is not None]
    if bounds:
        parts.append(QCoreApplication.translate("FieldHelp", "Allowed: {0}").format(", ".join(bounds)))
    if decl.get("optional"):
        parts.append(QCoreApplication.translate("FieldHelp", "May be left empty."))
    if is_default:
        parts.append(QCoreApplication.translate(
            "FieldHelp", "Source: the archetype of the building's use and era (typical value); type it again to confirm it."))
    return "<br>".join(parts)
