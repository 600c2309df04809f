/**
 * Anchors of a document turned into small integer arrays once, so that the
 * DP scores a bead without allocating: keys become ids, each id carries its
 * kind's bonus and penalty (see anchors.ts for the weights).
 */
import { ANCHOR_WEIGHTS, kindOf, type Anchors } from "./anchors";

export class AnchorIndex {
  private readonly zSym: Int32Array[];
  private readonly zLat: Int32Array[];
  private readonly eSym: Int32Array[];
  private readonly eLat: Int32Array[];
  private readonly bonus: number[] = [];
  private readonly penalty: number[] = [];
  /** Prefix counts, so beads without anchors skip all work. */
  private readonly pz: Int32Array;
  private readonly pe: Int32Array;
  private readonly a = new Int32Array(256);
  private readonly b = new Int32Array(256);
  private readonly used = new Uint8Array(256);

  constructor(zh: Anchors[], en: Anchors[]) {
    const ids = new Map<string, number>();
    const id = (k: string) => {
      let v = ids.get(k);
      if (v === undefined) {
        v = ids.size;
        ids.set(k, v);
        const w = ANCHOR_WEIGHTS[k.startsWith("l:") ? "latin" : kindOf(k)];
        this.bonus.push(w.bonus);
        this.penalty.push(w.penalty);
      }
      return v;
    };
    this.zSym = zh.map((x) => Int32Array.from(x.sym, id));
    this.zLat = zh.map((x) => Int32Array.from(x.latin, (k) => id(`l:${k}`)));
    this.eSym = en.map((x) => Int32Array.from(x.sym, id));
    this.eLat = en.map((x) => Int32Array.from(x.latin, (k) => id(`l:${k}`)));
    this.pz = new Int32Array(zh.length + 1);
    this.pe = new Int32Array(en.length + 1);
    zh.forEach((_, i) => (this.pz[i + 1] = this.pz[i] + this.zSym[i].length + this.zLat[i].length));
    en.forEach((_, j) => (this.pe[j + 1] = this.pe[j] + this.eSym[j].length));
  }

  /** Same semantics as anchorCost() in anchors.ts, over the items of a bead. */
  cost(i0: number, na: number, j0: number, nb: number): number {
    if (this.pz[i0 + na] === this.pz[i0] && this.pe[j0 + nb] === this.pe[j0]) return 0;
    const { a, b, used, bonus, penalty } = this;
    let cost = 0;
    let lb = 0;
    for (let j = j0; j < j0 + nb; j++) {
      const e = this.eSym[j];
      for (let t = 0; t < e.length && lb < 256; t++) b[lb++] = e[t];
    }
    used.fill(0, 0, lb);
    for (let i = i0; i < i0 + na; i++) {
      const z = this.zSym[i];
      for (let q = 0; q < z.length; q++) {
        const k = z[q];
        let hit = -1;
        for (let t = 0; t < lb; t++) {
          if (!used[t] && b[t] === k) {
            hit = t;
            break;
          }
        }
        if (hit >= 0) {
          used[hit] = 1;
          cost -= bonus[k];
        } else cost += penalty[k];
      }
    }
    for (let t = 0; t < lb; t++) if (!used[t]) cost += penalty[b[t]];
    let la = 0;
    for (let i = i0; i < i0 + na; i++) {
      const z = this.zLat[i];
      for (let t = 0; t < z.length && la < 256; t++) a[la++] = z[t];
    }
    if (la) {
      let lbl = 0;
      for (let j = j0; j < j0 + nb; j++) {
        const e = this.eLat[j];
        for (let t = 0; t < e.length && lbl < 256; t++) b[lbl++] = e[t];
      }
      for (let s = 0; s < la; s++) {
        let hit = false;
        for (let t = 0; t < lbl; t++) if (b[t] === a[s]) { hit = true; break; }
        cost += hit ? -bonus[a[s]] : penalty[a[s]];
      }
    }
    return cost;
  }
}
