// The Teams Ändra card writes an entry's place as the user writes it: a class of a set by its name
// (not its id, not with its school year), so sending the card unchanged changes nothing.
import { describe, expect, it } from 'vitest';
import {
  handleEditAction,
  handleEditSubmit,
} from '../../../../src/adapters/teams/actions/handle-edit-action.ts';
import { handleCommand } from '../../../../src/app/handle-command.ts';
import { classesAndVillagesText } from '../../../helpers/classes-and-villages.ts';
import { createCoreHarness } from '../../../helpers/core-deps.ts';

describe('the Teams Ändra card and a member of a set', () => {
  it('fills in the class by its name and keeps it when the card is sent unchanged', async () => {
    const { deps, ctx } = await createCoreHarness('2018-09-20T10:00:00', {
      promiseFile: classesAndVillagesText,
    });
    const logged = await handleCommand(deps, ctx, 'logga lag och rätt 8A Skola 1 2018-09-12');
    expect(logged.text).toMatch(/^Loggat: lag och rätt · 8A Skola 1 \(läsåret 2018\/19\)/);
    const [entry] = await deps.store.findActivities('harjedalen-test-2018');
    expect(entry?.place).toBe('8a-1819');
    const teamsCtx = { ...ctx, postTarget: {} };
    const form = await handleEditAction(deps, teamsCtx, entry!.id);
    expect(form.formValues?.place).toBe('8A Skola 1');
    const sent = await handleEditSubmit(deps, teamsCtx, { activityId: entry!.id, ...form.formValues });
    expect(sent.reply.text).toMatch(/^Inget att ändra: posten är redan lag och rätt · 8A Skola 1/);
    expect((await deps.store.findActivities('harjedalen-test-2018')).map((a) => a.place)).toEqual([
      '8a-1819',
    ]);
  });
});
