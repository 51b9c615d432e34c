/**
 * "Sơ đồ chỗ ngồi": the presidium table and the hall, filled from the protocol order by one click and
 * adjusted by dragging names; beside it the delegate list with each person's seat.
 */
import { AppstoreAddOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Alert, Button, Flex, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SeatRef, SeatingPlan } from '../../../shared/api/methods/seating.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { choosePrintKind } from '../print/printing.tsx';
import { drawPlan } from './layout.ts';
import { PlanBoard } from './PlanBoard.tsx';
import { seatingText as text } from './strings.ts';

interface Shape {
  presidiumSeats: number;
  hallRows: number;
  seatsPerRow: number;
}

function parseSeat(id: string): SeatRef | null {
  const [area, row, seat] = id.split(':');
  if (area !== 'presidium' && area !== 'hall') return null;
  return { area, row: Number(row), seat: Number(seat) };
}

export function SeatingScreen({ conference, onPrint }: { conference: Conference; onPrint: () => void }) {
  const { showError, saved } = useFeedback();
  const loaded = useLoad(
    () =>
      Promise.all([
        call('delegates.list', { conferenceId: conference.id, sort: 'delegation' }),
        call('seating.get', { conferenceId: conference.id }),
      ]),
    `seating-${conference.id}`,
  );
  // The shape being typed; null shows the saved one.
  const [draft, setDraft] = useState<Shape | null>(null);
  const [busy, setBusy] = useState(false);
  const delegates: Delegate[] = useMemo(() => loaded.data?.[0].rows ?? [], [loaded.data]);
  const plan = loaded.data?.[1];
  const shape: Shape = draft ?? plan ?? { presidiumSeats: 0, hallRows: 0, seatsPerRow: 10 };
  const edit = (change: Partial<Shape>) => setDraft({ ...shape, ...change });

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor),
  );

  const run = async (work: () => Promise<SeatingPlan>, message?: string) => {
    setBusy(true);
    try {
      await work();
      setDraft(null);
      if (message) saved(message);
      // The plan and the seat wording in the delegate list both changed.
      loaded.reload();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const delegateId = Number(String(active.id).replace(/^d:/u, ''));
    const to = over.id === 'pool' ? null : parseSeat(String(over.id));
    if (over.id !== 'pool' && !to) return;
    const current = plan?.assignments.find((a) => a.delegateId === delegateId);
    if (to && current && current.area === to.area && current.row === to.row && current.seat === to.seat)
      return;
    if (!to && !current) return;
    void run(() => call('seating.move', { conferenceId: conference.id, delegateId, to }));
  };

  if (loaded.error) return <Alert type="error" title={loaded.error} />;
  if (!plan) return <Typography.Text type="secondary">…</Typography.Text>;
  const drawn = drawPlan(plan, delegates);
  const seatOf = new Map(plan.assignments.map((a) => [a.delegateId, a.label]));

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary">{conference.title}</Typography.Text>
        </div>
        <Space wrap>
          <Popconfirm
            title={text.autoAssignConfirm}
            disabled={plan.assignments.length === 0}
            onConfirm={() =>
              void run(() => call('seating.autoAssign', { conferenceId: conference.id }), text.autoAssignDone)
            }
          >
            <Button
              type="primary"
              icon={<AppstoreAddOutlined />}
              loading={busy}
              disabled={delegates.length === 0}
              onClick={() => {
                if (plan.assignments.length === 0) {
                  void run(
                    () => call('seating.autoAssign', { conferenceId: conference.id }),
                    text.autoAssignDone,
                  );
                }
              }}
            >
              {text.autoAssign}
            </Button>
          </Popconfirm>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => {
              choosePrintKind('plan');
              onPrint();
            }}
          >
            {text.printPlan}
          </Button>
        </Space>
      </Flex>
      <Space wrap>
        <span>{text.presidiumSeats}</span>
        <InputNumber
          aria-label={text.presidiumSeats}
          min={0}
          max={40}
          value={shape.presidiumSeats}
          onChange={(v) => edit({ presidiumSeats: v ?? 0 })}
          style={{ width: 72 }}
        />
        <span>{text.hallRows}</span>
        <InputNumber
          aria-label={text.hallRows}
          min={0}
          max={100}
          value={shape.hallRows}
          onChange={(v) => edit({ hallRows: v ?? 0 })}
          style={{ width: 72 }}
        />
        <span>{text.seatsPerRow}</span>
        <InputNumber
          aria-label={text.seatsPerRow}
          min={1}
          max={60}
          value={shape.seatsPerRow}
          onChange={(v) => edit({ seatsPerRow: v ?? 1 })}
          style={{ width: 72 }}
        />
        <Button
          loading={busy}
          disabled={
            shape.presidiumSeats === plan.presidiumSeats &&
            shape.hallRows === plan.hallRows &&
            shape.seatsPerRow === plan.seatsPerRow &&
            plan.saved
          }
          onClick={() =>
            void run(
              () => call('seating.configure', { conferenceId: conference.id, ...shape }),
              text.shapeSaved,
            )
          }
        >
          {text.applyShape}
        </Button>
      </Space>
      {delegates.length === 0 && <Alert type="info" title={text.empty} />}
      {delegates.length > 0 && plan.assignments.length === 0 && <Alert type="info" title={text.notSaved} />}
      {/* Without delegates the empty hall and list only repeat the note above, and "everyone is seated" would be wrong. */}
      {delegates.length > 0 && (
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          <Flex gap={16} align="flex-start" wrap>
            <PlanBoard drawn={drawn} />
            <Flex vertical gap={8} style={{ flex: '1 1 400px', minWidth: 380 }}>
              <Typography.Text strong>{text.list}</Typography.Text>
              <Table<Delegate>
                size="small"
                rowKey="id"
                pagination={false}
                scroll={{ y: 520 }}
                dataSource={delegates}
                data-testid="seating-list"
                columns={[
                  { title: text.columns.stt, width: 48, render: (_, d) => d.protocolIndex },
                  { title: text.columns.fullName, dataIndex: 'fullName' },
                  { title: text.columns.delegation, dataIndex: 'delegationName', width: 110 },
                  { title: text.columns.seat, width: 140, render: (_, d) => seatOf.get(d.id) ?? '' },
                ]}
              />
            </Flex>
          </Flex>
        </DndContext>
      )}
      {delegates.length > 0 && <Typography.Text type="secondary">{text.hallView}</Typography.Text>}
    </Flex>
  );
}
