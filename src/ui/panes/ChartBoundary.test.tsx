// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ChartBoundary } from './ChartBoundary.tsx';

afterEach(cleanup);

let fail = true;
function Chart() {
  if (fail) throw new RangeError('Maximum call stack size exceeded');
  return <p>drawn</p>;
}

describe('ChartBoundary', () => {
  it('keeps a chart that fails inside its pane, says why, and draws it again on Try again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <div>
        <p>toolbar</p>
        <ChartBoundary title="Deep chain">
          <Chart />
        </ChartBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The chart of “Deep chain” could not be drawn: Maximum call stack size exceeded');
    expect(screen.getByText('toolbar')).toBeInTheDocument();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('drawn')).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
