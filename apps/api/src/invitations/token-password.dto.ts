import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { MINIMUM_PASSWORD_LENGTH } from '@kdmp/auth';

/** A link's token with the password it sets: accepting an invitation, confirming a reset. */
export class TokenPasswordDto {
  @ApiProperty({ description: 'The token from the emailed link (its `token` parameter)' })
  @IsString()
  @Length(1, 200)
  token: string;

  @ApiProperty({ minLength: MINIMUM_PASSWORD_LENGTH, writeOnly: true })
  @IsString()
  @MinLength(MINIMUM_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;
}

export class AcceptInvitationDto extends TokenPasswordDto {
  @ApiPropertyOptional({ enum: ['id', 'en'], description: 'The language of its notifications, instead of the one the invitation chose' })
  @IsOptional()
  @IsIn(['id', 'en'])
  locale?: 'id' | 'en';
}
