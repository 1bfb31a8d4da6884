// State of the model orchestrator: per-building links into the solar, thermal and supply modules
// (use type, floor area, roof plane, PV size, windows per plane) and the per-use hourly profiles.
// Buffers come from the shared bump heap at modelInit; nothing allocates afterwards.
import { allocF64, allocZeroed } from "../buffers";

export let buildingCount: i32 = 0;
export let useCount: i32 = 0;
export let planeCount: i32 = 0;
export let hourCount: i32 = 0;
export let blockMax: i32 = 0; // largest block of the year mode (modelYearStart)

export let useIndex: usize = 0; // i32[N]: row of the building's use type in the profiles
export let floorArea_m2: usize = 0; // f64[N]: scales the per-m² profiles
export let roofPlane: usize = 0; // i32[N]: solar plane of the building's PV
export let pv_kWp: usize = 0; // f64[N]
// f64[⌈N/2⌉ · planes · 2], pair-interleaved: plane p of building i at ((i >> 1)·planes + p)·2 + (i & 1),
// a pair's areas on a plane one f64x2 (pairs.ts copies them into the pairs' records for the fused step)
export let windowArea_m2: usize = 0;
export let windowG: usize = 0; // f64[N]
export let windowFrame: usize = 0; // f64[N]
export let windowShading: usize = 0; // f64[N]
export let windowFactor: usize = 0; // f64[N]: g·(1 − F_F)·F_sh, derived by modelPrepare
export let tMassStart_C: usize = 0; // f64[N]: mass temperature at the start of a run
export let gains_W_m2: usize = 0; // f64[uses · hours]: internal gains per m² heated floor
export let appliances_W_m2: usize = 0; // f64[uses · hours]
export let dhw_W_m2: usize = 0; // f64[uses · hours]
// Derived for the year mode's pair kernels (pairs.ts, refreshed at every modelYearStart):
export let useRows: usize = 0; // f64[uses · hours · 4]: gains, DHW, appliances [W/m²], 0 per use-hour
export let useRowOf: usize = 0; // u32[N]: address of the building's use in useRows (hour 0)

function allocI32(n: i32): usize {
  const slots: i32 = n > 0 ? n : 1;
  return allocZeroed((<usize>slots) << 2);
}

function zeroedF64(n: i32): usize {
  const slots: i32 = n > 0 ? n : 1;
  const ptr = allocF64(slots);
  memory.fill(ptr, 0, (<usize>slots) << 3);
  return ptr;
}

export function allocateModel(n: i32, uses: i32, planes: i32, hours: i32): void {
  buildingCount = n;
  useCount = uses;
  planeCount = planes;
  hourCount = hours;
  useIndex = allocI32(n);
  floorArea_m2 = zeroedF64(n);
  roofPlane = allocI32(n);
  pv_kWp = zeroedF64(n);
  windowArea_m2 = zeroedF64(((n + 1) >> 1) * planes * 2);
  windowG = zeroedF64(n);
  windowFrame = zeroedF64(n);
  windowShading = zeroedF64(n);
  windowFactor = zeroedF64(n);
  tMassStart_C = zeroedF64(n);
  gains_W_m2 = zeroedF64(uses * hours);
  appliances_W_m2 = zeroedF64(uses * hours);
  dhw_W_m2 = zeroedF64(uses * hours);
  useRows = zeroedF64(uses * hours * USE_ROW_F64);
  useRowOf = allocI32(n);
}

/** f64 per use-hour in useRows (gains, DHW, appliances, padding to 32 bytes). */
export const USE_ROW_F64: i32 = 4;

export let runIn: usize = 0; // RUN_HOURS rows of ⌊blockMax/2⌋ + 1 pair slots (heat f64x2, cooling f64x2): run.ts
let runCapacity: i32 = 0;

/** Sizes the year mode's run buffer for blocks of up to `block` buildings (grows only). */
export function allocateRun(block: i32, runHours: i32): void {
  const slots = ((block >> 1) + 1) * runHours;
  if (slots > runCapacity) {
    runCapacity = slots;
    runIn = allocF64(4 * slots);
  }
  blockMax = block;
}
