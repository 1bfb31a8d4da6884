// Kiosk idle reset: calls `onIdle` once `idle_ms` pass without `touch()`. The clock is injected, so the
// rule is tested without waiting (tests/unit/outreach-model.test.ts).
export interface IdleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: IdleClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class IdleTimer {
  private last: number;
  private handle: unknown;
  private stopped = false;

  constructor(
    readonly idle_ms: number,
    private readonly onIdle: () => void,
    private readonly clock: IdleClock = browserClock,
  ) {
    if (!(idle_ms > 0)) throw new Error(`kiosk idle time must be positive, got ${idle_ms} ms`);
    this.last = clock.now();
    this.arm(idle_ms);
  }

  /** Input happened: the idle time starts again. */
  touch(): void {
    this.last = this.clock.now();
  }

  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.handle);
  }

  private arm(ms: number): void {
    this.handle = this.clock.setTimeout(() => this.check(), ms);
  }

  // One timer re-armed for the remaining time, rather than a reset per input event.
  private check(): void {
    if (this.stopped) return;
    const left = this.last + this.idle_ms - this.clock.now();
    if (left > 0) {
      this.arm(left);
      return;
    }
    this.onIdle();
    this.last = this.clock.now();
    this.arm(this.idle_ms);
  }
}
