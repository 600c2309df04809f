// Counts failed sign-ins per key (an email, an IP) in a sliding window and
// blocks further attempts once a key passes its limit. Kept in memory: the app
// is one process over one SQLite file, and a restart forgetting the counters
// only resets a lockout, it never loses user data.

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export class FailureThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly rule: ThrottleRule,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.rule.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Milliseconds until the key may try again, or 0 when it is not blocked. */
  retryAfter(key: string): number {
    const times = this.recent(key);
    if (times.length < this.rule.maxFailures) return 0;
    const oldestCounted = times[times.length - this.rule.maxFailures];
    return Math.max(0, oldestCounted + this.rule.windowMs - this.now());
  }

  recordFailure(key: string): void {
    const times = this.recent(key);
    times.push(this.now());
    this.failures.set(key, times);
    // Bound memory under a flood of distinct keys.
    if (this.failures.size > 50_000) {
      const first = this.failures.keys().next().value;
      if (first !== undefined) this.failures.delete(first);
    }
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
