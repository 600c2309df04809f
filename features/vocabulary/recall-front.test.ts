import { describe, expect, it } from "vitest";
import { headwordForms, maskHeadword } from "./recall-front";

describe("the recall card's front", () => {
  it("knows a headword's traditional form", () => {
    expect(headwordForms("显卡")).toEqual(["显卡", "顯卡"]);
    expect(headwordForms("能源")).toEqual(["能源"]);
  });
  it("masks the headword in either script, with its pinyin, and leaves other words alone", () => {
    expect(maskHeadword("variant of 顯卡|显卡[xian3 ka3]", headwordForms("显卡"))).toBe("variant of ～");
    expect(maskHeadword("graphics card (我的显卡坏了)", headwordForms("显卡"))).toBe("graphics card (我的～坏了)");
    expect(maskHeadword("see 算力[suan4 li4], computing power", ["算力"])).toBe("see ～, computing power");
    expect(maskHeadword("graphics card; cf. 显示器", headwordForms("显卡"))).toBe("graphics card; cf. 显示器");
  });
});
