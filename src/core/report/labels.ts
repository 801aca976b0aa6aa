import type { AnchorStatus } from '../../shared/annotations';
import type { CommitmentKind, Force, LinkRelation, ThemeStatus } from '../../shared/commitments';
import type { Integrity, SourceRole } from '../../shared/model';
import type { ReportLang } from '../../shared/report';

/**
 * The report's own words (headings, field names, legends) in English, French and Dutch. The
 * quoted excerpts are never translated. `{name}` marks a value filled in by `fill`. The type
 * makes the three languages carry the same keys; a test checks the placeholders agree too.
 */
export interface ReportLabels {
  /** The language these labels are in: data shown in words (actors) follows it. */
  readonly lang: ReportLang;
  readonly title: string;
  readonly comparedSources: string;
  readonly generatedBy: string;
  readonly reproducible: string;
  readonly contents: string;
  readonly sectionSources: string;
  readonly sectionMethod: string;
  readonly sectionMatrix: string;
  readonly sectionThemes: string;
  readonly sectionIndicators: string;
  readonly sectionAnnotations: string;
  readonly sectionCuration: string;
  readonly sectionVerification: string;
  readonly fieldId: string;
  readonly fieldFile: string;
  readonly fieldPublisher: string;
  readonly fieldDate: string;
  readonly fieldPrintedDates: string;
  readonly fieldDateConflict: string;
  readonly fieldLanguages: string;
  readonly fieldGenre: string;
  readonly fieldRole: string;
  readonly fieldDescription: string;
  readonly fieldSha256: string;
  readonly fieldIntegrity: string;
  readonly fieldExpectedSha256: string;
  readonly fieldSize: string;
  readonly bytesValue: string;
  readonly fieldEncoding: string;
  readonly fieldBlocks: string;
  readonly fieldIngestVersion: string;
  readonly integrity: Readonly<Record<Integrity['kind'], string>>;
  readonly role: Readonly<Record<SourceRole, string>>;
  readonly methodCodebook: string;
  readonly methodExtractor: string;
  readonly methodThreshold: string;
  readonly methodIngest: string;
  readonly methodPositions: string;
  readonly positionsValue: string;
  readonly methodManifest: string;
  readonly manifest: Readonly<Record<'sources.json' | 'inferred', string>>;
  readonly methodSettings: string;
  readonly settingsSources: string;
  readonly settingsThemes: string;
  readonly allThemes: string;
  readonly settingsAnnotations: string;
  readonly settingsCuration: string;
  readonly settingsLang: string;
  readonly yes: string;
  readonly no: string;
  readonly matrixCaption: string;
  readonly matrixTheme: string;
  readonly matrixStatus: string;
  readonly status: Readonly<Record<ThemeStatus, string>>;
  readonly themesWithout: string;
  readonly noCommitments: string;
  readonly fieldKind: string;
  readonly kind: Readonly<Record<CommitmentKind, string>>;
  readonly fieldForce: string;
  readonly force: Readonly<Record<Force, string>>;
  readonly fieldSpecificity: string;
  readonly fieldDeadline: string;
  readonly fieldActor: string;
  readonly fieldTranslationOf: string;
  readonly otherLanguage: string;
  readonly noCommitmentsIn: string;
  readonly noWordDiff: string;
  readonly curatedMark: string;
  readonly citeBlock: string;
  readonly citeFile: string;
  readonly citeLoose: string;
  readonly citeNotFound: string;
  readonly links: string;
  readonly fieldRelation: string;
  readonly relation: Readonly<Record<LinkRelation, string>>;
  readonly fieldSimilarity: string;
  readonly fieldEvidence: string;
  /** The evidence `penalty:generic`: the two texts share no specific word (docs/commitments.md). */
  readonly evidenceGeneric: string;
  readonly fieldOrigin: string;
  readonly origin: Readonly<Record<'auto' | 'confirmed' | 'added', string>>;
  readonly legendDiff: string;
  readonly legendDiffText: string;
  readonly sampleInserted: string;
  readonly sampleDeleted: string;
  readonly legendCurated: string;
  readonly legendRefs: string;
  readonly noLinks: string;
  readonly fieldIndicator: string;
  readonly noIndicators: string;
  readonly fieldNote: string;
  readonly fieldTags: string;
  readonly fieldAnchoring: string;
  readonly anchoring: Readonly<Record<AnchorStatus, string>>;
  readonly onCommitment: string;
  readonly onLink: string;
  readonly noAnnotations: string;
  readonly decision: Readonly<Record<'curated' | 'confirmed' | 'added', string>>;
  readonly noCuration: string;
  readonly verifyHashes: string;
  readonly verifyExcerpts: string;
  readonly verifyJson: string;
  readonly verifyPdf: string;
  readonly pageOf: string;
}

const en: ReportLabels = {
  lang: 'en',
  title: 'Comparison report',
  comparedSources: 'Sources compared',
  generatedBy: 'Generated {date} by Synopsis {version}',
  reproducible:
    'Report format {format}, schema version {schema}. The same sources, settings and version of Synopsis give the same file, apart from the date of generation.',
  contents: 'Contents',
  sectionSources: 'Sources',
  sectionMethod: 'Method',
  sectionMatrix: 'Themes across sources',
  sectionThemes: 'Commitments by theme',
  sectionIndicators: 'Indicators',
  sectionAnnotations: 'Annotations',
  sectionCuration: 'Curation decisions',
  sectionVerification: 'How to verify this report',
  fieldId: 'Id',
  fieldFile: 'File',
  fieldPublisher: 'Publisher',
  fieldDate: 'Date',
  fieldPrintedDates: 'Dates printed',
  fieldDateConflict: 'Date conflict',
  fieldLanguages: 'Languages',
  fieldGenre: 'Genre',
  fieldRole: 'Role',
  fieldDescription: 'Description',
  fieldSha256: 'SHA-256',
  fieldIntegrity: 'Integrity',
  fieldExpectedSha256: 'Expected SHA-256',
  fieldSize: 'Size',
  bytesValue: '{n} bytes',
  fieldEncoding: 'Encoding',
  fieldBlocks: 'Blocks',
  fieldIngestVersion: 'Ingestion version',
  integrity: {
    verified: 'matches the corpus manifest',
    mismatch: 'DIFFERS from the corpus manifest',
    unverified: 'not checked (no manifest entry)',
  },
  role: { compared: 'compared', context: 'context', evidence: 'evidence' },
  methodCodebook: 'Codebook version',
  methodExtractor: 'Extractor version',
  methodThreshold: 'Link threshold (similarity)',
  methodIngest: 'Ingestion version',
  methodPositions: 'Positions',
  positionsValue:
    'characters are Unicode code points counted from 0 at the start of the decoded text; bytes are counted from 0 at the start of the file; lines and columns from 1.',
  methodManifest: 'Source metadata',
  manifest: { 'sources.json': 'from the corpus folder’s sources.json', inferred: 'inferred from the files (no sources.json)' },
  methodSettings: 'Choices',
  settingsSources: 'Sources',
  settingsThemes: 'Themes',
  allThemes: 'all {n} themes of the codebook',
  settingsAnnotations: 'Annotations included',
  settingsCuration: 'Curation decisions listed',
  settingsLang: 'Language of headings',
  yes: 'yes',
  no: 'no',
  matrixCaption:
    'Number of commitments per theme (rows) and source (columns, in time order). The status says where the theme stands across the sources.',
  matrixTheme: 'Theme',
  matrixStatus: 'Status',
  status: {
    'in-all': 'in every source',
    carried: 'carried forward',
    new: 'new',
    dropped: 'dropped',
    'only-programme': 'only in the programme',
    absent: 'absent',
  },
  themesWithout: 'Themes without commitments in these sources: {list}.',
  noCommitments: 'No commitment.',
  fieldKind: 'Kind',
  kind: {
    recommendation: 'recommendation',
    pledge: 'pledge',
    proposal: 'proposal',
    intention: 'intention',
    examination: 'examination',
    ongoing: 'ongoing',
    goal: 'goal',
    call: 'call',
    refusal: 'refusal',
  },
  fieldForce: 'Force',
  force: { 0: 'description', 1: 'exploration', 2: 'intent', 3: 'plan', 4: 'obligation' },
  fieldSpecificity: 'Specificity',
  fieldDeadline: 'Deadline',
  fieldActor: 'Actor',
  fieldTranslationOf: 'Translation of',
  otherLanguage: 'Other language ({lang})',
  noCommitmentsIn: 'No commitment on this theme in {list}.',
  noWordDiff: 'No word diff (too few words in common): compare {from} and {to} above.',
  curatedMark: 'curated',
  citeBlock: 'block {block}, characters {start}–{end} of the block',
  citeFile: '{file}, line {line}, column {column} (characters {start}–{end}, bytes {byteStart}–{byteEnd})',
  citeLoose: 'same words; spacing, markup or hyphenation differ in the file',
  citeNotFound: 'not found word for word in the file; the block comes from characters {ranges}',
  links: 'Links',
  fieldRelation: 'Relation',
  relation: { continues: 'continues', rewords: 'rewords', strengthens: 'strengthens', weakens: 'weakens', contradicts: 'contradicts' },
  fieldSimilarity: 'Similarity',
  fieldEvidence: 'Shared terms',
  evidenceGeneric: 'only general words (score lowered)',
  fieldOrigin: 'Origin',
  origin: { auto: 'found by Synopsis', confirmed: 'confirmed by a person', added: 'added by a person' },
  legendRefs:
    'Commitments are numbered per source in reading order (A1, A2, …; B1, …), the same under every theme; links refer to them by these numbers, and each commitment also gives its full id and its place in the file.',
  legendDiff: 'Word changes from the earlier to the later commitment: inserted words are underlined, deleted words are struck through.',
  legendDiffText:
    'Word changes from the earlier to the later commitment: inserted words are written [+like this+], deleted words [-like this-].',
  sampleInserted: 'inserted',
  sampleDeleted: 'deleted',
  legendCurated: '“curated” marks a result a person decided (confirmed, corrected or added); the rest was found by Synopsis.',
  noLinks: 'No link between these sources on this theme.',
  fieldIndicator: 'Indicator',
  noIndicators: 'No indicator.',
  fieldNote: 'Note',
  fieldTags: 'Tags',
  fieldAnchoring: 'Anchoring',
  anchoring: {
    anchored: 'in place',
    moved: 'moved',
    changed: 'text changed since',
    orphaned: 'not found in the current text',
    unchecked: 'not a passage',
  },
  onCommitment: 'On commitment {id}',
  onLink: 'On link {id}',
  noAnnotations: 'No annotation.',
  decision: { curated: 'commitment curated', confirmed: 'link confirmed', added: 'link added' },
  noCuration: 'No curation decision.',
  verifyHashes:
    'Compute the SHA-256 of each source file and compare it with the value listed: equal values mean the file is the one that was compared. The list below is in the format of sha256sum: saved as a file in the folder of the sources, “sha256sum -c FILE” checks them all.',
  verifyExcerpts:
    'Every excerpt names its source, its block and its place in the file: decode the file with the stated encoding and take the characters from start to end, or the bytes from the first to the last byte, or go to the stated line and column.',
  verifyJson:
    'The same report is machine-readable as JSON (format {format}, schema version {schema}); its JSON Schema is schemas/report-v1.schema.json in the source of Synopsis.',
  verifyPdf: 'This PDF carries the JSON report (report.json) and its JSON Schema (report-v1.schema.json) as attached files.',
  pageOf: 'Page {page} of {pages}',
};

const fr: ReportLabels = {
  lang: 'fr',
  title: 'Rapport de comparaison',
  comparedSources: 'Sources comparées',
  generatedBy: 'Produit le {date} par Synopsis {version}',
  reproducible:
    'Format de rapport {format}, version de schéma {schema}. Les mêmes sources, les mêmes choix et la même version de Synopsis donnent le même fichier, à la date de production près.',
  contents: 'Sommaire',
  sectionSources: 'Sources',
  sectionMethod: 'Méthode',
  sectionMatrix: 'Thèmes par source',
  sectionThemes: 'Engagements par thème',
  sectionIndicators: 'Indicateurs',
  sectionAnnotations: 'Annotations',
  sectionCuration: 'Décisions de curation',
  sectionVerification: 'Comment vérifier ce rapport',
  fieldId: 'Identifiant',
  fieldFile: 'Fichier',
  fieldPublisher: 'Éditeur',
  fieldDate: 'Date',
  fieldPrintedDates: 'Dates imprimées',
  fieldDateConflict: 'Conflit de dates',
  fieldLanguages: 'Langues',
  fieldGenre: 'Genre',
  fieldRole: 'Rôle',
  fieldDescription: 'Description',
  fieldSha256: 'SHA-256',
  fieldIntegrity: 'Intégrité',
  fieldExpectedSha256: 'SHA-256 attendu',
  fieldSize: 'Taille',
  bytesValue: '{n} octets',
  fieldEncoding: 'Encodage',
  fieldBlocks: 'Blocs',
  fieldIngestVersion: 'Version de l’ingestion',
  integrity: {
    verified: 'conforme au manifeste du corpus',
    mismatch: 'DIFFÈRE du manifeste du corpus',
    unverified: 'non vérifiée (absente du manifeste)',
  },
  role: { compared: 'comparée', context: 'contexte', evidence: 'données' },
  methodCodebook: 'Version du codebook',
  methodExtractor: 'Version de l’extracteur',
  methodThreshold: 'Seuil de liaison (similarité)',
  methodIngest: 'Version de l’ingestion',
  methodPositions: 'Positions',
  positionsValue:
    'les caractères sont des points de code Unicode comptés à partir de 0 au début du texte décodé ; les octets à partir de 0 au début du fichier ; lignes et colonnes à partir de 1.',
  methodManifest: 'Métadonnées des sources',
  manifest: { 'sources.json': 'issues du fichier sources.json du corpus', inferred: 'déduites des fichiers (pas de sources.json)' },
  methodSettings: 'Choix',
  settingsSources: 'Sources',
  settingsThemes: 'Thèmes',
  allThemes: 'les {n} thèmes du codebook',
  settingsAnnotations: 'Annotations incluses',
  settingsCuration: 'Décisions de curation listées',
  settingsLang: 'Langue des titres',
  yes: 'oui',
  no: 'non',
  matrixCaption:
    'Nombre d’engagements par thème (lignes) et par source (colonnes, dans l’ordre chronologique). Le statut dit où en est le thème d’une source à l’autre.',
  matrixTheme: 'Thème',
  matrixStatus: 'Statut',
  status: {
    'in-all': 'dans toutes les sources',
    carried: 'repris',
    new: 'nouveau',
    dropped: 'abandonné',
    'only-programme': 'seulement dans le programme',
    absent: 'absent',
  },
  themesWithout: 'Thèmes sans engagement dans ces sources : {list}.',
  noCommitments: 'Aucun engagement.',
  fieldKind: 'Type',
  kind: {
    recommendation: 'recommandation',
    pledge: 'engagement ferme',
    proposal: 'proposition',
    intention: 'intention',
    examination: 'examen',
    ongoing: 'action en cours',
    goal: 'objectif',
    call: 'appel',
    refusal: 'refus',
  },
  fieldForce: 'Force',
  force: { 0: 'description', 1: 'exploration', 2: 'intention', 3: 'plan', 4: 'obligation' },
  fieldSpecificity: 'Précision',
  fieldDeadline: 'Échéance',
  fieldActor: 'Acteur',
  fieldTranslationOf: 'Traduction de',
  otherLanguage: 'Autre langue ({lang})',
  noCommitmentsIn: 'Aucun engagement sur ce thème dans {list}.',
  noWordDiff: 'Pas de comparaison mot à mot (trop peu de mots communs) : comparez {from} et {to} ci-dessus.',
  curatedMark: 'validé',
  citeBlock: 'bloc {block}, caractères {start}–{end} du bloc',
  citeFile: '{file}, ligne {line}, colonne {column} (caractères {start}–{end}, octets {byteStart}–{byteEnd})',
  citeLoose: 'mêmes mots ; espacement, balisage ou césure différents dans le fichier',
  citeNotFound: 'introuvable mot pour mot dans le fichier ; le bloc provient des caractères {ranges}',
  links: 'Liens',
  fieldRelation: 'Relation',
  relation: { continues: 'poursuit', rewords: 'reformule', strengthens: 'renforce', weakens: 'affaiblit', contradicts: 'contredit' },
  fieldSimilarity: 'Similarité',
  fieldEvidence: 'Termes communs',
  evidenceGeneric: 'rien que des mots généraux (score abaissé)',
  fieldOrigin: 'Origine',
  origin: { auto: 'trouvé par Synopsis', confirmed: 'confirmé par une personne', added: 'ajouté par une personne' },
  legendRefs:
    'Les engagements sont numérotés par source dans l’ordre de lecture (A1, A2, … ; B1, …), les mêmes sous chaque thème ; les liens les désignent par ces numéros, et chaque engagement donne aussi son identifiant complet et sa place dans le fichier.',
  legendDiff: 'Changements de mots de l’engagement antérieur au suivant : les mots ajoutés sont soulignés, les mots supprimés sont barrés.',
  legendDiffText:
    'Changements de mots de l’engagement antérieur au suivant : les mots ajoutés sont écrits [+ainsi+], les mots supprimés [-ainsi-].',
  sampleInserted: 'ajouté',
  sampleDeleted: 'supprimé',
  legendCurated:
    '« validé » marque un résultat décidé par une personne (confirmé, corrigé ou ajouté) ; le reste a été trouvé par Synopsis.',
  noLinks: 'Aucun lien entre ces sources sur ce thème.',
  fieldIndicator: 'Indicateur',
  noIndicators: 'Aucun indicateur.',
  fieldNote: 'Note',
  fieldTags: 'Étiquettes',
  fieldAnchoring: 'Ancrage',
  anchoring: {
    anchored: 'en place',
    moved: 'déplacée',
    changed: 'texte modifié depuis',
    orphaned: 'introuvable dans le texte actuel',
    unchecked: 'pas un passage',
  },
  onCommitment: 'Sur l’engagement {id}',
  onLink: 'Sur le lien {id}',
  noAnnotations: 'Aucune annotation.',
  decision: { curated: 'engagement validé', confirmed: 'lien confirmé', added: 'lien ajouté' },
  noCuration: 'Aucune décision de curation.',
  verifyHashes:
    'Calculez le SHA-256 de chaque fichier source et comparez-le à la valeur indiquée : des valeurs égales signifient que le fichier est bien celui qui a été comparé. La liste ci-dessous est au format de sha256sum : enregistrée dans un fichier du dossier des sources, « sha256sum -c FICHIER » les vérifie toutes.',
  verifyExcerpts:
    'Chaque extrait indique sa source, son bloc et sa place dans le fichier : décodez le fichier avec l’encodage indiqué et prenez les caractères du début à la fin, ou les octets du premier au dernier, ou allez à la ligne et à la colonne indiquées.',
  verifyJson:
    'Le même rapport existe en JSON lisible par machine (format {format}, version de schéma {schema}) ; son schéma JSON est schemas/report-v1.schema.json dans les sources de Synopsis.',
  verifyPdf: 'Ce PDF contient le rapport JSON (report.json) et son schéma JSON (report-v1.schema.json) en fichiers joints.',
  pageOf: 'Page {page} sur {pages}',
};

const nl: ReportLabels = {
  lang: 'nl',
  title: 'Vergelijkingsrapport',
  comparedSources: 'Vergeleken bronnen',
  generatedBy: 'Gemaakt op {date} door Synopsis {version}',
  reproducible:
    'Rapportformaat {format}, schemaversie {schema}. Dezelfde bronnen, keuzes en versie van Synopsis geven hetzelfde bestand, op de aanmaakdatum na.',
  contents: 'Inhoud',
  sectionSources: 'Bronnen',
  sectionMethod: 'Methode',
  sectionMatrix: 'Thema’s per bron',
  sectionThemes: 'Toezeggingen per thema',
  sectionIndicators: 'Indicatoren',
  sectionAnnotations: 'Aantekeningen',
  sectionCuration: 'Curatiebeslissingen',
  sectionVerification: 'Zo controleert u dit rapport',
  fieldId: 'Id',
  fieldFile: 'Bestand',
  fieldPublisher: 'Uitgever',
  fieldDate: 'Datum',
  fieldPrintedDates: 'Afgedrukte data',
  fieldDateConflict: 'Datumconflict',
  fieldLanguages: 'Talen',
  fieldGenre: 'Genre',
  fieldRole: 'Rol',
  fieldDescription: 'Beschrijving',
  fieldSha256: 'SHA-256',
  fieldIntegrity: 'Integriteit',
  fieldExpectedSha256: 'Verwachte SHA-256',
  fieldSize: 'Grootte',
  bytesValue: '{n} bytes',
  fieldEncoding: 'Codering',
  fieldBlocks: 'Blokken',
  fieldIngestVersion: 'Inleesversie',
  integrity: {
    verified: 'komt overeen met het corpusmanifest',
    mismatch: 'WIJKT AF van het corpusmanifest',
    unverified: 'niet gecontroleerd (niet in het manifest)',
  },
  role: { compared: 'vergeleken', context: 'context', evidence: 'gegevens' },
  methodCodebook: 'Versie van het codeboek',
  methodExtractor: 'Versie van de extractor',
  methodThreshold: 'Koppeldrempel (gelijkenis)',
  methodIngest: 'Inleesversie',
  methodPositions: 'Posities',
  positionsValue:
    'tekens zijn Unicode-codepunten, geteld vanaf 0 aan het begin van de gedecodeerde tekst; bytes vanaf 0 aan het begin van het bestand; regels en kolommen vanaf 1.',
  methodManifest: 'Metagegevens van de bronnen',
  manifest: { 'sources.json': 'uit sources.json van de corpusmap', inferred: 'afgeleid uit de bestanden (geen sources.json)' },
  methodSettings: 'Keuzes',
  settingsSources: 'Bronnen',
  settingsThemes: 'Thema’s',
  allThemes: 'alle {n} thema’s van het codeboek',
  settingsAnnotations: 'Aantekeningen opgenomen',
  settingsCuration: 'Curatiebeslissingen vermeld',
  settingsLang: 'Taal van de kopjes',
  yes: 'ja',
  no: 'nee',
  matrixCaption:
    'Aantal toezeggingen per thema (rijen) en bron (kolommen, in tijdsvolgorde). De status zegt hoe het thema zich over de bronnen heen ontwikkelt.',
  matrixTheme: 'Thema',
  matrixStatus: 'Status',
  status: {
    'in-all': 'in elke bron',
    carried: 'voortgezet',
    new: 'nieuw',
    dropped: 'weggevallen',
    'only-programme': 'alleen in het programma',
    absent: 'afwezig',
  },
  themesWithout: 'Thema’s zonder toezeggingen in deze bronnen: {list}.',
  noCommitments: 'Geen toezegging.',
  fieldKind: 'Soort',
  kind: {
    recommendation: 'aanbeveling',
    pledge: 'toezegging',
    proposal: 'voorstel',
    intention: 'voornemen',
    examination: 'onderzoek',
    ongoing: 'lopende activiteit',
    goal: 'doel',
    call: 'oproep',
    refusal: 'weigering',
  },
  fieldForce: 'Sterkte',
  force: { 0: 'beschrijving', 1: 'verkenning', 2: 'voornemen', 3: 'plan', 4: 'verplichting' },
  fieldSpecificity: 'Specificiteit',
  fieldDeadline: 'Termijn',
  fieldActor: 'Actor',
  fieldTranslationOf: 'Vertaling van',
  otherLanguage: 'Andere taal ({lang})',
  noCommitmentsIn: 'Geen toezegging over dit thema in {list}.',
  noWordDiff: 'Geen woordvergelijking (te weinig gemeenschappelijke woorden): vergelijk {from} en {to} hierboven.',
  curatedMark: 'gecureerd',
  citeBlock: 'blok {block}, tekens {start}–{end} van het blok',
  citeFile: '{file}, regel {line}, kolom {column} (tekens {start}–{end}, bytes {byteStart}–{byteEnd})',
  citeLoose: 'dezelfde woorden; witruimte, opmaak of afbreking verschillen in het bestand',
  citeNotFound: 'niet woord voor woord in het bestand gevonden; het blok komt uit tekens {ranges}',
  links: 'Koppelingen',
  fieldRelation: 'Relatie',
  relation: {
    continues: 'zet voort',
    rewords: 'herformuleert',
    strengthens: 'versterkt',
    weakens: 'verzwakt',
    contradicts: 'spreekt tegen',
  },
  fieldSimilarity: 'Gelijkenis',
  fieldEvidence: 'Gedeelde termen',
  evidenceGeneric: 'alleen algemene woorden (score verlaagd)',
  fieldOrigin: 'Herkomst',
  origin: { auto: 'gevonden door Synopsis', confirmed: 'bevestigd door een persoon', added: 'toegevoegd door een persoon' },
  legendRefs:
    'Toezeggingen zijn per bron genummerd in leesvolgorde (A1, A2, …; B1, …), dezelfde onder elk thema; koppelingen verwijzen ernaar met die nummers, en elke toezegging geeft ook haar volledige id en haar plaats in het bestand.',
  legendDiff:
    'Woordwijzigingen van de eerdere naar de latere toezegging: toegevoegde woorden zijn onderstreept, geschrapte woorden doorgestreept.',
  legendDiffText: 'Woordwijzigingen van de eerdere naar de latere toezegging: toegevoegde woorden staan [+zo+], geschrapte woorden [-zo-].',
  sampleInserted: 'toegevoegd',
  sampleDeleted: 'geschrapt',
  legendCurated:
    '„gecureerd” markeert een resultaat waarover een persoon besliste (bevestigd, verbeterd of toegevoegd); de rest vond Synopsis.',
  noLinks: 'Geen koppeling tussen deze bronnen voor dit thema.',
  fieldIndicator: 'Indicator',
  noIndicators: 'Geen indicator.',
  fieldNote: 'Notitie',
  fieldTags: 'Labels',
  fieldAnchoring: 'Verankering',
  anchoring: {
    anchored: 'op zijn plaats',
    moved: 'verplaatst',
    changed: 'tekst sindsdien gewijzigd',
    orphaned: 'niet gevonden in de huidige tekst',
    unchecked: 'geen passage',
  },
  onCommitment: 'Bij toezegging {id}',
  onLink: 'Bij koppeling {id}',
  noAnnotations: 'Geen aantekening.',
  decision: { curated: 'toezegging gecureerd', confirmed: 'koppeling bevestigd', added: 'koppeling toegevoegd' },
  noCuration: 'Geen curatiebeslissing.',
  verifyHashes:
    'Bereken de SHA-256 van elk bronbestand en vergelijk die met de vermelde waarde: gelijke waarden betekenen dat het bestand het vergeleken bestand is. De lijst hieronder heeft de vorm van sha256sum: bewaard als bestand in de map van de bronnen controleert „sha256sum -c BESTAND” ze allemaal.',
  verifyExcerpts:
    'Elk fragment noemt zijn bron, zijn blok en zijn plaats in het bestand: decodeer het bestand met de vermelde codering en neem de tekens van begin tot eind, of de bytes van de eerste tot de laatste, of ga naar de vermelde regel en kolom.',
  verifyJson:
    'Hetzelfde rapport bestaat als machineleesbare JSON (formaat {format}, schemaversie {schema}); het JSON-schema is schemas/report-v1.schema.json in de broncode van Synopsis.',
  verifyPdf: 'Deze PDF bevat het JSON-rapport (report.json) en zijn JSON-schema (report-v1.schema.json) als bijgevoegde bestanden.',
  pageOf: 'Pagina {page} van {pages}',
};

export const REPORT_LABELS: Readonly<Record<ReportLang, ReportLabels>> = { en, fr, nl };

/** Fills `{name}` placeholders; a missing value is left visible rather than silently dropped. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
