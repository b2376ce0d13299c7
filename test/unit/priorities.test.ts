import { describe, expect, it } from 'vitest';
import { rankPriorities } from '../../shared/domain/clusterPriority';
import { docxText } from '../helpers/docx';
import { makeBackend } from './helpers';

describe('the regency view across projects', () => {
  it('compares every project on the five criteria and the pilot scoring, ranked by the share of 90', async () => {
    const { ok, raw } = makeBackend();
    const make = async (name: string, firms: number, workers: number | null) => {
      const { id: projectId } = await ok('projects.create', { name, regency: 'Kabupaten Klaten' });
      for (let i = 0; i < firms; i += 1) await ok('stakeholders.create', { projectId, name: `${name} usaha ${i + 1}`, kind: 'core_firm', ...(workers === null ? {} : { employees: workers }) });
      await ok('stakeholders.create', { projectId, name: `${name} pemasok`, kind: 'supplier' });
      return projectId;
    };
    const serenan = await make('Mebel Serenan', 3, 12);
    const kebumen = await make('Genteng Kebumen', 2, null);
    const tegal = await make('Logam Tegal', 1, 5);
    // Table 3.1 of the pilot study: Serenan 36 + 20, Kebumen 36 + 21, Tegal 31 + 10.
    await ok('assessment.set', { projectId: serenan, growthScore: 36, capacityScore: 20, annualSales: 12_000_000_000 });
    await ok('assessment.set', { projectId: kebumen, growthScore: 36, capacityScore: 21 });
    await ok('assessment.set', { projectId: tegal, growthScore: 31 });
    expect(await raw('assessment.set', { projectId: tegal, growthScore: 55 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const round = await ok('questionnaires.create', { projectId: serenan, title: 'Putaran 1' });
    for (let base = 1; base <= 8; base += 1) await ok('questionnaires.answer', { projectId: serenan, roundId: round.id, base, choice: base === 3 ? 2 : 3 });

    const rows = await ok('priorities.list', {});
    expect(rows.map((r) => [r.name, r.rank, r.percent])).toEqual([
      ['Genteng Kebumen', 1, 63.3], ['Mebel Serenan', 2, 62.2], ['Logam Tegal', null, null],
    ]);
    expect(rows[1]).toMatchObject({ coreFirms: 3, workforce: 36, annualSales: 12_000_000_000, supportingIndustries: 1, marketability: 4 });
    expect(rows[0]).toMatchObject({ workforce: null, marketability: null });

    // The assessment is an ordinary undoable edit of the project.
    await ok('history.undo', { projectId: tegal });
    expect(await ok('assessment.get', { projectId: tegal })).toEqual({ annualSales: null, growthScore: null, capacityScore: null, note: '', history: '' });

    const file = await ok('documents.render', { projectId: serenan, kind: 'cluster-priorities', supported: 1 });
    const text = docxText(Buffer.from(file.base64, 'base64'));
    expect(text).toContain('PRIORITAS PENGEMBANGAN KLASTER');
    expect(text).toMatch(/1\. Genteng Kebumen \(63,3%\)/);
    expect(text).not.toMatch(/2\. Mebel Serenan \(/);
    expect(text).toContain('Jumlah klaster yang didukung pada tahun pertama: 1.');
  });

  it('shares a rank between equal shares and leaves the unscored last', () => {
    const ranked = rankPriorities([{ name: 'B', percent: 50 }, { name: 'A', percent: 50 }, { name: 'C', percent: null }, { name: 'D', percent: 70 }]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([['D', 1], ['A', 2], ['B', 2], ['C', null]]);
  });
});
