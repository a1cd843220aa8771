import { frameworkVersions, type FrameworkVersion } from '../framework/versions.js';
import type { IsoDate } from './iso-date.js';

/** ILACS began in January 2018; before then the Single Inspection Framework (2013 to 2017) applied. */
export const ilacsBegan: IsoDate = frameworkVersions[0].from;

/** The ILACS framework version in force on a date; undefined before ILACS began. */
export function frameworkInForceOn(iso: IsoDate): FrameworkVersion | undefined {
  if (iso < ilacsBegan) return undefined;
  return [...frameworkVersions].reverse().find((version) => iso >= version.from);
}
