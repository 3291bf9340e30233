/**
 * When a page first shows its data: the router starts the clock on each navigation (`startPage`), the first
 * panel that draws data marks it (`dataShown`, from panel.ts), and <body> gets data-data-ms (milliseconds from
 * the navigation to the frame with that panel). Charts draw after that frame (`afterPaint`), so a list or a
 * table is on screen while the chart library is still drawing. For tests and the curious.
 *
 *   startPage(performance.now(), 3);   // router, on navigation 3
 *   dataShown();                       // panel.ts, after a panel's content is in the page
 *   await afterPaint();                // before drawing a chart
 */
let started = 0;
let page = 0;
let marked = -1;

export function startPage(at: number, generation: number): void {
  started = at;
  page = generation;
  delete document.body.dataset.dataMs;
}

/** Marks the page's first data on screen (once per navigation), timed at the frame that paints it. */
export function dataShown(): void {
  if (marked === page) return;
  marked = page;
  const mine = page;
  requestAnimationFrame(() => {
    if (mine === page) document.body.dataset.dataMs = String(Math.round(performance.now() - started));
  });
}

/** Resolves after the browser has painted what is in the page now (a frame, then a task). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
