import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@kdmp/auth';
import { DecideReviewStageUseCase, GetReviewUseCase, ListReviewsUseCase, Page, ReviewView, ReviewWorkItemView } from '@kdmp/application';
import { Allow } from '../auth/allow.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ResourceIdPipe } from '../http/id.pipe';
import { requestCorrelationId } from '../http/request-correlation';
import { DecideReviewStageDto } from './decide-review-stage.dto';
import { ListReviewsQuery } from './list-reviews.query';

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('v1/reviews')
export class ReviewsController {
  constructor(
    private readonly listReviews: ListReviewsUseCase,
    private readonly getReview: GetReviewUseCase,
    private readonly decideStage: DecideReviewStageUseCase,
  ) {}

  @Get()
  @Allow('GET /v1/reviews')
  @ApiOperation({
    summary: "Open reviews at a stage the caller may decide, in its regions, soonest deadline first, each with its cooperative's name, village and district",
  })
  list(@Query() query: ListReviewsQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ReviewWorkItemView>> {
    return this.listReviews.execute(principal, query);
  }

  @Get(':id')
  @Allow('GET /v1/reviews/:id')
  @ApiOperation({ summary: 'One review with its stages and decisions' })
  findOne(@Param('id', ResourceIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ReviewView> {
    return this.getReview.execute(id, principal);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @Allow('POST /v1/reviews/:id/decisions')
  @ApiOperation({ summary: 'Decide the open stage: APPROVE, REJECT or REQUEST_REVISION' })
  decide(
    @Param('id', ResourceIdPipe) id: string,
    @Body() body: DecideReviewStageDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewView> {
    return this.decideStage.execute({ ...body, reviewId: id, reviewer: principal, correlationId: requestCorrelationId() });
  }
}
