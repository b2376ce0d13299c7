import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';

export type Ok = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/**
 * The project the fuzz works on: the demo map (stakeholders, ties, small groups) plus one of
 * everything else, made through the API so that most ids a method can take exist.
 */
export async function fillProject(ok: Ok, projectId: string): Promise<void> {
  const people = await ok('stakeholders.list', { projectId });
  const members = people.filter((p) => p.clusterMember);
  await ok('smallGroups.create', { projectId, name: 'Kelompok Pesisir', area: 'Desa Dasun' });
  await ok('snapshots.create', { projectId, name: 'Peta awal' });
  await ok('relations.create', { projectId, sourceId: people[0]!.id, targetId: people[1]!.id, kind: 'finance', mutual: true });
  await ok('snapshots.create', { projectId, name: 'Peta sesudah FGD' });

  const kickoff = await ok('meetings.create', { projectId, kind: 'kickoff', date: '2026-03-10', startTime: '09:00', endTime: '12:00', place: 'Balai Desa Babagan' });
  const item = await ok('agenda.add', { projectId, meetingId: kickoff.id, title: 'Harga kain mori', discussion: 'Pengrajin membeli mori eceran.' });
  await ok('decisions.add', { projectId, agendaItemId: item.id, text: 'Membeli mori bersama setiap bulan' });
  await ok('followUps.add', { projectId, meetingId: kickoff.id, agendaItemId: item.id, what: 'Menghubungi pemasok mori', who: 'Bu Sri', due: '2026-03-31' });
  await ok('attendees.invite', { projectId, meetingId: kickoff.id, stakeholderIds: people.slice(0, 12).map((p) => p.id) });
  await ok('attendees.add', { projectId, meetingId: kickoff.id, walkIn: true, name: 'Pak Tamu', organisation: 'UD Tamu' });

  // Text that trips document builders and exports: markup, control characters, RTL, emoji, long words.
  const odd = ['<w:t>]]>&amp; "\'', 'مرحبا 👩‍👩‍👧‍👦 \u202Eevil\u202C', 'a\u0001b\u001Fc\u0000d', 'x'.repeat(120)];
  const other = await ok('meetings.create', { projectId, kind: 'other', title: odd[0]!, place: odd[1]!, chairName: odd[2]!, date: '2024-02-29' });
  const oddItem = await ok('agenda.add', { projectId, meetingId: other.id, title: odd[1]!, discussion: odd.join('\n\n') });
  await ok('decisions.add', { projectId, agendaItemId: oddItem.id, text: odd[2]! });
  await ok('attendees.add', { projectId, meetingId: other.id, walkIn: false, name: odd[3]!, organisation: odd[0]! });
  await ok('stakeholders.create', { projectId, name: odd[1]!, kind: 'ngo', organisation: odd[2]!, notes: odd.join('\n') });

  const fgd1 = await ok('meetings.create', { projectId, kind: 'fgd1', date: '2026-05-20' });
  await ok('rules.set', {
    projectId, meetingId: fgd1.id, termYears: 3, membershipEligibility: 'Pengrajin batik di Lasem',
    positions: [
      { key: 'ketua', title: 'Ketua', count: 1, duties: 'Memimpin organisasi' },
      { key: 'bendahara', title: 'Bendahara', count: 1, duties: '' },
      { key: 'anggota', title: 'Anggota Pengurus', count: 2, duties: '' },
    ],
  });
  const vision = await ok('vision.create', { projectId, vision: 'Batik Lasem mendunia', missions: ['Mutu terjaga', 'Pasar luas'], meetingId: fgd1.id });
  await ok('vision.create', { projectId, vision: 'Batik tulis Lasem lestari dan mendunia', missions: ['Mutu terjaga', 'Regenerasi pembatik'] });
  await ok('vision.adopt', { projectId, id: vision.id, meetingId: fgd1.id });

  const fgd2 = await ok('meetings.create', { projectId, kind: 'fgd2', date: '2026-07-15' });
  await ok('attendees.invite', { projectId, meetingId: fgd2.id, stakeholderIds: members.map((p) => p.id) });
  const attendees = (await ok('meetings.get', { projectId, id: fgd2.id })).attendees;
  for (const a of attendees) await ok('attendees.update', { projectId, id: a.id, present: true });
  const election = await ok('election.setup', { projectId, meetingId: fgd2.id });
  const chair = election.positions[0]!;
  await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
  const [first, second] = (await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[1]!.id })).candidates;
  await ok('election.tally', { projectId, positionId: chair.id, tallies: { [first!.id]: 3, [second!.id]: 1 } });
  await ok('election.confirm', { projectId, positionId: chair.id });
  await ok('election.addCandidate', { projectId, positionId: election.positions[1]!.id, attendeeId: attendees[2]!.id });
  await ok('election.addCandidate', { projectId, positionId: election.positions[1]!.id, attendeeId: attendees[3]!.id });
  await ok('organisation.update', { projectId, name: 'Paguyuban Batik Tulis Lasem', seat: 'Desa Babagan', foundingDate: '2026-07-15' });
  await ok('organisation.announce', { projectId, meetingId: fgd2.id });

  const ad = await ok('articles.generate', { projectId, doc: 'ad' });
  await ok('articles.generate', { projectId, doc: 'art' });
  await ok('articles.saveVersion', { projectId, doc: 'ad', name: 'Rancangan 1' });
  const article = ad.chapters[0]!.articles[0]!;
  await ok('articles.add', { projectId, doc: 'ad', level: 'paragraph', parentId: article.id, text: `Lihat {{pasal:${article.id}}}.` });

  await ok('cedc.addFromRegistry', { projectId, stakeholderIds: people.filter((p) => p.kind.startsWith('gov_')).map((p) => p.id).slice(0, 3) });
  await ok('cedc.addMember', { projectId, institution: 'Bappeda Kabupaten Rembang', committeePosition: 'Sekretaris' });
  await ok('letterhead.set', { projectId, institution: 'Pemerintah Kabupaten Rembang', address: 'Jl. Pemuda No. 1', logoBase64: TINY_PNG, logoType: 'png' });

  const w = await ok('workshops.create', {
    projectId, template: 'problems', theme: 'Masalah utama klaster', stakeholderIds: people.slice(0, 3).map((p) => p.id), participantNames: ['Bu Wati'],
  });
  const cards = [];
  for (const text of ['Harga mori naik', 'Pembatik muda sedikit', 'Limbah pewarna\nBaris dua', odd[1]!]) {
    cards.push(await ok('cards.create', { projectId, workshopId: w.id, text, authorParticipantId: w.participants[0]!.id }));
  }
  const group = await ok('groups.create', { projectId, workshopId: w.id, name: 'Bahan baku', colour: 'blue' });
  await ok('cards.move', { projectId, cardIds: [cards[0]!.id, cards[2]!.id], groupId: group.id });
  await ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: group.id, participantId: w.participants[0]!.id, dots: 2 });
  await ok('scores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[1]!.id, importance: 4, feasibility: 2 });
  await ok('participantScores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[1]!.id, participantId: w.participants[1]!.id, importance: 5, feasibility: null });
  await ok('workshops.update', { projectId, id: w.id, cutLine: 2 });
  await ok('rounds.start', { projectId, workshopId: w.id, label: 'Menulis kartu', durationSeconds: 600 });
  const swot = await ok('workshops.create', { projectId, template: 'swot', theme: 'SWOT batik Lasem' });
  await ok('cards.create', { projectId, workshopId: swot.id, text: 'Motif khas pesisir', groupId: swot.groups[0]!.id });
}

/** Every id in the project, by kind, read back through list and get calls. */
export async function collectIds(ok: Ok, projectId: string): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  const add = (kind: string, list: { id: string }[]) => (ids[kind] ??= []).push(...list.map((x) => x.id));
  add('stakeholder', await ok('stakeholders.list', { projectId }));
  add('smallGroup', await ok('smallGroups.list', { projectId }));
  add('relation', await ok('relations.list', { projectId }));
  add('snapshot', await ok('snapshots.list', { projectId }));
  add('vision', await ok('vision.list', { projectId }));
  add('backup', await ok('backups.list', { projectId }));
  for (const m of await ok('meetings.list', { projectId })) {
    add('meeting', [m]);
    const record = await ok('meetings.get', { projectId, id: m.id });
    add('agenda', record.agenda);
    add('decision', record.agenda.flatMap((a) => a.decisions));
    add('followUp', record.followUps);
    add('attendee', record.attendees);
    if (m.kind === 'fgd2') {
      const election = await ok('election.get', { projectId, meetingId: m.id });
      add('electionPosition', election.positions);
      add('candidate', election.positions.flatMap((p) => p.candidates));
    }
  }
  for (const w of await ok('workshops.list', { projectId })) {
    const board = await ok('workshops.get', { projectId, id: w.id });
    add('workshop', [board]);
    add('participant', board.participants);
    add('cardGroup', board.groups);
    add('card', board.cards);
    add('round', await ok('rounds.list', { projectId, workshopId: w.id }));
  }
  for (const doc of ['ad', 'art'] as const) {
    const draft = await ok('articles.get', { projectId, doc });
    for (const c of draft.chapters) {
      add('chapter', [c]);
      add('article', c.articles);
      add('paragraph', c.articles.flatMap((a) => a.paragraphs));
      add('point', c.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.points)));
    }
    add('articleVersion', await ok('articles.versions', { projectId, doc }));
  }
  add('cedcMember', (await ok('cedc.get', { projectId })).members);
  return ids;
}

/** A 1x1 PNG, for the letterhead logo. */
export const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';
