// Makes two branches of a request take the same time. Sign-up for a new
// email hashes the password and writes the user, account and session; for an
// existing email it only hashes (features/auth/actions.ts), so it answered
// faster, which told an attacker the email had an account. Both branches now
// wait until the floor: at least `minMs`, and at least as long as the slowest
// of the recent new-account sign-ups, so the floor follows the machine's load.

export class TimingFloor {
  private readonly recent: number[] = [];

  constructor(
    private readonly minMs: number,
    private readonly keep = 20,
  ) {}

  /** Remembers how long the slower branch took. */
  record(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > this.keep) this.recent.shift();
  }

  floor(): number {
    return Math.max(this.minMs, ...this.recent);
  }

  /** Waits until `floor()` has passed since `startedAt`. */
  async wait(startedAt: number, now: () => number = Date.now): Promise<void> {
    const left = startedAt + this.floor() - now();
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}
