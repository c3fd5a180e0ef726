/** The contract's bound on a unit name (UnitEstablished.v1, UnitRenamed.v1), in UTF-16 units. */
export const MAX_UNIT_NAME_LENGTH = 200;

/**
 * A unit's official name as it is stored and published: Unicode NFC (Vietnamese typed on some
 * keyboards arrives decomposed, NFD, and would otherwise not equal the same name typed
 * elsewhere), trimmed, with every run of whitespace collapsed to one space.
 */
export function normaliseUnitName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The key under which the application layer reserves a name among a parent's children (a
 * reservation document with a unique index on `(parentId, siblingNameKey)`): the normalised name
 * in Vietnamese lower case, so that 'Chi hội 5' and ' chi  HỘI 5 ' collide. The decider does not
 * check sibling names itself: it sees one stream only.
 */
export function siblingNameKey(name: string): string {
  return normaliseUnitName(name).toLocaleLowerCase('vi');
}

/** Whether a normalised name may be an official name: 1 to 200 characters. */
export function isValidUnitName(normalisedName: string): boolean {
  return normalisedName.length >= 1 && normalisedName.length <= MAX_UNIT_NAME_LENGTH;
}
