/** The plan on screen: droppable seats holding draggable names, and the pool of people without a seat. */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Typography } from 'antd';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import type { DrawnPlan, DrawnSeat } from './layout.ts';
import { seatingText as text } from './strings.ts';

function NameChip({ delegate }: { delegate: Delegate }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: `d:${delegate.id}`,
  });
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      data-testid={`chip-${delegate.id}`}
      title={[delegate.fullName, ...delegate.positionLines, delegate.delegationName].join('\n')}
      style={{
        transform: transform ? `translate(${transform.x}px, ${transform.y}px)` : undefined,
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
        cursor: 'grab',
        background: isDragging ? '#dbeafe' : '#eff6ff',
        border: '1px solid #93c5fd',
        borderRadius: 3,
        padding: '1px 3px',
        fontSize: 12,
        lineHeight: 1.2,
        touchAction: 'none',
      }}
    >
      {delegate.fullName}
    </div>
  );
}

function Seat({ seat }: { seat: DrawnSeat }) {
  const { setNodeRef, isOver } = useDroppable({ id: seat.id });
  return (
    <div
      ref={setNodeRef}
      data-testid={`seat-${seat.id}`}
      style={{
        width: 76,
        minHeight: 46,
        border: `1px ${seat.delegate ? 'solid' : 'dashed'} ${isOver ? '#1f5fa8' : '#9ca3af'}`,
        background: isOver ? '#e0ecff' : '#fff',
        borderRadius: 4,
        padding: 2,
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
      }}
    >
      <span style={{ fontSize: 10, color: '#6b7280' }}>{seat.seat}</span>
      {seat.delegate && <NameChip delegate={seat.delegate} />}
    </div>
  );
}

function Pool({ people }: { people: Delegate[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: 'pool' });
  return (
    <div
      ref={setNodeRef}
      data-testid="seating-pool"
      style={{
        border: `1px dashed ${isOver ? '#1f5fa8' : '#9ca3af'}`,
        background: isOver ? '#e0ecff' : '#f9fafb',
        borderRadius: 4,
        padding: 8,
        minHeight: 56,
      }}
    >
      <Typography.Text strong>{text.unseated}</Typography.Text>{' '}
      <Typography.Text type="secondary">{text.unseatedHint}</Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 6 }}>
        {people.length === 0 && <Typography.Text type="secondary">{text.noUnseated}</Typography.Text>}
        {people.map((d) => (
          <NameChip key={d.id} delegate={d} />
        ))}
      </div>
    </div>
  );
}

export function PlanBoard({ drawn }: { drawn: DrawnPlan }) {
  return (
    <div
      style={{
        flex: '2 1 600px',
        minWidth: 0,
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
        overflowX: 'auto',
      }}
    >
      <div
        style={{
          textAlign: 'center',
          border: '1px solid #9ca3af',
          background: '#f3f4f6',
          padding: 4,
          fontWeight: 600,
        }}
      >
        {text.stage}
      </div>
      {drawn.presidium.length > 0 && (
        <div
          data-testid="presidium"
          style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 4 }}
        >
          <Typography.Text strong>{text.presidium}</Typography.Text>
          <div style={{ display: 'flex', gap: 4, padding: 6, border: '2px solid #6b7280', borderRadius: 6 }}>
            {drawn.presidium.map((s) => (
              <Seat key={s.id} seat={s} />
            ))}
          </div>
        </div>
      )}
      {drawn.hall.map((row) => (
        <div
          key={row.row}
          data-testid={`hall-row-${row.row}`}
          style={{ display: 'flex', gap: 4, alignItems: 'stretch' }}
        >
          <div style={{ width: 56, alignSelf: 'center', fontWeight: 600, whiteSpace: 'nowrap' }}>
            {text.row(row.row)}
          </div>
          {row.seats.map((s) => (
            <Seat key={s.id} seat={s} />
          ))}
          <div
            style={{
              alignSelf: 'center',
              fontStyle: 'italic',
              color: '#4b5563',
              paddingLeft: 4,
              minWidth: 80,
            }}
          >
            {row.delegations.join(', ')}
          </div>
        </div>
      ))}
      <Pool people={drawn.unseated} />
    </div>
  );
}
