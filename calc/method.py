"""Methods and standards an assessment follows, and the data sources it
uses -- listed in every report so that each number can be traced.

Each entry carries its text in English and in Chinese (``{"en": ...,
"zh": ...}``); the report picks the project's language.
"""


def _t(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


METHOD = (
    (_t("Weather", "气象数据"),
     _t("Hourly typical-year weather (CSWD / SWERA files, or a user EPW read with pvlib); for cities without a "
        "file, a synthetic year generated from monthly climate normals (labelled as such).",
        "逐时典型气象年数据（CSWD / SWERA 文件，或用户提供并经 pvlib 读取的 EPW 文件）；无气象文件的城市，由月平均"
        "气候值生成合成气象年（报告中予以标明）。")),
    (_t("Envelope", "围护结构"),
     _t("U-values from layers with the surface resistances of GB 50176-2016; thermal-bridge allowance ΔU; ground "
        "floor after ISO 13370 (simplified).",
        "按 GB 50176-2016 的表面换热阻由构造层计算传热系数；热桥附加 ΔU；地面按 ISO 13370（简化法）计算。")),
    (_t("Heating and cooling need", "供暖与供冷需求"),
     _t("Hourly resistance-capacitance model, ISO 13790:2008 simple hourly method (5R1C, Annex C), one zone per "
        "building; solar gains with pvlib transposition and angle-dependent glazing transmittance; long-wave "
        "exchange with the sky; walls and roofs pass the outside temperature and sun on damped and delayed by "
        "their ISO 13786:2017 periodic thermal transmittance; faces wetted by rain sit at the wet-bulb "
        "temperature; schedules after GB 50189-2015 and JGJ 26-2018.",
        "逐时阻容模型，ISO 13790:2008 简化逐时法（5R1C，附录 C），每栋建筑一个热区；太阳得热采用 pvlib 斜面辐射"
        "换算及随入射角变化的玻璃透射率；计入与天空的长波辐射换热；外墙和屋面按 ISO 13786:2017 周期传热系数对室外"
        "温度与太阳辐射作衰减和延迟；降雨时外表面取湿球温度；作息参照 GB 50189-2015 和 JGJ 26-2018。")),
    (_t("Heat supply", "供热系统"),
     _t("Boilers by seasonal efficiency; heat pumps hour by hour (Carnot-efficiency or product test points after "
        "GB/T 25127.2-2020 / EN 14825, capacity derating, defrost, back-up); heating networks with EN 13941 / "
        "ISO 12241 pipe losses and pump power ρ·g·H·Q/η (Q the volume flow).",
        "锅炉按季节效率计算；热泵逐时计算（卡诺效率模型或按 GB/T 25127.2-2020 / EN 14825 的产品测试工况插值，计入"
        "低温衰减、除霜与辅助热源）；供热管网按 EN 13941 / ISO 12241 计算管道散热，水泵功率 ρ·g·H·Q/η（Q 为体积流量）。")),
    (_t("Heat-metering reform", "供热计量改革"),
     _t("Modelled through its causes: over-heating and window airing removed, room control and consumption "
        "billing; the saving comes from the hourly model.",
        "按其成因建模：消除过量供热与开窗散热，实现室温调控与按热计量收费；节能量由逐时模型计算得出。")),
    (_t("Rooftop PV", "屋顶光伏"),
     _t("pvlib PVWatts chain (transposition, cell temperature, DC and inverter models); hourly self-consumption "
        "against the building's own electricity.",
        "采用 pvlib PVWatts 计算链（斜面辐射、电池温度、直流与逆变器模型）；逐时计算建筑自身用电的自发自用。")),
    (_t("Standard coal and CO2", "标准煤与二氧化碳"),
     _t("GB/T 2589-2020 coefficients (electricity by the equal-value or the power-supply-coal method); CO2 with "
        "MEE grid factors and fuel factors after GB/T 51366-2019.",
        "折标系数按 GB/T 2589-2020（电力按当量值或供电煤耗法）；二氧化碳按生态环境部电网排放因子及 "
        "GB/T 51366-2019 的燃料排放因子计算。")),
    (_t("Target check", "目标核验"),
     _t("Saving rate = 1 − E_after / E_before of the package, simulated as a whole, against the State Council "
        "2024–2025 action plan §(7)2: 30 % residential, 20 % public buildings. Per-measure contributions add "
        "the measures one at a time in the listed order.",
        "节能率 = 1 − 改造后能耗 / 改造前能耗（改造方案整体模拟），对照国务院《2024—2025年节能降碳行动方案》"
        "第（七）2 条：居住建筑 30%，公共建筑 20%。各措施贡献按所列顺序逐项叠加计算。")),
    (_t("Economics", "经济性"),
     _t("Investment from cost data (user-overridable) less subsidies; cash flows over the analysis period with "
        "escalation, maintenance and reinvestment after EN 15459-1:2017; NPV, IRR, simple and discounted "
        "payback, cost of saved energy, abatement cost.",
        "投资按造价数据（可由用户修改）扣除补贴；按 EN 15459-1:2017 计算分析期内含价格上涨、维护与更新投资的现金流；"
        "给出净现值、内部收益率、静态与动态回收期、节能成本和减排成本。")),
    (_t("Sensitivity", "敏感性"),
     _t("One input at a time at low and high values: energy prices ±20 %, investment ±20 %, grid factor ±20 %, "
        "heat-pump efficiency ±10 %, heating setpoint ±1 K.",
        "逐项取低值与高值：能源价格 ±20%，投资 ±20%，电网排放因子 ±20%，热泵效率 ±10%，供暖设定温度 ±1 K。")),
)

SOURCES = (
    # named by title and edition, as a client reads them; the data files
    # behind each (datasets/SOURCES*.md) give the source of every row
    _t("Weather: China Standard Weather Data for Analyzing Building Thermal Conditions (CSWD), China Meteorological "
       "Bureau Climate Information Center, May 2010; SWERA typical years as distributed for EnergyPlus.",
       "气象：《中国建筑热环境分析专用气象数据集》（CSWD），中国气象局气象信息中心，2010 年 5 月；"
       "SWERA 典型年（EnergyPlus 发布版本）。"),
    _t("City table and climate normals: GB 50736-2012 Appendix A, GB 50176-2016 Appendix A, climate normals of "
       "the China Meteorological Administration.",
       "城市参数与气候平均值：GB 50736-2012 附录 A、GB 50176-2016 附录 A、中国气象局气候平均值。"),
    _t("Materials and products: GB 50176-2016 Appendix B Tables B.1 and B.2 (thermal properties and correction "
       "factors); insulation boards from their product standards (GB/T 10801.1/.2, GB/T 25975, JG/T 420, "
       "GB/T 20974, GB/T 34336, JG/T 438); prices and costs are typical values to be replaced by local ones.",
       "材料与产品：GB 50176-2016 附录 B 表 B.1、B.2（热工参数与修正系数）；保温板材按其产品标准"
       "（GB/T 10801.1/.2、GB/T 25975、JG/T 420、GB/T 20974、GB/T 34336、JG/T 438）；价格与造价为典型值，"
       "应以当地数据替换。"),
    _t("Standard coal: GB/T 2589-2020 Appendix A. CO2: MEE/NBS national and regional grid factors; GB/T 51366-2019.",
       "折标准煤：GB/T 2589-2020 附录 A。二氧化碳：生态环境部、国家统计局发布的全国及区域电网排放因子；GB/T 51366-2019。"),
    _t("Targets: State Council, Action Plan for Energy Conservation and Carbon Reduction 2024–2025, §(7).",
       "目标：国务院《2024—2025年节能降碳行动方案》第（七）部分。"),
)
