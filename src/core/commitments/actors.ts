import type { ActorName } from '../../shared/actors';
import { compilePattern } from './grammar';
import { plainForMatching } from './plain';

/**
 * Who acts: the actors the corpus names, as data (one canonical English name, the ways French,
 * Dutch and English texts write it). Order matters: the more specific pattern comes first, so
 * "Comité de Ministres Benelux" is the Committee, not "Benelux".
 */
export interface ActorRule {
  /** Canonical; its French and Dutch names are in src/shared/actors.ts. */
  readonly name: ActorName;
  readonly pattern: string;
  /** A government or Benelux body: the subject that makes a present-tense activity a commitment. */
  readonly government: boolean;
}

export const ACTORS: readonly ActorRule[] = [
  {
    name: 'Benelux Committee of Ministers',
    pattern: String.raw`\bcomité (?:de|des) ministres(?: benelux)?\b|\bcomité van (?:de )?ministers\b|\bcommittee of ministers\b`,
    government: true,
  },
  {
    name: 'Benelux Interparliamentary Assembly',
    pattern: String.raw`\bassembl[ée]e\b|\binterparliamentary assembly\b`,
    government: false,
  },
  {
    name: 'Benelux General Secretariat',
    pattern: String.raw`\bsecrétariat général(?: benelux)?\b|\bsecretariaat-generaal\b|\bgeneral secretariat\b|\bsecrétaire général\b`,
    government: true,
  },
  { name: 'Benelux Union', pattern: String.raw`\bunion benelux\b|\bbenelux unie\b|\bbenelux union\b`, government: true },
  {
    name: 'working group',
    pattern: String.raw`\bgroupe de travail\b|\bwerkgroep\b|\bbenelux-werkgroep\b|\bworking group\b`,
    government: true,
  },
  {
    name: 'Benelux countries',
    pattern: String.raw`\b(?:les )?(?:trois )?pays (?:du )?benelux\b|\bles trois pays\b|\bles pays\b|\bbenelux-landen\b|\bde (?:drie )?(?:benelux-)?landen\b|\bbenelux countries\b|\bthe three countries\b|\bla belgique, les pays-bas et le luxembourg\b|\bbelgië, nederland en luxemburg\b`,
    government: true,
  },
  {
    name: 'Wallonia-Brussels Federation',
    pattern: String.raw`\bfédération wallonie-bruxelles\b|\bfederatie wallonië-brussel\b`,
    government: true,
  },
  { name: 'Wallonia', pattern: String.raw`\bwallonie\b|\bwallonië\b|\brégion wallonne\b|\bwallonia\b`, government: true },
  { name: 'Brussels', pattern: String.raw`\brégion bruxelloise\b|\bbrussels hoofdstedelijk gewest\b`, government: true },
  { name: 'Flanders', pattern: String.raw`\bflandre\b|\bvlaanderen\b|\bflanders\b`, government: true },
  {
    name: 'Belgian federal government',
    pattern: String.raw`\bautorité fédérale\b|\bfederale overheid\b|\bgouvernement fédéral\b|\bfederal government\b|\bspf \w+`,
    government: true,
  },
  {
    name: 'Netherlands',
    pattern: String.raw`\bgouvernement néerlandais\b|\bnederlandse (?:overheid|kabinet|regering)\b|\bhet kabinet\b|\bpays-bas\b|\bnederland\b|\bnetherlands\b`,
    government: true,
  },
  { name: 'Luxembourg', pattern: String.raw`\bluxembourg\b|\bluxemburg\b`, government: true },
  { name: 'Belgium', pattern: String.raw`\bbelgique\b|\bbelgië\b|\bbelgium\b|\bl'état\b|\bde staat\b`, government: true },
  {
    name: 'European Commission',
    pattern: String.raw`\bcommission européenne\b|\beuropese commissie\b|\beuropean commission\b`,
    government: false,
  },
  {
    name: 'European Union',
    pattern: String.raw`\bunion européenne\b|\beuropese unie\b|\beuropean union\b|\bl'ue\b|\bde eu\b`,
    government: false,
  },
  { name: 'Benelux', pattern: String.raw`\ble benelux\b|\bde benelux\b|\bthe benelux\b|\bbenelux\b`, government: true },
  { name: 'governments', pattern: String.raw`\bgouvernements\b|\bregeringen\b|\bgovernments\b|\bpouvoirs publics\b`, government: true },
  { name: 'government', pattern: String.raw`\ble gouvernement\b|\bde regering\b|\bde overheid\b|\bthe government\b`, government: true },
];

interface CompiledActor extends ActorRule {
  readonly re: RegExp;
}

const COMPILED: readonly CompiledActor[] = ACTORS.map((a) => ({ ...a, re: compilePattern(a.pattern) }));

export interface ActorMention {
  readonly name: string;
  readonly government: boolean;
  readonly start: number;
  readonly end: number;
}

const memo = new Map<string, ActorMention[]>();

/** Forgets memoized actor mentions (benchmarks measure a first reading, not a lookup). */
export function clearActorMemo(): void {
  memo.clear();
}

/** Every actor named in a text, without overlaps (the first, more specific rule wins a place). */
export function findActors(text: string): ActorMention[] {
  const cached = memo.get(text);
  if (cached) return cached;
  const found = scanActors(text);
  if (memo.size > 5000) memo.clear();
  memo.set(text, found);
  return found;
}

function scanActors(text: string): ActorMention[] {
  const plain = plainForMatching(text);
  const found: ActorMention[] = [];
  for (const a of COMPILED) {
    a.re.lastIndex = 0;
    for (const m of plain.matchAll(a.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ name: a.name, government: a.government, start, end });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/**
 * The actor of a commitment whose deciding cue stands at `cueAt`: the last actor named before it
 * in the sentence (the subject, in the usual order), else the first named after it (a passive
 * "… par le Secrétariat général"), else none.
 */
export function actorOf(text: string, cueAt: number): ActorMention | undefined {
  const mentions = findActors(text);
  const before = mentions.filter((m) => m.end <= cueAt);
  if (before.length > 0) return before[before.length - 1];
  return mentions.find((m) => m.start >= cueAt);
}

const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

/**
 * Whether a government or Benelux body is the subject of the activity verb at `cueStart`: named
 * before it in its clause (French, English), right after it (Dutch inversion: "Tenslotte werkt
 * de Benelux Unie … aan"), or inside the matched construction (a passive with its agent).
 */
export function governmentInClause(text: string, cueStart: number, cueEnd: number): boolean {
  let start = cueStart;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  return findActors(text).some(
    (m) =>
      m.government &&
      // the subject before the verb, in its clause
      ((m.end > start && m.end <= cueStart) ||
        // inside the cue ("worden tussen de drie landen … uitgewisseld")
        (m.start >= cueStart && m.end <= cueEnd) ||
        // right after the verb, Dutch inversion ("Tenslotte werkt de Benelux Unie")
        (m.start >= cueStart && m.start - Math.min(cueEnd, cueStart + 24) <= 12 && !/[,;:]/.test(text.slice(cueStart, m.start)))),
  );
}
