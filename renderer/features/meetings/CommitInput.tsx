import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { DateField } from '../../components/DateField';

interface Props {
  value: string;
  /** Called with the new text when the user leaves the field or presses Enter; one undo step each. */
  onCommit: (value: string) => unknown;
  label: string;
  type?: 'text' | 'date' | 'time' | 'number';
  multiline?: boolean;
  /** One logical line that wraps (long agenda titles): grows with its text, Enter saves. */
  wrap?: boolean;
  /** An empty text is not saved: the field goes back to what it was (e.g. a decision, a title). */
  required?: boolean;
  id?: string;
  className?: string;
  placeholder?: string;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}

/**
 * A borderless inline field for tables and cards (the form-style TextField has a visible label).
 * While it has focus it ignores reloads, so a save landing mid-typing never eats keystrokes.
 */
export function CommitInput({ value, onCommit, label, type = 'text', multiline, wrap, required, id, className, placeholder, inputProps }: Props) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const commit = () => {
    const next = type === 'text' ? draft.trim() : draft;
    if (required && !next) return setDraft(value);
    if (next !== value) void onCommit(next);
  };
  const common = {
    id,
    value: draft,
    'aria-label': label,
    placeholder,
    className: `inline-field ${className ?? ''}`,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      commit();
    },
  };
  if (type === 'date') {
    return <DateField id={id} label={label} value={value} onCommit={onCommit} inputClassName={`inline-field ${className ?? ''}`} />;
  }
  if (multiline || wrap) {
    return (
      <textarea {...common} className={`${common.className} ${wrap ? 'wrap' : ''}`} rows={wrap ? 1 : 2}
        onChange={(e) => setDraft(wrap ? e.target.value.replace(/\n/g, ' ') : e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (wrap || e.ctrlKey)) {
            e.preventDefault();
            commit();
          }
          if (e.key === 'Escape') setDraft(value);
        }} />
    );
  }
  return (
    <input {...inputProps} {...common} type={type} onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }} />
  );
}
