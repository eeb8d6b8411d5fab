import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RequestPanel from '../../../src/lib/components/RequestPanel.svelte';
import { buildImportRequest, toCurl, toFetchCode, toPythonCode } from '../../../src/lib/api';

const USER_SIG = 'eJwtzEELgjAYxvGvIu85YnO6pscLRAm6C6sGrVY1m9taM6hk3z0FTe-SECRET';
const BODY = '{\n  "GroupId": "@TGS#2C5SZEAEF",\n  "MsgList": [{ "From_Account": "leckie" }]\n}';

function built() {
  return buildImportRequest({
    host: 'adminapisgp.im.qcloud.com',
    sdkAppId: '1400000000',
    identifier: 'administrator',
    userSig: USER_SIG,
    body: BODY,
    random: 99999999,
  });
}

const SECRET_PART = 'SECRET';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RequestPanel', () => {
  it('explains why there is no request (an invalid custom host) and how Send builds one', () => {
    render(RequestPanel, { request: undefined });
    const region = screen.getByRole('region', { name: 'Request' });
    expect(region).toHaveTextContent(/No request can be built now: the custom host is not valid/);
    expect(region).toHaveTextContent(/Send/);
    expect(region).toHaveTextContent(/Ctrl\s*\+\s*Enter/);
    expect(screen.queryByRole('button', { name: 'Copy as curl' })).not.toBeInTheDocument();
  });

  it('shows method, redacted URL, headers and the exact body, never the UserSig', () => {
    const request = built();
    const { container } = render(RequestPanel, { request });
    expect(screen.getByText('POST')).toBeInTheDocument();
    expect(screen.getByTestId('request-url')).toHaveTextContent(request.redactedUrl);
    for (const [name, value] of Object.entries(request.headers)) {
      expect(screen.getByText(name)).toBeInTheDocument();
      expect(screen.getByText(value)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Request body').textContent).toBe(BODY);
    expect(container.innerHTML).not.toContain(SECRET_PART);
  });

  it('reveals the UserSig in the URL only while the toggle is on', async () => {
    const user = userEvent.setup();
    const request = built();
    const { container } = render(RequestPanel, { request });
    const toggle = screen.getByRole('checkbox', { name: 'Show UserSig in the URL' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(screen.getByTestId('request-url').textContent).toBe(request.url);
    expect(container.innerHTML).toContain(SECRET_PART);
    await user.click(toggle);
    expect(screen.getByTestId('request-url').textContent).toBe(request.redactedUrl);
    expect(container.innerHTML).not.toContain(SECRET_PART);
  });

  it.each([
    ['Copy as curl', toCurl, 'curl'],
    ['Copy as fetch', toFetchCode, 'fetch'],
    ['Copy as Python', toPythonCode, 'Python'],
  ] as const)('%s copies the core’s redacted code by default', async (button, generate, label) => {
    const user = userEvent.setup();
    const request = built();
    const { container } = render(RequestPanel, { request });
    await user.click(screen.getByRole('button', { name: button }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(generate(request, { redact: true }));
    expect(copied).not.toContain(SECRET_PART);
    expect(screen.getByRole('status')).toHaveTextContent(`Copied ${label} code (UserSig redacted).`);
    expect(container.innerHTML).not.toContain(SECRET_PART);
  });

  it.each([
    ['Copy as curl', toCurl],
    ['Copy as fetch', toFetchCode],
    ['Copy as Python', toPythonCode],
  ] as const)('%s includes the UserSig only after the explicit choice', async (button, generate) => {
    const user = userEvent.setup();
    const request = built();
    const { container } = render(RequestPanel, { request });
    const include = screen.getByRole('checkbox', { name: /Include UserSig in copied code/ });
    expect(include).not.toBeChecked();
    await user.click(include);
    await user.click(screen.getByRole('button', { name: button }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(generate(request, { redact: false }));
    expect(copied).toContain(USER_SIG);
    expect(screen.getByRole('status')).toHaveTextContent('includes the UserSig');
    // Copying a runnable command does not put the secret on the page.
    expect(container.innerHTML).not.toContain(SECRET_PART);
  });

  it('offers the redacted code selected for manual copy when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Document is not focused'));
    const request = built();
    const { container } = render(RequestPanel, { request });
    await user.click(screen.getByRole('button', { name: 'Copy as curl' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The browser refused to write to the clipboard (Document is not focused).',
    );
    expect(alert).toHaveTextContent(/Ctrl\s*\+\s*C/);
    const manual = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code to copy manually' });
    expect(manual.value).toBe(toCurl(request, { redact: true }));
    expect(manual.selectionStart).toBe(0);
    expect(manual.selectionEnd).toBe(manual.value.length);
    expect(document.activeElement).toBe(manual);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(container.innerHTML).not.toContain(SECRET_PART);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox', { name: 'Code to copy manually' })).not.toBeInTheDocument();
  });

  it('falls back to manual copy when the page has no clipboard at all', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    const request = built();
    render(RequestPanel, { request });
    await user.click(screen.getByRole('button', { name: 'Copy as Python' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This browser gives the page no clipboard access.');
    const manual = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code to copy manually' });
    expect(manual.value).toBe(toPythonCode(request, { redact: true }));
  });

  it('forgets the last confirmation when a new request arrives', async () => {
    const user = userEvent.setup();
    const { rerender } = render(RequestPanel, { request: built() });
    await user.click(screen.getByRole('button', { name: 'Copy as fetch' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    const next = buildImportRequest({
      host: 'console.tim.qq.com',
      sdkAppId: '1400000001',
      identifier: 'admin',
      userSig: USER_SIG,
      body: '{}',
    });
    await rerender({ request: next });
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByTestId('request-url')).toHaveTextContent(next.redactedUrl);
  });

  it('shows the request as it would go now, and after a send what was sent and how it went', () => {
    const now = buildImportRequest({
      host: 'console.tim.qq.com',
      sdkAppId: '1400000000',
      identifier: 'administrator',
      userSig: 'SECRET-SIG',
      body: '{"GroupId":"now"}',
      random: 7,
    });
    const sent = { ...now, body: '{"GroupId":"then"}' };
    const result = { target: 'sandbox' as const, status: 200, bodyText: '{}', durationMs: 12.4 };
    render(RequestPanel, { request: now, sent, result });
    const region = screen.getByRole('region', { name: 'Request' });
    expect(region).toHaveTextContent(/As Send would send it now/);
    expect(screen.getByLabelText('Request body')).toHaveTextContent('{"GroupId":"now"}');
    const last = screen.getByRole('region', { name: /Last sent/ });
    expect(last).toHaveTextContent('Last sent (Sandbox, HTTP 200, 12 ms)');
    expect(within(last).getByLabelText('Body sent')).toHaveTextContent('{"GroupId":"then"}');
    expect(last).not.toHaveTextContent('SECRET-SIG');
  });

  it('names a failed send by its kind', () => {
    const req = buildImportRequest({
      host: 'h.example',
      sdkAppId: '1',
      identifier: 'a',
      userSig: 's',
      body: '{}',
    });
    const result = {
      target: 'direct' as const,
      status: 0,
      bodyText: '',
      durationMs: 10_000,
      failure: { kind: 'timeout' as const },
    };
    render(RequestPanel, { request: req, sent: req, result });
    expect(screen.getByRole('region', { name: /Last sent/ })).toHaveTextContent(
      'Direct, failed (timeout), 10000 ms',
    );
  });
});
