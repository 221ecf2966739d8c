/**
 * Consequential claims: sentences that a reader would want sourced
 * ({{citation needed}}).  Plain narration (“the meeting began at noon”)
 * and figures of no consequence (“some 3,000 runners took part”) are not
 * claims.
 */

/**
 * Money and proportion figures.  Numbers are matched as `{#}` (any number,
 * in digits or words) and `{#scale}` (digits with a scale: “40m”,
 * “2.3bn”); currency signs and `%` are words here.
 */
export const figures = [
  '$|£|€|¥|₹ {#}|{#scale}',
  '{#} %|percent|percentage|million|billion|trillion|bn|tn|dollars|euros|pounds|yen|yuan|rupees',
  '{#} per cent',
  '{#scale}',
  'doubled|tripled|trebled|quadrupled|halved'
] as const

/**
 * Claim words: casualties (only with a number), superlatives and records,
 * allegations of wrongdoing, forecasts.  Patterns use the syntax of
 * `analysis/patterns.ts`.
 */
export const claims = [
  // Casualty counts: “at least 40 people were killed”.
  '{#} *4 killed|dead|died|injured|wounded|hurt|missing|displaced|evacuated|hospitalised|hospitalized|arrested|detained|homeless|infected|deaths|casualties|fatalities',
  // “The war has killed more than 12,000 civilians”.
  'killed|injured|wounded|displaced|sickened|infected|evacuated *3 {#}',
  // Proportions: “one in five patients”, “two out of three voters”.
  '{#} in|out of? {#}',
  // Superlatives and records.
  'largest|biggest|highest|lowest|worst|deadliest|costliest|fastest-growing|strongest|weakest|richest|poorest|greatest|steepest|sharpest|fastest|hottest|coldest|wettest|driest|busiest|longest|shortest|oldest|youngest',
  // “the most destructive since 2018”, “the most expensive in history”.
  'most *3 since',
  'most *3 in history',
  'most *3 on record',
  'record|all-time|unprecedented|first-ever|historic high|low|level|levels|number|numbers|profit|profits|loss|losses|heat|temperatures|turnout|sales|prices',
  'all-time|unprecedented|record-breaking|record-high|record-low',
  'for the first time|time in|ever',
  'ever recorded|seen|built|made|measured',
  // Forecasts and causal claims.
  'will|would cost|rise|fall|increase|decrease|double|triple|reach|exceed|grow|shrink|collapse|lose|kill|save|create|destroy|cut|slash|bankrupt|overtake|surpass|outnumber|outsell|eliminate|wipe|halve',
  '{be} poised|likely|projected|forecast|predicted to',
  '{be} on course|track to',
  'causes|caused|cause cancer|deaths|death|disease|harm|damage|inflation|recession|crisis',
  'linked to',
  'responsible for'
] as const

/**
 * Allegations of wrongdoing: claims unless the sentence reports the court
 * process that makes them (see `legalProcess`).
 */
export const allegations = [
  'fraud|fraudulent|bribe|bribes|bribery|embezzled|embezzlement|corrupt|corruption|laundering|kickbacks|extortion|rigged|cover-up|falsified|misappropriated|defrauded|stole|cheated|illegally|unlawfully|lied|perjury|misconduct|abused|harassed',
  'covered up'
] as const

/**
 * Court process: a sentence reporting a charge, plea or verdict (“He is
 * charged with fraud and with allegedly falsifying accounts”) states the
 * public record; the allegation is the prosecution’s, not the paper’s.
 */
export const legalProcess = [
  'charged', 'indicted', 'arraigned', 'pleaded', 'convicted', 'sentenced',
  'acquitted', 'jailed', 'guilty', 'prosecutors', 'jury', 'verdict'
] as const
