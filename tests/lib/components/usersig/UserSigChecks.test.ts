import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DiagnosticsPanel from '../../../../src/lib/components/DiagnosticsPanel.svelte';
import { languageContext } from '../../../../src/lib/components/language';
import UserSigChecks from '../../../../src/lib/components/usersig/UserSigChecks.svelte';
import { Lazy } from '../../../../src/lib/lazy/lazy.svelte';
import { LanguageState } from '../../../../src/lib/state/language.svelte';
import { Workspace } from '../../../../src/lib/state/workspace.svelte';
import { demoSig, T, userSigFixture } from '../../state/usersig-fixture.svelte';

afterEach(cleanup);

const DATE = { dateStyle: 'medium', timeStyle: 'medium' } as const;

async function expiredProfile() {
  // Issued at T for an hour; the fixture's clock then stands a minute after its expiry.
  const fixture = userSigFixture({ userSig: await demoSig({ identifier: 'bob' }) });
  fixture.clock.now = T + 3660;
  fixture.usersig.refresh();
  await fixture.usersig.decode(fixture.credentials.active.userSig);
  return fixture;
}

describe('UserSigChecks', () => {
  it('lists what the server would answer, with the code, worst first, in English', async () => {
    const fixture = await expiredProfile();
    render(UserSigChecks, { usersig: fixture.usersig });
    const group = screen.getByRole('group', { name: 'Problems with the UserSig of the profile in use' });
    const items = within(group).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'error The UserSig was made for the identifier “bob”, but the profile’s admin identifier is “xiaojun”: ' +
        'generate one for “xiaojun”, or correct the identifier. server would answer 70013',
      `error The UserSig expired 1 minute ago (${new Intl.DateTimeFormat('en', DATE).format((T + 3600) * 1000)}): ` +
        'generate a new one. server would answer 70001',
    ]);
    await userEvent.click(within(group).getByRole('button', { name: 'UserSig tools' }));
    expect(fixture.shown).toEqual(['usersig']);
  });

  it('says nothing when the UserSig is fine', async () => {
    const fixture = userSigFixture({ userSig: await demoSig() });
    await fixture.usersig.decode(fixture.credentials.active.userSig);
    render(UserSigChecks, { usersig: fixture.usersig });
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('speaks Chinese, and English again after a switch without remounting', async () => {
    const fixture = await expiredProfile();
    const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
    await language.ready;
    render(UserSigChecks, { props: { usersig: fixture.usersig }, context: languageContext(language) });
    const group = screen.getByRole('group', { name: '当前配置的 UserSig 存在的问题' });
    expect(within(group).getByRole('heading')).toHaveTextContent('凭据');
    const expired = within(group).getAllByRole('listitem')[1];
    expect(expired).toHaveTextContent('错误');
    expect(expired).toHaveTextContent(
      `此 UserSig 已于1分钟前过期（${new Intl.DateTimeFormat('zh-CN', DATE).format((T + 3600) * 1000)}）：请重新生成。`,
    );
    expect(expired).toHaveTextContent('服务端将返回 70001');
    expect(within(group).getByRole('button', { name: 'UserSig 工具' })).toBeInTheDocument();

    await language.choose('en');
    await waitFor(() => expect(expired).toHaveTextContent('The UserSig expired 1 minute ago'));
    expect(group).toHaveAccessibleName('Problems with the UserSig of the profile in use');
  });

  it('says 70003 with the decoder’s reason in the page’s language', async () => {
    const fixture = userSigFixture({ userSig: 'abc de' });
    await fixture.usersig.decode('abc de');
    const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
    await language.ready;
    render(UserSigChecks, { props: { usersig: fixture.usersig }, context: languageContext(language) });
    expect(screen.getByRole('listitem')).toHaveTextContent(
      '当前配置中的 UserSig 无法解析。第 4 个字符 U+0020 不可能出现在 UserSig 中',
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('服务端将返回 70003');
  });

  it('appears in the Diagnostics panel once the store has loaded', async () => {
    const fixture = await expiredProfile();
    const workspace = new Workspace({ text: '{}' });
    render(DiagnosticsPanel, { workspace, usersig: new Lazy(() => Promise.resolve(fixture.usersig)) });
    const group = await screen.findByRole('group', {
      name: 'Problems with the UserSig of the profile in use',
    });
    expect(group).toHaveTextContent('server would answer 70013');
    expect(group).toHaveTextContent('server would answer 70001');
    workspace.dispose();
  });
});
