import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CooperativeView,
  GetCooperativeUseCase,
  GetTimelineUseCase,
  RegisterCooperativeUseCase,
  SELF_REGISTRATION,
  TimelineEntry,
  WithdrawCooperativeUseCase,
} from '@kdmp/application';
import { currentCorrelationId, newCorrelationId } from '@kdmp/config';
import { ResourceIdPipe } from '../http/id.pipe';
import { RegisterCooperativeDto } from './register-cooperative.dto';
import { WithdrawCooperativeDto } from './withdraw-cooperative.dto';

@ApiTags('cooperatives')
@Controller('v1/cooperatives')
export class CooperativesController {
  constructor(
    private readonly registerCooperative: RegisterCooperativeUseCase,
    private readonly withdrawCooperative: WithdrawCooperativeUseCase,
    private readonly getCooperative: GetCooperativeUseCase,
    private readonly getTimeline: GetTimelineUseCase,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register a cooperative (self-registration with its officer)' })
  register(@Body() body: RegisterCooperativeDto): Promise<CooperativeView> {
    return this.registerCooperative.execute({ ...body, actor: SELF_REGISTRATION, correlationId: correlationId() });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One cooperative with its state and version' })
  findOne(@Param('id', ResourceIdPipe) id: string): Promise<CooperativeView> {
    return this.getCooperative.execute(id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'Every event of the cooperative, in order' })
  timeline(@Param('id', ResourceIdPipe) id: string): Promise<TimelineEntry[]> {
    return this.getTimeline.execute(id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw the cooperative from the pipeline' })
  withdraw(@Param('id', ResourceIdPipe) id: string, @Body() body: WithdrawCooperativeDto): Promise<CooperativeView> {
    return this.withdrawCooperative.execute({
      cooperativeId: id,
      expectedVersion: body.expectedVersion,
      reason: body.reason,
      actor: SELF_REGISTRATION,
      correlationId: correlationId(),
    });
  }
}

function correlationId(): string {
  return currentCorrelationId() ?? newCorrelationId();
}
