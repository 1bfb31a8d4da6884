import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const serverUrl = process.env.TVILLING_SERVER ?? "http://localhost:2567";

export default defineConfig({
  root: "client",
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Two pages: the city twin, and the outreach phone page /join/ (HTML, no Babylon).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("client/index.html", import.meta.url)),
        join: fileURLToPath(new URL("client/join/index.html", import.meta.url)),
      },
    },
  },
  // The simulation worker is an ES module (it imports the .wasm URL and shares code with the page).
  worker: { format: "es" },
  server: {
    // `npm run dev`: hot reload here, API and rooms from the running server.
    proxy: { "/api": serverUrl },
  },
});
