import { type Client, Room } from "@colyseus/core";
import { formatSimTime, type SimCore } from "../../sim-core/index.ts";
import { loadSimCore } from "../../sim-core/node.ts";
import { loadCity } from "../city/loadCity.ts";
import { type Parsed, parsePlaying, parseSetpoint, parseSpeed } from "./messages.ts";
import { SimState } from "./SimState.ts";

export interface SimRoomOptions {
  municipality?: string;
  /** Simulated hours per second (default 4). */
  speed_h_s?: number;
  /** Starting hour of the year (default 0). */
  startHour?: number;
}

const TICK_MS = 50;
const DEFAULT_SETPOINT_C = 21;

/**
 * One shared simulated city. The core steps on a fixed clock; schema state carries the clock and the
 * KPI everyone sees. Messages change inputs, which the core applies at the next step boundary.
 */
export class SimRoom extends Room<{ state: SimState }> {
  private core!: SimCore;
  private pendingHours = 0;

  override async onCreate(options: SimRoomOptions = {}): Promise<void> {
    const municipality = options.municipality ?? "baerum";
    const loaded = await loadCity(municipality);
    this.core = await loadSimCore();
    this.core.setup(
      {
        heatLossCoeff_W_K: loaded.heatLossCoeff_W_K,
        setpoint_C: new Float64Array(loaded.heatLossCoeff_W_K.length).fill(DEFAULT_SETPOINT_C),
      },
      loaded.outdoorTemp_C,
    );
    this.core.hour = options.startHour ?? 0;

    const state = new SimState();
    state.municipality = loaded.city.municipality.name;
    state.buildingCount = this.core.buildingCount;
    state.playing = true;
    state.speed_h_s = options.speed_h_s ?? 4;
    state.setpoint_C = DEFAULT_SETPOINT_C;
    this.setState(state);
    this.advance(1); // show the first hour straight away

    this.onMessage("setSetpoint", (client, message) =>
      this.apply(client, parseSetpoint(message), (v) => {
        this.core.setAllSetpoints(v);
        this.state.setpoint_C = v;
      }),
    );
    this.onMessage("setSpeed", (client, message) =>
      this.apply(client, parseSpeed(message), (v) => {
        this.state.speed_h_s = v;
      }),
    );
    this.onMessage("setPlaying", (client, message) =>
      this.apply(client, parsePlaying(message), (v) => {
        this.state.playing = v;
      }),
    );
    this.setSimulationInterval((dt) => this.tick(dt), TICK_MS);
  }

  private apply<T>(client: Client, parsed: Parsed<T>, action: (value: T) => void): void {
    if (!parsed.ok) {
      client.send("error", { message: parsed.error });
      return;
    }
    action(parsed.value);
  }

  private tick(dt_ms: number): void {
    if (!this.state.playing) return;
    this.pendingHours += (dt_ms / 1000) * this.state.speed_h_s;
    const whole = Math.floor(this.pendingHours);
    if (whole > 0) {
      this.pendingHours -= whole;
      this.advance(whole);
    }
  }

  /** Simulates `hours` hours and publishes the last one. */
  private advance(hours: number): void {
    const shownHour = (this.core.hour + hours - 1) % this.core.hourCount;
    this.core.step(hours);
    this.publish(shownHour);
  }

  private publish(shownHour: number): void {
    this.state.hourOfYear = shownHour;
    this.state.timeLabel = formatSimTime(shownHour);
    this.state.outdoorTemp_C = this.core.outdoorTemp_C[shownHour];
    this.state.heatLoad_MW = this.core.totalLoad_W / 1e6;
    this.state.heatEnergy_MWh = this.core.totalEnergy_kWh / 1000;
  }
}
