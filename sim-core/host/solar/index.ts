// Public host API of the solar module (and of the weather module it reads, which has no
// re-export of its own in sim-core/index.ts).
export * from "../weather/index.ts";
