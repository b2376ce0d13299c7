import type { Regency } from '../../../shared/domain/regions';

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Regencies whose name, full name or province contains every word typed; names that start with
 * the text come first, so "cirebon" offers Kabupaten and Kota Cirebon before anything else.
 */
export function searchRegencies(list: readonly Regency[], query: string): Regency[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const q = words.join(' ');
  return list
    .filter((r) => {
      const hay = fold(`${r.fullName} ${r.provinceName} ${r.seat}`);
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => Number(!fold(a.name).startsWith(q)) - Number(!fold(b.name).startsWith(q)) || a.fullName.localeCompare(b.fullName, 'id'));
}
