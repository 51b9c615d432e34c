/** The "Sơ đồ chỗ ngồi" entry of the screen registry (renderer/src/app/screens.tsx). */
import { LayoutOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { SeatingScreen } from './SeatingScreen.tsx';
import { seatingText } from './strings.ts';

export const seatingScreen: ScreenEntry = {
  key: 'seating',
  label: seatingText.title,
  icon: <LayoutOutlined />,
  needsConference: true,
  render: ({ conference, open }) => (
    <SeatingScreen key={conference.id} conference={conference} onPrint={() => open('print')} />
  ),
};
