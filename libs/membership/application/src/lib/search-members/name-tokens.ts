// Search by name without keeping names: a name's words, folded (no case, no diacritics), and
// their prefixes become keyed tokens (BlindIndex, namespace `name`); a query's words are looked
// up the same way. The directory holds tokens only, so erasing a member's entry is enough.

/** Prefixes shorter than this are not indexed: "Ng" would match half the city. */
const MIN_PREFIX = 2;
/** Longer words are indexed up to this many letters (Vietnamese syllables are short). */
const MAX_PREFIX = 10;

/** "Nguyễn Thị Lan" → ["nguyen", "thi", "lan"]: lower case, diacritics and đ folded. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Every indexed prefix of every word of her name, each once. */
export function namePrefixes(fullName: string): string[] {
  const prefixes = new Set<string>();
  for (const word of nameWords(fullName)) {
    if (word.length < MIN_PREFIX) prefixes.add(word);
    for (let n = MIN_PREFIX; n <= Math.min(word.length, MAX_PREFIX); n += 1)
      prefixes.add(word.slice(0, n));
  }
  return [...prefixes];
}

/** A query's words as they were indexed (longer words cut like the index cut them). */
export function queryPrefixes(query: string): string[] {
  return [...new Set(nameWords(query).map((word) => word.slice(0, MAX_PREFIX)))];
}
