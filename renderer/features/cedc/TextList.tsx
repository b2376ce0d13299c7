import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

interface Props {
  /** The list's name, also the start of each box's label: "Mengingat 2". */
  label: string;
  items: string[];
  /** Saves the whole list (one undo step); empty boxes are left out. */
  onChange: (items: string[]) => unknown;
  /** What stands before each item as in the document: "a.", "1.", "KESATU". */
  marker?: (index: number) => string;
  addLabel: string;
  hint?: string;
  rows?: number;
  testId?: string;
}

const clean = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * A list of text boxes (paragraphs, considerations, legal bases, copies): add, remove, reorder.
 * Typing saves on leaving the box; while a box has focus a reload never replaces the drafts,
 * so a save landing mid-typing never eats keystrokes.
 */
export function TextList({ label, items, onChange, marker, addLabel, hint, rows = 2, testId }: Props) {
  const t = useT();
  const [drafts, setDrafts] = useState(items);
  const focused = useRef(false);
  const root = useRef<HTMLOListElement>(null);
  const focusLast = useRef(false);
  useEffect(() => {
    if (!focused.current) setDrafts(items);
  }, [items]);
  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    [...(root.current?.querySelectorAll('textarea') ?? [])].at(-1)?.focus();
  }, [drafts.length]);

  const save = (next: string[]) => {
    const list = clean(next);
    setDrafts(list);
    if (!same(list, items)) void onChange(list);
  };
  const move = (i: number, to: number) => {
    const next = [...drafts];
    const [item] = next.splice(i, 1);
    next.splice(to, 0, item!);
    save(next);
  };
  const name = (i: number) => `${label} ${i + 1}`;
  // One width for all markers, so the boxes line up under KESATU ... KEDUA BELAS.
  const markerWidth = marker ? `${Math.max(2, ...drafts.map((_, i) => marker(i).length)) + 1}ch` : undefined;

  return (
    <div className="text-list" data-testid={testId}>
      <h3 className="text-list-title">{label}</h3>
      {hint && <p className="hint facilitator-only">{hint}</p>}
      {drafts.length === 0 && <p className="empty text-list-empty">{t('cedc.list.empty')}</p>}
      <ol ref={root} aria-label={label}>
        {drafts.map((text, i) => (
          <li key={i} className="text-list-item">
            {marker && <span className="text-list-marker" aria-hidden="true" style={{ minWidth: markerWidth }}>{marker(i)}</span>}
            <textarea aria-label={name(i)} rows={rows} value={text}
              onFocus={() => (focused.current = true)}
              onChange={(e) => setDrafts(drafts.map((d, k) => (k === i ? e.target.value : d)))}
              onBlur={() => {
                focused.current = false;
                save(drafts);
              }} />
            <span className="row-actions facilitator-only">
              <button type="button" className="link" disabled={i === 0} aria-label={t('cedc.list.up', { item: name(i) })} onClick={() => move(i, i - 1)}>▲</button>
              <button type="button" className="link" disabled={i === drafts.length - 1} aria-label={t('cedc.list.down', { item: name(i) })} onClick={() => move(i, i + 1)}>▼</button>
              <button type="button" className="link danger" aria-label={t('cedc.list.remove', { item: name(i) })} onClick={() => save(drafts.filter((_, k) => k !== i))}>×</button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="facilitator-only" disabled={drafts.length >= 40} onClick={() => {
        focusLast.current = true;
        setDrafts([...clean(drafts), '']);
      }}>
        {addLabel}
      </button>
    </div>
  );
}
