// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GROUP_TYPES } from '../../../../src/lib/api/types';
import { errors, expectDiagnostic, message, requestText, validate, withRule } from './helpers';

const withGroup = (GroupId: unknown, extra: Record<string, unknown> = {}) =>
  requestText([message()], { GroupId, ...extra });

describe('GroupId', () => {
  it('a printable ASCII ID of 48 bytes passes', () => {
    const id = 'g'.repeat(40) + ' ~!"\\/{}'; // space to ~, escapes included
    const text = withGroup(id.slice(0, 48));
    expect(validate(text).ok).toBe(true);
  });

  it('49 bytes: group-id-length, 10015', () => {
    const id = 'G'.repeat(49);
    const text = withGroup(id);
    expectDiagnostic(text, validate(text), {
      rule: 'group-id-length',
      severity: 'error',
      pointer: '/GroupId',
      token: `"${id}"`,
      serverCode: 10015,
      says: [/49 bytes/, /at most 48/],
    });
  });

  it('non-printable or non-ASCII characters: group-id-charset naming the character and position', () => {
    for (const [id, code, position] of [
      ['ab\u00e9', 'U\\+00E9', 3],
      ['a\u0001', 'U\\+0001', 2],
      ['tab\there', 'U\\+0009', 4],
      ['\u007f', 'U\\+007F', 1],
      ['x\u{1f600}', 'U\\+1F600', 2],
    ] as const) {
      const text = withGroup(id);
      const d = expectDiagnostic(text, validate(text), {
        rule: 'group-id-charset',
        severity: 'error',
        pointer: '/GroupId',
        token: JSON.stringify(id),
        serverCode: 10015,
        says: [new RegExp(`${code} at position ${position}`), /printable ASCII only/],
      });
      expect(d).toBeDefined();
    }
  });

  it('empty: group-id-empty', () => {
    const text = withGroup('');
    expectDiagnostic(text, validate(text), {
      rule: 'group-id-empty',
      severity: 'error',
      pointer: '/GroupId',
      token: '""',
      serverCode: 10015,
      says: [/give the ID/],
    });
  });

  it('Community IDs must start with @TGS#_', () => {
    const bad = withGroup('@TGS#2abc');
    expectDiagnostic(bad, validate(bad, { groupType: 'Community' }), {
      rule: 'group-id-community-prefix',
      severity: 'error',
      pointer: '/GroupId',
      token: '"@TGS#2abc"',
      serverCode: 10015,
      says: [/start with @TGS#_/, /group type/],
    });
    expect(errors(validate(withGroup('@TGS#_abc'), { groupType: 'Community' }))).toEqual([]);
    expect(withRule(validate(bad, { groupType: 'Public' }), 'group-id-community-prefix')).toEqual([]);
  });

  it('the @TGS# prefix gives a type hint, information only', () => {
    const text = withGroup('@TGS#2C5SZEAEF');
    const report = validate(text);
    expect(report.ok).toBe(true);
    expectDiagnostic(text, report, {
      rule: 'group-id-type-hint',
      severity: 'info',
      pointer: '/GroupId',
      token: '"@TGS#2C5SZEAEF"',
      says: [/usually marks a Public group/, /not a rule/],
    });
    const clash = validate(text, { groupType: 'Work' });
    expect(clash.ok).toBe(true);
    expect(withRule(clash, 'group-id-type-hint')[0]).toMatchObject({ severity: 'info' });
    expect(withRule(clash, 'group-id-type-hint')[0].message).toMatch(/group type is set to Work/);
    // Matching type: no clash wording. Work = Private, Meeting = ChatRoom.
    expect(
      withRule(validate(withGroup('@TGS#1x'), { groupType: 'Work' }), 'group-id-type-hint')[0].message,
    ).not.toMatch(/set to/);
    expect(
      withRule(validate(withGroup('@TGS#3x'), { groupType: 'Meeting' }), 'group-id-type-hint')[0].message,
    ).toMatch(/ChatRoom \(Meeting\)/);
  });

  it('no hint for custom IDs, a bare @TGS# or an unknown type character', () => {
    for (const id of ['my-group', '@TGS#', '@TGS#zzz'])
      expect(withRule(validate(withGroup(id)), 'group-id-type-hint')).toEqual([]);
  });
});

describe('group type', () => {
  it('AVChatRoom: error 10007 at GroupId', () => {
    const text = withGroup('@TGS#aABC');
    const report = validate(text, { groupType: 'AVChatRoom' });
    expect(report.ok).toBe(false);
    expectDiagnostic(text, report, {
      rule: 'group-type-avchatroom',
      severity: 'error',
      pointer: '/GroupId',
      token: '"@TGS#aABC"',
      serverCode: 10007,
      says: [/cannot import messages/, /another group type/],
    });
  });

  it('every other group type imports', () => {
    for (const groupType of GROUP_TYPES.filter((t) => t !== 'AVChatRoom' && t !== 'Community')) {
      expect(validate(withGroup('my-group'), { groupType }).ok, groupType).toBe(true);
    }
  });

  it('Community: information that the feature must be enabled (11000)', () => {
    const text = withGroup('@TGS#_abc');
    expectDiagnostic(text, validate(text, { groupType: 'Community' }), {
      rule: 'community-feature',
      severity: 'info',
      pointer: '/GroupId',
      token: '"@TGS#_abc"',
      says: [/11000/],
    });
  });
});

describe('RecentContactFlag', () => {
  it('0 and 1 pass, 2 and "1" fail at the value', () => {
    for (const flag of [0, 1]) expect(validate(withGroup('g', { RecentContactFlag: flag })).ok).toBe(true);
    for (const [flag, token] of [
      [2, '2'],
      ['1', '"1"'],
    ] as const) {
      const text = withGroup('g', { RecentContactFlag: flag });
      expectDiagnostic(text, validate(text), {
        rule: 'field-value',
        severity: 'error',
        pointer: '/RecentContactFlag',
        token,
        after: '"RecentContactFlag"',
        says: [/must be 0 or 1/],
      });
    }
  });

  it('not for AVChatRoom or Community: an error at the key', () => {
    for (const groupType of ['AVChatRoom', 'Community'] as const) {
      const text = withGroup(groupType === 'Community' ? '@TGS#_c' : 'g', { RecentContactFlag: 1 });
      const d = expectDiagnostic(text, validate(text, { groupType }), {
        rule: 'recent-contact-flag-group-type',
        severity: 'error',
        pointer: '/RecentContactFlag',
        token: '"RecentContactFlag"',
        says: [new RegExp(`not supported for ${groupType}`), /remove it/],
      });
      expect(d).toBeDefined();
    }
    const without = withGroup('@TGS#_c');
    expect(withRule(validate(without, { groupType: 'Community' }), 'recent-contact-flag-group-type')).toEqual(
      [],
    );
    expect(validate(withGroup('g', { RecentContactFlag: 1 }), { groupType: 'Public' }).ok).toBe(true);
  });
});

describe('TopicId', () => {
  const community = '@TGS#_@TGS#cQVLVHIM62CJ';
  const topic = (rest: string) => `${community}@TOPIC#_${rest}`;
  const prefixBytes = topic('').length;

  it('a well-formed topic of 96 bytes in a Community group passes', () => {
    const text = withGroup(community, { TopicId: topic('t'.repeat(96 - prefixBytes)) });
    expect(errors(validate(text, { groupType: 'Community' }))).toEqual([]);
    expect(errors(validate(text))).toEqual([]); // unknown group type: no type complaint
  });

  it('97 bytes: topic-id-length', () => {
    const id = topic('t'.repeat(97 - prefixBytes));
    const text = withGroup(community, { TopicId: id });
    expectDiagnostic(text, validate(text, { groupType: 'Community' }), {
      rule: 'topic-id-length',
      severity: 'error',
      pointer: '/TopicId',
      token: `"${id}"`,
      says: [/97 bytes/, /at most 96/],
    });
  });

  it('a topic of another group, or no @TOPIC#_: topic-id-format saying the expected start', () => {
    const text = withGroup(community, { TopicId: '@TGS#_other@TOPIC#_x' });
    expectDiagnostic(text, validate(text, { groupType: 'Community' }), {
      rule: 'topic-id-format',
      severity: 'error',
      pointer: '/TopicId',
      token: '"@TGS#_other@TOPIC#_x"',
      says: [`should start with "${community}@TOPIC#_"`],
    });
  });

  it('only for Community groups', () => {
    const text = withGroup('@TGS#2abc', { TopicId: '@TGS#2abc@TOPIC#_x' });
    expectDiagnostic(text, validate(text, { groupType: 'Public' }), {
      rule: 'topic-id-group-type',
      severity: 'error',
      pointer: '/TopicId',
      token: '"@TGS#2abc@TOPIC#_x"',
      says: [/only for Community groups/, /this group is Public/, /Remove TopicId/],
    });
  });

  it('not a string: a type error, no ID rules', () => {
    const text = withGroup(community, { TopicId: 5 });
    const report = validate(text, { groupType: 'Community' });
    expect(withRule(report, 'field-type').map((d) => d.pointer)).toEqual(['/TopicId']);
    expect(report.diagnostics.filter((d) => d.rule.startsWith('topic-id'))).toEqual([]);
  });
});

describe('a Community group inferred from the body (group type not set)', () => {
  const community = '@TGS#_@TGS#cQVLVHIM62CJ';

  it.each([
    [
      'a GroupId starting @TGS#_',
      withGroup(community, { RecentContactFlag: 1 }),
      /GroupId starts with @TGS#_/,
    ],
    [
      'a TopicId',
      withGroup('custom-group', { TopicId: 'custom-group@TOPIC#_t', RecentContactFlag: 0 }),
      /has a TopicId/,
    ],
  ])('%s: RecentContactFlag gets a warning saying why', (_name, text, why) => {
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'recent-contact-flag-group-type',
      severity: 'warning',
      pointer: '/RecentContactFlag',
      token: '"RecentContactFlag"',
      says: [/not supported for Community groups/, why, /remove it/, /set the group type/],
    });
    expect(report.ok).toBe(true); // a warning: the type is only inferred
  });

  it('an error where the user set Community, nothing where the user set another type', () => {
    const text = withGroup(community, { RecentContactFlag: 1 });
    expect(withRule(validate(text, { groupType: 'Community' }), 'recent-contact-flag-group-type')).toEqual([
      expect.objectContaining({ severity: 'error' }),
    ]);
    expect(withRule(validate(text, { groupType: 'Public' }), 'recent-contact-flag-group-type')).toEqual([]);
  });

  it('the other prefixes stay hints: @TGS#a does not make RecentContactFlag a problem', () => {
    for (const id of ['@TGS#aAVROOM', '@TGS#2PUBLIC', '@TGS#1WORK', 'custom']) {
      const report = validate(withGroup(id, { RecentContactFlag: 1 }));
      expect(withRule(report, 'recent-contact-flag-group-type')).toEqual([]);
      expect(report.ok).toBe(true);
    }
    expect(withRule(validate(withGroup('@TGS#aAVROOM')), 'group-id-type-hint')[0].severity).toBe('info');
  });

  it('without RecentContactFlag, an inferred Community group gets no warning', () => {
    const report = validate(withGroup(community, { TopicId: `${community}@TOPIC#_t` }));
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

// Every length rule counts UTF-8 bytes, not UTF-16 units: multi-byte text tells them apart (a count in units
// would pass all of these, since each text is far shorter in units than its limit).
describe('length rules count UTF-8 bytes', () => {
  it('GroupId: 17 three-byte characters are 51 bytes (17 units), 12 four-byte emoji 48 bytes (24 units)', () => {
    const text = withGroup('红'.repeat(17));
    expect(withRule(validate(text), 'group-id-length')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/GroupId is 51 bytes/) }),
    ]);
    expect(withRule(validate(withGroup('🧧'.repeat(12))), 'group-id-length')).toEqual([]);
    expect(withRule(validate(withGroup('🧧'.repeat(12) + 'x')), 'group-id-length')[0].message).toMatch(
      /49 bytes/,
    );
  });

  it('TopicId: 96 bytes pass, 97 fail, with 3-byte characters in the name', () => {
    const community = '@TGS#_g';
    const prefix = `${community}@TOPIC#_`; // 15 bytes
    const fits = prefix + '话'.repeat(27); // 15 + 81 = 96 bytes, 42 units
    expect(withRule(validate(withGroup(community, { TopicId: fits })), 'topic-id-length')).toEqual([]);
    const over = fits + 'x';
    expect(withRule(validate(withGroup(community, { TopicId: over })), 'topic-id-length')[0].message).toMatch(
      /TopicId is 97 bytes/,
    );
  });
});
