// Bibliography keys the engine may cite. Every key must exist in content/references.json
// (tests/engine/sources.test.ts checks this). Keys are lower-case and stable: findings, the drug
// table and the criteria profiles cite them, and learner feedback links them.

export const SOURCE_KEYS = [
  'thase1997',
  'souery1999',
  'fava2003',
  'fekadu2009',
  'fekadu2009b',
  'fekadu2018',
  'hagg2020',
  'petersen2005',
  'sackeim2001',
  'sackeim2019',
  'sackeim2024',
  'chandler2010',
  'desseilles2011',
  'trdconsensus2021',
  'sforzini2022',
  'uptodate-doses',
  'empendium-doses',
  'rush2006',
  'nierenberg2006',
  'riedel2010',
  'hawley2002',
  'dezwart2019',
  'zimmerman2013',
  'rush2003',
  'snaith1986',
  'muller2003',
  'kroenke2001',
  'carmody2006',
  'apa2022',
  'raison2013',
  'osimo2019',
  'strawbridge2015',
  'murrough2013',
  'anand2023',
  'wilkinson2019',
  'daly2019',
  'popova2019',
  'spravato-us-label',
  'spravato-eu-smpc',
  'ema2013',
  'husain2004',
  'haq2015',
  'oreardon2007',
  'george2010',
  'blumberger2018',
  'cole2022',
  'meyer2001',
  'meyer2004',
  'meyer2007',
  'uhr2003',
  'uhr2008',
  'obrien2013',
  'berlim2007',
  'goodwin2022',
  'bauer2000',
  'brunner2014',
  // Beyond the brief's list, present in content/references.json and needed for exact attribution:
  'uhr-grauer2003', // citalopram/trimipramine P-gp (J Psychiatr Res 2003), a different paper from uhr2003
  'uhr2000', // amitriptyline P-gp mouse data (reference: unverified, from memory)
  'medicalalgorithms-trsm', // where the Thase–Rush stage definitions were verified [S]
  'medicalalgorithms-crd', // European non-responder/CRD wording and "≈ 6 trials" [S]
] as const;

export type SourceKey = (typeof SOURCE_KEYS)[number];

/** A citation with an optional locator ("Panel 1", 'table "Antidepressant doses"'). */
export interface SourceRef {
  key: SourceKey;
  where?: string;
}
