import { describe, expect, it } from 'vitest';
import { checkCustomHost, REGIONS, TENCENT_HOSTS } from '../../../src/lib/api/regions';

describe('REGIONS', () => {
  it('holds the eight regions of the hosts table with unique ids', () => {
    expect(REGIONS.map((region) => region.host)).toEqual([
      'console.tim.qq.com',
      'adminapisgp.im.qcloud.com',
      'adminapikr.im.qcloud.com',
      'adminapiger.im.qcloud.com',
      'adminapiind.im.qcloud.com',
      'adminapiusa.im.qcloud.com',
      'adminapiidn.im.qcloud.com',
      'adminapijpn.im.qcloud.com',
    ]);
    expect(new Set(REGIONS.map((region) => region.id)).size).toBe(REGIONS.length);
  });

  it('marks the five seed regions and notes the newer ones', () => {
    expect(REGIONS.filter((region) => region.inSeed).map((region) => region.name)).toEqual([
      'Chinese mainland',
      'Singapore',
      'Seoul',
      'Frankfurt',
      'India (Mumbai)',
    ]);
    for (const region of REGIONS.filter((candidate) => !candidate.inSeed))
      expect(region.note).toMatch(/newer/);
  });

  it('has backup hosts for all but Tokyo, whose backup is noted as unconfirmed', () => {
    const tokyo = REGIONS.find((region) => region.name === 'Tokyo');
    expect(tokyo?.backupHost).toBeUndefined();
    expect(tokyo?.note).toMatch(/unconfirmed/);
    expect(REGIONS.find((region) => region.id === 'cn')?.backupHost).toBe('adminapi.my-imcloud.com');
    expect(REGIONS.filter((region) => region.backupHost).length).toBe(7);
  });

  it('lists every main and backup host in TENCENT_HOSTS', () => {
    expect(TENCENT_HOSTS).toHaveLength(15);
    for (const region of REGIONS) {
      expect(TENCENT_HOSTS).toContain(region.host);
      if (region.backupHost) expect(TENCENT_HOSTS).toContain(region.backupHost);
    }
  });

  it('accepts every host of the table as a custom host, with no notes', () => {
    for (const host of TENCENT_HOSTS) expect(checkCustomHost(host)).toEqual({ ok: true, host, notes: [] });
  });
});

describe('checkCustomHost', () => {
  function accepted(input: string) {
    const result = checkCustomHost(input);
    if (!result.ok) throw new Error(`expected ${input} to be accepted: ${result.message}`);
    return result;
  }
  function rejected(input: string): string {
    const result = checkCustomHost(input);
    if (result.ok) throw new Error(`expected ${input} to be rejected, got ${result.host}`);
    return result.message;
  }

  it('accepts a bare host name, lower-cased and trimmed', () => {
    expect(accepted('  AdminAPISGP.im.qcloud.com \n').host).toBe('adminapisgp.im.qcloud.com');
  });

  it('accepts host:port and warns that a non-Tencent host receives the UserSig', () => {
    const result = accepted('localhost:8787');
    expect(result.host).toBe('localhost:8787');
    expect(result.notes.join(' ')).toMatch(/receive your UserSig/);
    expect(accepted('console.tim.qq.com:443').notes).toEqual([]);
  });

  it('takes the host from a pasted https URL and says so, without echoing the query', () => {
    const result = accepted(
      'https://console.tim.qq.com/v4/group_open_http_svc/import_group_msg?sdkappid=1&usersig=SECRET&random=1',
    );
    expect(result.host).toBe('console.tim.qq.com');
    expect(result.notes[0]).toMatch(/Took the host console\.tim\.qq\.com/);
    expect(result.notes.join(' ')).not.toContain('SECRET');
  });

  it('takes the host from host/path without a scheme', () => {
    expect(accepted('adminapikr.im.qcloud.com/v4/x').host).toBe('adminapikr.im.qcloud.com');
  });

  it('accepts IPv4, IPv6 with port and a trailing dot', () => {
    expect(accepted('127.0.0.1:8080').host).toBe('127.0.0.1:8080');
    expect(accepted('[::1]:8080').host).toBe('[::1]:8080');
    expect(accepted('console.tim.qq.com.').host).toBe('console.tim.qq.com');
  });

  it('converts an international name to punycode and says so', () => {
    const result = accepted('bücher.example');
    expect(result.host).toBe('xn--bcher-kva.example');
    expect(result.notes.join(' ')).toMatch(/ASCII form/);
  });

  it.each(['', '   ', '\n'])('rejects empty input %j and shows an example', (input) => {
    expect(rejected(input)).toMatch(/empty.*e\.g\. adminapisgp\.im\.qcloud\.com/);
  });

  it('rejects spaces inside', () => {
    expect(rejected('console tim.qq.com')).toMatch(/no spaces/);
  });

  it.each(['http://console.tim.qq.com', 'ftp://console.tim.qq.com/x', 'wss://a.b'])(
    'rejects the scheme of %s and asks for https',
    (input) => {
      expect(rejected(input)).toMatch(/https only.*Type only the host name/);
    },
  );

  it.each(['/v4/group_open_http_svc/import_group_msg', 'https:///v4/x'])(
    'rejects the path-only %s',
    (input) => {
      expect(rejected(input)).toMatch(/path, not a host.*adds \/v4/);
    },
  );

  it('rejects user info', () => {
    expect(rejected('https://user:pass@console.tim.qq.com/')).toMatch(/user@/);
  });

  it.each([
    ['bad_host.com', /"bad_host" contains "_"/],
    ['-lead.com', /starts or ends with a hyphen/],
    ['a..b', /empty part between dots/],
    [`${'a'.repeat(64)}.com`, /longer than 63/],
    [`${'a.'.repeat(127)}com`, /longer than 253/],
    ['999.1.1.1', /not a valid IPv4/],
    ['host:0', /port "0"/],
    ['host:70000', /port "70000"/],
    ['host:', /port ""/],
    [':8080', /No host name before the port/],
    ['[zz]:1', /not a valid IPv6/],
    ['[::1]:abc', /port "abc"/],
  ])('rejects %s with a message that says what is wrong', (input, message) => {
    expect(rejected(input)).toMatch(message);
  });

  it('never throws on input that is not a string', () => {
    expect(checkCustomHost(undefined as unknown as string).ok).toBe(false);
  });
});
