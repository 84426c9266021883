// The Teams app package: manifest valid against the vendored 1.29 schema, icons of the sizes Teams
// requires, Swedish command lists, and the zip `npm run teams:package` builds.
import { readFileSync } from 'node:fs';
import { ManifestUtil, type TeamsAppManifest } from '@microsoft/teams-manifest';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../../../scripts/teams-package.ts';

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url));
const manifest = JSON.parse(read('manifest/teams/manifest.json').toString('utf8')) as TeamsAppManifest;
const schema = JSON.parse(read('test/fixtures/teams/MicrosoftTeams.schema.1.29.json').toString('utf8'));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number; colorType: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png.readUInt8(25) };
}

describe('Teams manifest', () => {
  it('is valid against the 1.29 schema', async () => {
    expect(manifest.manifestVersion).toBe('1.29');
    expect(await ManifestUtil.validateManifestAgainstSchema(manifest, schema)).toEqual([]);
  });

  it('the schema check catches a broken manifest (so the test above means something)', async () => {
    const broken = { ...manifest, id: 'not-a-guid', accentColor: 'blue' } as TeamsAppManifest;
    delete (broken as Partial<TeamsAppManifest>).name;
    const errors = await ManifestUtil.validateManifestAgainstSchema(broken, schema);
    expect(errors.join('\n')).toMatch(/name/);
    expect(errors.join('\n')).toMatch(/\/id/);
    expect(errors.join('\n')).toMatch(/accentColor/);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon', () => {
    expect(pngSize(read(`manifest/teams/${manifest.icons.color}`))).toMatchObject({
      width: 192,
      height: 192,
    });
    const outline = pngSize(read(`manifest/teams/${manifest.icons.outline}`));
    // Outline icons need transparency (colour type 6 = RGBA).
    expect(outline).toEqual({ width: 32, height: 32, colorType: 6 });
  });

  it('lists the six Swedish commands for personal chats and for teams', () => {
    const lists = manifest.bots?.[0]?.commandLists ?? [];
    for (const scope of ['personal', 'team'] as const) {
      const list = lists.find((l) => (l.scopes as string[]).includes(scope));
      expect(list?.commands.map((c) => c.title)).toEqual([
        'logga',
        'planera',
        'status',
        'rapport',
        'loften',
        'hjälp',
      ]);
      for (const command of list!.commands) expect(command.description).toMatch(/[a-zåäö]{3}/);
    }
  });
});

const urls = {
  websiteUrl: 'https://polisen.kommun.se/loftesbot',
  privacyUrl: 'https://polisen.kommun.se/loftesbot/integritet',
};

describe('npm run teams:package', () => {
  it('zips the manifest with the given bot id and both icons at the root', async () => {
    const zip = await JSZip.loadAsync(
      await buildTeamsPackage({ botId: '11111111-2222-3333-4444-555555555555', ...urls }),
    );
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packed.bots[0].botId).toBe('11111111-2222-3333-4444-555555555555');
    expect(packed.developer).toEqual({
      name: 'Löftesbot',
      websiteUrl: 'https://polisen.kommun.se/loftesbot',
      privacyUrl: 'https://polisen.kommun.se/loftesbot/integritet',
      termsOfUseUrl: 'https://polisen.kommun.se/loftesbot',
    });
    expect(JSON.stringify(packed)).not.toContain('example.org');
    expect(await ManifestUtil.validateManifestAgainstSchema(packed, schema)).toEqual([]);
    expect(pngSize(await zip.file('color.png')!.async('nodebuffer')).width).toBe(192);
  });

  it('refuses a bot id that is not a GUID', async () => {
    await expect(buildTeamsPackage({ botId: 'my-bot', ...urls })).rejects.toThrow(/GUID/);
  });

  it('takes the developer URLs from its options and builds nothing without them or with placeholders', async () => {
    await expect(buildTeamsPackage({})).rejects.toThrow(/--website-url is required/);
    await expect(buildTeamsPackage({ websiteUrl: 'https://www.example.org/loftesbot' })).rejects.toThrow(
      /organisation's own/,
    );
    await expect(buildTeamsPackage({ websiteUrl: 'http://polisen.kommun.se' })).rejects.toThrow(/https/);
  });
});
