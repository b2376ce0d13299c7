import { test as base } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { ProjectPage } from './pages/ProjectPage';
import { Shell } from './pages/Shell';

export { expect } from '@playwright/test';

let counter = 0;
/**
 * All tests share one data directory, so each creates projects under names of its own:
 * "Klaster Mebel Rotan 3k9x2".
 */
export function uniqueName(base: string): string {
  counter += 1;
  return `${base} ${Date.now().toString(36).slice(-4)}${counter}`;
}

export const test = base.extend<{ home: HomePage; project: ProjectPage; shell: Shell }>({
  home: async ({ page }, use) => use(new HomePage(page)),
  project: async ({ page }, use) => use(new ProjectPage(page)),
  shell: async ({ page }, use) => use(new Shell(page)),
});
