// The row a parsed entry becomes when one user writes it into a set: by `/logga`, `/planera` or a
// row of an imported spreadsheet.
import type { EntryDraft } from '../domain/grammar/command.ts';
import type { CommandContext } from './deps.ts';
import type { NewActivity } from './ports.ts';

export function activityOfEntry(
  setKey: string,
  entry: EntryDraft,
  ctx: Pick<CommandContext, 'userId' | 'platform'>,
  options: { participants: string[]; planned: boolean },
): NewActivity {
  return {
    setKey,
    promiseIds: entry.promiseIds,
    date: entry.date,
    time: entry.time,
    place: entry.place,
    count: entry.count,
    partners: entry.partners,
    targetGroups: entry.targetGroups,
    methods: entry.methods,
    participants: options.participants,
    note: entry.note,
    planned: options.planned,
    figures: entry.figures,
    userId: ctx.userId,
    platform: ctx.platform,
  };
}
