const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "15 Jan 14:00" for an hour of a 365-day year (hour 0 = 1 Jan 00:00). */
export function formatSimTime(hourOfYear: number): string {
  let day = Math.floor(hourOfYear / 24);
  let month = 0;
  while (month < 11 && day >= DAYS_IN_MONTH[month]) day -= DAYS_IN_MONTH[month++];
  const hh = String(hourOfYear % 24).padStart(2, "0");
  return `${day + 1} ${MONTHS[month]} ${hh}:00`;
}
