import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'pengurus@kdmp-perian.id' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}
