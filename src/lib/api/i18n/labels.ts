/**
 * The core's short texts that are data rather than findings, in the page's language: group-type notes and byte
 * budgets (`facts.ts`), the endpoint's query parameters, regions, and the templates' names and notes. English
 * stays where the data is; another language's words come from its `labels` catalog (`labels-zh-CN.ts`, in the
 * chunk `loadCoreLocale` loads), keyed as the `*Key` functions below say. Zod-free and small: the page imports it by path.
 */
import { BYTE_BUDGET_NOTE, GROUP_TYPE_NOTES, type ByteBudget } from '../facts';
import type { QueryParameterDoc } from '../query-parameters';
import type { Region } from '../regions';
import type { Template } from '../templates';
import type { GroupType } from '../types';
import { coreCatalogs, type Locale } from './registry';

/**
 * The catalog keys of the labels (the parity test builds the English catalog from the data with them). One
 * function each, so that the page's start-up code keeps only those it uses.
 */
export const groupTypeKey = (type: GroupType) => `groupType.${type}`;
export const budgetLabelKey = (budget: Pick<ByteBudget, 'bytes'>) => `budget.${budget.bytes}.label`;
export const budgetNoteKey = (budget: Pick<ByteBudget, 'bytes'>) => `budget.${budget.bytes}.note`;
export const BUDGETS_NOTE_KEY = 'budget.note';
export const queryParameterKey = (parameter: Pick<QueryParameterDoc, 'name'>) => `query.${parameter.name}`;
export const regionNameKey = (region: Pick<Region, 'id'>) => `region.${region.id}.name`;
export const regionNoteKey = (region: Pick<Region, 'id'>) => `region.${region.id}.note`;
export const templateLabelKey = (template: Pick<Template, 'id'>) => `template.${template.id}.label`;
export const templateDescriptionKey = (template: Pick<Template, 'id'>) =>
  `template.${template.id}.description`;

function label(locale: Locale | undefined, key: string, english: string): string {
  const catalog = coreCatalogs(locale)?.labels;
  return catalog && Object.hasOwn(catalog, key) ? catalog[key] : english;
}

/** What to know of a group type before importing into it, in `locale` (undefined: nothing to know). */
export function groupTypeNote(type: GroupType, locale?: Locale): string | undefined {
  const english = GROUP_TYPE_NOTES[type];
  return english === undefined ? undefined : label(locale, groupTypeKey(type), english);
}

/** A byte budget's label ("8,000 bytes") and where the figure comes from, in `locale`. */
export function byteBudgetText(budget: ByteBudget, locale?: Locale): { label: string; note: string } {
  return {
    label: label(locale, budgetLabelKey(budget), budget.label),
    note: label(locale, budgetNoteKey(budget), budget.note),
  };
}

/** Why the byte budget is a choice, in `locale`. */
export function byteBudgetNote(locale?: Locale): string {
  return label(locale, BUDGETS_NOTE_KEY, BYTE_BUDGET_NOTE);
}

/** What a query parameter of the endpoint means, in `locale`. */
export function queryParameterMeaning(parameter: QueryParameterDoc, locale?: Locale): string {
  return label(locale, queryParameterKey(parameter), parameter.meaning);
}

/** A region's name and note, in `locale`. */
export function regionText(region: Region, locale?: Locale): { name: string; note?: string } {
  const name = label(locale, regionNameKey(region), region.name);
  return region.note === undefined
    ? { name }
    : { name, note: label(locale, regionNoteKey(region), region.note) };
}

/** A template's name and note (the palette's button and tooltip, the editor's completion), in `locale`. */
export function templateText(template: Template, locale?: Locale): { label: string; description: string } {
  return {
    label: label(locale, templateLabelKey(template), template.label),
    description: label(locale, templateDescriptionKey(template), template.description),
  };
}
