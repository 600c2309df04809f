/**
 * The align command line, kept here (not in scripts/) so argument parsing and
 * input validation are unit-testable. `runCli` never exits or prints; the
 * script maps its result onto stdout, stderr and the exit code.
 */
import { readFileSync } from "node:fs";
import { alignDocument } from "./align-document";
import { alignParagraphs, alignSentences } from "./align";
import { formatBeads } from "./beads-format";
import type { Bead } from "./types";

export const USAGE = `usage: npm run align -- --zh ZH.txt --en EN.txt [--presplit] [--unit sentence|paragraph] [--no-lexicon]

  --presplit        one sentence per line on both sides; beads use line numbers
  --unit sentence   (default) sentence beads, indices over the whole document
  --unit paragraph  paragraph beads (paragraphs are separated by blank lines)
  --no-lexicon      length and anchors only (skips loading CC-CEDICT/jieba)

Prints one bead per line, 0-based, Chinese first: [0]:[0]  [1,2]:[1]  []:[5]`;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface CliOptions {
  zh: string;
  en: string;
  presplit: boolean;
  unit: "sentence" | "paragraph";
  lexicon: boolean;
  help: boolean;
}

export function parseCliArgs(argv: string[]): CliOptions {
  const opts: Partial<CliOptions> = { presplit: false, unit: "sentence", lexicon: true, help: false };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++k];
      if (v === undefined || (inline === undefined && v.startsWith("--"))) throw new CliError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--zh":
        opts.zh = value();
        break;
      case "--en":
        opts.en = value();
        break;
      case "--unit": {
        const v = value();
        if (v !== "sentence" && v !== "paragraph") throw new CliError(`--unit must be "sentence" or "paragraph", got "${v}"`);
        opts.unit = v;
        break;
      }
      case "--presplit":
        opts.presplit = true;
        break;
      case "--no-lexicon":
        opts.lexicon = false;
        break;
      case "-h":
      case "--help":
        opts.help = true;
        break;
      default:
        throw new CliError(arg.startsWith("-") ? `unknown flag ${arg}` : `unexpected argument ${arg}`);
    }
  }
  if (opts.help) return opts as CliOptions;
  if (!opts.zh) throw new CliError("missing --zh FILE");
  if (!opts.en) throw new CliError("missing --en FILE");
  if (opts.presplit && opts.unit === "paragraph") throw new CliError("--unit paragraph cannot be combined with --presplit");
  return opts as CliOptions;
}

/** Reads a file as strict UTF-8 (a leading BOM is dropped). */
export function readUtf8(path: string, side: string, read: (p: string) => Uint8Array = readFileSync): string {
  let bytes: Uint8Array;
  try {
    bytes = read(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${side} file not found: ${path}`);
    if (code === "EISDIR") throw new CliError(`${side} file is a directory: ${path}`);
    throw new CliError(`cannot read ${side} file ${path}: ${(e as Error).message}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new CliError(`${side} file is not valid UTF-8: ${path}`);
  }
}

/** Non-blank lines with their 0-based line numbers. */
export function presplitLines(text: string): { lines: string[]; lineNo: number[] } {
  const lines: string[] = [];
  const lineNo: number[] = [];
  text.split(/\r?\n/).forEach((l, k) => {
    if (l.trim()) {
      lines.push(l.trim());
      lineNo.push(k);
    }
  });
  return { lines, lineNo };
}

/** Paragraphs separated by blank lines (no reflow: the input is taken as laid out). */
export function blankLineParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u3000]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(argv: string[], read?: (p: string) => Uint8Array): CliResult {
  try {
    const opts = parseCliArgs(argv);
    if (opts.help) return { code: 0, stdout: USAGE + "\n", stderr: "" };
    const zhText = readUtf8(opts.zh, "zh", read);
    const enText = readUtf8(opts.en, "en", read);
    const align = { lexicon: opts.lexicon };
    let beads: Bead[];
    if (opts.presplit) {
      const zh = presplitLines(zhText);
      const en = presplitLines(enText);
      if (!zh.lines.length) throw new CliError(`zh file is empty: ${opts.zh}`);
      if (!en.lines.length) throw new CliError(`en file is empty: ${opts.en}`);
      beads = alignSentences(zh.lines, en.lines, align).beads.map(([zs, es]) => [
        zs.map((i) => zh.lineNo[i]),
        es.map((j) => en.lineNo[j]),
      ]);
    } else {
      const zh = blankLineParagraphs(zhText);
      const en = blankLineParagraphs(enText);
      if (!zh.length) throw new CliError(`zh file is empty: ${opts.zh}`);
      if (!en.length) throw new CliError(`en file is empty: ${opts.en}`);
      beads = opts.unit === "paragraph" ? alignParagraphs(zh, en, align).beads : alignDocument(zh, en, align).sentenceBeads;
    }
    return { code: 0, stdout: formatBeads(beads), stderr: "" };
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, stdout: "", stderr: `align: ${e.message}\n${e.exitCode === 2 ? "\n" + USAGE + "\n" : ""}` };
    return { code: 1, stdout: "", stderr: `align: ${(e as Error).stack ?? e}\n` };
  }
}
