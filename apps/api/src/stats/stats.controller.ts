import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FunnelStats, GetFunnelStatsUseCase } from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { FunnelQuery } from './funnel.query';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('v1/stats')
export class StatsController {
  constructor(private readonly funnel: GetFunnelStatsUseCase) {}

  @Get('funnel')
  @Allow('GET /v1/stats/funnel')
  @ApiOperation({ summary: 'Cooperatives per state and per district, optionally for one regency' })
  get(@Query() query: FunnelQuery): Promise<FunnelStats> {
    return this.funnel.execute(query.regencyCode);
  }
}
