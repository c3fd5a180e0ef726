import { PermissionDeniedError } from './errors';
import {
  assertInScope,
  assertPermission,
  inScope,
  principalClaimsSchema,
  type Principal,
} from './principal';

// Thành Hội (city) → quận (district) → phường (ward) → chi hội (branch)
const city = 'unit-city';
const district = 'unit-district-1';
const ward = 'unit-ward-3';
const branch = 'unit-branch-5';
const otherDistrict = 'unit-district-2';

const scopedTo = (scopeUnitId: string): Principal => ({
  userId: 'u-1',
  roles: ['unit-manager'],
  scopeUnitId,
});

describe('organisational scope', () => {
  it('covers the assigned unit and its whole subtree', () => {
    const officer = scopedTo(district);
    expect(inScope(officer, [city, district])).toBe(true);
    expect(inScope(officer, [city, district, ward])).toBe(true);
    expect(inScope(officer, [city, district, ward, branch])).toBe(true);
  });

  it('excludes the ancestors, the siblings and their subtrees', () => {
    const officer = scopedTo(district);
    expect(inScope(officer, [city])).toBe(false);
    expect(inScope(officer, [city, otherDistrict])).toBe(false);
    expect(inScope(officer, [city, otherDistrict, 'unit-ward-9'])).toBe(false);
    expect(inScope(officer, [])).toBe(false);
  });

  it('gives a city-level user the whole tree', () => {
    expect(inScope(scopedTo(city), [city, otherDistrict, 'unit-ward-9'])).toBe(true);
  });

  it('throws 403 errors with stable codes for the services that re-check', () => {
    const officer = scopedTo(district);
    expect(() => assertInScope(officer, [city, district, ward])).not.toThrow();
    expect(() => assertInScope(officer, [city, otherDistrict])).toThrow(
      expect.objectContaining({ code: 'auth.out-of-scope', kind: 'forbidden' }) as Error,
    );
    expect(() => assertPermission(officer, 'units:write')).not.toThrow();
    expect(() => assertPermission(officer, 'units:write', 'members:read')).toThrow(
      PermissionDeniedError,
    );
    expect(() => assertPermission(officer, 'members:read')).toThrow(/members:read/);
  });
});

describe('claims', () => {
  it('maps sub, roles and unit to the principal', () => {
    expect(
      principalClaimsSchema.parse({ sub: 'u-7', roles: ['viewer'], unit: ward, iss: 'x', exp: 1 }),
    ).toEqual({ userId: 'u-7', roles: ['viewer'], scopeUnitId: ward });
  });

  it('drops role ids it does not know, and duplicates', () => {
    const principal = principalClaimsSchema.parse({
      sub: 'u-7',
      roles: ['viewer', 'offline_access', 'ADMIN', 'viewer'],
      unit: ward,
    });
    expect(principal.roles).toEqual(['viewer']);
  });

  it.each([
    ['no sub', { roles: [], unit: ward }, ['sub']],
    ['an empty sub', { sub: ' ', roles: [], unit: ward }, ['sub']],
    ['no unit', { sub: 'u', roles: [] }, ['unit']],
    ['a numeric unit', { sub: 'u', roles: [], unit: 42 }, ['unit']],
    ['roles as a string', { sub: 'u', roles: 'admin', unit: ward }, ['roles']],
    [
      'a role that is not a string',
      { sub: 'u', roles: [{ name: 'admin' }], unit: ward },
      ['roles'],
    ],
  ])('refuses %s', (_case, claims, fields) => {
    const result = principalClaimsSchema.safeParse(claims);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(fields);
  });
});
