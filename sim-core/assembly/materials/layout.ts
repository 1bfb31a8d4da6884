// Shape of the materials network, shared by every materials module (mirrored in host/materials/layout.ts).
// Fractions, processes and building materials are fixed indices; an entity is an index.

/** Waste fractions: food, paper, plastic, glassMetal, textiles, wood, garden, ee, hazardous, residual. */
export const FRACTION_COUNT: i32 = 10;
/** Processes of the waste network, in flow order (every transfer goes to a higher index). */
export const PROCESS_COUNT: i32 = 12;
/** Destinations: every process plus the system boundary (last column). */
export const DEST_COUNT: i32 = 13;
export const BOUNDARY: i32 = 12;

export const P_GENERATION: i32 = 0;
export const P_SEPARATION: i32 = 1;
export const P_COLLECT_SEPARATE: i32 = 2;
export const P_COLLECT_RESIDUAL: i32 = 3;
export const P_SORTING: i32 = 4;
export const P_REUSE: i32 = 5;
export const P_RECYCLING: i32 = 6;
export const P_BIOGAS: i32 = 7;
export const P_COMPOSTING: i32 = 8;
export const P_INCINERATION: i32 = 9;
export const P_LANDFILL: i32 = 10;
export const P_SPECIAL: i32 = 11;

/** Building materials: concrete, brick, steel, timber, glass, insulation, gypsum. */
export const MATERIAL_COUNT: i32 = 7;
export const M_INSULATION: i32 = 5;
/** Building-stock processes: construction site, in-use stock, C&D waste treatment. */
export const B_SITE: i32 = 0;
export const B_STOCK: i32 = 1;
export const B_CD: i32 = 2;
/** C&D routes per material: reuse of components, recycling, energy recovery, landfill. */
export const CD_ROUTE_COUNT: i32 = 4;

export const DAYS_PER_YEAR: i32 = 365;
export const HOURS_PER_DAY: i32 = 24;
export const HOURS_PER_YEAR: i32 = 8760;

/** Plant scalars (buffer PLANT). */
export const PL_CAPACITY_T_YR: i32 = 0;
export const PL_BUNKER_MAX_T: i32 = 1;
export const PL_RESIDENCE_H: i32 = 2;
export const PL_ETA_HEAT: i32 = 3;
export const PL_ETA_EL: i32 = 4;
export const PLANT_SCALARS: i32 = 5;

/** Building-stock year accumulators (buffer B_YEAR), each MATERIAL_COUNT long, routes CD_ROUTE_COUNT per material. */
export const BY_DELIVERED: i32 = 0;
export const BY_BUILT_IN: i32 = 1;
export const BY_RETROFIT: i32 = 2;
export const BY_DEMOLITION: i32 = 3;
export const BY_SITE_WASTE: i32 = 4;
export const BY_ROUTES: i32 = 5;
export const B_YEAR_SIZE: i32 = 9 * 7;

/** Buffer ids for materialsBufferPtr (sizes in host/materials/layout.ts bufferLengths). */
export const BUF_POP: i32 = 0; // [dwellings] persons
export const BUF_GEN_PERSON: i32 = 1; // [dwellings × F] kg/person/yr
export const BUF_AREA_USE: i32 = 2; // [uses] m²
export const BUF_GEN_AREA: i32 = 3; // [uses × F] kg/m²/yr
export const BUF_TC: i32 = 4; // [P × F × D] transfer coefficients
export const BUF_IMPORT: i32 = 5; // [F] t/yr delivered from outside straight to incineration
export const BUF_PLANT: i32 = 6; // [PLANT_SCALARS]
export const BUF_LHV: i32 = 7; // [F] MJ/kg
export const BUF_B_AREA: i32 = 8; // [buildings + archetypes] m² (surviving floor area; last rows: new-construction cohorts)
export const BUF_B_ARCH: i32 = 9; // [buildings] archetype index
export const BUF_B_AGE: i32 = 10; // [buildings + archetypes] years
export const BUF_INTENSITY: i32 = 11; // [archetypes × M] kg/m²
export const BUF_WEIBULL: i32 = 12; // [archetypes × 2] shape k, scale λ [yr]
export const BUF_RETROFIT: i32 = 13; // [archetypes × 2] rate [1/yr], insulation added [kg/m²]
export const BUF_CONSTRUCTION: i32 = 14; // [archetypes] new floor area [m²/yr]
export const BUF_CD_TC: i32 = 15; // [M × CD_ROUTE_COUNT]
export const BUF_B_SCALARS: i32 = 16; // [1] construction-site waste share
export const BUF_FLOW_STEP: i32 = 17; // [P × D × F] t in the last step
export const BUF_FLOW_TOTAL: i32 = 18; // [P × D × F] t since init
export const BUF_P_IN: i32 = 19; // [P × F] t inflow in the last step (incl. from the boundary)
export const BUF_P_OUT: i32 = 20; // [P × F] t outflow in the last step (incl. to the boundary)
export const BUF_P_DSTOCK: i32 = 21; // [P × F] t change of stock in the last step
export const BUF_P_STOCK: i32 = 22; // [P × F] t stock now
export const BUF_HEAT_W: i32 = 23; // [8760] recovered heat per hour of the current year [W]
export const BUF_ELEC_W: i32 = 24; // [8760] electricity per hour of the current year [W]
export const BUF_PLANT_OUT: i32 = 25; // [2 × F + 2] since the last clear: t burnt, t diverted (bunker full), heat Wh, electricity Wh
export const BUF_B_STOCK: i32 = 26; // [(buildings + archetypes) × M] kg in use
export const BUF_B_BAL: i32 = 27; // [3 processes × 3 (in, out, Δstock) × M] kg in the last step
export const BUF_B_YEAR: i32 = 28; // [B_YEAR_SIZE] kg since init
export const BUF_GEN_DAILY: i32 = 29; // [2 × F] t/day: all generation, households only
export const BUF_COUNT: i32 = 30;
