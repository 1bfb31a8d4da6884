// The facilitator's controls (@babylonjs/gui), shown only to the facilitator: clock (year, play/pause, speed),
// focus, decision rule, locks on levers, reset, variants (branch, select, KPIs side by side), roles and budgets
// of participants, the HTML report and JSON export, and the lobby of open sessions. Every control sends one
// message; what it shows is projected from the last room state (the server decides, the panel follows).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import type { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { LEVERS, type Lever } from "../../../sim-core/scenario/levers.ts";
import { formatNOK } from "../../../server/session/formatNOK.ts";
import type { FacilitatorMessages, LobbySession } from "../net/sessionRoom.ts";
import { lang } from "../ui/i18n.ts";
import { ACCENT, button, MUTED, panel, setButtonText, stack } from "../ui/widgets.ts";
import { ROLE_IDS, ROLE_LABELS, st } from "./sessionI18n.ts";
import {
  BUDGET_STEPS_NOK,
  cycle,
  SPEED_STEPS_YR_MIN,
  type SessionStateJson,
  sortedParticipants,
  stepList,
  stepYear,
  variantCompareLines,
  variantList,
} from "./sessionModel.ts";

export interface FacilitatorActions {
  control<T extends keyof FacilitatorMessages>(type: T, message: FacilitatorMessages[T]): void;
  /** Downloads the session's HTML report or JSON export. */
  download(kind: "report" | "export"): void;
  lobby(): Promise<LobbySession[]>;
}

const WIDTH = 400; // left of the session panel (top right, 392 px in, 470 wide) on a 1280 px screen
const FOCI = ["energy", "circular", "both"] as const;
const LOBBY_ROWS = 4;

export class FacilitatorPanel {
  private readonly body: StackPanel;
  private readonly texts = new Map<string, TextBlock>();
  private readonly compareLines: TextBlock[] = [];
  private readonly lobbyLines: TextBlock[] = [];
  private state: SessionStateJson | undefined;
  private open = true;
  private lockLever: Lever = LEVERS[0];
  private participantId = "";
  private role: string = ROLE_IDS[0];
  private budget_NOK = 0;
  private lobby: LobbySession[] = [];

  constructor(
    ui: AdvancedDynamicTexture,
    /** Shared with the session panel: every clickable control by name (tests click their centres). */
    private readonly controls: Map<string, Control>,
    private readonly actions: FacilitatorActions,
    private readonly wake: () => void,
  ) {
    const card = panel("facilitatorPanel", WIDTH, "topLeft", 16, 16);
    ui.addControl(card);
    const p = stack(card, "facilitatorStack");
    const head = stack(p, "facilitatorHead", false, 40);
    this.text(head, "facilitatorTitle", 250, 20, Control.HORIZONTAL_ALIGNMENT_LEFT);
    this.click(head, "facilitatorToggle", 130, () => {
      this.open = !this.open;
      this.render();
    });
    this.body = stack(p, "facilitatorBody");

    const clock = this.row("clockRow");
    this.click(clock, "yearDown", 36, () => this.setYear(-1), "−");
    this.text(clock, "yearText", 70);
    this.click(clock, "yearUp", 36, () => this.setYear(1), "+");
    this.click(clock, "playPause", 90, () => this.send("setClock", { playing: !this.state?.playing }));
    this.click(clock, "speedDown", 36, () => this.setSpeed(-1), "−");
    this.text(clock, "speedText", 70, 14);
    this.click(clock, "speedUp", 36, () => this.setSpeed(1), "+");

    const focus = this.row("focusRow");
    this.click(focus, "focusPrev", 36, () => this.setFocus(-1), "‹");
    this.text(focus, "focusText", 130, 15);
    this.click(focus, "focusNext", 36, () => this.setFocus(1), "›");
    this.click(focus, "ruleToggle", 180, () =>
      this.send("setDecisionRule", { rule: this.state?.decisionRule === "majority" ? "facilitator" : "majority" }),
    );

    const lock = this.row("lockRow");
    this.click(lock, "lockLeverPrev", 36, () => this.setLockLever(-1), "‹");
    this.text(lock, "lockLeverText", 200, 14);
    this.click(lock, "lockLeverNext", 36, () => this.setLockLever(1), "›");
    this.click(lock, "lockToggle", 110, () =>
      this.send("setLock", { lever: this.lockLever.id, locked: !this.state?.locks.includes(this.lockLever.id) }),
    );
    this.wrapped(this.body, "locksText", 14, MUTED, 2);

    const variants = this.row("variantRow");
    this.click(variants, "variantPrev", 36, () => this.selectVariant(-1), "‹");
    this.text(variants, "variantText", 170, 15);
    this.click(variants, "variantNext", 36, () => this.selectVariant(1), "›");
    this.click(variants, "branchVariant", 150, () =>
      this.send("branchVariant", {
        name: `${st("variant")} ${variantList(this.state ?? { variants: {} }).length + 1}`,
      }),
    );
    this.text(this.body, "compareTitle", WIDTH - 32, 14, Control.HORIZONTAL_ALIGNMENT_LEFT).color = MUTED;
    for (let i = 0; i < 9; i++) this.compareLines.push(this.wrapped(this.body, `compare-${i}`, 14, ACCENT, 1));

    const who = this.row("roleWhoRow");
    this.click(who, "rolePersonPrev", 36, () => this.setPerson(-1), "‹");
    this.text(who, "rolePersonText", 300, 15);
    this.click(who, "rolePersonNext", 36, () => this.setPerson(1), "›");
    const role = this.row("roleRow");
    this.click(role, "roleSetPrev", 36, () => this.setRole(-1), "‹");
    this.text(role, "roleSetText", 120, 15);
    this.click(role, "roleSetNext", 36, () => this.setRole(1), "›");
    this.click(role, "budgetDown", 36, () => this.setBudget(-1), "−");
    this.text(role, "budgetText", 100, 14);
    this.click(role, "budgetUp", 36, () => this.setBudget(1), "+");
    this.click(this.body, "setRoleButton", 200, () => {
      if (this.participantId)
        this.send("setRole", { participantId: this.participantId, role: this.role, budget_NOK: this.budget_NOK });
    });

    const files = this.row("fileRow");
    this.click(files, "resetButton", 130, () => this.send("reset", {}));
    this.click(files, "reportButton", 130, () => this.actions.download("report"));
    this.click(files, "exportButton", 110, () => this.actions.download("export"));

    const lobby = this.row("lobbyRow");
    this.text(lobby, "lobbyTitle", 250, 15, Control.HORIZONTAL_ALIGNMENT_LEFT).color = MUTED;
    this.click(lobby, "lobbyRefresh", 130, () => this.refreshLobby());
    for (let i = 0; i < LOBBY_ROWS; i++) this.lobbyLines.push(this.wrapped(this.body, `lobby-${i}`, 14, "#ffffff", 1));
    this.render();
    void this.refreshLobby();
  }

  onState(state: SessionStateJson): void {
    this.state = state;
    const people = this.people();
    if (!people.some((p) => p.id === this.participantId)) this.pickPerson(people[0]?.id ?? "");
    this.render();
  }

  render(): void {
    const s = this.state;
    const l = lang();
    this.set("facilitatorTitle", st("facilitator"));
    setButtonText(this.button("facilitatorToggle"), this.open ? st("hide") : st("show"));
    this.body.isVisible = this.open;
    this.set("yearText", `${st("year")} ${s?.year ?? ""}`);
    setButtonText(this.button("playPause"), s?.playing ? st("pause") : st("play"));
    this.set("speedText", `${s?.speed_yr_min ?? 1} ${st("speed")}`);
    this.set("focusText", `${st("focus")}: ${st((s?.focus ?? "both") as "both")}`);
    setButtonText(
      this.button("ruleToggle"),
      `${st("rule")}: ${s?.decisionRule === "majority" ? st("ruleMajority") : st("ruleFacilitator")}`,
    );
    this.set("lockLeverText", this.lockLever.label[l]);
    const locked = s?.locks.includes(this.lockLever.id) ?? false;
    setButtonText(this.button("lockToggle"), locked ? st("unlock") : st("lock"));
    const lockNames = (s?.locks ?? []).map((id) => LEVERS.find((x) => x.id === id)?.label[l] ?? id);
    this.set("locksText", `${st("locked")}: ${lockNames.length ? lockNames.join(", ") : st("none")}`);

    const variants = s ? variantList(s) : [];
    const active = variants.find((v) => v.id === s?.activeVariantId);
    this.set("variantText", `${st("variant")}: ${active?.name ?? "—"}`);
    setButtonText(this.button("branchVariant"), st("branch"));
    this.set("compareTitle", `${st("compare")} ${s?.kpi.year || s?.year || ""}`);
    const compare = s ? variantCompareLines(s, st("baseline")) : [];
    this.compareLines.forEach((t, i) => {
      t.text = compare[i] ?? "";
      t.isVisible = i < compare.length;
    });

    const person = s?.participants[this.participantId];
    this.set("rolePersonText", person ? person.name : "—");
    this.set("roleSetText", ROLE_LABELS[this.role]?.[l] ?? this.role);
    this.set("budgetText", this.budget_NOK > 0 ? formatNOK(this.budget_NOK) : st("noBudget"));
    setButtonText(this.button("setRoleButton"), st("setRole"));
    setButtonText(this.button("resetButton"), st("reset"));
    setButtonText(this.button("reportButton"), st("report"));
    setButtonText(this.button("exportButton"), st("exportJson"));
    this.set("lobbyTitle", st("lobby"));
    setButtonText(this.button("lobbyRefresh"), st("refresh"));
    this.lobbyLines.forEach((t, i) => {
      const x = this.lobby[i];
      t.text = x
        ? `${x.code} · ${x.name} · ${x.live ? `${st("live")}, ${x.connected} ${st("connected")}` : x.municipality}`
        : "";
      t.isVisible = x !== undefined;
    });
    this.wake();
  }

  // ---- actions -------------------------------------------------------------------------------------

  private send<T extends keyof FacilitatorMessages>(type: T, message: FacilitatorMessages[T]): void {
    this.actions.control(type, message);
  }

  private setYear(direction: 1 | -1): void {
    const s = this.state;
    if (s) this.send("setClock", { year: stepYear(s.year, direction, s.baseYear, s.horizon) });
  }

  private setSpeed(direction: 1 | -1): void {
    this.send("setClock", { speed_yr_min: stepList(SPEED_STEPS_YR_MIN, this.state?.speed_yr_min ?? 1, direction) });
  }

  private setFocus(direction: 1 | -1): void {
    const now = (this.state?.focus ?? "both") as (typeof FOCI)[number];
    this.send("setFocus", { focus: cycle(FOCI, now, direction) });
  }

  private setLockLever(direction: 1 | -1): void {
    this.lockLever = cycle(LEVERS, this.lockLever, direction);
    this.render();
  }

  private selectVariant(direction: 1 | -1): void {
    const s = this.state;
    if (!s) return;
    const ids = variantList(s).map((v) => v.id);
    if (ids.length > 1) this.send("selectVariant", { variantId: cycle(ids, s.activeVariantId ?? ids[0], direction) });
  }

  private people() {
    return this.state ? sortedParticipants(this.state).filter((p) => p.kind === "participant") : [];
  }

  /** Chooses whose role to edit; the role and budget drafts start from theirs. */
  private pickPerson(id: string): void {
    this.participantId = id;
    const p = this.state?.participants[id];
    if (p?.role) this.role = p.role;
    this.budget_NOK = p?.budget_NOK ?? 0;
  }

  private setPerson(direction: 1 | -1): void {
    const ids = this.people().map((p) => p.id);
    if (ids.length === 0) return;
    this.pickPerson(cycle(ids, this.participantId, direction));
    this.render();
  }

  private setRole(direction: 1 | -1): void {
    this.role = cycle(ROLE_IDS, this.role as (typeof ROLE_IDS)[number], direction);
    this.render();
  }

  private setBudget(direction: 1 | -1): void {
    this.budget_NOK = stepList(BUDGET_STEPS_NOK, this.budget_NOK, direction);
    this.render();
  }

  private async refreshLobby(): Promise<void> {
    try {
      this.lobby = (await this.actions.lobby()).filter((x) => x.code !== this.state?.code).slice(0, LOBBY_ROWS);
    } catch {
      this.lobby = [];
    }
    this.render();
  }

  // ---- small builders ------------------------------------------------------------------------------

  private row(name: string): StackPanel {
    return stack(this.body, name, false, 46);
  }

  private click(parent: StackPanel, name: string, width: number, onClick: () => void, label = ""): Button {
    const b = button(parent, name, label, onClick, width, 42);
    b.fontSize = 16;
    this.controls.set(name, b);
    return b;
  }

  private button(name: string): Button {
    return this.controls.get(name) as Button;
  }

  private text(
    parent: StackPanel,
    name: string,
    width: number,
    fontSize = 16,
    align = Control.HORIZONTAL_ALIGNMENT_CENTER,
  ): TextBlock {
    const t = new TextBlock(name, "");
    t.width = `${width}px`;
    t.height = "40px";
    t.color = "#ffffff";
    t.fontSize = fontSize;
    t.textHorizontalAlignment = align;
    parent.addControl(t);
    this.texts.set(name, t);
    return t;
  }

  private wrapped(parent: StackPanel, name: string, fontSize: number, color: string, lines: number): TextBlock {
    const t = new TextBlock(name, "");
    t.width = `${WIDTH - 32}px`;
    t.height = `${Math.round(fontSize * 1.3 * lines + 4)}px`;
    t.fontSize = fontSize;
    t.color = color;
    t.textWrapping = true;
    t.textHorizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
    parent.addControl(t);
    this.texts.set(name, t);
    return t;
  }

  private set(name: string, text: string): void {
    const t = this.texts.get(name);
    if (t && t.text !== text) t.text = text;
  }
}
