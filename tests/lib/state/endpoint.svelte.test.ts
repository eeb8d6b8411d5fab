import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/lib/api';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { EndpointState } from '../../../src/lib/state/endpoint.svelte';

function makeEndpoint() {
  const credentials = new CredentialStore({ session: undefined, local: undefined });
  return { endpoint: new EndpointState(credentials), credentials };
}

const WITH_BACKUP = REGIONS.find((r) => r.backupHost)!;
const WITHOUT_BACKUP = REGIONS.find((r) => !r.backupHost)!;

describe('EndpointState', () => {
  it('starts on the first region main host', () => {
    const { endpoint } = makeEndpoint();
    expect(endpoint.regionId).toBe(REGIONS[0].id);
    expect(endpoint.hostChoice).toBe('primary');
    expect(endpoint.host).toBe(REGIONS[0].host);
    expect(endpoint.customHostCheck).toBeUndefined();
    expect(endpoint.historyRegionId).toBe(REGIONS[0].id);
  });

  it('refuses an unknown region and keeps the one in use', () => {
    const { endpoint } = makeEndpoint();
    expect(endpoint.selectRegion(WITH_BACKUP.id, 'backup')).toBe(true);
    expect(endpoint.selectRegion('atlantis')).toBe(false);
    expect(endpoint.host).toBe(WITH_BACKUP.backupHost);
  });

  it('checks a custom host: undefined host while invalid, history says custom', () => {
    const { endpoint } = makeEndpoint();
    endpoint.useCustomHost('bad_host');
    expect(endpoint.host).toBeUndefined();
    expect(endpoint.customHostCheck?.ok).toBe(false);
    endpoint.useCustomHost('relay.example.com');
    expect(endpoint.host).toBe('relay.example.com');
    expect(endpoint.historyRegionId).toBe('custom');
    // Choosing a listed region keeps what was typed for later.
    endpoint.selectRegion(REGIONS[0].id);
    expect(endpoint.customHost).toBe('relay.example.com');
    expect(endpoint.host).toBe(REGIONS[0].host);
  });

  it('uses a host as history recorded it: main, backup, or custom', () => {
    const { endpoint } = makeEndpoint();
    endpoint.useHost(WITH_BACKUP.backupHost!);
    expect([endpoint.regionId, endpoint.hostChoice]).toEqual([WITH_BACKUP.id, 'backup']);
    endpoint.useHost(WITHOUT_BACKUP.host);
    expect([endpoint.regionId, endpoint.hostChoice]).toEqual([WITHOUT_BACKUP.id, 'primary']);
    endpoint.useHost('relay.example.com');
    expect(endpoint.hostChoice).toBe('custom');
    expect(endpoint.host).toBe('relay.example.com');
  });

  it("applies a share link's region and host choice; backup falls back where a region has none", () => {
    const { endpoint } = makeEndpoint();
    endpoint.useSharedHostChoice('backup');
    expect(endpoint.hostChoice).toBe(REGIONS[0].backupHost ? 'backup' : 'primary');
    endpoint.selectRegion(WITH_BACKUP.id, 'backup');
    expect(endpoint.useSharedRegion(WITHOUT_BACKUP.id)).toBe(true);
    expect(endpoint.hostChoice).toBe('primary');
    expect(endpoint.useSharedRegion('atlantis')).toBe(false);
    expect(endpoint.regionId).toBe(WITHOUT_BACKUP.id);
  });

  it('reads the profile in use and whether credentials are remembered', () => {
    const { endpoint, credentials } = makeEndpoint();
    credentials.update(credentials.activeId, { sdkAppId: '1400000001' });
    expect(endpoint.profile.sdkAppId).toBe('1400000001');
    expect(endpoint.credentialsRemembered).toBe(false);
    credentials.setRemember(true);
    expect(endpoint.credentialsRemembered).toBe(true);
    const second = credentials.add('Second');
    expect(endpoint.profile.id).toBe(second.id);
  });
});
