import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DeliveryView, ListDeliveriesUseCase, Page, RedriveDeliveryUseCase } from '@kdmp/application';
import type { NotificationStatus } from '@kdmp/persistence';
import { Allow } from '../auth/allow.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { PaginationDto } from '../http/pagination.dto';

const STATUSES = ['PENDING', 'SENT', 'FAILED', 'DEAD'] as const;

export class DeliveriesQuery extends PaginationDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: NotificationStatus;
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin/deliveries')
export class DeliveriesController {
  constructor(
    private readonly listDeliveries: ListDeliveriesUseCase,
    private readonly redriveDelivery: RedriveDeliveryUseCase,
  ) {}

  @Get()
  @Allow('GET /v1/admin/deliveries')
  @ApiOperation({ summary: 'Email and webhook deliveries by status, with every attempt' })
  list(@Query() query: DeliveriesQuery): Promise<Page<DeliveryView>> {
    return this.listDeliveries.execute(query);
  }

  @Post(':id/redrive')
  @HttpCode(202)
  @Allow('POST /v1/admin/deliveries/:id/redrive')
  @ApiOperation({ summary: 'Send a dead delivery again' })
  redrive(@Param('id', ResourceIdPipe) id: string): Promise<{ id: string; status: 'PENDING' }> {
    return this.redriveDelivery.execute(id);
  }
}
