import { unreachable, type CalendarDate } from '@vwu/platform-decider';
import type { CadreEvent } from './cadre.events';
import type { Qualification } from './cadre.values';
import { awardKey } from './grant-cadre-award';
import { planKey } from './plan-cadre-succession';

export interface CadrePost {
  readonly postId: string;
  readonly unitId: string;
  readonly position: string;
  readonly appointedOn: CalendarDate;
  /** The first day she no longer holds it; null while she does. */
  readonly endedOn: CalendarDate | null;
}

export interface CadreRecord {
  readonly status: 'registered';
  readonly cadreId: string;
  /** The unit that keeps her record (a rotation moves it). */
  readonly unitId: string;
  readonly ancestorIds: readonly string[];
  readonly memberId: string | null;
  readonly birthYear: number;
  readonly registeredOn: CalendarDate;
  readonly erased: boolean;
  /** Each fact's latest value and the day it became true. */
  readonly qualifications: Readonly<
    Partial<Record<Qualification, { readonly value: string; readonly since: CalendarDate }>>
  >;
  readonly posts: Readonly<Record<string, CadrePost>>;
  /** Her awards, `<year>:<award>`, in the order given. */
  readonly awards: readonly string[];
  /** Her succession plans, `<term>:<position>:<unitId>`. */
  readonly plans: readonly string[];
}

export type CadreState = { readonly status: 'none' } | CadreRecord;

export function initialCadreState(): CadreState {
  return { status: 'none' };
}

const ended = (post: CadrePost | undefined, endedOn: CalendarDate): CadrePost | undefined =>
  post && { ...post, endedOn };

function withPost(state: CadreRecord, post: CadrePost | undefined): CadreRecord {
  return post ? { ...state, posts: { ...state.posts, [post.postId]: post } } : state;
}

/** A fact's latest value: one recorded for an earlier day does not replace a later one. */
function withQualification(
  state: CadreRecord,
  { fact, value, since }: { fact: Qualification; value: string; since: CalendarDate },
): CadreRecord {
  const latest = state.qualifications[fact];
  if (latest && latest.since > since) return state;
  return { ...state, qualifications: { ...state.qualifications, [fact]: { value, since } } };
}

type PostEvent = Extract<
  CadreEvent,
  { type: 'CadreAppointed' | 'CadrePostEnded' | 'CadreRotated' | 'CadreRecordMoved' }
>;
type RecordEvent = Exclude<CadreEvent, PostEvent | { type: 'CadreRegistered' }>;

const POST_EVENTS: ReadonlySet<string> = new Set<PostEvent['type']>([
  'CadreAppointed',
  'CadrePostEnded',
  'CadreRotated',
  'CadreRecordMoved',
]);

/** Her record: its facts, her awards and plans, its erasure. */
function evolveRecord(state: CadreRecord, event: RecordEvent): CadreRecord {
  switch (event.type) {
    case 'CadreQualificationRecorded':
      return withQualification(state, event.data);
    case 'CadreErased':
      return { ...state, erased: true };
    case 'CadreAwarded':
      return { ...state, awards: [...state.awards, awardKey(event.data.award, event.data.year)] };
    case 'CadreSuccessionPlanned': {
      const { unitId, position, term } = event.data;
      return { ...state, plans: [...state.plans, planKey(unitId, position, term)] };
    }
    default:
      return unreachable(event);
  }
}

/** Her posts, and where her record is kept. */
function evolvePosts(state: CadreRecord, event: PostEvent): CadreRecord {
  switch (event.type) {
    case 'CadreAppointed': {
      const { postId, unitId, position, appointedOn } = event.data;
      return withPost(state, { postId, unitId, position, appointedOn, endedOn: null });
    }
    case 'CadrePostEnded':
      return withPost(state, ended(state.posts[event.data.postId], event.data.endedOn));
    case 'CadreRotated': {
      const { endedPostId, postId, unitId, ancestorIds, position, rotatedOn } = event.data;
      const left = withPost(state, ended(state.posts[endedPostId], rotatedOn));
      const post = { postId, unitId, position, appointedOn: rotatedOn, endedOn: null };
      return { ...withPost(left, post), unitId, ancestorIds };
    }
    case 'CadreRecordMoved':
      return { ...state, unitId: event.data.unitId, ancestorIds: event.data.ancestorIds };
    default:
      return unreachable(event);
  }
}

function isPostEvent(event: CadreEvent): event is PostEvent {
  return POST_EVENTS.has(event.type);
}

export function evolveCadre(state: CadreState, event: CadreEvent): CadreState {
  if (event.type === 'CadreRegistered') {
    const { cadreId, unitId, ancestorIds, memberId, birthYear, registeredOn } = event.data;
    return {
      status: 'registered',
      cadreId,
      unitId,
      ancestorIds,
      memberId,
      birthYear,
      registeredOn,
      erased: false,
      qualifications: {},
      posts: {},
      awards: [],
      plans: [],
    };
  }
  if (state.status === 'none') return state;
  return isPostEvent(event) ? evolvePosts(state, event) : evolveRecord(state, event);
}

/** The posts she holds now. */
export function openPosts(state: CadreRecord): CadrePost[] {
  return Object.values(state.posts).filter((post) => post.endedOn === null);
}
