import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/reset.css';
import { adoptTokenFromUrl } from './api/session.ts';
import { Root } from './app/Root.tsx';

adoptTokenFromUrl();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
