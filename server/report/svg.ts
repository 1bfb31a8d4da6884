// Tiny SVG helpers for the self-contained report: escaped text, fixed-precision numbers.
export const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const n1 = (v: number) => (Math.round(v * 10) / 10).toString();

export const PALETTE = ["#1b4965", "#e76f51", "#2a9d8f", "#e9c46a", "#8d5a97", "#62b6cb", "#f4a261", "#264653"];
