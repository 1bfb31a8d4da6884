// The dashboard wall and the outreach big screen project the session's state: after a proposal is voted and
// accepted, the dashboard shows the server's KPIs against the baseline with their U4SSC codes, and the
// outreach screen shows the lever's new shared value and a QR code for the phone join link, made in the page.
import { Client, type Room } from "@colyseus/sdk";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScreenStateJson } from "../../client/src/screens/screenState.ts";
import { changeText, numberText } from "../../client/src/screens/screenText.ts";
import { launchChromium } from "../support/chromium.ts";
import { type RunningServer, startServer } from "../support/serverProcess.ts";

const WAIT = { timeout: 120_000 };
const CITY = "synthetic=300&seed=3";

async function until(check: () => boolean, what: () => string, timeout_ms = 90_000): Promise<void> {
  const deadline = Date.now() + timeout_ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text of a GUI control of the screen's presentation texture, by name. */
const guiText = (page: Page, name: string) =>
  page.evaluate((n) => {
    const ui = window.__tvilling?.scene.textures.find((t) => t.name === "screen") as unknown as {
      getControlByName(n: string): { text?: string; source?: string } | null;
    };
    const c = ui?.getControlByName(n);
    return c?.text ?? c?.source ?? null;
  }, name);

describe("dashboard wall and outreach big screen", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), "tvilling-dashboard-e2e-")), "sessions.sqlite");
    [server, browser] = await Promise.all([startServer({ TVILLING_DB: db }), launchChromium()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("show the accepted result, the indicators and the join QR code", async () => {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ municipality: "baerum", focus: "both" }),
    });
    const { code, facilitatorSecret } = (await res.json()) as { code: string; facilitatorSecret: string };
    // biome-ignore lint/suspicious/noExplicitAny: schema state is untyped in the SDK
    const facilitator: Room<any, any> = await new Client(server.url).joinOrCreate("session", {
      code,
      facilitatorSecret,
    });
    // biome-ignore lint/suspicious/noExplicitAny: schema state is untyped in the SDK
    const pupil: Room<any, any> = await new Client(server.url).joinOrCreate("session", {
      code,
      name: "Ada",
      role: "youth",
    });
    for (const room of [facilitator, pupil])
      for (const type of ["welcome", "buildings", "poses", "ok", "error"]) room.onMessage(type, () => {});
    const truth = () => facilitator.state.toJSON() as ScreenStateJson;
    try {
      const dashboard = await browser.newPage({ viewport: { width: 640, height: 360 } });
      const outreach = await browser.newPage({ viewport: { width: 640, height: 360 } });
      await dashboard.goto(`${server.url}/?session=${code}&screen=dashboard&${CITY}`, { timeout: 180_000 });
      await outreach.goto(`${server.url}/?session=${code}&outreach=1&joinBase=http://10.0.0.5:2567&${CITY}`, {
        timeout: 180_000,
      });
      for (const page of [dashboard, outreach])
        await page.waitForFunction(() => (window.__tvillingScreen?.state()?.runCount ?? 0) > 0, null, WAIT);

      // The QR code encodes the phone link with the configured address; it is drawn in the page (a data URL).
      expect(await outreach.evaluate(() => window.__tvillingScreen?.joinUrl())).toBe(
        `http://10.0.0.5:2567/join/?session=${code}`,
      );
      await expect.poll(() => guiText(outreach, "joinQr"), WAIT).toMatch(/^data:image\/png;base64,/);
      expect(await guiText(outreach, "joinCode")).toBe(code.split("").join(" "));
      expect(await guiText(outreach, "leverValue-heatPumpShare")).toBe("0 %");

      pupil.send("propose", { lever: "heatPumpShare", value: 60, startYear: truth().year, rationale: "Varmepumper" });
      await until(
        () => Object.keys(truth().proposals).length === 1,
        () => "proposal",
      );
      const id = Object.keys(truth().proposals)[0];
      pupil.send("vote", { proposalId: id, choice: "for" });
      await until(
        () => truth().proposals[id].votesFor === 1,
        () => "vote",
      );
      const runs = truth().runCount;
      facilitator.send("decide", { proposalId: id, decision: "accept" });
      await until(
        () => truth().proposals[id].status === "accepted" && truth().runCount > runs && !truth().simulating,
        () => JSON.stringify(truth().proposals),
      );
      const s = truth();
      for (const page of [dashboard, outreach])
        await page.waitForFunction((n) => window.__tvillingScreen?.state()?.runCount === n, s.runCount, WAIT);

      const e = s.kpi.electricityForHeat_MWh;
      const b = s.baseline.electricityForHeat_MWh;
      expect(await guiText(dashboard, "kpiValue-electricityForHeat_MWh")).toBe(`${numberText(e, 0)} MWh`);
      expect(await guiText(dashboard, "kpiChange-electricityForHeat_MWh")).toBe(
        `${changeText(e, b)} mot ref. / vs baseline`,
      );
      expect(await guiText(dashboard, "kpiChange-electricityForHeat_MWh")).toMatch(/^\u2212/); // less electricity
      expect(await guiText(dashboard, "kpiCode-electricityForHeat_MWh")).toBe("U4SSC EN:E:E:2C · SDG 7, 11");
      expect(await guiText(dashboard, "proposal-0")).toContain("ja 1 · nei 0 — godtatt / accepted");
      expect(await guiText(outreach, "leverValue-heatPumpShare")).toBe("60 %");
      expect(await guiText(outreach, "outreachProposal-0")).toContain("✔ godtatt");
    } finally {
      await pupil.leave().catch(() => {});
      await facilitator.leave().catch(() => {});
    }
  }, 480_000);
});
