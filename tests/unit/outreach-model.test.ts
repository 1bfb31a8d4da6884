import { describe, expect, it } from "vitest";
import { IdleTimer } from "../../client/src/outreach/idleTimer.ts";
import { currentLeverValue, OUTREACH_LEVERS } from "../../client/src/outreach/outreachLevers.ts";
import { FULL_CHANGE, indicatorScore, sdgScores } from "../../client/src/outreach/sdgScore.ts";
import { participationShare, sessionReadings } from "../../client/src/screens/sessionIndicators.ts";
import { LEVERS } from "../../sim-core/scenario/levers.ts";

describe("SDG score wheel", () => {
  it("scores 50 at the baseline, 100 at a full improvement, 0 at a full worsening, by the indicator's direction", () => {
    // electricityPerCapita: lower is better
    expect(indicatorScore({ id: "electricityPerCapita", value: 100, baseline: 100 })).toBe(50);
    expect(indicatorScore({ id: "electricityPerCapita", value: 100 * (1 - FULL_CHANGE), baseline: 100 })).toBe(100);
    expect(indicatorScore({ id: "electricityPerCapita", value: 200, baseline: 100 })).toBe(0); // clamped
    // −10 % on a lower-is-better indicator: 50 + 50·(0.10/0.25) = 70
    expect(indicatorScore({ id: "electricityPerCapita", value: 90, baseline: 100 })).toBeCloseTo(70, 12);
    // renewableShare: higher is better; 40 → 45 is +12.5 %: 50 + 50·0.5 = 75
    expect(indicatorScore({ id: "renewableShare", value: 45, baseline: 40 })).toBeCloseTo(75, 12);
    expect(() => indicatorScore({ id: "nope", value: 1, baseline: 1 })).toThrow("unknown indicator nope");
  });

  it("averages the indicators that serve each SDG and leaves SDGs without readings unscored", () => {
    // electricityPerCapita (SDG 7, 11) −10 % → 70; peakGridLoad (SDG 7, 9) +5 % (worse) → 40
    const scores = sdgScores(
      [
        { id: "electricityPerCapita", value: 90, baseline: 100 },
        { id: "peakGridLoad", value: 10.5, baseline: 10 },
      ],
      0.25,
    );
    const by = new Map(scores.map((s) => [s.sdg, s]));
    expect(by.get(7)?.score).toBeCloseTo((70 + 40) / 2, 12);
    expect(by.get(9)?.score).toBeCloseTo(40, 12);
    expect(by.get(11)?.score).toBeCloseTo(70, 12);
    expect(by.get(12)?.score).toBeUndefined();
    expect(by.get(13)?.score).toBeUndefined();
    expect(by.get(17)).toEqual({ sdg: 17, score: 25, from: ["participation"] });
    expect(scores.map((s) => s.sdg)).toEqual([7, 9, 11, 12, 13, 17]);
  });

  it("reads the session KPIs as indicator readings and counts who voted", () => {
    const kpi = { year: 2030, heatDemand_MWh: 900, electricityForHeat_MWh: 600, peakHeatLoad_MW: 2 };
    const baseline = { year: 2030, heatDemand_MWh: 1000, electricityForHeat_MWh: 800, peakHeatLoad_MW: 2 };
    expect(sessionReadings({ kpi, baseline })).toEqual([
      { id: "residentialThermalPerCapita", value: 900, baseline: 1000 },
      { id: "electricityPerCapita", value: 600, baseline: 800 },
      { id: "peakGridLoad", value: 2, baseline: 2 },
    ]);
    const person = (id: string, kind: string) => ({ id, name: id, kind, role: "", colour: "", connected: true });
    const share = participationShare({
      participants: { f: person("f", "facilitator"), a: person("a", "participant"), b: person("b", "participant") },
      proposals: {
        p1: {
          id: "p1",
          authorId: "a",
          lever: "heatPumpShare",
          value: 20,
          startYear: 2030,
          rationale: "x",
          status: "open",
          votesFor: 1,
          votesAgainst: 0,
          votes: { a: "for" },
        },
      },
    });
    expect(share).toBe(0.5);
  });
});

describe("outreach levers", () => {
  it("are catalogue levers with both choices inside the lever's range, 'a lot' above 'a bit'", () => {
    for (const o of OUTREACH_LEVERS) {
      const lever = LEVERS.find((l) => l.id === o.id);
      expect(lever, o.id).toBeDefined();
      expect(o.bit).toBeGreaterThan(lever?.default ?? 0);
      expect(o.lot).toBeGreaterThan(o.bit);
      expect(o.lot).toBeLessThanOrEqual(lever?.max ?? 0);
    }
  });

  it("shows the shared scenario's latest value, else the catalogue default", () => {
    expect(currentLeverValue("heatPumpShare", [])).toBe(0);
    expect(currentLeverValue("rooftopPvShare", undefined)).toBe(2);
    const interventions = [
      { lever: "heatPumpShare", value: 25, startYear: 2026 },
      { lever: "heatPumpShare", value: 60, startYear: 2030 },
    ];
    expect(currentLeverValue("heatPumpShare", interventions)).toBe(60);
  });
});

describe("kiosk idle timer", () => {
  function fakeClock() {
    let now = 0;
    const timers: { at: number; fn: () => void; id: number }[] = [];
    let next = 1;
    return {
      clock: {
        now: () => now,
        setTimeout: (fn: () => void, ms: number) => {
          timers.push({ at: now + ms, fn, id: next });
          return next++;
        },
        clearTimeout: (h: unknown) => {
          const i = timers.findIndex((t) => t.id === h);
          if (i >= 0) timers.splice(i, 1);
        },
      },
      advance(ms: number) {
        const end = now + ms;
        for (;;) {
          timers.sort((a, b) => a.at - b.at);
          const t = timers[0];
          if (!t || t.at > end) break;
          timers.shift();
          now = t.at;
          t.fn();
        }
        now = end;
      },
    };
  }

  it("resets after the idle time without input, and input postpones it", () => {
    const c = fakeClock();
    let resets = 0;
    const timer = new IdleTimer(120_000, () => resets++, c.clock);
    c.advance(100_000);
    timer.touch(); // at 100 s: the idle time runs to 220 s
    c.advance(119_000);
    expect(resets).toBe(0);
    c.advance(1_000);
    expect(resets).toBe(1);
    c.advance(120_000); // idle again for a full period: resets again
    expect(resets).toBe(2);
    timer.stop();
    c.advance(1e6);
    expect(resets).toBe(2);
    expect(() => new IdleTimer(0, () => {}, c.clock)).toThrow("must be positive");
  });
});
