// Builds the app package to upload in Teams (Apps → Manage your apps → Upload an app): a zip with
// manifest.json and the two icons at its root.
//   npm run teams:package -- --website-url <https://…> [--privacy-url <https://…>] [--terms-url <https://…>]
//                            [--developer-name <name>] [--bot-id <Entra app (client) id>] [--out <file.zip>]
// The options may also come from the environment: CLIENT_ID, TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL,
// TEAMS_TERMS_URL, TEAMS_DEVELOPER_NAME. The developer URLs are the deploying organisation's own and have
// no default: the committed manifest's placeholders never reach a package.
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
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
}

export interface PackageOptions {
  botId?: string | undefined;
  /** The organisation's page about the bot; privacy and terms default to it. */
  websiteUrl?: string | undefined;
  privacyUrl?: string | undefined;
  termsUrl?: string | undefined;
  developerName?: string | undefined;
}

function httpsUrl(name: string, value: string | undefined): string {
  if (!value)
    throw new Error(`--${name} is required: the organisation's own https address for the Teams manifest`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--${name} must be an https URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' || /(^|\.)example\.(org|com|net)$/.test(url.hostname))
    throw new Error(`--${name} must be the organisation's own https URL, got "${value}"`);
  return url.toString();
}

export async function buildTeamsPackage(options: PackageOptions): Promise<Buffer> {
  const manifest = JSON.parse(readFileSync(resolve(manifestDir, 'manifest.json'), 'utf8')) as Manifest;
  const websiteUrl = httpsUrl('website-url', options.websiteUrl);
  manifest.developer = {
    name: options.developerName?.trim() || manifest.developer.name,
    websiteUrl,
    privacyUrl: httpsUrl('privacy-url', options.privacyUrl ?? websiteUrl),
    termsOfUseUrl: httpsUrl('terms-url', options.termsUrl ?? websiteUrl),
  };
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
  const { values } = parseArgs({
    options: {
      'bot-id': { type: 'string' },
      out: { type: 'string' },
      'website-url': { type: 'string' },
      'privacy-url': { type: 'string' },
      'terms-url': { type: 'string' },
      'developer-name': { type: 'string' },
    },
  });
  const out = resolve(values.out ?? resolve(root, 'dist/teams/loftesbot-teams.zip'));
  // Each option may come from the environment instead, beside the bot's other settings.
  const env = process.env;
  const data = await buildTeamsPackage({
    botId: values['bot-id'] ?? env.CLIENT_ID,
    websiteUrl: values['website-url'] ?? env.TEAMS_WEBSITE_URL,
    privacyUrl: values['privacy-url'] ?? env.TEAMS_PRIVACY_URL,
    termsUrl: values['terms-url'] ?? env.TEAMS_TERMS_URL,
    developerName: values['developer-name'] ?? env.TEAMS_DEVELOPER_NAME,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
  const placeholder = !(values['bot-id'] ?? env.CLIENT_ID);
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
