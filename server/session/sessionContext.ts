// The outside facts the rules of a session need, from its municipality's city data: known municipalities and
// districts (scenario validation) and the cost of an intervention (role budgets). Shared by the room and the
// report route, so both count costs the same way.
import { knownMunicipalities, loadCity } from "../city/loadCity.ts";
import { type CostFacts, costFacts, proposalCost } from "./proposalCost.ts";
import type { SessionContext } from "./Session.ts";
import { whereLabel } from "./stateSync.ts";

export async function sessionContext(municipality: string): Promise<SessionContext> {
  const city = (await loadCity(municipality)).city;
  const facts = new Map<string, CostFacts>(); // per `where`: the buildings do not change during a session
  return {
    municipalities: knownMunicipalities(),
    districts: city.districts.map((d) => d.name),
    costOf: (i, horizon) => {
      const key = whereLabel(i.where);
      let f = facts.get(key);
      if (!f) {
        f = costFacts(city, i.where);
        facts.set(key, f);
      }
      return proposalCost(i.lever, i.value, i.startYear, horizon, f);
    },
  };
}
