// ANNEX-1 of the guideline (seed 003): "Kuestioner Mengenai Garis Besar Kondisi Klaster", the
// questionnaire of Step 2 that outlines a candidate cluster before the initiation. The statements
// are the seed's words, verbatim (its spelling, "kluster" and "klaster" both), best first; a test
// reads the seed and checks every one. The English is ours, for the English screens only: the
// documents print the Indonesian.

/** Text in the seed's language and our English translation. */
export interface Bilingual {
  id: string;
  en: string;
}

export const ANNEX1_TITLE: Bilingual = {
  id: 'Kuestioner Mengenai Garis Besar Kondisi Klaster',
  en: 'Questionnaire on the outline of the cluster\'s condition',
};

/** The four purposes ("Tujuan") the seed gives the questionnaire, in its order. */
export const ANNEX1_PURPOSES: readonly Bilingual[] = [
  { id: 'Identifikasi target market dan daya saing klaster', en: 'Identify the target market and the cluster\'s competitiveness' },
  { id: 'Identifikasi potensi pengembangan', en: 'Identify the potential for development' },
  { id: 'Identifikasi kepentingan klaster di tingkat daerah dan tingkat nasional', en: 'Identify the cluster\'s importance at regional and national level' },
  { id: 'Menyediakan informasi dasar untuk menyiapkan rencana kegiatan inisiasi dan perkiraan anggaran', en: 'Provide basic information for preparing the initiation plan and the budget estimate' },
];

export const BASE_KEYS = ['geography', 'coreFirms', 'market', 'materials', 'resources', 'research', 'support', 'leadingCompany'] as const;
export type BaseKey = (typeof BASE_KEYS)[number];
export const BASE_COUNT = 8;
export const STATEMENT_COUNT = 5;

export interface Annex1Base {
  /** "Base 1" .. "Base 8", as the seed numbers them. */
  number: number;
  key: BaseKey;
  title: Bilingual;
  /** Five graded statements, best first: choice 1 is the first of them. */
  statements: readonly Bilingual[];
}

export const ANNEX1_BASES: readonly Annex1Base[] = [
  {
    number: 1,
    key: 'geography',
    title: { id: 'Batasan geografis', en: 'Geographic extent' },
    statements: [
      { id: 'Jari-jari kurang dari 2.5km, dan perjalanan terlama kurang dari 30 menit', en: 'Radius under 2.5 km, and the longest journey under 30 minutes' },
      { id: 'Jari-jari kurang dari 2.5km, dan perjalanan terlama kurang dari 1 jam', en: 'Radius under 2.5 km, and the longest journey under 1 hour' },
      { id: 'Jari-jari kurang dari 2.5km, dan perjalanan terlama kurang dari 2 jam', en: 'Radius under 2.5 km, and the longest journey under 2 hours' },
      { id: 'Jari-jari kurang dari 5 km, dan perjalanan terlama kurang dari 2 jam', en: 'Radius under 5 km, and the longest journey under 2 hours' },
      { id: 'Jari-jari lebih dari 5 km, dan perjalanan terlama lebih dari 2 jam', en: 'Radius over 5 km, and the longest journey over 2 hours' },
    ],
  },
  {
    number: 2,
    key: 'coreFirms',
    title: { id: 'Jumlah perusahaan industri inti (Tingkat banyaknya perusahaan)', en: 'Number of core industry firms (how many firms)' },
    statements: [
      { id: '200 perusahaan atau lebih', en: '200 firms or more' },
      { id: '100 perusahaan atau lebih, dan kurang dari 200 perusahaan', en: '100 firms or more, and fewer than 200 firms' },
      { id: '50 perusahaan atau lebih, dan kurang dari 100 perusahaan', en: '50 firms or more, and fewer than 100 firms' },
      { id: '15 perusahaan atau lebih, dan kurang dari 50 perusahaan', en: '15 firms or more, and fewer than 50 firms' },
      { id: 'Kurang dari 15 perusahaan', en: 'Fewer than 15 firms' },
    ],
  },
  {
    number: 3,
    key: 'market',
    title: { id: 'Bidang industri/pasar', en: 'Industry field / market' },
    statements: [
      { id: 'Industri yang memiliki pasar besar di dalam dan di luar negeri, inovasi teknologinya tinggi, dan industrinya berkembang', en: 'An industry with a large market at home and abroad, high technological innovation, and a growing industry' },
      { id: 'Industri yang cukup berkembang, dan bisa diharapkan adanya pasar yang stabil di dalam dan luar negeri', en: 'A fairly developed industry, and a stable market at home and abroad can be expected' },
      { id: 'Industri biasa yang memiliki pasar lokal yang stabil, dan dengan pemasaran yang baik, bisa memiliki pengembangan pasar ke luar negeri', en: 'An ordinary industry with a stable local market, and with good marketing it could develop a market abroad' },
      { id: 'Terbatas hanya di lokal, tapi memiliki pasar yang stabil', en: 'Limited to the local area, but with a stable market' },
      { id: 'Pasar hanya terbatas pada wilayah saja dan merupakan industri tradisional atau industri yang tidak berkembang', en: 'The market is limited to the region only, and it is a traditional or undeveloped industry' },
    ],
  },
  {
    number: 4,
    key: 'materials',
    title: { id: 'Keberadaan bahan/ material yang relatif penting', en: 'Availability of relatively important materials' },
    statements: [
      { id: 'Bahan/ material yang murah dan berkualitas dapat diperoleh dengan mudah di sekitar.', en: 'Cheap, good-quality materials can easily be obtained nearby.' },
      { id: 'Bahan/ material yang murah dan berkualitas dapat diperoleh dengan mudah di sekitar, tapi ada batasannya seperti iklim dan jumlah yang disuplai.', en: 'Cheap, good-quality materials can easily be obtained nearby, but with limits such as climate and the quantity supplied.' },
      { id: 'Bahan/ material yang berkualitas dapat diperoleh dengan mudah di sekitar.', en: 'Good-quality materials can easily be obtained nearby.' },
      { id: 'Bahan/ material yang murah dapat diperoleh dengan mudah di sekitar.', en: 'Cheap materials can easily be obtained nearby.' },
      { id: 'Bahan/ material yang murah dapat diperoleh di sekitar, tapi ada batasannya seperti perubahan iklim dan jumlah yang disuplai.', en: 'Cheap materials can be obtained nearby, but with limits such as climate change and the quantity supplied.' },
    ],
  },
  {
    number: 5,
    key: 'resources',
    title: { id: 'Sumber daya yang dimiliki (Teknologi, ketrampilan dll)', en: 'Resources held (technology, skills, etc.)' },
    statements: [
      { id: 'Sejak jaman dulu, telah memiliki sumber daya khusus yang melimpah, dan diakui di dalam dan luar negeri.', en: 'Has long had abundant special resources, recognised at home and abroad.' },
      { id: 'Sejak jaman dulu, telah memiliki sumber daya khusus yang melimpah, dan terkenal di dalam negeri.', en: 'Has long had abundant special resources, well known at home.' },
      { id: 'Memiliki sumber daya khusus yang melimpah, dan cukup diakui di dalam negeri.', en: 'Has abundant special resources, fairly recognised at home.' },
      { id: 'Memiliki sumber daya khusus yang cukup.', en: 'Has sufficient special resources.' },
      { id: 'Sumber daya khusus di wilayah hampir tidak ada.', en: 'Special resources in the region hardly exist.' },
    ],
  },
  {
    number: 6,
    key: 'research',
    title: { id: 'Lembaga penelitian dan pengembangan', en: 'Research and development institutions' },
    statements: [
      { id: 'Ada lebih dari 5 universitas/ lembaga penelitian pada jarak tempuh kurang dari 1 jam, dan ada contoh kerjasama industri – universitas', en: "More than 5 universities/research institutes within less than 1 hour's travel, and examples of industry–university cooperation exist" },
      { id: 'Ada beberapa universitas/ lembaga penelitian pada jarak tempuh kurang dari 1 jam, dan memiliki kebijakan yang aktif untuk kerjasama industri - universitas', en: "Several universities/research institutes within less than 1 hour's travel, with an active policy for industry–university cooperation" },
      { id: 'Ada universitas/ lembaga penelitian/ Sekolah Menengah Industri pada jarak tempuh kurang dari 1 jam, dan ada pergerakan untuk kerjasama industri – universitas', en: "A university/research institute/industrial secondary school within less than 1 hour's travel, and moves towards industry–university cooperation" },
      { id: 'Ada UPT/ Sekolah Menengah Industri pada jarak tempuh kurang dari 1 jam, dan ada pergerakan untuk kerjasama industri – UPT/ sekolah, tapi tingkat teknologinya masih rendah.', en: "A technical service unit (UPT)/industrial secondary school within less than 1 hour's travel, and moves towards industry–UPT/school cooperation, but its level of technology is still low." },
      { id: 'Ada UPT/ Sekolah Menengah Industri pada jarak tempuh kurang dari 1 jam, tapi sekarang kerjasama industri - masih pasif dan ada pergerakan untuk kerjasama industri – UPT/ sekolah masih pasif universitas, tapi tingkat teknologinya masih rendah.', en: "A technical service unit (UPT)/industrial secondary school within less than 1 hour's travel, but industry cooperation is still passive and moves towards industry–UPT/school cooperation are still passive, and its level of technology is still low." },
    ],
  },
  {
    number: 7,
    key: 'support',
    title: { id: 'Lembaga pendukung dan pembina', en: 'Support and guidance institutions' },
    statements: [
      { id: 'Ada fasilitator seperti dinas dan aktif melakukan pembinaan. Pernah melakukan kerjasama dengan pemerintah Pusat, pertemuan berkala dilakukan. Terbentuk network antara fasilitator, BDS provider dan kluster. Dasar pembinaan kluster diperjelas dengan peraturan daerah, rencana pembinaan ditetapkan. Anggaran disiapkan. Pernah berhasil melakukan kerjasama yang nyata dan kongkrit.', en: 'There is a facilitator such as a government office, actively giving guidance. It has cooperated with the central government, and regular meetings are held. A network between the facilitator, BDS providers and the cluster has been formed. The basis for guiding the cluster is made clear by a regional regulation, and a guidance plan is set. A budget is prepared. It has succeeded in real, concrete cooperation.' },
      { id: 'Ada fasilitator seperti dinas dan aktif melakukan pembinaan. Dengan anggaran daerah, dilakukan pertemuan berkala. Terbentuk network antara Fasilitator BDS Provider dan kluster. Tapi program pembinaan yang nyata dan kongkrit masih berjalan dan belum berhasil.', en: 'There is a facilitator such as a government office, actively giving guidance. Regular meetings are held with the regional budget. A network between the facilitator, BDS providers and the cluster has been formed. But a real, concrete guidance programme is still under way and has not yet succeeded.' },
      { id: 'Dibentuk divisi fasilitator Kluster, pelaksana juga ditetapkan. Sedang dilakukan koordinasi untuk pertemuan dengan kluster lokal untuk pelaksanaan proyek yang nyata.', en: 'A cluster facilitator division has been formed and its staff appointed. Coordination is under way to meet the local cluster for carrying out a real project.' },
      { id: 'Dibentuk divisi Fasilitator Kluster, pelaksana juga ditetapkan. Sekarang sedang dilakukan analisa SWOT pada kluster lokal, dan sedang memulai survei mengenai BDS.', en: 'A cluster facilitator division has been formed and its staff appointed. A SWOT analysis of the local cluster is now being carried out, and a survey of BDS is starting.' },
      { id: 'Tidak ada kegiatan fasilitator kluster yang terorganisir, petugas pelaksana pembinaan IKM di Dinas Perindag baru akan memulai keorganisasian kluster sebagai bagian pembinaan IKM.', en: 'There is no organised cluster facilitation; the officers guiding small industries (IKM) at the trade and industry office are only about to start organising the cluster as part of that guidance.' },
    ],
  },
  {
    number: 8,
    key: 'leadingCompany',
    title: { id: 'Perusahaan inti', en: 'Core company' },
    statements: [
      { id: 'Di perusahaan lokal ada perusahaan dengan skala besar, memiliki kemampuan teknologi, dan aktif mendorong perusahaan lain sebagai pemimpin industri inti di wilayahnya. Melalui perusahaan ini, bisa di sharing keseluruhan kegiatan pemerintah, kondisi network, dan pergerakan industri di wilayahnya.', en: "Among local firms there is a large-scale firm with technological capability that actively encourages other firms as the leader of the core industry in its region. Through this firm, all of the government's activities, the state of the network and the movements of industry in the region can be shared." },
      { id: 'Ada perusahaan lokal menengah yang memiliki tingkat standar tertentu, dan diakui sebagai pemimpin di industri inti di wilayahnya. Dan perusahaan ini memiliki kemauan sebagai koordinator industri di wilayahnya.', en: 'There is a medium-sized local firm of a certain standard, recognised as a leader of the core industry in its region, and this firm is willing to act as the coordinator of industry in its region.' },
      { id: 'Ada perusahaan yang telah lama berdiri di wilayah tersebut, atau memiliki pengaruh tertentu, dan memiliki kemauan sebagai koordinator industri di wilayahnya.', en: 'There is a firm long established in the region, or with a certain influence, that is willing to act as the coordinator of industry in its region.' },
      { id: 'Ada beberapa perusahaan yang memiliki karisma pemimpin, tapi secara resmi perusahaan sebagai pemimpin tidak ada.', en: "There are several firms with a leader's charisma, but formally no firm acts as the leader." },
      { id: 'Tidak ada perusahaan yang memiliki karisma pemimpin', en: "No firm has a leader's charisma" },
    ],
  },
];
