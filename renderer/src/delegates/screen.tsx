/** The "Đại biểu" entry of the screen registry (renderer/src/app/screens.tsx). */
import { TeamOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { DelegatesScreen } from './DelegatesScreen.tsx';
import { delegatesText } from './strings.ts';

export const delegatesScreen: ScreenEntry = {
  key: 'delegates',
  label: delegatesText.title,
  icon: <TeamOutlined />,
  needsConference: true,
  render: ({ conference }) => <DelegatesScreen conference={conference} />,
};
