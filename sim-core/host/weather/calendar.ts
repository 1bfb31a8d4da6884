// The hour grid shared by EPW files and the solar model: a non-leap year of 8,760 hours, row i
// covering the hour that ENDS at hour[i]:00 local standard time (EPW convention, hours 1..24).
export const EPW_HOURS = 8760;
export const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface HourCalendar {
  month: Uint8Array; // 1..12
  day: Uint8Array; // 1..31
  hour: Uint8Array; // 1..24
}

/** Month, day and EPW hour (1..24) of every hour index 0..8759. */
export function expectedCalendar(): HourCalendar {
  const month = new Uint8Array(EPW_HOURS);
  const day = new Uint8Array(EPW_HOURS);
  const hour = new Uint8Array(EPW_HOURS);
  let i = 0;
  for (let m = 0; m < 12; m++)
    for (let d = 1; d <= DAYS_IN_MONTH[m]; d++)
      for (let h = 1; h <= 24; h++) {
        month[i] = m + 1;
        day[i] = d;
        hour[i] = h;
        i++;
      }
  return { month, day, hour };
}
