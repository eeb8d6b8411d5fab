import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HistoryList from '../../../src/lib/components/HistoryList.svelte';
import { withEntry } from '../../../src/lib/history/history';

afterEach(cleanup);

const entries = withEntry(
  withEntry([], {
    time: 1_700_000_000_000,
    regionId: 'sgp',
    host: 'adminapisgp.im.qcloud.com',
    redactedUrl: 'https://adminapisgp.im.qcloud.com/v4/x?usersig=***',
    body: '{"GroupId":"@TGS#first"}',
  }),
  {
    time: 1_700_000_100_000,
    regionId: 'ger',
    host: 'adminapiger.im.qcloud.com',
    redactedUrl: 'https://adminapiger.im.qcloud.com/v4/x?usersig=***',
    body: '{"GroupId":"second"}',
  },
);

describe('HistoryList', () => {
  it('says when there is nothing yet', () => {
    render(HistoryList, { entries: [], onreopen: vi.fn(), onclear: vi.fn() });
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('No request built yet.');
    expect(screen.queryByRole('button', { name: 'Clear history' })).toBeNull();
  });

  it('lists entries newest first with host and GroupId, and reopens one', async () => {
    const onreopen = vi.fn();
    render(HistoryList, { entries, onreopen, onclear: vi.fn() });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('adminapiger.im.qcloud.com');
    expect(items[0]).toHaveTextContent('GroupId second');
    expect(items[1]).toHaveTextContent('GroupId @TGS#first');
    const open = screen.getAllByRole('button', { name: /^Open the request of / });
    await userEvent.click(open[1]);
    expect(onreopen).toHaveBeenCalledWith(entries[1]);
  });

  it('clears', async () => {
    const onclear = vi.fn();
    render(HistoryList, { entries, onreopen: vi.fn(), onclear });
    await userEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(onclear).toHaveBeenCalledOnce();
  });

  it('shows how each entry was sent: target, status or failure, duration; "built only" when nothing was', () => {
    const sent = [
      { ...entries[0], outcome: { target: 'sandbox' as const, status: 200, durationMs: 12 } },
      {
        ...entries[1],
        outcome: { target: 'direct' as const, status: 0, durationMs: 10000, failure: 'timeout' },
      },
      { ...entries[1], id: 'x', outcome: undefined },
    ];
    render(HistoryList, { entries: sent, onreopen: vi.fn(), onclear: vi.fn() });
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Sandbox: HTTP 200, 12 ms');
    expect(items[1]).toHaveTextContent('Direct: failed (timeout), 10000 ms');
    expect(items[2]).toHaveTextContent('built only');
  });
});
