import { readFileSync } from 'node:fs';
import { REGION_KINDS, REGION_LEVELS, Region, RegionKind, RegionLevel, VillageAddress } from './region';
import { splitCsvLine } from './csv-line';
import { regionFilePath } from './region-file';

const HEADER = 'code,level,name,parent_code,kind';
const NO_KIND = 255;
/** The parent of a province: the root of the tree, whose children are the 38 provinces. */
const ROOT = '';

/**
 * Indonesia's provinces, regencies, districts and villages (Kemendagri codes), loaded once
 * from libs/regions/data/indonesia-regions.csv (see the SOURCE.md beside it).
 *
 * Kept in columns (a string per code and name, a byte per level and kind, an index per
 * parent) rather than 91,599 objects; a Region object is made when one is asked for.
 * Measured on the shared 2-core machine: the load takes 0.3–0.5 s and keeps about 14 MB of
 * heap (region-directory.spec.ts prints both).
 */
export class RegionDirectory {
  private constructor(
    private readonly codes: readonly string[],
    private readonly names: readonly string[],
    private readonly levels: Uint8Array,
    private readonly kinds: Uint8Array,
    private readonly parents: Int32Array,
    private readonly indexByCode: ReadonlyMap<string, number>,
    private readonly childrenByParent: ReadonlyMap<string, Int32Array>,
  ) {}

  private static shared?: RegionDirectory;

  /** The list from the repository's data file, read at the first call and kept. */
  static national(): RegionDirectory {
    RegionDirectory.shared ??= RegionDirectory.fromCsv(readFileSync(regionFilePath(), 'utf8'));
    return RegionDirectory.shared;
  }

  /**
   * Reads the CSV (`code,level,name,parent_code,kind`, parents before their children).
   *
   * @throws Error naming the line when a row is malformed or its parent is missing.
   */
  static fromCsv(text: string): RegionDirectory {
    const lines = text.split('\n');
    if (lines[0].trim() !== HEADER) throw new Error(`The region list must start with the header "${HEADER}".`);
    const codes: string[] = [];
    const names: string[] = [];
    const levels: number[] = [];
    const kinds: number[] = [];
    const parents: number[] = [];
    const indexByCode = new Map<string, number>();
    const children = new Map<string, number[]>();
    for (let line = 1; line < lines.length; line++) {
      const raw = lines[line].endsWith('\r') ? lines[line].slice(0, -1) : lines[line];
      if (raw.length === 0) continue;
      const [code, level, name, parentCode, kind] = splitCsvLine(raw);
      const levelIndex = REGION_LEVELS.indexOf(level as RegionLevel);
      const kindIndex = kind ? REGION_KINDS.indexOf(kind as RegionKind) : NO_KIND;
      const parentIndex = parentCode ? indexByCode.get(parentCode) : -1;
      if (!code || !name || levelIndex < 0 || kindIndex < 0 || parentIndex === undefined || indexByCode.has(code)) {
        throw new Error(`Line ${line + 1} of the region list is malformed, duplicated or names an unknown parent: ${raw}`);
      }
      const index = codes.length;
      codes.push(code);
      names.push(name);
      levels.push(levelIndex);
      kinds.push(kindIndex);
      parents.push(parentIndex);
      indexByCode.set(code, index);
      const siblings = children.get(parentCode || ROOT);
      if (siblings) siblings.push(index);
      else children.set(parentCode || ROOT, [index]);
    }
    return new RegionDirectory(
      codes,
      names,
      Uint8Array.from(levels),
      Uint8Array.from(kinds),
      Int32Array.from(parents),
      indexByCode,
      new Map([...children].map(([parent, indexes]) => [parent, Int32Array.from(indexes)])),
    );
  }

  get size(): number {
    return this.codes.length;
  }

  find(code: string): Region | undefined {
    const index = this.indexByCode.get(code);
    return index === undefined ? undefined : this.region(index);
  }

  /**
   * The regions one level below `parentCode` in code order; the provinces without one.
   * Undefined when the code is not on the list; empty for a village.
   */
  childrenOf(parentCode?: string): Region[] | undefined {
    const key = parentCode ?? ROOT;
    const indexes = this.childrenByParent.get(key);
    if (indexes) return Array.from(indexes, (index) => this.region(index));
    return key === ROOT || this.indexByCode.has(key) ? [] : undefined;
  }

  /** A village and the names of its district, regency and province; undefined for any other code. */
  village(code: string): VillageAddress | undefined {
    const index = this.indexByCode.get(code);
    if (index === undefined || REGION_LEVELS[this.levels[index]] !== 'VILLAGE') return undefined;
    const district = this.parents[index];
    const regency = this.parents[district];
    const province = this.parents[regency];
    return {
      regionCode: code,
      kind: REGION_KINDS[this.kinds[index]] as VillageAddress['kind'],
      village: this.names[index],
      district: this.names[district],
      regency: this.names[regency],
      province: this.names[province],
    };
  }

  private region(index: number): Region {
    const parent = this.parents[index];
    return {
      code: this.codes[index],
      name: this.names[index],
      level: REGION_LEVELS[this.levels[index]],
      kind: this.kinds[index] === NO_KIND ? null : REGION_KINDS[this.kinds[index]],
      parentCode: parent < 0 ? null : this.codes[parent],
    };
  }
}
