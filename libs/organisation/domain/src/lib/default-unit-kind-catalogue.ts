import { type UnitKindCatalogue } from './unit-kind-catalogue';

/**
 * The last day of the district level. Vietnam's local government reform abolished districts on
 * 1 July 2025; the union followed: district unions ended and commune/ward (grassroots) unions
 * now sit directly under the province or city union.
 */
const LAST_DAY_OF_DISTRICTS = '2025-06-30';

/**
 * The structure of the Hội LHPN as this platform ships it, before and after the 2025 reform. A
 * deployment may load another catalogue (validate it with `validateCatalogue`).
 */
export const DEFAULT_UNIT_KIND_CATALOGUE: UnitKindCatalogue = {
  rootKind: 'province',
  kinds: {
    // Tỉnh Hội, Thành Hội: the root of one province's or city's tree.
    province: {
      label: { vi: 'Hội LHPN tỉnh, thành phố', en: "Province or city women's union" },
      parents: [],
    },
    // Historic: in force until the reform; its units remain in the history.
    district: {
      label: { vi: 'Hội LHPN quận, huyện, thị xã', en: "District women's union" },
      inForce: { until: LAST_DAY_OF_DISTRICTS },
      parents: [{ kind: 'province', until: LAST_DAY_OF_DISTRICTS }],
    },
    // Đơn vị trực thuộc: directly under the city union, e.g. the police women's union.
    affiliated: {
      label: {
        vi: 'Đơn vị trực thuộc',
        en: 'Unit directly under the province or city union',
      },
      parents: [{ kind: 'province' }],
    },
    // Cơ sở Hội: a commune, ward or township union, or one in an enterprise or agency.
    grassroots: {
      label: { vi: 'Cơ sở Hội', en: "Grassroots women's union" },
      parents: [{ kind: 'province' }, { kind: 'district', until: LAST_DAY_OF_DISTRICTS }],
      records: ['population', 'rating'],
    },
    // Chi hội: residential, or "special" (migrant workers, the elderly, a club). Units directly
    // under the city have branches of their own.
    branch: {
      label: { vi: 'Chi hội', en: 'Branch' },
      parents: [{ kind: 'grassroots' }, { kind: 'affiliated' }],
      // Every year the district and grassroots levels inspect 100% of branches.
      records: ['population', 'rating', 'inspection'],
    },
    // Tổ phụ nữ.
    group: {
      label: { vi: 'Tổ phụ nữ', en: "Women's group" },
      parents: [{ kind: 'branch' }],
    },
  },
};
