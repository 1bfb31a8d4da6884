// Month of an hour in a 365-day year starting on 1 January at hour 0 (later years wrap).

export function monthOfHour(h: i32): i32 {
  const day = (h / 24) % 365;
  if (day < 31) return 0;
  if (day < 59) return 1;
  if (day < 90) return 2;
  if (day < 120) return 3;
  if (day < 151) return 4;
  if (day < 181) return 5;
  if (day < 212) return 6;
  if (day < 243) return 7;
  if (day < 273) return 8;
  if (day < 304) return 9;
  if (day < 334) return 10;
  return 11;
}
