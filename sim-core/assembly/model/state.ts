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
export let windowArea_m2: usize = 0; // f64[N · planes], building-major: plane p of building i at i·planes + p
export let windowG: usize = 0; // f64[N]
export let windowFrame: usize = 0; // f64[N]
export let windowShading: usize = 0; // f64[N]
export let windowFactor: usize = 0; // f64[N]: g·(1 − F_F)·F_sh, derived by modelPrepare
export let tMassStart_C: usize = 0; // f64[N]: mass temperature at the start of a run
export let gains_W_m2: usize = 0; // f64[uses · hours]: internal gains per m² heated floor
export let appliances_W_m2: usize = 0; // f64[uses · hours]
export let dhw_W_m2: usize = 0; // f64[uses · hours]

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
  windowArea_m2 = zeroedF64(n * planes);
  windowG = zeroedF64(n);
  windowFrame = zeroedF64(n);
  windowShading = zeroedF64(n);
  windowFactor = zeroedF64(n);
  tMassStart_C = zeroedF64(n);
  gains_W_m2 = zeroedF64(uses * hours);
  appliances_W_m2 = zeroedF64(uses * hours);
  dhw_W_m2 = zeroedF64(uses * hours);
}

export let runIn: usize = 0; // f64[2 · runHours · blockMax]: a run's space heat and cooling, stream-major, then hour, building
let runCapacity: i32 = 0;

/** Sizes the year mode's run buffers for blocks of up to `block` buildings (grows only). */
export function allocateRun(block: i32, runHours: i32): void {
  if (block * runHours > runCapacity) {
    runCapacity = block * runHours;
    runIn = allocF64(2 * runCapacity);
  }
  blockMax = block;
}
