import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { calendarDate, unitId, unitName } from './unit-fields';

export const UNIT_ESTABLISHED_V1 = eventType('organisation', 'UnitEstablished', 1);

/**
 * A union unit was established (thành lập) and joined the unit tree under its parent.
 *
 * The subject (`ce_subject`, the Kafka key) is the unit id. Consumers must ignore fields they do
 * not know: adding an optional field is not a breaking change, so it does not make a `.v2`.
 */
export const UnitEstablishedV1 = z
  .object({
    /** The new unit's id (UUID); also the event's subject. */
    unitId: unitId.describe("The new unit's id (UUID), fixed for its whole life; also ce_subject."),
    /** The unit's official Vietnamese name, trimmed, 1 to 200 characters. */
    name: unitName.describe(
      "The unit's official name in Vietnamese, as the establishing decision writes it, e.g. 'Hội LHPN phường Kim Mã'; trimmed, 1 to 200 characters.",
    ),
    /**
     * The unit's level or kind, a lowercase id. The default kinds are `province` (Hội LHPN
     * tỉnh/thành phố), `district` (cấp huyện), `affiliated` (đơn vị trực thuộc: directly under
     * the province or city union), `grassroots` (cơ sở Hội: commune, ward or township union, or
     * one in an enterprise or agency), `branch` (chi hội) and `group` (tổ phụ nữ). Kinds are
     * deployment configuration: consumers must accept kinds they do not know.
     */
    kind: z
      .string()
      .min(1)
      .max(50)
      .regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase id')
      .describe(
        "The unit's level or kind, a lowercase id (1 to 50 characters). The default kinds are 'province' (Hội LHPN tỉnh/thành phố: province or city union), 'district' (cấp huyện), 'affiliated' (đơn vị trực thuộc: a unit directly under the province or city union, e.g. the police women's union), 'grassroots' (cơ sở Hội: a commune, ward or township union, or one in an enterprise or agency), 'branch' (chi hội) and 'group' (tổ phụ nữ). Kinds are deployment configuration: consumers must accept kinds they do not know.",
      ),
    /** The parent unit's id; null only for the root, the province or city union. */
    parentId: unitId
      .nullable()
      .describe(
        "The parent unit's id (UUID); null only for the root of the tree, the province or city union.",
      ),
    /**
     * The enclosing units' ids from the root down to the parent (empty for the root): with it a
     * consumer places the unit in the tree and rolls figures up without waiting for, or
     * looking up, its ancestors' events.
     */
    ancestorIds: z
      .array(unitId)
      .max(20)
      .describe(
        'The ids of the enclosing units, from the root (the province or city union) down to the parent; empty for the root. Lets a consumer place the unit in the tree and roll figures up without looking its ancestors up. Reflects the tree when the unit was established.',
      ),
    /** The date the establishment takes effect (YYYY-MM-DD); the event time is when it was recorded. */
    establishedOn: calendarDate.describe(
      'The date the establishment takes effect, YYYY-MM-DD, as the decision states it. When it was recorded is the event time.',
    ),
  })
  .describe(
    'A union unit was established (thành lập) and joined the unit tree under its parent. The subject (ce_subject, the Kafka key) is the unit id. Consumers must ignore fields they do not know: adding an optional field is not a breaking change.',
  );

export type UnitEstablishedV1Data = z.output<typeof UnitEstablishedV1>;
