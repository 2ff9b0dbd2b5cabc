import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PARTNER_ROLES, SECTORS } from '@kdmp/domain';

const MAX_RUPIAH = Number.MAX_SAFE_INTEGER;

export class MonthlyCapacityDto {
  @ApiProperty({ example: 12 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(1e12)
  quantity: number;

  @ApiProperty({ example: 'ton' })
  @IsString()
  @Length(1, 30)
  unit: string;
}

/** Rupiah amounts are whole numbers: a fraction, a string, a negative or an unsafe integer is a 400. */
export class SubmitBusinessPlanDto {
  @ApiProperty({ example: 'Penggilingan padi dan gudang gabah' })
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ example: 'Membangun penggilingan padi berkapasitas 2 ton per jam untuk petani desa.' })
  @IsString()
  @Length(1, 5000)
  summary: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector: string;

  @ApiProperty({ example: ['rice'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  commodities: string[];

  @ApiProperty({ example: 1_500_000_000, description: 'Investment (rupiah, integer)' })
  @IsInt()
  @Min(0)
  @Max(MAX_RUPIAH)
  capexAmount: number;

  @ApiProperty({ example: 300_000_000, description: 'Operating costs (rupiah, integer)' })
  @IsInt()
  @Min(0)
  @Max(MAX_RUPIAH)
  opexAmount: number;

  @ApiProperty({ example: 60 })
  @IsInt()
  @Min(1)
  @Max(600)
  tenorMonths: number;

  @ApiProperty({ example: 6 })
  @IsInt()
  @Min(0)
  @Max(600)
  gracePeriodMonths: number;

  @ApiProperty({ example: 2_400_000_000, description: 'Rupiah, integer' })
  @IsInt()
  @Min(0)
  @Max(MAX_RUPIAH)
  projectedAnnualRevenue: number;

  @ApiProperty({ enum: PARTNER_ROLES, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(PARTNER_ROLES.length)
  @ArrayUnique()
  @IsIn(PARTNER_ROLES, { each: true })
  seekingRoles: string[];

  @ApiProperty({ type: MonthlyCapacityDto })
  @ValidateNested()
  @Type(() => MonthlyCapacityDto)
  monthlyCapacity: MonthlyCapacityDto;

  @ApiProperty()
  @IsBoolean()
  exportReady: boolean;

  @ApiPropertyOptional({ description: 'The cooperative version last read; a stale one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
