/**
 * Loads the word data (CC-CEDICT, jieba, pinyin-pro, the HSK lists, the
 * English index) right after the server starts, so the first reader to click
 * a word does not wait seconds for it.
 */
import { loadLexicon } from "@/lib/align/lexicon";
import { loadDictionary } from "./dictionary";
import { englishToChinese } from "./english-lookup";
import { readText } from "./readings";

export function warmUpWords(): void {
  try {
    const dict = loadDictionary();
    readText(dict, "预热词典：长得很快。");
    loadLexicon()?.glossStems("显卡");
    englishToChinese(dict, "card");
  } catch (e) {
    console.error(`word data failed to load: ${(e as Error).message}`);
  }
}
