// A name or title put inside a sentence: "Medborgarlöfte 2018" → "medborgarlöfte 2018", but an
// abbreviation keeps its capitals ("LPO Syd", "BRÅ-gruppens löften") instead of turning into "lPO".

/** The text with its first letter lower-case, unless it begins an abbreviation (two capitals). */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
