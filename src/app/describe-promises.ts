import type { PromiseSetDef } from '../domain/promise-set/schema.ts';
import type { Reply, ReplySection } from '../domain/reply.ts';

/** `/loften`: the promises and the words that log them. */
export function describePromises(set: PromiseSetDef): Reply {
  const title = `${set.title} — ${set.municipality} och ${set.policeArea} (${set.period.start}–${set.period.end})`;
  const sections: ReplySection[] = [];
  for (const category of [...new Set(set.promises.map((p) => p.category))]) {
    sections.push({
      heading: category,
      lines: set.promises
        .filter((p) => p.category === category)
        .map(
          (p) =>
            `${p.title}${p.words.length ? ` — logga med: ${p.words.join(', ')}` : ' — följs upp av arbetsgruppen'}`,
        ),
    });
  }
  const places = set.places.map((p) => p.name).join(', ');
  if (places) sections.push({ heading: 'Platser', lines: [places] });
  const text = [title, ...sections.flatMap((s) => [`\n${s.heading}`, ...s.lines.map((l) => `• ${l}`)])].join(
    '\n',
  );
  return { ok: true, text, title, sections, visibility: 'user' };
}
