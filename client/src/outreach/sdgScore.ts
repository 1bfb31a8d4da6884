// The outreach SDG wheel's scores: each SDG scored 0-100 from the indicators that serve it
// (sim-core/scenario/indicators.ts), compared with the baseline. 50 = as the baseline; a change of
// FULL_CHANGE in the better direction fills the segment (100), the same change the wrong way empties it (0).
import { INDICATOR_BY_ID } from "../../../sim-core/scenario/indicators.ts";

export const WHEEL_SDGS = [7, 9, 11, 12, 13, 17] as const;
export type WheelSdg = (typeof WHEEL_SDGS)[number];

/** A relative improvement of 25 % fills a segment: big enough that one lever does not max it out. */
export const FULL_CHANGE = 0.25;

export interface IndicatorReading {
  /** An id of INDICATORS. */
  id: string;
  value: number;
  baseline: number;
}

export interface SdgScore {
  sdg: WheelSdg;
  /** 0-100, 50 = baseline; undefined where no reading serves this SDG yet. */
  score: number | undefined;
  /** The indicator ids the score averages. */
  from: string[];
}

/** 0-100 for one reading: 50 + 50 × clamp(improvement / FULL_CHANGE, −1, 1). */
export function indicatorScore(reading: IndicatorReading): number {
  const def = INDICATOR_BY_ID.get(reading.id);
  if (!def) throw new Error(`sdgScore: unknown indicator ${reading.id}`);
  if (!Number.isFinite(reading.value) || !Number.isFinite(reading.baseline))
    throw new Error(`sdgScore: ${reading.id} has a non-finite value or baseline`);
  const base = Math.abs(reading.baseline);
  const change = base > 0 ? (reading.value - reading.baseline) / base : 0;
  const improvement = def.better === "higher" ? change : -change;
  return 50 + 50 * Math.min(1, Math.max(-1, improvement / FULL_CHANGE));
}

/**
 * Scores of the wheel's SDGs: the mean of the scores of the readings whose indicator serves that SDG.
 * SDG 17 (partnerships) has no U4SSC indicator in the catalogue; `participation_share` (0-1, the share of
 * participants who took part in a vote) scores it when given, as 100 × share.
 */
export function sdgScores(readings: readonly IndicatorReading[], participation_share?: number): SdgScore[] {
  return WHEEL_SDGS.map((sdg) => {
    const serving = readings.filter((r) => INDICATOR_BY_ID.get(r.id)?.sdgs.includes(sdg));
    if (sdg === 17 && participation_share !== undefined)
      return { sdg, score: 100 * Math.min(1, Math.max(0, participation_share)), from: ["participation"] };
    if (serving.length === 0) return { sdg, score: undefined, from: [] };
    const score = serving.reduce((s, r) => s + indicatorScore(r), 0) / serving.length;
    return { sdg, score, from: serving.map((r) => r.id) };
  });
}

/** The UN's SDG colours (sdgs.un.org communication guidelines). */
export const SDG_COLOURS: Record<WheelSdg, string> = {
  7: "#FCC30B",
  9: "#FD6925",
  11: "#FD9D24",
  12: "#BF8B2E",
  13: "#3F7E44",
  17: "#19486A",
};

export const SDG_NAMES: Record<WheelSdg, { nb: string; en: string }> = {
  7: { nb: "Ren energi", en: "Clean energy" },
  9: { nb: "Innovasjon", en: "Innovation" },
  11: { nb: "Bærekraftige byer", en: "Sustainable cities" },
  12: { nb: "Ansvarlig forbruk", en: "Responsible consumption" },
  13: { nb: "Stoppe klimaendringene", en: "Climate action" },
  17: { nb: "Samarbeid", en: "Partnerships" },
};
