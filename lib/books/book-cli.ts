// Book input for `npm run align`: an .epub on either side is read into its
// chapters' text (front and back matter left out) and handed to the ordinary
// CLI (lib/align/cli.ts) as if it were a text file; `--unit chapter` prints
// the chapter alignment instead, as beads over each book's chapter numbers
// (0-based, in reading order, matter included in the numbering).
import { readFileSync } from "node:fs";
import { strToU8 } from "fflate";
import { formatBeads } from "@/lib/align";
import { CliError, readUtf8, runCli, type CliResult } from "@/lib/align/cli";
import { alignChapters } from "./chapter-align";
import { readEpub } from "./epub";
import { readPlainBook } from "./plain";
import { BookError, type ChapterSource } from "./types";

export const BOOK_USAGE = `  --unit chapter    chapter beads (an .epub, or a .txt/.md with chapter headings, on each side)
  .epub files are read chapter by chapter (cover, copyright and contents left out) for every unit`;

const isEpub = (p: string) => /\.epub$/i.test(p);

function flagValue(argv: string[], flag: string): string | undefined {
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === flag) return argv[k + 1];
    if (argv[k].startsWith(`${flag}=`)) return argv[k].slice(flag.length + 1);
  }
  return undefined;
}

function readBook(path: string, side: "zh" | "en", read: (p: string) => Uint8Array): ChapterSource {
  try {
    return isEpub(path) ? readEpub(read(path)) : readPlainBook(readUtf8(path, side, read));
  } catch (e) {
    if (e instanceof BookError) throw new CliError(`${side} book ${path} cannot be read: ${e.problem.toLowerCase().replace("_", " ")} (${e.message})`, 1);
    throw e;
  }
}

const bookText = (src: ChapterSource) =>
  src.chapters
    .filter((c) => c.kind === "body")
    .map((c) => c.text)
    .join("\n\n");

export function runBookCli(argv: string[], read: (p: string) => Uint8Array = readFileSync): CliResult {
  if (argv.includes("--help") || argv.includes("-h")) {
    const help = runCli(argv, read);
    return { ...help, stdout: `${help.stdout}\nBooks:\n${BOOK_USAGE}\n` };
  }
  if (flagValue(argv, "--unit") !== "chapter") {
    return runCli(argv, (p) => (isEpub(p) ? strToU8(bookText(readBook(p, p === flagValue(argv, "--zh") ? "zh" : "en", read))) : read(p)));
  }
  try {
    const zhPath = flagValue(argv, "--zh");
    const enPath = flagValue(argv, "--en");
    if (!zhPath || !enPath) return { code: 2, stdout: "", stderr: "align: --unit chapter needs --zh BOOK and --en BOOK\n" };
    if (argv.includes("--presplit")) return { code: 2, stdout: "", stderr: "align: --unit chapter cannot be combined with --presplit\n" };
    const [zh, en] = [readBook(zhPath, "zh", read), readBook(enPath, "en", read)];
    const body = (src: ChapterSource) => src.chapters.flatMap((c, i) => (c.kind === "body" ? [i] : []));
    const zi = body(zh);
    const ei = body(en);
    const pairs = alignChapters(zi.map((i) => zh.chapters[i]), ei.map((j) => en.chapters[j]));
    return { code: 0, stdout: formatBeads(pairs.map((p) => [p.zh.map((k) => zi[k]), p.en.map((k) => ei[k])])), stderr: "" };
  } catch (e) {
    const message = (e as Error).message;
    return { code: 1, stdout: "", stderr: `align: ${message}\n` };
  }
}
