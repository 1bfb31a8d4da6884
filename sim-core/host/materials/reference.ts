// Plain-TypeScript reference of the WASM materials model: the same algorithm on the same buffer
// layout, written for reading and for checking the WASM core (tests compare both to 1e-9).
import {
  BOUNDARY,
  BUF,
  BUFFER_NAMES,
  type BufferName,
  BY,
  bufferLength,
  D,
  DAYS_PER_YEAR,
  type Dimensions,
  F,
  HOURS_PER_DAY,
  HOURS_PER_YEAR,
  M,
  type MaterialsBuffers,
  P,
  PL,
  proc,
  R,
} from "./layout.ts";

const GEN = proc("generation");
const INC = proc("incineration");
const LANDFILL = proc("landfill");
const INSULATION = 5;
const [SITE, STOCK, CD] = [0, 1, 2];
const [IN, OUT, DSTOCK] = [0, 1, 2];

export class ReferenceBuffers implements MaterialsBuffers {
  private readonly arrays = new Map<BufferName, Float64Array>();
  constructor(readonly dims: Dimensions) {
    for (const name of BUFFER_NAMES) this.arrays.set(name, new Float64Array(bufferLength(name, dims)));
  }
  buf(name: BufferName): Float64Array {
    return this.arrays.get(name)!;
  }
}

export class ReferenceModel {
  readonly buffers: ReferenceBuffers;
  day = 0;
  daysCounted = 0;
  constructor(dims: Dimensions) {
    this.buffers = new ReferenceBuffers(dims);
  }

  prepare(): void {
    this.updateGeneration();
    const b = this.buffers;
    const { buildings } = b.dims;
    const bArea = b.buf("bArea");
    const arch = b.buf("bArch");
    const intensity = b.buf("intensity");
    const stock = b.buf("bStock");
    for (let i = 0; i < buildings; i++) {
      const a = arch[i];
      for (let m = 0; m < M; m++) stock[i * M + m] = bArea[i] * intensity[a * M + m];
    }
  }

  updateGeneration(): void {
    const b = this.buffers;
    const { dwellings, uses } = b.dims;
    const pop = b.buf("pop");
    const perPerson = b.buf("genPerson");
    const area = b.buf("areaUse");
    const perArea = b.buf("genArea");
    const out = b.buf("genDaily");
    for (let f = 0; f < F; f++) {
      let households_kg = 0;
      for (let d = 0; d < dwellings; d++) households_kg += pop[d] * perPerson[d * F + f];
      let businesses_kg = 0;
      for (let u = 0; u < uses; u++) businesses_kg += area[u] * perArea[u * F + f];
      out[f] = (households_kg + businesses_kg) / 1000 / DAYS_PER_YEAR;
      out[F + f] = households_kg / 1000 / DAYS_PER_YEAR;
    }
  }

  stepDay(): number {
    const dayOfYear = this.day % DAYS_PER_YEAR;
    this.stepWaste(dayOfYear);
    this.buffers.buf("bBal").fill(0);
    if (dayOfYear === DAYS_PER_YEAR - 1) this.stepBuildingYear();
    this.day++;
    this.daysCounted++;
    return this.day;
  }

  /** Zeroes the accumulated totals (flows, plant output, building-stock year) but keeps every stock. */
  clearTotals(): void {
    for (const name of ["flowTotal", "plantOut", "bYear"] as const) this.buffers.buf(name).fill(0);
    this.daysCounted = 0;
  }

  stepDays(days: number): number {
    for (let i = 0; i < days; i++) this.stepDay();
    return this.day;
  }

  private stepWaste(dayOfYear: number): void {
    const b = this.buffers;
    const flowStep = b.buf("flowStep");
    const pin = b.buf("pIn");
    const pout = b.buf("pOut");
    const dstock = b.buf("pDStock");
    const stock = b.buf("pStock");
    const tc = b.buf("tc");
    const gen = b.buf("genDaily");
    const imports = b.buf("imports");
    flowStep.fill(0);
    pin.fill(0);
    pout.fill(0);
    dstock.fill(0);
    for (let f = 0; f < F; f++) {
      pin[GEN * F + f] = gen[f];
      pin[INC * F + f] = imports[f] / DAYS_PER_YEAR;
    }
    for (let p = 0; p < P; p++) {
      if (p === INC) {
        this.stepIncinerator(dayOfYear);
        continue;
      }
      if (p === LANDFILL) {
        for (let f = 0; f < F; f++) {
          stock[p * F + f] += pin[p * F + f];
          dstock[p * F + f] = pin[p * F + f];
        }
        continue;
      }
      for (let f = 0; f < F; f++) {
        const in_t = pin[p * F + f];
        if (in_t === 0) continue;
        const row = (p * F + f) * D;
        let out_t = 0;
        for (let q = p + 1; q < D; q++) {
          const share = tc[row + q];
          if (share === 0) continue;
          const m_t = in_t * share;
          flowStep[(p * D + q) * F + f] = m_t;
          out_t += m_t;
          if (q < P) pin[q * F + f] += m_t;
        }
        pout[p * F + f] = out_t;
      }
    }
    const total = b.buf("flowTotal");
    for (let i = 0; i < total.length; i++) total[i] += flowStep[i];
  }

  private stepIncinerator(dayOfYear: number): void {
    const b = this.buffers;
    const pin = b.buf("pIn");
    const pout = b.buf("pOut");
    const dstock = b.buf("pDStock");
    const stock = b.buf("pStock");
    const plant = b.buf("plant");
    const lhv = b.buf("lhv");
    const plantOut = b.buf("plantOut");
    const heat = b.buf("heatW");
    const elec = b.buf("elecW");
    const row = INC * F;
    let bunker_t = 0;
    for (let f = 0; f < F; f++) {
      dstock[row + f] = stock[row + f];
      stock[row + f] += pin[row + f];
      bunker_t += stock[row + f];
    }
    const bunkerMax_t = plant[PL.bunkerMax_t];
    if (bunker_t > bunkerMax_t && bunker_t > 0) {
      const keep = bunkerMax_t / bunker_t;
      for (let f = 0; f < F; f++) {
        const s = stock[row + f];
        const diverted = s - s * keep;
        stock[row + f] = s - diverted;
        plantOut[F + f] += diverted;
        pout[row + f] += diverted;
      }
    }
    const cap_t_h = plant[PL.capacity_t_yr] / HOURS_PER_YEAR;
    const tau_h = plant[PL.residence_h];
    const hour0 = dayOfYear * HOURS_PER_DAY;
    for (let h = 0; h < HOURS_PER_DAY; h++) {
      let s_t = 0;
      for (let f = 0; f < F; f++) s_t += stock[row + f];
      const rate_t_h = Math.min(s_t / tau_h, cap_t_h);
      let fuel_MJ = 0;
      if (s_t > 0 && rate_t_h > 0) {
        const share = rate_t_h / s_t;
        for (let f = 0; f < F; f++) {
          const s = stock[row + f];
          const burnt_t = s * share;
          stock[row + f] = s - burnt_t;
          plantOut[f] += burnt_t;
          pout[row + f] += burnt_t;
          fuel_MJ += burnt_t * 1000 * lhv[f];
        }
      }
      const fuel_W = (fuel_MJ * 1e6) / 3600;
      const heat_W = fuel_W * plant[PL.etaHeat];
      const elec_W = fuel_W * plant[PL.etaEl];
      heat[hour0 + h] = heat_W;
      elec[hour0 + h] = elec_W;
      plantOut[2 * F] += heat_W;
      plantOut[2 * F + 1] += elec_W;
    }
    const flowStep = b.buf("flowStep");
    for (let f = 0; f < F; f++) {
      flowStep[(INC * D + BOUNDARY) * F + f] = pout[row + f];
      dstock[row + f] = stock[row + f] - dstock[row + f];
    }
  }

  private stepBuildingYear(): void {
    const b = this.buffers;
    const { buildings, archetypes } = b.dims;
    const rows = buildings + archetypes;
    const area = b.buf("bArea");
    const arch = b.buf("bArch");
    const age = b.buf("bAge");
    const intensity = b.buf("intensity");
    const weibull = b.buf("weibull");
    const retrofit = b.buf("retrofit");
    const construction = b.buf("construction");
    const cdTc = b.buf("cdTc");
    const stock = b.buf("bStock");
    const bal = b.buf("bBal");
    const year = b.buf("bYear");
    const siteWasteShare = b.buf("bScalars")[0];
    const at = (process: number, kind: number, m: number) => (process * 3 + kind) * M + m;
    const total = (m: number) => {
      let s = 0;
      for (let i = 0; i < rows; i++) s += stock[i * M + m];
      return s;
    };
    for (let m = 0; m < M; m++) bal[at(STOCK, DSTOCK, m)] += -total(m);
    for (let i = 0; i < rows; i++) {
      const a = i < buildings ? arch[i] : i - buildings;
      const age_yr = age[i];
      const k = weibull[a * 2];
      const lambda_yr = weibull[a * 2 + 1];
      const x0 = (age_yr / lambda_yr) ** k;
      const x1 = ((age_yr + 1) / lambda_yr) ** k;
      const demolished = 1 - Math.exp(x0 - x1);
      const area_m2 = area[i];
      for (let m = 0; m < M; m++) {
        const s = stock[i * M + m];
        const out_kg = s * demolished;
        stock[i * M + m] = s - out_kg;
        bal[at(STOCK, OUT, m)] += out_kg;
        bal[at(CD, IN, m)] += out_kg;
        year[BY.demolition * M + m] += out_kg;
      }
      const surviving_m2 = area_m2 - area_m2 * demolished;
      area[i] = surviving_m2;
      const added_kg = retrofit[a * 2] * surviving_m2 * retrofit[a * 2 + 1];
      stock[i * M + INSULATION] += added_kg;
      bal[at(STOCK, IN, INSULATION)] += added_kg;
      year[BY.retrofit * M + INSULATION] += added_kg;
      age[i] = age_yr + 1;
    }
    for (let a = 0; a < archetypes; a++) {
      const new_m2 = construction[a];
      const row = buildings + a;
      area[row] += new_m2;
      for (let m = 0; m < M; m++) {
        const builtIn_kg = new_m2 * intensity[a * M + m];
        const delivered_kg = builtIn_kg / (1 - siteWasteShare);
        const waste_kg = delivered_kg - builtIn_kg;
        stock[row * M + m] += builtIn_kg;
        bal[at(SITE, IN, m)] += delivered_kg;
        bal[at(SITE, OUT, m)] += builtIn_kg + waste_kg;
        bal[at(STOCK, IN, m)] += builtIn_kg;
        bal[at(CD, IN, m)] += waste_kg;
        year[BY.delivered * M + m] += delivered_kg;
        year[BY.builtIn * M + m] += builtIn_kg;
        year[BY.siteWaste * M + m] += waste_kg;
      }
    }
    for (let m = 0; m < M; m++) {
      const in_kg = bal[at(CD, IN, m)];
      let out_kg = 0;
      for (let r = 0; r < R; r++) {
        const kg = in_kg * cdTc[m * R + r];
        out_kg += kg;
        year[BY.routes * M + m * R + r] += kg;
      }
      bal[at(CD, OUT, m)] += out_kg;
      bal[at(STOCK, DSTOCK, m)] += total(m);
    }
  }
}

export { BUF };
