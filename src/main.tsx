import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore, StoreProvider } from './store/index.ts';
import { installPageApi } from './ui/pageApi.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';
import './ui/print.css';

const store = createAppStore();
installPageApi(window, store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
