import { schema, t, type SchemaType } from "@colyseus/schema";

/** What everyone in a room sees together: the clock and the headline KPI (thin slice). */
export const SimState = schema(
  {
    municipality: t.string(),
    buildingCount: t.uint32(),
    /** Hour of the year the city is showing (0 = 1 Jan 00:00). */
    hourOfYear: t.uint16(),
    timeLabel: t.string(),
    playing: t.boolean(),
    /** Simulated hours per second of wall time. */
    speed_h_s: t.float32(),
    /** Heating setpoint applied to every building [°C]. */
    setpoint_C: t.float32(),
    outdoorTemp_C: t.float32(),
    /** City heat load of the shown hour [MW]. */
    heatLoad_MW: t.float64(),
    /** City heat energy since the room started [MWh]. */
    heatEnergy_MWh: t.float64(),
  },
  "SimState",
);
export type SimState = SchemaType<typeof SimState>;
