<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchetypeDialog</name>
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
        <location filename="../pages/buildings_page.py" line="81"/>
        <source>Add building</source>
        <translation>添加建筑</translation>
    </message>
    <message>
        <location filename="../pages/buildings_page.py" line="93"/>
        <source>Remove building</source>
        <translation>删除建筑</translation>
    </message>
</context>
<context>
    <name>ChildrenTable</name>
    <message>
        <location filename="../tables.py" line="62"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../tables.py" line="63"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>CityEditor</name>
    <message>
        <location filename="../archetype_dialog.py" line="26"/>
        <location filename="../pages/project_page.py" line="41"/>
        <source>{key}  {zh}</source>
        <translation>{zh}  {key}</translation>
    </message>
</context>
<context>
    <name>EnvelopePage</name>
    <message>
        <location filename="../pages/envelope_page.py" line="25"/>
        <source>new layer</source>
        <translation>新构造层</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="34"/>
        <source>U-value: (calculation not available yet)</source>
        <translation>传热系数：（暂无法计算）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="42"/>
        <source>U-value: cannot compute ({0})</source>
        <translation>传热系数：无法计算（{0}）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="43"/>
        <source>U-value: {0} {1}</source>
        <translation>传热系数：{0} {1}</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="56"/>
        <source>Layers, outside to inside</source>
        <translation>构造层（由外到内）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="81"/>
        <source>(the given U-value overrides the layers)</source>
        <translation>（给定的传热系数优先于构造层）</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="87"/>
        <source>Envelope</source>
        <translation>围护结构</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="92"/>
        <source>Walls</source>
        <translation>外墙</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="93"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="94"/>
        <source>Ground floor</source>
        <translation>地面</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="104"/>
        <source>Windows</source>
        <translation>外窗</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="111"/>
        <source>Ventilation</source>
        <translation>通风</translation>
    </message>
    <message>
        <location filename="../pages/envelope_page.py" line="115"/>
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
        <source>Use</source>
        <translation>建筑用途</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Construction era</source>
        <translation>建造年代</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Lowest floor</source>
        <translation>底层地面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Thermal-bridge allowance ΔU</source>
        <translation>热桥附加 ΔU</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Thermal mass class</source>
        <translation>热惰性等级</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Dwellings</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Length (front facade)</source>
        <translation>长度（正立面）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Depth</source>
        <translation>进深</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Storeys</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Storey height</source>
        <translation>层高</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Rotation from due south</source>
        <translation>偏离正南角度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Window-to-wall ratio, south</source>
        <translation>窗墙比（南）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Window-to-wall ratio, east</source>
        <translation>窗墙比（东）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Window-to-wall ratio, north</source>
        <translation>窗墙比（北）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Window-to-wall ratio, west</source>
        <translation>窗墙比（西）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <location filename="../labels.py" line="49"/>
        <location filename="../labels.py" line="50"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Given U-value (overrides layers)</source>
        <translation>给定传热系数（优先于构造层）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Window U-value U_w</source>
        <translation>外窗传热系数 U_w</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Solar absorptance</source>
        <translation>太阳辐射吸收系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Thickness</source>
        <translation>厚度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Conductivity λ</source>
        <translation>导热系数 λ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>Specific heat</source>
        <translation>比热容</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Solar heat gain coefficient</source>
        <translation>太阳得热系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Frame fraction</source>
        <translation>窗框比</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Shading factor (1 = none)</source>
        <translation>遮阳系数（1 = 无遮阳）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Infiltration</source>
        <translation>渗透换气次数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Mechanical ventilation</source>
        <translation>机械通风换气次数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Heat recovery efficiency</source>
        <translation>热回收效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Window airing</source>
        <translation>开窗通风换气次数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Heating setpoint</source>
        <translation>供暖设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Cooling setpoint</source>
        <translation>供冷设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Setback setpoint</source>
        <translation>值班设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Schedule</source>
        <translation>作息</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Heating season start (MM-DD)</source>
        <translation>供暖季开始（月-日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Heating season end (MM-DD)</source>
        <translation>供暖季结束（月-日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Overheating without room control</source>
        <translation>无室温调控时的过热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Internal gains</source>
        <translation>内部得热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Cooled in summer</source>
        <translation>夏季供冷</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Night setback (room control)</source>
        <translation>夜间降温（室温调控）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Heat emitters</source>
        <translation>末端散热设备</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Design supply temperature</source>
        <translation>设计供水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Design return temperature</source>
        <translation>设计回水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82"/>
        <source>Cooling system</source>
        <translation>供冷系统</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Cooling SEER</source>
        <translation>供冷季节能效比 SEER</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84"/>
        <source>Lighting power density</source>
        <translation>照明功率密度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Appliance power</source>
        <translation>设备功率密度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>Hot water demand</source>
        <translation>生活热水需热量</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>Hot water energy carrier</source>
        <translation>生活热水能源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Hot water system efficiency</source>
        <translation>生活热水系统效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>Roof coverage</source>
        <translation>屋面覆盖率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>Module tilt</source>
        <translation>组件倾角</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92"/>
        <source>Module azimuth (180 = south)</source>
        <translation>组件方位角（180 = 正南）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>Module product</source>
        <translation>组件型号</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94"/>
        <source>System losses</source>
        <translation>系统损失</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Inverter efficiency</source>
        <translation>逆变器效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>Heat source</source>
        <translation>热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>Seasonal efficiency</source>
        <translation>季节效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="99"/>
        <source>Heat pump product</source>
        <translation>热泵产品</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>Carnot efficiency η_C</source>
        <translation>卡诺效率 η_C</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>Heating capacity (empty = sized)</source>
        <translation>制热量（空 = 按负荷选型）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Back-up heater</source>
        <translation>辅助热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103"/>
        <source>Back-up efficiency</source>
        <translation>辅助热源效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>DN</source>
        <translation>公称直径 DN</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Laying</source>
        <translation>敷设方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106"/>
        <source>Insulation thickness</source>
        <translation>保温层厚度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Insulation conductivity</source>
        <translation>保温材料导热系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108"/>
        <source>Depth of axis</source>
        <translation>管中心埋深</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Year laid</source>
        <translation>敷设年份</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Assumed loss share (no pipes listed)</source>
        <translation>假定损失率（未列管段时）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Supply temperature control</source>
        <translation>供水温度调节</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Pump head</source>
        <translation>水泵扬程</translation>
    </message>
    <message>
        <location filename="../labels.py" line="113"/>
        <source>Pump efficiency</source>
        <translation>水泵效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114"/>
        <source>Variable-speed pumps</source>
        <translation>变频水泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="115"/>
        <source>Hydraulically balanced</source>
        <translation>已水力平衡</translation>
    </message>
    <message>
        <location filename="../labels.py" line="116"/>
        <source>Substation efficiency</source>
        <translation>换热站效率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Pump design flow as installed</source>
        <translation>循环泵设计流量（现状）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Make-up water per year</source>
        <translation>年补水量</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Radiator circuit</source>
        <translation>散热器系统形式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Building leaving the network</source>
        <translation>脱离管网的建筑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Own heat source</source>
        <translation>自建热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Occupant response to metering</source>
        <translation>用户对计量收费的响应</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Convert single-pipe loops</source>
        <translation>单管系统改造</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Building number (1 = first)</source>
        <translation>建筑序号（1 = 第一栋）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Make-up water temperature</source>
        <translation>补水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Network loss share in 2020 (reference)</source>
        <translation>2020年管网热损失率（基准）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Emitter output at ΔT 50 K per floor area</source>
        <translation>散热器标准散热量（ΔT 50 K，每平方米建筑面积）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117"/>
        <source>Heat billing</source>
        <translation>热费计收方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118"/>
        <source>Room control (thermostatic valves)</source>
        <translation>室温调控（恒温阀）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119"/>
        <source>Heat meters installed</source>
        <translation>已安装热计量表</translation>
    </message>
    <message>
        <location filename="../labels.py" line="121"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122"/>
        <source>In the package</source>
        <translation>纳入改造方案</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123"/>
        <source>Name in results</source>
        <translation>结果中的名称</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124"/>
        <source>Investment (empty = cost data)</source>
        <translation>投资（空 = 造价数据）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125"/>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Service life (empty = cost data)</source>
        <translation>使用寿命（空 = 造价数据）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Sizing factor</source>
        <translation>选型系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>Heat pump type</source>
        <translation>热泵类型</translation>
    </message>
    <message>
        <location filename="../labels.py" line="129"/>
        <source>New window U-value</source>
        <translation>新外窗传热系数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="131"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="132"/>
        <source>Energy price escalation</source>
        <translation>能源价格年增长率</translation>
    </message>
    <message>
        <location filename="../labels.py" line="133"/>
        <source>Analysis period (years)</source>
        <translation>分析期（年）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134"/>
        <source>Value saved energy at</source>
        <translation>节能量计价方式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="135"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="136"/>
        <source>Natural gas price</source>
        <translation>天然气价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="137"/>
        <source>Heat price (metered)</source>
        <translation>热价（按热量）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="138"/>
        <source>Heat price (per area)</source>
        <translation>热价（按面积）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="139"/>
        <source>Fixed share of heat bill</source>
        <translation>热费固定部分比例</translation>
    </message>
    <message>
        <location filename="../labels.py" line="140"/>
        <source>Coal price</source>
        <translation>煤价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="141"/>
        <source>Oil price</source>
        <translation>燃油价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="142"/>
        <source>LPG price</source>
        <translation>液化石油气价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143"/>
        <source>PV export price</source>
        <translation>光伏上网电价</translation>
    </message>
    <message>
        <location filename="../labels.py" line="144"/>
        <source>Standard coal of electricity</source>
        <translation>电力折标煤方法</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145"/>
        <source>Power-supply coal (empty = dataset)</source>
        <translation>供电煤耗（空 = 数据集）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="146"/>
        <source>Grid region</source>
        <translation>电网区域</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147"/>
        <source>Grid CO₂ factor (empty = dataset)</source>
        <translation>电网 CO₂ 排放因子（空 = 数据集）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="148"/>
        <source>Target basis</source>
        <translation>目标考核口径</translation>
    </message>
    <message>
        <location filename="../labels.py" line="149"/>
        <source>PV credit</source>
        <translation>光伏抵扣方式</translation>
    </message>
    <message>
        <source>Heat bill cap (× area bill, empty = none)</source>
        <translation>热费上限（按面积热费的倍数，空 = 无）</translation>
    </message>
    <message>
        <source>Metered heat price</source>
        <translation>计量热价</translation>
    </message>
    <message>
        <source>Heat production cost (heating company)</source>
        <translation>供热生产成本（供热企业）</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>碳价</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Contract term (years)</source>
        <translation>合同期（年）</translation>
    </message>
    <message>
        <source>ESCO share of savings</source>
        <translation>节能服务公司分享比例</translation>
    </message>
    <message>
        <source>Guaranteed saving (share of expected)</source>
        <translation>保证节能量（占预期的比例）</translation>
    </message>
    <message>
        <source>ESCO fee (share of guaranteed saving)</source>
        <translation>服务费（占保证节能效益的比例）</translation>
    </message>
    <message>
        <source>Client's discount on its energy cost</source>
        <translation>用能单位能源费用优惠比例</translation>
    </message>
    <message>
        <source>Electricity tariff</source>
        <translation>电价方式</translation>
    </message>
    <message>
        <source>Tier 1 up to (per household and month)</source>
        <translation>第一档上限（每户每月）</translation>
    </message>
    <message>
        <source>Tier 2 up to (per household and month)</source>
        <translation>第二档上限（每户每月）</translation>
    </message>
    <message>
        <source>Tier 2 surcharge</source>
        <translation>第二档加价</translation>
    </message>
    <message>
        <source>Tier 3 surcharge</source>
        <translation>第三档加价</translation>
    </message>
    <message>
        <source>Peak price / flat price</source>
        <translation>峰时电价 / 平时电价</translation>
    </message>
    <message>
        <source>Valley price / flat price</source>
        <translation>谷时电价 / 平时电价</translation>
    </message>
    <message>
        <source>Peak hours (e.g. 8-11,17-21)</source>
        <translation>峰时段（如 8-11,17-21）</translation>
    </message>
    <message>
        <source>Valley hours (e.g. 23-7)</source>
        <translation>谷时段（如 23-7）</translation>
    </message>
    <message>
        <source>Loan share of the investment</source>
        <translation>贷款占投资比例</translation>
    </message>
    <message>
        <source>Loan interest rate</source>
        <translation>贷款利率</translation>
    </message>
    <message>
        <source>Loan term (years)</source>
        <translation>贷款期限（年）</translation>
    </message>
    <message>
        <source>Subsidy scheme</source>
        <translation>补贴项目</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>补贴依据</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>补贴对象</translation>
    </message>
    <message>
        <source>PV output loss per year</source>
        <translation>光伏年衰减率</translation>
    </message>
    <message>
        <source>Heat-pump electricity price (empty = as other use)</source>
        <translation>热泵采暖电价（空 = 同其他用电）</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../editors.py" line="132"/>
        <source>Default value from the archetype; edit it to confirm.</source>
        <translation>取自典型建筑的默认值；修改后即确认。</translation>
    </message>
    <message>
        <location filename="../editors.py" line="240"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>“{0}”不是数字</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="276"/>
        <location filename="../app.py" line="47"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="94"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="94"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="94"/>
        <source>Envelope</source>
        <translation>围护结构</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="94"/>
        <source>Heating supply</source>
        <translation>供热系统</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="94"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="95"/>
        <source>Measures</source>
        <translation>节能措施</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="95"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="95"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="166"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="167"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="168"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="169"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="170"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="171"/>
        <source>&amp;New from archetype…</source>
        <translation>从典型建筑新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="172"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="173"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="174"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="175"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="176"/>
        <source>&amp;Recalculate</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="185"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="201"/>
        <location filename="../mainwindow.py" line="329"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="228"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="230"/>
        <source>Calculation failed; results shown are stale: {0}</source>
        <translation>计算失败，显示的是过时结果：{0}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="232"/>
        <source>Results up to date</source>
        <translation>结果已是最新</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="242"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="243"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="269"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="270"/>
        <source>Project files (*.json);;All files (*)</source>
        <translation>项目文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="289"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="290"/>
        <source>Project files (*.json)</source>
        <translation>项目文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="301"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="308"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="317"/>
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="327"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="328"/>
        <source>The program did not close normally. Restore the unsaved changes of {0}?</source>
        <translation>程序上次未正常关闭。是否恢复 {0} 的未保存修改？</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="337"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../pages/measures_page.py" line="38"/>
        <source>Measures</source>
        <translation>节能措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="46"/>
        <source>Package (tick to include)</source>
        <translation>改造方案（勾选纳入）</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="52"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="58"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="59"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="60"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="69"/>
        <source>Selected measure</source>
        <translation>所选措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="104"/>
        <source>Switch measure</source>
        <translation>切换措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="130"/>
        <source>No measures. Pick a kind and press Add.</source>
        <translation>尚无措施。请选择类型后点击“添加”。</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="145"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="164"/>
        <source>Add measure</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="172"/>
        <source>Remove measure</source>
        <translation>删除措施</translation>
    </message>
    <message>
        <location filename="../pages/measures_page.py" line="183"/>
        <source>Move measure</source>
        <translation>移动措施</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../labels.py" line="314"/>
        <source>must be {0} and {1}</source>
        <translation>应 {0} 且 {1}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="315"/>
        <source>must be {0}</source>
        <translation>应 {0}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="316"/>
        <source>must be one of {0}</source>
        <translation>应为以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="317"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../labels.py" line="318"/>
        <source>must be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../labels.py" line="319"/>
        <source>must be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../labels.py" line="321"/>
        <source>must be below the design supply temperature</source>
        <translation>应低于设计供水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="322"/>
        <source>must be above the heating setpoint</source>
        <translation>应高于供暖设定温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="323"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>应为日期 年-月-日</translation>
    </message>
    <message>
        <location filename="../labels.py" line="324"/>
        <source>must be a date MM-DD, e.g. 11-15</source>
        <translation>应为日期 月-日，例如 11-15</translation>
    </message>
    <message>
        <location filename="../labels.py" line="325"/>
        <source>building names must be unique</source>
        <translation>建筑名称不能重复</translation>
    </message>
    <message>
        <location filename="../labels.py" line="327"/>
        <source>window area must be smaller than the wall area (ratio ≤ 0.95)</source>
        <translation>窗面积应小于墙面积（窗墙比 ≤ 0.95）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="329"/>
        <source>give either a U-value or at least one layer</source>
        <translation>请给出传热系数或至少一个构造层</translation>
    </message>
    <message>
        <location filename="../labels.py" line="331"/>
        <source>&apos;{0}&apos; is not a number with a unit; expected e.g. &apos;{1}&apos;</source>
        <translation>“{0}”不是带单位的数值；应如“{1}”</translation>
    </message>
    <message>
        <location filename="../labels.py" line="333"/>
        <source>&apos;{0}&apos; has the wrong kind of unit; expected a value in {1}, got {2}</source>
        <translation>“{0}”的单位类型不对；应为 {1}，输入的是 {2}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="335"/>
        <source>unknown unit &apos;{0}&apos; in &apos;{1}&apos;; expected {2}</source>
        <translation>“{1}”中的单位“{0}”无法识别；应为 {2}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="336"/>
        <source>empty; expected a value in {0}</source>
        <translation>为空；请输入以 {0} 为单位的数值</translation>
    </message>
    <message>
        <location filename="../labels.py" line="337"/>
        <source>unknown city; known: {0}</source>
        <translation>未知城市；可选：{0}</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <location filename="../labels.py" line="153"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="154"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="155"/>
        <source>Residential</source>
        <translation>居住建筑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="156"/>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../labels.py" line="157"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../labels.py" line="158"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location filename="../labels.py" line="159"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../labels.py" line="160"/>
        <source>Retail</source>
        <translation>商场</translation>
    </message>
    <message>
        <location filename="../labels.py" line="161"/>
        <source>Other public</source>
        <translation>其他公共建筑</translation>
    </message>
    <message>
        <location filename="../labels.py" line="162"/>
        <source>Before 1986</source>
        <translation>1986 年以前</translation>
    </message>
    <message>
        <location filename="../labels.py" line="163"/>
        <source>1986–1995</source>
        <translation>1986–1995 年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="164"/>
        <source>1996–2004</source>
        <translation>1996–2004 年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="165"/>
        <source>2005–2015</source>
        <translation>2005–2015 年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="166"/>
        <source>2016 and later</source>
        <translation>2016 年及以后</translation>
    </message>
    <message>
        <location filename="../labels.py" line="167"/>
        <source>Very light</source>
        <translation>很轻</translation>
    </message>
    <message>
        <location filename="../labels.py" line="168"/>
        <source>Light</source>
        <translation>轻</translation>
    </message>
    <message>
        <location filename="../labels.py" line="169"/>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../labels.py" line="170"/>
        <source>Heavy</source>
        <translation>重</translation>
    </message>
    <message>
        <location filename="../labels.py" line="171"/>
        <source>Very heavy</source>
        <translation>很重</translation>
    </message>
    <message>
        <location filename="../labels.py" line="172"/>
        <source>Slab on ground</source>
        <translation>地面（直接接地）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="173"/>
        <source>Unheated basement</source>
        <translation>非供暖地下室</translation>
    </message>
    <message>
        <location filename="../labels.py" line="174"/>
        <source>Heated basement</source>
        <translation>供暖地下室</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175"/>
        <source>Continuous</source>
        <translation>连续</translation>
    </message>
    <message>
        <location filename="../labels.py" line="176"/>
        <source>Radiators</source>
        <translation>散热器</translation>
    </message>
    <message>
        <location filename="../labels.py" line="177"/>
        <source>Floor heating</source>
        <translation>地板辐射供暖</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178"/>
        <source>Fan coils</source>
        <translation>风机盘管</translation>
    </message>
    <message>
        <location filename="../labels.py" line="179"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../labels.py" line="180"/>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../labels.py" line="181"/>
        <source>District heat</source>
        <translation>集中供热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="182"/>
        <source>Coal</source>
        <translation>煤</translation>
    </message>
    <message>
        <location filename="../labels.py" line="183"/>
        <source>Oil</source>
        <translation>燃油</translation>
    </message>
    <message>
        <location filename="../labels.py" line="184"/>
        <source>LPG</source>
        <translation>液化石油气</translation>
    </message>
    <message>
        <location filename="../labels.py" line="185"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../labels.py" line="186"/>
        <source>Split air conditioners</source>
        <translation>分体空调</translation>
    </message>
    <message>
        <location filename="../labels.py" line="187"/>
        <source>Chiller</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <location filename="../labels.py" line="188"/>
        <source>VRF</source>
        <translation>多联机</translation>
    </message>
    <message>
        <location filename="../labels.py" line="189"/>
        <source>Mono PERC 550 W</source>
        <translation>单晶 PERC 550 W</translation>
    </message>
    <message>
        <location filename="../labels.py" line="190"/>
        <source>Mono TOPCon 580 W</source>
        <translation>单晶 TOPCon 580 W</translation>
    </message>
    <message>
        <location filename="../labels.py" line="191"/>
        <source>Poly 330 W</source>
        <translation>多晶 330 W</translation>
    </message>
    <message>
        <location filename="../labels.py" line="192"/>
        <source>District heating</source>
        <translation>集中供热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="193"/>
        <source>Gas boiler</source>
        <translation>燃气锅炉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="194"/>
        <source>Coal boiler</source>
        <translation>燃煤锅炉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="195"/>
        <source>Oil boiler</source>
        <translation>燃油锅炉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="196"/>
        <source>Direct electric</source>
        <translation>直接电供暖</translation>
    </message>
    <message>
        <location filename="../labels.py" line="197"/>
        <source>Air-source heat pump</source>
        <translation>空气源热泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="198"/>
        <source>Ground-source heat pump</source>
        <translation>地源热泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="199"/>
        <source>Buried</source>
        <translation>直埋</translation>
    </message>
    <message>
        <location filename="../labels.py" line="200"/>
        <source>In duct</source>
        <translation>管沟</translation>
    </message>
    <message>
        <location filename="../labels.py" line="201"/>
        <source>Above ground</source>
        <translation>架空</translation>
    </message>
    <message>
        <location filename="../labels.py" line="202"/>
        <source>Constant</source>
        <translation>定温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="203"/>
        <source>Weather-compensated</source>
        <translation>气候补偿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="204"/>
        <source>By floor area</source>
        <translation>按面积计费</translation>
    </message>
    <message>
        <location filename="../labels.py" line="205"/>
        <source>By metered consumption</source>
        <translation>按热量计量计费</translation>
    </message>
    <message>
        <location filename="../labels.py" line="206"/>
        <source>Energy prices</source>
        <translation>按能源价格</translation>
    </message>
    <message>
        <location filename="../labels.py" line="207"/>
        <source>Occupants&apos; bills</source>
        <translation>按用户账单</translation>
    </message>
    <message>
        <location filename="../labels.py" line="208"/>
        <source>Calorific equal value</source>
        <translation>当量值（等价热值）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="209"/>
        <source>Power-supply coal consumption</source>
        <translation>供电煤耗法</translation>
    </message>
    <message>
        <location filename="../labels.py" line="210"/>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../labels.py" line="211"/>
        <source>North China</source>
        <translation>华北</translation>
    </message>
    <message>
        <location filename="../labels.py" line="212"/>
        <source>Northeast</source>
        <translation>东北</translation>
    </message>
    <message>
        <location filename="../labels.py" line="213"/>
        <source>East China</source>
        <translation>华东</translation>
    </message>
    <message>
        <location filename="../labels.py" line="214"/>
        <source>Central China</source>
        <translation>华中</translation>
    </message>
    <message>
        <location filename="../labels.py" line="215"/>
        <source>Northwest</source>
        <translation>西北</translation>
    </message>
    <message>
        <location filename="../labels.py" line="216"/>
        <source>South China</source>
        <translation>南方</translation>
    </message>
    <message>
        <location filename="../labels.py" line="217"/>
        <source>Southwest</source>
        <translation>西南</translation>
    </message>
    <message>
        <location filename="../labels.py" line="218"/>
        <source>Total energy (tce)</source>
        <translation>总能耗（吨标煤）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="219"/>
        <source>Heating energy (tce)</source>
        <translation>供暖能耗（吨标煤）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="220"/>
        <source>Delivered energy (kWh)</source>
        <translation>终端能耗（kWh）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="221"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../labels.py" line="222"/>
        <source>Self-consumed share</source>
        <translation>自用部分</translation>
    </message>
    <message>
        <location filename="../labels.py" line="223"/>
        <source>All generation</source>
        <translation>全部发电量</translation>
    </message>
    <message>
        <location filename="../labels.py" line="224"/>
        <source>EPS</source>
        <translation>EPS</translation>
    </message>
    <message>
        <location filename="../labels.py" line="225"/>
        <source>XPS</source>
        <translation>XPS</translation>
    </message>
    <message>
        <location filename="../labels.py" line="226"/>
        <source>Rock wool</source>
        <translation>岩棉</translation>
    </message>
    <message>
        <location filename="../labels.py" line="227"/>
        <source>Polyurethane</source>
        <translation>聚氨酯</translation>
    </message>
    <message>
        <location filename="../labels.py" line="228"/>
        <source>Phenolic foam</source>
        <translation>酚醛泡沫</translation>
    </message>
    <message>
        <location filename="../labels.py" line="229"/>
        <source>Aerogel</source>
        <translation>气凝胶</translation>
    </message>
    <message>
        <location filename="../labels.py" line="230"/>
        <source>Vacuum insulation panel</source>
        <translation>真空绝热板</translation>
    </message>
    <message>
        <location filename="../labels.py" line="232"/>
        <source>Wall insulation</source>
        <translation>外墙保温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="233"/>
        <source>Roof insulation</source>
        <translation>屋面保温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="234"/>
        <source>Floor insulation</source>
        <translation>地面保温</translation>
    </message>
    <message>
        <location filename="../labels.py" line="235"/>
        <source>Window replacement</source>
        <translation>更换外窗</translation>
    </message>
    <message>
        <location filename="../labels.py" line="236"/>
        <source>Airtightness</source>
        <translation>提高气密性</translation>
    </message>
    <message>
        <location filename="../labels.py" line="237"/>
        <source>Heat pump</source>
        <translation>热泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="238"/>
        <source>Boiler renewal</source>
        <translation>锅炉更新</translation>
    </message>
    <message>
        <location filename="../labels.py" line="239"/>
        <source>Pipe renewal</source>
        <translation>管网改造</translation>
    </message>
    <message>
        <location filename="../labels.py" line="240"/>
        <source>Lower supply temperature</source>
        <translation>降低供水温度</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Radiator replacement</source>
        <translation>散热器更换</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Leave the network (own plant)</source>
        <translation>脱网自建热源</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Two-pipe</source>
        <translation>双管系统</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Middle</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Generic (Carnot model)</source>
        <translation>通用（卡诺效率模型）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Air-to-water, standard (max. 55 °C)</source>
        <translation>空气-水热泵，常规（最高55 °C）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Air-to-water, low-ambient GB/T 25127.2 (max. 55 °C)</source>
        <translation>低环境温度空气-水热泵 GB/T 25127.2（最高55 °C）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Room air-to-air split unit</source>
        <translation>房间空调器（空气-空气）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Brine-to-water ground source (max. 60 °C)</source>
        <translation>地源热泵（盐水-水，最高60 °C）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>Vertical single-pipe loop</source>
        <translation>垂直单管顺流式</translation>
    </message>
    <message>
        <location filename="../labels.py" line="241"/>
        <source>Hydraulic balancing</source>
        <translation>水力平衡</translation>
    </message>
    <message>
        <location filename="../labels.py" line="242"/>
        <source>Weather compensation</source>
        <translation>气候补偿</translation>
    </message>
    <message>
        <location filename="../labels.py" line="243"/>
        <source>Variable-speed pumps</source>
        <translation>变频水泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="244"/>
        <source>Metering reform</source>
        <translation>供热计量改革</translation>
    </message>
    <message>
        <location filename="../labels.py" line="245"/>
        <source>Rooftop PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <location filename="../labels.py" line="246"/>
        <source>LED lighting</source>
        <translation>LED 照明改造</translation>
    </message>
    <message>
        <location filename="../labels.py" line="248"/>
        <source>Heating</source>
        <translation>供暖</translation>
    </message>
    <message>
        <location filename="../labels.py" line="249"/>
        <source>Cooling</source>
        <translation>供冷</translation>
    </message>
    <message>
        <location filename="../labels.py" line="250"/>
        <source>Hot water</source>
        <translation>生活热水</translation>
    </message>
    <message>
        <location filename="../labels.py" line="251"/>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <location filename="../labels.py" line="252"/>
        <source>Appliances</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../labels.py" line="253"/>
        <source>Pumps</source>
        <translation>水泵</translation>
    </message>
    <message>
        <location filename="../labels.py" line="254"/>
        <source>Walls</source>
        <translation>外墙</translation>
    </message>
    <message>
        <location filename="../labels.py" line="255"/>
        <source>Roof</source>
        <translation>屋面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="256"/>
        <source>Ground floor</source>
        <translation>地面</translation>
    </message>
    <message>
        <location filename="../labels.py" line="257"/>
        <source>Windows</source>
        <translation>外窗</translation>
    </message>
    <message>
        <location filename="../labels.py" line="258"/>
        <source>Thermal bridges</source>
        <translation>热桥</translation>
    </message>
    <message>
        <location filename="../labels.py" line="259"/>
        <source>Ventilation</source>
        <translation>通风</translation>
    </message>
    <message>
        <location filename="../labels.py" line="260"/>
        <source>Solar</source>
        <translation>太阳得热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="261"/>
        <source>Internal</source>
        <translation>内部得热</translation>
    </message>
    <message>
        <location filename="../labels.py" line="262"/>
        <source>Public</source>
        <translation>公共建筑</translation>
    </message>
    <message>
        <source>Shared savings</source>
        <translation>节能效益分享型</translation>
    </message>
    <message>
        <source>Guaranteed savings</source>
        <translation>节能量保证型</translation>
    </message>
    <message>
        <source>Energy-cost trusteeship</source>
        <translation>能源费用托管型</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>按输入值</translation>
    </message>
    <message>
        <source>Revenue-neutral</source>
        <translation>收入中性</translation>
    </message>
    <message>
        <source>One price</source>
        <translation>单一电价</translation>
    </message>
    <message>
        <source>Tiered (per household)</source>
        <translation>阶梯电价（按户）</translation>
    </message>
    <message>
        <source>Time of use</source>
        <translation>峰谷分时电价</translation>
    </message>
    <message>
        <source>Per m² of floor (CNY)</source>
        <translation>按建筑面积（元/m²）</translation>
    </message>
    <message>
        <source>Per dwelling (CNY)</source>
        <translation>按户（元/户）</translation>
    </message>
    <message>
        <source>Share of the investment</source>
        <translation>按投资比例</translation>
    </message>
    <message>
        <source>Per kW of heat pump (CNY)</source>
        <translation>按热泵容量（元/kW）</translation>
    </message>
    <message>
        <source>Per kWp of PV (CNY)</source>
        <translation>按光伏装机（元/kWp）</translation>
    </message>
    <message>
        <source>Per tce saved a year (CNY)</source>
        <translation>按年节能量（元/tce）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>ESCO</source>
        <translation>节能服务公司</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../pages/project_page.py" line="52"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="53"/>
        <source>Assessment</source>
        <translation>评估信息</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="73"/>
        <source>empty = the city&apos;s weather data</source>
        <translation>空 = 使用城市气象数据</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="74"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="85"/>
        <source>Climate zone</source>
        <translation>气候区</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="86"/>
        <source>Site</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="93"/>
        <source>Economics</source>
        <translation>经济参数</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="94"/>
        <source>Energy prices</source>
        <translation>能源价格</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="95"/>
        <source>Standard coal and CO₂ accounting</source>
        <translation>标准煤与 CO₂ 核算</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="101"/>
        <source>Weather file</source>
        <translation>气象文件</translation>
    </message>
    <message>
        <location filename="../pages/project_page.py" line="102"/>
        <source>EPW weather files (*.epw *.epw.gz);;All files (*)</source>
        <translation>EPW 气象文件 (*.epw *.epw.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Energy-performance contract</source>
        <translation>合同能源管理</translation>
    </message>
    <message>
        <source>Subsidy schemes</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Add from the library</source>
        <translation>从补贴库添加</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../pages/report_page.py" line="40"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="47"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="48"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="49"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="57"/>
        <source>The report is built from the latest results.</source>
        <translation>报告根据最新结果生成。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="78"/>
        <source>there are no results yet</source>
        <translation>尚无计算结果</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="89"/>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="96"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="96"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="109"/>
        <source>Report written to {0} ({1} pages).</source>
        <translation>报告已写入 {0}（共 {1} 页）。</translation>
    </message>
    <message>
        <location filename="../pages/report_page.py" line="114"/>
        <source>The report could not be built: {0}</source>
        <translation>无法生成报告：{0}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../pages/results_page.py" line="57"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="63"/>
        <source>No results yet: the calculation is running or has not succeeded.</source>
        <translation>尚无结果：正在计算或计算未成功。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="95"/>
        <source>Target check</source>
        <translation>目标核验</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="97"/>
        <source>Quantity</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="97"/>
        <location filename="../pages/results_page.py" line="103"/>
        <source>Before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="97"/>
        <location filename="../pages/results_page.py" line="103"/>
        <source>After</source>
        <translation>改造后</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="98"/>
        <source>Energy, standard coal and CO₂ before and after</source>
        <translation>改造前后的能耗、标准煤与 CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="99"/>
        <location filename="../pages/results_page.py" line="103"/>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="99"/>
        <source>Delivered before</source>
        <translation>改造前终端能耗</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="99"/>
        <source>Delivered after</source>
        <translation>改造后终端能耗</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="100"/>
        <source>Standard coal before</source>
        <translation>改造前标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="100"/>
        <source>Standard coal after</source>
        <translation>改造后标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="101"/>
        <source>CO₂ before</source>
        <translation>改造前 CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="101"/>
        <source>CO₂ after</source>
        <translation>改造后 CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="102"/>
        <source>By energy carrier</source>
        <translation>按能源品种</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="103"/>
        <source>End use</source>
        <translation>用能分项</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="104"/>
        <source>By end use</source>
        <translation>按用能分项</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="112"/>
        <source>Monthly needs and losses</source>
        <translation>逐月负荷与热损失</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="114"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="114"/>
        <source>Saving alone</source>
        <translation>单项节能率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="114"/>
        <source>Sequential contribution</source>
        <translation>依次贡献</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="115"/>
        <location filename="../pages/results_page.py" line="306"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="115"/>
        <location filename="../pages/results_page.py" line="309"/>
        <source>Simple payback</source>
        <translation>静态回收期</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="115"/>
        <location filename="../pages/results_page.py" line="312"/>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="115"/>
        <location filename="../pages/results_page.py" line="313"/>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="116"/>
        <location filename="../pages/results_page.py" line="314"/>
        <source>Abatement cost</source>
        <translation>减排成本</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="117"/>
        <source>Measures</source>
        <translation>节能措施</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="124"/>
        <source>Economics of the package</source>
        <translation>改造方案经济性</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="127"/>
        <source>Heating network</source>
        <translation>供热管网</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="130"/>
        <source>Rooftop PV and renewables</source>
        <translation>屋顶光伏与可再生能源</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="134"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="164"/>
        <source>The calculation failed: {0}</source>
        <translation>计算失败：{0}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="166"/>
        <source>The calculation failed: {0}. The results below are from an earlier state of the project (stale).</source>
        <translation>计算失败：{0}。以下为项目先前状态的结果（已过时）。</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="198"/>
        <source>PASS</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="198"/>
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="200"/>
        <source>Package saving rate {0} (target {1})</source>
        <translation>改造方案节能率 {0}（目标 {1}）</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="202"/>
        <source>Margin {0}</source>
        <translation>裕量 {0}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="204"/>
        <source>Basis: {0} — {1} building. All bases: {2}</source>
        <translation>考核口径：{0} — {1}。各口径：{2}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="210"/>
        <source>Delivered energy</source>
        <translation>终端能耗</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="211"/>
        <source>Standard coal</source>
        <translation>标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="212"/>
        <source>Standard coal, heating</source>
        <translation>供暖标准煤</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="213"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="214"/>
        <source>Heating need</source>
        <translation>供暖需热量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="215"/>
        <source>Cooling need</source>
        <translation>供冷需冷量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="216"/>
        <source>Energy cost</source>
        <translation>能源费用</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="288"/>
        <location filename="../pages/results_page.py" line="309"/>
        <source>never</source>
        <translation>无法回收</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="307"/>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="308"/>
        <source>Annual energy cost saving</source>
        <translation>年节约能源费用</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="310"/>
        <source>Discounted payback</source>
        <translation>动态回收期</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="311"/>
        <source>not within the analysis period</source>
        <translation>分析期内无法回收</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="315"/>
        <source>Cost of saved energy</source>
        <translation>节能成本</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="327"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="330"/>
        <source>Loss share of heat sent out</source>
        <translation>管网热损失率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="331"/>
        <source>Heat sent out</source>
        <translation>供热量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="332"/>
        <source>Pipe losses</source>
        <translation>管网热损失</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="333"/>
        <source>Pump electricity</source>
        <translation>水泵耗电</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="341"/>
        <source>Peak power</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="342"/>
        <source>Annual generation</source>
        <translation>年发电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="343"/>
        <source>Specific yield</source>
        <translation>单位容量发电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="344"/>
        <source>Self-consumed</source>
        <translation>自用电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="345"/>
        <source>Exported</source>
        <translation>上网电量</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="346"/>
        <source>Roof coverage</source>
        <translation>屋面覆盖率</translation>
    </message>
    <message>
        <location filename="../pages/results_page.py" line="349"/>
        <source>Renewable replacement rate</source>
        <translation>可再生能源替代率</translation>
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
        <location filename="../format.py" line="43"/>
        <source>pp</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <location filename="../labels.py" line="268"/>
        <source>W/(m²·K)</source>
        <translation>W/(m²·K)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="269"/>
        <source>W/(m·K)</source>
        <translation>W/(m·K)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="270"/>
        <source>kg/m³</source>
        <translation>kg/m³</translation>
    </message>
    <message>
        <location filename="../labels.py" line="271"/>
        <source>J/(kg·K)</source>
        <translation>J/(kg·K)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="272"/>
        <source>W/m²</source>
        <translation>W/m²</translation>
    </message>
    <message>
        <location filename="../labels.py" line="273"/>
        <source>kWh/(m²·a)</source>
        <translation>kWh/(m²·a)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="274"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>m³/h</source>
        <translation>m³/h</translation>
    </message>
    <message>
        <location filename="../labels.py" line="0"/>
        <source>m³/a</source>
        <translation>m³/年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="275"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../labels.py" line="276"/>
        <source>1/h</source>
        <translation>次/h</translation>
    </message>
    <message>
        <location filename="../labels.py" line="277"/>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../labels.py" line="278"/>
        <source>CNY/kWh</source>
        <translation>元/kWh</translation>
    </message>
    <message>
        <location filename="../labels.py" line="279"/>
        <source>CNY/m³</source>
        <translation>元/m³</translation>
    </message>
    <message>
        <location filename="../labels.py" line="280"/>
        <source>CNY/GJ</source>
        <translation>元/GJ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="281"/>
        <source>CNY/m²</source>
        <translation>元/m²</translation>
    </message>
    <message>
        <location filename="../labels.py" line="282"/>
        <source>CNY/t</source>
        <translation>元/t</translation>
    </message>
    <message>
        <location filename="../labels.py" line="283"/>
        <source>CNY/kg</source>
        <translation>元/kg</translation>
    </message>
    <message>
        <location filename="../labels.py" line="284"/>
        <source>CNY/a</source>
        <translation>元/年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="285"/>
        <location filename="../labels.py" line="286"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../labels.py" line="287"/>
        <source>kgce/kWh</source>
        <translation>kgce/kWh</translation>
    </message>
    <message>
        <location filename="../labels.py" line="288"/>
        <source>kg/kWh</source>
        <translation>kg/kWh</translation>
    </message>
    <message>
        <location filename="../labels.py" line="289"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <source>Stakeholder</source>
        <translation>相关方</translation>
    </message>
    <message>
        <source>Present value over the period</source>
        <translation>分析期现值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>用能单位</translation>
    </message>
    <message>
        <source>ESCO</source>
        <translation>节能服务公司</translation>
    </message>
    <message>
        <source>Who pays and who gains</source>
        <translation>谁出资、谁受益</translation>
    </message>
    <message>
        <source>Energy-performance contract</source>
        <translation>合同能源管理</translation>
    </message>
    <message>
        <source>Energy-performance contract: {0}</source>
        <translation>合同能源管理：{0}</translation>
    </message>
    <message>
        <source>Occupants (energy bills)</source>
        <translation>住户（能源账单）</translation>
    </message>
    <message>
        <source>Heating company (revenue − production cost)</source>
        <translation>供热企业（收入 − 生产成本）</translation>
    </message>
    <message>
        <source>Owner / investor (after investment and subsidies)</source>
        <translation>业主 / 投资方（扣除投资与补贴后）</translation>
    </message>
    <message>
        <source>Society (energy at cost + CO₂ at {0})</source>
        <translation>社会（能源按成本计 + CO₂ 按 {0} 计）</translation>
    </message>
    <message>
        <source>Heat bill</source>
        <translation>供热费</translation>
    </message>
    <message>
        <source>{0} ({1}) → {2} ({3})</source>
        <translation>{0}（{1}）→ {2}（{3}）</translation>
    </message>
    <message>
        <source>Saving from the tariff change alone</source>
        <translation>仅因计价方式改变的节省</translation>
    </message>
    <message>
        <source>Saving from the lower consumption</source>
        <translation>因用热减少的节省</translation>
    </message>
    <message>
        <source>Metered heat price applied</source>
        <translation>采用的计量热价</translation>
    </message>
    <message>
        <source>Revenue-neutral metered price</source>
        <translation>收入中性的计量热价</translation>
    </message>
    <message>
        <source>Owner: investment − subsidies</source>
        <translation>业主：投资 − 补贴</translation>
    </message>
    <message>
        <source>{0} − {1}</source>
        <translation>{0} − {1}</translation>
    </message>
    <message>
        <source>Owner: residual value at the end</source>
        <translation>业主：期末残值</translation>
    </message>
    <message>
        <source>not applicable: the ESCO invests nothing, its return is a fee</source>
        <translation>不适用：节能服务公司不出资，收益为服务费</translation>
    </message>
    <message>
        <source>none: the cash flows never change sign</source>
        <translation>无：现金流不变号</translation>
    </message>
    <message>
        <source>none: the NPV does not reach zero</source>
        <translation>无：净现值达不到零</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>合同期</translation>
    </message>
    <message>
        <source>Expected saving shared (first year)</source>
        <translation>预期节能效益（首年）</translation>
    </message>
    <message>
        <source>ESCO NPV</source>
        <translation>节能服务公司净现值</translation>
    </message>
    <message>
        <source>ESCO IRR</source>
        <translation>节能服务公司内部收益率</translation>
    </message>
    <message>
        <source>ESCO discounted payback</source>
        <translation>节能服务公司动态回收期</translation>
    </message>
    <message>
        <source>not within the term</source>
        <translation>合同期内不能回收</translation>
    </message>
    <message>
        <source>Client NPV</source>
        <translation>用能单位净现值</translation>
    </message>
    <message>
        <source>Client gain during the term</source>
        <translation>用能单位合同期内收益</translation>
    </message>
    <message>
        <source>Shortfall paid by the ESCO</source>
        <translation>节能服务公司补偿的差额</translation>
    </message>
    <message>
        <source>ESCO IRR if savings are ×{0} … ×{1}</source>
        <translation>节能量为 ×{0} … ×{1} 时的节能服务公司内部收益率</translation>
    </message>
    <message>
        <source>{0} … {1}</source>
        <translation>{0} … {1}</translation>
    </message>
    <message>
        <source>Gain in the first year</source>
        <translation>首年收益</translation>
    </message>
    <message>
        <source>Subsidies paid to the ESCO</source>
        <translation>节能服务公司获得的补贴</translation>
    </message>
    <message>
        <source>Heating company: heat sent out (of it lost in the network)</source>
        <translation>供热企业：供热量（其中管网损失）</translation>
    </message>
</context>
</TS>
