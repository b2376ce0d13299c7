import { describe, expect, it } from 'vitest';
import { AGENDA_TEMPLATES, DEFAULT_TITLES } from '../../shared/domain/meetingTemplates';
import { DEFAULT_RULES, DEFAULT_THEMES, DIAMOND_GROUPS, SWOT_GROUPS } from '../../shared/domain/workshop';
import { AGENDA_TEMPLATES_EN, DEFAULT_RULES_EN, TEMPLATE_ENGLISH } from '../../renderer/i18n/templates.en';

describe('English for the prefilled Indonesian texts', () => {
  it('has one English line for every agenda item, rule, title and theme, in the same order', () => {
    for (const kind of Object.keys(AGENDA_TEMPLATES) as (keyof typeof AGENDA_TEMPLATES)[]) {
      expect(AGENDA_TEMPLATES_EN[kind], kind).toHaveLength(AGENDA_TEMPLATES[kind].length);
    }
    expect(DEFAULT_RULES_EN).toHaveLength(DEFAULT_RULES.length);
    const all = [...Object.values(AGENDA_TEMPLATES).flat(), ...Object.values(DEFAULT_TITLES), ...DEFAULT_RULES, ...Object.values(DEFAULT_THEMES), ...SWOT_GROUPS.map((g) => g.name), ...DIAMOND_GROUPS.flatMap((g) => [g.name, g.hint])];
    for (const text of all) expect(TEMPLATE_ENGLISH.get(text), text).toMatch(/^[A-Z]/);
  });

  it('gives brainstorming rule 6 as the seed does: the facilitator may speak as a member, the many matter more', () => {
    expect(DEFAULT_RULES[5]).toContain('Fasilitator boleh juga menyampaikan pendapat sebagai anggota klaster');
    expect(TEMPLATE_ENGLISH.get(DEFAULT_RULES[5]!)).toContain('ideas of many participants matter more');
  });
});
