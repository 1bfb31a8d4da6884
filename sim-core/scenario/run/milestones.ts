// Milestone years and the linear interpolation between them.
// Milestones: the base year, every year divisible by 5 after it, and the horizon. A year between two
// milestones a < y < b takes v(y) = v(a) + (v(b) − v(a))·(y − a)/(b − a) for every indicator and metric:
// the stock changes gradually (retrofits per year, adoption), so a straight line between simulated years is
// the documented approximation; step changes of a lever (startYear between milestones) are smoothed by it.

export function milestoneYears(baseYear: number, horizon: number, step = 5): number[] {
  const years = [baseYear];
  for (let y = Math.floor(baseYear / step) * step + step; y < horizon; y += step) if (y > baseYear) years.push(y);
  if (horizon > baseYear) years.push(horizon);
  return years;
}

/** Values at every year from milestones[0] to the last milestone, linear between milestones. */
export function interpolate(milestones: readonly number[], values: readonly number[]): number[] {
  if (milestones.length !== values.length) throw new RangeError("one value per milestone year is needed");
  const out: number[] = [];
  for (let k = 0; k < milestones.length; k++) {
    if (k === 0) {
      out.push(values[0]);
      continue;
    }
    const a = milestones[k - 1];
    const b = milestones[k];
    for (let y = a + 1; y <= b; y++) out.push(values[k - 1] + ((values[k] - values[k - 1]) * (y - a)) / (b - a));
  }
  return out;
}

export function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}
