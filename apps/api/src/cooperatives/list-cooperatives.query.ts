import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { COOPERATIVE_STATES, SECTORS } from '@kdmp/domain';
import { PaginationDto } from '../http/pagination.dto';

export class ListCooperativesQuery extends PaginationDto {
  @ApiPropertyOptional({ enum: COOPERATIVE_STATES })
  @IsOptional()
  @IsIn(COOPERATIVE_STATES)
  state?: string;

  @ApiPropertyOptional({ example: '64.02' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regencyCode must look like 64.02' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: 'Muara Muntai', description: 'a district name, or its code (64.02.01)' })
  @IsOptional()
  @Length(1, 100)
  district?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ example: 'Perian', description: 'part of the name or the village, any case' })
  @IsOptional()
  @Length(1, 100)
  q?: string;
}
