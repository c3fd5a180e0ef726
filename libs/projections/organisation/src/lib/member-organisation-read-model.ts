import { Schema, type Connection, type Model } from 'mongoose';

/**
 * A member organisation (tổ chức thành viên) as the API lists it; built from its own stream's
 * MemberOrganisationJoined and MemberOrganisationLeft events only.
 */
export interface MemberOrganisationView {
  _id: string;
  name: string;
  /** Lowercased name: the sort key of the list (the local store has no collation). */
  nameKey: string;
  /** The province or city union it is a member of (the root unit). */
  unionId: string;
  status: 'member' | 'left';
  /** The latest joining date. */
  joinedOn: string;
  /** The latest leaving date and its reason, while it is out; absent while a member. */
  leftOn?: string;
  leaveReason?: string;
  /**
   * Joining and leaving dates in order: `leavings[i]` ends the membership begun on
   * `joinings[i]`. Two arrays and `$push` rather than sub-documents closed by a positional
   * update, which FerretDB lacks (ADR 0001).
   */
  joinings: string[];
  leavings: string[];
  /** The organisation stream's version this view reflects: what a read-your-writes read waits for. */
  version: number;
  /** When the last applied event was recorded. */
  updatedAt: Date;
}

/** One membership: from the joining date (inclusive) to the leaving date (exclusive). */
export interface MembershipPeriod {
  readonly joinedOn: string;
  readonly leftOn?: string;
}

export function membershipsOf(
  view: Pick<MemberOrganisationView, 'joinings' | 'leavings'>,
): MembershipPeriod[] {
  const leavings = view.leavings ?? [];
  return (view.joinings ?? []).map((joinedOn, i) => {
    const leftOn = leavings[i];
    return leftOn === undefined ? { joinedOn } : { joinedOn, leftOn };
  });
}

/** Member as of D: some membership began on or before D and had not ended by D. */
export function wasMemberOn(
  view: Pick<MemberOrganisationView, 'joinings' | 'leavings'>,
  asOf: string,
): boolean {
  return membershipsOf(view).some(
    (m) => m.joinedOn <= asOf && (m.leftOn === undefined || asOf < m.leftOn),
  );
}

const schema = new Schema<MemberOrganisationView>(
  {
    _id: { type: String },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    unionId: { type: String, required: true },
    status: { type: String, required: true },
    joinedOn: { type: String, required: true },
    leftOn: { type: String },
    leaveReason: { type: String },
    joinings: { type: [String], default: [] },
    leavings: { type: [String], default: [] },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
schema.index({ unionId: 1, nameKey: 1, _id: 1 });

export function memberOrganisationViews(
  connection: Connection,
  collection = 'member_organisations',
): Model<MemberOrganisationView> {
  return (
    (connection.models[collection] as Model<MemberOrganisationView> | undefined) ??
    connection.model<MemberOrganisationView>(collection, schema, collection)
  );
}
