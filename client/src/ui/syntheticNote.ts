// A banner saying what the buildings are: synthetic geometry (seeded per district) until real buildings are
// imported by dropping a GeoJSON or CityJSON file; after an import, the import's summary.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { CityDataset } from "../../../sim-core/host/city.ts";
import { t } from "./i18n.ts";
import { line, panel, stack } from "./widgets.ts";

export class SyntheticNote {
  readonly text: TextBlock;
  /** Summary of the last import, shown instead of the synthetic note. */
  importSummary = "";

  constructor(ui: AdvancedDynamicTexture) {
    const box = panel("syntheticNote", 800, "bottom", 0, 16);
    ui.addControl(box);
    const p = stack(box, "noteStack");
    p.paddingTop = "2px";
    p.paddingBottom = "2px";
    this.text = line(p, "syntheticNoteText", 15, "#ffe8a3");
  }

  render(city: CityDataset): void {
    this.text.text = city.synthetic
      ? t("synthetic")
      : this.importSummary || `${t("imported")}: ${city.buildings.length}`;
  }
}
