import type { Actor } from '@vwu/platform-auth';

/** GET /api/v1/members?name=&unitId=: members whose name has these words, under a unit. */
export class SearchMembersQuery {
  constructor(
    readonly search: {
      readonly name: string;
      readonly unitId: string;
      readonly limit: number;
      readonly after?: string;
    },
    readonly actor: Actor,
  ) {}
}
