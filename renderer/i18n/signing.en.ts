// Strings of the signing settings and the election witnesses (English). Same keys as signing.id.ts.
export const signingEn = {
  title: 'Place and signatories',
  intro: 'Set once per project. The officials\' names and NIPs fill the "Mengetahui" block of every document, and the place of signing fills the place and date line.',
  open: 'Place and signatories…',
  regency: {
    label: 'Regency/city from the official list',
    search: 'Search regencies and cities',
    placeholder: 'Type a name, e.g. Cirebon',
    none: 'Not chosen yet. Pick from the official Kemendagri list.',
    noMatch: 'Nothing matches.',
    more: '{n} more; type more of the name.',
    change: 'Change',
    cancel: 'Cancel',
    province: 'Province {province}',
    seat: 'seat {seat}',
  },
  kinds: { kabupaten: 'Regency', kota: 'City' },
  place: 'Place of signing',
  placeHint: 'Default: the seat ({seat}). May be changed.',
  officials: {
    kepalaDinas: 'Head of the Dinas',
    regionalHead: 'Regional head',
    kepalaBappeda: 'Head of Bappeda',
    bupati: 'Regent (Bupati)',
    walikota: 'Mayor (Walikota)',
  },
  name: 'Name',
  nip: 'NIP',
  nipHint: '18 digits; leave empty if none',
  nipInvalid: 'A NIP has 18 digits.',
  jobTitle: 'Title',
  jobTitleHint: 'Printed: {title}',
  witnesses: {
    title: 'Official record: time and witnesses',
    hint: 'Printed in the election\'s berita acara. Without witnesses it leaves two blank places.',
    startTime: 'Meeting started at',
    zone: 'Time zone follows the province: {zone}',
    witness: 'Witness {n}',
    add: 'Add witness',
    remove: 'Remove witness {n}',
    newName: 'New witness\'s name',
  },
};

/** Undo labels of this area's methods ("Undone: ..."). */
export const signingMethodsEn: Record<string, string> = {
  'signing.set': 'change place and signatories',
  'signing.setWitnesses': 'change election witnesses',
};

export const signingErrorsEn = {
  regency_unknown: 'There is no regency or city with code {code} in the list. Nothing was changed.',
};
