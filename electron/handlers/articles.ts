import type { articleMethods } from '../../shared/contracts/articles';
import { numberTree } from '../../shared/articleNumbering';
import { readDraft } from '../services/articles/draft';
import { addNode, deleteNode, moveNode, updateNode } from '../services/articles/edit';
import { generateDraft } from '../services/articles/generate';
import { authoriseVersion, compareVersions, listVersions, readVersion, saveVersion } from '../services/articles/versions';
import { project, type HandlerSlice } from './types';

export const articleHandlers: HandlerSlice<keyof typeof articleMethods> = {
  'articles.get': project((db, { doc }) => readDraft(db, doc)),
  'articles.generate': project((db, { doc, replace }, t) => {
    generateDraft(db, doc, replace, t);
    return readDraft(db, doc);
  }),
  'articles.add': project((db, { projectId: _p, ...i }, t) => readDraft(db, i.doc, addNode(db, i, t))),
  'articles.update': project((db, { id, title, text }, t) => readDraft(db, updateNode(db, id, { title, text }, t).doc)),
  'articles.move': project((db, { id, parentId, index }, t) => readDraft(db, moveNode(db, id, { parentId, index }, t).doc)),
  'articles.delete': project((db, { id }, t) => readDraft(db, deleteNode(db, id, t).doc)),

  'articles.saveVersion': project((db, { doc, name }, t) => saveVersion(db, doc, name, t)),
  'articles.versions': project((db, { doc }) => listVersions(db, doc)),
  'articles.version': project((db, { versionId }) => {
    const { tree, ...v } = readVersion(db, versionId);
    return { ...v, numbered: numberTree(tree) };
  }),
  'articles.compare': project((db, { beforeId, afterId }) => compareVersions(db, beforeId, afterId)),
  'articles.authorise': project((db, { versionId, meetingId }, t) => authoriseVersion(db, versionId, meetingId, t)),
};
