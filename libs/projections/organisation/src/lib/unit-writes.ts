import { isContextEvent, type ContextEvent, type PublicEvent } from '@vwu/contracts';
import { unreachable } from '@vwu/platform-decider';
import type { AnyBulkWriteOperation } from 'mongoose';
import { nameKey, OPEN_END, type UnitView } from './unit-read-model';

export type Write = AnyBulkWriteOperation<UnitView>;

/** An update of one unit's view, applied once: only while the view is behind the event. */
function guarded(event: PublicEvent, update: Record<string, unknown>, only = {}): Write {
  const version = Number(event.sequence);
  const set = (update['$set'] ?? {}) as Record<string, unknown>;
  return {
    updateOne: {
      filter: { _id: event.subject, version: { $lt: version }, ...only },
      update: { ...update, $set: { ...set, version, updatedAt: new Date(event.time) } },
    },
  };
}

/**
 * The writes of an event that needs nothing but itself, or undefined for one that must read
 * the view first (a change of place or a closure: see UnitTreeProjection).
 */
export function simpleWrites(event: PublicEvent): Write[] | undefined {
  if (!isContextEvent('organisation', event)) return [];
  if (isPlaceEvent(event)) return undefined;
  // Member organisations are not units: their history is all the read side keeps of them.
  return isMemberOrganisationEvent(event) ? [] : unitWrites(event);
}

type UnitEvent = Exclude<ContextEvent<'organisation'>, PlaceEvent | MemberOrganisationEvent>;

/** A unit's name and existence; its facts (ratings, inspections, population) apart. */
function unitWrites(event: UnitEvent): Write[] {
  if (isFactEvent(event)) return factWrites(event);
  switch (event.type) {
    case 'vn.vwu.organisation.UnitEstablished.v1': {
      const { unitId, name, kind, parentId, ancestorIds, establishedOn } = event.data;
      const view = {
        name,
        nameKey: nameKey(name),
        kind,
        parentId,
        ancestorIds,
        establishedOn,
        status: 'active',
        ratings: {},
        inspectedYears: [],
        placements: [{ parentId, from: establishedOn, to: OPEN_END }],
        parentIds: parentId === null ? [] : [parentId],
      };
      const meta = { version: Number(event.sequence), updatedAt: new Date(event.time) };
      return [
        {
          updateOne: {
            filter: { _id: unitId },
            update: { $setOnInsert: { ...view, ...meta } },
            upsert: true,
          },
        },
      ];
    }
    case 'vn.vwu.organisation.UnitRenamed.v1':
      return [
        guarded(event, { $set: { name: event.data.name, nameKey: nameKey(event.data.name) } }),
      ];
    default:
      return unreachable(event);
  }
}

type FactEvent = Extract<
  UnitEvent,
  {
    type:
      | 'vn.vwu.organisation.UnitRated.v1'
      | 'vn.vwu.organisation.UnitRatingCorrected.v1'
      | 'vn.vwu.organisation.UnitInspected.v1'
      | 'vn.vwu.organisation.WomenPopulationRecorded.v1';
  }
>;

const FACT_EVENTS: { readonly [T in FactEvent['type']]: true } = {
  'vn.vwu.organisation.UnitRated.v1': true,
  'vn.vwu.organisation.UnitRatingCorrected.v1': true,
  'vn.vwu.organisation.UnitInspected.v1': true,
  'vn.vwu.organisation.WomenPopulationRecorded.v1': true,
};

function isFactEvent(event: UnitEvent): event is FactEvent {
  return Object.hasOwn(FACT_EVENTS, event.type);
}

/** Facts recorded about a unit: ratings, inspections, its women's population. */
function factWrites(event: FactEvent): Write[] {
  switch (event.type) {
    case 'vn.vwu.organisation.UnitRated.v1':
    case 'vn.vwu.organisation.UnitRatingCorrected.v1':
      return [guarded(event, { $set: { [`ratings.${event.data.year}`]: event.data.grade } })];
    case 'vn.vwu.organisation.UnitInspected.v1': {
      const { inspectedOn: on, passed, inspectorUnitId } = event.data;
      return [
        guarded(event, {
          $addToSet: { inspectedYears: Number(on.slice(0, 4)) },
          $set: { lastInspection: { on, passed, inspectorUnitId } },
        }),
      ];
    }
    case 'vn.vwu.organisation.WomenPopulationRecorded.v1':
      return populationWrites(event);
    default:
      return unreachable(event);
  }
}

export type PlaceEvent = Extract<
  PublicEvent,
  {
    type:
      | 'vn.vwu.organisation.UnitMoved.v1'
      | 'vn.vwu.organisation.UnitsMerged.v1'
      | 'vn.vwu.organisation.UnitDissolved.v1';
  }
>;

const PLACE_EVENTS: ReadonlySet<string> = new Set([
  'vn.vwu.organisation.UnitMoved.v1',
  'vn.vwu.organisation.UnitsMerged.v1',
  'vn.vwu.organisation.UnitDissolved.v1',
]);

export function isPlaceEvent(event: PublicEvent): event is PlaceEvent {
  return PLACE_EVENTS.has(event.type);
}

type MemberOrganisationEvent = Extract<
  PublicEvent,
  {
    type:
      | 'vn.vwu.organisation.MemberOrganisationJoined.v1'
      | 'vn.vwu.organisation.MemberOrganisationLeft.v1';
  }
>;

function isMemberOrganisationEvent(event: PublicEvent): event is MemberOrganisationEvent {
  return event.type.startsWith('vn.vwu.organisation.MemberOrganisation');
}

/** The figure with the latest reference date stays in force; the version moves on either way. */
function populationWrites(
  event: Extract<PublicEvent, { type: 'vn.vwu.organisation.WomenPopulationRecorded.v1' }>,
): Write[] {
  const { asOf, women } = event.data;
  const version = Number(event.sequence);
  const notLater = {
    $or: [{ population: { $exists: false } }, { 'population.asOf': { $lte: asOf } }],
  };
  return [
    guarded(event, { $set: { population: { asOf, women } } }, notLater),
    guarded(event, { $set: { version } }),
  ];
}
