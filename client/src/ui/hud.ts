import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { SimView } from "../net/simRoom.ts";
import { withUnit } from "./format.ts";
import { t } from "./i18n.ts";
import { ACCENT, button, line, MUTED, panel, setButtonText, stack } from "./widgets.ts";

export interface HudActions {
  changeSetpoint(delta_C: number): void;
  togglePlaying(): void;
  changeSpeed(factor: number): void;
  toggleLanguage(): void;
}

/** The room panel: clock, weather, the room's heat load and its shared levers. Holds no state of its own. */
export class Hud {
  readonly clock: TextBlock;
  readonly weather: TextBlock;
  readonly kpi: TextBlock;
  readonly setpoint: TextBlock;
  readonly setpointUp: Button;
  readonly setpointDown: Button;
  readonly playPause: Button;
  readonly speedUp: Button;
  readonly speedDown: Button;
  readonly language: Button;
  private readonly title: TextBlock;
  private readonly kpiLabel: TextBlock;
  private readonly speed: TextBlock;
  private last: SimView | undefined;

  constructor(
    readonly ui: AdvancedDynamicTexture,
    actions: HudActions,
  ) {
    const card = panel("card", 420, "topLeft");
    ui.addControl(card);
    const p = stack(card, "panel");
    this.title = line(p, "title", 30, "#ffffff");
    this.clock = line(p, "clock", 24, "#cfe3ff");
    this.weather = line(p, "weather", 20, "#cfe3ff");
    this.kpi = line(p, "kpi", 34, ACCENT);
    this.kpiLabel = line(p, "kpiLabel", 16, MUTED);

    const row = stack(p, "setpointRow", false, 52);
    this.setpointDown = button(row, "setpointDown", "−", () => actions.changeSetpoint(-1));
    this.setpoint = new TextBlock("setpoint", "");
    this.setpoint.width = "220px";
    this.setpoint.color = "#ffffff";
    this.setpoint.fontSize = 22;
    row.addControl(this.setpoint);
    this.setpointUp = button(row, "setpointUp", "+", () => actions.changeSetpoint(+1));

    const clockRow = stack(p, "clockRow", false, 52);
    this.playPause = button(clockRow, "playPause", "pause", () => actions.togglePlaying(), 96);
    this.speedDown = button(clockRow, "speedDown", "«", () => actions.changeSpeed(0.5));
    this.speed = new TextBlock("speed", "");
    this.speed.width = "120px";
    this.speed.color = "#ffffff";
    this.speed.fontSize = 18;
    clockRow.addControl(this.speed);
    this.speedUp = button(clockRow, "speedUp", "»", () => actions.changeSpeed(2));
    this.language = button(clockRow, "language", "EN", () => actions.toggleLanguage(), 60);
  }

  render(state: SimView | undefined = this.last): void {
    this.last = state;
    setButtonText(this.language, t("language"));
    this.kpiLabel.text = `${t("heatLoad")} (rom / room)`;
    if (!state) return;
    this.title.text = `Tvilling — ${state.municipality}`;
    this.clock.text = state.timeLabel;
    this.weather.text = `${t("outdoor")} ${withUnit(state.outdoorTemp_C, 1, "°C")}`;
    this.kpi.text = withUnit(state.heatLoad_MW, 2, "MW");
    this.setpoint.text = `${t("setpoint")} ${withUnit(state.setpoint_C, 0, "°C")}`;
    this.speed.text = `${t("speed")} ${state.speed_h_s} h/s`;
    setButtonText(this.playPause, state.playing ? t("pause") : t("play"));
  }
}
