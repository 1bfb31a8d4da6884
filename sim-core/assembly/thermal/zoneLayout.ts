// Slot order of a zone's 15 parameters, shared by the zone-hour buffer and the city kernel's
// parameter buffers (the host mirrors it in sim-core/host/thermal/layout.ts).
export const P_FLOOR_AREA: i32 = 0; // A_f [m²]
export const P_VOLUME: i32 = 1; // V [m³]
export const P_WINDOW_AREA: i32 = 2; // A_w [m²]
export const P_OPAQUE_AREA: i32 = 3; // A_op [m²]
export const P_INTERNAL_SURFACE_AREA: i32 = 4; // A_t [m²]
export const P_U_WINDOW: i32 = 5; // U_w [W/(m²K)]
export const P_U_OPAQUE: i32 = 6; // U_op [W/(m²K)]
export const P_ACH_VENT: i32 = 7; // mechanical ventilation [1/h]
export const P_ACH_INFILTRATION: i32 = 8; // infiltration [1/h]
export const P_HEAT_RECOVERY: i32 = 9; // η [-]
export const P_CAPACITANCE: i32 = 10; // κ [J/(m²K)] per floor area
export const P_SETPOINT_HEATING: i32 = 11; // [°C]
export const P_SETPOINT_COOLING: i32 = 12; // [°C]
export const P_MAX_HEATING: i32 = 13; // ≥ 0 [W], may be +∞
export const P_MAX_COOLING: i32 = 14; // ≤ 0 [W], may be −∞
export const ZONE_PARAM_COUNT: i32 = 15;
