import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every screen at the projector's resolution: nothing wider than the window, the header one row.
test.use({ viewport: { width: 1024, height: 768 } });

/** What sticks out of the window, or scrolls sideways inside it: a list of offenders, empty when all fits. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('main *, [role="dialog"] *')) {
      // A control wider than the room left for it runs off the right edge (a select as wide as its longest option).
      // (Inside a box that clips or scrolls, the scroll check below applies instead.)
      const right = el.getBoundingClientRect().right;
      let clipped = false;
      for (let up = el.parentElement; up && !clipped && up.tagName !== 'MAIN' && up.getAttribute('role') !== 'dialog'; up = up.parentElement) clipped = getComputedStyle(up).overflowX !== 'visible';
      if (right > window.innerWidth + 1 && !clipped && el.checkVisibility()) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(right)}px`);
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX) || el.clientWidth === 0 || !el.checkVisibility()) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} scrolls ${el.scrollWidth}/${el.clientWidth}px`);
    }
    return out;
  });
}

async function expectFits(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await overflow(page), screen).toEqual([]);
  const header = await page.getByRole('banner').boundingBox();
  expect(header!.height, `${screen}: one-row header`).toBeLessThan(56);
}

test('every screen of a project in use fits 1024x768, with a one-row header that stays on top', async ({ page, request }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const demo = await ok('projects.createDemo', {});
  const projectId = demo.id as string;
  const people = (await ok('stakeholders.list', { projectId })) as { id: string }[];
  const meeting = await ok('meetings.create', { projectId, kind: 'kickoff', title: 'Pertemuan awal klaster batik tulis Lasem', date: '2026-03-10', place: 'Pendopo Kecamatan Lasem' });
  await ok('attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: people.slice(0, 12).map((p) => p.id) });
  await ok('attendees.add', { projectId, meetingId: meeting.id, walkIn: true, name: 'Raden Ayu Sekar Kusumawardhani', organisation: 'Paguyuban Pembatik Tulis Pesisir Utara Jawa Tengah', village: 'Desa Sumbergirang', phone: '+62 812-3456-7890' });
  const workshop = await ok('workshops.create', { projectId, theme: 'Masalah utama klaster batik', template: 'problems' });
  for (const name of ['Kelembagaan dan organisasi', 'Bahan baku dan pewarnaan', 'Pemasaran dan merek bersama', 'Permodalan', 'Sumber daya manusia']) {
    const g = await ok('groups.create', { projectId, workshopId: workshop.id, name });
    await ok('cards.create', { projectId, workshopId: workshop.id, text: `Kartu tentang ${name.toLowerCase()}`, groupId: g.id });
  }

  for (const area of ['home', 'details', 'stakeholders', 'map', 'meetings', 'vision', 'workshops', 'articles', 'cedc', 'actionPlans']) {
    await page.goto(`/#/project/${projectId}/${area}`);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectFits(page, area);
  }
  for (const tab of ['detail', 'agenda', 'attendance', 'rules', 'documents']) {
    await page.goto(`/#/project/${projectId}/meetings/${meeting.id}/${tab}`);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText('Pertemuan awal');
    await expectFits(page, `meeting ${tab}`);
  }
  await page.goto(`/#/project/${projectId}/workshops`);
  await page.getByRole('main').getByRole('button', { name: 'Masalah utama klaster batik', exact: true }).click();
  for (const tab of ['Aturan', 'Kartu', 'Kelompokkan', 'Pilih', 'Hasil']) {
    await page.getByRole('main').getByRole('tab', { name: tab, exact: true }).click();
    await expectFits(page, `workshop ${tab}`);
  }

  // An action plan's questions, with long names in the supporters' list.
  await page.goto(`/#/project/${projectId}/actionPlans`);
  await page.getByRole('main').getByRole('button', { name: /Pembelian bahan baku bersama/ }).first().click();
  await expect(page.getByText('Siapa yang menjadi pendukung tersebut?')).toBeVisible();
  await expectFits(page, 'action plan questions');

  // The stakeholder dialog keeps its buttons in view, however long the form.
  await page.goto(`/#/project/${projectId}/stakeholders`);
  await page.getByRole('main').getByRole('button', { name: 'Tambah', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Simpan' })).toBeInViewport();
  await expectFits(page, 'stakeholder dialog');
  await page.keyboard.press('Escape');

  // The header stays on top when a long screen scrolls.
  await page.mouse.wheel(0, 2000);
  await expect(page.getByRole('banner').getByRole('button', { name: /Urungkan/ })).toBeInViewport();
});
