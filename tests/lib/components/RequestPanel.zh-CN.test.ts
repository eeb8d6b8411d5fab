import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildImportRequest } from '../../../src/lib/api';
import { languageContext } from '../../../src/lib/components/language';
import RequestPanel from '../../../src/lib/components/RequestPanel.svelte';
import { LanguageState } from '../../../src/lib/state/language.svelte';

const request = buildImportRequest({
  host: 'console.tim.qq.com',
  sdkAppId: '1400000000',
  identifier: 'administrator',
  userSig: 'SECRET-SIG',
  body: '{"GroupId":"now"}',
  random: 7,
});

async function chinese() {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  return language;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RequestPanel in zh-CN', () => {
  it('labels the request, the copy buttons and the last send in Chinese; English after a switch, same nodes', async () => {
    const language = await chinese();
    const result = {
      target: 'direct' as const,
      status: 0,
      bodyText: '',
      durationMs: 10_000,
      failure: { kind: 'timeout' as const },
    };
    render(RequestPanel, {
      props: { request, sent: request, result },
      context: languageContext(language),
    });
    const region = screen.getByRole('region', { name: '请求' });
    expect(region).toHaveTextContent('与现在点击“发送”时发出的完全一致');
    expect(screen.getByRole('checkbox', { name: '在 URL 中显示 UserSig' })).toBeInTheDocument();
    expect(screen.getByLabelText('请求包体')).toHaveTextContent('{"GroupId":"now"}');
    expect(region).toHaveTextContent('请求包体 （17 字节）');
    const curl = screen.getByRole('button', { name: '复制为 curl' });
    const last = screen.getByRole('region', { name: /^上次发送/ });
    expect(last).toHaveTextContent('上次发送 （直连，失败（超时），10000 毫秒）');

    await language.choose('en');
    expect(screen.getByRole('region', { name: 'Request' })).toBe(region);
    expect(screen.getByRole('button', { name: 'Copy as curl' })).toBe(curl);
    expect(last).toHaveTextContent('Last sent (Direct, failed (timeout), 10000 ms)');
  });

  it('says what was copied, and the manual copy, in Chinese', async () => {
    const language = await chinese();
    const user = userEvent.setup();
    render(RequestPanel, { props: { request }, context: languageContext(language) });
    await user.click(screen.getByRole('button', { name: '复制为 curl' }));
    expect(screen.getByRole('status')).toHaveTextContent('已复制 curl 代码（已隐去 UserSig）。');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Document is not focused'));
    await user.click(screen.getByRole('button', { name: '复制为 Python' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Python 代码（已隐去 UserSig）已在下方选中：请按 Ctrl\s*\+\s*C 复制。/);
    expect(within(alert).getByRole('textbox', { name: '需手动复制的代码' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: '关闭' })).toBeInTheDocument();
  });

  it('explains in Chinese why no request can be built, with the Send button and keys as markup', async () => {
    const language = await chinese();
    render(RequestPanel, { props: { request: undefined }, context: languageContext(language) });
    const region = screen.getByRole('region', { name: '请求' });
    expect(region).toHaveTextContent(
      /现在无法构建请求：自定义域名无效。.*与发送（或在编辑器中按 Ctrl\s*\+\s*Enter）发送的完全一致。/,
    );
    expect(within(region).getByText('发送').tagName).toBe('STRONG');
    expect(within(region).getByText('Enter').tagName).toBe('KBD');
  });
});
