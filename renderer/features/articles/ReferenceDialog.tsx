import { useState } from 'react';
import type { ArticlesDraft } from '../../../shared/domain/articles';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { marker } from './referenceText';

/** "Sisipkan rujukan Pasal": pick the Pasal (and optionally its ayat) from the list. */
export function ReferenceDialog({ draft, onInsert, onClose }: { draft: ArticlesDraft; onInsert: (text: string) => void; onClose: () => void }) {
  const t = useT();
  const articles = draft.chapters.flatMap((c) => c.articles.map((a) => ({ ...a, chapter: c.numeral })));
  const [number, setNumber] = useState(articles[0]?.number ?? 0);
  const [ayat, setAyat] = useState(0);
  const target = articles.find((a) => a.number === number);
  return (
    <Dialog title={t('articles.refTitle')} onClose={onClose}
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="primary" disabled={!target} onClick={() => { onInsert(marker(number, ayat || undefined)); onClose(); }}>{t('articles.refInsert')}</button>
      </>}>
      <div className="field">
        <label htmlFor="ref-pasal">{t('articles.refPasal')}</label>
        <select id="ref-pasal" autoFocus value={number} onChange={(e) => { setNumber(Number(e.target.value)); setAyat(0); }}>
          {articles.map((a) => <option key={a.id} value={a.number}>{`BAB ${a.chapter} · Pasal ${a.number}${a.title ? ` — ${a.title}` : ''}`}</option>)}
        </select>
      </div>
      {target && target.paragraphs.length > 1 && (
        <div className="field">
          <label htmlFor="ref-ayat">{t('articles.refAyat')}</label>
          <select id="ref-ayat" value={ayat} onChange={(e) => setAyat(Number(e.target.value))}>
            <option value={0}>{t('articles.refWhole')}</option>
            {target.paragraphs.map((p) => <option key={p.id} value={p.number}>{`ayat (${p.number})`}</option>)}
          </select>
        </div>
      )}
      <p className="hint">{t('articles.refHint')}</p>
    </Dialog>
  );
}
