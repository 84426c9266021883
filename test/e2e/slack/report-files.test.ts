// "Bifogat" is said only with files that arrived: the report's message names no files, the upload
// carries the word as its comment, and a failed upload tells the requester what failed and how else
// to get the documents (Slack's files.getUploadURLExternal / files.completeUploadExternal errors).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

let t: SlackTestApp;

const slash = (command: string, text: string) =>
  postSigned(
    t.url,
    TEST_SECRET,
    slashCommandBody({ command, text, responseUrl: t.slack.responseUrl('cmd') }),
  );

/** The report as the user saw it: the ack, or the response_url post after "Arbetar…". */
async function report(text: string): Promise<string> {
  const ack = (await slash('/rapport', text)).json() as { text: string; blocks: unknown[] };
  if (ack.text !== 'Arbetar…') return JSON.stringify(ack);
  const [post] = await t.slack.waitFor('response_url', 1, 10_000);
  return JSON.stringify(post!.params);
}

const followUps = () =>
  t.slack.callsTo('response_url').filter((c) => /Dokumenten kom inte fram/.test(String(c.params.text)));

async function waitForFollowUp() {
  const until = Date.now() + 10_000;
  while (followUps().length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return followUps();
}

describe.each(await findTestDatabases('Slack report files'))('Slack report files on $name', ({ create }) => {
  beforeEach(async () => {
    t = await startSlackTestApp(create);
    await slash('/loften', 'koppla overkalix-2018');
    await slash('/logga', 'medborgarkontakt Centrum 2018-03-14');
  });
  afterEach(async () => {
    await t.close();
  });

  it('names the files only in the upload that brought them', async () => {
    const shown = await report('md');
    expect(shown).toContain('Uppföljning av medborgarlöfte 2018');
    expect(shown).not.toContain('Bifogat');
    const [complete] = await t.slack.waitFor('files.completeUploadExternal', 1, 10_000);
    expect(String(complete!.params.initial_comment)).toMatch(/^Bifogat till sammanställningen: .*\.md/);
    expect(followUps()).toEqual([]);
  });

  it('tells the requester when Slack refuses the upload URL, with what failed and another way', async () => {
    t.slack.failMethod('files.getUploadURLExternal', 'not_in_channel');
    const shown = await report('md');
    expect(shown).not.toContain('Bifogat');
    const [message] = await waitForFollowUp();
    expect(message!.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const text = String(message!.params.text);
    expect(text).toMatch(/Dokumenten kom inte fram \(.*\.md.*\): Slack svarade not_in_channel\./);
    expect(text).toContain('/invite @Löftesbot');
    expect(text).toContain('Försök igen med /rapport md');
    expect(t.slack.callsTo('files.completeUploadExternal')).toHaveLength(0);
  });

  it('tells the requester when completing the upload fails', async () => {
    t.slack.failMethod('files.completeUploadExternal', 'missing_scope');
    await report('csv');
    const [message] = await waitForFollowUp();
    expect(String(message!.params.text)).toMatch(
      /Slack svarade missing_scope\. Appen saknar behörigheten files:write/,
    );
  });
});
