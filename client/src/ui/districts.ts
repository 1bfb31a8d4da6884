// District labels floating over the city and fly-to buttons.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { TransformNode } from "@babylonjs/core/Meshes/transformNode.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { CityDataset } from "../../../sim-core/host/city.ts";
import { button, panel, stack } from "./widgets.ts";

export function districtLabels(ui: AdvancedDynamicTexture, scene: Scene, city: CityDataset): void {
  for (const d of city.districts) {
    const anchor = new TransformNode(`district-${d.name}`, scene);
    anchor.position.set(d.x_m, 60, d.y_m);
    const tag = new Rectangle(`districtTag-${d.name}`);
    tag.adaptWidthToChildren = true;
    tag.height = "30px";
    tag.cornerRadius = 6;
    tag.thickness = 0;
    tag.background = "#0d1b2aaa";
    const text = new TextBlock(`districtLabel-${d.name}`, d.name);
    text.resizeToFit = true;
    text.color = "#ffffff";
    text.fontSize = 18;
    text.paddingLeft = "8px";
    text.paddingRight = "8px";
    tag.addControl(text);
    ui.addControl(tag);
    tag.linkWithMesh(anchor);
  }
}

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
