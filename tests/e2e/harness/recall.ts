// Recall of an extraction: the share of the expected text's words (multiset, case- and
// punctuation-insensitive) found in the extracted text. Measures Readability more than us.

function words(s: string): string[] {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function recall(expected: string, extracted: string): number {
  const want = words(expected);
  if (want.length === 0) return 1;
  const have = new Map<string, number>();
  for (const w of words(extracted)) have.set(w, (have.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return found / want.length;
}
