import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { Principal } from '@kdmp/auth';
import { AcceptMatchUseCase, DeclineMatchUseCase, ListMatchesUseCase, MatchView, Page } from '@kdmp/application';
import { MATCH_STATUSES, MatchStatus } from '@kdmp/domain';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { PaginationDto } from '../http/pagination.dto';
import { requestCorrelationId } from '../http/request-correlation';

export class ListMatchesQuery extends PaginationDto {
  @ApiPropertyOptional({ enum: MATCH_STATUSES })
  @IsOptional()
  @IsIn(MATCH_STATUSES)
  status?: MatchStatus;
}

export class AcceptMatchDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class DeclineMatchDto {
  @ApiProperty({ description: 'Why the partner declines', minLength: 1, maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@ApiTags('matches')
@ApiBearerAuth()
@Controller('v1/matches')
export class MatchesController {
  constructor(
    private readonly listMatches: ListMatchesUseCase,
    private readonly acceptMatch: AcceptMatchUseCase,
    private readonly declineMatch: DeclineMatchUseCase,
  ) {}

  @Get()
  @Allow('GET /v1/matches')
  @ApiOperation({ summary: 'Matches: a partner its own, a cooperative its own, admins all' })
  list(@Query() query: ListMatchesQuery, @CurrentPrincipal() principal: Principal): Promise<Page<MatchView>> {
    return this.listMatches.execute(principal, query);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Allow('POST /v1/matches/:id/accept')
  @ApiOperation({ summary: 'Accept a proposal (the owning partner)' })
  accept(@Param('id', ResourceIdPipe) id: string, @Body() body: AcceptMatchDto, @CurrentPrincipal() principal: Principal): Promise<MatchView> {
    return this.acceptMatch.execute({ matchId: id, comment: body.comment, partner: principal, correlationId: requestCorrelationId() });
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Allow('POST /v1/matches/:id/decline')
  @ApiOperation({ summary: 'Decline a proposal, with a reason (the owning partner)' })
  decline(@Param('id', ResourceIdPipe) id: string, @Body() body: DeclineMatchDto, @CurrentPrincipal() principal: Principal): Promise<MatchView> {
    return this.declineMatch.execute({ matchId: id, reason: body.reason, partner: principal, correlationId: requestCorrelationId() });
  }
}
