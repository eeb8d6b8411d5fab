import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideLinkHost, withoutCredentials } from '../../../src/lib/state/consent';

describe('withoutCredentials', () => {
  it('drops every credential field, however it is spelled, and keeps the rest byte for byte', () => {
    expect(
      withoutCredentials(
        'https://h/v4/x?sdkappid=1&IDENTIFIER=a&user%73ig=s&usersig=***&random=12&contenttype=json#frag',
      ),
    ).toBe('https://h/v4/x?random=12&contenttype=json#frag');
    expect(withoutCredentials('https://h/p?a=1;usersig=x;b=%20')).toBe('https://h/p?a=1&b=%20');
    expect(withoutCredentials('https://h/p?sdkappid=1')).toBe('https://h/p');
    expect(withoutCredentials('https://h/p')).toBe('https://h/p');
    expect(withoutCredentials('https://h/p?%E0%A4%A=1&identifier=2')).toBe('https://h/p?%E0%A4%A=1');
  });

  it('leaves no credential value behind, whatever the URL (property)', () => {
    const name = fc.constantFrom('sdkappid', 'SdkAppId', 'identifier', 'usersig', 'user%73ig', 'usersig ');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(name, fc.stringMatching(/^[a-z]{1,6}$/)),
            fc.stringMatching(/^[A-Za-z0-9]{0,8}$/),
          ),
        ),
        (pairs) => {
          const url = `https://h/p?${pairs.map(([k, v]) => `${k}=SECRET${v}`).join('&')}`;
          const cleaned = withoutCredentials(url);
          const kept = pairs.filter(([k]) => /^[a-z]{1,6}$/.test(k)); // none of them a credential name
          expect(cleaned.split('SECRET').length - 1).toBe(kept.length);
        },
      ),
    );
  });
});

describe('decideLinkHost', () => {
  it('applies Tencent hosts as regions, holds any other host, refuses unusable input', () => {
    expect(decideLinkHost('adminapisgp.im.qcloud.com', 'console.tim.qq.com')).toEqual({
      kind: 'tencent',
      regionId: 'sgp',
      hostChoice: 'primary',
    });
    expect(decideLinkHost('https://adminapiger.my-imcloud.com/', undefined)).toMatchObject({
      kind: 'tencent',
      hostChoice: 'backup',
    });
    expect(decideLinkHost('relay.example.com', 'relay.example.com')).toEqual({ kind: 'same' });
    expect(decideLinkHost('relay.example.com:8443', 'relay.example.com')).toEqual({
      kind: 'pending',
      pending: { input: 'relay.example.com:8443', host: 'relay.example.com:8443' },
    });
    expect(decideLinkHost('adminapisgp.im.qcloud.com.evil.example', undefined)).toMatchObject({
      kind: 'pending',
    });
    expect(decideLinkHost('', undefined)).toEqual({ kind: 'invalid' });
    expect(decideLinkHost('ftp://x', undefined)).toEqual({ kind: 'invalid' });
  });
});
