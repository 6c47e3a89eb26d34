/**
 * Version of the rule set (semver). Progress records and LMS reports store it so a grade can be
 * traced to the rules that gave it. ANY change to a rule, a threshold, a profile or a table row
 * bumps it (patch: wording/source fix; minor: new rule or data that can change a result;
 * major: a reading that changes existing results) with a CHANGELOG.md line naming the source.
 */
export const RULESET_VERSION = '3.0.0';
