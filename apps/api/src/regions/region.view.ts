import { ApiProperty } from '@nestjs/swagger';
import { REGION_KINDS, REGION_LEVELS } from '@kdmp/regions';

/** One province, regency, district or village of the national list. */
export class RegionView {
  @ApiProperty({ example: '64.02.01' })
  code: string;

  @ApiProperty({ example: 'Muara Muntai' })
  name: string;

  @ApiProperty({ enum: REGION_LEVELS })
  level: string;

  @ApiProperty({ enum: REGION_KINDS, nullable: true, description: 'KABUPATEN/KOTA for a regency, DESA/KELURAHAN for a village' })
  kind: string | null;
}
