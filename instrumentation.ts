import type { IncomingMessage, Server } from "node:http";

// Runs once when the server starts (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { Server: HttpServer } = await import("node:http");
  const { stampSocketAddress } = await import("./lib/security/client-address");
  // `next start` created its server from this same class, and every request
  // event goes through Server.prototype.emit: each request is stamped with
  // its socket's address before Next reads its headers.
  const emit = HttpServer.prototype.emit;
  HttpServer.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampSocketAddress(args[0] as IncomingMessage);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;

  // The word data (dictionary, segmenter, pinyin) loads a second after start-up rather than on the first
  // click: the server answers at once, and the first lookup does not wait seconds.
  const { warmUpWords } = await import("./lib/words/warm-up");
  setTimeout(() => void warmUpWords(), 1000).unref();
}
