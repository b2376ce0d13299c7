import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ayatToken, numberTree, pasalToken } from '../../shared/articleNumbering';
import type { ArticleTree } from '../../shared/domain/articles';
import { fromEditable, refIndex, toEditable } from '../../renderer/features/articles/referenceText';

const id = () => randomUUID();
const para = (text: string, points: string[] = []) => ({ id: id(), text, points: points.map((t) => ({ id: id(), text: t })) });
const art = (title: string, ...paragraphs: ReturnType<typeof para>[]) => ({ id: id(), title, paragraphs });

function sample(): ArticleTree {
  const target = art('Rapat', para('Rapat sekali setahun.'), para('Kuorum.'));
  return {
    chapters: [
      { id: id(), title: 'NAMA', articles: [art('Nama', para('Bernama X.')), art('Tempat', para('Di Y.'))] },
      { id: id(), title: 'KEANGGOTAAN', articles: [art('Hak', para('Anggota berhak:', ['memilih;', 'dipilih.'])), target] },
      { id: id(), title: 'PERUBAHAN', articles: [art('Ubah', para(`Sesuai ${pasalToken(target.id)} ${ayatToken(target.paragraphs[1]!.id)}.`))] },
    ],
  };
}

describe('AD/ART numbering', () => {
  it('numbers BAB in Roman numerals and Pasal continuously across chapters', () => {
    const n = numberTree(sample());
    expect(n.chapters.map((c) => c.numeral)).toEqual(['I', 'II', 'III']);
    expect(n.chapters.flatMap((c) => c.articles.map((a) => a.number))).toEqual([1, 2, 3, 4, 5]);
  });

  it('numbers paragraphs only when a Pasal has more than one, and letters the points', () => {
    const n = numberTree(sample());
    const hak = n.chapters[1]!.articles[0]!;
    expect(hak.paragraphs[0]!.numbered).toBe(false);
    expect(hak.paragraphs[0]!.points.map((p) => p.letter)).toEqual(['a', 'b']);
    const rapat = n.chapters[1]!.articles[1]!;
    expect(rapat.paragraphs.map((p) => [p.numbered, p.number])).toEqual([[true, 1], [true, 2]]);
  });

  it('renders references with the current numbers and follows an insert before the target', () => {
    const tree = sample();
    expect(numberTree(tree).chapters[2]!.articles[0]!.paragraphs[0]!.rendered).toBe('Sesuai Pasal 4 ayat (2).');
    tree.chapters[0]!.articles.push(art('Baru', para('Sisipan.')));
    expect(numberTree(tree).chapters[2]!.articles[0]!.paragraphs[0]!.rendered).toBe('Sesuai Pasal 5 ayat (2).');
  });

  it('shows a reference to a deleted Pasal as broken and lists it as a warning', () => {
    const tree = sample();
    const gone = tree.chapters[1]!.articles.pop()!;
    const n = numberTree(tree);
    expect(n.chapters[2]!.articles[0]!.paragraphs[0]!.rendered).toBe('Sesuai Pasal [dihapus] ayat [dihapus].');
    expect(n.warnings).toEqual([
      expect.objectContaining({ target: 'pasal', targetId: gone.id, articleNumber: 4, level: 'paragraph' }),
      expect.objectContaining({ target: 'ayat', targetId: gone.paragraphs[1]!.id, articleNumber: 4 }),
    ]);
  });

  it('shows references as ⟦Pasal n⟧ in the editor and turns them back into the same tokens', () => {
    const tree = sample();
    const draft = { doc: 'ad' as const, ...numberTree(tree), authorised: null, matchesAuthorised: false, createdId: null };
    const idx = refIndex(draft);
    const own = tree.chapters[2]!.articles[0]!;
    const raw = own.paragraphs[0]!.text;
    expect(toEditable(raw, idx)).toBe('Sesuai ⟦Pasal 4⟧ ⟦ayat (2)⟧.');
    expect(fromEditable('Sesuai ⟦Pasal 4⟧ ⟦ayat (2)⟧.', raw, idx, own.id)).toBe(raw);
    const first = tree.chapters[0]!.articles[0]!;
    expect(fromEditable('Lihat ⟦Pasal 1⟧ dan ⟦Pasal 99⟧.', raw, idx, own.id)).toBe(`Lihat ${pasalToken(first.id)} dan Pasal 99.`);
  });
});
