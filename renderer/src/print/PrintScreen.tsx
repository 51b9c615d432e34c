/**
 * "In ấn": the delegate list, the sign-in sheet, name cards and the seating plan of the current conference,
 * previewed on A4 and printed (or saved as PDF) exactly as previewed.
 */
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Radio, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { PlanDoc } from '../seating/PlanDoc.tsx';
import { drawPlan } from '../seating/layout.ts';
import { NameCardsDoc } from './cards.tsx';
import { DelegateListDoc, SignInDoc, type ListData, type ListOrder } from './lists.tsx';
import { PrintPortal, takePrintKind, usePrinting, type PageSetup, type PrintKind } from './printing.tsx';
import { columnLabels, printText as text, type ColumnKey } from './strings.ts';

type Kind = PrintKind;
const listColumns: ColumnKey[] = [
  'stt',
  'fullName',
  'position',
  'organization',
  'delegation',
  'phone',
  'seat',
  'status',
];
const setups: Record<Kind, PageSetup> = {
  list: 'portrait',
  signIn: 'portrait',
  cards: 'card',
  plan: 'landscape',
};

export function PrintScreen({ conference }: { conference: Conference }) {
  const [kind, setKind] = useState<Kind>(takePrintKind);
  const [order, setOrder] = useState<ListOrder>('delegation');
  const [columns, setColumns] = useState<ColumnKey[]>(['stt', 'fullName', 'position', 'phone', 'seat']);
  const [skipAbsent, setSkipAbsent] = useState(true);
  const [cardsFor, setCardsFor] = useState<'all' | 'presidium'>('all');
  const loaded = useLoad(
    () =>
      Promise.all([
        call('delegates.list', { conferenceId: conference.id, sort: 'delegation' }),
        call('seating.get', { conferenceId: conference.id }),
      ]),
    `print-${conference.id}`,
  );
  const printing = usePrinting(`${text.kinds[kind]} - ${conference.title}`);

  const content = useMemo(() => {
    if (!loaded.data) return null;
    const [list, plan] = loaded.data;
    const delegates = list.rows.filter((d) => !(skipAbsent && d.status === 'vang'));
    const data: ListData = { conference, delegates, delegations: list.delegations };
    const drawn = drawPlan(plan, list.rows);
    // In name order the delegation moves into a column of its own.
    const shown = listColumns.filter(
      (c) => columns.includes(c) && !(order === 'delegation' && c === 'delegation'),
    );
    switch (kind) {
      case 'list':
        return {
          empty: delegates.length === 0,
          doc: <DelegateListDoc data={data} order={order} columns={shown} />,
        };
      case 'signIn':
        return { empty: delegates.length === 0, doc: <SignInDoc data={data} order={order} /> };
      case 'cards': {
        const people =
          cardsFor === 'presidium'
            ? drawn.presidium
                .flatMap((s) => (s.delegate ? [s.delegate] : []))
                .sort((a, b) => a.protocolIndex - b.protocolIndex)
            : delegates
                .filter((d) => d.role !== 'phuc_vu' && d.role !== 'thu_ky')
                .sort((a, b) => a.protocolIndex - b.protocolIndex);
        return { empty: people.length === 0, doc: <NameCardsDoc delegates={people} /> };
      }
      case 'plan':
        return { empty: list.rows.length === 0, doc: <PlanDoc conference={conference} drawn={drawn} /> };
    }
  }, [loaded.data, kind, order, columns, skipAbsent, cardsFor, conference]);

  const setup = setups[kind];
  const emptyText = kind === 'cards' && cardsFor === 'presidium' ? text.noPresidium : text.empty;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary">{conference.title}</Typography.Text>
        </div>
        <Space>
          {printing.canSavePdf && (
            <Button
              icon={<FilePdfOutlined />}
              loading={printing.busy}
              disabled={!content || content.empty}
              onClick={() => void printing.savePdf()}
            >
              {text.savePdf}
            </Button>
          )}
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            loading={printing.busy}
            disabled={!content || content.empty}
            onClick={() => void printing.print()}
          >
            {text.print}
          </Button>
        </Space>
      </Flex>
      <Segmented<Kind>
        value={kind}
        onChange={setKind}
        options={(Object.keys(text.kinds) as Kind[]).map((k) => ({ value: k, label: text.kinds[k] }))}
      />
      <Flex gap={24} wrap align="center">
        {(kind === 'list' || kind === 'signIn') && (
          <Space>
            <Typography.Text strong>{text.order}:</Typography.Text>
            <Radio.Group
              value={order}
              onChange={(e) => setOrder(e.target.value as ListOrder)}
              options={[
                { value: 'delegation', label: text.byDelegation },
                { value: 'name', label: text.byName },
              ]}
            />
          </Space>
        )}
        {kind === 'list' && (
          <Space wrap>
            <Typography.Text strong>{text.columns}:</Typography.Text>
            <Checkbox.Group
              value={columns}
              onChange={(next) => setColumns(next)}
              options={listColumns
                .filter(
                  (c) => c !== 'stt' && c !== 'fullName' && !(order === 'delegation' && c === 'delegation'),
                )
                .map((c) => ({ value: c, label: columnLabels[c] }))}
            />
          </Space>
        )}
        {kind === 'cards' && (
          <Space>
            <Typography.Text strong>{text.cardsFor}:</Typography.Text>
            <Radio.Group
              value={cardsFor}
              onChange={(e) => setCardsFor(e.target.value as 'all' | 'presidium')}
              options={[
                { value: 'all', label: text.cardsAll },
                { value: 'presidium', label: text.cardsPresidium },
              ]}
            />
          </Space>
        )}
        {kind !== 'plan' && (
          <Checkbox checked={skipAbsent} onChange={(e) => setSkipAbsent(e.target.checked)}>
            {text.skipAbsent}
          </Checkbox>
        )}
      </Flex>
      {loaded.error && <Alert type="error" title={loaded.error} />}
      {content?.empty && <Alert type="info" title={emptyText} />}
      {content && !content.empty && (
        <>
          <Typography.Text type="secondary">{text.previewNote}</Typography.Text>
          <div className="print-preview" data-testid="print-preview">
            {setup === 'card' ? content.doc : <div className={`doc-sheet ${setup}`}>{content.doc}</div>}
          </div>
          <PrintPortal setup={setup}>{content.doc}</PrintPortal>
        </>
      )}
    </Flex>
  );
}
