import type { Page } from "playwright-core";

/** Opens the client and waits until it shows live room state. */
export async function openClient(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { timeout: 90_000 }); // software WebGL on a shared machine can be slow to load
  try {
    await page.waitForFunction(() => (window.__tvilling?.state()?.buildingCount ?? 0) > 0, null, { timeout: 120_000 });
  } catch (err) {
    throw new Error(`client did not come up: ${errors.join("; ") || (err as Error).message}`);
  }
}

/** Clicks a Babylon GUI control through the real pointer path, at its on-screen centre. */
export async function clickGuiControl(page: Page, name: "setpointUp" | "setpointDown" | "playPause"): Promise<void> {
  const at = await page.evaluate((n) => {
    const hooks = window.__tvilling;
    if (!hooks) throw new Error("client hooks missing");
    const control = hooks.hud[n];
    const rect = (hooks.engine.getRenderingCanvas() as HTMLCanvasElement).getBoundingClientRect();
    const scale = rect.width / hooks.engine.getRenderWidth();
    return { x: rect.left + control.centerX * scale, y: rect.top + control.centerY * scale };
  }, name);
  await page.mouse.click(at.x, at.y);
}

export const readState = (page: Page) => page.evaluate(() => window.__tvilling?.state());
