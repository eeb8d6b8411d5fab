import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { explainCode, type ResponseRow } from '../../../src/lib/api';
import { responseNote } from '../../../src/lib/api/response-notes';
import ResponseMessages from '../../../src/lib/components/ResponseMessages.svelte';
import { orderForReading } from '../../../src/lib/components/response-order';

function row(index: number, Result: number | undefined, problems: ResponseRow['problems'] = []): ResponseRow {
  return {
    index,
    message: { From_Account: `user${index}`, SendTime: 1620808101 + index },
    ...(Result === undefined
      ? {}
      : { Result, MsgSeq: Result === 0 ? index + 1 : 0, MsgTime: 1620808101 + index }),
    explanation: Result === undefined ? undefined : explainCode(Result, 'message'),
    problems,
  };
}

/** The cards' accessible names, in the order shown. */
function shownCards(): string[] {
  const list = screen.getByRole('list', { name: 'Result per message' });
  return within(list)
    .getAllByRole('listitem')
    .map((card) => card.getAttribute('aria-label') ?? '');
}

describe('ResponseMessages', () => {
  const mixed = [row(0, 0), row(1, 10004), row(2, undefined, [responseNote('row.no-result')]), row(3, 80002)];

  it('shows the messages not imported first, then those without a result, then the imported', () => {
    render(ResponseMessages, { rows: mixed });
    expect(shownCards()).toEqual([
      'Message #2: Not imported',
      'Message #4: Not imported',
      'Message #3: No result',
      'Message #1: Imported',
    ]);
    expect(screen.getByText('Messages not imported come first.')).toBeInTheDocument();
  });

  it('puts each Result with its meaning and what to do in its own card', () => {
    render(ResponseMessages, { rows: mixed });
    const card = screen.getByRole('listitem', { name: 'Message #4: Not imported' });
    const tooBig = explainCode(80002, 'message');
    expect(card).toHaveTextContent('user3');
    expect(card).toHaveTextContent('Result 80002');
    expect(card).toHaveTextContent(tooBig.meaning);
    expect(card).toHaveTextContent(`What to do: ${tooBig.action}`);
    expect(card).toHaveTextContent('SendTime 2021-05-12 08:28:24 UTC (1620808104)');
    // An imported message says what its Result means, without a "what to do".
    const imported = screen.getByRole('listitem', { name: 'Message #1: Imported' });
    expect(imported).toHaveTextContent(explainCode(0, 'message').meaning);
    expect(imported).not.toHaveTextContent('What to do');
    expect(screen.getByRole('listitem', { name: 'Message #3: No result' })).toHaveTextContent(
      'No result for this message: it is not confirmed as imported.',
    );
  });

  it('filters to the messages not imported, and back', async () => {
    const user = userEvent.setup();
    render(ResponseMessages, { rows: mixed });
    const only = screen.getByRole('checkbox', { name: 'Only the 3 not imported' });
    await user.click(only);
    expect(shownCards()).toEqual([
      'Message #2: Not imported',
      'Message #4: Not imported',
      'Message #3: No result',
    ]);
    await user.click(only);
    expect(shownCards()).toHaveLength(4);
  });

  it('offers no filter when every message has the same outcome', () => {
    render(ResponseMessages, { rows: [row(0, 10004), row(1, 10004)] });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(shownCards()).toEqual(['Message #1: Not imported', 'Message #2: Not imported']);
  });

  it('shows the first 20 cards of a long list, the rest on request', async () => {
    const user = userEvent.setup();
    const rows = Array.from({ length: 30 }, (_, i) => row(i, i % 10 === 0 ? 10004 : 0));
    render(ResponseMessages, { rows });
    expect(shownCards()).toHaveLength(20);
    // The three failures are among the first shown.
    expect(shownCards().slice(0, 3)).toEqual([
      'Message #1: Not imported',
      'Message #11: Not imported',
      'Message #21: Not imported',
    ]);
    await user.click(screen.getByRole('button', { name: 'Show the other 10 messages' }));
    expect(shownCards()).toHaveLength(30);
    expect(screen.queryByRole('button', { name: /Show the other/ })).not.toBeInTheDocument();
  });

  it('says when the sender is unknown (no request to join)', () => {
    render(ResponseMessages, { rows: [{ index: 0, Result: 0, problems: [] }] });
    const card = screen.getByRole('listitem', { name: 'Message #1: Imported' });
    expect(card).toHaveTextContent('sender unknown');
    expect(card).toHaveTextContent('SendTime —');
  });
});

describe('orderForReading', () => {
  it('keeps request order within each kind and leaves its input alone', () => {
    const rows = [row(0, 0), row(1, 10004), row(2, 0), row(3, 10004)];
    expect(orderForReading(rows).map((r) => r.index)).toEqual([1, 3, 0, 2]);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3]);
  });
});
