import { ageOn } from '@vwu/platform-decider';
import type {
  EraseCadre,
  QualificationInput,
  RecordQualification,
  RegisterCadre,
} from './cadre.commands';
import { CadreExistsError, CadreHoldsPostsError, InvalidCadreInputError } from './cadre.errors';
import type { CadreErased, CadreQualificationRecorded, CadreRegistered } from './cadre.events';
import { openPosts, type CadreState } from './cadre.state';
import {
  isQualification,
  isQualificationValue,
  MIN_CADRE_AGE,
  QUALIFICATIONS,
} from './cadre.values';
import { requireActiveUnit, requireCadre, requireDay, requireLiveCadre } from './cadre-guards';

function qualificationRecorded(
  cadreId: string,
  { fact, value, since }: QualificationInput,
  today: string,
): CadreQualificationRecorded {
  if (!isQualification(fact))
    throw new InvalidCadreInputError(
      `'${fact}' không phải là một tiêu chí — '${fact}' is not one of ${Object.keys(QUALIFICATIONS).join(', ')}`,
    );
  if (!isQualificationValue(fact, value))
    throw new InvalidCadreInputError(
      `'${value}' không phải là giá trị của '${fact}' — '${fact}' is one of ${QUALIFICATIONS[fact].join(', ')}`,
    );
  requireDay(since, 'since', today);
  return { type: 'CadreQualificationRecorded', data: { cadreId, fact, value, since } };
}

/** Her record opens at an active unit, once; she is 18 or over on the day. */
export function registerCadre(
  command: RegisterCadre,
  state: CadreState,
): (CadreRegistered | CadreQualificationRecorded)[] {
  const { cadreId, unit, memberId, birthDate, personal, today } = command;
  if (state.status !== 'none') throw new CadreExistsError(cadreId);
  requireActiveUnit(unit);
  const registeredOn = requireDay(command.registeredOn, 'registeredOn', today);
  requireDay(birthDate, 'birthDate', today);
  if (ageOn(birthDate, registeredOn) < MIN_CADRE_AGE)
    throw new InvalidCadreInputError(
      `cán bộ phải đủ ${MIN_CADRE_AGE} tuổi vào ngày ${registeredOn} — a cadre is ${MIN_CADRE_AGE} or over on ${registeredOn}`,
    );
  const facts = new Set(command.qualifications.map((q) => q.fact));
  if (facts.size !== command.qualifications.length)
    throw new InvalidCadreInputError('mỗi tiêu chí một lần — each fact once');
  const registered: CadreRegistered = {
    type: 'CadreRegistered',
    data: {
      cadreId,
      unitId: unit.unitId,
      ancestorIds: unit.ancestorIds,
      memberId,
      birthYear: Number(birthDate.slice(0, 4)),
      registeredOn,
      personal,
    },
  };
  return [
    registered,
    ...command.qualifications.map((q) => qualificationRecorded(cadreId, q, today)),
  ];
}

/** A new value of a fact from a day on; the same value again on the same day changes nothing. */
export function recordQualification(
  { cadreId, qualification, today }: RecordQualification,
  state: CadreState,
): CadreQualificationRecorded[] {
  const cadre = requireLiveCadre(state, cadreId);
  const event = qualificationRecorded(cadreId, qualification, today);
  const latest = cadre.qualifications[event.data.fact];
  if (latest?.value === event.data.value && latest.since === event.data.since) return [];
  return [event];
}

/** Erasure: only once she holds no post; a repeat changes nothing. */
export function eraseCadre({ cadreId, erasedOn }: EraseCadre, state: CadreState): CadreErased[] {
  const cadre = requireCadre(state, cadreId);
  if (cadre.erased) return [];
  const held = openPosts(cadre).length;
  if (held > 0) throw new CadreHoldsPostsError(held);
  return [{ type: 'CadreErased', data: { cadreId, erasedOn } }];
}
