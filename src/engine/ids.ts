// Drug and agent ids as plain lists: input checks and messages need the names, not the tables
// (drugs.ts, doses.ts), so an island that checks one field does not ship a drug table. The tables
// are typed against these lists (`satisfies Record<AntidepressantId, …>`), so the two cannot drift.

export const ANTIDEPRESSANT_IDS = [
  'sertraline',
  'fluoxetine',
  'paroxetine',
  'citalopram',
  'escitalopram',
  'fluvoxamine',
  'venlafaxine',
  'desvenlafaxine',
  'duloxetine',
  'levomilnacipran',
  'bupropion',
  'mirtazapine',
  'vortioxetine',
  'vilazodone',
  'trazodone',
  'nortriptyline',
  'amitriptyline',
  'imipramine',
  'clomipramine',
  'phenelzine',
  'tranylcypromine',
  'selegiline-transdermal',
] as const;
export type AntidepressantId = (typeof ANTIDEPRESSANT_IDS)[number];

/** Agents added to an antidepressant trial (kind augmentation or combination); table in drugs.ts. */
export const AGENT_IDS = [
  'lithium',
  'liothyronine',
  'aripiprazole',
  'brexpiprazole',
  'quetiapine',
  'cariprazine',
  'olanzapine',
  'bupropion',
  'mirtazapine',
] as const;
export type AgentId = (typeof AGENT_IDS)[number];

export function isAntidepressantId(id: string): id is AntidepressantId {
  return (ANTIDEPRESSANT_IDS as readonly string[]).includes(id);
}
export function isAgentId(id: string): id is AgentId {
  return (AGENT_IDS as readonly string[]).includes(id);
}
