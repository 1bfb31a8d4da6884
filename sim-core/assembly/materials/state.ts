// All materials buffers live in one arena carved from the WASM heap at init (one heap.alloc);
// nothing is allocated afterwards. heap.reset is never called here: other modules may own heap blocks.
import {
  B_YEAR_SIZE,
  BUF_COUNT,
  CD_ROUTE_COUNT,
  DEST_COUNT,
  FRACTION_COUNT,
  HOURS_PER_YEAR,
  MATERIAL_COUNT,
  PLANT_SCALARS,
  PROCESS_COUNT,
} from "./layout";

export let dwellingCount: i32 = 0;
export let useCount: i32 = 0;
export let buildingCount: i32 = 0;
export let archetypeCount: i32 = 0;
export let day: i32 = 0; // days simulated since init
export let daysCounted: i32 = 0; // days in the accumulated totals (since init or the last clear)

let arena: usize = 0;
let bufferPtr: usize = 0; // BUF_COUNT pointers (u64 each) at the arena's head

/** Number of f64 in buffer `id` for the current dimensions (mirrors host/materials/layout.ts). */
export function bufferLength(id: i32): i32 {
  const F = FRACTION_COUNT;
  const P = PROCESS_COUNT;
  const D = DEST_COUNT;
  const M = MATERIAL_COUNT;
  const BA = buildingCount + archetypeCount;
  switch (id) {
    case 0:
      return dwellingCount;
    case 1:
      return dwellingCount * F;
    case 2:
      return useCount;
    case 3:
      return useCount * F;
    case 4:
      return P * F * D;
    case 5:
      return F;
    case 6:
      return PLANT_SCALARS;
    case 7:
      return F;
    case 8:
      return BA;
    case 9:
      return buildingCount;
    case 10:
      return BA;
    case 11:
      return archetypeCount * M;
    case 12:
      return archetypeCount * 2;
    case 13:
      return archetypeCount * 2;
    case 14:
      return archetypeCount;
    case 15:
      return M * CD_ROUTE_COUNT;
    case 16:
      return 1;
    case 17:
      return P * D * F;
    case 18:
      return P * D * F;
    case 19:
    case 20:
    case 21:
    case 22:
      return P * F;
    case 23:
    case 24:
      return HOURS_PER_YEAR;
    case 25:
      return 2 * F + 2;
    case 26:
      return BA * M;
    case 27:
      return 9 * M;
    case 28:
      return B_YEAR_SIZE;
    case 29:
      return 2 * F;
    default:
      return 0;
  }
}

/** Allocates (or re-allocates) the arena for the given dimensions, zero-filled; clock to day 0. */
export function allocate(dwellings: i32, uses: i32, buildings: i32, archetypes: i32): void {
  if (arena !== 0) heap.free(arena); // reclaimed when it is still the heap's last block
  dwellingCount = dwellings;
  useCount = uses;
  buildingCount = buildings;
  archetypeCount = archetypes;
  day = 0;
  daysCounted = 0;
  let total: usize = <usize>BUF_COUNT;
  for (let id = 0; id < BUF_COUNT; id++) total += <usize>bufferLength(id);
  const bytes = total << 3;
  arena = heap.alloc(bytes);
  memory.fill(arena, 0, bytes);
  bufferPtr = arena;
  let next: usize = arena + ((<usize>BUF_COUNT) << 3);
  for (let id = 0; id < BUF_COUNT; id++) {
    store<u64>(bufferPtr + ((<usize>id) << 3), <u64>next);
    next += (<usize>bufferLength(id)) << 3;
  }
}

/** Byte pointer of buffer `id` (0 before init or for an unknown id). */
export function ptr(id: i32): usize {
  if (bufferPtr === 0 || id < 0 || id >= BUF_COUNT) return 0;
  return <usize>load<u64>(bufferPtr + ((<usize>id) << 3));
}

export function advanceDay(): void {
  day++;
  daysCounted++;
}

export function clearCounted(): void {
  daysCounted = 0;
}

export function setDay(d: i32): void {
  day = d;
}
