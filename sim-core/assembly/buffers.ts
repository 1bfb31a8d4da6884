// Small enough that -O3 inlines them; decorators are avoided so standard TS tooling parses the core.
// Structure-of-arrays storage: every buffer is carved from the WASM heap at init and viewed
// zero-copy by the host. Nothing here allocates after init.

/** Allocates `count` f64 slots, zero-filled; returns the byte pointer. */
export function allocF64(count: i32): usize {
  const bytes = (<usize>count) << 3;
  const ptr = heap.alloc(bytes > 0 ? bytes : 8);
  memory.fill(ptr, 0, bytes);
  return ptr;
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
