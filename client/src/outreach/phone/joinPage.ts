// The outreach phone page (`/join/?session=CODE`, HTML for accessibility on small screens): join with the
// short code, propose one of the few big levers ("a bit" / "a lot"), vote on proposals, and see the decision
// and how the city's numbers and the SDG scores move. `kiosk=1&idle=120` returns to the start after idle time.
import { LEVERS } from "../../../../sim-core/scenario/levers.ts";
import { joinSessionRoom, type SessionConnection, type SessionWelcome } from "../../net/sessionRoom.ts";
import type { ScreenStateJson } from "../../screens/screenState.ts";
import { KPI_INDICATORS, participationShare, sessionReadings } from "../../screens/sessionIndicators.ts";
import { sortedProposals } from "../../session/sessionModel.ts";
import type { Lang } from "../../ui/i18n.ts";
import { IdleTimer } from "../idleTimer.ts";
import { currentLeverValue, OUTREACH_LEVER_BY_ID, OUTREACH_LEVERS } from "../outreachLevers.ts";
import { SDG_NAMES, sdgScores } from "../sdgScore.ts";
import { el } from "./dom.ts";
import { PHONE_TEXT, type PhoneKey } from "./phoneText.ts";

export interface PhoneHooks {
  view: () => "start" | "joining" | "session";
  state: () => ScreenStateJson | undefined;
  welcome: () => SessionWelcome | undefined;
  /** Kiosk resets so far. */
  resets: () => number;
}

declare global {
  interface Window {
    __tvillingPhone?: PhoneHooks;
  }
}

const params = new URLSearchParams(location.search);
/** A shared phone or tablet (`kiosk=1`): every visitor is a new participant. */
const kiosk = params.get("kiosk") === "1";
const DEFAULT_LANG: Lang = params.get("lang") === "en" ? "en" : "nb";
const app = document.getElementById("app") as HTMLElement;
const status = document.getElementById("status") as HTMLElement;

let lang: Lang = DEFAULT_LANG;
let view: "start" | "joining" | "session" = "start";
let state: ScreenStateJson | undefined;
let welcome: SessionWelcome | undefined;
let connection: SessionConnection | undefined;
let resets = 0;
let shown = "";

const t = (key: PhoneKey) => PHONE_TEXT[key][lang];
const unitOf = (id: string) => OUTREACH_LEVER_BY_ID.get(id)?.unit ?? LEVERS.find((l) => l.id === id)?.unit ?? "";

function showStatus(message: string): void {
  status.textContent = message;
}

function languageButton(): HTMLButtonElement {
  const b = el("button", {
    type: "button",
    "data-testid": "language",
    lang: lang === "nb" ? "en" : "nb",
    text: t("language"),
  });
  b.onclick = () => {
    lang = lang === "nb" ? "en" : "nb";
    document.documentElement.lang = lang;
    render(true);
  };
  return b;
}

function renderStart(): void {
  const code = el("input", {
    id: "code",
    "data-testid": "code",
    autocomplete: "off",
    autocapitalize: "characters",
    maxlength: 6,
    inputmode: "text",
    value: params.get("session")?.toUpperCase() ?? "",
  });
  const name = el("input", { id: "name", "data-testid": "name", autocomplete: "given-name", maxlength: 40 });
  const join = el("button", { type: "submit", class: "primary", "data-testid": "join", text: t("join") });
  const form = el(
    "form",
    {},
    el("label", { for: "code", text: t("code") }),
    code,
    el("label", { for: "name", text: t("name") }),
    name,
    join,
  );
  form.onsubmit = (e) => {
    e.preventDefault();
    const c = code.value.trim().toUpperCase();
    if (!c) return showStatus(`${t("code")}?`);
    void joinAs(c, name.value.trim() || (lang === "nb" ? "Gjest" : "Guest"));
  };
  app.replaceChildren(
    el("div", { class: "top" }, el("h1", { text: t("title") }), languageButton()),
    el("p", { text: t("intro") }),
    form,
  );
}

async function joinAs(code: string, name: string): Promise<void> {
  view = "joining";
  showStatus("");
  app.replaceChildren(el("p", { text: t("joining") }));
  const role = params.get("role") ?? undefined;
  try {
    connection = await joinSessionRoom(
      { code, name, ...(role ? { role } : {}) },
      {
        onState: (s) => {
          state = s as ScreenStateJson;
          if (view !== "start") render();
        },
        onWelcome: (w) => {
          welcome = w;
          view = "session";
          render(true);
        },
        onError: showStatus,
        onOk: () => showStatus(""),
      },
      // A reload comes back as the same person; a kiosk's next visitor must not.
      { rejoin: !kiosk },
    );
  } catch (err) {
    view = "start";
    render(true);
    showStatus(`${code}: ${(err as Error).message}`);
  }
}

function leverCard(id: string): HTMLElement {
  const o = OUTREACH_LEVER_BY_ID.get(id);
  if (!o) return el("div");
  const now = currentLeverValue(id, state?.interventions);
  const choice = (which: "bit" | "lot") => {
    const value = o[which];
    const b = el("button", {
      type: "button",
      "data-testid": `lever-${id}-${which}`,
      text: `${t(which)} (${value} ${unitOf(id)})`,
    });
    b.onclick = () => {
      if (!state) return;
      connection?.propose({
        lever: id,
        value,
        startYear: state.year,
        rationale: `${o.icon} ${o.words.nb} / ${o.words.en}`,
      });
    };
    return b;
  };
  return el(
    "li",
    { class: "lever" },
    el(
      "div",
      { class: "head" },
      el("span", { class: "icon", "aria-hidden": "true", text: o.icon }),
      el(
        "div",
        {},
        el("div", { class: "words", text: o.words[lang] }),
        el("div", { class: "muted", text: `${t("now")}: ${now} ${unitOf(id)}` }),
      ),
    ),
    el("div", { class: "choices" }, choice("bit"), choice("lot")),
  );
}

function proposalItem(p: ScreenStateJson["proposals"][string]): HTMLElement {
  const o = OUTREACH_LEVER_BY_ID.get(p.lever);
  const lever = LEVERS.find((l) => l.id === p.lever);
  const mine = welcome ? p.votes?.[welcome.participantId] : undefined;
  const canVote = p.status === "open" && welcome?.kind === "participant";
  const vote = (choice: "for" | "against") => {
    const b = el("button", {
      type: "button",
      "data-testid": `vote-${choice}-${p.id}`,
      "aria-pressed": mine === choice ? "true" : "false",
      text: `${choice === "for" ? "👍" : "👎"} ${t(choice === "for" ? "yes" : "no")} (${choice === "for" ? p.votesFor : p.votesAgainst})`,
    });
    b.onclick = () => connection?.vote(p.id, choice);
    return b;
  };
  return el(
    "li",
    { class: "proposal", "data-testid": `proposal-${p.id}` },
    el("div", {
      class: "words",
      text: `${o?.icon ?? "•"} ${o?.words[lang] ?? lever?.label[lang] ?? p.lever}: ${p.value} ${unitOf(p.lever)}`,
    }),
    el("div", { class: "muted", text: `${t("from")} ${p.startYear}` }),
    canVote
      ? el("div", { class: "votes" }, vote("for"), vote("against"))
      : el("div", { class: "muted", text: `👍 ${p.votesFor} · 👎 ${p.votesAgainst}` }),
    el("div", {
      class: p.status,
      "data-testid": `status-${p.id}`,
      "data-status": p.status,
      text: t(p.status as PhoneKey) ?? p.status,
    }),
  );
}

function resultList(s: ScreenStateJson): HTMLElement {
  return el(
    "ul",
    {},
    ...KPI_INDICATORS.map((k) => {
      const value = s.kpi?.[k.kpi];
      const base = s.baseline?.[k.kpi];
      const change = base ? ((value - base) / Math.abs(base)) * 100 : 0;
      const sign = change > 0.05 ? "+" : change < -0.05 ? "\u2212" : "±";
      return el(
        "li",
        {
          "data-testid": `kpi-${k.kpi}`,
          "data-value": value,
          class: change < -0.05 ? "better" : change > 0.05 ? "worse" : "",
        },
        `${t(k.kpi as PhoneKey)}: ${sign}${Math.abs(change).toFixed(1)} % ${t("vsBaseline")}`,
      );
    }),
  );
}

function goalList(s: ScreenStateJson): HTMLElement {
  return el(
    "ul",
    {},
    ...sdgScores(sessionReadings(s), participationShare(s)).map((g) =>
      el(
        "li",
        { "data-testid": `sdg-${g.sdg}` },
        el("div", { text: `${g.sdg} ${SDG_NAMES[g.sdg][lang]}${g.score === undefined ? ` — ${t("noData")}` : ""}` }),
        g.score === undefined
          ? null
          : el("meter", {
              min: 0,
              max: 100,
              low: 45,
              high: 55,
              optimum: 100,
              value: g.score.toFixed(0),
              "aria-label": `SDG ${g.sdg}`,
            }),
      ),
    ),
  );
}

function renderSession(): void {
  const s = state;
  const proposals = s ? sortedProposals(s).slice(0, 8) : [];
  const parts = [
    el("div", { class: "top" }, el("h1", { text: t("title") }), languageButton()),
    el("h2", { text: t("levers") }),
    el("ul", {}, ...OUTREACH_LEVERS.map((o) => leverCard(o.id))),
    el("h2", { text: t("proposals") }),
    proposals.length
      ? el("ul", {}, ...proposals.map(proposalItem))
      : el("p", { class: "muted", text: t("noProposals") }),
    s ? el("h2", { text: t("result") }) : null,
    s ? resultList(s) : null,
    s ? el("h2", { text: t("goals") }) : null,
    s ? goalList(s) : null,
  ];
  app.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
}

/** Re-renders when what is shown changed (state patches that change nothing visible leave the DOM alone). */
function render(force = false): void {
  const key = JSON.stringify([
    view,
    lang,
    state?.proposals,
    state?.kpi,
    state?.interventions,
    state?.participants,
    welcome?.participantId,
  ]);
  if (!force && key === shown) return;
  shown = key;
  if (view === "session") renderSession();
  else if (view === "start") renderStart();
}

/** Kiosk reset: leave the session and show the start page again, with nothing of the last visitor kept. */
function resetToStart(): void {
  resets++;
  const leaving = connection;
  connection = undefined;
  state = undefined;
  welcome = undefined;
  view = "start";
  lang = DEFAULT_LANG;
  document.documentElement.lang = lang;
  showStatus("");
  void leaving?.leave().catch(() => {});
  render(true);
}

if (kiosk) {
  const idle_s = Number(params.get("idle") ?? 120);
  const timer = new IdleTimer(Math.max(1, Number.isFinite(idle_s) ? idle_s : 120) * 1000, () => {
    if (view !== "start" || (app.querySelector("#name") as HTMLInputElement | null)?.value) resetToStart();
  });
  for (const type of ["pointerdown", "keydown", "input", "scroll", "touchstart"])
    addEventListener(type, () => timer.touch(), { passive: true, capture: true });
}

window.__tvillingPhone = { view: () => view, state: () => state, welcome: () => welcome, resets: () => resets };
if (params.get("session") && params.get("name"))
  void joinAs(params.get("session")?.toUpperCase() ?? "", params.get("name") ?? "");
else render(true);
