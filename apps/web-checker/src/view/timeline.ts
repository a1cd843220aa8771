import { planCadence, renderTimelineSvg, type CadenceEvent } from '@ilacs/core/cadence';

/**
 * Draws the core's cadence timeline for the draft's history, or hides the panel when the draft
 * gives no dated inspection. The SVG is parsed as XML, so nothing in it can run as script.
 */
export function renderTimeline(
  panel: HTMLElement,
  container: HTMLElement,
  history: readonly CadenceEvent[],
  title: string | undefined,
  today: string,
): void {
  if (history.length === 0) {
    panel.hidden = true;
    container.replaceChildren();
    return;
  }
  const plan = planCadence(history, { today });
  const svg = renderTimelineSvg(plan, title ? { title } : {});
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const notes = plan.notes.map((note) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'muted';
    paragraph.textContent = note;
    return paragraph;
  });
  container.replaceChildren(document.importNode(parsed, true), ...notes);
  panel.hidden = false;
}
