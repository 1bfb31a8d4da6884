// Mirror of sim-core/assembly/supply/layout.ts (a test checks the strides against the WASM).

// System types (per building).
export const SYS_DIRECT = 0;
export const SYS_HP_AIR_AIR = 1;
export const SYS_HP_AIR_WATER = 2;
export const SYS_HP_GROUND = 3;
export const SYS_DISTRICT = 4;
export const SYS_BIO = 5;
export const SYS_COUNT = 6;

// Per-system-type parameters, f64[SYS_COUNT · SP_STRIDE].
export const SP_KIND = 0; // 0 resistive, 1 heat pump, 2 district heat, 3 boiler
export const SP_ETA_CARNOT = 1; // Carnot fraction η_C
export const SP_SINK_SPACE_C = 2; // heat-pump sink for space heating [°C]
export const SP_SINK_DHW_C = 3; // heat-pump sink for DHW [°C]
export const SP_SOURCE_GROUND = 4; // 1 = ground (constant), 0 = outdoor air
export const SP_CUTOFF_C = 5; // primary unit off below this outdoor temperature
export const SP_COP_MAX = 6;
export const SP_EFFICIENCY = 7; // boiler efficiency (kind 3)
export const SP_DHW_ON_SYSTEM = 8; // 1 = the primary unit also makes DHW, 0 = electric water heater
export const SP_STRIDE = 10;

export const KIND_RESISTIVE = 0;
export const KIND_HEAT_PUMP = 1;
export const KIND_DISTRICT = 2;
export const KIND_BOILER = 3;

// Global parameters, f64[GP_COUNT].
export const GP_GROUND_C = 0; // ground-source temperature [°C]
export const GP_MIN_LIFT_K = 1; // smallest temperature lift used in the Carnot COP
export const GP_COOL_ETA = 2; // Carnot fraction of cooling units
export const GP_COOL_EVAP_C = 3; // evaporator temperature of cooling [°C]
export const GP_COOL_COND_OFFSET_K = 4; // condenser above outdoor air [K]
export const GP_COOL_COP_MAX = 5;
export const GP_EF_BIO_G_KWH = 6; // emission factor of bio fuel [g/kWh fuel]
export const GP_DH_LOSS_SHARE = 7; // network loss as a share of delivered heat
export const GP_DH_FIXED_LOSS_W = 8; // constant network loss [W]
export const GP_DH_GRID_AREA = 9; // grid area of the district-heat plants' electricity (−1 none)
export const GP_DETAIL = 10; // 1 = write per-building hourly flows (buildingOut); 0 = monthly results only (faster)
export const GP_COUNT = 16;

// Per-building hourly outputs of the last step: f64[buildings · OUT_STRIDE], one record per building.
export const OUT_EL_SPACE = 0;
export const OUT_EL_DHW = 1;
export const OUT_EL_COOL = 2;
export const OUT_EL_EV = 3;
export const OUT_IMPORT = 4;
export const OUT_EXPORT = 5;
export const OUT_BAT_CHARGE = 6;
export const OUT_BAT_DISCHARGE = 7;
export const OUT_DISTRICT_HEAT = 8;
export const OUT_BIO_FUEL = 9;
export const OUT_AMBIENT = 10;
export const OUT_BIO_LOSS = 11;
export const OUT_BAT_LOSS = 12;
export const OUT_CO2_G = 13;
export const OUT_STRIDE = 14;

// Per-building monthly energy [Wh] and emissions [g]: f64[12 · buildings · M_STRIDE], index (month·N + i)·M_STRIDE + q.
// The hot loop accumulates only what varies nonlinearly hour by hour; EL_EV, DISTRICT_HEAT, BIO_FUEL,
// AMBIENT, BIO_LOSS, CO2_BIO and CO2_DH are derived exactly by supplyFinalize.
export const M_SPACE_HEAT = 0;
export const M_DHW = 1;
export const M_COOLING = 2; // cooling delivered, positive
export const M_EL_SPACE = 3;
export const M_EL_DHW = 4;
export const M_EL_COOL = 5;
export const M_EL_APPLIANCES = 6;
export const M_EL_EV = 7;
export const M_PV = 8;
export const M_IMPORT = 9;
export const M_EXPORT = 10;
export const M_DISTRICT_HEAT = 11;
export const M_BIO_FUEL = 12;
export const M_AMBIENT = 13;
export const M_BIO_LOSS = 14;
export const M_BAT_LOSS = 15;
export const M_CO2_EL_G = 16;
export const M_CO2_BIO_G = 17;
export const M_CO2_DH_G = 18; // filled by supplyFinalize
export const M_PRIMARY_HEAT = 19; // heat from the primary unit (working sum; DH, bio and ambient derive from it)
export const M_STRIDE = 20;

// Grid-area hourly series: f64[hours · areas · A_STRIDE], index (h·areas + a)·A_STRIDE + k.
export const A_IMPORT = 0; // Σ building import + area EV + district-heat plant electricity
export const A_EXPORT = 1;
export const A_EV = 2; // area-level EV fleet charging
export const A_DH_ELECTRIC = 3;
export const A_CO2_G = 4;
export const A_STRIDE = 5;

// District-heat hourly series: f64[hours · D_STRIDE]; plants' output separately f64[hours · plants].
export const D_DEMAND = 0;
export const D_LOSS = 1;
export const D_UNSERVED = 2;
export const D_ELECTRIC = 3;
export const D_CO2_G = 4;
export const D_WASTE_UNUSED = 5;
export const D_STRIDE = 6;

// District-heat plants: f64[plants · P_STRIDE], in merit order.
export const P_KIND = 0; // 0 waste CHP, 1 heat pump, 2 bio boiler, 3 electric boiler, 4 oil boiler
export const P_CAPACITY_W = 1;
export const P_EFFICIENCY = 2; // heat out per fuel or electricity in (COP for heat pumps)
export const P_EF_G_KWH = 3; // g per kWh of fuel in (ignored for electric plants: hourly grid factor)
export const P_STRIDE = 4;

export const PLANT_WASTE = 0;
export const PLANT_HEAT_PUMP = 1;
export const PLANT_BIO = 2;
export const PLANT_ELECTRIC_BOILER = 3;
export const PLANT_OIL = 4;

// Battery modes and EV charging modes.
export const BAT_SELF_CONSUMPTION = 0;
export const BAT_PEAK_SHAVING = 1;
export const EV_UNCONTROLLED = 0;
export const EV_SMART_NIGHT = 1;
