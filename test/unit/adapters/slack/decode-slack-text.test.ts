// Slack escapes what users type and adds its own markup; the bot stores what the user typed.
import { describe, expect, it } from 'vitest';
import { decodeSlackText } from '../../../../src/adapters/slack/text/decode-slack-text.ts';

const names: Record<string, string> = { U2: 'Anna Svensson', U3: 'bertil' };
const lookup = async (id: string) => names[id] ?? null;

describe('decodeSlackText', () => {
  it('decodes &amp; &lt; &gt; once, so a note typed A&O <b> is stored as typed', async () => {
    expect(await decodeSlackText('trafik "A&amp;O &lt;b&gt;"', lookup)).toBe('trafik "A&O <b>"');
    expect(await decodeSlackText('Ica &amp; Coop', lookup)).toBe('Ica & Coop');
    // A user who typed "&lt;" literally sees it escaped once more; it comes back as "&lt;".
    expect(await decodeSlackText('&amp;lt;', lookup)).toBe('&lt;');
  });

  it('keeps a mention outside the note as a mention, labelled with the person’s display name', async () => {
    expect(await decodeSlackText('medborgarkontakt med <@U2>', lookup)).toBe(
      'medborgarkontakt med <@U2|Anna Svensson>',
    );
    expect(await decodeSlackText('roll <@U3|bertil> chef', lookup)).toBe('roll <@U3|bertil> chef');
    expect(await decodeSlackText('med <@U9>', lookup)).toBe('med <@U9>');
  });

  it('turns mentions inside the note into the person’s name', async () => {
    expect(await decodeSlackText('trafik "pratade med <@U2> och <@U3|bertil>"', lookup)).toBe(
      'trafik "pratade med @Anna Svensson och @bertil"',
    );
  });

  it('stores <!channel>, <!here>, <!everyone> and user groups as plain words', async () => {
    expect(
      await decodeSlackText('"<!channel> <!here> <!everyone> <!subteam^S1|@polisen> <!subteam^S2>"', lookup),
    ).toBe('"@channel @here @everyone @polisen @grupp"');
  });

  it('writes channels and links as their text, with the address beside a link’s own wording', async () => {
    expect(await decodeSlackText('"se <#C1|trygghet> och <https://polisen.se|Logga in här>"', lookup)).toBe(
      '"se #trygghet och Logga in här (https://polisen.se)"',
    );
    expect(await decodeSlackText('<https://polisen.se>', lookup)).toBe('https://polisen.se');
    expect(await decodeSlackText('<mailto:a@b.se|a@b.se>', lookup)).toBe('a@b.se');
  });

  it('uses the mention’s id when the name lookup fails or is slow', async () => {
    const failing = async () => {
      throw new Error('users_not_found');
    };
    expect(await decodeSlackText('"hej <@U2>"', failing)).toBe('"hej @U2"');
    const never = () => new Promise<string | null>(() => undefined);
    expect(await decodeSlackText('med <@U2>', never)).toBe('med <@U2>');
  });
});
