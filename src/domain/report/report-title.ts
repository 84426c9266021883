// The written follow-up's title as the documents name it:
// "Uppföljning av medborgarlöfte 2018 — Överkalix kommun och lokalpolisområde Östra Norrbotten".
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { lowerFirst } from '../text/lower-first.ts';

export function reportTitle(set: PromiseSetDef): string {
  return `Uppföljning av ${lowerFirst(set.title)} — ${set.municipality} och ${lowerFirst(set.policeArea)}`;
}
