import { Client, type Room } from "@colyseus/sdk";
import { serverHttpUrl } from "./serverUrl.ts";

/** The fields of the server's SimState the client reads (server/rooms/SimState.ts). */
export interface SimView {
  municipality: string;
  buildingCount: number;
  hourOfYear: number;
  timeLabel: string;
  playing: boolean;
  speed_h_s: number;
  setpoint_C: number;
  outdoorTemp_C: number;
  heatLoad_MW: number;
  heatEnergy_MWh: number;
}

export interface SimConnection {
  room: Room;
  setSetpoint(setpoint_C: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed_h_s: number): void;
}

/** Joins the shared room of a municipality (the first visitor creates it). */
export async function joinSimRoom(
  municipality: string,
  onState: (state: SimView) => void,
  onError: (message: string) => void,
): Promise<SimConnection> {
  const client = new Client(serverHttpUrl());
  const room = await client.joinOrCreate("sim", { municipality });
  room.onStateChange((state) => onState(state as unknown as SimView));
  room.onMessage("error", (m: { message: string }) => onError(m.message));
  return {
    room,
    setSetpoint: (setpoint_C) => room.send("setSetpoint", { setpoint_C }),
    setPlaying: (playing) => room.send("setPlaying", { playing }),
    setSpeed: (speed_h_s) => room.send("setSpeed", { speed_h_s }),
  };
}
