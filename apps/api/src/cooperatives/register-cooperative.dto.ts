import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BANK_IDENTIFIER_PATTERNS, MINIMUM_MEMBER_COUNT, SECTORS, VILLAGE_KINDS } from '@kdmp/domain';
import { NewAccountDto } from '../users/new-account.dto';

export class BankAccountDto {
  @ApiProperty({ example: 'Bank Rakyat Indonesia' })
  @IsString()
  @Length(2, 100)
  bankName: string;

  @ApiProperty({ example: '012301000123567' })
  @Matches(BANK_IDENTIFIER_PATTERNS.bankAccountNumber, { message: 'accountNumber must be 6 to 20 digits' })
  accountNumber: string;

  @ApiProperty({ example: 'Koperasi Desa Merah Putih Perian' })
  @IsString()
  @Length(2, 200)
  accountHolder: string;
}

export class OfficerDto extends NewAccountDto {}

/** POST /v1/cooperatives: a cooperative as docs/domain.md describes it, plus its first officer. */
export class RegisterCooperativeDto {
  @ApiProperty({ example: 'Koperasi Desa Merah Putih Perian' })
  @IsString()
  @Length(3, 200)
  name: string;

  @ApiProperty({ enum: VILLAGE_KINDS })
  @IsIn(VILLAGE_KINDS)
  kind: 'DESA' | 'KELURAHAN';

  @ApiProperty({ example: 'Perian' })
  @IsString()
  @Length(1, 100)
  village: string;

  @ApiProperty({ example: 'Muara Muntai' })
  @IsString()
  @Length(1, 100)
  district: string;

  @ApiProperty({ example: 'Kabupaten Kutai Kartanegara' })
  @IsString()
  @Length(1, 100)
  regency: string;

  @ApiProperty({ example: 'Kalimantan Timur' })
  @IsString()
  @Length(1, 100)
  province: string;

  @ApiProperty({ example: '64.02.01.2001', description: 'Ministry of Home Affairs village code NN.NN.NN.NNNN' })
  @IsString()
  @MaxLength(20)
  regionCode: string;

  @ApiProperty({ minimum: MINIMUM_MEMBER_COUNT, example: 25 })
  @IsInt()
  @Min(MINIMUM_MEMBER_COUNT)
  @Max(10_000_000)
  memberCount: number;

  @ApiProperty({ enum: SECTORS, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors: string[];

  @ApiPropertyOptional({ example: 'kdmp.perian@gmail.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @ApiPropertyOptional({ example: '+6281234567890' })
  @IsOptional()
  @Matches(/^\+?[0-9]{8,15}$/, { message: 'contactPhone must be 8 to 15 digits, optionally with a leading +' })
  contactPhone?: string;

  @ApiPropertyOptional({ description: 'Nomor badan hukum' })
  @IsOptional()
  @Matches(BANK_IDENTIFIER_PATTERNS.legalEntityNumber, { message: 'legalEntityNumber is not a valid legal entity number' })
  legalEntityNumber?: string;

  @ApiPropertyOptional({ description: 'NIK koperasi, 16 digits' })
  @IsOptional()
  @Matches(BANK_IDENTIFIER_PATTERNS.cooperativeNumber, { message: 'cooperativeNumber must be 16 digits' })
  cooperativeNumber?: string;

  @ApiPropertyOptional({ description: 'NPWP, 15 or 16 digits' })
  @IsOptional()
  @Matches(BANK_IDENTIFIER_PATTERNS.taxNumber, { message: 'taxNumber must be an NPWP of 15 or 16 digits' })
  taxNumber?: string;

  @ApiPropertyOptional({ description: 'NIB, 13 digits' })
  @IsOptional()
  @Matches(BANK_IDENTIFIER_PATTERNS.businessNumber, { message: 'businessNumber must be 13 digits' })
  businessNumber?: string;

  @ApiPropertyOptional({ type: BankAccountDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BankAccountDto)
  bankAccount?: BankAccountDto;

  @ApiProperty({ type: OfficerDto, description: 'The officer who gets a COOPERATIVE account' })
  @ValidateNested()
  @Type(() => OfficerDto)
  officer: OfficerDto;
}
