// Per-client token buckets: a burst of `burst` messages, refilled at `perSecond`. A message over the limit is
// refused with an error (the client stays connected); Room.maxMessagesPerSecond is the hard cut-off above it.
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export class TokenBucket {
  private tokens: number;
  private last_ms: number;

  constructor(
    private readonly limit: RateLimit,
    now_ms: number,
  ) {
    this.tokens = limit.burst;
    this.last_ms = now_ms;
  }

  /** Takes one token if there is one. */
  take(now_ms: number): boolean {
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now_ms - this.last_ms) / 1000) * this.limit.perSecond);
    this.last_ms = now_ms;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Limits of the session room: actions are rare and human; poses are up to 20 Hz. */
export const ACTION_LIMIT: RateLimit = { perSecond: 5, burst: 10 };
export const POSE_LIMIT: RateLimit = { perSecond: 20, burst: 5 };
/** Above this many messages a second (any kind) Colyseus drops the connection. */
export const HARD_MESSAGES_PER_SECOND = 60;
