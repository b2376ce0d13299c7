import { MAP_EXPORT_FORMATS } from '../../../shared/contract';
import type { RelationKind } from '../../../shared/domain/relation';
import { call } from '../../api';
import { Menu } from '../../components/Menu';
import { useT } from '../../i18n';
import { saveBinaryFile } from '../../lib/files';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

interface Props {
  /** What the screen shows; exports follow it. Absent = everything. */
  stakeholderIds?: string[];
  relationKinds?: RelationKind[];
  /** Extra entries from the caller (e.g. the map picture as PNG/SVG). */
  extra?: { label: string; onSelect: () => void }[];
}

/** Export of the map's data for Excel and graph tools (Gephi, yEd), following the filter on screen. */
export function DataExportMenu({ stakeholderIds, relationKinds, extra = [] }: Props) {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const run = async (format: (typeof MAP_EXPORT_FORMATS)[number]) => {
    if (!projectId) return;
    try {
      const file = await call('network.export', { projectId, format, stakeholderIds, relationKinds });
      if (await saveBinaryFile(file)) useUi.getState().notify('exports.saved', { name: file.fileName });
    } catch (e) {
      useUi.getState().fail(e);
    }
  };
  return (
    <Menu
      label={t('exports.menu')}
      className="facilitator-only"
      items={[...extra, ...MAP_EXPORT_FORMATS.map((f) => ({ label: t(`exports.${f}`), onSelect: () => void run(f) }))]}
    />
  );
}
