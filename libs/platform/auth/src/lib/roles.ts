/** What a request may do; checked at the gateway and again by the services (defence in depth). */
export const PERMISSIONS = [
  'units:read',
  'units:write',
  'members:read',
  'members:write',
  /** Personal fields of members (citizen id, phone, address): Nghị định 13/2023 personal data. */
  'members:personal-data',
  /** Cadres and training (cán bộ, đào tạo): records, posts, courses. */
  'cadres:read',
  'cadres:write',
  /** Personal fields of cadres (name, date of birth, citizen id, phone). */
  'cadres:personal-data',
  /** A learner's own online learning: her token's `sub` is her cadre id. */
  'courses:learn',
  'cases:read',
  'cases:write',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Role ids as they arrive in the token's `roles` claim. Every role acts only within its scope. */
export const ROLES = [
  'admin',
  'unit-manager',
  'viewer',
  'member-officer',
  'legal-aid-officer',
  'cadre-officer',
  'learner',
] as const;

export type Role = (typeof ROLES)[number];

export interface RoleDefinition {
  /** Vietnamese first, English second, as every user-facing text. */
  readonly label: { readonly vi: string; readonly en: string };
  readonly permissions: readonly Permission[];
}

/**
 * The permission map. Sensitive data (members' personal fields, legal-aid cases) is granted only
 * by the roles whose work needs it; `viewer` reads the structure and the lists of members and
 * cadres (their personal fields masked), nothing more.
 */
export const ROLE_DEFINITIONS: { readonly [R in Role]: RoleDefinition } = {
  admin: {
    label: { vi: 'Quản trị viên', en: 'Administrator' },
    permissions: PERMISSIONS,
  },
  'unit-manager': {
    label: { vi: 'Cán bộ quản lý tổ chức', en: 'Organisation manager' },
    permissions: ['units:read', 'units:write'],
  },
  viewer: {
    label: { vi: 'Người xem', en: 'Viewer' },
    permissions: ['units:read', 'members:read', 'cadres:read'],
  },
  'member-officer': {
    label: { vi: 'Cán bộ phụ trách hội viên', en: 'Membership officer' },
    permissions: ['units:read', 'members:read', 'members:write', 'members:personal-data'],
  },
  'legal-aid-officer': {
    label: { vi: 'Cán bộ trợ giúp pháp lý', en: 'Legal-aid officer' },
    permissions: ['units:read', 'cases:read', 'cases:write'],
  },
  'cadre-officer': {
    label: { vi: 'Cán bộ phụ trách công tác cán bộ', en: 'Cadre officer' },
    permissions: ['units:read', 'cadres:read', 'cadres:write', 'cadres:personal-data'],
  },
  learner: {
    label: { vi: 'Học viên', en: 'Learner' },
    permissions: ['courses:learn'],
  },
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The union of what the roles grant. */
export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => ROLE_DEFINITIONS[role].permissions));
}

/** "Người xem — Viewer": the label as it appears in the UI and in error details. */
export function roleLabel(role: Role): string {
  const { vi, en } = ROLE_DEFINITIONS[role].label;
  return `${vi} — ${en}`;
}
