// A generated novel for bench:book: ~300,000 Hanzi in 60 chapters, with an
// English translation of ~1.2 M characters, built from a phrase bank of
// parallel clauses, so both sides say the same thing sentence by sentence
// and the aligner does real work (lexicon hits, 1-1 and 2-1 beads). The
// Chinese side has a preface the translation lacks.
import { rng } from "./bench-stats";

const SUBJECTS: [string, string][] = [
  ["老王", "Old Wang"], ["他的女儿", "his daughter"], ["那个商人", "the merchant"], ["村里的孩子们", "the children of the village"],
  ["年轻的医生", "the young doctor"], ["我的祖母", "my grandmother"], ["船长", "the captain"], ["两个士兵", "two soldiers"],
  ["老师", "the teacher"], ["邻居家的狗", "the neighbour's dog"],
];
const TIMES: [string, string][] = [
  ["第二天早上", "the next morning"], ["傍晚的时候", "in the evening"], ["那年冬天", "that winter"], ["中午", "at noon"],
  ["半夜里", "in the middle of the night"], ["过了很久", "after a long while"], ["春天来了以后", "after spring came"],
];
const ACTIONS: [string, string][] = [
  ["去城里买了一袋米", "went to the city and bought a bag of rice"], ["在河边坐了很久", "sat by the river for a long time"],
  ["给远方的朋友写了一封信", "wrote a letter to a friend far away"], ["把旧房子修好了", "repaired the old house"],
  ["在山上看见了一只老虎", "saw a tiger on the mountain"], ["默默地吃完了晚饭", "finished dinner in silence"],
  ["把钱藏在床底下", "hid the money under the bed"], ["一个人走回了家", "walked home alone"],
  ["听见远处有人在唱歌", "heard someone singing in the distance"], ["决定明年再也不离开这里", "decided never to leave this place again next year"],
  ["在雨里等了三个小时", "waited in the rain for three hours"], ["想起了很多年前的事情", "remembered things from many years ago"],
];
const AFTER: [string, string][] = [
  ["心里很高兴", "and felt very happy"], ["可是谁也没有说话", "but nobody said a word"], ["然后就睡着了", "and then fell asleep"],
  ["觉得天气越来越冷", "and felt the weather growing colder"], ["", ""],
];

const pick = <T>(r: () => number, xs: T[]) => xs[Math.floor(r() * xs.length)];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function sentence(r: () => number): [string, string] {
  const [zs, es] = pick(r, SUBJECTS);
  const [zt, et] = pick(r, TIMES);
  const [za, ea] = pick(r, ACTIONS);
  const [zf, ef] = pick(r, AFTER);
  const zh = `${zt}，${zs}${za}${zf ? `，${zf}` : ""}。`;
  const en = `${cap(et)}, ${es} ${ea}${ef ? ` ${ef}` : ""}.`;
  return [zh, en];
}

export interface GeneratedBook {
  zh: { title: string; paragraphs: string[] }[];
  en: { title: string; paragraphs: string[] }[];
  hanzi: number;
  enChars: number;
}

export function generateNovel(targetHanzi = 300_000, chapters = 60, seed = 7): GeneratedBook {
  const r = rng(seed);
  const zh: GeneratedBook["zh"] = [{ title: "序", paragraphs: ["这本书写于很多年以前。作者在序言里感谢了所有帮助过他的人。".repeat(3)] }];
  const en: GeneratedBook["en"] = [];
  let hanzi = 0;
  let enChars = 0;
  const perChapter = targetHanzi / chapters;
  const numerals = "一二三四五六七八九";
  const zhNumber = (n: number) => (n < 10 ? numerals[n - 1] : `${n >= 20 ? numerals[Math.floor(n / 10) - 1] : ""}十${n % 10 ? numerals[(n % 10) - 1] : ""}`);
  for (let c = 1; c <= chapters; c++) {
    const zp: string[] = [];
    const ep: string[] = [];
    let chapterHanzi = 0;
    const target = perChapter * (0.6 + 0.8 * r());
    while (chapterHanzi < target) {
      const count = 2 + Math.floor(r() * 5);
      let z = "";
      let e = "";
      for (let k = 0; k < count; k++) {
        const [zs, es] = sentence(r);
        z += zs;
        e += (e ? " " : "") + es;
      }
      zp.push(z);
      ep.push(e);
      chapterHanzi += z.match(/\p{Script=Han}/gu)!.length;
      enChars += e.length;
    }
    hanzi += chapterHanzi;
    zh.push({ title: `第${zhNumber(c)}章`, paragraphs: zp });
    en.push({ title: `Chapter ${c}`, paragraphs: ep });
  }
  return { zh, en, hanzi, enChars };
}
