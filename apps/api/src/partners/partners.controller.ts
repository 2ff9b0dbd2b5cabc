import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, Principal } from '@kdmp/auth';
import {
  ListPartnersUseCase,
  Page,
  PartnerPublicView,
  PartnerView,
  RegisteredPartner,
  RegisterPartnerUseCase,
  RotateWebhookSecretUseCase,
  UpdatePartnerUseCase,
} from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { PaginationDto } from '../http/pagination.dto';
import { requestCorrelationId } from '../http/request-correlation';
import { RegisterPartnerDto, UpdatePartnerDto } from './partner.dto';

@ApiTags('partners')
@ApiBearerAuth()
@Controller('v1/partners')
export class PartnersController {
  constructor(
    private readonly registerPartner: RegisterPartnerUseCase,
    private readonly updatePartner: UpdatePartnerUseCase,
    private readonly rotateSecret: RotateWebhookSecretUseCase,
    private readonly listPartners: ListPartnersUseCase,
  ) {}

  @Post()
  @Allow('POST /v1/partners')
  @ApiOperation({ summary: 'Register a partner organisation and its first user; the webhook secret is shown once' })
  register(@Body() body: RegisterPartnerDto, @CurrentPrincipal() principal: Principal): Promise<RegisteredPartner> {
    return this.registerPartner.execute({ ...body, actor: actorOf(principal), correlationId: requestCorrelationId() });
  }

  @Get()
  @Allow('GET /v1/partners')
  @ApiOperation({ summary: 'Partners: all for admins, its own for a partner user' })
  list(@Query() page: PaginationDto, @CurrentPrincipal() principal: Principal): Promise<Page<PartnerView>> {
    return this.listPartners.list(principal, page);
  }

  @Get(':id')
  @Allow('GET /v1/partners/:id')
  @ApiOperation({
    summary: "A partner: the whole record for admins and its own users; the public profile for a cooperative matched with it (contact once accepted)",
  })
  findOne(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<PartnerView | PartnerPublicView> {
    return this.listPartners.get(id, principal);
  }

  @Patch(':id')
  @Allow('PATCH /v1/partners/:id')
  @ApiOperation({ summary: 'Change capacity, regions, sectors, commodities, contact or webhook URL' })
  update(
    @Param('id', ResourceIdPipe) id: string,
    @Body() body: UpdatePartnerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PartnerView> {
    const { expectedVersion, ...changes } = body;
    return this.updatePartner.execute({
      partnerId: id,
      changes,
      expectedVersion,
      actor: actorOf(principal),
      viewer: principal,
      correlationId: requestCorrelationId(),
    });
  }

  @Post(':id/webhook-secret')
  @HttpCode(200)
  @Allow('POST /v1/partners/:id/webhook-secret')
  @ApiOperation({ summary: 'Rotate the webhook signing secret; the new one is shown once' })
  rotate(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<{ webhookSecret: string }> {
    return this.rotateSecret.execute({ partnerId: id, actor: actorOf(principal), viewer: principal, correlationId: requestCorrelationId() });
  }
}
