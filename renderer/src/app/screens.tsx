/**
 * Every screen of the app, in menu order. A capability adds its screen here with one entry; the frame builds
 * the navigation from this list. Screens marked `needsConference` get the current conference and are shown
 * only once one is chosen.
 */
import { ApartmentOutlined, CalendarOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import { agendaScreen } from '../agenda/screen.tsx';
import { ClustersScreen } from '../clusters/ClustersScreen.tsx';
import { ConferencesScreen } from '../conferences/ConferencesScreen.tsx';
import { delegatesScreen } from '../delegates/screen.tsx';
import { returnsScreen } from '../returns/screen.tsx';
import { nav } from '../strings.ts';
import { speechesScreen } from '../speeches/screen.tsx';
import { awardsScreen } from '../awards/screen.tsx';
import { seatingScreen } from '../seating/screen.tsx';
import { printScreen } from '../print/screen.tsx';
import { checkinScreen } from '../checkin/screen.tsx';
import { backupsScreen } from '../backups/screen.tsx';
import { documentsScreen } from '../documents/screen.tsx';
import { importsScreen } from '../imports/screen.tsx';

export interface ScreenContext {
  open: (key: string) => void;
}

export type ScreenEntry =
  | {
      key: string;
      label: string;
      icon: ReactNode;
      needsConference?: false;
      render: (ctx: ScreenContext) => ReactNode;
    }
  | {
      key: string;
      label: string;
      icon: ReactNode;
      needsConference: true;
      render: (ctx: ScreenContext & { conference: Conference }) => ReactNode;
    };

export const screens: ScreenEntry[] = [
  {
    key: 'conferences',
    label: nav.conferences,
    icon: <CalendarOutlined />,
    render: ({ open }) => <ConferencesScreen onOpenClusters={() => open('clusters')} />,
  },
  delegatesScreen,
  agendaScreen,
  speechesScreen,
  awardsScreen,
  { key: 'clusters', label: nav.clusters, icon: <ApartmentOutlined />, render: () => <ClustersScreen /> },
  returnsScreen,
  seatingScreen,
  printScreen,
  checkinScreen,
  documentsScreen,
  backupsScreen,
  importsScreen,
];
