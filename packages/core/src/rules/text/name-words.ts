/**
 * What the named-child detector knows about the capitalised words of report prose, all lower case.
 * A capitalised word next to an age is a child's name unless it is one of these: report prose puts
 * cohort nouns, framework and document labels, programme names, teams and buildings exactly where a
 * name would go ("Outcome (3)", "Wave (2)", "Care leavers, aged 18 to 25", "The Family Hub, 12,
 * Church Street").
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Never a name, and never part of one: articles, pronouns, conjunctions, adverbs, months, days. */
export const functionWords = words(`
the this these those that there they their them then than some many most all each every few several both other others such
any no none one two three four five six seven eight nine ten his her hers its our ours your my mine we you he she it i me us
who whom whose which what when while where why how however although though because since until unless if so and or but nor yet
also here now today tomorrow yesterday recently previously currently similarly additionally overall nearly almost just only
even still already again often always never sometimes usually generally typically especially particularly notably meanwhile
instead otherwise therefore thus hence finally first second third next last later earlier before after during between under over
up down around about approximately including except without within across through towards against among per via with from by
of to in on at for as into onto upon than not very too more less much well yes
mr mrs ms miss dr sir dame lord lady professor master
`);

/**
 * Months and days: never a name next to a bare number ("In May (2) and March, 3, visits"), but April,
 * May and June are names too, so "June, aged 7" is a child.
 */
export const calendarWords = words(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`);

/** A word before the name that makes the phrase a noun phrase ("the Wave (2)", "our Bridge (12) project"). */
export const determiners = words(`
the a an this these those our their its his her your my each every any no some
`);

/**
 * People described without a name. They may introduce one ("Baby Amy", "Child A", "siblings Leo and
 * Ava"), and are never names themselves ("Children (14)", "Care leavers, aged 18 to 25").
 */
export const personNouns = words(`
child children kid kids baby babies infant infants toddler toddlers boy boys girl girls son sons daughter daughters
brother brothers sister sisters sibling siblings twin twins triplets cousin cousins nephew niece grandson granddaughter
half-brother half-sister stepbrother stepsister step-brother step-sister young youngster youngsters youth youths
person people persons adolescent adolescents teenager teenagers teen teens pupil pupils student students learner learners
leaver leavers care-leaver care-leavers adult adults man men woman women mother mothers father fathers mum mums dad dads
parent parents carer carers guardian guardians family families household households resident residents client clients
applicant applicants claimant claimants individual individuals everyone anyone someone nobody participant participants
youngest eldest oldest elder older younger middle
`);

/**
 * Capitalised words that label things in reports and letters: framework tags, document parts,
 * programme and project structure, services, roles, buildings and streets, regions.
 */
export const labelNouns = words(`
outcome outcomes enabler enablers principle principles standard standards regulation regulations schedule schedules section
sections paragraph paragraphs chapter chapters part parts page pages table tables figure figures chart charts graph graphs annex
annexe appendix appendices note notes footnote footnotes article articles rule rules clause clauses act acts item items point
points number numbers total totals count counts version versions release edition issue issues volume term terms quarter
quarters week weeks month months year years day days session sessions key stage stages step steps level levels tier tiers band
bands grade grades phase phases tranche tranches cohort cohorts wave waves pillar pillars round rounds strand strands theme themes
priority priorities domain domains module modules unit units block blocks option options scenario scenarios element elements
criterion criteria indicator indicators measure measures target targets objective objectives action actions recommendation
recommendations finding findings area areas question questions answer category categories type types class form forms group
groups team teams service services panel panels board boards forum forums network networks partnership partnerships meeting
meetings committee conference conferences programme programmes program project projects scheme schemes model models offer
offers approach approaches strategy strategies plan plans pilot pilots initiative initiatives fund funds funding
awards framework frameworks pathway pathways protocol protocols policy policies procedure procedures guidance guide
toolkit tool tools app review reviews report reports inspection inspections visit visits audit audits survey surveys study
case cases referral referrals contact contacts assessment assessments enquiry enquiries rate rates ratio average mean median
range baseline actual current previous latest national regional local statistical neighbours neighbour comparator comparators
data information figures results result score scores rating ratings judgement judgements grade outstanding good inadequate
requires improvement effectiveness leadership leaders leader management manager managers director directors head heads chief
officer officers worker workers staff practitioner practitioners adviser advisers advisor advisors member members cabinet
council councils authority authorities county district borough city town village region ward wards parish department
directorate division office offices headquarters government ministry parliament court courts tribunal police health nhs
trust trusts hospital hospitals clinic surgery practice practices school schools academy academies college colleges nursery
nurseries university centre centres center hub hubs home homes house houses lodge lodges hall halls church churches chapel
building buildings tower place places road roads street streets lane lanes avenue close drive way crescent gardens terrace
square hill grove walk row parade mews park green view rise gate fields farm manor cottage grange bridge wharf quay yard
court estate north south east west northern southern eastern western central inner outer greater upper lower midlands
england wales scotland ireland britain kingdom europe london yorkshire humber
early help safety safeguarding protection care start life links put door pause frontline mockingbird kinship guarantee
stability parenting families family children social work front edge adolescent adolescence youth justice virtual
fostering adoption permanence placement placements sufficiency exploitation missing homelessness housing education
employment training transition independence participation voice advocacy quality assurance performance workforce
recruitment retention caseload caseloads supervision oversight practice improvement response responses ofsted dfe
his majesty majesty's majesty’s inspector inspectors inspectorate
`);

/**
 * Endings that mark a common noun, adjective or verb form rather than a name: "Staying", "Provision",
 * "Assessment", "Readiness", "Stability", "Partnership", "Activities". Names with these endings are rare.
 */
const commonEndings =
  /(?:ing|ings|tion|tions|sion|sions|ment|ments|ness|ity|ities|ship|ships|ism|isms|ists|ies|ance|ances|ancy|ency|ful|less|ous|ive|ives|able|ible|ised|ized|ology|ers|ors)$/;
/** Names that end like common words and are too common to lose ("Olive", "Clive", "Constance"...). */
const namesWithCommonEndings = words(`
olive clive constance lance vance france trinity charity verity felicity amity
`);

/** True when `lower` reads as a common word form rather than a name. */
export function hasCommonEnding(lower: string): boolean {
  if (namesWithCommonEndings.has(lower)) return false;
  return lower.length > 4 && commonEndings.test(lower);
}

/**
 * True when `lower` looks like a plural noun: it ends in "s" after a consonant ("Visits", "Audits",
 * "Referrals"). Names ending in "s" mostly follow a vowel (James, Thomas, Lucas, Louis, Marcus).
 */
export function looksPlural(lower: string): boolean {
  return lower.length > 3 && /[^aeiouys]s$/.test(lower);
}

/** Nouns that, straight after "(7)" or ", 7,", show the number counts things: "(14) young people". */
export const countedNouns = words(`
team teams service services programme programmes project projects scheme schemes model models offer offers approach strategy
plan plans pilot pilots initiative initiatives partnership partnerships network networks forum board panel group groups hub hubs
centre centres home homes unit units school schools nursery academy college charity provider providers organisation
organisations name framework pathway protocol policy standard measure measures indicator indicators tool toolkit app website
fund grant award campaign contract site sites places beds flats rooms carers workers staff families households members
participants volunteers young people children cases referrals authorities councils areas teams sessions weeks months years
days hours visits plans audits posts vacancies cohort cohorts constellations
`);
