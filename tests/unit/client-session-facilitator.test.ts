import { describe, expect, it } from "vitest";
import {
  BUDGET_STEPS_NOK,
  budgetText,
  SPEED_STEPS_YR_MIN,
  type SessionStateJson,
  stepList,
  variantCompareLines,
} from "../../client/src/session/sessionModel.ts";
import { formatNOK } from "../../server/session/formatNOK.ts";

describe("facilitator panel logic", () => {
  it("steps budgets and speeds along their lists and stays at the ends", () => {
    expect(stepList(BUDGET_STEPS_NOK, 0, 1)).toBe(1e6);
    expect(stepList(BUDGET_STEPS_NOK, 3e6, 1)).toBe(5e6); // a value between steps goes to the next one
    expect(stepList(BUDGET_STEPS_NOK, 3e6, -1)).toBe(2e6);
    expect(stepList(BUDGET_STEPS_NOK, 0, -1)).toBe(0);
    expect(stepList(BUDGET_STEPS_NOK, 1e9, 1)).toBe(1e9);
    expect(stepList(SPEED_STEPS_YR_MIN, 1, 1)).toBe(2);
    expect(stepList(SPEED_STEPS_YR_MIN, 0.5, -1)).toBe(0.5);
  });

  it("lists the baseline and each variant's KPIs side by side, the active one starred", () => {
    const kpi = (h: number, e: number, p: number) => ({
      year: 2030,
      heatDemand_MWh: h,
      electricityForHeat_MWh: e,
      peakHeatLoad_MW: p,
    });
    const state = {
      baseline: kpi(1000, 1000, 2),
      activeVariantId: "b",
      variants: {
        main: { id: "main", name: "Main", parentId: "", interventionCount: 0, kpi: kpi(1000, 1000, 2) },
        b: { id: "b", name: "Pumps", parentId: "main", interventionCount: 1, kpi: kpi(1000, 600, 1.25) },
      },
    } as unknown as SessionStateJson;
    const lines = variantCompareLines(state, "Baseline");
    expect(lines).toHaveLength(3);
    expect(lines[0].startsWith("Baseline: ")).toBe(true);
    expect(lines[1].startsWith("Main: ")).toBe(true);
    expect(lines[2].startsWith("Pumps*: ")).toBe(true);
    expect(lines[2]).toContain("1.25"); // peak with two decimals
  });

  it("formats money and budgets", () => {
    expect(formatNOK(5_460_000)).toBe("5.5 MNOK");
    expect(formatNOK(850_000)).toBe("850 kNOK");
    expect(formatNOK(12)).toBe("12 NOK");
    expect(budgetText({ budget_NOK: 0, committed_NOK: 0 }, "en")).toBe("");
    expect(budgetText({ budget_NOK: 10e6, committed_NOK: 5.46e6 }, "en")).toBe(
      "budget 10.0 MNOK, 5.5 MNOK in proposals",
    );
  });
});
