/** English tokenising, stopwords and a light stemmer shared by the lexicon and the sentences. */

const STOP = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here of in on at to for from by with " +
    "about as into onto upon over under out up down off via per is am are was were be been being do does did done " +
    "have has had having will would shall should can could may might must not no it its it's he him his she her hers " +
    "they them their theirs we us our ours you your yours i me my mine who whom whose which what when where why how " +
    "all any each every some such own same other also just only very too more most much many s t ve ll re d m o " +
    "unto thee thou thy ye hath doth shalt wilt thine " + // archaic function words, as common as their modern forms
    "something someone somebody one's oneself etc e g i.e. eg ie sb sth"
  ).split(/\s+/),
);

const IRREGULAR: Record<string, string> = {
  said: "say", says: "say", made: "make", saw: "see", seen: "see", went: "go", gone: "go", came: "come",
  took: "take", taken: "take", gave: "give", given: "give", knew: "know", known: "know", thought: "think",
  told: "tell", found: "find", brought: "bring", bought: "buy", began: "begin", begun: "begin", left: "leave",
  felt: "feel", kept: "keep", held: "hold", stood: "stand", sat: "sit", spoke: "speak", spoken: "speak",
  wrote: "write", written: "write", ate: "eat", eaten: "eat", fell: "fall", fallen: "fall", got: "get",
  sent: "send", built: "build", led: "lead", met: "meet", paid: "pay", ran: "run", rose: "rise", risen: "rise",
  sold: "sell", slew: "slay", slain: "slay", struck: "strike", taught: "teach", understood: "understand",
  won: "win", wore: "wear", drew: "draw", drawn: "draw", drank: "drink", drove: "drive", flew: "fly",
  grew: "grow", grown: "grow", heard: "hear", hid: "hide", lay: "lie", lost: "lose", meant: "mean",
  born: "bear", bore: "bear", chose: "choose", chosen: "choose", fought: "fight", sought: "seek",
  children: "child", men: "man", women: "woman", people: "person", feet: "foot", teeth: "tooth",
  mice: "mouse", lives: "life", wives: "wife", better: "good", best: "good", worse: "bad", worst: "bad",
  data: "data", news: "news",
};

/** Light stemmer: folds inflection (plural, -ed, -ing, -ly) so gloss words meet text words. */
export function stem(word: string): string {
  // An acronym's plural (GPUs, CPUs, APIs) is the acronym: the "-us"/"-is" guard below is for Latin words like "status".
  if (/^[A-Z]{2,}s$/.test(word)) return word.slice(0, -1).toLowerCase();
  let w = word.toLowerCase();
  if (w in IRREGULAR) return IRREGULAR[w];
  // British spelling meets the American of CC-CEDICT's glosses: labour/labor, colours/colors.
  if (w.length > 5) w = w.replace(/our(s|ed|ing)?$/, "or$1");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ing") && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith("ied") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("ed") && w.length > 4) return undouble(w.slice(0, -2));
  if (w.endsWith("ly") && w.length > 5) return w.slice(0, -2);
  if (w.endsWith("es") && /(ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "stopp" → "stop", and a trailing silent e is dropped everywhere so "create"/"created" meet. */
function undouble(w: string): string {
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1])) return w.slice(0, -1);
  return w;
}

/** Final normalisation: drop a trailing "e" so stem("create") === stem("created"). */
function fold(s: string): string {
  return s.length > 3 && s.endsWith("e") ? s.slice(0, -1) : s;
}

export function isStopword(w: string): boolean {
  return STOP.has(w.toLowerCase());
}

const WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;

/** Raw lowercase word tokens (no stopword filtering), used for numbers and Latin anchors. */
export function englishWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Content-word stems: lowercase, stopwords dropped, lightly stemmed. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  // Case is kept for the stemmer, which reads "GPUs" as an acronym's plural.
  for (const w of text.match(WORD) ?? []) {
    if (w.length < 2 || STOP.has(w.toLowerCase())) continue;
    out.push(fold(stem(w)));
  }
  return out;
}
