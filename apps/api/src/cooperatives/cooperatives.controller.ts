import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, Principal } from '@kdmp/auth';
import {
  CooperativeView,
  GetCooperativeUseCase,
  GetTimelineUseCase,
  ImportCooperativesUseCase,
  ImportRow,
  ListCooperativesUseCase,
  Page,
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
import { ListCooperativesQuery } from './list-cooperatives.query';
import { csvRegistrations, MalformedCsvError } from './import/csv-registrations';
import { validateRegistration } from './import/validate-registration';
import { ImportReport, importReport } from './import/import-report';
import { ApplicationError } from '@kdmp/application';
import { ProblemDetailsFilter } from '../http/problem-details.filter';

/** Rows one import may carry; a larger register is sent in parts. */
export const MAX_IMPORT_ROWS = 10_000;

@ApiTags('cooperatives')
@ApiBearerAuth()
@Controller('v1/cooperatives')
export class CooperativesController {
  constructor(
    private readonly registerCooperative: RegisterCooperativeUseCase,
    private readonly withdrawCooperative: WithdrawCooperativeUseCase,
    private readonly getCooperative: GetCooperativeUseCase,
    private readonly getTimeline: GetTimelineUseCase,
    private readonly listCooperatives: ListCooperativesUseCase,
    private readonly importCooperatives: ImportCooperativesUseCase,
  ) {}

  private readonly problems = new ProblemDetailsFilter();

  @Get()
  @Allow('GET /v1/cooperatives')
  @ApiOperation({ summary: 'Cooperatives, newest first, filtered by state, regency, district, sector or name' })
  list(@Query() query: ListCooperativesQuery, @CurrentPrincipal() principal: Principal): Promise<Page<CooperativeView>> {
    return this.listCooperatives.execute(principal, query);
  }

  @Post('import')
  @HttpCode(200)
  @Allow('POST /v1/cooperatives/import')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description:
      'A JSON array of registrations (the body of POST /v1/cooperatives each), or CSV with those field names as its header ' +
      '(`sectors` separated by `;`, the bank account as bankName, bankAccountNumber, bankAccountHolder; no officer passwords). ' +
      'A row may invite its officer instead: `officerEmail` (and `officerLocale`), in JSON and CSV.',
  })
  @ApiOperation({ summary: 'Register many cooperatives: each row all or nothing, a report per row' })
  async import(@Req() request: Request, @CurrentPrincipal() principal: Principal): Promise<ImportReport> {
    const rows = await this.importRows(request, principal);
    const outcomes = await this.importCooperatives.execute(rows, actorOf(principal), requestCorrelationId());
    return importReport(outcomes, (error) => this.problems.toProblem(error));
  }

  /** The body as rows, each validated like a single registration. */
  private async importRows(request: Request, principal: Principal): Promise<ImportRow[]> {
    let raw: unknown = request.body;
    if (typeof raw === 'string') {
      try {
        raw = csvRegistrations(raw);
      } catch (error) {
        if (error instanceof MalformedCsvError) throw new ApplicationError('INVALID_INPUT', `The CSV could not be read: ${error.message}`);
        throw error;
      }
    }
    if (!Array.isArray(raw)) {
      throw new ApplicationError('INVALID_INPUT', 'Send a JSON array of registrations, or CSV (Content-Type: text/csv).');
    }
    if (raw.length === 0) throw new ApplicationError('INVALID_INPUT', 'There are no rows to import.');
    if (raw.length > MAX_IMPORT_ROWS) {
      throw new ApplicationError('INVALID_INPUT', `At most ${MAX_IMPORT_ROWS} rows per import; send the rest in another.`);
    }
    return Promise.all(
      raw.map(async (row: unknown, index): Promise<ImportRow> => {
        const checked = await validateRegistration(row);
        if (!('registration' in checked)) return { row: index + 1, invalid: checked.invalid };
        const { officerEmail, officerLocale, ...registration } = checked.registration;
        const officerInvitation = officerEmail ? { email: officerEmail, locale: officerLocale, invitedBy: principal.userId } : undefined;
        return { row: index + 1, registration: { ...registration, ...(officerInvitation ? { officerInvitation } : {}) } };
      }),
    );
  }

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
