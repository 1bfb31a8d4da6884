// The co-creation panel (@babylonjs/gui, so it can move onto a VR texture): join form, participants with role
// colours, the session's KPIs against the baseline, a lever proposal form, proposals with votes and, for the
// facilitator, accept/reject. Everything shown is projected from the last room state; the only local values are
// the drafts of the forms (name, role, lever, value, year, rationale).
import type { AdvancedDynamicTexture } from "@babylonjs/gui/2D/advancedDynamicTexture.js";
import type { Button } from "@babylonjs/gui/2D/controls/button.js";
import { Control } from "@babylonjs/gui/2D/controls/control.js";
import { InputText } from "@babylonjs/gui/2D/controls/inputText.js";
import type { StackPanel } from "@babylonjs/gui/2D/controls/stackPanel.js";
import { TextBlock } from "@babylonjs/gui/2D/controls/textBlock.js";
import { LEVERS, type Lever } from "../../../sim-core/scenario/levers.ts";
import type { ProposeMessage, SessionWelcome } from "../net/sessionRoom.ts";
import { lang } from "../ui/i18n.ts";
import { ACCENT, button, line, MUTED, panel, setButtonText, stack } from "../ui/widgets.ts";
import { ROLE_COLOURS, ROLE_IDS, ROLE_LABELS, st } from "./sessionI18n.ts";
import { formatNOK } from "../../../server/session/formatNOK.ts";
import {
  budgetText,
  cycle,
  formatLeverNumber,
  formatLeverValue,
  KPI_FIELDS,
  kpiText,
  readableOnDark,
  type ProposalJson,
  roleLabel,
  shorten,
  type SessionJoinOptions,
  type SessionStateJson,
  sortedParticipants,
  sortedProposals,
  stepLeverValue,
  stepYear,
} from "./sessionModel.ts";

export interface SessionActions {
  join(options: SessionJoinOptions): void;
  propose(m: ProposeMessage): void;
  vote(proposalId: string, choice: "for" | "against"): void;
  decide(proposalId: string, decision: "accept" | "reject"): void;
}

const ERROR_COLOUR = "#ff6b6b";
const WIDTH = 470;
/** Proposals listed at once (newest open ones first), so the panel stays on screen. */
const MAX_PROPOSALS = 3;

interface ProposalRow {
  box: StackPanel;
  text: TextBlock;
  buttons: StackPanel;
  voteFor: Button;
  voteAgainst: Button;
  accept: Button;
  reject: Button;
}

/** A left-aligned text of up to `lines` wrapped lines (fixed height: resizeToFit does not wrap in a stack). */
function wrapped(parent: StackPanel, name: string, fontSize: number, color: string, lines: number): TextBlock {
  const text = new TextBlock(name, "");
  text.width = `${WIDTH - 32}px`;
  text.height = `${Math.round(fontSize * 1.3 * lines + 4)}px`;
  text.fontSize = fontSize;
  text.color = color;
  text.textWrapping = true;
  text.textVerticalAlignment = Control.VERTICAL_ALIGNMENT_TOP;
  text.textHorizontalAlignment = Control.HORIZONTAL_ALIGNMENT_LEFT;
  parent.addControl(text);
  return text;
}

function input(parent: StackPanel, name: string, text: string, onChange: (v: string) => void): InputText {
  const field = new InputText(name, text);
  field.width = `${WIDTH - 40}px`;
  field.height = "40px";
  field.fontSize = 18;
  field.color = "#ffffff";
  field.background = "#1b2d44";
  field.focusedBackground = "#24405f";
  field.focusedColor = "#ffffff";
  field.thickness = 1;
  field.maxWidth = `${WIDTH - 40}px`;
  field.onTextChangedObservable.add(() => onChange(field.text));
  parent.addControl(field);
  return field;
}

export class SessionPanel {
  /** Every clickable control by name, for tests that click at on-screen centres. */
  readonly controls = new Map<string, Control>();
  readonly title: TextBlock;
  readonly status: TextBlock;
  readonly kpiLines = new Map<string, TextBlock>();
  private readonly form: StackPanel;
  private readonly body: StackPanel;
  private readonly proposeBox: StackPanel;
  private readonly participantList: StackPanel;
  private readonly proposalList: StackPanel;
  private readonly rows = new Map<string, ProposalRow>();
  private readonly labels: { text: TextBlock; key: Parameters<typeof st>[0] }[] = [];
  private readonly kpiTitle: TextBlock;
  private readonly leverText: TextBlock;
  private readonly valueText: TextBlock;
  private readonly unitText: TextBlock;
  private readonly yearText: TextBlock;
  private readonly roleText: TextBlock;
  private readonly noProposals: TextBlock;
  private state: SessionStateJson | undefined;
  private welcome: SessionWelcome | undefined;
  private error = "";
  private joining = false;
  // drafts of the forms
  private name: string;
  private role: string;
  private lever: Lever;
  private value: number;
  private year = 0;
  private rationale: string;

  constructor(
    ui: AdvancedDynamicTexture,
    private readonly join: SessionJoinOptions,
    private readonly actions: SessionActions,
    private readonly wake: () => void,
  ) {
    this.name = join.name ?? "";
    this.role = join.role ?? ROLE_IDS[4];
    this.lever = LEVERS.find((l) => l.id === "heatPumpShare") ?? LEVERS[0];
    this.value = this.lever.default;
    this.rationale = st("defaultRationale");
    const card = panel("sessionPanel", WIDTH, "topRight", 392, 176);
    ui.addControl(card);
    const p = stack(card, "sessionStack");
    this.title = line(p, "sessionTitle", 24, "#ffffff");
    this.status = wrapped(p, "sessionStatus", 16, ERROR_COLOUR, 2);

    // join form (participants without a name in the URL)
    this.form = stack(p, "sessionForm");
    this.label(this.form, "name");
    this.controls.set(
      "nameInput",
      input(this.form, "nameInput", this.name, (v) => (this.name = v)),
    );
    const roleRow = stack(this.form, "roleRow", false, 50);
    this.click(roleRow, "rolePrev", "‹", () => this.setRole(-1), 44);
    this.roleText = this.cell(roleRow, "roleText", 300);
    this.click(roleRow, "roleNext", "›", () => this.setRole(1), 44);
    this.click(this.form, "joinButton", st("join"), () => this.submitJoin(), 200);

    // the session itself
    this.body = stack(p, "sessionBody");
    this.label(this.body, "participants");
    this.participantList = stack(this.body, "participantList");
    this.participantList.paddingTop = "0px";
    this.participantList.paddingBottom = "4px";
    this.kpiTitle = line(this.body, "kpiTitle", 16, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT);
    for (const f of KPI_FIELDS) this.kpiLines.set(f.key, wrapped(this.body, `kpi-${f.key}`, 16, ACCENT, 1));

    this.proposeBox = stack(this.body, "proposeBox");
    this.label(this.proposeBox, "propose");
    const leverRow = stack(this.proposeBox, "leverRow", false, 50);
    this.click(leverRow, "leverPrev", "‹", () => this.setLever(-1), 44);
    this.leverText = this.cell(leverRow, "leverText", 370, 15);
    this.click(leverRow, "leverNext", "›", () => this.setLever(1), 44);
    this.unitText = line(this.proposeBox, "unitText", 14, MUTED);
    const valueRow = stack(this.proposeBox, "valueRow", false, 50);
    this.click(valueRow, "valueDown", "−", () => this.stepValue(-1), 44);
    this.valueText = this.cell(valueRow, "valueText", 200, 16);
    this.click(valueRow, "valueUp", "+", () => this.stepValue(1), 44);
    this.click(valueRow, "yearDown", "−", () => this.stepYear(-1), 36);
    this.yearText = this.cell(valueRow, "yearText", 90, 16);
    this.click(valueRow, "yearUp", "+", () => this.stepYear(1), 36);
    this.controls.set(
      "rationaleInput",
      input(this.proposeBox, "rationaleInput", this.rationale, (v) => (this.rationale = v)),
    );
    this.click(this.proposeBox, "proposeButton", st("propose"), () => this.submitProposal(), 200);

    this.label(this.body, "proposals");
    this.proposalList = stack(this.body, "proposalList");
    this.proposalList.paddingTop = "0px";
    this.noProposals = line(this.proposalList, "noProposals", 16, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT);
    this.render();
  }

  // ---- inputs from the connection -------------------------------------------------------------------

  onState(state: SessionStateJson): void {
    const first = !this.state;
    this.state = state;
    // the clock's year: an accepted change shows in the KPIs at once
    if (first) this.year = Math.min(state.horizon, Math.max(state.baseYear, state.year));
    this.render();
  }

  onWelcome(welcome: SessionWelcome): void {
    this.welcome = welcome;
    this.joining = false;
    this.render();
  }

  onError(message: string): void {
    this.error = message;
    this.joining = false;
    this.render();
  }

  onOk(_reply: { type: string }): void {
    this.error = "";
    this.render();
  }

  // ---- drawing ---------------------------------------------------------------------------------

  render(): void {
    const s = this.state;
    const me = this.welcome;
    const l = lang();
    this.title.text = `${st("title")} — ${this.join.code}${s ? ` · ${s.municipality}` : ""}`;
    this.status.text = this.error || (this.joining ? st("joining") : "");
    this.status.isVisible = this.status.text !== "";
    for (const { text, key } of this.labels) text.text = st(key);
    this.form.isVisible = !me;
    this.body.isVisible = !!me && !!s;
    this.roleText.text = `${st("role")}: ${ROLE_LABELS[this.role]?.[l] ?? this.role}`;
    this.roleText.color = ROLE_COLOURS[this.role] ?? "#ffffff";
    setButtonText(this.controls.get("joinButton") as Button, st("join"));
    setButtonText(this.controls.get("proposeButton") as Button, st("propose"));
    this.proposeBox.isVisible = me?.kind === "participant";
    this.leverText.text = this.lever.label[l];
    this.valueText.text = formatLeverNumber(this.lever, this.value);
    this.unitText.text = `${st("value")} [${this.lever.unit}]`;
    this.yearText.text = `${st("from")} ${this.year}`;
    if (s && me) {
      this.renderParticipants(s, me);
      this.renderKpis(s);
      this.renderProposals(s, me);
    }
    this.wake();
  }

  private renderParticipants(s: SessionStateJson, me: SessionWelcome): void {
    this.participantList.clearControls();
    for (const p of sortedParticipants(s)) {
      const budget = budgetText(p, lang());
      const who = `● ${p.name || "—"} — ${roleLabel(p.role, p.kind, lang())}${budget ? ` · ${budget}` : ""}`;
      const tags = [p.id === me.participantId ? st("you") : "", p.connected ? "" : st("away")].filter(Boolean);
      const text = line(
        this.participantList,
        `participant-${p.id}`,
        16,
        readableOnDark(p.colour),
        Control.HORIZONTAL_ALIGNMENT_LEFT,
      );
      text.text = tags.length ? `${who} (${tags.join(", ")})` : who;
    }
  }

  private renderKpis(s: SessionStateJson): void {
    this.kpiTitle.text = `${st("result")} ${s.kpi?.year || s.year}${s.simulating ? ` — ${st("simulating")}` : ""}`;
    for (const f of KPI_FIELDS) {
      const text = this.kpiLines.get(f.key);
      if (text)
        text.text = `${st(f.key)}: ${kpiText(s.kpi?.[f.key], s.baseline?.[f.key], f.unit, f.decimals, st("ref"))}`;
    }
  }

  private renderProposals(s: SessionStateJson, me: SessionWelcome): void {
    const shown = sortedProposals(s).slice(0, MAX_PROPOSALS);
    this.proposalList.clearControls();
    this.noProposals.text = st("noProposals");
    if (shown.length === 0) this.proposalList.addControl(this.noProposals);
    const keep = new Set(shown.map((p) => p.id));
    for (const [id, row] of this.rows)
      if (!keep.has(id)) {
        for (const b of [row.voteFor, row.voteAgainst, row.accept, row.reject]) this.controls.delete(b.name ?? "");
        row.box.dispose();
        this.rows.delete(id);
      }
    for (const p of shown) {
      const row = this.rows.get(p.id) ?? this.createRow(p.id);
      this.proposalList.addControl(row.box);
      this.fillRow(row, p, s, me);
    }
  }

  private createRow(id: string): ProposalRow {
    const box = stack(this.proposalList, `proposal-${id}`);
    this.proposalList.removeControl(box);
    box.paddingTop = "4px";
    box.paddingBottom = "4px";
    const text = wrapped(box, `proposalText-${id}`, 16, "#ffffff", 3);
    const buttons = stack(box, `proposalButtons-${id}`, false, 42);
    const small = (name: string, onClick: () => void) => {
      const b = button(buttons, `${name}-${id}`, "", onClick, 110, 38);
      b.fontSize = 15;
      this.controls.set(`${name}-${id}`, b);
      return b;
    };
    const row: ProposalRow = {
      box,
      text,
      buttons,
      voteFor: small("voteFor", () => this.actions.vote(id, "for")),
      voteAgainst: small("voteAgainst", () => this.actions.vote(id, "against")),
      accept: small("accept", () => this.actions.decide(id, "accept")),
      reject: small("reject", () => this.actions.decide(id, "reject")),
    };
    this.rows.set(id, row);
    return row;
  }

  private fillRow(row: ProposalRow, p: ProposalJson, s: SessionStateJson, me: SessionWelcome): void {
    const l = lang();
    const lever = LEVERS.find((x) => x.id === p.lever);
    const author = s.participants[p.authorId];
    const what = lever ? `${lever.label[l]} → ${formatLeverValue(lever, p.value)}` : `${p.lever} → ${p.value}`;
    const tally = `${p.votesFor} ${st("for")} / ${p.votesAgainst} ${st("against")}${p.cost_NOK ? ` · ${formatNOK(p.cost_NOK)}` : ""}`;
    row.text.text = `${what}, ${st("from")} ${p.startYear} — ${author?.name ?? "?"}: «${shorten(p.rationale, 80)}» · ${tally} · ${st(p.status as "open")}`;
    row.text.color = p.status === "accepted" ? "#8ce99a" : p.status === "rejected" ? MUTED : "#ffffff";
    const open = p.status === "open";
    const mine = p.votes[me.participantId];
    const voter = open && me.kind === "participant";
    const chair = open && me.kind === "facilitator";
    row.voteFor.isVisible = voter;
    row.voteAgainst.isVisible = voter;
    row.accept.isVisible = chair;
    row.reject.isVisible = chair;
    row.buttons.isVisible = voter || chair;
    setButtonText(row.voteFor, `${mine === "for" ? "✓ " : ""}${st("voteFor")}`);
    setButtonText(row.voteAgainst, `${mine === "against" ? "✓ " : ""}${st("voteAgainst")}`);
    setButtonText(row.accept, st("accept"));
    setButtonText(row.reject, st("reject"));
  }

  // ---- form actions ----------------------------------------------------------------------------

  private submitJoin(): void {
    if (this.joining) return;
    this.joining = true;
    this.error = "";
    this.render();
    this.actions.join({ code: this.join.code, name: this.name.trim(), role: this.role });
  }

  private submitProposal(): void {
    this.actions.propose({ lever: this.lever.id, value: this.value, startYear: this.year, rationale: this.rationale });
  }

  private setRole(direction: 1 | -1): void {
    this.role = cycle(ROLE_IDS, this.role as (typeof ROLE_IDS)[number], direction);
    this.render();
  }

  private setLever(direction: 1 | -1): void {
    const focus = this.state?.focus ?? "both";
    const levers = LEVERS.filter((l) => focus === "both" || l.domain === focus);
    this.lever = cycle(levers, this.lever, direction);
    this.value = this.lever.default;
    this.render();
  }

  private stepValue(direction: 1 | -1): void {
    this.value = stepLeverValue(this.lever, this.value, direction);
    this.render();
  }

  private stepYear(direction: 1 | -1): void {
    if (!this.state) return;
    this.year = stepYear(this.year, direction, this.state.baseYear, this.state.horizon);
    this.render();
  }

  // ---- small builders ---------------------------------------------------------------------------

  private label(parent: StackPanel, key: Parameters<typeof st>[0]): void {
    this.labels.push({ text: line(parent, `label-${key}`, 16, MUTED, Control.HORIZONTAL_ALIGNMENT_LEFT), key });
  }

  private click(parent: StackPanel, name: string, label: string, onClick: () => void, width: number): Button {
    const b = button(parent, name, label, onClick, width, 44);
    this.controls.set(name, b);
    return b;
  }

  private cell(parent: StackPanel, name: string, width: number, fontSize = 17): TextBlock {
    const text = new TextBlock(name, "");
    text.width = `${width}px`;
    text.color = "#ffffff";
    text.fontSize = fontSize;
    parent.addControl(text);
    return text;
  }
}
