// Sign-in and sign-up throttling: slow-down, never lockout.
//
// Every sign-in attempt is counted BEFORE the password is checked, inside one
// serialized transaction, so a burst of parallel guesses cannot all slip
// through the check before the first failure is written. A correct password
// then clears the account's count (and takes its attempt back from the
// client and global counts). The rules:
//
// - per account: each counted attempt adds a growing delay before the next
//   one is accepted (1 s, 2 s, 4 s … capped at 60 s). Once the delay has
//   passed, the next attempt is checked normally, so the right password
//   always works after at most a minute: nobody can lock an owner out.
// - per client (the socket's address, or the proxy's with TRUST_PROXY=1): a
//   few free failures, then the same growing delay, so one client trying
//   many emails is slowed just as one email is.
// - global: at most `globalPerMinute` failed sign-ins per minute across the
//   whole app; past it, sign-ins wait for the next minute.
// - sign-up: at most `signUpsPerClient` accounts per client per window.
//
// Counters live in the AuthThrottle table, so a restart keeps them and
// several app servers share them. A count whose last attempt is older than
// `windowMs` starts over.
//
// "Serialized" is SQLite's own behaviour (one write transaction at a time).
// PostgreSQL runs transactions side by side, and two servers could both read
// a count before either wrote it, so there every throttle transaction first
// takes one transaction-scoped advisory lock (throttleTransaction).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sqlDialect } from "@/lib/prisma-client";

export interface ThrottleRules {
  /** The delay after the first counted attempt; it doubles with each one after. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures a client may make before its delay starts. */
  clientFreeFailures: number;
  /** A count with no attempt for this long starts over. */
  windowMs: number;
  globalPerMinute: number;
  signUpsPerClient: number;
  signUpWindowMs: number;
}

export const DEFAULT_RULES: ThrottleRules = {
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  clientFreeFailures: 10,
  windowMs: 15 * 60_000,
  globalPerMinute: 300,
  signUpsPerClient: 10,
  signUpWindowMs: 60 * 60_000,
};

type Db = Pick<PrismaClient, "$transaction">;
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SignInKeys {
  /** The normalized email. */
  account: string;
  /** The client's address (lib/security/client-address.ts). */
  client: string;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** The delay after `count` counted attempts, of which `free` cost nothing. */
export function delayAfter(count: number, free: number, rules: ThrottleRules = DEFAULT_RULES): number {
  const paid = count - free;
  if (paid <= 0) return 0;
  return Math.min(rules.maxDelayMs, rules.baseDelayMs * 2 ** Math.min(paid - 1, 30));
}

const accountKey = (email: string) => `account:${email}`;
const clientKey = (address: string) => `client:${address}`;
const signUpKey = (address: string) => `sign-up:${address}`;
const globalKey = (now: number) => `global:${Math.floor(now / 60_000)}`;

type Row = { count: number; firstAt: Date; lastAt: Date };

/** Any constant: the key of the advisory lock that serializes throttle transactions on PostgreSQL. */
const THROTTLE_LOCK = 4_155_917;

/** A transaction that runs alone among throttle transactions, on either database, across every app server. */
function throttleTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const postgres = sqlDialect(db) === "postgresql";
  return db.$transaction(async (tx) => {
    // $executeRaw: the function returns void, which a query's result cannot carry.
    if (postgres) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${THROTTLE_LOCK})`;
    return fn(tx);
  });
}

/** A row's count, or 0 when its last attempt is older than the window. */
function live(row: Row | null, now: number, windowMs: number): Row | null {
  return row && now - row.lastAt.getTime() < windowMs ? row : null;
}

async function bump(tx: Tx, key: string, now: number, windowMs: number, by = 1): Promise<void> {
  const row = live(await tx.authThrottle.findUnique({ where: { key } }), now, windowMs);
  const at = new Date(now);
  if (!row) {
    if (by > 0) await tx.authThrottle.upsert({ where: { key }, create: { key, count: by, firstAt: at, lastAt: at }, update: { count: by, firstAt: at, lastAt: at } });
    return;
  }
  const count = Math.max(0, row.count + by);
  await tx.authThrottle.update({ where: { key }, data: by > 0 ? { count, lastAt: at } : { count } });
}

/**
 * Decides whether a sign-in attempt may check its password now; if so, the
 * attempt is counted against the account, the client and the global minute.
 */
export async function beginSignIn(db: Db, keys: SignInKeys, now = Date.now(), rules = DEFAULT_RULES): Promise<Verdict> {
  return throttleTransaction(db, async (tx) => {
    const [account, client, global] = await Promise.all(
      [accountKey(keys.account), clientKey(keys.client), globalKey(now)].map((key) => tx.authThrottle.findUnique({ where: { key } })),
    );
    const waits = [0];
    const a = live(account, now, rules.windowMs);
    if (a) waits.push(a.lastAt.getTime() + delayAfter(a.count, 0, rules) - now);
    const c = live(client, now, rules.windowMs);
    if (c) waits.push(c.lastAt.getTime() + delayAfter(c.count, rules.clientFreeFailures, rules) - now);
    if (global && global.count >= rules.globalPerMinute) waits.push(60_000 - (now % 60_000));
    const wait = Math.max(...waits);
    if (wait > 0) return { allowed: false, retryAfterMs: wait };
    await bump(tx, accountKey(keys.account), now, rules.windowMs);
    await bump(tx, clientKey(keys.client), now, rules.windowMs);
    await bump(tx, globalKey(now), now, 60_000);
    return { allowed: true };
  });
}

/**
 * The password was wrong: the account's and the client's delays run from now,
 * when the answer is known, rather than from when the attempt began (checking
 * a password takes a while, and longer on a loaded server).
 */
export async function signInFailed(db: Db, keys: SignInKeys, now = Date.now()): Promise<void> {
  await throttleTransaction(db, async (tx) => {
    await tx.authThrottle.updateMany({ where: { key: { in: [accountKey(keys.account), clientKey(keys.client)] } }, data: { lastAt: new Date(now) } });
  });
}

/**
 * The password was right: the account starts over, and the attempt is taken
 * back from the client's and the global count (only failures stay counted).
 */
export async function signInSucceeded(db: Db, keys: SignInKeys, now = Date.now(), rules = DEFAULT_RULES): Promise<void> {
  await throttleTransaction(db, async (tx) => {
    await tx.authThrottle.deleteMany({ where: { key: accountKey(keys.account) } });
    await bump(tx, clientKey(keys.client), now, rules.windowMs, -1);
    await bump(tx, globalKey(now), now, 60_000, -1);
  });
}

/** Counts a sign-up by this client, or refuses it once the client has made `signUpsPerClient` in the window. */
export async function beginSignUp(db: Db, client: string, now = Date.now(), rules = DEFAULT_RULES): Promise<Verdict> {
  return throttleTransaction(db, async (tx) => {
    const key = signUpKey(client);
    const row = await tx.authThrottle.findUnique({ where: { key } });
    const current = row && now - row.firstAt.getTime() < rules.signUpWindowMs ? row : null;
    if (current && current.count >= rules.signUpsPerClient) {
      return { allowed: false, retryAfterMs: current.firstAt.getTime() + rules.signUpWindowMs - now };
    }
    const at = new Date(now);
    if (current) await tx.authThrottle.update({ where: { key }, data: { count: current.count + 1, lastAt: at } });
    else await tx.authThrottle.upsert({ where: { key }, create: { key, count: 1, firstAt: at, lastAt: at }, update: { count: 1, firstAt: at, lastAt: at } });
    return { allowed: true };
  });
}

/** Drops counters nobody will read again (old global minutes, idle accounts and clients). */
export async function pruneThrottle(db: Pick<PrismaClient, "authThrottle">, now = Date.now(), rules = DEFAULT_RULES): Promise<number> {
  const idle = new Date(now - Math.max(rules.windowMs, rules.signUpWindowMs));
  const { count } = await db.authThrottle.deleteMany({
    where: { OR: [{ lastAt: { lt: idle } }, { key: { startsWith: "global:", lt: globalKey(now) } }] },
  });
  return count;
}

/**
 * The rules, with the limits a deployment may tune from its environment:
 * SIGN_UPS_PER_CLIENT_PER_HOUR (the e2e suite signs every test's user up
 * from one address) and SIGN_IN_FAILURES_PER_MINUTE (the global ceiling).
 */
export function rulesFromEnv(env: Record<string, string | undefined> = process.env): ThrottleRules {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value && Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    ...DEFAULT_RULES,
    signUpsPerClient: positive(env.SIGN_UPS_PER_CLIENT_PER_HOUR, DEFAULT_RULES.signUpsPerClient),
    globalPerMinute: positive(env.SIGN_IN_FAILURES_PER_MINUTE, DEFAULT_RULES.globalPerMinute),
  };
}
