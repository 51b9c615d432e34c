/** The "Chương trình" entry of the screen registry (renderer/src/app/screens.tsx). */
import { ScheduleOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { AgendaScreen } from './AgendaScreen.tsx';
import { agendaText } from './strings.ts';

export const agendaScreen: ScreenEntry = {
  key: 'agenda',
  label: agendaText.title,
  icon: <ScheduleOutlined />,
  needsConference: true,
  render: ({ conference }) => <AgendaScreen conference={conference} />,
};
