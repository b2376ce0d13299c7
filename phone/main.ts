import { createApi, type PhoneError } from './api';
import { h, mount } from './dom';
import { codeFromUrl, shorten } from './format';
import { errorText, lang, setLang, t, type Key } from './i18n';
import { Live, type EndReason } from './live';
import { Outbox, type OutboxItem } from './outbox';
import { checkInScreen } from './screens/checkin';
import { codeScreen, setTypedCode } from './screens/code';
import { namesScreen, resetNamesForm } from './screens/names';
import { questionnaireView, type QuestionnaireView } from './screens/questionnaire';
import { connectingScreen, endedScreen } from './screens/status';
import { workshopView, type WorkshopView } from './screens/workshop';
import { writerState } from './screens/writer';
import { OUTBOX_KEY, clearSession, loadSession, saveSession, storage, type Session } from './store';
import type { Joined, PhoneView, Roster } from './types';

// The participant server answers under /p/ whatever path the page itself was opened at.
const API_BASE = '/p/api/';
const fetchFn = (url: string, init?: RequestInit) => fetch(url, init);

type Route =
  | { name: 'code'; notice: Key | null; auto: boolean }
  | { name: 'names'; code: string; roster: Roster }
  | { name: 'joined' }
  | { name: 'ended'; why: 'closed' | 'removed'; unsent: OutboxItem[] };

let session: Session | null = loadSession();
let route: Route = { name: 'code', notice: null, auto: false };
let live: Live | null = null;
let board: PhoneView | null = null;
/** The live screen of a workshop or questionnaire, updated in place as the board changes. */
let view: { kind: 'workshop'; v: WorkshopView } | { kind: 'questionnaire'; v: QuestionnaireView } | null = null;
let cleanup: (() => void) | null = null;

const call = createApi({ base: API_BASE, fetch: fetchFn, token: () => session?.token ?? null });
const outbox = new Outbox(storage, OUTBOX_KEY);
const $ = (id: string) => document.getElementById(id)!;

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(text: string): void {
  const el = $('toast');
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 7000);
}

function showBanner(): void {
  const el = $('banner');
  const offline = !!live && live.offline;
  const pending = session ? outbox.of(session.code).length : 0;
  el.hidden = !offline;
  el.textContent = pending ? t('status.offline', { count: pending }) : t('status.offlineNone');
}

function showTop(): void {
  const langButton = (l: 'id' | 'en', label: string) => h('button', {
    type: 'button', class: lang() === l ? 'lang on' : 'lang', 'aria-pressed': String(lang() === l), lang: l,
    onclick: () => { if (lang() !== l) { setLang(l); render(true); } },
  }, label);
  mount($('top'),
    session && route.name === 'joined'
      ? h('div', { class: 'who' }, h('span', { class: 'who-name' }, t('common.signedInAs', { name: session.name })),
        h('button', { type: 'button', class: 'link', onclick: leave }, t('common.leave')))
      : h('div', { class: 'who' }),
    h('div', { class: 'langs', role: 'group', 'aria-label': t('lang.switch') }, langButton('id', 'ID'), langButton('en', 'EN')));
}

/** Draws the current route; `full` rebuilds a live workshop too (a language switch). */
function render(full = false): void {
  showTop();
  showBanner();
  const screen = $('screen');
  if (route.name === 'joined' && board && view && !full) {
    if (board.kind === 'workshop' && view.kind === 'workshop') return view.v.update(board);
    if (board.kind === 'questionnaire' && view.kind === 'questionnaire') return view.v.update(board);
  }
  cleanup?.();
  cleanup = null;
  view?.v.destroy();
  view = null;
  if (route.name === 'code') {
    const s = codeScreen({ call, notice: route.notice ? t(route.notice) : '', onRoster: (code, roster) => go({ name: 'names', code, roster }) });
    cleanup = s.destroy;
    mount(screen, s.el);
    if (route.auto) { route.auto = false; s.submit(); }
  } else if (route.name === 'names') {
    const { code } = route;
    mount(screen, namesScreen({
      call, code, roster: route.roster, onJoined: (j) => join(code, j),
      onReload: () => void call<Roster>('roster', { code }).then((r) => { if (r.ok && route.name === 'names') go({ name: 'names', code, roster: r.data }); }),
      onBack: () => go({ name: 'code', notice: null, auto: false }),
    }));
  } else if (route.name === 'ended') {
    mount(screen, endedScreen(route.why, route.unsent, () => go({ name: 'code', notice: null, auto: false })));
  } else if (!board) {
    mount(screen, connectingScreen());
  } else if (board.kind === 'meeting') {
    mount(screen, checkInScreen(board, leave));
  } else if (board.kind === 'questionnaire' && live) {
    view = { kind: 'questionnaire', v: questionnaireView({ call, live, toast }, board) };
    mount(screen, view.v.el);
  } else if (board.kind === 'workshop' && session && live) {
    view = { kind: 'workshop', v: workshopView({ call, live, outbox, code: session.code, toast, queued: showBanner }, board) };
    mount(screen, view.v.el);
  }
}

function go(next: Route): void {
  route = next;
  render();
  window.scrollTo(0, 0);
}

function join(code: string, j: Joined): void {
  resetNamesForm();
  begin({ token: j.token, deviceId: j.deviceId, name: j.name, code });
}

function begin(s: Session): void {
  session = s;
  saveSession(s);
  board = null;
  live = new Live({
    call, fetch: fetchFn, eventsUrl: `${API_BASE}events`, token: s.token, code: s.code, outbox,
    handlers: {
      board: (b) => {
        const first = !board;
        board = b;
        if (first) go({ name: 'joined' }); else render();
      },
      status: showBanner,
      ended,
      dropped: (item, e) => toast(t('notice.dropped', { reason: errorText(e), text: shorten(item.text) })),
      notice: (e: PhoneError) => toast(errorText(e)),
    },
  });
  go({ name: 'joined' });
  live.start();
}

function ended(why: EndReason): void {
  const unsent = session ? outbox.of(session.code) : [];
  live = null;
  session = null;
  board = null;
  writerState.editing = null;
  clearSession();
  if (why === 'unauthorized') go({ name: 'code', notice: 'notice.signedOut', auto: false });
  else go({ name: 'ended', why, unsent });
}

function leave(): void {
  const pending = outbox.all().length;
  if (!confirm(pending ? t('ws.leaveConfirmPending', { count: pending }) : t('ws.leaveConfirm'))) return;
  live?.stop();
  // Tell the laptop if it can hear us, without waiting: leaving works offline too.
  void call('leave', {});
  outbox.clear();
  writerState.draft = '';
  writerState.editing = null;
  live = null;
  session = null;
  board = null;
  clearSession();
  go({ name: 'code', notice: null, auto: false });
}

function boot(): void {
  setLang(lang());
  const urlCode = codeFromUrl(location.search, location.hash);
  if (session && (!urlCode || urlCode === session.code)) return begin(session);
  // A link with another code is a new session: the old token belongs to one that is over.
  if (session) clearSession();
  session = null;
  if (urlCode) setTypedCode(urlCode);
  go({ name: 'code', notice: null, auto: !!urlCode });
}

boot();
