import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TENCENT_HOSTS } from '../src/lib/api';

const html = readFileSync(resolve(__dirname, '../index.html'), 'utf8');

function policy(): Map<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match) throw new Error('index.html has no Content-Security-Policy meta tag');
  return new Map(
    match[1]
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('Content-Security-Policy of index.html', () => {
  it('comes before any script', () => {
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('allows scripts and workers only from self, without eval or inline scripts', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
  });

  it('allows connections to self and exactly the Tencent hosts of the region data', () => {
    const connect = policy().get('connect-src') ?? [];
    expect(connect[0]).toBe("'self'");
    expect(connect.slice(1).sort()).toEqual(TENCENT_HOSTS.map((host) => `https://${host}`).sort());
  });

  it('loads nothing from another host', () => {
    for (const [name, sources] of policy()) {
      if (name === 'connect-src') continue;
      for (const source of sources)
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:']).toContain(source);
    }
  });
});
