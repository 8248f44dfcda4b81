<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchetypeDialog</name>
    <message>
        <source>Building 1</source>
        <translation>1号楼</translation>
    </message>
    <message>
        <location filename="../archetype_dialog.py" line="22"/>
        <source>New project from an archetype</source>
        <translation>从典型建筑新建项目</translation>
    </message>
    <message>
        <location filename="../archetype_dialog.py" line="36"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../archetype_dialog.py" line="37"/>
        <source>Use</source>
        <translation>建筑用途</translation>
    </message>
    <message>
        <location filename="../archetype_dialog.py" line="38"/>
        <source>Construction era</source>
        <translation>建造年代</translation>
    </message>
    <message>
        <location filename="../archetype_dialog.py" line="39"/>
        <source>Every field is filled with typical values for this kind of building; values taken from the archetype are shown in grey italics until you confirm them.</source>
        <translation>所有字段按此类建筑的典型值填写；取自典型建筑的数值以灰色斜体显示，直到您确认修改。</translation>
    </message>
</context>
<context>
    <name>BuildingSelector</name>
    <message>
        <location filename="../pages/common.py" line="63"/>
        <source>Building:</source>
        <translation>建筑：</translation>
    </message>
</context>
<context>
    <name>BuildingsPage</name>
    <message>
        <location filename="../pages/buildings_page.py" line="27"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="34"/>
        <source>Add (copy of selected)</source>
        <translation>添加（复制所选）</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="35"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="42"/>
        <source>Buildings of the project</source>
        <translation>项目中的建筑</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="46"/>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="49"/>
        <source>Geometry and orientation</source>
        <translation>几何尺寸与朝向</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="79"/>
        <source>Gross floor area of this building: {0}</source>
        <translation>本建筑总建筑面积：{0}</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="82"/>
        <source>(all buildings: {0})</source>
        <translation>（全部建筑：{0}）</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="103"/>
        <source>Add building</source>
        <translation>添加建筑</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="115"/>
        <source>Remove building</source>
        <translation>删除建筑</translation>
    </message>
</context>
<context>
    <name>ChildrenTable</name>
    <message>
        <location filename="../tables.py" line="64"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../tables.py" line="65"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../tables.py" line="137"/>
        <source>Row {0}, {1}</source>
        <translation>第 {0} 行，{1}</translation>
    </message>
</context>
<context>
    <name>CityEditor</name>
    <message>
        <location filename="../archetype_dialog.py" line="26"/>
        <location filename="../pages/project_page.py" line="58"/>
        <source>{key}  {zh}</source>
        <translation>{zh}</translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <location filename="../pages/contract_panel.py" line="74"/>
        <source>Stakeholder</source>
        <translation>相关方</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="74"/>
        <source>Gain in the first year</source>
        <translation>第一年收益</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="74"/>
        <source>Present value over the period</source>
        <translation>分析期内现值</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="79"/>
        <source>Who pays and who gains</source>
        <translation>谁出资、谁受益</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="86"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="86"/>
        <source>Client</source>
        <translation>委托方</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="86"/>
        <source>ESCO</source>
        <translation>节能服务公司</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="89"/>
        <source>Energy-performance contract</source>
        <translation>合同能源管理</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="104"/>
        <source>Occupants (energy bills)</source>
        <translation>住户（能源费用）</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="107"/>
        <source>Heating company (revenue − production cost)</source>
        <translation>供热企业（收入 − 生产成本）</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="109"/>
        <source>Owner / investor (after investment and subsidies)</source>
        <translation>业主 / 投资方（扣除投资与补贴后）</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="112"/>
        <source>Society (energy at cost + CO₂ at {0})</source>
        <translation>社会（能源按成本计 + CO₂ 按 {0} 计）</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="119"/>
        <source>Heat bill</source>
        <translation>热费</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="119"/>
        <location filename="../pages/contract_panel.py" line="130"/>
        <source>{0} ({1}) → {2} ({3})</source>
        <translation>{0}（{1}）→ {2}（{3}）</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="122"/>
        <source>Saving from the tariff change alone</source>
        <translation>仅因计费方式改变的节省</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="123"/>
        <source>Saving from the lower consumption</source>
        <translation>因用热减少的节省</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="124"/>
        <source>Metered heat price applied</source>
        <translation>采用的计量热价</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="125"/>
        <source>Revenue-neutral metered price</source>
        <translation>收入不变的计量热价</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="129"/>
        <source>Heating company: heat sent out (of it lost in the network)</source>
        <translation>供热企业：供热量（其中管网损失）</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="135"/>
        <source>Owner: investment − subsidies</source>
        <translation>业主：投资 − 补贴</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="135"/>
        <source>{0} − {1}</source>
        <translation>{0} − {1}</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="136"/>
        <source>Owner: residual value at the end</source>
        <translation>业主：期末残值</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="141"/>
        <source>Energy-performance contract: {0}</source>
        <translation>合同能源管理：{0}</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="144"/>
        <source>Term</source>
        <translation>合同期</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="145"/>
        <source>Expected saving shared (first year)</source>
        <translation>预期分享的节省（第一年）</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="146"/>
        <source>ESCO NPV</source>
        <translation>节能服务公司净现值</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="147"/>
        <source>ESCO IRR</source>
        <translation>节能服务公司内部收益率</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="148"/>
        <source>ESCO discounted payback</source>
        <translation>节能服务公司动态回收期</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="150"/>
        <source>Client NPV</source>
        <translation>委托方净现值</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="151"/>
        <source>Client gain during the term</source>
        <translation>委托方合同期内收益</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="154"/>
        <source>Shortfall paid by the ESCO</source>
        <translation>节能服务公司承担的差额</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="156"/>
        <source>Subsidies paid to the ESCO</source>
        <translation>支付给节能服务公司的补贴</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="158"/>
        <source>ESCO IRR if savings are ×{0} … ×{1}</source>
        <translation>节省为 ×{0} … ×{1} 时节能服务公司的内部收益率</translation>
    </message>
    <message>
        <location filename="../pages/contract_panel.py" line="160"/>
        <source>{0} … {1}</source>
        <translation>{0} … {1}</translation>
    </message>
    <message>
        <source>Range of the savings from</source>
        <translation>节能量范围来源</translation>
    </message>
    <message>
        <source>Monte Carlo P10 … P90</source>
        <translation>蒙特卡洛 P10 … P90</translation>
    </message>
    <message>
        <source>sensitivity table</source>
        <translation>敏感性分析表</translation>
    </message>
</context>
<context>
    <name>Doc</name>
    <message>
        <location filename="../field_help.py" line="14"/>
        <source>24 hourly values of Monday-Friday, separated by commas</source>
        <translation>周一至周五的 24 个逐时值，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="15"/>
        <source>24 hourly values of Saturday (empty = as Sunday)</source>
        <translation>周六的 24 个逐时值（空 = 同周日）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="16"/>
        <source>24 hourly values of Sunday and holidays (empty = as the weekday)</source>
        <translation>周日及节假日的 24 个逐时值（空 = 同工作日）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="17"/>
        <source>Alternative packages compared side by side with the project&apos;s own</source>
        <translation>与本项目方案并列比较的备选方案</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="18"/>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="19"/>
        <source>Back-up heater when capacity runs short</source>
        <translation>热泵容量不足时启用的辅助热源</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="20"/>
        <source>Balanced mechanical air change while occupied</source>
        <translation>使用时段的平衡式机械通风换气次数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="21"/>
        <source>Basis of the saving rate checked against the target</source>
        <translation>与目标比较的节能率考核口径</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="22"/>
        <source>Basis of the saving rate checked against the target (programme = heating energy for residential buildings in the heating zones, total operational energy otherwise)</source>
        <translation>与目标比较的节能率考核口径（按行动方案 = 供暖地区居住建筑按供暖能耗，其余按运行总能耗）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="23"/>
        <source>Building name</source>
        <translation>建筑名称</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="24"/>
        <source>Building or dwelling heat meters installed</source>
        <translation>已安装楼栋或分户热计量表</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="25"/>
        <source>Building use</source>
        <translation>建筑用途</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="26"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="27"/>
        <source>Buildings off the network with a heat plant of their own</source>
        <translation>脱离管网、自建热源的建筑</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="28"/>
        <source>CNY per m² / per dwelling / share of the investment (0-1) / CNY per kW / per kWp / per tce saved a year</source>
        <translation>每平方米元数 / 每户元数 / 占投资比例（0-1）/ 每 kW 元数 / 每 kWp 元数 / 每年每节约 1 tce 元数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="29"/>
        <source>Capacity / design heat load</source>
        <translation>容量与设计热负荷之比</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="30"/>
        <source>Capacity / design heat load, used when no capacity is given</source>
        <translation>容量与设计热负荷之比，未给定制热量时使用</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="31"/>
        <source>Carbon price for the society view (national carbon market, 2024 average closing price ≈89 CNY/t)</source>
        <translation>社会视角的碳价（全国碳市场 2024 年平均收盘价约 89 元/t）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="32"/>
        <source>Circulating flow of the pumps as installed (empty = sized for the buildings&apos; design heat load at the design temperatures)</source>
        <translation>现状水泵循环流量（空 = 按建筑设计热负荷和设计温度确定）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="33"/>
        <source>City key in the city table (English name)</source>
        <translation>城市表中的城市</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="34"/>
        <source>City of the site</source>
        <translation>项目所在城市</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="35"/>
        <source>Client</source>
        <translation>委托方</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="36"/>
        <source>Clockwise rotation of the front facade from due south</source>
        <translation>正立面自正南方向顺时针偏转的角度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="37"/>
        <source>Coal price</source>
        <translation>煤价</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="38"/>
        <source>Collector aperture area per m² of roof</source>
        <translation>每平方米屋面的集热器采光面积</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="39"/>
        <source>Collector azimuth (180 = south)</source>
        <translation>集热器方位角（180 = 正南）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="40"/>
        <source>Collector tilt</source>
        <translation>集热器倾角</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="41"/>
        <source>Construction era</source>
        <translation>建造年代</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="42"/>
        <source>Contract term in years (building contracts commonly 3-10 years; engineering estimate)</source>
        <translation>合同期（年）（建筑项目通常 3-10 年；工程估计）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="43"/>
        <source>Contract type: shared savings (节能效益分享型), guaranteed savings (节能量保证型) or energy-cost trusteeship (能源费用托管型)</source>
        <translation>合同类型：节能效益分享型、节能量保证型或能源费用托管型</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="44"/>
        <source>Convert vertical single-pipe loops so that room valves work (priced per dwelling)</source>
        <translation>改造垂直单管串联系统，使室内温控阀起作用（按户计价）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="45"/>
        <source>Cooling available at the cooling setpoint (1) or off (0)</source>
        <translation>按供冷设定温度供冷（1）或停止供冷（0）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="46"/>
        <source>Cooling setpoint while occupied</source>
        <translation>使用时段的供冷设定温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="47"/>
        <source>Cooling system</source>
        <translation>供冷系统</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="48"/>
        <source>DC losses (soiling, wiring, mismatch, availability), PVWatts convention</source>
        <translation>直流侧损失（积灰、线损、失配、可用率），按 PVWatts 约定</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="49"/>
        <source>Data year of the grid CO2 factor and the power-supply coal consumption (0 = latest published)</source>
        <translation>电网 CO2 排放因子和供电煤耗的数据年份（0 = 最新发布）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="50"/>
        <source>Date of the assessment, YYYY-MM-DD</source>
        <translation>评估日期，格式 年-月-日</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="51"/>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="52"/>
        <source>Density of the air change: outdoor air each hour (ρ = p/(R T), ISO 13790 clause 9.3) or standard air, ρ c = 1200 J/(m³K) (ISO 13790:2008 clause 9.3.1)</source>
        <translation>换气空气密度：逐时室外空气（ρ = p/(R T)，ISO 13790 第 9.3 条）或标准空气，ρ c = 1200 J/(m³K)（ISO 13790:2008 第 9.3.1 条）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="53"/>
        <source>Depth of the building</source>
        <translation>建筑进深</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="54"/>
        <source>Depth of the pipe axis below ground (buried)</source>
        <translation>直埋管道中心的埋深</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="55"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="56"/>
        <source>Design return temperature the new emitters are sized for</source>
        <translation>新末端的设计回水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="57"/>
        <source>Design supply temperature the new emitters are sized for</source>
        <translation>新末端的设计供水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="58"/>
        <source>Design thermal conductivity λ (with the GB 50176 correction factor applied)</source>
        <translation>设计导热系数 λ（已按 GB 50176 计入修正系数）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="59"/>
        <source>District heat price per floor area and season (area billing)</source>
        <translation>按面积计收的集中供热热价（每平方米每供暖季）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="60"/>
        <source>District heat price per metered energy</source>
        <translation>按计量热量计收的集中供热热价</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="61"/>
        <source>Domestic hot water heat need per floor area and year</source>
        <translation>每平方米建筑面积每年的生活热水需热量</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="62"/>
        <source>Dwellings lower the room temperature to setback_setpoint at night (room control with thermostatic valves)</source>
        <translation>夜间住户将室温降至值班设定温度（需恒温阀等室温调控）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="63"/>
        <source>Efficiency of the back-up heater</source>
        <translation>辅助热源效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="64"/>
        <source>Electric power of the ventilation fans per air flow (GB 50189 W_s; 0 = fan energy not counted)</source>
        <translation>单位风量的通风机电功率（GB 50189 W_s；0 = 不计风机能耗）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="65"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="66"/>
        <source>Electricity tariff: one price, tiered per household and month (阶梯电价), or time of use applied hour by hour</source>
        <translation>电价方式：单一电价、按户按月的阶梯电价，或逐时的分时电价</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="67"/>
        <source>Emitter design return temperature</source>
        <translation>末端设计回水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="68"/>
        <source>Emitter design supply temperature</source>
        <translation>末端设计供水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="69"/>
        <source>Emitter output at EN 442 standard conditions (75/65/20 °C, ΔT 50 K) per heated floor area (empty = sized for the design heat load at the design temperatures)</source>
        <translation>每平方米供暖面积的末端标准散热量（EN 442 标准工况 75/65/20 °C，ΔT 50 K；空 = 按设计热负荷和设计温度确定）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="70"/>
        <source>Energy carrier of hot water</source>
        <translation>生活热水所用能源品种</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="71"/>
        <source>Energy price escalation per year</source>
        <translation>能源价格年增长率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="72"/>
        <source>Energy-cost trusteeship: the client&apos;s fee is its energy cost before the project less this share</source>
        <translation>能源费用托管型：委托方的托管费为改造前能源费用扣除此比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="73"/>
        <source>Energy-performance contract</source>
        <translation>合同能源管理</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="74"/>
        <source>Exergy (Carnot) efficiency η_C of the generic model</source>
        <translation>通用模型的㶲效率（卡诺效率）η_C</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="75"/>
        <source>Exergy efficiency η_C</source>
        <translation>㶲效率 η_C</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="76"/>
        <source>Exergy efficiency η_C (generic heat pump)</source>
        <translation>㶲效率 η_C（通用热泵）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="77"/>
        <source>Exergy efficiency η_C (generic model)</source>
        <translation>㶲效率 η_C（通用模型）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="78"/>
        <source>Extra window airing in the heating season (over-heated rooms without room control)</source>
        <translation>供暖季额外开窗换气（无室温调控时房间过热）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="79"/>
        <source>Fan power per air flow, both fans</source>
        <translation>单位风量的风机功率（送、排风机合计）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="80"/>
        <source>Field paths holding values defaulted from an archetype, not entered</source>
        <translation>取自典型建筑默认值、尚未录入确认的字段</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="81"/>
        <source>First day of the heating season, MM-DD</source>
        <translation>供暖季开始日期，格式 月-日</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="82"/>
        <source>Fixed (area) share of the heat bill under consumption billing</source>
        <translation>按热量计费时热费中按面积计收的固定部分比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="84"/>
        <source>Floor-to-floor height</source>
        <translation>层高</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="85"/>
        <source>Frame share</source>
        <translation>窗框比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="86"/>
        <source>Frame share of the window area</source>
        <translation>窗框面积占外窗面积的比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="87"/>
        <source>Given thermal transmittance U (overrides layers)</source>
        <translation>给定的传热系数 U（优先于构造层）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="88"/>
        <source>Grid CO2 factor override (empty = the dataset value for the region)</source>
        <translation>自定电网 CO2 排放因子（空 = 数据集中该区域的数值）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="89"/>
        <source>Grid for the CO2 factor</source>
        <translation>CO2 排放因子所属电网</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="90"/>
        <source>Guaranteed savings: guaranteed saving as a share of the expected saving</source>
        <translation>节能量保证型：保证节能量占预期节能量的比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="91"/>
        <source>Guaranteed savings: the ESCO&apos;s yearly fee as a share of the guaranteed saving</source>
        <translation>节能量保证型：节能服务公司年服务费占保证节省的比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="92"/>
        <source>Half of a partition, from its face to its middle (empty = the thermal-mass class&apos;s)</source>
        <translation>隔墙的一半（自表面至中线；空 = 按热惰性等级）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="93"/>
        <source>Half of an intermediate slab, from its exposed face to its middle (empty = default)</source>
        <translation>楼板的一半（自外露表面至中线；空 = 默认）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="94"/>
        <source>Heat emitters</source>
        <translation>供暖末端</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="95"/>
        <source>Heat pump data (heat-pump sources)</source>
        <translation>热泵数据（热泵热源）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="96"/>
        <source>Heat pump type</source>
        <translation>热泵类型</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="97"/>
        <source>Heat recovery efficiency of mechanical ventilation</source>
        <translation>机械通风的热回收效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="98"/>
        <source>Heat source</source>
        <translation>热源</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="99"/>
        <source>Heat-pump product (generic = Carnot model)</source>
        <translation>热泵产品（通用 = 卡诺模型）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="100"/>
        <source>Heating at the occupied setpoint (1) or at the setback setpoint (0)</source>
        <translation>按使用时段设定温度供暖（1）或按值班温度供暖（0）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="101"/>
        <source>Heating capacity at the design outdoor temperature (empty = sized to the design load)</source>
        <translation>室外设计温度下的制热量（空 = 按设计热负荷选型）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="102"/>
        <source>Heating company&apos;s fuel cost per GJ of heat sent out (≈40 kgce/GJ × ≈1 CNY/kgce; engineering estimate)</source>
        <translation>供热企业每 GJ 供热量的燃料成本（约 40 kgce/GJ × 约 1 元/kgce；工程估计）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="103"/>
        <source>Heating network (district heating)</source>
        <translation>供热管网（集中供热）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="104"/>
        <source>Heating oil price</source>
        <translation>燃油价格</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="105"/>
        <source>Heating setpoint while occupied</source>
        <translation>使用时段的供暖设定温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="106"/>
        <source>Heating setpoint while unoccupied (intermittent heating)</source>
        <translation>非使用时段的供暖设定温度（间歇供暖）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="107"/>
        <source>Highest heating setpoint of public buildings (rule: ≤ 20 °C)</source>
        <translation>公共建筑供暖设定温度上限（规定：≤ 20 °C）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="108"/>
        <source>Hot-water system efficiency (COP for heat pumps)</source>
        <translation>生活热水系统效率（热泵为性能系数 COP）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="109"/>
        <source>Households set back to 16 °C at night after the reform</source>
        <translation>改革后住户夜间将室温降至 16 °C</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="110"/>
        <source>How heat is charged: by floor area or by metered consumption</source>
        <translation>热费计收方式：按面积或按计量热量</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="111"/>
        <source>How saved energy is valued: at the energy prices (heat per GJ; the view of a heating company or an energy-service contract) or as the occupants&apos; bills</source>
        <translation>节能量的计价方式：按能源价格（热量按每 GJ 计价，供热企业或合同能源管理的视角），或按住户实际缴纳的费用</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="112"/>
        <source>How saved energy is valued: at the energy prices (heat per GJ; the view of a heating company or an energy-service contract) or as the occupants&apos; bills (area-billed heat costs the same however much is used)</source>
        <translation>节能量的计价方式：按能源价格（热量按每 GJ 计价，供热企业或合同能源管理的视角），或按住户实际缴纳的费用（按面积收费时用热多少费用相同）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="113"/>
        <source>How the pipe is laid</source>
        <translation>管道敷设方式</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="114"/>
        <source>Hydraulically balanced</source>
        <translation>管网已水力平衡</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="115"/>
        <source>Included in the package</source>
        <translation>纳入改造方案</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="116"/>
        <source>Infiltration after sealing</source>
        <translation>密封处理后的渗透换气次数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="117"/>
        <source>Infiltration through the envelope</source>
        <translation>通过围护结构的渗透换气次数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="118"/>
        <source>Infiltration with the new windows, where it was higher (JGJ 26 design air change 0.5 h⁻¹; old leaky flats 0.8-1.0 h⁻¹, an estimate from survey literature)</source>
        <translation>更换外窗后的渗透换气次数（原值更高时适用；JGJ 26 设计换气次数 0.5 次/h，老旧住宅 0.8-1.0 次/h）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="119"/>
        <source>Installed lighting power density</source>
        <translation>照明安装功率密度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="120"/>
        <source>Insulation conductivity (aged)</source>
        <translation>保温材料导热系数（老化后）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="121"/>
        <source>Insulation product</source>
        <translation>保温材料</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="122"/>
        <source>Insulation thickness</source>
        <translation>保温层厚度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="123"/>
        <source>Insulation thickness (0 = bare pipe)</source>
        <translation>保温层厚度（0 = 裸管）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="124"/>
        <source>Investment override (empty = from the cost data)</source>
        <translation>自定投资（空 = 按造价数据）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="125"/>
        <source>Its own heat source</source>
        <translation>其自有热源</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="126"/>
        <source>LPG price</source>
        <translation>液化石油气价格</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="127"/>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="128"/>
        <source>Last day of the heating season, MM-DD</source>
        <translation>供暖季结束日期，格式 月-日</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="129"/>
        <source>Layer thickness</source>
        <translation>构造层厚度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="130"/>
        <source>Layers from outside to inside</source>
        <translation>由外到内的构造层</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="131"/>
        <source>Length of the front (nominally south) facade</source>
        <translation>正立面（名义上朝南）的长度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="132"/>
        <source>Loan interest rate per year (5-year loan prime rate ≈3.5 %, PBoC 2025; applied as entered to the real-terms flows)</source>
        <translation>贷款年利率（5 年期贷款市场报价利率约 3.5 %，中国人民银行 2025；按录入值用于实际价格现金流）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="133"/>
        <source>Loan repayment term in years</source>
        <translation>贷款偿还期（年）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="134"/>
        <source>Loss share of heat sent out, used when no pipes are listed</source>
        <translation>管网热损失占供热量的比例，未列出管段时使用</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="135"/>
        <source>Lowest cooling setpoint of public buildings (rule: ≥ 26 °C)</source>
        <translation>公共建筑供冷设定温度下限（规定：≥ 26 °C）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="136"/>
        <source>Lowest floor</source>
        <translation>底层地面形式</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="137"/>
        <source>Make-up water per year: water lost from the network (leaks, drains, theft) and replaced; read it from the station&apos;s make-up meter</source>
        <translation>年补水量：管网因泄漏、泄水、偷水损失并补充的水量；读取换热站补水表</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="138"/>
        <source>Material name (library key or free text)</source>
        <translation>材料名称（材料库中的材料或自填）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="139"/>
        <source>Mean electric power of one elevator while travelling</source>
        <translation>单台电梯运行时的平均电功率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="140"/>
        <source>Mean indoor temperature above setpoint without room control</source>
        <translation>无室温调控时室内平均温度高于设定温度的幅度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="141"/>
        <source>Mean internal heat gains while occupied, per floor area</source>
        <translation>使用时段每平方米建筑面积的平均室内得热</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="142"/>
        <source>Mean plug-load power while occupied</source>
        <translation>使用时段的平均插座设备功率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="143"/>
        <source>Measured coal use per GJ of heat supplied (供热煤耗); empty = from the source&apos;s efficiency in the table</source>
        <translation>实测每 GJ 供热量的煤耗（供热煤耗）；空 = 按数据表中热源效率计算</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="144"/>
        <source>Measures of the package</source>
        <translation>改造方案中的措施</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="145"/>
        <source>Measures of this variant</source>
        <translation>此备选方案的措施</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="146"/>
        <source>Mechanical ventilation while occupied</source>
        <translation>使用时段的机械通风换气次数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="147"/>
        <source>Metered heat price as entered, or revenue-neutral: the price that keeps the heat bill of the building as it is unchanged</source>
        <translation>计量热价：按录入值，或采用收入不变热价（使改造前建筑热费不变的价格）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="148"/>
        <source>Metering and charging</source>
        <translation>计量与收费</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="149"/>
        <source>Module azimuth (180 = south)</source>
        <translation>组件方位角（180 = 正南）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="150"/>
        <source>Module product</source>
        <translation>组件型号</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="151"/>
        <source>Module product (library key)</source>
        <translation>组件型号（取自组件库）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="152"/>
        <source>Module tilt</source>
        <translation>组件倾角</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="153"/>
        <source>Most the scheme pays (empty = no cap)</source>
        <translation>该补贴的上限（空 = 无上限）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="154"/>
        <source>Name of the building that leaves the network</source>
        <translation>脱离管网的建筑名称</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="155"/>
        <source>Name of the scheme</source>
        <translation>补贴名称</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="156"/>
        <source>Name of the variant</source>
        <translation>备选方案名称</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="157"/>
        <source>Name shown in results (empty = the kind&apos;s name)</source>
        <translation>结果中显示的名称（空 = 措施类型名称）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="158"/>
        <source>Natural gas price</source>
        <translation>天然气价格</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="159"/>
        <source>Network heat-loss share in 2020, the plan&apos;s reference (empty = defaulted by the age of the pipes, network_reference_loss.csv)</source>
        <translation>2020 年管网热损失率，即行动方案的基准（空 = 按管龄取默认值）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="160"/>
        <source>Network return temperature at the design outdoor temperature</source>
        <translation>室外设计温度下的管网回水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="161"/>
        <source>Network supply temperature at the design outdoor temperature</source>
        <translation>室外设计温度下的管网供水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="162"/>
        <source>New cooling unit (cooling_units.csv)</source>
        <translation>新供冷设备</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="163"/>
        <source>New design return temperature</source>
        <translation>新的设计回水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="164"/>
        <source>New design supply temperature</source>
        <translation>新的设计供水温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="165"/>
        <source>New glazing SHGC</source>
        <translation>新玻璃的太阳得热系数 SHGC</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="166"/>
        <source>New installed lighting power density (LED)</source>
        <translation>改造后照明安装功率密度（LED）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="167"/>
        <source>New insulation conductivity (PUR)</source>
        <translation>新保温材料导热系数（聚氨酯）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="168"/>
        <source>New insulation thickness</source>
        <translation>新保温层厚度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="169"/>
        <source>New seasonal efficiency</source>
        <translation>新的季节效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="170"/>
        <source>New window U_w</source>
        <translation>新外窗传热系数 U_w</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="171"/>
        <source>Nominal diameter DN, mm</source>
        <translation>公称直径 DN，mm</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="172"/>
        <source>Nominal inverter efficiency</source>
        <translation>逆变器额定效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="173"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="174"/>
        <source>Number of dwellings (households), for per-dwelling costs</source>
        <translation>户数，用于按户计算的费用</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="175"/>
        <source>Number of elevators (lifts)</source>
        <translation>电梯台数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="176"/>
        <source>Number of heated storeys above ground</source>
        <translation>地上供暖楼层数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="177"/>
        <source>Occupancy / operation schedule</source>
        <translation>使用与运行作息</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="178"/>
        <source>Occupant response: share of over-heating and window airing removed (metering_behaviour.csv)</source>
        <translation>住户行为响应：过热和开窗通风减少的比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="179"/>
        <source>Parameters (see MEASURE_PARAMS)</source>
        <translation>措施参数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="180"/>
        <source>Partition area per floor area, one face counted (empty = the thermal-mass class&apos;s)</source>
        <translation>单位建筑面积的隔墙面积（按单面计；空 = 按热惰性等级）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="181"/>
        <source>Path of a user EPW file (&apos;&apos; = the city&apos;s dataset weather)</source>
        <translation>用户 EPW 气象文件的路径（空 = 该城市的数据集气象）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="182"/>
        <source>Pipe segments</source>
        <translation>管段</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="183"/>
        <source>Power-supply coal consumption (empty = the dataset value)</source>
        <translation>供电煤耗（空 = 数据集数值）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="184"/>
        <source>Price of heat-pump electricity where a dedicated heating price applies (煤改电 heating tariffs; empty = billed like other electricity)</source>
        <translation>执行供暖专用电价时热泵用电的价格（煤改电供暖电价；空 = 与其他用电同价）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="185"/>
        <source>Price paid for exported PV electricity</source>
        <translation>光伏余电上网电价</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="186"/>
        <source>Product key in the heat-pump library (&apos;&apos; = generic Carnot model)</source>
        <translation>热泵库中的产品（空 = 通用卡诺模型）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="187"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="188"/>
        <source>Public holidays and closures run as Sundays: dates MM-DD or spans MM-DD..MM-DD (a school&apos;s vacation), separated by commas</source>
        <translation>按周日运行的法定节假日与停用日：日期 月-日，或时段 月-日..月-日（如学校寒暑假），以逗号分隔</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="189"/>
        <source>Pump and motor efficiency</source>
        <translation>水泵及电机效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="190"/>
        <source>Pump head at design flow</source>
        <translation>设计流量下的水泵扬程</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="191"/>
        <source>Radiator circuit: two-pipe, or vertical single-pipe series loop (顺流式) in which a room valve cannot work until converted</source>
        <translation>散热器系统形式：双管，或垂直单管顺流式（改造前室内温控阀无法起作用）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="192"/>
        <source>Real discount rate per year</source>
        <translation>实际年折现率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="193"/>
        <source>Reduction factor for external shading / obstructions (1 = none)</source>
        <translation>外遮阳或遮挡的折减系数（1 = 无遮挡）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="194"/>
        <source>Relative internal heat gain; scaled so its mean over occupied hours is the building&apos;s internal gains</source>
        <translation>相对室内得热；按比例缩放，使使用时段平均值等于建筑的室内得热</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="195"/>
        <source>Rooftop PV (empty = none)</source>
        <translation>屋顶光伏（空 = 无）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="196"/>
        <source>Seasonal COP of the heat-pump water heater</source>
        <translation>热泵热水器的季节性能系数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="197"/>
        <source>Seasonal efficiency of a boiler or electric heater</source>
        <translation>锅炉或电加热器的季节效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="198"/>
        <source>Seasonal efficiency of a boiler or electric heater (≤ 1)</source>
        <translation>锅炉或电加热器的季节效率（≤ 1）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="199"/>
        <source>Seasonal energy efficiency ratio of cooling (SEER / IPLV)</source>
        <translation>供冷季节能效比（SEER / IPLV）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="201"/>
        <source>Sensible heat-recovery efficiency</source>
        <translation>显热回收效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="202"/>
        <source>Service life override (empty = from the cost data)</source>
        <translation>自定使用寿命（空 = 按造价数据）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="203"/>
        <source>Share of lighting use saved by presence and daylight control</source>
        <translation>人体感应和天然采光控制节省的照明用电比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="204"/>
        <source>Share of the design occupancy present [0-1]</source>
        <translation>实际在室人数占设计人数的比例 [0-1]</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="205"/>
        <source>Share of the internal gains given to the room air (the rest is radiant; ISO 13790:2008 eq. C.1 takes 0.5)</source>
        <translation>室内得热中对流部分的比例（其余为辐射；ISO 13790:2008 式 C.1 取 0.5）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="206"/>
        <source>Share of the investment (net of subsidies) financed by a loan, for the owner and the ESCO</source>
        <translation>投资（扣除补贴后）中由贷款支付的比例，适用于业主和节能服务公司</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="207"/>
        <source>Share of the mechanical ventilation rate running [0-1]</source>
        <translation>机械通风运行比例 [0-1]</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="208"/>
        <source>Share of the roof area covered by modules (plan goal: 50 % on new public buildings)</source>
        <translation>组件覆盖屋面面积的比例（行动方案目标：新建公共建筑 50 %）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="209"/>
        <source>Share of the roof covered by modules</source>
        <translation>组件覆盖屋面的比例</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="210"/>
        <source>Share of travel power saved (gearless PM drive, regeneration)</source>
        <translation>运行功率节省比例（永磁无齿轮曳引、能量回馈）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="211"/>
        <source>Shared savings: the ESCO&apos;s share of the savings during the term (commonly 70-90 %; engineering estimate)</source>
        <translation>节能效益分享型：合同期内节能服务公司分享节省的比例（通常 70-90 %；工程估计）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="212"/>
        <source>Slabs and partitions given as layers (empty = the thermal-mass class); used when walls, roof and ground floor are given by layers with density and specific heat</source>
        <translation>以构造层给出的楼板和隔墙（空 = 按热惰性等级）；外墙、屋面和地面以含密度和比热容的构造层给出时使用</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="213"/>
        <source>Solar absorptance of the outer surface</source>
        <translation>外表面太阳辐射吸收系数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="214"/>
        <source>Solar absorptance of the reflective roof finish</source>
        <translation>反射屋面饰面的太阳辐射吸收系数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="215"/>
        <source>Solar heat gain coefficient of the glazing at normal incidence</source>
        <translation>玻璃法向入射太阳得热系数</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="216"/>
        <source>Specific heat capacity</source>
        <translation>比热容</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="217"/>
        <source>Standard coal of electricity: calorific equal value (0.1229 kgce/kWh) or power-supply coal consumption</source>
        <translation>电力折标准煤方法：当量值（0.1229 kgce/kWh）或供电煤耗（等价值）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="218"/>
        <source>Standby power of one elevator (controller, car light, drive)</source>
        <translation>单台电梯待机功率（控制器、轿厢照明、驱动）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="219"/>
        <source>Standby power of one elevator after the retrofit (VDI 4707-1 class A: ≤ 50 W)</source>
        <translation>改造后单台电梯待机功率（VDI 4707-1 A 级：≤ 50 W）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="220"/>
        <source>Subsidy received</source>
        <translation>获得的补贴</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="221"/>
        <source>Subsidy schemes applied to the package (owner and ESCO views)</source>
        <translation>适用于改造方案的补贴（业主与节能服务公司视角）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="222"/>
        <source>Substation / heat exchanger efficiency</source>
        <translation>换热站（换热器）效率</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="223"/>
        <source>Supply temperature control</source>
        <translation>供水温度调节方式</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="224"/>
        <source>Temperature of the make-up water before heating</source>
        <translation>补水加热前的温度</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="225"/>
        <source>Tested product from the heat-pump library (generic = Carnot model with η_C)</source>
        <translation>热泵库中的测试产品（通用 = 采用 η_C 的卡诺模型）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="226"/>
        <source>The building leaving the network: its place in the list (1 = first)</source>
        <translation>脱离管网的建筑在列表中的位置（1 = 第一栋）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="227"/>
        <source>Thermal mass class (ISO 13790 Table 12)</source>
        <translation>热惰性等级（ISO 13790 表 12）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="228"/>
        <source>Thermal-bridge allowance ΔU added to opaque elements</source>
        <translation>非透明围护结构的热桥附加 ΔU</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="229"/>
        <source>Thermostatic radiator valves / room control</source>
        <translation>散热器恒温阀或室温调控</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="230"/>
        <source>Tiered tariff: tier 2 above tier 1 (发改价格〔2011〕2617号: +0.05)</source>
        <translation>阶梯电价：第二档比第一档的加价（发改价格〔2011〕2617号：+0.05）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="231"/>
        <source>Tiered tariff: tier 3 above tier 1 (发改价格〔2011〕2617号: +0.30)</source>
        <translation>阶梯电价：第三档比第一档的加价（发改价格〔2011〕2617号：+0.30）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="232"/>
        <source>Tiered tariff: tier-1 limit per household and month (Beijing 240 kWh)</source>
        <translation>阶梯电价：每户每月第一档上限（北京 240 kWh）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="233"/>
        <source>Tiered tariff: tier-2 limit per household and month (Beijing 400 kWh)</source>
        <translation>阶梯电价：每户每月第二档上限（北京 400 kWh）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="234"/>
        <source>Time of use: peak hours, ranges of interval starts (engineering estimate; enter the province&apos;s schedule)</source>
        <translation>分时电价：峰时段，以时段起始小时的范围表示（工程估计；请录入本省时段）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="235"/>
        <source>Time of use: peak price / flat price (Sichuan 2023: 1.6 : 1 : 0.4)</source>
        <translation>分时电价：峰时电价与平时电价之比（四川 2023：1.6 : 1 : 0.4）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="236"/>
        <source>Time of use: valley hours (engineering estimate)</source>
        <translation>分时电价：谷时段（工程估计）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="237"/>
        <source>Time of use: valley price / flat price</source>
        <translation>分时电价：谷时电价与平时电价之比</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="238"/>
        <source>Transition cap on the metered heat bill, a multiple of the area bill (1 = refund if lower, no surcharge if higher; empty = no cap)</source>
        <translation>计量热费的过渡期上限，为按面积热费的倍数（1 = 低则退还、高不加收；空 = 无上限）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="239"/>
        <source>Trench length (supply and return pipe each)</source>
        <translation>管沟长度（供水、回水管各一根）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="240"/>
        <source>Usage category of the elevators (VDI 4707-1: mean travel time per day)</source>
        <translation>电梯使用类别（VDI 4707-1：日均运行时间）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="241"/>
        <source>Use rate of the installed lighting power [0-1]</source>
        <translation>照明安装功率的使用率 [0-1]</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="242"/>
        <source>Use rate of the plug-load power [0-1]</source>
        <translation>插座设备功率的使用率 [0-1]</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="243"/>
        <source>Variable-speed pumps</source>
        <translation>变频水泵</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="244"/>
        <source>Weekday of 1 January: as the program&apos;s reference year (Sunday), as the weather file&apos;s year, or given</source>
        <translation>1 月 1 日是星期几：按程序参考年（周日）、按气象文件年份或指定</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="245"/>
        <source>Weekly schedule given hour by hour (empty = the preset named by schedule)</source>
        <translation>逐时给出的周作息（空 = 按所选作息预设）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="246"/>
        <source>What PV output is credited against the building&apos;s energy</source>
        <translation>光伏发电量中抵扣建筑能耗的部分</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="247"/>
        <source>What it pays on: floor area, dwellings, a share of the investment, heat-pump kW, PV kWp, or tce saved a year</source>
        <translation>补贴计算依据：建筑面积、户数、投资比例、热泵 kW、光伏 kWp 或每年节约的 tce</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="248"/>
        <source>What makes the heat at the station or plant (unknown = the default of the city&apos;s province: Beijing gas, other northern provinces coal CHP)</source>
        <translation>换热站或热源厂的热源类型（未知 = 按城市所在省份的默认热源：北京为燃气，其他北方省份为燃煤热电联产）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="249"/>
        <source>What the measure does</source>
        <translation>措施类型</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="250"/>
        <source>Whether the building is cooled in summer</source>
        <translation>夏季是否供冷</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="251"/>
        <source>Who receives it: the owner or the ESCO</source>
        <translation>补贴领取方：业主或节能服务公司</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="252"/>
        <source>Whole-window thermal transmittance U_w</source>
        <translation>整窗传热系数 U_w</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="253"/>
        <source>Window-to-wall ratio of the back (north) facade</source>
        <translation>背立面（北）窗墙比</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="254"/>
        <source>Window-to-wall ratio of the east facade</source>
        <translation>东立面窗墙比</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="255"/>
        <source>Window-to-wall ratio of the front (south) facade</source>
        <translation>正立面（南）窗墙比</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="256"/>
        <source>Window-to-wall ratio of the west facade</source>
        <translation>西立面窗墙比</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="257"/>
        <source>Year laid</source>
        <translation>敷设年份</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="258"/>
        <source>Yearly loss of PV output (median of crystalline-silicon field data 0.5 %/a, Jordan &amp; Kurtz 2013, Prog. Photovolt. 21:12)</source>
        <translation>光伏发电量年衰减率（晶体硅组件实测中位数 0.5 %/a，Jordan &amp; Kurtz 2013，Prog. Photovolt. 21:12）</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="259"/>
        <source>Years of the economic analysis</source>
        <translation>经济分析年限</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="260"/>
        <source>season: heating only in the heating season, cooling only outside it; whenever_needed: both all year by the schedule (own units), both possible in one day; heating_in_season: network heat in the season, own cooling whenever needed</source>
        <translation>供暖季：仅在供暖季供暖、非供暖季供冷；按需：全年按作息供暖供冷（自有设备），同一天内均可；季内供暖：供暖季使用管网热，供冷按需</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="1"/>
        <source>Share of the floor area cooled when the cooling runs (dwellings cool a few rooms: part-space cooling; 1 = the whole floor)</source>
        <translation>供冷时实际供冷的建筑面积比例（住宅只在少数房间开空调：部分空间供冷；1 = 全部面积）</translation>
    </message>
    <message>
        <source>Fixed external shading (overhangs, fins) on the south windows: share of the solar gain let through, all hours (1 = none)</source>
        <translation>南向外窗的固定外遮阳（挑檐、遮阳板）：全天透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable external blinds on the south windows: share of the solar gain let through while deployed (1 = none)</source>
        <translation>南向外窗的活动外遮阳（外百叶）：启用时透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Device on the south windows</source>
        <translation>在南向外窗上设置遮阳装置</translation>
    </message>
    <message>
        <source>Fixed external shading on the east windows: share of the solar gain let through, all hours (1 = none)</source>
        <translation>东向外窗的固定外遮阳：全天透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable external blinds on the east windows: share of the solar gain let through while deployed (1 = none)</source>
        <translation>东向外窗的活动外遮阳（外百叶）：启用时透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Device on the east windows</source>
        <translation>在东向外窗上设置遮阳装置</translation>
    </message>
    <message>
        <source>Fixed external shading on the north windows: share of the solar gain let through, all hours (1 = none)</source>
        <translation>北向外窗的固定外遮阳：全天透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable external blinds on the north windows: share of the solar gain let through while deployed (1 = none)</source>
        <translation>北向外窗的活动外遮阳（外百叶）：启用时透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Device on the north windows</source>
        <translation>在北向外窗上设置遮阳装置</translation>
    </message>
    <message>
        <source>Fixed external shading on the west windows: share of the solar gain let through, all hours (1 = none)</source>
        <translation>西向外窗的固定外遮阳：全天透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable external blinds on the west windows: share of the solar gain let through while deployed (1 = none)</source>
        <translation>西向外窗的活动外遮阳（外百叶）：启用时透过的太阳得热比例（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Device on the west windows</source>
        <translation>在西向外窗上设置遮阳装置</translation>
    </message>
    <message>
        <source>Movable blinds are deployed while the sun on their facade exceeds this irradiance (ISO 13790:2008 clause 11.4.3: 300 W/m²)</source>
        <translation>立面太阳辐照度超过此值时启用活动外遮阳（ISO 13790:2008 第 11.4.3 条：300 W/m²）</translation>
    </message>
    <message>
        <source>Movable blinds: deployed while the sun on the facade exceeds this irradiance (ISO 13790:2008 clause 11.4.3: 300 W/m²)</source>
        <translation>活动外遮阳：立面太阳辐照度超过此值时启用（ISO 13790:2008 第 11.4.3 条：300 W/m²）</translation>
    </message>
    <message>
        <source>Fixed overhangs/fins (shade all hours) or movable external blinds (deployed only in strong sun)</source>
        <translation>固定挑檐/遮阳板（全天遮阳）或活动外百叶（仅在日照强时启用）</translation>
    </message>
    <message>
        <source>Share of the solar gain the device lets through while it shades (1 = none; default 0.6 fixed, 0.15 movable blinds)</source>
        <translation>遮阳装置遮阳时透过的太阳得热比例（1 = 无遮阳；默认固定装置 0.6，活动百叶 0.15）</translation>
    </message>
</context>
<context>
    <name>EnvelopePage</name>
    <message>
        <location filename="../pages/envelope_page.py" line="27"/>
        <source>new layer</source>
        <translation>新构造层</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="36"/>
        <source>U-value: (calculation not available yet)</source>
        <translation>传热系数：（暂无法计算）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="41"/>
        <source>U-value: cannot compute ({0})</source>
        <translation>传热系数：无法计算（{0}）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="43"/>
        <source>U-value of the floor construction: {0} {1} (the ground beneath is added by ISO 13370 in the assessment)</source>
        <translation>地面构造传热系数：{0} {1}（评估中按 ISO 13370 计入地基土壤）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="46"/>
        <source>U-value: {0} {1}</source>
        <translation>传热系数：{0} {1}</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="59"/>
        <source>Layers, outside to inside</source>
        <translation>构造层（由外到内）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="84"/>
        <source>(the given U-value overrides the layers)</source>
        <translation>（给定的传热系数优先于构造层）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="90"/>
        <source>Envelope</source>
        <translation>围护结构</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="95"/>
        <source>Walls</source>
        <translation>外墙</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="96"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="97"/>
        <source>Ground floor</source>
        <translation>地面</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="107"/>
        <source>Windows</source>
        <translation>外窗</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="114"/>
        <source>Ventilation</source>
        <translation>通风</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="118"/>
        <source>Bridges, mass, ventilation</source>
        <translation>热桥、热惰性、通风</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../pages/equipment_page.py" line="17"/>
        <source>Equipment and operation</source>
        <translation>设备与运行</translation>
    </message>
    <message>
        <location filename="../pages/equipment_page.py" line="20"/>
        <source>Heating, cooling, lighting, appliances, hot water</source>
        <translation>供暖末端、供冷、照明、设备、生活热水</translation>
    </message>
    <message>
        <location filename="../pages/equipment_page.py" line="23"/>
        <source>Operation and setpoints</source>
        <translation>运行与设定温度</translation>
    </message>
    <message>
        <location filename="../pages/equipment_page.py" line="25"/>
        <source>Existing rooftop PV</source>
        <translation>已有屋顶光伏</translation>
    </message>
    <message>
        <location filename="../pages/equipment_page.py" line="29"/>
        <location filename="../pages/equipment_page.py" line="51"/>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../export.py" line="37"/>
        <source>Heating need</source>
        <translation>供暖需求</translation>
    </message>
    <message>
        <location filename="../export.py" line="38"/>
        <source>Cooling need</source>
        <translation>供冷需求</translation>
    </message>
    <message>
        <location filename="../export.py" line="39"/>
        <source>Delivered energy</source>
        <translation>终端能耗</translation>
    </message>
    <message>
        <location filename="../export.py" line="40"/>
        <source>Standard coal</source>
        <translation>标准煤</translation>
    </message>
    <message>
        <location filename="../export.py" line="41"/>
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <location filename="../export.py" line="42"/>
        <source>Energy cost</source>
        <translation>能源费用</translation>
    </message>
    <message>
        <location filename="../export.py" line="44"/>
        <source>Totals</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../export.py" line="44"/>
        <source>Quantity</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../export.py" line="44"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../export.py" line="44"/>
        <source>Before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <location filename="../export.py" line="44"/>
        <source>After</source>
        <translation>改造后</translation>
    </message>
    <message>
        <location filename="../export.py" line="48"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../export.py" line="49"/>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../export.py" line="49"/>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location filename="../export.py" line="49"/>
        <source>Heating need before</source>
        <translation>改造前供暖需求</translation>
    </message>
    <message>
        <location filename="../export.py" line="50"/>
        <source>Heating need after</source>
        <translation>改造后供暖需求</translation>
    </message>
    <message>
        <location filename="../export.py" line="50"/>
        <source>Heating need per area before</source>
        <translation>改造前单位面积供暖需求</translation>
    </message>
    <message>
        <location filename="../export.py" line="51"/>
        <source>Heating need per area after</source>
        <translation>改造后单位面积供暖需求</translation>
    </message>
    <message>
        <location filename="../export.py" line="51"/>
        <source>Peak heating before</source>
        <translation>改造前供暖峰值负荷</translation>
    </message>
    <message>
        <location filename="../export.py" line="52"/>
        <source>Peak heating after</source>
        <translation>改造后供暖峰值负荷</translation>
    </message>
    <message>
        <location filename="../export.py" line="61"/>
        <location filename="../export.py" line="80"/>
        <source>Measures</source>
        <translation>节能措施</translation>
    </message>
    <message>
        <location filename="../export.py" line="62"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../export.py" line="62"/>
        <source>Saving alone</source>
        <translation>单项节能率</translation>
    </message>
    <message>
        <location filename="../export.py" line="62"/>
        <source>Sequential contribution</source>
        <translation>逐项贡献</translation>
    </message>
    <message>
        <location filename="../export.py" line="63"/>
        <location filename="../export.py" line="81"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../export.py" line="63"/>
        <location filename="../export.py" line="81"/>
        <source>Simple payback</source>
        <translation>静态回收期</translation>
    </message>
    <message>
        <location filename="../export.py" line="63"/>
        <location filename="../export.py" line="82"/>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location filename="../export.py" line="64"/>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location filename="../export.py" line="64"/>
        <source>Abatement cost</source>
        <translation>减排成本</translation>
    </message>
    <message>
        <location filename="../export.py" line="70"/>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <location filename="../export.py" line="71"/>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <location filename="../export.py" line="71"/>
        <source>Low case</source>
        <translation>低值情形</translation>
    </message>
    <message>
        <location filename="../export.py" line="71"/>
        <source>High case</source>
        <translation>高值情形</translation>
    </message>
    <message>
        <location filename="../export.py" line="71"/>
        <source>Saving rate, low</source>
        <translation>节能率（低值）</translation>
    </message>
    <message>
        <location filename="../export.py" line="72"/>
        <source>Saving rate, high</source>
        <translation>节能率（高值）</translation>
    </message>
    <message>
        <location filename="../export.py" line="72"/>
        <source>Payback, low</source>
        <translation>回收期（低值）</translation>
    </message>
    <message>
        <location filename="../export.py" line="73"/>
        <source>Payback, high</source>
        <translation>回收期（高值）</translation>
    </message>
    <message>
        <location filename="../export.py" line="73"/>
        <source>Verdict unchanged</source>
        <translation>结论不变</translation>
    </message>
    <message>
        <location filename="../export.py" line="79"/>
        <source>Variants</source>
        <translation>方案比选</translation>
    </message>
    <message>
        <location filename="../export.py" line="80"/>
        <source>Variant</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../export.py" line="80"/>
        <source>Saving rate</source>
        <translation>节能率</translation>
    </message>
    <message>
        <location filename="../export.py" line="80"/>
        <source>Meets the target</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <location filename="../export.py" line="82"/>
        <source>CO2 avoided per year</source>
        <translation>年减排 CO2</translation>
    </message>
    <message>
        <location filename="../export.py" line="83"/>
        <source>Project package</source>
        <translation>本项目方案</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Client</source>
        <translation>委托方</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（年-月-日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Own weather file (EPW)</source>
        <translation>自有气象文件（EPW）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Building name</source>
        <translation>建筑名称</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Variant name</source>
        <translation>备选方案名称</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Use</source>
        <translation>建筑用途</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Construction era</source>
        <translation>建造年代</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Lowest floor</source>
        <translation>底层地面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Thermal-bridge allowance ΔU</source>
        <translation>热桥附加 ΔU</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Thermal mass class</source>
        <translation>热惰性等级</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>Dwellings</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Length (front facade)</source>
        <translation>长度（正立面）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Depth</source>
        <translation>进深</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Storeys</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Storey height</source>
        <translation>层高</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Rotation from due south</source>
        <translation>偏离正南角度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Window-to-wall ratio, south</source>
        <translation>窗墙比（南）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Window-to-wall ratio, east</source>
        <translation>窗墙比（东）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Window-to-wall ratio, north</source>
        <translation>窗墙比（北）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Window-to-wall ratio, west</source>
        <translation>窗墙比（西）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <location filename="../labels.py" line="50"/>
        <location filename="../labels.py" line="51"/>
        <location filename="../labels.py" line="99"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Given U-value (overrides layers)</source>
        <translation>给定传热系数（优先于构造层）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Window U-value U_w</source>
        <translation>外窗传热系数 U_w</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Solar absorptance</source>
        <translation>太阳辐射吸收系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Thickness</source>
        <translation>厚度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Conductivity λ</source>
        <translation>导热系数 λ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Specific heat</source>
        <translation>比热容</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Solar heat gain coefficient</source>
        <translation>太阳得热系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Frame fraction</source>
        <translation>窗框比</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Shading factor (1 = none)</source>
        <translation>遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Infiltration</source>
        <translation>渗透换气次数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Mechanical ventilation</source>
        <translation>机械通风换气次数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Heat recovery efficiency</source>
        <translation>热回收效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Window airing</source>
        <translation>开窗通风换气次数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Heating setpoint</source>
        <translation>供暖设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Cooling setpoint</source>
        <translation>供冷设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Setback setpoint</source>
        <translation>值班设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Schedule</source>
        <translation>作息</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Heating season start (MM-DD)</source>
        <translation>供暖季开始（月-日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Heating season end (MM-DD)</source>
        <translation>供暖季结束（月-日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Overheating without room control</source>
        <translation>无室温调控时的过热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Internal gains</source>
        <translation>内部得热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Cooled in summer</source>
        <translation>夏季供冷</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Night setback (room control)</source>
        <translation>夜间降温（室温调控）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Weekday of 1 January</source>
        <translation>1 月 1 日为星期几</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Lighting use saved by control</source>
        <translation>控制节省的照明使用率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82"/>
        <source>New cooling unit</source>
        <translation>新冷源设备</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Shading device</source>
        <translation>遮阳装置</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84"/>
        <source>Seasonal COP</source>
        <translation>季节性能系数 COP</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Travel power saved</source>
        <translation>运行功率节省比例</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>Standby power after retrofit</source>
        <translation>改造后待机功率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>Elevators</source>
        <translation>电梯数量</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Elevator usage category (VDI 4707)</source>
        <translation>电梯使用类别（VDI 4707）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>Elevator power while travelling</source>
        <translation>电梯运行平均功率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>Elevator standby power</source>
        <translation>电梯待机功率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>Holidays and closures (MM-DD or MM-DD..MM-DD, comma-separated)</source>
        <translation>节假日与停用日（MM-DD 或 MM-DD..MM-DD，逗号分隔）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92"/>
        <source>Convective share of internal gains</source>
        <translation>内部得热的对流份额</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>Heating and cooling available</source>
        <translation>供暖与供冷的运行时段</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94"/>
        <source>Air density of the air change</source>
        <translation>换气计算的空气密度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Fan power per air flow</source>
        <translation>单位风量耗功率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96"/>
        <source>Collector area per roof area</source>
        <translation>集热器面积与屋面面积之比</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>Partition area per floor area</source>
        <translation>隔墙面积与建筑面积之比</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>Monday-Friday (24 hourly values)</source>
        <translation>周一至周五（24 个逐时值）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>Saturday (24 hourly values)</source>
        <translation>周六（24 个逐时值）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Sunday and holidays (24 hourly values)</source>
        <translation>周日及节假日（24 个逐时值）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Heat emitters</source>
        <translation>末端散热设备</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Design supply temperature</source>
        <translation>设计供水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106"/>
        <source>Design return temperature</source>
        <translation>设计回水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Radiator circuit</source>
        <translation>散热器系统形式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108"/>
        <source>Emitter output at ΔT 50 K per floor area</source>
        <translation>散热器标准散热量（ΔT 50 K，每平方米建筑面积）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Cooling system</source>
        <translation>供冷系统</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Cooling SEER</source>
        <translation>供冷季节能效比 SEER</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Lighting power density</source>
        <translation>照明功率密度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Appliance power</source>
        <translation>设备功率密度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="113"/>
        <source>Hot water demand</source>
        <translation>生活热水需热量</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114"/>
        <source>Hot water energy carrier</source>
        <translation>生活热水能源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="115"/>
        <source>Hot water system efficiency</source>
        <translation>生活热水系统效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117"/>
        <source>Roof coverage</source>
        <translation>屋面覆盖率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118"/>
        <source>Module tilt</source>
        <translation>组件倾角</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119"/>
        <source>Module azimuth (180 = south)</source>
        <translation>组件方位角（180 = 正南）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="120"/>
        <source>Module product</source>
        <translation>组件型号</translation>
    </message>
    <message>
        <location filename="../labels.py" line="121"/>
        <source>System losses</source>
        <translation>系统损失</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122"/>
        <source>Inverter efficiency</source>
        <translation>逆变器效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124"/>
        <source>Heat source</source>
        <translation>热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125"/>
        <source>Seasonal efficiency</source>
        <translation>季节效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Heat pump product</source>
        <translation>热泵产品</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Carnot efficiency η_C</source>
        <translation>卡诺效率 η_C</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>Heating capacity (empty = sized)</source>
        <translation>制热量（空 = 按负荷选型）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="129"/>
        <source>Back-up heater</source>
        <translation>辅助热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="130"/>
        <source>Back-up efficiency</source>
        <translation>辅助热源效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="131"/>
        <source>DN</source>
        <translation>公称直径 DN</translation>
    </message>
    <message>
        <location filename="../labels.py" line="132"/>
        <source>Laying</source>
        <translation>敷设方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="133"/>
        <source>Insulation thickness</source>
        <translation>保温层厚度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134"/>
        <source>Insulation conductivity</source>
        <translation>保温材料导热系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="135"/>
        <source>Depth of axis</source>
        <translation>管中心埋深</translation>
    </message>
    <message>
        <location filename="../labels.py" line="136"/>
        <source>Year laid</source>
        <translation>敷设年份</translation>
    </message>
    <message>
        <location filename="../labels.py" line="137"/>
        <source>Assumed loss share (no pipes listed)</source>
        <translation>假定损失率（未列管段时）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="138"/>
        <source>Supply temperature control</source>
        <translation>供水温度调节</translation>
    </message>
    <message>
        <location filename="../labels.py" line="139"/>
        <source>Pump head</source>
        <translation>水泵扬程</translation>
    </message>
    <message>
        <location filename="../labels.py" line="140"/>
        <source>Pump efficiency</source>
        <translation>水泵效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="141"/>
        <source>Variable-speed pumps</source>
        <translation>变频水泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="142"/>
        <source>Hydraulically balanced</source>
        <translation>已水力平衡</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143"/>
        <source>Substation efficiency</source>
        <translation>换热站效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="144"/>
        <source>Pump design flow as installed</source>
        <translation>循环泵设计流量（现状）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145"/>
        <source>Building leaving the network</source>
        <translation>脱离管网的建筑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="146"/>
        <source>Own heat source</source>
        <translation>自建热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147"/>
        <source>Occupant response to metering</source>
        <translation>用户对计量收费的响应</translation>
    </message>
    <message>
        <location filename="../labels.py" line="148"/>
        <source>Convert single-pipe loops</source>
        <translation>单管系统改造</translation>
    </message>
    <message>
        <location filename="../labels.py" line="149"/>
        <source>Building number (1 = first)</source>
        <translation>建筑序号（1 = 第一栋）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="150"/>
        <source>Make-up water per year</source>
        <translation>年补水量</translation>
    </message>
    <message>
        <location filename="../labels.py" line="151"/>
        <source>Make-up water temperature</source>
        <translation>补水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="152"/>
        <source>Network loss share in 2020 (reference)</source>
        <translation>2020年管网热损失率（基准）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="153"/>
        <source>Heat source of the network</source>
        <translation>管网热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="154"/>
        <source>Coal per GJ of heat (empty = from the source)</source>
        <translation>供热煤耗（空 = 按热源）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="155"/>
        <source>Heat billing</source>
        <translation>热费计收方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="156"/>
        <source>Room control (thermostatic valves)</source>
        <translation>室温调控（恒温阀）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="157"/>
        <source>Heat meters installed</source>
        <translation>已安装热计量表</translation>
    </message>
    <message>
        <location filename="../labels.py" line="159"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../labels.py" line="160"/>
        <source>In the package</source>
        <translation>纳入改造方案</translation>
    </message>
    <message>
        <location filename="../labels.py" line="161"/>
        <source>Name in results</source>
        <translation>结果中的名称</translation>
    </message>
    <message>
        <location filename="../labels.py" line="162"/>
        <source>Investment (empty = cost data)</source>
        <translation>投资（空 = 造价数据）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="163"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../labels.py" line="164"/>
        <source>Service life (empty = cost data)</source>
        <translation>使用寿命（空 = 造价数据）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="165"/>
        <source>Sizing factor</source>
        <translation>选型系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="166"/>
        <source>Heat pump type</source>
        <translation>热泵类型</translation>
    </message>
    <message>
        <location filename="../labels.py" line="167"/>
        <source>New window U-value</source>
        <translation>新外窗传热系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="169"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="170"/>
        <source>Energy price escalation</source>
        <translation>能源价格年增长率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="171"/>
        <source>Analysis period (years)</source>
        <translation>分析期（年）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="172"/>
        <source>Value saved energy at</source>
        <translation>节能量计价方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="173"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="174"/>
        <source>Natural gas price</source>
        <translation>天然气价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175"/>
        <source>Heat price (metered)</source>
        <translation>热价（按热量）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="176"/>
        <source>Heat price (per area)</source>
        <translation>热价（按面积）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="177"/>
        <source>Fixed share of heat bill</source>
        <translation>热费固定部分比例</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178"/>
        <source>Coal price</source>
        <translation>煤价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="179"/>
        <source>Oil price</source>
        <translation>燃油价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="180"/>
        <source>LPG price</source>
        <translation>液化石油气价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="181"/>
        <source>PV export price</source>
        <translation>光伏上网电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="182"/>
        <source>Standard coal of electricity</source>
        <translation>电力折标煤方法</translation>
    </message>
    <message>
        <location filename="../labels.py" line="183"/>
        <source>Power-supply coal (empty = dataset)</source>
        <translation>供电煤耗（空 = 数据集）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="184"/>
        <source>Grid region</source>
        <translation>电网区域</translation>
    </message>
    <message>
        <location filename="../labels.py" line="185"/>
        <source>Grid CO₂ factor (empty = dataset)</source>
        <translation>电网 CO₂ 排放因子（空 = 数据集）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="186"/>
        <source>Target basis</source>
        <translation>目标考核口径</translation>
    </message>
    <message>
        <location filename="../labels.py" line="187"/>
        <source>Factor year (0 = latest)</source>
        <translation>因子年份（0 = 最新）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="188"/>
        <source>PV credit</source>
        <translation>光伏抵扣方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="190"/>
        <source>Heat bill cap (× area bill, empty = none)</source>
        <translation>热费上限（按面积热费的倍数，空 = 无）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="191"/>
        <source>Metered heat price</source>
        <translation>计量热价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="192"/>
        <source>Heat production cost (heating company)</source>
        <translation>供热生产成本（供热企业）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="193"/>
        <source>Carbon price</source>
        <translation>碳价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="194"/>
        <source>Electricity tariff</source>
        <translation>电价方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="195"/>
        <source>Heat-pump electricity price (empty = as other use)</source>
        <translation>热泵采暖电价（空 = 同其他用电）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="196"/>
        <source>PV output loss per year</source>
        <translation>光伏年衰减率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="197"/>
        <source>Loan share of the investment</source>
        <translation>贷款占投资比例</translation>
    </message>
    <message>
        <location filename="../labels.py" line="198"/>
        <source>Loan interest rate</source>
        <translation>贷款利率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="199"/>
        <source>Loan term (years)</source>
        <translation>贷款期限（年）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="200"/>
        <source>Subsidy scheme</source>
        <translation>补贴项目</translation>
    </message>
    <message>
        <location filename="../labels.py" line="201"/>
        <source>Paid on</source>
        <translation>补贴依据</translation>
    </message>
    <message>
        <location filename="../labels.py" line="202"/>
        <source>Rate</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../labels.py" line="203"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../labels.py" line="204"/>
        <source>Paid to</source>
        <translation>补贴对象</translation>
    </message>
    <message>
        <location filename="../labels.py" line="205"/>
        <source>Tier 1 up to (per household and month)</source>
        <translation>第一档上限（每户每月）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="206"/>
        <source>Tier 2 up to (per household and month)</source>
        <translation>第二档上限（每户每月）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="207"/>
        <source>Tier 2 surcharge</source>
        <translation>第二档加价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="208"/>
        <source>Tier 3 surcharge</source>
        <translation>第三档加价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="209"/>
        <source>Peak price / flat price</source>
        <translation>峰时电价 / 平时电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="210"/>
        <source>Valley price / flat price</source>
        <translation>谷时电价 / 平时电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="211"/>
        <source>Peak hours (e.g. 8-11,17-21)</source>
        <translation>峰时段（如 8-11,17-21）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="212"/>
        <source>Valley hours (e.g. 23-7)</source>
        <translation>谷时段（如 23-7）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="213"/>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <location filename="../labels.py" line="214"/>
        <source>Contract term (years)</source>
        <translation>合同期（年）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="215"/>
        <source>ESCO share of savings</source>
        <translation>节能服务公司分享比例</translation>
    </message>
    <message>
        <location filename="../labels.py" line="216"/>
        <source>Guaranteed saving (share of expected)</source>
        <translation>保证节能量（占预期的比例）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="217"/>
        <source>ESCO fee (share of guaranteed saving)</source>
        <translation>服务费（占保证节能效益的比例）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="218"/>
        <source>Client&apos;s discount on its energy cost</source>
        <translation>委托方能源费用折让</translation>
    </message>
    <message>
        <location filename="../labels.py" line="1"/>
        <source>Cooled share of the floor</source>
        <translation>供冷面积比例</translation>
    </message>
    <message>
        <source>Fixed shading, south windows (1 = none)</source>
        <translation>南向固定外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Fixed shading, east windows (1 = none)</source>
        <translation>东向固定外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Fixed shading, north windows (1 = none)</source>
        <translation>北向固定外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Fixed shading, west windows (1 = none)</source>
        <translation>西向固定外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable blinds, south windows (1 = none)</source>
        <translation>南向活动外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable blinds, east windows (1 = none)</source>
        <translation>东向活动外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable blinds, north windows (1 = none)</source>
        <translation>北向活动外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable blinds, west windows (1 = none)</source>
        <translation>西向活动外遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <source>Movable blinds deployed above</source>
        <translation>活动外遮阳启用辐照度</translation>
    </message>
    <message>
        <source>On the south windows</source>
        <translation>南向外窗设置</translation>
    </message>
    <message>
        <source>On the east windows</source>
        <translation>东向外窗设置</translation>
    </message>
    <message>
        <source>On the north windows</source>
        <translation>北向外窗设置</translation>
    </message>
    <message>
        <source>On the west windows</source>
        <translation>西向外窗设置</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../tables.py" line="171"/>
        <location filename="../editors.py" line="276"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
    <message>
        <location filename="../editors.py" line="303"/>
        <location filename="../editors.py" line="306"/>
        <source>&apos;{0}&apos; is not a whole number</source>
        <translation>“{0}”不是整数</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <location filename="../field_help.py" line="278"/>
        <source>Unit: {0}</source>
        <translation>单位：{0}</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="282"/>
        <source>Allowed: {0}</source>
        <translation>允许范围：{0}</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="284"/>
        <source>May be left empty.</source>
        <translation>可以留空。</translation>
    </message>
    <message>
        <location filename="../field_help.py" line="286"/>
        <source>Source: the archetype of the building&apos;s use and era (typical value); type it again to confirm it.</source>
        <translation>来源：按建筑用途和建造年代取自典型建筑（典型值）；重新输入即确认。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../help.py" line="23"/>
        <source>User manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <location filename="../help.py" line="57"/>
        <source>Put the cursor in a field and press F1 to see what it means, its unit and where its value comes from. Help ▸ User manual explains the program.</source>
        <translation>将光标置于字段中并按 F1，即可查看其含义、单位和数值来源。“帮助 ▸ 使用手册”介绍程序的用法。</translation>
    </message>
    <message>
        <location filename="../help.py" line="76"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../help.py" line="77"/>
        <source>&lt;b&gt;Building Retrofit Calculator&lt;/b&gt; {0}&lt;br&gt;Assesses renovation packages of existing buildings against the saving targets of the State Council&apos;s 2024–2025 energy-saving and carbon-reduction action plan (residential 30 %, public 20 %): heating and cooling needs, heat supply, standard coal, CO₂, economics and a PDF report.&lt;br&gt;Methods and data sources are listed in the report.</source>
        <translation>&lt;b&gt;建筑节能改造计算器&lt;/b&gt; {0}&lt;br&gt;按照国务院《2024—2025年节能降碳行动方案》的节能目标（居住建筑 30 %，公共建筑 20 %）评估既有建筑的改造方案：供暖与供冷需求、供热系统、标准煤、CO₂、经济性，并生成 PDF 报告。&lt;br&gt;计算方法与数据来源列于报告中。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="361"/>
        <location filename="../app.py" line="47"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="121"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="121"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="121"/>
        <source>Envelope</source>
        <translation>围护结构</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="121"/>
        <source>Heating supply</source>
        <translation>供热系统</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="121"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="122"/>
        <source>Measures</source>
        <translation>节能措施</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="122"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="122"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="126"/>
        <source>Meters and savings</source>
        <translation>计量与节能量</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="219"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="221"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="222"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="223"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="224"/>
        <source>&amp;New from archetype…</source>
        <translation>从典型建筑新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="225"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="226"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="227"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="228"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="229"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="230"/>
        <source>Export &amp;results</source>
        <translation>导出结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="231"/>
        <source>Results &amp;JSON…</source>
        <translation>结果 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="232"/>
        <source>Tables as &amp;XLSX…</source>
        <translation>表格 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="233"/>
        <source>Tables as &amp;CSV…</source>
        <translation>表格 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="234"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="235"/>
        <source>&amp;Recalculate</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="236"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="237"/>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="238"/>
        <source>Help on this &amp;field</source>
        <translation>当前字段的帮助(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="239"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="248"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="264"/>
        <location filename="../mainwindow.py" line="481"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="265"/>
        <source>Building Retrofit Calculator</source>
        <translation>建筑节能改造计算器</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="304"/>
        <source>1 field invalid</source>
        <translation>1 个字段无效</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="305"/>
        <source>{0} fields invalid</source>
        <translation>{0} 个字段无效</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="310"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="312"/>
        <source>Calculation failed; results shown are stale: {0}</source>
        <translation>计算失败，显示的是过时结果：{0}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="314"/>
        <source>Results up to date</source>
        <translation>结果已是最新</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="325"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="354"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="355"/>
        <source>Project files (*.json);;All files (*)</source>
        <translation>项目文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="374"/>
        <source>Invalid fields</source>
        <translation>字段无效</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="375"/>
        <source>1 field is invalid — save anyway? The file keeps its last valid value.</source>
        <translation>有 1 个字段无效——仍要保存吗？文件中保留该字段上一个有效值。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="377"/>
        <source>{0} fields are invalid — save anyway? The file keeps their last valid values.</source>
        <translation>有 {0} 个字段无效——仍要保存吗？文件中保留这些字段上一个有效值。</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="389"/>
        <location filename="../mainwindow.py" line="410"/>
        <source>Cannot export the results</source>
        <translation>无法导出结果</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="392"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="393"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="397"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="413"/>
        <source>Results written to {0}</source>
        <translation>结果已写入 {0}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="441"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="442"/>
        <source>Project files (*.json)</source>
        <translation>项目文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="453"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="460"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="469"/>
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="479"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="480"/>
        <source>The program did not close normally. Restore the unsaved changes of {0}?</source>
        <translation>程序上次未正常关闭。是否恢复 {0} 的未保存修改？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="489"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1"/>
        <source>Open building &amp;stock results…</source>
        <translation>打开建筑群评估结果(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1"/>
        <source>Open the output folder of a stock run</source>
        <translation>打开建筑群评估的输出文件夹</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1"/>
        <source>Cannot open the stock results</source>
        <translation>无法打开建筑群评估结果</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1"/>
        <source>{folder} holds no stock results: {error}</source>
        <translation>{folder} 中没有建筑群评估结果：{error}</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>cost data: {0}</source>
        <translation>按造价数据：{0}</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="39"/>
        <source>Measures</source>
        <translation>节能措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="47"/>
        <source>Package (tick to include)</source>
        <translation>改造方案（勾选纳入）</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="53"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="59"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="60"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="61"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="70"/>
        <source>Selected measure</source>
        <translation>所选措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="110"/>
        <source>Switch measure</source>
        <translation>切换措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="136"/>
        <source>No measures. Pick a kind and press Add.</source>
        <translation>尚无措施。请选择类型后点击“添加”。</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="151"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="170"/>
        <source>Add measure</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="178"/>
        <source>Remove measure</source>
        <translation>删除措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="189"/>
        <source>Move measure</source>
        <translation>移动措施</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../labels.py" line="467"/>
        <source>must be {0} and {1}</source>
        <translation>应 {0} 且 {1}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="468"/>
        <source>must be {0}</source>
        <translation>应 {0}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="469"/>
        <source>must be one of {0}</source>
        <translation>应为以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="470"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../labels.py" line="471"/>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="472"/>
        <source>must be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../labels.py" line="474"/>
        <source>must be below the design supply temperature</source>
        <translation>应低于设计供水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="475"/>
        <source>must be above the heating setpoint</source>
        <translation>应高于供暖设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="476"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>应为日期 年-月-日</translation>
    </message>
    <message>
        <location filename="../labels.py" line="477"/>
        <source>must be a date MM-DD, e.g. 11-15</source>
        <translation>应为日期 月-日，例如 11-15</translation>
    </message>
    <message>
        <location filename="../labels.py" line="478"/>
        <source>building names must be unique</source>
        <translation>建筑名称不能重复</translation>
    </message>
    <message>
        <location filename="../labels.py" line="480"/>
        <source>window area must be smaller than the wall area (ratio ≤ 0.95)</source>
        <translation>窗面积应小于墙面积（窗墙比 ≤ 0.95）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="482"/>
        <source>give either a U-value or at least one layer</source>
        <translation>请给出传热系数或至少一个构造层</translation>
    </message>
    <message>
        <location filename="../labels.py" line="484"/>
        <source>&apos;{0}&apos; is not a number with a unit; expected e.g. &apos;{1}&apos;</source>
        <translation>“{0}”不是带单位的数值；应如“{1}”</translation>
    </message>
    <message>
        <location filename="../labels.py" line="486"/>
        <source>&apos;{0}&apos; has the wrong kind of unit; expected a value in {1}, got {2}</source>
        <translation>“{0}”的单位类型不对；应为 {1}，输入的是 {2}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="488"/>
        <source>unknown unit &apos;{0}&apos; in &apos;{1}&apos;; expected {2}</source>
        <translation>“{1}”中的单位“{0}”无法识别；应为 {2}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="489"/>
        <source>empty; expected a value in {0}</source>
        <translation>为空；请输入以 {0} 为单位的数值</translation>
    </message>
    <message>
        <location filename="../labels.py" line="490"/>
        <source>unknown city; known: {0}</source>
        <translation>未知城市；可选：{0}</translation>
    </message>
</context>
<context>
    <name>MetersPage</name>
    <message>
        <source>does not meet the {0} criteria ({1})</source>
        <translation>不满足{0}判据（{1}）</translation>
    </message>
    <message>
        <source>meets the {0} criteria ({1})</source>
        <translation>满足{0}判据（{1}）</translation>
    </message>
    <message>
        <source>interval-data (hourly)</source>
        <translation>逐时（短周期）数据</translation>
    </message>
    <message>
        <source>monthly-data</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>Guideline 14</source>
        <translation>Guideline 14 判定</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="66"/>
        <source>Over-heating above the setpoint</source>
        <translation>高于设定温度的过热</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="66"/>
        <source>Infiltration</source>
        <translation>渗透换气次数</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="67"/>
        <source>Internal gains</source>
        <translation>内部得热</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="67"/>
        <source>Network loss share</source>
        <translation>管网损失率</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="68"/>
        <source>Heat-pump Carnot efficiency</source>
        <translation>热泵卡诺效率</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="84"/>
        <location filename="../pages/meters_page.py" line="97"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="85"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="102"/>
        <source>Meters and savings</source>
        <translation>计量与节能量</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="119"/>
        <source>Calibration to meter readings (ASHRAE Guideline 14)</source>
        <translation>按计量读数校准（ASHRAE Guideline 14）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="122"/>
        <location filename="../pages/meters_page.py" line="244"/>
        <source>Meter readings (*.csv *.xlsx)</source>
        <translation>计量读数文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="123"/>
        <source>Meter readings</source>
        <translation>计量读数</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="124"/>
        <source>Weather of the metered period</source>
        <translation>计量期气象</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="125"/>
        <source>Weather or daily temperatures (*.epw *.epw.gz *.csv)</source>
        <translation>气象文件或日平均气温 (*.epw *.epw.gz *.csv)</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="127"/>
        <source>at the heating station (network losses included)</source>
        <translation>在热源/热力站（含管网损失）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="128"/>
        <source>at the building (substation input)</source>
        <translation>在建筑热力入口（换热站输入）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="129"/>
        <source>Meter file:</source>
        <translation>计量文件：</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="130"/>
        <source>Weather (optional):</source>
        <translation>气象（可选）：</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="131"/>
        <source>District heat metered:</source>
        <translation>热量计量位置：</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="134"/>
        <source>Calibrate</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="136"/>
        <source>Use the calibrated project</source>
        <translation>采用校准后的项目</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="143"/>
        <source>Choose a meter file: one row per reading with period_start, period_end, carrier, quantity and unit.</source>
        <translation>选择计量文件：每个读数一行，列为 period_start、period_end、carrier、quantity 和 unit。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="147"/>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="147"/>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="147"/>
        <source>CV(RMSE) before</source>
        <translation>校准前 CV(RMSE)</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="147"/>
        <source>CV(RMSE) after</source>
        <translation>校准后 CV(RMSE)</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="148"/>
        <source>NMBE before</source>
        <translation>校准前 NMBE</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="148"/>
        <source>NMBE after</source>
        <translation>校准后 NMBE</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="148"/>
        <source>Guideline 14 (monthly)</source>
        <translation>Guideline 14（按月）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="149"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="149"/>
        <source>Entered</source>
        <translation>输入值</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="149"/>
        <source>Calibrated</source>
        <translation>校准值</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="149"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="149"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="160"/>
        <source>no meter file chosen</source>
        <translation>未选择计量文件</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="167"/>
        <source>Calibrating…</source>
        <translation>正在校准…</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="177"/>
        <source>meets</source>
        <translation>满足</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="177"/>
        <source>does not meet</source>
        <translation>不满足</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="177"/>
        <source>not applicable (too few readings)</source>
        <translation>不适用（读数过少）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="187"/>
        <source>held: {0}</source>
        <translation>保持不变：{0}</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="189"/>
        <source>on its {0} bound</source>
        <translation>位于{0}限</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="191"/>
        <source>fitted</source>
        <translation>已拟合</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="200"/>
        <source>Not identifiable: {0} trade off; only their joint effect is calibrated.</source>
        <translation>不可辨识：{0} 相互替代；只校准了它们的共同作用。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="202"/>
        <source>No weather of the metered period given: the typical year is used.</source>
        <translation>未提供计量期的实际气象：采用典型气象年。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="228"/>
        <source>the project changed since the calibration; calibrate again</source>
        <translation>校准之后项目已修改，请重新校准</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="234"/>
        <source>Calibrate to meter readings</source>
        <translation>按计量读数校准</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="236"/>
        <source>The calibrated project is in use; Undo returns to the project as entered.</source>
        <translation>已采用校准后的项目；“撤销”可回到原输入的项目。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="241"/>
        <source>Measured savings after the works (IPMVP Option C / GB/T 28750)</source>
        <translation>改造后实测节能量（IPMVP 选项 C / GB/T 28750）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="245"/>
        <source>Readings before the works</source>
        <translation>改造前读数</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="246"/>
        <source>Readings after the works</source>
        <translation>改造后读数</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="247"/>
        <source>Daily mean temperatures</source>
        <translation>日平均气温</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="247"/>
        <source>Daily temperatures (*.csv)</source>
        <translation>日平均气温文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="248"/>
        <source>Before the works:</source>
        <translation>改造前：</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="249"/>
        <source>After the works:</source>
        <translation>改造后：</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="250"/>
        <source>Daily temperatures:</source>
        <translation>日平均气温：</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="253"/>
        <source>Verify savings</source>
        <translation>核定节能量</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="255"/>
        <source>Record in the project notes</source>
        <translation>记入项目备注</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="262"/>
        <source>Choose the readings before and after the works and the measured daily mean temperatures of both periods.</source>
        <translation>选择改造前、后的计量读数，以及两个时期的实测日平均气温。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="270"/>
        <source>choose all three files</source>
        <translation>请选择全部三个文件</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="275"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="288"/>
        <source>Record measured savings</source>
        <translation>记录实测节能量</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="296"/>
        <source>Baseline model {0}: {1} readings, CV(RMSE) {2}, R² {3:.3f}</source>
        <translation>基准模型 {0}：{1} 个读数，CV(RMSE) {2}，R² {3:.3f}</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="299"/>
        <source>Heating: {0:.2f} kWh per K·day below {1:.1f} °C</source>
        <translation>供暖：低于 {1:.1f} °C 时每 K·d {0:.2f} kWh</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="301"/>
        <source>Cooling: {0:.2f} kWh per K·day above {1:.1f} °C</source>
        <translation>供冷：高于 {1:.1f} °C 时每 K·d {0:.2f} kWh</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="302"/>
        <source>Adjusted baseline {0:,.0f} kWh, after the works {1:,.0f} kWh: saved {2:,.0f} kWh ({3:.1f} %)</source>
        <translation>调整后基准能耗 {0:,.0f} kWh，改造后 {1:,.0f} kWh：节能量 {2:,.0f} kWh（{3:.1f} %）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="307"/>
        <source>Uncertainty at {0:.0f} %: not applicable (no saving)</source>
        <translation>置信度 {0:.0f} % 的不确定度：不适用（无节能量）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="310"/>
        <source>Uncertainty at {0:.0f} %: ±{1:.1f} % of the saving ({2:,.0f} – {3:,.0f} kWh)</source>
        <translation>置信度 {0:.0f} % 的不确定度：节能量的 ±{1:.1f} %（{2:,.0f} – {3:,.0f} kWh）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="313"/>
        <source>inside</source>
        <translation>在</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="313"/>
        <source>outside</source>
        <translation>不在</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="314"/>
        <source>Predicted by the assessment: {0:.1f} % ({1} the 90 % range of the measured saving)</source>
        <translation>评估预测：{0:.1f} %（{1}实测节能量的 90 % 区间）</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="320"/>
        <source>GB/T 51161-2016 consumption benchmark</source>
        <translation>对照《民用建筑能耗标准》GB/T 51161-2016</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="321"/>
        <source>There are no results yet.</source>
        <translation>尚无计算结果。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="331"/>
        <source>Not applicable: {0}</source>
        <translation>不适用：{0}</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="333"/>
        <source>at or below the guide value</source>
        <translation>不高于引导值</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="333"/>
        <source>above the guide value</source>
        <translation>高于引导值</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="334"/>
        <source>above the constraint value</source>
        <translation>超过约束值</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="336"/>
        <source>Non-heating energy of the baseline {0:.1f} kWh/(m²·a): constraint {1:.0f}, guide {2:.0f} ({3}, class {4}) — {5}.
Values: {6}; {7}.</source>
        <translation>基准状态非供暖能耗 {0:.1f} kWh/(m²·a)：约束值 {1:.0f}，引导值 {2:.0f}（{3}，{4} 类）— {5}。
取值：{6}；{7}。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="346"/>
        <source>Calibrated to {0} ({1} model runs).</source>
        <translation>已按 {0} 校准（模型计算 {1} 次）。</translation>
    </message>
    <message>
        <location filename="../pages/meters_page.py" line="356"/>
        <source>Could not compute: {0}</source>
        <translation>无法计算：{0}</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <location filename="../labels.py" line="223"/>
        <source>Northern residential retrofit reward, severe cold zone</source>
        <translation>北方既有居住建筑节能改造奖励（严寒地区）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="224"/>
        <source>Northern residential retrofit reward, cold zone</source>
        <translation>北方既有居住建筑节能改造奖励（寒冷地区）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="225"/>
        <source>Central reward for energy-performance contracts</source>
        <translation>合同能源管理中央财政奖励</translation>
    </message>
    <message>
        <location filename="../labels.py" line="226"/>
        <source>Beijing top-up for energy-performance contracts</source>
        <translation>北京市合同能源管理配套奖励</translation>
    </message>
    <message>
        <location filename="../labels.py" line="227"/>
        <source>Guangdong top-up for energy-performance contracts</source>
        <translation>广东省合同能源管理配套奖励</translation>
    </message>
    <message>
        <location filename="../labels.py" line="228"/>
        <source>As the reference year (Sunday)</source>
        <translation>按参考年（星期日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="229"/>
        <source>As the weather file&apos;s year</source>
        <translation>按气象文件的年份</translation>
    </message>
    <message>
        <location filename="../labels.py" line="230"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../labels.py" line="231"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../labels.py" line="232"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../labels.py" line="233"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../labels.py" line="234"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../labels.py" line="235"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../labels.py" line="236"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../labels.py" line="237"/>
        <source>In the heating season (network heat)</source>
        <translation>仅在供暖季（集中供热）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="238"/>
        <source>Whenever needed (own units)</source>
        <translation>按需随时（自有设备）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="239"/>
        <source>Heating in season, cooling whenever needed</source>
        <translation>供暖季内供暖，按需供冷</translation>
    </message>
    <message>
        <location filename="../labels.py" line="240"/>
        <source>Outdoor air each hour</source>
        <translation>逐时室外空气</translation>
    </message>
    <message>
        <location filename="../labels.py" line="241"/>
        <source>Standard air (1.2 kg/m³)</source>
        <translation>标准空气（1.2 kg/m³）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="242"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="243"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="244"/>
        <source>Residential</source>
        <translation>居住建筑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="245"/>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../labels.py" line="246"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../labels.py" line="247"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../labels.py" line="248"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../labels.py" line="249"/>
        <source>Retail</source>
        <translation>商场</translation>
    </message>
    <message>
        <location filename="../labels.py" line="250"/>
        <source>Other public</source>
        <translation>其他公共建筑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="251"/>
        <source>Before 1986</source>
        <translation>1986 年以前</translation>
    </message>
    <message>
        <location filename="../labels.py" line="252"/>
        <source>1986–1995</source>
        <translation>1986–1995 年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="253"/>
        <source>1996–2004</source>
        <translation>1996–2004 年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="254"/>
        <source>2005–2015</source>
        <translation>2005–2015 年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="255"/>
        <source>2016 and later</source>
        <translation>2016 年及以后</translation>
    </message>
    <message>
        <location filename="../labels.py" line="256"/>
        <source>Very light</source>
        <translation>很轻</translation>
    </message>
    <message>
        <location filename="../labels.py" line="257"/>
        <source>Light</source>
        <translation>轻</translation>
    </message>
    <message>
        <location filename="../labels.py" line="258"/>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../labels.py" line="259"/>
        <source>Heavy</source>
        <translation>重</translation>
    </message>
    <message>
        <location filename="../labels.py" line="260"/>
        <source>Very heavy</source>
        <translation>很重</translation>
    </message>
    <message>
        <location filename="../labels.py" line="261"/>
        <source>Slab on ground</source>
        <translation>地面（直接接地）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="262"/>
        <source>Unheated basement</source>
        <translation>非供暖地下室</translation>
    </message>
    <message>
        <location filename="../labels.py" line="263"/>
        <source>Heated basement</source>
        <translation>供暖地下室</translation>
    </message>
    <message>
        <location filename="../labels.py" line="264"/>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
    <message>
        <location filename="../labels.py" line="265"/>
        <source>Radiators</source>
        <translation>散热器</translation>
    </message>
    <message>
        <location filename="../labels.py" line="266"/>
        <source>Floor heating</source>
        <translation>地板辐射供暖</translation>
    </message>
    <message>
        <location filename="../labels.py" line="267"/>
        <source>Fan coils</source>
        <translation>风机盘管</translation>
    </message>
    <message>
        <location filename="../labels.py" line="268"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../labels.py" line="269"/>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../labels.py" line="270"/>
        <source>District heat</source>
        <translation>集中供热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="271"/>
        <source>Coal</source>
        <translation>煤</translation>
    </message>
    <message>
        <location filename="../labels.py" line="272"/>
        <source>Oil</source>
        <translation>燃油</translation>
    </message>
    <message>
        <location filename="../labels.py" line="273"/>
        <source>LPG</source>
        <translation>液化石油气</translation>
    </message>
    <message>
        <location filename="../labels.py" line="274"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../labels.py" line="275"/>
        <source>Shared savings</source>
        <translation>节能效益分享型</translation>
    </message>
    <message>
        <location filename="../labels.py" line="276"/>
        <source>Guaranteed savings</source>
        <translation>节能量保证型</translation>
    </message>
    <message>
        <location filename="../labels.py" line="277"/>
        <source>Energy-cost trusteeship</source>
        <translation>能源费用托管型</translation>
    </message>
    <message>
        <location filename="../labels.py" line="278"/>
        <source>As entered</source>
        <translation>按输入值</translation>
    </message>
    <message>
        <location filename="../labels.py" line="279"/>
        <source>One price</source>
        <translation>单一电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="280"/>
        <source>Per m² of floor (CNY)</source>
        <translation>按建筑面积（元/m²）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="281"/>
        <source>Per dwelling (CNY)</source>
        <translation>按户（元/户）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="282"/>
        <source>Share of the investment</source>
        <translation>按投资比例</translation>
    </message>
    <message>
        <location filename="../labels.py" line="283"/>
        <source>Per kW of heat pump (CNY)</source>
        <translation>按热泵容量（元/kW）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="284"/>
        <source>Per kWp of PV (CNY)</source>
        <translation>按光伏装机（元/kWp）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="285"/>
        <source>Per tce saved a year (CNY)</source>
        <translation>按年节能量（元/tce）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="286"/>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../labels.py" line="287"/>
        <source>ESCO</source>
        <translation>节能服务公司</translation>
    </message>
    <message>
        <location filename="../labels.py" line="288"/>
        <source>Tiered (per household)</source>
        <translation>阶梯电价（按户）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="289"/>
        <source>Time of use</source>
        <translation>峰谷分时电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="290"/>
        <source>Revenue-neutral</source>
        <translation>收入中性</translation>
    </message>
    <message>
        <location filename="../labels.py" line="291"/>
        <source>Split air conditioners</source>
        <translation>分体空调</translation>
    </message>
    <message>
        <location filename="../labels.py" line="292"/>
        <source>Chiller</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <location filename="../labels.py" line="293"/>
        <source>VRF</source>
        <translation>多联机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="294"/>
        <source>Mono PERC 550 W</source>
        <translation>单晶 PERC 550 W</translation>
    </message>
    <message>
        <location filename="../labels.py" line="295"/>
        <source>Mono TOPCon 580 W</source>
        <translation>单晶 TOPCon 580 W</translation>
    </message>
    <message>
        <location filename="../labels.py" line="296"/>
        <source>Poly 330 W</source>
        <translation>多晶 330 W</translation>
    </message>
    <message>
        <location filename="../labels.py" line="297"/>
        <source>District heating</source>
        <translation>集中供热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="298"/>
        <source>Gas boiler</source>
        <translation>燃气锅炉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="299"/>
        <source>Coal boiler</source>
        <translation>燃煤锅炉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="300"/>
        <source>Oil boiler</source>
        <translation>燃油锅炉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="301"/>
        <source>Direct electric</source>
        <translation>直接电供暖</translation>
    </message>
    <message>
        <location filename="../labels.py" line="302"/>
        <source>Air-source heat pump</source>
        <translation>空气源热泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="303"/>
        <source>Ground-source heat pump</source>
        <translation>地源热泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="304"/>
        <source>Buried</source>
        <translation>直埋</translation>
    </message>
    <message>
        <location filename="../labels.py" line="305"/>
        <source>In duct</source>
        <translation>管沟</translation>
    </message>
    <message>
        <location filename="../labels.py" line="306"/>
        <source>Above ground</source>
        <translation>架空</translation>
    </message>
    <message>
        <location filename="../labels.py" line="307"/>
        <source>Constant</source>
        <translation>定温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="308"/>
        <source>Weather-compensated</source>
        <translation>气候补偿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="309"/>
        <source>By floor area</source>
        <translation>按面积计费</translation>
    </message>
    <message>
        <location filename="../labels.py" line="310"/>
        <source>By metered consumption</source>
        <translation>按热量计量计费</translation>
    </message>
    <message>
        <location filename="../labels.py" line="311"/>
        <source>Energy prices</source>
        <translation>按能源价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="312"/>
        <source>Occupants&apos; bills</source>
        <translation>按用户账单</translation>
    </message>
    <message>
        <location filename="../labels.py" line="313"/>
        <source>Calorific equal value</source>
        <translation>当量值（电热当量法）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="314"/>
        <source>Power-supply coal consumption</source>
        <translation>供电煤耗法</translation>
    </message>
    <message>
        <location filename="../labels.py" line="315"/>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../labels.py" line="316"/>
        <source>North China</source>
        <translation>华北</translation>
    </message>
    <message>
        <location filename="../labels.py" line="317"/>
        <source>Northeast</source>
        <translation>东北</translation>
    </message>
    <message>
        <location filename="../labels.py" line="318"/>
        <source>East China</source>
        <translation>华东</translation>
    </message>
    <message>
        <location filename="../labels.py" line="319"/>
        <source>Central China</source>
        <translation>华中</translation>
    </message>
    <message>
        <location filename="../labels.py" line="320"/>
        <source>Northwest</source>
        <translation>西北</translation>
    </message>
    <message>
        <location filename="../labels.py" line="321"/>
        <source>South China</source>
        <translation>南方</translation>
    </message>
    <message>
        <location filename="../labels.py" line="322"/>
        <source>Southwest</source>
        <translation>西南</translation>
    </message>
    <message>
        <location filename="../labels.py" line="323"/>
        <source>By programme</source>
        <translation>按改造类型</translation>
    </message>
    <message>
        <location filename="../labels.py" line="324"/>
        <source>heat-value method (all CHP benefit to power)</source>
        <translation>热量法（热电联产收益全归电）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="325"/>
        <source>none (heat-only plant)</source>
        <translation>无（单供热）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="326"/>
        <source>none (recovered heat)</source>
        <translation>无（回收余热）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="327"/>
        <source>Unknown (default by city)</source>
        <translation>未知（按城市默认热源）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="328"/>
        <source>Coal CHP</source>
        <translation>燃煤热电联产</translation>
    </message>
    <message>
        <location filename="../labels.py" line="329"/>
        <source>Small coal boiler house</source>
        <translation>小型燃煤锅炉房</translation>
    </message>
    <message>
        <location filename="../labels.py" line="330"/>
        <source>Large coal boiler house</source>
        <translation>大型燃煤锅炉房</translation>
    </message>
    <message>
        <location filename="../labels.py" line="331"/>
        <source>Industrial waste heat</source>
        <translation>工业余热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="332"/>
        <source>Heat-pump station</source>
        <translation>热泵站</translation>
    </message>
    <message>
        <location filename="../labels.py" line="333"/>
        <source>Electric boiler</source>
        <translation>电锅炉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="334"/>
        <source>Total energy (tce)</source>
        <translation>总能耗（吨标煤）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="335"/>
        <source>Heating energy (tce)</source>
        <translation>供暖能耗（吨标煤）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="336"/>
        <source>Delivered energy (kWh)</source>
        <translation>终端能耗（kWh）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="337"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../labels.py" line="338"/>
        <source>Self-consumed share</source>
        <translation>自用部分</translation>
    </message>
    <message>
        <location filename="../labels.py" line="339"/>
        <source>All generation</source>
        <translation>全部发电量</translation>
    </message>
    <message>
        <location filename="../labels.py" line="340"/>
        <source>EPS</source>
        <translation>EPS</translation>
    </message>
    <message>
        <location filename="../labels.py" line="341"/>
        <source>XPS</source>
        <translation>XPS</translation>
    </message>
    <message>
        <location filename="../labels.py" line="342"/>
        <source>Rock wool</source>
        <translation>岩棉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="343"/>
        <source>Polyurethane</source>
        <translation>聚氨酯</translation>
    </message>
    <message>
        <location filename="../labels.py" line="344"/>
        <source>Phenolic foam</source>
        <translation>酚醛泡沫</translation>
    </message>
    <message>
        <location filename="../labels.py" line="345"/>
        <source>Aerogel</source>
        <translation>气凝胶</translation>
    </message>
    <message>
        <location filename="../labels.py" line="346"/>
        <source>Vacuum insulation panel</source>
        <translation>真空绝热板</translation>
    </message>
    <message>
        <location filename="../labels.py" line="348"/>
        <source>Wall insulation</source>
        <translation>外墙保温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="349"/>
        <source>Roof insulation</source>
        <translation>屋面保温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="350"/>
        <source>Floor insulation</source>
        <translation>地面保温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="351"/>
        <source>Window replacement</source>
        <translation>更换外窗</translation>
    </message>
    <message>
        <location filename="../labels.py" line="352"/>
        <source>Airtightness</source>
        <translation>提高气密性</translation>
    </message>
    <message>
        <location filename="../labels.py" line="353"/>
        <source>Heat pump</source>
        <translation>热泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="354"/>
        <source>Boiler renewal</source>
        <translation>锅炉更新</translation>
    </message>
    <message>
        <location filename="../labels.py" line="355"/>
        <source>Pipe renewal</source>
        <translation>管网改造</translation>
    </message>
    <message>
        <location filename="../labels.py" line="356"/>
        <source>Lower supply temperature</source>
        <translation>降低供水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="357"/>
        <source>Radiator replacement</source>
        <translation>散热器更换</translation>
    </message>
    <message>
        <location filename="../labels.py" line="358"/>
        <source>Leave the network (own plant)</source>
        <translation>脱网自建热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="359"/>
        <source>Two-pipe</source>
        <translation>双管系统</translation>
    </message>
    <message>
        <location filename="../labels.py" line="360"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../labels.py" line="361"/>
        <source>Middle</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../labels.py" line="362"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../labels.py" line="363"/>
        <source>Generic (Carnot model)</source>
        <translation>通用（卡诺效率模型）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="364"/>
        <source>Air-to-water, standard (max. 55 °C)</source>
        <translation>空气-水热泵，常规（最高55 °C）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="365"/>
        <source>Air-to-water, low-ambient GB/T 25127.2 (max. 55 °C)</source>
        <translation>低环境温度空气-水热泵 GB/T 25127.2（最高55 °C）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="366"/>
        <source>Room air-to-air split unit</source>
        <translation>房间空调器（空气-空气）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="367"/>
        <source>Brine-to-water ground source (max. 60 °C)</source>
        <translation>地源热泵（盐水-水，最高60 °C）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="368"/>
        <source>Vertical single-pipe loop</source>
        <translation>垂直单管顺流式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="369"/>
        <source>Hydraulic balancing</source>
        <translation>水力平衡</translation>
    </message>
    <message>
        <location filename="../labels.py" line="370"/>
        <source>Weather compensation</source>
        <translation>气候补偿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="371"/>
        <source>Variable-speed pumps</source>
        <translation>变频水泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="372"/>
        <source>Metering reform</source>
        <translation>供热计量改革</translation>
    </message>
    <message>
        <location filename="../labels.py" line="373"/>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="374"/>
        <source>LED lighting</source>
        <translation>LED 照明改造</translation>
    </message>
    <message>
        <location filename="../labels.py" line="375"/>
        <source>Indoor temperature control (public buildings)</source>
        <translation>室内温度控制（公共建筑）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="376"/>
        <source>Building automation / group control</source>
        <translation>楼宇自控与群控</translation>
    </message>
    <message>
        <location filename="../labels.py" line="377"/>
        <source>Chiller / VRF / split-unit replacement</source>
        <translation>冷水机组/多联机/分体空调更新</translation>
    </message>
    <message>
        <location filename="../labels.py" line="378"/>
        <source>External shading</source>
        <translation>外遮阳</translation>
    </message>
    <message>
        <location filename="../labels.py" line="379"/>
        <source>Cool roof</source>
        <translation>反射隔热屋面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="380"/>
        <source>Heat-pump water heater</source>
        <translation>热泵热水器</translation>
    </message>
    <message>
        <location filename="../labels.py" line="381"/>
        <source>Elevator modernisation</source>
        <translation>电梯节能改造</translation>
    </message>
    <message>
        <location filename="../labels.py" line="382"/>
        <source>Very low (0.2 h travel a day)</source>
        <translation>很低（每天运行 0.2 h）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="383"/>
        <source>Low (0.5 h travel a day)</source>
        <translation>低（每天运行 0.5 h）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="384"/>
        <source>High (3 h travel a day)</source>
        <translation>高（每天运行 3 h）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="385"/>
        <source>Very high (6 h travel a day)</source>
        <translation>很高（每天运行 6 h）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="386"/>
        <source>Fixed</source>
        <translation>固定式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="387"/>
        <source>Movable</source>
        <translation>活动式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="388"/>
        <source>Split AC, GB 21455-2019 grade 1</source>
        <translation>分体空调，GB 21455-2019 一级能效</translation>
    </message>
    <message>
        <location filename="../labels.py" line="389"/>
        <source>Split AC, GB 21455-2019 grade 3</source>
        <translation>分体空调，GB 21455-2019 三级能效</translation>
    </message>
    <message>
        <location filename="../labels.py" line="390"/>
        <source>VRF multi-split (current)</source>
        <translation>多联机（现行产品）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="391"/>
        <source>Water-cooled chiller plant (GB 55015-2021)</source>
        <translation>水冷冷水机组系统（GB 55015-2021）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="392"/>
        <source>Air-cooled heat-pump chiller</source>
        <translation>风冷热泵机组</translation>
    </message>
    <message>
        <location filename="../labels.py" line="394"/>
        <source>Heating</source>
        <translation>供暖</translation>
    </message>
    <message>
        <location filename="../labels.py" line="395"/>
        <source>Cooling</source>
        <translation>供冷</translation>
    </message>
    <message>
        <location filename="../labels.py" line="396"/>
        <source>Hot water</source>
        <translation>生活热水</translation>
    </message>
    <message>
        <location filename="../labels.py" line="397"/>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <location filename="../labels.py" line="398"/>
        <source>Appliances</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../labels.py" line="399"/>
        <source>Pumps</source>
        <translation>水泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="400"/>
        <source>Elevators</source>
        <translation>电梯</translation>
    </message>
    <message>
        <location filename="../labels.py" line="401"/>
        <source>Ventilation fans</source>
        <translation>通风风机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="402"/>
        <source>Mechanical ventilation with heat recovery</source>
        <translation>热回收新风系统</translation>
    </message>
    <message>
        <location filename="../labels.py" line="403"/>
        <source>Solar water heating</source>
        <translation>太阳能热水</translation>
    </message>
    <message>
        <location filename="../labels.py" line="404"/>
        <source>Walls</source>
        <translation>外墙</translation>
    </message>
    <message>
        <location filename="../labels.py" line="405"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="406"/>
        <source>Ground floor</source>
        <translation>地面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="407"/>
        <source>Windows</source>
        <translation>外窗</translation>
    </message>
    <message>
        <location filename="../labels.py" line="408"/>
        <source>Thermal bridges</source>
        <translation>热桥</translation>
    </message>
    <message>
        <location filename="../labels.py" line="409"/>
        <source>Ventilation</source>
        <translation>通风</translation>
    </message>
    <message>
        <location filename="../labels.py" line="410"/>
        <source>Solar</source>
        <translation>太阳得热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="411"/>
        <source>Internal</source>
        <translation>内部得热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="412"/>
        <source>Public</source>
        <translation>公共建筑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="1"/>
        <source>Residential, whole house cooled at all hours</source>
        <translation>居住建筑（全屋全天供冷）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../pages/project_page.py" line="39"/>
        <source>Severe cold</source>
        <translation>严寒地区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="40"/>
        <source>Cold</source>
        <translation>寒冷地区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="41"/>
        <source>Hot summer, cold winter</source>
        <translation>夏热冬冷地区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="42"/>
        <source>Hot summer, warm winter</source>
        <translation>夏热冬暖地区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="43"/>
        <source>Mild</source>
        <translation>温和地区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="49"/>
        <source>{0}, sub-zone {1}</source>
        <translation>{0}，{1} 区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="69"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="70"/>
        <source>Assessment</source>
        <translation>评估信息</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="90"/>
        <source>empty = the city&apos;s weather data</source>
        <translation>空 = 使用城市气象数据</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="91"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="102"/>
        <source>Climate zone</source>
        <translation>气候区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="103"/>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="110"/>
        <source>Economics</source>
        <translation>经济参数</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="111"/>
        <source>Energy prices</source>
        <translation>能源价格</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="112"/>
        <source>Energy-performance contract</source>
        <translation>合同能源管理</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="118"/>
        <location filename="../pages/project_page.py" line="155"/>
        <source>Subsidy schemes</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="125"/>
        <source>Standard coal and CO₂ accounting</source>
        <translation>标准煤与 CO₂ 核算</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="142"/>
        <source>Add from the library</source>
        <translation>从补贴库添加</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="159"/>
        <source>Weather file</source>
        <translation>气象文件</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="160"/>
        <source>EPW weather files (*.epw *.epw.gz);;All files (*)</source>
        <translation>EPW 气象文件 (*.epw *.epw.gz);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../pages/report_page.py" line="42"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="49"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="50"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="51"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="58"/>
        <source>Inputs appendix</source>
        <translation>输入参数附录</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="59"/>
        <source>Append every input of the project, defaults marked (for the file; leave out for a short client copy)</source>
        <translation>附上项目的全部输入参数并标出默认值（供存档；交给委托方的简本可不附）</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="66"/>
        <source>The report is built from the latest results.</source>
        <translation>报告根据最新结果生成。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="96"/>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="97"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="98"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="102"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="130"/>
        <source>of {0}</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="137"/>
        <source>the results are being recalculated; try again when the calculation is done</source>
        <translation>结果正在重新计算，请在计算完成后再试</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="139"/>
        <source>the last calculation failed: {0}</source>
        <translation>上一次计算失败：{0}</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="141"/>
        <source>there are no results yet</source>
        <translation>尚无计算结果</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="143"/>
        <source>the results are not those of the current project; recalculate (F5)</source>
        <translation>结果不属于当前项目，请重新计算（F5）</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="161"/>
        <source>The project changed: preview the report again to see the current results.</source>
        <translation>项目已更改：请重新预览报告以查看当前结果。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="198"/>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="208"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="208"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="220"/>
        <source>the project changed while the report was built; build it again</source>
        <translation>生成报告期间项目已更改，请重新生成</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="232"/>
        <source>Preview of the current results ({0} pages).</source>
        <translation>当前结果的预览（共 {0} 页）。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="234"/>
        <source>Report written to {0} ({1} pages).</source>
        <translation>报告已写入 {0}（共 {1} 页）。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="249"/>
        <source>The report could not be built: {0}</source>
        <translation>无法生成报告：{0}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../pages/results_page.py" line="58"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="64"/>
        <source>No results yet: the calculation is running or has not succeeded.</source>
        <translation>尚无结果：正在计算或计算未成功。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="96"/>
        <source>Target check</source>
        <translation>目标核验</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="99"/>
        <source>Verdict in detail</source>
        <translation>结论详情</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="101"/>
        <source>Quantity</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="101"/>
        <location filename="../pages/results_page.py" line="107"/>
        <source>Before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="101"/>
        <location filename="../pages/results_page.py" line="107"/>
        <source>After</source>
        <translation>改造后</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="102"/>
        <source>Energy, standard coal and CO₂ before and after</source>
        <translation>改造前后的能耗、标准煤与 CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="103"/>
        <location filename="../pages/results_page.py" line="107"/>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="103"/>
        <source>Delivered before</source>
        <translation>改造前终端能耗</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="103"/>
        <source>Delivered after</source>
        <translation>改造后终端能耗</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="104"/>
        <source>Standard coal before</source>
        <translation>改造前标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="104"/>
        <source>Standard coal after</source>
        <translation>改造后标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="105"/>
        <source>CO₂ before</source>
        <translation>改造前 CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="105"/>
        <source>CO₂ after</source>
        <translation>改造后 CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="106"/>
        <source>By energy carrier</source>
        <translation>按能源品种</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="107"/>
        <source>End use</source>
        <translation>用能分项</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="108"/>
        <source>By end use</source>
        <translation>按用能分项</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="116"/>
        <source>Monthly needs and losses</source>
        <translation>逐月负荷与热损失</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="118"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="118"/>
        <source>Saving alone</source>
        <translation>单项节能率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="1"/>
        <source>Saving alone, other method</source>
        <translation>单项节能率（另一折标方法）</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="1"/>
        <source>Saving alone, {0}</source>
        <translation>单项节能率，{0}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="118"/>
        <source>Sequential contribution</source>
        <translation>依次贡献</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="119"/>
        <location filename="../pages/results_page.py" line="323"/>
        <location filename="../pages/results_sections.py" line="124"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="119"/>
        <location filename="../pages/results_page.py" line="326"/>
        <location filename="../pages/results_sections.py" line="125"/>
        <source>Simple payback</source>
        <translation>静态回收期</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="119"/>
        <location filename="../pages/results_page.py" line="329"/>
        <location filename="../pages/results_sections.py" line="127"/>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="119"/>
        <location filename="../pages/results_page.py" line="330"/>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="120"/>
        <location filename="../pages/results_page.py" line="331"/>
        <source>Abatement cost</source>
        <translation>减排成本</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="121"/>
        <location filename="../pages/results_sections.py" line="122"/>
        <source>Measures</source>
        <translation>节能措施</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="128"/>
        <source>Economics of the package</source>
        <translation>改造方案经济性</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="133"/>
        <source>Heating network</source>
        <translation>供热管网</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="136"/>
        <source>Rooftop PV and renewables</source>
        <translation>屋顶光伏与可再生能源</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="140"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="173"/>
        <source>The calculation failed: {0}</source>
        <translation>计算失败：{0}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="175"/>
        <source>The calculation failed: {0}. The results below are from an earlier state of the project (stale).</source>
        <translation>计算失败：{0}。以下为项目先前状态的结果（已过时）。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="212"/>
        <location filename="../pages/results_sections.py" line="145"/>
        <source>NOT APPLICABLE</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="215"/>
        <location filename="../pages/results_sections.py" line="147"/>
        <source>PASS</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="215"/>
        <location filename="../pages/results_sections.py" line="148"/>
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="217"/>
        <source>Package saving rate {0} (target {1})</source>
        <translation>改造方案节能率 {0}（目标 {1}）</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="219"/>
        <source>Margin {0}</source>
        <translation>裕量 {0}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="221"/>
        <source>Basis: {0} — {1} building. All bases: {2}</source>
        <translation>考核口径：{0} — {1}。各口径：{2}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="227"/>
        <source>Delivered energy</source>
        <translation>终端能耗</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="228"/>
        <source>Standard coal</source>
        <translation>标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="229"/>
        <source>Standard coal, heating</source>
        <translation>供暖标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="230"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="231"/>
        <source>Heating need</source>
        <translation>供暖需热量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="232"/>
        <source>Cooling need</source>
        <translation>供冷需冷量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="233"/>
        <source>Energy cost</source>
        <translation>能源费用</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="381"/>
        <location filename="../pages/results_sections.py" line="50"/>
        <source>never</source>
        <translation>无法回收</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="324"/>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="325"/>
        <source>Annual energy cost saving</source>
        <translation>年节约能源费用</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="327"/>
        <source>Discounted payback</source>
        <translation>动态回收期</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="328"/>
        <source>not within the analysis period</source>
        <translation>分析期内无法回收</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="332"/>
        <source>Cost of saved energy</source>
        <translation>节能成本</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="344"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="347"/>
        <source>Loss share of heat sent out</source>
        <translation>管网热损失率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="348"/>
        <source>Heat sent out</source>
        <translation>供热量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="349"/>
        <source>Pipe losses</source>
        <translation>管网热损失</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="350"/>
        <source>Pump electricity</source>
        <translation>水泵耗电</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="358"/>
        <source>Peak power</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="359"/>
        <source>Annual generation</source>
        <translation>年发电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="360"/>
        <source>Specific yield</source>
        <translation>单位容量发电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="361"/>
        <source>Self-consumed</source>
        <translation>自用电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="362"/>
        <source>Exported</source>
        <translation>上网电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="363"/>
        <source>Roof coverage</source>
        <translation>屋面覆盖率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="366"/>
        <source>Renewable replacement rate</source>
        <translation>可再生能源替代率</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="55"/>
        <source>Energy prices</source>
        <translation>能源价格</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="56"/>
        <source>Investment costs</source>
        <translation>投资费用</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="57"/>
        <source>Grid CO₂ factor</source>
        <translation>电网 CO₂ 排放因子</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="58"/>
        <source>Heat-pump COP</source>
        <translation>热泵性能系数 COP</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="59"/>
        <source>Occupant behaviour (setpoint)</source>
        <translation>使用行为（设定温度）</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="60"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="81"/>
        <source>Sensitivity of the verdict</source>
        <translation>结论的敏感性</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="83"/>
        <source>Each input varied alone, the others as entered. A verdict that changes is shown in red.</source>
        <translation>每次只改变一项输入，其余保持录入值。结论发生变化的以红色显示。</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="88"/>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="88"/>
        <source>Low case</source>
        <translation>低值情形</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="89"/>
        <source>High case</source>
        <translation>高值情形</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="90"/>
        <source>Saving rate, low</source>
        <translation>节能率（低值）</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="91"/>
        <source>Saving rate, high</source>
        <translation>节能率（高值）</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="92"/>
        <source>Payback, low</source>
        <translation>回收期（低值）</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="93"/>
        <source>Payback, high</source>
        <translation>回收期（高值）</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="94"/>
        <source>Verdict unchanged</source>
        <translation>结论不变</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="110"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="111"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="119"/>
        <source>Variants side by side</source>
        <translation>方案比选</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="122"/>
        <source>Variant</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="123"/>
        <source>Saving rate</source>
        <translation>节能率</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="123"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="126"/>
        <source>CO₂ avoided per year</source>
        <translation>年减排 CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="140"/>
        <location filename="../pages/results_sections.py" line="157"/>
        <source>Project package</source>
        <translation>本项目方案</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="156"/>
        <source>Cheapest variant that meets the target: {0}.</source>
        <translation>达到目标且投资最低的方案：{0}。</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="159"/>
        <source>No variant meets the target.</source>
        <translation>没有方案达到目标。</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="166"/>
        <source>Per building</source>
        <translation>分栋结果</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="169"/>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="169"/>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="170"/>
        <source>Heating need before</source>
        <translation>改造前供暖需求</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="171"/>
        <source>Heating need after</source>
        <translation>改造后供暖需求</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="172"/>
        <source>Per m² before</source>
        <translation>改造前单位面积</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="172"/>
        <source>Per m² after</source>
        <translation>改造后单位面积</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="173"/>
        <source>Peak heating before</source>
        <translation>改造前供暖峰值负荷</translation>
    </message>
    <message>
        <location filename="../pages/results_sections.py" line="174"/>
        <source>Peak heating after</source>
        <translation>改造后供暖峰值负荷</translation>
    </message>
</context>
<context>
    <name>SupplyPage</name>
    <message>
        <location filename="../pages/supply_page.py" line="35"/>
        <location filename="../pages/supply_page.py" line="41"/>
        <source>Heat source</source>
        <translation>热源</translation>
    </message>
    <message>
        <location filename="../pages/supply_page.py" line="40"/>
        <source>Heating supply and network</source>
        <translation>供热系统与管网</translation>
    </message>
    <message>
        <location filename="../pages/supply_page.py" line="43"/>
        <source>Heat pump</source>
        <translation>热泵</translation>
    </message>
    <message>
        <location filename="../pages/supply_page.py" line="45"/>
        <source>Heating network</source>
        <translation>供热管网</translation>
    </message>
    <message>
        <location filename="../pages/supply_page.py" line="55"/>
        <source>Metering and charging</source>
        <translation>计量与收费</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>fraction 0–1 (6 % = 0.06)</source>
        <translation>比例 0–1（6 % = 0.06）</translation>
    </message>
    <message>
        <location filename="../format.py" line="43"/>
        <source>pp</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <location filename="../labels.py" line="418"/>
        <source>W/(m²·K)</source>
        <translation>W/(m²·K)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="419"/>
        <source>W/(m·K)</source>
        <translation>W/(m·K)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="420"/>
        <source>kg/m³</source>
        <translation>kg/m³</translation>
    </message>
    <message>
        <location filename="../labels.py" line="421"/>
        <source>J/(kg·K)</source>
        <translation>J/(kg·K)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="422"/>
        <source>W/m²</source>
        <translation>W/m²</translation>
    </message>
    <message>
        <location filename="../labels.py" line="423"/>
        <source>kWh/(m²·a)</source>
        <translation>kWh/(m²·a)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="424"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../labels.py" line="425"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../labels.py" line="426"/>
        <source>1/h</source>
        <translation>次/h</translation>
    </message>
    <message>
        <location filename="../labels.py" line="427"/>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../labels.py" line="428"/>
        <source>CNY/kWh</source>
        <translation>元/kWh</translation>
    </message>
    <message>
        <location filename="../labels.py" line="429"/>
        <source>CNY/m³</source>
        <translation>元/m³</translation>
    </message>
    <message>
        <location filename="../labels.py" line="430"/>
        <source>CNY/GJ</source>
        <translation>元/GJ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="431"/>
        <source>CNY/m²</source>
        <translation>元/m²</translation>
    </message>
    <message>
        <location filename="../labels.py" line="432"/>
        <source>CNY/t</source>
        <translation>元/t</translation>
    </message>
    <message>
        <location filename="../labels.py" line="433"/>
        <source>CNY/kg</source>
        <translation>元/kg</translation>
    </message>
    <message>
        <location filename="../labels.py" line="434"/>
        <source>CNY/a</source>
        <translation>元/年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="435"/>
        <location filename="../labels.py" line="436"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="437"/>
        <source>kgce/kWh</source>
        <translation>kgce/kWh</translation>
    </message>
    <message>
        <location filename="../labels.py" line="438"/>
        <source>kg/kWh</source>
        <translation>kg/kWh</translation>
    </message>
    <message>
        <location filename="../labels.py" line="439"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
</context>
<context>
    <name>StockTable</name>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Era</source>
        <translation>年代</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Heat source</source>
        <translation>热源</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Network</source>
        <translation>热网</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Floor area [m²]</source>
        <translation>面积 [m²]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Before [tce/a]</source>
        <translation>改造前 [tce/a]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>After [tce/a]</source>
        <translation>改造后 [tce/a]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Saving [%]</source>
        <translation>节能率 [%]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Saving, equal value [%]</source>
        <translation>节能率（当量值） [%]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Saving, power-supply coal [%]</source>
        <translation>节能率（等价值） [%]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Target [%]</source>
        <translation>目标 [%]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>CO2 before [t/a]</source>
        <translation>改造前CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>CO2 after [t/a]</source>
        <translation>改造后CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Investment [CNY]</source>
        <translation>投资 [元]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Payback [a]</source>
        <translation>回收期 [年]</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Buildings in project</source>
        <translation>项目内建筑数</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Measures left out</source>
        <translation>未采用的措施</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>PASS</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../stock/model.py" line="1"/>
        <source>Building verdict</source>
        <translation>单栋结论</translation>
    </message>
</context>
<context>
    <name>StockWindow</name>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Building stock — {name}</source>
        <translation>建筑群 — {name}</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Plan indicators</source>
        <translation>行动方案指标</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Filter: text in any column, e.g. Beijing or FAIL</source>
        <translation>筛选：任一列中的文字，如 Beijing 或 未达标</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>{shown} of {total} buildings shown; double-click a row to open its project</source>
        <translation>显示 {shown} / {total} 栋建筑；双击一行打开其项目</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Buildings listed / assessed / not assessed</source>
        <translation>清单栋数 / 已评估 / 未评估</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Floor area assessed</source>
        <translation>已评估建筑面积</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Standard coal, power-supply coal method</source>
        <translation>标准煤（发电煤耗法）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Standard coal, calorific equal-value method</source>
        <translation>标准煤（当量值法）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Operational CO2</source>
        <translation>运行二氧化碳排放</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Stock saving rate (standard coal)</source>
        <translation>整体节能率（标准煤）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Projects reaching their target</source>
        <translation>达到目标的项目</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Floor area of projects reaching their target</source>
        <translation>达标项目建筑面积占比</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Investment (net of subsidies)</source>
        <translation>投资（扣除补贴）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Investment per tce saved a year</source>
        <translation>每年节约1吨标准煤的投资</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Investment per tCO2 avoided a year</source>
        <translation>每年减排1吨二氧化碳的投资</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Quantity</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>After</source>
        <translation>改造后</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>not computable: needs {missing}</source>
        <translation>无法计算：缺少 {missing}</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Renovated floor area</source>
        <translation>改造建筑面积</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>{area} m², of which {passed} m² reach the target</source>
        <translation>{area} m²，其中达标 {passed} m²</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Heat loss of the networks vs 2020</source>
        <translation>热网热损失（比2020年）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>{base} → {pkg} %; {change:+.1f} pp vs 2020</source>
        <translation>{base} → {pkg} %；比2020年 {change:+.1f} 个百分点</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Heat loss of network {name}</source>
        <translation>热网 {name} 管网热损失</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Public institutions vs 2020</source>
        <translation>公共机构（比2020年）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Public institutions: energy per m² vs 2020</source>
        <translation>公共机构单位建筑面积能耗（比2020年）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Public institutions: CO2 per m² vs 2020</source>
        <translation>公共机构单位建筑面积碳排放（比2020年）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Public institutions: energy per person vs 2020</source>
        <translation>公共机构人均综合能耗（比2020年）</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>now {now} %, after the package {after} %</source>
        <translation>现状 {now} %，改造后 {after} %</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Coal share of public institutions</source>
        <translation>公共机构煤炭消费占比</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Renewable replacement rate</source>
        <translation>可再生能源替代率</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>{base} → {pkg} %</source>
        <translation>{base} → {pkg} %</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../stock/window.py" line="1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>MetersPage</name>
    <message>
        <location filename="../labels.py" line="440"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../labels.py" line="441"/>
        <source>m³/h</source>
        <translation>m³/h</translation>
    </message>
    <message>
        <location filename="../labels.py" line="442"/>
        <source>m³/a</source>
        <translation>m³/年</translation>
    </message>
</context>
<context>
    <name>VariantsPanel</name>
    <message>
        <location filename="../pages/variants_panel.py" line="20"/>
        <source>Variants compared on the Results page</source>
        <translation>备选方案（在“结果”页比较）</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="25"/>
        <source>Variants</source>
        <translation>备选方案</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="28"/>
        <source>Save package as variant…</source>
        <translation>将当前方案另存为备选…</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="29"/>
        <source>Use as package</source>
        <translation>用作改造方案</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="30"/>
        <location filename="../pages/variants_panel.py" line="103"/>
        <source>Remove variant</source>
        <translation>删除备选方案</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="52"/>
        <source>{0} ({1} measures)</source>
        <translation>{0}（{1} 项措施）</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="80"/>
        <source>Save package as variant</source>
        <translation>将当前方案另存为备选</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="81"/>
        <source>Name of the variant:</source>
        <translation>备选方案名称：</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="82"/>
        <source>Variant {0}</source>
        <translation>方案 {0}</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="86"/>
        <source>Save variant</source>
        <translation>保存备选方案</translation>
    </message>
    <message>
        <location filename="../pages/variants_panel.py" line="94"/>
        <source>Use variant as package</source>
        <translation>将备选方案用作改造方案</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../pages/verdict_panel.py" line="21"/>
        <source>infiltration</source>
        <translation>渗透换气</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="22"/>
        <source>heating setpoint</source>
        <translation>供暖设定温度</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="23"/>
        <source>heat-pump performance</source>
        <translation>热泵性能</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="24"/>
        <source>grid CO₂ factor</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="30"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="31"/>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="31"/>
        <source>fail</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="72"/>
        <location filename="../pages/verdict_panel.py" line="74"/>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="74"/>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="74"/>
        <source>Use</source>
        <translation>建筑用途</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="74"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="74"/>
        <source>Saving rate</source>
        <translation>节能率</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="75"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="88"/>
        <source>Saving rate on every basis under both electricity methods:</source>
        <translation>各口径在两种电力折标方法下的节能率：</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="89"/>
        <source>Each building against its own target:</source>
        <translation>各建筑对照其自身目标：</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="95"/>
        <source>The verdict is on {0}, with electricity counted by the {1} method ({2}).</source>
        <translation>结论按“{0}”口径，电力按{1}折标（{2}）。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="97"/>
        <source>basis chosen by programme</source>
        <translation>口径按改造类型确定</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="97"/>
        <source>basis chosen by the user</source>
        <translation>口径由用户选定</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="98"/>
        <source>The two electricity methods give different verdicts on this basis: the approving authority&apos;s convention decides.</source>
        <translation>两种电力折标方法在此口径下结论不同：以审批部门采用的方法为准。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="132"/>
        <source>The project is checked against the floor-area-weighted target of its buildings: {0}.</source>
        <translation>项目按各建筑目标的建筑面积加权值校核：{0}。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="140"/>
        <source>Missing to reach the target: {0}</source>
        <translation>距目标尚差：{0}</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="142"/>
        <source> ({0} a year)</source>
        <translation>（每年 {0}）</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="145"/>
        <source>Listed measures that would close it when added: {0}</source>
        <translation>加入后可补足差距的已列措施：{0}</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="147"/>
        <source>No listed measure closes it on its own.</source>
        <translation>已列措施中没有单项可补足差距。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="153"/>
        <source>How sure: not computed.</source>
        <translation>可信度：未计算。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="158"/>
        <source>How sure ({0} Latin-hypercube samples, seed {1}): saving rate P10 {2}, P50 {3}, P90 {4}; probability of reaching the target {5}. Inputs varied: {6}.</source>
        <translation>可信度（拉丁超立方抽样 {0} 次，种子 {1}）：节能率 P10 {2}，P50 {3}，P90 {4}；达标概率 {5}。变化的输入：{6}。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="187"/>
        <source>Not in the band: the engine&apos;s own error; against EnergyPlus its saving of the heating need departs by {0} pp on average (RMS {1} pp), of the cooling need by {2} pp (RMS {3} pp).</source>
        <translation>上述区间不含计算引擎本身的误差：与 EnergyPlus 对比，采暖需求节能率平均偏差 {0} 个百分点（均方根 {1}），供冷需求节能率平均偏差 {2} 个百分点（均方根 {3}）。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="167"/>
        <source>District heat at its source: {0}, {1} kgce/GJ on the equivalent basis (34.12 on the calorific basis), {2} kgCO₂/GJ; CHP fuel split: {3}.</source>
        <translation>集中供热按热源计：{0}，等价值 {1} kgce/GJ（当量值 34.12），{2} kgCO₂/GJ；热电联产燃料分摊：{3}。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="1"/>
        <source>Basis: {0} — mixed project: judged against {1}, the floor-area-weighted mean of its buildings&apos; own targets (30 % residential, 20 % public); each building against its own target below. All bases: {2}</source>
        <translation>考核口径：{0} — 混合项目：按各栋建筑自身目标（居住建筑 30 %、公共建筑 20 %）的建筑面积加权平均值 {1} 考核；各栋建筑按自身目标考核（见下表）。各口径：{2}</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="1"/>
        <source>metering-reform behaviour</source>
        <translation>计量改革后的用户行为</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="1"/>
        <source>The heat source was not entered: the national default is used; enter the real source where it is known.</source>
        <translation>未填写热源：采用全国默认热源；如已知实际热源，请填写。</translation>
    </message>
    <message>
        <location filename="../pages/verdict_panel.py" line="1"/>
        <source>The heat source was not entered: the default of the site&apos;s province is used; enter the real source where it is known.</source>
        <translation>未填写热源：采用项目所在省份的默认热源；如已知实际热源，请填写。</translation>
    </message>
</context>
<context>
    <name>MaterialPicker</name>
    <message>
        <source>Material from the library or a name of your own</source>
        <translation>从材料库选择材料，或输入自定义名称</translation>
    </message>
    <message>
        <source>λ {0} {1}, ρ {2} {3}, c {4} {5}</source>
        <translation>λ {0} {1}，ρ {2} {3}，c {4} {5}</translation>
    </message>
</context>
</TS>
