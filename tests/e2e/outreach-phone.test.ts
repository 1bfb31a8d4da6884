// The outreach flow from phone-sized pages: join with the short code, propose one of the big levers, vote
// from two phones, the facilitator accepts, the phones show the decision and the rerun's numbers; and the
// kiosk setting returns to the start page after idle time.
import { Client, type Room } from "@colyseus/sdk";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScreenStateJson } from "../../client/src/screens/screenState.ts";
import { launchChromium } from "../support/chromium.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";

const WAIT = { timeout: 60_000 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function until(check: () => boolean, what: () => string, timeout_ms = 60_000): Promise<void> {
  const deadline = Date.now() + timeout_ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function joinFromPhone(page: Page, url: string, name: string, code?: string): Promise<void> {
  await page.goto(url, { timeout: 90_000 });
  if (code) await page.getByTestId("code").fill(code);
  await page.getByTestId("name").fill(name);
  await page.getByTestId("join").tap();
  await page.waitForFunction(
    () => window.__tvillingPhone?.view() === "session" && !!window.__tvillingPhone.state(),
    null,
    WAIT,
  );
}

describe("outreach mode on phones", () => {
  let server: RunningServer;
  let browser: Browser;
  let phones: BrowserContext;
  let code = "";
  // biome-ignore lint/suspicious/noExplicitAny: schema state is untyped in the SDK
  let facilitator: Room<any, any>;
  const truth = () => facilitator.state.toJSON() as ScreenStateJson;

  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), "tvilling-outreach-e2e-")), "sessions.sqlite");
    [server, browser] = await Promise.all([startServer({ TVILLING_DB: db }), launchChromium()]);
    phones = await browser.newContext(PHONE);
    const res = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ municipality: "baerum", focus: "both" }),
    });
    const created = (await res.json()) as { code: string; facilitatorSecret: string };
    code = created.code;
    facilitator = await new Client(server.url).joinOrCreate("session", {
      code,
      facilitatorSecret: created.facilitatorSecret,
    });
    for (const type of ["welcome", "buildings", "poses", "ok", "error"]) facilitator.onMessage(type, () => {});
    await until(
      () => (truth().runCount ?? 0) > 0,
      () => "first run",
    );
  }, 180_000);

  afterAll(async () => {
    await facilitator?.leave().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  it("joins by code, proposes, two phones vote, the facilitator accepts, the phone sees the result", async () => {
    const [ada, ola] = await Promise.all([phones.newPage(), phones.newPage()]);
    // Ada types the code from the big screen; Ola scans the QR code, whose link carries it.
    await joinFromPhone(ada, `${server.url}/join`, "Ada", code.toLowerCase());
    await joinFromPhone(ola, `${server.url}/join/?session=${code}`, "Ola");
    expect(await ada.evaluate(() => window.__tvillingPhone?.welcome()?.kind)).toBe("participant");
    expect(await ada.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390); // no sideways scroll

    await ada.getByTestId("lever-heatPumpShare-lot").tap();
    await until(
      () => Object.keys(truth().proposals).length === 1,
      () => JSON.stringify(truth().proposals),
    );
    const proposal = Object.values(truth().proposals)[0];
    expect(proposal).toMatchObject({ lever: "heatPumpShare", value: 60, status: "open", startYear: truth().year });
    expect(proposal.rationale).toContain("Varmepumpe");

    await ada.getByTestId(`vote-for-${proposal.id}`).tap();
    await ola.getByTestId(`vote-for-${proposal.id}`).tap();
    await until(
      () => truth().proposals[proposal.id].votesFor === 2,
      () => JSON.stringify(truth().proposals),
    );
    await expect.poll(() => ola.getByTestId(`vote-for-${proposal.id}`).getAttribute("aria-pressed"), WAIT).toBe("true");

    const runsBefore = truth().runCount;
    facilitator.send("decide", { proposalId: proposal.id, decision: "accept" });
    await until(
      () =>
        truth().proposals[proposal.id].status === "accepted" && truth().runCount > runsBefore && !truth().simulating,
      () => JSON.stringify(truth().proposals),
    );
    const server_ = truth();
    expect(server_.kpi.electricityForHeat_MWh).toBeLessThan(server_.baseline.electricityForHeat_MWh);
    for (const page of [ada, ola]) {
      await page.waitForFunction((n) => window.__tvillingPhone?.state()?.runCount === n, server_.runCount, WAIT);
      const status = page.getByTestId(`status-${proposal.id}`);
      expect(await status.getAttribute("data-status")).toBe("accepted");
      expect(await status.textContent()).toBe("Godtatt!");
      const kpi = page.getByTestId("kpi-electricityForHeat_MWh");
      expect(Number(await kpi.getAttribute("data-value"))).toBe(server_.kpi.electricityForHeat_MWh);
      const change =
        ((server_.kpi.electricityForHeat_MWh - server_.baseline.electricityForHeat_MWh) /
          server_.baseline.electricityForHeat_MWh) *
        100;
      expect(await kpi.textContent()).toBe(`Strøm til oppvarming: \u2212${Math.abs(change).toFixed(1)} % mot i dag`);
      // The accepted lever now shows the shared scenario's value.
      expect(await page.locator(".lever", { hasText: "Varmepumpe" }).textContent()).toContain("Nå: 60 %");
    }
    // English on request, same content
    await ada.getByTestId("language").tap();
    expect(await ada.getByTestId(`status-${proposal.id}`).textContent()).toBe("Accepted!");
  }, 300_000);

  it("a kiosk returns to the start page after the idle time and leaves the session", async () => {
    const kiosk = await phones.newPage();
    await joinFromPhone(kiosk, `${server.url}/join/?session=${code}&kiosk=1&idle=3`, "Kiosk");
    const id = await kiosk.evaluate(() => window.__tvillingPhone?.welcome()?.participantId ?? "");
    await until(
      () => truth().participants[id]?.connected === true,
      () => "kiosk connected",
    );
    const left = Date.now();
    await kiosk.waitForFunction(() => window.__tvillingPhone?.view() === "start", null, WAIT);
    expect(Date.now() - left).toBeGreaterThan(1_000); // not at once: after the idle time
    expect(await kiosk.evaluate(() => window.__tvillingPhone?.resets())).toBe(1);
    expect(await kiosk.getByTestId("name").inputValue()).toBe("");
    expect(await kiosk.getByTestId("code").inputValue()).toBe(code);
    await until(
      () => truth().participants[id]?.connected !== true,
      () => "kiosk still connected",
    );
  }, 180_000);
});
