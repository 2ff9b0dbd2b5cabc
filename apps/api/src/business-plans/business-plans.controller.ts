import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, Principal } from '@kdmp/auth';
import {
  BusinessPlanView,
  ListBusinessPlansUseCase,
  SubmitBusinessPlanUseCase,
  SubmittedBusinessPlan,
} from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { requestCorrelationId } from '../http/request-correlation';
import { SubmitBusinessPlanDto } from './submit-business-plan.dto';

@ApiTags('business plans')
@ApiBearerAuth()
@Controller('v1/cooperatives/:id/business-plans')
export class BusinessPlansController {
  constructor(
    private readonly submitPlan: SubmitBusinessPlanUseCase,
    private readonly listPlans: ListBusinessPlansUseCase,
  ) {}

  @Post()
  @HttpCode(202)
  @Allow('POST /v1/cooperatives/:id/business-plans')
  @ApiOperation({ summary: 'Submit (or resubmit) the business plan; screening follows' })
  submit(
    @Param('id', ResourceIdPipe) id: string,
    @Body() body: SubmitBusinessPlanDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmittedBusinessPlan> {
    const { expectedVersion, ...plan } = body;
    return this.submitPlan.execute({
      cooperativeId: id,
      plan,
      expectedVersion,
      actor: actorOf(principal),
      viewer: principal,
      correlationId: requestCorrelationId(),
    });
  }

  @Get()
  @Allow('GET /v1/cooperatives/:id/business-plans')
  @ApiOperation({ summary: 'The cooperative\'s plans, newest first, with their repayment schedules' })
  list(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<BusinessPlanView[]> {
    return this.listPlans.execute(id, principal);
  }
}
