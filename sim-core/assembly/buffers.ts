// Small enough that -O3 inlines them; decorators are avoided so standard TS tooling parses the core.
// Structure-of-arrays storage: every buffer is carved from the WASM heap at init and viewed
// zero-copy by the host. Nothing here allocates after init.

/**
 * Grows memory to hold `bytes` more on the heap plus one spare page. The stub runtime grows by
 * max(what is missing, the whole memory), so without this one 100 MB buffer in a 150 MB memory would
 * take 150 MB more; growing first by what is missing keeps memory at what the buffers need. The spare
 * page keeps the next probe (heap.alloc(1), 32 bytes) from growing memory itself.
 */
function growFor(bytes: usize): void {
  const end = heap.alloc(1) + bytes + 65536 + 64;
  const have = (<usize>memory.size()) << 16;
  if (end > have) memory.grow(<i32>((end - have + 0xffff) >> 16));
}

/** Allocates `bytes` (at least 8), zero-filled, growing memory only by what is missing; returns the pointer. */
export function allocZeroed(bytes: usize): usize {
  const size = bytes > 8 ? bytes : 8;
  growFor(size);
  const ptr = heap.alloc(size);
  memory.fill(ptr, 0, size);
  return ptr;
}

/** Allocates `count` f64 slots, zero-filled; returns the byte pointer. */
export function allocF64(count: i32): usize {
  return allocZeroed((<usize>count) << 3);
}

/** Drops every buffer (stub runtime: the bump allocator starts over). */
export function resetHeap(): void {
  heap.reset();
}

export function loadF64(base: usize, index: i32): f64 {
  return load<f64>(base + ((<usize>index) << 3));
}

export function storeF64(base: usize, index: i32, value: f64): void {
  store<f64>(base + ((<usize>index) << 3), value);
}
