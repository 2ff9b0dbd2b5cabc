import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class FunnelQuery {
  @ApiPropertyOptional({ example: '64.02' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regencyCode must look like 64.02' })
  regencyCode?: string;
}
