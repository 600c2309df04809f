import { expect, it } from "vitest";
import { rebead } from "./rebead";

it("pairs sentences one to one when lengths agree", () => {
  const zh = ["第一句话在这里。", "第二句话稍微长一点点。", "第三句。"];
  const en = ["The first sentence is here.", "The second sentence is a little bit longer.", "Third."];
  expect(rebead(zh, en)).toEqual([
    [[0], [0]],
    [[1], [1]],
    [[2], [2]],
  ]);
});

it("finds a two-to-one bead when one English sentence translates two Chinese ones", () => {
  const zh = ["他来了。", "他坐下了。", "然后大家开始讨论这个非常复杂的问题。"];
  const en = ["He came and sat down.", "Then everyone began to discuss this very complicated question."];
  expect(rebead(zh, en)).toEqual([
    [[0, 1], [0]],
    [[2], [1]],
  ]);
});

it("handles an empty side", () => {
  expect(rebead([], ["Only English."])).toEqual([[[], [0]]]);
  expect(rebead(["只有中文。"], [])).toEqual([[[0], []]]);
});
