import { defineConfig } from "vite";

const serverUrl = process.env.TVILLING_SERVER ?? "http://localhost:2567";

export default defineConfig({
  root: "client",
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npm run dev`: hot reload here, API and rooms from the running server.
    proxy: { "/api": serverUrl },
  },
});
