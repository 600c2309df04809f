import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseProvider, databaseUrl, ensureDatabaseDir } from "./database-url";

/**
 * The secret that signs session cookies. BETTER_AUTH_SECRET wins; otherwise
 * one is generated on first start and kept beside the database, so a fresh
 * clone works with no configuration and sessions survive restarts.
 *
 * With PostgreSQL there is no file beside the database, and the app may run
 * on several servers, which must all sign with the same secret: a cookie
 * signed on one would otherwise be refused by the next, at random behind a
 * load balancer. So PostgreSQL requires BETTER_AUTH_SECRET.
 */
export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const url = databaseUrl(env);
  if (databaseProvider(url) === "postgresql") {
    throw new Error("BETTER_AUTH_SECRET must be set when DATABASE_URL is PostgreSQL: every app server must sign session cookies with the same secret (e.g. `openssl rand -hex 32`)");
  }
  const dbFile = url.replace(/^file:/, "");
  const file = dbFile === ":memory:" ? null : path.join(path.dirname(path.resolve(dbFile)), ".auth-secret");
  if (!file) return randomBytes(32).toString("hex");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  ensureDatabaseDir(url);
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
