import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const INVITED_ROLES = ['COOPERATIVE', 'PARTNER', 'REVIEWER', 'ADMIN'] as const;

export class InviteUserDto {
  @ApiProperty({ example: 'pengurus@kdmp-perian.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: INVITED_ROLES })
  @IsIn(INVITED_ROLES)
  role: (typeof INVITED_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'COOPERATIVE: the cooperative the officer will act for' })
  @IsOptional()
  @IsUUID()
  cooperativeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'PARTNER: the partner organisation the user will act for' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ example: ['DESK_REVIEW'], description: 'REVIEWER: the stages it may decide' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  stages?: string[];

  @ApiPropertyOptional({ example: ['64.02'], description: 'REVIEWER, ADMIN: regency or province codes covered; none means everywhere' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  regionCodes?: string[];

  @ApiPropertyOptional({ enum: ['id', 'en'], default: 'id', description: 'The language of the invitation and of later notifications' })
  @IsOptional()
  @IsIn(['id', 'en'])
  locale?: 'id' | 'en';
}
