// Hour-of-year scrubber and the progress bar of a running simulation.
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import { Slider } from "@babylonjs/gui/2D/controls/sliders/slider.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { t } from "./i18n.ts";
import { ACCENT, button, line, panel, setButtonText, stack } from "./widgets.ts";

export class TimeBar {
  readonly scrubber: Slider;
  readonly live: Button;
  readonly progress: Rectangle;
  readonly progressFill: Rectangle;
  readonly progressLabel: TextBlock;
  readonly shownTime: TextBlock;
  private settingValue = false;

  constructor(ui: AdvancedDynamicTexture, onScrub: (hour: number) => void, onLive: () => void) {
    const box = panel("timeBar", 620, "top", 0, 16);
    ui.addControl(box);
    const p = stack(box, "timePanel");
    const row = stack(p, "timeRow", false, 40);
    this.scrubber = new Slider("scrubber");
    this.scrubber.minimum = 0;
    this.scrubber.maximum = 8759;
    this.scrubber.step = 1;
    this.scrubber.width = "480px";
    this.scrubber.height = "30px";
    this.scrubber.color = ACCENT;
    this.scrubber.background = "#33475b";
    this.scrubber.onValueChangedObservable.add((v) => {
      if (!this.settingValue) onScrub(Math.round(v));
    });
    row.addControl(this.scrubber);
    this.live = button(row, "live", "", onLive, 110, 36);
    this.shownTime = line(p, "shownTime", 17, "#ffffff");
    this.progress = new Rectangle("progress");
    this.progress.width = "580px";
    this.progress.height = "12px";
    this.progress.thickness = 0;
    this.progress.background = "#33475b";
    this.progress.cornerRadius = 6;
    p.addControl(this.progress);
    this.progressFill = new Rectangle("progressFill");
    this.progressFill.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
    this.progressFill.thickness = 0;
    this.progressFill.background = "#7fd1a8";
    this.progressFill.width = "0%";
    this.progress.addControl(this.progressFill);
    this.progressLabel = line(p, "progressLabel", 15, "#cfe3ff");
  }

  showHour(hour: number, isLive: boolean, label: string): void {
    this.shownTime.text = label;
    this.settingValue = true;
    this.scrubber.value = hour;
    this.settingValue = false;
    setButtonText(this.live, isLive ? `● ${t("live")}` : `○ ${t("live")}`);
  }

  showProgress(fraction: number, label: string): void {
    this.progressFill.width = `${Math.round(fraction * 100)}%`;
    this.progressLabel.text = label;
  }
}
