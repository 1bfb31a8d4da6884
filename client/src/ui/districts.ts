// Fly-to buttons, one per district (keys 1-9 do the same).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { CityDataset } from "../../../sim-core/host/city.ts";
import { button, panel, stack } from "./widgets.ts";

export function districtButtons(ui: AdvancedDynamicTexture, city: CityDataset, flyTo: (index: number) => void): void {
  const box = panel("districtBar", Math.min(1100, 120 * city.districts.length + 20), "top", 0, 126);
  box.background = "#0d1b2a99";
  ui.addControl(box);
  const row = stack(box, "districtRow", false, 48);
  city.districts.forEach((d, i) => {
    const b = button(row, `fly-${d.name}`, `${i + 1} ${d.name}`, () => flyTo(i), 118, 40);
    b.fontSize = 16;
  });
}
