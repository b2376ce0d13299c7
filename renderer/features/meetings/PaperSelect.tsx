import { create } from 'zustand';
import { useT } from '../../i18n';

type Paper = 'A4' | 'F4';
const KEY = 'klaster.paper';

// Offices in one regency print on one paper size: the choice is remembered on this laptop.
const usePaperStore = create<{ paper: Paper; setPaper: (p: Paper) => void }>((set) => ({
  paper: localStorage.getItem(KEY) === 'F4' ? 'F4' : 'A4',
  setPaper: (paper) => {
    localStorage.setItem(KEY, paper);
    set({ paper });
  },
}));

export const usePaper = (): Paper => usePaperStore((s) => s.paper);

/** A4 or F4 (folio, 215 x 330 mm) for every document. */
export function PaperSelect() {
  const t = useT();
  const { paper, setPaper } = usePaperStore();
  return (
    <label className="inline-label">
      {t('meetings.docs.paper')}
      <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
        <option value="A4">{t('meetings.docs.paperA4')}</option>
        <option value="F4">{t('meetings.docs.paperF4')}</option>
      </select>
    </label>
  );
}
