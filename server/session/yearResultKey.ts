// What a simulated year reads of a scenario, as a key: two scenarios with the same key give the same year,
// bit for bit (tests/unit/session-year-result-key.test.ts), so the second is never run. The scenario runner reads
// interventions only through sim-core/scenario/run/where.ts and levers/context.ts, and an intervention that
// starts after the year never counts there (`leverValue`, `weightedValue`: startYear > year is skipped). So the
// key keeps the scenario without its name and with only the interventions that have started, in order (ties:
// the later one wins). A session mostly accepts proposals that start after the clock's year: each one used to
// re-run the year in a worker (and re-send every building's result) for the same numbers.
import { canonicalJson, type Scenario } from "../../sim-core/scenario/index.ts";

export function yearResultKey(scenario: Scenario, year: number): string {
  const started = (scenario.interventions ?? []).filter((i) => !(i.startYear > year));
  return `${year}|${canonicalJson({ ...scenario, name: "", interventions: started })}`;
}
