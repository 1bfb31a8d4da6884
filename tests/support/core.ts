import { loadSimCore } from "../../sim-core/node.ts";

/** A fresh core instance per call: tests never share WASM memory. */
export const freshCore = loadSimCore;
