/** Agenda times: each item starts when the previous one ends, from the conference's start time. Pure. */

export function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** "08:05"; past midnight wraps, which the overrun warning makes visible anyway. */
export function toClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export interface Timed {
  startTime: string | null;
  endTime: string | null;
  overrun: boolean;
}

export interface Schedule<T> {
  items: (T & Timed)[];
  endTime: string | null;
  totalMinutes: number;
  overrunMinutes: number;
  warning: string | null;
}

export function schedule<T extends { durationMinutes: number }>(
  startTime: string | null,
  plannedEndTime: string | null,
  items: readonly T[],
): Schedule<T> {
  const totalMinutes = items.reduce((sum, i) => sum + i.durationMinutes, 0);
  if (startTime === null) {
    return {
      items: items.map((i) => ({ ...i, startTime: null, endTime: null, overrun: false })),
      endTime: null,
      totalMinutes,
      overrunMinutes: 0,
      warning: items.length
        ? 'Hội nghị chưa có giờ bắt đầu; hãy nhập giờ bắt đầu để tính giờ từng mục.'
        : null,
    };
  }
  const start = toMinutes(startTime);
  const limit = plannedEndTime === null ? null : toMinutes(plannedEndTime);
  let at = start;
  const timed = items.map((item) => {
    const from = at;
    at += item.durationMinutes;
    return { ...item, startTime: toClock(from), endTime: toClock(at), overrun: limit !== null && at > limit };
  });
  const overrunMinutes = limit === null ? 0 : Math.max(0, at - limit);
  const warning =
    overrunMinutes > 0
      ? `Chương trình kết thúc lúc ${toClock(at)}, quá giờ kết thúc dự kiến ${plannedEndTime} ${overrunMinutes} phút; hãy rút ngắn hoặc bỏ bớt mục.`
      : null;
  return { items: timed, endTime: toClock(at), totalMinutes, overrunMinutes, warning };
}
