// Large-type GUI text helpers for the presentation screens (sizes in 1080-line units; the GUI scales them).
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import type { Container } from "@babylonjs/gui/2D/controls/container.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { PRESENT } from "./presentation.ts";

export function bigText(
  parent: Container,
  name: string,
  size: number,
  color: string = PRESENT.text,
  align = Control.HORIZONTAL_ALIGNMENT_LEFT,
): TextBlock {
  const t = new TextBlock(name, "");
  t.fontSize = size;
  t.fontFamily = PRESENT.font;
  t.color = color;
  t.height = `${Math.round(size * 1.35)}px`;
  t.textHorizontalAlignment = align;
  t.textWrapping = false;
  parent.addControl(t);
  return t;
}

/** "+12.3 %" / "−4.0 %" / "±0.0 %" of value against baseline. */
export function changeText(value: number, baseline: number): string {
  const change = baseline !== 0 ? ((value - baseline) / Math.abs(baseline)) * 100 : 0;
  const sign = change > 0.05 ? "+" : change < -0.05 ? "\u2212" : "±";
  return `${sign}${Math.abs(change).toFixed(1)}\u2009%`;
}

export function numberText(value: number, decimals: number): string {
  return value.toLocaleString("nb-NO", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
