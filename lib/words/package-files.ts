/**
 * Locating the project's packages at run time. The dictionaries are read from
 * node_modules by path (and native jieba loaded through a require rooted
 * there) so that bundlers never try to inline tens of megabytes of data.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function findUp(rel: string): string {
  const starts = [process.cwd()];
  try {
    starts.unshift(dirname(fileURLToPath(import.meta.url)));
  } catch {
    /* not an ES module context */
  }
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const p = join(dir, rel);
      if (existsSync(p)) return p;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`${rel} not found`);
}

/** A require() that resolves from the project's node_modules, wherever the caller was bundled. */
export function projectRequire(): NodeRequire {
  return createRequire(findUp("node_modules/@node-rs/jieba/package.json"));
}
