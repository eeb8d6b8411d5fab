import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ReferencePanel from '../../../src/lib/components/ReferencePanel.svelte';
import { API_PATH, REGIONS, elementDocs, fieldDocs } from '../../../src/lib/api';
import { MISTAKES } from '../../../src/lib/reference/mistakes';

// The real docs, with a switch to make loading them fail (as a lost lazy chunk would).
const docsFailure = vi.hoisted(() => ({ message: '', calls: 0 }));
vi.mock('../../../src/lib/api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/api')>();
  return {
    ...real,
    fieldDocs: (...args: Parameters<typeof real.fieldDocs>) => {
      docsFailure.calls++;
      if (docsFailure.message) throw new Error(docsFailure.message);
      return real.fieldDocs(...args);
    },
  };
});

afterEach(() => {
  docsFailure.message = '';
  docsFailure.calls = 0;
});

async function openDocs() {
  await fireEvent.click(screen.getByText('Request fields and message elements'));
}

function show() {
  const onloadexample = vi.fn();
  render(ReferencePanel, { onloadexample });
  return { onloadexample };
}

describe('ReferencePanel', () => {
  it('describes the endpoint and its query parameters', () => {
    show();
    expect(screen.getByRole('region', { name: 'Reference' })).toHaveTextContent(
      `POST https://{host}/${API_PATH}?sdkappid={sdkappid}`,
    );
    const params = screen.getByRole('table', { name: 'Query parameters' });
    for (const name of ['sdkappid', 'identifier', 'usersig', 'random', 'contenttype']) {
      expect(within(params).getByRole('rowheader', { name })).toBeInTheDocument();
    }
  });

  it('lists every region with its host and backup host', () => {
    show();
    const table = screen.getByRole('table', { name: 'Hosts per region' });
    for (const region of REGIONS) {
      const row = within(table).getByRole('rowheader', { name: region.name }).closest('tr') as HTMLElement;
      expect(row).toHaveTextContent(region.host);
      if (region.backupHost) expect(row).toHaveTextContent(region.backupHost);
    }
  });

  it('loads the schema docs only when their section is opened', async () => {
    show();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(docsFailure.calls).toBe(0);
    await openDocs();
    expect(await screen.findByRole('table', { name: 'Request fields' })).toBeInTheDocument();
    expect(docsFailure.calls).toBe(1);
  });

  it('generates the field and element reference from the schema', async () => {
    show();
    await openDocs();
    const fields = await screen.findByRole('table', { name: 'Request fields' });
    const expected = fieldDocs();
    // Plain DOM queries: role queries over ~100 rows are slow in jsdom.
    const rows = [...fields.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(expected.length);
    expected.forEach((field, index) => {
      const cells = [...rows[index].querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
      expect(rows[index].querySelector('code')?.getAttribute('title')).toBe(field.pointer);
      expect(cells[0]).toBe(field.name);
      expect(cells[1]).toBe(field.type);
      expect(cells[2]).toBe(field.required ? 'yes' : 'no');
      expect(cells[3]).toContain(field.description);
    });
    for (const element of elementDocs()) {
      const table = screen.getByRole('table', { name: `${element.msgType} fields` });
      expect(table.querySelectorAll('tbody tr')).toHaveLength(element.fields.length);
      const heading = table.closest('.element')?.querySelector('h4');
      expect(heading?.textContent).toContain(element.msgType);
      expect(screen.getByLabelText(`${element.msgType} example`).textContent).toBe(
        JSON.stringify(element.example, null, 2),
      );
      expect(heading?.textContent?.includes('not documented for group import')).toBe(
        !element.documentedForGroupImport,
      );
    }
  });

  it('says when the field reference cannot load, and retries on demand', async () => {
    const user = userEvent.setup();
    docsFailure.message = 'Failed to fetch dynamically imported module';
    show();
    await openDocs();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The field reference could not be loaded');
    expect(alert).toHaveTextContent(docsFailure.message);
    docsFailure.message = '';
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Request fields' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('loads each common mistake into the editor', async () => {
    const { onloadexample } = show();
    // One role query for all buttons: a query per button is slow once the docs have rendered.
    const buttons = screen.getAllByRole('button', { name: /^Load example: / });
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(
      MISTAKES.map((mistake) => `Load example: ${mistake.title}`),
    );
    const status = screen.getByRole('status');
    for (const [index, mistake] of MISTAKES.entries()) {
      await fireEvent.click(buttons[index]);
      expect(onloadexample).toHaveBeenLastCalledWith(mistake.text, mistake.context);
      expect(status).toHaveTextContent(`Loaded “${mistake.title}” into the editor.`);
    }
    expect(onloadexample).toHaveBeenCalledTimes(MISTAKES.length);
  });

  it('shows each mistake’s rule, predicted server code and needed context', () => {
    show();
    const items = new Map(
      [...document.querySelectorAll('li')].map((item) => [item.querySelector('h3')?.textContent, item]),
    );
    for (const mistake of MISTAKES) {
      const item = items.get(mistake.title) as HTMLElement;
      expect(item).toHaveTextContent(mistake.explanation);
      expect(item).toHaveTextContent(`Rule ${mistake.expectRule}`);
      if (mistake.expectServerCode !== undefined) {
        expect(item).toHaveTextContent(`the server answers ${mistake.expectServerCode}`);
      }
      if (mistake.context?.groupType) {
        expect(item).toHaveTextContent(
          `Loading it also sets Group type to ${mistake.context.groupType} in Context settings`,
        );
      }
    }
  });
});
