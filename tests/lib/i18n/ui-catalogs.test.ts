import { describe, expect, it } from 'vitest';
import { placeholdersOf, type Catalog } from '../../../src/lib/i18n/catalog';
import type { UiArea } from '../../../src/lib/i18n/ui/areas';
import { UI_EN } from '../../../src/lib/i18n/ui/en';
import { UI_ZH_CN } from '../../../src/lib/i18n/ui/zh-CN';

const areas = Object.keys(UI_EN) as UiArea[];

describe('the page catalogs', () => {
  it('have the same areas in both languages', () => {
    expect(Object.keys(UI_ZH_CN).sort()).toEqual([...areas].sort());
  });

  describe.each(areas)('area %s', (area) => {
    const en = UI_EN[area] as Catalog;
    const zh = UI_ZH_CN[area] as Catalog;

    it('has every English id in Chinese and no other', () => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    });

    it('uses the same placeholders and plural forms in both languages', () => {
      for (const id of Object.keys(en)) {
        expect({ id, names: placeholdersOf(zh[id]).sort() }).toEqual({
          id,
          names: placeholdersOf(en[id]).sort(),
        });
        expect({ id, plural: typeof zh[id] }).toEqual({ id, plural: typeof en[id] });
      }
    });

    it('has Chinese text that is not the English one left in place', () => {
      for (const id of Object.keys(en)) {
        const english = JSON.stringify(en[id]);
        // A template that is only placeholders, a code or a product name may read the same in both.
        if (!/[a-z]{3}/i.test(english.replace(/\{[^}]*\}/g, ''))) continue;
        expect({ id, text: zh[id] }).not.toEqual({ id, text: en[id] });
      }
    });
  });
});
