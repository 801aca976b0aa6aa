/**
 * The actors the commitment extractor recognises, under their canonical (English) name, with the
 * name a French or Dutch reader expects. The canonical name is the data: it is what a commitment's
 * `actor` holds, what curation stores and what the JSON and CSV reports carry. The interface and the
 * readable reports show `actorLabel` in their language. An actor a user typed in a correction is
 * not in this table and is shown as typed.
 */
export const ACTOR_LABELS = {
  'Benelux Committee of Ministers': { fr: 'Comité de Ministres Benelux', nl: 'Benelux Comité van Ministers' },
  'Benelux Interparliamentary Assembly': { fr: 'Assemblée interparlementaire Benelux', nl: 'Interparlementaire Assemblee van de Benelux' },
  'Benelux General Secretariat': { fr: 'Secrétariat général Benelux', nl: 'Benelux Secretariaat-generaal' },
  'Benelux Union': { fr: 'Union Benelux', nl: 'Benelux Unie' },
  'working group': { fr: 'groupe de travail', nl: 'werkgroep' },
  'Benelux countries': { fr: 'pays du Benelux', nl: 'Benelux-landen' },
  'Wallonia-Brussels Federation': { fr: 'Fédération Wallonie-Bruxelles', nl: 'Federatie Wallonië-Brussel' },
  Wallonia: { fr: 'Wallonie', nl: 'Wallonië' },
  Brussels: { fr: 'Région bruxelloise', nl: 'Brussels Hoofdstedelijk Gewest' },
  Flanders: { fr: 'Flandre', nl: 'Vlaanderen' },
  'Belgian federal government': { fr: 'autorité fédérale belge', nl: 'Belgische federale overheid' },
  Netherlands: { fr: 'Pays-Bas', nl: 'Nederland' },
  Luxembourg: { fr: 'Luxembourg', nl: 'Luxemburg' },
  Belgium: { fr: 'Belgique', nl: 'België' },
  'European Commission': { fr: 'Commission européenne', nl: 'Europese Commissie' },
  'European Union': { fr: 'Union européenne', nl: 'Europese Unie' },
  Benelux: { fr: 'Benelux', nl: 'Benelux' },
  governments: { fr: 'gouvernements', nl: 'regeringen' },
  government: { fr: 'gouvernement', nl: 'regering' },
} as const satisfies Record<string, Readonly<Record<'fr' | 'nl', string>>>;

/** A canonical actor name: the extractor's rules may only use these (the compiler checks it). */
export type ActorName = keyof typeof ACTOR_LABELS;

/** An actor as a reader of `lang` names it; a name the table does not know is shown as it is. */
export function actorLabel(name: string, lang: 'en' | 'fr' | 'nl'): string {
  if (lang === 'en' || !Object.hasOwn(ACTOR_LABELS, name)) return name;
  return ACTOR_LABELS[name as ActorName][lang];
}
