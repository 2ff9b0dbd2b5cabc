import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MINIMUM_PASSWORD_LENGTH } from '@kdmp/auth';

export class CreateUserDto {
  @ApiProperty({ example: 'reviewer@dinaskoperasi.example.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: MINIMUM_PASSWORD_LENGTH, writeOnly: true })
  @IsString()
  @MinLength(MINIMUM_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;

  @ApiProperty({ enum: ['REVIEWER', 'ADMIN'] })
  @IsIn(['REVIEWER', 'ADMIN'])
  role: 'REVIEWER' | 'ADMIN';

  @ApiPropertyOptional({ example: ['DESK_REVIEW'], description: 'REVIEWER: the stages it may decide' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  stages?: string[];

  @ApiPropertyOptional({ example: ['64.02'], description: 'Regency or province codes covered; none means everywhere' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  regionCodes?: string[];

  @ApiPropertyOptional({ enum: ['id', 'en'], default: 'id' })
  @IsOptional()
  @IsIn(['id', 'en'])
  locale?: 'id' | 'en';
}
