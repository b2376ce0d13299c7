import { create } from 'zustand';
import { ApiFailure } from '../../api';
import { translate, useLanguage, type Params, type TKey } from '../../i18n';

export const PROJECT_AREAS = ['home', 'details', 'initiation', 'stakeholders', 'map', 'meetings', 'vision', 'workshops', 'articles', 'cedc', 'actionPlans', 'diagnosis'] as const;
export type ProjectAreaId = (typeof PROJECT_AREAS)[number];
// `detail` is what is open inside the area (a meeting and its tab), so a reload reopens it.
export type Route = { name: 'home' } | { name: 'project'; projectId: string; area: ProjectAreaId; detail?: string }
  // A workshop's wall on the projector: a page of its own, without the shell around it.
  | { name: 'projector'; projectId: string; workshopId: string };
export type DialogName = 'new-project' | 'backups' | 'shortcuts' | 'delete-project' | null;
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** One button beside the text, e.g. "Buka Komite" after an undo that changed another screen. */
  action?: { label: string; run: () => void };
}
/** How long a notice stays: errors longer, so a facilitator glancing away still reads them. */
export const NOTICE_MS = { info: 5000, error: 15000 } as const;
const MAX_NOTICES = 2;

const PROJECTOR_KEY = 'klaster.projector';

function routeFromHash(): Route {
  const p = /^#\/project\/([0-9a-f-]{36})\/workshops\/([0-9a-f-]{36})\/projector$/.exec(location.hash);
  if (p) return { name: 'projector', projectId: p[1]!, workshopId: p[2]! };
  const m = /^#\/project\/([0-9a-f-]{36})(?:\/(\w+)(?:\/([\w/-]+))?)?$/.exec(location.hash);
  if (!m) return { name: 'home' };
  const area = PROJECT_AREAS.find((a) => a === m[2]);
  if (!area) return { name: 'project', projectId: m[1]!, area: 'home' };
  return m[3] ? { name: 'project', projectId: m[1]!, area, detail: m[3] } : { name: 'project', projectId: m[1]!, area };
}

export function hashOf(route: Route): string {
  if (route.name === 'projector') return `#/project/${route.projectId}/workshops/${route.workshopId}/projector`;
  if (route.name === 'home') return '#/';
  return `#/project/${route.projectId}/${route.area}${route.detail ? `/${route.detail}` : ''}`;
}

interface UiState {
  route: Route;
  dialog: DialogName;
  projector: boolean;
  notices: Notice[];
  navigate: (route: Route) => void;
  /** Records what is open inside `area` in the address (no new history entry); ignored once elsewhere. */
  setDetail: (area: ProjectAreaId, detail: string | null) => void;
  openDialog: (dialog: DialogName) => void;
  setProjector: (on: boolean) => void;
  notify: (key: TKey, params?: Params, action?: Notice['action']) => void;
  fail: (error: unknown) => void;
  /** An error notice for a refusal the screen makes itself, before anything is sent. */
  failWith: (key: TKey, params?: Params) => void;
  dismiss: (id: number) => void;
}

let nextNotice = 1;

export const useUi = create<UiState>((set, get) => ({
  route: routeFromHash(),
  dialog: null,
  projector: localStorage.getItem(PROJECTOR_KEY) === 'on',
  notices: [],
  navigate: (route) => {
    if (location.hash !== hashOf(route)) history.pushState(null, '', hashOf(route));
    set({ route, dialog: null });
  },
  setDetail: (area, detail) => {
    const route = get().route;
    if (route.name !== 'project' || route.area !== area || (route.detail ?? null) === detail) return;
    const { detail: _old, ...rest } = route;
    const next: Route = detail ? { ...rest, detail } : rest;
    history.replaceState(null, '', hashOf(next));
    set({ route: next });
  },
  openDialog: (dialog) => set({ dialog }),
  setProjector: (on) => {
    localStorage.setItem(PROJECTOR_KEY, on ? 'on' : 'off');
    set({ projector: on });
  },
  notify: (key, params, action) => push(set, get, 'info', translate(useLanguage.getState().lang, key, params), action),
  fail: (error) => push(set, get, 'error', errorText(error)),
  failWith: (key, params) => push(set, get, 'error', translate(useLanguage.getState().lang, key, params)),
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
}));

function push(set: (s: Partial<UiState>) => void, get: () => UiState, kind: Notice['kind'], text: string, action?: Notice['action']): void {
  const notice: Notice = { id: nextNotice++, kind, text, ...(action ? { action } : {}) };
  // The same message again replaces the old one, and at most two show, so notices never pile up over the work.
  const others = get().notices.filter((n) => n.text !== text);
  set({ notices: [...others.slice(-(MAX_NOTICES - 1)), notice] });
  setTimeout(() => get().dismiss(notice.id), NOTICE_MS[kind]);
}

/** The user-language sentence for any failure, from its stable reason key. */
export function errorText(error: unknown): string {
  const lang = useLanguage.getState().lang;
  if (error instanceof ApiFailure) {
    const key = `errors.${error.error.reason ?? error.error.code}`;
    const text = translate(lang, key, error.error.params);
    return text === key ? translate(lang, `errors.${error.error.code}`) : text;
  }
  console.error(error);
  return translate(lang, 'errors.internal');
}

window.addEventListener('popstate', () => useUi.setState({ route: routeFromHash(), dialog: null }));
