// Field layout of the supply module's buffers. Mirrored by sim-core/host/supply/layout.ts
// (a test checks both agree through supplyLayoutValue).

// System types (per building).
export const SYS_DIRECT: i32 = 0;
export const SYS_HP_AIR_AIR: i32 = 1;
export const SYS_HP_AIR_WATER: i32 = 2;
export const SYS_HP_GROUND: i32 = 3;
export const SYS_DISTRICT: i32 = 4;
export const SYS_BIO: i32 = 5;
export const SYS_COUNT: i32 = 6;

// Per-system-type parameters, f64[SYS_COUNT · SP_STRIDE].
export const SP_KIND: i32 = 0; // 0 resistive, 1 heat pump, 2 district heat, 3 boiler
export const SP_ETA_CARNOT: i32 = 1; // Carnot fraction η_C
export const SP_SINK_SPACE_C: i32 = 2; // heat-pump sink for space heating [°C]
export const SP_SINK_DHW_C: i32 = 3; // heat-pump sink for DHW [°C]
export const SP_SOURCE_GROUND: i32 = 4; // 1 = ground (constant), 0 = outdoor air
export const SP_CUTOFF_C: i32 = 5; // primary unit off below this outdoor temperature
export const SP_COP_MAX: i32 = 6;
export const SP_EFFICIENCY: i32 = 7; // boiler efficiency (kind 3)
export const SP_DHW_ON_SYSTEM: i32 = 8; // 1 = the primary unit also makes DHW, 0 = electric water heater
export const SP_STRIDE: i32 = 10;

export const KIND_RESISTIVE: f64 = 0;
export const KIND_HEAT_PUMP: f64 = 1;
export const KIND_DISTRICT: f64 = 2;
export const KIND_BOILER: f64 = 3;

// Global parameters, f64[GP_COUNT].
export const GP_GROUND_C: i32 = 0; // ground-source temperature [°C]
export const GP_MIN_LIFT_K: i32 = 1; // smallest temperature lift used in the Carnot COP
export const GP_COOL_ETA: i32 = 2; // Carnot fraction of cooling units
export const GP_COOL_EVAP_C: i32 = 3; // evaporator temperature of cooling [°C]
export const GP_COOL_COND_OFFSET_K: i32 = 4; // condenser above outdoor air [K]
export const GP_COOL_COP_MAX: i32 = 5;
export const GP_EF_BIO_G_KWH: i32 = 6; // emission factor of bio fuel [g/kWh fuel]
export const GP_DH_LOSS_SHARE: i32 = 7; // network loss as a share of delivered heat
export const GP_DH_FIXED_LOSS_W: i32 = 8; // constant network loss [W]
export const GP_DH_GRID_AREA: i32 = 9; // grid area of the district-heat plants' electricity (−1 none)
export const GP_DETAIL: i32 = 10; // 1 = write per-building hourly flows (buildingOut); 0 = monthly results only (faster)
export const GP_COUNT: i32 = 16;

// Per-building hourly outputs of the last step: f64[buildings · OUT_STRIDE], one record per building.
export const OUT_EL_SPACE: i32 = 0;
export const OUT_EL_DHW: i32 = 1;
export const OUT_EL_COOL: i32 = 2;
export const OUT_EL_EV: i32 = 3;
export const OUT_IMPORT: i32 = 4;
export const OUT_EXPORT: i32 = 5;
export const OUT_BAT_CHARGE: i32 = 6;
export const OUT_BAT_DISCHARGE: i32 = 7;
export const OUT_DISTRICT_HEAT: i32 = 8;
export const OUT_BIO_FUEL: i32 = 9;
export const OUT_AMBIENT: i32 = 10;
export const OUT_BIO_LOSS: i32 = 11;
export const OUT_BAT_LOSS: i32 = 12;
export const OUT_CO2_G: i32 = 13;
export const OUT_STRIDE: i32 = 14;

// Per-building monthly energy [Wh] and emissions [g]: f64[12 · buildings · M_STRIDE], index (month·N + i)·M_STRIDE + q.
// The hot loop accumulates only what varies nonlinearly hour by hour; EL_EV, DISTRICT_HEAT, BIO_FUEL,
// AMBIENT, BIO_LOSS, CO2_BIO and CO2_DH are derived exactly by supplyFinalize.
export const M_SPACE_HEAT: i32 = 0;
export const M_DHW: i32 = 1;
export const M_COOLING: i32 = 2; // cooling delivered, positive
export const M_EL_SPACE: i32 = 3;
export const M_EL_DHW: i32 = 4;
export const M_EL_COOL: i32 = 5;
export const M_EL_APPLIANCES: i32 = 6;
export const M_EL_EV: i32 = 7;
export const M_PV: i32 = 8;
export const M_IMPORT: i32 = 9;
export const M_EXPORT: i32 = 10;
export const M_DISTRICT_HEAT: i32 = 11;
export const M_BIO_FUEL: i32 = 12;
export const M_AMBIENT: i32 = 13;
export const M_BIO_LOSS: i32 = 14;
export const M_BAT_LOSS: i32 = 15;
export const M_CO2_EL_G: i32 = 16;
export const M_CO2_BIO_G: i32 = 17;
export const M_CO2_DH_G: i32 = 18; // filled by supplyFinalize
export const M_PRIMARY_HEAT: i32 = 19; // heat from the primary unit (working sum; DH, bio and ambient derive from it)
export const M_STRIDE: i32 = 20;

// Grid-area hourly series: f64[hours · areas · A_STRIDE], index (h·areas + a)·A_STRIDE + k.
export const A_IMPORT: i32 = 0; // Σ building import + area EV + district-heat plant electricity
export const A_EXPORT: i32 = 1;
export const A_EV: i32 = 2; // area-level EV fleet charging
export const A_DH_ELECTRIC: i32 = 3;
export const A_CO2_G: i32 = 4;
export const A_STRIDE: i32 = 5;

// District-heat hourly series: f64[hours · D_STRIDE]; plants' output separately f64[hours · plants].
export const D_DEMAND: i32 = 0;
export const D_LOSS: i32 = 1;
export const D_UNSERVED: i32 = 2;
export const D_ELECTRIC: i32 = 3;
export const D_CO2_G: i32 = 4;
export const D_WASTE_UNUSED: i32 = 5;
export const D_STRIDE: i32 = 6;

// District-heat plants: f64[plants · P_STRIDE], in merit order.
export const P_KIND: i32 = 0; // 0 waste CHP, 1 heat pump, 2 bio boiler, 3 electric boiler, 4 oil boiler
export const P_CAPACITY_W: i32 = 1;
export const P_EFFICIENCY: i32 = 2; // heat out per fuel or electricity in (COP for heat pumps)
export const P_EF_G_KWH: i32 = 3; // g per kWh of fuel in (ignored for electric plants: hourly grid factor)
export const P_STRIDE: i32 = 4;

export const PLANT_WASTE: f64 = 0;
export const PLANT_HEAT_PUMP: f64 = 1;
export const PLANT_BIO: f64 = 2;
export const PLANT_ELECTRIC_BOILER: f64 = 3;
export const PLANT_OIL: f64 = 4;

// Battery modes and EV charging modes.
export const BAT_SELF_CONSUMPTION: i32 = 0;
export const BAT_PEAK_SHAVING: i32 = 1;
export const EV_UNCONTROLLED: i32 = 0;
export const EV_SMART_NIGHT: i32 = 1;
