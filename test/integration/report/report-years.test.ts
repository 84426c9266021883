// Issue 19, wording: the report of a multi-year set names the year of every date and week, in every
// format (the formats render one model, so Markdown and the web page are checked on the same figures).
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/adapters/documents/render-html.ts';
import { renderMarkdown } from '../../../src/adapters/documents/render-markdown.ts';
import { parseNow } from '../../../src/app/clock.ts';
import { buildReport } from '../../../src/domain/report/build-report.ts';
import { act, loadExample } from '../promise-kinds/example-harness.ts';

describe('Haparanda 2020–2022: the whole-period report read in March 2022', () => {
  const set = loadExample('haparanda-2020');
  const ledger = [
    act('riktade-insatser', '2021-06-02', { place: 'ikea', setKey: set.key }),
    act('riktade-insatser', '2022-02-16', { place: 'coop', setKey: set.key }),
  ];
  const model = buildReport(set, ledger, parseNow('2022-03-01T10:00', set.timeZone));
  const insatser = model.promises.find((p) => p.id === 'riktade-insatser')!;

  it('lists each activity with the year of its day and week, this year’s too', () => {
    expect(insatser.activities.map((a) => [a.day, a.week])).toEqual([
      ['ons 2 juni 2021', 'v.22 2021'],
      ['ons 16 februari 2022', 'v.7 2022'],
    ]);
  });

  it('says the same in Markdown and on the public web page (figures only, no activities)', () => {
    expect(renderMarkdown(model)).toContain('| ons 2 juni 2021 | v.22 2021 | IKEA |');
    const html = renderHtml(model, null);
    // The weeks under the target of "one foot patrol a week" are weeks of three years.
    // (the page keeps a list's comma with what follows by a no-break space)
    expect(html).toMatch(/Under målet: v\.1 2020,[\s\u00a0]v\.2 2020/);
    expect(html).not.toMatch(/v\.\d+[,<]/);
  });
});
