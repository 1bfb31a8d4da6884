// Small builders for the dashboard's GUI controls, so every panel looks the same.
import { Button } from "@babylonjs/gui/2D/controls/button.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";

export const PANEL_BG = "#0d1b2ae6";
export const ACCENT = "#ffd166";
export const MUTED = "#9fb3c8";

export type Corner = "topLeft" | "topRight" | "bottomLeft" | "bottomRight" | "bottom" | "top";

export function panel(name: string, width: number, corner: Corner, left = 16, top = 16): Rectangle {
  const card = new Rectangle(name);
  card.width = `${width}px`;
  card.adaptHeightToChildren = true;
  card.cornerRadius = 10;
  card.thickness = 0;
  card.background = PANEL_BG;
  card.isPointerBlocker = true; // clicks on panels do not orbit the camera or pick buildings
  card.horizontalAlignment = corner.endsWith("Right")
    ? Control.HORIZONTAL_ALIGNMENT_RIGHT
    : corner === "bottom" || corner === "top"
      ? Control.HORIZONTAL_ALIGNMENT_CENTER
      : Control.HORIZONTAL_ALIGNMENT_LEFT;
  card.verticalAlignment = corner.startsWith("bottom")
    ? Control.VERTICAL_ALIGNMENT_BOTTOM
    : Control.VERTICAL_ALIGNMENT_TOP;
  card.left = corner.endsWith("Right") ? `${-left}px` : corner === "bottom" || corner === "top" ? "0px" : `${left}px`;
  card.top = corner.startsWith("bottom") ? `${-top}px` : `${top}px`;
  return card;
}

export function stack(parent: Rectangle | StackPanel, name: string, vertical = true, height?: number): StackPanel {
  const s = new StackPanel(name);
  s.isVertical = vertical;
  if (height !== undefined) s.height = `${height}px`;
  if (vertical) {
    s.paddingTop = "8px";
    s.paddingBottom = "10px";
  }
  parent.addControl(s);
  return s;
}

export function line(
  parent: StackPanel,
  name: string,
  fontSize: number,
  color: string,
  align = Control.HORIZONTAL_ALIGNMENT_CENTER,
): TextBlock {
  const text = new TextBlock(name, "");
  text.height = `${Math.round(fontSize * 1.45)}px`;
  text.fontSize = fontSize;
  text.color = color;
  text.textHorizontalAlignment = align;
  if (align === Control.HORIZONTAL_ALIGNMENT_LEFT) text.paddingLeft = "16px";
  parent.addControl(text);
  return text;
}

export function button(
  parent: StackPanel,
  name: string,
  label: string,
  onClick: () => void,
  width = 56,
  height = 44,
): Button {
  const b = Button.CreateSimpleButton(name, label);
  b.width = `${width}px`;
  b.height = `${height}px`;
  b.color = "#ffffff";
  b.fontSize = 20;
  b.background = "#1b4965";
  b.cornerRadius = 8;
  b.thickness = 0;
  b.paddingLeft = "3px";
  b.paddingRight = "3px";
  b.onPointerClickObservable.add(onClick);
  parent.addControl(b);
  return b;
}

export function setButtonText(b: Button, text: string): void {
  if (b.textBlock) b.textBlock.text = text;
}
