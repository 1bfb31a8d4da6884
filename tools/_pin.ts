import { readFileSync } from "node:fs";
import { EnergyModel } from "../sim-core/index.ts";
import { osloWeather, stock } from "./bench-stock.ts";
const city = stock(30000);
const mod = await WebAssembly.compile(readFileSync("sim-core/build/tvilling.wasm"));
const m = await EnergyModel.create(mod, { ...city, buildings: city.buildings.slice(0, 1000) }, osloWeather(), { districtHeatShare: 0.15 });
m.runBuildings(); m.runBuildings();
const ts = []; for (let k = 0; k < 8; k++) { const t = performance.now(); m.runBuildings(); ts.push(performance.now() - t); }
console.log(process.argv[2], ts.map((x) => x.toFixed(1)).join(" "));
