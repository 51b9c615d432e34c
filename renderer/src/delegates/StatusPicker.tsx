/** One-click attendance status in a table cell: four small buttons, the current one coloured and named. */
import { CheckOutlined, CloseOutlined, MailOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { delegateStatusLabels, delegateStatuses } from '../../../shared/api/schemas/delegates.ts';

type Status = Delegate['status'];

export const statusLook: Record<Status, { icon: ReactNode; color: string }> = {
  duoc_moi: { icon: <MailOutlined />, color: '#595959' },
  xac_nhan: { icon: <CheckOutlined />, color: '#1677ff' },
  vang: { icon: <CloseOutlined />, color: '#cf1322' },
  co_mat: { icon: <UserOutlined />, color: '#389e0d' },
};

interface Props {
  value: Status;
  name: string;
  onChange: (status: Status) => void;
}

export function StatusPicker({ value, name, onChange }: Props) {
  return (
    <span role="group" aria-label={`Trạng thái của ${name}`} style={{ display: 'inline-flex', gap: 2 }}>
      {delegateStatuses.map((status) => {
        const active = status === value;
        const { icon, color } = statusLook[status];
        const label = delegateStatusLabels[status];
        const button = (
          <Button
            key={status}
            size="small"
            type={active ? 'primary' : 'text'}
            icon={icon}
            aria-label={label}
            aria-pressed={active}
            tabIndex={-1}
            style={
              active
                ? { background: color, borderColor: color, paddingInline: 6 }
                : { color: '#bfbfbf', width: 22, minWidth: 22 }
            }
            onClick={(event) => {
              event.stopPropagation();
              if (!active) onChange(status);
            }}
            onDoubleClick={(event) => event.stopPropagation()}
          >
            {active ? label : null}
          </Button>
        );
        return active ? (
          button
        ) : (
          <Tooltip key={status} title={label} mouseEnterDelay={0.3}>
            {button}
          </Tooltip>
        );
      })}
    </span>
  );
}
