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
  CADRE_ENROLLED_V1,
  CADRE_WITHDREW_V1,
  COURSE_COMPLETED_V1,
  COURSE_SCHEDULED_V1,
  MODULE_COMPLETED_V1,
  SESSION_ATTENDED_V1,
} from '@vwu/contracts';
import type { CadreEvent, CourseEvent } from '@vwu/training-domain';
import type { PublicEventMapper } from '@vwu/platform-messaging';

/** Internal type → public type (`vn.vwu.training.<Event>.v1`), or null for one that stays inside. */
const PUBLIC_TYPES: { readonly [T in (CadreEvent | CourseEvent)['type']]: string | null } = {
  CadreRegistered: CADRE_REGISTERED_V1,
  CadreQualificationRecorded: CADRE_QUALIFICATION_RECORDED_V1,
  CadreAppointed: CADRE_APPOINTED_V1,
  CadrePostEnded: CADRE_POST_ENDED_V1,
  CadreRotated: CADRE_ROTATED_V1,
  CadreRecordMoved: CADRE_RECORD_MOVED_V1,
  CadreErased: CADRE_ERASED_V1,
  CadreAwarded: CADRE_AWARDED_V1,
  CadreSuccessionPlanned: CADRE_SUCCESSION_PLANNED_V1,
  CourseScheduled: COURSE_SCHEDULED_V1,
  CadreEnrolled: CADRE_ENROLLED_V1,
  SessionAttended: SESSION_ATTENDED_V1,
  CadreWithdrew: CADRE_WITHDREW_V1,
  CourseCompleted: COURSE_COMPLETED_V1,
  ModuleCompleted: MODULE_COMPLETED_V1,
  // A module's material and its quiz's right answers, her reading and her attempts stay inside.
  CourseModuleAdded: null,
  ModuleProgressRecorded: null,
  QuizAnswered: null,
};

/**
 * Fields that never leave the service: her sealed personal data, a module with its quiz's right
 * answers. Named here, not only dropped by the public schemas (or kept off by a null type above),
 * so that a schema change cannot let them through.
 */
const HIDDEN = new Set(['personal', 'module', 'quiz', 'answers']);

/** Internal training events → the public contract, personal data left out. */
export const trainingPublicEvents: PublicEventMapper = (stored) => {
  const type = Object.hasOwn(PUBLIC_TYPES, stored.type)
    ? PUBLIC_TYPES[stored.type as keyof typeof PUBLIC_TYPES]
    : null;
  if (type === null) return undefined;
  const data = Object.fromEntries(Object.entries(stored.data).filter(([f]) => !HIDDEN.has(f)));
  return { type, data };
};
