import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/lib/clipboard/clipboard';

describe('copyText', () => {
  it('writes the text', async () => {
    const writeText = vi.fn(async () => {});
    expect(await copyText('abc', { writeText })).toEqual({ ok: true });
    expect(writeText).toHaveBeenCalledWith('abc');
  });
  it('reports a refusal instead of throwing', async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    expect(await copyText('abc', { writeText })).toEqual({
      ok: false,
      kind: 'refused',
      detail: 'Write permission denied.',
      reason: 'The browser refused to write to the clipboard (Write permission denied.).',
    });
  });
  it('reports a missing clipboard', async () => {
    expect(await copyText('abc', undefined)).toEqual({
      ok: false,
      kind: 'unavailable',
      reason: 'This browser gives the page no clipboard access.',
    });
  });
});
