/** The seating plan on paper: A4 landscape, the stage at the top, as seen from the hall. */
import type { Conference } from '../../../shared/api/schemas.ts';
import { DocHead } from '../print/lists.tsx';
import { printText } from '../print/strings.ts';
import type { DrawnPlan, DrawnSeat } from './layout.ts';

function Seat({ seat }: { seat: DrawnSeat }) {
  return (
    <div className={`plan-seat${seat.delegate ? '' : ' empty'}`}>
      <span className="plan-seat-number">{seat.seat}</span>
      <span>{seat.delegate?.fullName ?? ''}</span>
    </div>
  );
}

export function PlanDoc({ conference, drawn }: { conference: Conference; drawn: DrawnPlan }) {
  return (
    <div className="doc plan">
      <DocHead conference={conference} title={printText.planTitle} />
      <div className="plan-stage">{printText.stage}</div>
      {drawn.presidium.length > 0 && (
        <>
          <div style={{ textAlign: 'center', fontWeight: 'bold', marginBottom: '1mm' }}>
            {printText.presidium}
          </div>
          <div className="plan-table">
            {drawn.presidium.map((s) => (
              <Seat key={s.id} seat={s} />
            ))}
          </div>
        </>
      )}
      {drawn.hall.map((row) => (
        <div key={row.row} className="plan-row">
          <div className="plan-row-label">{printText.row(row.row)}</div>
          {row.seats.map((s) => (
            <Seat key={s.id} seat={s} />
          ))}
          <div className="plan-row-delegation">{row.delegations.join(', ')}</div>
        </div>
      ))}
      <div className="plan-legend">{printText.hallView}</div>
    </div>
  );
}
