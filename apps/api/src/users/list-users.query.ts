import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Length } from 'class-validator';
import { ROLES } from '@kdmp/auth';
import { PaginationDto } from '../http/pagination.dto';

export class ListUsersQuery extends PaginationDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: (typeof ROLES)[number];

  @ApiPropertyOptional({ example: 'kukar', description: 'part of the email address, any case' })
  @IsOptional()
  @Length(1, 254)
  q?: string;
}
