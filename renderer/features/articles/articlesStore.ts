import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ArticleDoc, ArticlesDraft, ArticleVersion } from '../../../shared/domain/articles';
import { call } from '../../api';
import { useMeetings } from '../meetings/meetingsStore';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

interface ArticlesState {
  projectId: string | null;
  doc: ArticleDoc;
  drafts: Partial<Record<ArticleDoc, ArticlesDraft>>;
  versions: Partial<Record<ArticleDoc, ArticleVersion[]>>;
  setDoc: (doc: ArticleDoc) => void;
  load: (projectId: string) => Promise<void>;
  /** Runs an edit; every tree edit returns the whole draft renumbered, which replaces ours. */
  edit: <M extends MethodName>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<MethodOutput<M> | null>;
}

const isDraft = (x: unknown): x is ArticlesDraft => typeof x === 'object' && x !== null && 'chapters' in x && 'doc' in x;

/** The AD and ART drafts of the open project and their saved versions. */
export const useArticles = create<ArticlesState>((set, get) => ({
  projectId: null,
  doc: 'ad',
  drafts: {},
  versions: {},
  setDoc: (doc) => set({ doc }),
  load: async (projectId) => {
    if (get().projectId !== projectId) set({ projectId, drafts: {}, versions: {} });
    try {
      const [ad, art, adV, artV] = await Promise.all([
        call('articles.get', { projectId, doc: 'ad' }), call('articles.get', { projectId, doc: 'art' }),
        call('articles.versions', { projectId, doc: 'ad' }), call('articles.versions', { projectId, doc: 'art' }),
      ]);
      if (get().projectId === projectId) set({ drafts: { ad, art }, versions: { ad: adV, art: artV } });
    } catch (e) {
      useUi.getState().fail(e);
    }
  },
  edit: async (method, input) => {
    const projectId = get().projectId;
    if (!projectId) return null;
    try {
      const out = await call(method, { ...input, projectId } as MethodInput<typeof method>);
      if (isDraft(out)) set({ drafts: { ...get().drafts, [out.doc]: out } });
      else await get().load(projectId);
      if (method === 'articles.authorise') await useMeetings.getState().refresh();
      await useProjects.getState().refreshHistory();
      return out;
    } catch (e) {
      useUi.getState().fail(e);
      return null;
    }
  },
}));
