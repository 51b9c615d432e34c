/** The clock times a clerk types ("8:00", "8h30", "8h", "0800", "14g") as the API's "HH:MM"; null if unreadable. */
export function parseClock(text: string): string | null {
  const match = /^(\d{1,2})(?:\s*[:hg.]\s*(\d{1,2})?|(\d{2}))?\s*$/iu.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
