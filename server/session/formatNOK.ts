// Money for people: "12.3 MNOK", "850 kNOK", "0 NOK" (server errors, report, client panels).
export function formatNOK(nok: number): string {
  if (Math.abs(nok) >= 1e6) return `${(nok / 1e6).toFixed(1)} MNOK`;
  if (Math.abs(nok) >= 1e3) return `${(nok / 1e3).toFixed(0)} kNOK`;
  return `${Math.round(nok)} NOK`;
}
