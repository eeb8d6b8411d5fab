import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ResponsePanel from '../../../src/lib/components/ResponsePanel.svelte';

// The explanation's chunk cannot be fetched (a deploy replaced it, the network went away).
vi.mock('../../../src/lib/components/ResponseResults.svelte', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('ResponsePanel: the explanation is a lazy chunk', () => {
  it('says so when the explanation cannot be loaded, and keeps the raw text', async () => {
    const text = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"ImportMsgResult":[]}';
    render(ResponsePanel, { text, ontextchange: () => {} });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/The response explanation could not be loaded: .*Reload the page/);
    expect(screen.getByLabelText('Raw response').textContent).toBe(text);
  });
});
