// Entry point of `npm start`: one process serving the client and the Colyseus endpoint.
import { createTvillingServer } from "./app.ts";
import { loadCity } from "./city/loadCity.ts";

const port = Number(process.env.PORT ?? 2567);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is not a valid port number`);
  process.exit(1);
}

const city = await loadCity("baerum"); // fail fast on broken assets, before accepting clients
const server = createTvillingServer();
await server.listen(port);
console.log(
  `Tvilling: ${city.city.municipality.name} (${city.city.buildings.length} buildings) at http://localhost:${port}`,
);
