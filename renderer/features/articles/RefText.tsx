import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { fromEditable, toEditable, type RefIndex } from './referenceText';

export interface RefTextHandle {
  /** Inserts marker text where the caret last was, and saves. */
  insert: (text: string) => void;
}

interface Props {
  raw: string;
  idx: RefIndex;
  articleId: string;
  label: string;
  onCommit: (raw: string) => unknown;
}

/**
 * A paragraph or point text with its references shown as ⟦Pasal 12⟧. Saved on blur (one undo
 * step); while focused it ignores reloads so a save landing mid-typing never eats keystrokes.
 */
export const RefText = forwardRef<RefTextHandle, Props>(function RefText({ raw, idx, articleId, label, onCommit }, ref) {
  const shown = toEditable(raw, idx);
  const [draft, setDraft] = useState(shown);
  const focused = useRef(false);
  const caret = useRef<number | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!focused.current) setDraft(shown);
  }, [shown]);
  const commit = (text: string) => {
    const next = fromEditable(text.trim(), raw, idx, articleId);
    if (next !== raw) void onCommit(next);
  };
  useImperativeHandle(ref, () => ({
    insert: (text) => {
      const at = caret.current ?? draft.length;
      const before = draft.slice(0, at);
      const next = `${before}${before && !before.endsWith(' ') ? ' ' : ''}${text}${draft.slice(at)}`;
      setDraft(next);
      commit(next);
    },
  }));
  return (
    <textarea ref={area} className="inline-field article-text" aria-label={label} value={draft} rows={Math.max(1, Math.ceil(draft.length / 90))}
      onFocus={() => (focused.current = true)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        focused.current = false;
        caret.current = e.target.selectionStart;
        commit(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); area.current?.blur(); }
        if (e.key === 'Escape') setDraft(shown);
      }} />
  );
});
