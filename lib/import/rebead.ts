// Re-aligns the sentences of one paragraph pair after a manual fix in the
// import preview. It runs in the browser, so it uses only the length model
// (the lexicon needs the server); within one pair, where the paragraph
// boundaries are already right, length is a strong enough signal.

import { charLength, estimateLengthModel, lengthCost } from "@/lib/align/length-model";
import type { Bead } from "@/lib/align/types";

const SHAPES: Array<[number, number, number]> = [
  // zh, en, -log prior (Gale & Church's bead frequencies)
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099)],
  [0, 1, -Math.log(0.0099)],
  [2, 1, -Math.log(0.089)],
  [1, 2, -Math.log(0.089)],
  [2, 2, -Math.log(0.011)],
];

export function rebead(zh: readonly string[], en: readonly string[]): Bead[] {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) return n === 0 ? en.map((_, j) => [[], [j]]) : zh.map((_, i) => [[i], []]);
  const zl = zh.map(charLength);
  const el = en.map(charLength);
  const model = estimateLengthModel(zl, el);
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1);
  const at = (i: number, j: number) => i * (m + 1) + j;
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      SHAPES.forEach(([a, b, prior], k) => {
        if (i < a || j < b) return;
        const prev = cost[at(i - a, j - b)];
        if (prev === Infinity) return;
        let lz = 0;
        let le = 0;
        for (let x = i - a; x < i; x++) lz += zl[x];
        for (let y = j - b; y < j; y++) le += el[y];
        const c = prev + prior + lengthCost(lz, le, model);
        if (c < cost[at(i, j)]) {
          cost[at(i, j)] = c;
          back[at(i, j)] = k;
        }
      });
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = SHAPES[back[at(i, j)]];
    beads.push([Array.from({ length: a }, (_, x) => i - a + x), Array.from({ length: b }, (_, y) => j - b + y)]);
    i -= a;
    j -= b;
  }
  return beads.reverse();
}
