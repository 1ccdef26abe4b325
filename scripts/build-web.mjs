#!/usr/bin/env node
// Builds the web app when its build is missing or older than its sources, so `npm start` is quick the
// second time and never serves a stale page. `--force` always builds.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'web/dist/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const sources = Math.max(
  newest(path.join(root, 'web/src')),
  statSync(path.join(root, 'web/index.html')).mtimeMs,
  statSync(path.join(root, 'web/vite.config.ts')).mtimeMs,
  existsSync(path.join(root, 'package-lock.json'))
    ? statSync(path.join(root, 'package-lock.json')).mtimeMs
    : 0,
);
if (process.argv.includes('--force') || !existsSync(built) || statSync(built).mtimeMs < sources) {
  process.stdout.write('building the web app …\n');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
