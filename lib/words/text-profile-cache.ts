/** Word profiles of whole texts, computed once per text and process (a book takes seconds to segment). */
import { loadDictionary } from "./dictionary";
import { profileText, type TextProfile } from "./difficulty";

const MAX_TEXTS = 200;
const cache = new Map<string, TextProfile>();

export function cachedTextProfile(key: string, paragraphs: () => Promise<string[]>): Promise<TextProfile> {
  const hit = cache.get(key);
  if (hit) return Promise.resolve(hit);
  return paragraphs().then((ps) => {
    const profile = profileText(loadDictionary(), ps);
    cache.set(key, profile);
    if (cache.size > MAX_TEXTS) cache.delete(cache.keys().next().value!);
    return profile;
  });
}
