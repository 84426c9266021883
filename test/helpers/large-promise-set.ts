// A promise file with many promises (the Överkalix header and places, then `count` promises with
// long titles), for the size limits of cards and messages: a police area with a long list.
import { overkalixText } from './build-activity.ts';

const CATEGORIES = ['Närvaro', 'Narkotika', 'Trafik', 'Ungdomar', 'Samverkan', 'Information'];

export function largePromiseFile(count: number): string {
  const head = overkalixText.slice(0, overkalixText.indexOf('\npromises:'));
  const promises = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    return `  - id: lofte-${n}
    category: ${CATEGORIES[i % CATEGORIES.length]}
    title: Löfte ${n} om riktade insatser tillsammans med kommunen och föreningarna på orten
    text: Polisen och kommunen genomför riktade insatser nummer ${n} under året där problem finns.
    words: [insats${n}]
    rule: { kind: count, target: ${4 + (i % 5)} }`;
  });
  return `${head}\npromises:\n${promises.join('\n\n')}\n`;
}

export const largePromiseTitle = (n: number): string =>
  `Löfte ${n} om riktade insatser tillsammans med kommunen och föreningarna på orten`;
