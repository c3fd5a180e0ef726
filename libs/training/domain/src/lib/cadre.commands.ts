import type { CalendarDate } from '@vwu/platform-decider';
import type { PositionDefinition, PostEndReason } from './cadre.values';
import type { GrantCadreAward } from './grant-cadre-award';
import type { PlanCadreSuccession } from './plan-cadre-succession';

/** A unit as the training service knows it now, from the organisation context's events. */
export interface CadreUnitFacts {
  readonly unitId: string;
  readonly kind: string;
  /** Root first, down to the unit's parent. */
  readonly ancestorIds: readonly string[];
  readonly active: boolean;
}

/** Her personal fields, sealed by the application under her own key: opaque to the domain. */
export type SealedPersonalData = string;

export interface QualificationInput {
  readonly fact: string;
  readonly value: string;
  readonly since: CalendarDate;
}

/** Tiếp nhận hồ sơ cán bộ: her record at a unit, with the qualifications known on the day. */
export interface RegisterCadre {
  readonly type: 'RegisterCadre';
  readonly cadreId: string;
  readonly unit: CadreUnitFacts;
  readonly memberId: string | null;
  readonly birthDate: CalendarDate;
  readonly personal: SealedPersonalData;
  readonly registeredOn: CalendarDate;
  readonly qualifications: readonly QualificationInput[];
  readonly today: CalendarDate;
}

export interface RecordQualification {
  readonly type: 'RecordQualification';
  readonly cadreId: string;
  readonly qualification: QualificationInput;
  readonly today: CalendarDate;
}

/** A position and the catalogue's word on it (undefined for a position it does not know). */
export interface PositionAt {
  readonly unit: CadreUnitFacts;
  readonly position: string;
  readonly definition: PositionDefinition | undefined;
}

/** Bầu, bổ nhiệm. A unit's single seat (one chairwoman) is the application's reservation. */
export interface AppointCadre {
  readonly type: 'AppointCadre';
  readonly cadreId: string;
  readonly postId: string;
  readonly at: PositionAt;
  readonly appointedOn: CalendarDate;
  readonly today: CalendarDate;
}

export interface EndCadrePost {
  readonly type: 'EndCadrePost';
  readonly cadreId: string;
  readonly postId: string;
  readonly endedOn: CalendarDate;
  readonly reason: PostEndReason;
  readonly today: CalendarDate;
}

/** Luân chuyển: her post ends and another starts on the same day, as one event. */
export interface RotateCadre {
  readonly type: 'RotateCadre';
  readonly cadreId: string;
  readonly fromPostId: string;
  readonly postId: string;
  readonly at: PositionAt;
  readonly rotatedOn: CalendarDate;
  readonly today: CalendarDate;
}

/** Crypto-shredding of her personal data; refused while she holds a post. */
export interface EraseCadre {
  readonly type: 'EraseCadre';
  readonly cadreId: string;
  readonly erasedOn: CalendarDate;
}

/**
 * The process manager of UnitsMerged and UnitDissolved: her posts at the closed unit end on its
 * last day, and her record follows it to the successor, if any (the system acts).
 */
export interface CloseUnitPosts {
  readonly type: 'CloseUnitPosts';
  readonly cadreId: string;
  readonly unitId: string;
  readonly successor: CadreUnitFacts | null;
  readonly closedOn: CalendarDate;
}

export type CadreCommand =
  | CloseUnitPosts
  | RegisterCadre
  | RecordQualification
  | AppointCadre
  | EndCadrePost
  | RotateCadre
  | EraseCadre
  | GrantCadreAward
  | PlanCadreSuccession;
