// Every client component gets the message namespaces it reads: the pages'
// imports are followed from each page file into every module behind a
// "use client" boundary (where server components end), and each
// useTranslations("…") found there must be in the namespaces its page's
// innermost ClientMessages sends.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { CLIENT_NAMESPACES, type ClientPart } from "./client-namespaces";

const ROOT = path.resolve(__dirname, "..");
const LOCALE_DIR = path.join(ROOT, "app/[locale]");
// Value imports, re-exports and dynamic imports; `import type` brings no code.
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^"'`;]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/;
const NAMESPACE = /\buseTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g;
const PART = /(?:part=|clientMessagesLayout\()["'](\w+)["']/;

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith("@/") && !spec.startsWith(".")) return null; // a package
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const modules = new Map<string, { client: boolean; imports: string[]; namespaces: string[] }>();
function readModule(file: string) {
  let m = modules.get(file);
  if (!m) {
    const source = readFileSync(file, "utf8");
    const imports = [...source.matchAll(IMPORT)].flatMap((i) => (i[1] ? [] : [resolveImport(file, i[2] ?? i[3])].filter((f) => f !== null)));
    // A useTranslations() without a namespace reads the whole catalog: "*" is in no list, so it fails.
    m = { client: USE_CLIENT.test(source), imports, namespaces: [...source.matchAll(NAMESPACE)].map((n) => n[1] ?? "*") };
    modules.set(file, m);
  }
  return m;
}

/** The namespaces read by client code reachable from `entry`. */
function clientNamespaces(entry: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, underClient: boolean) => {
    const m = readModule(file);
    const client = underClient || m.client;
    if (seen.has(`${client}:${file}`)) return;
    seen.add(`${client}:${file}`);
    if (client) m.namespaces.forEach((n) => found.add(n));
    m.imports.forEach((i) => visit(i, client));
  };
  visit(entry, false);
  return found;
}

/** The part of the innermost ClientMessages around a page: its own, else its nearest layout's. */
function partOf(file: string): ClientPart {
  for (let dir = path.dirname(file), own = file; ; own = path.join(dir, "layout.tsx"), dir = path.dirname(dir)) {
    const part = existsSync(own) ? PART.exec(readFileSync(own, "utf8"))?.[1] : undefined;
    if (part) return part as ClientPart;
    if (dir === path.dirname(LOCALE_DIR)) throw new Error(`${file}: no ClientMessages around it`);
  }
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const pages = files(LOCALE_DIR).filter((f) => /\/(page|error|not-found)\.tsx$/.test(f) || f === path.join(LOCALE_DIR, "layout.tsx"));
const rel = (f: string) => path.relative(ROOT, f);

describe("client message namespaces", () => {
  it("cover what every page's client components read", () => {
    for (const page of pages) {
      const sent: readonly string[] = CLIENT_NAMESPACES[partOf(page)];
      const missing = [...clientNamespaces(page)].filter((n) => !sent.includes(n));
      expect(missing, `${rel(page)} (part "${partOf(page)}")`).toEqual([]);
    }
  });

  it("are each read by a page that gets them", () => {
    const read = new Map<ClientPart, Set<string>>();
    for (const page of pages) {
      const part = partOf(page);
      read.set(part, new Set([...(read.get(part) ?? []), ...clientNamespaces(page)]));
    }
    for (const [part, namespaces] of Object.entries(CLIENT_NAMESPACES))
      expect([...namespaces].sort(), part).toEqual([...(read.get(part as ClientPart) ?? [])].sort());
  });

  it("follow imports into client code only", () => {
    // The library's list is a client component (it renders client-side entries), the header a server one.
    expect(clientNamespaces(path.join(LOCALE_DIR, "page.tsx"))).toContain("Library");
    expect(clientNamespaces(path.join(ROOT, "features/shell/components/site-header.tsx"))).toEqual(new Set(["Nav", "LocaleSwitcher"]));
    expect(partOf(path.join(LOCALE_DIR, "texts/[slug]/page.tsx"))).toBe("reader");
    expect(partOf(path.join(LOCALE_DIR, "not-found.tsx"))).toBe("shell");
  });

  it("exist in both locales' messages", () => {
    for (const ns of Object.values(CLIENT_NAMESPACES).flat()) {
      expect(en, ns).toHaveProperty(ns);
      expect(zh, ns).toHaveProperty(ns);
    }
  });
});
