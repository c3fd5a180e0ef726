import {
  CADRE_APPOINTED_V1,
  CADRE_ERASED_V1,
  CADRE_POST_ENDED_V1,
  CADRE_QUALIFICATION_RECORDED_V1,
  CADRE_RECORD_MOVED_V1,
  CADRE_REGISTERED_V1,
  CADRE_ROTATED_V1,
  CADRE_AWARDED_V1,
  CADRE_SUCCESSION_PLANNED_V1,
} from '@vwu/contracts';
import type { CadreEvent } from '@vwu/training-domain';
import type { PublicEventMapper } from '@vwu/platform-messaging';

/** Internal type → public type (`vn.vwu.training.<Event>.v1`), or null for one that stays inside. */
const PUBLIC_TYPES: { readonly [T in CadreEvent['type']]: string | null } = {
  CadreRegistered: CADRE_REGISTERED_V1,
  CadreQualificationRecorded: CADRE_QUALIFICATION_RECORDED_V1,
  CadreAppointed: CADRE_APPOINTED_V1,
  CadrePostEnded: CADRE_POST_ENDED_V1,
  CadreRotated: CADRE_ROTATED_V1,
  CadreRecordMoved: CADRE_RECORD_MOVED_V1,
  CadreErased: CADRE_ERASED_V1,
  CadreAwarded: CADRE_AWARDED_V1,
  CadreSuccessionPlanned: CADRE_SUCCESSION_PLANNED_V1,
};

/**
 * Fields that never leave the service: her sealed personal data. Named here, not only dropped
 * by the public schemas, so that a schema change cannot let them through.
 */
const HIDDEN = new Set(['personal']);

/** Internal training events → the public contract, personal data left out. */
export const trainingPublicEvents: PublicEventMapper = (stored) => {
  const type = Object.hasOwn(PUBLIC_TYPES, stored.type)
    ? PUBLIC_TYPES[stored.type as keyof typeof PUBLIC_TYPES]
    : null;
  if (type === null) return undefined;
  const data = Object.fromEntries(Object.entries(stored.data).filter(([f]) => !HIDDEN.has(f)));
  return { type, data };
};
