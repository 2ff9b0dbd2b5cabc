import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PaginationDto } from '../http/pagination.dto';

export class ListReviewsQuery extends PaginationDto {
  @ApiPropertyOptional({ example: 'DESK_REVIEW' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z_]{0,49}$/, { message: 'stage must be a stage name such as DESK_REVIEW' })
  stage?: string;

  @ApiPropertyOptional({ example: '64.02' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regencyCode must look like 64.02' })
  regencyCode?: string;
}
