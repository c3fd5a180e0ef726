import { cadreListOperations } from './cadre-lists.operations';
import { clubOperations } from './clubs.operations';
import { courseOperations } from './courses.operations';
import { memberListOperations } from './member-lists.operations';
import { memberOperations } from './members.operations';
import { memberOrganisationOperations } from './member-organisations.operations';
import type { Operation } from './operation';
import { unitChangeOperations } from './unit-changes.operations';
import { unitOperations } from './units.operations';
import { trainingOperations } from './training.operations';

/** Every declared operation of the public API, by the part of it they make up. */
export const PUBLIC_OPERATIONS: Readonly<Record<string, readonly Operation[]>> = {
  Units: unitOperations,
  UnitChanges: unitChangeOperations,
  MemberOrganisations: memberOrganisationOperations,
  Members: memberOperations,
  Clubs: clubOperations,
  MemberLists: memberListOperations,
  Cadres: trainingOperations,
  Courses: courseOperations,
  CadreLists: cadreListOperations,
};
