import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Principal } from '@kdmp/auth';
import { InAppNotificationView, NotificationsInboxUseCase, Page, UpdatePreferencesUseCase } from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { PaginationDto } from '../http/pagination.dto';

export class InboxQuery extends PaginationDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class PreferencesDto {
  @ApiPropertyOptional({ enum: ['id', 'en'] })
  @IsOptional()
  @IsIn(['id', 'en'])
  locale?: 'id' | 'en';

  @ApiPropertyOptional({ description: 'Non-critical notifications by email too (decisions and match offers always are)' })
  @IsOptional()
  @IsBoolean()
  emailNotifications?: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationsInboxUseCase,
    private readonly preferences: UpdatePreferencesUseCase,
  ) {}

  @Get('notifications')
  @Allow('GET /v1/notifications')
  @ApiOperation({ summary: 'The caller\'s in-app inbox, newest first' })
  list(@Query() query: InboxQuery, @CurrentPrincipal() principal: Principal): Promise<Page<InAppNotificationView>> {
    return this.inbox.list(principal.userId, query);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @Allow('POST /v1/notifications/:id/read')
  @ApiOperation({ summary: 'Mark one of the caller\'s notifications read' })
  read(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<InAppNotificationView> {
    return this.inbox.markRead(principal.userId, id);
  }

  @Patch('me/preferences')
  @HttpCode(204)
  @Allow('PATCH /v1/me/preferences')
  @ApiOperation({ summary: 'Language and email preferences of the caller' })
  async updatePreferences(@Body() body: PreferencesDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.preferences.execute({ userId: principal.userId, ...body });
  }
}
