// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { diagnosticText, loadCoreLocale } from '../../../src/lib/api/i18n/registry';
import { loadBatchText } from '../../../src/lib/batch/load';
import { planBatch } from '../../../src/lib/batch/plan';
import { BATCH_EN } from '../../../src/lib/i18n/ui/batch.en';
import { translator } from '../../../src/lib/i18n/catalog';
import { problemText } from '../../../src/lib/components/batch/words';
import { NOW, text } from './helpers';

describe("the planner keeps the engine's words sayable in another language", () => {
  it('carries the message id and parameters of an engine problem, said in Chinese and English', async () => {
    const records = [
      { GroupId: 'g', From_Account: 'a', SendTime: NOW + 3600, MsgBody: text('from the future') },
      { GroupId: 'g', From_Account: 'a', SendTime: NOW - 10, MsgBody: text('fine') },
    ];
    const plan = planBatch(loadBatchText(JSON.stringify(records)), { now: NOW });
    const problem = plan.problems.find((p) => p.index === 0);
    expect(problem?.said?.messageId).toBeTypeOf('string');
    expect(problem?.detail).toBeTypeOf('string');
    await loadCoreLocale('zh-CN');
    const t = translator(BATCH_EN, 'en');
    const zh = problemText(t, problem!, 'zh-CN');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toBe(diagnosticText({ message: problem!.detail!, ...problem!.said! }, 'zh-CN'));
    expect(problemText(t, problem!, 'en')).toBe(problem!.detail);
  });
});
