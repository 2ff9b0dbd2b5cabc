import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { REVIEW_DECISIONS, ReviewDecision } from '@kdmp/domain';

export class DecideReviewStageDto {
  @ApiPropertyOptional({
    example: 'DESK_REVIEW',
    description: "The stage decided; without it, the review's open stage. Naming it makes a decision on a stage that moved on a 409.",
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z][A-Z_]{0,49}$/, { message: 'stage must be a stage name such as DESK_REVIEW' })
  stage?: string;

  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS)
  decision: ReviewDecision;

  @ApiPropertyOptional({ description: 'Required to reject or to request a revision' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'The last stage approval: rupiah granted, at most the requested amount' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  approvedAmount?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
