import { isContextEvent, type PublicEvent } from '@vwu/contracts';
import { BranchRoster } from '@vwu/membership-application';
import { Schema, type Connection, type Model } from 'mongoose';
import { applyVersioned } from '@vwu/platform-messaging';

/** Where each member is now, from the service's own public events: whom a closed branch holds. */
interface MemberPlace {
  _id: string;
  branchId: string;
  active: boolean;
  version: number;
}

const schema = new Schema<MemberPlace>(
  {
    _id: { type: String },
    branchId: { type: String, required: true },
    active: { type: Boolean, required: true },
    version: { type: Number, required: true },
  },
  { versionKey: false },
);

type Place = Omit<MemberPlace, '_id'>;
type Placing = (event: PublicEvent, current: Place | undefined) => Place | undefined;

const at = (branchId: string, active: boolean, event: PublicEvent): Place => ({
  branchId,
  active,
  version: Number(event.sequence),
});

const PLACINGS: Readonly<Record<string, Placing>> = {
  'vn.vwu.membership.MemberAdmitted.v1': (e) =>
    at((e.data as { branchId: string }).branchId, true, e),
  'vn.vwu.membership.MemberReadmitted.v1': (e) =>
    at((e.data as { branchId: string }).branchId, true, e),
  'vn.vwu.membership.MemberTransferred.v1': (e, current) =>
    at((e.data as { toBranchId: string }).toBranchId, current?.active ?? true, e),
  'vn.vwu.membership.MembershipEnded.v1': (e, current) => current && at(current.branchId, false, e),
};

/** The members' places; idempotent (each event applies over an older version only). */
export class MemberPlaces extends BranchRoster {
  readonly model: Model<MemberPlace>;

  constructor(connection: Connection, collection = 'member_places') {
    super();
    this.model =
      (connection.models[collection] as Model<MemberPlace> | undefined) ??
      connection.model<MemberPlace>(collection, schema, collection);
  }

  async apply(events: readonly PublicEvent[]): Promise<void> {
    await applyVersioned<Place>(this.model, events, (event, current) => {
      const placing = isContextEvent('membership', event) ? PLACINGS[event.type] : undefined;
      return placing?.(event, current);
    });
  }

  /** The active members of a branch, as far as the service's events have been applied. */
  async activeIn(branchId: string): Promise<string[]> {
    const found = await this.model.find({ branchId, active: true }, { _id: 1 }).lean();
    return found.map((place) => place._id);
  }
}
