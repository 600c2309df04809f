import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blankLineParagraphs, CliError, parseCliArgs, presplitLines, readUtf8, runCli } from "./cli";

const dir = mkdtempSync(join(tmpdir(), "align-cli-"));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const zh = file("zh.txt", "起初神创造天地。\n\n地是空虚混沌，渊面黑暗。\n神说，要有光，就有了光。\n");
const en = file(
  "en.txt",
  "In the beginning God created the heaven and the earth.\n\nAnd the earth was without form, and void; and darkness was upon the face of the deep.\nAnd God said, Let there be light: and there was light.\n",
);

describe("parseCliArgs", () => {
  it("reads flags in both spellings", () => {
    expect(parseCliArgs(["--zh", "a", "--en=b", "--presplit"])).toMatchObject({ zh: "a", en: "b", presplit: true, unit: "sentence" });
    expect(parseCliArgs(["--zh=a", "--en", "b", "--unit", "paragraph", "--no-lexicon"])).toMatchObject({ unit: "paragraph", lexicon: false });
  });

  it("rejects unknown flags, missing values and bad combinations", () => {
    expect(() => parseCliArgs(["--zh", "a", "--en", "b", "--fast"])).toThrow(/unknown flag --fast/);
    expect(() => parseCliArgs(["--zh", "a", "--en", "b", "stray"])).toThrow(/unexpected argument stray/);
    expect(() => parseCliArgs(["--zh", "--en", "b"])).toThrow(/--zh needs a value/);
    expect(() => parseCliArgs(["--en", "b"])).toThrow(/missing --zh/);
    expect(() => parseCliArgs(["--zh", "a"])).toThrow(/missing --en/);
    expect(() => parseCliArgs(["--zh", "a", "--en", "b", "--unit", "word"])).toThrow(/--unit must be/);
    expect(() => parseCliArgs(["--zh", "a", "--en", "b", "--presplit", "--unit", "paragraph"])).toThrow(CliError);
  });
});

describe("input checks", () => {
  it("reports a missing file and invalid UTF-8", () => {
    expect(() => readUtf8(join(dir, "nope.txt"), "zh")).toThrow(/zh file not found/);
    expect(() => readUtf8(file("bad.txt", new Uint8Array([0x61, 0xff, 0xfe])), "en")).toThrow(/not valid UTF-8/);
    expect(readUtf8(file("bom.txt", "\uFEFF你好"), "zh")).toBe("你好");
  });

  it("splits presplit lines and blank-line paragraphs", () => {
    expect(presplitLines("a\n\n b \n")).toEqual({ lines: ["a", "b"], lineNo: [0, 2] });
    expect(blankLineParagraphs("p1 l1\np1 l2\n \np2\n\n\n")).toEqual(["p1 l1\np1 l2", "p2"]);
  });
});

describe("runCli", () => {
  it("prints beads, one per line", () => {
    const r = runCli(["--zh", zh, "--en", en, "--presplit", "--no-lexicon"]);
    expect(r).toEqual({ code: 0, stdout: "[0]:[0]\n[2]:[2]\n[3]:[3]\n", stderr: "" });
    expect(runCli(["--zh", zh, "--en", en, "--unit", "paragraph", "--no-lexicon"]).stdout).toBe("[0]:[0]\n[1]:[1]\n");
    expect(runCli(["--zh", zh, "--en", en, "--no-lexicon"]).stdout).toBe("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
  });

  it("fails with a message and a non-zero code", () => {
    const empty = file("empty.txt", " \n\n");
    const cases: Array<[string[], RegExp]> = [
      [["--zh", join(dir, "missing.txt"), "--en", en], /zh file not found/],
      [["--zh", zh, "--en", empty], /en file is empty/],
      [["--zh", empty, "--en", en, "--presplit"], /zh file is empty/],
      [["--zh", file("latin1.txt", new Uint8Array([0xe9, 0x74, 0xe9])), "--en", en], /zh file is not valid UTF-8/],
      [["--zh", zh, "--en", en, "--verbose"], /unknown flag --verbose/],
    ];
    for (const [argv, msg] of cases) {
      const r = runCli(argv);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(msg);
    }
    expect(runCli(["--help"]).code).toBe(0);
  });
});
