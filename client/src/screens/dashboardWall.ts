// The dashboard wall: the session's KPIs of the clock's year against the baseline (each with its U4SSC
// indicator), the SDG wheel, proposals with their votes, and the clock. Large type, no controls.
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { INDICATOR_BY_ID } from "../../../sim-core/scenario/indicators.ts";
import { LEVERS } from "../../../sim-core/scenario/levers.ts";
import { OUTREACH_LEVER_BY_ID } from "../outreach/outreachLevers.ts";
import { SdgWheel } from "../outreach/sdgWheel.ts";
import { sdgScores } from "../outreach/sdgScore.ts";
import { sortedProposals } from "../session/sessionModel.ts";
import { PRESENT } from "./presentation.ts";
import { bigText, changeText, numberText } from "./screenText.ts";
import { KPI_INDICATORS, participationShare, sessionReadings } from "./sessionIndicators.ts";
import type { ScreenStateJson } from "./screenState.ts";

const STATUS = {
  open: "åpen / open",
  accepted: "godtatt / accepted",
  rejected: "avvist / rejected",
} as Record<string, string>;

export class DashboardWall {
  readonly title: TextBlock;
  readonly clock: TextBlock;
  readonly kpiValues = new Map<string, TextBlock>();
  readonly kpiChanges = new Map<string, TextBlock>();
  readonly proposalLines: TextBlock[] = [];
  readonly wheel = new SdgWheel("sdgWheel");
  readonly people: TextBlock;

  constructor(ui: AdvancedDynamicTexture) {
    const bg = new Rectangle("dashboardBackground");
    bg.background = PRESENT.background;
    bg.thickness = 0;
    ui.addControl(bg);
    const page = new StackPanel("dashboard");
    page.paddingLeft = "48px";
    page.paddingRight = "48px";
    page.paddingTop = "32px";
    page.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
    bg.addControl(page);
    this.title = bigText(page, "title", 44, PRESENT.accent);
    this.clock = bigText(page, "clock", 36);
    this.people = bigText(page, "people", 28, PRESENT.muted);
    const row = new StackPanel("kpiRow");
    row.isVertical = false;
    row.height = "330px";
    row.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
    page.addControl(row);
    for (const k of KPI_INDICATORS) {
      const def = INDICATOR_BY_ID.get(k.indicator);
      const tile = new StackPanel(`kpi-${k.kpi}`);
      tile.width = "600px";
      tile.paddingTop = "24px";
      row.addControl(tile);
      bigText(tile, `kpiName-${k.kpi}`, 32).text = def?.name.nb ?? k.indicator;
      bigText(tile, `kpiNameEn-${k.kpi}`, 26, PRESENT.muted).text = def?.name.en ?? "";
      bigText(tile, `kpiCode-${k.kpi}`, 24, PRESENT.muted).text =
        `${def?.u4ssc ? `U4SSC ${def.u4ssc}` : "Tvilling"} · SDG ${def?.sdgs.join(", ")}`;
      this.kpiValues.set(k.kpi, bigText(tile, `kpiValue-${k.kpi}`, 76));
      this.kpiChanges.set(k.kpi, bigText(tile, `kpiChange-${k.kpi}`, 30));
    }
    this.wheel.width = "420px";
    this.wheel.height = "420px";
    this.wheel.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_RIGHT;
    this.wheel.verticalAlignment = Control.VERTICAL_ALIGNMENT_BOTTOM;
    this.wheel.left = "-60px";
    this.wheel.top = "-60px";
    bg.addControl(this.wheel);
    bigText(page, "proposalsTitle", 36, PRESENT.accent).text = "Forslag / Proposals";
    for (let i = 0; i < 5; i++) this.proposalLines.push(bigText(page, `proposal-${i}`, 32));
  }

  onState(s: ScreenStateJson, now = new Date()): void {
    this.title.text = `Tvilling · ${s.name || s.municipality} · kode / code ${s.code}`;
    const play = s.playing ? `▶ ${s.speed_yr_min ?? 0} år/min · yr/min` : "pause";
    const time = now.toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" });
    this.clock.text = `År / Year ${s.year}  ${play}    ${time}`;
    const people = Object.values(s.participants).filter((p) => p.kind === "participant" && p.connected).length;
    this.people.text = `${people} deltakere / participants`;
    for (const k of KPI_INDICATORS) {
      const value = s.kpi?.[k.kpi];
      const base = s.baseline?.[k.kpi];
      const valueText = this.kpiValues.get(k.kpi);
      const change = this.kpiChanges.get(k.kpi);
      if (!valueText || !change || !Number.isFinite(value) || !Number.isFinite(base)) continue;
      valueText.text = `${numberText(value, k.decimals)} ${k.unit}`;
      change.text = `${changeText(value, base)} mot ref. / vs baseline`;
      const better = INDICATOR_BY_ID.get(k.indicator)?.better === "higher" ? value > base : value < base;
      change.color = Math.abs(value - base) < 1e-9 ? PRESENT.muted : better ? PRESENT.better : PRESENT.worse;
    }
    this.wheel.show(sdgScores(sessionReadings(s), participationShare(s)));
    const proposals = sortedProposals(s);
    this.proposalLines.forEach((line, i) => {
      const p = proposals[i];
      if (!p) {
        line.text = "";
        return;
      }
      const lever = LEVERS.find((l) => l.id === p.lever);
      const icon = OUTREACH_LEVER_BY_ID.get(p.lever)?.icon ?? "•";
      line.text = `${icon} ${lever?.label.nb ?? p.lever}: ${p.value} fra ${p.startYear} — ja ${p.votesFor} · nei ${p.votesAgainst} — ${STATUS[p.status] ?? p.status}`;
      line.color = p.status === "accepted" ? PRESENT.better : p.status === "rejected" ? PRESENT.muted : PRESENT.text;
    });
  }
}
