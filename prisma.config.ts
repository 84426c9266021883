// Prisma CLI configuration: the JS engine through driver adapters, so no engine binaries are needed.
// The provider follows DATABASE_URL's scheme, like openStore does at runtime.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/loftesbot.db';
const isPostgres = /^postgres(ql)?:\/\//.test(url);
// `migrate diff` between two datamodels reads no database, but the CLI still connects its adapter;
// scripts/new-migration.mjs sets this so migrations can be generated without a running PostgreSQL.
const offline = process.env.LOFTESBOT_PRISMA_OFFLINE === '1';

export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  schema: isPostgres ? 'prisma/postgresql/schema.prisma' : 'prisma/sqlite/schema.prisma',
  adapter: async () => {
    if (offline) return new PrismaBetterSQLite3({ url: ':memory:' });
    return isPostgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
