import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRegionCode } from '@kdmp/domain';
import { kaltimRegencies, kukarVillages, REFERENCE_DATA_DIRECTORY } from '@kdmp/reference-data';

/** The figures data/SOURCE.md states, checked against the files the runtime reads. */
describe('reference data', () => {
  it('holds Kukar as SOURCE.md counts it: 20 districts, 193 desa, 44 kelurahan', () => {
    const villages = kukarVillages();
    expect(villages).toHaveLength(237);
    expect(villages.filter((village) => village.kind === 'DESA')).toHaveLength(193);
    expect(villages.filter((village) => village.kind === 'KELURAHAN')).toHaveLength(44);
    expect(new Set(villages.map((village) => village.districtCode)).size).toBe(20);
    for (const village of villages) {
      expect(village.regionCode.startsWith(`${village.districtCode}.`)).toBe(true);
      // The desa/kelurahan prefix rule of the code scheme agrees with the kind column.
      expect(parseRegionCode(village.regionCode).regencyCode).toBe('64.02');
      expect(village.regionCode[9]).toBe(village.kind === 'KELURAHAN' ? '1' : '2');
    }
  });

  it('lists the ten regencies and cities of East Kalimantan, Kukar among them', () => {
    const regencies = kaltimRegencies();
    expect(regencies).toHaveLength(10);
    expect(regencies).toContainEqual({ regencyCode: '64.02', regency: 'Kabupaten Kutai Kartanegara' });
  });

  it('matches the checksums SOURCE.md records', () => {
    const source = readFileSync(path.join(REFERENCE_DATA_DIRECTORY, 'SOURCE.md'), 'utf8');
    for (const file of ['kukar-villages.csv', 'kaltim-regencies.csv']) {
      const digest = createHash('sha256').update(readFileSync(path.join(REFERENCE_DATA_DIRECTORY, file))).digest('hex');
      expect(source).toContain(`| ${file} |`);
      expect(source).toContain(digest);
    }
  });
});
