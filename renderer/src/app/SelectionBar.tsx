/**
 * The line above a list: a hint on how to work the table and, once rows are ticked, how many and the button
 * that deletes them (the screen offers "Hoàn tác" afterwards) and, where given, one that clears the ticks.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  count: number;
  hint: ReactNode;
  /** "Đã chọn 3 dòng" */
  selectedText: string;
  /** "Xóa 3 dòng đã chọn" */
  deleteText: string;
  onDelete: () => void;
  /** "Bỏ chọn"; without it there is no clear button. */
  clearText?: string;
  onClear?: () => void;
}

export function SelectionBar({ count, hint, selectedText, deleteText, onDelete, clearText, onClear }: Props) {
  return (
    <Flex justify="space-between" align="center" gap={12} wrap style={{ minHeight: 28 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {hint}
      </Typography.Text>
      {count > 0 && (
        <Space data-testid="selection-bar">
          <Typography.Text>{selectedText}</Typography.Text>
          <Button size="small" danger icon={<DeleteOutlined />} onClick={onDelete}>
            {deleteText}
          </Button>
          {clearText && onClear && (
            <Button size="small" type="text" onClick={onClear}>
              {clearText}
            </Button>
          )}
        </Space>
      )}
    </Flex>
  );
}
