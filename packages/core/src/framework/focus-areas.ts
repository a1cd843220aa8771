/** Focus areas for focused visits (framework paragraphs 106 to 117), with the names Ofsted's statistics use. */
export const focusAreas = [
  {
    id: 'front door',
    name: 'Front door',
    description: 'Arrangements for children at the front door: contacts, referrals and the first response.',
  },
  {
    id: 'children in need or subject to a plan',
    name: 'Children in need or subject to a child protection plan',
    description: 'Children in need and children subject to child protection plans.',
  },
  {
    id: 'vulnerable adolescents',
    name: 'Vulnerable children at risk from extra-familial harm',
    description: 'Children at risk of exploitation, going missing or other harm outside the home.',
  },
  { id: 'children in care', name: 'Children in care', description: 'The experiences and progress of children in care.' },
  { id: 'achieving permanence', name: 'Planning and achieving permanence', description: 'Planning and achieving permanence for children.' },
  { id: 'care leavers', name: 'Care leavers', description: 'The experiences and progress of care leavers.' },
  {
    id: 'placement decisions for older children',
    name: 'Placement decision-making for older children',
    description: 'Placement decisions for children aged 16 and 17 (first used February 2024).',
  },
] as const;

export type FocusArea = (typeof focusAreas)[number];
export type FocusAreaId = FocusArea['id'];
export const focusAreaIds = focusAreas.map((f) => f.id) as unknown as readonly [FocusAreaId, ...FocusAreaId[]];
