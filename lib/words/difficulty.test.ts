import { describe, expect, it, vi } from "vitest";
import { loadDictionary } from "./dictionary";
import { difficultyFor, profileText } from "./difficulty";

vi.setConfig({ testTimeout: 30_000 });

describe("text difficulty", () => {
  it("counts running words by HSK level and the distinct words the reader does not have", () => {
    const profile = profileText(loadDictionary(), ["我们学习显卡。", "我们学习，2024年。"]);
    // 我们 学习 显卡 我们 学习 年: five HSK 1 words and one outside the lists; digits and punctuation do not count.
    expect(profile.words).toBe(6);
    expect(profile.byLevel[1]).toBe(5);
    expect(profile.byLevel[7]).toBe(1);
    const d = difficultyFor(profile, new Set(["学习"]));
    expect(d.shares[0]).toBeCloseTo(5 / 6);
    expect(d.shares[6]).toBeCloseTo(1 / 6);
    expect(d.distinct).toBe(4);
    expect(d.unfamiliar).toBe(3);
    expect(difficultyFor(profile, null).unfamiliar).toBeNull();
  });

  it("counts a saved word the segmenter used to cut apart (算力) as known", () => {
    const profile = profileText(loadDictionary(), ["一是本来就没这么强的算力。"]);
    expect(profile.distinct).toContain("算力");
    const all = difficultyFor(profile, null).distinct;
    expect(difficultyFor(profile, new Set(["算力"])).unfamiliar).toBe(all - 1);
  });
});
