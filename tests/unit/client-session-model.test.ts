import { describe, expect, it } from "vitest";
import {
  cycle,
  formatLeverNumber,
  joinFromUrl,
  kpiText,
  leverStep,
  readableOnDark,
  shorten,
  type SessionStateJson,
  sortedParticipants,
  sortedProposals,
  stepDecimals,
  stepLeverValue,
  stepYear,
} from "../../client/src/session/sessionModel.ts";
import { LEVERS } from "../../sim-core/scenario/levers.ts";

const q = (s: string) => new URLSearchParams(s);

describe("session join from the URL", () => {
  it("joins a participant directly with name and role, upper-casing the code", () => {
    expect(joinFromUrl(q("?session=acd349&name=Bob&role=youth"))).toEqual({
      options: { code: "ACD349", name: "Bob", role: "youth" },
      ready: true,
    });
  });
  it("asks for a name in the form when the URL has none", () => {
    expect(joinFromUrl(q("?session=ACD349"))).toEqual({ options: { code: "ACD349" }, ready: false });
  });
  it("joins as facilitator with the secret and as spectator with spectator=1", () => {
    expect(joinFromUrl(q("?session=ACD349&facilitator=s3cret"))).toEqual({
      options: { code: "ACD349", facilitatorSecret: "s3cret" },
      ready: true,
    });
    expect(joinFromUrl(q("?session=ACD349&spectator=1&name=x"))).toEqual({
      options: { code: "ACD349", spectator: true },
      ready: true,
    });
  });
  it("does nothing without a session code", () => {
    expect(joinFromUrl(q("?m=baerum"))).toBeUndefined();
    expect(joinFromUrl(q("?session="))).toBeUndefined();
  });
});

describe("lever value stepping", () => {
  it("picks a 1-2-5 step giving at least 20 steps over the range", () => {
    expect(leverStep({ min: 0, max: 100 })).toBe(5); // 100/20 = 5
    expect(leverStep({ min: 0, max: 5 })).toBeCloseTo(0.2, 12); // 0.25 → 0.2
    expect(leverStep({ min: 10, max: 80 })).toBe(2); // 3.5 → 2
    expect(leverStep({ min: 0, max: 1000 })).toBe(50);
    expect(leverStep({ min: 0, max: 1 })).toBeCloseTo(0.05, 12);
    for (const l of LEVERS) expect((l.max - l.min) / leverStep(l)).toBeGreaterThanOrEqual(20);
  });
  it("counts the decimals of a step", () => {
    expect(stepDecimals(5)).toBe(0);
    expect(stepDecimals(0.2)).toBe(1);
    expect(stepDecimals(0.05)).toBe(2);
    expect(formatLeverNumber({ min: 0, max: 5 }, 3)).toBe("3.0"); // step 0.2
    expect(formatLeverNumber({ min: 0, max: 100 }, 20)).toBe("20");
  });
  it("steps on the grid without float noise and stays in range", () => {
    const retrofit = { min: 0, max: 5 };
    let v = 0;
    for (let i = 0; i < 3; i++) v = stepLeverValue(retrofit, v, 1);
    expect(v).toBe(0.6); // 3 × 0.2, not 0.6000000000000001
    expect(stepLeverValue(retrofit, 4.9, 1)).toBe(5);
    expect(stepLeverValue(retrofit, 0, -1)).toBe(0);
    expect(stepLeverValue({ min: 0, max: 100 }, 47, 1)).toBe(50); // snaps onto the grid
  });
  it("steps the start year within the scenario's years and cycles lists both ways", () => {
    expect(stepYear(2050, 1, 2024, 2050)).toBe(2050);
    expect(stepYear(2024, -1, 2024, 2050)).toBe(2024);
    expect(stepYear(2030, 1, 2024, 2050)).toBe(2031);
    expect(cycle(["a", "b", "c"], "c", 1)).toBe("a");
    expect(cycle(["a", "b", "c"], "a", -1)).toBe("c");
  });
});

describe("session projection", () => {
  it("writes current vs baseline with the signed change", () => {
    expect(kpiText(900, 1000, "MWh", 0, "ref.")).toBe("900\u2009MWh (ref. 1000\u2009MWh, \u221210.0\u2009%)");
    expect(kpiText(1.5, 1.2, "MW", 2, "ref.")).toBe("1.50\u2009MW (ref. 1.20\u2009MW, +25.0\u2009%)");
    expect(kpiText(5, 5, "MW", 1, "ref.")).toBe("5.0\u2009MW (ref. 5.0\u2009MW, ±0.0\u2009%)");
    // Before the first result (state before KPIs): a dash, and no baseline yet: the value alone.
    expect(kpiText(undefined, undefined, "MW", 1, "ref.")).toBe("—");
    expect(kpiText(5, undefined, "MW", 1, "ref.")).toBe("5.0\u2009MW");
  });
  it("orders participants facilitator first, then by name; proposals open and newest first", () => {
    const p = (id: string, name: string, kind: string) => ({ id, name, kind, role: "", colour: "", connected: true });
    const state = {
      participants: {
        a: p("a", "Zoe", "participant"),
        b: p("b", "Kari", "facilitator"),
        c: p("c", "Bob", "participant"),
      },
      proposals: {
        x: { id: "x", status: "accepted" },
        y: { id: "y", status: "open" },
        z: { id: "z", status: "open" },
      },
    } as unknown as SessionStateJson;
    expect(sortedParticipants(state).map((x) => x.name)).toEqual(["Kari", "Bob", "Zoe"]);
    expect(sortedProposals(state).map((x) => x.id)).toEqual(["z", "y", "x"]);
  });
});

describe("session text helpers", () => {
  it("keeps role colours but lifts the facilitator's black to white on the dark panel", () => {
    expect(readableOnDark("#000000")).toBe("#ffffff");
    expect(readableOnDark("#E69F00")).toBe("#E69F00"); // energy company: 0.2126·0.902 + 0.7152·0.624 = 0.64
    expect(readableOnDark("#0072B2")).toBe("#0072B2"); // municipality: 0.7152·0.447 + 0.0722·0.698 = 0.37
    expect(readableOnDark("not a colour")).toBe("#ffffff");
  });
  it("shortens long rationales at a word, with an ellipsis", () => {
    expect(shorten("short", 80)).toBe("short");
    expect(shorten("one two three four", 10)).toBe("one two…");
    expect(shorten("abcdefghijkl", 6)).toBe("abcde…");
  });
});
