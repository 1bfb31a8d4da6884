// Public host API of the supply module; the building-stock builder is re-exported here because the
// aggregate sim-core/index.ts re-exports this file.
export * from "../stock/index.ts";
