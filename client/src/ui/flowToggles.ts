// Two toggles for the animated flows on the map: energy (grid, PV, district heat) and materials (waste).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import type { FlowGroup } from "../model/flowPaths.ts";
import { lang } from "./i18n.ts";
import { button, panel, setButtonText, stack } from "./widgets.ts";

const LABEL: Record<FlowGroup, { nb: string; en: string }> = {
  energy: { nb: "Energiflyt", en: "Energy flows" },
  materials: { nb: "Avfallsflyt", en: "Waste flows" },
};

export class FlowToggles {
  readonly buttons = new Map<FlowGroup, Button>();

  constructor(ui: AdvancedDynamicTexture, onToggle: (group: FlowGroup) => void) {
    const box = panel("flowToggles", 420, "bottom", 0, 56);
    ui.addControl(box);
    const row = stack(box, "flowToggleRow", false, 48);
    for (const g of ["energy", "materials"] as const)
      this.buttons.set(
        g,
        button(row, `flows-${g}`, "", () => onToggle(g), 200, 40),
      );
  }

  render(isOn: (g: FlowGroup) => boolean): void {
    for (const [g, b] of this.buttons) {
      setButtonText(b, `${isOn(g) ? "☑" : "☐"} ${LABEL[g][lang()]}`);
      b.background = isOn(g) ? "#2f6f95" : "#1b4965";
    }
  }
}
