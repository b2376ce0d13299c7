import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n';
import { DateField } from './DateField';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
  validate?: (value: string) => string | null;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
  className?: string;
  name: string;
}

/**
 * A field that saves itself when the user leaves it (or presses Enter in a single line), so that
 * each edit is one undo step and nothing typed is lost if the laptop dies mid-meeting.
 */
export function TextField({ label, value, onCommit, validate, multiline, type = 'text', placeholder, className, name }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<'saving' | 'saved' | null>(null);
  const t = useT();
  useEffect(() => setDraft(value), [value]); // an undo elsewhere replaces what is shown

  const commit = async () => {
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (problem || draft === value) return;
    setStatus('saving');
    const ok = await onCommit(draft);
    setStatus(ok === false ? null : 'saved');
    if (ok === false) setDraft(value);
  };

  const common = {
    id,
    name,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: () => void commit(),
    onFocus: () => setStatus(null),
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        <span className="field-status" role="status">
          {status === 'saving' ? t('common.saving') : status === 'saved' ? t('common.saved') : ''}
        </span>
      </div>
      {type === 'date' ? (
        <DateField id={id} name={name} value={value} className={className} onCommit={async (iso) => {
          const problem = validate?.(iso) ?? null;
          setError(problem);
          if (problem) return false;
          setStatus('saving');
          const ok = await onCommit(iso);
          setStatus(ok === false ? null : 'saved');
          return ok;
        }} />
      ) : multiline ? (
        <textarea {...common} rows={5} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
