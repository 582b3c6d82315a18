// Calendar dates as the corpus and the outputs write them: YYYY-MM-DD.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `value` is not a YYYY-MM-DD calendar date, or undefined when it is one. */
export function isoDateProblem(value: string): string | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return 'not a date: write it as YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return 'no such day in the calendar';
  }
  return undefined;
}

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return isoDateProblem(value) === undefined;
}

/** The UTC calendar date of `time` as YYYY-MM-DD. */
export function isoDateOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}
