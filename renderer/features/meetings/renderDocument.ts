import type { MethodInput } from '../../../shared/contract';
import { call } from '../../api';
import { saveBinaryFile } from '../../lib/files';
import { useUi } from '../shell/uiStore';

/** Renders a Word document and saves it (download, or the native dialog in Electron); false on failure. */
export async function renderDocument(request: MethodInput<'documents.render'>): Promise<boolean> {
  try {
    const file = await call('documents.render', request);
    if (await saveBinaryFile(file)) useUi.getState().notify('meetings.docs.saved', { name: file.fileName });
    return true;
  } catch (e) {
    useUi.getState().fail(e);
    return false;
  }
}
