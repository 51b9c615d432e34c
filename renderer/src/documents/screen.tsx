/** The "Tài liệu" entry of the app's screen registry. */
import { FileWordOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { DocumentsScreen } from './DocumentsScreen.tsx';
import { documentsText } from './strings.ts';

export const documentsScreen: ScreenEntry = {
  key: 'documents',
  label: documentsText.title,
  icon: <FileWordOutlined />,
  needsConference: true,
  render: ({ conference }) => <DocumentsScreen conference={conference} />,
};
