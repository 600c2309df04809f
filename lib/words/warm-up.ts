/**
 * Loads the word data (CC-CEDICT, jieba, pinyin-pro, the HSK lists, the
 * English index) right after the server starts, so the first reader to click
 * a word does not wait seconds for it. One part per turn of the event loop:
 * all at once held the server's thread for about 1.8 s, and every request
 * that arrived meanwhile waited for all of it.
 */
import { loadLexicon } from "@/lib/align/lexicon";
import { loadDictionary } from "./dictionary";
import { englishToChinese } from "./english-lookup";
import { readText } from "./readings";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function warmUpWords(): Promise<void> {
  try {
    const dict = loadDictionary();
    await nextTurn();
    readText(dict, "预热词典：长得很快。");
    await nextTurn();
    loadLexicon()?.glossStems("显卡");
    await nextTurn();
    englishToChinese(dict, "card");
  } catch (e) {
    console.error(`word data failed to load: ${(e as Error).message}`);
  }
}
