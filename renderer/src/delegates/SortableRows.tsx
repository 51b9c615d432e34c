/**
 * Drag-and-drop rows for antd's Table (@dnd-kit/sortable): the table body's `tr` becomes sortable and the
 * handle in the first cell starts a drag. Only the vertical move is applied so rows never slide sideways.
 */
import { HolderOutlined } from '@ant-design/icons';
import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from 'antd';
import { createContext, useContext, useMemo, type CSSProperties, type HTMLAttributes } from 'react';
import { delegatesText as text } from './strings.ts';

interface HandleContext {
  setActivatorNodeRef?: (element: HTMLElement | null) => void;
  listeners?: DraggableSyntheticListeners;
  roleDescription?: string;
}

const RowHandle = createContext<HandleContext>({});

export function DragHandle({ name }: { name: string }) {
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
      aria-label={`${text.dragHandle}: ${name}`}
    />
  );
}

type RowProps = HTMLAttributes<HTMLTableRowElement> & { 'data-row-key'?: number | string };

export function SortableRow(props: RowProps) {
  const id = props['data-row-key'] ?? '';
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
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
