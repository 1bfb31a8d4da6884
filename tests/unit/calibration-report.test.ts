// The committed calibration reports are exactly the generator's output (the full energy model and the
// materials model are deterministic), and the gap arithmetic is (twin − statistic) ÷ statistic.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calibrationReport } from "../../tools/calibration-report.ts";
import { gapText } from "../../tools/calibration/markdown.ts";
import { gapPct } from "../../tools/calibration/rows.ts";

const committed = (key: string) => readFileSync(new URL(`../../assets/${key}/CALIBRATION.md`, import.meta.url), "utf8");

describe("calibration report", () => {
  it("gap is relative to the statistic, none without one", () => {
    expect(gapPct(7.77, 8.8)).toBeCloseTo(((7.77 - 8.8) / 8.8) * 100, 12);
    expect(gapPct(5, null)).toBeNull();
    const row = { indicator: "x", twin: 110, statistic: 100, unit: "", source: "", note: "" };
    expect(gapText(row)).toBe("+10.0 %");
    expect(gapText({ ...row, twin: 88 })).toBe("-12.0 %");
  });

  for (const key of ["baerum", "alesund"] as const)
    it(`assets/${key}/CALIBRATION.md equals the generator's output`, async () => {
      expect(await calibrationReport(key)).toBe(committed(key));
    }, 180_000);
});
