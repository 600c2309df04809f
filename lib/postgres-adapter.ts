// The driver adapter for PostgreSQL: Prisma's @prisma/adapter-pg over a pg
// pool, with two fixes that Prisma's JavaScript schema engine (the one that
// needs no engine binary) needs to run `prisma migrate deploy` through it:
//
// - The adapter cannot decode columns of PostgreSQL's `name` type (the type of
//   every identifier in pg_catalog), so the schema engine failed before
//   applying anything: "Column type 'name' could not be deserialized"
//   (prisma/prisma#27403, open for 6.19). `name` is text, so the pool's
//   clients report it as text.
// - The adapter's executeScript splits a script on ";" and runs the pieces one
//   by one, which breaks any function body ($$ … ; … $$) and leaves a failed
//   migration half applied. Here a script goes to the server whole, as one
//   simple-protocol query: PostgreSQL parses it itself and runs it in one
//   implicit transaction, so a migration applies completely or not at all.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

type Fields = { fields?: Array<{ dataTypeID: number }> } | undefined;

function nameAsText<T extends Fields>(res: T): T {
  for (const f of res?.fields ?? []) if (f.dataTypeID === NAME_OID) f.dataTypeID = TEXT_OID;
  return res;
}

/** A pg client whose results describe `name` columns as text. */
class NameAsTextClient extends pg.Client {
  // pg's query() has many overloads (callback or promise); this wraps whichever was used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const cb = args.findIndex((a) => typeof a === "function");
    if (cb >= 0) {
      const inner = args[cb] as (err: unknown, res: Fields) => void;
      args[cb] = (err: unknown, res: Fields) => inner(err, nameAsText(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as (...a: any[]) => any)(...args);
    return out && typeof out.then === "function" ? out.then(nameAsText) : out;
  }
}

/** Connections per app process; PostgreSQL's own limit (max_connections, 100 by default) is shared by every server. */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.DATABASE_POOL_SIZE);
  return env.DATABASE_POOL_SIZE && Number.isInteger(n) && n > 0 ? n : 10;
}

type Factory = PrismaPg;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;

/** Runs `script` in one round trip; the adapter's own error mapping reports a failure. */
function wholeScript(adapter: Adapter, pool: pg.Pool): Adapter["executeScript"] {
  return async (script: string) => {
    try {
      await pool.query(script);
    } catch (err) {
      // PgQueryable.onError turns a pg error into the DriverAdapterError Prisma expects, and throws it.
      (adapter as unknown as { onError(e: unknown): never }).onError(err);
    }
  };
}

/** The app's pool of PostgreSQL connections, shared by Prisma and the hot statements' path (lib/fast-sql.ts). */
export function createPostgresPool(url: string, env: Record<string, string | undefined> = process.env): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize(env), Client: NameAsTextClient });
  // An idle connection the server ends (a restart, a dropped database) is an 'error' event on the pool,
  // which would end the process unheard; the pool opens a new connection on next use.
  pool.on("error", (err) => console.error(`PostgreSQL: an idle connection ended (${err.message}); the next query opens a new one`));
  return pool;
}

export function createPostgresAdapter(url: string, env: Record<string, string | undefined> = process.env, pool: pg.Pool = createPostgresPool(url, env)): Factory {
  // The client owns the pool: $disconnect() ends it, so a script exits at once instead of after the idle timeout.
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = wholeScript(adapter, pool);
    return adapter;
  };
  return factory;
}
