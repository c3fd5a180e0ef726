import { hasPermission, type Principal } from './principal';
import {
  PERMISSIONS,
  ROLES,
  isRole,
  permissionsOf,
  roleLabel,
  type Permission,
  type Role,
} from './roles';

const as = (...roles: Role[]): Principal => ({ userId: 'u-1', roles, scopeUnitId: 'unit-1' });

describe('roles and permissions', () => {
  it('gives the administrator every permission', () => {
    for (const permission of PERMISSIONS) expect(hasPermission(as('admin'), permission)).toBe(true);
  });

  it.each<[Role, Permission[]]>([
    ['unit-manager', ['units:read', 'units:write']],
    ['viewer', ['units:read', 'members:read', 'cadres:read']],
    ['member-officer', ['units:read', 'members:read', 'members:write', 'members:personal-data']],
    ['legal-aid-officer', ['units:read', 'cases:read', 'cases:write']],
    ['cadre-officer', ['units:read', 'cadres:read', 'cadres:write', 'cadres:personal-data']],
    ['learner', ['courses:learn']],
  ])('grants %s exactly %j', (role, granted) => {
    expect([...permissionsOf([role])].sort()).toEqual([...granted].sort());
  });

  it('keeps personal data and legal-aid cases to the roles that need them', () => {
    const personalData = ROLES.filter((role) => hasPermission(as(role), 'members:personal-data'));
    const cases = ROLES.filter((role) => hasPermission(as(role), 'cases:read'));
    const cadres = ROLES.filter((role) => hasPermission(as(role), 'cadres:personal-data'));
    expect(personalData).toEqual(['admin', 'member-officer']);
    expect(cadres).toEqual(['admin', 'cadre-officer']);
    expect(cases).toEqual(['admin', 'legal-aid-officer']);
    const learning = ROLES.filter((role) => hasPermission(as(role), 'courses:learn'));
    expect(learning).toEqual(['admin', 'learner']);
  });

  it('unites the permissions of several roles, and grants nothing without a role', () => {
    const both = as('viewer', 'legal-aid-officer');
    expect(hasPermission(both, 'members:read')).toBe(true);
    expect(hasPermission(both, 'cases:write')).toBe(true);
    expect(hasPermission(both, 'units:write')).toBe(false);
    for (const permission of PERMISSIONS) expect(hasPermission(as(), permission)).toBe(false);
  });

  it('labels roles in Vietnamese first, then English', () => {
    expect(roleLabel('viewer')).toBe('Người xem — Viewer');
    for (const role of ROLES) expect(roleLabel(role)).toMatch(/^\S.* — [A-Z][a-z-]+( [a-z-]+)*$/);
  });

  it('knows role ids exactly, lowercase', () => {
    expect(isRole('admin')).toBe(true);
    expect(isRole('Admin')).toBe(false);
    expect(isRole('superuser')).toBe(false);
  });
});
