// Plain-TypeScript reference of the supply core: the same algorithm and floating-point order as
// sim-core/assembly/supply/*.ts, scalar, on ordinary typed arrays. Tests require both agree to 1e-9.
import { SimInputError } from "../errors.ts";
import type { PackedSupply } from "./config.ts";
import * as L from "./layout.ts";
import type { SupplyModel } from "./model.ts";

const KELVIN = 273.15;
const T_ON = 0;
const T_E_SPACE = 1;
const T_E_DHW = 2;
const T_A_SPACE = 3;
const T_A_DHW = 4;
const T_DH = 5;
const T_BIO = 6;
const T_BIO_LOSS = 7;
const T_DHW_ON = 8;
const T_STRIDE = 10;

export function carnotCop(etaCarnot: number, sink_C: number, source_C: number, minLift_K: number, copMax: number) {
  const sink_K = sink_C + KELVIN;
  const lift_K = Math.max(sink_C - source_C, minLift_K);
  return Math.min((etaCarnot * sink_K) / lift_K, copMax);
}

export function carnotCoolingCop(etaCarnot: number, evap_C: number, cond_C: number, minLift_K: number, copMax: number) {
  const lift_K = Math.max(cond_C - evap_C, minLift_K);
  return Math.min((etaCarnot * (evap_C + KELVIN)) / lift_K, copMax);
}

export function monthOfHour(h: number): number {
  const day = Math.floor(h / 24) % 365;
  const ends = [31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  for (let m = 0; m < 11; m++) if (day < ends[m]) return m;
  return 11;
}

export class SupplyReference implements SupplyModel {
  readonly buildings: number;
  readonly areas: number;
  readonly plants: number;
  readonly hours: number;
  hour = 0;
  readonly spaceHeat_W: Float64Array;
  readonly spaceCool_W: Float64Array;
  readonly dhw_W: Float64Array;
  readonly appliances_W: Float64Array;
  readonly pv_W: Float64Array;
  readonly soc_Wh: Float64Array;
  readonly buildingOut: Float64Array;
  readonly monthly: Float64Array;
  readonly yearly: Float64Array;
  readonly areaSeries: Float64Array;
  readonly areaPeakImport_W: Float64Array;
  readonly areaPeakExport_W: Float64Array;
  readonly areaHoursOver: Float64Array;
  readonly dhSeries: Float64Array;
  readonly plantOut_W: Float64Array;
  private readonly typeTable = new Float64Array(L.SYS_COUNT * T_STRIDE);
  private readonly dhMonthCo2_g = new Float64Array(12);
  private readonly dhMonthDelivered_Wh = new Float64Array(12);
  private readonly evMonthShare = new Float64Array(24);

  constructor(private readonly p: PackedSupply) {
    const n = p.buildings;
    this.buildings = n;
    this.areas = p.areas;
    this.plants = p.plants;
    this.hours = p.hours;
    this.spaceHeat_W = new Float64Array(n);
    this.spaceCool_W = new Float64Array(n);
    this.dhw_W = new Float64Array(n);
    this.appliances_W = new Float64Array(n);
    this.pv_W = new Float64Array(n);
    this.soc_Wh = new Float64Array(n);
    this.buildingOut = new Float64Array(n * L.OUT_STRIDE);
    this.monthly = new Float64Array(12 * n * L.M_STRIDE);
    this.yearly = new Float64Array(n * L.M_STRIDE);
    this.areaSeries = new Float64Array(p.hours * p.areas * L.A_STRIDE);
    this.areaPeakImport_W = new Float64Array(p.areas);
    this.areaPeakExport_W = new Float64Array(p.areas);
    this.areaHoursOver = new Float64Array(p.areas);
    this.dhSeries = new Float64Array(p.hours * L.D_STRIDE);
    this.plantOut_W = new Float64Array(p.hours * p.plants);
  }

  reset(): void {
    this.hour = 0;
    for (const a of [
      this.soc_Wh,
      this.buildingOut,
      this.monthly,
      this.yearly,
      this.areaSeries,
      this.areaPeakImport_W,
      this.areaPeakExport_W,
      this.areaHoursOver,
      this.dhSeries,
      this.plantOut_W,
      this.dhMonthCo2_g,
      this.dhMonthDelivered_Wh,
      this.evMonthShare,
    ])
      a.fill(0);
  }

  private fillTypeTable(tOut_C: number): void {
    const sp = this.p.systemParams;
    const gp = this.p.globalParams;
    const ground_C = gp[L.GP_GROUND_C];
    const minLift_K = gp[L.GP_MIN_LIFT_K];
    for (let s = 0; s < L.SYS_COUNT; s++) {
      const p = s * L.SP_STRIDE;
      const t = s * T_STRIDE;
      const kind = sp[p + L.SP_KIND];
      let eSpace = 1;
      let eDhw = 1;
      let aSpace = 0;
      let aDhw = 0;
      let dh = 0;
      let bio = 0;
      let bioLoss = 0;
      let on = 1;
      if (kind === L.KIND_HEAT_PUMP) {
        const source_C = sp[p + L.SP_SOURCE_GROUND] > 0 ? ground_C : tOut_C;
        const eta = sp[p + L.SP_ETA_CARNOT];
        const copMax = sp[p + L.SP_COP_MAX];
        eSpace = 1 / carnotCop(eta, sp[p + L.SP_SINK_SPACE_C], source_C, minLift_K, copMax);
        eDhw = 1 / carnotCop(eta, sp[p + L.SP_SINK_DHW_C], source_C, minLift_K, copMax);
        aSpace = 1 - eSpace;
        aDhw = 1 - eDhw;
        on = tOut_C >= sp[p + L.SP_CUTOFF_C] ? 1 : 0;
      } else if (kind === L.KIND_DISTRICT) {
        eSpace = 0;
        eDhw = 0;
        dh = 1;
      } else if (kind === L.KIND_BOILER) {
        eSpace = 0;
        eDhw = 0;
        bio = 1 / sp[p + L.SP_EFFICIENCY];
        bioLoss = bio - 1;
      }
      const tt = this.typeTable;
      tt[t + T_ON] = on;
      tt[t + T_E_SPACE] = eSpace;
      tt[t + T_E_DHW] = eDhw;
      tt[t + T_A_SPACE] = aSpace;
      tt[t + T_A_DHW] = aDhw;
      tt[t + T_DH] = dh;
      tt[t + T_BIO] = bio;
      tt[t + T_BIO_LOSS] = bioLoss;
      tt[t + T_DHW_ON] = sp[p + L.SP_DHW_ON_SYSTEM];
    }
  }

  private stepBuildings(
    month: number,
    areaRow: number,
    efEl_g_Wh: number,
    efBio_g_Wh: number,
    elPerCool: number,
    evU: number,
    evS: number,
  ): number {
    const p = this.p;
    const tt = this.typeTable;
    const out = this.buildingOut;
    const mon = this.monthly;
    const area = this.areaSeries;
    const n = this.buildings;
    const monthBase = month * n * L.M_STRIDE;
    const detail = p.globalParams[L.GP_DETAIL] > 0;
    let districtHeat_W = 0;
    for (let i = 0; i < n; i++) {
      const t = p.system[i] * T_STRIDE;
      const qSpace = this.spaceHeat_W[i];
      const qCool = this.spaceCool_W[i];
      const qDhw = this.dhw_W[i];
      const appliances = this.appliances_W[i];
      const pv = this.pv_W[i];
      const capacity = tt[t + T_ON] > 0 ? p.primaryCapacity_W[i] : 0;
      const primSpace = Math.min(qSpace, capacity);
      const primDhw = Math.min(qDhw, capacity - primSpace) * tt[t + T_DHW_ON];
      const prim = primSpace + primDhw;
      const elSpace = primSpace * tt[t + T_E_SPACE] + (qSpace - primSpace);
      const elDhw = primDhw * tt[t + T_E_DHW] + (qDhw - primDhw);
      const ambient = primSpace * tt[t + T_A_SPACE] + primDhw * tt[t + T_A_DHW];
      const districtHeat = prim * tt[t + T_DH];
      const bioFuel = prim * tt[t + T_BIO];
      const bioLoss = prim * tt[t + T_BIO_LOSS];
      const elCool = -qCool * elPerCool;
      const ev = p.evDaily_Wh[i] * (p.evMode[i] === L.EV_UNCONTROLLED ? evU : evS);
      const net = elSpace + elDhw + elCool + appliances + ev - pv;
      let charge = 0;
      let discharge = 0;
      let batLoss = 0;
      const batCap = p.batCapacity_Wh[i];
      if (batCap > 0) {
        const soc = this.soc_Wh[i];
        const power = p.batPower_W[i];
        const etaC = p.batEtaCharge[i];
        const etaD = p.batEtaDischarge[i];
        const target = p.batMode[i] === L.BAT_PEAK_SHAVING ? p.batThreshold_W[i] : 0;
        const gap = net - target;
        if (gap < 0) charge = Math.max(0, Math.min(Math.min(-gap, power), (batCap - soc) / etaC));
        else discharge = Math.min(Math.min(gap, power), soc * etaD);
        const socNew = soc + charge * etaC - discharge / etaD;
        this.soc_Wh[i] = Math.min(Math.max(socNew, 0), batCap);
        batLoss = charge * (1 - etaC) + discharge * (1 / etaD - 1);
      }
      const grid = net + charge - discharge;
      const imported = Math.max(grid, 0);
      const exported = Math.max(-grid, 0);
      const co2El = imported * efEl_g_Wh;
      const co2Bio = bioFuel * efBio_g_Wh;
      const a = areaRow + p.gridArea[i] * L.A_STRIDE;
      area[a + L.A_IMPORT] += imported;
      area[a + L.A_EXPORT] += exported;
      districtHeat_W += districtHeat;
      if (detail) {
        const r = i * L.OUT_STRIDE;
        out[r + L.OUT_EL_SPACE] = elSpace;
        out[r + L.OUT_EL_DHW] = elDhw;
        out[r + L.OUT_EL_COOL] = elCool;
        out[r + L.OUT_EL_EV] = ev;
        out[r + L.OUT_IMPORT] = imported;
        out[r + L.OUT_EXPORT] = exported;
        out[r + L.OUT_BAT_CHARGE] = charge;
        out[r + L.OUT_BAT_DISCHARGE] = discharge;
        out[r + L.OUT_DISTRICT_HEAT] = districtHeat;
        out[r + L.OUT_BIO_FUEL] = bioFuel;
        out[r + L.OUT_AMBIENT] = ambient;
        out[r + L.OUT_BIO_LOSS] = bioLoss;
        out[r + L.OUT_BAT_LOSS] = batLoss;
        out[r + L.OUT_CO2_G] = co2El + co2Bio;
      }
      const m = monthBase + i * L.M_STRIDE;
      mon[m + L.M_SPACE_HEAT] += qSpace;
      mon[m + L.M_DHW] += qDhw;
      mon[m + L.M_COOLING] += -qCool;
      mon[m + L.M_EL_SPACE] += elSpace;
      mon[m + L.M_EL_DHW] += elDhw;
      mon[m + L.M_EL_COOL] += elCool;
      mon[m + L.M_EL_APPLIANCES] += appliances;
      mon[m + L.M_PV] += pv;
      mon[m + L.M_IMPORT] += imported;
      mon[m + L.M_EXPORT] += exported;
      mon[m + L.M_PRIMARY_HEAT] += prim;
      mon[m + L.M_BAT_LOSS] += batLoss;
      mon[m + L.M_CO2_EL_G] += co2El;
    }
    return districtHeat_W;
  }

  private dispatch(h: number, demand_W: number, efEl_g_Wh: number): number {
    const gp = this.p.globalParams;
    const pl = this.p.plantParams;
    const loss_W = demand_W > 0 ? gp[L.GP_DH_LOSS_SHARE] * demand_W + gp[L.GP_DH_FIXED_LOSS_W] : 0;
    let remaining = demand_W + loss_W;
    const wasteAvailable = this.p.wasteHeatAvailable_W[h];
    let wasteUsed = 0;
    let electric = 0;
    let co2 = 0;
    const outRow = h * this.plants;
    for (let k = 0; k < this.plants; k++) {
      const b = k * L.P_STRIDE;
      const kind = pl[b + L.P_KIND];
      let available = pl[b + L.P_CAPACITY_W];
      if (kind === L.PLANT_WASTE) available = Math.min(available, Math.max(wasteAvailable - wasteUsed, 0));
      const output = Math.min(remaining, available);
      remaining -= output;
      const input = output / pl[b + L.P_EFFICIENCY];
      if (kind === L.PLANT_HEAT_PUMP || kind === L.PLANT_ELECTRIC_BOILER) {
        electric += input;
        co2 += input * efEl_g_Wh;
      } else {
        co2 += (input * pl[b + L.P_EF_G_KWH]) / 1000;
      }
      if (kind === L.PLANT_WASTE) wasteUsed += output;
      this.plantOut_W[outRow + k] = output;
    }
    const row = h * L.D_STRIDE;
    const d = this.dhSeries;
    d[row + L.D_DEMAND] = demand_W;
    d[row + L.D_LOSS] = loss_W;
    d[row + L.D_UNSERVED] = remaining;
    d[row + L.D_ELECTRIC] = electric;
    d[row + L.D_CO2_G] = co2;
    d[row + L.D_WASTE_UNUSED] = Math.max(wasteAvailable - wasteUsed, 0);
    return electric;
  }

  private finishAreas(
    areaRow: number,
    dhArea: number,
    dhElectric_W: number,
    efEl_g_Wh: number,
    evU: number,
    evS: number,
  ) {
    const p = this.p;
    const s = this.areaSeries;
    for (let a = 0; a < this.areas; a++) {
      const r = areaRow + a * L.A_STRIDE;
      const ev = p.areaEvDaily_Wh[a] * (p.areaEvMode[a] === L.EV_UNCONTROLLED ? evU : evS);
      const dhElectric = a === dhArea ? dhElectric_W : 0;
      const net = s[r + L.A_IMPORT] - s[r + L.A_EXPORT] + ev + dhElectric;
      const imported = Math.max(net, 0);
      const exported = Math.max(-net, 0);
      s[r + L.A_IMPORT] = imported;
      s[r + L.A_EXPORT] = exported;
      s[r + L.A_EV] = ev;
      s[r + L.A_DH_ELECTRIC] = dhElectric;
      s[r + L.A_CO2_G] = imported * efEl_g_Wh;
      if (net > this.areaPeakImport_W[a]) this.areaPeakImport_W[a] = net;
      if (-net > this.areaPeakExport_W[a]) this.areaPeakExport_W[a] = -net;
      if (net > p.areaCapacity_W[a]) this.areaHoursOver[a] += 1;
    }
  }

  step(): number {
    const h = this.hour;
    if (h >= this.hours) throw new SimInputError(`supply: hour ${h} is past the last of ${this.hours} hours`);
    const p = this.p;
    const gp = p.globalParams;
    const tOut_C = p.outdoor_C[h];
    this.fillTypeTable(tOut_C);
    const elPerCool =
      1 /
      carnotCoolingCop(
        gp[L.GP_COOL_ETA],
        gp[L.GP_COOL_EVAP_C],
        tOut_C + gp[L.GP_COOL_COND_OFFSET_K],
        gp[L.GP_MIN_LIFT_K],
        gp[L.GP_COOL_COP_MAX],
      );
    const efEl_g_Wh = p.gridEf_g_kWh[h] / 1000;
    const efBio_g_Wh = gp[L.GP_EF_BIO_G_KWH] / 1000;
    const hourOfDay = h % 24;
    const evU = p.evProfile[hourOfDay];
    const evS = p.evProfile[24 + hourOfDay];
    const month = monthOfHour(h);
    this.evMonthShare[month * 2] += evU;
    this.evMonthShare[month * 2 + 1] += evS;
    const areaRow = h * this.areas * L.A_STRIDE;
    const dhDemand_W = this.stepBuildings(month, areaRow, efEl_g_Wh, efBio_g_Wh, elPerCool, evU, evS);
    const dhElectric_W = this.dispatch(h, dhDemand_W, efEl_g_Wh);
    this.finishAreas(areaRow, gp[L.GP_DH_GRID_AREA], dhElectric_W, efEl_g_Wh, evU, evS);
    this.dhMonthCo2_g[month] += this.dhSeries[h * L.D_STRIDE + L.D_CO2_G];
    this.dhMonthDelivered_Wh[month] += dhDemand_W;
    this.hour = h + 1;
    return this.hour;
  }

  finalize(): void {
    const n = this.buildings;
    const p = this.p;
    const efBio_g_Wh = p.globalParams[L.GP_EF_BIO_G_KWH] / 1000;
    const mon = this.monthly;
    this.yearly.fill(0);
    for (let m = 0; m < 12; m++) {
      const delivered = this.dhMonthDelivered_Wh[m];
      const perWh = delivered > 0 ? this.dhMonthCo2_g[m] / delivered : 0;
      const evU = this.evMonthShare[m * 2];
      const evS = this.evMonthShare[m * 2 + 1];
      for (let i = 0; i < n; i++) {
        const rec = (m * n + i) * L.M_STRIDE;
        const sp = p.system[i] * L.SP_STRIDE;
        const kind = p.systemParams[sp + L.SP_KIND];
        const prim = mon[rec + L.M_PRIMARY_HEAT];
        const dh = kind === L.KIND_DISTRICT ? prim * 1.0 : 0;
        const fuelPerW = kind === L.KIND_BOILER ? 1 / p.systemParams[sp + L.SP_EFFICIENCY] : 0;
        const bio = prim * fuelPerW;
        mon[rec + L.M_DISTRICT_HEAT] = dh;
        mon[rec + L.M_BIO_FUEL] = bio;
        mon[rec + L.M_BIO_LOSS] = kind === L.KIND_BOILER ? prim * (fuelPerW - 1) : 0;
        mon[rec + L.M_AMBIENT] =
          kind === L.KIND_HEAT_PUMP
            ? mon[rec + L.M_SPACE_HEAT] + mon[rec + L.M_DHW] - mon[rec + L.M_EL_SPACE] - mon[rec + L.M_EL_DHW]
            : 0;
        mon[rec + L.M_EL_EV] = p.evDaily_Wh[i] * (p.evMode[i] === L.EV_UNCONTROLLED ? evU : evS);
        mon[rec + L.M_CO2_BIO_G] = bio * efBio_g_Wh;
        mon[rec + L.M_CO2_DH_G] = dh * perWh;
        const y = i * L.M_STRIDE;
        for (let q = 0; q < L.M_STRIDE; q++) this.yearly[y + q] += mon[rec + q];
      }
    }
  }
}
