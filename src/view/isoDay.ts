// Calendar dates as `YYYY-MM-DD` text and as comparable day numbers
// (yyyymmdd), so the per-claim date test is an integer comparison.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** `2025-03-01` → 20250301; 0 for anything that is not a valid date. */
export function dayNumber(value: string): number {
  return isIsoDate(value) ? Number(value.slice(0, 4) + value.slice(5, 7) + value.slice(8, 10)) : 0;
}

/** 20250301 → `2025-03-01`. */
export function isoFromDayNumber(day: number): string {
  const text = String(day).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}
