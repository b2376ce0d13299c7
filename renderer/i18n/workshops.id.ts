// Strings of the workshops screens (Bahasa Indonesia). workshops.en.ts has the same keys.
export const workshopsId = {
  title: 'Lokakarya',
};

/** Undo labels of this area's methods ("Diurungkan: ..."). */
export const workshopMethodsId: Record<string, string> = {};
