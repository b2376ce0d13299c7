import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: number;
  max: number;
  /** Saves; false when refused, and the cell shows the saved value again. */
  onCommit: (value: number) => Promise<boolean>;
}

/** A small number typed into a grid cell, saved on Enter or when left (one undo step per change). */
export function NumberCell({ label, value, max, onCommit }: Props) {
  const [draft, setDraft] = useState(String(value || ''));
  useEffect(() => setDraft(String(value || '')), [value]);
  const commit = async () => {
    const n = Math.max(0, Math.min(max, Math.round(Number(draft) || 0)));
    if (n === value) return setDraft(String(value || ''));
    if (!(await onCommit(n))) setDraft(String(value || ''));
  };
  return (
    <input type="number" className="ws-number" aria-label={label} min={0} max={max} value={draft} placeholder="0"
      onChange={(e) => setDraft(e.target.value)} onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit();
      }} />
  );
}
