/** The buttons at the end of a template row: move up, move down, advanced settings, delete. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { templateText as text } from './strings.ts';

interface Props {
  /** The accessible name of a button on this row: "Chuyển lên, dòng 3". */
  label: (action: string) => string;
  first: boolean;
  last: boolean;
  open: boolean;
  /** `row` is the table row, which takes the focus once it has moved. */
  onMove: (step: -1 | 1, row: HTMLElement | null) => void;
  onToggle: () => void;
  onRemove: () => void;
}

export function RowActions({ label, first, last, open, onMove, onToggle, onRemove }: Props) {
  const rowOf = (button: HTMLElement) => button.closest('tr');
  return (
    <Space size={2}>
      <Tooltip title={text.moveUp}>
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          aria-label={label(text.moveUp)}
          disabled={first}
          onClick={(e) => onMove(-1, rowOf(e.currentTarget))}
        />
      </Tooltip>
      <Tooltip title={text.moveDown}>
        <Button
          size="small"
          icon={<ArrowDownOutlined />}
          aria-label={label(text.moveDown)}
          disabled={last}
          onClick={(e) => onMove(1, rowOf(e.currentTarget))}
        />
      </Tooltip>
      <Tooltip title={text.advanced}>
        <Button
          size="small"
          type={open ? 'primary' : 'default'}
          icon={<SettingOutlined />}
          aria-label={label(text.advanced)}
          aria-expanded={open}
          onClick={onToggle}
        />
      </Tooltip>
      <Tooltip title={text.deleteRow}>
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={label(text.deleteRow)}
          onClick={onRemove}
        />
      </Tooltip>
    </Space>
  );
}
