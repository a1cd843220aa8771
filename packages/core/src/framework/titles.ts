import type { DocumentTypeId } from './document-types.js';

/** The title a draft of this type should carry, as Ofsted prints it (straight apostrophe). */
export function expectedTitle(type: DocumentTypeId, authorityName: string, period?: { start: string; end: string }): string {
  switch (type) {
    case 'short-inspection':
    case 'standard-inspection':
      return `Inspection of ${authorityName} local authority children's services`;
    case 'focused-visit':
      return `Focused visit to ${authorityName} children's services`;
    case 'monitoring-visit':
      return `Monitoring visit to ${authorityName} children's services`;
    case 'self-evaluation': {
      const years = period ? ` ${period.start.slice(0, 4)} to ${period.end.slice(0, 4)}` : '';
      return `${authorityName} children's services self-evaluation${years}`;
    }
  }
}

/** The fixed text around the authority's name in a title, to read the name back out of one. */
export function titlePattern(type: DocumentTypeId): { prefix: string; suffix: string } {
  switch (type) {
    case 'short-inspection':
    case 'standard-inspection':
      return { prefix: 'inspection of ', suffix: " local authority children's services" };
    case 'focused-visit':
      return { prefix: 'focused visit to ', suffix: " children's services" };
    case 'monitoring-visit':
      return { prefix: 'monitoring visit to ', suffix: " children's services" };
    case 'self-evaluation':
      return { prefix: '', suffix: " children's services self-evaluation" };
  }
}
