import { describe, expect, it } from 'vitest';
import type { ArticlesDraft } from '../../shared/domain/articles';
import { articlesProject } from './articlesFixture';

const pasal = (d: ArticlesDraft) => d.chapters.flatMap((c) => c.articles);
const byTitle = (d: ArticlesDraft, title: string) => pasal(d).find((a) => a.title === title)!;
const text = (d: ArticlesDraft, title: string) => byTitle(d, title).paragraphs.map((p) => p.rendered).join(' ');

describe('AD/ART editing', () => {
  it('inserting a Pasal in BAB IV renumbers the later Pasal and the references follow', async () => {
    const b = await articlesProject();
    const draft = await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    expect(byTitle(draft, 'Rapat Anggota').number).toBe(12);
    expect(text(draft, 'Perubahan Anggaran Dasar')).toContain('sebagaimana dimaksud dalam Pasal 12,');
    const bab4 = draft.chapters[3]!;
    expect(bab4.numeral).toBe('IV');
    const after = await b.ok('articles.add', { projectId: b.projectId, doc: 'ad', level: 'article', parentId: bab4.id, index: 1, title: 'Kartu Anggota', text: 'Setiap anggota diberi kartu anggota.' });
    expect(after.createdId).toBe(after.chapters[3]!.articles[1]!.id);
    expect(pasal(after).map((a) => a.number)).toEqual(pasal(draft).map((_, i) => i + 1).concat(pasal(draft).length + 1));
    expect(byTitle(after, 'Kartu Anggota').number).toBe(8);
    expect(byTitle(after, 'Rapat Anggota').number).toBe(13);
    expect(text(after, 'Perubahan Anggaran Dasar')).toContain('sebagaimana dimaksud dalam Pasal 13,');
    expect(text(after, 'Perubahan Anggaran Dasar')).toContain('dimaksud dalam Pasal 14.');
    // The stored text did not change: only its reading did.
    expect(byTitle(after, 'Perubahan Anggaran Dasar').paragraphs[0]!.text).toBe(byTitle(draft, 'Perubahan Anggaran Dasar').paragraphs[0]!.text);

    await b.ok('history.undo', { projectId: b.projectId });
    const undone = await b.ok('articles.get', { projectId: b.projectId, doc: 'ad' });
    expect(text(undone, 'Perubahan Anggaran Dasar')).toContain('Pasal 12,');
    expect(pasal(undone)).toHaveLength(pasal(draft).length);
  });

  it('moves a Pasal up, down and to another chapter, and undo puts it back', async () => {
    const b = await articlesProject();
    const draft = await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    const nama = draft.chapters[0]!.articles[0]!;
    const down = await b.ok('articles.move', { projectId: b.projectId, id: nama.id, index: 1 });
    expect(down.chapters[0]!.articles.map((a) => [a.number, a.title])).toEqual([[1, 'Waktu dan Tempat Kedudukan'], [2, 'Nama']]);
    const moved = await b.ok('articles.move', { projectId: b.projectId, id: nama.id, parentId: draft.chapters[9]!.id, index: 0 });
    expect(moved.chapters[0]!.articles.map((a) => a.title)).toEqual(['Waktu dan Tempat Kedudukan']);
    expect(moved.chapters[9]!.articles[0]!.title).toBe('Nama');
    expect(byTitle(moved, 'Rapat Anggota').number).toBe(11);
    expect(text(moved, 'Perubahan Anggaran Dasar')).toContain('Pasal 11,');
    await b.ok('history.undo', { projectId: b.projectId });
    await b.ok('history.undo', { projectId: b.projectId });
    const back = await b.ok('articles.get', { projectId: b.projectId, doc: 'ad' });
    expect(back.chapters).toEqual(draft.chapters);
    const refused = await b.raw('articles.move', { projectId: b.projectId, id: nama.id, parentId: nama.paragraphs[0]!.id, index: 0 });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'article_wrong_parent' } });
  });

  it('deletes a referenced Pasal: the reference is shown broken and reported; undo repairs it', async () => {
    const b = await articlesProject();
    const draft = await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    const rapat = byTitle(draft, 'Rapat Anggota');
    const after = await b.ok('articles.delete', { projectId: b.projectId, id: rapat.id });
    expect(text(after, 'Perubahan Anggaran Dasar')).toContain('dimaksud dalam Pasal [dihapus],');
    const changeId = byTitle(after, 'Perubahan Anggaran Dasar').paragraphs[0]!.id;
    expect(after.warnings).toEqual([{ nodeId: changeId, level: 'paragraph', articleNumber: 15, targetId: rapat.id, target: 'pasal' }]);
    await b.ok('history.undo', { projectId: b.projectId });
    const back = await b.ok('articles.get', { projectId: b.projectId, doc: 'ad' });
    expect(back.warnings).toEqual([]);
    expect(byTitle(back, 'Rapat Anggota').paragraphs.map((p) => p.points.length)).toEqual([0, 0, 4]);
    await b.ok('history.redo', { projectId: b.projectId });
    expect((await b.ok('articles.get', { projectId: b.projectId, doc: 'ad' })).warnings).toHaveLength(1);
  });

  it('edits text and points; a Pasal gets (1), (2) only once it has two paragraphs', async () => {
    const b = await articlesProject({ empty: true });
    const { projectId } = b;
    let d = await b.ok('articles.add', { projectId, doc: 'art', level: 'chapter', parentId: null, title: 'UMUM' });
    d = await b.ok('articles.add', { projectId, doc: 'art', level: 'article', parentId: d.createdId, title: 'Pengertian' });
    const article = d.chapters[0]!.articles[0]!;
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]!.numbered).toBe(false);
    d = await b.ok('articles.update', { projectId, id: article.paragraphs[0]!.id, text: 'Dalam ART ini yang dimaksud dengan:' });
    d = await b.ok('articles.add', { projectId, doc: 'art', level: 'point', parentId: article.paragraphs[0]!.id, text: 'Organisasi adalah ...;' });
    d = await b.ok('articles.add', { projectId, doc: 'art', level: 'point', parentId: article.paragraphs[0]!.id, index: 0, text: 'Anggota adalah ...;' });
    expect(d.chapters[0]!.articles[0]!.paragraphs[0]!.points.map((p) => `${p.letter}. ${p.rendered}`)).toEqual(['a. Anggota adalah ...;', 'b. Organisasi adalah ...;']);
    d = await b.ok('articles.add', { projectId, doc: 'art', level: 'paragraph', parentId: article.id, text: 'Ayat kedua.' });
    expect(d.chapters[0]!.articles[0]!.paragraphs.map((p) => p.numbered)).toEqual([true, true]);
    const wrong = await b.raw('articles.update', { projectId, id: article.id, text: 'x' });
    expect(wrong).toMatchObject({ ok: false, error: { reason: 'article_field' } });
    expect((await b.ok('articles.get', { projectId, doc: 'ad' })).chapters).toEqual([]);
  });
});
