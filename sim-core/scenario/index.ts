// Scenarios: format, validation, identity, lever catalogue and cost model.
export * from "./types.ts";
export * from "./levers.ts";
export * from "./validate.ts";
export * from "./hash.ts";
export * from "./cost.ts";
export * from "./indicators.ts";
export * from "./macCurve.ts";
export * from "./results.ts";
export * from "./newScenario.ts";
export * from "./run/index.ts";
