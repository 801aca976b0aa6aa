import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api';
import { App } from './app';
import { initI18n, systemLocale } from './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
initI18n(systemLocale());
const connection = connect();
if (connection.kind === 'unauthorized') {
  root.render(
    <main className="unauthorized" role="alert">
      <h1>Synopsis</h1>
      <p>{connection.message}</p>
    </main>,
  );
} else {
  root.render(
    <StrictMode>
      <App api={connection.api} />
    </StrictMode>,
  );
}
