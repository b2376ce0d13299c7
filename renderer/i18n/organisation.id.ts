// Strings of the organisation screens (Bahasa Indonesia). organisation.en.ts has the same keys.
export const organisationId = {
  title: 'Organisasi klaster',
};

/** Undo labels of this area's methods ("Diurungkan: ..."). */
export const organisationMethodsId: Record<string, string> = {};
