// The lever panel: the scenario catalogue's 18 levers (sim-core/scenario/levers.ts) as sliders with unit,
// range and cost basis. Dragging calls onChange at once (the app debounces the re-run); the panel owns no
// model state, it shows the values it is given. The scope button under the title switches what the sliders
// set: the whole municipality or one district (the app cycles through the districts; a district's lever
// change re-runs only that district's buildings in the worker).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { ScrollViewer } from "@babylonjs/gui/2D/controls/scrollViewers/scrollViewer.js";
import { Slider } from "@babylonjs/gui/2D/controls/sliders/slider.js";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { LEVERS, type Lever } from "../../../sim-core/scenario/levers.ts";
import { MUNICIPAL_ONLY_LEVERS } from "../scenario/leverState.ts";
import { lang, t } from "./i18n.ts";
import { ACCENT, button, line, MUTED, panel, setButtonText, stack } from "./widgets.ts";

export const LEVER_PANEL_WIDTH = 420;

interface Row {
  lever: Lever;
  label: TextBlock;
  value: TextBlock;
  slider: Slider;
}

/** Slider step: whole units for wide ranges, tenths for narrow ones. */
export function leverStep(l: Lever): number {
  const span = l.max - l.min;
  return span <= 1 ? 0.05 : span <= 5 ? 0.1 : span <= 50 ? 1 : span <= 100 ? 1 : 10;
}

const nok = (v: number) =>
  v >= 1e6 ? `${(v / 1e6).toFixed(v % 1e6 === 0 ? 0 : 1)} MNOK` : `${Math.round(v).toLocaleString("nb-NO")} NOK`;

export class LeverPanel {
  readonly rows = new Map<string, Row>();
  readonly title: TextBlock;
  readonly resetButton: Button;
  /** Keeps the shown what-if as a variant for the scenario comparison chart. */
  readonly saveButton: Button;
  /** Which scope the sliders set (the whole municipality or one district); a click moves to the next one. */
  readonly scopeButton: Button;
  private silent = false;

  constructor(
    ui: AdvancedDynamicTexture,
    top_px: number,
    height_px: number,
    private readonly onChange: (id: string, value: number) => void,
    onReset: () => void,
    onSave: () => void,
    onScope: () => void = () => {},
  ) {
    const box = panel("leverPanel", LEVER_PANEL_WIDTH, "topLeft", 16, top_px);
    ui.addControl(box);
    const p = stack(box, "leverStack");
    const head = stack(p, "leverHead", false, 40);
    head.paddingTop = "0px";
    this.title = line(head as unknown as StackPanel, "leverTitle", 19, "#ffffff", Control.HORIZONTAL_ALIGNMENT_LEFT);
    this.title.width = "196px";
    this.resetButton = button(head, "leverReset", "", onReset, 104, 34);
    this.resetButton.fontSize = 16;
    this.saveButton = button(head, "leverSave", "", onSave, 110, 34);
    this.saveButton.fontSize = 15;
    const scopeRow = stack(p, "leverScopeRow", false, 40);
    scopeRow.paddingTop = "0px";
    this.scopeButton = button(scopeRow, "leverScope", "", onScope, LEVER_PANEL_WIDTH - 30, 34);
    this.scopeButton.fontSize = 15;
    const scroll = new ScrollViewer("leverScroll");
    scroll.width = `${LEVER_PANEL_WIDTH - 8}px`;
    scroll.height = `${height_px - 100}px`;
    scroll.thickness = 0;
    scroll.barSize = 14;
    scroll.barColor = "#4f7fa3";
    p.addControl(scroll);
    const list = new StackPanel("leverList");
    list.width = `${LEVER_PANEL_WIDTH - 30}px`;
    scroll.addControl(list);
    for (const lever of LEVERS) {
      const label = line(list, `lever-${lever.id}-label`, 16, "#ffffff", Control.HORIZONTAL_ALIGNMENT_LEFT);
      const value = line(list, `lever-${lever.id}-value`, 14, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT);
      value.textWrapping = true;
      value.height = "38px";
      const slider = new Slider(`lever-${lever.id}`);
      slider.minimum = lever.min;
      slider.maximum = lever.max;
      slider.step = leverStep(lever);
      slider.value = lever.default;
      slider.height = "26px";
      slider.width = `${LEVER_PANEL_WIDTH - 64}px`;
      slider.color = ACCENT;
      slider.background = "#2a4058";
      slider.borderColor = "#ffffff40";
      slider.isThumbCircle = true;
      slider.thumbWidth = "20px";
      slider.paddingBottom = "6px";
      slider.onValueChangedObservable.add((v) => {
        if (!this.silent) this.onChange(lever.id, v);
      });
      list.addControl(slider);
      this.rows.set(lever.id, { lever, label, value, slider });
    }
  }

  /** Shows the given lever values of a scope (a district's name, or the municipality: undefined), without
   *  calling onChange; levers read municipality-wide only are disabled in a district. */
  render(values: Record<string, number>, year: number, district?: string): void {
    this.title.text = `${t("levers")} · ${year}`;
    setButtonText(this.resetButton, t("reset"));
    setButtonText(this.saveButton, t("saveVariant"));
    const nb = lang() === "nb";
    const where = district ?? (nb ? "hele kommunen" : "the whole municipality");
    setButtonText(this.scopeButton, `${nb ? "Gjelder" : "Applies to"}: ${where} ▸`);
    this.silent = true;
    for (const row of this.rows.values()) {
      const l = row.lever;
      const v = values[l.id] ?? l.default;
      if (row.slider.value !== v) row.slider.value = v;
      row.slider.isEnabled = !(district && MUNICIPAL_ONLY_LEVERS.has(l.id));
      row.slider.alpha = row.slider.isEnabled ? 1 : 0.35;
      row.label.text = l.label[lang()];
      const cost =
        l.cost.capex_NOK > 0 ? nok(l.cost.capex_NOK) : l.cost.opex_NOK_yr > 0 ? `${nok(l.cost.opex_NOK_yr)}/år` : "—";
      row.value.text = `${fmt(v)} ${l.unit} (${fmt(l.min)}–${fmt(l.max)}) · ${cost} / ${l.cost.basis}`;
      row.value.color = v !== l.default ? ACCENT : MUTED;
    }
    this.silent = false;
  }
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0$/, ""));
