import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl, ensureDatabaseDir } from "./database-url";

/**
 * The secret that signs session cookies. BETTER_AUTH_SECRET wins; otherwise
 * one is generated on first start and kept beside the database, so a fresh
 * clone works with no configuration and sessions survive restarts.
 */
export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const url = databaseUrl(env);
  const dbFile = url.replace(/^file:/, "");
  const file = dbFile === ":memory:" ? null : path.join(path.dirname(path.resolve(dbFile)), ".auth-secret");
  if (!file) return randomBytes(32).toString("hex");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  ensureDatabaseDir(url);
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
