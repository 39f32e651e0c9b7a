import { DomainError } from "./errors.ts";

/**
 * Counts events per key in a fixed window (in memory: one process serves the app). Used to
 * slow down password guessing per IP address and per account.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws RATE_LIMITED when `key` has used up its attempts in the current window. */
  check(key: string): void {
    const window = this.windows.get(key);
    if (window && window.resetAt > this.now() && window.count >= this.limit) {
      const seconds = Math.ceil((window.resetAt - this.now()) / 1000);
      throw new DomainError("RATE_LIMITED", `Too many attempts; try again in ${seconds} s`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  hit(key: string): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
    else window.count++;
    if (this.windows.size > 100_000) this.prune(now);
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
