#!/usr/bin/env node
// Browser tests drive Debian's Chromium (browsers cannot be downloaded here). Installs it when missing and
// we may (root with apt-get); otherwise says exactly what to do and fails, rather than skipping tests.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    process.stdout.write('installing Debian chromium for the browser tests …\n');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
      {
        stdio: 'inherit',
        shell: '/bin/bash',
      },
    );
  } else {
    process.stderr.write(
      `The browser tests need Chromium at ${chromium}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.\n`,
    );
    process.exit(1);
  }
}
