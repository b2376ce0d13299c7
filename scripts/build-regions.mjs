// Builds resources/regions/regencies.json, the list of regencies and cities the signing settings
// pick from. Names and Kemendagri codes come from idn-area-data (data under ODbL); the package
// has no seats (ibukota), so a kabupaten's seat comes from scripts/regency-seats.tsv, compiled by
// hand, and a kota's seat is the city itself. The output is committed and the app never reads the
// package, so it is not a dependency: install it only to rebuild (its 4.x needs Node 22):
//   npm install --no-save idn-area-data@4.0.1 && node scripts/build-regions.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = path.join(root, 'node_modules/idn-area-data');
const out = path.join(root, 'resources/regions/regencies.json');

/** The package's CSVs are plain: a header, then comma-separated fields without quotes. */
function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(path.join(pkgDir, 'data', file), 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => {
    const values = line.split(',');
    if (values.length !== keys.length) throw new Error(`${file}: unexpected line "${line}"`);
    return Object.fromEntries(keys.map((k, i) => [k, values[i].trim()]));
  });
}

function readSeats() {
  const seats = new Map();
  for (const line of fs.readFileSync(path.join(root, 'scripts/regency-seats.tsv'), 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, seat, name] = line.split('\t');
    if (!code || !seat || !name) throw new Error(`regency-seats.tsv: incomplete line "${line}"`);
    if (seats.has(code)) throw new Error(`regency-seats.tsv: ${code} twice`);
    seats.set(code, { seat: seat.trim(), name: name.trim() });
  }
  return seats;
}

// "Kota Administrasi Jakarta Pusat" is a kota; "Kabupaten Administrasi Kepulauan Seribu" a kabupaten.
const PREFIX = /^(Kabupaten|Kota)(?: Administrasi)? /;

const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const provinces = new Map(readCsv('provinces.csv').map((p) => [p.code, p.name]));
const seats = readSeats();
const used = new Set();
const regencies = readCsv('regencies.csv').map((r) => {
  const m = PREFIX.exec(r.name);
  if (!m) throw new Error(`regencies.csv: neither Kabupaten nor Kota: ${r.name}`);
  const kind = m[1] === 'Kota' ? 'kota' : 'kabupaten';
  const name = r.name.slice(m[0].length);
  const provinceName = provinces.get(r.province_code);
  if (!provinceName) throw new Error(`regencies.csv: unknown province ${r.province_code} for ${r.name}`);
  let seat = name;
  if (kind === 'kabupaten') {
    const s = seats.get(r.code);
    // The name column guards against a line shifted onto the wrong code.
    if (!s) throw new Error(`regency-seats.tsv: no seat for ${r.code} ${r.name}`);
    if (r.name.replace(PREFIX, '').replace('Administrasi ', '') !== s.name.replace('Administrasi ', '')) {
      throw new Error(`regency-seats.tsv: ${r.code} is ${r.name}, not ${s.name}`);
    }
    seat = s.seat;
    used.add(r.code);
  }
  return { code: r.code, name, fullName: r.name, kind, seat, provinceCode: r.province_code, provinceName };
});
const unused = [...seats.keys()].filter((c) => !used.has(c));
if (unused.length) throw new Error(`regency-seats.tsv: codes not in the list: ${unused.join(', ')}`);

const data = { source: `idn-area-data ${version} (ODbL); seats: scripts/regency-seats.tsv`, regencies };
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(data, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`${regencies.length} regencies and cities (${regencies.filter((r) => r.kind === 'kabupaten').length} kabupaten) -> ${path.relative(root, out)}`);
