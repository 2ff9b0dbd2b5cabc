import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MINIMUM_PASSWORD_LENGTH } from '@kdmp/auth';

/** The sign-in of a new account (an officer's, a partner user's, a reviewer's or an admin's). */
export class NewAccountDto {
  @ApiProperty({ example: 'pengurus@kdmp-perian.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: MINIMUM_PASSWORD_LENGTH, writeOnly: true })
  @IsString()
  @MinLength(MINIMUM_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({ enum: ['id', 'en'], default: 'id', description: 'The language of its notifications' })
  @IsOptional()
  @IsIn(['id', 'en'])
  locale?: 'id' | 'en';
}
