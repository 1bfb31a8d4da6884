// One day of the waste network: boundary inflows (generation, imports to the plant), then every
// process in flow order. Routers split each fraction by their transfer coefficients; the plant
// keeps a bunker stock (incinerator.ts); the landfill keeps all it receives.
import { loadF64, storeF64 } from "../buffers";
import {
  BUF_FLOW_STEP,
  BUF_FLOW_TOTAL,
  BUF_GEN_DAILY,
  BUF_IMPORT,
  BUF_P_DSTOCK,
  BUF_P_IN,
  BUF_P_OUT,
  BUF_P_STOCK,
  BUF_TC,
  DAYS_PER_YEAR,
  DEST_COUNT,
  FRACTION_COUNT,
  P_GENERATION,
  P_INCINERATION,
  P_LANDFILL,
  PROCESS_COUNT,
} from "./layout";
import { ptr } from "./state";
import { stepIncineratorDay } from "./incinerator";

export function stepWasteDay(dayOfYear: i32): void {
  const F = FRACTION_COUNT;
  const P = PROCESS_COUNT;
  const D = DEST_COUNT;
  const flowStep = ptr(BUF_FLOW_STEP);
  const flowTotal = ptr(BUF_FLOW_TOTAL);
  const pin = ptr(BUF_P_IN);
  const pout = ptr(BUF_P_OUT);
  const dstock = ptr(BUF_P_DSTOCK);
  const stock = ptr(BUF_P_STOCK);
  const tc = ptr(BUF_TC);
  const gen = ptr(BUF_GEN_DAILY);
  const imports = ptr(BUF_IMPORT);

  memory.fill(flowStep, 0, (<usize>(P * D * F)) << 3);
  memory.fill(pin, 0, (<usize>(P * F)) << 3);
  memory.fill(pout, 0, (<usize>(P * F)) << 3);
  memory.fill(dstock, 0, (<usize>(P * F)) << 3);

  for (let f = 0; f < F; f++) {
    storeF64(pin, P_GENERATION * F + f, loadF64(gen, f));
    storeF64(pin, P_INCINERATION * F + f, loadF64(imports, f) / <f64>DAYS_PER_YEAR);
  }

  for (let p = 0; p < P; p++) {
    if (p === P_INCINERATION) {
      stepIncineratorDay(dayOfYear, flowStep);
      continue;
    }
    if (p === P_LANDFILL) {
      for (let f = 0; f < F; f++) {
        const in_t = loadF64(pin, p * F + f);
        storeF64(stock, p * F + f, loadF64(stock, p * F + f) + in_t);
        storeF64(dstock, p * F + f, in_t);
      }
      continue;
    }
    for (let f = 0; f < F; f++) {
      const in_t = loadF64(pin, p * F + f);
      if (in_t === 0) continue;
      const tcRow = (p * F + f) * D;
      let out_t: f64 = 0;
      for (let q = p + 1; q < D; q++) {
        const share = loadF64(tc, tcRow + q);
        if (share === 0) continue;
        const m_t = in_t * share;
        storeF64(flowStep, (p * D + q) * F + f, m_t);
        out_t += m_t;
        if (q < P) storeF64(pin, q * F + f, loadF64(pin, q * F + f) + m_t);
      }
      storeF64(pout, p * F + f, out_t);
    }
  }

  const n = P * D * F;
  for (let i = 0; i < n; i++) storeF64(flowTotal, i, loadF64(flowTotal, i) + loadF64(flowStep, i));
}
