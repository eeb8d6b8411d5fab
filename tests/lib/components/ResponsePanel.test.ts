import { render, screen, waitFor, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ResponsePanel from '../../../src/lib/components/ResponsePanel.svelte';
import { MAX_RESPONSE_BYTES } from '../../../src/lib/api/facts';
import { ResponseInspector } from '../../../src/lib/state/response.svelte';
import { explainCode, type ImportRequest } from '../../../src/lib/api';
import { SEED_REQUEST } from '../api/seed-fixture';

/** The seed page's sample request: leckie at 1620808101, peter at 1620892821. */
const REQUEST = SEED_REQUEST as ImportRequest;

function response(results: { MsgSeq: number; MsgTime: number; Result: number }[], code = 0, info = '') {
  const status = code === 0 ? 'OK' : 'FAIL';
  return JSON.stringify({ ActionStatus: status, ErrorInfo: info, ErrorCode: code, ImportMsgResult: results });
}

function show(text: string, { request }: { request?: ImportRequest } = { request: REQUEST }) {
  const inspector = new ResponseInspector();
  inspector.setRequest(request);
  inspector.setText(text);
  const result = render(ResponsePanel, { inspector });
  return { ...result, inspector };
}

interface Card {
  index: string;
  sender: string;
  result: string;
  verdict: string;
  meaning: string;
  action: string;
  sendTime: string;
  msgSeq: string;
  msgTime: string;
  text: string;
}

const clean = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The result per message, one card each in the order shown, as their texts. */
async function messageCards(): Promise<Card[]> {
  const list = await screen.findByRole('list', { name: 'Result per message' });
  return within(list)
    .getAllByRole('listitem')
    .map((card) => {
      const fact = (name: string) =>
        clean([...card.querySelectorAll('dt')].find((dt) => dt.textContent === name)?.nextElementSibling);
      return {
        index: clean(card.querySelector('.card-index')),
        sender: clean(card.querySelector('.card-sender')),
        result: clean(card.querySelector('.card-result code')),
        verdict: clean(card.querySelector('.card-verdict')),
        meaning: clean(card.querySelector('.card-meaning')),
        action: clean(card.querySelector('.card-action')).replace(/^What to do: /, ''),
        sendTime: fact('SendTime'),
        msgSeq: fact('MsgSeq'),
        msgTime: fact('MsgTime'),
        text: clean(card),
      };
    });
}

describe('ResponsePanel', () => {
  it('has a labelled textarea and says what to paste when empty', () => {
    show('');
    expect(screen.getByRole('textbox', { name: 'Response JSON' })).toHaveValue('');
    expect(screen.getByRole('region', { name: 'Response' })).toHaveTextContent(/Paste the JSON/);
    expect(screen.queryByRole('list', { name: 'Result per message' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Raw response')).not.toBeInTheDocument();
  });

  it('reports what the user pastes', async () => {
    const user = userEvent.setup();
    const { inspector } = show('');
    await user.click(screen.getByRole('textbox', { name: 'Response JSON' }));
    await user.paste('{"ActionStatus":"OK"}');
    expect(inspector.text).toBe('{"ActionStatus":"OK"}');
  });

  it('explains a successful import per message, joined with the request', async () => {
    const text = response([
      { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
      { MsgSeq: 2, MsgTime: 1620892821, Result: 0 },
    ]);
    show(text);
    const cards = await messageCards();
    const success = explainCode(0, 'message');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({
      index: '#1',
      sender: 'leckie',
      sendTime: '2021-05-12 08:28:21 UTC (1620808101)',
      msgSeq: '1',
      msgTime: '2021-05-12 08:28:21 UTC (1620808101)',
      result: '0',
      verdict: 'Imported',
      meaning: success.meaning,
      action: '',
    });
    expect(cards[1]).toMatchObject({
      index: '#2',
      sender: 'peter',
      sendTime: '2021-05-13 08:00:21 UTC (1620892821)',
      msgSeq: '2',
    });
    // Nothing failed: no filter to offer.
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByText('Every message was imported.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Raw response').textContent).toBe(text);
  });

  it('explains a failed message with its meaning and what to do', async () => {
    show(
      response([
        { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
        { MsgSeq: 0, MsgTime: 1620892821, Result: 10004 },
      ]),
    );
    const cards = await messageCards();
    const invalidTime = explainCode(10004, 'message');
    // The message not imported comes first.
    expect(cards.map((card) => card.index)).toEqual(['#2', '#1']);
    expect(cards[0]).toMatchObject({ sender: 'peter', result: '10004', verdict: 'Not imported' });
    expect(cards[0].meaning).toContain(invalidTime.meaning);
    expect(cards[0].action).toBe(invalidTime.action);
    expect(
      screen.getByText('1 of 2 messages were not imported: see each message below.'),
    ).toBeInTheDocument();
  });

  it('explains ErrorCode and ErrorInfo of a failed call', async () => {
    show(response([], 10007, 'group type not support import msg').replace(',"ImportMsgResult":[]', ''));
    const noPermission = explainCode(10007);
    const region = screen.getByRole('region', { name: 'Response' });
    expect(await within(region).findByText(noPermission.meaning, { exact: false })).toBeInTheDocument();
    expect(region).toHaveTextContent(noPermission.action);
    expect(region).toHaveTextContent('FAIL');
    expect(region).toHaveTextContent('10007');
    expect(region).toHaveTextContent('group type not support import msg');
    // The request's messages are still listed, each without a result.
    const cards = await messageCards();
    expect(cards.map((card) => [card.sender, card.result, card.verdict])).toEqual([
      ['leckie', '—', 'No result'],
      ['peter', '—', 'No result'],
    ]);
  });

  it('says plainly when the text is not JSON, and keeps the raw text', async () => {
    show('{"ActionStatus": "OK", "ErrorCode": 0,');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This response cannot be explained');
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(screen.queryByRole('list', { name: 'Result per message' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Raw response')).toHaveTextContent('"ActionStatus": "OK"');
  });

  it('recognises an HTML error page', async () => {
    show('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/HTML page/);
    expect(alert).toHaveTextContent('502 Bad Gateway');
  });

  it('flags a response whose result count differs from the request', async () => {
    show(response([{ MsgSeq: 1, MsgTime: 1620808101, Result: 0 }]));
    const cards = await messageCards();
    expect(cards).toHaveLength(2);
    const region = screen.getByRole('region', { name: 'Response' });
    expect(region).toHaveTextContent('The response has 1 result(s) for 2 message(s) in the request');
    // The message without a result comes before the imported one.
    expect(cards[0].index).toBe('#2');
    expect(cards[0].text).toContain('No result for this message');
  });

  it('shows a response over the size limit raw, with a notice, without parsing it', async () => {
    const huge = `{"ActionStatus":"OK","ErrorInfo":"${'x'.repeat(MAX_RESPONSE_BYTES)}"}`;
    show(huge);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(/over the 1\.0 MB limit/);
    expect(notice).toHaveTextContent(/shown raw below, not explained/);
    expect(screen.getByLabelText('Raw response').textContent).toBe(huge);
    expect(screen.queryByRole('list', { name: 'Result per message' })).not.toBeInTheDocument();
  });

  it('follows a new text and a new request', async () => {
    const { inspector } = show(response([{ MsgSeq: 7, MsgTime: 1620808101, Result: 0 }]), {});
    const cards = await messageCards();
    expect(cards).toHaveLength(1);
    expect(cards[0].sender).toBe('sender unknown');
    inspector.setRequest({ ...REQUEST, MsgList: REQUEST.MsgList.slice(0, 1) });
    await waitFor(async () => expect((await messageCards())[0].sender).toBe('leckie'));
    inspector.setText('');
    await tick();
    expect(screen.queryByRole('list', { name: 'Result per message' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Response' })).toHaveTextContent(/Paste the JSON/);
  });
});
