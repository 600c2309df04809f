/**
 * Readings of single-character words that have more than one, from their
 * neighbours. Multi-character words never get here: the dictionary reads
 * them (成为 chéng wéi, 睡觉 shuì jiào). What is left is the grammar around
 * a lone character, which these rules read the way a learner's grammar book
 * states it: 得 after a verb is the complement marker de, before a verb it is
 * děi "must"; 只 after a numeral is the measure word zhī; and so on.
 * A rule returns null when the context does not decide, and the caller falls
 * back on pinyin-pro's reading.
 */
import type { Token } from "./segment";

export interface Context {
  prev?: string;
  prevTag: string;
  prev2?: string;
  prev2Tag: string;
  next?: string;
  nextTag: string;
  next2?: string;
  /** Up to six Chinese words before this one in the same clause, nearest first. */
  before: string[];
}

const DEGREE = new Set("很 太 真 好 多 这么 那么 特别 非常 挺 最 更 比较 又 十分 极 越来越 有点 有点儿 不太 多么".split(" "));
const DEMONSTRATIVE = new Set("这 那 哪 每 某 各 这一 那一 哪一 几 半".split(" "));
const PRONOUN = new Set("你 我 他 她 它 你们 我们 他们 她们 它们 人家 大家 别人".split(" "));
const NUMERAL = /^[零〇一二两三四五六七八九十百千万亿几半数\d]+$/;

const isVerb = (tag: string) => tag.startsWith("v");
const isPredicate = (tag: string) => /^[va]/.test(tag);
const isNumeral = (w?: string) => !!w && NUMERAL.test(w);
const quantified = (w?: string) => !!w && (isNumeral(w) || DEMONSTRATIVE.has(w));
const inSet = (w: string | undefined, words: string) => !!w && words.split(" ").includes(w);

type Rule = (c: Context) => string | null;

const RULES: Record<string, Rule> = {
  得(c) {
    if (c.prev && (isPredicate(c.prevTag) || inSet(c.prev, "下 上 来 去"))) return "de";
    if (c.next === "了" || c.next === "到" || isNumeral(c.next)) return "dé";
    if (c.next && (isVerb(c.nextTag) || c.nextTag.startsWith("d") || inSet(c.next, "多 先 马上 赶快 赶紧 好好 早点 快 自己"))) return "děi";
    return "de";
  },
  地(c) {
    // 慢慢地, 一步步地, and a repeated phrase: 一片一片地, 一个一个地.
    const b = c.before;
    const reduplicated = !!c.prev && (c.prev === c.prev2 || (b.length >= 4 && b[0] === b[2] && b[1] === b[3]));
    const manner =
      !!c.prev && (reduplicated || (!/^[mqpr]/.test(c.prevTag) && !DEMONSTRATIVE.has(c.prev) && (c.prev.length >= 2 || /^(a|ad|z|d|i|l)/.test(c.prevTag))));
    return manner && c.next && !/^[fqm]/.test(c.nextTag) && !inSet(c.next, "上 下 里 中") ? "de" : "dì";
  },
  // Alone, 的 is the particle: dí (的确) and dì (目的) live in words, though pinyin-pro reads 瞩目的 as 目的.
  的: () => "de",
  了(c) {
    return inSet(c.prev, "不 得") && c.prev2 && isPredicate(c.prev2Tag) ? "liǎo" : "le";
  },
  着(c) {
    if ((inSet(c.prev, "不 得") && c.prev2 && isVerb(c.prev2Tag)) || c.prev === "睡") return "zháo";
    if (inSet(c.next, "起来 火 凉 急 迷")) return "zháo";
    return "zhe";
  },
  还(c) {
    if (!c.next) return "huán";
    if (inSet(c.next, "给 回 回来 回去 了 清 完 上 钱 书") || PRONOUN.has(c.next)) return "huán";
    return "hái";
  },
  长(c) {
    if (c.prev && DEGREE.has(c.prev)) return "cháng";
    if (inSet(c.next, "得 大 高 满 出 出来 成 胖 个 个子 胡子 了 起来")) return "zhǎng";
    return "cháng";
  },
  行(c) {
    return quantified(c.prev) && c.prev !== "几" ? "háng" : "xíng";
  },
  重(c) {
    if (c.prev && DEGREE.has(c.prev)) return "zhòng";
    if (c.next && isVerb(c.nextTag)) return "chóng";
    return "zhòng";
  },
  只(c) {
    return quantified(c.prev) ? "zhī" : "zhǐ";
  },
  干(c) {
    if (c.prev && (DEGREE.has(c.prev) || inSet(c.prev, "晒 擦 烤 吹 烘 风 阴 喝 吃"))) return "gān";
    const clauseEnd = c.next === "了" && (!c.next2 || c.next2 === "吗" || c.next2 === "呢");
    if (clauseEnd && c.prev && (/^n/.test(c.prevTag) || inSet(c.prev, "已经 快 都 还没 没"))) return "gān";
    return "gàn";
  },
  为(c) {
    if (inSet(c.prev, "成 改 转 选 称 作 视 变 化 分 定 列 评 任 封 认 以 奉 尊 誉 沦 划 升 降 译 写 读 称之 命名")) return "wéi";
    if (c.next === "所" || c.next === "止") return "wéi";
    return "wèi";
  },
  处(c) {
    if (inSet(c.next, "在 于 理 置 事 世 境") || c.prev === "相" || (c.next && isVerb(c.nextTag) && !c.prev)) return "chǔ";
    return "chù";
  },
  数(c) {
    if (inSet(c.next, "一 一下 一数 了 不 不清 不过来 不胜 得 着 过 到 完 数")) return "shǔ";
    if (c.prev === "了" && c.prev2 === "数") return "shǔ";
    return null;
  },
  都: () => "dōu",
  中(c) {
    if (inSet(c.next, "奖 毒 暑 风 彩 标 计 弹 枪 选")) return "zhòng";
    if (c.next === "了" && inSet(c.next2, "毒 奖 计 弹 枪 圈套 埋伏 头奖")) return "zhòng";
    if (inSet(c.prev, "打 猜 说 射 看 选 命 击 考 投 踢")) return "zhòng";
    return "zhōng";
  },
  少(c) {
    return inSet(c.next, "年 女 爷 妇 校 将 尉 先队 东家 不更事") ? "shào" : "shǎo";
  },
  觉(c) {
    if (c.before.includes("睡") || inSet(c.prev, "一 个 午 懒 好")) return "jiào";
    return "jué";
  },
  种(c) {
    if (quantified(c.prev) || inSet(c.prev, "多 各 同 那么 这么 这样 那样")) return "zhǒng";
    if (c.next && (/^n/.test(c.nextTag) || inSet(c.next, "了 过 着 在 出 下 上 满 地 树 花 菜 田"))) return "zhòng";
    return "zhǒng";
  },
  调(c) {
    if (inSet(c.next, "低 小 高 大 好 整 皮 和 节 匀 快 慢 亮 暗 准 成 一下")) return "tiáo";
    if (inSet(c.next, "到 往 去 走 来 查 动 研 入 出 任 回")) return "diào";
    return null;
  },
  难(c) {
    if (c.prev && (inSet(c.prev, "有 遇 逃 遭 受 避 患 落 大") || c.prev.endsWith("灾")) && !c.next) return "nàn";
    return "nán";
  },
  乐(c) {
    return inSet(c.next, "队 器 曲 团 谱 章 手 坛 师 声 音") ? "yuè" : "lè";
  },
  看(c) {
    return inSet(c.next, "孩子 小孩 门 大门 家 守 管 护 住 摊 着 仓库") && c.next !== "着" ? "kān" : "kàn";
  },
  假(c) {
    if (c.before.some((w) => inSet(w, "请 放 休 度 告 销")) || inSet(c.prev, "天 周 星期 个月 年 病 事 婚 产")) return "jià";
    if (inSet(c.next, "期 日 条")) return "jià";
    return "jiǎ";
  },
  空(c) {
    if (inSet(c.prev, "有 没 没有 抽 得 有点 一点 腾")) return "kòng";
    if (inSet(c.next, "座位 座 位子 位 儿 白 闲 隙 缺 额 房 房间 地 车")) return "kòng";
    if (c.next === "着" && (isNumeral(c.next2) || c.next2?.startsWith("一"))) return "kòng";
    return "kōng";
  },
  朝(c) {
    return inSet(c.next, "气 夕 阳 霞 露 朝") ? "zhāo" : "cháo";
  },
  差(c) {
    if (inSet(c.prev, "出 当 公 邮 兼 派")) return "chāi";
    return "chà";
  },
};

export function isRuledPolyphone(ch: string): boolean {
  return ch in RULES;
}

/** The reading of the single-character word at `i`, or null when no rule decides. */
export function polyphoneReading(tokens: readonly Token[], i: number): string | null {
  const rule = RULES[tokens[i].text];
  if (!rule) return null;
  const han = (j: number) => (j >= 0 && j < tokens.length && tokens[j].han ? tokens[j] : undefined);
  const p = han(i - 1);
  const p2 = p && han(i - 2);
  const n = han(i + 1);
  const n2 = n && han(i + 2);
  const before: string[] = [];
  for (let j = i - 1; j >= 0 && before.length < 6 && tokens[j].han; j--) before.push(tokens[j].text);
  return rule({
    prev: p?.text,
    prevTag: p?.tag ?? "",
    prev2: p2?.text,
    prev2Tag: p2?.tag ?? "",
    next: n?.text,
    nextTag: n?.tag ?? "",
    next2: n2?.text,
    before,
  });
}
