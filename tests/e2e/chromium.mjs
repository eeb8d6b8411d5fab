// Finds the Chromium the end-to-end tests drive. Browser downloads (playwright install, puppeteer) do not work on
// these machines, so Debian's package is the browser: installed here with apt-get when missing and we are root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.env.CHROMIUM_PATH || !isRoot) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's package (sudo apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  console.log('chromium: not found, installing Debian\u2019s chromium with apt-get (about 30 s)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  if (!existsSync(path))
    throw new Error('apt-get installed chromium, but /usr/bin/chromium is still missing.');
  return path;
}
