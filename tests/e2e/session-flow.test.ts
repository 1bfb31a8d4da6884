import { Client, type Room } from "@colyseus/sdk";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kpiText, type SessionStateJson } from "../../client/src/session/sessionModel.ts";
import { launchChromium } from "../support/chromium.ts";
import { openClient } from "../support/page.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";

const WAIT = { timeout: 60_000 }; // software WebGL on a shared machine: generous, but bounded

/** Clicks a session-panel control through the real pointer path, at its on-screen centre after a fresh frame. */
async function clickSession(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => window.__tvillingSession?.panel.controls.get(n)?.isVisible === true, name, WAIT);
  const at = await page.evaluate(async (n) => {
    const hooks = window.__tvilling;
    const session = window.__tvillingSession;
    if (!hooks || !session) throw new Error("client hooks missing");
    const frame = new Promise<void>((r) => hooks.scene.onAfterRenderObservable.addOnce(() => r()));
    session.panel.render(); // wakes the on-demand renderer; the GUI lays out in that frame
    await frame;
    const control = session.panel.controls.get(n);
    if (!control) throw new Error(`no control ${n}`);
    const rect = (hooks.engine.getRenderingCanvas() as HTMLCanvasElement).getBoundingClientRect();
    const scale = rect.width / hooks.engine.getRenderWidth();
    return { x: rect.left + control.centerX * scale, y: rect.top + control.centerY * scale };
  }, name);
  await page.mouse.click(at.x, at.y);
}

describe("a co-creation session in two browser pages", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), "tvilling-session-e2e-")), "sessions.sqlite");
    [server, browser] = await Promise.all([startServer({ TVILLING_DB: db }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a proposal made in one page, voted and accepted, shows the same changed KPIs in both", async () => {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ municipality: "baerum", focus: "both" }),
    });
    expect(res.status).toBe(201);
    const { code, facilitatorSecret } = (await res.json()) as { code: string; facilitatorSecret: string };
    // The server's own state, read by an SDK client in this process (a screen), is the reference.
    // biome-ignore lint/suspicious/noExplicitAny: schema state is untyped in the SDK
    const screen: Room<any, any> = await new Client(server.url).joinOrCreate("session", { code, spectator: true });
    for (const type of ["welcome", "buildings", "poses", "ok", "error"]) screen.onMessage(type, () => {});
    const truth = () => screen.state.toJSON() as SessionStateJson;
    const [a, b] = await Promise.all([browser.newPage(), browser.newPage()]);
    try {
      await openClient(a, `${server.url}/?session=${code}&facilitator=${facilitatorSecret}&name=Kari`);
      await openClient(b, `${server.url}/?session=${code}&name=Bob&role=youth`);
      for (const page of [a, b])
        await page.waitForFunction(
          () => (window.__tvillingSession?.state()?.runCount ?? 0) > 0 && !!window.__tvillingSession?.welcome(),
          null,
          WAIT,
        );
      expect(await a.evaluate(() => window.__tvillingSession?.welcome()?.kind)).toBe("facilitator");
      const bob = await b.evaluate(() => window.__tvillingSession?.welcome());
      expect(bob?.kind).toBe("participant");
      expect(truth().participants[bob?.participantId ?? ""]?.colour).toBe("#D55E00"); // youth

      // Page B proposes through the GUI: heat pumps (the default lever) 0 → 20 % in four steps of 5 %.
      // First with the rationale emptied by keyboard: the server's refusal is shown in page B, nothing is added.
      await clickSession(b, "rationaleInput");
      await b.keyboard.press("End");
      for (let i = 0; i < 20; i++) await b.keyboard.press("Backspace");
      await clickSession(b, "proposeButton");
      await b.waitForFunction(
        () => window.__tvillingSession?.panel.status.text.startsWith("propose.rationale"),
        null,
        WAIT,
      );
      expect(await b.evaluate(() => window.__tvillingSession?.panel.status.isVisible)).toBe(true);
      expect(Object.keys(truth().proposals)).toHaveLength(0);
      await clickSession(b, "rationaleInput");
      await b.keyboard.type("Billigere drift");
      for (let i = 0; i < 4; i++) await clickSession(b, "valueUp");
      await clickSession(b, "proposeButton");
      await b.waitForFunction(
        () => Object.keys(window.__tvillingSession?.state()?.proposals ?? {}).length === 1,
        null,
        WAIT,
      );
      const proposal = Object.values(truth().proposals)[0];
      expect(proposal).toMatchObject({
        lever: "heatPumpShare",
        value: 20,
        authorId: bob?.participantId,
        status: "open",
      });
      expect(proposal.startYear).toBe(truth().year);

      // The facilitator does not vote (server/session/Session.ts: only participants vote): page B votes, page A
      // sees the tally, then accepts.
      await clickSession(b, `voteFor-${proposal.id}`);
      await a.waitForFunction(
        (id) => window.__tvillingSession?.state()?.proposals[id]?.votesFor === 1,
        proposal.id,
        WAIT,
      );
      expect(
        await a.evaluate((id) => window.__tvillingSession?.panel.controls.get(`voteFor-${id}`)?.isVisible, proposal.id),
      ).toBe(false);
      const runsBefore = truth().runCount;
      await clickSession(a, `accept-${proposal.id}`);

      // The server reruns the shared scenario; both pages then show the server's accepted result.
      const deadline = Date.now() + 60_000;
      while (
        !(truth().proposals[proposal.id].status === "accepted" && truth().runCount > runsBefore && !truth().simulating)
      ) {
        if (Date.now() > deadline) throw new Error(`no accepted rerun: ${JSON.stringify(truth().proposals)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const server_ = truth();
      expect(server_.kpi.electricityForHeat_MWh).toBeLessThan(server_.baseline.electricityForHeat_MWh);
      // The scenario runner: heat pumps change the electricity for heat, not the heat demand itself.
      expect(server_.kpi.heatDemand_MWh).toBeCloseTo(server_.baseline.heatDemand_MWh, 6);
      const expected = `Strøm til varme: ${kpiText(server_.kpi.electricityForHeat_MWh, server_.baseline.electricityForHeat_MWh, "MWh", 0, "ref.")}`;
      for (const page of [a, b]) {
        await page.waitForFunction((n) => window.__tvillingSession?.state()?.runCount === n, server_.runCount, WAIT);
        const shown = await page.evaluate((id) => {
          const s = window.__tvillingSession;
          return {
            state: s?.state(),
            kpi: s?.panel.kpiLines.get("electricityForHeat_MWh")?.text,
            proposal: (s?.panel.controls.get(`accept-${id}`)?.parent?.parent?.children[0] as { text?: string })?.text,
          };
        }, proposal.id);
        expect(shown.state?.kpi).toEqual(server_.kpi);
        expect(shown.state?.proposals[proposal.id].status).toBe("accepted");
        expect(shown.kpi).toBe(expected);
        expect(shown.proposal).toContain("godtatt");
      }

      // Page B reloads: it comes back as Bob (the key kept in the tab's sessionStorage), not as a new person.
      const people = Object.keys(truth().participants).length;
      await openClient(b, `${server.url}/?session=${code}&name=Bob&role=youth`);
      await b.waitForFunction(() => !!window.__tvillingSession?.welcome(), null, WAIT);
      expect(await b.evaluate(() => window.__tvillingSession?.welcome()?.participantId)).toBe(bob?.participantId);
      const deadline2 = Date.now() + 60_000;
      while (!truth().participants[bob?.participantId ?? ""]?.connected) {
        if (Date.now() > deadline2) throw new Error("Bob not connected again after the reload");
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(Object.keys(truth().participants)).toHaveLength(people);
      expect(truth().proposals[proposal.id].votes[bob?.participantId ?? ""]).toBe("for");
    } finally {
      await screen.leave();
      // Each page runs the model in its workers: close them before the next test's page.
      await Promise.all([a.close(), b.close()]);
    }
  }, 300_000);

  it("the facilitator's controls in the page: clock, lock, branch a variant, role budget, report", async () => {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ municipality: "baerum", focus: "both", name: "E2E facilitator" }),
    });
    const { code, facilitatorSecret } = (await res.json()) as { code: string; facilitatorSecret: string };
    // biome-ignore lint/suspicious/noExplicitAny: schema state is untyped in the SDK
    const bob: Room<any, any> = await new Client(server.url).joinOrCreate("session", {
      code,
      name: "Bob",
      role: "youth",
    });
    for (const type of ["welcome", "buildings", "poses", "ok", "error"]) bob.onMessage(type, () => {});
    const truth = () => bob.state.toJSON() as SessionStateJson;
    try {
      const a = await browser.newPage();
      await openClient(a, `${server.url}/?session=${code}&facilitator=${facilitatorSecret}&name=Kari`);
      await a.waitForFunction(() => !!window.__tvillingSession?.facilitator, null, WAIT);
      await a.waitForFunction(() => (window.__tvillingSession?.state()?.runCount ?? 0) > 0, null, WAIT);

      await clickSession(a, "yearUp");
      await until(() => truth().year === 2026, "year 2026");
      await clickSession(a, "lockToggle"); // the first lever of the catalogue: retrofitRate
      await until(() => truth().locks.includes("retrofitRate"), "lock");
      await clickSession(a, "branchVariant");
      await until(() => Object.keys(truth().variants ?? {}).length === 2, "a second variant");
      const active = truth().activeVariantId ?? "";
      expect(truth().variants?.[active]?.name).toBe("Variant 2");
      // Bob (the only participant, so chosen) gets a budget of 1 MNOK (one step up from none) as citizen (one role
      // step back from his youth: roles.ts order municipality, energyCompany, wasteCompany, business, citizen, youth).
      await clickSession(a, "roleSetPrev");
      await clickSession(a, "budgetUp");
      await clickSession(a, "setRoleButton");
      const bobId = Object.values(truth().participants).find((p) => p.name === "Bob")?.id ?? "";
      await until(() => truth().participants[bobId]?.budget_NOK === 1e6, "Bob's budget");
      expect(truth().participants[bobId]?.role).toBe("citizen");
      // The page shows what the server holds: the lock and both variants' KPIs side by side.
      await a.waitForFunction(
        () => window.__tvillingSession?.state()?.locks.includes("retrofitRate") === true,
        null,
        WAIT,
      );
      await clickSession(a, "reportButton");
      await a.waitForFunction(() => (window.__tvillingSession?.lastDownload?.bytes ?? 0) > 1000, null, WAIT);
      expect(await a.evaluate(() => window.__tvillingSession?.lastDownload?.kind)).toBe("report");
    } finally {
      await bob.leave();
    }
  }, 300_000);
});

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached in 60 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
