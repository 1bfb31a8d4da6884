import { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { Button } from "@babylonjs/gui/2D/controls/button.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { Scene } from "@babylonjs/core/scene.js";
import type { SimView } from "../net/simRoom.ts";
import { withUnit } from "./format.ts";

export interface HudActions {
  changeSetpoint(delta_C: number): void;
  togglePlaying(): void;
}

/** The panel with clock and KPI; a projection of the room state, it holds none of its own. */
export class Hud {
  readonly ui: AdvancedDynamicTexture;
  readonly clock: TextBlock;
  readonly weather: TextBlock;
  readonly kpi: TextBlock;
  readonly setpoint: TextBlock;
  readonly setpointUp: Button;
  readonly setpointDown: Button;
  readonly playPause: Button;
  private readonly title: TextBlock;

  constructor(scene: Scene, actions: HudActions) {
    this.ui = AdvancedDynamicTexture.CreateFullscreenUI("hud", true, scene);
    this.ui.idealHeight = 1080; // same layout at 1080p and scaled up on 4K screens
    const card = new Rectangle("card");
    card.width = "420px";
    card.adaptHeightToChildren = true;
    card.cornerRadius = 10;
    card.thickness = 0;
    card.background = "#0d1b2add";
    card.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
    card.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
    card.left = "16px";
    card.top = "16px";
    this.ui.addControl(card);
    const panel = new StackPanel("panel");
    panel.paddingTop = "10px";
    panel.paddingBottom = "12px";
    card.addControl(panel);

    this.title = line(panel, "title", 30, "#ffffff");
    this.clock = line(panel, "clock", 24, "#cfe3ff");
    this.weather = line(panel, "weather", 20, "#cfe3ff");
    this.kpi = line(panel, "kpi", 34, "#ffd166");
    line(panel, "kpiLabel", 16, "#9fb3c8").text = "Varmelast / heat load";

    const row = new StackPanel("setpointRow");
    row.isVertical = false;
    row.height = "56px";
    panel.addControl(row);
    this.setpointDown = button(row, "setpointDown", "−", () => actions.changeSetpoint(-1));
    this.setpoint = new TextBlock("setpoint", "");
    this.setpoint.width = "220px";
    this.setpoint.color = "#ffffff";
    this.setpoint.fontSize = 22;
    row.addControl(this.setpoint);
    this.setpointUp = button(row, "setpointUp", "+", () => actions.changeSetpoint(+1));
    this.playPause = button(panel, "playPause", "pause", () => actions.togglePlaying());
    this.playPause.width = "120px";
  }

  render(state: SimView): void {
    this.title.text = `Tvilling — ${state.municipality}`;
    this.clock.text = state.timeLabel;
    this.weather.text = `Ute / outdoor ${withUnit(state.outdoorTemp_C, 1, "°C")}`;
    this.kpi.text = withUnit(state.heatLoad_MW, 2, "MW");
    this.setpoint.text = `Innetemp. ${withUnit(state.setpoint_C, 0, "°C")}`;
    (this.playPause.textBlock as TextBlock).text = state.playing ? "pause" : "play";
  }
}

function line(panel: StackPanel, name: string, fontSize: number, color: string): TextBlock {
  const text = new TextBlock(name, "");
  text.height = `${Math.round(fontSize * 1.5)}px`;
  text.fontSize = fontSize;
  text.color = color;
  panel.addControl(text);
  return text;
}

function button(parent: StackPanel, name: string, label: string, onClick: () => void): Button {
  const b = Button.CreateSimpleButton(name, label);
  b.width = "56px";
  b.height = "48px";
  b.color = "#ffffff";
  b.fontSize = 28;
  b.background = "#1b4965";
  b.cornerRadius = 8;
  b.onPointerClickObservable.add(onClick);
  parent.addControl(b);
  return b;
}
