import { execFileSync } from 'node:child_process';

/** poppler-utils (pdfinfo, pdftoppm) is installed: .ci/run installs it; tests that need it skip elsewhere. */
export const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
