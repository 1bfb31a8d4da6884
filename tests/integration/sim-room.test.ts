import { type ColyseusTestServer, boot } from "@colyseus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTvillingServer } from "../../server/app.ts";
import { loadCity } from "../../server/city/loadCity.ts";

/** Waits until `check` holds on the latest state (patches arrive every 50 ms). */
async function until(check: () => boolean, timeout_ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout_ms) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("SimRoom (server + WASM core)", () => {
  let colyseus: ColyseusTestServer;
  beforeAll(async () => {
    colyseus = await boot(createTvillingServer());
  });
  afterAll(async () => {
    await colyseus.shutdown();
  });

  it("runs the core on its clock and shows the city heat load H·ΔT summed by hand", async () => {
    const room = await colyseus.createRoom("sim", { speed_h_s: 0.25 });
    const client = await colyseus.connectTo(room);
    await room.waitForNextPatch();
    const { heatLossCoeff_W_K, outdoorTemp_C } = await loadCity("baerum");
    const hour = room.state.hourOfYear;
    let expected_W = 0;
    for (const H of heatLossCoeff_W_K) expected_W += H * Math.max(0, 21 - outdoorTemp_C[hour]);
    expect(room.state.buildingCount).toBe(240);
    expect(room.state.heatLoad_MW).toBeCloseTo(expected_W / 1e6, 9);
    expect(client.state.heatLoad_MW).toBeCloseTo(expected_W / 1e6, 9);
    await client.leave();
  });

  it("a setpoint change by one participant changes the KPI both participants see", async () => {
    const room = await colyseus.createRoom("sim", { speed_h_s: 40 });
    const alice = await colyseus.connectTo(room);
    const bob = await colyseus.connectTo(room);
    await room.waitForNextPatch();
    const { heatLossCoeff_W_K, outdoorTemp_C } = await loadCity("baerum");
    const loadAt = (setpoint: number, hour: number) =>
      heatLossCoeff_W_K.reduce((s, H) => s + H * Math.max(0, setpoint - outdoorTemp_C[hour]), 0) / 1e6;

    alice.send("setSetpoint", { setpoint_C: 17 });
    await until(() => bob.state.setpoint_C === 17 && alice.state.setpoint_C === 17);
    // Every patch after the one that brought the new setpoint shows an hour simulated with it.
    // Compare with the client's own view: the server may already be ahead of it.
    const hourAtChange = bob.state.hourOfYear;
    await until(() => bob.state.hourOfYear !== hourAtChange && alice.state.hourOfYear === bob.state.hourOfYear);
    expect(bob.state.heatLoad_MW).toBeCloseTo(loadAt(17, bob.state.hourOfYear), 9);
    expect(alice.state.heatLoad_MW).toBe(bob.state.heatLoad_MW);
    expect(bob.state.heatLoad_MW).toBeLessThan(loadAt(21, bob.state.hourOfYear));
    await alice.leave();
    await bob.leave();
  });

  it("rejects malformed messages with an error to the sender and applies nothing", async () => {
    const room = await colyseus.createRoom("sim", {});
    const client = await colyseus.connectTo(room);
    const errors: string[] = [];
    client.onMessage("error", (m: { message: string }) => errors.push(m.message));
    client.send("setSetpoint", { setpoint_C: 99 });
    client.send("setSetpoint", { setpoint_C: "warm" });
    client.send("setSetpoint", null);
    client.send("setPlaying", { playing: "yes" });
    await until(() => errors.length === 4);
    expect(errors[0]).toMatch(/setpoint_C: 99 is outside 12-26/);
    expect(errors[1]).toMatch(/expected a finite number/);
    expect(errors[3]).toMatch(/playing/);
    expect(room.state.setpoint_C).toBe(21);
    expect(room.state.playing).toBe(true);
    await client.leave();
  });

  it("refuses to create a room for an unknown municipality", async () => {
    await expect(colyseus.createRoom("sim", { municipality: "atlantis" })).rejects.toThrow(/unknown municipality/);
  });
});
