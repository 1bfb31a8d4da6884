// The warm district re-run both core benchmarks time: the first `size` buildings as one model (the district a
// lever moves), the rest as another run once and kept, the whole city's networks to re-dispatch. `rerun` runs
// the district's buildings, re-dispatches the networks and finalises both parts with the new months.
import {
  type CityDataset,
  EnergyModel,
  type ModelOptions,
  type ModelWeather,
  createNetwork,
  partSums,
} from "../sim-core/index.ts";

export async function districtRerun(
  module: WebAssembly.Module,
  city: CityDataset,
  weather: ModelWeather,
  options: ModelOptions,
  size: number,
) {
  const net = await createNetwork(module, city, weather, options);
  const district = await EnergyModel.create(
    module,
    { ...city, buildings: city.buildings.slice(0, size) },
    weather,
    options,
  );
  const rest = await EnergyModel.create(module, { ...city, buildings: city.buildings.slice(size) }, weather, options);
  rest.runBuildings();
  const restSums = partSums(rest);
  const rerun = () => {
    district.runBuildings();
    const months = net.dispatch([partSums(district), restSums]);
    district.finalizeWithNetwork(months);
    rest.finalizeWithNetwork(months);
  };
  return { net, district, rest, restSums, rerun };
}
