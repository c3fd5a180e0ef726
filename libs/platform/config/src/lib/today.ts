/** Today's date in Vietnam (UTC+7), YYYY-MM-DD: the default effective date of a decision. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}
