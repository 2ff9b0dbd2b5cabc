import { Module } from '@nestjs/common';
import { CooperativeTransitioner } from './common/cooperative-transitioner';
import { RegisterCooperativeUseCase } from './register-cooperative/register-cooperative.use-case';
import { ImportCooperativesUseCase } from './import-cooperatives/import-cooperatives.use-case';
import { ListCooperativesUseCase } from './list-cooperatives/list-cooperatives.use-case';
import { WithdrawCooperativeUseCase } from './withdraw-cooperative/withdraw-cooperative.use-case';
import { GetCooperativeUseCase } from './get-cooperative/get-cooperative.use-case';
import { GetTimelineUseCase } from './get-timeline/get-timeline.use-case';
import { FanOutEventUseCase } from './fan-out-event/fan-out-event.use-case';
import { RecipientResolver } from './fan-out-event/recipient-resolver';
import { LoginUseCase } from './login/login.use-case';
import { LoadPrincipalUseCase } from './load-principal/load-principal.use-case';
import { CreateUserUseCase } from './create-user/create-user.use-case';
import { SubmitBusinessPlanUseCase } from './submit-business-plan/submit-business-plan.use-case';
import { ListBusinessPlansUseCase } from './list-business-plans/list-business-plans.use-case';
import { ScreenBusinessPlanUseCase } from './screen-business-plan/screen-business-plan.use-case';
import { DecideReviewStageUseCase } from './decide-review-stage/decide-review-stage.use-case';
import { EscalateReviewStageUseCase, RemindReviewStageUseCase } from './review-timers/review-timer.use-case';
import { ListReviewsUseCase } from './list-reviews/list-reviews.use-case';
import { GetReviewUseCase } from './get-review/get-review.use-case';
import { GetFunnelStatsUseCase } from './get-funnel-stats/get-funnel-stats.use-case';
import { StageClock } from './common/stage-clock';
import { RegisterPartnerUseCase } from './register-partner/register-partner.use-case';
import { UpdatePartnerUseCase } from './update-partner/update-partner.use-case';
import { RotateWebhookSecretUseCase } from './rotate-webhook-secret/rotate-webhook-secret.use-case';
import { ListPartnersUseCase } from './list-partners/list-partners.use-case';
import { StartMatchingUseCase } from './start-matching/start-matching.use-case';
import { MatchAwaitingCooperativesUseCase } from './match-awaiting-cooperatives/match-awaiting-cooperatives.use-case';
import { AcceptMatchUseCase } from './accept-match/accept-match.use-case';
import { DeclineMatchUseCase } from './decline-match/decline-match.use-case';
import { ExpireMatchUseCase } from './expire-match/expire-match.use-case';
import { ListMatchesUseCase } from './list-matches/list-matches.use-case';
import { DeliverNotificationUseCase } from './deliver-notification/deliver-notification.use-case';
import { RedriveDeliveryUseCase } from './redrive-delivery/redrive-delivery.use-case';
import { ListDeliveriesUseCase } from './list-deliveries/list-deliveries.use-case';
import { NotificationsInboxUseCase } from './notifications-inbox/notifications-inbox.use-case';
import { UpdatePreferencesUseCase } from './update-preferences/update-preferences.use-case';
import { ChannelsModule } from '@kdmp/notifications';
import { WebhookUrlPolicy } from './common/webhook-url';
import { RequeueStuckCooperativesUseCase } from './requeue-stuck-cooperatives/requeue-stuck-cooperatives.use-case';

import { InviteUserUseCase } from './invite-user/invite-user.use-case';
import { AcceptInvitationUseCase } from './accept-invitation/accept-invitation.use-case';
import { RequestPasswordResetUseCase } from './request-password-reset/request-password-reset.use-case';
import { ConfirmPasswordResetUseCase } from './confirm-password-reset/confirm-password-reset.use-case';
import { ChangePasswordUseCase } from './change-password/change-password.use-case';
import { ListUsersUseCase } from './list-users/list-users.use-case';
import { DisableUserUseCase } from './disable-user/disable-user.use-case';
import { EnableUserUseCase } from './enable-user/enable-user.use-case';
import { SendAccountEmailUseCase } from './send-account-email/send-account-email.use-case';
import { AccountLinks } from './common/account-links';

const USE_CASES = [
  RegisterCooperativeUseCase,
  ImportCooperativesUseCase,
  ListCooperativesUseCase,
  WithdrawCooperativeUseCase,
  GetCooperativeUseCase,
  GetTimelineUseCase,
  FanOutEventUseCase,
  LoginUseCase,
  LoadPrincipalUseCase,
  CreateUserUseCase,
  SubmitBusinessPlanUseCase,
  ListBusinessPlansUseCase,
  ScreenBusinessPlanUseCase,
  DecideReviewStageUseCase,
  RemindReviewStageUseCase,
  EscalateReviewStageUseCase,
  ListReviewsUseCase,
  GetReviewUseCase,
  GetFunnelStatsUseCase,
  RequeueStuckCooperativesUseCase,
  RegisterPartnerUseCase,
  UpdatePartnerUseCase,
  RotateWebhookSecretUseCase,
  ListPartnersUseCase,
  StartMatchingUseCase,
  MatchAwaitingCooperativesUseCase,
  AcceptMatchUseCase,
  DeclineMatchUseCase,
  ExpireMatchUseCase,
  ListMatchesUseCase,
  DeliverNotificationUseCase,
  RedriveDeliveryUseCase,
  ListDeliveriesUseCase,
  NotificationsInboxUseCase,
  UpdatePreferencesUseCase,
  InviteUserUseCase,
  AcceptInvitationUseCase,
  RequestPasswordResetUseCase,
  ConfirmPasswordResetUseCase,
  ChangePasswordUseCase,
  ListUsersUseCase,
  DisableUserUseCase,
  EnableUserUseCase,
  SendAccountEmailUseCase,
];

/** Every use-case, for the API and the workers alike. Needs the config, persistence and auth modules. */
@Module({
  imports: [ChannelsModule],
  providers: [...USE_CASES, CooperativeTransitioner, RecipientResolver, StageClock, WebhookUrlPolicy, AccountLinks],
  exports: USE_CASES,
})
export class ApplicationModule {}
