// English for the texts the workbench prefills in Indonesian (agendas of ANNEX-2, the rules of
// ANNEX-4, default themes and titles). The stored text stays Indonesian, because it goes into the
// documents the office signs; English mode shows these beside it so the facilitator can follow.
import type { MeetingKind } from '../../shared/domain/meeting';
import { AGENDA_TEMPLATES, DEFAULT_TITLES } from '../../shared/domain/meetingTemplates';
import { DEFAULT_RULES, DEFAULT_THEMES, DIAMOND_GROUPS, SWOT_GROUPS, type WorkshopTemplate } from '../../shared/domain/workshop';

export const AGENDA_TEMPLATES_EN: Record<MeetingKind, string[]> = {
  kickoff: [
    'Opening and introduction of the participants',
    'Why forming a cluster matters for regional economic development',
    'What the cluster brings to each business',
    'Success stories of clusters in Indonesia',
    'Outline of the cluster\'s activities and registration of participants (name, home area, core business)',
    'Division into small groups by location',
  ],
  small_group: [
    'Deepening the understanding of the cluster approach',
    'Choosing the small group\'s leader',
    'Input for the cluster\'s stakeholder map',
  ],
  fgd1: [
    'Confirmation of the vision and mission for developing the cluster',
    'Choosing the executive representatives and the procedure for forming the cluster organisation',
    'Drafting the cluster\'s rules (board size, positions and duties, allowances, term, membership requirements)',
  ],
  fgd2: [
    'Election of the board members and chair of the cluster organisation',
    'Announcement of the cluster organisation',
    'Agenda and date of the next meeting',
  ],
  general: [
    'Adoption of the draft cluster rules',
    'Schedule of activities',
    'Budget plan',
    'Shared information for members',
    'Update of the cluster membership list',
  ],
  other: ['Opening', 'Discussion', 'Closing'],
};

export const DEFAULT_TITLES_EN: Record<MeetingKind, string> = {
  kickoff: 'Cluster initiation kickoff meeting', small_group: 'Small group meeting', fgd1: 'Focus Group Discussion (FGD) 1',
  fgd2: 'Focus Group Discussion (FGD) 2', general: 'General meeting of the cluster organisation', other: 'Meeting',
};

export const DEFAULT_RULES_EN: readonly string[] = [
  'No criticism: every idea is welcome without judgement.',
  'Free and unusual ideas are welcome.',
  'Quantity matters: the more ideas the better.',
  'Build on and combine other people\'s ideas.',
  'One idea per card, written short and clear.',
  'The facilitator may also give opinions as a cluster member, but the ideas of many participants matter more.',
  'Keep to the agreed theme and time.',
];

export const DEFAULT_THEMES_EN: Record<WorkshopTemplate, string> = {
  free: 'Brainstorming', problems: 'The cluster\'s main problems and their causes', swot: 'SWOT analysis of the cluster',
  longlist: 'Long list of activity themes', vision: 'Keywords for the cluster\'s vision',
  diamond: 'Diagnosis of the cluster\'s competitiveness',
};
export const SWOT_NAMES_EN: Record<string, string> = { S: 'Strengths', W: 'Weaknesses', O: 'Opportunities', T: 'Threats' };
export const DIAMOND_EN: Record<string, { name: string; hint: string }> = {
  F: { name: 'Factor inputs', hint: 'Geography, natural resources, human resources, physical, administrative and innovation infrastructure.' },
  R: { name: 'Supporting and related industries', hint: 'Credit schemes, transport, packaging, consulting services for small industry.' },
  D: { name: 'Demand conditions', hint: 'Existing demand and demand opportunities, local demand behaviour.' },
  C: { name: 'Strategy, structure and rivalry', hint: 'Barriers to new entrants, the competitive strategies of existing firms.' },
  P: { name: 'Opportunities', hint: 'Events beyond the cluster\'s control that open a way: new markets, technology, policy.' },
  G: { name: 'Government', hint: 'Regulations, programmes and support of central, provincial and regency government.' },
  K: { name: 'Social capital', hint: 'Trust, habits of working together, associations and networks between actors.' },
};

/** Indonesian prefilled text -> its English, for every list above (the lists run in parallel). */
export const TEMPLATE_ENGLISH: ReadonlyMap<string, string> = new Map([
  ...(Object.keys(AGENDA_TEMPLATES) as MeetingKind[]).flatMap((k) => AGENDA_TEMPLATES[k].map((id, i) => [id, AGENDA_TEMPLATES_EN[k][i]!] as const)),
  ...(Object.keys(DEFAULT_TITLES) as MeetingKind[]).map((k) => [DEFAULT_TITLES[k], DEFAULT_TITLES_EN[k]] as const),
  ...DEFAULT_RULES.map((id, i) => [id, DEFAULT_RULES_EN[i]!] as const),
  ...(Object.keys(DEFAULT_THEMES) as WorkshopTemplate[]).map((k) => [DEFAULT_THEMES[k], DEFAULT_THEMES_EN[k]] as const),
  ...SWOT_GROUPS.map((g) => [g.name, SWOT_NAMES_EN[g.key]!] as const),
  ...DIAMOND_GROUPS.flatMap((g) => [[g.name, DIAMOND_EN[g.key]!.name], [g.hint, DIAMOND_EN[g.key]!.hint]] as const),
]);
