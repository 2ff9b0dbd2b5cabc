import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, Principal } from '@kdmp/auth';
import {
  CooperativeView,
  GetCooperativeUseCase,
  GetTimelineUseCase,
  RegisterCooperativeUseCase,
  SELF_REGISTRATION,
  TimelineEntry,
  WithdrawCooperativeUseCase,
} from '@kdmp/application';
import { requestCorrelationId } from '../http/request-correlation';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { RegisterCooperativeDto } from './register-cooperative.dto';
import { WithdrawCooperativeDto } from './withdraw-cooperative.dto';

@ApiTags('cooperatives')
@ApiBearerAuth()
@Controller('v1/cooperatives')
export class CooperativesController {
  constructor(
    private readonly registerCooperative: RegisterCooperativeUseCase,
    private readonly withdrawCooperative: WithdrawCooperativeUseCase,
    private readonly getCooperative: GetCooperativeUseCase,
    private readonly getTimeline: GetTimelineUseCase,
  ) {}

  @Post()
  @Allow('POST /v1/cooperatives')
  @ApiOperation({ summary: 'Register a cooperative and its officer (open to anyone, or an admin)' })
  register(@Body() body: RegisterCooperativeDto, @CurrentPrincipal() principal?: Principal): Promise<CooperativeView> {
    return this.registerCooperative.execute({
      ...body,
      actor: principal ? actorOf(principal) : SELF_REGISTRATION,
      correlationId: requestCorrelationId(),
    });
  }

  @Get(':id')
  @Allow('GET /v1/cooperatives/:id')
  @ApiOperation({ summary: 'One cooperative with its state and version' })
  findOne(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<CooperativeView> {
    return this.getCooperative.execute(id, principal);
  }

  @Get(':id/timeline')
  @Allow('GET /v1/cooperatives/:id/timeline')
  @ApiOperation({ summary: 'Every event of the cooperative, in order' })
  timeline(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<TimelineEntry[]> {
    return this.getTimeline.execute(id, principal);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('POST /v1/cooperatives/:id/withdraw')
  @ApiOperation({ summary: 'Withdraw the cooperative from the pipeline' })
  withdraw(
    @Param('id', ResourceIdPipe) id: string,
    @Body() body: WithdrawCooperativeDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CooperativeView> {
    return this.withdrawCooperative.execute({
      cooperativeId: id,
      expectedVersion: body.expectedVersion,
      reason: body.reason,
      actor: actorOf(principal),
      viewer: principal,
      correlationId: requestCorrelationId(),
    });
  }
}
