import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { hasPermission, principalOf } from '@vwu/platform-auth';
import { maskPersonalFields, type MaskedPersonalFields } from '@vwu/platform-personal-data';
import type { CadrePost, CadreRecord } from '@vwu/training-domain';
import { authorisedCadre } from '../cadre-access';
import { CadrePersonalData, CadreWorkspace, type CadrePersonalFields } from '../cadre-streams';
import { GetCadreQuery } from './get-cadre.query';

/** Her record as GET /api/v1/cadres/{id} answers it (internal-api's `cadreView`). */
export type CadreDto = Pick<
  CadreRecord,
  'unitId' | 'ancestorIds' | 'memberId' | 'birthYear' | 'registeredOn' | 'erased'
> & {
  readonly id: string;
  readonly version: number;
  readonly qualifications: Readonly<Record<string, { value: string; since: string }>>;
  /** Every post she has held, in appointment order. */
  readonly posts: readonly CadrePost[];
  readonly awards: readonly { readonly award: string; readonly year: number }[];
  readonly plans: readonly {
    readonly unitId: string;
    readonly position: string;
    readonly term: string;
  }[];
  /** In full for roles with `cadres:personal-data`, masked for others, null once erased. */
  readonly personal: CadrePersonalFields | MaskedPersonalFields | null;
};

/** A cadre as her record's scope reads her; her personal fields only as far as the role needs. */
@QueryHandler(GetCadreQuery)
export class GetCadreHandler implements IQueryHandler<GetCadreQuery, CadreDto> {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly personalData: CadrePersonalData,
  ) {}

  async execute({ cadreId, actor }: GetCadreQuery): Promise<CadreDto> {
    const loaded = await authorisedCadre(this.cadres, cadreId, actor, 'cadres:read');
    const cadre = loaded.state as CadreRecord;
    // Erased is erased, even in the moment before her key is shredded (EraseCadreHandler).
    const fields = cadre.erased ? undefined : await this.personalData.open(loaded);
    const full = hasPermission(principalOf(actor), 'cadres:personal-data');
    const { unitId, ancestorIds, memberId, birthYear, registeredOn, erased } = cadre;
    return {
      id: cadreId,
      unitId,
      ancestorIds,
      memberId,
      birthYear,
      registeredOn,
      erased,
      version: loaded.version,
      qualifications: cadre.qualifications,
      plans: cadre.plans.map((key) => {
        const [term = '', position = '', unitId = ''] = key.split(':');
        return { unitId, position, term };
      }),
      awards: cadre.awards.map((key) => {
        const [year = '', award = ''] = key.split(':');
        return { award, year: Number(year) };
      }),
      posts: Object.values(cadre.posts).sort((a, b) => a.appointedOn.localeCompare(b.appointedOn)),
      personal: fields ? (full ? fields : maskPersonalFields(fields)) : null,
    };
  }
}
