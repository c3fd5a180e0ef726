import type {
  CadreAppointedV1Data,
  CadreErasedV1Data,
  CadrePostEndedV1Data,
  CadreQualificationRecordedV1Data,
  CadreRecordMovedV1Data,
  CadreRegisteredV1Data,
  CadreRotatedV1Data,
} from '@vwu/contracts';
import type { DeepReadonly } from '@vwu/platform-decider';
import type { SealedPersonalData } from './cadre.commands';
import type { PostEndReason, Qualification } from './cadre.values';
import type { CadreAwarded } from './grant-cadre-award';
import type { CadreSuccessionPlanned } from './plan-cadre-succession';

// A cadre's stream (cadre-<cadreId>). The data is the public v1 contract's (libs/contracts),
// read-only; her sealed personal data is the only field that never leaves the service.

export interface CadreRegistered {
  readonly type: 'CadreRegistered';
  readonly data: DeepReadonly<CadreRegisteredV1Data> & { readonly personal: SealedPersonalData };
}

// The domain's facts are a closed catalogue; the contract's are open ("more may come").
export interface CadreQualificationRecorded {
  readonly type: 'CadreQualificationRecorded';
  readonly data: DeepReadonly<Omit<CadreQualificationRecordedV1Data, 'fact'>> & {
    readonly fact: Qualification;
  };
}

export interface CadreAppointed {
  readonly type: 'CadreAppointed';
  readonly data: DeepReadonly<CadreAppointedV1Data>;
}

export interface CadrePostEnded {
  readonly type: 'CadrePostEnded';
  readonly data: DeepReadonly<Omit<CadrePostEndedV1Data, 'reason'>> & {
    readonly reason: PostEndReason;
  };
}

export interface CadreRotated {
  readonly type: 'CadreRotated';
  readonly data: DeepReadonly<CadreRotatedV1Data>;
}

export interface CadreRecordMoved {
  readonly type: 'CadreRecordMoved';
  readonly data: DeepReadonly<CadreRecordMovedV1Data>;
}

export interface CadreErased {
  readonly type: 'CadreErased';
  readonly data: DeepReadonly<CadreErasedV1Data>;
}

export type CadreEvent =
  | CadreRegistered
  | CadreQualificationRecorded
  | CadreAppointed
  | CadrePostEnded
  | CadreRotated
  | CadreRecordMoved
  | CadreErased
  | CadreAwarded
  | CadreSuccessionPlanned;
