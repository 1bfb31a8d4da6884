// The few big levers of outreach mode: an icon (characters every system font has, so no emoji font is needed), plain words in bokmål and English, and two choices
// ("a bit" / "a lot") that become proposals of the session's lever catalogue (sim-core/scenario/levers.ts).
import { LEVERS } from "../../../sim-core/scenario/levers.ts";

export interface OutreachLever {
  id: string;
  icon: string;
  words: { nb: string; en: string };
  /** The lever's unit in a word or symbol (the catalogue's unit explains it in full). */
  unit: string;
  /** The proposed values for "a bit" and "a lot", within the lever's range. */
  bit: number;
  lot: number;
}

export const OUTREACH_LEVERS: readonly OutreachLever[] = [
  {
    id: "heatPumpShare",
    icon: "♨️",
    words: { nb: "Varmepumpe i stedet for panelovn", en: "Heat pumps, not panel heaters" },
    unit: "%",
    bit: 25,
    lot: 60,
  },
  {
    id: "retrofitRate",
    icon: "⌂",
    words: { nb: "Isoler gamle hus", en: "Insulate old houses" },
    unit: "%/år",
    bit: 1,
    lot: 3,
  },
  {
    id: "rooftopPvShare",
    icon: "☀️",
    words: { nb: "Solceller på taket", en: "Solar panels on roofs" },
    unit: "%",
    bit: 15,
    lot: 40,
  },
  {
    id: "sourceSeparation",
    icon: "♻️",
    words: { nb: "Sorter søpla bedre", en: "Sort the rubbish better" },
    unit: "%-poeng",
    bit: 10,
    lot: 30,
  },
];

for (const o of OUTREACH_LEVERS) {
  const lever = LEVERS.find((l) => l.id === o.id);
  if (!lever) throw new Error(`outreach lever ${o.id} is not in the lever catalogue`);
  for (const v of [o.bit, o.lot])
    if (v < lever.min || v > lever.max)
      throw new Error(`outreach lever ${o.id}: ${v} outside ${lever.min}-${lever.max}`);
}

export const OUTREACH_LEVER_BY_ID: ReadonlyMap<string, OutreachLever> = new Map(OUTREACH_LEVERS.map((l) => [l.id, l]));

/** The lever's value in the shared scenario (the latest intervention on it), or its catalogue default. */
export function currentLeverValue(
  id: string,
  interventions: readonly { lever: string; value: number; startYear: number }[] | undefined,
): number {
  const on = (interventions ?? []).filter((i) => i.lever === id);
  if (on.length) return on[on.length - 1].value;
  return LEVERS.find((l) => l.id === id)?.default ?? 0;
}
