import {
  CADRE_APPOINTED_V1,
  CADRE_ERASED_V1,
  CADRE_POST_ENDED_V1,
  CADRE_QUALIFICATION_RECORDED_V1,
  CADRE_REGISTERED_V1,
  CADRE_RECORD_MOVED_V1,
  CADRE_ROTATED_V1,
  CadreAppointedV1,
  CadreErasedV1,
  CadrePostEndedV1,
  CadreQualificationRecordedV1,
  CadreRegisteredV1,
  CadreRecordMovedV1,
  CadreRotatedV1,
} from './cadre-events.v1';
import { CADRE_AWARDED_V1, CadreAwardedV1 } from './cadre-awarded.v1';
import {
  CADRE_SUCCESSION_PLANNED_V1,
  CadreSuccessionPlannedV1,
} from './cadre-succession-planned.v1';

export * from './cadre-events.v1';
export * from './cadre-awarded.v1';
export * from './cadre-succession-planned.v1';
import {
  CADRE_ENROLLED_V1,
  CADRE_WITHDREW_V1,
  COURSE_COMPLETED_V1,
  COURSE_SCHEDULED_V1,
  CadreEnrolledV1,
  CadreWithdrewV1,
  CourseCompletedV1,
  CourseScheduledV1,
  MODULE_COMPLETED_V1,
  ModuleCompletedV1,
  SESSION_ATTENDED_V1,
  SessionAttendedV1,
} from './course-events.v1';

export * from './cadre-events.v1';
export * from './course-events.v1';

/** The public events of the training context, by type; all on `vwu.training.events`. */
export const TRAINING_EVENTS = {
  [CADRE_REGISTERED_V1]: CadreRegisteredV1,
  [CADRE_QUALIFICATION_RECORDED_V1]: CadreQualificationRecordedV1,
  [CADRE_APPOINTED_V1]: CadreAppointedV1,
  [CADRE_POST_ENDED_V1]: CadrePostEndedV1,
  [CADRE_ROTATED_V1]: CadreRotatedV1,
  [CADRE_RECORD_MOVED_V1]: CadreRecordMovedV1,
  [CADRE_ERASED_V1]: CadreErasedV1,
  [CADRE_AWARDED_V1]: CadreAwardedV1,
  [CADRE_SUCCESSION_PLANNED_V1]: CadreSuccessionPlannedV1,
  [COURSE_SCHEDULED_V1]: CourseScheduledV1,
  [CADRE_ENROLLED_V1]: CadreEnrolledV1,
  [SESSION_ATTENDED_V1]: SessionAttendedV1,
  [CADRE_WITHDREW_V1]: CadreWithdrewV1,
  [COURSE_COMPLETED_V1]: CourseCompletedV1,
  [MODULE_COMPLETED_V1]: ModuleCompletedV1,
} as const;
