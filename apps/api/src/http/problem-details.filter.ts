import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ThrottlerException } from '@nestjs/throttler';
import { ApplicationError, ApplicationErrorCode } from '@kdmp/application';
import { DomainError, FourEyesViolation, IllegalTransitionError, RuleViolation, RuleViolationCode } from '@kdmp/domain';
import { currentCorrelationId } from '@kdmp/config';
import { problem, ProblemDetails, sendProblem } from './problem-details';
import { ValidationFailedException } from './validation-failed.exception';

const APPLICATION_STATUS: Record<ApplicationErrorCode, [number, string, string]> = {
  NOT_FOUND: [404, 'not-found', 'Not found'],
  CONFLICT: [409, 'conflict', 'Conflict'],
  VERSION_CONFLICT: [409, 'version-conflict', 'Version conflict'],
  INVALID_INPUT: [400, 'validation', 'Invalid request'],
  FORBIDDEN: [403, 'forbidden', 'Forbidden'],
  UNAUTHENTICATED: [401, 'unauthenticated', 'Unauthenticated'],
  GONE: [410, 'gone', 'Gone'],
};

/** Rule violations caused by what a client sent; the others are configuration faults (500). */
const CLIENT_RULE_VIOLATIONS = new Set<RuleViolationCode>(['INVALID_REPAYMENT_TERMS', 'UNKNOWN_REVIEW_STAGE', 'UNKNOWN_REVIEW_DECISION']);

/**
 * The one place failures become HTTP answers, all as application/problem+json. Anything not
 * recognised is a 500 that carries only the correlation id; the details go to the log.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    sendProblem(response, this.toProblem(exception));
  }

  /** Also used where one request carries many outcomes (an import's rows). */
  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ValidationFailedException) {
      return problem('validation', 'Invalid request', 400, {
        detail: 'One or more fields are not valid.',
        errors: exception.fieldErrors,
      });
    }
    if (exception instanceof ApplicationError) {
      const [status, slug, title] = APPLICATION_STATUS[exception.code];
      // Extensions never replace the standard members.
      return problem(slug, title, status, {
        ...exception.extensions,
        detail: exception.message,
        ...(exception.fieldProblems.length > 0 ? { errors: exception.fieldProblems } : {}),
      });
    }
    if (exception instanceof IllegalTransitionError) {
      return problem('illegal-transition', 'Illegal transition', 409, {
        detail: exception.message,
        currentState: exception.currentState,
        allowedCommands: exception.allowedCommands,
      });
    }
    if (exception instanceof FourEyesViolation) {
      return problem('four-eyes', 'Forbidden', 403, { detail: exception.message });
    }
    if (exception instanceof RuleViolation && CLIENT_RULE_VIOLATIONS.has(exception.code)) {
      return problem('validation', 'Invalid request', 400, { detail: exception.message });
    }
    if (exception instanceof DomainError) {
      return problem('validation', 'Invalid request', 400, { detail: exception.message });
    }
    if (exception instanceof ThrottlerException) {
      return problem('too-many-requests', 'Too many requests', 429, {
        detail: 'Too many attempts; wait for the number of seconds in Retry-After.',
      });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const title = HttpStatus[status]?.toLowerCase().replace(/_/g, ' ') ?? 'error';
      const slug = title.replace(/ /g, '-');
      return problem(slug, title.charAt(0).toUpperCase() + title.slice(1), status, {
        detail: status === 404 ? 'No such resource.' : exception.message,
      });
    }
    const correlationId = currentCorrelationId();
    this.logger.error({ msg: 'unhandled error', err: exception, correlationId });
    return problem('internal', 'Internal server error', 500, {
      detail: 'Something went wrong on our side. Quote the correlation id when reporting it.',
      correlationId,
    });
  }
}
