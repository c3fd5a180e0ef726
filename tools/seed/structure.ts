// The union's structure of a city as it stood in 2019, generated: district-level unions,
// grassroots unions (communes and wards, and unions in agencies and enterprises), branches and
// women's groups, with Vietnamese names, as rows of the unit import file. Deterministic: the same
// scale gives the same file, so a re-run of the seed is the same import (and changes nothing).

/** How many units of each level; `hanoi` is the city's figures of the 2019 term. */
export interface Scale {
  readonly districts: number;
  readonly affiliated: number;
  readonly communes: number;
  readonly otherGrassroots: number;
  readonly branches: number;
  readonly groups: number;
  /** Commune and ward unions after the 2025 reform, directly under the city. */
  readonly newCommunes: number;
}

export const SCALES: Readonly<Record<string, Scale>> = {
  hanoi: {
    districts: 30,
    affiliated: 3,
    communes: 526,
    otherGrassroots: 233,
    branches: 5_762,
    groups: 15_527,
    newCommunes: 126,
  },
  district: {
    districts: 2,
    affiliated: 1,
    communes: 36,
    otherGrassroots: 14,
    branches: 380,
    groups: 1_020,
    newCommunes: 9,
  },
  small: {
    districts: 2,
    affiliated: 1,
    communes: 8,
    otherGrassroots: 2,
    branches: 40,
    groups: 60,
    newCommunes: 3,
  },
};

/** A row of the import file: code, name, kind, the parent's code ('' = the city), date. */
export type StructureRow = readonly [string, string, string, string, string];

export const STRUCTURE_COLUMNS = ['Mã', 'Tên đơn vị', 'Loại', 'Mã cấp trên', 'Ngày thành lập'];

const DISTRICTS = [
  ...['Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa'].map((n) => `quận ${n}`),
  ...['Hai Bà Trưng', 'Hoàng Mai', 'Thanh Xuân', 'Nam Từ Liêm', 'Bắc Từ Liêm', 'Hà Đông'].map(
    (n) => `quận ${n}`,
  ),
  'thị xã Sơn Tây',
  ...['Ba Vì', 'Chương Mỹ', 'Đan Phượng', 'Đông Anh', 'Gia Lâm', 'Hoài Đức', 'Mê Linh'].map(
    (n) => `huyện ${n}`,
  ),
  ...['Mỹ Đức', 'Phú Xuyên', 'Phúc Thọ', 'Quốc Oai', 'Sóc Sơn', 'Thạch Thất', 'Thanh Oai'].map(
    (n) => `huyện ${n}`,
  ),
  ...['Thanh Trì', 'Thường Tín', 'Ứng Hòa'].map((n) => `huyện ${n}`),
];

const AFFILIATED = [
  'Hội Phụ nữ Công an thành phố',
  'Hội Phụ nữ Bộ Chỉ huy Quân sự thành phố',
  'Hội Phụ nữ Khối các cơ quan thành phố',
];

const SYLLABLES = (
  'An Bình Phú Thịnh Hòa Đông Tây Nam Bắc Trung Tân Phúc Lộc Thọ Xuân Hạ Thượng Minh Quang ' +
  'Hưng Long Vĩnh Đại Thanh Kim Ngọc Hồng Liên Mỹ Đức Thái Hợp Tiến Yên Văn Sơn Cát Lĩnh ' +
  'Phương Hải Khánh Nghĩa Lương Hiệp Trường Thạch Quế Lạc'
).split(' ');

const WORKPLACES = ['Công ty', 'Bệnh viện', 'Trường', 'Tổng công ty', 'Ban quản lý', 'Trung tâm'];

/** Place names, unique across the whole generated city: two syllables, then a number if need be. */
export function placeNames(count: number, salt: number): string[] {
  const names: string[] = [];
  const n = SYLLABLES.length;
  for (let i = 0; names.length < count; i += 1) {
    const a = SYLLABLES[(i * 7 + salt) % n] ?? '';
    const b = SYLLABLES[(Math.floor(i / n) * 11 + i * 3 + salt + 1) % n] ?? '';
    const round = Math.floor(i / (n * n));
    const name = a === b ? '' : `${a} ${b}${round > 0 ? ` ${round + 1}` : ''}`;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** How many of `total` go to the i-th of `parts`, spread as evenly as integers allow. */
export function share(total: number, parts: number, i: number): number {
  return Math.floor(((i + 1) * total) / parts) - Math.floor((i * total) / parts);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Parent {
  readonly code: string;
  readonly place: string;
}

/** The 2019 structure: every row of the import file, parents before children. */
export function structure2019(scale: Scale): StructureRow[] {
  const rows: StructureRow[] = [];
  const on = '01/01/2019';
  const districts = DISTRICTS.slice(0, scale.districts).map((name, i) => {
    rows.push([`Q${pad(i + 1, 2)}`, `Hội LHPN ${name}`, 'district', '', on]);
    return `Q${pad(i + 1, 2)}`;
  });
  const affiliated = AFFILIATED.slice(0, scale.affiliated).map((name, i) => {
    rows.push([`TT${i + 1}`, name, 'affiliated', '', on]);
    return { code: `TT${i + 1}`, place: name.replace('Hội Phụ nữ ', '') };
  });
  const communeNames = placeNames(scale.communes, 0);
  const grassroots: Parent[] = [];
  districts.forEach((district, d) => {
    for (let k = 0; k < share(scale.communes, districts.length, d); k += 1) {
      const place = communeNames[grassroots.length] ?? '';
      const ward = district.startsWith('Q') && d < 12 ? 'phường' : 'xã';
      const code = `${district}-X${pad(k + 1, 3)}`;
      rows.push([code, `Hội LHPN ${ward} ${place}`, 'grassroots', district, on]);
      grassroots.push({ code, place });
    }
  });
  districts.forEach((district, d) => {
    for (let k = 0; k < share(scale.otherGrassroots, districts.length, d); k += 1) {
      const code = `${district}-CQ${pad(k + 1, 3)}`;
      const place = `${WORKPLACES[k % WORKPLACES.length] ?? ''} ${district}.${k + 1}`;
      rows.push([code, `Cơ sở Hội ${place}`, 'grassroots', district, on]);
      grassroots.push({ code, place });
    }
  });
  const branchParents = [...grassroots, ...affiliated];
  const branches: string[] = [];
  branchParents.forEach((parent, p) => {
    for (let k = 0; k < share(scale.branches, branchParents.length, p); k += 1) {
      const code = `${parent.code}-C${pad(k + 1, 2)}`;
      rows.push([
        code,
        `Chi hội tổ dân phố số ${k + 1} – ${parent.place}`,
        'branch',
        parent.code,
        on,
      ]);
      branches.push(code);
    }
  });
  branches.forEach((branch, b) => {
    for (let k = 0; k < share(scale.groups, branches.length, b); k += 1)
      rows.push([`${branch}-T${k + 1}`, `Tổ phụ nữ số ${k + 1}`, 'group', branch, on]);
  });
  return rows;
}
