// The outreach big screen (@babylonjs/gui over the touring city): how to join (QR code and short code),
// the few big levers with icons and plain words and their values in the shared scenario, the SDG score
// wheel, and the latest proposals with their votes. Bokmål first, English under it. No controls.
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { Image } from "@babylonjs/gui/2D/controls/image.js";
import { Rectangle } from "@babylonjs/gui/2D/controls/rectangle.js";
import { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import type { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import { PRESENT } from "../screens/presentation.ts";
import { bigText } from "../screens/screenText.ts";
import { participationShare, sessionReadings } from "../screens/sessionIndicators.ts";
import type { ScreenStateJson } from "../screens/screenState.ts";
import { sortedProposals } from "../session/sessionModel.ts";
import { joinQrDataUrl, joinUrl } from "./joinLink.ts";
import { currentLeverValue, OUTREACH_LEVER_BY_ID, OUTREACH_LEVERS } from "./outreachLevers.ts";
import { SdgWheel } from "./sdgWheel.ts";
import { SDG_NAMES, sdgScores, WHEEL_SDGS } from "./sdgScore.ts";

const CENTRE = Control.HORIZONTAL_ALIGNMENT_CENTER;

function card(name: string, width: number): Rectangle {
  const r = new Rectangle(name);
  r.width = `${width}px`;
  r.adaptHeightToChildren = true;
  r.background = PRESENT.panel;
  r.cornerRadius = 18;
  r.thickness = 0;
  return r;
}

export class OutreachScreen {
  readonly qr: Image;
  readonly joinCode: TextBlock;
  readonly joinLink: TextBlock;
  readonly leverValues = new Map<string, TextBlock>();
  readonly wheel = new SdgWheel("outreachWheel");
  readonly proposalLines: TextBlock[] = [];
  /** The join URL the QR code encodes (for tests and the console). */
  url = "";

  constructor(
    ui: AdvancedDynamicTexture,
    readonly code: string,
    joinBase: string,
  ) {
    const left = card("joinCard", 460);
    left.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
    left.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
    left.left = "40px";
    left.top = "40px";
    ui.addControl(left);
    const join = new StackPanel("join");
    join.paddingTop = "20px";
    join.paddingBottom = "20px";
    left.addControl(join);
    bigText(join, "joinTitle", 40, PRESENT.accent, CENTRE).text = "Bli med!";
    bigText(join, "joinTitleEn", 30, PRESENT.muted, CENTRE).text = "Join in!";
    this.qr = new Image("joinQr");
    this.qr.width = "340px";
    this.qr.height = "340px";
    join.addControl(this.qr);
    this.joinCode = bigText(join, "joinCode", 80, PRESENT.text, CENTRE);
    this.joinCode.text = code.split("").join(" ");
    this.joinLink = bigText(join, "joinLink", 20, PRESENT.muted, CENTRE);
    this.url = joinUrl(code, joinBase);
    this.joinLink.text = this.url.replace(/^https?:\/\//, "");
    void joinQrDataUrl(this.url, 680).then((src) => {
      this.qr.source = src;
    });

    const levers = new StackPanel("outreachLevers");
    levers.isVertical = false;
    levers.height = "340px";
    levers.verticalAlignment = Control.VERTICAL_ALIGNMENT_BOTTOM;
    levers.top = "-30px";
    levers.left = "260px";
    ui.addControl(levers);
    for (const o of OUTREACH_LEVERS) {
      const c = card(`lever-${o.id}`, 320);
      c.paddingLeft = "12px";
      c.paddingRight = "12px";
      levers.addControl(c);
      const s = new StackPanel(`leverStack-${o.id}`);
      s.paddingTop = "12px";
      s.paddingBottom = "12px";
      c.addControl(s);
      bigText(s, `leverIcon-${o.id}`, 88, PRESENT.text, CENTRE).text = o.icon;
      const nb = bigText(s, `leverWords-${o.id}`, 28, PRESENT.text, CENTRE);
      nb.text = o.words.nb;
      nb.textWrapping = true;
      nb.height = "76px";
      const en = bigText(s, `leverWordsEn-${o.id}`, 22, PRESENT.muted, CENTRE);
      en.text = o.words.en;
      en.textWrapping = true;
      en.height = "60px";
      this.leverValues.set(o.id, bigText(s, `leverValue-${o.id}`, 34, PRESENT.accent, CENTRE));
    }

    const right = card("sdgCard", 500);
    right.horizontalAlignment = Control.HORIZONTAL_ALIGNMENT_RIGHT;
    right.verticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
    right.left = "-40px";
    right.top = "40px";
    ui.addControl(right);
    const sdg = new StackPanel("sdg");
    sdg.paddingTop = "16px";
    sdg.paddingBottom = "16px";
    right.addControl(sdg);
    bigText(sdg, "sdgTitle", 32, PRESENT.accent, CENTRE).text = "Bærekraftsmål / SDGs";
    this.wheel.width = "400px";
    this.wheel.height = "400px";
    sdg.addControl(this.wheel);
    for (let i = 0; i < WHEEL_SDGS.length; i += 2)
      bigText(sdg, `sdgNames-${i}`, 20, PRESENT.muted, CENTRE).text = WHEEL_SDGS.slice(i, i + 2)
        .map((g) => `${g} ${SDG_NAMES[g].nb}`)
        .join(" · ");
    for (let i = 0; i < 3; i++) this.proposalLines.push(bigText(sdg, `outreachProposal-${i}`, 24, PRESENT.text));
  }

  onState(s: ScreenStateJson): void {
    for (const o of OUTREACH_LEVERS) {
      const t = this.leverValues.get(o.id);
      if (t) t.text = `${currentLeverValue(o.id, s.interventions)} ${o.unit}`;
    }
    this.wheel.show(sdgScores(sessionReadings(s), participationShare(s)));
    const proposals = sortedProposals(s);
    this.proposalLines.forEach((line, i) => {
      const p = proposals[i];
      const o = p && OUTREACH_LEVER_BY_ID.get(p.lever);
      line.text = p
        ? `${o?.icon ?? "•"} ${p.value} ${o?.unit ?? ""} · ja ${p.votesFor} · nei ${p.votesAgainst} · ${p.status === "accepted" ? "✔ godtatt" : p.status === "rejected" ? "✖ avvist" : "…"}`
        : "";
    });
  }
}
