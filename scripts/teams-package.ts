// Builds the app package to upload in Teams (Apps → Manage your apps → Upload an app): a zip with
// manifest.json and the two icons at its root.
//   npm run teams:package -- [--bot-id <Entra app (client) id>] [--out <file.zip>]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestDir = resolve(root, 'manifest/teams');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Manifest {
  bots: { botId: string }[];
  icons: { color: string; outline: string };
}

export async function buildTeamsPackage(options: { botId?: string | undefined }): Promise<Buffer> {
  const manifest = JSON.parse(readFileSync(resolve(manifestDir, 'manifest.json'), 'utf8')) as Manifest;
  if (options.botId) {
    if (!GUID.test(options.botId))
      throw new Error(`--bot-id must be the bot's Entra client id (a GUID), got "${options.botId}"`);
    for (const bot of manifest.bots) bot.botId = options.botId;
  }
  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical between builds of the same manifest.
  const date = new Date('2018-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, readFileSync(resolve(manifestDir, icon)), { date });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'bot-id': { type: 'string' }, out: { type: 'string' } } });
  const out = resolve(values.out ?? resolve(root, 'dist/teams/loftesbot-teams.zip'));
  const data = await buildTeamsPackage({ botId: values['bot-id'] });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  const placeholder = !values['bot-id'];
  process.stdout.write(
    `Teams app package: ${out}${placeholder ? '\nObs: botId is the placeholder; pass --bot-id <CLIENT_ID> before uploading.' : ''}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    process.stderr.write(`teams:package failed: ${error.message}\n`);
    process.exit(1);
  });
}
