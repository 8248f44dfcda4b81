"""Every label the report prints, in English and Chinese.

The report has no Qt, so it carries its own small string table. ``tr(key,
language)`` looks a label up; a missing key raises ``KeyError`` (a test
checks every key has both languages). Labels of model choices (carriers,
end uses, measure kinds ...) are in :data:`CHOICES`; ``choice_label`` falls
back to the raw key with underscores turned into spaces, so a choice added
to the model later still prints something readable.
"""

from __future__ import annotations

from calc.messages import render

LANGUAGES = ("en", "zh")

# key -> (English, Chinese)
TEXT: dict[str, tuple[str, str]] = {
    # cover and furniture
    "report_title": ("Building energy retrofit assessment", "既有建筑节能改造评估报告"),
    "report_subtitle": ("Energy, standard coal, CO2 and cost of the retrofit package, checked against the "
                        "2024-2025 action plan target",
                        "改造方案的节能量、标准煤、二氧化碳和费用，对照《2024—2025年节能降碳行动方案》目标"),
    "project": ("Project", "项目"),
    "client": ("Client", "委托方"),
    "assessor": ("Assessor", "评估人"),
    "date": ("Date", "日期"),
    "not_stated": ("not stated", "未填写"),
    "building_summary": ("Building summary", "建筑概况"),
    "page_x_of_y": ("Page {page} of {total}", "第 {page} 页 共 {total} 页"),
    "contents": ("Contents", "目录"),
    "notes": ("Notes", "备注"),
    # executive summary
    "summary": ("Executive summary", "评估结论摘要"),
    "verdict_pass": ("The package MEETS the {target} saving target", "改造方案 达到 {target} 节能目标"),
    "verdict_fail": ("The package DOES NOT MEET the {target} saving target",
                     "改造方案 未达到 {target} 节能目标"),
    "verdict_na": ("No saving rate on this basis: the target check does not apply",
                   "此口径下无法计算节能率：目标校核不适用"),
    "verdict_line": ("Saving rate {rate} on the basis \"{basis}\", electricity by the {method}; margin {margin}.",
                     "按“{basis}”口径、电力按{method}计算的节能率为 {rate}，与目标相差 {margin}。"),
    "robust_all": ("Sensitivity: the verdict holds in all {n} input cases tested (the basis and the electricity method are conventions, not varied here: see the matrix).",
                   "敏感性：所测 {n} 种输入工况下结论均不变（口径与电力折标方法属约定，未在此变化，见各口径结论表）。"),
    "robust_not": ("Sensitivity: the verdict CHANGES when varying {names}.", "敏感性：改变 {names} 时结论会 改变。"),
    "robust_unknown": ("Sensitivity: not computed.", "敏感性：未计算。"),
    "target_for": ("Target for {kind} buildings: {target}", "{kind}建筑目标：{target}"),
    "target_mixed": ("Target of this mixed project: {target}, the floor-area-weighted mean of 30 % (residential) and 20 % (public)",
                     "本混合项目目标：{target}（居住建筑 30 %、公共建筑 20 % 按建筑面积加权）"),
    "key_figures": ("Key figures", "主要指标"),
    "before": ("Before", "改造前"),
    "after": ("After", "改造后"),
    "quantity": ("Quantity", "指标"),
    "value": ("Value", "数值"),
    "unit": ("Unit", "单位"),
    "saving_rate": ("Saving rate", "节能率"),
    "target": ("Target", "目标"),
    "margin": ("Margin", "裕量"),
    "total_tce": ("Operational energy (standard coal)", "运行能耗（标准煤）"),
    "total_co2": ("Operational CO2", "运行二氧化碳排放"),
    "total_delivered": ("Delivered energy, all carriers", "供给能源合计"),
    "energy_cost": ("Annual energy bill", "年能源费用"),
    "investment": ("Investment", "投资"),
    "subsidy": ("Subsidy", "补贴"),
    "annual_cost_saving": ("Annual cost saving", "年节约费用"),
    "simple_payback": ("Simple payback", "静态回收期"),
    "discounted_payback": ("Discounted payback", "动态回收期"),
    "npv": ("Net present value", "净现值"),
    "discounted_payback_short": ("Disc. payback", "动态回收期"),
    "scop_line": ("Seasonal COP of the heat pumps, before / after: {before} / {after}",
                  "热泵季节性能系数（改造前 / 改造后）：{before} / {after}"),
    "backup_line": ("Share of heat from back-up heaters, before / after: {before} / {after}",
                    "辅助加热器供热占比（改造前 / 改造后）：{before} / {after}"),
    "irr": ("Internal rate of return", "内部收益率"),
    "abatement_cost": ("Abatement cost", "减碳成本"),
    "cost_of_saved_energy": ("Cost of saved energy", "节能成本"),
    "rates_all_bases": ("Saving rate on every basis", "各计算基准下的节能率"),
    "basis": ("Basis", "基准"),
    "basis_used": ("used for the target", "用于目标判定"),
    "never": ("never", "不能回收"),
    "not_available": ("n/a", "无"),
    "yes": ("yes", "是"),
    "no": ("no", "否"),
    # building and site
    "building_site": ("Building and site", "建筑与场地"),
    "site": ("Site", "场地"),
    "city": ("City", "城市"),
    "climate_zone": ("Climate zone", "气候区"),
    "weather_source": ("Weather data", "气象数据"),
    "weather_synthetic": ("The weather year is SYNTHETIC: it was generated from monthly climate normals. Hourly "
                          "results (peaks, heat-pump performance, PV self-consumption) are less certain than with a "
                          "measured typical-year file (e.g. a CSWD or other typical meteorological year EPW file); "
                          "use one where available.",
                          "本评估所用气象年为 合成数据：由月平均气候值生成。逐时结果（峰值负荷、热泵性能、光伏自用率）"
                          "的不确定性高于采用实测典型气象年文件（如 CSWD 典型年 EPW 文件）的结果，如有条件请采用典型年文件。"),
    "weather_measured": ("The weather year is a typical meteorological year file.", "气象数据采用典型气象年文件。"),
    "buildings": ("Buildings", "建筑"),
    "building": ("Building", "建筑"),
    "use": ("Use", "用途"),
    "era": ("Construction era", "建造年代"),
    "dimensions": ("Length x width x storeys", "长 x 宽 x 层数"),
    "storey_height": ("Storey height", "层高"),
    "floor_area": ("Floor area", "建筑面积"),
    "total_floor_area": ("Total floor area", "总建筑面积"),
    "wwr": ("Window-to-wall ratio S/E/N/W", "窗墙比 南/东/北/西"),
    "envelope": ("Envelope", "围护结构"),
    "wall": ("External wall", "外墙"),
    "roof": ("Roof", "屋面"),
    "ground_floor": ("Ground floor", "地面"),
    "window": ("Windows", "外窗"),
    "u_given": ("U = {u} (entered)", "U = {u}（输入值）"),
    "u_layers": ("U = {u} from {n} layers (GB 50176)", "U = {u}，由 {n} 层构造计算（GB 50176）"),
    "infiltration": ("Infiltration", "渗透换气"),
    "heating_setpoint": ("Heating setpoint", "采暖设定温度"),
    "heating_season": ("Heating season", "采暖期"),
    "hvac_whenever_needed": ("whenever needed (own units, heating and cooling all year)", "按需运行（自有设备，全年供暖供冷）"),
    "custom_schedule": ("own weekly schedule", "自定义周作息"),
    "hvac_heating_in_season": ("cooling whenever needed", "按需供冷"),
    "cooling_setpoint": ("Cooling setpoint", "供冷设定温度"),
    "schedule": ("Operation schedule", "运行作息"),
    "heat_supply": ("Heat supply", "热源"),
    "supply_efficiency": ("Seasonal efficiency", "季节效率"),
    "metering": ("Metering and charging", "计量与收费"),
    "needs": ("Heating and cooling needs", "供暖与供冷需求"),
    "heating_need": ("Heating need", "供暖需求"),
    "cooling_need": ("Cooling need", "供冷需求"),
    "heating_need_per_area": ("Heating need per m2", "单位面积供暖需求"),
    "cooling_need_per_area": ("Cooling need per m2", "单位面积供冷需求"),
    "peak_heating": ("Peak heating load", "供暖峰值负荷"),
    "peak_cooling": ("Peak cooling load", "供冷峰值负荷"),
    "losses_gains": ("Heat balance in the heating season", "采暖期热平衡"),
    "component": ("Component", "组成"),
    "losses": ("Losses", "热损失"),
    "gains": ("Gains", "得热"),
    # baseline energy
    "baseline": ("Baseline energy use", "改造前基准能耗"),
    "baseline_intro": ("Delivered (final) energy per carrier at the building boundary, converted to standard coal "
                       "with the accounting method stated in the method section.",
                       "按能源品种统计的建筑边界供给能源（终端能源），并按方法章节所述的折算方法折合为标准煤。"),
    "by_carrier": ("By energy carrier", "按能源品种"),
    "by_end_use": ("By end use", "按用途"),
    "carrier": ("Carrier", "能源品种"),
    "end_use": ("End use", "用途"),
    "total": ("Total", "合计"),
    "trade_units": ("In trade units", "实物量"),
    "physical_quantity": ("Physical quantity", "实物量"),
    # measures and package
    "measures": ("Measures and package", "改造措施与组合方案"),
    "measures_intro": ("Each measure is simulated alone on the baseline; the package is simulated with all measures "
                       "together, so interactions are real. The sequential contribution adds the measures in the "
                       "order listed.",
                       "每项措施单独在基准模型上模拟；组合方案将全部措施同时模拟，措施之间的相互影响均已计入。"
                       "逐项贡献按列出的顺序依次叠加措施计算。"),
    "measures_energy": ("Energy and CO2 of each measure", "各项措施的节能与减碳"),
    "measures_money": ("Economics of each measure", "各项措施的经济性"),
    "measure": ("Measure", "措施"),
    "alone": ("Saving alone", "单独节能率"),
    "sequential": ("Sequential contribution", "逐项贡献"),
    "co2_saving": ("CO2 saving", "减碳量"),
    "lifetime": ("Life", "寿命"),
    "package": ("Package", "组合方案"),
    "no_measures": ("The project lists no measures: there is no package to assess. Only the baseline is reported.",
                    "项目未列出任何改造措施，无组合方案可评估，本报告仅给出基准能耗。"),
    "package_before_after": ("Package: before and after", "组合方案：改造前后对比"),
    "package_economics": ("Economics of the package", "组合方案经济性"),
    "macc_title": ("Marginal abatement cost curve", "边际减排成本曲线"),
    "macc_excluded": ("Not in the curve (no CO2 saving or no abatement cost): {names}",
                      "未列入曲线（无减碳量或无减碳成本）：{names}"),
    # network
    "network": ("Heating network", "供热管网"),
    "no_network": ("The project has no heating network (the heat source is {kind}); network figures do not apply.",
                   "本项目无供热管网（热源为{kind}），不适用管网指标。"),
    "network_no_result": ("The project has a heating network but the assessment gives no network figures.",
                          "本项目有供热管网，但评估结果未给出管网指标。"),
    "heat_sent": ("Heat sent out", "供热量"),
    "network_losses": ("Pipe heat losses", "管网热损失"),
    "loss_share": ("Loss share of heat sent out", "管网热损失率"),
    "pump_electricity": ("Pump electricity", "水泵电耗"),
    "network_plan_note": ("The action plan asks for about 2 percentage points less heat loss in urban heating "
                          "networks than in 2020.",
                          "行动方案要求城市供热管网热损失率较2020年降低约2个百分点。"),
    "pipes": ("Pipe segments", "管段"),
    "pipe_name": ("Segment", "管段"),
    "dn": ("DN", "公称直径"),
    "length": ("Length", "长度"),
    "laying": ("Laying", "敷设方式"),
    "insulation": ("Insulation", "保温层"),
    "year_laid": ("Year", "年份"),
    # PV
    "pv": ("Rooftop photovoltaics", "屋顶光伏"),
    "no_pv": ("Neither the baseline nor the package has rooftop PV.", "改造前后均无屋顶光伏。"),
    "peak_power": ("Installed peak power", "装机容量"),
    "generation": ("Annual generation", "年发电量"),
    "specific_yield": ("Specific yield", "单位容量年发电量"),
    "self_consumed": ("Self-consumed", "自用电量"),
    "exported": ("Exported", "上网电量"),
    "roof_coverage": ("Roof coverage", "屋面覆盖率"),
    "renewable_share": ("Renewable replacement rate", "可再生能源替代率"),
    "pv_plan_note": ("The action plan aims at 50 % roof coverage on new public buildings and factories and an 8 % "
                     "renewable replacement rate in urban buildings.",
                     "行动方案提出新建公共机构建筑、厂房屋顶光伏覆盖率力争达到50%，城镇建筑可再生能源替代率达到8%。"),
    # sensitivity
    "sensitivity": ("Sensitivity of the verdict", "结论的敏感性"),
    "sensitivity_intro": ("Each row varies one uncertain input between a low and a high value and shows the package "
                          "saving rate and payback; \"robust\" means the verdict against the target is the same at "
                          "both ends.",
                          "每行将一个不确定输入在低值与高值之间变化，给出组合方案的节能率和回收期；“稳健”表示两端的"
                          "目标判定结论相同。"),
    "no_sensitivity": ("No sensitivity cases were computed for this assessment.", "本次评估未计算敏感性工况。"),
    "parameter": ("Parameter", "参数"),
    "low": ("Low", "低值"),
    "high": ("High", "高值"),
    "rate_low": ("Rate (low)", "节能率（低）"),
    "rate_high": ("Rate (high)", "节能率（高）"),
    "payback_low": ("Payback (low)", "回收期（低）"),
    "payback_high": ("Payback (high)", "回收期（高）"),
    "robust": ("Robust", "稳健"),
    # method, sources, warnings
    "method": ("Method and standards", "计算方法与依据标准"),
    "no_method": ("The assessment did not state its method.", "评估结果未说明计算方法。"),
    "sources": ("Data sources", "数据来源"),
    "no_sources": ("The assessment did not list its data sources.", "评估结果未列出数据来源。"),
    "accounting": ("Accounting settings", "核算设置"),
    "warnings": ("Warnings and missing data", "警告与缺失数据"),
    "no_warnings": ("No warnings.", "无警告。"),
    "missing_assessor": ("The assessor is not stated.", "未填写评估人。"),
    "missing_client": ("The client is not stated.", "未填写委托方。"),
    "defaulted_count": ("{n} inputs were defaulted from archetype data rather than entered; they are marked in the "
                        "appendix.",
                        "有 {n} 项输入取自典型建筑默认值而非实测或填写，已在附录中标出。"),
    # appendix
    "appendix": ("Appendix: all inputs", "附录：全部输入参数"),
    "appendix_intro": ("Every input of the project as assessed. Values marked {mark} were defaulted from archetype "
                       "data rather than entered.",
                       "本次评估所用项目的全部输入参数。标记 {mark} 的数值取自典型建筑默认值，而非填写值。"),
    "field": ("Input", "输入项"),
    "description": ("Description", "说明"),
    "defaulted": ("Defaulted", "默认值"),
    "empty": ("(empty)", "（空）"),
    # charts
    "chart_monthly": ("Monthly heating and cooling needs", "逐月供暖与供冷需求"),
    "chart_carriers": ("Delivered energy by carrier", "按能源品种的供给能源"),
    "chart_losses": ("Heat losses in the heating season", "采暖期热损失构成"),
    "chart_macc": ("Marginal abatement cost curve", "边际减排成本曲线"),
    "heating_before": ("Heating before", "改造前供暖"),
    "heating_after": ("Heating after", "改造后供暖"),
    "cooling_before": ("Cooling before", "改造前供冷"),
    "cooling_after": ("Cooling after", "改造后供冷"),
    "axis_mwh": ("MWh", "MWh"),
    "axis_macc_x": ("CO2 saving, t/a (cumulative)", "减碳量 t/a（累计）"),
    "axis_macc_y": ("CNY per t CO2", "元/吨 CO2"),
    "chart_empty": ("No data for this chart.", "本图无数据。"),
    "month_labels": ("J F M A M J J A S O N D", "1 2 3 4 5 6 7 8 9 10 11 12"),
    # building types
    "residential": ("residential", "居住"),
    "public": ("public", "公共"),
}

# Units as printed (the quantity's unit is converted to the first element).
UNITS: dict[str, tuple[str, str]] = {
    "kWh": ("kWh", "kWh"),
    "MWh": ("MWh", "MWh"),
    "GJ": ("GJ", "GJ"),
    "tce": ("tce", "tce"),
    "t": ("t CO2", "t CO2"),
    "t/a": ("t/a", "t/a"),
    "CNY": ("CNY", "元"),
    "CNY/a": ("CNY/a", "元/年"),
    "CNY/t": ("CNY/t CO2", "元/t CO2"),
    "CNY/kWh": ("CNY/kWh", "元/kWh"),
    "a": ("years", "年"),
    "percent": ("%", "%"),
    "pp": ("pp", "个百分点"),
    "m**2": ("m²", "m²"),
    "kW": ("kW", "kW"),
    "kWp": ("kWp", "kWp"),
    "kWh/m**2": ("kWh/m²", "kWh/m²"),
    "kWh/kW": ("kWh/kWp", "kWh/kWp"),
    "m**3": ("m³", "m³"),
    "W/m**2": ("W/m²", "W/m²"),
    "1/h": ("1/h", "次/h"),
    "dimensionless": ("", ""),
}

# kind of choice -> key -> (English, Chinese)
CHOICES: dict[str, dict[str, tuple[str, str]]] = {
    "carrier": {
        "electricity": ("Electricity", "电力"),
        "natural_gas": ("Natural gas", "天然气"),
        "district_heat": ("District heat", "集中供热"),
        "coal": ("Coal", "煤"),
        "oil": ("Oil", "燃油"),
        "lpg": ("LPG", "液化石油气"),
        "pv": ("PV credit", "光伏抵扣"),
    },
    "end_use": {
        "heating": ("Space heating", "供暖"),
        "cooling": ("Cooling", "供冷"),
        "dhw": ("Hot water", "生活热水"),
        "lighting": ("Lighting", "照明"),
        "appliances": ("Appliances", "设备"),
        "pumps": ("Pumps", "水泵"),
        "elevators": ("Elevators", "电梯"),
        "fans": ("Ventilation fans", "通风风机"),
    },
    "physical": {
        "natural_gas_m3": ("Natural gas, m³", "天然气，m³"),
        "coal_t": ("Coal, t", "煤，t"),
        "district_heat_gj": ("District heat, GJ", "集中供热，GJ"),
        "oil_kg": ("Oil, kg", "燃油，kg"),
        "lpg_kg": ("LPG, kg", "液化石油气，kg"),
        "electricity_kwh": ("Electricity, kWh", "电力，kWh"),
    },
    "component": {
        "walls": ("Walls", "外墙"),
        "roof": ("Roof", "屋面"),
        "floor": ("Floor", "地面"),
        "windows": ("Windows", "外窗"),
        "thermal_bridges": ("Thermal bridges", "热桥"),
        "ventilation": ("Ventilation", "通风与渗透"),
        "solar": ("Solar", "太阳得热"),
        "internal": ("Internal", "内部得热"),
    },
    # the names of the forms (gui/labels.py and its translation), so that the
    # Measures page, the Results tables and charts and the report agree
    "measure": {
        "wall_insulation": ("Wall insulation", "外墙保温"),
        "roof_insulation": ("Roof insulation", "屋面保温"),
        "floor_insulation": ("Floor insulation", "地面保温"),
        "window_replacement": ("Window replacement", "更换外窗"),
        "airtightness": ("Airtightness", "提高气密性"),
        "heat_pump": ("Heat pump", "热泵"),
        "boiler_renewal": ("Boiler renewal", "锅炉更新"),
        "pipe_renewal": ("Pipe renewal", "管网改造"),
        "lower_supply_temperature": ("Lower supply temperature", "降低供水温度"),
        "radiator_replacement": ("Radiator replacement", "散热器更换"),
        "disconnection": ("Leave the network (own plant)", "脱网自建热源"),
        "hydraulic_balancing": ("Hydraulic balancing", "水力平衡"),
        "weather_compensation": ("Weather compensation", "气候补偿"),
        "variable_speed_pumps": ("Variable-speed pumps", "变频水泵"),
        "metering_reform": ("Metering reform", "供热计量改革"),
        "rooftop_pv": ("Rooftop PV", "屋顶光伏"),
        "lighting_retrofit": ("LED lighting", "LED 照明改造"),
        "public_setpoint_control": ("Indoor temperature control (public buildings)", "室内温度控制（公共建筑）"),
        "building_automation": ("Building automation / group control", "楼宇自控与群控"),
        "cooling_replacement": ("Chiller / VRF / split-unit replacement", "冷水机组/多联机/分体空调更新"),
        "external_shading": ("External shading", "外遮阳"),
        "cool_roof": ("Cool roof", "反射隔热屋面"),
        "heat_pump_water_heater": ("Heat-pump water heater", "热泵热水器"),
        "elevator_modernisation": ("Elevator modernisation", "电梯节能改造"),
        "mvhr": ("Mechanical ventilation with heat recovery", "热回收新风系统"),
        "solar_thermal": ("Solar water heating", "太阳能热水"),
    },
    "schedule": {
        "continuous": ("continuous", "连续运行"),
        "residential": ("residential (JGJ 26 / JGJ 134; cooling evenings and nights)", "居住建筑（JGJ 26 / JGJ 134；夏季晚间与夜间供冷）"),
        "residential_whole_house": ("residential, whole house cooled at all hours", "居住建筑（全屋全天供冷）"),
        "office": ("office (GB 50189)", "办公建筑（GB 50189）"),
        "school": ("school (GB 50189)", "学校（GB 50189）"),
        "hospital": ("hospital (GB 50189)", "医院（GB 50189）"),
        "hotel": ("hotel (GB 50189)", "酒店（GB 50189）"),
        "retail": ("retail (GB 50189)", "商场（GB 50189）"),
    },
    "use": {
        "residential": ("Residential", "居住建筑"),
        "office": ("Office", "办公建筑"),
        "school": ("School", "学校"),
        "hospital": ("Hospital", "医院"),
        "hotel": ("Hotel", "酒店"),
        "retail": ("Retail", "商场"),
        "other_public": ("Other public", "其他公共建筑"),
    },
    "era": {
        "pre_1986": ("before 1986", "1986年以前"),
        "1986_1995": ("1986-1995", "1986—1995年"),
        "1996_2004": ("1996-2004", "1996—2004年"),
        "2005_2015": ("2005-2015", "2005—2015年"),
        "2016_on": ("2016 on", "2016年以后"),
    },
    "supply": {
        "district_heating": ("District heating", "集中供热"),
        "gas_boiler": ("Gas boiler", "燃气锅炉"),
        "coal_boiler": ("Coal boiler", "燃煤锅炉"),
        "oil_boiler": ("Oil boiler", "燃油锅炉"),
        "electric": ("Direct electric", "电直热"),
        "air_source_heat_pump": ("Air-source heat pump", "空气源热泵"),
        "ground_source_heat_pump": ("Ground-source heat pump", "地源热泵"),
    },
    "basis": {
        "programme": ("By programme (heating in the north for housing, total otherwise)", "按改造类型（北方居住建筑按供暖，其余按总能耗）"),
        "total_tce": ("Total operational energy, tce", "运行总能耗（标准煤）"),
        "heating_tce": ("Space heating, tce", "供暖能耗（标准煤）"),
        "delivered_kwh": ("Delivered energy, kWh", "供给能源（kWh）"),
        "co2": ("Operational CO2", "运行二氧化碳排放"),
    },
    "billing": {
        "area": ("billed by floor area", "按面积收费"),
        "consumption": ("billed by metered consumption", "按热计量收费"),
    },
    "laying": {
        "buried": ("buried", "直埋"),
        "duct": ("in duct", "地沟"),
        "above_ground": ("above ground", "架空"),
    },
    "electricity_method": {
        "equal_value": ("calorific equal value (当量值)", "当量值（电热当量法）"),
        "power_supply_coal": ("power-supply coal consumption (等价值)", "等价值（供电煤耗法）"),
    },
    "climate_zone": {
        "severe_cold": ("Severe cold", "严寒地区"),
        "cold": ("Cold", "寒冷地区"),
        "hscw": ("Hot summer, cold winter", "夏热冬冷地区"),
        "hsww": ("Hot summer, warm winter", "夏热冬暖地区"),
        "mild": ("Mild", "温和地区"),
    },
    "sensitivity": {
        "energy_prices": ("Energy prices", "能源价格"),
        "investment_costs": ("Investment costs", "投资费用"),
        "investment": ("Investment costs", "投资费用"),
        "grid_factor": ("Grid CO2 factor", "电网排放因子"),
        "heat_pump_cop": ("Heat-pump COP", "热泵性能系数"),
        "behaviour": ("Occupant behaviour (setpoint)", "使用行为（设定温度）"),
        "discount_rate": ("Discount rate", "折现率"),
    },
    # metering reform: how far occupants respond to consumption billing (calc.metering)
    "behaviour": {
        "low": ("low", "低"),
        "middle": ("middle", "中等"),
        "high": ("high", "高"),
    },
    # inputs a calibration may adjust (datasets/tables/calibration_parameters.csv)
    "calibration_parameter": {
        "overheating": ("Over-heating above the setpoint", "高于设定温度的过热"),
        "infiltration": ("Infiltration", "渗透换气"),
        "internal_gains": ("Internal gains", "内部得热"),
        "network_loss_share": ("Network loss share", "管网热损失率"),
        "heat_pump_efficiency": ("Heat-pump Carnot efficiency", "热泵卡诺效率"),
    },
    "pv_credit": {
        "self_consumed": ("self-consumed PV only", "仅计自用光伏电量"),
        "all_generation": ("all PV generation", "计全部光伏发电量"),
    },
}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"report language {language!r} is not supported; use one of {', '.join(LANGUAGES)}")
    return language


def tr(key: str, language: str, **fields) -> str:
    """The label ``key`` in ``language`` ("en" or "zh"), with ``{fields}`` filled in."""
    en, zh = TEXT[key]
    text = zh if language == "zh" else en
    return text.format(**fields) if fields else text


def unit_label(unit: str, language: str) -> str:
    en, zh = UNITS.get(unit, (unit, unit))
    return zh if language == "zh" else en


def choice_label(kind: str, key: str, language: str) -> str:
    """Label of a model choice such as a carrier or a measure kind."""
    pair = CHOICES.get(kind, {}).get(key)
    if pair is None:
        return str(key).replace("_", " ")
    return pair[1] if language == "zh" else pair[0]


def term_name(term, language: str) -> str:
    """A model choice named in one of calc's messages (calc.messages.Term)."""
    if term.category == "measure":
        return measure_name(term, language)
    if term.category == "city":
        from .appendix import city_name

        return city_name(term.key, language)
    if term.category == "unit":
        return unit_label(term.key, language)
    if term.category in CHOICES:
        return choice_label(term.category, term.key, language)
    from .input_names import OPTIONS  # the inputs' choices (products, ...) as the appendix names them

    pair = OPTIONS.get(term.key)
    return (pair[1] if language == "zh" else pair[0]) if pair else str(term)


def calc_text(text, language: str) -> str:
    """One of calc's warnings or notes (calc.messages.Message) in ``language``;
    plain text as it is."""
    return render(text, language, term_name)


def measure_name(measure, language: str) -> str:
    """Name of a measure result: the user's label if one was given, else the
    kind's name in ``language`` (the engine's default label is the kind)."""
    label = (getattr(measure, "label", "") or "").strip()
    kind = measure.kind
    default_en = choice_label("measure", kind, "en")
    if not label or label.lower().replace(" ", "_").replace("-", "_") == kind or label == default_en:
        return choice_label("measure", kind, language)
    return label
