/** The "In ấn" entry of the screen registry (renderer/src/app/screens.tsx). */
import { PrinterOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { PrintScreen } from './PrintScreen.tsx';
import { printText } from './strings.ts';

export const printScreen: ScreenEntry = {
  key: 'print',
  label: printText.menu,
  icon: <PrinterOutlined />,
  needsConference: true,
  render: ({ conference }) => <PrintScreen key={conference.id} conference={conference} />,
};
