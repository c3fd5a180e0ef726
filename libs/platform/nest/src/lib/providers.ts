import type { Abstract, Provider, Type } from '@nestjs/common';
import type { Decider } from '@vwu/platform-decider';
import {
  CommandHandler,
  EventStore,
  ReservationStore,
  type DomainEvent,
} from '@vwu/platform-event-sourcing';
import { LocalMasterKey, MongoDataKeys, PersonalDataVault } from '@vwu/platform-personal-data';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION } from './tokens';

type Token = Abstract<unknown> | Type<unknown>;

/** A context's `…Commands` port: the generic command handler bound to its decider. */
export function commandsProvider<C, E extends DomainEvent, S>(
  provide: Token,
  decider: Decider<C, E, S>,
): Provider {
  return {
    provide,
    inject: [EventStore],
    useFactory: (store: EventStore) => ({ handler: new CommandHandler(store, decider) }),
  };
}

/** A context's reservations port: the service's Mongo reservation store, its indexes made. */
export function reservationStoreProvider(provide: Token): Provider {
  return {
    provide,
    inject: [MONGO_CONNECTION],
    useFactory: async (connection: Connection) => {
      const reservations = new ReservationStore(connection);
      await reservations.init();
      return reservations;
    },
  };
}

/** Each person's data key in the service's own database, wrapped by the master key (a KMS). */
export function personalDataVaultProvider(masterKey: string): Provider {
  return {
    provide: PersonalDataVault,
    inject: [MONGO_CONNECTION],
    useFactory: (connection: Connection) =>
      new PersonalDataVault(new MongoDataKeys(connection), new LocalMasterKey(masterKey)),
  };
}
