import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeUserSig, verifyUserSig } from '../../../../src/lib/api/usersig';
import { languageContext } from '../../../../src/lib/components/language';
import UserSigPanel from '../../../../src/lib/components/usersig/UserSigPanel.svelte';
import { Lazy } from '../../../../src/lib/lazy/lazy.svelte';
import { CREDENTIALS_KEY } from '../../../../src/lib/state/credentials.svelte';
import { LanguageState } from '../../../../src/lib/state/language.svelte';
import { DEMO, demoSig, T, userSigFixture } from '../../state/usersig-fixture.svelte';

afterEach(cleanup);

/** A definition list as [term, definition] pairs, white space collapsed. */
function pairs(list: HTMLElement): [string, string][] {
  const clean = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return [...list.querySelectorAll('dt')].map((dt) => [clean(dt), clean(dt.nextElementSibling!)]);
}

const DATE = { dateStyle: 'medium', timeStyle: 'medium' } as const;

async function setUp(profile: Parameters<typeof userSigFixture>[0] = {}, locale: 'en' | 'zh-CN' = 'en') {
  const fixture = userSigFixture(profile);
  const language = new LanguageState({ storage: undefined, languages: [locale] });
  await language.ready;
  render(UserSigPanel, {
    props: { usersig: new Lazy(() => Promise.resolve(fixture.usersig)) },
    context: languageContext(language),
  });
  const panel = await screen.findByRole('region', { name: 'UserSig' });
  return { ...fixture, language, panel };
}

describe('UserSigPanel', () => {
  it('shows the profile’s UserSig decoded, with dates and how long until or since', async () => {
    const { panel } = await setUp({ userSig: await demoSig() });
    const list = await waitFor(() => within(panel).getByLabelText('Decoded UserSig'));
    // The fixture's clock stands a minute after issue.
    expect(pairs(list)).toEqual([
      ['Kind', 'TLSSigAPIv2 (HMAC-SHA256 with the SecretKey)'],
      ['Identifier', 'xiaojun'],
      ['SDKAppID', '1400000000'],
      ['Issued', `${new Intl.DateTimeFormat('en', DATE).format(T * 1000)} (1 minute ago)`],
      ['Expires', `${new Intl.DateTimeFormat('en', DATE).format((T + 3600) * 1000)} (in 59 minutes)`],
      ['Validity', '1 hour'],
    ]);
    expect(within(panel).getByText(/The UserSig of the profile “Test app”/)).toBeInTheDocument();
  });

  it('says so when the profile has no UserSig, or one that cannot be decoded', async () => {
    const { panel, credentials } = await setUp();
    expect(panel).toHaveTextContent('This profile has no UserSig');
    expect(panel).toHaveTextContent('The profile has no UserSig to verify.');
    credentials.update(credentials.activeId, { userSig: 'not*a*usersig' });
    await waitFor(() =>
      expect(panel).toHaveTextContent('The UserSig cannot be decoded. This is not a UserSig'),
    );
  });

  it('generates a UserSig for the profile, puts it in, and forgets the SecretKey on close', async () => {
    const { panel, credentials, session, usersig } = await setUp({ identifier: 'administrator' });
    credentials.setRemember(true);
    await userEvent.click(within(panel).getByRole('button', { name: 'Generate a UserSig…' }));
    const dialog = screen.getByRole('dialog', { name: 'Generate a UserSig' });
    expect(dialog).toHaveAccessibleDescription(/^For test apps only\./);
    expect(within(dialog).getByLabelText('SDKAppID')).toHaveValue('1400000000');
    expect(within(dialog).getByLabelText('Identifier (UserID)')).toHaveValue('administrator');
    const key = within(dialog).getByLabelText('SecretKey');
    expect(key).toHaveAttribute('type', 'password');
    expect(key).not.toHaveAttribute('name');
    expect(key).toHaveFocus();
    expect(within(dialog).getByLabelText('Validity')).toHaveDisplayValue('180 days (default)');

    await userEvent.type(key, DEMO.secretKey);
    await userEvent.selectOptions(within(dialog).getByLabelText('Validity'), '604800');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    const result = await within(dialog).findByLabelText('Generated UserSig');
    const sig = (result as HTMLTextAreaElement).value;
    expect(await decodeUserSig(sig)).toMatchObject({ identifier: 'administrator', expire: 604800 });
    expect(await verifyUserSig(sig, DEMO.secretKey)).toBe(true);
    expect(dialog).toHaveTextContent('For “administrator” of SDKAppID 1400000000, valid until');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Use in profile “Test app”' }));
    expect(credentials.active.userSig).toBe(sig);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Saved in the profile “Test app”.');
    expect(session.getItem(CREDENTIALS_KEY)).not.toContain(DEMO.secretKey);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(usersig.generator.secretKey).toBe('');
    expect(document.body.innerHTML).not.toContain(DEMO.secretKey);
    // Opened again, it starts empty.
    await userEvent.click(within(panel).getByRole('button', { name: 'Generate a UserSig…' }));
    expect(within(screen.getByRole('dialog')).getByLabelText('SecretKey')).toHaveValue('');
  });

  it('says why nothing was generated, and takes a validity in seconds', async () => {
    const { panel } = await setUp();
    await userEvent.click(within(panel).getByRole('button', { name: 'Generate a UserSig…' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The SecretKey is empty');
    await userEvent.selectOptions(within(dialog).getByLabelText('Validity'), 'custom');
    const seconds = within(dialog).getByLabelText('Validity in seconds');
    await userEvent.clear(seconds);
    await userEvent.type(seconds, '90');
    await userEvent.type(within(dialog).getByLabelText('SecretKey'), 'k');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    const sig = ((await within(dialog).findByLabelText('Generated UserSig')) as HTMLTextAreaElement).value;
    expect(await decodeUserSig(sig)).toMatchObject({ expire: 90 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('verifies the profile’s UserSig with a pasted SecretKey, then empties the field', async () => {
    const { panel } = await setUp({ userSig: await demoSig() });
    const verify = within(panel).getByRole('region', { name: 'Verify the signature' });
    const key = within(verify).getByLabelText('SecretKey');
    expect(key).not.toHaveAttribute('name');
    await userEvent.type(key, 'wrong');
    await userEvent.click(within(verify).getByRole('button', { name: 'Verify' }));
    expect(await within(verify).findByText(/The signature does not match/)).toBeInTheDocument();
    expect(key).toHaveValue('');
    await userEvent.type(key, DEMO.secretKey);
    await userEvent.click(within(verify).getByRole('button', { name: 'Verify' }));
    expect(await within(verify).findByText(/The signature is valid/)).toBeInTheDocument();
    expect(key).toHaveValue('');
  });

  it('speaks Chinese, and English again after a switch without remounting', async () => {
    const { panel, language } = await setUp({ userSig: await demoSig() }, 'zh-CN');
    const list = await waitFor(() => within(panel).getByLabelText('解析后的 UserSig'));
    expect(pairs(list)).toContainEqual([
      '签发时间',
      `${new Intl.DateTimeFormat('zh-CN', DATE).format(T * 1000)}（1分钟前）`,
    ]);
    expect(pairs(list)).toContainEqual(['有效期', '1小时']);
    await userEvent.click(within(panel).getByRole('button', { name: '生成 UserSig…' }));
    const dialog = screen.getByRole('dialog', { name: '生成 UserSig' });
    expect(dialog).toHaveAccessibleDescription(/^仅适用于测试应用。/);
    expect(within(dialog).getByLabelText('有效期')).toHaveDisplayValue('180天（默认）');
    expect(within(panel).getByRole('region', { name: '校验签名' })).toBeInTheDocument();

    await language.choose('en');
    await waitFor(() => expect(list).toHaveAccessibleName('Decoded UserSig'));
    expect(list).toHaveTextContent('(1 minute ago)');
    expect(dialog).toHaveAccessibleName('Generate a UserSig');
  });
});
