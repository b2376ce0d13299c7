import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';

const IDLE_MS = 1500;

interface Props {
  value: string;
  label: string;
  onSave: (text: string) => Promise<unknown>;
  /** Sends at once, for the page is going away (reload, closed window, hidden tab). */
  onSaveNow: (text: string) => Promise<unknown>;
}

/**
 * The live notes of one agenda item. Saved when the facilitator pauses (1.5 s), leaves the box or
 * presses Ctrl+Enter: if the battery dies mid-meeting, at most the last few seconds are lost.
 * A reload, a closed window or a hidden tab sends what is still unsaved at once.
 */
export function DiscussionBox({ value, label, onSave, onSaveNow }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<'dirty' | 'saving' | 'saved' | null>(null);
  const saved = useRef(value);
  // What the back end has acknowledged: a save still waiting in the queue would die with the page.
  const stored = useRef(value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    saved.current = value;
    stored.current = value;
    if (!focused.current) setDraft(value);
  }, [value]);

  const save = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = latest.current;
    if (text.trim() === saved.current.trim()) return setStatus((s) => (s === 'dirty' ? null : s));
    saved.current = text;
    setStatus('saving');
    await onSave(text.trim());
    stored.current = text;
    setStatus(latest.current === text ? 'saved' : 'dirty');
  };
  // Leaving the view (another tab or area) saves what is still pending.
  useEffect(() => () => void (timer.current && save()), []); // eslint-disable-line react-hooks/exhaustive-deps

  // The page going away does not wait for the idle timer nor for the queue: send in this task.
  const saveNow = useRef(onSaveNow);
  saveNow.current = onSaveNow;
  useEffect(() => {
    const flush = () => {
      const text = latest.current;
      if (text.trim() === stored.current.trim()) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      saved.current = text;
      stored.current = text;
      void saveNow.current(text.trim()).then(() => setStatus(latest.current === text ? 'saved' : 'dirty'));
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  return (
    <div className="discussion">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        <span className="field-status facilitator-only" role="status">
          {status === 'saving' ? t('common.saving') : status === 'saved' ? t('common.saved') : ''}
        </span>
      </div>
      <textarea id={id} value={draft} rows={5} placeholder={t('meetings.agenda.discussionHint')}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          void save();
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          latest.current = e.target.value;
          setStatus('dirty');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), IDLE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.ctrlKey) {
            e.preventDefault();
            void save();
          }
        }} />
    </div>
  );
}
