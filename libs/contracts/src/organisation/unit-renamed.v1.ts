import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { calendarDate, unitId, unitName } from './unit-fields';

export const UNIT_RENAMED_V1 = eventType('organisation', 'UnitRenamed', 1);

/**
 * A union unit got a new official name (đổi tên), e.g. after an administrative boundary change.
 *
 * The subject (`ce_subject`, the Kafka key) is the unit id. Consumers must ignore fields they do
 * not know: adding an optional field is not a breaking change, so it does not make a `.v2`.
 */
export const UnitRenamedV1 = z
  .object({
    /** The renamed unit's id (UUID); also the event's subject. */
    unitId: unitId.describe("The renamed unit's id (UUID); also ce_subject."),
    /** The new official Vietnamese name, trimmed, 1 to 200 characters. */
    name: unitName.describe(
      "The unit's new official name in Vietnamese, e.g. 'Hội LHPN phường Kim Mã'; trimmed, 1 to 200 characters.",
    ),
    /** The name the unit had until this event, so a consumer needs no earlier state. */
    previousName: unitName.describe(
      'The official name the unit had until this event, so that a consumer needs no earlier state to report the change; trimmed, 1 to 200 characters.',
    ),
    /** The date the new name takes effect (YYYY-MM-DD); the event time is when it was recorded. */
    renamedOn: calendarDate.describe(
      'The date the new name takes effect, YYYY-MM-DD, as the decision states it. When it was recorded is the event time.',
    ),
  })
  .describe(
    'A union unit got a new official name (đổi tên), e.g. after an administrative boundary change. The subject (ce_subject, the Kafka key) is the unit id. Consumers must ignore fields they do not know: adding an optional field is not a breaking change.',
  );

export type UnitRenamedV1Data = z.output<typeof UnitRenamedV1>;
