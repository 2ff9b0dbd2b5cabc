import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { RegisterCooperativeDto } from '../register-cooperative.dto';

/**
 * One row of an import: a registration, whose officer may instead be invited by email (the
 * office knows the address, not a password). CSV columns `officerEmail`, `officerLocale`.
 */
export class ImportRegistrationDto extends RegisterCooperativeDto {
  @ApiPropertyOptional({ example: 'pengurus@kdmp-perian.id', description: 'Invite the officer: a single-use link to set a password is emailed' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  officerEmail?: string;

  @ApiPropertyOptional({ enum: ['id', 'en'], default: 'id', description: 'The language of the invitation and of later notifications' })
  @IsOptional()
  @IsIn(['id', 'en'])
  officerLocale?: 'id' | 'en';
}
