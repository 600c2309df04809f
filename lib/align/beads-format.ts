import type { Bead } from "./types";

/** `[1,2]:[1]` — the line format read by shared/tools/score-alignment.mjs. */
export function formatBead([zh, en]: Bead): string {
  return `[${zh.join(",")}]:[${en.join(",")}]`;
}

export function formatBeads(beads: Bead[]): string {
  return beads.map(formatBead).join("\n") + (beads.length ? "\n" : "");
}

const BEAD_LINE = /^\[([\d,]*)\]:\[([\d,]*)\]$/;

/** Parses one bead per line; blank lines are skipped, anything else malformed throws. */
export function parseBeads(text: string): Bead[] {
  const beads: Bead[] = [];
  text.split(/\r?\n/).forEach((raw, lineNo) => {
    const line = raw.replace(/\s+/g, "");
    if (!line) return;
    const m = BEAD_LINE.exec(line);
    if (!m) throw new Error(`line ${lineNo + 1}: bad bead ${JSON.stringify(raw)}`);
    const side = (s: string) => (s ? s.split(",").filter(Boolean).map(Number) : []);
    beads.push([side(m[1]), side(m[2])]);
  });
  return beads;
}
