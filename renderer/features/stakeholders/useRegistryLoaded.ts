import { useEffect } from 'react';
import { useProjects } from '../project/projectStore';
import { useRegistry } from './stakeholderStore';

/** Loads the registry for the open project, and again after undo, redo or a restore. */
export function useRegistryLoaded(): boolean {
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const load = useRegistry((s) => s.load);
  const loadedFor = useRegistry((s) => (s.loaded ? s.projectId : null));
  useEffect(() => {
    if (projectId) void load(projectId);
  }, [projectId, revision, load]);
  return loadedFor === projectId;
}
