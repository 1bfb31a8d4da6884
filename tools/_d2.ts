import { readFileSync } from "node:fs";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { EnergyModel, partSums, type CityDataset } from "../sim-core/index.ts";
import { districtRerun } from "./bench-district.ts";
import { osloWeather, stock } from "./bench-stock.ts";
const bytes = readFileSync("sim-core/build/tvilling.wasm");
const OPTIONS = { districtHeatShare: 0.15 };
if (isMainThread) {
  const city = stock(30000);
  const weather = osloWeather();
  const module = await WebAssembly.compile(bytes);
  const { net, rest, restSums } = await districtRerun(module, city, weather, OPTIONS, 2000);
  const mk = (b: CityDataset["buildings"]) => new Worker(new URL(import.meta.url), { workerData: { city: { ...city, buildings: b } }, execArgv: ["--import", "tsx"] });
  const ws = [mk(city.buildings.slice(0, 1000)), mk(city.buildings.slice(1000, 2000))];
  await Promise.all(ws.map((w) => new Promise((r) => w.once("message", r))));
  const ask = (w: Worker, m: unknown) => new Promise<any>((r) => { w.once("message", r); w.postMessage(m); });
  for (let r = 0; r < 12; r++) {
    const t0 = performance.now();
    const sums = await Promise.all(ws.map((w) => ask(w, { go: true })));
    const t1 = performance.now();
    const months = net.dispatch([...sums.map((x) => x.sums), restSums]);
    const t2 = performance.now();
    const fin = Promise.all(ws.map((w) => ask(w, { months })));
    rest.finalizeWithNetwork(months);
    await fin;
    const t3 = performance.now();
    console.log(`total ${(t3 - t0).toFixed(1)} | workers run ${sums.map((s) => s.run.toFixed(1)).join("/")} go-roundtrip ${(t1 - t0).toFixed(1)} dispatch ${(t2 - t1).toFixed(1)} finalise ${(t3 - t2).toFixed(1)}`);
  }
  for (const w of ws) await w.terminate();
} else {
  const { city } = workerData;
  const model = await EnergyModel.create(bytes, city, osloWeather(), OPTIONS);
  model.runYear();
  parentPort!.postMessage("ready");
  parentPort!.on("message", (msg: any) => {
    if (msg.go) { const t = performance.now(); model.runBuildings(); const run = performance.now() - t; const sums = partSums(model); parentPort!.postMessage({ sums, run }); }
    else { model.finalizeWithNetwork(msg.months); parentPort!.postMessage({ done: true }); }
  });
}
