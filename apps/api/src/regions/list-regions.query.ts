import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ListRegionsQuery {
  @ApiPropertyOptional({
    example: '64.02',
    description: 'A province (64), regency (64.02) or district (64.02.01) code; without it, the provinces',
  })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, { message: 'parent must be a region code such as 64, 64.02 or 64.02.01' })
  parent?: string;
}
