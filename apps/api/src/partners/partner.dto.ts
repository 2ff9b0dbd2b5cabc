import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PARTNER_ROLES, PARTNER_TYPES, SECTORS } from '@kdmp/domain';
import { NewAccountDto } from '../users/new-account.dto';

/** What a partner offers: the fields an admin or the partner may change later. */
export class PartnerProfileDto {
  @ApiProperty({ enum: PARTNER_ROLES, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(PARTNER_ROLES.length)
  @ArrayUnique()
  @IsIn(PARTNER_ROLES, { each: true })
  roles: string[];

  @ApiProperty({ enum: SECTORS, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors: string[];

  @ApiProperty({ example: ['rice', 'palm oil'] })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  commodities: string[];

  @ApiProperty({ example: ['64.02', '64'], description: 'Regency or province codes, or NATIONAL' })
  @ArrayMinSize(1)
  @ArrayMaxSize(600)
  @ArrayUnique()
  @IsString({ each: true })
  regionCodes: string[];

  @ApiProperty({ example: 20, description: 'How many active partnerships it takes' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  capacity: number;

  @ApiProperty({ example: 'kemitraan@example.co.id' })
  @IsEmail()
  @MaxLength(254)
  contactEmail: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uri',
    maxLength: 2000,
    example: 'https://partner.example.co.id/kdmp/webhooks',
    nullable: true,
    description: 'null removes the webhook (the only field of a partner that may be cleared)',
  })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  webhookUrl?: string | null;
}

export class PartnerUserDto extends NewAccountDto {}

export class RegisterPartnerDto extends PartnerProfileDto {
  @ApiProperty({ example: 'PT Pangan Nusantara' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: PARTNER_TYPES })
  @IsIn(PARTNER_TYPES)
  type: string;

  @ApiProperty({ type: PartnerUserDto })
  @ValidateNested()
  @Type(() => PartnerUserDto)
  user: PartnerUserDto;
}

export class UpdatePartnerDto extends PartialType(PartnerProfileDto) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
