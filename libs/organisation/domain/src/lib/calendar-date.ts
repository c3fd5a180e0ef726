// Calendar dates are shared by every context's domain (platform-decider); re-exported here so
// the organisation domain's modules keep importing them from beside them.
export { isCalendarDate, isWithin, type CalendarDate, type Period } from '@vwu/platform-decider';
