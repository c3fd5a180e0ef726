// The reservation guard and the command envelope are the platform's (platform-event-sourcing),
// shared with every context; re-exported for this lib's handlers.
export {
  commitMetadata,
  envelope,
  withReservations,
  type WantedReservation,
} from '@vwu/platform-event-sourcing';
