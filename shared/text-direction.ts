/** Which way a piece of text reads, from its first letter (digits and punctuation do not count). */
const STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** True when the text's first letter is written right to left (Arabic, Urdu, Hebrew…). */
export function startsRightToLeft(text: string): boolean {
  const first = STRONG.exec(text);
  return !!first && RIGHT_TO_LEFT.test(first[0]);
}
