"""Methods and standards an assessment follows, and the data sources it
uses -- listed in every report so that each number can be traced."""

METHOD = (
    ("Weather", "Hourly typical-year weather (CSWD / SWERA files, or a user EPW read with pvlib); for cities "
                "without a file, a synthetic year generated from monthly climate normals (labelled as such)."),
    ("Envelope", "U-values from layers with the surface resistances of GB 50176-2016; thermal-bridge allowance ΔU; "
                 "ground floor after ISO 13370 (simplified)."),
    ("Heating and cooling need", "Hourly resistance-capacitance model, ISO 13790:2008 simple hourly method (5R1C, "
                                 "Annex C), one zone per building; solar gains with pvlib transposition and "
                                 "angle-dependent glazing transmittance; long-wave exchange with the sky; schedules "
                                 "after GB 50189-2015 and JGJ 26-2018."),
    ("Heat supply", "Boilers by seasonal efficiency; heat pumps hour by hour (Carnot-efficiency or product test "
                    "points after GB/T 25127.2-2020 / EN 14825, capacity derating, defrost, back-up); heating "
                    "networks with EN 13941 / ISO 12241 pipe losses and pump power ρ·g·H·Q/η (Q the volume flow)."),
    ("Heat-metering reform", "Modelled through its causes: over-heating and window airing removed, room control "
                             "and consumption billing; the saving comes from the hourly model."),
    ("Rooftop PV", "pvlib PVWatts chain (transposition, cell temperature, DC and inverter models); hourly "
                   "self-consumption against the building's own electricity."),
    ("Standard coal and CO2", "GB/T 2589-2020 coefficients (electricity by the equal-value or the power-supply-coal "
                              "method); CO2 with MEE grid factors and fuel factors after GB/T 51366-2019."),
    ("Target check", "Saving rate = 1 − E_after / E_before of the package, simulated as a whole, against the "
                     "State Council 2024–2025 action plan §(7)2: 30 % residential, 20 % public buildings. "
                     "Per-measure contributions add the measures one at a time in the listed order."),
    ("Economics", "Investment from cost data (user-overridable) less subsidies; cash flows over the analysis "
                  "period with escalation, maintenance and reinvestment after EN 15459-1:2017; NPV, IRR, "
                  "simple and discounted payback, cost of saved energy, abatement cost."),
    ("Sensitivity", "One input at a time at low and high values: energy prices ±20 %, investment ±20 %, grid "
                    "factor ±20 %, heat-pump efficiency ±10 %, heating setpoint ±1 K."),
)

SOURCES = (
    "Weather: China Standard Weather Data (CSWD, 2010) and SWERA typical years as distributed for EnergyPlus "
    "(datasets/SOURCES_climate.md).",
    "City table and climate normals: GB 50736-2012 Appendix A, GB 50176-2016 Appendix A, CMA normals "
    "(datasets/cities.csv, datasets/climate_normals.csv; per-row sources).",
    "Materials, products, factors, prices and costs: datasets/SOURCES.md (per-row sources; prices and costs are "
    "typical values to be replaced by local ones).",
    "Standard coal: GB/T 2589-2020 Appendix A. CO2: MEE/NBS national and regional grid factors; GB/T 51366-2019.",
    "Targets: State Council, Action Plan for Energy Conservation and Carbon Reduction 2024–2025, §(7).",
)
