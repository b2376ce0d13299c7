import type { Paper } from '../../export/docx';
import { docContext } from '../../export/documents/common';
import { renderClusterPriorities } from '../../export/documents/clusterPriorities';
import { localToday } from '../actionPlans/documentData';
import type { ServiceContext } from '../context';
import { comparePriorities } from './compare';

/** The regency view as a Word file: every project compared, with the given project's letterhead and officials. */
export function renderPrioritiesDocument(ctx: ServiceContext, projectId: string, supported: number, paper?: Paper) {
  const db = ctx.store.db(projectId);
  return renderClusterPriorities(comparePriorities(ctx), supported, docContext(db, paper), localToday());
}
