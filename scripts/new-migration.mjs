// Generates the next migration for both providers from the change in prisma/models.prisma:
//   npm run db:migration -- add_activity_source
// Each migration folder keeps the schema it leads to (schema.prisma), so the next diff is computed
// offline between two datamodels; no database (and no shadow database) is needed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { providers, renderSchema, runPrisma, schemaPath } from './generate-clients.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration -- <name_in_snake_case>');
  process.exit(1);
}

let created = 0;
for (const provider of providers) {
  writeFileSync(schemaPath(provider), renderSchema(provider));
  const dir = join(root, 'prisma', provider, 'migrations');
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir)
    .filter((d) => /^\d{4}_/.test(d))
    .sort();
  const last = existing.at(-1);
  const from = last ? ['--from-schema-datamodel', join(dir, last, 'schema.prisma')] : ['--from-empty'];
  const sql = await runPrisma(
    ['migrate', 'diff', ...from, '--to-schema-datamodel', schemaPath(provider), '--script'],
    provider,
  );
  const body = sql
    .split('\n')
    .filter((l) => !l.startsWith('Loaded Prisma config') && !l.startsWith('Prisma config detected'))
    .join('\n')
    .trim();
  if (body === '' || body === '-- This is an empty migration.') {
    console.log(`${provider}: no model changes`);
    continue;
  }
  const next = String(existing.length === 0 ? 1 : Number(last.slice(0, 4)) + 1).padStart(4, '0');
  const folder = join(dir, `${next}_${name}`);
  if (existsSync(folder)) throw new Error(`${folder} exists`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'migration.sql'), `${body}\n`);
  copyFileSync(schemaPath(provider), join(folder, 'schema.prisma'));
  console.log(`${provider}: prisma/${provider}/migrations/${next}_${name}/migration.sql`);
  created++;
}
if (created > 0) {
  await Promise.all(providers.map((p) => runPrisma(['generate', '--schema', schemaPath(p)], p)));
  console.log('Clients regenerated. Commit prisma/ (models, both schemas, both migrations).');
}
