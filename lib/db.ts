import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// One client per process, in production too. `next build` puts route
// handlers and pages in separate server bundles, each with its own copy of
// this module; a client per copy meant two writer connections in one process.
// Their transactions were then not serialized with each other: one bundle's
// write waited on SQLite's lock, held by the other's restore transaction,
// in better-sqlite3's synchronous busy wait, which blocked the very event
// loop the restore needed to finish: SQLITE_BUSY after the 10 s timeout. In
// dev, it also keeps hot reload from opening a connection per edit.
export const db: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient());
