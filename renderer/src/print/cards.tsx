/**
 * Name cards (bảng tên): one A4 landscape sheet per person, folded lengthwise into a tent, so the name reads
 * from both sides; the upper half is printed upside down. The name is as large as its length allows.
 */
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';

/** Points that keep the longest names on one line of a 297 mm sheet (bold Times is about 0.55 em per letter). */
export function nameCardSize(name: string): number {
  const usable = 270 / 0.3528; // mm → pt
  return Math.max(32, Math.min(80, Math.floor(usable / (name.length * 0.55))));
}

function Half({ delegate, upsideDown }: { delegate: Delegate; upsideDown: boolean }) {
  // Two titles read well on a card ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai"); a full chain does not.
  const title = delegate.positionLines.slice(0, 2).join(', ') || delegate.organization;
  return (
    <div className={`name-card-half${upsideDown ? ' upside-down' : ''}`}>
      <div className="name-card-name" style={{ fontSize: `${nameCardSize(delegate.fullName)}pt` }}>
        {delegate.fullName}
      </div>
      {title && <div className="name-card-title">{title}</div>}
    </div>
  );
}

export function NameCardsDoc({ delegates }: { delegates: Delegate[] }) {
  return (
    <div className="doc">
      {delegates.map((d) => (
        <section key={d.id} className="name-card doc-sheet card" data-delegate={d.id}>
          <Half delegate={d} upsideDown />
          <Half delegate={d} upsideDown={false} />
        </section>
      ))}
    </div>
  );
}
