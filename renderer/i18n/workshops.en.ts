import type { workshopsId } from './workshops.id';

export const workshopsEn: typeof workshopsId = {
  title: 'Workshops',
};

export const workshopMethodsEn: Record<string, string> = {};
