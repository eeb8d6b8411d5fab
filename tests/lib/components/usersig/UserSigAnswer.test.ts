import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ResponsePanel from '../../../../src/lib/components/ResponsePanel.svelte';
import { languageContext } from '../../../../src/lib/components/language';
import UserSigAnswer from '../../../../src/lib/components/usersig/UserSigAnswer.svelte';
import { LanguageState } from '../../../../src/lib/state/language.svelte';
import { ResponseInspector } from '../../../../src/lib/state/response.svelte';
import { demoSig, T, userSigFixture } from '../../state/usersig-fixture.svelte';

afterEach(cleanup);

const DATE = { dateStyle: 'medium', timeStyle: 'medium' } as const;
const fail = (code: number) =>
  JSON.stringify({ ActionStatus: 'FAIL', ErrorInfo: 'usersig problem', ErrorCode: code });

/** A store whose last request SENT carried `sentSig` for xiaojun of 1400000000; the profile now holds another. */
async function sentWith(sentSig: string, now = T + 3 * 3600) {
  const fixture = userSigFixture({ userSig: await demoSig({ expireSeconds: 86400 * 365 }) });
  fixture.clock.now = now;
  fixture.usersig.refresh();
  fixture.send({ sdkAppId: '1400000000', identifier: 'xiaojun', userSig: sentSig });
  await fixture.usersig.decode(sentSig);
  return fixture;
}

async function answer(code: number, fixture: Awaited<ReturnType<typeof sentWith>>, locale = 'en') {
  const language = new LanguageState({ storage: undefined, languages: [locale] });
  await language.ready;
  render(UserSigAnswer, { props: { usersig: fixture.usersig, code }, context: languageContext(language) });
  return { region: screen.getByRole('region'), language };
}

describe('UserSigAnswer: what the UserSig sent says', () => {
  it('70001: when it expired, from the request sent (not the profile now)', async () => {
    const fixture = await sentWith(await demoSig());
    const { region } = await answer(70001, fixture);
    expect(region).toHaveAccessibleName('The UserSig sent');
    const date = new Intl.DateTimeFormat('en', DATE).format((T + 3600) * 1000);
    expect(region).toHaveTextContent(`It expired 2 hours ago (${date}).`);
    expect(within(region).getByLabelText('Decoded UserSig')).toHaveTextContent('xiaojun');
  });

  it('70001 for a UserSig this clock finds valid: the clocks differ', async () => {
    const fixture = await sentWith(await demoSig({ expireSeconds: 86400 * 180 }));
    const { region } = await answer(70001, fixture);
    expect(region).toHaveTextContent('By this computer’s clock it is still valid (it expires in 180 days,');
  });

  it('70013 and 70014: what it was made for against what the request named', async () => {
    const fixture = await sentWith(await demoSig({ identifier: 'bob', sdkAppId: 1400000001 }));
    const { region } = await answer(70013, fixture);
    expect(region).toHaveTextContent('It was made for the identifier “bob”; the request named “xiaojun”.');
    cleanup();
    const { region: other } = await answer(70014, fixture);
    expect(other).toHaveTextContent('It was made for SDKAppID 1400000001; the request named 1400000000.');
  });

  it('70003: why it cannot be decoded, in Chinese too, and back without remounting', async () => {
    const fixture = await sentWith('eJy not-a-usersig');
    const { region, language } = await answer(70003, fixture, 'zh-CN');
    expect(region).toHaveAccessibleName('发送的 UserSig');
    expect(region).toHaveTextContent(
      '它无法解析，服务端同样无法读取。第 4 个字符 U+0020 不可能出现在 UserSig 中',
    );
    await language.choose('en');
    await waitFor(() =>
      expect(region).toHaveTextContent(
        'It cannot be decoded, so the server could not read it either. Character',
      ),
    );
  });

  it('70001 in Chinese: “expired 3 hours ago”', async () => {
    const fixture = await sentWith(await demoSig({ expireSeconds: 60 }), T + 60 + 3 * 3600);
    const { region } = await answer(70001, fixture, 'zh-CN');
    const date = new Intl.DateTimeFormat('zh-CN', DATE).format((T + 60) * 1000);
    expect(region).toHaveTextContent(`它已于3小时前过期（${date}）。`);
  });

  it('says nothing for other codes, and that nothing was sent when nothing was', async () => {
    const fixture = await sentWith(await demoSig());
    render(UserSigAnswer, { usersig: fixture.usersig, code: 10004 });
    expect(screen.queryByRole('region')).toBeNull();
    cleanup();
    const fresh = userSigFixture();
    render(UserSigAnswer, { usersig: fresh.usersig, code: 70001 });
    expect(screen.getByRole('region')).toHaveTextContent(
      'No request was sent from this page, so the UserSig this answer is about is unknown.',
    );
  });
});

describe('the Response panel', () => {
  // App.svelte gives it UserSigSeam as `codeNote` (tests/App-usersig.test.ts); here any snippet.
  const codeNote = createRawSnippet((code: () => number) => ({
    render: () => `<p>note on ${code()}</p>`,
  }));

  it('hands the answer’s ErrorCode to its code note', async () => {
    const inspector = new ResponseInspector();
    inspector.setText(fail(70001));
    render(ResponsePanel, { inspector, codeNote });
    expect(await screen.findByText('note on 70001', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('has no note for an answer without an error', async () => {
    const inspector = new ResponseInspector();
    inspector.setText(JSON.stringify({ ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 }));
    render(ResponsePanel, { inspector, codeNote });
    await screen.findByText('ErrorCode', {}, { timeout: 5000 });
    expect(screen.queryByText(/note on/)).toBeNull();
  });
});
