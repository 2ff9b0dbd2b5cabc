import { ApiError, NetworkError } from '../api/problem';
import type { I18n } from '../i18n/i18n';

/**
 * A failure as a sentence in the user's language, never raw JSON: the API's problem types
 * (stale version, stage closed, four eyes...) each have their words.
 */
export function problemText(error: unknown, { t }: I18n): string {
  if (error instanceof NetworkError) return t('app.networkError');
  if (!(error instanceof ApiError)) return t('app.serverError', { status: '?' });
  switch (error.kind) {
    case 'version-conflict':
      return t('error.staleVersion');
    case 'four-eyes':
      return t('error.fourEyes');
    case 'illegal-transition':
      return t('error.illegalTransition');
    case 'conflict':
      return 'openStage' in error.problem ? t('error.stageClosed') : t('error.busy');
    case 'validation':
      return t('error.validation');
    case 'forbidden':
      return t('error.forbidden');
    case 'not-found':
      return t('error.notFound');
    case 'too-many-requests':
      return t('error.tooMany');
    default:
      return t('app.serverError', { status: error.status });
  }
}
