// Guards the shape: a pure domain, use cases without platforms, adapters that do not know each other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
}

const platformPackages =
  /^(@slack\/|@microsoft\/|@prisma\/|prisma|node-cron|express|pino|better-sqlite3|pg$|docx)/;

describe('architecture', () => {
  it('keeps the domain pure: no platforms, storage, clock or process', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(root, 'src', 'domain'))) {
      const rel = relative(root, file);
      for (const spec of importsOf(file)) {
        if (
          platformPackages.test(spec) ||
          spec.startsWith('node:') ||
          spec.includes('/app/') ||
          spec.includes('/adapters/')
        ) {
          offences.push(`${rel} imports ${spec}`);
        }
      }
      const text = readFileSync(file, 'utf8');
      if (/\bprocess\.|Date\.now\(|new Date\(\)/.test(text))
        offences.push(`${rel} reads the process or the clock`);
    }
    expect(offences).toEqual([]);
  });

  it('keeps use cases free of platforms and adapters', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(root, 'src', 'app'))) {
      const rel = relative(root, file);
      for (const spec of importsOf(file)) {
        if (platformPackages.test(spec) || spec.includes('/adapters/') || spec.includes('/cli/'))
          offences.push(`${rel} imports ${spec}`);
      }
      if (/\bprocess\.env/.test(readFileSync(file, 'utf8'))) offences.push(`${rel} reads process.env`);
    }
    expect(offences).toEqual([]);
  });

  it('keeps adapters apart: none imports another', () => {
    const offences: string[] = [];
    const adaptersDir = join(root, 'src', 'adapters');
    for (const file of sourceFiles(adaptersDir)) {
      const own = relative(adaptersDir, file).split(sep)[0];
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = relative(adaptersDir, resolve(dirname(file), spec));
        if (target.startsWith('..')) continue;
        const other = target.split(sep)[0];
        if (other !== own && other !== 'logging') offences.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('reads the environment only in src/config.ts', () => {
    const offences = sourceFiles(join(root, 'src'))
      .filter((f) => !f.endsWith(`${sep}config.ts`) && !f.includes(`${sep}cli${sep}`))
      .filter((f) => /\bprocess\.env\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offences).toEqual([]);
  });
});
