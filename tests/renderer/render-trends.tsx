/** Renders the Trends screen or the governors' report at `path`, with the clock set to the school's "today". */
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import type { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import { TrendsReportPrint } from '../../renderer/src/features/trends/TrendsReportPrint';
import { TrendsScreen } from '../../renderer/src/features/trends/TrendsScreen';
import { ToastProvider } from '../../renderer/src/ui/Toasts';

export function renderTrendsAt(db: UpstreamDatabase, path: string, today: Date) {
  // The report dates itself from the clock.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(today);
  return render(
    <DatabaseProvider db={db}>
      <ToastProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/trends" element={<TrendsScreen today={today} />} />
            <Route path="/print/trends/report/:startYear/:term" element={<TrendsReportPrint />} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </DatabaseProvider>,
  );
}
