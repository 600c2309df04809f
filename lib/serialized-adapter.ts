// The better-sqlite3 driver adapter runs every query on one connection. It
// queues transactions behind each other, but a plain query issued while
// another request's transaction is open runs on that same connection, inside
// that transaction: a rollback there silently undoes it (a highlight saved by
// one request lost because another request's note failed), and a read can see
// rows that are never committed. This wrapper makes plain queries wait while
// a transaction is open. Queries themselves are synchronous in better-sqlite3,
// so once a query has started nothing can slip in before it finishes.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Factory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect">;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

class SerializedAdapter implements Adapter {
  readonly provider: Adapter["provider"];
  readonly adapterName: string;
  readonly getConnectionInfo?: Adapter["getConnectionInfo"];
  /** Settles when the open transaction (if any) commits or rolls back. */
  private open: Promise<void> | null = null;

  constructor(private readonly inner: Adapter) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!();
  }

  private async idle(): Promise<void> {
    while (this.open) await this.open;
  }

  async queryRaw(query: Parameters<Adapter["queryRaw"]>[0]) {
    await this.idle();
    return this.inner.queryRaw(query);
  }

  async executeRaw(query: Parameters<Adapter["executeRaw"]>[0]) {
    await this.idle();
    return this.inner.executeRaw(query);
  }

  async executeScript(script: string) {
    await this.idle();
    return this.inner.executeScript(script);
  }

  async startTransaction(isolationLevel?: Parameters<Adapter["startTransaction"]>[0]): Promise<Transaction> {
    await this.idle();
    let settle!: () => void;
    const open = new Promise<void>((resolve) => (settle = resolve));
    this.open = open;
    const done = () => {
      if (this.open === open) this.open = null;
      settle();
    };
    let tx: Transaction;
    try {
      tx = await this.inner.startTransaction(isolationLevel);
    } catch (err) {
      done();
      throw err;
    }
    // Prisma sends COMMIT / ROLLBACK as SQL through the transaction, then calls these.
    return {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: tx.options,
      queryRaw: (query) => tx.queryRaw(query),
      executeRaw: (query) => tx.executeRaw(query),
      commit: async () => {
        try {
          await tx.commit();
        } finally {
          done();
        }
      },
      rollback: async () => {
        try {
          await tx.rollback();
        } finally {
          done();
        }
      },
    };
  }

  dispose() {
    return this.inner.dispose();
  }
}

/** The adapter factory with plain queries held back while a transaction is open. */
export function serializeTransactions(factory: PrismaBetterSQLite3): Factory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new SerializedAdapter(await factory.connect()),
  };
}
