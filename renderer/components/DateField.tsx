import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLanguage, useT } from '../i18n';
import { dateInWords, formatDayFirst, parseDayFirst } from './dateText';

interface Props {
  /** ISO YYYY-MM-DD, or '' for no date. */
  value: string;
  /** Called with ISO (or '' when emptied and not required) once the typed date is valid and new. */
  onCommit: (iso: string) => unknown;
  /** Save on every valid keystroke (dialogs that read the value on submit) rather than on leave. */
  live?: boolean;
  /** Accessible name when no <label htmlFor={id}> points at the field. */
  label?: string;
  id?: string;
  name?: string;
  required?: boolean;
  className?: string;
  inputClassName?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A date typed day first (01032026, 1/3/2026, 1-3-2026) whatever the browser's locale, because
 * <input type="date"> follows the OS language and turned 01032026 into 3 January. The date is
 * repeated in words so a slip is seen before it is saved; an impossible date is refused and the
 * previous value kept.
 */
export function DateField({ value, onCommit, live, label, id, name, required, className, inputClassName, onKeyDown }: Props) {
  const ownId = useId();
  const fieldId = id ?? ownId;
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const [draft, setDraft] = useState(formatDayFirst(value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    // A reload or an undo elsewhere replaces what is shown, but never under the user's fingers.
    if (!focused.current) setDraft(formatDayFirst(value));
  }, [value]);

  const check = (text: string): string | null => {
    const parsed = parseDayFirst(text);
    if (!parsed.ok) return parsed.reason === 'impossible' ? t('common.dateImpossible', { date: text.trim() }) : t('common.dateFormat');
    if (required && !parsed.iso) return t('common.required');
    return null;
  };

  const commit = () => {
    const problem = check(draft);
    setError(problem);
    if (problem) return; // keep the stored value; the message says why
    const iso = (parseDayFirst(draft) as { iso: string }).iso;
    setDraft(formatDayFirst(iso));
    // A refused save (false) puts the stored date back.
    if (iso !== value) void Promise.resolve(onCommit(iso)).then((ok) => ok === false && setDraft(formatDayFirst(value)));
  };

  const parsed = parseDayFirst(draft);
  const words = dateInWords(parsed.ok ? parsed.iso : value, lang);
  const wordsId = `${fieldId}-words`;
  const errorId = `${fieldId}-error`;
  return (
    <span className={`date-field ${className ?? ''}`}>
      <input
        id={fieldId}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className={inputClassName}
        value={draft}
        placeholder={t('common.datePlaceholder')}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${wordsId}` : wordsId}
        aria-required={required || undefined}
        size={10}
        onFocus={() => (focused.current = true)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) setError(null);
          if (live) {
            const next = parseDayFirst(e.target.value);
            if (next.ok && !(required && !next.iso) && next.iso !== value) void onCommit(next.iso);
          }
        }}
        onBlur={() => {
          focused.current = false;
          commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(formatDayFirst(value));
            setError(null);
          }
          onKeyDown?.(e);
        }}
      />
      <span className="date-words" id={wordsId}>{words}</span>
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
