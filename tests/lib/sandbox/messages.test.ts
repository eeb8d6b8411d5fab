// @vitest-environment node
/** The sandbox's explanations in both languages: every message id says a whole sentence, parameters filled. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/i18n/catalog';
import { SANDBOX_EN } from '../../../src/lib/i18n/ui/sandbox.en';
import { SANDBOX_ZH_CN } from '../../../src/lib/i18n/ui/sandbox.zh-CN';
import {
  createSandbox,
  renderSandboxMessage,
  SANDBOX_MESSAGE_IDS,
  sandboxMessageText,
  type SandboxMessage,
} from '../../../src/lib/sandbox';

const chinese = translator<typeof SANDBOX_EN>(SANDBOX_ZH_CN, 'zh-CN');
const zh = (message: SandboxMessage) => sandboxMessageText(message, 'zh-CN', chinese);

/** One message of each id, with parameters where the sentence has placeholders. */
const SAMPLES: SandboxMessage[] = [
  ...createSandbox({ now: () => 1704067200 }).readings(),
  { id: 'sandbox.group.id-empty' },
  { id: 'sandbox.group.id-charset', params: { position: 3, codePoint: 'U+00E9' } },
  { id: 'sandbox.group.id-length', params: { bytes: 49, max: 48 } },
  { id: 'sandbox.group.id-community-prefix' },
  { id: 'sandbox.group.id-community-only' },
  { id: 'sandbox.group.exists', params: { groupId: 'g1' } },
  { id: 'sandbox.group.unknown', params: { groupId: 'g1' } },
  { id: 'sandbox.group.type', params: { type: 'Club' } },
  { id: 'sandbox.group.create-time' },
  {
    id: 'sandbox.note.duplicate',
    params: { index: 2, from: 'leckie', random: 8912345, msgSeq: 1, seconds: 60 },
  },
  { id: 'sandbox.note.unknown-group', params: { groupId: 'g1' } },
  { id: 'sandbox.note.legacy-usersig' },
  { id: 'sandbox.note.topic-created', params: { topicId: '@TGS#_c@TOPIC#_t' } },
  { id: 'sandbox.load.failed', params: { reason: 'offline' } },
];

describe('the sandbox’s explanations', () => {
  it('cover every message id', () => {
    expect(new Set(SAMPLES.map((m) => m.id))).toEqual(new Set(SANDBOX_MESSAGE_IDS));
  });

  it.each(SAMPLES.map((m) => [m.id, m] as const))('%s reads whole in English and Chinese', (_, message) => {
    const english = renderSandboxMessage(message);
    const chineseText = zh(message);
    for (const text of [english, chineseText]) {
      expect(text).not.toMatch(/\{[A-Za-z]+\}/); // every placeholder filled
      expect(text).not.toBe(message.id.slice('sandbox.'.length)); // an id missing from the catalog renders as itself
      for (const value of Object.values(message.params ?? {})) {
        if (typeof value === 'string') expect(text).toContain(value);
      }
    }
    expect(chineseText).toMatch(/[\u4e00-\u9fff]/);
    expect(chineseText).not.toBe(english);
  });

  it('says the refusals, notes and readings in Tencent’s Chinese terms', () => {
    expect(zh({ id: 'sandbox.group.exists', params: { groupId: 'my-group' } })).toBe(
      '沙箱中已有群 my-group。',
    );
    expect(
      zh({
        id: 'sandbox.note.duplicate',
        params: { index: 2, from: 'leckie', random: 7, msgSeq: 1, seconds: 60 },
      }),
    ).toMatch(/^第 2 条消息作为重复消息被丢弃：leckie 在 60 秒前已用 Random 7 发送过消息（MsgSeq 1）。/);
    expect(zh({ id: 'sandbox.group.id-community-prefix' })).toContain(
      '社群（Community）的群 ID 以 @TGS#_ 开头',
    );
    expect(zh({ id: 'sandbox.load.failed', params: { reason: 'offline' } })).toBe('无法加载沙箱：offline');
  });

  it('writes byte figures the language’s way and names the depth the sandbox checks', () => {
    const size = { id: 'sandbox.reading.size', params: { bytes: 8000, defaultBytes: 12000 } } as const;
    expect(renderSandboxMessage(size)).toMatch(/^Messages over 8,000 bytes .* takes 12,000 /);
    expect(zh(size)).toMatch(/^超过 8,000 字节的消息返回 80002.*沙箱取 12,000（/);
    expect(sandboxMessageText(size, 'de')).toContain('8.000 bytes');
    const order = createSandbox()
      .readings()
      .find((m) => m.id === 'sandbox.reading.order');
    expect(order && renderSandboxMessage(order)).toContain('nesting over 32 levels');
    expect(order && zh(order)).toContain('嵌套超过 32 层');
  });

  it('leaves group IDs, field names and codes as written', () => {
    const text = zh({ id: 'sandbox.group.type', params: { type: 'Club' } });
    expect(text).toBe(
      '“Club”不是群组类型：请使用 Private、Work、Public、ChatRoom、Meeting、AVChatRoom 或 Community。',
    );
  });
});
