/**
 * Drag-and-drop rows for antd's Table (@dnd-kit/sortable): the table body's `tr` becomes sortable and a
 * DragHandle in one of its cells starts a drag. Only the vertical move is applied so rows never slide sideways.
 * The table supplies the DndContext and SortableContext, with the rows' keys as the sortable ids.
 */
import { HolderOutlined } from '@ant-design/icons';
import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from 'antd';
import { createContext, useContext, useMemo, type CSSProperties, type HTMLAttributes } from 'react';

interface HandleContext {
  setActivatorNodeRef?: (element: HTMLElement | null) => void;
  listeners?: DraggableSyntheticListeners;
  roleDescription?: string;
}

const RowHandle = createContext<HandleContext>({});

/** `label` is the whole accessible name, e.g. "Kéo để đổi thứ tự: GRDP". */
export function DragHandle({ label }: { label: string }) {
  const { setActivatorNodeRef, listeners, roleDescription } = useContext(RowHandle);
  return (
    <Button
      type="text"
      size="small"
      icon={<HolderOutlined />}
      style={{ cursor: 'grab', color: '#8c8c8c' }}
      ref={setActivatorNodeRef}
      aria-roledescription={roleDescription}
      {...listeners}
      // The row itself takes keyboard focus (Alt+↑/↓); the handle is for the mouse.
      tabIndex={-1}
      aria-label={label}
    />
  );
}

type RowProps = HTMLAttributes<HTMLTableRowElement> & { 'data-row-key'?: number | string };

function DraggableRow({ sortId, ...props }: RowProps & { sortId: number | string }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: sortId });
  const style: CSSProperties = {
    ...props.style,
    transform: CSS.Translate.toString(transform && { ...transform, x: 0 }),
    transition,
    ...(isDragging ? { position: 'relative', zIndex: 9, background: '#e6f4ff' } : {}),
  };
  const handle = useMemo(
    () => ({
      setActivatorNodeRef,
      listeners,
      roleDescription: attributes['aria-roledescription'],
    }),
    [setActivatorNodeRef, listeners, attributes],
  );
  return (
    <RowHandle.Provider value={handle}>
      <tr {...props} ref={setNodeRef} style={style} />
    </RowHandle.Provider>
  );
}

/** Use as `components={{ body: { row: SortableRow } }}`; rows without a key (expanded detail rows) stay put. */
export function SortableRow(props: RowProps) {
  const id = props['data-row-key'];
  return id === undefined ? <tr {...props} /> : <DraggableRow {...props} sortId={id} />;
}
