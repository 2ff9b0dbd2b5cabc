import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsOptional, IsString } from 'class-validator';
import { NewAccountDto } from './new-account.dto';

export class CreateUserDto extends NewAccountDto {
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
}
