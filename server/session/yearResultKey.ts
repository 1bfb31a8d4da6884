// What a simulated year reads of a scenario, as a key: two scenarios with the same key give the same year,
// bit for bit (tests/unit/session-year-result-key.test.ts), so the second is never run. The scenario runner reads
// interventions only through sim-core/scenario/run/where.ts and levers/context.ts: an intervention that starts
// after the year is skipped before it can count (`leverValue`: startYear > year), but the mere presence of an
// intervention on a lever still picks the per-building path over the lever's base value (`weightedValue`,
// `buildingValue`: the same value mathematically, not always the same bits). So the key keeps the interventions
// that have started, in order (ties: the later one wins), and of the others only which levers they move.
// A session mostly accepts proposals that start after the clock's year: each one used to re-run the year in a
// worker (and re-send every building's result) for the same numbers.
import { canonicalJson, type Scenario } from "../../sim-core/scenario/index.ts";

export function yearResultKey(scenario: Scenario, year: number): string {
  const all = scenario.interventions ?? [];
  const started = all.filter((i) => !(i.startYear > year));
  const movedLevers = [...new Set(all.map((i) => i.lever))].sort();
  return `${year}|${canonicalJson({ ...scenario, name: "", interventions: started, movedLevers })}`;
}
